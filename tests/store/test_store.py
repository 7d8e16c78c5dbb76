"""The ledger database: versioned schema, clear errors, one transaction per document."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest

from newsledger import Ledger
from newsledger.errors import LedgerError
from newsledger.store import Store, migrations
from tests.conftest import WIRE_STORY


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


def test_store_refuses_ledger_from_newer_version(ledger_path):
    Store(str(ledger_path)).close()
    with sqlite3.connect(ledger_path) as conn:
        conn.execute("UPDATE newsledger_meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(LedgerError, match="newer newsledger"):
        Store(str(ledger_path))


def test_cli_reports_locked_database_and_keeps_data(cli, ledger_path, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(WIRE_STORY)
    cli("ingest", "--db", ledger_path, story)
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
    assert f"{ledger_path}: database is locked by another process" in result.stderr
    assert len(Ledger(ledger_path).docs()) == 1


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
    assert f"{ledger_path}: database is read-only" in result.stderr
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
    with pytest.raises(Exception):
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
