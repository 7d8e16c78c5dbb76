"""newsledger's wrapper around spaCy (newsledger.nlp): the sentence starts its own components set before
the parser, and the text it keeps with each parse. Text written for these tests."""

from newsledger import nlp


def starts(text: str) -> list[int]:
    doc = nlp.long_sentences(nlp.line_breaks(nlp.get_pipeline().tokenizer(text)))
    return [token.i for token in doc if token.is_sent_start]


def test_every_line_starts_a_sentence_and_a_long_stretch_is_cut_every_max_tokens_after_its_start(monkeypatch):
    monkeypatch.setattr(nlp, "MAX_SENTENCE_TOKENS", 10)
    # tokens: "Prices rose ." 0-2, "\n" 3, 25 x "cut" 4-28, "\n" 29, "Exports fell ." 30-32
    text = "Prices rose.\n" + "cut " * 24 + "cut\nExports fell."
    assert starts(text) == [0, 4, 14, 24, 30]


def test_a_final_mark_restarts_the_count_and_short_lines_are_left_to_the_parser(monkeypatch):
    monkeypatch.setattr(nlp, "MAX_SENTENCE_TOKENS", 10)
    # tokens: 9 x "up" 0-8, "." 9, 12 x "down" 10-21: the count restarts after ".", so only "down" 20 is cut
    assert starts("up " * 8 + "up. " + "down " * 11 + "down") == [0, 20]
    assert starts("A short line.\nAnother one, with no final mark\nA third.") == [0, 5, 13]


def test_a_parsed_text_is_kept_with_its_doc_exactly_as_given():
    texts = ["Oil prices rose on Monday.\n\nTraders  said demand\twas strong. Don't ask!", "😀" * 60 + " Markets closed."]
    for text, doc in zip(texts, nlp.parse(texts)):
        assert nlp.doc_text(doc) == doc.text == text


def test_a_paragraph_after_a_line_with_no_final_mark_keeps_its_first_sentence_whole():
    # a dateline, a heading or a list item before the paragraph: the parser must not split again just after the
    # start it is given ("Kenya", "and", "Uganda agreed ..." was what it made of it)
    text = ("HANOI, June 3 (Reuters) -\nVietnam and Laos agreed on Monday to reopen two border gates. "
            "Trade resumed.\nEnergy ties\n\"We will not let the dispute grow,\" the minister said.")
    sentences = [text[start:end] for start, end in nlp.sentence_spans(next(nlp.parse([text])))]
    assert sentences == ["HANOI, June 3 (Reuters) -", "Vietnam and Laos agreed on Monday to reopen two border gates.",
                         "Trade resumed.", "Energy ties", "\"We will not let the dispute grow,\" the minister said."]
