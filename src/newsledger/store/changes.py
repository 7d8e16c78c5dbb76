"""Swapping a document's records so that `changed_at` says when a record's content last changed,
and records that go away leave a tombstone (schema 5), for anyone syncing a copy of the ledger;
and reading what changed at or after a time (`export --since-change`, /api/changes).

A record is the same one across a swap when its key is: the id of an event, quote or forecast,
the character span of a mention or timex (those have no id). Its content is every column but
`coder_version` and `changed_at`. An actor's export line lists its mentions, so an actor that loses
a mention gets a new `changed_at` too (one that gains a mention is found by that mention's).

Timestamps are ISO 8601 strings in UTC to the second (Store._now), so comparing them as strings
orders them in time.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, bindparam, delete, insert, or_, select, update

from newsledger.store import schema

WHEN_WRITTEN = {"coder_version", "changed_at"}
KEYS = {
    schema.events: ("event_id",),
    schema.quotes: ("quote_id",),
    schema.forecasts: ("forecast_id",),
    schema.mentions: ("start", "end"),
    schema.timexes: ("start", "end"),
}
KINDS = {schema.events: "event", schema.quotes: "quote", schema.forecasts: "forecast",
         schema.mentions: "mention", schema.timexes: "timex"}


def swap_records(conn: Connection, doc_id: str, new_rows: dict, stamp: dict) -> bool:
    """Replace the document's rows in each table of `new_rows` ({Table: [row dict]}) inside the
    caller's transaction, and say whether any record was added, changed or removed.

    Each new row of a table with provenance gets `stamp` ({"coder_version", "changed_at"}), except
    that a row whose content equals a stored row's keeps that row's `changed_at`. A stored
    record whose key no new row has gets a tombstone (kind, record_id, doc_id, deleted_at =
    stamp's changed_at); a mention's or timex's record_id is its span, "start-end". Each actor
    that loses a mention, or whose mention changes its span or text, gets stamp's changed_at."""
    changed = False
    for table, rows in new_rows.items():
        # Plain dicts: comparing them is done in C, where a row mapping looks up each column in Python.
        stored = conn.execute(_document_rows(table), {"doc_id": doc_id})
        columns = tuple(stored.keys())
        old = [dict(zip(columns, row)) for row in stored.all()]
        if table is schema.mentions:
            _touch_actors_losing_mentions(conn, old, rows, stamp["changed_at"])
        if table in KEYS:
            kept = {_content(table, row): row["changed_at"] for row in old}
            rows = [{**row, **stamp, "changed_at": kept.get(_content(table, row)) or stamp["changed_at"]} for row in rows]
        if _same_rows(old, rows):
            continue  # a recode that changed nothing rewrites nothing: most of a recode's writes
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
        if table in KEYS:
            changed |= any(_content(table, row) not in kept for row in rows) or len(rows) != len(old)
            gone = {_key(table, row) for row in old} - {_key(table, row) for row in rows}
            if gone:
                changed = True
                conn.execute(insert(schema.tombstones), [
                    {"kind": KINDS[table], "record_id": key, "doc_id": doc_id, "deleted_at": stamp["changed_at"]}
                    for key in sorted(gone)])
        if rows:
            conn.execute(insert(table), rows)
    return changed


def bury_document(conn: Connection, doc_id: str, when: str) -> None:
    """Delete a document and its records inside the caller's transaction, leaving a tombstone for
    it and for each of its records (see `swap_records`)."""
    swap_records(conn, doc_id, {table: [] for table in schema.RECORD_TABLES}, {"changed_at": when})
    conn.execute(delete(schema.documents).where(schema.documents.c.doc_id == doc_id))
    conn.execute(insert(schema.tombstones).values(kind="document", record_id=doc_id, doc_id=doc_id, deleted_at=when))


def _touch_actors_losing_mentions(conn: Connection, old: list, new: list, when: str) -> None:
    listed = {_listed(row) for row in new}
    losing = sorted({row["actor_id"] for row in old if _listed(row) not in listed})
    if losing:  # sorted: concurrent writers lock actors in one order
        conn.execute(update(schema.actors).where(schema.actors.c.actor_id.in_(losing)).values(changed_at=when))


def _listed(mention) -> tuple:
    """A mention as its actor's export line lists it."""
    return mention["actor_id"], mention["start"], mention["end"], mention["text"]


def put_actors(conn: Connection, rows: list[dict], removed, stamp: dict) -> None:
    """Write actors' rows (`rows`, without provenance) inside the caller's transaction, stamped with
    `stamp` ({"coder_version", "changed_at"}) except that a row equal to the stored one keeps its
    changed_at; delete the `removed` actor ids, leaving a tombstone (kind "actor", no doc_id) for each
    one that was stored."""
    a = schema.actors
    ids = [*removed, *(row["actor_id"] for row in rows)]
    stored = {row["actor_id"]: row for row in conn.execute(select(a).where(a.c.actor_id.in_(ids))).mappings()}
    conn.execute(delete(a).where(a.c.actor_id.in_(ids)))
    rows = [{**row, **stamp} for row in rows]
    for row in rows:
        old = stored.get(row["actor_id"])
        if old is not None and _content(a, old) == _content(a, row):
            row["changed_at"] = old["changed_at"]
    if rows:
        conn.execute(insert(a), rows)
    gone = [{"kind": "actor", "record_id": actor_id, "doc_id": None, "deleted_at": stamp["changed_at"]}
            for actor_id in removed if actor_id in stored]
    if gone:
        conn.execute(insert(schema.tombstones), gone)


def changed_rows(conn: Connection, table, since: str, after: str | None = None):
    """Rows of `table` (documents, actors, events, quotes or forecasts) changed at or after `since`
    (an ISO timestamp as stored), ordered by id, from the id after `after` on; as mappings. A
    forecast resolved at or after `since` counts as changed: its export line carries the resolution."""
    (key,) = table.primary_key
    changed = table.c.changed_at >= since
    if table is schema.forecasts:
        r = schema.resolutions.c
        changed = or_(changed, key.in_(select(r.forecast_id).where(r.resolved_at >= since)))
    query = select(table).where(changed).order_by(key)
    if after is not None:
        query = query.where(key > after)
    return conn.execute(query).mappings()


def actors_changed(conn: Connection, since: str, after: str | None = None) -> list[str]:
    """Ids of the actors whose row, or one of whose mentions, changed at or after `since`, sorted,
    from the id after `after` on (an actor that lost a mention has a new changed_at: `swap_records`)."""
    a, m = schema.actors.c, schema.mentions.c
    ids = set(conn.scalars(select(a.actor_id).where(a.changed_at >= since)))
    ids |= set(conn.scalars(select(m.actor_id).where(m.changed_at >= since).distinct()))
    return sorted(i for i in ids if after is None or i > after)


def tombstones_since(conn: Connection, since: str, after: int | None = None):
    """Tombstones deleted at or after `since`, oldest first (by id), from the id after `after` on; as mappings."""
    t = schema.tombstones
    query = select(t).where(t.c.deleted_at >= since).order_by(t.c.id)
    if after is not None:
        query = query.where(t.c.id > after)
    return conn.execute(query).mappings()


def _same_rows(old: list[dict], new: list[dict]) -> bool:
    """Whether writing `new` would store exactly the `old` rows (dicts of every column), in order: every column
    given and equal."""
    return len(old) == len(new) and all(row == stored for row, stored in zip(new, old))


def _content(table, row) -> tuple:
    return tuple(map(row.get, _content_names(table)))


@lru_cache(maxsize=None)
def _document_rows(table):
    """A document's rows of `table` (parameter doc_id): built once, since building a statement and its
    cache key costs more than running it."""
    return select(table).where(table.c.doc_id == bindparam("doc_id"))


# Read once per table: walking a table's column collection for every row was a tenth of a recode's store time.
@lru_cache(maxsize=None)
def _column_names(table) -> tuple[str, ...]:
    return tuple(column.name for column in table.c)


@lru_cache(maxsize=None)
def _content_names(table) -> tuple[str, ...]:
    return tuple(name for name in _column_names(table) if name not in WHEN_WRITTEN)


def _key(table, row) -> str:
    return "-".join(str(row[name]) for name in KEYS[table])
