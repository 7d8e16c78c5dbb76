"""Exports: JSON Lines per shared/schema/ledger-export.schema.json, or one CSV/Parquet file per record kind.

Events also carry the GeoNames place of their location (location_id, location_name, location_class,
location_admin1, location_country, lat, lon), whose commitment their status is and the rule that set
their date; documents say where their date came from (an inferred one with its range end). These are
extra fields the shared contract allows, described in the package's copy of the schema, version 1.4.0
(1.3.0 adds each record's coder_version and changed_at, 1.4.0 the tombstone lines of an export of
changes) (EXPORT_SCHEMA).

An export of changes (`since`) holds only what changed at or after a time, and a tombstone for each
thing deleted since then, so that a copy of the ledger can be kept in sync (see `changed_lines`).
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exists, select

from newsledger.actors.hierarchy import actor_parent, stored_actor
from newsledger.errors import NewsledgerError
from newsledger.store import Store, changes, schema

if TYPE_CHECKING:  # imported where tables are written: ingesting imports this module and needs no pandas
    import pandas as pd

FORMATS = ("jsonl", "csv", "parquet")
EXPORT_SCHEMA = Path(__file__).parent / "data" / "ledger-export.schema.json"
ISODATE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2})?$")
TABLE_EXPORTS = ("documents", "actors", "mentions", "timexes", "events", "quotes", "forecasts")
ACTOR_COLUMNS = {"event": ("source", "target"), "quote": ("speaker",), "forecast": ("forecaster",)}
PLUS_DECODED_AS_SPACE = re.compile(r"(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}(?::?\d{2})?)$")  # "05:00:00 01:00"


# The parts of an export of changes, in the order they are written: deletions first, so that a
# copy that applies the lines in order ends with what the ledger holds.
SECTIONS = ("tombstone", "document", "event", "quote", "forecast", "actor")
RECORD_TABLES = {"event": schema.events, "quote": schema.quotes, "forecast": schema.forecasts}


def export(store: Store, format: str, out: str | Path | None, since: str | None = None) -> list[Path]:
    """Write the whole ledger, or with `since` (see `since_change`) only what changed at or after it
    and the tombstones of what was deleted since; see `export_jsonl` and `export_tables`."""
    if format not in FORMATS:
        raise NewsledgerError(f"unknown export format {format!r}; use one of {', '.join(FORMATS)}")
    if format == "jsonl":
        return export_jsonl(store, out, since)
    return export_tables(store, format, Path(out or "export"), since)


def since_change(value: str) -> str:
    """An ISO 8601 date ("2026-11-30", midnight) or date-time ("2026-11-30T05:00:00Z", "…+01:00";
    no offset means UTC) as the ledger writes times: UTC to the second, "2026-11-30T05:00:00+00:00",
    so that it compares with stored times as a string. A fraction of a second is dropped (the
    ledger's times have none). A space before the offset ("…05:00:00 01:00") is read as "+": it is
    what a URL's unescaped "+" decodes to. Raises NewsledgerError naming the expected form."""
    try:
        moment = datetime.fromisoformat(PLUS_DECODED_AS_SPACE.sub(r"\1+\2", value.strip()))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
        return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
    except (ValueError, OverflowError):  # overflow: an offset that takes year 1 or 9999 out of range
        raise NewsledgerError(f"{value!r} is not a time; expected an ISO 8601 date or date-time, "
                              "e.g. 2026-11-30 or 2026-11-30T05:00:00Z") from None


def current_second() -> str:
    """Now in UTC to the second, "2026-11-30T05:00:00Z" (a form a URL carries as it is): the time to
    pass as `since` next, for an export of changes that starts now."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# A change is stamped when its write transaction begins and becomes visible when it commits, so an
# export can miss a change stamped just before it started. The next export therefore starts this
# many seconds earlier: a change whose transaction took less than that is never missed, and the
# changes of those seconds come twice (a line replaces the one of its kind and id, so that is harmless).
SETTLE_S = 60


def next_since(since: str, started: str) -> str:
    """The time to pass as `since` after an export of changes since `since` (as `since_change` writes
    it) that started at `started` (as `current_second` writes it): SETTLE_S seconds before `started`,
    or `since` when that is later, so that a time in the future never leads a copy back to an
    earlier one. In current_second's form."""
    settled = datetime.strptime(started, "%Y-%m-%dT%H:%M:%SZ") - timedelta(seconds=SETTLE_S)
    return max(settled.strftime("%Y-%m-%dT%H:%M:%SZ"), since.removesuffix("+00:00") + "Z")


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


def changed_lines(store: Store, since: str, after: tuple[str, str] | None = None) -> Iterator[tuple[str, str, dict]]:
    """(section, key, line) for every export line changed at or after `since` (as `since_change`
    writes it), in the order of SECTIONS and by key within each: tombstones of what was deleted (by
    tombstone id), documents, events, quotes and forecasts changed (a forecast also when resolved), and
    the actors whose row or mentions changed. A line has the full export's shape and a tombstone
    {"kind": "tombstone", "record_kind", "record_id", "doc_id", "deleted_at"}; an actor that changed
    but no longer has a line (no mention or record names it) gets a tombstone dated by its changed_at.
    `after` (a section and a key) resumes after that line, for paging.

    A copy that holds an earlier export and applies these lines in order (a tombstone removes the
    line of that kind and id, a mention tombstone the mention at that span; another line replaces
    the one of its kind and id) holds the ledger as the export started; a change made while it runs
    may be in it too, and a later export from `next_since` repeats it. Not covered: an event's source_parent/target_parent that changes because only an
    actor's roles changed."""
    start = SECTIONS.index(after[0]) if after else 0
    with store.transaction() as conn:
        for section in SECTIONS[start:]:
            key = after[1] if after and section == after[0] else None
            if section == "tombstone":
                for row in changes.tombstones_since(conn, since, None if key is None else int(key)):
                    yield section, str(row["id"]), _tombstone_line(row["kind"], row["record_id"], row["doc_id"], row["deleted_at"])
            elif section == "document":
                for doc in changes.changed_rows(conn, schema.documents, since, key):
                    yield section, doc["doc_id"], _document_line(doc)
            elif section == "actor":
                yield from _changed_actor_lines(conn, since, key)
            else:
                yield from _changed_record_lines(conn, section, since, key)


def _tombstone_line(kind: str, record_id: str, doc_id: str | None, deleted_at: str) -> dict:
    return {"kind": "tombstone", "record_kind": kind, "record_id": record_id, "doc_id": doc_id, "deleted_at": deleted_at}


def _changed_record_lines(conn, kind: str, since: str, after: str | None):
    table = RECORD_TABLES[kind]
    (key,) = table.primary_key
    texts: dict[str, str] = {}  # records come by id, which starts with their document's id
    actors = None
    for row in changes.changed_rows(conn, table, since, after):
        if row["doc_id"] not in texts:
            texts = {row["doc_id"]: conn.scalar(select(schema.documents.c.text).where(schema.documents.c.doc_id == row["doc_id"]))}
        resolutions = {}
        if kind == "forecast":
            outcome = conn.scalar(select(schema.resolutions.c.outcome).where(schema.resolutions.c.forecast_id == row["forecast_id"]))
            resolutions = {} if outcome is None else {row["forecast_id"]: outcome}
        line = _record_line(kind, dict(row), texts[row["doc_id"]], resolutions)
        if kind == "event":
            actors = actors if actors is not None else _stored_actors(conn)
            line.update(_side_parents(line, actors))
        yield kind, row[key.name], line


def _changed_actor_lines(conn, since: str, after: str | None):
    a, m = schema.actors.c, schema.mentions.c
    for actor_id in changes.actors_changed(conn, since, after):
        row = conn.execute(select(schema.actors).where(a.actor_id == actor_id)).mappings().first()
        if row is None:  # merged away: its tombstone is stored
            continue
        mentions = [dict(r) for r in conn.execute(select(m.doc_id, m.start, m.end, m.text).where(m.actor_id == actor_id)
                                                  .order_by(m.doc_id, m.start, m.end)).mappings()]
        if mentions or _named(conn, actor_id):
            yield "actor", actor_id, _actor_line(row, mentions, actor_parent(stored_actor(row)))
        elif row["changed_at"] and row["changed_at"] >= since:
            yield "actor", actor_id, _tombstone_line("actor", actor_id, None, row["changed_at"])


def _named(conn, actor_id: str) -> bool:
    """Whether an event, quote or forecast names the actor (so that the full export gives it a line)."""
    e, q, f = schema.events.c, schema.quotes.c, schema.forecasts.c
    return any(conn.scalar(select(exists().where(column == actor_id)))
               for column in (e.source, e.target, q.speaker, f.forecaster))


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
        "copy_of": doc["copy_of"],
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


def export_jsonl(store: Store, out: str | Path | None, since: str | None = None) -> list[Path]:
    """One JSON object a line to `out` (stdout when None): every line of the ledger, or with `since`
    only those changed at or after it, tombstones first (`changed_lines`)."""
    stream = open(out, "w", encoding="utf-8") if out else sys.stdout
    records = jsonl_records(store) if since is None else (line for _, _, line in changed_lines(store, since))
    try:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        if out:
            stream.close()
    return [Path(out)] if out else []


def export_tables(store: Store, format: str, folder: Path, since: str | None = None) -> list[Path]:
    """One file per record kind in `folder` (documents without their raw input); actors gain `parent` and
    events `source_parent` and `target_parent`, as in the JSON Lines export. With `since`, only rows
    changed at or after it, and one more file, tombstones (kind, record_id, doc_id, deleted_at), of
    what was deleted at or after it. In CSV a text cell that starts like a formula (= + - @, tab, CR) gets a
    leading apostrophe, as in the web app's downloads."""
    import pandas as pd

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    with store.transaction() as conn:
        for name in TABLE_EXPORTS:
            table = schema.metadata.tables[name]
            columns = [c for c in table.columns if c.name != "raw"]
            # Parents are read from the rows, not the frame: pandas turns a missing day into NaN.
            query = select(*columns) if since is None else select(*columns).where(table.c.changed_at >= since)
            rows = conn.execute(query).mappings().all()
            frame = pd.DataFrame(rows, columns=[c.name for c in columns])
            if name == "actors":
                frame["parent"] = [actor_parent(stored_actor(row)) for row in rows]
            if name == "events":
                actors = _stored_actors(conn)
                parents = pd.DataFrame([_side_parents(row, actors) for row in rows], columns=["source_parent", "target_parent"])
                frame[parents.columns] = parents
            written.append(_write_frame(frame, folder / f"{name}.{format}", format))
        if since is not None:
            columns = ["kind", "record_id", "doc_id", "deleted_at"]
            rows = [{c: row[c] for c in columns} for row in changes.tombstones_since(conn, since)]
            written.append(_write_frame(pd.DataFrame(rows, columns=columns), folder / f"tombstones.{format}", format))
    return written


def _write_frame(frame: pd.DataFrame, path: Path, format: str) -> Path:
    """`frame` to `path`; in CSV a text cell that starts like a formula gets the web downloads' leading
    apostrophe (`inert_cell`), as article text is untrusted; Parquet keeps every value as it is."""
    from newsledger.interfaces.web.common import inert_cell

    frame.map(inert_cell).to_csv(path, index=False) if format == "csv" else frame.to_parquet(path, index=False)
    return path
