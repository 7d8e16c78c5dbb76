"""The tagger skips a rule on a text holding none of the words every match of the rule holds
(timex/rules.py `rule_needs`): this must only save work, never change what is found. Text written
for this test, with at least one expression for every rule."""

from dataclasses import replace
from datetime import date

import pytest

from newsledger.timex import rules as timex_rules
from newsledger.timex import tagger

DCT = date(2023, 3, 17)
TEXTS = [
    "Shares fell on 12/03/2022 and again on March 5-6, 2023, and on the 14th of February 2021.",
    "Output rose in early April 2022 and will rise again next September this year.",
    "Prices doubled in the early 1990s, as in the 19th century, and again last spring of 2008.",
    "Profit in the fourth quarter of fiscal 2022 beat the 2021 third quarter and this year's first half.",
    "Sales matched the same period a year ago and the year-ago quarter; Q3 2022 was weaker.",
    "In the first nine months, fiscal 2023 net income rose, as it did in the year 1998.",
    "Later this month, and over the past three weeks, talks stalled; two years ago they began.",
    "A year-earlier loss narrowed. During the week of May 8, 2023, and on Friday, March 10, officials met.",
    "They will meet from Monday to Wednesday, and again next Tuesday morning, or this weekend.",
    "He said today, as he said yesterday afternoon and last night, that by the end of the year",
    "the deal would close at year end; the company said that year was hard, in nineteen ninety-eight.",
    "Back in the nineteen eighties the firm grew, and it is currently growing in the coming months.",
    "On Christmas Eve 2021 and on Thanksgiving Day, stores opened; it was the 3rd week of trading.",
    "Payments fall due every Monday and twice a year, for six months and a half, paid quarterly.",
    "The summit opened at 9:30 a.m. EST on Monday and ended at noon.",
    "A WEEK LATER THE CENTRAL BANK CUT RATES FOR THE SECOND TIME THIS YEAR.",
    "Talks resumed on Friday after a seven-month pause in the spring.",
    "Voting ended on March 12, and the following day crowds gathered.",
    "Nothing here but prose about a cat that sat on a mat.",
    "In the '90s and the 2020’s, H1 sales rose; three weeks from now, two days hence, four years earlier.",
    "Later that day, and the day before, and that same day, in the final two months and the next 10 days.",
    "It was the 20th year of the war, and 1980S prices, as the first 3 quarters showed in q4 of 2022.",
]


def candidates(text: str) -> list:
    return tagger._candidates(timex_rules.Context(text, DCT, lambda start, end: 0))


def test_skipping_rules_by_their_words_changes_nothing_found(monkeypatch):
    gated = [candidates(text) for text in TEXTS]
    every_rule = [replace(rule, needs=(), needs_too=()) for rule in timex_rules.rules()]
    monkeypatch.setattr(tagger, "rules", lambda: every_rule)
    assert [candidates(text) for text in TEXTS] == gated
    fired = {every_rule[rank].name for found in gated for _, _, rank, _ in found}
    assert fired == {rule.name for rule in every_rule}  # every rule is put to the test


def test_every_rule_named_in_the_needs_exists_and_has_words():
    names = {name for name, _, _ in timex_rules.RULE_SPECS}
    for needs in (timex_rules.rule_needs(), timex_rules.rule_needs_too()):
        assert set(needs) <= names
        assert all(words and all(w == timex_rules.DIGIT or w == w.lower() for w in words) for words in needs.values())


def test_a_rule_runs_only_on_a_text_that_holds_a_word_of_each_of_its_sets():
    """ "ago" needs a unit and a direction word, "nth unit" a digit and a unit: a story full of years and
    numbers but no "ago", "earlier" or "later" is not scanned for "two years ago"."""
    by_name = {rule.name: rule for rule in timex_rules.rules()}
    assert by_name["ago"].needs_too and by_name["nth unit"].needs_too and by_name["counted span"].needs_too
    text = "Profit rose 12 pct in the year to 1.2 billion dlrs, and the 3rd year of growth is due."
    holds = tagger._holds_one_of(text)
    assert holds(by_name["ago"].needs) and not holds(by_name["ago"].needs_too)
    assert holds(by_name["nth unit"].needs) and holds(by_name["nth unit"].needs_too)
    assert not holds(by_name["decade"].needs) and not holds(by_name["q quarter"].needs)


def test_a_text_without_a_rule_s_words_skips_the_rule():
    holds = tagger._holds_one_of("The Minister spoke on TUESDAY.")
    assert holds(("tuesday",)) and not holds(("wednesday",)) and not holds((timex_rules.DIGIT,))
    assert tagger._holds_one_of("Filed on ٣ May")((timex_rules.DIGIT,))  # any digit \d matches
    assert tagger._holds_one_of("Talks resumed on FRIDAY after a seven-month pause")(("friday",))


def test_look_alike_letters_read_as_the_ascii_letters_the_regexes_take_them_for():
    """Dotless i, long s, the Kelvin sign and the dotted capital I match i, s and k in a case-insensitive
    regex; the words they spell get the values of the plain spelling instead of crashing the rules' word
    lookups (a weekday, a unit or a season looked up by its lower case)."""
    day = date(2023, 3, 1)
    for odd, plain in [("They met on Frıday.", "They met on Friday."),
                       ("Talks resume in the ſpring after a ſeven-month pause.", "Talks resume in the spring after a seven-month pause."),
                       ("The \u212aremlin said on Wednesday it would reply next wee\u212a.", "The Kremlin said on Wednesday it would reply next week."),
                       ("Shelling resumed on FRİDAY, two MİNUTES after the truce, as it did last WİNTER.",
                        "Shelling resumed on FRIDAY, two MINUTES after the truce, as it did last WINTER.")]:
        found, expected = tagger.tag(odd, day), tagger.tag(plain, day)
        assert expected and [(t.start, t.end, t.type, t.value) for t in found] == [(t.start, t.end, t.type, t.value) for t in expected]
        assert [t.text for t in found] == [odd[t.start:t.end] for t in found]


def test_a_dotted_capital_i_is_the_i_the_regexes_take_it_for():
    """"İ" matches "i" in a case-insensitive regex, though its lower case is two characters."""
    assert tagger.fold_case("FİSCAL Frıday") == "fiscal friday"
    assert tagger._holds_one_of("Results for FİSCAL 2023")(("fiscal",))


def test_the_case_sensitive_copy_of_a_rule_finds_its_matches_on_the_folded_text():
    """The tagger scans the folded text with each rule's case-sensitive copy (`Rule.finder`), then makes
    each match again with the rule's own pattern: both must find the same spans."""
    text = "Talks resume NEXT WEEK; the FİSCAL 2023 report came at 9:30 A.M. EST on Frıday, the week of May 8, 2023."
    for rule in timex_rules.rules():
        written = [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in rule.finder.finditer(tagger.fold_case(text))] == written, rule.name
    copy = timex_rules.case_sensitive_copy(timex_rules.re.compile(r"(?P<h>\d+)\s*(?:GMT|[ECMP]ST)\S*", timex_rules.re.I))
    assert copy.pattern == r"(?P<h>\d+)\s*(?:gmt|[ecmp]st)\S*" and not copy.flags & timex_rules.re.I


def test_a_pattern_with_a_non_ascii_letter_that_has_a_case_has_no_case_sensitive_copy():
    with pytest.raises(ValueError, match="not ASCII"):
        timex_rules.case_sensitive_copy(timex_rules.re.compile(r"(?:pasado\s+)?mañana", timex_rules.re.I))
