"""A same-event group's summary names the code most of its events carry."""

from newsledger.analysis.events import EventGroup


def _event(n: int, cameo: str, plover: str, doc: str) -> dict:
    return {"event_id": f"e{n}", "doc_id": doc, "cameo": cameo, "plover": plover, "status": "planned",
            "outlets": ["Wire"], "reporters": ["Wire"]}


def test_the_group_code_is_the_most_common_not_the_first_told():
    # A meeting during a state visit is told first; three articles tell the visit itself.
    group = EventGroup(("04", "IND", "JPN"), [_event(1, "040", "CONSULT", "a"), _event(2, "042", "CONSULT", "a"),
                                              _event(3, "042", "CONSULT", "b"), _event(4, "042", "CONSULT", "c")],
                       "2024-05-06", "2024-05-08")
    assert group.summary()["cameo"] == "042"


def test_on_a_tie_the_code_of_the_groups_first_event_stands():
    group = EventGroup(("04", "IND", "JPN"), [_event(1, "043", "CONSULT", "a"), _event(2, "042", "CONSULT", "b")],
                       "2024-05-06", "2024-05-06")
    assert group.summary()["cameo"] == "043"
