"""Value F1 on TempEval-3 training data (TimeBank + AQUAINT) must not fall below the level reached."""

from newsledger.timex import tag
from newsledger.timex.tempeval import Counts, count, read_corpus, scores

# reached: value F1 0.8048, relaxed F1 0.9419; the value floor is the 0.80 goal itself
VALUE_F1_FLOOR = 0.80
RELAXED_F1_FLOOR = 0.9419 - 0.005


def test_value_f1_floor(shared):
    total = Counts()
    for doc in read_corpus(shared("external", "tempeval3")):
        total.add(count(doc.timexes, tag(doc.text, doc.dct)))
    result = scores(total)
    assert result["relaxed_f1"] >= RELAXED_F1_FLOOR, result
    assert result["value_f1"] >= VALUE_F1_FLOOR, result
