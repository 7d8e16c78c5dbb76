"""Quotes stage: direct and indirect speech with speaker, cue and quoted words. The attributions it reads
(who said what) are found by newsledger.discourse, which coreference reads too."""

from newsledger.quotes.finder import find_quotes

__all__ = ["find_quotes"]
