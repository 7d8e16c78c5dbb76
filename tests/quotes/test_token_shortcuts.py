"""The attribution stage makes a Token object only where a rule can use it: cue candidates for reported speech,
and whole sentences only around quotations. Text written for these tests."""

from __future__ import annotations

from newsledger.discourse import quote_spans
from newsledger.nlp import doc_text, sentence_spans
from newsledger.quotes.attribution import (Context, cue_candidates, find_attributions, is_cue, quote_sentences,
                                           sentence_tokens)

TEXT = ("The port authority said on Monday that the docks would reopen, according to a statement. "
        "Workers have been waiting for weeks.\n"
        "The union leader told reporters:\n"
        "“We will not return until the cranes are safe.”\n"
        "Shipping firms were told to expect delays. “It is a mess,” one broker said.")


def context(nlp):
    doc = nlp(TEXT)
    sentences = sentence_spans(doc)
    return Context(doc, sentences, quote_spans(doc_text(doc)), [start for start, _ in sentences])


def test_cue_candidates_hold_every_cue_and_according(nlp):
    ctx = context(nlp)
    every = sentence_tokens(ctx, set(range(len(ctx.sentences))))
    for candidates, tokens in zip(cue_candidates(ctx), every, strict=True):
        assert [t.i for t in tokens if is_cue(t) or t.lower_ == "according"] == \
            [t.i for t in candidates if is_cue(t) or t.lower_ == "according"]
    assert any(t.lower_ == "according" for sentence in cue_candidates(ctx) for t in sentence)


def test_whole_sentences_are_made_only_around_quotations(nlp):
    ctx = context(nlp)
    wanted = quote_sentences(ctx)
    grouped = sentence_tokens(ctx, wanted)
    assert 0 not in wanted and all(grouped[i] for i in wanted if 0 <= i < len(grouped))
    assert not any(grouped[i] for i in range(len(grouped)) if i not in wanted)


def test_quotations_keep_their_cues_before_and_after(nlp):
    found = [(a.kind, TEXT[slice(*a.cue)] if a.cue else None, [TEXT[slice(*c)] for c in a.contents])
             for a in find_attributions(nlp(TEXT))]
    assert ("direct", "told", ["“We will not return until the cranes are safe.”"]) in found  # "X told reporters:"
    assert ("direct", "said", ["“It is a mess,”"]) in found  # '"…," one broker said.'
    assert ("indirect", "said", ["that the docks would reopen"]) in found
