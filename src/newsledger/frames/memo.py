"""Results of the coder's questions about one token, kept while one document is coded.

The coder asks the same question of a token many times (a trigger's code is read again when a
neighbour's rule looks at it), and each answer walks the token's children, which spaCy makes anew
on every walk. The answers depend only on the token and the package data, so `code` keeps them for
the document it codes and drops them when it is done.
"""

from __future__ import annotations

import functools
import threading
from contextlib import contextmanager

_kept = threading.local()  # .results: {(function, token): result} while a document is coded in this thread


@contextmanager
def one_document():
    """Keep the results of `per_token` functions until the block ends (then drop them)."""
    outer = getattr(_kept, "results", None)
    _kept.results = {}
    try:
        yield
    finally:
        _kept.results = outer


def per_token(function):
    """``function`` (of one spaCy Token, pure) answered once per token inside `one_document`, as it is outside."""
    @functools.wraps(function)
    def kept(token):
        results = getattr(_kept, "results", None)
        if results is None:
            return function(token)
        key = (function, token)  # a Token is equal to another for the same Doc and index
        if key not in results:
            results[key] = function(token)
        return results[key]
    return kept
