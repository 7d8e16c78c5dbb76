"""The frame `newsledger code` prints for a trigger (its arguments and status) says what the event coded
from it says: the coder reads the frame, and reads no clause again after it. Sentences written for these tests."""

import pytest

from newsledger.interfaces.coding import frame_lines
from tests.events.conftest import coded


def frame_statuses(analysis) -> dict[str, str]:
    """{trigger word: the status its frame lines give} of `newsledger code`'s frame lines."""
    statuses, trigger = {}, None
    for line in frame_lines(analysis):
        if line.startswith("frame "):
            trigger = line.removeprefix("frame ").split(" (on ")[0].rstrip(":")
        elif line.startswith("  status: "):
            statuses[trigger] = line.removeprefix("  status: ").split(" ")[0]
    return statuses


def statuses_agree(text: str, trigger: str) -> tuple[set, str]:
    """(the statuses of the events with that trigger word, the status of its frame)."""
    analysis, events = coded(text)
    return {e.status for e in events if e.trigger == trigger}, frame_statuses(analysis)[trigger]


@pytest.mark.parametrize("text, trigger, status", [
    ("Germany blocked a draft text that demanded sanctions on Belarus.", "demanded", "negated"),
    ("The draft resolution calls on Sudan's army to open humanitarian corridors.", "calls", "hypothetical"),
    ("A French draft condemns the coup in Gabon and urges the junta to free the president.", "urges", "hypothetical"),
])
def test_a_drafts_act_has_the_same_status_in_the_frame_and_the_event(text, trigger, status):
    """A draft's act is only proposed, and did not happen once the draft is voted down: the frame's
    commitment says so, and the event takes it from there."""
    events, framed = statuses_agree(text, trigger)
    assert events == {status} and framed == status
