"""Language of a document: only English is analysed; others are stored and marked."""

from __future__ import annotations

import py3langid

SAMPLE_CHARS = 3000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None for too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    code, _ = py3langid.classify(sample)
    return code
