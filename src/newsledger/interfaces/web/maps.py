"""The map of where events happened and the network of who acted on whom, both over the list's filters.

Each page has its JSON twin (/api/map, /api/network), which with ``?format=svg`` downloads the chart.
A marker links to the timeline filtered to its place, a node to the timeline filtered to its actor, each
keeping the page's other filters.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from functools import cache
from typing import Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import and_, case, func, null, select

from newsledger.analysis.filters import HAPPENED, EventFilter
from newsledger.analysis.memo import per_ledger
from newsledger.interfaces.graphics.map import world_map_svg
from newsledger.interfaces.graphics.network import actor_network_svg
from newsledger.interfaces.web.common import Listing, Web, download, event_listing
from newsledger.store import Store, schema

E, D = schema.events.c, schema.documents.c
ChartFormat = Literal["json", "csv", "parquet", "svg"]
DRAWN_EDGES = 60  # the busiest pairs drawn in the network: more would hide each other; the JSON has them all


def _events(f: EventFilter):
    return schema.events.join(schema.documents, D.doc_id == E.doc_id) if f.outlet else schema.events


@per_ledger
def places(store: Store, f: EventFilter) -> dict:
    """The events `f` keeps, by place: {"total": events kept, "located": those with coordinates, "places":
    [{"place", "name", "lat", "lon", "count", "quad_class", "by_quad"}]}, most events first. `quad_class`
    is the commonest quad class among the place's events that happened (analysis.filters.HAPPENED; of two
    as common, the higher), None
    when none did: planned, negated and hypothetical events are counted but colour nothing."""
    where = f.where(f.rolled(store))
    happened = E.status.in_(HAPPENED)
    # grouped in SQL, so that a million events come back as a row per place and quad class
    columns = (E.location_id, E.location_name, E.lat, E.lon, happened.label("happened"), E.quad_class)
    query = (select(*columns, func.count().label("n")).select_from(_events(f))
             .where(*where, E.lat.is_not(None), E.lon.is_not(None), E.location_id.is_not(None)).group_by(*columns))
    found: dict[int, dict] = {}
    quads: dict[int, Counter] = defaultdict(Counter)
    with store.transaction() as conn:
        total = conn.scalar(select(func.count()).select_from(_events(f)).where(*where))
        for row in conn.execute(query):
            place = found.setdefault(row.location_id, {"place": row.location_id, "name": row.location_name,
                                                        "lat": row.lat, "lon": row.lon, "count": 0})
            place["count"] += row.n
            if row.happened and row.quad_class:
                quads[row.location_id][row.quad_class] += row.n
    for place_id, place in found.items():
        place["by_quad"] = dict(quads[place_id])
        # a tie goes to the more conflictual class, so that one view always draws one colour
        place["quad_class"] = max(quads[place_id], key=lambda quad: (quads[place_id][quad], quad), default=None)
    ranked = sorted(found.values(), key=lambda p: (-p["count"], p["place"]))
    return {"total": total, "located": sum(p["count"] for p in ranked), "places": ranked}


@per_ledger
def network(store: Store, f: EventFilter) -> dict:
    """Who acted on whom among the events `f` keeps, each side as its unit under f's roll-up: {"total":
    events kept with both sides, "edges": [{"source", "target", "count", "goldstein_mean"}]}, most events
    first. `goldstein_mean` averages the events that happened (analysis.filters.HAPPENED), None when none
    did; an event whose two sides count under one unit (a minister and his government) is left out."""
    rollup = f.rolled(store)
    scored = and_(E.status.in_(HAPPENED), E.goldstein.is_not(None))
    measures = (func.count().label("n"), func.sum(case((scored, E.goldstein), else_=0.0)).label("goldstein_sum"),
                func.sum(case((scored, 1), else_=0)).label("scored"))
    where = [*f.where(rollup), E.source.is_not(None), E.target.is_not(None)]
    counts: Counter = Counter()
    sums: Counter = Counter()
    scored_counts: Counter = Counter()
    with store.transaction() as conn:
        # Grouped in SQL by pair of actors; only an actor whose unit depends on the date (one who holds or
        # held an office) needs its events grouped by day too, so a million events come back as few rows.
        rows = conn.execute(select(E.source, E.target, null().label("day"), *measures).select_from(_events(f))
                            .where(*where).group_by(E.source, E.target)).all()
        dated = _office_holders(conn, {a for r in rows for a in (r.source, r.target)}) if rollup.enabled else set()
        if dated:
            by_day = E.source.in_(dated) | E.target.in_(dated)
            rows = [*(r for r in rows if r.source not in dated and r.target not in dated),
                    *conn.execute(select(E.source, E.target, E.day, *measures).select_from(_events(f))
                                  .where(*where, by_day).group_by(E.source, E.target, E.day))]
    unit = cache(rollup.unit)  # an actor recurs in many pairs
    for row in rows:
        pair = unit(row.source, row.day), unit(row.target, row.day)
        if pair[0] != pair[1]:
            counts[pair] += row.n
            sums[pair] += row.goldstein_sum or 0.0
            scored_counts[pair] += row.scored or 0
    edges = [{"source": s, "target": t, "count": n, "goldstein_mean": sums[s, t] / scored_counts[s, t] if scored_counts[s, t] else None}
             for (s, t), n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    return {"total": sum(counts.values()), "edges": edges}


def _office_holders(conn, actor_ids: set[str]) -> set[str]:
    """The actors among `actor_ids` with roles: the only ones whose unit can change with the date (analysis.rollup)."""
    rows = conn.execute(select(schema.actors.c.actor_id, schema.actors.c.roles).where(schema.actors.c.actor_id.in_(sorted(actor_ids))))
    return {r.actor_id for r in rows if r.roles and json.loads(r.roles)}


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
                  e["count"], e["goldstein_mean"]) for e in data["edges"][:DRAWN_EDGES]]
        return actor_network_svg(edges, href=lambda actor: listing.url("/timeline", actors=actor))

    def names_in(data: dict) -> dict[str, str]:
        return web.actor_names([a for e in data["edges"][:DRAWN_EDGES] for a in (e["source"], e["target"])])

    @routes.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, listing: Listing = filtered):
        data = places(store, listing.filter)
        return web.page(request, "map.html", **data, chart=map_chart(data, listing), listing=listing, facets={})

    @routes.get("/api/map")
    def api_map(listing: Listing = filtered, format: ChartFormat = "json"):
        data = places(store, listing.filter)
        return _svg_download(map_chart(data, listing), "map") if format == "svg" else download(data, data["places"], format, "map")

    @routes.get("/network", response_class=HTMLResponse)
    def network_page(request: Request, listing: Listing = filtered):
        data = network(store, listing.filter)
        names = names_in(data)
        return web.page(request, "network.html", **data, chart=network_chart(data, listing, names), names=names,
                        drawn=min(DRAWN_EDGES, len(data["edges"])), listing=listing, facets={})

    @routes.get("/api/network")
    def api_network(listing: Listing = filtered, format: ChartFormat = "json"):
        data = network(store, listing.filter)
        return _svg_download(network_chart(data, listing, names_in(data)), "network") if format == "svg" else download(data, data["edges"], format, "network")

    return routes
