"""Forecasts: statements that something will or may happen.

A forecast is a modal ("will", "may", "could"…) or an estimative frame ("is
expected to", "is unlikely to") governing a verb. Past frames ("was expected
to"), perfect modals ("could have") and the conditions of if-clauses are not
forecasts. Inside a quote the speaker is the forecaster; elsewhere the authors.
"""

from __future__ import annotations

from bisect import bisect_right

from newsledger.forecasts.estimative import probability, scale
from newsledger.nlp import sentence_spans
from newsledger.records import Actor, Forecast, Mention, Quote, Timex

PAST_BE = {"was", "were", "had"}
DEGREE = {"very", "highly", "almost", "virtually", "most", "quite"}


def adverb_hedge(verb) -> str | None:
    """An estimative adverb on the verb ("would likely prefer") outranks the bare modal."""
    phrases = scale()["phrases"]
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in phrases:
            degree = [c.lower_ for c in child.children if c.dep_ == "advmod" and c.lower_ in DEGREE]
            return " ".join(degree + [child.lower_])
    return None


def modal_hedge(token):
    """(hedge text, governed verb) for a future-looking modal, else None."""
    if token.tag_ != "MD" or token.lower_ not in scale()["modals"]:
        return None
    verb = token.head
    if any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
        return None
    if verb.lemma_.lower() in scale()["set_phrase_verbs"]:
        return None
    return adverb_hedge(verb) or scale()["aliases"].get(token.lower_, token.lower_), verb


def frame_hedge(token):
    """(hedge text, governed verb) for "is expected/likely/set to VERB", else None."""
    if token.lower_ not in scale()["frame_adjectives"]:
        return None
    verbs = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    be = [c for c in token.children if c.lemma_ == "be" and c.dep_ in ("cop", "auxpass", "aux")]
    if not verbs or (not be and token.dep_ != "acomp") or any(b.lower_ in PAST_BE for b in be):
        return None
    if token.dep_ == "acomp" and token.head.lower_ in PAST_BE:
        return None
    degree = [c.lower_ for c in token.children if c.dep_ == "advmod" and c.lower_ in DEGREE]
    return " ".join(degree + [token.lower_]), verbs[0]


def is_condition(verb) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


def negated(verb, hedge_token) -> bool:
    return any(c.dep_ == "neg" for c in list(verb.children) + list(hedge_token.children))


def subject_of(hedge_token, verb):
    """Who or what the forecast is about: the subject of the verb, the frame or its copula."""
    for head in (verb, hedge_token, hedge_token.head):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                return child
    return None


def proposition_span(hedge_token, verb) -> tuple[int, int]:
    """From the subject (or the hedge) to the end of the governed clause, final punctuation dropped."""
    tokens = list(verb.subtree)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    subject = subject_of(hedge_token, verb)
    first = subject.left_edge if subject is not None and subject.i < hedge_token.i else hedge_token
    return first.idx, tokens[-1].idx + len(tokens[-1].text)


def is_question(text: str, sentence_end: int) -> bool:
    return text[:sentence_end].rstrip().rstrip("”\"’").endswith("?")


def forecaster_of(char: int, quotes: list[Quote], authors: list[str]) -> tuple[str | None, str]:
    """The speaker of the quote holding the hedge, else the document's authors."""
    for quote in quotes:
        if quote.start <= char < quote.end and (quote.speaker or quote.speaker_text):
            return quote.speaker, quote.speaker_text or quote.speaker
    return None, ", ".join(authors) if authors else "author"


def horizon_in(span: tuple[int, int], timexes: list[Timex]) -> str | None:
    """The first date in the proposition; durations and sets ("every day") are no horizon."""
    inside = [t for t in timexes if span[0] <= t.start and t.end <= span[1] and t.value and t.type in ("DATE", "TIME")]
    return inside[0].value if inside else None


def actors_in(span: tuple[int, int], mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.actor_id for m in mentions if span[0] <= m.start and m.end <= span[1]))


def hedges(doc):
    """(hedge text, hedge token, governed verb) for every forecast-like construction."""
    for token in doc:
        found = modal_hedge(token) or frame_hedge(token)
        if found and not is_condition(found[1]):
            yield found[0], token, found[1]


def find_forecasts(doc, mentions: list[Mention], actors: dict[str, Actor], timexes: list[Timex],
                   quotes: list[Quote], published: str | None, authors: list[str]) -> list[Forecast]:
    """Forecasts of a parsed document, in text order (``actors``/``published`` kept for the stage's signature)."""
    spans = sentence_spans(doc)
    starts = [start for start, _ in spans]
    text = doc.text
    forecasts = []
    for hedge, token, verb in hedges(doc):
        sentence = max(bisect_right(starts, token.idx) - 1, 0)
        if is_question(text, spans[sentence][1]):
            continue
        span = proposition_span(token, verb)
        forecaster, name = forecaster_of(token.idx, quotes, authors)
        forecasts.append(Forecast(sentence, forecaster, name, hedge, probability(hedge), text[span[0]:span[1]],
                                  horizon_in(span, timexes), negated(verb, token), None, actors_in(span, mentions)))
    return forecasts
