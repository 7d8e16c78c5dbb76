"""Analyses over coded events: the same event across articles, and disagreements between them.

An event's date is the date the text gives it, else its document's publication date. A record
counts as published by its document's outlet and by its near-duplicate copies' outlets
(analysis.outlets): sources are outlets, not copies. A document that a later version of it supersedes
counts for nothing (store.versions).
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import date, timedelta

from sqlalchemy import or_, select

from newsledger.analysis.filters import EventFilter, evidence_text
from newsledger.analysis.memo import per_ledger
from newsledger.analysis.outlets import add_outlets, copies_by_original
from newsledger.store import Store, schema
from newsledger.store.versions import is_current

E, D = schema.events.c, schema.documents.c
# Meetings and cooperation are the same event whichever side the text names first.
UNDIRECTED_ROOTS = {"03", "04", "05", "06"}
# A source's claim that an event happened, or that it goes on, is a report that it occurred: it conflicts
# with a report that it did not as much as "occurred" does.
CONFLICTING_STATUSES = {
    frozenset({"occurred", "negated"}),
    frozenset({"ongoing", "negated"}),
    frozenset({"claimed", "negated"}),
    frozenset({"planned", "negated"}),
    frozenset({"expected", "negated"}),
}


def _event_query():
    """SELECT of an event's columns with its document's title, outlet and date."""
    return select(
        E.event_id, E.doc_id, E.sentence, E.start, E.end, E.trigger, E.cameo, E.root, E.plover,
        E.goldstein, E.quad_class, E.status, E.source, E.target, E.source_code, E.target_code,
        E.date, E.date_end, E.time_text, E.location, E.why, E.day,
        D.title, D.outlet, D.published,
    ).join(schema.documents, D.doc_id == E.doc_id)


@dataclass
class EventGroup:
    key: tuple
    events: list[dict] = field(default_factory=list)
    first: str = ""
    last: str = ""

    @cached_property  # sorting many groups asks for it again and again
    def sources(self) -> int:
        """Outlets that published one of the events, copies' outlets included (see analysis.outlets)."""
        return len({reporter for e in self.events for reporter in e["reporters"]})

    @property
    def documents(self) -> int:
        """Analysed documents the events were read from (copies have none of their own)."""
        return len({e["doc_id"] for e in self.events})

    def summary(self) -> dict:
        statuses = defaultdict(int)
        for e in self.events:
            statuses[e["status"]] += 1
        # The group's code is the one most of its events carry (on a tie, the code of the earliest-dated event,
        # the order the group keeps): a visit told by three articles is 042 even when a meeting during it (040)
        # comes first.
        codes = Counter((e["cameo"], e["plover"]) for e in self.events)
        cameo, plover = max(codes, key=codes.__getitem__)
        return {"root": self.key[0], "actors": list(self.key[1:]), "cameo": cameo, "plover": plover,
                "first": self.first, "last": self.last, "mentions": len(self.events), "documents": self.documents,
                "sources": self.sources, "outlets": sorted({o for e in self.events for o in e["outlets"]}),
                "statuses": dict(statuses), "event_ids": [e["event_id"] for e in self.events]}


# What grouping reads of each event: few columns, as a tuple, so that a million events load in seconds. A
# group's events are dicts of these and of their document's "outlets" and "reporters" (analysis.outlets).
GROUPED = ("event_id", "doc_id", "root", "cameo", "plover", "quad_class", "status", "source", "target", "date", "date_end", "day")
EVENT_ID, DOC_ID, ROOT, QUAD_CLASS, SOURCE, TARGET, DATE, DATE_END, DAY = (
    GROUPED.index(name) for name in ("event_id", "doc_id", "root", "quad_class", "source", "target", "date", "date_end", "day"))


@lru_cache(maxsize=65536)
def _span_of(when: str | None, when_end: str | None, day: str | None) -> tuple[int, int] | None:
    """The days an event's date covers, first and last as day numbers (date.toordinal): a day, a range, or
    a month (read as its days); None for a year, a week or no date at all, which are too vague to match
    on. A ledger's events share a few thousand (date, date_end, day) triples: each is read once."""
    day = when or day
    if not day or len(day) < 7 or "W" in day:
        return None
    start = date.fromisoformat(day[:10] if len(day) >= 10 else day + "-01")
    end_text = when_end or day
    end = date.fromisoformat(end_text[:10]) if len(end_text) >= 10 and "W" not in end_text else start
    if len(day) == 7 and not when_end:
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return start.toordinal(), max(start, end).toordinal()


def group_key(countries: dict[str, str]):
    """The key of a GROUPED tuple: its root and sides, each side as its country (`countries`: actor id ->
    country, for actors that have one) when it has one: "Xi visits Moscow" in one article (xi-jinping ->
    RUSGOV) and "China's leader goes to Russia" in another (CHN -> RUS) are one event."""
    def key(event: tuple) -> tuple:
        actors = (countries.get(event[SOURCE], event[SOURCE]), countries.get(event[TARGET], event[TARGET]))
        if event[ROOT] in UNDIRECTED_ROOTS:
            actors = tuple(sorted(actors))
        return (event[ROOT], *actors)

    return key


def _countries(store: Store) -> dict[str, str]:
    with store.transaction() as conn:
        return dict(conn.execute(select(schema.actors.c.actor_id, schema.actors.c.country).where(schema.actors.c.country.is_not(None))).all())


def _stance_key(event: tuple) -> tuple:
    return ("stance", event[SOURCE], event[TARGET])


def _load_dyadic(store: Store, actors, since, until, where: EventFilter | None = None) -> list[tuple]:
    """The events with both sides that the arguments keep, each a tuple of GROUPED. Their documents' outlets
    are added only to events that group (_with_outlets)."""
    query = (select(*(E[name] for name in GROUPED))
             .where(E.source.is_not(None), E.target.is_not(None), is_current(E.doc_id)))
    if actors:
        query = query.where(or_(E.source.in_(actors), E.target.in_(actors)))
    if since:
        query = query.where(E.day >= since)
    if until:
        query = query.where(E.day <= until + "~")  # "~" sorts after any date suffix
    if where is not None:
        query = query.where(*where.where(where.rolled(store)))  # conditions on events alone: no join to documents
    with store.transaction() as conn:
        return conn.execute(query).all()


def _with_outlets(store: Store, groups: list[EventGroup]) -> list[EventGroup]:
    """Give the groups' events their documents' "outlets" and "reporters" (analysis.outlets), read for
    those documents alone and shared by the events of one document."""
    doc_ids = sorted({e["doc_id"] for g in groups for e in g.events})
    by_doc = {}
    with store.transaction() as conn:
        copies = copies_by_original(conn)
        for start in range(0, len(doc_ids), 500):  # SQLite allows a limited number of bound parameters
            chunk = doc_ids[start:start + 500]
            for row in add_outlets([dict(r) for r in conn.execute(select(D.doc_id, D.outlet).where(D.doc_id.in_(chunk))).mappings()], copies):
                by_doc[row["doc_id"]] = row
    for group in groups:
        for event in group.events:
            event["outlets"], event["reporters"] = by_doc[event["doc_id"]]["outlets"], by_doc[event["doc_id"]]["reporters"]
    return groups


@contextmanager
def _collection_paused():
    """Python's cycle collector paused while a million acyclic rows are made: left on, it walks them all
    again and again as they pile up, which took as long as the grouping itself."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _group(rows: list[tuple], key, window_days: int, min_documents: int) -> list[EventGroup]:
    """Cluster GROUPED rows with the same key whose date spans overlap or lie within window_days; the clusters
    told by at least min_documents documents, in the order of their keys and then of their dates, each
    event as a dict. A million rows pass through here: spans are day numbers, members plain tuples sorted
    as they are, and only kept clusters become dicts."""
    by_key: dict[tuple, list] = defaultdict(list)
    for row in rows:
        span = _span_of(row[DATE], row[DATE_END], row[DAY])
        if span:
            by_key[key(row)].append((*span, row[EVENT_ID], row))
    groups = []

    def keep(k, cluster: list) -> None:
        if len({m[3][DOC_ID] for m in cluster}) >= min_documents:
            first, last = date.fromordinal(cluster[0][0]), date.fromordinal(max(m[1] for m in cluster))
            groups.append(EventGroup(k, [dict(zip(GROUPED, m[3])) for m in cluster], first.isoformat(), last.isoformat()))

    for k in sorted(by_key, key=lambda k: tuple("" if part is None else str(part) for part in k)):
        members = by_key[k]
        if len(members) < min_documents:  # fewer events than the documents a group needs
            continue
        members.sort()  # by start, end, then event id (unique: the rows themselves are never compared)
        opened, last = 0, members[0][1]
        for i in range(1, len(members)):
            start, end = members[i][0], members[i][1]
            if start > last + window_days:
                if i - opened >= min_documents:
                    keep(k, members[opened:i])
                opened, last = i, end
            elif end > last:
                last = end
        if len(members) - opened >= min_documents:
            keep(k, members[opened:])
    return groups


@per_ledger(keep=8)  # a million events make many groups: a few filters' worth are kept
def same_events(store: Store, actors=None, since=None, until=None, window_days: int = 3, min_documents: int = 2,
                where: EventFilter | None = None) -> list[EventGroup]:
    """Event records that describe one real-world event: same root, same actors, dates that overlap or are close;
    only events that match `where` when given. A group needs `min_documents` analysed documents (a copy
    adds none: it is the same report); its `sources` are the outlets, copies' outlets included. Its events
    are dicts of GROUPED with "outlets" and "reporters". Kept until the ledger changes (analysis.memo)."""
    with _collection_paused():
        rows = _load_dyadic(store, actors, since, until, where)
        groups = _with_outlets(store, _group(rows, group_key(_countries(store)), window_days, min_documents))
    return sorted(groups, key=lambda g: (-g.sources, -len(g.events), g.first))


@per_ledger(keep=8)  # a million events' disagreements are many: a few filters' worth are kept
def disagreement_pairs(store: Store, actors=None, since=None, until=None, window_days: int = 3,
                       where: EventFilter | None = None) -> list[dict]:
    """Records from different documents that conflict about one event or one actor's stance; only events
    that match `where` when given. Kept until the ledger changes. Each side holds what grouping read
    (_side); `with_sources` adds its sentence, title, outlet and date, for the pairs a page shows."""
    with _collection_paused():
        rows = _load_dyadic(store, actors, since, until, where)
        conflicts = [g for g in _group(rows, group_key(_countries(store)), window_days, 2) if _may_conflict(g)]
        statements = [r for r in rows if r[QUAD_CLASS] in (1, 3)]
        stances = [g for g in _group(statements, _stance_key, window_days, 2)
                   if {e["quad_class"] for e in g.events} == {1, 3}]
        _with_outlets(store, conflicts + stances)
        return [c for g in conflicts for c in _status_conflicts(g)] + [c for g in stances for c in _stance_conflicts(g)]


def _may_conflict(group: EventGroup) -> bool:
    """Whether two of the group's statuses can conflict (_status_conflicts): one is negated, or two are planned or expected."""
    statuses = [e["status"] for e in group.events]
    return "negated" in statuses or sum(s in ("planned", "expected") for s in statuses) >= 2


def disagreements(store: Store, actors=None, since=None, until=None, window_days: int = 3,
                  where: EventFilter | None = None) -> list[dict]:
    """`disagreement_pairs` with every side's sources (`with_sources`)."""
    return with_sources(store, disagreement_pairs(store, actors, since, until, window_days, where))


def with_sources(store: Store, found: list[dict]) -> list[dict]:
    """Copies of disagreements (from disagreement_pairs) whose sides hold their event's "evidence" (the
    text of its sentence), "start", "end", and their document's "title", "outlet" and "published", read
    for these events alone."""
    ids = sorted({side["event_id"] for c in found for side in c["sides"]})
    read = {}
    with store.transaction() as conn:
        for start in range(0, len(ids), 500):  # SQLite allows a limited number of bound parameters
            chunk = ids[start:start + 500]
            query = (select(E.event_id, E.start, E.end, D.title, D.outlet, D.published, evidence_text())
                     .join(schema.documents, D.doc_id == E.doc_id).where(E.event_id.in_(chunk)))
            read.update((row["event_id"], dict(row)) for row in conn.execute(query).mappings())
    return [{**c, "sides": [{**side, **read.get(side["event_id"], {})} for side in c["sides"]]} for c in found]


def _status_conflicts(group: EventGroup) -> list[dict]:
    """occurred (or ongoing, or claimed) vs negated, planned or expected vs negated, or planned/expected
    with dates that cannot be one time (`_dates_overlap`)."""
    conflicts = []
    seen = set()
    summary = group.summary()  # once: a large group has many conflicting pairs
    for i, a in enumerate(group.events):
        for b in group.events[i + 1 :]:
            if a["doc_id"] == b["doc_id"]:
                continue
            pair = frozenset({a["status"], b["status"]})
            dated_apart = pair <= {"planned", "expected"} and a["date"] and b["date"] and not _dates_overlap(a, b)
            if pair in CONFLICTING_STATUSES or dated_apart:
                kind = "different dates" if dated_apart else " vs ".join(sorted(pair))
                key = (kind, a["doc_id"], b["doc_id"])
                if key not in seen:
                    seen.add(key)
                    conflicts.append({"kind": kind, "event": summary, "sides": [_side(a), _side(b)]})
    return conflicts


def _dates_overlap(a: dict, b: dict) -> bool:
    """Whether two events' ISO dates (``date`` up to ``date_end``) can be one time: "in March" holds March 20, and
    "in the coming months" from January 1 holds March 20. A shorter ISO string covers every longer one it begins."""
    def span(event):
        return event["date"], (event.get("date_end") or event["date"]) + "\uffff"
    (a_start, a_end), (b_start, b_end) = span(a), span(b)
    return a_start <= b_end and b_start <= a_end


def _stance_conflicts(group: EventGroup) -> list[dict]:
    """Statements by one actor about another that cooperate in one source and conflict in another."""
    verbal = [e for e in group.events if e["quad_class"] in (1, 3)]
    cooperative = [e for e in verbal if e["quad_class"] == 1]
    hostile = [e for e in verbal if e["quad_class"] == 3]
    for a in cooperative:
        for b in hostile:
            if a["doc_id"] != b["doc_id"] and a["source"] == b["source"]:
                return [{"kind": "opposite statements", "event": group.summary(), "sides": [_side(a), _side(b)]}]
    return []


def _side(event: dict) -> dict:
    keys = ("event_id", "doc_id", "outlets", "status", "date", "date_end", "cameo", "source", "target")
    return {k: event[k] for k in keys}
