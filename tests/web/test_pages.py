"""Every page answers on whatever the ledger holds, has a JSON twin, and shows article text as text."""

from __future__ import annotations

import re

import pytest

from tests.web.conftest import HOSTILE


def _doc_ids(client):
    return [d["doc_id"] for d in client.get("/api/search", params={"q": "Xi"}).json()]


def test_search_finds_documents(client):
    page = client.get("/", params={"q": "Moscow talks"})
    assert page.status_code == 200
    assert "Xi arrives in Moscow" in page.text and "<mark>" in page.text
    assert len(_doc_ids(client)) == 3
    assert client.get("/", params={"q": '"unbalanced quote AND ('}).status_code == 200


def test_document_page_highlights_records(client):
    doc_id = next(d["doc_id"] for d in client.get("/api/search", params={"q": "arrived"}).json())
    page = client.get(f"/doc/{doc_id}")
    assert 'class="hl event"' in page.text and 'class="hl quote"' in page.text
    assert "held talks" in page.text
    data = client.get(f"/api/doc/{doc_id}").json()
    assert data["events"][0]["status"] == "occurred" and "raw" not in data


def test_event_actor_dyad_timeline_pages(client):
    events = client.get("/api/timeline").json()["events"]
    assert events[0]["status"] == "negated"  # "in March" sorts before the days of March
    assert sorted(e["status"] for e in events[1:]) == ["occurred", "planned"]
    event_id = events[0]["event_id"]
    assert "Goldstein" in client.get(f"/event/{event_id}").text
    actor = client.get("/actor/xi-jinping")
    assert actor.status_code == 200 and "Vladimir Putin" in actor.text
    dyad = client.get("/dyad", params={"a": "xi-jinping", "b": "vladimir-putin"})
    assert "<svg" in dyad.text and "2023-03" in dyad.text
    trend = client.get("/api/dyad", params={"a": "xi-jinping", "b": "vladimir-putin"}).json()["trend"]
    assert trend["bins"][0]["count"] == 3
    filtered = client.get("/api/timeline", params={"status": "negated"}).json()["events"]
    assert [e["status"] for e in filtered] == ["negated"]


def test_same_event_and_disagreements(client):
    groups = client.get("/api/same-events").json()["rows"]
    assert groups and groups[0]["documents"] == 3 and groups[0]["actors"] == ["CHN", "RUS"]  # people grouped by their country
    kinds = {d["kind"] for d in client.get("/api/disagreements").json()["rows"]}
    assert client.get("/api/disagreements", params={"outlet": "nowhere"}).json()["total"] == 0
    assert "negated vs occurred" in kinds and "negated vs planned" in kinds
    assert "Where sources disagree" in client.get("/disagreements").text


def test_forecast_resolution_form(client):
    [forecast] = client.get("/api/forecasts", params={"state": "open"}).json()["forecasts"]
    csrf_token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/forecasts").text).group(1)
    response = client.post(f"/forecasts/{forecast['forecast_id']}/resolve", data={"outcome": "true", "note": "visit took place", "csrf_token": csrf_token},
                           follow_redirects=False)
    assert response.status_code == 303
    assert client.get("/api/forecasts", params={"state": "open"}).json()["forecasts"] == []
    assert "came true" in client.get("/forecasts").text


def test_missing_records_are_404(client):
    assert client.get("/doc/nope").status_code == 404
    assert client.get("/api/event/nope").json()["ok"] is False
    assert client.get("/actor/nope").status_code == 404


PAGES = ["/", "/?q=researcher", "/timeline", "/forecasts", "/same-events", "/disagreements", "/actor/hostile-org",
         "/dyad?a=xi-jinping&b=hostile-org"]


@pytest.mark.parametrize("path", PAGES + ["DOC"])
def test_hostile_article_text_is_shown_as_text(client, path):
    if path == "DOC":
        path = "/doc/" + next(d["doc_id"] for d in client.get("/api/search", params={"q": "researcher"}).json())
    html = client.get(path).text
    assert "<script>alert" not in html and "<img src=x" not in html
    if path.startswith(("/doc", "/actor", "/?q")):
        assert "&lt;script&gt;" in html or "&lt;img" in html


def test_briefing_escapes_and_is_self_contained(web_ledger, tmp_path):
    from newsledger.interfaces.report import write_briefing
    from newsledger.store import Store

    path = write_briefing(Store(str(web_ledger)), tmp_path / "briefing.html", ["xi-jinping", "vladimir-putin"], "2023-01-01")
    html = path.read_text()
    assert "<script" not in html and "<img src=x" not in html
    assert "<svg" in html and "We are ready to stand guard" in html
    assert not re.search(r'<(link|script)[^>]+(src|href)=', html)
    assert "negated vs occurred" in html


def test_document_meta_leaves_out_empty_fields_and_offers_a_jump_to_the_records(client):
    doc_id = next(d["doc_id"] for d in client.get("/api/search", params={"q": "arrived"}).json())
    page = client.get(f"/doc/{doc_id}").text
    meta = re.search(r'<p class="meta">(.*?)</p>', page, re.S).group(1)
    assert "·  ·" not in meta and "· ·" not in meta  # no author, outlet or dateline: no empty slots
    assert 'href="#records"' in page and 'id="records"' in page
