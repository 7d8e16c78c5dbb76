"""Where a judgement is voiced is its venue: a rejection or a criticism made at home is not aimed at home."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text


@pytest.mark.parametrize("sentence, trigger, home", [
    ("In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova rejected the criticism.", "rejected", "RUS"),
    ("In Ankara, Turkey's foreign ministry condemned the decision.", "condemned", "TUR"),
])
def test_a_judgement_voiced_at_home_is_not_aimed_at_home(sentence, trigger, home):
    events = code_text(sentence, "2026-11-03").events
    hits = [e for e in events if e.trigger == trigger]
    assert hits and not any((e.target or "")[:3] == home for e in hits)


def test_an_order_given_at_home_is_still_aimed_at_home():
    events = code_text("Uruguay's government ordered banks in Montevideo to freeze the accounts.", "2026-11-03").events
    assert [(e.source, e.target) for e in events if e.trigger == "ordered"] == [("URYGOV", "URY")]




def test_a_minister_and_their_own_government_are_one_side():
    events = code_text("Moroccan Energy Ministry official Leila Benali and the Nigerian government signed the accord "
                       "in Rabat.", "2026-05-12").events
    signed = {(e.source, e.target) for e in events if e.trigger == "signed"}
    assert ("leila-benali", "NGAGOV") in signed
    assert "MARGOV" not in {s for s, _ in signed}  # her title describes her: one side, no second signer
    assert not signed & {("leila-benali", "MARGOV"), ("MARGOV", "leila-benali")}
