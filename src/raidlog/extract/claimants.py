"""Who says it: a ministry or air force named in the text, a governor (checked
against the officials table), or unnamed authorities."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from types import ModuleType

from raidlog.extract import morph
from raidlog.extract.mentions import ClaimantRef
from raidlog.extract.people import Person, matching_name
from raidlog.extract.places import town_of_adjective
from raidlog.extract.resolve import Resolution
from raidlog.extract.sites import after_site_cue
from raidlog.geo import CITY_REGIONS, Gazetteer
from raidlog.lexicon.sides import RUSSIAN_GOVERNED
from raidlog.model import Claimant, Place
from raidlog.officials import Match, Officials

_ROLE_TITLES = {
    "governor": "Governor", "acting_governor": "Acting Governor", "head_of_republic": "Head",
    "oblast_military_administration_head": "Head of the Military Administration",
    "city_military_administration_head": "Head of the City Military Administration",
    "mayor": "Mayor", "russian_installed_head": "Russian-installed head", "head_of_region": "Head",
    "city_head": "Head of the city administration", "oblast_council_head": "Head of the Regional Council",
    "district_head": "Head",
}


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> dict:
    """The lexicon's patterns this module searches, compiled once: ``re.search`` with a pattern's
    source looks it up in the re module's cache (512 patterns, the oldest dropped first), which the
    stages' own tables fill, so these were compiled again (~1 ms each) several times in one pass
    over the real Russian reports."""
    i = re.IGNORECASE
    return {
        "role_kinds": [(re.compile(p, i), kind, key) for p, kind, key in lex.ROLE_KINDS],
        "council": re.compile(lex.COUNCIL, i),
        "city_body": re.compile(lex.CITY_BODY_AFTER),  # ("Одеської МВА": a city's administration)
        "district_office": re.compile(lex.DISTRICT_OFFICE, i),
        "occupation": re.compile(lex.OCCUPATION_MARKERS, i),
        "administration": re.compile(lex.ADMINISTRATION_OF_REGION),
        # (to the end of its last word: what is left names the place)
        "bodies": [(re.compile(rf"(?:{p})\w*", i), body, level, town) for p, body, level, town in lex.ADMINISTRATION_BODIES],
        "region_words": re.compile(lex.REGION_NAME_WORDS, i),
    }


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex)


@dataclass(frozen=True)
class OfficialClaimant:
    claimant: Claimant
    person: Person
    match: Match | None
    region: str | None
    town: Place | None = None  # the town a city's office names ("Kharkiv Mayor", "мэр Белгорода")


def from_ref(ref: ClaimantRef, text: str) -> Claimant:
    return Claimant(ref.name, ref.kind, ref.side, as_written=text[ref.start : ref.end])


def side_of(iso: str | None) -> str:
    """The side a region's official speaks for (attribution asks it too)."""
    if not iso:
        return "unknown"
    if iso in RUSSIAN_GOVERNED:  # (Crimea, Sevastopol: their offices speak for Russia)
        return "RU"
    country = iso.split("-")[0]
    return country if country in ("RU", "UA") else "other"


def _role_kind(role: str | None, lex: ModuleType) -> tuple[str, str]:
    """(claimant kind, role) for an office as written: "mayor" → official; "acting
    governor", "head of the … military administration", "governor" → governor."""
    for pattern, kind, key in _patterns(lex)["role_kinds"]:
        if pattern.search(role or ""):
            return kind, key
    return "governor", "governor"


def office_kind(person: Person, lex: ModuleType) -> tuple[str, str]:
    """(claimant kind, role) of a person's office, with the body named after the role word: "начальник
    Одеської МВА" heads a city's administration, though "начальник" alone says no more than a head."""
    kind = _role_kind(person.role, lex)
    body = _patterns(lex)["city_body"].search(" " + person.region_text) \
        if person.role and person.region_text and kind[1] not in CITY_ROLES else None
    # (the body's words alone, not the town's: "Белгородской области" is no "городск…")
    return _role_kind(f"{person.role} {body.group(0).strip()}", lex) if body is not None else kind


def _nearest(found: list[Resolution]) -> Callable[[int], Resolution | None]:
    """The place of ``found`` that starts nearest an offset, the first of ``found`` among places as near
    (as ``min`` over them all): by bisection among their starts in order, not by a scan of them all for
    each official (square in a sentence of thousands of names)."""
    order = sorted(range(len(found)), key=lambda k: found[k].hit.start)  # (stable: as near, the first found)
    starts = [found[k].hit.start for k in order]

    def nearest(at: int) -> Resolution | None:
        k = bisect_left(starts, at)  # the first that starts at or after the offset, the last before it
        sides = ([order[k]] if k < len(starts) else []) + ([order[bisect_left(starts, starts[k - 1])]] if k else [])
        return found[min(sides, key=lambda i: (abs(found[i].hit.start - at), i))] if sides else None

    return nearest


@dataclass(frozen=True)
class SentencePlaces:
    """A sentence's resolved places as its officials ask them, read once for them all (each official
    looked through all the sentence's places: square in a sentence of thousands of names)."""
    isos: frozenset[str] = frozenset()  # the regions of its places in the theatre
    placed: Callable[[int], Resolution | None] = lambda at: None  # the nearest an official may speak for
    towns: dict[str, Callable[[int], Resolution | None]] = field(default_factory=dict)  # the nearest town, by region


def sentence_places(resolutions: list[Resolution], gaz: Gazetteer) -> SentencePlaces:
    in_theatre = [r for r in resolutions if r.place is not None and r.place.iso and gaz.in_theatre(r.place)]
    by_region: dict[str, list[Resolution]] = {}
    for r in resolutions:
        if r.place is not None and r.place.kind == "locality":
            by_region.setdefault(r.place.iso, []).append(r)
    return SentencePlaces(
        frozenset(r.place.iso for r in in_theatre),
        # (an official speaks for no country or sea)
        _nearest([r for r in in_theatre if r.place.kind not in ("country", "sea")]),
        {iso: _nearest(towns) for iso, towns in by_region.items()})


NO_PLACES = SentencePlaces()


def from_person(
    person: Person, sentence_text: str, places: SentencePlaces, gaz: Gazetteer,
    officials: Officials, published: date | None, lex: ModuleType,
) -> OfficialClaimant:
    office = office_kind(person, lex)  # (read once, for all below that ask what the office is)
    district = _district_office(person, gaz, lex)
    # (a district's head speaks for the district's region)
    region = district.iso if district is not None else person_region(person, places, gaz, lex, published, office)
    written = matching_name(person.name, lex) if person.name else ""
    council = bool(person.region_text) and _patterns(lex)["council"].search(person.region_text) is not None
    if not person.name:  # "the governor of the Belgorod region wrote": the office, nobody named
        match = None
    elif council or district is not None:
        # "голова Дніпропетровської обласної ради Микола Лукашук", "глава Каховского округа …": no head of the region
        named = _in_office(officials.by_name(written), published)
        match = Match(named[0], "ok") if named else None
    elif person.role and region and office[1] in CITY_ROLES and not any(
            o.role in CITY_ROLES for o in officials.heads(region, published) or officials.heads(region, None)):
        # "Mayor Ihor Terekhov" of Kharkiv: a city's mayor, whom the table of the region's heads does
        # not list, is no wrong name for the region's head
        named = _in_office(officials.by_name(written), published)
        match = Match(named[0], "ok") if named else None
    elif person.role:
        match = officials.check(written, region, published, lex.MORPH_LANG or None)
    else:  # "Собянин сообщил": who he is says which region he speaks for
        named = _in_office(officials.by_name(written), published, places.isos)
        match = Match(named[0], "ok") if named else None
    kind, role = ("official", "oblast_council_head") if council else ("official", "district_head") \
        if district is not None else office
    if match and match.official and district is None and (person.role is None or match.status in ("ok", "misspelt")):
        # the office as the officials table names it: the same claimant however the text puts it
        role = match.official.role
        kind = "official" if role in ("mayor", "oblast_council_head") else "governor"
    who = match.official.name if match and match.official else (person.name or None)
    region_place = gaz.region(region) if region else None
    title = _ROLE_TITLES.get(role, role.replace("_", " ").capitalize())
    name = f"{title} of {(district or region_place).name}" if district or region_place else title
    # (the towns looked for only for a city's office)
    town = places.towns[region](person.role_start) if role in CITY_ROLES and region in places.towns else None
    city = town.place if town is not None else None  # the town of the region named nearest the office
    named_place = _named_place(person, office, gaz, lex) if role in CITY_ROLES else None
    if named_place is not None and named_place.kind == "locality" and named_place.iso == region:
        city = named_place  # "Kharkiv Mayor Ihor Terekhov", "мэр Харькова": the town of the office
    if city is not None and city.iso not in CITY_REGIONS:
        name = f"{title} of {city.name}"  # "Mayor Ihor Terekhov" beside Kharkiv: Kharkiv's mayor
    as_written = sentence_text[person.role_start : person.role_end]
    side = side_of(region)
    if match and match.official and match.official.role == "russian_installed_head":
        side = "RU"  # Crimea's and Sevastopol's Russian-installed heads speak for Russia
    elif _patterns(lex)["occupation"].search(_clause_before(sentence_text, person.role_start, person.role_end)):
        side = "RU"  # "окупаційний голова …", "the Moscow-installed governor": a Russian-installed official
    claimant = Claimant(name, kind, side, who, role, as_written, region)
    # (a district's head, as a mayor his town, tells of his district what he tells without a place)
    return OfficialClaimant(claimant, person, match, region, city if role in CITY_ROLES else district)


CITY_ROLES = {"city_military_administration_head", "mayor", "city_head"}

_CLAUSE_BREAK = re.compile(r"[,;:.!?()—–]")


def _clause_before(text: str, start: int, end: int) -> str:
    """The office's words and those of its own clause before it (at most 60 characters): the
    words that describe the office ("підконтрольний Кремлю очільник"), not a place of another
    clause ("атакували підконтрольний Москві Енергодар, повідомив голова ОВА")."""
    before = text[max(0, start - 60) : start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end() :] + text[start:end] if breaks else before + text[start:end]


def _in_office(named: list, day: date | None, isos: set[str] = frozenset(), city: bool | None = None) -> list:
    """A person's rows of the officials table, the terms that cover ``day`` first; among
    them (a person who held two offices, "Лисак"), the office the text names ("голова
    ОВА": an oblast's, not a city's) and the region of the places named beside him."""
    return sorted(named, key=lambda o: (
        not o.held_on(day),
        city is not None and (o.role in CITY_ROLES) != city,
        bool(isos) and o.region_iso not in isos,
    ))


def _named_place(person: Person, office: tuple[str, str], gaz: Gazetteer, lex: ModuleType) -> Place | None:
    """The place named inside the office ("Belgorod Governor", "мэр Харькова"): the region its
    words name (:func:`_region`, as an administration's), or for a city's office the city itself
    ("Moscow Mayor" is Moscow's, not the region around it). ``office``: the person's
    :func:`office_kind`, read by the caller."""
    text = person.region_text
    if not text:
        return None
    if lex.MORPH_LANG:  # "Белгородской области", "Одеської ОВА", "Москвы"
        text = _patterns(lex)["administration"].sub(" " + lex.REGION_NOUNS[0], text)
    if not (person.role and office[1] in CITY_ROLES):
        return _region(text, gaz, lex)
    for query in morph.nominative_phrases(lex.MORPH_LANG, text) if lex.MORPH_LANG else (text,):
        found = gaz.lookup(query, kinds={"admin1"}) or gaz.lookup(query)
        if found:
            return found[0]
    # ("начальник Одеської МВА", "head of the Kharkiv city military administration": the town of the body
    # he heads, read as the body's own name is read)
    named = _administration(person.region_text, _body(person.region_text, lex), gaz, lex)
    return named[1] if named is not None else None


def person_region(person: Person, places: SentencePlaces, gaz: Gazetteer, lex: ModuleType,
                  published: date | None = None, office: tuple[str, str] | None = None) -> str | None:
    """The region an official speaks for: the one named with the office, else the
    one the officials table gives the person, else the nearest place named. ``office``: the
    person's :func:`office_kind` if the caller has read it (from_person), else read here once."""
    if office is None:
        office = office_kind(person, lex)
    named_place = _named_place(person, office, gaz, lex)
    if named_place is not None:
        return named_place.iso
    city = None
    if person.role:
        city = office[1] in CITY_ROLES
    named = _in_office(Officials.default().by_name(matching_name(person.name, lex)), published,
                       places.isos, city) if person.name else []
    if named:
        return named[0].region_iso
    # the nearest resolved place of the sentence (a governor speaks for his region)
    nearest = places.placed(person.start)
    return nearest.place.iso if nearest is not None else None


def authorities(text: str, start: int, end: int, resolutions: list[Resolution], gaz: Gazetteer,
                lex: ModuleType, told: list[Claimant] = (), headline: bool = False) -> Claimant:
    """The authorities a sentence names: an administration of a region or town it names ("Сумська
    ОВА", "правительство Белгородской области") by its English name, that place's region and side;
    one named by its body alone ("За даними ОВА") is the administration of that body ``told``
    before, or the head told before who leads it ("голова Київської ОВА Руслан Кравченко", then "в
    ОВА повідомили": he speaks for it), or a region's of the one region its sentence names; else "Regional
    authorities", of the side of the places the sentence names."""
    as_written = text[start:end]
    found = _body(as_written, lex)
    named = _administration(as_written, found, gaz, lex)
    # the places it may speak for: not where the weapons came from ("Ворожі дрони летіли з боку
    # Брянської області, повідомили в ОВА")
    launched_from = set(map(id, after_site_cue(text, resolutions, lex)))
    places = [r.place for r in resolutions if r.place is not None and id(r) not in launched_from]
    if named is None and found is None and as_written[:1].isupper() and len(as_written.split()) == 1:
        # ("The Aa Oblast Military Administration reports …", then "per the Administration, …"): an
        # administration's name shortened to its last word, capitalised as a name, is the one told before
        again = next((c for c in reversed(told) if c.kind == "authorities" and c.region
                      and as_written.lower() in (c.as_written or "").lower().split()), None)
        if again is not None:
            return replace(again, as_written=as_written)
    if named is None and found is not None:
        again = next((c for c in reversed(told) if _same_body(c, found, gaz, lex)), None)
        if again is not None and again.kind == "authorities":
            return replace(again, as_written=as_written)
        if again is not None:  # its head, who speaks for it (as the real reports' annotations name him)
            return again
        isos = {p.iso for p in places if p.iso and p.kind not in ("country", "sea") and gaz.in_theatre(p)}
        # (a city that is a region of its own has no region's administration)
        region = gaz.region(isos.pop()) if len(isos) == 1 and found[2] == "region" and not headline \
            and not isos & CITY_REGIONS else None
        if region is not None and not (found[1] in _RUSSIAN_BODIES and region.iso.startswith("UA-")):
            # "… повреждены в Краснодарском крае, сообщили в региональном оперштабе": the one region
            # its sentence names (not a headline's: the story's subject, not who speaks — a story
            # "Атака на Київщину — в ОВА повідомили …" may recall the nationwide count)
            named = found[1], region
    if named is not None:
        body, place = named
        side = side_of(place.iso)
        if _patterns(lex)["occupation"].search(_clause_before(text, start, end)) \
                or (body in _RUSSIAN_BODIES and place.iso.startswith("UA-")):
            # "окупаційна адміністрація …", "правительство Запорожской области": Russian-installed
            side = "RU"
        return Claimant(f"{place.name} {body}", "authorities", side, as_written=as_written, region=place.iso)
    sides = {side_of(p.iso) for p in places}
    side = sides.pop() if len(sides) == 1 else "unknown"
    return Claimant("Regional authorities", "authorities", side, as_written=as_written)


# bodies only Russia's governance has: a Ukrainian region's "government" or "operational
# headquarters" is the Russian-installed one (Ukraine's oblasts have military and state administrations)
_RUSSIAN_BODIES = {"Government", "Operational Headquarters"}


def _administration(as_written: str, found: tuple | None, gaz: Gazetteer, lex: ModuleType,
                    ) -> tuple[str, Place] | None:
    """(the English words of its name, the region or town) of an administration whose name says
    which, ``found`` being its body (:func:`_body`): "Київська міська військова адміністрація" ->
    ("City Military Administration", Kyiv); None when it names no place of the theatre."""
    if found is None:
        return None
    pattern, body, level, town = found
    words = town or pattern.sub(" ", as_written)
    if not lex.MORPH_LANG:  # "the Sumy Regional …", "Krasnodar Krai's operational headquarters"
        words = _patterns(lex)["region_words"].sub(" ", words)
    words = " ".join(words.split())
    if not words:
        return None
    place = _town(words, gaz, lex) if level == "city" else _region(words, gaz, lex)
    if place is None or not gaz.in_theatre(place):
        return None
    return body, (gaz.region(place.iso) or place) if level == "region" else place


def _same_body(told: Claimant, body: tuple, gaz: Gazetteer, lex: ModuleType) -> bool:
    """An administration told before of that body, or the head of a region's one (not a town's:
    which town his title does not say)."""
    if not told.region or not told.as_written:
        return False
    if told.kind == "authorities":
        return _body(told.as_written, lex) == body and _administration(told.as_written, body, gaz, lex) is not None
    # the head of a Ukrainian oblast leads its military administration, whatever words name him ("Ігор
    # Табурець", then "За даними глави ОВА")
    ukrainian = told.region.startswith("UA-") and body[1] not in _RUSSIAN_BODIES
    return told.kind == "governor" and body[2] == "region" and told.region not in CITY_REGIONS \
        and gaz.region(told.region) is not None and (ukrainian or _body(told.as_written, lex) == body)


def _body(as_written: str, lex: ModuleType) -> tuple | None:
    """The first of ``lex.ADMINISTRATION_BODIES`` the words name: (pattern, body, level, town)."""
    return next((b for b in _patterns(lex)["bodies"] if b[0].search(as_written)), None)


def _district_office(person: Person, gaz: Gazetteer, lex: ModuleType) -> Place | None:
    """The district an office is of ("глава Каховского округа", "голова Нікопольського району"):
    not a first-level region's (an autonomous okrug is one), nor a place the gazetteer does not know."""
    text = person.region_text
    if not text or not _patterns(lex)["district_office"].search(text) or _region(text, gaz, lex) is not None:
        return None
    queries = morph.nominative_phrases(lex.MORPH_LANG, text) if lex.MORPH_LANG else (text,)
    return next((found[0] for q in queries if (found := gaz.lookup(q, kinds={"district"}))), None)


def _region(words: str, gaz: Gazetteer, lex: ModuleType) -> Place | None:
    """The region an administration's words name: "Сумська", "Белгородской области", "Sumy"."""
    if lex.MORPH_LANG:
        queries = [*morph.nominative_phrases(lex.MORPH_LANG, words), *morph.nominative_phrases(lex.MORPH_LANG, f"{words} {lex.REGION_NOUNS[0]}")]
    else:
        queries = [*(f"{words} {noun}" for noun in lex.REGION_NOUNS), words]
    return next((found[0] for q in queries if (found := gaz.lookup(q, kinds={"admin1"}))), None)


def _town(words: str, gaz: Gazetteer, lex: ModuleType) -> Place | None:
    """The town an administration's words name: "Київська", "города Белгорода", "Kyiv"."""
    if lex.MORPH_LANG:
        towns = town_of_adjective(words, lex, gaz)
        if towns:
            return towns[0]
        queries = morph.nominative_phrases(lex.MORPH_LANG, words)
    else:
        queries = (words,)
    return next((found[0] for q in queries if (found := gaz.lookup(q, kinds={"locality"}))), None)
