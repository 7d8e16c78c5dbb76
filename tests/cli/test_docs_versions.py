"""`docs` says which documents are near-duplicate copies and which are versions of one page, and can list
the copies alone or leave them out."""

from __future__ import annotations

import json

from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.store import Store

REPORT = "The river authority opened the eastern floodgates on Sunday after two days of heavy rain upstream."
URL = "https://river.example/floodgates"


def _article(text: str, outlet: str, url: str | None = None, source: str = "gates.txt") -> Analysis:
    return Analysis(article_from_text(source, text, [], title="Floodgates opened", published="2024-09-08", outlet=outlet, url=url))


def test_docs_lists_copy_of_and_versions_and_filters_copies(cli, tmp_path):
    db = str(tmp_path / "l.db")
    store = Store(db)
    first, edited = _article(REPORT, "Valley Post", URL), _article(REPORT + " Two villages were evacuated.", "Valley Post", URL)
    copy = _article(REPORT + "\nShared under a content partnership.", "Delta Times", source="copy.txt")
    for analysis in (first, edited):
        store.save(analysis)
    store.save(copy, copy_of=edited.article.doc_id)
    store.close()
    old_id, new_id, copy_id = first.article.doc_id, edited.article.doc_id, copy.article.doc_id

    rows = {r["doc_id"]: r for r in map(json.loads, cli("docs", "--db", db, "--json").stdout.splitlines())}
    assert rows[old_id]["superseded_by"] == new_id and rows[old_id]["previous_id"] is None
    assert rows[new_id]["previous_id"] == old_id and rows[new_id]["superseded_by"] is None
    assert rows[copy_id]["copy_of"] == new_id and rows[new_id]["copy_of"] is None
    only = [json.loads(line)["doc_id"] for line in cli("docs", "--db", db, "--json", "--copies").stdout.splitlines()]
    assert only == [copy_id]
    none = {json.loads(line)["doc_id"] for line in cli("docs", "--db", db, "--json", "--no-copies").stdout.splitlines()}
    assert none == {old_id, new_id}
    table = cli("docs", "--db", db).stdout
    assert "superseded by" in table and "copy of" in table and "previous" in table
    assert table.count(new_id) == 3 and table.count(old_id) == 2  # whole ids: its row and those that name it


def test_a_copy_of_a_superseded_version_says_so_in_docs_and_show(cli, tmp_path):
    db = str(tmp_path / "l.db")
    store = Store(db)
    first, edited = _article(REPORT, "Valley Post", URL), _article(REPORT + " Two villages were evacuated.", "Valley Post", URL)
    copy = _article(REPORT + "\nShared under a content partnership.", "Delta Times", source="copy.txt")
    store.save(first)
    store.save(copy, copy_of=first.article.doc_id)  # copied before the story was edited
    store.save(edited)
    store.close()
    old_id, new_id, copy_id = first.article.doc_id, edited.article.doc_id, copy.article.doc_id

    rows = {r["doc_id"]: r for r in map(json.loads, cli("docs", "--db", db, "--json").stdout.splitlines())}
    assert rows[copy_id]["copy_of"] == old_id and rows[copy_id]["original_superseded_by"] == new_id
    links = [line.split("│")[-2].strip() for line in cli("docs", "--db", db, "--copies").stdout.splitlines() if "│" in line]
    assert links == ["copy of", old_id, "(superseded by", new_id + ")"]  # the copy's one row
    shown = cli("show", copy_id, "--db", db, "--records").stdout.splitlines()
    assert f"copy_of: {old_id}" in shown and f"original_superseded_by: {new_id}" in shown


def test_an_untitled_json_lines_article_is_listed_with_its_file_and_line(cli, tmp_path):
    lines = tmp_path / "wire.jsonl"
    lines.write_text(json.dumps({"id": "w-17", "text": REPORT, "published": "2024-09-08"}) + "\n"
                     + json.dumps({"id": "w-18", "title": "Rain eases", "text": "The rain eased on Monday in the valley towns.",
                                   "published": "2024-09-09"}) + "\n")
    db = str(tmp_path / "l.db")
    cli("ingest", "--db", db, str(lines))

    table = cli("docs", "--db", db).stdout
    assert "wire.jsonl:1" in table and "Rain eases" in table and "wire.jsonl:2" not in table
    [untitled] = [json.loads(line) for line in cli("docs", "--db", db, "--json").stdout.splitlines()
                  if json.loads(line)["title"] is None]
    assert cli("show", untitled["doc_id"][:8], "--db", db).stdout.count(REPORT[:40]) >= 1
