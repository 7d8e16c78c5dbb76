"""`ingest --jobs N` stores what its workers send back in input order, whichever batch finishes first: the first
document to name an actor the registry lacks (a newcomer) sets its stored row, so the ledger is the one
`--jobs 1` makes."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import select

from newsledger.ingest import Article, article_from_text
from newsledger.interfaces import ingest_run
from newsledger.store import Store, schema

# One newcomer described differently by two stories, then two stories that do not name him.
STORIES = [
    "Ivo Kessler, a German diplomat, said on Monday that talks with Serbia would resume next week in Belgrade.",
    "Ivo Kessler, a French lawyer from the Paris Bar Association, said on Tuesday that he would appeal the ruling.",
    "Police in Lagos arrested twelve protesters on Wednesday after a march against fuel prices, a spokesman said.",
    "Chile and Peru agreed on Thursday to reopen their main border crossing, closed since the floods in March.",
]


def stories() -> list[Article]:
    found = [article_from_text(f"feed.jsonl:{n}", text, [], published="2024-03-04")
             for n, text in enumerate(STORIES, 1)]
    assert all(isinstance(a, Article) for a in found), found
    return found


class FirstBatchLast:
    """A worker pool whose first batch finishes after all the others, as a worker given the longest articles
    does. Threads in this process stand for the workers; the first batch waits before it is analysed, so one
    analysis runs at a time."""

    def __init__(self, max_workers: int, others: int) -> None:
        self._threads = ThreadPoolExecutor(max_workers)
        self._others = others
        self._done = threading.Semaphore(0)
        self._submitted = 0
        self._processes = None  # what `_run_parallel` looks at to notice a dead worker

    def submit(self, fn, *args):
        self._submitted += 1
        if self._submitted == 1:
            return self._threads.submit(self._after_the_others, fn, *args)
        return self._threads.submit(self._then_count, fn, *args)

    def _after_the_others(self, fn, *args):
        for _ in range(self._others):
            assert self._done.acquire(timeout=300), "the other batches never finished"
        return fn(*args)

    def _then_count(self, fn, *args):
        try:
            return fn(*args)
        finally:
            self._done.release()

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self._threads.shutdown(wait=wait, cancel_futures=cancel_futures)


def written(table):
    return [c for c in table.c if c.name != "changed_at"]


def ledger(store: Store) -> dict[str, list[tuple]]:
    """The actors and mentions, as rows without the time they were written."""
    tables = {"actors": schema.actors, "mentions": schema.mentions}
    with store.transaction() as conn:
        return {name: sorted(tuple(row) for row in conn.execute(select(*written(table))))
                for name, table in tables.items()}


def country_of(store: Store, name: str) -> str | None:
    with store.transaction() as conn:
        return conn.execute(select(schema.actors.c.country).where(schema.actors.c.name == name)).scalar_one()


def test_a_newcomer_is_stored_as_the_first_story_reads_it_whichever_worker_finishes_first(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_run, "BATCH", 1)
    one = Store(str(tmp_path / "one.db"))
    assert ingest_run.ingest_articles(one, stories(), jobs=1).new == len(STORIES)
    monkeypatch.setattr(ingest_run, "ProcessPoolExecutor",
                        lambda max_workers, **_: FirstBatchLast(max_workers, others=len(STORIES) - 1))
    two = Store(str(tmp_path / "two.db"))
    assert ingest_run.ingest_articles(two, stories(), jobs=2).new == len(STORIES)

    assert country_of(one, "Ivo Kessler") == "DEU"  # the German diplomat of the first story
    assert country_of(two, "Ivo Kessler") == "DEU"
    assert ledger(two) == ledger(one)
