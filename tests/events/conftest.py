import pytest

from newsledger.nlp import get_pipeline


@pytest.fixture(scope="session")
def nlp():
    return get_pipeline()
