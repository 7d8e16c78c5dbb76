"""The actor index: actors found by the start of any word of their name or aliases, with their event counts."""

from __future__ import annotations

import json
import re

from sqlalchemy import func, or_, select

from newsledger.store import Store, schema

A, E = schema.actors.c, schema.events.c


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
    name, each with its id, name, type, country and `events` (events it is the source or target of); and how
    many actors match in all."""
    ids = matching_actor_ids(store, query) if query.strip() else None
    rows_query = select(A.actor_id, A.name, A.actor_type, A.country)
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
    actors.sort(key=lambda a: (-a["events"], a["name"], a["actor_id"]))
    return actors[offset:offset + limit], len(actors)
