"""One roll-up rule, one filter, and trends whose bins add up: on reports written for the purpose."""

from __future__ import annotations

import pytest

from newsledger.analysis.filters import EventFilter, facet_counts, find_events, period_of, trend
from newsledger.analysis.rollup import Rollup
from newsledger.errors import NewsledgerError
from tests.analysis.dyad_ledger import build


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build(tmp_path_factory.mktemp("dyads") / "ledger.db")


def test_people_ministries_and_militaries_count_under_their_states(store):
    rolled = find_events(store, EventFilter(pair=("CHN", "RUS")), limit=100)
    assert {(e["source"], e["target"]) for e in rolled} == {
        ("wang-yi", "sergei-lavrov"), ("RUSMIL", "CHN"), ("CHN", "RUS"), ("xi-jinping", "RUS"), ("RUSGOV", "CHN"), ("RUS", "CHN")}
    assert {frozenset((e["source_unit"], e["target_unit"])) for e in rolled} == {frozenset(("CHN", "RUS"))}
    as_named = find_events(store, EventFilter(pair=("CHN", "RUS"), rollup=False), limit=100)
    assert {(e["source"], e["target"]) for e in as_named} == {("CHN", "RUS"), ("RUS", "CHN")}


def test_a_person_counts_under_the_office_held_on_the_events_date(store):
    rollup = Rollup(store)
    assert rollup.unit("antonio-guterres", "2016-06-01") == "PRT"
    assert rollup.unit("antonio-guterres", "2018-06-01") == "IGOUNO"
    un_days = [e["day"] for e in find_events(store, EventFilter(actors=("IGOUNO",)))]
    portugal_days = [e["day"] for e in find_events(store, EventFilter(actors=("PRT",)))]
    assert un_days == ["2018-06-01"] and portugal_days == ["2016-06-01"]
    assert Rollup(store, enabled=False).unit("antonio-guterres", "2018-06-01") == "antonio-guterres"


def test_only_events_that_happened_count_as_cooperation_or_conflict(store):
    result = trend(store, EventFilter(pair=("CHN", "RUS")), "year")
    [year] = result["bins"]
    assert (year["q1"], year["q2"], year["q3"], year["q4"]) == (1, 1, 0, 0)  # the negated seizure is no conflict
    assert year["planned"] == 1 and year["unrealised"] == 1 and year["count"] == 4
    undated = result["undated"]
    assert (undated["q3"], undated["q4"], undated["unrealised"]) == (1, 0, 1)  # the hypothetical sanctions neither
    assert year["goldstein_mean"] == pytest.approx((1.0 + 6.4) / 2)  # of what happened only


def test_bins_cover_every_period_and_undated_events_are_counted(store):
    f = EventFilter(pair=("CHN", "RUS"))
    months = trend(store, f, "month")
    assert [b["period"] for b in months["bins"]] == ["2024-01", "2024-02", "2024-03", "2024-04", "2024-05"]
    assert [b["count"] for b in months["bins"]] == [2, 0, 0, 1, 1]
    assert months["undated"]["count"] == 2
    assert months["total"] == sum(b["count"] for b in months["bins"]) + months["undated"]["count"]
    assert months["total"] == facet_counts(store, f)["total"] == len(find_events(store, f, limit=100)) == 6
    assert [b["period"] for b in trend(store, f, "quarter")["bins"]] == ["2024-Q1", "2024-Q2"]
    weeks = [b["period"] for b in trend(store, f, "week")["bins"]]
    assert weeks[0] == "2024-W01" and weeks[-1] == "2024-W18" and len(weeks) == 18
    assert len(trend(store, f, "day")["bins"]) == 31 + 29 + 31 + 30 + 1  # 2024-01-01 to 2024-05-01
    undated = find_events(store, EventFilter(pair=("CHN", "RUS"), undated=True))
    assert {e["trigger"] for e in undated} == {"accused", "impose"}
    with pytest.raises(NewsledgerError, match="period 'decade'"):
        trend(store, f, "decade")


@pytest.mark.parametrize("day, period, key", [
    ("2023-03-20", "day", "2023-03-20"), ("2023-03-20", "week", "2023-W12"), ("2023-01-01", "week", "2022-W52"),
    ("2023-03-20", "month", "2023-03"), ("2023-11-02", "quarter", "2023-Q4"), ("2023-03-20", "year", "2023"),
    ("2023-03", "day", "2023-03-01"), ("2023", "quarter", "2023-Q1"),
])
def test_period_of_names_the_bin(day, period, key):
    assert period_of(day, period) == key


def test_facets_count_each_value_of_the_filtered_events(store):
    counts = facet_counts(store, EventFilter(actors=("RUS",), statuses=("occurred",)))
    assert counts["total"] == 5  # the talks, the grain deal, the accusation and both Guterres meetings
    assert counts["status"] == {"occurred": 5} and counts["undated"] == 1
    assert counts["outlet"] == {"Wire": 3, "Daily": 1, "Blog": 1}
    assert sum(counts["quad_class"].values()) == counts["total"]
