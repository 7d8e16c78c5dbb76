"""Named people and organisations the registry lacks: a conservative fuzzy match, else a new actor.

A new actor's id is the slug of its name, so re-runs and other articles give the same id. Its
affiliation and country come from the apposition: "Yun Sun from the US think tank Stimson Center",
"Velina Tchakarova, head of the Austrian Institute ... (AIES) in Vienna".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from newsledger.actors import descriptions
from newsledger.actors.normalise import fold, normalise, slug
from newsledger.actors.registry import given_names
from newsledger.records import Actor, Mention

FUZZY_CUTOFF = 92  # rapidfuzz ratio on normalised names; high, so only near-identical spellings pass
MIN_FUZZY_LENGTH = 6
NEW_ACTOR_LABELS = {"PERSON": "person", "ORG": "organisation"}
APPOSITION_OPENERS = {",", "from", "of", "at", "with", "("}
APPOSITION_ROLE_WORDS = 5  # ", a senior fellow at": the role comes within the apposition's first words
APPOSITION_WINDOW = 20
DESCRIPTION_WINDOW = 8  # words before a name that may describe it ("deputy governor of the Tyumen region,")
MIN_MISSPELT_SURNAME = 5
AFFILIATION_TYPES = {"igo", "organisation", "group", "media", "government", "military", "state"}


@lru_cache(maxsize=4)
def fuzzy_keys(registry) -> tuple[list[str], list[str], list[int]]:
    """Normalised names of hand-made people, office holders and organisations (not Phoenix: too many
    near-homonyms), shortest first, with the actor id and the length of each."""
    pairs = []
    for key, found in registry.by_norm.items():
        strong = [i for i in found if i not in registry.weak and registry.actors[i].actor_type != "state"]
        if strong and len(key) >= MIN_FUZZY_LENGTH and " " in key:
            pairs.append((len(key), key, strong[0]))
    pairs.sort()
    return [key for _, key, _ in pairs], [i for _, _, i in pairs], [n for n, _, _ in pairs]


def fuzzy_match(ctx, text: str) -> str | None:
    """The registry name nearest to ``text``, if its ratio reaches FUZZY_CUTOFF. Only names that can reach it are
    compared: of a length that can (ratio = 2 * matches / total length, and matches <= the shorter length), and
    holding a piece of it (``within_reach``)."""
    return nearest_name(ctx.registry, normalise(text))


@lru_cache(maxsize=1 << 14)  # the same unknown names recur within and across articles
def nearest_name(registry, query: str) -> str | None:
    names, ids, lengths = fuzzy_keys(registry)
    share = FUZZY_CUTOFF / (200 - FUZZY_CUTOFF)  # the shortest length, as a share of the longer, that can pass
    low, high = bisect_left(lengths, len(query) * share), bisect_right(lengths, len(query) / share)
    near = within_reach(registry, query, low, high)
    found = process.extractOne(query, [names[k] for k in near], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return ids[near[found[2]]] if found else None


@lru_cache(maxsize=4)
def fuzzy_trigrams(registry) -> dict[str, list[int]]:
    """Each string of three characters -> the indexes (ascending) of the ``fuzzy_keys`` names that hold it."""
    index: dict[str, list[int]] = {}
    for k, name in enumerate(fuzzy_keys(registry)[0]):
        for gram in {name[j:j + 3] for j in range(len(name) - 2)}:
            index.setdefault(gram, []).append(k)
    return index


def within_reach(registry, query: str, low: int, high: int) -> list[int]:
    """Indexes, ascending, among ``fuzzy_keys`` names [low, high) of those that may reach FUZZY_CUTOFF with
    ``query``; the others cannot, so the nearest name is the same among these (a tenth of the work).

    A name reaching it is at most ``edits`` insertions and deletions away (fuzz.ratio is 100 * (1 - edits /
    total length)); cut the query into edits + 1 pieces and one of them is left whole in the name (the
    partitioning lemma: Wu and Manber 1992, "Fast text searching allowing errors", CACM 35(10); Navarro 2001,
    "A guided tour to approximate string matching", ACM Computing Surveys 33(1), section 7), so the name holds
    that piece's rarest three characters. Pieces under three characters: every name in [low, high)."""
    if high <= low:
        return []
    longest = fuzzy_keys(registry)[2][high - 1]  # names are sorted by length
    edits = (100 - FUZZY_CUTOFF) * (len(query) + longest) // 100 + 1  # one more than can pass: float rounding
    size = len(query) // (edits + 1)
    if size < 3:
        return list(range(low, high))
    index, near = fuzzy_trigrams(registry), set()
    for start in range(0, size * (edits + 1), size):
        piece = query[start:start + size]
        rarest = index.get(min((piece[j:j + 3] for j in range(size - 2)), key=lambda g: len(index.get(g, ()))), [])
        near.update(rarest[bisect_left(rarest, low):bisect_left(rarest, high)])
    return sorted(near)


def same_first_and_last(ctx, span) -> str | None:
    """A registry person whose name is this one with given names added, spelling variants folded: the same given
    name and surname ("Carlos Menem" is Phoenix's "Carlos Saul Menem", "Abdelaziz Bouteflicka" its "Abdelaziz
    Bouteflika"), or this whole name closing a longer one ("Musalia Mudavadi" is "Wycliffe Musalia Mudavadi").
    The same given name wins over a longer name ("Hosni Mubarak" over "Mohamed Hosni Mubarak"); only one person of
    the winning kind may match. Where the family name comes first (``lexicon.yaml``'s ``family_name_first``: Korean,
    Chinese, Vietnamese names) a registry name with more words between the same first and last is never this one:
    "Cho Hyun" is not "Cho Chang Hyun"."""
    words = [fold(t.text) for t in span if t.is_alpha]
    if len(words) < 2 or len(words[0]) < 3 or len(words[-1]) < 3:
        return None
    last, given = words[-1], words[:-1]
    family_first = ctx.registry.lexicon["family_name_first"]
    surnames = [last] if last in ctx.registry.surnames else misspelt_surname(ctx.registry, last)
    same_given, longer = set(), set()
    for surname in surnames:
        for actor_id in ctx.registry.surnames.get(surname, ()):
            names = fold(ctx.registry.actors[actor_id].name).split()
            if len(names) < 2 or names[-1] != surname:
                continue
            if names[0] == given[0]:
                if len(names) > len(words) and ctx.registry.actors[actor_id].country in family_first:
                    continue  # a two-part given name, no middle name: "Cho Hyun" is not "Cho Chang Hyun"
                same_given.add(ctx.registry.canonical(actor_id))
            elif len(names) > len(words) and names[-len(words):-1] == given:
                longer.add(ctx.registry.canonical(actor_id))
    found = same_given or longer
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def surnames_by_shape(registry) -> dict[tuple[str, int], list[str]]:
    """Folded registry surnames by (first letter, length): a misspelling keeps the first letter."""
    index: dict[tuple[str, int], list[str]] = {}
    for key in registry.surnames:
        if len(key) >= MIN_MISSPELT_SURNAME:
            index.setdefault((key[0], len(key)), []).append(key)
    return index


def misspelt_surname(registry, last: str) -> list[str]:
    """Registry surnames one letter away from a surname no registry person has ("Gbago" ~ Gbagbo,
    "Habyariman" ~ Habyarimana); the caller still needs the same given name and a single match."""
    if len(last) < MIN_MISSPELT_SURNAME:
        return []
    index = surnames_by_shape(registry)
    return [key for n in (len(last) - 1, len(last), len(last) + 1) for key in index.get((last[0], n), ())
            if Levenshtein.distance(last, key, score_cutoff=1) <= 1]


def looks_like_name(span, particles=()) -> bool:
    """Capitalised words, save stop words ("Institute for ... and ..."), name particles ("al-Bashir") and the
    second half of a hyphenated given name ("Dong-hoon")."""
    doc = span.doc
    words = [t for t in span if t.is_alpha and not (t.is_stop and t.is_lower) and t.lower_ not in particles
             and not (t.is_lower and t.i > span.start and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_)]
    return bool(words) and all(t.text[:1].isupper() for t in words) and (len(words) >= 2 or span.text.isupper())


def trim(span, titles=frozenset()):
    """Drop a leading article and leading titles ("Archbishop Desmond Tutu" -> "Desmond Tutu"), cut at a
    possessive ("Jinping’s Possible Visit" -> "Jinping") and at an unclosed bracket ("Umma (Nation")."""
    doc, start, end = span.doc, span.start, span.end
    if span[0].lower_ == "the":
        start += 1
    possessive = next((t.i for t in span if t.text in ("'s", "’s") and t.i > start), None)
    end = possessive or end
    opening = next((t.i for t in doc[start:end] if t.text == "("), None)
    if opening is not None and not any(t.text == ")" for t in doc[opening:end]):
        end = opening
    while end - start > 2 and normalise(doc[start].text) in titles:
        start += 1
    return doc[start:end]


def without_city_after(ctx, span):
    """An organisation's name without a city the parser ran into it ("the Rapid Support Forces in Jeddah" ->
    "Rapid Support Forces"): a last "in" followed only by a city the registry knows (GeoNames, Phoenix
    places, capitals). A state or an ISO 3166-2 region after it stays ("Mission in South Sudan" is a name)."""
    doc, registry = span.doc, ctx.registry
    for k in range(span.end - 2, span.start, -1):
        if doc[k].lower_ == "in":  # not "at": "University of California at Berkeley" is one name
            key = normalise(doc[k + 1:span.end].text)
            if (key in registry.cities or key in registry.places) and key not in registry.adjectives and key not in registry.regions:
                return doc[span.start:k]
            break
    return span


def is_place(ctx, span, label: str) -> bool:
    """Whether a name is a place the registry knows; a GeoNames city tagged as a person only where it
    stands as a place: after a ``city_prepositions`` word or as a verb's object ("shelled Kharkiv")."""
    key = normalise(span.text)
    if key not in ctx.registry.places:
        return listed_places(ctx, span)
    if label != "PERSON" or key not in ctx.registry.cities:
        return True
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return before in ctx.registry.lexicon["city_prepositions"] or span.root.dep_ == "dobj"


def listed_places(ctx, span) -> bool:
    """Whether a name is a list of places the registry knows that the parser ran together ("Kharkiv and Odesa")."""
    parts, part = [], []
    for token in span:
        if token.lower_ in ("and", ","):
            parts.append(part)
            part = []
        else:
            part.append(token.text)
    parts.append(part)
    return len(parts) > 1 and all(part and normalise(" ".join(part)) in ctx.registry.places for part in parts)


def find_newcomers(ctx) -> None:
    claim_acronyms(ctx)
    titles = ctx.registry.title_words
    for ent in ctx.ents:
        if ent.label_ not in NEW_ACTOR_LABELS:
            continue
        span = trim(ent, titles if ent.label_ == "PERSON" else frozenset()) if len(ent) > 1 else ent
        span = without_city_after(ctx, span) if ent.label_ == "ORG" else span
        if not len(span) or not ctx.free(span.start, span.end):
            continue
        particles = ctx.registry.lexicon["name_particles"]
        if not looks_like_name(span, particles) or "\n" in span.text or is_place(ctx, span, ent.label_):
            continue  # a city or region the parser took for a name is a place, never an actor
        if ent.label_ == "ORG" and (national_body(ctx, span) or office_of_title(ctx, span)) or nationals_only(ctx, span):
            continue
        if len(span) > 1 and (earlier := named_in_full_before(ctx, span)):
            ctx.add(span, earlier, "surname of earlier mention")  # "Hayan Abdul-Ghani ... Abdul-Ghani"
            continue
        known = fuzzy_match(ctx, span.text) if len(span.text) >= MIN_FUZZY_LENGTH else None
        if not known and ent.label_ == "ORG" and (earlier := spelt_out_before(ctx, span)):
            ctx.add(span, earlier, "acronym of a name before it")
            find_repeats(ctx, span.text, earlier, "acronym of a name before it")
            continue
        if not known and ent.label_ == "PERSON":
            known = same_first_and_last(ctx, span)
        if known:
            ctx.add(span, known, "fuzzy match")
        else:
            person = titled(ctx, span) or ent.label_ == "ORG" and described_as_person(ctx, span)
            add_new_actor(ctx, span, "person" if person else NEW_ACTOR_LABELS[ent.label_])


def office_of_title(ctx, span) -> bool:
    """Title words the parser took for an organisation right before the word that ends a person's title
    ("External Affairs" in "External Affairs Minister Subrahmanyam Jaishankar", "Home Affairs" before "Minister",
    "National Security" before "Adviser"): the office in the person's title, no actor. Every word is a title word
    (``Registry.title_words``) and none a nationality: "Kremlin spokesman" is the Kremlin's, found by its name, and
    "Kenyan" before a title is the nationality rule's."""
    words = [ctx.norms[t.i] for t in span if t.is_alpha]
    registry = ctx.registry
    return bool(words) and span.end < len(ctx.doc) and ctx.norms[span.end] in registry.person_titles \
        and all(w in registry.title_words and w not in registry.adjectives for w in words)


def named_in_full_before(ctx, span) -> str | None:
    """The person a name of several tokens ("Abdul-Ghani", "Van der Berg") ends the name of, when exactly one person
    mentioned before it in the document was named so ("Hayan Abdul-Ghani"): a later short form is that person, not
    a registry person it resembles. Single words are `descriptions.find_name_parts`' (it reads tokens)."""
    tail = " " + normalise(span.text)
    found = {m.actor_id for m in ctx.mentions if m.end <= span.start_char and ctx.actor(m.actor_id).actor_type == "person"
             and normalise(ctx.text[m.start:m.end]).endswith(tail)}
    return found.pop() if len(found) == 1 else None


def titled(ctx, span) -> bool:
    """A name of two words or more right after a person's title (``Registry.person_titles``: "presidential
    spokesman Bayo Onanuga") is a person's, whatever label the parser gave it."""
    return len(span) > 1 and span.start > 0 and ctx.norms[span.start - 1] in ctx.registry.person_titles


def described_as_person(ctx, span) -> bool:
    """A name of two or three words opening with a known given name (registry.given_names) and followed by an
    apposition that names a person's role within its first words (lexicon.yaml ``person_appositions``:
    "Tatiana Stanovaya, founder of the R.Politik consultancy"): a person's, though the parser said
    organisation. A firm named after its founder has no such apposition ("Philip Morris, the tobacco maker")."""
    described = apposition(span)
    if not 2 <= len(span) <= 3 or span[0].lower_ not in given_names() or described is None:
        return False
    roles = set(ctx.registry.lexicon["person_appositions"])
    return any(t.lower_ in roles for t in described[:APPOSITION_ROLE_WORDS])


def add_new_actor(ctx, span, actor_type: str) -> Mention:
    """The span as a mention of a new actor (its country and affiliation read from the context); returns the mention."""
    actor_id = slug(span.text)
    if actor_id not in ctx.actors:
        actor = Actor(actor_id, span.text, actor_type, aliases=[span.text])
        describe_from_context(ctx, actor, span)
        sector = honorific_sector(ctx, span) if actor_type == "person" else None
        if sector and actor.code in (None, actor.country):
            if actor.country is None and ctx.norms[span.start - 1] in ctx.registry.lexicon["speaker_words"]:
                actor.country = spoken_for_country(ctx, span.start, sector)  # "army spokesman X": whose army
            if actor.country is not None or sector[:3] not in ctx.registry.lexicon["state_sectors"]:
                # "Archbishop X" -> CHR, "Kenyan activist X" -> KENOPP; "government spokesman X" of no country
                # the text gives: no code (lexicon.yaml state_sectors)
                actor.code = f"{actor.country or ''}{sector}"
        ctx.actors[actor_id] = actor
    mention = ctx.add(span, actor_id, "new actor")
    acronym = acronym_after(span)
    if acronym is not None and ctx.free(acronym.start, acronym.end):
        ctx.actors[actor_id].aliases.append(acronym.text)
        ctx.add(acronym, actor_id, "acronym of new actor")
        find_repeats(ctx, acronym.text, actor_id)
    return mention


def honorific_sector(ctx, span) -> str | None:
    """The CAMEO sector of the word right before a person's name when it is a Phoenix agent ("Archbishop" CHR,
    "Imam" MUS, "activist" OPP, "Professor" EDU), or None. A speaker word (``speaker_words``: "spokesman") gives
    the sector of the body it speaks for ("army spokesman" MIL: ``spoken_for_sector``), never one of its own."""
    if span.start == 0:
        return None
    if ctx.norms[span.start - 1] in ctx.registry.lexicon["speaker_words"]:
        return spoken_for_sector(ctx, span.start - 1)
    sector = descriptions.one_word_agents().get(ctx.norms[span.start - 1])
    return None if sector is None or sector[:3] in ctx.registry.lexicon["agent_sectors_left_out"] else sector


def spoken_for_sector(ctx, speaker: int) -> str | None:
    """The sector of the body named right before the speaker word at token ``speaker``: a Phoenix agent of both
    words ("military spokesman" MIL, "government spokesman" GOV), else a body or group noun of up to three words
    from ``lexicon.yaml`` (``bodies``, ``groups``, ``unqualified_bodies``: "army" MIL, "police" COP, "foreign
    ministry" GOV); None when no such body precedes it ("a spokesman", "BBC spokesman")."""
    lexicon, norms = ctx.registry.lexicon, ctx.norms
    if speaker > 0:
        both = descriptions.agent_sectors().get(f"{norms[speaker - 1]} {norms[speaker]}")
        if both:
            return both
    for n in (3, 2, 1):
        if speaker - n >= 0 and ctx.sentence_of[speaker - n] == ctx.sentence_of[speaker]:
            body = " ".join(norms[speaker - n:speaker])
            sector = lexicon["bodies"].get(body) or lexicon["groups"].get(body) or lexicon["unqualified_bodies"].get(body)
            if sector:
                return sector
    return None


def spoken_for_country(ctx, before: int, sector: str) -> str | None:
    """Whose body a speaker with no country speaks for ("army spokesman X"): the country of the latest
    country-sector actor of that sector named before token ``before`` ("Pakistan's military ... army spokesman
    X" PAK), else the state the article names most by two (``descriptions.leading_country``), else None."""
    for mention in sorted(ctx.mentions, key=lambda m: -m.start):
        actor = ctx.actor(mention.actor_id)
        if mention.start < ctx.offsets[before] and actor.country and actor.code == f"{actor.country}{sector}":
            return actor.country
    return descriptions.leading_country(ctx)


def claim_acronyms(ctx) -> None:
    """'Human Rights Watch (HRW)', 'Islamic Salvation Front (FIS)': the bracketed acronym after a registry
    organisation names it too, here and further on in the article."""
    for mention in list(ctx.mentions):
        actor = ctx.actor(mention.actor_id)
        span = ctx.doc.char_span(mention.start, mention.end)
        acronym = acronym_after(span) if actor.actor_type != "person" and span is not None else None
        if acronym is not None and len(acronym.text) >= 2 and ctx.free(acronym.start, acronym.end):
            ctx.add(acronym, mention.actor_id, "acronym after a name")
            find_repeats(ctx, acronym.text, mention.actor_id, "acronym after a name")


def nationals_only(ctx, span) -> bool:
    """'Bosnian Serbs', 'Iraqi Kurds' taken for a name: people of the first country, not a new person. A demonym
    of several words taken for a name ("Sri Lankan") is no name either; the demonym rule reads it later."""
    words = [ctx.norms[t.i] for t in span if t.is_alpha]
    if " ".join(words) in ctx.registry.adjectives:
        return True
    if len(words) < 2 or not all(w in ctx.registry.adjectives for w in words):
        return False
    ctx.add(span, ctx.registry.adjectives[words[0]], "nationality")
    return True


def national_body(ctx, span) -> bool:
    """A country's body named as an organisation -> the country-sector actor: "The Ivory Coast's Supreme
    Court" -> CIVJUD, "the Nigerian Interior Ministry" -> NGAGOV. Movements named after a country
    ("Kosovo Liberation Army", "Syrian Democratic Forces") are not its state's bodies. The body is the longest
    ``bodies`` phrase ending the span ("Pakistan's Foreign Office" -> PAKGOV), else its last word's group."""
    lexicon, doc = ctx.registry.lexicon, ctx.doc
    last = span[-1]
    sector = next((lexicon["bodies"][key] for n in (3, 2, 1) if n <= len(span)
                   and (key := normalise(span[-n:].text)) in lexicon["bodies"]), None) \
        or lexicon["groups"].get(last.lower_) or lexicon["groups"].get(last.lemma_.lower())
    if not sector:
        return False
    found = descriptions.nationality_before(ctx, span.start)
    inside = None if found else nationality_at(ctx, span.start, span.end - 1)
    start, iso = found or (inside[:2] if inside else (None, None))
    middle = doc[(inside[2] if inside else span.start):span.end - 1]
    if iso is None or any(t.lower_ in lexicon["movement_words"] for t in middle):
        return False
    descriptions.drop_states_in(ctx, start, span.end)
    if not ctx.free(start, span.end):
        return False
    ctx.add(doc[start:span.end], descriptions.sector_actor(ctx, iso, sector), "country's body")
    return True


def nationality_at(ctx, start: int, limit: int):
    """(start, ISO3, end) of a demonym or country name opening the words [start, limit)."""
    doc = ctx.doc
    for n in (3, 2, 1):
        if start + n <= limit and doc[start].text[:1].isupper():
            iso = ctx.registry.adjectives.get(normalise(doc[start:start + n].text))
            if iso:
                return start, iso, start + n
    return None


def spelt_out_before(ctx, span) -> str | None:
    """An acronym with no brackets whose letters are the initials of a group or organisation named earlier in the
    article ("the Rapid Support Forces ... The RSF denied it"): that actor's id, else None. Only capitalised words
    give initials ("Front for the Liberation of X" FLX); a person or state never matches."""
    if len(span) != 1 or not span.text.isupper() or not 2 <= len(span.text) <= 6:
        return None
    for mention in ctx.mentions:
        actor = ctx.actor(mention.actor_id)
        if mention.start >= span.start_char or actor is None or actor.actor_type in ("person", "state"):
            continue
        words = [w for w in mention.text.replace("-", " ").split() if w.lower() != "the"]  # "The Rapid Support Forces"
        if "".join(w[0] for w in words if w[0].isupper()) == span.text:
            return mention.actor_id
    return None


def acronym_after(span):
    """'... Policy (AIES)': the upper-case token in brackets right after the name."""
    doc, end = span.doc, span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].text.isupper():
        return doc[end + 1:end + 2]
    return None


def find_repeats(ctx, text: str, actor_id: str, why: str = "acronym of new actor") -> None:
    for i in ctx.token_positions(text):
        if i not in ctx.claimed:
            ctx.add(ctx.doc[i:i + 1], actor_id, why)


def describe_from_context(ctx, actor: Actor, span) -> None:
    """Country from a demonym or capital in (or just before) the name; an organisation named as a foundation,
    association, society... (``lexicon.yaml``'s ``ngo_words``) is coded NGO, after its country if any (CAMEO); for
    people, affiliation from the words describing them before the name ("Arab League Secretary General X", "deputy governor of the
    Tyumen region, X") or from the apposition after it. A person's own name gives no country: a given name may be
    a city ("Wellington Koo", "Paris Hilton"); the roles rule may still take the article's country."""
    person = actor.actor_type == "person"
    actor.country = country_in(ctx, span.doc[max(span.start - 3, 0):span.start if person else span.end])
    if not person:
        actor.country = actor.country or country_in(ctx, span, places=True) or country_in(ctx, own_words_after(span, 4))
        actor.code = actor.country
        if ctx.norms[span.end - 1] in ctx.registry.lexicon["ngo_words"]:
            actor.code = f"{actor.country or ''}NGO"  # "the Kenya Wildlife Foundation" -> KENNGO
        return
    before = description_before(span)
    if before is not None and affiliate(ctx, actor, before):
        return
    actor.country = actor.country or (country_in(ctx, before, places=True) if before is not None else None)
    described = appositive_phrase(span)
    if described is not None and affiliate(ctx, actor, described):
        return  # "X, NATO's deputy secretary general": the body the description names, as a title before the name
    window = apposition(span)
    if window is None:
        actor.code = actor.country
        return
    organisation = next((e for e in ctx.ents_between(window.start, window.end) if e.label_ == "ORG"), None)
    if organisation is not None:
        org = trim(organisation)
        actor.affiliation = slug(org.text)
        near = span.doc[max(org.start - 4, window.start):min(org.end + 4, window.end)]
        actor.country = country_in(ctx, near) or actor.country
    actor.country = actor.country or country_in(ctx, window)
    actor.code = actor.country


def description_before(span):
    """The words before a person's name that describe them: the name's own modifiers ("Arab League
    Secretary General", "Palestinian leader"), or the noun phrase it is in apposition to ("deputy governor
    of the Tyumen region,"); None when there are none."""
    doc, root = span.doc, span.root
    if root.left_edge.i < span.start:
        start = root.left_edge.i
    elif root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
            head = head.head.head  # "governor of the Tyumen region" describes as a whole
        start = head.left_edge.i
    else:
        return None
    start = max(start, span.start - DESCRIPTION_WINDOW, span.sent.start)
    return doc[start:span.start] if start < span.start else None


def affiliate(ctx, actor: Actor, before) -> bool:
    """The organisation or state named in the person's description: "Arab League Secretary General X"."""
    for mention in ctx.mentions:
        if before.start_char <= mention.start and mention.end <= before.end_char:
            other = ctx.actor(mention.actor_id)
            if other.actor_type in AFFILIATION_TYPES:
                if other.actor_type not in ("state", "government", "military"):
                    actor.affiliation = mention.actor_id
                actor.country = other.country
                actor.code = other.code if other.actor_type in ("igo", "organisation", "group", "media") else other.country
                return bool(actor.country or actor.code)
    return False


def appositive_phrase(span):
    """The noun phrase in apposition right after the name, as the parser bounds it ("Tomas Brandvold, NATO's
    deputy secretary general, said"), or None."""
    phrase = next((c for c in span.root.rights if c.dep_ == "appos" and c.left_edge.i > span.end - 1), None)
    return span.doc[phrase.left_edge.i:phrase.right_edge.i + 1] if phrase is not None else None


def following(span, width: int):
    end = min(span.end + width, span.sent.end)
    return span.doc[span.end:end]


def own_words_after(span, width: int):
    """The words after a name, up to ``width``, that still belong to its phrase ("the Zorvan Front in Niger",
    "the Kenya Wildlife Foundation of Nairobi"), not the clause it is the subject of ("the Zorvan Front
    condemned Niger": no country of its own)."""
    window, root = following(span, width), span.root
    end = next((t.i for t in window if not root.is_ancestor(t)), window.end)
    return span.doc[window.start:end]


def apposition(span):
    """The words describing a person right after the name, up to the end of the sentence or a window."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].lower_ not in APPOSITION_OPENERS:
        return None
    return doc[end:min(end + APPOSITION_WINDOW, span.sent.end)]


def country_in(ctx, window, places: bool = False) -> str | None:
    """The first demonym, country name ("Ivory Coast") or capital city in the window; with ``places``,
    also a city or region the registry places in a country ("Tyumen", "Esfahan")."""
    registry, doc, norms = ctx.registry, window.doc, ctx.norms
    for i in range(window.start, window.end):
        if not doc[i].text[:1].isupper():
            continue
        for n in (3, 2):  # "Ivory Coast", "Sri Lanka": every word capitalised
            if i + n <= window.end and all(doc[j].text[:1].isupper() for j in range(i + 1, i + n)):
                key = " ".join(norms[i:i + n])
                iso = registry.adjectives.get(key) or (places and registry.places.get(key))
                if iso:
                    return iso
        key = norms[i]
        iso = key and (registry.adjectives.get(key) or registry.capitals.get(key) or (places and registry.places.get(key)))
        if iso:
            return iso
    return None
