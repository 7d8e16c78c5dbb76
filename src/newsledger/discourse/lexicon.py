"""The speech verbs and quotation-mark pairs of data/speech.yaml, read once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsledger.loading import read_yaml

DATA = Path(__file__).with_name("data") / "speech.yaml"


@lru_cache(maxsize=1)
def _speech() -> dict:
    return read_yaml(DATA)


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    """Lemmas of verbs that introduce what someone said, wrote or believes ("say", "quip", "predict")."""
    return frozenset(_speech()["cue_verbs"])


@lru_cache(maxsize=1)
def quote_pairs() -> dict[str, tuple[str, ...]]:
    """Opening quotation mark -> the closing marks it may pair with."""
    return {opener: tuple(closers) for opener, closers in _speech()["quote_pairs"].items()}
