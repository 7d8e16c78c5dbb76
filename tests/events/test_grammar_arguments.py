"""Arguments that follow the grammar (issue 17): relative clauses whose subject is their antecedent, a by-agent
of the noun a relative clause hangs on, the trip that is the occasion of a statement, conjuncts that code, the
judgement in a contact clause on an apposed noun, and free participles told in a trailing attribution's report.
Sentences written for these tests, not taken from any record."""

from .conftest import coded, country


def _sides(analysis, events, trigger):
    return {(country(analysis, e.source), country(analysis, e.target)) for e in events if e.trigger == trigger}


def test_main_verb_after_relative_clause_on_numbered_list():
    # "the three countries" is the list of three named before; the relative clause's acts and the main verb's
    # (leaving a body named) are theirs
    analysis, events = coded("The governments of Chad, Sudan and Eritrea said on Friday they would deepen cooperation. "
                             "The three countries, which formed a military alliance last year after expelling UN monitors, "
                             "formally left the African Union on Friday.")
    left = [e for e in events if e.trigger == "left"]
    assert {e.cameo for e in left} == {"160"}
    assert {country(analysis, e.source) for e in left} == {"TCD", "SDN", "ERI"}
    expelled = [e for e in events if e.trigger == "expelling"]
    assert {country(analysis, e.source) for e in expelled} == {"TCD", "SDN", "ERI"}
    assert {e.status for e in expelled} == {"occurred"}


def test_leaving_a_named_body_reduces_relations():
    analysis, events = coded("Nicaragua formally quit the Organization of American States on Friday.")
    assert [(e.cameo, country(analysis, e.source)) for e in events if e.trigger == "quit"] == [("160", "NIC")]


def test_relative_pronoun_subject_controls_its_complement():
    analysis, events = coded("Rwanda, which plans to expel two Belgian diplomats, recalled its envoy.")
    assert {country(analysis, e.source) for e in events if e.trigger == "expel"} == {"RWA"}


def test_relative_clause_on_noun_with_by_agent():
    analysis, events = coded("The lawyer cited a 2019 ruling by the European Court of Human Rights that ordered "
                             "Turkey to release the journalist.")
    ordered = [e for e in events if e.trigger == "ordered"]
    assert ordered and all(e.source and "european-court" in e.source.lower() for e in ordered)
    assert {country(analysis, e.target) for e in ordered} == {"TUR"}


def test_visit_that_is_the_occasion_of_a_statement_is_the_speakers():
    analysis, events = coded("Kenya will send two frigates to Somalia, Kenyan Defence Minister Aden Duale said "
                             "during a visit to Mogadishu on Friday.")
    speaker = {e.source for e in events if e.trigger == "said"}
    visit = [e for e in events if e.trigger == "visit"]
    assert visit and {e.source for e in visit} == speaker != {None}
    analysis, events = coded("Egypt will resume gas exports to Jordan, the Egyptian foreign minister said on a trip "
                             "to Amman.")
    assert {country(analysis, e.source) for e in events if e.trigger == "trip"} == {"EGY"}
    # "commented on the visit": a topic, someone else's visit
    analysis, events = coded("China's foreign ministry commented on the visit to Taiwan.")
    assert "CHN" not in {country(analysis, e.source) for e in events if e.trigger == "visit"}


def test_gerund_conjunct_suspending_trade():
    analysis, events = coded("Algeria recalled its ambassador to Paris and suspending trade with France.")
    assert ("163", "DZA", "FRA") in {(e.cameo, country(analysis, e.source), country(analysis, e.target))
                                     for e in events if e.trigger == "suspending"}


def test_warning_conjoined_with_a_statement_is_coded_besides():
    analysis, events = coded("Moscow said it would not send troops but warned that Tbilisi will bear full "
                             "responsibility for any bloodshed.")
    assert {e.cameo for e in events if e.trigger == "warned"} == {"012"}
    assert {e.cameo for e in events if e.trigger == "said"} == {"010"}


def test_judgement_in_a_contact_clause_on_an_apposed_noun():
    analysis, events = coded("Baghdad blamed Turkey for the strike, a claim Ankara denied.")
    assert _sides(analysis, [e for e in events if e.cameo == "016"], "denied") == {("TUR", "IRQ")}
    analysis, events = coded("Cairo accused Khartoum of arming the rebels, a charge Sudan rejected.")
    assert _sides(analysis, [e for e in events if e.cameo == "016"], "rejected") == {("SDN", "EGY")}


def test_free_participles_take_the_trailing_report():
    _, events = coded("Kenyan police raided the office, seizing documents and detaining three staff, the interior "
                      "ministry said.")
    acts = {e.trigger: e.status for e in events if e.trigger != "said"}  # the ministry's statement itself occurred
    assert acts == {"raided": "claimed", "seizing": "claimed", "detaining": "claimed"}
    _, events = coded("Kenyan police raided the office, seizing documents and detaining three staff.")
    assert {e.status for e in events} == {"occurred"}
