"""Score the event coder on PLOVER's gold-standard dev records (CC BY-SA 4.0).

Triples (source country, target country, PLOVER category) per record; old 0.5
category names are mapped to current ones as the data's README says.
Run: .venv/bin/python scripts/eval_plover.py [--limit N] [--speed] [--as-listed] [--show-read]
(--as-listed scores the 8 "SRC/TAR" records as the JSON lists them, each actor a source with no
target, instead of as reciprocal pairs.)

The records are split once, by position in the file: even positions (0, 2, ...) are the *read*
part, which may be looked at record by record while writing rules (--show-read prints its
misses); odd positions are the *score-only* part, of which only aggregate figures are printed
(issue 17: a change that lifts only the read part is fitting, not learning).
"""

from __future__ import annotations

import argparse
import datetime
import json
import re
import time
from pathlib import Path

from newsledger.actors import resolve
from newsledger.events import code
from newsledger.nlp import get_pipeline

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "external" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
OLD_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
DAY = datetime.date(2000, 1, 1)
RECIPROCAL = "SRC/TAR:"


def gold_triples(record, reciprocal=True) -> set:
    """Triples of a record. Its markup's "SRC/TAR" marks actors that are "reciprocal source/target
    in the CAMEO system" (the data's readme); the JSON lists them all as sources with no target,
    so each is scored as acting on each other one."""
    def codes(side):
        return [a["code"][:3] for a in side] if isinstance(side, list) and side else [None]
    category = OLD_NAMES.get(record["event"], record["event"])
    sources, targets = codes(record.get("source")), codes(record.get("target"))
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    if reciprocal and RECIPROCAL in markup and targets == [None] and len(sources) > 1:
        return {(s, t, category) for s in sources for t in sources if s != t}
    return {(s, t, category) for s in sources for t in targets}


def actor_code(actor_id, actors) -> str | None:
    actor = actors.get(actor_id) if actor_id else None
    if actor is None:
        return None
    return actor.country or (actor.code or actor_id)[:3]


def depth(doc, offset: int) -> int:
    token = next(t for t in doc if t.idx == offset)
    return len(list(token.ancestors))


def predicted_triples(doc) -> set:
    """The record's main event: the coded triggers nearest the root of the parse (GSR codes one)."""
    mentions, actors = resolve(doc, DAY)
    events = [e for e in code(doc, mentions, actors, [], DAY) if e.plover]
    if not events:
        return set()
    top = min(depth(doc, e.trigger_start) for e in events)
    return {(actor_code(e.source, actors), actor_code(e.target, actors), e.plover)
            for e in events if depth(doc, e.trigger_start) == top}


PARTS = {"read": 0, "score-only": 1}  # remainder of the record's position modulo 2


def records(limit=None, part=None) -> list:
    """Dev records with an event and a text; ``part`` "read" or "score-only" keeps that half."""
    data = [r for r in json.loads(DEV.read_text()) if r.get("event") and r.get("text")]
    if part is not None:
        data = data[PARTS[part]::2]
    return data[:limit] if limit else data


def score(limit=None, reciprocal=True, part=None, show=False) -> dict:
    """Micro precision, recall and F1 of main-event triples over the records (``part`` as for
    records); ``show`` prints each missed record, and is refused for the score-only part."""
    if show and part != "read":
        raise ValueError("only the read part may be printed record by record")
    nlp = get_pipeline()
    tp = n_pred = n_gold = agree = correct = 0
    for record in records(limit, part):
        gold, pred = gold_triples(record, reciprocal), predicted_triples(nlp(record["text"]))
        if show and gold != pred:
            print(f"--- {record['text'][:300]}\n    gold={sorted(gold, key=str)} pred={sorted(pred, key=str)}")
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
        gold_pairs = {(s, t): c for s, t, c in gold}
        for s, t, c in pred:
            if (s, t) in gold_pairs:
                agree, correct = agree + 1, correct + (gold_pairs[(s, t)] == c)
    precision, recall = tp / max(n_pred, 1), tp / max(n_gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"records": len(records(limit, part)), "precision": precision, "recall": recall, "f1": f1,
            "actor_agreed": agree, "category_accuracy": correct / max(agree, 1)}


REUTERS = DEV.parents[2] / "corpus" / "reuters21578" / "sgm" / "reut2-000.sgm"


def speed(n_docs: int = 200) -> str:
    """ms/doc of spaCy and of event coding (frames, status, dates, places) over Reuters stories,
    after one warm-up document so that one-time loads (gazetteer, registry, lexicons) are not timed."""
    bodies = re.findall(r"<BODY>(.*?)</BODY>", REUTERS.read_text(errors="replace"), re.S)[:n_docs]
    nlp = get_pipeline()
    started = time.perf_counter()
    docs = list(nlp.pipe(bodies))
    spacy_s = time.perf_counter() - started
    resolved = [resolve(doc, DAY) for doc in docs]
    warm_up = nlp("Russian troops shelled the town of Izium in eastern Ukraine on Monday, officials in Kyiv said.")
    code(warm_up, *resolve(warm_up, DAY), [], DAY)
    started = time.perf_counter()
    for doc, (mentions, actors) in zip(docs, resolved):
        code(doc, mentions, actors, [], DAY)
    events_s = time.perf_counter() - started
    return (f"docs={len(docs)} spacy_ms_per_doc={1000 * spacy_s / len(docs):.1f} "
            f"events_ms_per_doc={1000 * events_s / len(docs):.2f} overhead={100 * events_s / spacy_s:.1f}% "
            f"docs_per_s={len(docs) / (spacy_s + events_s):.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int)
    parser.add_argument("--speed", action="store_true", help="also time 200 Reuters stories")
    parser.add_argument("--as-listed", action="store_true", help="SRC/TAR records as listed, not as reciprocal pairs")
    parser.add_argument("--show-read", action="store_true", help="print the read part's missed records")
    args = parser.parse_args()
    if args.speed:
        print(speed())
    for part in ("read", "score-only", None):
        result = score(args.limit, not args.as_listed, part, show=args.show_read and part == "read")
        figures = " ".join(f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items())
        print(f"{part or 'whole'}: {figures}")


if __name__ == "__main__":
    main()
