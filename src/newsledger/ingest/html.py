"""HTML pages: main text and metadata with trafilatura, then the same line filter as text.

When trafilatura finds no main text, the article is read from the page's scripts (JSON-LD or a
state object, see data/html_text.yaml), else from the page's text outside hidden elements."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path
from typing import TypeVar

from newsledger.ingest.bylines import sort_byline
from newsledger.ingest.formats import error_summary
from newsledger.ingest.text import (CleanText, clean_text, is_role, iso_date, read_byline_line, split_site_name,
                                     trailing_place, updated_part)
from newsledger.loading import read_yaml

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
        # A page that fills in its article with a script holds the text only in JSON.
        embedded = _guarded(embedded_article, html)
        if embedded is not None:
            return embedded
        # trafilatura finds nothing in a page nested deeper than lxml's limit: read its text without a tree.
        text = _guarded(_stream_text, html)
        return clean_text(text) if text.strip() else None
    # trafilatura already keeps one paragraph per line; the line filter removes widget lines it let through.
    title = _visible_headline(doc.text, doc.title, html) or doc.title or ""
    result = clean_text(doc.text, title=title)
    result.title = title or None
    # the extractor may take a byline's "Updated: June 14" or a role for a name ("Ann Lee; Updated June", "Asia editor")
    named = [a.strip() for a in re.split(r";|\band\b", doc.author or "") if a.strip() and not updated_part(a) and not is_role(a)]
    place = trailing_place(named)  # "By Chen Wei-ling, Taipei": the extractor gives "Chen Wei-ling; Taipei"
    if place:
        named, result.dateline = named[:-1], result.dateline or place
    # the extractor may keep one name of "By A and B": a byline line above the body naming it and more wins
    byline = None if len(named) > 1 or result.authors else _header_byline(html, result.body)
    if byline is not None and set(named) < set(byline.authors):
        named = byline.authors
        result.published, result.updated = result.published or byline.published, result.updated or byline.updated
    site = doc.sitename or split_site_name(_page_title(html), title)[1]
    result.authors, result.outlet = sort_byline(named or result.authors, site or result.outlet)
    result.published = doc.date or result.published
    return result


def _page_title(html: str) -> str:
    """The text of the page's <title> ("Headline - Strait Times Online"), "" when it has none."""
    return _headings(html).title or ""


@lru_cache(maxsize=1)
def _headings(html: str) -> _HeadlineReader:
    """The page's <title> and <h1> texts, read once per page: the headline and the site name both use them."""
    reader = _HeadlineReader()
    reader.feed(html)
    reader.close()
    return reader


def _header_byline(html: str, body: str) -> CleanText | None:
    """The fields of a "By ..." line above the body's first paragraph in the page's visible text, which
    the extractor left out of the text ('<p class="meta">By Ann Lee | Published: ...</p>'); None when there is none."""
    first = body.split("\n", 1)[0][:60]
    for line in _stream_text(html).splitlines():
        line = " ".join(line.split())
        if first and first in line:
            return None
        found = read_byline_line(line)
        if found is not None and found.authors:
            return found
    return None


def _visible_headline(text: str, title: str | None, html: str) -> str | None:
    """The text's first line when it is the page's own headline (an <h1>, or its <title> less a "| Site"
    suffix) and not `title` (trafilatura's, from og:title first): the headline the reader sees is the title,
    never the body's first paragraph ("UPDATED: ..." over an older og:title). None otherwise."""
    first = " ".join(text.strip().split("\n", 1)[0].split())
    if len(first.split()) < 3 or first == " ".join((title or "").split()):  # a section label is no headline
        return None
    headlines = {" ".join(h.split()) for h in _headings(html).headlines}
    headlines |= {re.split(r"\s+[|–—-]\s+", h)[0] for h in headlines}
    return first if first in headlines else None


class _HeadlineReader(HTMLParser):
    """The texts of a page's <title> and <h1> elements, and of its first <title> alone."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.headlines: list[str] = []
        self.title: str | None = None
        self.current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("title", "h1"):
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("title", "h1") and self.current is not None:
            self.headlines.append("".join(self.current))
            if tag == "title" and self.title is None:
                self.title = " ".join(self.headlines[-1].split())
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def _guarded(parse: Callable[[str], T], html: str) -> T:
    try:
        return parse(html)
    except Exception as e:  # any parser failure on one page skips that page, never the batch
        raise UnreadableHtml(f"HTML could not be parsed ({error_summary(e)})") from e


def _extract(html: str):
    import trafilatura  # here, not at the top: 0.12 s that analysis workers and JSON Lines runs need not pay

    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )


@lru_cache(maxsize=1)
def _spec() -> dict:
    return read_yaml(TAGS_FILE)


@lru_cache(maxsize=1)
def _tags() -> dict[str, frozenset[str]]:
    return {kind: frozenset(_spec()[kind]) for kind in ("hidden", "blocks")}


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


class _ScriptReader(HTMLParser):
    """The text of each <script> element with its type and id attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.attrs: dict[str, str] = {}
        self.current: list[str] | None = None

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "script":
            self.attrs = {name: (value or "") for name, value in attrs}
            self.current = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.current is not None:
            self.scripts.append((self.attrs, "".join(self.current)))
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current.append(data)


def embedded_article(html: str) -> CleanText | None:
    """The article a page's scripts hold, or None: of every JSON object in a JSON-LD or JSON script
    (schema.org NewsArticle's articleBody) or assigned to a state variable (window.__INITIAL_STATE__ =
    {...}), the one with the longest body text, with its headline, publication date and authors.
    Key names are in data/html_text.yaml."""
    spec = _spec()["embedded"]
    best: tuple[str, dict] | None = None
    for value in _script_json(html, spec):
        for obj in _objects(value):
            body = _body_text(obj, spec["body"])
            if body and (best is None or len(body) > len(best[0])):
                best = body, obj
    if best is None:
        return None
    body, obj = best
    headline = next((obj[k].strip() for k in spec["headline"] if isinstance(obj.get(k), str) and obj[k].strip()), None)
    result = clean_text(body, title=headline or "")
    result.title = headline
    given = next((iso_date(obj[k]) for k in spec["published"] if isinstance(obj.get(k), str) and iso_date(obj[k])), None)
    result.published = given or result.published
    authors = _names(next((obj[k] for k in spec["author"] if obj.get(k)), None))
    result.authors, result.outlet = sort_byline(authors or result.authors, result.outlet)
    return result if result.body.strip() else None


def _script_json(html: str, spec: dict) -> Iterator[object]:
    """Each JSON value in the page's scripts: a whole JSON script, or the object after a state assignment."""
    reader = _ScriptReader()
    reader.feed(html)
    reader.close()
    decoder = json.JSONDecoder()
    assignment = re.compile(spec["assignment"])
    for attrs, text in reader.scripts:
        try:
            if attrs.get("type", "").lower() in spec["json_types"]:
                yield json.loads(text)
                continue
            for m in assignment.finditer(text):
                yield decoder.raw_decode(text, m.end())[0]
        except (ValueError, RecursionError):  # not JSON (a script computing its state), or nested past the parser's depth
            continue


def _objects(value: object) -> Iterator[dict]:
    """Every JSON object inside a value, outermost first."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _body_text(obj: dict, keys: list[str]) -> str | None:
    """An object's body: a string (HTML markup read as text), or a list of paragraph strings or of objects
    holding one under a body key."""
    for key in keys:
        value = obj.get(key)
        if isinstance(value, list):
            value = "\n".join(
                item if isinstance(item, str) else next((item[k] for k in keys if isinstance(item.get(k), str)), "")
                for item in value if isinstance(item, (str, dict))
            )
        if isinstance(value, str) and value.strip():
            return _stream_text(value) if "<" in value else value
    return None


def _names(value: object) -> list[str]:
    """Author names from "Ann Lee", {"name": "Ann Lee"} or a list of either."""
    items = value if isinstance(value, list) else [value]
    names = [item if isinstance(item, str) else item.get("name") if isinstance(item, dict) else None for item in items]
    return [name.strip() for name in names if isinstance(name, str) and name.strip()]
