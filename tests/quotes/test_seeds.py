"""Seed articles: every direct quote has its speaker; the forecasts of issue 6 are found."""

import datetime
from pathlib import Path

import pytest

from newsledger.actors import resolve
from newsledger.forecasts import find_forecasts
from newsledger.ingest import read_articles
from newsledger.quotes import find_quotes
from newsledger.timex import tag

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"


def analyse(nlp, name_start):
    """Quotes and forecasts of a seed article, read and cleaned the way the product reads it."""
    if not SEEDS.exists():
        pytest.skip("needs ../shared/corpus/seeds")
    article = next(read_articles([next(SEEDS.glob(f"{name_start}_*.txt"))]))
    doc = nlp(article.text)
    day = datetime.date.fromisoformat(article.published[:10]) if article.published else None
    mentions, actors = resolve(doc, day or datetime.date(2022, 2, 3))
    quotes = find_quotes(doc, mentions, actors)
    forecasts = find_forecasts(doc, mentions, actors, tag(doc.text, day, doc), quotes, article.published,
                               article.authors)
    return article, actors, quotes, forecasts


def speakers_of(quotes, quote_type="direct"):
    return {q.speaker for q in quotes if q.quote_type == quote_type}


def test_dw_quotes_have_their_speakers(nlp):
    _, _, quotes, _ = analyse(nlp, "004")
    assert {"velina-tchakarova", "danil-bochkov", "theresa-fallon", "shi-yinhong", "zsuzsa-anna-ferenczy",
            "vladimir-putin", "wang-yi"} <= speakers_of(quotes)


def test_putins_letter_is_quoted_under_his_name(nlp):
    _, _, quotes, _ = analyse(nlp, "004")
    letter = [q for q in quotes if '"new era,"' in q.text]  # the letter's words, quoted in a reported clause
    assert len(letter) == 1 and letter[0].speaker == "vladimir-putin" and letter[0].cue == "wrote"


def test_state_department_statement_after_a_colon(nlp):
    _, actors, quotes, _ = analyse(nlp, "000")
    monitoring = [q for q in quotes if q.text.startswith("We are closely monitoring")]
    assert monitoring and "State Department" in monitoring[0].speaker_text
    assert actors[monitoring[0].speaker].country == "USA"


def test_impersonal_passive_and_speculation_are_no_quotes(nlp):
    _, _, quotes, forecasts = analyse(nlp, "000")
    claimed = [q for q in quotes if q.cue in ("was claimed", "has been claimed")]
    assert claimed and all(q.speaker is None for q in claimed)
    assert not [q for q in quotes if q.cue == "may think"]
    assert not [f for f in forecasts if "may think" in f.proposition]


def test_dw_china_russia_quotes(nlp):
    _, _, quotes, _ = analyse(nlp, "002")
    assert {"yun-sun", "wang-yi"} <= speakers_of(quotes)


def test_summit_quotes_and_indirect_speech(nlp):
    _, _, quotes, _ = analyse(nlp, "003")
    assert {"qin-gang", "dmytro-kuleba", "wang-wenbin", "vladimir-putin"} <= speakers_of(quotes)
    assert "dmitry-peskov" in speakers_of(quotes, "indirect")


def test_shi_yinhong_forecast_is_low_probability_before_the_olympics(nlp):
    _, _, _, forecasts = analyse(nlp, "004")
    shi = [f for f in forecasts if f.hedge == "unlikely" and "launch a military invasion" in f.proposition]
    assert shi and shi[0].forecaster == "shi-yinhong" and shi[0].probability < 0.5
    # the Olympics' opening is dated in the lead ("on Friday", the day after publication)
    assert shi[0].horizon == "2022-02-04"


def test_author_forecast_with_negation(nlp):
    article, _, _, forecasts = analyse(nlp, "000")
    found = [f for f in forecasts if "may not receive the warm support" in f.proposition]
    assert found and found[0].forecaster is None and found[0].forecaster_name == ", ".join(article.authors)
    assert found[0].negated and found[0].hedge == "may"


def test_past_expectations_and_questions_are_no_forecasts(nlp):
    _, _, _, forecasts = analyse(nlp, "002")
    assert not [f for f in forecasts if "would quickly be won" in f.proposition]
    assert not [f for f in forecasts if "target of Western sanctions" in f.proposition]
    _, _, _, forecasts = analyse(nlp, "001")
    assert not [f for f in forecasts if "Ukraine expect from" in f.proposition]
