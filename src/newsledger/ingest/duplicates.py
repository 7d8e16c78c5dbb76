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

A match is no copy when it adds news (`added_news`): at least NEWS_SENTENCES sentences of at least
SHINGLE_WORDS words that share no shingle with the original and are not the publication's notes to its
reader (data/reader_notes.yaml). A follow-up story that reprints the first report and adds "Police shot
dead two protesters on Thursday." and "The opposition accused the minister of ordering the crackdown."
is a story of its own, analysed as such; a copy's added lines are promotion, credits and rights notes.
One added sentence is not enough: a copy may reword one sentence past recognition. Measured with
scripts/eval_duplicates.py: no copy of either set there adds news (both figures unchanged).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsledger.loading import read_yaml

SHINGLE_WORDS = 6  # words per shingle: long enough that two stories on one topic share few (see above)
NUM_PERM = 128  # hash functions per signature: ~0.04 standard error on a Jaccard of 0.5
SEED = 1
SCHEME = "affine32"  # datasketch's hashing scheme; fixed so that stored signatures stay comparable
THRESHOLD = 0.5  # estimated Jaccard similarity from which a document is a copy (see the module docstring)
NEWS_SENTENCES = 2  # new sentences that make a match a story of its own (see the module docstring)

# A sentence ends at . ! or ? (and any closing quote) before a space, or at a blank line; a single line
# break is a space, since saved text is often wrapped at a fixed width.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n\s*\n")
_WORD = re.compile(r"\w+(?:[.,'\u2019]\w+)*")
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')  # a quoted speaker's "we" is news, not the publication's


@lru_cache(maxsize=1)
def _reader_notes() -> re.Pattern:
    patterns = read_yaml(Path(__file__).with_name("data") / "reader_notes.yaml")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The body's shingles: each run of `size` lower-cased words within one sentence or paragraph, joined
    by spaces; a shorter sentence is one shingle. Empty for a text with no words."""
    found = set()
    for sentence in _SENTENCE_END.split(text):
        found |= _sentence_shingles(sentence, size)
    return found


def _sentence_shingles(sentence: str, size: int = SHINGLE_WORDS) -> set[str]:
    words = _WORD.findall(sentence.lower())
    return {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))} if words else set()


def added_news(text: str, original: str) -> list[str]:
    """The sentences of body `text` that report what body `original` does not: SHINGLE_WORDS words or more,
    no shingle shared with the original, and not a note of the publication to its reader (a pattern of
    data/reader_notes.yaml outside quoted words). In text order; empty when `text` only repeats the original."""
    theirs = shingles(original)
    return [sentence.strip() for sentence in _SENTENCE_END.split(text)
            if len(_WORD.findall(sentence)) >= SHINGLE_WORDS and _sentence_shingles(sentence).isdisjoint(theirs)
            and not _reader_notes().search(_QUOTED.sub(" ", sentence))]


def signature(text: str) -> bytes | None:
    """The MinHash signature of the text's shingles: NUM_PERM unsigned 64-bit little-endian integers
    (NUM_PERM * 8 bytes), as the ledger's `minhashes` table stores it; None for a text with no words."""
    words = shingles(text)
    if not words:
        return None
    from datasketch import MinHash  # here, not at the top: datasketch imports SciPy, 0.4 s that analysis workers need not pay

    minhash = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    minhash.update_batch([w.encode("utf-8") for w in words])
    return minhash.hashvalues.astype("<u8").tobytes()


@lru_cache(maxsize=1)
def _permutations():
    """The hash permutations that NUM_PERM, SEED and SCHEME fix: drawn once per process, since drawing
    them again for each document took a third of `signature`'s time."""
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


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
    tells an edited version of an article, which is analysed as the new version it is, from a copy.
    An original's body, to tell a story that adds news (`added_news`), is the one given to `add` (kept
    in memory for the run) or else `stored_text(doc_id)` (the ledger's; None when it has none)."""

    def __init__(self, known: Iterable[tuple[str, bytes, str | None, str | None]] = (),
                 stored_text: Callable[[str], str | None] | None = None) -> None:
        from datasketch import MinHashLSH  # see `signature`

        self._index = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        # doc_id -> (order added, signature, original, version_key)
        self._known: dict[str, tuple[int, bytes, str | None, str | None]] = {}
        self._texts: dict[str, str] = {}  # bodies of the originals added with one
        self._stored_text = stored_text
        for doc_id, data, original, version_key in known:
            self.add(doc_id, data, original, version_key)

    def add(self, doc_id: str, data: bytes, original: str | None = None, version_key: str | None = None,
            text: str | None = None) -> None:
        """Remember a document (once; a doc_id already known is left as it is), and the body `text` of an
        original (a copy's is never compared: a match with a copy is a match with its original)."""
        if doc_id in self._known:
            return
        from datasketch import LeanMinHash

        self._known[doc_id] = (len(self._known), data, original, version_key)
        self._index.insert(doc_id, LeanMinHash(seed=SEED, hashvalues=_values(data), scheme=SCHEME))
        if text is not None and original is None:
            self._texts[doc_id] = text

    def original_of(self, doc_id: str, data: bytes, version_key: str | None = None, text: str | None = None) -> str | None:
        """The doc_id of the original that a document with this signature copies, or None when it
        copies none. Among several matches the most similar wins, then the one added first. A match
        that is itself a copy gives its original. A document never copies itself (its own id, or a
        copy recorded as copying it, as after an interrupted run) nor an earlier version of itself
        (an original with its `version_key`), nor an original that its body `text`, when given, adds
        NEWS_SENTENCES sentences of news to (`added_news`; not checked when the original's body is unknown)."""
        from datasketch import LeanMinHash

        scored = []
        for candidate in self._index.query(LeanMinHash(seed=SEED, hashvalues=_values(data), scheme=SCHEME)):
            added, known, original, key = self._known[candidate]
            original = original or candidate
            if original in self._known:
                key = self._known[original][3]
            scored.append((-similarity(data, known), added, original, key))
        for negative_score, _, original, key in sorted(scored):
            if (-negative_score >= THRESHOLD and original != doc_id and (key is None or key != version_key)
                    and not self._adds_news(text, original)):
                return original
        return None

    def _adds_news(self, text: str | None, original: str) -> bool:
        if text is None:
            return False
        known = self._texts.get(original)
        if known is None and self._stored_text is not None:
            known = self._stored_text(original)
        return known is not None and len(added_news(text, known)) >= NEWS_SENTENCES
