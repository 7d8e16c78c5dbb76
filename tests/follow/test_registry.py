"""The sources and pages tables, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from newsledger.errors import NewsledgerError
from newsledger.follow import registry
from newsledger.follow.registry import Page
from newsledger.store import Store

NOW = datetime(2026, 5, 4, 6, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(any_ledger):
    opened = Store(any_ledger)
    yield opened
    opened.close()


@pytest.mark.parametrize("text, seconds", [("90s", 90), ("15m", 900), ("2h", 7200), (" 1d ", 86400)])
def test_intervals_read_and_write_back(text, seconds):
    assert registry.parse_every(text) == seconds
    assert registry.parse_every(registry.every_text(seconds)) == seconds


def test_sources_are_found_by_id_name_or_url_and_names_are_unique(store):
    added = registry.add_source(store, "https://wire.example.net/rss", name="wire", every_s=3600)
    assert registry.find_source(store, str(added.source_id)) == registry.find_source(store, "wire") == \
        registry.find_source(store, "https://wire.example.net/rss") == added
    with pytest.raises(NewsledgerError, match="the name 'wire' is taken by https://wire.example.net/rss"):
        registry.add_source(store, "https://other.example.net/rss", name="wire")


def test_a_name_that_is_a_number_is_refused_as_it_would_read_as_another_sources_id(store):
    registry.add_source(store, "https://wire.example.net/rss")
    with pytest.raises(NewsledgerError, match="is a number"):
        registry.add_source(store, "https://other.example.net/rss", name="1")
    assert [s.url for s in registry.list_sources(store)] == ["https://wire.example.net/rss"]


def test_backoff_doubles_to_a_day_and_a_success_clears_it(store):
    source = registry.add_source(store, "https://wire.example.net/rss")
    waits = []
    for _ in range(12):
        waits.append(registry.record_failure(store, source, NOW, "HTTP 503").total_seconds())
        source = registry.find_source(store, source.url)
    assert waits[:4] == [60, 120, 240, 480] and waits[-1] == registry.BACKOFF_MAX_S
    assert source.failures == 12 and source.next_due == registry.iso(NOW + timedelta(days=1))
    registry.record_success(store, source, NOW, "rss", '"v1"', None)
    source = registry.find_source(store, source.url)
    assert (source.failures, source.last_error, source.etag, source.kind) == (0, None, '"v1"', "rss")
    assert source.next_due == registry.iso(NOW + timedelta(seconds=source.every_s))


def test_due_sources_are_the_unpolled_and_the_overdue_longest_waiting_first(store):
    polled = registry.add_source(store, "https://a.example.org/rss", every_s=600)
    registry.record_success(store, polled, NOW, "rss", None, None)
    fresh = registry.add_source(store, "https://b.example.org/rss")
    assert [s.url for s in registry.due_sources(store, NOW)] == [fresh.url]
    assert [s.url for s in registry.due_sources(store, NOW + timedelta(minutes=10))] == [fresh.url, polled.url]


def test_a_page_row_is_replaced_and_outlives_its_source(store):
    source = registry.add_source(store, "https://a.example.org/rss")
    url = "https://a.example.org/news/port-strike"
    registry.put_page(store, Page(url, '"v1"', None, "aaaa", registry.iso(NOW), 200))
    registry.put_page(store, Page(url, '"v2"', "Mon, 04 May 2026 06:00:00 GMT", "bbbb", registry.iso(NOW), 200))
    registry.remove_source(store, str(source.source_id))
    assert registry.list_sources(store) == []
    assert registry.page(store, url) == Page(url, '"v2"', "Mon, 04 May 2026 06:00:00 GMT", "bbbb", registry.iso(NOW), 200)


@pytest.mark.parametrize("spelling", ["HTTP://News.Example.ORG/world/rss.xml", "http://news.example.org:80/world/rss.xml#latest",
                                      "http://news.example.org/world/rss.xml?"])
def test_spellings_of_one_address_are_one_source(store, spelling):
    source = registry.add_source(store, "http://news.example.org/world/rss.xml")
    with pytest.raises(NewsledgerError, match="already registered"):
        registry.add_source(store, spelling)
    assert registry.find_source(store, spelling) == source


@pytest.mark.parametrize("url, normal", [
    ("HTTPS://Wire.Example.com:443/feeds/top.xml?", "https://wire.example.com/feeds/top.xml"),
    ("https://wire.example.com:8443/feeds/top.xml?region=eu#x", "https://wire.example.com:8443/feeds/top.xml?region=eu"),
    ("http://wire.example.com", "http://wire.example.com/"),
    ("http://[2001:DB8::1]:80/sitemap.xml", "http://[2001:db8::1]/sitemap.xml"),
])
def test_a_source_url_is_stored_in_its_normal_spelling(url, normal):
    assert registry.normal_url(url) == normal


def test_a_port_out_of_range_is_refused_in_one_line(store):
    with pytest.raises(NewsledgerError, match="not a valid URL"):
        registry.add_source(store, "http://wire.example.com:99999/feed.xml")
