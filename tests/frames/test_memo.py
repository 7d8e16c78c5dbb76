"""frames.memo: a question about a token is answered once per token while its document is coded, and on every call elsewhere."""

import threading

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsledger.frames.memo import children_of, one_document, per_token


def _counted():
    calls = []

    @per_token
    def head_word(token):
        calls.append(token.i)
        return token.head.text

    return head_word, calls


def _doc(words):
    return Doc(Vocab(), words=words, heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])


def test_inside_one_document_each_token_is_answered_once():
    head_word, calls = _counted()
    doc = _doc(["Kenya", "hosted", "talks"])
    with one_document(doc):
        answers = [head_word(token) for token in (doc[0], doc[2], doc[0], doc[2], doc[0])]
    assert answers == ["hosted"] * 5
    assert calls == [0, 2]


def test_outside_the_block_every_call_runs_and_nothing_is_kept():
    head_word, calls = _counted()
    doc = _doc(["Kenya", "hosted", "talks"])
    with one_document(doc):
        head_word(doc[0])
    head_word(doc[0])
    head_word(doc[0])
    assert calls == [0, 0, 0]


def test_a_token_of_another_document_is_answered_afresh():
    head_word, calls = _counted()
    coded, other = _doc(["Kenya", "hosted", "talks"]), _doc(["Qatar", "mediated", "talks"])
    with one_document(coded):
        assert [head_word(coded[0]), head_word(other[0]), head_word(other[0])] == ["hosted", "mediated", "mediated"]
    assert calls == [0, 0, 0]


def test_each_thread_keeps_its_own_answers():
    head_word, calls = _counted()
    doc = _doc(["Kenya", "hosted", "talks"])
    seen = []
    with one_document(doc):
        head_word(doc[0])
        thread = threading.Thread(target=lambda: seen.append(head_word(doc[0])))  # no document open in that thread
        thread.start()
        thread.join()
    assert seen == ["hosted"]
    assert calls == [0, 0]


def test_children_are_the_tokens_children_in_order():
    doc = _doc(["Kenya", "hosted", "talks"])
    with one_document(doc):
        assert [c.text for c in children_of(doc[1])] == ["Kenya", "talks"]
        assert children_of(doc[1]) is children_of(doc[1])  # one tuple per token while the document is coded
    assert [c.text for c in children_of(doc[1])] == ["Kenya", "talks"]

