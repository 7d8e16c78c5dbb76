"""HTML pages: main text and metadata with trafilatura, then the same line filter as text."""

from __future__ import annotations

import re

import trafilatura

from newsledger.ingest.text import CleanText, clean_text

HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)


def looks_like_html(text: str) -> bool:
    return HTML_START.match(text[:1000]) is not None


def clean_html(html: str) -> CleanText | None:
    """Body and metadata of a page, or None when it holds no main text."""
    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if doc is None or not (doc.text or "").strip():
        return None
    # trafilatura already keeps one paragraph per line; the line filter removes widget lines it let through.
    result = clean_text(doc.text, title=doc.title or "")
    result.title = doc.title or None
    if doc.author:
        result.authors = [a.strip() for a in re.split(r";|\band\b", doc.author) if a.strip()]
    result.published = doc.date or result.published
    result.outlet = doc.sitename
    return result
