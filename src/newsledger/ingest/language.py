"""Language of a document: only English is analysed; others are stored and marked."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 3000
# Below this share of probability the guess is noise: wire tables ("Shr 41 cts vs 30 cts") come out
# as Nigerian Pidgin or "no linguistic content" with about 0.1.
MIN_CONFIDENCE = 0.5
NO_LANGUAGE = "zxx"


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the text does not tell.

    A doubtful guess that has English among its three best is English: analysing an English table
    costs nothing, while storing English prose as another language would lose it."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    ranked = _identifier().rank(sample)[:3]
    code, confidence = ranked[0]
    if confidence >= MIN_CONFIDENCE and code != NO_LANGUAGE:
        return code
    return "en" if any(code == "en" for code, _ in ranked) else None
