"""The one roll-up rule every view counts by: an actor counts under the state (or international
organisation) it stands for on the event's date, as ``newsledger.actors.hierarchy.actor_parent`` says
(a person through the office held that day, else their nationality; a government, ministry or military
its country; a state or IGO itself). An actor that stands for no state (a company, a rebel group) counts
as itself, and so does an id the ledger's actors table does not hold.

Views select events with SQL, so the rule is also written as SQL: an actor whose roles change its parent
gets one date window per parent, cut at its roles' start and end dates (the same string comparison as
``registry.role_valid``); an undated event reads the roles held now, as ``actor_parent(actor, None)`` does.
"""

from __future__ import annotations

import json

from sqlalchemy import and_, false, or_, select

from newsledger.actors.hierarchy import actor_parent, stored_actor
from newsledger.records import Actor
from newsledger.store import Store, schema

A = schema.actors.c


class Rollup:
    """The units (states, IGOs, or actors as themselves) of one ledger's actors. With ``enabled=False``
    every actor is its own unit: the view shows actors as named."""

    def __init__(self, store: Store, enabled: bool = True):
        self.store = store
        self.enabled = enabled
        self._actors: dict[str, Actor | None] = {}

    def _actor(self, actor_id: str) -> Actor | None:
        if actor_id not in self._actors:
            with self.store.transaction() as conn:
                row = conn.execute(select(schema.actors).where(A.actor_id == actor_id)).mappings().first()
            self._actors[actor_id] = stored_actor(row) if row else None
        return self._actors[actor_id]

    def unit(self, actor_id: str | None, day: str | None) -> str | None:
        """The id `actor_id` counts under on `day` (ISO date at any precision, or None for undated)."""
        if not actor_id or not self.enabled:
            return actor_id
        actor = self._actor(actor_id)
        return (actor_parent(actor, day) if actor else None) or actor_id

    def side_is(self, side, day, unit: str):
        """SQL: the event column `side` (source or target) names an actor that counts under `unit` on the
        event's `day` column. The unit itself always matches, whatever it stands for."""
        if not self.enabled:
            return side == unit
        clauses, always = [], [unit]
        for actor in self._candidates(unit):
            windows = _windows(actor)
            parents = {parent for _, _, parent in windows}
            if parents == {unit}:
                always.append(actor.actor_id)
                continue
            for start, end, parent in windows:
                if parent == unit:
                    clauses.append(and_(side == actor.actor_id, *([day >= start] if start else []), *([day < end] if end else [])))
            if actor_parent(actor, None) == unit:
                clauses.append(and_(side == actor.actor_id, day.is_(None)))
        return or_(side.in_(sorted(set(always))), *clauses) if always or clauses else false()

    def _candidates(self, unit: str) -> list[Actor]:
        """Actors that may stand for `unit` on some date: its nationals and bodies, and holders of its offices."""
        query = select(schema.actors).where(or_(A.country == unit, A.roles.contains(json.dumps(unit), autoescape=True)))
        with self.store.transaction() as conn:
            actors = [stored_actor(r) for r in conn.execute(query).mappings()]
        for actor in actors:
            self._actors[actor.actor_id] = actor
        return actors


def _windows(actor: Actor) -> list[tuple[str | None, str | None, str | None]]:
    """(from, until, parent) spans covering all dates, `until` exclusive, None for open."""
    cuts = sorted({d for r in actor.roles for d in (r.get("start"), r.get("end")) if d})
    starts = [None, *cuts]
    ends = [*cuts, None]
    return [(s, e, actor_parent(actor, s or "0001-01-01")) for s, e in zip(starts, ends)]
