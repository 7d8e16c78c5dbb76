"""Compare language identifiers on the labelled set in tests/ingest/data/language_samples.yaml.

Prints, for each identifier, its accuracy on short English texts, other short texts (under
60 characters), longer texts and all, and its mean time per call; then how newsledger's rule
fares with other lengths for "short". Variant codes are mapped to ISO 639-1 with the ledger's own
table (ingest/data/language_codes.yaml), so "wuu" for Chinese counts as "zh".

    .venv/bin/python scripts/compare_language_id.py

py3langid and newsledger's rule (py3langid plus the short-text and script rules) always run; lingua
and langdetect run where installed (`pip install lingua-language-detector langdetect`), and are
listed as not installed otherwise.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

from newsledger.ingest import language
from newsledger.ingest.language import _identifier, detect_language, iso_639_1

SHORT = 60  # characters; the set's own split into short and long texts
SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "data" / "language_samples.yaml"


def py3langid_guess() -> Callable[[str], str | None]:
    return lambda text: _identifier().classify(text)[0]


def lingua_guess() -> Callable[[str], str | None]:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def guess(text: str) -> str | None:
        found = detector.detect_language_of(text)
        return found.iso_code_639_1.name.lower() if found else None

    return guess


def langdetect_guess() -> Callable[[str], str | None]:
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect samples at random; fix it so runs agree

    def guess(text: str) -> str | None:
        try:
            return detect(text)
        except LangDetectException:
            return None

    return guess


IDENTIFIERS = {
    "py3langid 0.4.0": py3langid_guess,
    "lingua-language-detector": lingua_guess,
    "langdetect": langdetect_guess,
    "newsledger (py3langid + rules)": lambda: lambda text: detect_language(text).code,
}


def score(guess: Callable[[str], str | None], samples: list[dict]) -> tuple[dict[str, float], float, Counter]:
    """Accuracy per group of texts, mean milliseconds per call, and the wrong guesses counted."""
    start = time.perf_counter()
    guesses = [iso_639_1(guess(s["text"])) for s in samples]
    per_call = (time.perf_counter() - start) / len(samples) * 1000
    right: Counter = Counter()
    sizes: Counter = Counter()
    wrong: Counter = Counter()
    for sample, code in zip(samples, guesses):
        group = _group(sample)
        sizes[group] += 1
        if code == sample["lang"]:
            right[group] += 1
        else:
            wrong[f"{sample['lang']}->{code}"] += 1
    accuracy = {group: right[group] / sizes[group] for group in GROUPS}
    accuracy["all"] = sum(right.values()) / len(samples)
    return accuracy, per_call, wrong


def _group(sample: dict) -> str:
    if len(sample["text"]) >= SHORT:
        return "long"
    return "short en" if sample["lang"] == "en" else "short other"


GROUPS = ("short en", "short other", "long")


def main() -> None:
    samples = yaml.safe_load(SAMPLES.read_text(encoding="utf-8"))["samples"]
    sizes = Counter(_group(s) for s in samples)
    print(f"{len(samples)} texts; short means under {SHORT} characters: "
          + ", ".join(f"{group} {sizes[group]}" for group in GROUPS) + "\n")
    columns = (*GROUPS, "all")
    print(f"{'identifier':32}" + "".join(f"{c:>12}" for c in columns) + f"{'ms/call':>9}  wrong")
    for name, make in IDENTIFIERS.items():
        try:
            guess = make()
        except ImportError:
            print(f"{name:32} not installed")
            continue
        guess(samples[0]["text"])  # load models before timing
        accuracy, per_call, wrong = score(guess, samples)
        print(f"{name:32}" + "".join(f"{accuracy[c]:12.0%}" for c in columns) + f"{per_call:9.2f}  "
              + " ".join(f"{k}" + (f" x{n}" if n > 1 else "") for k, n in sorted(wrong.items())))

    print("\nnewsledger's rule with other short-text lengths (characters under which Latin script is taken as English):")
    chosen = language.SHORT_TEXT
    for length in (0, 20, 40, 60, 80):
        language.SHORT_TEXT = length
        accuracy, _, _ = score(lambda text: detect_language(text).code, samples)
        print(f"  {length:3}: " + ", ".join(f"{group} {accuracy[group]:.0%}" for group in GROUPS)
              + f", all {accuracy['all']:.0%}" + ("  (chosen)" if length == chosen else ""))
    language.SHORT_TEXT = chosen


if __name__ == "__main__":
    main()
