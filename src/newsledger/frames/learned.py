"""The commitment engine's learned last step: the scalar factuality (UW scale, -3 did not happen ...
3 happened) of a predicate from what the rules found about it. A ridge regression, trained on UW
train (Lee et al. 2015, research use; only the weights ship) by scripts/train_status_model.py, reads
the rules' scalar (their status's UW median, factuality_scale.json) and categorical features of the
rules' decision and of the clause around the predicate (``features``), and says how far to move it.
Rule-derived features with a supervised learner follow Stanovsky et al. (2017), "Integrating deep
linguistic features in factuality prediction over unified datasets".

It applies where the rules' polarity is positive and their view not hypothetical, and it changes
the scalar only, within [0, 3]: the status, the holder's view, the polarity and the chain stay the
rules', and so does the scalar of an act negated, open with a negation inside ("doubt that",
"unlikely to") or hypothetical (a wish, a condition), whose sign and middle are the rules' meaning.
Its cross-validation figures on UW train are in the file's "training" entry. The same learner tried
on the status itself (MEANTIME train) did not beat the rules, so the status has no learned step
(see scripts/train_status_model.py).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).parent / "data" / "factuality_model.json"
POSITIVE = (0.0, 3.0)  # the positive half of UW's scale (Lee et al. 2015: -3 did not happen ... 3 happened)


@lru_cache(maxsize=1)
def model() -> dict:
    """{"intercept": float, "rule_scalar": float, "weights": {feature: float}, "training": {...}} from
    data/factuality_model.json."""
    return json.loads(MODEL.read_text(encoding="utf-8"))


def features(token, found, links, clause_view: str | None) -> list[str]:
    """The categorical features ("name=value" strings, sorted, no duplicates) of the predicate ``token``
    (a spaCy Token) given the rules' Commitment ``found``, their steps ``links`` (frames.commitment
    _Link, outermost first) and the rules' view of the clause it stands in (None at the top). No word
    of the predicate itself is a feature: only what the rules decided, the kinds of their steps and the
    grammar of the clause around it."""
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
    if clause_view is not None:
        names.update((f"clause={clause_view}", f"view+clause={found.view} {clause_view}"))
    return sorted(names)


def applies(found) -> bool:
    """Whether the learned scalar replaces the rules' for the Commitment ``found`` (see the module's docstring)."""
    return found.polarity == "+" and found.view != "hypothetical"


def factuality(names: list[str], rule_scalar: float) -> float:
    """The learned scalar, within [0, 3], for the features ``names`` and the rules' scalar
    ``rule_scalar`` of an act it ``applies`` to; a feature the training data never had weighs nothing."""
    trained = model()
    weights = trained["weights"]
    value = trained["intercept"] + trained["rule_scalar"] * rule_scalar + sum(weights.get(n, 0.0) for n in names)
    return round(min(max(value, POSITIVE[0]), POSITIVE[1]), 2)
