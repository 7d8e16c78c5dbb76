"""Event locations through the pipeline, the ledger and the export: a name, never a clause, and its place."""

from __future__ import annotations

import json
import sqlite3

import pytest

from newsledger.ingest import Article
from newsledger.pipeline import analyse_batch
from newsledger.store import Store, migrations, schema
from tests.store.conftest import new_postgres_url, postgres_url  # noqa: F401 (fixtures)


def _events(*texts: str, published: str = "2024-05-02") -> list[list]:
    articles = [Article(source=f"t{i}.txt", raw=t, text=t, published=published, language="en") for i, t in enumerate(texts)]
    return [a.events for a in analyse_batch(articles)]


@pytest.fixture(scope="module")
def located():
    return _events(
        "Georgian Prime Minister Irakli Kobakhidze met Azerbaijan's President in Baku.",
        "Riots broke out in Paris, Texas.",
        "Police arrested three men in Savannah, Georgia, on Tuesday.",
        "Kenyan police arrested 40 protesters in Nairobi, where the opposition had called a strike.",
        "Dock workers went on strike in Long Beach, California.",
    )


def _place(events):
    (first, *_) = [e for e in events if e.location]
    return first


def test_meeting_in_a_capital_gets_its_coordinates(located):
    event = _place(located[0])
    assert (event.location, event.location_name, event.location_country, event.location_class) == ("Baku", "Baku", "AZE", "P")
    assert event.location_id > 0 and 40 < event.lat < 41 and 49 < event.lon < 50


def test_qualified_us_city_is_in_the_usa(located):
    paris, savannah = _place(located[1]), _place(located[2])
    assert (paris.location, paris.location_country, paris.location_admin1) == ("Paris, Texas", "USA", "US.TX")
    assert (savannah.location, savannah.location_country, savannah.location_admin1) == ("Savannah, Georgia", "USA", "US.GA")
    assert paris.target == "USA" and savannah.source == "USACOP"  # the sides' country too, not France or Georgia
    strike = _place(located[4])  # an event, with its place, though no side is named
    assert (strike.location, strike.location_admin1, strike.source) == ("Long Beach, California", "US.CA", "USALAB")


def test_location_is_the_name_never_the_clause_after_it(located):
    event = _place(located[3])
    assert event.location == "Nairobi" and event.location_country == "KEN"


def test_article_countries_settle_an_ambiguous_name_but_not_its_own_reading():
    tripoli, geneva = (_place(events) for events in _events(
        "Lebanese troops clashed with gunmen in Tripoli on Sunday.",
        "Talks between the United States and Iran opened in Geneva on Monday."))
    assert (tripoli.location_country, tripoli.location_admin1) == ("LBN", "LB.09")
    assert geneva.location_country == "CHE"


def test_unresolved_location_keeps_its_name_and_no_place():
    event = _place(_events("Kenyan police arrested 40 protesters near Springfield on Sunday.")[0])
    assert event.location == "Springfield" and event.location_id is None and event.lat is None  # no Kenyan one


def _ledger_with_event(path, located) -> Store:
    store = Store(str(path))
    (analysis,) = analyse_batch([Article(source="baku.txt", raw="x", text="Georgian Prime Minister Irakli Kobakhidze "
                                         "met Azerbaijan's President in Baku.", published="2024-05-02", language="en")])
    store.save(analysis)
    return store


def test_export_carries_location_id_and_coordinates(ledger_path, located):
    jsonschema = pytest.importorskip("jsonschema")
    from newsledger.interfaces.export import EXPORT_SCHEMA, jsonl_records

    store = _ledger_with_event(ledger_path, located)
    validator = jsonschema.Draft202012Validator(json.loads(EXPORT_SCHEMA.read_text()))
    lines = list(jsonl_records(store))
    for line in lines:
        validator.validate(line)
    events = [line for line in lines if line["kind"] == "event"]
    assert events and all(e["location"] == "Baku" and e["location_country"] == "AZE" for e in events)
    assert all(isinstance(e["location_id"], int) and 40 < e["lat"] < 41 and 49 < e["lon"] < 50 for e in events)
    assert json.loads(EXPORT_SCHEMA.read_text())["version"] == "1.4.0"


def test_ledger_made_before_places_gains_the_columns_and_keeps_its_events(ledger_path, located):
    _ledger_with_event(ledger_path, located).close()
    with sqlite3.connect(ledger_path) as conn:  # what a schema-2 ledger looks like: events without places
        for name, _ in schema.EVENT_PLACE_COLUMNS:
            conn.execute(f"ALTER TABLE events DROP COLUMN {name}")
        conn.execute("UPDATE newsledger_meta SET value = '2' WHERE key = 'schema_version'")
    store = Store(str(ledger_path))
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST >= 3
        columns = [c[1] for c in conn.exec_driver_sql("PRAGMA table_info(events)")]
        rows = conn.exec_driver_sql("SELECT location, location_id, lat FROM events").fetchall()
    assert {name for name, _ in schema.EVENT_PLACE_COLUMNS} <= set(columns)
    assert rows and all(row == ("Baku", None, None) for row in rows)  # old events keep their location text


@pytest.mark.postgres
def test_postgres_ledger_made_before_places_gains_the_columns(new_postgres_url):  # noqa: F811
    from sqlalchemy import inspect, text

    store = Store(new_postgres_url)
    with store.transaction(write=True) as conn:  # set back to schema 2: events without places
        for name, _ in schema.EVENT_PLACE_COLUMNS:
            conn.execute(text(f"ALTER TABLE events DROP COLUMN {name}"))
        conn.execute(text("UPDATE newsledger_meta SET value = '2' WHERE key = 'schema_version'"))
    store.close()
    store = Store(new_postgres_url)
    with store.transaction() as conn:
        assert migrations.current_version(conn, "x") == migrations.LATEST
        columns = {c["name"] for c in inspect(conn).get_columns("events")}
    assert {name for name, _ in schema.EVENT_PLACE_COLUMNS} <= columns
    store.close()
