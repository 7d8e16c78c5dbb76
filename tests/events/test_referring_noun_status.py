"""An event noun with sides of its own that refers back to a planned act of its kind ("Kenya plans to visit
Ethiopia ... Ruto's trip to Ethiopia includes ...") is coded with that act's status, not as occurred."""

from tests.events.conftest import coded


def _statuses(text: str, trigger: str) -> set:
    """Statuses of the events of `trigger` after the first sentence."""
    _, events = coded(text)
    return {e.status for e in events if e.trigger == trigger and e.sentence > 0}


def test_a_trip_after_a_planned_visit_is_planned():
    assert _statuses("Kenyan President William Ruto plans to visit Ethiopia in May. Ruto's trip to Ethiopia "
                     "includes talks on trade.", "trip") == {"planned"}


def test_a_trip_after_a_visit_made_stays_occurred():
    assert _statuses("Kenyan President William Ruto visited Ethiopia in March. Ruto's trip to Ethiopia "
                     "included talks on trade.", "trip") == {"occurred"}


def test_a_trip_whose_own_clause_negates_it_keeps_that():
    assert _statuses("Kenyan President William Ruto plans to visit Ethiopia in May. Ruto's trip to Ethiopia "
                     "will not include talks on trade.", "trip") != {"planned"}
