"""Ingest on a Dask cluster: the same ledger as one process makes, and nothing lost or stored
twice when a worker dies mid-batch."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import threading
import time

import pytest

from newsledger import Ledger
from newsledger.interfaces import cluster as cluster_module
from newsledger.interfaces import ingest_run
from tests.cluster.conftest import first_difference, ledger_rows
from tests.cluster.stories import STORIES, write_stories


def _ingest(db, paths, **options):
    with Ledger(db) as ledger:
        return ledger.ingest(paths, **options)


@pytest.mark.postgres
def test_local_cluster_ingest_into_postgres_equals_one_process_into_sqlite(new_postgres_url, tmp_path, monkeypatch):
    folder = tmp_path / "wire"
    write_stories(folder)
    monkeypatch.setattr(ingest_run, "BATCH", 3)  # four batches, so both workers analyse
    sequential = _ingest(str(tmp_path / "ledger.db"), [folder])
    on_cluster = _ingest(new_postgres_url, [folder], cluster="local:2")
    assert (on_cluster.new, on_cluster.skipped, on_cluster.stopped) == (len(STORIES), [], None)
    assert sequential.new == len(STORIES)
    got = ledger_rows(new_postgres_url)
    assert len(got["events"]) > len(STORIES) // 2 and got["quotes"] and got["mentions"]
    assert first_difference(got, ledger_rows(str(tmp_path / "ledger.db"))) is None


def test_worker_killed_mid_ingest_loses_and_duplicates_nothing(dask_client, tmp_path, monkeypatch):
    corpus = tmp_path / "wire.jsonl"
    digest = " ".join(text for _, text in STORIES)  # a long article: each batch keeps a worker busy a while
    with open(corpus, "w") as f:
        for i in range(12):
            f.write(json.dumps({"title": "World digest", "text": f"{digest} This digest was updated {i} times.",
                                "url": f"https://example.org/digest/{i}"}) + "\n")
    monkeypatch.setattr(ingest_run, "BATCH", 3)
    pids = dask_client.run(os.getpid)
    killed = []

    def kill_a_busy_worker() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            busy = [worker for worker, tasks in dask_client.processing().items() if tasks]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    # analyse_copies: the digests are variants of one text, and each must keep a worker busy.
    summary = _ingest(str(tmp_path / "cluster.db"), [corpus], cluster=dask_client.scheduler.address, analyse_copies=True)
    killer.join()
    dask_client.wait_for_workers(2, timeout=120)  # the nanny restarts the killed worker
    assert killed and set(dask_client.run(os.getpid).values()) != set(pids.values())
    assert (summary.read, summary.new, summary.skipped, summary.stopped) == (12, 12, [], None)
    _ingest(str(tmp_path / "sequential.db"), [corpus], analyse_copies=True)
    assert first_difference(ledger_rows(str(tmp_path / "cluster.db")), ledger_rows(str(tmp_path / "sequential.db"))) is None


def test_cli_ingests_on_a_running_scheduler_and_rerun_finds_everything_stored(cli, dask_client, tmp_path):
    paths = write_stories(tmp_path / "wire", range(4))
    db = tmp_path / "ledger.db"
    scheduler = dask_client.scheduler.address
    first = cli("ingest", "-q", "--db", db, "--scheduler", scheduler, *paths)
    assert first.exit_code == 0, first.stderr
    assert first.stdout.startswith("read 4, new 4, unchanged 0, skipped 0")
    again = cli("ingest", "-q", "--db", db, "--scheduler", scheduler, *paths)
    assert again.stdout.startswith("read 4, new 0, unchanged 4, skipped 0")


def test_unreachable_scheduler_is_a_one_line_error(cli, tmp_path, monkeypatch):
    monkeypatch.setattr(cluster_module, "CONNECT_TIMEOUT_S", 1)
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        address = f"tcp://127.0.0.1:{s.getsockname()[1]}"
    [path] = write_stories(tmp_path / "wire", [0])
    result = cli("ingest", "-q", "--db", tmp_path / "ledger.db", "--scheduler", address, path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: --scheduler {address}: cannot reach the Dask scheduler (")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("options, message", [
    (["--cluster", "local:0"], "expected local:N with N worker processes"),
    (["--cluster", "tcp://10.0.0.5:8786"], "use --scheduler for a running cluster"),
    (["--jobs", "2", "--cluster", "local:2"], "choose one of --jobs, --cluster and --scheduler"),
])
def test_cluster_options_are_checked_before_anything_starts(cli, tmp_path, options, message):
    [path] = write_stories(tmp_path / "wire", [0])
    result = cli("ingest", "-q", "--db", tmp_path / "ledger.db", *options, path)
    assert result.exit_code == 2
    assert message in result.stderr
    assert not (tmp_path / "ledger.db").exists()


@pytest.mark.parametrize("stage", [None, "events"])
def test_recode_on_a_running_scheduler_gives_the_records_of_recode_here(cli, dask_client, tmp_path, stage):
    paths = write_stories(tmp_path / "wire", range(5))
    here, there = tmp_path / "here.db", tmp_path / "there.db"
    _ingest(str(here), paths)
    shutil.copy(here, there)
    stage_option = ["--stage", stage] if stage else []
    local = cli("recode", "-q", "--db", here, *stage_option)
    on_cluster = cli("recode", "-q", "--db", there, *stage_option, "--scheduler", dask_client.scheduler.address)
    assert local.stdout.startswith("recoded 5 of 5 documents")
    assert on_cluster.exit_code == 0, on_cluster.stderr
    assert on_cluster.stdout.startswith("recoded 5 of 5 documents")
    assert first_difference(ledger_rows(str(there)), ledger_rows(str(here))) is None
