"""What the CLI prints cannot drive the terminal, and `--db` works before or after any command."""

from __future__ import annotations

import io
import json
import re

import pytest
from rich.table import Table

# Anything in the output that a terminal would act on: ESC, the other C0 controls bar newline
# and tab, DEL, the C1 controls (U+009B is an 8-bit CSI) and the bidi embeddings, overrides and isolates.
TERMINAL_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

HOSTILE = {
    "title": "Leaders \x1b]0;owned\x07meet \x1b[2Jin \x9b31mHelsinki \u202eniaga\u202c",
    "outlet": "Nordic \x1b[31mWire\x1b[0m",
    "authors": ["Anna \x08\x08Berg"],
}
STORY = ('Finnish President Sauli Niinisto met Swedish Prime Minister Ulf Kristersson in Helsinki on Tuesday. '
         '"We will stand together," Niinisto told reporters.')


@pytest.fixture(scope="module")
def hostile_ledger(tmp_path_factory):
    """A ledger holding one article whose title, outlet and author carry terminal escape sequences."""
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    folder = tmp_path_factory.mktemp("hostile")
    source = folder / "wire.jsonl"
    source.write_text(json.dumps({"text": STORY, "published": "2023-05-02", **HOSTILE}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["ingest", "-q", "--db", str(folder / "ledger.db"), str(source)])
    assert result.exit_code == 0, result.output
    return folder / "ledger.db"


def test_printable_drops_escape_sequences_controls_and_bidi_overrides():
    from newsledger.interfaces.cli import printable

    assert printable("a\x1b[1;31mb\x1b[0m c\x1b]8;;https://evil.example\x1b\\d\x1b]8;;\x1b\\ e\x9b2Jf") == "ab cd ef"
    assert printable("\u202eeno\u202c \u2067two\u2069\x07\x00\x7f\x85") == "eno two"
    assert printable("line one\n\tline two\r\n") == "line one\n\tline two\n"
    assert printable("Жуковский, 習近平 and نتنياهو 🇺🇦") == "Жуковский, 習近平 and نتنياهو 🇺🇦"


def test_console_cleans_table_cells_and_keeps_brackets_and_colons():
    from newsledger.interfaces.cli import PlainConsole

    console = PlainConsole(file=io.StringIO(), width=200)
    table = Table("title", "outlet")
    table.add_row("[bold]Talks[/] :warning: \x1b[5mresume", "Wire\x9b2J")
    console.print(table)
    console.print("skipped bad\x1b[2J.txt: empty file")
    printed = console.file.getvalue()
    assert not TERMINAL_CONTROL.search(printed)
    assert "[bold]Talks[/] :warning: resume" in printed  # article text is never markup or an emoji code
    assert "skipped bad.txt: empty file" in printed


def test_docs_and_show_print_values_without_terminal_controls(hostile_ledger, cli):
    listing = cli("docs", "--db", hostile_ledger)
    assert listing.exit_code == 0
    assert not TERMINAL_CONTROL.search(listing.stdout)
    assert "Nordic Wire" in listing.stdout and "Anna Berg" in listing.stdout
    doc_id = json.loads(cli("docs", "--db", hostile_ledger, "--json").stdout)["doc_id"]
    shown = cli("show", "--db", hostile_ledger, doc_id)
    assert shown.exit_code == 0
    assert not TERMINAL_CONTROL.search(shown.stdout)
    assert "title: Leaders meet in Helsinki niaga" in shown.stdout
    assert "outlet: Nordic Wire" in shown.stdout and "authors: Anna Berg" in shown.stdout


def test_json_output_escapes_controls_and_keeps_stored_values(hostile_ledger, cli):
    from newsledger import Ledger

    stored = Ledger(hostile_ledger, create=False).docs().iloc[0]
    line = cli("docs", "--db", hostile_ledger, "--json").stdout.strip()
    assert not TERMINAL_CONTROL.search(line)
    record = json.loads(line)
    assert (record["title"], record["outlet"], record["authors"]) == (stored["title"], stored["outlet"], stored["authors"])
    document = cli("show", "--db", hostile_ledger, record["doc_id"], "--json").stdout
    assert not TERMINAL_CONTROL.search(document)
    assert json.loads(document)["title"] == stored["title"]


def test_skipped_file_names_are_printed_without_controls(cli, tmp_path):
    bad = tmp_path / "notes\x1b[2J\x1b]0;owned\x07.txt"
    bad.write_text("")
    result = cli("ingest", "-q", "--db", tmp_path / "ledger.db", bad)
    assert result.exit_code == 1
    assert not TERMINAL_CONTROL.search(result.stderr)
    assert "notes.txt: empty file" in result.stderr


# --- --db before or after the command ------------------------------------------------------------


def test_db_before_the_command_reaches_ingest_and_every_listing(hostile_ledger, cli, tmp_path):
    db = tmp_path / "before.db"
    source = tmp_path / "brief.jsonl"
    source.write_text(json.dumps({"text": "Indian Prime Minister Narendra Modi met US President Joe Biden "
                                          "at the White House on Thursday."}) + "\n", encoding="utf-8")
    assert "new 1" in cli("--db", db, "ingest", "-q", source).stdout
    assert len(cli("--db", db, "docs", "--json").stdout.splitlines()) == 1
    assert "narendra-modi" in cli("--db", db, "actors", "--search", "modi").stdout
    assert "joe-biden" in cli("--db", db, "actors", "show", "joe-biden").stdout
    assert cli("--db", db, "forecasts").exit_code == 0
    assert cli("--db", db, "forecasts", "suggest", "--as-of", "2024-01-01").exit_code == 0
    assert "documents  1" in cli("--db", db, "stats").stdout


def test_db_after_the_command_wins_over_one_before(hostile_ledger, cli, tmp_path):
    missing = tmp_path / "missing.db"
    assert cli("--db", missing, "docs", "--db", hostile_ledger).exit_code == 0
    assert cli("--db", hostile_ledger, "docs", "--db", missing).exit_code == 1
    assert cli("--db", missing, "actors", "--db", hostile_ledger, "show", "sauli-niinisto").exit_code == 0
    assert cli("--db", hostile_ledger, "actors", "show", "sauli-niinisto", "--db", missing).exit_code == 1
    assert cli("--db", missing, "forecasts", "suggest", "--db", hostile_ledger).exit_code == 0
    assert not missing.exists()  # read-only commands never make a ledger they were not pointed at


def test_db_from_the_environment_yields_to_either_flag(hostile_ledger, cli, tmp_path, monkeypatch):
    missing = tmp_path / "missing.db"
    monkeypatch.setenv("NEWSLEDGER_DB", str(hostile_ledger))
    assert len(cli("docs", "--json").stdout.splitlines()) == 1
    assert cli("forecasts", "--json").exit_code == 0
    assert cli("--db", missing, "docs").exit_code == 1
    monkeypatch.setenv("NEWSLEDGER_DB", str(missing))
    assert cli("actors", "--db", hostile_ledger).exit_code == 0
    result = cli("stats")
    assert result.exit_code == 1 and str(missing) in result.stderr


def test_help_names_db_before_and_after_the_command(cli):
    def words(*args):  # the help's words, without the panel borders and line breaks rich adds
        return " ".join(cli(*args).stdout.replace("│", " ").split())

    assert "It may also come after the command (`newsledger docs --db X`), and there it wins." in words("--help")
    assert "if not given here, a --db before the command, else $NEWSLEDGER_DB" in words("ingest", "--help")
