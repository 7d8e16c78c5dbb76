"""Estimative words beyond the basic scale ("doubtful", "a slim chance", "all but certain") take their band's
probability (data/estimative.yaml), and a contrasting judgment of the forecast itself ("…, though such an
attack was improbable") outranks its modal. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.forecasts import probability
from newsledger.interfaces.coding import code_text


def one(text: str):
    found = code_text(text, published="2024-08-20").forecasts
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "hedge", "band"), [
    ("It is doubtful that the new cabinet will survive the winter.", "doubtful", (0.2, 0.45)),
    ("Officials see a slim chance that the border crossing reopens.", "slim chance", (0.05, 0.2)),
    ("There is a remote chance of a peace deal.", "remote chance", (0.01, 0.05)),
    ("Observers give the reformers a good chance of winning the runoff.", "good chance", (0.55, 0.8)),
    ("The governor is all but certain to veto the bill.", "all but certain", (0.95, 0.99)),
    ("The opposition is nearly certain to boycott the vote.", "nearly certain", (0.95, 0.99)),
    ("The miners are bound to strike again.", "bound", (0.95, 0.99)),
])
def test_an_estimative_phrase_takes_its_band(text, hedge, band):
    found = one(text)
    assert found.hedge == hedge and band[0] <= found.probability <= band[1]


@pytest.mark.parametrize("text", [
    "The army could shell the port if talks fail, though observers said such an assault was improbable.",
    "Rebels might seize the airport, although commanders called this unlikely and said that was doubtful.",
])
def test_a_contrasting_judgment_of_the_forecast_outranks_its_modal(text):
    found = one(text)
    assert found.probability == 0.32 and found.hedge in ("improbable", "doubtful", "unlikely")


def test_a_contrasting_clause_about_something_else_leaves_the_modal():
    found = code_text("The mayor will resign, though the council said the budget vote was unlikely to pass.",
                      published="2024-08-20").forecasts
    resign = [f for f in found if "resign" in f.proposition]
    assert [(f.hedge, f.probability) for f in resign] == [("will", 0.9)]
    # the council's own judgment, backshifted under its past "said", is a forecast of its own about the vote
    assert [f.hedge for f in found if "vote" in f.proposition and "resign" not in f.proposition] == ["unlikely"]


def test_a_degree_word_the_scale_lacks_reads_the_word_it_qualifies():
    assert probability("quite likely") == probability("likely")
    assert probability("extremely") is None
