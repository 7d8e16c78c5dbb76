"""What ingest hands to the NLP stage: one cleaned article, or the reason an input was skipped."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Article:
    source: str  # path, "path:line" for JSON Lines, or "<stdin>"
    raw: str  # the input as read (decoded), for the record
    text: str  # cleaned body; every offset in the ledger points into it
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO date at the precision the input gives
    published_reason: str | None = None  # where the date came from
    outlet: str | None = None
    url: str | None = None
    dateline: str | None = None  # place of a byline or dateline, e.g. "Taipei"
    language: str | None = None
    references: list[str] = field(default_factory=list)  # footnotes cut from the body
    warnings: list[str] = field(default_factory=list)

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

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
