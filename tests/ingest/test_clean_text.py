"""Saved web pages: the body is the article, the byline is metadata."""

from __future__ import annotations

import pytest

from newsledger.ingest.text import clean_text, find_date, iso_date
from tests.conftest import WIRE_STORY, shared_path

BOILERPLATE = ("Share:", "Skip to", "Similar Posts", "Contact Us", "Translate", "Leave a Reply",
               "Your email address", "This post is also available", "Video:", "updates:", "Edited by")


def test_clean_text_cuts_widgets_and_reads_byline():
    result = clean_text(WIRE_STORY)
    assert result.title == "Turkey and Sweden agree to settle NATO dispute"
    assert result.authors == ["Ayse Demir"]
    assert result.dateline == "Ankara"
    assert result.published == "2023-07-10"
    assert result.body.startswith("Turkish President Recep Tayyip Erdogan agreed on Monday")
    assert result.body.endswith("cooperation with Ankara against terrorism.")
    assert "Leave a Reply" not in result.body and "Share:" not in result.body


def test_clean_text_strips_wire_dateline():
    result = clean_text("Xi heads to Moscow\n\nBEIJING — Chinese President Xi Jinping will travel to Moscow next week, the foreign ministry said on Friday.")
    assert result.dateline == "Beijing"
    assert result.body.startswith("Chinese President Xi Jinping will travel")


def test_clean_text_cuts_author_bio_and_keeps_author():
    text = ("Why Beijing hesitates\n\nChina has avoided open military support for Russia, but its trade with Moscow reached a record last year.\n\n"
            "Officials in Beijing say they want a negotiated end to the war and deny sending weapons to either side.\n\n"
            "Maria Lopez\nSenior Fellow, Asia Program\nShe has written on Chinese foreign policy since 2010.\n")
    result = clean_text(text)
    assert result.authors == ["Maria Lopez"]
    assert result.body.endswith("deny sending weapons to either side.")
    assert "Senior Fellow" not in result.body


def test_clean_text_keeps_footnotes_as_references():
    text = ("A Visit in the Spring\n\nOn December 30, 2022, the two presidents met by video link and agreed to meet again in the spring.[1]\n\n"
            "[1] “Leaders Talk by Video”, Example News, (Date of Accession: 01.01.2023).\n")
    result = clean_text(text)
    assert result.references == ["[1] “Leaders Talk by Video”, Example News, (Date of Accession: 01.01.2023)."]
    assert "Date of Accession" not in result.body


def test_clean_text_drops_picture_captions():
    text = ("Talks in Moscow\n\nThe Chinese president arrived in Moscow on Monday for three days of talks with his Russian counterpart.\n"
            "Xi Jinping and Vladimir Putin at the Kremlin\nXi Jinping and Vladimir Putin at the Kremlin (Photo: Pool/Reuters)\n"
            "The two leaders are expected to sign a dozen agreements on energy and trade on Tuesday.\n")
    result = clean_text(text)
    assert "Photo:" not in result.body and "at the Kremlin\n" not in result.body
    assert result.body.count("\n") == 1


def test_clean_text_joins_hard_wrapped_lines():
    text = ("Japan's trade surplus with the United States rose in February\n"
            "to 5.1 billion dlrs from 4.6 billion in January, the finance\n"
            "ministry said, adding that exports of cars and electronics grew.\n"
            "    Officials said the rise would add to pressure from Washington\n"
            "for Tokyo to open its markets to more American goods and services.\n")
    body = clean_text(text).body
    assert body.split("\n")[0].endswith("exports of cars and electronics grew.")
    assert len(body.split("\n")) == 2


@pytest.mark.parametrize("written,iso", [("February 3, 2022", "2022-02-03"), ("3 February 2022", "2022-02-03"),
                                          ("01.01.2023", "2023-01-01"), ("Sept. 9, 2023", "2023-09-09")])
def test_find_date_reads_written_dates(written, iso):
    assert find_date(f"William Yang / {written}") == iso


def test_iso_date_keeps_given_precision():
    assert iso_date("2023-03-17T10:00:00Z") == "2023-03-17"
    assert iso_date("2023-03") == "2023-03"
    assert iso_date("nonsense") is None


def _seed(name_start: str):
    folder = shared_path("corpus", "seeds")
    path = next(folder.glob(f"{name_start}_*.txt"))
    return clean_text(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed,first,last", [
    ("000", "On December 30, 2022, a meeting was held", "Fear that China will change sides may persuade Putin to peace."),
    ("001", "The MFA of China confirmed the visit", "without a significant increase in China’s military-technical support to Russia."),
    ("002", "Russia seeks solidarity with its most powerful friend.", "“A complete defeat of Russia is not in China’s interest .”"),
    ("003", "Chinese President Xi Jinping plans to visit Russia Monday through Wednesday", "the statement said."),
    ("004", "The Chinese and Russian presidents are meeting", "as it could embarrass China greatly,\" he said."),
])
def test_seed_body_spans_first_to_last_sentence(seed, first, last):
    body = _seed(seed).body
    assert body.startswith(first)
    assert body.endswith(last)
    for line in body.split("\n"):
        assert not any(line.startswith(b) or b in line[:40] for b in BOILERPLATE), line


def test_seed_004_metadata():
    result = _seed("004")
    assert result.title == "Can the Ukraine crisis push Russia closer to China?"
    assert result.authors == ["William Yang"]
    assert result.published == "2022-02-03"


def test_seed_author_bios_are_cut():
    assert _seed("000").authors == ["Cenk Tamer"]
    assert "graduated from Sakarya University" not in _seed("000").body
    assert _seed("001").authors == ["Yurii Poita"]
    assert "Head of the Asian Section" not in _seed("001").body


def test_a_quoted_sentence_opening_the_text_is_body_not_title():
    cleaned = clean_text('"We will not accept these demands."\nThe foreign minister said so on Tuesday in Geneva.')
    assert cleaned.title is None
    assert cleaned.body.startswith('"We will not accept these demands."')
