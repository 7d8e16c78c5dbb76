"""/api/changes?since=: what `export --since-change` writes, as JSON pages, to keep a copy of the ledger
in sync over HTTP.

A client asks with `since`, follows `next` (passing it as `after`) while it is not null, and next
time asks with the `until` the pages gave: every change at or after `since` and before `until` is in
the pages, tombstones first (newsledger.interfaces.export.changed_lines). A `since` in the future gives
no lines and itself as `until`, never an earlier time. A "+" left unescaped in the URL arrives as a
space, which `since` reads as "+" again.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query

from newsledger.errors import NewsledgerError
from newsledger.interfaces.export import SECTIONS, changed_lines, current_second, next_since, since_change
from newsledger.interfaces.web.common import MAX_TEXT, Web

MAX_LIMIT = 5000


def router(web: Web) -> APIRouter:
    routes = APIRouter()

    @routes.get("/api/changes")
    def api_changes(
        since: Annotated[str, Query(max_length=64, description="ISO 8601 date or date-time (UTC unless it says), e.g. 2026-11-30T05:00:00Z")],
        after: Annotated[str | None, Query(max_length=MAX_TEXT, description="the `next` of the page before")] = None,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="lines in a page")] = 500,
    ):
        """{"since", "until", "lines": [export lines, as `export --since-change` writes them], "next": the
        `after` of the next page, or null on the last}."""
        try:
            start = since_change(since)
        except NewsledgerError as e:
            raise HTTPException(400, f"since: {e}") from None
        until, resume = _cursor(after) if after else (next_since(start, current_second()), None)
        page = changed_lines(web.store, start, resume)
        try:
            found = list(islice(page, limit + 1))
        finally:
            page.close()  # ends the read transaction
        more = len(found) > limit
        section, key, _ = found[limit - 1] if more else (None, None, None)
        return {"since": since, "until": until, "lines": [line for _, _, line in found[:limit]],
                "next": f"{until}/{section}/{key}" if more else None}

    return routes


def _cursor(after: str) -> tuple[str, tuple[str, str]]:
    """(until, (section, key)) from a `next` this API gave; 400 otherwise."""
    until, _, rest = after.partition("/")
    section, _, key = rest.partition("/")
    try:
        since_change(until)
        valid = section in SECTIONS and key and (section != "tombstone" or re.fullmatch(r"[0-9]{1,18}", key))
    except NewsledgerError:
        valid = False
    if not valid:
        raise HTTPException(400, "after: not a `next` this API gave; start again without it")
    return until, (section, key)
