"""frames.memo: a per-token question is answered once per token while one document is coded, and every time outside."""

import threading

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsledger.frames.memo import one_document, per_token


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
    with one_document():
        answers = [head_word(token) for token in (doc[0], doc[2], doc[0], doc[2], doc[0])]
    assert answers == ["hosted"] * 5
    assert calls == [0, 2]


def test_outside_a_document_every_call_runs_and_the_block_keeps_nothing():
    head_word, calls = _counted()
    doc = _doc(["Kenya", "hosted", "talks"])
    with one_document():
        head_word(doc[0])
    head_word(doc[0])
    head_word(doc[0])
    assert calls == [0, 0, 0]


def test_the_same_index_in_another_document_is_another_token():
    head_word, calls = _counted()
    first, second = _doc(["Kenya", "hosted", "talks"]), _doc(["Qatar", "mediated", "talks"])
    with one_document():
        assert [head_word(first[0]), head_word(second[0])] == ["hosted", "mediated"]
    assert calls == [0, 0]


def test_each_thread_keeps_its_own_results():
    head_word, calls = _counted()
    doc = _doc(["Kenya", "hosted", "talks"])
    seen = []
    with one_document():
        head_word(doc[0])
        thread = threading.Thread(target=lambda: seen.append(head_word(doc[0])))  # no document open in that thread
        thread.start()
        thread.join()
    assert seen == ["hosted"]
    assert calls == [0, 0]
