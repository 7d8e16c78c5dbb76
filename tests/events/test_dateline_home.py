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


def test_a_bureaus_story_about_another_country_gives_no_home():
    """A BANGKOK dateline on a story about Myanmar: the unnamed groups are no Thai groups."""
    events = events_of("Convoy attacked\n\nBANGKOK, June 16 (Reuters) - Gunmen attacked an aid convoy in Myanmar's "
                       "Shan state on Sunday, Myanmar's military said. Myanmar's junta blamed an ethnic armed group. "
                       "Police arrested two men on Monday.")
    assert not [e for e in events if e.source and e.source.startswith("THA") or e.target and e.target.startswith("THA")]
