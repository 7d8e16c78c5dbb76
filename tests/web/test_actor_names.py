"""Every actor filter of the web app reads a name the same way, says what it read, and sees corrected aliases."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsledger.interfaces.web import create_app
from tests.web.conftest import build_ledger


def _client(path) -> TestClient:
    return TestClient(create_app(str(path)), base_url="http://localhost:8000")


@pytest.mark.parametrize("path, params, by_id", [
    ("/api/timeline", {"actors": "Putin"}, {"actors": "vladimir-putin"}),
    ("/api/timeline", {"actors": "xi"}, {"actors": "xi-jinping"}),
    ("/api/dyad", {"a": "Putin", "b": "Xi"}, {"a": "vladimir-putin", "b": "xi-jinping"}),
    ("/api/same-events", {"actors": "Jinping"}, {"actors": "xi-jinping"}),
    ("/api/quotes", {"speaker": "Putin"}, {"speaker": "vladimir-putin"}),
    ("/api/forecasts", {"actor": "Xi"}, {"actor": "xi-jinping"}),
])
def test_a_surname_filters_as_the_actor_id_does_and_the_answer_says_whom_it_read(client, path, params, by_id):
    named, exact = client.get(path, params=params).json(), client.get(path, params=by_id).json()
    assert named["total"] == exact["total"] > 0
    assert [m["actor_id"] for m in named["actors_resolved"]] == list(by_id.values())


def test_the_page_names_the_actor_read_and_an_unknown_name_points_to_the_actor_index(client):
    dyad = client.get("/dyad", params={"a": "Putin", "b": "Xi"}).text
    assert 'Putin: <a class="actor" href="/actor/vladimir-putin">Vladimir Putin</a>' in dyad and "No events between" not in dyad
    unknown = client.get("/timeline", params={"actors": "Atlantis"}).text
    assert """no actor named 'Atlantis'; see <a href="/actors">/actors</a>""" in unknown
    api = client.get("/api/quotes", params={"speaker": "Atlantis"}).json()
    assert api["total"] == 0 and api["actors_resolved"][0]["note"] == "no actor named 'Atlantis'; see /actors"
    assert "actors_resolved" not in client.get("/api/timeline").json()  # no names given, nothing to say


def test_an_alias_made_by_a_correction_is_found_listed_and_filters(tmp_path, cli):
    path = tmp_path / "ledger.db"
    build_ledger(path).close()
    assert cli("actors", "alias", "--db", path, "xi-jinping", "Chairman Xi").exit_code == 0
    found = cli("actors", "--db", path, "--search", "Chairman Xi")
    assert "xi-jinping" in found.stdout and "1 actor(s)" in found.stdout
    assert "Chairman Xi" in cli("actors", "show", "--db", path, "xi-jinping").stdout
    assert "Xi Jinping" in cli("actors", "show", "--db", path, "Jinping").stdout  # a name, read as the filters read it
    client = _client(path)
    assert [a["actor_id"] for a in client.get("/api/actors", params={"q": "Chairman"}).json()["actors"]] == ["xi-jinping"]
    assert "Chairman Xi" in client.get("/actors").text
    assert client.get("/api/timeline", params={"actors": "chairman xi"}).json()["actors_resolved"][0]["actor_id"] == "xi-jinping"


def test_an_actor_page_asked_for_by_name_redirects_to_the_actor_and_a_stranger_is_404(client):
    moved = client.get("/actor/Putin", follow_redirects=False)
    assert moved.status_code == 307 and moved.headers["location"] == "/actor/vladimir-putin"
    assert client.get("/api/actor/xi").json()["actor"]["actor_id"] == "xi-jinping"
    assert client.get("/actor/Atlantis").status_code == 404
