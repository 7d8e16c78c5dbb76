"""A stored parse gives back the Doc the stages read: tokens, norms, tags, heads, entities and the
sentence starts newsledger's own components set."""

from __future__ import annotations

from newsledger import nlp
from newsledger.store import parses

# A symbol run longer than nlp.MAX_SYMBOL_RUN (one token, whose norm newsledger's tokenizer sets), a
# contraction (its norm "not"), a heading line (a sentence start from newsledger_line_breaks) and a
# stretch of words with no final mark (sentence starts from newsledger_long_sentences).
TEXT = ("Ministers agree on grain corridor\n"
        "Turkish and Ukrainian ministers met in Istanbul on Tuesday and said they don't expect delays "
        + "!" * (nlp.MAX_SYMBOL_RUN + 10) + "\n"
        + "and the talks went on " * 80 + "until late.")


def token_view(doc):
    return [(t.text, t.whitespace_, t.norm_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, str(t.morph),
             t.ent_iob_, t.ent_type_, t.is_sent_start) for t in doc]


def test_a_stored_parse_reads_back_as_the_doc_that_was_stored():
    doc = next(nlp.parse([TEXT]))
    data = parses.to_bytes(doc)
    back = parses.from_bytes(data, nlp.get_pipeline().vocab)
    assert back.text == doc.text == TEXT
    assert token_view(back) == token_view(doc)
    assert nlp.sentence_spans(back) == nlp.sentence_spans(doc)
    assert len(nlp.sentence_spans(doc)) >= 4  # the heading, the symbol line and the long stretch cut in two
    assert [(e.start_char, e.end_char, e.label_) for e in back.ents] == [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    assert [c.text for c in back.noun_chunks] == [c.text for c in doc.noun_chunks]
    assert len(data) < len(TEXT.encode())  # compressed: smaller than the text itself


def test_the_model_label_names_the_spacy_package_and_its_version():
    name, version = parses.model_label().split(" ")
    meta = nlp.get_pipeline().meta
    assert name == f"{meta['lang']}_{meta['name']}" and version == meta["version"]


def test_keeping_parses_looks_up_msgpack_extensions_once_and_still_reads_back():
    import srsly.msgpack

    doc = next(nlp.parse(["The central bank raised rates on Monday."]))
    first = parses.to_bytes(doc)
    # srsly would otherwise scan every installed package's entry points on each pack and unpack
    assert srsly.msgpack.msgpack_encoders.entry_points is False
    assert srsly.msgpack.msgpack_decoders.entry_points is False
    assert "numpy" in srsly.msgpack.msgpack_encoders.get_all()  # the extension DocBin's arrays need stays
    assert parses.to_bytes(doc) == first
    assert parses.from_bytes(first, nlp.get_pipeline().vocab).text == doc.text


def test_a_stored_parse_is_the_docbin_that_spacy_itself_makes_of_the_doc():
    from spacy.tokens import DocBin

    # to_bytes reads the strings from the Doc's arrays instead of DocBin.add's Token per word: the same bytes
    for text in (TEXT, "Ukraine's President Volodymyr Zelenskiy met NATO's chief in Brussels on 3 March 2024.", ""):
        doc = next(nlp.parse([text])) if text else nlp.get_pipeline().make_doc(text)
        docbin = DocBin(attrs=list(parses.PARSE_ATTRS), store_user_data=False)
        docbin.add(doc)
        assert parses.to_bytes(doc) == docbin.to_bytes()
