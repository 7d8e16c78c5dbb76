"""Knowing what a file is: PDFs are read, other binaries are named, menus and parser failures are skipped."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from newsledger.ingest import Article, Rejected, read_articles, read_path

STORY = ("The foreign ministers of Indonesia and Malaysia met in Jakarta on Tuesday and agreed to resume "
         "talks on their maritime border next month, a spokesman for the Indonesian ministry said.")


def _pdf(*lines: str) -> bytes:
    """A one-page PDF showing each line in Helvetica, as a word processor's export would."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    helvetica = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                  NameObject("/BaseFont"): NameObject("/Helvetica")})
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): helvetica})})
    content = DecodedStreamObject()
    content.set_data(("BT /F1 11 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET").encode("latin-1"))
    page.replace_contents(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _read_one(tmp_path, name: str, data: bytes) -> Article | Rejected:
    path = tmp_path / name
    path.write_bytes(data)
    [result] = read_path(str(path))
    return result


def test_pdf_text_is_extracted_and_ingested(tmp_path):
    article = _read_one(tmp_path, "talks.pdf", _pdf(
        "The foreign ministers of Indonesia and Malaysia met in Jakarta on Tuesday and",
        "agreed to resume talks on their maritime border next month, a spokesman for the",
        "Indonesian ministry said after the meeting, which lasted more than three hours.",
    ))
    assert isinstance(article, Article)
    # The page's hard-wrapped lines are one paragraph again.
    assert article.text == ("The foreign ministers of Indonesia and Malaysia met in Jakarta on Tuesday and agreed to resume "
                            "talks on their maritime border next month, a spokesman for the Indonesian ministry said after "
                            "the meeting, which lasted more than three hours.")
    assert article.language == "en"
    assert any(w.startswith("text extracted from PDF") for w in article.warnings)


def test_pdf_without_text_is_skipped(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    rejected = _read_one(tmp_path, "scan.pdf", out.getvalue())
    assert rejected == Rejected(str(tmp_path / "scan.pdf"), "PDF with no extractable text (a scan or images only)")


def test_damaged_pdf_is_skipped_with_the_readers_reason(tmp_path):
    rejected = _read_one(tmp_path, "cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    assert isinstance(rejected, Rejected) and rejected.reason.startswith("PDF could not be read (")


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", "<w:document><w:body><w:p>Talks resumed.</w:p></w:body></w:document>")
    return out.getvalue()


@pytest.mark.parametrize("name,data,reason", [
    ("story.docx", _docx(), "ZIP archive (or DOCX, XLSX, PPTX, ODT, EPUB, which are ZIP) file, not text, HTML, JSON Lines or PDF"),
    ("story.txt.gz", gzip.compress(STORY.encode()), "gzip-compressed file, not text, HTML, JSON Lines or PDF"),
    ("chart.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image file, not text, HTML, JSON Lines or PDF"),
    ("photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200), "JPEG image file, not text, HTML, JSON Lines or PDF"),
    ("wire.jsonl", gzip.compress(b'{"text": "Talks resumed."}\n'), "gzip-compressed file, not JSON Lines"),
])
def test_other_binary_formats_are_named(tmp_path, name, data, reason):
    assert _read_one(tmp_path, name, data) == Rejected(str(tmp_path / name), reason)


@pytest.mark.parametrize("name,page,reason", [
    ("menu.html", "<html><body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
                  "<div><a href='/'>Home</a> | <a href='/news'>News</a> | <a href='/sport'>Sport</a> | "
                  "<a href='/contact'>Contact</a></div></body></html>", "HTML page with no main text"),
    ("links.html", "<html><body><ul><li><a href='/world'>World</a></li><li><a href='/business'>Business</a></li>"
                   "<li><a href='/sport'>Sport</a></li><li><a href='/weather'>Weather</a></li></ul></body></html>",
     "HTML page with no main text"),
    ("menu.txt", "World News | Business | Sport\nOpinion · Culture · Travel\n", "no article text left after removing boilerplate"),
])
def test_a_page_of_navigation_words_has_no_main_text(tmp_path, name, page, reason):
    assert _read_one(tmp_path, name, page.encode()) == Rejected(str(tmp_path / name), reason)


def test_a_short_headline_is_not_mistaken_for_a_menu(tmp_path):
    article = _read_one(tmp_path, "brief.txt", b"Lavrov met Wang Yi in Bali.\n")
    assert isinstance(article, Article) and article.text == "Lavrov met Wang Yi in Bali."


def test_a_sentence_inside_deeply_nested_divs_is_found(tmp_path):
    sentence = "The foreign ministers of both countries met in Jakarta on Tuesday to discuss the maritime border."
    page = "<html><body>" + "<div>" * 20_000 + f"<p>{sentence}</p>" + "</div>" * 20_000 + "</body></html>"
    article = _read_one(tmp_path, "nested.html", page.encode())
    assert isinstance(article, Article) and article.text == sentence


def test_the_fallback_reader_leaves_out_scripts_and_navigation(tmp_path):
    sentence = "Officials in Nairobi said the two leaders had agreed to reopen the border crossing on Monday."
    page = ("<html><head><title>Border</title><script>var menu = 'Home';</script></head><body>" + "<div>" * 400
            + "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
            + f"<p>{sentence}</p><footer>Copyright Example News</footer>" + "</div>" * 400 + "</body></html>")
    article = _read_one(tmp_path, "nested.html", page.encode())
    assert article.text == sentence


def test_a_parser_failure_skips_the_page_and_the_batch_goes_on(tmp_path):
    # lxml's drop_tree asserts on a page whose root is <math> holding inline tags.
    (tmp_path / "a-formula.html").write_text("<math><span>E</span><em>mc</em></math>", encoding="utf-8")
    (tmp_path / "b-story.txt").write_text(STORY, encoding="utf-8")
    results = list(read_articles([tmp_path]))
    assert results[0] == Rejected(str(tmp_path / "a-formula.html"), "HTML could not be parsed (AssertionError)")
    assert isinstance(results[1], Article) and results[1].text == STORY
