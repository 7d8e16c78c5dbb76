"""Versions of one page: the latest fetch wins, also when it brings back an earlier text (an edit reverted),
without adding versions when the same batch runs again; a near-duplicate copy stays linked to the version
whose text it copies, and says when that version is superseded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from newsledger.errors import RefusedByLedger
from newsledger.interfaces import ingest_run
from newsledger.interfaces.api import Ledger
from newsledger.ingest import Rejected, article_from_text
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


def test_an_edit_and_its_revert_read_in_one_run_after_the_first_text_end_on_the_revert(store):
    first, edited = article(FIRST).doc_id, article(EDITED).doc_id
    ingest(store, FIRST)
    summary = ingest(store, EDITED, FIRST)  # the revert is read before the edit is stored
    assert (summary.new, summary.unchanged, summary.reverted) == (1, 0, 1)
    assert current(store) == [first]
    assert chain(store) == {edited: None, first: edited}
    rerun = ingest(store, EDITED, FIRST)
    assert rerun.new == 0 and chain(store) == {edited: None, first: edited} and current(store) == [first]


def counting_analyses(monkeypatch) -> list[str]:
    """The doc_id of each article ingest analyses from now on, in the order analysed."""
    analysed = []

    def analyse(batch, corrections):
        analysed.extend(a.doc_id for a in batch)
        return (Analysis(a, coder_version="test") for a in batch)

    monkeypatch.setattr(ingest_run, "analyse_batch", analyse)
    return analysed


def test_a_text_read_twice_in_one_run_is_analysed_once_and_current_at_the_end(store, monkeypatch):
    analysed = counting_analyses(monkeypatch)
    first, edited = article(FIRST).doc_id, article(EDITED).doc_id
    summary = ingest(store, FIRST, EDITED, FIRST)
    assert sorted(analysed) == sorted([first, edited])
    assert (summary.read, summary.new, summary.unchanged, summary.reverted) == (3, 2, 0, 1)
    assert current(store) == [first]


def test_one_text_from_two_pages_in_one_run_is_analysed_once_and_unchanged_the_second_time(store, monkeypatch):
    analysed = counting_analyses(monkeypatch)
    summary = ingest_run.ingest_articles(store, [article(FIRST), article(FIRST, url="https://hills.example/dam")])
    assert analysed == [article(FIRST).doc_id]
    assert (summary.new, summary.unchanged, summary.reverted, summary.skipped) == (1, 1, 0, [])


def test_versions_analysed_out_of_order_by_workers_are_chained_in_input_order(store, monkeypatch):
    def last_batch_first(batches, jobs, corrections, stop):
        """A pool whose later batches finish first, as worker processes may."""
        for batch in reversed(list(batches)):
            yield from (Analysis(a, coder_version="test") for a in batch)

    monkeypatch.setattr(ingest_run, "BATCH", 1)
    monkeypatch.setattr(ingest_run, "_run_parallel", last_batch_first)
    first, edited, later = (article(text).doc_id for text in (FIRST, EDITED, LATER))
    texts = (FIRST, EDITED, FIRST, LATER)
    summary = ingest_run.ingest_articles(store, [article(text) for text in texts], jobs=2)
    assert (summary.new, summary.reverted) == (3, 1)
    assert chain(store) == {edited: None, first: edited, later: first}
    rerun = ingest_run.ingest_articles(store, [article(text) for text in texts], jobs=2)
    assert rerun.new == 0 and chain(store) == {edited: None, first: edited, later: first}


def test_a_text_read_again_after_the_ledger_refused_it_is_skipped_with_the_reason(store, monkeypatch):
    first = article(FIRST).doc_id
    save = store.save

    def refuse_first(analysis, *args, **kwargs):
        if analysis.article.doc_id == first:
            raise RefusedByLedger("feed.jsonl:1: the database refused a row (value too long)")
        return save(analysis, *args, **kwargs)

    monkeypatch.setattr(store, "save", refuse_first)
    texts = [article(FIRST), article(EDITED, source="feed.jsonl:2"), article(FIRST, source="feed.jsonl:3")]
    summary = ingest_run.ingest_articles(store, texts)
    assert (summary.new, summary.unchanged, summary.reverted) == (1, 0, 0)
    assert dict(summary.skipped)["feed.jsonl:3"] == f"same text as {first}, read earlier, which was not stored"
    assert current(store) == [article(EDITED).doc_id]


def test_a_version_after_one_a_cluster_gave_up_on_is_stored_at_the_end_of_the_run(store, monkeypatch):
    from newsledger.interfaces import cluster

    def give_up_on_the_first(spec, batches, corrections, stop=None):
        """A cluster whose workers died on the first article's batch."""
        for number, article_ in enumerate(a for batch in batches for a in batch):
            yield Rejected(article_.source, "workers died") if number == 0 else Analysis(article_, coder_version="test")

    monkeypatch.setattr(cluster, "analyse_on_cluster", give_up_on_the_first)
    summary = ingest_run.ingest_articles(store, [article(FIRST), article(EDITED, source="feed.jsonl:2")], cluster="local:1")
    assert summary.new == 1 and summary.skipped == [("feed.jsonl:1", "workers died")]
    assert chain(store) == {article(EDITED).doc_id: None}
