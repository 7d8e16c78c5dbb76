"""Stances (intent, threat, rejection), mutual acts and sides the text describes without naming,
through the whole single-sentence pipeline, on sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


def triples(text):
    analysis, events = coded(text)
    return {(country(analysis, e.source), country(analysis, e.target), e.plover, e.status) for e in events}


@pytest.mark.parametrize("text, source, target", [
    ("Chile refused to meet the Peruvian delegation in Lima.", "CHL", "PER"),
    ("Kenya declined to send aid to Somalia.", "KEN", "SOM"),
])
def test_refused_cooperation_is_a_rejection_that_happened(text, source, target):
    assert (source, target, "REJECT", "occurred") in triples(text)


def test_refused_condemnation_stays_a_negated_condemnation():
    assert ("IND", "RUS", "ACCUSE", "negated") in triples("India refused to condemn Russia.")


@pytest.mark.parametrize("text, status", [
    ("Turkey will impose sanctions on Syria next month.", "planned"),
    ("Turkey said it would impose sanctions on Syria.", "planned"),  # the reported "will"
    ("Turkey says it would impose sanctions on Syria.", "expected"),
])
def test_announced_conflict_is_a_threat(text, status):
    assert ("TUR", "SYR", "THREATEN", status) in triples(text)


def test_prediction_by_others_keeps_the_act():
    analysis, events = coded("Analysts said Turkey is likely to impose sanctions on Syria.")
    sanctions = [e for e in events if e.trigger == "impose"]
    assert sanctions and all(e.cameo.startswith("16") and e.status == "expected" for e in sanctions)


def test_threat_is_aimed_at_whom_its_condition_names():
    found = triples("Farmers in Poland threatened to block the border unless Ukraine cut its grain exports.")
    assert any(target == "UKR" and plover == "THREATEN" for _, target, plover, _ in found)


def test_condition_itself_is_no_threat():
    found = triples("If Serbia attacks Kosovo, NATO will respond.")
    assert ("SRB", "XKX", "ASSAULT", "hypothetical") in found


def test_willingness_is_intent_of_the_subject():
    assert ("NOR", "SWE", "AGREE", "planned") in triples("Norway is willing to help defend Sweden.")


@pytest.mark.parametrize("text, a, b", [
    ("The Indian prime minister telephoned Japan's foreign minister on Monday.", "IND", "JPN"),
    ("Ghana and Togo renewed negotiations on Togo's border posts.", "GHA", "TGO"),
    ("Bolivia and Paraguay agreed to a ceasefire.", "BOL", "PRY"),
    ("The Chilean foreign minister spoke with his Argentine counterpart on Friday.", "CHL", "ARG"),
])
def test_consultation_and_agreement_are_mutual(text, a, b):
    pairs = {(s, t) for s, t, *_ in triples(text)}
    assert {(a, b), (b, a)} <= pairs


def test_unnamed_victims_of_an_arrest_belong_to_the_country():
    analysis, events = coded("Kenyan police arrested 40 people on Monday.")
    arrest = next(e for e in events if e.plover == "COERCE")
    assert country(analysis, arrest.target) == "KEN" and analysis.actors[arrest.target].actor_type == "group"
    assert "described, not named: target" in arrest.why


def test_unnamed_attacker_is_unidentified_forces_of_the_place():
    analysis, events = coded("A roadside bomb killed two Nigerian soldiers in Maiduguri on Sunday.")
    attack = next(e for e in events if e.plover == "ASSAULT")
    assert attack.source == "NGAUAF" and country(analysis, attack.target) == "NGA"
    assert "unidentified" in analysis.actors["NGAUAF"].name


def test_attack_victims_do_not_take_the_attackers_country():
    found = triples("Ethiopian troops killed 30 people, witnesses said.")
    assert not any(s == "ETH" and t == "ETH" for s, t, plover, _ in found if plover == "ASSAULT")


def test_protest_with_no_target_is_aimed_at_its_government():
    analysis, events = coded("Thousands of Peruvian students staged a protest in Lima on Friday.")
    protest = next(e for e in events if e.plover == "PROTEST")
    assert protest.target == "PERGOV"


def test_stance_prefix_is_no_country():
    found = triples("An anti-Iran journalist was arrested in Baghdad.")
    assert not any("IRN" in (s, t) for s, t, *_ in found)


def test_investigation_is_about_the_culprit():
    found = triples("Colombia is investigating alleged abuses by Venezuelan soldiers.")
    assert ("COL", "VEN", "ACCUSE", "ongoing") in found or ("COL", "VEN", "ACCUSE", "occurred") in found


def test_stative_passive_subject_is_the_source():
    assert ("BRA", "ARG", "REJECT", "occurred") in triples("Brazil is opposed to Argentine mediation in the dispute.")


@pytest.mark.parametrize("text", [
    "NATO-member Turkey agreed to help defend Qatar.",
    "Turkey, a key NATO ally, agreed to help defend Qatar.",
])
def test_membership_is_no_second_actor(text):
    sources = {s for s, *_ in triples(text)}
    assert "TUR" in sources and "IGO" not in sources


def test_pattern_noun_may_be_a_compound_of_the_object():
    analysis, events = coded("Qatar halted mediation efforts between the two factions on Sunday.")
    assert any(e.cameo == "165" for e in events)


def test_decision_to_act_is_the_act():
    found = triples("Egypt decided to allow Sudanese refugees to cross the border.")
    assert any(s == "EGY" and plover == "CONCEDE" for s, _, plover, _ in found)


def test_mediation_among_parties_targets_them():
    found = triples("The African Union may halt mediation efforts among Sudan's rival factions if the fighting continues.")
    assert any(t == "SDN" and plover == "THREATEN" for _, t, plover, _ in found)


def test_owner_of_a_withdrawal_is_not_the_place_left():
    found = triples("The European Union demanded the withdrawal of Russian forces from Georgia.")
    assert ("IGOEU", "RUS", "REQUEST", "occurred") in found
    assert not any(t == "GEO" and plover == "REQUEST" for _, t, plover, _ in found)


def test_forces_engaged_in_fighting_are_the_attackers():
    found = triples("Eritrean forces were engaged in heavy fighting near the Ethiopian border.")
    assert any(s == "ERI" and plover == "ASSAULT" for s, _, plover, _ in found)


def test_possibility_is_no_threat():
    found = triples("Western officials said there is a real threat Russia could invade Georgia.")
    assert ("RUS", "GEO", "ASSAULT", "expected") in found
    assert not any(plover == "THREATEN" for *_, plover, _ in found)


def test_support_by_several_is_no_support_among_them():
    pairs = {(s, t) for s, t, plover, _ in triples("The plan was supported by Brazil, India and South Africa.")}
    assert not pairs & {("BRA", "IND"), ("IND", "BRA"), ("IND", "ZAF")}


def test_a_person_and_their_own_state_are_one_side():
    analysis, events = coded("China's top foreign policy leader Wang Yi agreed to resume the dialogue.")
    assert not [e for e in events if {country(analysis, e.source), country(analysis, e.target)} == {"CHN"}
                and e.source != e.target and e.plover == "AGREE"]


def test_easing_with_no_one_named_is_for_the_countrys_own_people():
    analysis, events = coded("The Sri Lankan government lifted the nightly curfew on Friday.")
    eased = [e for e in events if e.cameo.startswith("081")]
    assert eased and all(country(analysis, e.target) == "LKA" for e in eased)


@pytest.mark.parametrize("text", [
    "Serbia threatened to seize the Presevo valley.",
    "Morocco threatened to annex the Tindouf region.",
])
def test_a_named_place_threatened_is_no_people_of_the_threatener(text):
    """Coercion with no one named is aimed at the doer's own people ("imposed a curfew"), but not where its
    object is a place the text names that no actor stands for: that place is no side of the doer's."""
    analysis, events = coded(text)
    threats = [e for e in events if e.cameo.startswith("13")]
    assert threats and all(e.target is None for e in threats)


def test_announced_decision_is_the_act_planned_not_a_threat():
    analysis, events = coded("Canada announced it would impose sanctions on Belarus.")
    sanctions = [e for e in events if e.trigger == "impose"]
    assert sanctions and all(e.cameo.startswith("16") and e.status == "planned" for e in sanctions)


def test_a_news_agency_lends_no_country_to_unnamed_officials():
    analysis, events = coded("Officials told Reuters on Monday that the talks had stalled.")
    assert not [e for e in events if e.source and country(analysis, e.source) == "GBR"]


def test_an_act_with_its_doer_elsewhere_is_no_unidentified_attack():
    analysis, events = coded("Experts called for a campaign to eradicate the cattle disease in Nepal and Bhutan.")
    assert not [e for e in events if e.source and e.source.endswith("UAF")]


def test_unnamed_speakers_stay_unnamed():
    analysis, events = coded("Japan agreed to buy more parts, a Commerce department official said.")
    said = [e for e in events if e.trigger == "said"]
    # no side is guessed for the speaker, and a statement with no side is no event
    assert not said and any(e.source == "JPN" for e in events)


@pytest.mark.parametrize("text, target", [
    ("Kurdish officials accused the Iraqi army of shelling villages near Sinjar.", "IRQMIL"),
    ("Baloch leaders condemned the Pakistani army on Sunday.", "PAKMIL"),
])
def test_a_group_of_another_people_does_not_take_the_other_sides_country(text, target):
    analysis, events = coded(text)
    judged = next(e for e in events if e.target == target)
    assert judged.source is None or country(analysis, judged.source) != target[:3]


def test_an_unqualified_group_still_takes_the_other_sides_country():
    analysis, events = coded("Protesters accused the Iraqi army of shelling villages near Sinjar.")
    accusation = next(e for e in events if e.target == "IRQMIL")
    assert country(analysis, accusation.source) == "IRQ"


@pytest.mark.parametrize("text", [
    "Ghanaian President John Mahama met his Togolese counterpart in Accra.",
    "The Ghanaian foreign minister held talks with his counterpart in Accra on Monday.",
])
def test_a_meeting_at_home_is_no_meeting_with_the_hosts_own_country(text):
    analysis, events = coded(text)
    meetings = [e for e in events if e.cameo.startswith("04")]
    assert meetings and not any(e.target and country(analysis, e.target) == "GHA" and country(analysis, e.source) == "GHA"
                                for e in meetings)


def test_the_possessor_of_a_counterpart_is_not_the_counterpart():
    analysis, events = coded("Ghanaian President John Mahama telephoned his counterpart on Monday.")
    assert not [e for e in events if e.target and country(analysis, e.target) == "GHA"]


def test_a_possessor_before_a_name_is_no_side_of_its_own():
    analysis, events = coded("Italy's Meloni met Japan's Kishida in Rome on Friday.")
    met = [e for e in events if e.trigger == "met"]
    assert met and all(e.source and e.target and not e.source.isupper() and not e.target.isupper() for e in met)
    assert {country(analysis, e.source) for e in met} == {"ITA", "JPN"}


@pytest.mark.parametrize("text, owner", [
    ("Armenia's allies sent more observers to the border.", "ARM"),
    ("Critics of the Serbian government accused it of rigging the vote.", "SRB"),
])
def test_allies_and_critics_of_a_state_are_not_that_state(text, owner):
    analysis, events = coded(text)
    assert not [e for e in events if e.source and country(analysis, e.source) == owner]


def test_a_by_phrase_on_an_event_noun_names_its_doer():
    analysis, events = coded("The expulsion of two Czech diplomats by Hungary angered Prague.")
    expelled = [e for e in events if e.trigger == "expulsion"]
    assert expelled and all(country(analysis, e.source) == "HUN" for e in expelled)


@pytest.mark.parametrize("text, owner", [
    ("Erdogan's visit to Athens drew protests from nationalist groups.", "TUR"),
    ("Beijing's decision sparked riots in the capital.", "CHN"),
])
def test_acts_an_event_brings_about_are_not_its_doers(text, owner):
    analysis, events = coded(text)
    assert not [e for e in events if e.cameo.startswith("14") and e.source and country(analysis, e.source) == owner]


def test_a_place_conjoined_with_a_state_in_an_attack_is_a_target_too():
    analysis, events = coded("Israeli jets bombed Gaza and Lebanon on Sunday.")
    assert {country(analysis, e.target) for e in events if e.trigger == "bombed"} == {"PSE", "LBN"}


def test_an_unnamed_traveller_is_not_of_the_country_visited():
    analysis, events = coded("The foreign minister travelled to Jordan on Sunday.")
    assert not [e for e in events if e.source and country(analysis, e.source) == "JOR"]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Russia's invasion of Georgia in 2008 shocked Europe.", "invasion", "RUS", "GEO"),
    ("The blockade of Qatar by Saudi Arabia ended in 2021.", "blockade", "SAU", "QAT"),
])
def test_the_of_object_of_an_owned_event_noun_is_its_target(text, trigger, source, target):
    analysis, events = coded(text)
    assert (source, target) in {(country(analysis, e.source), country(analysis, e.target)) for e in events if e.trigger == trigger}


def test_the_of_object_of_a_visit_is_its_doer_not_its_target():
    analysis, events = coded("The visit of the Indian prime minister to Kabul ended on Friday.")
    assert not [e for e in events if e.trigger == "visit" and e.target and country(analysis, e.target) == "IND"]


def test_a_stance_on_acts_each_doer_takes_alone_pairs_no_doers():
    """ "A, B and C said they would pull out of the pact": a 030 intent, but to withdraw, which each does alone;
    the doers are no targets of each other (the stance's code is no mutual act of theirs)."""
    analysis, events = coded("Niger, Mali and Burkina Faso announced that their countries would withdraw from the regional bloc.")
    withdrawals = [e for e in events if e.trigger == "withdraw"]
    assert {country(analysis, e.source) for e in withdrawals} == {"NER", "MLI", "BFA"}
    assert all(e.target is None for e in withdrawals)


def test_a_stance_on_a_mutual_act_still_pairs_its_doers():
    analysis, events = coded("Egypt and Jordan vowed to deepen their cooperation.")
    assert {(country(analysis, e.source), country(analysis, e.target)) for e in events} >= {("EGY", "JOR"), ("JOR", "EGY")}
