"""Score the commitment engine (frames.commitment) on MEANTIME dev (corpus_gm, CC BY 4.0) and UW dev
(research use), each split once into a read part and a score-only part.

Splits (fixed here, never tuned): MEANTIME dev by document, the sorted file list's even positions
(0, 2, ...) read and odd positions score-only; UW dev by record position in dev.jsonl, even read,
odd score-only. Only aggregate figures are printed for the score-only parts; --show-read prints the
read part's MEANTIME misses, sentence by sentence.

MEANTIME label mapping (ours): special_cases COND_* -> hypothetical; polarity NEG -> negated;
certainty POSSIBLE/PROBABLE -> expected; time FUTURE -> planned; else occurred. Mentions without
factuality attributes are skipped, as the data README advises. MEANTIME annotates a reported event
as its source presents it (in the train sub-corpora 33 of 49 annotated events under "say" are
certain, positive and past), so it is scored against the status in the holder's view
(Commitment.view: "occurred" where the author-level status is "claimed"). MEANTIME has no "ongoing"
class: its time attribute is FUTURE or NON_FUTURE, and a certain, positive, present event is one
it counts as having happened, so a predicted "ongoing" is scored as "occurred".
Sentences are rebuilt by joining tokens with spaces; the predicate is the first anchor token.

UW gives a mean judgement in [-3, 3]. The engine's scalar (Commitment.factuality) is scored by mean
absolute error and Pearson r against it; the 3-class accuracy folds the gold and the scalar alike
into >= 1 "happened", <= -1 "did not", else "uncertain" (UW's annotators rate most planned and
expected events above 1, so the status itself is no UW class). UW predicates go through the same code as `newsledger factuality --jsonl`.
Each part also gets its "always occurred" baseline (UW: a constant 3.0 and "happened").

Run: .venv/bin/python scripts/eval_factuality.py [--show-read]
"""

from __future__ import annotations

import json
import statistics
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from newsledger.events.status import commitment, span_root
from newsledger.interfaces.coding import factuality_lines
from newsledger.nlp import get_pipeline

FACTUALITY = Path(__file__).resolve().parents[1] / ".." / "shared" / "external" / "factuality"
MEANTIME = FACTUALITY / "meantime" / "intra_cross-doc_annotation"
GM = MEANTIME / "corpus_gm"
UW_DEV = FACTUALITY / "uw" / "dev.jsonl"
PARTS = ("read", "score-only")


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


def meantime_split(folder: Path = GM) -> dict[str, list[Path]]:
    """The fixed split by document: even positions of the sorted file list read, odd score-only."""
    files = sorted(folder.glob("*.xml"))
    return {"read": files[0::2], "score-only": files[1::2]}


def meantime(files: list[Path], show: bool = False) -> Counter:
    """Confusion (gold, predicted view) over the annotated mentions of ``files``."""
    nlp = get_pipeline()
    confusion = Counter()
    for path in files:
        for text, start, end, gold in items(path):
            found = commitment(span_root(nlp(text), start, end))
            view = "occurred" if found.view == "ongoing" else found.view
            confusion[(gold, view)] += 1
            if show and gold != view:
                print(f"  gold={gold} got={found.view} [{text[start:end]}] {text}\n    {found.chain}")
    return confusion


def report_meantime(part: str, confusion: Counter) -> None:
    total = sum(confusion.values())
    correct = sum(n for (g, p), n in confusion.items() if g == p)
    always = sum(n for (g, _), n in confusion.items() if g == "occurred")

    def recall(label):
        gold = sum(n for (g, _), n in confusion.items() if g == label)
        return f"{confusion[(label, label)] / gold:.3f} (n={gold})" if gold else "n/a"
    print(f"MEANTIME dev {part}: n={total} accuracy={correct / total:.3f} (always occurred {always / total:.3f}); "
          f"recall planned={recall('planned')} expected={recall('expected')} negated={recall('negated')} "
          f"hypothetical={recall('hypothetical')}")
    if part == "read":
        labels = sorted({g for g, _ in confusion} | {p for _, p in confusion})
        print("  gold\\pred     " + " ".join(f"{p[:8]:>8s}" for p in labels))
        for gold in sorted({g for g, _ in confusion}):
            print(f"  {gold:13s}" + " ".join(f"{confusion[(gold, p)]:8d}" for p in labels))


def uw_class(label: float) -> str:
    return "happened" if label >= 1 else "did not" if label <= -1 else "uncertain"


def uw_split() -> dict[str, list[dict]]:
    """The fixed split by record position in dev.jsonl: even read, odd score-only."""
    records = [json.loads(line) for line in UW_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {"read": records[0::2], "score-only": records[1::2]}


def uw_predictions(records: list[dict]) -> list[tuple[float, dict]]:
    """(gold label, `factuality --jsonl` result) for each target of ``records``."""
    lines, gold = [], {}
    for record in records:
        words = record["text"].split(" ")
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
        for n, target in enumerate(record["targets"]):
            first, last = target["span1"]
            key = f"{record['idx']}-{n}"
            lines.append(json.dumps({"id": key, "text": record["text"], "start": starts[first], "end": starts[last] - 1}))
            gold[key] = target["label"]
    return [(gold[result["id"]], result) for result in factuality_lines(lines) if isinstance(result, dict)]


def report_uw(part: str, pairs: list[tuple[float, dict]]) -> None:
    golds = [g for g, _ in pairs]
    scores = [r["factuality"] for _, r in pairs]
    mae = sum(abs(g - s) for g, s in zip(golds, scores)) / len(pairs)
    classes = sum(uw_class(g) == uw_class(r["factuality"]) for g, r in pairs) / len(pairs)
    always_mae = sum(abs(g - 3.0) for g in golds) / len(pairs)
    always_class = sum(uw_class(g) == "happened" for g in golds) / len(pairs)
    print(f"UW dev {part}: n={len(pairs)} MAE={mae:.3f} Pearson r={statistics.correlation(golds, scores):.3f} "
          f"3-class accuracy={classes:.3f} (always occurred: MAE {always_mae:.3f}, 3-class {always_class:.3f})")


def main(argv: list[str]) -> None:
    show = "--show-read" in argv
    for part, files in meantime_split().items():
        report_meantime(part, meantime(files, show=show and part == "read"))
    for part, records in uw_split().items():
        report_uw(part, uw_predictions(records))


if __name__ == "__main__":
    main(sys.argv[1:])
