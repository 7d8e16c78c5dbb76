"""Time-expression tagging speed on Reuters-21578 sentences, one core, against dateparser.

Both taggers see the same sentences (stories split with a regex) with the story's date as
reference; the figure is sentences per second of wall time in this one process.
Run: .venv/bin/python bench/bench_timex.py [--stories 1000] [--dateparser-sentences 3000]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import stories  # noqa: E402

from newsledger.timex import tag  # noqa: E402

SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"])|\n\s*\n")


def sentences(limit: int) -> list[tuple[str, date]]:
    found = []
    for story in stories(limit):
        dct = date.fromisoformat(story["published"])
        found += [(s.strip(), dct) for s in SENTENCE_END.split(story["text"]) if s.strip()]
    return found


def rate(function, items) -> tuple[float, int]:
    """(sentences per second, expressions found)."""
    started = time.perf_counter()
    found = sum(len(function(text, dct) or ()) for text, dct in items)
    return len(items) / (time.perf_counter() - started), found


def with_dateparser(text: str, dct: date):
    from dateparser.search import search_dates

    base = datetime(dct.year, dct.month, dct.day)
    return search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000)
    parser.add_argument("--dateparser-sentences", type=int, default=3000)
    args = parser.parse_args()
    items = sentences(args.stories)
    tag("warm-up on Monday, March 2, 1987.", date(1987, 3, 2))
    ours, ours_found = rate(tag, items)
    warnings.simplefilter("ignore")
    with_dateparser(*items[0])
    theirs, theirs_found = rate(with_dateparser, items[: args.dateparser_sentences])
    print(f"newsledger.timex.tag          {ours:9.0f} sentences/s  ({len(items)} sentences, {ours_found} expressions)")
    print(f"dateparser.search.search_dates {theirs:8.0f} sentences/s  ({min(len(items), args.dateparser_sentences)} sentences, {theirs_found} dates)")


if __name__ == "__main__":
    main()
