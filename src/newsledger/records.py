"""The records that stages hand down the pipeline and the store keeps.

Every offset is a character offset (code points, end exclusive) into the
document's cleaned body, so that ``body[start:end]`` is the record's text.
Stages create these; nothing here knows how they are found or stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sentence:
    index: int
    start: int
    end: int


@dataclass
class Actor:
    actor_id: str
    name: str
    actor_type: str  # person, state, government, military, organisation, igo, media, group, other
    country: str | None = None  # ISO 3166-1 alpha-3
    code: str | None = None  # CAMEO-style, e.g. CHNGOV
    affiliation: str | None = None
    roles: list[dict] = field(default_factory=list)  # {"role", "country", "start", "end"}
    aliases: list[str] = field(default_factory=list)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    actor_id: str
    sentence: int
    why: str  # which resolver rule matched, e.g. "exact alias", "surname of earlier mention"
    role: str | None = None  # role held on the article's date, when known


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str | None
    value_end: str | None = None
    sentence: int | None = None


@dataclass
class Event:
    sentence: int
    trigger: str
    trigger_start: int
    trigger_end: int
    cameo: str
    plover: str | None
    goldstein: float
    quad_class: int
    status: str  # occurred, ongoing, planned, expected, hypothetical, negated, claimed
    source: str | None = None
    target: str | None = None
    date: str | None = None
    date_end: str | None = None
    time_text: str | None = None
    location: str | None = None  # the place's name as the text gives it, with its qualifier: "Paris, Texas"
    confidence: float = 0.5
    why: str = ""
    # Whose commitment the status is: "author", or "source: <name or phrase>" when a quoted or
    # reporting source asserts it (frames.commitment); and which rule chose the date (timex).
    commitment: str | None = None
    date_rule: str | None = None
    # The place in GeoNames (newsledger.places), when the location resolves: its id, name, feature
    # class ("P" populated place, "A" country or US state), admin-1 key ("US.TX"), ISO3 country and
    # WGS84 coordinates in degrees (none for countries and US states).
    location_id: int | None = None
    location_name: str | None = None
    location_class: str | None = None
    location_admin1: str | None = None
    location_country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Quote:
    sentence: int
    start: int  # the quoted words
    end: int
    text: str
    quote_type: str  # direct, indirect
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    sentence_end: int | None = None  # last sentence a multi-sentence quote spans


@dataclass
class Forecast:
    sentence: int
    forecaster: str | None
    forecaster_name: str | None
    hedge: str | None
    probability: float | None
    proposition: str | None = None
    horizon: str | None = None
    negated: bool = False
    event_cameo: str | None = None
    actors: list[str] = field(default_factory=list)
    condition: str | None = None  # the clause the forecast holds under: "if Trump is successful"
