"""Who the sides are in three constructions of wire copy (issue 17), on sentences written for these tests: a body
reporting an act of a state's own organ is that state's; a conjunct with a subject of its own takes none from the
first conjunct; "from X" on an envoy noun is the state the envoy is posted in; "the militia" after a named
militia is that group."""

import pytest

from newsledger.frames import frame
from newsledger.nlp import get_pipeline
from tests.events.conftest import coded


@pytest.mark.parametrize("text, trigger, source", [
    # the article names Ghana most, yet the body reporting the Togolese police's act is Togo's
    ("Ghana protested to Togo. Ghana recalled its envoy. Togolese police arrested two Ghanaian traders in Lome, "
     "the authorities said.", "said", "TGOGOV"),
    ("Ecuador protested to Peru. Ecuador recalled its envoy. Peruvian police raided an Ecuadorean charity in Lima, "
     "the interior ministry said.", "said", "PERGOV"),
])
def test_a_body_reporting_a_state_organs_act_is_that_states(text, trigger, source):
    _, events = coded(text)
    assert [e.source for e in events if e.trigger == trigger] == [source]


def test_a_conjunct_with_its_own_subject_inherits_none():
    doc = get_pipeline()("Ugandan troops shelled rebel positions, and Rwanda expelled the Ugandan ambassador.")
    expelled = frame(next(t for t in doc if t.text == "expelled"))
    assert [a.head.text for a in expelled.arguments if a.role == "subject"] == ["Rwanda"]


@pytest.mark.parametrize("text, trigger, target", [
    ("Kenya recalled its ambassador from Kampala.", "recalled", "UGA"),
    ("Chad expelled the envoy from Paris.", "expelled", "FRA"),
    ("Ghana summoned its envoy back from Lome.", "summoned", "TGO"),
])
def test_from_a_capital_on_an_envoy_noun_is_the_host_state(text, trigger, target):
    analysis, events = coded(text)
    found = [e for e in events if e.trigger == trigger]
    assert found and all((analysis.actors[e.target].country or e.target) == target for e in found if e.target)
    assert all(e.target for e in found)


def test_the_militia_after_a_named_militia_is_that_group():
    analysis, events = coded("Tehran funds the Houthi militia. The militia launched drones at Aqaba.")
    launched = [e for e in events if e.trigger == "launched"]
    assert launched and all(e.source == "houthis" for e in launched)
