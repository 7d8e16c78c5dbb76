"""The commitment engine (issue 17, point 2): status composed through every embedding, whose
commitment it is, and the chain that says why. Sentences written for these tests."""

import json

import pytest

from newsledger.events.status import classify
from newsledger.frames.commitment import factuality_scale, signatures
from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word, status", [
    # two-way implicatives under negation: "not fail to" = did, "not manage to" = did not
    ("The ministry did not fail to publish its annual report.", "publish", "occurred"),
    ("The rebels did not manage to capture the airport.", "capture", "negated"),
    ("The coalition managed to pass the budget.", "pass", "occurred"),
    # one-way negative implicatives and phrasal ones
    ("Berlin ruled out delivering long-range missiles to Kyiv.", "delivering", "negated"),
    ("The union refused to sign the agreement.", "sign", "negated"),
    ("Chile's foreign minister called off a scheduled trip to Lima.", "trip", "negated"),
    ("The airline cancelled its planned flights to Tehran.", "flights", "negated"),
    # intentions: planned; a threat is what the actor says it will do
    ("Ankara threatened to veto the accession talks.", "veto", "planned"),
    ("The rebels vowed to retake the town.", "retake", "planned"),
    ("The ferry operator is about to restart its service to the island.", "restart", "planned"),
    ("Kenya's president expressed his readiness to expand trade with Tanzania.", "expand", "planned"),
    ("The minister is set to visit Warsaw.", "visit", "planned"),
    # requests and predictions: expected
    ("Brazil urged Venezuela to release the detained journalists.", "release", "expected"),
    ("Analysts expect the central bank to raise rates.", "raise", "expected"),
    ("The strike is likely to disrupt exports.", "disrupt", "expected"),
    # a modal over a negated clause keeps it negated; a modal alone leaves it open
    ("Norway will not extradite the suspect.", "extradite", "negated"),
    ("Norway will extradite the suspect.", "extradite", "planned"),
    ("The army may withdraw from the border.", "withdraw", "expected"),
    # evidence and belief nouns or verbs in a negative context: not occurred
    ("There is no sign that Serbia would recognise the new government.", "recognise", "negated"),
    ("We do not believe that Iran will enrich uranium further.", "enrich", "negated"),
    # conditions
    ("If the talks collapse, the army will resume its offensive.", "collapse", "hypothetical"),
    ("If the talks collapse, the army will resume its offensive.", "resume", "hypothetical"),
    # factives keep their complement under negation
    ("The government did not regret that it had expelled the diplomats.", "expelled", "occurred"),
    # conjoined verbs share the auxiliaries and the negation of the first
    ("The militia did not attack or shell the village.", "shell", "negated"),
    ("Officials will meet on Friday and discuss the ceasefire.", "discuss", "planned"),
    # tense and aspect
    ("Troops are shelling the outskirts of the city.", "shelling", "ongoing"),
    ("The delegations meet again next week.", "meet", "planned"),
    # a present perfect with "since": a state begun then that holds now; without it, done
    ("The journalist has been held in Evin prison since January.", "held", "ongoing"),
    ("Militias have controlled the crossing since the ceasefire collapsed.", "controlled", "ongoing"),
    ("The journalist has been held in Evin prison.", "held", "occurred"),
    # a clause on the noun a copula predicates ("it was the third time X ...", a cleft): presupposed, no report
    ("It was the second time this year Turkey has closed the crossing.", "closed", "occurred"),
    ("It was Hungary that blocked the statement.", "blocked", "occurred"),
    # not making an event public leaves it as it was; not scheduling it says it is not set
    ("Seoul has not confirmed the summit.", "summit", "planned"),
    ("The ministry has not scheduled the talks.", "talks", "negated"),
    # a participle of a state kept up, on a noun, with no time of its own: the state holds now
    ("Egypt is mediating to free the sailors held by the Houthis.", "held", "ongoing"),
    ("Baku vowed to recover the villages occupied by Armenian forces.", "occupied", "ongoing"),
    ("The villages occupied by Armenian forces in 1993 were returned.", "occupied", "occurred"),
])
def test_status_through_the_chain(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


def test_denial_asserts_nothing_about_the_denied_act_and_itself_occurred(nlp):
    sentence = "Tehran denied that its drones had struck a tanker in the Gulf."
    struck = of(nlp, sentence, "struck")
    assert struck.status == "negated" and struck.holder == "source: Tehran"  # the denier's word, not the author's
    assert struck.factuality < 0
    denied = of(nlp, sentence, "denied")
    assert denied.status == "occurred" and denied.holder == "author"


def test_threat_occurred_and_the_threatened_act_did_not(nlp):
    sentence = "Budapest threatened to block the new sanctions."
    assert of(nlp, sentence, "threatened").status == "occurred"
    assert of(nlp, sentence, "block").status not in ("occurred", "ongoing", "claimed")


def test_trailing_attribution_keeps_the_status_and_names_the_holder(nlp):
    sentence = "Lithuania will not send air-defence systems to Moldova, the foreign minister said on Friday."
    found = of(nlp, sentence, "send")
    assert found.status == "negated" and found.holder == "source: the foreign minister"
    assert any(step.startswith("said (report") for step in found.chain)


def test_reported_act_is_claimed_by_its_source(nlp):
    found = of(nlp, "Iran has supplied hundreds of drones to Russia, officials in Kyiv said.", "supplied")
    assert found.status == "claimed" and found.view == "occurred" and found.holder == "source: officials in Kyiv"
    anonymous = of(nlp, "It was alleged that the militia burned the crops.", "burned")
    assert anonymous.status == "claimed" and anonymous.holder == "source: unnamed"


@pytest.mark.parametrize("sentence, word, holder", [
    ("Uganda rejected the dossier, which claims that its army looted gold mines.", "looted", "the dossier"),
    ("Kenya dismissed the study, which alleges that its police killed protesters.", "killed", "the study"),
    ("Peru welcomed a UN report that says Bolivian troops crossed the border.", "crossed", "a UN report"),
])
def test_a_relative_report_is_held_by_the_noun_it_describes(nlp, sentence, word, holder):
    found = of(nlp, sentence, word)
    assert found.status == "claimed" and found.holder == f"source: {holder}"


@pytest.mark.parametrize("sentence, word", [
    ("Armenia vowed to retaliate for the shelling of its border villages.", "shelling"),
    ("Manila will respond to the ramming of its supply boat, the minister said.", "ramming"),
    ("The rebels promised to avenge the killing of their commander.", "killing"),
])
def test_what_a_planned_answer_answers_has_happened(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert found.view == "occurred" and found.status in ("occurred", "claimed")


def test_neg_raising_belief_is_the_speakers_negative_view(nlp):
    found = of(nlp, "I don't think Belgrade would recognise Kosovo.", "recognise")
    assert found.status == "negated" and found.holder == "source: I"
    assert [step.split(" ")[0] for step in found.chain] == ["n't", "think", "would"]


def test_chain_shows_each_step_outermost_first(nlp):
    found = of(nlp, "The court did not fail to review the ruling.", "review")
    assert found.chain == ("not (negation): + -> -", "fail (implicative -/+): - -> +")
    assert found.cues == ("not", "fail")


def test_chain_names_a_phrasal_verb_whole(nlp):
    found = of(nlp, "The agency called off the planned inspection.", "inspection")
    assert found.status == "negated" and found.chain[0].startswith("called off (implicative -/o)")


def test_scalar_orders_the_statuses(nlp):
    occurred = of(nlp, "The navy seized the cargo ship.", "seized").factuality
    planned = of(nlp, "The navy plans to seize the cargo ship.", "seize").factuality
    negated = of(nlp, "The navy did not seize the cargo ship.", "seize").factuality
    assert -3 <= negated < planned < occurred <= 3


def test_classify_gives_the_engines_status_and_cues(nlp):
    doc = nlp("The envoy has refused to attend the summit.")
    status, cues = classify(next(t for t in doc if t.text == "attend"))
    assert status == "negated" and cues == ["refused"]


def test_lexicon_and_scale_are_well_formed():
    lex = signatures()
    kinds = {"factive", "implicative", "report", "belief", "intention", "prediction", "request", "condition", "light",
             "wish"}
    for table in ("verbs", "objects", "adjectives", "nouns", "adverbs"):
        for key, entry in lex[table].items():
            for signature, kind in (entry.values() if isinstance(entry, dict) else [entry]):
                halves = signature.split("/")
                assert kind in kinds and len(halves) == 2, (table, key)
                assert set(halves) <= {"+", "-", "o", "o-"}, (table, key)
    scale = factuality_scale()
    assert all(-3 <= value <= 3 for side in scale.values() for by_basis in side.values() for value in by_basis.values())
    assert all("*" in by_basis for side in scale.values() for by_basis in side.values())


def test_factuality_command_gives_holder_scalar_and_chain(cli):
    sentence = "Quito denied that its police had raided the embassy."
    line = json.dumps({"id": "a", "text": sentence, "start": sentence.index("raided"),
                       "end": sentence.index("raided") + len("raided")})
    result = cli("factuality", "--jsonl", "-", input=line + "\n")
    out = json.loads(result.stdout)
    assert out["status"] == "negated" and out["commitment"] == "source: Quito"
    assert out["factuality"] < 0 and out["chain"][0].startswith("denied")


@pytest.mark.parametrize("sentence", [
    "There is no sign that the regulator would approve the merger.",
    "Officials denied that the army would withdraw from the town.",
])
def test_forecast_takes_its_polarity_from_the_whole_chain(nlp, sentence):
    from newsledger.forecasts import find_forecasts

    found = find_forecasts(nlp(sentence), [], {}, [], [], None, [])
    assert [(f.hedge, f.negated) for f in found] == [("would", True)]


@pytest.mark.parametrize("sentence, word", [
    ("The two prime ministers met in Lima; the trade ministers of Chile and Bolivia also attended.", "met"),
    ("Rebels shelled the port overnight; residents fled to the hills.", "shelled"),
])
def test_a_clause_before_a_verb_of_no_report_is_the_authors(nlp, sentence, word):
    found = of(nlp, sentence, word)
    assert (found.status, found.holder) == ("occurred", "author")


def test_a_clause_before_a_verb_of_saying_is_still_reported(nlp):
    found = of(nlp, "The army shelled the port overnight, residents said.", "shelled")
    assert found.status == "claimed" and found.holder.startswith("source:")


@pytest.mark.parametrize("sentence, word, status", [
    ("Serbia has no intention of recognising Kosovo.", "recognising", "negated"),
    ("Ankara has every intention of extending the ceasefire.", "extending", "planned"),
    ("Officials raised the possibility of reopening the crossing.", "reopening", "expected"),
])
def test_a_gerund_after_of_reads_the_nouns_signature_as_its_to_clause(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("Peru has taken steps to expel the Venezuelan ambassador.", "expel", "occurred"),
    ("Hungary took no steps to block the sanctions package.", "block", "negated"),
    ("Seoul will take measures to curb steel imports.", "curb", "planned"),
    ("This is a necessary step to protect the currency.", "protect", "planned"),  # a step named, not taken
])
def test_the_act_of_a_step_taken_is_done_as_the_step_is_taken(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status
