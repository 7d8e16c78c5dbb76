"""Status through embeddings, construction by construction (issue 17, the reviewer's leftovers and the
planned and expected kinds). Sentences written for these tests, each in its construction's general form."""

import pytest

from newsledger.frames.commitment import commitment, halting_word
from newsledger.interfaces.coding import code_text
from tests.frames.conftest import of

NOT_OCCURRED = ("negated", "planned", "expected", "hypothetical", "claimed")


@pytest.mark.parametrize("sentence, word, holder", [
    ("Minsk denied reports that its border guards had detained two Polish journalists.", "detained", "Minsk"),
    ("The ministry dismissed claims by rights groups that its police had beaten protesters.", "beaten", "The ministry"),
    ("Ankara rejected allegations that its drones had struck a hospital.", "struck", "Ankara"),
    ("Rumours that the general had fled abroad were denied by the army.", "fled", "the army"),
])
def test_a_claim_noun_under_a_denial_is_negated_in_the_deniers_view(nlp, sentence, word, holder):
    # "denied reports that X" commits like "denied that X": the denier says X did not happen.
    found = of(nlp, sentence, word)
    assert (found.status, found.view, found.holder, found.polarity) == ("negated", "negated", f"source: {holder}", "-")
    assert found.factuality < 0 and found.chain[0].split(" ")[0] in sentence.split(" ")


def test_a_claim_noun_under_a_confirmation_is_the_confirmers_claim(nlp):
    found = of(nlp, "The navy confirmed reports that a tanker had sunk off the coast.", "sunk")
    assert (found.status, found.view, found.holder) == ("claimed", "occurred", "source: The navy")


def test_a_claim_noun_under_a_neutral_verb_stays_the_claims_own(nlp):
    # "cited reports that X": the verb judges nothing, the reports say X
    found = of(nlp, "The senator cited reports that the militia had seized two ports.", "seized")
    assert (found.status, found.holder) == ("claimed", "source: reports")


def test_not_denying_reports_lets_them_stand(nlp):
    found = of(nlp, "The company did not deny reports that it had sold the patents.", "sold")
    assert (found.status, found.view, found.holder) == ("claimed", "occurred", "source: The company")


def test_no_report_that_leaves_the_act_not_occurred(nlp):
    assert of(nlp, "There were no reports that the navy had fired on the ferry.", "fired").status in NOT_OCCURRED


@pytest.mark.parametrize("sentence, word", [
    ("The ministry did not deny that its drones had struck the depot.", "struck"),
    ("Caracas has never denied that its troops crossed the river.", "crossed"),
])
def test_not_denying_lets_the_claim_stand(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert found.status == "claimed" and found.view == "occurred" and found.holder.startswith("source:")


def test_refusing_to_let_another_act_negates_the_act(nlp):
    found = of(nlp, "The junta refused to let the observers enter the capital.", "enter")
    assert found.status == "negated"


@pytest.mark.parametrize("sentence", [
    "It is unlikely that Belgrade will recognise the new republic.",
    "Belgrade is unlikely to recognise the new republic.",
])
def test_unlikely_is_expected_not_to_happen(nlp, sentence):
    # not to be counted on: "negated" as a status, while the scalar stays a lean ("probably not"), not a denial
    found = of(nlp, sentence, "recognise")
    assert found.status == "negated" and any("unlikely" in step for step in found.chain)
    assert found.polarity == "-" and -2.5 < found.factuality < 0


@pytest.mark.parametrize("sentence, word", [
    ("The central bank is not expected to cut rates in June.", "cut"),
    ("The strike is not likely to end before the holidays.", "end"),
    ("Analysts do not expect the two leaders to meet this year.", "meet"),
])
def test_a_negated_expectation_expects_the_act_not_to_happen(nlp, sentence, word):
    # the "not" scopes over the expectation (neg-raising): the act is expected not to happen, a lean, not a denial
    found = of(nlp, sentence, word)
    assert (found.status, found.polarity) == ("negated", "-") and found.factuality < 0
    assert any(step.endswith("-> o-") for step in found.chain)  # open, leaning to not: no denial in the chain


def test_not_unlikely_leans_to_happening(nlp):
    found = of(nlp, "It is not unlikely that the court will delay the verdict.", "delay")
    assert (found.status, found.polarity) == ("expected", "+") and found.factuality > 0


def test_unlikely_forecast_has_a_low_probability_and_is_not_negated():
    forecasts = code_text("It is unlikely that Belgrade will recognise the new republic.", published="2024-05-08").forecasts
    assert [(f.negated, f.probability < 0.5) for f in forecasts] == [(False, True)]


@pytest.mark.parametrize("sentence, word, status", [
    ("Paris urged Kigali not to send troops across the border.", "send", "expected"),  # a request not to act
    ("The envoy asked Quito not to expel the diplomats.", "expel", "expected"),
    ("The rebels vowed never to lay down their arms.", "lay", "planned"),  # an intention not to act
    ("Analysts believe the central bank will not raise rates.", "raise", "negated"),  # a belief that it will not
])
def test_a_negation_under_a_request_intention_or_belief_leaves_the_act_open(nlp, sentence, word, status):
    # The author asserts no non-occurrence: a request or an intention keeps the step's status, the "not" stays in
    # the chain; a belief that the act will not happen is "negated" in status, with the scalar of an open act.
    found = of(nlp, sentence, word)
    assert (found.status, found.view, found.polarity) == (status, status, "-")
    assert found.factuality < 0 and any(step.endswith("-> o-") for step in found.chain)


@pytest.mark.parametrize("sentence, word", [
    ("The militia agreed to stop shelling the airport road.", "shelling"),
    ("Both armies pledged to cease firing across the river.", "firing"),
    ("The separatists agreed to cease raids on border villages.", "raids"),
])
def test_an_act_agreed_or_pledged_to_be_stopped_is_open_and_halted(nlp, sentence, word):
    # "stop"/"cease" (-/+) under an intention: the act is planned to end, the status the intention's
    found = of(nlp, sentence, word)
    assert found.status == "planned"
    assert halting_word(next(t for t in nlp(sentence) if t.text == word)).lemma_ in ("stop", "cease")


def test_a_request_not_to_act_is_open_in_the_frames_and_no_event(nlp):
    sentence = "Warsaw urged Minsk not to deport the Polish journalists."
    found = of(nlp, sentence, "deport")
    assert (found.status, found.polarity, found.embedded_by) == ("expected", "-", "request")
    events = code_text(sentence, published="2024-05-08").events
    assert [e for e in events if e.trigger == "deport"] == [] and any(e.trigger == "urged" for e in events)


@pytest.mark.parametrize("sentence, word", [
    ("The rebels demanded that the army withdraw from the valley.", "withdraw"),  # a that-clause
    ("Lebanon called on Israel to halt the strikes.", "halt"),  # the "to" clause after a prepositional addressee
    ("The minister asked for talks with the union.", "talks"),  # "ask for" an event noun
    ("Ankara urged Moscow to cease shelling Syrian towns.", "shelling"),  # through a verb in between
    ("Paris called on Kigali to stop backing the rebels.", "backing"),
])
def test_what_a_request_asks_for_is_embedded_by_it(nlp, sentence, word):
    assert of(nlp, sentence, word).embedded_by == "request"


@pytest.mark.parametrize("sentence, word", [
    ("The union demanded higher wages after being excluded from the talks.", "excluded"),  # a clause beside it
    ("The envoy asked for a delay and signed the accord on Monday.", "signed"),  # its conjunct
    ("Kenya persuaded Somalia to release the hostages.", "release"),  # an implicative: done (MegaVeridicality +/-)
])
def test_clauses_beside_a_request_are_not_what_it_asks_for(nlp, sentence, word):
    assert of(nlp, sentence, word).embedded_by != "request"


@pytest.mark.parametrize("sentence, word", [
    ("Diplomats doubt that the truce will survive the winter.", "survive"),
    ("The minister doubts the budget will pass this year.", "pass"),
])
def test_doubt_is_a_belief_leaning_to_not(nlp, sentence, word):
    found = of(nlp, sentence, word)
    expected = of(nlp, sentence.replace("doubts", "expects").replace("doubt", "expect"), word)
    assert (found.status, expected.status) == ("negated", "expected") and found.factuality < 0 < expected.factuality


def test_hope_is_a_wish_committing_to_neither_side(nlp):
    found = of(nlp, "Farmers hope that the rains will return in March.", "return")
    assert found.status == "hypothetical" and abs(found.factuality) < 0.5


@pytest.mark.parametrize("sentence, word", [
    ("The governor may not attend the ceremony in Lagos.", "attend"),
    ("The new tariffs might not take effect before July.", "take"),
])
def test_a_negation_under_an_epistemic_modal_is_a_low_chance_not_a_denial(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert found.status == "expected" and found.polarity == "-" and -3 < found.factuality < 0


@pytest.mark.parametrize("sentence, word", [
    ("Norway will not extradite the suspect to Minsk.", "extradite"),
    ("The ferry cannot leave the harbour in this storm.", "leave"),
    ("Rescue teams could not reach the flooded villages on Monday.", "reach"),  # a past inability
])
def test_will_not_and_cannot_still_assert_the_act_will_not_be(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "negated"


def test_a_negation_inside_a_condition_stays_hypothetical(nlp):
    assert of(nlp, "If the militia does not disarm, the army will intervene.", "disarm").status == "hypothetical"


@pytest.mark.parametrize("sentence, word, status", [
    ("Rome ruled out sending warships to the strait.", "sending", "negated"),
    ("The carrier is about to resume flights to Kabul.", "resume", "planned"),
    ("Hanoi denied that its vessels had rammed the trawler.", "rammed", "negated"),
    ("The parliament failed to approve the treaty.", "approve", "negated"),
    ("The negotiators managed to secure a ceasefire.", "secure", "occurred"),
    ("Tokyo stopped short of recalling its ambassador.", "recalling", "negated"),
    ("Ankara threatened to close the airspace.", "close", "planned"),
    ("Ankara threatened to close the airspace.", "threatened", "occurred"),
])
def test_reviewer_constructions(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The talks scheduled for next month will cover fishing rights.", "talks"),  # a participle like "planned"
    ("The minister will attend the upcoming summit in Accra.", "summit"),
    ("Preparations for the summit in Accra are under way.", "summit"),  # "preparations for" an event
])
def test_an_event_noun_set_for_the_future_is_planned(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


def test_announced_to_act_is_an_intention(nlp):
    assert of(nlp, "The carrier announced to resume its flights to Erbil.", "resume").status == "planned"


@pytest.mark.parametrize("sentence, word, status", [
    ("The visit, which will take place in May, will focus on trade.", "visit", "planned"),
    ("The summit, which was held in Doha, ended without a deal.", "summit", "occurred"),
])
def test_an_event_noun_takes_the_status_of_its_light_relative_clause(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The Kenyan president flies to Addis Ababa next week for talks with Abiy.", "flies"),
    ("The Kenyan president flies to Addis Ababa next week for talks with Abiy.", "talks"),  # the purpose of the trip
    ("Modi is meeting Albanese next week in Canberra.", "meeting"),
])
def test_a_present_act_with_a_future_time_is_scheduled(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


def test_a_progressive_meeting_on_a_weekday_after_the_story_date_is_planned():
    # 2024-05-08 is a Wednesday: "on Friday" is two days on
    events = code_text("Kenya's president is meeting Ethiopia's prime minister on Friday.", published="2024-05-08").events
    assert events and {e.status for e in events} == {"planned"}


def test_the_purpose_of_a_past_trip_took_place(nlp):
    assert of(nlp, "The Kenyan president flew to Addis Ababa for talks with Abiy.", "talks").status == "occurred"


@pytest.mark.parametrize("text", [
    "The talks between Japan and China scheduled for next month will cover fishing rights.",
    "The meeting between Egypt and Sudan planned for Thursday will be held in Cairo.",
])
def test_code_and_factuality_agree_on_an_event_noun_with_a_status_modifier(nlp, text):
    analysis = code_text(text, published="2024-05-08")
    doc = nlp(text)
    noun = next(t for t in doc if t.text in ("talks", "meeting"))
    found = commitment(noun)
    coded = {e.status for e in analysis.events if e.trigger == noun.text}
    assert found.status == "planned" and coded == {"planned"}


def test_a_forecast_under_a_doubt_reads_its_negative_polarity():
    # a doubt is a hedge below even odds on the proposition (forecasts: estimative.yaml, Kent's "we doubt")
    forecasts = code_text("Traders doubt that the central bank will cut rates in June.", published="2024-05-08").forecasts
    assert forecasts and all((1 - f.probability if f.negated else f.probability) < 0.5 for f in forecasts)


@pytest.mark.parametrize("sentence, word, status", [
    ("The army will withdraw once the truce takes hold.", "takes", "planned"),
    ("The ministers will meet after the votes are counted.", "counted", "planned"),
    ("The army withdrew after the truce took hold.", "took", "occurred"),  # a past clause keeps its own time
])
def test_a_present_temporal_clause_shares_its_main_clauses_status(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("Prices rose sharply before falling back.", "falling", "occurred"),
    ("The bank cut its stake by selling shares to a fund.", "selling", "occurred"),
    ("The bank will cut its stake by selling shares to a fund.", "selling", "planned"),
    ("The ministry plans on reviving the old treaty.", "reviving", "planned"),  # the verb's own entry still counts
])
def test_an_adjunct_gerund_shares_the_status_of_the_verb_it_modifies(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


def test_an_infinitival_relative_of_a_noun_is_not_asserted(nlp):
    assert of(nlp, "The rebels have a deadline to hand over their weapons.", "hand").status == "planned"


@pytest.mark.parametrize("sentence, word, status", [
    ("The envoy did not attend the talks but sent a letter.", "sent", "occurred"),
    ("The ministry did not comment on the raid but promised to release the footage.", "promised", "occurred"),
    ("The army did not shell or bomb the town.", "bomb", "negated"),  # without a contrast the negation is shared
])
def test_a_contrasting_conjunct_keeps_no_negation_of_the_first(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("Moldova to hold snap elections in March", "hold"),
    ("Ferry service to be restored after the storm", "restored"),
])
def test_a_headline_infinitive_is_what_is_to_come(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


@pytest.mark.parametrize("sentence, word, status", [
    ("The summit is due to take place in Vienna.", "summit", "planned"),
    ("The hearing is set to begin on Thursday.", "hearing", "planned"),
    ("The talks are expected to resume after the holiday.", "talks", "expected"),
])
def test_an_event_noun_raised_from_a_light_verb_takes_that_verbs_status(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, status", [
    ("The ministry announced that it would reopen the border crossing.", "planned"),  # the reported "will"
    ("The ministry says that it would reopen the border crossing.", "expected"),  # a present report keeps the hedge
    ("Analysts believed that the ministry would reopen the border crossing.", "expected"),  # a belief is no report
])
def test_would_under_a_past_report_is_the_reported_will(nlp, sentence, status):
    assert of(nlp, sentence, "reopen").view == status


@pytest.mark.parametrize("sentence, word", [
    ("The mayor hoped that the bridge would reopen before winter.", "reopen"),
    ("The union hopes the strike will end soon.", "end"),
])
def test_a_hope_is_read_as_a_wish_whatever_the_lemmatiser_makes_of_it(nlp, sentence, word):
    # the parser's lemmatiser reads "hoped"/"hopes" as "hop"; the lexicon's "hope" must still apply
    found = of(nlp, sentence, word)
    assert found.status == "hypothetical" and any("(wish" in step for step in found.chain)


def test_hoping_to_do_something_oneself_is_an_intention(nlp):
    found = of(nlp, "The coach hopes to sign two new players in January.", "sign")
    assert found.status == "planned" and found.chain[0].startswith("hopes (intention")


@pytest.mark.parametrize("sentence, word", [
    ("The opposition wanted the president to resign before the vote.", "resign"),
    ("The mayor wished that the council would approve the budget.", "approve"),
])
def test_wanting_or_wishing_that_others_act_is_a_wish_not_a_plan(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert found.status == "hypothetical" and abs(found.factuality) < 1  # a wish leans to neither side


def test_wanting_to_act_oneself_stays_an_intention(nlp):
    assert of(nlp, "The airline wants to buy forty new jets.", "buy").status == "planned"


@pytest.mark.parametrize("sentence", [
    "The hearings planned for next month between the two ministries were cancelled.",
    "The election scheduled for the spring has been postponed.",
])
def test_a_scheduled_event_called_off_in_the_passive_is_negated(nlp, sentence):
    # the cancelling verb outranks the participle that planned the event
    word = sentence.split(" ")[1]
    found = of(nlp, sentence, word)
    assert (found.status, found.polarity) == ("negated", "-") and found.factuality < 0


@pytest.mark.parametrize("sentence, word, polarity", [
    ("A ceasefire in the north is likely before the end of the week.", "ceasefire", "+"),
    ("A merger of the two state banks is possible, the finance ministry said.", "merger", "+"),
    ("Bankruptcy for the steelmaker now seems almost certain.", "Bankruptcy", "+"),
    ("An attack on the port is unlikely while the talks go on.", "attack", "-"),
    ("A strike at the refinery is not likely this year.", "strike", "-"),
])
def test_an_event_noun_subject_of_an_adjective_of_chance_is_expected(nlp, sentence, word, polarity):
    # "a ceasefire is likely" says what "it is likely that a ceasefire will happen" says; "unlikely": expected not to be
    found = of(nlp, sentence, word)
    assert (found.view, found.polarity) == ("expected" if polarity == "+" else "negated", polarity)
    assert (found.factuality > 0) == (polarity == "+")


@pytest.mark.parametrize("sentence, word", [
    ("The attack on the convoy was brutal.", "attack"),
    ("The vote in parliament was close.", "vote"),
])
def test_an_event_noun_subject_of_another_adjective_happened(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("Further military aid will be provided by the allies next year.", "aid", "planned"),
    ("The allies provided further military aid last year.", "aid", "occurred"),
    ("The withdrawal should be completed before the winter.", "withdrawal", "expected"),
    ("The army completed the withdrawal on Friday.", "withdrawal", "occurred"),
    ("The rebels will not mount an offensive before the rains.", "offensive", "negated"),
    ("The government may grant an amnesty to the strikers.", "amnesty", "expected"),
])
def test_an_event_noun_under_a_support_verb_takes_that_verbs_status(nlp, sentence, word, status):
    # providing aid, completing a withdrawal, mounting an offensive are the aid, withdrawal, offensive
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("Tehran threatened to retaliate if Israel strikes its nuclear sites.", "strikes"),
    ("Tehran threatened to retaliate if Israel strikes its nuclear sites.", "retaliate"),
    ("The army is expected to withdraw unless the rebels attack the town.", "attack"),
    ("The union vowed to call a strike if the government raises the fuel tax.", "raises"),
])
def test_a_condition_under_an_open_act_is_hypothetical(nlp, sentence, word):
    # the threat, the forecast or the vow leaves its act open; its condition makes it (and the act) conditional
    assert of(nlp, sentence, word).status == "hypothetical"


@pytest.mark.parametrize("sentence, word, polarity", [
    ("Ankara warned Athens not to send warships to the island.", "send", "-"),
    ("The EU warned Belgrade to stay out of the dispute.", "stay", "+"),
    ("Seoul warned Pyongyang against staging another missile test.", "staging", "+"),
    ("The Kremlin warned of retaliation against any country that seizes its assets.", "retaliation", "+"),
])
def test_a_warning_asks_or_foresees_and_asserts_nothing(nlp, sentence, word, polarity):
    found = of(nlp, sentence, word)
    assert (found.status, found.polarity) == ("expected", polarity)


def test_a_warning_that_something_happened_is_the_warners_claim(nlp):
    found = of(nlp, "Aid agencies warned that the dam had burst.", "burst")
    assert (found.status, found.holder) == ("claimed", "source: Aid agencies")


@pytest.mark.parametrize("sentence, word", [
    ("Beijing called the bombing an act of terrorism.", "bombing"),
    ("The envoy called the talks a failure.", "talks"),
])
def test_naming_an_event_asks_nothing_of_it(nlp, sentence, word):
    # "called X Y" labels X, which stands as it is; "called for X" asks for it
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("Moscow denied reports of troop movements near the border.", "movements", "negated"),
    ("The army dismissed reports of an attack on the base.", "attack", "negated"),
    ("The coast guard confirmed reports of an explosion aboard the ferry.", "explosion", "claimed"),
    ("Reports of shelling in the east reached the capital on Monday.", "shelling", "claimed"),
])
def test_reports_of_an_event_are_judged_as_reports_that_it_happened(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("Will Beijing send troops to the border?", "send"),
    ("Did the rebels break the truce?", "break"),
    ("Is Tehran preparing a strike on the port?", "preparing"),
    ('"Can the talks succeed without Washington?" the minister asked.', "succeed"),
])
def test_a_yes_no_question_commits_to_neither_answer(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "hypothetical"


def test_a_wh_question_presupposes_its_act(nlp):
    assert of(nlp, "Why did the rebels break the truce?", "break").status == "occurred"


@pytest.mark.parametrize("sentence, status", [
    ("Rescuers were able to reach the flooded village on Sunday.", "occurred"),
    ("Rescuers were not able to reach the flooded village.", "negated"),
    ("Rescuers are able to reach the flooded village by boat.", "expected"),
])
def test_a_past_ability_was_used_and_a_present_one_is_open(nlp, sentence, status):
    assert of(nlp, sentence, "reach").status == status


def test_hosting_talks_carries_them(nlp):
    assert of(nlp, "Oman offered to host talks between the two rivals.", "talks").status == "planned"
    assert of(nlp, "Oman hosted talks between the two rivals last week.", "talks").status == "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("Should the talks fail, the army will resume its offensive.", "fail"),
    ("Should the talks fail, the army will resume its offensive.", "resume"),
    ("Had the envoy arrived earlier, the deal would have been signed.", "arrived"),
    ("Were Minsk to close the border, Vilnius would respond.", "close"),
    ("The rebels will release the hostages as long as the shelling stops.", "stops"),
])
def test_an_inverted_or_as_long_as_condition_is_hypothetical(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "hypothetical"


def test_a_past_perfect_clause_after_its_subject_is_no_condition(nlp):
    assert of(nlp, "The envoy had arrived before the talks began.", "arrived").status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("The talks broke down before an accord could be signed.", "signed", "negated"),
    ("The talks broke down before an accord was signed.", "signed", "occurred"),
])
def test_before_it_could_is_what_never_happened(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("Turkey to hold snap elections in June, state media says", "hold"),
    ("Ukraine to get more air defence systems, minister says", "get"),
])
def test_a_headline_infinitive_before_its_source_is_what_is_to_come(nlp, sentence, word):
    assert of(nlp, sentence, word).view == "planned"


@pytest.mark.parametrize("sentence, word, status", [
    ("The peace conference will convene in Vienna next week.", "conference", "planned"),
    ("The promised reconstruction aid never materialised.", "aid", "negated"),
])
def test_an_event_noun_that_opens_or_materialises_takes_that_verbs_status(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The coast guard failed to prevent the collision.", "collision", "occurred"),
    ("Police could not stop protesters from storming the palace.", "storming", "occurred"),
    ("Diplomats averted a rupture in relations.", "rupture", "negated"),
])
def test_an_act_not_prevented_happened(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("There will be no summit before the vote.", "summit", "negated"),
    ("There may be no summit before the vote.", "summit", "expected"),
])
def test_there_will_be_no_act_denies_it_as_no_act_will_happen_does(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The envoy went on to praise the army's restraint.", "praise"),
    ("The minister happened to be in Kyiv when the strike hit.", "be"),
])
def test_going_on_to_and_happening_to_are_done(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("Foreign fighters are believed to have crossed into Mali.", "crossed", "claimed"),
    ("Analysts believe the navy fired the missile.", "fired", "claimed"),
    ("Officials think the rebels had seized the airport.", "seized", "claimed"),
    ("Analysts believe the navy will fire another missile.", "fire", "expected"),
])
def test_a_belief_about_a_past_act_claims_it_and_about_a_future_one_expects_it(nlp, sentence, word, status):
    # the holder holds that it happened: its view is "occurred", the author's status "claimed"
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("Moscow used its veto to block the Security Council resolution.", "block", "occurred"),
    ("The junta employed armed militias to break up the strike.", "break", "occurred"),
    ("Police in Minsk did not use force to disperse the crowd.", "disperse", "negated"),
])
def test_the_act_a_means_is_used_for_stands_or_falls_with_the_using(nlp, sentence, word, status):
    """ "use X to V" is implicative: the act was done when the means was used, not when it was not; it is
    no purpose set for later."""
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The journalist was jailed in Minsk last year for extremism, a charge his employer has always denied.", "jailed"),
    ("Police detained the activist for treason, an accusation her lawyers reject.", "detained"),
])
def test_an_appositive_claim_after_a_clause_judges_the_claim_not_the_clause(nlp, sentence, word):
    """ "..., a charge his family denies": the denial is of the charge; the jailing the author tells still happened."""
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("Rebels shelled the airport overnight, a statement said.", "shelled"),
    ("Troops withdrew from the town, a statement from the ministry said.", "withdrew"),
])
def test_a_trailing_attribution_by_an_indefinite_claim_noun_still_reports_the_clause(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "claimed"


@pytest.mark.parametrize("sentence, word, status", [
    ("The summit was due to open in Lisbon on Sunday but was postponed.", "summit", "negated"),
    ("The referendum was scheduled for May and later scrapped.", "referendum", "negated"),
    ("The hearing was set for Friday but was called off at the last minute.", "hearing", "negated"),
    ("The strike began on Monday and was suspended on Wednesday.", "strike", "occurred"),
])
def test_an_event_called_off_by_a_later_conjunct_of_its_clause_did_not_happen(nlp, sentence, word, status):
    # the conjunct that cancels or puts off the event it shares as subject tells what became of the plan
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("Seoul summoned the Japanese ambassador to lodge a protest over the textbook.", "lodge", "occurred"),
    ("Egypt summoned the Israeli charge d'affaires on Sunday to protest against the raid.", "protest", "occurred"),
    ("Romania will summon the Russian envoy to protest the incursion.", "protest", "planned"),
])
def test_a_summons_to_protest_is_the_protest_as_the_summons_is(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("Tirana has demanded that Athens return the statues first, a condition Greece has rejected.", "demanded"),
    ("Chad has insisted that the troops leave by June, a deadline France has refused.", "insisted"),
])
def test_an_appositive_noun_read_as_a_second_subject_judges_itself_not_the_clause(nlp, sentence, word):
    """ "..., a condition Armenia has rejected" parsed with "condition" and "Armenia" both subjects of "rejected":
    the rejection is of the condition, and the demand the author tells was still made."""
    assert of(nlp, sentence, word).status == "occurred"


def test_a_charge_denied_in_an_apposition_leaves_the_accusation_told_as_made(nlp):
    # "X accuses Y of Z, a charge Y denies": the denial judges the charge, even where the parser makes the denying
    # verb the sentence's root
    found = of(nlp, "Mali accuses Algeria of arming the rebels, a charge Algiers denies.", "accuses")
    assert found.status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("Egyptian police denied beating protesters.", "beating", "negated"),  # "beating" parsed as an adjective
    ("Moscow denied bombing markets in Idlib.", "bombing", "negated"),  # "bombing" parsed as a noun compound
    ("The Nicaraguan government considered expelling diplomats.", "expelling", "planned"),
])
def test_a_gerund_the_parser_read_as_a_modifier_of_its_object_takes_its_verbs_status(nlp, sentence, word, status):
    found = of(nlp, sentence, word)
    assert found.status == status and found.chain[0].split(" ")[0] in sentence.split(" ")


def test_a_second_coordinated_of_gerund_is_the_accusers_claim_too(nlp):
    found = of(nlp, "Armenia accused Azerbaijan of besieging Stepanakert and of killing civilians there.", "killing")
    assert (found.status, found.holder) == ("claimed", "source: Armenia")


@pytest.mark.parametrize("sentence, word, status", [
    ("The navy suspended patrolling the strait in May.", "patrolling", "negated"),
    ("Pakistani forces halted firing mortars at Afghan border posts.", "firing", "negated"),
    ("The consulate has not paused issuing visas.", "issuing", "occurred"),
])
def test_halting_an_act_under_way_ends_it(nlp, sentence, word, status):
    # "halt", "suspend", "pause" over a gerund are "stop": the act is no longer done, or, negated, still is
    assert of(nlp, sentence, word).status == status
