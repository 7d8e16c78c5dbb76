"""Header lines of saved pages: a menu line is no title, and a byline line of "|"-separated fields
gives its author and dates, in text and in HTML."""

from __future__ import annotations

import pytest

from newsledger.ingest import Article, article_from_text
from newsledger.ingest.html import clean_html
from newsledger.ingest.text import clean_text, is_menu_line, matches

LEAD = ("Kenya and Tanzania agreed on Thursday to remove fees at their shared border posts, the two trade "
        "ministries said in a joint statement.")
SECOND = "The ministers met in Arusha and said the change would take effect in January."


@pytest.mark.parametrize("menu", [
    "Home | News | Africa | Business | Opinion",
    "News • Africa • East Africa • Markets",
    "Front page · World · Trade",
    "Home / World / Africa",
    "Home > World > Africa",
])
def test_a_menu_line_above_the_headline_is_skipped_and_the_header_under_it_is_read(menu):
    page = (f"{menu}\nKenya and Tanzania scrap border fees\n\nUpdated: 09:40 GMT, May 17, 2024\n\n"
            f"By Amina Otieno\nNairobi / May 16, 2024\n\nShare on Facebook Share on X Email\n\n{LEAD}\n{SECOND}\n")
    cleaned = clean_text(page)
    assert cleaned.title == "Kenya and Tanzania scrap border fees"
    assert cleaned.authors == ["Amina Otieno"]
    assert cleaned.dateline == "Nairobi"
    assert cleaned.published == "2024-05-16" and cleaned.updated == "2024-05-17"
    assert cleaned.body == f"{LEAD}\n{SECOND}"


def test_a_menu_line_between_the_headline_and_the_byline_is_skipped():
    page = f"Kenya and Tanzania scrap border fees\nHome | World | Africa\nBy Amina Otieno\n\n{LEAD}\n{SECOND}\n"
    cleaned = clean_text(page)
    assert (cleaned.title, cleaned.authors) == ("Kenya and Tanzania scrap border fees", ["Amina Otieno"])
    assert cleaned.body.startswith("Kenya and Tanzania agreed")


@pytest.mark.parametrize("line", ["By Ann Lee | Reuters | Barcelona", "Lima | AFP | 12 March 2024",
                                  "Israel / Gaza", "Analysis | Why the border talks failed again"])
def test_header_fields_and_short_headlines_are_no_menu(line):
    assert not is_menu_line(line)


@pytest.mark.parametrize("byline, published, updated", [
    ("By Ana Souza | Published: 4 March 2024 | Updated: 5 March 2024, 10:20 BRT", "2024-03-04", "2024-03-05"),
    ("By Ana Souza · Published March 4, 2024 at 8:05 am · Last updated March 5, 2024 at 10:20 am", "2024-03-04",
     "2024-03-05"),
])
def test_a_byline_line_of_separated_fields_gives_the_author_and_both_dates(byline, published, updated):
    cleaned = clean_text(f"Brazil and Argentina sign gas deal\n\n{byline}\n\n{LEAD}\n{SECOND}\n")
    assert cleaned.authors == ["Ana Souza"]
    assert (cleaned.published, cleaned.updated) == (published, updated)
    assert cleaned.body.startswith("Kenya and Tanzania agreed")


def test_a_text_article_with_a_menu_line_is_dated_by_its_byline_not_its_update():
    page = f"Home | World | Africa | Opinion\nKenya and Tanzania scrap border fees\nUpdated May 18, 2024\n" \
           f"By Amina Otieno\nNairobi / May 16, 2024\n\n{LEAD}\n{SECOND}\n"
    article = article_from_text("saved-page.txt", page, [])
    assert isinstance(article, Article), article
    assert article.title == "Kenya and Tanzania scrap border fees" and article.authors == ["Amina Otieno"]
    assert article.published == "2024-05-16" and article.published_reason == "byline or page metadata"
    assert "scrap border fees" not in article.text


def test_an_html_byline_paragraph_left_out_of_the_text_still_gives_the_author():
    paragraphs = "".join(f"<p>{p}</p>" for p in [f"NAIROBI - {LEAD}", SECOND,
                                                  "Traders said queues at the Namanga crossing had grown for months.",
                                                  "Officials said the fees had raised little revenue."])
    page = ("<!DOCTYPE html><html lang='en'><head><title>Kenya and Tanzania scrap border fees | Lake Review</title>"
            "</head><body><header><a href='/'>Lake Review</a></header><main><article>"
            "<h1>Kenya and Tanzania scrap border fees</h1>"
            "<p class='meta'>By Amina Otieno | Published: May 16, 2024 | Updated: May 17, 2024 09:40 EAT</p>"
            f"{paragraphs}</article></main><footer>&copy; 2024 Lake Review</footer></body></html>")
    cleaned = clean_html(page)
    assert cleaned.authors == ["Amina Otieno"]
    assert cleaned.published == "2024-05-16"
    assert "Amina" not in cleaned.body


@pytest.mark.parametrize("line", ["Share on Facebook Share on X Email", "Share this story: WhatsApp | Telegram",
                                  "share via e-mail"])
def test_a_share_widget_line_is_dropped(line):
    assert matches("drop", line)
    assert not matches("drop", "Shares in Facebook fell by a tenth on Monday.")
