"""Near-duplicates: syndicated and lightly edited copies of an article, found before analysis.

A copy is found by MinHash (datasketch) over the body's word shingles: the lower-cased runs of
SHINGLE_WORDS words inside one sentence (a sentence shorter than that is one shingle). Keeping
shingles inside sentences makes a copy whose sentences were reordered look the same, and added
boilerplate lines or a new headline (the title is not part of the body) only add a few shingles.
A locality-sensitive hash index (MinHashLSH) finds candidates; a candidate is the original when
the signatures' estimated Jaccard similarity is at least THRESHOLD.

THRESHOLD was measured with scripts/eval_duplicates.py: 500 Reuters-21578 stories plus 50 copies
edited by sentence reorder, two to four added boilerplate lines and a new headline (fixed seed), all
cleaned as ingest cleans them. Copies scored 0.74 and up against their original, but for one: a
two-line dividend notice among three boilerplate lines, 0.22; different stories scored at most 0.39
(two companies' one-sentence dividend notes), leaving aside Reuters' own repeats of a story. At 0.5
precision is 1.00 and recall 0.98. Six-word shingles, rather than five, keep such formulaic notes of
different companies apart (with five their Jaccard is 0.48, estimated over 0.5 once: one wrong
link) at no cost to the copies.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH

SHINGLE_WORDS = 6  # words per shingle: long enough that two stories on one topic share few (see above)
NUM_PERM = 128  # hash functions per signature: ~0.04 standard error on a Jaccard of 0.5
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme; fixed so that stored signatures stay comparable
THRESHOLD = 0.5  # estimated Jaccard similarity from which a document is a copy (see the module docstring)

# A sentence ends at . ! or ? (and any closing quote) before a space, or at a blank line; a single line
# break is a space, since saved text is often wrapped at a fixed width.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n\s*\n")
_WORD = re.compile(r"\w+(?:[.,'\u2019]\w+)*")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The body's shingles: each run of `size` lower-cased words within one sentence or paragraph, joined
    by spaces; a shorter sentence is one shingle. Empty for a text with no words."""
    found = set()
    for sentence in _SENTENCE_END.split(text):
        words = _WORD.findall(sentence.lower())
        if words:
            found.update(" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1)))
    return found


def signature(text: str) -> bytes | None:
    """The MinHash signature of the text's shingles: NUM_PERM unsigned 64-bit little-endian integers
    (NUM_PERM * 8 bytes), as the ledger's `minhashes` table stores it; None for a text with no words."""
    words = shingles(text)
    if not words:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    minhash.update_batch([w.encode("utf-8") for w in words])
    return minhash.hashvalues.astype("<u8").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity (0 to 1) of the shingle sets two signatures were made from."""
    return float(np.mean(_values(a) == _values(b)))


def _values(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8")


class CopyFinder:
    """The documents seen so far, to tell whether a new document is a copy of one of them.

    Each known document is (doc_id, signature, original, version_key): `original` is None for an
    original and the original's doc_id for a copy, so a copy of a copy is linked to the first
    original, never to a chain; `version_key` (Article.version_key: its URL, else where it was read)
    tells an edited version of an article, which is analysed as the new version it is, from a copy."""

    def __init__(self, known: Iterable[tuple[str, bytes, str | None, str | None]] = ()) -> None:
        self._index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        # doc_id -> (order added, signature, original, version_key)
        self._known: dict[str, tuple[int, bytes, str | None, str | None]] = {}
        for doc_id, data, original, version_key in known:
            self.add(doc_id, data, original, version_key)

    def add(self, doc_id: str, data: bytes, original: str | None = None, version_key: str | None = None) -> None:
        """Remember a document (once; a doc_id already known is left as it is)."""
        if doc_id in self._known:
            return
        self._known[doc_id] = (len(self._known), data, original, version_key)
        self._index.insert(doc_id, LeanMinHash(seed=SEED, hashvalues=_values(data), scheme=SCHEME))

    def original_of(self, doc_id: str, data: bytes, version_key: str | None = None) -> str | None:
        """The doc_id of the original that a document with this signature copies, or None when it
        copies none. Among several matches the most similar wins, then the one added first. A match
        that is itself a copy gives its original. A document never copies itself (its own id, or a
        copy recorded as copying it, as after an interrupted run) nor an earlier version of itself
        (an original with its `version_key`)."""
        scored = []
        for candidate in self._index.query(LeanMinHash(seed=SEED, hashvalues=_values(data), scheme=SCHEME)):
            added, known, original, key = self._known[candidate]
            original = original or candidate
            if original in self._known:
                key = self._known[original][3]
            scored.append((-similarity(data, known), added, original, key))
        for negative_score, _, original, key in sorted(scored):
            if -negative_score >= THRESHOLD and original != doc_id and (key is None or key != version_key):
                return original
        return None
