"""`stats` and `recode --stale` agree: a document holding records another coder version made is stale."""

from __future__ import annotations

from sqlalchemy import select, union

from newsledger import pipeline
from newsledger.interfaces.recode import stale_counts
from newsledger.store import schema

from tests.recode.test_recode import articles, ingested  # noqa: F401  the fixture too


def test_a_partial_recode_under_another_coder_leaves_documents_stale_until_recode_stale(tmp_path, articles, cli, monkeypatch):
    store = ingested(tmp_path / "ledger.db", articles)
    monkeypatch.setattr(pipeline, "coder_version", lambda: "9.9.9+other-data")  # another release recodes two stages
    assert cli("recode", "--stage", "events,quotes", "--db", tmp_path / "ledger.db").exit_code == 0
    monkeypatch.undo()
    with store.transaction() as conn:
        touched = set(conn.scalars(union(select(schema.events.c.doc_id), select(schema.quotes.c.doc_id))))
    counts = stale_counts(store)
    assert counts["records"] > 0 and counts["documents"] == len(touched) > 0
    stats = cli("stats", "--db", tmp_path / "ledger.db")
    assert f"stale-documents {len(touched)}" in stats.stdout.splitlines() and "recode --stale" in stats.stderr

    result = cli("recode", "--stale", "--db", tmp_path / "ledger.db")
    assert f"recoded {len(touched)} of {len(touched)} documents" in result.stdout
    assert stale_counts(store) == {"documents": 0, "records": 0}
