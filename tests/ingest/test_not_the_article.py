"""Issue 12, point 4: link lists, teasers, metadata, credits, disclaimers and "Updated" lines are not the
article; bylines and datelines are read however the header is laid out. One test per kind of boilerplate.yaml."""

from __future__ import annotations

import pytest

from newsledger.ingest import Article, article_from_text
from newsledger.ingest.text import clean_text, find_date

LEDE = ("Dock workers in Mombasa returned to work on Wednesday after the union accepted a new wage offer "
        "from the port authority, ending a nine-day strike.")
SECOND = "The union's secretary general said members would watch closely whether the promised raises appear in April pay slips."
HEADLINES = ["Floods cut off three villages in the north", "Central bank holds rates for a fourth month",
             "Striker signs two-year deal with city club", "Why fuel prices keep climbing",
             "Opposition leader calls for early vote"]


def _page(*middle: str, after: tuple[str, ...] = ()) -> str:
    return "\n".join(["Ports reopen after strike ends", "By Lena Okafor", "March 14, 2024", LEDE, *middle, SECOND, *after]) + "\n"


@pytest.mark.parametrize("heading", ["Most read", "MOST VIEWED", "Latest news", "Related stories", "Read more", "More from Africa"])
def test_a_link_list_after_the_article_is_cut_with_its_headlines(heading):
    cleaned = clean_text(_page(after=(heading, *HEADLINES)))
    assert cleaned.body == f"{LEDE}\n{SECOND}"


def test_a_link_list_inside_the_body_ends_at_the_next_paragraph():
    cleaned = clean_text(_page("Related", HEADLINES[0], "2 hours ago", HEADLINES[1]))
    assert cleaned.body == f"{LEDE}\n{SECOND}"


def test_a_link_list_above_the_article_leaves_its_headline_and_byline():
    cleaned = clean_text("\n".join(["Latest news", *HEADLINES[:3], "Ports reopen after strike ends", "By Lena Okafor",
                                    "March 14, 2024", LEDE]))
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("Ports reopen after strike ends", ["Lena Okafor"], "2024-03-14")
    assert cleaned.body == LEDE


@pytest.mark.parametrize("teaser", ["Related: Kenya and Uganda agree rail link timetable", "READ MORE: How the port strike began",
                                    "See also - Ferry operators raise fares", "Also read How the port strike began"])
def test_a_teaser_for_another_article_inside_the_body_is_cut(teaser):
    assert clean_text(_page(teaser)).body == f"{LEDE}\n{SECOND}"


@pytest.mark.parametrize("metadata", [
    '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-03-14"}',
    '"author": "Lena Okafor",',
    '"wordCount": 412,',
    "},",
])
def test_json_metadata_lines_are_cut(metadata):
    assert clean_text(_page(metadata)).body == f"{LEDE}\n{SECOND}"


@pytest.mark.parametrize("credit", [
    "Reporting by Amina Yusuf in Mombasa; additional reporting by Peter Mwangi in Nairobi; Editing by Clara Holt",
    "Writing by J. Otieno; editing by Mark Dunn.",
    "Associated Press writer Tom Reyes in Dar es Salaam contributed to this report.",
    "Ruth Kamau contributed reporting from Nairobi.",
    "Photo: Samuel Njoroge / Reuters",
    "Photo by Samuel Njoroge/Getty Images",
    "REUTERS/Samuel Njoroge",
])
def test_credit_lines_are_cut_and_give_no_authors(credit):
    cleaned = clean_text(_page(after=(credit,)))
    assert cleaned.body == f"{LEDE}\n{SECOND}"
    assert cleaned.authors == ["Lena Okafor"]


def test_a_photo_credit_inside_a_paragraph_is_cut_out():
    paragraph = ("The port handled a record tonnage last year, and the authority says the strike cost shippers more than "
                 "two million dollars a day as vessels waited at anchor off the coast for berths to open again.")
    cleaned = clean_text(_page(after=(paragraph + " (Photo: C. Odhiambo/Coastal Agency)",)))
    assert cleaned.body.endswith(paragraph)


def test_a_sentence_about_reporting_is_not_a_credit_line():
    sentence = "Reporting by local media that the port would be sold to a foreign operator angered the union, which called a strike."
    assert sentence in clean_text(_page(sentence)).body


@pytest.mark.parametrize("disclaimer", [
    "We use cookies to give you the best experience on our website.",
    "By continuing to use this site you agree to our use of cookies.",
    "Comments are moderated and will appear after approval.",
    "Please read our community guidelines before posting.",
    "Comments that include profanity or personal attacks will be removed.",
    "The views expressed in this article are the author's own and do not reflect the editorial policy of the Coast Times.",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "Published 3 hours ago",
])
def test_cookie_comment_and_opinion_disclaimers_are_cut(disclaimer):
    assert clean_text(_page(after=(disclaimer,))).body == f"{LEDE}\n{SECOND}"


@pytest.mark.parametrize("header", [
    ["Updated: March 15, 2024 10:15 GMT", "Published March 14, 2024"],
    ["Published March 14, 2024", "Last updated on 15 March 2024"],
    ["Published March 14, 2024 | Updated March 15, 2024"],
    ["Updated 15/03/2024 08:02 | Published 14/03/2024 17:40"],
])
def test_an_updated_date_never_replaces_the_first_publication_date(header):
    cleaned = clean_text("\n".join(["Ports reopen after strike ends", *header, LEDE, SECOND]))
    assert cleaned.published == "2024-03-14"
    assert cleaned.body == f"{LEDE}\n{SECOND}"


def test_an_updated_line_in_the_body_is_cut():
    assert clean_text(_page("Updated 2 hours ago")).body == f"{LEDE}\n{SECOND}"


def test_an_updated_date_is_the_publication_date_only_when_the_page_gives_no_other():
    article = article_from_text("port.txt", "\n".join(["Ports reopen after strike ends", "Updated: March 15, 2024", LEDE, SECOND]), [])
    assert isinstance(article, Article)
    assert article.published == "2024-03-15"
    assert article.published_reason.startswith("updated date")


def test_a_parenthesised_outlet_agency_and_date_line_is_read_not_kept():
    cleaned = clean_text("\n".join(["Flood relief reaches the delta", "(Delta Courier / AFP - 08th September, 2019)",
                                    "Aid convoys reached the flooded villages of the southern delta on Sunday, the relief agency said, after roads reopened."]))
    assert (cleaned.title, cleaned.outlet, cleaned.published) == ("Flood relief reaches the delta", "Delta Courier", "2019-09-08")
    assert cleaned.body.startswith("Aid convoys reached")


def test_the_same_fields_opening_the_first_paragraph_are_read_and_cut():
    cleaned = clean_text("Flood relief reaches the delta\n(Delta Courier / AFP - 08th September, 2019) Aid convoys reached "
                         "the flooded villages of the southern delta on Sunday, the relief agency said.")
    assert (cleaned.outlet, cleaned.published) == ("Delta Courier", "2019-09-08")
    assert cleaned.body.startswith("Aid convoys reached")


def test_a_place_bar_date_and_time_line_above_the_title_is_a_dateline():
    cleaned = clean_text("\n".join(["Barcelona | 27/11/2017 01:57", "Catalan parties start their campaign",
                                    "The parties that back independence began their campaign on Sunday ahead of the regional election, their leaders said."]))
    assert (cleaned.title, cleaned.dateline, cleaned.published) == ("Catalan parties start their campaign", "Barcelona", "2017-11-27")
    assert cleaned.body.startswith("The parties that back independence")


def test_byline_fields_give_author_agency_and_place():
    cleaned = clean_text("\n".join(["Catalan parties start their campaign", "By Marta Puig | Reuters | Barcelona | 27/11/2017",
                                    "The parties that back independence began their campaign on Sunday ahead of the regional election, their leaders said."]))
    assert (cleaned.authors, cleaned.outlet, cleaned.dateline, cleaned.published) == (["Marta Puig"], "Reuters", "Barcelona", "2017-11-27")


@pytest.mark.parametrize("written,iso", [("27/11/2017", "2017-11-27"), ("11/27/2017", "2017-11-27"), ("03/04/2017", "2017-04-03")])
def test_slashed_dates_read_day_first_unless_that_is_no_date(written, iso):
    assert find_date(written) == iso


def test_headers_without_blank_lines_do_not_merge_into_a_wrapped_title():
    text = ("JAPAN TRADE SURPLUS WITH U.S. RISES\n"
            "By Ann Lee\n"
            "March 3, 1987\n"
            "Japan's trade surplus with the United States rose in February\n"
            "to 5.1 billion dlrs from 4.6 billion in January, the finance\n"
            "ministry said, adding that exports of cars and electronics grew.\n")
    cleaned = clean_text(text)
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("JAPAN TRADE SURPLUS WITH U.S. RISES", ["Ann Lee"], "1987-03-03")
    assert cleaned.body.startswith("Japan's trade surplus with the United States rose in February to 5.1 billion")


def test_headers_without_blank_lines_above_long_paragraphs_stay_apart():
    cleaned = clean_text("\n".join(["Ports reopen after strike ends", "Updated: March 15, 2024 10:15 GMT", "By Lena Okafor",
                                    "March 14, 2024", LEDE]))
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("Ports reopen after strike ends", ["Lena Okafor"], "2024-03-14")
    assert cleaned.body == LEDE


def test_question_headlines_in_a_link_list_are_cut_too():
    questions = ["Will the new wage deal hold through the next harvest season?", "Who pays for the nine days the port stood still?"]
    assert clean_text(_page(after=("Most read", *questions, *HEADLINES[:2]))).body == f"{LEDE}\n{SECOND}"


def test_a_paragraph_printed_twice_is_kept_once():
    quote = '"We will not accept another delay," the union\'s secretary general told reporters outside the port gates.'
    cleaned = clean_text(_page(quote, after=(quote,)))
    assert cleaned.body == f"{LEDE}\n{quote}\n{SECOND}"


def test_a_short_dated_sentence_opening_an_untitled_text_stays_in_the_body():
    opening = "On March 3, 2024 the two ministers met in Arusha."
    cleaned = clean_text(f"{opening}\n{LEDE}")
    assert cleaned.body.startswith(opening)


def test_a_link_list_heading_right_above_the_byline_is_cut_alone():
    cleaned = clean_text("\n".join(["Ports reopen after strike ends", "Latest news", "By Lena Okafor", "March 14, 2024", LEDE]))
    assert (cleaned.title, cleaned.authors, cleaned.published) == ("Ports reopen after strike ends", ["Lena Okafor"], "2024-03-14")
    assert cleaned.body == LEDE


def test_an_agency_named_in_the_byline_is_the_outlet_not_an_author():
    cleaned = clean_text("\n".join(["Ports reopen after strike ends", "By Lena Okafor and Paul Mutua, Associated Press", LEDE]))
    assert (cleaned.authors, cleaned.outlet) == (["Lena Okafor", "Paul Mutua"], "Associated Press")
