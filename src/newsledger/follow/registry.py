"""The sources `follow` polls and the pages it fetched, in the ledger's `sources` and `pages` tables.

Times are ISO 8601 strings in UTC to the second ("2026-11-30T05:40:00+00:00"), as every other
time in the ledger, so they compare as strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from newsledger.errors import NewsledgerError
from newsledger.ingest import web_url
from newsledger.store import Store, schema

DEFAULT_EVERY_S = 15 * 60  # GDELT's update interval
MIN_EVERY_S = 60  # polling an outlet more often than once a minute is not polite
# After the n-th failure in a row a source is tried again BACKOFF_FIRST_S * 2**(n-1) seconds later,
# never more than BACKOFF_MAX_S: exponential backoff, as RFC 9110 §10.2.3 suggests for retrying.
BACKOFF_FIRST_S = 60
BACKOFF_MAX_S = 24 * 3600
DEFAULT_PORTS = {"http": 80, "https": 443}
EVERY = re.compile(r"^\s*(\d+)\s*([smhd])\s*$")
UNIT_S = {"s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass
class Source:
    """One row of `sources`: a feed or sitemap, its schedule and how its last polls went."""

    source_id: int
    url: str
    name: str | None
    kind: str | None  # rss, atom or sitemap; None until first read
    every_s: int
    added_at: str
    next_due: str | None
    last_checked: str | None
    last_ok: str | None
    etag: str | None
    last_modified: str | None
    failures: int
    last_error: str | None

    @property
    def label(self) -> str:
        return self.name or self.url


@dataclass
class Page:
    """One row of `pages`: an article URL, its validators for a conditional request and the latest document made from it."""

    url: str
    etag: str | None
    last_modified: str | None
    doc_id: str | None
    fetched_at: str
    status: int | None


def now_utc() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="seconds")


def parse_every(text: str) -> int:
    """Seconds in an interval written "30s", "15m", "2h" or "1d". Raises ValueError (the reason in one
    line) for another form or for less than MIN_EVERY_S."""
    match = EVERY.match(text)
    if not match:
        raise ValueError(f"{text!r} is not an interval; write e.g. 15m, 2h or 1d")
    seconds = int(match.group(1)) * UNIT_S[match.group(2)]
    if seconds < MIN_EVERY_S:
        raise ValueError(f"{text!r} is too often; poll a source at most once a minute")
    return seconds


def every_text(seconds: int) -> str:
    """The shortest of "1d", "2h", "15m", "90s" that says `seconds`."""
    for unit in ("d", "h", "m"):
        if seconds % UNIT_S[unit] == 0:
            return f"{seconds // UNIT_S[unit]}{unit}"
    return f"{seconds}s"


def normal_url(url: str) -> str:
    """`url` (an http(s) address, as ingest.web_url keeps it) in the form that makes two spellings of
    one address equal, as RFC 3986 §6.2.2-6.2.3 normalises: scheme and host in lower case, the
    scheme's default port left out, an empty path as "/", an empty query and the fragment (which
    never reaches the server) dropped. Raises ValueError for a port that is not a number in range."""
    parts = urlsplit(url)
    scheme, host, port = parts.scheme.lower(), parts.hostname or "", parts.port
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (f"{userinfo}@" if userinfo else "") + (host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}")
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def add_source(store: Store, url: str, name: str | None = None, every_s: int = DEFAULT_EVERY_S) -> Source:
    """Register a feed or sitemap, due at once, under its normal_url. Raises NewsledgerError when the
    URL is not an http(s) address or is registered already (in any spelling normal_url makes equal),
    or when the name is another source's or all digits (it would read as a source id)."""
    if name is not None and name.strip().isdigit():
        raise NewsledgerError(f"{url}: the name {name!r} is a number, which other commands read as a source id; choose a name with a letter in it")
    checked, why = web_url(url)
    try:
        checked = normal_url(checked) if checked else None
    except ValueError as e:
        checked, why = None, f"not a valid URL ({e})"
    if checked is None:
        raise NewsledgerError(f"{url}: {why or 'not an http(s) address'}")
    t = schema.sources
    with store.transaction(write=True) as conn:
        clash = conn.execute(select(t.c.url, t.c.name).where(or_(t.c.url == checked, t.c.name == name) if name else t.c.url == checked)).first()
        if clash is not None:
            what = f"the name {name!r} is taken by {clash.url}" if clash.url != checked else "already registered"
            raise NewsledgerError(f"{checked}: {what}; see `newsledger sources list`")
        conn.execute(insert(t).values(url=checked, name=name, every_s=every_s, added_at=iso(now_utc()), failures=0))
    return find_source(store, checked)


def list_sources(store: Store) -> list[Source]:
    """Every source, in the order they were added."""
    with store.transaction() as conn:
        rows = conn.execute(select(schema.sources).order_by(schema.sources.c.source_id)).mappings().all()
    return [Source(**row) for row in rows]


def find_source(store: Store, key: str) -> Source:
    """The source whose id, name or URL (in any spelling normal_url makes equal) is `key`. Raises
    NewsledgerError when none is."""
    try:
        url = normal_url(key) if web_url(key)[0] else None
    except ValueError:
        url = None
    for source in list_sources(store):
        if key in (str(source.source_id), source.name, source.url) or url == source.url:
            return source
    raise NewsledgerError(f"no such source {key!r} (see `newsledger sources list`)")


def remove_source(store: Store, key: str) -> Source:
    """Stop following a source (its id, name or URL). Documents made from its pages stay, and so do the
    pages' validators, which other sources listing the same pages use. Raises NewsledgerError when no source is `key`."""
    source = find_source(store, key)
    with store.transaction(write=True) as conn:
        conn.execute(delete(schema.sources).where(schema.sources.c.source_id == source.source_id))
    return source


def due_sources(store: Store, now: datetime) -> list[Source]:
    """Sources never polled or whose next_due is not after `now`, the longest waiting first."""
    moment = iso(now)
    due = [s for s in list_sources(store) if s.next_due is None or s.next_due <= moment]
    return sorted(due, key=lambda s: s.next_due or "")


def next_due(store: Store) -> str | None:
    """The earliest next_due of any source (None when there are none; "" when one was never polled)."""
    dues = [s.next_due or "" for s in list_sources(store)]
    return min(dues) if dues else None


def record_success(store: Store, source: Source, now: datetime, kind: str | None,
                   etag: str | None, last_modified: str | None) -> None:
    """The source was read: due again `every_s` after `now`, failures cleared. `etag` and `last_modified`
    are what the next poll sends back (None forgets them, so the next poll reads the listing whole)."""
    _update(store, source, kind=kind or source.kind, last_checked=iso(now), last_ok=iso(now), failures=0,
            last_error=None, next_due=iso(now + timedelta(seconds=source.every_s)), etag=etag, last_modified=last_modified)


def record_failure(store: Store, source: Source, now: datetime, error: str) -> timedelta:
    """The source could not be read: count the failure, keep the one-line `error` and put the next try
    off by the backoff (see BACKOFF_FIRST_S); returns that wait."""
    failures = source.failures + 1
    wait = timedelta(seconds=min(BACKOFF_FIRST_S * 2 ** (failures - 1), BACKOFF_MAX_S))
    _update(store, source, last_checked=iso(now), failures=failures, last_error=error, next_due=iso(now + wait))
    return wait


def _update(store: Store, source: Source, **values) -> None:
    with store.transaction(write=True) as conn:
        conn.execute(update(schema.sources).where(schema.sources.c.source_id == source.source_id).values(**values))


def page(store: Store, url: str) -> Page | None:
    with store.transaction() as conn:
        row = conn.execute(select(schema.pages).where(schema.pages.c.url == url)).mappings().first()
    return Page(**row) if row else None


def put_page(store: Store, found: Page) -> None:
    """Insert or replace a page's row."""
    dialect = postgresql if store.engine.dialect.name == "postgresql" else sqlite
    row = vars(found)
    statement = dialect.insert(schema.pages).values(**row)
    statement = statement.on_conflict_do_update(index_elements=[schema.pages.c.url],
                                                set_={k: v for k, v in row.items() if k != "url"})
    with store.transaction(write=True) as conn:
        conn.execute(statement)
