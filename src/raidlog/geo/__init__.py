"""Places: the packaged gazetteer and the name keys it is searched by."""

from raidlog.geo.gazetteer import Gazetteer
from raidlog.geo.names import name_key

__all__ = ["Gazetteer", "name_key"]
