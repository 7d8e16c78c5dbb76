"""The issue's own examples, and variants, through the whole single-sentence pipeline."""

import pytest

from newsledger.interfaces.coding import code_text


def _country(analysis, actor_id):
    if actor_id is None:
        return None
    actor = analysis.actors.get(actor_id)
    return (actor.country if actor is not None and actor.country else actor_id)


def coded(text):
    analysis = code_text(text, "2023-03-17")
    return [(e.cameo, e.plover, e.status, _country(analysis, e.source), _country(analysis, e.target))
            for e in analysis.events]


def pairs(events):
    return {(s, t) for _, _, _, s, t in events}


@pytest.mark.parametrize("text, a, b", [
    ("China and Russia held talks in Moscow on Monday.", "CHN", "RUS"),
    ("Egypt and Jordan held talks in Amman on Tuesday.", "EGY", "JOR"),
    ("Japan and India conducted negotiations in Tokyo.", "JPN", "IND"),
])
def test_joint_talks_both_directions(text, a, b):
    events = coded(text)
    assert pairs(events) == {(a, b), (b, a)}
    assert all(p == "CONSULT" for _, p, _, _, _ in events) and len(events) == 2


@pytest.mark.parametrize("text, a, b", [
    ("Putin and Xi held a video conference on Friday.", "RUS", "CHN"),
    ("Macron and Scholz held a phone call on Monday.", "FRA", "DEU"),
    ("There was a video conference between Putin and Xi on Friday.", "RUS", "CHN"),
])
def test_light_verb_conference(text, a, b):
    events = coded(text)
    assert pairs(events) == {(a, b), (b, a)}
    assert {p for _, p, _, _, _ in events} == {"CONSULT"}


@pytest.mark.parametrize("text, a, b", [
    ("Russian and Chinese bombers carried out joint patrol flights over the Sea of Japan.", "RUS", "CHN"),
    ("Indian and French warships conducted joint exercises in the Arabian Sea.", "IND", "FRA"),
])
def test_compound_actors_joint_acts(text, a, b):
    events = coded(text)
    assert pairs(events) == {(a, b), (b, a)}
    assert {p for _, p, _, _, _ in events} == {"COOPERATE"}


@pytest.mark.parametrize("text, source, target", [
    ("The United States imposed sanctions on Russian banks.", "USA", "RUS"),
    ("Britain imposed sanctions on Iranian officials.", "GBR", "IRN"),
])
def test_sanctions_on_nationality_phrase(text, source, target):
    events = coded(text)
    assert len(events) == 1 and events[0][3:] == (source, target) and events[0][1] == "COERCE"


@pytest.mark.parametrize("text, source, target", [
    ("Xi's visit to Moscow ended on Wednesday.", "CHN", "RUS"),
    ("Modi's trip to Tokyo was a success.", "IND", "JPN"),
])
def test_visit_to_city_targets_country(text, source, target):
    events = coded(text)
    assert len(events) == 1 and events[0][3:] == (source, target) and events[0][0] == "042"


@pytest.mark.parametrize("text, source, target", [
    ("Xi plans to visit Russia next week.", "CHN", "RUS"),
    ("Erdogan intends to visit Germany in May.", "TUR", "DEU"),
    ("Macron hopes to visit China next month.", "FRA", "CHN"),
])
def test_intention_verbs_are_cues(text, source, target):
    events = coded(text)
    assert len(events) == 1
    cameo, _, status, s, t = events[0]
    assert cameo in ("036", "042") and status == "planned" and (s, t) == (source, target)


def test_conditional_is_hypothetical():
    events = coded("If Russia attacks, NATO would respond.")
    assert events and all(status == "hypothetical" for _, _, status, _, _ in events)
    assert any(p == "ASSAULT" and s == "RUS" for _, p, _, s, _ in events)


def test_conditional_variant():
    events = coded("If Iran attacks Israel, the United States would retaliate.")
    assert events and all(status == "hypothetical" for _, _, status, _, _ in events)
    assert ("IRN", "ISR") in pairs(events)


@pytest.mark.parametrize("text, source, target", [
    ("It has been claimed that China supplied drones to Russia.", "CHN", "RUS"),
    ("It is alleged that Iran supplied missiles to Russia.", "IRN", "RUS"),
])
def test_claimed_military_aid(text, source, target):
    events = coded(text)
    assert len(events) == 1
    cameo, plover, status, s, t = events[0]
    assert cameo.startswith("07") and plover == "AID" and status == "claimed" and (s, t) == (source, target)


@pytest.mark.parametrize("text, source, target", [
    ("Washington will not provide fighter jets to Ukraine.", "USA", "UKR"),
    ("Germany will not send tanks to Ukraine.", "DEU", "UKR"),
])
def test_negated_military_aid(text, source, target):
    events = coded(text)
    assert len(events) == 1
    cameo, plover, status, s, t = events[0]
    # CAMEO 072 is "Provide military aid" (074 is protection or peacekeeping)
    assert cameo == "072" and plover == "AID" and status == "negated" and (s, t) == (source, target)


@pytest.mark.parametrize("text, source, target, status", [
    ("Prime Minister Narendra Modi will visit Washington in June.", "IND", "USA", "planned"),
    ("Chancellor Olaf Scholz visited Beijing last week.", "DEU", "CHN", "occurred"),
])
def test_a_capital_as_object_of_a_visit_names_its_country(text, source, target, status):
    assert (source, target, status) in {(s, t, st) for _, _, st, s, t in coded(text)}


def test_reported_would_is_not_a_fact():
    announced = coded("Kremlin spokesman Dmitry Peskov said Putin and Xi would hold talks on Monday.")
    assert {st for cameo, _, st, _, _ in announced if cameo.startswith("03") or cameo.startswith("04")} == {"planned"}
    threatened = coded("Peskov said Moscow would be forced to take counter-measures.")
    assert "occurred" not in {st for cameo, _, st, _, _ in threatened if not cameo.startswith("01")}


def test_a_statement_and_what_it_reports_keep_their_own_dates():
    analysis = code_text("Peskov said on Friday that Putin and Xi would hold talks on Monday.", "2023-03-18")
    dates = {(e.cameo[:2], e.status): e.date for e in analysis.events}
    assert dates[("01", "occurred")] == "2023-03-17"  # the statement: Friday
    assert dates[("04", "planned")] == "2023-03-20"  # the talks, a dated plan: the Monday after
