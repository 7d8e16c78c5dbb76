"""Floor on PLOVER's gold-standard dev records (full set; about 4 s)."""

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def test_plover_dev_floor(nlp):
    if not (SHARED / "external" / "plover" / "PLOVER_GSR_CAMEO.dev.json").exists():
        pytest.skip("shared PLOVER data not available")
    import importlib.util
    spec = importlib.util.spec_from_file_location("eval_plover", Path(__file__).resolve().parents[2] / "scripts" / "eval_plover.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    result = module.score()
    assert result["f1"] >= 0.60 and result["category_accuracy"] >= 0.90
