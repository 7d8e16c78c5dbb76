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
    assert scores[("Source", True)][2] >= 0.69
    assert scores[("Source", False)][2] >= 0.70
    assert scores[("Cue", True)][2] >= 0.66
    assert scores[("Cue", False)][2] >= 0.70
    assert scores[("Content", True)][2] >= 0.47
    assert scores[("Content", False)][2] >= 0.79
