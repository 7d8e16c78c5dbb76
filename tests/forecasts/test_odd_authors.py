"""Authors that are not names (issue 11): a number or null in the authors list never fails the stage."""

from __future__ import annotations

from newsledger.ingest import Article
from newsledger.pipeline import analyse_batch

TEXT = ("The central bank will probably raise interest rates again in June.\n"
        "Inflation rose to 7 percent in April, the statistics office said.")


def forecasters(authors: list) -> list[str | None]:
    article = Article("odd-authors.json:1", TEXT, TEXT, published="2023-05-10", language="en")
    article.authors = authors  # as a loose input reader might hand them on
    analysis = next(analyse_batch([article]))
    assert analysis.stage_error is None
    return [f.forecaster_name for f in analysis.forecasts]


def test_only_names_among_the_authors_are_the_forecaster():
    assert forecasters([17, None, "  ", "Jane Okafor", {"name": "x"}]) == ["Jane Okafor"]


def test_authors_with_no_name_leave_the_author_as_forecaster():
    assert forecasters([2023, None]) == ["author"]
