"""A side that says it will answer another's hostile act threatens it; the act answered, after "any", is no act
told as done. Sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


def found(text):
    """{(trigger, code, status, source country, target country)} of the sentence's events."""
    analysis, events = coded(text)
    return {(e.trigger, e.cameo, e.status, country(analysis, e.source), country(analysis, e.target)) for e in events}


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Yerevan warned that Armenia would respond decisively to any new attacks by Azerbaijan.", "respond", "ARM", "AZE"),
    ("North Korea vowed to react strongly to any provocation by South Korea.", "react", "PRK", "KOR"),
    ("Greek officials said Greece would respond to any Turkish violation of its airspace.", "respond", "GRC", "TUR"),
    ("Athens said it would answer any incursion by Turkish jets.", "answer", "GRC", "TUR"),
])
def test_an_announced_answer_to_a_hostile_act_is_a_threat_against_its_doers(text, trigger, source, target):
    assert (trigger, "130", "planned", source, target) in found(text)


def test_an_answer_told_as_done_is_no_threat():
    assert not any(code.startswith("13") for _, code, *_ in found("Armenia responded to the Azerbaijani attack on Tuesday."))


@pytest.mark.parametrize("text, trigger, doer", [
    ("Officials said Armenia would respond to any Turkish attack on its villages.", "attack", "TUR"),
    ("Tbilisi said Georgia would react to any Russian incursion.", "incursion", "RUS"),
])
def test_an_act_after_any_is_hypothetical_and_no_threat_of_its_doer(text, trigger, doer):
    acts = {(code, status, source) for t, code, status, source, _ in found(text) if t == trigger}
    assert acts and all(status == "hypothetical" and not code.startswith("13") for code, status, _ in acts)
    assert any(source == doer for *_, source in acts)
