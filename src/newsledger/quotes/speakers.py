"""Who a source span stands for: an actor mention inside it, or what a pronoun or
a document noun ("the statement", "the ministry") refers back to."""

from __future__ import annotations

from newsledger.quotes.lexicon import lexicon
from newsledger.records import Actor, Mention

PERSONS = {"person"}
ORGANISATIONS = {"state", "government", "military", "organisation", "igo", "media", "group"}


def mention_in(span: tuple[int, int], head: int | None, mentions: list[Mention]) -> Mention | None:
    """The mention covering the source's head word (outside the span for a relative pronoun's
    antecedent), else the first one inside the span."""
    inside = [m for m in mentions if span[0] <= m.start and m.end <= span[1]]
    at_head = [m for m in mentions if head is not None and m.start <= head < m.end]
    return (at_head or inside or [None])[0]


def last_before(char: int, mentions: list[Mention], actors: dict[str, Actor], types: set[str]) -> Mention | None:
    """The nearest earlier mention of an actor of one of the given types."""
    for mention in reversed(mentions):
        actor = actors.get(mention.actor_id)
        if mention.end <= char and actor is not None and actor.actor_type in types:
            return mention
    return None


def resolve_speaker(text: str, span: tuple[int, int] | None, head: int | None, mentions: list[Mention],
                    actors: dict[str, Actor], last_person: str | None = None) -> tuple[str | None, str | None]:
    """(actor_id, speaker_text) of a source span; the id is None when unresolved.

    "he"/"she" go to the last quoted person when there is one (news convention),
    else to the last person mentioned before the span.
    """
    if span is None:
        return None, None
    words = text[span[0]:span[1]].lower().split()
    direct = mention_in(span, head, mentions)
    if direct is not None:
        return direct.actor_id, text[span[0]:span[1]]
    lex = lexicon()
    if len(words) == 1 and words[0] in lex.person_pronouns and last_person:
        return last_person, text[span[0]:span[1]]
    if len(words) == 1 and words[0] in lex.person_pronouns:
        found = last_before(span[0], mentions, actors, PERSONS)
    elif words and (words[-1] in lex.document_nouns or words[0] in lex.group_pronouns):
        found = last_before(span[0], mentions, actors, ORGANISATIONS)
    else:
        found = None
    return (found.actor_id if found else None), text[span[0]:span[1]]
