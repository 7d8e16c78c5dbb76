"""The tagger's word lists (data/lexicon.yaml), loaded once, and regex pieces built from them."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml


@lru_cache(maxsize=1)
def lexicon() -> dict:
    text = resources.files("newsledger.timex").joinpath("data/lexicon.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def alternation(words) -> str:
    """A regex group matching any of the words, longest first (spaces match any whitespace)."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def lookup(table: str, word: str):
    """The table's entry for a matched word, whitespace and case folded, abbreviation dots dropped."""
    key = re.sub(r"\s+", " ", word.lower()).rstrip(".")
    return lexicon()[table].get(key)


def number_value(word: str) -> float | None:
    """'13', 'three', 'twenty-five', 'a' -> a number; vague words -> None."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if re.fullmatch(r"\d+(?:\.\d+)?", word.replace(",", "")):
        return float(word.replace(",", ""))
    total = 0.0
    for part in re.split(r"[- ]", word):
        value = lexicon()["numbers"].get(part)
        if value is None:
            return None
        total = (total or 1) * value if value == 100 else total + value
    return total
