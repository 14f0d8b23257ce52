"""Places: the packaged gazetteer and the name keys it is searched by."""

from raidlog.geo.gazetteer import (
    APPROACH_CITY_ONLY,
    CAPITALS,
    CITY_POPULATION,
    CITY_REGIONS,
    RING_CITIES,
    SURROUNDING,
    Gazetteer,
    named_as_its_region,
)
from raidlog.geo.names import name_key

__all__ = ["APPROACH_CITY_ONLY", "CAPITALS", "CITY_POPULATION", "CITY_REGIONS", "RING_CITIES", "SURROUNDING", "Gazetteer", "name_key", "named_as_its_region"]
