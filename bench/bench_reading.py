"""What coreference, discourse-time anchoring, actor resolution and geocoding add to spaCy's time on the
first N Reuters-21578 stories (one core, one process): each is timed inside the actors and events stages it
runs in. Issue 13 asks for resolution + geocoding within 12% of spaCy's time. Times are CPU seconds of this
process (time.process_time), so that other work on the machine does not skew the shares.

Run: .venv/bin/python bench/bench_reading.py [--stories 1000]   (part of `make bench`)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import REUTERS, write_jsonl  # noqa: E402

import newsledger.actors.stage as actor_stage  # noqa: E402
import newsledger.events.coder as coder  # noqa: E402
from newsledger import nlp  # noqa: E402
from newsledger.actors import load_registry  # noqa: E402
from newsledger.ingest import read_articles  # noqa: E402
from newsledger.pipeline import STAGES, Analysis  # noqa: E402
from newsledger.places.geocoder import gazetteer  # noqa: E402

SPENT = {"coreference": 0.0, "discourse time": 0.0, "resolution": 0.0, "geocoding": 0.0}


def timed(name: str, function):
    """``function`` with its seconds added to SPENT[name] on every call."""
    def run(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            SPENT[name] += time.process_time() - started
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=1000)
    options = parser.parse_args()
    if not REUTERS.exists():
        raise SystemExit(f"needs {REUTERS} (the shared corpus beside the repo)")
    actor_stage.resolve_references = timed("coreference", actor_stage.resolve_references)
    coder.event_date = timed("discourse time", coder.event_date)
    actor_stage.resolve = timed("resolution", actor_stage.resolve)
    coder.locate = timed("geocoding", coder.locate)
    with tempfile.TemporaryDirectory() as tmp:  # the stories as ingest reads them, with their dates
        corpus = Path(tmp) / "reuters.jsonl"
        write_jsonl(corpus, options.stories)
        articles = [a for a in read_articles([str(corpus)]) if getattr(a, "language", None) == "en"]
    load_registry()  # once per process: not a per-document cost
    gazetteer()
    started = time.process_time()
    docs = list(nlp.get_pipeline().pipe([a.text for a in articles], batch_size=nlp.BATCH_SIZE))
    spacy_s = time.process_time() - started
    for analysis, doc in zip([Analysis(a) for a in articles], docs):
        for _, stage, _ in STAGES:
            stage(analysis, doc)
    print(f"\n{len(docs)} Reuters stories, spaCy {spacy_s:.1f} CPU s")
    for name, seconds in SPENT.items():
        print(f"{name:<16}{seconds:>7.2f} s {100 * seconds / spacy_s:>6.1f}% of spaCy")
    located = SPENT["resolution"] + SPENT["geocoding"]
    print(f"resolution + geocoding = {100 * located / spacy_s:.1f}% of spaCy")


if __name__ == "__main__":
    main()
