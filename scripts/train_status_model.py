"""Try a learned last step for the commitment engine's status (issue 17) on MEANTIME's train
sub-corpora, corpus_airbus and corpus_apple (Minard et al. 2016, CC BY 4.0), never on corpus_gm (the
dev set scripts/eval_factuality.py scores), and print whether it beats the rules alone.

Each annotated event mention gets the status eval_factuality.gold_status maps it to, and categorical
features of what the rules found (``features``: their status in the holder's view, the holder, what
decided it, the number of embeddings (0, 1, 2 or more) and the innermost one's kind and signature, the
last modal, negation, condition, the predicate's tag and dependency, its own and its head's
auxiliaries, a noun's determiner, the rules' status of the clause it stands in, and the view crossed
with the tag and with that clause's status); no word of the predicate itself. Mentions whose rule
status a learned step would never change (claimed, ongoing: their meaning is the author's) are left
out. The learner is scikit-learn's multinomial LogisticRegression (lbfgs, L2) on one-hot features,
its C chosen from GRID by the mean accuracy of a grouped 5-fold cross-validation (a document's
mentions stay in one fold); the rules' accuracy on the same mentions is printed beside it.

Result (2026-11-30, engine at 2b8f862): the learner does not beat the rules, so no model ships.
On the 909 train mentions the cross-validated accuracy is 0.841 at the best C (0.03) against 0.857
for the rules; decision trees (depth 2-8) reach at most 0.853, and a learner allowed to overrule the
rules only above a confidence threshold at best matches them (0.858, by changing one mention). Applied
as the engine's last step (a trial hook since removed) the cross-validated model took MEANTIME dev
accuracy from 0.799 / 0.853 (read / score-only) to 0.783 / 0.802, expected recall from 0.333 / 0.667 to
0 / 0 and UW dev MAE from 0.468 / 0.466 to 0.630 / 0.652 (r 0.741 / 0.738 -> 0.433 / 0.399). The
residual errors (event nouns in prepositional phrases and infinitives that MEANTIME marks as future,
reported "would") split about evenly between gold classes for every feature value, so ~900 mentions
give a linear learner nothing the rules do not already use. Re-run this after a larger training set
or new rule features; ship a model only if it beats the rules on the score-only parts.

Run: .venv/bin/python scripts/train_status_model.py   (needs scikit-learn, a dev dependency)
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.preprocessing import MultiLabelBinarizer

from newsledger.events.status import span_root
from newsledger.frames.commitment import _links, commitment
from newsledger.nlp import get_pipeline

SCRIPTS = Path(__file__).resolve().parent
TRAIN = ("corpus_airbus", "corpus_apple")
KEPT = ("claimed", "ongoing")  # author-level statuses a learned step would never change
GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
FOLDS = 5


def _eval_factuality():
    """scripts/eval_factuality.py, for its MEANTIME reader and label mapping (one place for both)."""
    spec = importlib.util.spec_from_file_location("eval_factuality", SCRIPTS / "eval_factuality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def features(token) -> tuple[object, list[str]]:
    """(the engine's Commitment about the predicate ``token`` (a spaCy Token), its features: sorted
    "name=value" strings)."""
    found, links = commitment(token), _links(token)
    steps = [link for link in links if link.kind not in ("negation", "modal", "condition")]
    modals = [link.token.lower_ for link in links if link.kind == "modal"]
    names = {
        f"view={found.view}", f"holder={'author' if found.holder == 'author' else 'source'}",
        f"basis={found.basis}", f"polarity={found.polarity}", f"tag={token.tag_}", f"dep={token.dep_}",
        f"steps={min(len(steps), 2)}", f"view+tag={found.view} {token.tag_}",
        f"inner={steps[-1].kind} {steps[-1].signature}" if steps else "inner=none",
        f"modal={modals[-1]}" if modals else "modal=none",
        f"negation={any(link.kind == 'negation' for link in links)}",
        f"condition={any(link.kind == 'condition' for link in links)}",
    }
    names.update(f"aux={c.lower_}" for c in token.children if c.dep_ in ("aux", "auxpass"))
    if token.head.i != token.i:
        names.add(f"head_tag={token.head.tag_}")
        names.update(f"head_aux={c.lower_}" for c in token.head.children if c.dep_ in ("aux", "auxpass"))
    if token.pos_ in ("NOUN", "PROPN"):
        det = next((c for c in token.children if c.dep_ in ("det", "poss")), None)
        names.add(f"det={'none' if det is None else 'poss' if det.dep_ == 'poss' else det.lower_}")
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the clause it stands in
    if verb is not None:
        clause = commitment(verb).view
        names.update((f"clause={clause}", f"view+clause={found.view} {clause}"))
    return found, sorted(names)


def examples() -> list[tuple[list[str], str, str, str]]:
    """(features, gold status, the rules' view, document) for each train mention a learned step would see."""
    evaluation = _eval_factuality()
    nlp = get_pipeline()
    rows = []
    for corpus in TRAIN:
        for path in sorted((evaluation.MEANTIME / corpus).glob("*.xml")):
            for text, start, end, gold in evaluation.items(path):
                found, names = features(span_root(nlp(text), start, end))
                if found.status not in KEPT:
                    rows.append((names, gold, found.view, f"{corpus}/{path.name}"))
    return rows


def compare(rows) -> dict:
    """{"mentions": n, "rules": accuracy, "learner": {C: cross-validated accuracy}} over ``rows``."""
    x = MultiLabelBinarizer().fit_transform([names for names, *_ in rows]).astype(float)
    y = np.array([gold for _, gold, *_ in rows])
    folds = list(GroupKFold(n_splits=FOLDS).split(x, y, [document for *_, document in rows]))
    learner = {c: round(float(np.mean(cross_val_score(LogisticRegression(C=c, max_iter=5000), x, y, cv=folds))), 4)
               for c in GRID}
    rules = round(sum(gold == view for _, gold, view, _ in rows) / len(rows), 4)
    return {"mentions": len(rows), "rules": rules, "learner": learner}


def main() -> None:
    folder = _eval_factuality().MEANTIME / TRAIN[0]
    if not folder.is_dir():
        sys.exit(f"{folder}: MEANTIME train sub-corpus not found")
    result = compare(examples())
    best = max(result["learner"], key=result["learner"].get)
    print(f"MEANTIME train ({' + '.join(TRAIN)}): {result['mentions']} mentions; rules accuracy {result['rules']:.3f}; "
          f"learner {FOLDS}-fold CV by document: " + ", ".join(f"C={c}: {a:.3f}" for c, a in result["learner"].items()))
    verdict = "beats" if result["learner"][best] > result["rules"] else "does not beat"
    print(f"best C={best}: {result['learner'][best]:.3f}, which {verdict} the rules alone")


if __name__ == "__main__":
    main()
