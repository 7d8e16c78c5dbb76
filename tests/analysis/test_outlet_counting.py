"""Same-event groups and disagreements count outlets, not copies: a syndicated copy is one more outlet for
its original's records, never one more report."""

from __future__ import annotations

from newsledger.analysis.events import disagreements, same_events
from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.store import Store
from tests.analysis.dyad_ledger import _report

TALKS = ("China and Russia held talks, {} reported.", ("held talks", "040", "CONSULT", 1.0, 1, "occurred", "CHN", "RUS", "2024-03-04"))


def _talks(source: str, outlet: str, status: str = "occurred") -> Analysis:
    line, event = TALKS
    return _report(source, "2024-03-04", outlet, [(line.format(source), (*event[:5], status, *event[6:]))])


def _copy_of(report: Analysis, outlet: str) -> Analysis:
    """Another outlet's printing of the report: stored unanalysed, as ingest stores a near-duplicate."""
    article = report.article
    return Analysis(article_from_text(f"{outlet}.txt", article.text + f"\nShared with {outlet} under a content partnership.", [],
                                      title="Beijing and Moscow talk", published="2024-03-04", outlet=outlet))


def _ledger(path, originals, copies):
    store = Store(str(path))
    for analysis in originals:
        store.save(analysis)
    for original, copy in copies:
        store.save(copy, copy_of=original.article.doc_id)
    return store


def test_a_group_counts_the_outlets_of_its_documents_and_their_copies(tmp_path):
    first, second = _talks("one.txt", "Harbour Times"), _talks("two.txt", "Valley Post")
    store = _ledger(tmp_path / "l.db", [first, second],
                    [(first, _copy_of(first, "Coast Courier")), (first, _copy_of(first, "Lake Herald"))])
    [group] = [g.summary() for g in same_events(store)]
    assert group["documents"] == 2 and group["mentions"] == 2  # copies add no report
    assert group["sources"] == 4
    assert group["outlets"] == ["Coast Courier", "Harbour Times", "Lake Herald", "Valley Post"]


def test_a_copy_from_the_original_outlet_adds_no_source_and_a_copy_alone_makes_no_group(tmp_path):
    first = _talks("one.txt", "Harbour Times")
    store = _ledger(tmp_path / "l.db", [first], [(first, _copy_of(first, "Harbour Times")), (first, _copy_of(first, "Coast Courier"))])
    assert same_events(store) == []  # one report, however many outlets print it
    second = _talks("two.txt", "Harbour Times")
    store.save(second)
    [group] = same_events(store)
    assert group.sources == 2  # Harbour Times (both reports and one copy) and Coast Courier


def test_each_side_of_a_disagreement_lists_the_outlets_that_printed_it(tmp_path):
    said, denied = _talks("one.txt", "Harbour Times", "claimed"), _talks("two.txt", "Valley Post", "negated")
    store = _ledger(tmp_path / "l.db", [said, denied], [(said, _copy_of(said, "Coast Courier"))])
    [found] = disagreements(store)
    assert {side["status"]: side["outlets"] for side in found["sides"]} == {
        "claimed": ["Harbour Times", "Coast Courier"], "negated": ["Valley Post"]}
    assert found["event"]["sources"] == 3
