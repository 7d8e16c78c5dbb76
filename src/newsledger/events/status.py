"""Event status from the dependency parse: occurred, ongoing, planned, expected,
hypothetical, negated or claimed, with the cue words that decided it.

The status is the commitment engine's (frames.commitment), so that events, `factuality` and
forecasts read one computation: ``rule_commitment(token)`` here, ``commitment(token)`` with the learned
scalar for `factuality` (holder, chain, scalar).
``predicted`` and ``volitional`` say how a not-asserted act is framed, for stance coding."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newsledger.frames.commitment import Commitment, commitment, rule_commitment, status_modifier
from newsledger.frames.memo import children_of
from newsledger.loading import read_yaml

__all__ = ["Commitment", "classify", "classify_span", "commitment", "governors", "lexicon", "predicted", "rule_commitment",
           "span_root", "status_modifier", "volitional"]

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return read_yaml(DATA / "status_lexicon.yaml")


def governors(token):
    """The predicate and the verbs it is embedded under (xcomp/ccomp chain)."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and (chain[-1].dep_ in ("xcomp", "ccomp", "advcl", "pobj", "dobj", "nsubj", "acomp", "nsubjpass")
                                               or _infinitive_of_noun(chain[-1])):
        chain.append(chain[-1].head)
        if len(chain) > 4:
            break
    return chain


def _infinitive_of_noun(token) -> bool:
    """ "refusal to condemn", "plan to visit": a "to VERB" clause of a noun takes the noun's status."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "acl" and token.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))


def _words(chain) -> list:
    words = []
    for verb in chain:
        words.append(verb)
        words.extend(mark for clause in children_of(verb) if clause.dep_ == "advcl"
                     for mark in children_of(clause) if mark.dep_ == "mark")
        words.extend(child for child in children_of(verb)
                     if child.dep_ in ("aux", "auxpass", "neg", "advmod", "mark", "acomp", "prep", "amod"))
    return words


def classify(token) -> tuple[str, list[str]]:
    """(status, cues) for a predicate token of a parsed Doc: the status the author presents
    (frames.commitment), and the words that changed it on the way down the embedding chain."""
    found = rule_commitment(token)
    return found.status, list(found.cues)


def predicted(token) -> bool:
    """Whether an expectation word ("is expected to", "likely") rather than a modal of the actor's
    own ("will", "may") frames the predicate: a prediction, not a stance."""
    return _framed_by(token, set(lexicon()["expectation_words"]))


def volitional(token) -> bool:
    """Whether the predicate is framed as what its actor will or would do ("said it would
    boycott", "will meet him if ..."), rather than as a possibility ("could invade")."""
    return _framed_by(token, set(lexicon()["volition"]) | set(lexicon()["intention"]))


def _framed_by(token, words: set) -> bool:
    """Whether one of ``words`` (lemma or surface form) is among the predicate's status words."""
    return any(w.lemma_.lower() in words or w.lower_ in words for w in _words(governors(token)))


def span_root(doc, start: int, end: int):
    """The token that heads the character span [start, end) of doc (its first token if the span
    cannot be aligned)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None else doc[0]


def classify_span(doc, start: int, end: int) -> tuple[str, list[str]]:
    """Status of the predicate at character span [start, end) of doc."""
    return classify(span_root(doc, start, end))
