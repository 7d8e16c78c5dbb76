"""Dates for undated documents from the other documents in the ledger (`newsledger docs infer-dates`).

A document whose date was inferred from its own text (or not found) may speak of an event in
relative terms ("Xi is coming to Moscow next week") that another document dates in full ("the
visit … will take place on March 20-23, 2023", or "Xi arrived in Moscow on Monday" in a story
published 2023-03-20). The same event is an event of the same source
and target actors and the same quad class (a visit announced as intent and as a visit are both
verbal cooperation); the relative expression then names that day only from some publication days
(`newsledger.timex.docdate.days_naming`), which narrow the document's range. A person named by
the title of an office they held once in the office-holder data ("Foreign Minister Qin Gang",
2022-12-30 to 2023-07-25) narrows it to that term. This reads the stored
ledger, so it runs after ingest, never inside the pipeline's one-way order; run it again after new
documents arrive or after recoding. The dated event may be in the same document ("Xi will visit
Moscow on March 20, 2023 … the visit next week"). The document's date, range end and reason are updated;
the reason ends with LEDGER_MARK, so that a later analysis of the document (`docs infer-dates` re-dates
its records with `newsledger recode`) keeps that date instead of inferring one from its own text again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import and_, not_, or_, select, update

from newsledger.actors import load_registry
from newsledger.store import LEDGER_MARK, schema
from newsledger.timex.anchoring import names_horizon
from newsledger.timex.docdate import days_naming

FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WRITTEN_YEAR = re.compile(r"\b\d{4}\b")  # an undated document's event date is written out, not itself relative
TITLE_REACH = 40  # characters before a name searched for its title ("Chinese Foreign Minister ")
MAX_OFFICE_RANGE_DAYS = 366


@dataclass
class DocumentDate:
    """A narrower inferred date for one document: `earliest` to `latest` (equal for one day), and why."""

    doc_id: str
    earliest: date
    latest: date
    reason: str


def dates_from_other_documents(store) -> list[DocumentDate]:
    """For each document with an inferred or missing date, the range that every dated event (of
    other documents, or of its own) it names in relative terms allows, and the one term of office of each person
    it names by title, intersected with its own inferred range; documents whose evidence
    disagrees, or that name no such event or office, are left out. An event dated only by a vague horizon
    ahead ("in the coming days": timex.anchoring.horizon) dates no other document."""
    documents, events, mentions = schema.documents, schema.events, schema.mentions
    undated_doc = or_(documents.c.published.is_(None), documents.c.published_reason.like("inferred%"))
    with store.transaction() as conn:
        docs = conn.execute(select(documents.c.doc_id, documents.c.text, documents.c.published,
                                   documents.c.published_latest, documents.c.published_reason)
                            .where(undated_doc)).mappings().all()
        firm = set(conn.execute(select(documents.c.doc_id).where(and_(
            documents.c.published.is_not(None),
            or_(documents.c.published_reason.is_(None), not_(documents.c.published_reason.like("inferred%")))))).scalars())
        rows = conn.execute(select(events.c.doc_id, events.c.source, events.c.target, events.c.quad_class,
                                   events.c.date, events.c.time_text, events.c.start, events.c.end)
                            .where(events.c.source.is_not(None), events.c.target.is_not(None))).mappings().all()
        named = conn.execute(select(mentions.c.doc_id, mentions.c.start, mentions.c.actor_id)
                             .where(mentions.c.doc_id.in_([doc["doc_id"] for doc in docs]))).mappings().all()
    dated: dict[tuple, list] = {}
    relative: dict[str, list] = {}
    for row in rows:
        # "in the coming days" dates an act from the publication day to a week after: no one day of it is the act's
        if row["date"] and FULL_DAY.match(row["date"]) and not names_horizon(row["time_text"]) \
                and (row["doc_id"] in firm or _written_out(row["time_text"])):
            dated.setdefault(_same_event(row), []).append(row)
        elif not row["date"] and row["time_text"]:
            relative.setdefault(row["doc_id"], []).append(row)
    people: dict[str, list] = {}
    for row in named:
        people.setdefault(row["doc_id"], []).append(row)
    registry = load_registry() if named else None
    found = []
    for doc in docs:
        terms = _terms_of_office(doc["text"], people.get(doc["doc_id"], []), registry)
        narrowed = _narrowed(doc, relative.get(doc["doc_id"], []), dated, terms)
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


def _written_out(time_text: str | None) -> bool:
    """In a document without a firm date only a date written out with its year is firm; in a dated
    one every event date is (a relative "on Monday", or the publication day itself)."""
    return bool(time_text and WRITTEN_YEAR.search(time_text))


def _inferred(doc) -> bool:
    return (doc["published_reason"] or "").startswith("inferred")


def _terms_of_office(text: str, mentions: list, registry) -> list[tuple[date, date, str]]:
    """(first day, last day, reason) of the one term in the office-holder data of each person the
    text names right after the title of that office ("Foreign Minister Qin Gang"), and not as a
    former holder: the story was written while that person held it."""
    found = []
    for mention in mentions:
        actor = registry.actors.get(mention["actor_id"])
        if actor is None or actor.actor_type != "person":
            continue
        before = text[max(0, mention["start"] - TITLE_REACH):mention["start"]].split("\n")[-1].lower().rstrip(" ,")
        title = next((t for t in sorted(registry.lexicon["titles"], key=len, reverse=True)
                      if re.search(rf"\b{re.escape(t)}$", before)), None)
        if title is None or set(before.split()[-4:]) & set(registry.lexicon["past_words"]):
            continue
        terms = [role for role in actor.roles if role["role"] in registry.lexicon["titles"][title] and role.get("start")]
        if len(terms) == 1:  # with several terms, which one the text means is unknown
            first = date.fromisoformat(terms[0]["start"])
            # The data's end is the day a successor took over; a story of that day may still name the
            # outgoing holder ("Foreign Minister Qin Gang was removed today"), so it is the last day.
            last = date.fromisoformat(terms[0]["end"]) if terms[0].get("end") else date.max
            found.append((first, last, f"it names {actor.name} as {title}, an office held from {terms[0]['start']}"
                                       + (f" to {terms[0]['end']}" if terms[0].get("end") else "")))
    return found


def _narrowed(doc, relative: list, dated: dict, terms: list) -> DocumentDate | None:
    """The document's range cut down by each relative mention of another document's dated event
    and by the terms of office of the people it names by title. A term only dates a document
    when the range it leaves is closed and at most ``MAX_OFFICE_RANGE_DAYS`` wide: a president in
    office since 2013 says little about a story's day."""
    low = date.fromisoformat(doc["published"]) if doc["published"] and FULL_DAY.match(doc["published"]) else date.min
    high = date.fromisoformat(doc["published_latest"]) if doc["published_latest"] else date.max
    reasons = []
    for row in relative:
        sentence = doc["text"][row["start"]:row["end"]]
        for other in dated.get(_same_event(row), ()):
            days = days_naming(sentence, row["time_text"], date.fromisoformat(other["date"]))
            if days:
                low, high = max(low, days[0]), min(high, days[1])
                where = "this document" if other["doc_id"] == doc["doc_id"] else f"document {other['doc_id']}"
                how = f"'{other['time_text']}'" if other["time_text"] else "its publication day"
                reasons.append(f"'{row['time_text']}' names the {other['date']} event of {row['source']} and "
                               f"{row['target']} that {where} dates ({how}), "
                               f"so it was written {days[0]}..{days[1]}")
    for first, last, why in terms:
        narrower = (max(low, first), min(high, last))
        if narrower != (low, high) and date.min < narrower[0] <= narrower[1] < date.max and \
                (narrower[1] - narrower[0]).days <= MAX_OFFICE_RANGE_DAYS:
            (low, high), reasons = narrower, [*reasons, why]
    if not reasons or low > high:
        return None  # nothing to go on, or the documents disagree: the text's own evidence stands
    own = (doc["published_reason"] or "").removeprefix("inferred: ")
    own_pieces = [piece for piece in own.split("; ") if piece != LEDGER_MARK] \
        if _inferred(doc) and not own.startswith("no ") else []  # "no full past date": nothing of its own
    # Run again, the stored reason already holds these: each piece is said once.
    reason = "inferred: " + "; ".join(dict.fromkeys(reasons + own_pieces + [LEDGER_MARK]))
    return DocumentDate(doc["doc_id"], low, high, reason)
