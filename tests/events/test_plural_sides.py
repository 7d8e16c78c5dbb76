"""A plural description linked to a pair ("both sides", "the two countries", a plural "they") names each of
the pair as a side of the event, on sentences written for these tests."""

import pytest

from tests.events.conftest import by_trigger, coded, country


@pytest.mark.parametrize("text, trigger, side, pair", [
    ("Egypt and Ethiopia traded accusations over the dam on Monday. Kenya urged both sides to return to talks.",
     "urged", "target", {"EGY", "ETH"}),
    ("Chile and Peru ended their border dispute in March. Bolivia later met the two countries in La Paz.",
     "met", "target", {"CHL", "PER"}),
    ("Serbia and Kosovo signed the accord in Brussels. The two sides pledged to open liaison offices.",
     "pledged", "source", {"SRB", "XKX"}),
])
def test_each_of_a_pair_named_by_a_plural_description_is_a_side(text, trigger, side, pair):
    _, events = by_trigger(text, trigger)
    assert pair <= {getattr(e, side) for e in events}


def test_co_mediators_mediate_side_by_side_not_each_other():
    analysis, events = coded("Talks between Khartoum and the rebels, mediated by Saudi Arabia and the United States, "
                             "collapsed in June.")
    mediation = [(country(analysis, e.source), country(analysis, e.target)) for e in events if e.cameo == "045"]
    assert mediation and not any({s, t} == {"SAU", "USA"} for s, t in mediation)
