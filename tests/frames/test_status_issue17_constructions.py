"""Status constructions of issue 17 (part C, this session), each in its general form. Sentences written
for these tests."""

import pytest

from tests.frames.conftest import of


@pytest.mark.parametrize("sentence, word, status", [
    ("The central bank will intervene in the currency market if necessary.", "intervene", "planned"),
    ("The airline will cut more routes if needed, its chief executive said.", "cut", "planned"),
    ("The ministry will extend the curfew if required.", "extend", "planned"),
    ("Exports doubled in the first quarter if compared to last year.", "doubled", "occurred"),
])
def test_a_verbless_hedging_condition_leaves_its_main_clause_committed(nlp, sentence, word, status):
    # "if necessary", "if needed", "if compared to" bound the act's extent; they are no condition on it
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word", [
    ("The central bank will intervene if the currency falls further.", "intervene"),
    ("If elected, the senator will cut taxes for small firms.", "cut"),
    # a by-agent names who must act first: a condition with content of its own
    ("Turkey will send more troops if required by NATO.", "send"),
    ("The navy will escort the tankers if asked by the shipping companies.", "escort"),
])
def test_a_full_or_contentful_condition_still_makes_its_main_clause_hypothetical(nlp, sentence, word):
    assert of(nlp, sentence, word).status == "hypothetical"


@pytest.mark.parametrize("sentence, word, status", [
    ("The firm will open a second plant next year and already employs 500 people in the state.", "employs", "occurred"),
    ("The government will raise the fuel tax in January and expects revenue to grow.", "expects", "occurred"),
    ("The minister did not attend the summit and sent a deputy instead.", "sent", "occurred"),
])
def test_a_finite_conjunct_of_a_verb_under_an_auxiliary_keeps_none_of_its_modal_or_negation(
        nlp, sentence, word, status):
    # a conjunct that shared "will" or "did not" would take the bare form ("will open ... and employ")
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The firm will open a second plant and hire 500 workers.", "hire", "planned"),
    ("The rebels did not attack the town or shell its outskirts.", "shell", "negated"),
    # "lay" is also the past of "lie": after a modal's verb the tagger's past is more often a bare form
    ("The company said it would close the plant and lay off 300 workers.", "lay", "planned"),
])
def test_a_bare_conjunct_still_shares_the_auxiliary(nlp, sentence, word, status):
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The founder has chosen to step down as chairman.", "step", "occurred"),
    ("The bank chose to keep its rates on hold in March.", "keep", "occurred"),
])
def test_choosing_to_act_is_acting(nlp, sentence, word, status):
    # "choose to" is implicative in the positive (Karttunen 1971; MegaVeridicality +/o): the act was done
    assert of(nlp, sentence, word).status == status


def test_not_choosing_to_act_leaves_the_act_open(nlp):
    # "+/o": under a negation nothing is asserted either way (it may have been forced on the bank)
    assert of(nlp, "The bank did not choose to raise its rates.", "raise").status not in ("occurred", "negated")


@pytest.mark.parametrize("sentence, word, status", [
    ("A default would be a disaster for the region, analysts say.", "disaster", "expected"),
    ("The vote will be a test of the coalition's strength.", "test", "planned"),
    ("The merger was a costly mistake for both banks.", "mistake", "occurred"),
    ("The ruling was not a surprise to investors.", "surprise", "negated"),
])
def test_a_predicate_noun_after_a_copula_takes_the_copulas_clause_status(nlp, sentence, word, status):
    # "would be a disaster" predicates as "would devastate" does: the noun is the clause's predicate
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The rate cut spurred investors to buy bank shares.", "buy", "occurred"),
    ("Most shareholders opted to take the cash offer.", "take", "occurred"),
    ("The union convinced its members to accept the pay deal.", "accept", "occurred"),
    ("The price war led rival airlines to cut their fares.", "cut", "occurred"),
    ("The newspaper ceased to publish a print edition in 2019.", "publish", "negated"),
])
def test_strong_implicatives_commit_to_their_complement(nlp, sentence, word, status):
    # MegaVeridicality (White & Rawlins 2018) rates these verbs' complements as done (not done after "cease")
    assert of(nlp, sentence, word).status == status


def test_a_negated_implicative_of_one_way_leaves_the_act_open(nlp):
    # "did not spur Y to" asserts no buying and no refraining: "+/o"
    found = of(nlp, "The rate cut did not spur investors to buy bank shares.", "buy")
    assert found.status not in ("occurred", "negated")


@pytest.mark.parametrize("sentence, word, status", [
    ("The shooting incited crowds to storm the police station.", "storm", "occurred"),
    ("Brussels pressed the government to cut its deficit.", "cut", "expected"),
    ("The army sent troops to secure the border crossing.", "secure", "expected"),
])
def test_a_to_clause_after_the_object_of_an_implicative_or_a_request_is_its_complement(nlp, sentence, word, status):
    # the parser may take "incited crowds to storm" for a purpose; a verb of another's act takes it as its
    # complement, while a plain purpose ("sent troops to secure") stays expected
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("The launch of the satellite next month will be broadcast live.", "launch", "planned"),
    ("The airline said the opening of the route next year would create jobs.", "opening", "planned"),
    ("The upcoming vote has split the ruling party.", "vote", "planned"),
    ("The launch of the satellite last month was broadcast live.", "launch", "occurred"),
    ("Critics panned a preview of the forthcoming model.", "preview", "occurred"),
])
def test_an_event_noun_dated_ahead_in_its_own_phrase_is_planned(nlp, sentence, word, status):
    # a forward word dates the noun when it modifies it or a time expression of its phrase, not another noun
    assert of(nlp, sentence, word).status == status


@pytest.mark.parametrize("sentence, word, status", [
    ("A new round of talks between the two governments has been postponed until further notice.", "talks", "negated"),
    ("The rebels called off a second round of negotiations with the army.", "negotiations", "negated"),
    ("A series of meetings between the envoys will take place in Oslo next month.", "meetings", "planned"),
    ("The third round of talks between the two sides ended in Geneva on Friday.", "talks", "occurred"),
])
def test_an_event_noun_counted_by_an_episode_noun_takes_its_status(nlp, sentence, word, status):
    # "a round of talks", "a series of meetings": the episode noun carries the event noun's place in the clause
    assert of(nlp, sentence, word).status == status
