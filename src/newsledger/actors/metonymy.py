"""Capitals and seats of power ("Beijing", "the White House") stand for a government only when they act."""

from __future__ import annotations

from newsledger.actors.descriptions import first_words
from newsledger.actors.normalise import normalise

CHAIN_DEPS = ("conj", "appos")


def acting_role(token, cues: dict) -> bool:
    """Does the place act: subject of a verb, owner of a stance, object of pressure, partner in relations?"""
    while token.dep_ in CHAIN_DEPS and token.head.i != token.i:
        token = token.head
    head, dep = token.head, token.dep_
    if dep in cues["subject_deps"]:
        return subject_acts(head, cues)
    if dep == "poss" or (dep == "nmod" and any(c.dep_ == "case" for c in token.children)):
        return head.lower_ not in cues["place_nouns"]
    if dep in ("dobj", "dative"):
        return head.lemma_.lower() in cues["object_verbs"]
    if dep == "pobj":
        return partner_object(head, cues)
    return False


def subject_acts(verb, cues: dict) -> bool:
    """'Beijing claims', 'Beijing is concerned', 'Moscow has no plans to' act; 'Beijing is a city', 'Moscow lies
    on the Moskva', 'Moscow has a metro' do not (the stances and partners after "have": data/lexicon.yaml)."""
    if verb.lemma_ == "be":
        return any(child.dep_ == "acomp" for child in verb.children)
    if verb.lemma_ == "have":  # "Moscow has no plans to", "Beijing has close ties with" act; "Moscow has a metro" does not
        had = {form for c in verb.children if c.dep_ == "dobj" for form in (c.lemma_.lower(), c.lower_)}
        return bool(had & (set(cues["stance_objects"]) | set(cues["partner_heads"])))
    return verb.lemma_.lower() not in cues["non_acting_verbs"]


def partner_object(prep, cues: dict) -> bool:
    """'relations with Moscow', 'support to Moscow' act; 'talks in Beijing', 'visit to Moscow' are places."""
    if prep.lower_ in cues["place_preps"] or prep.lower_ not in cues["partner_preps"]:
        return False
    governor = prep.head
    if _partner_head(governor, cues) or governor.lemma_.lower() in cues["object_verbs"]:
        return True
    # "giving open support to Moscow", "deepening its ties with Moscow": the prepositional phrase hangs on the verb
    return any(c.dep_ == "dobj" and _partner_head(c, cues) for c in governor.children)


def _partner_head(noun, cues: dict) -> bool:
    """A noun of relations between parties, by its lemma or its word as written ("talks", lemma "talk")."""
    return noun.lemma_.lower() in cues["partner_heads"] or noun.lower_ in cues["partner_heads"]


def find_metonyms(ctx) -> None:
    doc, table, cues = ctx.doc, ctx.registry.metonyms, ctx.registry.lexicon["metonymy"]
    first = first_words(table)
    for i, word in enumerate(ctx.words):
        if not word[:1].isupper() or i in ctx.claimed or ctx.norms[i] not in first:
            continue
        for n in (2, 1):
            span = doc[i:i + n]
            actor_id = table.get(normalise(span.text))
            if actor_id and not span[-1].is_punct and ctx.free(span.start, span.end):
                if acting_role(span.root, cues):
                    ctx.add(span, actor_id, "metonym acting as its government")
                break
