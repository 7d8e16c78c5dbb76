"""Exports: JSON Lines per shared/schema/ledger-export.schema.json, or one CSV/Parquet file per record kind.

Events also carry the GeoNames place of their location (location_id, location_name, location_class,
location_admin1, location_country, lat, lon), whose commitment their status is and the rule that set
their date; documents say where their date came from (an inferred one with its range end). These are
extra fields the shared contract allows, described in the package's copy of the schema, version 1.3.0 (which adds each record's coder_version and changed_at)
(EXPORT_SCHEMA).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import pandas as pd
from sqlalchemy import select

from newsledger.actors.hierarchy import actor_parent, stored_actor
from newsledger.errors import NewsledgerError
from newsledger.store import Store, schema

FORMATS = ("jsonl", "csv", "parquet")
EXPORT_SCHEMA = Path(__file__).parent / "data" / "ledger-export.schema.json"
ISODATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2})?$")
TABLE_EXPORTS = ("documents", "actors", "mentions", "timexes", "events", "quotes", "forecasts")
ACTOR_COLUMNS = {"event": ("source", "target"), "quote": ("speaker",), "forecast": ("forecaster",)}


def export(store: Store, format: str, out: str | Path | None) -> list[Path]:
    if format not in FORMATS:
        raise NewsledgerError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if format == "jsonl":
        return export_jsonl(store, out)
    return export_tables(store, format, Path(out or "export"))


def _isodate(value: str | None) -> str | None:
    """The contract allows only ISO calendar dates; anything else (a season, PRESENT_REF) becomes null."""
    return value if value and ISODATE.match(value) else None


def jsonl_records(store: Store):
    """Every ledger line as a dict: documents with their records, then the actors they mention or
    that their records name (a country found through a place, a side described as "40 people")."""
    mentions_by_actor: dict[str, list[dict]] = defaultdict(list)
    with store.transaction() as conn:
        resolutions = {r.forecast_id: r.outcome for r in conn.execute(select(schema.resolutions))}
        actors = _stored_actors(conn)
        for doc in conn.execute(select(schema.documents).order_by(schema.documents.c.doc_id)).mappings():
            yield _document_line(doc)
            text = doc["text"]
            for kind, table in (("event", schema.events), ("quote", schema.quotes), ("forecast", schema.forecasts)):
                for row in conn.execute(select(table).where(table.c.doc_id == doc["doc_id"])).mappings():
                    for column in ACTOR_COLUMNS[kind]:
                        if row[column]:
                            mentions_by_actor.setdefault(row[column], [])
                    line = _record_line(kind, dict(row), text, resolutions)
                    if kind == "event":
                        line.update(_side_parents(line, actors))
                    yield line
            for m in conn.execute(select(schema.mentions).where(schema.mentions.c.doc_id == doc["doc_id"])).mappings():
                mentions_by_actor[m["actor_id"]].append({k: m[k] for k in ("doc_id", "start", "end", "text")})
        for actor in conn.execute(select(schema.actors).order_by(schema.actors.c.actor_id)).mappings():
            if actor["actor_id"] in mentions_by_actor:
                yield _actor_line(actor, mentions_by_actor[actor["actor_id"]], actor_parent(actors[actor["actor_id"]]))


def _document_line(doc) -> dict:
    return {
        "kind": "document",
        "doc_id": doc["doc_id"],
        "source": doc["source"],
        "url": doc["url"],
        "title": doc["title"],
        "authors": json.loads(doc["authors"]),
        "outlet": doc["outlet"],
        "published": _isodate(doc["published"]),
        "published_reason": doc["published_reason"],
        "published_latest": _isodate(doc["published_latest"]),
        "language": doc["language"],
        "analysed": bool(doc["analysed"]),
        "text": doc["text"],
        "coder_version": doc["coder_version"],
        "changed_at": doc["changed_at"],
    }


def event_line(row: dict, text: str) -> dict:
    return _record_line("event", dict(row), text, {})


def _record_line(kind: str, row: dict, text: str, resolutions: dict) -> dict:
    row["kind"] = kind
    row["evidence"] = text[row["start"] : row["end"]]
    if kind == "event":
        row["date"], row["date_end"] = _isodate(row["date"]), _isodate(row["date_end"])
    if kind == "forecast":
        row["horizon"] = _isodate(row["horizon"])
        row["actors"] = json.loads(row["actors"])
        row["negated"] = bool(row["negated"])
        outcome = resolutions.get(row["forecast_id"])
        row["resolution"] = None if outcome is None else bool(outcome)
    return row


def _stored_actors(conn) -> dict:
    """Every actor of the ledger, by id."""
    return {row["actor_id"]: stored_actor(row) for row in conn.execute(select(schema.actors)).mappings()}


def _side_parents(event, actors: dict) -> dict:
    """{"source_parent", "target_parent"}: the state or IGO each side of an event row stands for on the
    event's day (newsledger.actors.hierarchy)."""
    parents = {}
    for side in ("source", "target"):
        actor = actors.get(event[side]) if event[side] else None
        parents[f"{side}_parent"] = actor_parent(actor, event["day"]) if actor else None
    return parents


def _actor_line(actor, mentions: list[dict], parent: str | None) -> dict:
    line = dict(actor)
    line["kind"] = "actor"
    line["parent"] = parent  # for the roles held now; an event's sides carry the parent for its day
    line["roles"] = json.loads(line["roles"])
    line["aliases"] = json.loads(line["aliases"])
    line["mentions"] = mentions
    return line


def export_jsonl(store: Store, out: str | Path | None) -> list[Path]:
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    try:
        for record in jsonl_records(store):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()
    return [Path(out)] if out else []


def export_tables(store: Store, format: str, folder: Path) -> list[Path]:
    """One file per record kind in `folder` (documents without their raw input); actors gain `parent` and
    events `source_parent` and `target_parent`, as in the JSON Lines export."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with store.transaction() as conn:
        for name in TABLE_EXPORTS:
            table = schema.metadata.tables[name]
            columns = [c for c in table.columns if c.name != "raw"]
            # Parents are read from the rows, not the frame: pandas turns a missing day into NaN.
            rows = conn.execute(select(*columns)).mappings().all()
            frame = pd.DataFrame(rows, columns=[c.name for c in columns])
            if name == "actors":
                frame["parent"] = [actor_parent(stored_actor(row)) for row in rows]
            if name == "events":
                actors = _stored_actors(conn)
                parents = pd.DataFrame([_side_parents(row, actors) for row in rows], columns=["source_parent", "target_parent"])
                frame[parents.columns] = parents
            path = folder / f"{name}.{format}"
            frame.to_csv(path, index=False) if format == "csv" else frame.to_parquet(path, index=False)
            written.append(path)
    return written
