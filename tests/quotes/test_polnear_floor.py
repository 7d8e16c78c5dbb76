"""Accuracy floor on the first 10 PolNeAR dev articles (the script reports the full split)."""

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEV = REPO / ".." / "shared" / "external" / "polnear" / "dev"


def load_script():
    spec = importlib.util.spec_from_file_location("eval_polnear", REPO / "scripts" / "eval_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_polnear_dev_floor(nlp):
    if not DEV.exists():
        pytest.skip("needs ../shared/external/polnear/dev")
    scores = load_script().evaluate(limit=10)
    assert scores[("Source", True)][2] >= 0.74
    assert scores[("Source", False)][2] >= 0.75
    assert scores[("Cue", True)][2] >= 0.70
    assert scores[("Cue", False)][2] >= 0.74
    assert scores[("Content", True)][2] >= 0.49
    assert scores[("Content", False)][2] >= 0.82
    assert scores["source accuracy by content"][2] >= 0.78
    assert scores["source accuracy by cue and content"][2] >= 0.92
