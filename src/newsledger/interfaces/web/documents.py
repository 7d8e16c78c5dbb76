"""Search, documents and setting a document's date."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select

from newsledger.analysis.search import search_documents
from newsledger.errors import LedgerError, NewsledgerError
from newsledger.interfaces.web.common import PAGE_SIZE, Format, FormText, PageNo, Text, Web, calendar_day, download, offset
from newsledger.interfaces.web.highlight import highlighted_text
from newsledger.store import Store, schema


def router(web: Web) -> APIRouter:
    routes = APIRouter()
    store = web.store

    @routes.get("/", response_class=HTMLResponse)
    def home(request: Request, q: Text = "", page_no: PageNo = 1):
        results = search_documents(store, q, PAGE_SIZE, offset(page_no)) if q else []
        recent = [] if q else _recent_documents(store)
        return web.page(request, "search.html", q=q, results=results, recent=recent, page_no=page_no)

    @routes.get("/api/search")
    def api_search(q: Text, page_no: PageNo = 1, format: Format = "json"):
        rows = [{**r, "snippet": str(r["snippet"])} for r in search_documents(store, q, PAGE_SIZE, offset(page_no))]
        return download(rows, rows, format, "search")

    def document_data(doc_id: str) -> dict:
        try:
            doc = store.document(doc_id, prefix=False)
        except LedgerError:
            raise  # the database failed; the document may well exist
        except NewsledgerError:
            raise HTTPException(404, f"no document {doc_id}")
        doc.pop("raw", None)
        return doc

    def full_id(doc_id: str) -> str:
        """The id of the one document whose id is `doc_id` or starts with it, as the CLI takes it;
        a 404 when none does or several do."""
        ids = schema.documents.c.doc_id
        with store.transaction() as conn:
            if conn.execute(select(ids).where(ids == doc_id)).first():
                return doc_id
            found = conn.scalars(select(ids).where(ids.startswith(doc_id, autoescape=True)).order_by(ids).limit(2)).all()
        if not found:
            raise HTTPException(404, f"no document {doc_id}")
        if len(found) > 1:
            raise HTTPException(404, f"several documents' ids start with {doc_id}; give more of the id")
        return found[0]

    @routes.get("/doc/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str):
        if (full := full_id(doc_id)) != doc_id:
            return RedirectResponse(f"/doc/{quote(full, safe='')}", status_code=307)
        doc = document_data(doc_id)
        names = web.actor_names([m["actor_id"] for m in doc["mentions"]] + [e["source"] for e in doc["events"]]
                                + [e["target"] for e in doc["events"]] + [q["speaker"] for q in doc["quotes"]])
        return web.page(request, "document.html", doc=doc, names=names, body=highlighted_text(doc))

    @routes.get("/api/doc/{doc_id}")
    def api_document(doc_id: str):
        if (full := full_id(doc_id)) != doc_id:
            return RedirectResponse(f"/api/doc/{quote(full, safe='')}", status_code=307)
        return document_data(doc_id)

    @routes.post("/doc/{doc_id}/date")
    def set_document_date(doc_id: str, published: FormText, csrf_token: FormText = "", write_token: FormText = ""):
        """Set a document's publication date by hand and re-date its records (pipeline.set_document_date)."""
        from newsledger.pipeline import set_document_date  # spaCy and the stages: loaded only when analysing

        web.check_write(csrf_token, write_token)
        try:
            day = date.fromisoformat(calendar_day(published.strip()))
        except ValueError:
            raise HTTPException(400, f"{published[:40]!r} is not a calendar date; use YYYY-MM-DD")
        document_data(doc_id)  # a 404 for an unknown document
        set_document_date(store, doc_id, day)
        return RedirectResponse(f"/doc/{quote(doc_id, safe='')}", status_code=303)

    return routes


def _recent_documents(store: Store, limit: int = 20) -> list[dict]:
    d = schema.documents.c
    with store.transaction() as conn:
        return [dict(r) for r in conn.execute(select(d.doc_id, d.title, d.published, d.outlet).order_by(d.published.desc(), d.doc_id).limit(limit)).mappings()]
