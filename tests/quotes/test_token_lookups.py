"""The token lookups quotes make on a parse: a sentence's tokens, and the token at a speaker's head.
Text written for these tests."""

from __future__ import annotations

from newsledger.discourse.marks import quote_spans
from newsledger.nlp import doc_text, sentence_spans
from newsledger.discourse.attribution import Context, sentence_tokens
from newsledger.actors.speakers import unnamed_head
from newsledger.records import Mention

TEXT = "Grain exports resumed on Monday.\n\nA port official said the ships would sail.  Traders were relieved."


def test_each_sentence_gets_its_own_words_and_no_whitespace_token(nlp):
    doc = nlp(TEXT)
    sentences = sentence_spans(doc)
    grouped = sentence_tokens(Context(doc, sentences, quote_spans(doc_text(doc)), [s for s, _ in sentences]))
    assert [" ".join(t.text for t in tokens) for tokens in grouped] == [
        "Grain exports resumed on Monday .", "A port official said the ships would sail .", "Traders were relieved ."]


def test_the_head_is_the_token_starting_at_its_character_unless_a_mention_covers_it(nlp):
    doc = nlp(TEXT)
    official = TEXT.index("official")
    assert unnamed_head(doc, official, []).text == "official"
    assert unnamed_head(doc, official + 2, []) is None  # inside the word: no token starts there
    assert unnamed_head(doc, len(TEXT) + 5, []) is None
    port = Mention(TEXT.index("port"), official + len("official"), "port official", "X1", 1, "test")
    assert unnamed_head(doc, official, [port]) is None


def test_an_empty_document_has_no_sentence_tokens(nlp):
    doc = nlp("")
    assert sentence_tokens(Context(doc, [], [], [])) == []


def test_according_to_is_found_whatever_its_capitals(nlp):
    from newsledger.discourse.attribution import find_attributions

    text = "ACCORDING TO the harbour master, the ferry left two hours late."
    cues = [a.cue_lemma for a in find_attributions(nlp(text))]
    assert cues == ["according to"]
