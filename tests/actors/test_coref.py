"""Coreference (newsledger.actors.coref): descriptions and pronouns linked to the actors named before them,
and the speakers and forecasters that follow from the links. Sentences written for these tests."""

from __future__ import annotations

import datetime

import pytest

from newsledger.actors import resolve
from newsledger.actors.coref import resolve_references
from newsledger.forecasts import find_forecasts
from newsledger.quotes import find_quotes

DAY = datetime.date(2023, 3, 1)


@pytest.fixture(scope="module")
def linked(nlp, registry):
    """text -> (doc, mentions with the coreference links, actors)."""
    def run(text):
        doc = nlp(text)
        mentions, actors = resolve(doc, DAY, registry)
        return doc, resolve_references(doc, mentions, actors, registry, DAY), actors
    return run


def links(mentions, surface: str) -> list[str]:
    """Actor ids of the coreference mentions whose text is ``surface``."""
    return [m.actor_id for m in mentions if m.text == surface and m.why.startswith("coref")]


def resolved_as(text: str, mentions, surface: str) -> list[str]:
    """Actor ids of the mentions ending a phrase (the resolver's rules or coreference, whichever claims it)."""
    start = text.index(surface)
    end = start + len(surface)
    return [m.actor_id for m in mentions if start <= m.start and m.end == end]


@pytest.mark.parametrize("text, pronouns, actor_id", [
    ("Kenyan President William Ruto met his Tanzanian counterpart on Monday. "
     "He said the two countries would reopen the border.", ["He"], "william-ruto"),
    ("Turkish President Recep Tayyip Erdogan hosted the Swedish prime minister in Ankara on Friday. "
     "He told reporters that his government would decide on the bid within weeks.", ["He"],
     "recep-tayyip-erdogan"),
])
def test_a_person_pronoun_takes_the_subject_named_before_it(linked, text, pronouns, actor_id):
    _, mentions, _ = linked(text)
    for pronoun in pronouns:
        assert links(mentions, pronoun) == [actor_id], pronoun
    assert all(m.why.startswith("coref pronoun: ") for m in mentions if m.text in pronouns)


def test_he_said_gives_the_quote_and_the_forecast_to_the_person(linked):
    text = ("Kenyan President William Ruto met his Tanzanian counterpart on Monday. "
            "He said the two countries would reopen the border.")
    doc, mentions, actors = linked(text)
    quotes = find_quotes(doc, mentions, actors)
    [forecast] = find_forecasts(doc, mentions, actors, [], quotes, "2023-03-01", ["Jane Reporter"])
    assert [q.speaker for q in quotes] == ["william-ruto"]
    assert (forecast.forecaster, forecast.forecaster_name) == ("william-ruto", "William Ruto")


def test_a_speaker_set_into_the_forecast_clause_makes_it(linked):
    doc, mentions, actors = linked("The visit, Erdogan said, could open a new chapter in relations with Egypt.")
    [forecast] = find_forecasts(doc, mentions, actors, [], [], "2023-03-01", ["Jane Reporter"])
    assert forecast.forecaster == "recep-tayyip-erdogan"


def test_a_pronoun_speaker_takes_the_earlier_speaker_not_a_name_in_its_own_clause(linked):
    text = ("Shi Yinhong, a professor in Beijing, said the talks had gone well. "
            "Putin will not attack during the Games, he said.")
    doc, mentions, actors = linked(text)
    assert links(mentions, "he") == ["shi-yinhong"]
    quotes = find_quotes(doc, mentions, actors)
    forecasts = find_forecasts(doc, mentions, actors, [], quotes, "2023-03-01", ["Jane Reporter"])
    assert [f.forecaster_name for f in forecasts] == ["Shi Yinhong"]


def test_an_object_pronoun_does_not_take_the_subject_of_its_own_clause(linked):
    _, mentions, _ = linked("Putin called Xi on Monday and told him about the plan.")
    assert links(mentions, "him") == ["xi-jinping"]


def test_an_object_pronoun_of_a_participle_adjunct_does_not_take_the_main_subject(linked):
    # the adjunct's doer is the main clause's subject, so its object pronoun is someone or something else
    _, mentions, _ = linked("Hungary vetoed the EU statement on Georgia, calling it one-sided.")
    assert "HUN" not in links(mentions, "it")
    _, mentions, _ = linked("Macron received Modi at the Elysee, thanking him for India's support.")
    assert links(mentions, "him") == ["narendra-modi"]


def test_a_possessive_is_stored_in_a_subject_not_in_an_object(linked):
    _, mentions, _ = linked("Chad will withdraw its soldiers from Niger. Its army has been there since 2013.")
    assert links(mentions, "its") == [] and links(mentions, "Its") == ["TCD"]


def test_gender_marked_in_the_text_is_respected(linked):
    _, mentions, _ = linked("Wang Yi received Ms Annalena Baerbock in Beijing on Friday. "
                            "She said the talks had been frank.")
    assert links(mentions, "She") == ["annalena-baerbock"]


@pytest.mark.parametrize("text, pronoun, actor_id", [
    ("Japan said on Monday that it would lift export controls on South Korea.", "it", "JPN"),
    ("Finland applied to join NATO in May. Its parliament backed the bid by a wide margin.", "Its", "FIN"),
])
def test_it_and_its_take_a_state(linked, text, pronoun, actor_id):
    _, mentions, _ = linked(text)
    assert links(mentions, pronoun) == [actor_id]


def test_he_after_an_unnamed_official_is_not_a_person_named_before(linked):
    text = "Putin met Xi in Moscow. A senior official said the deal was off. He added that talks would resume."
    _, mentions, actors = linked(text)
    assert not {"vladimir-putin", "xi-jinping"} & set(links(mentions, "He"))
    assert not [a for a in actors.values() if a.name.lower() == "he"]


@pytest.mark.parametrize("text", [
    "The deal was signed in Vienna by Iran. It will expire in 2030.",
    "It is expected that Xi will visit Moscow in the spring.",
    "It remains to be seen whether Japan will join the talks.",
])
def test_it_for_a_thing_or_for_nothing_stays_unresolved(linked, text):
    _, mentions, actors = linked(text)
    assert not [m for m in mentions if m.text == "It"]
    assert not [a for a in actors.values() if a.name.lower() == "it"]


def test_a_pronoun_inside_a_quotation_does_not_take_the_speaker(linked):
    _, mentions, _ = linked('Putin met Xi in Moscow on Monday. "He is a dear friend," Putin said.')
    assert "vladimir-putin" not in links(mentions, "He")


@pytest.mark.parametrize("text, description, actor_id", [
    ("Putin welcomed Lukashenko to Sochi on Friday. The Kremlin boss said he wanted closer ties.",
     "The Kremlin boss", "vladimir-putin"),
    ("China's Foreign Ministry criticised the sanctions on Tuesday. The ministry said it would respond.",
     "The ministry", "CHNGOV"),
    ("Finland joined NATO on Tuesday after Turkey dropped its objection. The country shares a long border "
     "with Russia.", "The country", "FIN"),
    ("Bahrain expelled two Iraqi diplomats on Sunday. The kingdom accused Baghdad of meddling.", "The kingdom", "BHR"),
    ("A Qatari official said the emirate would host the talks.", "the emirate", "QATGOV"),
])
def test_a_definite_description_takes_the_earlier_actor_that_fits(linked, text, description, actor_id):
    _, mentions, _ = linked(text)
    assert resolved_as(text, mentions, description) == [actor_id]


def test_the_two_leaders_are_the_two_people_named_last(linked):
    text = ("Macron met Scholz in Berlin on Monday, a year after France and Germany signed a new treaty. "
            "The two leaders agreed to meet again in May.")
    _, mentions, _ = linked(text)
    assert sorted(resolved_as(text, mentions, "The two leaders")) == ["emmanuel-macron", "olaf-scholz"]


def test_they_after_two_named_people_is_both(linked):
    _, mentions, _ = linked("Macron and Scholz met in Paris on Monday. They agreed to meet again in May.")
    assert sorted(links(mentions, "They")) == ["emmanuel-macron", "olaf-scholz"]


def test_a_capital_before_a_word_that_is_no_role_makes_no_description(linked):
    text = "China hosted Russia on Monday. The Beijing talks ended early, and the Beijing government was pleased."
    _, mentions, _ = linked(text)
    assert resolved_as(text, mentions, "The Beijing talks") == []
    assert resolved_as(text, mentions, "the Beijing government") in (["CHN"], ["CHNGOV"])


def test_an_event_after_he_takes_the_linked_person_as_its_source(linked):
    from newsledger.events import code

    doc, mentions, actors = linked("Putin welcomed Lukashenko to Sochi on Friday. "
                                   "He accused Ukraine of shelling the power plant.")
    events = code(doc, mentions, actors, [], DAY)
    assert [(e.source, e.target) for e in events if e.trigger == "accused"] == [("vladimir-putin", "UKR")]


@pytest.mark.parametrize("text, pronoun, actor_id", [
    ("Olaf Scholz has asked Giorgia Meloni to chair the next round, but she has not answered yet.",
     "she", "giorgia-meloni"),
    ("Kaja Kallas urged Recep Tayyip Erdogan to lift the veto, and he promised an answer within a week.",
     "he", "recep-tayyip-erdogan"),
])
def test_he_or_she_skips_a_person_whose_given_name_is_of_the_other_gender(linked, text, pronoun, actor_id):
    _, mentions, _ = linked(text)
    assert links(mentions, pronoun) == [actor_id]


def test_a_given_name_of_unsure_gender_leaves_the_subject_first(linked):
    # "Nikol" is a woman's name in some countries and a man's in Armenia: no gender, so the subject is taken
    _, mentions, _ = linked("Nikol Pashinyan met Ilham Aliyev in Prague, and he said the border talks would go on.")
    assert links(mentions, "he") == ["nikol-pashinyan"]


def test_a_given_name_gives_a_gender_only_where_the_data_is_sure_and_it_comes_first(registry):
    from newsledger.actors.coref import gender_of_name, given_names
    from newsledger.records import Actor

    assert given_names()["ursula"] == "female" and given_names()["olaf"] == "male"
    assert gender_of_name(Actor("x", "Olaf Berg", "person", country="NOR"), registry) == "male"
    assert gender_of_name(Actor("y", "Jean Dupont", "person", country="FRA"), registry) is None  # names of both
    assert gender_of_name(Actor("z", "Ursula Park", "person", country="KOR"), registry) is None  # family name first


@pytest.mark.parametrize("text, subject", [
    ('"The talks will fail," said Miroslav Hrabal, an analyst in Prague. Katalin Szabo, a lecturer in Budapest, '
     'was more hopeful. She said a deal was possible by spring.', "Katalin Szabo"),
    ('"We expect a vote soon," said Tomas Berg, a diplomat. Henrik Aalto, his Finnish colleague, was less sure. '
     'He said the vote could slip to June.', "Henrik Aalto"),
])
def test_a_speech_pronoun_takes_a_person_made_subject_after_the_last_speaker(linked, text, subject):
    _, mentions, _ = linked(text)
    pronoun = "She" if " She said" in text else "He"
    [named] = [m.actor_id for m in mentions if m.text == subject]
    assert links(mentions, pronoun) == [named]


def test_a_speech_pronoun_still_takes_the_last_speaker_when_no_one_else_became_subject(linked):
    text = ('"The talks will fail," said Miroslav Hrabal, an analyst in Prague. He said the two sides had run '
            'out of ideas.')
    _, mentions, _ = linked(text)
    [named] = [m.actor_id for m in mentions if m.text == "Miroslav Hrabal"]
    assert links(mentions, "He") == [named]


def test_a_name_after_a_persons_title_is_a_person_whatever_its_entity_label(linked):
    text = ('The minister will visit Abuja, presidential spokesman Bayo Onanuga said on Monday. '
            '"The two countries share a history," Onanuga said.')
    _, mentions, actors = linked(text)
    [full] = [m.actor_id for m in mentions if m.text == "Bayo Onanuga"]
    assert actors[full].actor_type == "person" and [m.actor_id for m in mentions if m.text == "Onanuga"] == [full]


def test_an_outlet_after_the_article_stays_an_organisation(linked):
    _, mentions, actors = linked("Two aid workers were detained in the capital, according to the Canadian Press.")
    [outlet] = [m.actor_id for m in mentions if m.text == "Canadian Press"]
    assert actors[outlet].actor_type == "organisation"


@pytest.mark.parametrize("text, pair", [
    ("Milan Kovac, a professor at the University of Zagreb, said Belgrade and Pristina could still agree. "
     "He said the two sides needed a mediator.", {"SRBGOV", "XKXGOV"}),
    ("Ana Lima, an analyst with the Atlas Institute, said talks between Armenia and Azerbaijan would resume. "
     "She said both sides wanted a deal.", {"ARM", "AZE"}),
])
def test_the_two_sides_are_the_pair_named_together_not_a_person_and_their_affiliation(linked, text, pair):
    _, mentions, _ = linked(text)
    sides = "the two sides" if "the two sides" in text else "both sides"
    assert set(links(mentions, sides)) == pair


@pytest.mark.parametrize("text, surface, actor_id", [
    ("Kenyan President William Ruto met his Ugandan counterpart in Nairobi on Tuesday.", "Ugandan counterpart", "yoweri-museveni"),
    ("Chinese Foreign Minister Qin Gang held talks with his Russian counterpart.", "Russian counterpart", "sergey-lavrov"),
    ("Qin Gang's Russian counterpart is expected in Beijing next week.", "Russian counterpart", "sergey-lavrov"),
])
def test_a_counterpart_is_the_holder_of_the_possessors_office_in_that_country(linked, text, surface, actor_id):
    _, mentions, _ = linked(text)
    assert links(mentions, surface) == [actor_id]


@pytest.mark.parametrize("text", [
    "A Kenyan trader met his Ugandan counterpart in Busia.",  # no office to match
    "Later on Tuesday his Ugandan counterpart arrived in Nairobi.",  # no possessor named
    "Kenyan President William Ruto met his Kenyan counterpart.",  # the same country: no other office holder
])
def test_a_counterpart_with_no_office_to_match_links_nothing(linked, text):
    _, mentions, _ = linked(text)
    assert not [m for m in mentions if "counterpart" in m.text]


@pytest.mark.parametrize("text, pronoun, person", [
    ("Kenya's president, William Ruto, met Joe Biden in Washington on Thursday. He urged the United States to invest.",
     "He", "william-ruto"),
    ("The president of Moldova, Maia Sandu, met Emmanuel Macron in Paris. She urged France to send more aid.",
     "She", "maia-sandu"),
])
def test_a_name_in_apposition_to_a_subjects_title_is_the_subject_a_pronoun_finds(linked, text, pronoun, person):
    _, mentions, _ = linked(text)
    assert links(mentions, pronoun) == [person]


def test_a_description_named_in_apposition_seeks_no_earlier_actor(linked):
    _, mentions, _ = linked("Mark Rutte arrived in Tallinn on Monday. The prime minister, Kaja Kallas, greeted him.")
    assert not links(mentions, "The prime minister")


def test_the_ministry_after_a_minister_is_that_ministers_government(linked):
    _, mentions, _ = linked("French Defence Minister Sebastien Lecornu will travel to Kyiv on Monday for talks with "
                            "the Ukrainian prime minister, the ministry said.")
    assert links(mentions, "the ministry") == ["FRAMIL"]  # a defence ministry is its military sector (role_sectors)


@pytest.mark.parametrize("text, body, actor_id", [
    ("Peru expelled two Bolivian diplomats on Friday, the foreign ministry said.", "the foreign ministry", "PERGOV"),
    ("Norway ordered 14 Leopard tanks from a German manufacturer, the defence ministry said.", "the defence ministry",
     "NORMIL"),
    ("Kyiv said the talks had stalled. Romania agreed to train Ukrainian pilots, the defence ministry said.",
     "the defence ministry", "ROUMIL"),
    # in a story that names another state most: still the reporting clause's state, not the leading one
    ("Estonia expelled a Russian diplomat on Monday, the foreign ministry said. Russia called the move hostile. "
     "Russian officials said Russia would respond, and the Russian embassy said Russia had done nothing wrong.",
     "the foreign ministry", "ESTGOV"),
])
def test_a_ministry_after_a_state_is_that_states(linked, text, body, actor_id):
    """A ministry with no country, after a clause whose subject is a state, is that state's body (of the ministry's
    sector), not the body of a state or government named later in the clause or in the sentence before."""
    _, mentions, _ = linked(text)
    assert links(mentions, body) == [actor_id]


def test_a_ministry_takes_no_state_named_in_a_condition_of_what_it_reports(linked):
    _, mentions, _ = linked("If Ghana lifts its export ban, cocoa prices could fall sharply, the ministry said.")
    assert not links(mentions, "the ministry")


@pytest.mark.parametrize("text, actor_id", [
    ("ECOWAS suspended Guinea on Friday, the bloc said. It also called for elections within a year.", "IGOECOWAS"),
    ("NATO rejected the request on Monday, the alliance said. It also urged Belgrade to withdraw its troops.", "IGONAT"),
])
def test_a_pronoun_after_a_linked_description_takes_its_actor(linked, text, actor_id):
    """ "..., the bloc said. It also ...": the description linked to an actor is that actor for a later pronoun, not
    a noun phrase that names none."""
    _, mentions, _ = linked(text)
    assert links(mentions, "It") == [actor_id]


@pytest.mark.parametrize("text, surface, actor_id", [
    ("The Independent Electoral Commission of Liberia announced the results on Friday. The commission rejected calls "
     "for a recount.", "The commission", None),
    ("The European Commission fined the carmaker on Monday. The Commission said the cartel had lasted a decade.",
     "The Commission", "IGOEUCOM"),
])
def test_the_commission_is_the_commission_named_before(linked, text, surface, actor_id):
    """ "the commission" is the commission the text named, not the European Commission by default; a capitalised
    "the Commission" is a body whose name holds the word."""
    _, mentions, _ = linked(text)
    found = [m.actor_id for m in mentions if m.text == surface]
    assert "IGOEUCOM" not in found if actor_id is None else found == [actor_id]


def test_a_description_takes_the_title_the_text_gives_a_name(linked):
    """ "Digital Affairs Minister Krzysztof Gawkowski ... the minister": the title before the name is a role the text
    gives him, whatever roles the registry holds for him on the article's date (none on 1 March 2023)."""
    _, mentions, _ = linked('Digital Affairs Minister Krzysztof Gawkowski told reporters the outage was over. '
                            '"The systems are safe now," the minister said.')
    assert links(mentions, "the minister") == ["krzysztof-gawkowski"]


def test_a_description_the_tagger_took_for_a_proper_noun_still_refers_back(linked):
    # spaCy tags "minister" in '"...," the prime minister said' as PROPN; lower case, it is a noun
    _, mentions, _ = linked('Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels '
                            'on Monday. "We want peace," the prime minister said.')
    assert links(mentions, "the prime minister") == ["nikol-pashinyan"]


def test_both_sides_are_never_the_news_agency_that_reports_them(linked):
    _, mentions, _ = linked("Vietnam and China clashed near the Paracel Islands, Reuters reported. The United Nations "
                            "urged both sides to show restraint.")
    assert sorted(links(mentions, "both sides")) == ["CHN", "VNM"]


def test_the_junta_refers_back_to_the_military_rulers_named_before(linked):
    _, mentions, _ = linked("Burkina Faso's junta expelled the French envoy on Monday. The junta accused Paris of spying.")
    assert links(mentions, "The junta") == ["BFAMIL"]


def test_first_person_in_a_quotation_is_the_speaker_or_the_speakers_side(linked):
    _, mentions, _ = linked('"Our patience has limits, and I told the US so," Israeli Prime Minister Benjamin Netanyahu '
                            'said. "We will act."')
    assert links(mentions, "Our") == ["ISR"] and links(mentions, "We") == ["ISR"]
    assert links(mentions, "I") == ["benjamin-netanyahu"]
    assert links(mentions, "US") == []  # the country, never "us"


def test_first_person_of_a_spokesmans_body_and_of_an_unknown_speaker(linked):
    _, mentions, _ = linked('"Our units repelled the attack," a spokesman for the Ukrainian army said.')
    assert links(mentions, "Our") == ["UKRMIL"]
    _, mentions, _ = linked('"We lost everything," a farmer said.')
    assert links(mentions, "We") == []
    _, mentions, _ = linked("We will win, the coach said.")  # no quotation marks: left alone
    assert links(mentions, "We") == []


@pytest.mark.parametrize("text, actor_id", [
    ("Fiji's parliament has not ratified a security pact it signed with New Zealand in 2021, and the country "
     "will hold elections in May.", "FJI"),
    ("The Kenyan government rejected a loan offer from China, and the country will seek funds elsewhere.", "KEN"),
])
def test_the_country_after_a_states_own_body_is_that_state(linked, text, actor_id):
    """ "the country" takes the state whose body (a CAMEO sector code: legislature, government) was named, not
    another state named after it in an object."""
    _, mentions, _ = linked(text)
    assert links(mentions, "the country") == [actor_id]
