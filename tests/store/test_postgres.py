"""The same store code against a real PostgreSQL server (the postgres_url fixture in conftest.py)."""

from __future__ import annotations

import json
import uuid

import pytest

from newsledger import Ledger
from newsledger.errors import LedgerError
from newsledger.store import Store
from tests.conftest import EXAMPLES


@pytest.mark.postgres
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


@pytest.mark.postgres
def test_postgres_reports_permission_denied(new_postgres_url):
    import psycopg

    Store(new_postgres_url).close()
    visitor = f"visitor_{uuid.uuid4().hex[:8]}"  # a role with no rights on the ledger's tables
    with psycopg.connect(new_postgres_url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {visitor} LOGIN")
    url = new_postgres_url.replace("ledger@", f"{visitor}@")
    with pytest.raises(LedgerError, match="permission denied") as raised:
        Store(url)
    assert str(raised.value).startswith(f"{url}: permission denied (")
    assert "not a newsledger ledger" not in str(raised.value)


@pytest.mark.postgres
def test_nul_in_jsonl_text_gives_equal_sqlite_and_postgres_ledgers(new_postgres_url, ledger_path, tmp_path):
    corpus = tmp_path / "wire.jsonl"
    article = {"title": "Ruto meets\x00 Guterres", "outlet": "Wire", "url": "https://example.org/ruto",
               "text": "Kenyan President William Ruto met United Nations Secretary-General Antonio Guterres "
                       "in Nairobi on Monday.\x00 Ruto said Kenya would send more police officers to Haiti."}
    corpus.write_text(json.dumps(article) + "\n")
    ledgers = [Ledger(ledger_path), Ledger(new_postgres_url)]
    summaries = [ledger.ingest([corpus]) for ledger in ledgers]
    assert [(s.new, s.skipped) for s in summaries] == [(1, []), (1, [])]
    sqlite_doc, postgres_doc = (ledger.document(ledger.docs().doc_id[0]) for ledger in ledgers)
    assert "\x00" not in sqlite_doc["text"] + sqlite_doc["title"]
    for key in ("doc_id", "title", "text", "outlet", "warnings", "sentences", "mentions", "events", "quotes", "forecasts"):
        assert _unstamped(sqlite_doc[key]) == _unstamped(postgres_doc[key]), key
    assert ledgers[0].stats() == ledgers[1].stats()
    for ledger in ledgers:
        ledger.close()


def _unstamped(value):
    """The value without `changed_at`: two ledgers written a second apart differ only there."""
    if isinstance(value, dict):
        return {k: _unstamped(v) for k, v in value.items() if k != "changed_at"}
    if isinstance(value, list):
        return [_unstamped(v) for v in value]
    return value
