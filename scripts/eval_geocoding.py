"""Geocoding accuracy on the hand-checked Reuters event locations (tests/places/data/reuters_locations.jsonl).

Each line: a location phrase the events stage took from a Reuters-21578 story, its sentence, the
countries the story names (named_countries, as the actors stage found them when the fixture was
built), and the
answer checked by hand from the sentence and story: GeoNames id (null: no GeoNames place, or too
ambiguous to say) and ISO3 country (null: unresolvable).
A place is right at country level when its country is the answer's (no place for an unresolvable
one), at place level when its GeoNames id is also the answer's.
Split, fixed once: lines at even positions (0, 2, ...) were read while tuning, odd ones only scored.
Run: .venv/bin/python scripts/eval_geocoding.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

FIXTURE = Path(__file__).resolve().parents[1] / "tests" / "places" / "data" / "reuters_locations.jsonl"


def load(path: Path = FIXTURE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def judge(item: dict) -> tuple[bool, bool]:
    """(right at country level, right at place level) for one fixture line."""
    from newsledger.places import geocode

    place = geocode(item["location"], Counter(item["countries"]))
    country = place.country if place else None
    place_id = place.geonameid if place else None
    return country == item["country"], country == item["country"] and place_id == item["geonameid"]


def score(items: list[dict]) -> tuple[float, float]:
    """Shares of items right at country level and at place level."""
    results = [judge(item) for item in items]
    return sum(c for c, _ in results) / len(results), sum(p for _, p in results) / len(results)


def main() -> None:
    items = load()
    print(f"{len(items)} locations")
    for name, part in (("read (even)", items[0::2]), ("score-only (odd)", items[1::2]), ("all", items)):
        country, place = score(part)
        print(f"{name:<18} n={len(part):<4} country {country:.3f}  place {place:.3f}")
    if "--misses" in sys.argv:  # the read half only: the score-only half is never looked at
        for item in items[0::2]:
            if not all(judge(item)):
                print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
