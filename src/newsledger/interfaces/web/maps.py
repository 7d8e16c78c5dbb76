"""The map of where events happened and the network of who acted on whom, both over the list's filters.

Each page has its JSON twin (/api/map, /api/network), which with ``?format=svg`` downloads the chart.
A marker links to the timeline filtered to its place, a node to the timeline filtered to its actor, each
keeping the page's other filters.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import func, select

from newsledger.analysis.filters import HAPPENED, EventFilter
from newsledger.interfaces.graphics.map import world_map_svg
from newsledger.interfaces.graphics.network import actor_network_svg
from newsledger.interfaces.web.common import Listing, Web, event_listing
from newsledger.store import Store, schema

E, D = schema.events.c, schema.documents.c
ChartFormat = Literal["json", "svg"]


def _events(f: EventFilter):
    return schema.events.join(schema.documents, D.doc_id == E.doc_id) if f.outlet else schema.events


def places(store: Store, f: EventFilter) -> dict:
    """The events `f` keeps, by place: {"total": events kept, "located": those with coordinates, "places":
    [{"place", "name", "lat", "lon", "count", "quad_class", "by_quad"}]}, most events first. `quad_class`
    is the commonest quad class among the place's events that happened (analysis.filters.HAPPENED), None
    when none did: planned, negated and hypothetical events are counted but colour nothing."""
    where = f.where(f.rolled(store))
    query = (select(E.location_id, E.location_name, E.lat, E.lon, E.status, E.quad_class).select_from(_events(f))
             .where(*where, E.lat.is_not(None), E.lon.is_not(None), E.location_id.is_not(None)))
    count_all = select(func.count()).select_from(_events(f)).where(*where)
    found: dict[int, dict] = {}
    quads: dict[int, Counter] = defaultdict(Counter)
    with store.transaction() as conn:
        total = conn.scalar(count_all)
        for row in conn.execute(query):
            place = found.setdefault(row.location_id, {"place": row.location_id, "name": row.location_name,
                                                        "lat": row.lat, "lon": row.lon, "count": 0})
            place["count"] += 1
            if row.status in HAPPENED and row.quad_class:
                quads[row.location_id][row.quad_class] += 1
    for place_id, place in found.items():
        place["by_quad"] = dict(quads[place_id])
        place["quad_class"] = quads[place_id].most_common(1)[0][0] if quads[place_id] else None
    ranked = sorted(found.values(), key=lambda p: (-p["count"], p["place"]))
    return {"total": total, "located": sum(p["count"] for p in ranked), "places": ranked}


def network(store: Store, f: EventFilter) -> dict:
    """Who acted on whom among the events `f` keeps, each side as its unit under f's roll-up: {"total":
    events kept with both sides, "edges": [{"source", "target", "count", "goldstein_mean"}]}, most events
    first. `goldstein_mean` averages the events that happened (analysis.filters.HAPPENED), None when none
    did; an event whose two sides count under one unit (a minister and his government) is left out."""
    rollup = f.rolled(store)
    query = (select(E.source, E.target, E.day, E.status, E.goldstein).select_from(_events(f))
             .where(*f.where(rollup), E.source.is_not(None), E.target.is_not(None)))
    counts: Counter = Counter()
    scores: dict[tuple, list[float]] = defaultdict(list)
    with store.transaction() as conn:
        rows = conn.execute(query).all()
    for row in rows:
        pair = rollup.unit(row.source, row.day), rollup.unit(row.target, row.day)
        if pair[0] != pair[1]:
            counts[pair] += 1
            if row.status in HAPPENED and row.goldstein is not None:
                scores[pair].append(row.goldstein)
    edges = [{"source": s, "target": t, "count": n, "goldstein_mean": sum(scores[s, t]) / len(scores[s, t]) if scores[s, t] else None}
             for (s, t), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return {"total": sum(counts.values()), "edges": edges}


def _svg_download(svg: str, name: str) -> Response:
    return Response(f'<?xml version="1.0" encoding="utf-8"?>\n{svg}', media_type="image/svg+xml",
                    headers={"Content-Disposition": f'attachment; filename="{name}.svg"'})


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store
    filtered = Depends(event_listing(web))

    def map_chart(data: dict, listing: Listing) -> str:
        points = [(p["lat"], p["lon"], p["count"], p["quad_class"], p["name"] or str(p["place"]),
                   listing.url("/timeline", place=p["place"])) for p in data["places"]]
        return world_map_svg(points)

    def network_chart(data: dict, listing: Listing, names: dict[str, str]) -> str:
        edges = [(e["source"], names.get(e["source"], e["source"]), e["target"], names.get(e["target"], e["target"]),
                  e["count"], e["goldstein_mean"]) for e in data["edges"]]
        return actor_network_svg(edges, href=lambda actor: listing.url("/timeline", actors=actor))

    def names_in(data: dict) -> dict[str, str]:
        return web.actor_names([a for e in data["edges"] for a in (e["source"], e["target"])])

    @routes.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, listing: Listing = filtered):
        data = places(store, listing.filter)
        return web.page(request, "map.html", **data, chart=map_chart(data, listing), listing=listing, facets={})

    @routes.get("/api/map")
    def api_map(listing: Listing = filtered, format: ChartFormat = "json"):
        data = places(store, listing.filter)
        return _svg_download(map_chart(data, listing), "map") if format == "svg" else data

    @routes.get("/network", response_class=HTMLResponse)
    def network_page(request: Request, listing: Listing = filtered):
        data = network(store, listing.filter)
        names = names_in(data)
        return web.page(request, "network.html", **data, chart=network_chart(data, listing, names), names=names,
                        listing=listing, facets={})

    @routes.get("/api/network")
    def api_network(listing: Listing = filtered, format: ChartFormat = "json"):
        data = network(store, listing.filter)
        return _svg_download(network_chart(data, listing, names_in(data)), "network") if format == "svg" else data

    return routes
