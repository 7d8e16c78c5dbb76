"""Does the clause around a time expression look back (past) or ahead (future)?

With a spaCy Doc the governing verb's auxiliaries and morphology decide; without
one, the nearest tense cue in the sentence does (news clauses default to the past).
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsledger.nlp import doc_text

from .lexicon import alternation, lexicon

PAST = -1
FUTURE = 1
# a participle after "be" ("will be named") is a passive, not a past tense
PAST_CUE = re.compile(r"\b(?:[Ss]aid|[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|told|(?<!\bbe )[a-z]\w{2,}ed)\b")
FUTURE_LEMMAS = {"will", "shall", "'ll", "wo"}
SPECULATIVE_MODALS = {"may", "might"}
FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
PLAN_LEMMAS = {"plan", "expect", "schedule", "intend", "set", "due", "hope", "aim", "prepare"}


@lru_cache(maxsize=1)
def future_cue() -> re.Pattern:
    return re.compile(r"\b" + alternation(lexicon()["future_cues"]) + r"\b|'ll\b", re.I)


def _nearest(matches: list[re.Match], start: int, end: int) -> int:
    return min((min(abs(m.start() - end), abs(start - m.end())) for m in matches), default=10**9)


def text_direction(sentence: str, start: int, end: int) -> int:
    """PAST or FUTURE for the span [start, end) of `sentence`, from the nearest cue."""
    futures = list(future_cue().finditer(sentence))
    masked = future_cue().sub(lambda m: " " * len(m.group(0)), sentence)
    pasts = [m for m in PAST_CUE.finditer(masked) if not (m.start() >= start and m.end() <= end)]
    if not futures:
        return PAST
    return FUTURE if _nearest(futures, start, end) <= _nearest(pasts, start, end) else PAST


def doc_direction(doc, start: int, end: int) -> int | None:
    """PAST or FUTURE from the parse, or None when the parse gives no clue."""
    verb = _governing_verb(doc, start, end)
    return None if verb is None else _verb_direction(verb)


def told_as_done(doc, start: int, end: int) -> bool:
    """Whether the span [start, end) dates an act the parse tells as done: its governing verb is a past or a
    perfect with no modal ("was murdered in June", "have met in March"), not a copula or a verb of planning ("was
    scheduled for June"). Such an act lies no later than the story."""
    verb = _governing_verb(doc, start, end)
    if verb is None or verb.lemma_ in PLAN_LEMMAS or verb.lemma_ == "be" or _verb_direction(verb) != PAST:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # a participle is done under a past or perfect auxiliary ("was seized", "has been seized"), not a present one
    # ("is signed in June": a scheduled present)
    return not any(a.tag_ == "MD" for a in auxes) and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        a.tag_ == "VBD" or a.lemma_ == "have" for a in auxes))


def scheduled_present(doc, start: int, end: int) -> bool:
    """Whether the span [start, end) is an adverbial ("on Friday", "Friday") of a present simple verb,
    active or passive ("Xi flies to Tokyo on Friday", "the summit opens on Monday", "the vote is on
    Sunday", "the deal is signed on Monday"): used of a near day, the present simple tells a scheduled
    future (Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 4.21). A day inside a
    noun phrase ("Friday's purchases", "statements made Friday") is not the verb's. Not scheduled: a state
    held since the day ("is in force since Monday", "from Monday until now") and the news present of
    reporting ("says on Monday it shot down 20 drones"); word lists in data/lexicon.yaml."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    link = span.root.head if span.root.dep_ == "pobj" else span.root
    verb = adverbial_head(link)
    if link.dep_ not in ("prep", "npadvmod", "tmod") or verb.pos_ not in ("VERB", "AUX") \
            or verb.tag_ not in ("VBZ", "VBP", "VBN"):
        return False
    if _looks_back(doc, link, end) or _reports(verb):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN":  # a present passive: "is signed", "are held"
        return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in ("VBZ", "VBP")
    return not auxes


@lru_cache(maxsize=1)
def _present_end() -> re.Pattern:
    return re.compile(r"\s*" + alternation(lexicon()["present_ends"]) + r"\b", re.I)


def _looks_back(doc, link, end: int) -> bool:
    """ "is in force since Monday", "from Monday until now": a state held since a past day."""
    if link.lower_ in lexicon()["looking_back_prepositions"]:
        return True
    return link.lower_ == "from" and _present_end().match(doc_text(doc), end) is not None


def _reports(verb) -> bool:
    """ "The ministry says on Monday it shot down 20 drones": a reporting verb with its report (a clause,
    or no object at all) is the news present of reporting, a statement already made; with a nominal
    object alone it may be scheduled ("announces its budget on Wednesday")."""
    if verb.lemma_ not in lexicon()["reporting_verbs"]:
        return False
    deps = {c.dep_ for c in verb.children}
    return "ccomp" in deps or "dobj" not in deps


def _governing_verb(doc, start: int, end: int):
    """The first verb or auxiliary above the span's root (the root itself when there is none), or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = adverbial_head(verb)
    return _headline_predicate(verb) or verb


def _headline_predicate(root):
    """The participle a verbless headline hangs on its root noun, which is its predicate ("Spring offensive
    expected": is expected; "Three killed in blast"), else None."""
    if root.dep_ != "ROOT" or root.pos_ not in ("NOUN", "PROPN"):
        return None
    return next((c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)


def present_clause(doc, start: int, end: int) -> bool:
    """Whether the verb that governs the span [start, end) is a present tense, simple or with a form of "be",
    and no perfect ("Russia prepares a spring offensive", "winter talks are held in Geneva"; not "has
    approved"): the time of telling, so a season it names is the current or the next one. The news present of
    reporting ("says on Monday it shot down 20 drones") tells a statement made and is not."""
    verb = _governing_verb(doc, start, end)
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return False
    bare = not any(child.dep_ in ("aux", "auxpass") for child in verb.children)
    return present_tense(verb) and not (bare and _reports(verb))


def present_tense(verb) -> bool:
    """Whether the verb (a spaCy Token) is a present tense, simple or with a form of "be" or "do", and no perfect
    or modal ("rejects", "does not recognise", "is building", "are held"; not "has approved", "will meet")."""
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ == "MD" for a in auxes):
        return False
    return (auxes[0] if auxes else verb).tag_ in ("VBZ", "VBP")


def adverbial_head(node):
    """The head of ``node`` (a spaCy Token), but for a phrase ("on Tuesday", "Tuesday") the parser hangs
    on a reported clause though it stands right after the reporting verb, before the clause's subject
    ("Japan said on Tuesday it would resume talks"): a report's complement starts at its subject (or
    "that"), so what comes between is the reporting verb's, whose day it is."""
    verb = node.head
    if node.dep_ not in ("prep", "npadvmod") or verb.dep_ != "ccomp" or node.left_edge.i != verb.head.i + 1:
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.head if subject is not None and node.right_edge.i < subject.left_edge.i else verb


def _verb_direction(verb) -> int | None:
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_LEMMAS or a.lemma_ in FUTURE_LEMMAS for a in auxes):
        return FUTURE
    if verb.dep_ == "xcomp" and verb.head.lemma_ in PLAN_LEMMAS:
        return FUTURE
    # "The vote is expected on Sunday", "is scheduled for Monday": a plan in the present points ahead, and so does
    # a headline's, which drops the "is" ("Spring offensive expected")
    if verb.lemma_ in PLAN_LEMMAS and verb.tag_ == "VBN" and (
            any(a.tag_ in ("VBZ", "VBP") for a in auxes) or _headline_predicate(verb.head) == verb):
        return FUTURE
    # "is meeting Albanese on Friday": a present progressive with a date is a scheduled future
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return FUTURE
    # a headline's infinitive ("Talks to resume on Tuesday"): no finite verb, the act is to come
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes) and not any(
            t.tag_ in FINITE_TAGS for t in verb.sent):
        return FUTURE
    # "may visit", "might meet", "could visit": a possibility still ahead ("may have visited" looks back, and
    # "could not attend on Monday" is a past inability)
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.tag_ == "VB" and not any(a.lemma_ == "have" for a in auxes) and any(
            a.lower_ in SPECULATIVE_MODALS or a.lower_ == "could" and not negated for a in auxes):
        return FUTURE
    # "says on Monday it shot down 20 drones": the news present of reporting tells a statement made
    if not auxes and verb.tag_ in ("VBZ", "VBP") and _reports(verb):
        return PAST
    if any("Past" in t.morph.get("Tense") for t in [verb, *auxes]):
        return PAST
    return None
