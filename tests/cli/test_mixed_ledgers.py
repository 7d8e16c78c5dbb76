"""A ledger as people build it: dated and undated articles side by side, odd characters in filters and file names."""

from __future__ import annotations

import json

import pandas as pd

LINES = [
    {"text": "Lavrov met Wang Yi in Beijing on Monday. Lavrov said Russia would strengthen ties with China.",
     "published": "2023-03-17", "outlet": "Example Wire"},
    {"text": "Putin met Xi Jinping in Moscow on Tuesday. Putin said Russia would strengthen ties with China.",
     "outlet": "Example Post"},
]


def _ledger(cli, tmp_path):
    source = tmp_path / "two.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in LINES), encoding="utf-8")
    db = tmp_path / "ledger.db"
    assert cli("ingest", "-q", "--db", db, source).exit_code == 0
    return db


def test_csv_and_parquet_exports_take_dated_and_undated_documents_together(cli, tmp_path):
    db = _ledger(cli, tmp_path)
    for fmt in ("csv", "parquet"):
        result = cli("export", "--db", db, "--format", fmt, "-o", tmp_path / fmt)
        assert result.exit_code == 0, result.stderr
        events = pd.read_csv(tmp_path / fmt / "events.csv") if fmt == "csv" else pd.read_parquet(tmp_path / fmt / "events.parquet")
        assert len(events) >= 2 and {"source_parent", "target_parent"} <= set(events.columns)
        assert set(events["source_parent"].dropna()) <= {"RUS", "CHN"}


def test_docs_filters_read_percent_and_underscore_as_plain_characters(cli, tmp_path):
    db = _ledger(cli, tmp_path)
    listed = lambda *flags: [json.loads(line)["outlet"] for line in cli("docs", "--db", db, "--json", *flags).stdout.splitlines()]
    assert listed("--text", "%") == []
    assert listed("--outlet", "Example_Wire") == []
    assert listed("--outlet", "Example W") == ["Example Wire"]


def test_a_skipped_file_name_with_a_line_break_is_reported_on_one_line(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nname.txt").write_bytes(b"")
    result = cli("ingest", "--db", tmp_path / "ledger.db", folder)
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped")]
    assert len(skipped) == 1 and "bad\\nname.txt: empty file" in skipped[0]
