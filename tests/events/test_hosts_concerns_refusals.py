"""Event-coding leftovers (part W): refusing to ease trade, release or de-escalate is the 124x that
mirrors the 08x act refused; raising or voicing concerns; hosts of talks between others.
Sentences written for these tests, in the general form of each construction."""

import pytest

from tests.events.conftest import coded, country


def by_trigger(text, trigger):
    analysis, events = coded(text)
    return analysis, [e for e in events if e.trigger == trigger]


def sides(analysis, events):
    return {(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events}


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Vietnam will not resume imports of Australian beef.", "resume", "1244"),
    ("The ministry said Indonesia would not lift its sanctions on Malaysian palm oil.", "lift", "1244"),
    ("Iran will not release the detained British tanker.", "release", "1243"),
    ("Egypt vowed never to lift the blockade on the border crossing with Sudan.", "lift", "1246"),
])
def test_a_refused_yielding_act_is_the_matching_decline_to_yield(text, trigger, cameo):
    """CAMEO 124x mirrors 08x: refusing to ease an embargo is 1244, to release 1243, to ease a
    blockade 1246; all are PLOVER REJECT, which happened, not the easing negated."""
    _, found = by_trigger(text, trigger)
    assert found and {(e.cameo, e.status) for e in found} == {(cameo, "occurred")}


def test_a_negated_yielding_act_without_will_stays_negated():
    """ "did not resume imports" reports no refusal, only that the easing did not happen."""
    _, found = by_trigger("Vietnam did not resume imports of Australian beef last year.", "resume")
    assert found and {e.cameo[:2] for e in found} == {"08"} and {e.status for e in found} == {"negated"}


@pytest.mark.parametrize("text, trigger, source", [
    ("Germany raised concerns about Chinese steel subsidies.", "raised", "DEU"),
    ("The United States has raised serious concerns over the arrests of journalists in Belarus.", "raised", "USA"),
    ("Concerns about the election were raised by Canada.", "raised", "CAN"),
])
def test_concerns_raised_to_no_one_are_a_pessimistic_comment(text, trigger, source):
    """PETRARCH2's EXPRESS/VOICE CONCERN 012: with no hearer named, raising concerns is no meeting."""
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == {("012", source, None)}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Sweden raised its concerns with Turkish officials.", "raised", ("040", "SWE", "TUR")),
    ("Australia raised concerns with China about the trade curbs.", "raised", ("040", "AUS", "CHN")),
])
def test_concerns_raised_with_a_hearer_stay_a_consultation(text, trigger, expected):
    """PETRARCH2's RAISE CONCERNS 040, toward the one they were raised with."""
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == {expected}
