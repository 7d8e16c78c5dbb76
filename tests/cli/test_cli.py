"""Each command of the CLI, as the README shows it, on the sample articles."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from tests.conftest import EXAMPLES, SHARED


@pytest.fixture(scope="module")
def examples_ledger(tmp_path_factory):
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    path = tmp_path_factory.mktemp("examples") / "ledger.db"
    result = CliRunner().invoke(app, ["ingest", "--db", str(path), str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return path


def test_cli_ingest_summary(examples_ledger, cli):
    result = cli("ingest", "--db", examples_ledger, EXAMPLES)
    assert result.exit_code == 0
    assert "new 0, unchanged 5, skipped 0" in result.stdout


def test_cli_usage_error_exits_2(cli):
    assert cli("ingest").exit_code == 2
    assert cli("docs", "--since", "last tuesday").exit_code == 2


def test_cli_missing_ledger_says_how_to_make_one(cli, tmp_path):
    result = cli("docs", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert "no ledger here; run `newsledger ingest" in result.stderr


def test_cli_docs_filters(examples_ledger, cli):
    rows = [json.loads(line) for line in cli("docs", "--db", examples_ledger, "--json").stdout.splitlines()]
    assert len(rows) == 5
    assert [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)
    since = cli("docs", "--db", examples_ledger, "--json", "--since", "2023-07-01").stdout.splitlines()
    assert {json.loads(line)["published"] for line in since} == {"2023-07-21", "2023-09-09"}
    found = [json.loads(line) for line in cli("docs", "--db", examples_ledger, "--json", "--text", "grain").stdout.splitlines()]
    assert [r["outlet"] for r in found] == ["Bosphorus Review"]
    assert len(cli("docs", "--db", examples_ledger, "--json", "--outlet", "example wire").stdout.splitlines()) == 2


def test_cli_show_prints_metadata_and_body(examples_ledger, cli):
    doc = json.loads(cli("docs", "--db", examples_ledger, "--json", "--text", "Finland").stdout.splitlines()[0])
    result = cli("show", "--db", examples_ledger, doc["doc_id"][:6])
    assert result.exit_code == 0
    assert "authors: Anna Berg" in result.stdout and "dateline: Helsinki" in result.stdout
    assert "Finland formally joined the North Atlantic Treaty Organization" in result.stdout
    assert "Leave a Reply" not in result.stdout
    assert cli("show", "--db", examples_ledger, "zzzz").exit_code == 1


def test_cli_stats_counts_tables(examples_ledger, cli):
    lines = dict(line.split() for line in cli("stats", "--db", examples_ledger).stdout.splitlines())
    assert lines["documents"] == "5" and int(lines["sentences"]) > 20


def test_cli_export_jsonl_matches_schema(examples_ledger, cli, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "schema" / "ledger-export.schema.json"
    if not schema_path.exists():
        pytest.skip("needs ../shared/schema/ledger-export.schema.json")
    out = tmp_path / "ledger.jsonl"
    assert cli("export", "--db", examples_ledger, "--format", "jsonl", "-o", out).exit_code == 0
    from newsledger.interfaces.export import EXPORT_SCHEMA

    validators = [jsonschema.Draft202012Validator(json.loads(p.read_text())) for p in (schema_path, EXPORT_SCHEMA)]
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    for line in lines:
        for validator in validators:  # the shared contract and the package's extension of it (1.4.0)
            validator.validate(line)
    documents = [line for line in lines if line["kind"] == "document"]
    assert len(documents) == 5
    for line in lines:
        if "evidence" in line:
            text = next(d["text"] for d in documents if d["doc_id"] == line["doc_id"])
            assert text[line["start"] : line["end"]] == line["evidence"]
    actors = {line["actor_id"] for line in lines if line["kind"] == "actor"}
    named = {line[k] for line in lines if line["kind"] == "event" for k in ("source", "target") if line[k]}
    assert named <= actors  # every actor an event names has its own line, places and described sides too


@pytest.mark.parametrize("fmt,read", [("csv", pd.read_csv), ("parquet", pd.read_parquet)])
def test_cli_export_tables(examples_ledger, cli, tmp_path, fmt, read):
    folder = tmp_path / fmt
    assert cli("export", "--db", examples_ledger, "--format", fmt, "-o", folder).exit_code == 0
    documents = read(folder / f"documents.{fmt}")
    assert len(documents) == 5 and "raw" not in documents.columns
    assert {p.stem for p in folder.iterdir()} >= {"documents", "actors", "mentions", "events", "quotes", "forecasts"}


def test_cli_export_rejects_unknown_format(examples_ledger, cli):
    assert cli("export", "--db", examples_ledger, "--format", "xml").exit_code == 2


def test_cli_ingest_stdin_jsonl(cli, ledger_path):
    line = json.dumps({"text": "Indian Prime Minister Narendra Modi met US President Joe Biden at the White House on Thursday.", "published": "2023-06-22"})
    result = cli("ingest", "--db", ledger_path, "-", input=line + "\n")
    assert result.exit_code == 0 and "new 1" in result.stdout


def test_counts_of_one_are_singular():
    from newsledger.interfaces.cli import counted

    assert [counted(1, "document"), counted(3, "forecast"), counted(0, "quote"), counted(1, "copy", "copies"),
            counted(2, "copy", "copies")] == ["1 document", "3 forecasts", "0 quotes", "1 copy", "2 copies"]
