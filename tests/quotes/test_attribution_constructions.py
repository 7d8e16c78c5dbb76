"""Issue 12/16 follow-up, quote precision: a quote needs a cue of saying whose complement is what was
said (a reported clause, a quotation, the clause a parenthetical cue interrupts, "according to", or a
directive to an addressee); a commitment ("agreed to hold talks"), an act ("attacked the refinery") or
a statement only intended ("wants to show that") is no quote."""

from __future__ import annotations

import pytest

from newsledger.discourse import find_attributions
from newsledger.quotes import find_quotes

COMMITMENTS = [
    "The two governments agreed to hold talks in Oslo next month.",
    "Both parties agreed to form a coalition government after the vote.",
    "The European Union promised to send more ammunition to Kyiv.",
    "Washington threatened to impose tariffs on Mexican steel.",
    "The prime minister vowed to rebuild the flooded districts before winter.",
    "The central bank pledged to keep interest rates low through the winter.",
    "The rebels expect to take the city by spring.",
    "The governor promised to rebuild the bridge, and the council agreed to pay for it.",
]

NOT_SAID = [
    "Rebel commanders plan to attack the northern supply routes.",
    "Drones attacked the oil refinery near the port overnight.",
    "The coalition plans to attack the rebel positions in the hills.",
    "Two brigades defended the bridge over the river for a week.",
    "The president decided to call an early election.",
    "The army called up twenty thousand reservists in March.",
    "The militia claimed responsibility for the bombing of the depot.",
    "The finance ministers discussed the new budget rules on Monday.",
    "The carmaker posted a loss of 40 million euros in the third quarter.",
    "The union threatened a strike at the port.",
    "The two leaders want to show that their alliance is still strong.",
    "The agency plans to announce that the border will reopen.",
    "The spokeswoman was unable to say whether the convoy had crossed the border.",
    # "according to" a norm is "in accordance with", not a source
    "Each of the two countries will act according to its own interests in the region.",
    "The handover of the airport went ahead on Tuesday according to plan.",
]


@pytest.mark.parametrize("text", COMMITMENTS + NOT_SAID)
def test_a_clause_that_reports_no_words_is_no_quote(nlp, text):
    assert find_quotes(nlp(text), [], {}) == []


@pytest.mark.parametrize("text", COMMITMENTS)
def test_a_commitment_stays_an_attribution_for_polnear_but_not_speech(nlp, text):
    attributions = find_attributions(nlp(text))
    assert attributions and not any(a.speech for a in attributions)


@pytest.mark.parametrize("text, said, cue", [
    ("“The talks were useful,” the minister said.", "The talks were useful", "said"),
    ("The minister said that the talks were useful.", "that the talks were useful", "said"),
    ("The minister said the talks were useful.", "the talks were useful", "said"),
    ("The general warned that the front could collapse within days.",
     "that the front could collapse within days", "warned"),
    ("Officials denied that any civilians had been hurt in the strike.",
     "that any civilians had been hurt in the strike", "denied"),
    ("The ministry announced that the border would reopen on Friday.",
     "that the border would reopen on Friday", "announced"),
    ("She told reporters that the vote would go ahead.", "that the vote would go ahead", "told"),
    # a "that" clause the parser hangs on the noun of "in a statement"
    ("The ministry said in a statement that the border would reopen on Friday.",
     "that the border would reopen on Friday", "said"),
    ("The president wrote in a letter that the troops would stay.", "that the troops would stay", "wrote"),
    ("The mayor spoke for an hour. He added: “Nobody wants another war.”", "Nobody wants another war", "added:"),
    # a verb of commitment with a reported clause reports what was said
    ("The mayor agreed that the plan was too costly.", "that the plan was too costly", "agreed"),
    ("The rebels threatened that they would shell the port.", "that they would shell the port", "threatened"),
    ("The governor promised that the bridge would be rebuilt by June.",
     "that the bridge would be rebuilt by June", "promised"),
    ("The commander vowed: “We will retake every village.”", "We will retake every village", "vowed:"),
    ("The economy will shrink this year, the central bank governor said.", "The economy will shrink this year",
     "said"),
    ("According to the ministry, the talks were useful.", "the talks were useful", "According to"),
    ("The talks were useful, according to two diplomats.", "The talks were useful", "according to"),
    # a directive: what was said to the addressee
    ("The envoy told the militia to leave the town.", "to leave the town", "told"),
    ("The minister asked the banks to lower their fees.", "to lower their fees", "asked"),
])
def test_reported_content_is_one_quote(nlp, text, said, cue):
    assert [(q.text, q.cue) for q in find_quotes(nlp(text), [], {})] == [(said, cue)]


@pytest.mark.parametrize("text, speaker", [
    ("The talks, the minister said, were useful.", "the minister"),
    ("The offer, he added, was final.", "he"),
])
def test_a_clause_a_parenthetical_cue_interrupts_is_one_quote(nlp, text, speaker):
    [quote] = find_quotes(nlp(text), [], {})
    assert quote.text == text.rstrip(".") and quote.speaker_text == speaker and quote.quote_type == "indirect"


def test_a_quotation_split_by_its_cue_gives_its_pieces(nlp):
    text = "“The talks,” the minister said, “were useful.”"
    assert [q.text for q in find_quotes(nlp(text), [], {})] == ["The talks", "were useful"]


def test_a_quotation_of_two_sentences_is_one_record_spanning_both(nlp):
    [quote] = find_quotes(nlp("“The border is closed. Nobody crosses tonight,” the commander said."), [], {})
    assert quote.text == "The border is closed. Nobody crosses tonight"
    assert (quote.sentence, quote.sentence_end) == (0, 1)


def test_a_quotation_in_the_next_sentence_keeps_the_speaker(nlp):
    quotes = find_quotes(nlp("“We will not retreat,” the commander said. “The city will hold.”"), [], {})
    assert [(q.text, q.speaker_text) for q in quotes] == [("We will not retreat", "the commander"),
                                                          ("The city will hold", "the commander")]


@pytest.mark.parametrize("text, said, cue", [
    ("Russia promised to “respond decisively” to any attack on its territory.", "respond decisively", "promised"),
    ("The minister vowed to “fight to the last village” if the talks failed.", "fight to the last village",
     "vowed"),
])
def test_a_quotation_inside_a_commitment_is_the_speakers_words(nlp, text, said, cue):
    assert [(q.text, q.cue, q.quote_type) for q in find_quotes(nlp(text), [], {})] == [(said, cue, "direct")]


def test_a_scare_quote_inside_a_commitment_is_no_quote(nlp):
    assert find_quotes(nlp("Washington threatened to impose “crippling” tariffs on Mexican steel."), [], {}) == []


@pytest.mark.parametrize("text", ["The minister was told that the bridge had collapsed.",
                                  "Residents were assured that the water was safe to drink."])
def test_the_subject_of_a_passive_cue_is_whom_it_was_said_to_not_the_speaker(nlp, text):
    [quote] = find_quotes(nlp(text), [], {})
    assert quote.speaker_text is None and quote.text.startswith("that ")


def test_the_agent_of_a_passive_cue_is_the_speaker(nlp):
    [quote] = find_quotes(nlp("The mayor was warned by his aides that the dam could burst."), [], {})
    assert (quote.speaker_text, quote.text) == ("his aides", "that the dam could burst")


def test_the_subject_of_was_quoted_as_saying_is_the_speaker(nlp):
    text = "Finance minister Anna Berg was quoted by the daily as saying that rates would stay high."
    assert [q.speaker_text for q in find_quotes(nlp(text), [], {})] == ["Finance minister Anna Berg"]
