"""JSON Lines records are checked against a declared model: a bad field skips its line, never the batch."""

from __future__ import annotations

import json

import pytest

from newsledger.ingest import Article, Rejected, read_path

STORY = ("The foreign ministers of Indonesia and Malaysia met in Jakarta on Tuesday and agreed to resume "
         "talks on their maritime border next month, a spokesman for the Indonesian ministry said.")


def _read(tmp_path, *lines: str) -> list[Article | Rejected]:
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_path(str(path)))


def _line(**fields) -> str:
    return json.dumps({"text": STORY, **fields})


@pytest.mark.parametrize("bad_line,reason", [
    (_line(authors=5), "field 'authors' (a string or a list of strings): Input should be a valid list, not int"),
    (_line(date=20250314), "field 'date' (a date, ISO or written): Input should be a valid string, not int"),
    (_line(authors=["Ann Lee", 7]), "field 'authors' (a string or a list of strings): item 2: Input should be a valid string, not int"),
    (_line(title=2023), "field 'title': Input should be a valid string, not int"),
    (_line(url=["https://example.org/a"]), "field 'url': Input should be a valid string, not list"),
    (_line(url=10**30), "field 'url': Input should be a valid string, not int"),
    (_line(outlet={"name": "Example News"}), "field 'outlet': Input should be a valid string, not dict"),
    (_line(text=True), "field 'text': Input should be a valid string, not bool"),
    ('{"text": "The talks resumed.", "url": ' + "9" * 5000 + "}",
     "not valid JSON (Exceeds the limit (4300 digits) for integer string conversion)"),
    ('{"text": "Officials met in Jakarta.", "title": "Border talks \\ud800 resume"}',
     "field 'title': contains a lone surrogate U+D800 at character 14 (not valid Unicode)"),
    ('{"text": "Officials met in Jakarta.", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "not valid JSON (nested too deeply)"),
])
def test_a_bad_field_skips_that_line_with_its_reason(tmp_path, bad_line, reason):
    [rejected] = _read(tmp_path, bad_line)
    assert isinstance(rejected, Rejected)
    assert rejected.source.endswith("wire.jsonl:1") and rejected.reason == reason


def test_good_lines_around_bad_ones_are_all_read(tmp_path):
    results = _read(
        tmp_path,
        _line(title="Border talks", authors="Ann Lee"),
        _line(authors=5),
        '{"text": "Lavrov met Wang Yi.", "outlet": "\\udfff"}',
        "[" * 5000,
        _line(title="Second story", authors=["Ann Lee", "Bo Li"], text=STORY.replace("Tuesday", "Wednesday")),
    )
    assert [type(r).__name__ for r in results] == ["Article", "Rejected", "Rejected", "Rejected", "Article"]
    assert [r.source.rsplit(":", 1)[1] for r in results] == ["1", "2", "3", "4", "5"]
    first, last = results[0], results[-1]
    assert first.title == "Border talks" and first.authors == ["Ann Lee"]
    assert last.authors == ["Ann Lee", "Bo Li"] and "Wednesday" in last.text


def test_unknown_keys_are_ignored(tmp_path):
    [article] = _read(tmp_path, _line(title="Border talks", likes=12, tags={"region": "Asia"}))
    assert isinstance(article, Article) and article.title == "Border talks"


def test_a_date_field_is_the_publication_date_unless_published_is_given(tmp_path):
    """Scrapers and feeds often call the field "date"; "published" wins when a line has both."""
    [article] = _read(tmp_path, _line(date="2025-03-14"))
    assert article.published == "2025-03-14"
    [article] = _read(tmp_path, _line(date="2025-03-14", published="2025-03-15"))
    assert article.published == "2025-03-15"


@pytest.mark.parametrize("url,warning", [
    ("javascript:alert(document.cookie)", "url dropped: only http(s) addresses are kept, not javascript:"),
    ("file:///etc/passwd", "url dropped: only http(s) addresses are kept, not file:"),
    ("example.org/news/1", "url dropped: not an absolute http(s) address"),
    ("http://[::1/news", "url dropped: not a valid URL"),
])
def test_only_web_urls_are_kept(tmp_path, url, warning):
    [article] = _read(tmp_path, _line(url=url))
    assert isinstance(article, Article)
    assert article.url is None and warning in article.warnings


def test_a_web_url_is_kept(tmp_path):
    [article] = _read(tmp_path, _line(url=" https://news.example.org/2023/07/talks "))
    assert article.url == "https://news.example.org/2023/07/talks" and not article.warnings


def test_nul_characters_are_removed_from_every_field(tmp_path):
    line = _line(text=STORY.replace("Jakarta", "Jakar\u0000ta"), title="Border\u0000 talks",
                 authors=["Ann\u0000 Lee"], outlet="Example\u0000 News")
    [article] = _read(tmp_path, line)
    assert "Jakarta" in article.text and "\x00" not in article.raw
    assert (article.title, article.authors, article.outlet) == ("Border talks", ["Ann Lee"], "Example News")
    [warning] = [w for w in article.warnings if "NUL" in w]
    assert warning.startswith("raw, title, authors, outlet: NUL characters removed")


def test_strings_made_in_python_are_made_storable_too():
    from newsledger.ingest import article_from_text

    article = article_from_text("api", "Officials met in Jakarta\ud83d on Tuesday to discuss the border, a spokesman said.",
                                [], title="Talks\x00 in Jakarta")
    assert article.title == "Talks in Jakarta"
    assert article.text == "Officials met in Jakarta\ufffd on Tuesday to discuss the border, a spokesman said."
    assert article.text.encode("utf-8")  # a lone surrogate would make this raise
    rejected = Rejected("caf\udce9.txt", "empty file")  # os.fsdecode gives undecodable file names this way
    assert rejected.source == "caf\ufffd.txt"


def test_json_lines_on_stdin_are_checked_the_same_way(monkeypatch):
    import io
    import sys

    lines = [_line(title="Line\u2028break in a title"), _line(authors=5)]  # U+2028 is no line break in JSON Lines
    stdin = io.TextIOWrapper(io.BytesIO("\n".join(json.dumps(json.loads(l), ensure_ascii=False) for l in lines).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    article, rejected = read_path("-")
    assert article.title == "Line\u2028break in a title"
    assert rejected == Rejected("<stdin>:2", "field 'authors' (a string or a list of strings): Input should be a valid list, not int")
