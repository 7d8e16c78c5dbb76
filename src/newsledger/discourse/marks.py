"""Find the spans between quotation marks, in every common style.

A quote left open at the end of a paragraph continues when the next paragraph
opens with a quotation mark again (the newspaper convention for long quotes).
Returned spans include the marks: (start of opening mark, end of closing mark).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.discourse.lexicon import quote_pairs

APOSTROPHES = "’'"


def can_open(text: str, i: int) -> bool:
    """An opening mark sits after a space, a bracket or a dash and before a word."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:;,") and not after.isspace()


def can_close(text: str, i: int) -> bool:
    """A closing mark follows a word or punctuation; an apostrophe inside a word is not one."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace():
        return False
    return not (text[i] in APOSTROPHES and after.isalpha())


def continues_next_paragraph(text: str, newline: int, opener: str) -> int | None:
    """Where the quote resumes when the next paragraph reopens it, else None."""
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    return j if j < len(text) and text[j] == opener else None


@lru_cache(maxsize=1)
def _marks() -> re.Pattern:
    """Any quotation mark of `quote_pairs`, or a line break: the only characters `quote_spans` acts on."""
    pairs = quote_pairs()
    marks = {*pairs, *(closer for closers in pairs.values() for closer in closers), "\n"}
    return re.compile("[" + "".join(map(re.escape, sorted(marks))) + "]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation, marks included, in text order."""
    pairs = quote_pairs()
    spans: list[tuple[int, int]] = []
    start, opener, i = None, "", 0
    # Jump from mark to mark: a Python step per character was this function's whole cost.
    while (mark := _marks().search(text, i)) is not None:
        i = mark.start()
        char = text[i]
        if start is None:
            if char in pairs and can_open(text, i):
                start, opener = i, char
        elif char in pairs[opener] and can_close(text, i):
            spans.append((start, i + 1))
            start = None
        elif char == "\n":
            resume = continues_next_paragraph(text, i, opener)
            if resume is None:
                start = None
            else:
                i = resume
        i += 1
    return spans
