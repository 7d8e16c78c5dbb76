"""The ledger database: versioned schema, clear errors, one transaction per document."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest

from newsledger import Ledger
from newsledger import store as store_module
from newsledger.errors import LedgerError, RefusedByLedger
from newsledger.store import Store, migrations
from tests.conftest import OTHER_WIRE_STORY, WIRE_STORY


def test_store_new_ledger_has_latest_schema(ledger_path):
    store = Store(str(ledger_path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST


def test_store_refuses_database_that_is_not_a_ledger(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    with pytest.raises(LedgerError, match="not a newsledger ledger"):
        Store(str(path))


def test_store_refuses_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(LedgerError, match="not a newsledger ledger"):
        Store(str(path))


def test_store_reports_damaged_ledger_as_damaged_not_as_foreign(ledger_path):
    Store(str(ledger_path)).close()
    data = bytearray(ledger_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the file header, wipe the schema page after it
    ledger_path.write_bytes(bytes(data))
    with pytest.raises(LedgerError, match="the database file is damaged") as raised:
        Store(str(ledger_path))
    assert "not a newsledger ledger" not in str(raised.value)


def test_store_refuses_ledger_from_newer_version(ledger_path):
    Store(str(ledger_path)).close()
    with sqlite3.connect(ledger_path) as conn:
        conn.execute("UPDATE newsledger_meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(LedgerError, match="newer newsledger"):
        Store(str(ledger_path))


def test_cli_retries_locked_database_then_reports_it_and_keeps_data(cli, ledger_path, tmp_path, monkeypatch, caplog):
    story = tmp_path / "story.txt"
    story.write_text(WIRE_STORY)
    cli("ingest", "--db", ledger_path, story)
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(store_module, "LOCK_RETRY_PAUSES_S", (0.1, 0.2))
    holder = sqlite3.connect(ledger_path, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        other = tmp_path / "other.txt"
        other.write_text(WIRE_STORY.replace("Monday", "Tuesday"))
        result = cli("ingest", "--db", ledger_path, other)
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 1
    assert caplog.messages == [f"{ledger_path}: database is locked, retrying in 0.1 s",
                               f"{ledger_path}: database is locked, retrying in 0.2 s"]
    assert f"{ledger_path}: database is locked by another process; wait for it to finish" in result.stderr
    assert len(Ledger(ledger_path).docs()) == 1


def test_cli_reports_disk_full_and_keeps_data(cli, ledger_path, tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    story.write_text(WIRE_STORY)
    cli("ingest", "--db", ledger_path, story)
    with sqlite3.connect(ledger_path) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    real_pragmas = store_module._sqlite_pragmas

    def full_disk(dbapi_connection, record):  # the database may not grow: SQLite's SQLITE_FULL
        real_pragmas(dbapi_connection, record)
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(store_module, "_sqlite_pragmas", full_disk)
    other = tmp_path / "other.txt"
    other.write_text(WIRE_STORY.replace("Monday", "Tuesday") * 20)
    result = cli("ingest", "--db", ledger_path, other)
    assert result.exit_code == 1
    assert f"{ledger_path}: disk full; free space on the disk that holds the ledger" in result.stderr
    assert "read 1, new 0" in result.stdout
    assert len(Ledger(ledger_path).docs()) == 1


def test_document_the_database_refuses_is_skipped_and_the_batch_goes_on(ledger_path, tmp_path, monkeypatch):
    refused, kept = tmp_path / "refused.txt", tmp_path / "kept.txt"
    refused.write_text(WIRE_STORY)
    kept.write_text(OTHER_WIRE_STORY)
    real_rows = store_module.record_rows

    def rows_with_a_bad_mention(analysis):
        rows = real_rows(analysis)
        if analysis.article.source == str(refused):
            rows[store_module.schema.mentions] = [{"doc_id": analysis.article.doc_id}]  # violates NOT NULL
        return rows

    monkeypatch.setattr(store_module, "record_rows", rows_with_a_bad_mention)
    ledger = Ledger(ledger_path)
    summary = ledger.ingest([refused, kept])
    assert summary.new == 1 and summary.stopped is None
    [(source, reason)] = summary.skipped
    assert source == str(refused) and "the database refused a row (NOT NULL constraint failed" in reason
    assert ledger.docs().source.tolist() == [str(kept)]
    assert ledger.stats()["rejects"] == 1


def _make_read_only(path):
    """chmod is enough for a normal user; root ignores it, so root marks the file immutable."""
    os.chmod(path, 0o444)
    if os.geteuid() == 0 and subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("running as root without chattr: cannot make a file read-only here")


def test_cli_reports_read_only_database(cli, ledger_path, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(WIRE_STORY)
    cli("ingest", "--db", ledger_path, story)
    other = tmp_path / "other.txt"
    other.write_text(WIRE_STORY.replace("Monday", "Tuesday"))
    _make_read_only(ledger_path)
    try:
        result = cli("ingest", "--db", ledger_path, other)
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(ledger_path)], capture_output=True)
    assert result.exit_code == 1
    assert f"{ledger_path}: permission denied: the database is read-only" in result.stderr
    assert len(Ledger(ledger_path).docs()) == 1


def test_save_is_one_transaction_per_document(ledger_path, monkeypatch):
    from newsledger import store as store_module
    from newsledger.ingest import article_from_text
    from newsledger.pipeline import Analysis

    article = article_from_text("story.txt", WIRE_STORY, [])
    real_rows = store_module.record_rows

    def broken_rows(analysis):
        rows = real_rows(analysis)
        rows[store_module.schema.mentions] = [{"doc_id": article.doc_id}]  # violates NOT NULL
        return rows

    store = Store(str(ledger_path))
    monkeypatch.setattr(store_module, "record_rows", broken_rows)
    with pytest.raises(RefusedByLedger, match="NOT NULL constraint failed"):
        store.save(Analysis(article))
    assert not store.has_document(article.doc_id)
    monkeypatch.setattr(store_module, "record_rows", real_rows)
    assert store.save(Analysis(article)) is True
    assert store.save(Analysis(article)) is False


def test_store_migrates_older_ledger(ledger_path, monkeypatch):
    Store(str(ledger_path)).close()

    def add_column(conn):
        conn.exec_driver_sql("ALTER TABLE documents ADD COLUMN reviewed INTEGER DEFAULT 0")

    newer = migrations.LATEST + 1
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (newer, "documents.reviewed", add_column)])
    monkeypatch.setattr(migrations, "LATEST", newer)
    store = Store(str(ledger_path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == newer
        assert "reviewed" in [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(documents)")]


def test_version_1_ledger_gains_the_corrections_table(ledger_path):
    Store(str(ledger_path)).close()
    with sqlite3.connect(ledger_path) as conn:  # what a ledger made before corrections existed looks like
        conn.execute("DROP TABLE actor_corrections")
        conn.execute("UPDATE newsledger_meta SET value = '1' WHERE key = 'schema_version'")
    store = Store(str(ledger_path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST >= 2
    store.add_correction("alias", "xi-jinping", surface="Mr Xi")
    assert [c.surface for c in store.corrections()] == ["Mr Xi"]


def test_version_3_ledger_gains_commitment_date_rule_date_range_and_condition(ledger_path):
    Store(str(ledger_path)).close()
    with sqlite3.connect(ledger_path) as conn:  # what a ledger made before migration 4 looks like
        for table, column in (("events", "commitment"), ("events", "date_rule"), ("documents", "published_latest"),
                              ("forecasts", "condition")):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("UPDATE newsledger_meta SET value = '3' WHERE key = 'schema_version'")
    store = Store(str(ledger_path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST >= 4
        events = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(events)")]
        documents = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(documents)")]
        forecasts = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(forecasts)")]
    assert {"commitment", "date_rule"} <= set(events) and "published_latest" in documents and "condition" in forecasts


def test_version_4_ledger_gains_provenance_copies_and_the_follow_tables(ledger_path):
    Store(str(ledger_path)).close()
    with sqlite3.connect(ledger_path) as conn:  # what a ledger made before migration 5 looks like
        for table in ("parses", "sources", "pages", "tombstones", "minhashes"):
            conn.execute(f"DROP TABLE {table}")
        for table in ("documents", "actors", "mentions", "timexes", "events", "quotes", "forecasts"):
            for column in ("coder_version", "changed_at"):
                conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        conn.execute("DROP INDEX ix_documents_copy_of")  # schema 6
        for column in ("copy_of", "stale"):
            conn.execute(f"ALTER TABLE documents DROP COLUMN {column}")
        conn.execute("UPDATE newsledger_meta SET value = '4' WHERE key = 'schema_version'")
    store = Store(str(ledger_path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST >= 5
        tables = {row[0] for row in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        events = {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(events)")}
        documents = {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(documents)")}
    assert {"parses", "sources", "pages", "tombstones", "minhashes"} <= tables
    assert {"coder_version", "changed_at"} <= events
    assert {"coder_version", "changed_at", "copy_of", "stale"} <= documents
