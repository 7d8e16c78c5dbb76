"""A title before a person's name ("Congolese army spokesman NAME said", "Kremlin spokesman NAME said",
"EU foreign policy chief NAME said") describes that person: the statement is the person's alone, one
event and one quote, never a second one by the body, state or office the title names. Sentences written
for these tests, in the wire's form, from many countries."""

from __future__ import annotations

import pytest

from tests.events.conftest import coded, country


def speech(text: str):
    """(analysis, {source of each 010}, number of 010 events, {quote speakers}) of `text`."""
    analysis, events = coded(text, "2025-03-14")
    said = [e for e in events if e.cameo == "010"]
    return analysis, {e.source for e in said}, len(said), {q.speaker for q in analysis.quotes}


def named(analysis, actor_id) -> str | None:
    return next((m.text for m in analysis.mentions if m.actor_id == actor_id), None)


@pytest.mark.parametrize("text, person, iso", [
    ("Nigerian army spokesman Onyema Nwachukwu said troops had killed 20 insurgents.", "Onyema Nwachukwu", "NGA"),
    ("Kenyan police spokeswoman Resila Onyango said officers had arrested five suspects.", "Resila Onyango", "KEN"),
    ("Israeli military spokesman Avichay Adraee said the strikes hit weapons depots.", "Avichay Adraee", "ISR"),
    ("Togolese police spokeswoman Afi Mensah said officers had detained the suspects.", "Afi Mensah", "TGO"),
    ("Ghanaian army spokeswoman Esi Atta said troops had secured the border.", "Esi Atta", "GHA"),
    ("Bolivian government spokesman Jorge Richter said the coup attempt had failed.", "Jorge Richter", "BOL"),
    ("Hezbollah leader Naim Qassem said the group would respond.", "Naim Qassem", None),
    ("Ukrainian presidential aide Mykhailo Podolyak said Moscow was not serious about talks.", "Mykhailo Podolyak", None),
    ("Kremlin spokesman Dmitry Peskov said the talks with Washington had been useful.", "Dmitry Peskov", "RUS"),
    ("Chinese Foreign Ministry spokeswoman Mao Ning said the sale harmed regional stability.", "Mao Ning", "CHN"),
    ('"Our forces repelled the attack," Sudanese army spokesman Nabil Abdallah told reporters.', "Nabil Abdallah", "SDN"),
    ('"We will not back down," External Affairs Minister Subrahmanyam Jaishankar said on Tuesday.',
     "Subrahmanyam Jaishankar", "IND"),
    ('"We remain open to talks," External Affairs Minister Vivian Balakrishnan said on Monday.',
     "Vivian Balakrishnan", None),
])
def test_a_titled_speaker_is_one_side(text, person, iso):
    analysis, sources, count, speakers = speech(text)
    assert count == 1 and {named(analysis, s) for s in sources} == {person}
    assert {named(analysis, s) for s in speakers} == {person}
    if iso:  # the person keeps the country the title gives
        assert {country(analysis, s) for s in sources} == {iso}


def test_every_act_of_a_titled_speaker_has_one_side():
    analysis, events = coded("EU foreign policy chief Kaja Kallas said she regretted the decision to cut aid.", "2025-03-14")
    acts = [(e.cameo, e.source) for e in events if e.cameo in ("010", "110")]
    assert sorted(acts) == [("010", "IGOEU"), ("110", "IGOEU")]


@pytest.mark.parametrize("text, body", [
    ("UN Secretary-General Antonio Guterres said both sides must end the fighting.", "IGOUNO"),
    ("NATO Secretary General Mark Rutte said allies would raise defence spending.", "IGONAT"),
    ("EU foreign policy chief Kaja Kallas said the bloc would keep its sanctions on Moscow.", "IGOEU"),
    ("UN human rights chief Volker Turk said the killings may amount to war crimes.", "IGOUNO"),
    ("European Commission President Ursula von der Leyen said the bloc would release the funds.", "IGOEU"),
])
def test_an_international_officer_speaks_as_one_side_with_the_bodys_code(text, body):
    """A national serving an international body ("EU foreign policy chief Kaja Kallas", an Estonian) acts in
    that office as the body, CAMEO's coding of an IGO officer; a person the registry lacks is coded the body's."""
    analysis, sources, count, _ = speech(text)
    assert count == 1 and {analysis.actors[s].code for s in sources} == {body}


def test_a_title_made_of_office_words_is_no_actor():
    analysis, sources, count, _ = speech('"We will not back down," External Affairs Minister Subrahmanyam Jaishankar '
                                         'said on Tuesday.')
    # the quoted "We" is the speaker's side (coreference), no title's actor
    assert {m.text for m in analysis.mentions if not m.why.startswith("coref")} == {"Subrahmanyam Jaishankar"}
    assert not any(actor_id.startswith("external") for actor_id in analysis.actors)


@pytest.mark.parametrize("text, people", [
    ("Russian Foreign Minister Sergei Lavrov said the talks were useful.", {"Sergei Lavrov"}),
    ("Foreign Minister Sergei Lavrov and Kremlin spokesman Dmitry Peskov said the talks were useful.",
     {"Sergei Lavrov", "Dmitry Peskov"}),
    ("Nigerian army spokesman Onyema Nwachukwu and police spokesman Olumuyiwa Adejobi said the suspects had fled.",
     {"Onyema Nwachukwu", "Olumuyiwa Adejobi"}),
])
def test_a_list_of_titled_people_keeps_each_person(text, people):
    analysis, sources, count, _ = speech(text)
    assert {named(analysis, s) for s in sources} == people and count == len(people)


@pytest.mark.parametrize("text, body", [
    ("The Congolese army said the rebels had attacked the town.", "CODMIL"),
    ("The Kremlin said the talks with Washington had been useful.", "RUSGOV"),
    ("Hezbollah said the group would respond to the strike.", "hezbollah"),
])
def test_a_body_with_no_person_named_still_speaks(text, body):
    _, sources, count, _ = speech(text)
    assert sources == {body} and count == 1


@pytest.mark.parametrize("text, actor", [
    ("Antonio Guterres, the UN's secretary-general, urged both sides to return to the talks.", "IGOUNO"),
    ("Josep Borrell, the EU's top diplomat, urged Serbia to recognise the vote.", "IGOEU"),
    ("Pedro Sanchez, Spain's prime minister, urged Israel to allow aid into Gaza.", "pedro-sanchez"),
    ("Yaw Boateng, a Ghanaian army commander, urged the rebels to surrender.", "yaw-boateng"),
])
def test_a_description_in_apposition_to_a_person_is_one_side(text, actor):
    """A description in apposition after a person's name ("X, the EU's top diplomat, urged") is the person's, as a
    title before the name is: one act, by the person, or by the international body an officer acts for."""
    _, events = coded(text, "2024-03-14")
    assert [e.source for e in events if e.cameo[:2] == "02"] == [actor]


def test_a_new_person_takes_the_body_of_the_description_in_apposition():
    analysis, events = coded("Lars Engholm, NATO's deputy secretary general, urged allies to send more air defences.",
                             "2024-03-14")
    (request,) = [e for e in events if e.cameo[:2] == "02"]
    assert analysis.actors[request.source].code == "IGONAT"
