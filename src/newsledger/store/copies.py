"""Near-duplicate copies in the ledger (documents.copy_of): what happens to them when their original goes.

A copy is stored unanalysed and linked to its original (newsledger.ingest.duplicates). When the
original is deleted its copies are kept: the oldest becomes the original, unlinked and marked stale
so that `newsledger recode --stale` analyses it (it has no records until then), and the others are
linked to it, so that a link always points at a stored original, never along a chain.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from newsledger.store import schema

D = schema.documents.c


def promote_copies(conn: Connection, doc_id: str, when: str) -> str | None:
    """Inside the caller's transaction, before document `doc_id` is deleted: make its oldest copy the
    original (analysed when in English, stale) and link its other copies to that one, each changed
    `when` (an ISO timestamp). Returns the new original's doc_id, None when the document has no copies."""
    copies = conn.execute(select(D.doc_id, D.language).where(D.copy_of == doc_id).order_by(D.ingested_at, D.doc_id)).all()
    if not copies:
        return None
    heir, language = copies[0]
    conn.execute(update(schema.documents).where(D.doc_id == heir)
                 .values(copy_of=None, analysed=language == "en", stale=True, changed_at=when))
    conn.execute(update(schema.documents).where(D.copy_of == doc_id).values(copy_of=heir, changed_at=when))
    return heir
