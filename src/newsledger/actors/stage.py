"""The actors stage in the pipeline's shape: (analysis, doc) -> None, filling mentions and actors."""

from __future__ import annotations

from newsledger.actors.registry import load_registry
from newsledger.actors.resolver import resolve


def add_actors(analysis, doc) -> None:
    """Roles are dated by the article's day (from metadata, or inferred by the time stage);
    the registry is the shipped one with the ledger's corrections replayed on it."""
    registry = load_registry(corrections=analysis.corrections)
    analysis.mentions, analysis.actors = resolve(doc, analysis.day, registry)
