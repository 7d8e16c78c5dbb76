"""Versions of one page or file in the ledger: a chain of documents linked by `previous_id`.

Documents with one `version_key` (Article.version_key: the URL, else where the article was read) are
versions of one article. Each new version names the current one as its `previous_id`; the current
version is the one no other names (`is_current`). The older versions stay stored and readable on
their document pages, but their records would count every reported event twice, so the analysis
views (events, quotes, forecasts, the briefing) read records from current documents only.

A fetch whose text is that of an earlier version (an edit reverted: text A, then B, then A again)
stores nothing new, since a document's id is its text's hash: the earlier version becomes current
again by moving to the head of the chain (`make_current`), so the latest fetch wins. `previous_id`
therefore names the version that was current before this one last became current; `ingested_at`
still says when each text was first stored. Moving rows, not adding them, keeps re-running a batch
from adding versions: a re-run of "A, B, A" moves B to the head, then A, and ends as it was.

A near-duplicate copy (`copy_of`) stays linked to the version whose text it copies, superseded or
not: its text is that version's, not the later one's.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import ColumnElement, Connection, bindparam, select, update

from newsledger.store import schema

D = schema.documents.c


def superseded_by(doc_id: ColumnElement) -> ColumnElement:
    """SQL scalar: the doc_id of the version that names document `doc_id` (a column or value) as its
    previous one, NULL when none does (the document is current, or has no versions)."""
    later = schema.documents.alias("later")
    return (select(later.c.doc_id).where(later.c.previous_id == doc_id)
            .order_by(later.c.ingested_at, later.c.doc_id).limit(1).scalar_subquery())


def links() -> tuple[ColumnElement, ColumnElement]:
    """Columns for a SELECT over documents: `superseded_by` (the document's) and `original_superseded_by`
    (a copy's original's: the copy stays linked to the version it copies, which may be superseded)."""
    return superseded_by(D.doc_id).label("superseded_by"), superseded_by(D.copy_of).label("original_superseded_by")


def is_current(doc_id: ColumnElement) -> ColumnElement:
    """SQL condition: document `doc_id` (a column or value) has no later version: no document names it as
    previous. Reads documents only, so a query over records alone needs no join to their documents."""
    return doc_id.not_in(select(D.previous_id).where(D.previous_id.is_not(None)))


def current_version(conn: Connection, version_key: str) -> str | None:
    """The doc_id of the current version of `version_key` (none names it as previous; the latest stored
    of such, should a ledger hold two), None when no document has that key."""
    return conn.scalar(_current_version(), {"version_key": version_key})


@lru_cache(maxsize=1)
def _current_version():
    """`current_version`'s query (parameter version_key): built once, since ingest runs it for every
    document and building it costs more than running it."""
    return (select(D.doc_id).where(D.version_key == bindparam("version_key"), is_current(D.doc_id))
            .order_by(D.ingested_at.desc(), D.doc_id.desc()).limit(1))


def make_current(conn: Connection, doc_id: str, version_key: str, when: str) -> bool:
    """Inside the caller's transaction: make stored document `doc_id`, fetched again from `version_key`,
    the current version of it when a later version supersedes it (a reverted edit). It leaves its place in
    the chain (the version after it takes its previous_id) and names the current version as previous;
    both rows get changed_at `when` (an ISO timestamp). False, and nothing changed, when the document is
    current already or was stored from another page or file (same text, other version_key)."""
    stored = conn.execute(select(D.previous_id, D.version_key).where(D.doc_id == doc_id)).one_or_none()
    if stored is None or stored.version_key != version_key:
        return False
    head = current_version(conn, version_key)
    if head is None or head == doc_id:
        return False
    conn.execute(update(schema.documents).where(D.previous_id == doc_id).values(previous_id=stored.previous_id, changed_at=when))
    conn.execute(update(schema.documents).where(D.doc_id == doc_id).values(previous_id=head, changed_at=when))
    return True
