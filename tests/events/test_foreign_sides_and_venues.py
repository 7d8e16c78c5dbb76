"""Whose an unnamed target is when it cannot be the doer's own (envoys expelled, rebels backed), and a gathering
named as where an act happened as its place, no party to it (issue 17); on sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


@pytest.mark.parametrize("text, source, target", [
    ("Estonia expelled two diplomats from the Russian embassy in Tallinn on Monday.", "EST", "RUS"),
    ("Latvia expelled a diplomat working at the Belarusian embassy in Riga.", "LVA", "BLR"),
])
def test_officials_expelled_from_a_mission_are_the_missions_state(text, source, target):
    analysis, events = coded(text)
    assert [(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events] == [("161", source, target)]


@pytest.mark.parametrize("text, source", [
    ("Norway expelled a diplomat on Thursday, accusing him of spying.", "NOR"),
    ("Pakistan is backing the insurgents, Kabul said.", "PAK"),
    ("Eritrea has armed the militia, Ethiopian officials say.", "ERI"),
])
def test_an_unnamed_side_expelled_or_backed_is_not_the_doers_own(text, source):
    analysis, events = coded(text)
    acts = [e for e in events if country(analysis, e.source) == source and e.cameo[:2] != "01"]
    assert acts and all(e.target is None for e in acts)


@pytest.mark.parametrize("text, parties", [
    ("Lula met Ramaphosa on the sidelines of a G20 meeting in Johannesburg.", {"BRA", "ZAF"}),
    ("Lula and Ramaphosa held talks on the sidelines of a BRICS summit in Kazan.", {"BRA", "ZAF"}),
    ("Anwar held talks with Prabowo at an ASEAN summit in Vientiane.", {"MYS", "IDN"}),
    ("Erdogan spoke with Meloni on the margins of the United Nations General Assembly.", {"TUR", "ITA"}),
])
def test_a_gathering_where_leaders_met_is_no_party_to_their_meeting(text, parties):
    analysis, events = coded(text)
    pairs = {(country(analysis, e.source), country(analysis, e.target)) for e in events}
    assert pairs == {tuple(parties), tuple(parties)[::-1]}
