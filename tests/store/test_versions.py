"""Versions of one page: the latest fetch wins, also when it brings back an earlier text (an edit reverted),
without adding versions when the same batch runs again; a near-duplicate copy stays linked to the version
whose text it copies, and says when that version is superseded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from newsledger.interfaces import ingest_run
from newsledger.interfaces.api import Ledger
from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.store import Store, schema

URL = "https://valley.example/news/dam-inspection"
FIRST = ("Engineers from the regional water board inspected the Halden dam on Thursday after residents reported "
         "cracks in the spillway. The board said the reservoir would stay at its current level until the report is out.")
EDITED = FIRST + " A spokeswoman later said the cracks were on the surface and posed no risk to the dam."
LATER = EDITED + " The full report is due next month."


def article(text: str, url: str | None = URL, source: str = "feed.jsonl:1", outlet: str = "Valley Courier"):
    return article_from_text(source, text, [], title="Dam inspected", published="2025-03-06", outlet=outlet, url=url)


@pytest.fixture
def store(new_ledger, monkeypatch):
    """A ledger whose ingest stores each article unanalysed: these tests are about documents, not records."""
    monkeypatch.setattr(ingest_run, "analyse_batch", lambda batch, corrections: (Analysis(a, coder_version="test") for a in batch))
    opened = Store(new_ledger)
    yield opened
    opened.close()


def ingest(store: Store, *texts: str, url: str | None = URL) -> ingest_run.IngestSummary:
    return ingest_run.ingest_articles(store, [article(text, url) for text in texts])


def chain(store: Store) -> dict[str, str | None]:
    """doc_id -> previous_id of every document."""
    d = schema.documents.c
    with store.transaction() as conn:
        return dict(conn.execute(select(d.doc_id, d.previous_id)).all())


def current(store: Store) -> list[str]:
    """The documents no later version supersedes."""
    return sorted(doc_id for doc_id in chain(store) if store.document(doc_id, prefix=False)["superseded_by"] is None)


def test_an_edit_reverted_in_a_later_fetch_makes_the_first_text_current_again(store):
    first, edited = article(FIRST).doc_id, article(EDITED).doc_id
    ingest(store, FIRST)
    ingest(store, EDITED)
    summary = ingest(store, FIRST)
    assert (summary.new, summary.unchanged, summary.reverted) == (0, 0, 1)
    assert current(store) == [first]
    assert chain(store) == {edited: None, first: edited}  # history kept: both texts, linked
    assert store.document(edited, prefix=False)["superseded_by"] == first
    again = ingest(store, FIRST)  # fetched once more, unchanged: nothing moves
    assert (again.unchanged, again.reverted) == (1, 0) and current(store) == [first]


def test_an_edit_and_its_revert_in_one_batch_end_on_the_revert_and_a_rerun_adds_no_version(store):
    first, edited = article(FIRST).doc_id, article(EDITED).doc_id
    summary = ingest(store, FIRST, EDITED, FIRST)
    assert (summary.new, summary.reverted) == (2, 1) and current(store) == [first]
    links = chain(store)
    rerun = ingest(store, FIRST, EDITED, FIRST)
    assert rerun.new == 0 and chain(store) == links and current(store) == [first]


def test_a_version_after_a_revert_follows_the_current_version(store):
    ingest(store, FIRST, EDITED, FIRST, LATER)
    later = article(LATER).doc_id
    assert current(store) == [later]
    assert chain(store)[later] == article(FIRST).doc_id


def test_the_same_text_from_another_page_moves_no_version(store):
    ingest(store, FIRST, EDITED)
    summary = ingest(store, FIRST, url="https://hills.example/dam")  # stored already, as the valley page's first text
    assert (summary.unchanged, summary.reverted) == (1, 0)
    assert current(store) == [article(EDITED).doc_id]


def test_a_copy_of_an_earlier_version_stays_linked_to_it_and_says_it_is_superseded(store):
    first, edited = Analysis(article(FIRST)), Analysis(article(EDITED))
    copy = Analysis(article(FIRST + "\nReprinted with permission of the Valley Courier.", url=None,
                            source="hills.txt", outlet="Hills Gazette"))
    store.save(first)
    store.save(copy, copy_of=first.article.doc_id)
    store.save(edited)
    doc = store.document(copy.article.doc_id, prefix=False)
    assert doc["copy_of"] == first.article.doc_id and doc["original_superseded_by"] == edited.article.doc_id
    docs = Ledger(store.url).docs().set_index("doc_id")
    assert docs.loc[copy.article.doc_id, "original_superseded_by"] == edited.article.doc_id
    assert docs.loc[first.article.doc_id, "original_superseded_by"] is None  # not a copy
