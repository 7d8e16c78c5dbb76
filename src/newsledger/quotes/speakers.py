"""Who a source span stands for: an actor mention inside it, or what a pronoun or
a document noun ("the statement", "the ministry") refers back to; a speaker the text
leaves unnamed ("a senior US official") is described, with the country or body it gives."""

from __future__ import annotations

from bisect import bisect_right

from newsledger.nlp import doc_text, sentence_spans
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


def last_before(char: int, mentions: list[Mention], actors: dict[str, Actor], types: set[str]) -> Mention | None:
    """The nearest earlier mention of an actor of one of the given types."""
    for mention in reversed(mentions):
        actor = actors.get(mention.actor_id)
        if mention.end <= char and actor is not None and actor.actor_type in types:
            return mention
    return None


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
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
    named = any(t.ent_type_ == "PERSON" for t in phrase) or \
        any(actors.get(m.actor_id) is not None and actors[m.actor_id].actor_type in PERSONS for m in inside)
    if head.lemma_.lower() not in lex.unnamed_nouns or not indefinite or named:
        return None
    body = [m for m in inside if m.start <= head.idx < m.end] or inside
    words = [t.text for t in phrase if t.i != head.i and t.pos_ in ("PROPN", "ADJ", "NOUN") and
             (t.ent_type_ in ("NORP", "GPE", "ORG") or any(m.start <= t.idx < m.end for m in inside)
              or (t.text[:1].isupper() and not t.is_sent_start))]  # "two Western diplomats"
    return (body[0].actor_id if body else None), " ".join(["unnamed", *words, head.lower_])


def depth(token) -> int:
    """How many heads up to the root of its sentence: the main clause's subject has the least."""
    return sum(1 for _ in token.ancestors)


def subject_antecedent(doc, char: int, mentions: list[Mention], actors: dict[str, Actor],
                       plural: bool) -> Mention | None | bool:
    """The actor mention "they" (``plural``) or "it" stands for: in the nearest sentence back that
    has a candidate, the main clause's subject first ("US officials met Sudanese army leaders.
    They said…" -> US officials; "the USA has been watching whether China… It has indicated…" ->
    the USA). A plural candidate is a plural or coordinated noun phrase, and None is returned
    when it names no actor; a singular one is a mention of an organisation or state. False when
    there is no candidate in reach."""
    sentences = sentence_spans(doc)
    index = max(bisect_right([start for start, _ in sentences], char) - 1, 0)
    for start, end in reversed(sentences[max(0, index - lexicon().plural_antecedent_sentences + 1):index + 1]):
        phrase = doc.char_span(start, min(end, char), alignment_mode="contract") or []
        if plural:
            candidates = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "poss") and
                          (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children))]
        else:
            candidates = [t for t in phrase if t.tag_ in ("NN", "NNP") and t.dep_ not in ("compound", "poss") and
                          any(m.start <= t.idx < m.end and actors.get(m.actor_id) is not None and
                              actors[m.actor_id].actor_type in ORGANISATIONS for m in mentions)]
        if candidates:
            best = max(candidates, key=lambda t: (t.dep_ in ("nsubj", "nsubjpass"), -depth(t), t.i))
            first, last = best.left_edge.idx, best.idx + len(best.text)
            return next((m for m in mentions if first <= m.start and m.end <= last), None)
    return False


def resolve_speaker(doc, span: tuple[int, int] | None, head: int | None, mentions: list[Mention],
                    actors: dict[str, Actor], last_person: str | None = None) -> tuple[str | None, str | None]:
    """(actor_id, speaker_text) of a source span; the id is None when unresolved.

    "he"/"she" go to the last quoted person when there is one (news convention),
    else to the last person mentioned before the span; "they" and "it" to the subject
    they stand for; an unnamed speaker is described ("unnamed US official").
    """
    if span is None:
        return None, None
    text = doc_text(doc)
    words = text[span[0]:span[1]].lower().split()
    unnamed = unnamed_speaker(doc, span, mentions, actors)
    if unnamed is not None:
        return unnamed
    direct = mention_in(span, head, mentions)
    if direct is not None:
        return direct.actor_id, text[span[0]:span[1]]
    lex = lexicon()
    if len(words) == 1 and words[0] in lex.person_pronouns and last_person:
        return last_person, text[span[0]:span[1]]
    found = None
    if words in (["they"], ["it"]):
        found = subject_antecedent(doc, span[0], mentions, actors, plural=words == ["they"])
    if found is False or (found is None and words != ["they"]):
        found = None
        if len(words) == 1 and words[0] in lex.person_pronouns:
            found = last_before(span[0], mentions, actors, PERSONS)
        elif words and (words[-1] in lex.document_nouns or words[0] in lex.group_pronouns):
            found = last_before(span[0], mentions, actors, ORGANISATIONS)
    return (found.actor_id if found else None), text[span[0]:span[1]]
