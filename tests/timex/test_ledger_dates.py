"""`newsledger docs infer-dates` with firmly dated stories as anchors, and how an inferred range is
shown: listed and filtered as a range, on the web page with both ends, and "no date found" for a
story nothing dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

# Dated by metadata; the visit's day is the story's own "on Monday" (a relative date in a dated story).
ARRIVAL = {"title": "Modi arrives in Tokyo", "published": "2024-10-14",
           "text": "Indian Prime Minister Narendra Modi arrived in Tokyo on Monday for a two-day visit, the Japanese "
                   "government said.\n\nHe will meet business leaders on Tuesday."}
# Dated by metadata; the visit has no time expression, so it takes the publication day.
VISIT = {"title": "Lula in Pretoria", "published": "2024-09-09",
         "text": "Brazilian President Luiz Inacio Lula da Silva visited South Africa, where he met President Cyril "
                 "Ramaphosa.\n\nThe talks covered trade."}
PREVIEW = ("Modi heads east\n\nIndian Prime Minister Narendra Modi comes to Tokyo next week, his office said.\n\n"
           "Business groups hope for new investment in rail.\n")
TRIP = ("Lula heads south\n\nBrazilian President Luiz Inacio Lula da Silva travels to South Africa next week, his "
        "spokesman said.\n\nFarmers hope for new export deals.\n")
IN_OFFICE = ("Ministers talk grain\n\nChinese Foreign Minister Qin Gang spoke with his Egyptian counterpart by telephone "
             "about grain shipments through the Suez Canal.\n\nBoth sides want the shipments to continue.\n")
UNDATED = "Grain talks\n\nThe farmers met in the village hall to talk about the harvest.\n\nThey agreed to share their tractors.\n"


@pytest.fixture(scope="module")
def ledger(tmp_path_factory):
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    folder = tmp_path_factory.mktemp("firm")
    (folder / "dated.jsonl").write_text("\n".join(json.dumps(a) for a in (ARRIVAL, VISIT)) + "\n", encoding="utf-8")
    for name, text in {"preview": PREVIEW, "trip": TRIP, "in_office": IN_OFFICE, "undated": UNDATED}.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    db = str(folder / "ledger.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", db, str(folder)]).exit_code == 0
    assert runner.invoke(app, ["docs", "infer-dates", "--db", db]).exit_code == 0
    return db


def docs_by_title(cli, db, *options) -> dict:
    return {d["title"]: d for d in map(json.loads, cli("docs", "--db", db, "--json", *options).stdout.splitlines())}


def test_an_event_a_dated_story_dates_relatively_dates_the_undated_story(ledger, cli):
    preview = docs_by_title(cli, ledger)["Modi heads east"]
    assert (preview["published"], preview["published_latest"]) == ("2024-10-07", "2024-10-13")
    assert "'next week' names the 2024-10-14 event" in preview["published_reason"]


def test_an_event_dated_by_its_story_publication_day_dates_the_undated_story(ledger, cli):
    trip = docs_by_title(cli, ledger)["Lula heads south"]
    assert (trip["published"], trip["published_latest"]) == ("2024-09-02", "2024-09-08")
    assert "(its publication day)" in trip["published_reason"]


def test_a_term_of_office_ends_the_range_on_the_day_the_reason_names(ledger, cli):
    story = docs_by_title(cli, ledger)["Ministers talk grain"]
    assert (story["published"], story["published_latest"]) == ("2022-12-30", "2023-07-25")
    assert "an office held from 2022-12-30 to 2023-07-25" in story["published_reason"]


def test_a_story_nothing_dates_says_no_date_was_found(ledger, cli):
    story = docs_by_title(cli, ledger)["Grain talks"]
    assert story["published"] is None and story["published_reason"].startswith("no date found")


def test_since_keeps_a_range_that_reaches_into_the_window(ledger, cli):
    titles = set(docs_by_title(cli, ledger, "--since", "2023-07-01"))
    assert "Ministers talk grain" in titles  # 2022-12-30..2023-07-25 overlaps
    assert "Modi heads east" in titles and "Grain talks" not in titles
    assert "Ministers talk grain" not in docs_by_title(cli, ledger, "--since", "2023-07-26")


def test_the_document_page_shows_both_ends_of_an_inferred_range(ledger, cli):
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    doc_id = docs_by_title(cli, ledger)["Ministers talk grain"]["doc_id"]
    page = TestClient(create_app(ledger), base_url="http://localhost:8000").get(f"/doc/{doc_id}").text
    assert "2022-12-30 – 2023-07-25 (inferred: it names Qin Gang" in page


def shown(cli, db, title) -> dict:
    return json.loads(cli("show", docs_by_title(cli, db)[title]["doc_id"], "--db", db, "--json").stdout)


def test_infer_dates_re_dates_the_records_of_the_documents_it_dates(ledger, cli):
    preview = shown(cli, ledger, "Modi heads east")
    visit = next(e for e in preview["events"] if e["time_text"] == "next week")
    assert visit["date"] == "2024-W42"  # the week after 2024-10-07..2024-10-13, read from the stored parse
    assert {t["value"] for t in preview["timexes"] if t["text"] == "next week"} == {"2024-W42"}


def test_a_recode_keeps_the_date_other_documents_gave(ledger, cli, tmp_path):
    import shutil

    copy = tmp_path / "ledger.db"
    for suffix in ("", "-wal", "-shm"):
        if Path(ledger + suffix).exists():
            shutil.copy(ledger + suffix, str(copy) + suffix)
    doc_id = docs_by_title(cli, copy)["Lula heads south"]["doc_id"]
    assert cli("recode", "--db", copy, "--docs", doc_id, "--quiet").exit_code == 0
    trip = docs_by_title(cli, copy)["Lula heads south"]
    assert (trip["published"], trip["published_latest"]) == ("2024-09-02", "2024-09-08")
    assert "names the 2024-09-09 event" in trip["published_reason"]


def test_an_event_dated_only_by_a_span_dates_no_other_story(tmp_path, cli):
    # "in the coming days" dates the visit 2024-09-09..2024-09-16: no one day for "next week" to count back from
    ahead = {"title": "Ramaphosa to visit Brazil", "published": "2024-09-09",
             "text": "South African President Cyril Ramaphosa will visit Brazil in the coming days, his office said."}
    (tmp_path / "dated.jsonl").write_text(json.dumps(ahead) + "\n", encoding="utf-8")
    (tmp_path / "trip.txt").write_text("Ramaphosa heads west\n\nSouth African President Cyril Ramaphosa travels to "
                                       "Brazil next week, his spokesman said.\n", encoding="utf-8")
    db = str(tmp_path / "ledger.db")
    assert cli("ingest", "--db", db, tmp_path).exit_code == 0
    assert cli("docs", "infer-dates", "--db", db).exit_code == 0
    visit = next(e for e in shown(cli, db, "Ramaphosa to visit Brazil")["events"] if e["time_text"] == "the coming days")
    assert (visit["date"], visit["date_end"]) == ("2024-09-09", "2024-09-16")
    assert docs_by_title(cli, db)["Ramaphosa heads west"]["published"] is None
