"""Per-sentence event coder: triggers, actors from the mentions, status, place, date."""

from __future__ import annotations

import dataclasses
import datetime
import itertools
from bisect import bisect_left
from functools import lru_cache

from newsledger.actors.coref import relation_of, words as coref_words
from newsledger.actors.countries import named_countries
from newsledger.actors.normalise import normalise
from newsledger.actors.registry import load_registry
from newsledger.frames import frame, predicate_of
from newsledger.frames.commitment import (announced_event, continuing_present, halting_word, hedging_clause,
                                          object_signature, outcome_of, provided_for, signatures, taken_step,
                                          undoing_conjunct)
from newsledger.frames.memo import children_of, one_document, per_document, per_token
from newsledger.frames.predicates import (DIRECT, apposed_judgement, argument_words, document_clause, event_noun, infinitive,
                                          prep_objects, tells_happening)
from newsledger.nlp import check_time, doc_text
from newsledger.places import geocode, locate
from newsledger.records import Actor, Event
from newsledger.timex.anchoring import begins_after, event_date, free_participle, future_tense
from newsledger.timex.calendar import period

from .patterns import default_patterns, load_codebook, load_roles, load_senses, military_equipment
from .sense import answered_acts, codable_tokens, continued_act, lemma_positions, noun_code as _noun_code, refused_by_negation, trigger_code as _trigger_code, verbal as _verbal
from .status import governors, lexicon, predicted, rule_commitment, status_modifier, volitional


def code(doc, mentions, actors, timexes, published: datetime.date | None, corrections: tuple = (),
         home: str | None = None) -> list:
    """Events of a parsed doc, one per (trigger, source, target). ``corrections`` are the ledger's actor
    corrections: a side the coder describes ("protesters in Ankara" -> TURCVL) follows their merges, as the
    resolver's mentions do. ``home``: ISO3 of the story's dateline place (``places.dateline_country``), the
    country of an unnamed group the sentence places nowhere ("LIMA - Police clashed with protesters"), unless the
    story names another country more often than it, counting the dateline once (a bureau's story about a
    neighbour: "BANGKOK - ... in Myanmar"). Raises
    ``nlp.TimedOut`` past the Doc's deadline."""
    with one_document(doc):  # the rules ask of a token what an earlier rule asked: answered once
        return _code(doc, mentions, actors, timexes, published, corrections, home)


def _code(doc, mentions, actors, timexes, published, corrections, home) -> list:
    events, seen = [], set()
    registry = load_registry(corrections=corrections)
    if home is not None:  # a regional bureau's story ("BANGKOK - ... in Myanmar's Shan state") is not the bureau's
        counts = named_countries(doc, mentions, actors, registry)
        home = None if any(n > counts[home] + 1 for iso, n in counts.items() if iso != home) else home
    canonical = registry.canonical
    codable = codable_tokens(doc)  # the only tokens _trigger_code may code
    for sent_index, sent in enumerate(content_sentences(doc)):
        check_time(doc)  # raises nlp.TimedOut past the Doc's deadline
        for i in codable[bisect_left(codable, sent.start):bisect_left(codable, sent.end)]:
            token = doc[i]
            cameo, specific = _trigger_code(token)
            told = _kept_told_threat(token, mentions)  # "said it would strike if X ...", "said X will pay": the statement is the threat
            if told is not None:
                cameo, specific = told[0], True
            elif cameo is None or _subsumed(token):
                continue
            content = _told_threat_content(token, mentions)
            if content in ("retribution", "casus_belli") or content == "conditional" and _unnamed_response(token):
                continue  # the threat is the speaker's statement: "X will pay", "would retaliate" name no act of their own
            holder = _status_holder(token, timexes, published)
            found = rule_commitment(holder)  # the status through the embedding chain, and whose it is
            if found.embedded_by == "request":
                continue  # "urged both sides to resolve the dispute": the appeal is the act; what it asks for is none yet
            if provided_for(token):
                continue  # "the treaty allows their troops to train": what a document provides for is no one's act yet
            cameo = _threat_of_act(token) or cameo  # "threatened to strike X": 138, "pledged to send aid": 030, one event
            attack = _attack_of_adjunct(token, cameo)
            if attack is not None:  # "shelled Kyiv, killing three civilians": the attack's code, on the place's people
                cameo = _trigger_code(attack)[0]
            roles = _roles(token, mentions, cameo)
            if told is not None:  # aimed at whom the speaker addresses ("warned X that"), else at whom the clause names
                statement = load_senses()["told_threats"]["statement"]  # the verb's addressees as a statement's, none reported
                roles.targets = _roles(token, mentions, statement).targets or _told_threat_targets(token, mentions)
            subjects = roles.frame.of("subject")
            if cameo[:2] in load_roles()["addressee_roots"] and (
                    not roles.direct_source and any(a.rule == "nsubj" for a in subjects)  # "X is likely to ..., analysts say"
                    or any(relation_of(a.head) for a in subjects)):  # "..., his editor said": not the possessor
                roles.sources = []  # a speaker no actor names is none of the actors the sentence names
            if not roles.sources and token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)) \
                    and not any(a.tier == DIRECT for a in subjects):  # "... and Washington released": a subject of its own
                # "a package that bans X and blacklists Y": the subjectless conjunct's doer is its head's, as coded
                roles.sources = _unique(e.source for e in events if e.trigger_start == token.head.idx and e.source)
            destination = _invitees_destination(token, roles.frame, mentions)
            roles.targets = [a for a in roles.targets if a not in destination]
            if _meeting_of_others(token):  # "Kenya hosted talks between A and B": A and B meet, Kenya hosts
                roles.sources = []
            if cameo == load_senses()["hosting"]["cameo"] and not roles.targets:  # "hosted a visit by Putin": the visitor
                roles.targets = _hosted_visitors(token, mentions)
            if attack is not None and not roles.places:
                roles.places = [iso for iso in [_one_country(_roles(attack, mentions, cameo).targets, actors)] if iso]
            if not roles.sources and _speakerless_frame(token):
                continue  # "it has been claimed that ...": a frame without a speaker is no event
            cameo = _reported_demand(token, cameo, roles)
            dates = _clause_dates(holder, timexes)  # read once for the three date rules below
            future = _future_timex(dates, published)
            status, cues = _status(token, holder, found, future)
            if status == "negated" and _force_ruled_out(token):  # "has not ruled out the use of force": a threat made
                cameo, status = load_senses()["force_not_ruled_out"]["cameo"], "occurred" if found.holder == "author" else "claimed"
            if (halted := _halted_attack(holder, cameo, status)) is not None:
                cameo, (status, cues) = load_roles()["halted_attack_code"], halted  # "stopped shelling the town"
            plan = future is not None or _deadline(dates) or _authors_plan(cameo, found) or _dated_future(holder, dates)
            # "vowed not to attack", "agreed to stop attacking" (a "not" inside the plan, or the act planned to be stopped)
            halting = halting_word(holder) if status == "planned" else None
            intends_not = status == "planned" and (found.polarity == "-") != (halting is not None)
            if intends_not and halting is not None:
                cues.append(halting.text)
            act_code = cameo  # the act's own code: whether its doers act on each other, whatever stance is taken on it
            if content == "conditional" or status == "hypothetical" and _nonspecific(token):
                pass  # the act threatened on a condition, or any act of a kind ("any visit"): itself, hypothetical
            elif roles.sources or roles.frame is None or any(a.head.pos_ != "ADJ" for a in roles.frame.of("subject")):
                # a stance needs a doer who takes it: "an attack on its vessels would invoke the treaty" is no one's threat
                cameo, status = stance_code(cameo, status, holder, plan, intends_not=intends_not)
            cameo = _protest_by_state(cameo, roles, actors)  # "China protested the sale": no demonstration
            cameo = _unspecified_threat(token, cameo)  # "threatened to retaliate": 130, no threat of force
            cameo = _concerns_to_no_one(token, cameo)  # "raised concerns about X": 012, no consultation
            cameo = _third_party_intent(token, cameo)  # "will host talks between A and B": 039, no side of them
            if cameo[:2] == "13" and not roles.targets:  # "threatened to strike unless Israel rescinded ..."
                roles.targets = _answered_doers(token, mentions) \
                    or [a for arg in roles.frame.of("condition") for a in phrase_actors(arg.head, mentions)]
            _describe_unnamed_sides(token, roles, cameo, mentions, actors, home)
            if (group := _described_group(roles, events, sent_index)):
                roles.targets = group  # "The EU urged both sides to show restraint": the two that fought, no mediator
            if not roles.targets and _listed(cameo, load_roles()["judging_roots"]):
                # "condemned the veto": whoever vetoed; "denied the accusation": whoever accused
                roles.targets = _doers_of_summarised_act(token, mentions) \
                    or _doers_of_referred_act(token, events, sent_index, mentions, roles.sources) \
                    or _speakers_of_referred_statement(token, events, sent_index, mentions, roles.sources)
            if not roles.targets and _answers_attack(token):  # "X attacked first and its units returned fire": X
                roles.targets = _last_attackers(events, sent_index, roles.sources)
            if not roles.sources and token.dep_ == "acl" and token.tag_ == "VBG":
                continue  # "a statement condemning China" by no one named: the noun's act, by no known actor
            referent = _referred_event(token, events, sent_index, mentions)  # "The visit, Putin said, could ..."
            told = [e for e in events if e.trigger_start == referent.trigger_start] if referent is not None else []
            if told and not _cancel_verb(predicate_of(token)):  # the event told again: as it was told
                for event in told:
                    if (token.i, event.source, event.target) not in seen:
                        seen.add((token.i, event.source, event.target))
                        events.append(_retold(event, token, sent_index))
                continue
            pairs = [(e.source, e.target) for e in told] or _actor_pairs(token, roles, cameo, actors, act_code)
            for source, target in pairs:
                source, target = (canonical(a) if a else a for a in (source, target))
                key = (token.i, source, target)
                if cameo[:2] in load_roles()["addressee_roots"]:  # "said ..., adding ...": one statement a speaker;
                    key = ("statement", sent_index, source, target, cameo)  # "said ... but warned ...": a warning besides
                if key not in seen:
                    seen.add(key)
                    events.append(_event(token, cameo, (status, cues), (source, target), sent_index, timexes,
                                         published, _confidence(specific, roles), roles.described, _dated_as(status, found)))
                    events[-1].commitment = found.holder  # the author, or the source that reports it
                    if told:
                        events[-1].why += f"; sides of {referent.trigger!r} in sentence {referent.sentence}, which it refers to"
    _dated_ahead_elsewhere(doc, events)
    for event in events:  # a country found through a place name ("in Amman") joins the article's actors
        for actor_id in (event.source, event.target):
            if actor_id and actor_id not in actors:
                actor = registry.actors.get(actor_id) or _described_actor(actor_id)
                if actor is not None:
                    actors[actor_id] = actor
    locate(events, doc, mentions, actors)
    return events


def _invitees_destination(verb, found, mentions) -> list:
    """The place a person is invited to ("invited Melia to Brussels": Belgium), which is no addressee of the
    invitation (roles.yaml invitation_verbs); [] when there is no invited object."""
    if verb.lemma_.lower() not in load_roles()["invitation_verbs"] or not any(a.rule == "dobj" for a in found.of("target")):
        return []
    places = load_roles()["place_entities"]
    return [a for arg in found.of("target") if arg.rule != "dobj" and arg.head.ent_type_ in places
            for a in _target_actors(arg.head, mentions)]


def _protest_by_state(cameo: str, roles, actors) -> str:
    """A protest by states, governments or international bodies only ("China protested the sale",
    "summoned the US ambassador to protest") is a diplomatic protest, coded as PETRARCH2 codes "lodge
    a protest" (roles.yaml official_protest); CAMEO's 14 Protest is civilians' collective action, and a
    people named by its plural ("ethnic Turks protested") is no state, whatever actor it resolves to.
    So a blockade by a state's forces is one it imposes (roles.yaml state_blockade: "troops blocked the road")."""
    rules = [rule for rule in (load_roles()["official_protest"], load_roles()["state_blockade"]) if cameo in rule["codes"]]
    if not rules or not roles.sources or any(a.head.ent_type_ == "NORP" for a in roles.frame.of("subject")):
        return cameo
    registry = load_registry()
    types = {getattr(actors.get(s) or registry.actors.get(s), "actor_type", None) for s in roles.sources}
    return next((rule["cameo"] for rule in rules if types <= set(rule["actor_types"])), cameo)


def _dated_ahead_elsewhere(doc, events: list) -> None:
    """A headline's or lede's present simple used of the near future ("X travels to Moscow to see Y") with
    no date of its own is the act that another sentence of the text dates ahead ("X is coming to Moscow
    next week"): planned, on that date (Quirk et al. 1985, 4.21: the simple present of a scheduled future).
    The same act is one with the same CAMEO code and sides, told as planned. A habitual present ("usually
    visits Paris", status_lexicon.yaml habitual_words) tells no single act and is left as it is. Edits
    ``events`` in place."""
    ahead = {(e.cameo, e.source, e.target): e for e in events if e.status == "planned" and e.date}
    for index, event in enumerate(events):
        later = ahead.get((event.cameo, event.source, event.target))
        if later is None or event.status != "occurred" or event.date_rule not in (None, "publication date"):
            continue
        span = doc.char_span(event.trigger_start, event.trigger_end)
        if span is not None and _simple_present(span.root):
            events[index] = dataclasses.replace(
                event, status="planned", date=later.date, date_end=later.date_end, time_text=later.time_text,
                date_rule="same act dated ahead", why=f"{event.why}; present simple of the act that sentence {later.sentence} dates ahead")


def _simple_present(verb) -> bool:
    """Whether ``verb`` is a finite present-simple verb without an auxiliary and not habitual."""
    habitual = set(lexicon()["habitual_words"])
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in children_of(verb)) \
        and not any(w.lower_ in habitual for c in children_of(verb) if c.dep_ in ("advmod", "npadvmod") for w in c.subtree)


def _referred_event(token, events: list, sent_index: int, mentions):
    """The event a definite event noun that is its clause's subject and whose phrase names no actor
    refers back to ("The visit, Putin said, could ...", "the visit is not expected to be a turning
    point"): the last event coded in the
    sentences just before (roles.yaml referring_nouns) whose trigger is of the noun's kind (the same
    CAMEO root, read off the trigger word itself, before any stance coding: "invited Xi to visit
    Russia" is a visit). Bridging anaphora: the noun's missing arguments are that event's actors
    (Gerber and Chai 2010, implicit arguments of nominal predicates), not actors of the clause it is
    the subject of ("could demonstrate the strength of Russian-Chinese relations"); its code, status
    and date are that event's too, since what the clause says of the noun ("could demonstrate ...",
    "is not expected to be a turning point") is no word on whether it happens, unless the clause
    calls it off ("the visit was cancelled"). None when there is none."""
    if token.pos_ != "NOUN" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    root = (_trigger_code(token)[0] or "")[:2]
    back = load_roles()["referring_nouns"]["sentences_back"]
    return next((event for event, trigger in _earlier_events(token, events, sent_index, mentions, back)
                 if (_trigger_code(trigger)[0] or "")[:2] == root), None)


def _doers_of_referred_act(verb, events: list, sent_index: int, mentions, sources: list) -> list:
    """Sources of the act a judgement's definite object noun names without naming its doer ("Russia vetoed
    the draft. ... Lammy condemned the veto"; the stimulus of a passive judgement, "was disappointed by the move"):
    the last event coded in the few sentences before (roles.yaml judging_sentences_back; the determiners of
    referring_nouns) whose trigger is the noun's verb (the same lemma, or data/sense.yaml nominalizations: "the
    withdrawal" -> "withdrew", or a verb of its kind, roles.yaml referring_kin: "the launch" -> "test-fired"), or whose
    trigger's object is the noun, when it names an act, or one of its family ("signed a pact ... condemned the deal",
    "lodged a protest ... rejected the protest"; arguments.yaml event_nouns, roles.yaml referring_families); for a
    noun that names any act, roles.yaml general_act_nouns, "condemned the move", the last act done (no statement, nor a state or habit told in the
    present: "continues to fund") one sentence back. The act is one the author tells as done or reports with no
    other side's version of it ("X said Y attacked first" against "Y said X attacked": no agreed doer). When its doer
    is the judge's own side ("Kenya signed a pact with Uganda ... Kenya praised the deal"), its target is the one
    judged. Bridging anaphora, as `_referred_event`; [] when there is none."""
    roles = load_roles()
    verbs, back, general = load_senses()["nominalizations"], roles["judging_sentences_back"], roles["general_act_nouns"]
    ours = {_country_of(s) for s in sources}
    for noun in _judged_nouns(verb):
        lemma = verbs.get(noun.lemma_.lower(), noun.lemma_.lower())
        kin = {lemma, noun.lemma_.lower(), *roles["referring_kin"].get(noun.lemma_.lower(), ()),
               *(w for family in roles["referring_families"] if noun.lemma_.lower() in family for w in family)}
        any_act = lemma in general  # "condemned the move": the last act told, whatever its verb, one sentence back
        made = event_noun(noun) or any(noun.lemma_.lower() in family for family in roles["referring_families"])
        found = [event for event, trigger in _earlier_events(noun, events, sent_index, mentions, 1 if any_act else back)
                 if event.source and event.status in ("occurred", "claimed") and (
                     _told_done(trigger) and event.cameo[:2] not in roles["addressee_roots"] if any_act
                     else _act_of_kin(trigger, kin, made))]
        if not found or found[0].status == "claimed" and len({_country_of(e.source) for e in found}) > 1:
            continue  # a disputed act has no agreed doer
        told = [e for e in events if e.trigger_start == found[0].trigger_start]
        if _country_of(found[0].source) in ours:  # its own act: the judgement is of the other side in it
            return _unique(e.target for e in told if e.target and _country_of(e.target) not in ours)
        return _unique(e.source for e in told if e.source)
    return []


def _act_of_kin(trigger, kin: set, made: bool) -> bool:
    """Whether an earlier trigger is the act a judged noun names: its verb is of the noun's kin, or, when the noun
    names an act (``made``), its object is of the kin where the thing was made, not judged."""
    return trigger.lemma_.lower() in kin or made and any(
        c.dep_ == "dobj" and c.lemma_.lower() in kin and not _referring(c) for c in children_of(trigger))


def _referring(noun) -> bool:
    """Whether a noun refers back by its determiner ("the deal", "this move"): where a thing is judged ("called the
    agreement a violation"), not where it is made ("signed a pact", "lodged its protest")."""
    return any(c.dep_ == "det" and c.lower_ in load_roles()["referring_nouns"]["determiners"] for c in children_of(noun))


def _told_done(trigger) -> bool:
    """Whether an act is told as a single act done: a noun, or a verb in the past or perfect ("closed", "has closed",
    "decided to close"), not a state or habit in the present ("does not recognise it and continues to fund")."""
    verb = predicate_of(trigger)
    if verb.pos_ == "NOUN":
        return True
    while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
        verb = verb.head
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_ == "have") for c in children_of(verb))


def _judged_nouns(verb) -> list:
    """The nouns a judgement verb judges: its object, or the by-phrase of a passive one ("was disappointed by")."""
    return [c for c in children_of(verb) if c.dep_ == "dobj" and c.pos_ == "NOUN"] + [
        g for c in children_of(verb) if c.dep_ == "agent" for g in children_of(c) if g.dep_ == "pobj" and g.pos_ == "NOUN"]


def _doers_of_summarised_act(verb, mentions) -> list:
    """Doers of the act a clause tells, judged in a relative clause on a noun that names any act (roles.yaml
    general_act_nouns) set beside that clause ("appointed a governor, a move Guyana called illegal", "deployed troops,
    a step Baku described as provocative"): the subjects of the verb the noun hangs on; [] when there is none."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in load_roles()["general_act_nouns"]:
        return []
    act = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return [] if act is None else _unique(
        actor for arg in frame(act).of("subject") for actor in phrase_actors(arg.head, mentions, acting=True))


def _speakers_of_referred_statement(verb, events: list, sent_index: int, mentions, sources: list) -> list:
    """Sources of the statement or accusation a judgement's definite object noun of speech refers back to ("The
    Philippines accused China of ramming a boat. China rejected the account"; "Azerbaijan said Armenian forces fired
    ... Armenia denied the claim"): the last event of roles.yaml speech_nouns roots told earlier in this sentence (not
    one that reports the judgement: "X said Y denied the claim") or in the sentences just before, by a side of another
    country than the judgement's own; for a noun apposed to a clause ("blamed X for the attack, a charge X denied":
    frames.predicates.apposed_judgement), that clause's. Bridging anaphora, as `_doers_of_referred_act`; [] when there is none."""
    rule = load_roles()["speech_nouns"]
    ours = {_country_of(s) for s in sources}
    judged = apposed_judgement(verb)
    if judged is not None and judged[0].lemma_.lower() in rule["nouns"]:  # "accused X of Y, a charge X denied": the accuser
        return _unique(e.source for e in events if e.trigger_start == judged[1].idx and e.source and e.cameo[:2] in rule["roots"]
                       and _country_of(e.source) not in ours)
    for noun in (c for c in children_of(verb) if c.dep_ == "dobj" and c.lemma_.lower() in rule["nouns"]):
        reporting = {t.idx for t in verb.ancestors}
        for event, trigger in _earlier_events(noun, events, sent_index, mentions, rule["sentences_back"], same=True):
            if event.source and event.status == "occurred" and event.cameo[:2] in rule["roots"] \
                    and trigger.idx not in reporting and _country_of(event.source) not in ours:
                return [event.source]
    return []


def _described_group(roles, events: list, sent_index: int) -> list:
    """The sides the document most puts in contact, where the act's target is a group described by its number ("both
    sides", "the two neighbours", "the three capitals"; roles.yaml group_descriptions) rather than named: the pair
    (or trio) of countries, none of them the act's source's, whose actors are source and target of the most events
    told in the sentences before, each weighed by its kind (a conflict counts more than a meeting a mediator holds
    with one side) and by how recent it is; each country as the actor that stands for it most often there. [] when
    the target is no such group or too few countries were put in contact with each other. Cheap: one pass over the
    events."""
    rule = load_roles()["group_descriptions"]
    size = next((rule["openers"][c.lower_] for a in roles.frame.of("target") if a.head.lower_ in rule["nouns"]
                 for c in children_of(a.head) if c.lower_ in rule["openers"]), 0) if roles.frame is not None else 0
    if not size:
        return []
    ours = {_country_of(s) for s in roles.sources}
    weights, names, seen = {}, {}, set()
    for event in events:
        sides = (_country_of(event.source), _country_of(event.target)) if event.source and event.target else ()
        if event.sentence >= sent_index or len(set(sides)) != 2 or set(sides) & ours \
                or (event.trigger_start, frozenset(sides)) in seen:  # a meeting coded both ways is one contact
            continue
        seen.add((event.trigger_start, frozenset(sides)))
        weight = (rule["conflict_weight"] if event.cameo[:2] in rule["conflict_roots"] else 1) \
            / (1 + (sent_index - event.sentence) / rule["recency_sentences"])
        weights[frozenset(sides)] = weights.get(frozenset(sides), 0) + weight
        for actor_id, country in zip((event.source, event.target), sides):
            names.setdefault(country, {})[actor_id] = names.get(country, {}).get(actor_id, 0) + 1
    groups = [g for g in itertools.combinations(sorted(names), size)  # each in contact with each other
              if all(frozenset(p) in weights for p in itertools.combinations(g, 2))]
    if not groups:
        return []
    best = max(groups, key=lambda g: sum(weights[frozenset(p)] for p in itertools.combinations(g, 2)))
    return [max(names[c], key=lambda a: (names[c][a], a == c)) for c in best]  # the state itself on a tie


def _earlier_events(noun, events: list, sent_index: int, mentions, back: int, same: bool = False):
    """(event, trigger's root token) of the events coded in the `back` sentences before ``sent_index``, last
    first, that a definite noun whose phrase names no actor may refer back to (roles.yaml referring_nouns
    determiners: "the visit", "this withdrawal"); nothing when the noun has no such determiner or its phrase
    names a side of its own ("the Saudi visit", "the visit of the Kenyan president") or a word that makes it
    another one ("the next summit", "a new round": referring_nouns other_words). With ``same``, the events coded
    earlier in the noun's own sentence come first."""
    rule = load_roles()["referring_nouns"]
    if not any(c.dep_ == "det" and c.lower_ in rule["determiners"] for c in children_of(noun)) \
            or any(c.dep_ == "amod" and c.lower_ in rule["other_words"] for c in children_of(noun)):
        return
    start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    if any(start <= m.start < end for m in mentions):
        return
    for event in reversed(events):
        if event.sentence < sent_index - back:
            return
        trigger = noun.doc.char_span(event.trigger_start, event.trigger_end, alignment_mode="expand")
        if (event.sentence < sent_index or same and event.trigger_start < noun.idx) and trigger is not None:
            yield event, trigger.root


def _answers_attack(verb) -> bool:
    """Whether a verb with its object answers an attack ("returned fire"; roles.yaml answering_acts)."""
    objects = load_roles()["answering_acts"].get(verb.lemma_.lower(), ())
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in children_of(verb))


def _last_attackers(events: list, sent_index: int, sources: list) -> list:
    """Sources, other than ``sources``, of the last attack coded in this sentence or the one before."""
    roots = load_roles()["unnamed_sides"]["attack_roots"]
    for event in reversed(events):
        if event.sentence < sent_index - 1:
            break
        if event.cameo[:2] in roots and event.source and event.source not in sources:
            return [event.source]
    return []


def _retold(event, noun, sent_index: int):
    """A record of `event` for a noun that refers back to it: its code, status, sides and date, at the noun."""
    return dataclasses.replace(event, sentence=sent_index, trigger=noun.text, trigger_start=noun.idx,
                               trigger_end=noun.idx + len(noun), date_rule="referred event",
                               why=f"trigger={noun.text}; refers to {event.trigger!r} in sentence {event.sentence}: {event.why}")


def _attack_of_adjunct(token, cameo: str):
    """The attack a participial adjunct of harm reports the outcome of ("shelled Kyiv overnight,
    killing three civilians", "bombed the town, wounding dozens"), or None. The deaths are the
    attack's, coded as it is (CAMEO 1.1b3: 190 use conventional military force, 18x assault);
    202 mass killings is for deliberate slaughter, not the toll of a strike."""
    attack_roots = load_roles()["unnamed_sides"]["attack_roots"]
    if token.dep_ != "advcl" or token.tag_ != "VBG" or cameo[:2] not in attack_roots or token.head.i == token.i:
        return None
    # "accused Russia of shelling Kharkiv, killing five": the outcome of the act reported, not of the report
    head = outcome_of(token) or token.head
    head_code = _trigger_code(head)[0]
    return head if head_code is not None and head_code[:2] in attack_roots else None


def _force_ruled_out(verb) -> bool:
    """Whether ``verb`` is "rule out" with force as its object ("ruled out the use of force", "military action";
    sense.yaml force_not_ruled_out): negated, it is a threat."""
    if verb.lemma_.lower() != "rule" or not any(c.dep_ == "prt" and c.lower_ == "out" for c in children_of(verb)):
        return False
    words = set(load_senses()["force_not_ruled_out"]["objects"])
    for obj in (c for c in children_of(verb) if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        names = {lemma, *(f"{m.lower_} {lemma}" for m in children_of(obj) if m.dep_ in ("amod", "compound")),
                 *(f"{lemma} of {p.lower_}" for q in children_of(obj) if q.dep_ == "prep" and q.lower_ == "of"
                   for p in children_of(q) if p.dep_ == "pobj")}
        if names & words:
            return True
    return False


def _halted_attack(holder, cameo: str, status: str) -> tuple[str, list] | None:
    """(status, cues) of the verb that stops an attack (roles.yaml ``attack_roots``) the sentence tells as stopped,
    its act negated by that verb alone ("the army stopped shelling the town", "Hezbollah said it had ceased attacks
    on Israel", "halted firing rockets"): CAMEO codes the stopping, a de-escalation (roles.yaml ``halted_attack_code``),
    as it codes "stopped attacks", in the verb's status. None where the stopping is not told as done ("agreed to
    stop attacking", "did not stop shelling") or the act is no attack."""
    if status != "negated" or cameo[:2] not in load_roles()["unnamed_sides"]["attack_roots"]:
        return None
    halt = halting_word(holder)
    if halt is None:
        return None
    stopped = rule_commitment(halt)
    return (stopped.status, [halt.text, *stopped.cues]) if stopped.status in ("occurred", "ongoing", "claimed") else None


def _authors_plan(cameo: str, found) -> bool:
    """ "X will send military aid to Y": aid the author says an actor will give is that aid,
    planned, not an intent the actor voiced (roles.yaml planned_act_roots; a meeting the author
    says will happen, "X will meet Y", stays CAMEO's intent to meet, as the PLOVER data code it)."""
    return cameo[:2] in load_roles()["planned_act_roots"] and found.holder == "author" and found.basis.startswith("modal")


def _describe_unnamed_sides(token, roles, cameo: str, mentions, actors, home: str | None = None) -> None:
    """Sides the sentence describes without naming them, as CAMEO codes them: an unnamed group
    ("arresting 12 demonstrators", "police fired") belongs to the country where the act took place,
    else to the other side's country (an act within one country); an attack by no one named
    ("a car bomb killed", "were killed by a roadside bomb") is by unidentified armed forces (UAF)
    of the place, and an arrest or sentence by no one named ("was arrested in Moscow") by that
    state's authorities (roles.yaml legal_codes). A group with none of these is of the story's ``home``, its
    dateline's country (a wire dateline is where the reporter found the story). The event's why says which side was
    described, not named."""
    rules = load_roles()["unnamed_sides"]
    predicate = predicate_of(token)
    if cameo[:2] in rules["statement_roots"]:
        if not roles.sources:
            _describe_speaker(roles, mentions, actors)
        return
    if roles.sources and roles.targets:
        return
    # a meeting's venue is where its parties came to ("the two leaders met in Paris"): no party's country
    venue = cameo[:2] in rules["meeting_roots"]
    clause_place = None if venue else _one_country(_clause_places(predicate, mentions)[:1], actors)
    place = None if venue else _one_country(roles.places[:1], actors) or clause_place
    attack = cameo[:2] in rules["attack_roots"]
    if not roles.targets and cameo[:2] not in load_roles()["aid_roots"]:  # "send tanks": what is given, no recipient
        objects = _own_arguments(roles, "target", ("dobj", "passive subject"))
        if not attack:  # "bought tanks", "leased jets": equipment is a side only as what an attack hits
            objects = [o for o in objects if o.lemma_.lower() not in rules["equipment_nouns"]]
        sector = _unnamed_group(objects, counts_people=cameo[:2] in rules["people_count_roots"])
        # "refugees from Myanmar", "deported migrants from Pakistan" (the parser hangs "from" on either): people are
        # their origin's, wherever the act happens; a source's own country is where they are taken from, no origin
        origin = _one_country([a for o in [*objects, predicate] for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "from"
                               for obj in prep_objects(p) for a in _place_of(obj, mentions, load_roles())][:1], actors)
        if origin is not None and origin == _one_country(roles.sources, actors):
            origin = None
        # officials from or at a foreign mission are its state's ("expelled a diplomat from the Ukrainian embassy",
        # "a diplomat working at the Belarusian embassy")
        mission = None
        if sector in rules["official_sectors"]:
            holders = [*objects, *(c for o in objects for c in children_of(o) if c.dep_ == "acl"), predicate]
            mission = _one_country([a for o in holders for p in children_of(o) if p.dep_ == "prep" and p.lower_ in rules[
                "mission_preps"] for obj in prep_objects(p) for a in _mission_states(obj, mentions)][:1], actors)
        # victims of an attack are no sign of the attacker's country; those of an arrest are
        iso = mission or origin or place or (None if attack else _one_country(roles.sources, actors)) or home
        if _foreign_target(cameo, sector) and iso == _one_country(roles.sources, actors):
            iso = None  # "expelled a diplomat", "backs the rebels": not the doer's own, and no other country said
        if sector and iso:
            roles.describe("targets", f"{iso}{sector}")
    if not roles.sources:
        subjects = _own_arguments(roles, "subject", ("nsubj", "passive by-agent"))
        sector = _unnamed_group(subjects)
        # "the minister travelled to Lebanon": the destination is neither the traveller's place nor a side of theirs
        travel = venue or token.lemma_.lower() in load_roles()["travel_verbs"]
        place = (None if travel else place) or _one_country([a for s in subjects for a in _phrase_place(s, mentions)][:1], actors)
        # people at a foreign mission are the host country's, not the mission state's; a group the text
        # qualifies by a people or a name the registry gives no state ("Kurdish officials", "Baloch
        # leaders") is that people's, not the other side's country
        iso = place or (None if travel or roles.at_mission or any(map(_named_qualifier, subjects))
                        else _one_country(roles.targets, actors) or home)
        if sector and iso:
            roles.describe("sources", f"{iso}{sector}")
        elif place and attack and (_passive(predicate) if not subjects else all(
                s.lemma_.lower() in rules["attack_nouns"] or s.lower_ in rules["attack_nouns"] for s in subjects)):
            roles.describe("sources", f"{place}{rules['attacker_sector']}")
        elif place and cameo[:3] in rules["legal_codes"] and not subjects and _passive(predicate):
            roles.describe("sources", f"{place}{rules['legal_sector']}")  # "was arrested in Moscow": by Russia's authorities
    iso = _one_country(roles.sources, actors)
    if roles.targets:
        return
    if iso and cameo[:2] in rules["against_government_roots"] and place in (None, iso) and f"{iso}GOV" not in roles.sources:
        roles.describe("targets", f"{iso}GOV")  # a protest at home naming no target
    elif roles.places:
        return
    elif iso and cameo.startswith(tuple(rules["domestic_codes"])) and not any(
            map(_named_or_aimed_at, roles.frame.of("target"))):  # "imposed a curfew", "threatened martial law";
        # a place the text names ("threatened to annex the Essequibo region") or a thing an act is aimed at is no people
        roles.describe("targets", f"{place or iso}{rules['people_sector']}")
    elif clause_place:  # "threatened to institute a curfew in Algiers": where the act would fall
        roles.places = [clause_place]


def _foreign_target(cameo: str, sector: str | None) -> bool:
    """Whether an act's unnamed target of ``sector`` is never of the doer's own country (roles.yaml
    unnamed_sides foreign_codes, foreign_sectors): "expelled two diplomats", "is arming the militia"."""
    rules = load_roles()["unnamed_sides"]
    return cameo.startswith(tuple(rules["foreign_codes"])) or cameo[:2] in rules["foreign_sectors"].get(sector, ())


def _named_or_aimed_at(argument) -> bool:
    """ "Essequibo", "the Essequibo region": an argument named by a proper noun, at its head or as its compound; or
    what an act is aimed at ("fired water cannon at the boat"): a thing the text names, no people of the doer's."""
    head = argument.head
    return head.pos_ == "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children_of(head)) \
        or argument.rule in ("at X", "against X") and _unnamed_group([head]) is None


def _describe_speaker(roles, mentions, actors) -> None:
    """An unnamed official speaker ("officials in Seoul said") is the government of the country
    its phrase gives. Where none is given ("a senior official said", "the defence minister said")
    or the speaker is no official ("traders said"), the statement has no side to record, so no
    event: who speaks is no guess to make, and a statement by no one to no one says nothing."""
    rules = load_roles()["unnamed_sides"]
    subjects = _own_arguments(roles, "subject", ("nsubj",))
    sector = _unnamed_group(subjects) or next((rules["speaker_groups"][s.lemma_.lower()] for s in subjects
                                               if s.lemma_.lower() in rules["speaker_groups"]), None)
    if sector not in rules["official_sectors"]:
        return
    iso = _one_country([a for s in subjects for a in _phrase_place(s, mentions)][:1], actors)
    if iso:
        roles.describe("sources", f"{iso}{sector}")


def _phrase_place(noun, mentions) -> list:
    """The place inside a noun phrase: "a bombing near Samarra", "students throughout Indonesia",
    "thousands of students in Jakarta", "efforts between militias in Tripoli"."""
    roles = load_roles()
    return [a for n in _with_prep_objects(noun) for prep in children_of(n) if prep.dep_ == "prep" and prep.lower_ in argument_words()["place_preps"]
            for obj in prep_objects(prep) for a in _place_of(obj, mentions, roles)]


def _with_prep_objects(noun) -> list:
    """The noun and the objects of its prepositions ("visit to Kyiv", "students throughout Indonesia")."""
    return [noun] + [o for p in children_of(noun) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"]


def _clause_places(predicate, mentions) -> list:
    """Places of the clauses that tell how the act happened ("killed 23 people when they blew
    themselves up in Tel Aviv"), else of what it acts on ("suspended aid deliveries in Baghdad",
    "threatened to institute a curfew in Algiers")."""
    roles = load_roles()
    clauses = [c for c in children_of(predicate) if c.dep_ in ("advcl", "conj", "xcomp")]
    found = [a for clause in clauses for prep in children_of(clause) if prep.dep_ == "prep" and prep.lower_ in argument_words()["place_preps"]
             for obj in prep_objects(prep) for a in _place_of(obj, mentions, roles)]
    return found or [a for verb in [predicate] + [c for c in clauses if c.dep_ == "xcomp"]
                     for obj in children_of(verb) if obj.dep_ == "dobj" for a in _phrase_place(obj, mentions)]


def _named_qualifier(noun) -> bool:
    """Whether a noun is qualified by a nationality, a people or a name ("Kurdish officials", "Baloch
    leaders", "Tamil officials"): a modifier the parser tags as a proper noun or a NORP or GPE entity."""
    return any(m.dep_ in ("amod", "compound") and (m.pos_ == "PROPN" or m.ent_type_ in ("NORP", "GPE"))
               for m in children_of(noun))


def _passive(predicate) -> bool:
    """ "were killed in ...": a passive whose doer the sentence leaves out."""
    return any(c.dep_ == "auxpass" for c in children_of(predicate))


def _own_arguments(roles, role: str, rules) -> list:
    """Head tokens of the trigger's own arguments of a role found by the given frame rules
    ("nsubj", "dobj", "passive subject", "passive by-agent"), named by an actor or not."""
    return [a.head for a in roles.frame.of(role) if a.rule in rules]


def _unnamed_group(arguments, counts_people=False) -> str | None:
    """CAMEO sector of an argument that names people by kind or number: "demonstrators", "police",
    "scores of refugees", "23 people", "community leaders" (lexicon.yaml group_modifiers), and a bare number
    where the act is done to people ("arresting 12", not "buy 100,000")."""
    lexicon, rules = load_registry().lexicon, load_roles()["unnamed_sides"]
    groups, kinds = lexicon["groups"], lexicon["group_modifiers"]
    for noun in arguments:
        words = (noun.lower_, noun.lemma_.lower())
        sector = next((groups[w] for w in words if w in groups), None)
        if sector:  # "community leaders": the kind of people the modifier names, not the head's government
            return next((kinds[c.lower_] for c in children_of(noun) if c.dep_ in ("compound", "amod") and c.lower_ in kinds),
                        sector)
        if counts_people and noun.pos_ == "NUM" and noun.dep_ in ("dobj", "nsubjpass") or noun.lemma_.lower() in rules["people_nouns"]:
            return rules["people_sector"]
        if any(w in rules["quantity_nouns"] for w in words):
            inner = [o for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"]
            # "hundreds protested": a bare count of the doers is of people
            return _unnamed_group(inner, counts_people) if inner else rules["people_sector"]
    return None


def _one_country(actor_ids, actors) -> str | None:
    """The one state the actors belong to (the article's own actors first: newcomers too). A news
    agency or a company belongs to no side's country ("officials told Reuters")."""
    registry, countries = load_registry(), set()
    for actor_id in actor_ids:
        actor = actors.get(actor_id) or registry.actors.get(actor_id) or _described_actor(actor_id)
        if actor is None or actor.actor_type in load_roles()["unnamed_sides"]["stateless_types"]:
            return None
        countries.add(actor.country or _country_of(actor_id))
    state = registry.actors.get(countries.pop()) if len(countries) == 1 else None
    return state.actor_id if state is not None and state.actor_type == "state" else None


def _described_actor(actor_id: str):
    """The country-sector actor of a described side (``EGYCVL``, ``IRQUAF``)."""
    state = load_registry().actors.get(actor_id[:3])
    if state is None:
        return None
    sector = actor_id[3:]
    label = load_registry().lexicon["sectors"].get(sector) or load_roles()["unnamed_sides"]["sector_names"].get(sector, sector)
    return Actor(actor_id, f"{state.name} {label}", "group", country=state.actor_id, code=actor_id)


def content_sentences(doc) -> list:
    """Sentences numbered as newsledger.nlp.sentence_spans numbers them (blank ones skipped)."""
    text = doc_text(doc)  # a slice of it, not sent.text, which makes a Token per word
    return [sent for sent in doc.sents if text[sent.start_char:sent.end_char].strip()]


def _speakerless_frame(token) -> bool:
    """ "It has been claimed that ...", "it is alleged that ...": a reporting frame with no speaker."""
    if not any(c.dep_ == "ccomp" for c in children_of(token)):
        return False
    subjects = [c for c in children_of(token) if c.dep_ in ("nsubj", "nsubjpass", "agent", "expl")]
    return all(c.lower_ == "it" or c.dep_ == "expl" for c in subjects)


def _purpose_of_same_act(token) -> bool:
    """ "marched through Tbilisi to protest", "met Wang Yi to discuss trade":
    a purpose clause whose act is of the same CAMEO root as the act it is the purpose of, or talk (01) that a
    meeting (roles.yaml mutual_verbs) is held for; a trip's purpose names whom it is for ("travel to talk to X")."""
    head = token.head
    # a "to" clause after an object of a verb that controls none is its purpose too ("used tear gas to disperse")
    purpose = token.dep_ == "advcl" or token.dep_ == "xcomp" and head.lemma_.lower() not in argument_words()[
        "object_control"] and any(c.dep_ == "dobj" for c in children_of(head))
    if not purpose or token.pos_ != "VERB" or not infinitive(token) or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token)):
        return False
    if head.lemma_.lower() in argument_words()["instrument_verbs"]:
        return False  # "used tear gas to disperse protesters": the dispersal is the act, done by the means (_means_of_act)
    own, done = _trigger_code(token)[0], _trigger_code(head)[0]
    meeting = done is not None and done[:2] == "04" and head.lemma_.lower() in load_roles()["mutual_verbs"]
    return bool(own and done) and (own[:2] == done[:2] or own[:2] == "01" and meeting)  # "travel to talk to X": kept


def _means_of_act(token) -> bool:
    """A verb of using a means (arguments.yaml instrument_verbs) that tells how a coded act was done: in a free
    participle adjunct on it ("dispersed the crowd using tear gas", "were dispersed by police firing rubber
    bullets"), or over it as its purpose ("used drones to attack the port")."""
    if token.lemma_.lower() not in argument_words()["instrument_verbs"]:
        return False
    if free_participle(token):
        return _trigger_code(token.head)[0] is not None
    return _coded_purpose(token, ("in", "for"))  # "used drones to attack the port", "used tear gas in the crackdown"


def _coded_purpose(verb, preps) -> bool:
    """Whether a coded act is what ``verb`` is done for: its "to" clause ("summoned the ambassador to complain",
    "used drones to attack the port") or a coded noun after one of ``preps`` ("converged for a rally", "used tear
    gas in the crackdown")."""
    return any(c.dep_ in ("advcl", "xcomp") and infinitive(c) and _trigger_code(c)[0] is not None
               or c.dep_ == "prep" and c.lower_ in preps and any(_noun_code(o) for o in children_of(c) if o.dep_ == "pobj")
               for c in children_of(verb))


def _subsumed(token) -> bool:
    """Triggers that another trigger of the same phrase stands for: a light verb whose object noun
    is the event ("held talks"), an intention verb over its complement ("plans to visit"), a noun
    whose own verb is coded ("imposed sanctions"), a compound noun of a coded head ("patrol flights"),
    a verb that closes a meeting over it ("ended a trip"),
    a verb of means over its purpose ("summoned the ambassador to complain"), a verb that issues a
    document over the document's act ("approved a resolution condemning X")."""
    roles = load_roles()
    lemma = token.lemma_.lower()
    if _threat_content(token) or token.pos_ == "NOUN" and _threat_content(predicate_of(token)):
        return True  # "threatened to strike", "threatened to impose sanctions": the threat is coded with their code
    if _cancelled_by_no_one(token):
        return True  # "the talks were cancelled": the talks are the event, called off
    if _purpose_of_same_act(token):
        return True  # "marched to protest", "met to discuss": the act done is the event; its purpose adds none
    if _means_of_act(token):
        return True  # "dispersed the crowd, firing tear gas": how the act was done, no act of its own
    if token.pos_ in ("VERB", "AUX") and any(tells_happening(c) and _noun_code(c) for c in children_of(token)):
        return True  # "the talks stalled", "a truce took effect": the event noun is the event, the verb how it went
    if token.pos_ in ("VERB", "AUX") or _verbal(token):  # "leaders plan to meet", "plan" tagged a noun
        complements = [c for c in children_of(token) if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        particle = next((c.lower_ for c in children_of(token) if c.dep_ == "prt"), None)
        if particle and f"{lemma} {particle}" in roles["cue_verbs"]:
            # "ruled out sending troops", "has not ruled out releasing them" (the gerund often parsed as an adverbial)
            lemma = f"{lemma} {particle}"
            complements += [c for c in children_of(token) if free_participle(c)]
        if (lemma in roles["cue_verbs"] or token.lower_ in roles["cue_verbs"]) and complements:
            # "refused to sign the statement": a refusal of no coded act is the refusal itself (12x)
            return lemma not in lexicon()["rejection_cues"] or any(
                _trigger_code(c)[0] is not None and not _subsumed(c) for c in complements)
        if lemma in roles["light_verbs"]:
            objects = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
            return any(_noun_code(o) or any(_noun_code(c) for c in children_of(o) if c.dep_ == "compound") for o in objects)
        if lemma in roles["closing_verbs"] and any((_noun_code(o) or "")[:2] == "04" for o in children_of(token) if o.dep_ == "dobj"):
            return True  # "is ending a five-day trip": the visit is the event
        if lemma in argument_words()["means_verbs"] and _trigger_code(token)[0][:2] in ("03", "04") \
                and _coded_purpose(token, ("for",)):
            return True  # "summoned the ambassador to complain", "converged for a rally": the purpose is the act
        # "approved a resolution condemning X": the document's act is the event, not its adoption
        return any(document_clause(c) and _trigger_code(c)[0] is not None
                   for o in children_of(token) if o.dep_ in ("dobj", "nsubjpass") for c in children_of(o))
    if token.pos_ == "NOUN" and not _verbal(token):
        if token.dep_ == "compound" and token.head.pos_ == "NOUN" and _noun_code(token.head):
            return True
        if token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() in roles["forum_verbs"] \
                and token.lemma_.lower() in roles["forum_nouns"]:
            return True  # "told a cabinet meeting": where the speaker spoke, no meeting coded of its own
        if token.lemma_.lower() in roles["forum_nouns"] and _venue_of_act(token):
            return True  # "met Lula at the G20 summit": where the meeting took place, no meeting of the G20
        if _content_of_prep_pattern(token):
            return True  # "warned of sanctions against X": the threat, no sanctions imposed
        if _meeting_of_others(token):
            return False  # "hosted talks between A and B": the host's act and A and B's talks
        counter = _counting_object(token)
        if counter is not None and (_trigger_code(counter.head)[0] or "")[:2] == (_noun_code(token) or "")[:2]:
            return True  # "imposed a package of sanctions": the verb's act, coded once
        predicate = predicate_of(token)
        if _cancelled_by_no_one(predicate):
            return False  # "the talks were cancelled": the talks, not done
        if predicate.lemma_.lower() in roles["saying_verbs"] and (_trigger_code(predicate)[0] or "01")[:2] == "01":
            return False  # "announced a suspension of air links": the act announced is an event too
        if predicate is not token and predicate.lemma_.lower() not in roles["light_verbs"] \
                and _trigger_code(predicate)[0] is not None and not _subsumed(predicate):
            if _owned(token) and _listed(_trigger_code(predicate)[0], roles["judging_roots"]):
                return False  # "defended its invasion of Ukraine": the judging is one act, the subject's own act another
            return predicate.lemma_.lower() not in roles["cue_verbs"]
    return False


def _venue_of_act(noun) -> bool:
    """ "met Lula at the G20 summit", "held talks on the sidelines of a BRICS summit", "spoke during the assembly":
    a gathering named as where another coded act happened ("at", "during", or "on" a venue noun of it, arguments.yaml
    venue_nouns) is that act's place; the act is the event, and the gathering's body no party to it."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj" and prep.head.lemma_.lower() in argument_words()["venue_nouns"]:
        prep = prep.head.head  # "on the sidelines of a G20 meeting"
    elif prep.lower_ not in ("at", "during"):
        return False
    holder = prep.head
    return prep.dep_ == "prep" and (_trigger_code(holder)[0] is not None or any(
        _noun_code(o) for o in children_of(holder) if o.dep_ == "dobj"))  # "held talks at the summit"


def _content_of_prep_pattern(noun) -> bool:
    """ "warned of sanctions", "called for sanctions": a noun that a verb + preposition pattern reads
    to code its verb is that act's content, no event of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return False
    specific, lemma = default_patterns().specific, prep.head.lemma_.lower()
    return any(specific.get((lemma, "prep", prep.lower_, w)) for w in (noun.lower_, noun.lemma_.lower()))


@per_token
def _threatened_act(token):
    """The coded act a verb of threat or of intent has as its infinitive complement ("threatened to
    strike", "pledged to send aid"), or None. Only the speaker's own act: with an object the
    complement is the object's ("warned Kyiv not to attack": Kyiv's attack, no threat to attack)."""
    if token.pos_ != "VERB" or (_trigger_code(token)[0] or "")[:2] not in load_roles()["stance_verb_roots"] \
            or any(c.dep_ == "dobj" for c in children_of(token)) or token.lemma_.lower() in load_roles()["cue_verbs"]:
        return None  # "plans to visit": a cue verb is the act's status, the act the event
    return next((c for c in children_of(token) if c.dep_ == "xcomp" and _trigger_code(c)[0] is not None), None)


def _threat_of_act(token) -> str | None:
    """CAMEO's stance code for a threat (13x) or a pledge (03x) whose content is a coded act: the
    act's code through roles.yaml's stance_codes table ("threatened to strike" 190 -> 138,
    "threatened to impose sanctions" 163 -> 1312, "pledged to send aid" 070 -> 030), or None when
    there is no such act or no such code. CAMEO codes the stance once, as done; the act announced
    is its content, no event of its own."""
    act = _threatened_act(token)
    if act is None:
        return None
    table = load_roles()["stance_codes"][load_roles()["stance_verb_roots"][_trigger_code(token)[0][:2]]]
    code = _trigger_code(act)[0]
    return _by_root(table, code)


def _unspecified_threat(token, cameo: str) -> str:
    """ "threatened to retaliate", "warned it would retaliate", "will take the necessary measures": a threat
    (13x) whose act only says the actor will answer, with no pattern naming how, is CAMEO 130 Threaten, not
    specified below (data/sense.yaml unspecified_responses; the steps taken are frames' `taken_step`);
    "retaliate against canola exports" names a trade measure (1312)."""
    rule = load_senses()["unspecified_responses"]
    if cameo[:2] != "13":
        return cameo
    return rule["threat"] if _unnamed_response(_threatened_act(token) or token) else cameo


def _unnamed_response(act) -> bool:
    """ "retaliate", "respond", "take (the necessary) measures": an answer with no pattern naming how
    (data/sense.yaml unspecified_responses; the steps taken are frames' `taken_step`)."""
    unnamed = act.lemma_.lower() in load_senses()["unspecified_responses"]["verbs"] and not _trigger_code(act)[1]
    return unnamed or any(map(taken_step, children_of(act)))


def _told_clauses(verb) -> list:
    """The clauses a verb of saying reports: its "that" or "to" clause ("said it would", "vowed to respond"), or the
    clause it is an aside on ("Israel will pay, Hezbollah said")."""
    clauses = [c for c in children_of(verb) if c.dep_ in ("ccomp", "xcomp")]
    return clauses or ([verb.head] if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") else [])


@per_token
def _told_threat(verb) -> tuple[str, object, str] | None:
    """(CAMEO code, the clause's predicate, form) when a statement is itself a threat (data/sense.yaml told_threats):
    a verb of saying over a harmful act of the speaker's on another side's condition ("said it would impose
    sanctions if X did not withdraw", "vowed to respond if attacked"), over another side's paying for an act ("said
    Israel will pay for the assassination"), or over a casus belli ("said it would consider any intervention a
    declaration of war"); a verb of considering with no verb of saying over it is its own casus belli ("will regard
    any attack as an act of war"). None for any other verb."""
    rule, lemma = load_senses()["told_threats"], verb.lemma_.lower()
    if verb.pos_ != "VERB":
        return None
    if lemma in rule["casus_belli"]["verbs"] and _saying_over(verb) is None and (code := _casus_belli(verb)) is not None:
        return code, verb, "casus_belli"
    if lemma not in rule["verbs"]:
        return None
    for clause in _told_clauses(verb):
        if (code := _conditional_threat(clause, verb)) is not None:
            return code, clause, "conditional"
        if _retribution(clause, verb):
            return rule["retribution"]["cameo"], clause, "retribution"
        if (code := _casus_belli(clause)) is not None:
            return code, clause, "casus_belli"
    return None


def _saying_over(clause):
    """The verb of saying (sense.yaml told_threats verbs) that reports a clause, or None."""
    verbs = load_senses()["told_threats"]["verbs"]
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in verbs and clause.head.i != clause.i:
        return clause.head
    return next((c for c in children_of(clause) if c.dep_ == "parataxis" and c.lemma_.lower() in verbs), None)


def _kept_told_threat(verb, mentions):
    """`_told_threat` of a verb, where a conditional act is the speaker's own: its doers are the speaker's side
    (a pronoun for it, the speaker, or the speaker's state: "Erdogan said Turkey would ..."); "said Israel would
    strike if attacked" tells another's act, no threat of the speaker's."""
    told = _told_threat(verb)
    if told is None or told[2] != "conditional":
        return told
    doers = _doers(told[1])
    if not doers or doers[0].tag_ in ("PRP", "PRP$") or doers[0].lower_ in {w.lower_ for w in _doers(verb)}:
        return told
    speaker = {_country_of(a) for a in _roles(verb, mentions, told[0]).sources}
    acting = {_country_of(a) for d in doers for a in phrase_actors(d, mentions, acting=True)}
    return told if acting and acting <= speaker else None


def _told_threat_content(token, mentions) -> str | None:
    """The form ("conditional", "retribution", "casus_belli") of the told threat whose clause ``token`` heads, the
    threat being coded on the verb of saying over it (`_kept_told_threat`); None otherwise."""
    verb = _saying_over(token)
    told = _kept_told_threat(verb, mentions) if verb is not None else None
    return told[2] if told is not None and told[1] == token else None


def _open(verb) -> bool:
    """Whether a predicate is told as what will or would be (planned, expected, hypothetical), not as done."""
    return rule_commitment(verb).status in ("planned", "expected", "hypothetical")


def _doers(verb) -> list:
    """A clause's doers: its active subject, else its passive by-agent (tokens)."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    return subjects or [o for c in children_of(verb) if c.dep_ == "agent" for o in children_of(c) if o.dep_ == "pobj"]


def _speaker_words(verb) -> set:
    """Words that stand for the speaker of a verb of saying in what it reports: its own subject's, and the pronouns
    of told_threats speaker_pronouns ("it", "we")."""
    return {w.lower_ for w in _doers(verb)} | set(load_senses()["told_threats"]["speaker_pronouns"])


def _conditions(act) -> list:
    """The conditional clauses ("if X attacks", "unless X withdraws") on an act."""
    markers = set(lexicon()["conditional_markers"])
    return [c for c in children_of(act) if c.dep_ == "advcl" and not hedging_clause(c)
            and any(m.dep_ == "mark" and m.lower_ in markers for m in children_of(c))]


def _conditional_threat(act, verb) -> str | None:
    """The threat code of a harmful act the speaker of ``verb`` says it would do on another side's condition: the
    act's stance code as a threat (roles.yaml stance_codes.threat), or 130 for an answer that names no act
    ("would retaliate", "would take measures": sense.yaml unspecified_responses); None for an act that is no harm,
    one on no condition, or on the speaker's own act ("would strike if it had to")."""
    conditions = _conditions(act)
    if not conditions or not _open(act):  # planned under "unless", an exception rather than a condition
        return None
    speaker = _speaker_words(verb)
    if any(d.dep_ == "nsubj" and d.lower_ in speaker for c in conditions for d in _doers(c)):
        return None  # "would strike if it had to", "if Turkey decides to": a condition on the speaker's own act
    if _unnamed_response(act):
        return load_senses()["unspecified_responses"]["threat"]
    code = _trigger_code(act)[0]
    return _by_root(load_roles()["stance_codes"]["threat"], code) if code else None


def _retribution(clause, verb) -> bool:
    """ "said Israel will pay (a heavy price) for the assassination": another side than the speaker will pay for
    a hostile act or a wrong, or pay a price or dearly (sense.yaml told_threats.retribution)."""
    rule = load_senses()["told_threats"]["retribution"]
    if _unanswered(clause, rule):
        return any(map(_hostile_or_wrong, _doers(clause)))
    if clause.lemma_.lower() not in rule["verbs"] or not _open(clause):
        return False
    payer = _doers(clause)
    speaker = _speaker_words(verb)
    if not payer or payer[0].lower_ in speaker:
        return False  # "said it will pay for the damage": its own paying
    priced = any(c.dep_ == "dobj" and c.lemma_.lower() in rule["objects"] or c.dep_ == "advmod" and c.lower_ in rule["adverbs"]
                 for c in children_of(clause))
    paid_for = [o for p in children_of(clause) if p.dep_ == "prep" and p.lower_ in rule["preps"]
                for o in children_of(p) if o.dep_ == "pobj"]
    return priced or any(map(_hostile_or_wrong, paid_for))


def _hostile_or_wrong(noun) -> bool:
    """Whether a noun names a hostile act (sense.yaml answering_verbs act_roots, act_nouns) or a wrong by name
    (told_threats.retribution wrong_nouns): what one is made to pay for, or what will not go unanswered."""
    answering, wrongs = load_senses()["answering_verbs"], load_senses()["told_threats"]["retribution"]["wrong_nouns"]
    return (_noun_code(noun) or "")[:2] in answering["act_roots"] or noun.lemma_.lower() in answering["act_nouns"] \
        or noun.lemma_.lower() in wrongs or noun.lower_ in wrongs


def _unanswered(clause, rule) -> bool:
    """ "will not go unanswered", "shall not remain unpunished": a negated verb of staying so with a word of going
    unanswered (sense.yaml told_threats.retribution unanswered_verbs, unanswered_words)."""
    return clause.lemma_.lower() in rule["unanswered_verbs"] and any(c.dep_ == "neg" for c in children_of(clause)) \
        and any(c.dep_ in ("acomp", "oprd", "advmod") and c.lower_ in rule["unanswered_words"] for c in children_of(clause))


def _casus_belli_phrase(verb):
    """(what is considered, what it is considered) of "consider any A a declaration of war" (a small clause: A the
    subject of the predicative noun), "regard any A as an act of aggression", or their passives ("any A would be
    considered a declaration of war"); (None, None) otherwise."""
    rule = load_senses()["told_threats"]["casus_belli"]
    for c in children_of(verb):
        considered = next((s for s in children_of(c) if s.dep_ == "nsubj"), None) if c.dep_ in ("dobj", "ccomp", "oprd") else None
        if considered is not None:
            return considered, c
    # "any attack would be considered a declaration of war", "would be regarded as an act of war": the passive subject
    considered = next((c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    if considered is not None and considered.dep_ == "nsubjpass" \
            and (phrase := next((c for c in children_of(verb) if c.dep_ in ("oprd", "attr")), None)) is not None:
        return considered, phrase
    as_phrase = next((o for p in children_of(verb) if p.dep_ == "prep" and p.lower_ in rule["preps"]
                      for o in children_of(p) if o.dep_ == "pobj"), None)
    if as_phrase is None and considered is not None:  # "regard any attack by X as ...", "as" on the object
        as_phrase = next((o for p in children_of(considered) if p.dep_ == "prep" and p.lower_ in rule["preps"]
                          for o in children_of(p) if o.dep_ == "pobj"), None)
    return (considered, as_phrase) if considered is not None and as_phrase is not None else (None, None)


def _casus_belli(verb) -> str | None:
    """The threat code of "would consider any A (by B) a declaration of war / an act of aggression / a legitimate
    target" (sense.yaml told_threats.casus_belli): told as what will or would be, or of any such act; None else."""
    rule = load_senses()["told_threats"]["casus_belli"]
    if verb.lemma_.lower() not in rule["verbs"]:
        return None
    considered, phrase = _casus_belli_phrase(verb)
    if phrase is None:
        return None
    if not (_open(verb) or any(c.dep_ == "det" and c.lower_ in lexicon()["nonspecific_determiners"]
                               for c in children_of(considered))):
        return None  # "considers the deployment an act of aggression": a judgement of an act, no threat
    words = [phrase, *(c for c in children_of(phrase) if c.dep_ in ("amod", "compound")),
             *(o for p in children_of(phrase) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj")]
    return next((rule["words"][w.lemma_.lower()] for w in words if w.lemma_.lower() in rule["words"]), None)


def _told_threat_targets(verb, mentions) -> list:
    """Whom a told threat (`_told_threat`) is aimed at: a conditional threat at the condition's doers other than
    the speaker, else the act's target; a retribution at the payer; a casus belli at the owner or agent of what
    is considered ("any NATO intervention", "any attack by Poland")."""
    cameo, clause, form = _told_threat(verb)
    speaker = set(_roles(verb, mentions, cameo).sources)
    if form == "conditional":
        found = [a for c in _conditions(clause) for d in _doers(c) for a in phrase_actors(d, mentions)]
        found = [a for a in found if a not in speaker]
        return _unique(found) or [a for a in _roles(clause, mentions, _trigger_code(clause)[0] or cameo).targets if a not in speaker]
    if form == "retribution":
        return [a for d in _doers(clause) for a in phrase_actors(d, mentions) if a not in speaker]
    considered, _ = _casus_belli_phrase(clause)
    found = _core_actors(considered, mentions, load_roles()["core_deps"])
    found += [a for p in children_of(considered) if p.dep_ == "prep" and p.lower_ == "by"
              for o in children_of(p) if o.dep_ == "pobj" for a in phrase_actors(o, mentions)]
    return [a for a in _unique(found) if a not in speaker]


def _answered_doers(token, mentions) -> list:
    """Whom a threat to answer an act is aimed at: the doers of the act answered ("would respond to any further
    attacks by Pakistan": Pakistan; "will hit back at any Israeli strike": Israel; sense.answered_acts), read as
    that act's own sources; [] for any other threat."""
    return _unique(a for act in answered_acts(_threatened_act(token) or token)
                   for a in _roles(act, mentions, _noun_code(act) or "").sources)


def _meeting_of_others(noun) -> bool:
    """ "Kenya hosted talks between Sudan and South Sudan", "Qatar mediated talks between A and B": a
    noun that names its own sides ("between") as the object of a third party's verb (roles.yaml
    third_party_verbs), whose subject is no side of it."""
    verb = predicate_of(noun)
    return noun.pos_ == "NOUN" and verb is not noun and verb.lemma_.lower() in load_roles()["third_party_verbs"] \
        and any(c.dep_ == "prep" and c.lower_ == "between" for c in children_of(noun))


def _hosted_visitors(verb, mentions) -> list:
    """ "hosted a visit by the Russian president": the actors a hosting verb's (data/sense.yaml hosting)
    object names after "by", whom CAMEO 043 Host a visit receives; [] for any other verb."""
    if verb.lemma_.lower() not in load_senses()["hosting"]["verbs"]:
        return []
    return _unique(a for o in children_of(verb) if o.dep_ == "dobj" for p in children_of(o) if p.dep_ == "prep" and p.lower_ == "by"
                   for pobj in children_of(p) if pobj.dep_ == "pobj" for a in phrase_actors(pobj, mentions))


def _third_party_intent(verb, cameo: str) -> str:
    """ "Kenya will host talks between A and B": a third party's announced act over others' meeting is
    CAMEO 039 Express intent to mediate (PETRARCH2 HOST * TALKS (BETWEEN) 039), not the intent to meet
    (036) that stance_code gives a meeting act (roles.yaml third_party_intent)."""
    roles = load_roles()
    if cameo != roles["stance_codes"]["intent"]["04"] or verb.lemma_.lower() not in roles["third_party_verbs"]:
        return cameo
    meetings = [c for c in children_of(verb) if c.dep_ in ("dobj", "nsubjpass") and _meeting_of_others(c)]
    return roles["third_party_intent"] if meetings else cameo


def _concerns_to_no_one(token, cameo: str) -> str:
    """ "raised concerns about the drills": concerns raised with no hearer named (no "with X" or "to X"
    on the verb or on the concerns) are CAMEO 012 Make pessimistic comment, as PETRARCH2 codes EXPRESS
    and VOICE CONCERN; "raised concerns with Beijing" keeps its RAISE CONCERNS 040 Consult
    (data/sense.yaml concerns_raised)."""
    rule = load_senses()["concerns_raised"]
    if cameo != rule["consult"] or token.lemma_.lower() not in rule["verbs"]:
        return cameo
    concerns = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in rule["objects"]]
    heard = any(p.dep_ in ("prep", "dative") and p.lower_ in rule["hearer_preps"] and any(o.dep_ == "pobj" for o in children_of(p))
                for head in [token, *concerns] for p in children_of(head))
    return rule["no_hearer"] if concerns and not heard else cameo


def _cancelled_by_no_one(verb) -> bool:
    """ "The talks were cancelled", "the visit was called off": a verb of cancelling (status_lexicon.yaml
    cancel_verbs) in the passive with no doer named, over an event noun. CAMEO codes a halt of
    talks (164) by whoever halts them; with no one named, the event is the noun's, not done."""
    return _cancel_verb(verb) and not any(c.dep_ == "agent" for c in children_of(verb)) and any(
        c.dep_ == "nsubjpass" and _noun_code(c) for c in children_of(verb))


def _cancel_verb(verb) -> bool:
    """A verb that calls an event off or puts it off ("cancelled", "called off", "postponed")."""
    particles = [f"{verb.lemma_.lower()} {c.lower_}" for c in children_of(verb) if c.dep_ == "prt"]
    return verb.pos_ == "VERB" and any(w in lexicon()["cancel_verbs"] for w in [verb.lemma_.lower(), *particles])


def _threat_content(token) -> bool:
    """Whether the token is the act a threat is coded by ("strike" in "threatened to strike")."""
    return token.dep_ == "xcomp" and _threatened_act(token.head) == token and _threat_of_act(token.head) is not None


def _actor_at(token, mentions) -> str | None:
    for mention in mentions:
        if mention.start <= token.idx < mention.end:
            return mention.actor_id
    return None


def phrase_actors(head, mentions, acting=False) -> list:
    """Actors named by a noun phrase: its head and modifiers ("Sudanese government", "A and B"),
    else the nouns it governs through "of/from/in/for" ("president of Armenia")."""
    roles = load_roles()
    if (owners := _owners_read_as_conjuncts(head)):  # "the foreign ministers of Chile and Bolivia": both states'
        return _unique(a for o in owners for a in phrase_actors(o, mentions, acting))
    found = _core_actors(head, mentions, roles["core_deps"], acting)
    if found or head.lemma_.lower() in coref_words()["relation_nouns"]:
        return found  # "allies of Ukraine", "critics of the government": not the owner
    for prep in (c for c in children_of(head) if c.dep_ == "prep" and c.lower_ in roles["owner_preps"]):
        for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
            found += [a for a in phrase_actors(obj, mentions, acting) if a not in found]
        if found:  # "the withdrawal of Serbian forces from Bosnia": the first owner, not the place left
            return found
    return found


def _owners_read_as_conjuncts(head) -> list:
    """ "the foreign ministers of Chile and Bolivia", the parser hanging "Bolivia" on "ministers": a plural noun
    with a named place after "of" and a bare named place as its conjunct has both places as owners (a plural
    head of one owner each, the second owner's head left out); [] for any other phrase."""
    places = load_roles()["place_entities"]
    if head.tag_ != "NNS":
        return []
    owners = [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of" for o in prep_objects(p)
              if o.pos_ == "PROPN" and o.ent_type_ in places]
    second = [c for c in children_of(head) if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in places
              and not any(d.dep_ == "det" for d in children_of(c))]
    return owners + second if owners and second else []


def _core_actors(token, mentions, core_deps, acting=False) -> list:
    # every actor a mention at the token names: "the two sides", "both countries" and a plural "they" are linked
    # to each of a pair (actors.coref), one mention per actor on the same words
    at = token.idx
    found = list(dict.fromkeys(m.actor_id for m in mentions if m.start <= at < m.end))
    actor = found[0] if found else None
    if token.dep_ in ("conj", "amod", "compound") and token.ent_type_ in ("NORP", "GPE"):
        iso = load_registry().adjectives.get(normalise(token.text))  # "Indian and French warships" as one mention
        if iso and _country_of(actor) != iso and not _titles_person(token, mentions) \
                and not any(_country_of(a) == iso for a in _actors_around(token, mentions)):
            found.append(iso)
    economic = acting and _economic_head(token)  # "Japanese banks asked": no state acts; "sanctions on Russian banks" still hit Russia
    if not found:  # "the country's chief economist, Andry Asmoro": the apposition names the head; the rest qualifies it
        named = [a for c in children_of(token) if c.dep_ == "appos" and not _membership_modifier(c, mentions)
                 for a in _core_actors(c, mentions, core_deps, acting)]
        if named:
            return list(dict.fromkeys(named))
    if not acting and _owner_participle(token):  # "a British-owned ship": the parser hangs "British" on "owned"
        core_deps = (*core_deps, "npadvmod")
    title = _title_before_name(token, actor, mentions) if actor else None
    offices = []  # the actors the person's title names ("Kremlin", "Congolese army", "EU")
    for child in children_of(token):
        if child.dep_ not in core_deps or _stance_modifier(child) or actor and _membership_modifier(child, mentions):
            continue  # the dependency first: most children are no modifier of the name
        # the title may hang on a word of the name ("European Commission President Ursula von der Leyen": on "der")
        if title is not None and child.left_edge.i <= title.i and child.dep_ in TITLE_DEPS \
                or child.dep_ == "appos" and _describes_person(token, child, actor, mentions):
            offices += _core_actors(child, mentions, core_deps, acting)
            continue  # "Kremlin spokesman Dmitry Peskov", "Congolese army spokesman X": the title describes the person
        if child.dep_ == "poss" and (relation_of(token) or _placed(actor)):
            continue  # "his Ugandan counterpart", "her lawyer", "Germany's Scholz": the possessor is not the one named
        if not (economic and _state_modifier(child, mentions)):
            found += [a for a in _core_actors(child, mentions, core_deps, acting) if a not in found]
    body = _international_office(actor, offices) if offices else None
    return list(dict.fromkeys(body if a == actor else a for a in found)) if body else found


def _international_office(person_id: str, offices: list) -> str | None:
    """The international body a registry person's title names when the person's own record is a state's or
    no one's ("EU foreign policy chief Kaja Kallas", an Estonian; "UN Secretary-General Kofi Annan"): acting in
    that office the person acts as the body, the one side of the act (CAMEO codes an IGO's officer as the IGO).
    None where the record already codes the body's officer (country none, an IGO code: "NATO Secretary General
    Javier Solana") or the person is no registry person (a new person takes the body as affiliation and code from
    the title: newcomers.affiliate)."""
    registry = load_registry()
    person = registry.actors.get(person_id)
    if person is None or person.actor_type != "person" or not person.country and (person.code or "").startswith("IGO"):
        return None
    return next((o for o in offices if getattr(registry.actors.get(o), "actor_type", None) == "igo"), None)


def _placed(actor_id) -> bool:
    """Whether ``actor_id`` is a person or an actor with a country of its own, which a possessor before its name
    ("Germany's Scholz", "Russia's ally Belarus") adds nothing to; a body the registry gives no country ("the
    government's National Statistics Institute") takes its possessor's."""
    actor = load_registry().actors.get(actor_id) if actor_id else None
    return actor is not None and (actor.actor_type == "person" or bool(actor.country))


def _membership_modifier(child, mentions) -> bool:
    """What an actor is a member or ally of ("NATO-member Norway", "Pakistan, a key U.S. ally"):
    the actors in such a modifier are not this actor."""
    return child.dep_ in ("compound", "appos") and child.lemma_.lower() in load_roles()["membership_nouns"] \
        and _actor_at(child, mentions) is None


def _owner_participle(token) -> bool:
    """ "owned" in "a British-owned ship", "flagged" in "a Greek-flagged tanker" (roles.yaml owner_participles):
    the state named before it owns the thing the noun names, and what is done to the thing is done to it."""
    words = load_roles()["owner_participles"]
    return token.dep_ in ("amod", "compound") and (token.lower_ in words or token.lemma_.lower() in words)


def _stance_modifier(token) -> bool:
    """ "anti-Syria journalist", "pro-Russian separatists": a stance toward a state, not the state."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in load_roles()["stance_prefixes"]


def _economic_head(token) -> bool:
    """ "Japanese banks", "U.S. securities houses", "the British economy": an economic entity."""
    return token.pos_ in ("NOUN", "PROPN") and (token.lemma_.lower() in load_roles()["economic_heads"]
                                                or token.lower_ in load_roles()["economic_heads"])


def _state_modifier(child, mentions) -> bool:
    """A nationality adjective or country name that only modifies its noun ("Japanese", "U.S.")."""
    if child.dep_ not in ("amod", "compound", "nmod"):
        return False
    actor = _actor_at(child, mentions)
    if actor is not None:
        state = load_registry().actors.get(actor)
        return len(actor) == 3 and actor.isupper() or (state is not None and state.actor_type == "state")
    return child.ent_type_ in ("NORP", "GPE")


def _describes_person(token, appos, actor_id: str | None, mentions) -> bool:
    """Whether ``appos``, in apposition to the person named at ``token``, is a description of that person ("Mark
    Rutte, NATO's secretary general", "X, a Hamas commander"): its head is a common noun or a title word, not
    another name. Like a title before the name, it describes the one side of the person's acts: the actors in it
    are the person's offices, no second side. A person is a registry person or a name the parser took for one."""
    known = load_registry().actors.get(actor_id) if actor_id else None
    if actor_id is None or (known.actor_type != "person" if known is not None else token.ent_type_ != "PERSON"):
        return False
    other = _actor_at(appos, mentions)
    return appos.ent_type_ != "PERSON" and (appos.pos_ == "NOUN" or other in (None, actor_id)
                                           or normalise(appos.text) in _person_title_words())


TITLE_DEPS = ("compound", "amod", "nmod", "poss")  # how a title's words hang on the name they stand before


def _title_before_name(token, actor_id: str, mentions):
    """The title word right before the name of the person ``actor_id`` that the mention at ``token`` names
    ("spokesman" in "Congolese army spokesman Sylvain Ekenge", "Minister" in "External Affairs Minister S.
    Jaishankar", "chief" in "EU foreign policy chief Kaja Kallas"), when it modifies that name; else None. The
    title and the words qualifying it are the person's description (the resolver reads the role, country and
    affiliation of a new person from them), so the actors named in them are no second side of the person's acts.
    A person is a registry person or a name the registry lacks (a newcomer after a title is made a person)."""
    known = load_registry().actors.get(actor_id)
    if known is not None and known.actor_type != "person":
        return None
    mention = next((m for m in mentions if m.start <= token.idx < m.end and m.actor_id == actor_id), None)
    if mention is None or token.pos_ != "PROPN":
        return None
    doc, first = token.doc, token.i
    while first > 0 and doc[first - 1].idx >= mention.start:
        first -= 1
    word = doc[first - 1] if first > 0 else None
    if word is None or normalise(word.text) not in _person_title_words() or not token.is_ancestor(word):
        return None
    inside = _actor_at(word, mentions)
    office = load_registry().actors.get(inside) if inside else None
    if inside and (office is None or office.actor_type in ("person", "state")):
        return None  # an office named as a body ("UN Secretary-General Kofi Annan") is a title; a person is not
    return word


@lru_cache(maxsize=1)
def _person_title_words() -> frozenset:
    """Words that end a person's title before a name: the registry's (``person_titles``, ``head_words``) and
    roles.yaml ``person_title_words``."""
    registry, roles = load_registry(), load_roles()
    return frozenset(registry.person_titles) | frozenset(registry.lexicon["head_words"]) \
        | frozenset(roles["person_title_words"])


def _titles_person(token, mentions) -> bool:
    """ "Russian President Vladimir Putin": the adjective is part of a person's title, not a second actor."""
    registry = load_registry()
    while token.dep_ in ("amod", "compound", "conj") and token.head.i != token.i:
        token = token.head
        actor = registry.actors.get(_actor_at(token, mentions) or "")
        if actor is not None and actor.actor_type == "person" or token.ent_type_ == "PERSON":
            return True
    return False


def _country_of(actor_id) -> str | None:
    actor = load_registry().actors.get(actor_id)
    return (actor.country if actor is not None and actor.country else actor_id[:3]) if actor_id else None


def _actors_around(token, mentions) -> list:
    """Actors of the mentions that cover the token's noun phrase."""
    head = token
    while head.dep_ in ("conj", "amod", "compound") and head.head.i != head.i:
        head = head.head
    return [m.actor_id for m in mentions if m.start <= head.idx < m.end or m.start <= token.idx < m.end]


class Roles:
    """Source and target actors of a trigger, and whether each came from a direct syntactic role."""

    def __init__(self, sources, targets, direct_source, direct_target, clause_subject):
        self.sources, self.targets = sources, targets
        self.direct_source, self.direct_target = direct_source, direct_target
        self.clause_subject = clause_subject
        self.places = []
        self.frame = None  # the trigger's frame (newsledger.frames.predicates)
        self.adjective_list = False
        self.described = []  # sides described by kind or place rather than named
        self.at_mission = False  # the target is the state of the mission where the act took place

    def describe(self, side: str, actor_id: str) -> None:
        """Fill an unnamed side ("sources" or "targets") with a described actor, and say so."""
        setattr(self, side, [actor_id])
        self.described.append(side[:-1])


def _roles(token, mentions, cameo) -> Roles:
    """Sources, targets and places of a trigger, read from its frame: for each role, the actors of
    the first tier of arguments that names any (newsledger.frames.predicates). The topic of a
    discussion names no target; aid goes from its giver to its recipient, whichever of them is the
    subject (roles.yaml topic_nouns, aid_roots, receiving_verbs)."""
    found = frame(token)
    sources, source_tier = _first_tier(found.of("subject"), lambda head: _crowd_of_nationals(head, mentions)
                                       or phrase_actors(head, mentions, acting=True))
    culprits = cameo[:2] in load_roles()["culprit_roots"]
    # a statement's target is whom it is made to ("told X", "said to X"), never an actor of what it reports
    reported = () if cameo[:2] in load_roles()["addressee_roots"] else ("reported",)
    target_args = [a for a in found.of("target", "culprit", *reported) if (a.role != "culprit" or culprits)
                   and not _topic_of_discussion(token, cameo, a.head) and not _forum(a.head, mentions)]
    if not sources and not found.of("subject"):  # "is increasing its military support for Russia": the owner of the act gives it
        sources = _possessor_actors(token, mentions) or _partitive_giver(token, mentions) or _travellers(token, mentions)
        source_tier = DIRECT if sources else None
    aid = cameo[:2] in load_roles()["aid_roots"]
    targets, target_tier = _first_tier(target_args, lambda head: [] if aid and _weapon(head) or _own_act_judged(head, token, cameo) else (
        _crowd_of_nationals(head, mentions) or [a for a in _target_actors(head, mentions) if not (
            (_owned(head) or _place_slot(head))  # "its posts", "withdrew from" a town of its own: not a target
            and (a in sources or _country_of(a) in {_country_of(s) for s in sources}))]))
    if not targets and token.lemma_.lower() in {*load_roles()["aid_verbs"], *load_roles()["pledge_verbs"]}:
        targets = _recipients_in_object(found, mentions)
    origins = _weapon_origins(found, mentions) if aid else []
    if aid and token.lemma_.lower() in load_roles()["receiving_verbs"]:  # "Ukraine received US missiles (from X)"
        givers = _givers(token, mentions)
        (sources, source_tier), (targets, target_tier) = (givers or origins, DIRECT if givers else None), (sources, source_tier)
    elif not sources:  # "US Patriot missiles were delivered to Ukraine": no sender named, the weapons' state
        sources = origins
    if not targets and cameo[:2] in load_roles()["unnamed_sides"]["attack_roots"]:
        targets = _aimed_at(found, mentions) or _attacked_places(found, mentions) or _reporters_own(found, mentions)
    elif cameo[:2] in load_roles()["unnamed_sides"]["attack_roots"]:  # "bombed Gaza and Lebanon": the place beside the state
        sides = {_country_of(a) or a for a in [*targets, *sources]}
        targets = targets + [p for p in _conjoined_places(found, mentions) if p not in sides and p not in targets]
    clause_subject = [actor for a in found.of("reported") for actor in phrase_actors(a.head, mentions)]
    result = Roles(sources, targets, _direct(source_tier), _direct(target_tier), _unique(clause_subject))
    result.frame = found
    result.places = _unique(p for a in found.of("place") for p in _place_of(a.head, mentions, load_roles()))
    if not targets:  # "protested outside the U.S. embassy in Baghdad": aimed at the United States
        result.targets = _unique(a for arg in found.of("place") for a in _mission_states(arg.head, mentions))
    result.at_mission = any(_mission_states(arg.head, mentions) for arg in found.of("target", "place"))
    result.adjective_list = (token.pos_ == "NOUN" and _adjective_list(found.predicate)) or any(
        _adjective_list(a.head) for a in found.of("subject") if a.rule == "nsubj")
    return result


def _own_act_judged(head, trigger, cameo: str) -> bool:
    """ "defended its invasion of Ukraine", "praised their air strikes on Gaza": a judgement (roles.yaml
    judging_roots) of an act a pronoun gives the judge's own is aimed at no one that act's phrase names (``head``
    is that phrase or inside it); the act is coded on its own (`_subsumed`)."""
    if not _listed(cameo, load_roles()["judging_roots"]):
        return False
    while head.i != trigger.i and head.head.i != head.i:
        if _owned(head) and _noun_code(head) is not None:
            return True
        head = head.head
    return False


def _weapon(noun) -> bool:
    """A noun of military equipment ("missiles", "tanks": patterns.military_equipment)."""
    equipment = military_equipment()
    return noun.lower_ in equipment or noun.lemma_.lower() in equipment


def _weapon_origins(found, mentions) -> list:
    """States that modify a weapon noun given or received ("US Patriot missiles", "British Storm Shadow
    missiles"): where the weapons come from, which is no recipient, and the giver only when the
    sentence names none (another state may pass on weapons made elsewhere)."""
    return _unique(a for arg in found.of("target") if arg.rule in ("dobj", "passive subject") and _weapon(arg.head)
                   for a in _core_actors(arg.head, mentions, ("amod", "compound", "nmod")))


def _givers(verb, mentions) -> list:
    """Whom a receiving verb's "from X" names, on the verb or on its object ("received tanks from Poland")."""
    holders = [verb] + [o for o in children_of(verb) if o.dep_ == "dobj"]
    return _unique(a for h in holders for p in children_of(h) if p.dep_ == "prep" and p.lower_ == "from"
                   for o in prep_objects(p) for a in phrase_actors(o, mentions))


def _topic_of_discussion(token, cameo: str, head) -> bool:
    """ "discussed China's growing presence in Africa", "talks with India on Russia's role": a phrase headed
    by a topic noun (roles.yaml topic_nouns) of a consultation or discussion says what it was about, and
    its owner is no addressee; the other party is found elsewhere ("with X") or there is none."""
    roles = load_roles()
    return (cameo[:2] == "04" or token.lemma_.lower() in roles["discussion_words"]) \
        and head.lemma_.lower() in roles["topic_nouns"]


def _forum(head, mentions) -> bool:
    """ "raised its concerns at the United Nations", "voiced concern at the summit": a forum after "at" on the
    object (an international organisation or a noun of a meeting, roles.yaml forum_nouns) is the venue of
    the act, no target; "fired at the United Nations" aims at it."""
    if head.dep_ != "pobj" or head.head.lower_ != "at" or head.head.head.pos_ not in ("NOUN", "PROPN"):
        return False
    named = load_registry().actors.get(_actor_at(head, mentions) or "")  # the organisation itself, not "a UN compound"
    return head.lemma_.lower() in load_roles()["forum_nouns"] or getattr(named, "actor_type", None) == "igo"


def _possessor_actors(token, mentions) -> list:
    """Who owns the act: the owner of a nominal trigger ("Turkey's visit to Cairo") or of the verb's
    object ("is increasing its military support for Russia"), for a trigger with no subject ("the ministers
    discussed China's presence": the ministers, unresolved, not China, discussed it), for a verb only through a
    possessive pronoun ("a statement condemning the junta's crackdown" is not the junta's). A possessive
    pronoun stands for the subject of its clause, which the parser may hang on the auxiliary
    ("China is ... increasing its support": "China" under "is"); the actors stage stores no
    possessive in an object, so the clause gives it here."""
    nominal = token.pos_ == "NOUN"
    nouns = [token] if nominal else [c for c in children_of(token) if c.dep_ == "dobj"]
    found = []
    # the object's own named owner is no doer ("a statement condemning the Georgian government's crackdown")
    for poss in (c for noun in nouns for c in children_of(noun) if c.dep_ == "poss" and (nominal or c.pos_ == "PRON")):
        found += phrase_actors(poss, mentions) or (_clause_subject_actors(predicate_of(poss.head), mentions)
                                                   if poss.pos_ == "PRON" else [])
    return _unique(found)


def _travellers(noun, mentions) -> list:
    """Who goes to an event noun that is the purpose of a trip ("will travel to Port Sudan for talks with
    Burhan", "flew to Cairo for a meeting with Sisi"): the subject of the verb of travel (roles.yaml
    travel_verbs), named on it or inherited."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if noun.pos_ != "NOUN" or verb is None or verb.lemma_.lower() not in load_roles()["travel_verbs"]:
        return []
    return _first_tier(frame(verb).of("subject"), lambda head: phrase_actors(head, mentions, acting=True))[0]


def _counting_object(noun):
    """The partitive head (data/sense.yaml partitive_heads) that counts a noun as a verb's object ("adopted a
    package of sanctions": "package"), or None."""
    head = noun.head.head if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    heads = load_senses()["partitive_heads"]
    return head if head is not None and head.dep_ == "dobj" and (head.lemma_.lower() in heads or head.lower_ in heads) else None


def _partitive_giver(noun, mentions) -> list:
    """Who does a nominal act counted by the object of their verb ("the EU adopted a package of sanctions"):
    the verb's subject."""
    counter = _counting_object(noun)
    return _clause_subject_actors(counter.head, mentions) if counter is not None else []


def _clause_subject_actors(verb, mentions) -> list:
    """Actors of a verb's subject, on the verb or on its auxiliaries."""
    holders = [verb, *(c for c in children_of(verb) if c.dep_ in ("aux", "auxpass"))]
    return _unique(a for v in holders for c in children_of(v) if c.dep_ in ("nsubj", "nsubjpass")
                   for a in phrase_actors(c, mentions, acting=True))


def _recipients_in_object(found, mentions) -> list:
    """Whom a giving or pledging verb's object phrase says it goes to, where the parse hangs "to X" on the
    object or on the noun a sum counts ("send $50m of military aid to Latvia", "pledged $500m in aid to Kenya")."""
    nouns = [n for a in found.of("target") if a.rule == "dobj" for n in _with_prep_objects(a.head)]
    return _unique(actor for n in nouns for p in children_of(n) if p.dep_ == "prep" and p.lower_ == "to"
                   for o in prep_objects(p) for actor in _target_actors(o, mentions))


def _aimed_at(found, mentions) -> list:
    """Actors an attack's object or instrument phrase says it was aimed at ("opened fire with mortars on
    Armenian positions", "fired rockets at Israeli towns"), where the parser hangs "on X" on that noun
    (roles.yaml aim_preps)."""
    preps = load_roles()["aim_preps"]
    return _unique(a for arg in found.of("target") for noun in (arg.head, *arg.head.conjuncts) for p in children_of(noun)
                   if p.dep_ == "prep" and p.lower_ in preps for o in prep_objects(p) if not _owned(o)  # "its posts": `_reporters_own`
                   for a in phrase_actors(o, mentions))


def _reporters_own(found, mentions) -> list:
    """ "The ministry said Armenian forces attacked its positions": a singular "its" in an attack's object,
    whose subject is plural, is not the attackers' own but the reporter's (the subject of the saying verb
    the attack is told under): pronoun agreement in number. [] otherwise."""
    heads = [n for a in found.of("target") for n in (a.head, *(o for p in children_of(a.head) if p.dep_ == "prep" for o in prep_objects(p)))]
    owned = any(c.dep_ == "poss" and c.lower_ == "its" for head in heads for c in children_of(head))
    subjects = [a.head for a in found.of("subject") if a.rule == "nsubj"]
    if not owned or not subjects or not all(s.tag_ in ("NNS", "NNPS") for s in subjects):
        return []
    reporter = next((g for g in governors(found.predicate)[1:] if g.lemma_.lower() in load_roles()["saying_verbs"]), None)
    return _clause_subject_actors(reporter, mentions) if reporter is not None else []


def _attacked_places(found, mentions) -> list:
    """Countries of the places an attack's object phrase names ("shelled the city of Aleppo",
    "bombed a market in Kyiv"): an attack on a place is aimed at its state, as "shelled Kyiv" is."""
    return _unique(a for arg in found.of("target") if arg.rule in ("dobj", "passive subject")
                   for a in _place_of(arg.head, mentions, load_roles()))


def _conjoined_places(found, mentions) -> list:
    """Countries of the named places among an attack's conjoined objects that no actor mention covers ("Gaza" in
    "bombed Gaza and Lebanon", where "Lebanon" is the state named)."""
    heads = [arg.head for arg in found.of("target") if arg.rule in ("dobj", "passive subject")]
    conjuncts = [c for head in heads for c in head.subtree if c.dep_ == "conj" or c.i == head.i]
    return _unique(iso for c in conjuncts if c.pos_ == "PROPN" and _actor_at(c, mentions) is None for iso in _place_country(c))


def _mission_states(place, mentions) -> list:
    """States whose diplomatic mission a place phrase names ("the U.S. embassy", "in front of the
    embassy of France", "the British consulate"): an act at a mission is aimed at its state."""
    missions = [n for n in _with_prep_objects(place) if n.lemma_.lower() in load_roles()["mission_nouns"]]
    return [a for n in missions for a in phrase_actors(n, mentions)
            if getattr(load_registry().actors.get(_country_of(a) or ""), "actor_type", None) == "state"]


def _crowd_of_nationals(head, mentions) -> list:
    """ "thousands of Georgians", "dozens of Syrians": a number of a country's nationals are its
    civilians (CAMEO sector CVL, as for other people named by number), not its state."""
    rules = load_roles()["unnamed_sides"]
    if head.lemma_.lower() not in rules["quantity_nouns"] and head.lower_ not in rules["quantity_nouns"]:
        return []
    nationals = [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p)
                 if o.dep_ == "pobj" and o.ent_type_ == "NORP" and o.tag_ in ("NNPS", "NNS")]
    states = [load_registry().actors.get(_actor_at(o, mentions) or "") for o in nationals]
    return [f"{s.actor_id}{rules['people_sector']}" for s in states if s is not None and s.actor_type == "state"]


def _first_tier(arguments, actors_of) -> tuple[list, int | None]:
    """Actors of the lowest tier of arguments that names any, and that tier (None: none named); an argument's
    phrase names none of its excluded conjuncts' actors ("freed A, and Belgium released B": not Belgium)."""
    for tier in sorted({a.tier for a in arguments}):
        found = _unique(actor for a in arguments if a.tier == tier for actor in actors_of(a.head)
                        if not any(actor in actors_of(e) for e in a.excluded))
        if found:
            return found, tier
    return [], None


def _direct(tier) -> bool:
    """Whether actors came from the trigger's own arguments, not inherited (for the confidence)."""
    return tier is not None and tier <= DIRECT


def _owned(head) -> bool:
    """ "withdrew its troops", "sent their envoys": a phrase owned through a pronoun; when that is
    the subject itself, the phrase is its own, no target."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children_of(head))


def _target_actors(head, mentions) -> list:
    """Actors a target phrase names; a named place names its country ("visit to Moscow", "shelled Kharkiv");
    a border or an agreement names the state beyond it ("sent troops to its border with Ukraine", "suspended its
    participation in the treaty with Lithuania")."""
    # a name the place list knows is a place even where the tagger reads a person ("visited Kyiv"); one it lacks
    # is the gazetteer's where the tagger or the verb makes it a place ("withdrew from Kherson")
    place = head.ent_type_ in load_roles()["place_entities"] or head.pos_ == "PROPN" and _place_slot(head)
    found = phrase_actors(head, mentions) or (_place_country(head) if place or head.pos_ == "PROPN" else []) \
        or (_gazetteer_country(head) if place else [])
    # "called on Baku and Yerevan": a coordinated city that names no actor of its own still names its state
    found += _unique(a for c in head.conjuncts if c.i > head.i and c.pos_ == "PROPN" and not phrase_actors(c, mentions)
                     for a in _place_country(c) if a not in found)
    if not found:  # "its border with Ukraine", "its participation in the treaty with Lithuania": the other party
        roles = load_roles()
        held = [o for p in children_of(head) if p.dep_ == "prep" and p.lower_ == "in" for o in prep_objects(p)] \
            if head.lemma_.lower() in roles["share_nouns"] else []
        found = _unique(a for noun in [head, *held] if noun.lemma_.lower() in (*roles["border_nouns"], *roles["agreement_nouns"])
                        for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "with"
                        for o in children_of(p) if o.dep_ == "pobj" for a in phrase_actors(o, mentions))
    return found


def _adjective_list(noun) -> bool:
    """ "Japanese, British and U.S. officials": three or more coordinated nationality modifiers of one noun."""
    items = {t.i: t for m in children_of(noun) if m.dep_ in ("amod", "compound", "nmod")
             for t in [m, *(c for c in m.subtree if c.dep_ == "conj")]}
    return sum(t.ent_type_ in ("NORP", "GPE") for t in items.values()) >= load_roles()["adjective_list_min"]


def _place_of(obj, mentions, roles, depth=2) -> list:
    """Country of a place phrase: "Amman", "the Iraqi city of Basra", "the town of Samarra",
    "a car bomb explosion in eastern Beirut" (the place inside the phrase); a qualified name's
    country is the geocoder's ("Paris, Texas" -> USA, not the French capital)."""
    if obj.ent_type_ in roles["place_entities"] and "," in (name := _place_name(obj, roles)):
        place = geocode(name)
        if place is not None:
            return [place.country]
    if obj.ent_type_ in roles["place_entities"] or obj.pos_ == "PROPN":
        found = phrase_actors(obj, mentions) or _place_country(obj)
        if found or obj.ent_type_ in roles["place_entities"]:
            return found
    if obj.lemma_.lower() in roles["place_nouns"]:
        # "Russia's Ryazan region": a named possessor is the country; "its capital" is left to the clause
        named_owner = any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in children_of(obj))
        found = _core_actors(obj, mentions, ("amod", "compound", "nmod", "poss") if named_owner else ("amod", "compound", "nmod"))
        if found:
            return found
    for prep in (c for c in children_of(obj) if c.dep_ == "prep" and depth and (
            c.lower_ in argument_words()["place_preps"] or c.lower_ == "of" and obj.lemma_.lower() in roles["place_nouns"])):
        for inner in (c for c in children_of(prep) if c.dep_ == "pobj"):
            found = _place_of(inner, mentions, roles, depth - 1)
            if found:
                return found
    return []


def _place_country(obj) -> list:
    """The country a named city or region lies in ("in Amman" -> Jordan), from the registry's place list."""
    iso = load_registry().places.get(normalise(_proper_name(obj)))
    return [iso] if iso else []


def _place_slot(obj) -> bool:
    """Whether the verb makes its prepositional object a place: where forces leave ("withdrew its troops from
    Kherson", "pulled out of Timbuktu": arguments.yaml origin_preps after leaving_verbs) or where they are sent
    ("deployed soldiers to Goma": sense.yaml deployments). The small tagger reads many such towns as persons."""
    prep = obj.head if obj.dep_ == "pobj" else None
    if prep is not None and prep.lower_ == "of" and prep.head.lower_ in argument_words()["origin_preps"]:
        prep = prep.head  # "out of X"
    if prep is None or prep.dep_ != "prep":
        return False
    verb, words, deployments = prep.head, argument_words(), load_senses()["deployments"]
    if prep.lower_ in words["origin_preps"]:
        return verb.lemma_.lower() in words["leaving_verbs"]
    return prep.lower_ in ("to", "into") and verb.lemma_.lower() in deployments["verbs"] and any(
        c.dep_ == "dobj" and c.lower_ in deployments["forces"] for c in children_of(verb))


def _gazetteer_country(obj) -> list:
    """The country of a named place the registry's place list lacks, from the GeoNames gazetteer (a city of
    5,000 or more; a name shared by cities of like size in several countries names none: places.geocode)."""
    place = geocode(_proper_name(obj))
    return [place.country] if place is not None else []


def _proper_name(obj) -> str:
    """A name with the compound words before it of its entity type ("El Fasher", "Port Sudan")."""
    doc = obj.doc
    start = obj.i
    while start > obj.left_edge.i and doc[start - 1].dep_ == "compound" and doc[start - 1].ent_type_ == obj.ent_type_:
        start -= 1
    return doc[start:obj.i + 1].text


def _unique(items) -> list:
    return list(dict.fromkeys(items))


def _reported_demand(token, cameo: str, roles: Roles) -> str:
    """ "X said that Y must ..." is a demand by X on Y (CAMEO 100), not a bare statement."""
    if not cameo.startswith("01") or not roles.clause_subject:
        return cameo
    modals = load_roles()["demand_modals"]
    clauses = [argument.head.head for argument in roles.frame.of("reported")]  # the reported clauses' verbs
    if any(c.dep_ == "aux" and c.lower_ in modals for clause in clauses for c in children_of(clause)):
        roles.targets = roles.clause_subject
        return "100"
    return cameo


@lru_cache(maxsize=1)
def _sending_verbs() -> frozenset:
    """Verbs of sending forces or goods (roles.yaml aid_verbs, sense.yaml deployments verbs)."""
    return frozenset([*load_roles()["aid_verbs"], *load_senses()["deployments"]["verbs"]])


def _reciprocal(token, cameo: str) -> bool:
    """ "A and B held talks", "joint patrols", "A and B swapped prisoners": an act the actors do with each
    other. A consultation is mutual only by a verb or noun of contact ("met", "talks"), never among names
    that only share a list ("the ministers of A, B and C attended")."""
    roles = load_roles()
    if cameo[:3] in roles["third_party_codes"]:
        return False  # "mediated by Saudi Arabia and the United States": co-mediators, no parties to each other
    if token.lemma_.lower() in roles["pledge_verbs"] and not any(c.dep_ == "xcomp" for c in children_of(token)):
        return _reciprocal_word(token)  # "A, B and C pledged personnel": what each gives, to none of the others
    if cameo[:2] in roles["contact_roots"] and token.lemma_.lower() not in roles["contact_words"]:
        return _reciprocal_word(token)
    return _listed(cameo, roles["reciprocal_roots"]) or _reciprocal_word(token) \
        or token.lemma_.lower() in roles["reciprocal_verbs"]


def _reciprocal_word(token) -> bool:
    """ "joint patrols", "held talks together", "accused each other", "blamed one another": a word that makes any act
    mutual."""
    words = set(load_roles()["reciprocal_words"])
    return any(c.lower_ in words or _each_other(c) for holder in {token, token.head, predicate_of(token)}
               for c in [*children_of(holder), *(o for p in children_of(holder) if p.dep_ == "prep" for o in prep_objects(p))])


def _each_other(word) -> bool:
    """A word of the reciprocal pronoun "each other" / "one another", whichever the parser makes its head."""
    doc, pairs = word.doc, (("each", "other"), ("one", "another"))
    return word.i > 0 and (doc[word.i - 1].lower_, word.lower_) in pairs or \
        word.i + 1 < len(doc) and (word.lower_, doc[word.i + 1].lower_) in pairs


def _actor_pairs(token, roles: Roles, cameo: str, actors: dict, act_code: str | None = None):
    """(source, target) pairs of an event coded ``cameo``. Whether coordinated doers act on each other follows
    ``act_code``, the act's own code before a stance was taken on it: "A, B and C said they would withdraw from
    the bloc" is 030 intent, but a withdrawal each makes, not an agreement among them."""
    sources, targets = roles.sources, roles.targets
    passive = token.pos_ == "VERB" and _passive(token)
    reciprocal = _reciprocal(token, act_code or cameo)
    if not sources and len(targets) >= 2 and (
            token.pos_ == "NOUN" or reciprocal and (not passive or _parties_of_subject(token))):
        # "a meeting between A and B": both directions; not "Israel is opposed to France", nor a passive's
        # subject and object ("troops were sent to Russia": what was sent and where, no two doers), unless the
        # subject names its parties ("a deal between A and B was signed": A and B signed it)
        sources = targets
    if passive and not sources and token.lemma_.lower() in _sending_verbs():
        # "troops were sent to Russia": forces sent are their own state's, the one side that sends them
        forces = [t for t in targets if (_country_of(t) or "") + "MIL" == t]
        if forces and len(forces) < len(targets):
            sources, targets = forces, [t for t in targets if t not in forces]
    if set(targets) <= set(sources) and len(sources) >= 2 and reciprocal and not (
            roles.adjective_list and not _reciprocal_word(token)):  # a list of nationalities acts side by side
        targets = sources  # "A and B held talks", also "... on B's pullback": B is a party, not the topic
    # "arrived in Amman": the place's country; a statement made in Oslo is not made to Norway, nor is a protest
    # rejected in Beijing aimed at China (roles.yaml venue_roots)
    rules = load_roles()
    if cameo[:2] not in rules["addressee_roots"] and (_place_is_target(token, cameo) or _domestic(sources, roles.places)
                                                       and cameo[:2] not in rules["venue_roots"]):
        targets = targets or roles.places
    # "China's foreign minister Wang Yi", "Egyptian Supply Minister Sherif Farouk": a person and their own state or
    # government are one side, never each other's target; nor is the doer's own state among the pair or list it acts
    # on ("Macron hailed the talks between France and Algeria": aimed at Algeria)
    pairs = [(s, t) for s in sources for t in targets if s != t
             and not ((t in sources or len(targets) >= 2) and _one_side(s, t, actors))
             and not (s in targets and _one_side(t, s, actors))]
    if cameo[:2] == "04" and token.lemma_.lower() in rules["mutual_verbs"]:  # "A telephoned B": B consulted A as much
        pairs += [(t, s) for s, t in pairs if (t, s) not in pairs]
    if not pairs and sources:  # "A and B agreed": each actor, no target
        pairs = [(s, None) for s in sources]
    if not pairs and targets:  # "civilians were killed": the target is known, the source is not
        pairs = [(None, t) for t in targets]
    return pairs


def _parties_of_subject(verb) -> bool:
    """Whether a passive's subject names the parties of its act after "between" ("a deal between A and B was
    signed", "talks between A and B were held"): with no doer named, they did the reciprocal act together."""
    return not any(c.dep_ == "agent" for c in children_of(verb)) and any(
        p.dep_ == "prep" and p.lower_ == "between"
        for s in children_of(verb) if s.dep_ == "nsubjpass" for p in children_of(s))


def _listed(cameo: str, codes) -> bool:
    """Whether a CAMEO code is in a roles.yaml list of roots (two digits) and codes (three or four)."""
    return cameo[:2] in codes or cameo[:3] in codes or cameo[:4] in codes


def _one_side(actor_id: str, other: str, actors: dict) -> bool:
    """Whether ``other`` is ``actor_id``'s own state, or the state or government of the person ``actor_id`` is."""
    if other in (_country_of(actor_id), actor_id[:3]):
        return True
    person = actors.get(actor_id) or load_registry().actors.get(actor_id)
    body = actors.get(other) or load_registry().actors.get(other)
    return person is not None and body is not None and person.actor_type == "person" and bool(person.country) \
        and body.actor_type in ("state", "government") and body.country == person.country


def _place_is_target(token, cameo: str) -> bool:
    """ "arrived in Amman", "arrested in Lebanon", "a bombing in Kabul": the place of an act of going there
    or of a material act (cooperation or conflict) stands for its target; "signed an agreement in Doha",
    "raised the issue at the WTO" name a venue, no side (roles.yaml travel_verbs, place_target_verbs,
    place_target_roots)."""
    roles, lemma = load_roles(), token.lemma_.lower()
    return lemma in roles["travel_verbs"] or lemma in roles["place_target_verbs"] \
        or _listed(cameo, roles["place_target_roots"])


def _domestic(sources, places) -> bool:
    """ "Uruguay's government ordered ... in Montevideo": an act at home, among the country's own, which CAMEO
    codes as aimed at that country; a place abroad is only the venue."""
    return bool(places) and {_country_of(p) or p for p in places} <= {_country_of(s) or s for s in sources}


def _confidence(specific: bool, roles: Roles) -> float:
    """0.3 base, +0.2 when a verb + object/preposition pattern (not a bare lemma) chose the code,
    +0.25 each when the source and the target came from the trigger's own arguments rather than
    an inherited subject, a "said that" clause or the place."""
    return round(0.3 + 0.2 * specific + 0.25 * roles.direct_source + 0.25 * roles.direct_target, 2)


def _date(token, timexes, published, status):
    """(value, value_end, text, rule): the event's date by the rules of timex.anchoring."""
    return event_date(token, timexes, published, status, predicate_of, _coded_noun)


def _coded_noun(noun) -> bool:
    """Whether a noun names an act the coder codes ("attack", "visit"): one that may own its date phrase."""
    return _noun_code(noun) is not None


def _status_holder(token, timexes, published: datetime.date | None):
    """The clause that says whether a nominal event happens: "the visit, which will take place"; an
    announced event's own chain ("confirmed the visit": planned), unless a date of its own lies before
    the article's (``published``), when the announcing verb reports it ("confirmed the talks in March"). A past
    participle on an event noun with no date of its own is read as that event is ("will meet for talks hosted by
    Germany": the hosting is planned, as the talks are)."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and event_noun(token.head) and not _clause_dates(token, timexes):
        return _status_holder(token.head, timexes, published)
    if token.pos_ == "NOUN" and not _verbal(token):
        if any(status_modifier(c) for c in children_of(token)):
            return token  # "the talks scheduled for May": the noun's own chain reads it, as `factuality` does
        carrier = predicate_of(token)
        if _cancel_verb(carrier) or token.dep_ in ("nsubj", "nsubjpass") and undoing_conjunct(token.head):
            return token  # "the visit was called off", "was due to ... but was postponed": the noun's own chain reads it
        if carrier.i != token.i and token.dep_ in ("dobj", "nsubjpass") and (entry := object_signature(carrier)) is not None \
                and (entry[0].startswith("-") or entry[1] == "intention"
                     and carrier.lemma_.lower() not in load_roles()["saying_verbs"]):
            # "denied the incursion", "ruled out an attack", "wants talks", "seeks negotiations": the verb's word on
            # it, not the verb's own act ("ordered airstrikes" is the directive's act, done: `_subsumed`; "announced
            # the withdrawal of its troops" tells the act as the announcement dates it)
            return token
        predicates = load_roles()["event_predicates"]
        # the clause may hang on the noun or on its last prepositional object ("visit to Kyiv, which ...")
        for child in (c for noun in _with_prep_objects(token) for c in children_of(noun)):
            if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in predicates and (child.dep_ == "acl" or any(
                    c.lower_ in ("which", "that") or c.dep_ == "auxpass" for c in children_of(child))):
                return child
        if announced_event(token) and not _dated_before(token, timexes, published):
            return token
    return predicate_of(token)


def _dated_before(noun, timexes, published) -> bool:
    """Whether a date inside the noun's phrase ends before the article's date ("the talks in March" in a May article)."""
    spans = [period(t.value, t.value_end) for t in _clause_dates(noun, timexes)] if published else []
    return any(span is not None and span[1] < published for span in spans)


def _status(token, holder, found, future: str | None) -> tuple[str, list]:
    """(status, cues) of a trigger from its status holder's commitment (``found``), with the text of
    a future date in the holder's clause (``future``, or None) making a present act planned."""
    if holder is not token and holder.lemma_.lower() in lexicon()["cancel_verbs"]:
        return "negated", [holder.text]
    status, cues = found.status, list(found.cues)
    if status in ("occurred", "claimed", "planned", "expected") and _nonspecific(token):
        # "would respond to any attack", "will regard any visit by X as a provocation": no attack or visit told or set
        return "hypothetical", [c.text for c in children_of(token) if c.dep_ == "det"]
    if status == "occurred" and continued_act(token) is not None and continuing_present(token):
        status = "ongoing"  # "continues its support for X": kept up, as "continues to support X"
    if status == "occurred" and (background := _background_of(token)) is not None:
        return "ongoing", [background.text]  # "despite a ceasefire between A and B": a state, no new act today
    if status in ("ongoing", "occurred") and holder.tag_ in ("VBG", "VBZ", "VBP"):
        if future is not None and (status == "ongoing" or not any(
                c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in children_of(holder))):
            return "planned", [future]
    if status == "expected" and cues == ["would"] and future is not None:  # "Peskov said they would meet on Monday": announced
        return "planned", ["would", future]
    return status, cues


def _background_of(noun):
    """The word that sets the event ``noun`` as the background of its clause, else None: a preposition of concession
    or circumstance ("despite a ceasefire between A and B", "amid talks with X", "in spite of the truce"), or the
    "since" of a clause that tells the noun's beginning ("since the talks between A and B began";
    status_lexicon.yaml background_preps, background_beginnings)."""
    lex = lexicon()
    if noun.pos_ != "NOUN":
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in lex["background_preps"]:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in lex["background_preps"]:
        return noun.head.head  # "in spite of"
    verb = noun.head
    if noun.dep_ != "nsubj" or not tells_happening(noun) or verb.dep_ != "advcl":
        return None
    keys = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {c.lower_}" for c in children_of(verb) if c.dep_ in ("prt", "dobj")}
    return next((m for m in children_of(verb) if m.dep_ == "mark" and m.lower_ == "since"
                 and keys & set(lex["background_beginnings"])), None)


def _nonspecific(noun) -> bool:
    """Whether ``noun`` is an event noun with a determiner that picks out no particular act ("any attack", "any
    further strikes": status_lexicon.yaml nonspecific_determiners) in a clause about what would or will be: the
    verb it hangs on has a modal and no negation ("would respond to any attack", "any incursion will be met with
    force"; not "has withstood any disruptions", "will not tolerate any delay")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in lexicon()["nonspecific_determiners"]
                                      for c in children_of(noun)):
        return False
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or any(c.dep_ == "neg" or c.lower_ in lexicon()["negators"] for c in children_of(verb)):
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in children_of(verb))


def _clause_dates(predicate, timexes) -> list:
    """The DATE time expressions inside the predicate's clause."""
    start, end = predicate.left_edge.idx, predicate.right_edge.idx + len(predicate.right_edge)
    return [t for t in timexes if start <= t.start < end and t.type == "DATE"]


def _future_timex(dates, published):
    """Text of a time expression of a predicate's clause (``dates``: its `_clause_dates`) that lies after the
    article date ("next week", "in the coming months", "on March 21" in a March 17 article)."""
    words = set(lexicon()["future_words"])
    for timex in dates:
        if timex.value == "FUTURE_REF" or words & set(timex.text.lower().split()) or begins_after(timex.value, published):
            return timex.text
    return None


def _dated_future(predicate, dates) -> bool:
    """ "will take place on March 20-23", "will meet in Geneva on June 4": a clause in the future tense
    with a date of its own (``dates``: its `_clause_dates`) is set for that date, whether or not the article's
    own date is known."""
    return future_tense(predicate) and bool(dates)


def _deadline(dates) -> bool:
    """Whether a date of a predicate's clause (``dates``: its `_clause_dates`) is a deadline ("by the end of
    the year", "before March")."""
    words = set(lexicon()["deadline_words"])
    return any(t.text.split()[0].lower() in words for t in dates)


def stance_code(cameo: str, status: str, holder, plan: bool = False, intends_not: bool = False) -> tuple[str, str]:
    """CAMEO codes a stance toward an act rather than the act: a promised or announced cooperative
    act is "express intent" (03x), an announced conflictual act a threat (13x), and a refused
    cooperative act a rejection (12x), which did happen; a refused yielding act is the 124x that
    mirrors its 08x ("will not resume imports", 085: 1244; roles.yaml stance_codes). A possibility
    ("Russia could invade") or a third party's prediction ("is expected to", "likely") is no stance
    of the actor's and keeps the act's code; what an actor would or will do, or may do on a condition ("may halt mediation if
    ..."), is one. A cooperative act that is a ``plan``, set for a date or stated by the author as
    what will happen, with no word of intention ("will withdraw its troops by the end of the year",
    "is coming to Berlin next week", "will send military aid to X": `_authors_plan`) or a scheduled
    one ("plans to visit", "is set to meet": `_scheduled`) is that act, planned (intent is what the
    actor voices: "pledged to", "offered to", "said it would"), and so is
    the aim of a purpose clause ("began a hunger strike to protest"). An intention not to act
    (``intends_not``: "vowed never to release") is a refusal of a cooperative act, else the act negated, not to be
    counted on ("vowed not to attack", "agreed to stop attacking")."""
    stances, root = load_roles()["stance_codes"], cameo[:2]
    if status == "negated" and root in stances["rejection"] and (_refused(holder) or refused_by_negation(cameo, holder)):
        return _by_root(stances["rejection"], cameo), "occurred"
    if intends_not:  # "vowed never to release the hostages" refuses; "vowed not to attack" threatens nothing
        return (_by_root(stances["rejection"], cameo), "occurred") \
            if root in stances["rejection"] else (cameo, "negated")
    if status not in ("planned", "expected", "hypothetical"):
        return cameo, status  # an act told as done, denied or claimed is no stance: the clause tests below need no walk
    if status == "hypothetical" and (_condition_of_its_own(holder) or _nonspecific(holder)):
        # "if Russia attacks", "would respond to any Israeli attack": the condition, not what anyone says they will do
        return cameo, status
    if _purpose_clause(holder) or _temporal_clause(holder):
        return cameo, status  # "began a hunger strike to protest", "will leave once Y disarms": no announced stance
    if any(t.lemma_.lower() in stances["attempt_words"] for t in governors(holder)[1:]):
        return cameo, status  # "an attempt to assassinate": the act attempted, no threat
    if status not in ("planned", "expected", "hypothetical") or predicted(holder) \
            or status == "expected" and not volitional(holder):
        return cameo, status
    if root in stances["intent"]:
        if plan and not _intended(holder) or _scheduled(holder):
            return cameo, status  # "will withdraw its troops by the end of the year", "plans to visit": a plan, not a stance
        return _by_root(stances["intent"], cameo), status
    if not _intended(holder) and any(t.lemma_.lower() in stances["decision_verbs"] for t in governors(holder)[1:]):
        # "announced it would prohibit all aid": a decision, not a threat; "announced it is
        # prepared to impose martial law" states a readiness, which is one
        return cameo, "planned"
    return _by_root(stances["threat"], cameo) or cameo, status


def _by_root(table: dict, cameo: str) -> str | None:
    """A stance table's code for a CAMEO code: its three-digit entry ("085" -> 1244), else its root's ("08")."""
    return table.get(cameo[:3]) or table.get(cameo[:2])


def _temporal_clause(holder) -> bool:
    """ "would withdraw once Congo disarmed the militia": an adverbial clause of time (frames signatures.yaml
    ``temporal_marks``) says when another act is to happen; its own act is no promise or threat of its doer's."""
    return holder.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in signatures()["temporal_marks"]
                                          for c in children_of(holder))


def _purpose_clause(holder) -> bool:
    """ "began a hunger strike to protest against X", "blocked the road to demand X": an infinitive
    adverbial clause with no subject of its own says what the main act is for (CAMEO codes the
    act done, not a promise or a threat of its aim)."""
    # the parser may hang the clause on the object noun instead ("began a hunger strike [to protest]")
    on_object = holder.dep_ == "relcl" and holder.head.dep_ == "dobj"
    if holder.dep_ != "advcl" and not on_object or not infinitive(holder) \
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(holder)):
        return False
    main = holder.head.head if on_object else holder.head  # the act done for that aim: itself coded, or a light verb with a coded event noun
    return _trigger_code(main)[0] is not None or any(_noun_code(o) for o in children_of(main) if o.dep_ == "dobj")


def _scheduled(holder) -> bool:
    """ "plans to visit", "intends to meet", "is set to sign", "is scheduled to hold talks", "is due
    to visit": a verb or adjective of schedule right over a cooperative act (roles.yaml schedule_words)
    makes it the act, planned, as does an announced event ("confirmed the visit": frames'
    ``announced_event``); the plan is its modality, not a voiced intent (no 03x stance). A
    conflictual act planned stays a threat, as the ZSP data code it."""
    return announced_event(holder) or any(t.lemma_.lower() in load_roles()["schedule_words"] for t in governors(holder)[1:2])


def _intended(holder) -> bool:
    """ "plans to visit", "its readiness to deepen": a word of intention, not a bare "will", frames the act
    (by surface form too: the lemmatiser reads "hopes" as "hop")."""
    words = set(lexicon()["intention"]) | set(lexicon()["intention_nouns"])
    return any(t.lemma_.lower() in words or t.lower_ in words for t in governors(holder)[1:])


def _condition_of_its_own(predicate) -> bool:
    """ "if Russia attacks", "unless Israel rescinds", "if AMR decides not to take": the act is
    (part of) the condition itself."""
    markers = set(lexicon()["conditional_markers"])
    while True:
        if any(c.dep_ == "mark" and c.lower_ in markers for c in children_of(predicate)):
            return True
        if predicate.dep_ not in ("xcomp", "acomp") or predicate.head.i == predicate.i:
            return False
        predicate = predicate.head


def _refused(holder) -> bool:
    """ "refused to meet", "its refusal to allow": a verb or noun of refusal governs the act, and no noun with
    a doer of its own stands between ("rejected Trump's proposal to resettle": Trump's act is rejected by
    another, no refusal of his), nor a verb of object control ("refused to allow inspectors to visit": the
    inspectors' visit is not refused by them)."""
    words, control = set(lexicon()["rejection_cues"]), set(argument_words()["object_control"])
    chain = governors(holder)
    for below, t in zip(chain, chain[1:]):
        if below.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("PRP", "PRP$")
                                                  for c in children_of(below)):
            return False  # the act has a doer of its own, named: "refused to allow [inspectors to visit]"
        if t.lemma_.lower() in words:
            return True
        if t.pos_ == "NOUN" and any(c.dep_ == "poss" for c in children_of(t)):
            return False
        if t.lemma_.lower() in control and any(c.dep_ == "dobj" for c in children_of(t)):
            return False
    return False


def _dated_as(status: str, found) -> str:
    """The status an event is dated by: an act predicted or believed not to happen ("is unlikely to attend", "not
    expected to attend": negated) is dated as an expected one, ahead of the telling, not on the publication date."""
    return "expected" if status == "negated" and found.basis in ("prediction", "belief") else status


def _event(token, cameo, status_cues, pair, sent_index, timexes, published, confidence, described, dated_as) -> Event:
    (status, cues), (source, target) = status_cues, pair
    book = load_codebook()
    entry = book.get(cameo) or book.get(cameo[:3]) or book[cameo[:2] + "0"]
    date, date_end, time_text, date_rule = _date(token, timexes, published, dated_as)
    why = f"trigger={token.text}; pattern={token.lemma_}->{cameo}; actors={source or '-'},{target or '-'}; cues={cues}"
    if described:
        why += f"; described, not named: {', '.join(described)}"
    return Event(sentence=sent_index, trigger=token.text, trigger_start=token.idx,
                 trigger_end=token.idx + len(token), cameo=cameo, plover=entry["plover"],
                 goldstein=entry["goldstein"], quad_class=entry["quad_class"], status=status,
                 source=source, target=target, date=date, date_end=date_end, time_text=time_text, date_rule=date_rule,
                 location=_place(token, cameo), confidence=confidence, why=why)


def _venues(predicate, forum_nouns) -> list:
    """The forum nouns after "at" in the predicate's subtree ("at a summit in ..."), in the subtree's order."""
    forums, first = _forum_noun_positions(predicate.doc), predicate.left_edge.i
    at = bisect_left(forums, first)
    if at == len(forums) or forums[at] > predicate.right_edge.i:
        return []  # the subtree lies within its edges: without a forum noun there, no walk of the subtree (spaCy's is slow)
    return [n for n in predicate.subtree if n.dep_ == "pobj" and n.head.lower_ == "at" and n.lemma_.lower() in forum_nouns]


@per_document
def _forum_noun_positions(doc) -> list[int]:
    """Indexes, ascending, of the Doc's words whose lower-cased lemma is a forum noun (roles.yaml forum_nouns).
    Read from the lemma column once per document: each event's place rule asks it of its clause, and a
    Token made per word of each clause cost more than the rest of that rule."""
    return lemma_positions(doc, load_roles()["forum_nouns"])


def _place(token, cameo: str) -> str | None:
    """Where the sentence says the event happened: "in Moscow" on the trigger or its verb, also "near
    the village of Sotk", "in the Kalbajar district", "at Abu Dhabi airport" (a place or site noun
    and its name); for a meeting, an arrest or an attack (roles.yaml object_place_roots) or an act
    before a forum, "in Baku" on the verb's object too ("summoned the ambassador in Baku", "shelled
    positions near the town of X", "told a cabinet meeting in Yerevan"), and "in the Indian capital"
    (`_capital_of`); else the place an attack or a
    visit takes as its object ("besieged El Fasher", "visited Kyiv")."""
    roles = load_roles()
    predicate = predicate_of(token)
    objects = [o for o in children_of(predicate) if o.dep_ == "dobj"
               and (cameo[:2] in roles["object_place_roots"] or o.lemma_.lower() in roles["forum_nouns"])]
    if cameo[:2] in roles["unnamed_sides"]["attack_roots"]:  # "opened fire with mortars on positions near X"
        nouns = [predicate, *(o for p in children_of(predicate) if p.dep_ == "prep" for o in prep_objects(p)), *objects]
        objects += [o for n in nouns for p in children_of(n) if p.dep_ == "prep" and p.lower_ in roles["aim_preps"]
                    for o in prep_objects(p)]  # "fired at towns near X", "with mortars on positions near X"
    # "agreed to resume talks ... at a summit in the Indian capital": the venue's place, however deep it hangs
    venues = _venues(predicate, roles["forum_nouns"])
    holders = [predicate, token, *objects, *venues]
    for holder in dict.fromkeys(holders):
        for prep in (c for c in children_of(holder) if c.dep_ == "prep" and c.lower_ in argument_words()["place_preps"]):
            for obj in (c for c in children_of(prep) if c.dep_ == "pobj"):
                named = _named_place(obj, roles)
                if named is not None:
                    return _place_name(named, roles)
                if _capital_of(obj, roles):
                    return _capital_of(obj, roles)
    if cameo[:2] in roles["unnamed_sides"]["attack_roots"] or cameo == roles["visit_code"]:
        for obj in (o for o in children_of(predicate) if o.dep_ == "dobj"):  # "besieged El Fasher", "visited Kyiv"
            named = _named_place(obj, roles)
            if named is not None:
                return _place_name(named, roles)
            if obj.pos_ == "PROPN" and _place_country(obj):  # the tagger may read a city as a person ("shelled Kharkiv")
                return _proper_name(obj)
    return None


def _capital_of(obj, roles) -> str | None:
    """The city "the Indian capital" or "the Sudanese capital" names: the registry's first capital of the
    state its adjective names (roles.yaml capital_nouns), or None."""
    if obj.lemma_.lower() not in roles["capital_nouns"]:
        return None
    registry = load_registry()
    for state in (registry.adjectives.get(normalise(c.text)) for c in children_of(obj) if c.dep_ in ("amod", "compound")):
        city = next((name for name, iso in registry.capitals.items() if state and iso == state), None)
        if city:
            return city.title()
    return None


def _named_place(obj, roles):
    """The token of the place name a prepositional object gives: itself when it is a place entity, else the
    name of a place or site noun ("the village of Sotk", "the Kalbajar district", "Abu Dhabi airport"), but
    not the name of a site's owner ("the NATO base": roles.yaml site_owner_entities); None when there is none."""
    if obj.ent_type_ in roles["place_entities"]:
        return obj
    lemma = obj.lemma_.lower()
    if lemma not in roles["place_nouns"] and lemma not in roles["site_nouns"]:
        return None
    names = [o for p in children_of(obj) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj"] \
        + [c for c in children_of(obj) if c.dep_ == "compound"]
    # the noun says it is a place, so a name the tagger did not read as one still is ("the Kalbajar district",
    # "the Jarinje crossing" read as a person's); but a site may be named by its owner ("the NATO base")
    owners = roles["site_owner_entities"] if lemma in roles["site_nouns"] else ()
    return next((n for n in names if n.ent_type_ in roles["place_entities"]
                 or n.pos_ == "PROPN" and n.ent_type_ not in owners), None)


def _place_name(obj, roles) -> str:
    """The place's name, never the clauses hanging on it ("in Baku, where they signed ..." -> "Baku"),
    with a place that qualifies it after a comma ("Savannah, Georgia", "Paris, Texas")."""
    start, end = _entity_bounds(obj)
    doc = obj.doc
    if (end + 1 <= obj.right_edge.i and doc[end].text == "," and doc[end + 1].ent_iob_ == "B"
            and doc[end + 1].ent_type_ in roles["place_entities"]):
        end = _entity_bounds(doc[end + 1])[1]
    return doc[start:end].text


def _entity_bounds(token) -> tuple[int, int]:
    """Token offsets (end exclusive) of the named entity a token lies in."""
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start, end
