"""A near-duplicate is stored only once its original is: an interrupted run, or an original the ledger
refuses, never leaves a copy linked to a document that is not there."""

from __future__ import annotations

import os
import signal

from sqlalchemy import select

from newsledger import nlp, pipeline
from newsledger.errors import RefusedByLedger
from newsledger.ingest import Article, article_from_text
from newsledger.interfaces import ingest_run
from newsledger.interfaces.ingest_run import INTERRUPTED, ingest_articles
from newsledger.store import Store, schema

STORY = [
    "Ghana and Togo agreed on Wednesday to build a second bridge over the Volta river at Aflao, the Ghanaian "
    "transport ministry said in a statement.",
    "Transport ministers of the two countries met in Accra and approved a feasibility study to be finished "
    "by the end of the year.",
    "Traders on the coastal highway have long complained of queues of up to three days at the crossing, "
    "the ministry said.",
]


def article(source: str, paragraphs: list[str]) -> Article:
    found = article_from_text(source, "\n\n".join(paragraphs), [], published="2024-06-12")
    assert isinstance(found, Article), found
    return found


def original_and_copy() -> tuple[Article, Article]:
    original = article("original.txt", STORY)
    copy = article("reprint.txt", [STORY[1], STORY[0], STORY[2], "Sign up for our West Africa newsletter."])
    return original, copy


def links(store: Store) -> dict[str, str | None]:
    d = schema.documents.c
    with store.transaction() as conn:
        return dict(conn.execute(select(d.doc_id, d.copy_of)).all())


def test_a_run_interrupted_while_the_original_is_analysed_stores_no_copy_of_it(monkeypatch, tmp_path):
    original, copy = original_and_copy()

    def interrupted_events(analysis, doc):
        os.kill(os.getpid(), signal.SIGTERM)  # as a service manager stopping the run mid-document
        nlp.check_time(doc)

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "STAGES", [(n, interrupted_events if n == "events" else f, fields)
                                             for n, f, fields in pipeline.STAGES])
        store = Store(str(tmp_path / "ledger.db"))
        summary = ingest_articles(store, [original, copy])

    assert summary.stopped == INTERRUPTED
    assert links(store) == {}  # neither stored: the copy waited for its original

    rerun = ingest_articles(store, [*original_and_copy()])
    assert rerun.new == 1 and rerun.copies == 1 and rerun.stopped is None
    assert links(store) == {original.doc_id: None, copy.doc_id: original.doc_id}


def store_refusing(original: Article, tmp_path, monkeypatch) -> Store:
    """A new ledger whose database refuses the row of `original` and stores every other document."""
    store = Store(str(tmp_path / "ledger.db"))
    save = store.save

    def refuse_the_original(analysis, *args, **kwargs):
        if analysis.article.doc_id == original.doc_id:
            raise RefusedByLedger("original.txt: the database refused a row (value too long)")
        return save(analysis, *args, **kwargs)

    monkeypatch.setattr(store, "save", refuse_the_original)
    return store


def test_a_copy_of_an_original_the_ledger_refuses_is_skipped_with_the_reason(monkeypatch, tmp_path):
    original, copy = original_and_copy()
    store = store_refusing(original, tmp_path, monkeypatch)
    summary = ingest_articles(store, [original, copy])

    assert links(store) == {}
    assert dict(summary.skipped) == {
        "original.txt": "original.txt: the database refused a row (value too long)",
        "reprint.txt": "near-duplicate of the original original.txt, which was not stored",
    }


def test_a_copy_in_a_later_batch_than_its_refused_original_is_skipped_too(monkeypatch, tmp_path):
    monkeypatch.setattr(ingest_run, "BATCH", 1)  # the original is analysed and refused before the copy is read
    original, copy = original_and_copy()
    store = store_refusing(original, tmp_path, monkeypatch)
    summary = ingest_articles(store, [original, copy])

    assert links(store) == {}
    assert dict(summary.skipped)["reprint.txt"] == f"near-duplicate of {original.doc_id}, which was not stored"
