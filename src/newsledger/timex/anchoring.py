"""Discourse time: which date an event takes, and the rule that chose it.

`event_date(token, timexes, published, status, carrier)` gives (value, value_end, text, rule)
for the event whose trigger is `token` (a spaCy Token). The rules, in order (`rule` names them):

1. "own clause": a DATE expression the event's own clause governs, i.e. one below the trigger
   or the verb that carries it (`carrier`, e.g. "held" for "talks" in "held talks") that is
   reached without crossing into another clause or into a noun's modifier. So in "The deal,
   abandoned by Washington in 2018, was revived in talks on Thursday" the talks take Thursday and
   the abandoning 2018, and "the 2015 accord" or "the 2022 Winter Games" date no event but the
   accord or the Games themselves. A date phrase the parser hangs on an event noun in the object of
   another word is the noun's alone when the noun is coded as an event with a doer of its own (a named
   possessor, a "by" agent): "vowed to retaliate for Iran's missile attack on October 1" dates the
   attack, not the vow or the retaliation; a noun with no doer of its own ("agreed to a ceasefire on
   Monday") or a pronoun's ("launched its offensive on Monday") leaves the date to the verb. Of several
   such dates, a later one that lies inside the first narrows it ("next week from Monday to Wednesday":
   the three days). A day between a reporting verb and its clause's subject is the report's, wherever
   the parser hangs it ("said on Tuesday it would").
   "counted from a dated event": failing that, a count of days, weeks, months or years before or
   after an event or date that the clause governs dates the event from that point's date ("a day
   after the raid", the raid told on Tuesday: Wednesday; "a week before the summit on March 20":
   March 13); a date inside that phrase is the point's, not the event's.
   "past date of its complement": failing that, a past act takes a date before the publication in
   its to-infinitive complement ("agreed to restore relations on Saturday": the agreeing's Saturday).
   "co-temporal clause": failing those, a "when" or "while" clause on the event's clause lends its date
   ("were killed when a roadside bomb exploded late on Friday": the killing's Friday).
2. "governing clause": failing that, the date of the clause the event's clause hangs on as a
   conjunct without a subject of its own, complement or co-temporal adverbial ("plans to visit
   Russia on Monday", "met on Monday and agreed"); "reported speech" when that clause is the telling of a past event
   ("said on Friday that the troops withdrew"), but a past perfect there tells an act before the telling, on no day
   the text gives ("said on Friday that the troops had withdrawn": undated, "past perfect in reported speech, before
   the report"). A present tense ("signed it in 2008 but does not recognise the ruling") tells a state at the time of
   telling: it borrows no past date of a conjunct or, by rules 3 and 4, of an earlier event or a frame, only a
   report's day ("said on Friday that it rejects"). A background clause (a relative or
   participle clause on a noun, or one opened by "after", "since", ...) shares no date: with none
   of its own it stays undated ("background clause, no date of its own"), unless it is a relative
   clause on a date, whose time it describes ("on March 3, when they signed": "relative clause on a date"),
   a "where" clause on a place, which tells what is done there at the time of the clause the place is in
   ("will travel to Doha on Thursday, where he will meet the emir": "relative clause on a place"; not a
   perfect), or a clause on an event noun, which tells what went on in it: the noun's own date, or for a
   definite noun the date of the last event of its kind told before ("met the RSF on Wednesday. The talks,
   which were attended by envoys from Egypt, ...": "relative clause on an event"). A participle adjunct with no date
   of its own is told at its verb's time ("after troops shelled a village, wounding three": undated as the shelling
   is; "have shelled villages, killing dozens": undated as a present perfect is).
3. "referred event": "after this meeting", "in the said meeting": the date of the last event of
   that kind the text told before (its own or governing clause's date).
4. "discourse frame": a date fronted before its sentence's main verb ("In November 2022, during
   the G20 summit, Lavrov held ...") sets the time of that sentence and the following ones of its
   paragraph, until another does.
5. "closed by a dated clause": a past perfect that a dated "before"/"until" clause closes ("had
   delayed the package for two weeks before dropping its objections on Friday") held until that date.
6. "publication date": a past event (occurred, negated, or claimed by a source) with none of the above,
   but for a present perfect ("has shipped shells to Russia"), which tells an act done at some time
   before the telling, on no day the text gives: undated ("present perfect, no date of its own").

A vague horizon ahead ("in the coming days", "the weeks ahead": TIMEX3 FUTURE_REF, as TempEval scores it)
that names its unit dates the event from the publication date to a reach that unit gives (days: a week,
weeks: a month, months: six months; data/anchoring.yaml ``future_horizons``): a span, not a day.

Rules 2-4 give a date only when it lies on the side of the publication date that the event's
status gives (a planned event never takes a past frame). An event whose own clause has a future
auxiliary ("denied that Putin would visit Turkey in August", "will not attend") lies ahead
whatever its status: a negated or claimed act of that kind keeps its own clause's later date,
borrows no past one and never takes the publication date; but an act the events stage finds done
in the saying ("We will not resume imports," she said on Monday: a refusal, occurred) is dated as
the saying is. Rule 1 is the event-timex link within
a clause of TimeML/TempEval (Pustejovsky et al. 2003; Verhagen et al. 2007); rules 3 and 4 follow
the temporal anaphora and reference time of Webber (1988), "Tense as discourse anaphor",
Computational Linguistics 14(2). Word and label lists: data/anchoring.yaml.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache
from importlib import resources

from newsledger.loading import read_yaml
from newsledger.nlp import doc_text
from newsledger.records import Timex
from newsledger.timex.calendar import first_day, moved, part_of_year_start, period
from newsledger.timex.tense import adverbial_head, present_tense

NOMINAL = ("NOUN", "PROPN")
FUTURE_STATUSES = ("planned", "expected", "hypothetical")
PAST_STATUSES = ("occurred", "negated")
TOLD_AS_PAST = PAST_STATUSES + ("claimed",)  # "claimed": past by a source's word
PARAGRAPH_BREAK = re.compile(r"\n")  # ingest's cleaned body has one paragraph per line
CALENDAR = re.compile(r"^\d{4}")
WEEK = re.compile(r"-W\d")  # a week value ("2023-W12"), not winter ("2023-WI")
COUNTED = re.compile(r"^P(\d+)([DWMY])$")  # "two days", "a week", "three months": a whole count of one unit


@lru_cache(maxsize=1)
def words() -> dict:
    table = read_yaml(resources.files("newsledger.timex").joinpath("data/anchoring.yaml"))
    return {key: value if isinstance(value, dict) else set(value) for key, value in table.items()}


def event_date(token, timexes, published: date | None, status: str, carrier=lambda token: token,
               event_noun=lambda noun: False):
    """(value, value_end, text, rule) of the event triggered by `token`; value and text None when
    undated. `timexes` are the document's Timex records (character offsets into token.doc.text),
    `published` the article's date, `status` the event's status, `carrier(token)` the verb
    that carries a nominal trigger, `event_noun(noun)` whether a noun is coded as an event of its
    own. Rules: see the module docstring."""
    value, value_end, text, rule = _discourse(token.doc, timexes, published, event_noun).date_of(token, carrier, status)
    if value == "FUTURE_REF":
        value, value_end = horizon(text, published) or (value, value_end)
    return value, value_end, text, rule


def horizon(text: str | None, published: date | None) -> tuple[str, str] | None:
    """(first day, last day) of a vague horizon ahead that names its unit ("in the coming days", "the weeks
    ahead": TIMEX3 FUTURE_REF): from the publication date to as far after it as data/anchoring.yaml
    ``future_horizons`` gives for that unit (days: a week, weeks: a month, months: half a year). None when
    the text names no such unit ("the near future", "the coming years") or the publication date is unknown."""
    reach = _reach(text)
    if published is None or reach is None:
        return None
    amount, unit = reach
    return published.isoformat(), moved(published.isoformat(), unit, amount)


def names_horizon(text: str | None) -> bool:
    """Whether a time expression is a vague horizon ahead that `horizon` dates as a span ("the coming days")."""
    return _reach(text) is not None


def _reach(text: str | None):
    """[amount, unit] of data/anchoring.yaml ``future_horizons`` for the unit a horizon's text names, else None."""
    table = words()["future_horizons"]
    return next((table[w] for w in (text or "").lower().split() if w in table), None)


def _discourse(doc, timexes, published, event_noun=lambda noun: False):
    """One DiscourseTime per parse, timex list, date and event-noun test (cached on the Doc)."""
    key = (id(timexes), published, event_noun)
    cached = doc.user_data.get("newsledger_discourse_time")
    if cached is None or cached[0] != key:
        cached = (key, DiscourseTime(doc, timexes, published, event_noun))
        doc.user_data["newsledger_discourse_time"] = cached
    return cached[1]


class DiscourseTime:
    """A document's dated expressions, each with the token that heads it, and its time frames."""

    def __init__(self, doc, timexes, published: date | None, event_noun=lambda noun: False):
        self.published = published
        self.event_noun = event_noun
        self.dated = []  # (Timex, head token), in text order
        self.dated_in = {}  # sentence's first token index -> its (Timex, head token), in text order
        self.measures_in = {}  # sentence's first token index -> its counted durations ("two days"), as dated_in
        for timex in timexes:
            span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
            if timex.type == "DURATION" and COUNTED.match(timex.value or "") and span is not None and len(span):
                self.measures_in.setdefault(span.root.sent.start, []).append((timex, span.root))
            if timex.type == "DATE" and timex.value and span is not None and len(span) and not _interval_start(span):
                self.dated.append((timex, span.root))
                self.dated_in.setdefault(span.root.sent.start, []).append((timex, span.root))
        breaks = [m.start() for m in PARAGRAPH_BREAK.finditer(doc_text(doc))]  # doc.text would join every token again
        self.paragraph = lambda offset: bisect.bisect_right(breaks, offset)
        self.frames = []  # (sentence start, Timex): a date fronted before its sentence's main verb
        for timex, head in self.dated:
            root = head.sent.root
            if CALENDAR.match(timex.value) and head.idx < root.idx and _governed(head, root, root):
                if not self.frames or self.frames[-1][0] != head.sent.start_char:
                    self.frames.append((head.sent.start_char, timex))

    def date_of(self, token, carrier, status: str):
        # an act the coder finds done by being said in the future tense ("we will not resume
        # imports": a refusal, occurred) is done when it is said, not at the time it speaks of
        ahead = status in FUTURE_STATUSES or (status != "occurred" and future_tense(carrier(token)))
        found = self._clause_date(token, carrier, status, ahead)
        if found is not None:
            return found
        clause = carrier(token)
        for rule, described in (("relative clause on a date", self._described_date(clause)),
                                ("relative clause on a place", self._located_date(clause)),
                                ("relative clause on an event", self._event_noun_date(clause, carrier))):
            if described is not None and self._fits(described, ahead):
                return described.value, described.value_end, described.text, rule
        # a participle adjunct with no date of its own is told at its verb's time: none, when that verb has none
        told_with = _participle_verb(clause)
        if _background(told_with):
            return None, None, None, "background clause, no date of its own"
        ended = self._ended_by(carrier(token)) if status in PAST_STATUSES and not ahead else None
        if ended is not None:
            return ended.value, ended.value_end, ended.text, "closed by a dated clause"
        present = present_tense(clause)
        for rule, timex in (("referred event", self._referred(token, carrier)), ("discourse frame", self._frame(token))):
            if timex is not None and self._fits(timex, ahead) and not (present and self._past(timex)):
                return timex.value, timex.value_end, timex.text, rule
        if self.published and status in TOLD_AS_PAST and not ahead:
            if present_perfect(told_with):
                # "has shipped shells to Russia": done at some time before the telling, not on its day
                return None, None, None, "present perfect, no date of its own"
            return self.published.isoformat(), None, None, "publication date"
        return None, None, None, None

    def _clause_date(self, token, carrier, status: str, ahead: bool):
        """Rules 1 and 2: the own clause's date, else a governing clause's; `ahead`: the event lies
        after the publication date by its status or its own clause's tense."""
        clause = carrier(token)
        offset, counted_from = self._offset_date(token, carrier)
        # a date inside "a week before the summit on March 20" is the summit's, the point the count starts from
        timex = self._governed_by(clause, token, counted_from)
        for found, rule in ((timex, "own clause"), (offset, "counted from a dated event")):
            # a past event's own clause may name when what it sets up will be ("invited him to
            # Moscow in the spring"): a date after the publication is that, not the event's
            if found is not None and (ahead or status not in TOLD_AS_PAST or not begins_after(found.value, self.published)):
                return found.value, found.value_end, found.text, rule
        if not ahead and status in TOLD_AS_PAST:
            timex = self._complement_past_date(clause)
            if timex is not None:
                return timex.value, timex.value_end, timex.text, "past date of its complement"
        timex = self._cotemporal_date(clause)
        if timex is not None and self._fits(timex, ahead):
            return timex.value, timex.value_end, timex.text, "co-temporal clause"
        rule = "governing clause"
        if clause.pos_ in NOMINAL and clause.dep_ == "pobj" and clause.head.head.pos_ in ("VERB", "AUX"):
            clause = clause.head.head  # "revived in talks on Thursday": the verb whose phrase holds the noun
            timex = self._governed_by(clause, clause)
            if timex is not None and self._fits(timex, ahead):
                return timex.value, timex.value_end, timex.text, rule
        shared = words()["shared_time_links"]
        present, past_perfect = present_tense(clause), _perfect_auxiliary(clause) == "VBD"
        while clause.dep_ in shared and not _background(clause) and not _own_subject_conjunct(clause) \
                and clause.head.i != clause.i:
            if clause.dep_ == "ccomp":
                if ahead or status not in TOLD_AS_PAST:
                    return None  # "said on Friday that they would meet": the meeting is not of Friday
                if past_perfect:
                    # "said on Monday that Washington had asked": done before the saying, on no day the text gives
                    return None, None, None, "past perfect in reported speech, before the report"
                rule = "reported speech"
            # a gerund after a preposition on a verb ("accused Russia on Monday of shelling", "responded by
            # expelling") shares the verb's date, not the preposition's
            clause = clause.head.head if clause.dep_ == "pcomp" and clause.head.dep_ == "prep" else clause.head
            timex = self._governed_by(clause, clause)
            # "signed it in 2008 but does not recognise the ruling": a present state is not of the past act's
            # time; a report's time is one it held at ("said on Monday that it rejects")
            if timex is not None and self._fits(timex, ahead) and not (
                    present and rule != "reported speech" and self._past(timex)):
                return timex.value, timex.value_end, timex.text, rule
        return None

    def _described_date(self, clause):
        """The date a relative clause describes ("on March 3, when the two leaders signed", "in 2014, when Russia
        annexed Crimea"): the clause hangs on the head of a date expression and is opened by a relative adverb of
        time, so the date is its time; "1985, which he said ..." speaks of something else. Else None."""
        if clause.dep_ != "relcl" or not any(c.lower_ in words()["time_relativizers"] for c in clause.children):
            return None
        return next((timex for timex, head in self.dates_in(clause.sent) if head.i == clause.head.i), None)

    def _located_date(self, clause):
        """The date of the clause whose place a "where" relative clause describes ("will travel to Doha on
        Thursday, where he will meet the emir": the meeting's Thursday; the parser may hang the relative on the
        date after the place): it tells what is done there on that stay. A perfect ("where strikes have killed
        dozens") tells what went on before it, and takes none. Else None."""
        if clause.dep_ != "relcl" or _perfect(clause) or not any(
                c.lower_ in words()["place_relativizers"] for c in clause.children if c.dep_ == "advmod"):
            return None
        verb = clause.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        return self._governed_by(verb, verb) if verb.pos_ in ("VERB", "AUX") else None

    def _event_noun_date(self, clause, carrier):
        """The date of the event a relative or participle clause hangs on ("the talks on Wednesday, which were
        attended by envoys", "the talks, hosted by Qatar,"): the clause tells what went on in that event. The
        event noun's date is that of its own phrase or clause, or, for a definite noun ("the talks", "this
        visit"), that of the last event of its kind the text told before ("The African Union met the RSF on
        Wednesday. The talks, which were attended by envoys from Egypt, ...": Wednesday). Else None."""
        table = words()
        noun = clause.head
        if clause.dep_ not in table["background_links"] or noun.pos_ != "NOUN" or not (
                noun.lemma_.lower() in table["event_words"] or self.event_noun(noun)):
            return None
        own = self._governed_by(carrier(noun), noun)
        definite = any(c.dep_ == "det" and c.lower_ in table["definite_determiners"] for c in noun.children)
        if own is not None or not definite:
            return own
        return self._last_dated_event_before(noun, carrier)

    def _complement_past_date(self, clause):
        """The first date before the publication in the to-infinitive complement of a past act that has
        none of its own ("agreed to restore relations on Saturday", "voted to approve the budget on
        Tuesday"), or in a free participle adjunct on it ("dispersed the crowd using tear gas on Sunday"),
        else None. English puts a time adverbial at the end of the verb phrase, after the complement,
        whichever verb it modifies; a past day there is the day of the act told, as the complement of an
        agreement, a vote or a decision comes after it or on the same day, and a participle with no subject
        or conjunction of its own tells what went with the act."""
        for complement in (c for c in clause.children if _infinitive_complement(c) or free_participle(c)):
            timex = self._governed_by(complement, complement)
            if timex is not None and begins_after(timex.value, self.published) is False:
                return timex
        return None

    def _ended_by(self, clause):
        """The date of a "before"/"until" clause that closes a past perfect ("had delayed the package for
        two weeks before dropping its objections on Friday": the delay held until Friday), else None."""
        if not any(c.lower_ == "had" and c.dep_ == "aux" for c in clause.children):
            return None
        for link in clause.children:
            marks = [link] if link.dep_ == "prep" else [c for c in link.children if c.dep_ == "mark"]
            if link.dep_ not in ("prep", "advcl") or not any(m.lower_ in words()["closing_markers"] for m in marks):
                continue
            for timex, head in self.dates_in(clause.sent):
                if link.left_edge.i <= head.i <= link.right_edge.i and self._fits(timex, False):
                    return timex
        return None

    def _governed_by(self, clause, trigger, outside=None):
        """The clause's first date, or a later one of the clause that lies inside it and narrows it
        ("next week from Monday to Wednesday", "in March, on the 20th": the days); none of the
        tokens of `outside` (a span, or None)."""
        found = None
        for timex, head in self.dates_in(trigger.sent):
            if outside is not None and outside.start <= head.i < outside.end:
                continue
            if _governed(head, clause, trigger, self._owns_date) and (found is None or _narrows(timex, found)):
                found = timex
        return found

    def _cotemporal_date(self, clause):
        """The date of a "when" or "while" clause on the event's clause ("were killed when a roadside bomb
        exploded late on Friday": the killing's Friday too), else None. Such a clause tells what went on
        at the time of the main clause's act (data/anchoring.yaml ``cotemporal_markers``)."""
        markers = words()["cotemporal_markers"]
        for link in clause.children:
            if link.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in markers for c in link.children):
                timex = self._governed_by(link, link)
                if timex is not None:
                    return timex
        return None

    def _offset_date(self, trigger, carrier):
        """(date, counted-from span) of a count of days, weeks, months or years before or after a dated
        event or date that the event's clause governs: "a day after the raid" (the raid told before on
        Tuesday: Wednesday), "a week before the summit on March 20" (March 13), "two days after rebels
        seized the town on Friday" (Sunday). The point counted from is a date, or an event with a date of
        its own phrase or clause, or else the last event of its kind the text told before, as for "after
        this meeting" (`_last_dated_event_before`). (None, span) when that point has no date or the count
        is finer than its date ("two days after March"), (None, None) when there is no such phrase. Words:
        data/anchoring.yaml ``offset_words``."""
        clause = carrier(trigger)
        for measure, head in self.measures_in.get(trigger.sent.start, []):
            found = _offset_phrase(head)
            if found is None:
                continue
            attached, point, sign = found
            counted_from = trigger.doc[point.left_edge.i:point.right_edge.i + 1]
            if counted_from.start <= trigger.i < counted_from.end or not _governed(
                    attached.head if attached.dep_ == "advcl" else attached, clause, trigger):
                continue  # the event counted from ("after the talks") is not dated from itself
            start = self._governed_by(point, point)
            if start is None and point.pos_ in NOMINAL:
                start = self._last_dated_event_before(point, carrier)
            count, unit = COUNTED.match(measure.value).groups()
            base = start.value_end if start is not None and sign > 0 and start.value_end else start and start.value
            value = moved(base, unit, sign * int(count)) if base else None
            if value is None:
                return None, counted_from
            end = counted_from[-1].idx + len(counted_from[-1])
            text = doc_text(trigger.doc)[min(measure.start, counted_from.start_char):end]
            return Timex(measure.start, end, text, "DATE", value), counted_from
        return None, None

    def _owns_date(self, noun) -> bool:
        """ "vowed to retaliate for Iran's missile attack on October 1": an event noun in the object of
        another word, coded as an event with a doer of its own (a named possessor, a "by" agent), is dated by
        the date phrase hung on it; the word above it is not. A pronoun possessor ("launched its offensive
        on Monday") mostly names the clause's own subject, and a noun with no doer ("agreed to a ceasefire on
        Monday") mostly the act of the verb: the parser hangs the phrase on the noun, but it dates the verb. An
        event named as the setting of the act ("said at Mr. Trump's rally on Tuesday", "during Xi's visit") is
        at the act's time, and shares its date."""
        table = words()
        if noun.dep_ == "pobj" and noun.head.lower_ in table["setting_prepositions"]:
            return False
        return noun.dep_ in table["object_links"] and self.event_noun(noun) and any(
            (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ in table["agent_prepositions"]
                                                         and any(o.dep_ == "pobj" for o in c.children))
            for c in noun.children)

    def dates_in(self, sentence) -> list:
        """The (Timex, head token) of the sentence's dates, in text order: looking only at these keeps
        dating every event of a long paragraph linear in its length."""
        return self.dated_in.get(sentence.start, [])

    def _referred(self, token, carrier):
        """The date of the event that "after this meeting" in the event's clause refers back to."""
        table = words()
        clause = carrier(token)
        for noun in token.sent:
            if (noun.lemma_.lower() in table["event_words"] and noun.head.lower_ in table["referring_prepositions"]
                    and any(c.lower_ in table["referring_determiners"] for c in noun.children)
                    and _governed(noun.head, clause, token)):
                return self._last_dated_event_before(noun, carrier)
        return None

    def _last_dated_event_before(self, anaphor, carrier):
        """The date of the last event before `anaphor` of its kind: any of the meeting words for one of them
        ("after this meeting": "a meeting was held", "Xi met Putin"), else a word of the same lemma ("a day after
        the raid": "raided the camp on Tuesday"), with a date of its own clause; None when there is none."""
        lemma = anaphor.lemma_.lower()
        told = words()["event_words"] if lemma in words()["event_words"] else {lemma}
        doc = anaphor.doc
        for earlier in reversed(doc[:anaphor.i]):
            if earlier.lemma_.lower() in told:
                timex = self._governed_by(carrier(earlier), earlier)
                if timex is not None:
                    return timex
        return None

    def _frame(self, token):
        start = token.sent.start_char
        position = bisect.bisect_right([s for s, _ in self.frames], start) - 1
        if position < 0:
            return None
        frame_start, timex = self.frames[position]
        return timex if self.paragraph(frame_start) == self.paragraph(start) else None

    def _past(self, timex) -> bool:
        """Whether a time expression ends before the publication date ("in 2016", "last month", "recently")."""
        span = period(timex.value, timex.value_end)
        return timex.value == "PAST_REF" or (self.published is not None and span is not None and span[1] < self.published)

    def _fits(self, timex, ahead: bool) -> bool:
        """A borrowed date lies on the side of the publication date the event lies on."""
        after = begins_after(timex.value, self.published)
        return after is None or after == ahead


def _narrows(timex, wider) -> bool:
    """Whether `timex`'s days lie inside `wider`'s and are fewer (calendar values only)."""
    inner, outer = period(timex.value, timex.value_end), period(wider.value, wider.value_end)
    return inner is not None and outer is not None and outer[0] <= inner[0] <= inner[1] <= outer[1] and inner != outer


def _offset_phrase(measure):
    """(the token the phrase hangs on, the point counted from, +1 after or -1 before) of a count of time
    (`measure`, the head of "two days") that measures the distance to an event or date, else None. The parser
    puts the count on the preposition ("two days [after the talks]"), on a clause opened by the conjunction
    ("two days [after rebels seized the town]"), or the preposition on the count ("[a day after the raid]")."""
    offsets = words()["offset_words"]
    link = measure.head
    if measure.dep_ == "npadvmod" and link.dep_ == "prep" and link.lower_ in offsets:
        point = next((c for c in link.children if c.dep_ == "pobj"), None)
        return None if point is None else (link, point, offsets[link.lower_])
    if measure.dep_ == "npadvmod" and link.dep_ == "advcl":
        mark = next((c for c in link.children if c.dep_ == "mark" and c.lower_ in offsets), None)
        return None if mark is None else (link, link, offsets[mark.lower_])
    for link in measure.children:
        point = next((c for c in link.children if c.dep_ == "pobj"), None)
        if link.dep_ == "prep" and link.lower_ in offsets and point is not None:
            return measure, point, offsets[link.lower_]
    return None


def _interval_start(span) -> bool:
    """ "since 2019", "since March": a time expression that opens a span reaching the time of telling dates no
    act in it ("met for the first time since 2019", "has been fighting since 2022"; data/anchoring.yaml
    ``interval_start_words``)."""
    first, head = span[0], span.root.head
    return first.lower_ in words()["interval_start_words"] or (
        span.root.dep_ == "pobj" and head.lower_ in words()["interval_start_words"])


def _governed(head, clause, trigger, owns_date=lambda noun: False) -> bool:
    """Does the path up from a time expression's head reach the clause head (or the trigger)
    without passing into another clause, a noun's modifier or the phrase of a noun that `owns_date`
    (DiscourseTime._owns_date)? A clause on the trigger noun itself ("the visit, which will take
    place on March 20") describes the trigger and counts."""
    table = words()
    node = head
    while node.i not in (clause.i, trigger.i):  # spaCy makes a new Token object on each access: compare positions
        nominal_trigger = node.head.i == trigger.i and trigger.pos_ in NOMINAL
        if node.dep_ in table["name_modifiers"] and node.head.pos_ in NOMINAL and node.head.i != trigger.i:
            return False
        if node.head.i not in (clause.i, trigger.i) and node.head.pos_ in NOMINAL and owns_date(node.head):
            return False
        if node.dep_ in table["clause_links"] and not nominal_trigger:
            return False
        if node.head.i == node.i:
            return False
        node = adverbial_head(node)
    return True


def future_tense(clause) -> bool:
    """ "would visit", "will not attend": a future auxiliary on the clause's verb, and no perfect
    ("would have visited" looks back)."""
    auxes = [c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return bool(words()["future_auxiliaries"] & set(auxes)) and "have" not in auxes


def present_perfect(clause) -> bool:
    """ "has shipped", "have been killed", and a conjunct that shares the auxiliary ("has shipped shells and
    sent troops"): a perfect of the present tells an act done at some time before the telling."""
    return _perfect_auxiliary(clause) in ("VBZ", "VBP")


def _perfect_auxiliary(clause) -> str | None:
    """The tag of the "have" of a perfect ("has shipped": VBZ, "had asked": VBD), else None."""
    # the tagger may take a shared participle for a past tense ("sent"): a conjunct without a subject or an
    # auxiliary of its own is read with its head's
    while clause.dep_ == "conj" and clause.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in clause.children):
        clause = clause.head
    if clause.tag_ != "VBN":
        return None
    return next((c.tag_ for c in clause.children if c.dep_ == "aux" and c.lemma_ == "have"), None)


def _participle_verb(clause):
    """The verb a free participle adjunct hangs on ("have shelled villages, killing dozens": "shelled"), through a
    chain of them; any other clause is its own."""
    while free_participle(clause) and clause.head.i != clause.i:
        clause = clause.head
    return clause


def _infinitive_complement(token) -> bool:
    return token.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)


def free_participle(token) -> bool:
    """ "..., firing tear gas on Sunday": an adverbial -ing clause with no subject, conjunction or
    preposition of its own ("after meeting", "by expelling" are not)."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def _perfect(clause) -> bool:
    """ "have killed", "had besieged": a perfect tells a time before the one it is told at."""
    return clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _own_subject_conjunct(clause) -> bool:
    """ "X was introduced in the 1950s, and a spokesman said ...": a conjoined clause with a
    subject of its own tells another event at its own time; "met on Monday and agreed" shares it."""
    return clause.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _background(clause) -> bool:
    """A clause on a noun, or one opened by "after", "since", ...: a time of its own."""
    table = words()
    if clause.dep_ in table["background_links"]:
        return True
    if clause.dep_ == "pcomp":
        return clause.head.lower_ in table["background_markers"]
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in table["background_markers"]
                                          for c in clause.children)


def begins_after(value: str | None, published: date | None) -> bool | None:
    """Whether a TIMEX3 value's period begins after the publication date: its first day is later (a
    year or month compares as a whole, so the current one does not; a season, quarter or half by its
    first day, calendar.part_of_year_start: summer 2024 begins 2024-06-21). None when either is
    unknown or the value is no calendar date (a weekend "2023-W12-WE", a malformed day). Days, weeks,
    months and years are read by calendar.first_day."""
    if published is None or not value:
        return None
    if value == "FUTURE_REF":
        return True
    if value in ("PAST_REF", "PRESENT_REF"):
        return False
    if not CALENDAR.match(value):
        return None
    first = first_day(value) or part_of_year_start(value)
    if first is not None:
        return first > published
    if WEEK.search(value) or len(value) >= 10:
        return None  # a weekend ("2023-W12-WE") or a malformed day
    return value[:4] > published.isoformat()[:4]
