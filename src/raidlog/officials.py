"""Heads of regions with their dates (``data/officials.csv``, one row per term,
each with its public source): who held which office when."""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from rapidfuzz import fuzz

from raidlog.geo import name_key as _name_key

# Russian and Ukrainian spell the same name with different letters ("Лысак" / "Лисак",
# "Развожаев" / "Развожаєв", "Сергей" / "Сергій"): names are compared on a skeleton that folds
# the letters apart, one letter for one (prefixes stay prefixes).
_FOLDED, _FOLDED_TO = "іїыйєэёґ", "ииииееег"
_CYRILLIC_FOLD = str.maketrans(_FOLDED, _FOLDED_TO)
# each letter fold gives, with the letters it gives it from (a letter fold replaces, none)
_UNFOLD: dict[str, tuple[str, ...]] = {
    **{c: () for c in _FOLDED},
    **{t: (t, *(f for f, g in zip(_FOLDED, _FOLDED_TO, strict=True) if g == t)) for t in set(_FOLDED_TO)},
}


def fold(key: str) -> str:
    """A name key with Russian and Ukrainian spellings folded together."""
    return key.translate(_CYRILLIC_FOLD)


def unfolded(key: str) -> list[str]:
    """Every spelling whose :func:`fold` is ``key``."""
    return ["".join(p) for p in itertools.product(*(_UNFOLD.get(c, (c,)) for c in key))]


def name_key(s: str) -> str:
    return fold(_name_key(s))

HEAD_ROLES = {
    "governor", "acting_governor", "head_of_republic", "oblast_military_administration_head",
    "city_military_administration_head", "mayor", "russian_installed_head",
}


@dataclass(frozen=True)
class Official:
    region_iso: str
    region_name: str
    role: str
    name: str
    native: str
    variants: tuple[str, ...]
    start: str
    end: str
    sources: tuple[str, ...]

    @property
    def surnames(self) -> set[str]:
        keys = {name_key(self.name.split()[-1]), name_key(self.native.split()[-1])}
        keys |= {name_key(v.split()[-1]) for v in self.variants}
        return keys

    @property
    def first_names(self) -> set[str]:
        names = [self.name, self.native, *self.variants]
        return {name_key(n.split()[0]) for n in names if len(n.split()) > 1}

    def held_on(self, day: date | None) -> bool:
        if day is None:
            return True
        iso = day.isoformat()
        return (not self.start or _pad(self.start, "01") <= iso) and (
            not self.end or iso <= _pad(self.end, "31")
        )


def _pad(partial: str, fill: str) -> str:
    parts = partial.split("-")
    while len(parts) < 3:
        parts.append("12" if len(parts) == 1 and fill == "31" else fill)
    return "-".join(parts)


@dataclass(frozen=True)
class Match:
    official: Official | None  # who the name most likely is
    status: str  # "ok" | "misspelt" | "wrong_role" | "unknown"
    expected: tuple[Official, ...] = ()  # who held the office named, at that date
    score: float = 100.0


class Officials:
    def __init__(self, rows: list[Official]):
        self.rows = rows
        # name keys, computed once: by_name runs for every capitalised name in every sentence
        self._full: dict[str, list[Official]] = {}
        self._surname: dict[str, list[Official]] = {}
        self._surnames: dict[int, set[str]] = {}
        self._first: dict[int, set[str]] = {}
        self._position: dict[Official, int] = {}  # the first row equal to each (as rows.index finds it)
        for i, o in enumerate(rows):
            self._position.setdefault(o, i)
            for n in {name_key(o.name), name_key(o.native)} | {name_key(v) for v in o.variants}:
                self._full.setdefault(n, []).append(o)
            self._surnames[id(o)] = o.surnames
            self._first[id(o)] = o.first_names
            for sur in self._surnames[id(o)]:
                self._surname.setdefault(sur, []).append(o)

    @classmethod
    @lru_cache(maxsize=1)
    def default(cls) -> Officials:
        text = resources.files("raidlog.data").joinpath("officials.csv").read_text("utf-8")
        rows = []
        for r in csv.DictReader(text.splitlines()):
            rows.append(Official(
                r["region_iso"], r["region_name_en"], r["role"], r["name_en"], r["name_native"],
                tuple(v for v in r["name_variants"].split("|") if v), r["start"], r["end"],
                tuple(s.strip() for s in r["source_url"].split("|") if s.strip()),
            ))
        return cls(rows)

    @lru_cache(maxsize=4)  # noqa: B019 - one table per process, a handful of prefix lengths
    def surname_prefixes(self, n: int) -> frozenset[str]:
        """Every surname's first ``n`` letters (whole surnames for n = 0), lower case: a sentence
        whose words share none of them names no official."""
        keys = {k for surnames in self._surnames.values() for k in surnames for k in k.split()}
        return frozenset(k[:n] if n else k for k in keys)

    @lru_cache(maxsize=4)  # noqa: B019 - as surname_prefixes
    def surname_spellings(self, n: int) -> frozenset[str]:
        """Every spelling whose :func:`fold` is one of :meth:`surname_prefixes` (a few thousand):
        a sentence's words are tested as written, not folded first."""
        return frozenset(s for k in self.surname_prefixes(n) for s in unfolded(k))

    def heads(self, region_iso: str, day: date | None) -> list[Official]:
        return [o for o in self.rows if o.region_iso == region_iso and o.role in HEAD_ROLES
                and o.held_on(day)]

    def by_name(self, written: str) -> list[Official]:
        """Officials whose name or a variant is written (a surname alone will do)."""
        key = name_key(written)
        last = key.split()[-1] if key else ""
        found = list(self._full.get(key, ()))
        for o in self._surname.get(last, ()):
            if o not in found and _first_compatible(key, self._first[id(o)]):
                found.append(o)
        return sorted(found, key=self._position.__getitem__)

    def check(self, written: str, region_iso: str | None, day: date | None, lang: str | None = None) -> Match:
        """Is ``written`` the head of ``region_iso`` on ``day``? Exact, misspelt or wrong.

        A name spelt the other language's way is right in that language ("Лысак" in Russian)
        and misspelt in the official's own ("Синегубов" in Ukrainian)."""
        named = self.by_name(written)
        if region_iso is None:
            return Match(named[0] if named else None, "ok" if named else "unknown")
        heads = self.heads(region_iso, day) or self.heads(region_iso, None)
        if not heads:
            return Match(named[0] if named else None, "ok" if named else "unknown")
        for o in named:
            if o in heads:
                if lang and lang == _native_lang(o) and not _spelt_natively(written, o):
                    score = fuzz.ratio(_name_key(written).split()[-1], _name_key(o.native).split()[-1])
                    return Match(o, "misspelt", tuple(heads), score)
                return Match(o, "ok")
        key = name_key(written)
        last = key.split()[-1]
        best, score = None, 0.0
        for o in heads:
            s = max(fuzz.ratio(last, surname) for surname in self._surnames[id(o)])
            if s > score:
                best, score = o, s
        if best is not None and score >= 60 and _first_compatible(key, self._first[id(best)]):
            return Match(best, "misspelt", tuple(heads), score)
        return Match(named[0] if named else None, "wrong_role", tuple(heads), score)


def _native_lang(o: Official) -> str:
    return "uk" if o.region_iso.startswith("UA-") and o.role != "russian_installed_head" else "ru"


def _spelt_natively(written: str, o: Official) -> bool:
    """The surname written as the official's own language spells it (no folding)."""
    last = _name_key(written).split()[-1] if written.strip() else ""
    return last == _name_key(o.native).split()[-1] or not any(ch in _FOLDED for ch in last + o.native.lower())


_FOLDED = set("іїыйєэёґ")


def _first_compatible(key: str, first_names: set[str]) -> bool:
    parts = key.split()
    if len(parts) < 2:
        return True
    first = parts[0]
    return any(fuzz.ratio(first, f) >= 75 for f in first_names)
