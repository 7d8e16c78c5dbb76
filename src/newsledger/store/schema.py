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
    Index("ix_documents_published", "published"),
    Index("ix_documents_version_key", "version_key"),
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
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_day", "day"),
    Index("ix_events_dyad", "source", "target", "day"),
    Index("ix_events_target", "target", "day"),
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

rejects = Table(
    "rejects",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

RECORD_TABLES = (sentences, mentions, timexes, events, quotes, forecasts)
