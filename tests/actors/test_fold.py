"""normalise.fold merges British and American spellings only where one of spellings.yaml's patterns occurs:
the one search that tests for any of them must give what trying every rewrite in turn gives."""

from newsledger.actors import normalise
from newsledger.actors.normalise import fold, fold_word

NAMES = [
    "Organisation for Security and Co-operation in Europe",
    "Ministry of Defence",
    "the Labour Party",
    "Centre for Strategic Studies",
    "Gulf Co-ordination Council",
    "Sergey Lavrov",
    "Jens Stoltenberg",
    "Defenceless",  # a longer word is no British spelling
]


def every_rewrite(text: str) -> str:
    text = normalise.normalise(text)
    for pattern, american in normalise._BRITISH_AMERICAN:
        text = pattern.sub(american, text)
    return " ".join(fold_word(w) for w in text.split())


def test_british_spellings_fold_to_american_ones():
    assert fold("Organisation for Security and Co-operation in Europe") == fold("Organization for Security and Cooperation in Europe")
    assert fold("Ministry of Defence") == fold("Ministry of Defense")
    assert fold("the Labour Party") == fold("the Labor Party")
    assert fold("Defenceless") != fold("Defenseless")


def test_testing_for_any_pattern_first_changes_no_key():
    fold.cache_clear()
    assert [fold(name) for name in NAMES] == [every_rewrite(name) for name in NAMES]
