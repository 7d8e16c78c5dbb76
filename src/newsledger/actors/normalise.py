"""Keys under which aliases and surface forms are compared.

``normalise`` removes what never distinguishes two names (case, diacritics, punctuation);
``fold`` also merges common transliteration variants, so Zelensky/Zelenskyy/Zelenskyi,
Peskov/Peskow, Şi/Xi and Jinping/Cinping/Jingping share one key, and British and American spellings
(Organisation/Organization, Defence/Defense) too. Both read data/spellings.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from newsledger.loading import read_yaml

_PUNCT_RE = re.compile(r"[\.\u2019'`´]")  # dropped: U.S. -> us, People's -> peoples
_SPACE_RE = re.compile(r"[^0-9a-z]+")  # hyphens, slashes, commas... become one space
# (pattern, replacement) applied per word in this order; each rewrite merges spellings seen in news.
_SPELLINGS = read_yaml(resources.files("newsledger.actors") / "data" / "spellings.yaml")
_LETTERS = str.maketrans(_SPELLINGS["letters"])
_BRITISH_AMERICAN = [(re.compile(pattern), american) for pattern, american in _SPELLINGS["british_american"].items()]
# Any of those patterns: most names hold none, and one search is cheaper than trying each rewrite in turn.
_ANY_BRITISH = re.compile("|".join(f"(?:{pattern})" for pattern in _SPELLINGS["british_american"]))
_FOLDS = [
    (re.compile(r"^ci"), "ji"),  # Turkish c = English j: Cinping
    (re.compile(r"x"), "s"),  # pinyin x ~ s: Xi / Şi
    (re.compile(r"w"), "v"),  # German transliteration: Peskow
    (re.compile(r"kh"), "h"),
    (re.compile(r"ck"), "k"),  # Bouteflicka ~ Bouteflika
    (re.compile(r"ng(?=[^aeiou])|ng$"), "n"),  # Jingping ~ Jinping
    (re.compile(r"[yj](?=[aeiou])"), "y"),
    (re.compile(r"y"), "i"),  # Zelenskyy, Sergey
    (re.compile(r"(.)\1+"), r"\1"),  # doubled letters: Zelenskii, Kiriiil
]


def strip_diacritics(text: str) -> str:
    """ASCII letters for accented ones ("é" -> "e") and for the letters decomposition leaves whole ("ł" -> "l",
    "ß" -> "ss": spellings.yaml's ``letters``)."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # news repeats its words: caching halves the resolver's time
def normalise(text: str) -> str:
    """Lower case, no diacritics, no punctuation, single spaces."""
    text = _PUNCT_RE.sub("", strip_diacritics(text).lower())
    return _SPACE_RE.sub(" ", text).strip()


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """The normalised form with transliteration variants and British/American spellings merged."""
    text = normalise(text)
    if _ANY_BRITISH.search(text):
        for pattern, american in _BRITISH_AMERICAN:
            text = pattern.sub(american, text)
    return " ".join([fold_word(w) for w in text.split()])  # a list joins faster than a generator


def slug(text: str) -> str:
    """A stable readable id: ``Yun Sun`` -> ``yun-sun``."""
    return normalise(text).replace(" ", "-")
