"""Analysis views count a page's current version only, and an outlet filter finds what an outlet printed as a
near-duplicate copy. An older version stays stored and readable by its id."""

from __future__ import annotations

from newsledger.analysis.events import same_events
from newsledger.analysis.filters import EventFilter, facet_counts, find_events, trend
from newsledger.analysis.forecasts import ForecastFilter, find_forecasts, list_forecasts
from newsledger.analysis.quotes import QuoteFilter, find_quotes
from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Forecast, Quote
from newsledger.store import Store
from tests.analysis.dyad_ledger import _report

MEETING = ("Russia and China held talks in Astana on Monday.", ("held talks", "040", "CONSULT", 1.0, 1, "occurred", "RUS", "CHN", "2024-06-03"))


def _page(closing: str, outlet: str = "Steppe Daily") -> Analysis:
    """One web page as fetched on two days: the same URL (so the same version key), one sentence edited."""
    analysis = _report("https://steppe.example/talks", "2024-06-03", outlet, [MEETING, (closing, MEETING[1])])
    analysis.article.url = "https://steppe.example/talks"
    said = len(MEETING[0]) + 1
    analysis.quotes.append(Quote(1, said, said + len(closing), closing, "direct", "RUS"))
    analysis.forecasts.append(Forecast(1, "RUS", "Russia", "will", 0.8, "talks resume", "2024-07"))
    return analysis


def _versions(tmp_path) -> tuple[Store, str, str]:
    store = Store(str(tmp_path / "l.db"))
    old, new = _page("They held talks late into the night."), _page("They held talks late into the night, officials said.")
    store.save(old)
    store.save(new)
    return store, old.article.doc_id, new.article.doc_id


def test_a_superseded_version_stays_readable_but_counts_in_no_view(tmp_path):
    store, old, new = _versions(tmp_path)
    assert store.document(new)["previous_id"] == old
    assert len(store.document(old)["events"]) == 2  # kept, and shown on its own page
    everything = EventFilter(rollup=False)
    assert facet_counts(store, everything)["total"] == 2
    assert {e["doc_id"] for e in find_events(store, everything)} == {new}
    assert trend(store, EventFilter(pair=("RUS", "CHN"), rollup=False), "month")["total"] == 2
    assert all(g.documents == 1 for g in same_events(store))  # a page and its own older version are not two reports
    assert {q["doc_id"] for q in find_quotes(store, QuoteFilter(rollup=False))} == {new}
    assert {f["doc_id"] for f in find_forecasts(store, ForecastFilter(as_of="2024-06-10"))[0]} == {new}
    assert {f["doc_id"] for f in list_forecasts(store)} == {new}
    assert {e["doc_id"] for e in find_events(store, EventFilter(doc_id=old, rollup=False))} == {old}  # asked for by id


def test_the_outlet_filter_finds_the_records_an_outlet_printed_as_a_copy(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    original = _page("They held talks late into the night.", outlet="Harbour Wire")
    store.save(original)
    copy = Analysis(article_from_text("copy.txt", original.article.text + "\nReprinted with permission.", [],
                                      title="Talks in Astana", published="2024-06-03", outlet="Coast Courier"))
    store.save(copy, copy_of=original.article.doc_id)
    for outlet in ("Coast Courier", "coast", "Harbour Wire"):
        assert facet_counts(store, EventFilter(outlet=outlet, rollup=False))["total"] == 2
        assert {e["doc_id"] for e in find_events(store, EventFilter(outlet=outlet, rollup=False))} == {original.article.doc_id}
        assert len(find_quotes(store, QuoteFilter(outlet=outlet, rollup=False))) == 1
    assert facet_counts(store, EventFilter(outlet="Lake Herald", rollup=False))["total"] == 0
