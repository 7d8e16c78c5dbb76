"""Convert the Phoenix agents dictionary (PETRARCH-2, MIT) into newsledger's table of group nouns.

Usage: python scripts/convert_phoenix_agents.py [PHOENIX_AGENTS_FILE] [OUT_FILE]
Defaults: ../shared/external/petrarch2/Phoenix.agents.txt and src/newsledger/actors/data/phoenix_agents.psv.

Phoenix lines look like ``GUNMAN {} [~UAF]`` or ``THIEF {THIEVES} [~CRM]``: a noun phrase (words joined by
``_``), its irregular plurals in braces, and the CAMEO agent code after ``~``. ``!PERSON!`` and ``!MINIST!``
stand for the words their ``= ...`` lines list ("POLICE!PERSON!" is policeman, policewoman...). Written: one
``phrase|code`` row per singular or listed plural, in lower case (regular plurals are left to the reader, as
PETRARCH does). Left out: phrases ending in a preposition ("AMBASSADOR_TO": a pattern, not a noun), phrases of
more than three words (names of ministries), and phrases with other than letters, hyphens and apostrophes.
The first code given for a phrase wins.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = REPO.parent / "shared" / "external" / "petrarch2" / "Phoenix.agents.txt"
DEFAULT_OUT = REPO / "src" / "newsledger" / "actors" / "data" / "phoenix_agents.psv"
CODE_RE = re.compile(r"\[~([A-Z]+)[]}]")
PLURALS_RE = re.compile(r"\{([^}]*)\}")
SET_RE = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
WORD_RE = re.compile(r"^[a-z][a-z'-]*$")
MAX_WORDS = 3
TRAILING = {"to", "in", "of", "for", "at", "from", "on", "with", "and", "the"}
HEADER = ("# Converted by scripts/convert_phoenix_agents.py from the PETRARCH-2 Phoenix agents dictionary\n"
          "# (github.com/openeventdata/petrarch2, commit 676801c; MIT, Copyright (c) 2014 Open Event Data Alliance).\n"
          "# noun phrase (lower case, singular or irregular plural)|CAMEO agent code\n")


def expand(raw: str, sets: dict[str, list[str]]) -> list[str]:
    """'POLICE!PERSON!' -> ['policeman', 'policemen', ...]; phrases in lower case with single spaces."""
    forms = [raw]
    for name, words in sets.items():
        if name in raw:
            forms = [form.replace(name, word) for form in forms for word in words]
    return [" ".join(f.replace("_", " ").lower().split()) for f in forms]


def keep(phrase: str) -> bool:
    words = phrase.split()
    return 0 < len(words) <= MAX_WORDS and words[-1] not in TRAILING and all(WORD_RE.match(w) for w in words)


def convert(source: Path, out: Path) -> int:
    sets: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for line in source.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#")[0].strip()
        substitution = SET_RE.match(body)
        if substitution:
            sets[substitution.group(1)] = [w.strip() for w in substitution.group(2).split(",") if w.strip()]
            continue
        code = CODE_RE.search(body)
        if not code:
            continue
        plurals = PLURALS_RE.search(body)
        head = body[:min(m.start() for m in (code, plurals) if m)]
        phrases = [head] + (plurals.group(1).split(",") if plurals else [])
        for phrase in (p for raw in phrases if raw.strip() for p in expand(raw.strip(), sets)):
            if keep(phrase):
                rows.setdefault(phrase, code.group(1))
    out.write_text(HEADER + "".join(f"{phrase}|{code}\n" for phrase, code in sorted(rows.items())), encoding="utf-8")
    return len(rows)


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUT
    print(f"{convert(source, out)} agent phrases written to {out}")


if __name__ == "__main__":
    main()
