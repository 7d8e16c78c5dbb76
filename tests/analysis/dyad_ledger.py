"""A ledger of short made-up reports on China and Russia, built by hand: people, ministries, militaries
and states on both sides, every kind of status, two undated events, a gap of two empty months, an official
whose office changes what he stands for, and one pair of other states."""

from __future__ import annotations

from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Sentence
from newsledger.store import Store

ACTORS = {a.actor_id: a for a in [
    Actor("CHN", "China", "state", "CHN", "CHN"),
    Actor("RUS", "Russia", "state", "RUS", "RUS"),
    Actor("DEU", "Germany", "state", "DEU", "DEU"),
    Actor("FRA", "France", "state", "FRA", "FRA"),
    Actor("wang-yi", "Wang Yi", "person", "CHN", "CHNGOV", aliases=["Foreign Minister Wang"]),
    Actor("sergei-lavrov", "Sergei Lavrov", "person", "RUS", "RUSGOV"),
    Actor("xi-jinping", "Xi Jinping", "person", "CHN", "CHNGOV", aliases=["President Xi"]),
    Actor("RUSGOV", "Kremlin", "government", "RUS", "RUSGOV"),
    Actor("RUSMIL", "Russian military", "military", "RUS", "RUSMIL"),
    Actor("MEX", "Mexico", "state", "MEX", "MEX"),
    Actor("antonio-guterres", "Antonio Guterres", "person", "PRT", None,
          roles=[{"role": "Secretary-General", "country": "IGOUNO", "start": "2017-01-01"}]),
    Actor("IGOUNO", "United Nations", "igo", None, "IGOUNO"),
]}


def _report(source: str, published: str | None, outlet: str, lines: list[tuple[str, tuple]]) -> Analysis:
    """One article; each line carries one event (trigger word, cameo, plover, goldstein, quad, status, source, target, date)."""
    text = "\n".join(line for line, _ in lines)
    article = article_from_text(source, text, [], title=f"Report {source}", published=published, outlet=outlet)
    analysis = Analysis(article, actors=dict(ACTORS))
    start = 0
    for i, (line, (trigger, cameo, plover, goldstein, quad, status, actor, target, when)) in enumerate(lines):
        analysis.sentences.append(Sentence(i, start, start + len(line)))
        at = start + line.index(trigger)
        analysis.events.append(Event(i, trigger, at, at + len(trigger), cameo, plover, goldstein, quad, status, actor, target, when))
        start += len(line) + 1
    return analysis


def build(path) -> Store:
    store = Store(str(path))
    reports = [
        _report("talks.txt", "2024-01-10", "Wire", [
            ("Foreign Minister Wang Yi met Sergei Lavrov in Beijing on Tuesday.",
             ("met", "040", "CONSULT", 1.0, 1, "occurred", "wang-yi", "sergei-lavrov", "2024-01-09")),
            ("The Russian military did not seize the Chinese cargo ship in January, officials said.",
             ("seize", "171", "COERCE", -9.2, 4, "negated", "RUSMIL", "CHN", "2024-01")),
        ]),
        _report("trade.txt", "2024-04-02", "Daily", [
            ("China and Russia signed a grain trade deal on Monday.",
             ("signed", "061", "COOPERATE", 6.4, 2, "occurred", "CHN", "RUS", "2024-04-01")),
            ("President Xi is expected to visit Moscow in May.",
             ("visit", "042", "CONSULT", 1.9, 1, "expected", "xi-jinping", "RUS", "2024-05")),
        ]),
        _report("blog.txt", None, "Blog", [
            ("The Kremlin accused Beijing of hoarding grain.",
             ("accused", "112", "ACCUSE", -2.0, 3, "occurred", "RUSGOV", "CHN", None)),
            ("Russia could impose sanctions on Chinese banks if the talks fail.",
             ("impose", "163", "SANCTION", -8.0, 4, "hypothetical", "RUS", "CHN", None)),
        ]),
        _report("europe.txt", "2024-01-20", "Wire", [
            ("Germany and France held talks in Paris on Friday.",
             ("held talks", "040", "CONSULT", 1.0, 1, "occurred", "DEU", "FRA", "2024-01-19")),
        ]),
        _report("un.txt", "2018-06-02", "Wire", [
            ("Antonio Guterres met Russian officials in Lisbon in June 2016.",
             ("met", "040", "CONSULT", 1.0, 1, "occurred", "antonio-guterres", "RUS", "2016-06-01")),
            ("Secretary-General Guterres met Russian officials in New York on Friday.",
             ("met", "040", "CONSULT", 1.0, 1, "occurred", "antonio-guterres", "RUS", "2018-06-01")),
        ]),
    ]
    for analysis in reports:
        store.save(analysis)
    return store
