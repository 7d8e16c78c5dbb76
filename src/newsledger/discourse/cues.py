"""The attribution rules' word lists (cue verbs, document nouns, unnamed speakers...), read once from
``data/cues.yaml``; the speech verbs and quotation marks come from data/speech.yaml (`newsledger.discourse`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newsledger.discourse import quote_pairs, speech_verbs
from newsledger.loading import read_yaml

DATA = Path(__file__).with_name("data") / "cues.yaml"


@dataclass(frozen=True)
class Lexicon:
    cue_verbs: frozenset[str]
    needs_clause: frozenset[str]
    object_cues: frozenset[str]
    act_senses: frozenset[str]
    announcing_verbs: frozenset[str]
    event_nouns: frozenset[str]
    object_prepositions: frozenset[str]
    intention_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    refusal_words: frozenset[str]
    detail_verbs: frozenset[str]
    evidential_verbs: frozenset[str]
    according_to_norms: frozenset[str]
    quoted_subject_verbs: frozenset[str]
    document_nouns: frozenset[str]  # documents and voices, state bodies' among them
    voice_nouns: frozenset[str]
    joint_words: frozenset[str]
    meeting_words: frozenset[str]
    issuer_prepositions: frozenset[str]
    quote_pairs: dict[str, tuple[str, ...]]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    naming_words: tuple[str, ...]
    labelling_verbs: frozenset[str]
    title_nouns: frozenset[str]
    fragment_words: int
    repeat_words: int
    title_words: int
    title_small_words: frozenset[str]
    unnamed_nouns: frozenset[str]
    unnamed_determiners: frozenset[str]
    plural_antecedent_sentences: int
    line_label_words: int
    line_label_content_words: int
    not_speaker_labels: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = read_yaml(DATA)
    return Lexicon(
        cue_verbs=speech_verbs(),
        needs_clause=frozenset(raw["needs_clause"]),
        object_cues=frozenset(raw["object_cues"]),
        act_senses=frozenset(raw["act_senses"]),
        announcing_verbs=frozenset(raw["announcing_verbs"]),
        event_nouns=frozenset(raw["event_nouns"]),
        object_prepositions=frozenset(raw["object_prepositions"]),
        intention_verbs=frozenset(raw["intention_verbs"]),
        stance_verbs=frozenset(raw["stance_verbs"]),
        refusal_words=frozenset(raw["refusal_words"]),
        detail_verbs=frozenset(raw["detail_verbs"]),
        evidential_verbs=frozenset(raw["evidential_verbs"]),
        according_to_norms=frozenset(raw["according_to_norms"]),
        quoted_subject_verbs=frozenset(raw["quoted_subject_verbs"]),
        document_nouns=frozenset(raw["document_nouns"] + raw["voice_nouns"]),
        voice_nouns=frozenset(raw["voice_nouns"]),
        joint_words=frozenset(raw["joint_words"]),
        meeting_words=frozenset(raw["meeting_words"]),
        issuer_prepositions=frozenset(raw["issuer_prepositions"]),
        quote_pairs=quote_pairs(),
        person_pronouns=frozenset(raw["person_pronouns"]),
        group_pronouns=frozenset(raw["group_pronouns"]),
        relative_pronouns=frozenset(raw["relative_pronouns"]),
        naming_words=tuple(raw["naming_words"]),
        labelling_verbs=frozenset(raw["labelling_verbs"]),
        title_nouns=frozenset(raw["title_nouns"]),
        fragment_words=raw["fragment_words"],
        repeat_words=raw["repeat_words"],
        title_words=raw["title_words"],
        title_small_words=frozenset(raw["title_small_words"]),
        unnamed_nouns=frozenset(raw["unnamed_nouns"]),
        unnamed_determiners=frozenset(raw["unnamed_determiners"]),
        plural_antecedent_sentences=raw["plural_antecedent_sentences"],
        line_label_words=raw["line_label_words"],
        line_label_content_words=raw["line_label_content_words"],
        not_speaker_labels=frozenset(raw["not_speaker_labels"]),
    )
