"""Fixtures for the time-expression tests: the spaCy pipeline once per session, ../shared paths."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture
def shared():
    """A function giving a path under ../shared, skipping the test when it is absent."""

    def path(*parts: str) -> Path:
        found = SHARED.joinpath(*parts)
        if not found.exists():
            pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present on this machine)")
        return found

    return path
