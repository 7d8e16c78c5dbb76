"""An announcing verb whose object is an act or an event ("announced Xi's trip to Moscow", "confirmed talks
with Iran") announces that act, which the events stage codes; it reports no words, so it is no quote
(issue 13, newcomer trial). Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.discourse import find_attributions
from newsledger.quotes import find_quotes

ANNOUNCED_ACTS = [
    "Both China and Russia announced Xi's trip to Moscow.",
    "The foreign ministry announced talks with Iran on Monday.",
    "The Kremlin confirmed Putin's visit to Pyongyang.",
    "Brussels unveiled a trade deal with Chile after two years of talks.",
    "The two governments announced a ceasefire along the border.",
]


@pytest.mark.parametrize("text", ANNOUNCED_ACTS)
def test_an_announced_act_is_no_quote(nlp, text):
    assert find_quotes(nlp(text), [], {}) == []


@pytest.mark.parametrize("text", ANNOUNCED_ACTS[:2])
def test_an_announced_act_stays_an_attribution_but_not_speech(nlp, text):
    attributions = find_attributions(nlp(text))
    assert attributions and not any(a.speech for a in attributions)


@pytest.mark.parametrize("text, said", [
    ("The ministry announced that Xi would visit Moscow in May.", "Xi would visit Moscow in May"),
    ("The ministry announced new rules for asylum seekers.", "new rules for asylum seekers"),
])
def test_an_announced_clause_or_a_thing_that_is_no_act_is_still_a_quote(nlp, text, said):
    assert any(said in q.text for q in find_quotes(nlp(text), [], {}))
