"""A surname led by a name particle ("von der Leyen", "al-Burhan", "Al-Sharaa") of a person named in full earlier in
the document is that person, whole and, for an Arabic article joined to it, without the article; a particle alone is
no one's name. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from newsledger.actors import mention_at
from tests.actors.conftest import at, resolver_on

DAY = datetime.date(2026, 3, 2)


@pytest.mark.parametrize("text, full, later", [
    ("European Commission President Ursula von der Leyen arrived in Rome on Thursday. Von der Leyen said the bloc "
     "would back Italy's bid.", "Ursula von der Leyen", "Von der Leyen"),
    ("Talks will resume in Brussels, where Ursula von der Leyen is expected on Monday. Officials said von der Leyen "
     "would chair the meeting.", "Ursula von der Leyen", "von der Leyen"),
    ("Sudanese army chief Abdel Fattah al-Burhan toured the front line near Omdurman. Burhan told troops the war "
     "would end soon.", "Abdel Fattah al-Burhan", "Burhan"),
    ("Syrian President Ahmed al-Sharaa arrived in Ankara on Wednesday. Al-Sharaa told reporters that Damascus wanted "
     "closer trade ties.", "Ahmed al-Sharaa", "Al-Sharaa"),
])
def test_a_particle_surname_is_the_person_named_before(nlp, registry, text, full, later):
    text, mentions, _ = resolver_on(nlp, registry, DAY)(text)
    start = text.index(later, text.index(full) + len(full))
    first, second = at(text, mentions, full), mention_at(mentions, start, start + len(later))
    assert first is not None and first.text == full
    assert second is not None and second.text == later and second.actor_id == first.actor_id
    assert second.why.startswith("surname of earlier mention")


def test_a_title_joined_to_a_particle_is_part_of_the_name(nlp, registry):
    # "Sheikh" of "al-Sheikh" is no honorific: "Hussein" is not Jordan's late king
    text, mentions, _ = resolver_on(nlp, registry, DAY)(
        "Palestinian Vice President Hussein al-Sheikh met envoys in Ramallah. Al-Sheikh said elections would follow.")
    person = at(text, mentions, "Hussein")
    assert person is not None and person.text == "Hussein al-Sheikh"
    assert at(text, mentions, "Al-Sheikh").actor_id == person.actor_id


def test_a_particle_alone_names_no_one(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, DAY)(
        "Dutch lawmaker Pieter van der Berg said the bill would pass. Van told colleagues he had the votes.")
    assert not [m for m in mentions if m.text == "Van"]


def test_a_surname_the_registry_spells_for_another_is_the_person_named_before(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, DAY)(
        "Syrian President Bashar al-Assad received Iran's foreign minister in Damascus in 2023. Assad said Syria "
        "would not bow to pressure.")
    assert at(text, mentions, "Assad", 1).actor_id == at(text, mentions, "Bashar al-Assad").actor_id


def test_a_surname_two_people_named_before_share_names_no_one(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, DAY)(
        "Bashar al-Assad fled to Moscow in December. His father Hafez al-Assad ruled Syria for three decades. "
        "Assad's fall stunned the region.")
    start = text.index("Assad's")
    assert not [m for m in mentions if m.start == start]
