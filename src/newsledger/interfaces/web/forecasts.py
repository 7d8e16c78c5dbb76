"""The forecast ledger and resolving a forecast."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from newsledger.analysis import forecasts as forecast_ledger
from newsledger.errors import AlreadyResolved, LedgerError, NewsledgerError
from newsledger.interfaces.web.common import FormText, Web
from newsledger.store import schema


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    @routes.get("/forecasts", response_class=HTMLResponse)
    def forecasts(request: Request, state: Literal["", "open", "resolved"] = ""):
        rows = forecast_ledger.list_forecasts(store, state=state or None)
        return web.page(request, "forecasts.html", rows=rows, state=state, scores=forecast_ledger.score_forecasters(store))

    @routes.get("/api/forecasts")
    def api_forecasts(state: Literal["", "open", "resolved"] = ""):
        return forecast_ledger.list_forecasts(store, state=state or None)

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
