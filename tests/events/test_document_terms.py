"""A document's terms are no acts: a verb of permission, obligation or content whose subject is a treaty, pact,
accord or law ("the pact gives X a veto", "the accord covers attacks on boats") codes no event, nor does an act it
provides for; a duty restated in the present passive ("is obliged to consult") is none either, and a proposal that
others act plans nothing for them. Sentences written for these tests."""

import pytest

from tests.events.conftest import event_rows


@pytest.mark.parametrize("text, triggers", [
    ("Fiji and New Zealand signed a treaty that gives Wellington a say over Fiji's defence agreements.", {"gives"}),
    ("Peru and Chile signed an agreement that allows their navies to patrol each other's waters.", {"allows", "patrol"}),
    ("The accord covers attacks on Moroccan and Spanish fishing boats.", {"covers", "attacks"}),
    ("The law bars Georgian companies from exporting weapons to Russia.", {"bars", "exporting"}),
    ("That clause would require Tonga to consult New Zealand before it signs a security deal with China.", {"consult"}),
    ("The pact commits Japan to defend the Philippines if it is attacked.", {"commits", "defend"}),
])
def test_a_documents_terms_are_no_event(text, triggers):
    assert not {row for row in event_rows(text) if row[4] in triggers}


def test_the_signing_of_the_document_is_still_an_event():
    rows = event_rows("Peru and Chile signed an agreement that allows their navies to patrol each other's waters.")
    assert ("057", "occurred", "PER", "CHL", "signed") in rows


def test_an_act_under_the_document_that_an_actor_will_do_is_still_planned():
    # "under the accord" names no term-stating verb: Kenya's sending is Kenya's plan
    assert ("074", "planned", "KEN", "HTI", "send") in event_rows(
        "Under the accord, Kenya will send 1,000 police officers to Haiti.")


@pytest.mark.parametrize("text, trigger", [
    ("Under the treaty, Tonga is obliged to consult New Zealand before signing security deals.", "consult"),
    ("Vanuatu is obliged to inform Australia of any talks with China.", "inform"),
])
def test_a_duty_in_the_present_passive_is_no_act_done(text, trigger):
    assert not {row for row in event_rows(text) if row[4] == trigger and row[1] == "occurred"}


def test_a_proposal_that_others_meet_plans_no_meeting():
    rows = event_rows("Brazil proposed that the Argentine and Chilean presidents meet in Brasilia.")
    assert not {row for row in rows if row[4] == "meet"}
    assert {row[0] for row in rows if row[4] == "proposed"} == {"020"}


@pytest.mark.parametrize("text, trigger", [
    ("Qatar continues to fund hospitals in Gaza.", "fund"),
    ("Turkey keeps buying Russian oil.", "buying"),
    ("Ethiopia has long sought access to the Red Sea.", "sought"),
    ("Bolivia has demanded access to the Pacific for decades.", "demanded"),
])
def test_a_continuing_act_is_ongoing(text, trigger):
    statuses = {row[1] for row in event_rows(text) if row[4] == trigger}
    assert statuses == {"ongoing"}


@pytest.mark.parametrize("text, trigger, status", [
    ("Turkey continued to buy Russian oil last year.", "buy", "occurred"),
])
def test_a_past_continuing_act_is_told_as_done(text, trigger, status):
    assert {row[1] for row in event_rows(text) if row[4] == trigger} == {status}
