"""A proper noun that opens a clause and that the parser hung on the verb as an adverb, the verb having no subject
("Nauru recalled its envoy": "Nauru" read as advmod), is the clause's subject (frames.predicates._unlabelled_subject)."""

import pytest

from tests.events.conftest import event_rows


@pytest.mark.parametrize("text, source, target", [
    ("Nauru recalled its ambassador from Taiwan on Friday.", "NRU", "TWN"),
    ("Nauru signed a fisheries pact with Kiribati on Monday.", "NRU", "KIR"),
])
def test_a_clause_opening_name_read_as_an_adverb_is_the_subject(text, source, target):
    assert any(row[2] == source and row[3] == target for row in event_rows(text)), event_rows(text)


def test_a_day_name_before_a_subject_stays_a_time():
    rows = event_rows("Monday, Tonga expelled two Fijian diplomats.")
    assert any(row[2] == "TON" and row[3] == "FJI" for row in rows), rows
