"""Ingest stage: files, folders, JSON Lines and stdin in; cleaned articles (or reasons) out."""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import charset_normalizer

from newsledger.ingest.article import FILE_CHANGED, READ, Article, Rejected, storable
from newsledger.ingest.formats import PDF, pdf_text, sniff
from newsledger.ingest.html import UnreadableHtml, clean_html, looks_like_html
from newsledger.ingest.jsonl import BadRecord, read_record
from newsledger.ingest.language import detect_language
from newsledger.ingest.text import CleanText, clean_text, is_navigation, iso_date

__all__ = ["Article", "Rejected", "read_articles", "expand_paths", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
STDIN = "-"


# Never read a ledger (or its journal) found in a folder as if it were an article.
DATABASE_FILES = ("*.db", "*.db-journal", "*.db-wal", "*.db-shm", "*.sqlite", "*.sqlite3")


def expand_paths(paths: Iterable[str | Path], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Iterator[str]:
    """Every file named, or found in a folder (recursively; hidden and database files skipped)."""
    include, exclude = list(include), [*exclude, *DATABASE_FILES]
    for path in paths:
        path = str(path)
        if path == STDIN or not os.path.isdir(path):
            yield path
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                full = os.path.join(root, name)
                rel = os.path.relpath(full, path)
                if name.startswith(".") or not _selected(rel, include, exclude):
                    continue
                yield full


def _selected(rel: str, include: list[str], exclude: list[str]) -> bool:
    def hit(patterns):
        return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(os.path.basename(rel), p) for p in patterns)

    return (not include or hit(include)) and not hit(exclude)


def read_articles(
    paths: Iterable[str | Path],
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
    today: date | None = None,
) -> Iterator[Article | Rejected]:
    """Articles from every input, or a Rejected with a one-line reason; never raises for bad input.
    ``today`` (default: the system's) is the day they are read (Article.read_day)."""
    today = today or date.today()
    for path in expand_paths(paths, include, exclude):
        yield from read_path(path, max_bytes, today)


def read_path(path: str, max_bytes: int = DEFAULT_MAX_BYTES, today: date | None = None) -> Iterator[Article | Rejected]:
    read_day, why = _read_day(path, today or date.today())
    for item in _read_path(path, max_bytes):
        if isinstance(item, Article):
            item.read_day, item.read_day_reason = read_day.isoformat(), why
        yield item


def _read_day(path: str, today: date) -> tuple[date, str]:
    """The day an input is read, or its file's modification day when earlier (a story saved long ago was
    filed no later), with which of them it is (article.READ, article.FILE_CHANGED)."""
    try:
        modified = None if path == STDIN else date.fromtimestamp(os.stat(path).st_mtime)
    except (OSError, ValueError, OverflowError):
        modified = None
    return (modified, FILE_CHANGED) if modified is not None and modified < today else (today, READ)


def _read_path(path: str, max_bytes: int) -> Iterator[Article | Rejected]:
    source = "<stdin>" if path == STDIN else path
    if path != STDIN and Path(path).suffix.lower() in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, max_bytes)
        return
    try:
        data = _read_bytes(path, max_bytes)
        text, warnings = decode(data)
    except (OSError, ValueError) as e:
        yield Rejected(source, _reason(e))
        return
    if path == STDIN and _looks_like_jsonl(text):
        yield from _parse_jsonl_lines(source, text.split("\n"))  # not splitlines(): JSON strings may hold U+2028
        return
    yield article_from_text(source, text, warnings, is_html=Path(path).suffix.lower() in HTML_SUFFIXES)


def _read_bytes(path: str, max_bytes: int) -> bytes:
    if path == STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ValueError(f"file is {_size_text(size)}, over the {_size_text(max_bytes)} limit (raise it with --max-size)")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ValueError(f"input is over the {_size_text(max_bytes)} limit (raise it with --max-size)")
    return data


def _size_text(n_bytes: int) -> str:
    """A size for a message: bytes under a megabyte (a small --max-size must not read as "0 MB"), else MB."""
    return f"{n_bytes:,} bytes" if n_bytes < 1_000_000 else f"{n_bytes / 1e6:.1f}".removesuffix(".0") + " MB"


def _reason(error: Exception) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file (check the path)"
    if isinstance(error, PermissionError):
        return "permission denied (check the file's permissions)"
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, OSError):
        return f"cannot read: {error.strerror or error}"
    return str(error)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text of a file, or of a PDF's pages, and warnings (PDF, invalid UTF-8).

    Raises ValueError for empty input, a PDF without text, or a binary format (named when
    data/signatures.yaml knows its first bytes)."""
    if not data.strip():
        raise ValueError("empty file")
    known = sniff(data[:64])
    if known == PDF:
        return pdf_text(data), ["text extracted from PDF (layout, tables and images are lost)"]
    if known:
        raise ValueError(f"{known} file, not text, HTML, JSON Lines or PDF")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    head = data[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) * 0.1:
        raise ValueError("binary file, not text, HTML or JSON Lines")
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        invalid_at = e.start
    return _decode_legacy(data, head, invalid_at)


# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">
DECLARED_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{1,40})", re.I)


def _decode_legacy(data: bytes, head: bytes, invalid_at: int) -> tuple[str, list[str]]:
    """Text that is not valid UTF-8: in the charset a page declares, else UTF-8 with the bad bytes
    replaced when it holds UTF-8 letters beside them (a damaged UTF-8 file), else in the charset
    charset_normalizer detects; the warning says which."""
    declared = DECLARED_CHARSET.search(head)
    if declared:
        codec = declared.group(1).decode("ascii")
        try:
            return data.decode(codec), [f"not UTF-8; decoded as {codec}, as the page declares"]
        except (LookupError, UnicodeDecodeError):
            pass
    replaced = data.decode("utf-8", errors="replace")
    damaged_utf8 = any(ord(ch) > 127 and ch != "\ufffd" for ch in replaced)
    found = [] if damaged_utf8 else list(charset_normalizer.from_bytes(data))
    if found:
        # Among equally good readings take windows-1252, the web's default for undeclared legacy text (WHATWG Encoding).
        tied = [m for m in found if (m.chaos, m.coherence) == (found[0].chaos, found[0].coherence)]
        best = next((m for m in tied if m.encoding == "cp1252"), found[0])
        return str(best), [f"not UTF-8; decoded as {best.encoding} (detected)"]
    return replaced, [f"invalid UTF-8 at byte {invalid_at}; undecodable bytes replaced with U+FFFD"]


def article_from_text(source: str, text: str, warnings: list[str], is_html: bool = False, **meta) -> Article | Rejected:
    """Clean a decoded text or HTML page into an Article, with metadata given by the caller winning.

    Returns Rejected when nothing but boilerplate or navigation is left, or when the HTML parser fails."""
    html = is_html or looks_like_html(text)
    parsed, _ = storable(text)  # the parsers cut a page short at a lone surrogate; the Article reports the change
    try:
        cleaned = clean_html(parsed) if html else clean_text(parsed, title=meta.get("title"))
    except UnreadableHtml as e:
        return Rejected(source, str(e))
    # A headline taken from the text itself is judged with the body: a menu line becomes the "title" of a menu page.
    read_title = cleaned.title if cleaned is not None and not html and not meta.get("title") else None
    if cleaned is None or not cleaned.body.strip() or is_navigation("\n".join(filter(None, [read_title, cleaned.body]))):
        return Rejected(source, "HTML page with no main text" if html else "no article text left after removing boilerplate")
    return _article(source, text, cleaned, warnings, meta)


def _article(source: str, raw: str, cleaned: CleanText, warnings: list[str], meta: dict) -> Article:
    given = iso_date(meta.get("published"))
    date_warning = f"published date {str(meta['published'])[:40]!r} is not a calendar date; ignored" if meta.get("published") and not given else None
    # An "Updated" date is the publication date only when the page gives no other.
    published = given or cleaned.published or cleaned.updated
    language = detect_language(cleaned.body)
    url, url_warning = web_url(meta.get("url"))
    notes = [note for note in (language.note, url_warning, date_warning) if note]
    return Article(
        source=source,
        raw=raw,
        text=cleaned.body,
        title=meta.get("title") or cleaned.title,
        authors=meta.get("authors") or cleaned.authors,
        published=published,
        published_reason=_published_reason(given, cleaned),
        outlet=meta.get("outlet") or cleaned.outlet,
        url=url,
        dateline=cleaned.dateline,
        dateline_day=None if published else cleaned.dateline_day,
        language=language.code,
        references=cleaned.references,
        warnings=[*warnings, *notes],
    )


def _published_reason(given: str | None, cleaned: CleanText) -> str | None:
    if given:
        return "given"
    if cleaned.published:
        return "byline or page metadata"
    return "updated date (the page gives no first publication date)" if cleaned.updated else None


WEB_SCHEMES = ("http", "https")


def web_url(url: str | None) -> tuple[str | None, str | None]:
    """(the URL stripped, None) if it is an http(s) address with a host, else (None, why): a javascript: or
    file: link is never stored or shown as a link."""
    if not url:
        return None, None
    url = url.strip()
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None, "url dropped: not a valid URL"
    if parts.scheme and parts.scheme.lower() not in WEB_SCHEMES:
        return None, f"url dropped: only http(s) addresses are kept, not {parts.scheme[:20]}:"
    if not parts.scheme or not host:
        return None, "url dropped: not an absolute http(s) address"
    return url, None


def _looks_like_jsonl(text: str) -> bool:
    first = next((line for line in text.splitlines() if line.strip()), "")
    return first.lstrip().startswith("{")


def _read_jsonl_file(path: str, max_bytes: int) -> Iterator[Article | Rejected]:
    try:
        with open(path, "rb") as f:
            lines = [line for line in f]
    except OSError as e:
        yield Rejected(path, _reason(e))
        return
    if not any(line.strip() for line in lines):
        yield Rejected(path, "empty file")
        return
    known = sniff(b"".join(lines[:2])[:64])
    if known:
        yield Rejected(path, f"{known} file, not JSON Lines")
        return
    lines[0] = lines[0].removeprefix(b"\xef\xbb\xbf")  # a byte-order mark, as Windows editors write it
    decoded = []
    for raw in lines:
        if len(raw) > max_bytes:
            decoded.append(None)
            continue
        decoded.append(raw.decode("utf-8", errors="replace"))
    yield from _parse_jsonl_lines(path, decoded)


def _parse_jsonl_lines(source: str, lines: list[str | None]) -> Iterator[Article | Rejected]:
    for number, line in enumerate(lines, start=1):
        where = f"{source}:{number}"
        if line is None:
            yield Rejected(where, "line is over the size limit (raise it with --max-size)")
        elif line.strip():
            yield _parse_jsonl_line(where, line)


def _parse_jsonl_line(where: str, line: str) -> Article | Rejected:
    try:
        record = read_record(line)
    except BadRecord as e:
        return Rejected(where, str(e))
    is_html = not (record.text or "").strip()
    body = record.html if is_html else record.text
    if not (body or "").strip():
        return Rejected(where, "no 'text' or 'html' field with content")
    meta = record.model_dump(include={"title", "url", "published", "authors", "outlet"})
    return article_from_text(where, body, [], is_html=is_html, **meta)
