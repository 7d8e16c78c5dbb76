"""Event-coding leftovers (part W): refusing to ease trade, release or de-escalate is the 124x that
mirrors the 08x act refused; raising or voicing concerns; hosts of talks between others.
Sentences written for these tests, in the general form of each construction."""

import pytest

from tests.events.conftest import by_trigger, coded, country, sides


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


@pytest.mark.parametrize("text, host_act, talks_act", [
    ("Ghana hosted talks between Mali and Niger last week.", "043", "040"),
    ("Egypt hosted negotiations between Ethiopia and Sudan on Monday.", "043", "046"),
    ("Norway has mediated talks between Sudan and South Sudan.", "045", "040"),
])
def test_a_host_or_mediator_of_talks_between_others_is_no_side_of_them(text, host_act, talks_act):
    """The talks are the named sides' with each other; the host's own act is hosting (043) or
    mediation (045), toward the sides it receives."""
    analysis, events = coded(text)
    talks = {(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events if e.cameo == talks_act}
    host = {(country(analysis, e.source), country(analysis, e.target)) for e in events if e.cameo == host_act}
    sides_of_talks = {s for _, s, _ in talks}
    assert len(sides_of_talks) == 2 and all(t in sides_of_talks for _, _, t in talks)
    host_state = {s for s, _ in host}
    assert len(host_state) == 1 and host_state.isdisjoint(sides_of_talks)
    assert {t for _, t in host} == sides_of_talks


@pytest.mark.parametrize("text", [
    "Ghana will host talks between Mali and Niger.",
    "Switzerland will mediate talks between Armenia and Azerbaijan.",
])
def test_announced_talks_between_others_are_theirs_and_the_host_intends_to_mediate(text):
    """As "A and B will hold talks" (036, planned), and the host's announced act is PETRARCH2's
    HOST TALKS (BETWEEN) 039, not an intent of its own to meet them (036)."""
    analysis, events = coded(text)
    by_code = {}
    for e in events:
        by_code.setdefault(e.cameo, set()).add((country(analysis, e.source), country(analysis, e.target)))
    host = {s for s, _ in by_code.get("039", set())}
    meeting = {s for s, _ in by_code.get("036", set())}
    assert len(host) == 1 and len(meeting) == 2 and host.isdisjoint(meeting)
    assert {t for _, t in by_code["036"]} == meeting
    assert all(e.status == "planned" for e in events if e.cameo in ("036", "039"))


def test_talks_between_others_set_for_a_date_are_both_acts_planned():
    """A plan set for a date is the act, planned (stance_code): hosting 043 and the sides' talks 040."""
    analysis, events = coded("Ghana will host talks between Mali and Niger next month.")
    assert {(e.cameo, country(analysis, e.source), country(analysis, e.target), e.status) for e in events} == {
        ("043", "GHA", "MLI", "planned"), ("043", "GHA", "NER", "planned"),
        ("040", "MLI", "NER", "planned"), ("040", "NER", "MLI", "planned")}


def test_a_host_with_no_sides_named_is_still_the_host():
    analysis, events = coded("Kenya hosted talks on the border dispute.")
    assert {(e.cameo, country(analysis, e.source), e.target) for e in events} == {("043", "KEN", None)}


@pytest.mark.parametrize("text, host, visitor", [
    ("Vietnam hosted a visit by the Indian prime minister.", "VNM", "IND"),
    ("Brazil hosted a state visit by the French president last year.", "BRA", "FRA"),
])
def test_a_hosted_visit_by_someone_is_received_from_them(text, host, visitor):
    """CAMEO 043 Host a visit: the host receives the visitor named after "by" in its object."""
    analysis, found = by_trigger(text, "hosted")
    assert sides(analysis, found) == {("043", host, visitor)}


@pytest.mark.parametrize("text, trigger", [
    ("Belarus refused to allow observers from the OSCE to monitor the election.", "monitor"),
    ("Myanmar's junta refused to let envoys of ASEAN meet the detained leader.", "meet"),
])
def test_an_act_another_doer_was_not_allowed_to_do_is_no_rejection_of_theirs(text, trigger):
    # the refusal is the refuser's (the allowing is rejected); the act it bars stays that doer's act, not done
    _, events = by_trigger(text, trigger)
    assert events and all(not e.cameo.startswith("12") and e.status == "negated" for e in events)
