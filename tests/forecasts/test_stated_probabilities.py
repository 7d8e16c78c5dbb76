"""A forecast that states its probability as a figure ("a 30 percent chance that X", "one in three chance
of X", "odds of one in four that X", "70 percent likely to X") takes that figure. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text

PUBLISHED = "2024-08-20"


def stated(text: str):
    found = code_text(text, published=PUBLISHED).forecasts
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "probability", "proposition"), [
    ("Bankers see a 40 percent chance that the central bank cuts rates before Christmas.", 0.4,
     "the central bank cuts rates before Christmas"),
    ("There is a 15% probability of the dam failing during the monsoon.", 0.15, "the dam failing during the monsoon"),
    ("Economists put a 65 per cent likelihood on a recession, and a 20 percent likelihood that the currency collapses.",
     0.2, "the currency collapses"),
    ("Mediators give a one in four chance that the truce holds.", 0.25, "the truce holds"),
    ("Insurers put the odds of one in five that the port reopens.", 0.2, "the port reopens"),
])
def test_a_stated_figure_is_the_probability(text, probability, proposition):
    found = stated(text)
    assert (found.probability, found.proposition) == (pytest.approx(probability, abs=1e-3), proposition)


def test_a_hedge_on_the_figure_leaves_it_and_the_speaker_is_the_forecaster():
    text = '"There is maybe a 10 percent chance that the strike ends this year," said one union official.'
    found = stated(text)
    assert (found.probability, found.horizon, found.proposition) == (0.1, "2024", "the strike ends this year")
    assert "official" in found.forecaster_name


def test_a_figure_over_a_modal_clause_is_one_forecast_with_the_figure():
    found = stated("Analysts see a 70 percent chance that the coalition will collapse within weeks.")
    assert (found.probability, found.horizon) == (0.7, "2024-10-01")


def test_a_percentage_before_likely_outranks_the_word():
    found = stated("The ruling party is 80 percent likely to keep its majority.")
    assert (found.hedge, found.probability) == ("80 percent likely", 0.8)


def test_a_negated_stated_proposition_is_negated():
    assert stated("There is a 60 percent chance that the talks will not resume.").negated


def test_a_figure_without_a_proposition_is_no_forecast():
    assert code_text("Turnout rose by 30 percent in the capital.", published=PUBLISHED).forecasts == []


@pytest.mark.parametrize(("text", "probability", "proposition"), [
    ('"I would put the chance of a trade deal before the election at no more than 30 percent," said one adviser.',
     0.3, "a trade deal before the election"),
    ("Analysts put the odds of a ceasefire by the end of the month at one in four.", 0.25,
     "a ceasefire by the end of the month"),
    ("She put the probability that the mine reopens this year at about 40 percent.", 0.4, "the mine reopens this year"),
])
def test_a_figure_put_after_its_proposition_is_the_probability_and_the_only_forecast(text, probability, proposition):
    found = stated(text)  # the framing "would" is no second forecast
    assert (found.probability, found.proposition) == (pytest.approx(probability, abs=1e-3), proposition)
