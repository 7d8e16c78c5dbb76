"""Fixtures for the time-expression tests: the spaCy pipeline once per session, ../shared paths."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

FRIDAY = datetime.date(2024, 3, 8)

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture
def shared():
    """A function giving a path under ../shared, skipping the test when it is absent."""

    def path(*parts: str) -> Path:
        found = SHARED.joinpath(*parts)
        if not found.exists():
            pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present on this machine)")
        return found

    return path


def events_of(nlp, text, published=FRIDAY):
    """The events coded from `text` through the actors and time stages, dated against `published`."""
    from newsledger.actors import resolve
    from newsledger.events import code
    from newsledger.timex import tag

    doc = nlp(text)
    mentions, actors = resolve(doc, published)
    return code(doc, mentions, actors, tag(text, published, doc), published)


def only(events, trigger):
    """The first of `events` with that trigger word; fails naming the triggers found when none has it."""
    found = [e for e in events if e.trigger == trigger]
    assert found, f"no event triggered by {trigger!r} in {[e.trigger for e in events]}"
    return found[0]
