"""Quote records from attributions: one record per quoted passage.

A quotation split around its attribution ("…," he said, "…") gives one direct
record per quoted piece, each with the same speaker and cue; its offsets cover the
words inside the quotation marks. A reported clause with words of its own outside
quotation marks ("he would “show the world…”") gives one record for the clause and
the quotations inside it: direct when quotations are most of it (or when it is a
transcript's line, "PENCE: …"), else indirect.
A passage found twice for one speaker (printed twice in a page, or reached by two
cues) is kept once, and so is one a page repeats as an unattributed pull quote. Quotations that are names, terms or titles give no record.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from newsledger.nlp import doc_text
from newsledger.discourse.attribution import QUOTE_MARKS, Attribution, find_attributions, overlaps
from newsledger.discourse.cues import lexicon
from newsledger.actors.speakers import resolve_speaker
from newsledger.records import Actor, Mention, Quote

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
WORD = re.compile(r"\w+")


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


def mostly_quoted(content: tuple[int, int], quoted: list[tuple[int, int]]) -> bool:
    """Quotations make up at least half of the clause's characters."""
    covered = sum(max(0, min(end, content[1]) - max(start, content[0])) for start, end in quoted)
    return covered * 2 >= content[1] - content[0]


def records_for(text: str, attribution: Attribution, speaker: tuple[str | None, str | None]) -> list[Quote]:
    """One record per reported clause with words of its own, and one direct record per quotation
    outside such a clause (a clause holding its own cue, as a quotation split around "he said"
    does, is left to its pieces; one with no quotation, "The talks, he said, were useful", is one
    record, its cue inside). Of an attribution that reports no words but holds quotations
    (``quotations_only``: "vowed to “fight to the last village”"), only the quotations.

    Every record has words (0 <= start < end <= len(text)) and a sentence range in order
    (sentence <= sentence_end): a quotation with nothing between its marks gives no record."""
    cue = text[attribution.cue[0]:attribution.cue[1]] if attribution.cue else None
    first = attribution.sentence
    last = None if attribution.sentence_end is None else max(attribution.sentence_end, first)
    holds_cue = (lambda span: attribution.quoted and attribution.cue is not None
                 and span[0] <= attribution.cue[0] < span[1])
    clauses = [span for span in attribution.contents if not attribution.quotations_only
               and unquoted_words(text, span, attribution.quoted) > 1 and not holds_cue(span)]
    verbatim = attribution.kind == "direct" and not attribution.quoted  # a transcript's line
    spans = [(start, end, "direct" if verbatim or mostly_quoted((start, end), attribution.quoted) else "indirect")
             for start, end in clauses]
    spans += [(*inner(text, span), "direct") for span in attribution.quoted
              if span not in attribution.names and not any(overlaps(span, clause) for clause in clauses)]
    return [Quote(first, start, end, text[start:end], kind, speaker[0], speaker[1], cue, last)
            for start, end, kind in spans if 0 <= start < end <= len(text)]


def same_speaker(a: Quote, b: Quote) -> bool:
    """Both records name the same actor, or, unresolved, the same words ("he", "a source")."""
    if a.speaker or b.speaker:
        return a.speaker == b.speaker
    return (a.speaker_text or "").lower() == (b.speaker_text or "").lower()


def unresolved_pronoun(quote: Quote) -> bool:
    words = (quote.speaker_text or "").lower().split()
    lex = lexicon()
    return quote.speaker is None and len(words) == 1 and words[0] in lex.person_pronouns | lex.group_pronouns


def paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in PARAGRAPH_BREAK.finditer(text)]


def once_each(quotes: list[Quote], text: str) -> list[Quote]:
    """One record per passage: of records of one speaker whose spans overlap or whose words are
    the same, the first (the widest, at one start) is kept; of two at the same span, the one
    with a speaker; a record inside another whose speaker is a pronoun left unresolved is part of
    that passage ("diplomats said they expected…"). A passage of ``repeat_words`` words or more
    printed twice in one paragraph of ``text`` (a page that repeats a sentence, each copy with
    its own attribution) is one record too, the first copy with a speaker."""
    starts = paragraph_starts(text)
    ordered = sorted(quotes, key=lambda q: (q.start, -q.end, q.speaker is None))
    kept: list[Quote] = []
    for quote in ordered:
        words = " ".join(quote.text.lower().split())
        if not any((same_speaker(quote, other) and (overlaps((quote.start, quote.end), (other.start, other.end))
                                                   or words == " ".join(other.text.lower().split())))
                   or (quote.start, quote.end) == (other.start, other.end)
                   or (unresolved_pronoun(quote) and other.start <= quote.start and quote.end <= other.end)
                   for other in kept):
            kept.append(quote)
    return [quote for quote in repeated_once(kept, starts) if not pull_quote(quote, kept)]


def pull_quote(quote: Quote, quotes: list[Quote]) -> bool:
    """A quotation with no cue and no speaker whose words all come again in another record ("“China
    wants the war to end”" as a heading over "“I think China really wants the war to end,” Sun
    said"): a page's pull quote or subheading, not a second passage."""
    if quote.cue or quote.speaker or quote.speaker_text:
        return False
    words = set(WORD.findall(quote.text.lower()))
    return any(other is not quote and words <= set(WORD.findall(other.text.lower())) for other in quotes)


def repeated_once(quotes: list[Quote], starts: list[int]) -> list[Quote]:
    """Of records with the same words in one paragraph, the first with a speaker (else the first)."""
    copies: dict[tuple[int, str], list[Quote]] = {}
    for quote in quotes:
        words = " ".join(quote.text.lower().split())
        key = (bisect_right(starts, quote.start), words) if len(words.split()) >= lexicon().repeat_words else (quote.start, "")
        copies.setdefault(key, []).append(quote)
    chosen = {id(next((q for q in group if q.speaker), group[0])) for group in copies.values()}
    return [quote for quote in quotes if id(quote) in chosen]


def find_quotes(doc, mentions: list[Mention], actors: dict[str, Actor]) -> list[Quote]:
    """Direct and indirect quotes of a parsed document, in text order."""
    text = doc_text(doc)
    quotes = []
    for attribution in find_attributions(doc):
        if not (attribution.speech or attribution.quotations_only):
            continue
        head = doc[attribution.source_head].idx if attribution.source_head is not None else None
        speaker = resolve_speaker(doc, attribution.source, head, mentions, actors, attribution.contents)
        quotes += records_for(text, attribution, speaker)
    return once_each(quotes, text)
