"""Status through embeddings, construction by construction (issue 17, the reviewer's leftovers and the
planned and expected kinds). Sentences written for these tests, each in its construction's general form."""

import pytest

from newsledger.frames.commitment import commitment
from newsledger.interfaces.coding import code_text
from newsledger.nlp import get_pipeline

NOT_OCCURRED = ("negated", "planned", "expected", "hypothetical", "claimed")


@pytest.fixture(scope="module")
def nlp():
    return get_pipeline()


def of(nlp, sentence, word):
    doc = nlp(sentence)
    return commitment(next(t for t in doc if t.text == word))


def test_denied_reports_leave_the_act_claimed_by_the_reports_not_by_the_author(nlp):
    # The reports exist whatever the denial says; what they say is theirs, so the author asserts nothing.
    sentence = "Minsk denied reports that its border guards had detained two Polish journalists."
    detained = of(nlp, sentence, "detained")
    assert detained.status == "claimed" and detained.holder == "source: reports"
    assert of(nlp, sentence, "denied").status == "occurred"


def test_a_claim_by_a_named_group_is_that_groups_even_under_a_dismissal(nlp):
    found = of(nlp, "The ministry dismissed claims by rights groups that its police had beaten protesters.", "beaten")
    assert found.status == "claimed" and found.holder == "source: rights groups"


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
def test_unlikely_is_an_expectation_not_a_negation(nlp, sentence):
    found = of(nlp, sentence, "recognise")
    assert found.status == "expected" and any("unlikely" in step for step in found.chain)


def test_unlikely_forecast_has_a_low_probability_and_is_not_negated():
    forecasts = code_text("It is unlikely that Belgrade will recognise the new republic.", published="2024-05-08").forecasts
    assert [(f.negated, f.probability < 0.5) for f in forecasts] == [(False, True)]


@pytest.mark.parametrize("sentence, word", [
    ("Paris urged Kigali not to send troops across the border.", "send"),  # a request not to act
    ("The rebels vowed never to lay down their arms.", "lay"),  # an intention not to act
    ("Analysts believe the central bank will not raise rates.", "raise"),  # a belief that it will not
])
def test_a_negation_under_a_request_intention_or_belief_is_negated(nlp, sentence, word):
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
