"""The words of a title right before a person's name are that person's description, not actors of their own:
an office the parser took for an organisation ("External Affairs" before "Minister") is no new actor, and a
nationality before a speaker's title ("Kenyan police spokeswoman NAME") is no group of that country. Sentences
written for these tests."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import resolver_on

DAY = datetime.date(2025, 3, 14)


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, DAY)


@pytest.mark.parametrize("text, office", [
    ('"We will not back down," External Affairs Minister Subrahmanyam Jaishankar said on Tuesday.', "External Affairs"),
    ('"We remain open to talks," External Affairs Minister Vivian Balakrishnan said on Monday.', "External Affairs"),
    ('"The border stays shut," External Affairs Minister Winston Peters told reporters.', "External Affairs"),
])
def test_office_words_before_a_title_are_no_organisation(run, text, office):
    text, mentions, actors = run(text)
    start = text.index(office)
    assert not any(m.start <= start < m.end for m in mentions)
    assert all(actor.actor_type != "organisation" for actor in actors.values())


@pytest.mark.parametrize("text, person, iso", [
    ("Kenyan police spokeswoman Resila Onyango said officers had arrested five suspects.", "Resila Onyango", "KEN"),
    ("Malawian police spokeswoman Beatrice Mikuwa said the protesters had dispersed.", "Beatrice Mikuwa", "MWI"),
])
def test_a_nationality_before_a_named_speaker_is_no_group(run, text, person, iso):
    text, mentions, actors = run(text)
    speaker = next(m for m in mentions if m.text == person)
    assert actors[speaker.actor_id].actor_type == "person" and actors[speaker.actor_id].country == iso
    title = text[:text.index(person)]
    assert all(actors[m.actor_id].actor_type not in ("group", "organisation") for m in mentions if m.end <= len(title))
