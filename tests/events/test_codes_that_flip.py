"""Event codes and sides that flipped in a newcomer's trial (part K): a venue is no target, economic
acts are no military force or repression, a snub is no appeal, a freeze of talks is no consultation.
Sentences written for these tests, in the general form of each construction."""

import pytest

from tests.events.conftest import by_trigger, coded, country, sides


@pytest.mark.parametrize("text, trigger, expected", [
    ("Israel signed a ceasefire agreement in Cairo on Sunday.", "signed", {("057", "ISR", None)}),
    ("Armenia and Azerbaijan signed a peace agreement in Washington.", "signed",
     {("057", "ARM", "AZE"), ("057", "AZE", "ARM")}),
])
def test_the_place_where_an_agreement_is_signed_is_no_side(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, source", [
    ("Tokyo would raise the issue at the World Trade Organization.", "raise", "JPN"),
    ("Ukraine raised the issue at the United Nations on Friday.", "raised", "UKR"),
])
def test_a_forum_where_an_issue_is_raised_is_a_venue_not_the_target(text, trigger, source):
    analysis, found = by_trigger(text, trigger)
    assert found and {(country(analysis, e.source), e.target) for e in found} == {(source, None)}


@pytest.mark.parametrize("text, trigger, target", [
    ("Egyptian President Hosni Mubarak arrived in Haifa on Tuesday.", "arrived", "ISR"),
    ("Police arrested dozens of protesters in Cairo.", "arrested", "EGY"),
])
def test_the_place_of_an_arrival_or_of_a_material_act_still_gives_the_target(text, trigger, target):
    analysis, found = by_trigger(text, trigger)
    assert found and {country(analysis, e.target) for e in found} == {target}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Canada imposed a 25 percent tariff on Chinese steel.", "imposed", {("163", "CAN", "CHN")}),
    ("Mexico slapped duties on American pork.", "slapped", {("163", "MEX", "USA")}),
    ("The European Union imposed anti-dumping duties on Chinese bicycles.", "imposed", {("163", "IGOEU", "CHN")}),
])
def test_imposing_tariffs_or_duties_is_a_sanction_not_coercion_or_assault(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The United States threatened to impose tariffs on Mexican tomatoes.", "threatened", {("1312", "USA", "MEX")}),
    ("Beijing threatened to retaliate against American goods.", "threatened", {("1312", "CHN", "USA")}),
    ("Ottawa would impose further duties on Chinese aluminium if talks fail.", "impose", {("1312", "CAN", "CHN")}),
])
def test_a_threat_of_a_trade_measure_is_a_threat_of_sanctions(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("Brazil threatened to retaliate.", "threatened", {("130", "BRA", None)}),
    ("China threatened to retaliate against Canada.", "threatened", {("130", "CHN", "CAN")}),
    ("Iran warned it would retaliate.", "retaliate", {("130", "IRN", None)}),
])
def test_a_threat_to_retaliate_that_names_no_act_is_an_unspecified_threat(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


def test_a_retaliation_done_keeps_its_code():
    # the means is the one event: the air strikes, by whoever retaliated
    _, found = coded("Israel retaliated with air strikes.")
    assert [(e.trigger, e.cameo, e.source) for e in found] == [("strikes", "195", "ISR")]


@pytest.mark.parametrize("text", [
    "Japan must take its international obligations seriously.",
    "France must take its commitments seriously, the minister said.",
    "Brazil will take responsibility for the spill.",
])
def test_taking_obligations_or_responsibility_seizes_nothing(text):
    _, events = coded(text)
    assert not [e for e in events if e.trigger == "take" and e.cameo.startswith("17")]


@pytest.mark.parametrize("text, trigger, expected", [
    ("Prime Minister Narendra Modi has called off a planned visit to the Maldives.", "called", {("160", "IND", "MDV")}),
    ("Vladimir Putin called off his trip to Turkey.", "called", {("160", "RUS", "TUR")}),
])
def test_calling_off_a_visit_reduces_relations_as_cancelling_it_does(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The European Union froze accession talks with Turkey.", "froze", {("164", "IGOEU", "TUR")}),
    ("Kenya suspended talks with Uganda.", "suspended", {("164", "KEN", "UGA")}),
    ("Seoul broke off negotiations with Pyongyang.", "broke", {("164", "KOR", "PRK")}),
])
def test_freezing_or_suspending_talks_halts_negotiations(text, trigger, expected):
    analysis, events = coded(text)
    assert sides(analysis, [e for e in events if e.trigger == trigger]) == expected
    assert not [e for e in events if e.cameo.startswith("04")]  # the talks frozen are no consultation


@pytest.mark.parametrize("text, trigger, expected", [
    ("The agreement followed talks hosted by Egypt in Cairo.", "hosted", {("043", "EGY", None)}),
    ("The two sides met at a summit hosted by Kenya.", "hosted", {("043", "KEN", None)}),
])
def test_hosting_talks_or_a_summit_is_hosting_a_visit_by_the_host(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, expected", [
    ("The deal was reached in talks mediated by Norway.", "mediated", {("045", "NOR", None)}),
    ("Qatar mediated between Israel and Egypt.", "mediated", {("045", "QAT", "ISR"), ("045", "QAT", "EGY")}),
])
def test_mediating_is_engaging_in_mediation_not_yielding(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


@pytest.mark.parametrize("text, trigger, source", [
    ("Australia raised its concerns at the United Nations.", "raised", "AUS"),
    ("Japan voiced concern at the summit about Chinese ships.", "voiced", "JPN"),
])
def test_a_forum_after_at_inside_the_object_is_a_venue(text, trigger, source):
    analysis, found = by_trigger(text, trigger)
    assert found and {(country(analysis, e.source), e.target) for e in found} == {(source, None)}


@pytest.mark.parametrize("text, trigger, target", [
    ("Israeli troops fired at Lebanese soldiers.", "fired", "LBN"),
    ("Iran expressed anger at Israel.", "expressed", "ISR"),
])
def test_at_before_a_state_or_its_forces_is_still_the_target(text, trigger, target):
    analysis, found = by_trigger(text, trigger)
    assert found and {country(analysis, e.target) for e in found} == {target}


@pytest.mark.parametrize("text", [
    "The rebels will leave the town once Congolese troops pulled back.",
    "Russian troops pulled back from the border.",
])
def test_troops_pulling_back_retreat_and_seize_nothing(text):
    _, events = coded(text)
    assert [e.cameo for e in events if e.trigger == "pulled"] == ["0874"]


def test_hitting_back_with_air_strikes_stays_force():
    _, found = coded("Israel hit back at Hamas with air strikes.")
    assert [(e.cameo[:2], e.source, e.target) for e in found] == [("19", "ISR", "hamas")]


def test_a_statement_made_at_home_is_not_made_to_the_speakers_own_country():
    _, found = by_trigger("Russian Foreign Minister Sergei Lavrov said in Moscow that talks would resume.", "said")
    assert found and {e.target for e in found} == {None}


@pytest.mark.parametrize("text, trigger, expected", [
    ("Washington threatened tariffs on Canadian lumber.", "threatened", {("1312", "USA", "CAN")}),
    ("Russia threatened sanctions.", "threatened", {("1312", "RUS", None)}),
])
def test_threatening_a_trade_measure_by_name_is_a_threat_of_sanctions(text, trigger, expected):
    analysis, found = by_trigger(text, trigger)
    assert sides(analysis, found) == expected


def test_sanctions_warned_of_are_the_warnings_content_not_sanctions_imposed():
    _, events = coded("The European Union warned of sanctions against Minsk.")
    assert [e.cameo for e in events] == ["1312"]


@pytest.mark.parametrize("text", ["Israeli tanks fired at a UN compound.", "Israeli tanks fired at UN peacekeepers."])
def test_fire_aimed_at_a_un_site_or_force_still_targets_the_un(text):
    _, found = by_trigger(text, "fired")
    assert {e.target for e in found} == {"IGOUNO"}
