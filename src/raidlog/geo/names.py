"""Name keys and type words: how a place name as written becomes a lookup key.

The build script (``scripts/build_gazetteer.py``) stores keys made by
:func:`name_key`, so a change here needs ``make gazetteer``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

_DROP: Final = "'’ʼʹ`´‘\u00ad\"“”«».\u0301\u0300"
_SPACE: Final = "-‐‑‒–—―,;:()[]/"


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(c): None for c in _DROP}
    table.update({ord(c): " " for c in _SPACE})
    table.update({ord("ё"): "е", ord("Ё"): "е"})
    extra = {"ø": "o", "ł": "l", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe"}
    table.update({ord(k): v for k, v in extra.items()})
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base.lower()
    return table


_TABLE: Final = _translation_table()


@lru_cache(maxsize=100_000)
def name_key(s: str) -> str:
    """Casefolded, diacritic-free (Latin only), punctuation-light form of a name.

    >>> name_key("the Republic of North Ossetia–Alania")
    'republic of north ossetia alania'
    >>> name_key("Rostovskaya oblast'"), name_key("Чёрное море")
    ('rostovskaya oblast', 'черное море')
    """
    if not s.isascii():
        s = unicodedata.normalize("NFC", s)
    s = " ".join(s.casefold().translate(_TABLE).split())
    return s[4:] if s.startswith("the ") else s


# Words that say what kind of place a name is. Suffixes are matched on whole
# words at the end of a key, prefixes at its start; longest first.
_ADMIN1_SUFFIXES: Final = (
    "autonomous okrug", "autonomous oblast", "autonomous district", "autonomous republic",
    "avtonomnyy okrug", "region", "regions", "oblast", "oblasts", "oblast's", "province",
    "provinces", "krai", "krais", "kray", "krays", "territory", "territories", "republic",
    "respublika", "voblast", "voblasts", "area", "state",
    "область", "обл", "край", "республика", "республіка", "автономный округ", "автономний округ",
    "вобласць",
)
_DISTRICT_SUFFIXES: Final = (
    "municipal district", "urban district", "urban okrug", "gorodskoy okrug", "городской округ",
    "district", "districts", "raion", "raions",
    "rayon", "rayons", "county", "counties", "район", "районы", "райони", "округ",
    "municipal okrug", "hromada", "territorial community", "муниципальный округ",
    "муниципальный район", "муніципальний округ", "муніципальний район", "міський округ",
    "громада", "міська громада", "селищна громада", "сільська громада",
    "територіальна громада", "міська територіальна громада",
    # a village's or settlement's council: its hromada ("Томашпільська селищна рада")
    "селищна рада", "сільська рада",
    "сільська територіальна громада", "селищна територіальна громада", "отг", "община",
    "территориальная община", "громады",
    # Russian words for a hromada with its qualifier ("Семеновская сельская громада/община")
    "сельская громада", "поселковая громада", "городская громада", "территориальная громада",
    "сельская община", "поселковая община", "городская община",
    "сельская территориальная община", "поселковая территориальная община", "городская территориальная община",
)
_LOCALITY_SUFFIXES: Final = ("city", "town", "village", "settlement")
# the unit a Russian okrug's type word names, as a district's name says it ("городской округ": "… Urban Okrug",
# as the gazetteer names one); a municipal okrug, the raion renamed, is named "… District", as the readers write
# it (read golds ru-f52-08, ru-f57-13; none writes "Municipal Okrug"), and a bare "округ" says no more than a district
OKRUG_UNITS: Final = (
    ("municipal okrug", "District"), ("муниципальный округ", "District"),
    ("munitsipalnyy okrug", "District"),
    ("urban okrug", "Urban Okrug"), ("городской округ", "Urban Okrug"), ("gorodskoy okrug", "Urban Okrug"),
)
_OKRUG_ENDINGS: Final = tuple({words.rsplit(" ", 1)[-1] for words, _ in OKRUG_UNITS})  # one test for most keys
_PREFIXES: Final = (
    ("autonomous republic of", "admin1"), ("republic of", "admin1"),
    ("gorodskoy okrug", "district"), ("городской округ", "district"),
    ("муниципальный округ", "district"), ("муніципальний округ", "district"),
    ("міський округ", "district"),
    ("республика", "admin1"), ("республіка", "admin1"),
    ("city of", "locality"), ("town of", "locality"), ("village of", "locality"),
    ("settlement of", "locality"), ("город", "locality"), ("місто", "locality"),
    ("село", "locality"), ("поселок", "locality"), ("селище", "locality"), ("г", "locality"),
)


def _suffix_table() -> list[tuple[str, str]]:
    pairs = [(w, "admin1") for w in _ADMIN1_SUFFIXES]
    pairs += [(w, "district") for w in _DISTRICT_SUFFIXES]
    pairs += [(w, "locality") for w in _LOCALITY_SUFFIXES]
    return sorted(pairs, key=lambda p: -len(p[0]))


_SUFFIXES: Final = _suffix_table()
_PREFIX_TABLE: Final = sorted(_PREFIXES, key=lambda p: -len(p[0]))
# the most words a type word takes ("міська територіальна громада", "autonomous republic of")
LONGEST_TYPE: Final = max(len(w.split()) for w, _ in (*_SUFFIXES, *_PREFIX_TABLE))
# the words a type word written first begins with ("city" of "city of", "республика")
PREFIX_TYPE_STARTS: Final = frozenset(w.split()[0] for w, _ in _PREFIX_TABLE)
# the words of the type words written last ("region", "autonomous", "okrug", "район" …)
SUFFIX_TYPE_WORDS: Final = frozenset(word for w, _ in _SUFFIXES for word in w.split())
_SUFFIX_KINDS: Final[dict[str, str]] = {}
for _word, _kind in _SUFFIXES:
    _SUFFIX_KINDS.setdefault(_word, _kind)
_PREFIX_KINDS: Final[dict[str, str]] = {}
for _word, _kind in _PREFIX_TABLE:
    _PREFIX_KINDS.setdefault(_word, _kind)


# (a pure function of the key, asked of each place mention by several stages: remembered, as name_key is)
@lru_cache(maxsize=20_000)
def split_type(key: str) -> tuple[str, str] | None:
    """``(stem, kind)`` when ``key`` names its kind with a type word, else None.

    >>> split_type("rostov region"), split_type("republic of crimea"), split_type("rostov")
    (('rostov', 'admin1'), ('crimea', 'admin1'), None)
    """
    # the longest type word first: the last (first) 3, 2, 1 words of the key, looked up
    words = key.split(" ", LONGEST_TYPE)
    for n in range(min(LONGEST_TYPE, len(words) - 1), 0, -1):
        head, *tail = key.rsplit(" ", n)
        kind = _SUFFIX_KINDS.get(" ".join(tail))
        if kind is not None and head:
            return head, kind
    for n in range(min(LONGEST_TYPE, len(words) - 1), 0, -1):
        kind = _PREFIX_KINDS.get(" ".join(words[:n]))
        if kind is not None:
            rest = key[len(" ".join(words[:n])) + 1 :]
            if rest:
                return rest, kind
    return None


_ADJECTIVE = re.compile(r"(?<=[sz]k)(aya|aja|a|iy|ii|ij|yi|yy|y|i|oy|oi)$")
_CYRILLIC_ADJECTIVE = re.compile(r"[сцз]ь?к(ая|ий|ой|ый|а|ий)$")  # (-зька: "Запорізька")
_ADJECTIVE_ENDINGS: Final = ("aya", "a", "iy", "ii", "y", "yi", "yy", "i", "oy")


def adjective_forms(stem: str) -> set[str]:
    """Latin spellings of a Russian/Ukrainian adjectival stem in both genders.

    >>> sorted(adjective_forms("rostovskaya"))[:4]
    ['rostovska', 'rostovskaya', 'rostovski', 'rostovskii']
    """
    head = stem.rsplit(" ", 1)[-1]
    match = _ADJECTIVE.search(head)
    if not match:
        return {stem}
    base = stem[: len(stem) - len(head) + match.start()]
    return {stem} | {base + ending for ending in _ADJECTIVE_ENDINGS}


def is_adjectival(key: str) -> bool:
    """Whether the key ends in a Russian/Ukrainian adjective ("Rostovskaya", "Ростовская")."""
    return bool(_ADJECTIVE.search(key) or _CYRILLIC_ADJECTIVE.search(key))


# Feminine and neuter endings of Russian/Ukrainian place adjectives and their
# masculine forms: district stems are stored masculine ("Чугуївський район"),
# while "громада", "рада" or "область" take the feminine ("Чугуївська громада").
_CYRILLIC_GENDER: Final = (
    ("ская", "ский"), ("ское", "ский"), ("цкая", "цкий"), ("цкое", "цкий"),
    ("ська", "ський"), ("ське", "ський"), ("цька", "цький"), ("цьке", "цький"),
    ("зька", "зький"), ("зьке", "зький"),
)


def cyrillic_masculine(stem: str) -> str:
    """The masculine form of each feminine/neuter Cyrillic place adjective in ``stem``.

    >>> cyrillic_masculine("чугуївська"), cyrillic_masculine("новгород сіверська")
    ('чугуївський', 'новгород сіверський')
    >>> cyrillic_masculine("шебекинское"), cyrillic_masculine("rostovskaya")
    ('шебекинский', 'rostovskaya')
    """
    words = stem.split(" ")
    for n, word in enumerate(words):
        for ending, masculine in _CYRILLIC_GENDER:
            if word.endswith(ending) and len(word) > len(ending) + 1:
                words[n] = word[: -len(ending)] + masculine
                break
    return " ".join(words)


# One Latin spelling for the romanisations of a Russian or Ukrainian name: y/j as i, the
# iotated vowels without their i ("ia", "ya" -> "a"), ts as c, kh as h, w as v, doubled letters once
_SPELLING_STEPS: Final = (("kh", "h"), ("zh", "z"), ("ts", "c"), ("w", "v"), ("y", "i"), ("j", "i"),
                          ("ia", "a"), ("ie", "e"), ("iu", "u"), ("io", "o"))
_DOUBLED: Final = re.compile(r"(.)\1+")


@lru_cache(maxsize=20_000)
def spelling_key(key: str) -> str:
    """The key of a name's romanisations.

    >>> spelling_key("kriviy rih") == spelling_key("kryvyy rih"), spelling_key("vinnitsa")
    (True, 'vinica')
    """
    key = _DOUBLED.sub(r"\1", key)
    for a, b in _SPELLING_STEPS:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key)


def okrug_unit(key: str) -> str | None:
    """The unit an okrug's type word at the end of a key names ("клинцовский городской округ": "Urban Okrug";
    "стародубский муниципальный округ": "District"), else None.

    >>> okrug_unit("starodub municipal okrug"), okrug_unit("клинцовский городской округ"), okrug_unit("x округ")
    ('District', 'Urban Okrug', None)
    """
    if not key.endswith(_OKRUG_ENDINGS):
        return None
    return next((unit for words, unit in OKRUG_UNITS if key.endswith(f" {words}")), None)
