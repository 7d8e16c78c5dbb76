"""Which CAMEO code a trigger takes: the verb's own code, refined by its object, particle or
preposition (PETRARCH2 patterns and newsledger's), and the nominal events of light verbs.

The rules that read a verb's arguments to choose its sense (not its lemma alone) live here; the
data they read is package data under ``events/data`` (see its README).
"""

from __future__ import annotations

from .patterns import default_patterns, load_roles, military_equipment

NO_MATCH = object()


def verbal(token) -> bool:
    """A verb, or a word tagged as a noun that heads a clause with a subject ("if Russia attacks")."""
    return token.pos_ == "VERB" or (token.pos_ == "NOUN" and token.dep_ in ("advcl", "ccomp", "ROOT", "conj")
                                    and any(c.dep_ == "nsubj" for c in token.children))


def trigger_code(token) -> tuple[str | None, bool]:
    """(CAMEO code or None, whether a verb + object/preposition pattern decided it)."""
    patterns = default_patterns()
    if token.pos_ == "VERB" and _gives_weapons(token):
        return load_roles()["military_aid_code"], True
    if token.pos_ == "VERB" and _travels_to_place(token):
        return load_roles()["visit_code"], True
    if verbal(token) and token.pos_ == "NOUN" and token.lemma_.lower() in patterns.verbs:
        return patterns.verbs[token.lemma_.lower()], False
    if token.pos_ == "VERB":
        cameo = _specific_code(token, patterns.specific)
        if cameo is not NO_MATCH:
            return cameo, True
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in patterns.verbs:
        return patterns.verbs[token.lemma_.lower()], False
    return noun_code(token), False


def _gives_weapons(verb) -> bool:
    """"supplied drones to Russia", "provide fighter jets": a giving verb whose object is military equipment."""
    if verb.lemma_.lower() not in load_roles()["aid_verbs"]:
        return False
    weapons = military_equipment()
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    objects += [c for o in list(objects) for c in o.children if c.dep_ == "conj"]
    return any(w in weapons for o in objects for w in (o.lower_, o.lemma_.lower()))


def _travels_to_place(verb) -> bool:
    """"is coming to Moscow", "travels to Beijing": a verb of travel to a named place is a visit."""
    roles = load_roles()
    return verb.lemma_.lower() in roles["travel_verbs"] and any(
        obj.ent_type_ in roles["place_entities"] for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in prep.children if obj.dep_ == "pobj")


def noun_code(token) -> str | None:
    """Code of a nominal event: the entry whose modifier the noun has ("hunger strike"), else its bare entry."""
    if token.pos_ != "NOUN" or verbal(token):
        return None
    modifiers = {c.lower_ for c in token.children} | {c.lower_ for c in token.head.children if token.dep_ == "compound"}
    for cameo, modifier in default_patterns().nouns.get(token.lemma_.lower(), ()):
        if modifier is None or modifier in modifiers:
            return cameo
    return None


def _specific_code(verb, specific: dict):
    """Code of a PETRARCH pattern on the verb's object, particle or preposition (None: a non-event)."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        words = (child.lower_, child.lemma_.lower())
        if child.dep_ in ("dobj", "prt", "nsubjpass"):
            # "halted mediation efforts": the compound modifier can carry the pattern's noun
            words += tuple(w for c in child.children if c.dep_ == "compound" for w in (c.lower_, c.lemma_.lower()))
            keys = [(lemma, "object", w) for w in words]
        elif child.dep_ in ("prep", "agent"):
            keys = [(lemma, "prep", child.lower_, w) for obj in child.children if obj.dep_ == "pobj"
                    for w in (obj.lower_, obj.lemma_.lower())] + [(lemma, "prep", child.lower_)]
        else:
            continue
        for key in keys:
            if key in specific:
                return specific[key]
    return NO_MATCH
