"""`recode`: run the stages after the parse again on stored parses, and keep track of stale documents.

A document is stale when a correction touched it (documents.stale) or when the coder_version that
made it, or any of its records, is not the running one (another release, or other data files; see
newsledger.version).
Recoding swaps each document's records in one transaction (Store.replace: forecast resolutions and
actor corrections stay), so an interrupted recode leaves every document either as it was or recoded,
and running it again gives the same records.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields

from sqlalchemy import exists, func, or_, select, true, update

from newsledger.actors.hierarchy import stored_actor
from newsledger.errors import LedgerError, NewsledgerError
from newsledger.pipeline import STAGES, recode_batch
from newsledger.records import Event, Mention, Quote, Timex
from newsledger.store import Store, parses, schema
from newsledger.version import coder_version

BATCH = 16
STAGE_NAMES = [name for name, _, _ in STAGES]
# Record tables whose rows carry a coder_version (sentences have none: they are the parse's).
VERSIONED_TABLES = (schema.mentions, schema.timexes, schema.events, schema.quotes, schema.forecasts)


@dataclass
class RecodeSummary:
    recoded: int = 0
    reparsed: int = 0  # documents with no stored parse (older ledgers) or one by another spaCy model: parsed again
    failed: int = 0  # documents on which a stage failed or ran out of time (a warning on the document says which)
    stopped: str | None = None  # why the run ended early, if it did


def first_stage(stages: Iterable[str] | None) -> str:
    """The earliest of the named stages in pipeline order (all of them when None or empty): recode
    runs from it on, since each later stage reads what earlier ones found. Raises NewsledgerError for
    an unknown name."""
    chosen = [s.strip() for s in stages or () if s.strip()]
    unknown = [s for s in chosen if s not in STAGE_NAMES]
    if unknown:
        raise NewsledgerError(f"no stage {', '.join(map(repr, unknown))}; stages are {', '.join(STAGE_NAMES)}")
    return min(chosen, key=STAGE_NAMES.index) if chosen else STAGE_NAMES[0]


def _stale_clause():
    """Analysed documents a correction touched, made by another coder_version, or holding records made by
    one (a `recode --stage` under another release restamps only the records of the stages it ran)."""
    d = schema.documents.c
    version = coder_version()
    other_records = [exists().where(t.c.doc_id == d.doc_id, or_(t.c.coder_version.is_(None), t.c.coder_version != version))
                     for t in VERSIONED_TABLES]
    return d.analysed & or_(d.stale == true(), d.coder_version.is_(None), d.coder_version != version, *other_records)


def select_documents(store: Store, since: str | None = None, doc_ids: Iterable[str] = (), stale: bool = False) -> list[str]:
    """Ids of the analysed documents to recode, sorted: all of them, or those ingested on or after
    `since` (an ISO date), those whose id starts with one of `doc_ids`, and only stale ones when
    `stale`; the conditions given must all hold. Raises NewsledgerError for an id that matches no document."""
    d = schema.documents.c
    query = select(d.doc_id).where(d.analysed).order_by(d.doc_id)
    if since:
        query = query.where(d.ingested_at >= since)
    if stale:
        query = query.where(_stale_clause())
    doc_ids = list(doc_ids)
    if doc_ids:
        query = query.where(or_(*(d.doc_id.startswith(i, autoescape=True) for i in doc_ids)))
    with store.transaction() as conn:
        found = list(conn.scalars(query))
        for wanted in doc_ids:
            if conn.scalar(select(d.doc_id).where(d.doc_id.startswith(wanted, autoescape=True)).limit(1)) is None:
                raise NewsledgerError(f"no document with id {wanted!r}; list ids with `newsledger docs`")
    return found


def mark_stale(store: Store, doc_ids: list[str]) -> None:
    """Flag documents whose records no longer follow from the ledger's registry and corrections."""
    d = schema.documents
    with store.transaction(write=True) as conn:
        for start in range(0, len(doc_ids), 500):  # SQLite allows a limited number of bound parameters
            conn.execute(update(d).where(d.c.doc_id.in_(doc_ids[start:start + 500])).values(stale=True))


def stale_counts(store: Store) -> dict[str, int]:
    """{"documents": analysed documents that are stale, "records": record rows (mentions, timexes,
    events, quotes, forecasts) made by another coder_version than the running one, or by none}."""
    version = coder_version()
    with store.transaction() as conn:
        documents = conn.scalar(select(func.count()).select_from(schema.documents).where(_stale_clause()))
        records = sum(conn.scalar(select(func.count()).select_from(t).where(
            or_(t.c.coder_version.is_(None), t.c.coder_version != version))) for t in VERSIONED_TABLES)
    return {"documents": documents, "records": records}


def run_recode(store: Store, doc_ids: list[str], stages: Iterable[str] | None = None,
               on_progress: Callable[[int], None] | None = None, batch: Callable | None = None) -> RecodeSummary:
    """Recode `doc_ids` (see `select_documents`) from the earliest of `stages` on (all when None),
    BATCH documents at a time, one transaction per document. A document whose stored parse is
    missing or made by another spaCy model is parsed again (`summary.reparsed`). `batch` is a function with the
    signature of `pipeline.recode_batch` that runs it elsewhere (worker processes, a cluster);
    None runs `recode_batch` here.

    Never raises for one document's content; an interrupt or a ledger that cannot be written
    stops the run with `summary.stopped` saying why (documents recoded so far stay recoded)."""
    summary = RecodeSummary()
    start_at = first_stage(stages)
    complete = STAGE_NAMES.index(start_at) <= STAGE_NAMES.index("time")  # sentences always run
    corrections = tuple(store.corrections())
    model = parses.model_label()
    try:
        for start in range(0, len(doc_ids), BATCH):
            chunk = doc_ids[start:start + BATCH]
            with store.transaction() as conn:
                stored = {doc_id: data for doc_id, (made_by, data) in parses.get_parses(conn, chunk).items() if made_by == model}
            articles = store.stored_articles(chunk)
            items = [(doc_id, stored.get(doc_id), articles[doc_id]) for doc_id in chunk]
            earlier = {doc_id: earlier_fields(store, doc_id, start_at) for doc_id in chunk} if not complete else None
            for analysis in (batch or recode_batch)(items, corrections, start_at, earlier):
                store.replace(analysis, complete=complete)
                summary.recoded += 1
                summary.failed += analysis.stage_error is not None
                if on_progress:
                    on_progress(1)
            summary.reparsed += sum(data is None for _, data, _ in items)
    except KeyboardInterrupt:
        summary.stopped = "interrupted; documents recoded so far are kept, re-run the same command to finish"
    except LedgerError as e:
        summary.stopped = str(e)
    return summary


def earlier_fields(store: Store, doc_id: str, start_at: str) -> dict:
    """The stored results of the stages before `start_at` (sentences excepted: recode always
    makes them), as `Analysis` field name -> value, for `pipeline.recode_batch`'s `earlier`.

    The actors are those the document's records name, as the ledger's actors table holds them:
    an actor found only in documents (a newcomer) is there as its first document read it, so the
    later stages may code it otherwise than a recode of every stage would. Stored rows keep an
    event's date at calendar precision ("2023" of "2023-Q1"): the stages after events do not read it."""
    skipped = set(STAGE_NAMES[1:STAGE_NAMES.index(start_at)])
    found: dict = {}
    with store.transaction() as conn:
        rows = {t.name: [dict(r) for r in conn.execute(select(t).where(t.c.doc_id == doc_id)).mappings()]
                for t in (schema.sentences, *VERSIONED_TABLES)}
        if "time" in skipped:
            d = schema.documents.c
            doc = conn.execute(select(d.published, d.published_reason, d.published_latest)
                               .where(d.doc_id == doc_id)).mappings().one()
            found.update(doc, timexes=[_record(Timex, r) for r in rows["timexes"]])
        if "actors" in skipped:
            found["mentions"] = [_record(Mention, r) for r in sorted(rows["mentions"], key=lambda r: r["start"])]
            ids = sorted(_actors_named(rows))
            actors = conn.execute(select(schema.actors).where(schema.actors.c.actor_id.in_(ids))).mappings()
            found["actors"] = {row["actor_id"]: stored_actor(row) for row in actors}
    if "events" in skipped:
        found["events"] = [_record(Event, r) for r in sorted(rows["events"], key=_record_number)]
    if "quotes" in skipped:
        ends = {r["end"]: r["idx"] for r in rows["sentences"]}
        found["quotes"] = [_quote(r, ends) for r in sorted(rows["quotes"], key=_record_number)]
    return found


def _actors_named(rows: dict[str, list[dict]]) -> set[str]:
    """Every actor a document's stored records name: the actors stage's dict also holds actors that no
    mention names (a state its events are coded with), and the stored records are where they show."""
    named = {r["actor_id"] for r in rows["mentions"]}
    named |= {r[key] for r in rows["events"] for key in ("source", "target") if r[key]}
    named |= {r["speaker"] for r in rows["quotes"] if r["speaker"]}
    named |= {r["forecaster"] for r in rows["forecasts"] if r["forecaster"]}
    named |= {a for r in rows["forecasts"] for a in json.loads(r["actors"])}
    return named


def _record(cls, row: dict):
    return cls(**{f.name: row[f.name] for f in fields(cls) if f.name in row})


def _record_number(row: dict) -> int:
    """The position of an event or quote in its document ("…-e12" -> 12)."""
    key = row.get("event_id") or row["quote_id"]
    return int(key.rsplit("-", 1)[1][1:])


def _quote(row: dict, sentence_ends: dict[int, int]) -> Quote:
    return _record(Quote, {**row, "start": row["text_start"], "end": row["text_end"],
                           "sentence_end": sentence_ends.get(row["end"])})
