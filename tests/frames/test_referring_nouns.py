"""A definite or possessed event noun that refers back ("The purchase includes ...") takes the planned or
expected status of the nearest earlier mention of its kind in the article, when its own clause says nothing of
its own about it (frames.reference, frames/data/event_kinds.yaml)."""

import pytest

from newsledger.frames.reference import referred_status


def _referred(nlp, text: str, word: str):
    """referred_status of the last token of `text` whose text is `word`."""
    doc = nlp(text)
    return referred_status([t for t in doc if t.text == word][-1])


@pytest.mark.parametrize("text, word, status", [
    # buy / purchase, in the noun's and the verb's forms
    ("Norland Foods plans to buy the dairy maker Brekka for $400 million. The purchase includes two plants "
     "in the north.", "purchase", "planned"),
    ("Halvard Bank is expected to acquire the insurer Tessel this year. The acquisition gives Halvard a foothold "
     "in Asia.", "acquisition", "expected"),
    ("Norland Foods plans to buy the dairy maker Brekka. Norland's purchase of Brekka includes two plants.",
     "purchase", "planned"),
    # visit / trip
    ("The Chilean president will visit Lima next month. The trip includes a stop in Cusco.", "trip", "planned"),
    # merge / merger, the plan told before a sentence in between
    ("Orvik Air and Salta Airlines agreed to merge, subject to approval by regulators. Both carriers lost money "
     "last year. The merger creates the region's largest airline.", "merger", "planned"),
    # sell / sale
    ("The group plans to sell its cement unit to a Brazilian rival. Analysts said the price was fair. "
     "The sale brings the group $1 billion.", "sale", "planned"),
    # meet / talks
    ("The two foreign ministers plan to meet in Oslo in June. The talks cover fishing rights.", "talks", "planned"),
])
def test_a_noun_that_refers_back_takes_the_status_of_the_planned_event(nlp, text, word, status):
    assert _referred(nlp, text, word)[0] == status


@pytest.mark.parametrize("text, word", [
    # the earlier event happened: the noun keeps the default
    ("Norland Foods bought the dairy maker Brekka last year. The purchase included two plants.", "purchase"),
    ("The Chilean president visited Lima in May. The trip included a stop in Cusco.", "trip"),
    # the noun's own clause negates it or adds a modal
    ("Norland Foods plans to buy the dairy maker Brekka. The purchase may not include the plants.", "purchase"),
    ("Orvik Air plans to merge with Salta Airlines. The merger does not need approval.", "merger"),
    # ... or reports it: the source's claim
    ("The two foreign ministers plan to meet in Oslo. Officials said that the talks covered fishing rights.", "talks"),
    # an indefinite noun is no mention told again
    ("Norland Foods plans to buy Brekka. A purchase of that size is rare.", "purchase"),
    # sides of its own that the earlier mention does not have: another act
    ("Norland Foods plans to buy Brekka. Tessel's purchase of Vinmark included two plants.", "purchase"),
    # acted on: the act may make it happen
    ("Norland Foods plans to buy Brekka. The board approved the purchase on Monday.", "purchase"),
])
def test_a_noun_keeps_its_own_status(nlp, text, word):
    assert _referred(nlp, text, word) is None


def test_the_nearest_earlier_mention_decides(nlp):
    text = ("The minister visited Paris in May. She plans to visit Rome in June. The trip includes a stop in Milan.")
    assert _referred(nlp, text, "trip") == ("planned", "visit")
    text = ("The minister planned to visit Rome. In the end she visited Rome in June. The trip included a stop in Milan.")
    assert _referred(nlp, text, "trip") is None


def test_a_noun_whose_verb_carries_the_act_keeps_its_status(nlp):
    text = "The two foreign ministers plan to meet in Oslo. The talks took place on Monday."
    assert _referred(nlp, text, "talks") is None
    text = "Norland Foods plans to buy Brekka. The purchase closed on Friday."
    assert _referred(nlp, text, "purchase") is None
