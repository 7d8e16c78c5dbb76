"""Guess a document's date when its metadata has none.

Rule: the date is the latest of (a) the access dates its references give ("(Date of
Accession: 01.01.2023)", "Accessed 3 March 2023") and (b) the latest full date the
text mentions in a clause that is not about the future. A story cannot be older than
the events it reports as past, nor than the day its author read its sources. Weekday
mentions written beside a date ("Friday, March 17") are checked against the calendar
and any disagreement is named in the reason.
"""

from __future__ import annotations

import re
from datetime import date

from .tagger import sentence_starts, tag
from .tense import FUTURE, text_direction

ACCESS = re.compile(r"(?:date\s+of\s+access(?:ion)?|accessed(?:\s+on)?|retrieved(?:\s+on)?|erişim\s+tarihi)\s*[:\-]?\s*(?P<date>[^)\]\n;]{6,30})", re.I)
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ACCESS_BEFORE = re.compile(r"(?:access(?:ion)?|accessed|retrieved|tarihi)\W{0,4}(?:on\s+)?$", re.I)
WEEKDAY_DATE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?\w+\.?\s*\d")
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def infer_document_date(text: str, references: list[str] = ()) -> tuple[date | None, str]:
    """(date, reason), or (None, reason) when nothing in the text pins it down. The date is inferred, not read."""
    access = _access_dates([*references, text])
    mentioned, ahead = _reported_dates(text)
    candidates = [(d, 1, f"access date {d} in the references") for d in access[-1:]]
    candidates += [(d, 0, f"latest date the text reports, {d}") for d in mentioned[-1:]]
    if not candidates:
        before = f"; it speaks of {ahead[0]} as still to come, so it is older" if ahead else ""
        return None, "inferred: no full past date in the text or its references" + before
    best, _, why = max(candidates)
    reason = f"inferred: {why} (latest of {len(access)} access date(s) and {len(mentioned)} reported date(s))"
    clash = _weekday_clashes(text)
    return best, reason + (f"; weekday disagrees with the calendar: {clash}" if clash else "")


def _access_dates(lines) -> list[date]:
    found = []
    for line in lines:
        for match in ACCESS.finditer(line):
            found += [_as_date(t.value) for t in tag(match.group("date"), None) if FULL_DATE.match(t.value or "")]
    return sorted(set(found))


def _reported_dates(text: str) -> tuple[list[date], list[date]]:
    """Full dates in clauses that look back or at the present, and those in clauses that look ahead."""
    starts = sentence_starts(text) + [len(text)]
    past, ahead = [], []
    for timex in tag(text, None):
        if not FULL_DATE.match(timex.value or "") or ACCESS_BEFORE.search(text[max(0, timex.start - 30):timex.start]):
            continue
        begin, end = starts[timex.sentence], starts[timex.sentence + 1]
        future = text_direction(text[begin:end], timex.start - begin, timex.end - begin) == FUTURE
        (ahead if future else past).append(_as_date(timex.value))
    return sorted(past), sorted(ahead)


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
