"""An event in a complement clause takes its own clause's date, on the side of the article's date its own tense gives."""

import pytest

from newsledger.timex import tag
from tests.timex.conftest import FRIDAY, events_of, only


@pytest.mark.parametrize("sentence, trigger, month", [
    ("Ankara denied that Erdogan would visit Greece in October.", "visit", "2024-10"),
    ("The Kremlin denied reports that Putin would visit Turkey in August.", "visit", "2024-08"),
    ("Officials in Ankara denied that Erdogan will attend the summit in June.", "attend", "2024-06"),
    ("Erdogan will not attend the summit in June.", "attend", "2024-06"),
])
def test_a_denied_or_negated_act_told_in_the_future_keeps_its_own_later_date(nlp, sentence, trigger, month):
    event = only(events_of(nlp, sentence), trigger)
    assert event.status == "negated"
    assert (event.date, event.date_rule) == (month, "own clause")


def test_a_denied_past_act_keeps_its_own_earlier_date(nlp):
    visited = only(events_of(nlp, "Ankara denied that Erdogan had visited Greece in October."), "visited")
    assert (visited.date, visited.date_rule) == ("2023-10", "own clause")


def test_a_denied_future_act_without_a_date_borrows_neither_the_denial_day_nor_the_publication_date(nlp):
    events = events_of(nlp, "Ankara on Tuesday denied that Erdogan would visit Greece.")
    assert only(events, "denied").date == "2024-03-05"
    visit = only(events, "visit")
    assert visit.date is None and visit.date_rule != "publication date"


@pytest.mark.parametrize("sentence, trigger", [
    ("Erdogan and Mitsotakis will hold talks in Athens on Wednesday.", "talks"),
    ("Greek Prime Minister Kyriakos Mitsotakis and Turkish President Recep Tayyip Erdogan will meet in Athens on Wednesday.",
     "meet"),
    ("Erdogan, Mitsotakis and Christodoulides will sign the accord on Wednesday, officials said.", "sign"),
])
def test_a_weekday_in_a_future_clause_with_a_conjoined_subject_is_the_next_such_day(nlp, sentence, trigger):
    assert [t.value for t in tag(sentence, FRIDAY, nlp(sentence))] == ["2024-03-13"]
    event = only(events_of(nlp, sentence), trigger)
    assert (event.status, event.date, event.date_rule) == ("planned", "2024-03-13", "own clause")
