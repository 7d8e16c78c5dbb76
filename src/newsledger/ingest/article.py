"""What ingest hands to the NLP stage: one cleaned article, or the reason an input was skipped."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields

# PostgreSQL's text type cannot hold NUL, and no database driver can encode a lone surrogate
# (half of a UTF-16 pair, which json.loads and os.fsdecode can produce) as UTF-8.
NUL = "\x00"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Why an Article's read_day is that day, worded for a published_reason ("... (the day it was read)").
READ = "it was read"
FILE_CHANGED = "its file was last changed"


def storable(value: str) -> tuple[str, int]:
    """`value` with NUL removed and lone surrogates replaced by U+FFFD, and how many characters changed.

    Applied to every string of an Article whatever the backend, so SQLite and PostgreSQL ledgers stay equal."""
    if NUL not in value and not LONE_SURROGATE.search(value):
        return value, 0
    cleaned, replaced = LONE_SURROGATE.subn("\ufffd", value)
    removed = cleaned.count(NUL)
    return cleaned.replace(NUL, ""), removed + replaced


@dataclass
class Article:
    source: str  # path, "path:line" for JSON Lines, or "<stdin>"
    raw: str  # the input as read (decoded), for the record
    text: str  # cleaned body; every offset in the ledger points into it
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date at the precision the input gives
    published_reason: str | None = None  # where the date came from
    published_latest: str | None = None  # an inferred range's end, kept when the ledger dated it (docs infer-dates)
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None  # place of a byline or dateline, e.g. "Taipei"
    dateline_day: str | None = None  # "06-23": a dateline's month and day with no year; not stored
    # The day the input was read (ISO), or its file's modification day when earlier, and which of them
    # (READ or FILE_CHANGED): a year-less dateline's day is taken no later (timex.dateline_day_in). Not stored:
    # a stored document's reason names it, else its ingest day stands in (store._stored_article).
    read_day: str | None = None
    read_day_reason: str | None = None
    language: str | None = None
    references: list[str] = field(default_factory=list)  # footnotes cut from the body
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Here, before any offset into `text` exists, so that every way of making an Article is storable.
        changed = []
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str):
                value, count = storable(value)
            elif isinstance(value, list):
                cleaned = [storable(item) for item in value]
                value, count = [item for item, _ in cleaned], sum(n for _, n in cleaned)
            else:
                continue
            if count:
                setattr(self, f.name, value)
                changed.append(f.name)
        if changed:
            self.warnings.append(
                f"{', '.join(changed)}: NUL characters removed, lone surrogates replaced with U+FFFD (the ledger cannot store them)"
            )

    @property
    def doc_id(self) -> str:
        """Stable id: a hash of the cleaned body, so the same article is stored once."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @property
    def version_key(self) -> str:
        """What identifies 'the same article' across edits: its URL, else where it was read."""
        return self.url or self.source


@dataclass
class Rejected:
    source: str
    reason: str

    def __post_init__(self) -> None:
        # A file name or a reason quoting the input can hold what the ledger's rejects table cannot store.
        self.source, _ = storable(self.source)
        self.reason, _ = storable(self.reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
