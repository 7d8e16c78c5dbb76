"""A month whose name is also a word ("march", "may") is the month after a word of time ("in March
to sign", "from March for"), and no event takes it as its place. Sentences written for these tests."""

from datetime import date

import pytest

from newsledger.frames import frame
from newsledger.timex import tag

THURSDAY = date(2024, 11, 21)


@pytest.mark.parametrize(("text", "expected"), [
    ("The prime minister will travel to Canberra in March to open the new embassy.", ("in March", "2025-03")),
    ("The union plans to strike in May to press its pay claim.", ("in May", "2025-05")),
    ("Ministers will meet in June to agree the budget.", ("in June", "2025-06")),
    ("The new tariffs apply from March for most imports.", ("March", "2025-03")),
    ("Border talks will resume by March on neutral ground.", ("by March", "2025-03")),
    ("The ceasefire has held since March on the northern front.", ("since March", "2024-03")),
])
def test_a_month_after_a_word_of_time_is_the_month_whatever_follows(text, expected):
    assert [(t.text, t.value) for t in tag(text, THURSDAY)] == [expected]


@pytest.mark.parametrize("text", [
    "Thousands joined the March for Peace in the capital.",
    "The March to the Sea ended in Savannah.",
    "Veterans will march to the memorial.",
])
def test_the_noun_or_verb_march_is_no_month(text):
    assert tag(text, THURSDAY) == []


@pytest.mark.parametrize(("sentence", "verb"), [
    ("The foreign minister of Chile will visit Peru in March to sign the water treaty.", "visit"),
    ("The two leaders met in August to settle the border dispute.", "met"),
])
def test_a_month_after_in_is_no_place_of_the_event(nlp, sentence, verb):
    found = frame(next(t for t in nlp(sentence) if t.text == verb))
    assert [a.head.text for a in found.of("place")] == []
