"""Same-event groups and disagreements, read through the lean grouping query, match their definition
written out plainly here: events with the same root and sides (each side as its country; either order
for meetings and cooperation) whose date spans lie within three days of one another, chained, told by
two documents at least; and, within a group, two documents whose statuses conflict, or that plan one event for different days."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from newsledger.analysis.events import CONFLICTING_STATUSES, UNDIRECTED_ROOTS, disagreements, same_events
from newsledger.records import Actor
from newsledger.store import Store, schema
from tests.analysis.dyad_ledger import ACTORS, _report
from tests.store.conftest import new_postgres_url, postgres_url  # noqa: F401  (fixtures: a ledger on a PostgreSQL server)

MORE = [Actor("UKR", "Ukraine", "state", "UKR", "UKR"), Actor("dmitry-peskov", "Dmitry Peskov", "person", "RUS", "RUSGOV")]
VISIT = ("visit", "042", "CONSULT", 1.9, 1)
TALKS = ("held talks", "040", "CONSULT", 1.0, 1)
ACCUSE = ("accused", "112", "ACCUSE", -2.0, 3)
PRAISE = ("praised", "051", "COOPERATE", 3.4, 1)

# (file, published, outlet, [(sentence, code, status, source, target, date)]): a state visit told by four
# outlets (planned, then held, one denying it), talks a week later, and stances a spokesman took.
REPORTS = [
    ("mar13.txt", "2024-03-13", "Harbour Times", [
        ("President Xi will visit Russia next week, the foreign ministry said.", VISIT, "planned", "xi-jinping", "RUS", "2024-03-20"),
        ("Dmitry Peskov praised China's peace plan on Monday.", PRAISE, "occurred", "dmitry-peskov", "CHN", "2024-03-11")]),
    ("mar20.txt", "2024-03-20", "Valley Post", [
        ("China's leader arrived in Moscow on Monday for a three-day visit.", VISIT, "occurred", "CHN", "RUSGOV", "2024-03-20"),
        ("Beijing and Moscow held talks on grain on Tuesday.", TALKS, "occurred", "RUS", "wang-yi", "2024-03-21")]),
    ("mar21.txt", "2024-03-21", "Coast Courier", [
        ("A Kremlin source said Xi did not visit Moscow at all.", VISIT, "negated", "xi-jinping", "RUSGOV", "2024-03-19"),
        ("Dmitry Peskov accused China of dragging its feet on Tuesday.", ACCUSE, "occurred", "dmitry-peskov", "CHN", "2024-03-12")]),
    ("mar22.txt", "2024-03-22", "Lake Herald", [
        ("Xi's visit to Russia, which began on Monday, is expected to end on Wednesday.", VISIT, "expected", "xi-jinping", "RUS", "2024-03-22"),
        ("China and Russia held talks on energy on Tuesday.", TALKS, "occurred", "CHN", "RUS", "2024-03-21"),
        ("China and Russia held talks on shipping a month later.", TALKS, "occurred", "CHN", "RUS", "2024-04-25")]),
    ("apr.txt", "2024-04-30", "Harbour Times", [
        ("Russia held talks with China in April, officials said.", TALKS, "occurred", "RUS", "CHN", "2024-04"),
        ("Ukraine accused Russia of shelling on Friday.", ACCUSE, "occurred", "UKR", "RUS", "2024-04-26"),
        ("Ukraine and Russia held talks in a year no one recalls.", TALKS, "negated", "UKR", "RUS", "2023")]),
]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger(request, tmp_path) -> str:
    """Where to make the ledger: a SQLite file, then a new PostgreSQL database."""
    return str(tmp_path / "l.db") if request.param == "sqlite" else request.getfixturevalue("new_postgres_url")


def _ledger(where: str):
    store = Store(where)
    for source, published, outlet, lines in REPORTS:
        analysis = _report(source, published, outlet, [(line, (*code, status, actor, target, when))
                                                       for line, code, status, actor, target, when in lines])
        analysis.actors.update({a.actor_id: a for a in MORE})
        store.save(analysis)
    return store


def _events():
    """Every event of REPORTS with its document, key and date span, as the definition reads them."""
    country = {**{a: actor.country for a, actor in ACTORS.items()}, **{a.actor_id: a.country for a in MORE}}
    events = []
    for source, _, _, lines in REPORTS:
        for line, code, status, actor, target, when in lines:
            if len(when) < 7:
                continue  # a year alone is too vague to match on
            first = date.fromisoformat(when if len(when) == 10 else when + "-01")
            last = first if len(when) == 10 else (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            sides = (country[actor] or actor, country[target] or target)
            sides = tuple(sorted(sides)) if code[1][:2] in UNDIRECTED_ROOTS else sides
            events.append({"doc": source, "key": (code[1][:2], *sides), "span": (first, last), "status": status, "line": line})
    return events


def _components(events, window=timedelta(days=3)):
    """Groups by the definition: events joined when their keys match and their spans lie within `window`,
    joined again through any chain of such events (union-find)."""
    parent = list(range(len(events)))

    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(events)), 2):
        a, b = events[i], events[j]
        apart = max(a["span"][0], b["span"][0]) - min(a["span"][1], b["span"][1])
        if a["key"] == b["key"] and apart <= window:
            parent[root(i)] = root(j)
    groups = {}
    for i, event in enumerate(events):
        groups.setdefault(root(i), []).append(event)
    return [g for g in groups.values() if len({e["doc"] for e in g}) >= 2]


def test_same_event_groups_are_the_definitions_groups(ledger):
    store = _ledger(ledger)
    expected = {(g[0]["key"], frozenset(e["line"] for e in g)) for g in _components(_events())}
    text = {r["event_id"]: r["line"] for r in _event_lines(store)}
    found = {(g.key, frozenset(text[e["event_id"]] for e in g.events)) for g in same_events(store)}
    assert found == expected
    assert len(expected) == 2  # the visit with the talks held during it (one root, 04), and the talks of April


def test_disagreements_are_the_definitions_conflicting_pairs(ledger):
    store = _ledger(ledger)
    expected = set()
    for group in _components(_events()):
        for a, b in itertools.combinations(group, 2):
            statuses = frozenset({a["status"], b["status"]})
            if a["doc"] == b["doc"]:
                continue
            if statuses in CONFLICTING_STATUSES:
                expected.add((" vs ".join(sorted(statuses)), frozenset({a["doc"], b["doc"]})))
            elif statuses <= {"planned", "expected"} and a["span"] != b["span"]:
                expected.add(("different dates", frozenset({a["doc"], b["doc"]})))
    found = disagreements(store)
    docs = {r["doc_id"]: r["source"] for r in _event_lines(store)}
    status_pairs = {(d["kind"], frozenset(docs[s["doc_id"]] for s in d["sides"])) for d in found if d["kind"] != "opposite statements"}
    assert status_pairs == expected
    # Peskov's praise and his accusation, a day apart in two outlets, are one stance pair, with both sentences.
    [stance] = [d for d in found if d["kind"] == "opposite statements"]
    assert {s["evidence"].split(" ")[2] for s in stance["sides"]} == {"praised", "accused"}
    assert all(s["title"] and s["outlet"] for d in found for s in d["sides"])


def _event_lines(store):
    """Each stored event's id, document, file and sentence."""
    E, D = schema.events.c, schema.documents.c
    query = (select(E.event_id, E.doc_id, D.source, func.substr(D.text, E.start + 1, E.end - E.start).label("line"))
             .join(schema.documents, D.doc_id == E.doc_id))
    with store.transaction() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]
