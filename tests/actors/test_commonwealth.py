"""The Commonwealth of Nations is named by phrases that can only be it; "Commonwealth" alone opens other names."""

from __future__ import annotations

import datetime

import pytest

from tests.actors.conftest import at, resolver_on


@pytest.fixture
def run(nlp, registry):
    return resolver_on(nlp, registry, datetime.date(2026, 10, 23))


def test_commonwealth_leaders_are_the_commonwealth(run):
    text, mentions, _ = run("Commonwealth leaders meeting in Apia agreed to set up a climate fund for small states.")
    assert at(text, mentions, "Commonwealth leaders").actor_id == "IGOCWN"


def test_a_company_named_commonwealth_is_not_the_commonwealth(run):
    _, mentions, _ = run("Commonwealth Bank of Australia said its profit rose 4 percent in the year to June.")
    assert not [m for m in mentions if m.actor_id == "IGOCWN"]
