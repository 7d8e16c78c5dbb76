"""Fixtures for the store's tests: a PostgreSQL server started from the installed binaries."""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid

import pytest


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


@pytest.fixture(scope="session")
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


@pytest.fixture
def new_postgres_url(postgres_url) -> str:
    """The URL of a new, empty database on the test server: a ledger no one has created yet."""
    import psycopg

    name = f"ledger_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return f"{postgres_url.rsplit('/', 1)[0]}/{name}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def new_ledger(request, tmp_path) -> str:
    """A --db value for a ledger that does not exist yet: a SQLite path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("new_postgres_url")
