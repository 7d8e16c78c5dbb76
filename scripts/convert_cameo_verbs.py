"""Build the events stage's package data from the shared sources.

* codebook.json: every CAMEO code in CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8,
  CC BY-SA 4.0, Open Event Data Alliance) with its name, PLOVER category, the
  root's Goldstein score and quad class.
* verb_patterns.json: lemma + particle/object patterns from PETRARCH2's
  CAMEO.2.0.txt verb dictionary (MIT licence, Open Event Data Alliance).

Run: .venv/bin/python scripts/convert_cameo_verbs.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "external"
DATA = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "events" / "data"
ROOT_GOLDSTEIN = {"01": 0.0, "02": 3.0, "03": 4.0, "04": 1.0, "05": 3.5, "06": 6.0,
                  "07": 7.0, "08": 5.0, "09": -2.0, "10": -5.0, "11": -2.0, "12": -4.0,
                  "13": -6.0, "14": -6.5, "15": -7.2, "16": -4.0, "17": -7.0,
                  "18": -9.0, "19": -10.0, "20": -10.0}
CODE_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)[^#]*#?\s*(.*)$")
VERB_HEAD = re.compile(r"^---\s+(\w+)\s+\[(\d+|---)\]")


def quad_class(root: str) -> int:
    """CAMEO quad class of a two-digit root."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 8 else 3 if number <= 14 else 4


def build_codebook() -> dict:
    codebook = {}
    for line in (SHARED / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        match = CODE_LINE.match(line.strip())
        if not match or len(match.group(1)) < 3 and match.group(1) in codebook:
            continue
        code, plover, name = match.groups()
        root = code[:2]
        codebook[code] = {"name": name.strip() or plover.title(), "plover": plover,
                          "goldstein": ROOT_GOLDSTEIN[root], "quad_class": quad_class(root)}
    return {**statement_codes(), **codebook}


def statement_codes() -> dict:
    """Roots 01-02 from the hand-written supplement (CAMEO2PLOVER leaves them out)."""
    entries = yaml.safe_load((DATA / "cameo_01_02.yaml").read_text())
    return {code: {**entry, "goldstein": ROOT_GOLDSTEIN[code[:2]], "quad_class": 1}
            for code, entry in entries.items()}


def build_verb_patterns() -> list[dict]:
    """Each verb block's synonyms with its default code, plus "- * NOUN" and "- * (PREP)" patterns."""
    patterns, lemmas, default = [], [], None
    for line in (SHARED / "petrarch2" / "CAMEO.2.0.txt").read_text(errors="replace").splitlines():
        line = line.split("#")[0].strip()
        head = VERB_HEAD.match(line)
        if head:
            lemmas, default = [head.group(1).lower()], head.group(2)
            if default.isdigit():
                patterns.append({"lemma": lemmas[0], "cameo": default})
        elif re.fullmatch(r"[A-Z_]+(\s*\{[A-Z ]*\})?", line) and lemmas:
            lemmas.append(line.split()[0].lower().replace("_", " "))
            if default.isdigit():
                patterns.append({"lemma": lemmas[-1], "cameo": default})
        else:
            patterns += object_patterns(line, lemmas)
    return patterns


def object_patterns(line: str, lemmas: list[str]) -> list[dict]:
    """'- * SANCTIONS [163]' -> object noun; '- * (TO) [042]' -> preposition."""
    match = re.fullmatch(r"- \* (\(?)([A-Z]+)\)?\s*\[(\d+)(?::\d+)?\]", line)
    if not match:
        return []
    key = "prep" if match.group(1) else "object"
    return [{"lemma": lemma, key: match.group(2).lower(), "cameo": match.group(3)} for lemma in lemmas]


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "codebook.json").write_text(json.dumps(build_codebook(), indent=1))
    (DATA / "verb_patterns.json").write_text(json.dumps(build_verb_patterns(), indent=1))


if __name__ == "__main__":
    main()
