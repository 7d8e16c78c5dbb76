"""Status constructions of issue 17 (judge's articles): a quoted first-person performative is the speaker's act,
a present clause after "until" is open, and an event noun after "the resumption of" / "the return of" takes the
phrase's status. Sentences written for these tests."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ('"We call on both governments to return to the negotiating table," the foreign minister said.', "call"),
    ('"I urge every party to show restraint," the envoy told reporters.', "urge"),
    ('"We condemn this cowardly attack on a hospital," a ministry spokeswoman said.', "condemn"),
    ('"We demand the immediate release of all detained journalists," the union said in a statement.', "demand"),
    ('"We welcome the court\'s decision," the opposition leader said.', "welcome"),
])
def test_a_quoted_first_person_present_performative_is_the_speakers_act_done(nlp, sentence, word):
    # saying "we condemn" is condemning: the report reports the act itself, not a claim about it
    found = of(nlp, sentence, word)
    assert found.status == "occurred"
    assert found.holder.startswith("source:")


@pytest.mark.parametrize("sentence, word", [
    ('"We condemned the shelling of the port," the spokesman said.', "condemned"),  # past: describes an act
    ('"They urge us to leave the region," the farmer said.', "urge"),  # third person
    ("The spokesman said they condemn the violence.", "condemn"),  # indirect speech, third person
    ('"We visit the camps every week," the aid worker said.', "visit"),  # not a performative verb
])
def test_a_past_third_person_or_non_performative_verb_in_a_quote_stays_claimed(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "claimed"


def test_the_complement_of_a_quoted_performative_keeps_its_own_status(nlp):
    sentence = '"We call on both governments to return to the negotiating table," the foreign minister said.'
    assert of(nlp, sentence, "return").status == "expected"


@pytest.mark.parametrize("sentence, word", [
    ("Sanctions will stay in place until Moscow agrees to talks.", "agrees"),
    ("Talks will continue until both sides reach a deal.", "reach"),
    ("The border will remain closed until the government lifts the emergency decree.", "lifts"),
])
def test_a_present_clause_after_until_is_not_committed_to(nlp, sentence, word):
    # "until" bounds the main clause without presupposing that its clause comes about: open, not planned
    found = of(nlp, sentence, word)
    assert found.status == "expected"
    assert "until" in found.cues


@pytest.mark.parametrize("sentence, word, status", [
    ("The minister will resign once the deal is signed.", "signed", "planned"),  # "once" presupposes it
    ("The talks continued until the two sides reached a deal.", "reached", "occurred"),  # past: it happened
])
def test_a_presupposing_or_past_temporal_clause_keeps_its_status(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The move could trigger the return of UN sanctions.", "sanctions", "expected"),
    ("Iran demanded the resumption of talks with the agency.", "talks", "expected"),
    ("The government postponed the launch of the offensive.", "offensive", "negated"),  # as the launch
    ("The resumption of talks was cancelled at the last minute.", "talks", "negated"),
])
def test_an_event_noun_after_an_onset_noun_takes_the_phrases_status(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The planned lifting of sanctions was delayed again.", "sanctions"),  # lifting presupposes the sanctions
    ("The end of the talks was announced on Friday.", "talks"),  # ending them presupposes them
])
def test_an_event_noun_after_an_ending_noun_is_not_undone(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word, status", [
    ("The verdict could trigger a wave of protests.", "wave", "expected"),
    ("The arrest triggered riots across the capital.", "riots", "occurred"),
])
def test_the_object_event_of_trigger_comes_about_as_the_triggering_does(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status
