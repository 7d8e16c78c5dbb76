"""Who reported a document's records: its own outlet and those of its near-duplicate copies.

A copy (documents.copy_of, see newsledger.ingest.duplicates) has no records of its own: the
original's records stand for it, and its outlet is another source of them. Views that count
sources count outlets, so ten outlets printing one wire story are ten sources of one report.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import ColumnElement, Connection, func, select

from newsledger.store import schema

D = schema.documents.c


def copies_by_original(conn: Connection) -> dict[str, list[dict]]:
    """{original's doc_id: [{"doc_id", "outlet"} of each copy, oldest first]}, over the whole ledger
    (read through the copy_of index: one row per copy)."""
    found = defaultdict(list)
    query = select(D.copy_of, D.doc_id, D.outlet).where(D.copy_of.is_not(None)).order_by(D.ingested_at, D.doc_id)
    for original, doc_id, outlet in conn.execute(query):
        found[original].append({"doc_id": doc_id, "outlet": outlet})
    return dict(found)


def published_by(doc_id: ColumnElement, outlet: str) -> ColumnElement:
    """SQL condition: the record's document (its `doc_id` column) was published by an outlet whose name
    contains `outlet` (any case; % and _ are plain characters), itself or as a near-duplicate copy of it.
    Reads documents only, so a query over records alone needs no join to their documents."""
    named = select(func.coalesce(D.copy_of, D.doc_id)).where(D.outlet.icontains(outlet, autoescape=True))
    return doc_id.in_(named)


def add_outlets(rows: list[dict], copies: dict[str, list[dict]]) -> list[dict]:
    """Give each record row (with "doc_id" and its document's "outlet") "outlets": the outlet names that
    published it, its document's first and then its copies' (unnamed ones left out, each name once),
    and "reporters": one key per outlet for counting, a document with no outlet named by its doc_id."""
    for row in rows:
        published = [{"doc_id": row["doc_id"], "outlet": row["outlet"]}, *copies.get(row["doc_id"], ())]
        row["outlets"] = list(dict.fromkeys(d["outlet"] for d in published if d["outlet"]))
        row["reporters"] = sorted({d["outlet"] or d["doc_id"] for d in published})
    return rows
