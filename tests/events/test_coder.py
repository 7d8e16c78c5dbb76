import datetime

import pytest

from newsledger.events import code, load_codebook, load_patterns
from newsledger.events.status import classify, classify_span
from newsledger.nlp import sentence_spans
from newsledger.records import Timex
from tests.events.conftest import mentions_from

NAMES = {"Xi Jinping": "CHN_XI", "Xi": "CHN_XI", "Vladimir Putin": "RUS_PUTIN", "Moscow": "RUS",
         "Chinese": "CHN", "Russian": "RUS", "US": "USA", "China": "CHN", "Russia": "RUS",
         "Ukraine": "UKR", "Kyiv": "UKR", "Beijing": "CHN", "Hungary": "HUN", "Ukrainian": "UKR"}


def mentions_for(text):
    return mentions_from(text, NAMES)


def timex_for(text, phrase, value):
    start = text.find(phrase)
    return [Timex(start, start + len(phrase), phrase, "DATE", value)]


@pytest.mark.parametrize("sentence, predicate, status", [
    ("Xi visited Moscow last week.", "visited", "occurred"),
    ("Xi plans to visit Moscow in the spring.", "visit", "planned"),
    ("Xi may visit Moscow in the spring.", "visit", "expected"),
    ("China has refused to condemn Russia for the invasion.", "condemn", "negated"),
    ("If Beijing conveys its intentions, Moscow may think again.", "think", "hypothetical"),
    ("It has been claimed that Russia attacked the convoy.", "attacked", "claimed"),
    ("Russian troops are shelling the city.", "shelling", "ongoing"),
    ("A hearing on the merger has been scheduled in the court.", "hearing", "planned"),
    ("Norway is willing to send troops.", "send", "planned"),
])
def test_status(nlp, sentence, predicate, status):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == predicate)
    assert classify(token)[0] == status
    assert classify_span(doc, token.idx, token.idx + len(token))[0] == status


def test_codebook_and_patterns():
    book = load_codebook()
    assert book["042"]["plover"] == "CONSULT" and book["042"]["quad_class"] == 1
    assert book["190"]["quad_class"] == 4 and book["190"]["goldstein"] < 0
    assert load_patterns().verbs["visit"] == "042"


def test_user_pattern_file(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("- {lemma: snub, cameo: '111'}\n")
    assert load_patterns([extra]).verbs["snub"] == "111"


def test_joint_patrol_occurred_with_date(nlp):
    text = ("On November 30, 2022, the Chinese and Russian air forces carried out joint "
            "patrol flights in the Western Pacific.")
    events = code(nlp(text), mentions_for(text), {}, timex_for(text, "November 30, 2022", "2022-11-30"),
                  datetime.date(2022, 12, 1))
    patrols = [e for e in events if e.cameo == "062"]
    assert patrols and all(e.status == "occurred" and e.date == "2022-11-30" for e in patrols)


def test_video_conference_between(nlp):
    text = ("On December 30, 2022, a meeting was held between Chinese President Xi Jinping "
            "and Russian President Vladimir Putin via video conference.")
    events = code(nlp(text), mentions_for(text), {}, timex_for(text, "December 30, 2022", "2022-12-30"),
                  datetime.date(2022, 12, 31))
    pairs = {(e.source, e.target) for e in events if e.plover == "CONSULT"}
    assert pairs and all(e.status == "occurred" and e.date == "2022-12-30" for e in events)


def test_statement_of_concern(nlp):
    text = "The US declared that it was concerned about the drills."
    events = code(nlp(text), mentions_for(text), {}, [], datetime.date(2023, 1, 5))
    statements = [e for e in events if e.source == "USA" and e.cameo.startswith(("01", "11"))]
    assert statements and statements[0].status == "occurred" and statements[0].date == "2023-01-05"


def test_planned_visit(nlp):
    text = "Xi Jinping plans to visit Moscow next week."
    events = code(nlp(text), mentions_for(text), {}, [], datetime.date(2023, 3, 14))
    visit = next(e for e in events if e.trigger == "visit")
    assert visit.cameo == "042"  # a scheduled visit is the visit, planned: the plan is no stance of intent
    assert (visit.source, visit.target, visit.status, visit.date) == ("CHN_XI", "RUS", "planned", None)


def test_sentence_index_skips_blank_sentences(nlp):
    text = "\n\nMarkets were calm on Monday. Russia attacked Ukraine."  # a leading blank "sentence"
    doc = nlp(text)
    attack = next(e for e in code(doc, mentions_for(text), {}, [], None) if e.plover == "ASSAULT")
    start, end = sentence_spans(doc)[attack.sentence]
    assert attack.sentence == 1 and start <= attack.trigger_start < end


def test_passive_attack_with_agent_and_place(nlp):
    text = "A Ukrainian convoy was attacked by Russian troops in Kharkiv on Tuesday."
    attack = next(e for e in code(nlp(text), mentions_for(text), {}, [], None) if e.plover == "ASSAULT")
    assert (attack.source, attack.target, attack.location) == ("RUS", "UKR", "Kharkiv")


def test_target_inside_complement(nlp):
    text = "Russia threatened to cut off gas supplies to Ukraine."
    threat = next(e for e in code(nlp(text), mentions_for(text), {}, [], None) if e.plover == "THREATEN")
    assert (threat.source, threat.target) == ("RUS", "UKR")


def test_pronoun_subject_and_reported_demand(nlp):
    text = "Hungary said it will support the plan. The US said that China must stop the drills."
    events = code(nlp(text), mentions_for(text), {}, [], None)
    assert any(e.source == "HUN" and e.plover == "AGREE" for e in events)
    demand = next(e for e in events if e.plover == "REQUEST")
    assert (demand.source, demand.target, demand.sentence) == ("USA", "CHN", 1)


def test_confidence_prefers_patterns_and_direct_roles(nlp):
    direct = "Russia imposed sanctions on Ukraine."
    fallback = "Xi Jinping plans to visit next week."
    strong = code(nlp(direct), mentions_for(direct), {}, [], None)[0]
    weak = next(e for e in code(nlp(fallback), mentions_for(fallback), {}, [], None) if e.plover)
    assert strong.confidence > weak.confidence
    assert strong.location is None


def test_a_city_visited_gives_its_country_as_target(nlp):
    from newsledger.actors import resolve
    from newsledger.events import code
    doc = nlp("Egyptian President Hosni Mubarak arrived in Haifa on Tuesday.")
    mentions, actors = resolve(doc, datetime.date(1995, 1, 1))
    events = [e for e in code(doc, mentions, actors, [], datetime.date(1995, 1, 1)) if e.trigger == "arrived"]
    assert events and events[0].target == "ISR" and actors["ISR"].country == "ISR"
