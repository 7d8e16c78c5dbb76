"""The coder keeps its answers about a document's tokens only while it codes that document."""

from newsledger.actors import resolve
from newsledger.events import code
from newsledger.events.sense import trigger_code

from .conftest import DAY


TEXT = ("Turkey hosted talks between Sudan and South Sudan on Monday. "
        "Egypt later accused Ethiopia of blocking the deal and threatened to retaliate.")


def test_coding_a_document_again_gives_the_same_events(nlp):
    doc = nlp(TEXT)
    mentions, actors = resolve(doc, DAY)
    first = code(doc, mentions, actors, [], DAY)
    second = code(doc, mentions, actors, [], DAY)
    assert first and first == second


def test_a_triggers_code_is_the_same_inside_and_outside_the_coder(nlp):
    doc = nlp(TEXT)
    mentions, actors = resolve(doc, DAY)
    outside = [trigger_code(token) for token in doc]
    code(doc, mentions, actors, [], DAY)
    assert [trigger_code(token) for token in doc] == outside
    assert sum(cameo is not None for cameo, _ in outside) >= 3  # "hosted", "talks", "accused", "threatened"...


def test_documents_coded_in_turn_keep_nothing_of_each_other(nlp):
    first, second = nlp(TEXT), nlp("Russia freed an American teacher on Tuesday.")
    alone = code(second, *resolve(second, DAY), [], DAY)
    code(first, *resolve(first, DAY), [], DAY)
    after = code(second, *resolve(second, DAY), [], DAY)
    assert after == alone and [(e.cameo, e.source) for e in alone] == [("0841", "RUS")]


def test_a_per_document_answer_is_worked_out_once_while_its_document_is_coded(nlp):
    from newsledger.frames.memo import one_document, per_document

    calls = []

    @per_document
    def word_count(doc):
        calls.append(doc)
        return len(doc)

    doc, other = nlp(TEXT), nlp("Egypt closed the border.")
    with one_document(doc):
        assert [word_count(doc), word_count(doc), word_count(other)] == [len(doc), len(doc), len(other)]
    assert word_count(doc) == len(doc)
    assert calls == [doc, other, doc]  # once inside the block; the other document and any call outside, each time
