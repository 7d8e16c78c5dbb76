"""A second reporting verb the parser hangs on the first one's reported clause ("said X harmed the talks
and urged Y to ...") is the first speaker's, and the first clause ends before the coordinator that joins
them; a reported clause never ends inside a hyphenated word. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.quotes import find_quotes


def quotes_of(nlp, text):
    return [(q.speaker_text, q.cue, q.text) for q in find_quotes(nlp(text), [], {})]


@pytest.mark.parametrize("text, speaker, cue", [
    ("Peru's trade minister said the new tariffs hurt small exporters and urged the Chilean government to "
     "reconsider.", "Peru's trade minister", "urged"),
    ("Kenya's foreign ministry said the vote was a useful step but insisted that Uganda must withdraw its troops "
     "from the disputed island.", "Kenya's foreign ministry", "insisted"),
    ("Ghana's interior minister, Kofi Mensah, said Accra would not close the border with Togo but warned "
     "that trade could slow.", "Ghana's interior minister, Kofi Mensah,", "warned"),
    ("The Kenyan president told reporters Nairobi would not expel the diplomats but cautioned that ties could be "
     "reviewed.", "The Kenyan president", "cautioned"),
    ("Norway's fisheries ministry said Icelandic trawlers had the right to fish in the zone and warned against "
     "\"unilateral quotas.\"", "Norway's fisheries ministry", "warned against"),
])
def test_a_cue_joined_to_the_reported_clause_is_the_first_speakers(nlp, text, speaker, cue):
    found = quotes_of(nlp, text)
    assert [s for s, c, _ in found if c == cue] == [speaker]


@pytest.mark.parametrize("text, content", [
    ("Brazil's defence minister said Brasilia would not send troops to the border but warned that its patience "
     "had limits.", "Brasilia would not send troops to the border"),
    ("She told reporters that Chile would not recall its ambassador but warned that Bolivia \"will pay a price\" "
     "for the seizure.", "that Chile would not recall its ambassador"),
])
def test_a_reported_clause_does_not_end_on_the_coordinator_of_the_next_cue(nlp, text, content):
    assert content in [t for _, _, t in quotes_of(nlp, text)]


def test_a_reported_clause_ends_with_its_hyphenated_word(nlp):
    text = ("The Dutch foreign minister said border incidents threatened the EU-brokered talks and urged "
            "President Maduro to de-escalate.")
    assert [t for _, c, t in quotes_of(nlp, text) if c == "urged"] == ["to de-escalate"]


def test_a_joined_cue_in_another_tense_stays_inside_what_was_said(nlp):
    text = ("He said Peru's original offer was to cap the tariff this year, but is now insisting that any cap be "
            "matched by new quotas.")
    assert [s for s, c, _ in quotes_of(nlp, text) if c == "is now insisting"] != ["He"]


def test_a_cue_joined_to_a_clause_reported_after_it_keeps_the_clauses_subject(nlp):
    text = ("Honduras on Tuesday accused Nicaragua of massing troops and armoured vehicles near the disputed Gulf of "
            "Fonseca and asked the United Nations Security Council to hold an emergency session, officials said.")
    assert [s for s, c, _ in quotes_of(nlp, text) if c == "asked"] == ["Honduras"]
