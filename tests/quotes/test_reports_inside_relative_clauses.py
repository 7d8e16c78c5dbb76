"""A report made inside a relative clause ("a strike that the rebels said killed six") is the
relative clause's speaker's, its content the words after the cue, not the relative pronoun; a denial
or statement around it does not take it as its own content. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.quotes import find_quotes


def quotes_of(nlp, text):
    return [(q.speaker_text, q.cue, q.text) for q in find_quotes(nlp(text), [], {})]


@pytest.mark.parametrize("text, speaker, content", [
    ("The navy denied sinking a fishing boat that the coastguard said carried twelve men.",
     "the coastguard", "carried twelve men"),
    ("Rwanda's army denied shelling the camp that aid workers said had housed four thousand refugees.",
     "aid workers", "had housed four thousand refugees"),
    ("The militia rejected the ceasefire, which the mediators said would take effect at dawn.",
     "the mediators", "would take effect at dawn"),
])
def test_a_report_inside_a_relative_clause_is_its_own_speakers_with_the_words_after_the_cue(
        nlp, text, speaker, content):
    assert (speaker, "said", content) in quotes_of(nlp, text)
    assert not any(text.startswith(("that", "which")) for _, _, text in quotes_of(nlp, text))


@pytest.mark.parametrize("text, denied", [
    ("The air force denied that its jets had bombed a market that the opposition said killed nine civilians.",
     "that its jets had bombed a market"),
    ("The ministry denied that police had fired at a crowd that witnesses said numbered two thousand people.",
     "that police had fired at a crowd"),
])
def test_a_denial_does_not_take_a_relative_report_at_its_end_as_its_content(nlp, text, denied):
    assert [content for _, cue, content in quotes_of(nlp, text) if cue == "denied"] == [denied]


@pytest.mark.parametrize("text, speaker, content", [
    ("Prime Minister Jonas Gahr Store said Oslo would double its patrols in the Barents Sea, a step diplomats "
     "said could strain ties with Moscow.", "unnamed diplomats", "could strain ties with Moscow"),
    ("The junta said it would expel the French ambassador within 48 hours, a decision observers said would "
     "deepen the country's isolation.", "unnamed observers", "would deepen the country's isolation"),
])
def test_a_report_in_a_relative_clause_without_its_pronoun_says_only_the_words_after_the_cue(
        nlp, text, speaker, content):
    found = quotes_of(nlp, text)
    assert [(s, t) for s, c, t in found if s == speaker] == [(speaker, content)]
    # nor is the comment and its report part of the first speaker's words
    assert not any(speaker.split()[-1] in t for s, _, t in found if s != speaker)
