"""Guess a document's date, or a narrow range, when its metadata has none.

Rules: the story is no older than
  (a) the access dates its references give ("(Date of Accession: 01.01.2023)", "Accessed 3 March 2023"),
  (b) the start of the latest date or period the text mentions in a clause that is not about the
      future ("on March 1, 2023", "in March 2023", a "March 2023" stamp on its own line);
and no younger than
  (c) the day before the earliest full date it speaks of as still to come ("will take place on
      March 20-23, 2023").
  (d) "now in its 13th month" beside a long-running event the text names (data/ongoing.yaml)
      puts it inside that month of the event.
  (e) a long-running event spoken of as begun and still going ("since the start of the war in
      Gaza", "the continuation of the Russian-Ukrainian war"; data/ongoing.yaml) puts it after the
      event's start. That bound is often years wide, and the story's records would take its first
      day as their date, so it is named in the reason when nothing else bounds the story from
      below, but it sets no date.
A story cannot be older than the events it reports as past, nor than the day its author read
its sources, and it was written before what it announces. The date is the earliest day the
evidence allows; the range ends at the latest when the evidence bounds it from both sides.

A wire dateline's day without its year ("OSLO, March 14 (Reuters) -", `dateline_day_in`) is
the day the story was filed; only its year is inferred:
  (f) after a full past day the text gives ("on March 1, 2023", an access date), the first
      such day on or after it (and not after the range's end): the story reports that day;
  (g) else the latest such day not after the range's end, or the day the story was read
      (ingest day, or its file's modification day when earlier) when the text gives no end,
      and on or after any year or month the text reports. A year named as background
      ("Kosovo's 2008 declaration of independence") says little of when a story was filed,
      while a story is most often read soon after it was filed.
Weekday mentions written beside a date ("Friday, March 17") are checked against the calendar
and any disagreement is named in the reason.

Across documents (`days_naming`): a story that says "Xi comes to Moscow next week" of a visit
that another story dates to 2023-03-20 was written on a day from which "next week" is the week of
2023-03-20, i.e. from 2023-03-13 to 2023-03-19.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from newsledger.loading import read_yaml

from . import calendar as cal
from .lexicon import alternation, lookup
from .tagger import sentence_starts, tag
from .tense import FUTURE, text_direction

ACCESS = re.compile(r"(?:date\s+of\s+access(?:ion)?|accessed(?:\s+on)?|retrieved(?:\s+on)?|erişim\s+tarihi)\s*[:\-]?\s*(?P<date>[^)\]\n;]{6,30})", re.I)
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?(?:-(?P<day>\d{2}))?$")
ACCESS_BEFORE = re.compile(r"(?:access(?:ion)?|accessed|retrieved|tarihi)\W{0,4}(?:on\s+)?$", re.I)
WEEKDAY_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?\w+\.?\s*\d")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NTH_OF_EVENT = re.compile(r"\bnow\s+in\s+its\s+(?P<nth>\d+(?:st|nd|rd|th)|[a-z]+)\s+(?P<unit>day|week|month|year)\b", re.I)
YEAR_IN_NAME_BEFORE = re.compile(r"\bthe\s+$", re.I)
WORD_AFTER = re.compile(r"\s+[A-Za-z]")
UNIT_DAYS = {"day": 1, "week": 7}
NO_DATE = "no date found: no full past date in the text or its references"  # nothing inferred, so not "inferred:"
LEAP_CYCLE_YEARS = 8  # the longest gap between two February 29ths (1896 to 1904)
SAME_EVENT_REACH_DAYS = 21  # how far a story's relative "next week", "on Monday" may lie from the day it names


@dataclass
class InferredDate:
    """A date read from the text, not from metadata: `earliest` (None when nothing bounds it
    from below), `latest` (the range's end, or None when it is a single day), `reason`."""

    earliest: date | None
    latest: date | None
    reason: str
    earliest_is_day: bool = False  # `earliest` is a full day the text gives, not the start of a year or month
    under_way_since: date | None = None  # with no `earliest`: a long-running event's start the text speaks of as going


@lru_cache(maxsize=1)
def _ongoing() -> dict:
    return read_yaml(resources.files("newsledger.timex").joinpath("data/ongoing.yaml"))


def ongoing_events() -> list[dict]:
    return _ongoing()["events"]


@lru_cache(maxsize=1)
def _under_way_pattern() -> re.Pattern:
    names = [name for event in ongoing_events() for name in event["names"]]
    return re.compile(r"\b" + alternation(_ongoing()["under_way"]) + r"\s+(?P<name>" + alternation(names) + r")\b", re.I)


def infer_document_date(text: str, references: list[str] = ()) -> InferredDate:
    """The earliest and latest publication date the text allows, with the evidence as the reason
    (it starts with "inferred:", or with "no date found" when nothing bounds the date). Rules and
    their grounds: see the module docstring."""
    access = _access_dates([*references, text])
    past, ahead = _reported_dates(text)
    # (day, rank, why, whether a full day): on the same day an access date is the better-grounded reason
    lower = [(d, 1, f"access date {d} in the references", True) for d in access[-1:]]
    lower += [(d, 0, f"latest date or period the text reports begins {d}", day) for d, day in past[-1:]]
    upper = [(ahead[0] - timedelta(days=1), 0, f"it speaks of {ahead[0]} as still to come")] if ahead else []
    running = _running_event_month(text)
    if running:
        (first, last), why = running
        lower.append((first, 0, why, False))
        upper.append((last, 0, why))
    earliest = max(lower, default=None)
    latest = min(upper, default=None)
    if earliest and latest and latest[0] < earliest[0]:
        latest = None  # the evidence disagrees; the lower bound is the firmer (it is what the text reports)
    reasons = list(dict.fromkeys(bound[2] for bound in (earliest, latest) if bound))
    after = [] if earliest else _events_under_way(text)[:1]
    reasons += [f"no older than {start}: {why} (too wide a range to date it)" for start, why in after]
    since = after[0][0] if after else None
    if not earliest and not latest:
        return InferredDate(None, None, "; ".join([NO_DATE, *reasons]), under_way_since=since)
    clash = _weekday_clashes(text)
    reason = "inferred: " + "; ".join(reasons) + (f"; weekday disagrees with the calendar: {clash}" if clash else "")
    low, high = earliest[0] if earliest else None, latest[0] if latest else None
    return InferredDate(low, high if high != low else None, reason, bool(earliest and earliest[3]), since)


def dateline_day_in(month_day: str | None, inferred: InferredDate, read_day: date, read_why: str) -> InferredDate | None:
    """The story's date from a dateline's month and day ("06-23") and the text's range ``inferred``
    (rules (f) and (g) of the module docstring), with the reason, or None without a dateline day or
    when no such day fits the range. ``read_day`` is the day the story was read, and ``read_why``
    says which day that is ("it was read", "its file was last changed"), for the reason.

    The reason keeps "the dateline's day (MM-DD)" and, under (g) with no end from the text, the
    read day as "not after YYYY-MM-DD (the day ...)": a stored document is dated again from them
    (store._stored_article)."""
    if not month_day:
        return None
    month, day = map(int, month_day.split("-"))
    low, high = inferred.earliest, inferred.latest
    if low is not None and inferred.earliest_is_day:
        found = (cal.safe_date(year, month, day) for year in (low.year, low.year + 1))  # none for Feb 29 in a common year
        dated = next((d for d in found if d is not None and d >= low and (high is None or d <= high)), None)
        why = f"the dateline's day ({month_day}) on or after it"
        return InferredDate(dated, None, f"{inferred.reason}; {why}") if dated else None
    # A story is not published after it is read, whatever the text announces.
    end, end_why = (high, "the latest day the text allows") if high is not None and high <= read_day \
        else (read_day, f"the day {read_why}")
    found = (cal.safe_date(end.year - back, month, day) for back in range(LEAP_CYCLE_YEARS + 1))
    dated = next((d for d in found if d is not None and d <= end), None)
    floor = low or inferred.under_way_since
    if dated is None or (floor is not None and dated < floor):
        return None
    own = inferred.reason.removeprefix("inferred: ") if inferred.reason.startswith("inferred: ") \
        else inferred.reason.removeprefix(NO_DATE).removeprefix("; ")
    why = f"the dateline's day ({month_day}) in the latest year not after {end} ({end_why})"
    return InferredDate(dated, None, "inferred: " + "; ".join(filter(None, [own, why])))


def days_naming(sentence: str, time_text: str, day: date, reach: int = SAME_EVENT_REACH_DAYS) -> tuple[date, date] | None:
    """(first, last) of the publication days, within ``reach`` days either side of ``day``, from
    which the time expression ``time_text`` of ``sentence`` ("next week", "Monday through
    Wednesday") names ``day``: as its day, the first day of its range, or its week. None when
    no day does (or the sentence has no such expression)."""
    week = "{}-W{:02d}".format(*day.isocalendar()[:2])
    fits = [written for offset in range(-reach, reach + 1) for written in [day + timedelta(days=offset)]
            if any(t.text == time_text and t.value in (day.isoformat(), week) for t in tag(sentence, written))]
    return (fits[0], fits[-1]) if fits else None


def _access_dates(lines) -> list[date]:
    found = []
    for line in lines:
        for match in ACCESS.finditer(line):
            found += [_as_date(t.value) for t in tag(match.group("date"), None) if FULL_DATE.match(t.value or "")]
    return sorted(set(found))


def _reported_dates(text: str) -> tuple[list[tuple[date, bool]], list[date]]:
    """(start, whether it is a full day) of the dates and periods (day, month or year) in clauses that
    look back or at the present, and the full dates in clauses that look ahead."""
    starts = sentence_starts(text) + [len(text)]
    past, ahead = [], []
    for timex in tag(text, None):
        period = PERIOD.match(timex.value or "") if timex.type == "DATE" else None
        if not period or ACCESS_BEFORE.search(text[max(0, timex.start - 30):timex.start]) or _names_a_year(text, timex):
            continue
        begin, end = starts[timex.sentence], starts[timex.sentence + 1]
        if text_direction(text[begin:end], timex.start - begin, timex.end - begin) != FUTURE:
            past.append((date(int(period["year"]), int(period["month"] or 1), int(period["day"] or 1)), bool(period["day"])))
        elif FULL_DATE.match(timex.value):
            ahead.append(_as_date(timex.value))
    return sorted(past), sorted(ahead)


def _names_a_year(text: str, timex) -> bool:
    """ "the 2024 Olympics", "the 2015 accord": a year in a name, which may lie ahead in any clause."""
    return len(timex.value) == 4 and bool(YEAR_IN_NAME_BEFORE.search(text[max(0, timex.start - 5):timex.start])
                                          and WORD_AFTER.match(text[timex.end:timex.end + 3]))


def _running_event_month(text: str):
    """((first day, last day), reason) from "now in its 13th month" and the long-running event
    the sentence names (else the one the text names most), or None."""
    match = NTH_OF_EVENT.search(text)
    if not match:
        return None
    word = match["nth"].lower()
    nth = int(re.match(r"\d+", word).group(0)) if word[0].isdigit() else lookup("ordinals", word)
    starts = sentence_starts(text) + [len(text)]
    sentence_start = max(s for s in starts if s <= match.start())
    sentence = text[sentence_start:min(s for s in starts if s > match.start())]
    counts = [(_named(event, sentence), _named(event, text), event) for event in ongoing_events()]
    named, times, event = max(counts, key=lambda c: c[:2])
    if not nth or not (named or times):
        return None
    begin, unit = event["start"], match["unit"].lower()
    if unit in UNIT_DAYS:
        first = begin + timedelta(days=UNIT_DAYS[unit] * (nth - 1))
        last = first + timedelta(days=UNIT_DAYS[unit] - 1)
    else:
        months = 12 if unit == "year" else 1
        first = cal.add_months(begin, months * (nth - 1))
        last = cal.add_months(begin, months * nth) - timedelta(days=1)
    return (first, last), f"'{match.group(0)}', counted from the start of {event['event']} ({begin}), puts it in {first}..{last}"


def _events_under_way(text: str) -> list[tuple[date, str]]:
    """(start, reason) of each long-running event the text speaks of as still going, latest start first."""
    bounds = []
    for match in _under_way_pattern().finditer(text):
        event = next(e for e in ongoing_events() if _named(e, match["name"]))
        bounds.append((event["start"], f"'{match.group(0)}' speaks of {event['event']} as under way; it began {event['start']}"))
    return sorted(bounds, reverse=True)


def _named(event: dict, text: str) -> int:
    return sum(len(re.findall(r"\b" + re.escape(name) + r"\b", text, re.I)) for name in event["names"])


def _weekday_clashes(text: str) -> str:
    """'Friday, March 18, 2023' where March 18 2023 is a Saturday."""
    clashes = []
    for timex in tag(text, None):
        named = WEEKDAY_DATE.search(text[max(0, timex.start - 12):timex.end])
        if named and FULL_DATE.match(timex.value or ""):
            actual = WEEKDAYS[_as_date(timex.value).weekday()]
            if actual != named.group(1):
                clashes.append(f"{named.group(1)} {timex.value} is a {actual}")
    return "; ".join(clashes)


def _as_date(value: str) -> date:
    return date.fromisoformat(value[:10])
