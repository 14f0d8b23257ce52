"""Where drones are reported down: Russia's first-level regions (from the
packaged gazetteer), the Republic of Crimea and two seas, written the way
English versions of Russian MoD statements write them."""

from __future__ import annotations

import functools
import random
from dataclasses import dataclass

from raidlog.geo import Gazetteer

# Regions that turn up in most night reports; drawn more often than the rest.
FREQUENT = (
    "RU-BEL", "RU-BRY", "RU-KRS", "RU-VOR", "RU-ORL", "RU-TUL", "RU-KLU", "RU-MOS", "RU-SMO",
    "RU-LIP", "RU-TAM", "RU-RYA", "RU-ROS", "RU-KDA", "RU-VGG", "RU-STA", "RU-TVE", "UA-43",
    "Black Sea", "Sea of Azov",
)
_CITIES = {"RU-MOW", "RU-SPE"}  # cities of federal significance: "towards Moscow", not "over"


@dataclass(frozen=True)
class Area:
    key: str  # what tests/projection.py::place_key gives: an ISO code, or a sea's name
    kind: str  # "oblast" | "krai" | "republic" | "other" | "sea"
    stem: str  # "Kursk" of the Kursk Region (oblasts only), for "the Kursk and Belgorod Regions"
    forms: tuple[str, ...]  # how a report writes it on its own; the first is the usual one


def _area(iso: str, name: str) -> Area:
    if name.endswith(" Oblast") and "Autonomous" not in name:
        stem = name.removesuffix(" Oblast")
        return Area(iso, "oblast", stem, (f"the {stem} Region", f"{stem} Oblast", f"the {stem} region"))
    if name.endswith(" Krai"):
        stem = name.removesuffix(" Krai")
        return Area(iso, "krai", stem, (name, f"the {stem} Territory"))
    if name.startswith("Republic of "):
        return Area(iso, "republic", "", (f"the {name}", name.removeprefix("Republic of ")))
    return Area(iso, "republic" if "Republic" in name else "other", "", (f"the {name}",))


@functools.cache
def areas() -> tuple[Area, ...]:
    """Every area a breakdown may name, in a fixed order (ISO code, then seas)."""
    gaz = Gazetteer.default()
    # The gazetteer has no public listing of regions: read its rows (kind, id, name, iso, country, …).
    rows = (row.split("\t", 5) for row in gaz._rows)
    codes = sorted({r[3] for r in rows if r[0] == "admin1" and r[4] == "RU"})
    found = []
    for iso in codes:
        region = gaz.region(iso)
        if region is not None and iso not in _CITIES:
            found.append(_area(iso, region.name))
    found.append(Area("UA-43", "republic", "", ("the Republic of Crimea", "Crimea")))
    found.append(Area("Black Sea", "sea", "", ("the Black Sea", "the waters of the Black Sea")))
    found.append(Area("Sea of Azov", "sea", "", ("the Sea of Azov", "the Azov Sea",
                                                 "the waters of the Sea of Azov")))
    return tuple(found)


def sample(rng: random.Random, n: int) -> list[Area]:
    """``n`` different areas, frontline regions more likely."""
    pool = list(areas())
    frequent = [a for a in pool if a.key in FREQUENT]
    chosen: list[Area] = []
    if n > len(pool):
        raise ValueError(f"only {len(pool)} areas to choose from")
    while len(chosen) < n:
        area = rng.choice(frequent if rng.random() < 0.7 else pool)
        if area not in chosen:
            chosen.append(area)
    return chosen


def form(rng: random.Random, area: Area) -> str:
    """One way of writing an area, the usual one most often."""
    return area.forms[0] if rng.random() < 0.7 else rng.choice(area.forms)


def series(items: list[str], conjunction: str = "and") -> str:
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def listing(rng: random.Random, group: list[Area]) -> str:
    """Several areas: "the Kursk and Belgorod Regions" when all are oblasts (often),
    otherwise each written in full: "the Kursk Region, Krasnodar Krai and the Black Sea"."""
    if len(group) > 1 and all(a.kind == "oblast" for a in group) and rng.random() < 0.75:
        return f"the {series([a.stem for a in group])} Regions"
    return series([form(rng, a) for a in group])
