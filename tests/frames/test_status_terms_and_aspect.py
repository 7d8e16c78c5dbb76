"""Status of an act a document provides for, of a continuing act and of one proposed for others (issue 17).
Sentences written for these tests."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ("Peru and Chile signed an agreement that allows their navies to patrol each other's waters.", "patrol"),
    ("The accord covers attacks on Moroccan and Spanish fishing boats.", "attacks"),
    ("The convention provides for joint inspections of the border posts.", "inspections"),
    ("The law bars Georgian companies from exporting weapons to Russia.", "exporting"),
    ("The ministry said the pact permits Indian warships to dock in Mauritius.", "dock"),
])
def test_an_act_a_document_provides_for_is_hypothetical(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "hypothetical"


@pytest.mark.parametrize("sentence, word, status", [
    # an act the issuer does through its document is still its act, as it is told
    ("The parliament passed a law that bans the import of Russian grain.", "bans", "occurred"),
    # a verb of permission whose subject is no document is an act
    ("Hungary allowed Ukrainian trucks to cross the border.", "allowed", "occurred"),
])
def test_a_document_issued_or_an_actors_permission_is_no_term(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("Qatar continues to fund hospitals in Gaza.", "fund", "ongoing"),
    ("Turkey is continuing to buy Russian oil.", "buy", "ongoing"),
    ("Turkey has kept buying Russian oil.", "buying", "ongoing"),
    ("Ethiopia has long sought access to the Red Sea.", "sought", "ongoing"),
    ("Bolivia has demanded access to the Pacific for decades.", "demanded", "ongoing"),
    ("Turkey continued to buy Russian oil last year.", "buy", "occurred"),
    ("Turkey will continue to buy Russian oil.", "buy", "planned"),
    ("Turkey has bought Russian oil.", "bought", "occurred"),
])
def test_a_continuing_act_in_the_present_is_ongoing(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("Norway proposed that the Serbian and Kosovar leaders meet in Oslo.", "meet", "expected"),
    ("Norway proposed to host the talks in Oslo.", "host", "planned"),
    ("Vanuatu is obliged to inform Australia of any talks with China.", "inform", "expected"),
    ("The minister was obliged to resign in May.", "resign", "occurred"),
])
def test_proposals_and_duties_for_others_are_no_plan_and_no_act(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status
