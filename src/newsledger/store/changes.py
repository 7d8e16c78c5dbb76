"""Swapping a document's records so that `changed_at` says when a record's content last changed,
and records that go away leave a tombstone (schema 5), for anyone syncing a copy of the ledger.

A record is the same one across a swap when its key is: the id of an event, quote or forecast,
the character span of a mention or timex (those have no id). Its content is every column but
`coder_version` and `changed_at`.
"""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select

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
    stamp's changed_at); a mention's or timex's record_id is its span, "start-end"."""
    changed = False
    for table, rows in new_rows.items():
        old = conn.execute(select(table).where(table.c.doc_id == doc_id)).mappings().all()
        conn.execute(delete(table).where(table.c.doc_id == doc_id))
        if table in KEYS:
            kept = {_content(table, row): row["changed_at"] for row in old}
            rows = [{**row, **stamp, "changed_at": kept.get(_content(table, row)) or stamp["changed_at"]} for row in rows]
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


def _content(table, row) -> tuple:
    return tuple(row.get(column.name) for column in table.c if column.name not in WHEN_WRITTEN)


def _key(table, row) -> str:
    return "-".join(str(row[name]) for name in KEYS[table])
