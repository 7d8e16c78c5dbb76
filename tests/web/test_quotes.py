"""The quotes browser on made-up reports: speakers by name and rolled up to states, actors mentioned, words."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsledger.ingest import article_from_text
from newsledger.interfaces.web import create_app
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Mention, Quote, Sentence
from newsledger.store import Store

ACTORS = {a.actor_id: a for a in [
    Actor("dmitry-peskov", "Dmitry Peskov", "person", "RUS", "RUSGOV"),
    Actor("RUSGOV", "Kremlin", "government", "RUS", "RUSGOV"),
    Actor("mao-ning", "Mao Ning", "person", "CHN", "CHNGOV"),
    Actor("xi-jinping", "Xi Jinping", "person", "CHN", "CHNGOV"),
    Actor("olaf-scholz", "Olaf Scholz", "person", "DEU", "DEUGOV"),
]}
REPORTS = [  # (source, published, lines: (sentence, quoted words, speaker id, speaker words, cue, mentioned ids))
    ("visit.txt", "2024-05-02", [
        ('"The visit of President Xi will open a new page," Peskov told reporters.', "The visit of President Xi will open a new page,", "dmitry-peskov", "Peskov", "told", ["xi-jinping"]),
        ("The Kremlin said the talks would cover energy and trade.", "the talks would cover energy and trade", "RUSGOV", "The Kremlin", "said", []),
    ]),
    ("briefing.txt", "2024-05-03", [
        ('"Xi\'s visit is a journey of friendship," Mao Ning said at a briefing.', "Xi's visit is a journey of friendship,", "mao-ning", "Mao Ning", "said", ["xi-jinping"]),
        ('"We expect nothing from it," a Western diplomat said.', "We expect nothing from it,", None, "a Western diplomat", "said", []),
    ]),
    ("berlin.txt", None, [
        ('"Energy prices must come down," Scholz said.', "Energy prices must come down,", "olaf-scholz", "Scholz", "said", []),
    ]),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("quotes") / "ledger.db"
    store = Store(str(path))
    for source, published, lines in REPORTS:
        text = "\n".join(line[0] for line in lines)
        analysis = Analysis(article_from_text(source, text, [], title=f"Report {source}", published=published, outlet="Wire"), actors=dict(ACTORS))
        start = 0
        for i, (sentence, words, speaker, speaker_text, cue, mentioned) in enumerate(lines):
            analysis.sentences.append(Sentence(i, start, start + len(sentence)))
            at = start + sentence.index(words)
            analysis.quotes.append(Quote(i, at, at + len(words), words, "direct" if sentence.startswith('"') else "indirect", speaker, speaker_text, cue))
            for actor in mentioned:
                name = "Xi"
                m = start + sentence.index(name)
                analysis.mentions.append(Mention(m, m + len(name), name, actor, i, "alias"))
            start += len(sentence) + 1
        store.save(analysis)
    store.close()
    return TestClient(create_app(str(path)), base_url="http://localhost:8000")


def _speakers(client, **params) -> list:
    return [q["speaker"] or q["speaker_text"] for q in client.get("/api/quotes", params=params).json()["quotes"]]


def test_words_find_quotes_in_the_quoted_text_or_its_sentence(client):
    assert _speakers(client, q="Xi visit") == ["dmitry-peskov", "mao-ning"]
    assert _speakers(client, q="energy") == ["RUSGOV", "olaf-scholz"]  # dated first, the undated last


def test_speakers_roll_up_to_their_states_unless_asked_not_to(client):
    assert _speakers(client, speaker="RUS") == ["dmitry-peskov", "RUSGOV"]
    assert _speakers(client, speaker="Kremlin", rollup="0") == ["RUSGOV"]
    assert _speakers(client, speaker="Mao Ning") == ["mao-ning"]


def test_actor_mentioned_date_and_undated_filters(client):
    assert _speakers(client, mentioned="Xi Jinping") == ["dmitry-peskov", "mao-ning"]
    assert _speakers(client, since="2024-05-03") == ["mao-ning", "a Western diplomat"]
    assert _speakers(client, undated="1") == ["olaf-scholz"]
    assert _speakers(client, sort="-date")[0] == "mao-ning"


def test_the_page_shows_quote_cue_source_and_counts(client):
    page = client.get("/quotes", params={"q": "visit"}).text
    assert "<strong>2</strong> quotes" in page and "journey of friendship" in page and "<td>told</td>" in page
    assert 'href="/doc/' in page and "Dmitry Peskov" in page
    data = client.get("/api/quotes").json()
    assert data["total"] == 5 and data["facets"]["undated"] == 1 and data["facets"]["speaker"]["mao-ning"] == 1
    assert "a Western diplomat" in client.get("/quotes").text
