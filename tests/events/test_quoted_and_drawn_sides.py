"""Sides the coder used to miss (helper task "sources"): first person in a quotation, a possessive pronoun that
owns an act, reactions drawn "from" others, acts wanted or sought, and a spokesman of no known country. Sentences
of our own, one per construction."""

from newsledger.interfaces.coding import code_text
from tests.events.conftest import side_country


def coded(text, date="2023-03-17"):
    analysis = code_text(text, date)
    return [(e.trigger, e.cameo, e.status, side_country(analysis.actors, e.source),
             side_country(analysis.actors, e.target)) for e in analysis.events]


def test_quoted_our_is_the_speakers_country_and_they_is_not_the_speaker():
    events = coded('"They shelled our border villages," the Armenian prime minister said on Tuesday.')
    shelled = [e for e in events if e[0] == "shelled"]
    assert shelled and all(source is None and target == "ARM" for *_, source, target in shelled)


def test_quoted_we_is_the_speakers_side_not_the_speaker():
    analysis = code_text('President Emmanuel Macron said: "We will send more troops to Estonia."', "2023-03-17")
    sent = [e for e in analysis.events if e.trigger == "send"]
    assert [(e.source, e.target) for e in sent] == [("FRA", "EST")]


def test_quoted_us_is_the_spokesmans_body():
    events = coded('"Serbian police attacked us," a spokesman for the Kosovo government said.')
    attacked = [e for e in events if e[0] == "attacked"]
    assert [(source, target) for *_, source, target in attacked] == [("SRB", "XKX")]


def test_quoted_i_is_the_speaker():
    analysis = code_text('"I will travel to Beijing in May," Chancellor Olaf Scholz said.', "2023-03-17")
    travel = [e for e in analysis.events if e.trigger == "travel"]
    assert travel and all(e.source == "olaf-scholz" and side_country(analysis.actors, e.target) == "CHN" for e in travel)


def test_possessive_pronoun_owns_the_act_of_a_reported_clause_subject():
    events = coded("The rebels of the M23 said their assault on Goma was an act of self-defence.")
    assault = [e for e in events if e[0] == "assault"]
    assert assault and all(status == "claimed" and source is not None for _, _, status, source, _ in assault)


def test_judging_ones_own_act_codes_the_act_and_aims_the_judgement_at_no_one():
    events = coded("Azerbaijan defended its offensive in Nagorno-Karabakh.")
    assert [(c, s, t) for _, c, _, s, t in events if c[:2] == "05"] == [("052", "AZE", None)]
    assert [(c, s) for _, c, _, s, _ in events if c[:2] == "19"] == [("190", "AZE")]


def test_condemnation_drawn_from_others_is_aimed_at_the_doer():
    events = coded("Iran seized a tanker in the Gulf, drawing condemnation from Britain and France.")
    assert sorted((s, t) for _, c, st, s, t in events if c == "111" and st == "occurred") == [("FRA", "IRN"), ("GBR", "IRN")]


def test_criticism_prompted_by_an_owned_act():
    events = coded("China's military drills near Taiwan prompted sharp criticism from Japan.")
    assert [(s, t) for _, c, _, s, t in events if c == "111"] == [("JPN", "CHN")]


def test_talks_wanted_are_not_held():
    events = coded("Ethiopia wants negotiations with Egypt over the dam.")
    negotiations = [e for e in events if e[0] == "negotiations"]
    assert negotiations and all(status == "planned" for _, _, status, _, _ in negotiations)


def test_talks_proposed_are_not_held():
    events = coded("Pakistan proposed talks with India.")
    talks = [e for e in events if e[0] == "talks"]
    assert talks and all(status == "planned" for _, _, status, _, _ in talks)
