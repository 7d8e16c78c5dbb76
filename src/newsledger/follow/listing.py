"""What a source lists: the article URLs of an RSS or Atom feed (read by feedparser) or of a sitemap
(the sitemaps.org 0.9 protocol: <urlset> of <url><loc>, or a <sitemapindex> of further sitemaps),
with the dates the listing gives them, and which of them a round takes."""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urljoin

import feedparser
from lxml import etree

from newsledger.follow.fetch import Fetcher, FetchError
from newsledger.ingest import web_url
from newsledger.ingest.formats import error_summary

GZIP_MAGIC = b"\x1f\x8b"  # RFC 1952; sitemaps are often served as .xml.gz
MAX_UNZIPPED = 50 * 1024 * 1024  # the sitemaps.org protocol's limit for one (uncompressed) sitemap file
# Sitemap files read for one source in a round. The sitemaps.org protocol lets an index list 50,000
# sitemaps of 50,000 URLs each; 50 files (up to 2.5 million pages) is our own bound, enough for a
# news site's recent sitemaps, which indexes list first or date.
MAX_SITEMAPS = 50
# Pages fetched for one source in a round: at the 1 s default delay about 8 minutes of one host's
# time, so that one huge listing cannot hold the round (and every other source) for hours. Our own
# figure; the rest are taken in later rounds.
MAX_PAGES = 500
UNDATED = datetime.min.replace(tzinfo=timezone.utc)


class ListingError(ValueError):
    """The body is not a feed or sitemap newsledger can read; the message is the one-line reason."""


@dataclass
class Listing:
    kind: str  # rss, atom or sitemap
    urls: list[str] = field(default_factory=list)  # article pages, in the listing's order, each once
    sitemaps: list[str] = field(default_factory=list)  # a sitemap index's sitemaps, to read in turn
    dates: dict[str, datetime] = field(default_factory=dict)  # page -> its <lastmod> or the entry's date (UTC when no offset)
    warnings: list[str] = field(default_factory=list)  # sitemaps left out, each with its URL and why


def read_listing(body: bytes, base_url: str) -> Listing:
    """The article URLs a feed or sitemap lists, made absolute against `base_url`, with their dates;
    addresses that are not http(s) are left out. A sitemap index gives its sitemaps, not their pages
    (see read_sitemaps). Raises ListingError when the body is neither (or a feed is damaged and
    lists nothing)."""
    if body.startswith(GZIP_MAGIC):
        body = _gunzip(body)
    root = _xml_root(body)
    if root is not None and etree.QName(root).localname in ("urlset", "sitemapindex"):
        return _sitemap(root, base_url)
    try:
        feed = feedparser.parse(io.BytesIO(body))  # a stream: feedparser fetches a str that looks like a URL
    except Exception as e:  # feedparser's parsers raise many kinds on damaged input; one source must not stop a round
        raise ListingError(f"feed could not be read ({error_summary(e)})") from e
    if not feed.version:  # an HTML page, most often: the parser's complaint about it would not help
        raise ListingError("not an RSS or Atom feed or a sitemap")
    if feed.bozo and not feed.entries:  # cut short or damaged before its first entry; an empty valid feed is fine
        raise ListingError(f"feed could not be read ({error_summary(feed.bozo_exception)})")
    links = [(entry.get("link"), _feed_date(entry)) for entry in feed.entries]
    return Listing(kind="atom" if feed.version.startswith("atom") else "rss", **_absolute(links, base_url))


def read_sitemaps(fetcher: Fetcher, listing: Listing) -> None:
    """Add to `listing` the pages of the sitemaps its index lists, and of the sitemaps any of them
    lists as an index in turn (one level deeper: the protocol allows none, but sites nest them),
    reading at most MAX_SITEMAPS files. A sitemap that cannot be fetched or read, a deeper index and
    the sitemaps over the budget are left out, each with a warning naming it; the others are read."""
    urls, dates = dict.fromkeys(listing.urls), listing.dates  # a dict keeps the order and drops repeats in linear time
    queue = [(sitemap, 1) for sitemap in listing.sitemaps]
    for n, (sitemap, depth) in enumerate(queue):
        if n == MAX_SITEMAPS:
            listing.warnings.append(f"{len(queue) - n} more sitemaps not read this round (at most {MAX_SITEMAPS}), from {sitemap}")
            break
        try:
            response = fetcher.get(sitemap)
            found = read_listing(response.body, response.url)
        except (FetchError, ListingError) as e:
            listing.warnings.append(f"sitemap {sitemap} left out: {e}")
            continue
        if found.sitemaps and depth == 2:
            listing.warnings.append(f"sitemap {sitemap} left out: a sitemap index inside an index inside an index is not followed")
        queue.extend((nested, 2) for nested in found.sitemaps if depth == 1)
        urls.update(dict.fromkeys(found.urls))
        dates.update(found.dates)
    listing.urls = list(urls)


def pages_to_take(listing: Listing, urls: list[str], fetched_before: Callable[[str], bool],
                  limit: int | None = None) -> list[str]:
    """Which of `urls` (pages of `listing`) to fetch this round: all of them, in order, when they are
    at most `limit`; else `limit` of them, pages never fetched before ahead of those to check again,
    and each kind newest first by listing.dates (undated after dated, in listing order), so that
    later rounds take the rest. `limit` defaults to MAX_PAGES."""
    limit = MAX_PAGES if limit is None else limit
    if len(urls) <= limit:
        return urls
    fresh, known = [], []
    for url in sorted(urls, key=lambda u: listing.dates.get(u, UNDATED), reverse=True):  # stable: ties keep listing order
        (known if fetched_before(url) else fresh).append(url)
        if len(fresh) == limit:
            break
    return (fresh + known)[:limit]


def _gunzip(body: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
            data = f.read(MAX_UNZIPPED + 1)
    except (OSError, EOFError) as e:
        raise ListingError(f"gzip data could not be read ({error_summary(e)})") from e
    if len(data) > MAX_UNZIPPED:
        raise ListingError(f"unzipped sitemap is over the {MAX_UNZIPPED // 2**20} MB limit")
    return data


def _xml_root(body: bytes):
    """The root element, or None when the body is not well-formed XML. Entities are not expanded and
    nothing is fetched, so a hostile document cannot blow up or reach out."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return None


def _sitemap(root, base_url: str) -> Listing:
    if etree.QName(root).localname == "sitemapindex":
        locs = [(el.text, None) for el in root.iter("{*}loc")]
        return Listing(kind="sitemap", sitemaps=_absolute(locs, base_url)["urls"])
    locs = [(el.findtext("{*}loc"), _lastmod(el.findtext("{*}lastmod"))) for el in root.iter("{*}url")]
    return Listing(kind="sitemap", **_absolute(locs, base_url))


def _lastmod(text: str | None) -> datetime | None:
    """A <lastmod> (W3C Datetime: a date, or a date and time with an offset), or None when absent or not one."""
    try:
        when = datetime.fromisoformat(text.strip()) if text else None
    except ValueError:
        return None
    return when.replace(tzinfo=timezone.utc) if when and when.tzinfo is None else when


def _feed_date(entry) -> datetime | None:
    """An entry's published date, else its updated date, as feedparser gives them (in UTC)."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime(*parsed[:6], tzinfo=timezone.utc) if parsed else None


def _absolute(links: list[tuple[str | None, datetime | None]], base_url: str) -> dict:
    """{"urls": the links made absolute, each once, only http(s); "dates": url -> its date, where given}."""
    found: dict[str, None] = {}
    dates: dict[str, datetime] = {}
    for link, when in links:
        url, _ = web_url(urljoin(base_url, link.strip())) if link and link.strip() else (None, None)
        if url:
            found[url] = None
            if when:
                dates[url] = when
    return {"urls": list(found), "dates": dates}
