"""The actor index: actors found by the start of any word of their name or aliases, with their event counts."""

from __future__ import annotations

import json
import re

from sqlalchemy import func, or_, select, union_all

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
    """One page of actors (all, or those `matching_actor_ids` finds for `query`), most events first, each
    with its id, name, type, country and `events` (events it is the source or target of); and how many
    actors match in all."""
    sides = union_all(select(E.source.label("actor_id")).where(E.source.is_not(None)),
                      select(E.target.label("actor_id")).where(E.target.is_not(None))).subquery()
    counts = select(sides.c.actor_id, func.count().label("events")).group_by(sides.c.actor_id).subquery()
    events = func.coalesce(counts.c.events, 0)
    query_rows = (select(A.actor_id, A.name, A.actor_type, A.country, events.label("events"))
                  .outerjoin(counts, counts.c.actor_id == A.actor_id))
    total_query = select(func.count()).select_from(schema.actors)
    if query.strip():
        ids = matching_actor_ids(store, query)
        query_rows = query_rows.where(A.actor_id.in_(ids))
        total_query = total_query.where(A.actor_id.in_(ids))
    query_rows = query_rows.order_by(events.desc(), A.name, A.actor_id).limit(limit).offset(offset)
    with store.transaction() as conn:
        return [dict(r) for r in conn.execute(query_rows).mappings()], conn.execute(total_query).scalar_one()
