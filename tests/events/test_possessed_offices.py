"""A possessive that coreference links to a state before an office title with no name after it ("Its prime
minister said", "The country's defence minister said") is the one person who holds that office there on the
article's date, as "France's defence minister" is; with no single holder in the registry it stays the state.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.conftest import coded

DAY = "2025-03-04"


def speaker_of(text: str, trigger: str) -> set[str | None]:
    _, events = coded(text, DAY)
    return {e.source for e in events if e.trigger == trigger}


@pytest.mark.parametrize("text, holder", [
    ("France condemned the strike. Its defence minister said troops would stay in the region.", "sebastien-lecornu"),
    ("India protested the decision. The country's foreign minister said the talks were over.", "subrahmanyam-jaishankar"),
    ("Japan welcomed the accord. Its prime minister said Tokyo would sign it next month.", "shigeru-ishiba"),
    ("Kenya recalled its envoy on Monday. The country's president said the dispute would be settled.", "william-ruto"),
])
def test_the_state_s_office_is_its_holder(text, holder):
    assert speaker_of(text, "said") == {holder}


@pytest.mark.parametrize("text, state", [
    # no holder of the office in the registry on the date, or two: the state, as before
    ("Haiti rejected the plan. Its president said the vote would go ahead.", "HTI"),
    ("Mongolia signed the pact. Its prime minister said the mines would reopen.", "MNG"),
    ("Kenya recalled its envoy on Monday. The country's foreign minister said the dispute would be settled.", "KEN"),
])
def test_no_single_holder_keeps_the_state(text, state):
    assert speaker_of(text, "said") == {state}


def test_a_name_after_the_title_is_the_name_s():
    text = "France condemned the strike. Its defence minister, Sebastien Lecornu, said troops would stay."
    analysis, events = coded(text, DAY)
    assert not any(m.text.startswith("Its defence minister") for m in analysis.mentions)
    assert {e.source for e in events if e.trigger == "said"} == {"sebastien-lecornu"}


def test_the_holder_as_object_and_antecedent():
    # an object is the holder too, and a later "he" takes the holder up
    _, events = coded("Chile rejected the plan. Argentina's envoy met its president on Monday.", DAY)
    assert {e.target for e in events if e.trigger == "met"} >= {"gabriel-boric"}
    assert speaker_of("Germany rejected the plan. The country's leader said it was unfair. He added that talks would go on.",
                      "added") == {"olaf-scholz"}
