"""Train the commitment engine's learned last step (frames/learned.py), and try one for the status.

Scalar (shipped): a ridge regression from the rules' scalar and the categorical features of
frames.learned.features (the rules' status in the holder's view, the holder, what decided it, the
number of embeddings and the innermost one's kind and signature, the last modal, negation, condition,
the predicate's tag and dependency, its own and its head's auxiliaries, a noun's determiner, the
rules' view of the clause it stands in, and the view crossed with the tag and with that clause's
view; no word of the predicate itself) to the UW train label (Lee et al. 2015, -3 did not happen ...
3 happened; research use, only the weights ship). Its one hyper-parameter, the ridge penalty, is
chosen from ALPHAS by the mean absolute error of a grouped 5-fold cross-validation over the train
sentences (a sentence's predicates stay in one fold). Written to src/newsledger/frames/data/
factuality_model.json with weights rounded to 6 decimals and the cross-validation figures; the same
data and engine give the same file byte for byte (tests/frames/test_learned_factuality.py retrains
and compares). UW dev is never read here: scripts/eval_factuality.py scores it.

Status (--meantime, not shipped): a multinomial logistic regression from the same features to the
MEANTIME status (eval_factuality.gold_status) on the train sub-corpora corpus_airbus and corpus_apple
(Minard et al. 2016, CC BY 4.0; never corpus_gm, the dev set), leaving out mentions whose rule status
is claimed or ongoing (their meaning is the author's), C chosen by a 5-fold cross-validation grouped
by document. It does not beat the rules (2026-11-30): on the 909 train mentions its best
cross-validated accuracy is 0.841 (C=0.03) against 0.857 for the rules; decision trees (depth 2-8)
reach at most 0.853, and a learner allowed to overrule the rules only above a confidence threshold at
best matches them (0.858, by changing one mention). Applied as the engine's last step (a trial hook
since removed) it took MEANTIME dev accuracy from 0.799 / 0.853 (read / score-only) to 0.783 / 0.802
and expected recall from 0.333 / 0.667 to 0 / 0. The rules' residual errors (event nouns in
prepositional phrases and infinitives that MEANTIME marks as future, a reported "would") split about
evenly between gold classes for every feature value, so ~900 mentions teach a linear learner nothing
the rules do not already use. Ship a status model only if it beats the rules on the score-only parts.

Run: .venv/bin/python scripts/train_status_model.py [--meantime]   (needs scikit-learn, a dev dependency)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.model_selection import GroupKFold, cross_val_predict, cross_val_score
from sklearn.preprocessing import MultiLabelBinarizer

from newsledger.events.status import span_root
from newsledger.frames.commitment import rule_features
from newsledger.frames.learned import MODEL, POSITIVE, applies
from newsledger.nlp import get_pipeline

SCRIPTS = Path(__file__).resolve().parent
FOLDS = 5
ALPHAS = (1.0, 3.0, 10.0, 30.0, 100.0)
MEANTIME_TRAIN = ("corpus_airbus", "corpus_apple")
KEPT = ("claimed", "ongoing")  # author-level statuses a learned status would never change
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)


def _eval_factuality():
    """scripts/eval_factuality.py, for its data paths, MEANTIME reader and label mapping (one place for each)."""
    spec = importlib.util.spec_from_file_location("eval_factuality", SCRIPTS / "eval_factuality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def uw_examples(path: Path) -> list[tuple[list[str], float, float, int]]:
    """(features, the rules' scalar, UW label, sentence index) for each target of the UW file ``path``
    that the learned scalar applies to (frames.learned.applies)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = []
    for record, doc in zip(records, get_pipeline().pipe(r["text"] for r in records)):
        words = record["text"].split(" ")
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
        for target in record["targets"]:
            first, last = target["span1"]
            found, names = rule_features(span_root(doc, starts[first], starts[last] - 1))
            if applies(found):
                rows.append((names, found.factuality, target["label"], record["idx"]))
    return rows


def train_scalar(rows) -> dict:
    """The JSON object of data/factuality_model.json from ``rows`` (see ``uw_examples``)."""
    binarizer = MultiLabelBinarizer()
    categorical = binarizer.fit_transform([names for names, *_ in rows]).astype(float)
    x = np.hstack([categorical, np.array([[scalar] for _, scalar, *_ in rows])])
    y = np.array([label for *_, label, _ in rows])
    folds = list(GroupKFold(n_splits=FOLDS).split(x, y, [sentence for *_, sentence in rows]))
    rules_mae = float(np.mean(np.abs(x[:, -1] - y)))
    cv = {}
    for alpha in ALPHAS:
        predicted = np.clip(cross_val_predict(_ridge(alpha), x, y, cv=folds), *POSITIVE)
        cv[alpha] = (float(np.mean(np.abs(predicted - y))), float(np.corrcoef(predicted, y)[0, 1]))
    best = min(ALPHAS, key=lambda a: (round(cv[a][0], 4), -a))  # ties go to the stronger penalty
    fitted = _ridge(best).fit(x, y)
    return {"intercept": round(float(fitted.intercept_), 6), "rule_scalar": round(float(fitted.coef_[-1]), 6),
            "weights": {name: round(float(w), 6) for name, w in zip(binarizer.classes_, fitted.coef_[:-1])},
            "training": {"data": "UW train (Lee et al. 2015)", "predicates": len(rows), "alpha": best,
                         "folds": f"GroupKFold({FOLDS}) by sentence",
                         "rules": {"mae": round(rules_mae, 4), "r": round(float(np.corrcoef(x[:, -1], y)[0, 1]), 4)},
                         "cv": {str(a): {"mae": round(m, 4), "r": round(r, 4)} for a, (m, r) in cv.items()}}}


def _ridge(alpha: float) -> Ridge:
    return Ridge(alpha=alpha, solver="cholesky")


def dumps(trained: dict) -> str:
    return json.dumps(trained, indent=1, sort_keys=True) + "\n"


def meantime_examples() -> list[tuple[list[str], str, str, str]]:
    """(features, gold status, the rules' view, document) for each MEANTIME train mention a learned
    status would see."""
    evaluation = _eval_factuality()
    nlp = get_pipeline()
    rows = []
    for corpus in MEANTIME_TRAIN:
        for path in sorted((evaluation.MEANTIME / corpus).glob("*.xml")):
            for text, start, end, gold in evaluation.items(path):
                found, names = rule_features(span_root(nlp(text), start, end))
                if found.status not in KEPT:
                    rows.append((names, gold, found.view, f"{corpus}/{path.name}"))
    return rows


def compare_status(rows) -> dict:
    """{"mentions": n, "rules": accuracy, "learner": {C: cross-validated accuracy}} over ``rows``."""
    x = MultiLabelBinarizer().fit_transform([names for names, *_ in rows]).astype(float)
    y = np.array([gold for _, gold, *_ in rows])
    folds = list(GroupKFold(n_splits=FOLDS).split(x, y, [document for *_, document in rows]))
    learner = {c: round(float(np.mean(cross_val_score(LogisticRegression(C=c, max_iter=5000), x, y, cv=folds))), 4)
               for c in C_GRID}
    rules = round(sum(gold == view for _, gold, view, _ in rows) / len(rows), 4)
    return {"mentions": len(rows), "rules": rules, "learner": learner}


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description="Train the learned factuality score (writes "
                                     "src/newsledger/frames/data/factuality_model.json), or with --meantime "
                                     "compare a learned status with the rules (writes nothing).")
    parser.add_argument("--meantime", action="store_true", help="compare a learned MEANTIME status with the rules")
    options = parser.parse_args(argv)
    evaluation = _eval_factuality()
    if options.meantime:
        folder = evaluation.MEANTIME / MEANTIME_TRAIN[0]
        if not folder.is_dir():
            sys.exit(f"{folder}: MEANTIME train sub-corpus not found")
        result = compare_status(meantime_examples())
        best = max(result["learner"], key=result["learner"].get)
        verdict = "beats" if result["learner"][best] > result["rules"] else "does not beat"
        print(f"MEANTIME train: {result['mentions']} mentions; rules accuracy {result['rules']:.3f}; learner CV by "
              f"document: " + ", ".join(f"C={c}: {a:.3f}" for c, a in result["learner"].items())
              + f"; the best, C={best}, {verdict} the rules alone")
        return
    train = evaluation.FACTUALITY / "uw" / "train.jsonl"
    if not train.is_file():
        sys.exit(f"{train}: UW train not found")
    trained = train_scalar(uw_examples(train))
    MODEL.write_text(dumps(trained), encoding="utf-8")
    print(json.dumps(trained["training"], indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
