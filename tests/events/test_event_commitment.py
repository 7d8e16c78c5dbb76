"""Each event says whose commitment its status is: the author's, or the source that reports it."""

from __future__ import annotations

from newsledger.interfaces.coding import code_text


def _events(text: str) -> list:
    return code_text(text, published="2024-05-06").events


def test_an_act_the_article_asserts_is_the_authors():
    events = [e for e in _events("Ghana expelled two Nigerian diplomats on Friday.") if e.cameo.startswith("16")]
    assert events and all(e.commitment == "author" for e in events)


def test_an_act_a_named_official_reports_is_that_sources():
    events = _events("Norway will not send tanks to Georgia, the Norwegian defence minister said on Monday.")
    sent = [e for e in events if e.trigger == "send"]
    assert sent and all(e.commitment and e.commitment.startswith("source:") and "minister" in e.commitment for e in sent)


def test_a_cooperative_act_set_for_a_date_is_that_act_planned():
    events = _events("Portugal will withdraw its troops from Mozambique by the end of the year, the prime minister said.")
    withdrawn = [e for e in events if e.trigger == "withdraw"]
    assert [(e.cameo[:3], e.status, e.source, e.target) for e in withdrawn] == [("087", "planned", "PRT", "MOZ")]


def test_a_scheduled_act_with_a_date_is_that_act_planned_and_a_pledge_stays_an_intent():
    events = _events("Austria plans to send aid to Slovenia next week.")
    assert {(e.cameo[:2], e.status) for e in events if e.source == "AUT"} == {("07", "planned")}
    events = _events("Austria pledged to send aid to Slovenia next week.")
    assert {e.cameo[:2] for e in events if e.source == "AUT"} == {"03"}


def test_an_attack_agreed_or_promised_to_be_stopped_is_negated_not_planned_or_threatened():
    for text, trigger in [("Kurdish fighters agreed to stop attacking Turkish army posts.", "attacking"),
                          ("Moscow promised to stop shelling the Ukrainian port of Odesa.", "shelling"),
                          ("Hezbollah agreed to cease attacks on northern Israel.", "attacks")]:
        events = _events(text)
        assert [e.status for e in events if e.trigger == trigger] == ["negated"], text
        assert not any(e.cameo.startswith("13") for e in events), text
