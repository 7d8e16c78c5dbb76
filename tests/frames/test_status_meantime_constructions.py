"""Status constructions found by grouping the MEANTIME dev read part's misses (issue 17, part C).
Sentences written for these tests, each in its construction's general form."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word", [
    ("She became the first woman to lead the central bank.", "lead"),
    ("Romania was the only member to vote against the resolution.", "vote"),
    ("Norway is the largest donor to fund the reconstruction of the port.", "fund"),
    ("The carrier was the last airline to leave the alliance.", "leave"),
])
def test_an_infinitival_relative_after_an_ordinal_only_or_a_superlative_tells_what_was_done(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "occurred"


@pytest.mark.parametrize("sentence, word", [
    ("The minister unveiled a plan to cut emissions.", "cut"),
    ("The next president to visit Kyiv will face pressure.", "visit"),
])
def test_other_infinitival_relatives_stay_what_is_to_be_done(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "planned"
