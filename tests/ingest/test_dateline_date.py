"""A wire dateline's date ('NAIROBI, March 6, 2023 (Reuters) -') is the first publication date; an
"Updated" line never takes its place, and dates a dateline that gives no year."""

from __future__ import annotations

from newsledger.ingest import article_from_text

LEDE = "Kenyan President William Ruto met his Tanzanian counterpart in Arusha to discuss the border crossings."


def test_the_datelines_date_wins_over_an_updated_line():
    text = f"Ruto and Hassan agree to reopen border\n\nUpdated March 9, 2023\n\nNAIROBI, March 6, 2023 (Reuters) - {LEDE}"
    article = article_from_text("border.txt", text, [])
    assert (article.published, article.dateline) == ("2023-03-06", "Nairobi")
    assert article.text.startswith("Kenyan President") and "Updated" not in article.text


def test_a_dateline_without_a_year_takes_the_year_before_an_earlier_dated_update():
    text = f"Ruto and Hassan agree to reopen border\nUpdated 2 January 2023 14:02 GMT\nNAIROBI, Dec 30 (Reuters) - {LEDE}"
    assert article_from_text("border.txt", text, []).published == "2022-12-30"


def test_a_dateline_without_a_date_leaves_the_updated_date_as_the_only_one():
    text = f"Ruto and Hassan agree to reopen border\nUpdated March 9, 2023\nNAIROBI (Reuters) - {LEDE}"
    article = article_from_text("border.txt", text, [])
    assert article.published == "2023-03-09" and article.published_reason.startswith("updated date")
