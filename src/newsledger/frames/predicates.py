"""Predicate frames: a trigger's arguments after inheritance, over spaCy's dependency parse.

A frame is syntax only: which phrase is the subject, target, origin or place of a predicate (a
verb, or an event noun such as "visit" or "refusal"), found through control, raising,
coordination, relative clauses, light verbs, partitives and reporting frames, each with the rule
that found it. Which actor a phrase names is the events stage's business (it reads the frame).

Arguments come in tiers: the events stage takes, for each role, the lowest tier whose phrases
name an actor (an event noun's owner before a verb's subject; a verb's own subject before one
it inherits). Word lists: data/arguments.yaml. Rules written for issue 17's constructions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from operator import attrgetter
from pathlib import Path

from newsledger.frames.commitment import gerund_read_as_modifier, misattached_conjunct, outcome_of, preposition_governor
from newsledger.discourse import quote_spans
from newsledger.frames.memo import children_of, per_document
from newsledger.loading import read_yaml
from newsledger.nlp import doc_text

DATA = Path(__file__).parent / "data"

# Tiers of the subject role.
OWNER, DIRECT, POSSESSIVE_PRONOUN, INHERITED = 0, 1, 2, 3
# Tiers of the target role, after DIRECT: where an act of leaving starts; whom an investigation is
# about; a target inside the complement; the subject of a reported clause; a purpose clause's target.
ORIGIN, CULPRIT, COMPLEMENT, REPORTED, PURPOSE = 2, 3, 4, 5, 6
# Tier of a condition's subject ("will strike unless Israel withdraws"): whom a threat is aimed at.
CONDITION = 7


@lru_cache(maxsize=1)
def argument_words() -> dict:
    """Prepositions and word lists of data/arguments.yaml."""
    return read_yaml(DATA / "arguments.yaml")


@dataclass(frozen=True)
class Argument:
    """One argument of a frame: ``role`` "subject", "target", "culprit", "reported" (the subject
    of a clause the predicate reports), "condition" (the subject of a condition it sets) or "place"; ``head`` the head token of its phrase; ``rule``
    how it was found; ``tier`` its rank within the role (lower first, see the module's doc); ``excluded`` the heads of
    conjuncts in the phrase that are no part of it: the subject of the next clause ("freed A and B, and Belgium
    released C": A and B, not Belgium), which end the phrase."""
    role: str
    head: object
    rule: str
    tier: int = DIRECT
    excluded: tuple = ()

    @property
    def start(self) -> int:
        """Character offset where the argument's phrase starts."""
        return self.head.left_edge.idx

    @property
    def end(self) -> int:
        """Character offset just past the argument's phrase."""
        right = self.head.right_edge
        if self.excluded:  # up to the ", and" before the first excluded conjunct
            right = self.head.doc[min(e.left_edge.i for e in self.excluded) - 1]
            while right.dep_ in ("cc", "punct") and right.i > self.head.i:
                right = right.nbor(-1)
        return right.idx + len(right)

    @property
    def inherited(self) -> bool:
        """Whether the argument came from another predicate (control, coordination, a pronoun, a
        complement or a reported clause), not from the predicate's own dependents."""
        return self.tier > DIRECT if self.role == "subject" else self.tier >= COMPLEMENT


_tier = attrgetter("tier")


@dataclass(frozen=True)
class Frame:
    """A trigger, the verb that carries it (itself, or "held" for "held talks"), and its arguments."""
    trigger: object
    predicate: object
    arguments: tuple

    def of(self, *roles: str) -> list[Argument]:
        """Arguments of the given roles, lowest tier first."""
        if len(roles) == 1:
            return list(self._by_role.get(roles[0], ()))
        return sorted([a for a in self.arguments if a.role in roles], key=_tier)

    @cached_property
    def _by_role(self) -> dict[str, list[Argument]]:
        """Role -> its arguments, lowest tier first, in their order within a tier: the coder asks a frame
        for one role's arguments many times."""
        by_role = {}
        for argument in sorted(self.arguments, key=_tier):
            by_role.setdefault(argument.role, []).append(argument)
        return by_role


def predicate_of(token):
    """The verb that carries a nominal trigger ("held talks", "carried out joint patrol flights", "retaliated with
    air strikes", "launched two days of exercises"), else the token: an -ing word the parser made a noun on the object of a verb that takes an -ing
    clause is that clause's verb ("denied bombing hospitals": commitment.gerund_read_as_modifier)."""
    if gerund_read_as_modifier(token) is not None:
        return token
    while token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "of" \
            and token.head.head.lemma_.lower() in argument_words()["span_nouns"]:
        token = token.head.head  # "launched two days of exercises": carried as "launched exercises" is
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass", "nsubj") and token.head.pos_ in ("VERB", "AUX"):
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass") and (happening := _happening(verb)) is not None:
            return happening  # "the talks are due to take place in Doha next week": the clause of its place and date
        if token.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in children_of(verb)):
            return token  # "the expulsion angered Warsaw": an event that acts on another is no act of that verb
        if token.dep_ == "dobj" and verb.lemma_.lower() in argument_words()["eliciting_verbs"]:
            return token  # "the visit drew protests": the protests are others' act, not the visit's
        return verb
    if token.pos_ == "NOUN" and token.dep_ == "pobj" and token.head.lower_ == "with" \
            and token.head.head.lemma_.lower() in argument_words()["response_verbs"]:
        return token.head.head  # "responded with air strikes": the strikes are the response, done by its subject
    return token


def _happening(verb):
    """The verb that says an event noun happens, when its subject is that noun ("the meeting will take place
    on Friday", "the talks were due to resume next week", "the summit is set to open in Astana"): ``verb``
    itself, or the end of the chain of subjectless "to" complements it governs, directly or through an
    adjective ("due to", "likely to"); None when the chain ends in another verb ("the visit is expected to
    boost trade")."""
    happening = argument_words()["happening_verbs"]
    while verb is not None:
        particles = [c.lemma_.lower() for c in children_of(verb) if c.dep_ in ("dobj", "prt", "advmod")]
        if verb.lemma_.lower() in happening or any(f"{verb.lemma_.lower()} {p}" in happening for p in particles):
            return verb
        complements = [c for c in children_of(verb) if c.dep_ == "xcomp" or c.dep_ == "acomp" and c.pos_ == "ADJ"]
        complements = [x for c in complements for x in ([c] if c.dep_ == "xcomp" else children_of(c)) if x.dep_ == "xcomp"]
        verb = next((c for c in complements if infinitive(c) and not any(
            d.dep_ in ("nsubj", "nsubjpass") for d in children_of(c))), None)
    return None


def happening_words(noun) -> set:
    """The words ("stall", "break down") of the verb that tells how the event ``noun`` goes (`tells_happening`), else
    an empty set."""
    if not tells_happening(noun):
        return set()
    verb = _happening(noun.head)
    particles = [c.lemma_.lower() for c in children_of(verb) if c.dep_ in ("dobj", "prt", "advmod")]
    return {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}


def tells_happening(noun) -> bool:
    """Whether an event noun is the subject of a clause that only says it happens or how it goes ("the talks
    stalled", "a truce took effect", "the talks are due to resume"): that clause carries the noun (`predicate_of`)."""
    return noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX") \
        and _happening(noun.head) is not None


def frame(token) -> Frame:
    """The frame of a trigger token (a verb, or an event noun) of a parsed Doc."""
    words = argument_words()
    predicate = predicate_of(token)
    arguments = []
    for holder in dict.fromkeys((predicate, token)):
        for child in children_of(holder):
            if child.i != token.i:
                arguments += _child_arguments(child, holder, token, words)
            elif child.dep_ in ("nsubj", "dobj", "nsubjpass", "dative", "attr"):
                # "held Russian-Chinese talks": the actors inside the event noun take part in it
                arguments += [Argument("subject" if child.dep_ == "nsubj" else "target", child,
                                       f"event noun as {child.dep_} of its verb: {holder.text} {child.text}")]
    if (governor := gerund_read_as_modifier(token)) is not None:
        # "denied attacking civilians", "attacking" parsed as an adjective on "civilians": its object, and the
        # phrases after it that the parser hung on the verb ("denied bombing markets in Idlib": where it bombed)
        arguments += _child_arguments(token.head, token, token, words)
        arguments += [a for p in children_of(governor) if p.dep_ == "prep" and p.i > token.head.i
                      for a in _prep_arguments(p, token, words)]
    owners = _owner(token, words)
    arguments += owners
    arguments += _occasion_doers(token, owners, words)
    arguments += _responsible(token, words)
    arguments += [a for a in _inherited_subjects(predicate, words) if a.head.i != token.i]
    arguments += _relative_subject(predicate, words)
    arguments += _document_issuer(predicate, words)
    arguments += _shared_objects(predicate)
    arguments += _complement_targets(predicate, words)
    arguments += _nominal_object_targets(token, words)
    arguments += _owned_event_objects(token, owners, words)
    arguments += _purpose_targets(predicate, words)
    arguments += _culprits(token, predicate)
    arguments += _harm_causers(predicate, words)
    arguments += _condition_subjects(predicate, words)
    arguments += _drawn_reaction(token, words)
    joined = misattached_conjunct(predicate)
    if joined is not None and joined[1] is not None:  # "freed A, and Belgium released B": Belgium's act alone
        arguments = [a for a in arguments if a.role != "subject"] + [_subject_read_as_object(predicate, *joined)]
    others = _next_clause_subjects(predicate)  # ... and none of the freeing: Belgium freed no one
    if others:
        arguments = [replace(a, excluded=tuple(o for o in others if o in a.head.subtree)) for a in arguments if a.head not in others]
    return Frame(token, predicate, tuple(dict.fromkeys(arguments)))


def _next_clause_subjects(predicate) -> list:
    """Subjects the parser read in ``predicate``'s object or complement that belong to a clause joined to it
    ("freed A, and Belgium released B"; commitment.misattached_conjunct)."""
    return [joined[1] for c in children_of(predicate) if c.dep_ in ("conj", "ccomp")
            for joined in [misattached_conjunct(c)] if joined is not None and joined[0] == predicate and joined[1] is not None]


def _subject_read_as_object(predicate, verb, subject) -> Argument:
    """The subject of ``predicate`` that the parser read in ``verb``'s object or complement (commitment.misattached_conjunct)."""
    return Argument("subject", subject, f"subject after ', and' in the object of {verb.text}: {subject.text} {predicate.text}")


def _child_arguments(child, holder, token, words) -> list[Argument]:
    """Arguments a dependent of the predicate (or of the nominal trigger) gives directly."""
    dep = child.dep_
    if dep == "nsubj":
        return _subject(child, words, "nsubj")
    if dep == "agent":
        return [Argument("subject", o, "passive by-agent") for o in prep_objects(child)]
    if dep in ("advmod", "npadvmod") and _unlabelled_subject(child, holder):
        return [Argument("subject", child, f"proper noun read as {dep} of a verb with no subject: {child.text} {holder.text}")]
    if dep in ("compound", "amod") and holder.i == token.i and token.pos_ == "NOUN":
        return [Argument("subject", child, f"modifier of event noun: {child.text} {token.text}")]
    if dep == "nsubjpass" and holder.lemma_.lower() in words["experiencer_passives"]:
        return [Argument("subject", child, f"experiencer passive: {child.text} is {holder.text}")]
    if dep == "nsubjpass" and child.lower_ in words["relative_pronouns"] and holder.dep_ == "relcl":
        return []  # the noun the clause hangs on: _relative_subject
    if dep in ("dobj", "nsubjpass", "attr"):
        rule = "passive subject" if dep == "nsubjpass" else dep
        return [Argument("target", child, rule)] + [
            Argument("target", inner, f"partitive head: {child.text} of {inner.text}") for inner in _partitive(child, words)] + \
            _envoy_hosts(child, child, words)
    if dep == "advmod" and child.lower_ in words["return_adverbs"]:  # "summoned its envoy back from Canberra"
        return [a for o in children_of(holder) if o.dep_ == "dobj" for a in _envoy_hosts(o, child, words)]
    if dep == "dative":  # "gave Russia drones"; "sent drones to Russia" parses "to" as the dative
        return [Argument("target", o, "dative") for o in (prep_objects(child) if child.pos_ == "ADP" else [child])]
    if dep == "ccomp" and child.i > holder.i:  # "said that Y ...", never a trailing ", X said"
        return [Argument("reported", s, f"subject of the reported clause: {holder.text} that {s.text}", REPORTED)
                for s in children_of(child) if s.dep_ in ("nsubj", "nsubjpass")]
    if dep == "prep":
        return _prep_arguments(child, holder, words)
    return []


def _envoy_hosts(envoy, holder, words) -> list[Argument]:
    """The state an envoy is posted in or comes from, the other side of what is done with them: "from X" on an envoy
    noun ("recalled its ambassador from Nairobi", "expelled the envoy from Hanoi") or on the adverb after its verb
    ("summoned its envoy back from Canberra"; data/arguments.yaml ``envoy_nouns``, ``return_adverbs``)."""
    if envoy.lower_ not in words["envoy_nouns"] and envoy.lemma_.lower() not in words["envoy_nouns"]:
        return []
    return [Argument("target", o, f"host: {envoy.text} ... from X", ORIGIN)
            for p in children_of(holder) if p.dep_ == "prep" and p.lower_ == "from" for o in prep_objects(p)]


def _unlabelled_subject(child, verb) -> bool:
    """A clause-opening proper noun the parser hung on its verb as an adverb ("Nauru recalled its envoy", with
    "Nauru" an advmod) while the verb has no subject: the subject it stands in for. A name, not a nationality
    word ("Israeli" is NORP)."""
    return child.pos_ == "PROPN" and child.ent_type_ in ("GPE", "ORG", "PERSON") and child.left_edge.i == verb.sent.start and verb.pos_ in ("VERB", "AUX") \
        and child.i < verb.i and not any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in children_of(verb))


def _prep_arguments(prep, holder, words) -> list[Argument]:
    word = prep.lower_
    if word == "at" and holder.lemma_.lower() not in words["aiming_verbs"]:
        return [Argument("place", o, "at X") for o in prep_objects(prep)]  # "welcomed Xi at the Kremlin"
    if word == "on" and any(_where_on(o, words) for o in prep_objects(prep)):
        return [Argument("place", o, "on X: where") for o in prep_objects(prep)]  # "met on Turkish soil": where, not whom
    if word in words["target_preps"]:  # never a time ("on Friday")
        return [Argument("target", o, f"{word} X") for o in prep_objects(prep) if o.ent_type_ not in ("DATE", "TIME")]
    if word in words["place_preps"]:  # never a time either ("in March")
        return [Argument("place", o, f"{word} X") for o in prep_objects(prep) if o.ent_type_ not in ("DATE", "TIME")]
    if word in words["origin_preps"] and holder.lemma_.lower() in words["leaving_verbs"]:
        return [Argument("target", o, f"origin: {holder.text} ... {word} X", ORIGIN) for o in prep_objects(prep)]
    if word == "from" and holder.lemma_.lower() in words["acquiring_verbs"]:  # "bought jets from France": the seller
        return [Argument("target", o, f"seller: {holder.text} ... from X", ORIGIN) for o in prep_objects(prep)]
    if word == "from" and holder.lemma_.lower() in words["requesting_verbs"]:  # "sought help from Brazil": the one asked
        return [Argument("target", o, f"asked: {holder.text} ... from X", ORIGIN) for o in prep_objects(prep)]
    return []


def _where_on(noun, words) -> bool:
    """ "on Turkish soil", "on the sidelines of a G20 meeting": a noun after "on" that says where an act happens
    (arguments.yaml territory_nouns, venue_nouns), not whom it is aimed at."""
    return bool({noun.lower_, noun.lemma_.lower()} & {*words["territory_nouns"], *words["venue_nouns"]})


def _aimed_objects(prep, words) -> list:
    """Objects of a target preposition that name whom an act is aimed at: not a place after "on"."""
    return [o for o in prep_objects(prep) if not (prep.lower_ == "on" and _where_on(o, words))]


def prep_objects(prep) -> list:
    """Objects of a preposition, through "of" ("outside of the city", "out of Niger")."""
    objects = [c for c in children_of(prep) if c.dep_ == "pobj"]
    return objects or [o for p in children_of(prep) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]


def _partitive(noun, words) -> list:
    """The head noun of a quantity or package ("hundreds of attack drones", "a shipment of shells")."""
    if noun.lemma_.lower() not in words["partitive_nouns"] and noun.lower_ not in words["partitive_nouns"]:
        return []
    return [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]


def anaphor(token) -> bool:
    """A pronoun that stands for an antecedent ("it", "their")."""
    return token.pos_ == "PRON" and token.lower_ in argument_words()["anaphors"]


def _subject(subject, words, rule: str, tier: int = DIRECT) -> list[Argument]:
    """A subject; a pronoun ("it will support") stands for the governing clause's subject, and a
    phrase owned by one ("their forces withdrew") falls back to it."""
    if subject.lower_ in words["relative_pronouns"] and subject.head.dep_ == "relcl":
        return []  # the noun the clause hangs on: _relative_subject
    if anaphor(subject):
        # a possessive on a clause's subject ("said their attack on the ship was a response") stands, as that
        # subject's own possessive does, for the subject of the clause that governs the clause
        governor = subject.head.head if subject.dep_ == "poss" and subject.head.dep_ in ("nsubj", "nsubjpass") else subject.head
        inherited = [Argument("subject", a.head, f"pronoun {subject.text} = {a.rule}", tier)
                     for a in _inherited_subjects(governor, words, ("ccomp", "advcl", "xcomp", "conj"))]
        if subject.lower_ in words["first_person_anaphors"]:
            # "'We will retaliate,' the minister said": the pronoun's own link (the speaker's side) first
            return [Argument("subject", subject, f"pronoun {subject.text}", tier)] + [
                replace(a, tier=max(tier + 1, INHERITED)) for a in inherited]
        quotation = quotation_of(subject)
        if quotation is not None:  # "'They violated our airspace,' the minister said": not the minister
            inherited = [a for a in inherited if quotation_of(a.head) == quotation]
        if inherited or subject.dep_ not in ("nsubj", "nsubjpass"):
            return inherited  # a possessive ("her readiness to") leaves it to the noun's owner
        return [Argument("subject", subject, f"pronoun {subject.text}", tier)]  # "He said…": its coreference link names it
    found = [Argument("subject", subject, rule, tier)]
    if any(anaphor(c) for c in children_of(subject) if c.dep_ == "poss"):
        found += [Argument("subject", a.head, f"possessive pronoun = {a.rule}", max(tier, POSSESSIVE_PRONOUN))
                  for a in _inherited_subjects(subject.head, words, ("ccomp", "advcl", "xcomp", "conj"))]
    return found


def _own_subject(subject, verb, words) -> list[Argument]:
    """The subject ``verb`` has of its own, for a clause that takes it over ("Chad, which plans to expel", "which
    cut ties after expelling"): a relative pronoun stands for the noun its clause hangs on (`_relative_subject`)."""
    if subject.lower_ in words["relative_pronouns"] and verb.dep_ == "relcl":
        return [a for a in _relative_subject(verb, words) if a.role == "subject"]
    return _subject(subject, words, "nsubj")


def quotation_of(token) -> tuple[int, int] | None:
    """The quotation (start, end, marks included: discourse.quote_spans) the token is inside, or None."""
    return next((q for q in _quotations(token.doc) if q[0] <= token.idx < q[1]), None)


@per_document
def _quotations(doc) -> list[tuple[int, int]]:
    return quote_spans(doc_text(doc))


def _inherited_subjects(predicate, words, deps=("xcomp", "conj", "advcl", "acomp", "acl")) -> list[Argument]:
    """The subject a predicate takes from the one that governs it: subject control and raising
    ("plans to visit", "is set to visit", "is about to resume"), object control ("urged Ukraine
    to hold talks"), coordination ("attacked and destroyed"; a verb the parser hung inside the complement of
    the verb it is coordinated with is that verb's conjunct, commitment.misattached_conjunct), and a noun's "to VERB" clause
    ("expressed his readiness to increase", "China's refusal to condemn"). An adverbial clause
    with a subject of its own ("after an air strike killed", "when he visits") or in the passive
    ("after being attacked") takes none: whoever does its act is not the main clause's subject."""
    if (doers := _gerund_object_control(predicate, words)) is not None:
        return doers
    if (verb := gerund_read_as_modifier(predicate)) is not None:
        # "The RSF denied attacking civilians", "attacking" parsed as an adjective: control, as "denied to"
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        found = _subject(subjects[0], words, "nsubj") if subjects else _inherited_subjects(verb, words)
        return [Argument("subject", a.head, f"control: {verb.text} {predicate.text}" if a.rule == "nsubj" else a.rule, INHERITED)
                for a in found]
    if (act := outcome_of(predicate)) is not None and act.i != predicate.head.i:
        # "accused Russia of shelling Kharkiv, killing five": the killing is the shelling's, done by its doer
        own = [c for c in children_of(act) if c.dep_ == "nsubj"]
        found = [a for o in own for a in _subject(o, words, "nsubj")] if own else _inherited_subjects(act, words)
        return [Argument("subject", a.head, f"outcome of {act.text}: {a.rule}", INHERITED) for a in found]
    if "acl" in deps and (noun := _of_gerund_noun(predicate, words)) is not None:
        owners = _owner(noun, words)  # "Russia's intention of attacking": the owner, else the noun's verb's subject
        if owners:
            return [Argument("subject", a.head, f"{a.rule} of {predicate.text}", INHERITED) for a in owners]
        verb = predicate_of(noun)
        return [Argument("subject", a.head, f"control: {verb.text} {noun.text} of {predicate.text}", INHERITED)
                for child in children_of(verb) if child.dep_ == "nsubj" and verb.pos_ != "NOUN"
                for a in _subject(child, words, "nsubj")]
    if "acl" in deps and (verb := _adjunct_gerund_verb(predicate, words)) is not None:
        # "responded by expelling", "left without firing": the gerund's doer is the doer of the verb it modifies
        subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
        if subjects:
            return [Argument("subject", a.head, f"control: {verb.text} {predicate.head.lower_} {predicate.text}", INHERITED)
                    for a in _own_subject(subjects[0], verb, words)]
        return [Argument("subject", a.head, f"{a.rule} {predicate.head.lower_} {predicate.text}", INHERITED)
                for a in _inherited_subjects(verb, words)]
    path = []  # the governors passed, for the rule's text
    while (joined := misattached_conjunct(predicate)) is not None or predicate.head.i != predicate.i and (
            predicate.dep_ in deps or "acl" in deps and _infinitival_relative(predicate)):
        if joined is not None and joined[1] is not None:
            return [_subject_read_as_object(predicate, *joined)]
        # "denied that Y had fired and accused", "denied targeting civilians and accused": the denying's conjunct
        complement, predicate = predicate, joined[0] if joined is not None else predicate.head
        path.insert(0, predicate.text)
        kind = "conj" if joined is not None else complement.dep_
        if kind == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in children_of(complement)):
            return []  # "after an air strike killed", "as thousands protested", "when he visits": its own doer
        if kind == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") and not anaphor(c) for c in children_of(complement)):
            return []  # "A shelled B, and C expelled D": C's act alone (a pronoun, "and it expelled", is the first's)
        if complement.dep_ in ("acl", "relcl"):  # a relative only as _infinitival_relative
            if not (predicate.pos_ == "NOUN" and infinitive(complement)):
                return []
            owners = _owner(predicate, words)  # "his readiness to increase": the owner, else the noun's verb's subject
            if owners:
                return [Argument("subject", a.head, f"{a.rule} to {complement.text}", INHERITED) for a in owners]
            predicate = predicate_of(predicate)
            if predicate.pos_ == "NOUN":
                return []
            path.insert(0, predicate.text)
            complement = predicate  # its own subject, below
        if complement.dep_ == "xcomp" and predicate.lemma_.lower() in words["object_control"]:
            objects = [c for c in children_of(predicate) if c.dep_ == "dobj"]
            if objects:
                return [Argument("subject", o, f"object control: {predicate.text} {o.text} to", INHERITED) for o in objects]
        # the parser may read the "to" clause as one of purpose: "condemned X and called on Serbia to cooperate"
        preps = words["prepositional_object_control"].get(predicate.lemma_.lower(), ()) \
            if complement.dep_ == "xcomp" or complement.dep_ == "advcl" and infinitive(complement) else ()
        objects = [(p, o) for p in children_of(predicate) if p.dep_ == "prep" and p.lower_ in preps
                   for o in children_of(p) if o.dep_ == "pobj"]
        if objects:  # "called on Serbia to cooperate": Serbia is to cooperate
            return [Argument("subject", o, f"object control: {predicate.text} {p.text} {o.text} to", INHERITED)
                    for p, o in objects]
        chain = " ".join(path)
        rule = {"conj": f"conj shares subject: {chain}", "xcomp": f"control: {chain} to", "acomp": f"control: {chain} to",
                "acl": f"control: {chain} to", "relcl": f"control: {chain} to"}.get(kind, f"subject of the governing clause: {chain}")
        for child in children_of(predicate):
            if child.dep_ == "nsubj":
                return [Argument("subject", a.head, rule if a.rule == "nsubj" else a.rule, INHERITED)
                        for a in _own_subject(child, predicate, words)]
            if child.dep_ == "nsubjpass":
                return [Argument("subject", child, f"raising: {chain} to", INHERITED)]
    return []


def _gerund_object_control(predicate, words) -> list[Argument] | None:
    """The doer of a gerund after "of" or "for" on a verb with an object ("accused Russia of shelling", "thanked
    Oman for hosting", "arrested two men for spying"): that object; in the passive ("was accused of shelling",
    "companies accused of supplying") the passive subject or the noun the participle hangs on. Else None
    (data/arguments.yaml ``object_gerund_preps``)."""
    prep = _gerund_preposition(predicate)
    if prep is None or prep.lower_ not in words["object_gerund_preps"] or preposition_governor(prep).pos_ != "VERB":
        return None
    verb = preposition_governor(prep)
    doers = [c for c in children_of(verb) if c.dep_ == "dobj"] or [c for c in children_of(verb) if c.dep_ == "nsubjpass"]
    if not doers and verb.dep_ == "acl" and verb.tag_ == "VBN":
        doers = [verb.head]
    if not doers:
        return None
    return [Argument("subject", d, f"object control: {verb.text} {d.text} {prep.text} {predicate.text}", INHERITED)
            for d in doers]


def _adjunct_gerund_verb(predicate, words):
    """The verb of "responded by expelling", "left without firing", "after meeting Xi, Putin said": a gerund after
    a preposition of manner or time on a verb (data/arguments.yaml ``adjunct_gerund_preps``); else None."""
    prep = _gerund_preposition(predicate)
    if prep is None or prep.lower_ not in words["adjunct_gerund_preps"] or preposition_governor(prep).pos_ not in ("VERB", "AUX"):
        return None
    return preposition_governor(prep)


def _of_gerund_noun(predicate, words):
    """The noun of "no intention of attacking", "the threat of using force" (data/arguments.yaml
    ``of_gerund_nouns``): a gerund after "of" on a noun of intent, which reads as the noun's "to" clause; else None."""
    prep = _gerund_preposition(predicate)
    if prep is None or prep.lower_ != "of":
        return None
    noun = preposition_governor(prep)
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in words["of_gerund_nouns"] else None


def _gerund_preposition(predicate):
    """The preposition a gerund is the object of ("by" of "by expelling"; the second "of" of "accused X of
    besieging Y and of killing Z", which the parser may coordinate: commitment.preposition_governor), or None."""
    prep = predicate.head
    return prep if predicate.dep_ == "pcomp" and predicate.tag_ == "VBG" and preposition_governor(prep) is not None else None


def _infinitival_relative(verb) -> bool:
    """ "took steps to restrict imports": a "to" clause that the parser made a relative clause on a noun of a
    step or an intent (data/arguments.yaml ``to_clause_nouns``); with no subject or relative pronoun of its own
    it is the noun's "to" clause, as "plans to build" (acl) is. On other nouns it stays a relative ("a treaty
    to exchange information", "the first airline to fly there"): whoever does its act is not said."""
    words = argument_words()
    return verb.dep_ == "relcl" and verb.head.lemma_.lower() in words["to_clause_nouns"] and infinitive(verb) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") or c.lower_ in words["relative_pronouns"] for c in children_of(verb))


def infinitive(verb) -> bool:
    """Whether a verb has "to" as its auxiliary ("to restrict")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(verb))


def _owner(token, words) -> list[Argument]:
    """Who does a nominal event ("Xi's visit", "the visit of Xi to Moscow"), or the act of a noun's
    "to VERB" clause ("China's refusal to condemn")."""
    if token.pos_ == "VERB":
        head = token
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if not (head.dep_ == "acl" or _infinitival_relative(head)) or head.head.pos_ != "NOUN" or not infinitive(head):
            return []
        token = head.head
    elif token.pos_ != "NOUN":
        return []
    owners = []
    for child in (c for c in children_of(token) if c.dep_ == "poss"):
        owners += [Argument("subject", a.head, f"possessor of event noun: {child.text} {token.text}",
                            OWNER if a.tier <= DIRECT else a.tier)  # "our attack": the speaker only as fallback
                   for a in _subject(child, words, "poss")]
    if not owners:  # "the expulsion of diplomats by Russia", "a proposal by Hamas"; "the visit of Xi" for a few nouns
        agent_preps = ("of", "by") if token.lemma_.lower() in words["of_agent_nouns"] else ("by",)
        # the parser may hang "by X" on the "of" object: "the expulsion of [diplomats by Russia]"
        holders = [token] + [o for p in children_of(token) if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)]
        owners = [Argument("subject", o, f"{prep.lower_}-agent of event noun: {token.text} {prep.lower_} {o.text}", OWNER)
                  for holder in holders for prep in children_of(holder) if prep.dep_ == "prep"
                  and prep.lower_ in (agent_preps if holder is token else ("by",)) for o in prep_objects(prep)]
    return owners


def _occasion_doers(token, owners: list[Argument], words) -> list[Argument]:
    """Who makes a trip that is the occasion of a clause's act, when the trip has no doer of its own ("said during
    a visit to Manila", "spoke on a trip to Gulf states"; not "commented on the visit"): the clause's subject
    (data/arguments.yaml ``occasion_preps``, ``indefinite_occasion_preps``; the nouns of ``of_agent_nouns``)."""
    if owners or token.pos_ != "NOUN" or token.lemma_.lower() not in words["of_agent_nouns"] or token.dep_ != "pobj" \
            or token.head.lower_ not in words["occasion_preps"] or token.head.head.pos_ not in ("VERB", "AUX"):
        return []
    if token.head.lower_ in words["indefinite_occasion_preps"] and not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in children_of(token)):
        return []
    verb = token.head.head
    own = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    found = [a for s in own for a in _own_subject(s, verb, words)] if own else _inherited_subjects(verb, words)
    return [Argument("subject", a.head, f"occasion of {verb.text}: {a.head.text} ... {token.head.text} {token.text}", INHERITED)
            for a in found]


def _responsible(token, words) -> list[Argument]:
    """Who is "responsible for" an act named by a noun, or "claimed responsibility for" it, does it:
    the subject of the clause ("the cartel has been responsible for mass killings"); whom a verb of blaming blames
    for it ("blamed Russian intelligence for a cyberattack", "was blamed for the attack")."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ != "for":
        return []
    word = token.head.head
    if word.lemma_.lower() not in words["responsibility_words"]:
        return []
    if word.pos_ == "VERB":  # "Poland blamed Russian intelligence for a cyberattack", "X was blamed for": the one blamed
        blamed = [c for c in children_of(word) if c.dep_ in ("dobj", "nsubjpass")]
        if blamed:
            return [Argument("subject", b, f"blamed for: {b.text} ... {token.text}") for b in blamed]
    clause = word.head if word.dep_ in ("acomp", "dobj", "attr") else word
    return [a for s in children_of(clause) if s.dep_ == "nsubj" for a in _subject(s, words, f"responsible for: {s.text} ... {token.text}")]


def _harm_causers(predicate, words) -> list[Argument]:
    """Who caused a harm told in the passive with no agent, by the clause of time that tells how ("three
    soldiers were killed when Pakistani troops opened fire", "were wounded as militants shelled the town"):
    that clause's subject (data/arguments.yaml ``outcome_verbs``, ``cause_marks``)."""
    if predicate.lemma_.lower() not in words["outcome_verbs"] or not any(
            c.dep_ in ("auxpass", "nsubjpass") for c in children_of(predicate)) or any(
            c.dep_ == "agent" for c in children_of(predicate)):
        return []
    return [a for clause in children_of(predicate) if clause.dep_ == "advcl" and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in words["cause_marks"] for c in children_of(clause))
            for s in children_of(clause) if s.dep_ == "nsubj" and not _owned_by_pronoun(s)
            for a in _subject(s, words, f"cause of the harm: {s.text} ... {clause.text}", INHERITED)]


def _owned_by_pronoun(phrase) -> bool:
    """ "their truck", "its convoy": a phrase a pronoun owns, in a harm's clause of time mostly the victims' own
    ("were killed when their truck overturned"), so no one who caused it."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in children_of(phrase))


def _relative_subject(predicate, words) -> list[Argument]:
    """ "Putin, who launched a war": the noun a relative clause hangs on is its subject, and when that noun names
    its doer by an agent phrase ("a ruling by the court that ordered X"), that doer next (a possessor may be no
    doer: "Putin's spokesman, who said"); "a journalist who was detained by the police": its target, when the
    relative pronoun is the passive subject."""
    if predicate.dep_ != "relcl":
        return []
    for pronoun in (c for c in children_of(predicate) if c.lower_ in words["relative_pronouns"]):
        if pronoun.dep_ == "nsubj":
            noun = predicate.head
            agents = [] if any(c.dep_ == "poss" for c in children_of(noun)) else _owner(noun, words)
            return [Argument("subject", noun, f"relcl: {pronoun.text}")] + [
                Argument("subject", a.head, f"relcl: {pronoun.text} = {a.rule}", INHERITED) for a in agents]
        if pronoun.dep_ == "nsubjpass":
            return [Argument("target", predicate.head, f"relcl passive: {pronoun.text}")]
    return []


def apposed_judgement(verb):
    """(noun, clause) of a judgement told in a contact clause on a noun apposed to a clause ("X accused Y of Z, a
    charge Y denied", "blamed X for the attack, a claim X rejected"): the noun is what the verb judges (its object)
    and refers to the clause before the comma, whose act it names. The parser hangs the judgement on the noun as a
    relative clause with no object or relative pronoun, the noun on the clause's verb; or it makes the judgement
    the sentence's verb, with the noun as a second subject and the clause before as its complement. Else None."""
    words = argument_words()
    own = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "relcl":
        if not own or any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.lower_ in words["relative_pronouns"] for c in children_of(verb)):
            return None
        noun, clause = verb.head, verb.head.head
        if noun.pos_ == "NOUN" and noun.i < verb.i and clause.pos_ == "VERB" and clause.i < noun.i and _after_comma(noun):
            return noun, clause
        return None
    if len(own) == 2 and own[0].pos_ == "NOUN" and _after_comma(own[0]):
        clause = next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.i < own[0].i), None)
        return (own[0], clause) if clause is not None else None
    return None


def _after_comma(noun) -> bool:
    """Whether a noun's phrase comes straight after a comma (", a charge ...")."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].text == ","


def document_clause(predicate, words=None) -> bool:
    """Whether a clause says what a document an actor issues does: "approved a resolution
    condemning X", "introduced a bill that would sanction Y" (the clause hangs on a document noun
    that is the object of an issuing verb; data/arguments.yaml)."""
    words = words or argument_words()
    noun = predicate.head
    return predicate.dep_ in ("acl", "relcl") and noun.dep_ in ("dobj", "nsubjpass") \
        and noun.lemma_.lower() in words["document_nouns"] and noun.head.lemma_.lower() in words["document_verbs"]


def _document_issuer(predicate, words) -> list[Argument]:
    """The subject of a document's clause is whoever issues the document ("the parliament approved
    a resolution condemning X": the parliament condemns X)."""
    if not document_clause(predicate, words):
        return []
    issuer = predicate.head.head
    return [Argument("subject", a.head, f"issuer of the document: {issuer.text} {predicate.head.text} {predicate.text}", INHERITED)
            for child in children_of(issuer) if child.dep_ in ("nsubj", "agent")
            for a in (_subject(child, words, "nsubj") if child.dep_ == "nsubj" else
                      [Argument("subject", o, "by-agent") for o in prep_objects(child)])]


def _shared_objects(predicate) -> list[Argument]:
    """ "attacked and destroyed the bridge": a verb with no object of its own shares its conjunct's."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children_of(predicate)):
        return []
    conjuncts = [c for c in children_of(predicate) if c.dep_ == "conj" and c.pos_ == "VERB"
                 and not any(s.dep_ in ("nsubj", "nsubjpass") for s in children_of(c))]  # "A attacked and B lost X": no
    return [Argument("target", o, f"conj shares object: {predicate.text} and {verb.text}")
            for verb in conjuncts for o in children_of(verb) if o.dep_ == "dobj"]


def _complement_targets(predicate, words, depth=2) -> list[Argument]:
    """Targets inside the predicate's complement: "threatened further action against X",
    "offered to hand over to X", "threatened to break relations with X", "paused a shipment
    of artillery shells to Ukraine", and inside a passive's subject, its object ("a deal between A and B was
    signed")."""
    found = []
    for child in children_of(predicate):
        objects = [child] if child.dep_ in ("dobj", "nsubjpass") else \
            prep_objects(child) if _prepositional_object(child, predicate, words) else []
        if objects:
            for noun in [n for obj in objects for n in (obj, *_partitive(obj, words))]:
                found += [Argument("target", o, f"inside the object: {noun.text} {p.lower_} X", COMPLEMENT)
                          for p in children_of(noun) if p.dep_ == "prep" and p.lower_ in words["target_preps"] for o in _aimed_objects(p, words)]
        elif child.dep_ == "xcomp" and depth:
            # "agreed to sell jets to India": the recipient ("to" parsed as the dative stands for its object) is
            # what the act is aimed at, not the thing handed over; with none, the object is
            objects = [c for c in children_of(child) if c.dep_ == "dative"] or [c for c in children_of(child) if c.dep_ == "dobj"]
            found += [Argument("target", o, f"object of the complement: {child.text} X", COMPLEMENT)
                      for c in objects for o in (prep_objects(c) if c.dep_ == "dative" and c.pos_ == "ADP" else [c])]
            found += [Argument("target", o, f"complement: {child.text} {p.lower_} X", COMPLEMENT)
                      for p in children_of(child) if p.dep_ == "prep" and p.lower_ in words["target_preps"] for o in _aimed_objects(p, words)]
            found += _complement_targets(child, words, depth - 1)
    return found


def _prepositional_object(child, predicate, words) -> bool:
    """Whether ``child`` is the preposition of a prepositional verb's object ("called for talks": arguments.yaml
    prepositional_objects)."""
    return child.dep_ == "prep" and child.lower_ in words["prepositional_objects"].get(predicate.lemma_.lower(), ())


def _nominal_object_targets(token, words) -> list[Argument]:
    """Targets inside an event noun's "of" object: "a suspension of air links with Serbia"."""
    if token.pos_ != "NOUN":
        return []
    return [Argument("target", o, f"inside the noun's object: {token.text} of {obj.text} {p.lower_} X", COMPLEMENT)
            for of in children_of(token) if of.dep_ == "prep" and of.lower_ == "of" for obj in prep_objects(of)
            for p in children_of(obj) if p.dep_ == "prep" and p.lower_ in words["target_preps"] for o in _aimed_objects(p, words)]


def _owned_event_objects(token, owners: list[Argument], words) -> list[Argument]:
    """The "of" object of an event noun that has a doer of its own (``owners``, `_owner`'s: "Russia's invasion of
    Ukraine", "the blockade of Taiwan by China"): what the act is done to, as a verb's object is. A noun whose "of"
    names its doer ("the visit of Xi") has no such object."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in words["of_agent_nouns"]:
        return []
    if not any(a.head.ent_type_ not in ("DATE", "TIME") for a in owners):
        return []  # no doer, or only a time ("last week's meeting of the union")
    return [Argument("target", o, f"object of an owned event noun: {token.text} of {o.text}", DIRECT)
            for of in children_of(token) if of.dep_ == "prep" and of.lower_ == "of" for o in prep_objects(of)]


def _purpose_targets(predicate, words) -> list[Argument]:
    """A purpose clause's target from the act it serves: "sent personnel to Bosnia to investigate";
    after a verb of means, whom it summons or sends ("summoned the ambassador to complain")."""
    if predicate.dep_ not in ("advcl", "xcomp") or not infinitive(predicate):
        return []
    governor = predicate.head
    if predicate.dep_ == "xcomp":  # "summoned the ambassador to complain" parses as object control
        return [Argument("target", o, f"purpose of: {governor.text} X", PURPOSE) for o in children_of(governor)
                if o.dep_ == "dobj" and governor.lemma_.lower() in words["means_verbs"]]
    found = [Argument("target", o, f"purpose of: {governor.text} {p.lower_} X", PURPOSE)
             for p in children_of(governor) if p.dep_ == "prep" and p.lower_ in words["target_preps"]
             for o in _aimed_objects(p, words) if o.ent_type_ not in ("DATE", "TIME")]  # not "on Monday" in "threatened on Monday to ..."
    if governor.lemma_.lower() in words["means_verbs"]:  # "summoned the ambassador to complain"
        found += [Argument("target", o, f"purpose of: {governor.text} X", PURPOSE) for o in children_of(governor) if o.dep_ == "dobj"]
    return found


def _culprits(token, predicate) -> list[Argument]:
    """Whom an investigation, accusation or rejection may be about: "investigating crimes by Croatian
    extremists", "condemned the killing of protesters by police", and the agent of a past participle on the
    object, its maker ("rejected a deadline set by the bloc", "crimes committed by the militia"); the events
    stage decides which codes read them."""
    objects = [c for holder in dict.fromkeys((predicate, token)) for c in children_of(holder) if c.dep_ in ("dobj", "prep")]
    nouns = [o for c in objects for o in ([c] if c.dep_ == "dobj" else [x for x in children_of(c) if x.dep_ == "pobj"])]
    holders = [h for noun in nouns for h in (noun, *(p for p in children_of(noun) if p.dep_ == "acl" and p.tag_ == "VBN"))]
    return [Argument("culprit", o, f"by X: {holder.text} by {o.text}", CULPRIT)
            for holder in holders for prep in children_of(holder) if prep.dep_ == "agent" or prep.dep_ == "prep" and prep.lower_ == "by"
            for o in children_of(prep) if o.dep_ == "pobj"]


def drawing_verb(token):
    """The eliciting verb that draws a reaction noun as its object ("drawing condemnation", "prompted protests and
    criticism"; data/arguments.yaml ``reaction_nouns``, ``eliciting_verbs``), or None."""
    words = argument_words()
    if token.pos_ != "NOUN" or token.lemma_.lower() not in words["reaction_nouns"]:
        return None
    noun = token
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN":  # "drew condemnation and protests from ..."
        noun = noun.head
    return noun.head if noun.dep_ == "dobj" and noun.head.lemma_.lower() in words["eliciting_verbs"] else None


def _drawn_reaction(token, words) -> list[Argument]:
    """A reaction an eliciting verb draws ("fired a missile, drawing condemnation from Japan and South Korea", "the
    raid prompted protests from Egypt", data/arguments.yaml ``reaction_nouns`` and ``eliciting_verbs``): those it is
    drawn "from" (on the noun or on the verb) react, against whoever did what drew it: the verb's subject, or, for a
    participle with none ("..., drawing condemnation"), the subject it takes from the clause it hangs on."""
    verb = drawing_verb(token)
    if verb is None:
        return []
    reactors = [Argument("subject", o, f"drawn from X: {verb.text} {token.text} from {o.text}")
                for holder in (token, verb) for p in children_of(holder) if p.dep_ == "prep" and p.lower_ == "from"
                for o in prep_objects(p)]
    own = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    drawers = [a for s in own for a in _subject(s, words, "nsubj")] if own else _inherited_subjects(verb, words)
    return reactors + [Argument("target", a.head, f"doer of what drew it: {a.head.text} ... {verb.text} {token.text}")
                       for a in drawers]


def _condition_subjects(predicate, words) -> list[Argument]:
    """Subjects of the condition the predicate (or its complement) sets: "threatened to strike
    unless Israel rescinded", "will retaliate if the United States goes ahead"."""
    for verb in [predicate] + [c for c in children_of(predicate) if c.dep_ == "xcomp"]:
        for clause in (c for c in children_of(verb) if c.dep_ == "advcl"):
            marker = next((m for m in children_of(clause) if m.dep_ == "mark" and m.lower_ in words["condition_markers"]), None)
            if marker is not None:
                return [Argument("condition", s, f"subject of the condition: {marker.text} {s.text}", CONDITION)
                        for s in children_of(clause) if s.dep_ in ("nsubj", "nsubjpass")]
    return []


def event_noun(token) -> bool:
    """A noun that names an act (data/arguments.yaml: "visit", "talks", "refusal", "shipment")."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in argument_words()["event_nouns"]


def sentence_frames(sent, is_trigger=lambda token: token.pos_ == "VERB" or event_noun(token)) -> list[Frame]:
    """Frames of a sentence's triggers (by default its verbs and event nouns), in text order."""
    return [frame(token) for token in sent if is_trigger(token)]
