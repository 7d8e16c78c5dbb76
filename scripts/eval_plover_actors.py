"""Share of PLOVER gold actors whose country code the actor resolver assigns.

Usage: python scripts/eval_plover_actors.py [PLOVER_GSR_CAMEO.dev.json] [--misses]
       python scripts/eval_plover_actors.py --reuters [N]   (timing: spaCy vs resolve, ms/doc on N Reuters bodies)

Definition. For each gold record with text, the resolver runs on the record's text (dated by its
``date`` field). The *assigned codes* of the record are, for every resolved mention, its actor's
country (ISO alpha-3) plus ``IGO`` when the actor is an international organisation, plus the countries
of the roles a person holds on that date. A gold source or target actor counts as found when its
``code`` field (e.g. HUN, USA, IGO) is among the record's assigned codes. Gold actors without a code
are skipped. Printed: found / total for sources, targets and both, for all records and for the two halves of
a fixed split: records at even positions (0, 2, ... in the file's order, counting records with text) are "read"
(tuning may look at them; ``--misses`` prints their misses), those at odd positions are "score-only" (only
their counts are ever printed).
"""

from __future__ import annotations

import datetime
import html
import json
import re
import sys
import time
from pathlib import Path

from newsledger.actors import load_registry, resolve
from newsledger.actors.nonactors import us_city_in
from newsledger.actors.registry import role_valid
from newsledger.nlp import get_pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEFAULT = SHARED / "external" / "plover" / "PLOVER_GSR_CAMEO.dev.json"
REUTERS = SHARED / "corpus" / "reuters21578" / "sgm" / "reut2-000.sgm"
BODY_RE = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def actor_codes(actor, on: str) -> set[str]:
    codes = {actor.country} if actor.country else set()
    if actor.actor_type == "igo" or (actor.code or "").startswith("IGO"):
        codes.add("IGO")
    for role in actor.roles:
        if role_valid(role, on) and role.get("country"):
            codes.add("IGO" if role["country"].startswith("IGO") else role["country"][:3])
    return codes


def assigned_codes(mentions, actors, on: str) -> set[str]:
    codes: set[str] = set()
    for mention in mentions:
        codes |= actor_codes(actors[mention.actor_id], on)
    return codes


def gold_actors(record: dict, side: str) -> list[dict]:
    value = record.get(side) or []
    return [a for a in value if isinstance(a, dict) and a.get("code")]


def evaluate(path: Path, misses: list | None = None) -> dict[str, dict[str, list[int]]]:
    """{part: {side: [found, total]}} for parts "all", "read" (even positions) and "score-only" (odd)."""
    nlp, registry = get_pipeline(), load_registry()
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")]
    counts = {part: {"source": [0, 0], "target": [0, 0]} for part in ("all", "read", "score-only")}
    for position, (record, doc) in enumerate(zip(records, nlp.pipe(r["text"] for r in records))):
        on = record.get("date") or None
        mentions, actors = resolve(doc, datetime.date.fromisoformat(on) if on else None, registry)
        codes = assigned_codes(mentions, actors, on)
        part = "read" if position % 2 == 0 else "score-only"
        for side in ("source", "target"):
            for actor in gold_actors(record, side):
                found = actor["code"] in codes
                for tally in (counts["all"][side], counts[part][side]):
                    tally[0] += found
                    tally[1] += 1
                if not found and part == "read" and misses is not None:
                    misses.append(f"{side} {actor['code']} not in {sorted(codes)}: {record['text'][:300]}")
    return counts


def reuters_bodies(count: int) -> list[str]:
    raw = REUTERS.read_bytes().decode("latin-1")
    return [html.unescape(body).strip() for body in BODY_RE.findall(raw)[:count]]


def time_reuters(count: int) -> None:
    """ms/doc for the spaCy pipeline and for resolve() on the first ``count`` Reuters bodies."""
    nlp, registry = get_pipeline(), load_registry()
    bodies = reuters_bodies(count)
    started = time.perf_counter()
    docs = list(nlp.pipe(bodies, batch_size=16))
    parsed = time.perf_counter()
    resolve(docs[0], None, registry)  # first call builds the per-process lookup caches
    us_city_in("Savannah", "GA")  # and so does the first city qualified by a US state (GeoNames' cities, read once)
    warm = time.perf_counter()
    for doc in docs:
        resolve(doc, datetime.date(1987, 3, 1), registry)
    done = time.perf_counter()
    spacy_ms, resolve_ms = 1000 * (parsed - started) / len(docs), 1000 * (done - warm) / len(docs)
    print(f"{len(docs)} Reuters stories: spaCy {spacy_ms:.1f} ms/doc, resolve {resolve_ms:.2f} ms/doc "
          f"({100 * resolve_ms / spacy_ms:.1f}% of spaCy); one-off cache build {1000 * (warm - parsed):.0f} ms")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--reuters":
        time_reuters(int(sys.argv[2]) if len(sys.argv) > 2 else 200)
        return
    arguments = [a for a in sys.argv[1:] if a != "--misses"]
    path = Path(arguments[0]) if arguments else DEFAULT
    misses: list[str] | None = [] if "--misses" in sys.argv else None
    for part, counts in evaluate(path, misses).items():
        found = sum(c[0] for c in counts.values())
        total = sum(c[1] for c in counts.values())
        print(f"{part}:")
        for side, (hit, n) in counts.items():
            print(f"  {side:7} {hit}/{n} = {hit / n:.3f}")
        print(f"  both    {found}/{total} = {found / total:.3f}  (gold actors whose country code is assigned)")
    for miss in misses or ():
        print("MISS (read)", miss)


if __name__ == "__main__":
    main()
