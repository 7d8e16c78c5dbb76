"""trigger_code first asks whether any rule could code a word's lemma (events/sense.py `_codable_lemmas`):
the gate must only save work, never change a code. Sentences written for this test, one per kind of
rule that reads a word's arguments: weapons given, travel to a place, hosting, a naming verb, a speech
verb, a pattern on the object, a nominal event, a verbal noun and a verb coded by its lemma."""

import pytest

from newsledger.events import sense

SENTENCES = [
    "Poland supplied tanks and fighter jets to Ukraine on Monday.",
    "The Indian prime minister travels to Tokyo next week for talks.",
    "Kenya hosted President Ruto's Tanzanian counterpart in Nairobi.",
    "The opposition branded the vote illegal, the party's spokesman added.",
    "Mali suspended air links with Niger after a hunger strike by detainees.",
    "Rebels attacked an army post, and the army said it repelled the attack.",
    "If Turkey blocks the deal, Sweden will appeal to the court, officials said.",
    "The company's shares rose 3 pct as investors cheered the merger.",
]


class EveryLemma(frozenset):
    def __contains__(self, item) -> bool:
        return True


def test_the_lemma_gate_changes_no_word_s_code(nlp, monkeypatch):
    docs = [nlp(text) for text in SENTENCES]
    gated = [[sense.trigger_code(t) for t in doc] for doc in docs]
    monkeypatch.setattr(sense, "_codable_lemmas", lambda: EveryLemma())
    ungated = [[sense.trigger_code(t) for t in doc] for doc in docs]
    assert gated == ungated
    coded = [t.text for doc, codes in zip(docs, gated) for t, (cameo, _) in zip(doc, codes) if cameo]
    assert {"supplied", "travels", "hosted", "attacked"} <= set(coded)  # the test exercises codes, not only Nones


@pytest.mark.parametrize("word", ["cat", "Tuesday", "quickly", "the"])
def test_a_word_no_rule_codes_gets_no_code(nlp, word):
    doc = nlp(f"They saw {word} there.")
    assert sense.trigger_code(doc[2]) == (None, False)
