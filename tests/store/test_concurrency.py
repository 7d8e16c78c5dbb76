"""Several processes on one ledger at once, and ingest's workers ending with their parent.

Cases taking `new_ledger` run on a new SQLite ledger and, where the server binaries are
installed, on a new PostgreSQL database.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import psutil

from newsledger import Ledger
from newsledger import store as store_module
from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch
from newsledger.store import Store, migrations

# Short stories, each naming the United Nations, so that runs storing different documents
# at once also add the same new actors at once.
STORIES = [
    "Kenyan President William Ruto met United Nations Secretary-General Antonio Guterres in Nairobi on Monday. "
    "Ruto said Kenya would send more police officers to Haiti next month.",
    "The United Nations said on Tuesday that fighting in Sudan had forced another 50,000 people from their homes. "
    "Aid groups warned that the rainy season would cut the last open roads.",
    "Brazil and Argentina signed a trade agreement in Brasilia on Wednesday, officials said. "
    "The United Nations trade agency welcomed the deal.",
    "Indonesian Foreign Minister Retno Marsudi urged the United Nations Security Council to act on Myanmar. "
    "\"The violence must stop,\" Marsudi told reporters in Jakarta.",
    "Polish troops will join a United Nations mission in Lebanon next year, the defence ministry in Warsaw said. "
    "The government expects parliament to approve the deployment in March.",
    "The United Nations envoy for Yemen held talks with Houthi officials in Muscat on Friday. "
    "Both sides agreed to exchange prisoners before the end of the month.",
]
SUMMARY = re.compile(r"read (\d+), new (\d+), unchanged (\d+), skipped (\d+)")


def _end(proc: subprocess.Popen, workers=()) -> None:
    """Kill `proc`, every process it started and `workers` (its children seen earlier, if it has
    died since and left them to init); reap `proc` and close its pipes, so no failure leaves a
    process or a zombie behind to hold the session open at exit."""
    with contextlib.suppress(psutil.NoSuchProcess):
        workers = [*workers, *psutil.Process(proc.pid).children(recursive=True)]
    for worker in workers:  # before the parent: once it is gone, its children are hard to find
        with contextlib.suppress(psutil.NoSuchProcess):
            worker.kill()  # psutil checks the pid is still the same process before signalling
    psutil.wait_procs(workers, timeout=30)
    proc.kill()  # does nothing when it has already been reaped
    proc.wait(timeout=30)
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe:
            with contextlib.suppress(OSError):  # stdin may hold a line the dead process never read
                pipe.close()


@contextlib.contextmanager
def _ending(processes: list[subprocess.Popen]):
    """Yield `processes`, then end each of them (`_end`) however the block exits."""
    try:
        yield processes
    finally:
        for proc in processes:
            _end(proc)


def _ingest_command(db, *args) -> list[str]:
    # --analyse-copies: some corpora here are variants of a few stories, and each must keep a worker busy.
    return [sys.executable, "-m", "newsledger", "ingest", "-q", "--analyse-copies", "--db", str(db), *map(str, args)]


# Each process imports the store, says it is ready, then opens the ledger when the test writes
# "go": the four open it within milliseconds of each other. Separate interpreters, not forked
# children: a child forked from pytest's threads can deadlock and keep the session from exiting.
OPEN_WHEN_RELEASED = """
import sys
from newsledger.store import Store
print("ready", flush=True)
sys.stdin.readline()
try:
    Store(sys.argv[1]).close()
    print("ok")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
"""


def test_four_processes_create_one_new_ledger_at_once(new_ledger):
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_WHEN_RELEASED, str(new_ledger)], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    with _ending(processes):
        assert [p.stdout.readline().strip() for p in processes] == ["ready"] * 4
        for p in processes:
            p.stdin.write("go\n")
            p.stdin.flush()
        outputs = [p.communicate(timeout=120) for p in processes]
    assert [stdout.strip() for stdout, _ in outputs] == ["ok"] * 4, [stderr for _, stderr in outputs]
    store = Store(new_ledger)
    with store.transaction() as conn:
        assert migrations.current_version(conn, new_ledger) == migrations.LATEST
    store.close()


def test_four_ingest_runs_into_one_new_ledger_store_each_document_once(new_ledger, tmp_path):
    paths = []
    for i, story in enumerate(STORIES):
        paths.append(tmp_path / f"story_{i}.txt")
        paths[-1].write_text(story)
    # Run k takes stories k..k+2: every story but the first and last is read by two or three runs.
    runs = [subprocess.Popen(_ingest_command(new_ledger, *paths[k : k + 3]), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for k in range(4)]
    with _ending(runs):  # one run timing out ends the others too
        outputs = [run.communicate(timeout=300) for run in runs]
    for run, (stdout, stderr) in zip(runs, outputs):
        assert run.returncode == 0, stderr
    counts = [tuple(map(int, SUMMARY.search(stdout).groups())) for stdout, _ in outputs]
    assert all(read == 3 and new + unchanged == 3 and skipped == 0 for read, new, unchanged, skipped in counts)
    assert sum(new for _, new, _, _ in counts) == len(STORIES)
    with Ledger(new_ledger, create=False) as ledger:
        docs = ledger.docs()
        assert len(docs) == len(STORIES)
        assert sorted(docs.source) == sorted(map(str, paths))
        assert ledger.stats()["documents"] == len(STORIES)


def _stored(path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


@contextlib.contextmanager
def _ingest_running(ledger_path, tmp_path, jobs):
    """Start ingest on 100 stories and yield (process, its children) once it has stored one;
    end them all (`_end`) however the block exits."""
    corpus = tmp_path / "wire.jsonl"
    with open(corpus, "w") as f:
        for i in range(100):
            story = STORIES[i % len(STORIES)].replace(" on ", f" on day {i} of the crisis, on ", 1)
            f.write(json.dumps({"text": story, "url": f"https://example.org/{i}"}) + "\n")
    proc = subprocess.Popen(_ingest_command(ledger_path, "--jobs", jobs, corpus), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    children = []
    try:
        deadline = time.time() + 120
        while _stored(ledger_path) < 1:  # workers have loaded spaCy and analysed
            assert proc.poll() is None, proc.communicate(timeout=30)
            assert time.time() < deadline, "ingest stored nothing in time"
            time.sleep(0.1)
        children = psutil.Process(proc.pid).children(recursive=True)  # workers and multiprocessing's resource tracker
        yield proc, children
    finally:
        _end(proc, children)


def _still_running(processes) -> list[psutil.Process]:
    running = []
    for p in processes:
        try:
            if p.status() != psutil.STATUS_ZOMBIE:  # a zombie is dead, waiting for init to reap it
                running.append(p)
        except psutil.NoSuchProcess:
            pass
    return running


def test_killed_ingest_leaves_no_worker_alive(ledger_path, tmp_path):
    with _ingest_running(ledger_path, tmp_path, jobs=2) as (proc, children):
        servers = {p.pid for p in children if p.ppid() == proc.pid and "forkserver" in " ".join(p.cmdline())}
        assert len([p for p in children if p.ppid() in servers]) == 2  # workers, forked from multiprocessing's fork server
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)  # not communicate(): an orphaned worker would keep its output pipes open
        deadline = time.time() + 5
        while _still_running(children) and time.time() < deadline:
            time.sleep(0.1)
        orphans = _still_running(children)  # _ingest_running kills them on leaving, even when the test fails
    assert orphans == []


def test_sigterm_stops_ingest_like_an_interrupt(ledger_path, tmp_path):
    with _ingest_running(ledger_path, tmp_path, jobs=1) as (proc, _):
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 1
    assert "stopped: interrupted; documents stored so far are kept" in stderr
    new = int(SUMMARY.search(stdout).group(2))
    stored = _stored(ledger_path)
    assert 0 < stored < 100
    assert new in (stored, stored - 1)  # the signal may land between a commit and its count
    with sqlite3.connect(ledger_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_document_another_run_is_storing_counts_as_unchanged(new_ledger, monkeypatch):
    [analysis] = analyse_batch([article_from_text("story.txt", STORIES[0], [])], ())
    first_run, second_run = Store(new_ledger), Store(new_ledger)
    assert not second_run.has_document(analysis.article.doc_id)  # the second run looks before the first stores
    document_written = threading.Event()
    real_rows = store_module.record_rows

    def slow_rows(analysis):  # the first run holds its transaction open after writing the document row
        document_written.set()
        time.sleep(0.5)
        return real_rows(analysis)

    monkeypatch.setattr(store_module, "record_rows", slow_rows)
    with ThreadPoolExecutor(1) as executor:
        first = executor.submit(first_run.save, analysis)
        assert document_written.wait(timeout=60)
        assert second_run.save(analysis) is False  # it waits for the first run's commit, then finds the document
        assert first.result() is True
    counts = second_run.counts()
    assert counts["documents"] == 1 and counts["mentions"] == len(analysis.mentions) > 0
    first_run.close()
    second_run.close()
