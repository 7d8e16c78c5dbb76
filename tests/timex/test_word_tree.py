"""lexicon.alternation writes its words as a tree of shared beginnings: it must match where, and what, the flat
list of words (longest first) matches, in every rule that uses it."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.timex import rules as timex_rules
from newsledger.timex.lexicon import alternation


def flat(words) -> str:
    ordered = sorted((" ".join(w.split()) for w in words), key=len, reverse=True)  # a run of spaces is one gap
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def spans(pattern: str, text: str) -> list:
    return [(m.start(), m.end(), m.groups()) for m in re.finditer(pattern, text, re.I)]


def test_the_tree_shares_beginnings_and_keeps_longer_words_first():
    assert alternation(["seven", "seventeen", "seventy", "six"]) == "(?:s(?:even(?:t(?:een|y)|)|ix))"
    assert alternation(["the coming weeks", "the coming months"]) == r"(?:the\s+coming\s+(?:months|weeks))"


WORD = st.text(alphabet="aest -'.", min_size=1, max_size=6).map(str.strip).filter(bool)


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORD, min_size=1, max_size=8), pieces=st.lists(st.sampled_from(["a", "e", "s", "t", " ", "  ",
                                                                                        "-", "'", ".", "Tea", "x"]), max_size=30))
def test_the_tree_finds_what_the_flat_list_finds(words, pieces):
    text = "".join(pieces) + " " + " ".join(words)
    for context in ("{}", r"(?<![\w$])({})(?![\w%])", r"({})\s+(?P<next>\w+)?"):
        assert spans(context.format(alternation(words)), text) == spans(context.format(flat(words)), text)


def test_a_run_of_spaces_inside_a_word_is_one_gap():
    # found by the property above: "a  aa" beside "a a" made the tree stop at "a  a"
    assert spans(alternation(["a a", "a  aa"]), "a a a  aa") == [(0, 3, ()), (4, 9, ())]


def test_the_rules_find_what_they_found_with_flat_lists(monkeypatch):
    text = ("Thirteen days ago, some twenty-seven weeks after the coming months were set, sales rose quarterly "
            "and on New Year's Day, in the early nineteen-nineties, and fifteen-odd years later, each Tuesday.")
    treed = [(m.span(), m.groupdict()) for rule in timex_rules.rules() for m in rule.pattern.finditer(text)]
    monkeypatch.setattr(timex_rules, "alternation", flat)
    timex_rules.pieces.cache_clear()
    try:
        listed = [(m.span(), m.groupdict()) for name, spec, _ in timex_rules.RULE_SPECS
                  for m in timex_rules.compile_rule(spec).finditer(text)]
    finally:
        timex_rules.pieces.cache_clear()
    assert treed == listed and len(treed) > 5  # the rules' word lists: numbers, months, weekdays, fillers...
