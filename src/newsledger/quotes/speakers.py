"""Who a source span stands for: an actor mention inside it, or what a pronoun or
a document noun ("the statement", "the ministry") refers back to; a speaker the text
leaves unnamed ("a senior US official") is described, with the country or body it gives."""

from __future__ import annotations

from collections import Counter

import numpy
from spacy.attrs import IDX

from newsledger.actors.coref import gender_of_name, words as coref_words
from newsledger.actors.registry import load_registry
from newsledger.discourse import speech_verbs
from newsledger.frames.predicates import relation_of
from newsledger.nlp import doc_text
from newsledger.quotes.lexicon import lexicon
from newsledger.records import Actor, Mention

PERSONS = {"person"}
ORGANISATIONS = {"state", "government", "military", "organisation", "igo", "media", "group"}


def mention_in(span: tuple[int, int], head: int | None, mentions: list[Mention]) -> Mention | None:
    """The mention covering the source's head word (outside the span for a relative pronoun's
    antecedent), else the first one inside the span."""
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
    at_head = [m for m in mentions if head is not None and m.start <= head < m.end]
    return (at_head or inside or [None])[0]


def unnamed_head(doc, head: int | None, mentions: list[Mention]):
    """The token at character ``head`` when no mention covers it, else None."""
    if head is None or any(m.start <= head < m.end for m in mentions):
        return None
    # Bisect the tokens' offsets (one array) rather than make a Token of every word before it.
    starts = doc.to_array(IDX)
    i = int(numpy.searchsorted(starts, head))
    return doc[i] if i < len(starts) and starts[i] == head else None


def appositive_mention(token, mentions: list[Mention]) -> Mention | None:
    """The mention that names an unnamed source head ``token`` in apposition ("the country's chief economist at
    Bank Mandiri, Andry Asmoro": Asmoro, not the country), else None."""
    names = [c for c in token.children if c.dep_ == "appos"]
    return next((m for c in names for m in mentions if m.start <= c.idx < m.end), None)


def last_before(char: int, mentions: list[Mention], actors: dict[str, Actor], types: set[str]) -> Mention | None:
    """The nearest earlier mention of an actor of one of the given types."""
    for mention in reversed(mentions):
        actor = actors.get(mention.actor_id)
        if mention.end <= char and actor is not None and actor.actor_type in types:
            return mention
    return None


def gender_of(actor: Actor, mentions: list[Mention]) -> str | None:
    """A person's gender as the text gives it: a "he" or "she" coreference linked to them, else their
    given name (newsledger.actors.coref ``gender_of_name``); None when neither says."""
    pronouns = coref_words()["pronouns"]
    said = {pronouns[m.text.lower()].get("gender") for m in mentions
            if m.actor_id == actor.actor_id and m.text.lower() in pronouns} - {None}
    if len(said) == 1:
        return said.pop()
    return gender_of_name(actor, load_registry())


def last_agreeing_person(doc, char: int, pronoun: str, mentions: list[Mention], actors: dict[str, Actor]) -> Mention | None:
    """The nearest person mentioned before ``char`` whom the pronoun may stand for: "she" is never a man, and
    none named before a speaker the text leaves unnamed ("The spokesman said ... He added": the spokesman's)."""
    wanted = coref_words()["pronouns"].get(pronoun, {}).get("gender")
    after = unnamed_speaker_before(doc, char, mentions)
    for mention in reversed(mentions):
        actor = actors.get(mention.actor_id)
        if mention.end > char or mention.start < after or actor is None or actor.actor_type not in PERSONS:
            continue
        known = gender_of(actor, mentions) if wanted else None
        if not (known and known != wanted):
            return mention
    return None


def unnamed_speaker_before(doc, char: int, mentions: list[Mention]) -> int:
    """The offset of the last speaker before ``char`` that is a common noun for a person and no actor's
    mention ("The spokesman said", "a senior official told reporters"; coref.yaml ``person_nouns``), else 0."""
    nouns, speech = set(coref_words()["person_nouns"]), speech_verbs()
    for token in reversed([t for t in doc if t.idx < char]):
        if token.dep_ == "nsubj" and token.lower_ in nouns and token.head.lemma_.lower() in speech \
                and not any(m.start <= token.idx < m.end for m in mentions):
            return token.idx
    return 0


def unnamed_speaker(doc, span: tuple[int, int], mentions: list[Mention],
                    actors: dict[str, Actor]) -> tuple[str | None, str] | None:
    """(body's actor id or None, description) of a speaker the text leaves unnamed: "a senior US
    official" -> "unnamed US official", "two diplomats" -> "unnamed diplomats", "a Kremlin source"
    -> "unnamed Kremlin source"; None for a named or definite one ("Phil Smith, a spokesman", "the
    spokesman"). Nouns and determiners: ``data/cues.yaml``."""
    lex = lexicon()
    phrase = doc.char_span(*span, alignment_mode="expand")
    if phrase is None:
        return None
    head = phrase.root
    determiners = [c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod") and c.i < head.i]
    indefinite = any(d in lex.unnamed_determiners or d.isdigit() for d in determiners) or \
        (head.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in head.children))
    # "officials on both sides": coreference links "both sides" to each of a pair, which names neither speaker
    shared = Counter((m.start, m.end) for m in mentions if span[0] <= m.start and m.end <= span[1])
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1] and shared[(m.start, m.end)] == 1]
    named = any(t.ent_type_ == "PERSON" for t in phrase) or \
        any(actors.get(m.actor_id) is not None and actors[m.actor_id].actor_type in PERSONS for m in inside)
    if head.lemma_.lower() not in lex.unnamed_nouns or not indefinite or named:
        return None
    body = [m for m in inside if m.start <= head.idx < m.end] or inside
    words = [t.text for t in phrase if t.i != head.i and t.pos_ in ("PROPN", "ADJ", "NOUN") and
             (t.ent_type_ in ("NORP", "GPE", "ORG") or any(m.start <= t.idx < m.end for m in inside)
              or (t.text[:1].isupper() and not t.is_sent_start))]  # "two Western diplomats"
    return (body[0].actor_id if body else None), " ".join(["unnamed", *words, head.lower_])


def resolve_speaker(doc, span: tuple[int, int] | None, head: int | None, mentions: list[Mention],
                    actors: dict[str, Actor]) -> tuple[str | None, str | None]:
    """(actor_id, speaker_text) of a source span; the id is None when unresolved.

    A pronoun takes the actor coreference linked it to (newsledger.actors.coref stores each link
    as a mention: the nearest antecedent that agrees in gender and number, an earlier speaker
    first); a "he"/"she" it left unlinked goes to the last person mentioned before the span whose
    gender does not contradict it (``last_agreeing_person``), never to a person of the other
    gender quoted earlier; a "they" or "it" it left unlinked stays unresolved ("US officials met
    army leaders. They said" is not the army's). A document noun ("the statement") speaks for the
    last organisation; an unnamed speaker is described ("unnamed US official").
    """
    if span is None:
        return None, None
    text = doc_text(doc)
    words = text[span[0]:span[1]].lower().split()
    unnamed = unnamed_speaker(doc, span, mentions, actors)
    if unnamed is not None:
        return unnamed
    token = unnamed_head(doc, head, mentions)
    if token is not None and relation_of(token):
        # "his editor", "Sikorski's lawyer": a person named by their tie to another (frames data/arguments.yaml
        # relation_nouns) is not that other; a spokesman or an office, which speaks for its owner, is no relation noun
        return None, text[span[0]:span[1]]
    direct = (appositive_mention(token, mentions) if token is not None else None) or mention_in(span, head, mentions)
    if direct is not None:
        return direct.actor_id, text[span[0]:span[1]]
    lex = lexicon()
    found = None
    if len(words) == 1 and words[0] in lex.person_pronouns:
        found = last_agreeing_person(doc, span[0], words[0], mentions, actors)
    elif words and words[-1] in lex.document_nouns and words[0] not in lex.group_pronouns:
        found = last_before(span[0], mentions, actors, ORGANISATIONS)
    return (found.actor_id if found else None), text[span[0]:span[1]]
