"""GeoNames cities the Phoenix place list lacks give their country, on sentences written for these
tests: a big city with no foreign namesake of comparable size is placed; an ambiguous name, a common
word and a given name are not."""

import pytest

from newsledger.actors.normalise import normalise
from newsledger.interfaces.coding import code_text
from tests.events.conftest import country


@pytest.mark.parametrize("city, iso", [("Kharkiv", "UKR"), ("Mariupol", "UKR"), ("Mosul", "IRQ"), ("Gaza", "PSE")])
def test_a_big_unambiguous_city_lies_in_its_country(registry, city, iso):
    assert registry.places[normalise(city)] == iso


@pytest.mark.parametrize("name", [
    "Florence",  # Italy, and Florence, Alabama: a namesake a tenth as big in another country
    "Springfield",  # several US cities of comparable size
    "Odessa",  # Odessa, Texas, but also the old name of the far bigger Odesa
    "Mobile", "Split",  # common words
    "Tyler",  # a given name
])
def test_an_ambiguous_name_a_word_or_a_given_name_is_no_place(registry, name):
    assert normalise(name) not in registry.places


def test_phoenix_places_keep_their_country(registry):
    # Tripoli is Libya's capital in the Phoenix list, though GeoNames also has a Lebanese Tripoli.
    assert registry.places[normalise("Tripoli")] == "LBY"


@pytest.mark.parametrize("text, target", [
    ("Russian forces shelled Kharkiv overnight, killing three civilians.", "UKR"),
    ("Iraqi police said a car bomb hit a market in Kirkuk on Sunday.", "IRQ"),
])
def test_an_attack_on_such_a_city_targets_its_country(text, target):
    analysis = code_text(text, "2023-03-17")
    attacks = [e for e in analysis.events if e.cameo[:2] in ("18", "19", "20")]
    assert attacks and all(country(analysis, e.target) == target for e in attacks)


@pytest.mark.parametrize("text", [
    "Israeli tanks moved into Khan Yunis on Tuesday.",
    "Hundreds of families fled to Khan Yunis after the strikes.",
])
def test_a_city_the_parser_takes_for_a_person_is_a_place_after_a_locative_word(text):
    analysis = code_text(text, "2023-03-17")
    assert not [a for a in analysis.actors.values() if a.actor_type == "person"]


def test_a_city_name_outside_a_locative_context_may_still_be_a_person():
    # cities are often surnames: only where it stands as a place is such a name read as one
    analysis = code_text("Khan Yunis told reporters the deal would collapse.", "2023-03-17")
    assert [a.name for a in analysis.actors.values() if a.actor_type == "person"] == ["Khan Yunis"]
