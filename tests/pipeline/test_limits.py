"""Limits that degrade, never crash (issue 11): texts over spaCy's limit, pathological
character runs, run-on "sentences" and the per-document time budget."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from newsledger import nlp, pipeline
from newsledger.errors import NewsledgerError
from newsledger.forecasts import find_forecasts
from newsledger.ingest import Article, article_from_text
from newsledger.pipeline import analyse_batch
from newsledger.quotes import find_quotes
from newsledger.store import Store
from newsledger.timex import tag

# Six paragraphs, one per line as the cleaned body keeps them, with events, quotes, forecasts and dates.
PARAGRAPHS = [
    "KYIV, March 4 (Reuters) - Russian missiles struck an apartment building in Odesa on Saturday, killing 12 people, "
    "regional governor Oleh Kiper said.",
    '"We will rebuild every house," President Volodymyr Zelenskiy told reporters in Kyiv on Sunday.',
    "Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Monday to discuss the war.",
    "The European Union is likely to extend its sanctions against Moscow in June, two diplomats said.",
    "Turkey offered to host new peace talks between the two sides next month.",
    "NATO defence ministers will meet in Brussels on March 20, the alliance said in a statement.",
]
BODY = "\n".join(PARAGRAPHS)


def english(text: str, **meta) -> Article:
    article = article_from_text("test.txt", text, [], **meta)
    assert isinstance(article, Article), article
    article.language = "en"  # short test texts: the language guess is ingest's business, not this test's
    return article


def records(analysis) -> dict:
    return {name: [asdict(r) for r in getattr(analysis, name)]
            for name in ("sentences", "mentions", "timexes", "events", "quotes", "forecasts")}


def test_a_text_over_the_section_size_is_analysed_in_sections_with_offsets_true_to_the_whole(monkeypatch):
    whole = next(analyse_batch([english(BODY, published="2024-03-04")]))
    monkeypatch.setattr(nlp, "SECTION_CHARS", len(BODY) // 3 + 40)
    sectioned = next(analyse_batch([english(BODY, published="2024-03-04")]))

    assert any("analysed in 3 sections" in w for w in sectioned.article.warnings)
    assert not any("sections" in w for w in whole.article.warnings)
    assert sectioned.stage_error is None
    assert whole.events and whole.quotes and whole.forecasts and whole.timexes
    assert records(sectioned) == records(whole)
    text = sectioned.article.text
    body = [PARAGRAPHS[0].split(" - ", 1)[1], *PARAGRAPHS[1:]]  # ingest moves the wire dateline out of the body
    assert sectioned.article.dateline == "Kyiv"
    assert [text[s.start:s.end] for s in sectioned.sentences] == body


def test_sections_join_back_into_the_text_and_cut_after_line_breaks_else_sentences_else_anywhere(monkeypatch):
    monkeypatch.setattr(nlp, "SECTION_CHARS", 60)
    paragraphs = "The talks ended.\nBoth sides agreed to meet again in Geneva next week.\nNo date was set.\n"
    one_paragraph = "The talks ended. Both sides agreed to meet again. No date was set for the next round."
    no_spaces = "x" * 150
    for text in (paragraphs, one_paragraph, no_spaces):
        pieces = nlp.sections(text)
        assert "".join(pieces) == text
        assert all(0 < len(p) <= 60 for p in pieces)
    assert nlp.sections(paragraphs)[0] == "The talks ended.\n"
    assert nlp.sections(one_paragraph)[0] == "The talks ended. Both sides agreed to meet again. "
    assert [len(p) for p in nlp.sections(no_spaces)] == [60, 60, 30]


def test_a_single_giant_paragraph_is_cut_between_sentences(monkeypatch):
    sentences = [f"Delegates from {n} countries met in Vienna on day {i} of the conference." for i, n in
                 enumerate(range(10, 40))]
    text = " ".join(sentences)
    monkeypatch.setattr(nlp, "SECTION_CHARS", len(text) // 4)
    doc = next(nlp.parse([text]))
    assert doc.user_data["newsledger_sections"] >= 4
    assert doc.text == text
    assert [text[start:end] for start, end in nlp.sentence_spans(doc)] == sentences


def test_a_long_emoji_run_is_one_token_and_keeps_every_offset():
    run = "😀" * 100_000
    text = f"Protesters gathered in Tbilisi on Friday.\nSupporters posted {run} under the video.\nPolice said 30 people were detained."
    article = english(text, published="2023-03-10")
    assert article.text == text
    analysis = next(analyse_batch([article]))

    assert analysis.stage_error is None
    assert analysis.article.text == text
    spans = [(s.start, s.end) for s in analysis.sentences]
    assert spans[0] == (0, len("Protesters gathered in Tbilisi on Friday."))
    assert spans[-1] == (text.index("Police"), len(text))
    assert spans[1][0] == text.index("Supporters") and spans[-2][1] == text.index("\nPolice")
    assert [t.text for t in analysis.timexes] == ["Friday"]
    assert [t.text for t in next(nlp.parse([text]))].count(run) == 1


@pytest.mark.parametrize("run", ["!" * 30_000, "%" * 30_000, "😀!" * 15_000, "“" * 30_000])
def test_a_run_of_punctuation_or_emoji_is_tokenised_whole(run):
    text = f"The vote was close. {run} The result stands. Don't ask."
    doc = next(nlp.parse([text]))
    assert doc.text == text
    assert [t.text for t in doc] == ["The", "vote", "was", "close", ".", run, "The", "result", "stands", ".",
                                     "Do", "n't", "ask", "."]
    assert doc[-3].norm_ == "not"  # the tokenizer's exceptions still apply
    short = "What?!! Really... -- yes"
    assert [t.text for t in next(nlp.parse([short]))] == [t.text for t in nlp.get_pipeline().tokenizer(short)]


def test_a_run_on_stretch_of_words_is_cut_into_sentences_of_bounded_length(monkeypatch):
    monkeypatch.setattr(nlp, "MAX_SENTENCE_TOKENS", 40)
    normal = "The ministers, who met in Rome on Tuesday, agreed on a plan to share the cost of the new border posts."
    text = normal + "\n" + "spam " * 1_000 + "\n" + normal
    doc = next(nlp.parse([text]))
    spans = nlp.sentence_spans(doc)
    assert max(len(doc.char_span(start, end, alignment_mode="expand")) for start, end in spans) <= 40
    assert text[slice(*spans[0])] == normal and text[slice(*spans[-1])] == normal
    assert len(spans) >= 1_000 // 40


def test_a_document_over_its_time_budget_is_stored_with_its_stages_marked_timed_out(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSLEDGER_DOC_BUDGET_S", "0")
    articles = [english(BODY, published="2024-03-04"), english(PARAGRAPHS[2], published="2024-03-04")]
    analyses = list(analyse_batch(articles))

    assert len(analyses) == 2
    for analysis in analyses:
        assert "time budget of 0 s" in analysis.stage_error
        assert "sentences, time, actors, events, quotes, forecasts" in analysis.stage_error
        assert analysis.stage_error in analysis.article.warnings
        assert analysis.warnings == [analysis.stage_error]
        assert not (analysis.sentences or analysis.mentions or analysis.events or analysis.quotes)
    store = Store(str(tmp_path / "ledger.db"))
    for analysis in analyses:
        store.save(analysis)
        assert store.has_document(analysis.article.doc_id)


def test_parsing_in_sections_stops_at_the_deadline(monkeypatch):
    monkeypatch.setattr(nlp, "SECTION_CHARS", len(BODY) // 3 + 40)
    doc = next(nlp.parse([BODY], budget_s=0))
    assert doc.user_data["newsledger_sections"] == 3
    assert doc.text == nlp.sections(BODY)[0]  # one section parsed, the other two never were
    with pytest.raises(nlp.TimedOut):
        nlp.check_time(doc)


def test_a_stage_that_runs_out_of_time_loses_its_records_and_the_later_stages_only(monkeypatch):
    def out_of_time(*_args):
        raise nlp.TimedOut

    monkeypatch.setattr(pipeline, "find_quotes", out_of_time)
    analysis = next(analyse_batch([english(BODY, published="2024-03-04")]))
    assert analysis.sentences and analysis.timexes and analysis.mentions and analysis.events
    assert not analysis.quotes and not analysis.forecasts
    assert "stages not run or not finished: quotes, forecasts;" in analysis.stage_error


def test_stages_check_the_deadline_inside_their_loops():
    doc = next(nlp.parse([BODY]))
    nlp.set_deadline(doc, 0.0)  # long past on the monotonic clock
    with pytest.raises(nlp.TimedOut):
        tag(BODY, date(2024, 3, 4), doc)
    with pytest.raises(nlp.TimedOut):
        find_quotes(doc, [], {})
    with pytest.raises(nlp.TimedOut):
        find_forecasts(doc, [], {}, [], [], "2024-03-04", [])


def test_a_budget_that_is_not_a_number_is_reported_by_name(monkeypatch):
    monkeypatch.setenv("NEWSLEDGER_DOC_BUDGET_S", "soon")
    with pytest.raises(NewsledgerError, match="NEWSLEDGER_DOC_BUDGET_S='soon'"):
        list(analyse_batch([english(PARAGRAPHS[0])]))


def test_the_ingest_summary_reports_a_text_analysed_in_sections(monkeypatch, tmp_path):
    from newsledger.interfaces.ingest_run import run_ingest

    monkeypatch.setattr(nlp, "SECTION_CHARS", len(BODY) // 3 + 40)
    path = tmp_path / "long.txt"
    path.write_text(BODY, encoding="utf-8")
    summary = run_ingest(Store(str(tmp_path / "ledger.db")), [str(path)])
    assert summary.new == 1
    assert any(source == str(path) and "analysed in 3 sections" in warning for source, warning in summary.warnings)
