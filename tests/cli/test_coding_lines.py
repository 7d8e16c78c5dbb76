"""`code --jsonl` and `factuality --jsonl`: a line with a field of the wrong kind is reported and skipped."""

from __future__ import annotations

import json

import pytest

from newsledger.interfaces.coding import BadLine, code_lines, factuality_lines

TEXT = "Chile recalled its ambassador from Peru on Tuesday."


@pytest.mark.parametrize("line, reason", [
    ({"id": "a", "text": 123}, "text must be a string"),
    ({"id": "b", "text": TEXT, "date": "not a date"}, "date must be a calendar date"),
    ({"id": "c", "text": TEXT, "date": "2024-02-30"}, "date must be a calendar date"),
])
def test_code_lines_report_a_bad_field_and_keep_the_good_lines(line, reason):
    good = {"id": "ok", "text": TEXT, "date": "2024-03-07"}
    results = list(code_lines([json.dumps(line), json.dumps(good)]))
    assert isinstance(results[0], BadLine) and reason in str(results[0]) and str(results[0]).startswith("line 1:")
    assert results[1]["id"] == "ok" and results[1]["events"]


@pytest.mark.parametrize("start", ["0", 0.5, True])
def test_factuality_lines_want_whole_character_offsets(start):
    results = list(factuality_lines([json.dumps({"id": "x", "text": TEXT, "start": start, "end": 14})]))
    assert isinstance(results[0], BadLine) and "start must be a whole number" in str(results[0])
