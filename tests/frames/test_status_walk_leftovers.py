"""Issue 17's leftovers from the five-question walk: a purpose, an announced event and a present simple used
of the future. Sentences written for these tests, each in its construction's general form."""

import pytest

from newsledger.interfaces.coding import code_text
from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ("The navy sent two frigates to escort the tankers through the strait.", "escort"),
    ("The central bank raised rates in order to slow lending.", "slow"),
    ("The ministry cut spending so as to reduce the deficit.", "reduce"),
    ("The rebels blew up the bridge in a bid to halt the advance.", "halt"),
    ("Police closed the square in an effort to stop the march.", "stop"),
])
def test_a_purpose_of_a_past_act_is_expected(nlp, sentence, word):
    # the act done is asserted; what it is for is expected of it, neither done nor set for later
    found = of(nlp, sentence, word)
    assert (found.status, found.basis, found.holder) == ("expected", "purpose", "author")
    assert 0 < found.factuality < 3


def test_a_purpose_keeps_the_steps_above_its_act(nlp):
    # "in order to" hangs on the verb it is the purpose of, so the report and the modal above it still count
    found = of(nlp, "Officials said the army would move north in order to secure the border.", "secure")
    assert found.chain[0].startswith("said") and any(step.startswith("would") for step in found.chain)


def test_a_bid_as_an_object_stays_an_intention(nlp):
    assert of(nlp, "The company launched a bid to buy its largest rival.", "buy").status == "planned"


@pytest.mark.parametrize("sentence, word", [
    ("The palace confirmed the king's tour of Canada.", "tour"),
    ("Both governments set talks on the fishing dispute for the autumn.", "talks"),
    ("The summit was confirmed by the host's foreign ministry.", "summit"),
    ("Officials unveiled a visit by the pope to Iraq.", "visit"),
])
def test_an_announced_event_of_a_scheduled_kind_is_planned(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert (found.status, found.holder) == ("planned", "author")


def test_a_confirmed_act_of_another_kind_stays_the_confirmers_claim(nlp):
    found = of(nlp, "The army confirmed the attack on the convoy.", "attack")
    assert (found.status, found.view) == ("claimed", "occurred")


def _coded(text, published="2024-05-06"):
    return {(e.trigger, e.cameo[:2], e.status, e.date) for e in code_text(text, published).events}


def test_an_announced_visit_is_coded_planned():
    events = code_text("The Kremlin confirmed the Indian prime minister's visit to Moscow.", "2024-05-06").events
    visits = [e for e in events if e.trigger == "visit"]
    assert visits and all(e.cameo == "042" and e.status == "planned" for e in visits)


def test_an_announced_event_dated_before_the_article_is_told_as_past():
    # "confirmed the talks in March" in a May article reports talks that took place
    events = code_text("The Kremlin confirmed talks between Russia and Turkey in March.", "2024-05-06").events
    talks = [e for e in events if e.trigger == "talks"]
    assert talks and all(e.status == "occurred" and e.date == "2024-03" for e in talks)


@pytest.mark.parametrize("text", [
    "The Kenyan president travels to Ethiopia for talks on the dam.\nWilliam Ruto will visit Ethiopia on May 20, his office said.",
    "Japan's prime minister flies to India to meet Narendra Modi.\nFumio Kishida is visiting India next week.",
])
def test_a_present_simple_act_dated_ahead_elsewhere_in_the_text_is_planned(text):
    events = code_text(text, "2024-05-06").events
    first = [e for e in events if e.sentence == 0 and e.cameo == "042"]
    later = [e for e in events if e.sentence > 0 and e.cameo == "042"]
    assert first and later and later[0].status == "planned"
    assert all(e.status == "planned" and e.date == later[0].date and e.date_rule == "same act dated ahead" for e in first)


@pytest.mark.parametrize("text", [
    # habitual: no single act
    "The Kenyan president usually travels to Ethiopia by road.\nWilliam Ruto will visit Ethiopia on May 20, his office said.",
    # no other sentence dates it: left as it is
    "The Kenyan president travels to Ethiopia for talks on the dam.",
])
def test_a_present_simple_act_not_dated_ahead_elsewhere_is_left_as_it_is(text):
    first = [e for e in code_text(text, "2024-05-06").events if e.sentence == 0 and e.cameo == "042"]
    assert first and all(e.status == "occurred" for e in first)
