"""The forecast ledger: resolutions stick, suggestions come from occurred events, Brier scores add up."""

from __future__ import annotations

import json

import pytest

from newsledger.analysis.forecasts import calibration_table, score_forecasters, suggest
from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Sentence
from newsledger.store import Store

TEXT = ("Analysts expect Chinese President Xi Jinping to visit Moscow in the spring.\n"
        "Shi Yinhong said Putin is unlikely to launch an invasion during the Olympics.")
LATER = "Xi Jinping arrived in Moscow on March 20, 2023 for talks with Vladimir Putin."  # a later report
XI = Actor("xi-jinping", "Xi Jinping", "person", "CHN", "CHNGOV")
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "person", "RUS", "RUSGOV")


@pytest.fixture
def store(ledger_path):
    store = Store(str(ledger_path))
    article = article_from_text("analysts.txt", TEXT, [], published="2023-01-05")
    lines = TEXT.split("\n")
    starts = [0, len(lines[0]) + 1]
    analysis = Analysis(article, sentences=[Sentence(i, s, s + len(line)) for i, (s, line) in enumerate(zip(starts, lines))],
                        actors={"xi-jinping": XI, "vladimir-putin": PUTIN})
    analysis.forecasts = [
        Forecast(0, None, "Analysts", "expect", 0.7, "Xi Jinping to visit Moscow in the spring", "2023-06", event_cameo="042", actors=["xi-jinping"]),
        Forecast(1, "shi-yinhong", "Shi Yinhong", "is unlikely to", 0.2, "Putin launches an invasion during the Olympics", "2022-02-20", actors=["vladimir-putin"]),
    ]
    store.save(analysis)
    store.save(_report(LATER, "wire.txt", "2023-03-21"))
    return store


def _report(text: str, source: str, published: str) -> Analysis:
    """A one-sentence article telling Xi's arrival in Moscow as done."""
    analysis = Analysis(article_from_text(source, text, [], published=published), sentences=[Sentence(0, 0, len(text))],
                        actors={"xi-jinping": XI})
    analysis.events = [Event(0, "arrived", 11, 18, "042", "CONSULT", 1.9, 1, "occurred", "xi-jinping", None, "2023-03-20")]
    return analysis


def _ids(cli, ledger_path, *args):
    return [json.loads(line)["forecast_id"] for line in cli("forecasts", "--db", ledger_path, "--json", *args).stdout.splitlines()]


def test_forecasts_list_and_filter(store, cli, ledger_path):
    assert len(_ids(cli, ledger_path)) == 2
    assert len(_ids(cli, ledger_path, "--forecaster", "Shi")) == 1
    assert len(_ids(cli, ledger_path, "--actor", "xi-jinping")) == 1
    assert len(_ids(cli, ledger_path, "--horizon-before", "2022-12-31")) == 1


def test_forecasts_suggest_from_occurred_events(store, cli, ledger_path):
    result = cli("forecasts", "suggest", "--db", ledger_path, "--as-of", "2023-07-01")
    lines = result.stdout.splitlines()
    visit = next(line for line in lines if "visit Moscow" in line)
    assert "suggest --true" in visit
    assert any("evidence" in line and "arrived in Moscow" in line for line in lines)
    invasion = next(line for line in lines if "invasion" in line)
    assert "suggest --false" in invasion


def test_an_article_does_not_bear_out_its_own_forecast(ledger_path):
    # The forecast's own article tells the visit as done (dated after the article, as a sloppy text date may be);
    # only another report can bear it out.
    store = Store(str(ledger_path))
    text = "Analysts expect Xi Jinping to visit Moscow in the spring. Xi Jinping arrived in Moscow on March 20."
    analysis = _report(text, "own.txt", "2023-01-05")
    analysis.sentences = [Sentence(0, 0, 57), Sentence(1, 58, len(text))]
    analysis.events[0].sentence = 1
    analysis.forecasts = [Forecast(0, None, "Analysts", "expect", 0.7, "Xi Jinping to visit Moscow in the spring", "2023-06",
                                   event_cameo="042", actors=["xi-jinping"])]
    store.save(analysis)
    [alone] = suggest(store, as_of="2023-07-01")
    assert (alone.outcome, alone.evidence) == (False, [])
    store.save(_report(LATER, "wire.txt", "2023-03-21"))
    [borne_out] = suggest(store, as_of="2023-07-01")
    assert borne_out.outcome is True and [e["doc_id"] for e in borne_out.evidence] != [analysis.article.doc_id]
    store.close()


def test_forecasts_resolve_and_score(store, cli, ledger_path):
    visit, invasion = _ids(cli, ledger_path, "--actor", "xi-jinping")[0], _ids(cli, ledger_path, "--forecaster", "Shi")[0]
    assert cli("forecasts", "resolve", visit, "--db", ledger_path, "--true", "--note", "visited 20-22 March").exit_code == 0
    assert cli("forecasts", "resolve", invasion, "--db", ledger_path, "--false").exit_code == 0
    assert _ids(cli, ledger_path, "--state", "open") == []
    scores = {s.forecaster: s for s in score_forecasters(store)}
    assert scores["Analysts"].brier == pytest.approx((0.7 - 1) ** 2)
    assert scores["Shi Yinhong"].brier == pytest.approx(0.2 ** 2)
    assert cli("forecasts", "resolve", "nope", "--db", ledger_path, "--true").exit_code == 1


def test_resolutions_survive_reingest(store, cli, ledger_path, tmp_path):
    visit = _ids(cli, ledger_path, "--actor", "xi-jinping")[0]
    cli("forecasts", "resolve", visit, "--db", ledger_path, "--true")
    (tmp_path / "again.txt").write_text(TEXT)
    cli("ingest", "--db", ledger_path, tmp_path / "again.txt")
    assert _ids(cli, ledger_path, "--state", "resolved") == [visit]


def test_forecasters_table_and_plot(store, cli, ledger_path, tmp_path):
    visit = _ids(cli, ledger_path, "--actor", "xi-jinping")[0]
    cli("forecasts", "resolve", visit, "--db", ledger_path, "--true")
    chart = tmp_path / "calibration.svg"
    result = cli("forecasters", "--db", ledger_path, "--plot", chart)
    assert "Analysts" in result.stdout and "0.090" in result.stdout
    assert chart.read_text().lstrip().startswith("<?xml")


def test_calibration_table_bins():
    table = calibration_table([(0.2, 0.0), (0.25, 1.0), (0.8, 1.0)])
    assert table == [
        {"bin": "0.1-0.3", "count": 2, "mean_probability": pytest.approx(0.225), "observed": 0.5},
        {"bin": "0.7-0.9", "count": 1, "mean_probability": 0.8, "observed": 1.0},
    ]


def test_an_earlier_version_of_the_article_does_not_bear_out_its_forecast(ledger_path, tmp_path):
    store = Store(str(ledger_path))
    first = "Analysts expect Xi Jinping to visit Moscow in the spring. Xi Jinping arrived in Moscow on March 20."
    analysis = _report(first, str(tmp_path / "outlook.txt"), "2023-01-05")
    analysis.sentences = [Sentence(0, 0, 57), Sentence(1, 58, len(first))]
    analysis.events[0].sentence = 1
    store.save(analysis)
    edited = "Analysts expect Xi Jinping to visit Moscow in the spring, officials said."
    later = Analysis(article_from_text(str(tmp_path / "outlook.txt"), edited, [], published="2023-01-05"),
                     sentences=[Sentence(0, 0, len(edited))], actors={"xi-jinping": XI})
    later.forecasts = [Forecast(0, None, "Analysts", "expect", 0.7, "Xi Jinping to visit Moscow in the spring", "2023-06",
                                event_cameo="042", actors=["xi-jinping"])]
    store.save(later)  # the same file changed: a new version that supersedes the first
    [alone] = suggest(store, as_of="2023-07-01")
    assert (alone.outcome, alone.evidence) == (False, [])
    store.close()

