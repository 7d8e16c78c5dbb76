"""Mends of the events coder's review: a site noun's place name and people released, through the whole
single-sentence pipeline, on sentences written for these tests."""

import pytest

from tests.events.conftest import coded


def locations(text):
    """{trigger: location} of the sentence's events."""
    return {e.trigger: e.location for e in coded(text)[1]}


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen opened fire at the NATO base on Tuesday.", "opened"),
    ("Gunmen opened fire near the Taliban headquarters on Monday.", "opened"),
    ("Militants fired rockets at the Hezbollah base overnight.", "fired"),
])
def test_an_organisations_name_before_a_site_noun_is_no_place(text, trigger):
    found = locations(text)
    assert trigger in found, "the attack is still an event"
    assert found[trigger] is None


def test_a_towns_name_before_a_site_noun_is_the_place():
    assert locations("Gunmen opened fire at the Kandahar airport on Tuesday.")["opened"] == "Kandahar"


def test_a_name_the_tagger_misread_before_a_place_noun_is_still_the_place():
    """A district is no one's site: its name is the place whatever entity type the tagger gives it."""
    found = locations("Syria's army said the rebels shelled its positions in the Qarawi district.")
    assert found.get("shelled") == "Qarawi"


def codes(text, trigger):
    return {e.cameo for e in coded(text)[1] if e.trigger == trigger}


@pytest.mark.parametrize("text, trigger", [
    ("Venezuela freed American businessman John Carter on Monday.", "freed"),
    ("Ukraine returned 12 Russian soldiers on Sunday.", "returned"),
    ("Belarus released dozens of students after the protests.", "released"),
    ("Syria handed over two Jordanian civilians to Jordan.", "handed"),
])
def test_people_released_by_name_or_by_kind_are_a_release_of_persons(text, trigger):
    """CAMEO 0841 Return, release person(s): one verb class (data/sense.yaml object_classes), by name or by kind."""
    assert codes(text, trigger) == {"0841"}


def test_a_released_statement_is_no_release_of_persons():
    assert "0841" not in codes("The ministry released a statement on Monday.", "released")


@pytest.mark.parametrize("text, trigger", [
    ("The president handed the prime minister a signed copy of the treaty.", "handed"),
    ("Macron handed Scholz a letter from the summit's hosts on Friday.", "handed"),
])
def test_a_person_given_something_is_no_release_of_persons(text, trigger):
    # with a second object the person named is the receiver, not the one released
    assert "0841" not in codes(text, trigger)
