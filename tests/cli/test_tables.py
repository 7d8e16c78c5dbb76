"""The CLI's tables: no 'None', records before mentions, forecasters named apart from pronouns, search by
words of names, and suggestions that say how much the ledger can tell."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Mention, Quote, Sentence
from newsledger.store import Store

LINES = [
    "Xi Jinping told Mexico's envoy that trade would grow.",
    "He said talks with Mexico will probably resume by June.",
    "It is unlikely that tariffs will be lifted this year, an official said.",
    "A trade deal was signed in the spring, the ministry said.",
]
ACTORS = {a.actor_id: a for a in [
    Actor("xi-jinping", "Xi Jinping", "person", "CHN", "CHNGOV", aliases=["President Xi"]),
    Actor("MEX", "Mexico", "state", "MEX", "MEX", aliases=["United Mexican States"]),
    Actor("ximena-lopez", "Ximena Lopez", "person", "MEX", None, roles=[{"role": "Special envoy", "start": "2020"}]),
]}


@pytest.fixture
def ledger(ledger_path):
    text = "\n".join(LINES)
    analysis = Analysis(article_from_text("trade.txt", text, [], title="Trade talks", published="2023-01-05"), actors=dict(ACTORS))
    start = 0
    for i, line in enumerate(LINES):
        analysis.sentences.append(Sentence(i, start, start + len(line)))
        start += len(line) + 1
    xi, mexico = text.index("Xi Jinping"), text.index("Mexico")
    analysis.mentions = [Mention(xi, xi + 10, "Xi Jinping", "xi-jinping", 0, "exact alias"), Mention(mexico, mexico + 6, "Mexico", "MEX", 0, "exact alias")]
    told = text.index("told")
    analysis.events = [Event(0, "told", told, told + 4, "010", None, 0.0, 1, "occurred", "xi-jinping", None, None)]
    said = text.index("trade would grow")
    analysis.quotes = [Quote(0, said, said + 16, "trade would grow", "indirect", "xi-jinping", "Xi Jinping", None)]
    analysis.forecasts = [
        Forecast(1, "xi-jinping", "He", "will probably", 0.7, "talks with Mexico resume", "2023-06", event_cameo="046", actors=["xi-jinping", "MEX"]),
        Forecast(2, None, "an official", "is unlikely", 0.2, "tariffs be lifted this year", "2023-12-31", negated=True, actors=["MEX"]),
        Forecast(3, None, None, None, None, "a trade deal holds", "2023-03-01"),
    ]
    Store(str(ledger_path)).save(analysis)
    return ledger_path


def test_show_has_no_none_and_records_skips_body_and_mentions(cli, ledger):
    from newsledger import Ledger

    doc_id = Ledger(ledger).docs()["doc_id"][0]
    full = cli("show", doc_id, "--db", ledger).stdout
    assert "None" not in full and "mention  'Xi Jinping'" in full
    assert full.index("event    010") < full.index("mention  ")  # records before the mentions
    assert "quote    xi-jinping (indirect, -): trade would grow" in full
    records = cli("show", doc_id, "--db", ledger, "--records").stdout
    assert "mention" not in records.replace("mentions", "") and LINES[2] not in records
    assert "event    010 - occurred xi-jinping -> - -:" in records and "forecast - - p=- by 2023-03-01" in records


def test_forecasts_and_actors_tables_show_no_none(cli, ledger):
    listing = cli("forecasts", "--db", ledger).stdout
    assert "None" not in listing and "(p=-)" in listing
    actors = cli("actors", "--db", ledger).stdout
    assert "None" not in actors
    envoy = cli("actors", "show", "ximena-lopez", "--db", ledger).stdout
    assert "role: Special envoy of - 2020 to now" in envoy and "None" not in envoy


def test_actor_search_matches_words_of_names_and_aliases_never_ids_or_inner_letters(cli, ledger):
    xi = cli("actors", "--db", ledger, "--search", "Xi").stdout
    assert "Xi Jinping" in xi and "Ximena Lopez" in xi and "Mexico" not in xi  # 'Xi' starts Ximena; it is inside Mexico
    assert "Mexico" in cli("actors", "--db", ledger, "--search", "united mex").stdout  # by alias
    assert "1 actor(s)" in cli("actors", "--db", ledger, "--search", "president xi").stdout
    assert "0 actor(s)" in cli("actors", "--db", ledger, "--search", "jinping-x").stdout
    assert "0 actor(s)" in cli("actors", "--db", ledger, "--search", "ena").stdout


def test_forecasters_limit_and_named(cli, ledger):
    every = cli("forecasters", "--db", ledger)
    assert "Xi Jinping" in every.stdout and "He" not in every.stdout.split()  # listed under the actor, not the pronoun
    assert "an official" in every.stdout and "None" not in every.stdout
    assert "3 of 3 forecasters" in every.stderr
    named = cli("forecasters", "--db", ledger, "--named")
    assert "Xi Jinping" in named.stdout and "an official" not in named.stdout and "1 of 1 named forecasters" in named.stderr
    assert "1 of 3 forecasters" in cli("forecasters", "--db", ledger, "--limit", "1").stderr


def test_suggest_says_what_the_ledger_can_and_cannot_tell(cli, ledger):
    lines = cli("forecasts", "suggest", "--db", ledger, "--as-of", "2024-01-01").stdout.splitlines()
    talks = next(line for line in lines if "talks with Mexico" in line)
    assert "suggest --false: no occurred event in the ledger matches its actors and CAMEO root 04" in talks and "weak evidence" in talks
    tariffs = next(line for line in lines if "tariffs" in line)
    assert "suggest --true" in tariffs and "it said this would not happen" in tariffs
    deal = next(line for line in lines if "trade deal" in line)
    assert "no suggestion: it names no actor" in deal


def test_a_forecast_that_something_will_not_happen_reads_so(cli, ledger):
    # negated, with a proposition whose own words say no "not": the listing must not read it as a forecast that it will
    listing = cli("forecasts", "--db", ledger).stdout
    assert "not: tariffs be lifted this year" in listing and "not: talks with Mexico" not in listing
