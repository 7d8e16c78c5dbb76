"""Keeping a person's forecast resolutions on their forecast when a recode numbers a document's
forecasts anew.

Forecast ids are positional ("{doc_id}-f{i}", `store.record_rows`), so a recode that finds one more
forecast early in a document shifts the ids of the later ones, and a resolution keyed by an old id
would then judge another forecast. Before the new forecast rows are written, each resolution of one
of the document's forecasts moves to the new forecast that is the same prediction:

1. the same evidence sentence (its character span, `start`-`end`), the same proposition and the
   same forecaster; then, for the resolutions still unplaced, the same sentence and proposition;
2. else the same sentence and the same forecaster, when that sentence now holds exactly one forecast.

A resolution whose forecast matches none is kept, keyed "{old id}~gone" ("~gone2", "~gone3", … when
that key is taken): record ids never hold "~" (a doc_id is hexadecimal), so it attaches to no forecast,
now or after any later recode. It keeps what the forecast said in `gone_forecast` (JSON: proposition,
forecaster, forecaster_name, hedge, horizon, the sentence's start and end and its text), so that `orphans`
(`newsledger forecasts orphans`) can show what it judged. An analysis whose stages did not all run
(`stage_error`) moves no resolution (`Store.replace` does not call this): a forecast it lacks may only
have gone unread.
"""

from __future__ import annotations

import json
import logging
from functools import lru_cache

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from newsledger.store import schema

log = logging.getLogger(__name__)

GONE = "~gone"
# What a resolution keeps of its forecast when the forecast is gone (`gone_forecast`).
KEPT = ("proposition", "forecaster", "forecaster_name", "hedge", "horizon", "start", "end")


def follow_forecasts(conn: Connection, doc_id: str, new_rows: list[dict], where: str) -> int:
    """Re-key the resolutions of document `doc_id`'s stored forecasts to the `new_rows` (forecast row
    dicts with forecast_id, start, end, proposition, forecaster, as `record_rows` makes them) that are
    the same predictions, inside the caller's transaction and before the forecast rows are swapped.
    A resolution keeps its outcome, note, evidence and resolved_at. Logs a warning naming the ledger
    (`where`), the document and the keys of resolutions whose forecast is gone; returns how many are."""
    r = schema.resolutions.c
    resolved = conn.execute(_resolved_forecasts(), {"doc_id": doc_id}).all()
    followed = _match(resolved, new_rows)
    moves = {old_id: new_id for old_id, new_id in followed.items() if new_id != old_id}
    gone = [old.forecast_id for old in resolved if old.forecast_id not in followed]
    for old_id in gone:
        moves[old_id] = _gone_key(conn, old_id)
    if moves:
        # Delete, then insert under the new keys: two resolutions whose forecasts swap ids never collide.
        rows = conn.execute(select(schema.resolutions).where(r.forecast_id.in_(sorted(moves)))).mappings().all()
        conn.execute(delete(schema.resolutions).where(r.forecast_id.in_(sorted(moves))))
        text = _text(conn, doc_id)
        kept = {old.forecast_id: _said(old, text) for old in resolved if old.forecast_id in gone}
        conn.execute(insert(schema.resolutions), [{**row, "forecast_id": moves[row["forecast_id"]],
                                                   "gone_forecast": kept.get(row["forecast_id"], row["gone_forecast"])} for row in rows])
    if gone:
        said = "1 resolution's forecast is gone" if len(gone) == 1 else f"{len(gone)} resolutions' forecasts are gone"
        log.warning("%s: document %s: %s after the recode; kept, attached to no forecast, as %s "
                    "(`newsledger forecasts orphans` lists them)",
                    where, doc_id, said, ", ".join(moves[old_id] for old_id in gone))
    return len(gone)


@lru_cache(maxsize=1)
def _resolved_forecasts():
    """The KEPT fields of a document's resolved forecasts (parameter doc_id), by id: built once, since a
    recode runs it for every document and building it costs more than running it."""
    f, r = schema.forecasts.c, schema.resolutions.c
    return (select(f.forecast_id, *(getattr(f, name) for name in KEPT)).join(schema.resolutions, r.forecast_id == f.forecast_id)
            .where(f.doc_id == bindparam("doc_id")).order_by(f.forecast_id))


def keep_before_removal(conn: Connection, doc_id: str) -> None:
    """Inside the caller's transaction and before document `doc_id` and its forecasts are deleted, re-key each
    resolution of one of its forecasts to a "~gone" key, keeping what the forecast said (the KEPT fields and its
    `sentence`) in `gone_forecast`: the same text stored again makes positional forecast ids anew, and a
    verdict must never attach to whichever forecast gets its old id. `orphans` lists them."""
    f, r = schema.forecasts.c, schema.resolutions.c
    text = _text(conn, doc_id)
    for old in conn.execute(select(f.forecast_id, *(getattr(f, name) for name in KEPT))
                            .join(schema.resolutions, r.forecast_id == f.forecast_id).where(f.doc_id == doc_id)).all():
        conn.execute(update(schema.resolutions).where(r.forecast_id == old.forecast_id)
                     .values(forecast_id=_gone_key(conn, old.forecast_id), gone_forecast=_said(old, text)))


def _text(conn: Connection, doc_id: str) -> str:
    d = schema.documents.c
    return conn.scalar(select(d.text).where(d.doc_id == doc_id)) or ""


def _said(old, text: str) -> str:
    """What a forecast row said, as `gone_forecast` keeps it: the KEPT fields and its `sentence` (JSON)."""
    return json.dumps({name: getattr(old, name) for name in KEPT} | {"sentence": text[old.start:old.end]})


def _match(resolved, new_rows: list[dict]) -> dict[str, str]:
    """Old forecast id -> the new one that is the same prediction (module docstring's rules, the first
    rule for every resolution before the second), each new forecast taken at most once."""
    followed: dict[str, str] = {}
    by_sentence: dict[tuple, list[dict]] = {}
    for row in new_rows:
        by_sentence.setdefault((row["start"], row["end"]), []).append(row)
    for rule in (_same_proposition_and_forecaster, _same_proposition, _sole_forecast_by_same_forecaster):
        for old in resolved:
            if old.forecast_id in followed:
                continue
            in_sentence = by_sentence.get((old.start, old.end), [])
            free = [row["forecast_id"] for row in rule(old, in_sentence) if row["forecast_id"] not in followed.values()]
            if free:
                followed[old.forecast_id] = free[0]
    return followed


def _same_proposition_and_forecaster(old, in_sentence: list[dict]) -> list[dict]:
    return [row for row in in_sentence if (row["proposition"], row["forecaster"]) == (old.proposition, old.forecaster)]


def _same_proposition(old, in_sentence: list[dict]) -> list[dict]:
    return [row for row in in_sentence if row["proposition"] == old.proposition]


def _sole_forecast_by_same_forecaster(old, in_sentence: list[dict]) -> list[dict]:
    return in_sentence if len(in_sentence) == 1 and in_sentence[0]["forecaster"] == old.forecaster else []


def _gone_key(conn: Connection, forecast_id: str) -> str:
    """"{forecast_id}~gone", or with the first number from 2 on that makes it a key no resolution has."""
    key = forecast_id + GONE
    r = schema.resolutions.c
    taken = set(conn.scalars(select(r.forecast_id).where(r.forecast_id.startswith(key, autoescape=True))))
    number = 1
    while key in taken:
        number += 1
        key = f"{forecast_id}{GONE}{number}"
    return key


def orphans(conn: Connection) -> list[dict]:
    """Resolutions attached to no forecast, oldest resolved first: those kept under a "~gone" key when a
    recode no longer found their forecast, and those of a removed document. Each is the resolution's row
    (`forecast_id` is its key; outcome, note, evidence, resolved_at) less `gone_forecast`, with `doc_id` (read
    from the key), the document's `title` and `published` (None once it is `removed`: True) and `forecast`: what the
    forecast said (the KEPT fields) and its `sentence`, as kept when the forecast went; `forecast` is None when
    nothing was kept (a resolution kept before schema 9)."""
    f, r, d = schema.forecasts.c, schema.resolutions.c, schema.documents.c
    rows = conn.execute(select(schema.resolutions).outerjoin(schema.forecasts, f.forecast_id == r.forecast_id)
                        .where(f.forecast_id.is_(None)).order_by(r.resolved_at, r.forecast_id)).mappings().all()
    listed = [{**row, "doc_id": row["forecast_id"].split(GONE)[0].rpartition("-f")[0]} for row in rows]
    documents = {doc.doc_id: doc for doc in conn.execute(select(d.doc_id, d.title, d.published)
                                                         .where(d.doc_id.in_(sorted({row["doc_id"] for row in listed}))))}
    for row in listed:
        doc = documents.get(row["doc_id"])
        forecast = row.pop("gone_forecast")
        row["forecast"] = None if forecast is None else json.loads(forecast)
        row["title"], row["published"], row["removed"] = (doc.title, doc.published, False) if doc else (None, None, True)
    return listed
