"""The conveyor: runs the stages after ingest, in order, on batches of articles.

Each stage is a function (analysis, doc) -> None that fills the fields it owns and
reads only fields filled before it. Workers return plain records (no spaCy objects),
so results cross process boundaries and the store never sees a parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsledger import nlp
from newsledger.ingest import Article
from newsledger.records import Actor, Event, Forecast, Mention, Quote, Sentence, Timex


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

    @property
    def analysed(self) -> bool:
        return self.article.language == "en"


def add_sentences(analysis: Analysis, doc) -> None:
    analysis.sentences = [Sentence(i, start, end) for i, (start, end) in enumerate(nlp.sentence_spans(doc))]


Stage = Callable[[Analysis, object], None]
# (name, function): the order is the pipeline's order.
STAGES: list[tuple[str, Stage]] = [
    ("sentences", add_sentences),
]


def analyse_batch(articles: Iterable[Article]) -> Iterator[Analysis]:
    """Run spaCy (nlp.pipe, batched) and every stage on English articles; others pass through."""
    articles = list(articles)
    english = [a for a in articles if a.language == "en"]
    docs = iter(nlp.get_pipeline().pipe((a.text for a in english), batch_size=nlp.BATCH_SIZE))
    for article in articles:
        analysis = Analysis(article)
        if analysis.analysed:
            doc = next(docs)
            for _, stage in STAGES:
                stage(analysis, doc)
        yield analysis
