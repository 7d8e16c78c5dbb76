"""A quote whose subject is a definite event noun ("The visit, X said, could ...") is about the event the
text told just before: the quotes browser's actor filter finds it under that event's sides, though its own
sentence names none of them, and its speaker is the one of the parenthetical "X said"."""

from __future__ import annotations

from newsledger.analysis.quotes import QuoteFilter, find_quotes
from newsledger.ingest import article_from_text
from newsledger.pipeline import analyse_batch
from newsledger.store import Store

STORY = ("Lula to host Macron\n\n"
         "Brazilian President Luiz Inacio Lula da Silva invited French President Emmanuel Macron to visit Brazil "
         "during a phone call. The visit, Lula said, could “open a new chapter in relations between the two "
         "countries.”\n\n"
         "Separately, a trade official said exports of soybeans rose in May.\n")


def test_a_quote_about_the_visit_is_found_under_the_visitor(tmp_path):
    store = Store(str(tmp_path / "ledger.db"))
    article = article_from_text("lula.txt", STORY, [], title="Lula to host Macron", published="2023-06-02")
    analysis = next(analyse_batch([article]))
    store.save(analysis)
    visitor = next(a for a, actor in analysis.actors.items() if actor.name == "Emmanuel Macron")
    found = find_quotes(store, QuoteFilter(mentioned=(visitor,), rollup=False))
    assert [(q["text"][:22], q["speaker_text"]) for q in found] == [("open a new chapter in ", "Lula")]
    # the story's other quote, about something else, is one the filter leaves out
    assert any("soybeans" in q["text"] for q in find_quotes(store, QuoteFilter(rollup=False)))
