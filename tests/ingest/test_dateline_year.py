"""A plain-text wire story whose dateline gives a month and day but no year ("BERLIN, June 3 -"):
after a full past day the story reports, the first such day on or after it; else the latest such day
not after the day the story was read (its file's modification day when earlier), and never before a
year the story reports (timex.docdate, rules (f) and (g))."""

from __future__ import annotations

import os
from datetime import date, datetime

from newsledger.ingest import Article, read_articles
from newsledger.pipeline import analyse_batch

BACKGROUND_YEAR = """Germany and Poland open talks on rail links

BERLIN, June 3 - German and Polish ministers met in Berlin to revive the 2015 agreement on cross-border \
rail lines, officials said. The ministers also discussed funding for new bridges over the Oder river.
"""

NO_YEAR = """Germany and Poland open talks on rail links

BERLIN, June 3 - German and Polish ministers met in Berlin to discuss cross-border rail lines, officials \
said. The ministers also discussed funding for new bridges over the Oder river.
"""

FULL_DAY = """Germany and Poland open talks on rail links

BERLIN, June 3 - German and Polish ministers met in Berlin to discuss cross-border rail lines, officials \
said. The two governments first exchanged drafts on May 30, 2026, a spokesman said.
"""

YEAR_IN_A_NAME_OF_PAST = """Serbia and Kosovo trade blame over border incident

PRISTINA, Feb 6 - Kosovo and Serbia accused each other of stoking tension at a border crossing, \
officials said. Belgrade has rejected Kosovo's 2008 declaration of independence.
"""


def published(tmp_path, story: str, today: date, modified: date | None = None) -> tuple[str | None, str | None]:
    path = tmp_path / "story.txt"
    path.write_text(story, encoding="utf-8")
    stamp = datetime.combine(modified or today, datetime.min.time()).timestamp() + 12 * 3600
    os.utime(path, (stamp, stamp))
    [article] = read_articles([str(path)], today=today)
    assert isinstance(article, Article)
    analysis = next(analyse_batch([article]))
    return analysis.published, analysis.published_reason


def test_a_background_year_is_no_more_than_a_floor(tmp_path):
    assert published(tmp_path, BACKGROUND_YEAR, date(2026, 12, 2))[0] == "2026-06-03"
    assert published(tmp_path, BACKGROUND_YEAR, date(2026, 5, 1))[0] == "2025-06-03"
    assert published(tmp_path, YEAR_IN_A_NAME_OF_PAST, date(2026, 12, 2))[0] == "2026-02-06"  # not 2008-02-06


def test_a_story_with_no_year_is_dated_before_the_day_it_is_read(tmp_path):
    day, reason = published(tmp_path, NO_YEAR, date(2026, 12, 2))
    assert day == "2026-06-03"
    assert reason == "inferred: the dateline's day (06-03) in the latest year not after 2026-12-02 (the day it was read)"
    assert published(tmp_path, NO_YEAR, date(2026, 5, 1))[0] == "2025-06-03"


def test_a_file_saved_earlier_than_it_is_read_bounds_it_by_its_modification_day(tmp_path):
    day, reason = published(tmp_path, NO_YEAR, date(2026, 12, 2), modified=date(2026, 5, 1))
    assert day == "2025-06-03" and reason.endswith("not after 2026-05-01 (the day its file was last changed)")


def test_after_a_full_past_day_the_first_dateline_day_on_or_after_it(tmp_path):
    for today in (date(2026, 12, 2), date(2027, 8, 1)):
        day, reason = published(tmp_path, FULL_DAY, today)
        assert day == "2026-06-03" and reason.endswith("the dateline's day (06-03) on or after it")
