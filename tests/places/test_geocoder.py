"""The geocoder on its own: qualifiers, the article's countries, and no guess on weak evidence."""

from __future__ import annotations

from collections import Counter

import pytest

from newsledger.places import geocode


@pytest.mark.parametrize("location,admin1", [
    ("Savannah, Georgia", "US.GA"),  # a US state after a city wins over the country Georgia
    ("Augusta, Ga.", "US.GA"),  # AP abbreviations of states
    ("Long Beach, California", "US.CA"),
    ("Paris, Texas", "US.TX"),
    ("Portland, Maine", "US.ME"),
])
def test_us_state_after_a_city_places_it_in_that_state(location, admin1):
    place = geocode(location, Counter({"FRA": 3, "GEO": 2}))  # the article's countries do not override the text
    assert (place.country, place.admin1, place.feature_class) == ("USA", admin1, "P")
    assert place.name == location.split(",")[0] and place.geonameid > 0
    assert -90 <= place.lat <= 90 and -180 <= place.lon <= 180


def test_country_after_a_city_places_it_in_that_country():
    assert geocode("Valencia, Venezuela").country == "VEN"
    assert geocode("Valencia, Spain").country == "ESP"
    assert geocode("Hamilton, Canada").country == "CAN"


def test_qualifier_naming_a_state_without_that_city_leaves_it_unresolved():
    assert geocode("Paris, Alaska") is None
    assert geocode("Lyon, Japan") is None


def test_ambiguous_name_goes_to_a_country_the_article_names():
    assert geocode("London", Counter({"CAN": 2})).admin1 == "CA.08"  # London, Ontario
    assert geocode("London", Counter()).country == "GBR"
    assert geocode("Birmingham", Counter({"USA": 1})).admin1 == "US.AL"
    assert geocode("Birmingham", Counter({"GBR": 1, "USA": 4})).country == "GBR"  # both named: the larger city


def test_usual_reading_stands_unless_the_article_names_a_country_with_a_large_namesake():
    assert geocode("Tripoli", Counter()).country == "LBY"  # the registry's place list: news' reading
    assert geocode("Tripoli", Counter({"LBN": 1})).country == "LBN"  # "Lebanese troops ... in Tripoli"
    assert geocode("Tripoli", Counter({"LBN": 1, "LBY": 1})).country == "LBY"
    assert geocode("Geneva", Counter({"USA": 5, "IRN": 2})).country == "CHE"  # Geneva, Illinois is a small town


def test_ambiguous_name_without_evidence_stays_unresolved():
    assert geocode("Springfield", Counter()) is None  # several US towns of like size
    assert geocode("Springfield", Counter({"DEU": 1})) is None
    assert geocode("Springfield", Counter({"USA": 3})) is not None  # the largest of the article's country


def test_countries_states_and_regions():
    georgia = geocode("Georgia", Counter({"RUS": 1}))
    assert (georgia.country, georgia.feature_class, georgia.lat) == ("GEO", "A", None)
    assert geocode("Georgia", Counter({"USA": 2})).admin1 == "US.GA"  # an article about the USA only
    assert geocode("the United States").country == "USA"
    assert geocode("Washington").admin1 == "US.DC" and geocode("New York").feature_class == "P"
    region = geocode("the West Bank")
    assert region.country == "PSE" and region.geonameid is None


def test_old_names_and_leading_words():
    assert geocode("Peking").name == "Beijing"
    assert geocode("central Tokyo").name == "Tokyo"
    assert geocode("The Hague").country == "NLD"
    assert geocode("Narnia") is None
