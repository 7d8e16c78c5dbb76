"""Ingest on a Dask LocalCluster of 1 and of 2 workers on the first 2,000 Reuters-21578 stories:
seconds, docs/s, peak memory, the speed-up of 2 workers over 1, and where the CPU time went.

Each run is a fresh process (`Ledger.ingest(..., cluster="local:N")`) into a new SQLite ledger,
timed from start to end: starting the cluster and loading spaCy in each worker are included.
CPU seconds are split between the main process (reading, cleaning, storing: the one writer) and
the workers (analysis); with them, the speed-up 2 workers would give on 2 otherwise idle cores
is 2W / (W + M) (W: workers' CPU seconds, M: the main process's), a figure that a machine
shared with other work does not depress as it does the timed speed-up.
Run: make bench   (or .venv/bin/python bench/bench_cluster.py --stories 2000)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest import run_measured  # noqa: E402
from reuters import REUTERS, write_jsonl  # noqa: E402

ON_CLUSTER = """
import sys
from newsledger import Ledger
summary = Ledger(sys.argv[3]).ingest([sys.argv[1]], cluster=f"local:{sys.argv[2]}", analyse_copies=True)
# Reuters has a few stories with no prose (a three-line dividend table) that ingest rejects with a reason, as
# any run would; that nothing is lost on a cluster is what tests/cluster checks, record for record.
assert summary.new > 0 and not summary.stopped, summary
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stories", type=int, default=2000)
    options = parser.parse_args()
    if not REUTERS.exists():
        raise SystemExit(f"needs {REUTERS} (the shared corpus beside the repo)")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "reuters.jsonl"
        records = write_jsonl(corpus, options.stories)
        print(f"\nDask LocalCluster, Reuters-21578: {len(records)} stories")
        print(f"{'workers':>7}{'seconds':>9}{'docs/s':>9}{'peak RSS MB':>13}{'main CPU s':>12}{'workers CPU s':>15}")
        seconds = {}
        for workers in (1, 2):
            seconds[workers], (peak, _), main_cpu, workers_cpu = run_measured(ON_CLUSTER, [str(corpus), str(workers), str(Path(tmp) / f"ledger{workers}.db")])
            print(f"{workers:>7}{seconds[workers]:>9.1f}{len(records) / seconds[workers]:>9.1f}{peak:>13,.0f}"
                  f"{main_cpu:>12.1f}{workers_cpu:>15.1f}")
        print(f"speed-up of 2 workers over 1: {seconds[1] / seconds[2]:.2f} x measured; "
              f"{2 * workers_cpu / (workers_cpu + main_cpu):.2f} x on 2 idle cores, from the 2-worker run's CPU seconds")


if __name__ == "__main__":
    main()
