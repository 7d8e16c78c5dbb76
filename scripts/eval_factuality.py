"""Score the status classifier on MEANTIME dev (corpus_gm, CC BY 4.0) and UW dev (research use).

MEANTIME label mapping (ours): special_cases COND_* -> hypothetical; polarity NEG -> negated;
certainty POSSIBLE/PROBABLE -> expected; time FUTURE -> planned; else occurred.
Mentions without factuality attributes are skipped, as the data README advises.
Sentences are rebuilt by joining tokens with spaces; the predicate is the first anchor token.
UW gives a mean judgement in [-3, 3]: >= 1 is "happened" (our occurred or ongoing), <= -1 "did not"
(negated), anything between "uncertain" (expected, planned, hypothetical or claimed). UW predicates
go through the same code as `newsledger factuality --jsonl`.
Run: .venv/bin/python scripts/eval_factuality.py
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from newsledger.events.status import classify_span
from newsledger.interfaces.coding import factuality_lines
from newsledger.nlp import get_pipeline

FACTUALITY = Path(__file__).resolve().parents[1] / ".." / "shared" / "external" / "factuality"
GM = FACTUALITY / "meantime" / "intra_cross-doc_annotation" / "corpus_gm"
UW_DEV = FACTUALITY / "uw" / "dev.jsonl"
UW_CLASS = {"occurred": "happened", "ongoing": "happened", "negated": "did not"}


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


def report(title: str, confusion: Counter) -> None:
    print(f"== {title}")
    golds = sorted({g for g, _ in confusion})
    labels = sorted(set(golds) | {p for _, p in confusion})
    for gold in golds:
        total = sum(n for (g, _), n in confusion.items() if g == gold)
        print(f"{gold:13s} n={total:4d} accuracy={confusion[(gold, gold)] / total:.3f}")
    print("overall accuracy", f"{sum(n for (g, p), n in confusion.items() if g == p) / sum(confusion.values()):.3f}")
    print("gold\\pred     " + " ".join(f"{p[:8]:>8s}" for p in labels))
    for gold in golds:
        print(f"{gold:13s}" + " ".join(f"{confusion[(gold, p)]:8d}" for p in labels))


def meantime() -> Counter:
    nlp = get_pipeline()
    confusion = Counter()
    for path in sorted(GM.glob("*.xml")):
        for text, start, end, gold in items(path):
            confusion[(gold, classify_span(nlp(text), start, end)[0])] += 1
    return confusion


def uw_class(label: float) -> str:
    return "happened" if label >= 1 else "did not" if label <= -1 else "uncertain"


def uw() -> Counter:
    """UW dev predicates as `factuality --jsonl` lines; statuses folded into UW's three classes."""
    lines, gold = [], {}
    for record in map(json.loads, UW_DEV.read_text(encoding="utf-8").splitlines()):
        words = record["text"].split(" ")
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
        for n, target in enumerate(record["targets"]):
            first, last = target["span1"]
            key = f"{record['idx']}-{n}"
            lines.append(json.dumps({"id": key, "text": record["text"], "start": starts[first], "end": starts[last] - 1}))
            gold[key] = uw_class(target["label"])
    confusion = Counter()
    for result in factuality_lines(lines):
        confusion[(gold[result["id"]], UW_CLASS.get(result["status"], "uncertain"))] += 1
    return confusion


def main() -> None:
    report("MEANTIME dev (corpus_gm)", meantime())
    report("UW dev", uw())


if __name__ == "__main__":
    main()
