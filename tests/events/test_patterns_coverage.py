"""Trigger coverage: what the PETRARCH2 conversion carries over (phrasal verbs, actor-marker
patterns) and leaves out (subject-dependent patterns), and the hand-written corrections."""
import datetime
import importlib.util
import re
from pathlib import Path

import pytest

from newsledger.events import code, load_codebook
from newsledger.events.patterns import default_patterns
from tests.events.conftest import by_trigger, mentions_from

CONVERTER = Path(__file__).resolve().parents[2] / "scripts" / "convert_cameo_verbs.py"
NAMES = {"Ruritania": "RUR", "Freedonia": "FRE", "Ruritanian": "RUR", "Freedonian": "FRE",
         "the United Nations": "IGOUNO", "the Security Council": "IGOUNOSCU"}


def converter():
    spec = importlib.util.spec_from_file_location("convert_cameo_verbs", CONVERTER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def plover(cameo):
    return load_codebook()[cameo]["plover"]


@pytest.mark.parametrize("key, cameo", [
    (("blow", "object", "up"), "190"),      # +BLOW_UP in EXPLOSIVE_DESTRUCTION [190]
    (("crack", "object", "down"), "170"),   # +CRACK_DOWN in SUPPRESS [170]
    (("call", "object", "off"), "160"),     # +CALL_OFF [160]
    (("gun", "object", "down"), "193"),     # +GUN_DOWN [193]
    (("walk", "object", "out"), "164"),     # an explicit "- * OUT" pattern beats the phrasal's block default
])
def test_phrasal_synonyms_are_converted(key, cameo):
    assert default_patterns().specific[key] == cameo


def test_subject_dependent_patterns_are_left_out():
    """'- PROTESTER * REMOVAL [1412] # DEMAND' holds only for protesters: "demanded the removal" is a demand."""
    assert default_patterns().specific.get(("demand", "object", "removal")) != "1412"
    line = "- COURT * APPEAL                                    [1241]        # REJECT"
    match = converter().PATTERN_LINE.match(line)
    assert match and converter().object_patterns(match, ["reject"], {}) == []


def test_actor_markers_before_the_verb_are_no_condition():
    module = converter()
    match = module.PATTERN_LINE.match("- + * ROCKET                                        [193]         # THWART")
    assert module.object_patterns(match, ["thwart"], {}) == [(("thwart", "object", "rocket"), (1, 1, 1), "193")]


@pytest.mark.parametrize("key, cameo", [
    (("deploy", "object", "troops"), "154"),  # '[154] # DEPLOY' over '[072] # SEND , DEPLOY'
    (("launch", "object", "attack"), "190"),  # the plain object over '{BITTER ATTACKS} [111]', keyed by "attacks" too
    (("provide", "object", "aid"), "070"),  # 'AID [070]' over '{ECONOMIC AID} [071]'
    (("sign", "object", "agreement"), "057"),  # '&TREATY [057]' over '{TRADE &TREATY} [0311]'
])
def test_a_shared_key_takes_the_plainest_then_the_most_specific_pattern(key, cameo):
    """Several PETRARCH2 patterns reduce to one verb + head-noun key: fewer elements win, then fewer words (a
    multi-word phrase asks for more than its head noun), then the pattern whose comment names fewer verbs."""
    assert default_patterns().specific.get(key) == cameo


def test_phrasal_line_parsing():
    module = converter()
    assert module.phrasal_patterns(module.PHRASAL_LINE.match("+BLOW_UP {+BLOWS_UP +BLEW_UP } # ab"), "190") == [
        (("blow", "object", "up"), "190"), (("blow", "prep", "up"), "190")]
    assert module.phrasal_patterns(module.PHRASAL_LINE.match("+SET_IN_MOTION {+SETS_IN_MOTION}"), "030") == [
        (("set", "prep", "in", "motion"), "030")]
    assert module.phrasal_patterns(module.PHRASAL_LINE.match("+IS_DETERMINED {+WAS_DETERMINED} [030]"), "---") == []
    assert module.phrasal_patterns(module.PHRASAL_LINE.match("+SHUT_DOWN {+SHUTS_DOWN}"), "---") == []


@pytest.mark.parametrize("key, category", [
    (("veto",), "REJECT"), (("violate",), "REJECT"), (("renege",), "REJECT"),
    (("sign", "object", "treaty"), "SUPPORT"), (("sign", "object", "agreement"), "SUPPORT"),
    (("accept", "object", "demands"), "CONCEDE"), (("accept", "object", "offer"), "AGREE"),
    (("dismiss", "object", "appeal"), "REJECT"), (("deny", "object", "request"), "REJECT"),
    (("reduce", "object", "aid"), "SANCTION"), (("suspend", "object", "aid"), "SANCTION"),
    (("end", "object", "mediation"), "SANCTION"), (("ease", "object", "restrictions"), "CONCEDE"),
    (("violate", "object", "ceasefire"), "ASSAULT"), (("oppose", "prep", "to", "mediation"), "REJECT"),
])
def test_hand_written_codes(key, category):
    patterns = default_patterns()
    cameo = patterns.verbs[key[0]] if len(key) == 1 else patterns.specific[key]
    assert plover(cameo) == category


@pytest.mark.parametrize("sentence, trigger, category", [
    ("Ruritania vetoed a resolution on Freedonia.", "vetoed", "REJECT"),
    ("Ruritania signed a treaty of friendship with Freedonia.", "signed", "SUPPORT"),
    ("Ruritania has violated a ban imposed by Freedonia.", "violated", "REJECT"),
    ("Ruritania accepted demands from Freedonia.", "accepted", "CONCEDE"),
    ("Ruritania dismissed an appeal from Freedonia.", "dismissed", "REJECT"),
    ("Ruritania suspended aid to Freedonia.", "suspended", "SANCTION"),
    ("Ruritania reduced food supplies to Freedonia.", "reduced", "SANCTION"),
    ("Ruritanian troops blew up a bridge in Freedonia.", "blew", "ASSAULT"),
])
def test_sentences(nlp, sentence, trigger, category):
    found = code(nlp(sentence), mentions_from(sentence, NAMES), {}, [], datetime.date(2000, 1, 1))
    assert category in {e.plover for e in found if e.trigger == trigger}


def test_hand_written_codes_exist_in_the_codebook():
    book = load_codebook()
    path = Path(__file__).resolve().parents[2] / "src" / "newsledger" / "events" / "data" / "verb_extra.yaml"
    codes = re.findall(r'cameo: "(\d+)"', path.read_text())
    assert codes and all(c in book for c in codes)


@pytest.mark.parametrize("modifier, cameo", [("hunger", "142"), ("general", "143"), ("air", "195")])
def test_one_noun_has_an_entry_per_modifier(modifier, cameo):
    entries = dict((m, c) for c, m in default_patterns().nouns["strike"])
    assert entries[modifier] == cameo


def test_reversed_code_blocks_are_left_uncoded():
    """TABARI's "[:110]" block code means the target does the act to the source ("X shocked Y": Y
    disapproves of X); it is no code of the block's verbs, nor the code of the block before it."""
    match = converter().VERB_HEAD.match("---  OFFEND   [:110]  ---")
    assert match and match.group(2) == ":110"
    for lemma in ("shock", "stun", "outrage", "appall", "offend"):
        assert lemma not in default_patterns().verbs


@pytest.mark.parametrize("sentence, trigger", [
    ("The court's verdict stunned the opposition in Caracas.", "stunned"),
    ("Hungary's decision to close the border shocked Austria.", "shocked"),
    ("Serbia's raid on the embassy outraged the Polish government.", "outraged"),
])
def test_reactions_of_shock_are_no_mass_killing(sentence, trigger):
    _, events = by_trigger(sentence, trigger)
    assert not any(e.cameo.startswith("20") for e in events)
