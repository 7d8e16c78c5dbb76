"""The actors stage in the pipeline's shape: (analysis, doc) -> None, filling mentions and actors."""

from __future__ import annotations

from newsledger.actors.coref import resolve_references
from newsledger.actors.registry import load_registry
from newsledger.actors.resolver import resolve


def add_actors(analysis, doc) -> None:
    """Names and descriptions (the resolver), then what descriptions and pronouns refer back to (the
    coreference sieve). Roles are dated by the article's day (from metadata, or inferred by the time
    stage); the registry is the shipped one with the ledger's corrections replayed on it."""
    registry = load_registry(corrections=analysis.corrections)
    mentions, actors = resolve(doc, analysis.day, registry)
    analysis.mentions = resolve_references(doc, mentions, actors, registry, analysis.day)
    analysis.actors = actors
