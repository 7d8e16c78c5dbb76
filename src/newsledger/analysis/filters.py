"""One filter for every list of events: what matches, how many, counts per facet value, one page of it.

Every view (timeline, dyad, actor, same event, disagreements) selects its events through `EventFilter`,
so its headline count, its chart and its list are read from the same rows. Actors are rolled up by
``newsledger.analysis.rollup`` unless the filter says ``rollup=False``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, case, func, or_, select

from newsledger.analysis.actor_index import ActorMatch, resolve_actor
from newsledger.analysis.memo import per_ledger
from newsledger.analysis.outlets import published_by
from newsledger.analysis.rollup import Rollup
from newsledger.errors import NewsledgerError
from newsledger.store import Store, schema
from newsledger.store.versions import is_current

E, D = schema.events.c, schema.documents.c


def evidence_text():
    """SQL expression: the text of an event's sentence (its document's text from `start` to `end`), labelled
    "evidence"; the query must join the event's document."""
    return func.substr(D.text, E.start + 1, E.end - E.start).label("evidence")
# What counts as cooperation or conflict that happened; planned and expected events are counted apart, and
# the rest (negated, hypothetical) as unrealised: shown, never counted as cooperation or conflict.
HAPPENED = ("occurred", "ongoing", "claimed")
PLANNED = ("planned", "expected")
FACETS = ("status", "root", "plover", "quad_class", "outlet")
SORTS = {"date": (E.day.nulls_last(), E.event_id), "-date": (E.day.desc().nulls_last(), E.event_id),
         "goldstein": (E.goldstein, E.event_id), "-goldstein": (E.goldstein.desc(), E.event_id)}
PERIODS = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True)
class EventFilter:
    """Events involving every one of `actors` (either side), between the `pair` (either direction),
    with one of `statuses`, CAMEO `root` (two digits), PLOVER category, quad class 1-4, outlet (substring,
    any case; an outlet that printed a near-duplicate copy of the event's document counts: analysis.outlets), document,
    place (GeoNames id), and day from `since` to `until` (ISO, inclusive, any precision); `undated` keeps
    only events with no date at all. Empty fields do not filter. Without `doc_id`, events of a document that a
    later version supersedes are left out (store.versions)."""

    actors: tuple[str, ...] = ()
    pair: tuple[str, str] | None = None
    statuses: tuple[str, ...] = ()
    root: str | None = None
    plover: str | None = None
    quad_class: int | None = None
    outlet: str | None = None
    doc_id: str | None = None
    since: str | None = None
    until: str | None = None
    undated: bool = False
    rollup: bool = True
    place: int | None = None  # GeoNames id of the event's location (events.location_id): a marker on the map

    def rolled(self, store: Store) -> Rollup:
        return Rollup(store, self.rollup)

    def where(self, rollup: Rollup) -> list:
        """The SQL conditions on events (joined to their documents)."""
        clauses = [or_(rollup.side_is(E.source, E.day, a), rollup.side_is(E.target, E.day, a)) for a in self.actors]
        if self.pair:
            a, b = self.pair
            clauses.append(or_(and_(rollup.side_is(E.source, E.day, a), rollup.side_is(E.target, E.day, b)),
                               and_(rollup.side_is(E.source, E.day, b), rollup.side_is(E.target, E.day, a))))
        if self.statuses:
            clauses.append(E.status.in_(self.statuses))
        if self.root:
            clauses.append(E.root == self.root)
        if self.plover:
            clauses.append(E.plover == self.plover)
        if self.quad_class:
            clauses.append(E.quad_class == self.quad_class)
        if self.outlet:
            clauses.append(published_by(E.doc_id, self.outlet))
        if self.doc_id:
            clauses.append(E.doc_id == self.doc_id)
        else:  # a page's older version stays readable by its id, but its events would count twice
            clauses.append(is_current(E.doc_id))
        if self.since:
            clauses.append(E.day >= self.since)
        if self.until:
            clauses.append(E.day <= self.until + "~")  # "~" sorts after any date suffix
        if self.undated:
            clauses.append(E.day.is_(None))
        if self.place is not None:
            clauses.append(E.location_id == self.place)
        return clauses


def _joined(query):
    return query.select_from(schema.events.join(schema.documents, D.doc_id == E.doc_id))


@per_ledger
def find_events(store: Store, f: EventFilter, sort: str = "date", limit: int = 50, offset: int = 0) -> list[dict]:
    """Kept until the ledger changes. One page of matching events, dated ones first (`sort`: one of SORTS), each with its evidence
    sentence, document title, outlet and date, and `source_unit`/`target_unit`: whom each side counts under."""
    rollup = f.rolled(store)
    query = _joined(select(
        E.event_id, E.doc_id, E.sentence, E.start, E.end, E.trigger, E.cameo, E.root, E.plover,
        E.goldstein, E.quad_class, E.status, E.source, E.target, E.source_code, E.target_code,
        E.date, E.date_end, E.time_text, E.location, E.why, E.day, D.title, D.outlet, D.published,
        evidence_text(),
    )).where(*f.where(rollup)).order_by(*SORTS[sort]).limit(limit).offset(offset)
    with store.transaction() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        row["source_unit"] = rollup.unit(row["source"], row["day"])
        row["target_unit"] = rollup.unit(row["target"], row["day"])
    return rows


@per_ledger
def count_events(store: Store, f: EventFilter) -> int:
    """How many events `f` keeps (== facet_counts(...)["total"]), for a page that shows no facets; kept
    until the ledger changes."""
    with store.transaction() as conn:
        return conn.scalar(select(func.count()).select_from(schema.events).where(*f.where(f.rolled(store))))


@per_ledger
def facet_counts(store: Store, f: EventFilter) -> dict:
    """{"total": n, "undated": n, facet: {value: n, ...} for each of FACETS}, most frequent value first; kept
    until the ledger changes (``memo.per_ledger``).
    Two grouped queries: the event columns over the events alone (a join to every event's document would
    double the work), and outlets over the per-document counts."""
    where = f.where(f.rolled(store))
    events = schema.events.join(schema.documents, D.doc_id == E.doc_id) if f.outlet else schema.events
    columns = [E.status, E.root, E.plover, E.quad_class]  # read from index ix_events_facets, not from the events' rows
    undated_n = func.sum(case((E.day.is_(None), 1), else_=0)).label("undated")
    by_codes = select(*columns, undated_n, func.count().label("n")).select_from(events).where(*where).group_by(*columns)
    per_document = select(E.doc_id, func.count().label("n")).select_from(events).where(*where).group_by(E.doc_id).subquery()
    by_outlet = (select(D.outlet, func.sum(per_document.c.n).label("n"))
                 .join_from(per_document, schema.documents, D.doc_id == per_document.c.doc_id).group_by(D.outlet))
    counts = {name: Counter() for name in FACETS}
    total = undated = 0
    with store.transaction() as conn:
        for row in conn.execute(by_codes).mappings():
            for name in FACETS[:-1]:
                if row[name] is not None:
                    counts[name][row[name]] += row["n"]
            total += row["n"]
            undated += row["undated"]
        counts["outlet"].update({row.outlet: int(row.n) for row in conn.execute(by_outlet) if row.outlet is not None})
    return {"total": total, "undated": undated, **{name: dict(c.most_common()) for name, c in counts.items()}}


@per_ledger
def counterparts(store: Store, f: EventFilter, actor: str, limit: int = 20) -> list[dict]:
    """Kept until the ledger changes. Whom `actor` deals with most among the events `f` keeps:
    [{"other", "events", "goldstein_mean"}], most events first, each other side as its unit under f's roll-up
    (so that the count is what the dyad page of the pair shows); events with one side only, or with the actor on both, are left out."""
    rollup = f.rolled(store)
    query = _joined(select(E.source, E.target, E.day, E.goldstein)).where(*f.where(rollup), E.source.is_not(None), E.target.is_not(None))
    mine = rollup.side_is(E.source, E.day, actor)
    totals: dict[str, list[float]] = {}
    with store.transaction() as conn:
        rows = conn.execute(query.add_columns(mine.label("from_actor"))).all()
    for row in rows:
        other = row.target if row.from_actor else row.source
        unit = rollup.unit(other, row.day)
        if unit != actor and other != actor:
            totals.setdefault(unit, []).append(row.goldstein)
    ranked = sorted(totals.items(), key=lambda item: (-len(item[1]), item[0]))[:limit]
    return [{"other": other, "events": len(scores), "goldstein_mean": sum(scores) / len(scores)} for other, scores in ranked]


def period_of(day: str, period: str) -> str:
    """The bin of ISO date `day` (a month or year alone is read as its first day): '2023-03-20' ->
    '2023-03-20' (day), '2023-W12' (ISO week), '2023-03' (month), '2023-Q1' (quarter), '2023' (year)."""
    if period == "year":
        return day[:4]
    if period == "month":
        return day[:7] if len(day) >= 7 else day[:4] + "-01"
    if period == "quarter":
        month = int(day[5:7]) if len(day) >= 7 else 1
        return f"{day[:4]}-Q{(month - 1) // 3 + 1}"
    first = date.fromisoformat(day[:10] if len(day) >= 10 else (day[:7] if len(day) >= 7 else day[:4] + "-01") + "-01")
    if period == "week":
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    return first.isoformat()


def _periods(first: str, last: str, period: str) -> list[str]:
    """Every bin from the one holding day `first` to the one holding day `last`, empty ones included."""
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    bins = []
    while day <= end:
        key = period_of(day.isoformat(), period)
        if not bins or bins[-1] != key:
            bins.append(key)
        if period in ("day", "week"):
            day += timedelta(days=1 if period == "day" else 7)
        else:
            day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    if bins[-1] != period_of(last, period):
        bins.append(period_of(last, period))
    return bins


def _start_day(day: str) -> str:
    return day[:10] if len(day) >= 10 else (day[:7] if len(day) >= 7 else day[:4] + "-01") + "-01"


def _empty_bin(key: str) -> dict:
    return {"period": key, "count": 0, "q1": 0, "q2": 0, "q3": 0, "q4": 0, "planned": 0, "unrealised": 0,
            "goldstein_sum": 0.0, "goldstein_mean": None}


@per_ledger
def trend(store: Store, f: EventFilter, period: str = "month") -> dict:
    """Matching events per period, kept until the ledger changes: {"period", "total", "bins": [...], "undated":
    bin}. Each bin (every period from the first dated event to the last, empty ones as zeros) holds `count` (all statuses),
    `q1`-`q4` (verbal/material cooperation, verbal/material conflict: only HAPPENED statuses), `planned`
    (planned or expected), `unrealised` (negated or hypothetical), and the Goldstein sum and mean of the
    events that happened (mean None when none did). `total` == the sum of the bins' counts plus the undated
    bin's == facet_counts(...)["total"]. Raises NewsledgerError for a period not in PERIODS."""
    if period not in PERIODS:
        raise NewsledgerError(f"period {period!r}: choose one of {', '.join(PERIODS)}")
    query = _joined(select(E.day, E.status, E.quad_class, E.goldstein)).where(*f.where(f.rolled(store)))
    with store.transaction() as conn:
        rows = conn.execute(query).all()
    dated = [r.day for r in rows if r.day]
    bins = {key: _empty_bin(key) for key in (_periods(_start_day(min(dated)), _start_day(max(dated)), period) if dated else [])}
    undated = _empty_bin("undated")
    for row in rows:
        bucket = bins[period_of(row.day, period)] if row.day else undated
        bucket["count"] += 1
        if row.status in HAPPENED:
            bucket[f"q{row.quad_class}"] += 1
            bucket["goldstein_sum"] += row.goldstein
        elif row.status in PLANNED:
            bucket["planned"] += 1
        else:
            bucket["unrealised"] += 1
    for bucket in [*bins.values(), undated]:
        happened = bucket["q1"] + bucket["q2"] + bucket["q3"] + bucket["q4"]
        bucket["goldstein_mean"] = bucket["goldstein_sum"] / happened if happened else None
    return {"period": period, "total": len(rows), "bins": list(bins.values()), "undated": undated}


def find_actors(store: Store, names: str) -> tuple[str, ...]:
    """The actor ids that comma-separated `names` mean, each read by ``actor_index.resolve_actor``; a term
    nothing answers to stays as it is, and so matches no event."""
    return tuple(m.actor_id or m.term for m in resolve_actors(store, names))


def resolve_actors(store: Store, names: str) -> list[ActorMatch]:
    """``actor_index.resolve_actor`` for each of comma-separated `names`, blanks skipped."""
    return [resolve_actor(store, term) for term in (t.strip() for t in names.split(",")) if term]
