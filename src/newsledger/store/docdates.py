"""Dates for undated documents from the other documents in the ledger (`newsledger docs infer-dates`).

A document whose date was inferred from its own text (or not found) may speak of an event in
relative terms ("Xi is coming to Moscow next week") that another document dates in full ("the
visit … will take place on March 20-23, 2023"). The same event is an event of the same source
and target actors and the same quad class (a visit announced as intent and as a visit are both
verbal cooperation); the relative expression then names that day only from some publication days
(`newsledger.timex.docdate.days_naming`), which narrow the document's range. This reads the stored
ledger, so it runs after ingest, never inside the pipeline's one-way order; run it again after new
documents arrive or after recoding. The document's date, range end and reason are updated; its
records keep the dates they have until `docs set-date` re-dates them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import select, update

from newsledger.store import schema
from newsledger.timex.docdate import days_naming

FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")  # the other document's date is written out, not itself relative


@dataclass
class DocumentDate:
    """A narrower inferred date for one document: `earliest` to `latest` (equal for one day), and why."""

    doc_id: str
    earliest: date
    latest: date
    reason: str


def dates_from_other_documents(store) -> list[DocumentDate]:
    """For each document with an inferred or missing date, the range that every dated event of
    other documents it names in relative terms allows, intersected with its own inferred range;
    documents whose evidence disagrees, or that name no such event, are left out."""
    documents, events = schema.documents, schema.events
    with store.transaction() as conn:
        docs = conn.execute(select(documents.c.doc_id, documents.c.text, documents.c.published,
                                   documents.c.published_latest, documents.c.published_reason)).mappings().all()
        rows = conn.execute(select(events.c.doc_id, events.c.source, events.c.target, events.c.quad_class,
                                   events.c.date, events.c.time_text, events.c.start, events.c.end)
                            .where(events.c.source.is_not(None), events.c.target.is_not(None))).mappings().all()
    dated: dict[tuple[str, str], list] = {}
    for row in rows:
        if row["date"] and FULL_DAY.match(row["date"]) and row["time_text"] and WRITTEN_YEAR.search(row["time_text"]):
            dated.setdefault(_same_event(row), []).append(row)
    undated = {doc["doc_id"]: doc for doc in docs if not doc["published"] or _inferred(doc)}
    found = []
    for doc_id, doc in undated.items():
        relative = [row for row in rows if row["doc_id"] == doc_id and not row["date"] and row["time_text"]]
        narrowed = _narrowed(doc, relative, dated)
        if narrowed:
            found.append(narrowed)
    return found


def apply_dates(store, dates: list[DocumentDate]) -> None:
    """Store each document's new date, range end and reason, in one transaction."""
    documents = schema.documents
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    with store.transaction(write=True) as conn:
        for found in dates:
            conn.execute(update(documents).where(documents.c.doc_id == found.doc_id).values(
                published=found.earliest.isoformat(),
                published_latest=found.latest.isoformat() if found.latest != found.earliest else None,
                published_reason=found.reason, changed_at=now))


def _same_event(row) -> tuple:
    return row["source"], row["target"], row["quad_class"]


def _inferred(doc) -> bool:
    return (doc["published_reason"] or "").startswith("inferred")


def _narrowed(doc, relative: list, dated: dict) -> DocumentDate | None:
    """The document's range cut down by each relative mention of another document's dated event."""
    low = date.fromisoformat(doc["published"]) if doc["published"] and FULL_DAY.match(doc["published"]) else date.min
    high = date.fromisoformat(doc["published_latest"]) if doc["published_latest"] else date.max
    reasons = []
    for row in relative:
        sentence = doc["text"][row["start"]:row["end"]]
        for other in dated.get(_same_event(row), ()):
            if other["doc_id"] == doc["doc_id"]:
                continue
            days = days_naming(sentence, row["time_text"], date.fromisoformat(other["date"]))
            if days:
                low, high = max(low, days[0]), min(high, days[1])
                reasons.append(f"'{row['time_text']}' names the {other['date']} event of {row['source']} and "
                               f"{row['target']} that document {other['doc_id']} dates ('{other['time_text']}'), "
                               f"so it was written {days[0]}..{days[1]}")
    if not reasons or low > high:
        return None  # nothing to go on, or the documents disagree: the text's own evidence stands
    own = (doc["published_reason"] or "").removeprefix("inferred: ")
    keep_own = _inferred(doc) and not own.startswith("no ")
    reason = "inferred: " + "; ".join(dict.fromkeys(reasons)) + (f"; {own}" if keep_own else "")
    return DocumentDate(doc["doc_id"], low, high, reason)
