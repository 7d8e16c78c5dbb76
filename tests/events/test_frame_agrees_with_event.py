"""The frame `newsledger code` prints for a trigger (its arguments and status) says what the event coded
from it says: the coder reads the frame, and reads no clause again after it. Sentences written for these tests."""

import pytest
from spacy.tokens import Doc

from newsledger.frames import frame
from newsledger.frames.commitment import commitment
from newsledger.interfaces.coding import frame_lines
from tests.events.conftest import coded, country


def printed_frames(analysis) -> dict[str, dict]:
    """{trigger word: {"status": the status its frame lines give, "subjects": [the first tier's subject phrases],
    "others": [the phrases of its other arguments]}} of `newsledger code`'s frame lines."""
    frames, trigger = {}, None
    for line in frame_lines(analysis):
        if line.startswith("frame "):
            trigger = line.removeprefix("frame ").split(" (on ")[0].rstrip(":")
            frames[trigger] = {"subjects": {}, "others": []}
        elif line.startswith("  status: "):
            frames[trigger]["status"] = line.removeprefix("  status: ").split(" ")[0]
        elif line.startswith("  subject: "):
            phrase, tier = line.removeprefix("  subject: ").split("'")[1], int(line.rsplit("tier ", 1)[1])
            frames[trigger]["subjects"].setdefault(tier, []).append(phrase)
        else:
            frames[trigger]["others"].append(line.split("'")[1])
    for found in frames.values():
        found["subjects"] = found["subjects"][min(found["subjects"])] if found["subjects"] else []
    return frames


def statuses_agree(text: str, trigger: str) -> tuple[set, str]:
    """(the statuses of the events with that trigger word, the status of its frame)."""
    analysis, events = coded(text)
    return {e.status for e in events if e.trigger == trigger}, printed_frames(analysis)[trigger]["status"]


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


@pytest.mark.parametrize("text, trigger, subject, source", [
    ("Olaf Scholz said Germany was deeply worried by the clashes and urged Serbia to pull back its forces.",
     "urged", "Olaf Scholz", "DEU"),
    ("Armenia denied shelling the village and blamed Azerbaijan for the clashes.", "blamed", "Armenia", "ARM"),
    ("Poland urges Israel to halt the strikes and condemns the attacks on aid workers.", "condemns", "Poland", "POL"),
])
def test_a_verb_hung_in_its_conjuncts_complement_has_that_conjuncts_subject_and_status_in_frame_and_event(
        text, trigger, subject, source):
    """ "said X was worried and urged Y", "denied doing X and blamed Y", "urges Y to do X and condemns Z": the parser
    hangs the second verb inside the first one's complement; the frame reads it as the first verb's conjunct (its
    subject, an act done, not reported, denied or asked for), and the event is what the frame says."""
    analysis, events = coded(text)
    printed = printed_frames(analysis)[trigger]
    assert (printed["status"], printed["subjects"]) == ("occurred", [subject])
    assert {(e.status, country(analysis, e.source)) for e in events if e.trigger == trigger} == {("occurred", source)}


def test_a_subject_the_parser_read_as_the_last_object_is_the_second_verbs_alone(nlp):
    """ "A freed X and Y, and B released Z" parsed with B as the last of the objects: B is the subject of
    "released", and nothing of the first clause (its subject, its negation) is."""
    words = ["Chad", "did", "not", "free", "Ali", "and", "Omar", ",", "and", "Sudan", "released", "Idriss", "."]
    heads = [3, 3, 3, 3, 3, 4, 4, 6, 6, 6, 3, 10, 3]
    deps = ["nsubj", "aux", "neg", "ROOT", "dobj", "cc", "conj", "punct", "cc", "conj", "conj", "dobj", "punct"]
    tags = ["NNP", "VBD", "RB", "VB", "NNP", "CC", "NNP", ",", "CC", "NNP", "VBD", "NNP", "."]
    pos = ["PROPN", "AUX", "PART", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    released = frame(doc[10])
    assert [a.head.text for a in released.of("subject")] == ["Sudan"]
    assert commitment(doc[10]).status == "occurred" and commitment(doc[3]).status == "negated"


def test_the_next_clauses_subject_is_no_object_of_the_first_verb_in_frame_or_event():
    """ "A freed X and Y, and B released Z", with B parsed inside what A freed: the frame of "freed" ends its
    objects before ", and B", B is the subject of "released" alone, and the events say the same."""
    text = ("Belarus freed Polish priest Jan Nowak and Lithuanian student Ona Kazlauskaite, and Poland released "
            "Belarusian officer Pavel Ivanov.")
    analysis, events = coded(text)
    printed = printed_frames(analysis)
    assert printed["freed"]["others"] == ["Polish priest Jan Nowak and Lithuanian student Ona Kazlauskaite"]
    assert printed["released"]["subjects"] == ["Poland"]
    freed = {(country(analysis, e.source), e.target) for e in events if e.trigger == "freed"}
    assert freed == {("BLR", "jan-nowak"), ("BLR", "ona-kazlauskaite")}
    assert {country(analysis, e.source) for e in events if e.trigger == "released"} == {"POL"}


@pytest.mark.parametrize("text, trigger, source", [
    ("Armenian troops shelled the village and Azerbaijan said two civilians died.", "said", "AZE"),
    ("Israeli jets struck the camp and Jordan condemned the raid.", "condemned", "JOR"),
])
def test_a_name_after_a_bare_and_before_a_finite_verb_is_that_verbs_subject(text, trigger, source):
    """ "A shelled the village and B said ...", B parsed as a second object of "shelled": B is the subject of
    "said", and no object of the shelling."""
    analysis, events = coded(text)
    assert {country(analysis, e.source) for e in events if e.trigger == trigger} == {source}
    assert source not in {country(analysis, e.target) for e in events if e.trigger != trigger}


def test_a_verb_whose_own_subject_names_no_actor_borrows_no_doer_from_the_verb_before():
    """ "Russia freed two Americans and Washington released a spy": if "Washington" resolves to no actor, the
    release is by no one named, never by Russia."""
    analysis, events = coded("Russia freed two Americans and Washington released a Russian spy.")
    assert "RUS" not in {country(analysis, e.source) for e in events if e.trigger == "released"}
