"""HTML pages: main text and metadata with trafilatura, then the same line filter as text."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TypeVar

import trafilatura
import yaml

from newsledger.ingest.formats import error_summary
from newsledger.ingest.text import CleanText, clean_text

HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])", re.I)
TAGS_FILE = Path(__file__).with_name("data") / "html_text.yaml"
T = TypeVar("T")


class UnreadableHtml(ValueError):
    """A parser failed on the page; the message is the one-line reason."""


def looks_like_html(text: str) -> bool:
    return HTML_START.match(text[:1000]) is not None


def clean_html(html: str) -> CleanText | None:
    """Body and metadata of a page, or None when it holds no main text.

    Raises UnreadableHtml when a parser fails on it (lxml asserts on inline tags inside <math>, for one)."""
    doc = _guarded(_extract, html)
    if doc is None or not (doc.text or "").strip():
        # trafilatura finds nothing in a page nested deeper than lxml's limit: read its text without a tree.
        text = _guarded(_stream_text, html)
        return clean_text(text) if text.strip() else None
    # trafilatura already keeps one paragraph per line; the line filter removes widget lines it let through.
    result = clean_text(doc.text, title=doc.title or "")
    result.title = doc.title or None
    if doc.author:
        result.authors = [a.strip() for a in re.split(r";|\band\b", doc.author) if a.strip()]
    result.published = doc.date or result.published
    result.outlet = doc.sitename
    return result


def _guarded(parse: Callable[[str], T], html: str) -> T:
    try:
        return parse(html)
    except Exception as e:  # any parser failure on one page skips that page, never the batch
        raise UnreadableHtml(f"HTML could not be parsed ({error_summary(e)})") from e


def _extract(html: str):
    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )


@lru_cache(maxsize=1)
def _tags() -> dict[str, frozenset[str]]:
    spec = yaml.safe_load(TAGS_FILE.read_text(encoding="utf-8"))
    return {kind: frozenset(tags) for kind, tags in spec.items()}


class _TextReader(HTMLParser):
    """Text outside hidden elements, one block per line. Builds no tree, so any depth reads in linear time."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden_depth = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _tags()["hidden"]:
            self.hidden_depth += 1
        elif tag in _tags()["blocks"]:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _tags()["hidden"]:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _tags()["blocks"]:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden_depth:
            self.parts.append(re.sub(r"\s+", " ", data))


def _stream_text(html: str) -> str:
    reader = _TextReader()
    reader.feed(html)
    reader.close()
    return "".join(reader.parts)
