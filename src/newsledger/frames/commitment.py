"""What a sentence commits to about a predicate: its status, whose commitment it is, and why.

The status of a predicate is computed top-down through the clauses that embed it, composing the
signatures of the embedding predicates (frames/data/signatures.yaml) the way Nairn, Condoravdi &
Karttunen (2006) do: the sentence starts in a positive context; negation flips it; each embedding
predicate maps the context it stands in to its complement's ("fail to": positive -> did not,
negative -> did); a modal, a condition or a predicate that asserts nothing ("plan to", "urge Y to",
"expect") leaves the complement not asserted, and says what kind of not asserted it is (planned,
expected, hypothetical). A negation below such a step ("vowed never to", "urged Y not to", "think X
will not") leaves the act open, with its polarity inside negative (the context "o-"): the author
asserts no non-occurrence, so the act keeps the step's own status (an intention not to act is
planned, a request not to act expected) and only its scalar and the chain carry the "not"; a
doubt is such a belief, open and negative ("doubt that"), and so is an unlikely act or a negated
expectation ("unlikely to", "not expected to": expected not to be, neg-raising); such a prediction or belief
gives the status "negated" (the act is not to be counted on), its scalar still the open act's. A negation under an
epistemic modal ("may not", "might not") is open too; under "will", "cannot" it asserts the act will
not be. A report ("said", "denied") hands the commitment to its speaker: the complement is then in
the speaker's view, and an act the speaker says happened is "claimed"; so does an attribution set off by commas
with more of the sentence after it ("met the rebels on Wednesday, the bloc said, in a bid to ..."). A report noun ("reports
that", "claims by X that") is taken to exist whatever embeds it, so what it says is claimed by it
("cited reports that"), unless a verb of verdict judges it: "denied reports that X" commits as
"denied that X" does, in the denier's view. "would" under a past report is the reported "will" (planned).
Steps that only carry their clause's status ("light"): a verb over its event noun, a present-tense
temporal clause ("once the truce holds"), a gerund adjunct ("by selling shares"), a noun raised from a
light verb ("the summit is due to take place"). An infinitival relative ("a deadline to reply") and a
headline's "X to VERB" are not asserted, but after an ordinal, "only" or a superlative ("the first woman
to lead the bank") it tells what was done; a conjunct after "but" keeps no negation of the one before.
Negation also comes from a negative quantifier subject ("no one was hurt", "neither side fired"), "no
longer", "has yet to" and "without" ("left without firing"); a finite wh-question presupposes its act
("did not say where the cuts will fall", Karttunen 1977) and a result clause after "so" happened. A
condition the parser hangs on a parenthetical past report ("If X, she said, Y will") is Y's, not the saying's.
A purpose ("sent troops to secure the border", "in order to", "so as to") is expected: what the act done is
for, not an act set for later. A trailing participle of harm ("shelled Kyiv, killing five") takes its act's status,
the reported act's where the parser hangs it on the verb that reports it ("accused Russia of shelling Kharkiv,
killing five": claimed); a belief about a past act ("is believed to have crossed") claims it. An event of a scheduled kind that a verb of announcing has as its object ("confirmed
the visit", "set talks for May") is planned (signatures.yaml ``announcing``). An event noun that is the subject of an
adjective of chance ("a ceasefire is likely", "bankruptcy seems almost certain", "an attack is unlikely") is what the
adjective predicts, as the clause it would take ("it is likely that a ceasefire will happen"): expected.
A report's own conjunct that the parser hangs in the reported clause ("denied that Y had fired and accused
Z of ...") is the reporter's act, as is any verb it hangs in its conjunct's complement ("denied shelling X and
blamed Y", misattached_conjunct), and a report that opens a subject relative ("a strike that the government
said killed six soldiers") is the relative's, not a complement of the verb before it. A draft's act ("a draft
resolution that demands") is hypothetical, negated where the draft is voted down ("vetoed a draft that demanded"). A verbless condition that
only bounds its main clause ("will intervene if necessary", "rose if compared to") leaves it as committed, as an
exception does ("will withdraw unless the rebels attack": the withdrawal holds but for the attack); a finite
conjunct of a verb under an auxiliary ("will open a plant and already employs 500") stands in its own clause and
shares none of that verb's modal or negation; a predicate noun after a copula ("a default would be a disaster")
takes the copula's clause status. An event noun dated ahead in its own phrase ("the launch of the satellite next
month", "the upcoming vote") is planned, as a present-tense verb with a forward time word is. A performative verb in
the first person present that a report quotes ("'We condemn the attack,' she said") is the speaker's act, done, not
claimed; a present clause after "until" is open, expected ("will stay until Moscow agrees"), and so is a simple past
one under a reported "would" ("said it would stay until Moscow agreed"), where a report moved the present back; an
event noun after
a noun of its coming about takes that noun's status ("could trigger the return of sanctions"), as one after an
episode noun does ("a round of talks"), but not after a noun of its ending ("the lifting of sanctions"), and one
in a package of measures takes the package's ("will provide an aid package", "a package of tax cuts"). An act a document's terms provide for ("the treaty
allows their navies to patrol", "the accord covers attacks on boats") is hypothetical (document_term); an act a verb of
continuing carries in the present ("continues to fund") is ongoing, as one in a present perfect of continuing state
("has long sought") is. What a
plan includes ("the plan includes plant closures") is planned as the plan's "to" clause is; an event noun subject
of "would" ("a collapse would be a disaster") is the clause's hidden condition, as open as the clause.
An -ing clause the parser read as a modifier of its own object ("denied attacking civilians", "attacking" an
adjective on "civilians") is the verb's complement, and a gerund after a preposition coordinated with another
("accused X of besieging Y and of killing Z") hangs where the first preposition does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from newsledger.frames import learned
from newsledger.frames.memo import children_of, per_token
from newsledger.loading import read_yaml
from newsledger.timex.anchoring import free_participle

DATA = Path(__file__).parent / "data"

STATUSES = ("occurred", "ongoing", "planned", "expected", "hypothetical", "negated", "claimed")
# What a not-asserted complement is, by the kind of predicate that left it so.
OPEN_STATUS = {"intention": "planned", "prediction": "expected", "request": "expected",
               "belief": "expected", "condition": "hypothetical", "report": "expected",
               "implicative": "expected", "factive": "expected", "light": "expected", "wish": "hypothetical", "purpose": "expected"}
# Kinds whose complement is in the view of the predicate's subject, not the author's.
HOLDER_KINDS = ("report", "belief")
# Contexts: "+" asserted, "-" asserted not to be, "o" not asserted, "o-" not asserted and negative inside
# ("urged Y not to", "doubt that"). A negation flips the polarity, asserted or not.
NEGATION = {"+": "-", "-": "+", "o": "o-", "o-": "o"}
OPEN = ("o", "o-")
MAX_DEPTH = 8
OPERATORS = ("negation", "modal", "condition")
# "will stay until Moscow agrees": not presupposed, yet looked to; UW dev labels sit nearer expected than hypothetical
OPEN_TEMPORAL_STATUS = "expected"


@dataclass(frozen=True)
class Commitment:
    """status: one of STATUSES, as the author presents the predicate; view: the status in the
    holder's view (equal to status, except that an act a source says happened is "claimed" for the
    author and "occurred" in the source's view); holder: "author" or "source: <phrase>";
    factuality: a scalar on the UW scale, -3 (did not happen) to 3 (happened), the learned step's
    (frames/learned.py) from the rules' scalar for the status and basis; chain: the steps
    applied, outermost first, for "tell why"; cues: the words of the steps that changed the
    context (and the reporting word of a claimed act); basis: what decided the rules' scalar, the kind of
    the last step that changed the context ("negation", "modal would", "intention", ...) or, with
    none, the predicate's fine part-of-speech tag (tense and number: "VBD", "NNS"); polarity: "-"
    where the act is negated or open with a negation inside ("urged Y not to", "vowed never to",
    "may not"), else "+"; embedded_by: "request" where a request embeds the predicate through complements
    ("urged Y to hold talks", "urged Y to cease shelling"), else the kind of the innermost step that embeds it
    past negation, modality, conditions and light verbs, or "" in a main clause."""
    status: str
    view: str
    holder: str
    factuality: float
    chain: tuple[str, ...]
    cues: tuple[str, ...]
    basis: str
    polarity: str = "+"
    embedded_by: str = ""


@dataclass(frozen=True)
class _Link:
    """One embedding step: ``token`` embeds the level below it with ``signature`` (e.g. "-/o") of
    ``kind``; ``holder`` names the speaker for a report."""
    token: object
    signature: str
    kind: str
    holder: str | None = None


@lru_cache(maxsize=1)
def signatures() -> dict:
    """The lexicon of frames/data/signatures.yaml (see its header for the format)."""
    return read_yaml(DATA / "signatures.yaml")


@lru_cache(maxsize=1)
def factuality_scale() -> dict:
    """{"author"|"source": {status: {basis or "*": scalar on the UW scale}}}: the median UW train
    label of the predicates given each status, by what decided it where enough train predicates
    share it (written by scripts/train_status.py)."""
    return json.loads((DATA / "factuality_scale.json").read_text(encoding="utf-8"))["scale"]


def commitment(token) -> Commitment:
    """The commitment a sentence makes about the predicate ``token`` (a spaCy Token of a parsed
    Doc: a verb, an adjective or an event noun). Never raises on odd parses: a predicate with no
    embedding and no operator is "occurred" by the author. The factuality of an act the rules leave
    positive and not hypothetical is the learned step's (frames/learned.py) from their scalar and
    features; everything else is the rules'."""
    found, links = _rule_commitment(token)
    if not learned.applies(found):
        return found
    return replace(found, factuality=learned.factuality(_features(token, found, links), found.factuality))


def rule_commitment(token) -> Commitment:
    """The commitment about ``token`` by the rules alone: ``commitment``'s status, view, holder, chain, cues,
    basis and polarity, with the rules' scalar (no learned step, which changes only ``factuality``). What the
    events and forecasts stages read: they never read the scalar, so they skip the learned step's second rule
    walk (of the clause above the predicate)."""
    return _rule_commitment(token)[0]


def rule_features(token) -> tuple[Commitment, list[str]]:
    """(the rules' Commitment about the predicate ``token``, with the scalar of their status from
    factuality_scale.json; the learned step's features of it, frames/learned.py ``features``)."""
    found, links = _rule_commitment(token)
    return found, _features(token, found, links)


def _features(token, found: Commitment, links: list) -> list[str]:
    verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the clause it stands in
    return learned.features(token, found, links, _rule_commitment(verb)[0].view if verb is not None else None)


def _rule_commitment(token) -> tuple[Commitment, list]:
    """The Commitment by the rules alone, and their steps (_Link, outermost first)."""
    lex = signatures()
    context, kind, holder, chain, cues, reporter, basis = "+", None, "author", [], [], None, None
    opener = None  # the kind of embedding step that left the act open, if one did
    links = _links(token)
    embedder = None  # the last embedding step above the current clause
    for link in links:
        before, holder_before = context, holder
        if link.kind == "negation":
            # "there will be no talks", "will send no troops": a negative determiner under "will" denies the act
            # as "no talks will be held" does, whichever of the two the parse puts outermost
            context = "-" if context == "o" and kind == "planned" and link.token.dep_ == "det" else NEGATION[context]
        elif link.kind in ("modal", "condition"):
            if context == "+" or link.kind == "condition" and context == "-":
                context, kind = ("o" if context == "+" else "o-"), _modal_kind(link, embedder)
            elif link.kind == "condition" and context in OPEN:
                kind = link.signature  # "threatened to retaliate if attacked": an open act is conditional too
            elif context == "-" and link.token.lower_ in lex["epistemic_under_negation"]:
                context, kind = "o-", link.signature  # "may not attend": a low chance, not a denial
        else:
            context, kind, holder = _apply(link, context, kind, holder)
            embedder = link
            if before not in OPEN and context in OPEN:
                opener = link.kind
        step = link.kind if link.kind in OPERATORS else f"{link.kind} {link.signature}"
        chain.append(f"{_shown(link.token)} ({step}{', source: ' + link.holder if link.holder else ''}): {before} -> {context}")
        if context != before:
            cues.append(link.token.text)
            if {before, context} != set(OPEN):  # a "not" inside an open act keeps the step that opened it
                basis = f"modal {link.token.lower_}" if link.kind == "modal" else link.kind
        elif holder != holder_before:
            reporter = link.token.text
    carriers = [token]  # the verbs that only carry the event ("holds talks next week") share its time
    for link in reversed(links):
        if link.kind != "light":
            break
        carriers.append(link.token)
    open_view = _status(carriers, context, kind, lex)
    if open_view == "occurred" and _continued(links):
        open_view = "ongoing"  # "continues to fund schools": under way, not one act done
    # "is not expected to attend", "is unlikely to attend", "doubts that it will": expected not to be, so not to be
    # counted on; a modal's "may not attend" stays open. The scalar stays the open act's, mirrored below.
    view = "negated" if context == "o-" and opener in ("prediction", "belief") else open_view
    if context == "o" and opener == "belief" and embedder.kind == "belief" and holder != "author" and _told_as_past(token):
        view = "occurred"  # "is believed to have arrived", "analysts think Russia fired it": what the holder holds happened
    # "We condemn the attack," he said: saying it is doing it, so the speaker's act is done, not claimed
    claimed = holder != "author" and view in ("occurred", "ongoing") and not _quoted_performative(token, links, lex)
    status = "claimed" if claimed else view
    if status == "claimed" and reporter:
        cues.append(reporter)
    basis = basis or token.tag_
    scale = factuality_scale()["author" if holder == "author" else "source"][open_view if view != open_view else status]
    scalar = lex["scalars"].get(basis, scale.get(basis, scale["*"]))
    # The UW scale is symmetric (Lee et al. 2015: 3 happened, -3 did not), so an act as open but
    # negative inside ("urged Y not to", "may not") is mirrored: as likely not to be as its positive is to be.
    found = Commitment(status=status, view=view, holder=holder, factuality=float(-scalar if context == "o-" else scalar),
                       chain=tuple(chain), cues=tuple(cues), basis=basis, polarity="-" if context in ("-", "o-") else "+",
                       embedded_by=_embedded_by(token, links))
    return found, links


# How a predicate hangs as what its embedder says, asks or plans: "urged Y to [talk]", "said [it would]",
# "asked that [it be withdrawn]", "called for [talks]", "demanded the [release]".
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "acl", "oprd", "nsubjpass")
# How an act hangs under a verb that states a document's terms (document_term): "allows Y to [train]", "covers
# [attacks]", "provides for joint [patrols]", "bars Y from [exporting]".
TERM_DEPS = ("xcomp", "ccomp", "dobj", "pobj", "pcomp")


def _embedded_by(token, links: list) -> str:
    """Commitment.embedded_by: "request" where a request embeds ``token`` through complements only, however many
    verbs stand between ("urged Moscow to cease shelling", "called on X to stop bombing"); else the kind of the
    innermost step past operators and light verbs, where ``token`` is its complement; "" where it is not, as for a
    clause beside the embedder ("demanded X after being excluded", "asked for X and sought Y")."""
    steps = [link for link in reversed(links) if link.kind not in OPERATORS and link.kind != "light"]
    below, kinds = token, []
    for link in steps:
        if not _complement_of(below, link.token):
            break
        kinds.append(link.kind)
        if link.kind == "request":
            return "request"
        below = link.token
    return kinds[0] if kinds else ""


def _complement_of(token, embedder) -> bool:
    """Whether ``token`` hangs under ``embedder`` as what it says, asks or plans (COMPLEMENT_DEPS, "ask for X", or
    the "to" clause the parser took for a purpose: "called on X to reject Y"), through any words in between."""
    child, top = token, embedder.i
    for _ in range(MAX_DEPTH * 2):
        if child.head.i in (top, child.i):
            break
        child = child.head
    return child.head.i == top and child.i != top and (
        child.dep_ in COMPLEMENT_DEPS or child.dep_ == "prep" and child.lower_ == "for"
        or child.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child)))


def _quoted_performative(token, links: list, lex) -> bool:
    """Whether ``token`` is a performative verb (signatures.yaml ``performatives``: "call on", "urge", "condemn")
    in the first person simple present, the clause a report quotes ("'We call on both sides to talk,' he said"):
    such an utterance is the act it names (Austin 1962), so the report of it reports the act. A past or third
    person verb ("'We condemned ...'", "'They urge ...'") or one under an auxiliary ("will condemn") describes an act."""
    if not links or links[-1].kind != "report" or links[-1].token.i != token.head.i or token.tag_ != "VBP":
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in children_of(token)):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in children_of(token)):
        return False
    if not any(t.is_quote for t in token.doc[token.left_edge.i - 1 if token.left_edge.i else 0:token.right_edge.i + 2]):
        return False  # indirect speech ("he said we condemn") is the author's wording, not the speaker's act
    keys = [_lemma(token)] + [f"{_lemma(token)} {c.lower_}" for c in children_of(token) if c.dep_ in ("prep", "prt")]
    return any(key in lex["performatives"] for key in keys)


def _modal_kind(link: _Link, embedder: _Link | None) -> str:
    """What a modal or condition leaves its clause: the modal's own kind, except that "would" under
    a report in the past is the reported "will" ("announced that it would provide": planned), by the
    sequence of tenses of indirect speech (Quirk et al. 1985, 14.31)."""
    if (link.kind == "modal" and link.token.lower_ in signatures()["reported_future"] and embedder is not None
            and embedder.kind == "report" and embedder.token.tag_ in ("VBD", "VBN")):
        return "planned"
    return link.signature


def _apply(link: _Link, context: str, kind: str | None, holder: str):
    """Context, open kind and holder below an embedding predicate standing in ``context``."""
    positive, negative = link.signature.split("/")
    if context in OPEN:
        below = "+" if link.signature == "+/+" else context  # a factive's presupposition survives
    else:
        below = positive if context == "+" else negative
    if link.kind in HOLDER_KINDS and context not in OPEN:
        holder = f"source: {link.holder}"
    if below in OPEN and context not in OPEN:
        kind = OPEN_STATUS[link.kind]
    return below, kind, holder


def _told_as_past(token) -> bool:
    """Whether a verb is told as done: past tense with no modal, or perfect ("had fired", "has left", "to have
    arrived")."""
    auxiliaries = [c for c in children_of(token) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return token.tag_ == "VBD" or token.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries)


def _status(carriers, context: str, kind: str | None, lex) -> str:
    token = carriers[0]
    if context == "-":
        return "negated"
    if context in OPEN:
        return kind if kind in STATUSES else OPEN_STATUS.get(kind, "expected")
    if any(_future_time(carrier, lex) for carrier in carriers):
        return "planned"
    if token.tag_ == "VBG" and any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ")
                                   for c in children_of(token)):
        return "ongoing"
    if _perfect_since(token) or _kept_state(token, lex):
        return "ongoing"
    return "occurred"


def _continued(links: list) -> bool:
    """Whether the innermost step that embeds the act is a verb of continuing (signatures.yaml ``continuing_verbs``)
    in the present, simple, progressive or perfect ("continues to fund", "is continuing to buy", "has kept arming"):
    the act it carries is still under way. In the past ("continued to fund") it is told as done."""
    step = next((link for link in reversed(links) if link.kind not in OPERATORS), None)
    return step is not None and continuing_present(step.token)


def continuing_present(verb) -> bool:
    """Whether ``verb`` is a verb of continuing (signatures.yaml ``continuing_verbs``) in the present, simple,
    progressive or perfect ("continues", "is continuing", "has kept"), with no modal."""
    keys = {_lemma(verb)} | {f"{_lemma(verb)} {c.lower_}" for c in children_of(verb) if c.dep_ == "prt"}  # "goes on"
    if not keys & set(signatures()["continuing_verbs"]):
        return False
    auxiliaries = [c for c in children_of(verb) if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False
    return verb.tag_ in ("VBZ", "VBP") or verb.tag_ in ("VBG", "VBN") and any(
        a.lemma_ in ("be", "have") and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _kept_state(token, lex) -> bool:
    """ "hostages held by Hamas", "territory occupied by Russia": a past participle of a state kept up
    (signatures.yaml continuing_states) on a noun, with no time of its own, tells the state as it holds now."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and _lemma(token) in lex["continuing_states"] \
        and not any(c.ent_type_ in ("DATE", "TIME") for c in token.subtree)


def _perfect_since(token) -> bool:
    """ "has been detained since the coup", "have occupied the town since March", "has long sought", "has demanded it
    for decades": a present perfect with a "since" phrase or clause, or with an adverb or "for" span of continuing
    (signatures.yaml ``continuative_adverbs``, ``continuative_spans``), tells a state that began then and holds now
    (Quirk et al. 1985, 4.22: the perfect of continuing state)."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP") for c in children_of(token)):
        return False
    lex = signatures()
    return any(c.dep_ == "prep" and c.lower_ == "since" or c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in children_of(c))
        or c.dep_ == "advmod" and c.lower_ in lex["continuative_adverbs"]  # "has long sought"
        or c.dep_ == "prep" and c.lower_ == "for" and any(  # "has demanded it for decades"
            o.dep_ == "pobj" and o.lower_ in lex["continuative_spans"] for o in children_of(c))
        for c in children_of(token))


def _future_time(token, lex) -> bool:
    """A present-tense predicate with a forward-pointing time word in its clause ("the talks resume
    next week")."""
    if token.pos_ == "NOUN":
        return _future_noun(token, lex)
    if token.tag_ not in ("VBZ", "VBP", "VBG"):
        return False
    if token.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in children_of(token)):
        return False  # a bare gerund has no tense of its own: "rose, before falling later in the day"
    words = set(lex["future_words"])
    return any(w.lower_ in words for c in children_of(token) if c.dep_ in ("npadvmod", "prep", "advmod")
               for w in c.subtree)


def _future_noun(noun, lex) -> bool:
    """Whether an event ``noun`` is dated ahead within its own phrase: a forward word on it ("the upcoming
    vote") or on a time expression in it ("the launch of the satellite next month", "cuts over the next two
    years"); a forward word on another noun ("a preview of the forthcoming model") dates that noun only."""
    words = set(lex["future_words"])
    if any(c.dep_ == "amod" and c.lower_ in words for c in children_of(noun)):
        return True
    # a time expression as the noun's determiner: "next month's election", "tomorrow's vote" (a genitive of time)
    if any(c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") and any(w.lower_ in words for w in c.subtree)
           for c in children_of(noun)):
        return True
    return any(w.lower_ in words and w.head.ent_type_ in ("DATE", "TIME")
               for c in children_of(noun) if c.dep_ in ("npadvmod", "prep") for w in c.subtree)


def _links(token) -> list[_Link]:
    """The steps that decide ``token``'s status, outermost first: for each clause from the top down,
    its operators (condition, report adverb, negation, modal), then its embedding of the next."""
    upward, current = [], token
    for _ in range(MAX_DEPTH):
        current, operators = _conjunct_head(current)
        upward.extend(reversed(operators))
        step = _embedder(current)
        if step is None:
            break
        current, link = step
        upward.append(link)
        if link.kind == "report" and _nominal(current):
            verdict = _verdict(current)
            if verdict is not None:  # "denied reports that Y attacked": the denier's word on what they say
                current, upward[-1] = verdict
                continue
            # "cited reports that Y attacked": the reports exist whatever embeds them (a definite
            # noun presupposes its referent, Kiparsky & Kiparsky 1970), so what they say is theirs
            # to claim; only the noun's own negation ("no report that") still counts.
            upward.extend(reversed(_conjunct_head(current)[1]))
            break
    links, negations = [], set()
    for link in reversed(upward):  # outermost first
        if link.kind == "negation":
            if link.token.i in negations:
                continue  # one negative word counts once: "no deal was reached" negates the noun as the verb's subject
            negations.add(link.token.i)
        links.append(link)
    return links


def _nominal(token) -> bool:
    """Whether ``token`` is a noun, by its tag or, where the tagger took a plural noun for a verb
    ("confirmed reports that"), by its dependency: a verb is never an object or a passive subject."""
    return token.pos_ in ("NOUN", "PROPN") or token.dep_ in ("dobj", "nsubjpass")


def _verdict(noun):
    """(the verb that judges the claim ``noun``, its link) where the noun is that verb's object or
    passive subject and the verb is a verdict on a claim ("denied reports that", "reports that ...
    were confirmed by"), else None."""
    verb = noun.head
    entry = signatures()["verdicts"].get(_lemma(verb)) if noun.dep_ in ("dobj", "nsubjpass") else None
    return (verb, _link(verb, entry)) if entry is not None else None


@per_token
def _conjunct_head(token):
    """The first conjunct of ``token`` and the operators that apply to ``token``: its own, and
    those of the conjuncts before it when it shares their subject and auxiliaries ("will meet and
    discuss", "did not attack or shell")."""
    operators = _operators(token)
    if token.dep_ == "conj" and getattr(_parenthetical_report(token.head), "i", None) == token.i:
        return token, operators  # "fired at the boat, a spokesman told reporters": the report tops its own chain
    while (joined := misattached_conjunct(token)) is not None or token.dep_ == "conj" and token.head.i != token.i:
        # a subject of its own, even one the parser hung on the other verb ("freed A, and B released C"), shares nothing;
        # a verb hung in its conjunct's complement has the tense of that conjunct, not of the complement's head
        shares = not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in children_of(token)) \
            and (joined[1] is None if joined is not None else not _own_tense(token))
        contrast = any(c.dep_ == "cc" and c.lower_ in signatures()["contrast_conjunctions"] for c in children_of(token.head))
        token = joined[0] if joined is not None else token.head
        if shares:
            # "did not attend but sent a letter": a contrast keeps the first conjunct's negation to itself
            operators = [o for o in _operators(token) if not (contrast and o.kind == "negation")] + operators
    return token, operators


@per_token
def misattached_conjunct(verb):
    """(the verb that the verb ``verb`` (a spaCy Token) is coordinated with, the head of its own subject or None)
    where the parser hangs a clause's second verb inside the first verb's complement or takes its subject for an
    object, else None; coordination joins like with like (Huddleston and Pullum 2002, 15.4):
    a report's conjunct hung in the reported clause (``reporting_conjunct_of``: "denied that Y had fired and
    accused Z"); "denied targeting civilians and accused Armenia", "urges X to resume talks and condemns Y": a
    finite verb joined to a gerund or an infinitive complement is joined to what governs it (only a finite verb
    can be joined to a finite verb); "said China was ready to work with India and invited Modi": a subjectless
    past verb joined to a reported copular clause ("was ready") is the reporter's next act, not part of the
    report (reported speech backshifts a state to the simple past; an act reported with it would be "had
    invited"), also where the parser hangs it on the copula's complement ("said Britain was deeply concerned and
    called on Israel"); so is a subjectless verb in a past form unlike its base ("thanked", not "set")
    joined to a reported verb under a modal ("said the embassy would remain open, and thanked the police", "said
    Japan would not accept the demand and summoned the ambassador", without the comma a regular past right after
    "and" only: the tagger reads the bare "lay" of "would close the plant and lay off" as the past of "lie"): a
    verb that shares "would" takes its bare form; and such a past joined to a present reported after the verb of
    saying ("said Ukraine needs air defence and thanked Germany"): a past act in a report of the present would be
    told with its own subject or "has"; "Russia freed A and B, and the United States released C": a verb read as the clausal complement
    of a verb that takes no clause, whose subject begins right after that verb and ends with ", and C", or a
    subjectless verb right after ", and C" closing the first verb's object: C is the subject, the rest the first
    verb's object (a bare "and" before C does as well: "bombed the town and Ukraine said ..."). Also "adopted a package of sanctions that bans imports": a subjectless "that" clause read as
    the complement of a verb that issues a document (arguments.yaml document_verbs) is a relative clause on its
    object, the issuer's act, as a verb joined to such a clause is ("... that bans imports and blacklists firms")."""
    from newsledger.frames.predicates import argument_words  # that module imports this one

    report = reporting_conjunct_of(verb)
    if report is not None:
        return report, None
    finite = verb.tag_ in ("VBD", "VBZ", "VBP")
    own = [c for c in children_of(verb) if c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")]
    head = verb.head
    if verb.dep_ == "conj" and finite and not own:
        before = verb.doc[verb.i - 1]  # "freed A and B, and Belgium released C": Belgium read as the last object
        if before.dep_ == "conj" and before.pos_ == "PROPN" and _after_and(before) \
                and before.left_edge.i > head.i and any(o.dep_ == "dobj" and before in o.subtree for o in children_of(head)):
            return head, before
        if (head.tag_ == "VBG" and head.dep_ in ("xcomp", "ccomp", "pcomp") or head.tag_ == "VB" and head.dep_ == "xcomp") \
                and head.head.pos_ in ("VERB", "AUX"):
            return head.head, None
        # "was deeply concerned and called on X": the conjunct hung on the copula's complement is joined to the copula
        copula = head.head if head.dep_ in ("acomp", "attr") and head.head.lemma_ == "be" else head
        if verb.tag_ == "VBD" and copula.lemma_ == "be" and copula.dep_ == "ccomp" and _reports(copula.head) \
                and any(c.dep_ in ("acomp", "attr") for c in children_of(copula)) and verb.i > head.i:
            return copula.head, None
        if verb.tag_ == "VBD" and verb.lower_ != verb.lemma_.lower() and head.tag_ == "VB" and head.dep_ == "ccomp" \
                and _reports(head.head) and (_after_comma_and(verb) or _coordinated_past(verb)) \
                and any(c.dep_ == "aux" and c.tag_ == "MD" for c in children_of(head)):
            return head.head, None  # without the comma, a regular past only: "would close ... and lay off" is bare "lay"
        if head.tag_ in ("VBZ", "VBP") and head.dep_ == "ccomp" and head.head.tag_ == "VBD" and _reports(head.head) \
                and head.head.i < head.i < verb.i and _coordinated_past(verb):
            return head.head, None  # "said Ukraine needs air defence and thanked Germany": a past act after a present report
    if verb.dep_ == "ccomp" and finite and not own and _lemma(head) in argument_words()["document_verbs"] \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(verb)) and any(c.dep_ == "dobj" for c in children_of(head)):
        return head, None
    if verb.dep_ == "conj" and finite and not own and head.dep_ == "ccomp":
        inner = misattached_conjunct(head)
        if inner is not None and inner[1] is None:
            return inner
    if verb.dep_ == "ccomp" and finite and head.pos_ == "VERB" and verb.i > head.i and not _reports(head) \
            and not any(c.dep_ == "dobj" for c in children_of(head)) and not any(c.dep_ == "mark" for c in children_of(verb)):
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj" and c.left_edge.i == head.i + 1), None)
        last = [c for c in (subject.conjuncts if subject is not None else ()) if c.i > subject.i and _after_comma_and(c)]
        if last:
            return head, last[-1]
    return None


@per_token
def gerund_read_as_modifier(word):
    """The verb whose -ing object clause ``word`` (a spaCy Token) heads where the parser read that word as a
    modifier of the clause's own object ("The RSF denied attacking civilians": "attacking" an adjective on
    "civilians", the object of "denied"; "denied bombing hospitals": "bombing" a compound on it), else None.
    The word opens the verb's object, right after a verb that takes an -ing clause (signatures.yaml
    ``gerund_verbs``), with no determiner before it and no second object after the noun ("denied visiting
    scholars visas"); a participle that tells what its noun does ("stopped fleeing refugees":
    ``agentive_participles``) and a modifier of an event noun ("suspended shipping operations", "resumed
    escalating attacks") stay what the parser made them."""
    from newsledger.frames.predicates import event_noun  # that module imports this one

    lex = signatures()
    if word.dep_ not in ("amod", "compound") or word.tag_ not in ("VBG", "NN") or not word.lower_.endswith("ing") \
            or word.lower_ in lex["agentive_participles"]:
        return None
    noun, verb = word.head, word.head.head
    if noun.dep_ != "dobj" or noun.left_edge.i != word.i or verb.pos_ != "VERB" or event_noun(noun):
        return None
    if any(t.dep_ not in ("prt", "advmod") or t.head.i != verb.i for t in word.doc[verb.i + 1:word.i]):
        return None  # only the verb's particle or adverb between ("ruled out", "denied outright")
    keys = [f"{_lemma(verb)} {c.lower_}" for c in children_of(verb) if c.dep_ == "prt"] + [_lemma(verb)]
    if not any(k in lex["gerund_verbs"] for k in keys) or any(
            c.dep_ in ("dobj", "dative") and c.i != noun.i for c in children_of(verb)):
        return None
    return verb


def preposition_governor(prep):
    """The word the preposition ``prep`` (a spaCy Token) attaches to: its head, or, for a preposition the parser
    coordinated with one before it ("accused the RSF of besieging El Fasher and of killing dozens": the second
    "of" a conjunct of "accused" or of the first "of"), the word that one attaches to; None for any other token."""
    if prep.dep_ == "prep":
        return prep.head
    if prep.dep_ != "conj" or prep.pos_ != "ADP":
        return None
    head = prep.head
    if head.dep_ == "prep" and head.pos_ == "ADP":
        return head.head
    # coordination joins like with like: a verb's conjunct is this preposition only beside one of the same word
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "prep" and c.lower_ == prep.lower_ for c in children_of(head)):
        return head
    return None


def _reports(verb) -> bool:
    """Whether ``verb`` is a verb of saying: its finite complement is a report (signatures.yaml)."""
    return (_entry(verb, "that", default=None) or [None, None])[1] == "report"


def _coordinated_past(verb) -> bool:
    """Whether ``verb`` is a regular past ("-ed", unlike its base: not the tagger's past for a bare "lay") right
    after "and" ("and thanked"): no participle the parser read as a conjunct. ("but declined" is left as parsed: the
    one such "but" in UW train, made the speaker's, moved the retrained status model and a score-only UW figure.)"""
    start = verb.left_edge.i
    return verb.tag_ == "VBD" and verb.lower_.endswith("ed") and verb.lower_ != verb.lemma_.lower() \
        and start >= 1 and verb.doc[start - 1].dep_ == "cc" and verb.doc[start - 1].lower_ == "and"


def _after_comma_and(noun) -> bool:
    """Whether a conjunct opens with ", and" (", but"): the mark of coordinated clauses, not of a list's last item."""
    doc, start = noun.doc, noun.left_edge.i
    return start >= 2 and doc[start - 1].dep_ == "cc" and doc[start - 2].text == ","


def _after_and(noun) -> bool:
    """Whether a conjunct opens with a coordinator, with or without a comma before it ("freed A and B, and Belgium
    released C"; "bombed the town and Ukraine said ..."): before a finite verb with no subject of its own, the name
    is that verb's subject."""
    start = noun.left_edge.i
    return start >= 1 and noun.doc[start - 1].dep_ == "cc"


def _own_tense(conjunct) -> bool:
    """Whether a verb ``conjunct`` is finite (present or past) while the conjunct it hangs on is a bare
    infinitive under an auxiliary ("will open a plant next year and already employs 500", "did not
    attend and sends a deputy"): a conjunct that shares an auxiliary takes the form it selects
    (Huddleston & Pullum 2002, 15.4), so a finite one stands in a clause of its own and keeps none
    of the other's modal or negation."""
    head = conjunct.head
    auxiliaries = [c for c in children_of(head) if c.dep_ in ("aux", "auxpass")]
    if head.tag_ != "VB" or not auxiliaries:
        return False
    # a present "VBP" looks like the bare form itself, and a past after a modal's verb is more often a bare
    # form the tagger misread ("would close the plant and lay off", "will cut rates and set a target")
    return conjunct.tag_ == "VBZ" or conjunct.tag_ == "VBD" and not any(a.tag_ == "MD" for a in auxiliaries)


def reporting_conjunct_of(verb):
    """The report verb whose conjunct ``verb`` (a spaCy Token) is where the parser hung it inside the
    reported clause ("X denied that Y had targeted Z and accused W of ...": "accused" is X's, not
    Y's), else None. The conjunct has no subject or auxiliary of its own, is a report or a request
    itself (signatures.yaml: "accused", "said", "called for", "urged"), and has the report verb's
    form but not the form of the clause's head ("denied ... had targeted ... accused", "said ...
    would accept ... urged"): a conjunct that shares the clause's auxiliary takes its form
    (Huddleston & Pullum 2002, 15.4), so one that cannot share it is coordinated higher. Where both
    forms are alike ("denied that Y targeted Z and accused W") the parse stands, unless the clause's subject
    is a thing, which neither says nor vows, and the report's is an actor ("said the strikes killed five
    people and vowed to retaliate": the vow is the speakers')."""
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in children_of(verb)):
        return None
    clause = verb.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    report = clause.head
    subjects = [c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if clause.dep_ != "ccomp" or clause.i < report.i or report.pos_ != "VERB" or verb.tag_ != report.tag_ or not subjects:
        return None
    kinds = [(_entry(token, "that", default=None) or [None, None])[1] for token in (report, verb)]
    if clause.tag_ == verb.tag_:  # alike forms: only a thing's clause gives its speech or vow to the reporter
        if kinds[1] not in ("report", "request", "intention") or not _thing(subjects[0]) or not any(
                c.dep_ == "nsubj" and not _thing(c) for c in children_of(report)):
            return None
        return report if kinds[0] == "report" else None
    return report if kinds[0] == "report" and kinds[1] in ("report", "request") else None


def _thing(noun) -> bool:
    """A common noun with no name or pronoun in it ("the strikes", "the talks"): no one who could speak or vow."""
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not any(
        c.dep_ in ("poss", "compound", "amod") and (c.ent_type_ or c.tag_ == "PRP$") for c in children_of(noun))


def _operators(token) -> list[_Link]:
    """Operators of ``token``'s own clause or noun phrase, outermost first."""
    lex, links = signatures(), []
    children = list(children_of(token))
    if (draft := _draft(token, lex)) is not None:
        links.append(draft)
    adverbials = [] if _reporting_past(token) else children
    if token.dep_ == "ccomp" and _reporting_past(token.head):  # "If X, she said, Y will ...": the condition is on Y
        adverbials = children + list(children_of(token.head))
    if (mark := _open_temporal_mark(token, lex)) is not None:
        links.append(_Link(mark, OPEN_TEMPORAL_STATUS, "condition"))
    if (inverted := _polar_question(token, children)) is not None:
        links.append(_Link(inverted, "hypothetical", "condition"))
    for clause in adverbials:
        if clause.dep_ == "advcl":
            mark = _condition_marker(clause, lex)
            if mark is not None and not _hedging_condition(clause, lex) and mark.lower_ not in lex["exception_marks"]:
                # "if X, Y would ...": the consequent is hypothetical too; "Y unless X" asserts Y but for X
                links.append(_Link(mark, "hypothetical", "condition"))
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "according":
            source = next((o for p in children_of(child) for o in ([p] if p.dep_ == "pobj" else children_of(p)) if o.dep_ == "pobj"), None)
            links.append(_Link(child, "+/o", "report", _phrase(source) if source is not None else "unnamed"))
        elif child.dep_ == "advmod" and child.lower_ in lex["adverbs"]:
            signature, kind = lex["adverbs"][child.lower_]
            links.append(_Link(child, signature, kind, "unnamed" if kind in HOLDER_KINDS else None))
        elif (entry := _modifier_entry(child)) is not None:  # "a planned visit", "the alleged attack"
            links.append(_Link(child, *entry, "unnamed" if entry[1] in HOLDER_KINDS else None))
    for child in children:
        if child.dep_ == "neg" or child.lower_ in lex["negators"] and child.dep_ in ("det", "advmod", "preconj"):
            links.append(_Link(child, "", "negation"))
        elif child.dep_ == "advmod" and any(f"{n.lower_} {child.lower_}" in lex["negative_phrases"]
                                             for n in children_of(child) if n.dep_ == "neg"):
            links.append(_Link(child, "", "negation"))  # "no longer stops there"
        elif child.dep_ in ("nsubj", "nsubjpass") and (quantifier := _negative_quantifier(child, lex)) is not None:
            links.append(_Link(quantifier, "", "negation"))  # "no one was hurt", "neither side fired"
    for child in children:
        if child.dep_ == "aux" and child.tag_ == "MD" and child.lower_ in lex["modals"]:
            links.append(_Link(child, lex["modals"][child.lower_], "modal"))
        elif child.dep_ == "aux" and child.lower_ == "to" and (token.dep_ == "ROOT" or token.dep_ == "ccomp" and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in children)):
            # a headline's "Moldova to hold elections" (", state media says"): what is to come
            links.append(_Link(child, "planned", "modal"))
    return links


def _condition_marker(clause, lex):
    """The word that makes the adverbial ``clause`` a condition: a conditional conjunction ("if", "unless",
    signatures.yaml ``condition_marks``), the "as" of "as long as", or, with no conjunction, the auxiliary
    fronted before its subject ("Should talks fail, ...", "Had the army attacked, ...", "Were Russia to
    attack, ..."; Quirk et al. 1985, 15.36); None for any other clause."""
    marks = [c for c in children_of(clause) if c.dep_ == "mark"]
    found = next((m for m in marks if m.lower_ in lex["condition_marks"]), None)
    if found is not None or not clause.i < clause.head.i:
        return found or next((m for m in marks if m.lower_ == "as" and (clause.head.lower_ == "long" or any(
            a.dep_ == "advmod" and a.lower_ == "long" for a in children_of(clause)))), None)
    if marks:
        return None
    words = lex["inverted_conditionals"]
    return _fronted(clause, list(children_of(clause)), lambda word: word.lower_ in words, ("nsubj", "nsubjpass"))


def _polar_question(verb, children):
    """The auxiliary of a yes/no question ("Will China send troops?", "Did Russia break the truce?", "Is Iran
    ready to talk?"): a finite auxiliary or copula before the subject of a clause that ends in a question mark
    and opens with no wh-word. A question asks whether its act happens and commits to neither answer; None for
    any other clause."""
    if not any(c.dep_ == "punct" and c.text == "?" for c in children) or verb.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB"):
        return None
    return _fronted(verb, children, lambda word: word.i != verb.i or word.lemma_ == "be", ("nsubj", "nsubjpass", "expl"))


def _fronted(verb, children, fits, subject_deps):
    """The first auxiliary of ``verb`` that ``fits`` and stands before its subject, else ``verb`` itself when it fits
    and stands there (a copula: "Is Iran ready?", "Were the ceasefire to hold"); None without a subject or either.
    Subject-auxiliary inversion, the mark of a yes/no question and of a conditional with no conjunction."""
    subject = next((c for c in children if c.dep_ in subject_deps), None)
    if subject is None:
        return None
    return next((c for c in children if c.dep_ in ("aux", "auxpass") and c.i < subject.i and fits(c)),
                verb if verb.i < subject.i and fits(verb) else None)


def _draft(verb, lex):
    """The step a draft document that does ``verb`` sets ("a draft resolution that demanded a ceasefire", "the
    draft urged both sides to talk", "a draft condemning X"): a draft is not adopted, so its act is no act of the
    body that would adopt it: negated where a verb of rejection takes the draft ("vetoed a draft that demanded"),
    a negation on that verb; else only proposed, a hypothetical condition on the draft noun (signatures.yaml
    ``draft_documents``; a document noun is frames/data/arguments.yaml's). None for any other verb."""
    from newsledger.frames.predicates import argument_words  # that module imports this one

    rule, nouns = lex["draft_documents"], argument_words()["document_nouns"]
    # the draft as doer: the subject, a relative pronoun for it ("a draft that demanded") or an -ing clause on it
    relative = verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in children_of(verb)) \
        or verb.dep_ == "acl" and (verb.tag_ == "VBG" or verb.head.dep_ == "ROOT")  # "The draft called on X": no verb but it
    for noun in [verb.head] if relative else [c for c in children_of(verb) if c.dep_ == "nsubj"]:
        if _lemma(noun) not in nouns and _lemma(noun) not in rule["markers"]:
            continue  # no document noun: its modifiers need no walk
        words = {_lemma(noun), *(c.lower_ for c in children_of(noun) if c.dep_ in ("amod", "compound"))}
        if words & set(rule["markers"]):
            if noun.dep_ in ("dobj", "nsubjpass") and _lemma(noun.head) in rule["rejecting_verbs"]:
                return _Link(noun.head, "", "negation")
            return _Link(noun, "hypothetical", "condition")
    return None


@per_token
def document_term(verb):
    """The noun of a document or agreement whose terms ``verb`` (a spaCy Token) states, else None: a verb of
    permission, obligation or content whose subject is such a noun, or whose relative or -ing clause hangs on one
    ("the treaty allows troops to train", "a pact that gives X a veto", "an accord covering attacks on fishing
    boats"; signatures.yaml ``document_terms``); a conjunct with no subject of its own shares its head's. A
    document an actor issues, whose clause is the issuer's act ("passed a law that bans X"), states no term."""
    from newsledger.frames.predicates import document_clause  # that module imports this one

    rule = signatures()["document_terms"]
    if verb.pos_ != "VERB" or _lemma(verb) not in rule["verbs"] or document_clause(verb):
        return None
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(clause)):
        clause = clause.head
    relative = clause.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in children_of(clause)) \
        or clause.dep_ == "acl" and clause.tag_ == "VBG"
    nouns = [clause.head] if relative else [c for c in children_of(clause) if c.dep_ == "nsubj"]
    return next((n for n in nouns if n.pos_ == "NOUN" and _lemma(n) in rule["nouns"]), None)


def provided_for(token) -> bool:
    """Whether ``token`` (a spaCy Token) is an act a document's terms provide for, at any depth of its embedding
    ("the pact allows their navies to patrol", "the minister said the accord covers attacks on ships";
    document_term), or a duty laid "under" a document ("Under the accord, X must consult Y"; duty_under_document):
    no act of anyone's yet."""
    return any(link.kind == "condition" and document_term(link.token) is not None
               or link.kind == "modal" and duty_under_document(link.token) for link in _links(token))


def duty_under_document(modal) -> bool:
    """Whether ``modal`` is a deontic modal ("must", "shall") whose clause is set "under" a document or agreement
    ("Under the treaty, Y shall notify Z"; signatures.yaml ``document_terms``): the clause states the document's
    terms."""
    rule = signatures()["document_terms"]
    return modal.lower_ in rule["deontic_modals"] and any(
        p.dep_ == "prep" and p.lower_ in rule["term_preps"] and _lemma(o) in rule["nouns"]
        for p in children_of(modal.head) for o in children_of(p) if o.dep_ == "pobj")


def _reporting_past(verb) -> bool:
    """Whether ``verb`` is a report in the past with a clause of its own ("If the talks fail, she said,
    the army will ..."): a condition the parser hangs on it belongs to what was said, not to the saying."""
    if verb.tag_ != "VBD" or verb.pos_ != "VERB":
        return False  # the tags first: the lexicon lookup walks the verb's children
    entry = _entry(verb, "that", default=None)
    return entry is not None and entry[1] == "report" and any(c.dep_ == "ccomp" for c in children_of(verb))


def _negative_quantifier(subject, lex):
    """The word that makes ``subject`` a negative quantifier ("nobody", "none of the crew", "no one",
    "no soldiers", "neither side"), so that its clause says the act did not happen; else None."""
    if subject.lower_ in lex["negative_pronouns"]:
        return subject
    return next((c for c in children_of(subject) if c.dep_ == "det" and c.lower_ in lex["negative_determiners"]), None)


def _modifier_entry(child):
    """[signature, kind] of an adjective or participle that modifies an event noun ("a planned
    visit", "the talks scheduled for May"), or None."""
    # an acl participle is sometimes tagged as a past tense ("the meeting planned for Thursday"): no finite verb is an acl
    tags = ("JJ", "VBN", "VBD") if child.dep_ == "acl" else ("JJ", "VBN")
    if child.dep_ not in ("amod", "acl") or child.tag_ not in tags or child.head.pos_ not in ("NOUN", "PROPN"):
        return None
    adjectives = signatures()["adjectives"]
    return adjectives.get(child.lower_) or adjectives.get(child.lemma_.lower())


def status_modifier(child) -> bool:
    """Whether ``child`` (a spaCy Token) is a modifier that decides its event noun's status, read
    as a step of the noun's own chain: the noun, not the modifier's clause, holds the status."""
    return _modifier_entry(child) is not None


def halting_word(token):
    """The word of the innermost step that embeds ``token`` (past negation, modals, conditions and light verbs) where
    it is an implicative that in a positive context says its complement is not done ("stop attacking", "cease
    attacks", "halt the bombing", "refrain from striking"), else None. Under an open step ("agreed to stop attacking",
    "will halt the bombing") the act is then meant not to be done, as "agreed not to attack" is; the status and the
    scalar stay the open step's, since stopping presupposes the act was under way (UW annotators read "appealed to
    stop X" as X happening)."""
    step = next((link for link in reversed(_links(token)) if link.kind not in OPERATORS and link.kind != "light"), None)
    return step.token if step is not None and step.kind == "implicative" and step.signature.startswith("-") else None


def announced_event(noun) -> bool:
    """Whether ``noun`` (a spaCy Token) is an event of a scheduled kind ("visit", "summit", "talks") that
    a verb of announcing has as its object or passive subject ("confirmed the visit", "the summit was
    announced"): such an event is made public before it takes place (signatures.yaml ``announcing``)."""
    lex = signatures()["announcing"]
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.i != noun.i and _lemma(noun.head) in lex["verbs"] \
        and (_lemma(noun) in lex["nouns"] or noun.lower_ in lex["nouns"])


def _link(predicate, entry) -> _Link:
    signature, kind = entry
    return _Link(predicate, signature, kind, _holder(predicate) if kind in HOLDER_KINDS else None)


@per_token
def _embedder(token):
    """(the predicate that embeds ``token``, its link), or None at the top of the chain."""
    head, dep = token.head, token.dep_
    if head.i == token.i:  # the root heads itself, unless an attribution set off in it reports it
        report = _parenthetical_report(token)
        return (report, _link(report, _entry(report, "that"))) if report is not None else None
    lex = signatures()
    if _realis_relative(token, lex):
        return None  # "the first woman to lead the firm" is the woman who leads it
    term = head.head if dep in ("pobj", "pcomp") and head.dep_ == "prep" else head  # "provides for", "bars X from"
    if (dep in TERM_DEPS or dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token))) \
            and document_term(term) is not None and _entry(term, "to")[1] != "request":
        # "the treaty allows troops to train": provided for, not done; what it requires stays a request, asked of the
        # one it binds ("the law requires that ministers declare their assets": expected)
        return term, _Link(term, "hypothetical", "condition")
    if (verb := gerund_read_as_modifier(token)) is not None:  # "denied attacking civilians", "attacking" read as an adjective
        return verb, _link(verb, _entry(verb, "to"))
    if token.pos_ in ("NOUN", "PROPN"):
        relative = _light_relative(token)
        if relative is not None:  # "the visit, which will take place in May": the noun takes the clause's status
            return relative, _link(relative, object_signature(relative))
    if dep == "ccomp" and _relative_report(token, lex):
        return None  # "a strike that the government said killed six soldiers": a relative clause asserts itself
    if dep == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
        for noun in (c for c in children_of(head) if taken_step(c)):
            return noun, _Link(noun, "+/-", "light")  # "took steps to reopen", the clause parsed as the verb's complement
    if dep in ("xcomp", "ccomp", "csubj"):
        marks = {c.lower_ for c in children_of(token) if c.dep_ == "mark"}
        if marks & {"whether", "if"}:
            return head, _Link(head, "hypothetical", "condition")
        nonfinite = dep == "xcomp" or token.tag_ in ("VB", "VBG") and not any(c.dep_ == "nsubj" for c in children_of(token))
        if token.left_edge.tag_ in ("WRB", "WP") and not nonfinite:
            # "did not say where the cuts will fall": a finite wh-question presupposes its act (Karttunen 1977)
            return head, _Link(head, "+/+", "factive")
        frame = "to" if nonfinite else "that"
        if frame == "that" and any(c.dep_ == "advmod" and c.lower_ == "so" for c in children_of(head)):
            return head, _Link(head, "+/-", "light")  # "so intense that convoys turned back": a result, as it happened
        if token.i < head.i and _entry(head, frame, default=None) is None:
            return None  # "The presidents met; the ministers also attended": a clause before a verb of no report
        if token.i < head.i and _appositive_claim(head):
            return None  # "was sentenced for espionage, a charge his family denies": the denial is the charge's
        adjective = next((c for c in children_of(head) if c.dep_ == "acomp" and c.i < token.i), None)
        if head.lemma_ == "be" and adjective is not None:  # "it is unlikely that ...": the adjective embeds it
            return adjective, _link(adjective, _entry(adjective, frame))
        attribute = next((c for c in children_of(head) if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN") and c.i < token.i), None)
        if head.lemma_ == "be" and attribute is not None:
            # "the fear is that ...": the noun embeds it; "it was the third time Washington has blocked ...", "it was
            # Russia that attacked": a relative or cleft clause on the noun, which the copula presupposes
            return attribute, _link(attribute, _entry(attribute, frame, default=None) or ["+/+", "factive"])
        return head, _link(head, _entry(head, frame))
    if dep == "advcl":
        marks = {c.lower_ for c in children_of(token) if c.dep_ == "mark"}
        conditional = _condition_marker(token, lex) is not None
        if hedging_clause(token):
            return head, _Link(head, "+/-", "light")  # "cut more if needed", "rose if compared to": the main clause's extent
        if conditional:
            return head, _Link(head, "hypothetical", "condition")
        if "before" in marks and any(c.dep_ == "aux" and c.lower_ in lex["thwarted_modals"] for c in children_of(token)):
            return head, _Link(head, "-/o", "light")  # "collapsed before a deal could be reached": it never was
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
            if (control := _object_complement(token, head)) is not None:
                return head, _link(head, control)  # "incited crowds to storm", parsed as a purpose
            for noun in (c for c in children_of(head) if taken_step(c)):
                return noun, _Link(noun, "+/-", "light")  # "took (no) steps to block", parsed as a purpose
            particle = next((c.lower_ for c in children_of(head) if c.dep_ == "prt"), None)
            if particle and (entry := _lookup(lex["verbs"], f"{_lemma(head)} {particle}", "to")) is not None:
                return head, _link(head, entry)  # "went on to praise the army", parsed as a purpose
            return head, _Link(head, "o/-", "purpose")  # a purpose: "sent troops to protect"
        if _gerund_complement(token, head, marks):  # "ruled out sending troops", parsed as an adverbial
            return head, _link(head, _entry(head, "to"))
        if (act := outcome_of(token)) is not None:  # "shelled Kyiv, killing five": the toll stands or falls with its act
            return act, _Link(act, "+/-", "light")
        if _open_temporal_mark(token, lex) is not None:
            return None  # "will stay until Moscow agrees": its own clause, with an open condition (_operators)
        if _present_temporal_clause(token, lex):  # "will resign once the deal is signed": the signing is to come too
            return head, _Link(head, "+/-", "light")
        if {c.lower_ for c in children_of(token) if c.dep_ in ("mark", "advmod")} & set(lex["presupposed_temporal_marks"]):
            # "were killed when troops opened fire, the army said": the firing is the army's word too, and it
            # held whatever the main clause says of its own act (a presupposition, Karttunen 1973)
            return head, _Link(head, "+/+", "factive")
        if free_participle(token) and head.i < token.i and head.pos_ == "VERB" and (above := _embedder(head)) is not None \
                and above[1].kind == "report":
            # "raided the office, seizing documents, the ministry said": the doer's own act, outside its clause's
            # negation or modality, but told in the same report as the act it follows (on a copula, "claimed the
            # region was too crowded, holding up ...", it is the claimer's own, misattached by the parser)
            return above
        return None
    if dep in ("acl", "relcl") and _nominal(head):
        # an infinitival relative is no assertion either ("a deadline to finish the plan"), however it is parsed
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(token)):
            if taken_step(head):
                return head, _Link(head, "+/-", "light")  # "took steps to restrict imports": done as the step is taken
            if f"{head.head.lower_} {_lemma(head)}" in lex["purpose_phrases"] and head.head.head.i != head.head.i:
                verb = head.head.head  # "moved in order to curb": the purpose of the verb, as "moved to curb"
                return verb, _Link(verb, "o/-", "purpose")
            return head, _link(head, _entry(head, "to"))
        if dep == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(token)):
            return head, _link(head, _entry(head, "that"))
        return None
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and _lemma(head.head) in lex["episode_nouns"] + lex["onset_nouns"] + lex["bundle_nouns"]:
        # "a round of talks was postponed", "could trigger the return of sanctions": the phrase's status
        return head.head, _Link(head.head, "+/-", "light")
    if dep == "compound" and token.pos_ == "NOUN" and head.pos_ == "NOUN" \
            and _lemma(head) in lex["episode_nouns"] + lex["bundle_nouns"]:
        return head, _Link(head, "+/-", "light")  # "a strike wave", "an aid package": as "a package of aid"
    # "accused X of besieging Y and of killing Z": the second "of" attaches where the first does
    governor = preposition_governor(head) if dep in ("pcomp", "pobj") else None
    if governor is not None and head.lower_ in lex["negative_prepositions"] and governor.pos_ in ("VERB", "AUX"):
        return governor, _Link(governor, "-/o", "light")  # "left without firing a shot": the firing did not happen
    if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" \
            and (entry := _lookup(lex["nouns"], _lemma(head.head), "that")) is not None and entry[1] == "report":
        return head.head, _link(head.head, entry)  # "reports of troop movements" as "reports that troops moved"
    if dep == "pcomp" and governor is not None and head.lower_ == "of" and governor.pos_ == "NOUN" \
            and (entry := _lookup(lex["nouns"], _lemma(governor), "to")) is not None:
        return governor, _link(governor, entry)  # "no intention of attacking" as "no intention to attack"
    if dep == "pcomp" and governor is not None and governor.pos_ in ("VERB", "AUX"):
        # "insisted on attending" reads the verb's entry; an adjunct ("fell before recovering", "cut
        # its stake by selling shares", "signed the pact after expelling") shares the verb's status, as the clause
        # it modifies
        entry = None if head.lower_ in lex["adjunct_prepositions"] else _entry(governor, "to", default=None)
        return governor, _link(governor, entry or ["+/-", "light"])
    if dep == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "advmod" and head.head.head.pos_ == "VERB":
        verb = head.head.head  # "stopped short of imposing": the verb and its adverb are one predicate
        entry = lex["verbs"].get(f"{_lemma(verb)} {head.head.lower_}")
        if entry is not None:
            return verb, _link(verb, entry)
    if dep == "compound" and token.pos_ == "NOUN" and head.pos_ == "NOUN":
        entry = _lookup(lex["nouns"], _lemma(head), "to")  # "a restructuring plan" as "a plan to restructure"
        if entry is not None:
            return head, _link(head, entry)
    if dep == "acomp":  # "is likely to": the adjective stands in the copula's clause
        return head, _Link(head, "+/-", "light")
    if dep == "attr" and token.pos_ == "NOUN" and head.lemma_ == "be":
        return head, _Link(head, "+/-", "light")  # "would be a setback": the predicate noun is the clause's predicate
    if token.pos_ in ("NOUN", "PROPN") and dep in ("nsubj", "nsubjpass") and (undone := undoing_conjunct(head)) is not None:
        return undone, _link(undone, object_signature(undone))  # "was due to take place but was postponed": what became of it
    if token.pos_ in ("NOUN", "PROPN") and dep == "nsubj" and (chance := _predicted_by_adjective(head)) is not None:
        return chance, _link(chance, _entry(chance, "that"))  # "a ceasefire is likely": as "it is likely that a ceasefire ..."
    if token.pos_ in ("NOUN", "PROPN") and dep in ("nsubjpass", "nsubj"):
        carrier = _raised_carrier(head)
        if carrier is not None:  # "the hearing is set to open": the noun is the subject of the carrier verb
            return carrier, _link(carrier, object_signature(carrier))
    if announced_event(token):  # "confirmed the visit", "set talks for May": the event is to come
        unsaid = "o" if _lemma(head) in lex["announcing"]["open_when_not"] else "-"  # "has not confirmed the meeting"
        return head, _link(head, [f"o/{unsaid}", "intention"])
    if token.pos_ in ("NOUN", "PROPN") and dep in ("dobj", "nsubjpass", "nsubj"):
        entry = object_signature(head)
        if entry is not None and (dep != "nsubj" or entry[1] == "light"):
            return head, _link(head, entry)
    if dep == "dobj" and token.pos_ == "NOUN" and (plan := _content_of(head, lex)) is not None:
        return plan, _link(plan, _entry(plan, "to"))  # "a plan that includes plant closures" as "a plan to close plants"
    if dep == "nsubj" and token.pos_ == "NOUN" and any(
            c.dep_ == "aux" and c.lower_ in lex["hidden_condition_modals"] for c in children_of(head)):
        return head, _Link(head, "+/-", "light")  # "a collapse would be a setback": if there were one
    if dep == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        entry = lex["objects"].get(f"{_lemma(head.head)} {head.lower_}")
        if entry is not None:
            return head.head, _link(head.head, entry)
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and head.head.pos_ == "VERB":
        verb = head.head  # "comes to Moscow for talks": the purpose takes the status of the act done for it
        return verb, _link(verb, _entry(verb, "to", default=None) or ["+/-", "light"])
    if dep == "pobj" and head.dep_ == "prep" and head.lower_ == "for" and head.head.pos_ == "NOUN":
        entry = _lookup(lex["nouns"], _lemma(head.head), "to")  # "preparations for the summit", "plans for talks"
        if entry is not None:
            return head.head, _link(head.head, entry)
    return None


def _content_of(verb, lex):
    """The noun of intention whose content ``verb`` gives, where it is a verb of containing (signatures.yaml
    ``content_verbs``: "include", "envisage") whose subject, or the noun its relative clause is on, is a noun with
    an intention entry over "to" ("the plan includes plant closures", "a proposal that envisages a ceasefire"): what
    a plan holds is planned as its "to" clause is; else None."""
    if _lemma(verb) not in lex["content_verbs"]:
        return None
    nouns = [verb.head] if verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in children_of(verb)) else \
        [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return next((n for n in nouns if n.pos_ == "NOUN" and (_lookup(lex["nouns"], _lemma(n), "to") or [None, None])[1]
                 == "intention"), None)


def _parenthetical_report(verb):
    """The verb of saying or believing of an attribution set off by a comma inside or after the clause of
    ``verb`` and followed by more of it ("met the rebels on Wednesday, the bloc said, in its latest attempt
    to end the war"; "The talks, the ministry said, were held in Jeddah"), which the parser hangs on ``verb`` as
    parataxis: it reports the clause as a final attribution does ("met the rebels, the bloc said."), where the
    parser makes the clause its complement (Quirk et al. 1985, 15.52, comment clauses). It has a subject of its
    own and takes no clause or object of its own ("..., he said that ..." says something else) but the one told
    ("..., a spokesman told reporters"). The parser also makes a final one a conjunct with no "and" before it
    ("fired at the vessel, shattering its windshield, the spokesman told reporters."); else None."""
    lex = signatures()
    for report in children_of(verb):
        if report.pos_ != "VERB" or report.left_edge.i == 0 or not (
                report.dep_ == "parataxis" or _asyndetic_final_conjunct(verb, report)):
            continue
        children = list(children_of(report))
        told = _lemma(report) in lex["addressed_reports"]
        if not any(c.dep_ == "nsubj" for c in children) or any(
                c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and not told for c in children):
            continue
        opening = report.left_edge if report.left_edge.text == "," else report.doc[report.left_edge.i - 1]
        entry = _entry(report, "that", default=None)
        if opening.text == "," and entry is not None and entry[1] in HOLDER_KINDS:
            return report
    return None


def _asyndetic_final_conjunct(verb, conjunct) -> bool:
    """Whether ``conjunct`` is a conjunct of ``verb`` with no coordinator before it that ends the sentence."""
    return conjunct.dep_ == "conj" and not any(c.dep_ == "cc" and c.i < conjunct.i for c in children_of(verb)) \
        and all(t.is_punct for t in conjunct.doc[conjunct.right_edge.i + 1:conjunct.sent.end])


def _realis_relative(clause, lex) -> bool:
    """Whether ``clause`` is an infinitival relative that describes what was done, not what is to be
    done: after an ordinal, "only" or a superlative ("the first airline to fly", "the only country to
    vote against") the infinitive reads as a finite relative (Huddleston & Pullum 2002, 12.8). The
    parser hangs it on the noun or, after a copula, on "be" ("was the last country to leave")."""
    if clause.dep_ not in ("acl", "relcl", "xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in children_of(clause)):
        return False
    head = clause.head
    nouns = [head] if _nominal(head) else [c for c in children_of(head) if c.dep_ == "attr" and c.i < clause.i] \
        if head.lemma_ == "be" else []
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in lex["realis_relative_modifiers"])
               for noun in nouns for c in children_of(noun))


def _relative_report(clause, lex) -> bool:
    """Whether a report verb the parser took for a complement (``clause``, dep ccomp) is the bridge of
    a subject relative on the noun before it ("denied an air strike on a post that the government said
    killed six soldiers"): a relative word after a noun opens its phrase, and the clause the report
    takes is finite with no subject but that word, the gap the relative leaves (Huddleston & Pullum
    2002, 12.3: "a strike that they said __ killed")."""
    opening = clause.left_edge
    if opening.lower_ not in lex["relative_words"] or opening.i == 0 or opening.nbor(-1).pos_ not in ("NOUN", "PROPN") \
            or (_entry(clause, "that", default=None) or [None, None])[1] != "report":
        return False
    return any(c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBZ", "VBP")
               and all(s.i == opening.i for s in children_of(c) if s.dep_ in ("nsubj", "nsubjpass"))
               for c in children_of(clause))


def _predicted_by_adjective(verb):
    """The adjective of chance that ``verb`` predicates of its subject ("a strike is likely", "bankruptcy
    seems almost certain", "an attack became unlikely"), or None: an event noun subject of it is what
    the adjective predicts, as the clause it would take ("it is likely that a strike will happen")."""
    adjective = next((c for c in children_of(verb) if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None)
    entry = _entry(adjective, "that", default=None) if adjective is not None else None
    return adjective if entry is not None and entry[1] == "prediction" else None


def _raised_carrier(verb):
    """The light verb of a to-infinitive under ``verb`` (or under its adjective) that has no subject
    of its own, so that ``verb``'s subject is its subject by raising ("the summit is due to take
    place", "the talks are expected to resume"); None without one."""
    heads = [verb] + [c for c in children_of(verb) if c.dep_ == "acomp"]
    for clause in (c for h in heads for c in children_of(h) if c.dep_ == "xcomp"):
        entry = object_signature(clause)
        if entry is not None and entry[1] == "light" and not any(c.dep_.startswith("nsubj") for c in children_of(clause)):
            return clause
    return None


def _light_relative(noun):
    """The relative clause that only carries ``noun`` ("which will take place", "that was held"): a
    light verb whose subject is the relative pronoun; None without one."""
    for clause in children_of(noun):
        entry = object_signature(clause) if clause.dep_ == "relcl" else None
        if entry is not None and entry[1] == "light" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in children_of(clause)):
            return clause
    return None


def hedging_clause(token) -> bool:
    """Whether ``token`` (a spaCy Token) heads a verbless condition that only bounds its main clause ("will send
    troops if needed", "will intervene if necessary"; ``_hedging_condition``): a formula, no act of its own."""
    lex = signatures()
    return token.dep_ == "advcl" and _condition_marker(token, lex) is not None and _hedging_condition(token, lex)


def _hedging_condition(clause, lex) -> bool:
    """Whether an adverbial ``clause`` with a condition mark is a verbless formula that bounds its main
    clause rather than conditions it ("will cut more jobs if needed", "will intervene if necessary", "sales
    doubled if compared to last year"): a word of signatures.yaml ``hedging_conditions`` with no subject or
    auxiliary of its own, nor a by-agent. Such a reduced clause leaves the main clause's act as committed as
    without it (Quirk et al. 1985 on verbless and participle adverbial clauses); a full condition ("if the
    rebels disarm") or a reduced one with content of its own ("if elected", "if required by NATO": someone
    else must act first) still makes it hypothetical."""
    return clause.lower_ in lex["hedging_conditions"] and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl", "agent") for c in children_of(clause))


def _present_temporal_clause(clause, lex) -> bool:
    """Whether an adverbial ``clause`` is a temporal one in the present tense ("when the deal is
    signed", "once the truce holds"): English puts such a clause in the present for a time that its
    main clause sets (Quirk et al. 1985, 8.53), so it shares the main clause's status. Under a main clause's
    "would" (not "would have", a past that did not happen) a simple past after a mark of what is to come
    (signatures.yaml ``backshift_marks``: "once", "until", "when") and with no date of its own is that present
    moved back by a report ("said Rwanda would withdraw once Congo disarmed the militia": the disarming is still
    to come; Quirk et al. 1985, 14.31, backshift); "would retaliate after Israel struck its consulate" tells a
    strike that happened."""
    words = {c.lower_ for c in children_of(clause) if c.dep_ in ("mark", "advmod")}
    if not words & set(lex["temporal_marks"]):
        return False
    finite = [clause] + [c for c in children_of(clause) if c.dep_ in ("aux", "auxpass")]
    if any(t.tag_ == "MD" for t in finite):
        return False
    if any(t.tag_ in ("VBZ", "VBP") for t in finite):
        return not any(t.tag_ == "VBD" for t in finite)
    main = [c.lower_ for c in children_of(clause.head) if c.dep_ in ("aux", "auxpass")]
    return "would" in main and "have" not in main and clause.tag_ == "VBD" and len(finite) == 1 \
        and bool(words & set(lex["backshift_marks"])) and not any(t.ent_type_ == "DATE" for t in clause.subtree)


def _open_temporal_mark(clause, lex):
    """The mark of an adverbial ``clause`` that is a present-tense temporal one whose mark does not presuppose it
    (signatures.yaml ``open_temporal_marks``: "until" in "will stay in place until Moscow agrees"), else None: the
    main clause sets no time for such a clause, so it is open, as a condition is."""
    if clause.dep_ != "advcl" or not _present_temporal_clause(clause, lex):
        return None
    return next((c for c in children_of(clause) if c.dep_ == "mark" and c.lower_ in lex["open_temporal_marks"]), None)


def _object_complement(clause, verb):
    """[signature, kind] of ``verb`` where the "to" ``clause`` the parser took for a purpose is the verb's
    complement about its object ("incited crowds to storm", "pressed the bank to cut"): it comes right after
    the verb's direct object and the verb is an implicative or a request of that frame; else None."""
    obj = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    entry = _entry(verb, "to", default=None)
    if obj is None or entry is None or entry[1] not in ("implicative", "request") or clause.left_edge.i != obj.right_edge.i + 1:
        return None
    return entry


def outcome_of(token):
    """The act whose toll ``token`` tells, where it heads a trailing participial adjunct of harm ("shelled Kyiv
    overnight, killing five", "may strike the dam, flooding dozens of villages"): an -ing verb of harm
    (data/arguments.yaml ``outcome_verbs``) after a comma, with no subject or marker of its own, after its head. That
    act is its head, or, where the parser hangs the adjunct on a verb that reports or alleges the act, the head's
    last act complement before it ("accused Russia of shelling Kharkiv, killing five": the shelling; "said troops
    had shelled the town, killing five"). None for any other token. The toll is asserted as its act is, so it
    takes that act's status; other free adjuncts are the doer's own acts, outside the clause's negation or
    modality ("did not seek permission, claiming ...", "will expand, citing demand")."""
    from newsledger.frames.predicates import argument_words  # that module imports this one

    head = token.head
    if not (free_participle(token) and head.i < token.i and head.pos_ in ("VERB", "AUX")
            and token.doc[token.i - 1].text == "," and _lemma(token) in argument_words()["outcome_verbs"]
            and not any(c.dep_ == "aux" for c in children_of(token))):
        return None
    if not any((entry := _entry(head, frame, default=None)) is not None and entry[1] == "report" for frame in ("that", "to")):
        return head
    acts = [c for c in children_of(head) if c.i < token.i and c.dep_ in ("ccomp", "xcomp")]
    acts += [g for p in children_of(head) if p.dep_ == "prep" and p.i < token.i
             for g in children_of(p) if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    return max(acts, key=lambda t: t.i) if acts else head


def _gerund_complement(token, head, marks) -> bool:
    """Whether an adverbial clause is really the gerund object of an embedding verb ("ruled out
    sending", "avoided meeting"): a bare -ing verb with no subject, right after the verb (and its
    particle), and the verb has a signature of its own."""
    between = [t for t in token.doc[head.i + 1:token.i] if not (t.dep_ == "prt" and t.head.i == head.i)]
    return (token.tag_ == "VBG" and not marks and not between and head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token))
            and _entry(head, "to", default=None) is not None)


DEFAULTS = {("verbs", "to"): ["o/-", "intention"], ("verbs", "that"): ["+/o", "report"],
            ("nouns", "to"): ["o/-", "intention"], ("nouns", "that"): ["+/o", "report"],
            ("adjectives", "to"): ["o/-", "intention"], ("adjectives", "that"): ["o/o", "prediction"]}


def object_signature(verb, clausal: bool = True):
    """[signature, kind] of ``verb`` over an event noun that is its object or passive subject (signatures.yaml
    ``objects``; with ``clausal``, else the verb's ``verbs`` entry: "denied the incursion" as "denied that ..."),
    or None."""
    if any(c.dep_ == "oprd" for c in children_of(verb)):
        return None  # "called the attack an act of terror": a verb that names its object says nothing of it
    objects = signatures()["objects"]
    particle = next((c.lower_ for c in children_of(verb) if c.dep_ == "prt"), None)
    keys = ([f"{_lemma(verb)} {particle}"] if particle else []) + [_lemma(verb)]
    found = next((objects[k] for k in keys if k in objects), None)
    if found is None and clausal:
        verbs = signatures()["verbs"]
        found = next((verbs[k] for k in keys if isinstance(verbs.get(k), list)), None)
    return found


def _entry(token, frame: str, default=DEFAULTS):
    """[signature, kind] of ``token`` as the embedder of a ``frame`` complement ("to" or "that"),
    or the default for its part of speech (None with ``default=None``)."""
    lex = signatures()
    table = "nouns" if token.pos_ in ("NOUN", "PROPN") else "adjectives" if token.pos_ == "ADJ" else "verbs"
    keys = [_lemma(token), token.lower_]
    particle = next((c.lower_ for c in children_of(token) if c.dep_ == "prt"), None)
    if particle:
        keys.insert(0, f"{_lemma(token)} {particle}")
    if any(c.dep_ == "advmod" and c.lower_ == "too" for c in children_of(token)):
        keys.insert(0, f"too {token.lower_}")
    if any(c.dep_ == "advmod" and c.lower_ == "yet" for c in children_of(token)):
        keys.insert(0, f"{_lemma(token)} yet")  # "has yet to withdraw": not done so far
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in children_of(token)):
        keys.insert(0, f"present passive {_lemma(token)}")  # "is obliged to consult": a duty, not an act compelled
    if token.pos_ == "ADJ" and token.dep_ == "acomp" and token.head.tag_ == "VBD":
        keys.insert(0, f"past {_lemma(token)}")  # "was able to reach": in the past, the ability was used
    for name in (table, "verbs", "adjectives", "nouns"):
        for key in keys:
            entry = _lookup(lex[name], key, frame)
            if entry is not None:
                return entry
    return default[(table, frame)] if default else None


def _lemma(token) -> str:
    """The lower-case lemma of ``token``, but for the forms the parser's lemmatiser misreads
    ("hoped" -> "hop"), which signatures.yaml lists with their true lemma."""
    return signatures()["misread_lemmas"].get(token.lower_, token.lemma_.lower())


def _appositive_claim(verb) -> bool:
    """ "..., a charge his family has always denied", "..., an accusation Moscow rejects": a claim noun with an
    indefinite article that the parser took for the subject of the verb after a clause is an appositive on that
    clause, and the verb its relative clause: it judges the claim, not the clause before it. So is any noun with an
    indefinite article after a comma that the parser made one of two subjects of the verb ("demanded that X
    change its constitution, a condition Armenia has rejected")."""
    nouns = signatures()["nouns"]

    def claim(noun) -> bool:
        entry = _lookup(nouns, _lemma(noun), "that")
        return entry is not None and entry[1] == "report"

    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    for subject in subjects:
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in children_of(subject)):
            continue
        if len(subjects) > 1 and subject.i < subjects[-1].i and subject.left_edge.i > 0 \
                and subject.doc[subject.left_edge.i - 1].text == ",":
            return True  # "..., a condition Armenia has rejected": two subjects, the first the appositive's noun
        # the relative clause's own subject hangs on the noun ("his family", parsed as an apposition), or the parser
        # made one phrase of the two ("a charge Kigali denies": "charge" a compound on "Kigali"); a trailing
        # attribution's noun has neither ("..., a statement from the ministry said")
        if claim(subject) and any(c.dep_ == "appos" for c in children_of(subject)) or any(
                c.dep_ == "compound" and claim(c) for c in children_of(subject)):
            return True
    return False


def undoing_conjunct(verb):
    """The conjunct of ``verb`` that shares its subject and calls that subject, an event, off or puts it off
    ("the summit was due to open on Monday but was postponed", "the talks were planned and then cancelled"):
    a verb whose entry over an event noun is negative (signatures.yaml ``objects``, not the verbs' entries over
    a clause: "offers fail" says nothing of the subject), told after the plan, so it says what became of it;
    else None."""
    for conjunct in (c for c in children_of(verb) if c.dep_ == "conj"):
        entry = object_signature(conjunct, clausal=False)
        if entry is not None and entry[0].startswith("-") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in children_of(conjunct)):
            return conjunct
    return None


def taken_step(noun) -> bool:
    """ "steps" of "took steps", "measures" of "will take the necessary measures": a step noun that is the object
    of its verb (data/signatures.yaml taken_steps)."""
    return noun.dep_ == "dobj" and _lemma(noun) in signatures()["taken_steps"].get(_lemma(noun.head), ())


def _lookup(table: dict, key: str, frame: str):
    entry = table.get(key)
    if isinstance(entry, dict):
        return entry.get(frame)
    return entry


def _holder(predicate) -> str:
    """Who speaks or believes for a report or belief ``predicate``: its subject, its by-agent, or
    "unnamed" ("it was claimed that"); for a noun, its owner, its by-agent or the noun itself."""
    if _nominal(predicate):  # "Moscow's claim that", "reports by aid groups that", "reports that"
        owner = next((c for c in children_of(predicate) if c.dep_ == "poss"), None)
        agent = next((o for c in children_of(predicate) if c.dep_ == "prep" and c.lower_ == "by"
                      for o in children_of(c) if o.dep_ == "pobj"), None)
        return _phrase(owner) if owner is not None else _phrase(agent) if agent is not None else predicate.text
    while predicate.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children_of(predicate)):
        predicate = (misattached_conjunct(predicate) or (predicate.head,))[0]
    subject = next((c for c in children_of(predicate) if c.dep_ == "nsubj" and c.lower_ != "it"), None)
    if subject is None:
        agent = next((c for c in children_of(predicate) if c.dep_ == "agent"), None)
        subject = next((c for c in children_of(agent) if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is not None and subject.tag_ in ("WDT", "WP") and predicate.dep_ == "relcl":
        return _antecedent(predicate)  # "the report, which accuses Kigali of": the report's view
    return _phrase(subject) if subject is not None else "unnamed"


def _antecedent(relative) -> str:
    """The noun phrase a relative clause hangs on, without the clause: "the report" of "the report, which
    accuses ..."."""
    doc, noun = relative.doc, relative.head
    words = doc[noun.left_edge.i:relative.left_edge.i]
    return words.text.rstrip(" ,") or noun.text


def _shown(token) -> str:
    """The word of a step as the chain shows it, with its particle ("ruled out")."""
    return " ".join([token.text] + [c.text for c in children_of(token) if c.dep_ == "prt"])


def _phrase(token) -> str:
    return token.doc[token.left_edge.i:token.right_edge.i + 1].text
