"""Fixtures for the cluster tests: a Dask LocalCluster of two workers, the PostgreSQL server of
tests/store, and a ledger's records as comparable rows."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from newsledger.store import Store, schema
from tests.store.conftest import new_postgres_url, postgres_url  # noqa: F401 - fixtures used here too

RECORD_TABLES = ("documents", "sentences", "actors", "mentions", "timexes", "events", "quotes", "forecasts")
WHEN_WRITTEN = {"ingested_at", "changed_at"}  # differ between any two runs


@pytest.fixture(scope="session")
def dask_client():
    """A Client of a LocalCluster of two worker processes of one thread, as `--cluster local:2` starts."""
    from distributed import Client, LocalCluster

    from newsledger.interfaces.cluster import QUIET_SCHEDULER

    with LocalCluster(n_workers=2, threads_per_worker=1, silence_logs=logging.ERROR, **QUIET_SCHEDULER) as cluster:
        with Client(cluster) as client:
            yield client


def ledger_rows(db: str) -> dict[str, list[tuple]]:
    """Every row of each record table, sorted, less the columns saying when it was written."""
    store = Store(db, create=False)
    rows = {}
    with store.transaction() as conn:
        for name in RECORD_TABLES:
            table = schema.metadata.tables[name]
            columns = [c for c in table.c if c.name not in WHEN_WRITTEN]
            rows[name] = sorted((tuple(row) for row in conn.execute(select(*columns))), key=repr)
    store.close()
    return rows


def first_difference(got: dict[str, list[tuple]], expected: dict[str, list[tuple]]) -> str | None:
    """Where two `ledger_rows` results first differ (table, row count or column values), for a failure message."""
    for name in RECORD_TABLES:
        if len(got[name]) != len(expected[name]):
            return f"{name}: {len(got[name])} rows, expected {len(expected[name])}"
        for row, wanted in zip(got[name], expected[name]):
            if row != wanted:
                return f"{name}: {[(i, a, b) for i, (a, b) in enumerate(zip(row, wanted)) if a != b]} in {wanted[:2]}"
    return None
