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


def test_a_gerund_read_as_an_adjective_on_its_object_is_the_act_denied():
    # "denied beating protesters": "beating" parsed as an adjective on "protesters", the object of "denied"
    events = _events("Egyptian police denied beating protesters.")
    assert [(e.trigger, e.cameo[:2], e.status, e.source) for e in events] == [("beating", "18", "negated", "EGYCOP")]
    # "bombing" parsed as a noun compound: denied, and no denial of an attack (016) from the compound's lemma
    events = _events("Moscow denied bombing markets in Idlib.")
    assert [(e.trigger, e.cameo[:2], e.status, e.target) for e in events] == [("bombing", "18", "negated", "SYR")]


def test_an_attack_told_as_stopped_is_the_stopping_in_the_gerund_and_the_noun_form():
    # CAMEO codes the de-escalation ("stopped attacks": 0871), not the attack negated
    for text in ["Azerbaijani troops stopped shelling Armenian villages on Tuesday.",
                 "Azerbaijani troops have ceased attacks on Armenian villages.",
                 "Azerbaijani troops stopped attacks on Armenian villages."]:
        events = _events(text)
        assert [(e.cameo, e.status, e.source, e.target) for e in events] == [("0871", "occurred", "AZEMIL", "ARMCVL")], text
    events = _events("Hezbollah said it had halted firing rockets at Israel.")
    assert ("0871", "claimed", "ISR") in {(e.cameo, e.status, e.target) for e in events}


def test_an_attack_not_stopped_goes_on():
    events = _events("Azerbaijani troops have not stopped shelling Armenian villages.")
    assert [(e.cameo[:2], e.status) for e in events] == [("19", "occurred")]


def test_a_gerund_read_as_an_adjective_is_coded_as_the_gerund_parsed_as_a_clause():
    # "expelling" parsed as an adjective on "diplomats" without the article, as a clause with it: one reading
    def codes(text):
        return [(e.trigger, e.cameo, e.status, e.source) for e in _events(text)]
    assert codes("The Nicaraguan government considered expelling diplomats.") == \
        codes("The Nicaraguan government considered expelling the diplomats.")
