"""A past perfect that a dated "before"/"until" clause closes ("had delayed the package before dropping
its objections on Friday") held until that date, not the publication date. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text

MONDAY = "2024-10-14"


def dates(text: str) -> list[tuple[str, str]]:
    return [(e.date, e.date_rule) for e in code_text(text, published=MONDAY).events]


@pytest.mark.parametrize("text", [
    "Austria had delayed the trade package for a month before lifting its veto on Friday.",
    "Slovakia had blocked the aid deal until its parliament voted on Friday.",
])
def test_a_closed_past_perfect_takes_the_closing_date(text):
    assert ("2024-10-11", "closed by a dated clause") in dates(text)


def test_a_past_perfect_without_a_closing_date_keeps_the_publication_date():
    assert dates("Austria had delayed the trade package for a month.") == [(MONDAY, "publication date")]


def test_a_simple_past_before_a_dated_clause_is_not_closed_by_it():
    assert ("2024-10-11", "closed by a dated clause") not in dates(
        "Austria delayed the trade package for a month before lifting its veto on Friday.")
