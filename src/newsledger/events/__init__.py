"""Events stage: CAMEO/PLOVER event coding with a status per event."""

from .coder import code
from .patterns import load_codebook, load_patterns

__all__ = ["code", "load_codebook", "load_patterns"]
