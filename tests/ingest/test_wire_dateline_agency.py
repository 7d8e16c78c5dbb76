"""A wire dateline gives the place, the filing date and, when its parenthesis names a news agency, the
outlet: on a line of its own as well as before the first paragraph's text. Texts written for these tests."""

from __future__ import annotations

import pytest

from newsledger.ingest.text import clean_text

BODY = "The two governments agreed on Monday to reopen the border crossing that was closed in the spring."


@pytest.mark.parametrize("dateline, place, outlet, published", [
    ("LIMA, April 8, 2025 (Reuters) -", "Lima", "Reuters", "2025-04-08"),
    ("HANOI, Oct. 3, 2024 (AP) —", "Hanoi", "AP", "2024-10-03"),
    ("TOKYO, March 5, 2026 (Kyodo) -", "Tokyo", "Kyodo", "2026-03-05"),
    ("ACCRA, June 2, 2025 -", "Accra", None, "2025-06-02"),
])
def test_a_dateline_on_a_line_of_its_own_gives_place_date_and_agency(dateline, place, outlet, published):
    text = f"Border to reopen after talks\n\nBy Ana Ruiz\n\n{dateline}\n\n{BODY}"
    cleaned = clean_text(text)
    assert (cleaned.dateline, cleaned.outlet, cleaned.published) == (place, outlet, published)
    assert cleaned.authors == ["Ana Ruiz"] and cleaned.body == BODY


def test_a_dateline_before_the_text_gives_its_agency_as_the_outlet():
    cleaned = clean_text(f"Border to reopen after talks\n\nNAIROBI, March 6, 2023 (Reuters) - {BODY}")
    assert (cleaned.dateline, cleaned.outlet, cleaned.published) == ("Nairobi", "Reuters", "2023-03-06")
    assert cleaned.body == BODY


def test_a_parenthesis_that_names_no_agency_gives_no_outlet():
    cleaned = clean_text(f"Border to reopen after talks\n\nQUITO, May 4, 2025 (Updated) - {BODY}")
    assert cleaned.dateline == "Quito" and cleaned.outlet is None


def test_an_outlet_the_header_names_wins_over_the_datelines_agency():
    cleaned = clean_text(f"Border to reopen after talks\n\nBy Ana Ruiz | Andes Herald\n\nLIMA, April 8, 2025 (Reuters) -\n\n{BODY}")
    assert cleaned.outlet == "Andes Herald" and cleaned.dateline == "Lima"
