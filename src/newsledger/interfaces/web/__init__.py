"""`newsledger serve`: the ledger in a browser. Every page has a JSON twin under /api/.

Article text is untrusted: templates autoescape, and highlighted text is built from escaped pieces.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import or_, select

from newsledger.analysis import events as event_analysis
from newsledger.analysis import forecasts as forecast_ledger
from newsledger.analysis.search import search_documents
from newsledger.errors import NewsledgerError
from newsledger.interfaces.web.charts import dyad_svg
from newsledger.interfaces.web.highlight import highlighted_text
from newsledger.store import Store, schema

HERE = Path(__file__).parent
PAGE_SIZE = 50
STATUSES = ("occurred", "ongoing", "planned", "expected", "hypothetical", "negated", "claimed")


def create_app(db: str) -> FastAPI:
    store = Store(db, create=False)
    app = FastAPI(title="newsledger", docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.tests["web_url"] = is_web_url

    def page(request: Request, name: str, **context):
        return templates.TemplateResponse(request, name, {"statuses": STATUSES, **context})

    def actor_names(ids) -> dict[str, str]:
        ids = [i for i in set(ids) if i]
        if not ids:
            return {}
        with store.transaction() as conn:
            rows = conn.execute(select(schema.actors.c.actor_id, schema.actors.c.name).where(schema.actors.c.actor_id.in_(ids)))
            return {r.actor_id: r.name for r in rows}

    @app.get("/favicon.ico")
    def favicon():
        return Response(status_code=204)

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, q: str = "", page_no: int = 1):
        results = search_documents(store, q, PAGE_SIZE, (page_no - 1) * PAGE_SIZE) if q else []
        recent = [] if q else _recent_documents(store)
        return page(request, "search.html", q=q, results=results, recent=recent, page_no=page_no)

    @app.get("/api/search")
    def api_search(q: str, page_no: int = 1):
        rows = search_documents(store, q, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
        return [{**r, "snippet": str(r["snippet"])} for r in rows]

    def document_data(doc_id: str) -> dict:
        try:
            doc = store.document(doc_id)
        except NewsledgerError as e:
            raise HTTPException(404, str(e))
        doc.pop("raw", None)
        return doc

    @app.get("/doc/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str):
        doc = document_data(doc_id)
        names = actor_names([m["actor_id"] for m in doc["mentions"]] + [e["source"] for e in doc["events"]]
                            + [e["target"] for e in doc["events"]] + [q["speaker"] for q in doc["quotes"]])
        return page(request, "document.html", doc=doc, names=names, body=highlighted_text(doc))

    @app.get("/api/doc/{doc_id}")
    def api_document(doc_id: str):
        return document_data(doc_id)

    def event_data(event_id: str) -> dict:
        with store.transaction() as conn:
            row = conn.execute(event_analysis._event_query().where(schema.events.c.event_id == event_id)).mappings().first()
            if not row:
                raise HTTPException(404, f"no event {event_id}")
            text = conn.execute(select(schema.documents.c.text).where(schema.documents.c.doc_id == row["doc_id"])).scalar_one()
        return {**row, "evidence": text[row["start"] : row["end"]]}

    @app.get("/event/{event_id}", response_class=HTMLResponse)
    def event(request: Request, event_id: str):
        ev = event_data(event_id)
        return page(request, "event.html", ev=ev, names=actor_names([ev["source"], ev["target"]]))

    @app.get("/api/event/{event_id}")
    def api_event(event_id: str):
        return event_data(event_id)

    def actor_data(actor_id: str, page_no: int) -> dict:
        with store.transaction() as conn:
            actor = conn.execute(select(schema.actors).where(schema.actors.c.actor_id == actor_id)).mappings().first()
            if not actor:
                raise HTTPException(404, f"no actor {actor_id}")
            quotes = conn.execute(select(schema.quotes).where(schema.quotes.c.speaker == actor_id).limit(PAGE_SIZE)).mappings().all()
            f = schema.forecasts.c
            forecasts = conn.execute(select(schema.forecasts).where(or_(f.forecaster == actor_id, f.actors.like(f'%"{actor_id}"%'))).limit(PAGE_SIZE)).mappings().all()
        events = event_analysis.timeline(store, actors=[actor_id], limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        return {"actor": {**actor, "roles": json.loads(actor["roles"]), "aliases": json.loads(actor["aliases"])},
                "events": events, "quotes": [dict(q) for q in quotes], "forecasts": [dict(x) for x in forecasts],
                "counterparts": event_analysis.counterparts(store, actor_id)}

    @app.get("/actor/{actor_id}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str, page_no: int = 1):
        data = actor_data(actor_id, page_no)
        ids = [e["source"] for e in data["events"]] + [e["target"] for e in data["events"]] + [c["other"] for c in data["counterparts"]]
        return page(request, "actor.html", **data, names=actor_names(ids), page_no=page_no)

    @app.get("/api/actor/{actor_id}")
    def api_actor(actor_id: str, page_no: int = 1):
        return actor_data(actor_id, page_no)

    @app.get("/dyad", response_class=HTMLResponse)
    def dyad(request: Request, a: str, b: str, period: str = "month", all_statuses: bool = False):
        trend = event_analysis.dyad_trend(store, a, b, period, occurred_only=not all_statuses)
        names = actor_names([a, b])
        title = f"{names.get(a, a)} and {names.get(b, b)}: events per {period}"
        events = event_analysis.timeline(store, actors=[a], limit=PAGE_SIZE * 4)
        events = [e for e in events if {e["source"], e["target"]} == {a, b}][:PAGE_SIZE]
        return page(request, "dyad.html", a=a, b=b, period=period, all_statuses=all_statuses, trend=trend,
                    chart=dyad_svg(trend, title), names=names, events=events)

    @app.get("/api/dyad")
    def api_dyad(a: str, b: str, period: str = "month", all_statuses: bool = False):
        return event_analysis.dyad_trend(store, a, b, period, occurred_only=not all_statuses)

    def timeline_data(actors: str, status: str, root: str, since: str, until: str, outlet: str, page_no: int):
        return event_analysis.timeline(store, actors=[a for a in actors.split(",") if a] or None, status=status or None,
                                       root=root or None, since=since or None, until=until or None, outlet=outlet or None,
                                       limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, actors: str = "", status: str = "", root: str = "", since: str = "", until: str = "", outlet: str = "", page_no: int = 1):
        rows = timeline_data(actors, status, root, since, until, outlet, page_no)
        names = actor_names([r["source"] for r in rows] + [r["target"] for r in rows])
        filters = {"actors": actors, "status": status, "root": root, "since": since, "until": until, "outlet": outlet}
        return page(request, "timeline.html", rows=rows, names=names, filters=filters, page_no=page_no)

    @app.get("/api/timeline")
    def api_timeline(actors: str = "", status: str = "", root: str = "", since: str = "", until: str = "", outlet: str = "", page_no: int = 1):
        return timeline_data(actors, status, root, since, until, outlet, page_no)

    @app.get("/forecasts", response_class=HTMLResponse)
    def forecasts(request: Request, state: str = ""):
        rows = forecast_ledger.list_forecasts(store, state=state or None)
        return page(request, "forecasts.html", rows=rows, state=state, scores=forecast_ledger.score_forecasters(store))

    @app.get("/api/forecasts")
    def api_forecasts(state: str = ""):
        return forecast_ledger.list_forecasts(store, state=state or None)

    @app.post("/forecasts/{forecast_id}/resolve")
    def resolve(forecast_id: str, outcome: str = Form(...), note: str = Form(""), evidence: str = Form("")):
        if outcome not in ("true", "false"):
            raise HTTPException(400, "outcome must be true or false")
        try:
            forecast_ledger.resolve(store, forecast_id, outcome == "true", note or None, evidence or None)
        except NewsledgerError as e:
            raise HTTPException(404, str(e))
        return RedirectResponse(f"/forecasts#{forecast_id}", status_code=303)

    @app.get("/same-events", response_class=HTMLResponse)
    def same_events(request: Request):
        groups = [g.summary() for g in event_analysis.same_events(store)][:PAGE_SIZE]
        return page(request, "same_events.html", groups=groups, names=actor_names([a for g in groups for a in g["actors"]]))

    @app.get("/api/same-events")
    def api_same_events():
        return [g.summary() for g in event_analysis.same_events(store)]

    @app.get("/disagreements", response_class=HTMLResponse)
    def disagreements(request: Request):
        rows = event_analysis.disagreements(store)[:PAGE_SIZE]
        return page(request, "disagreements.html", rows=rows, names=actor_names([a for r in rows for a in r["event"]["actors"]]))

    @app.get("/api/disagreements")
    def api_disagreements():
        return event_analysis.disagreements(store)

    @app.exception_handler(HTTPException)
    def not_found(request: Request, exc: HTTPException):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"ok": False, "error": exc.detail, "status": exc.status_code}, status_code=exc.status_code)
        response = page(request, "error.html", message=exc.detail, status=exc.status_code)
        response.status_code = exc.status_code
        return response

    return app


def is_web_url(url) -> bool:
    """Only http(s) links are rendered: a javascript: URL in article metadata must not become a link."""
    return isinstance(url, str) and url.lower().startswith(("http://", "https://"))


def _recent_documents(store: Store, limit: int = 20) -> list[dict]:
    d = schema.documents.c
    with store.transaction() as conn:
        return [dict(r) for r in conn.execute(select(d.doc_id, d.title, d.published, d.outlet).order_by(d.published.desc(), d.doc_id).limit(limit)).mappings()]
