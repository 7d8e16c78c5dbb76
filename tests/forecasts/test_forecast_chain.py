"""A forecast keeps the condition it holds under, and takes its polarity from the embedding chain, not from its hedge."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text


@pytest.mark.parametrize("text, proposition_words, condition", [
    ("If the ceasefire holds, aid convoys may reach Gaza next week.", "aid convoys may reach", "If the ceasefire holds"),
    ("Economists said inflation could fall below 3% unless oil prices rise again.", "inflation could fall",
     "unless oil prices rise again"),
    ("The summit will probably collapse if Ankara refuses to compromise, a diplomat said.", "summit will probably collapse",
     "if Ankara refuses to compromise"),
])
def test_a_conditional_forecast_stores_its_condition(text, proposition_words, condition):
    forecasts = code_text(text, published="2024-05-08").forecasts
    assert [f.condition for f in forecasts if proposition_words in f.proposition] == [condition]


def test_an_unconditional_forecast_has_no_condition():
    forecasts = code_text("The central bank will probably cut rates in June, analysts said.", published="2024-05-08").forecasts
    assert forecasts and all(f.condition is None for f in forecasts)


def test_a_negative_hedge_lowers_the_probability_without_negating_the_proposition():
    forecasts = code_text("Hanoi is unlikely to join the pact this year.", published="2024-05-08").forecasts
    assert [(f.negated, f.probability < 0.5) for f in forecasts] == [(False, True)]


def test_a_negation_above_the_forecast_negates_it():
    forecasts = code_text("There is no sign that Hanoi would join the pact.", published="2024-05-08").forecasts
    assert [f.negated for f in forecasts] == [True]
