"""Acceptance on the five seed articles: hand-annotated gold mentions (tests/actors/data/seed_mentions.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from newsledger.actors import mention_at, resolve

GOLD = Path(__file__).parent / "data" / "seed_mentions.yaml"
MIN_ACCURACY = 0.95


def gold_spans(text: str, items: list) -> list[tuple[int, int, list]]:
    """(start, end, item) of each gold item, located through its context snippet."""
    spans = []
    for item in items:
        surface, context = item[0], item[1]
        at = text.find(context)
        assert at >= 0, f"context not in article text: {context!r}"
        start = at + context.index(surface)
        spans.append((start, start + len(surface), item))
    return spans


@pytest.fixture(scope="module")
def resolved(nlp, seeds_dir, article_of):
    results = []
    for entry in yaml.safe_load(GOLD.read_text(encoding="utf-8")):
        text = article_of(seeds_dir / entry["file"])
        mentions, actors = resolve(nlp(text), entry["published"])
        results.append((entry, text, mentions, actors))
    return results


def test_gold_mentions_resolve_to_the_right_actor(resolved):
    right = total = 0
    misses = []
    for entry, text, mentions, _ in resolved:
        for start, end, (surface, context, expected) in gold_spans(text, entry["mentions"]):
            found = mention_at(mentions, start, end)
            total += 1
            if found is not None and found.actor_id == expected:
                right += 1
            else:
                misses.append((surface, expected, found.actor_id if found else None, context))
    accuracy = right / total
    print(f"seed gold: {right}/{total} = {accuracy:.3f}")
    assert accuracy >= MIN_ACCURACY, f"{accuracy:.3f} of {total}; misses: {misses}"


def test_no_two_people_share_an_actor(resolved):
    for entry, text, mentions, actors in resolved:
        gold_by_actor: dict[str, set[str]] = {}
        for start, end, (_, _, expected) in gold_spans(text, entry["mentions"]):
            found = mention_at(mentions, start, end)
            if found is not None and actors[found.actor_id].actor_type == "person":
                gold_by_actor.setdefault(found.actor_id, set()).add(expected)
        shared = {actor: golds for actor, golds in gold_by_actor.items() if len(golds) > 1}
        assert not shared, f"{entry['file']}: one actor for several gold actors: {shared}"


def test_capitals_used_as_places_are_not_governments(resolved):
    for entry, text, mentions, actors in resolved:
        for start, end, (surface, context) in gold_spans(text, entry["places"]):
            found = mention_at(mentions, start, end)
            overlapping = found is not None and found.start < end and start < found.end
            assert not overlapping, f"{surface!r} in {context!r} became {found.actor_id}"
