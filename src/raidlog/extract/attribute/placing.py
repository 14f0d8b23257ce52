"""Where a claim's counts were downed: the places of a total, a group of places joined by
"and", the places a sentence names with no count of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from types import ModuleType

from raidlog.extract import breakdown
from raidlog.extract.attribute.cues import _incident_kinds, _own_region_pattern, _patterns, searched
from raidlog.extract.attribute.implied import _singular
from raidlog.extract.attribute.regions import (
    _PENINSULA,
    _is_region,
    _own_area,
    _region_of,
    _towards_capital,
)
from raidlog.extract.attribute.sites import _after_site_cue, _launch_sites
from raidlog.extract.attribute.verbs import _verb_for
from raidlog.extract.mentions import Mentions
from raidlog.extract.places import PlaceHit
from raidlog.extract.resolve import Resolution
from raidlog.extract.weapons import NOT_IN_TOTALS, Count
from raidlog.geo import (
    APPROACH_CITY_ONLY,
    CAPITALS,
    CITY_POPULATION,
    CITY_REGIONS,
    RING_CITIES,
    SURROUNDING,
    Gazetteer,
    name_key,
)
from raidlog.lexicon import may_match
from raidlog.model import Claimant, Place

# the one sea off a region's coast (regions on two seas, Crimea and the Kuban, have none)
_COAST = {"UA-40": "Black Sea", "UA-51": "Black Sea", "UA-48": "Black Sea", "UA-65": "Black Sea",
          "UA-23": "Sea of Azov", "UA-14": "Sea of Azov", "RU-ROS": "Sea of Azov", "RU-LEN": "Baltic Sea",
          "RU-KGD": "Baltic Sea", "RU-AST": "Caspian Sea", "RU-DA": "Caspian Sea", "RU-KL": "Caspian Sea"}


def _with_bare_sea(res: list[Resolution], s, lex: ModuleType, gaz: Gazetteer,
                   resolutions: list[list[Resolution]], claimant: Claimant | None) -> list[Resolution]:
    """"прикордонники знищили 2 дрони над морем", "shot down two UAVs over the sea": the sea is the
    one the report names elsewhere, or else the one off the coast of the region it is about."""
    bare = list(_patterns(lex)["bare_sea"].finditer(s.text))
    if not bare:
        return res
    named = {r.place.name for rs in resolutions for r in rs if r.place is not None and r.place.kind == "sea"}
    if len(named) > 1 and claimant is not None and _COAST.get(claimant.region or "") in named:
        # a regional official's "над акваторией моря" in a story that also gives a ministry's list of
        # several seas: the one off the official's coast
        named = {_COAST[claimant.region]}
    if not named:
        isos = {r.place.iso for rs in resolutions for r in rs if r.place is not None and r.place.iso}
        if claimant is not None and claimant.region:
            isos.add(claimant.region)
        named = {_COAST[i] for i in isos if i in _COAST}
    if len(named) != 1:
        return res
    seas = [p for p in gaz.lookup(named.pop()) if p.kind == "sea"]
    if not seas:
        return res
    found = []
    for x in bare:  # (each: "второй сбит над морем …, третий – над морем …")
        a, b = x.span("sea")
        hit = PlaceHit(a, b, s.text[a:b], (seas[0],))
        found.append(Resolution(hit, s.start, replace(seas[0], as_written=hit.as_written), "context",
                                context="the sea the report is about"))
    return sorted([*res, *found], key=lambda r: r.hit.start)


def _with_coast_sea(res: list[Resolution], s, lex: ModuleType, gaz: Gazetteer) -> list[Resolution]:
    """"shot down three UAVs off the coast of Sevastopol": downed over the sea off the place's coast, where
    the sentence names no sea and the place's region lies on one (not Crimea or the Kuban, on two); the sea
    is read before the place, which then only says where over the sea (breakdown's _before_coast)."""
    if any(r.place is not None and r.place.kind == "sea" for r in res):
        return res
    for k, r in enumerate(res):
        if r.place is None or not r.place.iso or r.place.iso not in _COAST:
            continue
        x = _patterns(lex)["off_coast"].search(s.text, max(0, r.hit.start - 60), r.hit.start)
        if x is None:
            continue
        seas = [p for p in gaz.lookup(_COAST[r.place.iso]) if p.kind == "sea"]
        if not seas:
            return res
        a, b = x.span("coast")
        hit = PlaceHit(a, b, s.text[a:b], (seas[0],))
        found = Resolution(hit, s.start, replace(seas[0], as_written=hit.as_written), "context",
                           context="the sea off the place's coast")
        return [*res[:k], found, *res[k:]]
    return res


def _with_own_region(res: list[Resolution], s, lex: ModuleType, gaz: Gazetteer,
                     speaker: Claimant | None) -> list[Resolution]:
    """"за сутки над регионом уничтожены 33 БПЛА, 19 из них – над Рыльским районом", "над областю
    збито 15": the region a regional official's post calls "the region" is a place like any other
    (the one region the sentence names, else the speaker's own), so its count is an item of the list."""
    x = _own_region_pattern(lex).search(s.text)
    if x is None or any(r.hit.start < x.end() + 5 and x.start() < r.hit.end for r in res):
        return res  # (nor "over the city of Belgorod": the place is named)
    named = {r.place.iso for r in res if r.place is not None and r.place.kind == "admin1" and r.place.iso}
    if len(named) > 1:
        return res
    city = bool(_patterns(lex)["own_city"].search(x.group(0)))
    if city and named and speaker is not None and speaker.side in CAPITALS \
            and _patterns(lex)["own_capital"].search(x.group(0)):
        # "14 over the Kyiv region and two over the capital": the capital of the speaker's country, not the
        # region named ("над городом" in a story that names a region stays that region's: which city is not said)
        named = {CAPITALS[speaker.side]}
    elif city and speaker is not None and named == {SURROUNDING.get(speaker.region or "")}:
        # "22 над городом, ещё три в Киевской области" from Kyiv's mayor: the speaker's city, a region of its
        # own, not the region around it that the sentence names
        named = {speaker.region}
    iso = named.pop() if named else _PENINSULA if _patterns(lex)["own_peninsula"].search(x.group(0)) else (
        # "within the capital", "над столицею": the city itself, not the ring around it
        (speaker.region if city else _own_area(speaker.region, _towards_capital([s.text], lex)))
        if speaker is not None and speaker.region else
        # ("32 aerial targets in the capital" in a story of the Air Force's: its country's capital)
        CAPITALS[speaker.side] if city and speaker is not None and speaker.side in CAPITALS
        and _patterns(lex)["own_capital"].search(x.group(0)) else None)
    region = gaz.region(iso) if iso else None
    if region is None:
        return res
    prefix = _patterns(lex)["own_region_prefix"].match(s.text, x.start())
    a = prefix.end() if prefix is not None and prefix.end() < x.end() else x.start()
    hit = PlaceHit(a, x.end(), s.text[a : x.end()], (region,))
    found = Resolution(hit, s.start, replace(region, as_written=hit.as_written), "context",
                       context="the region the official speaks for")
    return sorted([*res, found], key=lambda r: r.hit.start)


def _strikes_on_settlements(m: Mentions, res: list[Resolution], lex: ModuleType, gaz: Gazetteer) -> bool:
    """"350 БпЛА (переважно FPV) атакували Балабине, Степногірськ, Кушугум", "attacked the Putyvl
    hromada with two strike drones", "attacked the Nikopol district with seven kamikaze drones", in a
    report that tells of none destroyed: the drones that struck villages, towns short of a city, their
    hromadas and districts (most of the places named: "520 БпЛА (переважно FPV) атакували Запоріжжя,
    Балабине, Біленьке, …") are a count of strikes on places (a governor's daily summary of shelling), not
    how many came at the country, a region or a city in an air attack. Where the weapons came from is
    no target ("запустили 12 шахедів з північного напрямку (Курськ, РФ)"), nor is the region that
    only says where the places are ("the Pavlohrad district, Dnipropetrovsk region")."""
    sites = _after_site_cue(m, res, lex)
    # (nor the places of the damage told after the count: "після атаки 12 дронів пошкоджено два будинки у
    # Бучанському районі", "after an attack by 9 drones, garages were damaged in the X district": where it
    # hit, the attack told by its size)
    until = _damage_after(m, m.counts[0].end if m.counts else 0, lex)
    targets = [r.place for r in res if r.place is not None and not any(r.place is s for s in sites)
               and r.hit.start < until]
    if not targets:
        return False
    inside = {p.iso for p in targets if p.kind != "admin1"}
    targets = [p for p in targets if p.kind != "admin1" or p.iso not in inside]
    return 2 * sum(_settlement(p, gaz) for p in targets) > len(targets)


def _damage_after(m: Mentions, at: int, lex: ModuleType) -> int:
    """Where the sentence's first word of damage or a fire after ``at`` starts (its length if none)."""
    text = m.sentence.text
    if not may_match(m.words, lex, "incidents"):
        return len(text)
    found = (x.start() for kind, pattern, gate in _patterns(lex)["incidents"]
             if kind in ("damage", "fire") and (gate is None or gate.admits(m.words))
             for x in [pattern.search(text, at)] if x is not None)
    return min(found, default=len(text))


def _settlement(place: Place, gaz: Gazetteer) -> bool:
    """A village or a town short of a city, the hromada of one ("Putyvl hromada"; not "Sumy hromada"),
    or a district around towns (a raion, an okrug; not a city's district)."""
    if place.kind == "district" and place.unit == "hromada":
        towns = [p for p in gaz.lookup(place.name.removesuffix(" hromada"), {"locality"}) if p.iso == place.iso]
        return all((p.population or 0) < CITY_POPULATION for p in towns)
    if place.kind == "district":
        return place.unit in ("raion", "okrug")
    return place.kind == "locality" and (place.population or 0) < CITY_POPULATION


# at most two words between a place and its verb, and a day of the month ("в Николаевской области ночью
# 28 мая сбили", "на Сумщині 3 березня вночі знищено")
_NEAR_VERB = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,2}(?:\d{1,2}\s+[^\W\d_]+[\s,]+(?:[^\W\d_]+\s+)?)?")


def _verb_right_after(at: int, until: int, m: Mentions, text: str) -> bool:
    """The sentence's first destroy verb after ``at`` (and by ``until``) follows it within two words,
    besides the defenders that did it ("в межах Вінницької області сили ППО ЗСУ знищили 2 БпЛА")."""
    k = bisect_left(m.destroy_verbs, at, key=lambda v: v[0])  # (in text order, without overlaps)
    if k >= len(m.destroy_verbs) or m.destroy_verbs[k][0] > until:
        return False
    verb = m.destroy_verbs[k][0]
    if _NEAR_VERB.fullmatch(text, at, verb):
        return True
    who = next((c for c in m.claimants if at <= c.start and c.end <= verb), None)
    return who is not None and bool(_NEAR_VERB.fullmatch(text[at : who.start] + " " + text[who.end : verb]))


def _place_group(text: str, res: list[Resolution], m: Mentions, lex: ModuleType,
                 after: int, destroyed: bool = False) -> list[Resolution]:
    """The first group of places after "over" ("over the Oryol and Bryansk Regions"), or after
    "in" when the group is of regions or seas and stands after ``after`` (the count, the verb)."""
    pats = _patterns(lex)
    group: list[Resolution] = []
    sites = set(map(id, _launch_sites(m, res, lex)))
    regions_only = False
    for k, r in enumerate(res):
        if r.place is None or r.place.kind == "country" or id(r.place) in sites:
            continue
        if not group:
            if (pats["over_before"].search(text, max(0, r.hit.start - 60), r.hit.start)
                    or pats["over_regions_including"].search(text, max(0, r.hit.start - 80), r.hit.start)) \
                    and not pats["near_city_region"].search(text, max(0, r.hit.start - 8), r.hit.end):
                # ("above the city of Sevastopol in Crimea": the city, the region only says where it lies)
                group.append(res[k - 1] if k and res[k - 1].place is not None
                             and breakdown.locates(text, res[k - 1], r, lex) else r)
            elif destroyed and r.hit.start >= after and _is_region(r.place) \
                    and pats["place_anaphora_before"].search(text, max(0, r.hit.start - 60), r.hit.start):
                # after a count, "these drones targeted the Aa, Bb and Cc oblasts", "дроны пытались атаковать
                # …": the regions the words that tell them where the ones just counted went lead to, with no
                # preposition of their own
                group.append(r)
            elif r.hit.end < after and (m.destroy_verbs or destroyed) \
                    and (w := pats["where_after"].match(text, _list_end(res, k, text, pats))) is not None \
                    and w.end() <= after and any(a >= w.end() and not _CLAUSE_END.search(text, w.end(), a)
                                                 for a, _ in m.destroy_verbs):
                # "подробности сообщили власти Сум, где уничтожили четыре дрона", "targeted Odesa, where
                # air defences downed seven": the place a relative clause of the downing follows, however
                # the sentence names it
                group.append(r)
            elif (x := pats["in_regions"].search(text, max(0, r.hit.start - 60), r.hit.start)) \
                    and (_region_or_district(r.place) or _towns_then_districts(res, k, text, pats)) \
                    and not (_city_region(r.place) and _not_downed_in_city(text, r, pats)) \
                    and (m.destroy_verbs or destroyed) \
                    and (r.hit.start > after or pats["opening"].fullmatch(text, 0, x.start())
                         or _verb_right_after(_list_end(res, k, text, pats), after, m, text)
                         or pats["where_after"].match(text, _list_end(res, k, text, pats))):
                # "shot down 11 drones in the Mykolaiv and Odesa regions"; "На Миколаївщині вночі
                # збили два шахеди": a region the sentence opens with is where its count happened;
                # "Средствами ПВО на территории Воронежской области было уничтожено …": or the one
                # right before its verb ("in the Tver region, where … five drones were downed": or the one a
                # relative clause of the downing follows)
                if k and res[k - 1].place is not None and breakdown.locates(text, res[k - 1], r, lex):
                    group.append(res[k - 1])  # ("shot down over the city of Sevastopol in Crimea")
                    continue
                group.append(r)
                regions_only = True
        elif breakdown.abbreviation_after(text, group[-1], r):
            continue  # (the last one's abbreviation in brackets: "the Donetsk People's Republic (DPR) and …")
        elif pats["joined"].fullmatch(text, group[-1].hit.end, r.hit.start) \
                or breakdown.joined_over(text, group[-1].hit.end, r.hit.start, lex) \
                or regions_only and _region_or_district(r.place) \
                and pats["joined_in"].fullmatch(text, group[-1].hit.end, r.hit.start):
            group.append(r)
        elif _is_region(group[-1].place) and _is_region(r.place) \
                and (u := pats["unknown_name"].match(text, group[-1].hit.end, r.hit.start)) is not None \
                and pats["joined"].fullmatch(text, u.end(), r.hit.start):
            # "in the Poltava, Cherkasy, Kyrovohrad (misspelt), and Dnipropetrovsk regions": a name of the list
            # the gazetteer does not know ends it not (it is no place of it either)
            group.append(r)
        else:
            break
    if regions_only and not _region_or_district(group[0].place):
        # "в Энске, Аском и Бском районах": the towns of a list of districts "in" lie in the districts'
        # region; the districts are the list's places, the towns no group of regions' own
        return [r for r in group if _region_or_district(r.place)]
    if regions_only and not all(_region_or_district(r.place) for r in group):
        return []
    return group


_TOWNS_BEFORE_DISTRICTS = 4  # (how many towns a list "in" may open with before its districts)


def _towns_then_districts(res: list[Resolution], k: int, text: str, pats: dict) -> bool:
    """Whether the list that opens with the town ``res[k]`` goes on, after a few more towns, with a
    district or region ("в Энске, Игреке, Аском и Бском районах")."""
    end = res[k].hit.end
    for r in res[k + 1 : k + 1 + _TOWNS_BEFORE_DISTRICTS]:
        if r.place is None or not pats["joined"].fullmatch(text, end, r.hit.start):
            return False
        if _region_or_district(r.place):
            return True
        if r.place.kind != "locality":
            return False
        end = r.hit.end
    return False


def _list_end(res: list[Resolution], k: int, text: str, pats: dict) -> int:
    """Where the list of places that opens with ``res[k]`` ends ("на Одещині та Миколаївщині")."""
    end = res[k].hit.end
    for r in res[k + 1 :]:
        if r.place is None or not pats["joined"].fullmatch(text, end, r.hit.start):
            break
        end = r.hit.end
    return end


def _region_or_district(place: Place) -> bool:
    """A region, or a district of one ("дроны подавлены в Климовском округе": downed in its region), or a city
    that is a region of its own ("Більшість шахедів збили у Києві": downed in the city region, as over it)."""
    return _is_region(place) or place.kind == "district" or _city_region(place)


def _not_downed_in_city(text: str, r: Resolution, pats: dict) -> bool:
    """A city region told with no locative "in" right before it ("запущених на Київ", "атаку на Севастополь": a
    target), or with a thing after it in its clause ("намагались знищити в Києві енергетичні обʼєкти": what the
    attackers tried to destroy there): no place where weapons were downed."""
    if not pats["in_city_before"].search(text, max(0, r.hit.start - 8), r.hit.start):
        return True
    end = _CLAUSE_END.search(text, r.hit.end)
    return bool(pats["thing_word"].search(text, r.hit.end, end.start() if end else len(text)))


def _city_region(place: Place) -> bool:
    """The city itself of a city that is a first-level region (Kyiv, Sevastopol), not a town within it; not one whose
    drones are the region around it's (RING_CITIES: "в Москве сбили", of drones flying at the city, is the Moscow
    Region's by the golds' convention)."""
    return place.kind == "locality" and place.iso in CITY_REGIONS and place.iso not in RING_CITIES \
        and name_key(place.name) == name_key(place.region or "")


def _places_of_total(text: str, totals: list[Count], res: list[Resolution], m: Mentions,
                     lex: ModuleType) -> list[breakdown.Item]:
    """Where a sentence's only count happened, when it names one group of places
    after "over" ("7 drones over the Belgorod Region" written the other way round);
    one summary item, replaced if a real breakdown follows. A count of rockets or bombs alone is no
    drone-and-missile total, so no summary of one ("перехвачены 12 снарядов РСЗО … в районе A (…), B (…) и C"):
    their place is read only where the breakdown finds it next to the count ("13 rockets over the Belgorod
    Region")."""
    if all(c.weapon is not None and c.weapon.type in NOT_IN_TOTALS for c in totals):
        return []
    # ("сбили над Курской областью ракету «Точка-У» и шесть реактивных снарядов РСЗО": the place's count is
    # the missile's, as the claim's total is; the rockets are listed, never added)
    totals = [c for c in totals if c.weapon is None or c.weapon.type not in NOT_IN_TOTALS]
    after = min(c.number.start for c in totals)
    verb = m.destroy_verbs[0][0] if m.destroy_verbs else after
    if verb < after and not any(verb < w.start < after for w in m.weapons):
        after = verb  # "знищили на Дніпропетровщині 15 безпілотників" (not "збито ракету у …, та 17 …")
    group = _place_group(text, res, m, lex, after)
    if group and _across_clauses(text, group, totals):
        # "45 of 60 drones were shot down; 15 drones hit targets in the Odesa and Mykolaiv regions", "…; in the Kyiv
        # region, debris damaged three houses": the places of another clause
        group = []
    # (or over the whole country: "over Russia, the Tula region among them")
    counted = searched("over_regions", m, text, lex) or searched("nationwide", m, text, lex) \
        or searched("regions_including", m, text, lex)  # ("у кількох областях, зокрема …")
    if counted and (x := _patterns(lex)["including_then"].search(text, counted.end())):
        # "over ten regions, including the Moscow region", "… включая Московский регион"
        named = [r for r in res if r.place is not None and _is_region(r.place) and r.hit.start >= x.end()]
        if named and named[0].hit.start == x.end():
            group = [named[0]]
            for r in named[1:]:
                if not _patterns(lex)["joined"].fullmatch(text, group[-1].hit.end, r.hit.start):
                    break
                group.append(r)
    if counted and not group:
        # "над регионами РФ и Каспийским морем": the sea after the whole country, with no count of its own
        whole = _patterns(lex)["nationwide"].search(text, counted.start())  # ("над регионами | России")
        end = whole.end() if whole is not None and whole.start() <= counted.end() <= whole.end() else counted.end()
        sea = next((r for r in res if r.place is not None and r.place.kind == "sea" and r.hit.start >= end), None)
        group = [sea] if sea is not None and _patterns(lex)["joined_sea"].fullmatch(text, end, sea.hit.start) else []
    if not group:
        return _towards_of_total(text, totals, res, m, lex)
    if counted:
        # "над 9 регионами России и акваторией Азовского моря", "над десятью регионами, в том числе
        # над Брянской областью": one of the places, named without a count of its own
        if not all(r.place.kind == "sea" for r in group) and not (
                counted.end() <= group[0].hit.start
                and _patterns(lex)["including"].search(text, counted.end(), group[0].hit.start)):
            return []
        return [breakdown.Item(group[0].hit.start, group[-1].hit.end, None, tuple(r.place for r in group),
                               None, False)]
    line = text.rfind("\n", 0, group[0].hit.start) + 1  # a headline glued to its first sentence
    first_count = min((c for c in totals if c.number.start >= line), default=None,
                      key=lambda c: c.number.start) or min(totals, key=lambda c: c.number.start)
    fronted = group[0].hit.start < first_count.number.start  # (the places told before the count)
    # (a part of the place "over" names is no part of them, fronted too: "Над северной частью Брянской области
    # сбиты три", as after the count below)
    over = _patterns(lex)["over_before"].search(text, max(line, group[0].hit.start - 60), group[0].hit.start) \
        if fronted else None
    if fronted and (_patterns(lex)["partial_word"].search(
            text, line, over.start() if over is not None else group[0].hit.start) or _patterns(lex)["including"].search(
            text, max(line, group[0].hit.start - 25), group[0].hit.start)):
        # (and "на півдні, зокрема над Херсонщиною і Запоріжжям, знищено 9": among the
        # places, not where all were downed)
        # ("Частину «приземлили» на Львівщині: … збили сім ракет": where a part of them was downed)
        return [breakdown.Item(group[0].hit.start, group[-1].hit.end, None, tuple(r.place for r in group),
                               None, False)]
    # (up to the words that open the places: "within four regions, namely: …" is not a part's comma)
    lead = _patterns(lex)["in_regions"].search(text, max(first_count.end, group[0].hit.start - 60), group[0].hit.start)
    opened = lead.start() if lead is not None else group[0].hit.start
    # (and "over" with the part of the place it names: "над северной частью Брянской области" is no part of them)
    over = _patterns(lex)["over_before"].search(text, max(first_count.end, group[0].hit.start - 60), group[0].hit.start)
    opened = min(opened, over.start()) if over is not None else opened
    if first_count.end < group[0].hit.start and _patterns(lex)["partial"].search(text, first_count.end, opened) \
            and not _subject_between(text, first_count, group[0], opened, m, lex):
        if not _patterns(lex)["partial_word"].search(text, first_count.end, group[0].hit.start):
            if _including_uncounted(text, first_count, group[0], m, lex):
                # "downing 31 drones overnight, including over the Kursk and Oryol regions": where
                # some of them were, with no count of their own
                return [breakdown.Item(group[0].hit.start, group[-1].hit.end, None, tuple(r.place for r in group),
                                       None, False)]
            return []  # ("…, 12 over …": the places of another count)
        # "destroyed 41 drones, most of them over the Bryansk region": where most were, without a count
        return [breakdown.Item(group[0].hit.start, group[-1].hit.end, None, tuple(r.place for r in group),
                               None, False)]
    # (the place's count is of those destroyed: "З 14 дронів 11 знищено … над Одещиною" is 11)
    destroyed = [c for c in totals if _verb_for(c, m, text, lex) == "destroyed"]
    if destroyed and len(destroyed) < len(totals) and m.destroy_verbs:
        totals = destroyed
    values = {c.number.value for c in totals if c.weapon is None or c.weapon.model is None}
    types = [c.weapon.type for c in totals if c.weapon is not None and c.weapon.type not in NOT_IN_TOTALS]
    # (the same count told twice is one count; "seven missiles and seven drones" are 14)
    # (nor are a count and another of its type joined by "and": "9 attack drones and a reconnaissance UAV")
    joined = any(_patterns(lex)["and_one"].fullmatch(text, a.end, min(b.number.start, b.weapon.start))
                 for a, b in zip(totals, totals[1:], strict=False) if a.weapon is not None and b.weapon is not None
                 and a.weapon.type == b.weapon.type and a.end <= b.number.start)
    value = values.pop() if len(values) == 1 and not joined \
        and not (len(types) == len(totals) > 1 and len(set(types)) == len(types)) \
        else sum(c.number.value for c in totals)
    if _patterns(lex)["and_elsewhere"].match(text, group[-1].hit.end) or any(
            _patterns(lex)["percent_of"].search(text, max(0, c.number.start - 40), c.number.start)
            and not _patterns(lex)["share_whole_downed"].match(text, c.number.end) for c in totals):
        value = None  # "… downed over Crimea and western parts of the country": Crimea's share is not told
        # (nor a share's: "a third of the 45 drones launched overnight were destroyed over the Kharkiv region")
    places = tuple(r.place for r in group)
    start = min(group[0].hit.start, min(c.number.start for c in totals))
    end = max(group[-1].hit.end, max(c.end for c in totals))
    if len(places) > 1 and len(totals) == 1 and _patterns(lex)["each_prefix"].search(
            text, max(0, totals[0].number.start - 20), totals[0].number.start):
        # "На Полтавщині та Сумщині збили по одній ракеті", "… по крилатій ракеті": one over each, so the
        # places' counts are the claim's (not a total of them all)
        return [breakdown.Item(start, end, value, places, True, False, weapon=True,
                               number_start=totals[0].number.start)]
    # (one count: where it is written, so that a count told as more is seen as such: "Над Одещиною вдень збили
    # ще сім дронів" after the night's total is no part of it)
    return [breakdown.Item(start, end, value, places, False if len(places) > 1 else None, False,
                           weapon=True, summary=True, number_start=totals[0].number.start if len(totals) == 1 else -1)]


_LETTER = re.compile(r"[^\W\d_]")


def _subject_between(text: str, count: Count, first: Resolution, opened: int, m: Mentions, lex: ModuleType) -> bool:
    """"Дев'ять дронів бійці зенітного полку, мобільні вогневі групи та авіація знищили на Херсонщині": the count told
    first as the object, its subject between (a comma inside it), and the destroy verb after the subject's
    last comma, right before the places: where the count was downed, not a place of another clause (no
    number between, no word of a part, no destroy verb before the count)."""
    comma = text.rfind(",", count.end, opened)
    # (a subject's word between the count and its first comma: not the count's own apposition or relative
    # clause, "Дві ракети «Калібр», яку Росія запустила …, збили в …", "10 drones, or …, had been shot down over")
    if comma < 0 or not _LETTER.search(text, count.end, text.find(",", count.end, opened)) \
            or _patterns(lex)["partial_word"].search(text, count.end, first.hit.start) \
            or any(count.end <= n.start < first.hit.start for n in m.numbers):
        return False
    if any(a < count.number.start for a, _ in m.destroy_verbs):
        return False
    if any(comma < a < first.hit.start for a, _ in m.destroy_verbs):
        return True
    # (or the verb first, right after the count, then its subject, the defenders: "Сім безпілотників збили
    # винищувальна авіація, зенітні ракетні війська, мобільні вогневі групи в межах …")
    # (each piece of the list after its commas a defender too: not "…, обломки упали на …", another clause)
    verb = next(((a, b) for a, b in m.destroy_verbs if count.end <= a), None)
    if verb is None or not verb[1] < text.find(",", count.end, opened) \
            or _NEAR_VERB.fullmatch(text, count.end, verb[0]) is None:
        return False
    defenders = _patterns(lex)["defenders_after_verb"]
    return defenders.match(text, verb[1]) is not None and all(
        defenders.match(text, k + 1) is not None for k in range(verb[1], opened) if text[k] == ",")


def _including_uncounted(text: str, count: Count, first: Resolution, m: Mentions, lex: ModuleType) -> bool:
    """"… 31 drones, including over the Kursk and Oryol regions": the places right after "including"
    (and its "over", "in"), with no number between the count and them."""
    x = _patterns(lex)["including_then"].search(text, count.end, first.hit.start)
    # (a number of the regions before "including" counts no weapons: "18 drones in several regions, including …")
    some = _patterns(lex)["regions_including"].search(text, count.end, first.hit.start)
    if x is None or any(count.end <= n.start < first.hit.start and not (some and some.start() <= n.start < some.end())
                        for n in m.numbers):
        return False
    y = _patterns(lex)["downed_in"].match(text, x.end() - 1) if text[x.end() - 1].isspace() else None
    return not text[(y.end() if y is not None else x.end()) : first.hit.start].strip()


def _across_clauses(text: str, group: list[Resolution], totals: list[Count]) -> bool:
    """A semicolon between the counts and the places (the group is after all of them, or before)."""
    first = min(c.number.start for c in totals)
    last = max(c.end for c in totals)
    if group[0].hit.start >= last:
        return text.find(";", last, group[0].hit.start) >= 0
    if group[-1].hit.end <= first:
        return text.find(";", group[-1].hit.end, first) >= 0
    return False


def _towards_of_total(text: str, totals: list[Count], res: list[Resolution], m: Mentions,
                      lex: ModuleType) -> list[breakdown.Item]:
    """"За минувшие сутки на подлете к Москве уничтожены 17 БПЛА": the one place the sentence's
    only count was flying towards, written before it (a note item: downed over the city's region)."""
    if len(totals) != 1 or not m.destroy_verbs:
        return []
    pattern = _patterns(lex)["towards_before"]
    found = [(r, x) for r in res if r.place is not None and r.place.kind != "country"
             and (x := pattern.search(text, max(0, r.hit.start - 40), r.hit.start))]
    c = totals[0]
    if not found:
        # "на підльоті до Києва знищено 14 цілей": downed on the approaches to a city that is a region of its own
        # (not one whose ring the flight towards it names: Moscow's), over the city or the region around it,
        # one count over both
        # The count must be the place's own: in one clause with it (no comma, colon or semicolon between: not
        # "50 по всій країні, зокрема на підльоті до Києва", "…; частину збили навколо Києва", nor a figurative
        # "Навколо Києва неспокійно: … збили 50"), no part of it named between, and no count over the whole country.
        # (Sevastopol's approaches are the city's alone, as its reports count them: no Crimea.)
        approached = [(r, x) for r in res if r.place is not None and r.place.iso in CITY_REGIONS
                      and r.place.iso not in RING_CITIES
                      and (x := _patterns(lex)["approach_before"].search(text, max(0, r.hit.start - 40), r.hit.start))]
        if len(approached) == 1 and len([r for r in res if r.place is not None and r.place.kind != "country"]) == 1:
            r, x = approached[0]
            between = text[r.hit.end : c.number.start] if r.hit.end <= c.number.start else text[c.end : x.start()]
            if (re.search(r"[,;:]", between) is None and _patterns(lex)["including"].search(between) is None
                    and _patterns(lex)["nationwide"].search(text) is None):
                return [breakdown.Item(min(r.hit.start, c.number.start), max(r.hit.end, c.end), c.number.value,
                                       (r.place,), None, False, weapon=c.weapon is not None,
                                       number_start=c.number.start, summary=True,
                                       surroundings=r.place.iso not in APPROACH_CITY_ONLY)]
            return []
    if len(found) != 1:
        return []
    r, x = found[0]
    if r.hit.end > c.number.start:
        return []  # (a count before its flying-towards place is the breakdown's to read)
    return [breakdown.Item(min(x.start(), c.number.start), max(r.hit.end, c.end), c.number.value, (r.place,), None,
                           False, note=text[x.start() : r.hit.end], weapon=c.weapon is not None,
                           number_start=c.number.start, summary=True)]


def _told_weapons(before: Mentions | None, lex: ModuleType) -> bool:
    """Whether the sentence before told the weapons (so "Several more were destroyed in Aa" is more of them):
    it names a weapon, or them again ("They were downed over …", "31 of them were destroyed …", "Dozens more
    …"), or destroyed nothing. Not some other thing destroyed: "Three tanks were destroyed near Bb", "In Cc,
    three houses were destroyed" (the more are tanks, houses)."""
    if before is None or before.weapons or not before.destroy_verbs:
        return True
    text = before.sentence.text
    if _patterns(lex)["told_destroyed"].match(text) or _patterns(lex)["some_more_destroyed"].match(text):
        return True
    return any(c.weapon is None and _patterns(lex)["of_them_after"].match(text, c.number.end) for c in before.counts)


def _uncounted_places(text: str, res: list[Resolution], m: Mentions, lex: ModuleType, gaz: Gazetteer,
                      told: bool = False, they: bool = False, before: Mentions | None = None) -> list[breakdown.Item]:
    """"Attack drones were downed in the Sumy, Odesa and Mykolaiv regions", "Дрони збивали у
    Київській, Сумській … областях", after a count "Відбулося це у межах … областей": where they
    were destroyed, with no count: one item of null count. Debris, damage and hits name where
    something fell, not where it was downed. ``they``: the weapons destroyed are the ones just told
    ("Усі вони були знищені над …"), though the sentence names none."""
    anaphora = _after_count_anaphora(text, m, lex) if told else None
    if anaphora is not None and before is not None and not before.destroy_verbs \
            and not any(c.weapon is not None for c in before.counts) and _patterns(lex)["alert"].search(before.sentence.text):
        # ("Повітряна тривога тривала ще у шести областях. Йдеться про A, B … області": the places the sentence
        # before told an alert in, not where the weapons counted were downed)
        return []
    verb = anaphora.start() if anaphora else (m.destroy_verbs[0][0] if m.destroy_verbs else None)
    one = False
    if verb is None or not (they or m.weapons or m.claimants or anaphora or _patterns(lex)["units"].search(text)
                            or _patterns(lex)["attacks_repelled"].search(text)
                            or told and _patterns(lex)["some_more_destroyed"].match(text) and _told_weapons(before, lex)):
        # (what was destroyed: a weapon, a unit word, "Также аппараты перехватывали в …", the attacks
        # told repelled: "Также атаки были отражены в …", some more of the ones told: "Dozens more were
        # intercepted over …")
        return []
    if any(k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex)):
        # "wreckage of a drone downed in Odesa Oblast", "уламки збитого над Київщиною дрона": the
        # debris fell somewhere, but the region right after the participle is where it was downed
        downed = [r for a, b in m.destroy_verbs for r in res if r.place is not None and _is_region(r.place)
                  and _patterns(lex)["downed_in"].fullmatch(text, b, r.hit.start)]
        if not downed or anaphora is not None:
            return []
        verb = next(a for a, b in m.destroy_verbs if b <= downed[0].hit.start)
    elif any(_patterns(lex)["one_article"].search(text, max(0, w.start - 40), w.start)
             and _patterns(lex)["single_weapon"].fullmatch(text, w.start, w.end)
             and not _patterns(lex)["not_one_after"].search(text, max(0, w.start - 60), w.start) for w in m.weapons):
        # "an enemy UAV was shot down": a count of one, not a place without a count (not "a number of
        # drones", "a few drones", "a couple of drones": the article of a quantity, and the weapon plural;
        # nor one that counts none: "a video of a drone being shot down over X" shows a downing over X)
        # (after a count told, "In the Aa district of the Bb region, air defence intercepted a Shahed": one of
        # them, downed there, a place's count of one)
        if not told or anaphora is not None:
            return []
        one = True
    # ("Кроме Херсонской области, дроны уничтожены над Тульской и Рязанской областями": the places
    # the sentence opens with "besides" are where they were downed too, with the ones after the verb)
    x = _patterns(lex)["besides_opening"].match(text)
    besides = [r for r in res if r.place is not None and _is_region(r.place) and r.hit.end <= x.end()] \
        if x is not None and x.end() <= verb else []
    res = [r for r in res if r not in besides]
    group = _place_group(text, res, m, lex, verb, anaphora is not None)
    if not group and anaphora is None:
        # "ПВО сбили несколько беспилотников на подлёте к Курску", "При подлёте к Курску … сбили": the one
        # place they were downed approaching, before the verb or after it (as a count told so is kept:
        # see _towards_of_total)
        approach = [r for r in res if r.place is not None and r.place.kind != "country"
                    and _patterns(lex)["approach_before"].search(text, max(0, r.hit.start - 40), r.hit.start)]
        if len(approach) != 1:
            return []
        group = approach
    elif not group:
        return []
    elif (later := _place_group(text, [r for r in res if r.hit.start > verb], m, lex, verb, anaphora is not None)
          if group[0].hit.start < verb else []) \
            and _patterns(lex)["over_before"].search(text, max(0, later[0].hit.start - 60), later[0].hit.start):
        # "In the Kursk region, an emergency was declared, and air defences destroyed several drones over the
        # Bryansk region": the place the sentence opens with is not where they were downed, the one "over"
        # after the verb is
        group = later
    elif group[0].hit.start < verb:
        # "Над территорией Белгородской области отражена атака беспилотников": the sentence opens with them
        # ("Силами ПВО в трёх районах области отражена атака БПЛА": "in", after the defences)
        over = _patterns(lex)["over_before"].search(text, max(0, group[0].hit.start - 60), group[0].hit.start)
        opened = (over is not None and _patterns(lex)["opening"].fullmatch(text, 0, over.start())) \
            or _patterns(lex)["repelled_in_opening"].fullmatch(text, 0, group[0].hit.start)
        # (a district's own region right after it is no other place: "В Клинцовском районе Брянской области
        # работала ПВО, сбиты …")
        # (nor a town that only locates the place: "Над морем возле Одессы сбиты несколько дронов")
        if not opened or any(group[-1].hit.end <= r.hit.start < verb for r in res if r.place is not None
                             and not _its_region_after(text, group[-1], r, lex)
                             and not _patterns(lex)["reference_gap"].fullmatch(text, group[-1].hit.end, r.hit.start)
                             # (nor the town whose approaches in that region they were downed on: "У … області на
                             # підступах до міста … знищено")
                             and not _patterns(lex)["approach_before"].search(text, max(0, r.hit.start - 40), r.hit.start)):
            return []
    if besides and group[0].hit.start > verb:
        group = [*besides, *group]
    places = tuple(_region_of(r.place, gaz, False) for r in group)  # "над Києвом": the city region
    # "Над Брянском … сбиты беспилотники": downed over a town, so over its region (as a count over
    # a town is kept as its region's)
    places = tuple(dict.fromkeys(
        (gaz.region(p.iso) or p) if p.kind == "locality" and p.iso and gaz.in_theatre(p) else p for p in places))
    if any(not _is_region(p) for p in places):
        return []
    # ("over several areas, including the Sumy region": some of them there, not all of them, however few
    # places are named)
    some = bool(_patterns(lex)["over_regions_including"].search(text, max(0, group[0].hit.start - 80), group[0].hit.start))
    # (nor where most or some of them were: "Most drones were downed over the Odesa region", "Більшість шахедів
    # збили у Києві": the place of a share, never the whole told)
    some = some or bool(_patterns(lex)["partial_word"].search(text, 0, group[0].hit.start))
    if one and len(places) != 1:
        return []
    return [breakdown.Item(group[0].hit.start, group[-1].hit.end, 1 if one else None, places, None, some)]


def _its_region_after(text: str, place: Resolution, r: Resolution, lex: ModuleType) -> bool:
    """``r`` is the region the district or town just before it lies in, written right after it
    ("в Клинцовском районе Брянской области", "the Klintsy district, Bryansk region", "the Klintsy district of
    the Bryansk region"): no other place."""
    return place.place is not None and r.place is not None and _is_region(r.place) \
        and place.place.kind in ("district", "locality") and place.place.iso == r.place.iso \
        and (not text[place.hit.end : r.hit.start].strip(" ,")
             or bool(_patterns(lex)["unit_of"].fullmatch(text, place.hit.end, r.hit.start)))


def _after_count_anaphora(text: str, m: Mentions, lex: ModuleType) -> re.Match[str] | None:
    """After a count, a sentence of no count whose regions are where the weapons just counted were
    destroyed: "Відбулося це у межах … областей", and the units that downed them engaged there ("для
    відбиття атаки застосовувалися … на території … областей", "Для ліквідації дронів було залучено …
    у межах … областей"). Not where air defence was active ("ППО працювала в … областях",
    "Противовоздушная оборона работала в …", "air defence operated in eight regions": uk-f11-14,
    ru-f10-11, en-f10-07). Read so only while the claim names no other place (see _add_uncounted)."""
    pats = _patterns(lex)
    return (may_match(m.words, lex, "place_anaphora") and pats["place_anaphora"].search(text)) \
        or (may_match(m.words, lex, "units_engaged") and pats["units_engaged"].search(text)) or None


_CLAUSE_END = re.compile(r"[,;:.!?]")


_DOWNINGS_LEAD = 30  # (the words before the verb read for "Є збиття", "there are targets downed")


def _own_region_uncounted(m: Mentions, text: str, res: list[Resolution], lex: ModuleType, gaz: Gazetteer,
                          speaker: Claimant | None, context: str | None = None,
                          counted: bool = False, national: bool = False,
                          told: list[str] | None = None) -> breakdown.Item | None:
    """"A large number of drones were destroyed over the region", "в небі над областю збивали
    безпілотники", with no count: the region of the official telling it, or the one region the
    sentence names ("на Полтавщині … над областю"), as a place where they were destroyed (an
    item of null count)."""
    # ("Росія атакувала … дронами й ракетами. Частину з них збили сили ППО": them, with no weapon word)
    # ("Є збиття.": downings, no weapon word, in a regional official's words: the same, some of them)
    part = not m.weapons and bool(m.destroy_verbs) \
        and (_patterns(lex)["part_of_them"].search(text, 0, m.destroy_verbs[0][0]) is not None
             or _patterns(lex)["downings_told"].search(text, max(0, m.destroy_verbs[0][0] - _DOWNINGS_LEAD),
                                                       m.destroy_verbs[0][1]) is not None)
    if not m.destroy_verbs or not (m.weapons or part):
        return None
    # (Kyiv's city head's "усі дрони знищені" after "дрони летіли у напрямку Києва" (``told``: the sentence and the
    # one before it in its paragraph, regions._with_one_before): flying towards his city, downed nowhere he says)
    area = _own_area(speaker.region, _towards_capital(told or [text], lex)) \
        if speaker is not None and speaker.region else None
    x = _own_region_pattern(lex).search(text)
    # (a negation in the downing's clause: not "Ворожі цілі знищені, постраждалих немає")
    clause = _CLAUSE_END.search(text, m.destroy_verbs[0][1])
    if _patterns(lex)["negation"].search(text, 0, clause.start() if clause else len(text)):
        return None
    if x is None:
        # "силы ПВО уничтожили большинство «шахедов»", in a regional official's words with no place
        # named at all: his region (never a national figure: a sentence with a count is not read here)
        regional = speaker is not None and speaker.region and speaker.kind in ("governor", "official", "authorities")
        # (the places of his own region the hits were in: "Частину з них збили сили ППО, але зафіксовані
        # влучання … у Кременчуцькому й Лубенському районах")
        # (a picture of one being downed, shown by him: "showed a video of a drone being shot down on its
        # approach to the city", the town named in its own region)
        picture = any(_patterns(lex)["picture_of"].search(text, max(0, w.start - 60), w.start) for w in m.weapons)
        own_places = (part or picture) and regional and all(
            r.place is None or r.place.iso == area for r in res)
        # (some of them, or all: "большинство «шахедов»", "Ворожі цілі знищені", "сбиты вражеские БПЛА";
        # not one: "збили ворожий безпілотник")
        if (res and not own_places) or national or not (regional or context) \
                or not (part or picture or any(_patterns(lex)["uncounted_before"].search(text, max(0, w.start - 60), w.start)
                            for w in m.weapons)
                        or (not counted and not any(k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex))
                            and any(not _singular(text, w, _patterns(lex)) for w in m.weapons))):
            # (the downed weapons of debris: "уламки збитих цілей пошкодили будинок" tells where it fell)
            return None
        region = gaz.region(area or "" if regional else context)
        if region is None:
            return None
        a, b = m.destroy_verbs[0]
        return breakdown.Item(a, b, None, (region,), None, False)
    named = {r.place.iso for r in res if r.place is not None and r.place.kind == "admin1" and r.place.iso}
    iso = named.pop() if len(named) == 1 else None
    if iso is None and speaker is not None and speaker.region and not named:
        iso = area
    if iso is None and not named:
        iso = context  # ("Киевская область подверглась удару. Силы ПВО в регионе уничтожили все цели.")
    region = gaz.region(iso or "")
    if region is None:
        return None
    return breakdown.Item(x.start(), x.end(), None, (region,), None, False)
