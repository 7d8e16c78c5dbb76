"""Forecasts: statements that something will or may happen.

A forecast is a modal ("will", "may", "could"…), an estimative frame ("is
expected to", "is unlikely to") or an active expectation ("analysts expect X to") governing a verb;
a hope over a modal ("we hope X will") is one without probability, a doubt over it ("analysts doubt X will") one at
the doubt's value; a present verb of belief over a present-tense clause dated after the story ("I don't think the truce
survives the summer") is one with the verb as its hedge. A negation of a verb of belief or expectation, or a subject
saying few hold it ("few analysts believe X will"), negates the forecast. Past frames ("was expected
to"), perfect modals ("could have"), past expectations ("had hoped it would"),
modals over present states of mind ("may think"), the conditions of if-clauses
and questions (direct or indirect, with or without "?") are not forecasts.
A stated figure ("a 30 percent chance that X", "odds of one in four that X", "70 percent
likely to", "expected X to, giving it a probability of 55 percent") is the forecast's probability.
Inside a quote the speaker is the forecaster; else the subject of an expectation, a belief, a doubt or of a reporting verb
over the clause ("Barrot said that France would"); else the authors.

The horizon is the first of: a date in the proposition; a date attached to the
forecast's clause outside it ("On Friday, Xi will…"); the date the text gives
elsewhere for a named event the proposition mentions ("…when the Winter Olympics
begin" takes the date of the sentence that dates the Olympics); the article's
date when the proposition is imminent ("is about to begin"); the article's date plus
the span a relative phrase of the clause allows ("within days": +7 days; the spans and
their rationale are in data/horizons.yaml). A week ends on its Sunday and "by the end
of the year" on Dec 31; a value that names no calendar period ("the coming months"
as FUTURE_REF) is no horizon by itself. A date elsewhere in the sentence is not used:
it usually dates the reporting ("said Friday"); nor is one in a clause below the forecast's
that is not its proposition ("hosted by X, whose term ends in March"; a report; ", while Y
said last week"), nor one modifying a noun of the proposition ("a loan due in 2030", "the 2028 election") or
a value the predicate reaches ("extended to 2032"), nor one whose period ends before the story's date:
a forecast looks ahead.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from itertools import chain

from spacy.attrs import ENT_TYPE, LOWER

from newsledger.actors.coref import words as coref_words
from newsledger.forecasts.estimative import probability, scale
from newsledger.frames.commitment import rule_commitment
from newsledger.frames.predicates import event_noun
from newsledger.ingest.bylines import is_generic_byline
from newsledger.loading import read_yaml
from newsledger.nlp import check_time, doc_text, sentence_spans
from newsledger.discourse.cues import lexicon as quote_lexicon
from newsledger.records import Actor, Forecast, Mention, Quote, Timex
from newsledger.timex.calendar import add_months, first_day, part_of_year_end, part_of_year_start, period, shift
from newsledger.timex.lexicon import alternation, number_value
from newsledger.timex.lexicon import lexicon as timex_lexicon
from newsledger.timex.tagger import fold_case

PAST_BE = {"was", "were", "had"}


def adverb_hedge(verb) -> str | None:
    """An estimative adverb on the verb ("would likely prefer") outranks the bare modal."""
    phrases = scale()["phrases"]
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in phrases:
            degree = [c.lower_ for c in child.children if c.dep_ == "advmod" and c.lower_ in scale()["degree_words"]]
            return " ".join(degree + [child.lower_])
    return None


def clause_hedge(verb) -> str | None:
    """An estimative adjective over the modal's clause ("it is unlikely that X will") outranks the
    bare modal, as an adverb does."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_ != "be":
        return None
    phrases = scale()["phrases"]
    for child in head.children:
        if child.dep_ == "acomp" and child.i < verb.i and child.lower_ in phrases:
            degree = [c.lower_ for c in child.children if c.dep_ == "advmod" and c.lower_ in scale()["degree_words"]]
            return " ".join(degree + [child.lower_])
    return None


def qualifying_hedge(verb) -> str | None:
    """An estimative adjective in a contrasting clause on the verb, judging the forecast itself by an
    anaphor ("X could strike…, though analysts said such an attack was improbable"): it outranks the modal."""
    phrases, anaphors = scale()["phrases"], scale()["anaphor_words"]
    for clause in (c for c in verb.children if c.i > verb.i and contrast_clause(c)):
        for word in clause.subtree:
            if word.dep_ != "acomp" or word.lower_ not in phrases:
                continue
            for subject in (c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subject.lower_ in anaphors or any(c.lower_ in anaphors for c in subject.children):
                    degree = [c.lower_ for c in word.children if c.dep_ == "advmod" and c.lower_ in scale()["degree_words"]]
                    return " ".join(degree + [word.lower_])
    return None


def modal_hedge(token):
    """(hedge text, governed verb) for a future-looking modal, else None."""
    if token.tag_ != "MD" or token.lower_ not in scale()["modals"]:
        return None
    verb = token.head
    if any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
        return None
    if verb.lemma_.lower() in scale()["set_phrase_verbs"] or verb.lemma_.lower() in scale()["present_state_verbs"]:
        return None
    if past_expectation(verb):
        return None
    hedge = wish_hedge(verb) or doubt_hedge(verb) or adverb_hedge(verb) or clause_hedge(verb) or qualifying_hedge(verb)
    return hedge or scale()["aliases"].get(token.lower_, token.lower_), verb


def wish_hedge(verb) -> str | None:
    """"we hope that X will…": the wish word, which outranks the modal; it is on no estimative scale, so the
    forecast has no probability (data/estimative.yaml wish_heads)."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lower_ in scale()["wish_heads"]:
        return head.lower_
    return None


def doubt_hedge(verb) -> str | None:
    """"analysts doubt the bank will cut rates": the verb of doubt, a negative hedge that outranks the modal as
    "it is doubtful that X will" does (data/estimative.yaml doubt_heads)."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.lower_ in scale()["doubt_heads"]:
        return head.lower_
    return None


def belief_hedge(token):
    """(hedge text, governed verb) for a present verb of belief over a present-tense clause with no modal ("I don't
    think the truce survives the summer", "economists doubt the bank raises rates next week"), else None: a forecast only
    where the clause is dated ahead (`dated_ahead`); a modal's clause is the modal's forecast (data/estimative.yaml
    belief_verbs)."""
    if token.lower_ not in scale()["belief_verbs"] or token.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in token.children) or any(
            c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in PAST_BE | {"did", "has", "have"})
            for c in token.children):
        return None  # "may think" speculates about now; "did not think", "had believed" are past views
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBP")):
        if not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
            return token.lower_, clause
    return None


def dated_ahead(doc, token, verb, timexes: list[Timex], published: str | None) -> bool:
    """Whether the forecast's clause is dated after the story: a date of its own that begins after the story's
    date ("survives the summer" in May), or a span ahead ("in the coming months", "within three years"). A present
    tense with no such date tells of now ("I think Russia wants peace"); never without a full story date."""
    if not published or not re.match(r"^\d{4}-\d{2}-\d{2}", published):
        return False
    day, text = date.fromisoformat(published[:10]), doc_text(doc)
    span = clause_span(verb, proposition_span(token, verb))
    own = [t for t in own_timexes(doc, token, verb, timexes) if span[0] <= t.start and t.end <= span[1]]
    starts = [period_start(t, text, published) for t in own if is_date(t)]
    return any(start is not None and start > day for start in starts) or \
        bool(relative_horizon(span, text, published) or duration_horizon(span, own, text, published))


def period_start(timex: Timex, text: str, published: str) -> date | None:
    """The first day of a date timex's period, a year later where `horizon_in` reads it so (`next_year`: "the
    winter" said in October is the coming one, whichever year the tagger chose)."""
    value = timex.value
    if not not_past(period_end(timex, text), published) and next_year(timex, text, published):
        value = f"{int(value[:4]) + 1:04d}{value[4:]}"
    return first_day(value) or part_of_year_start(value)


def frame_hedge(token):
    """(hedge text, governed verb) for "is expected/likely/set to VERB", else None."""
    if token.lower_ not in scale()["frame_adjectives"]:
        return None
    verbs = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    be = [c for c in token.children if c.lemma_ == "be" and c.dep_ in ("cop", "auxpass", "aux")]
    all_but = token.i >= 2 and token.nbor(-1).lower_ == "but" and token.nbor(-2).lower_ == "all"
    copula = token.head if token.dep_ == "acomp" else None
    if all_but and token.dep_ == "conj" and token.head.head.lemma_ == "be":
        copula = token.head.head  # "is all but certain to": parsed at times as a conjunct of "all"
    if not verbs or (not be and copula is None):
        return None
    if (any(b.lower_ in PAST_BE for b in be) or copula is not None and copula.lower_ in PAST_BE) \
            and not _reported_present(copula if copula is not None else token):
        return None
    degree = ["all but"] if all_but else [c.lower_ for c in token.children if c.dep_ == "advmod" and c.lower_ in scale()["degree_words"]]
    return " ".join(degree + [token.lower_]), verbs[0]


def _reported_present(clause) -> bool:
    """Whether a past clause is what a past report says, backshifted ("diplomats said the two sides were likely to
    sign": what they said was "are likely to"; Quirk et al. 1985, 14.31)."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.tag_ == "VBD" and head.lemma_.lower() in quote_lexicon().cue_verbs


def expectation_hedge(token):
    """(hedge text, governed verb) for an active verb of expectation over a to-infinitive ("analysts expected
    the truce to hold", "the ministry expects to finish"), else None. A perfect ("had expected") is a past
    view, a passive ("is expected to") a frame (`frame_hedge`), and "expects that X will" the modal's forecast."""
    if token.lower_ not in scale()["expectation_verbs"] or token.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in token.children):
        return None  # a participle with no subject of its own ("the talks, expected to resume on Monday, ...")
    if any(c.dep_ in ("auxpass", "aux") and c.lower_ in PAST_BE | {"has", "have"} for c in token.children):
        return None
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return token.lower_, child
    for child in token.children:  # "mediators expect an agreement by March": an event noun expected to come about
        if child.dep_ == "dobj" and event_noun(child) and not any(c.dep_ == "acl" for c in child.children):
            return token.lower_, child
    return None


def past_expectation(verb) -> bool:
    """The modal's clause reports what someone once expected ("had hoped the war would be won")."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lower_ not in scale()["past_mind_heads"]:
        return False
    copula = head.head if head.dep_ == "acomp" else None  # "was concerned"
    return head.tag_ == "VBD" or (copula is not None and copula.lower_ in PAST_BE) or \
        any(c.lower_ in PAST_BE and c.dep_ in ("aux", "auxpass", "cop") for c in head.children)


def indirect_question(verb) -> bool:
    """"it is not known what stance he will take": the clause opens with a question word."""
    return verb.dep_ in ("ccomp", "csubj", "pcomp") and verb.left_edge.lower_ in scale()["question_words"]


def inverted_question(doc, sentence_start: int, hedge_token, verb) -> bool:
    """"What can Ukraine expect from the visit" (a heading, no "?"): the modal before its subject
    in a sentence opening with a question word or with the modal itself."""
    subject = subject_of(hedge_token, verb)
    if hedge_token.tag_ != "MD" or subject is None or subject.i < hedge_token.i:
        return False
    first = hedge_token.i
    while first > 0 and doc[first - 1].idx >= sentence_start:
        first -= 1
    while doc[first].is_punct or doc[first].is_space:
        first += 1
    return doc[first].lower_ in scale()["question_words"] or first == hedge_token.i


def is_condition(verb) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in verb.children)


def negated(verb, hedge_token) -> bool:
    """A negation on the verb or the hedge, on a verb of opinion governing the clause, or anywhere in
    the chain of embeddings that the commitment engine composes ("no sign that X would", "ruled out")."""
    if any(c.dep_ == "neg" for c in list(verb.children) + list(hedge_token.children)):
        return True
    found = rule_commitment(verb)
    # "it is unlikely that X will", "analysts doubt X will", "I doubt X resumes next week"
    hedge_words = {hedge_token.lower_, *(clause_hedge(verb) or "").split(), *(doubt_hedge(verb) or "").split()}
    if found.polarity == "-" and any(cue.lower() not in hedge_words for cue in found.cues):  # "no sign that X would"
        return True  # a negative hedge ("unlikely to", "doubt") is in the probability already, not a negation
    opinion = hedge_token if verb.head.i == hedge_token.i else verb.head  # "few expect X to", "few believe X will"
    if verb.dep_ not in ("ccomp", "xcomp") or opinion.lemma_.lower() not in scale()["negation_raising_verbs"]:
        return False
    return any(c.dep_ == "neg" for c in opinion.children) or minority_holders(opinion)


def minority_holders(opinion) -> bool:
    """Whether the subject of a verb of belief or expectation says few hold it ("few analysts believe", "hardly
    anyone expects"): most then expect the opposite (data/estimative.yaml minority_quantifiers)."""
    for subject in (c for c in opinion.children if c.dep_ == "nsubj"):
        opening = " ".join(t.lower_ for t in subject.doc[subject.left_edge.i:subject.i + 1])
        if any(opening == q or opening.startswith(q + " ") for q in scale()["minority_quantifiers"]):
            return True
    return False


def subject_of(hedge_token, verb):
    """Who or what the forecast is about: the subject of the verb, the frame or its copula."""
    copula = [hedge_token.head.head] if hedge_token.dep_ == "conj" else []  # "is all but certain to"
    for head in (verb, hedge_token, hedge_token.head, *copula):
        for child in head.children:
            if child.dep_ in ("nsubj", "nsubjpass", "expl"):
                return child
    return None


def _without_final_punct(tokens) -> list:
    """The tokens of a subtree, final punctuation and spaces dropped."""
    tokens = list(tokens)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens.pop()
    return tokens


def contrast_clause(token) -> bool:
    """An adverbial clause set against the verb's ("…, while Spain said…", "although X…"): another statement.
    "while" without a comma before it is a time ("unlikely to come while the Games are under way")."""
    table = scale()
    for mark in (c for c in token.children if c.dep_ == "mark" and c.lower_ in table["contrast_marks"]):
        if mark.lower_ not in table["contrast_marks_after_comma"] or (mark.i > 0 and mark.nbor(-1).text == ","):
            return True
    return False


def other_clause(token) -> bool:
    """A clause below the verb that is not its proposition's: a relative or noun clause ("X, whose term ends in
    March"), a report, an aside, or a contrasting clause."""
    return token.dep_ in ("relcl", "acl", "ccomp", "csubj", "parataxis") or contrast_clause(token)


def own_clause_tokens(verb) -> list:
    """The governed verb's subtree up to a trailing aside or contrasting clause ("…, while Spain said…"), or up to
    the coordinator of a conjunct with a modal of its own, a forecast of its own ("would not pay the fines and
    would form their own bloc"), without a coordinator it ends on."""
    tail = [c for c in verb.children if c.i > verb.i and (c.dep_ == "parataxis" or contrast_clause(c))]
    end = min((c.left_edge.i for c in tail), default=verb.right_edge.i + 1)
    for conjunct in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i and _own_modal(c)):
        # the coordinator between the verb and the conjunct (a comma before the verb, "Under the deal, X will", is none)
        coordinators = [c.i for c in verb.children if c.dep_ in ("cc", "punct") and verb.i < c.i < conjunct.left_edge.i]
        end = min(end, max(coordinators, default=conjunct.left_edge.i))
    tokens = [t for t in verb.subtree if t.i < end]
    # "…, and would": the comma before the coordinator too; and a coordinator the subtree ends on, its conjunct
    # hung on the reporting verb above ("said X would not send troops but warned that …")
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    return tokens


def _own_modal(verb) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def proposition_span(hedge_token, verb) -> tuple[int, int]:
    """From the subject (or the hedge) to the end of the governed clause (a trailing clause of its own left
    out, `own_clause_tokens`), final punctuation dropped."""
    tokens = _without_final_punct(own_clause_tokens(verb)) or [verb]
    subject = subject_of(hedge_token, verb)
    first = subject.left_edge if subject is not None and subject.i < hedge_token.i else hedge_token
    if subject is not None and subject.head.i == verb.i and verb.head.i == hedge_token.i:
        first = subject.left_edge  # "analysts expected the truce to hold", "I think the talks resume": the clause
    if verb.pos_ == "NOUN":
        first = verb.left_edge  # "mediators expect an agreement by March": the agreement
    return first.idx, tokens[-1].idx + len(tokens[-1].text)


def condition_of(hedge_token, verb, text: str) -> str | None:
    """The if- or unless-clause the forecast holds under ("if Trump is successful, Putin may lose"),
    on the governed verb or the hedge's own verb; None when it has none."""
    for head in (verb, hedge_token.head):
        for clause in head.children:
            if clause.dep_ == "advcl" and is_condition(clause):
                tokens = _without_final_punct(clause.subtree)
                return text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
    return None


def is_question(text: str, sentence_end: int) -> bool:
    return text[:sentence_end].rstrip().rstrip("”\"’").endswith("?")


def forecaster_of(char: int, quotes: list[Quote], authors: list,
                  actors: dict[str, Actor] | None = None) -> tuple[str | None, str]:
    """(actor id or None, name) of who makes the forecast at character ``char``.

    The speaker of the innermost quote holding the hedge, by the actor's name when the speaker is a known actor
    (so "He said…", once coreference links "He" to Ruto, is William Ruto's; forecasters are scored by
    name); a speaker left unresolved keeps the text's words, a bare pronoun marked "(unresolved)".
    Else the document's authors (names that are non-blank strings and no staff or desk credit such as
    "Staff Reporter", ``ingest.bylines``; anything else an input let through is no name), else "author"."""
    holding = [q for q in quotes if q.start <= char < q.end and (q.speaker or q.speaker_text)]
    # a report inside another ("X announced that…, while Y said that it would…"): the innermost one's speaker
    for quote in sorted(holding, key=lambda q: q.end - q.start):
        return speaker_name(quote.speaker, quote.speaker_text or quote.speaker, actors or {})
    names = [a.strip() for a in authors if isinstance(a, str) and a.strip() and not is_generic_byline(a)]
    return None, ", ".join(names) or "author"


def aside_speaker(verb, mentions: list[Mention], actors: dict[str, Actor]) -> tuple[str, str] | None:
    """(actor id, name) of a speaker set into the forecast's own clause ("The visit, Putin said, could
    show…"; "China, he added, would not…"), when an actor mention (a coreference link included) covers the
    aside's subject: the forecast is that speaker's, whether or not the quotes stage made a record of it."""
    for aside in verb.children:
        if aside.dep_ != "parataxis" or aside.lemma_.lower() not in quote_lexicon().cue_verbs:
            continue
        for subject in (c for c in aside.children if c.dep_ == "nsubj"):
            mention = next((m for m in mentions if m.start <= subject.idx < m.end), None)
            if mention is not None and mention.actor_id in actors:
                return mention.actor_id, actors[mention.actor_id].name
    return None


def reporting_speaker(verb, mentions: list[Mention], actors: dict[str, Actor]) -> tuple[str | None, str] | None:
    """(actor id or None, name) of the subject of a reporting verb that governs the forecast's clause through
    reported clauses and their conjuncts ("Barrot said … that the move was unjustified and that France would
    respond"), for a report the quotes stage left without a record: a reported "would" is the speaker's
    forecast, not the byline's. The actor's name when a mention covers the subject, else its words."""
    node = verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        step, node = node.dep_, node.head
        # only as the verb's reported clause: a clause joined to the report by "and" is the author's own
        # ("The ministry announced sanctions, and Russia will respond")
        if step == "ccomp" and node.lemma_.lower() in quote_lexicon().cue_verbs:
            return subject_speaker(node, mentions, actors)
    return None


def subject_speaker(head, mentions: list[Mention], actors: dict[str, Actor]) -> tuple[str | None, str] | None:
    """(actor id or None, name) of the subject of a reporting or expecting verb: the actor's name when a mention
    covers it, else its words (a bare pronoun marked "(unresolved)"); None without a subject."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    mention = next((m for m in mentions if m.start <= subject.idx < m.end and m.actor_id in actors), None)
    words = doc_text(subject.doc)[subject.left_edge.idx:subject.right_edge.idx + len(subject.right_edge)]
    return speaker_name(mention.actor_id if mention else None, words, actors)


def speaker_name(actor_id: str | None, words: str, actors: dict[str, Actor]) -> tuple[str | None, str]:
    """(actor id or None, name) of a speaker: the actor's name when ``actor_id`` is a known actor (forecasters are
    scored by name), else the text's ``words``, a bare pronoun left unresolved marked "(unresolved)"."""
    actor = actors.get(actor_id or "")
    if actor is not None:
        return actor_id, actor.name
    if actor_id is None and words.lower() in coref_words()["pronouns"]:
        return None, f"{words} (unresolved)"
    return actor_id, words


def is_date(timex: Timex) -> bool:
    """Durations and sets ("every day") are no horizon."""
    return bool(timex.value) and timex.type in ("DATE", "TIME")


ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
CALENDAR_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?")  # a year, month or day (a time after it is kept)
CUE_REACH = 20  # characters before a year or month searched for "by the end of"


@lru_cache(maxsize=1)
def horizon_rules() -> dict:
    """data/horizons.yaml: relative phrases with their spans, and the cues of a period's end."""
    rules = read_yaml(resources.files("newsledger.forecasts").joinpath("data/horizons.yaml"))
    rules["relative"] = [{**rule, "pattern": re.compile(rf"\b(?:{rule['phrase']})\b", re.I)} for rule in rules["relative"]]
    return rules


def period_end(timex: Timex, text: str) -> str | None:
    """A date timex's value as a horizon: an ISO week ("2023-W19") as its Sunday, a season, quarter or
    half ("by next summer", "2023-SU") as its last day (timex.calendar.part_of_year_end), a year or month
    after "by the end of" as its last day, another calendar value as it is; None for a value that names no
    calendar period (FUTURE_REF, "XXXX-WXX" in an undated story)."""
    week = ISO_WEEK.match(timex.value)
    if week:
        return date.fromisocalendar(int(week[1]), int(week[2]), 7).isoformat()
    if (last := part_of_year_end(timex.value)) is not None:
        return last.isoformat()
    if not CALENDAR_VALUE.match(timex.value):
        return None
    before = text[max(0, timex.start - CUE_REACH):timex.end].lower()
    if len(timex.value) in (4, 7) and any(cue in before for cue in horizon_rules()["period_end_cues"]):
        first = date(int(timex.value[:4]), int(timex.value[5:7] or 1), 1)
        return (add_months(first, 12 if len(timex.value) == 4 else 1) - timedelta(days=1)).isoformat()
    return timex.value


def not_past(horizon: str | None, published: str | None) -> str | None:
    """The horizon, or None when its period ends before the story's date: a forecast looks ahead, so a
    date before it ("said last week that it would…") dates something else."""
    bounds = period(horizon) if horizon else None
    if bounds is None or not published or not re.match(r"^\d{4}-\d{2}-\d{2}", published):
        return horizon
    return horizon if bounds[1] >= date.fromisoformat(published[:10]) else None


def horizon_in(span: tuple[int, int], timexes: list[Timex], text: str, published: str | None = None) -> str | None:
    """The first date in a span of text, as `period_end` gives it, that does not end before `published`; a
    month or day written without its year ("by May") that would is the next one ahead."""
    inside = [t for t in timexes if span[0] <= t.start and t.end <= span[1] and is_date(t)]
    return next((h for h in (not_past(period_end(t, text), published) or next_year(t, text, published)
                             for t in inside) if h), None)


def next_year(timex: Timex, text: str, published: str | None) -> str | None:
    """The horizon of a month, day or season named without a year, a year later, when that does not end before
    `published` ("will take the city by May" in August is next May, whichever year the tagger chose)."""
    months = timex_lexicon()["months"]
    named = any(word.rstrip(".") in months for word in re.findall(r"[a-z.]+", timex.text.lower()))
    season = re.fullmatch(r"\d{4}-(?:SP|SU|FA|WI)", timex.value) is not None  # "through the autumn"
    if not (named or season) or not re.fullmatch(r"\d{4}-(?:\d{2}(?:-\d{2})?|SP|SU|FA|WI)", timex.value) \
            or re.search(r"\d{4}", timex.text):
        return None  # "yesterday", "last week" or "May 2023" name their own year
    later = f"{int(timex.value[:4]) + 1:04d}{timex.value[4:]}"
    if period(later) is None and not season:
        return None  # Feb 29 with no such day a year later
    return not_past(period_end(Timex(timex.start, timex.end, timex.text, timex.type, later), text), published)


def noun_modifier(token) -> bool:
    """A word that modifies a noun ("the 2028 election", "a loan due in 2030"): a date below it dates that
    thing, not the forecast's predicate (data/estimative.yaml noun_modifier_deps)."""
    return token.dep_ in scale()["noun_modifier_deps"] and token.head.pos_ in ("NOUN", "PROPN")


def target_value(token) -> bool:
    """A preposition whose object is the value the predicate reaches ("the maturity will be extended to 2032",
    "will postpone the vote to March"), not the time it happens (data/estimative.yaml target_prepositions)."""
    return token.dep_ == "prep" and token.lower_ in scale()["target_prepositions"]


def own_timexes(doc, token, verb, timexes: list[Timex]) -> list[Timex]:
    """The timexes of the forecast's own clause: those whose head reaches the governed verb or the hedge
    without passing through another clause (`other_clause`: "X, whose term ends in March") or a noun's
    modifier (`noun_modifier`: "new bonds maturing in 2032", "the 2028 election") or a value the predicate
    reaches (`target_value`: "extended to 2032"): the horizon is a time adverbial of the forecast's predicate."""
    stops = {verb.i, token.i} | ({token.head.i} if token.dep_ == "acomp" else set())  # "is likely": its copula
    root = token
    while root.head.i != root.i:
        root = root.head
    tree = (root.left_edge.idx, root.right_edge.idx + len(root.right_edge))
    kept = []
    for timex in timexes:
        if timex.end <= tree[0] or timex.start >= tree[1]:
            continue  # outside the forecast's parse tree: its head walk could never reach a stop
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        node = span.root if span is not None and len(span) else None
        while node is not None and node.i not in stops:
            node = None if other_clause(node) or noun_modifier(node) or target_value(node) or node.head.i == node.i \
                else node.head
        if node is not None:
            kept.append(timex)
    return kept


def relative_horizon(span: tuple[int, int], text: str, published: str | None) -> str | None:
    """The article's date plus the span of the first relative phrase in the clause ("within days",
    "in the coming months"; data/horizons.yaml); None without a full publication date."""
    if not published or not re.match(r"^\d{4}-\d{2}-\d{2}", published):
        return None
    day = date.fromisoformat(published[:10])
    for rule in horizon_rules()["relative"]:
        if rule["pattern"].search(text, *span):
            return (add_months(day, rule["months"]) if "months" in rule else day + timedelta(days=rule["days"])).isoformat()
    return None


def clause_span(verb, span: tuple[int, int]) -> tuple[int, int]:
    """The proposition with the words attached to its verb before the subject ("On Friday, Xi will…")."""
    return min(span[0], verb.left_edge.idx), span[1]


def event_name(entity) -> str:
    words = entity.text.lower().split()
    return " ".join(words[1:] if words[0] == "the" else words)


def same_event(name: str, other: str) -> bool:
    """"Beijing Winter Olympics" and "the Winter Olympics" name the same event."""
    return name == other or name.endswith(" " + other) or other.endswith(" " + name)


def event_date(doc, span: tuple[int, int], timexes: list[Timex], sentences: list[tuple[int, int]]) -> str | None:
    """The date the text gives a named event of the proposition: the one nearest to a mention
    of that event in a sentence that has a calendar date."""
    if doc.vocab.strings["EVENT"] not in doc.to_array(ENT_TYPE):
        return None  # no event named at all, as in most texts: no entity Spans to make
    events = [e for e in doc.ents if e.label_ == "EVENT"]
    names = [event_name(e) for e in events if span[0] <= e.start_char < span[1]]
    for entity in (e for e in events if any(same_event(event_name(e), name) for name in names)):
        start, end = next(s for s in sentences if s[0] <= entity.start_char < s[1])
        dated = [t for t in timexes if start <= t.start < end and is_date(t) and t.value[:1].isdigit()]
        if dated:
            return min(dated, key=lambda t: abs(t.start - entity.start_char)).value
    return None


def imminent(doc, span: tuple[int, int], published: str | None) -> str | None:
    """The article's date when the proposition holds an "about to" frame."""
    frames = scale()["imminent_frames"]
    tokens = doc.char_span(*span, alignment_mode="expand") or []
    if published and any(t.lower_ in frames and frame_hedge(t) for t in tokens):
        return published[:10]
    return None


def horizon_of(doc, token, verb, span, timexes, sentences, published) -> str | None:
    text, clause, own = doc_text(doc), clause_span(verb, span), own_timexes(doc, token, verb, timexes)
    return (horizon_in(span, own, text, published) or horizon_in(clause, own, text, published)
            or not_past(event_date(doc, span, timexes, sentences), published) or imminent(doc, span, published)
            or relative_horizon(clause, text, published) or duration_horizon(clause, own, text, published))


# "within three years", "in the next two weeks": a counted span ahead of the story (a TIMEX3 duration, "P3Y")
SPAN_AHEAD = re.compile(r"(?:within|in\s+the\s+(?:next|coming))\s+$", re.I)
DURATION = re.compile(r"^P(?P<n>\d+)(?P<unit>[YMWD])$")


def duration_horizon(span: tuple[int, int], timexes: list[Timex], text: str, published: str | None) -> str | None:
    """The article's date plus a counted span the clause puts the forecast within ("could be delivered within three
    years": P3Y after the story), as the story's date plus the span's own length; None without one or without a full
    publication date."""
    if not published or not re.match(r"^\d{4}-\d{2}-\d{2}", published):
        return None
    day = date.fromisoformat(published[:10])
    for timex in (t for t in timexes if span[0] <= t.start and t.end <= span[1] and t.type == "DURATION"):
        found = DURATION.match(timex.value or "")
        before = text[max(0, timex.start - 20):timex.start]
        if found and (SPAN_AHEAD.search(before) or re.match(r"the\s+(?:next|coming)\s", timex.text, re.I)
                      and re.search(r"\b(?:in|within|over)\s+$", before, re.I)):
            return shift(day, found["unit"], int(found["n"])).isoformat()
    return None


def actors_in(span: tuple[int, int], mentions: list[Mention]) -> list[str]:
    return list(dict.fromkeys(m.actor_id for m in mentions if span[0] <= m.start and m.end <= span[1]))


# A stated figure: "30 percent", "40%", "one in three" ("one-in-three").
FIGURE = r"(?:(?P<percent>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)|(?P<times>[\w]+)[- ]in[- ](?P<out_of>[\w]+))"
PERCENT_BEFORE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per\s+cent)\s*$", re.I)
# Where a stated proposition stops: a closing quote, a semicolon, or its attribution (", one diplomat said").
PROPOSITION_END = re.compile(r"[\"”;]|,\s+(?:[\w-]+\s+){0,4}?(?:said|says|told|according)\b", re.I)


# Where the proposition after a chance noun starts: after "that" or "of", or right away when "that" is left out
# and a clause's subject follows ("a 70 percent chance we sign", "a good chance the talks fail"): a pronoun, a
# determiner or a capitalised name (matched case-sensitively inside the case-blind patterns). Without "that" the
# chance must be stated ("there is a 70 percent chance we sign": EXISTENTIAL_BEFORE), since a relative clause
# looks the same ("dismissed the 10 percent chance Trump gave Ukraine of winning").
PROPOSITION_START = r"(?:(?:that|of)\s+|(?=(?-i:we|they|he|she|it|I|you|the|this|these|those|[A-Z][\w-]*)\s))"


EXISTENTIAL_BEFORE = re.compile(r"\b(?:there(?:\s+is|\s+was|'s|\s+are|\s+were|\s+remains)|it\s+is|is|was)\s+"
                                r"(?:still\s+|only\s+|just\s+)?(?:a|an)\s+$", re.I)


@lru_cache(maxsize=1)
def figure_patterns() -> list[re.Pattern]:
    """"a 30 percent chance that", "a one-in-three chance of", "odds of one in four that": the figure, then
    the proposition after "that"/"of" (nouns: data/estimative.yaml probability_nouns)."""
    nouns = scale()["probability_nouns"]
    worded = [p for p in scale()["phrases"] if p.split()[-1] in nouns]  # "a slim chance that X"
    nouns = "|".join(nouns)
    return [re.compile(rf"\b(?P<hedge>{FIGURE}[- ](?:{nouns}))\s+{PROPOSITION_START}", re.I),
            re.compile(rf"\b(?P<hedge>odds\s+(?:are\s+|of\s+)?{FIGURE})\s+(?:that|of)\s+", re.I),
            re.compile(rf"\b(?P<hedge>(?P<phrase>{alternation(worded)}))\s+{PROPOSITION_START}", re.I),
            # the figure after the proposition: "put the chance of a deal by May at no more than 20 percent"
            re.compile(rf"\b(?P<noun>{nouns})\s+(?:that|of)\s+(?P<proposition>[^.;:\"”]+?)\s+(?:at|as)\s+"
                       rf"(?P<figure>(?:{alternation(scale()['figure_bounds'])})?\s*{FIGURE})", re.I)]


def figure_probability(match: re.Match) -> float | None:
    """The probability a stated figure gives (30 percent -> 0.3, one in three -> 1/3) or a worded chance
    ("a slim chance", data/estimative.yaml), None when it is none."""
    if match.groupdict().get("phrase"):
        return probability(match.group("phrase"))
    if match.group("percent"):
        value = float(match.group("percent")) / 100
    else:
        times, out_of = number_value(match.group("times")), number_value(match.group("out_of"))
        value = times / out_of if times is not None and out_of else None
    return round(value, 4) if value is not None and 0 <= value <= 1 else None


@lru_cache(maxsize=1)
def participle_figure_patterns() -> list[re.Pattern]:
    """"a probability of 55 percent", "the odds at 70 percent", "a 70 percent chance" (nouns: data/estimative.yaml
    probability_nouns, bounds: figure_bounds)."""
    nouns = alternation(scale()["probability_nouns"])
    bounds = alternation(scale()["figure_bounds"])
    return [re.compile(rf"\b(?:{nouns})\s+(?:of|at)\s+(?:(?:{bounds})\s+)?{FIGURE}", re.I),
            re.compile(rf"{FIGURE}[- ](?:{nouns})\b", re.I)]


def participle_figure(token, verb):
    """(clause head, hedge text, probability) of a participle clause on the forecast that states its figure
    ("expected the truce to hold, giving it a probability of 55 percent"; "putting the odds at 70 percent"), else
    None: the figure is the forecast's probability, as a stated figure is (`participle_figure_patterns`)."""
    text = doc_text(verb.doc)
    for clause in (c for head in (verb, token) for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        bounds_of = (clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge))
        match = next((m for p in participle_figure_patterns() if (m := p.search(text, *bounds_of))), None)
        value = figure_probability(match) if match else None
        if value is not None:
            return clause, re.sub(r"\s+", " ", match.group(0)), value
    return None


def stated_probabilities(text: str, sentences: list[tuple[int, int]]):
    """(hedge text, probability, proposition span) for each explicit figure ("a 30 percent chance that
    talks restart this year": "30 percent chance", 0.3, the span of "talks restart this year"; "put the
    chance of a deal by May at no more than 20 percent": "chance at no more than 20 percent", 0.2, the
    span of "a deal by May": a bound is read as its figure)."""
    # Every figure pattern holds a probability noun, and most texts hold none: test for one before the scans,
    # on the text in lower case as the case-blind patterns read it.
    folded = fold_case(text)
    if not any(noun in folded for noun in scale()["probability_nouns"]):
        return
    for start, end in sentences:
        for pattern in figure_patterns():
            for match in pattern.finditer(text, start, end):
                value = figure_probability(match)
                if match.groupdict().get("proposition"):
                    hedge = f"{match['noun']} at {match['figure']}"
                    if value is not None:
                        yield re.sub(r"\s+", " ", hedge), value, match.span("proposition")
                    continue
                if not re.search(r"\b(?:that|of)\s+$", match.group(0), re.I) \
                        and not EXISTENTIAL_BEFORE.search(text, max(start, match.start() - 40), match.start()):
                    continue  # "the 10 percent chance Trump gave Ukraine": a relative clause, no proposition
                stop = PROPOSITION_END.search(text, match.end(), end)
                last = (stop.start() if stop else end)
                while last > match.end() and (text[last - 1].isspace() or text[last - 1] in ".,!?"):
                    last -= 1
                if value is not None and last > match.end():
                    yield re.sub(r"\s+", " ", match.group("hedge")), value, (match.end(), last)


def stated_forecasts(doc, text, spans, mentions, actors, timexes, quotes, published, authors) -> list[Forecast]:
    """Forecasts that state their probability as a figure (`stated_probabilities`); the figure stands
    whatever the source's hedge on it ("perhaps a 30 percent chance" is 0.3)."""
    starts = [start for start, _ in spans]
    found = []
    for hedge, value, span in stated_probabilities(text, spans):
        sentence = max(bisect_right(starts, span[0]) - 1, 0)
        if is_question(text, spans[sentence][1]):
            continue
        forecaster, name = forecaster_of(span[0], quotes, authors, actors)
        horizon = horizon_in(span, timexes, text, published) or relative_horizon(span, text, published)
        tokens = doc.char_span(*span, alignment_mode="expand") or []
        negative = any(t.dep_ == "neg" for t in tokens)
        found.append(Forecast(sentence, forecaster, name, hedge, value, text[span[0]:span[1]], horizon, negative,
                              None, actors_in(span, mentions)))
    return found


@lru_cache(maxsize=1)
def hedge_words() -> frozenset[str]:
    """Every word a hedge token can be (data/estimative.yaml modals, frame_adjectives, expectation_verbs):
    `modal_hedge`, `frame_hedge` and `expectation_hedge` each require one."""
    table = scale()
    return frozenset({*table["modals"], *table["frame_adjectives"], *table["expectation_verbs"]})


def hedges(doc):
    """(hedge text, hedge token, governed verb) for every forecast-like construction."""
    words = {doc.vocab.strings[word] for word in hedge_words()}  # hashes: most tokens need no Token object
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower not in words:
            continue
        token = doc[i]
        found = modal_hedge(token) or frame_hedge(token) or expectation_hedge(token)
        if found and not is_condition(found[1]) and not indirect_question(found[1]):
            yield found[0], token, found[1]


def present_beliefs(doc, timexes: list[Timex], published: str | None):
    """(hedge text, hedge token, governed verb) for each belief over a present-tense clause dated ahead
    (`belief_hedge`, `dated_ahead`)."""
    words = {doc.vocab.strings[word] for word in scale()["belief_verbs"]}
    for i, lower in enumerate(doc.to_array(LOWER).tolist()):
        if lower in words and (found := belief_hedge(doc[i])) and not is_condition(found[1]) \
                and not indirect_question(found[1]) and dated_ahead(doc, doc[i], found[1], timexes, published):
            yield found[0], doc[i], found[1]


def find_forecasts(doc, mentions: list[Mention], actors: dict[str, Actor], timexes: list[Timex],
                   quotes: list[Quote], published: str | None, authors: list[str]) -> list[Forecast]:
    """Forecasts of a parsed document, in text order (``actors`` names the forecasters);
    raises ``nlp.TimedOut`` past the Doc's deadline."""
    spans = sentence_spans(doc)
    starts = [start for start, _ in spans]
    text = doc_text(doc)
    forecasts = stated_forecasts(doc, text, spans, mentions, actors, timexes, quotes, published, authors)
    stated = [(text.index(f.proposition, spans[f.sentence][0]), f.proposition) for f in forecasts]
    for hedge, token, verb in chain(hedges(doc), present_beliefs(doc, timexes, published)):
        check_time(doc)
        sentence = max(bisect_right(starts, token.idx) - 1, 0)
        if is_question(text, spans[sentence][1]) or inverted_question(doc, spans[sentence][0], token, verb):
            continue
        if any(start <= token.idx < start + len(words) for start, words in stated):
            continue  # "a 30% chance that talks will restart": the figure is the forecast's probability
        clause = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge))
        if any(clause[0] <= start and start + len(words) <= clause[1] for start, words in stated):
            continue  # "I would put the chance of a deal at 20 percent": the hedge frames a stated figure
        figure = PERCENT_BEFORE.search(text, spans[sentence][0], token.idx)
        value = probability(hedge)
        if figure and token.tag_ != "MD":  # "70 percent likely to": the figure outranks the word
            hedge, value = f"{figure.group(1)} percent {hedge}", float(figure.group(1)) / 100
        span = proposition_span(token, verb)
        if (given := participle_figure(token, verb)) is not None:  # "…, giving it a probability of 55 percent"
            clause, hedge, value = given
            span = (span[0], min(span[1], len(text[:clause.left_edge.idx].rstrip(" ,;"))))
        # the holder of the view: "analysts expect X to", "economists doubt X will", "officials think X resumes"
        holder = token if expectation_hedge(token) or belief_hedge(token) else verb.head if doubt_hedge(verb) else None
        expecter = subject_speaker(holder, mentions, actors) if holder is not None else None
        reported = None if any(q.start <= token.idx < q.end for q in quotes) else \
            expecter or reporting_speaker(verb, mentions, actors)
        forecaster, name = aside_speaker(verb, mentions, actors) or reported or \
            forecaster_of(token.idx, quotes, authors, actors)
        horizon = horizon_of(doc, token, verb, span, timexes, spans, published)
        forecasts.append(Forecast(sentence, forecaster, name, hedge, value, text[span[0]:span[1]],
                                  horizon, negated(verb, token), None, actors_in(span, mentions),
                                  condition_of(token, verb, text)))
    return sorted(forecasts, key=lambda f: (f.sentence, text.find(f.proposition, spans[f.sentence][0])))
