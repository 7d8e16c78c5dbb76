"""Store stage: the ledger database (SQLite by default, PostgreSQL by URL), one transaction per document."""

from __future__ import annotations

import functools
import json
import logging
import operator
import os
import re
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import fields
from datetime import date, datetime, timezone

from sqlalchemy import bindparam, create_engine, event, func, insert, make_url, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from newsledger.actors import Correction
from newsledger.errors import LedgerError, LedgerLocked, NewsledgerError, RefusedByLedger
from newsledger.ingest import Article
from newsledger.ingest.article import READ
from newsledger.store import changes, copies, migrations, parses, resolutions, schema, versions
from newsledger.version import coder_version

__all__ = ["Store", "database_url", "schema"]

log = logging.getLogger(__name__)

# How long SQLite waits for another process's write lock before reporting "locked" (its own
# busy handler retries meanwhile), and the pauses before each whole-operation retry after that:
# at most 4 tries, about half a minute, before giving up.
BUSY_TIMEOUT_MS = 5000
LOCK_RETRY_PAUSES_S = (1.0, 2.0, 4.0)


def database_url(db: str) -> str:
    """A SQLAlchemy URL for a path or URL (postgresql://…, sqlite:///…)."""
    return db if "://" in db else f"sqlite:///{db}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # First, so that every statement after it (journal_mode included) waits for a lock, not fails.
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets readers (the web app) work during ingest; NORMAL sync keeps every committed
    # document through a crash of newsledger itself, at a fraction of FULL's fsync cost.
    _use_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _use_wal(cursor) -> None:
    """Switch the database to WAL, which then persists in the file. The switch takes an exclusive
    lock, and when several processes open a new ledger at once SQLite may refuse it at once
    rather than wait (SQLITE_BUSY despite busy_timeout): try again shortly, by when another
    process has usually switched it."""
    for pause in (0.05, 0.1, 0.2, 0.4, 0.8):
        if cursor.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
            return
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if e.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY:
                raise
            time.sleep(pause)
    cursor.execute("PRAGMA journal_mode=WAL")  # the last try: its error says what is wrong


def _retry_when_locked(method):
    """Run a one-transaction Store method again while the ledger is locked by another process,
    pausing LOCK_RETRY_PAUSES_S between tries; the last try's LedgerLocked propagates."""

    @functools.wraps(method)
    def retrying(self, *args, **kwargs):
        for pause in LOCK_RETRY_PAUSES_S:
            try:
                return method(self, *args, **kwargs)
            except LedgerLocked:
                log.warning("%s: database is locked, retrying in %g s", self.where, pause)
                time.sleep(pause)
        return method(self, *args, **kwargs)

    return retrying


# What a database error means for the person running newsledger, by the driver's code:
# SQLite primary result codes (https://www.sqlite.org/rescode.html) and PostgreSQL SQLSTATEs
# (PostgreSQL manual, appendix A "PostgreSQL Error Codes").
_SQLITE_KINDS = {
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_READONLY: "read-only",
    sqlite3.SQLITE_PERM: "permission",
    sqlite3.SQLITE_AUTH: "permission",
    sqlite3.SQLITE_CANTOPEN: "cannot open",
    sqlite3.SQLITE_NOTADB: "not a ledger",
    sqlite3.SQLITE_CORRUPT: "damaged",
}
_POSTGRES_KINDS = {
    "55P03": "locked",  # lock_not_available
    "40P01": "locked",  # deadlock_detected
    "40001": "locked",  # serialization_failure
    "53100": "full",  # disk_full
    "25006": "read-only",  # read_only_sql_transaction
    "42501": "permission",  # insufficient_privilege
    "28000": "permission",  # invalid_authorization_specification
    "28P01": "permission",  # invalid_password
}


def _error_kind(error: DBAPIError) -> str | None:
    code = getattr(error.orig, "sqlite_errorcode", None)
    if code is not None:
        return _SQLITE_KINDS.get(code & 0xFF)  # the extended code's low byte is the primary code
    return _POSTGRES_KINDS.get(getattr(error.orig, "sqlstate", None))


class Store:
    """The ledger database. `create=False` refuses to make a new one (for read-only commands).

    Several processes may open, create and write one ledger at once: the schema is created and
    migrated under a lock, SQLite write transactions begin IMMEDIATE (they take the write lock
    before reading, so a check-then-insert cannot interleave), and a document another process
    stored first counts as already there. Raises LedgerError when the database cannot be used.
    """

    def __init__(self, db: str, create: bool = True, echo: bool = False):
        self.url = database_url(db)
        # Messages name the ledger as the person gave it, less any password in a URL.
        self.where = make_url(self.url).render_as_string(hide_password=True) if "://" in db else db
        if self.url.startswith("sqlite:///"):
            path = self.url[len("sqlite:///") :]
            if not create and not os.path.exists(path):
                raise LedgerError(f"{db}: no ledger here; run `newsledger ingest --db {db} PATH…` first")
            if create and os.path.dirname(path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
        self.engine: Engine = create_engine(self.url, echo=echo)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._migrate()

    @_retry_when_locked
    def _migrate(self) -> None:
        # Most opens find the latest schema: check it without the write lock, so that opening a
        # ledger never waits for a writer; only creating or migrating takes the lock.
        with self.transaction() as conn:
            if not migrations.needs_migration(conn, self.where):
                return
        with self.transaction(write=True) as conn:
            migrations.migrate(conn, self.where)

    @contextmanager
    def transaction(self, write: bool = False):
        """One transaction; database errors become a LedgerError that says how to fix them
        (LedgerLocked when another process holds the lock, RefusedByLedger when the database
        refuses a row). `write=True` on SQLite takes the write lock at the start (BEGIN
        IMMEDIATE): what the transaction reads cannot change before it writes."""
        try:
            with self.engine.connect() as conn, conn.begin():
                if write and conn.dialect.name == "sqlite":
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                yield conn
        except DBAPIError as e:
            raise self._explain(e) from e

    def _explain(self, error: DBAPIError) -> LedgerError:
        where, kind = self.where, _error_kind(error)
        reason = " ".join(str(error.orig).split())  # PostgreSQL adds DETAIL lines; messages are one line
        if kind == "locked":
            return LedgerLocked(f"{where}: database is locked by another process; wait for it to finish, then re-run")
        if kind == "full":
            return LedgerError(f"{where}: disk full; free space on the disk that holds the ledger or choose another "
                               "--db, then re-run (documents stored so far are kept)")
        if kind == "read-only":
            return LedgerError(f"{where}: permission denied: the database is read-only; fix its permissions or choose another --db")
        if kind == "permission":
            return LedgerError(f"{where}: permission denied ({reason}); grant this user access or choose another --db")
        if kind == "cannot open":
            return LedgerError(f"{where}: cannot open the database file; check that its folder exists and is writable")
        if kind == "not a ledger":
            return LedgerError(f"{where}: not a newsledger ledger (not a database file); choose another --db")
        if kind == "damaged":
            return LedgerError(f"{where}: the database file is damaged ({reason}); restore it from a backup or choose another --db")
        if isinstance(error, (IntegrityError, DataError)):
            return RefusedByLedger(f"{where}: the database refused a row ({reason})")
        return LedgerError(f"{where}: database error: {reason}")

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self.transaction() as conn:
            return conn.execute(_document_exists(), {"doc_id": doc_id}).first() is not None

    @_retry_when_locked
    def save(self, analysis, signature: bytes | None = None, copy_of: str | None = None) -> bool:
        """Store one analysed document with all its records; False if it was already there, also
        when another process stored it a moment ago. RefusedByLedger when the database refuses a
        row (nothing of the document is stored then). `signature` is the document's MinHash
        (newsledger.ingest.duplicates), kept to find later copies of it; with `copy_of` (the
        original's doc_id) the document is a near-duplicate, stored unanalysed and with no records."""
        with self.transaction(write=True) as conn:
            row = self._document_row(conn, analysis)
            if copy_of:
                row.update(copy_of=copy_of, analysed=False)
            if conn.execute(_insert_new_document(conn.dialect.name), row).first() is None:
                return False
            self._insert_records(conn, analysis)
            if signature is not None:
                conn.execute(_insert(schema.minhashes), {"doc_id": row["doc_id"], "signature": signature})
        return True

    def make_current(self, article: Article) -> bool:
        """Make the stored document with `article`'s text the current version of the page or file it was
        read from again, when a later version supersedes it (an edit reverted: `versions.make_current`);
        True when it did. An article from another page or file, or one current already, changes nothing
        and takes no write lock."""
        d = schema.documents.c
        with self.transaction() as conn:
            superseded = conn.scalar(select(versions.superseded_by(d.doc_id))
                                     .where(d.doc_id == article.doc_id, d.version_key == article.version_key))
        if superseded is None:
            return False
        return self._make_current(article)

    @_retry_when_locked
    def _make_current(self, article: Article) -> bool:
        with self.transaction(write=True) as conn:
            return versions.make_current(conn, article.doc_id, article.version_key, _now())

    def signatures(self) -> list[tuple[str, bytes, str | None, str | None]]:
        """Every stored MinHash as (doc_id, signature, copy_of, version_key), oldest document first:
        what `duplicates.CopyFinder` starts from."""
        m, d = schema.minhashes.c, schema.documents.c
        with self.transaction() as conn:
            return [tuple(row) for row in conn.execute(select(m.doc_id, m.signature, d.copy_of, d.version_key)
                                                       .join(schema.documents, d.doc_id == m.doc_id)
                                                       .order_by(d.ingested_at, d.doc_id))]

    def unsigned_documents(self) -> list[str]:
        """Ids of documents with no MinHash: stored before signatures were kept, or in bulk (`save_many`)."""
        m, d = schema.minhashes.c, schema.documents.c
        with self.transaction() as conn:
            return list(conn.scalars(select(d.doc_id).outerjoin(schema.minhashes, m.doc_id == d.doc_id)
                                     .where(m.doc_id.is_(None)).order_by(d.doc_id)))

    def texts(self, doc_ids: list[str]) -> list[tuple[str, str]]:
        """(doc_id, cleaned body) of each of these documents that is stored."""
        d = schema.documents.c
        with self.transaction() as conn:
            return [tuple(row) for row in conn.execute(select(d.doc_id, d.text).where(d.doc_id.in_(doc_ids)))]

    @_retry_when_locked
    def put_signatures(self, signatures: list[tuple[str, bytes]]) -> None:
        """Store MinHashes as (doc_id, signature) for documents that have none (one already there stays)."""
        if signatures:
            with self.transaction(write=True) as conn:
                conn.execute(_insert_new(conn, schema.minhashes), [{"doc_id": i, "signature": s} for i, s in signatures])

    @_retry_when_locked
    def save_many(self, analyses) -> int:
        """Store analysed documents as `save` does, all in one transaction (a bulk load: one commit
        instead of one per document); returns how many were new. Nothing is stored when a row is refused."""
        saved = 0
        with self.transaction(write=True) as conn:
            for analysis in analyses:
                if conn.execute(_insert_new_document(conn.dialect.name), self._document_row(conn, analysis)).first() is not None:
                    self._insert_records(conn, analysis)
                    saved += 1
        return saved

    def _insert_records(self, conn: Connection, analysis) -> None:
        """The analysis's new actors, every record row (stamped with the coder_version that made it)
        and its parse, inside the caller's transaction."""
        stamp = _provenance(analysis)
        self._save_actors(conn, analysis.actors.values(), stamp)
        for table, rows in record_rows(analysis).items():
            if rows:
                conn.execute(_insert(table), [{**row, **stamp} for row in rows] if "coder_version" in table.c else rows)
        if analysis.parse is not None:
            parses.add_parse(conn, analysis.article.doc_id, analysis.parse_model, analysis.parse)  # a new document's

    def _document_row(self, conn: Connection, analysis) -> dict:
        article = analysis.article
        previous = versions.current_version(conn, article.version_key)
        return {
            "doc_id": article.doc_id,
            "source": article.source,
            "url": article.url,
            "version_key": article.version_key,
            "previous_id": previous,
            "title": article.title,
            "authors": json.dumps(article.authors),
            "published": analysis.published,
            "published_reason": analysis.published_reason,
            "published_latest": analysis.published_latest,
            "outlet": article.outlet,
            "dateline": article.dateline,
            "language": article.language,
            "analysed": analysis.analysed,
            "raw": article.raw,
            "text": article.text,
            "references": json.dumps(article.references),
            "warnings": json.dumps(article.warnings),
            "ingested_at": _now(),
            "stale": False,
            **_provenance(analysis),
        }

    def _save_actors(self, conn: Connection, actors, stamp: dict) -> None:
        # Stored actors stay as they are. Sorted, so that two PostgreSQL runs adding the same
        # new actors lock their keys in one order and wait for each other instead of deadlocking.
        rows = [{**actor_row(a), **stamp} for a in sorted(actors, key=lambda a: a.actor_id)]
        if rows:
            conn.execute(_insert_new(conn, schema.actors), rows)

    @_retry_when_locked
    def replace(self, analysis, complete: bool = True) -> None:
        """Swap a stored document's records for a new analysis of it, in one transaction.
        Forecast resolutions are a person's work and stay. Every record, and each stored actor the
        analysis names, is stamped with the analysis's coder_version (it now vouches for them); a
        record whose content is unchanged keeps its changed_at, and one that is gone leaves a
        tombstone (see `changes.swap_records`). The document is no longer stale, its coder_version
        becomes the analysis's, and its changed_at is new only when its date or one of its records
        changed (`complete=False`, for an analysis that ran only some stages, leaves its stale flag
        and coder_version as they were: the other records are as old as they were). Each resolution
        stays on the forecast that is the same prediction, however the analysis numbers the
        forecasts; one whose forecast is gone is kept, attached to none (`resolutions.follow_forecasts`)."""
        doc_id = analysis.article.doc_id
        stamp = _provenance(analysis)
        with self.transaction(write=True) as conn:
            self._save_actors(conn, analysis.actors.values(), stamp)
            named = sorted(analysis.actors)
            for start in range(0, len(named), 500):  # SQLite allows a limited number of bound parameters
                conn.execute(_restamp_actors(), {"actor_ids": named[start:start + 500], "version": stamp["coder_version"]})
            rows = record_rows(analysis)
            if analysis.stage_error is None:  # a stage that failed or did not run may only have missed a forecast
                resolutions.follow_forecasts(conn, doc_id, rows[schema.forecasts], self.where)
            changed = changes.swap_records(conn, doc_id, rows, stamp)
            if analysis.parse is not None:
                parses.put_parse(conn, doc_id, analysis.parse_model, analysis.parse)
            dated = {"published": analysis.published, "published_reason": analysis.published_reason,
                     "published_latest": analysis.published_latest}
            d = schema.documents.c
            stored = conn.execute(select(d.published, d.published_reason, d.published_latest, d.coder_version, d.stale)
                                  .where(d.doc_id == doc_id)).mappings().one()
            values = dict(dated)
            if changed or {key: stored[key] for key in dated} != dated:
                values["changed_at"] = stamp["changed_at"]
            if complete:
                values.update(coder_version=stamp["coder_version"], stale=False)
            # A document's row holds its whole text: rewriting it unchanged would cost most of a recode's writes.
            if "changed_at" in values or any(stored[key] != value for key, value in values.items()):
                conn.execute(schema.documents.update().where(d.doc_id == doc_id).values(**values))

    def stored_article(self, doc_id: str) -> Article:
        """A stored document as ingest made it, to analyse again: a date inferred from its own text is
        dropped (the analysis infers it again), one inferred from other documents is kept with its range
        (`docs infer-dates`: its own text cannot give it back)."""
        return self.stored_articles([doc_id])[doc_id]

    def stored_articles(self, doc_ids: list[str]) -> dict[str, Article]:
        """{doc_id: `stored_article(doc_id)`} for up to 500 stored documents, read in one query (a
        recode reads a batch at a time)."""
        with self.transaction() as conn:
            rows = conn.execute(select(schema.documents).where(schema.documents.c.doc_id.in_(doc_ids))).mappings().all()
        return {row["doc_id"]: _stored_article(row) for row in rows}

    # --- actor corrections -------------------------------------------------------------------

    @_retry_when_locked
    def add_correction(self, op: str, actor_id: str, surface: str | None = None, other: str | None = None,
                       entry: str | None = None) -> None:
        with self.transaction(write=True) as conn:
            conn.execute(insert(schema.actor_corrections).values(
                op=op, actor_id=actor_id, surface=surface, other=other, entry=entry, at=_now()))

    def corrections(self) -> list[Correction]:
        """Every correction, oldest first: the order they are replayed in."""
        table = schema.actor_corrections
        with self.transaction() as conn:
            rows = conn.execute(select(table.c.op, table.c.actor_id, table.c.surface, table.c.other, table.c.entry)
                                .order_by(table.c.id)).all()
        return [Correction(*row) for row in rows]

    def documents_touched(self, surfaces: list[str], actor_ids: list[str]) -> list[str]:
        """Analysed documents whose text holds one of the surface forms or whose records name one of the actors
        (a mention, an event's side, which may be described rather than named, a quote's speaker or a forecaster)."""
        d, m, e, q, f = schema.documents, schema.mentions, schema.events, schema.quotes, schema.forecasts
        found = set()
        with self.transaction() as conn:
            for surface in surfaces:
                found |= set(conn.scalars(select(d.c.doc_id).where(d.c.analysed, d.c.text.contains(surface, autoescape=True))))
            naming = ((m, m.c.actor_id), (e, e.c.source), (e, e.c.target), (q, q.c.speaker), (f, f.c.forecaster))
            for table, column in naming if actor_ids else ():
                found |= set(conn.scalars(select(table.c.doc_id).where(column.in_(actor_ids)).distinct()))
        return sorted(found)

    @_retry_when_locked
    def put_actors(self, actors, removed=()) -> None:
        """Write actors' rows as given (a corrected name, country or code) and drop merged-away ones,
        leaving a tombstone for each; an unchanged row keeps its changed_at (`changes.put_actors`)."""
        with self.transaction(write=True) as conn:
            stamp = {"coder_version": coder_version(), "changed_at": _now()}
            changes.put_actors(conn, [actor_row(a) for a in actors], removed, stamp)

    @_retry_when_locked
    def save_rejected(self, source: str, reason: str) -> None:
        with self.transaction(write=True) as conn:
            conn.execute(insert(schema.rejects).values(source=source, reason=reason, at=_now()))

    @_retry_when_locked
    def delete_document(self, doc_id: str) -> None:
        """Delete a document and its records, leaving tombstones for them (`changes.bury_document`).
        Its near-duplicate copies stay, the oldest becoming the original (`copies.promote_copies`);
        its forecasts' resolutions stay, keeping what each forecast said (`resolutions.keep_before_removal`)."""
        with self.transaction(write=True) as conn:
            resolutions.keep_before_removal(conn, doc_id)
            copies.promote_copies(conn, doc_id, _now())
            changes.bury_document(conn, doc_id, _now())

    # --- reading -------------------------------------------------------------------------------

    def document(self, doc_id: str, prefix: bool = True) -> dict:
        """One document (by id, or by unique id prefix unless `prefix` is False) with its sentences,
        every record read from it and its near-duplicate `copies` ([{"doc_id", "outlet", "title",
        "url"}], oldest first; a copy's own `copy_of` names its original, whose records stand for it),
        `superseded_by`: the id of the later version naming it as `previous_id`, None when it is current, and
        for a copy `original_superseded_by`: its original's `superseded_by` (a copy stays linked to the version
        whose text it copies, `versions`).
        '%' and '_' in the id are plain characters, not wildcards."""
        d = schema.documents.c
        wanted = d.doc_id.startswith(doc_id, autoescape=True) if prefix else d.doc_id == doc_id
        with self.transaction() as conn:
            matches = conn.execute(select(schema.documents, *versions.links()).where(wanted).limit(2)).mappings().all()
            if len(matches) != 1:
                found = "no document" if not matches else "more than one document"
                raise NewsledgerError(f"{found} with id {doc_id!r}; list ids with `newsledger docs`")
            doc = dict(matches[0])
            for key in ("authors", "references", "warnings"):
                doc[key] = json.loads(doc[key])
            for table in schema.RECORD_TABLES:
                rows = conn.execute(select(table).where(table.c.doc_id == doc["doc_id"])).mappings().all()
                doc[table.name] = [dict(r) for r in rows]
            doc["copies"] = [dict(r) for r in conn.execute(select(d.doc_id, d.outlet, d.title, d.url).where(
                d.copy_of == doc["doc_id"]).order_by(d.ingested_at, d.doc_id)).mappings()]
            resolved = {r.forecast_id: r.outcome for r in conn.execute(select(schema.resolutions).where(
                schema.resolutions.c.forecast_id.in_([f["forecast_id"] for f in doc["forecasts"]])))}
        for forecast in doc["forecasts"]:
            forecast["actors"] = json.loads(forecast["actors"])
            forecast["resolution"] = resolved.get(forecast["forecast_id"])
        return doc

    def counts(self) -> dict[str, int]:
        """Rows per table, and after documents how many of them are near-duplicate `copies` (not analysed)."""
        with self.transaction() as conn:
            found = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in _COUNTED}
            copies = conn.execute(select(func.count()).where(schema.documents.c.copy_of.is_not(None))).scalar_one()
        return {"documents": found.pop("documents"), "copies": copies, **found}


def _provenance(analysis) -> dict:
    """The coder_version that made an analysis and the time it is stored (schema.PROVENANCE_COLUMNS)."""
    return {"coder_version": analysis.coder_version, "changed_at": _now()}


def _insert_new(conn: Connection, table):
    """INSERT … ON CONFLICT (primary key) DO NOTHING, in the connection's dialect: a row whose key
    is already stored, perhaps by another process a moment ago, is left as it is. (Add RETURNING
    to learn which rows went in: psycopg reports no rowcount for it.)"""
    return _insert_new_statement(conn.dialect.name, table)


# Statements built once per table: building one costs more than running it for a document's rows.
@functools.lru_cache(maxsize=None)
def _insert_new_statement(dialect_name: str, table):
    dialect = postgresql if dialect_name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing(index_elements=list(table.primary_key))


@functools.lru_cache(maxsize=None)
def _insert_new_document(dialect_name: str):
    return _insert_new_statement(dialect_name, schema.documents).returning(schema.documents.c.doc_id)


@functools.lru_cache(maxsize=None)
def _insert(table):
    return insert(table)


@functools.lru_cache(maxsize=1)
def _document_exists():
    return select(schema.documents.c.doc_id).where(schema.documents.c.doc_id == bindparam("doc_id"))


@functools.lru_cache(maxsize=1)
def _restamp_actors():
    """Stamp the actors `actor_ids` (a list) with coder_version `version`: only rows that differ, since
    rewriting an unchanged row still writes its page."""
    a = schema.actors.c
    return (schema.actors.update()
            .where(a.actor_id.in_(bindparam("actor_ids", expanding=True)), a.coder_version.is_distinct_from(bindparam("version")))
            .values(coder_version=bindparam("version")))


_COUNTED = (schema.documents, schema.sentences, schema.actors, schema.mentions, schema.timexes, schema.events, schema.quotes, schema.forecasts, schema.rejects)


def _fields(record) -> dict:
    """A record dataclass's fields as a new dict whose values are not copied (``dataclasses.asdict``
    deep-copies each value, which took a third of the store's time); rows only read them."""
    names, read = _field_reader(type(record))
    return dict(zip(names, read(record)))


@functools.lru_cache(maxsize=None)
def _field_reader(cls) -> tuple[tuple[str, ...], operator.attrgetter]:
    """The field names of a record class and one getter of all their values (a tuple: every record class has
    two fields or more), built once per class."""
    names = tuple(f.name for f in fields(cls))
    return names, operator.attrgetter(*names)


# The end of a published_reason written by `docs infer-dates` (newsledger.analysis.docdates), which dated the
# document from other documents' events: a later analysis of its own text keeps that date.
LEDGER_MARK = "dated from the ledger by docs infer-dates"
DATELINE_DAY = re.compile(r"the dateline's day \((\d{2}-\d{2})\)")
# The read day a year-less dateline's day was dated by (timex.dateline_day_in), and which day that was.
READ_DAY = re.compile(r"the dateline's day \(\d{2}-\d{2}\) in the latest year not after (\d{4}-\d{2}-\d{2}) \(the day ([^)]+)\)")


def from_ledger(reason: str | None) -> bool:
    """Whether a document's published_reason says `docs infer-dates` dated it from other documents."""
    return bool(reason) and reason.endswith(LEDGER_MARK)


def _stored_article(row) -> Article:
    """The Article of a documents row (see `Store.stored_article`)."""
    dropped = (row["published_reason"] or "").startswith("inferred") and not from_ledger(row["published_reason"])
    # the year of a dateline's day is inferred again with it (pipeline.add_timexes writes the day into the reason)
    dateline_day = DATELINE_DAY.search(row["published_reason"] or "") if dropped else None
    # The day it was read: the one its reason names (so that a recode dates it as ingest did), else its ingest day.
    read = READ_DAY.search(row["published_reason"] or "") if dropped else None
    read_day, read_why = read.groups() if read else (row["ingested_at"][:10], READ)
    return Article(source=row["source"], raw=row["raw"], text=row["text"], title=row["title"],
                   authors=json.loads(row["authors"]), published=None if dropped else row["published"],
                   published_reason=None if dropped else row["published_reason"],
                   published_latest=None if dropped else row["published_latest"], outlet=row["outlet"],
                   url=row["url"], dateline=row["dateline"], language=row["language"],
                   dateline_day=dateline_day.group(1) if dateline_day else None,
                   read_day=read_day, read_day_reason=read_why,
                   references=json.loads(row["references"]), warnings=json.loads(row["warnings"]))


def actor_row(actor) -> dict:
    row = _fields(actor)
    row["roles"] = json.dumps(row["roles"])
    row["aliases"] = json.dumps(row["aliases"])
    return row


_ISO_DATE = re.compile(r"^\d{4}(?:-W\d{2}(?=$|-WE$)|-\d{2}(?:-\d{2})?)?")


def calendar_date(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value, as the export's ISO dates allow: "2023-03-20", "2023-W12",
    "2023-W12" of the weekend "2023-W12-WE", "2023" of "2023-SP"; None for values no calendar pins down
    ("PRESENT_REF", "XXXX-WXX-1")."""
    match = _ISO_DATE.match(value or "")
    return match.group(0) if match else None


def record_rows(analysis) -> dict:
    """Rows for every record table, each carrying its evidence sentence's offsets."""
    doc_id = analysis.article.doc_id
    spans = {s.index: (s.start, s.end) for s in analysis.sentences}
    codes = {a.actor_id: a.code for a in analysis.actors.values()}

    def evidence(sentence: int, last: int | None = None) -> dict:
        start, end = spans.get(sentence, (0, 0))
        if last is not None and last in spans:
            end = spans[last][1]
        return {"doc_id": doc_id, "start": start, "end": end}

    rows = {
        schema.sentences: [{"doc_id": doc_id, "idx": s.index, "start": s.start, "end": s.end} for s in analysis.sentences],
        schema.mentions: [{"doc_id": doc_id, **_fields(m)} for m in analysis.mentions],
        schema.timexes: [{"doc_id": doc_id, **_fields(t)} for t in analysis.timexes],
        schema.events: [],
        schema.quotes: [],
        schema.forecasts: [],
    }
    for i, e in enumerate(analysis.events):
        row = {**_fields(e), **evidence(e.sentence), "event_id": f"{doc_id}-e{i}", "root": e.cameo[:2]}
        row.update(source_code=codes.get(e.source), target_code=codes.get(e.target),
                   date=calendar_date(e.date), date_end=calendar_date(e.date_end))
        row["day"] = row["date"] if row["date"] and "W" not in row["date"] else analysis.published
        rows[schema.events].append(row)
    for i, q in enumerate(analysis.quotes):
        row = _fields(q)
        row["text_start"], row["text_end"] = row.pop("start"), row.pop("end")
        row.update(evidence(q.sentence, row.pop("sentence_end")), quote_id=f"{doc_id}-q{i}")
        rows[schema.quotes].append(row)
    for i, f in enumerate(analysis.forecasts):
        row = {**_fields(f), **evidence(f.sentence), "forecast_id": f"{doc_id}-f{i}", "horizon": calendar_date(f.horizon)}
        row["actors"] = json.dumps(row["actors"])
        rows[schema.forecasts].append(row)
    return rows
