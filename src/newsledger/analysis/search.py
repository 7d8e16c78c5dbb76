"""Full-text search over documents: SQLite FTS5, or PostgreSQL's text search, same call."""

from __future__ import annotations

import re

from markupsafe import Markup, escape
from sqlalchemy import text

from newsledger.store import Store

HIT_START, HIT_END = "\x02", "\x03"  # snippet markers that article text never contains


def _fts5_query(query: str) -> str:
    """User words as quoted FTS5 terms, so quotes and operators in the input cannot break the query."""
    words = re.findall(r"\w[\w'’-]*", query)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_documents(store: Store, query: str, limit: int = 20, offset: int = 0) -> list[dict]:
    """Documents matching all words of `query`, best first, with an HTML-safe snippet."""
    if not query.strip():
        return []
    if store.engine.dialect.name == "sqlite":
        terms = _fts5_query(query)
        if not terms:
            return []
        sql = text(
            "SELECT d.doc_id, d.title, d.published, d.outlet, "
            f"snippet(documents_fts, 1, '{HIT_START}', '{HIT_END}', '…', 16) AS snippet "
            "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
            "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset")
        params = {"q": terms, "limit": limit, "offset": offset}
    else:
        sql = text(
            "SELECT doc_id, title, published, outlet, ts_headline('english', text, plainto_tsquery('english', :q), "
            f"'StartSel={HIT_START}, StopSel={HIT_END}, MaxWords=30, MinWords=10') AS snippet FROM documents "
            "WHERE to_tsvector('english', coalesce(title, '') || ' ' || text) @@ plainto_tsquery('english', :q) "
            "ORDER BY ts_rank(to_tsvector('english', coalesce(title, '') || ' ' || text), plainto_tsquery('english', :q)) DESC "
            "LIMIT :limit OFFSET :offset")
        params = {"q": query, "limit": limit, "offset": offset}
    with store.transaction() as conn:
        rows = [dict(r) for r in conn.execute(sql, params).mappings()]
    for row in rows:
        row["snippet"] = highlight_snippet(row["snippet"] or "")
    return rows


def highlight_snippet(snippet: str) -> Markup:
    """Escape the article text, then turn the hit markers into <mark> tags."""
    safe = str(escape(snippet))
    return Markup(safe.replace(HIT_START, "<mark>").replace(HIT_END, "</mark>"))
