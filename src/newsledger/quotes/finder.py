"""Quote records from attributions.

A quotation split around its attribution ("…," he said, "…") gives one direct
record per quoted piece, each with the same speaker and cue. A reported clause
gives one indirect record when it has words of its own outside quotation marks
("he would “show the world…”"); quoted passages inside it also give direct
records. Direct records' offsets cover the words inside the quotation marks.
"""

from __future__ import annotations

from newsledger.nlp import doc_text
from newsledger.quotes.attribution import QUOTE_MARKS, Attribution, find_attributions
from newsledger.quotes.speakers import resolve_speaker
from newsledger.records import Actor, Mention, Quote


def inner(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The quoted words without their marks and the punctuation right inside them."""
    start, end = span
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in QUOTE_MARKS + ",.;:" or text[end - 1].isspace()):
        end -= 1
    return start, end


def unquoted_words(text: str, content: tuple[int, int], quoted: list[tuple[int, int]]) -> int:
    """How many words of a reported clause lie outside its quotation marks ("that" aside)."""
    chars = list(text[content[0]:content[1]])
    for start, end in quoted:
        for i in range(max(start, content[0]), min(end, content[1])):
            chars[i - content[0]] = " "
    return len([w for w in "".join(chars).split() if w.lower() != "that"])


def records_for(text: str, attribution: Attribution, speaker: tuple[str | None, str | None]) -> list[Quote]:
    """A direct record per quoted passage; an indirect one per reported clause with words of its own.

    Every record has words (0 <= start < end <= len(text)) and a sentence range in order
    (sentence <= sentence_end): a quotation with nothing between its marks gives no record."""
    cue = text[attribution.cue[0]:attribution.cue[1]] if attribution.cue else None
    first = attribution.sentence
    last = None if attribution.sentence_end is None else max(attribution.sentence_end, first)
    spans = [(*inner(text, span), "direct") for span in attribution.quoted if span not in attribution.names]
    spans += [(start, end, "indirect") for start, end in attribution.contents
              if unquoted_words(text, (start, end), attribution.quoted) > 1]
    return [Quote(first, start, end, text[start:end], kind, speaker[0], speaker[1], cue, last)
            for start, end, kind in spans if 0 <= start < end <= len(text)]


def find_quotes(doc, mentions: list[Mention], actors: dict[str, Actor]) -> list[Quote]:
    """Direct and indirect quotes of a parsed document, in text order."""
    text = doc_text(doc)
    quotes = []
    last_person = None
    for attribution in find_attributions(doc):
        if not attribution.speech:
            continue
        head = doc[attribution.source_head].idx if attribution.source_head is not None else None
        speaker = resolve_speaker(text, attribution.source, head, mentions, actors, last_person)
        if speaker[0] and actors.get(speaker[0]) and actors[speaker[0]].actor_type == "person":
            last_person = speaker[0]
        quotes += records_for(text, attribution, speaker)
    return sorted(quotes, key=lambda q: q.start)
