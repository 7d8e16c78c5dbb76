"""An attribution set off inside or after a clause and followed by more words reports that clause as a final one
does. Sentences written for these tests."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word, source", [
    ("Sudanese army officers met rebel commanders in Jeddah on Monday, the ministry said, in a fresh push to halt "
     "the fighting.", "met", "the ministry"),
    ("Turkish jets struck Kurdish positions in northern Iraq, the defence ministry said, as clashes spread.",
     "struck", "the defence ministry"),
    ("The talks, the ministry said, were held in Jeddah.", "held", "the ministry"),
])
def test_an_attribution_set_off_with_more_words_after_it_reports_its_clause(nlp, sentence, word, source):
    found = of(nlp, sentence, word)
    assert (found.status, found.holder) == ("claimed", f"source: {source}")


def test_a_comment_clause_with_a_clause_of_its_own_reports_nothing_else(nlp):
    # "..., he said that ...": the saying has its own complement, the first clause stays the author's
    found = of(nlp, "Troops entered the town on Sunday, and the governor said that the curfew would stay.", "entered")
    assert found.holder == "author"


def test_a_final_attribution_read_as_a_conjunct_with_no_and_still_reports_its_clause(nlp):
    """ "Ships fired at the vessel, injuring four, spokesman Ali Reza told reporters." with "told" parsed as a
    conjunct of "fired" with no coordinator: the firing is the spokesman's claim, his telling the author's."""
    from spacy.tokens import Doc

    from newsledger.frames.commitment import commitment

    words = ["Ships", "fired", "at", "the", "vessel", ",", "injuring", "four", ",", "spokesman", "Ali", "Reza",
             "told", "reporters", "."]
    heads = [1, 1, 1, 4, 2, 1, 1, 6, 1, 11, 11, 12, 1, 12, 12]
    deps = ["nsubj", "ROOT", "prep", "det", "pobj", "punct", "advcl", "dobj", "punct", "compound", "compound", "nsubj",
            "conj", "dobj", "punct"]
    tags = ["NNS", "VBD", "IN", "DT", "NN", ",", "VBG", "CD", ",", "NN", "NNP", "NNP", "VBD", "NNS", "."]
    pos = ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "VERB", "NUM", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB",
           "NOUN", "PUNCT"]
    lemmas = ["ship", "fire", "at", "the", "vessel", ",", "injure", "four", ",", "spokesman", "Ali", "Reza", "tell",
              "reporter", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    fired, told = commitment(doc[1]), commitment(doc[12])
    assert fired.status == "claimed" and fired.holder.startswith("source: ")
    assert (told.status, told.holder) == ("occurred", "author")
    # with "and" it is a second act of the author's, not an attribution
    words[8] = "and"
    deps[8], tags[8], pos[8], heads[8] = "cc", "CC", "CCONJ", 1
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert commitment(doc[1]).holder == "author"
