"""Forecasts stage: hedged statements about the future, with forecaster and probability."""

from newsledger.forecasts.estimative import probability
from newsledger.forecasts.finder import find_forecasts

__all__ = ["find_forecasts", "probability"]
