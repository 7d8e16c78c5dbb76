"""`newsledger report`: one self-contained HTML briefing (inline CSS and SVG, no scripts, A4 when printed).

The briefing reads its events through the same filter as the web app's lists (analysis.filters.EventFilter),
so its counts are the counts the timeline shows for the same actors and dates, under the same roll-up.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import func, or_, select

from newsledger.analysis import events as event_analysis
from newsledger.analysis import filters
from newsledger.analysis.filters import EventFilter
from newsledger.analysis.forecasts import is_web_url
from newsledger.errors import NewsledgerError
from newsledger.interfaces.graphics.map import world_map_svg
from newsledger.interfaces.graphics.network import actor_network_svg
from newsledger.interfaces.web.charts import dyad_svg
from newsledger.interfaces.web.maps import DRAWN_EDGES, network, places
from newsledger.store import Store, schema
from newsledger.store.versions import is_current

HERE = Path(__file__).parent
STYLE = HERE.parent / "web" / "static" / "style.css"
MAX_ROWS = 40
TOP_DYADS = 5
E, D, Q, F, R = schema.events.c, schema.documents.c, schema.quotes.c, schema.forecasts.c, schema.resolutions.c


def briefing_filter(store: Store, actors: list[str] | None = None, since: str | None = None, until: str | None = None,
                    rollup: bool = True) -> EventFilter:
    """The events a briefing covers. `actors` (ids, names, aliases or state codes such as CHN): one actor
    means every event involving it, two mean the pair (events from either to the other), none means all;
    `since` and `until` are ISO days, inclusive. Raises NewsledgerError for more than two actors."""
    ids = filters.find_actors(store, ",".join(actors or []))
    if len(ids) > 2:
        raise NewsledgerError(f"--actors: name one actor (everything involving it) or a pair (events between them), not {len(ids)}")
    return EventFilter(actors=ids if len(ids) == 1 else (), pair=ids if len(ids) == 2 else None,
                       since=since, until=until, rollup=rollup)


def briefing_data(store: Store, actors: list[str] | None = None, since: str | None = None, until: str | None = None,
                  rollup: bool = True) -> dict:
    """Everything the briefing shows, as plain data (see briefing_filter for the arguments): the scope
    (documents, outlets, first and last event day), the counts (`total`, `undated`, `by_status`, `happened`:
    q1-q4 for events that happened, `planned` and `unrealised` apart, as analysis.filters.trend counts them),
    `top_dyads`, the first MAX_ROWS events oldest first, same-event groups, the pair's dyad chart, the map and
    network SVGs (None when empty), quotes, forecasts made (document published) and resolved in the period,
    and disagreements. Raises NewsledgerError for more than two actors."""
    f = briefing_filter(store, actors, since, until, rollup)
    ids = f.pair or f.actors
    counts = filters.facet_counts(store, f)
    trend = filters.trend(store, f, "month")
    edges = network(store, f)["edges"]
    located = places(store, f)
    rolled = f.rolled(store)
    groups = [g.summary() for g in event_analysis.same_events(store, where=f)][:15]
    with store.transaction() as conn:
        names = {r.actor_id: r.name for r in conn.execute(select(schema.actors.c.actor_id, schema.actors.c.name))}
        scope = _scope(conn, f.where(rolled))
        quotes = _quotes(conn, rolled, ids, since, until)
        forecasts = _forecasts(conn, rolled, ids)
        group_sentences = _event_sentences(conn, [i for g in groups for i in g["event_ids"]])
    documents = scope.pop("documents")
    happened = Counter()
    for bucket in [*trend["bins"], trend["undated"]]:
        happened.update({k: bucket[k] for k in ("q1", "q2", "q3", "q4", "planned", "unrealised")})
    opened = [x for x in forecasts if _within(x["published"], since, until)]
    resolved = [x for x in forecasts if x["outcome"] is not None and _within(x["resolved_at"], since, until)]
    chart = None
    if f.pair:
        a, b = f.pair
        chart = dyad_svg(trend["bins"], f"{names.get(a, a)} and {names.get(b, b)}: events per month", trend["undated"])
    return {
        "today": date.today().isoformat(), "actors": [names.get(i, i) for i in ids], "pair": bool(f.pair),
        "since": since, "until": until, "rollup": rollup, "scope": scope, "documents": documents, "names": names,
        "total": counts["total"], "undated": counts["undated"], "by_status": counts["status"], "happened": happened,
        "top_dyads": edges[:TOP_DYADS],
        "events": filters.find_events(store, f, "date", MAX_ROWS),
        "groups": groups, "group_sentences": group_sentences,
        "chart": chart,
        "map": world_map_svg([(p["lat"], p["lon"], p["count"], p["quad_class"], p["name"] or str(p["place"]), "#events")
                              for p in located["places"]]) if located["places"] else None,
        "located": located,
        "network": actor_network_svg([(e["source"], names.get(e["source"], e["source"]), e["target"], names.get(e["target"], e["target"]),
                                       e["count"], e["goldstein_mean"]) for e in edges[:DRAWN_EDGES]]) if edges else None,
        "quotes": quotes,
        "forecasts_opened": opened[:MAX_ROWS], "forecasts_resolved": resolved[:MAX_ROWS],
        "opened_count": len(opened), "resolved_count": len(resolved),
        "disagreements": event_analysis.with_sources(store, event_analysis.disagreement_pairs(store, where=f)[:20]),  # sentences for these only
    }


def _within(day: str | None, since: str | None, until: str | None) -> bool:
    """Whether ISO `day` (any precision, or a timestamp) falls from `since` to `until`; an undated one only when neither is set."""
    if not day:
        return not since and not until
    return (not since or day[:10] >= since) and (not until or day[:len(until)] <= until)


def _scope(conn, where: list) -> dict:
    """Where the selected events come from: {"documents": {doc_id: row}, "outlets": [..], "first", "last"}."""
    events = schema.events.join(schema.documents, D.doc_id == E.doc_id)
    doc_ids = select(E.doc_id).select_from(events).where(*where).distinct().subquery()
    rows = conn.execute(select(D.doc_id, D.title, D.url, D.source, D.outlet, D.published)
                        .where(D.doc_id.in_(select(doc_ids.c.doc_id)))).mappings()
    documents = {r["doc_id"]: dict(r) for r in rows}
    first, last = conn.execute(select(func.min(E.day), func.max(E.day)).select_from(events).where(*where)).one()
    outlets = sorted({d["outlet"] for d in documents.values() if d["outlet"]})
    return {"documents": documents, "outlets": outlets, "first": first, "last": last}


def _sentence(text_column, start, end):
    return func.substr(text_column, start + 1, end - start)


def _quotes(conn, rolled, ids: tuple, since: str | None, until: str | None) -> list[dict]:
    """The longest direct quotes by the selected actors (under the roll-up), from documents published in the period."""
    query = (select(Q.quote_id, Q.doc_id, Q.text, Q.speaker, Q.speaker_text, Q.cue, _sentence(D.text, Q.start, Q.end).label("evidence"))
             .join_from(schema.quotes, schema.documents, D.doc_id == Q.doc_id).where(Q.quote_type == "direct", is_current(Q.doc_id)))
    if ids:
        query = query.where(or_(*(rolled.side_is(Q.speaker, D.published, a) for a in ids)))
    if since:
        query = query.where(D.published >= since)
    if until:
        query = query.where(D.published <= until + "~")
    return [dict(r) for r in conn.execute(query.order_by(func.length(Q.text).desc(), Q.quote_id).limit(15)).mappings()]


def _forecasts(conn, rolled, ids: tuple) -> list[dict]:
    """Forecasts made by, or naming, the selected actor or both of the pair (under the roll-up), with their resolution and the
    publication day of their document; the period is applied by the caller (opened: published, resolved: resolved_at)."""
    query = (select(F.forecast_id, F.doc_id, F.forecaster, F.forecaster_name, F.proposition, F.hedge, F.probability,
                    F.horizon, F.actors, R.outcome, R.note, R.resolved_at, D.published, _sentence(D.text, F.start, F.end).label("evidence"))
             .join_from(schema.forecasts, schema.documents, D.doc_id == F.doc_id)
             .join(schema.resolutions, R.forecast_id == F.forecast_id, isouter=True)
             .where(is_current(F.doc_id))
             .order_by(F.horizon.is_(None), F.horizon, F.forecast_id))
    rows = [dict(r) for r in conn.execute(query).mappings()]
    if not ids:
        return rows
    def involved(row: dict) -> set[str]:
        named = {a for a in [row["forecaster"], *json.loads(row["actors"])] if a}
        return named | {rolled.unit(a, row["published"]) for a in named}

    return [r for r in rows if set(ids) <= involved(r)]  # a pair's forecasts involve both


def _event_sentences(conn, event_ids: list[str]) -> dict[str, dict]:
    """{event id: {"doc_id", "evidence"}} for the events of the same-event groups."""
    if not event_ids:
        return {}
    rows = conn.execute(select(E.event_id, E.doc_id, _sentence(D.text, E.start, E.end).label("evidence"))
                        .join_from(schema.events, schema.documents, D.doc_id == E.doc_id).where(E.event_id.in_(event_ids)))
    return {r.event_id: {"doc_id": r.doc_id, "evidence": r.evidence} for r in rows}


def sentence_url(url: str | None, sentence: str | None) -> str | None:
    """A link to `sentence` inside the page at `url` (a URL text fragment, WICG Scroll-to-Text: browsers that
    know it scroll to and mark the sentence), or None when the document has no web address."""
    if not is_web_url(url):
        return None
    if not sentence:
        return url
    words = " ".join(sentence.split()[:12])  # a fragment matches from word to word; a short one survives page edits
    return f"{url.split('#')[0]}#:~:text={quote(words, safe='').replace('-', '%2D')}"


def render_briefing(store: Store, actors: list[str] | None = None, since: str | None = None, until: str | None = None,
                    rollup: bool = True) -> str:
    """The briefing as one HTML page: no scripts, styles inline, charts as inline SVG, `@page` A4."""
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    env.tests["web_url"] = is_web_url
    env.globals["sentence_url"] = sentence_url
    return env.get_template("briefing.html").render(style=STYLE.read_text(encoding="utf-8"),
                                                    **briefing_data(store, actors, since, until, rollup))


def write_briefing(store: Store, path: str | Path, actors: list[str] | None = None, since: str | None = None,
                   until: str | None = None, rollup: bool = True) -> Path:
    """Write the briefing to `path` (folders made as needed); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_briefing(store, actors, since, until, rollup), encoding="utf-8")
    return path
