"""A cue line ("Read more:", "See also", "More from Asia") and the short headlines under it are a link list,
not the article: cut in text files and in HTML pages; a real paragraph after the list stays."""

from __future__ import annotations

import pytest

from newsledger.ingest.html import clean_html
from newsledger.ingest.text import clean_text

HEADER = ["Fishing fleet stays in port as anchovy season is delayed", "", "By Rosa Quispe", "Lima, May 6, 2025", ""]
LEDE = ("Fishermen in Chimbote stayed in port on Monday after the production ministry delayed the opening of "
        "the anchovy season by two weeks, officials said.")
SECOND = "The fishing association said its members would lose millions of soles if the delay lasted beyond the end of the month."
LINKED = ["Copper exports fall for a third month", "Lima hosts Pacific trade talks as tariffs loom",
          "Why the sol keeps gaining against the dollar"]


def _text(*tail: str) -> str:
    return "\n".join([*HEADER, LEDE, "", SECOND, "", *tail]) + "\n"


@pytest.mark.parametrize("cue", ["Read more:", "READ MORE", "Related:", "Related stories", "More on this story",
                                 "See also", "see also:", "Also read:", "Recommended", "More from Latin America",
                                 "Most read:"])
def test_a_cue_and_the_headlines_under_it_at_the_end_are_cut(cue):
    assert clean_text(_text(cue, *LINKED)).body == f"{LEDE}\n{SECOND}"


def test_a_list_after_a_photo_credit_is_cut_and_the_header_still_read():
    cleaned = clean_text(_text("Photo: Andes Wire/Luis Torres", "", "Read more:", *LINKED[:2]))
    assert cleaned.body == f"{LEDE}\n{SECOND}"
    assert (cleaned.authors, cleaned.published, cleaned.dateline) == (["Rosa Quispe"], "2025-05-06", "Lima")


def test_the_list_ends_at_the_next_paragraph_which_stays():
    closing = "Port authorities said the fleet would be allowed to sail again as soon as the ministry lifts the ban."
    assert clean_text(_text("See also", *LINKED[:2], "", closing)).body == f"{LEDE}\n{SECOND}\n{closing}"


@pytest.mark.parametrize("paragraph", [
    # Longer than a headline, though it lacks a final period.
    "Fishermen from Paita to Ilo say the delay is the third in four years and that the ministry never explains its surveys",
    # A lower-case line carries on a sentence; it is no headline.
    "and the ministry said it would publish its survey of juvenile fish stocks next week",
])
def test_a_line_that_is_no_headline_ends_the_list_and_stays(paragraph):
    assert clean_text(_text("Read more:", LINKED[0], paragraph)).body == f"{LEDE}\n{SECOND}\n{paragraph}"


@pytest.mark.parametrize("tail", [
    "<p>Read more:</p>" + "".join(f"<p>{h}</p>" for h in LINKED),
    "<h3>See also</h3><ul>" + "".join(f"<li><a href='/s/{n}'>{h}</a></li>" for n, h in enumerate(LINKED)) + "</ul>",
    "<p><strong>Related stories</strong></p>" + "".join(f"<p><a href='/s/{n}'>{h}</a></p>" for n, h in enumerate(LINKED)),
])
def test_a_link_list_the_html_extractor_keeps_is_cut(tail):
    page = (f"<html><head><title>{HEADER[0]}</title></head><body><article><h1>{HEADER[0]}</h1>"
            f"<p>{LEDE}</p><p>{SECOND}</p>{tail}</article></body></html>")
    assert clean_html(page).body == f"{LEDE}\n{SECOND}"
