"""What several stages read about reported speech, kept below them all so that no stage imports a
later one: the quotation-mark spans of a text (`quote_spans`) and the speech-verb lexicon
(`speech_verbs`, `quote_pairs`, from data/speech.yaml). Coreference (actors) and the quotes stage
both use them."""

from .lexicon import quote_pairs, speech_verbs
from .marks import quote_spans

__all__ = ["quote_spans", "quote_pairs", "speech_verbs"]
