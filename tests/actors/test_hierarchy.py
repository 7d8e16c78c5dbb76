"""The actor hierarchy: who stands for which state (or international organisation) on the article's date."""

from __future__ import annotations

import datetime
import json

import pytest

from newsledger import Ledger
from newsledger.actors.hierarchy import actor_parent, day_of
from newsledger.errors import NewsledgerError
from newsledger.records import Actor
from tests.actors.conftest import at, resolver_on


def parent_in(nlp, registry, text: str, surface: str, day: str) -> str | None:
    """The parent, on ``day``, of the actor that ``surface`` resolves to in ``text`` dated ``day``."""
    resolve_text = resolver_on(nlp, registry, datetime.date.fromisoformat(day))
    text, mentions, actors = resolve_text(text)
    mention = at(text, mentions, surface)
    assert mention is not None, f"{surface!r} is not an actor mention"
    return actor_parent(actors[mention.actor_id], day)


def test_a_minister_stands_for_the_state_they_serve(nlp, registry):
    text = "Russian Foreign Minister Sergei Lavrov told reporters in Minsk that the talks had stalled."
    assert parent_in(nlp, registry, text, "Sergei Lavrov", "2023-06-10") == "RUS"


def test_a_leader_moves_with_their_office(nlp, registry):
    """Prime minister of Portugal in 2000, head of the UN in 2023: the same person, two parents."""
    as_premier = "Prime Minister Antonio Guterres of Portugal opened the summit in Lisbon."
    as_secretary_general = "Antonio Guterres called for a ceasefire in Sudan on Friday."
    assert parent_in(nlp, registry, as_premier, "Antonio Guterres", "2000-05-01") == "PRT"
    assert parent_in(nlp, registry, as_secretary_general, "Antonio Guterres", "2023-10-20") == "IGOUNO"


def test_a_president_across_a_change_of_office_then_out_of_it():
    """A head of state is their state's while in office, an organisation's while heading it, then their own
    country's again (a user's registry entry, with dated roles)."""
    person = Actor("amina-kone", "Amina Kone", "person", country="CIV", roles=[
        {"role": "head_of_state", "country": "CIV", "start": "2010-12-04", "end": "2020-12-14"},
        {"role": "chair", "country": "IGOAFU", "start": "2021-02-06", "end": "2025-02-15"},
    ])
    assert actor_parent(person, "2015-06-01") == "CIV"
    assert actor_parent(person, "2022-06-01") == "IGOAFU"
    assert actor_parent(person, "2025-06-01") == "CIV"
    assert actor_parent(person, "2022") == "IGOAFU"  # a year is read as its first day


def test_a_ministry_stands_for_its_state(nlp, registry):
    text = "Kenya's Foreign Ministry condemned the raid, and the Armenian Defence Ministry said troops were on alert."
    assert parent_in(nlp, registry, text, "Kenya's Foreign Ministry", "2024-03-02") == "KEN"
    assert parent_in(nlp, registry, text, "Armenian Defence Ministry", "2024-03-02") == "ARM"


def test_a_seat_of_power_acting_as_its_government_stands_for_the_state(nlp, registry):
    text = "The Kremlin warned on Tuesday that it would answer any new sanctions."
    assert parent_in(nlp, registry, text, "The Kremlin", "2024-03-02") == "RUS"
    assert parent_in(nlp, registry, "Beijing protested against the arms sale.", "Beijing", "2024-03-02") == "CHN"


def test_an_international_organisation_is_its_own_parent(nlp, registry):
    text = "The UN Security Council adopted a resolution demanding a truce, and NATO welcomed it."
    assert parent_in(nlp, registry, text, "UN Security Council", "2024-03-02") == "IGOUNOSCU"
    assert parent_in(nlp, registry, text, "NATO", "2024-03-02") == "IGONAT"


def test_an_unknown_person_falls_back_to_their_country(nlp, registry):
    text = "Ghanaian activist Kwame Asante-Boateng led the march through Accra on Saturday."
    assert parent_in(nlp, registry, text, "Kwame Asante-Boateng", "2024-03-02") == "GHA"


def test_state_bodies_roll_up_but_rebels_and_companies_do_not(nlp, registry):
    text = "Congolese rebels seized the town as the Kenyan High Court blocked the deployment and Toyota shut its plant."
    assert parent_in(nlp, registry, text, "Kenyan High Court", "2024-03-02") == "KEN"
    assert parent_in(nlp, registry, text, "Congolese rebels", "2024-03-02") is None
    assert parent_in(nlp, registry, text, "Toyota", "2024-03-02") is None


def test_a_person_in_office_in_several_states_stands_for_their_own():
    """A monarch reigning over several realms, a president who is also a co-prince: their own country first."""
    monarch = Actor("queen-of-realms", "Queen of Realms", "person", country="GBR", roles=[
        {"role": "head_of_state", "country": "AUS", "start": "1990-01-01", "end": None},
        {"role": "head_of_state", "country": "GBR", "start": "1990-01-01", "end": None},
    ])
    assert actor_parent(monarch, "2000-01-01") == "GBR"


def test_only_states_and_organisations_are_parents():
    """A role in a territory (not a state) or under a bare CAMEO 'IGO' prefix gives no parent of its own."""
    governor = Actor("island-governor", "Island Governor", "person", country=None, roles=[
        {"role": "AIAGOV", "country": "AIA", "start": None, "end": None},
        {"role": "IGOUNOKID", "country": "IGO", "start": None, "end": None},
    ])
    assert actor_parent(governor, "2000-01-01") is None


@pytest.mark.parametrize("value,day", [("2023", "2023-01-01"), ("2023-03", "2023-03-01"), ("2023-03-20", "2023-03-20"),
                                       ("2023-W12", "2023-03-20"), ("PRESENT_REF", None), (None, None)])
def test_dates_at_any_precision_are_read_as_their_first_day(value, day):
    assert day_of(value) == day


STORY = """Armenia and Azerbaijan trade blame

By Lena Ortiz
September 14, 2022

Armenian Prime Minister Nikol Pashinyan accused Azerbaijan of shelling border towns on Tuesday.

The Kremlin urged both sides to hold their fire, and the Azerbaijani Defence Ministry said its troops had only returned fire.
"""


@pytest.fixture(scope="module")
def story_ledger(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hierarchy")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    ledger = Ledger(folder / "ledger.db")
    ledger.ingest([folder / "story.txt"])
    yield ledger, folder
    ledger.close()


def test_ledger_actor_parent_reads_the_ledger_then_the_registry(story_ledger):
    ledger, _ = story_ledger
    assert ledger.actor_parent("nikol-pashinyan", "2022-09-14") == "ARM"
    assert ledger.actor_parent("RUSGOV") == "RUS"
    assert ledger.actor_parent("jens-stoltenberg", "2020-01-01") == "IGONAT"  # never mentioned: the registry's
    with pytest.raises(NewsledgerError, match="no actor"):
        ledger.actor_parent("no-such-actor")


def test_export_gives_actors_and_event_sides_their_parents(story_ledger):
    jsonschema = pytest.importorskip("jsonschema")
    from importlib import resources

    ledger, folder = story_ledger
    schema = json.loads((resources.files("newsledger.interfaces") / "data" / "ledger-export.schema.json").read_text())
    assert schema["version"] == "1.4.0"
    ledger.export("jsonl", folder / "ledger.jsonl")
    lines = [json.loads(line) for line in (folder / "ledger.jsonl").read_text(encoding="utf-8").splitlines()]
    validator = jsonschema.Draft202012Validator(schema)
    for line in lines:
        validator.validate(line)
    parents = {line["actor_id"]: line["parent"] for line in lines if line["kind"] == "actor"}
    assert parents["nikol-pashinyan"] == "ARM" and parents["RUSGOV"] == "RUS" and parents["AZEMIL"] == "AZE"
    events = [line for line in lines if line["kind"] == "event"]
    assert events and all({"source_parent", "target_parent"} <= set(e) for e in events)
    accusation = next(e for e in events if e["source"] == "nikol-pashinyan")
    assert (accusation["source_parent"], accusation["target_parent"]) == ("ARM", "AZE")


def test_export_tables_carry_the_parent_columns(story_ledger):
    import pandas as pd

    ledger, folder = story_ledger
    ledger.export("csv", folder / "tables")
    actors = pd.read_csv(folder / "tables" / "actors.csv").set_index("actor_id")
    events = pd.read_csv(folder / "tables" / "events.csv")
    assert actors.loc["nikol-pashinyan", "parent"] == "ARM"
    assert {"source_parent", "target_parent"} <= set(events.columns)

