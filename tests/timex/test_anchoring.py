"""Discourse time: each event takes the date its own clause governs, else the discourse's, and says which rule."""

import pytest

from newsledger.timex import tag
from tests.timex.conftest import FRIDAY, events_of, only


def test_own_clause_weekday_looks_back_for_a_past_event(nlp):
    met = only(events_of(nlp, "Kenyan President William Ruto met his Tanzanian counterpart on Monday."), "met")
    assert (met.date, met.time_text, met.date_rule) == ("2024-03-04", "Monday", "own clause")


def test_talks_take_their_own_day_not_the_year_of_a_participle_clause(nlp):
    events = events_of(nlp, "The treaty, abandoned by Moscow in 2019, was revived in talks with Iran on Thursday.")
    talks = only(events, "talks")
    assert (talks.date, talks.date_rule) == ("2024-03-07", "governing clause")
    assert not any((e.date or "").startswith("2019") for e in events if e.trigger != "abandoned")


@pytest.mark.parametrize("sentence, year", [
    ("Tehran on Tuesday rejected the 2015 nuclear accord's new terms.", "2015"),
    ("Russia hosted the 2014 Winter Olympics a decade after rebels seized the capital.", "2014"),
    ("Ukraine accused Russia of breaking the 1949 Geneva Conventions.", "1949"),
    ("The 1994 Budapest Memorandum was cited by Kyiv as it condemned the strikes.", "1994"),
])
def test_a_year_inside_a_name_dates_no_event(nlp, sentence, year):
    events = events_of(nlp, sentence)
    assert events and not any((e.date or "").startswith(year) for e in events)


def test_an_event_after_which_another_happened_keeps_no_borrowed_date(nlp):
    # The "after" clause has its own sides: an adverbial clause never borrows the main clause's subject.
    events = events_of(nlp, "Sudan's army attacked Omdurman on Sunday, two years after Eritrean troops seized the Sudanese capital.")
    seized = only(events, "seized")
    assert seized.date is None and seized.date_rule == "background clause, no date of its own"
    assert only(events, "attacked").date == "2024-03-03"


def test_a_fronted_date_frames_the_rest_of_its_paragraph_only(nlp):
    text = ("In November 2022, during a summit in Bali, Lavrov held talks with Wang Yi. He also met Blinken.\n"
            "Later, Lavrov criticised NATO.")
    events = events_of(nlp, text)
    met = only(events, "met")
    assert (met.date, met.date_rule) == ("2022-11", "discourse frame")
    criticised = only(events, "criticised")
    assert (criticised.date, criticised.date_rule) == ("2024-03-08", "publication date")


def test_after_this_meeting_takes_the_date_of_the_meeting_told_before(nlp):
    text = ("On February 12, 2024, a meeting was held between Erdogan and Aliyev in Baku. "
            "After this meeting, Armenia condemned Azerbaijan.")
    condemned = only(events_of(nlp, text), "condemned")
    assert (condemned.date, condemned.date_rule) == ("2024-02-12", "referred event")


def test_a_past_event_told_in_reported_speech_takes_the_day_of_the_telling(nlp):
    events = events_of(nlp, "Peskov said on Wednesday that Russian troops attacked Kharkiv.")
    attacked = only(events, "attacked")
    assert (attacked.date, attacked.date_rule) == ("2024-03-06", "reported speech")
    # a past perfect tells an act before the telling, on no day the text gives (issue 17)
    attacked = only(events_of(nlp, "Peskov said on Wednesday that Russian troops had attacked Kharkiv."), "attacked")
    assert (attacked.date, attacked.date_rule) == (None, "past perfect in reported speech, before the report")


def test_a_planned_event_keeps_its_own_day_and_never_a_past_frame(nlp):
    text = "On Wednesday, Peskov said Putin and Xi would meet in Beijing on Monday. Putin will also visit Hanoi."
    events = events_of(nlp, text)
    meet = only(events, "meet")
    assert (meet.date, meet.date_rule) == ("2024-03-11", "own clause")
    visit = only(events, "visit")
    assert visit.status == "planned" and visit.date is None


def test_a_headline_infinitive_and_a_present_plan_point_ahead():
    for text, day in (("Peace talks to resume on Tuesday", "2024-03-12"), ("The vote is expected on Sunday.", "2024-03-10"),
                      ("The vote was expected on Sunday.", "2024-03-03")):
        from newsledger.nlp import get_pipeline

        doc = get_pipeline()(text)
        assert [t.value for t in tag(text, FRIDAY, doc)] == [day], text


def test_a_conjoined_clause_with_its_own_subject_keeps_its_own_time(nlp):
    text = "The pipeline was first built in the early 1960s, and a Kremlin spokesman said that it would close."
    said = only(events_of(nlp, text), "said")
    assert (said.date, said.date_rule) == ("2024-03-08", "publication date")
    shared = only(events_of(nlp, "Kenyan and Tanzanian ministers met on Monday and signed a trade deal."), "signed")
    assert (shared.date, shared.date_rule) == ("2024-03-04", "governing clause")


@pytest.mark.parametrize("sentence, trigger, date", [
    ("The embargo dates back to 2014, when Russia annexed Crimea.", "annexed", "2014"),
    ("Iran met the three European powers in Vienna on Monday, when Tehran rejected the new draft.", "rejected",
     "2024-03-04"),
])
def test_a_relative_clause_on_a_date_takes_that_date(nlp, sentence, trigger, date):
    """ "in 2014, when ...": the clause hangs on the date and tells what happened then; other clauses on a
    noun stay background with no date of their own."""
    event = only(events_of(nlp, sentence), trigger)
    assert (event.date, event.date_rule) == (date, "relative clause on a date")


def test_a_which_clause_on_a_date_is_still_background(nlp):
    event = only(events_of(nlp, "The talks with Iran resumed in 2021, which Israel said was too late."), "said")
    assert event.date_rule != "relative clause on a date"


@pytest.mark.parametrize("text", [
    "Iran has supplied attack drones to Russia, Western officials said.",
    "Western officials said Iran has supplied attack drones and sent instructors to Russia.",
])
def test_a_present_perfect_with_no_date_is_not_dated_on_the_day_of_publication(nlp, text):
    # "has supplied": done at some time before the telling, on no day the text names
    for event in events_of(nlp, text):
        assert (event.date, event.date_rule) == (None, "present perfect, no date of its own")


def test_a_present_perfect_keeps_a_date_of_its_own_or_of_its_report(nlp):
    supplied = only(events_of(nlp, "Iran has supplied attack drones to Russia, officials said on Wednesday."), "supplied")
    assert (supplied.date, supplied.date_rule) == ("2024-03-06", "reported speech")
    supplied = only(events_of(nlp, "Iran supplied attack drones to Russia on Tuesday."), "supplied")
    assert (supplied.date, supplied.date_rule) == ("2024-03-05", "own clause")


@pytest.mark.parametrize("text, trigger, day", [
    ("Israeli forces raided the Nur Shams camp on Monday. A day after the raid, Palestinian gunmen attacked "
     "an Israeli checkpoint.", "attacked", "2024-03-05"),
    ("Armenia and Azerbaijan held talks in Almaty on Sunday. Two days after the talks, Azerbaijani troops "
     "shelled an Armenian village.", "shelled", "2024-03-05"),
    ("Three days after rebels captured the town on Monday, the Sudanese army bombed the airport.", "bombed", "2024-03-07"),
    ("Blinken will visit Ankara a week before the NATO summit on March 27.", "visit", "2024-03-20"),
])
def test_a_count_of_days_from_a_dated_event_or_date_dates_the_event(nlp, text, trigger, day):
    event = only(events_of(nlp, text), trigger)
    assert (event.date, event.date_rule) == (day, "counted from a dated event")


def test_a_when_clause_lends_its_date_to_the_main_clause(nlp):
    events = events_of(nlp, "Four police officers were killed when gunmen ambushed their convoy late on Tuesday.")
    assert {(e.trigger, e.date) for e in events} >= {("killed", "2024-03-05"), ("ambushed", "2024-03-05")}
    assert only(events, "killed").date_rule == "co-temporal clause"


@pytest.mark.parametrize("text, noun_day", [
    ("Kyiv promised to retaliate for the drone attack by Russia on March 3.", "2024-03-03"),
    ("Ukraine vowed to retaliate for Russia's missile attack on March 2.", "2024-03-02"),
])
def test_a_date_on_an_event_noun_with_a_doer_of_its_own_dates_that_noun_only(nlp, text, noun_day):
    events = events_of(nlp, text)
    attack = only(events, "attack")
    assert (attack.date, attack.date_rule) == (noun_day, "own clause")
    assert only(events, "retaliate").date is None
    assert all(e.date != noun_day for e in events if e.trigger != "attack")


def test_a_date_on_an_event_noun_without_a_doer_dates_the_verb_above_it(nlp):
    # the parser hangs "on Monday" on "ceasefire", but Monday is the day of the agreeing
    agreed = only(events_of(nlp, "Armenia and Azerbaijan agreed to a ceasefire on Monday."), "agreed")
    assert (agreed.date, agreed.date_rule) == ("2024-03-04", "own clause")


def test_a_clause_on_a_definite_event_noun_takes_the_date_of_the_event_told_before(nlp):
    text = ("Ethiopia's prime minister met the Somali president in Addis Ababa on Tuesday. The talks, which were "
            "attended by envoys from Kenya, ended without an agreement.")
    attended = only(events_of(nlp, text), "attended")
    assert (attended.date, attended.date_rule) == ("2024-03-05", "relative clause on an event")


@pytest.mark.parametrize("text, trigger, day", [
    ("Scholz will fly to Beijing on Sunday, where he will meet Chinese President Xi Jinping.", "meet", "2024-03-10"),
    ("Erdogan flew to Baku on Monday, where he met Azerbaijani President Ilham Aliyev.", "met", "2024-03-04"),
])
def test_a_where_clause_on_a_place_takes_the_date_of_the_clause_the_place_is_in(nlp, text, trigger, day):
    event = only(events_of(nlp, text), trigger)
    assert (event.date, event.date_rule) == (day, "relative clause on a place")


def test_a_perfect_where_clause_tells_what_went_on_before_and_takes_no_date(nlp):
    killed = only(events_of(nlp, "Zelensky visited Kharkiv on Monday, where Russian strikes have killed dozens of "
                                 "civilians."), "killed")
    assert killed.date is None


@pytest.mark.parametrize("text, trigger, span", [
    ("Kenyan President William Ruto said he would meet Ugandan President Yoweri Museveni in the coming days.", "meet", ("2024-03-08", "2024-03-15")),
    ("Egypt will host talks between Israel and Hamas in the coming weeks.", "host", ("2024-03-08", "2024-04-08")),
    ("Kenya will deploy police officers to Haiti in the coming months.", "deploy", ("2024-03-08", "2024-09-08")),
])
def test_a_vague_horizon_ahead_dates_a_span_from_the_publication_date(nlp, text, trigger, span):
    event = only(events_of(nlp, text), trigger)
    assert (event.date, event.date_end, event.date_rule) == (*span, "own clause")


def test_a_horizon_with_no_unit_of_days_weeks_or_months_stays_undated(nlp):
    event = only(events_of(nlp, "Kenya will deploy police officers to Haiti in the near future."), "deploy")
    assert event.date == "FUTURE_REF" and event.date_end is None


def test_an_event_noun_that_sets_the_scene_shares_its_date_with_the_act(nlp):
    # "at the rally": the saying took place at it, on its day
    said = only(events_of(nlp, "Kenyan opposition leader Raila Odinga said at Ruto's rally on Tuesday that he would "
                               "run again."), "said")
    assert (said.date, said.date_rule) == ("2024-03-05", "own clause")
