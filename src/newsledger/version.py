"""Which code and data made a record: the `coder_version` stamped on every stored row.

A record made by another release, or by the same release with other lexicons, registries or
patterns, may differ from what the running coder would make of the same parse: `stats` counts such
records as stale and `recode --stale` makes them again.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from newsledger import __version__

PACKAGE = Path(__file__).resolve().parent
HASH_CHARS = 12  # 48 bits: a collision between two data sets of one project is not a concern


def data_files(package: Path = PACKAGE) -> list[Path]:
    """Every packaged data file (under any `data` folder of the package), sorted by path."""
    return sorted(p for p in package.rglob("*") if p.is_file() and "data" in p.relative_to(package).parts[:-1]
                  and "__pycache__" not in p.parts)


def data_hash(package: Path = PACKAGE) -> str:
    """A short (HASH_CHARS hex digits) SHA-256 of the data files' relative paths and contents, in sorted order."""
    digest = hashlib.sha256()
    for path in data_files(package):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:HASH_CHARS]


@lru_cache(maxsize=1)
def coder_version() -> str:
    """The running coder's version, "<package version>+<data hash>", e.g. "0.1.0+3f2a9c1d0b7e".

    Computed once per process (reading the data files, about 4 MB, takes a few milliseconds)."""
    return f"{__version__}+{data_hash()}"
