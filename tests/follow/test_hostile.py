"""`follow` against hostile servers and listings: private addresses, redirects, compressed bombs,
trickled answers, huge and broken sitemaps. The server here is a bare one on 127.0.0.1 whose answers
each test writes; every Fetcher that must reach it allows private addresses explicitly."""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from datetime import datetime, timedelta, timezone

import pytest

from newsledger.follow import listing as listing_module
from newsledger.follow import registry
from newsledger.follow.fetch import MAX_REDIRECTS, Fetcher, FetchError
from newsledger.follow.listing import Listing, pages_to_take
from newsledger.follow.rounds import read_source, run_round
from newsledger.store import Store

ARTICLE = (b"<!doctype html><html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>"
           b"<p>The port authority said on Tuesday that the northern harbour would reopen to cargo ships next week.</p>"
           b"</article></body></html>")
Answer = Callable[[BaseHTTPRequestHandler], None]


def send(status: int, body: bytes = b"", **headers: str) -> Answer:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in {"Content-Length": str(len(body)), **headers}.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)
    return answer


class Server:
    """Answers each path as `routes` says (404 otherwise; robots.txt allows all unless set) and
    keeps the paths asked for."""

    def __init__(self) -> None:
        self.routes: dict[str, Answer] = {"/robots.txt": send(404)}
        self.asked: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.asked.append(self.path)
                try:
                    server.routes.get(self.path, send(404, b"Not found"))(self)
                except ConnectionError:  # the client gave up
                    pass

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.http.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.http.server_port}"
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def server():
    served = Server()
    yield served
    served.close()


# S1: addresses that are not globally routable

@pytest.mark.parametrize("url, host", [
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),  # link-local: cloud metadata
    ("http://10.1.2.3/feed.xml", "10.1.2.3"),
    ("http://[::1]:8080/feed.xml", "::1"),
    ("http://[::ffff:127.0.0.1]/feed.xml", "::ffff:127.0.0.1"),  # IPv4-mapped loopback
])
def test_private_addresses_are_refused_before_any_connection(url, host):
    with Fetcher(delay_s=0) as fetcher:
        assert fetcher.refusal(url) == f"{host} is a private address; pass --allow-private to follow intranet feeds"
        with pytest.raises(FetchError, match="is a private address"):
            fetcher.get(url)  # the loopback guard fails the module if a connection is tried


def test_a_loopback_source_is_refused_without_allow_private_and_fetched_with_it(server, cli, ledger_path):
    server.routes["/rss.xml"] = send(200, b"<rss version='2.0'><channel><title>Intranet</title></channel></rss>",
                                     Content_Type="application/rss+xml")
    assert cli("sources", "add", server.base + "/rss.xml", "--db", ledger_path).exit_code == 0
    refused = cli("follow", "--once", "--delay", "0", "--db", ledger_path)
    assert refused.exit_code == 1
    assert "127.0.0.1 is a private address; pass --allow-private to follow intranet feeds" in refused.stderr
    assert server.asked == []
    checked = cli("sources", "check", server.base + "/rss.xml", "--allow-private", "--db", ledger_path)
    assert checked.exit_code == 0 and "rss, 0 pages listed" in checked.stdout


def test_each_redirect_hop_is_checked_like_the_first_request(server, monkeypatch):
    server.routes["/robots.txt"] = send(200, b"User-agent: *\nDisallow: /internal/\n", Content_Type="text/plain")
    server.routes["/to-internal"] = send(302, Location="/internal/admin")
    server.routes["/to-file"] = send(301, Location="file:///etc/passwd")
    server.routes["/moved"] = send(301, Location=server.base + "/story")
    server.routes["/story"] = send(200, ARTICLE, Content_Type="text/html")
    server.routes["/loop"] = send(307, Location="/loop")
    waits = []
    monkeypatch.setattr(time, "sleep", waits.append)
    with Fetcher(delay_s=30, allow_private=True) as fetcher:
        moved = fetcher.get(server.base + "/moved")
        assert (moved.url, moved.body) == (server.base + "/story", ARTICLE)
        assert len(waits) == 2  # robots.txt, /moved, /story: the delay before each hop after the first request
        with pytest.raises(FetchError, match=r"^redirected to http://127\.0\.0\.1:\d+/internal/admin: robots.txt disallows it$"):
            fetcher.get(server.base + "/to-internal")
        with pytest.raises(FetchError, match="^redirected to file:///etc/passwd: url dropped: only http"):
            fetcher.get(server.base + "/to-file")
        with pytest.raises(FetchError, match=f"^more than {MAX_REDIRECTS} redirects$"):
            fetcher.get(server.base + "/loop")
    assert "/internal/admin" not in server.asked
    assert server.asked.count("/loop") == MAX_REDIRECTS + 1


# S2: compressed bodies are unpacked no further than the size limit

def test_a_gzip_bomb_is_refused_without_unpacking_it(server):
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb = packer.compress(b"\0" * (64 * 2**20)) + packer.flush()  # 64 MiB of zeros in about 64 kB
    server.routes["/bomb"] = send(200, bomb, Content_Type="text/html", Content_Encoding="gzip")
    server.routes["/story"] = send(200, gzip.compress(ARTICLE), Content_Type="text/html", Content_Encoding="gzip")
    with Fetcher(delay_s=0, max_bytes=2**20, allow_private=True) as fetcher:
        assert fetcher.get(server.base + "/story").body == ARTICLE
        tracemalloc.start()
        try:
            with pytest.raises(FetchError, match=r"^body is over the 1 MiB limit$"):
                fetcher.get(server.base + "/bomb")
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8 * 2**20  # unpacked in full, it would take 64 MiB


# S3: a whole request has a deadline

def test_a_server_that_trickles_its_answer_is_cut_off_at_the_timeout(server):
    sent = []

    def trickle(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        for byte in ARTICLE[:40]:  # a byte every 0.2 s: each read is quick, the whole answer takes 8 s
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            sent.append(byte)
            time.sleep(0.2)

    server.routes["/slow"] = trickle
    with Fetcher(delay_s=0, timeout_s=0.5, allow_private=True) as fetcher:
        with pytest.raises(FetchError, match=r"^no complete answer in 0\.5 s$"):
            fetcher.get(server.base + "/slow")
    assert len(sent) < 40


# Q2/Q3: sitemap indexes with bad and nested sitemaps

def urlset(*entries: tuple[str, str | None]) -> Answer:
    urls = "".join(f"<url><loc>{loc}</loc>{f'<lastmod>{day}</lastmod>' if day else ''}</url>" for loc, day in entries)
    return send(200, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
                Content_Type="application/xml")


def index(*locs: str) -> Answer:
    sitemaps = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
    return send(200, f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sitemaps}</sitemapindex>'.encode(),
                Content_Type="application/xml")


def test_a_bad_sitemap_of_an_index_is_left_out_by_name_and_a_nested_index_is_followed_one_level(server):
    server.routes["/sitemap-index.xml"] = index("/news-2019.xml", "/about.html", "/news/today.xml", "/archive/index.xml")
    server.routes["/about.html"] = send(200, ARTICLE, Content_Type="text/html")
    server.routes["/news/today.xml"] = urlset(("harbour-reopens", None))  # relative to the sitemap's own address
    server.routes["/archive/index.xml"] = index("/archive/2026-04.xml", "/archive/older/index.xml")
    server.routes["/archive/2026-04.xml"] = urlset(("/2026/04/budget-vote", "2026-04-28"))
    server.routes["/archive/older/index.xml"] = index("/archive/2025.xml")
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        _, listing = read_source(fetcher, server.base + "/sitemap-index.xml")
    assert listing.urls == [server.base + "/news/harbour-reopens", server.base + "/2026/04/budget-vote"]
    assert listing.warnings == [
        f"sitemap {server.base}/news-2019.xml left out: HTTP 404",
        f"sitemap {server.base}/about.html left out: not an RSS or Atom feed or a sitemap",
        f"sitemap {server.base}/archive/older/index.xml left out: a sitemap index inside an index inside an index is not followed",
    ]
    assert "/archive/2025.xml" not in server.asked


def test_a_source_whose_index_lists_a_bad_sitemap_is_read_and_says_which(server, ledger_path):
    server.routes["/sitemap-index.xml"] = index("/news-2019.xml", "/news/today.xml")
    server.routes["/news/today.xml"] = urlset(("/news/gone-story", None))
    store = Store(str(ledger_path))
    try:
        registry.add_source(store, server.base + "/sitemap-index.xml", name="index")
        lines: list[str] = []
        with Fetcher(delay_s=0, allow_private=True) as fetcher:
            summary = run_round(store, fetcher, report=lines.append)
    finally:
        store.close()
    assert summary.failed == 0 and "/news/gone-story" in server.asked  # the good sitemap's page was tried
    assert f"index: sitemap {server.base}/news-2019.xml left out: HTTP 404" in lines


def test_an_index_is_read_up_to_max_sitemaps_files_and_says_how_many_it_left(server, monkeypatch):
    monkeypatch.setattr(listing_module, "MAX_SITEMAPS", 2)
    server.routes["/sitemap-index.xml"] = index(*(f"/sitemap-{n}.xml" for n in range(1, 5)))
    for n in range(1, 5):
        server.routes[f"/sitemap-{n}.xml"] = urlset((f"/story-{n}", None))
    with Fetcher(delay_s=0, allow_private=True) as fetcher:
        _, listing = read_source(fetcher, server.base + "/sitemap-index.xml")
    assert listing.urls == [server.base + "/story-1", server.base + "/story-2"]
    assert listing.warnings == [f"2 more sitemaps not read this round (at most 2), from {server.base}/sitemap-3.xml"]


# S4: pages taken per source per round

def test_pages_to_take_puts_new_pages_first_newest_first_within_the_limit():
    dated = Listing(kind="sitemap", urls=["/a", "/b", "/c", "/d", "/e"], dates={
        "/a": datetime(2026, 4, 1, tzinfo=timezone.utc), "/b": datetime(2026, 4, 3, 8, tzinfo=timezone.utc),
        "/c": datetime(2026, 4, 3, 9, 30, tzinfo=timezone(timedelta(hours=2))),  # 07:30 UTC: before /b
        "/d": datetime(2026, 4, 2, tzinfo=timezone.utc)})
    fetched_before = {"/b"}.__contains__
    assert pages_to_take(dated, dated.urls, fetched_before, limit=3) == ["/c", "/d", "/a"]
    assert pages_to_take(dated, dated.urls, fetched_before, limit=5) == dated.urls  # all fit: listing order
    assert pages_to_take(dated, dated.urls, {"/a", "/c", "/d"}.__contains__, limit=3) == ["/b", "/e", "/c"]  # an undated new page after dated ones


def story(headline: str, paragraph: str) -> Answer:
    html = (f"<!doctype html><html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"<p>{paragraph}</p></article></body></html>")
    return send(200, html.encode(), Content_Type="text/html; charset=utf-8")


def test_a_listing_over_the_page_limit_is_taken_newest_first_and_the_rest_next_round(server, ledger_path, monkeypatch):
    monkeypatch.setattr(listing_module, "MAX_PAGES", 2)
    server.routes["/sitemap.xml"] = urlset(("/flood-warning", "2026-04-01"), ("/port-strike", "2026-04-03"),
                                           ("/grain-deal", "2026-04-02"))
    server.routes["/flood-warning"] = story("Flood warning for the delta", "The weather office warned on Wednesday that the river delta could flood after three days of heavy rain.")
    server.routes["/port-strike"] = story("Dock workers strike", "Dock workers at the country's largest port walked out on Friday over pay, halting container traffic.")
    server.routes["/grain-deal"] = story("Grain deal extended", "The two governments agreed on Thursday to extend the grain export deal by six months.")
    store = Store(str(ledger_path))
    try:
        registry.add_source(store, server.base + "/sitemap.xml", name="map")
        now = datetime.now().astimezone()
        with Fetcher(delay_s=0, allow_private=True) as fetcher:
            lines: list[str] = []
            first = run_round(store, fetcher, now, report=lines.append)
            asked_first = list(server.asked)
            second = run_round(store, fetcher, now + timedelta(days=1))
        assert [p for p in asked_first if p != "/robots.txt" and p != "/sitemap.xml"] == ["/port-strike", "/grain-deal"]
        assert any(line.startswith("map: 3 listed,") and line.endswith("; 2 of 3 listed pages taken; the rest next round")
                   for line in lines)
        assert (first.new, second.new) == (2, 1) and "/flood-warning" in server.asked[len(asked_first):]
    finally:
        store.close()
