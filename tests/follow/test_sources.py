"""The sources registry and its commands, failing sources, the loop, and the loopback guard."""

from __future__ import annotations

import socket
import time
from datetime import datetime, timedelta

import httpx
import pytest

from newsledger.follow import registry
from newsledger.follow.fetch import Fetcher
from newsledger.follow.rounds import follow_forever, run_round
from newsledger.store import Store
from tests.follow.conftest import OutsideConnection
from tests.follow.site import Resource

LATER = timedelta(days=1)


@pytest.fixture
def store(ledger_path):
    opened = Store(str(ledger_path))
    yield opened
    opened.close()


def test_sources_add_list_remove(cli, ledger_path, site):
    added = cli("sources", "add", site.base + "/world/rss.xml", "--name", "world", "--every", "2h", "--db", ledger_path)
    assert added.exit_code == 0 and "every 2h" in added.stdout
    assert cli("sources", "add", site.base + "/sitemap.xml", "--db", ledger_path).exit_code == 0
    listed = cli("sources", "list", "--db", ledger_path).stdout.splitlines()
    assert listed[0].startswith(f"1 world {site.base}/world/rss.xml not fetched yet every 2h; next due now; last ok never")
    assert listed[-1] == "2 source(s)"
    removed = cli("sources", "remove", "world", "--db", ledger_path)
    assert removed.exit_code == 0 and "removed source 1" in removed.stdout
    assert cli("sources", "list", "--db", ledger_path).stdout.splitlines()[-1] == "1 source(s)"


def test_a_db_given_before_the_command_is_the_ledger_of_every_sources_command(cli, ledger_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where the default ledger.db would go
    assert cli("--db", ledger_path.with_name("other.db"), "sources", "add", "https://news.example.org/rss").exit_code == 0
    assert cli("sources", "--db", ledger_path.with_name("other.db"), "list").stdout.splitlines()[-1] == "1 source(s)"
    assert cli("sources", "list", "--db", ledger_path.with_name("other.db")).stdout.splitlines()[-1] == "1 source(s)"
    assert not (tmp_path / "ledger.db").exists()


@pytest.mark.parametrize("args, code, message", [
    (["sources", "add", "ftp://files.example.org/feed.xml"], 1, "only http(s) addresses are kept"),
    (["sources", "add", "https://news.example.org/rss", "--every", "10s"], 2, "at most once a minute"),
    (["sources", "add", "https://news.example.org/rss", "--every", "often"], 2, "not an interval"),
    (["sources", "remove", "nowhere"], 1, "no such source 'nowhere' (see `newsledger sources list`)"),
    (["sources", "check", "nowhere"], 1, "no such source 'nowhere' (see `newsledger sources list`)"),
])
def test_bad_source_commands_say_why_in_one_line(cli, ledger_path, args, code, message):
    cli("sources", "add", "https://news.example.org/world.xml", "--db", ledger_path)  # makes the ledger; fetches nothing
    result = cli(*args, "--db", ledger_path)
    assert result.exit_code == code and message in " ".join(result.stderr.replace("│", " ").split())  # usage errors come boxed


def test_a_source_is_registered_once(cli, ledger_path):
    assert cli("sources", "add", "https://news.example.org/world.xml", "--db", ledger_path).exit_code == 0
    again = cli("sources", "add", "https://news.example.org/world.xml", "--db", ledger_path)
    assert again.exit_code == 1 and "already registered" in again.stderr


def test_sources_check_reports_what_a_source_lists_and_stores_nothing(cli, ledger_path, site):
    cli("sources", "add", site.base + "/sitemap.xml", "--name", "map", "--db", ledger_path)
    checked = cli("sources", "check", "map", "--allow-private", "--db", ledger_path)
    total = len(site.articles) + 1  # and the page robots.txt keeps out
    assert checked.exit_code == 0
    assert f"sitemap, {total} pages listed, 1 kept out by robots.txt, {total - 1} not fetched yet" in checked.stdout
    assert site.answered(site.private_path) == 0
    store = Store(str(ledger_path))
    assert store.counts()["documents"] == 0 and registry.find_source(store, "map").last_checked is None
    failed = cli("sources", "check", site.base + "/broken/feed.xml", "--allow-private", "--db", ledger_path)
    assert failed.exit_code == 1 and "HTTP 500" in failed.stderr


def test_a_sitemap_index_lists_the_pages_of_its_sitemaps(cli, ledger_path, site):
    index = f"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{site.base}/sitemap.xml</loc></sitemap><sitemap><loc>/sitemap.xml</loc></sitemap></sitemapindex>"""
    site.resources["/sitemap-index.xml"] = Resource(index.encode(), "application/xml", etag=False)
    checked = cli("sources", "check", site.base + "/sitemap-index.xml", "--allow-private", "--db", ledger_path)
    assert f"sitemap, {len(site.articles) + 1} pages listed" in checked.stdout  # the same sitemap twice: its pages once


def test_requests_to_one_host_are_spaced_by_the_delay(site, monkeypatch):
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    with Fetcher(delay_s=30, allow_private=True) as fetcher:
        for url in site.page_urls[:2]:
            fetcher.get(url)
    assert len(waits) == 2 and all(29 < wait <= 30 for wait in waits)  # robots.txt, page, page: two pauses


def test_every_kind_of_failing_source_is_counted_and_backed_off(store, site):
    site.resources["/slow.xml"] = Resource(b"<rss version='2.0'><channel></channel></rss>", "application/rss+xml", delay_s=2)
    site.resources["/about.html"] = Resource(b"<!doctype html><html><body><p>About us</p></body></html>", "text/html")
    for path in ("/broken/feed.xml", "/slow.xml", "/about.html", "/gone.xml"):
        registry.add_source(store, site.base + path)
    now = datetime.now().astimezone()
    with Fetcher(delay_s=0, timeout_s=0.3, allow_private=True) as fetcher:
        first = run_round(store, fetcher, now)
        second = run_round(store, fetcher, now + LATER)
    assert (first.sources, first.failed, second.failed) == (4, 4, 4)
    errors = {s.url.rsplit("/", 1)[1]: s.last_error for s in registry.list_sources(store)}
    assert errors["feed.xml"] == "HTTP 500" and errors["gone.xml"] == "HTTP 404"
    assert errors["slow.xml"].startswith("ReadTimeout")
    assert errors["about.html"] == "not an RSS or Atom feed or a sitemap"
    for source in registry.list_sources(store):
        wait = datetime.fromisoformat(source.next_due) - datetime.fromisoformat(source.last_checked)
        assert source.failures == 2 and wait == timedelta(seconds=2 * registry.BACKOFF_FIRST_S)


def test_a_page_that_failed_is_tried_again_next_round(store, site):
    article = next(a for a in site.articles if a["slug"] == "brazil-deforestation")
    path = f"/news/{article['slug']}.html"
    site.resources["/flaky/rss.xml"] = Resource(
        f"<rss version='2.0'><channel><title>Flaky</title><item><link>{site.base}{path}</link></item></channel></rss>".encode(),
        "application/rss+xml")
    registry.add_source(store, site.base + "/flaky/rss.xml")
    page = site.resources[path]
    site.resources[path] = Resource(b"Service Unavailable", "text/plain", status=503)
    now = datetime.now().astimezone()
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        first = run_round(store, fetcher, now)
        site.resources[path] = page
        second = run_round(store, fetcher, now + LATER)
    assert first.failed_pages == [(site.base + path, "HTTP 503")] and first.failed == 0 and first.skipped == []
    assert registry.list_sources(store)[0].etag is not None  # kept once every page was read
    assert second.new == 1 and store.counts()["documents"] == 1


@pytest.mark.parametrize("status, refusal", [(404, None), (503, "robots.txt could not be read (HTTP 503); the host is left alone this round")])
def test_robots_txt_missing_allows_all_and_failing_disallows_all(site, status, refusal):
    robots = site.resources["/robots.txt"]
    site.resources["/robots.txt"] = Resource(b"", "text/plain", status=status)
    try:
        with Fetcher(delay_s=0, allow_private=True) as fetcher:
            assert fetcher.refusal(site.page_urls[0]) == refusal
    finally:
        site.resources["/robots.txt"] = robots


def test_follow_loop_sleeps_until_due_and_ends_on_ctrl_c_with_a_summary(store, site):
    registry.add_source(store, site.base + "/broken/feed.xml")
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    lines = []
    total = follow_forever(store, lambda: Fetcher(delay_s=0, allow_private=True), lines.append, sleep)
    assert total.stopped.startswith("interrupted") and (total.sources, total.failed) == (1, 1)
    assert 0 < waits[0] <= registry.BACKOFF_FIRST_S  # the broken source is due again after its backoff
    assert "round: 1 source (1 failed), 0 pages fetched" in lines[-1]


def test_follow_without_once_ends_on_ctrl_c(cli, ledger_path, monkeypatch):
    def interrupted(_seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", interrupted)
    result = cli("follow", "--db", ledger_path)
    assert result.exit_code == 1
    assert result.stdout.strip() == "follow: 0 sources (0 failed), 0 pages fetched, 0 new, 0 updated, 0 copies, 0 unchanged, 0 skipped, 0 failed"
    assert "stopped: interrupted; documents stored so far are kept, re-run the same command to finish" in result.stderr


def test_guard_refuses_any_address_but_loopback(loopback_only):
    with pytest.raises(OutsideConnection):
        socket.create_connection(("192.0.2.1", 80), timeout=1)  # TEST-NET-1 (RFC 5737)
    with pytest.raises(OutsideConnection):
        httpx.get("http://news.example.org/")
    loopback_only.clear()  # these two were meant to be refused


def _closed_port() -> int:
    """A loopback port nothing listens on: bound, then let go."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_host_that_refuses_connections_is_reported_as_such_not_as_robots_txt(cli, ledger_path, store):
    url = f"http://127.0.0.1:{_closed_port()}/wire/rss.xml"
    checked = cli("sources", "check", url, "--allow-private", "--db", ledger_path)
    assert checked.exit_code == 1 and "the host did not answer (ConnectError" in checked.stderr
    assert "robots.txt" not in checked.stderr
    registry.add_source(store, url)
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        run_round(store, fetcher)
    assert registry.list_sources(store)[0].last_error.startswith("the host did not answer (ConnectError")


def _feed(site, path: str, pages: list[str]) -> str:
    items = "".join(f"<item><link>{site.base}{page}</link></item>" for page in pages)
    site.resources[path] = Resource(f"<rss version='2.0'><channel><title>Desk</title>{items}</channel></rss>".encode(), "application/rss+xml")
    return site.base + path


def test_a_page_that_answers_404_fails_alone_with_its_reason_and_the_run_exits_0(cli, ledger_path, site):
    story = site.page_urls[0].removeprefix(site.base)
    cli("sources", "add", _feed(site, "/desk/rss.xml", [story, "/news/withdrawn-story.html"]), "--name", "desk", "--db", ledger_path)
    result = cli("follow", "--once", "--delay", "0", "--allow-private", "--db", ledger_path)
    assert result.exit_code == 0  # a page gone from the site does not fail its source
    assert f"failed {site.base}/news/withdrawn-story.html: HTTP 404" in result.stderr
    assert "desk: 2 listed, 1 page fetched, 1 new, 0 updated, 0 copies, 0 unchanged, 0 skipped, 1 failed" in result.stderr
    assert result.stdout.strip() == "round: 1 source (0 failed), 1 page fetched, 1 new, 0 updated, 0 copies, 0 unchanged, 0 skipped, 1 failed"


def test_a_page_that_holds_no_article_is_skipped_with_its_reason_every_round(store, site):
    site.resources["/reports/annual.html"] = Resource(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "application/pdf")
    registry.add_source(store, _feed(site, "/reports/rss.xml", ["/reports/annual.html"]))
    site.resources["/reports/rss.xml"].etag = False  # the listing is read whole each round, as a sitemap often is
    now = datetime.now().astimezone()
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        rounds = [run_round(store, fetcher, now + LATER * n) for n in range(2)]
    for summary in rounds:
        [(url, reason)] = summary.skipped
        assert url.endswith("/reports/annual.html") and "PDF" in reason
        assert summary.unchanged == 0
    assert site.answered("/reports/annual.html") == 2  # fetched again, not asked for conditionally
