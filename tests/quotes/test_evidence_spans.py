"""Evidence spans of quotes (issue 11): in order, inside the text and never empty, wherever the cue sits."""

from __future__ import annotations

import pytest

from newsledger.ingest import Article, article_from_text
from newsledger.pipeline import analyse_batch
from newsledger.store import record_rows, schema

CASES = {
    "speaker on the next line": 'Talks on the grain deal ended in Istanbul.\n"We will not retreat from the border."\n'
                                "Umerov said.\nThe delegations left on Friday.",
    "speaker line before": 'Defence Minister Rustem Umerov said:\n"We will not retreat from the border."\n'
                           "The delegations left on Friday.",
    "empty quotation": 'The spokesman answered only "" and walked away, reporters said.\n'
                       '"No comment," he added.',
}


def analysed(text: str):
    article = article_from_text("quotes.txt", text, [], published="2024-03-01")
    assert isinstance(article, Article)
    article.language = "en"
    return next(analyse_batch([article]))


@pytest.mark.parametrize("name", CASES)
def test_every_quote_record_has_an_ordered_non_empty_span_inside_the_text(name):
    analysis = analysed(CASES[name])
    text = analysis.article.text
    assert analysis.quotes, name
    for quote in analysis.quotes:
        assert 0 <= quote.start < quote.end <= len(text) and text[quote.start:quote.end].strip()
        assert quote.sentence_end is None or quote.sentence <= quote.sentence_end
    for row in record_rows(analysis)[schema.quotes]:
        assert 0 <= row["start"] < row["end"] <= len(text)
        assert row["start"] <= row["text_start"] < row["text_end"] <= row["end"]


def test_the_evidence_of_a_quote_whose_speaker_is_on_the_next_line_holds_quote_and_speaker():
    analysis = analysed(CASES["speaker on the next line"])
    text = analysis.article.text
    [row] = [r for r in record_rows(analysis)[schema.quotes] if r["quote_type"] == "direct"]
    assert text[row["start"]:row["end"]] == '"We will not retreat from the border."\nUmerov said.'
    assert row["speaker_text"] == "Umerov"
