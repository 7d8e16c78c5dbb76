"""Score the status classifier on MEANTIME dev (corpus_gm, CC BY 4.0).

Label mapping (ours): special_cases COND_* -> hypothetical; polarity NEG -> negated;
certainty POSSIBLE/PROBABLE -> expected; time FUTURE -> planned; else occurred.
Mentions without factuality attributes are skipped, as the data README advises.
Sentences are rebuilt by joining tokens with spaces; the predicate is the first anchor token.
Run: .venv/bin/python scripts/eval_factuality.py
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from newsledger.events.status import classify_span
from newsledger.nlp import get_pipeline

GM = Path(__file__).resolve().parents[1] / ".." / "shared" / "external" / "factuality" / "meantime" / "intra_cross-doc_annotation" / "corpus_gm"


def gold_status(mention) -> str | None:
    if not mention.get("certainty"):
        return None
    if mention.get("special_cases", "").startswith("COND"):
        return "hypothetical"
    if mention.get("polarity") == "NEG":
        return "negated"
    if mention.get("certainty") in ("POSSIBLE", "PROBABLE"):
        return "expected"
    return "planned" if mention.get("time") == "FUTURE" else "occurred"


def items(path: Path):
    """(sentence text, start, end, gold) for each annotated event mention."""
    root = ET.parse(path).getroot()
    tokens = {t.get("t_id"): t for t in root.iter("token")}
    sentences, offsets = {}, {}
    for token in root.iter("token"):
        words = sentences.setdefault(token.get("sentence"), [])
        offsets[token.get("t_id")] = sum(len(w) + 1 for w in words)
        words.append(token.text or "")
    for mention in root.iter("EVENT_MENTION"):
        anchors = [a.get("t_id") for a in mention.iter("token_anchor")]
        gold = gold_status(mention)
        if gold and anchors:
            token = tokens[anchors[0]]
            start = offsets[anchors[0]]
            yield " ".join(sentences[token.get("sentence")]), start, start + len(token.text or ""), gold


def main() -> None:
    nlp = get_pipeline()
    confusion = Counter()
    for path in sorted(GM.glob("*.xml")):
        for text, start, end, gold in items(path):
            confusion[(gold, classify_span(nlp(text), start, end)[0])] += 1
    labels = sorted({g for g, _ in confusion} | {p for _, p in confusion})
    for gold in sorted({g for g, _ in confusion}):
        total = sum(n for (g, _), n in confusion.items() if g == gold)
        print(f"{gold:13s} n={total:4d} accuracy={confusion[(gold, gold)] / total:.3f}")
    print("overall accuracy", f"{sum(n for (g, p), n in confusion.items() if g == p) / sum(confusion.values()):.3f}")
    print("gold\\pred     " + " ".join(f"{p[:8]:>8s}" for p in labels))
    for gold in labels:
        print(f"{gold:13s}" + " ".join(f"{confusion[(gold, p)]:8d}" for p in labels))


if __name__ == "__main__":
    main()
