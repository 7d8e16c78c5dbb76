"""Roles read from the text: a person named beside a title and a country holds that role, dated by the
article.

"Armenian Prime Minister Nikol Pashinyan", "Pashinyan, Armenia's prime minister", "Kenya's foreign minister,
Musalia Mudavadi", "X, the president of Kenya", "X, the head of Greece's central bank"; "Finance Minister X" in a
story about one country. Title words and the role each names are ``lexicon.yaml``'s ``titles`` (and
``head_words`` + ``headed_bodies``); the sector of a new person's CAMEO-style code comes from ``role_sectors``;
``past_words`` ("former") give no role.
"""

from __future__ import annotations

from newsledger.actors import descriptions, newcomers
from newsledger.actors.countries import named_countries
from newsledger.actors.normalise import fold, normalise

ARTICLES = {"the", "a", "an"}


def find_text_roles(ctx) -> None:
    """Give every person named beside a title with a country that role for this article.

    A registry person keeps the registry's actor; the text's role is the mention's ``role`` for this article and,
    when it differs from the role the registry gives for the date, the ``why`` says so. A person the registry
    lacks gains the role (``start`` = the article's date, ``source`` = ``text``), its country, and the code
    country + sector (``KENGOV``)."""
    doc, titles = ctx.doc, ctx.registry.lexicon["titles"]
    openers = descriptions.first_words(titles) | set(ctx.registry.lexicon["head_words"])
    i = 0
    while i < len(doc):
        found = described_office(ctx, i, titles) if ctx.norms[i] in openers else None
        if found is None:
            i += 1
            continue
        start, end, role, iso = found
        person = person_beside(ctx, start, end)
        if person is not None and iso is None:
            iso = ctx.actor(person.actor_id).country or article_country_here(ctx, start)
        if person is not None and iso is not None:
            descriptions.drop_states_in(ctx, start, end)
            ctx.claimed.update(range(start, end))
            give_role(ctx, person, role, iso, ctx.text_of(start, end))
        i = end


def described_office(ctx, i: int, titles: dict) -> tuple[int, int, str, str | None] | None:
    """(start, end, role, ISO3) of "Armenian Prime Minister", "Kenya's foreign minister", "president of Kenya"
    or "head of Greece's central bank" starting at token i. With no country named, only an office of
    ``roles_of_the_article_country`` ("Finance Minister X") is returned, with ISO3 None: the person's own country
    or the article's decides."""
    doc, lexicon = ctx.doc, ctx.registry.lexicon
    found = descriptions.phrase_at(ctx, i, titles)
    if found is not None:
        end, roles = found
        deputy = i > 0 and doc[i - 1].lower_ in lexicon["deputy_words"]  # "Russian Deputy Foreign Minister"
        nationality = descriptions.nationality_before(ctx, i - 1 if deputy else i)
        after = None if nationality else descriptions.country_after(ctx, end)
        unqualified = not (nationality or after) and roles[0] in lexicon["roles_of_the_article_country"]
        if roles[0] == "counterpart" or not (nationality or after or unqualified):
            return None
        start, iso = nationality or (i - 1 if deputy else i, after[1] if after else None)
        if start > 0 and doc[start - 1].lower_ in lexicon["deputy_words"]:
            start, deputy = start - 1, True  # "Assistant U.S. Treasury Secretary"
        end = after[0] if after else end
        role = descriptions.leader_role(ctx, iso) if roles[0] == "leader" else roles[0]
        if deputy and not role.startswith("deputy_"):
            role = f"deputy_{role}"
    else:
        headed = head_of_body(ctx, i)
        if headed is None:
            return None
        start, end, role, iso = headed
    before = start - 1 if start > 0 and doc[start - 1].lower_ in ARTICLES else start
    if before > 0 and doc[before - 1].lower_.rstrip("-") in lexicon["past_words"]:
        return None  # "former Prime Minister X" no longer holds the office
    return start, end, role, iso


def article_country(ctx) -> str | None:
    """The state the article names most ("Finance Minister X" in a story about Brazil is Brazil's), counted by
    ``countries.named_countries`` over the mentions found so far, places left out (talks in New York say nothing
    of whose minister speaks) and the states of the currencies it names ("the Taiwan dollar", no actor:
    nonactors.claim_currency_countries); None unless it is the only state named or leads the others with at least two
    mentions."""
    if "country" not in ctx.cache:
        counts = named_countries(ctx.doc, ctx.mentions, ctx.actors, ctx.registry, places=False)
        counts.update(ctx.cache.get("currency_countries", ()))
        ranked = counts.most_common(2)
        leads = len(ranked) == 1 or ranked and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]
        ctx.cache["country"] = ranked[0][0] if leads else None
    return ctx.cache["country"]


def article_country_here(ctx, start: int) -> str | None:
    """The article's country (``article_country``) for a title with no country at token ``start``, unless the text
    has just named another state and not that one, in the sentence before or in the title's own before it ("Peru
    rejected the tariffs. Foreign Minister X said ..." in a story mostly about Kenya): whose office it is is then not
    said, and the person takes no country."""
    iso = article_country(ctx)
    if iso is None:
        return None
    sentence = ctx.sentence_of[start]
    first = next(i for i in range(start + 1) if ctx.sentence_of[i] >= sentence - 1)
    window = ctx.doc[first:start]
    near = [m for m in ctx.mentions if window.start_char <= m.start and m.end <= window.end_char]
    named = named_countries(window, near, ctx.actors, ctx.registry, places=False)
    return iso if iso in named or not named else None


def head_of_body(ctx, i: int) -> tuple[int, int, str, str] | None:
    """'head of Greece's central bank', 'chief of the Kenyan army' -> (start, end, role, ISO3)."""
    doc, lexicon = ctx.doc, ctx.registry.lexicon
    if doc[i].lower_ not in lexicon["head_words"] or i + 2 >= len(doc) or doc[i + 1].lower_ != "of":
        return None
    k = i + 3 if doc[i + 2].lower_ == "the" else i + 2
    for n in (3, 2, 1):
        if k + n <= len(doc) and doc[k].text[:1].isupper():
            iso = ctx.registry.adjectives.get(normalise(doc[k:k + n].text))
            if iso:
                body_start = k + n + 1 if k + n < len(doc) and doc[k + n].text in ("'s", "’s") else k + n
                body = descriptions.phrase_at(ctx, body_start, lexicon["headed_bodies"]) if body_start < len(doc) else None
                return (i, body[0], body[1], iso) if body else None
    return None


def person_beside(ctx, start: int, end: int):
    """The person mention right after the office ("... Minister Nikol Pashinyan", "... minister, Musalia
    Mudavadi") or right before it, set off by a comma ("Pashinyan, Armenia's prime minister")."""
    while end < len(ctx.doc) and ctx.doc[end].is_space:
        end += 1  # a line break between the office and the name
    after = descriptions.person_mention_from(ctx, end) if end < len(ctx.doc) else None
    if after is not None:
        return after
    doc, j = ctx.doc, start - 1
    if j >= 0 and doc[j].lower_ in ARTICLES:
        j -= 1
    if j < 1 or doc[j].text != ",":
        return None
    for mention in ctx.mentions:
        if mention.end == doc[j - 1].idx + len(doc[j - 1]) and ctx.actor(mention.actor_id).actor_type == "person":
            return mention
    return lone_name_before(ctx, j, start, end)


def lone_name_before(ctx, comma: int, start: int, end: int):
    """'Pashinyan, Armenia's prime minister': a proper name no rule took before the office. It is the person the
    title rule found for the office when the names agree, else a new person."""
    doc = ctx.doc
    first = comma
    while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper() \
            and first - 1 not in ctx.claimed and ctx.sentence_of[first - 1] == ctx.sentence_of[comma]:
        first -= 1
    if first == comma or comma - first > 4:
        return None
    span = doc[first:comma]
    office = doc[start:end]
    for mention in ctx.mentions:
        actor = ctx.actor(mention.actor_id)
        if office.start_char <= mention.start and mention.end <= office.end_char and actor.actor_type == "person" \
                and fold(span[-1].text) in fold(actor.name).split():
            return ctx.add(span, mention.actor_id, "name beside its office")
    return newcomers.add_new_actor(ctx, span, "person")


def give_role(ctx, mention, role: str, iso: str, title: str) -> None:
    text_role = f"{role}:{iso}"
    actor = ctx.actor(mention.actor_id)
    if mention.actor_id in ctx.registry.actors:
        held = mention.role
        if held == text_role:
            return
        note = f"; role {text_role} from the text" + (f" over the registry's {held}" if held else "")
    else:
        sector = ctx.registry.lexicon["role_sectors"].get(role.removeprefix("deputy_"), "GOV")
        actor.roles = [{"role": role, "country": iso, "start": ctx.on, "end": None, "source": "text", "title": title}]
        actor.country, actor.code = iso, f"{iso}{sector}"
        note = f"; role {text_role} from the text"
    for other in ctx.mentions:
        if other.actor_id == mention.actor_id and not other.why.endswith(note):
            other.role, other.why = text_role, other.why + note
