"""The suggest queue reads the ledger's events once for many forecasts, and gives each forecast what it
alone would get: its actors' occurred events of its root, between its story's date and its horizon, oldest first."""

from __future__ import annotations

from newsledger.analysis.forecasts import list_forecasts, suggestions_for
from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Sentence
from newsledger.store import Store

ACTORS = {a.actor_id: a for a in (Actor("TUR", "Turkey", "state", "TUR", "TUR"), Actor("SWE", "Sweden", "state", "SWE", "SWE"),
                                  Actor("GRC", "Greece", "state", "GRC", "GRC"))}
LINES = [  # (sentence, trigger, cameo, status, source, target, date)
    ("Turkey ratified Sweden's NATO membership on January 25.", "ratified", "057", "occurred", "TUR", "SWE", "2024-01-25"),
    ("Turkey and Sweden held talks in Stockholm on January 10.", "held talks", "040", "occurred", "TUR", "SWE", "2024-01-10"),
    ("Greece and Turkey signed a declaration of friendship on December 7.", "signed", "057", "occurred", "GRC", "TUR", "2023-12-07"),
    ("Greece will not sign a defence pact with Turkey in March.", "sign", "057", "negated", "GRC", "TUR", "2024-03-01"),
]


def _store(path) -> Store:
    store = Store(str(path))
    text = "\n".join(line[0] for line in LINES)
    analysis = Analysis(article_from_text("wire.txt", text, [], published="2024-01-26"), actors=dict(ACTORS))
    start = 0
    for i, (sentence, trigger, cameo, status, source, target, day) in enumerate(LINES):
        analysis.sentences.append(Sentence(i, start, start + len(sentence)))
        at = start + sentence.index(trigger)
        analysis.events.append(Event(i, trigger, at, at + len(trigger), cameo, "AGREE", 5.0, 1, status, source, target, day))
        start += len(sentence) + 1
    store.save(analysis)
    # The forecasts come from an earlier outlook: an article never bears out its own forecasts.
    outlook = "Diplomats, officials and analysts gave their outlook for the winter."
    analysis = Analysis(article_from_text("outlook.txt", outlook, [], published="2023-12-01"), actors=dict(ACTORS),
                        sentences=[Sentence(0, 0, len(outlook))])
    analysis.forecasts = [
        Forecast(0, None, "Diplomats", "expect", 0.8, "Turkey will approve Sweden's membership by February", "2024-02-01",
                 event_cameo="057", actors=["SWE"]),
        Forecast(1, None, "Officials", "may", 0.5, "Greece and Turkey may sign more accords this winter", "2024-03-31",
                 event_cameo="057", actors=["GRC", "TUR"]),
        Forecast(2, None, "Analysts", "could", 0.4, "Sweden could join before the summer", "2024-06-30", actors=["SWE"]),
    ]
    store.save(analysis)
    return store


def test_each_forecast_gets_its_own_events_oldest_first(tmp_path):
    store = _store(tmp_path / "ledger.db")
    forecasts = sorted(list_forecasts(store), key=lambda f: f["proposition"])
    together = suggestions_for(store, forecasts)
    assert [[e["date"] for e in s.evidence] for s in together] == [
        ["2023-12-07", "2024-01-25"],  # Greece or Turkey, root 05: the declaration and the ratification, not the negated pact
        ["2024-01-10", "2024-01-25"],  # Sweden, any root: the talks, then the ratification
        ["2024-01-25"],  # Sweden, root 05, until February 1: the ratification
    ]
    assert together[2].evidence[0]["evidence"] == LINES[0][0]  # each event with its sentence
    assert [suggestions_for(store, [f])[0].evidence for f in forecasts] == [s.evidence for s in together]  # each alone
