"""The quotes browser: who said what, filtered by speaker, actor mentioned, words, document, outlet and date.

A quote's date is its document's publication date. Speakers roll up to states like event actors
(``newsledger.analysis.rollup``): speaker "China" finds the foreign ministry's spokesman once he is an
actor of the ledger, unless the filter says ``rollup=False``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import exists, func, or_, select

from newsledger.analysis.outlets import published_by
from newsledger.analysis.rollup import Rollup
from newsledger.store import Store, schema
from newsledger.store.versions import is_current

Q, D, S, M, E = schema.quotes.c, schema.documents.c, schema.sentences.c, schema.mentions.c, schema.events.c
SORTS = {"date": (D.published.nulls_last(), Q.quote_id), "-date": (D.published.desc().nulls_last(), Q.quote_id)}


@dataclass(frozen=True)
class QuoteFilter:
    """Quotes said by one of `speakers` (actor ids), from a sentence that mentions every one of `mentioned` (by
    name, or as a side of an event the sentence tells: "The visit, Putin said, ..." after "Xi will visit Russia"),
    holding every word of `words` (any case) in the quoted text or its sentence, in document `doc_id`, from an
    outlet containing `outlet` (itself or as a near-duplicate copy: analysis.outlets), published from `since` to
    `until` (ISO, inclusive); `undated`: only quotes from documents with no date. Empty fields do not filter.
    Without `doc_id`, quotes of a document that a later version supersedes are left out (store.versions)."""

    speakers: tuple[str, ...] = ()
    mentioned: tuple[str, ...] = ()
    words: str = ""
    doc_id: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    undated: bool = False
    rollup: bool = True

    def where(self, rollup: Rollup) -> list:
        clauses = []
        if self.speakers:
            clauses.append(or_(*(rollup.side_is(Q.speaker, D.published, s) for s in self.speakers)))
        for actor in self.mentioned:  # named in the sentence, or a side of an event it tells ("The visit, Putin said, ...")
            clauses.append(or_(exists().where(M.doc_id == Q.doc_id, M.sentence == Q.sentence, M.actor_id == actor),
                               exists().where(E.doc_id == Q.doc_id, E.sentence == Q.sentence, or_(E.source == actor, E.target == actor))))
        for word in self.words.split():
            clauses.append(or_(Q.text.icontains(word, autoescape=True), _sentence_text().icontains(word, autoescape=True)))
        if self.doc_id:
            clauses.append(Q.doc_id == self.doc_id)
        else:  # a page's older version stays readable by its id, but its quotes would count twice
            clauses.append(is_current(Q.doc_id))
        if self.outlet:
            clauses.append(published_by(Q.doc_id, self.outlet))
        if self.since:
            clauses.append(D.published >= self.since)
        if self.until:
            clauses.append(D.published <= self.until + "~")  # "~" sorts after any date suffix
        if self.undated:
            clauses.append(D.published.is_(None))
        return clauses


def _sentence_text():
    """The text of the quote's sentence, read from its document."""
    return (select(func.substr(D.text, S.start + 1, S.end - S.start))
            .where(S.doc_id == Q.doc_id, S.idx == Q.sentence).scalar_subquery())


def _joined(query):
    return query.select_from(schema.quotes.join(schema.documents, D.doc_id == Q.doc_id))


def find_quotes(store: Store, f: QuoteFilter, sort: str = "date", limit: int = 50, offset: int = 0) -> list[dict]:
    """One page of matching quotes (`sort`: oldest or newest document first), each with its text, type,
    cue, speaker id and words, `speaker_unit` (whom the speaker counts under), its sentence, and its
    document's id, title, outlet and date."""
    rollup = Rollup(store, f.rollup)
    query = _joined(select(Q.quote_id, Q.doc_id, Q.sentence, Q.text, Q.quote_type, Q.speaker, Q.speaker_text, Q.cue,
                           D.title, D.outlet, D.published, _sentence_text().label("evidence")))
    query = query.where(*f.where(rollup)).order_by(*SORTS[sort]).limit(limit).offset(offset)
    with store.transaction() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
    for row in rows:
        row["speaker_unit"] = rollup.unit(row["speaker"], row["published"])
    return rows


def quote_counts(store: Store, f: QuoteFilter, top: int = 15) -> dict:
    """{"total", "undated", "speaker": {actor id: n}, "outlet": {name: n}, "quote_type": {type: n}} over the
    matching quotes, the `top` most frequent values of each, most frequent first (speakers left unresolved
    are in the total only)."""
    columns = [Q.speaker, D.outlet, Q.quote_type, D.published.is_(None).label("undated")]
    query = _joined(select(*columns, func.count().label("n"))).where(*f.where(Rollup(store, f.rollup))).group_by(*columns)
    counts = {name: Counter() for name in ("speaker", "outlet", "quote_type")}
    total = undated = 0
    with store.transaction() as conn:
        for row in conn.execute(query).mappings():
            for name, counter in counts.items():
                if row[name] is not None:
                    counter[row[name]] += row["n"]
            total += row["n"]
            undated += row["n"] if row["undated"] else 0
    return {"total": total, "undated": undated, **{name: dict(c.most_common(top)) for name, c in counts.items()}}

