"""Frames stage (between actors and events): predicates with their arguments after inheritance."""

from .predicates import Argument, Frame, frame, predicate_of, sentence_frames

__all__ = ["Argument", "Frame", "frame", "predicate_of", "sentence_frames"]
