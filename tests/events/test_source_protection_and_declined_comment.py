"""How wire copy keeps a source unnamed is no event, and declining to comment is CAMEO 011 by the decliner.
Sentences written for these tests."""

import pytest

from tests.events.conftest import coded


@pytest.mark.parametrize("text, not_acts", [
    ("A Turkish official, who asked not to be named, said Ankara would host the talks.", {"asked"}),
    ("A Kenyan diplomat, who requested anonymity because she was not authorised to speak to the media, said Nairobi "
     "had recalled its envoy.", {"requested", "authorised", "speak"}),
    ("Two Qatari officials, speaking on condition of anonymity, said Doha had delivered the proposal.", {"speaking"}),
    ("A senior Iraqi commander, who declined to be identified, said Baghdad had closed the crossing.", {"declined"}),
])
def test_keeping_a_source_unnamed_is_no_act(text, not_acts):
    _, events = coded(text)
    assert not [e for e in events if e.trigger in not_acts]
    assert any(e.trigger == "said" for e in events)  # what the source says is still coded


@pytest.mark.parametrize("text, decliner", [
    ("The Kremlin declined to say whether Putin would attend the summit.", "RUS"),
    ("Hungary's foreign ministry declined to give details of the talks.", "HUN"),
    ("Beijing refused to comment on the report.", "CHN"),
])
def test_declining_to_comment_is_decline_comment_by_the_decliner(text, decliner):
    _, events = coded(text)
    declined = [e for e in events if e.cameo == "011"]
    assert declined and all(e.source.startswith(decliner) and e.status == "occurred" for e in declined)
    assert not [e for e in events if e.cameo.startswith("01") and e.cameo != "011" and e.source.startswith(decliner)]


def test_asking_another_not_to_act_is_still_a_request():
    _, events = coded("Washington asked Seoul not to sell the missiles.")
    assert [e.cameo[:2] for e in events if e.trigger == "asked"] == ["02"]


@pytest.mark.parametrize("text", [
    "Baku launched an offensive in Karabakh, which it called an anti-terrorist operation.",
    "Soldiers stormed the palace in what President Arce called an attempted coup.",
])
def test_naming_an_act_in_an_aside_is_no_statement(text):
    _, events = coded(text)
    assert not [e for e in events if e.trigger == "called"]


def test_naming_an_act_outright_is_still_a_statement():
    _, events = coded("Moscow called the move a turning point.")
    assert [e.cameo[:2] for e in events if e.trigger == "called"] == ["01"]
    _, events = coded("Moscow called the move a provocation.")  # a negative judgement: criticism (sense.yaml naming_judgements)
    assert [e.cameo[:2] for e in events if e.trigger == "called"] == ["11"]
