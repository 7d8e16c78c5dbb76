"""The actor index: actors found by the start of any word of their name or aliases, with their event counts;
and the one rule by which every actor filter (web pages, API, briefing) reads a name."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import func, or_, select

from newsledger.actors.registry import DATA, data_rows, split_list
from newsledger.store import Store, schema

A, E, M = schema.actors.c, schema.events.c, schema.mentions.c


def name_matches(query: str, names: list[str]) -> bool:
    """Does some word of one of `names` start with `query` (any case)? 'Xi' matches 'Xi Jinping' and
    'President Xi', never 'Mexico'; a query of several words matches them in order ('vladimir pu')."""
    pattern = re.compile(r"(?<!\w)" + re.escape(query.strip()), re.IGNORECASE)
    return bool(query.strip()) and any(pattern.search(name) for name in names)


def matching_actor_ids(store: Store, query: str) -> list[str]:
    """Ids of the actors whose name or an alias has a word starting with `query`, by name."""
    needle = query.strip()
    if not needle:
        return []
    rough = or_(A.name.icontains(needle, autoescape=True), A.aliases.icontains(needle, autoescape=True))
    with store.transaction() as conn:
        rows = conn.execute(select(A.actor_id, A.name, A.aliases).where(rough).order_by(A.name, A.actor_id)).all()
    return [r.actor_id for r in rows if name_matches(needle, [r.name, *json.loads(r.aliases)])]


def actor_index(store: Store, query: str = "", limit: int = 50, offset: int = 0) -> tuple[list[dict], int]:
    """One page of actors (all, or those `matching_actor_ids` finds for `query`), most events first, then by
    name, each with its id, name, type, country, aliases (list) and `events` (events it is the source or target
    of); and how many actors match in all."""
    ids = matching_actor_ids(store, query) if query.strip() else None
    rows_query = select(A.actor_id, A.name, A.actor_type, A.country, A.aliases)
    if ids is not None:
        rows_query = rows_query.where(A.actor_id.in_(ids))
    events: dict[str, int] = {}
    with store.transaction() as conn:
        actors = [dict(r) for r in conn.execute(rows_query).mappings()]
        for side in (E.source, E.target):  # each side by its own index: no scan of the whole table
            counted = select(side, func.count()).where(side.is_not(None)).group_by(side)
            if ids is not None:
                counted = counted.where(side.in_(ids))
            for actor_id, n in conn.execute(counted):
                events[actor_id] = events.get(actor_id, 0) + n
    for actor in actors:
        actor["events"] = events.get(actor["actor_id"], 0)
        actor["aliases"] = json.loads(actor["aliases"])
    actors.sort(key=lambda a: (-a["events"], a["name"], a["actor_id"]))
    return actors[offset:offset + limit], len(actors)


@dataclass(frozen=True)
class ActorMatch:
    """What one name given to an actor filter was read as: `actor_id` None when nothing in the ledger answers
    to `term`; `others`: further actors the name fits, which lost to `actor_id` on mentions."""

    term: str
    actor_id: str | None
    name: str | None = None
    others: tuple[str, ...] = ()

    def note(self) -> str:
        """One line for the page: 'Putin: Vladimir Putin (vladimir-putin)', or why nothing matched."""
        if self.actor_id is None:
            return f"no actor named {self.term!r}; see /actors"
        found = f"{self.name} ({self.actor_id})" if self.name else self.actor_id
        also = f"; also fits {', '.join(self.others)}" if self.others else ""
        return f"{self.term}: {found}{also}"


def resolve_actor(store: Store, term: str) -> ActorMatch:
    """Read a name as an actor, the same way for every filter: an actor id as it is; else actors whose name
    or an alias is `term` (any case); else the state whose ISO 3166-1 alpha-3 code, name or variant (the
    registry's ``actors/data/states.psv``) `term` is, whether or not the ledger holds a row for it ('KOR',
    'South Korea', 'ROK'); else those with a word of their name or an alias starting with it (as
    `matching_actor_ids`: 'Putin' finds Vladimir Putin, 'Xi' Xi Jinping). Among several the most mentioned
    wins (then the first id). A term no actor answers to but that events or actors name as a side or a
    country (a state's code such as 'CHN' the ledger never names itself) is kept as an id; anything else
    gives ActorMatch(term, None). Aliases are the stored ones, corrections (`actors alias`) included."""
    term = term.strip()
    folded = term.casefold()
    with store.transaction() as conn:
        exact = conn.execute(select(A.actor_id, A.name).where(A.actor_id == term)).first()
        if exact:
            return ActorMatch(term, exact.actor_id, exact.name)
        named = conn.execute(select(A.actor_id, A.name, A.aliases).where(or_(
            func.lower(A.name) == folded, A.aliases.icontains(json.dumps(term)[1:-1], autoescape=True)))).all()
    ids = [r.actor_id for r in named if r.name.casefold() == folded or folded in (a.casefold() for a in json.loads(r.aliases))]
    state = state_named(term)
    if not ids and state:  # the state, though the ledger has no row for it: the roll-up finds its bodies and people
        return ActorMatch(term, *state)
    ids = ids or matching_actor_ids(store, term)
    if not ids:
        return ActorMatch(term, term if _names_a_unit(store, term) else None)
    with store.transaction() as conn:
        mentions = dict(conn.execute(select(M.actor_id, func.count()).where(M.actor_id.in_(ids)).group_by(M.actor_id)).all())
        names = dict(conn.execute(select(A.actor_id, A.name).where(A.actor_id.in_(ids))).all())
    ranked = sorted(ids, key=lambda i: (-mentions.get(i, 0), i))
    return ActorMatch(term, ranked[0], names[ranked[0]], tuple(ranked[1:]))


def _names_a_unit(store: Store, term: str) -> bool:
    """Does some actor stand for `term` (its country, or an office of it), or some event name it as a side?"""
    with store.transaction() as conn:
        return any(conn.execute(select(1).where(clause).limit(1)).first() for clause in (
            A.country == term, A.roles.contains(json.dumps(term), autoescape=True), E.source == term, E.target == term))


def state_named(term: str) -> tuple[str, str] | None:
    """(ISO3, name) of the state whose code (in capitals, as ids are written) or name or variant (any case)
    `term` is, by the registry's list of states; None for anything else."""
    return _states().get(term) or _states().get(term.casefold())


@lru_cache(maxsize=1)
def _states() -> dict[str, tuple[str, str]]:
    """ISO3 code, and each casefolded name and variant -> (ISO3, name), from ``actors/data/states.psv``."""
    states = {}
    for iso, name, variants, _adjectives, _capitals in data_rows(DATA / "states.psv"):
        states[iso] = (iso, name)
        for known in [name, *split_list(variants)]:
            states.setdefault(known.casefold(), (iso, name))
    return states
