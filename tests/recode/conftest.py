"""Helpers for the recode tests: a ledger's whole content, row for row, to compare two ledgers."""

from __future__ import annotations

from sqlalchemy import select

from newsledger.store import Store, schema
from tests.store.conftest import new_postgres_url, postgres_url  # noqa: F401  the PostgreSQL server, for the tests here

# When a row was written is not what it says: left out of comparisons.
TIMESTAMPS = {"ingested_at", "changed_at", "at", "resolved_at"}
COMPARED = (schema.documents, schema.actors, *schema.RECORD_TABLES, schema.actor_corrections, schema.resolutions)


def ledger_rows(path) -> dict[str, list[tuple]]:
    """Every row of every document, actor, record, correction and resolution table, sorted, less timestamps."""
    store = Store(str(path), create=False)
    try:
        with store.transaction() as conn:
            tables = {}
            for table in COMPARED:
                rows = conn.execute(select(table)).mappings().all()
                tables[table.name] = sorted(tuple(sorted((k, repr(v)) for k, v in row.items() if k not in TIMESTAMPS and k != "id"))
                                            for row in rows)
            return tables
    finally:
        store.close()


def parse_rows(path) -> dict[str, bytes]:
    store = Store(str(path), create=False)
    try:
        with store.transaction() as conn:
            return {doc_id: bytes(data) for doc_id, data in conn.execute(select(schema.parses.c.doc_id, schema.parses.c.docbin))}
    finally:
        store.close()
