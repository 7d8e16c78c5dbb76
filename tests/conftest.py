"""Fixtures shared by the spine's tests (each stage's folder may add its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples" / "articles"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that data is not beside the repo."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present on this machine)")
    return path


@pytest.fixture
def ledger_path(tmp_path) -> Path:
    return tmp_path / "ledger.db"


@pytest.fixture
def cli():
    """Run `newsledger ARGS…` in-process; returns the click Result (exit_code, stdout, stderr)."""
    from newsledger.interfaces.cli import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run


WIRE_STORY = """Skip to content
Share:

Turkey and Sweden agree to settle NATO dispute

By Ayse Demir Ankara
July 10, 2023

Turkish President Recep Tayyip Erdogan agreed on Monday to send Sweden's bid to join NATO to the Turkish parliament, NATO Secretary General Jens Stoltenberg said after talks in Vilnius.

"This is a historic step," Stoltenberg told reporters, adding that the alliance would be stronger with Sweden as its 32nd member.

Swedish Prime Minister Ulf Kristersson said his government would step up cooperation with Ankara against terrorism.

Leave a Reply
Your email address will not be published. Required fields are marked *
"""

# Another story, where a test needs two articles: a variant of WIRE_STORY would be its near-duplicate
# (newsledger.ingest.duplicates), stored linked to it and not analysed.
OTHER_WIRE_STORY = """Japan and South Korea resume shuttle diplomacy

By Min-ji Park Seoul
March 16, 2023

Japanese Prime Minister Fumio Kishida hosted South Korean President Yoon Suk Yeol in Tokyo on Thursday, the first such visit in twelve years.

The two leaders agreed to restore a military intelligence-sharing pact and to drop trade curbs on chemicals used to make semiconductors.

"We have opened a new chapter," Kishida told a joint news conference.
"""


@pytest.fixture
def wire_story() -> str:
    return WIRE_STORY
