"""A stated chance whose "that" is left out ("a 70 percent chance we sign") is a forecast as with "that"."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch


def forecasts(text: str):
    [analysis] = analyse_batch([article_from_text("story.txt", "Trade talks\n\n" + text, [])], ())
    return analysis.forecasts


@pytest.mark.parametrize("sentence, probability", [
    ('"There is a 60 percent chance we close the deal before the end of May," Chilean Finance Minister '
     'Mario Marcel told reporters in Santiago on March 3, 2026.', 0.6),
    ("Chilean Finance Minister Mario Marcel said on March 3, 2026 there was a good chance the bill passes "
     "before the end of May.", 0.68),
])
def test_a_chance_with_its_that_left_out_is_a_forecast(sentence, probability):
    found = [f for f in forecasts(sentence) if f.probability == probability]
    assert found and found[0].horizon == "2026-05-31"


def test_a_chance_with_no_clause_after_it_is_no_stated_figure():
    assert not [f for f in forecasts("Chile's minister gave the bill a 60 percent chance, analysts said.")
                if f.probability == 0.6]


def test_a_chance_with_a_relative_clause_after_it_is_no_forecast_of_that_clause():
    found = forecasts("Ukraine's foreign minister dismissed the 10 percent chance Washington gave Kyiv of winning "
                      "before June, officials said.")
    assert not [f for f in found if f.probability == 0.1]
