"""Event coding and status classification on loose sentences: the `code` and `factuality` commands.

These run the same pipeline as ingest, on text given directly rather than on stored documents,
so that a coder can be debugged on one sentence and measured on any labelled set.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator
from itertools import islice

from newsledger import nlp
from newsledger.events.status import commitment, span_root
from newsledger.frames import frame
from newsledger.ingest import Article
from newsledger.interfaces.export import event_line
from newsledger.pipeline import Analysis, analyse_batch
from newsledger.store import record_rows, schema

BATCH = 64


def sentence_article(text: str, published: str | None = None, source: str = "<text>") -> Article:
    """A sentence as an English article: no cleaning or language guess, which short texts would trip."""
    return Article(source=source, raw=text, text=text, published=published, language="en")


def coded_events(analysis: Analysis) -> list[dict]:
    """The events of one analysis with the export's fields (and `why`)."""
    text = analysis.article.text
    return [event_line(row, text) for row in record_rows(analysis)[schema.events]]


def code_text(text: str, published: str | None = None, corrections: tuple = ()) -> Analysis:
    """One sentence analysed; ``corrections`` are a ledger's actor corrections (``Store.corrections``), so that its
    own actors and aliases apply; none: the shipped registry."""
    return next(analyse_batch([sentence_article(text, published)], corrections))


def frame_lines(analysis: Analysis) -> list[str]:
    """Why each event's trigger has the sides and status it has, for the `code` command: one line per
    trigger ("frame TRIGGER (on VERB)"), one per argument of its frame (role, phrase, the rule that
    found it and its tier: newsledger.frames.predicates), and one with the status, whose commitment
    it is and the chain of embedding signatures that set it (newsledger.frames.commitment)."""
    doc = nlp.get_pipeline()(analysis.article.text)
    tokens = {token.idx: token for token in doc}
    lines = []
    for start in dict.fromkeys(e.trigger_start for e in analysis.events if e.trigger_start in tokens):
        found = frame(tokens[start])
        carrier = f" (on {found.predicate.text})" if found.predicate.i != found.trigger.i else ""
        lines.append(f"frame {found.trigger.text}{carrier}:")
        lines += [f"  {a.role}: {doc.text[a.start:a.end]!r} by {a.rule}"
                  f"{' (inherited)' if a.inherited else ''}, tier {a.tier}" for a in found.arguments]
        status = commitment(found.trigger)
        lines.append(f"  status: {status.status} (commitment: {status.holder}); chain: {' > '.join(status.chain) or 'none'}")
    return lines


class BadLine(ValueError):
    """One unusable input line; the run goes on without it."""


def _parse(line_no: int, line: str, fields: tuple[str, ...]) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as e:
        raise BadLine(f"line {line_no}: not JSON ({e.msg})") from None
    if not isinstance(item, dict):
        raise BadLine(f"line {line_no}: expected a JSON object")
    missing = [f for f in fields if f not in item]
    if missing:
        raise BadLine(f"line {line_no}: missing {', '.join(missing)}")
    if not isinstance(item["text"], str):
        raise BadLine(f"line {line_no}: text must be a string")
    for field in ("start", "end"):
        if field in fields and (not isinstance(item[field], int) or isinstance(item[field], bool)):
            raise BadLine(f"line {line_no}: {field} must be a whole number of characters")
    if item.get("date") is not None and not _iso_day(item["date"]):
        raise BadLine(f"line {line_no}: date must be a calendar date YYYY-MM-DD, not {item['date']!r}")
    return item


def _iso_day(value) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and bool(datetime.date.fromisoformat(value))
    except ValueError:
        return False


def _items(lines: Iterable[str], fields: tuple[str, ...]) -> Iterator[dict | BadLine]:
    for line_no, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield _parse(line_no, line, fields)
            except BadLine as e:
                yield e


def _batches(items: Iterator, size: int = BATCH) -> Iterator[list]:
    return iter(lambda: list(islice(items, size)), [])


def code_lines(lines: Iterable[str], corrections: tuple = ()) -> Iterator[dict | BadLine]:
    """For each line {"id", "text", "date"?}: {"id", "events": [...]}, or the reason the line is unusable;
    ``corrections`` as for code_text."""
    for batch in _batches(_items(lines, ("id", "text"))):
        good = [item for item in batch if isinstance(item, dict)]
        analyses = iter(analyse_batch((sentence_article(str(i["text"]), i.get("date")) for i in good), corrections))
        for item in batch:
            yield item if isinstance(item, BadLine) else {"id": item["id"], "events": coded_events(next(analyses))}


def factuality_lines(lines: Iterable[str]) -> Iterator[dict | BadLine]:
    """For each line {"id", "text", "start", "end"} (a predicate's span): {"id", "status", "factuality",
    "commitment", "chain", "basis"}: the status the author presents, a scalar from -3 (did not happen)
    to 3 (happened), whose commitment it is ("author" or "source: ..."), the steps that set it and
    what decided the scalar (frames.commitment)."""
    pipeline = nlp.get_pipeline()
    for batch in _batches(_items(lines, ("id", "text", "start", "end"))):
        good = [item for item in batch if isinstance(item, dict)]
        docs = iter(pipeline.pipe((str(i["text"]) for i in good), batch_size=nlp.BATCH_SIZE))
        for item in batch:
            if isinstance(item, BadLine):
                yield item
                continue
            doc = next(docs)
            try:
                start, end = int(item["start"]), int(item["end"])
            except (TypeError, ValueError):
                yield BadLine(f"id {item['id']}: start and end must be integers")
                continue
            if not 0 <= start < end <= len(doc.text):
                yield BadLine(f"id {item['id']}: span {start}-{end} is outside the text")
                continue
            found = commitment(span_root(doc, start, end))
            yield {"id": item["id"], "status": found.status, "factuality": found.factuality,
                   "commitment": found.holder, "chain": list(found.chain), "basis": found.basis}
