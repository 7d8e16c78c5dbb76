"""Accusations and the outcomes of the acts they allege: "accused X of V-ing" makes X the doer of V, and a
trailing ", killing N" is the outcome of the act told, with its doer and its status, wherever the parser
hangs it. Sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


def events_by_trigger(text):
    analysis, events = coded(text, "2024-05-15")
    return {e.trigger: (e.cameo, country(analysis, e.source), e.status) for e in events}


@pytest.mark.parametrize("text, trigger, doer", [
    ("Armenia accused Azerbaijan of shelling a border village.", "shelling", "AZE"),
    ("Sudan's government accused Chad of arming the rebels.", "arming", "TCD"),
    ("Kenya thanked Tanzania for hosting the peace talks.", "hosting", "TZA"),
    ("Three Iranian firms accused of supplying drones to Russia were blacklisted by the European Union.", "supplying",
     "IRN"),
    ("Belarus was accused of flying migrants to the Polish border.", "flying", "BLR"),
])
def test_whoever_is_accused_or_thanked_of_an_act_does_it(text, trigger, doer):
    found = events_by_trigger(text)
    assert trigger in found and found[trigger][1] == doer


@pytest.mark.parametrize("text", [
    "Ukraine accused Russia of shelling Kharkiv, killing five civilians.",
    "Kyiv said Russian troops had shelled the port of Odesa, killing four people.",
    "Azerbaijani forces shelled a border village overnight, killing two soldiers, the Armenian defence ministry said.",
])
def test_an_outcome_is_the_alleged_acts_with_its_doer_and_status(text):
    found = events_by_trigger(text)
    outcome = found[next(t for t in found if t.startswith("kill"))]
    assert outcome[0].startswith("19") and outcome[2] == "claimed"  # the attack's code, as a claim, never 202
    assert outcome[1] in ("AZE", "RUS")


def test_an_outcome_of_a_planned_act_is_not_done():
    found = events_by_trigger("Russia is preparing to strike the dam, flooding dozens of villages, Kyiv warned.")
    assert all(status != "occurred" for trigger, (_, _, status) in found.items() if trigger in ("strike", "flooding"))


def test_a_claimed_act_without_a_date_of_its_own_takes_the_reports_or_the_publication_date():
    analysis, events = coded("Armenia on Monday accused Azerbaijan of shelling a border village.", "2024-05-15")
    shelling = next(e for e in events if e.trigger == "shelling")
    assert shelling.date == "2024-05-13"
    analysis, events = coded("Azerbaijani forces shelled a border village, the Armenian defence ministry said.",
                             "2024-05-15")
    assert next(e for e in events if e.trigger == "shelled").date == "2024-05-15"


@pytest.mark.parametrize("text, trigger", [
    ("Erdogan is not expected to attend the summit in Astana, officials said.", "attend"),
    ("Analysts said Hanoi was unlikely to recall its ambassador.", "recall"),
    ("Diplomats doubt that Pretoria will expel the envoy.", "expel"),
])
def test_an_act_predicted_not_to_happen_is_negated_and_not_dated_in_the_past(text, trigger):
    _, events = coded(text, "2024-05-15")
    found = [e for e in events if e.trigger == trigger]
    assert found and all(e.status == "negated" and e.date is None for e in found)


def test_each_coordinated_of_gerund_is_an_act_of_the_accused():
    # "accused X of A-ing and of B-ing": the parser hangs the second "of" on the verb or on the first "of"
    found = events_by_trigger("Ethiopia accused Eritrea of shelling border towns and of abducting dozens of farmers.")
    assert found["abducting"][1:] == ("ERI", "claimed") and found["shelling"][1:] == ("ERI", "claimed")
