"""A person's corrections of actors: they change stored records at once and hold for later ingests."""

from __future__ import annotations

import json

import pytest

from newsledger import Ledger
from newsledger.errors import NewsledgerError

EXPERT = """Moscow think tank sees limits to Beijing support

By Lena Ortiz
March 18, 2023

Danil Bochkov, a fellow at the Russian International Affairs Council in Moscow, said Uncle Xi would not send weapons to Russia.

"China will not risk secondary sanctions," Bochkov told reporters on Friday.
"""

SECOND_SPELLING = """Analysts weigh Xi's Moscow trip

By Omar Haddad
March 19, 2023

Daniil Bochkov, an expert at the Russian International Affairs Council, said the visit would bring new energy deals.

Wang said on Saturday that the trip would strengthen ties between China and Russia.
"""

LATER = """Kremlin hails talks

By Lena Ortiz
March 22, 2023

Uncle Xi left Moscow on Wednesday, and Daniil Bochkov said the talks had gone well.
"""


@pytest.fixture
def ledger(tmp_path):
    (tmp_path / "expert.txt").write_text(EXPERT, encoding="utf-8")
    (tmp_path / "second.txt").write_text(SECOND_SPELLING, encoding="utf-8")
    ledger = Ledger(tmp_path / "ledger.db")
    ledger.ingest([tmp_path / "expert.txt", tmp_path / "second.txt"])
    return ledger


def mentions_of(ledger: Ledger, surface: str) -> set[str]:
    frame = ledger.table("mentions")
    return set(frame[frame.text == surface].actor_id)


def test_alias_repoints_stored_mentions_and_records(ledger):
    assert mentions_of(ledger, "Uncle Xi") != {"xi-jinping"}
    assert ledger.alias("xi-jinping", "Uncle Xi") == 1
    assert mentions_of(ledger, "Uncle Xi") == {"xi-jinping"}
    events = ledger.table("events")
    assert "xi-jinping" in set(events.source) | set(events.target)


def test_corrections_hold_for_later_ingests_and_reruns(ledger, tmp_path):
    ledger.alias("xi-jinping", "Uncle Xi")
    ledger.merge("danil-bochkov", "daniil-bochkov")
    (tmp_path / "later.txt").write_text(LATER, encoding="utf-8")
    summary = ledger.ingest([tmp_path])
    assert (summary.new, summary.unchanged) == (1, 2)
    assert mentions_of(ledger, "Uncle Xi") == {"xi-jinping"}
    assert mentions_of(ledger, "Daniil Bochkov") == {"danil-bochkov"}


def test_merge_moves_mentions_quotes_and_drops_the_merged_actor(ledger):
    ledger.merge("danil-bochkov", "daniil-bochkov")
    assert mentions_of(ledger, "Daniil Bochkov") == {"danil-bochkov"}
    assert "daniil-bochkov" not in set(ledger.actors().actor_id)
    speakers = set(ledger.table("quotes").speaker)
    assert "danil-bochkov" in speakers and "daniil-bochkov" not in speakers


PROTEST = """Farmers rally over grain prices

By Omar Haddad
May 6, 2024

Thousands of protesters marched in Lisbon on Sunday. Bakers joined them in the afternoon.
"""


def test_a_merge_reaches_sides_the_coder_described_so_no_record_names_a_removed_actor(tmp_path):
    (tmp_path / "protest.txt").write_text(PROTEST, encoding="utf-8")
    ledger = Ledger(tmp_path / "ledger.db")
    ledger.ingest([tmp_path / "protest.txt"])
    described = ledger.table("events")
    assert "PRTGOV" in set(described.target[described.why.str.contains("described, not named")])  # a protest at home
    ledger.merge("PRT", "PRTGOV")
    actors = set(ledger.actors().actor_id)
    events, quotes, forecasts = ledger.table("events"), ledger.table("quotes"), ledger.table("forecasts")
    named = {*events.source, *events.target, *quotes.speaker, *forecasts.forecaster,
             *(a for listed in forecasts.actors for a in json.loads(listed))} - {None}
    assert "PRT" in named and "PRTGOV" not in named
    assert named <= actors


def test_split_gives_a_surface_form_its_own_actor(ledger):
    ledger.split("wang-wenbin", "Wang", "wang-unidentified", name="Wang (unidentified)")
    assert mentions_of(ledger, "Wang") == {"wang-unidentified"}
    actor = ledger.actor("wang-unidentified")
    assert (actor["name"], actor["actor_type"], actor["country"]) == ("Wang (unidentified)", "person", "CHN")


def test_added_actors_override_new_ones(ledger, tmp_path):
    registry = tmp_path / "think-tanks.yaml"
    registry.write_text("- id: riac\n  name: Russian International Affairs Council\n  type: organisation\n"
                        "  country: RUS\n  code: RUSEDU\n  aliases: [RIAC]\n", encoding="utf-8")
    assert ledger.add_actors(registry) == 2
    assert mentions_of(ledger, "Russian International Affairs Council") == {"riac"}
    assert ledger.actor("riac")["code"] == "RUSEDU"


def test_bad_corrections_say_what_is_wrong(ledger, tmp_path):
    with pytest.raises(NewsledgerError, match="no actor 'nobody'"):
        ledger.alias("nobody", "Mr Nobody")
    broken = tmp_path / "broken.yaml"
    broken.write_text("- name: no id here\n", encoding="utf-8")
    with pytest.raises(NewsledgerError, match="broken.yaml: actor 1 has no id"):
        ledger.add_actors(broken)
    assert ledger.store.corrections() == []


def test_actors_commands(ledger, cli):
    db = ledger.store.where
    listed = cli("actors", "--db", db, "--type", "person")
    assert listed.exit_code == 0 and "danil-bochkov" in listed.stdout and "state" not in listed.stdout
    shown = cli("actors", "show", "danil-bochkov", "--db", db)
    assert "'Bochkov' (surname of earlier mention)" in shown.stdout
    aliased = cli("actors", "alias", "xi-jinping", "Uncle Xi", "--db", db)
    assert aliased.exit_code == 0 and "1 document(s) analysed again" in aliased.stdout
    assert "alias  xi-jinping 'Uncle Xi'" in cli("actors", "corrections", "--db", db).stdout
    missing = cli("actors", "merge", "xi-jinping", "nobody", "--db", db)
    assert missing.exit_code == 1 and "no actor 'nobody'" in missing.stderr
