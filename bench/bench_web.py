"""Web pages on a ledger of 100,000 synthetic events: median response time of repeated requests.

Run: .venv/bin/python bench/bench_web.py [--events 100000] [--repeat 20]   (part of `make bench`)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import build  # noqa: E402


def median_ms(client, url: str, repeat: int) -> float:
    client.get(url)  # warm the page cache once
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()
    from fastapi.testclient import TestClient

    from newsledger.interfaces.web import create_app

    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "synthetic.db")
        started = time.perf_counter()
        ids = build(path, options.events)
        print(f"synthetic ledger: {options.events:,} events built in {time.perf_counter() - started:.0f} s")
        client = TestClient(create_app(path), base_url="http://localhost")  # a Host the app answers
        pages = {
            "timeline": "/timeline",
            "timeline, one actor": f"/timeline?actors={ids[3]}",
            "dyad": f"/dyad?a={ids[0]}&b={ids[1]}",
            "actor": f"/actor/{ids[0]}",
        }
        print(f"{'page':<22}{'median ms':>10}  (of {options.repeat} requests; target < 300)")
        for name, url in pages.items():
            print(f"{name:<22}{median_ms(client, url, options.repeat):>10.1f}")


if __name__ == "__main__":
    main()
