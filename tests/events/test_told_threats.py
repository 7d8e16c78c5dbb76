"""Threats told through a statement: a harmful act the speaker says it would do on another side's condition, another
side that "will pay" for an act, a casus belli ("would consider any A a declaration of war"); and steps taken "to"
do an act, a light verb whose content is the act. Sentences written for these tests."""

import pytest

from tests.events.conftest import coded, country


def found(text):
    """{(trigger, code, status, source country, target country)} of the sentence's events."""
    analysis, events = coded(text)
    return {(e.trigger, e.cameo, e.status, country(analysis, e.source), country(analysis, e.target)) for e in events}


@pytest.mark.parametrize("text, trigger, cameo, source, target", [
    ("Ankara said it would take military measures if Greece did not pull its ships back.", "said", "130", "TUR", "GRC"),
    ("Beijing announced it would impose tariffs on Canada unless Canada dropped its duties.", "announced", "1312", "CHN", "CAN"),
    ("Baku warned it would shell Armenian positions if Armenia kept fortifying the border.", "warned", "138", "AZE", "ARM"),
    ("Tehran vowed to respond if attacked by Israel.", "vowed", "130", "IRN", "ISR"),
    ("Pyongyang vowed to strike Seoul if South Korea held the drills.", "vowed", "138", "PRK", "KOR"),
])
def test_a_harmful_act_on_anothers_condition_is_the_speakers_threat_made(text, trigger, cameo, source, target):
    assert (trigger, cameo, "occurred", source, target) in found(text)


def test_a_reported_conditional_threat_is_claimed():
    text = "Diplomats said Moscow had warned it would cut gas supplies to Moldova if Moldova joined the sanctions."
    assert any(t == "warned" and c.startswith("13") and s == "claimed" and (src, tgt) == ("RUS", "MDA")
               for t, c, s, src, tgt in found(text))


def test_the_act_threatened_on_a_condition_stays_hypothetical_and_no_second_threat():
    events = found("Baku warned it would shell Armenian positions if Armenia kept fortifying the border.")
    shelling = [(c, s) for t, c, s, *_ in events if t == "shell"]
    assert shelling and all(s == "hypothetical" and not c.startswith("13") for c, s in shelling)


def test_an_unnamed_answer_on_a_condition_is_only_the_threat():
    events = found("Ankara said it would retaliate if Greece armed the islands.")
    assert ("said", "130", "occurred", "TUR", "GRC") in events
    assert not any(t == "retaliate" for t, *_ in events)


@pytest.mark.parametrize("text", [
    "Kenya said it would sign the accord if its parliament approved it.",
    "Kenya said it would send troops to Haiti if the council approved the mission.",
])
def test_a_conditional_act_that_is_no_harm_is_no_threat(text):
    assert not any(c.startswith("13") for _, c, *_ in found(text))


def test_a_condition_on_the_speakers_own_act_is_no_told_threat():
    events = found("Seoul said it would shoot down the balloons if it had to.")
    assert not any(t == "said" and c.startswith("13") for t, c, *_ in events)


@pytest.mark.parametrize("text, source, target", [
    ("The Houthis said Britain will pay for the raids on Hodeidah.", "YEM", "GBR"),
    ("Japan would pay a heavy price for its provocations, Pyongyang warned.", "PRK", "JPN"),
    ("Caracas said Guyana would pay dearly.", "VEN", "GUY"),
])
def test_another_side_will_pay_is_a_threat_against_it(text, source, target):
    events = found(text)
    assert any(c == "130" and s == "occurred" and tgt == target for _, c, s, src, tgt in events)
    assert not any(t == "pay" for t, *_ in events)


@pytest.mark.parametrize("text, source, target", [
    ("Any Turkish aggression will not go unanswered, Damascus said.", "SYR", "TUR"),
    ("Pyongyang said any South Korean provocation would not go unpunished.", "PRK", "KOR"),
])
def test_an_act_that_will_not_go_unanswered_is_a_threat_against_its_doers(text, source, target):
    """ "any X aggression will not go unanswered": answered, so its doers will pay, as "X will pay for it"."""
    events = found(text)
    assert any(c == "130" and s == "occurred" and (src, tgt) == (source, target) for _, c, s, src, tgt in events)
    assert not any(t == "go" for t, *_ in events)


def test_paying_for_goods_is_no_threat():
    events = found("Norway said Poland will pay for the new frigates.")
    assert not any(c.startswith("13") for _, c, *_ in events)


@pytest.mark.parametrize("text, cameo, source, target", [
    ("Moscow said it would consider any Finnish deployment in Estonia a declaration of war.", "138", "RUS", "FIN"),
    ("Beijing said it would regard any visit by Japan's defence minister as an act of aggression.", "130", "CHN", "JPN"),
    ("Moscow said it would treat any Polish aircraft over Belarus as a legitimate target.", "138", "RUS", "POL"),
    ("Moscow said any Finnish deployment in Estonia would be considered a declaration of war.", "138", "RUS", "FIN"),
])
def test_a_casus_belli_is_a_threat_against_the_acts_owner(text, cameo, source, target):
    events = found(text)
    assert ("said", cameo, "occurred", source, target) in events
    assert not any(t in ("consider", "regard", "treat") for t, *_ in events)  # the considering is no act (no 036)
    assert all(s == "hypothetical" for t, c, s, *_ in events if t != "said")  # what "any" names was not done


def test_a_judgement_of_an_act_told_as_done_is_no_casus_belli():
    assert not any(c.startswith("13") for _, c, *_ in found("Moscow considers the Finnish deployment an act of aggression."))


@pytest.mark.parametrize("text", [
    "Egypt took steps to reopen the Rafah crossing.",
    "Ankara took steps to impose tariffs on Swedish goods.",
    "Cairo will take measures to reopen the Rafah crossing.",
])
def test_steps_taken_to_do_an_act_are_no_act_or_threat_of_their_own(text):
    events = found(text)
    assert not any(t in ("took", "take") or c.startswith("13") for t, c, *_ in events)


def test_the_act_of_steps_taken_is_done_as_they_are_taken():
    assert any(t == "impose" and s == "occurred" and src == "TUR"
               for t, c, s, src, _ in found("Ankara took steps to impose tariffs on Swedish goods."))


@pytest.mark.parametrize("text, target", [
    ("Beijing will take all necessary measures against Manila.", "PHL"),
    ("China will take resolute measures to safeguard its sovereignty.", None),
])
def test_steps_against_someone_or_to_protect_ones_own_stay_a_threat(text, target):
    assert any(t == "take" and c == "130" and s == "planned" and tgt == target for t, c, s, _, tgt in found(text))
