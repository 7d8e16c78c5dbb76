"""Status through a report's coordination: a conjunct the parser hangs inside the reported clause that
is the reporter's own act, and a report that opens a subject relative ("a strike that officials said
killed ..."). Sentences written for these tests, each in its construction's general form."""

import pytest

from newsledger.frames import frame
from newsledger.interfaces.coding import code_text
from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word, reported, reported_status", [
    ("The ministry denied that its jets had bombed the hospital and accused the rebels of staging the attack.",
     "accused", "bombed", "negated"),
    ("Beijing denied that it was supplying weapons to Moscow and accused Washington of spreading lies.",
     "accused", "supplying", "negated"),
    ("The spokesman said that the talks had collapsed and called for fresh elections.", "called", "collapsed", "claimed"),
    ("The president said the army would not withdraw and urged allies to send more weapons.", "urged", "withdraw", "negated"),
    ("The general said that the rebels had shelled the town and warned that troops would respond.",
     "warned", "shelled", "claimed"),
    ("Kenya's president said on Friday that the embassy would remain open despite the protests, and thanked the "
     "police for their restraint.", "thanked", "remain", "planned"),
    ("The minister said the talks would resume in May, and criticised Ankara for the delay.", "criticised", "resume",
     "planned"),
])
def test_a_reporters_conjunct_hung_in_the_reported_clause_is_the_reporters_act(nlp, sentence, word, reported, reported_status):
    # the conjunct cannot share the clause's auxiliary ("had", "was", "would") and has the report's
    # own form, so it is coordinated with the report: done by the author's word, not denied or claimed
    found = of(nlp, sentence, word)
    assert (found.status, found.holder, found.cues) == ("occurred", "author", ())
    assert of(nlp, sentence, reported).status == reported_status  # the report still holds its own clause


def test_the_reporters_conjunct_takes_the_reporters_subject(nlp):
    doc = nlp("The ministry denied that its jets had bombed the hospital and accused the rebels of staging the attack.")
    subjects = frame(next(t for t in doc if t.text == "accused")).of("subject")
    assert [a.head.text for a in subjects] == ["ministry"]


def test_a_denial_and_the_accusation_beside_it_are_coded_for_the_denier():
    text = ("Moscow's foreign ministry denied that Russian drones had entered Romanian airspace "
            "and accused Bucharest of provoking a crisis.")
    coded = {e.trigger: e for e in code_text(text, "2025-03-03").events}
    accused = coded["accused"]
    assert (accused.cameo, accused.status, accused.source) == ("112", "occurred", coded["denied"].source)


@pytest.mark.parametrize("sentence, word, status", [
    # a conjunct of the act itself: no act of saying, so it shares the reported clause
    ("Rebels said they had captured the airport and executed five officers.", "executed", "claimed"),
    ("The ministry denied that troops had entered the village and burned homes.", "burned", "negated"),
    # an act of saying in the clause's own form stays the clause's subject's ("the soldiers told them")
    ("Witnesses said the soldiers beat the prisoners and told them to leave.", "told", "claimed"),
])
def test_other_conjuncts_stay_in_the_reported_clause(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, reporter", [
    ("The army on Tuesday denied launching a drone strike on a market in Idlib province that the rebels said "
     "killed nine civilians.", "the rebels"),
    ("India's army on Friday denied firing shells at a village in Kashmir that Pakistani officials said "
     "killed three farmers.", "Pakistani officials"),
    ("Israel denied carrying out the raid that Hamas said killed ten people.", "Hamas"),
])
def test_a_report_that_opens_a_subject_relative_is_no_complement_of_the_verb_before_it(nlp, sentence, reporter):
    # "a strike that X said killed ...": X's saying is told as done, whatever the main verb denies,
    # and the killing is X's claim
    said, killed = of(nlp, sentence, "said"), of(nlp, sentence, "killed")
    assert (said.status, said.holder) == ("occurred", "author")
    assert (killed.status, killed.holder) == ("claimed", f"source: {reporter}")


def test_a_report_in_a_denied_clause_with_a_subject_of_its_own_stays_denied(nlp):
    sentence = "The army denied that officials said the strike killed nine people."
    assert of(nlp, sentence, "said").status == "negated"


def test_the_claimed_act_of_a_relative_report_is_coded_claimed():
    text = ("Kabul's army on Sunday denied shelling a checkpoint in Kurram district that Pakistani officials "
            "said killed four Pakistani soldiers.")
    codes = {(e.trigger, e.cameo[:2], e.status) for e in code_text(text, "2025-03-03").events}
    assert ("said", "01", "occurred") in codes and ("killed", "19", "claimed") in codes
