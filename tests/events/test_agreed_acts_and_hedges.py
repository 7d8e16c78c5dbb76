"""An act agreed on takes the agreement's status, and a verbless condition that only bounds its clause ("if
needed") is no act. Sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


def found(text, trigger):
    """{(code, status, source country, target country)} of the sentence's events with that trigger word."""
    analysis, events = coded(text)
    return {(e.cameo, e.status, country(analysis, e.source), country(analysis, e.target)) for e in events if e.trigger == trigger}


@pytest.mark.parametrize("text", [
    "Arab League ministers failed to agree on Sunday on a trade embargo against Israel.",
    "NATO allies could not agree on new sanctions against Belarus.",
])
def test_an_act_not_agreed_on_is_negated(text):
    trigger = "embargo" if "embargo" in text else "sanctions"
    acts = found(text, trigger)
    assert acts and {status for _, status, _, _ in acts} == {"negated"}


def test_an_act_agreed_on_is_told_as_the_agreement_is():
    acts = found("EU foreign ministers agreed on new sanctions against Belarus on Monday.", "sanctions")
    assert acts and {status for _, status, _, _ in acts} == {"occurred"}


@pytest.mark.parametrize("text, trigger, condition", [
    ("The African Union said it would send more peacekeepers to Somalia if needed.", "send", "needed"),
    ("Washington said it would deploy additional troops to Iraq if required.", "deploy", "required"),
])
def test_a_hedging_condition_is_no_act_and_leaves_the_act_planned(text, trigger, condition):
    assert not found(text, condition)
    acts = found(text, trigger)
    assert acts and {status for _, status, _, _ in acts} == {"planned"}
