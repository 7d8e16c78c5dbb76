"""A speaker named only by their tie to someone ("his editor said") is not that someone; a spokesman speaks for
their owner."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch


def analysed(text: str):
    [analysis] = analyse_batch([article_from_text("story.txt", "Court news\n\nKYIV, May 4, 2026 - " + text, [])], ())
    return analysis


@pytest.mark.parametrize("text", [
    "Georgian opposition leader Nika Melia was detained in Tbilisi on Sunday, his lawyer said.",
    "Jailed Russian journalist Evan Gershkovich is in good health, his father said after a visit.",
])
def test_a_relation_of_the_person_is_not_that_person(text):
    analysis = analysed(text)
    assert [q.speaker for q in analysis.quotes] == [None]
    assert not [e for e in analysis.events if e.cameo == "010" and e.source]


def test_a_spokesman_still_speaks_for_the_person():
    analysis = analysed("Ukrainian President Volodymyr Zelensky will travel to Berlin next week, his spokesman said.")
    assert [q.speaker for q in analysis.quotes] in (["volodymyr-zelensky"], ["UKRGOV"])  # he, or the body he heads
