"""Named people and organisations the registry lacks: a conservative fuzzy match, else a new actor.

A new actor's id is the slug of its name, so re-runs and other articles give the same id. Its
affiliation and country come from the apposition: "Yun Sun from the US think tank Stimson Center",
"Velina Tchakarova, head of the Austrian Institute ... (AIES) in Vienna".
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from newsledger.actors.normalise import fold, normalise, slug
from newsledger.records import Actor

FUZZY_CUTOFF = 92  # rapidfuzz ratio on normalised names; high, so only near-identical spellings pass
MIN_FUZZY_LENGTH = 6
NEW_ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation"}
APPOSITION_OPENERS = {",", "from", "of", "at", "with", "("}
APPOSITION_WINDOW = 20


@lru_cache(maxsize=4)
def fuzzy_keys(registry) -> dict[str, str]:
    """Normalised names of hand-made people and organisations (not Phoenix: too many near-homonyms)."""
    keys = {}
    for key, ids in registry.by_norm.items():
        strong = [i for i in ids if i not in registry.weak and registry.actors[i].actor_type != "state"]
        if strong and len(key) >= MIN_FUZZY_LENGTH and " " in key:
            keys[key] = strong[0]
    return keys


def fuzzy_match(ctx, text: str) -> str | None:
    keys = fuzzy_keys(ctx.registry)
    found = process.extractOne(normalise(text), list(keys), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return keys[found[0]] if found else None


def same_first_and_last(ctx, span) -> str | None:
    """A registry person with the same given name and surname, spelling variants folded: "Carlos Menem" is
    Phoenix's "Carlos Saul Menem", "Abdelaziz Bouteflicka" its "Abdelaziz Bouteflika". Only one such person may match."""
    words = [t.text for t in span if t.is_alpha]
    if len(words) < 2:
        return None
    first, last = fold(words[0]), fold(words[-1])
    if len(first) < 3 or len(last) < 3:
        return None
    found = set()
    for actor_id in ctx.registry.surnames.get(last, ()):
        actor = ctx.registry.actors[actor_id]
        names = actor.name.split()
        if len(names) >= 2 and fold(names[0]) == first and fold(names[-1]) == last:
            found.add(ctx.registry.canonical(actor_id))
    return found.pop() if len(found) == 1 else None


def looks_like_name(span) -> bool:
    words = [t for t in span if t.is_alpha and not (t.is_stop and t.is_lower)]  # "Institute for ... and ..."
    return bool(words) and all(t.text[:1].isupper() for t in words) and (len(words) >= 2 or span.text.isupper())


def trim(span):
    """Drop a leading article, and cut at a possessive ("Jinping’s Possible Visit" -> "Jinping")."""
    start, end = span.start, span.end
    if span[0].lower_ == "the":
        start += 1
    possessive = next((t.i for t in span if t.text in ("'s", "’s") and t.i > start), None)
    return span.doc[start:possessive or end]


def find_newcomers(ctx) -> None:
    for ent in ctx.ents:
        span = trim(ent) if len(ent) > 1 else ent
        if ent.label_ not in NEW_ACTOR_LABELS or not len(span) or not ctx.free(span.start, span.end):
            continue
        if not looks_like_name(span) or "\n" in span.text:
            continue
        known = fuzzy_match(ctx, span.text) if len(span.text) >= MIN_FUZZY_LENGTH else None
        if not known and ent.label_ == "PERSON":
            known = same_first_and_last(ctx, span)
        if known:
            ctx.add(span, known, "fuzzy match")
        else:
            add_new_actor(ctx, span, NEW_ACTOR_LABELS[ent.label_])


def add_new_actor(ctx, span, actor_type: str) -> None:
    actor_id = slug(span.text)
    if actor_id not in ctx.actors:
        actor = Actor(actor_id, span.text, actor_type, aliases=[span.text])
        describe_from_context(ctx, actor, span)
        ctx.actors[actor_id] = actor
    ctx.add(span, actor_id, "new actor")
    acronym = acronym_after(span)
    if acronym is not None and ctx.free(acronym.start, acronym.end):
        ctx.actors[actor_id].aliases.append(acronym.text)
        ctx.add(acronym, actor_id, "acronym of new actor")
        find_repeats(ctx, acronym.text, actor_id)


def acronym_after(span):
    """'... Policy (AIES)': the upper-case token in brackets right after the name."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isupper():
        return doc[end + 1:end + 2]
    return None


def find_repeats(ctx, text: str, actor_id: str) -> None:
    for token in ctx.doc:
        if token.text == text and token.i not in ctx.claimed:
            ctx.add(ctx.doc[token.i:token.i + 1], actor_id, "acronym of new actor")


def describe_from_context(ctx, actor: Actor, span) -> None:
    """Country from a demonym or capital in (or just before) the name; for people, affiliation from the apposition."""
    actor.country = country_in(ctx, span.doc[max(span.start - 3, 0):span.end])
    if actor.actor_type != "person":
        actor.country = actor.country or country_in(ctx, following(span, 4))
        actor.code = actor.country
        return
    window = apposition(span)
    if window is None:
        return
    organisation = next((e for e in window.ents if e.label_ == "ORG"), None)
    if organisation is not None:
        org = trim(organisation)
        actor.affiliation = slug(org.text)
        actor.country = country_in(ctx, span.doc[max(org.start - 4, window.start):min(org.end + 4, window.end)])
    actor.country = actor.country or country_in(ctx, window)
    actor.code = actor.country


def following(span, width: int):
    end = min(span.end + width, span.sent.end)
    return span.doc[span.end:end]


def apposition(span):
    """The words describing a person right after the name, up to the end of the sentence or a window."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].lower_ not in APPOSITION_OPENERS:
        return None
    return doc[end:min(end + APPOSITION_WINDOW, span.sent.end)]


def country_in(ctx, window) -> str | None:
    """The first demonym, country name or capital city in the window."""
    registry = ctx.registry
    for token in window:
        key = normalise(token.text)
        if token.text[:1].isupper() and key:
            iso = registry.adjectives.get(key) or registry.capitals.get(key)
            if iso:
                return iso
    return None
