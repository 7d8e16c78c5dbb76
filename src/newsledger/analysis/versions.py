"""Versions of one page or file: only the current one counts.

A page fetched again after an edit, or a file ingested again after a change, is stored as a new
document whose `previous_id` names the version before (newsledger.store.versions: documents with one
version_key, the URL or else where it was read; a fetch of an earlier text makes that version current
again). The older version stays stored and readable on its
document page, but its records would count every reported event twice, so the analysis views (events,
quotes, forecasts) read records from current documents only: those no other document names as previous.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, select

from newsledger.store import schema

D = schema.documents.c


def superseded_ids():
    """SELECT of the doc_ids another document names as its previous version (one row per later version)."""
    return select(D.previous_id).where(D.previous_id.is_not(None))


def is_current(doc_id: ColumnElement) -> ColumnElement:
    """SQL condition: the record's document (its `doc_id` column) has no later version. Reads documents
    only, so a query over records alone needs no join to their documents."""
    return doc_id.not_in(superseded_ids())
