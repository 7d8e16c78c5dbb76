"""`newsledger report`: one self-contained HTML briefing (inline CSS and SVG, no scripts)."""

from __future__ import annotations

from datetime import date
from itertools import combinations
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import or_, select

from newsledger.analysis import events as event_analysis
from newsledger.analysis.forecasts import list_forecasts
from newsledger.analysis.forecasts import is_web_url
from newsledger.interfaces.web.charts import dyad_svg
from newsledger.store import Store, schema

HERE = Path(__file__).parent
STYLE = HERE.parent / "web" / "static" / "style.css"
MAX_ROWS = 40


def resolve_actor_ids(store: Store, wanted: list[str]) -> list[str]:
    """Actor ids for what the user typed: an id, or a CAMEO code such as CHN (the state itself first)."""
    a = schema.actors.c
    found = []
    with store.transaction() as conn:
        for key in wanted:
            rows = conn.execute(select(a.actor_id, a.actor_type).where(or_(a.actor_id == key, a.code == key))).all()
            rows.sort(key=lambda r: (r.actor_id != key, r.actor_type != "state"))
            found.extend([rows[0].actor_id] if rows else [key])
    return found


def briefing_data(store: Store, actors: list[str] | None, since: str | None) -> dict:
    ids = resolve_actor_ids(store, actors) if actors else None
    rows = event_analysis.timeline(store, actors=ids, status=["occurred", "ongoing", "planned"], since=since, limit=MAX_ROWS)
    with store.transaction() as conn:
        names = {r.actor_id: r.name for r in conn.execute(select(schema.actors.c.actor_id, schema.actors.c.name))}
        documents = {r.doc_id: dict(r._mapping) for r in conn.execute(select(schema.documents.c.doc_id, schema.documents.c.title, schema.documents.c.url, schema.documents.c.source, schema.documents.c.outlet, schema.documents.c.published))}
        quotes = _notable_quotes(conn, ids)
    pairs = list(combinations(ids, 2))[:3] if ids and len(ids) > 1 else []
    charts = [dyad_svg(event_analysis.dyad_trend(store, a, b), f"{names.get(a, a)} and {names.get(b, b)}: occurred events per month") for a, b in pairs]
    forecasts = [f for f in list_forecasts(store) if not ids or f["forecaster"] in ids or set(f["actors"]) & set(ids)]
    return {
        "today": date.today().isoformat(), "actors": [names.get(i, i) for i in ids or []], "since": since,
        "events": rows, "groups": [g.summary() for g in event_analysis.same_events(store, ids, since)][:15],
        "charts": charts, "quotes": quotes, "names": names, "documents": documents,
        "open_forecasts": [f for f in forecasts if f["outcome"] is None][:MAX_ROWS],
        "resolved_forecasts": [f for f in forecasts if f["outcome"] is not None][:MAX_ROWS],
        "disagreements": event_analysis.disagreements(store, ids, since)[:20],
    }


def _notable_quotes(conn, ids) -> list[dict]:
    q = schema.quotes.c
    query = select(schema.quotes).where(q.quote_type == "direct")
    if ids:
        query = query.where(q.speaker.in_(ids))
    rows = [dict(r) for r in conn.execute(query.limit(500)).mappings()]
    return sorted(rows, key=lambda r: -len(r["text"]))[:15]


def render_briefing(store: Store, actors: list[str] | None = None, since: str | None = None) -> str:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    env.tests["web_url"] = is_web_url
    return env.get_template("briefing.html").render(style=STYLE.read_text(encoding="utf-8"), **briefing_data(store, actors, since))


def write_briefing(store: Store, path: str | Path, actors: list[str] | None = None, since: str | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_briefing(store, actors, since), encoding="utf-8")
    return path
