"""Actors: the index with search (and its autocomplete twin), and one actor's page: who they are,
their counterparts, events, quotes and forecasts."""

from __future__ import annotations

import json
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import or_, select

from newsledger.analysis.actor_index import actor_index, resolve_actor, state_named
from newsledger.analysis.filters import EventFilter, count_events, counterparts, find_events
from newsledger.analysis.memo import per_ledger
from newsledger.interfaces.web.common import PAGE_SIZE, Format, PageNo, Text, Web, download, offset
from newsledger.store import Store, schema

indexed_actors = per_ledger(actor_index)  # kept until the ledger changes: each actor's events are counted over all events


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    def index_data(q: str, page_no: int) -> dict:
        rows, total = indexed_actors(store, q, PAGE_SIZE, offset(page_no))
        return {"q": q, "total": total, "page_no": page_no, "page_size": PAGE_SIZE, "actors": rows}

    @routes.get("/actors", response_class=HTMLResponse)
    def actors(request: Request, q: Text = "", page_no: PageNo = 1):
        return web.page(request, "actors.html", **index_data(q, page_no))

    @routes.get("/api/actors")
    def api_actors(q: Text = "", page_no: PageNo = 1, format: Format = "json"):
        """Actors whose name or an alias has a word starting with `q` (all when empty), most events first:
        what the filters' actor boxes offer as you type."""
        data = index_data(q, page_no)
        return download(data, data["actors"], format, "actors")

    # Actor ids are free text ("actors add" takes any id), so one may hold "/": the route takes the rest of the path.
    def known_id(actor_id: str, api: bool = False) -> RedirectResponse | None:
        """A redirect to the actor a name means (read as the filters read it: 'Putin'), when it is no id."""
        match = resolve_actor(store, actor_id)
        if match.actor_id is None or match.actor_id == actor_id or match.name is None:
            return None  # an id, or nothing stored answers to it: actor_page says so
        return RedirectResponse(f"{'/api' if api else ''}/actor/{quote(match.actor_id, safe='')}", status_code=307)

    @routes.get("/actor/{actor_id:path}", response_class=HTMLResponse)
    def actor(request: Request, actor_id: str, page_no: PageNo = 1):
        if moved := known_id(actor_id):
            return moved
        data = actor_page(store, actor_id, page_no)
        ids = [e[k] for e in data["events"] for k in ("source", "target", "source_unit", "target_unit")] + [c["other"] for c in data["counterparts"]]
        return web.page(request, "actor.html", **data, names=web.actor_names(ids))

    @routes.get("/api/actor/{actor_id:path}")
    def api_actor(actor_id: str, page_no: PageNo = 1):
        return known_id(actor_id, api=True) or actor_page(store, actor_id, page_no)

    return routes


@per_ledger
def actor_page(store: Store, actor_id: str, page_no: int) -> dict:
    """One actor's page, kept until the ledger changes: the actor, its events (a page), their total, quotes,
    forecasts and counterparts. HTTPException 404 for an id the ledger does not hold."""
    with store.transaction() as conn:
        actor = conn.execute(select(schema.actors).where(schema.actors.c.actor_id == actor_id)).mappings().first()
        if not actor and (state := state_named(actor_id)) and state[0] == actor_id:
            # a state the ledger never names itself: its page gathers the bodies and people that stand for it
            actor = {"actor_id": actor_id, "name": state[1], "actor_type": "state", "country": actor_id, "code": actor_id,
                     "affiliation": None, "roles": "[]", "aliases": "[]"}
        if not actor:
            raise HTTPException(404, f"no actor {actor_id}")
        quotes = conn.execute(select(schema.quotes).where(schema.quotes.c.speaker == actor_id).limit(PAGE_SIZE)).mappings().all()
        f = schema.forecasts.c
        named = f.actors.contains(json.dumps(actor_id), autoescape=True)  # the id as the JSON list stores it
        forecasts = conn.execute(select(schema.forecasts).where(or_(f.forecaster == actor_id, named)).limit(PAGE_SIZE)).mappings().all()
    involving = EventFilter(actors=(actor_id,))  # a state's page counts the people and bodies that stand for it
    events = find_events(store, involving, limit=PAGE_SIZE, offset=offset(page_no))
    return {"actor": {**actor, "roles": json.loads(actor["roles"]), "aliases": json.loads(actor["aliases"])},
            "total": count_events(store, involving), "page_no": page_no, "page_size": PAGE_SIZE, "events": events,
            "quotes": [dict(q) for q in quotes], "forecasts": [dict(x) for x in forecasts],
            "counterparts": counterparts(store, involving, actor_id)}
