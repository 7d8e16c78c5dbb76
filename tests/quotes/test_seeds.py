"""Seed articles: every direct quote has its speaker; the forecasts of issue 6 are found."""

import datetime
from pathlib import Path

import pytest

from newsledger.actors import resolve
from newsledger.forecasts import find_forecasts
from newsledger.quotes import find_quotes

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"


def analyse(nlp, name_start):
    if not SEEDS.exists():
        pytest.skip("needs ../shared/corpus/seeds")
    path = next(SEEDS.glob(f"{name_start}_*.txt"))
    doc = nlp(path.read_text(encoding="utf-8"))
    mentions, actors = resolve(doc, datetime.date(2022, 2, 3))
    return doc, mentions, actors, find_quotes(doc, mentions, actors)


def test_dw_quotes_have_their_speakers(nlp):
    _, _, _, quotes = analyse(nlp, "004")
    speakers = {q.speaker for q in quotes if q.quote_type == "direct"}
    for expected in ("velina-tchakarova", "danil-bochkov", "theresa-fallon", "shi-yinhong",
                     "zsuzsa-anna-ferenczy", "vladimir-putin"):
        assert expected in speakers


def speakers_of(quotes, quote_type="direct"):
    return {q.speaker for q in quotes if q.quote_type == quote_type}


def test_state_department_statement_after_a_colon(nlp):
    _, _, actors, quotes = analyse(nlp, "000")
    monitoring = [q for q in quotes if q.text.startswith("We are closely monitoring")]
    assert monitoring and "State Department" in monitoring[0].speaker_text
    assert actors[monitoring[0].speaker].country == "USA"


def test_dw_china_russia_quotes(nlp):
    _, _, _, quotes = analyse(nlp, "002")
    assert {"yun-sun", "wang-yi"} <= speakers_of(quotes)


def test_summit_quotes_and_indirect_speech(nlp):
    _, _, _, quotes = analyse(nlp, "003")
    assert {"qin-gang", "dmytro-kuleba", "wang-wenbin", "vladimir-putin"} <= speakers_of(quotes)
    assert "dmitry-peskov" in speakers_of(quotes, "indirect")


def test_shi_yinhong_forecast_is_low_probability(nlp):
    doc, mentions, actors, quotes = analyse(nlp, "004")
    forecasts = find_forecasts(doc, mentions, actors, [], quotes, "2022-02-03", ["William Yang"])
    shi = [f for f in forecasts if f.hedge == "unlikely" and "launch a military invasion" in f.proposition]
    assert shi and shi[0].forecaster == "shi-yinhong" and shi[0].probability < 0.5


def test_author_forecast_with_negation(nlp):
    doc, mentions, actors, quotes = analyse(nlp, "000")
    forecasts = find_forecasts(doc, mentions, actors, [], quotes, None, [])
    found = [f for f in forecasts if "may not receive the warm support" in (f.proposition or "")]
    assert found and found[0].forecaster is None and found[0].forecaster_name == "author"
    assert found[0].negated and found[0].hedge == "may"
