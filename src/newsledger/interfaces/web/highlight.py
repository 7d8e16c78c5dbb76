"""A document's text with its records highlighted, built from escaped pieces only."""

from __future__ import annotations

from markupsafe import Markup, escape


def record_spans(doc: dict) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, record id) for every record with a place in the text."""
    spans = [(m["start"], m["end"], "mention", f"mention-{i}") for i, m in enumerate(doc["mentions"])]
    spans += [(e["trigger_start"], e["trigger_end"], "event", e["event_id"]) for e in doc["events"] if e["trigger_start"] is not None]
    spans += [(q["text_start"], q["text_end"], "quote", q["quote_id"]) for q in doc["quotes"]]
    spans += [(f["start"], f["end"], "forecast", f["forecast_id"]) for f in doc["forecasts"]]
    return [s for s in spans if 0 <= s[0] < s[1] <= len(doc["text"])]


def highlighted_text(doc: dict) -> Markup:
    """The body split at every record boundary; each covered piece names the records that cover it."""
    text = doc["text"]
    spans = record_spans(doc)
    cuts = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [s for s in spans if s[0] <= start and s[1] >= end]
        piece = escape(text[start:end])
        if not covering:
            pieces.append(str(piece))
            continue
        kinds = " ".join(sorted({s[2] for s in covering}))
        ids = " ".join(s[3] for s in covering)
        pieces.append(f'<span class="hl {kinds}" data-records="{escape(ids)}" tabindex="0">{piece}</span>')
    return Markup("".join(pieces))
