"""`code` and `factuality` with --db: a ledger's own actors and corrections apply to one-sentence coding."""

from __future__ import annotations

import json

import pytest

SENTENCE = "Defence Minister Abena Owusu-Mensah met Kenyan troops in Nairobi on Monday."

MY_ACTORS = """\
- id: ghana-defence-minister-owusu-mensah
  name: Abena Owusu-Mensah
  type: person
  country: GHA
  roles:
    - {role: defence_minister, country: GHA, start: 2021-01-07}
"""


@pytest.fixture(scope="module")
def my_ledger(tmp_path_factory):
    """A ledger with one user actor added by `actors add` (and no documents)."""
    from typer.testing import CliRunner

    from newsledger import Ledger
    from newsledger.interfaces.cli import app

    folder = tmp_path_factory.mktemp("coding")
    Ledger(folder / "ledger.db").close()
    (folder / "my_actors.yaml").write_text(MY_ACTORS, encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", "add", str(folder / "my_actors.yaml"), "--db", str(folder / "ledger.db")])
    assert result.exit_code == 0, result.output
    return folder / "ledger.db"


def actors_line(result) -> str:
    return next(line for line in result.stdout.splitlines() if line.startswith("actors:"))


def test_code_with_db_uses_an_actor_added_to_that_ledger(my_ledger, cli):
    result = cli("code", SENTENCE, "--date", "2023-05-02", "--db", my_ledger)
    assert result.exit_code == 0, result.stderr
    assert "Abena Owusu-Mensah -> ghana-defence-minister-owusu-mensah" in actors_line(result)


def test_code_takes_the_ledger_given_before_the_command_or_in_the_environment(my_ledger, cli, monkeypatch):
    before = cli("--db", my_ledger, "code", SENTENCE, "--date", "2023-05-02")
    assert "-> ghana-defence-minister-owusu-mensah" in actors_line(before)
    monkeypatch.setenv("NEWSLEDGER_DB", str(my_ledger))
    assert "-> ghana-defence-minister-owusu-mensah" in actors_line(cli("code", SENTENCE, "--date", "2023-05-02"))


def test_code_without_db_uses_the_shipped_registry_only(my_ledger, cli, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_DB", raising=False)
    monkeypatch.chdir(tmp_path)  # no ledger.db here, and none is needed
    result = cli("code", SENTENCE, "--date", "2023-05-02")
    assert result.exit_code == 0, result.stderr
    assert "Abena Owusu-Mensah" in actors_line(result)
    assert "ghana-defence-minister-owusu-mensah" not in actors_line(result)


def test_code_jsonl_with_db_codes_every_line_with_the_ledgers_actors(my_ledger, cli):
    line = json.dumps({"id": "s1", "text": SENTENCE, "date": "2023-05-02"})
    result = cli("code", "--jsonl", "-", "--db", my_ledger, input=line + "\n")
    assert result.exit_code == 0, result.stderr
    [coded] = [json.loads(row) for row in result.stdout.splitlines()]
    assert coded["events"] and coded["events"][0]["source"] == "ghana-defence-minister-owusu-mensah"


def test_code_and_factuality_name_a_db_that_is_no_ledger(cli, tmp_path):
    missing = tmp_path / "none.db"
    result = cli("code", SENTENCE, "--db", missing)
    assert result.exit_code == 1 and "no ledger here" in result.stderr
    predicate = json.dumps({"id": "p1", "text": "Troops crossed the border.", "start": 7, "end": 14})
    result = cli("factuality", "--jsonl", "-", "--db", missing, input=predicate + "\n")
    assert result.exit_code == 1 and "no ledger here" in result.stderr


def test_factuality_with_db_classifies_as_without(my_ledger, cli):
    predicate = json.dumps({"id": "p1", "text": "Troops may cross the border next week.", "start": 11, "end": 16})
    with_db = cli("factuality", "--jsonl", "-", "--db", my_ledger, input=predicate + "\n")
    without = cli("factuality", "--jsonl", "-", input=predicate + "\n")
    assert with_db.exit_code == 0 and with_db.stdout == without.stdout
    assert json.loads(with_db.stdout)["status"] != "occurred"


def test_actors_can_be_added_to_a_new_ledger_before_the_first_ingest(cli, tmp_path):
    actors = tmp_path / "mine.yaml"
    actors.write_text("- id: aurelia-vance\n  name: Aurelia Vance\n  type: person\n  country: CAN\n  aliases: [Aurelia Vance, Vance]\n",
                      encoding="utf-8")
    db = tmp_path / "new" / "ledger.db"
    assert cli("actors", "add", "--db", db, actors).exit_code == 0
    result = cli("code", "--db", db, "Aurelia Vance met Chinese officials in Ottawa on Monday.", "--date", "2024-05-10")
    assert result.exit_code == 0, result.stderr
    assert "Aurelia Vance -> aurelia-vance" in actors_line(result)


def test_code_says_when_a_stage_failed_instead_of_answering_with_fewer_records(my_ledger, cli, monkeypatch):
    from newsledger import pipeline

    def broken(analysis, doc):
        raise RuntimeError("no such pattern")

    stages = [(name, broken if name == "forecasts" else stage, fields) for name, stage, fields in pipeline.STAGES]
    monkeypatch.setattr(pipeline, "STAGES", stages)
    result = cli("code", "Kenya will probably sign the deal by May.", "--date", "2023-05-02", "--db", my_ledger)
    assert result.exit_code == 0
    assert "the forecasts stage failed (RuntimeError: no such pattern)" in result.stderr
