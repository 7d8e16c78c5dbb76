"""Answers to the coder's questions about one token, kept while one document is coded.

The coder asks the same question of a token many times (a trigger's code is read again when a
neighbour's rule looks at it; every trigger's status walks up through the same clauses), and each
answer walks the token's children, which spaCy makes anew, one Token object each, on every walk.
The answers depend only on the token and the package data, so `code` keeps them for the document
it codes and drops them when it is done.
"""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager

_UNASKED = object()  # no answer kept yet (None is an answer)
# .scope: (the Doc being coded, {(function, token index): answer}, each token's children or None) in this thread
_kept = threading.local()


@contextmanager
def one_document(doc):
    """Keep the answers of `per_token` functions about ``doc``'s tokens until the block ends (then drop them)."""
    outer = getattr(_kept, "scope", None)
    _kept.scope = (doc, {}, [None] * len(doc))
    try:
        yield
    finally:
        _kept.scope = outer


def per_token(function):
    """``function`` (of one spaCy Token, with no other input than the package data) answered once per
    token of the document inside `one_document`, and on every call elsewhere. Its answers are shared:
    callers must not change them."""
    @functools.wraps(function)
    def kept(token):
        scope = getattr(_kept, "scope", None)
        if scope is None or scope[0] is not token.doc:
            return function(token)
        return _answer(scope[1], (function, token.i), function, token)
    return kept


def per_document(function):
    """``function`` (of one spaCy Doc, with no other input than the package data) answered once for the
    document inside `one_document`, and on every call elsewhere. Its answer is shared: callers must not change it."""
    @functools.wraps(function)
    def kept(doc):
        scope = getattr(_kept, "scope", None)
        if scope is None or scope[0] is not doc:
            return function(doc)
        return _answer(scope[1], (function, None), function, doc)
    return kept


def _answer(answers: dict, key, function, argument):
    """``answers[key]``, worked out as ``function(argument)`` the first time it is asked."""
    answer = answers.get(key, _UNASKED)
    if answer is _UNASKED:
        answer = answers[key] = function(argument)
    return answer


def children_of(token) -> tuple:
    """``token.children`` (spaCy's generator, which makes a Token per child on every walk) as a tuple, kept
    as `per_token` keeps an answer; by index, not through `per_token`, as the rules ask it most."""
    scope = getattr(_kept, "scope", None)
    if scope is None or scope[0] is not token.doc:
        return tuple(token.children)
    children = scope[2][token.i]
    if children is None:
        children = scope[2][token.i] = tuple(token.children)
    return children

