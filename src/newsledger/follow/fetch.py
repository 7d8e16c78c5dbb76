"""Polite HTTP fetching: conditional requests, robots.txt, a pause between requests to one host,
a User-Agent that says who is asking, timeouts and a size limit."""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsledger import __version__
from newsledger.ingest import DEFAULT_MAX_BYTES
from newsledger.ingest.formats import error_summary

DEFAULT_CONTACT = "https://pypi.org/project/newsledger/"
DEFAULT_DELAY_S = 1.0  # between two requests to one host
DEFAULT_TIMEOUT_S = 30.0
MAX_REDIRECTS = 5


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """"newsledger/0.1.0 (+CONTACT)": the product and where its operator can be reached, as
    RFC 9110 §10.1.5 and RFC 9309 §2.2.1 ask of a crawler."""
    return f"newsledger/{__version__} (+{contact})"


class FetchError(Exception):
    """A request failed (network error, timeout, an HTTP error status, too large); the message is the one-line reason."""


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators sent still hold
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type


class Fetcher:
    """One round's HTTP client. robots.txt is read once per host and kept for the fetcher's life (a
    round), and requests to one host are `delay_s` apart, or the robots.txt Crawl-delay when longer.

    Use as a context manager, or call close()."""

    def __init__(self, delay_s: float = DEFAULT_DELAY_S, timeout_s: float = DEFAULT_TIMEOUT_S,
                 contact: str = DEFAULT_CONTACT, max_bytes: int = DEFAULT_MAX_BYTES):
        self.agent = user_agent(contact)
        self.delay_s = delay_s
        self.max_bytes = max_bytes
        self.client = httpx.Client(headers={"User-Agent": self.agent}, timeout=timeout_s,
                                   follow_redirects=True, max_redirects=MAX_REDIRECTS)
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_unread: dict[str, str] = {}  # host -> why its robots.txt could not be read
        self._last_request: dict[str, float] = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.client.close()

    def refusal(self, url: str) -> str | None:
        """None when the host's robots.txt lets this User-Agent fetch `url`, else why not (one line)."""
        if self._robots_for(url).can_fetch(self.agent, url):
            return None
        unread = self._robots_unread.get(urlsplit(url).netloc)
        return f"robots.txt could not be read ({unread}); the host is left alone this round" if unread else "robots.txt disallows it"

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url`, sending If-None-Match and If-Modified-Since when validators are given (RFC 9110
        §13.1). Returns a 200 or 304 Response; raises FetchError for anything else, for a body over
        max_bytes, and for a URL robots.txt disallows."""
        refusal = self.refusal(url)
        if refusal:
            raise FetchError(refusal)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        response = self._request(url, headers)
        if response.status == 304 and not headers:
            raise FetchError("HTTP 304 to a request without validators")
        if response.status not in (200, 304):
            raise FetchError(f"HTTP {response.status}")
        return response

    def _request(self, url: str, headers: dict) -> Response:
        self._wait_for(url)
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                body = bytearray()
                for chunk in r.iter_bytes():
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"body is over the {self.max_bytes / 1e6:.0f} MB limit")
        except httpx.HTTPError as e:
            raise FetchError(error_summary(e)) from e
        return Response(url=str(r.url), status=r.status_code, body=bytes(body), etag=r.headers.get("ETag"),
                        last_modified=r.headers.get("Last-Modified"), content_type=r.headers.get("Content-Type", "").lower())

    def _wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc
        robots = self._robots.get(host)
        delay = max(self.delay_s, float(robots.crawl_delay(self.agent) or 0) if robots else 0.0)
        waited = time.monotonic() - self._last_request.get(host, float("-inf"))
        if waited < delay:
            time.sleep(delay - waited)
        self._last_request[host] = time.monotonic()

    def _robots_for(self, url: str) -> RobotFileParser:
        """The host's robots.txt rules, read on first need. As RFC 9309 §2.3.1 says: a 4xx answer means
        no rules (all allowed); a 5xx answer or none at all means all disallowed, for this round."""
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            rules = RobotFileParser(f"{parts.scheme}://{host}/robots.txt")
            try:
                response = self._request(rules.url, {})
                status, reason = response.status, f"HTTP {response.status}"
            except FetchError as e:
                status, reason = None, str(e)
            if status is not None and 200 <= status < 300:
                rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
            elif status is not None and 400 <= status < 500:
                rules.allow_all = True
            else:
                rules.disallow_all = True
                self._robots_unread[host] = reason
            self._robots[host] = rules
        return self._robots[host]
