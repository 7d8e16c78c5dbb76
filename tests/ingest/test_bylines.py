"""Bylines: a staff or desk credit names no author, and a byline part that is the outlet gives the outlet, in
HTML pages and in saved text; a generic credit never becomes a named forecaster."""

from __future__ import annotations

import pytest

from newsledger.forecasts.finder import forecaster_of
from newsledger.ingest.bylines import is_generic_byline, sort_byline
from newsledger.ingest.html import clean_html
from newsledger.ingest.text import clean_text

BODY = ("<p>ODESA - Dock workers walked off the job on Tuesday, halting grain shipments for a second day, "
        "the port authority said.</p><p>Union leaders said the strike would continue until wages were raised, "
        "and analysts said exports were likely to fall by a third this month.</p>"
        "<p>The port authority said talks with the union would resume on Thursday.</p>")


def page(byline: str, site_name: str | None) -> str:
    site = f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    return (f'<!doctype html><html><head><title>Port strike halts grain exports</title>{site}'
            f'<meta name="author" content="{byline}"></head><body><article><h1>Port strike halts grain exports</h1>'
            f'<p class="byline">By {byline}</p>{BODY}</article></body></html>')


@pytest.mark.parametrize("byline", ["Staff Writer, Harbour Post", "Harbour Post Staff", "Our Correspondent"])
def test_a_staff_credit_and_the_site_name_are_no_authors(byline):
    result = clean_html(page(byline, "Harbour Post"))
    assert (result.authors, result.outlet) == ([], "Harbour Post")


def test_a_person_beside_the_site_name_stays_the_one_author():
    result = clean_html(page("Oksana Melnyk; Harbour Post", "Harbour Post"))
    assert (result.authors, result.outlet) == (["Oksana Melnyk"], "Harbour Post")


def test_a_byline_part_named_like_an_outlet_is_the_outlet_when_the_page_gives_none():
    result = clean_html(page("Oksana Melnyk, Black Sea Herald", None))
    assert (result.authors, result.outlet) == (["Oksana Melnyk"], "Black Sea Herald")


TEXT = """Fishing fleet returns to Sinop

{byline}

SINOP - Fishing boats returned to the harbour on Wednesday after a storm kept them in port for a week, the coast guard said.

Fishermen said the catch had fallen by half since January.
"""


@pytest.mark.parametrize("byline, authors, outlet", [
    ("By Deniz Arslan / Black Sea Observer / April 3, 2024", ["Deniz Arslan"], "Black Sea Observer"),
    ("By Deniz Arslan, Coastal Times\nApril 3, 2024", ["Deniz Arslan"], "Coastal Times"),
    ("By Staff Reporter, Coastal Times\nApril 3, 2024", [], "Coastal Times"),
    ("By Agencies | April 3, 2024", [], None),
    ("By Deniz Arslan and Elif Kaya\nApril 3, 2024", ["Deniz Arslan", "Elif Kaya"], None),
])
def test_a_text_byline_gives_its_people_and_its_outlet(byline, authors, outlet):
    result = clean_text(TEXT.format(byline=byline))
    assert (result.authors, result.outlet, result.published) == (authors, outlet, "2024-04-03")
    assert result.body.startswith("Fishing boats returned")


def test_generic_credits_are_listed_in_any_case_and_people_are_not():
    assert all(is_generic_byline(name) for name in ["staff writer", "Special Correspondent", "Editorial Board",
                                                       "Wire Services", "AFP Staff", "Agencies"])
    assert not any(is_generic_byline(name) for name in ["Lena Staffield", "Maria Correa", "Board Smith"])
    assert sort_byline(["Tom Reed", "Metro Times"], "metro times") == (["Tom Reed"], "metro times")


def test_a_generic_byline_never_becomes_a_named_forecaster():
    assert forecaster_of(0, [], ["Staff Reporter", "Metro Times Staff"]) == (None, "author")
    assert forecaster_of(0, [], ["Staff Reporter", "Tom Reed"]) == (None, "Tom Reed")
