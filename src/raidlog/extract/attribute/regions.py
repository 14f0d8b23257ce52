"""The region a count is told for: a district's or a city-region's count is its region's, a
count over places of one region that region's; a capital's area (_OWN_AREA) is its region.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from raidlog.extract import breakdown
from raidlog.extract.attribute.cues import _patterns
from raidlog.extract.mentions import Mentions
from raidlog.geo import Gazetteer
from raidlog.model import Place

# A capital's officials count the drones that approached the city, shot down in the ring around it:
# Moscow's mayor's are the Moscow Region's (the annotation convention)
_OWN_AREA: dict[str, str | None] = {"RU-MOW": "RU-MOS"}
# Kyiv's city administration's are the city's ("ППО знищила 18 шахедів", "air defence shot down 10 drones", told by
# the mayor), unless it tells them as flying towards the city, a destination, not where they were downed:
# then placed nowhere ("у напрямку Києва запущено дрони … усі знищені", "близько двох десятків БпЛА, які загрожували
# Києву")
_AREA_IF_TOWARDS: dict[str, str | None] = {"UA-30": None}
# "над полуостровом", "over the peninsula" with no region named: Crimea, whoever tells it (the ministry,
# or Sevastopol's head, whose own region is the city)
_PENINSULA = "UA-43"


def _own_area(iso: str | None, towards: bool = False) -> str | None:
    """The region an official of ``iso`` speaks for (``towards``: the weapons told as flying towards his city)."""
    if towards and iso in _AREA_IF_TOWARDS:
        return _AREA_IF_TOWARDS[iso]
    return _OWN_AREA.get(iso, iso) if iso is not None else None


def _with_one_before(mentions: list[Mentions], k: int) -> list[str]:
    """The text of sentence ``k`` and of the one before it in its paragraph (where :func:`_towards_capital` looks)."""
    s = mentions[k].sentence
    before = mentions[k - 1].sentence if k > 0 else None
    return [s.text] + ([before.text] if before is not None and before.paragraph == s.paragraph else [])


def _towards_capital(texts: list[str], lex: ModuleType) -> bool:
    """One of ``texts`` tells the weapons flying towards a capital ("heading for Kyiv", "у бік столиці")."""
    pattern = _patterns(lex)["capital_towards"]
    return any(pattern.search(t) for t in texts)


_REGION_TYPE = re.compile(r"\s+(?:Oblast|Krai|Region|Republic)$")


def _regional(items: list[breakdown.Item], text: str, gaz: Gazetteer, lex: ModuleType) -> list[breakdown.Item]:
    """An item's one place read as the region it is: a city that is a region of its own ("over
    Kyiv", "над Севастополем") is that region; in a list of regions, a bare city that names its
    region ("19 over the Kursk region, 12 over Bryansk, 8 over Rostov") is the region, as in
    ministry lists. Not "the Moscow area" (the region around the city)."""
    if not items:
        return items
    listed = any(p.kind == "admin1" for it in items for p in it.places)
    area = _patterns(lex)["area"]
    out = []
    for it in items:
        if len(it.places) > 1:
            out.append(_one_region(it, gaz))
            continue
        if area.search(text, it.start, it.end + 12):
            place = it.places[0]
            if place.iso in _AREA_REGION and place.kind in ("locality", "admin1"):
                # "over the region that surrounds the Russian capital, Moscow": the Moscow Region
                place = gaz.region(_AREA_REGION[place.iso]) or place
            out.append(replace(it, places=(place,)) if place is not it.places[0] else it)
            continue
        place = it.places[0]
        if it.subset and place.kind in ("district", "locality") and any(
                p.kind == "admin1" and p.iso == place.iso for o in out for p in o.places):
            # "над Брянской областью уничтожены 12, в том числе 5 над Климовским районом": the part is
            # the district's, inside the region already counted
            out.append(it)
            continue
        at = text.find(place.as_written, it.start) if place.as_written else -1
        named_region = at >= 0 and bool(_patterns(lex)["region_of"].search(text, max(0, at - 40), at))
        place = _region_of(place, gaz, listed or named_region)
        told_for = it.places if it.places[0].kind == "district" else ()
        out.append(replace(it, places=(place,), told_for=told_for) if place is not it.places[0] else it)
    return out


# the region around a Russian city that is a region of its own ("the Moscow area", "Подмосковье")
_AREA_REGION = {"RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN"}


def _one_region(it: breakdown.Item, gaz: Gazetteer) -> breakdown.Item:
    """"Над Курском и Курским районом сбиты 12": one count over places that all lie in one region,
    one of them its district or the region itself, is that region's count."""
    if it.each or not all(p.iso and p.kind in ("locality", "district", "admin1") and gaz.in_theatre(p)
                          for p in it.places):
        return it
    isos = {p.iso for p in it.places}
    if len(isos) != 1 or not any(p.kind in ("district", "admin1") for p in it.places):
        return it
    region = gaz.region(isos.pop())
    return replace(it, places=(region,), each=None, told_for=it.places) if region is not None else it


def _region_of(place: Place, gaz: Gazetteer, listed: bool) -> Place:
    if place.kind == "district" and place.iso and gaz.in_theatre(place):
        # "над Павлоградським районом збили", "in Belgorod district shot down": counted for its region
        return gaz.region(place.iso) or place
    if place.kind != "locality" or not place.iso:
        return place
    region = gaz.region(place.iso)
    if region is None:
        return place
    if region.name == place.name:
        return replace(region, as_written=place.as_written)  # Kyiv, Sevastopol, Moscow
    if listed and place.as_written and _REGION_TYPE.sub("", region.name) == place.as_written:
        return replace(region, as_written=place.as_written)
    return place


def _is_region(place: Place) -> bool:
    return place.kind in ("admin1", "sea")
