"""People and organisations outside the registry: what their own phrase says about them."""

from __future__ import annotations

import datetime

import pytest

from newsledger.actors.newcomers import misspelt_surname, trim
from tests.actors.conftest import at, resolver_on

DAY = datetime.date(2000, 1, 1)


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, DAY)


def test_a_countrys_body_named_like_an_organisation_is_its_sector(run):
    text, mentions, actors = run("Kenya's High Court ruled on Tuesday that the vote was void.")
    court = at(text, mentions, "High Court")
    assert court.actor_id == "KENJUD" and court.text == "Kenya's High Court" and court.why == "country's body"
    assert actors["KENJUD"].country == "KEN"
    text, mentions, _ = run("The Ghanaian Supreme Court rejected the petition.")
    assert at(text, mentions, "Supreme Court").actor_id == "GHAJUD"


def test_a_foreign_office_after_a_states_possessive_is_its_government(run):
    text, mentions, _ = run("Nigeria's Foreign Office dismissed the report as baseless on Friday.")
    office = at(text, mentions, "Foreign Office")
    assert office.actor_id == "NGAGOV" and office.text == "Nigeria's Foreign Office"
    assert at(text, mentions, "Nigeria") is office  # one actor, not the state beside a new organisation
    text, mentions, _ = run("Germany's Federal Foreign Office summoned the Iranian ambassador.")
    assert at(text, mentions, "Federal Foreign Office").actor_id == "DEUGOV"


def test_a_movement_named_after_a_country_is_not_its_army(run):
    text, mentions, _ = run("The Kosovo Liberation Army attacked a police post.")
    found = at(text, mentions, "Liberation Army")
    assert found is None or found.actor_id != "XKXMIL"


def test_an_organisation_and_title_before_a_new_name_give_the_affiliation(run):
    text, mentions, actors = run("NATO Deputy Secretary General Tomas Brandvold visited the base on Monday.")
    person = actors[at(text, mentions, "Tomas Brandvold").actor_id]
    assert person.affiliation == "IGONAT" and person.code == "IGONAT"


def test_a_title_of_a_place_gives_the_country(run):
    text, mentions, actors = run("The deputy mayor of Sverdlovsk, Ivan Petrovsky, resigned on Monday.")
    assert actors[at(text, mentions, "Ivan Petrovsky").actor_id].country == "RUS"


def test_a_misspelt_surname_finds_the_registry_person_with_the_same_given_name(run, registry):
    text, mentions, _ = run("Egyptian officials said President Hosni Mubark would travel to Rome.")
    assert at(text, mentions, "Hosni Mubark").actor_id == "hosni-mubarak"
    assert "mubarak" in misspelt_surname(registry, "mubark")
    assert misspelt_surname(registry, "xi") == []  # too short to guess


def test_a_bracketed_acronym_after_a_registry_name_names_it_too(run):
    text, mentions, _ = run("The International Committee of the Red Cross (CICR) said CICR staff had left the town.")
    acronyms = [m for m in mentions if m.text == "CICR"]
    assert len(acronyms) == 2 and all(m.actor_id == "IGOICRC" for m in acronyms)


def test_names_lose_titles_and_unclosed_brackets(nlp, registry):
    doc = nlp("Cardinal Miroslav Kranjc met members of the Homeland Union (Conservatives said.")
    assert trim(doc[0:3], registry.title_words).text == "Miroslav Kranjc"
    start = [t.i for t in doc if t.text == "Homeland"][0]
    assert trim(doc[start:start + 4]).text == "Homeland Union"


def test_a_one_word_phoenix_alias_closing_a_longer_name_is_no_mention(run):
    text, mentions, _ = run("Leaders of the Kurdish Liberation Organization met in Geneva.")
    found = at(text, mentions, "Organization")
    assert found is None or found.actor_id != "tanzim"


def test_demonyms_taken_for_a_name_are_people_of_the_first_country(run):
    text, mentions, _ = run("Bosnian Serbs said on Tuesday their forces had left the town.")
    assert at(text, mentions, "Bosnian Serbs").actor_id == "BIH"


@pytest.mark.parametrize("sentence", [
    "Kenya's foreign minister, Musalia Mudavadi, flew to Addis Ababa on Monday.",
    "Foreign Minister Musalia Mudavadi told reporters that Kenya would send more police.",
    "Musalia Mudavadi said on Friday that the talks would go on.",
])
def test_a_name_the_registry_knows_with_more_given_names_is_that_person(run, sentence):
    text, mentions, actors = run(sentence)
    assert at(text, mentions, "Musalia Mudavadi").actor_id == "wycliffe-musalia-mudavadi"
    assert "musalia-mudavadi" not in actors


def test_another_given_name_before_a_registry_surname_is_someone_else(run):
    text, mentions, _ = run("Grace Mudavadi opened a clinic in Kisumu on Sunday.")
    assert at(text, mentions, "Grace Mudavadi").actor_id != "wycliffe-musalia-mudavadi"


@pytest.mark.parametrize("sentence, surface, code", [
    ("The Kenya Wildlife Foundation criticised the hunting ban on Monday.", "Kenya Wildlife Foundation", "KENNGO"),
    ("The Global Water Foundation said the village wells had run dry.", "Global Water Foundation", "NGO"),
    ("The Tamil Refugee Association appealed for food and blankets.", "Tamil Refugee Association", "NGO"),
])
def test_a_new_foundation_or_association_is_a_non_governmental_organisation(run, sentence, surface, code):
    text, mentions, actors = run(sentence)
    actor = actors[at(text, mentions, surface).actor_id]
    assert (actor.actor_type, actor.code) == ("organisation", code)


def test_a_new_council_keeps_its_countrys_code(run):
    text, mentions, actors = run("The Liberian Peace Council said its fighters had left the port.")
    assert actors[at(text, mentions, "Liberian Peace Council").actor_id].code == "LBR"


@pytest.mark.parametrize("sentence, surface, code", [
    ("Archbishop Ndungu Mwangi called for calm after the disputed vote.", "Ndungu Mwangi", "CHR"),
    ("Professor Halima Odhiambo said the survey had been badly designed.", "Halima Odhiambo", "EDU"),
])
def test_a_new_persons_honorific_gives_the_sector_of_their_code(run, sentence, surface, code):
    text, mentions, actors = run(sentence)
    assert actors[at(text, mentions, surface).actor_id].code == code


def test_a_demonym_and_a_noun_describing_one_named_person_are_no_group(run):
    text, mentions, actors = run("The Kenyan activist Wanjiru Kamau was arrested outside parliament.")
    assert not [m for m in mentions if m.why == "nationality plus group"]
    assert actors[at(text, mentions, "Wanjiru Kamau").actor_id].code == "KENOPP"


def test_a_city_the_parser_ran_into_a_new_organisations_name_is_left_out(run):
    text, mentions, actors = run("Qatar hosted talks between the army and the Popular Defence Brigades in Doha.")
    mention = at(text, mentions, "Popular Defence Brigades")
    assert mention is not None and "doha" not in mention.actor_id and mention.text == "Popular Defence Brigades"
    text, mentions, _ = run("The Northern Development Mission in Mali condemned the attack.")
    assert at(text, mentions, "Northern Development Mission in Mali") is not None  # a state after "in" is part of a name


@pytest.mark.parametrize("text", [
    "Russia attacked Kharkiv and Odesa.",
    "Shelling hit Mariupol, Kherson and Zaporizhzhia on Sunday.",
])
def test_places_the_parser_ran_together_are_no_new_actor(run, text):
    _, mentions, actors = run(text)
    assert not [a for a in actors.values() if " " in a.name and ("and" in a.name.split() or "," in a.name)]


def test_a_given_name_with_a_persons_role_after_it_is_a_person_whatever_the_parsers_label(run):
    # the parser labels this name an organisation; the given name and the role in the apposition say otherwise
    text, mentions, actors = run("Natalia Stanovaya, founder of the Minsk consultancy, said the deal would hold.")
    assert actors[at(text, mentions, "Natalia Stanovaya").actor_id].actor_type == "person"
    # a firm named after a person, described as a firm, stays an organisation
    text, mentions, actors = run("Philip Morris, the tobacco maker, said sales rose in Asia.")
    assert actors[at(text, mentions, "Philip Morris").actor_id].actor_type == "organisation"


def test_a_spokesman_of_no_known_country_gets_no_bare_sector_code(run):
    text, mentions, actors = run("Interior ministry spokesman Teodor Varlamski said the border would stay shut.")
    person = actors[at(text, mentions, "Teodor Varlamski").actor_id]
    assert person.country is None and person.code is None  # never a bare "GOV"
    text, mentions, actors = run("President Teodor Varlamski told reporters the company would grow.")
    assert actors[at(text, mentions, "Teodor Varlamski").actor_id].code is None


def test_a_new_organisations_country_is_none_its_clause_names(run):
    text, mentions, actors = run("The Varnek Liberation Movement accused Poland of arming the militias.")
    movement = actors[at(text, mentions, "Varnek Liberation Movement").actor_id]
    assert movement.country is None and movement.code is None
    text, mentions, actors = run("The Varnek Liberation Movement in Poland accused the army of abuses.")
    assert actors[at(text, mentions, "Varnek Liberation Movement").actor_id].country == "POL"
