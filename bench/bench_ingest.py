"""Ingest throughput and memory vs bare spaCy on the first 2,000 Reuters-21578 stories,
then what each pipeline step adds to spaCy's CPU time (one core, in one process).

The baseline ("bare spaCy") is the same installed model (newsledger.nlp.MODEL, spacy.load with
all its components: tok2vec, tagger, parser, attribute_ruler, lemmatizer, ner, each read by some
stage) over the same texts with nlp.pipe, n_process=jobs and newsledger's BATCH_SIZE. What
newsledger adds to it (its tokenizer wrapper and sentence-splitting components, reading, every
stage, keeping the parse, storing) is its own cost.

Each measurement runs in a fresh process, timed by the clock and by CPU seconds (user + system, of
the process and its workers: the steadier figure on a machine shared with other work); peak RSS is
the largest sum of resident memory over that process and its workers, sampled every 0.1 s, and peak
PSS the same for proportional set size (memory shared by several of them, such as the model pages that
workers forked from one server share, counted once in all: what the tree really takes).
Bare spaCy and newsledger take turns, --repeat times each (default 3), and each is given by its
fastest run: on a shared or virtual machine a run is slowed by whatever else runs, never sped up, so
the fastest run is the best estimate of each one's own cost (as timeit reports; the slowest run is
printed beside it to show the noise).
Run: make bench   (or .venv/bin/python bench/bench_ingest.py --stories 2000)
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import REUTERS, write_jsonl  # noqa: E402

BARE = """
import json, sys, spacy
from newsledger.nlp import MODEL, BATCH_SIZE
texts = [json.loads(line)["text"] for line in open(sys.argv[1])]
nlp = spacy.load(MODEL)
for _ in nlp.pipe(texts, n_process=int(sys.argv[2]), batch_size=BATCH_SIZE):
    pass
"""
# Reuters sent some stories twice: analyse copies too, so the pipeline parses every text bare spaCy does.
LEDGER = """
import sys
from newsledger import Ledger
summary = Ledger(sys.argv[3]).ingest([sys.argv[1]], jobs=int(sys.argv[2]), analyse_copies=True)
assert summary.new > 0 and not summary.stopped, summary
"""


def run_measured(code: str, args: list[str]) -> tuple[float, tuple[float, float], float, float]:
    """Seconds, peak RSS and peak PSS (MB, process tree), and CPU seconds of the main process and of its
    descendants (worker processes, last seen before they ended) of `python -c code args`."""
    proc = psutil.Popen([sys.executable, "-c", code, *args])
    peak, peak_pss, cpu = 0.0, 0.0, {}  # cpu: pid -> user + system seconds, last seen

    def sample():
        nonlocal peak, peak_pss
        while proc.is_running() and proc.status() != psutil.STATUS_ZOMBIE:
            try:
                tree = [proc, *proc.children(recursive=True)]
                memory = [p.memory_full_info() for p in tree]
                peak = max(peak, sum(m.rss for m in memory) / 1e6)
                peak_pss = max(peak_pss, sum(getattr(m, "pss", m.rss) for m in memory) / 1e6)
                for p in tree:
                    times = p.cpu_times()
                    cpu[p.pid] = times.user + times.system
            except psutil.Error:
                pass
            time.sleep(0.1)

    start = time.perf_counter()
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    if proc.wait() != 0:
        raise SystemExit(f"benchmark step failed: {args}")
    seconds = time.perf_counter() - start
    sampler.join()
    main = cpu.pop(proc.pid, 0.0)
    return seconds, (peak, peak_pss), main, sum(cpu.values())


STAGE_COSTS = """
import json, sys, time
from newsledger import nlp
from newsledger.actors import load_registry
from newsledger.ingest import read_articles
from newsledger.places.geocoder import gazetteer
from newsledger.pipeline import STAGES, Analysis
from newsledger.store import Store, parses

clock = time.process_time  # CPU seconds of this one process: steadier than the clock on a shared machine
started = clock()
articles = [a for a in read_articles([sys.argv[1]]) if getattr(a, "language", None) == "en"]
costs = {"read and clean": clock() - started}
started = clock()
load_registry()  # once per process, not per document: timed apart
gazetteer()
costs["loads (once)"] = clock() - started
started = clock()
docs = list(nlp.get_pipeline().pipe([a.text for a in articles], batch_size=nlp.BATCH_SIZE))
costs["spaCy"] = clock() - started
analyses = [Analysis(a) for a in articles]
for name, stage, _ in STAGES:
    started = clock()
    for analysis, doc in zip(analyses, docs):
        stage(analysis, doc)
    costs[name] = clock() - started
started = clock()
for analysis, doc in zip(analyses, docs):  # as analyse_batch keeps each parse for recode
    analysis.parse, analysis.parse_model = parses.to_bytes(doc), parses.model_label()
costs["parse kept"] = clock() - started
store = Store(sys.argv[2])
started = clock()
for analysis in analyses:
    store.save(analysis)
costs["store"] = clock() - started
print(json.dumps(costs))
"""


def stage_costs(corpus: Path, db: Path) -> None:
    """CPU seconds per step on one core, each against spaCy's: what each stage adds."""
    result = subprocess.run([sys.executable, "-c", STAGE_COSTS, str(corpus), str(db)], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"stage cost step failed: {result.stderr[-2000:]}")
    costs = json.loads(result.stdout)
    spacy_s = costs["spaCy"]
    print(f"\n{'step (jobs 1)':<22}{'CPU s':>9}{'% of spaCy':>12}")
    for name, seconds in costs.items():
        print(f"{name:<22}{seconds:>9.2f}{100 * seconds / spacy_s:>11.1f}%")
    spine = costs["read and clean"] + costs["sentences"] + costs["store"]
    print(f"{'spine (read, sentences, store)':<31}{100 * spine / spacy_s:>14.1f}% of spaCy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, taking turns; each is given by its fastest")
    options = parser.parse_args()
    if not REUTERS.exists():
        raise SystemExit(f"needs {REUTERS} (the shared corpus beside the repo)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "reuters.jsonl"
        records = write_jsonl(corpus, options.stories)
        words = sum(len(r["text"].split()) for r in records)
        print(f"Reuters-21578: {len(records)} stories, {words:,} words")
        print(f"{'run (fastest of ' + str(options.repeat) + ')':<22}{'jobs':>5}{'seconds':>9}{'CPU s':>8}{'docs/s':>9}"
              f"{'words/s':>10}{'peak RSS MB':>13}{'PSS MB':>8}{'slowest s':>11}")
        ratios, cpu_ratios = {}, {}
        runs = (("bare spaCy nlp.pipe", BARE), ("newsledger ingest", LEDGER))
        for jobs in options.jobs:
            measured = {name: [] for name, _ in runs}  # (seconds, peak MB, CPU s) per run
            for turn in range(options.repeat):
                for name, code in runs:
                    extra = [str(Path(tmp) / f"ledger{jobs}-{turn}.db")] if code is LEDGER else []
                    seconds, peak, main_cpu, workers_cpu = run_measured(code, [str(corpus), str(jobs), *extra])
                    measured[name].append((seconds, peak, main_cpu + workers_cpu))
            best, best_cpu = {}, {}
            for name, _ in runs:
                seconds = min(m[0] for m in measured[name])
                best[name], best_cpu[name] = seconds, min(m[2] for m in measured[name])
                peak, pss = (max(m[1][i] for m in measured[name]) for i in (0, 1))
                print(f"{name:<22}{jobs:>5}{seconds:>9.1f}{best_cpu[name]:>8.1f}{len(records) / seconds:>9.1f}"
                      f"{words / seconds:>10,.0f}{peak:>13,.0f}{pss:>8,.0f}{max(m[0] for m in measured[name]):>11.1f}")
            ratios[jobs] = best["bare spaCy nlp.pipe"] / best["newsledger ingest"]
            cpu_ratios[jobs] = best_cpu["bare spaCy nlp.pipe"] / best_cpu["newsledger ingest"]
            print(f"{'':<22}{jobs:>5}  newsledger throughput = {ratios[jobs]:.2f} x bare spaCy "
                  f"({cpu_ratios[jobs]:.2f} by CPU seconds)")
        # CPU seconds (processes and workers, user + system) are the steadier figure on a machine shared with other work.
        print("whole pipeline / bare spaCy: " + ", ".join(f"{r:.2f} at --jobs {j}" for j, r in ratios.items())
              + "; by CPU seconds: " + ", ".join(f"{r:.2f} at --jobs {j}" for j, r in cpu_ratios.items()) + " (target 0.8)")
        stage_costs(corpus, Path(tmp) / "stages.db")


if __name__ == "__main__":
    main()
