"""'The two leaders', 'both countries', 'the two neighbours': the pair of states or leaders named last.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def links(mentions, surface: str) -> set[str]:
    return {m.actor_id for m in mentions if m.text == surface and m.why.startswith("coref")}


def test_the_two_leaders_of_a_named_pair_of_states_are_those_states(linked):
    mentions = linked("The leaders of Chile and Peru met in Lima on Monday. The two leaders signed a border pact.")
    assert links(mentions, "The two leaders") == {"CHL", "PER"}


def test_people_come_before_states_for_the_two_leaders(linked):
    mentions = linked("Chancellor Merz met President Macron in Paris to discuss Ukraine and Russia. "
                      "The two leaders agreed to meet again in May.")
    assert links(mentions, "The two leaders") == {"friedrich-merz", "emmanuel-macron"}


@pytest.mark.parametrize("noun", ["Both countries", "The two neighbours", "The two governments"])
def test_a_group_noun_after_the_leaders_of_two_states_takes_the_states(linked, noun):
    mentions = linked(f"The presidents of Ghana and Togo met in Accra on Friday. {noun} will open the border.")
    assert links(mentions, noun) == {"GHA", "TGO"}


def test_an_affiliation_is_still_no_side(linked):
    mentions = linked("Serbia and Kosovo resumed talks, said Anna Weber, a professor at the University of Graz. "
                      "Both sides want a deal by June.")
    assert links(mentions, "Both sides") == {"SRB", "XKX"}


def test_whoever_appeals_to_both_sides_is_not_one_of_them(linked):
    mentions = linked("The council failed to pass the draft on Chad. UN Secretary-General Antonio Guterres said he "
                      "was saddened and appealed to both sides to stop the fighting.")
    assert "antonio-guterres" not in links(mentions, "both sides")


def test_the_subject_urging_both_sides_leaves_the_pair_before_it(linked):
    mentions = linked("Serbia and Kosovo resumed talks on Monday. The European Union urged both sides to reach a deal.")
    assert links(mentions, "both sides") == {"SRB", "XKX"}


def test_both_sides_named_last_are_of_two_countries(linked):
    # no coordinated pair before it: the two named last that are not one country's minister and government
    mentions = linked("Chad closed its border with Sudan on Monday, and Sudanese Interior Minister Khalid Osman said "
                      "Khartoum would respond. The African Union urged both sides to talk.")
    sides = links(mentions, "both sides")
    assert "TCD" in sides and len(sides) == 2


def test_both_sides_are_left_unresolved_when_all_named_last_are_one_countrys(linked):
    mentions = linked("Sudanese Interior Minister Khalid Osman said on Monday that Khartoum would reopen the crossing. "
                      "The African Union urged both sides to talk.")
    assert links(mentions, "both sides") == set()


@pytest.mark.parametrize("clause", ["on Friday, when the two leaders signed a grain accord",
                                    "last week, where the two leaders agreed to expand gas trade",
                                    "on Friday, and the two leaders agreed to expand gas trade"])
def test_a_pair_named_earlier_in_the_sentence_is_the_pair_of_a_later_clause(linked, clause):
    """Whoever does the main clause's act governs no relative, adverbial or coordinated clause of its own: the
    pair it names is the pair a later clause's plural description refers to."""
    mentions = linked(f"President Erdogan met President Putin in Sochi {clause}.")
    assert links(mentions, "the two leaders") == {"recep-tayyip-erdogan", "vladimir-putin"}


@pytest.mark.parametrize("text", [
    "Serbia and Montenegro settled the dispute, Germany and Italy said on Friday. Both countries will reopen the border.",
    "Ethiopia and Eritrea restored flights, Kenya and Uganda said. The two countries also agreed to exchange envoys.",
])
def test_a_pair_that_reports_another_pairs_act_is_not_the_pair_taken_up(linked, text):
    noun = "Both countries" if text.count("Both countries") else "The two countries"
    pair = {"SRB", "MNE"} if text.startswith("Serbia") else {"ETH", "ERI"}
    assert links(linked(text), noun) == pair


def test_a_reporting_pair_is_the_pair_when_no_other_is_named(linked):
    mentions = linked("Norway and Iceland said the quota talks had failed. Both countries will now set their own limits.")
    assert links(mentions, "Both countries") == {"NOR", "ISL"}


@pytest.mark.parametrize("speaker", ["The UN envoy", "NATO's envoy", "The African Union mediator"])
def test_a_speakers_body_named_inside_the_subject_is_no_side(linked, speaker):
    mentions = linked(f"Eritrea accused Ethiopia of massing troops near the border. {speaker} said talks between "
                      "the two sides would resume in May.")
    assert links(mentions, "the two sides") == {"ERI", "ETH"}
