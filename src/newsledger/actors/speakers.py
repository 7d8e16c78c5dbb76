"""Who a source span stands for: an actor mention inside it, or what a pronoun or
a document noun ("the statement", "the ministry") refers back to; a speaker the text
leaves unnamed ("a senior US official") is described, with the country or body it gives."""

from __future__ import annotations

from collections import Counter

import numpy
from spacy.attrs import IDX

from newsledger.actors.coref import gender_of_name, relation_of, words as coref_words
from newsledger.actors.registry import load_registry
from newsledger.discourse import speech_verbs
from newsledger.nlp import doc_text
from newsledger.discourse.cues import lexicon
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


def last_before(char: int, mentions: list[Mention], actors: dict[str, Actor], types: set[str],
                skip: list[tuple[int, int]] = ()) -> Mention | None:
    """The nearest earlier mention of an actor of one of the given types, outside the spans ``skip`` (the words a
    source reports name no antecedent of it: "Washington will pay, according to the statement" is not Washington's)."""
    for mention in reversed(mentions):
        actor = actors.get(mention.actor_id)
        if mention.end <= char and actor is not None and actor.actor_type in types \
                and not any(start <= mention.start and mention.end <= end for start, end in skip):
            return mention
    return None


def document_noun(doc, span: tuple[int, int]):
    """The head word of a source that is a document or an organisation's voice ("the statement", "a joint
    communique issued after the talks", "the foreign ministry"), else None."""
    phrase = doc.char_span(*span, alignment_mode="expand")
    nouns = lexicon().document_nouns
    return phrase.root if phrase is not None and {phrase.root.lower_, phrase.root.lemma_.lower()} & nouns else None


def issuer_noun(noun):
    """The organisation's voice that issued a document, as a word: "a ministry statement", "the ministry's
    statement", "a statement from the ministry", "a statement issued by the embassy"; None when the text names none."""
    lex = lexicon()
    for head in (noun, *(c for c in noun.children if c.dep_ == "acl")):
        for child in head.children:
            objects = [child] if child.dep_ in ("compound", "poss") and head is noun else \
                [o for o in child.children if o.dep_ == "pobj"] if child.lower_ in lex.issuer_prepositions else []
            found = next((o for o in objects if o.lemma_.lower() in lex.document_nouns), None)
            if found is not None:
                return found
    return None


def joint_parties(noun, mentions: list[Mention]) -> list[str]:
    """The actors a joint document is by, in text order: those one mention stands for together ("The two leaders
    agreed"), coordinated ones ("Pakistan and Iran agreed") or those who met ("Modi met Xi"), in the document's own
    sentence, else the one before."""
    doc, sentence = noun.doc, noun.sent
    for sent in (sentence, *((doc[sentence.start - 1].sent,) if sentence.start else ())):
        inside = [m for m in mentions if sent.start_char <= m.start and m.end <= sent.end_char]
        together = Counter((m.start, m.end) for m in inside)
        parties = [m.actor_id for m in inside if together[(m.start, m.end)] > 1]
        for mention in inside:
            partners = conjoined(doc, mention, inside) or met(doc, mention, inside)
            parties += [mention.actor_id, *partners] if partners else []
        parties = list(dict.fromkeys(parties))
        if len(parties) > 1:
            return parties
    return []


def conjoined(doc, mention: Mention, mentions: list[Mention]) -> list[str]:
    """Actor ids of the mentions coordinated with ``mention`` ("Pakistan and Iran": Iran's for Pakistan's)."""
    phrase = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    conjuncts = [c.idx for c in phrase.root.children if c.dep_ == "conj"] if phrase is not None else []
    return [m.actor_id for m in mentions if any(m.start <= c < m.end for c in conjuncts)]


def met(doc, mention: Mention, mentions: list[Mention]) -> list[str]:
    """Actor ids of the mentions a meeting verb whose subject is ``mention`` takes as its object or "with" object
    ("Modi met Xi", "Modi held talks with Xi"; ``meeting_words``)."""
    phrase = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if phrase is None or phrase.root.dep_ != "nsubj":
        return []
    verb = phrase.root.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    withs = [p for t in (verb, *objects) for p in t.children if p.dep_ == "prep" and p.lower_ == "with"]
    objects += [o for p in withs for o in p.children if o.dep_ == "pobj"]
    if not ({verb.lemma_.lower(), *(o.lemma_.lower() for o in objects)} & lexicon().meeting_words):
        return []
    return [m.actor_id for m in mentions if m is not mention and any(m.start <= o.idx < m.end for o in objects)]


def document_speaker(noun, span: tuple[int, int], contents: list[tuple[int, int]], mentions: list[Mention],
                     actors: dict[str, Actor]) -> str | None:
    """Who a document or an organisation's voice with no actor named in it speaks for: a joint one, for the parties
    (the first of them, as for "Russia and China said"); a state's body the actors stage left unlinked ("a
    statement from the foreign ministry", "the embassy"; ``voice_nouns``), for a body named so before it, else no
    one; a document the text introduces with "a", naming no issuer ("according to a statement"), for no one; else
    ("the statement", "the spokesman") the last organisation mentioned before it, outside the words it reports."""
    lex = lexicon()
    if any(c.dep_ == "amod" and c.lower_ in lex.joint_words for c in noun.children):
        return next(iter(joint_parties(noun, mentions)), None)
    voice = issuer_noun(noun)
    voice = noun if voice is None else voice
    if voice.lemma_.lower() in lex.voice_nouns:
        return named_body_before(voice, span, contents, mentions)
    if any(c.dep_ == "det" and c.lower_ in lex.unnamed_determiners for c in voice.children):
        return None
    found = last_before(span[0], mentions, actors, ORGANISATIONS, contents)
    return found.actor_id if found else None


def named_body_before(voice, span: tuple[int, int], contents: list[tuple[int, int]],
                      mentions: list[Mention]) -> str | None:
    """The actor of the last mention before ``span``, outside the words it reports, whose name has the body's noun
    ("the embassy" after "the U.S. Embassy said"), else None."""
    noun = voice.lemma_.lower()
    for mention in reversed(mentions):
        if mention.end <= span[0] and noun in mention.text.lower().split() \
                and not any(start <= mention.start and mention.end <= end for start, end in contents):
            return mention.actor_id
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
                    actors: dict[str, Actor], contents: list[tuple[int, int]] = ()) -> tuple[str | None, str | None]:
    """(actor_id, speaker_text) of a source span; the id is None when unresolved.

    A pronoun takes the actor coreference linked it to (newsledger.actors.coref stores each link
    as a mention: the nearest antecedent that agrees in gender and number, an earlier speaker
    first); a "he"/"she" it left unlinked goes to the last person mentioned before the span whose
    gender does not contradict it (``last_agreeing_person``), never to a person of the other
    gender quoted earlier; a "they" or "it" it left unlinked stays unresolved ("US officials met
    army leaders. They said" is not the army's). A document noun ("the statement") speaks for the
    last organisation outside the words the source reports (``contents``); a joint one for its parties, one the
    text introduces with "a" and a body's voice coreference left unlinked ("the embassy") for no one
    (``document_speaker``); an unnamed speaker is described ("unnamed US official").
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
        # "his editor", "Sikorski's lawyer": a person named by their tie to another (data/coref.yaml
        # relation_nouns) is not that other; a spokesman or an office, which speaks for its owner, is no relation noun
        return None, text[span[0]:span[1]]
    direct = (appositive_mention(token, mentions) if token is not None else None) or mention_in(span, head, mentions)
    if direct is not None:
        return direct.actor_id, text[span[0]:span[1]]
    lex = lexicon()
    found = None
    if len(words) == 1 and words[0] in lex.person_pronouns:
        found = last_agreeing_person(doc, span[0], words[0], mentions, actors)
    elif words and words[0] not in lex.group_pronouns and (noun := document_noun(doc, span)) is not None:
        return document_speaker(noun, span, contents, mentions, actors), text[span[0]:span[1]]
    return (found.actor_id if found else None), text[span[0]:span[1]]
