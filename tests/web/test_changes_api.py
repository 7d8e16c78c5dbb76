"""/api/changes?since=: the lines `export --since-change` writes, in pages a client follows to the end,
with the `until` to ask from next time; a bad `since` or cursor is a 400 with one line."""

from __future__ import annotations

import json
import time
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from newsledger.analysis.forecasts import resolve
from newsledger.interfaces import export
from newsledger.interfaces.export import current_second, export_jsonl, since_change
from newsledger.interfaces.web import create_app
from newsledger.store import Store, schema

from tests.web.conftest import build_ledger


def next_second() -> str:
    """The start of the next second, once it has begun: every write before it has an earlier stamp."""
    time.sleep(1.02 - time.time() % 1)
    return current_second()


@pytest.fixture(scope="module")
def changed(tmp_path_factory):
    """(ledger path, since): the hand-built ledger after a resolution and a removed document."""
    path = tmp_path_factory.mktemp("changes") / "ledger.db"
    store = build_ledger(path)
    since = next_second()
    with store.transaction() as conn:
        forecast_id = conn.scalar(select(schema.forecasts.c.forecast_id))
        doc_id = conn.scalar(select(schema.documents.c.doc_id).where(schema.documents.c.source == "blog.txt"))
    resolve(store, forecast_id, True, "the visit took place", None)
    store.delete_document(doc_id)
    store.close()
    return path, since


@pytest.fixture(scope="module")
def client(changed):
    return TestClient(create_app(str(changed[0])), base_url="http://localhost:8000")


def pages(client, since: str, limit: int) -> list[dict]:
    found, after = [], None
    while True:
        response = client.get("/api/changes", params={"since": since, "limit": limit, **({"after": after} if after else {})})
        assert response.status_code == 200, response.text
        found.append(response.json())
        after = found[-1]["next"]
        if after is None:
            return found


def test_pages_followed_to_the_end_hold_the_lines_of_the_export_of_changes(changed, client, tmp_path):
    path, since = changed
    export_jsonl(Store(str(path), create=False), tmp_path / "since.jsonl", since_change(since))
    exported = [json.loads(line) for line in (tmp_path / "since.jsonl").read_text().splitlines()]
    walked = pages(client, since, limit=2)
    assert [line for page in walked for line in page["lines"]] == exported
    assert len(walked) == -(-len(exported) // 2) and all(len(page["lines"]) <= 2 for page in walked)
    assert len({page["until"] for page in walked}) == 1
    kinds = {(line["kind"], line.get("record_kind")) for line in exported}
    assert {("tombstone", "document"), ("forecast", None)} <= kinds
    assert ("tombstone", "actor") in kinds  # the removed story's only mention of an actor: it has no line now


def test_until_leaves_time_for_transactions_that_began_before_it_to_commit(client):
    """A change stamped when its transaction began may commit after an export started: `until` lies
    SETTLE_S before the export's start, so the next export still finds it."""
    asked = datetime.strptime(current_second(), "%Y-%m-%dT%H:%M:%SZ")
    until = datetime.strptime(pages(client, "2000-01-01T00:00:00Z", limit=50)[0]["until"], "%Y-%m-%dT%H:%M:%SZ")
    assert timedelta(0) <= asked - until - timedelta(seconds=export.SETTLE_S) <= timedelta(seconds=5)


def test_asking_again_from_until_gives_only_what_changed_since(changed, client, monkeypatch):
    path, since = changed
    monkeypatch.setattr(export, "SETTLE_S", 0)  # every transaction here has committed when it returns
    next_second()  # changes made in the second `until` names are given again from it: none here
    until = pages(client, since, limit=50)[0]["until"]
    assert pages(client, until, limit=50) == [{"since": until, "until": until, "lines": [], "next": None}]
    next_second()
    store = Store(str(path), create=False)
    with store.transaction() as conn:
        doc_id = conn.scalar(select(schema.documents.c.doc_id).where(schema.documents.c.source == "tass.txt"))
    store.delete_document(doc_id)
    tombstones = [line for line in pages(client, until, limit=50)[0]["lines"] if line["kind"] == "tombstone"]
    assert {line["record_id"] for line in tombstones if line["record_kind"] == "document"} == {doc_id}
    assert all(line["doc_id"] == doc_id for line in tombstones if line["record_kind"] != "actor")


def test_a_since_in_the_future_gives_no_lines_and_itself_as_until(client):
    [page] = pages(client, "2999-03-01T08:00:00Z", limit=10)
    assert page["lines"] == [] and page["until"] == "2999-03-01T08:00:00Z"  # never an earlier time than asked


def test_a_plus_left_unescaped_in_the_url_is_read_as_a_plus(changed, client):
    _, since = changed  # "...Z"; the same moment written with a +02:00 offset, its "+" not escaped as %2B
    shifted = datetime.fromisoformat(since_change(since)).astimezone(timezone(timedelta(hours=2))).isoformat()
    assert "+02:00" in shifted
    raw = client.get(f"/api/changes?since={shifted}&limit=500")
    assert raw.status_code == 200, raw.text
    assert raw.json()["lines"] == pages(client, since, limit=500)[0]["lines"]


@pytest.mark.parametrize("params,names", [
    ({"since": "yesterday"}, "since"),
    ({"since": "2026-13-01"}, "since"),
    ({"since": "0001-01-01T00:00:00+01:00"}, "since"),
    ({"since": "2026-11-30", "after": "2026-11-30T05:00:00Z/event"}, "after"),
    ({"since": "2026-11-30", "after": "2026-11-30T05:00:00Z/tombstone/x"}, "after"),
    ({"since": "2026-11-30", "limit": 0}, "limit"),
])
def test_a_bad_parameter_is_a_400_with_one_line_naming_it(client, params, names):
    response = client.get("/api/changes", params=params)
    body = response.json()
    assert response.status_code == 400 and body == {"ok": False, "error": body["error"], "status": 400}
    assert body["error"].startswith(names) and "\n" not in body["error"]
