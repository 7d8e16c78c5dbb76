"""'Directed against' aims something at a party: no cooperation (PETRARCH lists DIRECT under 060)."""

from tests.events.conftest import events_and_actors


def test_a_denial_of_being_directed_against_a_third_party_is_no_cooperation(nlp):
    text = "The Turkish-Greek partnership is “not directed against third countries”, the two ministers said."
    events, _ = events_and_actors(nlp, text)
    assert [e.cameo for e in events if e.trigger == "directed"] == []


def test_measures_directed_against_a_state_are_no_cooperation(nlp):
    text = "Japan criticised the export controls that Beijing directed against Japanese firms last week."
    events, _ = events_and_actors(nlp, text)
    assert not [e for e in events if e.trigger == "directed" and e.cameo.startswith("06")]
    assert any(e.cameo == "111" for e in events)  # the criticism itself is still coded
