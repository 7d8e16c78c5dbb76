"""Trigger patterns: converted PETRARCH2 verbs, hand-written verbs and nominal events,
plus any user files (YAML lists of {lemma|noun, cameo[, modifier]})."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.loading import read_yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Patterns:
    verbs: dict  # lemma -> cameo
    specific: dict  # (lemma, "object", noun) | (lemma, "prep", prep[, noun]) -> cameo, None: no event
    nouns: dict  # noun lemma -> [(cameo, modifier or None)], modifier entries first


@lru_cache(maxsize=1)
def load_codebook() -> dict:
    """CAMEO code -> {name, plover, goldstein, quad_class}."""
    return json.loads((DATA / "codebook.json").read_text())


def load_patterns(extra_files=()) -> Patterns:
    converted = json.loads((DATA / "verb_patterns.json").read_text())
    verbs = {p["lemma"]: p["cameo"] for p in converted if "object" not in p and "prep" not in p}
    specific = {_pattern_key(p): p["cameo"] for p in converted if "object" in p or "prep" in p}
    nouns = {}
    for path in [DATA / "verb_extra.yaml", DATA / "nominal_patterns.yaml", *map(Path, extra_files)]:
        for entry in read_yaml(Path(path)) or []:
            # null: no event ("take place", a bare "leave", a "news conference")
            cameo = None if entry["cameo"] is None else str(entry["cameo"])
            if "lemma" in entry and ("object" in entry or "prep" in entry):
                specific[_pattern_key(entry)] = cameo
            elif "lemma" in entry:
                verbs[entry["lemma"]] = cameo
            else:
                entries = nouns.setdefault(entry["noun"], [])  # "hunger strike", "general strike"
                entries.insert(0 if entry.get("modifier") else len(entries), (cameo, entry.get("modifier")))
    for lemma, objects in (read_yaml(DATA / "idioms.yaml") or {}).items():
        for obj in objects:  # "meet demand", "hold shares": idiomatic objects that make no event
            specific[(lemma, "object", str(obj))] = None
    senses = load_senses()  # by sense, after the lemma-by-lemma sources, which it corrects
    for entry in senses["object_classes"]:
        kinds = [("prep", prep) for prep in entry["preps"]] if "preps" in entry else [("object",)]  # "asked for military aid"
        specific.update({(verb, *kind, obj): entry["cameo"] for verb in entry["verbs"] for kind in kinds for obj in entry["objects"]})
    specific.update({(p["lemma"], "object", p["particle"]): p["cameo"] for p in senses["particles"]})
    for lemma, cameo in senses["verbs"].items():  # the block default's patterns follow the verb ("sue for" as "sue")
        specific.update({k: cameo for k, v in specific.items() if k[0] == lemma and v is not None and v == verbs.get(lemma)})
        verbs[lemma] = cameo
    return Patterns(verbs, specific, nouns)


def _pattern_key(pattern: dict) -> tuple:
    if "object" in pattern:
        return pattern["lemma"], "object", pattern["object"]
    return (pattern["lemma"], "prep", pattern["prep"], *([pattern["pobj"]] if "pobj" in pattern else []))


@lru_cache(maxsize=1)
def load_senses() -> dict:
    """Codes by sense (data/sense.yaml): verb classes x object classes, bare verb and particle
    codes, speech senses, partitive heads and directive verbs, each with its CAMEO 1.1b3 source."""
    return read_yaml(DATA / "sense.yaml")


@lru_cache(maxsize=1)
def load_roles() -> dict:
    """Dependency labels, prepositions and words used to attach actors (data/roles.yaml)."""
    return read_yaml(DATA / "roles.yaml")


@lru_cache(maxsize=1)
def default_patterns() -> Patterns:
    return load_patterns()


@lru_cache(maxsize=1)
def military_equipment() -> frozenset:
    """Nouns of PETRARCH's weapon and aircraft synonym sets: the converted patterns that make
    "provide ... with X" / "send X" / "donate X" military aid (CAMEO 072)."""
    converted = json.loads((DATA / "verb_patterns.json").read_text())
    words = {p.get("object") or p.get("pobj") for p in converted
             if p["cameo"] == "072" and (p.get("prep") == "with" or p["lemma"] in ("send", "donate", "export"))}
    words |= {"weapon", "weapons", "arms", "missile", "drone", "tank", "ammunition", "jet", "artillery"}
    words -= {None, "vehicle", "vehicles", "system", "device", "devise", "club", "gas", "batteries"}
    return frozenset(words)
