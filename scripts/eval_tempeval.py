"""Score newsledger.timex on TempEval-3 training data (TimeBank + AQUAINT, ../shared/external/tempeval3).

Prints strict and relaxed extent F1, type accuracy and value F1 (TempEval-3 definitions:
attribute F1 = relaxed extent F1 x attribute accuracy on relaxed matches).

    .venv/bin/python scripts/eval_tempeval.py [--errors N] [--part TimeBank|AQUAINT]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsledger.timex import tag
from newsledger.timex.tempeval import Counts, count, match, read_corpus, scores

REPO = Path(__file__).resolve().parents[1]
TEMPEVAL = REPO.parent / "shared" / "external" / "tempeval3"


def evaluate(root: Path = TEMPEVAL, show_errors: int = 0) -> dict[str, float]:
    total = Counts()
    errors: list[str] = []
    for doc in read_corpus(root):
        system = tag(doc.text, doc.dct)
        total.add(count(doc.timexes, system))
        errors.extend(_errors(doc, system))
    for line in errors[:show_errors]:
        print(line)
    return {**scores(total), "gold": total.gold, "system": total.system}


def _errors(doc, system) -> list[str]:
    """Misses, false alarms and wrong values, one line each, for error analysis."""
    pairs = match(doc.timexes, system)
    matched_gold = {id(g) for g, _ in pairs}
    matched_system = {id(s) for _, s in pairs}
    lines = [f"MISS  {doc.dct} {doc.text[g.start:g.end]!r} {g.type} {g.value}" for g in doc.timexes if id(g) not in matched_gold]
    lines += [f"EXTRA {doc.dct} {s.text!r} {s.type} {s.value}  ..{doc.text[max(0, s.start - 40):s.end + 20]!r}" for s in system if id(s) not in matched_system]
    lines += [f"VALUE {doc.dct} {doc.text[g.start:g.end]!r}/{s.text!r} gold {g.type} {g.value} got {s.type} {s.value}" for g, s in pairs if g.value != s.value or g.type != s.type]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="print this many error lines first")
    parser.add_argument("--part", default="", help="TimeBank or AQUAINT only")
    args = parser.parse_args()
    result = evaluate(TEMPEVAL / args.part, args.errors)
    print(f"gold {result['gold']}  system {result['system']}")
    for name in ("strict_f1", "relaxed_f1", "type_accuracy", "type_f1", "value_accuracy", "value_f1", "value_f1_one_to_one"):
        print(f"{name:20s} {result[name]:.4f}")


if __name__ == "__main__":
    main()
