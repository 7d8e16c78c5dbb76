"""A forecast's resolution evidence is an http(s) URL or a stored document, whichever interface records it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from newsledger.analysis import forecasts as forecast_ledger
from newsledger.errors import NewsledgerError
from newsledger.store import schema
from tests.web.conftest import build_ledger


@pytest.fixture
def ledger(tmp_path):
    return build_ledger(tmp_path / "ledger.db")


def _first(store, column):
    with store.transaction() as conn:
        return conn.execute(select(column)).scalars().first()


@pytest.mark.parametrize("evidence", ["javascript:alert(document.cookie)", "data:text/html,<b>x</b>", "ftp://example.org/x", "not a url"])
def test_resolve_refuses_evidence_that_is_no_web_address_or_document(ledger, evidence):
    with pytest.raises(NewsledgerError, match="neither an http"):
        forecast_ledger.resolve(ledger, _first(ledger, schema.forecasts.c.forecast_id), True, evidence=evidence)


def test_resolve_takes_a_web_address_or_a_stored_document(ledger):
    forecast_id = _first(ledger, schema.forecasts.c.forecast_id)
    forecast_ledger.resolve(ledger, forecast_id, True, evidence="https://example.org/summit-report")
    doc_id = _first(ledger, schema.documents.c.doc_id)
    forecast_ledger.resolve(ledger, forecast_id, False, evidence=doc_id)
    assert _first(ledger, schema.resolutions.c.evidence) == doc_id


def test_cli_resolve_refuses_a_script_url(ledger, cli):
    forecast_id = _first(ledger, schema.forecasts.c.forecast_id)
    result = cli("forecasts", "resolve", "--db", ledger.where, forecast_id, "--true", "--evidence", "javascript:alert(1)")
    assert result.exit_code == 1
    assert "neither an http(s) URL" in result.stderr
