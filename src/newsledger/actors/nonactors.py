"""Words that look like names but are never actors: time zones, document abbreviations, named boundaries,
page labels, bylines, picture credits, datelines and capitalised function words. Their tokens are claimed
before any rule runs, so no rule can make an actor of them. The word lists are ``lexicon.yaml`` data
(``not_actors``, ``function_words``, ``credit_cues``)."""

from __future__ import annotations

from newsledger.actors.normalise import normalise

MAX_PHRASE = 4
MAX_CREDIT_WORDS = 12  # a byline or credit is short: "By Jane Roe and John Doe in Nairobi"
MAX_DATELINE_TOKENS = 8  # "WASHINGTON (Reuters) -", "KYIV, Ukraine, March 3 (AP) —"
DASHES = {"-", "--", "—", "–"}
OPENERS = {'"', "“", "‘", "'", "(", "[", "«", "-", "—", "–"}


def claim_non_actors(ctx) -> None:
    lexicon = ctx.registry.lexicon
    claim_phrases(ctx, {normalise(w) for w in lexicon["not_actors"]})
    claim_credits(ctx, {normalise(w) for w in lexicon["credit_cues"]})
    claim_datelines(ctx)
    claim_function_words(ctx, set(lexicon["function_words"]))


def claim_phrases(ctx, phrases: set[str]) -> None:
    """'1400 GMT', 'an MOU', 'the Line of Control', 'Username:'."""
    doc, first = ctx.doc, {p.split(" ", 1)[0] for p in phrases}
    for i in range(len(doc)):
        if ctx.norms[i] not in first:
            continue
        for n in range(min(MAX_PHRASE, len(doc) - i), 0, -1):
            if normalise(ctx.text_of(i, i + n)) in phrases:
                ctx.claimed.update(range(i, i + n))
                break


def segments(ctx):
    """Token ranges of each line of the text, cut again at '|'."""
    doc, start = ctx.doc, 0
    for token in doc:
        if token.text == "|" or "\n" in token.text:
            yield start, token.i
            start = token.i + 1
    yield start, len(doc)


def claim_credits(ctx, cues: set[str]) -> None:
    """'By Jane Roe in Nairobi | Photo: John Doe/Agency': short verbless segments opening with a cue."""
    doc = ctx.doc
    for start, end in segments(ctx):
        words = [t for t in doc[start:end] if not (t.is_punct or t.is_space)]
        if not words or len(words) > MAX_CREDIT_WORDS or any(t.pos_ in ("VERB", "AUX") for t in words):
            continue
        opens = any(normalise(ctx.text_of(words[0].i, words[0].i + n)) in cues for n in (1, 2, 3)
                    if words[0].i + n <= end)
        if opens:
            ctx.claimed.update(range(start, end))


def claim_datelines(ctx) -> None:
    """'WASHINGTON (Reuters) - ...': a line opening with a place in capitals, up to the dash that ends it."""
    doc = ctx.doc
    for start, end in segments(ctx):
        first = next((t for t in doc[start:end] if not t.is_space), None)
        if first is None or not (first.is_alpha and first.is_upper and len(first) > 2):
            continue
        dash = next((t.i for t in doc[first.i:min(first.i + MAX_DATELINE_TOKENS, end)] if t.text in DASHES), None)
        if dash is not None:
            ctx.claimed.update(range(first.i, dash + 1))


def claim_function_words(ctx, words: set[str]) -> None:
    """'"Who will rebuild the bridges?"': a capitalised function word opening a sentence, after any quote."""
    for sent in ctx.doc.sents:
        for token in sent:
            if token.text in OPENERS or token.is_space:
                continue
            if token.lower_ in words and not token.is_upper and ctx.norms[token.i] in ctx.registry.by_norm:
                ctx.claimed.add(token.i)  # only where a name could be read: "The" opening a description stays free
            break
