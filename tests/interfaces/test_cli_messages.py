"""The CLI's usage errors and messages: exclusive flags, sizes, JSON errors, the serve banner, CSV cells."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest

from newsledger.ingest.jsonl import BadRecord, read_record

# An article of our own whose metadata starts like spreadsheet formulas, as untrusted input may.
FORMULA_ARTICLE = {
    "title": '=HYPERLINK("https://attacker.example/x","Ceasefire talks resume")',
    "outlet": "+Harbour Gazette",
    "authors": ["@desk_editor"],
    "published": "2024-02-12",
    "text": "Egyptian and Qatari mediators resumed ceasefire talks in Cairo on Monday, officials said.\n"
            "The negotiators met for five hours and agreed to meet again on Wednesday.",
}


@pytest.fixture(scope="module")
def formula_ledger(tmp_path_factory):
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    folder = tmp_path_factory.mktemp("formula")
    (folder / "wire.jsonl").write_text(json.dumps(FORMULA_ARTICLE) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", "--db", str(folder / "ledger.db"), str(folder / "wire.jsonl")])
    assert result.exit_code == 0, result.output
    return folder / "ledger.db"


def test_resolve_refuses_true_and_false_together_as_a_usage_error(cli, tmp_path):
    both = cli("forecasts", "resolve", "--db", tmp_path / "ledger.db", "0123abcd-f0", "--true", "--false")
    assert both.exit_code == 2
    assert "--true" in both.stderr and "--false" in both.stderr and "not both" in both.stderr
    assert not (tmp_path / "ledger.db").exists()  # refused before anything is stored
    neither = cli("forecasts", "resolve", "--db", tmp_path / "ledger.db", "0123abcd-f0")
    assert neither.exit_code == 2 and "give one of --true and --false" in neither.stderr


def test_csv_export_prefixes_cells_that_start_like_a_formula(cli, formula_ledger, tmp_path):
    result = cli("export", "--db", formula_ledger, "--format", "csv", "-o", tmp_path / "csv")
    assert result.exit_code == 0
    with open(tmp_path / "csv" / "documents.csv", encoding="utf-8", newline="") as f:
        row = next(csv.DictReader(f))
    assert row["title"] == "'" + FORMULA_ARTICLE["title"]
    assert row["outlet"] == "'+Harbour Gazette"
    assert row["published"] == "2024-02-12"  # a cell that does not start like a formula is left as it is
    cli("export", "--db", formula_ledger, "--format", "parquet", "-o", tmp_path / "parquet")
    assert pd.read_parquet(tmp_path / "parquet" / "documents.parquet")["title"][0] == FORMULA_ARTICLE["title"]  # typed, as stored


def test_a_file_over_a_small_max_size_gives_both_sizes_in_bytes(cli, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Ministers met in Oslo on Tuesday to discuss fishing quotas in the Barents Sea.\n" * 30, encoding="utf-8")
    result = cli("ingest", "--db", tmp_path / "ledger.db", "--max-size", "0.001", story)
    assert result.exit_code == 1
    assert f"file is {story.stat().st_size:,} bytes, over the 1,000 bytes limit" in result.stderr


def test_a_json_error_message_reads_once_at_its_column():
    with pytest.raises(BadRecord) as raised:
        read_record('{"text": "Talks resumed\tin Doha on Monday."}')  # a raw tab inside a JSON string
    message = str(raised.value)
    assert "at at" not in message and "Invalid control character at column 24" in message


def test_serve_banner_names_each_host_once(cli, formula_ledger, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: None)  # the banner, not a server that runs on
    result = cli("serve", "--db", formula_ledger, "--host", "127.0.0.1", "--allow-host", "desk.example")
    banner = next(line for line in result.stderr.splitlines() if line.startswith("serving"))
    hosts = banner.split("for host names ")[1].split(" (Ctrl-C")[0].split(", ")
    assert "127.0.0.1" in hosts and "desk.example" in hosts and len(hosts) == len(set(hosts))


def test_a_web_parameter_out_of_its_pattern_is_answered_with_the_form_expected(formula_ledger):
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    client = TestClient(create_app(str(formula_ledger)), base_url="http://localhost")
    answer = client.get("/api/timeline", params={"since": "last spring"})
    assert answer.status_code == 400
    assert answer.json()["error"] == "since: expected YYYY, YYYY-MM or YYYY-MM-DD"
    quotes = client.get("/api/quotes", params={"until": "31/12/2024"})  # a list whose filters sit in a shared dependency
    assert quotes.status_code == 400 and quotes.json()["error"] == "until: expected YYYY, YYYY-MM or YYYY-MM-DD"
