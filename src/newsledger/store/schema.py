"""Tables of the ledger, in SQLAlchemy Core so SQLite and PostgreSQL run the same code.

Record rows carry (doc_id, start, end) into documents.text: the evidence sentence.
"""

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Where an event's location lies in GeoNames (newsledger.places); added to old ledgers by migration 3.
EVENT_PLACE_COLUMNS = (
    ("location_id", Integer()),
    ("location_name", Text()),
    ("location_class", String(1)),
    ("location_admin1", String(24)),
    ("location_country", String(3)),
    ("lat", Float()),
    ("lon", Float()),
)
# Whose commitment an event's status is, and which rule set its date; added to old ledgers by migration 4.
EVENT_READING_COLUMNS = (
    ("commitment", Text()),
    ("date_rule", Text()),
)

# Which code and data made a record, and when it last changed; added to old ledgers by migration 5.
# `coder_version` is the package version plus a hash of its data files; `changed_at` an ISO timestamp.
PROVENANCE_COLUMNS = (
    ("coder_version", Text()),
    ("changed_at", String(32)),
)
PROVENANCE_TABLES = ("documents", "actors", "mentions", "timexes", "events", "quotes", "forecasts")
# A document's place among syndicated copies and whether its records await a recode; migration 5.
DOCUMENT_FOLLOW_COLUMNS = (
    ("copy_of", String(32)),  # the original this document is a near-duplicate of
    ("stale", Boolean()),  # true once a registry update or correction touches it, until recoded
)


def _provenance():
    return [Column(name, type_) for name, type_ in PROVENANCE_COLUMNS]


meta = Table(
    "newsledger_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(32), primary_key=True),
    Column("source", Text),
    Column("url", Text),
    Column("version_key", Text),
    Column("previous_id", String(32)),
    Column("title", Text),
    Column("authors", Text, nullable=False, default="[]"),  # JSON list
    Column("published", String(10)),
    Column("published_reason", Text),
    Column("published_latest", String(10)),  # end of an inferred date's range; added by migration 4
    Column("outlet", Text),
    Column("dateline", Text),
    Column("language", String(8)),
    Column("analysed", Boolean, nullable=False, default=False),
    Column("raw", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("references", Text, nullable=False, default="[]"),  # JSON list
    Column("warnings", Text, nullable=False, default="[]"),  # JSON list
    Column("ingested_at", String(32), nullable=False),
    *(Column(name, type_) for name, type_ in DOCUMENT_FOLLOW_COLUMNS),
    *_provenance(),
    Index("ix_documents_published", "published"),
    Index("ix_documents_version_key", "version_key"),
    Index("ix_documents_copy_of", "copy_of"),  # an original's copies; added by migration 6
    Index("ix_documents_previous_id", "previous_id"),  # superseded versions (store.versions); added by migration 7
)


def _doc_fk():
    return Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False)


sentences = Table(
    "sentences",
    metadata,
    _doc_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Index("ix_sentences_doc", "doc_id", "idx", unique=True),
)

actors = Table(
    "actors",
    metadata,
    Column("actor_id", String(128), primary_key=True),
    Column("name", Text, nullable=False),
    Column("actor_type", String(16), nullable=False),
    Column("country", String(3)),
    Column("code", String(32)),
    Column("affiliation", Text),
    Column("roles", Text, nullable=False, default="[]"),  # JSON list
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list
    *_provenance(),
)

mentions = Table(
    "mentions",
    metadata,
    _doc_fk(),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("actor_id", String(128), nullable=False),
    Column("why", Text),
    Column("role", Text),
    *_provenance(),
    Index("ix_mentions_doc", "doc_id"),
    Index("ix_mentions_actor", "actor_id"),
)

timexes = Table(
    "timexes",
    metadata,
    _doc_fk(),
    Column("sentence", Integer),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(10), nullable=False),
    Column("value", Text),
    Column("value_end", Text),
    *_provenance(),
    Index("ix_timexes_doc", "doc_id"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(64), primary_key=True),
    _doc_fk(),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("trigger", Text),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("cameo", String(4), nullable=False),
    Column("root", String(2), nullable=False),
    Column("plover", String(32)),
    Column("goldstein", Float, nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("status", String(16), nullable=False),
    Column("source", String(128)),
    Column("target", String(128)),
    Column("source_code", String(32)),
    Column("target_code", String(32)),
    Column("date", String(10)),
    Column("date_end", String(10)),
    Column("day", String(10)),  # date, else the document's publication date: what timelines sort on
    Column("time_text", Text),
    Column("location", Text),
    Column("confidence", Float),
    Column("why", Text),
    *(Column(name, type_) for name, type_ in EVENT_PLACE_COLUMNS),
    *(Column(name, type_) for name, type_ in EVENT_READING_COLUMNS),
    *_provenance(),
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_day", "day"),
    Index("ix_events_dyad", "source", "target", "day"),
    Index("ix_events_target", "target", "day"),
    # Covering indexes, added by migration 8: facet counts read the first, and counts per pair of actors
    # (network, counterparts) the second, both without touching the events' rows. Each leads with the
    # columns of an index above: SQLite, with no statistics, takes an equality on an index's first column
    # for a selective one, so a leading status would draw "status = 'occurred'" queries off the actor indexes.
    Index("ix_events_facets", "day", "status", "root", "plover", "quad_class", "doc_id"),
    Index("ix_events_pairs", "source", "target", "day", "status", "goldstein", "doc_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("quote_id", String(64), primary_key=True),
    _doc_fk(),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text_start", Integer, nullable=False),
    Column("text_end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("quote_type", String(8), nullable=False),
    Column("speaker", String(128)),
    Column("speaker_text", Text),
    Column("cue", Text),
    *_provenance(),
    Index("ix_quotes_doc", "doc_id"),
    Index("ix_quotes_speaker", "speaker"),
)

forecasts = Table(
    "forecasts",
    metadata,
    Column("forecast_id", String(64), primary_key=True),
    _doc_fk(),
    Column("sentence", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("forecaster", String(128)),
    Column("forecaster_name", Text),
    Column("proposition", Text),
    Column("hedge", Text),
    Column("probability", Float),
    Column("horizon", String(10)),
    Column("negated", Boolean, nullable=False, default=False),
    Column("event_cameo", String(4)),
    Column("actors", Text, nullable=False, default="[]"),  # JSON list
    Column("condition", Text),  # added by migration 4
    *_provenance(),
    Index("ix_forecasts_doc", "doc_id"),
)

# Resolutions are a person's judgement: kept apart from extracted rows so re-runs never touch them.
resolutions = Table(
    "forecast_resolutions",
    metadata,
    Column("forecast_id", String(64), primary_key=True),
    Column("outcome", Boolean, nullable=False),
    Column("note", Text),
    Column("evidence", Text),
    Column("resolved_at", String(32), nullable=False),
    # The judged forecast as JSON, kept when a recode no longer finds it (store.resolutions); migration 9.
    Column("gone_forecast", Text),
)

# A person's corrections of the actors stage, replayed in order on every analysis after them.
actor_corrections = Table(
    "actor_corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op", String(8), nullable=False),  # add, alias, merge, split
    Column("actor_id", String(128), nullable=False),
    Column("surface", Text),  # alias, split: the surface form
    Column("other", String(128)),  # merge: the actor merged away; split: the new actor
    Column("entry", Text),  # add, split: the registry entry as JSON
    Column("at", String(32), nullable=False),
)

# Each document's spaCy parse (a compressed DocBin), so that `recode` runs the stages after the parse
# without parsing again; kept beside documents so that reading documents never loads it. Migration 5.
parses = Table(
    "parses",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("model", Text, nullable=False),  # e.g. "en_core_web_sm 3.7.1"
    Column("docbin", LargeBinary, nullable=False),
)

# Feeds and sitemaps that `follow` polls. Migration 5.
sources = Table(
    "sources",
    metadata,
    Column("source_id", Integer, primary_key=True, autoincrement=True),
    Column("url", Text, nullable=False, unique=True),
    Column("name", Text),
    Column("kind", String(16)),  # rss, atom, sitemap; None until first fetched
    Column("every_s", Integer, nullable=False),  # polling interval in seconds
    Column("added_at", String(32), nullable=False),
    Column("next_due", String(32)),
    Column("last_checked", String(32)),
    Column("last_ok", String(32)),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("failures", Integer, nullable=False, default=0),  # consecutive; sets the backoff
    Column("last_error", Text),
)

# Article pages fetched by `follow`: the validators for conditional requests. Migration 5.
pages = Table(
    "pages",
    metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("doc_id", String(32)),  # the latest document made from the page
    Column("fetched_at", String(32), nullable=False),
    Column("status", Integer),
)

# Records that were deleted (a document removed, a recode or correction that dropped a record), so
# that `export --since-change` can report them. Migration 5.
tombstones = Table(
    "tombstones",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(16), nullable=False),  # document, event, quote, forecast, mention, actor
    Column("record_id", Text, nullable=False),
    Column("doc_id", String(32)),
    Column("deleted_at", String(32), nullable=False),
    Index("ix_tombstones_deleted_at", "deleted_at"),
)

# MinHash signatures of documents' word shingles, to find syndicated copies. Migration 5.
minhashes = Table(
    "minhashes",
    metadata,
    Column("doc_id", String(32), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

RECORD_TABLES = (sentences, mentions, timexes, events, quotes, forecasts)
