"""Sides and codes of statements and of common acts (newcomer trial 4, issues 12 and 13), through
the whole single-sentence pipeline, on sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


@pytest.mark.parametrize("text, speaker, inside", [
    ("Kenya's police said Somali gunmen attacked a bus near Garissa.", "KEN", "SOM"),
    ("The Kremlin said Scholz would not visit Moscow.", "RUS", "DEU"),
    ("Hezbollah said Israeli drones struck a village in southern Lebanon.", None, "ISR"),
])
def test_a_statement_takes_no_target_from_the_clause_it_reports(text, speaker, inside):
    analysis, events = coded(text)
    said = [e for e in events if e.trigger == "said"]
    assert said and all(e.target is None for e in said)
    assert speaker is None or all(country(analysis, e.source) == speaker for e in said)
    # the reported act is an event of its own, with the actor inside the clause
    assert any(country(analysis, e.source) == inside for e in events if e.trigger != "said")


@pytest.mark.parametrize("text, trigger, addressee", [
    ("Brazil told Argentina that Chilean troops had crossed the border.", "told", "ARG"),
    ("Spain's foreign minister said to Morocco that Algerian boats had entered its waters.", "said", "MAR"),
])
def test_a_statement_is_aimed_at_its_addressee(text, trigger, addressee):
    analysis, events = coded(text)
    assert {country(analysis, e.target) for e in events if e.trigger == trigger} == {addressee}


def test_a_reported_must_is_still_a_demand_on_the_clauses_subject():
    analysis, events = coded("Vietnam said China must withdraw its survey ship.")
    assert {(e.cameo, country(analysis, e.source), country(analysis, e.target))
            for e in events if e.trigger == "said"} == {("100", "VNM", "CHN")}


@pytest.mark.parametrize("text", [
    "Two soldiers died in the ambush, hospital officials said.",
    "The border crossing reopened on Monday, a senior diplomat said.",
])
def test_a_statement_by_an_unnamed_speaker_to_no_one_is_no_event(text):
    _, events = coded(text)
    assert not [e for e in events if e.trigger == "said"]


@pytest.mark.parametrize("text, code, source, target", [
    ("Belarus threatened to bomb Lithuania with long-range missiles.", "138", "BLR", "LTU"),
    ("Beijing threatened to impose sanctions on Canada.", "1312", "CHN", "CAN"),
])
def test_a_threat_to_act_is_one_threat_coded_by_its_content_and_done(text, code, source, target):
    analysis, events = coded(text)
    assert [(e.trigger, e.cameo, e.status, country(analysis, e.source), country(analysis, e.target))
            for e in events] == [("threatened", code, "occurred", source, target)]


@pytest.mark.parametrize("text, refuser, owner", [
    ("Austria refused to sign the NATO declaration condemning Iran.", "AUT", "IGONAT"),
    ("Greece declined to endorse the EU statement criticising Turkey.", "GRC", "IGOEU"),
])
def test_a_refusal_to_issue_a_document_is_the_refusers_rejection_not_the_documents_act(text, refuser, owner):
    analysis, events = coded(text)
    assert [(e.cameo[:2], e.status, country(analysis, e.source), e.target) for e in events] \
        == [("12", "occurred", refuser, owner)]


def test_a_participle_on_a_noun_by_no_known_actor_is_no_event_but_an_issued_documents_act_is():
    _, events = coded("The report blaming Pakistan for the attack was leaked.")
    assert not [e for e in events if e.trigger == "blaming"]
    analysis, events = coded("Canada issued a statement condemning Iran.")
    assert [(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events
            if e.trigger == "condemning"] == [("111", "CAN", "IRN")]


@pytest.mark.parametrize("text, trigger", [
    ("Morocco and Algeria restored diplomatic relations.", "restored"),
    ("Bahrain and Qatar severed ties.", "severed"),
])
def test_relations_restored_or_cut_by_two_actors_are_aimed_at_each_other(text, trigger):
    analysis, events = coded(text)
    pairs = {(country(analysis, e.source), country(analysis, e.target)) for e in events if e.trigger == trigger}
    first, second = {"restored": ("MAR", "DZA"), "severed": ("BHR", "QAT")}[trigger]
    assert pairs == {(first, second), (second, first)}


def test_a_list_of_supporters_still_supports_no_one_among_them():
    analysis, events = coded("Spain, Portugal and Ireland backed the proposal.")
    assert events and all(e.target is None for e in events)


@pytest.mark.parametrize("text, source, mission_state", [
    ("Dozens rallied outside the Russian embassy in Warsaw.", "POLCVL", "RUS"),
    ("Thousands of Serbs protested in front of the U.S. embassy in Belgrade.", "SRBCVL", "USA"),
])
def test_a_protest_at_an_embassy_is_aimed_at_its_state_by_the_places_people(text, source, mission_state):
    analysis, events = coded(text)
    assert [(e.cameo[:2], e.source, country(analysis, e.target)) for e in events] == [("14", source, mission_state)]


def test_a_protest_at_an_embassy_in_an_unknown_place_gives_the_protesters_no_country_of_the_mission():
    analysis, events = coded("Students marched to the Japanese consulate in Lower Tamworth.")
    assert events and all(country(analysis, e.source) != "JPN" for e in events)


@pytest.mark.parametrize("text, code", [
    ("Canada will send military aid to Latvia.", "072"),
    ("Canada will deliver 50 million dollars of military aid to Latvia.", "072"),
    ("Canada will send $50m of military aid to Latvia.", "072"),  # "to Latvia" parsed on the aid
])
def test_aid_the_author_says_an_actor_will_give_is_that_aid_planned_not_an_intent(text, code):
    analysis, events = coded(text)
    assert [(e.cameo, e.status, country(analysis, e.source), country(analysis, e.target)) for e in events] \
        == [(code, "planned", "CAN", "LVA")]


@pytest.mark.parametrize("text", [
    "Canada pledged to send military aid to Latvia.",
    "Canada said it would send military aid to Latvia.",
])
def test_an_intent_the_actor_voices_is_still_an_intent(text):
    analysis, events = coded(text)
    assert any(e.cameo.startswith("03") and country(analysis, e.target) == "LVA" for e in events)


@pytest.mark.parametrize("text, trigger, root, pair", [
    ("The negotiations between Armenia and Azerbaijan planned for Friday were cancelled.", "negotiations", "04", ("ARM", "AZE")),
    ("The summit between Egypt and Sudan was postponed.", "summit", "04", ("EGY", "SDN")),
    ("Erdogan's visit to Athens was called off.", "visit", "04", ("TUR", "GRC")),
])
def test_an_event_called_off_by_no_one_named_is_that_event_not_done(text, trigger, root, pair):
    analysis, events = coded(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.cameo[:2] == root and e.status == "negated" for e in found)
    assert pair in {(country(analysis, e.source), country(analysis, e.target)) for e in found}
    assert all(e.trigger == trigger for e in events)  # no halt of talks by no one


def test_talks_called_off_by_a_named_actor_are_its_halt_of_talks():
    analysis, events = coded("Armenia cancelled the talks with Azerbaijan.")
    assert [(e.cameo, e.status, country(analysis, e.source), country(analysis, e.target)) for e in events] \
        == [("164", "occurred", "ARM", "AZE")]


def test_a_meeting_the_author_says_will_happen_stays_an_intent_to_meet():
    analysis, events = coded("Canada's prime minister will meet the Latvian president in Riga.")
    assert [(e.cameo, e.status) for e in events if e.trigger == "meet"] == [("036", "planned")]


def test_a_warning_to_another_not_to_act_is_no_threat_of_that_act():
    analysis, events = coded("Turkey warned Greece not to attack the island.")
    assert not [e for e in events if e.cameo == "138"]
    assert any(e.trigger == "warned" and country(analysis, e.target) == "GRC" for e in events)


@pytest.mark.parametrize("text, speaker, trigger", [
    ("Tehran issued a categorical denial of the reports on Tuesday.", "IRN", "issued"),
    ("The Turkish defence ministry's denial came hours after the footage appeared online.", "TUR", "denial"),
])
def test_a_denial_named_by_its_noun_is_a_denial(text, speaker, trigger):
    # as the verb: "Tehran denied the reports" is 016 Deny responsibility
    analysis, events = coded(text)
    assert ("016", "occurred", speaker) in {(e.cameo, e.status, country(analysis, e.source))
                                            for e in events if e.trigger == trigger}
    assert not any(e.cameo == "060" for e in events)  # no bare ISSUE (cooperate)
