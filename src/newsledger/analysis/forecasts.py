"""The forecast ledger: list, resolve, suggest resolutions, and score forecasters.

A forecast's `probability` is the chance its proposition, as stated, comes true ("China will not
provide arms" at 0.9 is a 90% call that no arms are provided). A resolution says whether it did:
Brier score = mean of (probability - outcome)², lower is better, 0.25 for always saying 50%.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone

from sqlalchemy import and_, case, func, select

from newsledger.analysis.filters import evidence_text
from newsledger.errors import AlreadyResolved, NewsledgerError
from newsledger.ingest import web_url
from newsledger.store import Store, schema
from newsledger.store.versions import is_current

CALIBRATION_BINS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001)


def list_forecasts(store: Store, forecaster: str | None = None, actor: str | None = None,
                   horizon_before: str | None = None, state: str | None = None) -> list[dict]:
    """Forecasts with their resolution; state is 'open', 'resolved' or None for all. A superseded version's
    forecasts are left out (store.versions)."""
    f, r, d = schema.forecasts.c, schema.resolutions.c, schema.documents.c
    query = (
        select(schema.forecasts, r.outcome, r.note, r.evidence, d.published, d.title)
        .join(schema.resolutions, r.forecast_id == f.forecast_id, isouter=True)
        .join(schema.documents, d.doc_id == f.doc_id)
        .where(is_current(f.doc_id))
        .order_by(f.horizon.is_(None), f.horizon, f.forecast_id)
    )
    if forecaster:
        query = query.where((f.forecaster == forecaster) | f.forecaster_name.icontains(forecaster, autoescape=True))
    if actor:
        query = query.where(f.actors.contains(json.dumps(actor), autoescape=True))  # the id as the JSON list stores it
    if horizon_before:
        query = query.where(f.horizon <= horizon_before)
    if state == "open":
        query = query.where(r.outcome.is_(None))
    elif state == "resolved":
        query = query.where(r.outcome.is_not(None))
    with store.transaction() as conn:
        rows = [dict(row) for row in conn.execute(query).mappings()]
    for row in rows:
        row["actors"] = json.loads(row["actors"])
    return rows


@dataclass(frozen=True)
class ForecastFilter:
    """Forecasts by `forecaster` (an actor id, or words of the forecaster's name as the text gives it), naming
    every one of actor ids `actors`, holding every word of `words` in the proposition, in `state` 'open' (not resolved),
    'due' (open, its horizon before `as_of`) or 'resolved', with a horizon from `horizon_from` to
    `horizon_until` (ISO, inclusive), a probability from `p_min` to `p_max`, and forecasters `kind` 'named'
    (resolved to an actor of the ledger) or 'unnamed' (a pronoun, the author, a group left unresolved).
    `as_of` is an ISO date, today when None. Empty fields do not filter. Forecasts of a document that a later
    version supersedes are left out (store.versions)."""

    forecaster: str | None = None
    actors: tuple[str, ...] = ()
    words: str = ""
    state: str | None = None
    horizon_from: str | None = None
    horizon_until: str | None = None
    p_min: float | None = None
    p_max: float | None = None
    kind: str | None = None
    as_of: str | None = None

    def where(self, with_state: bool = True) -> list:
        f = schema.forecasts.c
        today = self.as_of or date.today().isoformat()
        clauses = [is_current(f.doc_id)]  # a page's older version would list its forecasts twice
        if self.forecaster:
            clauses.append((f.forecaster == self.forecaster) | f.forecaster_name.icontains(self.forecaster, autoescape=True))
        for actor in self.actors:
            clauses.append(f.actors.contains(json.dumps(actor), autoescape=True))  # the id as the JSON list stores it
        for word in self.words.split():
            clauses.append(f.proposition.icontains(word, autoescape=True))
        if with_state and self.state:
            clauses.append(_state_clause(self.state, today))
        if self.horizon_from:
            clauses.append(f.horizon >= self.horizon_from)
        if self.horizon_until:
            clauses.append(f.horizon <= self.horizon_until + "~")
        if self.p_min is not None:
            clauses.append(f.probability >= self.p_min)
        if self.p_max is not None:
            clauses.append(f.probability <= self.p_max)
        if self.kind:
            clauses.append(f.forecaster.is_not(None) if self.kind == "named" else f.forecaster.is_(None))
        return clauses


def _state_clause(state: str, today: str):
    f, r = schema.forecasts.c, schema.resolutions.c
    if state == "resolved":
        return r.outcome.is_not(None)
    if state == "due":
        return and_(r.outcome.is_(None), f.horizon.is_not(None), f.horizon < today)
    return r.outcome.is_(None)


def find_forecasts(store: Store, ff: ForecastFilter, limit: int = 50, offset: int = 0) -> tuple[list[dict], dict]:
    """One page of matching forecasts, named forecasters first, then by horizon (none last), each with its
    resolution, document date and title, and `state` (open, due or resolved: a due one is open too); and the
    counts {"total", "state": {open, due, resolved}, "kind": {named, unnamed}} of all that match, the state
    counts before the state filter so that each tab shows its size."""
    f, r, d = schema.forecasts.c, schema.resolutions.c, schema.documents.c
    today = ff.as_of or date.today().isoformat()
    joined = (schema.forecasts.join(schema.resolutions, r.forecast_id == f.forecast_id, isouter=True)
              .join(schema.documents, d.doc_id == f.doc_id))
    state = case((r.outcome.is_not(None), "resolved"), (and_(f.horizon.is_not(None), f.horizon < today), "due"), else_="open")
    kind = case((f.forecaster.is_not(None), "named"), else_="unnamed")
    query = (select(schema.forecasts, r.outcome, r.note, r.evidence, d.published, d.title, state.label("state"))
             .select_from(joined).where(*ff.where())
             .order_by(f.forecaster.is_(None), f.horizon.is_(None), f.horizon, f.forecast_id).limit(limit).offset(offset))
    counted = select(state.label("state"), kind.label("kind"), func.count().label("n")).select_from(joined)
    counts = {"total": 0, "state": {"open": 0, "due": 0, "resolved": 0}, "kind": {"named": 0, "unnamed": 0}}
    with store.transaction() as conn:
        rows = [dict(row) for row in conn.execute(query).mappings()]
        for row in conn.execute(counted.where(*ff.where(with_state=False)).group_by(state, kind)).mappings():
            states = ("open", "due") if row["state"] == "due" else (row["state"],)
            for name in states:
                counts["state"][name] += row["n"]
            if not ff.state or ff.state in states:
                counts["kind"][row["kind"]] += row["n"]
                counts["total"] += row["n"]
    for row in rows:
        row["actors"] = json.loads(row["actors"])
    return rows, counts


def states_negation(proposition: str | None) -> bool:
    """Whether the proposition's own words say "not" ("China will not oppose"), as opposed to a forecast whose
    negation governs it from outside ("no sign that China would oppose": `negated` set, proposition positive)."""
    return bool(proposition and re.search(r"\b(?:not|never|no)\b|n[’']t\b", proposition, re.IGNORECASE))


def is_web_url(url) -> bool:
    """Whether a value is, exactly, an http(s) URL with a host (ingest's rule): a javascript: or data: URL is
    never stored as evidence or rendered as a link."""
    return isinstance(url, str) and web_url(url) == (url, None)


def resolve(store: Store, forecast_id: str, outcome: bool, note: str | None = None, evidence: str | None = None,
            replace: bool = False) -> None:
    """Record whether a forecast came true. A judgement already recorded is a person's work: it is
    replaced only with ``replace=True``.

    `evidence` is an http(s) URL or a document's id, or a unique prefix of one (as `show` and /doc/
    take), stored as the whole id.

    Raises AlreadyResolved for a forecast already resolved (without ``replace``), NewsledgerError for
    an unknown forecast or for evidence that is neither an http(s) URL nor the id, or a unique prefix of
    the id, of a document in the ledger (an ambiguous prefix says so)."""
    with store.transaction() as conn:
        found = conn.execute(select(schema.forecasts.c.forecast_id).where(schema.forecasts.c.forecast_id == forecast_id)).first()
        if not found:
            raise NewsledgerError(f"no forecast {forecast_id!r}; list them with `newsledger forecasts`")
        resolved = conn.execute(select(schema.resolutions.c.outcome).where(schema.resolutions.c.forecast_id == forecast_id)).first()
        if resolved is not None and not replace:
            raise AlreadyResolved(f"forecast {forecast_id} is already resolved ({'true' if resolved[0] else 'false'}); "
                                  "add --replace to replace that resolution")
        if evidence and not is_web_url(evidence):
            evidence = _evidence_document(conn, evidence)
        conn.execute(schema.resolutions.delete().where(schema.resolutions.c.forecast_id == forecast_id))
        conn.execute(schema.resolutions.insert().values(
            forecast_id=forecast_id, outcome=outcome, note=note, evidence=evidence,
            resolved_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        ))


def _evidence_document(conn, evidence: str) -> str:
    """The id of the one document whose id is or starts with `evidence`; NewsledgerError otherwise."""
    ids = schema.documents.c.doc_id
    found = conn.scalars(select(ids).where(ids.startswith(evidence, autoescape=True)).limit(2)).all()
    if len(found) == 1:
        return found[0]
    if found:
        raise NewsledgerError(f"evidence {evidence[:80]!r} is ambiguous: more than one document's id starts with it; give more of it")
    raise NewsledgerError(f"evidence {evidence[:80]!r} is neither an http(s) URL nor the id (or a unique prefix) of a document in the ledger")


@dataclass
class Suggestion:
    forecast: dict
    outcome: bool | None  # None: the ledger cannot say; the forecast is for a person to resolve
    evidence: list[dict]  # occurred events that bear on it, with their sentence
    reason: str


def suggest(store: Store, as_of: str | None = None) -> list[Suggestion]:
    """For open forecasts whose horizon has passed (before `as_of`, ISO date, default today), propose an
    outcome from occurred events in the ledger with the forecast's actors (and CAMEO root, when it has one)
    between its publication and its horizon, told by other documents than the forecast's own. A forecast that names no actor gets no outcome, and a reason
    that says so; no matching event is said to be weak evidence, never proof."""
    as_of = as_of or date.today().isoformat()
    return suggestions_for(store, list_forecasts(store, horizon_before=as_of, state="open"))


def suggestions_for(store: Store, forecasts: list[dict]) -> list[Suggestion]:
    """The suggestion `suggest` would make for each of `forecasts` (rows of list_forecasts or find_forecasts),
    in their order. The ledger's events are read once for them all, not once per forecast."""
    found = _matching_events(store, [f for f in forecasts if f["actors"] and f["horizon"]])
    return [_suggestion(f, found.get(f["forecast_id"], [])) for f in forecasts]


def _suggestion(forecast: dict, events: list[dict]) -> Suggestion:
    matched = "its actors" + (f" and CAMEO root {forecast['event_cameo'][:2]}" if forecast["event_cameo"] else "")
    said_not = bool(forecast["negated"])
    if not forecast["actors"]:
        return Suggestion(forecast, None, [], "it names no actor, so no event in the ledger can bear on it; resolve it by hand")
    if events:
        reason = f"{len(events)} occurred event(s) in the ledger match {matched} before the horizon"
        return Suggestion(forecast, not said_not, events, reason + (", and it said this would not happen" if said_not else ""))
    reason = (f"no occurred event in the ledger matches {matched} before the horizon, and it said this would not happen"
              if said_not else f"no occurred event in the ledger matches {matched} before the horizon")
    return Suggestion(forecast, said_not, [], reason + " (weak evidence: the ledger may have missed it; check before resolving)")


def _matching_events(store: Store, forecasts: list[dict]) -> dict[str, list[dict]]:
    """{forecast id: the occurred events of other documents with one of its actors (as either side), of its
    CAMEO root when it has one, dated (by the text) from its document's date to its horizon, oldest first}, for forecasts that
    name actors and a horizon. One query reads the events of all their actors in the span of all their dates."""
    if not forecasts:
        return {}
    e, d = schema.events.c, schema.documents.c
    actors = sorted({a for f in forecasts for a in f["actors"]})
    query = (select(e.event_id, e.cameo, e.root, e.source, e.target, e.date, e.doc_id)
             .where(e.status == "occurred", e.source.in_(actors) | e.target.in_(actors), e.date <= max(f["horizon"] for f in forecasts),
                    is_current(e.doc_id))  # an earlier version of the forecast's own article is no other report
             .order_by(e.date, e.event_id))
    if all(f["published"] for f in forecasts):
        query = query.where(e.date >= min(f["published"] for f in forecasts))
    with store.transaction() as conn:
        rows = conn.execute(query).mappings().all()
    by_actor = defaultdict(list)  # each event under each of its sides, oldest first
    for r in rows:
        for side in {r["source"], r["target"]} - {None}:
            by_actor[side].append(r)
    found = {}
    for f in forecasts:
        root = f["event_cameo"][:2] if f["event_cameo"] else None
        # no document date: no lower bound. An article cannot bear out its own forecast: what it tells as
        # done is the background the forecast was made against ("talks resumed and are likely to go on").
        matched = {r["event_id"]: r for a in f["actors"] for r in by_actor.get(a, ())
                   if (f["published"] or "") <= r["date"] <= f["horizon"] and r["doc_id"] != f["doc_id"]}
        found[f["forecast_id"]] = [{k: r[k] for k in ("event_id", "cameo", "source", "target", "date", "doc_id")}
                                   for r in sorted(matched.values(), key=lambda r: (r["date"], r["event_id"]))
                                   if root is None or r["root"] == root]
    _add_evidence(store, [event for events in found.values() for event in events])
    return found


def _add_evidence(store: Store, events: list[dict]) -> None:
    """Give each event dict its "evidence" (the text of its sentence), read for these events alone: the
    events a forecast's actors took part in are many, those that match it few."""
    e, d = schema.events.c, schema.documents.c
    ids = sorted({event["event_id"] for event in events})
    texts = {}
    with store.transaction() as conn:
        for start in range(0, len(ids), 500):  # SQLite allows a limited number of bound parameters
            query = (select(e.event_id, evidence_text())
                     .join(schema.documents, d.doc_id == e.doc_id).where(e.event_id.in_(ids[start:start + 500])))
            texts.update(conn.execute(query).all())
    for event in events:
        event["evidence"] = texts[event["event_id"]]


@dataclass
class ForecasterScore:
    forecaster: str
    forecasts: int
    resolved: int
    brier: float | None
    calibration: list[dict]  # per probability bin: range, count, mean probability, share that came true
    named: bool = False  # resolved to an actor of the ledger (not a pronoun, "the author" or a group left unresolved)


def score_forecasters(store: Store, named_only: bool = False, limit: int | None = None) -> list[ForecasterScore]:
    """Forecasters, most resolved forecasts first, then most forecasts: each one's counts, Brier score (None
    while none of theirs is resolved) and calibration table. A forecaster resolved to an actor is named and
    listed under the actor's name, whatever word the text used for them ("he", "the minister"); the rest
    are listed as the text names them. `named_only` keeps the named ones; `limit` the first so many."""
    f, r = schema.forecasts.c, schema.resolutions.c
    # the four columns scoring reads, in list_forecasts' order: a ledger may hold tens of thousands of forecasts
    query = (select(f.forecaster, f.forecaster_name, f.probability, r.outcome)
             .join(schema.resolutions, r.forecast_id == f.forecast_id, isouter=True)
             .where(is_current(f.doc_id)).order_by(f.horizon.is_(None), f.horizon, f.forecast_id))
    with store.transaction() as conn:
        names = dict(conn.execute(select(schema.actors.c.actor_id, schema.actors.c.name)).all())
        rows = [dict(row) for row in conn.execute(query).mappings().all()]
    by_forecaster: dict[tuple[str, bool], list[dict]] = {}
    for row in rows:
        named = row["forecaster"] is not None
        name = names.get(row["forecaster"]) if named else None
        key = (name or row["forecaster_name"] or row["forecaster"] or "unknown", named)
        by_forecaster.setdefault(key, []).append(row)
    scores = [_score(name, named, rows) for (name, named), rows in by_forecaster.items() if named or not named_only]
    return sorted(scores, key=lambda s: (-s.resolved, -s.forecasts, not s.named, s.forecaster))[:limit]


def _score(name: str, named: bool, rows: list[dict]) -> ForecasterScore:
    scored = [(r["probability"], 1.0 if r["outcome"] else 0.0) for r in rows if r["outcome"] is not None and r["probability"] is not None]
    brier = sum((p - o) ** 2 for p, o in scored) / len(scored) if scored else None
    return ForecasterScore(name, len(rows), sum(r["outcome"] is not None for r in rows), brier, calibration_table(scored), named)


def calibration_table(scored: list[tuple[float, float]]) -> list[dict]:
    table = []
    for low, high in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:]):
        members = [(p, o) for p, o in scored if low <= p < high]
        if members:
            table.append({
                "bin": f"{low:.1f}-{min(high, 1.0):.1f}",
                "count": len(members),
                "mean_probability": sum(p for p, _ in members) / len(members),
                "observed": sum(o for _, o in members) / len(members),
            })
    return table


def plot_calibration(scores: list[ForecasterScore], path: str) -> None:
    """A calibration chart (forecast probability vs share that came true) as PNG or SVG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], linestyle="--", color="grey", label="perfect calibration")
    for score in scores:
        if score.calibration:
            xs = [b["mean_probability"] for b in score.calibration]
            ys = [b["observed"] for b in score.calibration]
            ax.plot(xs, ys, marker="o", label=f"{score.forecaster} (n={score.resolved})")
    ax.set(xlim=(0, 1), ylim=(0, 1), xlabel="forecast probability", ylabel="share that came true", title="Forecaster calibration")
    ax.legend(fontsize="small", loc="upper left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
