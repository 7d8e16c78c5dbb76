"""The calendar part of a TIMEX3 value that the export's ISO dates allow."""

from __future__ import annotations

import pytest

from newsledger.store import calendar_date


@pytest.mark.parametrize("value, stored", [
    ("2026-03-04", "2026-03-04"),
    ("2026-03-04T10:00", "2026-03-04"),
    ("2026-W09", "2026-W09"),
    ("2026-W09-WE", "2026-W09"),  # "over the weekend": the ISO week that holds it, not the whole year
    ("2023-SP", "2023"),
    ("PRESENT_REF", None),
    ("XXXX-WXX-1", None),
])
def test_calendar_date_keeps_the_finest_part_the_export_allows(value, stored):
    assert calendar_date(value) == stored
