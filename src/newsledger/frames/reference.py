"""An event noun that refers back ("the purchase", "Z's merger") takes the not-yet status of the event it
refers to, when its own clause says nothing of its own about it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .commitment import commitment

DATA = Path(__file__).parent / "data"
NOT_YET = ("planned", "expected")


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[str, frozenset], frozenset, frozenset]:
    """({lemma: kinds}, definite determiners, happening verbs) from data/event_kinds.yaml."""
    data = yaml.safe_load((DATA / "event_kinds.yaml").read_text(encoding="utf-8"))
    kinds: dict[str, set] = {}
    for kind, lemmas in data["kinds"].items():
        for lemma in lemmas:
            kinds.setdefault(lemma, set()).add(kind)
    return ({k: frozenset(v) for k, v in kinds.items()}, frozenset(data["definite_determiners"]),
            frozenset(data["happening_verbs"]))


def _referring(noun) -> bool:
    """A definite or possessed event noun of a listed kind ("the sale", "this trip", "Z's purchase") that its
    clause describes, as active subject or in a prepositional phrase ("The purchase includes", "rights under
    the deal"); an object or passive subject is acted on, and the act may make it happen ("approved the
    deal", "the purchase was completed"), so it keeps its own status."""
    kinds, definite, _ = _kinds()
    return noun.pos_ == "NOUN" and noun.dep_ in ("nsubj", "pobj") and noun.lemma_.lower() in kinds and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in definite for c in noun.children)


def _own_status(token) -> bool:
    """Whether the token or the verb of its clause says something of its own about it (a negation, a
    modal, a future, a report), or its verb says that it happens ("The talks took place", "the trip began"):
    "The purchase may not include ..." keeps its own status."""
    for word in (token, token.head) if token.head.pos_ in ("VERB", "AUX") else (token,):
        found = commitment(word)
        if found.cues or found.status != "occurred":
            return True
    verb = token.head
    lemma = verb.lemma_.lower()
    phrases = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "dobj")}
    return token.dep_ == "nsubj" and bool(phrases & _kinds()[2])


def _names(noun) -> set:
    """The proper names among the noun's possessor and prepositional sides ("Beta's purchase of Gamma")."""
    sides = [c for c in noun.children if c.dep_ in ("poss", "prep", "compound")]
    return {t.text for side in sides for t in side.subtree if t.pos_ == "PROPN"}


def referred_status(noun) -> tuple[str, str] | None:
    """(status, trigger text) of the earlier event a referring noun stands for, or None.

    ``noun``: a Token of a parsed whole-article Doc. It refers back when it is a definite or possessed event
    noun (data/event_kinds.yaml) whose own commitment, and its clause verb's, is a bare "occurred" (no
    negation, modal, future or report on it), and whose named sides (possessor, "of"/"by" phrases) all
    occur in the earlier mention's sentence. Window: the nearest earlier mention of its kind, a noun or a
    verb, in any sentence before its own (the one a reader takes it to repeat); earlier nouns that refer back
    themselves are passed over for what they refer to. Only a "planned" or "expected" mention gives its
    status: an occurred one leaves the default. Rule: issue 17 (event anaphora; MEANTIME annotates such a
    noun with its antecedent's future time). Never raises."""
    if not _referring(noun) or _own_status(noun):
        return None
    kinds = _kinds()[0]
    wanted = kinds[noun.lemma_.lower()]
    for token in reversed(noun.doc[:noun.sent.start]):
        if token.pos_ not in ("NOUN", "VERB") or not wanted & kinds.get(token.lemma_.lower(), frozenset()):
            continue
        if _referring(token) and not _own_status(token):
            continue  # itself told again: what it stands for decides
        if not _names(noun) <= {t.text for t in token.sent}:
            return None  # "Beta's purchase of Gamma" after "Acme plans to buy Widget": another act
        status = commitment(token).status
        return (status, token.text) if status in NOT_YET else None
    return None
