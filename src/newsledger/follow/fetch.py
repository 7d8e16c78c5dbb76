"""Polite HTTP fetching: conditional requests, robots.txt, a pause between requests to one host,
a User-Agent that says who is asking, timeouts and a size limit. Hostile servers are held to the
same rules: redirects are followed by hand so that each hop is checked like the first request,
addresses that are not globally routable are refused unless the user allows them, a compressed body
is unpacked no further than the size limit, and a whole request has a deadline."""

from __future__ import annotations

import ipaddress
import socket
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from newsledger import __version__
from newsledger.ingest import DEFAULT_MAX_BYTES, web_url
from newsledger.ingest.formats import error_summary

DEFAULT_CONTACT = "https://pypi.org/project/newsledger/"
# Between two requests to one host: a conventional 1 s crawl delay (our choice: no standard sets
# one; a robots.txt Crawl-delay, in seconds by convention, wins when longer).
DEFAULT_DELAY_S = 1.0
DEFAULT_TIMEOUT_S = 30.0  # for each socket operation, and for a whole request (see Fetcher)
# RFC 9309 §2.3.1.2 asks crawlers to follow at least five consecutive redirects for robots.txt,
# and RFC 2068 §10.3 (HTTP/1.1's first text) set five as the limit a client needs: pages get the same.
MAX_REDIRECTS = 5
REDIRECTS = {301, 302, 303, 307, 308}  # RFC 9110 §15.4 statuses that carry a Location to follow
# Content codings unpacked here (RFC 9110 §8.4.1): zlib's gzip-or-zlib window (32 + 15) reads both.
ENCODINGS = {"gzip", "x-gzip", "deflate"}
PRIVATE_HINT = "pass --allow-private to follow intranet feeds"


def user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """"newsledger/0.1.0 (+CONTACT)": the product and where its operator can be reached, as
    RFC 9110 §10.1.5 and RFC 9309 §2.2.1 ask of a crawler."""
    return f"newsledger/{__version__} (+{contact})"


class FetchError(Exception):
    """A request failed (network error, timeout, an HTTP error status, too large, a refused address
    or redirect); the message is the one-line reason."""


@dataclass
class Response:
    url: str  # after redirects
    status: int  # 200, or 304 when the validators sent still hold
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str
    location: str | None = None  # a redirect's target, as sent

    @property
    def is_html(self) -> bool:
        return "html" in self.content_type


class Fetcher:
    """One round's HTTP client. robots.txt is read once per host and kept for the fetcher's life (a
    round), and requests to one host are `delay_s` apart, or the robots.txt Crawl-delay when longer.
    Each socket operation waits at most `timeout_s`, and so does a whole request (a server that
    trickles its answer is cut off); bodies over `max_bytes` (decompressed) are refused. Hosts whose
    addresses are not all globally routable (loopback, private, link-local: Python's
    ipaddress `is_global`) are refused unless `allow_private`.

    Use as a context manager, or call close()."""

    def __init__(self, delay_s: float = DEFAULT_DELAY_S, timeout_s: float = DEFAULT_TIMEOUT_S,
                 contact: str = DEFAULT_CONTACT, max_bytes: int = DEFAULT_MAX_BYTES, allow_private: bool = False):
        self.agent = user_agent(contact)
        self.delay_s = delay_s
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.allow_private = allow_private
        # Redirects are followed by get() and the codings unpacked by _request, each under the checks.
        self.client = httpx.Client(headers={"User-Agent": self.agent, "Accept-Encoding": ", ".join(sorted(ENCODINGS - {"x-gzip"}))},
                                   timeout=timeout_s, follow_redirects=False)
        self._robots: dict[str, RobotFileParser] = {}
        self._address_refusals: dict[str, str | None] = {}  # host -> refusal() address verdict, for this round
        self._host_refusals: dict[str, str] = {}  # host -> why none of its pages is fetched this round
        self._last_request: dict[str, float] = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.client.close()

    def refusal(self, url: str) -> str | None:
        """None when `url` may be fetched, else why not (one line): it is not an http(s) address, its
        host is not globally routable (unless allow_private), or robots.txt disallows it. A host's
        name is looked up once a round here, for the many pages of a listing; get() looks it up
        again before each request it makes."""
        checked, why = web_url(url)
        if checked is None:
            return why or "not an http(s) address"
        host = urlsplit(url).hostname
        if host not in self._address_refusals:
            self._address_refusals[host] = self._address_refusal(url)
        if self._address_refusals[host]:
            return self._address_refusals[host]
        if self._robots_for(url).can_fetch(self.agent, url):
            return None
        return self._host_refusals.get(urlsplit(url).netloc, "robots.txt disallows it")

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET `url`, sending If-None-Match and If-Modified-Since when validators are given (RFC 9110
        §13.1), and following at most MAX_REDIRECTS redirects, each checked as `url` is (refusal(),
        the per-host delay). Returns a 200 or 304 Response whose url is the last hop's; raises
        FetchError for anything else, for a body over max_bytes, for a request not answered within
        timeout_s, and for a URL (or redirect target) refusal() refuses."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        response = self._follow(url, headers, robots=True)
        if response.status == 304 and not headers:
            raise FetchError("HTTP 304 to a request without validators")
        if response.status not in (200, 304):
            raise FetchError(f"HTTP {response.status}")
        return response

    def _follow(self, url: str, headers: dict, robots: bool) -> Response:
        """The answer at the end of `url`'s redirects; each hop is refused as refusal() says (without
        robots.txt when `robots` is False: for robots.txt itself)."""
        for hop in range(MAX_REDIRECTS + 1):
            why = self._address_refusal(url) or (self.refusal(url) if robots else None)
            if why:
                raise FetchError(why if hop == 0 else f"redirected to {url}: {why}")
            response = self._request(url, headers)
            if response.status not in REDIRECTS or not response.location:
                return response
            url = urljoin(url, response.location)
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _address_refusal(self, url: str) -> str | None:
        """Why `url` is not fetched (not http(s), or a host with an address that is not globally
        routable), or None. The name is resolved here, just before the request: a host that does not
        resolve is left to fail as the connection failure it is."""
        checked, why = web_url(url)
        if checked is None:
            return why or "not an http(s) address"
        if self.allow_private:
            return None
        host = urlsplit(url).hostname
        try:
            addresses = [ipaddress.ip_address(host)]
            named = host
        except ValueError:
            try:
                found = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError):
                return None
            addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in found]
            named = f"{host} ({', '.join(sorted({str(a) for a in addresses}))})"
        for address in addresses:
            mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
            if not (mapped or address).is_global:
                return f"{named} is a private address; {PRIVATE_HINT}"
        return None

    def _request(self, url: str, headers: dict) -> Response:
        """One GET without following redirects. The body is read raw and unpacked here, so that a
        small compressed body cannot grow past max_bytes in memory, and the whole answer must come
        within timeout_s of the request."""
        self._wait_for(url)
        deadline = time.monotonic() + self.timeout_s
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                coding = r.headers.get("Content-Encoding", "identity").strip().lower()
                if coding not in ENCODINGS | {"identity", ""}:
                    raise FetchError(f"Content-Encoding {coding[:40]} is not one newsledger reads")
                unpack = zlib.decompressobj(wbits=32 + zlib.MAX_WBITS) if coding in ENCODINGS else None
                body = bytearray()
                for chunk in r.iter_raw():
                    if unpack:
                        # max_length stops unpacking at one byte over the limit; the rest stays packed
                        chunk = unpack.decompress(chunk, self.max_bytes + 1 - len(body))
                    body += chunk
                    if len(body) > self.max_bytes:
                        raise FetchError(f"body is over the {self.max_bytes / 2**20:g} MiB limit")
                    if time.monotonic() > deadline:
                        raise FetchError(f"no complete answer in {self.timeout_s:g} s")
        except httpx.HTTPError as e:
            raise FetchError(error_summary(e)) from e
        except zlib.error as e:
            raise FetchError(f"{coding} body could not be unpacked ({error_summary(e)})") from e
        return Response(url=str(r.url), status=r.status_code, body=bytes(body), etag=r.headers.get("ETag"),
                        last_modified=r.headers.get("Last-Modified"), content_type=r.headers.get("Content-Type", "").lower(),
                        location=r.headers.get("Location"))

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
        no rules (all allowed); a 5xx answer or none at all means all disallowed, for this round. No
        answer at all (refused, timed out, no such host) is said as the connection failure it is."""
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            rules = RobotFileParser(f"{parts.scheme}://{host}/robots.txt")
            unanswered = False
            try:
                response = self._follow(rules.url, {}, robots=False)
                status, reason = response.status, f"HTTP {response.status}"
            except FetchError as e:
                status, reason = None, str(e)
                unanswered = isinstance(e.__cause__, httpx.TransportError)
            if status is not None and 200 <= status < 300:
                rules.parse(response.body.decode("utf-8", errors="replace").splitlines())
            elif status is not None and 400 <= status < 500:
                rules.allow_all = True
            else:
                rules.disallow_all = True
                why = f"the host did not answer ({reason})" if unanswered else f"robots.txt could not be read ({reason})"
                self._host_refusals[host] = f"{why}; the host is left alone this round"
            self._robots[host] = rules
        return self._robots[host]
