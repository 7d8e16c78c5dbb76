"""Two ingest runs into one ledger at once while `serve` answers requests: nothing lost or stored
twice, no request failed. Runs on SQLite (WAL, busy timeout, retries) and, where the server
binaries are installed, on a real PostgreSQL server (the new_ledger fixture in conftest.py)."""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from sqlalchemy import select

from newsledger.store import Store, schema
from tests.cluster.stories import STORIES, write_stories

SUMMARY = re.compile(r"read (\d+), new (\d+), unchanged (\d+), skipped (\d+)")
PAGES = ["/", "/timeline", "/api/timeline", "/actors", "/api/actors", "/quotes", "/api/quotes", "/api/forecasts"]
DEADLINE_S = 600  # the request loop is bounded however long the ingests take
PAUSE_S = 0.2  # between rounds, so that the requests do not starve the ingests of CPU on a small machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(base: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(base + path, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _wait_until_serving(server: subprocess.Popen, base: str) -> None:
    deadline = time.time() + 60
    while True:
        assert server.poll() is None, server.communicate()
        try:
            _get(base, "/api/actors")
            return
        except OSError:
            assert time.time() < deadline, "serve did not answer in time"
            time.sleep(0.2)


def _request_round(base: str, statuses: list) -> None:
    """Every page once, then a stored document's page and JSON when search finds one."""
    for path in PAGES:
        statuses.append((path, _get(base, path)[0]))
    status, body = _get(base, "/api/search?q=said")
    statuses.append(("/api/search", status))
    found = json.loads(body) if status == 200 else []
    if found:
        for path in (f"/doc/{found[0]['doc_id']}", f"/api/doc/{found[0]['doc_id']}"):
            statuses.append((path, _get(base, path)[0]))


def test_two_ingests_and_serve_at_once_lose_nothing_and_fail_no_request(new_ledger, tmp_path):
    paths = write_stories(tmp_path / "wire")
    Store(new_ledger).close()  # serve reads an existing ledger
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "newsledger", "serve", "--db", new_ledger, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_serving(server, base)
        # Run A takes stories 0-7, run B 4-11: four are read by both.
        runs = [subprocess.Popen([sys.executable, "-m", "newsledger", "ingest", "-q", "--db", new_ledger, *map(str, part)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                for part in (paths[:8], paths[4:])]
        statuses: list[tuple[str, int]] = []
        rounds = 0
        deadline = time.monotonic() + DEADLINE_S
        while any(run.poll() is None for run in runs) and time.monotonic() < deadline:
            _request_round(base, statuses)
            rounds += 1
            time.sleep(PAUSE_S)
        outputs = [run.communicate(timeout=300) for run in runs]
        _request_round(base, statuses)  # and once more over the finished ledger
    finally:
        server.terminate()
        server.communicate(timeout=30)
    for run, (stdout, stderr) in zip(runs, outputs):
        assert run.returncode == 0, stderr
        # SQLite's second writer may wait for the lock; it says so and retries, it never fails.
        assert all("database is locked, retrying" in line for line in stderr.splitlines()), stderr
    assert rounds >= 3  # requests were answered while the ingests ran
    assert [s for s in statuses if s[1] != 200] == []
    assert any(path.startswith("/doc/") for path, _ in statuses)
    counts = [tuple(map(int, SUMMARY.search(stdout).groups())) for stdout, _ in outputs]
    assert [(read, new + unchanged, skipped) for read, new, unchanged, skipped in counts] == [(8, 8, 0), (8, 8, 0)]
    assert sum(new for _, new, _, _ in counts) == len(STORIES)
    _assert_each_document_once_with_its_records(new_ledger, paths)


def _assert_each_document_once_with_its_records(db: str, paths) -> None:
    store = Store(db, create=False)
    d, s, m, a, e = schema.documents, schema.sentences, schema.mentions, schema.actors, schema.events
    with store.transaction() as conn:
        sources = sorted(conn.scalars(select(d.c.source)))
        with_sentences = set(conn.scalars(select(s.c.doc_id).distinct()))
        doc_ids = set(conn.scalars(select(d.c.doc_id)))
        mentioned = set(conn.scalars(select(m.c.actor_id).distinct()))
        actor_ids = set(conn.scalars(select(a.c.actor_id)))
        event_docs = set(conn.scalars(select(e.c.doc_id).distinct()))
    store.close()
    assert sources == sorted(map(str, paths))  # each input once
    assert with_sentences == doc_ids and event_docs <= doc_ids
    assert mentioned and mentioned <= actor_ids
