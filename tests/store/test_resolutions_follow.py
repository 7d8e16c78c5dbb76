"""A person's forecast resolution stays on the prediction it judged when a recode numbers the
document's forecasts anew (forecast ids are positional): a forecast found earlier in the text, two
forecasts that trade places, a forecast that is gone, a proposition read anew."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from sqlalchemy import select

from newsledger import pipeline
from newsledger.analysis.forecasts import resolve
from newsledger.ingest import Article
from newsledger.interfaces.ingest_run import run_ingest
from newsledger.interfaces.recode import run_recode, select_documents
from newsledger.pipeline import Analysis
from newsledger.records import Forecast, Sentence
from newsledger.store import Store, schema
from newsledger.store.resolutions import orphans

# A wire story of our own: a meeting, then two forecasts, each in a sentence of its own.
STORY = """Nordic ministers weigh air patrols

By Ingrid Solberg
September 9, 2025

Finnish Defence Minister Antti Hakkanen met his Swedish counterpart Pal Jonson in Helsinki on Tuesday to discuss joint air patrols over the Baltic Sea.

Norwegian Prime Minister Jonas Gahr Store said Norway will likely raise its defence budget next year.

Jonson said Sweden would probably buy more frigates before 2027.
"""

MEETING = "Finnish Defence Minister Antti Hakkanen met his Swedish counterpart Pal Jonson in Helsinki on Tuesday."
BUDGET = "Jonas Gahr Store said Norway will likely raise its defence budget next year."
FRIGATES = "Pal Jonson said Sweden would probably buy more frigates before 2027."
TEXT = " ".join((MEETING, BUDGET, FRIGATES))
EVIDENCE = "https://example.org/news/frigate-order"


def sentences() -> list[Sentence]:
    found, start = [], 0
    for index, sentence in enumerate((MEETING, BUDGET, FRIGATES)):
        found.append(Sentence(index, start, start + len(sentence)))
        start += len(sentence) + 1
    return found


def forecast(sentence: int, forecaster: str, proposition: str) -> Forecast:
    return Forecast(sentence=sentence, forecaster=forecaster, forecaster_name=None, hedge="likely",
                    probability=0.68, proposition=proposition)


PATROLS = forecast(0, "antti-hakkanen", "Finland will join the air patrols")
BUDGET_RISE = forecast(1, "jonas-gahr-store", "Norway will likely raise its defence budget next year")
FRIGATE_BUY = forecast(2, "pal-jonson", "Sweden would probably buy more frigates before 2027")


def analysis(*forecasts: Forecast) -> Analysis:
    article = Article(source="patrols.txt", raw=TEXT, text=TEXT, title="Nordic ministers weigh air patrols",
                      published="2025-09-09", language="en")
    return Analysis(article, sentences=sentences(), forecasts=list(forecasts), coder_version="test")


@pytest.fixture
def store(new_ledger):
    opened = Store(new_ledger)
    yield opened
    opened.close()


def resolutions(store: Store) -> dict[str, tuple]:
    """Each stored forecast's proposition -> its resolution (outcome, note, evidence), None when open."""
    doc = store.document(analysis().article.doc_id, prefix=False)
    r = schema.resolutions.c
    with store.transaction() as conn:
        judged = {row.forecast_id: (row.outcome, row.note, row.evidence) for row in conn.execute(select(r.forecast_id, r.outcome, r.note, r.evidence))}
    return {f["proposition"]: judged.get(f["forecast_id"]) for f in doc["forecasts"]}


def resolution_keys(store: Store) -> list[str]:
    with store.transaction() as conn:
        return sorted(conn.scalars(select(schema.resolutions.c.forecast_id)))


def test_a_resolution_follows_its_forecast_when_a_recode_finds_one_earlier(store):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f1", True, note="the navy signed for two frigates", evidence=EVIDENCE)
    store.replace(analysis(PATROLS, BUDGET_RISE, FRIGATE_BUY))
    assert resolutions(store) == {PATROLS.proposition: None, BUDGET_RISE.proposition: None,
                                  FRIGATE_BUY.proposition: (True, "the navy signed for two frigates", EVIDENCE)}
    assert resolution_keys(store) == [f"{doc_id}-f2"]


def test_two_resolved_forecasts_that_trade_ids_both_follow(store):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f0", False, note="the budget was frozen")
    resolve(store, f"{doc_id}-f1", True, note="two frigates ordered")
    store.replace(analysis(FRIGATE_BUY, BUDGET_RISE))
    assert resolutions(store) == {BUDGET_RISE.proposition: (False, "the budget was frozen", None),
                                  FRIGATE_BUY.proposition: (True, "two frigates ordered", None)}


def test_a_resolved_forecast_that_is_gone_keeps_its_resolution_attached_to_nothing(store, caplog):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f0", True, note="the budget rose by a tenth")
    with caplog.at_level(logging.WARNING, logger="newsledger.store.resolutions"):
        store.replace(analysis(FRIGATE_BUY))  # the budget forecast is no longer found; the frigates one is f0 now
    assert resolutions(store) == {FRIGATE_BUY.proposition: None}
    assert resolution_keys(store) == [f"{doc_id}-f0~gone"]
    assert f"{doc_id}: 1 resolution's forecast is gone" in caplog.text
    # Found again by a later recode, the forecast is a new one: the kept resolution attaches to nothing still.
    store.replace(analysis(BUDGET_RISE, FRIGATE_BUY))
    assert resolutions(store) == {BUDGET_RISE.proposition: None, FRIGATE_BUY.proposition: None}
    # A second resolution of that id that is gone is kept beside the first, under a key of its own.
    resolve(store, f"{doc_id}-f0", False)
    store.replace(analysis(FRIGATE_BUY))
    assert resolution_keys(store) == [f"{doc_id}-f0~gone", f"{doc_id}-f0~gone2"]


def test_a_resolution_whose_forecast_is_gone_is_listed_with_what_the_forecast_said(store):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f0", False, note="the budget was frozen", evidence=EVIDENCE)
    resolve(store, f"{doc_id}-f1", True)
    store.replace(analysis(FRIGATE_BUY))  # the budget forecast is no longer found
    with store.transaction() as conn:
        [orphan] = orphans(conn)
    assert (orphan["forecast_id"], orphan["doc_id"]) == (f"{doc_id}-f0~gone", doc_id)
    assert (orphan["outcome"], orphan["note"], orphan["evidence"]) == (False, "the budget was frozen", EVIDENCE)
    assert orphan["forecast"]["proposition"] == BUDGET_RISE.proposition and orphan["forecast"]["sentence"] == BUDGET
    assert (orphan["title"], orphan["published"], orphan["removed"]) == ("Nordic ministers weigh air patrols", "2025-09-09", False)
    store.delete_document(doc_id)  # then the frigates forecast's resolution is attached to nothing too
    with store.transaction() as conn:
        listed = {row["forecast_id"]: row for row in orphans(conn)}
    # Kept under a "~gone" key of its own, with what each forecast said and its sentence.
    assert set(listed) == {f"{doc_id}-f0~gone", f"{doc_id}-f0~gone2"} and all(row["removed"] for row in listed.values())
    assert listed[f"{doc_id}-f0~gone2"]["forecast"]["proposition"] == FRIGATE_BUY.proposition
    assert listed[f"{doc_id}-f0~gone2"]["forecast"]["sentence"] == FRIGATES
    assert listed[f"{doc_id}-f0~gone"]["forecast"]["proposition"] == BUDGET_RISE.proposition
    assert listed[f"{doc_id}-f0~gone"]["forecast"]["sentence"] == BUDGET


def test_a_removed_documents_verdict_never_judges_a_forecast_of_the_same_text_stored_again(store):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f1", True, note="two frigates ordered")
    store.delete_document(doc_id)
    store.save(analysis(FRIGATE_BUY, BUDGET_RISE))  # the same text again: its forecasts take ids f0, f1 anew
    assert resolutions(store) == {FRIGATE_BUY.proposition: None, BUDGET_RISE.proposition: None}
    with store.transaction() as conn:
        [orphan] = orphans(conn)
    assert orphan["forecast_id"] == f"{doc_id}-f1~gone" and orphan["forecast"]["proposition"] == FRIGATE_BUY.proposition


def test_a_proposition_read_anew_follows_when_its_sentence_holds_only_that_forecasters_forecast(store):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f1", True)
    reread = replace(FRIGATE_BUY, proposition="Sweden would buy more frigates")  # a finder that drops the hedge
    store.replace(analysis(PATROLS, BUDGET_RISE, reread))
    assert resolutions(store)[reread.proposition] == (True, None, None)


def test_a_proposition_read_anew_beside_another_forecast_in_its_sentence_is_not_guessed(store):
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f1", True)
    reread = replace(FRIGATE_BUY, proposition="Sweden would buy more frigates")
    submarines = replace(FRIGATE_BUY, proposition="Sweden would buy submarines")
    store.replace(analysis(BUDGET_RISE, reread, submarines))
    assert set(resolutions(store).values()) == {None}
    assert resolution_keys(store) == [f"{doc_id}-f1~gone"]


def test_a_recode_whose_stages_did_not_all_run_moves_no_resolution(store):
    """A recode cut short (a stage past its time budget) finds no forecasts; that says nothing about them,
    so the resolution stays under its key and is on its forecast again once a recode reads it."""
    store.save(analysis(BUDGET_RISE, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f1", True, note="two frigates ordered")
    cut_short = analysis()
    cut_short.stage_error = "events: ran past its time budget of 60 s"
    store.replace(cut_short)
    assert resolution_keys(store) == [f"{doc_id}-f1"]
    store.replace(analysis(BUDGET_RISE, FRIGATE_BUY))
    assert resolutions(store) == {BUDGET_RISE.proposition: None, FRIGATE_BUY.proposition: (True, "two frigates ordered", None)}


def test_a_resolution_goes_to_its_own_forecasters_forecast_before_anothers_of_the_same_words(store):
    # Two people made the same prediction in one sentence and both were judged; the recode finds only the second's.
    other = replace(FRIGATE_BUY, forecaster="jonas-gahr-store")
    store.save(analysis(other, FRIGATE_BUY))
    doc_id = analysis().article.doc_id
    resolve(store, f"{doc_id}-f0", False, note="judged for Store")
    resolve(store, f"{doc_id}-f1", True, note="judged for Jonson")
    store.replace(analysis(FRIGATE_BUY))
    with store.transaction() as conn:
        notes = dict(conn.execute(select(schema.resolutions.c.forecast_id, schema.resolutions.c.note)).all())
    assert notes == {f"{doc_id}-f0": "judged for Jonson", f"{doc_id}-f0~gone": "judged for Store"}


def test_newsledger_recode_with_a_finder_that_finds_more_keeps_the_resolution_on_its_prediction(new_ledger, tmp_path, monkeypatch):
    """The whole path: an ingested story's second forecast resolved, then `recode` with a forecast
    finder that also finds one in the story's first sentence."""
    (tmp_path / "patrols.txt").write_text(STORY, encoding="utf-8")
    store = Store(new_ledger)
    try:
        run_ingest(store, [str(tmp_path / "patrols.txt")])
        (doc_id,) = select_documents(store)
        before = store.document(doc_id)["forecasts"]
        assert len(before) == 2
        resolve(store, before[1]["forecast_id"], True, evidence=EVIDENCE)

        finder = pipeline.find_forecasts
        monkeypatch.setattr(pipeline, "find_forecasts", lambda *args: [replace(PATROLS), *finder(*args)])
        assert run_recode(store, [doc_id]).recoded == 1

        after = store.document(doc_id)["forecasts"]
        assert [f["proposition"] for f in after] == [PATROLS.proposition, *(f["proposition"] for f in before)]
        assert [f["resolution"] for f in after] == [None, None, True]
    finally:
        store.close()
