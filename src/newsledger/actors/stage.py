"""The actors stage in the pipeline's shape: (analysis, doc) -> None, filling mentions and actors."""

from __future__ import annotations

import datetime

from newsledger.actors.resolver import resolve


def published_date(published: str | None) -> datetime.date | None:
    """The article's date from ingest's ISO string; a year or month alone gives no day to date roles by."""
    try:
        return datetime.date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
    except ValueError:
        return None


def add_actors(analysis, doc) -> None:
    analysis.mentions, analysis.actors = resolve(doc, published_date(analysis.article.published))
