"""The same event across articles, and where sources disagree: both read the events the list's filters keep."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse

from newsledger.analysis import events as event_analysis
from newsledger.analysis.filters import facet_counts
from newsledger.interfaces.web.common import PAGE_SIZE, Format, Listing, Web, download, event_listing, offset


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store
    filtered = Depends(event_listing(web))

    def page_of(rows: list, listing: Listing) -> dict:
        start = offset(listing.page_no)
        return {"total": len(rows), "page_no": listing.page_no, "page_size": PAGE_SIZE, "rows": rows[start:start + PAGE_SIZE]}

    def groups_data(listing: Listing) -> dict:
        groups = page_of(event_analysis.same_events(store, where=listing.filter), listing)
        groups["rows"] = [g.summary() for g in groups["rows"]]  # for the groups shown only
        # Undated events have no date to be matched on: counted here so that none drops out of sight.
        return {**groups, "undated": facet_counts(store, listing.filter)["undated"]}

    @routes.get("/same-events", response_class=HTMLResponse)
    def same_events(request: Request, listing: Listing = filtered):
        data = groups_data(listing)
        names = web.actor_names([a for g in data["rows"] for a in g["actors"]])
        return web.page(request, "same_events.html", **data, names=names, listing=listing)

    @routes.get("/api/same-events")
    def api_same_events(listing: Listing = filtered, format: Format = "json"):
        data = groups_data(listing)
        return download(listing.with_resolved(data), data["rows"], format, "same-events")

    def disagreements_data(listing: Listing) -> dict:
        data = page_of(event_analysis.disagreement_pairs(store, where=listing.filter), listing)
        return {**data, "rows": event_analysis.with_sources(store, data["rows"])}  # sentences for the pairs shown only

    @routes.get("/disagreements", response_class=HTMLResponse)
    def disagreements(request: Request, listing: Listing = filtered):
        data = disagreements_data(listing)
        names = web.actor_names([a for r in data["rows"] for a in r["event"]["actors"]])
        return web.page(request, "disagreements.html", **data, names=names, listing=listing)

    @routes.get("/api/disagreements")
    def api_disagreements(listing: Listing = filtered, format: Format = "json"):
        data = disagreements_data(listing)
        return download(listing.with_resolved(data), data["rows"], format, "disagreements")

    return routes
