"""The issue's seed acceptance, through the real pipeline on ../shared/corpus/seeds."""

from pathlib import Path

import pytest

from newsledger.ingest import read_articles
from newsledger.ingest.article import Article
from newsledger.pipeline import analyse_batch

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed corpus not found at {SEEDS}")


@pytest.fixture(scope="module")
def seeds():
    articles = [a for a in read_articles([SEEDS]) if isinstance(a, Article)]
    return {Path(a.article.source).name[:3]: a for a in analyse_batch(articles)}


def _country(analysis, actor_id):
    actor = analysis.actors.get(actor_id) if actor_id else None
    return actor.country if actor is not None and actor.country else actor_id


def _events(analysis, phrase):
    """Events whose evidence sentence contains phrase."""
    text = analysis.article.text
    spans = [(s.start, s.end) for s in analysis.sentences if phrase in text[s.start:s.end]]
    assert spans, f"sentence with {phrase!r} not found"
    return [e for e in analysis.events if any(a <= e.trigger_start < b for a, b in spans)]


def test_video_conference_occurred(seeds):
    events = _events(seeds["000"], "a meeting was held between Chinese President")
    assert {(e.source, e.target) for e in events} == {("xi-jinping", "vladimir-putin"), ("vladimir-putin", "xi-jinping")}
    assert all(e.status == "occurred" and e.date == "2022-12-30" for e in events)


@pytest.mark.parametrize("seed, phrase", [
    ("001", "confirmed the visit of the country"),
    ("002", "is coming to Moscow next week"),
    ("003", "plans to visit Russia Monday through Wednesday"),
])
def test_xi_visit_planned(seeds, seed, phrase):
    analysis = seeds[seed]
    visits = [e for e in _events(analysis, phrase) if e.cameo in ("042", "036")]
    assert [(e.source, _country(analysis, e.target), e.status) for e in visits] == [("xi-jinping", "RUS", "planned")]
    if seed == "001":
        assert (visits[0].date, visits[0].date_end) == ("2023-03-20", "2023-03-23")
        assert not [e for e in _events(analysis, phrase) if e.trigger == "take"]  # "take place": no event


def test_refusal_to_condemn_negated(seeds):
    analysis = seeds["003"]
    condemn = [e for e in _events(analysis, "refusal to condemn Russia") if e.trigger == "condemn"]
    assert [(_country(analysis, e.source), _country(analysis, e.target), e.status) for e in condemn] \
        == [("CHN", "RUS", "negated")]


def test_joint_air_patrol_occurred(seeds):
    analysis = seeds["000"]
    events = _events(analysis, "carried out joint patrol flights")  # "the Chinese and Russian air forces"
    sides = {(_country(analysis, e.source), _country(analysis, e.target)) for e in events}
    assert sides == {("CHN", "RUS"), ("RUS", "CHN")}
    assert all(e.cameo == "062" and e.status == "occurred" and e.date == "2022-11-30" for e in events)


def test_us_statement_of_concern_occurred(seeds):
    events = _events(seeds["000"], "declared that it was concerned")
    assert [(e.source, e.status) for e in events if e.trigger == "declared"] == [("USA", "occurred")]


def test_invited_visit_is_not_a_visit(seeds):
    events = _events(seeds["003"], "Putin invited Xi to visit Russia")
    invite = [e for e in events if e.trigger == "invited"]
    visit = [e for e in events if e.trigger == "visit"]
    assert [(e.source, e.target, e.status) for e in invite] == [("vladimir-putin", "xi-jinping", "occurred")]
    assert [(e.source, e.target) for e in visit] == [("xi-jinping", "RUS")]
    assert visit[0].status in ("planned", "expected")
