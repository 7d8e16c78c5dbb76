"""The Python API; the CLI is this with flags.

    from newsledger import Ledger
    ledger = Ledger("ledger.db")
    summary = ledger.ingest(["examples/"])
    ledger.docs(outlet="DW")          # a pandas DataFrame
    ledger.document("3f2a")           # one document with every record read from it
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from newsledger.actors import hierarchy, load_registry
from newsledger.errors import NewsledgerError
from newsledger.interfaces import curation
from newsledger.interfaces import export as exporter
from newsledger.interfaces.ingest_run import IngestSummary, count_inputs, run_ingest
from newsledger.records import Actor
from newsledger.store import Store, schema, versions

if TYPE_CHECKING:  # pandas is imported where a frame is made: ingesting needs none, and it takes most of a second
    import pandas as pd

DOC_COLUMNS = ["doc_id", "published", "published_latest", "published_reason", "outlet", "title", "authors", "language", "source",
               "copy_of", "previous_id", "superseded_by", "original_superseded_by"]


class Ledger:
    def __init__(self, db: str | Path = "ledger.db", create: bool = True, echo: bool = False):
        self.store = Store(str(db), create=create, echo=echo)

    def close(self) -> None:
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # --- ingest ----------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str | Path],
        include: Iterable[str] = (),
        exclude: Iterable[str] = (),
        jobs: int = 1,
        max_bytes: int | None = None,
        on_progress: Callable[[int], None] | None = None,
        cluster: str | None = None,
        analyse_copies: bool = False,
    ) -> IngestSummary:
        """Read, clean, analyse and store every article under `paths`; see IngestSummary. `cluster`
        ('local:N' or a Dask scheduler's address) analyses on a Dask cluster instead of `jobs` processes.
        A near-duplicate of an earlier article is linked to it and not analysed, unless `analyse_copies`."""
        return run_ingest(self.store, [str(p) for p in paths], include, exclude, jobs, max_bytes, on_progress, cluster,
                          analyse_copies)

    @staticmethod
    def count_inputs(paths: Iterable[str | Path], include=(), exclude=()) -> int | None:
        return count_inputs([str(p) for p in paths], include, exclude)

    # --- queries ---------------------------------------------------------------------------

    def docs(self, since: str | None = None, until: str | None = None, outlet: str | None = None,
             text: str | None = None, limit: int | None = None, copies: bool | None = None) -> pd.DataFrame:
        """Documents, newest first, filtered by publication date range, outlet, a text substring and `copies`
        (True: near-duplicate copies only, False: none, None: all). An inferred range (published..published_latest)
        that reaches into the window counts. Each gives `copy_of` (the original a copy copies), `previous_id`
        (the page's or file's version before), `superseded_by` (the later version) and, for a copy,
        `original_superseded_by` (the later version of its original: a copy stays linked to the version whose
        text it copies, newsledger.store.versions), None where there is none."""
        d = schema.documents.c
        query = select(*(getattr(d, c) for c in DOC_COLUMNS[:-2]), *versions.links()).order_by(d.published.desc(), d.doc_id)
        if copies is not None:
            query = query.where(d.copy_of.is_not(None) if copies else d.copy_of.is_(None))
        if since:
            query = query.where(func.coalesce(d.published_latest, d.published) >= since)
        if until:
            query = query.where(d.published <= until)
        if outlet:
            query = query.where(d.outlet.icontains(outlet, autoescape=True))
        if text:
            query = query.where(or_(d.text.icontains(text, autoescape=True), d.title.icontains(text, autoescape=True)))
        if limit:
            query = query.limit(limit)
        with self.store.transaction() as conn:
            frame = _frame(conn.execute(query).mappings().all(), DOC_COLUMNS)
        frame["authors"] = frame["authors"].map(json.loads)
        return frame

    def document(self, doc_id: str) -> dict:
        """One document (by id or unique id prefix) with its sentences and every record read from it."""
        return self.store.document(doc_id)

    def table(self, name: str) -> pd.DataFrame:
        """A whole table of the ledger (documents, sentences, actors, mentions, events, …)."""
        table = schema.metadata.tables.get(name)
        if table is None:
            raise NewsledgerError(f"no table {name!r}; choose one of {', '.join(sorted(schema.metadata.tables))}")
        with self.store.transaction() as conn:
            return _frame(conn.execute(select(table)).mappings().all(), [c.name for c in table.columns])

    def stats(self) -> dict[str, int]:
        """Row counts per table."""
        return self.store.counts()

    # --- actors and their corrections (each re-analyses the documents it touches) ----------

    def actors(self, actor_type: str | None = None, country: str | None = None, search: str | None = None) -> pd.DataFrame:
        """Actors with their mention counts, most mentioned first."""
        return curation.list_actors(self.store, actor_type, country, search)

    def actor(self, actor_id: str) -> dict:
        """One actor with roles, aliases and mentions."""
        return curation.actor_detail(self.store, actor_id)

    def alias(self, actor_id: str, surface: str) -> int:
        """Make ``surface`` always mean ``actor_id``; returns how many documents were analysed again."""
        return curation.alias(self.store, actor_id, surface)

    def merge(self, kept: str, merged: str) -> int:
        """``merged`` is ``kept``: its mentions and records move over."""
        return curation.merge(self.store, kept, merged)

    def split(self, actor_id: str, surface: str, new_id: str, name: str | None = None,
              actor_type: str | None = None, country: str | None = None) -> int:
        """Mentions written ``surface`` become a new actor ``new_id``."""
        return curation.split(self.store, actor_id, surface, new_id, name, actor_type, country)

    def add_actors(self, path: str | Path) -> int:
        """Actors from a YAML file extend or override the registry."""
        return curation.add_from_file(self.store, path)

    def actor_parent(self, actor_id: str, date: str | None = None) -> str | None:
        """The state (ISO 3166-1 alpha-3 id, e.g. ``CHN``) or international organisation (``IGOUNO``) that the
        actor stands for on ``date`` (ISO, YYYY to YYYY-MM-DD; None: the roles held now), for rolling actors up
        to states: a person through the office they hold that day, else their nationality; a government, military
        or ministry its country; a state or IGO itself; None for an actor that stands for no state (a company, a
        rebel group). Rules: ``newsledger.actors.hierarchy``. The actor is the ledger's (with its corrections),
        else the registry's; raises NewsledgerError for an id neither knows."""
        actor = self._actor_record(actor_id)
        if actor is None:
            raise NewsledgerError(f"no actor {actor_id!r}; list them with `newsledger actors`")
        return hierarchy.actor_parent(actor, date)

    def _actor_record(self, actor_id: str) -> Actor | None:
        with self.store.transaction() as conn:
            row = conn.execute(select(schema.actors).where(schema.actors.c.actor_id == actor_id)).mappings().first()
        if row is not None:
            return hierarchy.stored_actor(row)
        registry = load_registry(corrections=tuple(self.store.corrections()))
        return registry.actors.get(registry.canonical(actor_id))

    # --- export ----------------------------------------------------------------------------

    def export(self, format: str = "jsonl", out: str | Path | None = None, since_change: str | None = None) -> list[Path]:
        """Write the ledger as JSON Lines (one file, or stdout when out is None), CSV or Parquet (a folder);
        with `since_change` (an ISO 8601 date or date-time) only what changed at or after it, and
        tombstones of what was deleted since (newsledger.interfaces.export). Raises NewsledgerError
        for a bad format or time."""
        since = None if since_change is None else exporter.since_change(since_change)
        return exporter.export(self.store, format, out, since)


def _frame(rows, columns: list[str]) -> pd.DataFrame:
    """A DataFrame that keeps SQL NULL as None (pandas would turn it into NaN in text columns)."""
    import pandas as pd

    return pd.DataFrame([tuple(r[c] for c in columns) for r in rows], columns=columns, dtype=object)
