"""Agentless passives keep their patient as the target and name no source the text does not give, on sentences
written for these tests."""

from tests.events.conftest import coded, country


def sides(text):
    """{(code, source country, target country, trigger)} of the sentence's events."""
    analysis, events = coded(text)
    return {(e.cameo, country(analysis, e.source), country(analysis, e.target), e.trigger) for e in events}


def test_a_downed_aircraft_is_shot_down_in_either_voice():
    # "down" an aircraft, drone or missile: PETRARCH2's SHOOT DOWN (190); the passive names no shooter
    assert ("190", None, "TUR", "downed") in sides("A Turkish reconnaissance drone was downed over northern Iraq.")
    assert ("190", "AZE", "ARM", "downed") in sides("Azerbaijani air defences downed an Armenian drone on Sunday.")


def test_downing_tools_stays_a_strike():
    assert not any(code == "190" for code, *_ in sides("Port workers in Antwerp downed tools on Monday."))
