"""Mentions that are not names: titles with a nationality, definite descriptions, bodies, name parts."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from newsledger.actors.countries import named_countries
from newsledger.actors.nonactors import us_city_in, us_state_code
from newsledger.actors.normalise import fold, normalise
from newsledger.actors.registry import data_rows, role_valid
from newsledger.records import Actor

DETERMINERS = {"the", "its", "his", "her", "their"}
REGISTRY_NAME_RULES = {"exact alias", "normalised form", "transliteration variant"}
NAME_RULES = REGISTRY_NAME_RULES | {"fuzzy match", "new actor"}
NAME_LIKE_POS = {"PROPN", "NOUN", "X"}  # the small model often tags unknown surnames as nouns
NOT_NAME_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "EVENT", "LAW", "LANGUAGE"}
MAX_PHRASE = 4
CLAUSE_DEPS = {"dobj", "xcomp", "prep", "pobj", "dative", "conj"}  # dependents in the clause of their verb (or a verb sharing its subject)


_FIRST_WORDS: dict[int, frozenset] = {}


def first_words(table: dict) -> frozenset:
    """First words of a lexicon table's keys, cached per table (tables live as long as their registry)."""
    if id(table) not in _FIRST_WORDS:
        _FIRST_WORDS[id(table)] = frozenset(key.split(" ", 1)[0] for key in table)
    return _FIRST_WORDS[id(table)]


def phrase_at(ctx, i: int, table: dict) -> tuple[int, object] | None:
    """The longest phrase from ``table`` (normalised keys) starting at token i: (end, value)."""
    if ctx.norms[i] not in first_words(table):
        return None
    return longest_phrase(ctx.doc, i, table, ctx.text_of)


def longest_phrase(doc, i: int, table: dict, text_of) -> tuple[int, object] | None:
    """``phrase_at`` once token i may open a phrase: ``text_of(start, end)`` gives the text of tokens [start, end)."""
    for n in range(min(MAX_PHRASE, len(doc) - i), 0, -1):
        last = doc[i + n - 1]
        if last.is_punct or last.is_space or (i + n < len(doc) and doc[i + n].text in "-‐"):
            continue  # "China’s military-technical support" is no body
        key = normalise(text_of(i, i + n))
        if key in table:
            return i + n, table[key]
    return None


def nationality_before(ctx, i: int) -> tuple[int, str] | None:
    """(start token, ISO3) of a demonym or country name ending just before token i ("Chinese", "US", "China's")."""
    doc = ctx.doc
    if i < len(doc) and doc[i].is_sent_start:
        return None  # nothing before it in its sentence: "Ukraine.\nKremlin spokesman" is no Ukrainian's title
    j = i - 1
    if j >= 0 and doc[j].text in ("'s", "’s"):
        j -= 1
    for n in (3, 2, 1):
        start = j - n + 1
        words = doc[max(start, 0):j + 1]
        if any(t.is_space or (t.is_punct and t.text not in "-‐") or (t.i > start and t.is_sent_start) for t in words):
            continue  # a country name is words of one sentence
        if start >= 0 and words.text[:1].isupper():
            key = normalise(doc[start:j + 1].text)
            iso = ctx.registry.adjectives.get(key) or ctx.registry.capitals.get(key)
            if iso:
                return start, iso
    return None


def drop_states_in(ctx, start: int, end: int) -> None:
    """A state name inside a title or body phrase ("US President") modifies it; it is no mention of its own, also
    where the state's mention began before the phrase with its article ("The U.S." of "The U.S. embassy")."""
    phrase = ctx.doc[start:end]
    for mention in [m for m in ctx.mentions if phrase.start_char < m.end <= phrase.end_char]:
        if ctx.actor(mention.actor_id).actor_type == "state":  # "Chinese Foreign Ministry spokesman": the ministry stays
            ctx.unclaim(mention)


def leader_role(ctx, iso: str) -> str:
    return "head_of_government" if iso in ctx.registry.lexicon["leader_is_head_of_government"] else "head_of_state"


def person_mention_from(ctx, i: int):
    """The person mention starting at token i or just after a comma."""
    doc = ctx.doc
    for j in (i, i + 1):
        if j < len(doc) and (j == i or doc[i].text == ","):
            for mention in ctx.mentions:
                if mention.start == doc[j].idx and ctx.actor(mention.actor_id).actor_type == "person":
                    return mention
    return None


def person_named_at(ctx, i: int) -> bool:
    """Whether a person mention starts at token i (a name the parser tagged as no person, taken as one by the
    newcomer rules after a title: "police spokeswoman Resila Onyango")."""
    start = ctx.offsets[i]
    return any(m.start == start and ctx.actor(m.actor_id).actor_type == "person" for m in ctx.mentions)


def name_follows(doc, i: int) -> bool:
    """'China’s President Xi', 'Kenya’s foreign minister, Musalia Mudavadi': a name right after the title, or
    set off by a comma, is left to the name rules."""
    if i + 1 < len(doc) and doc[i].text == "," and doc[i + 1].ent_type_ == "PERSON":
        i += 1
    return i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()


def earlier_holder(ctx, role: str, iso: str, before: int) -> str | None:
    """The latest person named before char ``before`` whose roles match (role, country)."""
    for mention in sorted(ctx.mentions, key=lambda m: -m.start):
        actor = ctx.actor(mention.actor_id)
        if mention.start < before and actor.actor_type == "person":
            if any(r["role"] == role and r["country"] == iso and role_valid(r, ctx.on) for r in actor.roles):
                return mention.actor_id
    return None


def find_titles(ctx) -> None:
    """Title plus nationality: a named holder keeps its name mention; an unnamed one is resolved by role and date."""
    doc, table, bodies = ctx.doc, ctx.registry.lexicon["titles"], ctx.registry.lexicon["bodies"]
    openers = first_words(table)  # phrase_at's own first test, made here without a call for most words
    i = 0
    while i < len(doc):
        found = phrase_at(ctx, i, table) if ctx.norms[i] in openers and i not in ctx.claimed else None
        body = phrase_at(ctx, i, bodies) if found else None
        if body and body[0] > found[0]:
            found = None  # "Russia's General Staff" is a body, not General Staff by rank
        nationality = nationality_before(ctx, i) if found else None
        if found and nationality:
            resolve_title(ctx, nationality, i, *found)
            i = found[0]
        else:
            i += 1


def resolve_title(ctx, nationality: tuple[int, str], title_start: int, title_end: int, roles: list[str]) -> None:
    doc = ctx.doc
    start, iso = nationality
    role = leader_role(ctx, iso) if roles[0] == "leader" else roles[0]
    drop_states_in(ctx, start, title_start)
    if person_mention_from(ctx, title_end) or role == "counterpart" or name_follows(doc, title_end):
        ctx.claimed.update(range(start, title_end))  # a title before a name: no mention of its own
        if role != "counterpart" and not person_mention_from(ctx, title_end):
            titled_surname(ctx, role, iso, title_end)
        return
    definite = start > 0 and doc[start - 1].lower_ in DETERMINERS
    span = doc[start - 1 if definite else start:title_end]
    if not ctx.free(span.start, span.end):
        return
    earlier = earlier_holder(ctx, role, iso, span.start_char) if definite else None
    if earlier:
        ctx.add(span, earlier, "definite description of earlier mention")
        return
    holders = ctx.registry.holders(role, iso, ctx.on)
    if len(holders) == 1:
        ctx.add(span, holders[0], "title plus nationality")


def titled_surname(ctx, role: str, iso: str, i: int) -> None:
    """ "Kenyan President Ruto": a lone name word after a title and nationality is the holder of that office
    on the date whose surname it is (its last word, or the family name the office-holder data gives), when
    exactly one holder has it."""
    doc = ctx.doc
    if i >= len(doc) or i in ctx.claimed or not ctx.free(i, i + 1) or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN"):
        return
    key = fold(doc[i].text)
    holders = [h for h in ctx.registry.holders(role, iso, ctx.on)
               if key in {fold(ctx.registry.actors[h].name.split()[-1]), fold(ctx.registry.short_names.get(h, ""))}]
    if len(set(holders)) == 1:
        ctx.add(doc[i:i + 1], holders[0], "surname after title plus nationality")


def country_after(ctx, end: int) -> tuple[int, str] | None:
    """(end token, ISO3) of "of China" / "of the Russian Federation" / "of Sindh" (a place in a country) right
    after a body."""
    doc = ctx.doc
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    for n in (4, 3, 2, 1):
        if start + n <= len(doc) and doc[start:start + n].text[:1].isupper():
            key = normalise(doc[start:start + n].text)
            iso = ctx.registry.adjectives.get(key) or ctx.registry.places.get(key)
            if iso and not doc[start + n - 1].is_punct:
                return start + n, iso
            region = region_named(ctx, start, start + n)  # "government of Sindh province"
            if region:
                return region
    return None


def region_named(ctx, start: int, end: int) -> tuple[int, str] | None:
    """(end token, ISO3) of an ISO 3166-2 subdivision that the next word calls a region ("Sindh province",
    "West Darfur State"; ``lexicon.yaml``'s ``region_words``); None when "of" and a state's name follow, which
    say whose region it is ("the Centre region of Burkina Faso")."""
    if end < len(ctx.doc) and ctx.norms[end] in ctx.registry.lexicon["region_words"]:
        iso = ctx.registry.regions.get(normalise(ctx.text_of(start, end)))
        if iso and not state_named_after(ctx, end + 1):
            return end + 1, iso
    return None


def state_named_after(ctx, i: int) -> bool:
    """Whether "of" and a state's name or variant (up to three words, "the" allowed; ``Registry.adjectives``)
    begin at token i."""
    if i + 1 >= len(ctx.doc) or ctx.norms[i] != "of":
        return False
    start = i + 2 if ctx.norms[i + 1] == "the" else i + 1
    return any(start + n <= len(ctx.doc) and normalise(ctx.text_of(start, start + n)) in ctx.registry.adjectives
               for n in (3, 2, 1))


def find_bodies(ctx) -> None:
    """Nationality plus body ("Chinese officials", "the MFA of China") -> the country's government or military;
    the same body named again by its capitalised name alone ("South Korea's Joint Chiefs of Staff ... the Joint
    Chiefs of Staff") is that actor again."""
    doc, table = ctx.doc, ctx.registry.lexicon["bodies"]
    named = {}  # normalised capitalised body name -> the actor its first mention with a country gave it
    openers = first_words(table)  # phrase_at's own first test, made here without a call for most words
    for i, norm in enumerate(ctx.norms):
        if norm not in openers:
            continue  # no body starts here
        found = phrase_at(ctx, i, table)
        after = country_after(ctx, found[0]) if found else None
        if after and ctx.free(i, found[0]):
            drop_states_in(ctx, found[0], after[0])
            ctx.add(doc[i:after[0]], f"{after[1]}{found[1]}", "nationality plus body")
            continue
        nationality = nationality_before(ctx, i) if found and i > 0 else None
        if found and nationality and ctx.free(i, found[0]):
            drop_states_in(ctx, nationality[0], i)
            if ctx.free(nationality[0], found[0]):
                ctx.add(doc[nationality[0]:found[0]], f"{nationality[1]}{found[1]}", "nationality plus body")
                if doc[i].text[:1].isupper():
                    named.setdefault(normalise(ctx.text_of(i, found[0])), f"{nationality[1]}{found[1]}")
        elif found and doc[i].text[:1].isupper() and ctx.free(i, found[0]):
            actor_id = named.get(normalise(ctx.text_of(i, found[0])))
            if actor_id:
                ctx.add(doc[i:found[0]], actor_id, "body named earlier with its country")


def name_parts(ctx) -> dict[str, list[tuple[str, str]]]:
    """Key of each word of every person's full name mentioned -> [(actor id, which part)]. A surname led by
    particles (lexicon ``name_particles``) is a key whole ("von der Leyen", "bin Salman", "al-Burhan") and, for one
    joined to its particle, without it ("Burhan"); a particle alone is no key."""
    parts: dict[str, list[tuple[str, str]]] = {}
    surname_first = set(ctx.registry.lexicon["surname_first"])
    particles = set(ctx.registry.lexicon["name_particles"])
    for mention in ctx.mentions:
        actor = ctx.actor(mention.actor_id)
        words = mention.text.split()
        if actor.actor_type != "person" or len(words) < 2 or mention.why not in NAME_RULES:
            continue
        last = 0 if actor.country in surname_first else len(words) - 1
        named = [(word, "surname" if position == last else "given name") for position, word in enumerate(words)
                 if normalise(word) not in particles]
        for word, part in named + [(surname, "surname") for surname in particle_surnames(words, last, particles)]:
            for key in {normalise(word), fold(word)}:
                entry = (mention.actor_id, part)
                parts.setdefault(key, [])
                if entry not in parts[key]:
                    parts[key].append(entry)
    return parts


def particle_surnames(words: list[str], last: int, particles: set[str]) -> list[str]:
    """The forms of a surname (``words[last]``, the last word) led by particles: with the particle words before it
    ("von der Leyen" of "Ursula von der Leyen"), and without a particle joined to it ("Burhan" of "al-Burhan")."""
    if not last:
        return []
    start = last
    while start > 1 and normalise(words[start - 1]) in particles:
        start -= 1
    forms = [" ".join(words[start:last + 1])] if start < last else []
    joined = normalise(words[last]).split()
    return forms + ([" ".join(joined[1:])] if len(joined) > 1 and joined[0] in particles else [])


def find_name_parts(ctx) -> None:
    """A lone surname or given name of someone named in full elsewhere in the document ("Jinping", "Cinping")."""
    parts = name_parts(ctx)
    relink_surnames(ctx, parts)
    find_particle_surnames(ctx, parts)
    particles = ctx.registry.lexicon["name_particles"]
    for i, word in enumerate(ctx.words):
        if not (word.isalpha() and word[:1].isupper()) or i in ctx.claimed or len(word) < 2:
            continue
        if ctx.norms[i] in particles:
            continue  # a particle alone ("Van") is no one's name
        token = ctx.doc[i]
        exact = parts.get(normalise(token.text))
        entries = exact or parts.get(fold(token.text))
        span = ctx.doc[token.i:token.i + 1]
        if entries and len({actor_id for actor_id, _ in entries}) == 1:
            actor_id, part = entries[0]
            variant = "" if exact else " (transliteration variant)"
            ctx.add(span, actor_id, f"{part} of earlier mention{variant}")
        elif not entries and token.pos_ in NAME_LIKE_POS and token.ent_type_ not in NOT_NAME_ENTS:
            known_surname(ctx, span)


MAX_SURNAME_TOKENS = 5  # "van der Linde", "Al-Sharaa", "de la Fuente" (a hyphen is a token)


def find_particle_surnames(ctx, parts) -> None:
    """A surname led by a particle, of one person named in full elsewhere in the document: "Von der Leyen said",
    "Al-Sharaa said" after "Ursula von der Leyen", "Ahmed al-Sharaa" (``name_parts`` keys such surnames whole)."""
    particles = ctx.registry.lexicon["name_particles"]
    for i, norm in enumerate(ctx.norms):
        if norm not in particles or i in ctx.claimed:
            continue
        for end in range(min(i + MAX_SURNAME_TOKENS, len(ctx.doc)), i + 1, -1):
            text = ctx.text_of(i, end)
            if not ctx.free(i, end) or ctx.sentence_of.get(i) != ctx.sentence_of.get(end - 1):
                continue
            entries = [e for e in parts.get(normalise(text)) or parts.get(fold(text), ()) if e[1] == "surname"]
            if len({actor_id for actor_id, _ in entries}) == 1:
                ctx.add(ctx.doc[i:end], entries[0][0], "surname of earlier mention")
                break


def relink_surnames(ctx, parts) -> None:
    """A lone word the registry knows, in any spelling, as another actor's name ("Hussein", Jordan's late king;
    "Assad", another Syrian's) that is the surname of one person named in full before it in the document ("Iraqi
    Foreign Minister Fuad Hussein ... Hussein said", "Bashar al-Assad ... Assad said") is that person: news names a
    person in full once, then by surname. The surname of two such people ("Bashar al-Assad ... his father Hafez
    al-Assad ... Assad") names neither for sure, and no one else: the word is left unresolved."""
    for mention in list(ctx.mentions):
        if mention.why not in REGISTRY_NAME_RULES or " " in mention.text.strip():
            continue
        key = mention.text
        entries = [e for e in parts.get(normalise(key)) or parts.get(fold(key), ()) if e[1] == "surname"]
        people = {actor_id for actor_id, _ in entries if any(
            m.actor_id == actor_id and m.end <= mention.start and " " in m.text.strip() for m in ctx.mentions)}
        if not people or mention.actor_id in people:
            continue
        if len(people) > 1:
            ctx.unclaim(mention)
        else:
            mention.actor_id, mention.why = people.pop(), "surname of earlier mention"


def part_of_longer_name(ctx, span) -> bool:
    return hyphen_joined(span) or inside_longer_person(ctx, span)


def hyphen_joined(span) -> bool:
    """The span ends in, or starts after a capitalised word in, a hyphenated name ("Dong-hoon", "Ben-Gurion")."""
    doc, start, end = span.doc, span.start, span.end
    after = end + 1 < len(doc) and doc[end].text in "-‐" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_alpha
    before = start >= 2 and doc[start - 1].text in "-‐" and not doc[start - 2].whitespace_ \
        and not doc[start - 1].whitespace_ and doc[start - 2].text[:1].isupper()
    return after or before


def inside_longer_person(ctx, span) -> bool:
    """The parser's PERSON name around the span has more name words than it, titles and nationalities aside; a
    title word joined to a particle is a name ("Sheikh" of "Hussein al-Sheikh")."""
    ent = ctx.ent_at(span.start)
    if ent is None or ent.label_ != "PERSON" or span.end > ent.end or len(ent) <= len(span):
        return False
    return any((t.i < span.start or t.i >= span.end) and t.is_alpha and t.text[:1].isupper()
               and (normalise(t.text) not in ctx.registry.title_words or after_particle(ctx, t.i)) for t in ent)


def after_particle(ctx, i: int) -> bool:
    """Token ``i`` is joined by a hyphen to a name particle before it ("al-Sheikh", "el-Sisi")."""
    return i >= 2 and ctx.words[i - 1] in ("-", "‐") and ctx.norms[i - 2] in ctx.registry.lexicon["name_particles"]


def known_surname(ctx, span) -> None:
    """A lone surname of a registry person in office on the date, when only one such person has it: hand-made
    people first, then office holders from the data, then Phoenix's."""
    registry = ctx.registry
    ids = registry.surnames.get(fold(span.text), ())
    in_office = [i for i in ids if any(role_valid(r, ctx.on) for r in registry.actors[i].roles)]
    hand_made = [i for i in in_office if i not in registry.weak and i not in registry.from_holders]
    word = normalise(span.text)
    if part_of_longer_name(ctx, span):
        return  # "Dong" of "Han Dong-hoon" is not China's Dong Jun
    if not hand_made and (word in registry.places or word in registry.title_words or span.root.ent_type_ != "PERSON"):
        return  # "talks in Paris", "Prime Minister X", "NOTE:": not an obscure official surnamed Paris, Prime or Note
    in_office = hand_made or [i for i in in_office if i not in registry.weak] or in_office
    if len(in_office) == 1:
        ctx.add(span, in_office[0], "surname of a registry office holder")


def find_government_forces(ctx) -> None:
    """ "Ethiopian government troops", "Sudan's government forces", "the Afghan government's police": a state's
    government named right before a noun of its armed or police forces (lexicon.yaml force_nouns) is that force
    (ETHMIL), not the government."""
    forces, doc = ctx.registry.lexicon["force_nouns"], ctx.doc
    for mention in list(ctx.mentions):
        actor = ctx.actors.get(mention.actor_id)
        if actor is None or actor.actor_type != "government" or not actor.country:
            continue
        span = doc.char_span(mention.start, mention.end)
        after = doc[span.end] if span is not None and span.end < len(doc) else None
        if after is not None and after.text == "'s" and span.end + 1 < len(doc):
            after = doc[span.end + 1]
        sector = forces.get(after.lower_) if after is not None and after.tag_ in ("NN", "NNS") else None
        if sector and after.i not in ctx.claimed:
            ctx.unclaim(mention)
            ctx.add(doc[span.start:after.i + 1], sector_actor(ctx, actor.country, sector), "government plus its forces")


def find_nationals(ctx) -> None:
    """Leftover demonyms: "Rwandan rebels" -> RWAREB, "Palestinians" or "an Indian proposal" -> the state;
    demonyms of several words ("South African police" -> ZAFCOP); coordinated ones each name their own country's
    group ("French and Egyptian warships", "Sierra Leonean and Liberian refugees"). A demonym the parser took for a
    name's first word ("Russian Railways") is no nationality, unless a lower-case group noun follows it ("Ugandan
    rebels" tagged as an organisation)."""
    doc, i = ctx.doc, 0
    while i < len(doc):
        found = demonym_at(ctx, i) if i not in ctx.claimed else None
        if found is None:
            i += 1
            continue
        end, iso = found
        token = doc[end - 1]
        head, sector = group_after(ctx, token)
        if sector is None:
            head, sector = coordinated_group(ctx, end)
        if sector and head.tag_ == "NN" and head.i + 1 < len(doc) and (
                doc[head.i + 1].ent_type_ == "PERSON" or person_named_at(ctx, head.i + 1)):
            sector = None  # "the Kenyan activist Wanjiru Kamau", "Kenyan police spokeswoman X": a person's description
        if token.pos_ == "PROPN" and token.ent_type_ not in ("NORP", "") and not (sector and head.is_lower):
            i = end
            continue  # a name's first word ("Russian Railways")
        group_end = head.i + 1 if sector and head.i >= end and not coordinated_before(ctx, end, head) else end
        if sector and ctx.free(i, group_end):
            ctx.add(doc[i:group_end], sector_actor(ctx, iso, sector), "nationality plus group")
        elif ctx.free(i, end):
            ctx.add(doc[i:end], iso, "nationality")
        i = end


def find_possessed_groups(ctx) -> None:
    """A state named with "'s" before a group noun is that country's group, one actor, as its demonym before the
    noun is ("Kenya's police" KENCOP, "Venezuela's opposition" VENOPP, "Sudan's rebels" SDNREB): not the state
    beside a group the later rules find alone. A noun before a person's name is the person's description ("Kenya's
    police chief Japhet Koome"); bodies ("Kenya's army") are `find_bodies`'."""
    doc = ctx.doc
    for mention in [m for m in ctx.mentions if ctx.actor(m.actor_id).actor_type == "state"]:
        span = doc.char_span(mention.start, mention.end)
        if span is None or span.end >= len(doc) or doc[span.end].text not in ("'s", "’s"):
            continue
        head, sector = group_after(ctx, span[-1])
        if sector is None or head.i <= span.end or head.i + 1 < len(doc) and (
                doc[head.i + 1].ent_type_ == "PERSON" or person_named_at(ctx, head.i + 1)):
            continue
        if ctx.free(span.end, head.i + 1):
            ctx.unclaim(mention)
            ctx.add(doc[span.start:head.i + 1], sector_actor(ctx, mention.actor_id, sector), "country's group")


def demonym_at(ctx, i: int) -> tuple[int, str] | None:
    """(end token, ISO3) of the longest capitalised demonym or country name of up to three words at token i."""
    doc = ctx.doc
    if not ctx.words[i][:1].isupper() or ctx.norms[i] not in first_words(ctx.registry.adjectives):
        return None
    for n in (3, 2, 1):
        end = i + n
        if end <= len(doc) and all(ctx.words[j][:1].isupper() for j in range(i, end)) \
                and not any(doc[j].is_sent_start for j in range(i + 1, end)):
            iso = ctx.registry.adjectives.get(" ".join(ctx.norms[i:end]))
            if iso:
                return end, iso
    return None


def group_sector(ctx, token) -> str | None:
    """The sector code a group or body noun names ("rebels" -> REB, "troops" -> MIL), or None: ``lexicon.yaml``'s
    groups and bodies first, where a modifier of the noun that names a kind of people or is a group itself
    decides ("Congolese rebel leaders" REB, "Kenyan community leaders" CVL, "Iraqi police officers" COP), then the Phoenix agents ("fishermen" -> AGR, "suicide bomber" -> REB, the noun
    with the word before it first), save those of ``agent_sectors_left_out``."""
    lexicon = ctx.registry.lexicon
    groups, bodies = lexicon["groups"], lexicon["bodies"]
    found = groups.get(token.lower_) or groups.get(token.lemma_.lower()) or bodies.get(token.lower_)
    if found and token.i > 0 and ctx.doc[token.i - 1].head.i == token.i:
        before = ctx.norms[token.i - 1]  # "rebel leaders", "community leaders": the people the leaders are of
        return lexicon["group_modifiers"].get(before) or groups.get(before) or found
    if found or not token.is_alpha:
        return found
    agents, lemma = agent_sectors(), token.lemma_.lower()
    before = ctx.norms[token.i - 1] + " " if token.i > 0 and ctx.words[token.i - 1].isalpha() else None
    keys = ([before + token.lower_, before + lemma] if before else []) + [token.lower_, lemma]
    found = next((agents[key] for key in keys if key in agents), None)
    return None if found and found[:3] in ctx.registry.lexicon["agent_sectors_left_out"] else found


@lru_cache(maxsize=1)
def one_word_agents() -> dict[str, str]:
    """Each one-word Phoenix agent and its regular plurals ("villager", "villagers", "militia", "militias") -> its
    code; irregular plurals ("gunmen") are agents of their own."""
    forms = {}
    for phrase, code in agent_sectors().items():
        if " " not in phrase:
            plural = phrase[:-1] + "ies" if phrase.endswith("y") else phrase + ("es" if phrase.endswith(("s", "x", "ch", "sh")) else "s")
            forms.setdefault(plural, code)
            forms[phrase] = code
    return forms


@lru_cache(maxsize=1)
def agent_sectors() -> dict[str, str]:
    """Noun phrase (lower case) -> CAMEO agent code, from ``data/phoenix_agents.psv`` (converted from the
    PETRARCH-2 Phoenix agents dictionary by ``scripts/convert_phoenix_agents.py``; MIT, Open Event Data Alliance)."""
    return dict(data_rows(resources.files("newsledger.actors") / "data" / "phoenix_agents.psv"))


def group_after(ctx, token):
    """(head, sector) of the group noun a demonym modifies ("Chinese naval forces"), or (token, None)."""
    head = token.head if token.dep_ in ("amod", "compound", "nmod", "poss") and token.head.i > token.i else token
    if token.dep_ == "conj" and is_demonym(ctx, token.head) and token.head.head.i > token.i:
        head = token.head.head  # "French and Egyptian warships": Egyptian warships too
    sector = group_sector(ctx, head)
    return (head, sector) if sector else (token, None)


def coordinated_group(ctx, end: int):
    """(head, sector) of the group noun closing a list of demonyms that starts right after token ``end``
    ("[Sierra Leonean] and Liberian refugees", "[Kenyan], Ugandan and Tanzanian police"); else (None, None)."""
    doc, i, seen = ctx.doc, end, False
    while i < len(doc) and ctx.words[i] in (",", "and", "or"):
        found = demonym_at(ctx, i + 1)
        if found is None:
            return None, None
        i, seen = found[0], True
    sector = group_sector(ctx, doc[i]) if seen and i < len(doc) and doc[i].is_lower else None
    return (doc[i], sector) if sector else (None, None)


def coordinated_before(ctx, end: int, head) -> bool:
    """Whether other demonyms stand between a demonym ending at ``end`` and its group noun: each names its own
    country's group, so the first one's mention stops at its own words."""
    return any(ctx.words[j] in (",", "and", "or") for j in range(end, head.i))


def find_located_groups(ctx) -> None:
    """A group with no nationality, named with the place it is in, belongs to the place's country: "officials in
    Kandahar", "rebels near Goma", "Karachi police" -> AFGGOV, CODREB, PAKCOP. Only groups of ``local_sectors``
    (police, rebels, residents, officials...), which are where they live; the place's country is the registry's
    place list (Phoenix's cities and regions, capitals), so a place it does not know gives nothing. Beside the
    lexicon's groups, a plural attacker noun or Phoenix agent noun of a local sector ("attackers near Mosul", "villagers
    in Kandahar"); not people posted abroad (``posted_abroad``: "diplomats in Brussels"), nor a group that a name
    before the noun says is an international organisation's or another country's ("EC delegation in Tokyo", "FARC
    rebels in Havana": where a named group is says nothing of its country; "USDA officials in California" and "SEC
    officials in Washington", a name with no country, stay the place's). "The rebels" (a sector of
    ``named_earlier_sectors``) after one country's rebels are named with that noun are those rebels, wherever
    they are; so is "the militia" after "the Houthi militia" (``collective_group_nouns``: a singular noun for the
    whole group)."""
    doc, lexicon, agents = ctx.doc, ctx.registry.lexicon, one_word_agents()
    attackers = lexicon["unidentified_attackers"]
    local, prepositions = set(lexicon["local_sectors"]), set(lexicon["location_prepositions"])
    posted_abroad = set(lexicon["posted_abroad"])
    for i, norm in enumerate(ctx.norms):
        sector = lexicon["groups"].get(norm) or lexicon["bodies"].get(norm)
        if sector is not None and i > 0 and ctx.norms[i - 1] in lexicon["group_modifiers"]:
            sector = lexicon["group_modifiers"][ctx.norms[i - 1]]  # "community leaders": civilians, not the government
        if sector is None and (norm in attackers or norm in agents) and doc[i].tag_ == "NNS":
            sector = attackers.get(norm) or agents[norm]  # one gunman is no group
        if sector is None or sector[:3] not in local or i in ctx.claimed or norm in posted_abroad:
            continue
        token = doc[i]
        if not (token.is_lower or token.is_sent_start and token.text[1:].islower()) or token.dep_ == "compound":
            continue  # "a police station in Karachi" is no group
        earlier = group_named_earlier(ctx, token, sector) if i > 0 and ctx.norms[i - 1] == "the" \
            and (token.tag_ == "NNS" or norm in lexicon["collective_group_nouns"]) else None
        if earlier:
            ctx.add(doc[token.i:token.i + 1], earlier, "the group named earlier")
            continue
        before = place_before(ctx, token.i)
        if before:
            ctx.add(doc[before[0]:token.i + 1], sector_actor(ctx, before[1], sector), "place plus group")
            continue
        named = named_before(ctx, i)
        iso = place_after(ctx, token.i + 1, prepositions)
        if iso and named in ("", iso):
            ctx.add(doc[token.i:token.i + 1], sector_actor(ctx, iso, sector), "group in a place")
            continue
        iso = place_of_act(ctx, token, prepositions) if sector[:3] not in lexicon["travelling_sectors"] else None
        if iso and named in ("", iso):
            ctx.add(doc[token.i:token.i + 1], sector_actor(ctx, iso, sector), "group acting in a place")


def group_named_earlier(ctx, token, sector: str) -> str | None:
    """The actor that every earlier mention of a group of ``sector`` (one of ``named_earlier_sectors``) with a
    country, named with the same noun as ``token``, names ("Colombian rebels", "FARC rebels" before "the rebels":
    COLREB, FARC), or None when there is none or more than one. The noun must be repeated: "the rebels" after
    "the NRA" alone may be others."""
    if sector not in ctx.registry.lexicon["named_earlier_sectors"]:
        return None
    found = set()
    for mention in ctx.mentions:
        actor = ctx.actor(mention.actor_id)
        if mention.end > token.idx or (actor.code or "")[3:6] != sector or not actor.country:
            continue
        last = bisect_left(ctx.offsets, mention.end) - 1  # the mention's last token, then the word after it
        if any(k < len(ctx.doc) and ctx.doc[k].lemma_.lower() == token.lemma_.lower() for k in (last, last + 1)):
            found.add(mention.actor_id)
    return found.pop() if len(found) == 1 else None


def named_before(ctx, i: int) -> str:
    """Whose a group noun at token i is by the name right before it: the country of a group, organisation or person
    whose mention ends there ("FARC" in "FARC rebels": COL), "IGO" for an international organisation ("EC
    delegation"), or "" when no name with either is there (states, governments and militaries name their own groups
    by the nationality rules)."""
    end = ctx.offsets[i - 1] + len(ctx.words[i - 1]) if i > 0 else -1
    for mention in ctx.mentions:
        actor = ctx.actor(mention.actor_id)
        if mention.end == end and actor.actor_type not in ("state", "government", "military"):
            return "IGO" if actor.actor_type == "igo" else actor.country or ""
    return ""


def place_of_act(ctx, token, prepositions: set[str]) -> str | None:
    """ISO3 of the known place where a group that is a verb's subject acts: "Police fired tear gas at students in
    Nairobi", "Gunmen opened fire on a bus near Kandahar", "Thousands of workers marched in Lagos" (a place phrase of
    the verb or of its object or infinitive; a ``quantity_nouns`` word may stand for the group as the subject).
    None when the group is someone's ("leaders of the party"), or the places lie in different countries. The caller
    leaves out ``travelling_sectors`` (officials meet abroad: "officials met in Geneva")."""
    subject, quantities = token, ctx.registry.lexicon["quantity_nouns"]
    while subject.dep_ == "pobj" and subject.head.lower_ == "of" and ctx.norms[subject.head.head.i] in quantities:
        subject = subject.head.head  # "Thousands of people marched in Tirana": the quantity is the verb's subject
    if subject.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "prep" for c in token.children):
        return None
    found = clause_places(ctx, verb_phrases(ctx, subject), prepositions)
    return found.pop() if len(found) == 1 else None


def verb_phrases(ctx, token) -> list:
    """The dependents of a subject's verb after it that may hold a place phrase (objects, phrases, directions)."""
    compass = ctx.registry.lexicon["compass_words"]
    return [c for c in token.head.children if c.i > token.i and (c.dep_ in CLAUSE_DEPS or ctx.norms[c.i] in compass)]


def clause_places(ctx, starts: list, prepositions: set[str]) -> set[str]:
    """ISO3 codes of the known places in the place phrases at or below ``starts`` (tokens), walking only
    dependents in the clause (``CLAUSE_DEPS``): a verb's own phrases and those of its object and infinitive."""
    compass = ctx.registry.lexicon["compass_words"]
    phrases, stack = [], list(starts)
    while stack:
        child = stack.pop()
        if child.dep_ == "prep" or ctx.norms[child.i] in compass:
            phrases.append(child)
        stack.extend(c for c in child.children if c.dep_ in CLAUSE_DEPS)
    return {place_after(ctx, phrase.i, prepositions) for phrase in phrases} - {None}


def find_unidentified_attackers(ctx) -> None:
    """Armed attackers no rule gave a country or group ("Gunmen opened fire", "unknown attackers", "a suicide
    bomber") are one actor, ``UAF`` (CAMEO's unidentified armed forces), with no country: the text does not say
    whose they are. The nouns are ``lexicon.yaml``'s ``unidentified_attackers``."""
    doc, nouns = ctx.doc, ctx.registry.lexicon["unidentified_attackers"]
    starts = first_words(nouns)
    for i, norm in enumerate(ctx.norms):
        if norm not in starts or i in ctx.claimed or not ctx.words[i][1:].islower():
            continue
        found = phrase_at(ctx, i, nouns)
        if found and ctx.free(i, found[0]) and doc[found[0] - 1].pos_ == "NOUN":
            ctx.add(doc[i:found[0]], unidentified_armed_actor(ctx), "unidentified attackers")


def unidentified_armed_actor(ctx) -> str:
    """The one country-less ``UAF`` actor (CAMEO's unidentified armed forces), made on first use."""
    if ctx.actor("UAF") is None:
        ctx.actors["UAF"] = Actor("UAF", "unidentified armed attackers", "group", code="UAF")
    return "UAF"


def find_attacks_as_subjects(ctx) -> None:
    """A bomb or an ambush that is the subject of a verb of harm stands for whoever set it ("A roadside bomb killed
    two soldiers near Samarra", "A car bomb exploded outside a police station in Peshawar"): CAMEO and PLOVER code
    such a source as unidentified armed forces (``UAF``), of the country of the known places named with the noun
    or the verb when they lie in one country (``IRQUAF``), else with no country. Nouns: ``lexicon.yaml``'s
    ``attack_nouns`` (not a bare "explosion", which may be an accident); verbs: ``harm_verbs`` (lemmas). Not when
    the attack is someone's ("a Taliban bomb", "an ambush by rebels"): then the words naming them are actors."""
    lexicon = ctx.registry.lexicon
    nouns, verbs = lexicon["attack_nouns"], lexicon["harm_verbs"]
    prepositions = set(lexicon["location_prepositions"])
    starts = first_words(nouns)
    for i, norm in enumerate(ctx.norms):
        if norm not in starts or i in ctx.claimed:
            continue
        found = phrase_at(ctx, i, nouns)
        if not found:
            continue
        noun = ctx.doc[found[0] - 1]
        if noun.dep_ != "nsubj" or noun.head.lemma_ not in verbs or not ctx.free(noun.left_edge.i, found[0]) or \
                any(c.dep_ == "poss" or c.dep_ == "agent" or c.lower_ == "by" for c in noun.children):
            continue
        places = clause_places(ctx, [c for c in noun.children if c.dep_ == "prep"] + verb_phrases(ctx, noun),
                               prepositions)
        sector = found[1]
        actor_id = sector_actor(ctx, places.pop(), sector) if len(places) == 1 else unidentified_armed_actor(ctx)
        ctx.add(ctx.doc[i:found[0]], actor_id, "attack as subject")


def find_unqualified_bodies(ctx) -> None:
    """A state's body named with no country ("the Finance Ministry said", "the central bank", "the cabinet") is
    that of the state the article is about: the one it names with at least two mentions more than any other
    (``leading_country``), so a lone sentence that names one state, often the other party ("The Foreign Ministry
    summoned Britain's envoy"), gives none. The bodies and their CAMEO sectors are
    ``lexicon.yaml``'s ``unqualified_bodies`` (the opposition too, as domestic); such a name needs "the" before it,
    alone or with names between ("the Nakasone cabinet": ``names_after_the``), or to be plural ("Opposition
    parties said"), or the parser's having taken it for a new organisation ("Finance Ministry"), which then becomes
    that state's body instead of one actor shared by every article's finance ministry. A body that reports what a
    state or one of its organs did is left to coreference, which makes it that state's whichever state the article
    names most ("Norway expelled a Russian diplomat, the foreign ministry said", in a story about Russia; "Moroccan
    police raided ..., the interior ministry said": ``reported_state``, coref.body_actor). With no leading state, an
    opposition is that of the country where its clause places it (``country_of_clause``). A body followed by "of"
    and a name ("the central bank of Brazil") is left to the other rules."""
    table = ctx.registry.lexicon["unqualified_bodies"]
    starts, country = first_words(table), None  # country: "" once the article is found to have no leading state
    body_words = {word for key in table for word in key.split()}  # "Foreign" of "the Foreign Trade Ministry"
    for i, norm in enumerate(ctx.norms):
        if norm not in starts:
            continue
        found = phrase_at(ctx, i, table)
        if not found or found[0] < len(ctx.doc) and ctx.words[found[0]] == "of":
            continue
        end, sector = found
        if sector == "OPP" and end < len(ctx.doc) and ctx.norms[end] in ctx.registry.lexicon["resistance_after"]:
            continue  # "the opposition to the takeover" is resistance, not the opposition parties
        start = i
        if sector == "OPP" and i > 0 and ctx.norms[i - 1] in ctx.registry.lexicon["armed_opposition_words"]:
            start, sector = i - 1, "REB"  # "armed opposition groups" are rebels
        names_from = names_after_the(ctx, start, end)
        named = names_from is not None and names_from < start and not \
            set(ctx.norms[names_from:start]) <= body_words  # names between "the" and the body, not "Foreign Trade"
        leader = surname_country(ctx, names_from, start) if named else None  # "the Nakasone cabinet"
        named_org = new_organisation_at(ctx, names_from, end) if names_from is not None else None
        if named and leader is None and (names_name_another(ctx, names_from, start, sector) or named_org):
            continue  # "the Hamas cabinet", "The Catalan Parliament": someone else's body, or one of its own
        named_as = new_organisation_at(ctx, start, end) or named_org  # "the Nakasone Cabinet"
        if named_as is None and not (ctx.free(start, end) and (start > 0 and ctx.norms[start - 1] == "the" or
                                                                ctx.doc[end - 1].tag_ == "NNS" or names_from is not None)):
            continue  # "the cabinet", "opposition parties"; not "a cabinet reshuffle"
        if leader is None and named_as is None and reported_state(ctx, ctx.doc[end - 1]) is not None:
            continue  # "Norway expelled ..., the foreign ministry said": Norway's, which coreference gives it
        if country is None:
            country = leading_country(ctx) or ""
        why = "body named after its country's leader" if leader else "body of the article's country"
        iso = leader or country
        if not iso and sector in ("OPP", "REB"):
            iso, why = country_of_clause(ctx, ctx.doc[end - 1]), "opposition where its clause places it"
        if not iso:
            continue
        actor_id = sector_actor(ctx, iso, sector)
        if named_as is None:
            ctx.add(ctx.doc[start:end], actor_id, why)
            continue
        for mention in ctx.mentions:
            if mention.actor_id == named_as:
                mention.actor_id, mention.why = actor_id, why
        ctx.actors[actor_id] = ctx.actor(actor_id)  # a registry actor (FRAGOV) is not in the article's yet
        del ctx.actors[named_as]


def find_shared_country_names(ctx) -> None:
    """A short name two states share ("Congo" alone), as a state's name of its own, is the state ``lexicon.yaml``'s
    ``shared_country_names`` gives for the article's date: before ``until`` the ``until_then`` state; from then on
    (or undated) the reading of ``readings`` the article names most (``countries.named_countries``, places counted:
    "Brazzaville" names COG), the first on a tie. Not a word of a longer name ("the Congo River", "Belgian Congo",
    "Congo-Brazzaville", which the registry knows)."""
    shared = ctx.registry.lexicon["shared_country_names"]
    chosen: dict[str, str] = {}
    for i, norm in enumerate(ctx.norms):
        if norm not in shared or not ctx.words[i][:1].isupper() or i in ctx.claimed:
            continue
        if i + 1 < len(ctx.words) and (ctx.words[i + 1][:1].isupper() or ctx.words[i + 1] in ("-", "‐")) \
                or i > 0 and ctx.words[i - 1][:1].isupper() and not ctx.doc[i].is_sent_start:
            continue
        if norm not in chosen:
            rule = shared[norm]
            if ctx.on and ctx.on < str(rule["until"]):
                chosen[norm] = rule["until_then"]
            else:
                counts = named_countries(ctx.doc, ctx.mentions, ctx.actors, ctx.registry, leaving_out=norm)
                chosen[norm] = max(rule["readings"], key=lambda iso: (counts[iso], iso == rule["readings"][0]))
        ctx.add(ctx.doc[i:i + 1], chosen[norm], "short name two states share, read by date and context")


def read_former_states(ctx) -> None:
    """States that are no more (``lexicon.yaml``'s ``former_states``: the Soviet Union until 1991-12-25), read by
    the article's date. After ``until``, a mention of the state or one of its bodies whose words hold none of the
    state's names ("former Soviet republics", "Soviet officials", "post-Soviet states") is history and names no
    actor, while "the Soviet Union invaded Afghanistan in 1979" still names it. On or before ``until``, a seat of
    government of the ``successor`` ("Moscow said", "the Kremlin") is the former state's government, so one
    government has one id; "Russia" stays Russia. Undated articles are left as the other rules read them."""
    if not ctx.on:
        return
    touched = set()  # actors that may have lost their last mention
    for iso, rule in ctx.registry.lexicon["former_states"].items():
        state = ctx.registry.actors[iso]
        if ctx.on > str(rule["until"]):
            names = {normalise(name) for name in [state.name, *state.aliases]}
            for mention in [m for m in ctx.mentions if m.actor_id.startswith(iso)]:
                if not any(name in normalise(mention.text) for name in names):
                    ctx.unclaim(mention)
                    touched.add(mention.actor_id)
        else:
            seats, successor = {normalise(seat) for seat in rule["seats"]}, f"{rule['successor']}GOV"
            for mention in ctx.mentions:
                if mention.actor_id == successor and normalise(mention.text) in seats:
                    mention.actor_id, mention.why = f"{iso}GOV", f"{mention.why}, the seat of a former state on its date"
                    ctx.actors[mention.actor_id] = ctx.actor(mention.actor_id)
                    touched.add(successor)
    for actor_id in touched - {m.actor_id for m in ctx.mentions}:
        ctx.actors.pop(actor_id, None)


def new_organisation_at(ctx, start: int, end: int) -> str | None:
    """The id of a new organisation with no country whose mention is exactly tokens [start, end), or None."""
    for mention in ctx.mentions:
        if mention.start == ctx.offsets[start] and mention.end == ctx.offsets[end - 1] + len(ctx.words[end - 1]):
            actor = ctx.actors.get(mention.actor_id)
            new = actor is not None and mention.actor_id not in ctx.registry.actors
            return mention.actor_id if new and actor.actor_type == "organisation" and not actor.country else None
    return None


def names_after_the(ctx, start: int, end: int) -> int | None:
    """The first token after "the" when the phrase ``start:end`` follows "the" and words that name it ("the Nakasone
    cabinet", "the Azadliq (Freedom) opposition coalition", "the 200-seat Parliament"): capitalised words, numbers
    and punctuation only; else None. A lower-case word between ("the main opposition", "the labour opposition") may
    make it another state's or resistance, and so may a word naming a state or nationality ("the Soviet Foreign
    Ministry" in a story about Iran): both are left alone."""
    det = next((c for c in ctx.doc[end - 1].children if c.dep_ == "det" and c.i < start), None)
    if det is None or det.lower_ != "the":
        return None
    names = ctx.doc[det.i + 1:start]
    if not all(t.text[:1].isupper() or t.like_num or t.is_punct or "-" in t.text for t in names) or \
            any(t.ent_type_ in ("GPE", "NORP") or ctx.norms[t.i] in ctx.registry.adjectives for t in names):
        return None
    return det.i + 1


# Parser entities that make a word before a body the name of someone else ("the Hamas cabinet") or of a body of its
# own ("The Catalan Parliament"). A party's name before "opposition" ("the Christian Democratic opposition": NORP,
# or a new organisation with no country) names that country's opposition, so those are let through for it.
OTHER_NAME_ENTS = {"ORG", "NORP", "GPE", "LOC", "FAC", "PERSON"}
LEADER_ROLES = {"head_of_state", "head_of_government"}


def surname_country(ctx, start: int, end: int) -> str | None:
    """ISO3 of the one country of the people whose family name is a word of tokens [start, end) ("the Netanyahu
    cabinet" -> ISR, "the Nakasone cabinet" -> JPN): people the article names there or elsewhere, and registry
    people (``Registry.surnames``) leading a state or in its government (Phoenix's bare ``JPNGOV`` role) on the
    article's date, after whom governments are named (not a labour minister surnamed Catalan for "the Catalan
    Parliament"); None when there are none or several countries."""
    countries = set()
    for i in range(start, end):
        word = ctx.words[i]
        if not (word.isalpha() and word[:1].isupper()):
            continue
        ids = [m.actor_id for m in ctx.mentions if fold(m.text.split()[-1]) == fold(word)]
        ids += [p for p in ctx.registry.surnames.get(fold(word), ()) if any(
            r["role"] in (*LEADER_ROLES, f"{r['country']}GOV") and role_valid(r, ctx.on)
            for r in ctx.registry.actors[p].roles)]
        countries.update(actor.country for p in ids
                         if (actor := ctx.actor(p)) is not None and actor.actor_type == "person" and actor.country)
    return countries.pop() if len(countries) == 1 else None


def names_name_another(ctx, start: int, end: int, sector: str) -> bool:
    """Whether a word of tokens [start, end) before a body lies in another mention or in a parser entity of its
    own (``OTHER_NAME_ENTS``), so the words name someone other than the article's state; for an opposition, not a
    NORP entity or a new actor with no country (its party's name)."""
    for i in range(start, end):
        ent = ctx.ent_at(i)
        label = ent.label_ if ent is not None else None
        if i in ctx.claimed:
            holder = next(m for m in ctx.mentions if m.start <= ctx.offsets[i] < m.end)
            actor = ctx.actor(holder.actor_id)
            if sector != "OPP" or holder.actor_id in ctx.registry.actors or actor.country:
                return True
        elif label in OTHER_NAME_ENTS and not (label == "NORP" and sector == "OPP"):
            return True
    return False


def country_of_clause(ctx, noun) -> str | None:
    """ISO3 of the known places in the clause of the verb whose subject holds ``noun`` ("Leaders of the opposition
    coalition agreed to postpone the demonstration in Baku": AZE), when they lie in one country and the sentence
    names no state or person of another (an opposition in exile: "met in Vilnius to plan protests against
    Lukashenko"); else None. Used for a country's opposition, which acts at home, when the article names no leading
    state; not for a ministry, whose delegation may well act abroad ("the Finance Ministry's team arrived in
    Washington")."""
    while noun.dep_ in ("pobj", "prep", "compound", "conj") and noun.head is not noun:
        noun = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    places = clause_places(ctx, verb_phrases(ctx, noun), set(ctx.registry.lexicon["location_prepositions"]))
    if len(places) != 1:
        return None
    iso = places.pop()
    sentence = ctx.sentence_of[noun.i]
    named = {actor.country for m in ctx.mentions if m.sentence == sentence and (actor := ctx.actor(m.actor_id))}
    return None if named - {iso, None} else iso  # "met in Vilnius to plan protests against Lukashenko": in exile


def subject_of_report(token, speaker) -> bool:
    """Whether ``token`` is the subject of the clause that ``speaker`` reports ("Chile expelled ..., the foreign
    ministry said": Chile), not of a clause inside it ("if South Africa is perceived ..., the department said")."""
    if token.dep_ not in ("nsubj", "nsubjpass") or speaker.dep_ not in ("nsubj", "nsubjpass"):
        return False
    clause, verb = token.head, speaker.head
    return clause.head.i == verb.i and clause.dep_ in ("ccomp", "parataxis") or \
        verb.head.i == clause.i and verb.dep_ in ("ccomp", "parataxis")


def reported_state(ctx, speaker) -> str | None:
    """The state a body speaks for when it reports what that state did ("Norway expelled a diplomat, the foreign
    ministry said": Norway), or what one of its own organs did ("Moroccan police raided a charity, the interior
    ministry said": Morocco; `organ_state`), by the subject of the clause it reports; None when that is no state."""
    for mention in ctx.mentions:
        actor = ctx.actors.get(mention.actor_id)
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if actor is not None and span is not None and subject_of_report(span.root, speaker):
            return actor.actor_id if actor.actor_type == "state" else organ_state(ctx.registry, actor)
    return None


def organ_state(registry, actor) -> str | None:
    """The state whose own organ ``actor`` is, a sector code of it in ``lexicon.yaml``'s ``state_sectors``
    (MARCOP for "Moroccan police", KENMIL for "Kenyan troops"), else None: its rebels or its business are no organ
    that the state's ministry answers for."""
    country = actor.country
    if not country or actor.actor_type == "state" or not actor.actor_id.startswith(country) or \
            country not in registry.actors or actor.actor_id[len(country):len(country) + 3] not in registry.lexicon["state_sectors"]:
        return None
    return country


def leading_country(ctx) -> str | None:
    """ISO3 of the state the article names with at least two mentions more than any other (states, governments,
    militaries and demonyms, by ``countries.named_countries``, and people of that country; a country named before
    a currency, "U.S. dlrs", is no mention: nonactors.claim_currency_countries), or None: a story about two states
    ("West Germany and Tanzania signed...") says nothing of whose ministry speaks."""
    counts = named_countries(ctx.doc, ctx.mentions, ctx.actors, ctx.registry, places=False)
    counts.update(actor.country for m in ctx.mentions
                  if (actor := ctx.actors.get(m.actor_id)) is not None and actor.actor_type == "person" and actor.country)
    ranked = counts.most_common(2) + [(None, 0), (None, 0)]
    return ranked[0][0] if ranked[0][1] >= ranked[1][1] + 2 else None


def place_before(ctx, i: int) -> tuple[int, str] | None:
    """(start token, ISO3) of a known place of up to three capitalised words right before token i ("Karachi")."""
    doc = ctx.doc
    for n in (3, 2, 1):
        start = i - n
        if start < 0 or not ctx.free(start, i) or doc[i].is_sent_start or \
                not all(t.is_alpha and t.text[:1].isupper() and (t.i == start or not t.is_sent_start) for t in doc[start:i]):
            continue
        iso = ctx.registry.places.get(normalise(ctx.text_of(start, i)))
        if iso:
            return start, iso
    return None


def place_after(ctx, i: int, prepositions: set[str]) -> str | None:
    """ISO3 of a known place after a preposition at token i ("in Kandahar", "outside the Hague", "near the town of
    Goma": a ``place_kinds`` or ``region_words`` noun and "of" may come first, and after a region word the name may
    be a subdivision, "in the region of Oromia"; "south of Algiers": a ``compass_words`` word and "of" stand for the
    preposition), or None."""
    doc = ctx.doc
    if i + 1 < len(doc) and ctx.norms[i] in ctx.registry.lexicon["compass_words"] and doc[i + 1].lower_ == "of":
        i += 1
    elif i >= len(doc) or doc[i].lower_ not in prepositions:
        return None
    start = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
    region_kind = start < len(doc) and ctx.norms[start] in ctx.registry.lexicon["region_words"]
    if start + 1 < len(doc) and (region_kind or ctx.norms[start] in ctx.registry.lexicon["place_kinds"]) and \
            doc[start + 1].lower_ == "of":
        start += 2
    else:
        region_kind = False
    joined = hyphenated_end(ctx, start)  # "in Port-au-Prince": one name of five tokens
    if joined and (iso := ctx.registry.places.get(normalise(ctx.text_of(start, joined)))):
        return iso
    for n in (3, 2, 1):
        end = start + n
        if end > len(doc) or not all(t.is_alpha and t.text[:1].isupper() and not t.is_sent_start for t in doc[start:end]):
            continue
        region = region_named(ctx, start, end)  # "police in Sindh province", "rebels in West Darfur State"
        if region:
            return region[1]
        if end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper():
            continue  # part of a longer name: "in Karachi Stock Exchange"
        iso = ctx.registry.places.get(normalise(ctx.text_of(start, end)))
        if iso:
            return qualifier_country(ctx, ctx.text_of(start, end), end) or iso
        if region_kind and (iso := ctx.registry.regions.get(normalise(ctx.text_of(start, end)))):
            return iso  # "in the region of Oromia": called a region before its name
    return None


def hyphenated_end(ctx, start: int) -> int | None:
    """End token of a capitalised name whose words are joined by hyphens with no spaces ("Port-au-Prince",
    "Aix-en-Provence") starting at token ``start``, or None when no hyphen follows its first word."""
    doc, end = ctx.doc, start + 1
    if start >= len(doc) or not ctx.words[start][:1].isupper():
        return None
    while end + 1 < len(doc) and ctx.words[end] in ("-", "‐") and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    return end if end > start + 1 else None


def qualifier_country(ctx, place: str, i: int) -> str | None:
    """ISO3 of a US state that has a city called ``place``, or of a country, set off by a comma at token i: it
    says where the place lies ("Paris, Texas" -> USA; "Tripoli, Lebanon" -> LBN; "Tbilisi, Georgia" -> GEO)."""
    doc = ctx.doc
    if i + 1 >= len(doc) or ctx.words[i] != ",":
        return None
    for n in (2, 1):
        if i + 1 + n <= len(doc) and not ctx.punct[i + n]:  # "Savannah, Georgia, on Tuesday": not "Georgia ,"
            text = ctx.text_of(i + 1, i + 1 + n)
            state = us_state_code(text)
            iso = "USA" if state and us_city_in(place, state) else ctx.registry.adjectives.get(normalise(text))
            if iso:
                return iso
    return None


def is_demonym(ctx, token) -> bool:
    return token.text[:1].isupper() and normalise(token.text) in ctx.registry.adjectives


def sector_actor(ctx, iso: str, sector: str) -> str:
    """The country-sector actor (``RWAREB``), made on first use when the registry lacks it."""
    actor_id = f"{iso}{sector}"
    if ctx.actor(actor_id) is None:
        state, labels = ctx.registry.actors[iso], ctx.registry.lexicon["sectors"]
        label = " ".join(labels.get(sector[k:k + 3], sector[k:k + 3].lower()) for k in range(0, len(sector), 3))
        ctx.actors[actor_id] = Actor(actor_id, f"{state.name} {label}", "group", country=iso, code=actor_id)
    return actor_id
