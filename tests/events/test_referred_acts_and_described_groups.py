"""Targets found through reference (issue 17), on sentences written for these tests: a judgement of a definite event
noun with no actor of its own is aimed at the doer of the act the noun refers back to ("signed a pact ... condemned
the deal"), and a group described by its number ("both leaders", "the two capitals", "the three states") is the pair
or trio the story puts in contact, not the actors named last."""

import pytest

from tests.events.conftest import coded, country


def _targets(text: str, trigger: str) -> set:
    analysis, events = coded(text)
    return {country(analysis, e.target) for e in events if e.trigger == trigger}


@pytest.mark.parametrize("text, trigger, target", [
    # a noun of the act's family, its object where it was made: "signed a pact ... the agreement"
    ("Kenya signed a defence pact with Uganda on Monday, the Kenyan foreign ministry said. Tanzania condemned the "
     "agreement.", "condemned", "KEN"),
    ("Chile signed a fishing accord with Peru on Tuesday. Bolivian officials said talks on water would resume. "
     "Argentina welcomed the deal.", "welcomed", "CHL"),
    # where the thing was made, not where it was judged ("called the agreement a threat")
    ("Kenya signed a pact with Uganda on Monday. Tanzania called the agreement a threat. Rwanda condemned the deal.",
     "condemned", "KEN"),
    ("Thailand lodged a formal protest with Cambodia on Monday over the shooting. The Cambodian foreign ministry "
     "rejected the protest.", "rejected", "THA"),
    ("Colombian President Gustavo Petro called the border closure a hostile act. Venezuela rejected the criticism.",
     "rejected", "COL"),
    # an act reported by its doer's own ministry, with no other side's version of it
    ("Moroccan police raided the offices of an Algerian charity in Rabat on Monday, seizing computers and detaining "
     "three staff, the interior ministry said. Algeria condemned the raids.", "condemned", "MAR"),
    # the stimulus of a passive judgement
    ("Poland closed two border crossings with Belarus on Friday. Lithuania said it was disappointed by the move.",
     "disappointed", "POL"),
    # the judge's own act: the other side of it
    ("Serbia signed an energy accord with Hungary on Monday. Belgrade praised the deal.", "praised", "HUN"),
])
def test_a_judged_event_noun_takes_the_doer_of_the_act_it_refers_back_to(text, trigger, target):
    assert _targets(text, trigger) == {target}


def test_a_state_or_habit_told_in_the_present_is_no_move():
    """ "continues to fund": no single act done, so "the move" refers to none of it."""
    assert _targets("Slovakia does not recognise Kosovo and continues to fund Serb schools. Albania criticised the "
                    "move.", "criticised") == {None}


@pytest.mark.parametrize("text, trigger, group", [
    ("Azerbaijan and Armenia exchanged fire along the border on Monday. Azerbaijan accused Armenia of shelling its "
     "positions. France said it was concerned. Germany urged both leaders to return to talks.", "urged", {"ARM", "AZE"}),
    ("Eritrea and Ethiopia traded accusations over the border. Ethiopian troops shelled Eritrean positions. Kenya spoke "
     "to Somalia on Tuesday. The African Union urged the two capitals to negotiate.", "urged", {"ERI", "ETH"}),
    # a third side that aids one of them is named last, but the pair in contact most is the pair
    ("Kenyan troops shelled a Somali border town on Monday. Somalia accused Kenya of violating its sovereignty. Kenya's "
     "army said it had targeted militants. Its spokesman said two fighters were killed. Egypt pledged to send arms to "
     "Somalia. Djibouti urged both sides to show restraint.", "urged", {"KEN", "SOM"}),
    # a trio: three countries each in contact with each other
    ("Mali accused Niger of harbouring rebels. Burkina Faso sent troops to Mali. Niger expelled two Burkinabe "
     "diplomats. Ghana imposed sanctions on the three states.", "imposed", {"BFA", "MLI", "NER"}),
])
def test_a_group_described_by_its_number_is_the_group_the_story_puts_in_contact(text, trigger, group):
    assert _targets(text, trigger) == group
