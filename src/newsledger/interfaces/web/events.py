"""Events: one event, the timeline and the trend between two actors."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from newsledger.analysis import events as event_analysis
from newsledger.interfaces.web.charts import dyad_svg
from newsledger.interfaces.web.common import PAGE_SIZE, Day, PageNo, Status, Text, Web, offset
from newsledger.store import schema


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    def event_data(event_id: str) -> dict:
        with store.transaction() as conn:
            row = conn.execute(event_analysis._event_query().where(schema.events.c.event_id == event_id)).mappings().first()
            if not row:
                raise HTTPException(404, f"no event {event_id}")
            text = conn.execute(select(schema.documents.c.text).where(schema.documents.c.doc_id == row["doc_id"])).scalar_one()
        return {**row, "evidence": text[row["start"] : row["end"]]}

    @routes.get("/event/{event_id}", response_class=HTMLResponse)
    def event(request: Request, event_id: str):
        ev = event_data(event_id)
        return web.page(request, "event.html", ev=ev, names=web.actor_names([ev["source"], ev["target"]]))

    @routes.get("/api/event/{event_id}")
    def api_event(event_id: str):
        return event_data(event_id)

    @routes.get("/dyad", response_class=HTMLResponse)
    def dyad(request: Request, a: Text, b: Text, period: Literal["month", "week"] = "month", all_statuses: bool = False):
        trend = event_analysis.dyad_trend(store, a, b, period, occurred_only=not all_statuses)
        names = web.actor_names([a, b])
        title = f"{names.get(a, a)} and {names.get(b, b)}: events per {period}"
        events = event_analysis.timeline(store, actors=[a], limit=PAGE_SIZE * 4)
        events = [e for e in events if {e["source"], e["target"]} == {a, b}][:PAGE_SIZE]
        return web.page(request, "dyad.html", a=a, b=b, period=period, all_statuses=all_statuses, trend=trend,
                        chart=dyad_svg(trend, title), names=names, events=events)

    @routes.get("/api/dyad")
    def api_dyad(a: Text, b: Text, period: Literal["month", "week"] = "month", all_statuses: bool = False):
        return event_analysis.dyad_trend(store, a, b, period, occurred_only=not all_statuses)

    def timeline_data(actors: str, status: str, root: str, since: str, until: str, outlet: str, page_no: int):
        return event_analysis.timeline(store, actors=[a for a in actors.split(",") if a] or None, status=status or None,
                                       root=root or None, since=since or None, until=until or None, outlet=outlet or None,
                                       limit=PAGE_SIZE, offset=offset(page_no))

    @routes.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, actors: Text = "", status: Status = "", root: Text = "", since: Day = "", until: Day = "",
                 outlet: Text = "", page_no: PageNo = 1):
        rows = timeline_data(actors, status, root, since, until, outlet, page_no)
        names = web.actor_names([r["source"] for r in rows] + [r["target"] for r in rows])
        filters = {"actors": actors, "status": status, "root": root, "since": since, "until": until, "outlet": outlet}
        return web.page(request, "timeline.html", rows=rows, names=names, filters=filters, page_no=page_no)

    @routes.get("/api/timeline")
    def api_timeline(actors: Text = "", status: Status = "", root: Text = "", since: Day = "", until: Day = "",
                     outlet: Text = "", page_no: PageNo = 1):
        return timeline_data(actors, status, root, since, until, outlet, page_no)

    return routes
