from newsledger.quotes import find_quotes
from newsledger.discourse.marks import quote_spans
from newsledger.records import Actor, Mention

ACTORS = {"peskov": Actor("peskov", "Dmitry Peskov", "person"),
          "kremlin": Actor("kremlin", "Kremlin", "government")}


def mentions_for(text, names):
    return [Mention(text.index(n), text.index(n) + len(n), n, actor, 0, "test") for n, actor in names]


def test_quote_marks_in_every_style():
    text = 'He said “yes”, then «non», then „ja“ and "si" and ‘maybe’ — it’s over.'
    found = [text[s:e] for s, e in quote_spans(text)]
    assert found == ["“yes”", "«non»", "„ja“", '"si"', "‘maybe’"]


def test_quote_continues_into_next_paragraph():
    text = '"The talks went well.\n"We will meet again soon," he said.'
    assert quote_spans(text) == [(0, len('"The talks went well.\n"We will meet again soon,"'))]


def test_split_quote_gives_one_record_per_piece_with_pronoun_speaker(nlp):
    text = ('Kremlin spokesman Dmitry Peskov spoke on Monday. "The talks were useful," he said, '
            '"and we expect a second round."')
    mentions = mentions_for(text, [("Dmitry Peskov", "peskov")])
    quotes = [q for q in find_quotes(nlp(text), mentions, ACTORS) if q.quote_type == "direct"]
    assert [q.text for q in quotes] == ["The talks were useful", "and we expect a second round"]
    assert {q.speaker for q in quotes} == {"peskov"}
    assert all(text[q.start:q.end] == q.text for q in quotes)


def test_indirect_speech_with_reporting_verb(nlp):
    text = "Peskov said Putin and Xi would hold talks in Moscow next spring."
    quotes = find_quotes(nlp(text), mentions_for(text, [("Peskov", "peskov")]), ACTORS)
    assert quotes[0].quote_type == "indirect"
    assert quotes[0].speaker == "peskov" and quotes[0].cue == "said"
    assert quotes[0].text.startswith("Putin and Xi would hold talks")


def test_according_to_names_the_source(nlp):
    text = "The two leaders will meet in Beijing in February, according to the Kremlin."
    quotes = find_quotes(nlp(text), mentions_for(text, [("Kremlin", "kremlin")]), ACTORS)
    assert quotes[0].speaker == "kremlin" and quotes[0].cue == "according to"
    assert quotes[0].text.startswith("The two leaders will meet")


def test_the_statement_speaks_for_the_last_organisation(nlp):
    text = "The Kremlin issued a statement on Tuesday. The statement said the visit would go ahead."
    quotes = find_quotes(nlp(text), mentions_for(text, [("Kremlin", "kremlin")]), ACTORS)
    assert quotes[-1].speaker == "kremlin"


def test_told_and_wrote_in_his_letter(nlp):
    text = ('"Russia needs a powerful ally," Velina Tchakarova told DW. '
            'Putin wrote in his letter that the two countries "play an important stabilizing role."')
    actors = {"vt": Actor("vt", "Velina Tchakarova", "person"), "putin": Actor("putin", "Vladimir Putin", "person")}
    mentions = mentions_for(text, [("Velina Tchakarova", "vt"), ("Putin", "putin")])
    quotes = find_quotes(nlp(text), mentions, actors)
    by_text = {q.text: q for q in quotes}
    assert by_text["Russia needs a powerful ally"].speaker == "vt"
    assert by_text["Russia needs a powerful ally"].cue == "told"
    # the reported clause and the quotation inside it are one passage, mostly quoted: one direct record
    letter = by_text['that the two countries "play an important stabilizing role."']
    assert letter.speaker == "putin" and letter.quote_type == "direct" and len(quotes) == 2


def test_parenthetical_cue_attributes_the_clause_it_interrupts(nlp):
    from newsledger.discourse import find_attributions

    text = "Climate change, Mr. Obama often says, is the greatest threat facing the planet."
    attributions = find_attributions(nlp(text))
    assert attributions and text[slice(*attributions[0].source)] == "Mr. Obama"
    start, end = attributions[0].contents[0]
    assert text[start:end].startswith("Climate change") and text[start:end].endswith("the planet")


def test_stance_is_an_attribution_but_not_a_quote(nlp):
    from newsledger.discourse import find_attributions

    text = "Germany opposed the new sanctions package against Iran."
    attributions = find_attributions(nlp(text))
    assert attributions and not attributions[0].speech
    assert find_quotes(nlp(text), [], {}) == []


def test_relative_pronoun_speaks_for_its_antecedent(nlp):
    text = "Dmitry Peskov, who said the talks would resume next week, left Minsk on Monday."
    quotes = find_quotes(nlp(text), mentions_for(text, [("Dmitry Peskov", "peskov")]), ACTORS)
    assert quotes and quotes[0].speaker == "peskov" and quotes[0].speaker_text == "who"


def test_impersonal_passive_has_no_speaker(nlp):
    text = "The Kremlin met on Monday. It was claimed that the president was ill."
    quotes = find_quotes(nlp(text), mentions_for(text, [("Kremlin", "kremlin")]), ACTORS)
    assert quotes and quotes[0].speaker is None and quotes[0].speaker_text is None


def test_expected_to_is_about_its_subject_not_said_by_it(nlp):
    text = "Dmitry Peskov is expected to travel to Beijing in March."
    assert find_quotes(nlp(text), mentions_for(text, [("Dmitry Peskov", "peskov")]), ACTORS) == []


def test_negated_and_modal_cues_report_no_statement(nlp):
    text = "Peskov did not say that the talks had failed. Peskov may think that the talks failed."
    assert find_quotes(nlp(text), [], {}) == []


def test_call_on_someone_to_act_quotes_the_call(nlp):
    text = 'Dmitry Peskov spoke on Monday, calling on all sides to "show restraint" in the region.'
    quotes = find_quotes(nlp(text), mentions_for(text, [("Dmitry Peskov", "peskov")]), ACTORS)
    assert [(q.text, q.speaker) for q in quotes] == [('to "show restraint" in the region', "peskov")]


def test_a_wire_brief_with_a_wordless_reported_clause_does_not_break_the_finder(nlp):
    # The parse of this Reuters brief gives "said" a reported clause holding only punctuation.
    text = ("Midland Co said its board declared a two-for-one stock split, subject to approval of a doubling of "
            "authorized common shares at the annual meeting on April 9, and an increase in the quarterly dividend "
            "to 12 cts pre-split from 10 cts.\nThe dividend is payable April 8, record March 17, and the split would "
            "be payable May 7, record April 23.")
    quotes = find_quotes(nlp(text), [], {})
    assert quotes and all(text[q.start:q.end] == q.text for q in quotes)
