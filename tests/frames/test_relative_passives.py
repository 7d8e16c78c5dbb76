"""A passive relative clause's "who" or "which" is the noun the clause hangs on, as undergoer."""

from __future__ import annotations

import pytest

from newsledger.interfaces.coding import code_text


@pytest.mark.parametrize("sentence, trigger, target", [
    ("Hungary demanded access to a Hungarian aid worker who was detained by Serbian police near Subotica.",
     "detained", "HUN"),
    ("Kenya condemned the attack on a Somali convoy which was ambushed by al-Shabaab fighters.", "ambushed", "SOM"),
])
def test_the_noun_a_passive_relative_hangs_on_undergoes_it(sentence, trigger, target):
    events = code_text(sentence, "2026-03-04").events
    hits = [e for e in events if e.trigger == trigger]
    assert hits and all((e.target or "")[:3] == target for e in hits)
