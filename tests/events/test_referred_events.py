"""A definite event noun that is its clause's subject and names no side ("The visit, the president said,
could ...") refers back to the last event of its kind told in the sentences just before: it is that event
told again, with its code, status, sides and date, unless its own clause calls it off."""

import pytest

from tests.events.conftest import coded, country


def _retold(text: str, trigger: str):
    """(analysis, the events of `trigger` after the first sentence)."""
    analysis, events = coded(text)
    return analysis, [e for e in events if e.trigger == trigger and e.sentence > 0]


@pytest.mark.parametrize("text, trigger, sides", [
    ("Egypt's president invited the Saudi crown prince to visit Cairo in April. The visit, the Egyptian "
     "president said, could “demonstrate the strength of Egyptian-Saudi ties.”", "visit", {("SAU", "EGY")}),
    ("Kenyan President William Ruto will hold talks with Ethiopia's prime minister in Nairobi on Monday. "
     "The talks, a Kenyan government spokesman said, would focus on trade.", "talks", {("KEN", "ETH"), ("ETH", "KEN")}),
    ("The Indian prime minister will visit Japan next week. For now, the visit is not expected to be a "
     "turning point in relations.", "visit", {("IND", "JPN")}),
])
def test_the_event_noun_is_the_event_told_before(text, trigger, sides):
    analysis, events = coded(text)
    first = [e for e in events if e.sentence == 0 and e.trigger == trigger]
    analysis, retold = _retold(text, trigger)
    assert {(country(analysis, e.source), country(analysis, e.target)) for e in retold} == sides
    assert {(e.cameo, e.status, e.date) for e in retold} == {(e.cameo, e.status, e.date) for e in first}
    assert all(e.status == "planned" and e.date_rule == "referred event" for e in retold)


def test_an_event_noun_called_off_keeps_the_sides_and_its_own_status():
    analysis, retold = _retold("Kenyan President William Ruto will visit Ethiopia on Monday. The visit was "
                               "cancelled, the Kenyan foreign ministry said.", "visit")
    assert [(country(analysis, e.source), country(analysis, e.target), e.status) for e in retold] == [("KEN", "ETH", "negated")]


def test_an_event_noun_with_sides_of_its_own_keeps_them():
    analysis, retold = _retold("Egypt's president invited the Saudi crown prince to visit Cairo in April. The Jordanian "
                               "visit, the Egyptian president said, was a success.", "visit")
    assert all(e.date_rule != "referred event" for e in retold)
    assert "JOR" in {country(analysis, e.source) for e in retold}


def test_an_event_told_long_before_is_not_referred_to():
    text = ("The Indian prime minister will visit Japan next week. Rice prices rose on Monday. Wheat prices fell "
            "on Tuesday. Traders in Mumbai were cautious. The visit, officials said, would focus on trade.")
    assert not _retold(text, "visit")[1]


def test_a_verb_of_protest_with_an_object_of_its_own_is_no_protest():
    _, events = coded("Tens of thousands of students demonstrated in Jakarta against the Indonesian government.")
    assert [e.cameo for e in events] == ["141"]
    _, events = coded("The joint exercise demonstrated the strength of Indonesian-Australian ties.")
    assert not [e for e in events if e.cameo[:2] == "14"]


def test_the_next_summit_is_not_the_meeting_told_before():
    _, summits = _retold("Leaders of Kenya and Uganda met in Kampala on Friday. The next summit will be held in "
                         "Nairobi in 2028.", "summit")
    assert all(e.status != "occurred" for e in summits)
    assert not any("refers to" in e.why for e in summits)
