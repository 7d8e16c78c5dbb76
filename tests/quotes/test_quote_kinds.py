"""Issue 12, quotes: which quotation marks hold a quote, dash and colon attributions, a broad
lexicon of speech verbs, one record per quoted passage, unnamed and plural speakers."""

from __future__ import annotations

import datetime

import pytest

from newsledger.actors import load_registry, resolve
from newsledger.actors.coref import resolve_references

from newsledger.quotes import find_quotes
from newsledger.records import Actor, Mention

ACTORS = {"lavrov": Actor("lavrov", "Sergey Lavrov", "person", "RUS"),
          "wang": Actor("wang", "Wang Wenbin", "person", "CHN"),
          "usa": Actor("USA", "United States", "state", "USA"),
          "sdn": Actor("SDNMIL", "Sudan military", "military", "SDN"),
          "chn": Actor("CHN", "China", "state", "CHN"),
          "rus": Actor("RUS", "Russia", "state", "RUS")}


def mentions_for(text, names):
    """One mention per (name, actor id), at the name's every occurrence."""
    found = []
    for name, actor in names:
        start = text.find(name)
        while start >= 0:
            found.append(Mention(start, start + len(name), name, actor, 0, "test"))
            start = text.find(name, start + 1)
    return sorted(found, key=lambda m: m.start)


def quotes_of(nlp, text, names=()):
    return find_quotes(nlp(text), mentions_for(text, names), {a.actor_id: a for a in ACTORS.values()})


@pytest.mark.parametrize("text", [
    "The ministry keeps calling the invasion a “special military operation” on state television.",
    "The so-called “special military operation” entered its second year on Friday.",
    "Lavrov used the word “war” for the first time in a briefing on Thursday.",
    "The general, nicknamed “the Bulldozer” by his troops, was dismissed on Monday.",
    "The film “Days of Thunder” and the novel “Life and Fate” were banned in Moscow.",
    "Protesters on Saturday carried copies of “War and Peace” through the square.",
    "His thesis titled “Iran's Iraq Policy after 1990” was published in 2016.",
])
def test_names_titles_terms_and_scare_quotes_give_no_quote(nlp, text):
    assert [q for q in quotes_of(nlp, text) if q.quote_type == "direct"] == []


def test_a_quoted_fragment_inside_reported_speech_is_the_speakers_words(nlp):
    text = "Lavrov said on Tuesday that relations with Beijing had reached a “new level”."
    [quote] = quotes_of(nlp, text, [("Lavrov", "lavrov")])
    assert quote.text == "that relations with Beijing had reached a “new level”" and quote.speaker == "lavrov"


def test_a_short_quotation_standing_as_its_own_sentence_is_a_quote(nlp):
    text = "Reporters asked Lavrov about the talks in Geneva.\n“Never,” Lavrov said."
    direct = [q for q in quotes_of(nlp, text, [("Lavrov", "lavrov")]) if q.quote_type == "direct"]
    assert [(q.text, q.speaker) for q in direct] == [("Never", "lavrov")]


@pytest.mark.parametrize("text, cue", [
    ("“The West has abandoned diplomacy,” Lavrov lamented on Monday.", "lamented"),
    ("“It is a sad day for Europe,” Lavrov sighed.", "sighed"),
    ("“We are not going anywhere,” Lavrov quipped as he left the hall.", "quipped"),
    ("Lavrov conceded that the talks had produced no agreement.", "conceded"),
    ("Lavrov acknowledged that the sanctions had hurt Russian exporters.", "acknowledged"),
    ("Lavrov insisted that Moscow had never threatened its neighbours.", "insisted"),
    ("Lavrov tweeted that the meeting in Ankara had been postponed.", "tweeted"),
    ("Lavrov reiterated that Russia would not withdraw from the region.", "reiterated"),
])
def test_verbs_of_saying_beyond_said(nlp, text, cue):
    quotes = quotes_of(nlp, text, [("Lavrov", "lavrov")])
    assert quotes and quotes[0].speaker == "lavrov" and quotes[0].cue == cue


@pytest.mark.parametrize("text, cue", [
    ("“Beijing will never accept unilateral sanctions.” — spokesperson Wang Wenbin", "—"),
    ("“Beijing will never accept unilateral sanctions.” - Wang Wenbin, foreign ministry spokesperson", "-"),
    ("Spokesperson Wang Wenbin: “Beijing will never accept unilateral sanctions.”", ":"),
    ("Foreign ministry spokesperson Wang Wenbin:\n“Beijing will never accept unilateral sanctions.”", ":"),
])
def test_dash_and_colon_attributions_name_the_speaker(nlp, text, cue):
    [quote] = quotes_of(nlp, text, [("Wang Wenbin", "wang")])
    assert quote.text == "Beijing will never accept unilateral sanctions"
    assert quote.speaker == "wang" and quote.cue == cue


def test_an_acronym_in_a_dash_label_is_not_the_speaker(nlp):
    text = "“The summit was a success.” — ASEAN Secretary General Kao Kim Hourn"
    [quote] = quotes_of(nlp, text, [("ASEAN", "asean"), ("Kao Kim Hourn", "kao")])
    assert quote.speaker == "kao"


def test_a_dash_before_a_clause_is_no_attribution(nlp):
    text = "“We will win this war” — and the crowd in Kyiv cheered for minutes."
    assert all(q.speaker_text is None for q in quotes_of(nlp, text))


def test_a_quote_printed_twice_with_its_attribution_is_one_record(nlp):
    # pages saved as text often repeat a pull quote further down
    line = "“Beijing will never accept unilateral sanctions,” Wang Wenbin said on Monday."
    text = f"{line}\nThe ministry spoke after talks in Geneva.\n{line}"
    quotes = quotes_of(nlp, text, [("Wang Wenbin", "wang")])
    assert [(q.text, q.speaker) for q in quotes] == [("Beijing will never accept unilateral sanctions", "wang")]


def test_a_reported_clause_and_its_quotations_are_one_record(nlp):
    text = ("Lavrov said that Moscow's ties with Beijing had entered a “new era” and were “stronger than ever "
            "before in their long history”.")
    [quote] = quotes_of(nlp, text, [("Lavrov", "lavrov")])
    assert quote.speaker == "lavrov" and quote.text.startswith("that Moscow's ties") and quote.quote_type == "direct"


@pytest.mark.parametrize("text, names, speaker, described", [
    ("A senior US official said the talks in Doha had stalled over the prisoner swap.",
     [("US", "USA")], "USA", "unnamed US official"),
    ("Two diplomats told Reuters that the vote in the Security Council would be delayed until March.",
     [], None, "unnamed diplomats"),
    ("Officials familiar with the negotiations said a deal on grain exports was close.",
     [], None, "unnamed officials"),
])
def test_an_unnamed_speaker_is_stored_as_described(nlp, text, names, speaker, described):
    [quote] = quotes_of(nlp, text, names)
    assert (quote.speaker, quote.speaker_text) == (speaker, described)


def test_a_named_speaker_with_a_role_noun_is_not_unnamed(nlp):
    text = "Wang Wenbin, a spokesman for the foreign ministry, said the visit would go ahead in April."
    [quote] = quotes_of(nlp, text, [("Wang Wenbin", "wang")])
    assert quote.speaker == "wang" and not quote.speaker_text.startswith("unnamed")


def staged_quotes(nlp, text):
    """Quotes after the real actors stage (resolver, then coreference), whose links quotes read."""
    doc = nlp(text)
    registry = load_registry()
    mentions, actors = resolve(doc, datetime.date(2023, 5, 2), registry)
    return find_quotes(doc, resolve_references(doc, mentions, actors, registry, datetime.date(2023, 5, 2)), actors)


def test_they_takes_coreferences_link_to_the_earlier_plural_subject_not_the_nearest_country(nlp):
    text = ("US officials met Sudanese army commanders in Jeddah on Monday. "
            "They said the ceasefire had been broken by both sides in Sudan.")
    [quote] = staged_quotes(nlp, text)
    assert quote.speaker == "USAGOV" and quote.speaker_text == "They"


def test_officials_on_both_sides_are_neither_of_the_pair(nlp):
    # coreference links "both sides" to each leader; the officials are no one of them
    text = ("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Brussels on Monday. "
            "Officials on both sides said another clash could happen within days.")
    [quote] = staged_quotes(nlp, text)
    assert quote.speaker is None and quote.speaker_text == "unnamed officials"


def test_it_that_coreference_leaves_unlinked_stays_unresolved_not_the_last_country(nlp):
    text = ("The committee of inquiry in Lagos met officials from Ghana on Monday. "
            "It said the contracts had been signed without a tender.")
    [quote] = staged_quotes(nlp, text)
    assert quote.speaker is None and quote.speaker_text == "It"


def test_a_transcript_line_quotes_the_speaker_its_label_names(nlp):
    text = ("WALLACE: Will the foreign minister attend the summit in Ankara next week?\n"
            "LAVROV: The minister will not be attending the summit, and nobody in Moscow expected him to.")
    quotes = quotes_of(nlp, text, [("LAVROV", "lavrov")])
    answer = [q for q in quotes if q.speaker == "lavrov"]
    assert len(answer) == 1 and answer[0].quote_type == "direct" and answer[0].cue == ":"
    assert answer[0].text.startswith("The minister will not be attending")


def test_a_headline_label_attributes_the_headline(nlp):
    text = "Lavrov: Russia will not return to the grain deal this year\nThe talks in Istanbul ended on Monday."
    [quote] = quotes_of(nlp, text, [("Lavrov", "lavrov")])
    assert quote.speaker == "lavrov" and quote.text == "Russia will not return to the grain deal this year"


@pytest.mark.parametrize("text", [
    "MOSCOW: Russia will not return to the grain deal this year, officials in the capital expect.",
    "Photo: Sergei Lavrov speaks at a news conference in Moscow on Monday.",
    "North Terminal: 13 hrs      15 hrs",
])
def test_datelines_page_furniture_and_table_rows_quote_no_one(nlp, text):
    assert all(q.cue != ":" for q in quotes_of(nlp, text))


def test_the_subject_of_a_gerund_cue_is_its_source(nlp):
    text = "Lavrov answered the new sanctions on Monday by saying that Moscow would retaliate within days."
    [quote] = quotes_of(nlp, text, [("Lavrov", "lavrov")])
    assert quote.speaker == "lavrov" and quote.cue == "saying"


def test_a_stance_inside_reported_speech_is_part_of_what_was_said(nlp):
    from newsledger.discourse import find_attributions

    text = "Lavrov said on Monday that Washington opposes any talks on the grain corridor."
    doc = nlp(text)
    assert [a.cue_lemma for a in find_attributions(doc)] == ["say"]
    alone = nlp("Washington opposes any talks on the grain corridor.")
    assert [a.cue_lemma for a in find_attributions(alone)] == ["oppose"]


def test_it_goes_to_the_main_subject_before_it_not_the_last_country_named(nlp):
    text = ("The United States has been watching whether China sends weapons to Russia. "
            "It has indicated that it may impose sanctions on Chinese banks.")
    [quote] = staged_quotes(nlp, text)
    assert quote.speaker == "USA" and quote.speaker_text == "It"


def test_an_unresolved_pronoun_inside_a_reported_passage_adds_no_record(nlp):
    text = "Diplomats in Brussels said they expected Sweden to join the alliance before the summit in July."
    [quote] = quotes_of(nlp, text)
    assert quote.speaker_text == "unnamed Brussels diplomats" and quote.text.startswith("they expected Sweden")


def test_a_quotation_opening_the_next_paragraph_keeps_the_named_speaker_before_it(nlp):
    text = ("“The embargo has failed,” Foreign Minister Sergei Lavrov said on Monday in Moscow.\n\n"
            "“Our exporters have found new buyers, and our partners in Asia have stepped in.”\n\n"
            "The ministry later published the transcript.")
    quotes = staged_quotes(nlp, text)
    assert [q.speaker for q in quotes] == ["sergey-lavrov", "sergey-lavrov"]
    assert quotes[1].text.startswith("Our exporters have found new buyers")


@pytest.mark.parametrize("text", [
    "Beijing called the move “a dangerous provocation” on Tuesday.",
    "Tokyo described the drill as “an act of intimidation” in a short statement.",
    "Opposition leaders branded the budget “a betrayal” on Wednesday.",
])
def test_a_label_a_verb_gives_its_object_is_a_scare_quote_not_a_quote(nlp, text):
    assert staged_quotes(nlp, text) == []


def test_a_sentence_printed_twice_in_one_paragraph_is_one_quote_record(nlp):
    text = ("Kenyan President William Ruto met Tanzanian officials in Arusha on Monday. "
            "“We will reopen the border before the harvest,” Ruto said at the signing. "
            "“We will reopen the border before the harvest,” a senior official said.")
    [quote] = staged_quotes(nlp, text)
    assert quote.speaker == "william-ruto" and quote.text == "We will reopen the border before the harvest"


def test_the_same_words_in_another_paragraph_by_another_speaker_stay_two_records(nlp):
    text = ("Kenyan President William Ruto met Tanzanian officials in Arusha on Monday. "
            "“We will reopen the border before the harvest,” Ruto said.\n\n"
            "On Tuesday, Tanzania's president repeated the promise. “We will reopen the border before the harvest,” she said.")
    assert len(staged_quotes(nlp, text)) == 2


@pytest.mark.parametrize("text", [
    "Ankara has refused to condemn the strikes on the port.",
    "The ministry declined to comment on the report from Geneva.",
])
def test_a_refused_statement_is_no_quote(nlp, text):
    assert staged_quotes(nlp, text) == []


def test_a_statement_beside_a_refusal_is_still_a_quote(nlp):
    [quote] = staged_quotes(nlp, "Ankara refused to attend, and said the talks in Geneva were pointless.")
    assert quote.text == "the talks in Geneva were pointless"


def test_an_unattributed_pull_quote_repeating_a_later_quote_is_no_second_record(nlp):
    text = ("“Ankara wants the talks to succeed”\n\nFor Turkey, a collapse of the grain corridor would be costly. "
            "“I think Ankara really wants the talks to succeed,” analyst Selim Koru told reporters in Istanbul.")
    [quote] = staged_quotes(nlp, text)
    assert quote.text == "I think Ankara really wants the talks to succeed"


def test_an_unattributed_quotation_that_repeats_nothing_stays(nlp):
    quotes = staged_quotes(nlp, "“We will not give up”\n\nThe strike at the port entered its third week on Monday.")
    assert [q.text for q in quotes] == ["We will not give up"]


@pytest.mark.parametrize("text", ["The president warned Russia and China on Tuesday.",
                                  "The senator praised Angela Merkel in a speech in Berlin."])
def test_a_cue_aimed_at_people_or_states_says_nothing_to_quote(nlp, text):
    assert staged_quotes(nlp, text) == []


def test_a_cue_whose_object_is_a_thing_said_about_keeps_its_record(nlp):
    [quote] = staged_quotes(nlp, "Foreign Minister Sergei Lavrov criticised the decision by the European Union.")
    assert quote.speaker == "sergey-lavrov" and quote.text == "the decision by the European Union"


@pytest.mark.parametrize("text", [
    "The steps in question are examples that show that Ankara and Moscow are still acting together.",
    "Information received from Turkish officials indicates that Ankara will widen trade with Moscow.",
    "The customs figures suggest that exports to Iraq fell in May.",
])
def test_what_evidence_points_to_is_no_quote(nlp, text):
    assert staged_quotes(nlp, text) == []


@pytest.mark.parametrize("text", ["The ministry suggested that exports to Iraq fell in May.",
                                  "A senior official indicated that Ankara would widen trade with Moscow."])
def test_a_body_or_person_that_indicates_something_is_quoted(nlp, text):
    assert len(staged_quotes(nlp, text)) == 1
