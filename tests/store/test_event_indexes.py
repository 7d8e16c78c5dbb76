"""Schema 8: covering indexes on events for facet counts and counts per pair of actors, added to an
existing schema-7 ledger when it is opened."""

from __future__ import annotations

from sqlalchemy import inspect

from newsledger.store import Store, migrations
from tests.analysis.dyad_ledger import build


def test_a_schema_7_ledger_gains_the_event_count_indexes_when_opened(tmp_path):
    path = tmp_path / "l.db"
    build(path).close()
    store = Store(str(path))
    with store.transaction(write=True) as conn:  # set back to schema 7, as a ledger made before the indexes
        conn.exec_driver_sql("DROP INDEX ix_events_facets")
        conn.exec_driver_sql("DROP INDEX ix_events_pairs")
        conn.exec_driver_sql("UPDATE newsledger_meta SET value = '7' WHERE key = 'schema_version'")
    store.close()
    store = Store(str(path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST >= 8
        names = {index["name"] for index in inspect(conn).get_indexes("events")}
        events = conn.exec_driver_sql("SELECT count(*) FROM events").scalar()
    assert {"ix_events_facets", "ix_events_pairs"} <= names
    assert events == 9  # every event is still there
