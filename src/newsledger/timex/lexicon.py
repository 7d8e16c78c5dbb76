"""The tagger's word lists (data/lexicon.yaml), loaded once, and regex pieces built from them."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from newsledger.loading import read_yaml


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return read_yaml(resources.files("newsledger.timex").joinpath("data/lexicon.yaml"))


def alternation(words) -> str:
    """A regex group matching any of the words, longest first (a run of spaces matches any whitespace).

    Lower-case words are written as a tree of their shared beginnings ("(?:t(?:hirteen|wenty)|...)"), so that the
    engine reads each letter once where it would try every word in turn: the tagger's rules try these groups at
    every word of a text. It matches what the flat list matches, and prefers the same word: two words can match
    at one place only when one begins the other, and the longer is tried first in both forms."""
    ordered = sorted((" ".join(w.split()) for w in words), key=len, reverse=True)  # one gap, however wide
    if any(w != w.lower() for w in ordered):  # words differing only in case would be two branches of the tree
        return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"
    tree: dict = {}
    for word in ordered:  # longest first, so that every branch lists its longer words first
        node = tree
        for symbol in (r"\s+" if char == " " else re.escape(char) for char in word):
            node = node.setdefault(symbol, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict) -> str:
    parts = [symbol + ("(?:" + _branches(rest) + ")" if len(rest) > 1 else _branches(rest)) if symbol else ""
             for symbol, rest in node.items()]
    return "|".join(parts)


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
