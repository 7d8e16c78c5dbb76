"""Shared fixtures and helpers for the event coder's tests."""

import pytest

from newsledger.nlp import get_pipeline
from newsledger.records import Mention


@pytest.fixture(scope="session")
def nlp():
    return get_pipeline()


def mentions_from(text: str, names: dict[str, str]) -> list[Mention]:
    """Mentions of the given surface forms (longest first, no overlaps), standing in for the actors stage."""
    found, taken = [], set()
    for name in sorted(names, key=len, reverse=True):
        start = text.find(name)
        while start >= 0:
            if not taken & set(range(start, start + len(name))):
                taken |= set(range(start, start + len(name)))
                found.append(Mention(start, start + len(name), name, names[name], 0, "test"))
            start = text.find(name, start + 1)
    return found
