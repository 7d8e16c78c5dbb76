"""Event status from the dependency parse: occurred, ongoing, planned, expected,
hypothetical, negated or claimed, with the cue words that decided it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).parent / "data"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return yaml.safe_load((DATA / "status_lexicon.yaml").read_text())


def governors(token):
    """The predicate and the verbs it is embedded under (xcomp/ccomp chain)."""
    chain = [token]
    while chain[-1].head is not chain[-1] and (chain[-1].dep_ in ("xcomp", "ccomp", "advcl", "pobj", "dobj", "nsubj", "acomp", "nsubjpass")
                                               or _infinitive_of_noun(chain[-1])):
        chain.append(chain[-1].head)
        if len(chain) > 4:
            break
    return chain


def _infinitive_of_noun(token) -> bool:
    """ "refusal to condemn", "plan to visit": a "to VERB" clause of a noun takes the noun's status."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "acl" and token.head.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _words(chain) -> list:
    words = []
    for verb in chain:
        words.append(verb)
        words.extend(mark for clause in verb.children if clause.dep_ == "advcl"
                     for mark in clause.children if mark.dep_ == "mark")
        words.extend(child for child in verb.children
                     if child.dep_ in ("aux", "auxpass", "neg", "advmod", "mark", "acomp", "prep", "amod"))
    return words


def classify(token) -> tuple[str, list[str]]:
    """(status, cues) for a predicate token of a parsed Doc."""
    lex = lexicon()
    words = _words(governors(token))
    lemmas = {w.lemma_.lower(): w.text for w in words}
    # intention verbs by surface form too: the lemmatiser reads "hopes" as "hop"
    lemmas.update({w.lower_: w.text for w in words if w.lower_ in lex["intention"] and w.lower_ not in lemmas})
    sentence = token.sent.text.lower()
    for status, keys in _rules(lex):
        cues = [lemmas[k] for k in keys if k in lemmas]
        if cues:
            return status, cues
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lex["object_control_status"]:
        return lex["object_control_status"][token.head.lemma_.lower()], [token.head.text]  # "invited Xi to visit"
    if any(phrase in sentence for phrase in lex["claim_phrases"]):
        return "claimed", list(lex["claim_phrases"])
    if any(w.lemma_ == "will" for w in words):
        return "planned", ["will"]
    if token.tag_ == "VBG" and any(w.lemma_ == "be" and w.tag_ in ("VBP", "VBZ") for w in words):
        return "ongoing", ["is ...ing"]
    return "occurred", []


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


def _rules(lex):
    return [("hypothetical", lex["conditional_markers"]),
            ("negated", lex["negators"] + lex["refusal_verbs"] + lex["refusal_nouns"]),
            ("expected", lex["expectation_modals"] + lex["expectation_words"]),
            ("planned", lex["intention"] + lex["intention_nouns"]),
            ("claimed", lex["claim_words"])]


def classify_span(doc, start: int, end: int) -> tuple[str, list[str]]:
    """Status of the predicate at character span [start, end) of doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return classify(span.root if span is not None else doc[0])
