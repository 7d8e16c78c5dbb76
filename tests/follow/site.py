"""A news site on 127.0.0.1 for the follow tests: article pages made from data/articles.yaml, an RSS
feed, an Atom feed, a sitemap, robots.txt and a feed that always fails, with conditional requests
answered as a real server answers them. It counts every answer, so tests can say what was fetched."""

from __future__ import annotations

import hashlib
import threading
import time
from collections import Counter
from dataclasses import dataclass
from email.utils import format_datetime
from datetime import datetime, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

DATA = Path(__file__).with_name("data") / "articles.yaml"
LIFETIME_S = 300  # the server shuts itself down after this, whatever the tests do
RSS_PATH, ATOM_PATH, SITEMAP_PATH, BROKEN_PATH = "/world/rss.xml", "/world/atom.xml", "/sitemap.xml", "/broken/feed.xml"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass
class Resource:
    body: bytes
    content_type: str
    etag: bool = True  # send an ETag
    last_modified: str | None = None  # send this Last-Modified
    status: int = 200
    delay_s: float = 0.0  # wait this long before answering

    @property
    def tag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


def http_date(day: str) -> str:
    return format_datetime(datetime.fromisoformat(str(day)).replace(hour=9, tzinfo=timezone.utc), usegmt=True)


def load_articles() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def page_path(article: dict) -> str:
    return f"/partners/{article['slug']}.html" if "copy_of" in article else f"/news/{article['slug']}.html"


def render_page(article: dict, original: dict | None = None, extra: list[str] = ()) -> str:
    """An outlet's article page: its own navigation and footer around the headline and body; a
    copy carries the original's body and date under its own headline, with a credit line."""
    source = original or article
    paragraphs = [*source["body"], *extra, *([article["credit"]] if original else [])]
    outlet = escape(article["outlet"])
    if original:
        nav = "<nav><a href='/'>Front page</a> <a href='/partners/'>Partner stories</a> <a href='/weather'>Weather</a></nav>"
        footer = f"<footer><p>{outlet} republishes stories from partner outlets.</p><p>Contact us | Advertise | Privacy</p></footer>"
    else:
        nav = "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/business'>Business</a> <a href='/sport'>Sport</a></nav>"
        footer = f"<footer><p>Copyright 2026 {outlet}. All rights reserved.</p><p>Subscribe to our newsletter</p></footer>"
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(article['headline'])} | {outlet}</title>
<meta property="og:site_name" content="{outlet}">
<meta property="og:title" content="{escape(article['headline'])}">
<meta property="article:published_time" content="{source['date']}">
</head><body>
{nav}
<main><article>
<h1>{escape(article['headline'])}</h1>
<p class="byline">By staff reporters, {source['date']}</p>
{body}
</article></main>
{footer}
</body></html>"""


class Site:
    """The pages and feeds, served by a ThreadingHTTPServer on 127.0.0.1 (port 0) in a daemon thread."""

    def __init__(self) -> None:
        data = load_articles()
        self.articles = data["articles"]
        self.private = data["private"]
        self.by_slug = {a["slug"]: a for a in self.articles}
        self.resources: dict[str, Resource] = {}
        self.answers: Counter = Counter()  # (path, status) -> count
        self.requests: list[tuple[str, dict]] = []  # (path, headers)
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_port}"
        for article in self.articles:
            self.put_page(article)
        self.private_path = f"/private/{self.private['slug']}.html"
        self.resources[self.private_path] = Resource(render_page(self.private).encode(), "text/html; charset=utf-8")
        self.resources["/robots.txt"] = Resource(ROBOTS.encode(), "text/plain")
        self.resources[BROKEN_PATH] = Resource(b"Internal Server Error", "text/plain", status=500)
        self.publish_listings("2026-04-03")

    @property
    def page_urls(self) -> list[str]:
        return [self.base + page_path(a) for a in self.articles]

    def url(self, slug: str) -> str:
        return self.base + page_path(self.by_slug[slug])

    def put_page(self, article: dict, extra: list[str] = ()) -> None:
        original = self.by_slug.get(article.get("copy_of"))
        day = (original or article)["date"]
        html = render_page(article, original, extra)
        self.resources[page_path(article)] = Resource(html.encode(), "text/html; charset=utf-8", last_modified=http_date(day))

    def publish_listings(self, day: str) -> None:
        """The RSS feed (ETag only), the Atom feed (Last-Modified only) and the sitemap (no validators),
        dated `day`: the feeds share out the articles, the sitemap lists them all and the private page."""
        half = len(self.articles) // 2
        rss_items = "".join(f"<item><title>{escape(a['headline'])}</title><link>{self.base}{page_path(a)}</link></item>"
                            for a in self.articles[:half])
        rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>World news</title><link>{self.base}/world</link>
<lastBuildDate>{http_date(day)}</lastBuildDate>{rss_items}</channel></rss>"""
        # Atom links are relative, resolved against the feed's address.
        entries = "".join(f"<entry><title>{escape(a['headline'])}</title><id>tag:site,{a['slug']}</id>"
                          f"<link href='{page_path(a)}'/><updated>{day}T09:00:00Z</updated></entry>" for a in self.articles[half:])
        atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World</title><id>tag:site,world</id><updated>{day}T09:00:00Z</updated>{entries}</feed>"""
        paths = [*(page_path(a) for a in self.articles), self.private_path]
        urls = "".join(f"<url><loc>{self.base}{path}</loc><lastmod>{day}</lastmod></url>" for path in paths)
        sitemap = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>"""
        self.resources[RSS_PATH] = Resource(rss.encode(), "application/rss+xml")
        self.resources[ATOM_PATH] = Resource(atom.encode(), "application/atom+xml", etag=False, last_modified=http_date(day))
        self.resources[SITEMAP_PATH] = Resource(sitemap.encode(), "application/xml", etag=False)

    def count(self, status: int, prefix: str = "/") -> int:
        with self.lock:
            return sum(n for (path, code), n in self.answers.items() if code == status and path.startswith(prefix))

    def answered(self, path: str) -> int:
        with self.lock:
            return sum(n for (p, _), n in self.answers.items() if p == path)

    def start(self) -> Site:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self._timer = threading.Timer(LIFETIME_S, self.server.shutdown)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        self._timer.cancel()
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                with site.lock:
                    site.requests.append((path, dict(self.headers)))
                    resource = site.resources.get(path)
                status = self._status(resource)
                if resource is not None and resource.delay_s:
                    time.sleep(resource.delay_s)
                with site.lock:
                    site.answers[(path, status)] += 1
                self.send_response(status)
                if resource is not None and status in (200, 304):
                    if resource.etag:
                        self.send_header("ETag", resource.tag)
                    if resource.last_modified:
                        self.send_header("Last-Modified", resource.last_modified)
                body = b"Not found" if resource is None else resource.body
                if status != 304:
                    self.send_header("Content-Type", resource.content_type if resource else "text/plain")
                    self.send_header("Content-Length", str(len(body)))
                try:
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except ConnectionError:  # the client gave up waiting (the timeout test)
                    pass

            def _status(self, resource: Resource | None) -> int:
                if resource is None:
                    return 404
                if resource.status != 200:
                    return resource.status
                # RFC 9110 §13.1.3: If-None-Match wins over If-Modified-Since.
                if "If-None-Match" in self.headers:
                    return 304 if resource.etag and self.headers["If-None-Match"] == resource.tag else 200
                since = self.headers.get("If-Modified-Since")
                return 304 if since and resource.last_modified and since == resource.last_modified else 200

            def log_message(self, *args):  # keep the test output clean
                pass

        return Handler
