"""The forecast desk: forecasts by forecaster, actor, state (open, due, resolved), horizon and probability,
resolved from the list; forecasters scored, the named apart from pronouns and unresolved groups."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from newsledger.analysis import forecasts as forecast_ledger
from newsledger.analysis.actor_index import resolve_actor
from newsledger.analysis.filters import resolve_actors
from newsledger.analysis.memo import per_ledger
from newsledger.errors import AlreadyResolved, LedgerError, NewsledgerError
from newsledger.interfaces.web.charts import calibration_svg
from newsledger.interfaces.web.common import PAGE_SIZE, Day, Format, FormText, Listing, OldActors, PageNo, Text, Web, download, offset
from newsledger.store import schema

# A form sends an empty number box as "": text, read as a number once given.
Probability = Annotated[str, Query(pattern=r"^(0(\.\d+)?|1(\.0+)?|\.\d+)?$", description="a probability from 0 to 1")]


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    def desk(forecaster: Text = "", actors: Text = "",
             actor: OldActors = "", q: Text = "", state: Literal["", "open", "due", "resolved"] = "",
             horizon_from: Day = "", horizon_until: Day = "", p_min: Probability = "", p_max: Probability = "",
             kind: Literal["", "named", "unnamed"] = "", page_no: PageNo = 1) -> Listing:
        # Unnamed forecasters ("analysts", "he") are no actors: their names are matched as the text gives them,
        # and so is a forecaster name no actor answers to.
        actors = actors or actor  # every list calls its actor filter `actors`
        by = resolve_actor(store, forecaster) if forecaster.strip() and kind != "unnamed" else None
        about = resolve_actors(store, actors)
        ff = forecast_ledger.ForecastFilter(
            forecaster=(by and by.actor_id) or forecaster or None, actors=tuple(m.actor_id or m.term for m in about), words=q,
            state=state or None, horizon_from=horizon_from or None, horizon_until=horizon_until or None,
            p_min=float(p_min) if p_min else None, p_max=float(p_max) if p_max else None, kind=kind or None)
        params = {"forecaster": forecaster, "actors": actors, "q": q, "state": state, "horizon_from": horizon_from,
                  "horizon_until": horizon_until, "p_min": p_min, "p_max": p_max, "kind": kind}
        return Listing(ff, params, page_no=page_no, resolved=[*([by] if by else []), *about])

    filtered = Depends(desk)

    def desk_data(listing: Listing) -> dict:
        # which forecasts are due depends on the day: the memo files the page under today's date
        ff = listing.filter if listing.filter.as_of else replace(listing.filter, as_of=date.today().isoformat())
        return {**desk_page(store, ff, listing.page_no), "page_no": listing.page_no, "page_size": PAGE_SIZE}

    @routes.get("/forecasts", response_class=HTMLResponse)
    def forecasts(request: Request, listing: Listing = filtered):
        scores = forecaster_scores(store)
        charts = {s.forecaster: calibration_svg(s.calibration, s.forecaster) for s in scores if s.named}
        return web.page(request, "forecasts.html", **desk_data(listing), listing=listing, charts=charts,
                        named=[s for s in scores if s.named], unnamed=[s for s in scores if not s.named][:PAGE_SIZE])

    @routes.get("/api/forecasts")
    def api_forecasts(listing: Listing = filtered, format: Format = "json"):
        data = desk_data(listing)
        return download(listing.with_resolved(data), data["forecasts"], format, "forecasts")

    @routes.post("/forecasts/{forecast_id}/resolve")
    def resolve(forecast_id: str, outcome: Annotated[Literal["true", "false"], Form()], note: FormText = "",
                evidence: FormText = "", replace: Annotated[bool, Form()] = False, csrf_token: FormText = "",
                write_token: FormText = ""):
        """Record whether a forecast came true. A forecast already resolved keeps its resolution unless
        the form says replace=1."""
        web.check_write(csrf_token, write_token)
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

    return routes


forecaster_scores = per_ledger(forecast_ledger.score_forecasters)  # every forecaster's Brier and calibration


@per_ledger
def desk_page(store, ff: forecast_ledger.ForecastFilter, page_no: int) -> dict:
    """One page of the desk, kept until the ledger changes: {"total", "facets", "forecasts"}; on the "due" tab
    each forecast carries the suggest queue's "suggestion" (what the ledger's events say of it now)."""
    rows, counts = forecast_ledger.find_forecasts(store, ff, PAGE_SIZE, offset(page_no))
    if ff.state == "due":
        for row, s in zip(rows, forecast_ledger.suggestions_for(store, rows)):
            row["suggestion"] = {"outcome": s.outcome, "reason": s.reason, "evidence": s.evidence[:3]}
    counts = dict(counts)
    return {"total": counts.pop("total"), "facets": counts, "forecasts": rows}
