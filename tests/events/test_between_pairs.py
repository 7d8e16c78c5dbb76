"""The pairs a sentence puts in contact (issue 17): an event noun whose "between A and B" names its parties as the
subject of a verb that says how it goes ("a truce between A and B took effect", "talks between A and B stalled") or
of a passive with no doer ("an accord between A and B was signed"); owners coordinated after a plural head ("the
defence ministers of A and B"); a person's own state among the pair a judgement names; capitals inside the pair."""

from tests.events.conftest import events_and_actors


def _events(nlp, text, trigger):
    events, _ = events_and_actors(nlp, text)
    return [e for e in events if e.trigger == trigger]


def _pairs(nlp, text, trigger):
    return {(e.source, e.target) for e in _events(nlp, text, trigger)}


def test_a_truce_between_two_states_taking_effect_is_theirs(nlp):
    events = _events(nlp, "A truce between Ethiopia and Eritrea took effect on Sunday.", "truce")
    assert {(e.source, e.target) for e in events} == {("ETH", "ERI"), ("ERI", "ETH")}
    assert {(e.cameo, e.status) for e in events} == {("0871", "occurred")}


def test_a_truce_that_will_take_effect_is_planned(nlp):
    events = _events(nlp, "A ceasefire between Thailand and Cambodia will take effect next week.", "ceasefire")
    assert {(e.source, e.target) for e in events} == {("THA", "KHM"), ("KHM", "THA")}
    assert {e.status for e in events} == {"planned"}


def test_an_accord_between_two_states_signed_with_no_doer_is_signed_by_both(nlp):
    events = _events(nlp, "An accord between Ghana and Togo was signed in Accra on Tuesday.", "signed")
    assert {(e.source, e.target) for e in events} == {("GHA", "TGO"), ("TGO", "GHA")}
    assert {(e.cameo, e.status) for e in events} == {("057", "occurred")}


def test_talks_that_stalled_are_talks_held(nlp):
    events = _events(nlp, "Negotiations between Chile and Argentina stalled last month.", "Negotiations")
    assert {(e.source, e.target) for e in events} == {("CHL", "ARG"), ("ARG", "CHL")}
    assert {e.status for e in events} == {"occurred"}
    assert not _events(nlp, "Negotiations between Chile and Argentina stalled last month.", "stalled")


def test_talks_that_broke_down_are_no_assault(nlp):
    # talks that broke down halted (164), no new meeting (issue 17, hand-judged copy); no assault either
    events, _ = events_and_actors(nlp, "Talks between Nepal and Bhutan broke down in Kathmandu on Friday.")
    assert {(e.cameo, e.source, e.target) for e in events} == {("164", "NPL", "BTN"), ("164", "BTN", "NPL")}


def test_the_ministers_of_two_states_both_act(nlp):
    # the parser hangs the second state on "ministers", not on the first state
    pairs = _pairs(nlp, "The foreign ministers of Chile and Bolivia signed a deal in Santiago.", "signed")
    assert pairs == {("CHL", "BOL"), ("BOL", "CHL")}


def test_the_ministers_of_two_states_who_meet_meet_each_other(nlp):
    pairs = _pairs(nlp, "The foreign ministers of Peru and Ecuador met in Quito.", "met")
    assert pairs == {("PER", "ECU"), ("ECU", "PER")}


def test_a_persons_own_state_in_the_pair_judged_is_no_target(nlp):
    pairs = _pairs(nlp, "Erdogan praised the talks between Turkey and Greece.", "praised")
    assert {t for _, t in pairs} == {"GRC"}


def test_capitals_inside_the_pair_are_their_governments(nlp):
    pairs = _pairs(nlp, "Talks between Ankara and Athens resumed on Monday.", "Talks")
    assert pairs == {("TURGOV", "GRCGOV"), ("GRCGOV", "TURGOV")}


def test_a_passive_host_of_talks_between_two_states_hosts_both(nlp):
    pairs = _pairs(nlp, "Talks between Chile and Argentina were hosted by Brazil.", "hosted")
    assert pairs == {("BRA", "CHL"), ("BRA", "ARG")}


def test_a_truce_urged_is_no_truce(nlp):
    events, _ = events_and_actors(nlp, "Qatar urged a truce between Sudan and Chad.")
    assert not [e for e in events if e.cameo.startswith("087")]


def test_stalling_talks_with_an_object_is_still_the_doers_act(nlp):
    assert _pairs(nlp, "Venezuela stalled the talks with Guyana.", "stalled") == {("VEN", "GUY")}
