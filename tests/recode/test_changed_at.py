"""A recode keeps `changed_at` on what it did not change and leaves tombstones for what it removed,
so that anyone syncing a copy of the ledger on `changed_at` sees only real changes."""

from __future__ import annotations

from sqlalchemy import insert, select, update

from newsledger.interfaces.curation import alias
from newsledger.interfaces.recode import mark_stale, run_recode, select_documents
from newsledger.store import schema
from newsledger.version import coder_version

from tests.recode.test_recode import ACTOR, NICKNAME, articles, ingested  # noqa: F401  the fixture too

LONG_AGO = "2001-01-01T00:00:00+00:00"
PROVENANCE_TABLES = (schema.documents, schema.actors, schema.mentions, schema.timexes, schema.events,
                     schema.quotes, schema.forecasts)


def backdate(store) -> None:
    """Every row written long ago by an older coder, so that a new stamp shows."""
    with store.transaction(write=True) as conn:
        for table in PROVENANCE_TABLES:
            conn.execute(update(table).values(changed_at=LONG_AGO, coder_version="0.0.1"))


def stamps(store, table) -> set[tuple]:
    with store.transaction() as conn:
        return set(conn.execute(select(table.c.changed_at, table.c.coder_version)).all())


def tombstones(store) -> set[tuple]:
    t = schema.tombstones.c
    with store.transaction() as conn:
        return set(conn.execute(select(t.kind, t.record_id, t.doc_id)).all())


def test_a_recode_that_changes_nothing_keeps_changed_at_and_stamps_the_running_coder(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    backdate(store)
    assert run_recode(store, select_documents(store)).recoded == 3
    for table in PROVENANCE_TABLES[:1] + PROVENANCE_TABLES[2:]:
        assert stamps(store, table) == {(LONG_AGO, coder_version())}, table.name
    assert {changed for changed, _ in stamps(store, schema.actors)} == {LONG_AGO}
    assert (LONG_AGO, coder_version()) in stamps(store, schema.actors)  # the actors the documents name
    assert tombstones(store) == set()


def test_a_recode_dates_only_the_records_and_documents_it_changed(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    backdate(store)
    alias(store, ACTOR, NICKNAME)  # recodes the two documents that use the nickname
    m, d = schema.mentions.c, schema.documents.c
    with store.transaction() as conn:
        renamed = set(conn.scalars(select(m.changed_at).where(m.text == NICKNAME)))
        untouched = set(conn.scalars(select(m.changed_at).where(m.text != NICKNAME)))
        documents = dict(conn.execute(select(d.doc_id, d.changed_at)).all())
    assert LONG_AGO not in renamed
    assert LONG_AGO in untouched
    assert sorted(changed == LONG_AGO for changed in documents.values()) == [False, False, True]
    # a mention the nickname's wider span replaced is gone, and only from the documents it was in
    assert {doc for _, _, doc in tombstones(store)} <= {doc for doc, changed in documents.items() if changed != LONG_AGO}


def test_records_a_recode_no_longer_finds_leave_tombstones(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    doc_id = select_documents(store)[0]
    with store.transaction(write=True) as conn:  # an event an older coder read into the document
        conn.execute(insert(schema.events).values(
            event_id=f"{doc_id}-e99", doc_id=doc_id, sentence=0, start=0, end=5, cameo="010", root="01",
            goldstein=0.0, quad_class=1, status="asserted", changed_at=LONG_AGO))
    run_recode(store, [doc_id])
    assert tombstones(store) == {("event", f"{doc_id}-e99", doc_id)}
    with store.transaction() as conn:
        assert conn.scalar(select(schema.events.c.event_id).where(schema.events.c.event_id == f"{doc_id}-e99")) is None


def test_deleting_a_document_leaves_a_tombstone_for_it_and_its_records(tmp_path, articles):
    store = ingested(tmp_path / "ledger.db", articles)
    doc_id = select_documents(store)[0]
    e = schema.events.c
    with store.transaction() as conn:
        events = set(conn.scalars(select(e.event_id).where(e.doc_id == doc_id)))
    store.delete_document(doc_id)
    buried = tombstones(store)
    assert ("document", doc_id, doc_id) in buried
    assert {record for kind, record, _ in buried if kind == "event"} == events
    assert not store.has_document(doc_id)


def test_stats_says_a_run_of_recode_stale_clears_what_an_interrupted_recode_left_stale(tmp_path, articles, cli):
    store = ingested(tmp_path / "ledger.db", articles)
    mark_stale(store, select_documents(store))  # what a correction does before its recode is cut short

    def interrupted(*args):
        raise KeyboardInterrupt

    assert run_recode(store, select_documents(store), batch=interrupted).stopped.startswith("interrupted")
    hint = cli("stats", "--db", tmp_path / "ledger.db").stderr
    assert "interrupted recode" in hint and "`newsledger recode --stale`" in hint and "clears" in hint
    assert run_recode(store, select_documents(store, stale=True)).recoded == 3
    assert "stale documents" not in cli("stats", "--db", tmp_path / "ledger.db").stderr
