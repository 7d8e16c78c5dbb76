"""Quotation marks that hold no quote: names, terms, titles and scare quotes.

A quotation is none when the words right before it make it a name or a term ("the so-called
“special military operation”", "nicknamed “the Bulldozer”", "the film “Oppenheimer”", "the
word “war”"), or when it is the label a verb gives its object ("called the move “a provocation”",
"described it as “a farce”"). Outside anyone's reported speech, and unless it stands as a sentence of its own or
follows a comma, colon or dash that introduces it, a short fragment without a verb ("a “reset”")
or a run of capitalised words ("read “War and Peace” again") is one too. Inside reported speech a
fragment is the speaker's own words ("Putin wrote that ties had entered a “new era”") and stays.
Word lists and sizes: ``data/cues.yaml``.
"""

from __future__ import annotations

import re

from newsledger.discourse.cues import lexicon

INTRODUCERS = ",:—–-("


def named_or_titled(text: str, start: int) -> bool:
    """The words before the opening mark make the quotation a name, a term or a title."""
    lex = lexicon()
    before = text[max(0, start - 40):start].lower()
    if not before[-1:].isalnum() and not before[-1:].isspace():
        return False  # punctuation between ("in his words, “…”") introduces a quotation
    before = before.rstrip()
    if any(re.search(rf"(?:^|[^\w-]){re.escape(word)}$", before) for word in lex.naming_words):
        return True
    words = before.split()
    return bool(words) and words[-1] in lex.title_nouns


def labelled_object(verb) -> bool:
    """A labelling verb with an object and a label for it: "called the move a provocation",
    "described it as a farce" (the object is what was labelled, not what was said)."""
    if verb.lemma_.lower() not in lexicon().labelling_verbs:
        return False
    return any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children) and \
        any(c.dep_ == "dobj" for c in verb.children)


def is_label(doc, quote: tuple[int, int]) -> bool:
    """The quotation is the label a verb gives its object: its head word is the verb's object
    predicate, the object of its "as", or in apposition to its object ("branded the plan “a farce”")."""
    tokens = doc.char_span(quote[0], quote[1], alignment_mode="expand") or []
    for token in tokens:
        head = token.head
        if head.i in range(tokens.start, tokens.end) or token.is_punct:
            continue  # the quotation's own root is the word whose head lies outside it
        if token.dep_ == "oprd" or (token.dep_ == "pobj" and head.lower_ == "as"):
            verb = head if token.dep_ == "oprd" else head.head
        elif token.dep_ == "appos" and head.dep_ == "dobj":
            verb = head.head
        else:
            return False
        return verb.lemma_.lower() in lexicon().labelling_verbs
    return False


def introduced(text: str, start: int, sentence_start: int) -> bool:
    """The quotation opens its sentence or line, or follows a comma, colon or dash ("he said, “…”")."""
    before = text[sentence_start:start].rstrip(" \t")
    return not before.strip() or before.endswith("\n") or before[-1] in INTRODUCERS


def capitalised_run(words: list[str]) -> bool:
    """Every word capitalised but the small ones of titles: "War and Peace", "Cold War"."""
    small = lexicon().title_small_words
    letters = [w for w in words if w[:1].isalpha()]
    return bool(letters) and letters[0][0].isupper() and \
        all(w[0].isupper() or w.lower() in small for w in letters)


def holds_no_quote(doc, text: str, quote: tuple[int, int], sentence_start: int, in_speech: bool) -> bool:
    """Whether the quotation (span with its marks) is a name, term, title or scare quote, not a quote.

    ``in_speech``: the quotation lies inside the content of a reported statement."""
    if named_or_titled(text, quote[0]) or is_label(doc, quote):
        return True
    if in_speech or introduced(text, quote[0], sentence_start):
        return False
    lex = lexicon()
    words = re.findall(r"[\w'’.-]+", text[quote[0] + 1:quote[1] - 1])
    tokens = doc.char_span(quote[0], quote[1], alignment_mode="expand") or []
    verbless = not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    return (len(words) <= lex.fragment_words and verbless) or \
        (len(words) <= lex.title_words and capitalised_run(words))
