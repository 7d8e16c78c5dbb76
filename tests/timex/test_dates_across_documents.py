"""`newsledger docs infer-dates`: an undated story that names another story's dated event in
relative terms ("next week") is dated from it; the story that gives the date in full is left alone;
a person named by the title of an office held once bounds the story by that term."""

from __future__ import annotations

import json

import pytest

ANNOUNCEMENT = ("Ruto to visit Tanzania\n\nThe foreign ministry in Nairobi confirmed that Kenyan President William Ruto "
                "will visit Tanzania on June 10-12, 2024, at the invitation of President Samia Suluhu Hassan.\n\n"
                "The two leaders are expected to sign a border agreement.\n")
PREVIEW = ("Border talks\n\nTraders in Namanga are waiting for news on the crossing. Kenyan President William Ruto "
           "is coming to Tanzania next week from Monday to Wednesday, his office said on Friday.\n\n"
           "The border has been closed to lorries since the floods.\n")
IN_OFFICE = ("Brazil and China talk trade\n\nChinese Foreign Minister Qin Gang met his Brazilian counterpart in Beijing "
             "on Thursday to discuss soybean exports.\n\nThe two ministers will meet again in Brasilia on April 20, 2023.\n")
OWN_DATE = ("Hassan to visit Kenya\n\nTanzanian President Samia Suluhu Hassan will visit Kenya on September 2, 2024, "
            "the state house in Dodoma said.\n\nTraders hope for a deal on the crossings when Samia Suluhu Hassan "
            "visits Kenya next week.\n")
FORMER = ("Soybean talks resume\n\nFormer Foreign Minister Qin Gang was not seen at the talks in Beijing on Thursday.\n\n"
          "The two delegations will meet again in Brasilia on April 20, 2027.\n")


@pytest.fixture(scope="module")
def dated_ledger(tmp_path_factory):
    from typer.testing import CliRunner

    from newsledger.interfaces.cli import app

    folder = tmp_path_factory.mktemp("across")
    (folder / "announcement.txt").write_text(ANNOUNCEMENT, encoding="utf-8")
    (folder / "preview.txt").write_text(PREVIEW, encoding="utf-8")
    (folder / "in_office.txt").write_text(IN_OFFICE, encoding="utf-8")
    (folder / "former.txt").write_text(FORMER, encoding="utf-8")
    (folder / "own_date.txt").write_text(OWN_DATE, encoding="utf-8")
    db = str(folder / "ledger.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", "--db", db, str(folder)]).exit_code == 0
    inferred = runner.invoke(app, ["docs", "infer-dates", "--db", db])
    assert inferred.exit_code == 0, inferred.output
    docs = [json.loads(line) for line in runner.invoke(app, ["docs", "--db", db, "--json"]).stdout.splitlines()]
    shown = [json.loads(runner.invoke(app, ["show", doc["doc_id"], "--db", db, "--json"]).stdout) for doc in docs]
    listing = runner.invoke(app, ["docs", "--db", db]).stdout
    return {"listing": listing, **{doc["title"]: doc for doc in shown}}


def test_a_relative_mention_of_a_dated_event_dates_the_undated_story_to_a_range(dated_ledger):
    preview = dated_ledger["Border talks"]
    assert (preview["published"], preview["published_latest"]) == ("2024-06-03", "2024-06-09")
    assert preview["published_reason"].startswith("inferred:") and "'next week'" in preview["published_reason"]
    assert "2024-06-10" in preview["published_reason"]


def test_the_story_that_gives_the_date_in_full_keeps_its_own_inference(dated_ledger):
    announcement = dated_ledger["Ruto to visit Tanzania"]
    assert (announcement["published"], announcement["published_latest"]) == (None, "2024-06-09")
    assert announcement["published_reason"] == "inferred: it speaks of 2024-06-10 as still to come"


def test_a_person_named_by_the_title_of_one_term_bounds_the_story_by_that_term(dated_ledger):
    story = dated_ledger["Brazil and China talk trade"]
    assert (story["published"], story["published_latest"]) == ("2022-12-30", "2023-04-19")
    assert "Qin Gang as foreign minister" in story["published_reason"]


def test_a_former_holder_of_the_office_bounds_nothing(dated_ledger):
    story = dated_ledger["Soybean talks resume"]
    assert (story["published"], story["published_latest"]) == (None, "2027-04-19")


def test_the_listing_shows_an_inferred_range_with_its_mark(dated_ledger):
    assert "to 2024-06-09" in dated_ledger["listing"] and "(inferred)" in dated_ledger["listing"]


def test_a_relative_mention_of_an_event_the_same_story_dates_narrows_it(dated_ledger):
    story = dated_ledger["Hassan to visit Kenya"]
    assert (story["published"], story["published_latest"]) == ("2024-08-26", "2024-09-01")
    assert "that this document dates" in story["published_reason"]
