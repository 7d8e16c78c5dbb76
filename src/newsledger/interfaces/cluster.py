"""Analysis on a Dask cluster: a LocalCluster on this machine (`local:N`) or an existing one (its
scheduler's address, e.g. tcp://10.0.0.5:8786).

The main process reads and cleans inputs as `ingest_run.run_ingest` does, sends batches of
articles to the workers and is the ledger's only writer: results are stored in input order, one
transaction per document (`Store.save`). One writer rather than workers writing to the
database, because:
- it works alike for SQLite (one writer at a time, a file the workers of other machines cannot
  reach) and PostgreSQL;
- workers need newsledger installed, but no database credentials and no route to the database;
- storing is a small share of analysis's cost (the step table of bench/bench_ingest.py), so one
  writer keeps up with several workers.
`recode` on a cluster works alike (`recode_on_cluster`): workers run the stages on stored parses,
the main process writes.

A worker that dies mid-batch (killed, out of memory, its machine gone) loses nothing: the
scheduler runs the batch again on another worker, and since a document's id is the primary key
and `Store.save` ignores one already stored, a batch analysed twice is stored once. A batch whose
workers die `distributed.scheduler.allowed-failures` + 1 times (Dask's default: 4) is given up:
its articles are reported as skipped and the run goes on.

An interrupt (SIGINT, SIGTERM) stops a run at once while the cluster starts and within POLL_S
seconds while results are awaited; the client and the cluster are then closed without the errors
Dask logs about connections cut mid-task, and the run reports "interrupted" as a plain one does.

Each worker process loads spaCy once (`nlp.get_pipeline` caches it for the process). A
LocalCluster's workers end with the process that started it, however it ends (Dask's worker
processes exit when their parent's pipe closes).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from itertools import chain

from newsledger.errors import NewsledgerError
from newsledger.ingest import Article, Rejected
from newsledger.interfaces.ingest_run import StopRequest
from newsledger.pipeline import Analysis

LOCAL = "local:"
CONNECT_TIMEOUT_S = 30
CLOSE_TIMEOUT_S = 10
POLL_S = 0.2  # how often a wait for results checks for a stop request
# No dashboard, and the scheduler's own HTTP server on a free port of this machine only: its
# default, 8787, is often taken by another cluster, which Dask then warns about.
QUIET_SCHEDULER = {"dashboard_address": "127.0.0.1:0", "scheduler_kwargs": {"dashboard": False}}
# Slower clocks for a LocalCluster's diagnostics (Dask's defaults: an event-loop check every 20 ms, a
# CPU and memory sample every 0.5 s, in the scheduler and in each worker): with the dashboard off
# nothing reads them, and at the defaults they cost the scheduler's process, the one that also reads
# and stores every document, 2 % of a core even while it waits (measured here with a worker idle).
QUIET_CLOCKS = {"distributed.admin.tick.interval": "1s", "distributed.admin.system-monitor.interval": "5s"}


def local_workers(spec: str) -> int | None:
    """N for a `local:N` spec (N worker processes on this machine), None for a scheduler address.

    Raises NewsledgerError when N is not a whole number of at least 1."""
    if not spec.startswith(LOCAL):
        return None
    count = spec[len(LOCAL) :]
    if not count.isdigit() or int(count) < 1:
        raise NewsledgerError(f"--cluster {spec!r}: expected local:N with N worker processes, e.g. local:2")
    return int(count)


@contextmanager
def connect(spec: str, stop: StopRequest | None = None):
    """A dask.distributed Client for `spec`: `local:N` starts a LocalCluster of N worker processes
    of one thread each (closed with the block); anything else is the address of a running
    scheduler. A signal to `stop` (see `ingest_run.StopRequest`) while the cluster starts or the
    scheduler is reached raises KeyboardInterrupt at once. Raises NewsledgerError when the spec is
    malformed or the scheduler cannot be reached within CONNECT_TIMEOUT_S seconds."""
    from distributed import Client

    stop = stop or StopRequest()
    workers = local_workers(spec)
    cluster = client = None
    try:
        with stop.at_once():
            if workers:
                cluster = _start_local(workers)
                client = Client(cluster)
            else:
                client = _reach(spec)
        yield client
    finally:
        _close(client, cluster, quiet=stop.requested)


def _start_local(workers: int):
    """A LocalCluster of `workers` processes. Their own logs are silenced below CRITICAL: a batch's
    errors come back with its result, a dead worker as KilledWorker, and what a worker logs while a
    run is stopped (a heartbeat to a scheduler already gone) is expected."""
    import dask
    from distributed import LocalCluster
    from distributed.deploy.spec import SpecCluster

    earlier = set(SpecCluster._instances)
    try:
        with dask.config.set(QUIET_CLOCKS):  # read as the scheduler and the workers' nannies are made
            return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, silence_logs=logging.CRITICAL,
                                **QUIET_SCHEDULER)
    except KeyboardInterrupt:
        # Dask cancelled the start: close what it had started now, quietly, rather than leave it to
        # Dask's exit hook, which reports the workers still starting as an error.
        _quiet_expected_errors()
        for cluster in set(SpecCluster._instances) - earlier:
            with suppress(Exception):
                cluster.close(timeout=CLOSE_TIMEOUT_S)
            SpecCluster._instances.discard(cluster)
        raise


def _reach(spec: str):
    from distributed import Client

    try:
        return Client(spec, timeout=CONNECT_TIMEOUT_S)
    except (OSError, ValueError) as e:  # refused, timed out (TimeoutError is an OSError), malformed address
        raise NewsledgerError(f"--scheduler {spec}: cannot reach the Dask scheduler ({e})") from None


def _close(client, cluster, quiet: bool) -> None:
    """Close the client, then the cluster this process started, each within CLOSE_TIMEOUT_S seconds.
    After an interrupt the errors Dask logs about connections cut mid-task are expected: not shown."""
    if quiet:
        _quiet_expected_errors()
    for closable in (client, cluster):
        if closable is not None:
            try:
                closable.close(timeout=CLOSE_TIMEOUT_S)
            except (OSError, RuntimeError):  # timed out, or its event loop already gone
                if not quiet:
                    raise


def _quiet_expected_errors() -> None:
    """After an interrupt, hide what Dask and asyncio log about work cut short (connections closed
    mid-task, a worker's start-up task that failed and whose error nobody retrieved): expected then."""
    for name in ("distributed", "asyncio"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _result(future, stop: StopRequest):
    """A future's result, checking `stop` every POLL_S seconds meanwhile (raises KeyboardInterrupt then)."""
    from distributed import wait

    while not future.done():
        stop.check()
        try:
            wait(future, timeout=POLL_S)
        except TimeoutError:
            pass
    stop.check()
    return future.result()


def analyse_on_cluster(spec: str, batches: Iterator[list[Article]], corrections: tuple,
                       stop: StopRequest | None = None) -> Iterator[Analysis | Rejected]:
    """Analyse `batches` on the cluster `spec` (see `connect`), yielding each article's Analysis in
    input order, and a Rejected for each article of a batch given up after its workers died (see
    the module's docstring).

    Input order, not the order batches finish in, because the first document to name a new actor
    sets its stored row (``Store.save`` keeps stored actors as they are): the ledger is then the
    one a single process makes. At most two batches per worker are in flight or waiting to be
    stored, so memory stays flat however many inputs there are. No cluster is started or
    reached when there are no batches. A signal to `stop` raises KeyboardInterrupt within about
    POLL_S seconds while results are awaited, at once while the cluster starts. Raises
    NewsledgerError as `connect` does."""
    from newsledger.interfaces.ingest_run import analyse_articles

    first = next(batches, None)
    if first is None:  # nothing new: no cluster to start
        return
    stop = stop or StopRequest()
    with connect(spec, stop) as client:
        window = 2 * max(1, len(client.scheduler_info()["workers"]))
        in_flight: deque = deque()  # (future, batch), oldest first
        for batch in chain([first], batches):
            in_flight.append((client.submit(analyse_articles, batch, corrections, pure=False), batch))
            if len(in_flight) >= window:
                yield from _results(*in_flight.popleft(), stop)
        while in_flight:
            yield from _results(*in_flight.popleft(), stop)


def _results(future, batch: list[Article], stop: StopRequest) -> Iterator[Analysis | Rejected]:
    """A finished batch's analyses, or a Rejected for each of its articles when the scheduler gave it up."""
    from distributed import KilledWorker

    try:
        yield from _result(future, stop)
    except KilledWorker:
        reason = (f"its batch of {len(batch)} articles was given up after the workers analysing it died "
                  "repeatedly; re-run the same command to try again")
        yield from (Rejected(article.source, reason) for article in batch)
    future.release()


@contextmanager
def recode_on_cluster(spec: str):
    """A function with `pipeline.recode_batch`'s signature, for `recode.run_recode`'s `batch`, that
    splits each batch into one piece per worker of the cluster `spec` (see `connect`) and returns
    the pieces' analyses in input order. The documents of a piece given up after its workers died
    (see the module's docstring) are left out: they stay as they were, and the run recodes fewer
    documents than it chose (its summary says so).

    The cluster starts on the first batch, so that an interrupt while it starts is run_recode's to
    report; SIGINT or SIGTERM in the block raises KeyboardInterrupt in the function at once while
    the cluster starts, within about POLL_S seconds while it waits for results.
    Raises NewsledgerError as `connect` does."""
    from distributed import KilledWorker

    from newsledger.interfaces.ingest_run import stop_on_signal
    from newsledger.pipeline import recode_batch

    with stop_on_signal() as stop, ExitStack() as started:
        clients = []

        def on_cluster(items, corrections=(), first_stage="sentences", earlier=None):
            if not clients:
                clients.append(started.enter_context(connect(spec, stop)))
            client = clients[0]
            items = list(items)
            size = -(-len(items) // max(1, len(client.scheduler_info()["workers"])))  # ceiling division
            pieces = [items[start:start + size] for start in range(0, len(items), size)]
            futures = [client.submit(recode_batch, piece, corrections, first_stage,
                                     {doc_id: earlier[doc_id] for doc_id, _, _ in piece} if earlier else None, pure=False)
                       for piece in pieces]
            analyses = []
            for future in futures:
                try:
                    analyses.extend(_result(future, stop))
                except KilledWorker:
                    pass  # its documents stay as they were; run_recode counts only those recoded
                future.release()
            return analyses

        yield on_cluster
