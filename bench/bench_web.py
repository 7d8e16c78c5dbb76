"""Web pages on a ledger of 100,000 synthetic events: median response time of repeated requests.

Run: .venv/bin/python bench/bench_web.py [--events 100000] [--repeat 20] [--ledger PATH]   (part of `make bench`)

Each page's median wall time and median CPU time of this process (the app runs in it): on a machine
busy with other work the wall time grows and the CPU time does not. Issue 16's bounds: every list, facet
and chart page under 300 ms, the map and the network under 1 s (median wall time of 20); each line says
pass or FAIL against its bound, and the first request of each page is shown apart (wall and CPU): a cold
one, with every ledger memo emptied before it (analysis.memo), as after a change to the ledger. The last
line is the peak resident memory of this process, the server's. --ledger keeps the synthetic ledger at PATH
(built there once, reused on later runs; an older schema is migrated when opened).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402

from newsledger.analysis.memo import forget_all  # noqa: E402


BOUND_MS = 300
CHART_BOUND_MS = {"map": 1000, "network": 1000}


def median_ms(client, url: str, repeat: int) -> tuple[float, float, float, float]:
    """Milliseconds of the first request for `url` (wall and CPU), then the median wall and CPU of `repeat` more."""
    forget_all()  # the first request is cold, as after a change to the ledger
    start, start_cpu = time.perf_counter(), time.process_time()
    client.get(url)
    first, first_cpu = (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return first, first_cpu, statistics.median(wall), statistics.median(cpu)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--ledger", type=Path, help="keep the synthetic ledger here (built once, then reused)")
    options = parser.parse_args()
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = str(options.ledger or Path(tmp) / "synthetic.db")
        if options.ledger and options.ledger.exists():
            ids = [f"actor-{i:03d}" for i in range(4)]  # build()'s actor ids
            print(f"synthetic ledger: reused {path}")
        else:
            started = time.perf_counter()
            ids = build(path, options.events)
            print(f"synthetic ledger: {options.events:,} events built in {time.perf_counter() - started:.0f} s")
        client = TestClient(create_app(path), base_url="http://localhost")  # a Host the app answers
        pages = {
            "timeline": "/timeline",
            "timeline, one actor": f"/timeline?actors={ids[3]}",
            "timeline, filtered": f"/timeline?status=occurred&root=04&sort=-date&page_no=3",
            "timeline, undated": "/timeline?undated=1",
            "dyad": f"/dyad?a={ids[0]}&b={ids[1]}",
            "dyad, per day": f"/dyad?a={ids[0]}&b={ids[1]}&period=day",
            "dyad, as named": f"/dyad?a={ids[0]}&b={ids[1]}&rollup=0",
            "actor": f"/actor/{ids[0]}",
            "actor index": "/actors",
            "actor search": "/api/actors?q=actor",
            "quotes": "/quotes",
            "forecasts": "/forecasts",
            "forecasts, due queue": "/forecasts?state=due",
            "same event": "/same-events",
            "disagreements": "/disagreements",
            "glossary": "/glossary",
            "map": "/map",
            "network": "/network",
        }
        print(f"{'page':<22}{'first ms':>10}{'CPU ms':>8}{'median ms':>10}{'CPU ms':>8}  bound (median of {options.repeat} requests)")
        for name, url in pages.items():
            first, first_cpu, wall, cpu = median_ms(client, url, options.repeat)
            bound = CHART_BOUND_MS.get(name, BOUND_MS)
            print(f"{name:<22}{first:>10.1f}{first_cpu:>8.1f}{wall:>10.1f}{cpu:>8.1f}  < {bound} {'pass' if wall < bound else 'FAIL'}", flush=True)
        print(f"peak memory of the server process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
