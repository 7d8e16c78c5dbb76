"""An unnamed group that the sentence places nowhere ("Police clashed with protesters") belongs to the country of
the story's wire dateline; a place the sentence gives still wins. Articles written for these tests."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch
from newsledger.places import dateline_country


def events_of(text: str) -> list:
    (analysis,) = analyse_batch([article_from_text("story.txt", text, [])])
    return analysis.events


@pytest.mark.parametrize("dateline, iso", [("QUITO", "ECU"), ("Kuala Lumpur", "MYS"), ("Nowhereville", None), (None, None)])
def test_a_datelines_country(dateline, iso):
    assert dateline_country(dateline) == iso


def test_an_unplaced_group_is_of_the_datelines_country():
    events = events_of("Clashes near copper mine\n\nQUITO, May 6 (Reuters) - Police clashed with protesters near a "
                       "copper mine on Saturday, a rights group said.")
    assert [(e.source, e.cameo[:2]) for e in events if e.trigger == "clashed"] == [("ECUCOP", "19")]


def test_a_place_in_the_sentence_wins_over_the_dateline():
    events = events_of("Clashes in Bolivia\n\nQUITO, May 6 (Reuters) - Police in La Paz arrested 14 protesters on "
                       "Saturday.")
    assert [e.source for e in events if e.trigger == "arrested"] == ["BOLCOP"]
