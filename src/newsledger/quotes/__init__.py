"""Quotes stage: direct and indirect speech with speaker, cue and quoted words."""

from newsledger.quotes.attribution import Attribution, find_attributions
from newsledger.quotes.finder import find_quotes

__all__ = ["Attribution", "find_attributions", "find_quotes"]
