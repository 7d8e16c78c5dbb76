"""Store stage: the ledger database (SQLite by default, PostgreSQL by URL), one transaction per document."""

from __future__ import annotations

import json
import os
import re
from contextlib import contextmanager
from dataclasses import asdict
from datetime import datetime, timezone

from sqlalchemy import create_engine, delete, event, func, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError

from newsledger.actors import Correction
from newsledger.errors import LedgerError, NewsledgerError
from newsledger.ingest import Article
from newsledger.store import migrations, schema

__all__ = ["Store", "database_url", "schema"]


def database_url(db: str) -> str:
    """A SQLAlchemy URL for a path or URL (postgresql://…, sqlite:///…)."""
    return db if "://" in db else f"sqlite:///{db}"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # WAL lets readers (the web app) work during ingest; NORMAL sync keeps every committed
    # document through a crash of newsledger itself, at a fraction of FULL's fsync cost.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Store:
    """The ledger database. `create=False` refuses to make a new one (for read-only commands)."""

    def __init__(self, db: str, create: bool = True, echo: bool = False):
        self.where = db
        self.url = database_url(db)
        if self.url.startswith("sqlite:///"):
            path = self.url[len("sqlite:///") :]
            if not create and not os.path.exists(path):
                raise LedgerError(f"{db}: no ledger here; run `newsledger ingest --db {db} PATH…` first")
            if create and os.path.dirname(path):
                os.makedirs(os.path.dirname(path), exist_ok=True)
        self.engine: Engine = create_engine(self.url, echo=echo)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        with self.transaction() as conn:
            migrations.migrate(conn, db)

    @contextmanager
    def transaction(self):
        """One transaction; database errors become a LedgerError that says how to fix them."""
        try:
            with self.engine.begin() as conn:
                yield conn
        except OperationalError as e:
            raise LedgerError(self._explain(e)) from e
        except DatabaseError as e:
            raise LedgerError(f"{self.where}: not a newsledger ledger ({e.orig}); choose another --db") from e

    def _explain(self, error: OperationalError) -> str:
        message = str(error.orig).lower()
        if "locked" in message or "busy" in message:
            return f"{self.where}: database is locked by another process; wait for it to finish, then re-run"
        if "readonly" in message or "read-only" in message:
            return f"{self.where}: database is read-only; fix its permissions or choose another --db"
        if "unable to open" in message:
            return f"{self.where}: cannot open the database file; check that its folder exists and is writable"
        return f"{self.where}: database error: {error.orig}"

    def close(self) -> None:
        self.engine.dispose()

    # --- writing -------------------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        with self.transaction() as conn:
            return conn.execute(select(schema.documents.c.doc_id).where(schema.documents.c.doc_id == doc_id)).first() is not None

    def save(self, analysis) -> bool:
        """Store one analysed document with all its records; False if it was already there."""
        article = analysis.article
        with self.transaction() as conn:
            if conn.execute(select(schema.documents.c.doc_id).where(schema.documents.c.doc_id == article.doc_id)).first():
                return False
            conn.execute(insert(schema.documents).values(**self._document_row(conn, analysis)))
            self._insert_records(conn, analysis)
        return True

    def _insert_records(self, conn: Connection, analysis) -> None:
        """The analysis's new actors and every record row, inside the caller's transaction."""
        self._save_actors(conn, analysis.actors.values())
        for table, rows in record_rows(analysis).items():
            if rows:
                conn.execute(insert(table), rows)

    def _document_row(self, conn: Connection, analysis) -> dict:
        article = analysis.article
        previous = conn.execute(
            select(schema.documents.c.doc_id)
            .where(schema.documents.c.version_key == article.version_key)
            .order_by(schema.documents.c.ingested_at.desc())
        ).first()
        return {
            "doc_id": article.doc_id,
            "source": article.source,
            "url": article.url,
            "version_key": article.version_key,
            "previous_id": previous[0] if previous else None,
            "title": article.title,
            "authors": json.dumps(article.authors),
            "published": analysis.published,
            "published_reason": analysis.published_reason,
            "outlet": article.outlet,
            "dateline": article.dateline,
            "language": article.language,
            "analysed": analysis.analysed,
            "raw": article.raw,
            "text": article.text,
            "references": json.dumps(article.references),
            "warnings": json.dumps(article.warnings),
            "ingested_at": _now(),
        }

    def _save_actors(self, conn: Connection, actors) -> None:
        actors = list(actors)
        if not actors:
            return
        ids = [a.actor_id for a in actors]
        known = {r[0] for r in conn.execute(select(schema.actors.c.actor_id).where(schema.actors.c.actor_id.in_(ids)))}
        rows = [actor_row(a) for a in actors if a.actor_id not in known]
        if rows:
            conn.execute(insert(schema.actors), rows)

    def replace(self, analysis) -> None:
        """Swap a stored document's records for a new analysis of it, in one transaction.
        Forecast resolutions are a person's work and stay."""
        doc_id = analysis.article.doc_id
        with self.transaction() as conn:
            for table in schema.RECORD_TABLES:
                conn.execute(delete(table).where(table.c.doc_id == doc_id))
            conn.execute(schema.documents.update().where(schema.documents.c.doc_id == doc_id).values(
                published=analysis.published, published_reason=analysis.published_reason))
            self._insert_records(conn, analysis)

    def stored_article(self, doc_id: str) -> Article:
        """A stored document as ingest made it, to analyse again."""
        with self.transaction() as conn:
            row = conn.execute(select(schema.documents).where(schema.documents.c.doc_id == doc_id)).mappings().one()
        inferred = (row["published_reason"] or "").startswith("inferred")
        return Article(source=row["source"], raw=row["raw"], text=row["text"], title=row["title"],
                       authors=json.loads(row["authors"]), published=None if inferred else row["published"],
                       published_reason=None if inferred else row["published_reason"], outlet=row["outlet"],
                       url=row["url"], dateline=row["dateline"], language=row["language"],
                       references=json.loads(row["references"]), warnings=json.loads(row["warnings"]))

    # --- actor corrections -------------------------------------------------------------------

    def add_correction(self, op: str, actor_id: str, surface: str | None = None, other: str | None = None,
                       entry: str | None = None) -> None:
        with self.transaction() as conn:
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
        """Analysed documents whose text holds one of the surface forms or that mention one of the actors."""
        d, m = schema.documents, schema.mentions
        found = set()
        with self.transaction() as conn:
            for surface in surfaces:
                found |= set(conn.scalars(select(d.c.doc_id).where(d.c.analysed, d.c.text.contains(surface, autoescape=True))))
            if actor_ids:
                found |= set(conn.scalars(select(m.c.doc_id).where(m.c.actor_id.in_(actor_ids)).distinct()))
        return sorted(found)

    def put_actors(self, actors, removed=()) -> None:
        """Write actors' rows as given (a corrected name, country or code) and drop merged-away ones."""
        with self.transaction() as conn:
            for actor_id in [*removed, *(a.actor_id for a in actors)]:
                conn.execute(delete(schema.actors).where(schema.actors.c.actor_id == actor_id))
            rows = [actor_row(a) for a in actors]
            if rows:
                conn.execute(insert(schema.actors), rows)

    def save_rejected(self, source: str, reason: str) -> None:
        with self.transaction() as conn:
            conn.execute(insert(schema.rejects).values(source=source, reason=reason, at=_now()))

    def delete_document(self, doc_id: str) -> None:
        with self.transaction() as conn:
            for table in schema.RECORD_TABLES:
                conn.execute(delete(table).where(table.c.doc_id == doc_id))
            conn.execute(delete(schema.documents).where(schema.documents.c.doc_id == doc_id))

    # --- reading -------------------------------------------------------------------------------

    def document(self, doc_id: str, prefix: bool = True) -> dict:
        """One document (by id, or by unique id prefix unless `prefix` is False) with its sentences and
        every record read from it. '%' and '_' in the id are plain characters, not wildcards."""
        ids = schema.documents.c.doc_id
        wanted = ids.startswith(doc_id, autoescape=True) if prefix else ids == doc_id
        with self.transaction() as conn:
            matches = conn.execute(select(schema.documents).where(wanted).limit(2)).mappings().all()
            if len(matches) != 1:
                found = "no document" if not matches else "more than one document"
                raise NewsledgerError(f"{found} with id {doc_id!r}; list ids with `newsledger docs`")
            doc = dict(matches[0])
            for key in ("authors", "references", "warnings"):
                doc[key] = json.loads(doc[key])
            for table in schema.RECORD_TABLES:
                rows = conn.execute(select(table).where(table.c.doc_id == doc["doc_id"])).mappings().all()
                doc[table.name] = [dict(r) for r in rows]
            resolved = {r.forecast_id: r.outcome for r in conn.execute(select(schema.resolutions).where(
                schema.resolutions.c.forecast_id.in_([f["forecast_id"] for f in doc["forecasts"]])))}
        for forecast in doc["forecasts"]:
            forecast["actors"] = json.loads(forecast["actors"])
            forecast["resolution"] = resolved.get(forecast["forecast_id"])
        return doc

    def counts(self) -> dict[str, int]:
        with self.transaction() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in _COUNTED}


_COUNTED = (schema.documents, schema.sentences, schema.actors, schema.mentions, schema.timexes, schema.events, schema.quotes, schema.forecasts, schema.rejects)


def actor_row(actor) -> dict:
    row = asdict(actor)
    row["roles"] = json.dumps(row["roles"])
    row["aliases"] = json.dumps(row["aliases"])
    return row


_ISO_DATE = re.compile(r"^\d{4}(?:-W\d{2}$|-\d{2}(?:-\d{2})?)?")


def calendar_date(value: str | None) -> str | None:
    """The calendar part of a TIMEX3 value, as the export's ISO dates allow: "2023-03-20", "2023-W12",
    "2023" of "2023-SP"; None for values no calendar pins down ("PRESENT_REF", "XXXX-WXX-1")."""
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
        schema.mentions: [{"doc_id": doc_id, **asdict(m)} for m in analysis.mentions],
        schema.timexes: [{"doc_id": doc_id, **asdict(t)} for t in analysis.timexes],
        schema.events: [],
        schema.quotes: [],
        schema.forecasts: [],
    }
    for i, e in enumerate(analysis.events):
        row = {**asdict(e), **evidence(e.sentence), "event_id": f"{doc_id}-e{i}", "root": e.cameo[:2]}
        row.update(source_code=codes.get(e.source), target_code=codes.get(e.target),
                   date=calendar_date(e.date), date_end=calendar_date(e.date_end))
        row["day"] = row["date"] if row["date"] and "W" not in row["date"] else analysis.published
        rows[schema.events].append(row)
    for i, q in enumerate(analysis.quotes):
        row = asdict(q)
        row["text_start"], row["text_end"] = row.pop("start"), row.pop("end")
        row.update(evidence(q.sentence, row.pop("sentence_end")), quote_id=f"{doc_id}-q{i}")
        rows[schema.quotes].append(row)
    for i, f in enumerate(analysis.forecasts):
        row = {**asdict(f), **evidence(f.sentence), "forecast_id": f"{doc_id}-f{i}", "horizon": calendar_date(f.horizon)}
        row["actors"] = json.dumps(row["actors"])
        rows[schema.forecasts].append(row)
    return rows
