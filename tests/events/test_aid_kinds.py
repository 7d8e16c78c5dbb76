"""The kind of aid given, promised or asked for (economic, military, humanitarian) decides the CAMEO
sub-code (data/sense.yaml object_classes), and a pledge's "to X" names its recipient, on sentences written
for these tests."""

import pytest

from tests.events.conftest import event_rows


def sides(text):
    """{(code, source country, target country)} of the sentence's events."""
    return {(code, source, target) for code, _, source, target, _ in event_rows(text)}


@pytest.mark.parametrize("text, expected", [
    ("Norway provided humanitarian aid to Yemen last year.", ("073", "NOR", "YEM")),
    ("Kuwait gave emergency aid to Sudan.", ("073", "KWT", "SDN")),
    ("South Korea sent economic aid to Vietnam.", ("071", "KOR", "VNM")),
    ("The Netherlands delivered financial assistance to Moldova.", ("071", "NLD", "MDA")),
])
def test_given_aid_takes_its_kind(text, expected):
    assert expected in sides(text)


@pytest.mark.parametrize("text, expected", [
    ("Canada promised military aid to Latvia.", ("0332", "CAN", "LVA")),
    ("Sweden offered humanitarian assistance to Haiti.", ("0333", "SWE", "HTI")),
    ("Qatar pledged financial support to Lebanon.", ("0331", "QAT", "LBN")),
    # a sum counting the aid, with "to X" hung on the aid noun: the recipient is still found
    ("Denmark pledged 300 million crowns in military aid to Ukraine.", ("0332", "DNK", "UKR")),
    ("Saudi Arabia pledged $2 billion in economic assistance to Pakistan.", ("0331", "SAU", "PAK")),
])
def test_promised_aid_takes_its_kind_and_recipient(text, expected):
    assert expected in sides(text)


def test_an_appeal_for_financial_aid_is_an_appeal_for_economic_aid():
    assert ("0231", "LKA", "JPN") in sides("Sri Lanka asked Japan for financial assistance.")
