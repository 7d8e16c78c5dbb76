"""Aggregates kept until the ledger changes: counts over a million events take a scan, a page view should not.

`per_ledger` memoises a function of (store, hashable arguments) for as long as the ledger is unchanged.
An SQLite ledger's change is read from ``PRAGMA data_version`` on a connection of the memo's own that never
writes: SQLite changes that number whenever another connection, in this process or any other, commits
(sqlite.org/pragma.html#pragma_data_version). Other databases (PostgreSQL) and in-memory ledgers are not
memoised. Callers must not change what a memoised function returns.
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from collections import OrderedDict
from functools import wraps

from newsledger.store import Store

KEEP = 64  # results of one function kept per ledger, least recently used dropped first


class LedgerMemo:
    """Results of one ledger's aggregates, dropped as a whole when the ledger changes."""

    def __init__(self, store: Store):
        url = store.engine.url
        path = url.database if url.get_backend_name() == "sqlite" else None
        self._watch = sqlite3.connect(path, check_same_thread=False) if path and path != ":memory:" else None
        self._lock = threading.Lock()
        self._version = None
        self._results: dict[str, OrderedDict] = {}  # per function: its results by arguments

    def get(self, name: str, key, compute, keep: int = KEEP):
        """compute()'s result, remembered under function `name` and `key` while the ledger is unchanged; the
        `keep` most recently used results of that function are kept."""
        if self._watch is None:
            return compute()
        with self._lock:
            version = self._watch.execute("PRAGMA data_version").fetchone()[0]
            if version != self._version:
                self._results.clear()
                self._version = version
            results = self._results.setdefault(name, OrderedDict())
            if key in results:
                results.move_to_end(key)
                return results[key]
        result = compute()  # outside the lock: two first requests may both compute, neither waits on the other
        with self._lock:
            if version == self._version:
                results = self._results.setdefault(name, OrderedDict())
                results[key] = result
                while len(results) > keep:
                    results.popitem(last=False)
        return result

    def forget(self) -> None:
        """Drop every result, as a change to the ledger would (benchmarks time a cold request this way)."""
        with self._lock:
            self._results.clear()


_memos: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_memos_lock = threading.Lock()


def memo_of(store: Store) -> LedgerMemo:
    with _memos_lock:
        if store not in _memos:
            _memos[store] = LedgerMemo(store)
        return _memos[store]


def forget_all() -> None:
    """Empty every ledger's memo in this process."""
    with _memos_lock:
        memos = list(_memos.values())
    for memo in memos:
        memo.forget()


def per_ledger(function=None, *, keep: int = KEEP):
    """Memoise function(store, *args, **kwargs) per ledger version, its `keep` most recently used results
    (computed each time when an argument is unhashable). Use as @per_ledger or @per_ledger(keep=N)."""
    if function is None:
        return lambda f: per_ledger(f, keep=keep)

    @wraps(function)
    def memoised(store: Store, *args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        try:
            hash(key)
        except TypeError:  # a list among the arguments: nothing to file it under
            return function(store, *args, **kwargs)
        name = f"{function.__module__}.{function.__qualname__}"
        return memo_of(store).get(name, key, lambda: function(store, *args, **kwargs), keep)

    return memoised
