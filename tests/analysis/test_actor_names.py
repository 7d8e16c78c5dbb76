"""One rule reads an actor's name in every filter: id, then name or alias, then the start of a word, the most
mentioned winning; a state's code stays an id; anything else is no actor."""

from __future__ import annotations

import pytest

from newsledger.analysis.actor_index import resolve_actor
from newsledger.analysis.filters import find_actors
from newsledger.records import Actor, Mention
from tests.analysis.dyad_ledger import _report

ACTORS = {a.actor_id: a for a in [
    Actor("wang-yi", "Wang Yi", "person", "CHN", "CHNGOV", aliases=["Foreign Minister Wang"]),
    Actor("wang-wenbin", "Wang Wenbin", "person", "CHN", "CHNGOV"),
    Actor("RUS", "Russia", "state", "RUS", "RUS"),
]}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from newsledger.store import Store

    store = Store(str(tmp_path_factory.mktemp("names") / "ledger.db"))
    lines = [("Wang Yi met Russian diplomats on Monday.", ("met", "040", "CONSULT", 1.0, 1, "occurred", "wang-yi", "RUS", "2024-01-08")),
             ("Wang Yi and spokesman Wang Wenbin spoke later.", ("spoke", "010", "STATEMENT", 0.0, 1, "occurred", "wang-wenbin", None, "2024-01-08"))]
    report = _report("wang.txt", "2024-01-09", "Wire", lines)
    report.actors = dict(ACTORS)
    text, second = report.article.text, report.sentences[1].start
    for start, surface, actor_id, sentence in [(text.index("Wang Yi"), "Wang Yi", "wang-yi", 0), (text.index("Wang Yi", second), "Wang Yi", "wang-yi", 1),
                                               (text.index("Wang Wenbin"), "Wang Wenbin", "wang-wenbin", 1)]:
        report.mentions.append(Mention(start, start + len(surface), surface, actor_id, sentence, "exact alias"))  # Wang Yi twice
    store.save(report)
    return store


def test_a_word_start_finds_the_most_mentioned_actor_and_names_the_others(store):
    match = resolve_actor(store, "wang")
    assert (match.actor_id, match.name, match.others) == ("wang-yi", "Wang Yi", ("wang-wenbin",))
    assert "also fits wang-wenbin" in match.note()
    assert resolve_actor(store, "Wenbin").actor_id == "wang-wenbin"


def test_an_id_or_a_full_name_or_alias_beats_a_word_start(store):
    assert resolve_actor(store, "wang-wenbin").actor_id == "wang-wenbin"
    assert resolve_actor(store, "wang wenbin").actor_id == "wang-wenbin"  # its name, though Wang Yi is mentioned more
    assert resolve_actor(store, "foreign minister wang").actor_id == "wang-yi"


def test_a_state_code_the_ledger_never_names_stays_an_id_and_a_stranger_is_no_actor(store):
    assert resolve_actor(store, "CHN").actor_id == "CHN"  # its people stand for it: the roll-up finds them
    stranger = resolve_actor(store, "Atlantis")
    assert stranger.actor_id is None and stranger.note() == "no actor named 'Atlantis'; see /actors"
    assert resolve_actor(store, "ang").actor_id is None  # never inside a word
    assert find_actors(store, "Wenbin, Atlantis ,") == ("wang-wenbin", "Atlantis")
