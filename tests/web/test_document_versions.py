"""A document page says what a document is to the others: a near-duplicate copy of an original, the
original of copies (with their outlets), a later version of a page, or a version superseded by one."""

from __future__ import annotations

import html

from fastapi.testclient import TestClient

from newsledger.ingest import article_from_text
from newsledger.interfaces.web import create_app
from newsledger.pipeline import Analysis
from newsledger.store import Store

REPORT = "The harbour authority closed the northern pier on Monday after a crane collapsed onto a cargo ship."
URL = "https://harbour.example/pier"


def _article(text: str, outlet: str, url: str | None = None, source: str = "pier.txt") -> Analysis:
    return Analysis(article_from_text(source, text, [], title="Pier closed", published="2024-02-05", outlet=outlet, url=url))


def test_document_pages_link_copies_originals_and_versions(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    first = _article(REPORT, "Harbour <Gazette>", URL)
    edited = _article(REPORT + " Nobody was hurt.", "Harbour <Gazette>", URL)
    copy = _article(REPORT + "\nShared under a content partnership.", "Coast & Courier", source="copy.txt")
    for analysis in (first, edited):
        store.save(analysis)
    store.save(copy, copy_of=edited.article.doc_id)
    store.close()
    client = TestClient(create_app(str(tmp_path / "l.db")), base_url="http://localhost:8000")
    old_id, new_id, copy_id = first.article.doc_id, edited.article.doc_id, copy.article.doc_id

    old = client.get(f"/doc/{old_id}").text
    assert f'Superseded by <a href="/doc/{new_id}"><code>{new_id}</code></a>' in old
    new = client.get(f"/doc/{new_id}").text
    assert f'Previous version <a href="/doc/{old_id}">' in new
    assert f'Copies: <a href="/doc/{copy_id}"><code>{copy_id}</code></a> ({html.escape("Coast & Courier")})' in new
    assert "Superseded" not in new
    page = client.get(f"/doc/{copy_id}").text
    assert f'Near-duplicate copy of <a href="/doc/{new_id}">' in page
    assert "its records are those of" in page and "No records were read" not in page
    assert client.get(f"/api/doc/{old_id}").json()["superseded_by"] == new_id


def test_a_copy_of_a_superseded_version_links_the_version_it_copies_and_the_later_one(tmp_path):
    store = Store(str(tmp_path / "l.db"))
    first, edited = _article(REPORT, "Harbour Gazette", URL), _article(REPORT + " Nobody was hurt.", "Harbour Gazette", URL)
    copy = _article(REPORT + "\nShared under a content partnership.", "Coast Courier", source="copy.txt")
    store.save(first)
    store.save(copy, copy_of=first.article.doc_id)  # copied before the story was edited
    store.save(edited)
    store.close()
    client = TestClient(create_app(str(tmp_path / "l.db")), base_url="http://localhost:8000")
    old_id, new_id = first.article.doc_id, edited.article.doc_id

    page = client.get(f"/doc/{copy.article.doc_id}").text
    assert (f'Near-duplicate copy of <a href="/doc/{old_id}"><code>{old_id}</code></a>, a version of the story since '
            f'superseded by <a href="/doc/{new_id}"><code>{new_id}</code></a>') in page
    assert client.get(f"/api/doc/{copy.article.doc_id}").json()["original_superseded_by"] == new_id
