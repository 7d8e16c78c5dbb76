"""The estimative-probability scale shipped in ``data/estimative.yaml``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsledger.loading import read_yaml

DATA = Path(__file__).with_name("data") / "estimative.yaml"


@lru_cache(maxsize=1)
def scale() -> dict:
    return read_yaml(DATA)


def probability(hedge: str) -> float | None:
    """The probability of a hedge word or phrase ("may", "very unlikely"), None if unknown. A phrase the
    scale lacks is read without its first words ("most likely" as "likely")."""
    words = hedge.lower().split()
    table = scale()
    while words:
        phrase = " ".join(words)
        found = table["phrases"].get(phrase, table["modals"].get(phrase))
        if found is not None:
            return found
        words = words[1:]
    return None
