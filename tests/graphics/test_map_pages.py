"""/map and /network over the list's filters: counts agree with the timeline, markers and nodes link to it."""

import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest
from fastapi.testclient import TestClient

from newsledger.interfaces.web import create_app
from tests.graphics.ledger import build

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("maps") / "ledger.db"
    build(path).close()
    return TestClient(create_app(str(path)), base_url="http://localhost:8000")


def chart(page: str, cls: str) -> ET.Element:
    return ET.fromstring(re.search(rf'<svg[^>]*class="{cls}".*?</svg>', page, re.S).group(0))


def test_map_counts_agree_with_the_timeline_and_each_marker_lists_its_place(client):
    data = client.get("/api/map").json()
    assert data["total"] == client.get("/api/timeline").json()["total"]
    assert data["located"] == sum(p["count"] for p in data["places"]) < data["total"]  # one event has no place
    page = client.get("/map")
    assert page.status_code == 200
    links = chart(page.text, "world-map").findall(f".//{SVG}a")
    assert len(links) == len(data["places"]) == 3
    for place, link in zip(data["places"], links):
        listed = client.get(unescape(link.get("href")).replace("/timeline", "/api/timeline"))
        assert listed.json()["total"] == place["count"]
        assert all(e["location"] == place["name"] for e in listed.json()["events"])


def test_map_colours_a_place_by_what_happened_there_not_by_what_was_denied(client):
    moscow = next(p for p in client.get("/api/map").json()["places"] if p["name"] == "Moscow")
    assert moscow["quad_class"] == 1 and moscow["count"] == 3  # a planned visit counts, colours nothing
    kyiv = next(p for p in client.get("/api/map").json()["places"] if p["name"] == "Kyiv")
    assert kyiv["by_quad"] == {"3": 1, "4": 1} and kyiv["quad_class"] == 4  # a tie: the more conflictual class


def test_map_keeps_the_filters_in_its_markers_and_downloads(client):
    data = client.get("/api/map", params={"quad": "4"}).json()
    assert [p["name"] for p in data["places"]] == ["Kyiv"]
    page = client.get("/map", params={"quad": "4"}).text
    assert all("quad=4" in a.get("href") for a in chart(page, "world-map").findall(f".//{SVG}a"))
    download = client.get("/api/map", params={"quad": "4", "format": "svg"})
    assert download.headers["content-type"].startswith("image/svg+xml")
    assert "attachment" in download.headers["content-disposition"]
    assert len(ET.fromstring(download.text).findall(f".//{SVG}circle[@class='marker']")) == 1


def test_network_rolls_people_up_to_states_unless_asked_not_to(client):
    rolled = client.get("/api/network").json()
    assert {(e["source"], e["target"]) for e in rolled["edges"]} == {("CHN", "RUS"), ("RUS", "CHN"), ("RUS", "UKR"), ("UKR", "RUS"), ("USA", "CHN")}
    chn_rus = next(e for e in rolled["edges"] if (e["source"], e["target"]) == ("CHN", "RUS"))
    assert chn_rus["count"] == 3 and chn_rus["goldstein_mean"] == pytest.approx(1.0)  # the negated aid is counted, not scored
    named = client.get("/api/network", params={"rollup": "0"}).json()
    assert ("xi-jinping", "vladimir-putin") in {(e["source"], e["target"]) for e in named["edges"]}
    assert rolled["total"] == named["total"] == client.get("/api/timeline").json()["total"]


def test_network_page_links_each_actor_to_its_events(client):
    page = client.get("/network", params={"since": "2023-03-01"})
    assert page.status_code == 200
    hrefs = [unescape(a.get("href")) for a in chart(page.text, "network").findall(f".//{SVG}a")]
    assert hrefs and all("since=2023-03-01" in h for h in hrefs)
    assert any("actors=USA" in h for h in hrefs)
    svg = client.get("/api/network", params={"since": "2023-03-01", "format": "svg"})
    assert svg.headers["content-type"].startswith("image/svg+xml") and "<script" not in svg.text


def test_network_draws_only_the_busiest_pairs_and_says_so(client, monkeypatch):
    from newsledger.interfaces.web import maps

    monkeypatch.setattr(maps, "DRAWN_EDGES", 2)
    page = client.get("/network").text
    edges = chart(page, "network").findall(f".//{SVG}g[@class='edge']")
    assert {g.find(f"{SVG}title").text.split(":")[0] for g in edges} == {"CHN → RUS", "RUS → CHN"}  # 3 events, then the first tie by id
    assert "the 2 busiest of 5 pairs" in page


@pytest.mark.parametrize("place", ["99999999999999999999", "-1", "Moscow"])
def test_a_place_that_is_no_geonames_id_is_a_bad_request(client, place):
    response = client.get("/api/map", params={"place": place})
    assert response.status_code == 400 and "place" in response.json()["error"]
