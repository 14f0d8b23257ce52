"""Choosing a place for each mention: one candidate; or the one in a region
named in the same sentence or spoken for by the reporting official; or a
clearly dominant one; or, for a name the gazetteer lacks, the closest
spelling (a misspelling, reported as such)."""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from types import ModuleType

from rapidfuzz import fuzz

from raidlog.extract.places import PlaceHit
from raidlog.geo import Gazetteer, name_key
from raidlog.geo.gazetteer import DOMINANCE
from raidlog.geo.names import is_adjectival, okrug_unit, split_type
from raidlog.geo.romanise import latin_name, ukrainian_spelling
from raidlog.lexicon import for_lang
from raidlog.model import Place

REGION_TYPO_CUTOFF = 85.0  # a misspelt region's name, as written, against the regions' names
DISTRICT_CUTOFF = 75.0
WAR_COUNTRIES = ("RU", "UA")  # where attacks, debris and interceptions are told of
_HROMADA = re.compile(r"(?i)hromad|громад|общин|communit")  # "Glushkovo district" ~ "Glushkovsky District"


_REGION_FAMILIES = [
    (re.compile(r"(?i)republic|республик|республік"), "Republic"),
    (re.compile(r"(?i)\bkra[iy]\b|territory|кра[йяюеї]"), "Krai"),
    (re.compile(r"(?i)oblast|region|област"), "Oblast"),
    (re.compile(r"(?i)okrug|округ"), "Okrug"),
]


def _is_district(hit: PlaceHit, lex: ModuleType) -> bool:
    """A raion's or district's type word ("районі", "district"), not a town's unit's ("городской округ",
    "urban district", "громада"): the lexicon's DISTRICT_TYPE_STEMS."""
    return bool(hit.type_word) and hit.type_word.lower().startswith(lex.DISTRICT_TYPE_STEMS)


@dataclass(frozen=True)
class Resolution:
    hit: PlaceHit
    sentence_start: int  # norm offset of the sentence, to turn hit offsets into document ones
    place: Place | None
    method: str  # "exact" | "context" | "dominant" | "fuzzy" | "unresolved" | "unknown"
    candidates: tuple[Place, ...] = ()
    score: float | None = None
    context: str | None = None  # what decided: "the region named in the sentence", …
    within: Place | None = None  # "local": the district or region the village was placed in


def resolve_sentence(
    hits: list[PlaceHit], sentence_start: int, reporter_regions: list[str], gaz: Gazetteer,
    seen: Seen | None = None, lang: str = "en",
) -> list[Resolution]:
    """``seen``: the places resolved so far in the document, extended here (the
    other places of the post are context too)."""
    if not hits:
        return []  # (most sentences name no place)
    lex = for_lang(lang)
    # First pass: what is certain in the sentence gives context to the rest.
    # (a set: a list of thousands of places names a few regions, each looked up for every name)
    sentence_isos: set[str] = set()
    sure: list[Place] = []  # the places of the sentence with one candidate
    likely: list[Place] = []  # and those with one far bigger than its namesakes ("Нікополь")
    for hit in hits:
        cands = _filter(hit, hits, gaz, lex)
        if len(cands) == 1 and cands[0].iso:
            sentence_isos.add(cands[0].iso)
            sure.append(cands[0])
        elif (big := _dominant(cands)) is not None and big.iso and gaz.in_theatre(big):
            likely.append(big)
    # the units named beside a place ("the village of Murom in the Shebekino district")
    units: list[Place] = []
    unit_starts: list[int] = []  # where each unit is named
    seen = seen if seen is not None else Seen()
    first: dict[int, Resolution] = {}
    for n, hit in enumerate(hits):
        if hit.type_word:
            r = first[n] = _resolve(hit, hits, sentence_start, sentence_isos, reporter_regions, gaz, seen, lex)
            if r.place is not None and r.place.kind in ("district", "admin1") and r.place.iso \
                    and gaz.in_theatre(r.place):
                units.append(r.place)
                unit_starts.append(hit.start)
    sentence_isos |= {u.iso for u in units}
    out = []
    # the other places of the sentence are the nearest context of a name of many places
    # ("обстрілював Нікополь і Покровську стг": the Pokrovske hromada by Nikopol); one list for
    # all the sentence's names, read through without a copy of the document's places (a copy per
    # name, then per sentence, grew with the square of a long list's or document's length)
    context = Seen(seen)
    context.add(sure + likely)
    nearest_units = _nearest_units_of(units, unit_starts)
    closing = _closing_regions(hits, lex)
    several = len({u.iso for u in units}) > 1
    okrugs = _okrug_units(hits)
    for n, hit in enumerate(hits):
        if n in first and first[n].place is not None and first[n].method != "unresolved":
            r = first[n]  # the sentence's own units are settled by the first pass
        else:
            r = _resolve(hit, hits, sentence_start, sentence_isos, reporter_regions, gaz, context, lex)
        # (a city's microdistrict, "в микрорайоне Болховский в Орле": placed in the city the sentence names)
        cities = [p for p in sure if p.kind == "locality" and (p.population or 0) >= CITY_POPULATION] \
            if hit.microdistrict else []
        if n in closing:
            r = _in_region_beside(r, closing[n])
        if n in closing and (several or hits[n + 1].of_before) and r.place is None \
                and r.method in ("unknown", "unresolved"):
            # "Ивановка, Петровка, Сосновка и Лесное Херсонской области" in a sentence of
            # several regions: a name the gazetteer lacks, or has only elsewhere, is of the region that
            # closes its list; so is one the text links to its region by "of" ("near Lipovka of the
            # Kherson Region", as a list of such names is read)
            r = _local(replace(r, hit=replace(hit, village=True)), [closing[n]], reporter_regions, gaz, lang, seen)
        r = _local(r, cities[:1] or nearest_units(hit.start, hit.end), reporter_regions, gaz, lang, seen)
        out.append(_in_own_unit(r, okrugs[n]))
    out = _in_list(out, sure, gaz, lang)
    seen.add(r.place for r in out if r.place is not None and r.method != "unresolved")
    return out


def _okrug_units(hits: list[PlaceHit]) -> list[str | None]:
    """The unit each name of the sentence is named as if an okrug ("Municipal Okrug" for "в Ивановском
    муниципальном округе"), by its own type word or, for an adjective whose type word stands with
    the next name ("в Ивановском и Петровском муниципальных округах"), by that name's."""
    units = [okrug_unit(name_key(hit.name)) if hit.type_word else None for hit in hits]
    by_word = {hit.type_word.lower(): unit for hit, unit in zip(hits, units, strict=True) if unit}
    if not by_word:
        return units
    return [unit or (by_word.get(hit.type_word.lower()) if hit.type_word
                     and not hit.as_written.lower().endswith(hit.type_word.lower()) else None)
            for hit, unit in zip(hits, units, strict=True)]


def _in_own_unit(r: Resolution, unit: str | None) -> Resolution:
    """A Russian district the text names as an urban okrug, by that unit ("Ivanovsky Urban Okrug"), not as the
    raion the gazetteer still lists by that stem; a municipal okrug keeps the raion's "District" (OKRUG_UNITS),
    as a bare "округ" does, but is an okrug."""
    place = r.place
    if unit is None or place is None or place.kind != "district" or place.country != "RU" \
            or place.unit != "raion" or not place.name.endswith(" District"):
        return r
    named = replace(place, name=f"{place.name[: -len(' District')]} {unit}", unit="okrug")
    return replace(r, place=named)


class Seen:
    """The places resolved so far in a document, as context for the names after them, with what
    those names ask of them kept up as places are added: the latest places, the regions in the
    order first named, the countries, the last district, the places' points. A name costs the
    same however many places came before (one scan of all of them per name was square in a
    long list or document). ``before``: the places before these (a sentence's own places after
    the document's), read as one list with them, never copied."""

    def __init__(self, before: Seen | None = None) -> None:
        self._before = before
        self._places: list[Place] = []
        self._regions: list[str] = []  # first named first; none of them named ``before``
        self._region_set: set[str] = set()
        self._countries: Counter[str] = Counter()
        self._country_ids: Counter[tuple[str, str]] = Counter()
        self._districts: list[Place] = []
        self._district: tuple[int, Place | None] = (0, None)  # districts read, the last in the theatre
        self._points = _Points()

    def add(self, places: Iterable[Place]) -> None:
        for p in places:
            self._places.append(p)
            if p.iso and p.kind != "country" and not self._named(p.iso):
                self._regions.append(p.iso)
                self._region_set.add(p.iso)
            if p.country:
                self._countries[p.country] += 1
                self._country_ids[p.country, p.id] += 1
            if p.kind == "district":
                self._districts.append(p)
            if p.lat is not None and p.lon is not None and p.kind in ("locality", "district"):
                self._points.add(p.lat, p.lon)

    def _named(self, iso: str) -> bool:
        return iso in self._region_set or (self._before is not None and self._before._named(iso))

    def latest(self, n: int) -> list[Place]:
        """The last ``n`` places, in order."""
        tail = self._places[-n:]
        if len(tail) < n and self._before is not None:
            tail = self._before.latest(n - len(tail)) + tail
        return tail

    def latest_regions(self, n: int) -> list[str]:
        """The last ``n`` regions in the order the places named them first (countries aside)."""
        tail = self._regions[-n:]
        if len(tail) < n and self._before is not None:
            tail = self._before.latest_regions(n - len(tail)) + tail
        return tail

    def countries(self, but: str | None = None) -> set[str]:
        """The countries of the places (of those other than the place of id ``but``)."""
        counts = self._country_counts(but)
        return {c for c, k in counts.items() if k > 0}

    def _country_counts(self, but: str | None) -> Counter[str]:
        counts = Counter({c: k - self._country_ids[c, but] for c, k in self._countries.items()})
        if self._before is not None:
            counts.update(self._before._country_counts(but))
        return counts

    def last_district(self, gaz: Gazetteer) -> Place | None:
        """The district of the theatre named last (of these places, not those ``before``)."""
        k, last = self._district
        for p in self._districts[k:]:
            if gaz.in_theatre(p):
                last = p
        self._district = (len(self._districts), last)
        return last

    def nearest_km(self, lat: float, lon: float) -> float:
        """The distance to the nearest place with a point, if within ``2 * NEAR_KM``; else infinity."""
        km = self._points.nearest_km(lat, lon)
        return km if self._before is None else min(km, self._before.nearest_km(lat, lon))

    def has_points(self) -> bool:
        return bool(self._points) or (self._before is not None and self._before.has_points())


class _Points:
    """The distinct points of places, in cells of a degree, with each point's nearest distance
    kept as points are added: a point asked again reads only the points added since."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[float, float]]] = {}
        self._distinct: set[tuple[float, float]] = set()
        self._asked: dict[tuple[float, float], tuple[float, dict[tuple[int, int], int]]] = {}

    def __bool__(self) -> bool:
        return bool(self._distinct)

    def add(self, lat: float, lon: float) -> None:
        if (lat, lon) not in self._distinct:
            self._distinct.add((lat, lon))
            self._cells.setdefault((math.floor(lat), math.floor(lon)), []).append((lat, lon))

    def nearest_km(self, lat: float, lon: float) -> float:
        best, read = self._asked.get((lat, lon), (math.inf, {}))
        read = dict(read)
        for cell in _cells_within(lat, lon, 2 * NEAR_KM):
            points = self._cells.get(cell, ())
            for a, b in points[read.get(cell, 0):]:
                best = min(best, _km(lat, lon, a, b))
            read[cell] = len(points)
        self._asked[lat, lon] = (best, read)
        return best if best <= 2 * NEAR_KM else math.inf


def _cells_within(lat: float, lon: float, km: float) -> list[tuple[int, int]]:
    """The cells of a degree that hold every point within ``km`` of the point (as ``_km``
    measures: a degree of latitude 111 km, of longitude 111 km by the cosine of the mean latitude)."""
    dlat = km / 111.0 + 0.01
    cos = math.cos(math.radians(min(90.0, abs(lat) + dlat)))
    dlon = km / (111.0 * cos) + 0.01 if cos > km / (111.0 * 360.0) else 360.0  # (by a pole: all round)
    return [(i, j) for i in range(math.floor(lat - dlat), math.floor(lat + dlat) + 1)
            for j in range(math.floor(lon - dlon), math.floor(lon + dlon) + 1)]


def _in_list(out: list[Resolution], sure: list[Place], gaz: Gazetteer, lang: str) -> list[Resolution]:
    """"обстріляли Дніпровське, Томину Балку, Велику Лепетиху, …, Білозерку та місто Херсон": the towns of a
    list lie mostly in one region. A name of several candidates is the one in that region; a
    name the gazetteer lacks is a village of that region (a list of front-line villages)."""
    towns = [p.iso for p in sure if p.kind == "locality" and p.iso and gaz.in_theatre(p)]
    if len(towns) < 3:
        return out
    iso, n = Counter(towns).most_common(1)[0]  # (a tie is no majority: the order of ties decides nothing)
    if 2 * n <= len(towns):
        return out
    region = gaz.region(iso)
    result = []
    listed_places = Seen()
    listed_places.add(sure)
    for k, r in enumerate(out):
        hit = r.hit
        # next to another name of the list (", " or " та " between them: places.in_list)
        listed = hit.listed or k + 1 < len(out) and out[k + 1].hit.listed
        if not listed or hit.type_word:
            result.append(r)
            continue
        inside = [c for c in r.candidates if c.iso == iso and c.kind == "locality"]
        # a village of another region, in a list of the region's towns ("…, Широка Балка, …" in
        # Kherson's list: not the Odesa namesake the gazetteer knows)
        stray = r.place is not None and r.place.kind == "locality" and r.place.iso != iso \
            and (r.place.population or 0) < STRAY_POPULATION and r.method != "local"
        if (r.method == "unresolved" or stray) and len(inside) > 1:
            inside = [p for p in (_nearest(inside, listed_places),) if p is not None] or inside  # near the others
        if (r.method == "unresolved" or stray) and len(inside) == 1:
            r = Resolution(hit, r.sentence_start, inside[0].written(hit.as_written), "context",
                           r.candidates, context="the region of the other places of the list")
        elif (r.method == "unknown" or (r.method == "unresolved" or stray) and not inside) and region is not None:
            r = Resolution(hit, r.sentence_start, _village_in(hit, region, lang), "local", r.candidates,
                           context="the region of the other places of the list", within=region)
        result.append(r)
    return result


# between a place and the district named right after it, whose it is ("в селе Берёзовка Ракитянского
# района и в посёлке Садовый Грайворонского района": Sadovy is Graivoronsky District's)
_RIGHT_AFTER = 3
# the most characters between a district and the region it is told of (" of the ")
_OF_REGION_GAP = 8


def _nearest_units(units: list[Place], starts: list[int], at: int, end: int) -> list[Place]:
    """Of several districts a sentence names, the one named right after the place, else the one named
    last before it ("у Куп'янському районі … (с. Грушівка); у Богодухівському районі … (с. Гресі)":
    Hresi is Bohodukhiv's); the regions and the other units stay, as context."""
    districts = [(s, u) for s, u in zip(starts, units, strict=True) if u.kind == "district"]
    if len({u.id for _, u in districts}) < 2:
        return units
    after = [(s, u) for s, u in districts if end <= s <= end + _RIGHT_AFTER]
    before = [(s, u) for s, u in districts if s < at]
    pick = min(after, key=lambda x: x[0])[1] if after else \
        max(before, key=lambda x: x[0])[1] if before else min(districts, key=lambda x: x[0])[1]
    return [u for u in units if u.kind != "district" or u is pick]


def _nearest_units_of(units: list[Place], starts: list[int]) -> Callable[[int, int], list[Place]]:
    """:func:`_nearest_units` of the sentence's units for each place, the districts sorted out once
    (a list of thousands of regions read them all again for each of its names)."""
    districts = [(s, u) for s, u in zip(starts, units, strict=True) if u.kind == "district"]
    begins = [s for s, _ in districts]
    if len({u.id for _, u in districts}) < 2:
        return lambda at, end: units
    if begins != sorted(begins):
        return lambda at, end: _nearest_units(units, starts, at, end)
    chosen: dict[int, list[Place]] = {}

    def nearest(at: int, end: int) -> list[Place]:
        j = bisect_left(begins, end)  # the district named right after the place, if one is
        if j < len(begins) and begins[j] <= end + _RIGHT_AFTER:
            return [u for u in units if u.kind != "district" or u is districts[j][1]]
        k = bisect_left(begins, at)  # the districts named before the place: districts[:k]
        k = bisect_left(begins, begins[k - 1]) if k else 0  # the first named last (as max() takes)
        if k not in chosen:
            pick = districts[k][1]
            chosen[k] = [u for u in units if u.kind != "district" or u is pick]
        return chosen[k]

    return nearest


def _closing_regions(hits: list[PlaceHit], lex: ModuleType) -> dict[int, Place]:
    """Per name, the first-level region that closes the list it stands in ("Томарино, Чайкино и
    Чкалово Херсонской области"): names one after another with no more than a comma or an "and"
    between them (:attr:`PlaceHit.listed`), the last right before the region's name (:func:`_region_after`,
    which places a single name in its region too; read once, from the right: linear)."""
    out: dict[int, Place] = {}
    for k in range(len(hits) - 2, -1, -1):
        hit, after = hits[k], hits[k + 1]
        if hit.type_word:
            continue
        region = _region_after(hit, hits, lex)
        if region is not None:
            out[k] = region
        elif not after.type_word and after.candidates and all(c.kind == "admin1" for c in after.candidates) \
                and len(after.candidates) == 1 and 0 < after.start - hit.end <= 2:
            out[k] = after.candidates[0]  # "Софиевка Луганской Народной Республики" (a name, no type word)
        elif not after.type_word and after.listed and k + 1 in out:
            out[k] = out[k + 1]
    return out


def _in_region_beside(r: Resolution, region: Place) -> Resolution:
    """A village named with its region beside it, or closing its list ("В сёлах Заболотово, … и
    Пересветовка Брянской области"), is of that region: its namesake there if the gazetteer has one, else
    no village the gazetteer knows (not a like-named Ukrainian village far away: the unknown village may
    be placed in the region by :func:`_local`). A town of :data:`CITY_POPULATION` stays itself."""
    place = r.place
    if place is None or place.kind != "locality" or place.iso == region.iso or r.method == "local" \
            or (place.population or 0) >= CITY_POPULATION:
        return r
    inside = [c for c in r.candidates if c.kind == "locality" and c.iso == region.iso]
    if len(inside) == 1:
        return Resolution(r.hit, r.sentence_start, inside[0].written(r.hit.as_written), "context",
                          r.candidates, context="the region named beside it")
    return Resolution(r.hit, r.sentence_start, None, "unknown", r.candidates)


def _local(r: Resolution, units: list[Place], reporter_regions: list[str],
           gaz: Gazetteer, lang: str, seen: Seen) -> Resolution:
    """A village the text places in a district or region where the gazetteer
    knows no such village ("the village of Murom in the Shebekino district",
    "с. Новостроевка-Первая Грайворонского округа") is a village of that unit,
    not a namesake elsewhere, nor nothing."""
    hit = r.hit
    if hit.type_word or not (hit.village or lang != "en" and r.method == "unresolved" and r.candidates
                             and all(c.kind == "locality" for c in r.candidates)):
        # (in Russian and Ukrainian, whose names are inflected where they are places, a name of
        # several villages, none of them where the context is: "в Орловке" in a Sevastopol
        # governor's post is a village of Sevastopol, as "the village of Orlovka" is; an English
        # capitalised word is as often a paper's or a station's name: "Moskovsky Komsomolets reports")
        return r
    isos = {u.iso for u in units}
    # the district rather than its region ("в селе Нехотеевка Белгородского района")
    unit = min(units, key=lambda u: u.kind != "district") if len(isos) == 1 else None
    why = f"{'the district' if unit and unit.kind == 'district' else 'the region'} named beside it"
    if unit is None and len(set(reporter_regions)) == 1 and not isos:
        unit, why = gaz.region(reporter_regions[0]), "the region the reporting official speaks for"
    before = seen.last_district(gaz) if unit is None and not isos else None
    if before is not None:  # "In the X district, … In the village of Y, …"
        unit, why = before, "the district named before it"
    if unit is None or not unit.iso:
        return r
    if r.place is not None and (r.place.iso == unit.iso or r.place.kind != "locality"):
        return r
    if r.place is None and r.method not in ("unknown", "unresolved", "fuzzy"):
        return r
    if r.method == "fuzzy" and r.place is not None and r.place.iso == unit.iso:
        return r
    others = tuple(c for c in (r.candidates or ((r.place,) if r.place else ())) if c is not None)
    # the gazetteer's spelling of the name in that region, where all its namesakes there share one ("в
    # поселке Мирное" of Donetsk Oblast, two villages of the name there: Myrne, not "Mirnoe"; not a
    # village renamed since, which the text names by its old name)
    spelt = {c.name for c in others if c.kind == "locality" and c.iso == unit.iso
             and fuzz.ratio(name_key(_latin(hit.name)), name_key(c.name)) >= SPELT_OTHER_WAY}
    name = spelt.pop() if len(spelt) == 1 else None
    return Resolution(hit, r.sentence_start, _village_in(hit, unit, lang, name), "local", others, context=why,
                      within=unit)


def _village_in(hit: PlaceHit, unit: Place, lang: str, name: str | None = None) -> Place:
    """The village a name is, of the district or region the text places it in, which the gazetteer does
    not know there (or not as one place): named as ``name``, else in Latin letters, its id under the unit's."""
    if name is None:
        name = _village_name(hit, unit, lang)
    if hit.microdistrict:
        name = f"{name} microdistrict"
    return Place(id=f"{unit.id}/{name_key(name).replace(' ', '-')}", name=name, kind="locality",
                 iso=unit.iso, country=unit.country, lat=None, lon=None,
                 as_written=hit.as_written, region=unit.region or unit.name)


# a written adjective of a district in any case ("Тракторозаводском", "Слобідському"), to its masculine ending
_OBLIQUE_ADJECTIVE = re.compile(r"(ськ|цьк|зьк|ск|цк)(?:ому|ого|ими|им|ім|ій|их|ий|ой|ом|ая|ое|ую)$")


def _city_district(hit: PlaceHit, city: Place, name: str | None = None) -> Place:
    """A district of ``city`` that the gazetteer does not list there: ``name``, else the written
    adjective in Latin letters ("Traktorozavodsky District")."""
    if name is None:
        written = _OBLIQUE_ADJECTIVE.sub(lambda m: m.group(1) + "ий", hit.as_written.split()[0].lower())
        stem = _latin(written if written != hit.as_written.split()[0].lower()
                      else (split_type(name_key(hit.name)) or (name_key(hit.name), ""))[0])
        # (the adjective's ending as GeoNames spells a district's name: "Traktorozavodsky", not "-skiy")
        name = f"{stem[:-2] + 'y' if stem.endswith('skiy') else stem} District"
    return Place(id=f"{city.id}/{name_key(name).replace(' ', '-')}", name=name, kind="district", iso=city.iso,
                 country=city.country, lat=city.lat, lon=city.lon, as_written=hit.as_written,
                 region=city.region, unit="city_district")


def _listed_district(hit: PlaceHit, sentence_start: int, place: Place, city: Place,
                     gaz: Gazetteer) -> Resolution | None:
    """The gazetteer's district of ``city`` whose name is close to ``place``'s, the district made up
    from the written name: a Ukrainian city's district in its Russian spelling, which differs
    beyond the letter rules ("Немышлянский", "Saltovsky" for Nemyshlianskyi, Saltivskyi)."""
    found = [(p, score) for p, score in gaz.fuzzy(place.name, kinds={"district"}, within={city.iso},
                                                  cutoff=_CITY_DISTRICT_CUTOFF)
             if p.unit == "city_district"]
    if not found:
        return None
    return Resolution(hit, sentence_start, found[0][0].written(hit.as_written), "fuzzy",
                      tuple(p for p, _ in found), found[0][1], context="the city named after it", within=city)


_CITY_DISTRICT_CUTOFF = 88.0  # "Nemyshlyansky District" ~ "Nemyshlianskyi District" (92), not another district


def _filter(hit: PlaceHit, hits: list[PlaceHit], gaz: Gazetteer, lex: ModuleType) -> list[Place]:
    cands = list(hit.candidates)
    typed = split_type(name_key(hit.name)) if hit.type_word else None
    if typed:  # "Воронежской области" is the region, even where the city shares its name
        # (a raion the gazetteer lacks is no village of that name's spelling: "у Червоногвардійському районі"
        # of Crimea, not the village Berestovskyi that was once called so; a hromada or an urban okrug may
        # be named by its town)
        cands = [c for c in cands if c.kind == typed[1]] or (
            [c for c in cands if c.kind != "locality"] if _is_district(hit, lex) else cands)
    if sum(c.kind == "admin1" for c in cands) > 1:
        # "the Altai Territory" is Altai Krai, "the Altai Republic" the republic
        for pattern, family in _REGION_FAMILIES:
            if pattern.search(hit.as_written):
                cands = [c for c in cands if c.kind != "admin1" or family in c.name] or cands
                break
    theatre = [c for c in cands if gaz.in_theatre(c)]
    if theatre and len(theatre) < len(cands):
        # A name outside the theatre wins only when the text qualifies it ("…, California").
        qualified = [c for c in cands if not gaz.in_theatre(c) and _qualified(hit, c, hits)]
        cands = qualified or theatre
    # A bare name that is both a town and a region's (or district's) stem means the town,
    # unless the gazetteer ranks the region first ("Крым", "Кубань": the region's own name).
    if hit.type_word is None and any(c.kind == "locality" for c in cands):
        first = cands[0].kind
        if first == "admin1" and is_adjectival(name_key(hit.as_written)) and any(
                c.kind == "locality" and c.iso == cands[0].iso and (c.population or 0) >= CITY_POPULATION for c in cands):
            # "обстріл Києва, Івано-Франківська, Тернополя": a city in -ськ in the genitive is written as its
            # oblast's adjective, which names the oblast only with its type word ("Івано-Франківська область")
            first = "locality"
        cands = [c for c in cands if c.kind == ("admin1" if first == "admin1" else "locality")]
    return cands


_LISTED_DISTRICTS = 5  # how many districts of one list are looked past for the city after them


def _city_after(hit: PlaceHit, hits: list[PlaceHit], lex: ModuleType) -> Place | None:
    """The city named right after a district ("Красноармейском районе Волгограда"), or after the list
    of districts it opens ("в Кировском и Ворошиловском районах Волгограда"), if one."""
    for _ in range(_LISTED_DISTRICTS):
        if not _is_district(hit, lex):
            return None
        listed = None
        for other in _right_after(hit, hits):
            if other.start - hit.end <= 2 and not other.type_word:
                cities = [c for c in other.candidates if c.kind == "locality" and (c.population or 0) >= CITY_DISTRICTS_FROM]
                if len(cities) == 1:
                    return cities[0]
            elif other.listed and other.type_word == hit.type_word:
                listed = other  # the next district of the list, which shares its type word
        if listed is None:
            return None
        hit = listed
    return None


def _right_after(hit: PlaceHit, hits: list[PlaceHit], gap: int = _RIGHT_AFTER) -> Iterator[PlaceHit]:
    """The names that start within 3 characters after ``hit`` ends, in order. ``hits`` are in text
    order, as places.find gives them: found by bisection, not by a scan of all the sentence's names
    for each of them (square in a list of thousands of places)."""
    k = bisect_right(hits, hit.end, key=_hit_start)
    while k < len(hits) and hits[k].start - hit.end <= gap:
        yield hits[k]
        k += 1


def _hit_start(hit: PlaceHit) -> int:
    return hit.start


def _region_after(hit: PlaceHit, hits: list[PlaceHit], lex: ModuleType) -> Place | None:
    """The first-level region named right after a name ("Poniativka, Kherson region"), if one (not one
    named next in a list: "в Рыльске и Орловской области"); a district's also after "of (the)"
    ("Pervomaisky district of Kharkiv region"), a town's after "of the" ("Sosnovka of the Kursk Region")."""
    district = _is_district(hit, lex)
    for other in _right_after(hit, hits, _OF_REGION_GAP):
        if other.joined or not district and other.start - hit.end > _RIGHT_AFTER and not other.of_before:
            continue
        regions = [c for c in other.candidates if c.kind == "admin1"]
        if len(regions) == 1 and other.type_word:
            return regions[0]
    return None


def _qualified(hit: PlaceHit, place: Place, hits: list[PlaceHit]) -> bool:
    for other in _right_after(hit, hits):
        if any(c.iso == place.iso and c.kind in ("admin1", "country") for c in other.candidates):
            return True
    return hit.type_word is not None and hit.type_word.lower().startswith(("count",))


# the type words of first-level regions, as their stems in the three languages ("областями", "Krai")
_REGION_TYPE_STEMS = ("region", "oblast", "kra", "territor", "republic", "област", "кра", "республ")


def _resolve(hit, hits, sentence_start, sentence_isos, reporter_regions, gaz: Gazetteer,
             seen: Seen, lex: ModuleType) -> Resolution:
    # the city named right after a district's name, read once for the three readings below that ask for it
    city_after = _city_after(hit, hits, lex)
    if hit.unknown and city_after is not None:
        # "в Тракторозаводском районе Волгограда": a district of the city named after it, which the
        # gazetteer does not list (or lists in a spelling beyond the letter rules: _listed_district)
        place = _city_district(hit, city_after)
        return _listed_district(hit, sentence_start, place, city_after, gaz) or Resolution(
            hit, sentence_start, place, "local", context="the city named after it", within=city_after)
    if hit.unknown and _is_district(hit, lex):
        # (after the city path: "в Ворошиловском районе Волгограда" is the city's, not a like-named rural district)
        # the stems of districts count only with a type word: "Holosivskyi" (… districts)
        name = hit.name if split_type(name_key(hit.name)) else f"{hit.name} district"
        # in the regions of the sentence and the reporter, else of the last places named
        within = set(sentence_isos) | set(reporter_regions)
        last = {p.iso for p in seen.latest(3) if p.iso and "-" in p.iso} - within
        found = gaz.fuzzy(name, kinds={"district"}, within=(within or last) or None,
                          cutoff=DISTRICT_CUTOFF)
        if not found and within and last:
            found = gaz.fuzzy(name, kinds={"district"}, within=last, cutoff=DISTRICT_CUTOFF)
        if found:
            # "the Glushkovo district" is how reports name Glushkovsky District: no misspelling
            return Resolution(hit, sentence_start, found[0][0].written(hit.as_written), "exact",
                              tuple(p for p, _ in found), found[0][1])
    region = _region_after(hit, hits, lex) if hit.unknown and hit.village else None
    if region is not None and not gaz.fuzzy(hit.name, within={region.iso}):
        # "в районе Ивановки (Курская область)": a village of the region named right after it, which the
        # gazetteer lacks there (not a like-sounding village of another region)
        lang = "uk" if set(hit.name.lower()) & set("іїєґ") else "ru"
        return Resolution(hit, sentence_start, _village_in(hit, region, lang), "local",
                          context="the region named beside it", within=region)
    if hit.unknown:
        within = {region.iso} if region is not None else set(sentence_isos) | set(reporter_regions)
        region_typed = bool(hit.type_word) and hit.type_word.lower().startswith(_REGION_TYPE_STEMS)
        kinds = {"admin1"} if region_typed else None
        if _is_district(hit, lex):
            kinds = {"district"}
        found = gaz.fuzzy(hit.name, kinds=kinds, within=within or None) if within else []
        # a unit named with its type word in a known region ("в Сеймском округе Курска") is that
        # region's, never a like-sounding district far away (Yeysky District)
        # (a region's own type word, "над Курською і Липецькою областями", names no unit inside one)
        if not found and not (within and hit.type_word and not region_typed):
            found = gaz.fuzzy(hit.name, kinds=kinds, theatre=True)
            # a Ukrainian official's unknown village is no Russian namesake's misspelling; with no
            # region in context, the countries the report has named so far decide
            countries = {iso.split("-")[0] for iso in within} or seen.countries()
            if countries:
                found = [(p, s) for p, s in found if p.country in countries]
        if not found and not hit.type_word and hit.name != hit.as_written:
            # "по Рівненщинні": a region's own name misspelt, as written (its dictionary form was
            # read as an adjective's, "рівненщинний", which names nothing)
            found = gaz.fuzzy(hit.as_written, kinds={"admin1"}, cutoff=REGION_TYPO_CUTOFF, theatre=True)
        if _HROMADA.search(hit.as_written):  # a hromada is Ukraine's, never a Russian district
            found = [(p, s) for p, s in found if p.country == "UA"]
        if found:
            place, score = found[0]
            return Resolution(hit, sentence_start, place.written(hit.as_written), "fuzzy",
                              tuple(p for p, _ in found), score)
        if hit.type_word and hit.type_word.lower().startswith(("sea", "bay")):
            # seas far away ("the Red Sea") are not in the gazetteer; nothing to flag
            return Resolution(hit, sentence_start, None, "elsewhere")
        return Resolution(hit, sentence_start, None, "unknown")
    if hit.microdistrict:  # a part of a city, which the gazetteer does not list (placed by _local)
        return Resolution(hit, sentence_start, None, "unknown")
    cands = _filter(hit, hits, gaz, lex)
    if not cands:  # a raion the gazetteer lacks, its name only a village's (_filter)
        return Resolution(hit, sentence_start, None, "unknown")
    if _is_district(hit, lex) and not any(c.kind == "district" for c in cands) and city_after is not None:
        # "the Saltovsky district of Kharkiv": the city's district in another spelling, not a town
        # of a like name (Saltivka)
        found = _listed_district(hit, sentence_start, _city_district(hit, city_after), city_after, gaz)
        if found is not None:
            return found
    city = city_after if hit.type_word and any(c.kind == "district" for c in cands) else None
    if city is not None:
        # "в Красноармейском районе Волгограда", "у Шевченківському районі Харкова": the city's own
        # district, never a rural namesake of the oblast or one elsewhere; where the gazetteer lacks
        # the city's districts, a district of that name in the city
        own = [c for c in cands if c.kind == "district" and c.unit == "city_district" and c.iso == city.iso]
        if len(own) == 1:
            # (what the text says outright: no ambiguity worth reporting)
            return Resolution(hit, sentence_start, own[0].written(hit.as_written), "dominant", tuple(cands))
        if not own:
            # the name most of its namesakes in the city's country have (not one that lists it as an
            # alternate name), else the written adjective's (a Russian city's "Заводской район" is no
            # Ukrainian town's "Zavodskyi District")
            names = Counter(c.name for c in cands if c.kind == "district" and c.country == city.country)
            place = _city_district(hit, city, names.most_common(1)[0][0] if names else None)
            return Resolution(hit, sentence_start, place, "local", tuple(cands),
                              context="the city named after it", within=city)
    primary = [c for c in cands if name_key(c.name) == name_key(hit.name)]
    if len(primary) == 1 and len(cands) > 1 and hit.type_word is None and not (
            (big := _dominant(cands)) not in (None, primary[0]) and (big.population or 0) >= CITY_POPULATION):
        # "Millerovo" is the town's own name, and only another place's old or alternate one (not a town's
        # own name that is a far bigger city's common spelling: "Mykolayiv" = Mykolaiv, not the Lviv
        # region's town of that name)
        return Resolution(hit, sentence_start, primary[0].written(hit.as_written), "dominant", tuple(cands))
    if len(cands) == 1 and _stray_namesake(cands[0], hit, sentence_isos, reporter_regions, seen):
        # "a fire at the Ilya oil refinery" in a report on Krasnodar Krai: not a Belarusian hamlet
        return Resolution(hit, sentence_start, None, "unknown", tuple(cands))
    if _TRANSLATED_HROMADA.search(hit.as_written) and _outside_report(cands, sentence_isos, reporter_regions, seen):
        # "the Myronivka community" in a report on the Sumy region: a translation's name, not the
        # Kyiv region's hromada of that name
        return Resolution(hit, sentence_start, None, "unknown", tuple(cands))
    region = _region_after(hit, hits, lex)
    if region is not None and cands and all(
            c.iso != region.iso and (c.kind == "district" or c.kind == "locality" and (
                (c.population or 0) < CITY_POPULATION or not _spells(c, hit.name) and _far(c, region)))
            for c in cands) and len({c.kind for c in cands}) == 1:
        # "In Poniativka, Kherson region": a village of the region the text names beside it, not
        # its namesake of another region (the gazetteer lacks many villages); "над Донецким районом
        # Ростовской области": a district of that region, not Ukraine's Donetsk Raion; "Чайкино и
        # Чкалово Херсонской области": a village, not a far city that once bore its name (Orenburg),
        # named as written
        # (a Ukrainian village of a Russian text by its Ukrainian spelling, not a Russian namesake's name:
        # "Веселое Херсонской области" is Vesele, not Vesyelyy)
        named = _latin(hit.name) if any((c.population or 0) >= CITY_POPULATION for c in cands) else (
            cands[0].name if cands[0].country == region.country or hit.name.isascii()
            else _village_name(hit, region, "ru"))
        place = Place(id=f"{region.id}/{name_key(named).replace(' ', '-')}", name=named,
                      kind=cands[0].kind, iso=region.iso, country=region.country, lat=None, lon=None,
                      as_written=hit.as_written, region=region.name)
        return Resolution(hit, sentence_start, place, "local", tuple(cands),
                          context="the region named beside it", within=region)
    if len(cands) == 1 and cands[0].kind == "locality" and (cands[0].population or 0) < CITY_POPULATION \
            and len(hits) <= _FEW_NAMES and sentence_isos - {cands[0].iso} and not _spells(cands[0], hit.name) \
            and not any(c.iso == cands[0].iso for h in hits if h is not hit for c in h.candidates):
        # "the Krasnodar region's staff said the strike hit the Volna terminal": a name the gazetteer knows
        # only as another village's old or alternate name, in another region than the sentence names, is no
        # place of it (nor is it a village of that region the gazetteer knows); asked in a sentence of a few
        # names (each against the others: not in a list of thousands)
        return Resolution(hit, sentence_start, None, "unknown", tuple(cands))
    if len(cands) == 1:
        return Resolution(hit, sentence_start, cands[0].written(hit.as_written), "exact", tuple(cands))
    dominant = _dominant(cands)
    # a sentence naming places of many regions ("обстріляли Київ, Одесу, Львів, Рівне та Полтаву"): a list across
    # the country, whose regions tell nothing of one name's (nor does the speaker's), so a city far bigger than
    # its namesakes stays itself (not the Odesa region's village of Rivne), unless the text calls it a village
    if dominant is not None and (dominant.population or 0) >= CITY_POPULATION and not hit.village \
            and len({iso for iso in sentence_isos if "-" in iso}) >= _SPREAD_REGIONS:
        return Resolution(hit, sentence_start, dominant.written(hit.as_written), "dominant", tuple(cands))
    for isos, why in (
        (sentence_isos, "the region named in the same sentence"),
        (reporter_regions, "the region the reporting official speaks for"),
        (seen.latest_regions(6) if dominant is None else [], "the region of the other places of the report"),
    ):
        inside = [c for c in cands if c.iso in isos and c.kind != "admin1"] or [c for c in cands if c.iso in isos]
        if len(inside) > 1:  # a place of that name, not one that once had it ("Миколаївка")
            inside = _by_own_name(inside, hit.name)
        if len(inside) > 1:  # a raion among raions, a city's district among the city's districts
            inside = _like_the_districts_named(inside, seen)
        if len(inside) > 1:  # the oblast's raion, not a city's district in a city the report leaves unnamed
            inside = _raion_unless_city_named(inside, seen)
        if len(inside) > 1 and _one_place(inside):  # the same district under two ids of the gazetteer
            inside = inside[:1]
        namesakes = inside
        if len(inside) > 1:  # "Антонівку" twice in the oblast: the one near the others
            inside = [p for p in (_nearest(inside, seen),) if p is not None]
        if len(inside) == 1:
            # the context agreeing with the obvious reading is no ambiguity worth reporting
            method = "dominant" if inside[0] == dominant else "context"
            return Resolution(hit, sentence_start, inside[0].written(hit.as_written), method,
                              tuple(cands), context=why)
        if isos is sentence_isos and dominant is None and len(namesakes) > 1 and namesakes[0].kind == "locality" \
                and len({(c.name, c.kind, c.iso) for c in namesakes}) == 1 \
                and (region := gaz.region(namesakes[0].iso)) is not None:
            # "у селищі Мирне на Донеччині": villages of the name in the region the sentence names, nothing
            # telling which: a village of that region, as the gazetteer spells it there (as _local places one
            # named beside its region's type word)
            return Resolution(hit, sentence_start, _village_in(hit, region, "", namesakes[0].name), "local",
                              tuple(cands), context=why, within=region)
    if dominant is not None:
        return Resolution(hit, sentence_start, dominant.written(hit.as_written), "dominant", tuple(cands))
    cities = [c for c in cands if c.kind == "locality" and c.country in WAR_COUNTRIES
              and (c.population or 0) >= CITY_POPULATION] if hit.city else []
    if len(cities) == 1:
        # "the Ukrainian-controlled city of Kostiantynivka": of its namesakes, the one that is a city
        # (no ambiguity worth reporting: the obvious reading, the text says so)
        return Resolution(hit, sentence_start, cities[0].written(hit.as_written), "dominant", tuple(cands))
    war = [c for c in cands if c.country in WAR_COUNTRIES]
    if len(war) == 1 and len(cands) > 1:
        # "Borisovskiy district were attacked": Belgorod's, not Belarus's Barysaw District
        return Resolution(hit, sentence_start, war[0].written(hit.as_written), "context", tuple(cands),
                          context="the only one in Russia or Ukraine")
    return Resolution(hit, sentence_start, None, "unresolved", tuple(cands))


CITY_POPULATION = 50_000  # what a text calling a place "the city of" means, of namesakes
_FEW_NAMES = 8  # a sentence of this many names or fewer: each name may be asked against all the others
_SPREAD_REGIONS = 3  # a sentence naming places of this many regions lists places across the country
CITY_DISTRICTS_FROM = 200_000  # a city this big has districts of its own ("районе Волгограда")
# a city that big is what its name means beside a town this many times smaller ("Donetsk": the Ukrainian
# city of 900,000, not the Rostov region's town of 50,000)
BIG_CITY_DOMINANCE = 10
STRAY_POPULATION = 10_000  # a village this small in a third country is no report's subject unasked


# a hromada as English translations name it ("the Pokrovska community")
_TRANSLATED_HROMADA = re.compile(r"(?i)\bcommunit(?:y|ies)\b")


def _outside_report(cands: list[Place], sentence_isos: set[str], reporter_regions: list[str],
                    seen: Seen) -> bool:
    """Every candidate lies outside the regions the report has named lately (and it has named some;
    the sentence's regions count less the candidates' own, which a lone candidate put there)."""
    own = {c.id for c in cands}
    regions = {*(set(sentence_isos) - {c.iso for c in cands}), *reporter_regions,
               *(p.iso for p in seen.latest(12) if p.iso and "-" in p.iso and p.id not in own)}
    return bool(regions) and all(c.iso not in regions for c in cands)


def _stray_namesake(place: Place, hit: PlaceHit, sentence_isos: set[str], reporter_regions: list[str],
                    seen: Seen) -> bool:
    """A village of the theatre outside Russia and Ukraine (Belarus) that only spells a name of a
    report whose places are all in Russia or Ukraine and which names that country nowhere."""
    if place.kind != "locality" or place.country in WAR_COUNTRIES or (place.population or 0) >= STRAY_POPULATION \
            or hit.type_word or hit.village:
        return False
    countries = seen.countries(but=place.id) | {
        iso.split("-")[0] for iso in [*(i for i in sentence_isos if i != place.iso), *reporter_regions]}
    return bool(countries) and place.country not in countries and countries <= set(WAR_COUNTRIES)


def _dominant(cands: list[Place]) -> Place | None:
    """The candidate DOMINANCE times more populous than all the others, if there is one."""
    pops = sorted(((c.population or 0), i) for i, c in enumerate(cands))
    if len(pops) >= 2 and pops[-1][0] >= (DOMINANCE if pops[-1][0] < CITY_DISTRICTS_FROM else BIG_CITY_DOMINANCE) \
            * max(pops[-2][0], 1):
        return cands[pops[-1][1]]
    return None


def _village_name(hit: PlaceHit, unit: Place, lang: str) -> str:
    """A village's name the gazetteer lacks, in Latin letters: a Ukrainian one that a Russian text spells
    the Russian way by its Ukrainian spelling (romanise.ukrainian_spelling: "Музыковка" -> Muzykivka,
    as the golds name Ukrainian villages), from its written nominative where an adjective's is written
    ("Веселое", "Новая Казачья": the lemma is the masculine, Весёлый); any other as written."""
    name = hit.name
    if name.isascii():
        return name
    if lang != "uk" and unit.country == "UA" and not set(name.lower()) & set("іїєґ"):
        if _ADJECTIVE_NOMINATIVE.fullmatch(hit.as_written) and len(hit.as_written.split()) == len(name.split()):
            name = hit.as_written
        return latin_name(ukrainian_spelling(name), "uk")
    return latin_name(name, "uk" if lang == "uk" else "ru")


# a name written in the nominative of a neuter or feminine adjective, every word ("Веселое", "Новая Казачья")
_ADJECTIVE_NOMINATIVE = re.compile(r"(?:[А-ЯЁ][а-яё]*(?:ое|ее|ая|яя|ья)\s)*[А-ЯЁ][а-яё]*(?:ое|ее|ая|яя|ья)")


def _latin(written: str) -> str:
    """A name as written, in Latin letters (Ukrainian where its letters say so)."""
    return written if written.isascii() else latin_name(written, "uk" if set(written.lower()) & set("іїєґ") else "ru")


# how alike they are where the text spells the name the other language's way ("Мирное": Myrne, 73), not
# another name the place once had ("Кировское" of Kropyvnytskyi, 55)
SPELT_OTHER_WAY = 65
SPELT_RATIO = 75  # how alike (rapidfuzz ratio) a written name's Latin spelling and a place's own name are to spell it


def _spells(place: Place, written: str) -> bool:
    """Whether the place's own (English) name spells the name as written (not only an old or
    alternate name of it: "Чкалово" is no spelling of Orenburg)."""
    return fuzz.ratio(name_key(_latin(written)), name_key(place.name)) >= SPELT_RATIO


FAR_KM = 400.0  # a city this far from a region named beside its name is no place of that region


def _far(place: Place, region: Place) -> bool:
    """Whether the place lies far from the region (unknown where either has no point)."""
    return None not in (place.lat, place.lon, region.lat, region.lon) \
        and _km(place.lat, place.lon, region.lat, region.lon) > FAR_KM


def _by_own_name(cands: list[Place], written: str) -> list[Place]:
    """The candidates whose own (English) name spells the name as written."""
    latin = name_key(_latin(written))
    scored = [(fuzz.ratio(latin, name_key(c.name)), c) for c in cands]
    best = max(score for score, _ in scored)
    return [c for score, c in scored if score >= SPELT_RATIO and score >= best - 10] or cands


def _one_place(cands: list[Place]) -> bool:
    """The candidates are one place the gazetteer lists more than once (a raion as GeoNames has it
    twice, under two ids: one name, kind and point)."""
    first = cands[0]
    return first.lat is not None and all((c.name, c.kind, c.unit, c.lat, c.lon)
                                         == (first.name, first.kind, first.unit, first.lat, first.lon) for c in cands)


def _like_the_districts_named(cands: list[Place], seen: Seen) -> list[Place]:
    """"Два – в Самарівському та Кам'янському районах, ще один – в Дніпровському": a name of
    both an oblast's raion and a city's district (Kamianske's Dniprovskyi), told beside raions, is
    the raion; told beside a city's districts, the city's."""
    units = {p.unit for p in seen.latest(6) if p.kind == "district" and p.unit}
    if len(units) != 1:
        return cands
    return [c for c in cands if c.unit in units] or cands


CITY_NEAR_KM = 15.0  # a place this close to a city's district is of that city


def _raion_unless_city_named(cands: list[Place], seen: Seen) -> list[Place]:
    """"уламки впали у Дніпровському районі" (the head of the Dnipropetrovsk oblast speaking): a name
    of both the oblast's raion and a city's district (Kamianske's Dniprovskyi) is the raion, unless
    the report has named a place of that city (within ``CITY_NEAR_KM`` of the district)."""
    raions = [c for c in cands if c.unit == "raion"]
    if len(raions) != 1 or not all(c.unit == "city_district" for c in cands if c is not raions[0]):
        return cands
    if seen.has_points() and any(c.lat is None or seen.nearest_km(c.lat, c.lon) <= CITY_NEAR_KM
                                 for c in cands if c is not raions[0]):
        return cands
    return raions


NEAR_KM = 60.0  # a candidate this close to a place of the report, and the others twice as far


def _nearest(cands: list[Place], seen: Seen) -> Place | None:
    """Of same-name places ("Покровська громада" three times in one oblast), the one
    near the other places of the report, if one is clearly nearer."""
    if not seen.has_points() or len(cands) < 2:
        return None
    dist = []
    for c in cands:
        if c.lat is None or c.lon is None:
            return None
        # (a distance beyond 2 * NEAR_KM, read as infinity, decides nothing otherwise)
        dist.append((seen.nearest_km(c.lat, c.lon), c))
    dist.sort(key=lambda d: d[0])
    if dist[0][0] <= NEAR_KM and dist[1][0] >= 2 * dist[0][0]:
        return dist[0][1]
    return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dy = (lat1 - lat2) * 111.0
    dx = (lon1 - lon2) * 111.0 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, dy)
