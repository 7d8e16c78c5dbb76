"""An -ing clause after a preposition of time or means is an adjunct of its verb and shares the verb's status,
whatever complement entry the verb has (signatures.yaml adjunct_prepositions). Sentences written for these tests."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word, status", [
    ("Chad signed a trade accord with Libya after expelling Sudanese militias.", "expelling", "occurred"),
    ("The junta signed the deal with Moscow shortly after closing the French embassy.", "closing", "occurred"),
    ("Chad will sign the accord with Libya after expelling the militias.", "expelling", "planned"),
])
def test_an_adjunct_gerund_shares_its_verbs_status(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


def test_a_gerund_complement_still_reads_its_verbs_entry(nlp):
    """ "insisted on attending": "on" introduces the verb's complement, not an adjunct."""
    assert of(nlp, "The envoy insisted on attending the summit in Doha.", "attending").status != "occurred"
