"""Places in Russian and Ukrainian reports: a small table of nominative names (the
gazetteer stores lower-case keys only) and the phrases a report builds from them,
inflected by pymorphy3: "над территорией Брянской области", "над территориями
Курской и Белгородской областей", "над акваторией Черного моря", "над Республикой
Крым"; "над Миколаївщиною", "по 3 – над Херсонщиною та Дніпропетровщиною".

Every name here is one the gazetteer finds (``tests/test_roundtrip.py`` checks it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from raidlog.synth.morph import inflect


@dataclass(frozen=True)
class Region:
    key: str  # what tests/projection.py::place_key gives: an ISO code, or a sea's name
    kind: str  # "oblast" | "krai" | "republic" | "sea"
    ru: str  # nominative: "Брянская область", "Республика Крым", "Черное море"
    uk: str  # nominative: "Брянська область", "Крим", "Миколаївська область"; "" if not used
    colloquial: str = ""  # Ukrainian oblasts: "Миколаївщина"

    def name(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.uk


def _oblasts(rows: str) -> tuple[Region, ...]:
    out = []
    for row in rows.split(";"):
        key, ru, uk = row.split(",")
        out.append(Region(key.strip(), "oblast", f"{ru} область", f"{uk} область" if uk else ""))
    return tuple(out)


# Russian regions; the first 16 turn up in most night reports.
RUSSIA: tuple[Region, ...] = (
    *_oblasts(
        "RU-BEL,Белгородская,Бєлгородська; RU-BRY,Брянская,Брянська; RU-KRS,Курская,Курська;"
        "RU-VOR,Воронежская,Воронезька; RU-ORL,Орловская,Орловська; RU-TUL,Тульская,Тульська;"
        "RU-KLU,Калужская,Калузька; RU-MOS,Московская,Московська; RU-SMO,Смоленская,Смоленська;"
        "RU-LIP,Липецкая,Ліпецька; RU-TAM,Тамбовская,Тамбовська; RU-RYA,Рязанская,Рязанська;"
        "RU-ROS,Ростовская,Ростовська; RU-VGG,Волгоградская,Волгоградська"
    ),
    Region("RU-KDA", "krai", "Краснодарский край", "Краснодарський край"),
    Region("UA-43", "republic", "Республика Крым", "Крим"),
    *_oblasts(
        "RU-TVE,Тверская,Тверська; RU-YAR,Ярославская,Ярославська; RU-NIZ,Нижегородская,;"
        "RU-SAR,Саратовская,Саратовська; RU-PSK,Псковская,Псковська; RU-LEN,Ленинградская,Ленінградська;"
        "RU-KGD,Калининградская,Калінінградська; RU-VLA,Владимирская,Владимирська;"
        "RU-IVA,Ивановская,Іванівська; RU-PNZ,Пензенская,Пензенська; RU-SAM,Самарская,Самарська;"
        "RU-NGR,Новгородская,Новгородська"
    ),
    Region("RU-STA", "krai", "Ставропольский край", "Ставропольський край"),
    Region("RU-TA", "republic", "Республика Татарстан", "Республіка Татарстан"),
    Region("RU-AD", "republic", "Республика Адыгея", "Республіка Адигея"),
    Region("Black Sea", "sea", "Черное море", "Чорне море"),
    Region("Sea of Azov", "sea", "Азовское море", "Азовське море"),
)
FREQUENT = 16


def _ukraine(rows: str) -> dict[str, Region]:
    out = {}
    for row in rows.split(";"):
        key, uk, colloquial = (cell.strip() for cell in row.split(","))
        out[key] = Region(key, "oblast", "", f"{uk} область", colloquial)
    return out


UKRAINE = _ukraine(
    "UA-48,Миколаївська,Миколаївщина; UA-51,Одеська,Одещина; UA-65,Херсонська,Херсонщина;"
    "UA-12,Дніпропетровська,Дніпропетровщина; UA-23,Запорізька,; UA-35,Кіровоградська,Кіровоградщина;"
    "UA-63,Харківська,Харківщина; UA-53,Полтавська,Полтавщина; UA-14,Донецька,Донеччина;"
    "UA-59,Сумська,Сумщина; UA-32,Київська,Київщина; UA-18,Житомирська,Житомирщина;"
    "UA-05,Вінницька,Вінниччина; UA-71,Черкаська,Черкащина; UA-74,Чернігівська,Чернігівщина;"
    "UA-46,Львівська,Львівщина; UA-07,Волинська,Волинь; UA-56,Рівненська,Рівненщина;"
    "UA-61,Тернопільська,Тернопільщина; UA-68,Хмельницька,Хмельниччина;"
    "UA-26,Івано-Франківська,Прикарпаття; UA-21,Закарпатська,Закарпаття; UA-77,Чернівецька,Буковина"
)

_AND = {"ru": "и", "uk": "та"}
_TERRITORY = {"ru": ("территорией", "территориями"), "uk": ("територією", "територіями")}
_WATERS = {"ru": ("акваторией", "акваториями"), "uk": ("акваторією", "акваторіями")}


def sample(rng: random.Random, n: int, lang: str) -> list[Region]:
    """``n`` different Russian regions (or seas) with a name in ``lang``, frequent ones likelier."""
    pool = [r for r in RUSSIA if r.name(lang)]
    frequent = pool[:FREQUENT]
    chosen: list[Region] = []
    while len(chosen) < n:
        region = rng.choice(frequent if rng.random() < 0.7 else pool)
        if region not in chosen:
            chosen.append(region)
    return chosen


def in_case(lang: str, region: Region, case: str, colloquial: bool = False) -> str:
    """The whole name in ``case``: "Брянской области", "Республикой Крым" (the name after
    "Республика" stays), "Черного моря", "Миколаївщиною"."""
    name = region.colloquial if colloquial and region.colloquial else region.name(lang)
    head, _, rest = name.partition(" ")
    if head.startswith(("Республика", "Республіка")):
        return f"{inflect(lang, head, case)} {rest}"
    return inflect(lang, name, case)


def series(lang: str, parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return f"{', '.join(parts[:-1])} {_AND[lang]} {parts[-1]}"


def over(lang: str, region: Region, formal: bool) -> str:
    """One place after "над": "территорией Брянской области" (``formal``, the MoD's way) or
    "Брянской областью"; seas always "акваторией Черного моря"."""
    if region.kind == "sea":
        return f"{_WATERS[lang][0]} {in_case(lang, region, 'gent')}"
    if formal and region.kind != "republic":
        return f"{_TERRITORY[lang][0]} {in_case(lang, region, 'gent')}"
    return in_case(lang, region, "ablt")


def over_many(lang: str, group: list[Region], formal: bool) -> str:
    """Several places after "над": "территориями Курской и Белгородской областей",
    "Орловской и Калужской областями", "акваториями Черного и Азовского морей", or each in
    full when their kinds differ: "Республикой Крым и акваторией Черного моря"."""
    kinds = {r.kind for r in group}
    if len(kinds) == 1 and kinds != {"republic"}:
        noun = group[0].name(lang).split()[-1]
        if formal or kinds == {"sea"}:
            adjectives = [inflect(lang, r.name(lang).split()[0], "gent") for r in group]
            lead = (_WATERS if kinds == {"sea"} else _TERRITORY)[lang][1]
            return f"{lead} {series(lang, adjectives)} {inflect(lang, noun, 'gent', 'plur')}"
        adjectives = [inflect(lang, r.name(lang).split()[0], "ablt") for r in group]
        return f"{series(lang, adjectives)} {inflect(lang, noun, 'ablt', 'plur')}"
    if formal and "sea" not in kinds and "republic" not in kinds:
        return f"{_TERRITORY[lang][1]} {series(lang, [in_case(lang, r, 'gent') for r in group])}"
    return series(lang, [over(lang, r, False) for r in group])


def elliptic(lang: str, region: Region) -> str:
    """An oblast by its adjective alone, after a full name: "над Курской", "над Курською"."""
    return inflect(lang, region.name(lang).split()[0], "ablt")
