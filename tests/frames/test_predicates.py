"""Predicate frames (issue 17, point 1): arguments after inheritance, each with the rule that found
it; and the events the coder reads from them. Sentences written for these tests."""

import pytest

from newsledger.frames import frame, sentence_frames
from newsledger.frames.commitment import gerund_read_as_modifier
from newsledger.frames.predicates import INHERITED, OWNER
from newsledger.interfaces.coding import code_text


def frame_of(nlp, sentence, word):
    doc = nlp(sentence)
    return frame(next(t for t in doc if t.text == word))


def heads(found, role):
    return [a.head.text for a in found.of(role)]


def rule_of(found, role, head):
    return next(a.rule for a in found.of(role) if a.head.text == head)


@pytest.mark.parametrize("sentence, verb, subject, rule", [
    ("Chile plans to expand trade with Peru.", "expand", "Chile", "control: plans to"),
    ("The Kenyan government seeks to reopen the border.", "reopen", "government", "control: seeks to"),
    ("Armenia tried to restore its corridor.", "restore", "Armenia", "control: tried to"),
    ("Nepal is about to reopen its border crossings.", "reopen", "Nepal", "control: is about to"),
    ("The envoy is set to visit Hanoi next month.", "visit", "envoy", "raising: set to"),
    ("The Latvian premier expressed her readiness to deepen ties with Estonia.", "deepen", "premier",
     "control: expressed readiness to"),
])
def test_subject_control_and_raising(nlp, sentence, verb, subject, rule):
    found = frame_of(nlp, sentence, verb)
    argument = found.of("subject")[0]
    assert (argument.head.text, argument.rule, argument.tier) == (subject, rule, INHERITED)
    assert argument.inherited


def test_object_control_makes_the_object_the_complement_subject(nlp):
    found = frame_of(nlp, "Kenya urged Somalia to release the hostages.", "release")
    assert heads(found, "subject") == ["Somalia"]
    assert rule_of(found, "subject", "Somalia") == "object control: urged Somalia to"


@pytest.mark.parametrize("sentence, verb, subject", [
    ("The AU called on Chad to hand over the suspects.", "hand", "Chad"),
    ("Norway criticised the vote and called on Hungary to respect the court ruling.", "respect", "Hungary"),
    ("Senegal appealed to Gambia to reopen the ferry crossing.", "reopen", "Gambia"),
    ("The bishops pleaded with the rebels to free the hostages.", "free", "rebels"),
])
def test_a_prepositional_object_is_the_subject_of_the_complement(nlp, sentence, verb, subject):
    found = frame_of(nlp, sentence, verb)
    assert heads(found, "subject") == [subject]
    assert rule_of(found, "subject", subject).startswith("object control:")


@pytest.mark.parametrize("sentence, verb", [
    ("Washington convinced Seoul to halt the missile sale.", "halt"),
    ("The sanctions compelled Tehran to release the tanker.", "release"),
    ("Berlin authorised Kyiv to use the tanks against Russian targets.", "use"),
    ("The European Union has been pressuring Belgrade to recognise Kosovo.", "recognise"),
    ("The UN helped Khartoum to repatriate the refugees.", "repatriate"),
    ("The new rules require Ankara to notify NATO of any exercise.", "notify"),
    ("The verdict prompted Madrid to recall its ambassador.", "recall"),
    ("The minister instructed Nairobi's envoy to leave the talks.", "leave"),
])
def test_verbs_of_causing_permitting_and_pressing_control_their_object(nlp, sentence, verb):
    """A verb that makes, lets or presses its object do something: the object does the complement's act,
    not the verb's subject."""
    found = frame_of(nlp, sentence, verb)
    subject = heads(found, "subject")
    assert subject and subject[0] in ("Seoul", "Tehran", "Kyiv", "Belgrade", "Khartoum", "Ankara", "Madrid", "envoy")


def test_a_passive_has_its_by_agent_as_subject_and_its_subject_as_target(nlp):
    found = frame_of(nlp, "The convoy was ambushed by rebels near the river.", "ambushed")
    assert heads(found, "subject") == ["rebels"] and rule_of(found, "subject", "rebels") == "passive by-agent"
    assert heads(found, "target") == ["convoy"] and rule_of(found, "target", "convoy") == "passive subject"


def test_coordinated_verbs_share_subject_and_object(nlp):
    doc = nlp("The army shelled and captured the town.")
    shelled, captured = (frame(t) for t in doc if t.text in ("shelled", "captured"))
    assert heads(shelled, "target") == ["town"] and rule_of(shelled, "target", "town").startswith("conj shares object")
    assert heads(captured, "subject") == ["army"] and rule_of(captured, "subject", "army").startswith("conj shares subject")


def test_a_relative_clause_takes_the_noun_it_hangs_on_as_subject(nlp):
    found = frame_of(nlp, "Lukashenko, who backed the war against Ukraine, met the envoy.", "backed")
    assert heads(found, "subject") == ["Lukashenko"] and rule_of(found, "subject", "Lukashenko") == "relcl: who"


def test_an_event_noun_takes_its_possessor_and_its_preposition(nlp):
    found = frame_of(nlp, "Modi's visit to Tokyo was postponed.", "visit")
    assert heads(found, "subject") == ["Modi"] and found.of("subject")[0].tier == OWNER
    assert "Tokyo" in heads(found, "target")


def test_a_nouns_infinitive_takes_the_nouns_owner(nlp):
    found = frame_of(nlp, "Brazil's refusal to condemn Venezuela angered its neighbours.", "condemn")
    assert found.of("subject")[0].head.text == "Brazil" and found.of("subject")[0].tier == OWNER
    assert heads(found, "target") == ["Venezuela"]


def test_a_light_verb_carries_its_event_nouns_arguments(nlp):
    found = frame_of(nlp, "Japan held talks with Korea on Friday.", "talks")
    assert found.predicate.text == "held"
    assert heads(found, "subject") == ["Japan"]
    assert "Korea" in heads(found, "target") and "Friday" not in heads(found, "target")  # a date is no target


def test_a_partitive_object_is_headed_by_the_noun_after_of(nlp):
    found = frame_of(nlp, "Belarus sent dozens of tanks to Serbia.", "sent")
    assert rule_of(found, "target", "tanks") == "partitive head: dozens of tanks"
    assert "Serbia" in heads(found, "target")


def test_a_destination_inside_a_partitive_object_is_a_target(nlp):
    found = frame_of(nlp, "Austria halted a consignment of rifles to Libya.", "halted")
    assert "Libya" in heads(found, "target")


@pytest.mark.parametrize("sentence, verb", [
    ("Chad withdrew its soldiers from Niger last year.", "withdrew"),
    ("Chad pulled its soldiers out of Niger.", "pulled"),
])
def test_the_place_left_is_the_target_of_a_withdrawal(nlp, sentence, verb):
    found = frame_of(nlp, sentence, verb)
    assert heads(found, "subject") == ["Chad"]
    origin = next(a for a in found.of("target") if a.head.text == "Niger")
    assert origin.rule.startswith("origin:") and not origin.inherited  # the verb's own preposition


def test_a_place_left_is_no_target_of_other_verbs(nlp):
    assert "Oslo" not in heads(frame_of(nlp, "Sweden received a letter from Oslo.", "received"), "target")


@pytest.mark.parametrize("sentence, word", [
    ("Boric met Petro on the sidelines of an OAS meeting in Lima.", "met"),
    ("Boric and Petro held talks on the margins of the Mercosur summit.", "talks"),
])
def test_the_sidelines_of_a_gathering_are_a_place_not_a_target(nlp, sentence, word):
    found = frame_of(nlp, sentence, word)
    assert all(a.head.lemma_ not in ("sideline", "sidelines", "margin", "margins") for a in found.of("target"))
    assert any(a.head.lemma_ in ("sideline", "sidelines", "margin", "margins") for a in found.of("place"))


def test_a_trailing_attribution_reports_no_clause_subject(nlp):
    trailing = frame_of(nlp, "Chile will not sell copper to Peru, the trade minister said.", "said")
    assert trailing.of("reported", "target") == []
    leading = frame_of(nlp, "The trade minister said that Chile would sell copper to Peru.", "said")
    assert heads(leading, "reported") == ["Chile"]


def test_a_pronoun_subject_stands_for_the_reporting_subject(nlp):
    found = frame_of(nlp, "Romania said it would expel the attache.", "expel")
    assert heads(found, "subject") == ["Romania"]
    assert found.of("subject")[0].rule.startswith("pronoun it = ")


def test_the_subject_of_a_condition_is_a_condition_argument(nlp):
    found = frame_of(nlp, "Serbia threatened to cut gas supplies unless Kosovo withdrew its police.", "threatened")
    assert heads(found, "condition") == ["Kosovo"]
    assert rule_of(found, "condition", "Kosovo") == "subject of the condition: unless Kosovo"


def test_arguments_carry_their_phrase_offsets(nlp):
    sentence = "The Latvian premier met the Estonian foreign minister."
    found = frame_of(nlp, sentence, "met")
    target = found.of("target")[0]
    assert sentence[target.start:target.end] == "the Estonian foreign minister"


def test_sentence_frames_give_one_frame_per_verb(nlp):
    doc = nlp("Peru recalled its ambassador and closed the consulate.")
    assert [f.trigger.text for f in sentence_frames(next(doc.sents))] == ["recalled", "closed"]


def test_sentence_frames_include_event_nouns(nlp):
    doc = nlp("Modi's visit to Tokyo followed talks with Kishida.")
    found = {f.trigger.text: f for f in sentence_frames(next(doc.sents))}
    assert set(found) == {"visit", "followed", "talks"}
    assert heads(found["visit"], "subject")[0] == "Modi" and "Kishida" in heads(found["talks"], "target")


def pairs(text, published="2024-05-06"):
    return {(e.source, e.target, e.cameo[:2], e.status) for e in code_text(text, published).events}


def test_object_control_gives_the_request_and_the_controlled_act():
    found = pairs("Kenya urged Somalia to release the hostages.")
    assert any(s == "KEN" and t == "SOM" for s, t, _, _ in found)
    assert not any(s == "KEN" and c == "08" for s, _, c, _ in found)  # the release is Somalia's, not Kenya's


def test_a_withdrawal_from_a_country_targets_that_country():
    found = pairs("Chad will withdraw its soldiers from Niger by the end of the year.")
    assert any(s == "TCD" and t == "NER" for s, t, _, _ in found)


def test_a_trailing_attribution_keeps_the_reported_target_and_aims_nothing_at_the_subject():
    events = code_text("Chile will not send troops to Peru, the defence minister said on Monday.", "2024-05-06").events
    sending = [e for e in events if e.trigger == "send"]
    assert sending and all((e.source, e.target, e.status) == ("CHL", "PER", "negated") for e in sending)
    assert all(e.target not in ("CHL", "PER") for e in events if e.trigger == "said")


def test_a_relative_clause_act_is_coded_for_the_noun_it_hangs_on():
    events = code_text("Lukashenko, who criticised Poland on Monday, met the envoy.", "2024-05-06").events
    criticism = [e for e in events if e.trigger == "criticised"]
    assert criticism and all(e.source == "alexander-lukashenko" and e.target == "POL" for e in criticism)


def test_the_code_command_shows_each_frame_with_its_rules(cli):
    result = cli("code", "Kenya persuaded Somalia to release the hostages.", "--date", "2024-05-06")
    assert result.exit_code == 0
    assert "frame release:" in result.stdout
    assert "subject: 'Somalia' by object control: persuaded Somalia to (inherited)" in result.stdout


def test_names_that_only_share_a_list_are_no_pairs():
    events = code_text("The premiers met in Vilnius; the defence ministers of Latvia, Estonia and Finland also attended.",
                       "2024-05-06").events
    listed = {"LVA", "EST", "FIN"}
    assert not [e for e in events if e.source in listed and e.target in listed]


def test_officials_in_a_capital_speak_for_its_government():
    events = code_text("Iran has sold drones to Venezuela, officials in Washington said.", "2024-05-06").events
    said = [e for e in events if e.trigger == "said"]
    # The actors stage now names them (a group in a capital is its government); either way the side is USAGOV.
    assert [(e.source, e.target) for e in said] == [("USAGOV", None)]


def test_an_unnamed_officials_statement_with_no_sides_is_no_event():
    events = code_text("Chile will not send troops to Peru, a senior official said.", "2024-05-06").events
    assert [e for e in events if e.trigger == "said"] == [] and any(e.trigger == "send" for e in events)


def test_an_unnamed_ministry_in_a_capital_speaks_for_its_government():
    events = code_text("Armenia has closed its airspace, the foreign ministry in Yerevan said.", "2024-05-06").events
    assert [(e.source, e.target) for e in events if e.trigger == "said"] == [("ARMGOV", None)]


def test_a_denial_is_the_speakers_and_what_it_denies_keeps_the_pronouns_antecedent():
    events = code_text("Baku denied that its drones had struck a convoy in southern Armenia.", "2024-05-06").events
    denial = [e for e in events if e.trigger == "denied"]
    strike = [e for e in events if e.trigger == "struck"]
    assert denial and all(e.source.startswith("AZE") and e.target != "ARM" for e in denial)
    assert strike and all(e.source.startswith("AZE") and e.target == "ARM" and e.status != "occurred" for e in strike)


@pytest.mark.parametrize("text, trigger, pair", [
    ("Norway gave support to Moldova.", "gave", ("NOR", "MDA")),  # light verb + "to X"
    ("Modi's visit to Tokyo ended on Wednesday.", "visit", ("narendra-modi", "JPN")),  # possessor of an event noun
    ("Austria, which has blocked aid to Serbia, met Croatia.", "blocked", ("AUT", "SRB")),  # relative clause "which"
    ("Chile and Peru held talks in Lima.", "talks", ("CHL", "PER")),  # conjoined subjects of a light verb's noun
])
def test_events_take_their_sides_from_the_frame(text, trigger, pair):
    events = code_text(text, "2024-05-06").events
    assert pair in {(e.source, e.target) for e in events if e.trigger == trigger}


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Serbia has no intention of recognising Kosovo.", "recognising", "Serbia"),
    ("The junta dropped the idea of expelling the French envoy.", "expelling", "junta"),
    ("Hungary's threat of vetoing the aid package worried Brussels.", "vetoing", "Hungary"),
])
def test_a_gerund_after_of_on_a_noun_of_intent_takes_the_subject_of_its_holder(nlp, sentence, verb, subject):
    found = frame_of(nlp, sentence, verb)
    assert [(a.head.text, a.tier) for a in found.of("subject")] == [(subject, INHERITED)]


@pytest.mark.parametrize("sentence, verb, subject", [
    ("Lithuania responded by expelling two Belarusian diplomats.", "expelling", "Lithuania"),
    ("The convoy withdrew without firing a shot.", "firing", "convoy"),
    ("After meeting the Thai premier, Hun Manet criticised the border closure.", "meeting", "Manet"),
    ("Ghana threatened to retaliate by banning imports from Togo.", "banning", "Ghana"),
])
def test_a_gerund_after_by_without_or_after_is_done_by_the_subject_of_its_verb(nlp, sentence, verb, subject):
    found = frame_of(nlp, sentence, verb)
    assert [(a.head.text, a.tier) for a in found.of("subject")] == [(subject, INHERITED)]


@pytest.mark.parametrize("sentence, gerund, doer, patient", [
    ("Egyptian police denied beating protesters.", "beating", "police", "protesters"),  # parsed as an adjective
    ("Turkish police resumed arresting activists.", "arresting", "police", "activists"),
    ("Moscow denied bombing markets in Idlib.", "bombing", "Moscow", "markets"),  # parsed as a noun compound
])
def test_a_gerund_the_parser_read_as_a_modifier_of_its_object_heads_its_own_clause(nlp, sentence, gerund, doer, patient):
    found = frame_of(nlp, sentence, gerund)
    assert [(a.head.text, a.tier) for a in found.of("subject")] == [(doer, INHERITED)]
    assert patient in heads(found, "target")


@pytest.mark.parametrize("sentence, word", [
    ("Kenya denied visiting delegates entry.", "visiting"),  # a participle of what its noun does
    ("The coalition resumed escalating attacks.", "escalating"),  # a modifier of an event noun
])
def test_an_ing_modifier_that_tells_of_its_noun_stays_a_modifier(nlp, sentence, word):
    doc = nlp(sentence)
    assert gerund_read_as_modifier(next(t for t in doc if t.text == word)) is None


@pytest.mark.parametrize("sentence, gerund, doer", [
    ("Ethiopia accused Eritrea of shelling border towns and of abducting dozens of farmers.", "abducting", "Eritrea"),
    ("Armenia accused Azerbaijan of besieging Stepanakert and of killing civilians there.", "killing", "Azerbaijan"),
])
def test_a_second_coordinated_of_gerund_is_done_by_the_accused_too(nlp, sentence, gerund, doer):
    # the parser makes the second "of" a conjunct of the verb or of the first "of"
    found = frame_of(nlp, sentence, gerund)
    assert rule_of(found, "subject", doer).startswith("object control:")


def test_a_third_person_pronoun_in_a_quotation_is_not_the_speaker_outside_it(nlp):
    found = frame_of(nlp, '"They burned our crops," the Ugandan farm minister said.', "burned")
    assert heads(found, "subject") == ["They"]
    found = frame_of(nlp, "The Ugandan farm minister said they burned the crops.", "burned")
    assert heads(found, "subject") == ["minister"]  # no quotation: the governing clause's subject


def test_a_quoted_first_person_pronoun_comes_before_the_speaker(nlp):
    found = frame_of(nlp, '"We will rebuild the bridge," the Ugandan farm minister said.', "rebuild")
    assert [(a.head.text, a.tier) for a in found.of("subject")] == [("We", 1), ("minister", INHERITED)]


def test_a_reaction_drawn_from_others_is_theirs_against_the_drawer(nlp):
    found = frame_of(nlp, "Chile closed the pass, prompting protests from Peru and Bolivia.", "protests")
    assert heads(found, "subject") == ["Peru"] and heads(found, "target") == ["Chile"]
