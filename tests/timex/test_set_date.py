"""Setting an undated document's date by hand (CLI and web form) re-dates its records."""

from __future__ import annotations

import json
import re
import shutil

import pytest

STORY = ("Ministers of Chile and Peru met in Lima on Monday to discuss water rights. "
         "Chile later accused Peru of breaking the accord.\n")


@pytest.fixture(scope="module")
def undated_ledger(tmp_path_factory):
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    folder = tmp_path_factory.mktemp("undated")
    (folder / "undated.txt").write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", "--db", str(folder / "ledger.db"), str(folder / "undated.txt")])
    assert result.exit_code == 0, result.output
    return folder / "ledger.db"


@pytest.fixture()
def ledger_path(undated_ledger, tmp_path):
    """A fresh copy of the ingested ledger for each test (SQLite's WAL files with it)."""
    for suffix in ("", "-wal", "-shm"):
        source = undated_ledger.with_name(undated_ledger.name + suffix)
        if source.exists():
            shutil.copy(source, tmp_path / source.name)
    return tmp_path / undated_ledger.name


def stored(cli, path) -> dict:
    doc_id = json.loads(cli("docs", "--db", path, "--json").stdout.splitlines()[0])["doc_id"]
    return json.loads(cli("show", doc_id, "--db", path, "--json").stdout)


def test_docs_set_date_redates_the_records(ledger_path, cli):
    before = stored(cli, ledger_path)
    assert before["published"] is None and all(e["date"] is None for e in before["events"])
    result = cli("docs", "set-date", before["doc_id"][:8], "2024-05-10", "--db", ledger_path)
    assert result.exit_code == 0, result.output
    after = stored(cli, ledger_path)
    assert (after["published"], after["published_reason"]) == ("2024-05-10", "set by hand")
    met = next(e for e in after["events"] if after["text"][e["start"]:e["end"]].startswith("Ministers"))
    assert met["date"] == "2024-05-06" and met["date_rule"] == "own clause"  # the Monday before Friday 10 May
    accused = [e for e in after["events"] if e["date_rule"] == "publication date"]
    assert accused and all(e["date"] == "2024-05-10" for e in accused)


def test_docs_set_date_refuses_a_bad_date_and_an_unknown_document(ledger_path, cli):
    assert cli("docs", "set-date", "abc", "2024-02-30", "--db", ledger_path).exit_code == 2
    result = cli("docs", "set-date", "ffffffffffff", "2024-02-20", "--db", ledger_path)
    assert result.exit_code == 1 and "no document" in result.stderr


def test_web_form_sets_the_date(ledger_path, cli):
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    doc_id = stored(cli, ledger_path)["doc_id"]
    client = TestClient(create_app(str(ledger_path)), base_url="http://localhost:8000")
    page = client.get(f"/doc/{doc_id}").text
    assert f'action="/doc/{doc_id}/date"' in page
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    assert client.post(f"/doc/{doc_id}/date", data={"published": "2024-05-10"}).status_code == 403
    assert client.post(f"/doc/{doc_id}/date", data={"published": "2024-13-01", "csrf_token": csrf}).status_code == 400
    assert client.post("/doc/0000/date", data={"published": "2024-05-10", "csrf_token": csrf}).status_code == 404
    response = client.post(f"/doc/{doc_id}/date", data={"published": "2024-05-10", "csrf_token": csrf}, follow_redirects=False)
    assert response.status_code == 303
    assert client.get(f"/api/doc/{doc_id}").json()["published"] == "2024-05-10"
