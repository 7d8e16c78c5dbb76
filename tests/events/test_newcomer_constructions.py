"""Event sides and codes of the newcomer trial's constructions (issue 17), through the whole
single-sentence pipeline, on sentences written for these tests."""

import pytest

from newsledger.frames import frame
from tests.events.conftest import coded, country


def by_trigger(text, trigger):
    analysis, events = coded(text)
    return analysis, [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, main_subject", [
    ("Egypt warned Ethiopia after a drone strike killed five soldiers in Khartoum.", "killed", "EGY"),
    ("Turkey vowed revenge after two soldiers were killed near Hasakah.", "killed", "TUR"),
    ("Nigerian soldiers arrested 12 men as crowds protested in Lagos.", "protested", "NGAMIL"),
])
def test_an_adverbial_clause_never_takes_the_main_clauses_subject(text, trigger, main_subject):
    analysis, found = by_trigger(text, trigger)
    assert found and all(main_subject not in (e.source, country(analysis, e.source)) for e in found)


def test_a_pronoun_subject_of_a_when_clause_is_its_own_not_the_main_subject(nlp):
    doc = nlp("Macron said he would welcome Modi when he travels to France in July.")
    travels = next(t for t in doc if t.text == "travels")
    subjects = frame(travels).of("subject")
    assert [a.head.text for a in subjects] == ["he"] and not any(a.inherited for a in subjects)


def test_a_reason_phrase_is_never_the_target():
    analysis, found = by_trigger("Kenya imposed sanctions on Somalia over the killing of Kenyan soldiers.", "imposed")
    assert {(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in found} == {("163", "KEN", "SOM")}


def test_a_bare_attack_on_positions_is_military_force_not_a_ceasefire_violation():
    _, found = by_trigger("Turkish troops attacked Kurdish militia positions.", "attacked")
    assert [e.cameo for e in found] == ["190"]


@pytest.mark.parametrize("text, trigger, host, guest", [
    ("Scholz welcomed Macron at the Chancellery.", "welcomed", "olaf-scholz", "emmanuel-macron"),
    ("Macron hosted Narendra Modi in Paris.", "hosted", "emmanuel-macron", "narendra-modi"),
])
def test_hosting_or_welcoming_a_visitor_is_hosting_a_visit_and_at_gives_the_place(text, trigger, host, guest):
    _, found = by_trigger(text, trigger)
    assert {(e.cameo, e.source, e.target) for e in found} == {("043", host, guest)}


def test_welcoming_a_decision_stays_praise():
    _, found = by_trigger("Japan welcomed the decision of the court.", "welcomed")
    assert [e.cameo for e in found] == ["051"]


def test_at_after_a_verb_of_aiming_is_still_the_target():
    analysis, found = by_trigger("Israeli troops fired at Lebanese soldiers.", "fired")
    assert {country(analysis, e.target) for e in found} == {"LBN"}


@pytest.mark.parametrize("text, cameo", [
    ("Ukraine asked for military assistance.", "0232"),
    ("The Sudanese government appealed for humanitarian aid.", "0233"),
])
def test_the_kind_of_aid_asked_for_decides_the_code(text, cameo):
    analysis, events = coded(text)
    assert [e.cameo for e in events] == [cameo] and events[0].plover == "REQUEST"


@pytest.mark.parametrize("text, trigger", [
    ("Four activists were detained by Egyptian police.", "detained"),
    ("Belarusian police arrested dozens of protesters.", "arrested"),
    ("Georgian police arrested two journalists during the protests.", "arrested"),
])
def test_an_arrest_is_an_arrest_in_either_voice_and_whoever_is_arrested(text, trigger):
    _, found = by_trigger(text, trigger)
    assert found and {e.cameo for e in found} == {"173"}


def test_failing_to_act_is_the_act_negated_not_a_rejection():
    _, events = coded("Iran failed to return the detained sailors.")
    assert not any(e.cameo.startswith("12") for e in events)
    assert [(e.trigger, e.status) for e in events] == [("return", "negated")]


def test_a_negated_future_attendance_is_the_attendance_negated_but_a_refusal_rejects():
    _, negated = coded("Modi will not attend the G20 summit.")
    _, refused = coded("Modi refused to attend the G20 summit.")
    assert [(e.cameo[:2], e.status) for e in negated] == [("04", "negated")]
    assert [(e.cameo, e.status) for e in refused] == [("125", "occurred")]


def test_a_crowd_of_nationals_is_the_countrys_civilians_not_the_state():
    _, found = by_trigger("Hundreds of Armenians protested in Yerevan.", "protested")
    assert {e.source for e in found} == {"ARMCVL"}


def test_a_missing_side_prints_as_a_dash_in_why():
    _, events = coded("Ukraine asked for military assistance.")
    assert "actors=UKR,-;" in events[0].why and "None" not in events[0].why
