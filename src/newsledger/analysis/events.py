"""Analyses over coded events: the same event across articles, and disagreements between them.

An event's date is the date the text gives it, else its document's publication date. A record
counts as published by its document's outlet and by its near-duplicate copies' outlets
(analysis.outlets): sources are outlets, not copies. A document that a later version of it supersedes
counts for nothing (analysis.versions).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta

from sqlalchemy import func, or_, select

from newsledger.analysis.filters import EventFilter
from newsledger.analysis.memo import per_ledger
from newsledger.analysis.outlets import add_outlets, copies_by_original
from newsledger.analysis.versions import is_current
from newsledger.store import Store, schema

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


def _event_query(actors=None, since=None, until=None):
    query = select(
        E.event_id, E.doc_id, E.sentence, E.start, E.end, E.trigger, E.cameo, E.root, E.plover,
        E.goldstein, E.quad_class, E.status, E.source, E.target, E.source_code, E.target_code,
        E.date, E.date_end, E.time_text, E.location, E.why, E.day,
        D.title, D.outlet, D.published,
    ).join(schema.documents, D.doc_id == E.doc_id)
    if actors:
        query = query.where(or_(E.source.in_(actors), E.target.in_(actors)))
    if since:
        query = query.where(E.day >= since)
    if until:
        query = query.where(E.day <= until + "~")  # "~" sorts after any date suffix
    return query


@dataclass
class EventGroup:
    key: tuple
    events: list[dict] = field(default_factory=list)
    first: str = ""
    last: str = ""

    @property
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
        lead = self.events[0]
        return {"root": self.key[0], "actors": list(self.key[1:]), "cameo": lead["cameo"], "plover": lead["plover"],
                "first": self.first, "last": self.last, "mentions": len(self.events), "documents": self.documents,
                "sources": self.sources, "outlets": sorted({o for e in self.events for o in e["outlets"]}),
                "statuses": dict(statuses), "event_ids": [e["event_id"] for e in self.events]}


# What grouping reads of each event: few columns, so that a million events load in seconds. A group's
# events are dicts of these and of their document's "outlets" and "reporters" (analysis.outlets).
GROUPED = ("event_id", "doc_id", "root", "cameo", "plover", "quad_class", "status", "source", "target",
           "side_a", "side_b", "date", "date_end", "day")


def _span(event: dict) -> tuple[date, date] | None:
    return _span_of(event["date"], event["date_end"], event["day"])


@lru_cache(maxsize=65536)
def _span_of(when: str | None, when_end: str | None, day: str | None) -> tuple[date, date] | None:
    """The days an event's date covers: a day, a range, or a month (read as its days); None for a
    year, a week or no date at all, which are too vague to match on. A ledger's events share a few
    thousand (date, date_end, day) triples: each is read once."""
    day = when or day
    if not day or len(day) < 7 or "W" in day:
        return None
    start = date.fromisoformat(day[:10] if len(day) >= 10 else day + "-01")
    end_text = when_end or day
    end = date.fromisoformat(end_text[:10]) if len(end_text) >= 10 and "W" not in end_text else start
    if len(day) == 7 and not when_end:
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    return start, max(start, end)


def group_key(event: dict) -> tuple:
    """Root and sides, each side as its country when it has one ("side_a", "side_b"): "Xi visits Moscow" in
    one article (xi-jinping -> RUSGOV) and "China's leader goes to Russia" in another (CHN -> RUS) are one event."""
    actors = (event["side_a"], event["side_b"])
    if event["root"] in UNDIRECTED_ROOTS:
        actors = tuple(sorted(actors))
    return (event["root"], *actors)


def _load_dyadic(store: Store, actors, since, until, where: EventFilter | None = None) -> list[dict]:
    """The events with both sides that the arguments keep, each a dict of GROUPED: "side_a" and "side_b" are
    the source's and the target's country, else the actor itself. Their documents' outlets are added only
    to events that group (_with_outlets)."""
    source, target = schema.actors.alias("source_actor"), schema.actors.alias("target_actor")
    query = (select(E.event_id, E.doc_id, E.root, E.cameo, E.plover, E.quad_class, E.status, E.source, E.target,
                    func.coalesce(source.c.country, E.source), func.coalesce(target.c.country, E.target),
                    E.date, E.date_end, E.day)
             .select_from(schema.events.outerjoin(source, source.c.actor_id == E.source)
                          .outerjoin(target, target.c.actor_id == E.target))
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
        return [dict(zip(GROUPED, row)) for row in conn.execute(query)]


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


def _evidence():
    return func.substr(D.text, E.start + 1, E.end - E.start).label("evidence")


def _group(rows: list[dict], key, window_days: int, min_documents: int) -> list[EventGroup]:
    """Cluster rows with the same key whose date spans overlap or lie within window_days; the clusters
    told by at least min_documents documents, in the order of their keys and then of their dates."""
    by_key: dict[tuple, list] = defaultdict(list)
    for row in rows:
        span = _span(row)
        if span:
            by_key[key(row)].append((span, row))
    groups, gap = [], timedelta(days=window_days)

    def keep(k, cluster: list, first: date, last: date) -> None:
        if len(cluster) >= min_documents and len({row["doc_id"] for row in cluster}) >= min_documents:
            groups.append(EventGroup(k, cluster, first.isoformat(), last.isoformat()))

    for k in sorted(by_key, key=lambda k: tuple("" if part is None else str(part) for part in k)):
        members = by_key[k]
        if len(members) < min_documents:  # fewer events than the documents a group needs
            continue
        members.sort(key=lambda m: (m[0], m[1]["event_id"]))
        cluster, first, last = [], None, None
        for (start, end), row in members:
            if cluster and start > last + gap:
                keep(k, cluster, first, last)
                cluster = []
            if not cluster:
                first, last = start, end
            cluster.append(row)
            last = max(last, end)
        keep(k, cluster, first, last)
    return groups


def same_events(store: Store, actors=None, since=None, until=None, window_days: int = 3, min_documents: int = 2,
                where: EventFilter | None = None) -> list[EventGroup]:
    """Event records that describe one real-world event: same root, same actors, dates that overlap or are close;
    only events that match `where` when given. A group needs `min_documents` analysed documents (a copy
    adds none: it is the same report); its `sources` are the outlets, copies' outlets included. Its events
    are dicts of GROUPED with "outlets" and "reporters"."""
    groups = _with_outlets(store, _group(_load_dyadic(store, actors, since, until, where), group_key, window_days, min_documents))
    return sorted(groups, key=lambda g: (-g.sources, -len(g.events), g.first))


@per_ledger(keep=8)  # a million events' disagreements are many: a few filters' worth are kept
def disagreement_pairs(store: Store, actors=None, since=None, until=None, window_days: int = 3,
                       where: EventFilter | None = None) -> list[dict]:
    """Records from different documents that conflict about one event or one actor's stance; only events
    that match `where` when given. Kept until the ledger changes. Each side holds what grouping read
    (_side); `with_sources` adds its sentence, title, outlet and date, for the pairs a page shows."""
    rows = _load_dyadic(store, actors, since, until, where)
    conflicts = [g for g in _group(rows, group_key, window_days, 2) if _may_conflict(g)]
    statements = [r for r in rows if r["quad_class"] in (1, 3)]
    stances = [g for g in _group(statements, lambda e: ("stance", e["source"], e["target"]), window_days, 2)
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
            query = (select(E.event_id, E.start, E.end, D.title, D.outlet, D.published, _evidence())
                     .join(schema.documents, D.doc_id == E.doc_id).where(E.event_id.in_(chunk)))
            read.update((row["event_id"], dict(row)) for row in conn.execute(query).mappings())
    return [{**c, "sides": [{**side, **read.get(side["event_id"], {})} for side in c["sides"]]} for c in found]


def _status_conflicts(group: EventGroup) -> list[dict]:
    """occurred (or ongoing, or claimed) vs negated, planned or expected vs negated, or planned/expected
    with different dates."""
    conflicts = []
    seen = set()
    summary = group.summary()  # once: a large group has many conflicting pairs
    for i, a in enumerate(group.events):
        for b in group.events[i + 1 :]:
            if a["doc_id"] == b["doc_id"]:
                continue
            pair = frozenset({a["status"], b["status"]})
            dated_apart = pair <= {"planned", "expected"} and a["date"] and b["date"] and a["date"] != b["date"]
            if pair in CONFLICTING_STATUSES or dated_apart:
                kind = "different dates" if dated_apart else " vs ".join(sorted(pair))
                key = (kind, a["doc_id"], b["doc_id"])
                if key not in seen:
                    seen.add(key)
                    conflicts.append({"kind": kind, "event": summary, "sides": [_side(a), _side(b)]})
    return conflicts


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
