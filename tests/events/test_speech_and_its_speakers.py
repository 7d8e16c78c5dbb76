"""What was said, and who said it: a noun of speech that refers back to an earlier statement is aimed at its
speaker; acts conjoined with a verb of saying are the speaker's own."""

import pytest

from tests.events.conftest import coded, country


@pytest.mark.parametrize("text, trigger, cameo, target", [
    ("The Netherlands accused Venezuela of detaining a Dutch crew on Tuesday. Venezuela rejected the account.",
     "rejected", "016", "NLD"),
    ("Egypt accused Ethiopia of breaking the dam agreement. Ethiopia rejected the claim.", "rejected", "016", "EGY"),
    ("Lithuania said Belarusian guards pushed migrants across the border. Belarus denied the claim.", "denied", "016", "LTU"),
    ("Colombia accused Venezuela of sheltering rebels. Caracas dismissed those allegations as lies.", "dismissed", "016", "COL"),
    ("Pakistan said Indian troops opened fire along the frontier. India has denied the charge.", "denied", "016", "PAK"),
    ("Tunisia said Libyan gunmen crossed its border overnight. Tripoli refuted the report.", "refuted", "016", "TUN"),
    # in the same sentence, told before the judgement
    ("After Chile accused Bolivia of violating the accord, Bolivia rejected the accusation.", "rejected", "016", "CHL"),
])
def test_a_noun_of_speech_is_aimed_at_the_speaker_told_before(text, trigger, cameo, target):
    analysis, events = coded(text)
    assert {(e.cameo, country(analysis, e.target)) for e in events if e.trigger == trigger} == {(cameo, target)}


@pytest.mark.parametrize("text, trigger", [
    # the statement that reports the denial is not the one denied
    ("Kenya said Uganda had denied the claim.", "denied"),
    # the judge's own earlier statement is not one it denies
    ("Ethiopia said its dam was safe. Ethiopia repeated the claim on Friday.", "repeated"),
    ("Peru rejected the claim on Monday.", "rejected"),
])
def test_a_noun_of_speech_with_no_other_speaker_has_no_target(text, trigger):
    analysis, events = coded(text)
    assert {e.target for e in events if e.trigger == trigger} <= {None}
