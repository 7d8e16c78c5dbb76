"""scripts/train_status_model.py: the features it reads from the rules for a learned last step."""

import importlib.util
from pathlib import Path

import pytest

pytest.importorskip("sklearn", reason="scripts/train_status_model.py needs scikit-learn (a dev dependency)")

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_status_model.py"


@pytest.fixture(scope="module")
def script():
    spec = importlib.util.spec_from_file_location("train_status_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_reported_would_gives_the_rules_view_the_modal_and_the_report(nlp, script):
    doc = nlp("The ministry said on Friday that the port would reopen to grain ships.")
    found, names = script.features(next(t for t in doc if t.text == "reopen"))
    assert found.view == "planned"
    assert {"view=planned", "holder=source", "modal=would", "negation=False", "inner=report +/o"} <= set(names)
    assert not any(name.endswith("reopen") for name in names)  # no word of the predicate itself


def test_an_event_noun_under_a_future_clause_carries_that_clause_status(nlp, script):
    doc = nlp("The carrier will take part in a naval exercise next spring.")
    _, names = script.features(next(t for t in doc if t.text == "exercise"))
    assert "clause=planned" in names and "det=a" in names and "dep=pobj" in names


def test_the_comparison_scores_the_rules_on_their_own_view_and_the_learner_by_document_folds(script):
    # the rules call every noun "planned"; the gold says a noun is "occurred", so a learner can do better
    rows = [([f"view={view}", f"tag={tag}"], gold, view, f"document {n}") for n in range(10)
            for view, tag, gold in (("occurred", "VBD", "occurred"), ("planned", "NN", "occurred"), ("planned", "VB", "planned"))]
    result = script.compare(rows)
    assert result["mentions"] == 30 and result["rules"] == round(2 / 3, 4)
    assert set(result["learner"]) == set(script.GRID)
    assert result["learner"][10.0] == 1.0
