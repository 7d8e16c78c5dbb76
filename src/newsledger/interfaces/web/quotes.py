"""The quotes browser: who said what, with the quoted text, its cue and its source sentence."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse

from newsledger.analysis.filters import resolve_actors
from newsledger.analysis.memo import per_ledger
from newsledger.analysis.quotes import QuoteFilter, find_quotes, quote_counts
from newsledger.interfaces.web.common import MAX_TEXT, PAGE_SIZE, Day, Format, Listing, OldActors, PageNo, Text, Web, download, offset

# kept until the ledger changes: counting a million quotes takes a scan
matching_quotes, matching_counts = per_ledger(find_quotes), per_ledger(quote_counts)
Names = Annotated[str, Query(max_length=MAX_TEXT, description="actor names or ids, comma-separated")]


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    def quote_listing(speaker: Names = "", actors: Names = "",
                      mentioned: OldActors = "", q: Text = "", doc: Text = "", outlet: Text = "",
                      since: Day = "", until: Day = "", undated: bool = False, rollup: bool = True,
                      sort: Literal["date", "-date"] = "date", page_no: PageNo = 1) -> Listing:
        actors = actors or mentioned  # every list calls its actor filter `actors`: here, actors named in the quote's sentence
        speakers, named = resolve_actors(store, speaker), resolve_actors(store, actors)
        f = QuoteFilter(tuple(m.actor_id or m.term for m in speakers), tuple(m.actor_id or m.term for m in named), q,
                        doc or None, outlet or None, since or None, until or None, undated, rollup)
        params = {"speaker": speaker, "actors": actors, "q": q, "doc": doc, "outlet": outlet, "since": since,
                  "until": until, "undated": "1" if undated else None, "rollup": None if rollup else "0"}
        return Listing(f, params, sort, page_no, speakers + named)

    filtered = Depends(quote_listing)

    def quotes_data(listing: Listing) -> dict:
        counts = dict(matching_counts(store, listing.filter))
        rows = matching_quotes(store, listing.filter, listing.sort, PAGE_SIZE, offset(listing.page_no))
        return {"total": counts.pop("total"), "page_no": listing.page_no, "page_size": PAGE_SIZE, "facets": counts, "quotes": rows}

    @routes.get("/quotes", response_class=HTMLResponse)
    def quotes(request: Request, listing: Listing = filtered):
        data = quotes_data(listing)
        names = web.actor_names([r[k] for r in data["quotes"] for k in ("speaker", "speaker_unit")] + list(data["facets"]["speaker"]))
        return web.page(request, "quotes.html", **data, names=names, listing=listing)

    @routes.get("/api/quotes")
    def api_quotes(listing: Listing = filtered, format: Format = "json"):
        data = quotes_data(listing)
        return download(listing.with_resolved(data), data["quotes"], format, "quotes")

    return routes
