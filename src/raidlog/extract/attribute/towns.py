"""The town of incidents and repelled attacks whose sentence names none: the headline's town,
the region's centre, the towns of the sentence before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from types import ModuleType

from raidlog.extract import breakdown
from raidlog.extract.attribute.cues import _incident_kinds, _patterns
from raidlog.extract.attribute.drafts import (
    UNATTRIBUTED,
    Attribution,
    ClaimDraft,
    IncidentDraft,
    _SentenceIndex,
)
from raidlog.extract.attribute.sites import _after_site_cue
from raidlog.extract.mentions import Mentions
from raidlog.extract.places import PlaceHit
from raidlog.extract.resolve import Resolution
from raidlog.extract.spans import covering
from raidlog.geo import CITY_REGIONS, RING_CITIES, Gazetteer, name_key, named_as_its_region
from raidlog.geo.names import split_type
from raidlog.lexicon import may_match
from raidlog.model import Claimant, Place, unique_places


def _local_towns(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """The sentence's Russian and Ukrainian towns and districts that may be where something happened:
    not an official's ("мэр Москвы": who speaks), not a flight's direction ("на подлёте к Москве")
    nor a launch site ("з напрямків — Курськ, Брянськ")."""
    # (a place inside an office asked by bisection, not by a scan of all the offices for each place)
    in_role = covering([(p.role_start, p.role_end) for p in m.people])
    towards = _patterns(lex)["towards_before"]
    sites = {id(p) for p in _after_site_cue(m, res, lex)}
    return [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
            and r.place.country in ("RU", "UA") and not in_role(r.hit.start)
            and id(r.place) not in sites
            and not towards.search(m.sentence.text, max(0, r.hit.start - 40), r.hit.start)]


def _headline_towns(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """The one town, district or hromada a headline that tells of damage, fire, debris, hits or
    casualties names (not an official's, nor a flight's direction or a launch site)."""
    if not set(_incident_kinds(m, lex)) & {"damage", "fire", "debris", "hit", "casualties"}:
        return []  # ("UAVs were said to be approaching the capital, Moscow": no event there)
    places = _local_towns(m, res, lex)
    return places if len({p.id for p in places}) == 1 else []


def _headline_town_of_incidents(out: Attribution, mentions: list[Mentions],
                                resolutions: list[list[Resolution]]) -> None:
    """"Обломки дрона повредили гараж в Рыльске" as the headline, then a body that tells the damage
    without naming the town ("Во дворе частного дома повреждён забор"): when no incident of the
    body names a town or district, the damage, fire, debris and hits it tells happened in the
    headline's one town (not one told after a sentence of its paragraph that names another region:
    "Ночью беспилотники атаковали Белгородскую область. … Ранен мужчина" under a Kursk headline;
    that region is the place of an incident with none of its own)."""
    if not out.headline_towns or any(p.kind in ("locality", "district") for inc in out.incidents for p in inc.places):
        return
    iso = out.headline_towns[0].iso
    holding = _SentenceIndex(mentions)
    other_from: dict[int | None, tuple[int, Place]] = {}  # a paragraph's first sentence naming another region
    for k, (m, res) in enumerate(zip(mentions, resolutions, strict=True)):
        other = next((r.place for r in res if r.place is not None and r.place.kind == "admin1"
                      and r.place.iso not in (None, iso)), None)
        if other is not None and not m.sentence.is_title and m.sentence.paragraph not in other_from:
            other_from[m.sentence.paragraph] = (k, other)

    def region_told(inc: IncidentDraft) -> Place | None:
        for a, _ in inc.evidence:
            k = holding.sentence_of(a)
            told = other_from.get(mentions[k].sentence.paragraph) if k is not None else None
            if told is not None and told[0] <= k:
                return told[1]
        return None

    for inc in out.incidents:
        if set(inc.kinds) & {"damage", "fire", "debris", "hit", "casualties"} \
                and all(p.iso in (None, iso) for p in inc.places if p.kind == "admin1"):
            region = region_told(inc)
            inc.places = [*out.headline_towns, *inc.places] if region is None else inc.places or [region]


def _region_centre_of_incidents(out: Attribution, mentions: list[Mentions], lex: ModuleType, gaz: Gazetteer) -> None:
    """"Один із дронів ударив по складу в обласному центрі", told by the head of
    the Kherson administration: the region's centre, a town the region is named after, is Kherson.
    The region is the one region the incident names ("В Курской области беспилотник атаковал
    областной центр", told by the Belgorod governor: Kursk, another region's event keeps its region),
    else the reporter's."""
    centre = re.compile(lex.REGION_CENTRE, re.IGNORECASE)
    holding = _SentenceIndex(mentions)
    # beside a district, the capital is one more place of the same list: joined to a place the sentence names by
    # "and" and a preposition or two ("над Алексинским районом и на окраине столицы региона"), not a capital
    # told in a clause of its own ("в столице региона прошло совещание, а беспилотник сбит над … районом")
    joined = re.compile(rf"[\s,]*{lex.AND}\s+(?:[^\W\d]+\s+){{0,3}}", re.IGNORECASE)

    def coordinated(m: Mentions, c: re.Match) -> bool:
        text = m.sentence.text
        return any(joined.fullmatch(text, h.end, c.start()) or joined.fullmatch(text, c.end(), h.start)
                   for h in m.places)

    def told(a: int, b: int, before_too: bool = True) -> bool:  # the sentences of one evidence span
        k = holding.sentence_of(a)
        if k and before_too:
            # (or a downing told there just before: "Беспилотник сбит на подлете к областному центру.
            # Пострадавших нет.": the incident of that downing)
            before = mentions[k - 1]
            if before.destroy_verbs and before.sentence.paragraph == mentions[k].sentence.paragraph \
                    and not before.sentence.is_title and centre.search(before.sentence.text):
                return True
        while k is not None and k < len(mentions) and mentions[k].sentence.start < b:
            if any(before_too or coordinated(mentions[k], c) for c in centre.finditer(mentions[k].sentence.text)):
                return True
            k += 1
        return False

    for inc in out.incidents:
        # (beside a district of the region too, told in the incident's own words: "сбили над Боровским округом и на
        # окраине столицы региона"; not a downing "в 30 км до областного центра" told the sentence before)
        beside = [p for p in inc.places if p.kind in ("locality", "district")]
        if any(p.kind == "locality" for p in beside) or (beside and len({p.iso for p in beside}) != 1) \
                or not any(told(a, b, not beside) for a, b in inc.evidence):
            continue
        named = {p.iso for p in inc.places if p.kind in ("admin1", "district") and p.iso}
        iso = named.pop() if len(named) == 1 else inc.reporter.region
        region = gaz.region(iso) if iso else None
        stem = split_type(name_key(region.name)) if region is not None else None
        town = next((p for p in gaz.lookup(stem[0], kinds={"locality"}) if p.iso == iso), None) if stem else None
        if town is not None:
            inc.places = [town, *inc.places]
            for st in inc.statements:
                if not st.places:
                    # its victims were in that town (not details of a figure told for other places)
                    st.places, st.regions = frozenset({town.name.lower()}), frozenset({town.iso})
                    st.local, st.regional = True, False


def _untold_places(before: tuple[Mentions, list[Resolution]] | None, out: Attribution, s,
                   lex: ModuleType) -> list[Place]:
    """The towns, districts and hromadas of the sentence just before, of the same paragraph,
    when that sentence told nothing (no claim, no incident): an incident told next without
    places of its own happened there."""
    if before is None:
        return []
    m, res = before
    if m.sentence.paragraph != s.paragraph or m.sentence.is_title:
        return []
    places = _local_towns(m, res, lex)
    if m.sentence.index in out.used:
        # "В Севастополе утром сбили три беспилотника. Обломки упали, загорелась сухая трава":
        # the debris of a count told over one town fell there (of several, nobody can say which);
        # an incident's sentence goes on by itself ("Nobody was hurt.")
        # (looked for from the end, where the sentence just before stands: a claim told again in each sentence
        # gathers the whole document's evidence, scanned from its start for each sentence, square)
        counted = out.claims and any(a == m.sentence.start for a, _ in reversed(out.claims[-1].evidence))
        if counted and _launch_only(out.claims[-1]) and out.incident_at[0] != m.sentence.index:
            # "… про ракету, яка летіла на Дніпро та Кам'янське. Згодом у місті пролунав вибух": a launch
            # told (none downed, no incident of its own) names its targets, where what is told next happened
            out.untold_counted = False
            return places
        out.untold_counted = bool(counted)
        return places if counted and len({p.id for p in places}) == 1 else []
    out.untold_counted = False
    return places


def with_unit_anaphors(mentions: list[Mentions], resolutions: list[list[Resolution]],
                       lex: ModuleType) -> list[list[Resolution]]:
    """"В A-ском и B-ском районах — отбой угрозы. Над территорией этих двух муниципалитетов сбиты три
    беспилотника", "… Over these districts, two drones were downed": the units a demonstrative or a
    number counts again are the towns and districts of the nearest sentence before that named any (as
    many as the number says; one for "this district"), read as if named there. A threat told of them
    stays no event: only what the sentence of the anaphor tells happens there. (One walk over the
    sentences, the last places kept.)"""
    pats = _patterns(lex)
    told: tuple[Mentions, list[Resolution]] | None = None  # the last sentence that named a town or district
    out: list[list[Resolution]] = []
    for m, res in zip(mentions, resolutions, strict=True):
        found: list[Resolution] = []
        x = None
        if told is not None and not m.sentence.is_title and may_match(m.words, lex, "units_anaphor"):
            x = pats["units_anaphor"].search(m.sentence.text)
        if x is not None and not any(r.hit.start < x.end() and x.start() < r.hit.end for r in res) \
                and (last := _local_towns(*told, lex)):
            said = x.group("a").lower()
            number = lex.UNITS_ANAPHOR_NUMBERS.get((x.group("n") or x.group("d") or "").lower())
            one = x.group("d") is not None and pats["units_anaphor_one"].match(x.group("d")) is not None
            definite = x.group("d") is not None or said.startswith("the ") or x.group("t") is not None
            units = unique_places(last)
            want = number if number is not None else 1 if one else None
            if definite and (len(units) == want if want is not None else len(units) > 1):
                a, b = x.span("a")
                hit = PlaceHit(a, b, m.sentence.text[a:b], tuple(last))
                found = [Resolution(replace(hit, candidates=(p,)), m.sentence.start,
                                    replace(p, as_written=hit.as_written), "anaphor", context="the units named before")
                         for p in units]
        if found:
            res = sorted([*res, *found], key=lambda r: r.hit.start)
        out.append(res)
        if res and not m.sentence.is_title and any(r.place is not None and r.place.kind in ("locality", "district")
                                                    for r in res):
            told = (m, res)  # (its towns read only when an anaphor asks for them)
    return out


def _launch_only(draft) -> bool:
    """The claim tells weapons launched and none downed, nor where."""
    return draft.launched is not None and draft.destroyed is None and not draft.items \
        and all(w.destroyed is None for w in draft.weapons)


def _names_its_region(r: Resolution, counted_towns: set[str]) -> bool:
    """A count's town written bare with its region's own name ("40 over Rostov, five each over Oryol
    and Tula": Rostov Oblast's, as a ministry's list means it) is no town where they were downed;
    "over the city of Voronezh", "the port of Ust-Luga", "over Shebekino" are."""
    p = r.place
    if p is None or r.hit.type_word is not None or r.hit.city or r.hit.village or r.hit.as_written not in counted_towns:
        return False
    return named_as_its_region(p, r.hit.as_written)


def _next_group(last: Resolution, r: Resolution, res: list[Resolution], text: str, pats: dict) -> bool:
    """A semicolon goes on with a list of places grouped by region ("of the Kherson Region; and Ivanovka of
    the Kursk Region") only from a group closed by its region into one that names its region too and has no
    verb of its own ("near Ivanovka; Lesnoye reports no damage", "…; Лесное и Сосновка обстреляны": a new clause)."""
    if last.place is None or last.place.kind != "admin1":
        return False
    end = pats["group_end"].search(text, r.hit.end)
    end = end.start() if end is not None else len(text)
    if pats["clause_verb"].search(text, r.hit.start, end) is not None:
        return False
    # (its region, or one the gazetteer may not know by that spelling, "of the Nikolayev Region", read by its
    # "of the"; only the names of this group are read, so a list of many groups is read once)
    k = bisect_left(res, r.hit.start, key=lambda x: x.hit.start)
    for j in range(k + 1, len(res)):
        b, o = res[j - 1], res[j]
        if o.hit.start >= end:
            break
        if o.place is not None and o.place.kind == "admin1" or text[b.hit.end : o.hit.start].strip(" ,") \
                and pats["town_region_gap"].fullmatch(text, b.hit.end, o.hit.start):
            return True
    return False


def _repelled_at(out: Attribution, m: Mentions, res: list[Resolution], lex: ModuleType, offset: int,
                 reporter: Claimant | None, items: list[breakdown.Item] = (),
                 claim: ClaimDraft | None = None) -> bool:
    """Where weapons were destroyed, below the region a count is keyed by: "над Курском и Курским
    районом сбиты 12", "destroyed two UAVs over the Vygonichsky district", "сбили дрон в районе
    деревни Салово": an ``attack_repelled`` incident at those towns and districts. Not where debris
    fell or what was hit (the sentence's own incident tells those), nor where the weapons came
    from or flew towards (no "over"/"in" right before the name)."""
    text = m.sentence.text
    if any(k in ("debris", "damage", "hit", "fire", "casualties") for k in _incident_kinds(m, lex)):
        return False
    pats = _patterns(lex)
    sites = {id(p) for p in _after_site_cue(m, res, lex)}
    # the places a breakdown read as regions ("25 over Bryansk, 23 over Rostov")
    regional = {p.as_written for it in items for p in it.places if p.kind == "admin1" and p.as_written}
    # the bare towns a count is told over ("six each over Kursk and Voronezh"): the claim keeps the
    # count as the region's (pipeline._town_region); see _names_its_region
    counted_towns = {p.as_written for it in items if it.count is not None and not it.subset
                     for p in it.places if p.kind == "locality" and p.as_written}
    # (and, in a sentence whose counts are keyed by regions, a bare town named as its region that no item
    # counts as a town: "four over the Oryol and Tver regions, and five were destroyed in Smolensk")
    subset_towns = {p.as_written for it in items if it.subset for p in it.places if p.kind == "locality"}
    verbs = sorted([(a, True) for a, _ in m.destroy_verbs] + [(a, False) for a, _ in m.launch_verbs])
    places: list[Place] = []
    approached: list[Place] = []
    last: Resolution | None = None
    for r in res:
        p = r.place
        if last is not None and p is not None and p.kind == "admin1" and pats["bracketed"].match(text, r.hit.start - 1) \
                and pats["bracket_close"].match(text, r.hit.end):
            # "в районе Токмака (Запорожская область), Береговки (Херсонская область) и Алешек": a town's region in
            # brackets, its qualifier, and the list goes on after it (past a village the gazetteer lacks)
            last = r
            continue
        if last is not None and p is not None and p.kind == "admin1" \
                and (last.place.iso == p.iso if last.place is not None else r.hit.type_word is not None) \
                and pats["town_region_gap"].fullmatch(text, last.hit.end, r.hit.start):
            # "in the area of Ivanovka of the Kursk Region, Lesnoye and Sosnovka of the Belgorod Region", "в районе
            # Ивановки Луганской Народной Республики, Лесного и …": a town's region right after it is its
            # qualifier, and the list goes on after it
            last = r
            continue
        if p is not None and (id(p) in sites or p.kind not in ("locality", "district", "admin1")
                              or p.country not in ("RU", "UA") or r.hit.as_written in regional
                              or _names_its_region(r, counted_towns)
                              or regional and r.hit.as_written not in subset_towns
                              and _names_its_region(r, {r.hit.as_written})):
            last = None
            continue
        # the verb the place goes with: the last before it, else the first after it ("launched 15
        # attacks, targeting infrastructure in Kherson" names a target, not where they were downed)
        before = bisect_left(verbs, r.hit.start, key=lambda v: v[0])  # verbs[:before] start before it
        after = bisect_right(verbs, r.hit.start, lo=before, key=lambda v: v[0])  # verbs[after:] after it
        if verbs and not (verbs[before - 1][1] if before else verbs[after][1]):
            last = None
            continue
        # (units counted again, "над этими двумя районами": the anaphor is read with its word of where)
        cued = r.method == "anaphor" or pats["interception_cue"].search(text, max(0, r.hit.start - 40), r.hit.start) is not None
        joined = last is not None and pats["joined_town"].fullmatch(text, last.hit.end, r.hit.start) is not None \
            and (";" not in text[last.hit.end : r.hit.start] or _next_group(last, r, res, text, pats))
        # the district right after the place, whose it is ("над селом Головчино Грайворонского городского округа")
        qualifying = last is not None and p is not None and p.kind == "district" and last.place is not None \
            and last.place.kind == "locality" and not text[last.hit.end : r.hit.start].strip()
        if cued or joined or qualifying:  # (a name not resolved still links the list: "в Сакському і Бахчисарайському")
            # a district of a city that is a region is below that region ("над Подільським районом"); the
            # city itself is where they were downed only on its approaches ("on approaches to Kyiv": near
            # it, no count over the city; Moscow's approaches are its region's, RING_CITIES)
            near = p is not None and p.kind == "locality" and p.iso in CITY_REGIONS and p.iso not in RING_CITIES \
                and pats["approach_before"].search(text, max(0, r.hit.start - 40), r.hit.start) is not None
            if p is not None and p.kind != "admin1" and (p.iso not in CITY_REGIONS or p.kind == "district" or near):
                places.append(p)
                if near:
                    approached.append(p)
            last = r
        else:
            last = None
    if not places:
        return False
    out.incidents.append(IncidentDraft(["attack_repelled"], list(unique_places(places)), reporter or UNATTRIBUTED,
                                       None, None, text, [(offset, offset + len(text))], claim=claim,
                                       near=approached))
    return True
