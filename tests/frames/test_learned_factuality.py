"""The commitment engine's learned last step (frames/learned.py): the scalar factuality from the
rules' features, and scripts/train_status_model.py that trains it. Sentences written for these tests."""

import importlib.util
from pathlib import Path

import pytest

from newsledger.frames import learned
from newsledger.frames.commitment import commitment, rule_features
from tests.conftest import shared_path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_status_model.py"


def _token(nlp, sentence, word):
    return next(t for t in nlp(sentence) if t.text == word)


@pytest.fixture(scope="module")
def script():
    pytest.importorskip("sklearn", reason="scripts/train_status_model.py needs scikit-learn (a dev dependency)")
    spec = importlib.util.spec_from_file_location("train_status_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_features_read_the_rules_decision_not_the_word(nlp):
    sentence = "The ministry said on Friday that the port would reopen to grain ships."
    found, names = rule_features(_token(nlp, sentence, "reopen"))
    assert found.view == "planned"
    assert {"view=planned", "holder=source", "modal=would", "negation=False", "inner=report +/o"} <= set(names)
    assert not any("reopen" in name for name in names)


def test_an_event_noun_feature_carries_the_view_of_its_clause(nlp):
    _, names = rule_features(_token(nlp, "The carrier will take part in a naval exercise next spring.", "exercise"))
    assert {"clause=planned", "det=a", "dep=pobj"} <= set(names)


@pytest.mark.parametrize("sentence, word", [
    ("Rebels shelled the airport on Sunday.", "shelled"),
    ("The central bank will raise interest rates next month.", "raise"),
    ("Officials said troops had fired on the crowd.", "fired"),
    ("The company may sell its shipping unit.", "sell"),
])
def test_the_learned_step_moves_only_the_scalar_of_a_positive_act_within_the_positive_half(nlp, sentence, word):
    token = _token(nlp, sentence, word)
    rules, names = rule_features(token)
    found = commitment(token)
    assert (found.status, found.view, found.holder, found.chain, found.polarity) == \
        (rules.status, rules.view, rules.holder, rules.chain, rules.polarity)
    assert 0 <= found.factuality <= 3 and found.factuality == learned.factuality(names, rules.factuality)


@pytest.mark.parametrize("sentence, word", [
    ("The army did not fire on the protesters.", "fire"),
    ("Diplomats doubt that the truce will hold through the winter.", "hold"),
    ("If the talks fail, the union would strike in March.", "strike"),
])
def test_a_negative_or_hypothetical_act_keeps_the_rules_scalar(nlp, sentence, word):
    token = _token(nlp, sentence, word)
    assert commitment(token).factuality == rule_features(token)[0].factuality


def test_the_learned_scalar_keeps_happened_above_planned_above_doubted(nlp):
    happened = commitment(_token(nlp, "The navy seized the cargo ship on Monday.", "seized")).factuality
    planned = commitment(_token(nlp, "The navy plans to seize the cargo ship.", "seize")).factuality
    doubted = commitment(_token(nlp, "Analysts doubt that the navy will seize the cargo ship.", "seize")).factuality
    assert happened > planned > 0 > doubted


def test_a_feature_the_training_never_saw_weighs_nothing():
    assert learned.factuality(["tag=never-seen"], 2.0) == learned.factuality([], 2.0)


def test_retraining_reproduces_the_shipped_model_byte_for_byte(script):
    train = shared_path("external", "factuality", "uw", "train.jsonl")
    assert script.dumps(script.train_scalar(script.uw_examples(train))) == learned.MODEL.read_text(encoding="utf-8")


def test_the_status_comparison_scores_the_rules_on_their_own_view_and_the_learner_by_document(script):
    # the rules call every noun "planned"; the gold says a noun happened, so a learner can do better
    kinds = (("occurred", "VBD", "occurred"), ("planned", "NN", "occurred"), ("planned", "VB", "planned"))
    rows = [([f"view={view}", f"tag={tag}"], gold, view, f"document {n}") for n in range(10) for view, tag, gold in kinds]
    result = script.compare_status(rows)
    assert result["mentions"] == 30 and result["rules"] == round(2 / 3, 4)
    assert set(result["learner"]) == set(script.C_GRID) and result["learner"][10.0] == 1.0
