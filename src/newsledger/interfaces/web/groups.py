"""The same event across articles, and where sources disagree."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsledger.analysis import events as event_analysis
from newsledger.interfaces.web.common import PAGE_SIZE, Web


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    @routes.get("/same-events", response_class=HTMLResponse)
    def same_events(request: Request):
        groups = [g.summary() for g in event_analysis.same_events(store)][:PAGE_SIZE]
        return web.page(request, "same_events.html", groups=groups, names=web.actor_names([a for g in groups for a in g["actors"]]))

    @routes.get("/api/same-events")
    def api_same_events():
        return [g.summary() for g in event_analysis.same_events(store)]

    @routes.get("/disagreements", response_class=HTMLResponse)
    def disagreements(request: Request):
        rows = event_analysis.disagreements(store)[:PAGE_SIZE]
        return web.page(request, "disagreements.html", rows=rows, names=web.actor_names([a for r in rows for a in r["event"]["actors"]]))

    @routes.get("/api/disagreements")
    def api_disagreements():
        return event_analysis.disagreements(store)

    return routes
