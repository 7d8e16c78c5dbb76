"""Statuses and roles of visits, refusals and invitations (issue: seed ledger problems), on
sentences of our own modelled on the seed articles."""

from newsledger.interfaces.coding import code_text
from tests.events.conftest import side_country


def coded(text, date="2023-03-17"):
    analysis = code_text(text, date)
    return [(e.trigger, e.cameo, e.status, e.source, e.target, side_country(analysis.actors, e.source), side_country(analysis.actors, e.target), e.date)
            for e in analysis.events]


def test_progressive_with_future_time_is_planned_visit():
    events = coded("Macron is coming to Berlin next week from Monday to Wednesday.")
    assert [(t, c, s, sc, tc) for t, c, s, _, _, sc, tc, _ in events] == [("coming", "042", "planned", "FRA", "DEU")]


def test_progressive_without_time_stays_ongoing():
    events = coded("Russia is increasing its military support for Syria.")
    assert {s for _, _, s, *_ in events} == {"ongoing"}


def test_nominal_visit_takes_status_from_relative_clause():
    events = coded("Japan's foreign ministry confirmed the visit of Kishida to Beijing, which will take place on March 21.")
    visits = [e for e in events if e[0] == "visit"]
    assert [(c, s, sc, tc, d) for _, c, s, _, _, sc, tc, d in visits] == [("042", "planned", "JPN", "CHN", "2023-03-21")]
    assert not [e for e in events if e[0] == "take"]  # "take place" is no event


def test_cancelled_visit_is_negated():
    events = coded("Scholz's visit to Beijing, which was cancelled on Monday, angered China.")
    visits = [e for e in events if e[0] == "visit"]
    assert visits and all(s == "negated" and sc == "DEU" for _, _, s, _, _, sc, _, _ in visits)


def test_refusal_to_verb_is_negated_with_possessive_source():
    events = coded("India's refusal to condemn Russia angered Washington.")
    condemn = [e for e in events if e[0] == "condemn"]
    assert [(s, sc, tc) for _, _, s, _, _, sc, tc, _ in condemn] == [("negated", "IND", "RUS")]


def test_person_title_nationality_is_no_separate_actor():
    events = coded("A meeting was held between French President Emmanuel Macron and German Chancellor Olaf Scholz.")
    assert {(s, t) for _, _, _, s, t, *_ in events} == {("emmanuel-macron", "olaf-scholz"), ("olaf-scholz", "emmanuel-macron")}


def test_two_nationality_adjectives_still_two_actors():
    events = coded("Indian and French warships conducted joint exercises in the Arabian Sea.")
    assert {(sc, tc) for *_, sc, tc, _ in events} == {("IND", "FRA"), ("FRA", "IND")}


def test_invited_visit_belongs_to_the_invitee_and_has_not_occurred():
    events = coded("Biden invited Modi to visit the United States during a phone call.")
    invite = [e for e in events if e[0] == "invited"]
    visit = [e for e in events if e[0] == "visit"]
    assert [(s, src, tgt) for _, _, s, src, tgt, _, _, _ in invite] == [("occurred", "joe-biden", "narendra-modi")]
    assert [(src, tc) for _, _, _, src, _, _, tc, _ in visit] == [("narendra-modi", "USA")]
    assert visit[0][2] in ("planned", "expected")


def test_an_urged_act_is_no_event_the_urging_is():
    # CAMEO codes the appeal; what it asks for has not happened, and no one but the speaker expects it.
    events = coded("Germany urged Turkey to sanction Russia.")
    assert [e for e in events if e[0] == "sanction"] == []
    assert [(sc, tc) for t, *_, sc, tc, _ in events if t == "urged"] == [("DEU", "TUR")]


def test_talks_that_a_coming_visit_is_for_are_planned_too():
    events = coded("Lula comes to Beijing next week for talks with Xi Jinping.", date="2024-05-08")
    talks = [e for e in events if e[0] == "talks"]
    assert talks and all(s == "planned" for _, _, s, *_ in talks)
    assert {s for t, _, s, *_ in events if t == "comes"} == {"planned"}


def test_vowing_never_to_yield_is_a_refusal_not_an_intent_to_cooperate():
    events = coded("The Myanmar junta vowed never to release Aung San Suu Kyi.")
    assert events and all(c.startswith("12") and s == "occurred" for _, c, s, *_ in events)


def test_what_a_request_asks_not_to_be_done_is_no_event_either():
    events = coded("Berlin urged Ankara not to send troops into Syria.")
    assert [e for e in events if e[0] == "send"] == [] and any(e[0] == "urged" for e in events)


def _nominal(text, noun):
    return sorted((c, s, sc, tc, d) for t, c, s, _, _, sc, tc, d in coded(text) if t == noun)


def test_event_noun_subject_of_a_happening_verb_takes_its_date_and_status():
    # "X will take place / is due to resume / is scheduled to be held + date": the noun's clause is the verb's
    assert _nominal("A meeting between Erdogan and Aliyev will take place in Ankara next week, the Turkish presidency said.",
                    "meeting") == [("040", "planned", "AZE", "TUR", "2023-W12"), ("040", "planned", "TUR", "AZE", "2023-W12")]
    assert _nominal("Talks between Serbia and Kosovo are due to resume in Brussels on March 22.",
                    "Talks") == [("040", "planned", "SRB", "XKX", "2023-03-22"), ("040", "planned", "XKX", "SRB", "2023-03-22")]
    assert {(s, d) for _, s, _, _, d in _nominal(
        "Negotiations between Ethiopia and Egypt were scheduled to be held in Cairo next month.", "Negotiations")} \
        == {("planned", "2023-04")}


def test_event_noun_subject_of_another_verb_keeps_its_own_reading():
    # "the visit is expected to boost trade": the boosting is expected, not the visit's date or status
    visits = _nominal("The visit by the Indian prime minister to Tokyo is expected to boost trade next year.", "visit")
    assert visits and all(d != "2024" and s != "expected" for _, s, _, _, d in visits)


def test_planned_event_called_off_in_a_later_conjunct_is_negated():
    # "X was due to / planned for ... but was postponed / called off": the last conjunct says what became of it
    assert {s for _, s, *_ in _nominal("The summit between Egypt and Sudan was due to open in Cairo on Sunday "
                                       "but was postponed, officials said.", "summit")} == {"negated"}
    assert {s for _, s, *_ in _nominal("Talks between Greece and Turkey were planned for Monday but were then called off.",
                                       "Talks")} == {"negated"}
    # a conjunct that only ends or interrupts it leaves it as it was
    assert {s for _, s, *_ in _nominal("Talks between Greece and Turkey began on Monday but were suspended on Tuesday.",
                                       "Talks")} == {"occurred"}


def test_an_event_noun_a_verb_denies_or_rules_out_is_not_told_as_done():
    # "denied the incursion": the denier's word that it did not happen, not the author's that it did
    statuses = {s for _, s, *_ in _nominal("Minsk denied the incursion into Lithuanian airspace.", "incursion")}
    assert statuses and "occurred" not in statuses


def test_a_participle_on_an_event_noun_is_read_as_that_event():
    """ "for talks hosted by X" in a clause about what lies ahead: the hosting lies ahead too; with a past date of
    its own ("hosted by X last year") the participle tells its own time."""
    ahead = coded("Envoys of Serbia and Kosovo will meet next week for talks hosted by Italy.")
    assert [s for t, _, s, *_ in ahead if t == "hosted"] == ["planned"]
    ahead = coded("The negotiations, mediated by Norway, will resume in Oslo on Monday.")
    assert [s for t, _, s, *_ in ahead if t == "mediated"] == ["planned"]
    past = coded("The talks, hosted by Italy last year, ended without a deal.")
    assert [s for t, _, s, *_ in past if t == "hosted"] == ["occurred"]
