"""Trigger patterns: converted PETRARCH2 verbs, hand-written verbs and nominal events,
plus any user files (YAML lists of {lemma|noun, cameo[, modifier]})."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Patterns:
    verbs: dict  # lemma -> cameo
    specific: dict  # (lemma, object noun or preposition) -> cameo
    nouns: dict  # noun lemma -> (cameo, modifier or None)


@lru_cache(maxsize=1)
def load_codebook() -> dict:
    """CAMEO code -> {name, plover, goldstein, quad_class}."""
    return json.loads((DATA / "codebook.json").read_text())


def load_patterns(extra_files=()) -> Patterns:
    converted = json.loads((DATA / "verb_patterns.json").read_text())
    verbs = {p["lemma"]: p["cameo"] for p in converted if "object" not in p and "prep" not in p}
    specific = {(p["lemma"], p.get("object") or p.get("prep")): p["cameo"] for p in converted
                if "object" in p or "prep" in p}
    nouns = {}
    for path in [DATA / "verb_extra.yaml", DATA / "nominal_patterns.yaml", *map(Path, extra_files)]:
        for entry in yaml.safe_load(Path(path).read_text()) or []:
            if "lemma" in entry:
                verbs[entry["lemma"]] = str(entry["cameo"])
            else:
                nouns[entry["noun"]] = (str(entry["cameo"]), entry.get("modifier"))
    return Patterns(verbs, specific, nouns)


@lru_cache(maxsize=1)
def default_patterns() -> Patterns:
    return load_patterns()
