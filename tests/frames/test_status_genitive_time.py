"""A time expression as an event noun's genitive dates the noun: "next month's election" is to come, as "the
election next month" is; a past one ("last year's election", "Sunday's vote") leaves it as its clause tells.
Sentences written for these tests, each in the construction's general form."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ("Next month's election will decide the fate of the coalition.", "election"),
    ("Tomorrow's vote is seen as a test for the prime minister.", "vote"),
    ("Next year's budget cuts will hit pensions and defence.", "cuts"),
    ("Investors are nervous ahead of next week's central bank meeting.", "meeting"),
])
def test_an_event_noun_with_a_forward_genitive_of_time_is_planned(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


@pytest.mark.parametrize("sentence, word", [
    ("Last year's election was marred by fraud.", "election"),
    ("Sunday's vote was boycotted by the opposition.", "vote"),
])
def test_a_past_genitive_of_time_leaves_the_event_occurred(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "occurred"
