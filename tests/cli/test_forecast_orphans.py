"""`forecasts orphans` lists the resolutions attached to no forecast: a forecast resolved, then a recode
after a change to the estimative dictionary that no longer reads its hedge, and the judgement is listed
with what the forecast said, its document and the verdict."""

from __future__ import annotations

import copy
import json

from newsledger.forecasts import estimative, finder

STORY = """Baltic ports brace for a busy winter

By Marta Lind
October 14, 2025

Estonian Economy Minister Erkki Keldo opened a new container terminal in Muuga on Monday.

Keldo said the port would probably handle more cargo than last year.

Latvian Transport Minister Atis Svinka said Riga is likely to expand its ferry service next spring.
"""
FERRY = "Latvian Transport Minister Atis Svinka said Riga is likely to expand its ferry service next spring."


def forecasts(cli, db) -> list[dict]:
    return [json.loads(line) for line in cli("forecasts", "--db", db, "--json").stdout.splitlines()]


def test_a_resolution_whose_forecast_a_dictionary_change_removed_is_listed_by_forecasts_orphans(cli, tmp_path, monkeypatch):
    db, story = tmp_path / "l.db", tmp_path / "ports.txt"
    story.write_text(STORY, encoding="utf-8")
    assert cli("ingest", story, "--db", db).exit_code == 0
    [ferry] = [f for f in forecasts(cli, db) if "ferry" in f["proposition"]]
    assert cli("forecasts", "resolve", ferry["forecast_id"], "--false", "--note", "the ferry line was cut", "--db", db).exit_code == 0
    assert cli("forecasts", "orphans", "--db", db).stdout == ""

    # A dictionary without "likely": the recode no longer finds the ferry forecast.
    scale = copy.deepcopy(estimative.scale())
    del scale["phrases"]["likely"]
    scale["frame_adjectives"].remove("likely")
    monkeypatch.setattr(finder, "scale", lambda: scale)
    assert cli("recode", "--db", db).exit_code == 0
    assert all("ferry" not in f["proposition"] for f in forecasts(cli, db))

    listed = cli("forecasts", "orphans", "--db", db)
    lines = listed.stdout.splitlines()
    assert lines[0] == f"{ferry['forecast_id']}~gone  [did not]  Atis Svinka  likely  by {ferry['horizon']}  {ferry['proposition']}"
    assert lines[1].endswith(f"; document {ferry['doc_id']} (2025-10-14) Baltic ports brace for a busy winter")
    assert lines[2:] == ["    note: the ferry line was cut", f"    sentence: {FERRY}"]
    assert listed.stderr.strip() == "1 resolution attached to no forecast"
    [orphan] = [json.loads(line) for line in cli("forecasts", "orphans", "--db", db, "--json").stdout.splitlines()]
    assert (orphan["outcome"], orphan["forecast"]["proposition"], orphan["forecast"]["sentence"]) == (False, ferry["proposition"], FERRY)
