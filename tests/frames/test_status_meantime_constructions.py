"""Status constructions found by grouping the MEANTIME dev read part's misses (issue 17, part C).
Sentences written for these tests, each in its construction's general form."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ("She became the first woman to lead the central bank.", "lead"),
    ("Romania was the only member to vote against the resolution.", "vote"),
    ("Norway is the largest donor to fund the reconstruction of the port.", "fund"),
    ("The carrier was the last airline to leave the alliance.", "leave"),
])
def test_an_infinitival_relative_after_an_ordinal_only_or_a_superlative_tells_what_was_done(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("The minister unveiled a plan to cut emissions.", "cut"),
    ("The next president to visit Kyiv will face pressure.", "visit"),
])
def test_other_infinitival_relatives_stay_what_is_to_be_done(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


@pytest.mark.parametrize("sentence, word", [
    ("The garrison surrendered without firing a shot.", "firing"),
    ("The delegation left the summit without signing the communique.", "signing"),
    ("The referendum passed without violence.", "violence"),
])
def test_an_act_after_without_did_not_happen(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert (found.status, found.polarity) == ("negated", "-") and found.factuality < 0


def test_an_act_after_without_under_a_future_verb_is_open_not_negated(nlp):
    # "will withdraw without firing": nothing has happened yet, so nothing is asserted not to have
    assert of(nlp, "The brigade will withdraw without firing a shot.", "firing").status != "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("Officials presented a restructuring plan for the airline.", "restructuring", "planned"),
    ("The minister unveiled a pension reform proposal.", "reform", "planned"),
    ("The board rejected a merger proposal from its rival.", "merger", "negated"),
])
def test_an_event_noun_compounded_with_a_plan_noun_is_what_is_planned(nlp, sentence, word, status):
    # "a restructuring plan" commits as "a plan to restructure" does, and "rejected a merger proposal" as
    # "rejected a proposal to merge"
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("Shares rose in early trading, before falling back later in the day.", "falling"),
    ("The minister resigned in March, later admitting that he had misled parliament.", "admitting"),
])
def test_a_bare_gerund_with_a_forward_time_word_is_not_future(nlp, sentence, word):
    # a bare gerund has no tense of its own; "later" looks forward only from a present-tense clause
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("The foreign ministers are meeting in Oslo next week.", "meeting"),
    ("The talks resume next week.", "resume"),
])
def test_a_present_clause_with_a_forward_time_word_is_planned(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


@pytest.mark.parametrize("sentence, word, status", [
    ("The two governments will sign a border accord next month.", "accord", "planned"),
    ("The union plans to file a lawsuit against the ministry.", "lawsuit", "planned"),
    ("The negotiators failed to reach a deal on fishing rights.", "deal", "negated"),
    ("The inspectors finished their review of the plant on Friday.", "review", "occurred"),
])
def test_an_event_noun_under_an_aspectual_or_support_verb_takes_the_verbs_status(nlp, sentence, word, status):
    # "sign an accord", "reach a deal": the verb only carries the noun's event
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The airline is negotiating the purchase of twelve freighters.", "purchase"),
    ("The two banks discussed a merger last year.", "merger"),
])
def test_an_act_under_negotiation_or_discussion_is_expected_not_occurred(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "expected"


@pytest.mark.parametrize("sentence, word, status, holder", [
    ("Inspectors found that the dam had cracked in two places.", "cracked", "occurred", "author"),
    ("Farmers worry that the drought will ruin the harvest.", "ruin", "expected", "source: Farmers"),
    ("Analysts speculate that the central bank will cut rates.", "cut", "expected", "source: Analysts"),
    ("The coalition prefers that the president resign.", "resign", "hypothetical", "author"),
    ("The law requires that ministers declare their assets.", "declare", "expected", "author"),
    ("The bishop exhorted voters to reject the amendment.", "reject", "expected", "author"),
    ("The council authorized the mayor to sign the lease.", "sign", "expected", "author"),
    ("Investors are confident that the merger will go ahead.", "go", "expected", "author"),
])
def test_clause_embedding_verbs_and_adjectives_commit_by_their_kind(nlp, sentence, word, status, holder):
    # a finding is the author's to report; a worry, a guess or a feeling is its holder's belief, not a
    # claim that it happened; a preference about others is a wish; a requirement, an exhortation or an
    # authorization asks or allows an act without asserting it
    found = of(nlp, sentence, word)
    assert (found.status, found.holder) == (status, holder)


def test_not_feeling_that_an_act_happened_is_believing_it_did_not(nlp):
    # neg-raising, as "does not think that" (Horn 1989): the holder believes it did not happen
    found = of(nlp, "The minister does not feel that the army acted improperly.", "acted")
    assert (found.view, found.holder) == ("negated", "source: The minister")


@pytest.mark.parametrize("sentence, word", [
    ("No one was injured when the roof collapsed.", "injured"),
    ("Nobody claimed responsibility for the explosion.", "claimed"),
    ("None of the hostages were harmed.", "harmed"),
    ("Neither side fired a shot during the exchange.", "fired"),
    ("No ships have entered the strait since Monday.", "entered"),
])
def test_a_negative_quantifier_subject_negates_its_clause(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert (found.status, found.polarity) == ("negated", "-")


def test_a_negative_determiner_counts_once_for_an_event_noun_that_is_its_verbs_subject(nlp):
    # "no agreement was reached": one "no", not a double negation
    assert of(nlp, "No agreement was reached at the border talks.", "agreement").status == "negated"


@pytest.mark.parametrize("sentence, word", [
    ("The army has yet to withdraw from the northern districts.", "withdraw"),
    ("The ministry is yet to publish the audit.", "publish"),
    ("The electoral court barred the party from contesting the vote.", "contesting"),
    ("A court order prohibits the union from striking.", "striking"),
])
def test_not_yet_and_keeping_another_from_acting_leave_the_act_undone(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "negated"


@pytest.mark.parametrize("sentence, said, act", [
    ("If the talks fail, the minister said, the army will resume its offensive.", "said", "resume"),
    ("If the rains fail again, they warned, the harvest will collapse.", "warned", "collapse"),
])
def test_a_condition_around_a_parenthetical_report_conditions_what_was_said_not_the_saying(nlp, sentence, said, act):
    assert of(nlp, sentence, said).status == "occurred"
    assert of(nlp, sentence, act).status == "hypothetical"


def test_a_condition_on_a_report_of_its_own_still_conditions_it(nlp):
    # "would say": a report that itself depends on the condition
    assert of(nlp, "If asked, the spokesman would say that the deal is off.", "say").status == "hypothetical"


@pytest.mark.parametrize("sentence, word", [
    ("The ferry no longer stops at the island.", "stops"),
    ("The agency is no longer issuing visas to journalists.", "issuing"),
])
def test_no_longer_negates_its_clause(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "negated"


@pytest.mark.parametrize("sentence, word", [
    ("The shelling was so heavy that the convoy turned back.", "turned"),
    ("The flooding became so severe that the airport closed.", "closed"),
])
def test_a_result_clause_after_so_tells_what_happened(nlp, sentence, word):
    # "so heavy that X": X is the result, asserted, not a prediction of the adjective
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("The lender waived a requirement that the firm hold $5 million in cash.", "hold", "expected"),
    ("Police played down the likelihood that the two attacks were linked.", "linked", "expected"),
    ("There is growing concern that the dam will fail.", "fail", "expected"),
    ("Kyiv sought assurances that the shipments would continue.", "continue", "planned"),
])
def test_requirement_likelihood_concern_and_assurance_nouns_assert_nothing(nlp, sentence, word, status):
    # a requirement asks, a likelihood predicts, a concern fears, an assurance promises: none reports a fact
    found = of(nlp, sentence, word)
    assert (found.status, found.view) == (status, status)


@pytest.mark.parametrize("sentence, word, status", [
    ("The ministry did not say where the job cuts were going to fall.", "fall", "planned"),
    ("Officials would not say how many soldiers were killed in the raid.", "killed", "occurred"),
    ("Reporters asked why the convoy had been stopped at the border.", "stopped", "occurred"),
])
def test_a_finite_wh_question_presupposes_its_act(nlp, sentence, word, status):
    # "did not say where X": X is taken for granted; only its place is left unsaid
    assert of(nlp, sentence, word).status == status


def test_an_infinitival_wh_question_presupposes_nothing(nlp):
    assert of(nlp, "The cartel met to discuss how much oil to pump.", "pump").status != "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("The refinery's owner filed for creditor protection on Monday.", "protection"),
    ("Hundreds of families have applied for emergency housing since the flood.", "housing"),
])
def test_what_is_filed_or_applied_for_is_sought_not_yet_had(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"


def test_not_applying_for_it_says_it_was_not_had(nlp):
    assert of(nlp, "The farmers did not apply for compensation.", "compensation").status == "negated"


@pytest.mark.parametrize("sentence, word, status", [
    ("Norway will provide the port city with emergency funding.", "funding", "planned"),
    ("The allies supplied the garrison with artillery ammunition last spring.", "ammunition", "occurred"),
    ("The donors will furnish the clinics with new equipment.", "equipment", "planned"),
])
def test_what_a_recipient_is_provided_with_takes_the_status_of_the_giving(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("A collapse of the currency would be a disaster for importers.", "collapse", "expected"),
    ("An early election would cost the ruling coalition its majority.", "election", "expected"),
    ("The finance ministry said the merger would create 2,000 jobs.", "merger", "planned"),
    ("The attack would later be investigated by a parliamentary committee.", "attack", "occurred"),
])
def test_an_event_noun_subject_of_would_is_the_hidden_condition(nlp, sentence, word, status):
    # "a collapse would be a disaster": if there were a collapse; a passive subject is what the clause acts on
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The restructuring plan includes plant closures in three states.", "closures", "planned"),
    ("The ceasefire proposal envisages a prisoner exchange within a month.", "exchange", "planned"),
    ("Ministers approved a plan that includes the sale of two state banks.", "sale", "planned"),
    ("The inquiry's report includes interviews with survivors of the fire.", "interviews", "occurred"),
])
def test_what_a_plan_includes_is_planned_as_its_to_clause_is(nlp, sentence, word, status):
    # "the plan includes plant closures" as "a plan to close plants"; a report holds what happened
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The government will provide an aid package to flood-hit farmers.", "aid", "planned"),
    ("The cabinet postponed a rescue package for the national airline.", "rescue", "negated"),
    ("The treasury will announce a package of tax cuts next week.", "cuts", "planned"),
    ("Parliament will debate the austerity measures on Tuesday.", "austerity", "occurred"),
])
def test_an_event_noun_in_a_package_or_measure_comes_about_as_the_package_does(nlp, sentence, word, status):
    # "an aid package" as "a package of aid", compounded or after "of"; a package debated already exists
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The army will withdraw unless the rebels attack again.", "withdraw", "planned"),
    ("The union said the strike would go ahead unless wages rise.", "go", "planned"),
    ("Unless the talks resume, the army will shell the city.", "shell", "planned"),
    ("The bank will not lend more money unless the firm restructures its debt.", "lend", "negated"),
])
def test_a_main_clause_with_an_unless_exception_keeps_its_own_status(nlp, sentence, word, status):
    # "A unless B" asserts A in every case but B ("except if", Declerck & Reed 2001): no condition on A
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The army will withdraw unless the rebels attack again.", "attack"),
    ("Unless the talks resume, the army will shell the city.", "resume"),
])
def test_the_unless_clause_itself_stays_hypothetical(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "hypothetical"
