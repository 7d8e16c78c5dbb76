"""Find time expressions in a text and give each a TIMEX3 type and value."""

from __future__ import annotations

import bisect
import re
import string
from datetime import date, datetime

from ..nlp import check_time, sentence_spans
from ..records import Timex
from . import calendar as cal
from .rules import DIGIT, Context, Found, rules
from .tense import doc_direction, present_clause, scheduled_present, text_direction, told_as_done

SENTENCE_END = re.compile(r"\n+|(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
ANAPHOR = re.compile(r"ANAPHOR:(\w+):(-?\d+)")
QUARTER = re.compile(r"^\d{4}-Q\d$")
MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")
DIGIT_CHAR = re.compile(r"\d")
ABSOLUTE = re.compile(r"^\d{4}(?:-(?:Q\d|H\d|\d{2}(?:-\d{2})?))?$")
# What date arithmetic raises for a day outside Python's years 1 to 9999.
OUT_OF_CALENDAR = (ValueError, OverflowError)
# The non-ASCII characters Python's case-insensitive regexes match to ASCII letters: dotless i, long s,
# the Kelvin sign, and the dotted capital I, whose str.lower is two characters ("FRİDAY" -> "fri̇day").
# The rules see them as those letters (same length), so the handlers' word lookups find them.
ASCII_LOOKALIKES = str.maketrans({"ı": "i", "ſ": "s", "\u212a": "k", "İ": "i"})
# Every character a case-blind regex matches to an ASCII letter, as that letter in lower case: the capitals
# and the look-alikes.
CASE_FOLD = str.maketrans(string.ascii_uppercase, string.ascii_lowercase) | ASCII_LOOKALIKES


def sentence_starts(text: str, doc=None) -> list[int]:
    """Start offsets of the sentences: the parse's when a Doc is given, else a regex split."""
    if doc is not None:
        return [start for start, _ in sentence_spans(doc)] or [0]
    return [0] + [m.end() for m in SENTENCE_END.finditer(text)]


def tag(text: str, dct: date | None, doc=None) -> list[Timex]:
    """Every time expression of `text` as a Timex, in text order, values anchored to `dct`.

    An expression whose date would fall outside the years 1 to 9999 ("next year" in a text dated
    9999-12-20) is kept with no value. With a Doc, raises ``nlp.TimedOut`` past the Doc's deadline."""
    if isinstance(dct, datetime):
        dct = dct.date()
    starts = sentence_starts(text, doc)
    context = Context(text.translate(ASCII_LOOKALIKES), dct, _direction_finder(text, starts, doc))  # same length
    if doc is not None:
        context.scheduled = lambda start, end: scheduled_present(doc, start, end)
        context.present = lambda start, end: present_clause(doc, start, end)
        context.done = lambda start, end: told_as_done(doc, start, end)
    chosen = _select(_candidates(context, doc))
    return _resolve_anaphors(chosen, text, dct, starts)


def tag_between(text: str, earliest: date | None, latest: date | None, doc=None) -> list[Timex]:
    """Like `tag` for a text known only to date from `earliest` to `latest` (an inferred range): a
    value both ends give is kept ("last year" when the range lies in one year); one they disagree
    on gets the value the text alone gives ("Monday" -> XXXX-WXX-1), since the day is unknown."""
    if latest is None or latest == earliest:
        return tag(text, earliest, doc)
    first, last = tag(text, earliest, doc), {(t.start, t.end): t.value for t in tag(text, latest, doc)}
    unanchored = {(t.start, t.end): t.value for t in tag(text, None, doc)}
    for timex in first:
        if last.get((timex.start, timex.end)) != timex.value:
            timex.value = unanchored.get((timex.start, timex.end))
            timex.value_end = None
    return first


def _direction_finder(text: str, starts: list[int], doc):
    def direction(start: int, end: int) -> int:
        if doc is not None:
            found = doc_direction(doc, start, end)
            if found is not None:
                return found
        index = bisect.bisect_right(starts, start) - 1
        begin = starts[index]
        finish = starts[index + 1] if index + 1 < len(starts) else len(text)
        return text_direction(text[begin:finish], start - begin, end - begin)

    return direction


def fold_case(text: str) -> str:
    """`text` in lower case as the rules' case-blind patterns read it (CASE_FOLD), of the same length: a
    case-sensitive pattern in lower case finds on it what the case-blind one finds on `text`."""
    return text.lower() if text.isascii() else text.translate(CASE_FOLD)


def _candidates(context: Context, doc=None) -> list[tuple[int, int, int, Found]]:
    """(start, end, rule rank, Found) for every match a handler accepts."""
    found = []
    folded = fold_case(context.text)
    holds = _holds_one_of(folded)
    for rank, rule in enumerate(rules()):
        if rule.needs and not holds(rule.needs) or rule.needs_too and not holds(rule.needs_too):
            continue  # no match possible: scanning the text with the rule's regex is the tagger's main cost
        if doc is not None:
            check_time(doc)
        for place in rule.finder.finditer(folded):  # the same spans as rule.pattern's on the text, found faster
            match = rule.pattern.match(context.text, place.start())  # the handlers read the text as written
            try:
                result = rule.handler(match, context)
            except OUT_OF_CALENDAR:  # "next year" in a story dated 9999: found, but no date to give it
                result = Found("DATE", None)
            if result is not None:
                found.append((match.start(), match.end(), rank, result))
    return found


def _holds_one_of(text: str):
    """A test of whether `text` holds one of some words in any case, as the rules' case-insensitive
    regexes see it (`fold_case`), or DIGIT: a digit."""
    folded = fold_case(text)
    digit = DIGIT_CHAR.search(text) is not None

    def holds(words: tuple[str, ...]) -> bool:
        return any(digit if word == DIGIT else word in folded for word in words)

    return holds


def _select(candidates: list) -> list:
    """The longest non-overlapping matches, earlier rules winning ties."""
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, rank, found in sorted(candidates, key=lambda c: (c[0] - c[1], c[2], c[0])):
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append((start, end, found))
    return sorted(chosen, key=lambda c: c[0])


def _resolve_anaphors(chosen: list, text: str, dct: date | None, starts: list[int]) -> list[Timex]:
    """Second pass in text order: 'a year earlier' and 'the quarter' lean on the last absolute date.

    In a story that talks in quarters (an earnings report), "a year ago" means the same quarter a year before.
    """
    quarterly = any(QUARTER.match(found.value or "") for _, _, found in chosen)
    last: str | None = None
    timexes = []
    for start, end, found in chosen:
        value = found.value
        if value and value.startswith("ANAPHOR"):
            try:
                value = _anaphor_value(value, last, dct, quarterly)
            except OUT_OF_CALENDAR:
                value = None
        elif value and ABSOLUTE.match(value) and found.type == "DATE":
            last = value
        sentence = bisect.bisect_right(starts, start) - 1
        timexes.append(Timex(start, end, text[start:end], found.type, value, found.value_end, sentence))
    return timexes


def _anaphor_value(value: str, last: str | None, dct: date | None, quarterly: bool) -> str:
    unit, amount = ANAPHOR.match(value).groups()
    amount = int(amount)
    last_quarter = last if last and QUARTER.match(last) else None
    if unit == "QY":
        quarter = (last_quarter or (_previous_quarter(dct) if dct else "XXXX-QX"))[4:]
        return f"{amount}{quarter}"
    if last and unit == "Y" and amount == 0:
        return last[:4]
    if unit == "Q" or (unit == "Y" and (last_quarter or quarterly)):
        base = last_quarter or (_previous_quarter(dct) if dct else None)
        return _shift_quarter(base, amount * (4 if unit == "Y" else 1)) if base else "XXXX-QX"
    if last and unit == "Y" and re.match(r"^\d{4}(?:-\d{2}){0,2}$", last):
        return _calendar_year(int(last[:4]) + amount)
    if unit == "D":  # "the next day": after the last full date the story gave, else unknown
        if last and re.match(r"^\d{4}-\d{2}-\d{2}$", last):
            return cal.shift(date.fromisoformat(last), "D", amount).isoformat()
        return "XXXX-XX-XX"
    if last and unit == "M" and MONTH_OR_DAY.match(last):  # "the following month" after "in January"
        return cal.at_granularity(cal.shift(date(int(last[:4]), int(last[5:7]), 1), "M", amount), "M")
    if dct is None:
        return cal.UNANCHORED.get(unit, "XXXX")
    return cal.at_granularity(cal.shift(dct, unit, amount), unit)


def _shift_quarter(quarter: str, quarters: int) -> str:
    index = int(quarter[:4]) * 4 + int(quarter[-1]) - 1 + quarters
    return f"{_calendar_year(index // 4)}-Q{index % 4 + 1}"


def _calendar_year(year: int) -> str:
    """A year as TIMEX3 writes it; ValueError, as datetime raises, outside the years 1 to 9999."""
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    return f"{year:04d}"


def _previous_quarter(dct: date) -> str:
    return cal.at_granularity(cal.shift(dct, "Q", -1), "Q")
