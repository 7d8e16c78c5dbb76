"""`export --since-change`: after a correction, a resolution and a removed document, the export of
changes holds exactly what two full exports, before and after, differ by: the changed lines and a
tombstone for each thing gone, so that a copy kept from the first export can be brought up to date."""

from __future__ import annotations

import json
import time

import pandas as pd
import pytest
from typer.testing import CliRunner

from newsledger.interfaces.cli import app
from newsledger.interfaces.export import EXPORT_SCHEMA, current_second, since_change

# Three wire stories of our own: a minister named in full in one and by surname in the next (two
# actors until a merge says they are one), a forecast to resolve, and a story to remove whose
# actors no other story names.
QUOTAS = """Norway and Iceland agree on cod quotas

By Lena Haugen
March 14, 2024

Norwegian Fisheries Minister Marianne Sivertsen Naess met Icelandic Foreign Minister Thorgerdur Katrin Gunnarsdottir in Reykjavik on Tuesday to settle a dispute over cod quotas.

"We have found a fair balance," Gunnarsdottir told reporters after the talks.
"""

MACKEREL = """Iceland presses Norway on mackerel

By Jon Arnason
March 16, 2024

Thorgerdur Gunnarsdottir said on Thursday that Norway should cut its mackerel catch, and Sivertsen Naess rejected the demand.

Gunnarsdottir will travel to Oslo next month, a ministry spokesman said.
"""

GRAIN = """Grain exports resume

By Olena Kravets
March 18, 2024

Ukraine resumed grain exports through its Black Sea ports last week, Ukrainian Foreign Minister Dmytro Kuleba said on Monday.

He warned that Russia could attack the ports again.
"""

FULL_NAME, SURNAME = "marianne-sivertsen-naess", "sivertsen-naess"
RECORD_IDS = {"document": "doc_id", "actor": "actor_id", "event": "event_id", "quote": "quote_id", "forecast": "forecast_id"}
TABLE_KEYS = {"documents": ("doc_id",), "actors": ("actor_id",), "mentions": ("doc_id", "start", "end"),
              "timexes": ("doc_id", "start", "end"), "events": ("event_id",), "quotes": ("quote_id",),
              "forecasts": ("forecast_id",)}
TABLE_KINDS = {"documents": "document", "actors": "actor", "mentions": "mention", "timexes": "timex",
               "events": "event", "quotes": "quote", "forecasts": "forecast"}


def run(*args) -> str:
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def next_second() -> str:
    """The start of the next second, once it has begun: every write before it has an earlier stamp."""
    time.sleep(1.02 - time.time() % 1)
    return current_second()


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    """Paths of full exports (JSON Lines, CSV) before and after the changes and of the exports of
    changes since just before them; "since" is that time."""
    folder = tmp_path_factory.mktemp("changes")
    articles = folder / "articles"
    articles.mkdir()
    for name, text in (("quotas.txt", QUOTAS), ("mackerel.txt", MACKEREL), ("grain.txt", GRAIN)):
        (articles / name).write_text(text, encoding="utf-8")
    db = folder / "ledger.db"
    run("ingest", "-q", "--db", db, articles)
    run("export", "--db", db, "-o", folder / "before.jsonl")
    run("export", "--db", db, "--format", "csv", "-o", folder / "before")
    since = next_second()
    docs = [json.loads(line) for line in run("docs", "--db", db, "--json").splitlines()]
    forecast = json.loads(run("show", "--db", db, next(d["doc_id"] for d in docs if "mackerel" in d["title"]), "--json"))["forecasts"][0]
    run("actors", "merge", "--db", db, FULL_NAME, SURNAME)
    run("forecasts", "resolve", "--db", db, forecast["forecast_id"], "--true")
    run("docs", "remove", "--db", db, next(d["doc_id"] for d in docs if d["title"] == "Grain exports resume")[:8])
    run("export", "--db", db, "-o", folder / "after.jsonl")
    run("export", "--db", db, "--format", "csv", "-o", folder / "after")
    run("export", "--db", db, "--since-change", since, "-o", folder / "since.jsonl")
    run("export", "--db", db, "--since-change", since, "--format", "csv", "-o", folder / "since")
    return folder, since


def lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def keyed(lines_: list[dict]) -> dict:
    """{(kind, id): line}, an actor's mentions in one order (the full export lists them by document)."""
    return {(line["kind"], line[RECORD_IDS[line["kind"]]]): _sorted_mentions(line) for line in lines_}


def _sorted_mentions(line: dict) -> dict:
    if "mentions" in line:
        line = {**line, "mentions": sorted(line["mentions"], key=lambda m: (m["doc_id"], m["start"], m["end"]))}
    return line


def mention_spans(lines_: dict) -> set[tuple]:
    return {(m["doc_id"], f"{m['start']}-{m['end']}") for line in lines_.values() for m in line.get("mentions", [])}


def test_export_since_a_change_holds_exactly_the_lines_two_full_exports_differ_by_and_tombstones(ledger):
    folder, _ = ledger
    before, after = keyed(lines(folder / "before.jsonl")), keyed(lines(folder / "after.jsonl"))
    changes = lines(folder / "since.jsonl")
    tombstones = [line for line in changes if line["kind"] == "tombstone"]

    assert keyed([line for line in changes if line["kind"] != "tombstone"]) == {
        key: line for key, line in after.items() if before.get(key) != line}
    exported_kinds = {(t["record_kind"], t["record_id"]) for t in tombstones if t["record_kind"] in RECORD_IDS}
    assert exported_kinds == set(before) - set(after)
    assert {(t["doc_id"], t["record_id"]) for t in tombstones if t["record_kind"] == "mention"} == mention_spans(before) - mention_spans(after)
    # what the test is about happened: a merged actor, a resolved forecast, a removed story and its actors
    assert ("actor", SURNAME) in exported_kinds and sum(kind == "document" for kind, _ in exported_kinds) == 1
    assert any(line.get("resolution") is True for line in changes)
    assert ("actor", "dmytro-kuleba") in exported_kinds
    assert all(line["changed_at"] for line in changes if line["kind"] != "tombstone")


def test_a_copy_that_applies_the_changes_in_order_holds_the_new_ledger(ledger):
    folder, _ = ledger
    copy = keyed(lines(folder / "before.jsonl"))
    for line in lines(folder / "since.jsonl"):
        if line["kind"] != "tombstone":
            copy[line["kind"], line[RECORD_IDS[line["kind"]]]] = _sorted_mentions(line)
        elif line["record_kind"] in RECORD_IDS:
            copy.pop((line["record_kind"], line["record_id"]), None)
    assert copy == keyed(lines(folder / "after.jsonl"))


def test_every_line_of_an_export_of_changes_follows_the_package_schema(ledger):
    jsonschema = pytest.importorskip("jsonschema")
    folder, _ = ledger
    schema = json.loads(EXPORT_SCHEMA.read_text())
    assert schema["version"] == "1.4.0"
    validator = jsonschema.Draft202012Validator(schema)
    changes = lines(folder / "since.jsonl")
    for line in changes:
        validator.validate(line)
    assert {line["kind"] for line in changes} >= {"tombstone", "document", "event", "forecast", "actor"}


def table(folder, name: str) -> pd.DataFrame:
    return pd.read_csv(folder / f"{name}.csv", dtype=str, keep_default_na=False)


def test_tables_since_a_change_hold_exactly_the_changed_rows_and_a_file_of_tombstones(ledger):
    folder, _ = ledger
    expected_gone = set()
    for name, key in TABLE_KEYS.items():
        before, after, since = (table(folder / part, name) for part in ("before", "after", "since"))
        assert list(since.columns) == list(after.columns), name
        rows = lambda frame: set(frame.itertuples(index=False, name=None))  # noqa: E731
        assert rows(since) == rows(after) - rows(before), name
        keys = lambda frame: set(frame[list(key)].itertuples(index=False, name=None))  # noqa: E731
        expected_gone |= {(TABLE_KINDS[name], k[0] if len(k) == 1 else f"{k[1]}-{k[2]}") for k in keys(before) - keys(after)}
    tombstones = table(folder / "since", "tombstones")
    assert list(tombstones.columns) == ["kind", "record_id", "doc_id", "deleted_at"]
    assert set(zip(tombstones["kind"], tombstones["record_id"])) == expected_gone
    assert {"document", "actor", "event", "mention", "timex"} <= set(tombstones["kind"])


def test_nothing_changed_after_the_last_change_gives_an_empty_export(ledger, tmp_path):
    folder, _ = ledger
    out = tmp_path / "none.jsonl"
    run("export", "--db", folder / "ledger.db", "--since-change", next_second(), "-o", out)
    assert out.read_text() == ""


def test_a_time_in_the_future_is_warned_of_and_is_the_time_to_pass_next(ledger, tmp_path):
    folder, _ = ledger
    out = tmp_path / "future.jsonl"
    result = CliRunner().invoke(app, ["export", "--db", str(folder / "ledger.db"), "--since-change", "2999-06-01T12:00:00+02:00", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text() == ""
    assert "2999-06-01T12:00:00+02:00 is in the future; nothing has changed since" in result.stderr
    assert result.stderr.strip().splitlines()[-1].endswith("--since-change 2999-06-01T10:00:00Z")  # not stepped back to now


@pytest.mark.parametrize("value,stored", [
    ("2026-11-30", "2026-11-30T00:00:00+00:00"),
    ("2026-11-30T05:30:00Z", "2026-11-30T05:30:00+00:00"),
    ("2026-11-30T06:30:00+01:00", "2026-11-30T05:30:00+00:00"),
    ("2026-11-30T05:30:00.750", "2026-11-30T05:30:00+00:00"),  # no offset: UTC; a fraction is dropped
    ("2026-11-30T06:30:00 01:00", "2026-11-30T05:30:00+00:00"),  # a URL's unescaped "+" decodes to a space
    ("2026-11-30 06:30 0100", "2026-11-30T05:30:00+00:00"),
])
def test_since_change_reads_an_iso_date_or_time_as_the_ledger_writes_times(value, stored):
    assert since_change(value) == stored


def test_a_bad_since_change_is_a_one_line_usage_error_that_gives_the_form(ledger):
    folder, _ = ledger
    result = CliRunner().invoke(app, ["export", "--db", str(folder / "ledger.db"), "--since-change", "last tuesday"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "ISO 8601" in result.stderr and "2026-11-30" in result.stderr


def test_removing_an_unknown_document_says_so_and_removes_nothing(ledger):
    folder, _ = ledger
    result = CliRunner().invoke(app, ["docs", "remove", "--db", str(folder / "ledger.db"), "zzzz"])
    assert result.exit_code == 1 and "no document" in result.stderr
    assert len(run("docs", "--db", folder / "ledger.db", "--json").splitlines()) == 2
