"""`newsledger serve`: the ledger in a browser. Every page has a JSON twin under /api/.

Article text is untrusted: templates autoescape, and highlighted text is built from escaped pieces.
Before a request reaches a page it must name a host the server was started for (against DNS
rebinding) and hold no NUL; a change to the ledger must come from this site's own form (Origin or
Referer, and the form's CSRF token) and, on a server reachable beyond this machine, carry the write
token. Every error, page or API, has one shape, after Datasette's: {"ok": false, "error": message,
"status": code}; pages show the same message and status.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
import secrets
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote, unquote_to_bytes, urlsplit

from fastapi import FastAPI, Form, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import AfterValidator
from sqlalchemy import or_, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsledger.analysis import events as event_analysis
from newsledger.analysis import forecasts as forecast_ledger
from newsledger.analysis.search import search_documents
from newsledger.errors import AlreadyResolved, LedgerError, NewsledgerError
from newsledger.ingest.text import iso_date
from newsledger.interfaces.web.charts import dyad_svg
from newsledger.interfaces.web.highlight import highlighted_text
from newsledger.store import Store, schema

HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_PAGE = 100_000  # 5 million rows deep: past any ledger, and far from SQL's integer limits
MAX_TEXT = 1000  # characters in one parameter; more ids than this would also outgrow SQL's parameter limit
STATUSES = ("occurred", "ongoing", "planned", "expected", "hypothetical", "negated", "claimed")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
# No inline script or style anywhere: scripts and styles come from /static only (OWASP secure headers).
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
                               "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page of 50 rows, from 1")]
Text = Annotated[str, Query(max_length=MAX_TEXT)]
def _calendar_day(value: str) -> str:
    if value and iso_date(value) != value:
        raise ValueError(f"{value!r} is not a calendar date")
    return value


Day = Annotated[str, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
                AfterValidator(_calendar_day)]
Status = Literal[("", *STATUSES)]
FormText = Annotated[str, Form(max_length=MAX_TEXT)]

log = logging.getLogger(__name__)


def create_app(db: str, hosts: Iterable[str] = LOCAL_HOSTS, write_token: str | None = None) -> FastAPI:
    """The web app over the ledger at `db`, answering requests whose Host header names one of `hosts`
    (a port is allowed); with `write_token`, a form that changes the ledger must carry it.
    Raises NewsledgerError when `db` is not a ledger."""
    store = Store(db, create=False)
    allowed_hosts = {_host_name(h) for h in hosts}
    csrf_token = secrets.token_urlsafe(32)  # one per server run: a page from another site cannot read it
    app = FastAPI(title="newsledger", docs_url=None, redoc_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.tests["web_url"] = forecast_ledger.is_web_url

    def page(request: Request, name: str, status_code: int = 200, headers=None, **context):
        context = {"statuses": STATUSES, "csrf_token": csrf_token, "needs_write_token": write_token is not None, **context}
        return templates.TemplateResponse(request, name, context, status_code=status_code, headers=headers)

    def error(request: Request, status: int, message: str, headers=None) -> Response:
        if request.scope["path"].startswith("/api/"):
            return JSONResponse({"ok": False, "error": message, "status": status}, status_code=status, headers=headers)
        return page(request, "error.html", status_code=status, headers=headers, message=message, status=status)

    def refusal(request: Request) -> tuple[int, str] | None:
        """Why the request is refused before any page sees it, or None."""
        host = _host_name(request.headers.get("host", ""))
        if host not in allowed_hosts:
            return 400, f"this server does not answer for host {host!r}; start it with --allow-host to add a name"
        if "\0" in request.scope["path"] or b"\0" in unquote_to_bytes(request.scope["query_string"]):  # the path comes decoded
            return 400, "a parameter holds a NUL character"
        if request.method not in SAFE_METHODS:
            origin = request.headers.get("origin") or request.headers.get("referer")
            if origin is not None and urlsplit(origin).netloc.lower() != request.headers["host"].lower():
                return 403, "a change to the ledger must come from this site's own pages"
        return None

    @app.middleware("http")
    async def guard(request: Request, call_next):
        refused = refusal(request)
        if refused:
            response = error(request, *refused)
        else:
            try:
                response = await call_next(request)
            except Exception:
                log.exception("%s %s failed", request.method, request.scope["path"])
                response = error(request, 500, "internal error; the server's log has the details")
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException):
        return error(request, exc.status_code, str(exc.detail), exc.headers)

    @app.exception_handler(LedgerError)
    def ledger_unavailable(request: Request, exc: LedgerError):
        return error(request, 503, str(exc))  # locked, disk full, unreadable: worth a retry, not a server bug

    @app.exception_handler(RequestValidationError)
    def invalid_parameter(request: Request, exc: RequestValidationError):
        return error(request, 400, "; ".join(f"{e['loc'][-1]}: {e['msg']}" for e in exc.errors()))

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
    def home(request: Request, q: Text = "", page_no: PageNo = 1):
        results = search_documents(store, q, PAGE_SIZE, (page_no - 1) * PAGE_SIZE) if q else []
        recent = [] if q else _recent_documents(store)
        return page(request, "search.html", q=q, results=results, recent=recent, page_no=page_no)

    @app.get("/api/search")
    def api_search(q: Text, page_no: PageNo = 1):
        rows = search_documents(store, q, PAGE_SIZE, (page_no - 1) * PAGE_SIZE)
        return [{**r, "snippet": str(r["snippet"])} for r in rows]

    def document_data(doc_id: str) -> dict:
        try:
            doc = store.document(doc_id, prefix=False)
        except LedgerError:
            raise  # the database failed; the document may well exist
        except NewsledgerError:
            raise HTTPException(404, f"no document {doc_id}")
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
            named = f.actors.contains(json.dumps(actor_id), autoescape=True)  # the id as the JSON list stores it
            forecasts = conn.execute(select(schema.forecasts).where(or_(f.forecaster == actor_id, named)).limit(PAGE_SIZE)).mappings().all()
        events = event_analysis.timeline(store, actors=[actor_id], limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)
        return {"actor": {**actor, "roles": json.loads(actor["roles"]), "aliases": json.loads(actor["aliases"])},
                "events": events, "quotes": [dict(q) for q in quotes], "forecasts": [dict(x) for x in forecasts],
                "counterparts": event_analysis.counterparts(store, actor_id)}

    # Actor ids are free text ("actors add" takes any id), so one may hold "/": the route takes the rest of the path.
    @app.get("/actor/{actor_id:path}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str, page_no: PageNo = 1):
        data = actor_data(actor_id, page_no)
        ids = [e["source"] for e in data["events"]] + [e["target"] for e in data["events"]] + [c["other"] for c in data["counterparts"]]
        return page(request, "actor.html", **data, names=actor_names(ids), page_no=page_no)

    @app.get("/api/actor/{actor_id:path}")
    def api_actor(actor_id: str, page_no: PageNo = 1):
        return actor_data(actor_id, page_no)

    @app.get("/dyad", response_class=HTMLResponse)
    def dyad(request: Request, a: Text, b: Text, period: Literal["month", "week"] = "month", all_statuses: bool = False):
        trend = event_analysis.dyad_trend(store, a, b, period, occurred_only=not all_statuses)
        names = actor_names([a, b])
        title = f"{names.get(a, a)} and {names.get(b, b)}: events per {period}"
        events = event_analysis.timeline(store, actors=[a], limit=PAGE_SIZE * 4)
        events = [e for e in events if {e["source"], e["target"]} == {a, b}][:PAGE_SIZE]
        return page(request, "dyad.html", a=a, b=b, period=period, all_statuses=all_statuses, trend=trend,
                    chart=dyad_svg(trend, title), names=names, events=events)

    @app.get("/api/dyad")
    def api_dyad(a: Text, b: Text, period: Literal["month", "week"] = "month", all_statuses: bool = False):
        return event_analysis.dyad_trend(store, a, b, period, occurred_only=not all_statuses)

    def timeline_data(actors: str, status: str, root: str, since: str, until: str, outlet: str, page_no: int):
        return event_analysis.timeline(store, actors=[a for a in actors.split(",") if a] or None, status=status or None,
                                       root=root or None, since=since or None, until=until or None, outlet=outlet or None,
                                       limit=PAGE_SIZE, offset=(page_no - 1) * PAGE_SIZE)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, actors: Text = "", status: Status = "", root: Text = "", since: Day = "", until: Day = "",
                 outlet: Text = "", page_no: PageNo = 1):
        rows = timeline_data(actors, status, root, since, until, outlet, page_no)
        names = actor_names([r["source"] for r in rows] + [r["target"] for r in rows])
        filters = {"actors": actors, "status": status, "root": root, "since": since, "until": until, "outlet": outlet}
        return page(request, "timeline.html", rows=rows, names=names, filters=filters, page_no=page_no)

    @app.get("/api/timeline")
    def api_timeline(actors: Text = "", status: Status = "", root: Text = "", since: Day = "", until: Day = "",
                     outlet: Text = "", page_no: PageNo = 1):
        return timeline_data(actors, status, root, since, until, outlet, page_no)

    @app.get("/forecasts", response_class=HTMLResponse)
    def forecasts(request: Request, state: Literal["", "open", "resolved"] = ""):
        rows = forecast_ledger.list_forecasts(store, state=state or None)
        return page(request, "forecasts.html", rows=rows, state=state, scores=forecast_ledger.score_forecasters(store))

    @app.get("/api/forecasts")
    def api_forecasts(state: Literal["", "open", "resolved"] = ""):
        return forecast_ledger.list_forecasts(store, state=state or None)

    def check_write(csrf: str, token: str) -> None:
        """403 unless the form came from one of this server's pages and, where needed, holds the write token."""
        if not hmac.compare_digest(csrf.encode(), csrf_token.encode()):
            raise HTTPException(403, "this form is not from this server's pages, or is from before it restarted; reload the page")
        if write_token is not None and not hmac.compare_digest(token.encode(), write_token.encode()):
            raise HTTPException(403, "changes to the ledger need the write token that `serve` printed when it started")

    @app.post("/forecasts/{forecast_id}/resolve")
    def resolve(forecast_id: str, outcome: Annotated[Literal["true", "false"], Form()], note: FormText = "",
                evidence: FormText = "", replace: Annotated[bool, Form()] = False, csrf_token: FormText = "",
                write_token: FormText = ""):
        """Record whether a forecast came true. A forecast already resolved keeps its resolution unless
        the form says replace=1."""
        check_write(csrf_token, write_token)
        if "\0" in note + evidence:
            raise HTTPException(400, "note and evidence cannot hold a NUL character")
        evidence = evidence.strip()
        with store.transaction() as conn:
            found = conn.execute(select(schema.forecasts.c.forecast_id).where(schema.forecasts.c.forecast_id == forecast_id)).first()
        if found is None:
            raise HTTPException(404, f"no forecast {forecast_id}")
        try:
            forecast_ledger.resolve(store, forecast_id, outcome == "true", note or None, evidence or None, replace)
        except AlreadyResolved:
            raise HTTPException(409, f"forecast {forecast_id} is already resolved; send replace=1 to replace that resolution")
        except LedgerError:
            raise  # the database failed: a 503, not the user's fault
        except NewsledgerError as e:  # the forecast exists (checked above): the evidence was refused
            raise HTTPException(400, str(e))
        return RedirectResponse(f"/forecasts#{forecast_id}", status_code=303)

    @app.post("/doc/{doc_id}/date")
    def set_document_date(doc_id: str, published: FormText, csrf_token: FormText = "", write_token: FormText = ""):
        """Set a document's publication date by hand and re-date its records (Store.set_document_date)."""
        check_write(csrf_token, write_token)
        try:
            day = date.fromisoformat(_calendar_day(published.strip()))
        except ValueError:
            raise HTTPException(400, f"{published[:40]!r} is not a calendar date; use YYYY-MM-DD")
        document_data(doc_id)  # a 404 for an unknown document
        store.set_document_date(doc_id, day)
        return RedirectResponse(f"/doc/{quote(doc_id, safe='')}", status_code=303)

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

    return app


def serving_policy(bind: str, allow_hosts: Iterable[str] = (), write_token: str | None = None) -> tuple[list[str], str | None]:
    """For a server bound to address `bind`: the Host names it answers (this machine's loopback names,
    `bind` itself unless it is a wildcard such as 0.0.0.0, and `allow_hosts`), and the token its writes
    need: `write_token`, else None on a loopback address and a new random token beyond it."""
    hosts = [*LOCAL_HOSTS, *([] if bind in ("0.0.0.0", "::", "") else [bind]), *allow_hosts]
    if write_token is None and not _is_loopback(bind):
        write_token = secrets.token_urlsafe(16)
    return hosts, write_token


def _is_loopback(host: str) -> bool:
    try:
        return host.lower() == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _host_name(host: str) -> str:
    """A Host header's name without its port: 'LocalHost:8000' -> 'localhost', '[::1]:8000' -> '::1'."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host.rstrip(".")


def _recent_documents(store: Store, limit: int = 20) -> list[dict]:
    d = schema.documents.c
    with store.transaction() as conn:
        return [dict(r) for r in conn.execute(select(d.doc_id, d.title, d.published, d.outlet).order_by(d.published.desc(), d.doc_id).limit(limit)).mappings()]
