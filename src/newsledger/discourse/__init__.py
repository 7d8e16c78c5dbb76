"""What several stages read about reported speech, kept below them all so that no stage imports a
later one: the quotation-mark spans of a text (`quote_spans`), the speech-verb lexicon (`speech_verbs`,
`quote_pairs`, from data/speech.yaml), the cue lexicon (`cues.lexicon`, data/cues.yaml) and the attribution
relations of a parsed text (`find_attributions`: who said what). Coreference (actors) reads the attributions
for first person inside quotations; the quotes stage makes its records from them."""

from .lexicon import quote_pairs, speech_verbs
from .marks import quote_spans
from .attribution import Attribution, find_attributions  # after the two above, which it imports

__all__ = ["Attribution", "find_attributions", "quote_spans", "quote_pairs", "speech_verbs"]
