"""Ctrl-C on a `--cluster` ingest stops it within seconds, whether the cluster is still starting or
results are coming in: the "interrupted" line, a non-zero status, no traceback, and a re-run
finishes the ledger."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest

from tests.cluster.stories import STORIES, write_stories

ARTICLES = 48


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "wire.jsonl"
    with open(path, "w") as f:
        for i in range(ARTICLES):
            title, text = STORIES[i % len(STORIES)]
            f.write(json.dumps({"title": title, "text": f"{text} The report was updated {i} times.",
                                "url": f"https://example.org/wire/{i}"}) + "\n")
    return path


def _stored(db) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


def _workers_started(proc) -> bool:
    return len(psutil.Process(proc.pid).children(recursive=True)) >= 2


def _wait_until(ready, proc, limit=180) -> None:
    deadline = time.monotonic() + limit
    while not ready():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the cluster ingest did not get there in time"
        time.sleep(0.05)


@pytest.mark.parametrize("when", ["cluster starting", "results coming in"])
def test_sigint_stops_a_cluster_ingest_within_seconds_and_a_rerun_finishes(tmp_path, corpus, when):
    db = tmp_path / "ledger.db"
    proc = subprocess.Popen([sys.executable, "-m", "newsledger", "ingest", "-q", "--analyse-copies", "--db", str(db), "--cluster", "local:2",
                             str(corpus)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until((lambda: _workers_started(proc)) if when == "cluster starting" else (lambda: _stored(db) > 0), proc)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 1
    assert "stopped: interrupted; documents stored so far are kept, re-run the same command to finish" in stderr
    assert "Traceback" not in stderr and "Error" not in stderr, stderr
    assert _stored(db) < ARTICLES
    if when == "results coming in":
        rerun = subprocess.run([sys.executable, "-m", "newsledger", "ingest", "-q", "--analyse-copies", "--db", str(db), str(corpus)],
                               capture_output=True, text=True, timeout=600)
        assert rerun.returncode == 0, rerun.stderr
        assert _stored(db) == ARTICLES


def test_sigint_stops_a_cluster_recode_with_the_interrupted_line(tmp_path):
    from newsledger.interfaces.ingest_run import run_ingest
    from newsledger.store import Store

    db = tmp_path / "ledger.db"
    store = Store(str(db))
    assert run_ingest(store, [str(p) for p in write_stories(tmp_path / "wire")]).new == len(STORIES)
    store.close()
    proc = subprocess.Popen([sys.executable, "-m", "newsledger", "recode", "--db", str(db), "--cluster", "local:2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until(lambda: _workers_started(proc), proc)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
    finally:
        proc.kill()
    assert proc.returncode == 1
    assert f"of {len(STORIES)} documents" in stdout
    assert "stopped: interrupted; documents recoded so far are kept, re-run the same command to finish" in stderr
    assert "Traceback" not in stderr, stderr


def test_a_signal_while_a_blocking_call_runs_at_once_raises_there_and_is_remembered():
    from newsledger.interfaces.ingest_run import StopRequest

    stop = StopRequest()
    with pytest.raises(KeyboardInterrupt), stop.at_once():
        stop(signal.SIGINT, None)  # a cluster's start-up, which Dask cancels on KeyboardInterrupt
    assert stop.requested
    with pytest.raises(KeyboardInterrupt), stop.at_once():  # a request made before the call stops it before it starts
        pytest.fail("the block ran after a stop request")
