"""Constructions from hand-judged wire copy (issue 17): a document as the subject of a verb does no act; a duty
"under" a document states a term; coordinated sides of a truce declare it to each other; withdrawing embassy staff
reduces relations with the host; suspending participation in a treaty reduces relations with its other party.
Talks told to collapse are halted; support kept up is ongoing; an event noun in the background is ongoing.
Sentences written for these tests, not taken from any record."""

from .conftest import coded, country


def _coded(analysis, events, trigger):
    return {(e.cameo, country(analysis, e.source), country(analysis, e.target), e.status)
            for e in events if e.trigger == trigger}


def test_document_subject_does_no_act():
    # a pact cannot threaten or weaken anyone: what it would do is the speaker's view, no act
    analysis, events = coded("The pact would undermine the sovereignty of Moldova, the Romanian minister said.")
    assert not [e for e in events if e.trigger == "undermine"]
    analysis, events = coded("The new accord will strengthen the security of Samoa.")
    assert not [e for e in events if e.trigger == "strengthen"]


def test_duty_under_a_document_is_a_term():
    analysis, events = coded("Under the accord, Tuvalu must consult Australia before signing any defence agreement.")
    assert not [e for e in events if e.trigger in ("consult", "signing")]
    analysis, events = coded("Under the treaty, Lesotho shall notify South Africa of any troop movements.")
    assert not [e for e in events if e.trigger == "notify"]


def test_coordinated_sides_of_a_ceasefire_are_each_others_targets():
    analysis, events = coded("Eritrea and Djibouti declared a truce on Sunday.")
    assert {(c, s, t) for c, s, t, _ in _coded(analysis, events, "declared")} == {
        ("0871", "ERI", "DJI"), ("0871", "DJI", "ERI")}


def test_withdrawing_embassy_staff_reduces_relations():
    analysis, events = coded("Paraguay withdrew its embassy staff from Havana.")
    assert {(c, s, t) for c, s, t, _ in _coded(analysis, events, "withdrew")} == {("161", "PRY", "CUB")}
    analysis, events = coded("Uruguay recalled its diplomatic staff from Managua.")
    assert {(c, s, t) for c, s, t, _ in _coded(analysis, events, "recalled")} == {("161", "URY", "NIC")}


def test_suspending_participation_in_a_treaty():
    analysis, events = coded("Belarus suspended its participation in the border treaty with Lithuania.")
    assert _coded(analysis, events, "suspended") == {("160", "BLR", "LTU", "occurred")}
    analysis, events = coded("Ghana has held the fisheries agreement with Togo in abeyance.")
    assert {(c, s, t) for c, s, t, _ in _coded(analysis, events, "held")} == {("160", "GHA", "TGO")}


def test_kept_up_support_is_ongoing_support():
    # the noun is read as the act a verb of giving codes with it, aimed at its "for"/"to"
    analysis, events = coded("Canada continues its support for Latvia.")
    assert _coded(analysis, events, "continues") == {("051", "CAN", "LVA", "ongoing")}
    analysis, events = coded("Finland has continued its humanitarian aid to Sudan.")
    assert _coded(analysis, events, "continued") == {("073", "FIN", "SDN", "ongoing")}
    analysis, events = coded("Finland continued its military aid to Estonia last year.")
    assert {(c, s, t) for c, s, t, _ in _coded(analysis, events, "continued")} == {("072", "FIN", "EST")}


def test_event_noun_in_the_background_is_ongoing_and_undated():
    analysis, events = coded("Clashes went on despite a truce between Ethiopia and Eritrea.")
    truce = [e for e in events if e.trigger == "truce"]
    assert {e.status for e in truce} == {"ongoing"} and {e.date for e in truce} == {None}
    analysis, events = coded("Border trade has doubled since talks between Nepal and Bhutan began.")
    assert {e.status for e in events if e.trigger == "talks"} == {"ongoing"}
    analysis, events = coded("Prices fell amid talks between Nepal and Bhutan.")
    assert {e.status for e in events if e.trigger == "talks"} == {"ongoing"}
    # a truce that took effect on a day is told as done, dated
    analysis, events = coded("A truce between Ethiopia and Eritrea took effect on Sunday.")
    assert {e.status for e in events if e.trigger == "truce"} == {"occurred"}


def test_talks_that_collapse_are_halted_not_held():
    analysis, events = coded("Negotiations between Guinea and Liberia collapsed on Tuesday.")
    assert {(c, s, t) for c, s, t, _ in _coded(analysis, events, "Negotiations")} == {
        ("164", "GIN", "LBR"), ("164", "LBR", "GIN")}
    analysis, events = coded("The talks between Guinea and Liberia fell apart.")
    assert {c for c, *_ in _coded(analysis, events, "talks")} == {"164"}
    # talks that stall are still talks held
    analysis, events = coded("The talks between Guinea and Liberia stalled.")
    assert {c for c, *_ in _coded(analysis, events, "talks")} == {"040"}
    # a noun that names no event (a press conference) collapsing is none
    analysis, events = coded("The press conference in Accra collapsed into chaos.")
    assert not events
