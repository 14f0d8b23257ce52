"""Round trip: a synthetic report (:mod:`raidlog.synth`) read by ``raidlog.extract``
gives back the one claim it was written from."""

from __future__ import annotations

import random
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import raidlog
from raidlog.geo import Gazetteer
from raidlog.model import Claim
from raidlog.synth import LANGS, SIZES, Synthetic, generate, morph, regions, windows
from tests.projection import claim_facts, place_key

# Findings a generated report must never raise: its breakdown adds up, says "each" or
# "combined" for every multi-place item, and names only places spelt as the gazetteer has them.
FORBIDDEN = {"breakdown-sum-mismatch", "breakdown-ambiguous", "place-unknown", "place-misspelt"}


def projected(claim: Claim, truth: dict[str, Any]) -> dict[str, Any]:
    """The claim's facts, restricted to what ``truth`` states."""
    facts = claim_facts(claim)
    out = {key: facts[key] for key in truth}
    out["claimant"] = {key: facts["claimant"][key] for key in ("kind", "side")}
    return out


def read(s: Synthetic) -> tuple[list[dict[str, Any]], list[str]]:
    report = raidlog.extract(s.text, published=s.published)
    claims = [projected(c, s.truth) for c in report.claims]
    return claims, sorted({f.code for f in report.findings} & FORBIDDEN)


def check(s: Synthetic) -> None:
    claims, codes = read(s)
    context = f"\npublished {s.published}; text:\n{s.text}"
    assert claims == [s.truth], context
    assert codes == [], context


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_roundtrip(lang: str, size: str, seed: int) -> None:
    check(generate(random.Random(seed), lang=lang, size=size))


# An article's padding names no place outside the theatre, and its governor is spelt as the
# officials table has him, heads the region he speaks for and that region is in the breakdown.
CLEAN_ARTICLE = {"official-name-misspelt", "official-role-mismatch",
                 "regions-attacked-without-interceptions", "place-outside-theatre"}


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_article_padding_raises_no_finding(lang: str, seed: int) -> None:
    s = generate(random.Random(seed), lang=lang, size="article")
    report = raidlog.extract(s.text, published=s.published)
    codes = sorted({f.code for f in report.findings} & CLEAN_ARTICLE)
    assert codes == [], f"\npublished {s.published}; text:\n{s.text}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4])
def test_generate_is_deterministic(lang: str, seed: int) -> None:
    for size in SIZES:
        first = generate(random.Random(seed), lang=lang, size=size)
        assert first == generate(random.Random(seed), lang=lang, size=size)


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_article_size_and_total(lang: str, seed: int) -> None:
    s = generate(random.Random(seed), lang=lang, size="article")
    assert 1024 <= len(s.text.encode("utf-8")) <= 3072
    items = s.truth["breakdown"]
    if items:  # an Air Force summary has none
        assert s.truth["destroyed"] == sum(it["count"] * (len(it["places"]) if it["each"] else 1)
                                           for it in items)


@pytest.mark.parametrize("lang", ["ru", "uk"])
@settings(max_examples=200, derandomize=True, deadline=None, database=None)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_short_post_length(lang: str, seed: int) -> None:
    """Russian and Ukrainian short posts are 300–600 characters, as the ministry's are."""
    s = generate(random.Random(seed), lang=lang, size="short")
    assert 300 <= len(s.text.rstrip("\n")) <= 600, s.text


# -- fixed seeds: one generated text each, every value written out -----------------

MOD = {"kind": "ministry", "side": "RU"}


def window(start: str, end: str, assumed: bool) -> dict[str, Any]:
    return {"start": start, "end": end, "timezone": "Europe/Moscow", "timezone_assumed": assumed}


def item(places: list[str], count: int, each: bool | None) -> dict[str, Any]:
    return {"places": places, "count": count, "each": each}


EXAMPLES = [
    pytest.param(
        14, "short", "2024-09-18",
        "MOSCOW, September 18. /TASS/. Sixty Ukrainian fixed-wing drones were destroyed during the "
        "night, Russia's Ministry of Defense reported.\n\n\u201cFrom 9:00 pm Moscow time (6 pm GMT) on "
        "September 17 until 9:00 am Moscow time (6:00 am GMT) on September 18, on-duty air defense "
        "systems intercepted and destroyed sixty Ukrainian fixed-wing unmanned aerial vehicles: "
        "twenty-six over the Voronezh Region, nine over the Republic of Crimea, eight over the Tambov "
        "Region, six over the Ryazan Region, five over the Republic of Dagestan, and one each over the "
        "Kaluga Region, the Smolensk Region, the Rostov region, Krasnodar Krai, the Tver Region and the "
        "Chukotka Autonomous Okrug,\u201d the ministry said.\n",
        {"claimant": MOD, "destroyed": 60, "launched": None,
         "window": window("2024-09-17T21:00:00+03:00", "2024-09-18T09:00:00+03:00", False),
         "breakdown": [item(["RU-VOR"], 26, None), item(["UA-43"], 9, None), item(["RU-TAM"], 8, None),
                       item(["RU-RYA"], 6, None), item(["RU-DA"], 5, None),
                       item(["RU-KLU", "RU-SMO", "RU-ROS", "RU-KDA", "RU-TVE", "RU-CHU"], 1, True)]},
        id="tass-quote-moscow-time-words",
    ),
    pytest.param(
        249, "short", "2025-03-05",
        "Between 9:40 p.m. and 7 am on March 5, on-duty air defense systems intercepted and destroyed "
        "twenty-four Ukrainian UAVs: eight over the Republic of Crimea and Tula Oblast each, a total of "
        "two over the Oryol Region and Stavropol Krai and one each over Krasnodar Krai, the Kaluga "
        "Region, the Kursk Region, the Moscow Region, the Bryansk Region and Smolensk Oblast, the "
        "Russian Defense Ministry said.\n",
        {"claimant": MOD, "destroyed": 24, "launched": None,
         "window": window("2025-03-04T21:40:00+03:00", "2025-03-05T07:00:00+03:00", True),
         "breakdown": [item(["UA-43", "RU-TUL"], 8, True), item(["RU-ORL", "RU-STA"], 2, False),
                       item(["RU-KDA", "RU-KLU", "RU-KRS", "RU-MOS", "RU-BRY", "RU-SMO"], 1, True)]},
        id="one-sentence-12h-window-total-of",
    ),
    pytest.param(
        70, "short", "2024-09-30",
        "Russia's Defense Ministry reported that air defenses had destroyed twenty-six Ukrainian UAVs."
        "\n\nAir defense interceptors shot down eight UAVs apiece over the Tver and Chelyabinsk Regions, "
        "five over Stavropol Krai, and single UAVs over the Kaluga Region, the Sea of Azov, the Tula "
        "Region, Krasnodar Krai and the Rostov Region.\n\nThe interceptions took place from 14:00 to "
        "19:00, the ministry said.\n",
        {"claimant": MOD, "destroyed": 26, "launched": None,
         "window": window("2024-09-30T14:00:00+03:00", "2024-09-30T19:00:00+03:00", True),
         "breakdown": [item(["RU-TVE", "RU-CHE"], 8, True), item(["RU-STA"], 5, None),
                       item(["RU-KLU", "Sea of Azov", "RU-TUL", "RU-KDA", "RU-ROS"], 1, True)]},
        id="news-sentences-24h-window-single-drones",
    ),
    pytest.param(
        140, "short", "2024-09-06",
        "Russian air defense systems destroyed four Ukrainian fixed-wing drones over the Bryansk Region "
        "over the past night, the Russian Defense Ministry said.\n\nThe interceptions took place from "
        "21:00 until 06:00, the ministry said.\n",
        {"claimant": MOD, "destroyed": 4, "launched": None,
         "window": window("2024-09-05T21:00:00+03:00", "2024-09-06T06:00:00+03:00", True),
         "breakdown": [item(["RU-BRY"], 4, None)]},
        id="one-region-night-window",
    ),
    pytest.param(
        23, "article", "2025-03-24",
        None,
        {"claimant": MOD, "destroyed": 10, "launched": None,
         "window": window("2025-03-24T18:00:00+03:00", "2025-03-24T20:00:00+03:00", True),
         "breakdown": [item(["RU-TAM"], 8, None), item(["RU-KRS", "RU-ORL"], 1, True)]},
        id="article-headline-governor",
    ),
]
ARTICLE_23 = (
    "Russia says it downed 10 Ukrainian aircraft-type drones\n\nFrom 6:00 pm on March 24 to 8:00 pm, "
    "on-duty air defense systems intercepted and destroyed 10 Ukrainian aircraft-type drones: 8 over "
    "the Tambov region, and 1 each over the Kursk and Oryol Regions, the Russian Defense Ministry said.\n\n"
)
GOVERNOR_23 = ("In the Oryol Region, Governor Andrey Klychkov said fragments of a drone fell on an "
               "empty field, and there were no casualties.")


@pytest.mark.parametrize(("seed", "size", "published", "text", "truth"), EXAMPLES)
def test_example(seed: int, size: str, published: str, text: str | None, truth: dict[str, Any]) -> None:
    s = generate(random.Random(seed), size=size)
    assert (s.published, s.truth) == (published, truth)
    if text is not None:
        assert s.text == text
    else:
        assert s.text.startswith(ARTICLE_23)
        assert f"\n\n{GOVERNOR_23}\n\n" in s.text
        assert len(s.text.encode("utf-8")) == 1274
    assert read(s) == ([truth], [])


# -- Russian and Ukrainian: fixed seeds, every value written out -----------------------

AF = {"kind": "air_force", "side": "UA"}
COMMAND = {"kind": "military_command", "side": "UA"}


def kyiv(start: str, end: str, assumed: bool) -> dict[str, Any]:
    return {"start": start, "end": end, "timezone": "Europe/Kyiv", "timezone_assumed": assumed}


SLAVIC_EXAMPLES = [
    pytest.param(
        "ru", 52, "2025-03-02",
        "В ночь на 2 марта дежурными средствами ПВО перехвачены и уничтожены тридцать украинских "
        "беспилотных летательных аппаратов самолетного типа: 9 – над территорией Тульской области, "
        "5 – над территорией Московской области, по четыре – над территориями Белгородской и "
        "Ростовской областей, три – над территорией Калининградской области, столько же – над "
        "территорией Смоленской области, по одному – над Республикой Крым и Брянской областью.\n",
        {"claimant": MOD, "destroyed": 30, "launched": None, "window": None,
         "breakdown": [item(["RU-TUL"], 9, None), item(["RU-MOS"], 5, None),
                       item(["RU-BEL", "RU-ROS"], 4, True), item(["RU-KGD"], 3, None),
                       item(["RU-SMO"], 3, None), item(["UA-43", "RU-BRY"], 1, True)]},
        id="ru-mod-words-po-stolko-zhe-crimea",
    ),
    pytest.param(
        "ru", 9, "2025-09-18",
        "В период с 22.00 мск до 9.00 мск дежурными средствами ПВО перехвачены и уничтожены "
        "двенадцать украинских беспилотных летательных аппаратов самолетного типа:\n"
        "7 – над Белгородской областью,\n3 – над Брянской областью,\n"
        "2 – в общей сложности над Воронежской областью и акваторией Черного моря.\n\n"
        "Попытка киевского режима совершить террористическую атаку на объекты на территории "
        "Российской Федерации пресечена.\n",
        {"claimant": MOD, "destroyed": 12, "launched": None,
         "window": window("2025-09-17T22:00:00+03:00", "2025-09-18T09:00:00+03:00", False),
         "breakdown": [item(["RU-BEL"], 7, None), item(["RU-BRY"], 3, None),
                       item(["RU-VOR", "Black Sea"], 2, False)]},
        id="ru-mod-lines-dotted-msk-combined-sea",
    ),
    pytest.param(
        "uk", 26, "2024-12-25",
        "У ніч на 25 грудня (з 20:00 24 грудня) противник атакував 369 ударними БпЛА типу Shahed, "
        "«Гербера» та дронами-імітаторами з напрямків Приморсько-Ахтарськ, Навля та Орел.\n\n"
        "За попередніми даними, станом на 05:00 протиповітряною обороною збито/подавлено 222 ворожі "
        "БпЛА на півночі, сході та півдні країни.\n\nЩе 55 імітаторів локаційно втрачено.\n\n"
        "Зафіксовано влучання 18 ударних БпЛА на 1 локації.\n",
        {"claimant": AF, "destroyed": 222, "launched": 369,
         "window": kyiv("2024-12-24T20:00:00+02:00", "2024-12-25T05:00:00+02:00", True),
         "breakdown": [], "weapon": "drone"},
        id="uk-air-force-winter-lost-hits",
    ),
    pytest.param(
        "uk", 28, "2024-09-24",
        "З 18:00 23 вересня до 09:00 24 вересня противник атакував шістдесятьма п'ятьма ударними "
        "БпЛА типу Shahed, «Гербера» та дронами-імітаторами з напрямків Орел, Курськ, Шаталово та "
        "Приморсько-Ахтарськ.\n\nЗа попередніми даними, протиповітряною обороною збито/подавлено 55 "
        "ворожих БпЛА.\n\nЩе 9 дронів локаційно втрачено.\n",
        {"claimant": AF, "destroyed": 55, "launched": 65,
         "window": kyiv("2024-09-23T18:00:00+03:00", "2024-09-24T09:00:00+03:00", True),
         "breakdown": [], "weapon": "drone"},
        id="uk-air-force-words-instrumental",
    ),
    pytest.param(
        "uk", 43, "2024-07-10",
        "У період з 19:30 9 липня до 07:00 10 липня за київським часом над східними областями "
        "знищено 22 ударні БпЛА, повідомили в Повітряному командуванні «Схід».\n\nНад Сумщиною збито "
        "7 дронів, по 6 – над Полтавською областю та Донеччиною, по 1 – над Запорізькою областю, "
        "Дніпропетровською областю та Харківщиною.\n",
        {"claimant": COMMAND, "destroyed": 22, "launched": None,
         "window": kyiv("2024-07-09T19:30:00+03:00", "2024-07-10T07:00:00+03:00", False),
         "breakdown": [item(["UA-59"], 7, None), item(["UA-53", "UA-14"], 6, True),
                       item(["UA-23", "UA-12", "UA-63"], 1, True)]},
        id="uk-command-east-kyiv-time-place-first",
    ),
    pytest.param(
        "uk", 46, "2024-08-18",
        "Сили оборони півдня: за ніч знищено 25 ударних БпЛА\n\nЗ 19:30 17 серпня до 10:00 18 серпня "
        "противник атакував південні області ударними дронами типу Shahed. Протиповітряною обороною "
        "знищено 25 БпЛА: над Одещиною – 20, по одному – над Миколаївщиною, Дніпропетровщиною, "
        "Запорізькою областю, Кіровоградською областю та Херсонщиною.\n",
        {"claimant": COMMAND, "destroyed": 25, "launched": None,
         "window": kyiv("2024-08-17T19:30:00+03:00", "2024-08-18T10:00:00+03:00", True),
         "breakdown": [item(["UA-51"], 20, None),
                       item(["UA-48", "UA-12", "UA-23", "UA-35", "UA-65"], 1, True)]},
        id="uk-command-south-title-colloquial",
    ),
    pytest.param(
        "uk", 1, "2024-10-16",
        "У російському Міністерстві оборони заявили, що з 21:00 до 08:00 їхня ППО нібито знищила 41 "
        "український безпілотник.\n\nЗа твердженням відомства, 13 дронів збито над Воронезькою "
        "областю, 7 над Рязанською областю, 7 над Тамбовською областю, по 4 над Курською, Тульською та "
        "Ліпецькою областями, по одному над Бєлгородською та Смоленською областями.\n",
        {"claimant": MOD, "destroyed": 41, "launched": None,
         "window": window("2024-10-15T21:00:00+03:00", "2024-10-16T08:00:00+03:00", True),
         "breakdown": [item(["RU-VOR"], 13, None), item(["RU-RYA"], 7, None),
                       item(["RU-TAM"], 7, None), item(["RU-KRS", "RU-TUL", "RU-LIP"], 4, True),
                       item(["RU-BEL", "RU-SMO"], 1, True)]},
        id="uk-media-mod-hedged",
    ),
]


@pytest.mark.parametrize(("lang", "seed", "published", "text", "truth"), SLAVIC_EXAMPLES)
def test_slavic_example(lang: str, seed: int, published: str, text: str, truth: dict[str, Any]) -> None:
    s = generate(random.Random(seed), lang=lang, size="short")
    assert (s.published, s.text, s.truth) == (published, text, truth)
    assert read(s) == ([truth], [])


def test_slavic_article_example() -> None:
    s = generate(random.Random(4), lang="uk", size="article")
    assert s.text.startswith(
        "Сили оборони півдня: за ніч знищено 10 ударних БпЛА\n\nПротягом ночі противник атакував "
        "південні області ударними дронами типу Shahed. Протиповітряною обороною знищено 10 БпЛА: "
        "по 5 – над Одещиною та Миколаївщиною.\n\n")
    assert len(s.text.encode("utf-8")) == 1573
    truth = {"claimant": COMMAND, "destroyed": 10, "launched": None, "window": None,
             "breakdown": [item(["UA-51", "UA-48"], 5, True)]}
    assert (s.published, s.truth) == ("2025-01-28", truth)
    assert read(s) == ([truth], [])


# -- the pieces: names the gazetteer knows, inflection, Kyiv time -----------------------

def test_region_names_are_in_the_gazetteer() -> None:
    gazetteer = Gazetteer.default()
    for region in (*regions.RUSSIA, *regions.UKRAINE.values()):
        for name in (region.ru, region.uk, region.colloquial):
            if name:
                found = gazetteer.lookup(name)
                assert found and place_key(found[0]) == region.key, name


def test_inflection() -> None:
    assert morph.words("ru", 39) == "тридцать девять"
    assert morph.words("uk", 120, "ablt") == "ста двадцятьма"
    assert morph.words("ru", 3, "gent") == "трёх"
    adjectives = "российский беспилотный летательный"
    assert morph.counted("ru", 21, adjectives, "аппарат") == "российский беспилотный летательный аппарат"
    assert morph.counted("ru", 24, adjectives, "аппарат") == "российских беспилотных летательных аппарата"
    assert morph.counted("ru", 25, adjectives, "аппарат") == "российских беспилотных летательных аппаратов"
    assert morph.counted("uk", 104, "ворожий", "безпілотник") == "ворожі безпілотники"
    assert morph.counted("uk", 120, "ударний", "БпЛА", "ablt") == "ударними БпЛА"
    ru = {r.key: r for r in regions.RUSSIA}
    assert regions.over("ru", ru["RU-BRY"], True) == "территорией Брянской области"
    assert regions.over("ru", ru["UA-43"], True) == "Республикой Крым"
    assert regions.over("uk", ru["UA-43"], False) == "Кримом"
    assert regions.over_many("ru", [ru["RU-KRS"], ru["RU-BEL"]], True) == \
        "территориями Курской и Белгородской областей"
    assert regions.over_many("ru", [ru["RU-ORL"], ru["RU-KLU"]], False) == "Орловской и Калужской областями"
    assert regions.over_many("uk", [ru["Black Sea"], ru["Sea of Azov"]], False) == \
        "акваторіями Чорного та Азовського морів"
    assert regions.in_case("uk", regions.UKRAINE["UA-48"], "ablt", colloquial=True) == "Миколаївщиною"


def test_kyiv_night_takes_each_ends_offset() -> None:
    """The night summer time starts: from +02:00 in the evening to +03:00 in the morning."""
    w = windows.kyiv_night(random.Random(0), date(2025, 3, 30), zone_written=False)
    assert (w.truth()["start"][-6:], w.truth()["end"][-6:]) == ("+02:00", "+03:00")
    assert w.truth()["timezone"] == "Europe/Kyiv"
