"""The web app refuses bad parameters, foreign hosts and cross-site writes, in one error shape, and sends
its security headers on every response (issue 11)."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsledger.analysis import forecasts as forecast_ledger
from newsledger.interfaces.web import create_app, serving_policy
from newsledger.records import Actor, Event, Forecast
from tests.web.conftest import _analysis, _span, build_ledger

COUNCIL = Actor("un/security-council", "UN Security Council", "igo", None, "IGOUNO")
BASE = "http://localhost:8000"
SAME_SITE = {"Origin": BASE}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    """The hand-built ledger, plus a report from an outlet whose name holds '_' and '%' about an actor
    whose id holds '/', with a forecast naming it."""
    path = tmp_path_factory.mktemp("hardening") / "ledger.db"
    store = build_ledger(path)
    report = _analysis("wire.txt", ["Vladimir Putin wrote to the UN Security Council on Tuesday.",
                                    "The council will meet again next week, diplomats expect."], "2023-03-21", "Putin writes to the council")
    report.article.outlet = "Wire_50%"
    report.actors[COUNCIL.actor_id] = COUNCIL
    v = _span(report, 0, "wrote")
    report.events = [Event(0, "wrote", v[0], v[1], "010", "STATEMENT", 0.0, 1, "occurred", "vladimir-putin",
                           COUNCIL.actor_id, "2023-03-21", None, "on Tuesday", None, 0.8, "trigger wrote")]
    report.forecasts = [Forecast(1, None, "diplomats", "expect", 0.7, "The council will meet again", "2023-03-28",
                                 actors=[COUNCIL.actor_id])]
    store.save(report)
    store.close()
    return path


@pytest.fixture()
def client(ledger):
    return TestClient(create_app(str(ledger)), base_url=BASE)


def _shape(response, status: int) -> str:
    """The error message, after checking the response has the one error shape for its kind."""
    assert response.status_code == status
    if response.headers["content-type"].startswith("application/json"):
        body = response.json()
        assert set(body) == {"ok", "error", "status"} and body["ok"] is False and body["status"] == status
        assert body["error"] and "\n" not in body["error"]
        return body["error"]
    assert f"<h1>{status}</h1>" in response.text
    return re.search(r'<p class="error">(.+?)</p>', response.text).group(1)


def _csrf(client) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', client.get("/forecasts").text).group(1)


def _forecast_id(client, text: str) -> str:
    return next(f["forecast_id"] for f in client.get("/api/forecasts").json()["forecasts"] if text in f["proposition"])


@pytest.mark.parametrize("page_no", ["0", "-1", "99999999999999999999", "two"])
def test_bad_page_numbers_are_400_on_pages_and_api(client, page_no):
    for path in ("/", "/api/search", "/timeline", "/api/timeline", "/actor/xi-jinping", "/api/actor/xi-jinping"):
        message = _shape(client.get(path, params={"q": "Moscow", "page_no": page_no}), 400)
        assert "page_no" in message


def test_nul_in_any_query_or_path_parameter_is_400(client):
    for url in ("/?q=Mos%00cow", "/api/timeline?outlet=%00", "/api/dyad?a=xi-jinping&b=%00", "/doc/%00",
                "/api/actor/xi%00", "/api/event/e%00", "/api/forecasts?state=%00"):
        assert "NUL" in _shape(client.get(url), 400)


def test_other_bad_parameters_are_400_naming_the_parameter(client):
    assert "period" in _shape(client.get("/api/dyad", params={"a": "xi-jinping", "b": "vladimir-putin", "period": "decade"}), 400)
    assert "status" in _shape(client.get("/timeline", params={"status": "rumoured"}), 400)
    assert "since" in _shape(client.get("/api/timeline", params={"since": "last spring"}), 400)
    assert "b" in _shape(client.get("/api/dyad", params={"a": "xi-jinping"}), 400)  # FastAPI's 422 becomes this 400
    assert "q" in _shape(client.get("/api/search", params={"q": "visit " * 300}), 400)


def test_every_error_status_has_one_shape_in_json_and_html(client):
    assert _shape(client.get("/api/nowhere"), 404) == _shape(client.get("/nowhere"), 404)
    assert _shape(client.get("/api/doc/0000000000000000"), 404) == _shape(client.get("/doc/0000000000000000"), 404)
    assert _shape(client.put("/api/search", params={"q": "Moscow"}), 405)
    assert client.put("/api/search").headers["allow"] == "GET"
    assert _shape(client.delete("/forecasts"), 405)


def test_a_failure_inside_a_page_is_a_500_in_the_same_shape(client, monkeypatch):
    from newsledger.analysis import events

    def broken(store, **filters):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(events, "same_events", broken)
    for path in ("/api/same-events", "/same-events"):
        response = client.get(path)
        assert "disk on fire" not in _shape(response, 500)
        assert response.headers["x-frame-options"] == "DENY"


def test_a_database_failure_is_a_503_saying_what_failed(client, monkeypatch):
    from newsledger.analysis import events
    from newsledger.errors import LedgerError

    def locked(store, **filters):
        raise LedgerError("ledger.db: the database is locked by another process; try again")

    monkeypatch.setattr(events, "disagreement_pairs", locked)  # what the page reads
    assert "locked" in _shape(client.get("/api/disagreements"), 503)
    assert "locked" in _shape(client.get("/disagreements"), 503)


def test_ids_match_exactly_and_like_wildcards_are_plain_characters(client, ledger):
    doc_id = client.get("/api/search", params={"q": "council"}).json()[0]["doc_id"]
    assert client.get(f"/api/doc/{doc_id}").json()["doc_id"] == doc_id
    assert client.get(f"/api/doc/{doc_id[:6]}").json()["doc_id"] == doc_id  # a unique start of the id, as the CLI takes it
    for wrong in ("%", "_" * len(doc_id), doc_id[:-1] + "_", "_" + doc_id[1:6]):
        _shape(client.get(f"/api/doc/{wrong}"), 404)
    assert [e["outlet"] for e in client.get("/api/timeline", params={"outlet": "wire_50%"}).json()["events"]] == ["Wire_50%"]
    assert client.get("/api/timeline", params={"outlet": "W%50"}).json()["events"] == []
    _shape(client.get("/api/actor/%25"), 404)

    from newsledger.interfaces.curation import list_actors
    from newsledger.store import Store

    store = Store(str(ledger))
    assert list(list_actors(store, search="security-c")["actor_id"]) == [COUNCIL.actor_id]
    assert list_actors(store, search="%").empty and list_actors(store, search="xi_jinping").empty
    assert [f["proposition"] for f in forecast_ledger.list_forecasts(store, actor=COUNCIL.actor_id)] == ["The council will meet again"]
    assert forecast_ledger.list_forecasts(store, actor="un/%") == []
    assert forecast_ledger.list_forecasts(store, forecaster="%") == []


def test_an_actor_id_holding_a_slash_has_a_reachable_page(client):
    timeline = client.get("/timeline", params={"actors": COUNCIL.actor_id}).text
    assert 'href="/actor/un/security-council"' in timeline
    page = client.get("/actor/un/security-council")
    assert page.status_code == 200 and "<h1>UN Security Council</h1>" in page.text
    assert "The council will meet again" in page.text  # its forecast, found by exact id in the JSON list
    assert client.get("/api/actor/un%2Fsecurity-council").json()["actor"]["name"] == "UN Security Council"


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost", "LOCALHOST:9999", "[::1]:8000"])
def test_the_hosts_a_local_server_was_started_for_are_answered(ledger, host):
    hosts, token = serving_policy("127.0.0.1")
    assert token is None
    response = TestClient(create_app(str(ledger), hosts)).get("/api/forecasts", headers={"Host": host})
    assert response.status_code == 200


@pytest.mark.parametrize("host", ["attacker.example", "localhost.attacker.example:8000", "127.0.0.1.nip.io", "0.0.0.0:8000", ""])
def test_other_host_headers_are_refused(ledger, host):
    app = create_app(str(ledger), serving_policy("127.0.0.1")[0])
    _shape(TestClient(app).get("/api/forecasts", headers={"Host": host}), 400)
    assert "does not answer" in _shape(TestClient(app).get("/timeline", headers={"Host": host}), 400)


def test_allow_host_adds_a_name_and_a_wide_bind_needs_a_write_token(ledger):
    hosts, token = serving_policy("0.0.0.0", ["ledger.example.org"])
    assert "ledger.example.org" in hosts and "0.0.0.0" not in hosts and len(token) >= 16
    assert serving_policy("0.0.0.0", write_token="chosen")[1] == "chosen"
    assert serving_policy("192.168.1.20")[0][-1] == "192.168.1.20" and serving_policy("192.168.1.20")[1]
    client = TestClient(create_app(str(ledger), hosts, token), base_url="http://ledger.example.org:8000")
    assert client.get("/api/forecasts").status_code == 200


def test_security_headers_on_every_response(client):
    responses = [client.get("/"), client.get("/api/timeline"), client.get("/static/app.js"), client.get("/nowhere"),
                 client.get("/api/search", params={"page_no": 0}), client.get("/", headers={"Host": "attacker.example"}),
                 client.post("/forecasts/x/resolve", data={"outcome": "true"})]
    for response in responses:
        csp = response.headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        assert response.headers["referrer-policy"] == "same-origin"


def test_pages_have_no_inline_script_or_style_for_the_policy_to_block(client):
    doc_id = client.get("/api/search", params={"q": "researcher"}).json()[0]["doc_id"]
    for path in ("/", "/forecasts", "/timeline", f"/doc/{doc_id}", "/actor/xi-jinping",
                 "/dyad?a=xi-jinping&b=vladimir-putin&status=occurred", "/nowhere"):
        html = client.get(path).text
        assert not re.search(r"<script(?![^>]*\ssrc=)", html), path
        assert not re.search(r"<[a-z][^>]*\s(style|on[a-z]+)=", html), path


def test_resolving_needs_this_sites_form(client):
    forecast_id = _forecast_id(client, "council")
    url = f"/forecasts/{forecast_id}/resolve"
    token = _csrf(client)
    assert "reload the page" in _shape(client.post(url, data={"outcome": "true"}), 403)
    assert "reload the page" in _shape(client.post(url, data={"outcome": "true", "csrf_token": token + "x"}), 403)
    for foreign in ({"Origin": "https://attacker.example"}, {"Origin": "null"}, {"Referer": "https://attacker.example/page"}):
        assert "own pages" in _shape(client.post(url, data={"outcome": "true", "csrf_token": token}, headers=foreign), 403)
    assert client.get("/api/forecasts", params={"state": "resolved"}).json()["forecasts"] == []
    accepted = client.post(url, data={"outcome": "true", "csrf_token": token}, headers=SAME_SITE, follow_redirects=False)
    assert accepted.status_code == 303


def test_a_resolution_is_replaced_only_when_the_form_says_so(client):
    forecast_id = _forecast_id(client, "Xi Jinping")
    url = f"/forecasts/{forecast_id}/resolve"
    token = _csrf(client)
    assert client.post(url, data={"outcome": "false", "note": "postponed", "csrf_token": token}, headers=SAME_SITE).status_code == 200
    assert "replace=1" in _shape(client.post(url, data={"outcome": "true", "csrf_token": token}, headers=SAME_SITE), 409)
    [kept] = [f for f in client.get("/api/forecasts").json()["forecasts"] if f["forecast_id"] == forecast_id]
    assert kept["outcome"] is False and kept["note"] == "postponed"
    assert 'name="replace" value="1"' in client.get("/forecasts").text  # a resolved row offers an explicit change
    client.post(url, data={"outcome": "true", "note": "visit took place", "replace": "1", "csrf_token": token}, headers=SAME_SITE)
    [changed] = [f for f in client.get("/api/forecasts").json()["forecasts"] if f["forecast_id"] == forecast_id]
    assert changed["outcome"] is True and changed["note"] == "visit took place"


def test_only_http_evidence_urls_or_document_ids_are_accepted(client, ledger):
    forecast_id = _forecast_id(client, "council")
    url = f"/forecasts/{forecast_id}/resolve"
    token = _csrf(client)
    for bad in ("javascript:alert(document.cookie)", " JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "https:no-host", "no such document"):
        message = _shape(client.post(url, data={"outcome": "true", "csrf_token": token, "evidence": bad, "replace": "1"}, headers=SAME_SITE), 400)
        assert "http(s) URL" in message
    doc_id = client.get("/api/search", params={"q": "council"}).json()[0]["doc_id"]
    for good, link in (("https://example.org/council-minutes", 'href="https://example.org/council-minutes"'), (doc_id, f'href="/doc/{doc_id}"')):
        client.post(url, data={"outcome": "true", "csrf_token": token, "evidence": good, "replace": "1"}, headers=SAME_SITE)
        assert link in client.get("/forecasts", params={"state": "resolved"}).text
    from newsledger.store import Store, schema

    with Store(str(ledger)).transaction() as conn:  # as a ledger written before evidence was checked may hold
        conn.execute(schema.resolutions.update().where(schema.resolutions.c.forecast_id == forecast_id).values(evidence="javascript:alert(1)"))
    assert "javascript:" not in client.get("/forecasts").text.replace("&#34;", "")


def test_a_server_beyond_localhost_needs_its_write_token(ledger):
    client = TestClient(create_app(str(ledger), write_token="s3cret-token"), base_url=BASE)
    forecast_id = _forecast_id(client, "council")
    url = f"/forecasts/{forecast_id}/resolve"
    assert 'name="write_token"' in client.get("/forecasts").text
    token = _csrf(client)
    for sent in ({}, {"write_token": "guess"}, {"write_token": "s3cret-tokén"}):
        data = {"outcome": "false", "replace": "1", "csrf_token": token, **sent}
        assert "write token" in _shape(client.post(url, data=data, headers=SAME_SITE), 403)
    data = {"outcome": "false", "replace": "1", "csrf_token": token, "write_token": "s3cret-token"}
    assert client.post(url, data=data, headers=SAME_SITE, follow_redirects=False).status_code == 303


def test_serve_takes_allow_host_and_answers_one_request_for_checks(ledger):
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    args = ["serve", "--db", str(ledger), "--host", "0.0.0.0", "--allow-host", "ledger.example.org", "--get", "/api/forecasts"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0 and "The council will meet again" in result.output


def test_a_date_filter_must_be_a_calendar_date(client):
    assert _shape(client.get("/api/timeline", params={"since": "2023-02-30"}), 400).startswith("since:")
    assert client.get("/api/timeline", params={"since": "2024-02-29"}).status_code == 200
