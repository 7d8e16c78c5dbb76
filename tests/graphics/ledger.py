"""A small hand-made ledger with placed events among four states' leaders, for the map, network and briefing tests."""

from __future__ import annotations

from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Sentence
from newsledger.store import Store

HOSTILE = '<script>alert("pwned")</script> "><img src=x onerror=alert(1)>'
ACTORS = {
    "xi-jinping": Actor("xi-jinping", "Xi Jinping", "person", "CHN", "CHNGOV"),
    "vladimir-putin": Actor("vladimir-putin", "Vladimir Putin", "person", "RUS", "RUSGOV"),
    "volodymyr-zelensky": Actor("volodymyr-zelensky", "Volodymyr Zelensky", "person", "UKR", "UKRGOV"),
    "joe-biden": Actor("joe-biden", "Joe Biden", "person", "USA", "USAGOV"),
}
MOSCOW = dict(location="Moscow", location_id=524901, location_name="Moscow", location_class="P", location_country="RUS", lat=55.75, lon=37.62)
KYIV = dict(location="Kyiv", location_id=703448, location_name="Kyiv", location_class="P", location_country="UKR", lat=50.45, lon=30.52)
BEIJING = dict(location="Beijing", location_id=1816670, location_name="Beijing", location_class="P", location_country="CHN", lat=39.91, lon=116.40)

# (sentence, trigger, cameo, plover, goldstein, quad class, status, source, target, date, place)
STORIES = {
    ("wire-march.txt", "2023-03-17", "Xi to visit Moscow"): [
        ("Xi Jinping will visit Vladimir Putin in Moscow next week.", "visit", "042", "CONSULT", 1.9, 1, "planned", "xi-jinping", "vladimir-putin", "2023-03-20", MOSCOW),
        ("Putin praised Xi Jinping on Friday.", "praised", "051", "COOPERATE", 3.4, 1, "occurred", "vladimir-putin", "xi-jinping", "2023-03-17", MOSCOW),
    ],
    ("wire-talks.txt", "2023-03-21", "Xi and Putin hold talks"): [
        ("Xi Jinping held talks with Vladimir Putin in Moscow on Tuesday.", "held talks", "040", "CONSULT", 1.0, 1, "occurred", "xi-jinping", "vladimir-putin", "2023-03-21", MOSCOW),
        ("Xi Jinping did not send weapons to Vladimir Putin.", "send", "070", "AID", 7.0, 2, "negated", "xi-jinping", "vladimir-putin", "2023-03-21", None),
    ],
    ("wire-war.txt", "2023-02-24", "Strikes on Kyiv"): [
        ("Vladimir Putin's forces shelled Kyiv on Friday, Volodymyr Zelensky said.", "shelled", "195", "ASSAULT", -10.0, 4, "occurred", "vladimir-putin", "volodymyr-zelensky", "2023-02-24", KYIV),
        ("Volodymyr Zelensky accused Vladimir Putin of war crimes.", "accused", "112", "ACCUSE", -2.0, 3, "occurred", "volodymyr-zelensky", "vladimir-putin", "2023-02-24", KYIV),
    ],
    ("wire-april.txt", "2023-04-10", f"Biden warns Beijing {HOSTILE}"): [
        ("Joe Biden warned Xi Jinping in Beijing on Monday.", "warned", "130", "THREATEN", -4.4, 3, "occurred", "joe-biden", "xi-jinping", "2023-04-10", BEIJING),
    ],
}


def build(path) -> Store:
    store = Store(str(path))
    for (source, published, title), rows in STORIES.items():
        text = "\n".join(row[0] for row in rows)
        article = article_from_text(source, text, [], title=title, published=published, url=f"https://example.org/{source}")
        sentences, events, start = [], [], 0
        for i, (line, trigger, cameo, plover, goldstein, quad, status, who, whom, day, place) in enumerate(rows):
            sentences.append(Sentence(i, start, start + len(line)))
            t = text.index(trigger, start)
            events.append(Event(i, trigger, t, t + len(trigger), cameo, plover, goldstein, quad, status, who, whom, day, **(place or {})))
            start += len(line) + 1
        analysis = Analysis(article, sentences=sentences, actors=dict(ACTORS), events=events)
        if source == "wire-war.txt":
            analysis.forecasts = [Forecast(0, "volodymyr-zelensky", "Volodymyr Zelensky", "will", 0.8, "the war will end this year", "2023-12-31",
                                           actors=["volodymyr-zelensky", "vladimir-putin"])]
        store.save(analysis)
    return store
