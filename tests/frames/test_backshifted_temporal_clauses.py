"""A reported "would" moves a temporal clause's present into the past; the clause is still to come."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text
from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ("The envoy said Uganda would pull out its troops once Kinshasa disarmed the rebels.", "disarmed"),
    ("Officials said the border would reopen when the two sides signed the protocol.", "signed"),
])
def test_a_backshifted_temporal_clause_is_not_told_as_done(nlp, sentence, word):
    assert of(nlp, sentence, word).status != "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("Uganda pulled out its troops once Kinshasa disarmed the rebels.", "disarmed"),  # a past narrative
    ("Lending the firm money when debt was its problem would have been a mistake, he said.", "was"),  # counterfactual
    ("Tehran said it would retaliate after Israel bombed its embassy in Beirut.", "bombed"),  # "after": it happened
    ("Moscow said it would respond when Kyiv shelled the bridge on Monday.", "shelled"),  # a date of its own
])
def test_a_past_temporal_clause_without_a_reported_would_stays_as_told(nlp, sentence, word):
    assert of(nlp, sentence, word).status in ("occurred", "claimed")


def test_a_temporal_clauses_act_is_no_stance_of_its_doer():
    events = code_text("The envoy said Uganda would pull out its troops once Kinshasa attacked the rebels.",
                       "2026-03-10").events
    attacked = [e for e in events if e.trigger == "attacked"]
    assert attacked and all(e.cameo.startswith("19") and e.status != "occurred" for e in attacked)
