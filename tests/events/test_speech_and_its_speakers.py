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


@pytest.mark.parametrize("text, trigger", [
    # a past verb joined to a reported present: the reporter's next act
    ("Kuleba said Ukraine needs more air defence and thanked Germany for its help.", "thanked"),
    # joined to a reported verb under "would", without a comma: a verb sharing "would" would be bare
    ("The minister said Japan would not accept the demand and summoned the Chinese ambassador.", "summoned"),
    # hung on the reported copula's complement
    ("Baerbock said Germany was deeply worried and called on Serbia to withdraw its troops.", "called"),
])
def test_a_past_act_joined_to_a_report_is_the_reporters_own(text, trigger):
    analysis, events = coded(text)
    assert {e.status for e in events if e.trigger == trigger} == {"occurred"}


def test_a_conjunct_that_shares_the_reported_clause_stays_reported():
    analysis, events = coded("Kuleba said Russian forces would attack and seize the town.")
    assert {e.status for e in events if e.trigger == "seize"} <= {"expected", "planned", "claimed", "hypothetical"}


@pytest.mark.parametrize("text, trigger, cameo", [
    # talking "to" a person, by name or title, is a conversation (046, as "spoke with")
    ("Scholz has spoken to Erdogan by phone.", "spoken", "041"),  # by phone: 041 Discuss by telephone (issue 17)
    ("Blinken talked to his Turkish counterpart on Sunday.", "talked", "046"),
    # an issue raised with a hearer is a consultation, not RAISE ISSUE's 110
    ("Modi raised the matter with Xi during the summit.", "raised", "040"),
])
def test_talking_to_a_person_and_raising_an_issue_with_one_is_consultation(text, trigger, cameo):
    analysis, events = coded(text)
    assert {e.cameo for e in events if e.trigger == trigger} == {cameo}


def test_speaking_to_an_audience_stays_a_statement():
    analysis, events = coded("Sunak spoke to reporters in London.")
    assert {e.cameo for e in events if e.trigger == "spoke"} == {"010"}


@pytest.mark.parametrize("text, trigger", [
    ("Minsk called the expulsion an unfriendly act.", "called"),
    ("Beijing called the sanctions a gross interference in its internal affairs.", "called"),
    ("Tehran described the seizure as piracy.", "described"),
    ("Caracas branded the vote a farce.", "branded"),
])
def test_a_name_that_is_a_negative_judgement_is_criticism(text, trigger):
    analysis, events = coded(text)
    assert {e.cameo for e in events if e.trigger == trigger} == {"111"}


def test_a_name_that_judges_nothing_stays_a_statement():
    analysis, events = coded("Paris called the agreement a historic step.")
    assert {e.cameo for e in events if e.trigger == "called"} == {"010"}


def test_the_judged_act_named_by_its_noun_gives_the_target():
    analysis, events = coded("Latvia expelled two Russian diplomats on Monday. Moscow called the expulsion an unfriendly act.")
    assert {(e.cameo, country(analysis, e.target)) for e in events if e.trigger == "called"} == {("111", "LVA")}


@pytest.mark.parametrize("text, trigger, pair", [
    ("Serbia shelled Kosovo border posts on Tuesday. Scholz spoke to Vucic on Wednesday. The EU urged both sides to "
     "show restraint.", "urged", {"SRB", "XKX"}),
    ("Indian troops fired on Pakistani positions in Kashmir. Washington urged the two countries to resume dialogue.",
     "urged", {"IND", "PAK"}),
    ("Sudanese and Chadian troops clashed along the border on Monday. The African Union called on both sides to "
     "exercise restraint.", "called", {"SDN", "TCD"}),
])
def test_both_sides_are_the_sides_of_the_conflict_told_before(text, trigger, pair):
    analysis, events = coded(text)
    assert {country(analysis, e.target) for e in events if e.trigger == trigger} == pair
