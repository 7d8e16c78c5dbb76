"""The per-document time budget holds inside stages, dating events stays linear in a long paragraph,
and a stop signal ends the document in hand at once (issue 12/14 hardening)."""

from __future__ import annotations

import itertools
import os
import signal
import time

import pytest

from newsledger import nlp, pipeline
from newsledger.ingest import Article, article_from_text
from newsledger.interfaces.ingest_run import INTERRUPTED, ingest_articles
from newsledger.pipeline import STAGES, Analysis, analyse_batch
from newsledger.store import Store
from newsledger.timex import anchoring

COUNTRIES = ["Chile", "Peru", "Kenya", "Ghana", "Norway", "Finland", "Egypt", "Jordan"]
CITIES = ["Lima", "Nairobi", "Oslo", "Cairo", "Accra", "Helsinki"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TOPICS = ["border trade", "fishing rights", "energy prices", "a rail link", "visa rules"]


def run_on_paragraph(n: int) -> str:
    """`n` dated meetings in one line: a paragraph with no line break, as a page saved badly gives it."""
    pairs = itertools.cycle(itertools.combinations(COUNTRIES, 2))
    return " ".join(f"The foreign ministers of {a} and {b} met in {CITIES[i % len(CITIES)]} on "
                    f"{DAYS[i % len(DAYS)]} to discuss {TOPICS[i % len(TOPICS)]}."
                    for i, (a, b) in zip(range(n), pairs))


def english(text: str, source: str = "test.txt") -> Article:
    article = article_from_text(source, text, [], published="2024-05-10")
    assert isinstance(article, Article), article
    article.language = "en"
    return article


@pytest.mark.parametrize("stage_name", ["time", "events", "quotes", "forecasts"])
def test_each_stage_that_loops_over_sentences_stops_past_the_deadline(stage_name):
    text = run_on_paragraph(6) + ' "We will meet again in June," the Kenyan minister said.'
    analysis = Analysis(english(text))
    doc = next(nlp.parse([analysis.article.text]))
    position = next(i for i, (name, _, _) in enumerate(STAGES) if name == stage_name)
    for _, stage, _ in STAGES[:position]:
        stage(analysis, doc)
    nlp.set_deadline(doc, time.monotonic() - 1)
    with pytest.raises(nlp.TimedOut):
        STAGES[position][1](analysis, doc)


def test_dating_the_events_of_one_long_paragraph_looks_at_each_sentences_own_dates(monkeypatch):
    examined = 0
    dates_in = anchoring.DiscourseTime.dates_in

    def counted(self, sentence):
        nonlocal examined
        found = dates_in(self, sentence)
        examined += len(found)
        return found

    monkeypatch.setattr(anchoring.DiscourseTime, "dates_in", counted)
    for n in (15, 60):
        examined = 0
        analysis = next(analyse_batch([english(run_on_paragraph(n))]))
        assert analysis.stage_error is None and len(analysis.events) >= n
        assert all(event.date for event in analysis.events if event.trigger == "met")
        # One date per sentence, looked at a few times per event: not once per date of the whole paragraph.
        assert examined <= 3 * len(analysis.events)


class StepClock:
    """A clock that moves one second each time it is read: a deadline then falls after a known amount of work."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 1.0
        return self.now


def test_a_long_line_past_its_budget_is_stored_with_the_reason_and_the_batch_goes_on(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSLEDGER_DOC_BUDGET_S", "40")
    monkeypatch.setattr(nlp, "time", StepClock())
    long_line = english(run_on_paragraph(200), "long-line.txt")
    short = english("Kenya and Ghana signed a trade agreement in Accra on Friday, officials said.", "short.txt")
    store = Store(str(tmp_path / "ledger.db"))

    summary = ingest_articles(store, [long_line, short])

    assert summary.new == 2 and summary.stopped is None
    [(source, warning)] = [w for w in summary.warnings if "time budget" in w[1]]
    assert source == "long-line.txt"
    assert "time budget of 40 s" in warning and "events, quotes, forecasts" in warning
    assert store.has_document(long_line.doc_id) and store.has_document(short.doc_id)


def test_a_stop_signal_ends_the_document_in_hand_at_once_and_keeps_the_stored_ones(monkeypatch, tmp_path):
    checks_after_signal = 0

    def slow_events(analysis, doc):  # a stage that would loop for a long time on the second document
        nonlocal checks_after_signal
        if analysis.article.source != "second.txt":
            return pipeline.add_events(analysis, doc)
        os.kill(os.getpid(), signal.SIGTERM)
        for _ in range(100_000):
            checks_after_signal += 1
            nlp.check_time(doc)
            time.sleep(0.001)

    monkeypatch.setattr(pipeline, "STAGES", [(n, slow_events if n == "events" else f, fields) for n, f, fields in STAGES])
    first = english("Kenya and Ghana signed a trade agreement in Accra on Friday, officials said.", "first.txt")
    second = english("Norway and Finland agreed on Thursday to hold joint naval drills next month.", "second.txt")
    third = english("Egypt and Jordan opened a new border crossing on Monday.", "third.txt")
    store = Store(str(tmp_path / "ledger.db"))

    summary = ingest_articles(store, [first, second, third])

    assert summary.stopped == INTERRUPTED
    assert checks_after_signal <= 2
    assert store.has_document(first.doc_id)
    assert not store.has_document(second.doc_id) and not store.has_document(third.doc_id)
    nlp.check_time(next(nlp.parse(["After the run, analysis goes on as usual."])))  # the request ended with the run


def test_worker_processes_take_the_budget_of_their_run_not_of_an_earlier_one(monkeypatch, tmp_path):
    # Workers are forked from a fork server that outlives the run that started it, with that run's environment.
    story = "Kenya and Ghana signed a trade agreement in Accra on Friday, officials said."
    first = ingest_articles(Store(str(tmp_path / "first.db")), [english(story, "first.txt")], jobs=2)
    assert first.new == 1 and not first.warnings

    monkeypatch.setenv("NEWSLEDGER_DOC_BUDGET_S", "0")
    second = ingest_articles(Store(str(tmp_path / "second.db")), [english(story, "second.txt")], jobs=2)

    assert second.new == 1
    [(source, warning)] = second.warnings
    assert source == "second.txt" and "time budget of 0 s" in warning
