"""Calendar arithmetic and TIMEX3 value formats."""

from __future__ import annotations

import calendar as _calendar
import re
from datetime import date, timedelta

SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PART_MONTHS = {"Q": 3, "H": 6}  # months in a quarter or a half; a season has three
GRAIN = {10: "D", 8: "W", 7: "M", 4: "Y"}  # a calendar value's length -> its unit ("2023-03-20": a day)
UNITS = "DWMY"  # from the finest
PART_OF_YEAR = re.compile(r"^(\d{4})-(?:(SP|SU|FA|WI)|(Q[1-4]|H[12]))$")  # a season, quarter or half


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def shift(anchor: date, unit: str, amount: int) -> date:
    """The anchor moved by `amount` units (D, W, M, Q, Y, DE, CE)."""
    if unit == "D":
        return anchor + timedelta(days=amount)
    if unit == "W":
        return anchor + timedelta(weeks=amount)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}[unit] * amount
    return add_months(anchor, months)


def moved(value: str, unit: str, amount: int) -> str | None:
    """A TIMEX3 day, week, month or year value moved by `amount` units (D, W, M, Y), at its own
    granularity ("2024-03-05" and 2 D: "2024-03-07"; "2024-03" and -1 Y: "2023-03"); None for any other
    value or a unit finer than the value's ("2024-03" and 2 D: which days is unknown)."""
    days, grain = _days(value), GRAIN.get(len(value))
    if days is None or grain is None or UNITS.index(unit) < UNITS.index(grain):
        return None
    return at_granularity(shift(days[0], unit, amount), grain)


def at_granularity(day: date, unit: str) -> str:
    """The TIMEX3 value of the unit-sized period that holds `day`."""
    if unit == "D":
        return day.isoformat()
    if unit == "W":
        return week_value(day)
    if unit == "M":
        return month_value(day.year, day.month)
    if unit == "Q":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return f"{day.year:04d}"


def period(value: str | None, value_end: str | None = None) -> tuple[date, date] | None:
    """(first day, last day) of a TIMEX3 calendar value: a day, a week (2023-W12), a month or a year,
    through `value_end` when the value is a range; None for any other value (quarters, seasons,
    references such as FUTURE_REF, unanchored values)."""
    bounds = [_days(v) for v in (value, value_end or value)]
    if None in bounds:
        return None
    return bounds[0][0], bounds[1][1]


def first_day(value: str | None) -> date | None:
    """The first day of a TIMEX3 day (a time may follow it: "2023-03-17T10:00"), week, month or year
    value; None for any other value (quarters, seasons, weekends, references, unanchored values)."""
    if value and len(value) > 10 and value[10] == "T":
        value = value[:10]
    days = _days(value)
    return days[0] if days else None


def _days(value: str | None) -> tuple[date, date] | None:
    """(first day, last day) of a day, week, month or year value: the one parser of calendar values."""
    if not value or not value[:4].isdigit():
        return None
    try:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            day = date.fromisoformat(value)
            return day, day
        if len(value) == 8 and value[4:6] == "-W" and value[6:].isdigit():
            monday = date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
            return monday, monday + timedelta(days=6)
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            first = date(int(value[:4]), int(value[5:]), 1)
            return first, add_months(first, 1) - timedelta(days=1)
        if len(value) == 4:
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None


UNANCHORED = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Q": "XXXX-QX", "Y": "XXXX", "DE": "XXX", "CE": "XX"}


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The weekday (1=Monday) on or before (direction -1) or on or after (+1) the anchor."""
    delta = (weekday - anchor.isoweekday()) % 7
    if direction > 0:
        return anchor + timedelta(days=delta)
    return anchor - timedelta(days=(7 - delta) % 7)


def season_start(year: int, season: str) -> date:
    return date(year, SEASON_MONTH[season], 21)


def part_of_year_start(value: str | None) -> date | None:
    """The first day of a TIMEX3 season ("2025-SU"), quarter ("2025-Q3") or half ("2025-H2") value; None
    for any other value. Seasons start on the 21st of March, June, September and December (season_start),
    quarters and halves on the first of their first month."""
    match = PART_OF_YEAR.match(value or "")
    if match is None:
        return None
    year, season, part = int(match[1]), match[2], match[3]
    if season:
        return season_start(year, season)
    return date(year, 1 + (int(part[1]) - 1) * PART_MONTHS[part[0]], 1)


def part_of_year_end(value: str | None) -> date | None:
    """The last day of a TIMEX3 season ("2025-SU"), quarter ("2025-Q3") or half ("2025-H2") value; None
    for any other value. A season ends the day before the next one starts (season_start: the 21st of
    March, June, September, December), so summer 2025 ends on 2025-09-20 and winter 2025 on 2026-03-20."""
    start = part_of_year_start(value)
    if start is None:
        return None
    return add_months(start, PART_MONTHS.get(value[5], 3)) - timedelta(days=1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    first = date(year, month, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + timedelta(days=offset + 7 * (nth - 1))
