"""Bad input: one line naming the file and the reason, the batch goes on, nothing stored is lost."""

from __future__ import annotations

import json
import os

import pytest

from newsledger import Ledger
from tests.conftest import OTHER_WIRE_STORY, WIRE_STORY


def _ingest_with(cli, ledger_path, tmp_path, bad_name: str, bad_bytes: bytes, *extra):
    good = tmp_path / "good.txt"
    good.write_text(WIRE_STORY, encoding="utf-8")
    bad = tmp_path / bad_name
    bad.write_bytes(bad_bytes)
    result = cli("ingest", "--db", ledger_path, *extra, bad, good)
    return result, bad


def _skip_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("skipped")]


@pytest.mark.parametrize("name,data,reason", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\n ", "empty file"),
    ("photo.txt", bytes(range(256)) * 40, "binary file"),
    ("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "HTML page with no main text"),
    ("widgets.txt", b"Share:\nSkip to content\nSubscribe\n", "no article text left"),
])
def test_ingest_reports_bad_file_and_goes_on(cli, ledger_path, tmp_path, name, data, reason):
    result, bad = _ingest_with(cli, ledger_path, tmp_path, name, data)
    assert result.exit_code == 1
    lines = _skip_lines(result)
    assert len(lines) == 1 and str(bad) in lines[0] and reason in lines[0]
    assert "new 1" in result.stdout
    assert len(Ledger(ledger_path).docs()) == 1


def test_ingest_replaces_invalid_utf8_and_warns(cli, ledger_path, tmp_path):
    path = tmp_path / "latin.txt"
    # UTF-8 letters ("Šiauliai") beside one stray byte: a damaged UTF-8 file, not a legacy charset
    path.write_bytes(WIRE_STORY.replace("Vilnius", "Šiauliai and Vilnius").encode("utf-8").replace(b"Vilnius", b"Vilnius \xff"))
    result = cli("ingest", "--db", ledger_path, path)
    assert result.exit_code == 0
    assert f"warning {path}: invalid UTF-8" in result.stderr
    ledger = Ledger(ledger_path)
    assert "Vilnius \ufffd" in ledger.document(ledger.docs().doc_id[0])["text"]


def test_ingest_refuses_file_over_size_limit(cli, ledger_path, tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)
    result, _ = _ingest_with(cli, ledger_path, tmp_path, "ok.txt", OTHER_WIRE_STORY.encode(), big)
    lines = _skip_lines(result)
    assert len(lines) == 1 and str(big) in lines[0] and "52.4 MB, over the 20 MB limit" in lines[0]
    assert "new 2" in result.stdout


def test_ingest_jsonl_bad_lines_are_skipped_one_by_one(cli, ledger_path, tmp_path):
    path = tmp_path / "wire.jsonl"
    lines = [json.dumps({"text": WIRE_STORY, "published": "2023-07-10"}), "{not json", json.dumps({"title": "no body"}), "[1, 2]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("ingest", "--db", ledger_path, path)
    assert result.exit_code == 1
    skipped = _skip_lines(result)
    assert [s.split(": ", 1)[0] for s in skipped] == [f"skipped {path}:2", f"skipped {path}:3", f"skipped {path}:4"]
    assert "not valid JSON" in skipped[0] and "no 'text' or 'html' field" in skipped[1]
    assert "new 1" in result.stdout


def test_ingest_unreadable_paths(cli, ledger_path, tmp_path):
    missing = tmp_path / "missing.txt"
    dangling = tmp_path / "dangling.txt"
    os.symlink(tmp_path / "nowhere", dangling)
    result, _ = _ingest_with(cli, ledger_path, tmp_path, "ok.txt", WIRE_STORY.encode(), missing, dangling)
    lines = _skip_lines(result)
    assert any(str(missing) in line and "no such file" in line for line in lines)
    assert any(str(dangling) in line and "no such file" in line for line in lines)
    assert "new 1" in result.stdout


def test_ingest_permission_denied_is_reported(tmp_path, monkeypatch):
    # As root every file is readable, so the denial is simulated at the open() the reader uses.
    from newsledger.ingest import read_path

    path = tmp_path / "secret.txt"
    path.write_text(WIRE_STORY)

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", deny)
    [rejected] = list(read_path(str(path)))
    assert rejected.source == str(path) and "permission denied" in rejected.reason


def test_ingest_rerun_is_a_no_op(cli, ledger_path, tmp_path):
    (tmp_path / "story.txt").write_text(WIRE_STORY)
    assert "new 1" in cli("ingest", "--db", ledger_path, tmp_path).stdout
    again = cli("ingest", "--db", ledger_path, tmp_path)
    assert "new 0, unchanged 1" in again.stdout and again.exit_code == 0


def test_edited_file_becomes_new_version(cli, ledger_path, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(WIRE_STORY)
    cli("ingest", "--db", ledger_path, path)
    path.write_text(WIRE_STORY.replace("on Monday", "late on Monday"))
    cli("ingest", "--db", ledger_path, path)
    docs = Ledger(ledger_path).table("documents")
    assert len(docs) == 2
    newer = docs[docs.previous_id.notna()].iloc[0]
    assert newer.previous_id in set(docs.doc_id) and newer.previous_id != newer.doc_id


def test_non_english_is_stored_not_analysed(cli, ledger_path, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text("Le président chinois Xi Jinping se rendra en Russie de lundi à mercredi, à l'invitation de Vladimir Poutine, "
                    "a annoncé vendredi le ministère chinois des Affaires étrangères.", encoding="utf-8")
    result = cli("ingest", "--db", ledger_path, path)
    assert "not analysed (not English): fr 1" in result.stdout
    doc = Ledger(ledger_path).table("documents").iloc[0]
    assert doc.language == "fr" and not doc.analysed
    assert len(Ledger(ledger_path).table("sentences")) == 0


def test_doubtful_language_guesses_are_not_taken_as_foreign():
    from newsledger.ingest.language import detect_language

    earnings = "Shr 41 cts vs 30 cts\nNet 700,000 vs 526,000\nRevs 15.2 mln vs 14.7 mln"
    numbers_only = "Shr 66 cts vs 55 cts\nNet 2,422,000 vs 1,906,000\nRevs 59.3 mln vs 47.4 mln"
    assert detect_language(earnings).code == "en"  # a doubtful guess with English among the best three
    assert detect_language(numbers_only).code is None  # no language to speak of: "unknown", not Pidgin
    assert detect_language("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen.").code == "de"


def test_a_stage_that_fails_on_one_article_does_not_stop_the_batch(cli, ledger_path, tmp_path, monkeypatch):
    from newsledger import pipeline

    def fragile_events(analysis, doc):
        if "Erdogan" in doc.text:
            raise ValueError("unexpected parse")
        pipeline.add_events(analysis, doc)

    monkeypatch.setattr(pipeline, "STAGES", [(n, fragile_events if n == "events" else f, fields)
                                             for n, f, fields in pipeline.STAGES])
    (tmp_path / "a-wire.txt").write_text(WIRE_STORY, encoding="utf-8")
    (tmp_path / "b-other.txt").write_text(OTHER_WIRE_STORY, encoding="utf-8")
    result = cli("ingest", "--db", ledger_path, tmp_path)
    assert result.exit_code == 0
    assert "a-wire.txt" in result.stderr and "the events stage failed (ValueError: unexpected parse)" in result.stderr
    ledger = Ledger(ledger_path)
    docs = {row.source.rsplit("/", 1)[-1]: ledger.document(row.doc_id) for row in ledger.docs().itertuples()}
    failed, fine = docs["a-wire.txt"], docs["b-other.txt"]
    assert failed["mentions"] and not failed["events"] and not failed["quotes"]
    assert any("events stage failed" in w for w in failed["warnings"])
    assert fine["events"] and not fine["warnings"]
