"""`recode`: the stages run again on stored parses give the records a fresh ingest gives, and stale
documents (a correction, another coder version) are counted and brought up to date."""

from __future__ import annotations

import os
from datetime import datetime

import pytest
from sqlalchemy import delete, func, select, update

from newsledger import pipeline
from newsledger.interfaces import recode as recode_module
from newsledger.interfaces.curation import alias
from newsledger.interfaces.ingest_run import run_ingest
from newsledger.interfaces.recode import run_recode, select_documents, stale_counts
from newsledger.store import Store, schema

from tests.recode.conftest import ledger_rows, parse_rows

# Short wire stories of our own: a nickname the registry does not know ("Auntie Kaja"), quotes,
# a forecast, dated events, and a text with no date for the time stage to infer one.
SUMMIT = """Baltic and German leaders meet in Tallinn

By Marta Kalnina
May 4, 2023

Auntie Kaja met German Chancellor Olaf Scholz in Tallinn on Thursday to discuss air defence.

"We will buy more systems together," Scholz told reporters after the talks.

Analysts expect the two governments to sign a procurement deal by the end of the year.
"""

TALKS = """Estonia presses Berlin on troops

By Peter Olsen
May 6, 2023

Auntie Kaja said on Saturday that Germany should station a brigade in Estonia, and Estonian Prime Minister Kaja Kallas later repeated the request.

Scholz will visit Vilnius next month, a government spokesman said.
"""

UNDATED = """Grain exports resume

Ukraine resumed grain exports through its Black Sea ports last week, Ukrainian Foreign Minister Dmytro Kuleba said on Monday.

He warned that Russia could attack the ports again.
"""

NICKNAME, ACTOR = "Auntie Kaja", "kaja-kallas"


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("summit.txt", SUMMIT), ("talks.txt", TALKS), ("undated.txt", UNDATED)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def ingested(path, articles) -> Store:
    store = Store(str(path))
    summary = run_ingest(store, [str(articles)])
    assert summary.new == 3 and not summary.skipped
    return store


def test_recode_after_an_alias_gives_the_ledger_of_a_fresh_ingest_with_it(tmp_path, articles, cli):
    first = ingested(tmp_path / "first.db", articles)
    with first.transaction() as conn:
        before = set(conn.scalars(select(schema.mentions.c.actor_id).where(schema.mentions.c.text == NICKNAME)))
    assert ACTOR not in before
    assert alias(first, ACTOR, NICKNAME) == 2  # the correction recodes the two documents that hold the nickname
    assert cli("recode", "--db", tmp_path / "first.db").exit_code == 0
    fresh = Store(str(tmp_path / "fresh.db"))
    alias(fresh, ACTOR, NICKNAME)
    run_ingest(fresh, [str(articles)])
    recoded, expected = ledger_rows(tmp_path / "first.db"), ledger_rows(tmp_path / "fresh.db")
    assert sum(("text", repr(NICKNAME)) in row and ("actor_id", repr(ACTOR)) in row for row in recoded["mentions"]) == 2
    assert recoded == expected


def test_recode_of_unchanged_code_changes_no_record(tmp_path, articles, cli):
    ingested(tmp_path / "ledger.db", articles)
    before, parses_before = ledger_rows(tmp_path / "ledger.db"), parse_rows(tmp_path / "ledger.db")
    result = cli("recode", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 0 and "recoded 3 of 3 documents" in result.stdout
    assert ledger_rows(tmp_path / "ledger.db") == before
    assert parse_rows(tmp_path / "ledger.db") == parses_before
    assert len(before["events"]) > 0 and len(before["quotes"]) > 0 and len(before["forecasts"]) > 0


@pytest.mark.parametrize("stage", ["time", "actors", "events", "quotes", "forecasts"])
def test_recode_from_a_later_stage_reads_the_earlier_ones_from_the_ledger(tmp_path, articles, stage):
    store = ingested(tmp_path / "ledger.db", articles)
    before = ledger_rows(tmp_path / "ledger.db")
    summary = run_recode(store, select_documents(store), [stage, "forecasts"])
    assert summary.recoded == 3 and summary.failed == 0
    assert ledger_rows(tmp_path / "ledger.db") == before


def test_documents_without_a_parse_by_the_running_model_are_parsed_again(tmp_path, articles, cli):
    store = ingested(tmp_path / "ledger.db", articles)
    before, parses_before = ledger_rows(tmp_path / "ledger.db"), parse_rows(tmp_path / "ledger.db")
    kept, *dropped = sorted(parses_before)
    with store.transaction(write=True) as conn:  # an older ledger's documents, and one parsed by another model
        conn.execute(delete(schema.parses).where(schema.parses.c.doc_id.in_(dropped)))
        conn.execute(update(schema.parses).where(schema.parses.c.doc_id == kept).values(model="en_core_web_xx 0.1"))
    result = cli("recode", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 0
    assert "3 had no stored parse by this spaCy model and were parsed again" in result.stdout
    assert ledger_rows(tmp_path / "ledger.db") == before
    assert parse_rows(tmp_path / "ledger.db") == parses_before  # kept for the next recode


def test_a_correction_cut_short_leaves_its_documents_stale_until_recode_stale(tmp_path, articles, cli, monkeypatch):
    store = ingested(tmp_path / "ledger.db", articles)
    assert stale_counts(store) == {"documents": 0, "records": 0}

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(recode_module, "recode_batch", interrupted)
    with pytest.raises(Exception, match="recode --stale"):
        alias(store, ACTOR, NICKNAME)
    assert stale_counts(store)["documents"] == 2
    stats = cli("stats", "--db", tmp_path / "ledger.db")
    assert "stale-documents 2" in stats.stdout.splitlines() and "recode --stale" in stats.stderr
    monkeypatch.undo()

    result = cli("recode", "--stale", "--db", tmp_path / "ledger.db")
    assert "recoded 2 of 2 documents" in result.stdout
    assert stale_counts(store) == {"documents": 0, "records": 0}
    with store.transaction() as conn:
        nickname_actors = set(conn.scalars(select(schema.mentions.c.actor_id).where(schema.mentions.c.text == NICKNAME)))
    assert nickname_actors == {ACTOR}


def test_records_of_another_coder_version_are_stale_until_recoded(tmp_path, articles, cli, monkeypatch):
    store = ingested(tmp_path / "ledger.db", articles)
    with store.transaction() as conn:
        records = sum(conn.scalar(select(func.count()).select_from(t)) for t in recode_module.VERSIONED_TABLES)
    monkeypatch.setattr(recode_module, "coder_version", lambda: "9.9.9+newdata")  # a new release, as the ledger sees it
    assert stale_counts(store) == {"documents": 3, "records": records}
    monkeypatch.setattr(pipeline, "coder_version", lambda: "9.9.9+newdata")
    assert "recoded 3 of 3 documents" in cli("recode", "--stale", "--db", tmp_path / "ledger.db").stdout
    assert stale_counts(store) == {"documents": 0, "records": 0}
    assert "recoded 0 of 0 documents" in cli("recode", "--stale", "--db", tmp_path / "ledger.db").stdout


def test_recode_chooses_documents_by_id_prefix_and_date_and_refuses_unknown_ones(tmp_path, articles, cli):
    store = ingested(tmp_path / "ledger.db", articles)
    doc_id = select_documents(store)[0]
    assert select_documents(store, doc_ids=[doc_id[:6]]) == [doc_id]
    assert select_documents(store, since="2999-01-01") == []
    result = cli("recode", "--docs", "zzzz", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 2 and "no document with id 'zzzz'" in result.stderr
    result = cli("recode", "--stage", "parse", "--db", tmp_path / "ledger.db")
    assert result.exit_code == 2 and "no stage 'parse'" in result.stderr


@pytest.mark.postgres
def test_recode_on_postgresql_keeps_the_records_and_parses_again_what_has_no_parse(new_postgres_url, articles):
    store = ingested(new_postgres_url, articles)
    before, parses_before = ledger_rows(new_postgres_url), parse_rows(new_postgres_url)
    first = select_documents(store)[0]
    with store.transaction(write=True) as conn:
        conn.execute(delete(schema.parses).where(schema.parses.c.doc_id == first))
    recode_module.mark_stale(store, [first])
    assert stale_counts(store)["documents"] == 1
    summary = run_recode(store, select_documents(store, stale=True))
    assert (summary.recoded, summary.reparsed) == (1, 1)
    assert stale_counts(store) == {"documents": 0, "records": 0}
    assert ledger_rows(new_postgres_url) == before
    assert parse_rows(new_postgres_url) == parses_before
    store.close()


WIRE = """EU agrees new sanctions

BRUSSELS, June 23 (Reuters) - European Union governments agreed on Friday a new package of sanctions against Russia, \
the 11th since Moscow invaded Ukraine in February 2022, diplomats said.
"""


def test_a_dateline_day_without_its_year_dates_the_story_and_recode_keeps_it(tmp_path, cli):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "sanctions.txt").write_text(WIRE, encoding="utf-8")
    saved = datetime(2023, 7, 1, 12).timestamp()
    os.utime(folder / "sanctions.txt", (saved, saved))
    store = Store(str(tmp_path / "ledger.db"))
    assert run_ingest(store, [str(folder)]).new == 1
    with store.transaction() as conn:
        published, reason = conn.execute(select(schema.documents.c.published, schema.documents.c.published_reason)).one()
    # the text only bounds the year from below (February 2022); the dateline's day is the latest before the file was saved
    assert published == "2023-06-23" and "dateline" in reason and "2023-07-01" in reason
    before = ledger_rows(tmp_path / "ledger.db")
    assert cli("recode", "--db", tmp_path / "ledger.db").exit_code == 0  # read again later: the reason keeps the day
    assert ledger_rows(tmp_path / "ledger.db") == before


def test_a_stored_dateline_day_without_a_named_read_day_is_dated_before_the_ingest_day(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "sanctions.txt").write_text(WIRE, encoding="utf-8")
    store = Store(str(tmp_path / "ledger.db"))
    assert run_ingest(store, [str(folder)]).new == 1
    with store.transaction(write=True) as conn:  # as an older ledger stored it: first year after the text's bound
        conn.execute(update(schema.documents).values(
            published="2022-06-23", ingested_at="2024-03-05T10:00:00+00:00", published_reason="inferred: latest date or "
            "period the text reports begins 2022-02-01; the dateline's day (06-23) on or after it"))
    [doc_id] = ledger_doc_ids(store)
    article = store.stored_article(doc_id)
    assert (article.published, article.dateline_day, article.read_day) == (None, "06-23", "2024-03-05")
    assert next(pipeline.analyse_batch([article])).published == "2023-06-23"
    store.close()


def ledger_doc_ids(store) -> list[str]:
    with store.transaction() as conn:
        return list(conn.execute(select(schema.documents.c.doc_id)).scalars())
