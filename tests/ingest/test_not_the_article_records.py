"""Issue 12's cases, through the whole pipeline: a page's link list and its credit lines give no records."""

from __future__ import annotations

from newsledger.ingest import Article, article_from_text
from newsledger.pipeline import analyse_batch

BODY = [
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday to discuss "
    "the border crossing at Namanga, which has been closed to lorries since January.",
    '"We agreed that trade must flow again," Ruto told reporters after the talks.',
]
HEADLINES = [
    "Ugandan army shells rebel camps near Congo border",
    "Somalia expels Ethiopian ambassador over port deal",
    "Sudan's army chief meets Egyptian president in Cairo",
    "Rwanda accuses Burundi of sheltering armed group",
    "Nigeria's central bank raises rates again",
]
CREDITS = [
    "Reporting by Amina Yusuf in Arusha; additional reporting by Peter Mwangi in Nairobi; Editing by Clara Holt",
    "(Photo: Chris Odhiambo/Lakeside Agency)",
    "Joseph Kamau contributed to this report.",
]
CREDITED = ("Yusuf", "Mwangi", "Holt", "Odhiambo", "Kamau", "Lakeside")


def test_headlines_under_most_read_and_credit_lines_give_no_records():
    page = "\n".join(["Kenya and Tanzania agree to reopen border crossing", *BODY, *CREDITS, "Most read", *HEADLINES]) + "\n"
    article = article_from_text("arusha.txt", page, [], published="2024-03-11")
    assert isinstance(article, Article), article
    article.language = "en"  # a short test text: the language guess is not what this test is about
    assert article.text == "\n".join(BODY)

    analysis = next(analyse_batch([article]))
    assert analysis.events and analysis.quotes  # the article itself is read
    names = [a.name for a in analysis.actors.values()] + [m.text for m in analysis.mentions]
    assert not any(credited in name for name in names for credited in CREDITED)
    assert not any(place in name for name in names for place in ("Uganda", "Somalia", "Sudan", "Rwanda", "Nigeria"))
