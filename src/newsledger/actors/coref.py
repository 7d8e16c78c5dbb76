"""Within-document coreference: which actor "he", "the Kremlin boss" or "the ministry" stands for.

A deterministic multi-pass sieve after Lee et al. 2013 ("Deterministic coreference resolution based on
entity-centric, precision-ranked rules", Computational Linguistics 39(4)), the most precise pass first:

1. names: exact and alias matches, surnames and name variants. These are the resolver's rules
   (newsledger.actors.resolver), which have run when this module starts.
2. descriptions: a definite noun phrase of role, seat, nationality and body words ("the Chinese president",
   "the Kremlin boss", "the ministry", "the country") takes the nearest earlier actor whose dated role, type and
   country fit; "the two leaders" and "both sides" take the two actors of that kind named last.
3. pronouns (he, she, it, they, his, her, its, their, him, them): the first antecedent in salience order (the
   pronoun's sentence before it, then up to ``pronoun_window`` sentences back; within a sentence the words
   nearest its root first, so the previous subject before its objects) that agrees in kind (people or bodies),
   number and gender, lies on the same side of a quotation, and is not inside the pronoun's own clause ("Putin
   will win, he said": "he" is not Putin). The subject of a speech verb ("he said") first looks for the last
   speaker, as news writing does.

Each link is a Mention whose ``why`` names the pass, the antecedent and the rule ("coref pronoun: He -> William
Ruto, subject of previous sentence").
A pronoun whose best antecedent is no actor ("a senior official said... He added") or that finds none gets no
mention: it stays unresolved and is never an actor of its own. Word lists: data/coref.yaml. Work is linear in
the text: each pronoun or description looks at a fixed number of sentences.
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsledger.actors.descriptions import first_words, leader_role, longest_phrase, name_follows, organ_state, subject_of_report
from newsledger.actors.normalise import normalise
from newsledger.actors.registry import Registry, given_names, role_valid
from newsledger.actors.resolver import role_on, sentence_index
from newsledger.discourse import quote_spans, speech_verbs
from newsledger.discourse.attribution import find_attributions
from newsledger.loading import read_yaml
from newsledger.nlp import check_time, doc_text
from newsledger.records import Actor, Mention
from newsledger.timex.anchoring import free_participle

DATA = Path(__file__).with_name("data") / "coref.yaml"
MODIFIER_DEPS = {"amod", "compound", "nmod", "npadvmod"}  # "Russian" of "Russian troops" is no antecedent
LEADER_ROLES = {"head_of_state", "head_of_government"}
GOVERNMENT_ROLES = LEADER_ROLES | {"deputy_head_of_government"}  # whose office "the government" may be
OBJECT_DEPS = {"dobj", "dative", "iobj", "pobj"}


@lru_cache(maxsize=1)
def words() -> dict:
    return read_yaml(DATA)


def relation_of(noun) -> bool:
    """Whether the spaCy token ``noun`` names a person by their tie to a possessor ("his editor", "Sikorski's
    lawyer": data/coref.yaml ``relation_nouns``) with no apposition naming them: the possessor is not that person."""
    if noun.lemma_.lower() not in words()["relation_nouns"]:
        return False
    deps = {c.dep_ for c in noun.children}
    return "poss" in deps and "appos" not in deps


@dataclass
class Candidate:
    """Something a pronoun may refer back to: actor mentions (several for "Putin and Xi") or a noun phrase
    that is no actor (``actor_ids`` empty)."""
    token: object  # the phrase's head token
    actor_ids: list[str]
    kind: str  # person, body or thing
    plural: bool
    gender: str | None = None  # of a phrase that is no actor ("spokeswoman"); an actor's is the sieve's
    mention: Mention | None = None  # the one mention it stands for, when it is one


@dataclass
class Sieve:
    doc: object
    mentions: list[Mention]
    actors: dict[str, Actor]
    registry: Registry
    on: str | None
    sentence_of: dict[int, int] = field(default_factory=dict)
    by_sentence: dict[int, list[Candidate]] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # actor id -> male/female, from the text or a pronoun
    marked: dict[str, str] = field(default_factory=dict)  # the same, only where a word marks it ("Ms", "spokeswoman")
    quotes: list[tuple[int, int]] = field(default_factory=list)
    added: list[Mention] = field(default_factory=list)
    replaced: list[Mention] = field(default_factory=list)  # resolver mentions a description takes in
    depths: dict[int, int] = field(default_factory=dict)  # token index -> its depth in the parse (see `depth`)
    spans: dict[tuple[int, int], object] = field(default_factory=dict)  # (start, end) -> Span, see `span_of`

    def __post_init__(self):
        self.sentence_of = sentence_index(self.doc)
        self.quotes = quote_spans(doc_text(self.doc))
        self.quote_starts = [start for start, _ in self.quotes]
        self.mention_starts = [m.start for m in self.mentions]  # the resolver's mentions are sorted
        self.covered = {i for m in self.mentions for i in self.token_range(m.start, m.end)}

    def span_of(self, start: int, end: int):
        """The tokens over characters [start, end) (``char_span`` expanded to whole tokens, or None), made once:
        each pass reads every mention's tokens again."""
        if (start, end) not in self.spans:
            self.spans[(start, end)] = self.doc.char_span(start, end, alignment_mode="expand")
        return self.spans[(start, end)]

    def token_range(self, start: int, end: int) -> range:
        span = self.span_of(start, end)
        return range(span.start, span.end) if span is not None else range(0)

    @property
    def head_offsets(self) -> list[int]:
        """Each token's head as an offset from it (0 at a root), read once from the Doc's arrays."""
        if not hasattr(self, "_head_offsets"):
            from spacy.attrs import HEAD

            self._head_offsets = self.doc.to_array(HEAD).view(np.int64).tolist()  # stored unsigned: read signed
        return self._head_offsets

    def quote_of(self, char: int) -> tuple[int, int] | None:
        k = bisect_right(self.quote_starts, char) - 1
        return self.quotes[k] if k >= 0 and char < self.quotes[k][1] else None

    def link(self, tokens, actor_id: str, why: str) -> Mention:
        """A mention of ``actor_id`` over tokens [first, last] (a pronoun or a description)."""
        first, last = tokens[0], tokens[-1]
        actor = self.actors.get(actor_id) or self.registry.actors[actor_id]
        self.actors[actor_id] = actor
        mention = Mention(first.idx, last.idx + len(last), doc_text(self.doc)[first.idx:last.idx + len(last)],
                          actor_id, self.sentence_of.get(first.i, 0), why, role_on(actor, self.on))
        self.added.append(mention)
        self.covered.update(range(first.i, last.i + 1))
        return mention


def resolve_references(doc, mentions: list[Mention], actors: dict[str, Actor], registry: Registry,
                       published: datetime.date | None = None) -> list[Mention]:
    """The resolver's mentions plus one per description or pronoun linked to an actor (two for "the two
    leaders" or "they" after "Putin and Xi"), sorted by offset; ``actors`` gains the actors linked.

    ``doc`` is the spaCy Doc the mentions index (character offsets into its text); ``published`` dates
    the roles that descriptions are checked against. Raises ``nlp.TimedOut`` past the Doc's deadline."""
    sieve = Sieve(doc, mentions, actors, registry, published.isoformat() if published else None)
    learn_genders(sieve)
    index_candidates(sieve)
    find_descriptions(sieve)
    find_counterparts(sieve)
    find_pronouns(sieve)
    find_first_person(sieve)
    kept = [m for m in mentions if not any(m is r for r in sieve.replaced)]
    return sorted(kept + sieve.added, key=lambda m: (m.start, m.end))


# --- what can be referred back to -------------------------------------------------------------------------

def kind_of(actor: Actor) -> str:
    return "person" if actor.actor_type in words()["kinds"]["person"] else "body"


def head_of(sieve: Sieve, mention: Mention):
    span = sieve.span_of(mention.start, mention.end)
    return span.root if span is not None else None


def is_modifier(token, span_tokens: range) -> bool:
    """The mention modifies a noun outside it ("Russian troops", "Russia-China relations")."""
    return token.dep_ in MODIFIER_DEPS and token.head.i not in span_tokens


def learn_genders(sieve: Sieve) -> None:
    """A person's gender where the text marks it: "Mr", "Ms" before the name, "spokeswoman" in the mention; else
    where the person's given name all but says it (``gender_of_name``)."""
    gendered, doc = words()["gendered_words"], sieve.doc
    for mention in sieve.mentions:
        actor = sieve.actors.get(mention.actor_id)
        tokens = sieve.token_range(mention.start, mention.end)
        if actor is None or kind_of(actor) != "person" or not tokens:
            continue
        around = [doc[i] for i in tokens] + ([doc[tokens.start - 1]] if tokens.start > 0 else [])
        for token in around:
            gender = gendered.get(token.lower_.rstrip("."))
            if gender:
                sieve.marked.setdefault(mention.actor_id, gender)
                sieve.gender.setdefault(mention.actor_id, gender)
    for mention in sieve.mentions:  # after the marks: the text's own word wins
        actor = sieve.actors.get(mention.actor_id)
        gender = gender_of_name(actor, sieve.registry) if actor is not None and kind_of(actor) == "person" else None
        if gender:
            sieve.gender.setdefault(mention.actor_id, gender)


def gender_of_name(actor: Actor, registry: Registry) -> str | None:
    """The gender the first word of a person's name gives ("Ursula von der Leyen": female); None where that word is
    no given name the data is sure of, or where names put the family name first (``surname_first`` countries)."""
    if actor.country in registry.lexicon.get("surname_first", ()) or not actor.name.split():
        return None
    return given_names().get(actor.name.split()[0].lower())


def index_candidates(sieve: Sieve) -> None:
    """Per sentence: every actor mention that heads a phrase, coordinated mentions as one plural candidate,
    and every other noun phrase (so that "the deal ... it" finds the deal, which is no actor)."""
    doc, heads = sieve.doc, {}
    for mention in sieve.mentions:
        token = head_of(sieve, mention)
        actor = sieve.actors.get(mention.actor_id)
        if token is None or actor is None or is_modifier(token, sieve.token_range(mention.start, mention.end)):
            continue
        if token.dep_ == "appos" and actor.actor_type == "person":
            token = title_before(token)  # "Kenya's president, William Ruto, met ...": the name stands where its title does
        heads.setdefault(token.i, []).append(mention.actor_id)
        # a named person is one, whatever the tagger says of a surname ending in s ("Guterres" NNPS)
        plural = token.tag_ in ("NNS", "NNPS") and not (actor.actor_type == "person" and token.tag_ == "NNPS")
        # "a senior official" that the resolver gave his government: "he" may still refer back to him
        kind = "person" if token.lower_ in words()["person_nouns"] else kind_of(actor)
        add_candidate(sieve, Candidate(token, [mention.actor_id], kind, plural, mention=mention))
    for i, actor_ids in heads.items():  # "Putin and Xi": one plural candidate at the first conjunct
        conjuncts = [c for c in doc[i].conjuncts if c.i > i and c.i in heads]
        if conjuncts and doc[i].dep_ != "conj":
            ids = list(dict.fromkeys(actor_ids + [a for c in conjuncts for a in heads[c.i]]))
            kinds = {kind_of(sieve.actors[a]) for a in ids}
            add_candidate(sieve, Candidate(doc[i], ids, kinds.pop() if len(kinds) == 1 else "body", True))
    person_nouns, gendered = set(words()["person_nouns"]), words()["gendered_words"]
    for root in noun_chunk_roots(doc):
        if root.i in sieve.covered or root.i in heads or root.pos_ == "PRON":
            continue
        person = root.lower_ in person_nouns or root.ent_type_ == "PERSON"
        add_candidate(sieve, Candidate(root, [], "person" if person else "thing", root.tag_ in ("NNS", "NNPS"),
                                       gendered.get(root.lower_)))


def named_in_apposition(title) -> bool:
    """Whether a name in apposition says who the description is ("the leader of the opposition, Juan Guaido"):
    the inverse of ``title_before``, so that no earlier actor is sought for it."""
    return any(name.dep_ == "appos" and name.pos_ == "PROPN" and title_before(name).i == title.i
               for name in title.subtree)


def title_before(name):
    """The title noun a person's name is in apposition to ("Kenya's [president], William Ruto", "the [president]
    of Moldova, Maia Sandu", where the parser hangs the name on "Moldova"), else the name itself."""
    head = name.head
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        head = head.head.head
    return head if head.pos_ == "NOUN" else name


class _NounsOf:
    """A Doc as spaCy's noun-chunk iterator reads it, giving only its nouns, proper nouns and pronouns: the
    iterator passes over every other word, so no Token need be made for them (doc.noun_chunks makes one for
    every word: the chunks of 1,000 Reuters stories took 0.17 s of one core that way, 0.09 s this way)."""

    def __init__(self, doc):
        from spacy.attrs import POS
        from spacy.parts_of_speech import NOUN, PRON, PROPN

        self.doc = doc
        self.positions = [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in (NOUN, PROPN, PRON)]

    def __iter__(self):
        return (self.doc[i] for i in self.positions)


def noun_chunk_roots(doc) -> list:
    """The root token of each of ``doc.noun_chunks``, in order, from the same iterator (the language's
    ``noun_chunks_iterator``, spaCy's rules) run over the nouns alone (``_NounsOf``)."""
    from spacy.tokens import Span

    return [Span(doc, start, end).root for start, end, _ in doc.noun_chunks_iterator(_NounsOf(doc))]  # not doc[start:end], slower


def add_candidate(sieve: Sieve, candidate: Candidate) -> None:
    """Add an antecedent candidate; one linked to an actor replaces the plain noun phrase on its head ("the bloc"
    once linked to the African Union is that, not a phrase naming no actor that a later "it" would stop at)."""
    found = sieve.by_sentence.setdefault(sieve.sentence_of.get(candidate.token.i, 0), [])
    if candidate.actor_ids:
        found[:] = [c for c in found if c.actor_ids or c.token.i != candidate.token.i]
    found.append(candidate)


def depth(sieve: Sieve, token) -> int:
    """How many heads lie above the token (0 at the root), counted once per token of the sieve's doc on the
    head offsets, as ``token.ancestors`` walks them (never more steps than tokens) but making no Token."""
    if token.i not in sieve.depths:
        heads, i, steps = sieve.head_offsets, token.i, 0
        while heads[i] and steps < len(heads):
            i += heads[i]
            steps += 1
        sieve.depths[token.i] = steps
    return sieve.depths[token.i]


def salience_order(sieve: Sieve, anaphor, window: int):
    """(candidate, sentences back) in the order a reader tries them: the anaphor's sentence (words before it),
    then each earlier sentence; within one, the candidates nearest the root first, then left to right."""
    here = sieve.sentence_of.get(anaphor.i, 0)
    for back in range(window + 1):
        found = [c for c in sieve.by_sentence.get(here - back, ()) if c.token.i < anaphor.i]
        for candidate in sorted(found, key=lambda c: (depth(sieve, c.token), c.token.i)):
            yield candidate, back


# --- pass 2: descriptions ---------------------------------------------------------------------------------

def description_at(sieve: Sieve, token):
    """(tokens, roles, body types, country, seat mention, sector) of "the [Russian|Kremlin] <role or body word>"
    headed by token, or None; the sector is the CAMEO sector of a state's body ("MIL" for "the defence ministry",
    ``lexicon.yaml`` bodies), else "GOV". Other modifiers ("the former president", "the finance ministry") make no description
    of this pass."""
    data, registry = words(), sieve.registry
    if not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and (token.is_lower or token.lower_ in data["body_words"])) \
            or token.dep_ == "compound" or token.i in sieve.covered:
        return None  # before the walk over its children: most words are no such noun ("the Commission" may be)
    determiners = [c for c in token.children if c.dep_ == "det" and c.lower_ == "the"]
    if not determiners:
        return None
    first = determiners[0]
    tokens = sieve.doc[first.i:token.i + 1]
    seat = seat_mention(sieve, tokens)
    if any(t.i in sieve.covered and not (seat and seat.start <= t.idx < seat.end) or t.is_punct or t.is_space
           for t in tokens):
        return None
    country, title_words = None, []
    for modifier in tokens[1:-1]:
        if seat and seat.start <= modifier.idx < seat.end:
            country = country or sieve.actors[seat.actor_id].country
            continue
        key = normalise(modifier.text)
        iso = registry.adjectives.get(key) if modifier.text[:1].isupper() else None
        seat_id = registry.metonyms.get(key) if modifier.text[:1].isupper() else None
        if (iso or seat_id) and not title_words and country is None:
            country = iso or (registry.actors[seat_id].country if seat_id in registry.actors else None)
        else:
            title_words.append(modifier.text)
    if any(t.text[:1].isupper() for t in tokens[1:-1] if t.text in title_words):
        return None  # a name: "the Foreign Ministry" is the resolver's
    key = normalise(" ".join(title_words + [token.text]))
    roles = registry.lexicon["titles"].get(key) or (data["role_words"].get(key) if not title_words else None)
    bodies = data["body_words"].get(key) if not title_words else None
    # "the interior ministry": a government or military body that only the resolver's unqualified bodies name (not
    # "the opposition", "the central bank": no government's)
    sector = registry.lexicon["bodies"].get(key) or \
        next((s for s in [registry.lexicon["unqualified_bodies"].get(key)] if s in ("GOV", "MIL")), None)
    if roles is None and bodies is None and sector:
        bodies = ["government"]  # "the foreign ministry"
    if not roles and not bodies:
        return None
    wanted = set()
    for role in roles or ():
        wanted |= LEADER_ROLES if role == "leader" else {role}
    return tokens, wanted, set(bodies or ()), country, seat, sector or "GOV"


def seat_mention(sieve: Sieve, tokens) -> Mention | None:
    """The resolver's mention of a seat of power inside a description ("The Kremlin" of "the Kremlin boss"):
    there the seat only says whose leader is meant."""
    k = bisect_left(sieve.mention_starts, tokens.start_char)
    while k < len(sieve.mentions) and sieve.mentions[k].start < tokens.end_char:
        mention = sieve.mentions[k]
        if mention.end < tokens.end_char and normalise(mention.text) in sieve.registry.metonyms:
            return mention
        k += 1
    return None


def fits_role(sieve: Sieve, mention: Mention, roles: set[str], country: str | None) -> bool:
    actor = sieve.actors.get(mention.actor_id)
    if actor is None or kind_of(actor) != "person":
        return False
    held = [(r["role"], r["country"]) for r in actor.roles if role_valid(r, sieve.on)]
    if mention.role:
        held.append(tuple(mention.role.split(":", 1)))
    # the title the text gives right before the name ("Digital Affairs Minister Krzysztof Gawkowski ... the minister"),
    # where the registry knows no role of the person's on the date
    held += [(role, actor.country) for role in sieve.registry.lexicon["titles"].get(title_before_name(sieve, mention), ())]
    return any(role in roles and (country is None or where == country) for role, where in held)


def title_before_name(sieve: Sieve, mention: Mention) -> str:
    """The normalised word right before a mention's name ("minister" of "Digital Affairs Minister X"), or ""."""
    first = sieve.token_range(mention.start, mention.end)
    return normalise(sieve.doc[first.start - 1].text) if first and first.start > 0 else ""


def fits_body(sieve: Sieve, mention: Mention, types: set[str], country: str | None) -> bool:
    actor = sieve.actors.get(mention.actor_id)
    return actor is not None and actor.actor_type in types and (country is None or actor.country == country)


def find_descriptions(sieve: Sieve) -> None:
    """Pass 2: each description takes the first fitting actor in salience order (see ``salience_order``)."""
    window, plural_words = words()["description_window"], words()["plural_words"]
    for i in description_heads(sieve.doc, plural_words):
        check_time(sieve.doc)
        token = sieve.doc[i]
        if token.lower_ in plural_words:
            plural_description(sieve, token, window)
            continue
        found = description_at(sieve, token)
        if found is None or named_in_apposition(token):
            continue
        tokens, roles, bodies, country, seat, sector = found
        if bodies == {"state"} and country is None and sieve.quote_of(token.idx) is not None:
            continue  # "the country" in a quote is the speaker's, whom this pass does not know yet
        candidates = [(c.mention, back == 0 and subject_of_report(c.token, tokens.root))
                      for c, back in salience_order(sieve, tokens[0], window) if c.mention is not None]
        fitting = [(m, m.actor_id) for m, _ in candidates if roles and fits_role(sieve, m, roles, country)] or \
            [(m, actor_id) for m, subject in candidates
             if bodies and (actor_id := body_actor(sieve, m, bodies, country, sector, subject))]
        # "the Foreign Ministry" ... "the ministry": a body whose own words hold the description's word first; a
        # capitalised one ("the Commission") names only such a body
        named = [f for f in fitting if token.lower_ in f[0].text.lower()]
        found = next(iter(named), None if token.pos_ == "PROPN" and not token.is_lower else next(iter(fitting), None))
        if found is not None:
            if seat is not None:
                sieve.replaced.append(seat)
            antecedent, actor_id = found
            if tokens.end < len(sieve.doc) and sieve.doc[tokens.end].text in ("'s", "’s") and link_office(
                    sieve, tokens.start, tokens.end + 1, actor_id, f"coref description: {tokens.text} -> {antecedent.text}"):
                continue
            mention = sieve.link(tokens, actor_id, f"coref description: {tokens.text} -> {antecedent.text}")
            add_candidate(sieve, Candidate(tokens.root, [actor_id], kind_of(sieve.actors[actor_id]), False,
                                           mention=mention))


def find_counterparts(sieve: Sieve) -> None:
    """ "Ruto met his Ugandan counterpart", "Lavrov's Chinese counterpart": the one person who holds, on the
    article's date, the possessor's role in the country the modifier names; the possessor is the noun before
    "'s", or for "his"/"her"/"their" the subject of the clause the phrase sits in (news writing's usual
    antecedent). Where the registry gives that office to two people on the date, the one with the possessor's
    title is taken. A possessor with no dated role, or a role with no single holder there, links nothing (a
    description, not a name, is no guess to make)."""
    doc, registry = sieve.doc, sieve.registry
    text = doc_text(doc).lower()
    if not any(word in text for word in words()["counterpart_words"]):  # most texts have none: no Token made per word
        return
    for token in doc:
        if token.lower_ not in words()["counterpart_words"] or token.i in sieve.covered:
            continue
        modifiers = [c for c in token.children if c.dep_ in ("amod", "compound") and c.i < token.i]
        iso = next((found for m in modifiers if (found := registry.adjectives.get(normalise(m.text)))), None)
        possessor = next((c for c in token.children if c.dep_ == "poss"), None)
        if iso is None or possessor is None:
            continue
        if possessor.pos_ == "PRON":
            possessor = clause_subject(token)
        actor = person_at(sieve, possessor) if possessor is not None else None
        role = role_on(actor, sieve.on) if actor is not None else None
        if role is None:
            continue
        office, home = role.split(":")
        if home == iso:
            continue
        holders = [h for h in registry.holders(office, iso, sieve.on) if h != actor.actor_id]
        if len(holders) > 1:  # the same title breaks a tie (a head of state listed with a prime minister's title)
            titled = {title_of(actor, office, sieve.on)}
            holders = [h for h in holders if title_of(registry.actors[h], office, sieve.on) in titled]
        if len(holders) == 1:
            first = min([possessor.right_edge.i + 1 if possessor.head.i == token.i else token.i, *(m.i for m in modifiers)])
            phrase = doc[first:token.i + 1]
            sieve.link(phrase, holders[0], f"coref counterpart: {phrase.text} -> {office} of {iso}, as {actor.name} of {home}")


def title_of(actor: Actor, office: str, on: str | None) -> str | None:
    """The title (lower case) under which ``actor`` holds ``office`` on the date ("president"), or None."""
    return next((r.get("title", "").lower() for r in actor.roles if r["role"] == office and role_valid(r, on)), None)


def clause_subject(token):
    """The subject of the nearest clause above ``token`` ("Ruto met his counterpart": Ruto), or None."""
    node = token
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if node.pos_ in ("VERB", "AUX") and subject is not None:
            return subject
    return None


def person_at(sieve: Sieve, token) -> Actor | None:
    """The person a mention over ``token`` or its apposition names ("President William Ruto", parsed with
    "President" as the head), or None."""
    positions = {token.i} | {c.i for c in token.children if c.dep_ == "appos"}
    for mention in (*sieve.mentions, *sieve.added):
        if positions.intersection(sieve.token_range(mention.start, mention.end)):
            actor = sieve.actors.get(mention.actor_id)
            return actor if actor is not None and actor.actor_type == "person" else None
    return None


def body_actor(sieve: Sieve, mention: Mention, bodies: set[str], country: str | None, sector: str = "GOV",
               subject_here: bool = False) -> str | None:
    """The actor a body description ("the government", "the ministry") takes from an earlier mention: the mention's
    own when it fits, else, for a government body, the government of a state that is the subject of what the body
    reports (``subject_here``, `subject_of_report`: "Chile expelled ..., the foreign ministry said": CHLGOV; "the defence ministry":
    its military sector, ``sector``; a state named elsewhere is often the other party) or the government a person named leads or serves in on the date
    (``GOVERNMENT_ROLES`` or a Phoenix GOV code: "Peruvian President X resigned ... the government said": PERGOV,
    not a neighbour named in passing); None otherwise."""
    if fits_body(sieve, mention, bodies, country):
        return mention.actor_id
    actor = sieve.actors[mention.actor_id]
    if "state" in bodies and actor.actor_type != "state" and actor.country and actor.actor_id[:3] == actor.country \
            and country in (None, actor.country) and actor.country in sieve.registry.actors:
        # "Fiji's parliament ..., and the country ...": a state's own body (a CAMEO sector code, FJILEG) stands for it
        return actor.country
    state = actor.actor_id if actor.actor_type == "state" else organ_state(sieve.registry, actor)
    if subject_here and state and "government" in bodies and country in (None, state):
        # "Chile expelled a Venezuelan diplomat, the foreign ministry said": a state named stands for its government;
        # so does one of its organs ("Chilean police detained ..., the interior ministry said": CHLGOV)
        code = state + sector
        return code if code in sieve.actors or code in sieve.registry.actors else None
    role = role_on(actor, sieve.on) if "government" in bodies and actor.actor_type == "person" else None
    name = role.split(":")[0] if role else ""
    # "Turkish Foreign Minister Hakan Fidan will travel ..., the ministry said": a minister's ministry
    ministry = "ministry" in bodies and name.endswith("minister")  # a defence minister's ministry is its sector's
    if role is None or not (name in GOVERNMENT_ROLES or name.endswith("GOV") or ministry):
        return None  # a central bank governor's office is no government
    office = office_of(sieve, role)
    return office if office and (office.endswith("GOV") or ministry) and country in (None, office[:3]) else None


def description_heads(doc, plural_words) -> list[int]:
    """Indexes, ascending, of the tokens pass 2 may start at: a plural word ("the two leaders") or a noun that is
    no compound and has "the" as a determiner (``description_at``'s first tests). Read from the Doc's arrays, so
    that no Token object is made for the other words."""
    from spacy.attrs import DEP, HEAD, LOWER, ORTH, POS
    from spacy.parts_of_speech import NOUN, PROPN

    strings = doc.vocab.strings
    plural, compound = {strings[w] for w in plural_words}, strings["compound"]  # string -> hash
    bodies = {strings[w] for w in words()["body_words"]}
    the, det = strings["the"], strings["det"]
    lowers, tags, deps, heads, orths = doc.to_array([LOWER, POS, DEP, HEAD, ORTH]).T.tolist()  # by column: a list per token costs more
    # a lower-case word the tagger took for a proper noun ("the prime minister said") is a noun, and so is a body
    # word written with a capital ("the Commission said")
    tags = [NOUN if pos == PROPN and (orth == lower or lower in bodies) else pos for pos, orth, lower in zip(tags, orths, lowers)]
    # HEAD is the offset to the token's head (0 at a root), an unsigned 64-bit number here: wrap negative ones
    with_the = {i + (head if head < 1 << 63 else head - (1 << 64))
                for i, (lower, dep, head) in enumerate(zip(lowers, deps, heads)) if lower == the and dep == det and head}
    return [i for i, (lower, pos, dep) in enumerate(zip(lowers, tags, deps))
            if lower in plural or (pos == NOUN and dep != compound and i in with_the)]


def plural_description(sieve: Sieve, token, window: int) -> None:
    """"the two leaders", "both sides": the nearest two actors of the kind named as a pair ("Belgrade and
    Pristina", "talks between X and Y"), else the two named last; a person's affiliation ("a professor at the
    University of Graz") is neither, though the pair the group noun itself names is ("the leaders of X and Y").
    A noun with several kinds (``coref.yaml``: leaders are people, else the states they lead) tries them in turn."""
    openers = [c for c in token.children if c.lower_ in words()["plural_openers"]]
    if not openers or token.i in sieve.covered or token.dep_ == "compound":
        return
    count = words()["plural_openers"][openers[0].lower_]
    first = min([token.i] + [c.i for c in token.children if c.dep_ in ("det", "predet", "nummod")])
    tokens = sieve.doc[first:token.i + 1]
    for kind in words()["plural_words"][token.lower_]:
        found = pair_before(sieve, token, first, window, kind, count)
        if len(found) == count:
            break
    if len(found) == count:
        found.reverse()  # in text order
        for mention in found:
            sieve.link(tokens, mention.actor_id, f"coref description: {tokens.text} -> "
                                                  f"{', '.join(m.text for m in found[:-1])} and {found[-1].text}")
        kind = {kind_of(sieve.actors[m.actor_id]) for m in found}
        add_candidate(sieve, Candidate(token, [m.actor_id for m in found], kind.pop() if len(kind) == 1 else "body",
                                       True))


def pair_before(sieve: Sieve, token, first: int, window: int, kind: str, count: int = 2) -> list[Mention]:
    """The nearest two actors of ``kind`` (person, state or any) before token ``first`` that are named as a pair,
    else the two of different countries named last, nearest first; fewer when fewer are named within ``window`` sentences. The subject
    of a verb the description depends on is never one of the pair ("X appealed to both sides": X is no side).
    For a ``count`` over two ("the three countries"), the nearest list of that many named as one coordination
    ("Mali, Burkina Faso and Niger"), else none: the last three named need not be the ones meant."""
    kinds, plural_words = words()["kinds"], words()["plural_words"]
    governing = set()
    for ancestor in token.ancestors:  # up to the head of the description's own clause: "X met Y, when the two
        governing.add(ancestor.i)     # leaders signed": X governs no relative, adverbial or coordinated clause
        if ancestor.pos_ in ("VERB", "AUX") and (ancestor.dep_ in ("relcl", "advcl") or ancestor.dep_ == "conj" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in ancestor.children)):
            break  # a conjunct without a subject of its own shares its first conjunct's ("said he was saddened and appealed")
    # a news agency that reports the sides is none of them ("..., Reuters reported. ... urged both sides")
    types = {"person": set(kinds["person"]), "state": {"state", "government"}}.get(
        kind, set(kinds["person"] + kinds["body"]) - {"media"})
    here, named = sieve.sentence_of.get(first, 0), []
    for back in range(window + 1):  # nearest first
        for candidate in sorted(sieve.by_sentence.get(here - back, ()), key=lambda c: -c.token.i):
            mention = candidate.mention
            if mention is None or candidate.token.i >= first or sieve.actors[mention.actor_id].actor_type not in types:
                continue
            phrase = candidate.token  # "The EU envoy said talks between the two sides ...": the envoy's EU is no side
            while phrase.dep_ in ("compound", "poss", "amod", "nmod", "det") and phrase.head.i != phrase.i:
                phrase = phrase.head
            if phrase.dep_ in ("nsubj", "nsubjpass") and phrase.head.i in governing:
                continue
            preposition = candidate.token.head
            if (candidate.token.dep_ == "pobj" and preposition.lower_ in words()["affiliation_prepositions"]
                    and preposition.head.lower_ not in plural_words):
                continue
            if all(m.actor_id != mention.actor_id for _, m in named):
                named.append((candidate.token, mention))
    if count > 2:
        return next(([m for _, m in run] for run in (named[k:k + count] for k in range(len(named) - count + 1))
                     if _one_coordination([t for t, _ in run])), [])
    pairs = [(u, m, n) for (t, m), (u, n) in zip(named, named[1:]) if t.dep_ == "conj" and t.head.i == u.i]
    # a pair that reports another pair's act is not the one a later "both countries" takes up ("A and B signed a
    # deal, C and D said. Both countries ...": A and B), but it is where no other pair was named
    pairs.sort(key=lambda pair: _reports_a_clause(pair[0]))
    if pairs:
        return list(pairs[0][1:])
    last = []  # the two named last that are of two countries: a minister and his own government are no two sides
    for _, mention in named:
        if all(side_of(sieve, mention) != side_of(sieve, other) for other in last):
            last.append(mention)
    return last[:2]


def _one_coordination(tokens) -> bool:
    """Whether the tokens are all the conjuncts of one coordination ("Mali, Burkina Faso and Niger"); a body's
    noun stands for its "of" object, which the body's name takes in ("the governments of Mali, Burkina Faso and
    Niger")."""
    tokens = [next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                    if o.dep_ == "pobj"), t) if not t.conjuncts else t for t in tokens]
    first = min(tokens, key=lambda t: t.i)
    return {t.i for t in tokens} == {first.i, *(c.i for c in first.conjuncts)}


def _reports_a_clause(subject) -> bool:
    """Whether ``subject`` is the subject of a verb that reports a clause ("C and D said A and B signed", "A and B
    signed, C and D said")."""
    verb = subject.head
    return subject.dep_ == "nsubj" and (verb.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in verb.children))


def side_of(sieve: Sieve, mention: Mention) -> str:
    """The country an actor is of (its own id when it has none), for telling two sides apart."""
    actor = sieve.actors[mention.actor_id]
    return actor.country or (actor.code or "")[:3] or mention.actor_id


# --- pass 3: pronouns -------------------------------------------------------------------------------------

def pleonastic(token) -> bool:
    """"It is expected that", "it seems", "it remains to be seen": an "it" that stands for nothing."""
    if token.dep_ == "expl":
        return True
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head, data = token.head, words()
    clause = any(c.dep_ in ("ccomp", "xcomp", "csubj") for c in head.children) or any(
        c.dep_ in ("ccomp", "xcomp") for a in head.children if a.dep_ in ("acomp", "attr") for c in a.children)
    passive = token.dep_ == "nsubjpass" or any(c.dep_ == "auxpass" for c in head.children)
    lemma = head.lemma_.lower()
    return clause and (lemma in data["raising_verbs"] or lemma == "be") or \
        passive and lemma in data["passive_report_verbs"]


def agrees(sieve: Sieve, pronoun: dict, candidate: Candidate) -> bool:
    if (pronoun["number"] == "plural") != candidate.plural:
        return False
    if pronoun["kind"] == "person" and candidate.kind != "person":
        return False
    if pronoun["kind"] == "body" and candidate.kind == "person":
        return False
    gender = pronoun.get("gender")
    known = sieve.gender.get(candidate.actor_ids[0]) if len(candidate.actor_ids) == 1 else candidate.gender
    return not (gender and known and gender != known)


def bound(pronoun, candidate: Candidate) -> bool:
    """The candidate sits inside the pronoun's own clause ("Putin will win, he said"; "Xi praised him"), where
    a pronoun cannot take it; a possessive can ("Ruto met his counterpart")."""
    if pronoun.dep_ == "poss":
        return False
    head = pronoun.head
    if candidate.token.i == head.i or head.is_ancestor(candidate.token):
        return True
    # An object's clause also holds the subject its verb shares by coordination or control ("Putin called Xi
    # and told him": not Putin; "Egypt condemned the strike, calling it a violation": not Egypt).
    verb = head.head if head.dep_ == "prep" else head
    while pronoun.dep_ in OBJECT_DEPS and (verb.dep_ in ("conj", "xcomp") or free_participle(verb)) and verb.head.i != verb.i:
        verb = verb.head
        if candidate.token.head.i == verb.i and candidate.token.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def is_speech_subject(token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in speech_verbs()


def find_pronouns(sieve: Sieve) -> None:
    data = words()
    for i in pronoun_positions(sieve.doc, data["pronouns"]):
        token = sieve.doc[i]
        pronoun = data["pronouns"][token.lower_]
        if token.i in sieve.covered:
            continue
        check_time(sieve.doc)
        if token.lower_ == "it" and pleonastic(token):
            continue
        candidate, why = antecedent_of(sieve, token, pronoun, data["pronoun_window"])
        ids = candidate.actor_ids if candidate is not None else []  # unresolved pronouns stay in the chain
        named = (candidate.mention.text if candidate.mention else candidate.token.text) if candidate else ""
        person = sieve.actors[ids[0]] if len(ids) == 1 and speaks_for(token) else None
        office = office_of(sieve, role_on(person, sieve.on)) if person and person.actor_type == "person" else None
        if office is not None and (stored(token) or names_source(token.head)):
            # "his office said", "a statement from his office": the body the person heads, not the person
            sieve.link([token, token.head], office, f"coref pronoun: {token.text} {token.head.text} -> {named}'s "
                                                     f"office, {why}")
            continue
        if token.dep_ == "poss" and len(ids) == 1 and link_office(
                sieve, token.i, token.i + 1, ids[0], f"coref pronoun: {token.text} -> {named}, {why}"):
            continue
        for actor_id in ids if stored(token) else ():
            sieve.link([token], actor_id, f"coref pronoun: {token.text} -> {named}, {why}")
        if pronoun.get("gender") and len(ids) == 1:
            sieve.gender.setdefault(ids[0], pronoun["gender"])
        kind = candidate.kind if ids else "person" if pronoun["kind"] == "person" else "thing"
        add_candidate(sieve, Candidate(token, ids, kind, pronoun["number"] == "plural",
                                       pronoun.get("gender") or (candidate.gender if candidate else None)))


def find_first_person(sieve: Sieve) -> None:
    """First person inside a direct quotation whose speaker is known ('"They have violated our sovereignty," the
    Somali prime minister said'): "I/me/my" are the speaker, "we/us/our" the speaker's side (`speakers_side`);
    coref.yaml ``first_person``. The speaker is found by the attribution rules (newsledger.discourse) and the
    speaker rules (actors.speakers), read with the mentions found so far; a quotation whose speaker is unresolved
    leaves its pronouns alone."""
    lists = words()["first_person"]
    positions = [i for i in pronoun_positions(sieve.doc, lists["speaker"] + lists["side"]) if i not in sieve.covered
                 and sieve.quote_of(sieve.doc[i].idx) is not None and sieve.doc[i].text != "US"]  # "US": the country
    if not positions:
        return  # most stories: no first person quoted, and no attribution to read
    # the speaker rules import this module (they read its pronoun words): imported here, when needed
    from newsledger.actors.speakers import resolve_speaker

    mentions = sorted(sieve.mentions + sieve.added, key=lambda m: (m.start, m.end))
    for attribution in find_attributions(sieve.doc):
        quoted = [q for q in attribution.quoted if q not in attribution.names]
        inside = [i for i in positions if any(start <= sieve.doc[i].idx < end for start, end in quoted)]
        if not inside or attribution.source is None:
            continue
        head = sieve.doc[attribution.source_head].idx if attribution.source_head is not None else None
        speaker, _ = resolve_speaker(sieve.doc, attribution.source, head, mentions, sieve.actors, attribution.contents)
        if speaker is None:
            continue
        side = speakers_side(sieve, speaker)
        for i in inside:
            token = sieve.doc[i]
            own = token.lower_ in lists["speaker"]
            actor_id = speaker if own else side
            if actor_id is not None and i not in sieve.covered:
                whose = "the speaker" if own else "the speaker's side"
                sieve.link([token], actor_id, f"coref first person in a quotation: {token.text} -> {whose}, {speaker}")


def speakers_side(sieve: Sieve, speaker: str) -> str | None:
    """Whom a speaker's "we" stands for: a body itself (a ministry's spokesman speaks for its government, already
    resolved to it); for a person, the organisation they are affiliated with or lead ("IGOUNO" for the UN
    Secretary-General), else their country's state; None for a person of neither."""
    actor = sieve.actors.get(speaker) or sieve.registry.actors.get(speaker)
    if actor is None or actor.actor_type != "person":
        return speaker
    known = lambda actor_id: actor_id if actor_id and (actor_id in sieve.actors or actor_id in sieve.registry.actors) else None
    office = office_of(sieve, role_on(actor, sieve.on))
    led = office if office is not None and sieve.registry.actors.get(office) is not None \
        and sieve.registry.actors[office].actor_type in ("igo", "organisation", "group") else None
    return known(actor.affiliation) or led or known(actor.country)


def speaks_for(pronoun) -> bool:
    """A possessive before a noun that speaks for its owner's office (``coref.yaml``'s ``office_nouns``: "his
    office", "her spokesman", "his ministry")."""
    return pronoun.dep_ == "poss" and pronoun.head.lower_ in words()["office_nouns"]


def names_source(noun) -> bool:
    """A noun that gives where a statement came from ("a statement from his office", "according to her
    spokesman", "was announced by his ministry"): the object of ``coref.yaml``'s ``source_prepositions``, or of
    "according to"."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in words()["source_prepositions"] or prep.lower_ == "to" and prep.head.lower_ == "according"


def office_of(sieve: Sieve, role: str | None) -> str | None:
    """The body whose office a person's ``role`` on the article's date ("role:ISO3", `role_on`) is: the organisation
    they lead ("IGOUNO" for the UN Secretary-General), else their country's sector for the role (``lexicon.yaml``'s
    ``role_sectors``: a president's office is the government, "BRAGOV"), or a Phoenix role's own code; None for no
    role or no such actor."""
    if role is None:
        return None
    name, where = role.split(":", 1)
    if where.startswith("IGO") or name.isupper():
        code = where if where.startswith("IGO") else name
    else:
        sector = sieve.registry.lexicon["role_sectors"].get(name)
        code = where + sector if sector else None
    return code if code in sieve.actors or code in sieve.registry.actors else None


def link_office(sieve: Sieve, first: int, title: int, state_id: str, why: str) -> bool:
    """A possessive that stands for a state ("Its", "the country's", from token ``first``) before an office title
    at token ``title`` with no name after it ("Its president said", "the country's foreign minister"): the phrase
    is the one person who holds that office there on the article's date, as "Brazil's president" is (the
    resolver's ``titles``, descriptions.resolve_title, and the registry's holders). Links the phrase and returns
    True; False, linking nothing, for no state, no such title, a name after it, or no single holder."""
    doc, titles = sieve.doc, sieve.registry.lexicon["titles"]
    if title >= len(doc) or normalise(doc[title].text) not in first_words(titles):
        return False  # most possessives: no title after them
    actor = sieve.actors.get(state_id)
    found = longest_phrase(doc, title, titles, lambda start, end: doc[start:end].text)
    if actor is None or actor.actor_type != "state" or found is None or found[1][0] == "counterpart" \
            or name_follows(doc, found[0]) or any(i in sieve.covered for i in range(title, found[0])):
        return False  # "its counterpart" is find_counterparts'; "Its president, X," the name's
    end, roles = found
    iso = actor.country or state_id
    holders = sieve.registry.holders(leader_role(sieve, iso) if roles[0] == "leader" else roles[0], iso, sieve.on)
    if len(holders) != 1:
        return False
    phrase = doc[first:end]
    mention = sieve.link(phrase, holders[0], f"{why}; {phrase.text}: its holder on the date")
    add_candidate(sieve, Candidate(phrase.root, holders, "person", False, mention=mention))
    return True


def pronoun_positions(doc, pronouns) -> list[int]:
    """Indexes, ascending, of the tokens that are one of ``pronouns`` (lower-cased) tagged PRON or DET. Read from
    the Doc's arrays, so that no Token object is made for the other words."""
    from spacy.attrs import LOWER, POS
    from spacy.parts_of_speech import DET, PRON

    wanted = {doc.vocab.strings[w] for w in pronouns}  # string -> hash
    lowers, tags = doc.to_array([LOWER, POS]).T.tolist()  # by column: a list per token costs more
    return [i for i, (lower, pos) in enumerate(zip(lowers, tags)) if lower in wanted and pos in (PRON, DET)]


def stored(pronoun) -> bool:
    """A possessive is stored only in a subject ("Its parliament backed the bid"): in an object the mention
    would make the owner that phrase's actor ("Chad will withdraw its soldiers from Niger" is no act on Chad);
    it still carries the chain and the gender on."""
    return pronoun.dep_ != "poss" or pronoun.head.dep_ in ("nsubj", "nsubjpass")


def antecedent_of(sieve: Sieve, token, pronoun: dict, window: int) -> tuple[Candidate | None, str]:
    """The first agreeing candidate (which may be no actor) and how it was chosen."""
    quote = sieve.quote_of(token.idx)
    here = sieve.sentence_of.get(token.i, 0)

    def allowed(candidate: Candidate, back: int) -> bool:
        return agrees(sieve, pronoun, candidate) and sieve.quote_of(candidate.token.idx) == quote and \
            not (back == 0 and bound(token, candidate))

    agreeing = [(c, back) for c, back in salience_order(sieve, token, window) if allowed(c, back)]
    if is_speech_subject(token) and pronoun["kind"] == "person":
        speakers = [c for c, _ in agreeing if is_speech_subject(c.token)]
        speaker = max(speakers, key=lambda c: c.token.i) if speakers else None
        # The last speaker, unless a person became the subject since ("Bieber, a professor, was more hopeful. He said")
        if speaker and not any(c.token.i > speaker.token.i and c.token.dep_ in ("nsubj", "nsubjpass") and c.actor_ids
                               and sieve.actors[c.actor_ids[0]].actor_type == "person" for c, _ in agreeing):
            return speaker, "earlier speaker"
    if not agreeing:
        return None, ""
    nearest = agreeing[0][1]
    # Within one sentence, a person the text marks with the pronoun's gender ("Ms Baerbock") comes first.
    marked = [(c, back) for c, back in agreeing if back == nearest and pronoun.get("gender") and
              len(c.actor_ids) == 1 and sieve.marked.get(c.actor_ids[0]) == pronoun["gender"]]
    candidate, back = (marked or agreeing)[0]
    where = "in the same sentence" if back == 0 else "of previous sentence" if back == 1 else f"{back} sentences back"
    role = "subject" if candidate.token.dep_ in ("nsubj", "nsubjpass") else "phrase"
    return candidate, f"{'gender-marked ' if marked else ''}{role} {where}"
