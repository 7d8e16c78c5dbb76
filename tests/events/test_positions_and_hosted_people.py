"""Verbs that describe a standing state, not an act: leading, heading, chairing or running a group, a body or a
country is holding a position, and hosting refugees or a population is sheltering people, no consultation;
the act of the clause around them is still coded. A rejected thing's maker ("a deadline set by X") is whom the
rejection is aimed at. Sentences written for these tests."""

import pytest

from tests.events.conftest import by_trigger, coded, country


@pytest.mark.parametrize("text, trigger", [
    ("Colonel Mamady Doumbouya, who heads the junta, dissolved the electoral commission.", "heads"),
    ("The Ugandan opposition, led by Bobi Wine, boycotted the vote.", "led"),
    ("The alliance, headed by Sudan's army chief, refused to attend the talks.", "headed"),
    ("Nikol Pashinyan, who leads the ruling party, accused Azerbaijan of provoking the clashes.", "leads"),
    ("Paul Kagame, who has led Rwanda since 2000, accused Congo of arming the rebels.", "led"),
    ("Hezbollah, led by Naim Qassem since October, fired rockets at northern Israel.", "led"),
])
def test_holding_a_position_is_no_event(text, trigger):
    """ "who leads the junta", "the opposition, led by X", "who has run South Sudan": a position, no 060
    Cooperate (PETRARCH2's bare LEAD and HEAD), whether the group is a common noun or a name."""
    _, found = by_trigger(text, trigger)
    assert found == []


def test_the_clause_around_a_position_keeps_its_act():
    analysis, events = coded("The Venezuelan opposition, led by Edmundo Gonzalez, rejected the official results.")
    assert [(e.cameo[:2], country(analysis, e.source)) for e in events] == [("12", "VEN")]


def test_leading_a_delegation_is_still_coded():
    _, found = by_trigger("Foreign Minister Sergei Lavrov will lead the Russian delegation to the talks.", "lead")
    assert [e.cameo for e in found] == ["036"]


@pytest.mark.parametrize("text, trigger", [
    ("Chad, which hosts more than 600,000 Sudanese refugees, appealed for more aid.", "hosts"),
    ("Lebanon hosts a large Palestinian population in twelve camps.", "hosts"),
    ("Uganda hosts nearly a million displaced people from South Sudan.", "hosts"),
])
def test_hosting_people_is_no_consultation(text, trigger):
    _, found = by_trigger(text, trigger)
    assert all(e.cameo != "040" for e in found) and not [e for e in found if e.cameo[:2] == "04"]


def test_hosting_talks_is_still_a_meeting():
    _, found = by_trigger("Oman hosted talks between Iran and the United States on Saturday.", "hosted")
    assert found and all(e.cameo[:2] == "04" for e in found)


@pytest.mark.parametrize("text, target", [
    ("Mali's military rulers rejected a timetable set by the African Union.", "IGOAFU"),
    ("Iran rejected the conditions imposed by the IAEA on its nuclear programme.", "IGOIAEA"),
])
def test_the_maker_of_a_rejected_thing_is_the_target(text, target):
    """ "rejected a deadline set by X": the rejection is aimed at X, as "rejected X's deadline" is."""
    _, events = coded(text)
    assert [e.target for e in events if e.cameo[:2] == "12"] == [target]
