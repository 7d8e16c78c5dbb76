"""How many events of the seeds plus the first N Reuters-21578 stories are dated before 1950, and why.

A 1987 wire story or a 2023 commentary seldom tells of an event before 1950; such a date usually
comes from a year inside a name ("the 1949 Geneva Conventions") or from a background clause. The
script analyses the articles as ingest does (no ledger is written), and prints each event dated
before the cut-off with its date rule, time expression and sentence, then the counts by rule.

    .venv/bin/python scripts/check_old_dates.py [--stories 1000] [--before 1950]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(REPO))

from bench.reuters import stories  # noqa: E402
from newsledger.ingest import article_from_text  # noqa: E402
from newsledger.pipeline import analyse_batch  # noqa: E402


def articles(limit: int):
    for path in sorted(SEEDS.glob("*.txt")):
        yield article_from_text(str(path), path.read_text(encoding="utf-8"), [])
    for number, story in enumerate(stories(limit)):
        yield article_from_text(f"reuters-{number}", story["text"], [], title=story["title"], published=story["published"])


def _first_year(value: str) -> int:
    """The first year of a TIMEX3 value: "1987-03", "1987"; a decade "195" is 1950, a century "19" 1900."""
    digits = re.match(r"\d+", value)
    if not digits:
        return 10**4
    return int(digits.group(0)[:4].ljust(4, "0"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=1000, help="Reuters stories to add to the seeds")
    parser.add_argument("--before", type=int, default=1950, help="report events dated before this year")
    args = parser.parse_args()
    events, old, rules = 0, 0, Counter()
    for number, analysis in enumerate(analyse_batch(a for a in articles(args.stories) if hasattr(a, "doc_id")), 1):
        if number % 100 == 0:
            print(f"... {number} articles analysed", file=sys.stderr, flush=True)
        text = analysis.article.text
        spans = {s.index: (s.start, s.end) for s in analysis.sentences}
        for event in analysis.events:
            events += 1
            if event.date and _first_year(event.date) < args.before:
                old += 1
                rules[event.date_rule] += 1
                start, end = spans.get(event.sentence, (0, 0))
                print(f"{analysis.article.source}: {event.date} [{event.date_rule}: {event.time_text!r}] "
                      f"{event.trigger}: {' '.join(text[start:end].split())[:200]}", flush=True)
    print(f"{old} of {events} events dated before {args.before}; by rule: {dict(rules) or 'none'}")


if __name__ == "__main__":
    main()
