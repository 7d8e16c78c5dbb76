"""Events: one event, the timeline and the trend between two actors, all through one filter (Listing)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from newsledger.analysis import events as event_analysis
from newsledger.analysis import filters
from newsledger.interfaces.web.charts import dyad_svg
from newsledger.interfaces.web.common import PAGE_SIZE, Format, Listing, Web, download, event_listing, offset, svg_download
from newsledger.store import schema

Period = Literal["day", "week", "month", "quarter", "year"]


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store
    filtered = Depends(event_listing(web))  # the filters every list here takes

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

    def list_data(listing: Listing) -> dict:
        """One page of the filtered events with the total and the counts per facet value."""
        counts = dict(filters.facet_counts(store, listing.filter))  # a copy: the ledger's memo keeps the counts
        events = filters.find_events(store, listing.filter, listing.sort, PAGE_SIZE, offset(listing.page_no))
        return {"total": counts.pop("total"), "page_no": listing.page_no, "page_size": PAGE_SIZE, "facets": counts, "events": events}

    def names_in(events: list[dict], *more) -> dict[str, str]:
        return web.actor_names([e[k] for e in events for k in ("source", "target", "source_unit", "target_unit")] + list(more))

    @routes.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request, listing: Listing = filtered):
        data = list_data(listing)
        return web.page(request, "timeline.html", **data, names=names_in(data["events"], *listing.filter.actors), listing=listing)

    @routes.get("/api/timeline")
    def api_timeline(listing: Listing = filtered, format: Format = "json"):
        data = list_data(listing)
        return download(listing.with_resolved(data), data["events"], format, "timeline")

    def dyad_data(listing: Listing, period: str) -> dict:
        if not listing.filter.pair:
            raise HTTPException(400, "b: name both actors of the pair, a and b")
        return {"trend": filters.trend(store, listing.filter, period), **list_data(listing)}

    def dyad_chart(data: dict, listing: Listing, period: str) -> tuple[str, dict[str, str]]:
        """The dyad's trend as SVG, and the names of the actors in the data."""
        a, b = listing.filter.pair
        names = names_in(data["events"], a, b)
        title = f"{names.get(a, a)} and {names.get(b, b)}: events per {period}"
        return dyad_svg(data["trend"]["bins"], title, data["trend"]["undated"]), names

    @routes.get("/dyad", response_class=HTMLResponse)
    def dyad(request: Request, listing: Listing = filtered, period: Period = "month"):
        data = dyad_data(listing, period)
        listing.params["period"] = period  # kept by every link on the page
        chart, names = dyad_chart(data, listing, period)
        a, b = listing.filter.pair
        return web.page(request, "dyad.html", **data, a=a, b=b, period=period, chart=chart, names=names, listing=listing)

    @routes.get("/api/dyad")
    def api_dyad(listing: Listing = filtered, period: Period = "month",
                 format: Literal["json", "csv", "parquet", "svg"] = "json"):
        """The trend and the page of events; csv and parquet hold the events listed, svg the chart."""
        data = dyad_data(listing, period)
        if format == "svg":
            return svg_download(dyad_chart(data, listing, period)[0], "dyad")
        return download(listing.with_resolved(data), data["events"], format, "dyad")

    return routes
