"""What a source lists: the article URLs of an RSS or Atom feed (read by feedparser) or of a sitemap
(the sitemaps.org 0.9 protocol: <urlset> of <url><loc>, or a <sitemapindex> of further sitemaps)."""

from __future__ import annotations

import gzip
import io
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser
from lxml import etree

from newsledger.ingest import web_url
from newsledger.ingest.formats import error_summary

GZIP_MAGIC = b"\x1f\x8b"  # RFC 1952; sitemaps are often served as .xml.gz
MAX_UNZIPPED = 50 * 1024 * 1024  # the sitemaps.org protocol's limit for one (uncompressed) sitemap file


class ListingError(ValueError):
    """The body is not a feed or sitemap newsledger can read; the message is the one-line reason."""


@dataclass
class Listing:
    kind: str  # rss, atom or sitemap
    urls: list[str] = field(default_factory=list)  # article pages, in the listing's order, each once
    sitemaps: list[str] = field(default_factory=list)  # a sitemap index's sitemaps, to read in turn


def read_listing(body: bytes, base_url: str) -> Listing:
    """The article URLs a feed or sitemap lists, made absolute against `base_url`; addresses that
    are not http(s) are left out. Raises ListingError when the body is neither (or a feed is damaged
    and lists nothing)."""
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
    links = [entry.get("link") for entry in feed.entries]
    return Listing(kind="atom" if feed.version.startswith("atom") else "rss", urls=_absolute(links, base_url))


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
    locs = [el.text for el in root.iter("{*}loc")]
    if etree.QName(root).localname == "sitemapindex":
        return Listing(kind="sitemap", sitemaps=_absolute(locs, base_url))
    return Listing(kind="sitemap", urls=_absolute(locs, base_url))


def _absolute(links: list[str | None], base_url: str) -> list[str]:
    found: dict[str, None] = {}
    for link in links:
        url, _ = web_url(urljoin(base_url, link.strip())) if link and link.strip() else (None, None)
        if url:
            found[url] = None
    return list(found)
