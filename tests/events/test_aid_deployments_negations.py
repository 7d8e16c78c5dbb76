"""Aid with sums, forces sent abroad, negated conflict acts, and acts no speech word invents
(newcomer trial, part K), on sentences written for these tests."""

import pytest

from tests.events.conftest import event_rows


@pytest.mark.parametrize("text, expected", [
    ("Rwanda will send 400 police officers to Mozambique next month to reinforce the regional mission.",
     ("074", "planned", "RWA", "MOZ", "send")),
    ("Ghana dispatched 200 gendarmes to Chad in June.", ("074", "occurred", "GHA", "TCD", "dispatched")),
    ("Russia sent troops to the border with Ukraine.", ("150", "occurred", "RUS", "UKR", "sent")),
    ("Belarus deployed soldiers to its border with Poland.", ("150", "occurred", "BLR", "POL", "deployed")),
    ("Kenya sent police officers to Haiti.", ("074", "occurred", "KEN", "HTI", "sent")),  # "to Haiti" parsed as a dative
    # a unit named by its size, and "to X" hung on the force sent
    ("Portugal sent a battalion to Romania in March.", ("074", "occurred", "PRT", "ROU", "sent")),
    ("Italy deployed a brigade to Latvia.", ("074", "occurred", "ITA", "LVA", "deployed")),
])
def test_forces_sent_to_a_place_are_protection_and_to_a_border_a_show_of_force(text, expected):
    found = event_rows(text)
    assert expected in found
    assert not any(code[:2] in ("13", "17") for code, *_ in found)  # "reinforce" alone threatens no one


def test_forces_sent_to_do_a_coded_act_are_that_act():
    found = event_rows("Chad sent police officers to Niger to arrest the smugglers.")
    assert "074" not in {code for code, *_ in found}
    assert ("TCD", "arrest") in {(source, trigger) for _, _, source, _, trigger in found}


def test_a_negated_conflict_act_is_that_act_negated_not_a_refusal():
    found = event_rows('"Spain will not abandon its allies," the minister said.')
    assert ("160", "negated") in {(code, status) for code, status, *_ in found}
    assert not any(code.startswith("12") for code, *_ in found)


@pytest.mark.parametrize("text, expected", [
    ("Germany will send $200 million in military aid to Moldova.", ("072", "planned", "DEU", "MDA", "send")),
    ("Canada will send 50 million dollars in military aid to Latvia.", ("072", "planned", "CAN", "LVA", "send")),
    ("Norway sent $8 million in aid to Sudan.", ("070", "occurred", "NOR", "SDN", "sent")),
])
def test_a_sum_in_aid_is_that_aid(text, expected):
    assert expected in event_rows(text)


def test_intruding_into_waters_is_a_show_of_force_not_an_optimistic_comment():
    found = event_rows("Manila said Chinese ships had intruded into Philippine waters.")
    assert ("150", "CHN", "PHL") in {(code, source, target) for code, _, source, target, _ in found}
    assert not any(code == "013" for code, *_ in found)


@pytest.mark.parametrize("text, absent", [
    ("Poland's prime minister said the deal was fair, he told a news conference in Warsaw.", "040"),
    ("Israel struck a depot overnight, according to the Syrian army.", "060"),
    ("Chile protested the arrests in a statement released in Santiago.", "084"),
])
def test_speech_words_are_no_acts(text, absent):
    assert absent not in {code for code, *_ in event_rows(text)}


def test_one_statement_per_speaker_and_sentence():
    found = event_rows("The Hungarian government told reporters the talks had failed, adding that it would try again.")
    assert [(code, source) for code, _, source, *_ in found if code.startswith("01")] == [("010", "HUN")]


def test_a_plan_verb_tagged_as_a_noun_is_no_intent_of_its_own():
    found = event_rows("The leaders of Peru, Chile and Bolivia plan to meet in Lima next week to sign a trade pact with Japan.")
    assert not any(trigger == "plan" for *_, trigger in found)
    assert ("040", "planned", "PER", "CHL", "meet") in found


def test_an_actor_saying_it_would_give_aid_voices_an_intent():
    found = event_rows("Britain said it would send military aid to Estonia.")
    assert ("030", "GBR", "EST") in {(code, source, target) for code, _, source, target, _ in found}


@pytest.mark.parametrize("text", [
    "A statement released in Oslo on Monday called for calm.",
    "Spain's foreign minister said in Rabat that the border would reopen soon.",
])
def test_a_statement_is_not_aimed_at_the_place_it_was_made_in(text):
    found = event_rows(text)
    assert not any(code.startswith("01") and target in ("NOR", "MAR") for code, _, _, target, _ in found)
    assert not any(code.startswith("01") and source is None for code, _, source, _, _ in found)


@pytest.mark.parametrize("text, buyer", [
    ("Poland bought tanks from South Korea.", "POL"),
    ("Vietnam purchased warships from India.", "VNM"),
])
def test_equipment_bought_is_no_side(text, buyer):
    # "tanks" acting ("tanks rolled in") stand for an army; bought, they are goods, not the buyer's own military
    found = event_rows(text)
    assert found and not any(target == buyer for _, _, _, target, _ in found)


@pytest.mark.parametrize("text, pair", [
    ("Eritrean troops have been sent to Sudan, diplomats said.", ("ERI", "SDN")),
    ("Burundian soldiers were deployed to Congo last year.", ("BDI", "COD")),
])
def test_forces_sent_in_the_passive_are_sent_by_their_state_one_way(text, pair):
    found = {(source, target) for _, _, source, target, _ in event_rows(text) if source or target}
    assert pair in found and tuple(reversed(pair)) not in found
