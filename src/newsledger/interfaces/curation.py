"""A person's corrections of actors: record them, then recode every document they touch (from its stored parse).

Corrections live in the ledger (table actor_corrections) and are replayed on the registry for every
later analysis, so they hold for documents ingested afterwards and survive any re-run.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from sqlalchemy import func, select

from newsledger.actors import Correction, load_registry
from newsledger.actors.hierarchy import stored_actor
from newsledger.errors import NewsledgerError
from newsledger.interfaces.recode import mark_stale, run_recode
from newsledger.records import Actor
from newsledger.store import Store, schema

if TYPE_CHECKING:  # imported where a frame is made: ingesting imports this module and needs no pandas
    import pandas as pd

ACTOR_TYPES = ("person", "state", "government", "military", "organisation", "igo", "media", "group", "other")


def list_actors(store: Store, actor_type: str | None = None, country: str | None = None,
                search: str | None = None) -> pd.DataFrame:
    """Actors with how often they are mentioned, most mentioned first."""
    a, m = schema.actors.c, schema.mentions.c
    counts = select(m.actor_id, func.count().label("mentions")).group_by(m.actor_id).subquery()
    query = (select(a.actor_id, a.name, a.actor_type, a.country, a.code, func.coalesce(counts.c.mentions, 0).label("mentions"))
             .outerjoin(counts, counts.c.actor_id == a.actor_id).order_by(func.coalesce(counts.c.mentions, 0).desc(), a.actor_id))
    if actor_type:
        query = query.where(a.actor_type == actor_type)
    if country:
        query = query.where(a.country == country.upper())
    if search:
        query = query.where(a.name.icontains(search, autoescape=True) | a.actor_id.icontains(search, autoescape=True))
    with store.transaction() as conn:
        rows = conn.execute(query).mappings().all()
    import pandas as pd

    return pd.DataFrame(rows, columns=["actor_id", "name", "actor_type", "country", "code", "mentions"], dtype=object)


def actor_detail(store: Store, actor_id: str, limit: int = 200) -> dict:
    """One actor: its row, roles, aliases and its mentions (document, text, rule, role)."""
    with store.transaction() as conn:
        row = conn.execute(select(schema.actors).where(schema.actors.c.actor_id == actor_id)).mappings().first()
        if row is None:
            raise NewsledgerError(f"no actor {actor_id!r} in the ledger; list them with `newsledger actors`")
        m = schema.mentions.c
        mentions = conn.execute(select(m.doc_id, m.start, m.end, m.text, m.why, m.role).where(m.actor_id == actor_id)
                                .order_by(m.doc_id, m.start).limit(limit)).mappings().all()
    actor = dict(row)
    actor["roles"], actor["aliases"] = json.loads(actor["roles"]), json.loads(actor["aliases"])
    actor["mentions"] = [dict(r) for r in mentions]
    return actor


def _known(store: Store, actor_id: str) -> dict | None:
    """The actor's stored row, or its registry entry; None when neither knows it."""
    with store.transaction() as conn:
        row = conn.execute(select(schema.actors).where(schema.actors.c.actor_id == actor_id)).mappings().first()
    actor = stored_actor(row) if row is not None else load_registry(corrections=tuple(store.corrections())).actors.get(actor_id)
    return None if actor is None else _entry(actor)


def _entry(actor: Actor) -> dict:
    """An actor in the shape of a registry file entry."""
    return {"id": actor.actor_id, "name": actor.name, "type": actor.actor_type, "country": actor.country,
            "code": actor.code, "affiliation": actor.affiliation, "aliases": list(actor.aliases), "roles": list(actor.roles)}


def _require(store: Store, actor_id: str) -> dict:
    entry = _known(store, actor_id)
    if entry is None:
        raise NewsledgerError(f"no actor {actor_id!r}; list them with `newsledger actors`, or define it with `actors add`")
    return entry


def _registered(store: Store, actor_id: str) -> None:
    """An actor found only in documents (a newcomer) joins the registry, so corrections can point at it."""
    entry = _require(store, actor_id)
    if actor_id not in load_registry(corrections=tuple(store.corrections())).actors:
        store.add_correction("add", actor_id, entry=json.dumps(entry))


def alias(store: Store, actor_id: str, surface: str, progress=None) -> int:
    """From now on ``surface`` means this actor, in stored documents and new ones."""
    _registered(store, actor_id)
    store.add_correction("alias", actor_id, surface=surface)
    return _reanalyse(store, [surface], [], [actor_id], (), progress)


def merge(store: Store, kept: str, merged: str, progress=None) -> int:
    """``merged`` is the same actor as ``kept``: its mentions and records move to ``kept``."""
    if kept == merged:
        raise NewsledgerError("merge needs two different actors")
    _require(store, merged)
    _registered(store, kept)
    store.add_correction("merge", kept, other=merged)
    return _reanalyse(store, [], [merged], [kept], [merged], progress)


def split(store: Store, actor_id: str, surface: str, new_id: str, name: str | None = None,
          actor_type: str | None = None, country: str | None = None, progress=None) -> int:
    """Mentions written ``surface`` are not ``actor_id`` but a new actor ``new_id``."""
    old = _require(store, actor_id)
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", new_id):
        raise NewsledgerError(f"{new_id!r} is not a usable actor id; use letters, digits, '-', '_' or '.'")
    entry = {"id": new_id, "name": name or surface, "type": actor_type or old["type"],
             "country": (country or old["country"] or "").upper() or None, "aliases": [surface]}
    store.add_correction("split", actor_id, surface=surface, other=new_id, entry=json.dumps(entry))
    return _reanalyse(store, [surface], [actor_id], [actor_id, new_id], (), progress)


def add_from_file(store: Store, path: str | Path, progress=None) -> int:
    """Actors from a YAML list (id, name, type, country, code, aliases, roles) extend or override the registry."""
    entries = read_entries(path)
    for entry in entries:
        store.add_correction("add", entry["id"], entry=json.dumps(entry, default=str))
    surfaces = [s for e in entries for s in [e.get("name") or e["id"], *(e.get("aliases") or [])]]
    return _reanalyse(store, surfaces, [], [e["id"] for e in entries], (), progress)


def _claimed_names(registry, corrections) -> dict[str, list[str]]:
    """{actor id: names corrections made mean it}: an alias's surface, and a merged actor's name and aliases,
    replayed in order so that the last correction of a name wins (as ``actors.corrections.apply`` does)."""
    owner: dict[str, str] = {}
    for c in corrections:
        if c.op in ("alias", "split") and c.surface:
            owner[c.surface] = c.other if c.op == "split" else c.actor_id
        if c.op == "merge" and c.other in registry.actors:
            merged = registry.actors[c.other]
            owner.update({name: c.actor_id for name in [merged.name, *merged.aliases]})
    claimed: dict[str, list[str]] = {}
    for name, actor_id in owner.items():
        claimed.setdefault(actor_id, []).append(name)
    return claimed


def _with_aliases(actor: Actor, names: list[str]) -> Actor:
    """`actor` listing `names` among its aliases too, so that search, `actors show` and the web's actor
    filters find it by them; the registry's own (cached) actor is left as it is."""
    extra = [n for n in names if n != actor.name and n not in actor.aliases]
    return dataclasses.replace(actor, aliases=[*actor.aliases, *extra]) if extra else actor


def read_entries(path: str | Path) -> list[dict]:
    try:
        entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise NewsledgerError(f"{path}: cannot read ({e.strerror})") from None
    except yaml.YAMLError as e:
        raise NewsledgerError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise NewsledgerError(f"{path}: expected a YAML list of actors, each with at least an id")
    for number, entry in enumerate(entries, 1):
        if not entry.get("id"):
            raise NewsledgerError(f"{path}: actor {number} has no id")
        if entry.get("type", "organisation") not in ACTOR_TYPES:
            raise NewsledgerError(f"{path}: actor {entry['id']!r} has type {entry['type']!r}; use one of {', '.join(ACTOR_TYPES)}")
    return entries


def _reanalyse(store: Store, surfaces: list[str], actor_ids: list[str], refreshed: list[str], removed, progress) -> int:
    """Recode the documents a correction touches from their stored parses, one transaction each;
    returns how many. They are marked stale first, so that a recode cut short leaves the rest for
    `recode --stale`."""
    doc_ids = store.documents_touched(surfaces, actor_ids)
    mark_stale(store, doc_ids)
    summary = run_recode(store, doc_ids, on_progress=progress)
    corrections = tuple(store.corrections())
    registry = load_registry(corrections=corrections)
    claimed = _claimed_names(registry, corrections)
    store.put_actors([_with_aliases(registry.actors[i], claimed.get(i, [])) for i in refreshed if i in registry.actors], removed)
    if summary.stopped:
        raise NewsledgerError(f"{summary.stopped}; {len(doc_ids) - summary.recoded} document(s) the correction "
                              "touches are left stale: run `newsledger recode --stale`")
    return len(doc_ids)
