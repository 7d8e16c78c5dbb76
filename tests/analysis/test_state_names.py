"""A state's code or name reads as the state in every actor filter, whether or not the ledger ever names the
state itself: its government, officials and military count under it by the roll-up rule."""

from __future__ import annotations

import pytest

from newsledger.analysis.actor_index import resolve_actor
from newsledger.analysis.filters import EventFilter, find_events
from newsledger.records import Actor
from tests.analysis.dyad_ledger import _report

ACTORS = {a.actor_id: a for a in [
    Actor("BRA", "Brazil", "state", "BRA", "BRA"),
    Actor("ARGGOV", "Argentina government", "government", "ARG", "ARGGOV"),
    Actor("ARGMIL", "Argentina military", "military", "ARG", "ARGMIL"),
    Actor("PRK", "North Korea", "state", "PRK", "PRK"),
    Actor("KORGOV", "South Korea government", "government", "KOR", "KORGOV"),
]}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from newsledger.store import Store

    store = Store(str(tmp_path_factory.mktemp("states") / "ledger.db"))
    report = _report("pampas.txt", "2024-03-06", "Wire", [
        ("Brazil accused Argentine officials of blocking the river trade on Tuesday.",
         ("accused", "112", "ACCUSE", -2.0, 3, "occurred", "BRA", "ARGGOV", "2024-03-05")),
        ("Argentine troops held drills with Brazil near the border.",
         ("held drills", "061", "COOPERATE", 6.4, 2, "occurred", "ARGMIL", "BRA", "2024-03-05")),
        ("South Korean officials met North Korea's envoy.",
         ("met", "040", "CONSULT", 1.0, 1, "occurred", "KORGOV", "PRK", "2024-03-04")),
    ])
    report.actors = dict(ACTORS)
    store.save(report)
    return store


@pytest.mark.parametrize("term", ["ARG", "Argentina", "argentina", "Argentine Republic"])
def test_a_state_the_ledger_never_names_is_read_as_the_state(store, term):
    match = resolve_actor(store, term)
    assert (match.actor_id, match.name, match.others) == ("ARG", "Argentina", ())
    assert match.note() == f"{term}: Argentina (ARG)"


def test_the_pair_of_states_finds_their_bodies_events_and_without_rollup_only_the_state_as_named(store):
    pair = (resolve_actor(store, "Brazil").actor_id, resolve_actor(store, "Argentina").actor_id)
    rolled = find_events(store, EventFilter(pair=pair))
    assert sorted((e["source"], e["target"]) for e in rolled) == [("ARGMIL", "BRA"), ("BRA", "ARGGOV")]
    assert find_events(store, EventFilter(pair=pair, rollup=False)) == []


def test_one_korea_never_fits_the_other_first(store):
    for term in ("South Korea", "KOR", "Republic of Korea"):
        assert resolve_actor(store, term).actor_id == "KOR"
    assert resolve_actor(store, "North Korea").actor_id == "PRK"


def test_a_state_the_ledger_never_names_has_a_page_gathering_its_bodies(store):
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    client = TestClient(create_app(store.url), base_url="http://localhost:8000")  # a Host the app answers
    page = client.get("/actor/Argentina", follow_redirects=True)
    assert page.status_code == 200 and page.url.path == "/actor/ARG"
    assert "<h1>Argentina</h1>" in page.text and "2</strong> events" in page.text
    assert client.get("/actor/ZZZ").status_code == 404
