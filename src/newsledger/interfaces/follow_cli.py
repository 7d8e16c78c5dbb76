"""The `sources` and `follow` commands (see newsledger.follow), added to the `newsledger` command
here, whichever of this module and `cli` is imported first."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from newsledger.errors import NewsledgerError
from newsledger.follow import registry
from newsledger.follow.fetch import DEFAULT_CONTACT, DEFAULT_DELAY_S, DEFAULT_TIMEOUT_S, Fetcher, FetchError
from newsledger.follow.listing import ListingError
from newsledger.interfaces.cli import DbOption, app, counted, err, fail, one_line, open_ledger, out, pass_db_down

sources_app = typer.Typer(help="Feeds and sitemaps that `follow` polls: add, list, remove and check them.", no_args_is_help=True)

DelayOption = Annotated[float, typer.Option("--delay", min=0, help="Seconds between two requests to one host (robots.txt's Crawl-delay when longer).")]
TimeoutOption = Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a server.")]
ContactOption = Annotated[str, typer.Option("--contact", help="URL or mailto: address sent in the User-Agent, for site owners to reach you.")]
PrivateOption = Annotated[bool, typer.Option("--allow-private", help="Fetch from loopback, private and link-local addresses too (intranet feeds); refused by default.")]


@sources_app.callback()
def sources(ctx: typer.Context, db: DbOption = "ledger.db"):
    """Feeds and sitemaps that `follow` polls: add, list, remove and check them."""
    pass_db_down(ctx, db)  # so that a --db before `sources` reaches its commands, as for `docs`


def _every(value: str) -> int:
    try:
        return registry.parse_every(value)
    except ValueError as e:
        raise typer.BadParameter(str(e), param_hint="--every")


@sources_app.command("add")
def sources_add(
    url: Annotated[str, typer.Argument(help="An RSS or Atom feed or a sitemap (http or https).")],
    db: DbOption = "ledger.db",
    name: Annotated[Optional[str], typer.Option("--name", help="A short name to show and to refer to it by.")] = None,
    every: Annotated[str, typer.Option("--every", help="How often to poll it: 30m, 2h, 1d (at least 1m).")] = "15m",
):
    """Register a feed or sitemap; `follow` polls it from now on.

    Example: newsledger sources add https://www.example.org/world/rss.xml --name example-world --every 15m
    """
    every_s = _every(every)
    store = open_ledger(db, create=True).store
    try:
        source = registry.add_source(store, url, name, every_s)
    except NewsledgerError as e:
        fail(str(e))
    out.print(f"added source {source.source_id}: {source.label}, every {registry.every_text(source.every_s)}", markup=False)


@sources_app.command("list")
def sources_list(db: DbOption = "ledger.db"):
    """List sources with their schedule and how their last polls went (failures and the last error)."""
    sources = registry.list_sources(open_ledger(db).store)
    for s in sources:  # a line each, not a table: URLs are long, and a line stays whole for grep
        line = (f"{s.source_id} {s.name or '-'} {s.url} {s.kind or 'not fetched yet'} every {registry.every_text(s.every_s)}; "
                f"next due {s.next_due or 'now'}; last ok {s.last_ok or 'never'}")
        if s.failures:
            line += f"; {s.failures} failure(s) in a row, last: {s.last_error}"
        out.print(one_line(line), markup=False)
    out.print(f"{len(sources)} source(s)", markup=False)


@sources_app.command("remove")
def sources_remove(key: Annotated[str, typer.Argument(help="The source's id, name or URL.")], db: DbOption = "ledger.db"):
    """Stop following a source. Documents made from its pages stay in the ledger."""
    store = open_ledger(db).store
    try:
        source = registry.remove_source(store, key)
    except NewsledgerError as e:
        fail(str(e))
    out.print(f"removed source {source.source_id}: {source.label}", markup=False)


@sources_app.command("check")
def sources_check(
    key: Annotated[str, typer.Argument(help="A source's id, name or URL, or any feed or sitemap URL.")],
    db: DbOption = "ledger.db",
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    contact: ContactOption = DEFAULT_CONTACT,
    allow_private: PrivateOption = False,
):
    """Fetch a source once and say what it lists; stores nothing.

    Says the kind (rss, atom, sitemap), how many pages it lists, how many of them robots.txt keeps
    out and how many of the others the ledger has not fetched. Exits 1 when it cannot be read, or
    when `key` is neither a registered source nor a URL.
    """
    from newsledger.follow.rounds import read_source
    from newsledger.ingest import web_url
    from newsledger.interfaces.api import Ledger

    store, url = None, key
    try:
        store = Ledger(db, create=False).store
        url = registry.find_source(store, key).url
    except NewsledgerError as e:  # no ledger, or not a registered source: check a URL as given
        if not web_url(key)[0]:
            fail(str(e) if store else f"no such source {key!r}: there is no ledger {db}, and it is not a URL")
    with Fetcher(delay_s=0, timeout_s=timeout, contact=contact, allow_private=allow_private) as fetcher:
        try:
            _, listing = read_source(fetcher, url)
        except (FetchError, ListingError) as e:
            fail(f"{url}: {e}")
        for warning in listing.warnings:  # sitemaps of an index left out
            err.print(one_line(f"{url}: {warning}"), markup=False)
        allowed = [page_url for page_url in listing.urls if fetcher.refusal(page_url) is None]
    unseen = sum(1 for page_url in allowed if registry.page(store, page_url) is None) if store else len(allowed)
    out.print(f"{url}: {listing.kind}, {len(listing.urls)} pages listed, {len(listing.urls) - len(allowed)} kept out "
              f"by robots.txt, {unseen} not fetched yet", markup=False)


def follow(
    db: DbOption = "ledger.db",
    once: Annotated[bool, typer.Option("--once", help="Poll the due sources once and exit (for cron).")] = False,
    delay: DelayOption = DEFAULT_DELAY_S,
    timeout: TimeoutOption = DEFAULT_TIMEOUT_S,
    contact: ContactOption = DEFAULT_CONTACT,
    allow_private: PrivateOption = False,
):
    """Poll due sources and ingest their new and changed pages.

    Without --once it runs on, sleeping until the next source is due; Ctrl-C ends it with a summary.
    Exits 1 when a source failed (its listing could not be read) or the run was interrupted or
    stopped; pages that failed are counted, and tried again next round, but leave the status 0.

    Example: newsledger follow --once
    """
    from newsledger.follow.rounds import follow_forever, run_round

    store = open_ledger(db, create=True).store

    def report(line: str) -> None:
        err.print(one_line(line), markup=False)

    def make_fetcher() -> Fetcher:
        return Fetcher(delay_s=delay, timeout_s=timeout, contact=contact, allow_private=allow_private)

    if once:
        with make_fetcher() as fetcher:
            summary = run_round(store, fetcher, report=report)
        out.print(summary.line(), markup=False)
        _say_waiting(store)
    else:
        summary = follow_forever(store, make_fetcher, report)
        out.print(summary.line("follow"), markup=False)
    if summary.stopped:
        err.print(f"stopped: {summary.stopped}", markup=False)
    raise typer.Exit(summary.exit_code)


def _say_waiting(store) -> None:
    """One line on stderr when sources that failed are backed off, so that a round of none says why."""
    now = registry.iso(registry.now_utc())
    waiting = [s for s in registry.list_sources(store) if s.failures and s.next_due and s.next_due > now]
    if waiting:
        err.print(f"{counted(len(waiting), 'source')} waiting (back-off until "
                  f"{min(s.next_due for s in waiting)}; `newsledger sources list` gives the last error)", markup=False)


app.add_typer(sources_app, name="sources")
app.command()(follow)
