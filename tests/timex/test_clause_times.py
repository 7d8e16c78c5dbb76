"""Which clause's time an event takes (issue 17): a participle adjunct is told at its own verb's time, a present
state is not of a past conjunct's or frame's time, and a past perfect in reported speech lies before the report.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text

WEDNESDAY = "2025-04-23"


def dates(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Trigger -> (date, date rule) of the events coded from `text`."""
    return {e.trigger: (e.date, e.date_rule) for e in code_text(text, published=WEDNESDAY).events}


@pytest.mark.parametrize("text, verb, participle, rule", [
    ("Ukraine recalled its envoy on Friday after Hungarian troops shelled a border village, wounding three farmers.",
     "shelled", "wounding", "background clause, no date of its own"),
    ("Sudanese troops have shelled several villages in Darfur, killing dozens of Chadian farmers.",
     "shelled", "killing", "present perfect, no date of its own"),
])
def test_a_participle_on_an_undated_verb_is_undated_too(text, verb, participle, rule):
    found = dates(text)
    assert found[verb] == (None, rule)
    assert found[participle] == (None, rule)


def test_a_participle_takes_its_own_verbs_day_not_the_next_clauses():
    found = dates("Turkish jets bombed the depot on Sunday, killing four guards; Baghdad summoned the Turkish "
                  "ambassador on Monday.")
    assert found["killing"][0] == found["bombed"][0] == "2025-04-20"


@pytest.mark.parametrize("text, trigger", [
    ("Egypt restored ties with Qatar in 2021 but rejects its mediation.", "rejects"),
    ("In March 2021, Ethiopia seized the disputed farmland, and Sudan rejects the seizure.", "rejects"),
    ("In 2019, a tribunal annulled Venezuela's oil concession, but Venezuela does not recognise the verdict.",
     "recognise"),
])
def test_a_present_state_takes_no_past_time_of_another_clause(text, trigger):
    assert dates(text)[trigger] == (WEDNESDAY, "publication date")


def test_a_present_state_in_a_dated_report_takes_the_reports_day():
    assert dates("The Greek minister said on Thursday that Ankara rejects the plan.")["rejects"] == (
        "2025-04-17", "reported speech")


@pytest.mark.parametrize("text", [
    "The Greek minister said on Thursday that Ankara had urged Nicosia to withdraw the bill.",
    "A Greek spokesman said Ankara had urged Nicosia to withdraw the bill.",
])
def test_a_past_perfect_in_reported_speech_lies_before_the_report(text):
    assert dates(text)["urged"] == (None, "past perfect in reported speech, before the report")


def test_a_simple_past_in_reported_speech_keeps_the_reports_day():
    assert dates("The Greek minister said on Thursday that Ankara urged Nicosia to withdraw the bill.")["urged"] == (
        "2025-04-17", "reported speech")
