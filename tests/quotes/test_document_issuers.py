"""Who a document with no actor named in it speaks for ("according to a joint statement", "according to a
statement from the ministry"): a joint one for the parties the text names around it, an issuer the text leaves
unnamed for no one, never the last organisation named before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch


def last_speaker(text: str, cue: str = "according to") -> str | None:
    """The speaker of the story's last quote with the cue."""
    [analysis] = analyse_batch([article_from_text("story.txt", "Talks\n\nASTANA, June 12, 2026 - " + text, [])], ())
    return [q.speaker for q in analysis.quotes if q.cue == cue][-1]


@pytest.mark.parametrize("text, speaker", [
    # the coordinated parties of its own sentence: the first, as for "Russia and China said"
    ("Kazakhstan and Uzbekistan agreed on Thursday to build a new railway link, according to a joint statement.",
     "KAZ"),
    # the two who met in the sentence before
    ("Kenyan President William Ruto met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Friday. The two "
     "countries will open a new border crossing, according to a joint statement.", "william-ruto"),
])
def test_a_joint_document_speaks_for_its_parties(text, speaker):
    assert last_speaker(text) == speaker


@pytest.mark.parametrize("text", [
    # no issuer named: not the Philippines named before
    "The Philippines protested to Beijing on Monday. The drills will end on Sunday, according to a statement.",
    # a body the actors stage could not place: not Vietnam, which the reported words name
    "Chinese coast guard ships sailed near the islands. Vietnam will face consequences, according to a statement "
    "from the foreign ministry.",
])
def test_an_unnamed_issuer_names_no_one(text):
    assert last_speaker(text) is None


def test_the_statement_still_speaks_for_the_organisation_before_it():
    text = "The Kremlin issued a statement on Tuesday. The visit will go ahead, according to the statement."
    assert last_speaker(text) == "RUSGOV"


def test_a_body_named_before_speaks_through_its_noun():
    # "the embassy" is the embassy named before, not the police the reported words name
    text = ("The Japanese Embassy in Manila said two of its nationals had been detained. Philippine police will free "
            "both men on Friday, the embassy report said.")
    assert last_speaker(text, "said") == "JPNGOV"

