"""A page's visible headline that differs from its metadata title (a story updated after og:title was
written) is the article's title, never the first paragraph of its body; the dateline under it is read."""

from __future__ import annotations

import pytest

from newsledger.ingest.html import clean_html

STORY = ("<p>NAIROBI, Feb 8 (Rift Daily) - Kenyan President William Ruto will travel to Addis Ababa on Friday "
         "for talks with Prime Minister Abiy Ahmed on the Nile dam, his office said on Thursday.</p>"
         "<p>The two leaders are expected to sign a trade agreement, officials said.</p>"
         "<p>Ruto last visited Ethiopia in 2023, when the two countries agreed to build a road link.</p>")


def page(title: str, h1: str, og_title: str) -> str:
    return (f'<!doctype html><html><head><title>{title}</title><meta property="og:title" content="{og_title}">'
            '<meta property="og:site_name" content="Rift Daily"><meta property="article:published_time" content="2024-02-08">'
            f'</head><body><article><h1>{h1}</h1>{STORY}</article></body></html>')


@pytest.mark.parametrize("title", ["UPDATED: Ruto lands in Addis Ababa Friday", "UPDATED: Ruto lands in Addis Ababa Friday | Rift Daily",
                                   "Rift Daily"])
def test_the_visible_headline_is_the_title_and_not_the_body(title):
    result = clean_html(page(title, "UPDATED: Ruto lands in Addis Ababa Friday", "Ruto to visit Ethiopia for talks on dam"))
    assert result.title == "UPDATED: Ruto lands in Addis Ababa Friday"
    assert "UPDATED" not in result.body and "lands in" not in result.body
    assert result.body.startswith("Kenyan President William Ruto will travel")
    assert result.dateline == "Nairobi"


def test_a_headline_the_metadata_agrees_with_stays_the_title():
    headline = "Ruto to visit Ethiopia for talks on dam"
    result = clean_html(page(headline, headline, headline))
    assert result.title == headline and result.body.startswith("Kenyan President")
