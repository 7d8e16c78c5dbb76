"""A small ledger built by hand: two reports of one visit that disagree, a forecast, and hostile text."""

from __future__ import annotations

import pytest

from newsledger.ingest import article_from_text
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Mention, Quote, Sentence
from newsledger.store import Store

HOSTILE = '<script>alert("pwned")</script> "><img src=x onerror=alert(1)>'
ACTORS = {
    "xi-jinping": Actor("xi-jinping", "Xi Jinping", "person", "CHN", "CHNGOV"),
    "vladimir-putin": Actor("vladimir-putin", "Vladimir Putin", "person", "RUS", "RUSGOV"),
    "hostile-org": Actor("hostile-org", f"Institute {HOSTILE}", "organisation", None, None),
}


def _analysis(source: str, lines: list[str], published: str, title: str, url: str | None = None) -> Analysis:
    text = "\n".join(lines)
    article = article_from_text(source, text, [], title=title, published=published, url=url)
    assert article.text == text, "test text must survive cleaning unchanged"
    sentences, start = [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(i, start, start + len(line)))
        start += len(line) + 1
    return Analysis(article, sentences=sentences, actors=dict(ACTORS))


def _span(analysis: Analysis, sentence: int, words: str) -> tuple[int, int]:
    s = analysis.sentences[sentence]
    offset = analysis.article.text.index(words, s.start)
    return offset, offset + len(words)


def build_ledger(path) -> Store:
    store = Store(str(path))
    planned = _analysis("tass.txt", [
        "Chinese President Xi Jinping will visit Moscow from March 20 to 22, the Kremlin said on Friday.",
        "Putin invited Xi to Moscow during a video call in December.",
    ], "2023-03-17", "Xi to visit Moscow next week", "https://example.org/xi-visit")
    a, b = _span(planned, 0, "Xi Jinping")
    v = _span(planned, 0, "visit")
    planned.mentions = [Mention(a, b, "Xi Jinping", "xi-jinping", 0, "exact alias")]
    planned.events = [Event(0, "visit", v[0], v[1], "042", "CONSULT", 1.9, 1, "planned", "xi-jinping", "vladimir-putin", "2023-03-20", "2023-03-22", "from March 20 to 22", "Moscow", 0.8, "trigger visit; cue will")]
    planned.forecasts = [Forecast(0, None, "Example Wire", "will", 0.9, "Xi Jinping will visit Moscow", "2023-03-22", event_cameo="042", actors=["xi-jinping", "vladimir-putin"])]

    occurred = _analysis("reuters.txt", [
        "Xi Jinping arrived in Moscow on Monday and held talks with Vladimir Putin at the Kremlin.",
        '"We are ready to stand guard over the world order," Putin said.',
    ], "2023-03-20", "Xi arrives in Moscow")
    v = _span(occurred, 0, "held talks")
    q = _span(occurred, 1, "We are ready to stand guard over the world order,")
    occurred.events = [Event(0, "held talks", v[0], v[1], "040", "CONSULT", 1.0, 1, "occurred", "vladimir-putin", "xi-jinping", "2023-03-20", None, "on Monday", "Moscow", 0.9, "trigger held talks")]
    occurred.quotes = [Quote(1, q[0], q[1], occurred.article.text[q[0]:q[1]], "direct", "vladimir-putin", "Putin", "said")]

    denied = _analysis("blog.txt", [
        "Xi Jinping did not travel to Moscow in March, despite the announcements.",
        f"A researcher at the {HOSTILE} said so.",
    ], "2023-03-25", f"Hostile title {HOSTILE}")
    v = _span(denied, 0, "travel")
    h = _span(denied, 1, HOSTILE)
    denied.events = [Event(0, "travel", v[0], v[1], "042", "CONSULT", 1.9, 1, "negated", "xi-jinping", "vladimir-putin", "2023-03", None, "in March", None, 0.6, "negation: did not")]
    denied.mentions = [Mention(h[0], h[1], HOSTILE, "hostile-org", 1, "new actor")]
    for analysis in (planned, occurred, denied):
        store.save(analysis)
    return store


@pytest.fixture(scope="module")
def web_ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "ledger.db"
    build_ledger(path).close()
    return path


@pytest.fixture(scope="module")
def client(web_ledger):
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    return TestClient(create_app(str(web_ledger)), base_url="http://localhost:8000")  # a Host the app answers
