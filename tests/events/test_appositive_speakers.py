"""A speaker named in apposition ("the country's chief economist, NAME, said") is that person, not the
country that qualifies the title: the event's source, the quote's speaker and the forecaster agree."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch


def analysed(text: str):
    [analysis] = analyse_batch([article_from_text("story.txt", "Trade talks\n\n" + text, [])], ())
    return analysis


@pytest.mark.parametrize("text, person", [
    ("Chile's copper output fell in May. The country's mining minister, Aurora Williams, said output would "
     "recover next year.", "Aurora Williams"),
    ("Exports would rise by 20 percent next year, Vietnam's chief trade negotiator, Tran Van Minh, told reporters.",
     "Tran Van Minh"),
])
def test_the_person_in_apposition_is_the_speaker(text, person):
    analysis = analysed(text)
    names = {m.actor_id: m.text for m in analysis.mentions}
    said = [e for e in analysis.events if e.cameo == "010"]
    assert said and {names.get(e.source) for e in said} == {person}
    assert {names.get(q.speaker) for q in analysis.quotes} == {person}
