"""Per-place counts and how a statement lists them: "12 over the Bryansk Region",
"five each over the Kursk and Belgorod Regions", "single drones over A, B and C",
"a total of four over the Tula and Kaluga Regions"."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from raidlog.synth import places
from raidlog.synth.numbers import Style, written
from raidlog.synth.places import Area
from raidlog.synth.regions import Region

P = TypeVar("P", Area, Region)  # English areas, or Russian/Ukrainian regions

NOUNS = ("drones", "UAVs", "unmanned aerial vehicles", "fixed-wing drones", "aircraft-type drones")
SINGULAR = {"drones": "drone", "UAVs": "UAV", "unmanned aerial vehicles": "unmanned aerial vehicle",
            "fixed-wing drones": "fixed-wing drone", "aircraft-type drones": "aircraft-type drone"}


@dataclass(frozen=True)
class Item(Generic[P]):
    areas: tuple[P, ...]
    count: int
    each: bool | None  # None: one area; True: the count is for each area; False: combined

    @property
    def total(self) -> int:
        return self.count * len(self.areas) if self.each else self.count

    def truth(self) -> dict[str, Any]:
        return {"places": [a.key for a in self.areas], "count": self.count, "each": self.each}


def pick(rng: random.Random, size: int,
         sample: Callable[[random.Random, int], list[P]] | None = None,
         most: int | None = None) -> list[Item[P]]:
    """``size`` items over different areas drawn by ``sample`` (default: English areas), at
    most ``most`` areas in all; largest counts first, as statements list them."""
    groups = [rng.choice((1, 1, 1, 2, 2, 3)) for _ in range(size)]
    while most is not None and sum(groups) > most:
        groups.pop()
    pool = cast("list[P]", places.sample(rng, sum(groups))) if sample is None else sample(rng, sum(groups))
    items: list[Item[P]] = []
    for n in groups:
        group, pool = tuple(pool[:n]), pool[n:]
        if n == 1:
            items.append(Item(group, rng.choice((rng.randint(1, 9), rng.randint(1, 30))), None))
        elif rng.random() < 0.7:
            items.append(Item(group, rng.choice((1, 1, rng.randint(2, 8))), True))
        else:
            items.append(Item(group, rng.randint(max(2, n), 12), False))
    return sorted(_merged(items), key=lambda it: -it.count)


def _merged(items: list[Item[P]]) -> list[Item[P]]:
    """"one each over A and B, one each over C" is written "one each over A, B and C"."""
    out: list[Item[P]] = []
    for it in items:
        same = next((k for k, o in enumerate(out) if o.each and it.each and o.count == it.count), None)
        if same is None:
            out.append(it)
        else:
            out[same] = Item(out[same].areas + it.areas, it.count, True)
    return out


def phrase(rng: random.Random, item: Item[Area], style: Style, noun: str, named: bool) -> str:
    """One item; ``named``: the count is written with its weapon ("eight drones over …")."""
    n = written(item.count, style)
    counted = f"{n} {SINGULAR[noun] if item.count == 1 else noun}" if named else n
    if item.each is None:
        return f"{counted} over {places.form(rng, item.areas[0])}"
    where = places.listing(rng, list(item.areas))
    if item.each is False:
        return rng.choice((
            f"a total of {counted} over {where}",
            f"{counted} over {where} combined",
            f"a combined {counted} over {where}",
        ))
    if item.count == 1:
        return rng.choice((
            f"{n} each over {where}",
            f"{n} {SINGULAR[noun]} each over {where}",
            f"single {noun} over {where}",
        ))
    return rng.choice((
        f"{counted} each over {where}",
        f"{counted} over {where} each",
        f"{counted} apiece over {where}",
    ))


def listing(rng: random.Random, items: list[Item[Area]], style: Style, noun: str, named: bool = False) -> str:
    """Every item of a breakdown; ``named``: the first one names the weapon."""
    parts = [phrase(rng, it, style, noun, named and k == 0) for k, it in enumerate(items)]
    if len(parts) == 1:
        return parts[0]
    last = rng.choice((", and ", " and ", ", "))
    return ", ".join(parts[:-1]) + last + parts[-1]
