"""Each event says whose commitment its status is: the author's, or the source that reports it."""

from __future__ import annotations

from newsledger.interfaces.coding import code_text


def _events(text: str) -> list:
    return code_text(text, published="2024-05-06").events


def test_an_act_the_article_asserts_is_the_authors():
    events = [e for e in _events("Ghana expelled two Nigerian diplomats on Friday.") if e.cameo.startswith("16")]
    assert events and all(e.commitment == "author" for e in events)


def test_an_act_a_named_official_reports_is_that_sources():
    events = _events("Norway will not send tanks to Georgia, the Norwegian defence minister said on Monday.")
    sent = [e for e in events if e.trigger == "send"]
    assert sent and all(e.commitment and e.commitment.startswith("source:") and "minister" in e.commitment for e in sent)
