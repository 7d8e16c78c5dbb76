"""Shared fixtures and helpers for the event coder's tests."""

import datetime

import pytest

from newsledger.actors import resolve
from newsledger.events import code
from newsledger.interfaces.coding import code_text
from newsledger.nlp import get_pipeline
from newsledger.records import Mention

DAY = datetime.date(2023, 3, 17)


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


def events_and_actors(nlp, text: str, day: datetime.date = DAY) -> tuple[list, dict]:
    """The events coded from `text` through the actors stage (no time expressions), and its actors."""
    doc = nlp(text)
    mentions, actors = resolve(doc, day)
    return code(doc, mentions, actors, [], day), actors


def side_country(actors: dict, actor_id: str | None) -> str | None:
    """An event side as its actor's country when it has one, else as it is."""
    actor = actors.get(actor_id) if actor_id else None
    return actor.country if actor is not None and actor.country else actor_id


def coded(text: str, day: str = DAY.isoformat()):
    """(analysis, its events) of `text` through the whole single-sentence pipeline (`newsledger code`)."""
    analysis = code_text(text, day)
    return analysis, analysis.events


def country(analysis, actor_id: str | None) -> str | None:
    """An event side of `analysis` as its actor's country when it has one, else as it is."""
    return side_country(analysis.actors, actor_id)


def by_trigger(text: str, trigger: str):
    """(analysis, the events of `text` whose trigger word is `trigger`)."""
    analysis, events = coded(text)
    return analysis, [e for e in events if e.trigger == trigger]


def sides(analysis, events) -> set[tuple]:
    """{(CAMEO code, source country, target country)} of `events`, sides as `country` gives them."""
    return {(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events}


def event_rows(text: str) -> set[tuple]:
    """{(code, status, source country, target country, trigger)} of the events of `text` (`coded`)."""
    analysis, events = coded(text)
    return {(e.cameo, e.status, country(analysis, e.source), country(analysis, e.target), e.trigger) for e in events}
