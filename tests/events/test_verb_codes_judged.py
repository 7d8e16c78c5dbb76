"""Codes a fresh judge found wrong, fixed as constructions: a state's protest note, halting exports, leaving."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text


@pytest.mark.parametrize(("sentence", "state"), [
    ("Indonesia sent a protest note to Malaysia on Monday over the fishing boats.", "IDN"),
    ("Vietnam delivered a protest note to the Chinese embassy in Hanoi on Friday.", "VNM"),
])
def test_a_states_protest_note_is_a_diplomatic_protest_not_a_rally(sentence, state):
    events = code_text(sentence, "2026-03-10").events
    assert any(e.cameo.startswith("11") and e.source == state for e in events)  # the note is the state's disapproval
    assert not any(e.cameo.startswith("14") for e in events)


def test_people_who_protest_still_demonstrate():
    events = code_text("Thousands of Kenyan students staged a protest in Nairobi on Monday.", "2026-03-10").events
    assert [e for e in events if e.trigger == "protest" and e.cameo.startswith("14")]
    assert not [e for e in events if e.trigger == "protest" and e.cameo == "110"]


@pytest.mark.parametrize("sentence", [
    "Norway suspended all export licences for weapons to Israel on Tuesday.",
    "Canada halted arms sales to Saudi Arabia after the killing.",
    "Japan froze exports of chip equipment to Russia.",
])
def test_halting_exports_or_their_licences_is_an_embargo(sentence):
    events = code_text(sentence, "2026-03-10").events
    assert any(e.cameo == "163" for e in events)



@pytest.mark.parametrize("sentence", [
    "Grain ships were stopped from leaving Odesa on Tuesday.",
    "The finance minister will leave office in June, officials said.",
])
def test_leaving_a_place_or_an_office_consults_no_one(sentence):
    events = code_text(sentence, "2026-05-12").events
    assert not [e for e in events if e.trigger.startswith("leav") and e.cameo.startswith("04")]


def test_leaving_for_a_capital_is_a_trip():
    events = code_text("A Kenyan trade delegation leaves for Beijing on Monday to sign the accord.", "2026-05-12").events
    assert [e.cameo for e in events if e.trigger == "leaves"] == ["042"]


@pytest.mark.parametrize("sentence", [
    "Fiji called for the detained fishermen to be freed.",
    "The African Union called for the election results to be annulled.",
])
def test_calling_for_something_to_be_done_is_a_request_not_a_call(sentence):
    events = code_text(sentence, "2026-10-23").events
    called = [e for e in events if e.trigger == "called"]
    assert called and all(e.cameo.startswith("02") for e in called)
