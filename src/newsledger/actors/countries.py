"""The countries an article names, counted: the evidence for a title with no country ("Finance Minister X") and
for an ambiguous place name ("Tripoli")."""

from __future__ import annotations

from collections import Counter

from newsledger.actors.normalise import normalise

STATE_KINDS = ("state", "government", "military")


def named_countries(doc, mentions, actors: dict, registry, leaving_out: str = "", places: bool = True) -> Counter:
    """ISO3 -> how often the article names that country: states, governments and militaries among its actor
    mentions ("Japan", "Tokyo said", "Japanese troops"), demonyms the parser tags as nationalities inside no
    mention ("a Japanese proposal"; not a qualifier such as "Georgia" in "Savannah, Georgia") and, with
    ``places``, the places the registry's place list puts in a country ("Amman" -> JOR). ``doc`` is the spaCy
    Doc the mentions index; ``actors`` maps every mention's actor id to its Actor. Anything whose normalised text
    is ``leaving_out`` is not counted: a name being resolved is no evidence for its own reading."""
    counts = Counter()
    covered = set()
    for mention in mentions:
        covered.update(range(mention.start, mention.end))
        actor = actors.get(mention.actor_id)
        if actor is not None and actor.actor_type in STATE_KINDS and actor.country \
                and normalise(mention.text) != leaving_out:
            counts[actor.country] += 1
    for token in doc:
        iso = registry.adjectives.get(normalise(token.text)) if token.ent_type_ == "NORP" else None
        if iso and token.idx not in covered and normalise(token.text) != leaving_out:
            counts[iso] += 1
    if places:
        names = (normalise(ent.text) for ent in doc.ents if ent.label_ == "GPE")
        counts.update(registry.places[key] for key in names if key in registry.places and key != leaving_out)
    return counts
