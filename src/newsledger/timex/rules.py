"""Patterns for English time expressions and the handlers that turn a match into a TIMEX3 value.

Each rule is a compiled regex and a handler(match, context) -> Found | None. A handler
returning None vetoes the match. Values that depend on an earlier expression of the
document ("a year earlier", "the quarter") come back as ANAPHOR values for the tagger's
second pass to resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Callable

from . import calendar as cal
from .lexicon import alternation, lexicon, lookup, number_value
from .tense import FUTURE, PAST


@dataclass
class Found:
    type: str
    value: str | None
    value_end: str | None = None


@dataclass
class Context:
    text: str
    dct: date | None
    direction: Callable[[int, int], int]
    # whether the clause of a character span is a present simple (tense.scheduled_present); False without a parse
    scheduled: Callable[[int, int], bool] = lambda start, end: False
    # whether the clause of a character span is in the present tense (tense.present_clause); False without a parse
    present: Callable[[int, int], bool] = lambda start, end: False
    # whether the clause of a character span tells an act as done (tense.told_as_done); False without a parse
    done: Callable[[int, int], bool] = lambda start, end: False

    def tense(self, m: re.Match) -> int:
        return self.direction(m.start(), m.end())


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    handler: Callable[[re.Match, Context], Found | None]
    needs: tuple[str, ...] = ()  # see `rule_needs`; () when any text may hold a match
    needs_too: tuple[str, ...] = ()  # see `rule_needs_too`: words one of which every match holds as well
    finder: re.Pattern = field(init=False)  # `pattern` for text in lower case (tagger.fold_case)

    def __post_init__(self) -> None:
        self.finder = case_sensitive_copy(self.pattern)


def anaphor(unit: str, amount: int) -> str:
    return f"ANAPHOR:{unit}:{amount}"


# ---------------------------------------------------------------- regex pieces


def _words(table: str) -> str:
    return alternation(lexicon()[table])


def _full_months() -> list[str]:
    return [w for w in lexicon()["months"] if len(w) > 3 or w == "may"]


def _full_weekdays() -> list[str]:
    return [w for w in lexicon()["weekdays"] if len(w) > 5]


@lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    months = lexicon()["months"]
    full = _full_months()
    short = [w for w in months if len(w) <= 4 and w != "may"]
    number_word = alternation([w for w in lexicon()["numbers"] if w not in ("a", "an", "half")])
    return {
        "MONTH": "(?:" + alternation(full) + "|" + alternation(short) + r"\.?)",
        "MONTHFULL": alternation([w for w in full if w not in ("sept",)]),
        "WEEKDAY": alternation(_full_weekdays()),
        "NUM": rf"(?:\d+(?:\.\d+)?|an?|half|{number_word}(?:[- ]{number_word})?)",
        "VAGUE": _words("vague_numbers"),
        "FILLER": _words("duration_fillers"),
        "UNIT": r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?",
        "SEASON": _words("seasons"),
        "PART": _words("day_parts"),
        "ORD": r"(?:first|second|third|fourth|1st|2nd|3rd|4th)",
        "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
        "YEAR": r"(?:1[5-9]\d\d|20\d\d)",
        "DASH": r"\s*(?:-|–|—|to|through|thru|until|and)\s*",
        "EDGE": r"(?:early|late|mid-?|the\s+(?:end|beginning|start|middle|first\s+half|second\s+half)\s+of)",
    }


def compile_rule(pattern: str) -> re.Pattern:
    return re.compile(r"(?<![\w$])" + pattern.format(**pieces()) + r"(?![\w%])", re.I)


# An escape ("\S", "\\") or a named group's "(?P" is kept as written; any other capital letter is a letter to match.
ESCAPE_OR_CAPITAL = re.compile(r"\\.|\(\?P|[A-Z]", re.S)


def case_sensitive_copy(pattern: re.Pattern) -> re.Pattern:
    """A case-blind `pattern` as a case-sensitive one with its letters in lower case: on a text folded by
    ``tagger.fold_case`` it matches where, and as far as, `pattern` does on the text, since both make the same
    test at every step. Python's regex engine scans about a third faster without re.I (measured on Reuters
    stories), and every text is scanned by most rules. Raises ValueError for a pattern with a non-ASCII letter
    that has a case, which the fold leaves as it is."""
    cased = [c for c in pattern.pattern if not c.isascii() and c.lower() != c.upper()]
    if cased:
        raise ValueError(f"timex pattern {pattern.pattern[:40]!r}…: letter {cased[0]!r} is not ASCII")
    source = ESCAPE_OR_CAPITAL.sub(lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), pattern.pattern)
    return re.compile(source, pattern.flags & ~re.I)


# ---------------------------------------------------------------- shared helpers

UNIT_LETTER = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
               "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
               "century": "CE", "centurie": "CE"}
TIME_UNITS = {"second", "minute", "hour"}


def unit_name(word: str) -> str:
    word = word.lower()
    return word[:-1] if word.endswith("s") and word[:-1] in UNIT_LETTER else word


def duration(amount: float | None, unit: str) -> str:
    """P3D, PT16H, P2Y, PXY, P10Y (decade), P6M (half a year)."""
    unit = unit_name(unit)
    letter = UNIT_LETTER[unit]
    if unit == "fortnight":
        amount = (amount or 1) * 2 if amount is not None else None
    if letter == "DE":
        letter, amount = "Y", None if amount is None else amount * 10
    if letter == "CE":
        letter, amount = "Y", None if amount is None else amount * 100
    prefix = "PT" if unit in TIME_UNITS else "P"
    if amount is not None and amount != int(amount) and (prefix, letter) in FRACTION_UNIT:
        return _with_fraction(amount, letter, prefix)
    count = "X" if amount is None else _number_text(amount)
    return f"{prefix}{count}{letter}"


# a fraction of a unit is written in the next smaller one: "2 1/2 years" is P2Y6M, not P2.5Y
# (prefix, unit) -> (smaller units per unit, smaller unit, separator before it)
FRACTION_UNIT = {("P", "Y"): (12, "M", ""), ("P", "D"): (24, "H", "T"), ("PT", "H"): (60, "M", ""), ("PT", "M"): (60, "S", "")}


def _with_fraction(amount: float, letter: str, prefix: str) -> str:
    per_unit, smaller, separator = FRACTION_UNIT[(prefix, letter)]
    whole = int(amount)
    head = f"{prefix}{whole}{letter}" if whole else prefix
    return f"{head}{separator}{round((amount - whole) * per_unit)}{smaller}"


def _number_text(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else str(amount)


def year_near(ctx: Context, month: int, day: int, m: re.Match) -> int:
    """The year of a month/day written without one: the nearest to the DCT, tense breaking ties.
    A day the month never has ("June 31") keeps the DCT's year; the caller's date check rejects it."""
    base = ctx.dct.year
    candidates = [d for d in (cal.safe_date(y, month, day) for y in (base - 1, base, base + 1)) if d]
    direction = ctx.tense(m)
    def distance(d: date) -> float:
        gap = (d - ctx.dct).days
        wrong_side = (gap > 0 and direction == PAST) or (gap < 0 and direction == FUTURE)
        return abs(gap) + (120 if wrong_side else 0)
    return min(candidates, key=distance).year if candidates else base


def month_number(word: str) -> int:
    return lookup("months", word)


def _year(text: str | None) -> int | None:
    return int(text) if text else None


# ---------------------------------------------------------------- handlers: absolute dates


def numeric_date(m: re.Match, ctx: Context) -> Found | None:
    """2023-03-20, 20.03.2023 (day first), 3/20/2023 or 03/20/89 (month first)."""
    a, b, year = m.group("a"), m.group("b"), m.group("y")
    if m.group("sep") == "-":
        day = cal.safe_date(int(a), int(b), int(year))
    else:
        year_number = int(year) if len(year) == 4 else 1900 + int(year) if int(year) > 30 else 2000 + int(year)
        first, second = int(a), int(b)
        month, day_number = (second, first) if m.group("sep") == "." or first > 12 else (first, second)
        day = cal.safe_date(year_number, month, day_number)
    return Found("DATE", day.isoformat()) if day else None


def month_day(m: re.Match, ctx: Context) -> Found | None:
    """March 20, 2023 / March 20-23, 2023 / 20 March 2023 / Dec. 30."""
    month = month_number(m.group("month"))
    if m.group("month").lower() == "may" and not m.group("month")[0].isupper():
        return None
    d1 = int(re.match(r"\d+", m.group("d1")).group(0))
    d2 = m.groupdict().get("d2") and int(re.match(r"\d+", m.group("d2")).group(0))
    year = _year(m.groupdict().get("year"))
    if year is None:
        if ctx.dct is None:
            return Found("DATE", f"XXXX-{month:02d}-{d1:02d}")
        year = year_near(ctx, month, d1, m)
    start = cal.safe_date(year, month, d1)
    end = cal.safe_date(year, month, d2) if d2 else None
    if start is None or (d2 and (end is None or end <= start)):
        return None
    return Found("DATE", start.isoformat(), end.isoformat() if end else None)


def week_of_date(m: re.Match, ctx: Context) -> Found | None:
    """'the week of March 6': the calendar week that holds the date."""
    found = month_day(m, ctx)
    if found is None or found.value.startswith("X"):
        return found
    return Found("DATE", cal.week_value(date.fromisoformat(found.value)))


def month_year(m: re.Match, ctx: Context) -> Found | None:
    month = month_number(m.group("month"))
    return Found("DATE", cal.month_value(int(m.group("year")), month))


# A word before a month name that makes it the month, not the noun or verb "march" ("in March to sign").
TIME_WORD_BEFORE = re.compile(
    r"\b(?:in|from|since|until|till|by|before|after|during|through|last|next|this|early|late|mid|end\s+of)[\s-]+$", re.I)


def month_alone(m: re.Match, ctx: Context) -> Found | None:
    """'March', 'last November', 'early December': the nearest such month, by tense or modifier."""
    word = m.group("month")
    if word.lower() == "may" and not (word[0].isupper() and m.group("rel")):
        return None
    time_word = m.group("rel") or TIME_WORD_BEFORE.search(ctx.text, 0, m.start())
    if word.lower() == "march" and (word[0].islower() or (
            not time_word and re.match(r"\s+(?:of|for|on|to)\b", ctx.text[m.end():]))):
        return None  # the noun: "the March for Life"; after "in", "from", "last"... the month ("in March to sign")
    month = month_number(word)
    if ctx.dct is None:
        return Found("DATE", f"XXXX-{month:02d}")
    if m.group("year_rel"):  # "June last year", "August of next year"
        return Found("DATE", cal.month_value(ctx.dct.year + STEP[m.group("year_rel").lower()], month))
    rel = (m.group("rel") or "").lower()
    direction = {"last": PAST, "since": PAST, "next": FUTURE, "by": FUTURE, "until": FUTURE}.get(rel) or _direction(ctx, m)
    if rel in ("", "in") and ctx.done(m.start(), m.end()):
        rel = "since"  # "was murdered in June": an act told as done, in the latest such month not after the story
    return Found("DATE", cal.month_value(_month_year(ctx.dct, month, rel, direction), month))


def _direction(ctx: Context, m: re.Match) -> int:
    """PAST or FUTURE for a weekday, month or season named without a year: a scheduled present simple ("the
    talks resume in August", "Xi flies to Tokyo on Friday") looks ahead like a future (tense.scheduled_present),
    else the clause's tense decides."""
    return FUTURE if ctx.scheduled(m.start(), m.end()) else ctx.tense(m)


def _month_year(dct: date, month: int, rel: str, direction: int) -> int:
    """'last'/'next'/'since' are strict; otherwise the nearest such month, the clause's direction breaking near-ties."""
    if rel == "this":
        return dct.year
    if rel == "last":
        return dct.year - 1 if month >= dct.month else dct.year
    if rel == "next":
        return dct.year + 1 if month <= dct.month else dct.year
    if rel == "since":  # the latest such month not after the story's ("since March" in November)
        return dct.year if month <= dct.month else dct.year - 1
    def cost(year: int) -> int:
        gap = (year - dct.year) * 12 + month - dct.month
        # a month behind a clause about what is to come is all but impossible ("will resume talks in March",
        # written in June, is next March); a past clause may still speak of a month ahead of the story
        penalty = 12 if gap < 0 and direction == FUTURE else 3 if gap > 0 and direction == PAST else 0
        return abs(gap) + penalty
    return min((dct.year - 1, dct.year, dct.year + 1), key=cost)


def year_only(m: re.Match, ctx: Context) -> Found | None:
    year = m.group("year")
    before = ctx.text[max(0, m.start() - 2):m.start()]
    if re.search(r"[\d.,$#]\s?$", before) or re.match(r"\s*(?:[-–]\s*\d|,\d{3})", ctx.text[m.end():]):
        return None
    return Found("DATE", year)


def decade(m: re.Match, ctx: Context) -> Found | None:
    """the 1990s -> 199; the '80s -> 198."""
    digits = m.group("decade")
    if len(digits) == 2:
        century = "19" if int(digits) > 20 else "20"
        digits = century + digits
    return Found("DATE", digits[:3])


def century(m: re.Match, ctx: Context) -> Found | None:
    """the 20th century -> 19 (TIMEX3 centuries are written by their first two digits)."""
    word = m.group("nth").lower()
    number = int(re.match(r"\d+", word).group(0)) if word[0].isdigit() else lookup("ordinals", word)
    return Found("DATE", f"{number - 1:02d}") if number else None


def season(m: re.Match, ctx: Context) -> Found | None:
    """'the spring of 2023' -> 2023-SP; 'the autumn of last year' and 'last fall' -> the previous autumn."""
    word = m.group("season")
    after = ctx.text[m.end():m.end() + 2]
    if word[0].isupper() and re.match(r" [A-Z]", after) and not m.group("year"):
        return None  # "Winter Olympics", "Spring Festival"
    code = lookup("seasons", word)
    rel = (m.group("rel") or "").lower()
    if word.lower() == "fall" and not (rel or m.group("year")):
        return None
    if m.group("year"):
        return Found("DATE", f"{m.group('year')}-{code}")
    if ctx.dct is None:
        return Found("DATE", f"XXXX-{code}")
    if m.group("year_rel"):
        return Found("DATE", f"{ctx.dct.year + STEP[m.group('year_rel').lower()]}-{code}")
    return Found("DATE", f"{_season_year(ctx, code, rel, m)}-{code}")


def _season_year(ctx: Context, code: str, rel: str, m: re.Match) -> int:
    start = cal.season_start(ctx.dct.year, code)
    current = start <= ctx.dct < cal.add_months(start, 3) or (code == "WI" and ctx.dct.month <= 2)
    year = ctx.dct.year - 1 if code == "WI" and ctx.dct.month <= 2 else ctx.dct.year
    if rel == "this" or (rel in ("", "the") and current):  # "in the spring" said in spring: this one
        return year
    # a season named in a present clause ("Russia prepares spring offensive") is the current or the next one
    present = ctx.present(m.start(), m.end())
    direction = {"last": PAST, "next": FUTURE}.get(rel) or (FUTURE if present else _direction(ctx, m))
    if direction == PAST:
        return year - 1 if start > ctx.dct or current else year
    return year + 1 if start < ctx.dct else year


def quarter(m: re.Match, ctx: Context) -> Found | None:
    """'the third quarter', 'third-quarter', 'Q3 2023', 'the first half of 2023', 'the quarter'."""
    which = (m.group("which") or "").lower()
    half = m.group("unit").lower() in ("half", "h")
    letter = "H" if half else "Q"
    number = _ordinal_number(which)
    year = _year(m.groupdict().get("year") or m.groupdict().get("year2"))
    rel = (m.groupdict().get("rel") or "").lower()
    if rel and ctx.dct:
        year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[rel]
    if number is None and half and which == "last" and year:
        number = 2  # "the last half of 1989"
    if number is None:
        return _relative_quarter(which, letter, year, ctx)
    if year is None:
        if ctx.dct is None:
            return Found("DATE", f"XXXX-{letter}{number}")
        current = cal.quarter_of(ctx.dct) if letter == "Q" else (ctx.dct.month - 1) // 6 + 1
        future = ctx.tense(m) == FUTURE
        year = ctx.dct.year - 1 if number > current and not future else ctx.dct.year
    return Found("DATE", f"{year}-{letter}{number}")


def _ordinal_number(word: str) -> int | None:
    digits = re.match(r"[1-4]", word)
    if digits:
        return int(digits.group(0))
    return lookup("ordinals", word) if word else None


def _relative_quarter(which: str, letter: str, year: int | None, ctx: Context) -> Found | None:
    if year is not None and not which:
        return Found("DATE", anaphor("QY", year))
    if letter == "H" or ctx.dct is None:
        return None
    if which in ("year-ago", "year-earlier"):
        return Found("DATE", anaphor("Q", -4))
    if which in ("", "latest", "same", "recent"):
        return Found("DATE", anaphor("Q", 0))
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0}.get(which)
    if step is None:
        return None
    return Found("DATE", cal.at_granularity(cal.shift(ctx.dct, "Q", step), "Q"))


def year_ago_quarter(m: re.Match, ctx: Context) -> Found | None:
    """'the year-ago quarter', 'the corresponding period last year': the current quarter a year back."""
    text = m.group(0).lower()
    if "same" in text and not re.search(r"ago|earlier|last", text):
        return Found("DATE", anaphor("Q", 0))
    return Found("DATE", anaphor("Q", -4))


# ---------------------------------------------------------------- handlers: relative dates

STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1, "this": 0, "current": 0}


def relative_unit(m: re.Match, ctx: Context) -> Found | None:
    """'last year', 'next month', 'this week', 'earlier this year', 'the following year'."""
    rel = m.group("rel").lower()
    unit = UNIT_LETTER[unit_name(m.group("unit"))]
    # "the past year" is annotated as the calendar year before, like "last year"; only
    # "the previous/following year" leans on the story's own timeline
    if m.group("the") and rel in ("previous", "following"):
        return Found("DATE", anaphor(unit, STEP[rel]))
    if ctx.dct is None:
        return Found("DATE", cal.UNANCHORED.get(unit, "XXXX"))
    return Found("DATE", cal.at_granularity(cal.shift(ctx.dct, unit, STEP[rel]), unit))


def weekend(m: re.Match, ctx: Context) -> Found | None:
    if ctx.dct is None:
        return Found("DATE", "XXXX-WXX-WE")
    step = STEP.get((m.group("rel") or "").lower())
    if step is None:
        step = 0 if ctx.dct.isoweekday() >= 5 or ctx.tense(m) == FUTURE else -1
    return Found("DATE", cal.week_value(ctx.dct + timedelta(weeks=step)) + "-WE")


def counted_span(m: re.Match, ctx: Context) -> Found | None:
    """'the past two months', 'the next five years', 'the first nine months' (of a fiscal year): durations."""
    return Found("DURATION", duration(number_value(m.group("num")), m.group("unit")))


def ago(m: re.Match, ctx: Context) -> Found | None:
    """'two years ago' -> the year two years before the DCT; 'a year earlier' -> after the last date."""
    unit = UNIT_LETTER[unit_name(m.group("unit"))]
    if unit in ("S", "H") or unit_name(m.group("unit")) == "minute":
        return None
    amount = number_value(m.group("num")) if m.group("num") else None
    word = m.group("dir").lower()
    sign = 1 if word in ("later", "from now", "hence", "after") else -1
    if amount is None or amount != int(amount):
        return Found("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if word in ("ago", "from now") and not (unit == "Y" and amount == 1):
        return _from_dct(ctx, unit, sign * int(amount))
    if unit != "Y":
        return None  # "three days later" is annotated as the duration "three days"
    return Found("DATE", anaphor(unit, sign * int(amount)))


def relative_day(m: re.Match, ctx: Context) -> Found | None:
    """'the next day', 'the following day', 'the day before': a day after or before the last date the story gave
    ("Modi arrived on Tuesday. The next day he addressed Congress": Wednesday); 'later that day', 'earlier in the
    day', 'the same day': that date itself."""
    if not m.group("rel") and not m.group("dir"):
        return Found("DATE", anaphor("D", 0))
    back = (m.group("rel") or "").lower() in ("previous", "preceding") or (m.group("dir") or "").lower() == "before"
    return Found("DATE", anaphor("D", -1 if back else 1))


def _from_dct(ctx: Context, unit: str, amount: int) -> Found:
    if ctx.dct is None:
        return Found("DATE", cal.UNANCHORED.get(unit, "XXXX"))
    return Found("DATE", cal.at_granularity(cal.shift(ctx.dct, unit, amount), unit))


def year_earlier_adjective(m: re.Match, ctx: Context) -> Found | None:
    return Found("DATE", anaphor("Y", -1))


def weekday(m: re.Match, ctx: Context) -> Found | None:
    """'Friday', 'last Friday', 'Monday morning': the nearest such day in the clause's direction;
    'Monday last week', 'next week on Monday': that week's day."""
    word = m.group("wd")
    if not word[0].isupper():
        return None
    number = lookup("weekdays", word)
    if ctx.dct is None:
        return Found("DATE", f"XXXX-WXX-{number}")
    # "Friday night": TimeBank annotators mostly give the day alone, so the part of day is dropped
    return Found("DATE", _weekday_date(ctx, number, (m.group("rel") or "").lower(), m).isoformat())


WEEK_BEFORE = re.compile(r"\b(last|next|this|coming)\s+week(?:'s)?\s*,?\s*(?:from|on|between)?\s*$", re.I)
WEEK_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?(last|next|this|coming)\s+week\b(?!'s)", re.I)  # "on Monday last week"


def _weekday_date(ctx: Context, number: int, rel: str, m: re.Match) -> date:
    week = WEEK_BEFORE.search(ctx.text[max(0, m.start() - 30):m.start()]) or WEEK_AFTER.match(ctx.text, m.end())
    if week and not rel:
        monday = ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1)
        return monday + timedelta(weeks=STEP[week.group(1).lower()], days=number - 1)
    if rel == "last":
        return cal.weekday_near(ctx.dct - timedelta(days=1), number, PAST)
    if rel in ("next", "coming"):
        return cal.weekday_near(ctx.dct + timedelta(days=1), number, FUTURE)
    if rel == "this":
        return cal.weekday_near(ctx.dct - timedelta(days=ctx.dct.isoweekday() - 1), number, FUTURE)
    return cal.weekday_near(ctx.dct, number, _direction(ctx, m))  # "Xi flies to Tokyo on Friday": the next Friday


def weekday_range(m: re.Match, ctx: Context) -> Found | None:
    """'Monday through Wednesday', 'from Monday to Wednesday': both ends in the clause's direction."""
    first, last = m.group("wd1"), m.group("wd2")
    if not (first[0].isupper() and last[0].isupper()):
        return None
    a, b = lookup("weekdays", first), lookup("weekdays", last)
    if ctx.dct is None:
        return Found("DATE", f"XXXX-WXX-{a}", f"XXXX-WXX-{b}")
    start = _weekday_date(ctx, a, (m.group("rel") or "").lower(), m)
    end = start + timedelta(days=(b - a) % 7)
    return Found("DATE", start.isoformat(), end.isoformat())


def deictic_day(m: re.Match, ctx: Context) -> Found | None:
    """today, yesterday, tomorrow, tonight, last night, this morning, yesterday afternoon."""
    word = re.sub(r"\s+", " ", m.group("day").lower())
    offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "last": -1, "this": 0}[word.split()[0]]
    part = lookup("day_parts", m.group("part")) if m.group("part") else ("NI" if word == "last" else None)
    if ctx.dct is None:
        return Found("DATE", "XXXX-XX-XX")
    day = (ctx.dct + timedelta(days=offset)).isoformat()
    return Found("TIME", f"{day}T{part}") if part else Found("DATE", day)


def reference_word(m: re.Match, ctx: Context) -> Found | None:
    """now, recently, soon, the future, in the coming months."""
    return Found("DATE", lookup("deictic", m.group(0)))


def holiday(m: re.Match, ctx: Context) -> Found | None:
    name = re.sub(r"\s+", " ", m.group("name").lower())
    year = _year(m.group("year"))
    if name.startswith("thanksgiving"):
        month, day = 11, None
    else:
        month, day = lexicon()["holidays"][name.replace("’", "'")]
    if year is None and ctx.dct is None:
        return Found("DATE", f"XXXX-{month:02d}-{day or 'XX'}")
    year = year or year_near(ctx, month, day or 25, m)
    found = cal.nth_weekday(year, 11, 4, 4) if day is None else date(year, month, day)
    return Found("DATE", found.isoformat())


# ---------------------------------------------------------------- handlers: durations, sets, times


def counted_duration(m: re.Match, ctx: Context) -> Found | None:
    """'three days', '13 months', 'two-year', 'several years', 'weeks'."""
    num = (m.group("num") or "").lower()
    unit = unit_name(m.group("unit"))
    if _not_a_duration(m, ctx, num, unit):
        return None
    if num.startswith("recent") and unit == "year":
        return Found("DATE", "PAST_REF")
    if num.startswith("recent"):
        return Found("DURATION", duration(None, unit))
    if num.startswith("coming"):
        return Found("DATE", "FUTURE_REF")
    amount = 2 if "couple" in num else number_value(num) if num else None
    if amount is not None and (m.group("half") or m.group("and_half")):
        amount += 0.5
    if amount == 0.5:
        return Found("DURATION", duration(6, "month") if unit == "year" else duration(None, unit))
    return Found("DURATION", duration(amount, unit))


def _not_a_duration(m: re.Match, ctx: Context, num: str, unit: str) -> bool:
    """Ages ('a 6-year-old'), fractions ('three-quarters'), ordinals ('a second term'), bare singulars, huge numbers."""
    if re.match(r"[- ]old\b", ctx.text[m.end():m.end() + 4]):
        return True
    if unit in ("quarter", "second") and num in ("a", "an", "three", "one"):
        return True
    if not num:
        return not m.group("unit").lower().endswith("s")
    amount = number_value(num)
    if amount is None:
        return not re.fullmatch(pieces()["VAGUE"], num, re.I)
    return amount >= 1000


def nth_unit(m: re.Match, ctx: Context) -> Found | None:
    """'now in its 13th month': the span so far is a duration."""
    return Found("DURATION", duration(int(m.group("n")), m.group("unit")))


def frequency(m: re.Match, ctx: Context) -> Found | None:
    """'daily', 'annual'; 'quarterly' before a noun ('quarterly dividend') is a reporting term, not a time."""
    word = m.group(0).lower()
    if word == "quarterly" and re.match(r"\s+(?!and\b|or\b|to\b|in\b|on\b)[a-z]", ctx.text[m.end():m.end() + 6]):
        return None
    return Found("SET", lookup("sets", word))


def year_end(m: re.Match, ctx: Context) -> Found | None:
    """'year-end', 'the end of the year': the DCT's year (TIMEX3 marks the end with a modifier, not in the value)."""
    return Found("DATE", str(ctx.dct.year) if ctx.dct else "XXXX")


def the_unit(m: re.Match, ctx: Context) -> Found | None:
    """'the year', 'that month', 'later in the year': the period last talked about."""
    unit = UNIT_LETTER[m.group("unit").lower()]
    if "current" in m.group(0).lower() and ctx.dct:
        return Found("DATE", cal.at_granularity(ctx.dct, unit))
    if re.match(r"\s+end(?:ed|ing)\b", ctx.text[m.end():m.end() + 8]):
        return Found("DURATION", duration(1, m.group("unit")))  # "the year ended Sept. 30": a reporting period
    return Found("DATE", anaphor(unit, 0))


def spelled_year(m: re.Match, ctx: Context) -> Found | None:
    """'nineteen ninety-six' -> 1996; 'the year two thousand' -> 2000."""
    if m.group("thousand"):
        rest = number_value(m.group("rest2")) if m.group("rest2") else 0
        return Found("DATE", f"{2000 + int(rest or 0):04d}")
    century = number_value(m.group("century"))
    rest = number_value(m.group("rest"))
    if century is None or rest is None or rest >= 100:
        return None
    return Found("DATE", f"{int(century) * 100 + int(rest):04d}")


def spelled_decade(m: re.Match, ctx: Context) -> Found | None:
    """'the nineties' -> 199."""
    tens = number_value(m.group("tens").lower().replace("ies", "y"))
    century = 20 if m.group("century") and m.group("century").lower().startswith("two") else 19
    return Found("DATE", f"{century}{int(tens) // 10}") if tens else None


def every(m: re.Match, ctx: Context) -> Found | None:
    """'every year', 'each month', 'a year' after an amount, 'every Monday', 'each July'."""
    if m.group("wd"):
        return Found("SET", f"XXXX-WXX-{lookup('weekdays', m.group('wd'))}")
    if m.group("month"):
        return Found("SET", f"XXXX-{month_number(m.group('month')):02d}")
    amount = number_value(m.group("num")) if m.group("num") else 1
    return Found("SET", duration(amount, m.group("unit")))


def clock_time(m: re.Match, ctx: Context) -> Found | None:
    """'10 a.m.', '3:30 p.m.', 'noon': a time on the DCT's day."""
    if m.group("word"):
        hour, minute = (12, 0) if m.group("word").lower() == "noon" else (0, 0)
    else:
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        if hour > 12 or minute > 59:
            return None
        pm = m.group("ampm").lower().startswith("p")
        hour = hour % 12 + (12 if pm else 0)
    day = _clock_day(m, ctx)
    return Found("TIME", f"{day}T{hour:02d}:{minute:02d}")


def _clock_day(m: re.Match, ctx: Context) -> str:
    if ctx.dct is None:
        return "XXXX-XX-XX"
    if m.group("month"):
        found = month_day(m, ctx)
        return found.value if found else ctx.dct.isoformat()
    word = (m.group("wd") or "").lower()
    offsets = {"today": 0, "yesterday": -1, "tomorrow": 1}
    if word in offsets:
        return (ctx.dct + timedelta(days=offsets[word])).isoformat()
    if word:
        return _weekday_date(ctx, lookup("weekdays", word), "", m).isoformat()
    return ctx.dct.isoformat()


# ---------------------------------------------------------------- the rule table

RULE_SPECS: list[tuple[str, str, Callable]] = [
    ("numeric date", r"(?P<a>\d{{1,4}})(?P<sep>[-./])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})", numeric_date),
    ("month day", r"(?:{EDGE}\s+)?(?P<month>{MONTH})\s*(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?(?:,?\s*(?P<year>{YEAR}))?", month_day),
    ("day month", r"(?:the\s+)?(?P<d1>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s+(?:of\s+)?(?P<month>{MONTH})(?:,?\s*(?P<year>{YEAR}))?", month_day),
    ("month year", r"(?:{EDGE}\s+)?(?P<month>{MONTHFULL}|{MONTH})(?:\s+of)?,?\s+(?P<year>{YEAR})", month_year),
    ("month", r"(?:(?P<rel>last|next|this|early|late|mid|since|in|until|by|the\s+end\s+of)(?:\s+|-))?(?P<month>{MONTHFULL})(?:\s+(?:of\s+)?(?P<year_rel>last|this|next)\s+year)?", month_alone),
    ("decade", r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:'|’)?(?P<decade>(?:1[5-9]|20)?\d0)(?:'|’)?s", decade),
    ("century", r"(?:the\s+)?(?P<nth>\d{{2}}(?:st|nd|rd|th)|\w+(?:-first)?)\s+century", century),
    ("season", r"(?:(?P<rel>last|next|this|early|late|the|mid-?)\s+)?(?P<season>{SEASON})(?:\s+(?:of\s+)?(?P<year>{YEAR})|\s+of\s+(?P<year_rel>this|last|next)\s+year)?", season),
    ("quarter", r"(?:the\s+)?(?:(?P<which>{ORD}|latest|last|previous|past|next|coming|this|current|same|recent|year-ago|year-earlier)[- ]+)?(?:fiscal[- ]+)?(?P<unit>quarter|half|(?<=latest\s)period|(?<=same\s)period)(?:\s+of\s+(?:fiscal\s+)?(?P<year>{YEAR})|\s+of\s+(?P<rel>this|last|next)\s+year|,?\s+(?P<year2>{YEAR}))?", quarter),
    ("year quarter", r"(?:the\s+)?(?P<year>{YEAR})\s+(?:(?P<which>{ORD})[- ]+)?(?P<unit>quarter|half|period)", quarter),
    ("relative year quarter", r"(?P<rel>this|last|next)\s+year's\s+(?:(?P<which>{ORD})[- ]+)?(?P<unit>quarter|half|period)", quarter),
    ("year-ago quarter", r"(?:the\s+)?(?:(?:same|corresponding|comparable|year-ago|year-earlier)\s+)+(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+\d{{4}}))?|(?:the\s+)?quarter\s+a\s+year\s+(?:ago|earlier)|year-(?:ago|earlier)\s+period", year_ago_quarter),
    ("q quarter", r"(?P<unit>Q|H)(?P<which>[1-4])(?:\s+(?P<year>{YEAR}))?", quarter),
    ("nine months", r"the\s+(?:first\s+)?(?P<num>{NUM})\s+(?P<unit>months)", counted_span),
    ("fiscal year", r"(?:fiscal|calendar|fiscal\s+year|FY)\s*(?P<year>{YEAR})", year_only),
    ("year", r"(?:(?:{EDGE}|(?:in|of)\s+the\s+year)\s+)?(?P<year>{YEAR})", year_only),
    ("relative unit", r"(?:(?:earlier|later|early|late|the\s+end\s+of|the\s+beginning\s+of|the\s+rest\s+of)\s+)?(?P<the>the\s+)?(?P<rel>last|next|this|past|previous|coming|following|current)\s+(?P<unit>week|month|year|decade|century)", relative_unit),
    ("relative day", r"the\s+(?P<rel>next|following|previous|preceding)\s+day|the\s+day\s+(?P<dir>before|after)(?=\s*[,.;:]|$)"
                     r"|(?:later|earlier)\s+that\s+day|(?:the|that)\s+same\s+day", relative_day),
    ("weekend", r"(?:(?P<rel>last|next|this|coming|past|the)\s+)?weekend", weekend),
    ("counted span", r"(?:the\s+)?(?:past|last|next|coming|previous|first|final|following)\s+(?P<num>{NUM})\s+(?P<unit>{UNIT})", counted_span),
    ("ago", r"(?:(?P<num>{NUM}|{VAGUE})\s*)?(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|later|from\s+now|hence)", ago),
    ("year-earlier", r"year-(?:earlier|ago)", year_earlier_adjective),
    ("week of date", r"the\s+week\s+of\s+(?P<month>{MONTH})\s*(?P<d1>{DAY})(?:,?\s*(?P<year>{YEAR}))?", week_of_date),
    ("weekday date", r"{WEEKDAY},?\s+(?P<month>{MONTH})\s*(?P<d1>{DAY})(?:,?\s*(?P<year>{YEAR}))?", month_day),
    ("weekday range", r"(?:from\s+)?(?:(?P<rel>last|next|this|coming)\s+)?(?P<wd1>{WEEKDAY})(?:{DASH})(?P<wd2>{WEEKDAY})", weekday_range),
    ("weekday", r"(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<part>{PART}))?", weekday),
    ("deictic day", r"(?P<day>today|tonight|yesterday|tomorrow|last\s+(?=night)|this\s+(?=morning|afternoon|evening))(?:\s*(?P<part>{PART}))?", deictic_day),
    ("year end", r"(?:(?:around|by|at|until)\s+)?(?:the\s+end\s+of\s+(?:the|this)\s+year|year[-\s]end|year's\s+end)", year_end),
    ("the unit", r"(?:(?:earlier|later)\s+in\s+)?(?P<det>the|that)\s+(?:same\s+|full\s+|fiscal\s+|current\s+fiscal\s+|entire\s+|whole\s+)?(?P<unit>year|month|week)(?!-)", the_unit),
    ("spelled year", r"(?:the\s+year\s+)?(?:(?P<century>nineteen|eighteen)[- ](?P<rest>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?P<thousand>two\s+thousand)(?:\s+(?:and\s+)?(?P<rest2>one|two|three|four|five|six|seven|eight|nine|ten))?)", spelled_year),
    ("spelled decade", r"the\s+(?:(?P<century>nineteen|two\s+thousand)\s+)?(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)", spelled_decade),
    ("reference word", alternation(lexicon()["deictic"]), reference_word),
    ("holiday", r"(?P<name>" + alternation(lexicon()["holidays"]) + r"|thanksgiving(?:\s+day)?)(?:,?\s+(?P<year>{YEAR}))?", holiday),
    ("nth unit", r"(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+(?P<unit>day|week|month|year)", nth_unit),
    ("every", r"(?:every|each|per|(?:(?<=\d\s)|(?<=%\s)|(?<=llion\s)|(?<=cents\s)|(?<=times\s)|(?<=twice\s)|(?<=once\s)|(?<=dollars\s))an?)\s+(?:(?P<num>{NUM})\s+)?(?:(?P<wd>{WEEKDAY})|(?P<month>{MONTHFULL})|(?P<unit>day|week|month|year|quarter|hour)s?)", every),
    ("duration", r"(?:(?P<num>{NUM}|{VAGUE})(?P<half>\s+1/2)?[- ]+(?:{FILLER}\s+)?)?(?P<unit>{UNIT})(?P<and_half>\s+and\s+a\s+half)?", counted_duration),
    ("frequency", alternation(lexicon()["sets"]), frequency),
    ("clock", r"(?:(?P<h>\d{{1,2}})(?::(?P<mi>\d{{2}}))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)|(?P<word>noon|midnight))(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET))?(?:,?\s+(?:(?P<wd>{WEEKDAY}|today|yesterday|tomorrow)|(?P<month>{MONTH})\s*(?P<d1>{DAY})))?", clock_time),
]


DIGIT = "<digit>"  # in a rule's needs: any character that \d matches


@lru_cache(maxsize=1)
def rule_needs() -> dict[str, tuple[str, ...]]:
    """Rule name -> words one of which every match of the rule holds, in any case (DIGIT: a digit), read
    off the part of its pattern that no match can leave out; the tagger runs a rule only on texts that
    hold one of its words (most texts hold no weekday, season or holiday). A rule not listed always runs."""
    lex = lexicon()
    units = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year", "decade",
             "centur")  # {UNIT}

    def last_words(table: str) -> tuple[str, ...]:  # a phrase's words are matched with any space between them
        return tuple(phrase.split()[-1] for phrase in lex[table])

    digit, months, weekdays = (DIGIT,), tuple(lex["months"]), tuple(_full_weekdays())
    return {
        "numeric date": digit,
        "month day": months,
        "day month": months,
        "month year": months,
        "month": tuple(_full_months()),
        "decade": ("0s", "0's", "0’s"),  # "1990s", "'90s", "the 2020’s"
        "century": ("century",),
        "season": last_words("seasons"),
        "quarter": ("quarter", "half", "period"),
        "year quarter": ("quarter", "half", "period"),
        "relative year quarter": ("year",),
        "year-ago quarter": ("quarter", "period"),
        "q quarter": ("q1", "q2", "q3", "q4", "h1", "h2", "h3", "h4"),
        "nine months": ("months",),
        "fiscal year": ("fiscal", "calendar", "fy"),
        "year": digit,
        "relative unit": ("week", "month", "year", "decade", "century"),
        "weekend": ("weekend",),
        "counted span": units,
        "ago": units,
        "year-earlier": ("year",),
        "week of date": ("week",),
        "weekday date": weekdays,
        "weekday range": weekdays,
        "weekday": weekdays,
        "deictic day": ("today", "tonight", "yesterday", "tomorrow", "last", "this"),
        "year end": ("year",),
        "the unit": ("year", "month", "week"),
        "spelled year": ("nineteen", "eighteen", "thousand"),
        "spelled decade": ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"),
        "reference word": last_words("deictic"),
        "holiday": (*last_words("holidays"), "thanksgiving"),
        "nth unit": digit,
        "every": (*weekdays, *_full_months(), "day", "week", "month", "year", "quarter", "hour"),
        "duration": units,
        "frequency": last_words("sets"),
        "clock": (DIGIT, "noon", "midnight"),
        "relative day": ("day",),
    }


@lru_cache(maxsize=1)
def rule_needs_too() -> dict[str, tuple[str, ...]]:
    """Rule name -> a second set of words one of which every match of the rule also holds, read off another part
    of its pattern that no match leaves out: a rule whose `rule_needs` words are common ("year", a digit) runs on
    the few texts that hold both ("two years ago", "the past three weeks", "the 3rd week")."""
    return {
        "ago": ("ago", "earlier", "later", "now", "hence"),  # "from now"
        "counted span": ("past", "last", "next", "coming", "previous", "first", "final", "following"),
        "nth unit": ("day", "week", "month", "year"),
    }


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    needs, needs_too = rule_needs(), rule_needs_too()
    return [Rule(name, compile_rule(spec), handler, needs.get(name, ()), needs_too.get(name, ()))
            for name, spec, handler in RULE_SPECS]
