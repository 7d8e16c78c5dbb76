"""A person's corrections of the actors stage, replayed onto the registry before resolving.

- add: an actor entry (the fields of a user registry file) extends or overrides the registry;
- alias: a surface form now always means this actor;
- merge: a second actor is the same as the first; every mention of it goes to the first;
- split: a surface form that resolved to one actor is a different one, made from the entry.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

OPS = ("add", "alias", "merge", "split")


@dataclass(frozen=True)  # hashable: registries are cached per tuple of corrections
class Correction:
    op: str
    actor_id: str
    surface: str | None = None
    other: str | None = None
    entry: str | None = None  # JSON registry entry for add and split

    def surfaces(self) -> list[str]:
        """Words whose presence in a document means the correction may change it."""
        if self.surface:
            return [self.surface]
        if self.entry:
            entry = json.loads(self.entry)
            return [entry.get("name") or entry["id"], *(entry.get("aliases") or [])]
        return []


def apply(registry, corrections) -> None:
    """Replay corrections in the order they were made (later ones win)."""
    from newsledger.actors.registry import add_entries

    for c in corrections:
        if c.op in ("add", "split") and c.entry:
            add_entries(registry, [json.loads(c.entry)])
        if c.op in ("alias", "split") and c.surface:
            registry.claim_alias(c.other if c.op == "split" else c.actor_id, c.surface)
        if c.op == "merge":
            registry.merge(c.actor_id, c.other)
