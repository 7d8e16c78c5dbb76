"""Stored parses: each analysed document's spaCy parse, kept in the ledger's `parses` table, so that
`recode` runs the stages after the parse again without parsing (about 80% of ingest's cost).

A parse is a spaCy DocBin (zlib-compressed by spaCy) of one Doc, with the token attributes the
stages read: text and whitespace, NORM (set by newsledger's own tokenizer for symbol runs), tags,
dependency heads and labels, lemmas, morphology, entities and sentence starts (which the
newsledger_line_breaks and newsledger_long_sentences components set). No user_data is kept: the
stages' caches there are rebuilt from the Doc, and the deadline is set anew on loading.
spaCy is imported only by the functions that need it, so that readers of the ledger never load it.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Connection, bindparam, delete, insert, select

from newsledger.store import schema

# Token attributes kept: spaCy's DocBin defaults plus NORM (spacy.tokens.DocBin, "attrs").
PARSE_ATTRS = ("ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA", "MORPH",
               "POS", "SENT_START")


@lru_cache(maxsize=1)
def model_label() -> str:
    """The installed spaCy model package's name and version, "en_core_web_sm 3.8.0" (newsledger.nlp.MODEL),
    read from the package's metadata without loading the model. A parse made by another model is
    not used by `recode`: the stages would read it otherwise than a parse by the running one."""
    from importlib.metadata import PackageNotFoundError, version

    from newsledger.nlp import MODEL

    try:
        return f"{MODEL} {version(MODEL)}"
    except PackageNotFoundError:  # a model loaded from a folder, not installed as a package
        return f"{MODEL} unknown"


@lru_cache(maxsize=1)
def _register_msgpack_extensions() -> None:
    """Register once the msgpack extensions that other packages declare (entry points) and stop srsly
    from looking them up again: it scans every installed package's entry points on each pack and
    unpack, about 1 ms a document (cProfile of ingest), and they cannot change while a process runs.
    Each pack and unpack then gets the extensions as registered now: catalogue's get_all would scan
    every registry of every package (about 400 entries) each time, 40% of loading a stored parse."""
    import srsly.msgpack

    for extensions in (srsly.msgpack.msgpack_encoders, srsly.msgpack.msgpack_decoders):
        known = extensions.get_all()
        for name, function in extensions.get_entry_points().items():
            if name not in known:
                extensions.register(name, func=function)
        extensions.entry_points = False
        registered = extensions.get_all()
        extensions.get_all = lambda registered=registered: dict(registered)


def to_bytes(doc) -> bytes:
    """One Doc as a compressed DocBin holding PARSE_ATTRS (no user_data); about 5 KB for a 4,000-character text."""
    from spacy.tokens import DocBin

    _register_msgpack_extensions()
    docbin = DocBin(attrs=list(PARSE_ATTRS), store_user_data=False)
    _add(docbin, doc)
    return docbin.to_bytes()


# The token attributes whose strings DocBin.add keeps, beside each token's morphology (MORPH).
STRING_ATTRS = ("ORTH", "TAG", "LEMMA", "NORM", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID")


def _add(docbin, doc) -> None:
    """``docbin.add(doc)`` with the same result, the strings read from the Doc's arrays, each distinct value once:
    DocBin.add (spaCy 3.8, tokens/_serialize.py) makes a Token and a MorphAnalysis per word and reads nine
    string attributes of each, which cost more than the rest of keeping the parse. The rest is DocBin.add's own
    code; tests/recode/test_parses.py checks that both give the same bytes."""
    import numpy
    from spacy.attrs import MORPH, SPACY
    from spacy.tokens import MorphAnalysis

    array = doc.to_array(docbin.attrs)
    if len(array.shape) == 1:
        array = array.reshape((array.shape[0], 1))
    docbin.tokens.append(array)
    spaces = doc.to_array(SPACY)
    assert array.shape[0] == spaces.shape[0]  # this should never happen
    docbin.spaces.append(numpy.asarray(spaces.reshape((spaces.shape[0], 1)), dtype=bool))
    docbin.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
    if len(doc):
        vocab, strings = doc.vocab, doc.vocab.strings
        # token.text, .tag_, .lemma_, .norm_, .dep_, .ent_type_, .ent_kb_id_, .ent_id_ are vocab.strings of these ids
        docbin.strings.update(strings[key] for key in numpy.unique(doc.to_array(list(STRING_ATTRS))).tolist())
        docbin.strings.update(str(MorphAnalysis.from_id(vocab, key)) for key in numpy.unique(doc.to_array(MORPH)).tolist())
    docbin.cats.append(doc.cats)
    docbin.span_groups.append(doc.spans.to_bytes())
    for group in doc.spans.values():
        for span in group:
            docbin.strings.add(span.label_)
            if span.kb_id in span.doc.vocab.strings:
                docbin.strings.add(span.kb_id_)
            if span.id in span.doc.vocab.strings:
                docbin.strings.add(span.id_)


def from_bytes(data: bytes, vocab):
    """The Doc stored by `to_bytes`, on `vocab` (the running pipeline's). Raises ValueError for bytes
    that are not a DocBin of one document."""
    from spacy.tokens import DocBin

    _register_msgpack_extensions()
    docs = list(DocBin().from_bytes(data).get_docs(vocab))
    if len(docs) != 1:
        raise ValueError(f"a stored parse holds {len(docs)} documents, not 1")
    return docs[0]


def put_parse(conn: Connection, doc_id: str, model: str, data: bytes) -> None:
    """Store (or replace) one document's parse, inside the caller's transaction."""
    conn.execute(_put_statements()[0], {"doc_id": doc_id})
    add_parse(conn, doc_id, model, data)


def add_parse(conn: Connection, doc_id: str, model: str, data: bytes) -> None:
    """Store the parse of a document stored in the caller's transaction, which has none yet (a parse goes
    with its document: the foreign key deletes it with the document), with no DELETE first."""
    conn.execute(_put_statements()[1], {"doc_id": doc_id, "model": model, "docbin": data})


@lru_cache(maxsize=1)
def _put_statements():
    """`put_parse`'s DELETE (parameter doc_id) and INSERT: built once, since building them costs more than running them."""
    return delete(schema.parses).where(schema.parses.c.doc_id == bindparam("doc_id")), insert(schema.parses)


def get_parses(conn: Connection, doc_ids: list[str]) -> dict[str, tuple[str, bytes]]:
    """{doc_id: (model, DocBin bytes)} for those of `doc_ids` that have a stored parse."""
    p = schema.parses.c
    rows = conn.execute(select(p.doc_id, p.model, p.docbin).where(p.doc_id.in_(doc_ids))).all()
    return {doc_id: (model, bytes(data)) for doc_id, model, data in rows}
