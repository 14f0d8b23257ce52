"""The gazetteer: places of the theatre and the world, found by name.

Data: ``raidlog/data/gazetteer.tsv.gz``, built by ``scripts/build_gazetteer.py``
(format described there). Rows are kept as text and turned into
:class:`~raidlog.model.Place` objects only when asked for; the name index is
built once at load.
"""

from __future__ import annotations

import bisect
import contextlib
import contextvars
import functools
import gc
import gzip
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Final, cast

from rapidfuzz import fuzz, process

from raidlog.geo.names import (
    LONGEST_TYPE,
    cyrillic_masculine,
    is_adjectival,
    name_key,
    spelling_key,
    split_type,
)
from raidlog.model import Place, PlaceKind

THEATRE: Final = frozenset({"RU", "UA", "BY"})
_KIND_RANK: Final = {"country": 0, "sea": 0, "admin1": 1, "locality": 2, "other": 3, "district": 4}
_CITY_REGION_RANK: Final = 3  # an admin1 that is the same city as a locality found with it
# A locality this big is a city: found with a region of its own code it is that region's city
# (Moscow, Sevastopol, Kyiv); a village sharing a region's name ("Кубань") is not.
CITY_POPULATION: Final = 100_000
_NAMES, _ALTERNATES, _STEMS, _MADE_STEMS = 9, 10, 11, 12  # columns of a row
_SAME_POINT: Final = 0.005  # degrees (about 500 m): two rows at one point (see city_at)
SPELT_TOWN: Final = 5_000  # towns the news names in a romanisation of its own (see by_spelling)
# A place this many times more populous than its namesakes is the one a name means without context
# (resolve's choice among candidates; places' town of a plant's adjective against a village)
DOMINANCE: Final = 20


def _iso_of(row: str) -> str:
    return row.split("\t", 4)[3]


_MEMO_LIMIT = 200_000
_FUZZY_MEMO = 4096  # fuzzy answers remembered (a report repeats its unknown names)


@dataclass
class Budget:
    """A document's budget of costly reads (fuzzy searches here, unknown names in
    :mod:`raidlog.extract.places`): how many more it may make, and the keys of those it made (a
    read made again is free, so what a document finds depends only on its text)."""

    left: int
    read: set = field(default_factory=set)

    @property
    def spent(self) -> bool:
        return self.left <= 0


# The fuzzy searches a document has made and how many more it may make (see
# Gazetteer.fuzzy_budget); None: no limit.
_FUZZY_LEFT: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("fuzzy_left", default=None)
# the cities that are first-level regions of their own, each with the region around it
SURROUNDING: Final = {"RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN", "UA-30": "UA-32", "UA-40": "UA-43"}
# each side's capital ("two over the capital" in a story of that side's defences)
CAPITALS: Final = {"RU": "RU-MOW", "UA": "UA-30"}


def named_as_its_region(place: Place, written: str) -> bool:
    """A town written bare with its region's own name ("Rostov", "Mykolaiv"): as a count's place,
    the region's (a ministry's "40 over Rostov"), not the town's."""
    if place.kind != "locality" or not place.region:
        return False
    stem = split_type(name_key(place.region))
    return stem is not None and stem[0] == name_key(written)
CITY_REGIONS: Final = frozenset(SURROUNDING)
# the cities that are regions whose approaches are the region around them, not the city: "на подлёте к Москве"
# is the Moscow Region's (the README's convention; the golds never list Moscow for it), while "on approaches to
# Kyiv" names Kyiv, a place of the report
RING_CITIES: Final = frozenset({"RU-MOW", "RU-SPE"})
# the cities that are regions whose approaches are the city's own count, not the region around it too:
# "на підльоті до Севастополя знищено 14" is Sevastopol's (as the golds count its attacks), not Crimea's
APPROACH_CITY_ONLY: Final = frozenset({"UA-40"})
_URBAN: Final = re.compile(r"(?i)\b(?:urban|gorodskoy|city|okrug|municipal)\b")
# a type word that names a raion, not an okrug or a hromada ("district", "район", "районом")
_RAION_WORD: Final = re.compile(r"^ (?:district|raion|rayon|район)\w*$")


def _unit(kind: str, pid: str, name: str, iso: str, country: str) -> str | None:
    """What a district is: a raion, a hromada, an okrug or a district of a city; of a locality,
    "approximate" for a Ukrainian settlement only the codifier (KATOTTG) lists, placed at its
    hromada's point (see :func:`approximate`)."""
    if kind == "locality":
        return APPROXIMATE if pid.startswith("katottg:") else None
    if kind != "district" or country not in THEATRE:
        return None
    if pid.startswith("katottg:"):
        return "hromada" if name.endswith(" hromada") else "city_district"
    if iso in CITY_REGIONS:
        return "city_district"
    return "okrug" if _URBAN.search(name) else "raion"
# the unit of a locality whose point is its hromada's, not its own (a village GeoNames lacks)
APPROXIMATE: Final = "approximate"


def approximate(place: Place) -> bool:
    """Whether the place's coordinates are its hromada's, not its own: a Ukrainian settlement
    GeoNames lacks, found by its name in the codifier (ranked after GeoNames' places)."""
    return place.unit == APPROXIMATE


def _latin_adjectives(stem: str) -> list[str]:
    """The masculine adjective of a Latin town name, as district names are written: "belgorod" ->
    "belgorodsky", "kursk" -> "kursky", "shebekino" -> "shebekinsky" (Cyrillic names have their own)."""
    if not stem.isascii() or " " in stem:
        return []
    if stem.endswith("sk"):
        return [stem + "y"]
    if stem.endswith(("o", "e", "a")):
        return [stem[:-1] + "sky"]
    return [stem + "sky"]


def _latin_adjectives_of_o(stem: str) -> list[str]:
    """The adjectives of a Latin name in -o that keep its "o" as Ukrainian "iv" or Russian "ov":
    "shevchenko" -> "shevchenkivskyi", "shevchenkovsky" (a district named after a person or a
    town: the noun's adjective, not _latin_adjectives's "shevchenksky")."""
    if not stem.isascii() or " " in stem or not stem.endswith("o") or len(stem) < 5:
        return []
    return [stem[:-1] + "ivskyi", stem + "vsky"]


# the type words of a Ukrainian hromada (territorial community)
_HROMADA: Final = re.compile(r"hromad|громад|общин|territorial community|\bотг\b|(?:селищн|сільськ)\w* рада")
# the ending of a Russian adjective the build spells otherwise: "-льская", "-кская" (see _lookup)
_RUSSIAN_HROMADA: Final = re.compile(r"(льск|кск)(ая|ий|ой|ое)$")


# The fuzzy keys of a kind of place: the buckets' lengths, in order, and each bucket (length,
# ASCII characters, keys, their rows), in the same order, in tuples (see Gazetteer.__init__).
_Buckets = tuple[tuple[int, ...], tuple[tuple[int, int, tuple[str, ...], tuple[int, ...]], ...]]


def _by_length(buckets: dict[tuple[int, int], tuple[list[str], list[int]]]) -> _Buckets:
    ordered = sorted(buckets.items())
    return (tuple(length for (length, _), _ in ordered),
            tuple((length, ascii, tuple(keys), tuple(rows)) for (length, ascii), (keys, rows) in ordered))


class Gazetteer:
    """Name lookup over the packaged place table."""

    def __init__(
        self, rows: list[str], version: str, names: dict[str, str], stems: dict[str, str]
    ) -> None:
        self.version = version
        # Tuples of strings and ints, not lists: the collector stops tracking a tuple of such atoms
        # once it has looked at it, while it walks every item of a list at each full collection
        # (the rows and the fuzzy-search index are a million items: ~30 ms a collection, several
        # of them in a first pass over a few hundred reports, as the caches fill).
        self._rows = tuple(rows)
        self._looked_up: dict[tuple[str, frozenset[str] | None], list[Place]] = {}
        self._places: dict[int, Place] = {}  # the rows read so far
        self._names = names  # key -> comma-separated row numbers
        self._stems = stems
        self._fuzzy_keys: dict[str, dict] = {}  # see _fuzzy_index
        self._fuzzy_memo: dict[tuple, list[tuple[Place, float]]] = {}
        self._spellings: dict[str, tuple[int, ...]] | None = None  # see by_spelling
        self._iso_ranges: dict[tuple[str, str | None], range] = {}  # see _iso_range
        self._regions: dict[str, Place | None] = {}  # see region
        self._skeletons: dict[str, dict[str, list[int]]] = {}  # see regions_by_skeleton
        self._cities_at: dict[tuple[str, float, float], Place | None] = {}  # see city_at

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        collecting = gc.isenabled()
        gc.disable()  # hundreds of thousands of strings, none of them cyclic
        try:
            return cls._parse(gzip.decompress(path.read_bytes()).decode("utf-8"))
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _parse(cls, text: str) -> Gazetteer:
        lines = text.split("\n")
        header = lines[0].split("\t")
        count = int(header[3])
        rows = lines[1 : count + 1]
        name_keys, name_rows, stem_keys, stem_rows = lines[count + 1 : count + 5]
        names = dict(zip(name_keys.split("\t"), name_rows.split("\t"), strict=True))
        stems = dict(zip(stem_keys.split("\t"), stem_rows.split("\t"), strict=True))
        return cls(rows, header[2], names, stems)

    @classmethod
    @functools.cache
    def default(cls) -> Gazetteer:
        """The packaged gazetteer, loaded once."""
        return cls.load(Path(str(files("raidlog") / "data" / "gazetteer.tsv.gz")))

    # -- rows ------------------------------------------------------------------
    def _place(self, i: int) -> Place:
        place = self._places.get(i)
        if place is None:
            kind, pid, name, iso, country, lat, lon, population, region = (
                self._rows[i].split("\t", 9)[:9]
            )
            place = Place(
                id=pid, name=name, kind=cast(PlaceKind, kind), iso=iso or None,
                country=country or None, lat=float(lat) if lat else None,
                lon=float(lon) if lon else None,
                geonames_id=int(pid[9:]) if pid.startswith("geonames:") else None,
                region=region or None, population=int(population) if population else None,
                unit=_unit(kind, pid, name, iso, country),
            )
            self._places[i] = place
        return place

    def _kind(self, i: int) -> str:
        row = self._rows[i]
        return row[: row.index("\t")]

    def _is_primary(self, i: int, key: str) -> bool:
        return key in self._rows[i].split("\t")[_NAMES].split("|")

    def _iso(self, i: int) -> str:
        return _iso_of(self._rows[i])

    def _iso_range(self, iso: str, end: str | None = None) -> range:
        """Rows whose iso is ``iso`` (or in ``[iso, end)``): rows are sorted by iso. Remembered
        (a few hundred codes; each bisection splits ~30 rows)."""
        found = self._iso_ranges.get((iso, end))
        if found is None:
            lo = bisect.bisect_left(self._rows, iso, key=_iso_of)
            hi = bisect.bisect_right(self._rows, iso, lo, key=_iso_of) if end is None else \
                bisect.bisect_left(self._rows, end, lo, key=_iso_of)
            found = self._iso_ranges[(iso, end)] = range(lo, hi)
        return found

    @staticmethod
    def _hits(index: dict[str, str], key: str) -> list[int]:
        found = index.get(key)
        return [int(i) for i in found.split(",")] if found else []

    @functools.cached_property
    def longest_key(self) -> int:
        """The most words a key :meth:`lookup` can find has: the longest name or stem key and a
        type word. A longer phrase names nothing, so place finding need not look up the longer
        n-grams of a run of capitalised words."""
        longest = max((k.count(" ") for index in (self._names, self._stems) for k in index), default=0)
        return 1 + longest + LONGEST_TYPE

    def words_from(self, first: str) -> int:
        """The most words of a name or stem key that begins with the word ``first`` (0: none does).
        A phrase that begins with ``first`` (not a type word such as "city of") and has more words
        than this and a type word names nothing."""
        return self._first_words.get(first, 0)

    @functools.cached_property
    def _first_words(self) -> dict[str, int]:
        most: dict[str, int] = {}
        for index in (self._names, self._stems):
            for k in index:
                first = k.partition(" ")[0]
                n = k.count(" ") + 1
                if most.get(first, 0) < n:
                    most[first] = n
        return most

    # -- a page that lost letters -----------------------------------------------
    def regions_by_skeleton(self, phrase: str, lost: str) -> list[Place]:
        """The first-level regions whose name, with the letters ``lost`` taken out, is the phrase
        with them taken out ("харквська область" is Kharkiv Oblast's "харківська область" on a page
        that lost its "і"). The index is built on the first call, over the names holding such a letter."""
        index = self._skeletons.get(lost)
        if index is None:
            table = str.maketrans("", "", lost)
            index = {}
            for key, rows in self._names.items():
                if key.translate(table) != key and " " in key:
                    hits = [i for i in (int(r) for r in rows.split(",")) if self._kind(i) == "admin1"]
                    if hits:
                        index.setdefault(key.translate(table), hits)
            self._skeletons[lost] = index
        return [self._place(i) for i in index.get(name_key(phrase).translate(str.maketrans("", "", lost)), ())]

    # -- exact lookup ----------------------------------------------------------
    def lookup(self, phrase: str, kinds: set[str] | None = None) -> list[Place]:
        """Every place the phrase may name, best first.

        A type word ("Region", "Oblast", "District", "city of", "область",
        "громада" …) restricts the stem to that kind and those places come
        first; a feminine or neuter Cyrillic adjective before it also finds
        the masculine stem ("Чугуївська громада" → Chuhuiv Raion). Then
        places of that full name: countries and seas, regions, localities (a
        city of 100,000 or more that is also a region before the region),
        named points (kind "other": capes, air bases), districts; within a
        kind the theatre first, then places whose main name it is, then by
        population. Last, a bare regional adjective ("Rostovskaya").
        """
        key = name_key(phrase)
        memo = (key, frozenset(kinds) if kinds is not None else None)
        if memo in self._looked_up:  # reports repeat their names; a lookup is done once
            return list(self._looked_up[memo])
        if len(self._looked_up) > _MEMO_LIMIT:
            self._looked_up.clear()
        self._looked_up[memo] = self._lookup(key, kinds)
        return list(self._looked_up[memo])

    def _lookup(self, key: str, kinds: set[str] | None) -> list[Place]:
        found: dict[int, float] = {}
        typed = split_type(key)
        if typed:
            stem, kind = typed
            # "Нікопольська громада" is the hromada, "Nikopol district" the raion
            hromada = _HROMADA.search(key) is not None
            hits = self._typed_hits(stem, kind, hromada)
            raion = kind == "district" and not hromada and _RAION_WORD.search(key[len(stem):]) is not None
            if kind == "district" and not hromada and hits and not _URBAN.search(key[len(stem):]) \
                    and all(self._urban(i) for i in hits):
                # "the Belgorod district" is Belgorodsky District, the raion named after the town,
                # before the town's own urban okrug (which a report calls the city, or its okrug)
                raions = [i for form in _latin_adjectives(stem) for i in self._typed_hits(form, kind)]
                hits = list(dict.fromkeys(raions)) or hits
            if not hits and kind == "district" and not hromada:
                # "the Shevchenko neighbourhood/district" (of Kyiv): the district named by the
                # adjective of a name in -o, Shevchenkivskyi (a Ukrainian one; a Russian one, -ovsky)
                hits = list(dict.fromkeys(i for form in _latin_adjectives_of_o(stem)
                                          for i in self._typed_hits(form, kind)))
            if not hits and hromada:
                # a hromada's Russian adjective as a text writes it, in the build's spelling of it (its
                # letter rules drop the soft sign and keep Ukrainian "ц" for a "к" stem): "Краснопольская"
                # -> "краснополская", "Великобурлукская" -> "великобурлуцкая"
                russian = _RUSSIAN_HROMADA.sub(lambda x: "цк" + x.group(2) if x.group(1) == "кск" else "лск" + x.group(2), stem)
                if russian != stem and (hits := self._typed_hits(russian, kind, hromada)):
                    stem = russian
            masculine = cyrillic_masculine(stem)
            if not hits and masculine != stem:  # "Чугуївська громада" -> "чугуївський"
                stem, hits = masculine, self._typed_hits(masculine, kind, hromada)
            # a stem the build made by rule ranks after a source's own
            found.update((i, 0.5 if self._made_stem(i, stem) else 0) for i in hits)
        for i in self._hits(self._names, key):
            found.setdefault(i, 1)
        if typed and raion and any(self._urban(i) for i in found):
            # "над Брянским районом": the raion, not Bryansk Urban Okrug (an alias of which is the
            # raion's name); a text names an okrug as such
            found = {i: g for i, g in found.items() if not self._urban(i)} or found
        if not typed and is_adjectival(key):  # "Rostovskaya" alone
            for i in self._hits(self._stems, key):
                if self._kind(i) == "admin1":
                    found.setdefault(i, 2)
        if kinds is not None:
            found = {i: g for i, g in found.items() if self._kind(i) in kinds}
        if not found:  # most phrases looked up (a run's n-grams) name nothing
            return []
        return [self._place(i) for i in self._ranked(found, key)]

    def _urban(self, i: int) -> bool:
        """Whether the row is an urban or municipal okrug (by its name)."""
        return _URBAN.search(self._rows[i].split("\t", 3)[2]) is not None

    def _is_hromada(self, i: int) -> bool:
        cells = self._rows[i].split("\t", 3)
        return cells[1].startswith("katottg:") and cells[2].endswith(" hromada")

    def _made_stem(self, i: int, stem: str) -> bool:
        cells = self._rows[i].split("\t")
        return len(cells) > _MADE_STEMS and stem in cells[_MADE_STEMS].split("|")

    def _typed_hits(self, stem: str, kind: str, hromada: bool = False) -> list[int]:
        """Places of that kind with that stem (else that name); of districts, the
        hromadas for a hromada's type word, the others for any other."""
        first: list[int] = []
        for index in (self._stems, self._names):
            hits = [i for i in self._hits(index, stem) if self._kind(i) == kind]
            preferred = [i for i in hits if self._is_hromada(i) == hromada]
            if preferred:
                return preferred
            if hromada:  # hromadas are Ukraine's: not a Russian district of that name
                hits = [i for i in hits if self._rows[i].split("\t", 5)[4] == "UA"]
            first = first or hits
        return first

    def _ranked(self, found: dict[int, float], key: str) -> list[int]:
        locality_isos = {
            self._iso(i) for i in found if self._kind(i) == "locality"
            and (self._place(i).population or 0) >= CITY_POPULATION
        }

        def order(i: int) -> tuple:
            rank = self._rank(i)
            if rank == _KIND_RANK["admin1"] and self._iso(i) in locality_isos:
                rank = _CITY_REGION_RANK
            return found[i], rank, *self._standing(i, key)

        return sorted(found, key=order)

    def _rank(self, i: int) -> int:
        return _KIND_RANK.get(self._kind(i), len(_KIND_RANK))

    def _standing(self, i: int, key: str | None = None) -> tuple:
        """Tie-breakers: theatre first, a source's place before one of approximate point (see
        :func:`approximate`), main name before alternates, bigger first."""
        place = self._place(i)
        alternate = key is not None and not self._is_primary(i, key)
        return not self.in_theatre(place), approximate(place), alternate, -(place.population or 0), i

    def region(self, iso: str) -> Place | None:
        """The first-level region (or country) with this ISO 3166 code (remembered)."""
        if iso not in self._regions:
            self._regions[iso] = next((self._place(i) for i in self._iso_range(iso)
                                       if self._kind(i) in ("admin1", "country")), None)
        return self._regions[iso]

    def city_at(self, iso: str, lat: float, lon: float) -> Place | None:
        """The most populous town of region ``iso`` whose point is ``lat``/``lon`` (the register gives a
        city's districts their city's point: "Saksahanskyi District" is at Kryvyi Rih's), or None.
        Remembered; one pass over the region's rows, reading only their kind and point."""
        key = (iso, round(lat, 4), round(lon, 4))
        if key not in self._cities_at:
            best: tuple[int, int] | None = None
            for i in self._iso_range(iso):
                kind, _, _, _, _, plat, plon, population = self._rows[i].split("\t", 8)[:8]
                if kind == "locality" and plat and plon and abs(float(plat) - lat) < _SAME_POINT \
                        and abs(float(plon) - lon) < _SAME_POINT and (best is None or int(population or 0) > best[0]):
                    best = (int(population or 0), i)
            self._cities_at[key] = self._place(best[1]) if best is not None else None
        return self._cities_at[key]

    # -- transliteration variants ----------------------------------------------
    def by_spelling(self, phrase: str) -> list[Place]:
        """Towns of the theatre (5,000 people or more) whose Latin name or alternate is the
        phrase in another romanisation: "Kriviy Rih" = Kryvyy Rih, "Vinnitsa" = Vinnytsia
        (see :func:`~raidlog.geo.names.spelling_key`). Biggest first."""
        if self._spellings is None:
            index: dict[str, list[int]] = {}
            for i in (i for lo, hi in self._theatre_rows for i in range(lo, hi)):  # (in row order)
                row = self._rows[i]
                if not row.startswith("locality\t"):
                    continue
                cells = row.split("\t")
                if cells[4] not in THEATRE or not cells[7] or int(cells[7]) < SPELT_TOWN:
                    continue
                for k in f"{cells[_NAMES]}|{cells[_ALTERNATES]}".split("|"):
                    if k and k.isascii():
                        rows = index.setdefault(spelling_key(k), [])
                        if i not in rows:
                            rows.append(i)
            self._spellings = {k: tuple(rows) for k, rows in index.items()}
        rows = self._spellings.get(spelling_key(name_key(phrase)), ())
        return sorted((self._place(i) for i in rows), key=lambda p: -(p.population or 0))

    # -- fuzzy lookup ----------------------------------------------------------
    def fuzzy(
        self,
        phrase: str,
        kinds: set[str] | None = None,
        within: set[str] | None = None,
        cutoff: float = 85.0,
        limit: int = 3,
        theatre: bool = False,
    ) -> list[tuple[Place, float]]:
        """Places whose name is close to the phrase (rapidfuzz ratio >= cutoff).

        ``within`` holds ISO 3166-2 codes (a bare country code means all its
        regions); a type word in the phrase works as in :meth:`lookup`.
        ``theatre``: only the places of the theatre among the best ``limit`` of the world (the
        answer filtered by :meth:`in_theatre`); the world's other names are read only when a
        place of the theatre was found, and only those that may rank above it.
        """
        memo = (name_key(phrase), None if kinds is None else frozenset(kinds),
                None if within is None else frozenset(within), cutoff, limit, theatre)
        budget = _FUZZY_LEFT.get()
        if budget is not None and memo not in budget.read:
            # a search the document has not made yet, remembered from another text or not (what a
            # document finds does not depend on what the process read before it)
            if budget.spent:
                return []  # the document's budget is spent: the name stays unresolved
            budget.left -= 1
            budget.read.add(memo)
        found = self._fuzzy_memo.get(memo)
        if found is not None:
            return list(found)
        found = self._fuzzy(memo[0], kinds, within, cutoff, limit, theatre)
        if len(self._fuzzy_memo) >= _FUZZY_MEMO:
            self._fuzzy_memo.clear()  # bounded (a plain dict: safe enough across threads)
        self._fuzzy_memo[memo] = found
        return list(found)

    def _fuzzy(self, key: str, kinds: set[str] | None, within: set[str] | None, cutoff: float,
               limit: int, theatre: bool = False) -> list[tuple[Place, float]]:
        typed = split_type(key)
        if typed:
            key, kind = typed
            kinds = {kind} if kinds is None else kinds & {kind}
        frozen = None if kinds is None else frozenset(kinds)
        if theatre and within is None:
            # the theatre's names first; a place elsewhere ranks above one of the best of them only
            # with a score at least as high, so the rest of the world is read from that score up
            best = self._scores(key, frozen, self._theatre_rows, typed is not None, cutoff)
            top = self._best(best)[:limit]
            if top:
                floor = min(best[i] for i in top)
                best.update(self._scores(key, frozen, self._other_rows, typed is not None, floor))
            ordered = [i for i in self._best(best)[:limit] if self.in_theatre(self._place(i))]
        else:
            best = self._scores(key, frozen, self._row_ranges(within), typed is not None, cutoff)
            ordered = self._best(best)[:limit]
        return [(self._place(i), best[i]) for i in ordered]

    def _scores(self, key: str, kinds: frozenset[str] | None, ranges: list[tuple[int, int]] | None,
                typed: bool, cutoff: float) -> dict[int, float]:
        """The rows (in ``ranges``; None: all) with a key of score >= cutoff, each with its best."""
        keys, rows = self._fuzzy_choices(key, ranges, kinds, typed, cutoff)
        best: dict[int, float] = {}
        for _, score, j in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None):
            i = rows[j]
            best[i] = max(score, best.get(i, 0.0))
        return best

    def _best(self, best: dict[int, float]) -> list[int]:
        return sorted(best, key=lambda i: (-best[i], self._rank(i), *self._standing(i)))

    def prepare(self) -> None:
        """Build the indexes made at their first use now (the fuzzy-search keys, the towns by
        spelling, the words that begin a key: ~0.3 s of CPU, once per process): data loading,
        like the gazetteer's own load, for a process that reads many texts or a benchmark that
        times the reading."""
        self._fuzzy_index("theatre", self._theatre_rows)
        self._fuzzy_index("other", self._other_rows)
        self.by_spelling("")
        self.words_from("")

    @staticmethod
    @contextlib.contextmanager
    def fuzzy_budget(searches: int) -> Iterator[None]:
        """At most ``searches`` distinct fuzzy searches in this block, in this thread (a search
        made again is free): a text of thousands of unknown names does not make thousands of them."""
        token = _FUZZY_LEFT.set(Budget(searches))
        try:
            yield
        finally:
            _FUZZY_LEFT.reset(token)

    def _fuzzy_choices(
        self, key: str, ranges: list[tuple[int, int]] | None, kinds: frozenset[str] | None, typed: bool,
        cutoff: float,
    ) -> tuple[list[str], list[int]]:
        """The keys a fuzzy search of ``key`` reads, with their rows: the names and alternates of
        the places of ``kinds`` (their stems too for a ``typed`` search) in the rows ``ranges``
        that can score ``cutoff``. fuzz.ratio of strings of lengths a and b with at most m
        characters in common is at most ``200 * m / (a + b)``; a key of length L with A ASCII
        characters has at most ``min(ascii, A) + min(others, L - A)`` in common with ``key``.
        Which keys are read does not change the answer, only its cost: a Cyrillic name is not
        compared with the world's Latin ones, nor a long name with short ones."""
        n = len(key)
        n_ascii = len(key.encode("ascii", "ignore"))
        # only lengths a key that can score the cutoff may have (with at most min(n, length) in
        # common: 200 * min(n, length) >= cutoff * (n + length)), each bucket tested below
        shortest = math.floor((cutoff * n - 1) / (200 - cutoff)) - 1 if cutoff < 200 else 0
        longest = math.ceil((200 * n + 1) / cutoff - n) + 1 if cutoff > 0 else None
        keys: list[str] = []
        rows: list[int] = []
        for name, part in (("theatre", self._theatre_rows), ("other", self._other_rows)):
            if ranges is not None and not any(lo < b and a < hi for lo, hi in ranges for a, b in part):
                continue  # no row of this part is asked for: its index is not even built
            index = self._fuzzy_index(name, part)
            inside = ranges is None or ranges is part
            for kind in index if kinds is None else kinds & index.keys():
                for lengths, buckets in index[kind][: 2 if typed else 1]:
                    first = bisect.bisect_left(lengths, shortest)
                    last = len(lengths) if longest is None else bisect.bisect_right(lengths, longest)
                    for length, ascii, bucket_keys, bucket_rows in buckets[first:last]:
                        common = min(n_ascii, ascii) + min(n - n_ascii, length - ascii)
                        # (with a little slack, so rounding never leaves out a key that scores the cutoff)
                        if 200 * common < cutoff * (n + length) - 1:
                            continue
                        if inside:
                            keys += bucket_keys
                            rows += bucket_rows
                            continue
                        for lo, hi in ranges:  # a bucket's rows are in order: a range of rows is a slice
                            a, b = bisect.bisect_left(bucket_rows, lo), bisect.bisect_left(bucket_rows, hi)
                            keys += bucket_keys[a:b]
                            rows += bucket_rows[a:b]
        return keys, rows

    @functools.cached_property
    def _theatre_rows(self) -> list[tuple[int, int]]:
        """The rows of the theatre (:meth:`in_theatre`: Russia, Ukraine, Belarus and the seas) as
        ranges ``[lo, hi)`` in order."""
        seas = [(i, i + 1) for i in self._iso_range("") if self._kind(i) == "sea"]
        return self._merged([*seas, *self._row_ranges(THEATRE)])

    @functools.cached_property
    def _other_rows(self) -> list[tuple[int, int]]:
        """The rows outside the theatre, as ranges in order."""
        out, lo = [], 0
        for a, b in self._theatre_rows:
            if lo < a:
                out.append((lo, a))
            lo = b
        if lo < len(self._rows):
            out.append((lo, len(self._rows)))
        return out

    def _fuzzy_index(self, name: str, part: list[tuple[int, int]]) -> dict[str, tuple[_Buckets, ...]]:
        """Every fuzzy key of the rows ``part`` (the theatre's or the others') with its row, by the
        place's kind, by whether it is a stem (read only by a typed search) and by its length and
        number of ASCII characters (see :func:`_by_length`); each bucket's rows in order. Built at
        the first fuzzy search that reads that part (the theatre's alone is a third of the world's)."""
        built = self._fuzzy_keys.get(name)
        if built is not None:
            return built
        index: dict[str, tuple[dict, dict]] = {}
        for lo, hi in part:
            for i in range(lo, hi):
                cells = self._rows[i].split("\t")
                if cells[1].startswith("katottg:") and cells[0] == "locality":
                    continue  # a misspelt name is not read as a village only the codifier lists
                by_stem = index.get(cells[0])
                if by_stem is None:
                    by_stem = index[cells[0]] = ({}, {})
                stems = "|".join(cells[_STEMS : _MADE_STEMS + 1])
                for buckets, keys in ((by_stem[0], f"{cells[_NAMES]}|{cells[_ALTERNATES]}"), (by_stem[1], stems)):
                    for k in keys.split("|"):
                        if not k:
                            continue
                        shape = (len(k), len(k) if k.isascii() else len(k.encode("ascii", "ignore")))
                        bucket = buckets.get(shape)
                        if bucket is None:
                            bucket = buckets[shape] = ([], [])
                        bucket[0].append(k)
                        bucket[1].append(i)
        built = self._fuzzy_keys[name] = {kind: tuple(_by_length(buckets) for buckets in by_stem)
                                          for kind, by_stem in index.items()}
        return built

    def _row_ranges(self, within: Iterable[str] | None) -> list[tuple[int, int]] | None:
        """The rows of the regions ``within`` (a bare country code: all its regions) as merged
        ranges ``[lo, hi)`` in order; None: every row."""
        if within is None:
            return None
        spans: list[tuple[int, int]] = []
        for iso in within:
            r = self._iso_range(iso)
            spans.append((r.start, r.stop))
            if "-" not in iso:
                r = self._iso_range(iso + "-", iso + "-\uffff")
                spans.append((r.start, r.stop))
        return self._merged(spans)

    @staticmethod
    def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(s for s in spans if s[0] < s[1]):
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged

    # -- roles -----------------------------------------------------------------
    @staticmethod
    def in_theatre(place: Place) -> bool:
        """Russia, Ukraine, Belarus and the four seas (Black, Azov, Caspian, Baltic)."""
        return place.kind == "sea" or place.country in THEATRE
