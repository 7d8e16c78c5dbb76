"""Lists, facets, paging and the dyad page on reports written for the purpose (tests/analysis/dyad_ledger)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from newsledger.interfaces.web import create_app
from newsledger.interfaces.web.common import PAGE_SIZE
from tests.analysis.dyad_ledger import build


@pytest.fixture(scope="module")
def dyads(tmp_path_factory):
    path = tmp_path_factory.mktemp("dyads") / "ledger.db"
    build(path).close()
    return TestClient(create_app(str(path)), base_url="http://localhost:8000")


def _chart_total(html: str) -> int:
    return sum(int(n) for n in re.findall(r"<title>[^<:]+: (\d+) (?!mean)[^<]*</title>", html))


@pytest.mark.parametrize("params", [{}, {"rollup": "0"}, {"period": "week"}, {"status": "occurred"}, {"period": "year", "outlet": "wire"}])
def test_the_dyad_pages_headline_chart_table_and_list_agree(dyads, params):
    page = dyads.get("/dyad", params={"a": "China", "b": "Russia", **params}).text
    headline = int(re.search(r'<strong class="total">(\d+)</strong>', page).group(1))
    table_total = int(re.search(r'<td class="chart-total">(\d+)</td>', page).group(1))
    listed = len(re.findall(r'<tr class="status-', page))
    assert headline == table_total == _chart_total(page) == listed
    assert headline == dyads.get("/api/dyad", params={"a": "CHN", "b": "RUS", **params}).json()["total"]
    expected = {(): 6, ("rollup",): 2, ("period",): 6, ("status",): 3, ("outlet", "period"): 2}[tuple(sorted(params))]
    assert headline == expected


def test_the_dyad_title_names_its_period_and_empty_periods_are_bars_of_none(dyads):
    page = dyads.get("/dyad", params={"a": "CHN", "b": "RUS", "period": "quarter"}).text
    assert "events per quarter" in page and "2024-Q1" in page and "2024-Q2" in page
    months = dyads.get("/api/dyad", params={"a": "CHN", "b": "RUS"}).json()["trend"]
    assert [b["count"] for b in months["bins"]] == [2, 0, 0, 1, 1] and months["undated"]["count"] == 2
    assert "undated" in dyads.get("/dyad", params={"a": "CHN", "b": "RUS"}).text


def test_facet_links_and_paging_links_keep_every_filter(dyads):
    page = dyads.get("/timeline", params={"actors": "Russia", "outlet": "wire", "rollup": "0", "sort": "-date"}).text
    links = [l.replace("&amp;", "&") for l in re.findall(r'href="(/timeline\?[^"]+)"', page)]
    assert links
    for link in links:
        query = parse_qs(urlsplit(link).query)
        assert query["actors"] == ["Russia"] and query["rollup"] == ["0"] and query["sort"] == ["-date"]
        assert query["outlet"] in (["wire"], ["Wire"])  # an outlet's facet link names the outlet as stored
    assert any(parse_qs(urlsplit(link).query).get("status") == ["occurred"] for link in links)


def test_paging_keeps_the_filters_and_counts_the_whole_list(tmp_path):
    from tests.analysis import dyad_ledger

    store = dyad_ledger.build(tmp_path / "many.db")
    for n in range(PAGE_SIZE):  # one more report per day, so that the list runs past a page
        store.save(dyad_ledger._report(f"day{n}.txt", f"2024-03-{n % 28 + 1:02d}", "Wire", [
            (f"China and Russia held talks on grain for the {n + 1}th time.", ("held talks", "040", "CONSULT", 1.0, 1, "occurred", "CHN", "RUS", None))]))
    client = TestClient(create_app(str(tmp_path / "many.db")), base_url="http://localhost:8000")
    first = client.get("/timeline", params={"a": "CHN", "b": "RUS", "status": "occurred"}).text
    assert f"1–{PAGE_SIZE} of {PAGE_SIZE + 3}" in first
    later = re.search(r'<a rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(later).query) == {"a": ["CHN"], "b": ["RUS"], "status": ["occurred"], "page": ["2"]}
    second = client.get(later).text
    assert f"{PAGE_SIZE + 1}–{PAGE_SIZE + 3} of {PAGE_SIZE + 3}" in second and 'rel="prev"' in second


def test_actors_are_found_by_name_or_alias_never_inside_a_word(dyads):
    found = dyads.get("/api/actors", params={"q": "xi"}).json()
    assert [a["name"] for a in found["actors"]] == ["Xi Jinping"] and found["total"] == 1  # not Mexico
    assert [a["actor_id"] for a in dyads.get("/api/actors", params={"q": "foreign min"}).json()["actors"]] == ["wang-yi"]
    index = dyads.get("/actors").text
    assert index.index("Russia") < index.index("Germany")  # most events first
    assert 'data-autocomplete="actor-names"' in dyads.get("/timeline").text


def test_an_actor_named_in_a_filter_is_found_by_name_and_rolled_up(dyads):
    by_name = dyads.get("/api/timeline", params={"actors": "President Xi"}).json()
    assert [e["source"] for e in by_name["events"]] == ["xi-jinping"]
    china = dyads.get("/api/timeline", params={"actors": "China", "undated": "1"}).json()
    assert china["total"] == 2 and {e["source_unit"] for e in china["events"]} == {"RUS"}
    assert dyads.get("/api/timeline", params={"actors": "Atlantis"}).json()["total"] == 0


def test_same_event_and_disagreement_lists_take_the_same_filters(client):
    assert client.get("/api/same-events", params={"actors": "CHN"}).json()["total"] == 1  # Xi's visit, rolled up to China
    assert client.get("/api/same-events", params={"status": "negated"}).json()["total"] == 0  # one report alone is no group
    assert client.get("/api/disagreements", params={"a": "CHN", "b": "RUS"}).json()["total"] >= 2
    assert client.get("/api/disagreements", params={"since": "2024-01-01"}).json() == {"total": 0, "page_no": 1, "page_size": PAGE_SIZE, "rows": []}
    page = client.get("/same-events", params={"actors": "CHN"}).text
    assert 'name="actors" value="CHN"' in page and "<strong>1</strong>" in page


def test_the_filter_form_offers_every_status_and_keeps_the_chosen(client):
    page = client.get("/timeline", params={"status": ["planned", "negated"]}).text
    assert len(re.findall(r'<input type="checkbox" name="status" value="[a-z]+"', page)) == 7
    assert re.findall(r'name="status" value="([a-z]+)" checked', page) == ["planned", "negated"]


def test_a_submitted_form_with_empty_boxes_is_no_filter(client):
    empty = {"actors": "", "a": "", "b": "", "root": "", "plover": "", "quad": "", "outlet": "", "since": "", "until": "", "sort": "date"}
    assert client.get("/api/timeline", params=empty).json()["total"] == 3
    assert client.get("/api/timeline", params={**empty, "quad": "1"}).json()["total"] == 3
    assert client.get("/api/timeline", params={"quad": "5"}).status_code == 400
    assert client.get("/api/forecasts", params={"p_min": "", "p_max": "", "state": ""}).status_code == 200


@pytest.mark.parametrize("actor", ["CHN", "RUS", "xi-jinping", "antonio-guterres"])
def test_an_actor_pages_counterpart_counts_are_what_the_dyad_page_shows(dyads, actor):
    data = dyads.get(f"/api/actor/{actor}").json()
    assert data["counterparts"]
    for c in data["counterparts"]:
        assert dyads.get("/api/dyad", params={"a": actor, "b": c["other"]}).json()["total"] == c["events"], c
    china = dyads.get("/api/actor/CHN").json()
    assert china["counterparts"][0] == {"other": "RUS", "events": 6, "goldstein_mean": pytest.approx((1.0 - 9.2 + 6.4 + 1.9 - 2.0 - 8.0) / 6)}
    assert china["total"] == 6 and len(china["events"]) == 6  # the people and bodies that stand for China included


def test_the_same_event_page_points_to_the_undated_events_it_cannot_group(dyads):
    data = dyads.get("/api/same-events", params={"a": "CHN", "b": "RUS"}).json()
    assert data["undated"] == 2
    page = dyads.get("/same-events", params={"a": "CHN", "b": "RUS"}).text
    link = re.search(r'<a href="(/timeline\?[^"]+)">2 undated events</a>', page).group(1).replace("&amp;", "&")
    assert dyads.get(link.replace("/timeline", "/api/timeline")).json()["total"] == 2
