"""The same store code against a real PostgreSQL server, started from the installed binaries."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile

import pytest

from newsledger import Ledger
from tests.conftest import EXAMPLES


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _server_user():
    """initdb refuses to run as root: use the 'postgres' or 'nobody' account then."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    pytest.skip("running as root with no 'postgres' or 'nobody' account to start PostgreSQL")


@pytest.fixture(scope="module")
def postgres_url():
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    pytest.importorskip("psycopg")
    user = _server_user()
    folder = tempfile.mkdtemp(prefix="newsledger-pg-")
    data = os.path.join(folder, "data")
    if user:
        os.chown(folder, user.pw_uid, user.pw_gid)

    def as_server_user():
        if user:
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)

    def run(*args):
        subprocess.run(args, check=True, capture_output=True, preexec_fn=as_server_user)

    port = _free_port()
    run(initdb, "-D", data, "-U", "ledger", "--auth=trust", "-E", "UTF8")
    run(pg_ctl, "-D", data, "-l", os.path.join(folder, "log"), "-w", "-o", f"-p {port} -k {folder} -h 127.0.0.1", "start")
    try:
        yield f"postgresql+psycopg://ledger@127.0.0.1:{port}/postgres"
    finally:
        run(pg_ctl, "-D", data, "-m", "immediate", "stop")
        shutil.rmtree(folder, ignore_errors=True)


def test_postgres_ingest_query_and_rerun(postgres_url):
    ledger = Ledger(postgres_url)
    summary = ledger.ingest([EXAMPLES])
    assert summary.new == 5 and not summary.skipped
    assert ledger.ingest([EXAMPLES]).unchanged == 5
    docs = ledger.docs(since="2023-07-01")
    assert set(docs.published) == {"2023-07-21", "2023-09-09"}
    stats = ledger.stats()
    assert stats["documents"] == 5 and stats["sentences"] > 20
    doc = ledger.document(docs.doc_id[0])
    for sentence in doc["sentences"]:
        assert doc["text"][sentence["start"] : sentence["end"]].strip()
    ledger.close()
