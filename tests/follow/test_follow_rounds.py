"""`follow` against the loopback site: 30 article pages (24 stories, 6 syndicated copies) behind an RSS
feed, an Atom feed and a sitemap, plus a feed that always answers 500. One ledger for the module:
the first round runs through the CLI, later rounds as if a day had passed each time."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from newsledger.follow import registry
from newsledger.follow.fetch import Fetcher
from newsledger.follow.rounds import run_round
from newsledger.interfaces.cli import app
from newsledger.store import Store, schema
from tests.follow.site import ATOM_PATH, BROKEN_PATH, RSS_PATH, SITEMAP_PATH, http_date

UPDATED = "nigeria-kidnapping"  # an article without copies, updated on the site between rounds 2 and 3
UPDATE = "Police said on Wednesday that security forces had freed 12 of the kidnapped villagers."


def invoke(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


def documents(store: Store) -> list[dict]:
    with store.transaction() as conn:
        return [dict(r) for r in conn.execute(select(schema.documents)).mappings()]


def record_count(store: Store, table, doc_id: str) -> int:
    with store.transaction() as conn:
        return conn.execute(select(func.count()).select_from(table).where(table.c.doc_id == doc_id)).scalar_one()


@pytest.fixture(scope="module")
def ledger(tmp_path_factory, site):
    """The ledger after the sources were added and `follow --once` ran, with that run's result."""
    db = tmp_path_factory.mktemp("follow") / "ledger.db"
    for path, name in ((RSS_PATH, "rss"), (ATOM_PATH, "atom"), (SITEMAP_PATH, "sitemap"), (BROKEN_PATH, "broken")):
        assert invoke("sources", "add", site.base + path, "--name", name, "--every", "15m", "--db", db).exit_code == 0
    result = invoke("follow", "--once", "--delay", "0", "--allow-private", "--db", db)
    store = Store(str(db))
    yield store, result, dict(site.answers)
    store.close()


@pytest.fixture(scope="module")
def second_round(ledger, site):
    """A round a day later, with nothing changed on the site: (summary, answers during it, requests made)."""
    store, _, _ = ledger
    before, seen = dict(site.answers), len(site.requests)
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        summary = run_round(store, fetcher, datetime.now().astimezone() + timedelta(days=1))
    answers = {key: n - before.get(key, 0) for key, n in site.answers.items() if n - before.get(key, 0)}
    return summary, answers, site.requests[seen:]


@pytest.fixture(scope="module")
def third_round(second_round, ledger, site):
    """A round two days later, after one article was updated (a new paragraph) and the listings with it."""
    store, _, _ = ledger
    site.put_page(site.by_slug[UPDATED], extra=[UPDATE])
    site.resources[f"/news/{UPDATED}.html"].last_modified = http_date("2026-04-04")
    site.publish_listings("2026-04-04")
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        return run_round(store, fetcher, datetime.now().astimezone() + timedelta(days=2))


def test_follow_once_stores_every_article_once(ledger, site):
    store, result, _ = ledger
    docs = documents(store)
    assert sorted(d["url"] for d in docs) == sorted(site.page_urls)  # 30 pages, each once
    assert result.stdout.strip().splitlines()[-1].startswith("round: 4 sources (1 failed), 30 pages fetched")
    assert result.exit_code == 1  # the broken source failed
    by_url = {d["url"]: d for d in docs}
    kenya = by_url[site.url("kenya-somalia-border")]
    assert kenya["outlet"] == "Horn Daily" and kenya["source"] == kenya["url"]
    assert "Mwangi" in kenya["text"] and "Subscribe" not in kenya["text"]  # trafilatura kept the article, not the footer


def test_a_page_two_sources_list_is_fetched_once_per_round(ledger, site):
    _, _, answers = ledger
    assert all(answers.get((f"/news/{a['slug']}.html", 200), 0) == 1 for a in site.articles if "copy_of" not in a)


def test_syndicated_copies_are_linked_and_not_analysed_again(ledger, site):
    store, result, _ = ledger
    by_url = {d["url"]: d for d in documents(store)}
    copies = [a for a in site.articles if "copy_of" in a]
    for copy in copies:
        stored, original = by_url[site.url(copy["slug"])], by_url[site.url(copy["copy_of"])]
        assert stored["copy_of"] == original["doc_id"]
        assert record_count(store, schema.events, stored["doc_id"]) == 0
        assert record_count(store, schema.mentions, stored["doc_id"]) == 0
        assert record_count(store, schema.mentions, original["doc_id"]) > 0
    originals = [by_url[site.url(a["slug"])] for a in site.articles if "copy_of" not in a]
    assert all(d["copy_of"] is None for d in originals if d["previous_id"] is None)  # no story taken for a copy
    assert f"{len(site.articles) - len(copies)} new, 0 updated, {len(copies)} copies" in result.stdout


def test_second_round_fetches_nothing_new(ledger, second_round, site):
    store, _, _ = ledger
    summary, answers, requests = second_round
    assert answers.get((RSS_PATH, 304)) == 1 and answers.get((ATOM_PATH, 304)) == 1  # the feeds' validators held
    assert answers.get((SITEMAP_PATH, 200)) == 1  # the sitemap sends none: its pages are asked for conditionally
    page_answers = {key: n for key, n in answers.items() if key[0].startswith(("/news/", "/partners/"))}
    assert set(status for _, status in page_answers) == {304} and sum(page_answers.values()) == 30
    assert all("If-None-Match" in headers for path, headers in requests if path.startswith("/news/"))
    assert (summary.fetched, summary.new, summary.unchanged) == (0, 0, 30)
    assert len(documents(store)) == 30


def test_robots_txt_disallow_is_obeyed(ledger, second_round, site):
    summary, _, _ = second_round
    assert site.answered(site.private_path) == 0
    assert [reason for url, reason in summary.skipped if "/private/" in url] == ["robots.txt disallows it"]


def test_every_request_says_who_is_asking(ledger, site):
    assert site.requests and all(headers.get("User-Agent", "").startswith("newsledger/") for _, headers in site.requests)


def test_updated_article_becomes_a_new_version(ledger, third_round, site):
    store, _, _ = ledger
    versions = [d for d in documents(store) if d["url"] == site.url(UPDATED)]
    assert len(versions) == 2
    old, new = sorted(versions, key=lambda d: UPDATE in d["text"])
    assert UPDATE in new["text"] and new["previous_id"] == old["doc_id"]
    assert registry.page(store, site.url(UPDATED)).doc_id == new["doc_id"]
    assert (third_round.fetched, third_round.new, third_round.unchanged) == (1, 0, 29)


def test_new_version_is_analysed_not_taken_for_a_copy_of_the_old(ledger, third_round, site):
    store, _, _ = ledger
    new = next(d for d in documents(store) if d["url"] == site.url(UPDATED) and UPDATE in d["text"])
    assert new["copy_of"] is None and record_count(store, schema.mentions, new["doc_id"]) > 0
    assert third_round.updated == 1


def test_failing_source_backs_off_is_reported_and_others_run(ledger, second_round, site):
    store, result, _ = ledger
    broken = registry.find_source(store, "broken")
    assert broken.failures >= 2 and broken.last_error == "HTTP 500" and broken.last_ok is None
    checked, due = datetime.fromisoformat(broken.last_checked), datetime.fromisoformat(broken.next_due)
    assert due - checked == timedelta(seconds=registry.BACKOFF_FIRST_S * 2 ** (broken.failures - 1))
    assert "broken: failed (HTTP 500)" in result.stderr
    assert all(registry.find_source(store, name).failures == 0 for name in ("rss", "atom", "sitemap"))
    listed = invoke("sources", "list", "--db", store.where)
    row = next(line for line in listed.stdout.splitlines() if "broken" in line)
    assert row.endswith(f"{broken.failures} failure(s) in a row, last: HTTP 500")
    assert f"next due {broken.next_due}" in row


def test_each_sources_line_gives_the_counts_the_round_line_adds_up(ledger):
    _, result, _ = ledger
    count = re.compile(r"(\d+) (pages fetched|new|updated|copies|unchanged|skipped|failed)")
    per_source = [dict((what, int(n)) for n, what in count.findall(line))
                  for line in result.stderr.splitlines() if re.match(r"(rss|atom|sitemap): \d+ listed, ", line)]
    round_line = result.stdout.strip().splitlines()[-1]
    totals = dict((what, int(n)) for n, what in count.findall(round_line.split("), ", 1)[1]))
    assert len(per_source) == 3 and len(totals) == 7
    assert {what: sum(line[what] for line in per_source) for what in totals} == totals
    assert totals["pages fetched"] == 30


def test_an_update_taken_back_makes_the_page_first_version_current_again(ledger, third_round, site):
    """A round three days later, after the site took the update back: the page's text is the first version's,
    stored already, which becomes the current version again (nothing new is stored)."""
    store, _, _ = ledger
    site.put_page(site.by_slug[UPDATED])
    site.resources[f"/news/{UPDATED}.html"].last_modified = http_date("2026-04-05")
    site.publish_listings("2026-04-05")
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        summary = run_round(store, fetcher, datetime.now().astimezone() + timedelta(days=3))
    versions = [d for d in documents(store) if d["url"] == site.url(UPDATED)]
    first, update = sorted(versions, key=lambda d: UPDATE in d["text"])
    assert (summary.fetched, summary.new, summary.updated) == (1, 0, 1)
    assert first["previous_id"] == update["doc_id"] and update["previous_id"] is None
    assert registry.page(store, site.url(UPDATED)).doc_id == first["doc_id"]
