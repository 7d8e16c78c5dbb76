"""Disagreements: a source that says an event happened ('claimed') against one that says it did not."""

from __future__ import annotations

from newsledger.analysis.events import disagreements
from newsledger.records import Actor
from tests.analysis.dyad_ledger import ACTORS, _report

MORE = {a.actor_id: a for a in [Actor("HUN", "Hungary", "state", "HUN", "HUN"), Actor("POL", "Poland", "state", "POL", "POL")]}


def _ledger(path, reports):
    from newsledger.store import Store

    store = Store(str(path))
    for analysis in reports:
        analysis.actors.update(MORE)
        store.save(analysis)
    return store


def _condemn(source, published, status, actor, target, when):
    line = f"{'Hungary' if actor == 'HUN' else 'Poland'} condemned the move, {source} reported."  # one text per report
    return _report(source, published, source, [(line, ("condemned", "111", "DISAPPROVE", -2.0, 3, status, actor, target, when))])


def test_a_claimed_event_disagrees_with_a_negated_one_of_the_same_dyad_and_days(tmp_path):
    store = _ledger(tmp_path / "l.db", [_condemn("one.txt", "2024-02-01", "negated", "HUN", "RUS", "2024-02-01"),
                                        _condemn("two.txt", "2024-02-01", "claimed", "HUN", "RUS", "2024-02-02")])
    found = disagreements(store)
    assert [d["kind"] for d in found] == ["claimed vs negated"]
    assert {s["status"] for s in found[0]["sides"]} == {"claimed", "negated"}


def test_a_claim_about_another_dyad_or_weeks_apart_is_no_disagreement(tmp_path):
    store = _ledger(tmp_path / "l.db", [_condemn("one.txt", "2024-02-01", "negated", "HUN", "RUS", "2024-02-01"),
                                        _condemn("two.txt", "2024-02-01", "claimed", "POL", "RUS", "2024-02-01"),
                                        _condemn("three.txt", "2024-03-01", "claimed", "HUN", "RUS", "2024-03-01")])
    assert disagreements(store) == []


def test_planned_dates_disagree_only_when_they_cannot_be_one_time(tmp_path):
    """"In March" holds March 20: two sources that plan one act in March and on March 20 agree; March 20 and March
    22 do not."""
    store = _ledger(tmp_path / "l.db", [_condemn("one.txt", "2024-03-01", "planned", "HUN", "RUS", "2024-03"),
                                        _condemn("two.txt", "2024-03-02", "planned", "HUN", "RUS", "2024-03-20")])
    assert disagreements(store) == []
    store = _ledger(tmp_path / "m.db", [_condemn("one.txt", "2024-03-01", "planned", "HUN", "RUS", "2024-03-20"),
                                        _condemn("two.txt", "2024-03-02", "planned", "HUN", "RUS", "2024-03-22")])
    assert [d["kind"] for d in disagreements(store)] == ["different dates"]
