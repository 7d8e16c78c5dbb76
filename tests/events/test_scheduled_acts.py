"""A cooperative act under a verb of schedule ("plans to", "intends to", "is set to", "is scheduled to",
"is due to") is that act, planned, as "will visit X next week" is: the plan is the act's modality, not
CAMEO's "express intent" (03x). Offers, stated readiness or willingness, and hopes stay stances."""

import pytest

from tests.events.conftest import coded, country


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Kenyan President William Ruto plans to visit Ethiopia next month.", "042", "KEN", "ETH"),
    ("Indonesia's president intends to travel to Beijing.", "042", "IDN", "CHN"),
    ("Spain's prime minister is due to visit Morocco in May.", "042", "ESP", "MAR"),
    ("The Japanese foreign minister is scheduled to meet her Australian counterpart on Tuesday.", "040", "JPN", "AUS"),
])
def test_a_scheduled_act_is_the_act_planned(text, cameo, source, target):
    analysis, events = coded(text)
    found = [(e.cameo, e.status, country(analysis, e.source), country(analysis, e.target)) for e in events]
    assert (cameo, "planned", source, target) in found, found
    assert not [e for e in events if e.cameo.startswith("03")], found  # no intent beside the act


@pytest.mark.parametrize("text, source, target", [
    ("The Greek prime minister expressed willingness to meet the Turkish president.", "GRC", "TUR"),
    ("Turkey's president said he was ready to meet Syria's president.", "TUR", "SYR"),
    ("Macron hopes to visit China next month.", "FRA", "CHN"),
])
def test_a_voiced_willingness_to_meet_stays_an_intent_to_meet(text, source, target):
    analysis, events = coded(text)
    found = [(e.cameo, country(analysis, e.source), country(analysis, e.target)) for e in events]
    assert ("036", source, target) in found, found


def test_a_planned_conflictual_act_stays_a_threat():
    analysis, events = coded("The rebels plan to attack the capital of Chad.")
    assert [e.cameo for e in events if e.cameo.startswith(("13", "18", "19"))] == ["138"]


def test_an_act_the_author_dates_ahead_is_that_act_planned_even_in_an_undated_article(nlp):
    """ "will take place on June 12-14, 2024": a future clause with a date of its own sets the act for
    that date though the article's own date is unknown; with no date it stays CAMEO's intent to meet."""
    from newsledger.actors import resolve
    from newsledger.events import code
    from newsledger.timex import tag

    def undated(text):
        doc = nlp(text)
        mentions, actors = resolve(doc, None)
        return [(e.cameo, e.status, e.date, e.date_end) for e in code(doc, mentions, actors, tag(text, None, doc), None)
                if e.trigger in ("visit", "meet")]

    assert undated("Kenya's foreign ministry confirmed the visit of President William Ruto to Ethiopia, which will "
                   "take place on June 12-14, 2024.") == [("042", "planned", "2024-06-12", "2024-06-14")]
    assert undated("The Kenyan president will meet his Ethiopian counterpart.")[0][:2] == ("036", "planned")


def test_an_act_with_no_doer_is_no_ones_threat():
    """A stance (threat or intent) is taken by the act's doer: with none named, the act keeps its own code."""
    analysis, events = coded("The minister warned that an armed attack on Greek ships would trigger the defence pact.")
    found = [e for e in events if e.trigger == "attack"]
    assert found and all(e.cameo[:2] != "13" for e in found)
