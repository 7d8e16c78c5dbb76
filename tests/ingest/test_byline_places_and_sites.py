"""Header lines that name a place, an outlet's staff or the site rather than a person or the headline:
"By Ana Ruiz, Cusco" (the place is the dateline), "Andes Wire staff" (the outlet, no author) and
"Headline - Strait Times Online" (the headline, and the site as the outlet)."""

from __future__ import annotations

import pytest

from newsledger.ingest.html import clean_html
from newsledger.ingest.text import clean_text, split_site_name

HEADLINE = "Peru and Bolivia reopen border crossing at Desaguadero"
LEDE = ("Peru and Bolivia reopened the Desaguadero border crossing on Tuesday after a two-week closure that left "
        "hundreds of trucks stranded on both sides, officials said.")


def _text(*header: str) -> str:
    return "\n".join([*header, "", LEDE]) + "\n"


@pytest.mark.parametrize("byline,authors,place", [
    ("By Chen Wei-ling, Taipei", ["Chen Wei-ling"], "Taipei"),  # a city of the list
    ("By Ana Ruiz, Cusco", ["Ana Ruiz"], "Cusco"),
    ("By Ana Ruiz and Jorge Paz, Arequipa", ["Ana Ruiz", "Jorge Paz"], "Arequipa"),
    ("By Ana Ruiz, Jorge Paz", ["Ana Ruiz", "Jorge Paz"], None),  # a second name, not a place
    ("By Ana Ruiz, Correspondent", ["Ana Ruiz"], None),  # a role, not a place
    ("By Ana Ruiz, Editor", ["Ana Ruiz"], None),
    ("By Ana Ruiz, Huancayo", ["Ana Ruiz"], None),  # one word, but no city of the list: not taken for a place
])
def test_a_place_after_the_name_is_the_dateline_not_an_author(byline, authors, place):
    cleaned = clean_text(_text(HEADLINE, "", byline))
    assert (cleaned.authors, cleaned.dateline, cleaned.body) == (authors, place, LEDE)


def test_an_agency_after_the_name_stays_the_outlet():
    cleaned = clean_text(_text(HEADLINE, "", "By Ana Ruiz, Reuters"))
    assert (cleaned.authors, cleaned.outlet, cleaned.dateline) == (["Ana Ruiz"], "Reuters", None)


@pytest.mark.parametrize("header", [
    ["Andes Wire staff / April 8, 2025"],
    ["Andes Wire staff", "April 8, 2025"],
    ["By Andes Wire Staff", "8 April 2025"],
    ["Andes Wire staff | Lima | 08/04/2025"],
])
def test_a_staff_credit_gives_the_outlet_no_author_and_its_date(header):
    cleaned = clean_text(_text(HEADLINE, "", *header))
    assert (cleaned.title, cleaned.authors, cleaned.outlet, cleaned.published) == (HEADLINE, [], "Andes Wire", "2025-04-08")
    assert cleaned.body == LEDE


@pytest.mark.parametrize("credit,outlet", [("AP staff", "AP"), ("Reuters Staff", "Reuters"), ("Our staff", None),
                                          ("CNN Wire staff", "CNN Wire"), ("The Harbour Times staff", "The Harbour Times")])
def test_the_outlet_of_a_staff_credit_is_as_written(credit, outlet):
    cleaned = clean_text(_text(HEADLINE, credit, "April 8, 2025"))
    assert (cleaned.authors, cleaned.outlet, cleaned.body) == ([], outlet, LEDE)


@pytest.mark.parametrize("first_line,site", [
    (f"{HEADLINE} - Strait Times Online", "Strait Times Online"),
    (f"{HEADLINE} | Altiplano Voice", "Altiplano Voice"),
    (f"{HEADLINE} | The Voice of the Andes", "The Voice of the Andes"),
    (f"{HEADLINE} - Puno-Altiplano Monitor", "Puno-Altiplano Monitor"),
    (f"{HEADLINE} – andeswire.example.com", "andeswire.example.com"),
    (f"{HEADLINE} - Reuters", "Reuters"),
])
def test_a_site_name_ending_the_first_line_is_the_outlet_and_not_the_title(first_line, site):
    cleaned = clean_text(_text(first_line, "By Ana Ruiz"))
    assert (cleaned.title, cleaned.outlet, cleaned.authors) == (HEADLINE, site, ["Ana Ruiz"])


@pytest.mark.parametrize("title", [
    "Border talks resume in Lima - what comes next",  # a dash inside the headline
    "Border talks resume in Lima - Morales Responds",  # capitalised, but no outlet's name after a dash
    "Opinion | Why the border closure failed",  # a section label before the bar
    "Talks | Lima Hosts Border Negotiators From Peru And Bolivia Today",  # too long for a site name
])
def test_a_headline_with_a_dash_or_bar_that_ends_in_no_site_name_is_left_whole(title):
    assert split_site_name(title) == (title, None)


def test_a_pages_title_ending_in_its_site_name_gives_the_outlet_and_the_byline_place_the_dateline():
    page = (f"<html><head><title>{HEADLINE} - Altiplano Online</title></head><body><article><h1>{HEADLINE}</h1>"
            "<p class='byline'>By Ana Ruiz, Cusco</p>"
            f"<p>{LEDE}</p>"
            "<p>Truck drivers said they had waited for up to twelve days without food or shelter near the bridge.</p>"
            "</article></body></html>")
    cleaned = clean_html(page)
    assert (cleaned.title, cleaned.outlet) == (HEADLINE, "Altiplano Online")
    assert (cleaned.authors, cleaned.dateline) == (["Ana Ruiz"], "Cusco")


def test_a_title_suffix_equal_to_the_pages_headline_is_a_site_name_whatever_its_words():
    assert split_site_name(f"{HEADLINE} - Puno Hoy", headline=HEADLINE) == (HEADLINE, "Puno Hoy")
    assert split_site_name(f"{HEADLINE} - Puno Hoy") == (f"{HEADLINE} - Puno Hoy", None)
