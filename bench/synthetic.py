"""A synthetic ledger of many events, for the web benchmark: realistic shapes, random content.

Actors are written once and documents in batches of BATCH (one transaction each), so that a million
events take minutes rather than one commit and two hundred actor rows per document."""

from __future__ import annotations

import random
from datetime import date, timedelta

from newsledger.ingest import Article
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Mention, Quote, Sentence
from newsledger.store import Store

STATUSES = ["occurred"] * 6 + ["planned", "expected", "negated", "claimed", "ongoing", "hypothetical"]
BATCH = 500  # documents per transaction
CODES = [("042", "CONSULT", 1.9, 1), ("036", "CONSULT", 4.0, 1), ("111", "ACCUSE", -2.0, 3), ("112", "ACCUSE", -2.0, 3),
         ("061", "COOPERATE", 6.4, 2), ("163", "REDUCE", -8.0, 4), ("190", "ASSAULT", -10.0, 4), ("010", "CONSULT", 0.0, 1)]


def build(path: str, n_events: int = 100_000, events_per_doc: int = 20, n_actors: int = 200, seed: int = 42) -> list[str]:
    """Write the ledger at `path`: n_events events, events_per_doc to a document, each document with a quote
    and a forecast; returns the actor ids."""
    rng = random.Random(seed)
    store = Store(path)
    actors = {f"actor-{i:03d}": Actor(f"actor-{i:03d}", f"Actor {i}", "state", f"C{i:02d}"[:3], f"C{i:02d}"[:3]) for i in range(n_actors)}
    store.put_actors(actors.values())
    ids = list(actors)
    start = date(2019, 1, 1)
    batch = []
    for d in range(n_events // events_per_doc):
        day = start + timedelta(days=rng.randrange(5 * 365))
        lines = [f"Actor {rng.randrange(n_actors)} met Actor {rng.randrange(n_actors)} in the capital on day {d}, officials said ({i})."
                 for i in range(events_per_doc)]
        text = "\n".join(lines)
        article = Article(source=f"synthetic-{d}", raw=text, text=text, title=f"Synthetic report {d}", published=day.isoformat(),
                          outlet=f"Outlet {d % 30}", language="en")
        analysis = Analysis(article)
        offset = 0
        for i, line in enumerate(lines):
            analysis.sentences.append(Sentence(i, offset, offset + len(line)))
            source, target = rng.sample(ids[:40] if rng.random() < 0.7 else ids, 2)
            cameo, plover, goldstein, quad = rng.choice(CODES)
            when = (day - timedelta(days=rng.randrange(4))).isoformat()
            analysis.events.append(Event(i, "met", offset + 8, offset + 11, cameo, plover, goldstein, quad, rng.choice(STATUSES), source, target, when))
            analysis.mentions.append(Mention(offset, offset + 5, line[:5], source, i, "synthetic"))
            offset += len(line) + 1
        analysis.quotes.append(Quote(0, 0, 10, text[:10], "direct", ids[0], "Actor 0", "said"))
        analysis.forecasts.append(Forecast(1, ids[1], "Actor 1", "may", 0.45, "something may happen", day.isoformat(), actors=[ids[0], ids[1]]))
        batch.append(analysis)
        if len(batch) == BATCH:
            store.save_many(batch)
            batch = []
    store.save_many(batch)
    store.close()
    return ids
