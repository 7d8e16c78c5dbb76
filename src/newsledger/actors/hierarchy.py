"""The actor hierarchy: the state (or international organisation) an actor stands for on a date.

Views roll actors up along it: Xi Jinping, the Chinese government and the PLA are all China; the Kremlin
(resolved to RUSGOV) is Russia. The rules, with their data in ``data/hierarchy.yaml``:

- a state is its own parent, and so is an international organisation (type ``igo``);
- a government or military (``CHNGOV``, ``RUSMIL``; a ministry resolves to one of these), and a country-sector
  actor of a state's apparatus by its CAMEO code (``KENJUD``), has its country as parent;
- a person has the state or organisation they hold a role for on the date (several at once: their own
  country's first, then the order of their roles, data first); holding none then, their nationality;
- anything else (a company, a newspaper, a rebel group, a party) stands for no state: ``None``.

A parent is always a state's ISO 3166-1 alpha-3 id (as in ``data/states.psv``) or an IGO id.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache

from newsledger.actors.registry import DATA, data_rows, role_valid
from newsledger.loading import read_yaml
from newsledger.records import Actor

PARTIAL_DATE = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?|-W([0-9]{2}))?$")


@lru_cache(maxsize=1)
def _rules() -> dict:
    rules = read_yaml(DATA / "hierarchy.yaml")
    rules["states"] = frozenset(row[0] for row in data_rows(DATA / "states.psv"))
    return rules


def day_of(value: str | None) -> str | None:
    """An ISO date at any precision as the day it starts on ('2023' -> '2023-01-01', '2023-W12' -> its Monday);
    None for None or for text that is no ISO date (roles are then read as today's)."""
    match = PARTIAL_DATE.match(value or "")
    if not match:
        return None
    year, month, day, week = match.groups()
    if week:
        return date.fromisocalendar(int(year), int(week), 1).isoformat()
    return f"{year}-{month or '01'}-{day or '01'}"


def actor_parent(actor: Actor, on: str | None = None) -> str | None:
    """The id of the state or IGO ``actor`` stands for on ``on`` (an ISO date, YYYY to YYYY-MM-DD or YYYY-Www,
    read as its first day; None: the roles held now), or None when it stands for none (see the module's rules)."""
    rules = _rules()
    states = rules["states"]
    if actor.actor_type in rules["own_parent"]:
        return actor.actor_id
    country = actor.country if actor.country in states else None
    if actor.actor_type in rules["state_bodies"]:
        return country
    if actor.actor_type == "person":
        held = [r["country"] for r in actor.roles if _unit(r.get("country"), rules) and role_valid(r, day_of(on))]
        if held:
            return country if country in held else held[0]
        return country
    code = actor.code or ""
    if country and code.startswith(country) and code[len(country):len(country) + 3] in rules["state_sectors"]:
        return country
    return None


def _unit(where: str | None, rules: dict) -> bool:
    """Can a role's country be a parent: a state, or an IGO code (not Phoenix's bare 'IGO' prefix)?"""
    return bool(where) and (where in rules["states"] or (where.startswith(rules["igo_prefix"]) and len(where) > 3))


def stored_actor(row) -> Actor:
    """An actor from its row in the ledger's actors table (roles and aliases are JSON there)."""
    return Actor(row["actor_id"], row["name"], row["actor_type"], country=row["country"], code=row["code"],
                 affiliation=row["affiliation"], roles=json.loads(row["roles"]), aliases=json.loads(row["aliases"]))
