from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from newsledger.nlp import get_pipeline

    return get_pipeline()
