"""A JSON Lines record whose text opens with its own header (headline, byline, dateline line) is read like a
text file's: those lines are not body, so nothing in them is analysed twice; the record's own fields win."""

from __future__ import annotations

import json

import pytest

from newsledger.ingest import read_path

LEDE = ("Malaysia on Thursday recalled its ambassador from Jakarta for consultations after an Indonesian patrol "
        "boat detained six Malaysian fishermen near the maritime border, the foreign ministry said.")
SECOND = "Foreign Minister Aziz Rahman said Kuala Lumpur had lodged a formal protest with the Indonesian government."
HEADLINE = "Malaysia recalls envoy from Indonesia after fishermen detained"


def _read(tmp_path, **record):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    [article] = read_path(str(path))
    return article


@pytest.mark.parametrize("title", [HEADLINE, "Malaysia recalls envoy", "MALAYSIA RECALLS ENVOY FROM INDONESIA", "Envoy recalled"])
@pytest.mark.parametrize("header", [
    [HEADLINE, "", "By Nur Aisyah", "Kuala Lumpur / June 12, 2025", ""],
    [HEADLINE, "By Nur Aisyah | June 12, 2025"],
    [HEADLINE, "", "Nur Aisyah", "12 June 2025", ""],
    # A title-case headline looks like a name; the "By" line under it is the byline.
    ["Malaysia Recalls Envoy From Jakarta", "By Nur Aisyah | June 12, 2025"],
    ["Malaysia Recalls Envoy From Jakarta", "Nur Aisyah", "12 June 2025"],  # over a name: it shares the title's words
])
def test_a_headline_over_a_byline_is_header_whatever_the_title_field(tmp_path, title, header):
    article = _read(tmp_path, title=title, text="\n".join([*header, LEDE, "", SECOND]))
    assert article.text == f"{LEDE}\n{SECOND}"
    assert (article.title, article.authors) == (title, ["Nur Aisyah"])


@pytest.mark.parametrize("opening", [HEADLINE, "Malaysia recalls envoy from Indonesia"])
def test_the_title_or_a_headline_it_begins_alone_above_the_body_is_header(tmp_path, opening):
    article = _read(tmp_path, title="Malaysia recalls envoy from Indonesia", text=f"{opening}\n\n{LEDE}\n\n{SECOND}")
    assert article.text == f"{LEDE}\n{SECOND}"


def test_the_records_own_fields_win_over_the_header_in_its_text(tmp_path):
    text = "\n".join([HEADLINE, "By Nur Aisyah", "Kuala Lumpur, June 11, 2025", "", LEDE])
    article = _read(tmp_path, title="Envoy recalled", text=text, published="2025-06-12", authors=["Desk Editor"],
                    outlet="Straits Wire")
    assert article.text == LEDE
    assert (article.title, article.published, article.authors, article.outlet) == (
        "Envoy recalled", "2025-06-12", ["Desk Editor"], "Straits Wire")
    assert article.dateline == "Kuala Lumpur"  # the record has no field for it: the text's dateline is kept


def test_a_dateline_line_alone_above_the_body_is_header(tmp_path):
    article = _read(tmp_path, title=HEADLINE, text=f"Kuala Lumpur / June 12, 2025\n\n{LEDE}")
    assert (article.text, article.dateline, article.published) == (LEDE, "Kuala Lumpur", "2025-06-12")


def test_a_record_with_no_title_takes_the_headline_from_its_text(tmp_path):
    article = _read(tmp_path, text=f"{HEADLINE}\n\nBy Nur Aisyah\n\n{LEDE}")
    assert (article.title, article.authors, article.text) == (HEADLINE, ["Nur Aisyah"], LEDE)


@pytest.mark.parametrize("opening", [
    # Opens with the title's words but is a sentence of the story.
    "Malaysia recalls envoy from Indonesia after fishermen detained near Tawau, the ministry said on Thursday.",
    # A short line that neither repeats the title nor stands over a byline.
    "Fishermen held at sea",
])
def test_a_first_line_that_is_no_header_stays_in_the_body(tmp_path, opening):
    article = _read(tmp_path, title="Malaysia recalls envoy from Indonesia", text=f"{opening}\n\n{LEDE}")
    assert article.text == f"{opening}\n{LEDE}"
