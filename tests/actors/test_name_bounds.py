"""Registry names are read inside one sentence: a longer name cut by a full stop is two phrases."""

from __future__ import annotations

import datetime

from tests.actors.conftest import at, resolver_on


def test_a_name_cut_by_a_sentence_end_is_the_shorter_name_before_it(nlp, registry):
    run = resolver_on(nlp, registry, datetime.date(2023, 3, 20))
    whole_text, whole, _ = run("Diplomats said the United Nations Security Council would vote on Friday.")
    cut_text, cut, _ = run("Diplomats said the resolution now lay with the United Nations. Security was tight as envoys arrived.")
    council, body = at(whole_text, whole, "United Nations Security Council"), at(cut_text, cut, "United Nations")
    assert council.actor_id != body.actor_id
    assert body.sentence == 0
    assert not any(m.text.startswith("United Nations Security") for m in cut)
