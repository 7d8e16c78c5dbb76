"""What every page family shares: the ledger, templating, parameter types, paging and the write check."""

from __future__ import annotations

import hmac
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlencode

import pandas as pd
from fastapi import Depends, Form, HTTPException, Query, Request
from fastapi.responses import Response
from fastapi.templating import Jinja2Templates
from pydantic import AfterValidator
from sqlalchemy import select

from newsledger.analysis import forecasts as forecast_ledger
from newsledger.analysis.actor_index import ActorMatch, resolve_actor
from newsledger.analysis.filters import EventFilter, resolve_actors
from newsledger.analysis.forecasts import ForecastFilter
from newsledger.analysis.quotes import QuoteFilter
from newsledger.events.patterns import load_codebook
from newsledger.ingest.text import iso_date
from newsledger.store import Store, schema

HERE = Path(__file__).parent
PAGE_SIZE = 50
MAX_PAGE = 100_000  # 5 million rows deep: past any ledger, and far from SQL's integer limits
MAX_TEXT = 1000  # characters in one parameter; more ids than this would also outgrow SQL's parameter limit
STATUSES = ("occurred", "ongoing", "planned", "expected", "hypothetical", "negated", "claimed")



def page_number(page: Annotated[int | None, Query(ge=1, le=MAX_PAGE, description="page of 50 rows, from 1")] = None,
                page_no: Annotated[int | None, Query(ge=1, le=MAX_PAGE, description="the old name of `page`, kept for old links")] = None) -> int:
    """The page asked for, from 1: `page`, else `page_no` (what links called it before), else the first."""
    return page or page_no or 1


PageNo = Annotated[int, Depends(page_number)]
Text = Annotated[str, Query(max_length=MAX_TEXT)]
OldActors = Annotated[str, Query(max_length=MAX_TEXT, description="the old name of `actors`, kept for old links")]


def calendar_day(value: str) -> str:
    if value and iso_date(value) != value:
        raise ValueError(f"{value!r} is not a calendar date")
    return value


Day = Annotated[str, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
                AfterValidator(calendar_day)]
Status = Literal[("", *STATUSES)]
FormText = Annotated[str, Form(max_length=MAX_TEXT)]
Root = Annotated[str, Query(pattern=r"^(\d{2})?$", description="CAMEO root code, two digits")]
Plover = Annotated[str, Query(pattern=r"^[A-Z]{0,20}$", description="PLOVER category, e.g. CONSULT")]
# Forms send an empty box as "": such parameters are text, read as numbers once given.
Quad = Annotated[str, Query(pattern=r"^[1-4]?$", description="quad class: 1 verbal cooperation .. 4 material conflict")]
Sort = Literal["date", "-date", "goldstein", "-goldstein"]
Format = Annotated[Literal["json", "csv", "parquet"], Query(description="json (the default), or the page's rows as csv or parquet")]
# Cells a spreadsheet would run as a formula (OWASP, "CSV Injection"): article text is untrusted.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DOWNLOAD_TYPES = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet"}


@dataclass
class Web:
    """One server run's ledger, templates and write secrets, handed to every router."""

    store: Store
    templates: Jinja2Templates
    csrf_token: str
    write_token: str | None

    @classmethod
    def open(cls, db: str, csrf_token: str, write_token: str | None) -> Web:
        templates = Jinja2Templates(directory=HERE / "templates")
        templates.env.tests["web_url"] = forecast_ledger.is_web_url
        templates.env.tests["stating_negation"] = forecast_ledger.states_negation
        templates.env.globals["code_name"] = lambda code: load_codebook().get(code or "", {}).get("name", "")
        templates.env.globals["statuses"] = STATUSES  # macros, imported without the page's context, need them too
        return cls(Store(db, create=False), templates, csrf_token, write_token)

    def page(self, request: Request, name: str, status_code: int = 200, headers=None, **context):
        context = {"statuses": STATUSES, "csrf_token": self.csrf_token, "needs_write_token": self.write_token is not None,
                   **context}
        return self.templates.TemplateResponse(request, name, context, status_code=status_code, headers=headers)

    def actor_names(self, ids) -> dict[str, str]:
        """{actor id: name} for the ids the ledger knows; ids it does not know are left out."""
        ids = [i for i in set(ids) if i]
        if not ids:
            return {}
        with self.store.transaction() as conn:
            rows = conn.execute(select(schema.actors.c.actor_id, schema.actors.c.name).where(schema.actors.c.actor_id.in_(ids)))
            return {r.actor_id: r.name for r in rows}

    def check_write(self, csrf: str, token: str) -> None:
        """403 unless the form came from one of this server's pages and, where needed, holds the write token."""
        if not hmac.compare_digest(csrf.encode(), self.csrf_token.encode()):
            raise HTTPException(403, "this form is not from this server's pages, or is from before it restarted; reload the page")
        if self.write_token is not None and not hmac.compare_digest(token.encode(), self.write_token.encode()):
            raise HTTPException(403, "changes to the ledger need the write token that `serve` printed when it started")


def offset(page_no: int) -> int:
    """The first row of page `page_no` (from 1) of PAGE_SIZE rows."""
    return (page_no - 1) * PAGE_SIZE


@dataclass
class Listing:
    """A filtered list: its filter, sort and page, and the URL parameters that make it, so that every
    link (paging, facets, sorting) keeps the others."""

    filter: EventFilter | QuoteFilter | ForecastFilter
    params: dict = field(default_factory=dict)
    sort: str = "date"
    page_no: int = 1
    resolved: list[ActorMatch] = field(default_factory=list)  # what each actor name given was read as

    def with_resolved(self, data: dict) -> dict:
        """An /api answer with, when the list was filtered by actor names, what each name was read as:
        "actors_resolved": [{"term", "actor_id" (None: no such actor), "name", "others", "note"}]."""
        if not self.resolved:
            return data
        return {**data, "actors_resolved": [{"term": m.term, "actor_id": m.actor_id, "name": m.name,
                                             "others": list(m.others), "note": m.note()} for m in self.resolved]}

    def url(self, path: str = "", **changes) -> str:
        """`path` with this list's parameters and `changes` (None drops one). Only a change names a page:
        a link to another filter or sort starts at the first page."""
        params = {**self.params, "sort": None if self.sort == "date" else self.sort, **changes}
        kept = {k: v for k, v in params.items() if v not in (None, "", [], ())}
        return f"{path}?{urlencode(kept, doseq=True)}"


def event_listing(web: Web):
    """A FastAPI dependency reading the event filters every list takes from the query string."""

    def listing(actors: Annotated[str, Query(max_length=MAX_TEXT, description="actor names or ids, comma-separated: events involving all")] = "",
                a: Annotated[str, Query(max_length=MAX_TEXT, description="one of a pair of actors (name or id)")] = "",
                b: Annotated[str, Query(max_length=MAX_TEXT, description="the other of the pair")] = "",
                status: Annotated[list[Status], Query()] = [], root: Root = "", plover: Plover = "", quad: Quad = "",
                outlet: Text = "", doc: Text = "", since: Day = "", until: Day = "", undated: bool = False,
                rollup: bool = True, sort: Sort = "date", page_no: PageNo = 1,
                place: Annotated[int | None, Query(ge=0, le=2**31 - 1, description="GeoNames id of the events' place")] = None) -> Listing:
        statuses = tuple(s for s in status if s)
        involving = resolve_actors(web.store, actors)
        pair = [resolve_actor(web.store, a), resolve_actor(web.store, b)] if a.strip() and b.strip() else []
        quad_class = int(quad) if quad else None
        f = EventFilter(actors=tuple(m.actor_id or m.term for m in involving),
                        pair=tuple(m.actor_id or m.term for m in pair) if pair else None, statuses=statuses,
                        root=root or None, plover=plover or None, quad_class=quad_class, outlet=outlet or None,
                        doc_id=doc or None, since=since or None, until=until or None, undated=undated, rollup=rollup, place=place)
        params = {"actors": actors, "a": a, "b": b, "status": list(statuses), "root": root, "plover": plover,
                  "quad": quad_class, "outlet": outlet, "doc": doc, "since": since, "until": until,
                  "undated": "1" if undated else None, "rollup": None if rollup else "0", "place": place}
        return Listing(f, params, sort, page_no, involving + pair)

    return listing


def download(data, rows: list[dict], format: str, name: str):
    """`data` unchanged for format "json"; for "csv" or "parquet", `rows` (the list the page shows, one
    dict per row) as an attachment named `name`.csv or `name`.parquet: one column per key, nested lists
    and dicts as JSON text. In CSV a text cell that starts like a formula (= + - @, tab, CR) gets a
    leading apostrophe so that a spreadsheet shows it rather than runs it (OWASP, "CSV Injection");
    Parquet keeps every value as it is, typed. An unknown format never gets here: the Format parameter
    answers it with a 400."""
    if format == "json":
        return data
    frame = pd.DataFrame([{k: _cell(v) for k, v in row.items()} for row in rows])
    if format == "csv":
        body = frame.map(inert_cell).to_csv(index=False).encode("utf-8")
    else:
        buffer = io.BytesIO()
        frame.to_parquet(buffer, index=False)
        body = buffer.getvalue()
    return Response(body, media_type=DOWNLOAD_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="{name}.{format}"'})


def svg_download(svg: str, name: str) -> Response:
    """A chart's SVG markup as an attachment named `name`.svg."""
    return Response(f'<?xml version="1.0" encoding="utf-8"?>\n{svg}', media_type="image/svg+xml",
                    headers={"Content-Disposition": f'attachment; filename="{name}.svg"'})


def _cell(value):
    """One value as a flat table holds it: lists and dicts as JSON text, markup as its text."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value) if isinstance(value, str) else value


def inert_cell(value):
    """A CSV cell as a spreadsheet shows it rather than runs it: text that starts like a formula (FORMULA_START)
    gets a leading apostrophe (OWASP, "CSV Injection"); anything else is returned as it is."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value
