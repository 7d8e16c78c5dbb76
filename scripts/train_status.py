"""Fit the commitment engine's scalar factuality: for each status, and for a status held by the
author or by a source, the median UW train label (-3 did not happen ... 3 happened) of the predicates
the engine gives it ("*"), and the same median for each basis (what decided the status: "modal would",
"negation", "intention", a part-of-speech tag, ...) that at least MIN_ITEMS train predicates share.
Writes src/newsledger/frames/data/factuality_scale.json, deterministically (same data, same engine,
same file). UW train is research-use data; only these medians ship.

Run: .venv/bin/python scripts/train_status.py
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path

from newsledger.frames.commitment import DATA, STATUSES
from newsledger.interfaces.coding import factuality_lines

ROOT = Path(__file__).resolve().parents[1]
UW_TRAIN = ROOT / ".." / "shared" / "external" / "factuality" / "uw" / "train.jsonl"
OUT = DATA / "factuality_scale.json"
# A status that no train predicate gets keeps the middle of the scale's side it lies on.
FALLBACK = {"occurred": 3.0, "ongoing": 3.0, "claimed": 1.5, "planned": 0.0, "expected": 0.0,
            "hypothetical": 0.0, "negated": -3.0}
MIN_ITEMS = 20


def typical(values: list, fallback):
    """The median: the one value with the least absolute error over ``values``."""
    return round(statistics.median(values), 2) if values else fallback


def lines(records):
    for record in records:
        words = record["text"].split(" ")
        starts = [sum(len(w) + 1 for w in words[:i]) for i in range(len(words) + 1)]
        for n, target in enumerate(record["targets"]):
            first, last = target["span1"]
            yield json.dumps({"id": [record["idx"], n], "text": record["text"], "start": starts[first],
                              "end": starts[last] - 1, "label": target["label"]})


def main() -> None:
    records = [json.loads(line) for line in UW_TRAIN.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = {(r["idx"], n): t["label"] for r in records for n, t in enumerate(r["targets"])}
    labels = defaultdict(list)
    for result in factuality_lines(lines(records)):
        if isinstance(result, dict):
            side = "author" if result["commitment"] == "author" else "source"
            label = gold[tuple(result["id"])]
            labels[(side, result["status"], "*")].append(label)
            labels[(side, result["status"], result["basis"])].append(label)
    scale = {side: {status: {"*": typical(labels[(side, status, "*")], FALLBACK[status])} for status in STATUSES}
             for side in ("author", "source")}
    for (side, status, basis), values in sorted(labels.items()):
        if basis != "*" and len(values) >= MIN_ITEMS:
            scale[side][status][basis] = typical(values, None)
    counts = {" ".join(key): len(values) for key, values in sorted(labels.items())}
    OUT.write_text(json.dumps({"scale": scale, "train_items": counts}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(json.dumps(scale, indent=1), counts)


if __name__ == "__main__":
    main()
