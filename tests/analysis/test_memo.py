"""The ledger's memo: counts are computed once while the ledger is unchanged, and again after any commit,
whichever connection or process makes it."""

from __future__ import annotations

from newsledger.analysis.filters import EventFilter, facet_counts
from newsledger.analysis.memo import memo_of
from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Sentence
from newsledger.store import Store

ACTORS = {"TUR": Actor("TUR", "Turkey", "state", "TUR", "TUR"), "GRC": Actor("GRC", "Greece", "state", "GRC", "GRC")}


def _report(store: Store, source: str, line: str, status: str) -> None:
    analysis = Analysis(article_from_text(source, line, [], title=source, published="2024-06-03"), actors=dict(ACTORS))
    analysis.sentences.append(Sentence(0, 0, len(line)))
    at = line.index("met")
    analysis.events.append(Event(0, "met", at, at + 3, "040", "CONSULT", 1.0, 1, status, "TUR", "GRC", "2024-06-03"))
    store.save(analysis)


def test_counts_are_kept_until_another_connection_commits(tmp_path):
    path = str(tmp_path / "ledger.db")
    reader, writer = Store(path), Store(path)
    _report(writer, "athens.txt", "The Turkish foreign minister met his Greek counterpart in Athens on Monday.", "occurred")
    first = facet_counts(reader, EventFilter())
    assert facet_counts(reader, EventFilter()) is first  # the memo's copy, not a second count
    assert first["total"] == 1
    _report(writer, "ankara.txt", "Officials said the ministers met again in Ankara to prepare a summit.", "claimed")
    again = facet_counts(reader, EventFilter())
    assert again["total"] == 2 and again["status"] == {"occurred": 1, "claimed": 1}


def test_an_in_memory_ledger_is_counted_every_time():
    store = Store("sqlite://")
    assert memo_of(store).get("f", "key", lambda: object()) is not memo_of(store).get("f", "key", lambda: object())


def test_a_function_keeps_its_most_recent_results(tmp_path):
    store = Store(str(tmp_path / "ledger.db"))
    memo = memo_of(store)
    first = memo.get("f", 1, lambda: [1], keep=2)
    memo.get("f", 2, lambda: [2], keep=2)
    assert memo.get("f", 1, lambda: None, keep=2) is first  # still kept, and now the most recent
    memo.get("f", 3, lambda: [3], keep=2)
    assert memo.get("f", 2, lambda: "again", keep=2) == "again"  # the least recent went first
