"""Acceptance floor: 200 event locations from Reuters-21578 stories, each answer checked by hand
(tests/places/data/reuters_locations.jsonl; scripts/eval_geocoding.py prints both halves)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "eval_geocoding.py"


def _evaluator():
    spec = importlib.util.spec_from_file_location("eval_geocoding", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reuters_event_locations_floor():
    evaluator = _evaluator()
    items = evaluator.load()
    assert len(items) == 200
    country, place = evaluator.score(items)
    assert country >= 0.90 and place >= 0.80


def test_fixture_answers_are_consistent():
    for item in _evaluator().load():  # an answer with a place has its country; unresolvable has neither place nor country
        assert item["country"] is not None or item["geonameid"] is None
