"""Build the registry's office holders (heads of state and government, their deputies, foreign ministers)
from the CIA World Factbook and Wikidata copies in ../shared/external/leaders.

Usage: python scripts/build_office_holders.py [LEADERS_DIR] [OUT_FILE]
Defaults: ../shared/external/leaders and src/newsledger/actors/data/office_holders.psv. Prints the
coverage of heads of state and government for 2020-2025 when done.

Sources (see that folder's README for their formats and caveats):
- derived/factbook_executive_branch_by_year_1992_2025.jsonl: one Factbook edition a year, used up to 2015;
- derived/factbook_executive_history_2015_2026.jsonl: every change of the Factbook text, 2015-10-26 to 2026-01-22;
- wikidata-everypolitician/heads_of_state_government_wikidata.csv: second spellings of the same people;
- wikidata-everypolitician/foreign_ministers_wikidata.csv: foreign ministers in office on 2023-01-09.

Rules:
- Only states of the registry's states.psv are kept (sovereign and freely associated entities, and Kosovo).
- The Factbook entry "Prime Minister Nikol PASHINYAN (since 10 September 2021)" gives the title (the words
  of office_titles.yaml before the name), the name (family name in capitals) and the day the tenure began.
- A tenure starts at the earliest "since" among the snapshots listing the person in that role without a break
  (the Factbook resets "since" on re-appointment); "since April 2018" is read as the first of the month, "since
  NA 1989" as the first of the year. A vacancy of under MAX_VACANCY_DAYS during which nobody else holds the role
  does not end a tenure (a prime minister resigning before a snap election and re-appointed after it).
- A tenure ends at the "since" of a newcomer to the role in the first snapshot without the person, else on that
  snapshot's date; a tenure still listed in the last snapshot is open. A yearly edition is dated by the latest
  start date it gives in its year. One person's overlapping tenures in one office are one tenure.
- Wikidata foreign ministers start on their statement's date and are open-ended (in office on 2023-01-09).
"""

from __future__ import annotations

import csv
import datetime
import html
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
from newsledger.actors.normalise import fold, normalise, slug  # noqa: E402

DATA = REPO / "src" / "newsledger" / "actors" / "data"
DEFAULT_SOURCE = REPO.parent / "shared" / "external" / "leaders"
DEFAULT_OUT = DATA / "office_holders.psv"
HISTORY_FROM = "2015-10-26"  # first snapshot of the weekly history; yearly editions before it
STATE_TYPES = {"sovereign", "freely_associated"}
KOSOVO = ("kv", "XKX")  # the Factbook's code and the registry's for Kosovo (no ISO3 in the derived files)
MAX_VACANCY_DAYS = 183
FIELD_ROLES = {"chief of state": "head_of_state", "head of government": "head_of_government"}
# Roles begun on one day are listed in this order, so that a president who heads both reads as head of state.
ROLE_ORDER = ["head_of_state", "head_of_government", "foreign_minister", "defence_minister", "deputy_head_of_state",
              "deputy_head_of_government", "heir_apparent", "governor_general", "head_of_state_representative"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
SINCE_RE = re.compile(r"since\s+(?:since\s+)?(?:NA\s+)?(?:(\d{1,2})\s+)?(?:NA\s+)?(" + "|".join(MONTHS) + r")?\s*(\d{4})", re.I)
BARE_DATE_RE = re.compile(r"^\s*(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\s*$", re.I)
YEARLY_FIELD_RE = re.compile(r"(chief of state|head of government)\s*:", re.I)
YEARLY_END_RE = re.compile(r"\||\b(?:cabinet|elections?(?:/appointments)?|election/appointment process|election results)\s*:", re.I)
SHORT_PAREN_RE = re.compile(r"\s*\((?![^()]*\d)[^()]{1,25}\)")  # "(Sam)", "(Ret.)", "(or Cap de Govern)"
ALSO_SPELLED_RE = re.compile(r",?\s*also spelled ([^,(;]+),?")
TAG_RE = re.compile(r"<[^>]*>")
QUOTED_RE = re.compile(r"\"[^\"]*\"|(?<!\w)'[^' ]+'(?!\w)")  # nicknames: "BongBong", 'Nino'
SUFFIX_RE = re.compile(r",?\s+(Jr\.|Sr\.)")
HEADER = """# Heads of state and of government, their deputies (1992 - 2026-01-22) and foreign ministers (2023-01-09),
# built by scripts/build_office_holders.py. Contains information from the CIA World Factbook (public domain), via
# factbook/factbook.json (CC0) and MilkMp/CIA-World-Factbooks-Archive-1990-2025 (MIT, Copyright (c) 2026 MilkMp;
# see README.md); and from Wikidata (CC0).
# id|name|aliases|short name|nationality|roles (role:country:start:end:source:title, separated by ;)
"""


@dataclass
class Entry:
    """One person listed in one field of one snapshot."""
    name: str  # as written, family name in capitals
    title: str
    role: str
    since: str | None
    represented: bool = False  # holds the office through a representative (a monarch of a Commonwealth realm)
    spellings: list[str] = field(default_factory=list)  # "also spelled ..."


@dataclass
class Tenure:
    country: str
    role: str
    entries: list[tuple[str, Entry]] = field(default_factory=list)  # (snapshot date, entry)
    missing_since: str | None = None  # first snapshot without the person, while the tenure may still resume
    start: str | None = None
    end: str | None = None
    source: str = "factbook"

    @property
    def latest(self) -> Entry:
        return self.entries[-1][1]


@dataclass
class Person:
    names: list[str] = field(default_factory=list)  # display names, latest first
    aliases: list[str] = field(default_factory=list)
    short: str = ""
    tenures: list[Tenure] = field(default_factory=list)


# ---------------------------------------------------------------- reading names and dates

def is_caps(token: str) -> bool:
    """A family name as the Factbook writes it: PUTIN, TER-PETROSYAN, al-BURHAN."""
    return any(len(part) >= 2 and part.isalpha() and part.isupper() for part in re.split(r"[-']", token.strip(",.")))


def display(token: str) -> str:
    """PUTIN -> Putin, al-BURHAN -> al-Burhan, O'NEILL -> O'Neill, TUIMALEALI'IFANO -> Tuimaleali'ifano."""
    parts = re.split(r"([-'])", token)
    out = []
    for i, part in enumerate(parts):
        if part.isupper() and len(part) > 1:
            glottal_stop = i >= 2 and parts[i - 1] == "'" and len(parts[i - 2]) > 1
            part = part.lower() if glottal_stop else part.capitalize()
        out.append(part)
    return "".join(out)


def is_particle(token: str) -> bool:
    """bin, al-Rahman, dos, i, van: lower-case words inside a name."""
    return token[:1].islower() and (len(token) <= 4 or "-" in token)


def factbook_date(day: str | None, month: str | None, year: str) -> str:
    month_number = MONTHS.index(month.lower()) + 1 if month else 1
    day_number = int(day) if day and month else 1
    try:
        return datetime.date(int(year), month_number, day_number).isoformat()
    except ValueError:
        return f"{year}-{month_number:02d}-01"


def since_date(note: str, field_name: str) -> str | None:
    """The start date in a parenthesis: "(since 7 May 2012)", "(chief of state since 28 August 2014; head of
    government since 9 July 2018)" (the part naming the field wins), "(28 October 2022)"."""
    match = re.search(field_name + r"\s+" + SINCE_RE.pattern, note, re.I) or SINCE_RE.search(note)
    if match:
        return factbook_date(*match.groups())
    bare = BARE_DATE_RE.match(note)
    return factbook_date(*bare.groups()) if bare else None


def split_depth0(text: str, separators: re.Pattern) -> list[str]:
    """Split at separators outside parentheses."""
    parts, depth, last = [], 0, 0
    for match in re.finditer(r"[()]|" + separators.pattern, text):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append(text[last:match.start()])
            last = match.end()
    parts.append(text[last:])
    return [p.strip() for p in parts if p.strip()]


class Parser:
    def __init__(self, titles: dict, demonyms: set[str], countries: dict[str, str]):
        self.title_words = {w.lower() for w in titles["title_words"]} | demonyms
        self.countries = countries  # one-word country names -> ISO3
        self.not_in_office = titles["not_in_office"]
        self.title_roles = titles["title_roles"]
        self.extra_roles = titles["extra_roles"]

    def split_name(self, head: str) -> tuple[str, str] | None:
        """'Prime Minister Nikol PASHINYAN' -> ('Prime Minister', 'Nikol PASHINYAN'); None for prose.

        The name runs back from a family name in capitals over capitalised words that are no title words, and
        on to the end over capitalised words and particles ('bin', 'al-Sabah'). A title word followed by another
        family name in capitals ('CNSP Prime Minister Ali Mahaman Lamine ZEINE') sends the search on to that one."""
        tokens = [t.strip(",") for t in head.split() if t.strip(",")]
        for first_caps, token in enumerate(tokens):
            if not is_caps(token) or token.lower() in self.title_words or first_caps and tokens[first_caps - 1] in ("of", "the"):
                continue  # "UK" in "Queen ELIZABETH II of the UK", "TISA" in "President of the TISA" are no names
            start = first_caps
            while start > 0 and not self.stops_name(tokens[start - 1]) and (
                    tokens[start - 1][:1].isupper() or is_particle(tokens[start - 1])):
                start -= 1
            while start < first_caps and is_particle(tokens[start]):
                start += 1  # "aka Jose Maria de VASCONCELOS": a name opens with a capital
            end = first_caps + 1
            while end < len(tokens) and tokens[end] != "of" and (tokens[end][:1].isupper() or is_particle(tokens[end])):
                if self.stops_name(tokens[end]) and any(is_caps(t) for t in tokens[end + 1:]):
                    break
                end += 1
            if self.of_a_country(tokens[end:]):
                tokens = tokens[:end]
            while end > first_caps + 1 and is_particle(tokens[end - 1]) and "-" not in tokens[end - 1]:
                end -= 1  # "Akhundzada is the [so-called] ...": prose after a name
            if end < len(tokens):
                continue
            title = tokens[:start]
            named = [i for i, t in enumerate(title) if is_caps(t)]
            title = title[named[-1] + 1:] if named else title  # "John ANDERSON Deputy Prime Minister John ANDERSON"
            if any(t[:1].islower() and t not in ("of", "the", "and", "for") for t in title):
                return None  # a sentence, not an entry ("former President X was overthrown ...")
            return " ".join(title), " ".join(tokens[start:end])
        return None

    def of_a_country(self, tail: list[str]) -> bool:
        """'of the UK' after a monarch's name."""
        return bool(tail) and tail[0] == "of" and all(t in ("of", "the") or normalise(t) in self.countries for t in tail)

    def stops_name(self, token: str) -> bool:
        """A title word or country name in ordinary case ('Minister', 'Afghanistan'); capitals are names."""
        return not is_caps(token) and (token.lower() in self.title_words or token.lower() in self.countries)

    def roles_of(self, title: str, field_name: str, represented: bool) -> list[str]:
        """Roles of a title listed in a field: 'Crown Prince and Prime Minister' in the head of government
        field -> [heir_apparent, head_of_government]; a representative's -> governor_general or
        head_of_state_representative; [] for someone not in office ('President-elect')."""
        lower = title.lower()
        if any(phrase in lower for phrase in self.not_in_office):
            return []
        if represented:
            return ["governor_general" if "governor" in lower and "general" in lower else "head_of_state_representative"]
        field_role, roles = FIELD_ROLES[field_name], []
        for k, office in enumerate(lower.split(" and ")):
            role = next((r["role"] for r in self.title_roles if r["phrase"] in office), "field" if k == 0 else None)
            if role:
                roles.append({"field": field_role, "deputy_of_field": f"deputy_{field_role}"}.get(role, role))
        roles += [r for phrase, r in self.extra_roles.items() if phrase in lower]
        return list(dict.fromkeys(roles))

    def entries(self, text: str, field_name: str) -> list[Entry]:
        """Every person a Factbook field lists, in order; notes and prose are skipped."""
        found: list[Entry] = []
        text = TAG_RE.sub(" ", html.unescape(text or "")).replace("\xa0", " ")
        balanced = text.count("(") == text.count(")")  # a parenthesis may hold ";" ("since X; head of government since Y")
        for segment in split_depth0(text, re.compile(";")) if balanced else text.split(";"):
            if segment.lower().startswith("note"):
                break
            for k, piece in enumerate(re.split(r",?\s*\brepresented by\b", segment)):
                found.extend(self.piece_entries(piece, field_name, represented_part=k > 0))
                if k > 0 and found:
                    for entry in found:
                        entry.represented = entry.represented or entry.role == "head_of_state"
        return found

    def piece_entries(self, piece: str, field_name: str, represented_part: bool) -> list[Entry]:
        """'Deputy Premiers A B (since ...), C D (since ...)' or 'A and B (since ...)': one entry per name."""
        spellings = [m.strip() for m in ALSO_SPELLED_RE.findall(piece)]
        piece = ALSO_SPELLED_RE.sub(" ", piece)
        piece = SUFFIX_RE.sub(r" \1", QUOTED_RE.sub(" ", piece))
        parts = split_depth0(piece, re.compile(r",|\band\b"))
        merged: list[str] = []
        for part in parts:  # "King and Prime Minister SALMAN ...": a title fragment joins the next part
            if merged and not any(is_caps(t) for t in head_of(merged[-1]).split()):
                merged[-1] = f"{merged[-1]} and {part}"
            else:
                merged.append(part)
        entries, title = [], ""
        for part in merged:
            head = head_of(part)
            note = part[len(part.split("(")[0]):]
            split = self.split_name(head)
            if split is None:
                continue
            own_title, name = split
            title = own_title or title
            for role in self.roles_of(title, field_name, represented_part):
                entries.append(Entry(name, singular(title, len(merged)), role, since_date(note, field_name),
                                     spellings=spellings))
        for i, entry in enumerate(entries):  # "A and B (since ...)": the date closing the list is A's too
            if entry.since is None:
                entry.since = next((e.since for e in entries[i + 1:] if e.since), None)
        return entries


def head_of(part: str) -> str:
    """The words before the date in parentheses, without short asides: 'Samantha (Sam) MOSTYN (since ...)'."""
    return SHORT_PAREN_RE.sub("", part).split("(")[0]


def singular(title: str, listed: int) -> str:
    """'Deputy Prime Ministers' heading a list of people -> 'Deputy Prime Minister'."""
    if listed > 1 and title.endswith("s") and title.split()[-1] in ("Ministers", "Premiers", "Presidents", "Regents"):
        return title[:-1]
    return title


def yearly_fields(text: str) -> dict[str, str]:
    """'chief of state: ... head of government: ... cabinet: ...' -> {field: text}."""
    fields = {}
    matches = list(YEARLY_FIELD_RE.finditer(text))
    for i, match in enumerate(matches):
        stop = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        body = text[match.end():stop]
        end = YEARLY_END_RE.search(body)
        fields.setdefault(match.group(1).lower(), body[:end.start()] if end else body)
    return fields


# ---------------------------------------------------------------- snapshots and tenures

def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def own_office(entry: Entry, iso: str, parser: Parser) -> bool:
    """Not an office of another state listed in this one's entry ("Kosovo - President" in Serbia's before 2008)."""
    return all(parser.countries.get(normalise(word), iso) == iso for word in entry.title.split())


def state_code(row: dict, states: set[str]) -> str | None:
    if row["gec"].lower() == KOSOVO[0]:
        return KOSOVO[1]
    if row.get("entity_type") in STATE_TYPES and row.get("iso3") in states and row.get("name") != "Czechoslovakia":
        return row["iso3"]
    return None


def snapshots(source: Path, states: set[str], parser: Parser) -> dict[str, list[tuple[str, list[Entry]]]]:
    """ISO3 -> [(date, entries)] in date order: yearly editions before HISTORY_FROM, then the history.
    A yearly edition is dated by the latest start date it gives in its year (some editions are of mid-year,
    later ones of December)."""
    yearly: dict[int, dict[str, list[Entry]]] = defaultdict(dict)
    for row in read_jsonl(source / "derived" / "factbook_executive_branch_by_year_1992_2025.jsonl"):
        iso = state_code(row, states)
        if iso and f"{row['year']}" < HISTORY_FROM[:4]:
            fields = yearly_fields(html.unescape(row["text"]))
            yearly[row["year"]][iso] = [e for name, body in fields.items() for e in parser.entries(body, name)
                                        if own_office(e, iso, parser)]
    by_state: dict[str, dict[str, list[Entry]]] = defaultdict(dict)
    for year, editions in yearly.items():
        starts = [e.since for entries in editions.values() for e in entries if e.since and e.since[:4] == str(year)]
        day = max(starts, default=f"{year}-01-01")
        for iso, entries in editions.items():
            by_state[iso][day] = entries
    for row in read_jsonl(source / "derived" / "factbook_executive_history_2015_2026.jsonl"):
        iso = state_code(row, states)
        if iso:
            entries = (parser.entries(row["chief_of_state"], "chief of state")
                       + parser.entries(row["head_of_government"], "head of government"))
            by_state[iso][row["snapshot_date"]] = [e for e in entries if own_office(e, iso, parser)]
    return {iso: sorted(days.items()) for iso, days in by_state.items()}


def person_key(name: str) -> tuple[str, set[str]]:
    """(family name, other words), folded; initials dropped."""
    tokens = [t for t in name.split() if t[:1].isupper() and not t.endswith(".")]
    return fold(" ".join(t for t in tokens if is_caps(t))), {fold(t) for t in tokens if not is_caps(t)}


def same_person(tenure: Tenure, entry: Entry) -> bool:
    """The same family name and one's other names among the other's (a dropped middle name), or the
    same start date and initial (a respelled name: KHACHATURYAN / KHACHATRYAN)."""
    (family, given), (other_family, other_given) = person_key(tenure.latest.name), person_key(entry.name)
    if family == other_family and (given <= other_given or other_given <= given):
        return True
    return bool(entry.since) and entry.since == tenure.latest.since and fold(tenure.latest.name)[:1] == fold(entry.name)[:1]


def days_between(a: str, b: str) -> int:
    return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days


def tenures_of(iso: str, series: list[tuple[str, list[Entry]]]) -> list[Tenure]:
    """Follow each role through the snapshots: who stays, who goes (and when), who comes."""
    done: list[Tenure] = []
    open_: dict[str, list[Tenure]] = defaultdict(list)
    for day, entries in series:
        by_role = defaultdict(list)
        for entry in entries:
            by_role[entry.role].append(entry)
        for role in sorted(set(by_role) | set(open_)):
            listed, still = by_role.get(role, []), []
            for tenure in open_[role]:
                entry = next((e for e in listed if same_person(tenure, e)), None)
                if entry:
                    listed.remove(entry)
                    tenure.entries.append((day, entry))
                    tenure.missing_since = None
                    still.append(tenure)
                    continue
                tenure.missing_since = tenure.missing_since or day
                vacant = not by_role.get(role)
                if vacant and days_between(tenure.missing_since, day) < MAX_VACANCY_DAYS:
                    still.append(tenure)
                else:
                    close(tenure, [e.since for e in by_role.get(role, []) if e.since])
                    done.append(tenure)
            for entry in listed:
                still.append(Tenure(iso, role, [(day, entry)]))
            open_[role] = still
    for tenures in open_.values():
        for tenure in tenures:
            if tenure.missing_since:  # gone in a vacancy that lasted to the last snapshot
                close(tenure, [])
            else:  # listed in the last snapshot: in office
                tenure.start = earliest_start(tenure)
            done.append(tenure)
    return [t for t in done if t.end is None or t.start < t.end]


def earliest_start(tenure: Tenure) -> str:
    """The earliest start date given, else the first snapshot listing the person."""
    return min((e.since for _, e in tenure.entries if e.since), default=tenure.entries[0][0])


def close(tenure: Tenure, successors_since: list[str]) -> None:
    """End a tenure at a newcomer's start date when it falls after this tenure began, else at the first
    snapshot without the person."""
    tenure.start = earliest_start(tenure)
    bound = tenure.missing_since
    fitting = [s for s in successors_since if tenure.start < s <= bound]
    tenure.end = max(fitting) if fitting else bound


# ---------------------------------------------------------------- people and aliases

def spelling(name: str) -> tuple[str, str]:
    """'Joseph R. BIDEN Jr.' -> ('Joseph R. Biden Jr.', 'Biden'): display name and family name (capitals)."""
    tokens = name.split()
    # CHARLES III keeps its regnal number; XI Jinping's XI is a family name
    caps = [is_caps(t) and not (i > 0 and re.fullmatch(r"[IVX]{1,5}", t)) for i, t in enumerate(tokens)]
    shown = [display(t) if c else t for t, c in zip(tokens, caps)]
    first = caps.index(True) if True in caps else len(tokens)
    last = next((i for i in range(first, len(tokens)) if not caps[i]), len(tokens))
    return " ".join(shown), " ".join(shown[first:last])  # the first run of capitals


def aliases_of(name: str, title: str, surname_first: bool, one_word_ok: bool,
               compound_openers: set[str]) -> tuple[str, list[str], str]:
    """(display name, aliases, family name) for one spelling: the full name, without middle initials and
    suffixes, given name + family name ('Vladimir Putin'), family name + next word when the family name comes
    first ('Abiy Ahmed', not for Chinese or Korean names), a family name of three words ('Min Aung Hlaing')."""
    full, short = spelling(name)
    words = full.split()
    plain = [w for w in words if not re.fullmatch(r"[A-Z]\.|Jr\.|Sr\.", w)]
    aliases = [full, SUFFIX_RE.sub("", full), " ".join(plain)]
    short_words = short.split()
    if len(plain) >= 3 and plain[-len(short_words):] == short_words and plain[0].lower() not in compound_openers:
        aliases.append(" ".join([plain[0], *short_words]))
    if len(plain) >= max(3, len(short_words) + 1) and plain[:len(short_words)] == short_words and not surname_first:
        following = plain[len(short_words)]
        if following[:1].isupper():
            aliases.append(" ".join([*short_words, following]))
    if len(short_words) >= 3:
        aliases.append(short)
    if len(plain) == 1:  # a single name is kept with its title ("Prince William"), alone only for a ruler
        titled = f"{title.split()[-1]} {full}" if title else full
        aliases = [titled] + ([full] if one_word_ok else [])
        full = titled
    return full, list(dict.fromkeys(aliases)), short


def build_people(tenures: list[Tenure], surname_first: set[str], compound_openers: set[str]) -> list[Person]:
    """One person per spelling shared by tenures of one country; a head of state who reigns elsewhere through a
    representative (a monarch of several realms, a French president as co-prince of Andorra) is one person in all."""
    def key_name(entry: Entry) -> str:
        return normalise(SUFFIX_RE.sub("", spelling(entry.name)[0]))

    abroad = {key_name(e) for t in tenures for _, e in t.entries if e.represented}
    owner: dict[tuple[str, str], Person] = {}
    people: list[Person] = []
    for tenure in sorted(tenures, key=lambda t: t.entries[-1][0], reverse=True):
        keys = []
        for _, entry in reversed(tenure.entries):
            shown = key_name(entry)
            keys.append((tenure.country, shown))
            if entry.role == "head_of_state" and shown in abroad:
                keys.append(("*", shown))
        person = next((owner[k] for k in keys if k in owner), None)
        if person is None:
            person = Person()
            people.append(person)
        person.tenures.append(tenure)
        for key in keys:
            owner.setdefault(key, person)
        for _, entry in reversed(tenure.entries):
            one_word_ok = tenure.role in ("head_of_state", "head_of_government")
            full, aliases, short = aliases_of(entry.name, entry.title, tenure.country in surname_first, one_word_ok,
                                              compound_openers)
            person.names.append(full)
            person.aliases.extend(aliases + entry.spellings)
            person.short = person.short or short
    for person in people:
        person.tenures = merge_overlaps(person.tenures)
    return people


def merge_overlaps(tenures: list[Tenure]) -> list[Tenure]:
    """One person's tenures in one office that overlap (a run broken by a respelled entry) become one."""
    kept: list[Tenure] = []
    for tenure in sorted(tenures, key=lambda t: (t.role, t.country, t.start)):
        last = kept[-1] if kept else None
        if last and (last.role, last.country) == (tenure.role, tenure.country) and (not last.end or tenure.start <= last.end):
            last.end = None if not last.end or not tenure.end else max(last.end, tenure.end)
            last.entries = sorted(last.entries + tenure.entries, key=lambda pair: pair[0])
        else:
            kept.append(tenure)
    return kept


def nationality(person: Person) -> str:
    """The country of the person's latest own office (a monarch's realms elsewhere are held through others)."""
    own = [t for t in person.tenures if not any(e.represented for _, e in t.entries)] or person.tenures
    return max(own, key=lambda t: t.start or "").country


# ---------------------------------------------------------------- Wikidata

def country_codes(states_file: Path) -> tuple[set[str], dict[str, str], set[str]]:
    """ISO3 codes, normalised names and variants -> ISO3, and the demonyms (title words: 'Swiss')."""
    codes, by_name, demonyms = set(), {}, set()
    for line in states_file.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            iso, name, variants, adjectives, _ = line.split("|")
            codes.add(iso)
            for n in [name, *variants.split(";")]:
                if n:
                    by_name[normalise(n)] = iso
            demonyms |= {a.lower() for a in adjectives.split(";") if a}
    return codes, by_name, demonyms


def add_wikidata_spellings(people: list[Person], path: Path, by_name: dict[str, str]) -> dict[str, Person]:
    """Wikidata's label of a head of state or government joins the one person of that country whose family
    name is among its words and whose name has its first word ("Mohammed bin Salman" is not his father, King
    SALMAN); returns Q-id -> person for the foreign ministers."""
    by_qid = {}
    for row in csv.DictReader(path.open(encoding="utf-8")):
        iso = by_name.get(normalise(row["country"]))
        label = row["officeholderLabel"]
        if not iso or not label or label.startswith("Q"):
            continue
        words, first = set(fold(label).split()), fold(label).split()[0]
        matches = [p for p in people if any(t.country == iso for t in p.tenures) and p.short
                   and set(fold(p.short).split()) <= words and any(first in fold(n).split() for n in p.names)]
        if len(matches) == 1:
            matches[0].aliases.append(label)
            by_qid[row["officeholder"]] = matches[0]
    return by_qid


def add_foreign_ministers(people: list[Person], path: Path, by_name: dict[str, str], by_qid: dict[str, Person],
                          surname_first: set[str]) -> None:
    for row in csv.DictReader(path.open(encoding="utf-8")):
        iso = by_name.get(normalise(row["countryLabel"]))
        if not iso or not row["name"] or not row["start"] or row["name"].startswith("Q"):
            continue  # unrecognised states, sub-national entities, unnamed or undated holders
        tenure = Tenure(iso, "foreign_minister", start=row["start"], source="wikidata")
        tenure.entries.append((row["start"], Entry(row["name"], row["positionLabel"], "foreign_minister", row["start"])))
        person = by_qid.get(row["person"]) or next(
            (p for p in people if normalise(row["name"]) in map(normalise, p.aliases)), None)
        if person is None:
            words = row["name"].split()
            person = Person(names=[row["name"]], short=words[0] if iso in surname_first else words[-1])
            people.append(person)
        person.aliases.append(row["name"])
        person.tenures.append(tenure)


# ---------------------------------------------------------------- output and coverage

def role_cell(tenure: Tenure) -> str:
    return ":".join([tenure.role, tenure.country, tenure.start or "", tenure.end or "", tenure.source,
                     tenure.latest.title])


def rows(people: list[Person]) -> list[str]:
    taken: set[str] = set()
    lines = []
    for person in sorted(people, key=lambda p: (slug(p.names[0]), min(t.start or "" for t in p.tenures))):
        name, country = person.names[0], nationality(person)
        actor_id = slug(name)
        if actor_id in taken:  # two people of one name: the later one gets its country
            actor_id = f"{actor_id}-{country.lower()}"
        taken.add(actor_id)
        aliases = [a for a in dict.fromkeys(person.aliases) if a != name and "|" not in a and ";" not in a]
        tenures = sorted(person.tenures, key=lambda t: (t.start or "", ROLE_ORDER.index(t.role)))
        lines.append("|".join([actor_id, name, ";".join(aliases), person.short, country,
                               ";".join(role_cell(t) for t in tenures)]))
    return lines


def coverage(people: list[Person], states: set[str], years=range(2020, 2026)) -> str:
    """States with a dated head of state and of government on 1 July of every year (and of any year)."""
    def holds(role: str, iso: str, day: str) -> bool:
        return any(t.role == role and t.country == iso and t.start and t.start <= day and (not t.end or day < t.end)
                   for p in people for t in p.tenures)

    every, some = 0, 0
    for iso in sorted(states):
        covered = [holds("head_of_state", iso, f"{y}-07-01") and holds("head_of_government", iso, f"{y}-07-01")
                   for y in years]
        every += all(covered)
        some += any(covered)
    return (f"{len(states)} states: {every} with a dated head of state and of government on 1 July of every year "
            f"{years[0]}-{years[-1]}, {some} in at least one of those years")


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    states, by_name, demonyms = country_codes(DATA / "states.psv")
    lexicon = yaml.safe_load((DATA / "lexicon.yaml").read_text(encoding="utf-8"))
    surname_first = set(lexicon["surname_first"])
    titles = yaml.safe_load((DATA / "office_titles.yaml").read_text(encoding="utf-8"))
    parser = Parser(titles, demonyms, {name: iso for name, iso in by_name.items() if " " not in name})
    tenures = [t for iso, series in snapshots(source, states, parser).items() for t in tenures_of(iso, series)]
    people = build_people(tenures, surname_first, set(titles["compound_name_openers"]))
    wikidata = source / "wikidata-everypolitician"
    by_qid = add_wikidata_spellings(people, wikidata / "heads_of_state_government_wikidata.csv", by_name)
    add_foreign_ministers(people, wikidata / "foreign_ministers_wikidata.csv", by_name, by_qid, surname_first)
    lines = rows(people)
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} people, {sum(len(p.tenures) for p in people)} tenures -> {out}")
    print(coverage(people, states))


if __name__ == "__main__":
    main()
