"""The countries an article names (one count for titles without a country and for the geocoder's context), and
the layering that lets the geocoder use it: places reads actors, never the other way round."""

from __future__ import annotations

import datetime
import subprocess
import sys

from newsledger.actors import resolve
from newsledger.actors.countries import named_countries

TEXT = ("Japanese officials met a Kenyan envoy in Amman on Monday. A Japanese proposal on shipping was discussed "
        "at a meeting in Savannah, Georgia.")


def test_states_bodies_demonyms_and_places_are_counted_once_each(nlp, registry):
    doc = nlp(TEXT)
    mentions, actors = resolve(doc, datetime.date(2024, 6, 1), registry)
    counts = named_countries(doc, mentions, actors, registry)
    # "Georgia" after a US city is no country; Savannah (a GeoNames city) lies in the USA
    assert counts == {"JPN": 2, "KEN": 1, "JOR": 1, "USA": 1}
    assert named_countries(doc, [], {}, registry, places=False) == {"JPN": 2, "KEN": 1}  # demonyms alone
    assert "JOR" not in named_countries(doc, mentions, actors, registry, places=False)


def test_the_name_being_resolved_is_no_evidence_for_itself(nlp, registry):
    doc = nlp(TEXT)
    mentions, actors = resolve(doc, datetime.date(2024, 6, 1), registry)
    assert "JOR" not in named_countries(doc, mentions, actors, registry, leaving_out="amman")
    assert named_countries(doc, mentions, actors, registry, leaving_out="japanese")["JPN"] == 1  # the body stays


def test_the_actors_stage_does_not_import_the_geocoder():
    code = "import sys, newsledger.actors; sys.exit('newsledger.places' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
