"""Build the given names whose gender is all but certain, for the coreference sieve's he/she check, from the
nomquamgender package's name data (Van Buskirk, Clauset and Larremore 2023, "An open-source cultural consensus
approach to name-based gender classification", ICWSM; MIT licence).

Usage: python scripts/build_given_names.py [OUT_FILE]   (default: src/newsledger/actors/data/given_names.psv)

The package maps a lower-cased name to [number of sources, number of people counted, share of them who are women
(p(gf)), ...]. A name is kept when at least MIN_SOURCES sources count at least MIN_PEOPLE people with it and
p(gf) is at most MAX_SHARE (male) or at least 1 - MAX_SHARE (female); names of letters only. Names the
sources disagree on ("Jean", "Andrea", "Lula", "Nikol") are left out, so they stay of unknown gender.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

MIN_SOURCES = 10
MIN_PEOPLE = 1000
MAX_SHARE = 0.02
OUT = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "actors" / "data" / "given_names.psv"
HEADER = """# Given names whose gender is all but certain: name|male or female. Built by scripts/build_given_names.py
# from the nomquamgender package's name data (MIT licence, Copyright (c) 2022 Ian Van Buskirk; Van Buskirk,
# Clauset and Larremore 2023, ICWSM): at least {sources} sources, {people} people, and a share of women of at most
# {share} or at least {one_minus}.
"""


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    package = Path(importlib.util.find_spec("nomquamgender").submodule_search_locations[0])
    data = json.loads((package / "name_data.json").read_text(encoding="utf-8"))  # its module needs unidecode: not imported
    rows = []
    for name, (sources, people, share, *_rest) in sorted(data.items()):
        if not name.isalpha() or sources < MIN_SOURCES or people < MIN_PEOPLE:
            continue
        if share <= MAX_SHARE or share >= 1 - MAX_SHARE:
            rows.append(f"{name}|{'female' if share >= 0.5 else 'male'}")
    out.write_text(HEADER.format(sources=MIN_SOURCES, people=MIN_PEOPLE, share=MAX_SHARE, one_minus=1 - MAX_SHARE)
                   + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} given names -> {out}")


if __name__ == "__main__":
    main()
