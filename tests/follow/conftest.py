"""Fixtures of the follow tests: a guard that lets no request leave 127.0.0.1, and the loopback site."""

from __future__ import annotations

import socket

import pytest

from tests.follow.site import Site
from tests.store.conftest import new_postgres_url, postgres_url  # noqa: F401  (fixtures for any_ledger)

LOOPBACK = "127.0.0.1"


class OutsideConnection(AssertionError):
    pass


@pytest.fixture(scope="module", autouse=True)
def loopback_only():
    """Fail any connection, or name lookup, that is not for 127.0.0.1, and fail the module at its end
    if one was tried (the code under test may catch the error, so it is also recorded). Module-scoped,
    so that it is in place before the module's other fixtures and gone before other folders' tests."""
    tried: list[str] = []

    def refuse(what: str):
        tried.append(what)
        raise OutsideConnection(f"the follow tests may only reach {LOOPBACK}, not {what}")

    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def allowed(sock, address) -> bool:
        return sock.family == socket.AF_UNIX or (isinstance(address, tuple) and address[0] == LOOPBACK)

    def connect(sock, address):
        return real_connect(sock, address) if allowed(sock, address) else refuse(repr(address))

    def connect_ex(sock, address):
        return real_connect_ex(sock, address) if allowed(sock, address) else refuse(repr(address))

    def getaddrinfo(host, *args, **kwargs):
        return real_getaddrinfo(host, *args, **kwargs) if host in (LOOPBACK, None) else refuse(repr(host))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(socket.socket, "connect", connect)
        patch.setattr(socket.socket, "connect_ex", connect_ex)
        patch.setattr(socket, "getaddrinfo", getaddrinfo)
        yield tried
    assert not tried, f"connections outside {LOOPBACK} were tried: {tried}"


@pytest.fixture(scope="module")
def site():
    """The loopback news site, for one test module; it stops itself after site.LIFETIME_S anyway."""
    served = Site().start()
    yield served
    served.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_ledger(request, tmp_path) -> str:
    """A new ledger's --db value: a SQLite path, then a PostgreSQL URL (skipped without a server)."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("new_postgres_url")
