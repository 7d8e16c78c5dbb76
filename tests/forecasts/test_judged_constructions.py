"""Forecast constructions a judge found misread on unseen articles: a date modifying a noun of the
proposition is no horizon, a hope has no probability, and a reported "would" under a named speaker is the
speaker's forecast. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text

PUBLISHED = "2026-04-22"


def only_forecast(text: str):
    found = code_text(text, published=PUBLISHED).forecasts
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text", [
    "The lender will extend a loan due in 2030.",
    "The opposition will boycott the 2029 election.",
    "Creditors will swap their holdings for new bonds maturing in 2034.",
])
def test_a_date_on_a_noun_of_the_proposition_is_no_horizon(text):
    assert only_forecast(text).horizon is None


@pytest.mark.parametrize(("text", "horizon"), [
    ("The lender will extend the loan in 2027.", "2027"),
    ("The two sides will sign the final documents by the end of September.", "2026-09-30"),
])
def test_a_date_on_the_predicate_stays_the_horizon(text, horizon):
    assert only_forecast(text).horizon == horizon


@pytest.mark.parametrize("text", [
    "We hope that the rebels will return to the talks soon.",
    "The envoy hopes that both armies will pull back from the river.",
    "Officials are hopeful that the port will reopen next month.",
])
def test_a_hope_is_a_forecast_without_probability(text):
    found = only_forecast(text)
    assert found.probability is None
    assert "hop" in found.hedge


def test_a_plain_modal_keeps_its_probability():
    assert only_forecast("The rebels will return to the talks soon.").probability == pytest.approx(0.9)


@pytest.mark.parametrize(("text", "speaker"), [
    ('Interior Minister Anna Kovacs said on Friday that the decision was "illegal" and that Hungary would appeal '
     '"without delay".', "Kovacs"),
    ('The minister said on Tuesday that the move was "unlawful" and that Spain would retaliate "swiftly".',
     "minister"),
])
def test_a_reported_would_is_the_speakers_forecast(text, speaker):
    found = only_forecast(text)
    assert speaker in found.forecaster_name
    assert found.forecaster_name != "author"


@pytest.mark.parametrize(("text", "probability", "proposition", "horizon"), [
    ("Analysts at Harbor Risk expected the ceasefire to hold through the summer, giving it a probability of "
     "55 percent.", 0.55, "the ceasefire to hold through the summer", "2026-09-20"),
    ("Strategists at Meridian expect the currency to stabilise by the end of the year, putting the odds at "
     "70 percent.", 0.7, "the currency to stabilise by the end of the year", "2026-12-31"),
    ("Brokers expected the harbour to stay closed through the autumn, giving it a 40 percent chance.", 0.4,
     "the harbour to stay closed through the autumn", "2026-12-20"),
])
def test_an_expectation_with_a_given_figure_is_a_forecast_at_that_figure(text, probability, proposition, horizon):
    found = only_forecast(text)
    assert (found.probability, found.proposition, found.horizon) == (pytest.approx(probability), proposition, horizon)
    assert found.forecaster_name.split()[0] in text and found.forecaster_name != "author"


@pytest.mark.parametrize(("text", "forecaster", "horizon"), [
    ("The ministry expects to complete the sale by June.", "The ministry", "2026-06"),
    ("The two sides are expected to sign the final documents by the end of September.", "author", "2026-09-30"),
    ("Negotiators expected the parties to initial the text by the end of May.", "Negotiators", "2026-05-31"),
])
def test_an_expectation_with_a_deadline_is_a_forecast(text, forecaster, horizon):
    found = only_forecast(text)
    assert (found.forecaster_name, found.probability, found.horizon) == (forecaster, pytest.approx(0.8), horizon)


@pytest.mark.parametrize("text", [
    "Investors had expected the bank to cut rates.",
    "Officials expect a decision on the merger.",
    # a participle with no subject of its own: a description, nobody's expectation
    "The summit, expected to open in Accra on Sunday, drew few leaders.",
    "The talks, expected to resume on Monday, were postponed again.",
])
def test_a_past_or_object_expectation_is_no_forecast(text):
    assert code_text(text, published=PUBLISHED).forecasts == []


def test_an_expectation_over_a_modal_is_one_forecast():
    found = only_forecast("The ministry expects that the plant will reopen in May.")
    assert found.proposition == "the plant will reopen in May"


@pytest.mark.parametrize("text", [
    "The maturity of the notes will be extended to 2033.",
    "The council will move the referendum to 2028.",
])
def test_a_date_a_predicate_reaches_is_no_horizon(text):
    assert only_forecast(text).horizon is None


def test_a_clause_joined_to_a_report_by_and_is_the_authors_forecast():
    # "and Russia will respond" is no part of what the ministry announced
    found = only_forecast("The ministry announced new sanctions on Monday, and Russia will respond next week.")
    assert found.forecaster_name == "author"
