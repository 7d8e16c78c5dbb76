"""A page that shows only a total counts what the facet counts call the total, whatever the filter."""

from __future__ import annotations

from newsledger.analysis.filters import EventFilter, count_events, facet_counts
from tests.analysis.dyad_ledger import build


def test_the_count_of_events_is_the_facets_total_for_every_filter(tmp_path):
    store = build(tmp_path / "l.db")
    filters = [EventFilter(), EventFilter(actors=("CHN",)), EventFilter(actors=("CHN",), rollup=False),
               EventFilter(pair=("CHN", "RUS"), statuses=("occurred", "negated")), EventFilter(outlet="wire"),
               EventFilter(undated=True), EventFilter(since="2024-01", until="2024-03")]
    totals = [count_events(store, f) for f in filters]
    assert totals == [facet_counts(store, f)["total"] for f in filters]
    assert totals[0] == 9 and totals[1] > totals[2] > 0  # China's people and bodies count under it when rolled up
