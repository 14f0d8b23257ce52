"""The map's projection: equirectangular with a standard parallel of 51° N,
over lon 18–60° E, lat 40–62° N, onto a 1000 × 833 SVG user space.

Shared by ``scripts/build_map.py`` (which draws the country outlines once, at
build time) and the map page (which draws the claims on top), so the two line
up exactly.
"""

from __future__ import annotations

import math

LON_MIN, LON_MAX = 18.0, 60.0
LAT_MIN, LAT_MAX = 40.0, 62.0
STANDARD_PARALLEL = 51.0
WIDTH = 1000.0
_K = WIDTH / ((LON_MAX - LON_MIN) * math.cos(math.radians(STANDARD_PARALLEL)))  # px per degree of latitude
HEIGHT = round((LAT_MAX - LAT_MIN) * _K)


def project(lon: float, lat: float) -> tuple[float, float]:
    """(lon, lat) in degrees → (x, y) in the map's SVG user space."""
    x = (lon - LON_MIN) * _K * math.cos(math.radians(STANDARD_PARALLEL))
    y = (LAT_MAX - lat) * _K
    return x, y


def inside(lon: float | None, lat: float | None) -> bool:
    return lon is not None and lat is not None and LON_MIN <= lon <= LON_MAX and LAT_MIN <= lat <= LAT_MAX
