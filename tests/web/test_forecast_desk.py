"""The forecast desk on made-up forecasts: filters, open/due/resolved with counts, named forecasters apart."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from newsledger.analysis.forecasts import ForecastFilter, find_forecasts, resolve
from newsledger.ingest import article_from_text
from newsledger.interfaces.web import create_app
from newsledger.pipeline import Analysis
from newsledger.records import Actor, Event, Forecast, Sentence
from newsledger.store import Store

LINES = [  # (sentence, forecaster id, forecaster words, hedge, p, proposition, horizon, actors)
    ("Shi Yinhong said Russia is unlikely to win the war in Ukraine this year.", "shi-yinhong", "Shi Yinhong", "is unlikely to", 0.2,
     "Russia wins the war in Ukraine this year", "2023-12-31", ["RUS", "UKR"]),
    ("Shi Yinhong added that talks on Ukraine may well start by 2040.", "shi-yinhong", "Shi Yinhong", "may well", 0.6,
     "talks on Ukraine start", "2040-01-01", ["UKR"]),
    ("He said the grain corridor will almost certainly reopen.", None, "He", "will almost certainly", 0.95,
     "the grain corridor reopens", "2023-08-01", ["UKR"]),
    ("Prices will probably fall, the author expects.", None, "the author", "will probably", 0.7, "prices fall", None, []),
]
EVENT = "Russian forces seized a Ukrainian town on May 1, 2023."
ACTORS = {"shi-yinhong": Actor("shi-yinhong", "Shi Yinhong", "person", "CHN", None),
          "UKR": Actor("UKR", "Ukraine", "state", "UKR", "UKR"), "RUS": Actor("RUS", "Russia", "state", "RUS", "RUS")}


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    path = tmp_path_factory.mktemp("desk") / "ledger.db"
    text = "\n".join(line[0] for line in LINES)
    analysis = Analysis(article_from_text("war.txt", text, [], title="Views on the war", published="2023-01-10"), actors=dict(ACTORS))
    start = 0
    for i, (sentence, who, words, hedge, p, proposition, horizon, actors) in enumerate(LINES):
        analysis.sentences.append(Sentence(i, start, start + len(sentence)))
        analysis.forecasts.append(Forecast(i, who, words, hedge, p, proposition, horizon, actors=actors))
        start += len(sentence) + 1
    store = Store(str(path))
    store.save(analysis)
    # A later report: an article never bears out its own forecasts.
    report = Analysis(article_from_text("front.txt", EVENT, [], title="Town seized", published="2023-05-02"), actors=dict(ACTORS),
                      sentences=[Sentence(0, 0, len(EVENT))])
    at = EVENT.index("seized")
    report.events.append(Event(0, "seized", at, at + 6, "173", "COERCE", -9.2, 4, "occurred", "RUS", "UKR", "2023-05-01"))
    store.save(report)
    corridor = next(f["forecast_id"] for f in find_forecasts(store, ForecastFilter(words="corridor"))[0])
    resolve(store, corridor, True)
    store.close()
    return path


@pytest.fixture(scope="module")
def client(ledger):
    return TestClient(create_app(str(ledger)), base_url="http://localhost:8000")


def _propositions(client, **params) -> list[str]:
    return [f["proposition"] for f in client.get("/api/forecasts", params=params).json()["forecasts"]]


def test_forecasts_filter_by_actor_forecaster_probability_and_horizon(client):
    assert _propositions(client, actor="Ukraine", p_max="0.5") == ["Russia wins the war in Ukraine this year"]
    assert _propositions(client, forecaster="Shi") == ["Russia wins the war in Ukraine this year", "talks on Ukraine start"]
    assert _propositions(client, horizon_from="2030-01-01") == ["talks on Ukraine start"]
    assert _propositions(client, q="grain corridor") == ["the grain corridor reopens"]
    assert client.get("/api/forecasts", params={"p_min": "1.5"}).status_code == 400


def test_states_open_due_and_resolved_are_counted_before_the_state_filter(client):
    data = client.get("/api/forecasts", params={"state": "due"}).json()
    assert [f["proposition"] for f in data["forecasts"]] == ["Russia wins the war in Ukraine this year"]
    assert data["facets"]["state"] == {"open": 3, "due": 1, "resolved": 1} and data["total"] == 1
    assert _propositions(client, state="resolved") == ["the grain corridor reopens"]
    assert len(_propositions(client, state="open")) == 3  # a due forecast is still open


def test_named_forecasters_are_kept_apart_from_pronouns_and_authors(client, ledger):
    data = client.get("/api/forecasts").json()
    assert data["facets"]["kind"] == {"named": 2, "unnamed": 2}
    assert [f["forecaster_name"] for f in data["forecasts"]][:2] == ["Shi Yinhong", "Shi Yinhong"]  # named first
    assert _propositions(client, kind="unnamed") == ["the grain corridor reopens", "prices fall"]
    page = client.get("/forecasts").text
    named, unnamed = page.index("Named forecasters"), page.index("Pronouns, authors and groups")
    assert named < page.index(">Shi Yinhong</a></td><td>2<", named) < unnamed < page.index(">He</a>", unnamed)
    assert re.search(r">He</a></td><td>1</td><td>1</td><td>0\.003</td>", page)  # (0.95 - 1)² = 0.0025
    assert page.count('class="calibration"') == 0  # only named forecasters get a chart, once one of theirs is resolved


def test_state_tabs_and_paging_keep_the_filters(client):
    page = client.get("/forecasts", params={"actors": "Ukraine", "kind": "named"}).text
    tabs = re.findall(r'href="(/forecasts\?[^"]*state=[a-z]+[^"]*)"', page)
    assert len(tabs) == 3 and all("actors=Ukraine" in t and "kind=named" in t for t in tabs)
    assert 'form method="post" action="/forecasts/' in page  # resolved from the list


def test_a_due_forecast_shows_what_the_ledger_suggests_and_the_form_is_filled_with_it(client):
    [due] = client.get("/api/forecasts", params={"state": "due"}).json()["forecasts"]
    assert due["suggestion"]["outcome"] is True and due["suggestion"]["evidence"][0]["evidence"].startswith("Russian forces seized")
    page = client.get("/forecasts", params={"state": "due"}).text
    assert "Suggested: came true — 1 occurred event(s) in the ledger match its actors before the horizon" in page
    assert f'name="evidence" placeholder="evidence URL or doc id" aria-label="evidence" value="{due["suggestion"]["evidence"][0]["doc_id"]}"' in page  # the report that bears it out
    assert "suggestion" not in client.get("/api/forecasts", params={"state": "resolved"}).json()["forecasts"][0]
    assert all("suggestion" not in f for f in client.get("/api/forecasts").json()["forecasts"])  # only the due tab is the queue


def test_a_named_forecaster_with_resolved_forecasts_gets_a_calibration_chart(ledger, tmp_path):
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(ledger, copy)
    store = Store(str(copy))
    war = next(f["forecast_id"] for f in find_forecasts(store, ForecastFilter(words="wins the war"))[0])
    resolve(store, war, False)
    page = TestClient(create_app(str(copy)), base_url="http://localhost:8000").get("/forecasts").text
    assert page.count('class="calibration"') == 1 and 'aria-label="Calibration of Shi Yinhong"' in page
    assert re.search(r"<title>Shi Yinhong: 1 forecast\(s\) at p 0\.1-0\.3, mean 0\.20, 0% came true</title>", page)


def test_the_all_tab_counts_every_forecast_the_filters_keep(client):
    tabs = client.get("/forecasts", params={"kind": "unnamed"}).text
    counts = dict(re.findall(r'>(all|open|due|resolved) <span class="count">(\d+)</span>', tabs))
    assert counts == {"all": "2", "open": "1", "due": "0", "resolved": "1"}  # a due forecast is open too: all = open + resolved


def _brief_documents(store: Store) -> list[str]:
    """Ids of short stored stories, enough that two of them share a first character (16 hex digits)."""
    ids = []
    for n in range(17):
        text = f"Storm number {n} closed the port of Gdansk for a day, harbour officials said."
        analysis = Analysis(article_from_text(f"storm-{n}.txt", text, [], title=f"Storm {n}", published="2023-02-01"))
        analysis.sentences.append(Sentence(0, 0, len(text)))
        store.save(analysis)
        ids.append(analysis.article.doc_id)
    return ids


def test_the_resolve_form_takes_a_unique_prefix_of_a_document_id_as_evidence(ledger, tmp_path):
    import shutil

    copy = tmp_path / "copy.db"
    shutil.copy(ledger, copy)
    store = Store(str(copy))
    ids = _brief_documents(store)
    shared = next(a[0] for a in sorted(ids) for b in sorted(ids) if a != b and a[0] == b[0])
    unique = next(i for i in ids if not any(j != i and j.startswith(i[:8]) for j in ids))
    open_ids = [f["forecast_id"] for f in find_forecasts(store, ForecastFilter(state="open"))[0]]
    store.close()
    client = TestClient(create_app(str(copy)), base_url="http://localhost:8000")
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/forecasts").text).group(1)

    def post(forecast_id: str, evidence: str):
        return client.post(f"/forecasts/{forecast_id}/resolve", data={"outcome": "true", "evidence": evidence, "csrf_token": token},
                           follow_redirects=False)

    assert post(open_ids[0], unique[:8]).status_code == 303
    [resolved] = [f for f in client.get("/api/forecasts").json()["forecasts"] if f["forecast_id"] == open_ids[0]]
    assert resolved["evidence"] == unique  # stored as the whole id
    ambiguous = post(open_ids[1], shared)
    assert ambiguous.status_code == 400 and "ambiguous" in ambiguous.text
    unknown = post(open_ids[1], "zz-no-such-document")
    assert unknown.status_code == 400 and "neither an http(s) URL nor the id" in unknown.text
