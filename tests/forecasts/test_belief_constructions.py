"""Verbs of belief over a forecast's clause: a quantifier saying few hold the belief ("few economists believe")
negates it, a present-tense clause dated ahead under "think"/"believe"/"doubt" is a forecast with the verb as its
hedge, and a verb of doubt over a modal is a negative hedge (Kent's "we doubt"), not a negation of "will".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.forecasts import find_forecasts, probability
from newsledger.interfaces.coding import code_text
from newsledger.records import Timex


def timex(text: str, words: str, value: str) -> Timex:
    return Timex(text.index(words), text.index(words) + len(words), words, "DATE", value)


@pytest.mark.parametrize("text", [
    "Few economists believe the central bank will cut rates.",
    "Hardly anyone expects the coalition to survive the budget vote.",
    "Not many diplomats think the summit would produce a deal.",
    "Very few traders believe the currency will recover.",
])
def test_few_holders_negate_the_belief(nlp, text):
    found = find_forecasts(nlp(text), [], {}, [], [], None, [])
    assert len(found) == 1 and found[0].negated  # most expect the opposite: p of the proposition is 1 - p(hedge)
    assert found[0].probability == probability(found[0].hedge)


@pytest.mark.parametrize("text", [
    "Most economists believe the central bank will cut rates.",
    "A few traders believe the currency will recover.",
    "Many diplomats think the summit would produce a deal.",
])
def test_many_or_a_few_holders_keep_the_belief(nlp, text):
    found = find_forecasts(nlp(text), [], {}, [], [], None, [])
    assert len(found) == 1 and not found[0].negated


def test_a_negated_belief_over_a_present_tense_clause_dated_ahead(nlp):
    text = "I don't think the coalition survives the winter."
    found = find_forecasts(nlp(text), [], {}, [timex(text, "the winter", "2024-WI")], [], "2024-10-03", ["Ana Ruiz"])
    assert [(f.hedge, f.probability, f.negated, f.proposition) for f in found] == \
        [("think", probability("believe"), True, "the coalition survives the winter")]
    assert found[0].horizon == "2025-03-20"


def test_a_belief_over_a_present_tense_clause_dated_ahead_is_the_believers(nlp):
    text = "Traders believe the central bank raises rates next month."
    found = find_forecasts(nlp(text), [], {}, [timex(text, "next month", "2024-11")], [], "2024-10-03", ["Ana Ruiz"])
    assert [(f.forecaster_name, f.hedge, f.negated, f.horizon) for f in found] == [("Traders", "believe", False, "2024-11")]
    assert 0.55 <= found[0].probability <= 0.8  # Kent's "we believe": probable


@pytest.mark.parametrize(("text", "words", "value"), [
    ("I think the minister enjoys the job.", None, None),
    ("I don't think the port is open today.", "today", "2024-10-03"),
    ("Analysts believe the rebels control the valley this year.", "this year", "2024"),
])
def test_a_present_tense_clause_of_now_is_no_forecast(nlp, text, words, value):
    timexes = [timex(text, words, value)] if words else []
    assert find_forecasts(nlp(text), [], {}, timexes, [], "2024-10-03", []) == []


def test_a_quoted_negated_belief_is_the_speakers():
    found = code_text('"I don\'t think the ceasefire lasts the winter," said Omar Haddad, a former negotiator.',
                      published="2024-10-03").forecasts
    assert [(f.forecaster_name, f.hedge, f.negated, f.proposition) for f in found] == \
        [("Omar Haddad", "think", True, "the ceasefire lasts the winter")]


@pytest.mark.parametrize("text", [
    "Diplomats doubt the rebels will accept the offer.",
    "Diplomats doubt that the rebels would accept the offer.",
])
def test_doubt_over_a_modal_is_a_negative_hedge(nlp, text):
    found = find_forecasts(nlp(text), [], {}, [], [], None, ["Ana Ruiz"])
    assert [(f.forecaster_name, f.hedge, f.negated) for f in found] == [("Diplomats", "doubt", False)]
    assert found[0].probability == probability("doubtful")  # Kent's "we doubt": probably not
