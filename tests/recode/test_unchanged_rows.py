"""A recode by the running coder that finds the same records writes none of them again (most of a
recode's store time was deleting and re-inserting unchanged rows), while one that finds a changed
record still swaps that document's records."""

from __future__ import annotations

from sqlalchemy import select, text

from newsledger.interfaces.curation import alias
from newsledger.interfaces.recode import mark_stale, run_recode, select_documents
from newsledger.store import schema

from tests.recode.test_recode import ACTOR, NICKNAME, articles, ingested  # noqa: F401  the fixture too

TABLES = ("sentences", "mentions", "timexes", "events", "quotes", "forecasts")


def row_ids(store) -> dict[str, list]:
    """Each record table's SQLite row ids with their rows: a deleted and re-inserted row gets a new one."""
    with store.transaction() as conn:
        return {name: sorted(conn.execute(text(f"SELECT rowid, * FROM {name}")).all()) for name in TABLES}


def test_a_recode_that_finds_the_same_records_rewrites_none(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    before = row_ids(store)
    assert sum(len(rows) for rows in before.values()) > 0
    assert run_recode(store, select_documents(store)).recoded == 3
    assert row_ids(store) == before


def test_a_recode_that_finds_a_changed_record_still_swaps_it_in(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    alias(store, ACTOR, NICKNAME)  # recodes the documents that use the nickname
    m = schema.mentions.c
    with store.transaction() as conn:
        assert set(conn.scalars(select(m.actor_id).where(m.text == NICKNAME))) == {ACTOR}


def test_a_recode_that_finds_the_same_records_updates_no_document_or_actor_row(tmp_path, articles):
    # A document's row holds its whole text: rewriting it unchanged was most of a recode's writes.
    store = ingested(tmp_path / "ledger.db", articles)
    with store.transaction(write=True) as conn:
        conn.execute(text("CREATE TABLE updates (name TEXT)"))
        for table in ("documents", "actors"):
            conn.execute(text(f"CREATE TRIGGER count_{table} AFTER UPDATE ON {table} "
                              f"BEGIN INSERT INTO updates VALUES ('{table}'); END"))
    assert run_recode(store, select_documents(store)).recoded == 3
    with store.transaction() as conn:
        assert conn.scalars(text("SELECT name FROM updates")).all() == []
    mark_stale(store, select_documents(store)[:1])  # a stale document's row must still change
    with store.transaction(write=True) as conn:
        conn.execute(text("DELETE FROM updates"))
    assert run_recode(store, select_documents(store, stale=True)).recoded == 1
    with store.transaction() as conn:
        assert conn.scalars(text("SELECT name FROM updates")).all() == ["documents"]
        assert conn.scalar(select(schema.documents.c.doc_id).where(schema.documents.c.stale)) is None


def test_a_batch_of_stored_articles_is_read_as_each_one_alone(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    doc_ids = select_documents(store)
    together = store.stored_articles(doc_ids)
    assert sorted(together) == doc_ids
    assert all(together[doc_id] == store.stored_article(doc_id) for doc_id in doc_ids)
    assert all(article.doc_id == doc_id and article.text for doc_id, article in together.items())
