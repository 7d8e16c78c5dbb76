"""Roles read from the text: a person beside a title and a country holds that role for the article."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on

JUNE_2024 = datetime.date(2024, 6, 1)


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, JUNE_2024)


def test_registry_leader_with_a_title_keeps_the_dated_role(run):
    text, mentions, actors = run("Georgian Prime Minister Irakli Kobakhidze met Azerbaijan's President in Baku.")
    mention = at(text, mentions, "Irakli Kobakhidze")
    assert mention.role == "head_of_government:GEO"
    assert not any(m.text == "Georgian" for m in mentions)  # the adjective qualifies the office


@pytest.mark.parametrize("sentence, name, role", [
    ("Moldovan Interior Minister Andrei Vatamanu toured the border post on Friday.", "Andrei Vatamanu",
     "interior_minister:MDA"),
    ("Malawi's finance minister, Chisomo Banda, presented the budget to parliament.", "Chisomo Banda",
     "finance_minister:MWI"),
    ("Tomas Vidal, Paraguay's foreign minister, said the border talks would resume.", "Tomas Vidal",
     "foreign_minister:PRY"),
    ("The Latvian defence minister, Andris Kalnins, visited the troops near the border.", "Andris Kalnins",
     "defence_minister:LVA"),
    ("Ruth Okello, the head of Uganda's central bank, warned that inflation would rise.", "Ruth Okello",
     "central_bank_governor:UGA"),
    ("Peter Lindqvist, the president of Finland, opened the session.", "Peter Lindqvist", "head_of_state:FIN"),
])
def test_a_new_person_gets_the_role_country_and_sector_from_the_text(run, sentence, name, role):
    text, mentions, actors = run(sentence)
    mention = at(text, mentions, name)
    assert mention.text == name and mention.role == role
    actor = actors[mention.actor_id]
    iso = role.split(":")[1]
    assert actor.country == iso
    assert actor.roles[0]["start"] == JUNE_2024.isoformat() and actor.roles[0]["source"] == "text"
    sector = "MIL" if role.startswith("defence") else "GOV"
    assert actor.code == f"{iso}{sector}"
    assert "from the text" in mention.why


def test_a_general_is_military_and_a_judge_judiciary(run):
    text, mentions, actors = run(
        "Nigerien General Moussa Diallo said the army would hold the town. "
        "Chilean Judge Ana Rivas ordered the release of the detainees."
    )
    assert actors[at(text, mentions, "Moussa Diallo").actor_id].code == "NERMIL"
    assert actors[at(text, mentions, "Ana Rivas").actor_id].code == "CHLJUD"


def test_a_lone_surname_before_its_office_is_that_office_holder(run):
    text, mentions, _ = run("Pashinyan, Armenia's prime minister, said the peace talks would go on.")
    mention = at(text, mentions, "Pashinyan")
    assert mention.actor_id == "nikol-pashinyan" and mention.role == "head_of_government:ARM"


def test_the_office_named_in_the_text_beats_a_lagging_registry_holder(run):
    """The Wikidata snapshot names another Kenyan foreign minister; the text's named person is the one meant."""
    text, mentions, actors = run("Kenya's foreign minister, Musalia Mudavadi, arrived in Addis Ababa on Monday.")
    people = [m for m in mentions if actors[m.actor_id].actor_type == "person"]
    assert [m.text for m in people] == ["Musalia Mudavadi"]
    assert people[0].role == "foreign_minister:KEN"


def test_a_text_role_conflicting_with_the_registry_is_used_and_explained(run):
    text, mentions, actors = run("Armenian Foreign Minister Nikol Pashinyan spoke to reporters in Yerevan.")
    mention = at(text, mentions, "Nikol Pashinyan")
    assert mention.actor_id == "nikol-pashinyan"
    assert mention.role == "foreign_minister:ARM"
    assert "from the text over the registry's head_of_government:ARM" in mention.why
    # the registry's own person is not changed for other articles
    assert all(r["source"] != "text" for r in actors["nikol-pashinyan"].roles)


def test_a_former_office_gives_no_role(run):
    text, mentions, actors = run("Former Slovenian Prime Minister Marko Zupan criticised the new budget.")
    mention = at(text, mentions, "Marko Zupan")
    assert mention.role is None and not actors[mention.actor_id].roles


@pytest.mark.parametrize("sentence, expected", [
    ("French and Egyptian warships patrolled the coast.", {"French": "FRAMIL", "Egyptian warships": "EGYMIL"}),
    ("Sudanese and Chadian rebels clashed near the border.", {"Sudanese": "SDNREB", "Chadian rebels": "TCDREB"}),
])
def test_coordinated_nationalities_each_name_their_country(run, sentence, expected):
    text, mentions, _ = run(sentence)
    assert {m.text: m.actor_id for m in mentions} == expected


def test_nationality_and_group_noun_is_the_country_sector(run):
    text, mentions, _ = run("Somali militants ambushed a convoy, and Burundian refugees fled the fighting.")
    assert at(text, mentions, "Somali militants").actor_id == "SOMREB"
    assert at(text, mentions, "Burundian refugees").actor_id == "BDIREF"


@pytest.mark.parametrize("sentence, phrase, expected", [
    ("Sudanese rebel leaders rejected the ceasefire proposal.", "Sudanese rebel leaders", "SDNREB"),
    ("Zimbabwean opposition leaders called for a recount.", "Zimbabwean opposition leaders", "ZWEOPP"),
    ("Ugandan community leaders met the visiting delegation.", "Ugandan community leaders", "UGACVL"),
    ("Two Afghan police officers were wounded in the blast.", "Afghan police officers", "AFGCOP"),
    ("Senegalese officials welcomed the decision.", "Senegalese officials", "SENGOV"),
])
def test_a_modifier_naming_a_group_decides_the_people_it_heads(run, sentence, phrase, expected):
    text, mentions, _ = run(sentence)
    assert at(text, mentions, phrase).actor_id == expected


def test_a_countrys_leader_with_no_known_holder_is_its_government(nlp, registry):
    text, mentions, _ = resolver_on(nlp, registry, datetime.date(2031, 3, 2))(
        "Paraguay's leader flew to Brasilia for talks with Brazil's foreign minister.")
    assert at(text, mentions, "Paraguay's leader").actor_id == "PRYGOV"


def test_a_group_noun_makes_a_demonym_the_country_sector_whatever_its_tag(run):
    text, mentions, _ = run("Three hundred Congolese militiamen laid down their arms near the lake last week.")
    assert at(text, mentions, "Congolese militiamen").actor_id == "CODREB"


def test_a_body_of_a_region_is_its_states_body(run):
    text, mentions, _ = run("The authorities of Balochistan imposed a curfew after the bombing.")
    assert at(text, mentions, "authorities of Balochistan").actor_id == "PAKGOV"


def test_an_unqualified_ministers_country_is_the_one_the_article_names_most(run):
    text, mentions, actors = run(
        "Peru's economy grew faster than expected, and Peruvian exporters welcomed the figures. "
        "Finance Minister Rosa Quispe said Peru would cut the deficit."
    )
    mention = at(text, mentions, "Rosa Quispe")
    assert mention.role == "finance_minister:PER" and actors[mention.actor_id].code == "PERGOV"


def test_an_unqualified_minister_in_a_story_about_two_countries_gets_no_country(run):
    text, mentions, actors = run("Finance Minister Rosa Quispe met Chile's delegation to discuss Peru's copper.")
    assert at(text, mentions, "Rosa Quispe").role is None


@pytest.mark.parametrize("sentence, name, role", [
    ("Serbian Deputy Foreign Minister Milan Petrovic said the talks had failed.", "Milan Petrovic",
     "deputy_foreign_minister:SRB"),
    ("Assistant Canadian Finance Minister\nClaire Dubois said the banks would be repaid.", "Claire Dubois",
     "deputy_finance_minister:CAN"),
])
def test_a_deputy_holds_the_deputy_role_even_across_a_line_break(run, sentence, name, role):
    text, mentions, actors = run(sentence)
    mention = at(text, mentions, name)
    assert mention.role == role and actors[mention.actor_id].code == role.split(":")[1] + "GOV"


def test_the_only_state_an_article_names_is_its_country(run):
    text, mentions, _ = run("Leaders of Peru's coalition parties met on Monday. "
                            "Sources close to Finance Minister Rosa Quispe said she would resign.")
    assert at(text, mentions, "Rosa Quispe").role == "finance_minister:PER"


def test_a_country_ending_the_previous_sentence_does_not_qualify_the_next_title(run):
    text, mentions, _ = run("The president ordered new strikes on Ukraine.\nKremlin spokesman Dmitry Peskov said Moscow would respond.")
    peskov = at(text, mentions, "Dmitry Peskov")
    assert not (peskov.role or "").endswith(":UKR")
    text, mentions, _ = run("Talks ended in Kenya.\nGhanaian Foreign Minister Samuel Ablakwa said the region needs calm.")
    assert at(text, mentions, "Samuel Ablakwa").role.endswith(":GHA")


def test_a_currency_names_whose_official_speaks_though_it_is_no_actor(nlp, registry):
    text = ("Central bank governor Lin Wei-ming said the Taiwan dollar would keep rising, and exporters asked him "
            "to hold the Taiwan dollar steady.")
    text, mentions, _ = resolver_on(nlp, registry, datetime.date(1990, 3, 2))(text)
    assert at(text, mentions, "Lin Wei-ming").role == "central_bank_governor:TWN"
    assert at(text, mentions, "Taiwan") is None


def test_a_bare_title_right_after_another_state_is_named_takes_no_country(run):
    """The story is mostly Ghana's, but the sentence before the title names only Ivory Coast: whose minister she is
    is not said, so she takes neither."""
    story = ("Ghana's government raised cocoa export duties on Monday. Ghana's trade ministry said the duties would take "
             "effect in May. Ivory Coast rejected the duties on Tuesday. {title} Awa Kone said they were unfair.")
    text, mentions, actors = run(story.format(title="Foreign Minister"))
    kone = at(text, mentions, "Awa Kone")
    assert kone.role is None and actors[kone.actor_id].country is None
    text, mentions, _ = run(story.format(title="Ivorian Foreign Minister"))
    assert at(text, mentions, "Awa Kone").role == "foreign_minister:CIV"
    text, mentions, _ = run(story.replace("Ivory Coast rejected the duties on Tuesday. ", "").format(title="Foreign Minister"))
    assert at(text, mentions, "Awa Kone").role == "foreign_minister:GHA"
