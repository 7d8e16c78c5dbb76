"""Schema versions. Each migration moves a ledger one version up, inside one transaction.

Creating and migrating happen under a lock, so that several processes opening one new or old
ledger at once make or migrate its schema exactly once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, func, inspect, select

from newsledger.errors import LedgerError
from newsledger.store import schema


SQLITE_FTS = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid')",
    "CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
]
POSTGRES_FTS = [
    "CREATE INDEX ix_documents_fts ON documents USING gin (to_tsvector('english', coalesce(title, '') || ' ' || text))",
]


def create_latest(conn: Connection) -> None:
    """A new ledger: every table as the code defines it now, with full-text search."""
    schema.metadata.create_all(conn)
    for statement in SQLITE_FTS if conn.dialect.name == "sqlite" else POSTGRES_FTS:
        conn.exec_driver_sql(statement)


# Steps that bring an existing ledger from version N-1 to N: (N, description, function).
# A new ledger is made by create_latest directly. Append steps; never edit released ones.
def _add_actor_corrections(conn: Connection) -> None:
    schema.actor_corrections.create(conn)


def _add_columns(conn: Connection, table: str, columns) -> None:
    present = {c["name"] for c in inspect(conn).get_columns(table)}  # a ledger set back by hand may have some
    for name, type_ in columns:
        if name not in present:
            conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {type_.compile(dialect=conn.dialect)}")


def _add_event_places(conn: Connection) -> None:
    _add_columns(conn, "events", schema.EVENT_PLACE_COLUMNS)


def _add_readings(conn: Connection) -> None:
    _add_columns(conn, "events", schema.EVENT_READING_COLUMNS)
    _add_columns(conn, "documents", [("published_latest", schema.documents.c.published_latest.type)])
    _add_columns(conn, "forecasts", [("condition", schema.forecasts.c.condition.type)])


def _add_provenance_and_following(conn: Connection) -> None:
    for table in schema.PROVENANCE_TABLES:
        _add_columns(conn, table, schema.PROVENANCE_COLUMNS)
    _add_columns(conn, "documents", schema.DOCUMENT_FOLLOW_COLUMNS)
    for table in (schema.parses, schema.sources, schema.pages, schema.tombstones, schema.minhashes):
        table.create(conn, checkfirst=True)


def _add_gone_forecast(conn: Connection) -> None:
    _add_columns(conn, "forecast_resolutions", [("gone_forecast", schema.resolutions.c.gone_forecast.type)])


def _indexes(table, *names: str) -> Callable[[Connection], None]:
    """A migration that creates the schema's indexes `names` of `table` where they are missing."""
    def create(conn: Connection) -> None:
        for index in table.indexes:
            if index.name in names:
                index.create(conn, checkfirst=True)
    return create


MIGRATIONS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (2, "actor_corrections: a person's corrections of actors", _add_actor_corrections),
    (3, "events: the GeoNames place of each location (id, name, class, admin-1, country, lat, lon)", _add_event_places),
    (4, "events: whose commitment the status is and the rule that set the date; documents: an inferred date's range end; "
        "forecasts: the condition they hold under",
     _add_readings),
    (5, "records: coder_version and changed_at; documents: copy_of and stale; tables parses, sources, pages, "
        "tombstones and minhashes",
     _add_provenance_and_following),
    (6, "documents: an index on copy_of, to find an original's near-duplicates", _indexes(schema.documents, "ix_documents_copy_of")),
    (7, "documents: an index on previous_id, to leave superseded versions out of analysis",
     _indexes(schema.documents, "ix_documents_previous_id")),
    (8, "events: covering indexes for facet counts and counts per pair of actors",
     _indexes(schema.events, "ix_events_facets", "ix_events_pairs")),
    (9, "forecast_resolutions: the forecast a resolution judged, kept when a recode no longer finds it",
     _add_gone_forecast),
]
LATEST = 1 + len(MIGRATIONS)
VERSION_KEY = "schema_version"
# The PostgreSQL advisory lock that creating or migrating a ledger holds: any fixed 64-bit key
# that other software on the same database is unlikely to use ("newsledg" read as an integer).
SCHEMA_LOCK_KEY = int.from_bytes(b"newsledg", "big")


def current_version(conn: Connection, where: str) -> int:
    """The ledger's schema version; 0 for an empty database. Raises for a database that is not a ledger."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return 0
    if schema.meta.name not in tables:
        raise LedgerError(f"{where}: not a newsledger ledger (it has other tables); choose another --db")
    row = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == VERSION_KEY)).first()
    if row is None:
        raise LedgerError(f"{where}: ledger has no schema version; it may be damaged, choose another --db")
    return int(row[0])


def needs_migration(conn: Connection, where: str) -> bool:
    """True when the schema is older than LATEST (or absent); raises LedgerError for a ledger
    made by a newer newsledger and for a database that is not a ledger."""
    return _usable_version(conn, where) < LATEST


def _usable_version(conn: Connection, where: str) -> int:
    found = current_version(conn, where)
    if found > LATEST:
        raise LedgerError(f"{where}: made by a newer newsledger (schema {found} > {LATEST}); upgrade newsledger")
    return found


def migrate(conn: Connection, where: str) -> int:
    """Bring the schema to the latest version; returns the version found before.

    Takes the schema lock first and reads the version under it, so a process that waited for
    another's creation or migration finds it done. On PostgreSQL the lock is a transaction-scoped
    advisory lock; on SQLite the caller's transaction must have begun with BEGIN IMMEDIATE
    (Store.transaction(write=True)), which holds the database's write lock.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(SCHEMA_LOCK_KEY)))
    found = _usable_version(conn, where)
    if found == 0:
        create_latest(conn)
        _set_version(conn, LATEST)
        return found
    for version, _, apply in MIGRATIONS:
        if version > found:
            apply(conn)
            _set_version(conn, version)
    return found


def _set_version(conn: Connection, version: int) -> None:
    table = schema.meta
    if conn.execute(select(table.c.key).where(table.c.key == VERSION_KEY)).first():
        conn.execute(table.update().where(table.c.key == VERSION_KEY).values(value=str(version)))
    else:
        conn.execute(table.insert().values(key=VERSION_KEY, value=str(version)))
