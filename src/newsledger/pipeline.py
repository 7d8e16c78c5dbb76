"""The conveyor: runs the stages after ingest, in order, on batches of articles.

Each stage is a function (analysis, doc) -> None that fills the fields it owns and
reads only fields filled before it. Workers return plain records (no spaCy objects),
so results cross process boundaries and the store never sees a parse.

Each analysed document's parse leaves the worker serialised (``Analysis.parse``, see
newsledger.store.parses) and is stored with it, so that `recode_batch` can run the stages again
on it without parsing.

Each document gets a time budget (DOC_BUDGET_S seconds, or the environment's
NEWSLEDGER_DOC_BUDGET_S; see ``nlp.parse`` for when its clock starts): the deadline is checked
before each stage and, through ``nlp.check_time``, inside stages' long loops. A document over
it is stored with what the finished stages found and a warning naming the stages that did not
run. spaCy itself is never interrupted.
"""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsledger import nlp
from newsledger.actors import add_actors
from newsledger.errors import NewsledgerError
from newsledger.events import code
from newsledger.forecasts import find_forecasts
from newsledger.ingest import Article
from newsledger.ingest.article import READ
from newsledger.places import dateline_country
from newsledger.quotes import find_quotes
from newsledger.records import Actor, Event, Forecast, Mention, Quote, Sentence, Timex
from newsledger.store import parses
from newsledger.timex import dateline_day_in, infer_document_date, tag_between
from newsledger.version import coder_version

DOC_BUDGET_S = 60.0  # per document; far above the ~1 s a long news article takes
BUDGET_VARIABLE = "NEWSLEDGER_DOC_BUDGET_S"


@dataclass
class Analysis:
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    timexes: list[Timex] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    forecasts: list[Forecast] = field(default_factory=list)
    # The article's date: from its metadata, else inferred from its text by the time stage.
    published: str | None = None
    published_reason: str | None = None  # where it came from; starts with "inferred" when read from the text
    published_latest: str | None = None  # an inferred date's range end (ISO); `published` is its start
    corrections: tuple = ()  # the ledger's actor corrections (newsledger.actors.Correction), in order
    stage_error: str | None = None  # why a stage failed or did not run on this article, if one did
    warnings: list[str] = field(default_factory=list)  # what the analysis added to article.warnings
    parse: bytes | None = None  # the spaCy parse as a DocBin (newsledger.store.parses), stored beside the document
    parse_model: str | None = None  # the spaCy pipeline that made it, "en_core_web_sm 3.8.0"
    coder_version: str | None = None  # the code and data that made the records (newsledger.version)
    # `day` read from `published`, kept with the value it was read from: the time stage may set `published`.
    _day: tuple[str | None, datetime.date | None] = field(default=(None, None), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.published = self.published or self.article.published
        self.published_reason = self.published_reason or self.article.published_reason
        self.published_latest = self.published_latest or self.article.published_latest

    @property
    def day(self) -> datetime.date | None:
        """The article's date as a date, when it is known to the day; read once for each `published`."""
        read_from, day = self._day
        if read_from != self.published:
            try:
                day = datetime.date.fromisoformat(self.published) if self.published and len(self.published) == 10 else None
            except ValueError:
                day = None
            self._day = (self.published, day)
        return day

    @property
    def analysed(self) -> bool:
        return self.article.language == "en"

    def warn(self, warning: str) -> None:
        """A warning stored with the article (article.warnings) and kept in `warnings` for the run's summary."""
        self.warnings.append(warning)
        self.article.warnings.append(warning)


def add_sentences(analysis: Analysis, doc) -> None:
    analysis.sentences = [Sentence(i, start, end) for i, (start, end) in enumerate(nlp.sentence_spans(doc))]


def add_timexes(analysis: Analysis, doc) -> None:
    """Time expressions anchored to the article's date; a missing date is first inferred from the text."""
    if not analysis.published:
        article = analysis.article
        inferred = infer_document_date(nlp.doc_text(doc), article.references)
        # An article made outside ingest (`code`, a test) is read now.
        read_day = datetime.date.fromisoformat(article.read_day) if article.read_day else datetime.date.today()
        # "BRUSSELS, June 23 (Reuters)": that day, in the year the text and the read day allow
        inferred = dateline_day_in(article.dateline_day, inferred, read_day, article.read_day_reason or READ) or inferred
        analysis.published = inferred.earliest.isoformat() if inferred.earliest else None
        analysis.published_latest = inferred.latest.isoformat() if inferred.latest else None
        analysis.published_reason = inferred.reason
    latest = datetime.date.fromisoformat(analysis.published_latest) if analysis.published_latest else None
    analysis.timexes = tag_between(nlp.doc_text(doc), analysis.day, latest, doc)


def add_events(analysis: Analysis, doc) -> None:
    analysis.events = code(doc, analysis.mentions, analysis.actors, analysis.timexes, analysis.day, analysis.corrections,
                           home=dateline_country(analysis.article.dateline))


def add_quotes(analysis: Analysis, doc) -> None:
    analysis.quotes = find_quotes(doc, analysis.mentions, analysis.actors)


def add_forecasts(analysis: Analysis, doc) -> None:
    analysis.forecasts = find_forecasts(doc, analysis.mentions, analysis.actors, analysis.timexes,
                                        analysis.quotes, analysis.published, analysis.article.authors)
    for forecast in analysis.forecasts:
        forecast.event_cameo = forecast.event_cameo or forecast_event_type(forecast, analysis.events)


def forecast_event_type(forecast: Forecast, events: list[Event]) -> str | None:
    """The CAMEO code of the not-yet-happened event that the forecast's proposition speaks of."""
    proposition = forecast.proposition or ""
    for event in events:
        if event.sentence == forecast.sentence and event.status != "occurred" and event.trigger in proposition:
            return event.cameo
    return None


Stage = Callable[[Analysis, object], None]
# (name, function, the Analysis fields it fills): the order is the pipeline's order.
STAGES: list[tuple[str, Stage, tuple[str, ...]]] = [
    ("sentences", add_sentences, ("sentences",)),
    ("time", add_timexes, ("timexes",)),
    ("actors", add_actors, ("mentions", "actors")),
    ("events", add_events, ("events",)),
    ("quotes", add_quotes, ("quotes",)),
    ("forecasts", add_forecasts, ("forecasts",)),
]


def doc_budget_s() -> float:
    """Seconds each document may take (see ``nlp.parse``): NEWSLEDGER_DOC_BUDGET_S when set, else DOC_BUDGET_S.

    Raises NewsledgerError when the variable is not a number."""
    value = os.environ.get(BUDGET_VARIABLE, "").strip()
    if not value:
        return DOC_BUDGET_S
    try:
        return float(value)
    except ValueError:
        raise NewsledgerError(f"{BUDGET_VARIABLE}={value!r} is not a number of seconds") from None


def analyse_batch(articles: Iterable[Article], corrections: tuple = (), budget: float | None = None) -> Iterator[Analysis]:
    """Run spaCy (batched, see ``nlp.parse``) and every stage on English articles; others pass through.
    Each document may take `budget` seconds, by default `doc_budget_s()`.

    Never raises for one article's content: a failing or timed-out stage is a warning on it.
    Raises NewsledgerError when NEWSLEDGER_DOC_BUDGET_S is not a number."""
    articles = list(articles)
    budget = doc_budget_s() if budget is None else budget
    docs = nlp.parse((a.text for a in articles if a.language == "en"), budget)
    for article in articles:
        analysis = Analysis(article, corrections=corrections, coder_version=coder_version())
        if analysis.analysed:
            doc = next(docs)
            sections = doc.user_data["newsledger_sections"]
            if sections > 1:
                analysis.warn(f"text of {len(article.text):,} characters analysed in {sections} sections of at most "
                              f"{nlp.SECTION_CHARS:,} characters, cut at line breaks")
            _keep_parse(analysis, doc)
            run_stages(analysis, doc, budget)
        yield analysis


def _keep_parse(analysis: Analysis, doc) -> None:
    # Before the stages run, so that the stored parse is spaCy's alone.
    analysis.parse = parses.to_bytes(doc)
    analysis.parse_model = parses.model_label()


def recode_batch(items: Iterable[tuple[str, bytes | None, Article]], corrections: tuple = (),
                 first_stage: str = "sentences", earlier: dict[str, dict] | None = None) -> list[Analysis]:
    """Run the stages again on stored parses: one Analysis per item (doc_id, DocBin bytes or None, stored
    article), in order, for `Store.replace`. Shipped to worker processes or cluster workers as it is.

    The stages from `first_stage` on run (sentences always run: every stage numbers sentences by
    them); `earlier[doc_id]` gives the fields of the stages before it, as `Analysis` field name ->
    value (timexes, mentions, actors, events, quotes, and the published date fields when the time
    stage is skipped). An item without a parse (a ledger made before parses were stored) is parsed
    again from the article's text, and its new parse is kept. Articles not in English pass through.
    Never raises for one article's content (see `run_stages`); raises ValueError for an unknown stage
    and for bytes that are not a stored parse, NewsledgerError when NEWSLEDGER_DOC_BUDGET_S is not a number."""
    names = [name for name, _, _ in STAGES]
    if first_stage not in names:
        raise ValueError(f"no stage {first_stage!r}; stages are {', '.join(names)}")
    items = list(items)
    unparsed = [article for _, data, article in items if data is None and article.language == "en"]
    reparsed = {a.doc_id: analysis for a, analysis in zip(unparsed, analyse_batch(unparsed, corrections))} \
        if first_stage == "sentences" else {}
    budget = doc_budget_s()
    results = []
    for doc_id, data, article in items:
        if doc_id in reparsed:
            results.append(reparsed[doc_id])
            continue
        analysis = Analysis(article, corrections=corrections, coder_version=coder_version(),
                            **(earlier or {}).get(doc_id, {}))
        if analysis.analysed:
            doc = _stored_doc(analysis, data)
            nlp.set_deadline(doc, time.monotonic() + budget)
            run_stages(analysis, doc, budget, first_stage)
        results.append(analysis)
    return results


def _stored_doc(analysis: Analysis, data: bytes | None):
    """The stored parse as a Doc, or (none stored) a new parse, kept in the analysis."""
    pipeline = nlp.get_pipeline()
    if data is None:
        doc = next(nlp.parse([analysis.article.text]))
        _keep_parse(analysis, doc)
        return doc
    return parses.from_bytes(data, pipeline.vocab)


def run_stages(analysis: Analysis, doc, budget_s: float = DOC_BUDGET_S, first_stage: str = "sentences") -> None:
    """Every stage in order, until the Doc's deadline (see ``nlp.parse``; `budget_s` is for the message);
    with `first_stage`, only "sentences" and the stages from `first_stage` on (see `recode_batch`).

    A stage that fails on one article, or the deadline passing, costs that article its later
    records, never the batch: the article is stored with what earlier stages found and a
    warning saying so."""
    first = next(i for i, (name, _, _) in enumerate(STAGES) if name == first_stage)
    for position, (name, stage, _) in enumerate(STAGES):
        if 0 < position < first:
            continue
        try:
            nlp.check_time(doc)
            stage(analysis, doc)
        except nlp.TimedOut:
            missing = ", ".join(n for n, _, _ in STAGES[position:])
            _stop(analysis, position, f"analysis ran past its time budget of {budget_s:g} s per document; "
                                      f"stages not run or not finished: {missing}; their records are missing "
                                      f"(set {BUDGET_VARIABLE} to allow more)")
            return
        except Exception as error:  # noqa: BLE001 - any bug in a stage must not stop a batch
            _stop(analysis, position, f"the {name} stage failed ({type(error).__name__}: {error}); records from it "
                                      "and later stages are missing; please report this with the article")
            return


def _stop(analysis: Analysis, position: int, reason: str) -> None:
    """Empty the fields of the stage at `position` and of every later one, and say why."""
    for field_name in (f for _, _, fields in STAGES[position:] for f in fields):
        setattr(analysis, field_name, type(getattr(analysis, field_name))())
    analysis.stage_error = reason
    analysis.warn(reason)


def set_document_date(store, doc_id: str, day: datetime.date) -> None:
    """Set a stored document's publication date by hand (published_reason "set by hand", no range) and re-date
    its records: the document (``doc_id``, the full id) is analysed again with that date, so every relative time
    ("on Monday", "last year") and each event's date and date rule is worked out anew, and its records are swapped
    in one transaction (`Store.replace`; forecast resolutions stay). ``store`` is a newsledger.store.Store.
    Raises NewsledgerError when no document has the id."""
    if not store.has_document(doc_id):
        raise NewsledgerError(f"no document with id {doc_id!r}; list ids with `newsledger docs`")
    article = store.stored_article(doc_id)
    article.published, article.published_reason, article.published_latest = day.isoformat(), "set by hand", None
    store.replace(next(analyse_batch([article], tuple(store.corrections()))))
