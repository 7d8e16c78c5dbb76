"""quote_spans finds quotations in every common style and jumps from mark to mark, not character by character."""

from __future__ import annotations

from newsledger.discourse import quote_spans


def spans_text(text: str) -> list[str]:
    return [text[start:end] for start, end in quote_spans(text)]


def test_quotations_in_several_styles_with_apostrophes_inside_words():
    text = ("The minister's aide said: “We won’t sign,” and later «nous verrons». "
            "A diplomat called it ‘a setback’ at the talks’ end.")
    assert spans_text(text) == ["“We won’t sign,”", "«nous verrons»", "‘a setback’"]


def test_a_quote_reopened_in_the_next_paragraph_continues_and_one_left_open_ends_at_the_line():
    text = ("“The harvest failed in the north.\n\n“Prices will rise by spring,” the farmer said.\n"
            "He added “nothing more\nthat day.")
    assert spans_text(text) == ["“The harvest failed in the north.\n\n“Prices will rise by spring,”"]


def test_a_text_without_marks_has_no_quotation():
    assert quote_spans("Talks resumed on Monday in Geneva.\nNo statement followed.") == []
