"""Fixtures for the actors stage: one spaCy pipeline and one registry per test session."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
MIN_PARAGRAPH_WORDS = 8


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def registry():
    from newsledger.actors import load_registry

    return load_registry()


@pytest.fixture(scope="session")
def linked(nlp, registry):
    """text[, day] -> mentions with the coreference links (actors.coref), roles dated 2026-03-02 by default."""
    from newsledger.actors import resolve
    from newsledger.actors.coref import resolve_references

    def run(text: str, day: datetime.date = datetime.date(2026, 3, 2)):
        doc = nlp(text)
        mentions, actors = resolve(doc, day, registry)
        return resolve_references(doc, mentions, actors, registry, day)
    return run


def resolver_on(nlp, registry, day: datetime.date):
    """resolve_text(text[, published]) -> (text, mentions, actors), roles dated ``day`` by default."""
    from newsledger.actors import resolve

    def resolve_text(text: str, published=day):
        mentions, actors = resolve(nlp(text), published, registry)
        return text, mentions, actors

    return resolve_text


def at(text: str, mentions, surface: str, occurrence: int = 0):
    """The mention covering the n-th occurrence of ``surface``."""
    from newsledger.actors import mention_at

    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return mention_at(mentions, start, start + len(surface))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_or_skip("corpus", "seeds")


@pytest.fixture(scope="session")
def article_of():
    """Read a seed file and keep only its article paragraphs."""
    return lambda path: article_text(Path(path).read_text(encoding="utf-8"))


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (not present beside the repo)")
    return path


def is_byline(line: str) -> bool:
    """A short all-capitalised line ("Dr. Cenk TAMER", "Yurii Poita", "Source :") ends the article body."""
    words = [w for w in line.split() if any(c.isalpha() for c in w)]
    return 0 < len(words) <= 4 and all(w[0].isupper() for w in words) and "?" not in line


def article_text(raw: str) -> str:
    """The article's paragraphs: long lines after the header, up to the author box; footnotes dropped."""
    kept = []
    for line in raw.splitlines():
        stripped = line.strip()
        if any(len(k.split()) >= 30 for k in kept) and is_byline(stripped):
            break
        if len(stripped.split()) >= MIN_PARAGRAPH_WORDS and not stripped.startswith("["):
            kept.append(stripped)
    return "\n".join(kept)
