"""Resolve every actor mention in a parsed article, one rule at a time, saying which rule matched.

Rules, in the order they claim tokens: registry names (exact alias, then normalised form, then
transliteration variants) -> title plus nationality, or a definite description of someone named
earlier -> nationality plus body ("Chinese officials") -> named people and organisations outside the
registry (fuzzy match first, else a new actor with its apposition) -> surname or given name of someone
named in the document -> capitals and seats of power, only where the place acts -> leftover
demonyms ("Rwandan rebels", "an Indian proposal").
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span

from newsledger.actors import descriptions, metonymy, newcomers, nonactors, textroles
from newsledger.actors.normalise import fold, normalise
from newsledger.actors.registry import Registry, given_names, load_registry, role_valid
from newsledger.nlp import doc_text
from newsledger.records import Actor, Mention

# Longest name tried, in tokens: the longest alias that begins with the word (Registry.tokens_after), but no
# more than this, which holds the longest names news writes out ("The Organization for Security and
# Co-operation in Europe" is 10 tokens); the few longer aliases (of 80,000) are Phoenix names with every honorific.
MAX_NAME_TOKENS = 12


@dataclass
class Context:
    doc: object
    registry: Registry
    on: str | None
    sentence_of: dict[int, int]
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)  # token indexes inside a mention
    words: list[str] = field(default_factory=list)  # text of each token, read once: doc[i] makes a new Token
    norms: list[str] = field(default_factory=list)  # normalised text of each token, computed once
    text: str = ""
    ents: list = field(default_factory=list)
    cache: dict = field(default_factory=dict)  # per-article values a rule computes once

    def __post_init__(self):
        from spacy.attrs import IDX, IS_PUNCT, LENGTH

        self.text = doc_text(self.doc)
        # No Token objects made; read by column: a list per token took two to ten times as long (more collections)
        self.offsets, lengths, punct = self.doc.to_array([IDX, LENGTH, IS_PUNCT]).T.tolist()  # offset: character of each token
        self.words = [self.text[start:start + length] for start, length in zip(self.offsets, lengths)]
        self.punct = [bool(p) for p in punct]  # whether each token is punctuation
        self.norms = [normalise(word) for word in self.words]
        self.ents = [with_given_names_before(ent) for ent in self.doc.ents]
        self.ent_starts = [ent.start for ent in self.ents]

    # Lookups by position, so that rules asked about one span cost O(log n), not a scan of the
    # article: on long texts the scans made resolution quadratic.
    def ent_at(self, i: int):
        """The parser's entity holding token i, or None (entities do not overlap)."""
        k = bisect_right(self.ent_starts, i) - 1
        return self.ents[k] if k >= 0 and i < self.ents[k].end else None

    def ents_between(self, start: int, end: int) -> list:
        """The parser's entities wholly inside tokens [start, end)."""
        k = bisect_left(self.ent_starts, start)
        found = []
        while k < len(self.ents) and self.ents[k].end <= end:
            found.append(self.ents[k])
            k += 1
        return found

    def token_positions(self, text: str) -> list[int]:
        """Indexes of the tokens whose text is exactly `text` (the index is built once per article)."""
        if "token_positions" not in self.cache:
            positions: dict[str, list[int]] = {}
            for i, word in enumerate(self.words):
                positions.setdefault(word, []).append(i)
            self.cache["token_positions"] = positions
        return self.cache["token_positions"].get(text, [])

    def text_of(self, start: int, end: int) -> str:
        """Text of tokens [start, end) without building a Span."""
        return self.text[self.offsets[start]:self.offsets[end - 1] + len(self.words[end - 1])]

    def actor(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id) or self.registry.actors.get(actor_id)

    def free(self, start: int, end: int) -> bool:
        return self.claimed.isdisjoint(range(start, end))

    def add(self, span, actor_id: str, why: str) -> Mention:
        kept = self.registry.canonical(actor_id)
        if kept != actor_id:
            actor_id, why = kept, f"{why}, merged into {kept} by a correction"
        actor = self.actor(actor_id)
        self.actors[actor_id] = actor
        self.claimed.update(range(span.start, span.end))
        mention = Mention(span.start_char, span.end_char, span.text, actor_id,
                          self.sentence_of.get(span.start, 0), why, role_on(actor, self.on))
        self.mentions.append(mention)
        return mention

    def unclaim(self, mention: Mention) -> None:
        self.mentions.remove(mention)
        span = self.doc.char_span(mention.start, mention.end)
        self.claimed.difference_update(range(span.start, span.end))


MAX_GIVEN_NAMES_BEFORE = 2


def with_given_names_before(ent):
    """A person entity widened over the given names right before it that the parser left out ("Foreign Minister
    Ramadan Mohamed Abdallah": it tags "Ramadan" as no name), so the registry is asked about the whole name and no
    shorter namesake takes it. A word counts when it is a proper noun, capitalised, in no entity, not the first of
    its sentence ("Will Putin come?") and a given name of data/given_names.psv; at most two."""
    if ent.label_ != "PERSON":
        return ent
    start, doc, names = ent.start, ent.doc, given_names()
    while ent.start - start < MAX_GIVEN_NAMES_BEFORE and start > 0:
        word = doc[start - 1]
        if word.ent_iob_ != "O" or word.pos_ != "PROPN" or not word.text.istitle() or word.is_sent_start \
                or word.lower_ not in names:
            break
        start -= 1
    return ent if start == ent.start else Span(doc, start, ent.end, label="PERSON")


def role_on(actor: Actor, on: str | None) -> str | None:
    """The role the actor holds on the date, as ``role:where`` (people only)."""
    if actor.actor_type != "person":
        return None
    for role in actor.roles:
        if role_valid(role, on):
            return f"{role['role']}:{role['country']}"
    return None


def sentence_index(doc) -> dict[int, int]:
    """Token index -> sentence number, counting only non-blank sentences (as nlp.sentence_spans does).

    Computed once per Doc, for the resolver and the coreference sieve (do not modify it)."""
    if "newsledger_sentence_index" not in doc.user_data:
        index, number, text = {}, -1, doc_text(doc)
        for sent in doc.sents:
            if text[sent.start_char:sent.end_char].strip():  # not sent.text, which makes a Token per word
                number += 1
            index.update(dict.fromkeys(range(sent.start, sent.end), max(number, 0)))  # no Token objects made
        doc.user_data["newsledger_sentence_index"] = index
    return doc.user_data["newsledger_sentence_index"]


def is_capitalised(token) -> bool:
    return token.text[:1].isupper() or token.text[:1].isdigit()


@lru_cache(maxsize=1 << 16)  # per registry and surface form: news repeats its names within and across articles
def candidates(registry: Registry, text: str) -> tuple[list[str], str]:
    """Actor ids for a surface form and the rule that found them. "The European Union" at a
    sentence's start also looks up "European Union": Phoenix lists some bodies with their article,
    and the hand-made entry without it must still be found (``choose`` prefers it)."""
    ids, rule = _lookup(registry, text)
    if text[:4].lower() == "the " and all(i in registry.weak for i in ids):
        without, without_rule = _lookup(registry, text[4:])
        if without:
            return list(dict.fromkeys(without + ids)), without_rule
    return ids, rule


def _lookup(registry: Registry, text: str) -> tuple[list[str], str]:
    if registry.exact.get(text):
        return registry.exact[text], "exact alias"
    key = normalise(text)
    if key in registry.metonyms:
        return [], ""  # capitals are places unless they act: handled by the metonymy rule
    if registry.by_norm.get(key):
        return registry.by_norm[key], "normalised form"
    if len(key) >= 4 and registry.by_fold.get(fold(text)):
        return registry.by_fold[fold(text)], "transliteration variant"
    return [], ""


def choose(ctx: Context, ids: list[str], span) -> str | None:
    """Prefer hand-made actors, then people in office on the date; Phoenix-only single words must be names."""
    strong = [i for i in ids if i not in ctx.registry.weak]
    particles = ctx.registry.lexicon["name_particles"]
    words = [t for t in span if t.is_alpha and t.lower_ not in particles]
    if not strong and (len(span) == 1 and span[0].pos_ != "PROPN" or not all(is_capitalised(t) for t in words)):
        return None
    pool = strong or ids
    in_office = [i for i in pool if role_on(ctx.registry.actors[i], ctx.on)]
    return (in_office or pool)[0]


def name_span_ok(ctx: Context, start: int, end: int, text: str) -> bool:
    """Whether tokens [start, end), whose text is ``text``, may be a name: one sentence, one line, no closing mark."""
    return not ctx.punct[end - 1] and ctx.sentence_of[start] == ctx.sentence_of[end - 1] and "\n" not in text


def find_names(ctx: Context) -> None:
    """Registry names, longest first: exact alias, then normalised, then transliteration variants; none starts
    inside a name found before it."""
    end = 0
    for i, word in enumerate(ctx.words):
        if i >= end and (word[:1].isupper() or word[:1].isdigit()):  # a name starts with a capital or a digit
            end = match_name_at(ctx, i) or i + 1


def match_name_at(ctx: Context, i: int) -> int | None:
    """Add the longest registry name that starts at token ``i`` (a word opening with a capital or a digit:
    `find_names` tests that before the call) and return the token index after it; None when none fits."""
    doc, word = ctx.doc, ctx.words[i]
    if i in ctx.claimed:
        return None
    first_words = ctx.registry.first_words
    if ctx.norms[i] not in first_words and fold(word) not in first_words:
        return None
    after = ctx.registry.tokens_after
    longest = max(after.get(ctx.norms[i], 0), after.get(fold(word), 0))  # every first word has its count
    for n in range(min(longest, MAX_NAME_TOKENS, len(doc) - i), 0, -1):
        text = ctx.text_of(i, i + n)
        if not name_span_ok(ctx, i, i + n, text) or not ctx.free(i, i + n):
            continue
        ids, why = candidates(ctx.registry, text)
        span = doc[i:i + n] if ids else None
        actor_id = choose(ctx, ids, span) if ids else None
        if actor_id and not inside_other_name(ctx, span, actor_id) and not fragment_of_name(ctx, span, actor_id) \
                and not opens_longer_name(ctx, span, actor_id):
            ctx.add(strip_titles(ctx, span, actor_id), actor_id, why)
            return i + n
    return None


ENCLOSING_LABELS = {"ORG", "LOC", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT"}


def inside_other_name(ctx, span, actor_id: str) -> bool:
    """A state named inside a longer name ("the South China Sea", "Centre for Russia Europe Asia Studies") is no
    mention; nor is a Phoenix one-word alias closing a longer name ("Organization" in "Palestinian Liberation
    Organization")."""
    state = ctx.registry.actors[actor_id].actor_type == "state"
    if not state and not (len(span) == 1 and actor_id in ctx.registry.weak):
        return False
    for ent in ctx.ents:
        if ent.label_ in ENCLOSING_LABELS and ent.start <= span.start and span.end <= ent.end and len(ent) > len(span):
            if not state and (span.start == ent.start or ent[0].lower_ == "the" and span.start == ent.start + 1):
                return False  # "Hamas Political Bureau": the name opens the longer one
            words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
            return len(words) > len(span) and all(t.text[:1].isupper() for t in words if not t.is_stop)
    return False


def opens_longer_name(ctx, span, actor_id: str) -> bool:
    """A Phoenix alias that is one common noun (lexicon ``generic_name_words``: "Organization" for Tanzim) opening a
    longer capitalised name is no mention: "The Organization for Security and Co-operation in Europe", "Party of
    Regions", "Front National". The longer name goes on with a capitalised word, or with a connector ("of",
    "for") and then one. (inside_other_name handles such a word closing a name.)"""
    lexicon = ctx.registry.lexicon
    words = [w for w in ctx.norms[span.start:span.end] if w != "the"]
    if actor_id not in ctx.registry.weak or len(words) != 1 or words[0] not in lexicon["generic_name_words"]:
        return False
    after = span.end
    if after < len(ctx.words) and ctx.norms[after] in lexicon["name_connectors"]:
        after += 1
    return after < len(ctx.words) and ctx.words[after][:1].isupper() and ctx.sentence_of[after] == ctx.sentence_of[span.start]


def fragment_of_name(ctx, span, actor_id: str) -> bool:
    """A registry person's name found inside a longer name is not that person: "Al" of "Al-Thani", "Dong" of
    "Han Dong-hoon", "Hassan" of "Omar Hassan al-Bashir" (the whole name goes to the newcomer rules)."""
    if ctx.registry.actors[actor_id].actor_type != "person":
        return False
    return descriptions.part_of_longer_name(ctx, span)


def strip_titles(ctx, span, actor_id: str):
    """'Russian President Vladimir Putin' -> 'Vladimir Putin': the title rule reads the words before a name."""
    if ctx.registry.actors[actor_id].actor_type != "person":
        return span
    start = span.start
    while start < span.end - 1 and normalise(span.doc[start].text) in ctx.registry.title_words:
        start += 1
    return span.doc[start:span.end]


def resolve(doc, published: datetime.date | None = None, registry: Registry | None = None):
    """Every actor mention in ``doc`` (a spaCy Doc of the article body) and the actors they refer to.

    Returns (mentions sorted by offset, {actor_id: Actor}); offsets index ``doc.text``.
    """
    registry = registry or load_registry()
    ctx = Context(doc, registry, published.isoformat() if published else None, sentence_index(doc))
    nonactors.claim_non_actors(ctx)
    find_names(ctx)
    descriptions.find_titles(ctx)
    descriptions.find_bodies(ctx)
    newcomers.find_newcomers(ctx)
    descriptions.find_name_parts(ctx)
    textroles.find_text_roles(ctx)
    metonymy.find_metonyms(ctx)
    descriptions.find_nationals(ctx)
    descriptions.find_possessed_groups(ctx)
    descriptions.find_government_forces(ctx)
    descriptions.find_located_groups(ctx)
    descriptions.find_unidentified_attackers(ctx)
    descriptions.find_attacks_as_subjects(ctx)
    descriptions.find_unqualified_bodies(ctx)
    descriptions.find_shared_country_names(ctx)
    descriptions.read_former_states(ctx)
    ctx.mentions.sort(key=lambda m: (m.start, m.end))
    return ctx.mentions, ctx.actors


def mention_at(mentions: list[Mention], start: int, end: int) -> Mention | None:
    """The mention covering characters [start, end), or overlapping it most."""
    best, best_overlap = None, 0
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap > best_overlap or (overlap == best_overlap == 0 and mention.start <= start < mention.end):
            best, best_overlap = mention, overlap
    return best
