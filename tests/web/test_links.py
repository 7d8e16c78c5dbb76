"""Links as people type them: a document by the start of its id, and the page number as `page`."""

from __future__ import annotations

from collections import Counter

import pytest
from fastapi.testclient import TestClient

from newsledger.interfaces.web import create_app
from newsledger.interfaces.web.common import PAGE_SIZE
from tests.analysis import dyad_ledger


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """A page and more of reports: more than the 16 hex digits an id may start with, so two ids share a first digit."""
    path = tmp_path_factory.mktemp("links") / "ledger.db"
    store = dyad_ledger.build(path)
    for n in range(PAGE_SIZE + 1):
        store.save(dyad_ledger._report(f"grain{n}.txt", f"2024-03-{n % 28 + 1:02d}", "Wire", [
            (f"China and Russia held talks on grain for the {n + 1}th time.", ("held talks", "040", "CONSULT", 1.0, 1, "occurred", "CHN", "RUS", None))]))
    store.close()
    return TestClient(create_app(str(path)), base_url="http://localhost:8000")


def _doc_ids(client) -> list[str]:
    return [e["doc_id"] for page in (1, 2) for e in client.get("/api/timeline", params={"page": page}).json()["events"]]


def test_a_document_is_found_by_a_unique_start_of_its_id(many):
    ids = set(_doc_ids(many))
    first = Counter(i[0] for i in ids)
    unique = next(i for i in sorted(ids) if sum(j.startswith(i[:6]) for j in ids) == 1)
    moved = many.get(f"/doc/{unique[:6]}", follow_redirects=False)
    assert moved.status_code == 307 and moved.headers["location"] == f"/doc/{unique}"
    assert many.get(f"/api/doc/{unique[:6]}").json()["doc_id"] == unique
    shared = next(c for c, n in first.items() if n > 1)
    several = many.get(f"/api/doc/{shared}")
    assert several.status_code == 404 and "several documents" in several.json()["error"]
    assert "no document" in many.get("/doc/zz").text and many.get("/doc/zz").status_code == 404


def test_the_page_number_is_read_as_page_or_as_the_old_page_no(many):
    total = many.get("/api/timeline").json()["total"]
    assert total > PAGE_SIZE
    second = many.get("/api/timeline", params={"page": 2}).json()
    assert second["page_no"] == 2 and len(second["events"]) == total - PAGE_SIZE
    assert many.get("/api/timeline", params={"page_no": 2}).json()["events"] == second["events"]
    assert 'rel="next" href="/timeline?page=2"' in many.get("/timeline").text
    assert many.get("/api/timeline", params={"page": 0}).status_code == 400
