"""Byline parts sorted into people and the outlet: a staff or desk credit ("Staff Reporter", "Agencies")
names no one, and a part that is the outlet ("Global Wire", the page's site name) is not an author.
The lists are in data/bylines.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsledger.loading import read_yaml

BYLINES_FILE = Path(__file__).with_name("data") / "bylines.yaml"


@lru_cache(maxsize=1)
def _spec() -> tuple[re.Pattern, frozenset[str], re.Pattern]:
    spec = read_yaml(BYLINES_FILE)
    generic = re.compile("|".join(f"(?:{p})" for p in spec["generic"]), re.I)
    return generic, frozenset(spec["outlet_words"]), re.compile(spec["staff_outlet"])


def is_generic_byline(name: str) -> bool:
    """Does the byline part name no person ("Staff Writer", "Reuters Staff", "Our Correspondent")?"""
    return _spec()[0].fullmatch(name.strip()) is not None


def staff_outlet(name: str) -> str | None:
    """The outlet a staff credit names ("Andes Wire staff" -> "Andes Wire", "AP Staff" -> "AP", "Reuters
    Staff" -> "Reuters"); None for any other byline part, for a credit that names no outlet ("Our staff") and
    for a section's staff ("Sports Staff", "Editorial Staff"): the words before "staff" are an outlet only
    when they are a news agency, look like an outlet's name (`looks_like_outlet`) or open with an
    abbreviation in capitals ("CNN Wire")."""
    from newsledger.ingest.text import matches  # text.py imports this module

    found = _spec()[2].fullmatch(name.strip())
    if not found:
        return None
    outlet = found["outlet"]
    first = outlet.split()[0]
    is_abbreviation = len(first) > 1 and first.isupper()
    return outlet if is_abbreviation or matches("agency", outlet) or looks_like_outlet(outlet) else None


def looks_like_outlet(name: str) -> bool:
    """Does a byline part of two or more words end like an outlet's name ("Eastern Courier", "Metro Times"),
    or name one before "of" ("The Voice of the Andes", "The Times of India")?"""
    words = name.split()
    head = re.split(r"\s+of\s+", name, maxsplit=1)[0].split()
    return len(words) >= 2 and any(part and part[-1].lower().strip(".,") in _spec()[1] for part in (words, head))


def sort_byline(names: list[str], outlet: str | None) -> tuple[list[str], str | None]:
    """(authors, outlet) from byline parts and the outlet known so far (a page's site name, or None):
    generic credits are dropped (a staff credit naming its outlet gives the outlet when none is known), a
    part equal to the outlet (any case) is no author, and a part that looks like an outlet is the outlet
    when none is known, else dropped."""
    authors = []
    for name in names:
        if is_generic_byline(name) or (outlet and name.casefold() == outlet.casefold()):
            outlet = outlet or staff_outlet(name)
            continue
        if looks_like_outlet(name):
            outlet = outlet or name
            continue
        authors.append(name)
    return authors, outlet
