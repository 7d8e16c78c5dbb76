"""The resolver's position lookups (entity at a token, entities in a range, tokens by text) agree with a scan."""

from __future__ import annotations

from newsledger.actors.resolver import Context


def test_lookups_agree_with_scanning_the_article(nlp, registry):
    doc = nlp("Human Rights Watch (HRW) said on Monday that HRW researchers met Kenyan officials in Nairobi.\n"
              "Amina Mohamed, a former foreign minister, told the BBC that the talks would go on.")
    ctx = Context(doc, registry, "2023-03-20", {})
    for token in doc:
        scanned = [ent for ent in doc.ents if ent.start <= token.i < ent.end]
        assert ctx.ent_at(token.i) == (scanned[0] if scanned else None)
    for start, end in ((0, 8), (5, len(doc)), (10, 12)):
        assert ctx.ents_between(start, end) == [ent for ent in doc.ents if start <= ent.start and ent.end <= end]
    assert ctx.token_positions("HRW") == [t.i for t in doc if t.text == "HRW"] and len(ctx.token_positions("HRW")) == 2
    assert ctx.token_positions("Reuters") == []
