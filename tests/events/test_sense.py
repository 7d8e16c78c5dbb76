"""Codes by sense (events/sense.py, data/sense.yaml): a verb's code follows its object, particle
and use, not its lemma alone. Sentences written for these tests, coded through actors and events."""

import pytest

from newsledger.events.patterns import load_codebook, load_senses
from tests.events.conftest import events_and_actors, side_country


@pytest.fixture(scope="module")
def coded(nlp):
    def run(text):
        events, actors = events_and_actors(nlp, text)
        return [(e.trigger, e.cameo, side_country(actors, e.source), side_country(actors, e.target), e.status) for e in events]
    return run


def by_trigger(events, trigger):
    return [e for e in events if e[0] == trigger]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Hungary paused a shipment of artillery shells to Serbia.", "paused", "HUN", "SRB"),
    ("Norway has suspended deliveries of grain to Yemen.", "suspended", "NOR", "YEM"),
    ("Japan delayed the transfer of patrol boats to Vietnam.", "delayed", "JPN", "VNM"),
])
def test_pausing_a_shipment_reduces_material_aid(coded, text, trigger, source, target):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1].startswith("16") and event[2:4] == (source, target)


@pytest.mark.parametrize("text, trigger", [
    ("Canada pulled out its soldiers from Haiti.", "pulled"),
    ("Chad has withdrawn its troops from Niger.", "withdrawn"),
    ("Belgium removed its forces from Mali last year.", "removed"),
])
def test_withdrawing_forces_is_a_military_retreat(coded, text, trigger):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1] == "0874" and event[4] == "occurred"


def test_withdrawing_peacekeepers_or_observers_is_a_sanction_not_a_retreat(coded):
    (event,) = by_trigger(coded("Fiji withdrew its peacekeepers from the Golan Heights."), "withdrew")
    assert event[1] == "1661"
    (event,) = by_trigger(coded("Austria recalled its observers from Georgia."), "recalled")
    assert event[1] == "1662"


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Myanmar released two Thai fishermen on Friday.", "released", "0841"),
    ("Iran freed a French journalist.", "freed", "0841"),
    ("Italy returned stolen artifacts to Egypt.", "returned", "0842"),
])
def test_releasing_people_and_returning_property(coded, text, trigger, cameo):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1] == cameo and load_codebook()[cameo]["plover"] == "RETREAT"


def test_expelling_diplomats_breaks_relations(coded):
    (event,) = by_trigger(coded("Latvia expelled two Belarusian diplomats."), "expelled")
    assert event[1] == "161" and event[2:4] == ("LVA", "BLR")


@pytest.mark.parametrize("text, trigger, cameo", [
    ("The junta declared a state of emergency in Niger.", "declared", "1724"),
    ("Ecuador imposed martial law in two provinces.", "imposed", "1724"),
    ("Azerbaijan imposed a blockade on Armenia.", "imposed", "191"),
])
def test_a_multiword_object_names_the_act(coded, text, trigger, cameo):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1] == cameo


def test_a_quantity_head_passes_its_noun_to_the_pattern(coded):
    (event,) = by_trigger(coded("Belarus sent thousands of artillery shells to Russia."), "sent")
    assert event[1:4] == ("072", "BLR", "RUS")


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Greece sued Turkey at the European Court of Human Rights.", "sued", "115"),
    ("Bolivia filed a lawsuit against Chile.", "filed", "115"),
    ("Serbia spurned the proposal from Kosovo.", "spurned", "120"),
    ("Georgia rejected mediation by Russia.", "rejected", "126"),
])
def test_legal_and_rejection_verbs_take_their_cameo_category(coded, text, trigger, cameo):
    assert {e[1] for e in by_trigger(coded(text), trigger)} == {cameo}


def test_called_out_is_a_denunciation(coded):
    (event,) = by_trigger(coded("Canada called out China for its treatment of Uighurs."), "called")
    assert event[1] == "111" and event[2:4] == ("CAN", "CHN")


def test_verbs_of_saying_in_speech_use_are_statements(coded):
    events = coded("Turkey will never accept the plan, Erdogan added.")
    assert [e[1] for e in by_trigger(events, "added")] == ["010"]
    events = coded("Syria claimed that Israel had struck an airport near Damascus.")
    assert [e[1] for e in by_trigger(events, "claimed")] == ["010"]
    assert by_trigger(events, "struck")  # the claimed strike is still coded


def test_a_denial_that_happened_and_the_denied_act_not_asserted(coded):
    events = coded("Rwanda denied that its soldiers had crossed into Congo.")
    assert [e[1:3] for e in by_trigger(events, "denied")] == [("016", "RWA")]
    assert all(e[4] != "occurred" for e in by_trigger(events, "crossed"))


def test_add_with_an_object_keeps_its_act_sense(coded):
    (event,) = by_trigger(coded("The European Union added Iran to its sanctions list."), "added")
    assert event[1] != "010"


def test_defending_a_policy_is_endorsement_and_defending_a_country_protection(coded):
    (event,) = by_trigger(coded("The French minister defended Germany's decision on energy."), "defended")
    assert event[1] == "052"
    (event,) = by_trigger(coded("Poland's president defended the country's judges against criticism."), "defended")
    assert event[1] == "052"
    (event,) = by_trigger(coded("British troops defended Estonia."), "defended")
    assert event[1] == "074"


def test_an_order_for_a_nominal_attack_is_the_attack(coded):
    events = coded("Russia ordered airstrikes against Syrian rebels.")
    assert not by_trigger(events, "ordered")
    assert [e[1] for e in by_trigger(events, "airstrikes")] == ["195"]


def test_every_sense_rule_names_its_cameo_source():
    senses = load_senses()
    book = load_codebook()
    for entry in senses["object_classes"]:  # a class that makes no event says so
        assert entry["source"].startswith("No event") if entry["cameo"] is None else \
            entry["source"].startswith(f"CAMEO {entry['cameo']}") and entry["cameo"] in book
    for cameo in [*senses["verbs"].values(), *senses["speech_senses"].values(),
                  *(p["cameo"] for p in senses["particles"])]:
        assert cameo is None or cameo in book


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Al-Shabaab launched an attack on a Kenyan army base.", "attack", "190"),
    ("Militants carried out an assault on a police station in northern Nigeria.", "assault", "190"),
    ("Iranian hackers launched cyber attacks on Israeli government websites.", "attacks", "190"),
    ("The Kenyan opposition launched a scathing attack on the Ugandan government.", "attack", "111"),
])
def test_a_launched_attack_is_force_unless_verbal(coded, text, trigger, cameo):
    events = coded(text)
    assert {e[1] for e in by_trigger(events, trigger)} == {cameo}
    assert not by_trigger(events, "launched") and not by_trigger(events, "carried")


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Canada will not lift the sanctions on Belarus.", "lift", "1244"),
    ("Chile said it cannot release the Bolivian prisoners.", "release", "1243"),
    ("Armenia will not hold talks with Azerbaijan.", "talks", "125"),
])
def test_an_actors_negated_will_to_yield_or_meet_is_a_refusal(coded, text, trigger, cameo):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1] == cameo and event[4] == "occurred"


def test_other_negated_acts_stay_negated(coded):
    (event,) = by_trigger(coded("Poland will not send fighter jets to Ukraine."), "send")
    assert event[1].startswith("07") and event[4] == "negated"


def test_a_verb_with_its_own_code_carries_it_to_its_patterns(coded):
    (event,) = by_trigger(coded("A Saudi company is suing the United States for damages."), "suing")
    assert event[1] == "115"


def test_an_arrest_warrant_is_legal_action(coded):
    events = coded("Police in Spain issued an arrest warrant for a Russian banker.")
    assert {e[1] for e in by_trigger(events, "issued")} == {"173"}


def test_expelled_aid_workers_are_expelled_aid_agencies(coded):
    (event,) = by_trigger(coded("Eritrea expelled foreign aid workers from the border region."), "expelled")
    assert event[1] == "1663"


def test_a_conviction_is_an_accusation_of_crime_not_an_arrest(coded):
    (event,) = by_trigger(coded("A court in Paris convicted Lebanon's former central bank governor of fraud."), "convicted")
    assert event[1] == "1121" and load_codebook()["1121"]["plover"] == "ACCUSE"


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Belgrade called the vote in Pristina a milestone.", "called", "010"),
    # a name that is a negative judgement is criticism (sense.yaml naming_judgements), still no call
    ("Belgrade called the vote in Pristina a provocation.", "called", "111"),
    # naming a report or claim so denies it (naming_judgements denial, issue 17): 016, as "denied the report"
    ("Tehran labelled the report a fabrication.", "labelled", "016"),
])
def test_naming_an_object_is_a_statement_not_a_call(coded, text, trigger, cameo):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1] == cameo


def test_calling_someone_is_still_contact(coded):
    assert [e[1][:2] for e in by_trigger(coded("Macron called Scholz on Friday."), "called")] != ["01"]


@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Britain launched strikes on rebel bases in Yemen on Saturday.", "strikes", "190", "GBR", "YEM"),
    ("France carried out strikes on Houthi positions near the coast.", "strikes", "190", "FRA", "YEM"),
    ("Pakistan carried out strikes against militant hideouts in Afghanistan.", "strikes", "190", "PAK", "AFG"),
    ("Turkey conducted drone strikes on positions in northern Iraq.", "strikes", "195", "TUR", "IRQ"),
    ("Israel launched an air raid on a camp near Damascus.", "raid", "195", "ISR", "SYR"),
])
def test_strikes_and_raids_aimed_at_a_target_are_military_force(coded, text, trigger, cameo, source, target):
    (event,) = by_trigger(coded(text), trigger)
    assert event[1:4] == (cameo, source, target)


def test_a_strike_with_a_date_stays_a_strike_of_labour(coded):
    assert not [e for e in coded("Steel workers in Poland began a strike on Monday.") if e[1].startswith("19")]


@pytest.mark.parametrize("text, cameo, target", [
    ("Russia fired dozens of missiles at Kharkiv overnight.", "195", "UKR"),
    ("Armenian forces fired mortar shells at villages in Azerbaijan.", "194", "AZE"),
])
def test_weapons_fired_at_a_target_are_an_attack(coded, text, cameo, target):
    (event,) = by_trigger(coded(text), "fired")
    assert (event[1], event[3]) == (cameo, target)


def test_a_missile_fired_at_no_target_is_a_show_of_force(coded):
    (event,) = by_trigger(coded("North Korea fired a ballistic missile into the sea on Monday."), "fired")
    assert event[1] == "150"


@pytest.mark.parametrize("text", ["Putin signed a decree on Monday.", "The president signed the budget bill."])
def test_signing_a_decree_or_bill_is_no_request(coded, text):
    assert not [e for e in coded(text) if e[1].startswith("10")]


@pytest.mark.parametrize("text, trigger, code", [
    # a warning about what others may do, or about what may happen, is a pessimistic comment
    ("Georgian officials warned that Russian troops could cross the border within days.", "warned", "012"),
    ("Armed groups could seize the capital before the election, Malian officials cautioned on Sunday.", "cautioned", "012"),
    ("The World Food Programme warned there could be famine in Sudan by the summer.", "warned", "012"),
    # a warning of what the warner will do, or given to an addressee, stays a threat
    ("Tehran warned that it would retaliate against any strike on its oil terminals.", "warned", "130"),
    ("Beijing warned Manila that it would face consequences.", "warned", "130"),
])
def test_a_warning_threatens_only_when_the_warner_may_act(coded, text, trigger, code):
    assert [c for _, c, *_ in by_trigger(coded(text), trigger)][:1] == [code]


@pytest.mark.parametrize("text, act", [
    ("Hungary vetoed the EU statement on Georgia, calling it one-sided.", "vetoed"),
    ("Warsaw expelled a Belarusian diplomat on Friday, citing security concerns.", "expelled"),
    ("Seoul denounced the missile launch, describing it as a grave provocation.", "denounced"),
])
def test_a_naming_or_citing_participle_on_an_act_is_no_statement_of_its_own(coded, text, act):
    events = coded(text)
    assert by_trigger(events, act) and [e[0] for e in events] == [act] * len(events)


def test_calling_for_or_calling_out_in_a_participle_stays_an_act(coded):
    # a demand or a criticism in the participle is an act of its own, not the wording of the first
    assert by_trigger(coded("Jordan condemned the raid on the camp, calling for an international inquiry."), "calling")
    assert by_trigger(coded("Canada backed the resolution, calling out Iran for its treatment of protesters."), "calling")


@pytest.mark.parametrize("text, trigger, code", [
    # blocking what a body needs consent for is a veto
    ("Slovakia blocked the EU's new sanctions package on Iran.", "blocked", "129"),
    ("Greece blocked North Macedonia's bid to join the alliance.", "blocked", "129"),
    # a state's forces blocking a road or a convoy impose a blockade; protesters blocking one protest
    ("Sudanese troops blocked the road to the camp on Sunday.", "blocked", "191"),
])
def test_blocking_reads_its_object_and_its_doer(coded, text, trigger, code):
    assert [c for _, c, *_ in by_trigger(coded(text), trigger)][:1] == [code]


@pytest.mark.parametrize("text, trigger", [
    ("Philippine patrol boats sailed into waters claimed by China.", "claimed"),
    ("Vietnamese fishermen were arrested near islands that Beijing claims.", "claims"),
])
def test_land_or_sea_claimed_as_ones_own_is_no_accusation(coded, text, trigger):
    assert not by_trigger(coded(text), trigger)


def test_interfering_in_affairs_is_no_aid(coded):
    events = coded("Mali's government accused Algeria of interfering in its internal affairs.")
    assert not any(c.startswith("07") for _, c, *_ in events)


def test_a_vow_the_parser_hung_in_the_reported_clause_is_the_speakers(coded):
    # "said the strikes killed five people and vowed to retaliate": strikes vow nothing
    events = coded("Hezbollah said the raids killed three fighters and vowed to retaliate.")
    assert any(c.startswith("13") for _, c, *_ in events)


@pytest.mark.parametrize("text, trigger, source, target", [
    ("Two Indonesian patrol ships fired water cannon at a Malaysian trawler.", "fired", "IDN", "MYS"),
    ("Georgian riot police used tear gas against the crowd in Tbilisi.", "used", "GEO", "GEO"),
])
def test_riot_control_weapons_are_repression_not_a_show_of_force(coded, text, trigger, source, target):
    """Water cannon, tear gas and rubber bullets are CAMEO 175, not the 150 of "fired a cannon"."""
    (event,) = by_trigger(coded(text), trigger)
    assert event[1] == "175" and event[2:4] == (source, target)


def test_a_thing_an_act_of_repression_is_aimed_at_is_no_people_of_the_doer():
    from tests.events.conftest import coded as whole

    analysis, events = whole("Chinese coast guard vessels fired water cannon at the boat.")
    assert [(e.cameo, e.target) for e in events if e.trigger == "fired"] == [("175", None)]


def test_signalling_what_one_may_do_is_a_statement_not_an_intent(coded):
    """ "signalled it could block the deal": a statement (010), its content the act, expected; "signalled its
    readiness to talk" keeps PETRARCH's 030."""
    events = coded("Turkey has signalled it could block the accession protocol.")
    assert [e[1] for e in by_trigger(events, "signalled")] == ["010"]
    assert [e[4] for e in by_trigger(events, "block")] == ["expected"]
    assert [e[1] for e in by_trigger(coded("Tokyo signalled its readiness to resume talks."), "signalled")] == ["030"]


# Issue 17 (judged wire articles): the code follows the verb's frame, not the verb alone.
@pytest.mark.parametrize("text, trigger, cameo", [
    # "called on" parsed with a particle is still PETRARCH2's CALL ON (020), no 040 call
    ("Thailand, which also has claims in the area, said it opposed any use of force and called on all parties to "
     "respect the truce.", "called", "020"),
    # a proper name's words name no object: no 0234 "ask security" from "Security Council"
    ("Chile asked the UN Security Council to hold an emergency session.", "asked", "020"),
    # an offer to mediate is 039 Express intent to mediate (roles.yaml stance_codes intent 045)
    ("Norway has offered to mediate between the two factions.", "offered", "039"),
    ("Oman offered to broker talks between Iran and the United States.", "offered", "039"),
    # talking by telephone is 041 Discuss by telephone (sense.yaml mutual_talk by_phone, nominal "phone call")
    ("Scholz spoke by phone with Modi on Monday.", "spoke", "041"),
    ("Ramaphosa held a phone call with Tinubu on Tuesday.", "call", "041"),
    # gathering in protest and rallying against someone are 141 demonstrations
    ("Hundreds of Armenians gathered in protest outside the embassy.", "gathered", "141"),
    ("Thousands rallied against the government in Tbilisi.", "rallied", "141"),
    # troops sent to one's own ground are a mobilisation (154), not PETRARCH2's SEND TROOPS 062
    ("Nigeria sent additional troops to its northern state of Borno.", "sent", "154"),
    # exercises of two sides told through "are scheduled to begin" are joint: 062, no threat
    ("Indonesia and Malaysia are scheduled to begin their annual exercises next week.", "exercises", "062"),
    # stepping up patrols is a show of force (150), not PETRARCH2's INCREASE PATROLS 130
    ("Japan increased patrols near the islands.", "increased", "150"),
    ("India stepped up patrols along the frontier.", "stepped", "150"),
    # punitive or restrictive measures are sanctions (163), not bare IMPOSE 170
    ("The EU imposed punitive measures on Georgia.", "imposed", "163"),
    ("Britain imposed restrictive measures on Iranian banks.", "imposed", "163"),
    # "intervene militarily" is PETRARCH2's 190, read from the adverb
    ("Chad intervened militarily in the conflict.", "intervened", "190"),
    # a claim or report named false is denied (016)
    ("Moscow called the report a fabrication.", "called", "016"),
    ("Beijing described the allegations as baseless.", "described", "016"),
])
def test_code_follows_the_frame(coded, text, trigger, cameo):
    assert [e[1] for e in by_trigger(coded(text), trigger)][:1] == [cameo]


def test_judgement_in_a_relative_clause_is_aimed_at_the_doer(coded):
    (event,) = by_trigger(coded("Israel annexed the area, a move that Jordan called illegal."), "called")
    assert event[1:4] == ("111", "JOR", "ISR")
    (event,) = by_trigger(coded("Azerbaijan closed the road, a step Yerevan described as provocative."), "described")
    assert event[1] == "111" and event[3] == "AZE"


def test_military_intervention_ruled_out_is_negated_force(coded):
    (event,) = by_trigger(coded("Erdogan said Turkey would not intervene militarily in Syria."), "intervene")
    assert event[1] == "190" and event[4] == "negated"
