"""Header lines are read for what they are: a byline, a name or a dateline opening a text is never its
headline; one word after a byline's comma is a place only when it is a known city; a section label after a
title's bar ("| Video") is no site name; and a section's staff ("Sports Staff") names no outlet."""

from __future__ import annotations

import json

import pytest

from newsledger.ingest import read_path
from newsledger.ingest.bylines import staff_outlet
from newsledger.ingest.html import clean_html
from newsledger.ingest.text import clean_text, read_byline_line, split_byline, split_site_name

HEADLINE = "Fishing fleet returns to Tromso after storm warning is lifted"
LEDE = ("The coastal fishing fleet returned to port on Wednesday after the meteorological institute lifted a "
        "storm warning that had kept more than forty boats at anchor for three days, the harbour master said.")


def _text(*header: str) -> str:
    return "\n".join([*header, "", LEDE]) + "\n"


# 2. A text whose title is known (a JSON Lines record's field) opening with its byline or dateline.

@pytest.mark.parametrize("header,authors", [
    (["By Marta Kowalski", "May 14, 2025"], ["Marta Kowalski"]),
    (["Marta Kowalski", "14 May 2025"], ["Marta Kowalski"]),
    (["MARTA KOWALSKI", "2025-05-14"], ["Marta Kowalski"]),
    (["By MARTA KOWALSKI", "Wednesday, May 14, 2025"], ["Marta Kowalski"]),
])
def test_a_byline_opening_a_text_with_a_known_title_gives_its_authors(header, authors):
    cleaned = clean_text(_text(*header), title="Fleet returns")
    assert (cleaned.authors, cleaned.published, cleaned.body) == (authors, "2025-05-14", LEDE)


def test_names_over_an_outlet_opening_a_text_give_the_authors_and_the_outlet():
    cleaned = clean_text(_text("Marta Kowalski and Tomas Berg", "Nordic Courier"), title="Fleet returns")
    assert (cleaned.authors, cleaned.outlet, cleaned.body) == (["Marta Kowalski", "Tomas Berg"], "Nordic Courier", LEDE)


@pytest.mark.parametrize("place", ["Tromso, Norway", "Galveston, Texas", "Oslo"])
def test_a_dateline_opening_a_text_with_a_known_title_is_its_place(place):
    cleaned = clean_text(_text(place, "May 14, 2025"), title="Fleet returns")
    assert (cleaned.dateline, cleaned.published, cleaned.body) == (place, "2025-05-14", LEDE)


def test_a_json_lines_record_keeps_the_author_of_the_byline_opening_its_text(tmp_path):
    path = tmp_path / "fleet.jsonl"
    path.write_text(json.dumps({"title": "Fleet returns", "text": _text("By Marta Kowalski", "May 14, 2025")}) + "\n",
                    encoding="utf-8")
    [article] = read_path(str(path))
    assert (article.title, article.authors, article.text) == ("Fleet returns", ["Marta Kowalski"], LEDE)


def test_a_byline_under_a_dropped_live_headline_is_the_author_not_the_title():
    cleaned = clean_text(_text("Live: Fleet Returns To Port | What We Know So Far", "By Marta Kowalski"))
    assert (cleaned.title, cleaned.authors, cleaned.body) == (None, ["Marta Kowalski"], LEDE)


# 3. One word after a byline's comma.

@pytest.mark.parametrize("word", ["Politico", "Axios", "Jr", "PhD", "Columnist", "Contributor", "Opinion", "Monday",
                                  "Updated"])
def test_a_single_word_after_a_bylines_comma_is_no_place_unless_a_known_city(word):
    assert split_byline(f"By Marta Kowalski, {word}") == (["Marta Kowalski"], None)
    cleaned = clean_text(_text(HEADLINE, f"By Marta Kowalski, {word}"))
    assert (cleaned.authors, cleaned.dateline, cleaned.body) == (["Marta Kowalski"], None, LEDE)


def test_an_outlet_after_a_bylines_comma_is_neither_dateline_nor_author():
    found = read_byline_line("By Marta Kowalski, Politico")
    assert (found.authors, found.dateline, found.outlet) == (["Marta Kowalski"], None, None)


# 4. A section label after a title's bar.

@pytest.mark.parametrize("suffix", ["Video", "Opinion", "Analysis", "Full Text", "Photos", "Podcast", "Explainer",
                                    "Live Updates", "What We Know So Far"])
def test_a_section_label_after_a_bar_is_no_site_name_even_after_the_pages_headline(suffix):
    title = f"{HEADLINE} | {suffix}"
    assert split_site_name(title) == (title, None)
    assert split_site_name(title, headline=HEADLINE) == (title, None)


@pytest.mark.parametrize("suffix", ["Farmers Count Their Losses", "Skippers Blame Forecasters"])
def test_capitalised_words_after_a_bar_that_name_no_outlet_are_no_site_name(suffix):
    title = f"{HEADLINE} | {suffix}"
    assert split_site_name(title) == (title, None)


def test_a_first_line_ending_in_a_section_label_gives_no_outlet():
    cleaned = clean_text(_text(f"{HEADLINE} | Analysis", "By Marta Kowalski"))
    assert (cleaned.title, cleaned.outlet, cleaned.authors) == (f"{HEADLINE} | Analysis", None, ["Marta Kowalski"])


def test_a_pages_title_ending_in_a_section_label_after_its_headline_gives_no_outlet():
    page = (f"<html><head><title>{HEADLINE} | Video</title></head><body><article><h1>{HEADLINE}</h1>"
            "<p class='byline'>By Marta Kowalski</p>"
            f"<p>{LEDE}</p>"
            "<p>Skippers said the delay had cost them the best week of the spring cod season off the northern coast.</p>"
            "</article></body></html>")
    cleaned = clean_html(page)
    assert (cleaned.title, cleaned.outlet) == (HEADLINE, None)


# 5. A section's staff credit.

@pytest.mark.parametrize("section", ["Sports", "Editorial", "Business", "Newsroom", "Metro", "Digital"])
def test_a_sections_staff_names_no_outlet_and_no_author(section):
    assert staff_outlet(f"{section} Staff") is None
    found = read_byline_line(f"By {section} Staff")
    assert (found.authors, found.outlet) == ([], None)
    cleaned = clean_text(_text(HEADLINE, f"{section} Staff", "May 14, 2025"))
    assert (cleaned.authors, cleaned.outlet, cleaned.published, cleaned.body) == ([], None, "2025-05-14", LEDE)


@pytest.mark.parametrize("byline, author, place", [
    ("By Idrissa Kone Bamako", "Idrissa Kone", "Bamako"),
    ("By Leyla Aliyeva Pristina", "Leyla Aliyeva", "Pristina"),
    ("By Tomas Reyes Tegucigalpa", "Tomas Reyes", "Tegucigalpa"),
])
def test_a_capital_after_a_bylines_name_is_its_place(byline, author, place):
    assert split_byline(byline) == ([author], place)


def test_a_capital_that_is_also_a_surname_stays_in_the_name():
    assert split_byline("By Paul Kingston") == (["Paul Kingston"], None)
