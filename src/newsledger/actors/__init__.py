"""Actors stage: who each mention is (registry, resolver rules, new actors)."""

from newsledger.actors.corrections import Correction
from newsledger.actors.registry import Registry, load_registry
from newsledger.actors.resolver import mention_at, resolve
from newsledger.actors.stage import add_actors

__all__ = ["Correction", "Registry", "add_actors", "load_registry", "mention_at", "resolve"]
