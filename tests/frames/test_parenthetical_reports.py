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
