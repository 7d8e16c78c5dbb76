"""Time expressions: find them, give them TIMEX3 values, and infer a document's date.

`tag(text, dct, doc=None)` returns `newsledger.records.Timex` records (`tag_between` for a date range);
`infer_document_date(text, references)` infers the date, or a range, when metadata lacks it, and
`dateline_day_in` puts a year-less dateline's day in it, or before the day the story was read;
`anchoring.event_date` chooses each event's date (discourse time).
"""

from .docdate import dateline_day_in, infer_document_date
from .tagger import tag, tag_between

__all__ = ["tag", "tag_between", "infer_document_date", "dateline_day_in"]
