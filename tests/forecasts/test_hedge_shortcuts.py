"""The shortcuts that keep the forecasts stage cheap skip nothing: only words that can be hedges are tested, and
a date outside the forecast's sentence is never read as its horizon. Text written for these tests."""

from __future__ import annotations

from newsledger.forecasts.finder import (expectation_hedge, frame_hedge, hedges, indirect_question, is_condition,
                                         modal_hedge)

TEXT = ("Analysts expect the central bank to cut rates. The strike is likely to spread to the ports, "
        "and the union said it would not back down. If talks fail, the mill may close. "
        "Officials are set to meet in Lisbon, although nobody knows what they will decide.")


def every_token_hedges(doc):
    """The test each token got before the word filter: all three constructions on every token."""
    for token in doc:
        found = modal_hedge(token) or frame_hedge(token) or expectation_hedge(token)
        if found and not is_condition(found[1]) and not indirect_question(found[1]):
            yield found[0], token.i, found[1].i


def test_the_word_filter_keeps_every_hedge(nlp):
    doc = nlp(TEXT)
    filtered = [(hedge, token.i, verb.i) for hedge, token, verb in hedges(doc)]
    assert [hedge for hedge, _, _ in filtered] == ["expect", "likely", "would", "may", "set"]
    assert filtered == list(every_token_hedges(doc))


def test_a_date_in_the_next_sentence_is_no_horizon():
    from newsledger.interfaces.coding import code_text

    found = code_text("The ferry operator will raise its fares. Its rival cut prices in March 2025.",
                      published="2024-06-11").forecasts
    assert [(f.hedge, f.horizon) for f in found] == [("will", None)]
