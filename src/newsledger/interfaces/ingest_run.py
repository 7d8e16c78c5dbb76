"""Running ingest over many inputs: batching, worker processes, one transaction per document.

The main process reads and cleans inputs, links near-duplicates to their originals (they are not
analysed; see `_new_articles`) and is the only writer; workers (processes here, or
a Dask cluster's, see `cluster`) run spaCy and the stages. An interrupt (Ctrl-C or SIGTERM) or a
dead worker loses at most the documents in flight, never a stored one, and re-running the same command finishes the work. Workers end
with the main process, however it ends. Several ingest runs may share one ledger at once.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import psutil

from newsledger import nlp
from newsledger.errors import LedgerError, RefusedByLedger
from newsledger.ingest import JSONL_SUFFIXES, Article, Rejected, expand_paths, read_articles
from newsledger.ingest.duplicates import CopyFinder, signature
from newsledger.pipeline import Analysis, analyse_batch, doc_budget_s
from newsledger.store import Store
from newsledger.version import coder_version

BATCH = 16
INTERRUPTED = "interrupted; documents stored so far are kept, re-run the same command to finish"


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    unchanged: int = 0
    copies: int = 0  # near-duplicates of an earlier document: stored, linked to it, not analysed
    reverted: int = 0  # earlier versions of a page or file fetched again: current again, nothing new stored
    not_english: dict[str, int] = field(default_factory=dict)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    stopped: str | None = None  # why the run ended early, if it did

    @property
    def exit_code(self) -> int:
        return 1 if self.skipped or self.stopped else 0


def count_inputs(paths: Iterable[str], include=(), exclude=()) -> int | None:
    """How many articles the inputs hold, at a glance (JSON Lines count lines); None for stdin."""
    total = 0
    for path in expand_paths(paths, include, exclude):
        if path == "-":
            return None
        if Path(path).suffix.lower() in JSONL_SUFFIXES and os.path.isfile(path):
            with open(path, "rb") as f:
                total += sum(1 for line in f if line.strip())
        else:
            total += 1
    return total


def _worker_init(ingest_pid: int) -> None:
    # A worker ends when the ingest process that started it ends, however it ends (even by SIGKILL), so that
    # no orphan keeps spaCy's few hundred MB. Its parent is a fork server (`_worker_context`) that lives as
    # long as its workers do, so a signal on the parent's death would never come: a thread watches instead.
    threading.Thread(target=_exit_with, args=(ingest_pid,), daemon=True).start()
    # The parent decides what an interrupt means; workers just stop when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from newsledger import nlp

    nlp.get_pipeline()


def _exit_with(pid: int) -> None:
    while True:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:  # dead, not yet reaped
                break
        except psutil.NoSuchProcess:
            break
        time.sleep(0.5)
    os._exit(1)


def _worker_context():
    """How worker processes start. Where the platform has one (Linux, macOS), a fork server that has imported
    the pipeline and loaded spaCy's model, the actor registry and the gazetteer (`worker_preload`) forks each
    worker ready to work: spawned, each worker did all that itself, about 3 s of CPU. Not a plain fork of
    the ingest process: it runs threads (the progress display), and forking a process with threads can
    deadlock the child. The fork server lives as long as this process and serves its later runs."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsledger.interfaces.worker_preload"])
    return context


class StopRequest:
    """SIGINT (Ctrl-C) or SIGTERM (a service manager, `kill`) asks the run to stop; a second signal stops
    it at once. The document in hand is not stored: its analysis ends at its next ``nlp.check_time``
    (see `stop_on_signal`), and a re-run analyses it again. A flag rather than an exception raised at any bytecode: an
    interrupt raised inside a finaliser or garbage-collector callback is printed and lost, and the
    run would go on to the end."""

    def __init__(self) -> None:
        self.requested = False
        self.urgent = False

    def __call__(self, _signum, _frame) -> None:
        stop_now = self.requested or self.urgent
        self.requested = True
        if stop_now:
            raise KeyboardInterrupt

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt

    @contextmanager
    def at_once(self):
        """Within the block the first signal raises KeyboardInterrupt too, for a blocking call that
        handles it (Dask cancels a cluster's start-up and re-raises it) and has no place to check the flag."""
        self.check()
        self.urgent = True
        try:
            yield
        finally:
            self.urgent = False


@contextmanager
def stop_on_signal():
    """A StopRequest handling SIGINT and SIGTERM for the block; a signal also makes analysis in this
    process stop within moments (``nlp.request_stop``), not at the document's deadline. Only the main
    thread may set signal handlers; elsewhere the defaults stay (and the request is never set)."""
    stop = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield stop
        return

    def handler(signum, frame) -> None:
        nlp.request_stop()
        stop(signum, frame)

    previous = {signum: signal.signal(signum, handler) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield stop
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        nlp.request_stop(False)


def analyse_articles(articles: list[Article], corrections: tuple, budget: float | None = None) -> list[Analysis]:
    """`pipeline.analyse_batch` as a list: what a worker process sends back."""
    return list(analyse_batch(articles, corrections, budget))


def run_ingest(
    store: Store,
    paths: Iterable[str],
    include=(),
    exclude=(),
    jobs: int = 1,
    max_bytes: int | None = None,
    on_progress: Callable[[int], None] | None = None,
    cluster: str | None = None,
    analyse_copies: bool = False,
) -> IngestSummary:
    """Read, analyse and store every article under `paths`, one transaction per document.

    `jobs` worker processes analyse on this machine, or, when `cluster` is given, the workers of a
    Dask cluster: `local:N` starts N on this machine, else it is a running scheduler's address
    (see `cluster.connect`, which raises NewsledgerError when it cannot be used).

    Never raises for one input or one document: those are skipped with a reason. An interrupt
    (SIGINT, SIGTERM), a dead worker or a ledger that cannot be written (disk full, locked past
    the store's retries) stops the run with `summary.stopped` saying why; documents stored so
    far are kept.

    A near-duplicate of a stored or earlier article is stored linked to it and not analysed (see
    `_new_articles`), unless `analyse_copies`: then every article is analysed and none is linked.
    """
    kwargs = {"max_bytes": max_bytes} if max_bytes else {}
    return ingest_articles(store, read_articles(paths, include, exclude, **kwargs), jobs, on_progress, cluster,
                           analyse_copies)


def ingest_articles(
    store: Store,
    items: Iterable[Article | Rejected],
    jobs: int = 1,
    on_progress: Callable[[int], None] | None = None,
    cluster: str | None = None,
    analyse_copies: bool = False,
) -> IngestSummary:
    """`run_ingest` on articles already read (e.g. pages `follow` fetched): analyse and store each
    new one, record each Rejected, with the same summary, transactions and stopping rules."""
    summary = IngestSummary()
    signatures: dict[str, bytes] = {}  # doc_id -> MinHash of each original on its way to the workers
    waiting: dict[str, list[tuple[Article, bytes]]] = {}  # such an original's doc_id -> its copies and their MinHash
    order = VersionOrder()
    pending = _new_articles(store, items, summary, on_progress, signatures, analyse_copies, waiting, order)
    batches = iter(lambda: list(islice(pending, BATCH)), [])
    corrections = tuple(store.corrections())
    results = None
    with stop_on_signal() as stop:
        try:
            if cluster:
                from newsledger.interfaces.cluster import analyse_on_cluster  # Dask takes a second to import

                results = analyse_on_cluster(cluster, batches, corrections, stop)
            elif jobs > 1:
                results = _run_parallel(batches, jobs, corrections, stop)
            else:
                results = (a for b in batches for a in analyse_batch(b, corrections))
            for analysis in results:
                if isinstance(analysis, Rejected):  # a batch the cluster gave up on
                    summary.skipped.append((analysis.source, analysis.reason))
                else:
                    for turn in order.analysed(analysis):
                        _store_in_turn(store, turn, summary, signatures, waiting)
                if on_progress:
                    on_progress(1)
                stop.check()
            for turn in order.rest():  # after versions a cluster gave up on: never stored
                _store_in_turn(store, turn, summary, signatures, waiting)
            for copies in waiting.values():  # of originals a cluster gave up on: never stored
                _store_waiting_copies(store, None, copies, summary)
        except KeyboardInterrupt:
            summary.stopped = INTERRUPTED
        except BrokenProcessPool:
            summary.stopped = "a worker process died; documents stored so far are kept, re-run the same command to finish"
        except LedgerError as e:
            summary.stopped = str(e)
        finally:
            if results is not None:  # now, not when garbage-collected: a cluster closes with it
                results.close()
    return summary


class VersionOrder:
    """Versions of one page or file (Article.version_key) read in one run are stored in input order, whatever
    order their analyses come back in, so that the latest fetch wins (README, "The latest fetch wins"). A text
    read again, stored already or read earlier in this run, is made current again (`_count_unchanged`) only after
    the new versions of its page read before it are stored: A, then B, then A again ends on A, not on B stored
    after A was looked at."""

    def __init__(self) -> None:
        # version_key -> what is left to do for it, in input order: the doc_id of a new version to store,
        # or an Article read again, to make current
        self._turns: dict[str, deque[str | Article]] = {}
        self._analysed: dict[str, Analysis] = {}  # doc_id -> an analysis come back before its turn
        self._unstored: dict[str, str] = {}  # doc_id -> version_key of each new version not yet stored

    def read_new(self, article: Article) -> None:
        """`article` is on its way to analysis, to be stored in its turn."""
        self._turns.setdefault(article.version_key, deque()).append(article.doc_id)
        self._unstored[article.doc_id] = article.version_key

    def read_again(self, article: Article) -> bool:
        """Whether `article` (whose text is stored, or read earlier in this run) waits for its turn: after the
        document with its text, when that is not stored yet, else after the new versions of its page read
        before it. False when none is waiting to be stored: it is handled now."""
        key = self._unstored.get(article.doc_id) or (article.version_key if article.version_key in self._turns else None)
        if key is None:
            return False
        self._turns[key].append(article)
        return True

    def is_unstored(self, doc_id: str) -> bool:
        """Whether a document with this id was read in this run, to analyse, and is not stored yet."""
        return doc_id in self._unstored

    def analysed(self, analysis: Analysis) -> Iterator[Analysis | Article]:
        """What may be done now that `analysis` is back, in input order: analyses to store and
        articles read again (to make current)."""
        self._analysed[analysis.article.doc_id] = analysis
        yield from self._ready(analysis.article.version_key, flush=False)

    def rest(self) -> Iterator[Analysis | Article]:
        """At the end of the run, what is still waiting, in input order, passing over the versions whose
        analysis never came back (a cluster gave up on their batch)."""
        for key in list(self._turns):
            yield from self._ready(key, flush=True)

    def _ready(self, key: str, flush: bool) -> Iterator[Analysis | Article]:
        turns = self._turns[key]
        while turns:
            turn = turns[0]
            if isinstance(turn, str):
                if turn not in self._analysed and not flush:
                    return
                self._unstored.pop(turn, None)
                turn = self._analysed.pop(turn, None)
            turns.popleft()
            if turn is not None:
                yield turn
        del self._turns[key]


def _store_in_turn(store: Store, turn: Analysis | Article, summary: IngestSummary, signatures: dict[str, bytes],
                   waiting: dict[str, list[tuple[Article, bytes]]]) -> None:
    """Store an analysis (then its waiting copies), or make an article read again current (`VersionOrder`)."""
    if isinstance(turn, Article):
        if store.has_document(turn.doc_id):
            _count_unchanged(store, turn, summary)
        else:  # read earlier in this run, and refused by the ledger
            summary.skipped.append((turn.source, f"same text as {turn.doc_id}, read earlier, which was not stored"))
        return
    doc_id = turn.article.doc_id
    _store_one(store, turn, summary, signatures.pop(doc_id, None))
    _store_waiting_copies(store, turn.article, waiting.pop(doc_id, []), summary)


def _new_articles(store: Store, items, summary: IngestSummary, on_progress, signatures: dict[str, bytes],
                  analyse_copies: bool, waiting: dict[str, list[tuple[Article, bytes]]],
                  order: VersionOrder) -> Iterator[Article]:
    """Articles not yet in the ledger, to analyse, with each one's MinHash put in `signatures` and each
    one's turn among the versions of its page in `order`; rejects, documents already stored (or read
    earlier in this run: analysed once) and near-duplicates are dealt with here.

    A near-duplicate of a stored document or of an earlier article of this run (see
    `duplicates.CopyFinder`) is stored at once, linked to its original and not analysed. This runs
    in input order before any analysis, so that the first of a story's copies is its original
    whatever the number of workers or the order they finish in. A copy of an original of this run
    that is not stored yet (in `signatures`) goes into `waiting[original]` instead, stored once its
    original is (`_store_waiting_copies`): an interrupted run never leaves a copy of nothing. An edited version of an article
    (same URL, else same file) is no copy: it is analysed as a new version; nor is a story that adds
    news to the original (`duplicates.added_news`). With `analyse_copies` none is linked."""
    finder = None  # the ledger's signatures, read at the first new article
    for item in items:
        summary.read += 1
        if isinstance(item, Rejected):
            summary.skipped.append((item.source, item.reason))
            store.save_rejected(item.source, item.reason)
        elif order.is_unstored(item.doc_id) or store.has_document(item.doc_id):
            if not order.read_again(item):
                _count_unchanged(store, item, summary)
        else:
            summary.warnings.extend((item.source, w) for w in item.warnings)
            data = signature(item.text)
            if finder is None:
                finder = CopyFinder(_ledger_signatures(store), lambda doc_id: dict(store.texts([doc_id])).get(doc_id))
            original = finder.original_of(item.doc_id, data, item.version_key, item.text) if data and not analyse_copies else None
            if data:
                finder.add(item.doc_id, data, original, item.version_key, item.text)
            if not original:
                if data:
                    signatures[item.doc_id] = data
                order.read_new(item)
                yield item
                continue
            if original in signatures:
                waiting.setdefault(original, []).append((item, data))
            elif store.has_document(original):
                _store_copy(store, item, data, original, summary)
            else:  # an original of this run the ledger refused, in an earlier batch
                summary.skipped.append((item.source, f"near-duplicate of {original}, which was not stored"))
        if on_progress:
            on_progress(1)


def _ledger_signatures(store: Store) -> list[tuple[str, bytes, str | None, str | None]]:
    """The ledger's MinHashes (`Store.signatures`), first making those of documents stored without one
    (before schema 5, or in bulk), 500 at a time, so that a copy of any stored document is found."""
    missing = store.unsigned_documents()
    for start in range(0, len(missing), 500):  # SQLite allows a limited number of bound parameters
        texts = store.texts(missing[start:start + 500])
        store.put_signatures([(doc_id, data) for doc_id, text in texts if (data := signature(text))])
    return store.signatures()


def _store_copy(store: Store, article: Article, data: bytes, original: str, summary: IngestSummary) -> None:
    try:
        saved = store.save(Analysis(article, coder_version=coder_version()), data, copy_of=original)
    except RefusedByLedger as e:
        summary.skipped.append((article.source, str(e)))
        store.save_rejected(article.source, str(e))
        return
    if saved:
        summary.copies += 1
    else:  # another run stored it a moment ago
        summary.unchanged += 1


def _store_waiting_copies(store: Store, original: Article | None, copies: list[tuple[Article, bytes]],
                          summary: IngestSummary) -> None:
    """Store the copies of `original` once it is in the ledger; when it is not (the ledger refused it,
    a cluster gave up on it: None), each copy is skipped with that reason, and a re-run tries both again."""
    stored = bool(copies) and original is not None and store.has_document(original.doc_id)
    for article, data in copies:
        if stored:
            _store_copy(store, article, data, original.doc_id, summary)
        else:
            what = f"the original {original.source}" if original is not None else "its original"
            summary.skipped.append((article.source, f"near-duplicate of {what}, which was not stored"))


def _store_one(store: Store, analysis: Analysis, summary: IngestSummary, data: bytes | None = None) -> None:
    source = analysis.article.source
    try:
        saved = store.save(analysis, data)
    except RefusedByLedger as e:
        summary.skipped.append((source, str(e)))
        store.save_rejected(source, str(e))
        return
    if not saved:  # stored by an earlier run or earlier in this one, or by another run a moment ago
        _count_unchanged(store, analysis.article, summary)
        return
    summary.new += 1
    summary.warnings.extend((source, w) for w in analysis.warnings)  # sections, a failed or timed-out stage
    language = analysis.article.language
    if language != "en":
        key = language or "unknown"
        summary.not_english[key] = summary.not_english.get(key, 0) + 1


def _count_unchanged(store: Store, article: Article, summary: IngestSummary) -> None:
    """An article whose text is stored already: unchanged, or an earlier version of its page or file that
    becomes current again (an edit reverted; the latest fetch wins, `Store.make_current`)."""
    if store.make_current(article):
        summary.reverted += 1
    else:
        summary.unchanged += 1


def _run_parallel(batches: Iterator[list[Article]], jobs: int, corrections: tuple,
                  stop: StopRequest) -> Iterator[Analysis]:
    """Analyse batches in `jobs` worker processes (`_worker_context`), at most two batches in flight per worker,
    yielding the analyses in input order, not the order batches finish in: the first document to name a new
    actor sets its stored row (`Store.save` keeps stored actors as they are), so the ledger is the one
    `--jobs 1` makes. Each document's time budget is read here, as a worker forked from a fork server started
    by an earlier run would see that server's environment, not this process's. A request to `stop` raises
    KeyboardInterrupt within a second; workers still analysing are then killed, since the interpreter's exit
    would wait for their batches."""
    budget = doc_budget_s()
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_worker_context(), initializer=_worker_init,
                               initargs=(os.getpid(),))
    in_flight: deque[Future] = deque()  # oldest first
    finished = False
    try:
        for batch in batches:
            in_flight.append(pool.submit(analyse_articles, batch, corrections, budget))
            if len(in_flight) >= 2 * jobs:
                yield from _settled(pool, in_flight.popleft(), stop)
        while in_flight:
            yield from _settled(pool, in_flight.popleft(), stop)
        pool.shutdown(wait=True)
        finished = True
    finally:
        if not finished:
            for worker in list((pool._processes or {}).values()):  # the pool has no public view of its workers
                worker.kill()
        pool.shutdown(wait=False, cancel_futures=True)


def _settled(pool: ProcessPoolExecutor, future: Future, stop: StopRequest) -> list[Analysis]:
    """The analyses of `future`'s batch once it is done, waiting as `wait` does but also noticing a dead
    worker and, each second, a request to `stop` (raising KeyboardInterrupt).

    A worker killed while it writes a large result leaves half a message in the results pipe;
    CPython 3.11's pool then waits for the rest for ever, because the other workers keep the pipe
    open, and the run (and the interpreter's exit, which joins the pool's thread) hangs. Ending
    the other workers closes the pipe: the pool then sees the break and fails the futures with
    BrokenProcessPool, which `run_ingest` reports."""
    while not wait([future], timeout=1.0).done:
        stop.check()
        workers = list((pool._processes or {}).values())  # the pool has no public view of its workers
        if any(worker.exitcode is not None for worker in workers):
            for worker in workers:
                if worker.exitcode is None:
                    worker.kill()
    return future.result()
