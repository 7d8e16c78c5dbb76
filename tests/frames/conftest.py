"""Shared fixtures and helpers for the frames' tests."""

import pytest

from newsledger.frames.commitment import commitment
from newsledger.nlp import get_pipeline


@pytest.fixture(scope="session")
def nlp():
    return get_pipeline()


def of(nlp, sentence, word):
    """The commitment of the first token of `sentence` whose text is `word`."""
    doc = nlp(sentence)
    return commitment(next(t for t in doc if t.text == word))
