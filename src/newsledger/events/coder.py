"""Per-sentence event coder: triggers, actors from the mentions, status, date."""

from __future__ import annotations

import datetime

from newsledger.records import Event

from .patterns import default_patterns, load_codebook
from .status import classify

SOURCE_DEPS = ("nsubj", "poss", "agent", "compound", "amod")
TARGET_DEPS = ("dobj", "pobj", "attr", "dative")


def code(doc, mentions, actors, timexes, published: datetime.date | None) -> list:
    """Events of a parsed doc, one per (trigger, source, target)."""
    events, seen = [], set()
    for sent_index, sent in enumerate(doc.sents):
        for token in sent:
            cameo = _trigger_code(token)
            if cameo is None:
                continue
            for source, target in _actor_pairs(token, mentions, actors):
                key = (token.i, source, target)
                if key not in seen:
                    seen.add(key)
                    events.append(_event(token, cameo, source, target, sent_index, timexes, published))
    return events


def _trigger_code(token) -> str | None:
    patterns = default_patterns()
    if token.pos_ == "VERB":
        for child in token.children:
            cameo = patterns.specific.get((token.lemma_.lower(), child.lemma_.lower()))
            if cameo and child.dep_ in ("dobj", "prep", "prt"):
                return cameo
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in patterns.verbs:
        return patterns.verbs[token.lemma_.lower()]
    entry = patterns.nouns.get(token.lemma_.lower()) if token.pos_ == "NOUN" else None
    if entry and (entry[1] is None or any(c.lower_ == entry[1] for c in token.children)):
        return entry[0]
    return None


def _actor_at(token, mentions) -> str | None:
    for mention in mentions:
        if mention.start <= token.idx < mention.end:
            return mention.actor_id
    return None


def _actors_under(token, mentions) -> list:
    found = []
    for tok in token.subtree:
        actor = _actor_at(tok, mentions)
        if actor and actor not in found:
            found.append(actor)
    return found


def predicate_of(token):
    """The verb that carries a nominal trigger ("held talks", "carried out joint patrol flights")."""
    while token.pos_ == "NOUN" and token.dep_ == "compound" and token.head is not token:
        token = token.head
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "nsubj") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def _inherited_subject(predicate, mentions) -> list:
    """The subject of the governing verb for "plans to visit", "refused to condemn"."""
    while predicate.dep_ in ("xcomp", "conj", "ccomp") and predicate.head is not predicate:
        predicate = predicate.head
        for child in predicate.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return _actors_under(child, mentions)
    return []


def _roles(token, mentions):
    """Actor ids in source and target positions of the trigger."""
    sources, targets = [], []
    predicate = predicate_of(token)
    for holder in {predicate, token}:
        for child in holder.children:
            if child is token or child.dep_ == "nsubjpass" and child.pos_ == "NOUN" and not _actors_under(child, mentions):
                continue
            if child.dep_ in SOURCE_DEPS:
                sources += _actors_under(child, mentions)
            elif child.dep_ in TARGET_DEPS or child.dep_ in ("prep", "nsubjpass", "ccomp"):
                targets += _actors_under(child, mentions)
    return sources or _inherited_subject(predicate, mentions), targets


def _actor_pairs(token, mentions, actors):
    sources, targets = _roles(token, mentions)
    if not sources and len(targets) >= 2:  # "a meeting between A and B": both directions
        sources = targets
    if not targets and len(sources) >= 2 and token.pos_ == "NOUN":  # "A and B held talks", "joint patrols"
        targets = sources
    pairs = [(s, t) for s in sources for t in targets if s != t]
    if not pairs and sources:
        pairs = [(s, None) for s in sources]
    return pairs


def _date(token, sent_index, timexes, published, status):
    for timex in timexes:
        if token.sent.start_char <= timex.start < token.sent.end_char and timex.type == "DATE":
            return timex.value, timex.value_end, timex.text
    if published and status in ("occurred", "negated"):
        return published.isoformat(), None, None
    return None, None, None


def intent_code(cameo: str, status: str) -> str:
    """A promised or announced cooperative act is CAMEO's "express intent" (03x)."""
    if status in ("planned", "expected") and "04" <= cameo[:2] <= "08" and cameo[:2] != "04":
        return "030"
    return cameo


def _event(token, cameo, source, target, sent_index, timexes, published) -> Event:
    status, cues = classify(predicate_of(token))
    cameo = intent_code(cameo, status)
    book = load_codebook()
    entry = book.get(cameo) or book.get(cameo[:3]) or book[cameo[:2] + "0"]
    date, date_end, time_text = _date(token, sent_index, timexes, published, status)
    why = f"trigger={token.text}; pattern={token.lemma_}->{cameo}; actors={source},{target}; cues={cues}"
    return Event(sentence=sent_index, trigger=token.text, trigger_start=token.idx,
                 trigger_end=token.idx + len(token), cameo=cameo, plover=entry["plover"],
                 goldstein=entry["goldstein"], quad_class=entry["quad_class"], status=status,
                 source=source, target=target, date=date, date_end=date_end,
                 time_text=time_text, confidence=0.5, why=why)
