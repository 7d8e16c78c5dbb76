"""Convert the Phoenix actor dictionaries (PETRARCH-2, MIT) into newsledger's registry file.

Usage: python scripts/convert_phoenix.py [PETRARCH2_DIR] [OUT_FILE]
Defaults: ../shared/external/petrarch2 and src/newsledger/actors/data/phoenix_actors.psv.

Phoenix blocks look like ``NAME_ [CODE]`` or ``NAME_`` followed by ``+ALIAS_`` lines and
tab-indented ``[CODE 120812-140326]`` / ``[CODE >20121115]`` / ``[CODE <900823]`` role lines.
Country headings (a bare three-letter code) are skipped: states come from the hand-made
states.psv, because Phoenix lists cities and provinces as country aliases; those aliases go to a
second file, phoenix_places.psv (place|ISO3), so a city can say which country it lies in. People are
kept when one of their roles runs into 1945 or later: news archives reach back decades. Undated entries of
the Countries file are kept when they are a country's body, party or group (``is_country_body``).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "external" / "petrarch2"
DEFAULT_OUT = REPO / "src" / "newsledger" / "actors" / "data" / "phoenix_actors.psv"
PLACES_NAME = "phoenix_places.psv"
FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
CODE_RE = re.compile(r"\[([A-Z~]+)(?:\s+([<>]?\d{6,8})(?:-(\d{6,8}))?)?\s*\]")
KEEP_AFTER = "1945-01-01"
LEXICON = yaml.safe_load((REPO / "src" / "newsledger" / "actors" / "data" / "lexicon.yaml").read_text(encoding="utf-8"))
# CAMEO sector codes (the lexicon's, which follow the CAMEO codebook, plus the codebook's own for parties, elites,
# legislatures and the like) and the generic nouns and titles the resolver's description rules read.
SECTORS = set(LEXICON["sectors"]) | {"LEG", "JUD", "COP", "SPY", "ELI", "PTY", "MOD", "RAD", "IGO", "NGO", "INS"}
GENERIC = {k.lower() for table in ("titles", "groups", "bodies") for k in LEXICON[table]} | {"secretary", "congressman"}
# Words that name a body, not a person, in a name with dated roles; sectors of armed groups.
BODY_NAME_WORDS = set(LEXICON["generic_name_words"]) | {"brigade", "state", "council", "levant", "organization",
                                                       "network", "treaty", "battalion", "militia"}
ARMED_SECTORS = {"REB", "UAF", "INS"}
GIVEN_NAMES = {line.split("|")[0] for line in (REPO / "src" / "newsledger" / "actors" / "data" / "given_names.psv")
               .read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")}


@dataclass
class Entry:
    name: str
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, start, end), ISO dates or ""
    source: str = ""


def phoenix_date(raw: str) -> str:
    """YYMMDD (two-digit years pivot at 30) or YYYYMMDD to ISO."""
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{1900 + year if year >= 30 else 2000 + year}{raw[2:]}"
    month, day = max(1, min(int(raw[4:6]), 12)), max(1, min(int(raw[6:8]), 28))
    return f"{raw[:4]}-{month:02d}-{day:02d}"


def parse_code(match: re.Match) -> tuple[str, str, str]:
    code, first, second = match.groups()
    if not first:
        return code, "", ""
    if first.startswith(">"):
        return code, phoenix_date(first[1:]), ""
    if first.startswith("<"):
        return code, "", phoenix_date(first[1:])
    return code, phoenix_date(first), phoenix_date(second) if second else ""


def phrase(raw: str) -> str:
    """PHOENIX_NAME_ -> Phoenix Name (underscores are spaces, trailing one marks a word end)."""
    words = raw.strip().split("#")[0].strip().strip("_").replace("_", " ").split()
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0]  # acronyms such as UN, NATO stay upper case
    return " ".join(w if "." in w and len(w) <= 3 else w.capitalize() for w in words)


def parse_file(path: Path) -> list[Entry]:
    entries: list[Entry] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#")[0]
        if not body.strip():
            continue
        codes = [parse_code(m) for m in CODE_RE.finditer(body)]
        text = CODE_RE.sub("", body).strip()
        if line.startswith(("\t", " ")) and not text:
            if entries:
                entries[-1].codes.extend(codes)
        elif text.startswith("+"):
            if entries and phrase(text[1:]):
                entries[-1].aliases.append(phrase(text[1:]))
        elif text:
            entries.append(Entry(phrase(text), codes=codes, source=path.name))
    return entries


def is_country_heading(entry: Entry) -> bool:
    return entry.source.startswith("Phoenix.Countries") and any(len(c) == 3 and not s and not e for c, s, e in entry.codes)


def is_current(entry: Entry) -> bool:
    dated = [(s, e) for _, s, e in entry.codes if s or e]
    if not dated:
        return not entry.source.startswith("Phoenix.Countries") or is_country_body(entry)
    return any(not e or e >= KEEP_AFTER for _, e in dated)


def is_country_body(entry: Entry) -> bool:
    """An undated entry of the Countries file (``is_current`` asks only of those) coded as its country plus CAMEO
    sectors only: a body, party or group of
    that country (Knesset ISRGOVLEG, Mossad ISRSPY, Free Syrian Army SYRREB), not a dependent territory (Puerto Rico
    USAPRI, Greenland DNKGRL: places), and not named by a title ("Kosovar Prime Minister")."""
    codes = [c for c, _, _ in entry.codes if not c.startswith("~")]
    return bool(codes) and entry.name[:1].isalpha() and not title_in(entry.name) and all(
        len(c) > 3 and len(c) % 3 == 0 and all(c[k:k + 3] in SECTORS for k in range(3, len(c), 3)) for c in codes)


def undated_body(entry: Entry) -> bool:
    return entry.source.startswith("Phoenix.Countries") and not any(s or e for _, s, e in entry.codes) \
        and is_country_body(entry)


def named_as_body(name: str) -> bool:
    """Whether a name with dated roles is a body's, not a person's: a word of a body's name (lexicon.yaml
    ``generic_name_words`` and BODY_NAME_WORDS: "Sudan People's Liberation Movement", "The Islamic State") and no
    office holder's title in it ("General Secretary Of The Communist Party"), and a first word that is no given
    name ("Jihad Azour" is a person)."""
    words = name.lower().replace("-", " ").split()
    return bool(set(words) & BODY_NAME_WORDS) and words[0] not in GIVEN_NAMES and not title_in(name) \
        and not {"sec.", "secretary", "minister"} & set(words)


def title_in(name: str) -> bool:
    words = name.lower().replace("-", " ").split()
    return any(" ".join(words[k:k + n]) in GENERIC for n in (1, 2, 3) for k in range(len(words)))


def actor_type(entry: Entry) -> str:
    sectors = {c[k:k + 3] for c, _, _ in entry.codes for k in range(3, len(c), 3)}
    if undated_body(entry):
        named = all(w[:1].isupper() and w.isalpha() for w in entry.name.split())  # "Washington-based Think Tank" is no one
        return "person" if "ELI" in sectors and named else "group" if sectors & {"REB", "UAF"} else "organisation"
    if entry.source.startswith("Phoenix.Countries") or any(s or e for _, s, e in entry.codes):
        if named_as_body(entry.name):  # dated roles of a movement or a council ("The Islamic State" from 2013)
            return "group" if sectors & ARMED_SECTORS or entry.codes[0][0].startswith("IMG") else "organisation"
        return "person"
    code = entry.codes[0][0] if entry.codes else ""
    if code.startswith("IGO"):
        return "igo"
    if entry.source.startswith("Phoenix.MilNonState"):
        return "group"
    return "organisation"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def row(entry: Entry) -> str:
    codes = ";".join(f"{c}:{s}:{e}" for c, s, e in entry.codes if c != "~" and not c.startswith("~"))
    kept = [a for a in entry.aliases if a != entry.name and not (undated_body(entry) and title_in(a))]
    aliases = ";".join(dict.fromkeys(kept))  # a body's alias "Us President" or "Senate" is a title or a common noun
    return "|".join([slug(entry.name), entry.name, aliases, actor_type(entry), codes])


HEADER = ("# Converted by scripts/convert_phoenix.py from the PETRARCH-2 Phoenix actor dictionaries\n"
          "# (github.com/openeventdata/petrarch2, commit 676801c; MIT, Copyright (c) 2014 Open Event Data Alliance).\n")


def write_places(entries: list[Entry], out: Path) -> int:
    """Aliases under each country heading (cities, regions, old names) -> the country's code."""
    places: dict[str, str] = {}
    for entry in entries:
        if is_country_heading(entry):
            iso = next(c for c, s, e in entry.codes if len(c) == 3 and not s and not e)
            for alias in entry.aliases:
                places.setdefault(alias, iso)
    out.write_text(HEADER + "# place|country code (CAMEO, mostly ISO 3166-1 alpha-3)\n"
                   + "\n".join(f"{a}|{c}" for a, c in places.items() if "|" not in a) + "\n", encoding="utf-8")
    return len(places)


def convert(source: Path, out: Path) -> int:
    rows: dict[str, str] = {}
    for name in FILES:
        entries = parse_file(source / name)
        if name.startswith("Phoenix.Countries"):
            write_places(entries, out.with_name(PLACES_NAME))
        for entry in entries:
            if entry.codes and not is_country_heading(entry) and is_current(entry) and slug(entry.name):
                rows.setdefault(slug(entry.name), row(entry))
    header = (
        "# Converted by scripts/convert_phoenix.py from the PETRARCH-2 Phoenix actor dictionaries\n"
        "# (github.com/openeventdata/petrarch2, commit 676801c; MIT, Copyright (c) 2014 Open Event Data Alliance).\n"
        "# id|name|aliases|type|codes (CAMEO code:start:end, ISO dates, empty = open)\n"
    )
    out.write_text(header + "\n".join(rows.values()) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    args = sys.argv[1:]
    source = Path(args[0]) if args else DEFAULT_SOURCE
    target = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    print(f"wrote {convert(source, target)} actors to {target}")
