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
    with pytest.raises(NewsledgerError, match="already resolved"):
        forecast_ledger.resolve(ledger, forecast_id, False, evidence=doc_id)
    forecast_ledger.resolve(ledger, forecast_id, False, evidence=doc_id, replace=True)
    assert _first(ledger, schema.resolutions.c.evidence) == doc_id


def test_cli_resolve_refuses_a_script_url(ledger, cli):
    forecast_id = _first(ledger, schema.forecasts.c.forecast_id)
    result = cli("forecasts", "resolve", "--db", ledger.where, forecast_id, "--true", "--evidence", "javascript:alert(1)")
    assert result.exit_code == 1
    assert "neither an http(s) URL" in result.stderr


def test_cli_keeps_an_earlier_resolution_unless_told_to_replace_it(ledger, cli):
    forecast_id = _first(ledger, schema.forecasts.c.forecast_id)
    assert cli("forecasts", "resolve", "--db", ledger.where, forecast_id, "--true").exit_code == 0
    again = cli("forecasts", "resolve", "--db", ledger.where, forecast_id, "--false")
    assert again.exit_code == 1 and "--replace" in again.stderr
    assert _first(ledger, schema.resolutions.c.outcome) is True
    assert cli("forecasts", "resolve", "--db", ledger.where, forecast_id, "--false", "--replace").exit_code == 0
    assert _first(ledger, schema.resolutions.c.outcome) is False


def test_cli_resolve_takes_a_unique_prefix_of_a_document_id_and_stores_the_whole_id(ledger, cli):
    forecast_id, doc_id = _first(ledger, schema.forecasts.c.forecast_id), _first(ledger, schema.documents.c.doc_id)
    with ledger.transaction() as conn:
        ids = conn.execute(select(schema.documents.c.doc_id)).scalars().all()
    prefix = next(doc_id[:n] for n in range(6, len(doc_id) + 1) if sum(i.startswith(doc_id[:n]) for i in ids) == 1)
    assert cli("forecasts", "resolve", "--db", ledger.where, forecast_id, "--true", "--evidence", prefix).exit_code == 0
    assert _first(ledger, schema.resolutions.c.evidence) == doc_id
