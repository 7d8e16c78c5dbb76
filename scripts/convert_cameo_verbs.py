"""Build the events stage's package data from the shared sources.

* codebook.json: every CAMEO code in CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8,
  CC BY-SA 4.0, Open Event Data Alliance) with its name, PLOVER category, the
  root's Goldstein score and quad class.
* verb_patterns.json: verb synonyms and object/preposition patterns from PETRARCH2's
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
EDITOR_NOTE = re.compile(r"\s+\d{2}\.\d{2}\.\d{2}:.*$")
# A block's code may start with ":" (TABARI's reversed code: the target does the act to the source, "X shocked Y"
# is Y disapproving of X); the coder has no reversal, so such a block's verbs are left uncoded.
VERB_HEAD = re.compile(r"^---\s+([\w-]+)\s+\[(:?\d+|---)\]")
SYNONYM_LINE = re.compile(r"^([A-Z][A-Z-]*)\s*(?:\{[^}]*\})?\s*(?:\[(\d+|---)\])?")
PHRASAL_LINE = re.compile(r"^\+([A-Z]+)_([A-Z_]+?)\s*(?:\{[^}]*\})?\s*(?:\[(\d+|---)\])?\s*(?:#.*)?$")
PATTERN_LINE = re.compile(r"^-\s+(.*?)\*\s*(.*?)\s*\[(\d+|---)(?::\d+)?\]\s*(?:#\s*(.*))?$")
AUXILIARIES = {"is", "are", "was", "were", "be", "been", "has", "have", "had", "seem", "seems"}
ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|&\w+|[A-Z][\w-]*")


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
        name = EDITOR_NOTE.sub("", name).strip()  # "Ease curfew  21.09.17: ..." keeps only the name
        codebook[code] = {"name": name or plover.title(), "plover": plover,
                          "goldstein": ROOT_GOLDSTEIN[root], "quad_class": quad_class(root)}
    return {**statement_codes(), **codebook}


def statement_codes() -> dict:
    """Roots 01-02 from the hand-written supplement (CAMEO2PLOVER leaves them out)."""
    entries = yaml.safe_load((DATA / "cameo_01_02.yaml").read_text())
    return {code: {**entry, "goldstein": ROOT_GOLDSTEIN[code[:2]], "quad_class": 1}
            for code, entry in entries.items()}


def build_verb_patterns() -> list[dict]:
    """Each verb block's synonyms with their codes, its phrasal synonyms ("+BLOW_UP") as
    verb + particle/object patterns, plus its object and preposition patterns."""
    lines = (SHARED / "petrarch2" / "CAMEO.2.0.txt").read_text(errors="replace").splitlines()
    sets = synonym_sets(lines)
    best, phrasals, lemmas, default = {}, {}, [], None

    def offer(key, size, cameo):
        # the plainest pattern decides a shared key; of equally plain ones, the one whose comment names fewer verbs
        # ('- * &MILITARY [154] # DEPLOY' over '- * &MILITARY [072] # SEND , DEPLOY' for "deploy troops")
        if key not in best or size < best[key][0]:
            best[key] = (size, cameo)

    for raw in lines:
        line = raw.strip()
        head = VERB_HEAD.match(line)
        pattern = PATTERN_LINE.match(line)
        phrasal = PHRASAL_LINE.match(line)
        if head:
            lemmas, default = [], head.group(2)
        elif pattern and lemmas:
            for key, size, cameo in object_patterns(pattern, lemmas, sets):
                offer(key, size, cameo)
        elif phrasal and default is not None:
            for key, cameo in phrasal_patterns(phrasal, default):
                phrasals.setdefault(key, cameo)
        elif SYNONYM_LINE.match(line) and default is not None:
            lemma, own_code = SYNONYM_LINE.match(line).groups()
            lemmas.append(lemma.lower())
            cameo = own_code or default
            if cameo.isdigit():
                best[(lemma.lower(),)] = (0, cameo)
    for key, cameo in phrasals.items():  # explicit "- * OUT (OF TALKS) [164]" patterns decide first
        best.setdefault(key, (1, cameo))
    return [pattern_record(key, cameo) for key, (_, cameo) in best.items()]


def phrasal_patterns(match, default: str) -> list:
    """'+BLOW_UP' in a [190] block -> ("blow", "object", "up") and ("blow", "prep", "up"): the
    verb with its particle (or object noun, "+TAKE_LEAVE") as the parser attaches it, as a
    particle, object or preposition; "+SET_IN_MOTION" -> ("set", "prep", "in", "motion").
    Auxiliary forms ("+IS_DETERMINED") and uncoded ([---]) phrasal verbs are left out."""
    verb, rest, own_code = match.groups()
    cameo = own_code or default
    words = rest.lower().split("_")
    if not cameo.isdigit() or verb.lower() in AUXILIARIES or len(words) > 2 or {"and", "or"} & set(words):
        return []
    verb = verb.lower()
    if len(words) == 2:
        return [((verb, "prep", words[0], words[1]), cameo)]
    return [((verb, "object", words[0]), cameo), ((verb, "prep", words[0]), cameo)]


def pattern_record(key: tuple, cameo: str | None) -> dict:
    """(lemma,) | (lemma, "object", noun) | (lemma, "prep", prep[, noun]) -> a JSON record."""
    record = {"lemma": key[0]}
    if len(key) > 1:
        record[key[1]] = key[2]
    if len(key) > 3:
        record["pobj"] = key[3]
    return {**record, "cameo": cameo}


def synonym_sets(lines) -> dict:
    """'&REFUGEE' -> head words of its members ('+ARMED_FORCES' -> 'forces')."""
    sets, name = {}, None
    for line in (raw.strip() for raw in lines):
        if re.fullmatch(r"&\w+", line):
            name = line
            sets[name] = []
        elif line.startswith("+") and name:
            sets[name].append(line[1:].split()[0].replace("_", " ").split()[-1].lower())
        elif not line:
            name = None
    return sets


def head_nouns(element: str, sets: dict) -> list:
    """A pattern element's head noun(s): the last word of a phrase, the members of a &SET."""
    word = element.strip("{}()").split()[-1] if element.strip("{}()").split() else ""
    return sets.get(word, []) if word.startswith("&") else [word.lower()] if word.isalpha() else []


def object_patterns(match, lemmas: list, sets: dict):
    """(key, pattern size, cameo) for '- * SANCTIONS [163]', '- * (TO) [042]', '- * (TO BORDER) [154]'; the size
    is (elements, their words, verbs the pattern applies to), compared in that order.

    Words before the verb ('- PROTESTER * REMOVAL [1412] # DEMAND', '- COURT * APPEAL [1241]')
    test the subject, which a verb + object key cannot: such patterns are left out. Before the
    verb PETRARCH's actor markers alone ('- + * ROCKET [193] # THWART': $ source, + target,
    % compound, ^ skip) add no condition, so those patterns are kept.
    A pattern applies to the verbs its comment names (where it was found) when it names
    any of the block's, else to the whole block; '---' codes mark non-events (kept as None)."""
    before, after, code, comment = match.groups()
    elements = ELEMENT.findall(after)
    if not elements or ELEMENT.findall(before):
        return []
    cameo = code if code.isdigit() else None
    named = [w.lower() for w in re.findall(r"[A-Z]+", comment or "") if w.lower() in lemmas]
    first = elements[0]
    if first.startswith("("):
        words = first.strip("()").split()
        nouns = head_nouns(" ".join(words[1:]), sets) if len(words) > 1 else [None]
        keys = [("prep", words[0].lower(), noun) if noun else ("prep", words[0].lower()) for noun in nouns]
    else:
        keys = [("object", noun) for noun in head_nouns(first, sets)]
    # plainer first (fewer elements, then fewer words: "{ECONOMIC AID}" is keyed by "aid" alone but asks for more),
    # then the more specific comment
    size = (len(elements), sum(len(e.strip("{}()").split()) for e in elements), len(set(named or lemmas)))
    return [((lemma, *key), size, cameo) for lemma in named or lemmas for key in keys]


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "codebook.json").write_text(json.dumps(build_codebook(), indent=1))
    (DATA / "verb_patterns.json").write_text(json.dumps(build_verb_patterns(), indent=1))


if __name__ == "__main__":
    main()
