"""Which CAMEO code a trigger takes: the verb's own code, refined by its object, particle or
preposition (PETRARCH2 patterns and newsledger's), and the nominal events of light verbs.

The rules that read a verb's arguments to choose its sense (not its lemma alone) live here; the
data they read is package data under ``events/data`` (see its README).
"""

from __future__ import annotations

from functools import lru_cache

import numpy

from newsledger.actors.normalise import fold, normalise
from newsledger.actors.registry import load_registry
from newsledger.frames.commitment import document_term, gerund_read_as_modifier, hedging_clause, rule_commitment, taken_step
from newsledger.frames.memo import children_of, per_token
from newsledger.frames.predicates import (apposed_judgement, argument_words, drawing_verb, frame, happening_words,
                                          infinitive, predicate_of)
from newsledger.timex.anchoring import free_participle

from .patterns import default_patterns, load_roles, load_senses, military_equipment
from .status import lexicon

NO_MATCH = object()


def verbal(token) -> bool:
    """A verb, or a word tagged as a noun that heads a clause with a subject ("if Russia attacks")."""
    return token.pos_ == "VERB" or (token.pos_ == "NOUN" and token.dep_ in ("advcl", "ccomp", "ROOT", "conj")
                                    and any(c.dep_ == "nsubj" for c in children_of(token)))


def _step_content(noun, verb):
    """The "to" clause of a step taken ("steps to restrict imports"; "took steps to reopen the border", the clause
    parsed as the verb's purpose or complement), unless it only protects the actor's own ("measures to safeguard
    its sovereignty": data/sense.yaml unspecified_responses protective_aims) or the steps are against someone
    ("steps against X"); else None. Taking steps to do an act is a light construction: the act is the event."""
    if any(c.dep_ == "prep" and c.lower_ == "against" for word in (noun, verb) for c in children_of(word)):
        return None  # "will take all necessary steps against X": a threat, the verb's own
    clause = next((c for word in (noun, verb) for c in children_of(word)
                   if c.dep_ in ("acl", "relcl", "advcl", "xcomp") and infinitive(c)), None)
    protective = load_senses()["unspecified_responses"]["protective_aims"]
    return None if clause is None or clause.lemma_.lower() in protective else clause


@per_token
def trigger_code(token) -> tuple[str | None, bool]:
    """(CAMEO code or None, whether the verb's arguments, not its lemma alone, decided it).

    In order: forces sent to a border (150), a giving verb with weapons (072), travel to a place
    (042), military exercises (150 alone, 062 with a partner; the verb holding them yields to them), a verbal
    noun's own code;
    for a verb, none where it is a verbless hedging condition ("if needed") or responds by a means that is coded
    ("retaliated by expelling"), states a document's terms ("the treaty allows troops to train"), keeps a source
    unnamed ("asked not to be named") or is a comment declined, 011 where it declines one ("declined to say");
    a directive over a nominal event yields to it ("ordered airstrikes"), and "take steps" to the
    act its "to" clause names ("took steps to restrict imports"), an order to leave (an expulsion: "ordered
    U.S. troops to leave", 166), then a pattern on its object, particle or preposition, forces sent to a place (074),
    an answer announced to a hostile act (as bare "retaliate": "would respond to any attack"), its speech
    sense ("added that": 010), hosting a person ("hosted Xi": 043), releasing people ("freed
    Marc Fogel", "returned 12 soldiers": 0841), abandoning a state ("will not
    abandon Ukraine": 160), its
    sense with an object that is no place ("defended the decision": 051), its bare lemma (a
    giving verb with a recipient is aid: "provided $5 million to the hospital", 070); else a
    nominal event's code. Sources: data/sense.yaml and the pattern files (events/data/README.md).
    """
    patterns, lemma = default_patterns(), token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX", "NOUN") or lemma not in _codable_lemmas():
        return None, False  # most words: no rule below could code them, and their children need no walk
    if _territorial_claim(token):
        return None, True  # "waters claimed by Guyana": sovereignty claimed, no act
    if _comment_on_act(token):
        return None, True  # "condemned the strike, calling it a violation", "expelled a diplomat, citing security concerns"
    if hedging_clause(token):
        return None, True  # "will send troops if needed": a formula that bounds the act, no request of its own
    deployed = _deployment_code(token) if token.pos_ == "VERB" else None
    if deployed in (load_senses()["deployments"]["to_border"], load_senses()["deployments"]["to_own"]):
        # "sent troops, frigates to the border": a show of force; "to its northern state": a mobilisation at home,
        # whatever pattern the noun has
        return deployed, True
    if token.pos_ == "VERB" and _gives_weapons(token):
        return load_roles()["military_aid_code"], True
    if token.pos_ == "VERB" and (fired := _targeted_fire(token)) is not None:
        return fired, True
    if token.pos_ == "VERB" and _incursion(token):
        return load_senses()["incursions"]["cameo"], True  # "troops crossed into Indian territory": a show of force
    if token.pos_ == "VERB" and _travels_to_place(token):
        return load_roles()["visit_code"], True
    if (drill := _exercise_code(token)) is not None:
        return drill, True
    if token.pos_ == "VERB" and lemma in load_senses()["exercises"]["holding_verbs"] and any(
            o.dep_ == "dobj" and _exercise_code(o) for o in children_of(token)):
        return None, True  # "held drills": the drills are the act, the verb only carries them
    if lemma in load_senses()["drawn_reactions"] and drawing_verb(token) is not None:
        return load_senses()["drawn_reactions"][lemma], True  # "drawing condemnation from Japan"
    if verbal(token) and token.pos_ == "NOUN" and lemma in patterns.verbs:
        return patterns.verbs[lemma], False
    if token.pos_ == "VERB":
        senses = load_senses()
        if _responds_by_means(token):
            return None, True  # "retaliated by expelling a diplomat": the expulsion is the response
        if _protects_a_source(token):
            return None, True  # "asked not to be named", "was not authorised to speak": no act
        if (declined := _declined_comment(token)) is not None:
            return declined, True
        if token.dep_ == "xcomp" and _declined_comment(token.head) is not None:
            return None, True  # "declined to say": the declining is the act, the saying none
        if lemma in senses["directive_verbs"] and any(noun_code(o) for o in _objects(token)):
            return None, False
        if any(taken_step(o) and _step_content(o, token) is not None for o in _objects(token)):
            return None, False  # "took steps to restrict imports / to reopen the crossing": the act is the clause's, if coded
        if (expelled := _expulsion_code(token)) is not None:
            return expelled, True
        if document_term(token) is not None or _document_subject(token):
            return None, True  # "the treaty allows troops to train", "the pact would undermine X": no act
        if _holds_position(token):
            return None, True  # "who led Hamas": a position, no act
        if _judging_name(token):
            rule = senses["naming_judgements"]  # "called the expulsion an unfriendly act": criticism
            return (rule["denial"] if _names_speech(token) else rule["cameo"]), True  # "called the claim false": denial
        if _raised_with_hearer(token):
            return senses["concerns_raised"]["consult"], True  # "would raise the issue with Biden": no accusation
        if _talk_by_phone(token):
            return senses["mutual_talk"]["by_phone"]["cameo"], True  # "spoke by phone with Lula": 041, no negotiation
        if (continued := continued_act(token)) is not None:
            return continued, True  # "continues its support for Ukraine": as "gives support", kept up
        # a lemma no pattern names has no pattern to match: the walk over its children is skipped
        cameo = _specific_code(token, patterns.specific) if lemma in _patterned_lemmas() else NO_MATCH
        if cameo is not NO_MATCH:
            return cameo, True
        if deployed is not None:
            return deployed, True  # "sent police officers to Haiti": forces no pattern names, sent to a place
        if lemma in senses["mutual_talk"]["verbs"] and (_talk_among_subjects(token) or _talk_to_person(token)):
            return patterns.specific.get((lemma, "prep", "with")) or senses["mutual_talk"]["cameo"], True
        if lemma in senses["answering_verbs"]["verbs"] and answered_acts(token) \
                and rule_commitment(token).status in senses["answering_verbs"]["open_statuses"]:
            return patterns.verbs[senses["answering_verbs"]["as_verb"]], False  # "would respond to any attack": retaliation
        if lemma in senses["forewarnings"]["verbs"] and _speech_use(token) and _warns_of_others(token):
            return senses["forewarnings"]["cameo"], True  # "warned that Russia could attack": no threat by the warner
        if lemma in senses["speech_senses"] and _speech_use(token):
            return senses["speech_senses"][lemma], True
        if lemma in senses["naming_verbs"] and _names_its_object(token):
            if any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in children_of(token)):
                return None, True  # "which it called an anti-terrorist operation": an aside on how an act was named
            return senses["naming_verbs"][lemma], True  # "called the move a provocation": a statement, no phone call
        if _hosts_visitor(token):
            return senses["hosting"]["cameo"], True
        released = _released_persons()
        if lemma in released["verbs"] and len(objects := _objects(token)) == 1 and objects[0].ent_type_ == "PERSON":
            # "freed Marc Fogel": a person released by name, as "freed the journalist"; with a second object the
            # person is a receiver ("handed Netanyahu a pen")
            return released["cameo"], True
        if lemma in senses["state_objects"] and any(map(_names_state, _objects(token))):
            return senses["state_objects"][lemma], True  # "will not abandon Ukraine": as "abandon its allies"
        if lemma in senses["body_objects"] and any(map(_names_body, _objects(token))):
            return senses["body_objects"][lemma], True  # "Mali left ECOWAS": as "quit the alliance"
        if lemma in senses["unless_place_object"] and _objects(token) and not any(map(_place, _objects(token))):
            return senses["unless_place_object"][lemma], True
        if lemma in senses["intransitive_acts"] and any(c.dep_ == "dobj" for c in children_of(token)):
            return None, False  # "could demonstrate the strength of ties": showing, no protest
    if token.pos_ in ("VERB", "AUX") and lemma in patterns.verbs and lemma not in load_senses()["no_bare_code"]:
        if _gives_to_recipient(token, patterns.verbs[lemma]):
            return load_senses()["giving_to_recipient"]["cameo"], True
        return patterns.verbs[lemma], False
    return noun_code(token), False


def codable_tokens(doc) -> list[int]:
    """Indexes, ascending, of the Doc's tokens that pass `trigger_code`'s first test (a verb, auxiliary or
    noun whose lower-cased lemma some rule codes): every other token it returns (None, False) for. Read from
    the Doc's arrays, so that the coder makes no Token object for the rest (most words)."""
    from spacy.attrs import POS
    from spacy.parts_of_speech import AUX, NOUN, VERB

    tags = doc.to_array(POS)
    return lemma_positions(doc, _codable_lemmas(), numpy.flatnonzero((tags == VERB) | (tags == AUX) | (tags == NOUN)))


def lemma_positions(doc, words, among=None) -> list[int]:
    """Indexes, ascending, of the Doc's tokens (only those of `among`, an ascending array of indexes, when
    given) whose lower-cased lemma is in `words`. Read from the lemma column, each distinct lemma looked up
    once, so that no Token object is made for the other words."""
    from spacy.attrs import LEMMA

    lemmas = doc.to_array(LEMMA)
    if among is None:
        among = numpy.arange(len(doc))
    strings, known, found = doc.vocab.strings, {}, []
    for i, lemma in zip(among.tolist(), lemmas[among].tolist()):
        if lemma not in known:
            known[lemma] = strings[lemma].lower() in words
        if known[lemma]:
            found.append(i)
    return found


@lru_cache(maxsize=1)
def _patterned_lemmas() -> frozenset:
    """Every verb lemma of a pattern on an object, particle or preposition (the default patterns' ``specific``)."""
    return frozenset(key[0] for key in default_patterns().specific)


@lru_cache(maxsize=1)
def _codable_lemmas() -> frozenset:
    """Every lemma that some rule of `trigger_code` codes (its data files' verbs, patterns, nouns and senses)."""
    patterns, senses, roles = default_patterns(), load_senses(), load_roles()
    return frozenset([*patterns.verbs, *(key[0] for key in patterns.specific), *patterns.nouns,
                      *senses["speech_senses"], *senses["forewarnings"]["verbs"], *senses["answering_verbs"]["verbs"], *senses["naming_verbs"], *senses["hosting"]["verbs"],
                      *senses["unless_place_object"], *senses["continued_acts"]["verbs"], *senses["state_objects"], *senses["body_objects"], *senses["nominalizations"], *roles["aid_verbs"],
                      *senses["drawn_reactions"],
                      *roles["travel_verbs"], *senses["deployments"]["verbs"], *senses["targeted_fire"]["verbs"],
                      *senses["expulsion_orders"]["verbs"], *senses["incursions"]["verbs"], *senses["source_protection"]["asking_verbs"],
                      *senses["source_protection"]["permission_verbs"], *senses["declined_comment"]["verbs"],
                      *senses["told_threats"]["verbs"], *senses["told_threats"]["casus_belli"]["verbs"],
                      *(n.split()[-1] for n in senses["exercises"]["nouns"])])


def _hosts_visitor(verb) -> bool:
    """ "hosted Xi Jinping", "welcomed the Kenyan president": a verb of hosting whose object is a
    person by name or by title is CAMEO 043 Host a visit (data/sense.yaml hosting)."""
    rule = load_senses()["hosting"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return False
    objects = _objects(verb)
    objects += [a for o in objects for a in children_of(o) if a.dep_ == "appos"]  # "my dear friend Putin"
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in rule["visitors"] for o in objects)


def _exercise_noun(noun) -> bool:
    """ "exercises", "drills", "manoeuvres", "war games" (data/sense.yaml exercises)."""
    nouns, lemma = load_senses()["exercises"]["nouns"], noun.lemma_.lower()
    return lemma in nouns or any(f"{c.lower_} {lemma}" in nouns for c in children_of(noun) if c.dep_ in ("compound", "amod"))


def _exercise_code(token) -> str | None:
    """CAMEO code of military exercises, the noun ``token``: 062 with a partner (a joint word on the noun, "with X"
    on it or on the verb that holds it, or coordinated subjects of that verb or of the verb it completes: "A and B are
    scheduled to begin their annual exercises"), else 150, a show of force; None where
    ``token`` is no exercise noun (data/sense.yaml exercises)."""
    rule = load_senses()["exercises"]
    if token.pos_ != "NOUN" or not _exercise_noun(token) or token.dep_ == "compound" or any(
            p.dep_ == "prep" and p.lower_ == "of" for p in children_of(token)):
        return None  # "the exercise price", "the exercise of the warrants": using a right, no drill
    noun, verb = token, (token.head if token.dep_ in ("dobj", "nsubjpass") else None)
    joint = any(c.lower_ in rule["joint_words"] for c in children_of(noun) if c.dep_ in ("amod", "compound", "advmod"))
    holders = [noun] + ([verb] if verb is not None else [])
    joint = joint or any(p.dep_ == "prep" and p.lower_ == "with" and any(  # "with France", not "with live fire"
        o.dep_ == "pobj" and o.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for o in children_of(p))
        for h in holders for p in children_of(h))
    while verb is not None and verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        verb = verb.head  # "A and B are scheduled to begin exercises": the subjects of the verb it completes
    joint = joint or verb is not None and any(s.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "conj" for c in children_of(s))
                                              for s in children_of(verb))
    return rule["joint_cameo"] if joint else rule["alone_cameo"]


def _responds_by_means(verb) -> bool:
    """ "retaliated by expelling a diplomat", "responded with air strikes", "hit back with sanctions": a verb of
    responding (frames data/arguments.yaml response_verbs) whose means is an act; the means is the event."""
    if verb.lemma_.lower() not in argument_words()["response_verbs"]:
        return False
    if verb.lemma_.lower() == "hit" and not any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in children_of(verb)):
        return False  # "hit the town": no response
    for prep in (c for c in children_of(verb) if c.dep_ == "prep"):
        for means in children_of(prep):
            if prep.lower_ == "by" and means.dep_ == "pcomp" and trigger_code(means)[0] is not None:
                return True
            if prep.lower_ == "with" and means.dep_ == "pobj" and noun_code(means) is not None:
                return True
    return False


def _protects_a_source(verb) -> bool:
    """ "who asked not to be named", "requested anonymity", "was not authorised to speak to the media", "spoke on
    condition of anonymity": how a source is kept unnamed (data/sense.yaml source_protection), no act."""
    rule, lemma = load_senses()["source_protection"], verb.lemma_.lower()
    below = children_of(verb)
    if lemma in rule["asking_verbs"]:
        return any(o.dep_ == "dobj" and o.lemma_.lower() in rule["anonymity_nouns"] for o in below) or any(
            c.dep_ == "xcomp" and c.lemma_.lower() in rule["protected_passives"]
            and any(a.dep_ == "auxpass" for a in children_of(c)) for c in below)
    if lemma in rule["permission_verbs"]:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in rule["speech_verbs"] for c in below)
    if lemma in rule["speech_verbs"]:
        permitted = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rule["permission_verbs"]
        return permitted or any(w.lemma_.lower() in rule["anonymity_nouns"] for p in below if p.dep_ == "prep"
                                for n in children_of(p) for w in n.subtree)
    return False


def _declined_comment(verb) -> str | None:
    """CAMEO 011 Decline comment for a verb that declines a comment ("declined to say whether", "refused to
    comment"), else None (data/sense.yaml declined_comment)."""
    rule = load_senses()["declined_comment"]
    if verb.lemma_.lower() in rule["verbs"] and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in rule["comments"] for c in children_of(verb)):
        return rule["cameo"]
    return None


def _expulsion_code(verb) -> str | None:
    """ "ordered U.S. troops to leave", "told two diplomats to leave the country": a directive whose object is
    told to leave expels it, coded by who is sent away (data/sense.yaml expulsion_orders; CAMEO 1.1b3 161,
    166x, 174)."""
    rule = load_senses()["expulsion_orders"]
    if verb.lemma_.lower() not in rule["verbs"] or not any(
            c.dep_ == "xcomp" and c.lemma_.lower() in rule["leaving"] for c in children_of(verb)):
        return None
    objects = [o for o in children_of(verb) if o.dep_ == "dobj"]
    if not objects:
        return None
    # the head noun, its compounds, and both together ("the peacekeeping mission", "aid agencies": "aid agency")
    words = set()
    for o in objects:
        compounds = [c.lower_ for c in children_of(o) if c.dep_ == "compound"]
        words.update(compounds)
        for head in (o.lower_, o.lemma_.lower()):
            words.update((head, " ".join([*compounds, head])))
    return next((code for code, nouns in rule["by_object"].items() if words & set(nouns)), rule["cameo"])


@lru_cache(maxsize=1)
def _released_persons() -> dict:
    """data/sense.yaml's object_classes entry for CAMEO 0841 Return, release person(s): its code, verbs and the
    people by kind it names. A person released by name ("freed American teacher Marc Fogel") is coded as its
    objects are; PETRARCH's bare FREE and RELEASE (080, 084) are for yielding, not people."""
    return next(e for e in load_senses()["object_classes"] if e["cameo"] == "0841")


def _names_state(noun) -> bool:
    """ "Ukraine", "the Ukrainians", "Kyiv" (its government): a name of a state, its people or its government in
    the actors registry; not a town ("abandoned Kherson") or a name the registry does not know."""
    if noun.ent_type_ not in ("GPE", "NORP") and noun.pos_ != "PROPN":  # the parser may leave "Kyiv" untagged
        return False
    entity = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    name = normalise(entity.text if entity is not None else noun.text).removeprefix("the ")
    registry = load_registry()
    return name in registry.adjectives or name in registry.metonyms or any(
        registry.actors[i].actor_type == "state" for i in registry.by_norm.get(name, ()) if i in registry.actors)


def _names_body(noun) -> bool:
    """ "ECOWAS", "the African Union": a name of an international body in the actors registry."""
    if noun.pos_ != "PROPN" and noun.ent_type_ != "ORG" and not noun.is_upper:  # the parser may tag "ECOWAS" a noun
        return False
    entity = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    name = normalise(entity.text if entity is not None else noun.text).removeprefix("the ")
    registry = load_registry()
    return any(registry.actors[i].actor_type == "igo" for i in registry.by_norm.get(name, ()) if i in registry.actors)


def continued_act(verb) -> str | None:
    """The code of the act a verb of keeping up names by its object ("continues its support for X": "give support"
    051; "maintained its military aid to Y": 072; data/sense.yaml continued_acts), else None."""
    rule, specific = load_senses()["continued_acts"], default_patterns().specific
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in rule["verbs"]:
        return None
    # the noun by its own names only: "continues security force operations" gives no "security"
    return next((specific[key] for o in _objects(verb) if o.dep_ == "dobj"
                 for w in (*_modified_names(o), o.lower_, o.lemma_.lower())
                 for giving in rule["read_as"] if specific.get(key := (giving, "object", w))), None)


def _document_subject(verb) -> bool:
    """ "the pact would undermine X's sovereignty", "a treaty that will strengthen Y": a verb whose active subject
    is a noun of an agreement or a law (data/sense.yaml document_subjects); a conjunct with no subject of its own
    shares its head's."""
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(verb)):
        verb = verb.head
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.tag_ == "WDT" for s in subjects):
        subjects = [verb.head]  # "a pact that would ...": the noun the clause is on
    return any(s.pos_ == "NOUN" and s.lemma_.lower() in load_senses()["document_subjects"] for s in subjects)


def _holds_position(verb) -> bool:
    """ "who led Hamas", "Hamas, led by X", "has run Rwanda since 2000": a verb of holding a position whose object,
    or the noun its past participle describes, is a named group, body or country (data/sense.yaml positions)."""
    rule = load_senses()["positions"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return False
    held = _objects(verb) + ([verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else [])
    return any(noun.ent_type_ in rule["named"] for noun in held)


def _objects(verb) -> list:
    """The verb's direct objects (a passive subject is one, and so is the noun a gerund the parser read as its
    modifier is on: "denied freeing prisoners")."""
    misread = [verb.head] if gerund_read_as_modifier(verb) is not None else []
    return misread + [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]


def _territorial_claim(token) -> bool:
    """Whether ``token`` claims land or sea as its own (data/sense.yaml ``territorial_claims``): its object, or the
    noun its participle or relative clause describes ("waters claimed by Guyana", "the islands China claims")."""
    rule = load_senses()["territorial_claims"]
    if token.lemma_.lower() not in rule["verbs"]:
        return False
    claimed = list(_objects(token)) + ([token.head] if token.dep_ in ("acl", "relcl") else [])
    return any(noun.lemma_.lower() in rule["objects"] for noun in claimed)


def _comment_on_act(token) -> bool:
    """Whether ``token`` is, or is the object of, a naming or citing participle on a coded act
    (data/sense.yaml ``comment_participles``): the act's wording or reason, no event of its own. The
    participle names or cites a direct object and has no particle: "calling for restraint" and "calling
    out the deal" are acts of their own."""
    verb = predicate_of(token) if token.pos_ == "NOUN" else token
    if verb.lemma_.lower() not in load_senses()["comment_participles"] or not free_participle(verb):
        return False
    children = [c.dep_ for c in children_of(verb)]
    return "dobj" in children and "prt" not in children and trigger_code(verb.head)[0] is not None


def _names_its_object(verb) -> bool:
    """ "called the move a provocation", "branded the vote illegal": an object and a common-noun or
    adjective predicate of it (a name alone, "called Scholz" misparsed as a predicate, is a call)."""
    return any(c.dep_ == "dobj" for c in children_of(verb)) and any(
        c.dep_ == "oprd" and c.pos_ in ("NOUN", "ADJ") for c in children_of(verb))


def _judging_name(verb) -> bool:
    """ "called the expulsion an unfriendly act", "branded the vote illegal", "described the move as a provocation":
    a verb of naming with an object whose predicate (an object predicate, or "as X") is a negative judgement, in its
    head or an adjective on it (data/sense.yaml naming_judgements); in a relative clause on a noun that names any act
    ("a move Guyana called illegal") that noun is the object."""
    rule = load_senses()["naming_judgements"]
    objects = [c for c in children_of(verb) if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in load_roles()["general_act_nouns"] and all(
            o.tag_ in ("WDT", "WP") for o in objects):
        objects = [verb.head]  # "a move (that) Guyana called illegal": the act noun the relative clause is on is judged
    if verb.lemma_.lower() not in rule["verbs"] or not objects or any(o.tag_ in ("WDT", "WP") for o in objects):
        return False  # "which it called an anti-terrorist operation": an aside on how an act was named, no event
    names = [c for c in children_of(verb) if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ")]
    names += [o for head in [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]  # "as X" on the object too
              for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "as" for o in children_of(p) if o.dep_ in ("pobj", "amod", "acomp")]
    speech = load_roles()["speech_nouns"]["nouns"]  # "called the claim disinformation", parsed as one object
    names += [o for o in objects if any(c.dep_ == "compound" and c.lemma_.lower() in speech for c in children_of(o))]
    names += [c for n in names for c in n.conjuncts]
    return any(w.lemma_.lower() in rule["words"] or w.lower_ in rule["words"]
               for n in names for w in [n, *(c for c in children_of(n) if c.dep_ in ("amod", "compound"))])


def _names_speech(verb) -> bool:
    """ "called the claim disinformation", "called the report a fabrication": the object named is a claim, report or
    accusation (roles.yaml speech_nouns), or its compound when the parser takes the name for the object."""
    nouns = load_roles()["speech_nouns"]["nouns"]
    return any(w.lemma_.lower() in nouns for o in children_of(verb) if o.dep_ == "dobj"
               for w in [o, *(c for c in children_of(o) if c.dep_ == "compound")])


def _talk_among_subjects(verb) -> bool:
    """ "Putin and Xi spoke by phone": a verb of talking whose subject is coordinated, with no object, no
    clause it reports and no preposition naming whom it is with or to (data/sense.yaml mutual_talk)."""
    children = list(children_of(verb))
    return any(c.dep_ == "nsubj" and any(d.dep_ == "conj" for d in children_of(c)) for c in children) and not any(
        c.dep_ in ("dobj", "ccomp", "parataxis") or c.dep_ in ("prep", "dative") and c.lower_ in ("with", "to")
        for c in children)


def _talk_to_person(verb) -> bool:
    """ "Macron has spoken to Aliyev by phone", "talked to his Turkish counterpart": a verb of talking whose "to"
    names a person, by name or title (data/sense.yaml mutual_talk.to_persons, hosting.visitors), and that
    reports no clause."""
    senses = load_senses()
    titles = senses["hosting"]["visitors"]
    return not _speech_use(verb) and any(
        o.ent_type_ in senses["mutual_talk"]["to_persons"] or o.lemma_.lower() in titles or _known_person(o)
        for p in children_of(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
        for o in children_of(p) if o.dep_ == "pobj")


def _talk_by_phone(verb) -> bool:
    """ "spoke by phone with Lula", "Putin and Xi talked over the phone", "spoke by telephone to Aliyev": a verb of
    talking by telephone (data/sense.yaml mutual_talk.by_phone) with someone, a "with" object, a person it talks to
    or coordinated subjects ("spoke to reporters by phone" stays a statement)."""
    rule = load_senses()["mutual_talk"]
    if verb.lemma_.lower() not in rule["verbs"] or not any(
            p.dep_ == "prep" and p.lower_ in rule["by_phone"]["preps"] and any(
                o.dep_ == "pobj" and o.lemma_.lower() in rule["by_phone"]["nouns"] for o in children_of(p))
            for p in children_of(verb)):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "with" for p in children_of(verb)) \
        or _talk_among_subjects(verb) or _talk_to_person(verb)


def _known_person(noun) -> bool:
    """A proper name the actors registry knows as a person's, by full name or surname ("Erdogan", which the tagger
    may read as a place)."""
    if noun.pos_ != "PROPN":
        return False
    registry = load_registry()
    return fold(noun.text) in registry.surnames or any(
        registry.actors[i].actor_type == "person" for i in registry.by_norm.get(normalise(noun.text), ()) if i in registry.actors)


def _raised_with_hearer(verb) -> bool:
    """ "would raise the issue with Biden", "raised the matter with Xi": an issue raised with a hearer named
    ("with X" on the verb or its object) is a consultation, as PETRARCH2's RAISE CONCERNS (data/sense.yaml
    concerns_raised topics)."""
    rule = load_senses()["concerns_raised"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return False
    topics = [o for o in _objects(verb) if o.lemma_.lower() in rule["topics"]]
    return bool(topics) and any(
        p.dep_ in ("prep", "dative") and p.lower_ in rule["hearer_preps"] and any(o.dep_ == "pobj" for o in children_of(p))
        for head in [verb, *topics] for p in children_of(head))


def _speech_use(verb) -> bool:
    """ "said/added/denied that ...", "…, he added": a verb of saying that reports a clause (or
    stands in a trailing attribution) and has no object of its own."""
    return not _objects(verb) and (verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in children_of(verb)))


def _warns_of_others(verb) -> bool:
    """Whether the clause a verb of warning reports has a subject other than the warner: a noun phrase
    that is not the warner's ("warned that Russian forces could launch an offensive", "warned there could
    be famine"); a pronoun may be the warner ("warned it would retaliate") and is read as a threat."""
    reported = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    if reported is None and verb.dep_ == "parataxis":
        reported = verb.head  # "Russia could attack in May, officials warned"
    if reported is None:
        return False
    subject = next((c for c in children_of(reported) if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    warner = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ in ("PRP", "PRP$"):
        return False
    return warner is None or subject.lemma_.lower() != warner.lemma_.lower()


@per_token
def answered_acts(verb) -> list:
    """The hostile acts a verb of response answers (frames' arguments.yaml response_verbs: "would respond firmly to
    any further attacks by Pakistan", "will hit back at any strike", "would answer any incursion"): event nouns
    coded with a hostile code, or hostile acts no pattern codes, after one of its prepositions or, for a verb
    that takes what it answers as its object, as that object (data/sense.yaml answering_verbs); [] for any other
    verb."""
    rule = load_senses()["answering_verbs"]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in argument_words()["response_verbs"]:
        return []
    nouns = [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in rule["preps"] for o in children_of(p) if o.dep_ == "pobj"]
    if verb.lemma_.lower() in rule["object_verbs"]:
        nouns += [o for o in children_of(verb) if o.dep_ == "dobj"]
    return [o for o in nouns if (noun_code(o) or "")[:2] in rule["act_roots"] or o.lemma_.lower() in rule["act_nouns"]]


def _place(noun) -> bool:
    """A named place or a place noun ("defended the city", "defend Estonia")."""
    roles = load_roles()
    return noun.ent_type_ in roles["place_entities"] or noun.lemma_.lower() in roles["place_nouns"]


def _gives_weapons(verb) -> bool:
    """"supplied drones to Russia", "provide fighter jets": a giving verb whose object is military equipment."""
    if verb.lemma_.lower() not in load_roles()["aid_verbs"]:
        return False
    weapons = military_equipment()
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    objects += [o for c in children_of(verb) if c.dep_ == "prep" and c.lower_ == "with" for o in children_of(c) if o.dep_ == "pobj"]
    objects += [c for o in list(objects) for c in children_of(o) if c.dep_ == "conj"]
    return any(w in weapons for o in objects for w in _object_words(o))


def _targeted_fire(verb) -> str | None:
    """ "fired missiles at Kyiv", "launched dozens of rockets on the town": the code of the weapon fired at a
    target (data/sense.yaml targeted_fire), or None without a weapon object or a preposition of aim."""
    rule = load_senses()["targeted_fire"]
    if verb.lemma_.lower() not in rule["verbs"] or not any(
            c.dep_ == "prep" and c.lower_ in rule["preps"] and not _time(c) for c in children_of(verb)):
        return None
    objects = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return next((rule["weapons"][w] for o in objects for w in _object_words(o) if w in rule["weapons"]), None)


def _deployment_code(verb) -> str | None:
    """ "will send 600 police officers to Haiti": forces sent to a place are CAMEO 074 Provide
    military protection or peacekeeping; "sent troops to the border" (of or with a state) is 150
    Demonstrate military or police power; to a place of the sender's own ("to its northern state") 154 Mobilize
    or increase armed forces (data/sense.yaml deployments). None without a force
    object or a "to" place, or, for a place, with a coded purpose ("to fight X": that act is the event)."""
    rule = load_senses()["deployments"]
    if verb.lemma_.lower() not in rule["verbs"] or not any(
            w in rule["forces"] for o in _objects(verb) for w in _object_words(o)):
        return None
    # the parser may take "to Haiti" after a verb of sending for a dative, or hang it on the force sent
    places = [o for h in (verb, *_objects(verb)) for p in children_of(h) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in children_of(p) if o.dep_ == "pobj"]
    if any(o.lemma_.lower() in load_roles()["border_nouns"] for o in places):
        return rule["to_border"]
    if any(o.lemma_.lower() in load_roles()["place_nouns"] and any(
            c.dep_ in ("poss", "amod") and c.lower_ in rule["own_possessives"] for c in children_of(o)) for o in places):
        return rule["to_own"]  # "sent troops to its northern state": its own ground
    if any(c.dep_ in ("advcl", "xcomp") and trigger_code(c)[0] is not None for c in children_of(verb)):
        return None  # "sent troops to X to fight Y": the purpose is the act, as with envoys sent to talk
    if any(o.ent_type_ in load_roles()["place_entities"] or o.pos_ == "PROPN" for o in places):  # "to Mozambique" tagged ORG
        return rule["to_place"]
    return None


def _incursion(verb) -> bool:
    """ "Chinese troops crossed into Indian territory", "Russian jets entered Estonian airspace", "Estonian airspace
    was violated by Russian jets": forces that cross into, enter or violate a state's territory, airspace or waters
    (data/sense.yaml incursions); "refugees crossed into Poland" is no show of force."""
    rule = load_senses()["incursions"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return False
    entered = _objects(verb) + [o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in rule["preps"]
                                for o in children_of(p) if o.dep_ == "pobj"]
    if not any(_names_state(o) or any(w in rule["spaces"] for w in _object_words(o)) for o in entered):
        return False
    return any(_armed(a.head) for a in frame(verb).of("subject"))


def _armed(noun) -> bool:
    """A force, by its noun ("troops", "warships", "patrols") or an armed word in its phrase ("coast guard vessels",
    "naval ships", "military aircraft"): data/sense.yaml incursions, deployments.forces, roles.yaml equipment_nouns."""
    senses = load_senses()
    forces = {*senses["deployments"]["forces"], *senses["incursions"]["forces"], *load_roles()["unnamed_sides"]["equipment_nouns"]}
    modifiers = [w for w in noun.subtree if w.i < noun.i and w.dep_ in ("amod", "compound")]
    return noun.lemma_.lower() in forces or any(w.lower_ in senses["incursions"]["armed_modifiers"] for w in modifiers)


def _gives_to_recipient(verb, cameo: str) -> bool:
    """ "provided $49 million to the hospital", "gave the refugees blankets": a giving verb whose
    bare code is cooperation, with a recipient (a dative, or "to X"), is aid (data/sense.yaml)."""
    rule = load_senses()["giving_to_recipient"]
    if verb.lemma_.lower() not in rule["verbs"] or cameo[:2] not in rule["from_roots"]:
        return False
    return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" and any(o.dep_ == "pobj" for o in children_of(c))
               for c in children_of(verb))


def _travels_to_place(verb) -> bool:
    """"is coming to Moscow", "travels to Beijing": a verb of travel to a named place is a visit."""
    roles = load_roles()
    return verb.lemma_.lower() in roles["travel_verbs"] and any(
        obj.ent_type_ in roles["place_entities"] for prep in children_of(verb) if prep.dep_ == "prep" and prep.lower_ == "to"
        for obj in children_of(prep) if obj.dep_ == "pobj")


def noun_code(token) -> str | None:
    """Code of a nominal event: the entry whose modifier the noun has ("hunger strike"), else its
    bare entry, else its verb's code with its "of" object ("a suspension of air links")."""
    if token.pos_ != "NOUN" or verbal(token):
        return None
    modifiers = {c.lower_ for c in children_of(token) if not (c.dep_ == "prep" and _time(c))}  # "a strike on Monday"
    if token.dep_ == "compound":
        modifiers |= {c.lower_ for c in children_of(token.head)}
    for cameo, modifier in default_patterns().nouns.get(token.lemma_.lower(), ()):
        if modifier is None or modifier in modifiers:
            broken = load_senses()["broken_talks"]  # "the talks collapsed": halted, no new meeting
            if cameo is not None and cameo[:2] in broken["roots"] and happening_words(token) & set(broken["verbs"]):
                return broken["cameo"]
            return cameo
    return _nominalization_code(token)


def _nominalization_code(noun) -> str | None:
    """ "a suspension of air links" as "suspend air links" (160), "the withdrawal of its troops" as
    "withdraw troops" (0874): a noun of data/sense.yaml nominalizations with its "of" object takes
    its verb's object pattern; no pattern, no code."""
    verb = load_senses()["nominalizations"].get(noun.lemma_.lower())
    if verb is None:
        return None
    specific = default_patterns().specific
    for prep in (c for c in children_of(noun) if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (o for o in children_of(prep) if o.dep_ == "pobj"):
            code = next((specific[k] for w in _object_words(obj) if (k := (verb, "object", w)) in specific), None)
            if code is not None:
                return code
    return None


def _specific_code(verb, specific: dict):
    """Code of a pattern on the verb's object, particle or preposition (None: a non-event); the
    objects are tried first, so "pulled out its troops" reads "troops" before "out", and the noun a
    past participle modifies is its object ("a statement released in Oslo": release a statement); but
    the particle of a verb of cancelling comes first ("called off a planned visit" calls it off, 160 as
    "cancelled a planned visit", not "call a visit" 026: status_lexicon.yaml cancel_verbs)."""
    lemma = verb.lemma_.lower()
    cancelling = {c.i for c in children_of(verb) if c.dep_ == "prt" and f"{lemma} {c.lower_}" in lexicon()["cancel_verbs"]}
    children = sorted(children_of(verb), key=lambda c: (c.i not in cancelling, c.dep_ not in ("dobj", "nsubjpass")))
    judged = apposed_judgement(verb)  # "..., a charge Yerevan denied": the charge is what is denied
    if verb.dep_ == "acl" and verb.tag_ == "VBN" or gerund_read_as_modifier(verb) is not None:
        # "a statement released in Oslo": the noun is what was released; "denied expelling diplomats", the gerund
        # parsed as an adjective on its object: what it expelled
        children.insert(0, verb.head)
    elif judged is not None:
        children.insert(0, judged[0])
    objects = {verb.head.i} | ({judged[0].i} if judged is not None else set())
    for child in children:
        if child.dep_ == "dobj" and child.head.i == verb.i and any(gerund_read_as_modifier(c) is not None for c in children_of(child)):
            continue  # "denied attacking hospitals": the object is the gerund's, not the verb's
        if child.dep_ in ("dobj", "prt", "nsubjpass") or child.i in objects or _adverb_particle(child):
            keys = [(lemma, "object", w) for w in _sum_counted_on_verb(verb, child) + _object_words(child)]
            if child.dep_ == "prt" and any(o.dep_ == "pobj" for o in children_of(child)):
                keys += _prep_keys(lemma, child)  # "called on all parties": a preposition the parser took for a particle
            if child.dep_ == "dobj":  # "held the agreement with X in abeyance", the phrase hung on the object: by its noun only
                keys += [k for p in children_of(child) if p.dep_ == "prep" and not _time(p) for k in _prep_keys(lemma, p)[:-1]]
        elif child.dep_ in ("prep", "agent") and not _time(child):
            keys = _prep_keys(lemma, child)
        elif child.dep_ in ("advcl", "ccomp", "xcomp") and any(m.dep_ == "mark" and m.lower_ == "for" for m in children_of(child)):
            keys = [(lemma, "prep", "for")]  # "called for the hostages to be freed": a for-to clause is its "for"
        else:
            continue
        for key in keys:
            if key in specific:
                return specific[key]
    return NO_MATCH


def _prep_keys(lemma: str, prep) -> list:
    """Pattern keys of a verb's preposition: with each name of its object, then the preposition alone."""
    return [(lemma, "prep", prep.lower_, w) for obj in children_of(prep) if obj.dep_ == "pobj"
            for w in (*_modified_names(obj), obj.lower_, obj.lemma_.lower())] + [(lemma, "prep", prep.lower_)]


def _adverb_particle(child) -> bool:
    """ "troops pulled back": a particle the parser hangs on the verb as an adverb, read as the particle
    it is for the verbs data/sense.yaml adverb_particles names ("pull back" 0874, not the bare PULL's 171), and
    an adverb the patterns name as a verb's object word (pattern_adverbs: "intervene militarily" 190)."""
    senses = load_senses()
    return child.dep_ == "advmod" and (child.lower_ in senses["adverb_particles"].get(child.head.lemma_.lower(), ())
                                       or child.lower_ in senses["pattern_adverbs"])


def _sum_counted_on_verb(verb, obj) -> tuple:
    """ "sent 300 million dollars in military aid": the words of what a sum object counts when the
    parser hangs its "in" phrase on the verb (data/sense.yaml sum_heads, sum_preps), read first."""
    senses = load_senses()
    if obj.lower_ not in senses["sum_heads"]:
        return ()
    return tuple(w for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in senses["sum_preps"]
                 for o in children_of(p) if o.dep_ == "pobj" for w in _object_words(o))


def _modified_names(noun) -> tuple:
    """The noun's multi-word names with a modifier before it ("military aid", "humanitarian aid")."""
    return tuple(f"{m.lower_} {noun.lemma_.lower()}" for m in children_of(noun) if m.dep_ in ("amod", "compound") and m.i < noun.i)


def _time(prep) -> bool:
    """ "on Sunday", "in March": a preposition of time, which no verb + preposition pattern means
    ("called on Sunday for sanctions" is no "call on")."""
    objects = [o for o in children_of(prep) if o.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _object_words(noun) -> tuple:
    """Words a pattern may name the object by: the noun, its multi-word name ("martial law",
    "state of emergency"), a compound modifier of a common noun ("halted mediation efforts"), and through a
    partitive head the noun it counts ("hundreds of drones", "a shipment of shells"); for a sum of
    money, the noun it counts first ("$200m of military aid", "$300 million in military aid")."""
    modifiers = [c for c in children_of(noun) if c.dep_ in ("amod", "compound") and c.i < noun.i]
    inner = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
    counted = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in load_senses()["sum_preps"]
               for o in children_of(p) if o.dep_ == "pobj"]
    if noun.lower_ in load_senses()["sum_heads"] and counted:  # "$300 million in military aid"
        return tuple(w for o in counted for w in _object_words(o)) + (noun.lower_, noun.lemma_.lower())
    words = _modified_names(noun)  # the longer name first
    words += tuple(f"{noun.lemma_.lower()} of {o.lower_}" for o in inner)
    words += (noun.lower_, noun.lemma_.lower())
    if noun.pos_ != "PROPN":  # a name's words name no object: "asked the UN Security Council" asks for no security
        words += tuple(w for c in modifiers if c.dep_ == "compound" for w in (c.lower_, c.lemma_.lower()))
    if noun.lower_ in load_senses()["partitive_heads"] or noun.lemma_.lower() in load_senses()["partitive_heads"]:
        words += tuple(w for o in inner for w in _object_words(o))
    return words


def refused_by_negation(cameo: str, holder) -> bool:
    """ "will not lift the ban", "cannot accept more refugees", "won't begin talks": an actor's own
    negated will or ability to yield (CAMEO root 08) or to meet (04) is a refusal, which CAMEO
    codes as one (124 Refuse to yield, 125 Reject proposal to meet, discuss, or negotiate); other
    negated acts ("will not send jets", "will not attend the summit") stay negated acts."""
    senses = load_senses()
    if cameo[:2] not in senses["refusal_roots"] or cameo[:3] in senses["refusal_exempt_codes"]:
        return False
    children = list(children_of(holder))
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in senses["volition_modals"] for c in children)
