"""`stated_probabilities` scans a text only when it holds a probability noun: the test must see the noun
as the case-blind patterns do. Sentences written for these tests."""

from __future__ import annotations

from newsledger.forecasts.finder import stated_probabilities


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(hedge, value, text[slice(*span)]) for hedge, value, span in stated_probabilities(text, [(0, len(text))])]


def test_a_figure_is_found_whatever_the_case_of_its_noun():
    assert figures("TRADERS SEE A 30 PERCENT CHANCE THAT THE PORT REOPENS IN MAY.") == \
        [("30 PERCENT CHANCE", 0.3, "THE PORT REOPENS IN MAY")]
    # a dotted capital I ("İ") is an "i" to the case-blind patterns, though its lower case is two characters
    assert figures("Brokers see a 25 percent POSSİBILITY that the mine closes.") == \
        [("25 percent POSSİBILITY", 0.25, "the mine closes")]


def test_a_text_with_no_probability_noun_gives_no_figure():
    assert figures("Output rose 30 percent in the first quarter, and exports fell 4 percent.") == []
