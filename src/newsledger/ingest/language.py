"""Language of a document: only English is analysed; others are stored and marked.

The identifier is py3langid; scripts/compare_language_id.py compares it with lingua and langdetect
on the labelled set in tests/ingest/data/language_samples.yaml and prints the figures behind the
rules below.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from newsledger.loading import read_yaml

CODES_FILE = Path(__file__).with_name("data") / "language_codes.yaml"
SAMPLE_CHARS = 3000
# Below this share of probability the guess is noise: wire tables ("Shr 41 cts vs 30 cts") come out
# as Nigerian Pidgin or "no linguistic content" with about 0.1.
MIN_CONFIDENCE = 0.5
NO_LANGUAGE = "zxx"
DEFAULT_LANGUAGE = "en"
# Under 60 characters of Latin script, every identifier compared misreads English one-liners
# ("Lavrov met Wang Yi in Bali." as Afrikaans or Indonesian), so the ledger's default is assumed,
# unless py3langid is near certain: on the labelled set no English line under 60 characters got
# another language with 0.85 or more, while 8 of 16 short French, German, Spanish... lines did.
SHORT_TEXT = 60
SURE_OF_SHORT = 0.85


class LanguageGuess(NamedTuple):
    code: str | None  # ISO 639-1, or None when the text does not tell
    note: str | None = None  # set when a rule, not the identifier, chose the code; goes to the article's warnings


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    return read_yaml(CODES_FILE)


def iso_639_1(code: str | None) -> str | None:
    """The ISO 639-1 code for an identifier's code: varieties map to their macrolanguage ("wuu" -> "zh")."""
    return _codes().get(code, code) if code else None


def detect_language(text: str) -> LanguageGuess:
    """The text's language as an ISO 639-1 code, with a note when a rule rather than the identifier chose it.

    - Under SHORT_TEXT characters of mostly Latin script: the ledger's default ("en"), unless
      py3langid gives another language at least SURE_OF_SHORT (see the figures above).
    - Otherwise py3langid's guess, a variety given as its language's ISO 639-1 code (so Chinese
      is "zh", never Wu or Cantonese; data/language_codes.yaml). A doubtful guess that has
      English among its three best is English: analysing an English table costs nothing, while
      storing English prose as another language would lose it. In another script the best guess
      stands, however doubtful (py3langid gives short Russian or Hindi lines under 0.5).
      No letters, or a doubtful Latin-script guess without English: None.
    """
    sample = text[:SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return LanguageGuess(None)
    # Every ASCII letter is Latin: most samples need no name lookup per letter.
    mostly_latin = sample.isascii() or sum(unicodedata.name(ch, "").startswith("LATIN") for ch in letters) >= len(letters) / 2
    ranked = _ranked(sample)
    code, confidence = ranked[0]
    length = len(text.strip())
    if mostly_latin and length < SHORT_TEXT:
        if confidence >= SURE_OF_SHORT and code != NO_LANGUAGE:
            return LanguageGuess(code)
        return LanguageGuess(
            DEFAULT_LANGUAGE,
            f"text of {length} characters is too short to identify its language; taken as '{DEFAULT_LANGUAGE}', the ledger's default",
        )
    if mostly_latin and len(letters) < 20:
        return LanguageGuess(None)
    # Outside Latin script English is ruled out, and the best guess is the language of that script.
    if (confidence >= MIN_CONFIDENCE or not mostly_latin) and code != NO_LANGUAGE:
        return LanguageGuess(code)
    return LanguageGuess("en" if any(code == "en" for code, _ in ranked[:3]) else None)


def _ranked(sample: str) -> list[tuple[str, float]]:
    """py3langid's three best guesses, best first, with codes in ISO 639-1 (the rules read no more)."""
    return [(iso_639_1(code), float(probability)) for code, probability in _identifier().rank(sample)[:3]]
