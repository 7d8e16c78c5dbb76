"""`recode` against a full ingest on the first 2,000 Reuters-21578 stories, and what the stored parses weigh.

A full ingest (--jobs 1) and then a recode of every document from its stored parse, each in a fresh
process (so each pays for loading spaCy and the registry once); the ratio of their times is what
re-coding costs against ingesting again (target: at most 0.25). Both wall-clock and CPU seconds
(user + system, from getrusage) are given: on a busy machine the CPU ratio is the steadier one.
The stored-parse size is the sum of the parses table's DocBin bytes, per 1,000 documents.
Run: make bench   (or .venv/bin/python bench/bench_recode.py --stories 2000)
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import run_measured  # noqa: E402
from reuters import REUTERS, write_jsonl  # noqa: E402

INGEST = """
import sys
from newsledger import Ledger
summary = Ledger(sys.argv[2]).ingest([sys.argv[1]], jobs=1, analyse_copies=True)
assert summary.new > 0 and not summary.stopped, summary
"""
RECODE = """
import sys
from newsledger.interfaces.recode import run_recode, select_documents
from newsledger.store import Store
store = Store(sys.argv[1], create=False)
doc_ids = select_documents(store)
summary = run_recode(store, doc_ids)
assert summary.recoded == len(doc_ids) and not summary.reparsed and not summary.stopped, summary
"""


def _children_cpu() -> float:
    """User + system CPU seconds of this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=2000)
    options = parser.parse_args()
    if not REUTERS.exists():
        raise SystemExit(f"needs {REUTERS} (the shared corpus beside the repo)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "reuters.jsonl", Path(tmp) / "ledger.db"
        records = write_jsonl(corpus, options.stories)
        print(f"\nReuters-21578: {len(records)} stories; recode vs ingest (jobs 1)")
        print(f"{'run':<22}{'seconds':>9}{'CPU s':>9}{'docs/s':>9}{'peak RSS MB':>13}")
        times = {}
        for name, code, args in (("ingest", INGEST, [str(corpus), str(db)]), ("recode", RECODE, [str(db)])):
            cpu_before = _children_cpu()
            seconds, (peak, _), _, _ = run_measured(code, args)
            times[name] = seconds, _children_cpu() - cpu_before
            print(f"{'newsledger ' + name:<22}{seconds:>9.1f}{times[name][1]:>9.1f}{len(records) / seconds:>9.1f}{peak:>13,.0f}")
        print(f"recode takes {times['recode'][0] / times['ingest'][0]:.2f} of a full ingest's wall time and "
              f"{times['recode'][1] / times['ingest'][1]:.2f} of its CPU time (target <= 0.25)")
        with sqlite3.connect(db) as conn:
            count, size = conn.execute("SELECT count(*), sum(length(docbin)) FROM parses").fetchone()
        print(f"stored parses: {size / 1e6:.1f} MB for {count} documents = {size / count * 1000 / 1e6:.1f} MB per 1,000 documents")


if __name__ == "__main__":
    main()
