"""Ingest the first N Reuters-21578 stories and dump every table, to check that a speed-up changed no output.

The dump is one JSON object per table (rows sorted, as lists of column -> value), without the
columns that name when or by which code a row was made (changed_at, coder_version, a reject's at) and without
the stored parse bytes (their size is given instead). Two dumps of the same stories made before
and after a change must be equal:

    .venv/bin/python bench/compare_ledgers.py --stories 300 --out before.json
    (change the code)
    .venv/bin/python bench/compare_ledgers.py --stories 300 --out after.json --against before.json

With --recode every document is re-coded from its stored parse (`newsledger recode`) before the
dump, to check a change to the recode path the same way.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reuters import REUTERS, write_jsonl  # noqa: E402

UNCOMPARED = {"changed_at", "coder_version", "ingested_at", "at", "source", "version_key"}  # when, by what, from which temporary path


def dump(db: Path) -> dict[str, list]:
    """Every table's rows, sorted, as JSON-ready lists; stored parses as their byte length."""
    tables = {}
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            rows = []
            for row in conn.execute(f'SELECT * FROM "{name}"'):
                record = {k: (len(v) if isinstance(v, bytes) else v) for k, v in dict(row).items() if k not in UNCOMPARED}
                rows.append(record)
            tables[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return tables


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=300)
    parser.add_argument("--out", type=Path, required=True, help="where to write the dump (JSON)")
    parser.add_argument("--against", type=Path, help="an earlier dump to compare with")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--recode", action="store_true", help="re-code every document from its stored parse before the dump")
    options = parser.parse_args()
    from newsledger import Ledger
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db = Path(tmp) / "reuters.jsonl", Path(tmp) / "ledger.db"
        write_jsonl(corpus, options.stories)
        Ledger(db).ingest([corpus], jobs=options.jobs, analyse_copies=True)
        if options.recode:
            from newsledger.interfaces.recode import run_recode, select_documents
            from newsledger.store import Store

            store = Store(str(db), create=False)
            summary = run_recode(store, select_documents(store))
            store.close()
            if summary.stopped or summary.reparsed:
                raise SystemExit(f"recode did not finish from stored parses: {summary}")
        tables = dump(db)
    options.out.write_text(json.dumps(tables, sort_keys=True, indent=0, default=str))
    print(", ".join(f"{name} {len(rows)}" for name, rows in tables.items()))
    if options.against:
        earlier = json.loads(options.against.read_text())
        now = json.loads(options.out.read_text())
        differing = [name for name in sorted(set(earlier) | set(now)) if earlier.get(name) != now.get(name)]
        if differing:
            raise SystemExit(f"ledgers differ in: {', '.join(differing)}")
        print("ledgers are identical, record for record")


if __name__ == "__main__":
    main()
