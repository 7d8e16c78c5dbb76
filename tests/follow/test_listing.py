"""Reading what a feed or sitemap lists."""

from __future__ import annotations

import gzip

import pytest

from newsledger.follow.listing import ListingError, read_listing

BASE = "https://news.example.org/world/feed.xml"

RSS = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>World</title><link>https://news.example.org/</link>
<item><title>Ministers meet in Geneva</title><link>https://news.example.org/2026/geneva-talks</link></item>
<item><title>Ports reopen after strike</title><link>/2026/ports-reopen</link></item>
<item><title>Same story again</title><link>https://news.example.org/2026/geneva-talks</link></item>
<item><title>A script link</title><link>javascript:alert(1)</link></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>tag:wire</id><updated>2026-05-01T08:00:00Z</updated>
<entry><title>Flood warning in the delta</title><id>tag:wire,1</id><link href="https://wire.example.net/flood"/>
<updated>2026-05-01T08:00:00Z</updated></entry></feed>"""

SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://news.example.org/2026/election-results</loc><lastmod>2026-05-02</lastmod></url>
<url><loc> https://news.example.org/2026/budget-vote </loc></url>
</urlset>"""

SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://news.example.org/sitemap-2026-05.xml</loc></sitemap>
<sitemap><loc>/sitemap-2026-04.xml</loc></sitemap>
</sitemapindex>"""


def test_rss_items_become_absolute_urls_each_once_and_only_http():
    listing = read_listing(RSS, BASE)
    assert listing.kind == "rss"
    assert listing.urls == ["https://news.example.org/2026/geneva-talks", "https://news.example.org/2026/ports-reopen"]


def test_atom_entries_are_read():
    listing = read_listing(ATOM, BASE)
    assert (listing.kind, listing.urls) == ("atom", ["https://wire.example.net/flood"])


def test_sitemap_locations_are_read_with_spaces_trimmed():
    listing = read_listing(SITEMAP, BASE)
    assert listing.kind == "sitemap"
    assert listing.urls == ["https://news.example.org/2026/election-results", "https://news.example.org/2026/budget-vote"]


def test_gzipped_sitemap_is_read():
    assert read_listing(gzip.compress(SITEMAP), BASE).urls == read_listing(SITEMAP, BASE).urls


def test_sitemap_index_lists_sitemaps_not_pages():
    listing = read_listing(SITEMAP_INDEX, BASE)
    assert listing.urls == []
    assert listing.sitemaps == ["https://news.example.org/sitemap-2026-05.xml", "https://news.example.org/sitemap-2026-04.xml"]


def test_an_empty_valid_feed_lists_nothing_without_error():
    assert read_listing(b'<rss version="2.0"><channel><title>Quiet</title></channel></rss>', BASE).urls == []


@pytest.mark.parametrize("body, reason", [
    (b"<!doctype html><html><body><p>Our newsroom</p></body></html>", "not an RSS or Atom feed or a sitemap"),
    (b'<rss version="2.0"><channel><title>Cut off', "feed could not be read"),
    (b"\x1f\x8b\x08\x00broken", "gzip data could not be read"),
])
def test_what_is_not_a_readable_listing_is_refused_with_a_reason(body, reason):
    with pytest.raises(ListingError, match=reason):
        read_listing(body, BASE)


def test_xml_entities_are_not_expanded():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "https://evil.example/">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&a;page</loc></url></urlset>"""
    assert "https://evil.example/page" not in read_listing(bomb, BASE).urls
