"""A pronoun speaker resolves like any pronoun: the nearest person it agrees with, not the last one
quoted directly; narration of what the speaker left unsaid ("... but gave no details") is not part of
the quote. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.quotes import find_quotes
from newsledger.records import Actor, Mention

ACTORS = {"pavel-orlov": Actor("pavel-orlov", "Pavel Orlov", "person"),
          "ingrid-berg": Actor("ingrid-berg", "Ingrid Berg", "person"),
          "elena-ruiz": Actor("elena-ruiz", "Elena Ruiz", "person"),
          "tomas-varga": Actor("tomas-varga", "Tomas Varga", "person")}


def mentions_for(text, names):
    return [Mention(text.index(n), text.index(n) + len(n), n, actor, 0, "test") for n, actor in names]


@pytest.mark.parametrize("text, names, expected", [
    ('"The embargo will hurt by winter," said Pavel Orlov, an economist. Few traders expect a deal. '
     'Ingrid Berg runs a research institute in Oslo. "Brussels could live with the pact for a year," she said.',
     [("Pavel Orlov", "pavel-orlov"), ("Ingrid Berg", "ingrid-berg")], "ingrid-berg"),
    ('"We see no sign of a thaw," said Elena Ruiz, a diplomat. Tomas Varga heads the customs office at the '
     'crossing. "Budapest will not move before the vote," he said.',
     [("Elena Ruiz", "elena-ruiz"), ("Tomas Varga", "tomas-varga")], "tomas-varga"),
])
def test_a_pronoun_speaker_takes_the_nearest_person_of_its_gender_not_the_last_quoted(nlp, text, names, expected):
    quotes = find_quotes(nlp(text), mentions_for(text, names), ACTORS)
    [last] = [q for q in quotes if q.speaker_text in ("she", "he")]
    assert last.speaker == expected


def test_a_pronoun_speaker_of_the_other_gender_than_everyone_before_stays_unresolved(nlp):
    text = '"The embargo will hurt by winter," said Pavel Orlov. "Nobody wants it to last," she said.'
    quotes = find_quotes(nlp(text), mentions_for(text, [("Pavel Orlov", "pavel-orlov")]), ACTORS)
    assert [(q.speaker_text, q.speaker) for q in quotes][-1] == ("she", None)


@pytest.mark.parametrize("text, said", [
    ("Senator Adebayo said the hearing would be postponed but offered no reason.", "the hearing would be postponed"),
    ("Officials said the ferry would sail again on Sunday but did not elaborate.", "the ferry would sail again on Sunday"),
    ("The governor said the curfew would end on Friday but declined to comment on the arrests.",
     "the curfew would end on Friday"),
])
def test_narration_of_what_was_left_unsaid_is_not_part_of_the_quote(nlp, text, said):
    assert [q.text for q in find_quotes(nlp(text), [], {})] == [said]


def test_a_content_verb_joined_to_the_reported_clause_stays(nlp):
    [quote] = find_quotes(nlp("The army said it would withdraw and provide aid to the villages."), [], {})
    assert quote.text == "it would withdraw and provide aid to the villages"


def test_a_pronoun_after_an_unnamed_speaker_is_not_given_to_a_person_named_before(nlp):
    # "The spokesman said ... He added": the spokesman's words, not the minister's named earlier
    text = ('Tomas Varga met the customs chiefs on Monday, a ministry spokesman said. The spokesman said the talks '
            'went well. He added that the border would reopen soon.')
    quotes = find_quotes(nlp(text), mentions_for(text, [("Tomas Varga", "tomas-varga")]), ACTORS)
    assert [q.speaker for q in quotes if q.speaker_text == "He"] == [None]
