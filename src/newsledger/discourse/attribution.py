"""Attribution relations: who (source) said (cue) what (content), as character spans.

Rules over spaCy's dependency parse:
- a reporting verb (``data/cues.yaml``) with a clausal complement is an indirect
  attribution; its subject is the source and the complement the content;
- quotation marks in the same sentence attach to that sentence's nearest
  reporting verb outside them (direct attribution, one content span per piece);
- "according to X" makes X the source of the rest of the sentence;
- a parenthetical cue ("Climate change, Mr. Obama often says, is…") attributes the
  clause it interrupts;
- verbs of stance and intention ("opposed the plan", "pledged to reach") are
  attributions too, as PolNeAR counts them, but not speech (``speech=False``); so is a
  verb of saying whose complement reports no words (``reported_content``: "agreed to hold
  talks", "attacked the refinery"), though a quotation inside it is the speaker's words
  (``quotations_only``: "vowed to “fight to the last village”");
- a quotation with no cue of its own takes the cue of a neighbouring sentence
  ("X said:" before it, or a bare "he said." after it), or continues the
  previous quotation's speaker when it directly follows one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.attrs import IDX, IS_SPACE

from newsledger.nlp import check_time, doc_text, sentence_spans
from newsledger.discourse.fragments import holds_no_quote, labelled_object
from newsledger.discourse.cues import lexicon
from newsledger.discourse.marks import quote_spans

SUBJECTS = ("nsubj", "nsubjpass")
CLAUSES = ("ccomp", "parataxis")
TRIM = " ,.;:—–-\n\t"
QUOTE_MARKS = "\"“”„«»‘’"
NAME_ENTITIES = ("PERSON", "GPE", "NORP", "ORG")
HYPHENATED_REST = re.compile(r"(?:-\w+)*")  # what follows a word inside its hyphenated word: "de" of "de-escalate"
MAX_LABEL_WORDS = 8  # a speaker's label before a colon or after a dash: "Spokesperson Wang Wenbin"


@dataclass
class Attribution:
    sentence: int
    kind: str  # direct, indirect
    cue: tuple[int, int] | None
    cue_lemma: str | None
    contents: list[tuple[int, int]]
    source: tuple[int, int] | None = None
    source_head: int | None = None  # token index of the source's head word
    sentence_end: int | None = None
    inherited: bool = False  # source taken from a neighbouring attribution
    quoted: list[tuple[int, int]] = field(default_factory=list)  # quotations (marks included) it covers
    speech: bool = True  # False for stance or intention ("opposed the plan", "pledged to reach")
    quotations_only: bool = False  # not speech, but its quotations are ("promised to “respond in kind”")
    names: list[tuple[int, int]] = field(default_factory=list)  # quotations in it that are names or terms, not quotes


@dataclass
class Context:
    doc: object
    sentences: list[tuple[int, int]]
    quotes: list[tuple[int, int]]
    starts: list[int] = field(default_factory=list)
    text: str = ""

    def __post_init__(self):
        self.text = doc_text(self.doc)

    def sentence_of(self, char: int) -> int:
        return max(bisect_right(self.starts, char) - 1, 0)


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and clause punctuation."""
    while start < end and (text[start] in TRIM or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in TRIM or text[end - 1].isspace()):
        end -= 1
    return start, end


def inside_quote(ctx: Context, char: int) -> bool:
    return any(start < char < end for start, end in ctx.quotes)


def is_cue(token) -> bool:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ == "aux":
        return False  # most words: no lemma to look up
    lex = lexicon()
    lemma = token.lemma_.lower()
    return lemma in lex.cue_verbs or lemma in lex.intention_verbs or lemma in lex.stance_verbs


def takes_quotes(token) -> bool:
    """Verbs of saying introduce quotations; verbs of stance or intention only attribute their complement."""
    lemma = token.lemma_.lower()
    return lemma in lexicon().cue_verbs and not (lemma in lexicon().needs_clause and clause_of(token) is None)


def cue_span(token) -> tuple[int, int]:
    """The verb with its auxiliaries and adverbs ("has also learned"), particle ("pointed out"),
    an object's preposition ("called for"), a date right after it ("said Friday") and a colon."""
    before = [c for c in token.children if c.i < token.i and
              (c.dep_ in ("aux", "auxpass", "neg") or (c.dep_ == "advmod" and c.i == token.i - 1))]
    first = min([token] + before, key=lambda t: t.i)
    last = max([token] + list(after_cue(token)), key=lambda t: t.i)
    doc = token.doc
    if last.i + 1 < len(doc) and doc[last.i + 1].text == ":":
        last = doc[last.i + 1]
    return first.idx, last.idx + len(last.text)


def after_cue(token):
    """Words right after the verb that belong to the cue."""
    for child in token.children:
        adjacent = child.i == token.i + 1
        if adjacent and (child.dep_ == "prt" or (child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"))):
            yield child
    preposition = object_preposition(token) if clause_of(token) is not None else None
    if preposition is not None and preposition.i == token.i + 1 and \
            not any(c.dep_ in CLAUSES or c.dep_ == "dobj" for c in token.children):
        yield preposition


def subject_of(verb):
    """The verb's subject token, looking up through conjoined and open-clause verbs, the verb a
    gerund's preposition hangs on ("responded by saying") and the adjective of "was able to tout"."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in SUBJECTS:
                return child
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
            current = current.head.head
            continue
        if current.dep_ not in ("conj", "xcomp", "advcl", "acomp") or current.head.i == current.i:
            break
        current = current.head
    return inverted_subject(verb)


def antecedent(subject):
    """The noun a relative clause's "who"/"which"/"that" subject refers to, else the subject itself."""
    if subject.lower_ in lexicon().relative_pronouns and subject.head.dep_ == "relcl":
        return subject.head.head
    return subject


def source_of(ctx: Context, cue) -> tuple[tuple[int, int] | None, int | None]:
    """The cue's source span and the token standing for who it is: PolNeAR marks "who" in
    "Putin, who said…" as the source, but the speaker is Putin. A cue joined to the clause another
    cue reports is that cue's speaker's (`joined_to_report`)."""
    cue = joined_to_report(cue) or cue
    subject = subject_of(cue)
    if subject is not None and subject.dep_ == "nsubjpass" and subject.head == cue \
            and cue.lemma_.lower() not in lexicon().quoted_subject_verbs:
        subject = agent_of(cue)
    if subject is None:
        return None, None
    return source_span(ctx, subject), antecedent(subject).i


def joined_to_report(cue):
    """The reporting verb whose reported clause ``cue`` is joined to, when ``cue`` has no subject of its
    own ("said unilateral moves harmed the talks and urged Lima to ...", "said the deal was a step but
    insisted that ..."): the parser hangs the second verb on the reported clause, but `aside_clauses`
    leaves it out of what was said; it is the first speaker's, not the reported clause's subject's. So is
    a cue with no subject that the parser made the first cue's second complement ("said the vote was a
    useful step but insisted that ..."). A cue in another tense than the first ("said the proposal was
    X, but is now insisting that ...") is part of what was said: the writer would have put it in theirs."""
    if cue.dep_ not in ("conj", "ccomp") or any(c.dep_ in SUBJECTS for c in cue.children) or \
            past(cue) != past(cue.head.head if cue.dep_ == "conj" else cue.head):
        return None
    if cue.dep_ == "ccomp":
        reporter = cue.head
        clause = clause_of(reporter) if reporter.i != cue.i and is_cue(reporter) else None
        return reporter if clause is not None and clause.i < cue.i else None
    clause, reporter = cue.head, cue.head.head
    # a report after the clause ("X accused Y and asked Z to ..., officials said") leaves both verbs X's
    if clause.dep_ in CLAUSES and reporter.i < clause.i and is_cue(reporter) and clause_of(reporter) == clause:
        return reporter
    return None


def past(verb) -> bool:
    """The verb is in a past tense: its own ("urged") or its auxiliary's ("was urging")."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def agent_of(cue):
    """Who spoke in a passive cue: the object of its "by" ("was warned by his aides that…"), else
    no one; its subject is whom it was said to or of ("the minister was told that…", "it was
    claimed that…"), not the speaker, but for ``quoted_subject_verbs`` ("was quoted as saying")."""
    for child in cue.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def topic_not_source(cue, clause) -> bool:
    """In "X is expected to meet…" X is what the expectation is about, not who holds it."""
    return clause is not None and clause.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in cue.children)


def actual_statement(cue) -> bool:
    """A cue that is negated ("did not mention"), under a modal ("may think", "will say"),
    refused ("refused to condemn", "China's refusal to condemn Russia, denounce sanctions or
    accuse NATO"; ``refusal_words``) or only intended ("wants to show that", "plans to announce
    that"; ``intention_verbs``) reports no statement that was made: an attribution, but not
    a quote."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in cue.children):
        return False
    first = cue
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    lex = lexicon()
    refused = first.dep_ in ("xcomp", "acl") and first.head.lemma_.lower() in lex.refusal_words
    return not (refused or (cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.intention_verbs))


def evidence(cue) -> bool:
    """An evidential verb whose subject is a thing ("examples that show that…", "information …
    indicates that…", "his position suggests that…"): what the facts point to, not what anyone said."""
    lex = lexicon()
    if cue.lemma_.lower() not in lex.evidential_verbs:
        return False
    subjects = [c for c in cue.children if c.dep_ in SUBJECTS]
    if not subjects and cue.dep_ == "conj":  # shares its subject with the verb it is joined to
        subjects = [c for c in cue.head.children if c.dep_ in SUBJECTS]
    if subjects and subjects[0].lower_ in lex.relative_pronouns and cue.dep_ == "relcl":
        subjects = [cue.head]
    return bool(subjects) and not any(
        s.ent_type_ in NAME_ENTITIES or s.pos_ == "PRON" or s.lemma_.lower() in lex.unnamed_nouns | lex.document_nouns
        for s in subjects)


def reported_content(cue, clause) -> bool:
    """Whether the cue's complement ``clause`` (a token, or None for a parenthetical cue) is what
    was said, so that the attribution is a quote: a reported clause ("said that…", "said the talks
    …"), the clause a parenthetical cue interrupts, the object of a verb of saying ("denied the
    allegations", "called for a ceasefire"), or an infinitive whose subject is the cue's object or
    the object of its "on" ("told the militia to leave", "called on all sides to show restraint",
    "expects prices to rise"). An infinitive whose subject is the speaker's own ("agreed to hold
    talks", "promised to send", "threatened to impose") is a commitment, not reported content, and
    so is a direct object of an ``act_senses`` verb ("attacked the refinery") and an event noun
    announced ("announced Xi's trip to Moscow", "confirmed talks with Iran": ``announcing_verbs``,
    ``event_nouns``): attributions still, as PolNeAR counts them, but no quote. A directive stays a
    quote: it reports what was said to someone, which the events stage codes as an act besides."""
    if clause is None or clause.dep_ in CLAUSES:
        return True
    if clause.dep_ == "xcomp":
        return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and
                                        any(o.dep_ == "pobj" for o in c.children)) for c in cue.children)
    lex, lemma = lexicon(), cue.lemma_.lower()
    announced_act = lemma in lex.announcing_verbs and (clause.lemma_.lower() in lex.event_nouns or clause.lower_ in lex.event_nouns)
    return not (clause.dep_ == "dobj" and (lemma in lex.act_senses or announced_act))


def only_names(phrase) -> bool:
    """The cue's object names only people, places or bodies ("warned Russia and China", "praised
    Putin"): whom the act was aimed at, not what was said, so no quote."""
    if phrase.dep_ != "dobj":
        return False  # tested first: walking the subtree makes a Token per word
    words = [t for t in phrase.subtree if not t.is_punct and t.dep_ not in ("cc", "det", "case")]
    return all(t.ent_type_ in NAME_ENTITIES for t in words)


def inverted_subject(verb):
    """The name right after the verb in "…," said Theresa Fallon."""
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if following is None or following.pos_ != "PROPN":
        return None
    while following.head.i > following.i and following.head.pos_ == "PROPN" and following.dep_ == "compound":
        following = following.head
    return following


def subtree_span(token, skip=()) -> tuple[int, int]:
    """Character span of a token's subtree, from its first word to the last one not skipped, and to the end
    of a hyphenated word it ends in ("to de-escalate": the parser may hang "-escalate" elsewhere)."""
    skipped = {t.i for s in skip for t in s.subtree}
    tokens = [t for t in token.subtree if t.i not in skipped]
    end = tokens[0]
    for t in tokens:  # stop at the first skipped part so the span stays one piece
        if any(i in skipped for i in range(end.i + 1, t.i)):
            break
        end = t
    return tokens[0].idx, HYPHENATED_REST.match(doc_text(token.doc), end.idx + len(end.text)).end()


def parenthetical_content(cue) -> tuple[int, int]:
    """The clause a parenthetical cue interrupts, without the cue's own words."""
    host = cue.head
    tokens = [t for t in host.subtree if t not in set(cue.subtree)]
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def aside_clauses(clause, cue) -> list:
    """Parts of a reported clause that are not what was said: a relative clause set off by a
    comma at the clause's end ("the health of Donald Trump, who is 70"), one at its end that holds a
    report of its own ("denied that it struck a village that the rebels said killed six": the
    rebels' word, not the denier's), a noun set after it by a comma that such a report describes
    (", a step diplomats said could strain ties"), a further reporting verb conjoined to it, narration of what
    the speaker left unsaid (``withheld_detail``: "… but gave no details"), the relative
    pronoun that opens a report made inside a relative clause ("a strike that the rebels said killed
    six": what the rebels said is "killed six"), and a coordinator the clause ends on, its conjunct
    hung on the cue ("said X would not ... but warned that ...")."""
    doc = clause.doc
    subtree = list(clause.subtree)  # walked twice: each walk makes a Token per word
    words = [t.i for t in subtree if not t.is_punct and not t.is_space]
    if not words:  # a clause of punctuation alone, as odd parses of tables give
        return []
    last_word = max(words)
    cue_in_relative = cue.dep_ == "relcl"
    asides = []
    for token in subtree:
        dep = token.dep_  # tested first: an edge or a head is a Token made, and few words are relcl or conj
        if dep == "relcl" and token.right_edge.i >= last_word and \
                (doc[token.left_edge.i - 1].text == "," or relative_report(token)):
            asides.append(token)
        elif dep in ("appos", "npadvmod") and token.right_edge.i >= last_word and doc[token.left_edge.i - 1].text == "," \
                and any(c.dep_ == "relcl" and reduced_relative_report(c) is not None for c in token.children):
            asides.append(token)  # ", a step diplomats said could strain ties": the writer's comment and its report
        elif cue_in_relative and token.i < cue.i and token.lower_ in lexicon().relative_pronouns \
                and dep != "det" and token is not clause:
            asides.append(token)
        elif dep == "cc" and token.i == last_word:
            asides.append(token)  # its conjunct hung elsewhere ("said X would not ... but warned that"): no content
        elif dep == "conj" and token.head == clause and (is_cue(token) or withheld_detail(token)) and token is not cue:
            asides.append(token)
            # the "but" or "and" that joins it goes too, or the content would end on it
            asides += [c for c in clause.children if c.dep_ == "cc" and c.i < token.i
                       and not any(not doc[k].is_punct for k in range(c.i + 1, token.left_edge.i))]
    return asides


def withheld_detail(verb) -> bool:
    """A verb joined to a reported clause that tells what the speaker left unsaid ("said the vote
    would be delayed but offered no reason", "but did not elaborate", "but declined to comment"): no
    subject of its own, a ``detail_verbs`` lemma negated ("not", an object with "no") or refused
    (``refusal_words``). It is the writer's narration, not part of what was said."""
    lex = lexicon()
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in lex.refusal_words:
        return any(c.dep_ == "xcomp" and c.lemma_.lower() in lex.detail_verbs for c in verb.children)
    negated = any(c.dep_ == "neg" or (c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
                  for c in verb.children)
    return lemma in lex.detail_verbs and negated


def relative_report(verb) -> bool:
    """Whether the relative clause ``verb`` is a report whose relative pronoun belongs to what was
    reported ("a village that the rebels said killed six": "that" is the subject of "killed", not
    of "said"), so the clause is the reporter's statement about the noun."""
    opener = verb.left_edge
    return verb.lemma_.lower() in lexicon().cue_verbs and opener.lower_ in lexicon().relative_pronouns \
        and opener.head.i != verb.i and clause_of(verb) is not None


def source_span(ctx: Context, subject) -> tuple[int, int]:
    start, end = subtree_span(subject)
    text = ctx.text
    start, end = trimmed(text, start, end)
    while start < end and (text[start] in QUOTE_MARKS or text[start].isspace()):
        start += 1
    if "," in text[start:end] and text[end:end + 1] == ",":
        end += 1  # "The state's campaign chairman, Phil Lovas," keeps the comma closing its apposition
    return start, end


def clause_of(verb):
    """The verb's clausal complement (also a "that" clause the parser hung on the noun of "said in a statement that"),
    the infinitive of an intention ("pledged to reach"), or the object of an object-taking cue ("cited the report"),
    unless the verb labels its object
    ("called the move a provocation": the move is not what was said). A report made in a relative clause
    without its pronoun has the complement after it alone (`reduced_relative_report`)."""
    gap = reduced_relative_report(verb)
    if gap is not None:
        return gap
    lex, lemma = lexicon(), verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in CLAUSES or (child.dep_ == "xcomp" and lemma in lex.intention_verbs):
            return child
    for medium in (o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"):
        for clause in medium.children:  # "said in a statement that X": the parser hangs the "that" clause on the noun
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                return clause
    if (lemma in lex.object_cues or lemma in lex.stance_verbs) and not labelled_object(verb):
        for child in verb.children:
            if child.dep_ == "dobj" and len(list(child.subtree)) > 1:
                return child
        preposition = object_preposition(verb)
        if preposition is not None:
            return next(c for c in preposition.children if c.dep_ == "pobj")
    return None


def reduced_relative_report(verb):
    """The complement of a report made in a relative clause with no relative pronoun ("…, a move analysts
    said could lead to clashes"): the cue's subject follows the noun the clause describes, and the finite
    clause after the cue has no subject, the noun filling it. Only that clause was said; the parser,
    taking the cue for the sentence's main verb, may hang the rest of the sentence on it as a second
    complement."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    # the noun may stand before the subject or, parsed as its modifier, inside it ("a decision observers said"),
    # but not as its owner ("Kenya's ministry said")
    if subject is None or not any(t.pos_ in ("NOUN", "PROPN") and t.dep_ != "poss"
                                  for t in verb.doc[max(subject.left_edge.i - 1, 0):subject.i]):
        return None
    clause = next((c for c in verb.children if c.dep_ in CLAUSES and c.i > verb.i), None)
    if clause is None or clause.dep_ != "ccomp" or not finite(clause) or \
            any(c.dep_ in SUBJECTS + ("expl", "mark") for c in clause.children):
        return None
    return clause


def finite(verb) -> bool:
    """A verb with a tense or a modal of its own ("could lead", "killed"), not an infinitive or participle."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(c.dep_ == "aux" and c.tag_ in ("MD", "VBD", "VBZ", "VBP")
                                                          for c in verb.children)


def object_preposition(verb):
    """The preposition of "called for X", "complained about X", when the verb has one."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in lexicon().object_prepositions \
                and any(c.dep_ == "pobj" for c in child.children):
            return child
    return None


def sentence_tokens(ctx: Context) -> list[list]:
    """The tokens of each sentence of ``sentence_spans`` (same indexing), whitespace tokens left out."""
    grouped: list[list] = [[] for _ in ctx.sentences]
    sentence = 0  # as ``ctx.sentence_of``, walked forward: tokens come in text order
    # offsets and space flags read as columns: a Token's attribute costs a call per word
    offsets, spaces = ctx.doc.to_array([IDX, IS_SPACE]).T.tolist() if len(ctx.doc) else ([], [])
    for token, offset, space in zip(ctx.doc, offsets, spaces):
        if space:
            continue
        while sentence + 1 < len(ctx.starts) and ctx.starts[sentence + 1] <= offset:
            sentence += 1
        grouped[sentence].append(token)
    return grouped


def indirect_attributions(ctx: Context, index: int, tokens: list) -> list[Attribution]:
    """Reporting verbs with a clausal complement, outside quotation marks."""
    found = []
    for token in tokens:
        if not is_cue(token) or inside_quote(ctx, token.idx):
            continue
        clause = clause_of(token)
        if clause is None and token.dep_ == "parataxis" and token.lemma_.lower() in lexicon().cue_verbs:
            content = trimmed(ctx.text, *parenthetical_content(token))
        elif clause is None:
            continue
        else:
            content = trimmed(ctx.text, *subtree_span(clause, skip=aside_clauses(clause, token)))
        topic = topic_not_source(token, clause)
        statement = token.lemma_.lower() in lexicon().cue_verbs and actual_statement(token) and not topic \
            and not (clause is not None and only_names(clause)) and not evidence(token)
        said = reported_content(token, clause)
        found.append(Attribution(index, "indirect", cue_span(token), token.lemma_.lower(), [content],
                                 *((None, None) if topic else source_of(ctx, token)),
                                 speech=statement and said, quotations_only=statement and not said))
    return found


def according_to_attributions(ctx: Context, index: int, tokens: list) -> list[Attribution]:
    """"according to X": X is the source of the rest of the sentence, unless X is a norm
    ("according to its own interests", "according to plan"; ``according_to_norms``)."""
    found = []
    for token in tokens:
        if token.lower_ != "according" or token.i + 1 >= len(ctx.doc) or ctx.doc[token.i + 1].lower_ != "to":
            continue
        objects = [c for c in ctx.doc[token.i + 1].children if c.dep_ == "pobj"]
        if not objects or objects[0].lemma_.lower() in lexicon().according_to_norms:
            continue
        source = source_span(ctx, objects[0])
        phrase_end = max(source[1], token.idx + len("according to"))
        start, end = ctx.sentences[index]
        content = trimmed(ctx.text, start, token.idx) if token.idx - start > 10 else \
            trimmed(ctx.text, phrase_end, end)
        cue_end = ctx.doc[token.i + 1].idx + 2
        found.append(Attribution(index, "indirect", (token.idx, cue_end), "according to", [content],
                                 source, objects[0].i))
    return found


def nearest_cue(ctx: Context, tokens: list, quote: tuple[int, int]):
    """The reporting verb outside quotation marks closest to the quotation."""
    candidates = [t for t in tokens if is_cue(t) and takes_quotes(t) and not inside_quote(ctx, t.idx)]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.idx - quote[0]), abs(t.idx - quote[1])))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def attach_quote(ctx: Context, by_cue: dict, cue, quote: tuple[int, int], index: int) -> Attribution:
    """Add a quotation to its cue's attribution, creating a direct one when needed."""
    key = cue_span(cue)
    existing = by_cue.get(key)
    if existing is not None and existing.kind == "indirect" and any(overlaps(c, quote) for c in existing.contents):
        existing.quoted.append(quote)
        return existing
    existing = by_cue.get((key, "direct"))
    if existing is None:
        existing = Attribution(index, "direct", key, cue.lemma_.lower(), [], *source_of(ctx, cue))
        by_cue[(key, "direct")] = existing
    existing.contents.append(quote)
    existing.quoted.append(quote)
    return existing


def ends_with_colon(ctx: Context, index: int) -> bool:
    """"X said:" or "X made the following statement:[3]" (a footnote mark may follow)."""
    start, end = ctx.sentences[index]
    return re.sub(r"\[\d+\]$", "", ctx.text[start:end].rstrip()).rstrip().endswith(":")


def root_verb(tokens: list):
    """The sentence's main verb when it has a subject ("The ministry made the following statement:")."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    return roots[0] if roots and subject_of(roots[0]) is not None else None


def neighbour_cue(ctx: Context, grouped: list[list], first: int, last: int, quote: tuple[int, int]):
    """A cue in "X said:" just before the quotation or in a bare "he said." just after it."""
    if first > 0 and ends_with_colon(ctx, first - 1):
        cue = nearest_cue(ctx, grouped[first - 1], quote) or root_verb(grouped[first - 1])
        if cue is not None:
            return cue, first - 1
    if last + 1 < len(grouped) and len(grouped[last + 1]) <= 8:
        following = grouped[last + 1]
        cue = nearest_cue(ctx, following, quote)
        if cue is not None and not any(inside_quote(ctx, t.idx) for t in following):
            return cue, last + 1
    return None, None


DASH_AFTER = re.compile(r"[ \t]*(—|–|--|-(?=[ \t]))[ \t]*")


def labelled(ctx: Context, quote: tuple[int, int], index: int) -> Attribution | None:
    """A quotation whose speaker is set off by a dash after it ("“…” — spokesperson Wang Wenbin")
    or by a colon before it on its line or the line above ("Spokesperson Wang Wenbin: “…”");
    the cue is the mark."""
    text = ctx.text
    dash = DASH_AFTER.match(text, quote[1])
    if dash:
        line_end = text.find("\n", dash.end())
        speaker = speaker_label(ctx, *trimmed(text, dash.end(), len(text) if line_end < 0 else line_end))
        if speaker is not None:
            return Attribution(index, "direct", dash.span(1), dash.group(1), [quote], *speaker, quoted=[quote])
    line_start = text.rfind("\n", 0, quote[0]) + 1
    if line_start > 0 and not text[line_start:quote[0]].strip():  # the label on a line of its own
        line_start = text.rfind("\n", 0, line_start - 1) + 1
    before = text[line_start:quote[0]].rstrip()
    if before.endswith(":"):
        colon = line_start + len(before) - 1
        speaker = speaker_label(ctx, *trimmed(text, line_start, colon))
        if speaker is not None:
            return Attribution(index, "direct", (colon, colon + 1), ":", [quote], *speaker, quoted=[quote])
    return None


def speaker_label(ctx: Context, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """(span, head token) of a speaker's label: a short phrase with a name or a noun and no verb
    (a name in capitals, as transcripts print it, is a name whatever its tag: "LAVROV")."""
    tokens = [t for t in ctx.doc.char_span(start, end, alignment_mode="expand") or [] if not t.is_punct]
    # a label all in capitals is a transcript's ("LAVROV"); an acronym inside one ("NATO Secretary
    # General Jens Stoltenberg") is no speaker of its own
    capitals = [t for t in tokens if t.is_upper and len(t) > 1] if all(t.is_upper for t in tokens if t.is_alpha) else []
    if not 0 < len(tokens) <= MAX_LABEL_WORDS or any(t.pos_ in ("VERB", "AUX") and t not in capitals for t in tokens):
        return None
    names = capitals or [t for t in tokens if t.pos_ == "PROPN"] or [t for t in tokens if t.pos_ == "NOUN"]
    return ((start, end), names[-1].i) if names else None


LINE_LABEL = re.compile(r"^[ \t]*[\"“‘']?(?P<label>[^\W\d][^:\n]{0,40}?):[ \t]+(?=\S)", re.M)


def line_label_attributions(ctx: Context) -> list[Attribution]:
    """Lines that open with a speaker's label and a colon: a transcript's "PENCE: Well, look, …"
    (direct, as transcripts give the words spoken) or a headline's "Pence: Flowers won't be at the
    debate" (indirect); the content is the rest of the line, with a verb. A quotation after the
    colon is left to ``labelled``; a place ("WASHINGTON: The president…"), page furniture
    ("Photo: …") or a label in lower case is no speaker."""
    lex, text, found = lexicon(), ctx.text, []
    for match in LINE_LABEL.finditer(text):
        label = match.group("label")
        line_end = text.find("\n", match.end())
        start, end = trimmed(text, match.end(), len(text) if line_end < 0 else line_end)
        while end > start and text[end - 1] in QUOTE_MARKS:
            end -= 1
        if text[start] in QUOTE_MARKS or len(text[start:end].split()) < lex.line_label_content_words or \
                len(label.split()) > lex.line_label_words or label.lower() in lex.not_speaker_labels:
            continue
        speaker = speaker_label(ctx, *match.span("label"))
        places = ctx.doc.char_span(*match.span("label"), alignment_mode="expand") or []
        said = ctx.doc.char_span(start, end, alignment_mode="expand") or []
        if speaker is None or not label[0].isupper() or not any(t.pos_ in ("VERB", "AUX") for t in said) or \
                any(t.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL") for t in places):
            continue  # a statement has a verb: "North End: 13 hrs" is a table row
        colon = match.end("label")
        found.append(Attribution(ctx.sentence_of(colon), "direct" if label.isupper() else "indirect",
                                 (colon, colon + 1), ":", [(start, end)], *speaker,
                                 sentence_end=ctx.sentence_of(end - 1)))
    return found


def continued(previous: Attribution | None, ctx: Context, quote: tuple[int, int], index: int) -> Attribution:
    """An unattributed quotation: it keeps the speaker of a quotation that just preceded it."""
    # The previous attribution's kind is settled only later (mark_mostly_quoted), so a quotation
    # attached to a cue ('"…," Lavrov said.') still reads "indirect" here: its quoted share decides.
    adjacent = previous is not None and (previous.kind == "direct" or mostly_quoted(previous)) and \
        ctx.sentence_of(previous.contents[-1][1] - 1) >= index - 1
    if not adjacent:
        return Attribution(index, "direct", None, None, [quote], quoted=[quote])
    return Attribution(index, "direct", previous.cue, previous.cue_lemma, [quote], previous.source,
                       previous.source_head, quoted=[quote], inherited=True)


def direct_attributions(ctx: Context, grouped: list[list], by_cue: dict, lines: list[Attribution]) -> list[Attribution]:
    """Attach every quotation to a cue; returns the quotations' attributions in order. A quotation
    inside a labelled line's content (``lines``) is that line's."""
    result: list[Attribution] = []
    previous = None
    for quote in ctx.quotes:
        if any(overlaps(quote, line.contents[0]) for line in lines):
            continue
        first, last = ctx.sentence_of(quote[0]), ctx.sentence_of(quote[1] - 1)
        tokens = [t for i in range(first, last + 1) for t in grouped[i]]
        cue, where = nearest_cue(ctx, tokens, quote), first
        if cue is None:
            cue, where = neighbour_cue(ctx, grouped, first, last, quote)
        if cue is None:
            attribution = labelled(ctx, quote, first) or continued(previous, ctx, quote, first)
        else:
            attribution = attach_quote(ctx, by_cue, cue, quote, where)
        # The record spans every sentence from its quotation to its cue, whichever comes first:
        # a cue in the next sentence ('"…"\nsaid Umerov.') ends the span rather than starting it.
        attribution.sentence_end = max(attribution.sentence_end or 0, last, attribution.sentence)
        attribution.sentence = min(attribution.sentence, first)
        if attribution not in result:
            result.append(attribution)
        previous = attribution
    return result


def find_attributions(doc) -> list[Attribution]:
    """Every attribution in a parsed document, in text order; raises ``nlp.TimedOut`` past the Doc's deadline."""
    sentences = sentence_spans(doc)
    ctx = Context(doc, sentences, quote_spans(doc_text(doc)), [s for s, _ in sentences])
    grouped = sentence_tokens(ctx)
    by_cue: dict = {}
    # most stories never say "according to": then no sentence's words need reading for it
    according = "according" in ctx.text.lower()
    for index, tokens in enumerate(grouped):
        check_time(doc)
        for attribution in indirect_attributions(ctx, index, tokens) + \
                (according_to_attributions(ctx, index, tokens) if according else []):
            by_cue[attribution.cue] = attribution
    names = quoted_names(ctx, [a for a in by_cue.values() if a.speech])
    lines = line_label_attributions(ctx)
    direct = direct_attributions(ctx, grouped, by_cue, lines)
    for attribution in by_cue.values():
        widen_to_quotes(ctx, attribution)
        mark_mostly_quoted(attribution)
    everything = list({id(a): a for a in list(by_cue.values()) + direct + lines}.values())
    everything = [a for a in everything if a.speech or not reported_by_another(a, everything)]
    for attribution in everything:
        attribution.names = [quote for quote in attribution.quoted if quote in names]
    return sorted(everything, key=lambda a: (a.contents[0][0] if a.contents else 0))


def reported_by_another(attribution: Attribution, others: list[Attribution]) -> bool:
    """A stance or intention inside someone's reported speech ("She said Trump favors a
    'strongman approach'") is part of what was said, not a stance the text attests."""
    cue = attribution.cue
    return cue is not None and any(other.speech and other is not attribution and
                                   any(start <= cue[0] < end for start, end in other.contents) for other in others)


def quoted_names(ctx: Context, statements: list[Attribution]) -> set[tuple[int, int]]:
    """The quotations that are names, terms, titles or scare quotes, not quotes (``fragments``)."""
    said = [content for attribution in statements for content in attribution.contents]
    return {quote for quote in ctx.quotes
            if holds_no_quote(ctx.doc, ctx.text, quote, ctx.sentences[ctx.sentence_of(quote[0])][0],
                              any(overlaps(quote, content) for content in said))}


def mostly_quoted(attribution: Attribution) -> bool:
    """Quotations make up at least half of the attribution's content."""
    covered = sum(min(q[1], c[1]) - max(q[0], c[0]) for q in attribution.quoted for c in attribution.contents
                  if overlaps(q, c))
    total = sum(end - start for start, end in attribution.contents)
    return bool(total) and covered / total >= 0.5


def mark_mostly_quoted(attribution: Attribution) -> None:
    """A reported clause that is mostly a quotation is a direct quote."""
    if mostly_quoted(attribution):
        attribution.kind = "direct"


def widen_to_quotes(ctx: Context, attribution: Attribution) -> None:
    """A reported clause takes in whole every quotation it cuts into (closing mark and
    the punctuation inside it included)."""
    widened = []
    for start, end in attribution.contents:
        for quote in ctx.quotes:
            if overlaps(quote, (start, end)):
                start, end = min(start, quote[0]), max(end, quote[1])
                if quote not in attribution.quoted:
                    attribution.quoted.append(quote)
        widened.append((start, end))
    attribution.contents = widened

