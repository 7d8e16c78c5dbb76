"""A round of `follow`: poll every due source, fetch the pages it lists and ingest them.

Pages go through the ingest path files take (`ingest.decode`, `ingest.article_from_text`,
`ingest_run.ingest_articles`), with the page's URL as the document's source and url: the same
cleaning, analysis, transactions and near-duplicate check. A page whose body changed becomes a
new document linked to the one before by `previous_id` (documents with one URL are versions of
one article), as an edited file does.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from datetime import datetime

from sqlalchemy import select

from newsledger.errors import LedgerError
from newsledger.follow import registry
from newsledger.follow.fetch import Fetcher, FetchError, Response
from newsledger.follow.listing import Listing, ListingError, pages_to_take, read_listing, read_sitemaps
from newsledger.follow.registry import Page, Source, iso, now_utc
from newsledger.ingest import Article, Rejected, article_from_text, decode
from newsledger.interfaces.ingest_run import BATCH, INTERRUPTED, ingest_articles
from newsledger.store import Store, schema

IDLE_CHECK_S = 60  # the longest the loop sleeps, so that it sees sources added or removed meanwhile


@dataclass
class RoundSummary:
    """What a round (or one source's part of it, or several rounds) did. A source fails when its
    listing cannot be read; a page fails when it cannot be fetched (an HTTP error, a timeout) and is
    tried again next round, but does not fail its source; a page is skipped when robots.txt keeps it
    out or its body is not an article that can be stored (ingest's reasons)."""

    sources: int = 0  # polled
    failed: int = 0  # sources that could not be read
    fetched: int = 0  # pages that came with a body
    new: int = 0  # documents stored from pages never stored before
    updated: int = 0  # documents stored as a new version of a page's earlier one, or an earlier one current again
    copies: int = 0  # documents stored as a near-duplicate of another (copy_of)
    unchanged: int = 0  # pages answered 304, or whose text is stored already
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): kept out or not storable
    failed_pages: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): could not be fetched
    stopped: str | None = None  # why the round ended early, if it did

    @property
    def exit_code(self) -> int:
        """1 when a source failed or the round was stopped (interrupted: as `ingest`), else 0; pages
        that failed are counted and tried again, but a page gone from a site must not fail every run."""
        return 1 if self.failed or self.stopped else 0

    def add(self, other: RoundSummary) -> None:
        for f in fields(self):
            if f.name != "stopped":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        self.stopped = self.stopped or other.stopped

    def line(self, label: str = "round") -> str:
        return f"{label}: {self.sources} source{'' if self.sources == 1 else 's'} ({self.failed} failed), {self.pages()}"

    def pages(self) -> str:
        """What became of the pages, as the round line and each source's line give it."""
        return (f"{self.fetched} page{'' if self.fetched == 1 else 's'} fetched, {self.new} new, {self.updated} updated, {self.copies} copies, "
                f"{self.unchanged} unchanged, {len(self.skipped)} skipped, {len(self.failed_pages)} failed")


class _Stopped(Exception):
    """Ingest stopped (an interrupt, a ledger that cannot be written); the message says why."""


def run_round(store: Store, fetcher: Fetcher, now: datetime | None = None,
              report: Callable[[str], None] = lambda line: None) -> RoundSummary:
    """Poll each source due at `now` (default: the present), longest waiting first; `report` gets a
    line per source and per page not stored. A source that cannot be read is counted, backed off
    (registry.record_failure) and the round goes on. Never raises for a source or a page; an
    interrupt or a ledger that cannot be written ends the round with `stopped` saying why."""
    now = now or now_utc()
    summary = RoundSummary()
    seen: set[str] = set()  # pages fetched this round: a page two sources list is fetched once
    try:
        for source in registry.due_sources(store, now):
            summary.sources += 1
            _poll(store, fetcher, source, now, seen, summary, report)
    except KeyboardInterrupt:
        summary.stopped = INTERRUPTED
    except (_Stopped, LedgerError) as e:
        summary.stopped = str(e)
    return summary


def follow_forever(store: Store, make_fetcher: Callable[[], Fetcher], report: Callable[[str], None],
                   sleep: Callable[[float], None] | None = None) -> RoundSummary:
    """Run rounds until interrupted, sleeping until the next source is due (at most IDLE_CHECK_S);
    returns the rounds' totals, `stopped` saying why they ended. `sleep` defaults to time.sleep."""
    total = RoundSummary()
    try:
        while not total.stopped:
            with make_fetcher() as fetcher:  # a fresh one reads robots.txt afresh each round
                result = run_round(store, fetcher, report=report)
            total.add(result)
            if result.sources:
                report(result.line())
            if not result.stopped:
                (sleep or time.sleep)(seconds_to_next(store, now_utc()))
    except KeyboardInterrupt:
        total.stopped = INTERRUPTED
    return total


def seconds_to_next(store: Store, now: datetime) -> float:
    """Seconds until the next source is due, at most IDLE_CHECK_S (also when there are no sources)."""
    due = registry.next_due(store)
    if due is None:
        return IDLE_CHECK_S
    if not due:
        return 0.0
    return min(max(0.0, (datetime.fromisoformat(due) - now).total_seconds()), IDLE_CHECK_S)


def read_source(fetcher: Fetcher, url: str, etag: str | None = None, last_modified: str | None = None) -> tuple[Response, Listing | None]:
    """Fetch a source and read what it lists (None when it answered 304), the sitemaps of a sitemap
    index included (listing.warnings names those left out). Raises FetchError or ListingError."""
    response = fetcher.get(url, etag, last_modified)
    if response.status == 304:
        return response, None
    listing = read_listing(response.body, response.url)
    read_sitemaps(fetcher, listing)
    return response, listing


def _poll(store: Store, fetcher: Fetcher, source: Source, now: datetime, seen: set[str],
          summary: RoundSummary, report: Callable[[str], None]) -> None:
    try:
        response, listing = read_source(fetcher, source.url, source.etag, source.last_modified)
    except (FetchError, ListingError) as e:
        wait = registry.record_failure(store, source, now, str(e))
        summary.failed += 1
        report(f"{source.label}: failed ({e}); next try in {registry.every_text(int(wait.total_seconds()))}")
        return
    if listing is None:
        registry.record_success(store, source, now, source.kind, source.etag, source.last_modified)
        report(f"{source.label}: not modified")
        return
    for warning in listing.warnings:
        report(f"{source.label}: {warning}")
    part = RoundSummary()  # this source's pages, for its own line
    todo = [u for u in listing.urls if u not in seen]
    taken = pages_to_take(listing, todo, lambda u: registry.page(store, u) is not None)
    try:
        _fetch_pages(store, fetcher, taken, part, report)
    finally:  # an interrupt keeps what was counted
        summary.add(part)
    seen.update(taken)
    # Validators are kept only when every page was read: otherwise the next poll reads the listing
    # again, and so tries the pages that failed, were left for later or are in a sitemap left out.
    complete = not part.failed_pages and not listing.warnings and len(taken) == len(todo)
    registry.record_success(store, source, now, listing.kind, response.etag if complete else None,
                            response.last_modified if complete else None)
    left = f"; {len(taken):,} of {len(todo):,} listed pages taken; the rest next round" if len(taken) < len(todo) else ""
    report(f"{source.label}: {len(listing.urls)} listed, {part.pages()}{left}")


def _fetch_pages(store: Store, fetcher: Fetcher, urls: list[str], summary: RoundSummary,
                 report: Callable[[str], None]) -> None:
    """Fetch the pages (conditionally when fetched before) and store what they hold, BATCH at a
    time, counting each in `summary`."""
    pending: list[tuple[Article | Rejected, Response]] = []
    for url in urls:
        refusal = fetcher.refusal(url)
        if refusal:
            _skip(summary, report, url, refusal)
            continue
        known = registry.page(store, url)
        try:
            response = fetcher.get(url, known.etag if known else None, known.last_modified if known else None)
        except FetchError as e:
            summary.failed_pages.append((url, str(e)))
            report(f"failed {url}: {e}")
            continue
        if response.status == 304:
            summary.unchanged += 1
            registry.put_page(store, Page(url, known.etag, known.last_modified, known.doc_id, iso(now_utc()), 304))
            continue
        summary.fetched += 1
        pending.append((_article(url, response), response))
        if len(pending) >= BATCH:
            _store(store, pending, summary, report)
            pending = []
    _store(store, pending, summary, report)


def _article(url: str, response: Response) -> Article | Rejected:
    """The page read as `newsledger ingest` reads a file (ingest.read_path), with its URL for source and url."""
    try:
        text, warnings = decode(response.body)
    except ValueError as e:
        return Rejected(url, str(e))
    return article_from_text(url, text, warnings, is_html=response.is_html, url=url)


def _store(store: Store, fetched: list[tuple[Article | Rejected, Response]], summary: RoundSummary,
           report: Callable[[str], None]) -> None:
    """Ingest the fetched pages' articles, count what became of each, then record the pages whose
    article was stored (after their documents). A page that was not stored (unreadable, or no
    article in it) gets no validators, so that it is fetched again and its reason given again, not
    taken for unchanged."""
    if not fetched:
        return
    articles = [item for item, _ in fetched if isinstance(item, Article)]
    stored_before = {a.doc_id for a in articles if store.has_document(a.doc_id)}
    # A page edited back to a text stored before: that version is current again (Store.make_current).
    reverted = {a.doc_id for a in articles if a.doc_id in stored_before and store.make_current(a)}
    result = ingest_articles(store, [item for item, _ in fetched if not isinstance(item, Article) or item.doc_id not in stored_before])
    for source, reason in result.skipped:
        _skip(summary, report, source, reason)
    rows = {row.doc_id: row for row in _documents(store, [a.doc_id for a in articles])}
    counted: set[str] = set()
    for article in articles:  # per page: two pages of one text make one document, the second unchanged
        row = rows.get(article.doc_id)
        if article.doc_id in reverted and article.doc_id not in counted:
            summary.updated += 1
        elif article.doc_id in stored_before or article.doc_id in counted:
            summary.unchanged += 1
        elif row is None:
            continue  # not stored: counted among result.skipped
        elif row.copy_of:
            summary.copies += 1
        elif row.previous_id:
            summary.updated += 1
        else:
            summary.new += 1
        counted.add(article.doc_id)
    for item, response in fetched:
        if isinstance(item, Article) and item.doc_id in rows:
            registry.put_page(store, Page(item.source, response.etag, response.last_modified, item.doc_id, iso(now_utc()), response.status))
    if result.stopped:
        raise _Stopped(result.stopped)


def _documents(store: Store, doc_ids: Iterable[str]):
    d = schema.documents.c
    with store.transaction() as conn:
        return conn.execute(select(d.doc_id, d.copy_of, d.previous_id).where(d.doc_id.in_(list(doc_ids)))).all()


def _skip(summary: RoundSummary, report: Callable[[str], None], url: str, reason: str) -> None:
    summary.skipped.append((url, reason))
    report(f"skipped {url}: {reason}")
