"""'blame' is a report as 'accuse' is (signatures.yaml): hung by the parser inside a denied or reported
clause ("denied that Y had fired ... and blamed Z for ..."), it is the reporter's own act; the act it
blames someone for is presupposed done. Sentences written for these tests."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, reported, reported_status", [
    ("The interior ministry denied that its police had fired on the marchers and blamed protesters for the violence.",
     "fired", "negated"),
    ("The junta denied that soldiers had looted the town and blamed bandits for the damage.", "looted", "negated"),
    ("The governor said that the dam had collapsed and blamed the contractor for the flooding.", "collapsed", "claimed"),
])
def test_blame_hung_in_a_reported_clause_is_the_reporters_act(nlp, sentence, reported, reported_status):
    found = of(nlp, sentence, "blamed")
    assert (found.status, found.holder) == ("occurred", "author")
    assert of(nlp, sentence, reported).status == reported_status


@pytest.mark.parametrize("sentence, act", [
    ("The ministry blamed the rebels for the bombing of the bridge.", "bombing"),
    ("The ministry blamed the bombing of the bridge on the rebels.", "bombing"),
])
def test_the_act_blamed_on_someone_is_presupposed_done(nlp, sentence, act):
    assert of(nlp, sentence, act).status == "occurred"
