"""Turning sentence mentions into claims and incidents.

A report is read in order, keeping the context a reader keeps: the claim being
told (a headline's total, then its breakdown, then its window), the last
official who spoke ("the governor did not specify …"). A claim statement with
a new scope ("earlier", "the previous night", "over the past week") or a
different total starts a new claim; a repeat (the headline) joins the one told.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from types import ModuleType

from raidlog.extract import breakdown, casualties, claimants
from raidlog.extract.mentions import Mentions
from raidlog.extract.numbers import Number
from raidlog.extract.places import PlaceHit
from raidlog.extract.resolve import Resolution
from raidlog.extract.times import WrittenWindow
from raidlog.extract.weapons import NOT_IN_TOTALS, Count, WeaponWord
from raidlog.geo import (
    CITY_POPULATION,
    CITY_REGIONS,
    SURROUNDING,
    Gazetteer,
    name_key,
    named_as_its_region,
)
from raidlog.geo.names import split_type
from raidlog.lexicon import gates, may_match
from raidlog.lexicon.sources import SOURCE_CLAIMANTS
from raidlog.model import Claimant, Place
from raidlog.officials import Officials

gates.declare({
    "incidents": ("INCIDENTS:values",),
    "locations": ("LOCATIONS",),  # _located: every count is followed by a locations word
    # asked of every sentence that tells no claim ("это произошло …", "працює ППО …")
    "place_anaphora": ("PLACE_ANAPHORA",),
    "air_defence_at_work": ("AIR_DEFENCE_AT_WORK",),
    "new_attack": ("NEW_ATTACK",),
    "sites_header": ("LAUNCH_SITES_HEADER",),
})


UNATTRIBUTED = Claimant("Unattributed", "unknown", "unknown")


@dataclass
class WeaponDraft:
    type: str
    model: str | None
    launched: int | None = None
    destroyed: int | None = None
    evidence: list[tuple[int, int]] = field(default_factory=list)
    from_title: bool = False  # a headline's summary, replaced by the body's own list
    listed: bool = False  # one line of a list of weapons: a part of its own, never a generic count's model


@dataclass
class ClaimDraft:
    claimant: Claimant
    scope: str = "report"
    destroyed: int | None = None
    launched: int | None = None
    lost: int | None = None
    weapons: list[WeaponDraft] = field(default_factory=list)
    items: list[breakdown.Item] = field(default_factory=list)
    item_offsets: list[int] = field(default_factory=list)
    window: WrittenWindow | None = None
    window_offset: int = 0
    window_sentence: str = ""
    hedged: bool = False
    night: bool = False
    nationwide: bool = False  # told over the whole country: no regional official's own count
    from_title: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)
    launch_sites: list[Place] = field(default_factory=list)
    summed: bool = False  # the destroyed total is the sum of the weapons' counts, not a stated one
    named: bool = False  # its claimant was named in a sentence that told its counts (not inferred)
    item_kinds: dict[tuple[int, int], tuple[str, str | None]] = field(default_factory=dict)  # what an item counts
    approximate: set[str] = field(default_factory=set)  # slots told as a rounded figure ("over 100"): the exact one wins


@dataclass
class IncidentDraft:
    kinds: list[str]
    places: list[Place]
    reporter: Claimant
    injured: int | None
    killed: int | None
    description: str
    evidence: list[tuple[int, int]]
    statements: list[casualties.Statement] = field(default_factory=list)  # its casualty figures
    locations: int | None = None  # "hits at 8 locations": how many places the text counts
    claim: ClaimDraft | None = None  # where that claim's weapons were downed: its claimant reports it


@dataclass
class Attribution:
    claims: list[ClaimDraft] = field(default_factory=list)
    incidents: list[IncidentDraft] = field(default_factory=list)
    officials: list[claimants.OfficialClaimant] = field(default_factory=list)
    official_offsets: list[int] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # sentences that carry a fact
    pending_window: tuple[WrittenWindow, int, str] | None = None
    speaker: Claimant | None = None  # the last organisation named ("Russian Defence Ministry, Telegram:")
    reporter: Claimant | None = None  # the last official named (a governor's post speaks for him)
    reporter_paragraph: int = -1
    reporter_sentence: int = -2
    reporter_town: list[Place] = field(default_factory=list)  # the town a mayor's office names
    vague: frozenset[str] = frozenset()  # claimants named only vaguely (lex.VAGUE_CLAIMANTS)
    background_paragraph: int = -1  # "Напомним, …": the rest of the paragraph tells earlier events
    published: date | None = None
    author: Claimant | None = None  # the post's author, from a header or a signature line
    administrations: list[tuple[int, Claimant]] = field(default_factory=list)  # "повідомляє пресслужба КМВА"
    channel: Claimant | None = None  # the official channel or site the document comes from
    weapon_list: tuple[ClaimDraft | None, str, Claimant | None] | None = None  # "застосував таке озброєння:"
    untold: list[Place] = field(default_factory=list)  # the towns of the sentence before, which told nothing of them
    voice: tuple[Claimant, int] | None = None  # the last person or organisation named, and where
    incident_at: tuple[int, int] = (-2, -2)  # the sentence and paragraph that last told an incident
    untold_counted: bool = False  # … or the one town a count was told over (its debris fell there)
    headline_towns: list[Place] = field(default_factory=list)  # the one town or district a headline names
    told_days: set[tuple[int, int]] = field(default_factory=set)  # (month, day) the report's own sentences name


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> dict:
    i = re.IGNORECASE
    # a weapon's own name after its word, in quotes or with a digit: "ракету «Гром-2»", "ракету Х-101"
    weapon_name = r"(?:\s+(?:[«\"][^»\"\n]{1,24}[»\"]|[\w-]*\d[\w-]*))?"
    return gates.quicken({
        "source_last": re.compile(lex.SOURCE_LAST),
        # each kind with its own gate (a sentence the family's gate admits tells one or two kinds)
        "incidents": [(k, re.compile(p, i), gates.of_pattern(lex, p)) for k, p in lex.INCIDENTS.items()],
        "negation": re.compile(lex.NEGATION, i),
        "there_anaphor": re.compile(lex.THERE_ANAPHOR, i),
        "negation_after": re.compile(lex.NEGATION_AFTER, i),
        "unspecified": re.compile(lex.UNSPECIFIED, i),
        "threat_before": re.compile(lex.THREAT_BEFORE, i),
        "told_by_next": re.compile(lex.TOLD_BY_NEXT, i),
        "added_after_person": re.compile(lex.ADDED_AFTER_PERSON, i),
        "reporter_anaphora": re.compile(lex.REPORTER_ANAPHORA, i),
        "destroyed_bare": re.compile(rf"^\s*(?:{lex.OF_THEM})?{lex.PASSIVE_GAP}{lex.DESTROY}", i),
        "bare_participle": re.compile(lex.BARE_PARTICIPLE, i),
        "of_them": re.compile(rf"^\s+(?:{lex.OF_THEM})", i),
        "of_them_before": re.compile(rf"(?:{lex.OF_THEM})\s*,?\s+$", i),
        "part_of_told": re.compile(rf"\s+(?:{lex.PART_OF_TOLD})\b", i),
        # "сбили девять аппаратов, четыре из которых летели на Москву": a count of units that has parts
        "whole_first": re.compile(rf"[\W_]*(?:{lex.OF_TOTAL})\s+", i),
        "units": re.compile(rf"\b(?:{lex.ITEM_UNITS})", i),
        "other_counted": re.compile(lex.OTHER_COUNTED, i),
        "units_then_part": re.compile(rf"^\s+(?:{lex.ITEM_UNITS})[\s,]+[\w-]+\s+(?:{lex.OF_THEM})", i),
        # "43 … over the Moscow region, 40 of them flying towards the capital": a part, not a total
        # (an aside may stand between: "один із них, за їхніми словами, «летів на Москву»")
        "of_them_towards": re.compile(rf"^\s+(?:{lex.OF_THEM})[\s,]*(?:[^,.;:\d]{{0,40}},\s*)?[«\"“„]?"
                                      rf"(?:[\w-]+\s+){{0,2}}?(?:{lex.TOWARDS})", i),
        "verb_then_number": re.compile(rf"\s*(?:(?:{lex.OF_THEM})\s*,?\s*)?(?:{lex.DESTROY})\s*", i),
        "sentence_rest": re.compile(r"\s*[.!;]?\s*"),
        "site_cue": re.compile(rf"(?:{lex.LAUNCH_SITE_CUE})(?:\s+the\b)?", i),  # ("launched from the Kursk region")
        "place_as_actor": re.compile(lex.PLACE_AS_ACTOR, i),
        "reference_gap": re.compile(lex.REFERENCE_GAP, i),
        "generic_attack": re.compile(lex.GENERIC_ATTACK, i),
        "time_span": re.compile(lex.TIME_SPAN, i),
        "now": re.compile(r"\b" + lex.NOW_OPENING.removeprefix(r"\W*"), i),  # "today", "сегодня", anywhere
        "event_day": re.compile(lex.EVENT_DAY, i),  # "on Tuesday", "вчера", "вранці": a day's event
        "speech_time": re.compile(lex.SPEECH_TIME, i),  # "the governor said on Tuesday": when it was told
        "combined": re.compile(rf"\b(?:{lex.COMBINED_BEFORE})\b", i),  # "Всего", "Загалом", "a total of"
        "relative_span": re.compile(lex.RELATIVE_SPAN, i),  # "… that had been hit last year": the span is the clause's
        "sites_header": re.compile(lex.LAUNCH_SITES_HEADER, i),
        "over_before": re.compile(rf"(?:{lex.OVER_TOTAL})\s+(?:the\s+)?(?:(?:{lex.OVER_PARTS})\s+(?:the\s+)?)?$", i),
        "one_article": re.compile(lex.ONE_ARTICLE, i),
        "place_anaphora": re.compile(lex.PLACE_ANAPHORA, i),
        "over_regions": re.compile(rf"(?:{lex.OVER_TOTAL})\s+{lex.REGION_COUNT}", i),
        "nationwide": re.compile(lex.NATIONWIDE, i),
        "area": re.compile(lex.CITY_AREA, i),
        "region_of": re.compile(rf"\b{lex.REGION_OF}\s+$", i),
        # ("сбиты в трёх районах Брянской области": the region, some districts of it)
        "in_regions": re.compile(rf"\b(?:{lex.IN_REGIONS})\s+(?:the\s+)?(?:(?:{lex.OVER_PARTS})\s+(?:the\s+)?)?$", i),
        # what may open a sentence before its place: nothing, or when ("Overnight,", "Цієї ночі")
        # (after a reporting frame: "It added that in the Sumy region, four drones were downed")
        "opening": re.compile(rf"[\W_]*(?:{lex.OPENING_FRAME})?(?:(?:\w+\s+)?(?:{lex.NIGHT})[\s,]*)?", i),
        "repelled_in_opening": re.compile(rf"[\W_]*(?:{lex.REPELLED_IN_OPENING})\s+(?:(?:{lex.OVER_PARTS})\s+)?", i),
        "hit_count": re.compile(lex.HIT_COUNT_BEFORE, i),
        "uncounted_before": re.compile(lex.UNCOUNTED_BEFORE, i),
        "weapon_list": re.compile(lex.WEAPON_LIST_HEADER, i),
        # "Ещё за ночь противник выпустил по области:": a launch verb and at most three words end the header
        "launch_list": re.compile(rf"\b{lex.LAUNCH}(?:\s+[^\W\d_]+){{0,3}}\s*:\s*$", i),
        "bare_sea": re.compile(lex.BARE_SEA),
        "there": re.compile(lex.THERE_AFTER, i),
        "destroyed_count": re.compile(lex.DESTROYED_COUNT_BEFORE, i),
        "struck_with_one": re.compile(lex.STRUCK_WITH_ONE, i),
        "partial": re.compile(rf",|\b(?:{lex.PARTIAL})", i),
        "partial_word": re.compile(rf"\b(?:{lex.PARTIAL})", i),
        "including": re.compile(rf"\b(?:{lex.SUBSET})\b", i),
        "of_these_lead": re.compile(lex.OF_THESE_LEAD, i),
        "percent_of": re.compile(lex.PERCENT_OF_BEFORE, i),
        "own_city": re.compile(lex.OWN_CITY, i),
        "and_elsewhere": re.compile(rf"\s*,?\s*(?:{lex.AND})\s+(?:the\s+)?(?:{lex.AND_ELSEWHERE})", i),
        # "all of which were destroyed", "Усі ракети збито", "збито всі": no number, every one
        "all_destroyed": re.compile(rf"\b(?:{lex.ALL_OF})\b(?!\s*\d)[^.;:\d]{{0,40}}?\b{lex.DESTROY}|"
                                    rf"\b{lex.DESTROY}\s+(?:{lex.ALL_OF})\b(?!\s*\d)|\b(?:{lex.THEY_ALL}){lex.DESTROY}", i),
        "own_region_prefix": re.compile(rf"(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+(?:(?:нашей|нашою|нашим|our|the)\s+)?", i),
        "including_then": re.compile(rf"\b(?:{lex.SUBSET})\s+(?:(?:{lex.OVER_TOTAL})\s+)?(?:the\s+)?", i),
        "downed_in": re.compile(rf"\s+(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+(?:the\s+)?", i),
        "single_weapon": re.compile(lex.SINGLE_WEAPON, i),
        "single_before": re.compile(rf"(?:{lex.SINGLE_WEAPON_BEFORE})$", i),
        "single_abbreviation": re.compile(lex.SINGLE_ABBREVIATION),
        "single_target": re.compile(lex.SINGLE_TARGET, i),
        "single_abbreviation_before": re.compile(rf"(?:{lex.SINGLE_ABBREVIATION_BEFORE})$", i),
        "not_one_before": re.compile(lex.NOT_ONE_WEAPON_BEFORE, i),
        # (and "all except the Iskander-M were shot down": the one not destroyed)
        "not_one_after": re.compile(rf"(?:{lex.NOT_ONE_WEAPON_AFTER}|{lex.EXCEPT}(?:\S+\s+){{0,2}})$", i),
        "except": re.compile(lex.EXCEPT, i),
        "except_before": re.compile(rf"(?:{lex.EXCEPT})$", i),
        "subset_before": re.compile(lex.SUBSET_BEFORE, i),
        "new_attack": re.compile(lex.NEW_ATTACK, i),
        "parts_after": re.compile(rf"\s*,?\s*(?:{lex.SUBSET})\b", i),
        "one_heading": re.compile(lex.ONE_HEADING_AFTER, i),
        # (", а також крилату ракету Х-22", '14 безпілотників "Шахед", а також …', and past what the
        # count's weapons were: '14 шахедів, які були запущені з півдня, а також ракету': the list goes on)
        "and_one": re.compile(rf"[»\"”]?(?:\s*,\s*(?:{lex.RELATIVE})\s[^,.;:!?\n]{{1,80}})?\s*,?\s*"
                              rf"(?:{lex.AND}|{lex.ALSO})\s+(?:\S+\s+){{0,3}}", i),
        "more_before": re.compile(lex.MORE_BEFORE, i),
        "fell_after": re.compile(lex.FELL_AFTER, i),
        # (after the one weapon's name: "ракету «Гром-2», а также 17 …")
        "and_then": re.compile(rf"{weapon_name}[»\"”]?\s*,?\s*(?:{lex.AND}|{lex.ALSO})\s+", i),
        # a singular weapon's own name, then where it was downed: "ракету Х-101 над Вінниччиною"
        # (nothing else between them: "ще один дрон впав у …" fell, it was not downed there)
        "one_placed": re.compile(rf"{weapon_name}\s+(?:{lex.OVER})\s", i),
        # more of the claim just told ("22 drones were also destroyed"), unless another speaker tells it
        "more_of_it": re.compile(lex.MORE_OF_IT, i),
        "role_said": re.compile(lex.ROLE_SAID, i),
        # ('две ракеты «Нептун-МД» и три …': a closing quote may end the first)
        "counts_joined": re.compile(rf"[»\"”]?\s*(?:[,;]\s*(?:(?:{lex.AND})\s+)?|(?:{lex.AND})\s+)", i),
        "all_before": re.compile(rf"\b(?:{lex.ALL_OF})\s+$", i),
        # (with where each lies, in English: "the Odesa region in the south, and the central Vinnytsia region")
        "joined": re.compile(rf"(?:{lex.LIST_LOCATOR})?\s*(?:,|{lex.AND}|,\s*{lex.AND})\s*(?:the\s+)?(?:{lex.LIST_DIRECTION}\s+)?", i),
        # (and "over" said again: "over the Oryol region and Belgorod in the south, and over Crimea and the
        # Black Sea", "над Курской областью и над Крымом": one group of places)
        # ("над регионами России и акваторией Азовского моря": a sea after the whole country)
        "joined_sea": re.compile(rf"\s*(?:,\s*)?(?:{lex.AND})\s+(?:(?:{lex.OVER_TOTAL})\s+)?(?:(?:{lex.WATERS})\s+)?(?:the\s+)?", i),
        "joined_over": re.compile(rf"(?:{lex.LIST_LOCATOR})?\s*(?:{lex.AND}|,\s*{lex.AND})\s+(?:{lex.OVER_TOTAL})\s+(?:the\s+)?", i),
        # (a town of such a list may be written with its abbreviated type word: "… районе и г. Шахты")
        "joined_town": re.compile(rf"\s*(?:,|{lex.AND}|,\s*{lex.AND})\s*(?:the\s+)?(?:{lex.SETTLEMENT_ABBREVIATION})?", i),
        "locations_after": re.compile(rf"\s+(?:{lex.LOCATIONS})", i),
        "interception_cue": re.compile(lex.INTERCEPTION_CUE, i),
        "air_defence_at_work": re.compile(lex.AIR_DEFENCE_AT_WORK),
        "towards_before": re.compile(rf"(?:{lex.TOWARDS})\s+$", i),
        "locations_before": re.compile(rf"(?:{lex.LOCATIONS_PREP})\s+$", i),
        "location_kinds": [("hit", re.compile(lex.LOCATION_HIT_CUE, i)), ("debris", re.compile(lex.LOCATION_DEBRIS_CUE, i))],
    })


_TOLD = 4  # the administrations and officials told last that an administration named again may be


def attribute(mentions: list[Mentions], resolutions: list[list[Resolution]], lex: ModuleType,
              gaz: Gazetteer, published: date | None, source: str | None = None) -> Attribution:
    out = Attribution(vague=lex.VAGUE_CLAIMANTS, channel=_channel(source), published=published)
    officials = Officials.default()
    out.author = out.reporter = _byline(mentions, resolutions, lex, gaz, officials, published)
    before: tuple[Mentions, list[Resolution]] | None = None
    downed = any(m.destroy_verbs for m in mentions)  # the report tells of weapons destroyed
    for m, res in zip(mentions, resolutions, strict=True):
        s = m.sentence
        out.untold = _untold_places(before, out, s, lex)
        if s.is_title and not out.headline_towns:
            out.headline_towns = _headline_towns(m, res, lex)
        before_start = before[0].sentence.start if before is not None else 0
        previous, before = before, (m, res)
        if s.is_link:
            continue  # "Читайте також: …": another story's numbers
        if m.scope == "recalled":  # "Нагадаємо, …": an earlier claim, or the only one told
            m.scope = "earlier" if out.claims else None
        people = [_as_before(claimants.from_person(p, s.text, res, gaz, officials, published, lex), out)
                  for p in m.people]
        out.officials.extend(people)
        out.official_offsets.extend([s.start] * len(people))
        if m.authorities and not people:
            # (the administrations and officials told last: "в ОВА повідомили" is the one named before; a
            # few of each, so that a long text's many mentions are no square work)
            told = sorted([*out.administrations[-_TOLD:], *zip(out.official_offsets[-_TOLD:],
                                                               (o.claimant for o in out.officials[-_TOLD:]), strict=True)],
                          key=lambda oc: oc[0])
            told = [c for _, c in told] if out.author is None else [out.author, *(c for _, c in told)]
            out.administrations.append((s.start, claimants.authorities(s.text, *m.authorities, res, gaz, lex, told,
                                                                         headline=s.is_title)))
        if people:
            out.reporter = people[0].claimant
            out.reporter_town = _office_town(people[0])
            out.reporter_paragraph = s.paragraph
            out.reporter_sentence = s.index
            last = out.claims[-1] if out.claims else None
            if last is not None and last.evidence and before_start <= last.evidence[-1][0] < s.start \
                    and (last.claimant is UNATTRIBUTED or (last.claimant.person is None
                                                           and before_start <= last.evidence[0][0])) \
                    and _patterns(lex)["told_by_next"].search(s.text):
                # "Над Полтавщиною збили шість «шахедів». Про це повідомив начальник ОВА Петро Мельничук.":
                # the count just told is his (not an organisation's named later); so is one the sentence
                # before told as done by forces ("Two drones were shot down by Russian air defence
                # forces. This was announced by Mayor …": who downed them is not who tells it)
                last.claimant = people[0].claimant
            first = m.people[0]
            if _patterns(lex)["told_by_next"].search(s.text) or (
                    not s.text[: first.role_start].strip(" \"«»“”„-") and _patterns(lex)["added_after_person"].match(s.text, first.end)):
                # "Уламки пошкодили будинок у Шостці. Про це повідомив голова ОВА …" ("«…», — написал он.
                # Глава Крыма … добавил, что …": his too): and so are the
                # incidents the sentence before told by nobody (the latest incidents: they are told in
                # text order, and a scan of all of them for each such sentence was square)
                for inc in reversed(out.incidents):
                    if inc.evidence and inc.evidence[0][0] < before_start:
                        break
                    if inc.reporter is UNATTRIBUTED and inc.evidence and inc.evidence[0][0] < s.start:
                        inc.reporter = people[0].claimant
        claimant = _claimant(m, people, out, lex)
        if out.claims and not people and m.counts and _patterns(lex)["of_these_lead"].match(s.text):
            # "З них засобами ППО збито 840": the claim just told goes on,
            # whoever the sentence names as doing it
            claimant = out.claims[-1].claimant
        elif claimant is not None and not people:
            out.speaker = claimant
        if claimant is not None and not people and any(c.explicit for c in m.claimants) and out.claims \
                and out.claims[-1].claimant.name in out.vague and out.claims[-1].claimant.name != claimant.name \
                and _vaguely_same(out, out.claims[-1].claimant, claimant):
            # "Russia said Friday it had downed 87 drones …", then "«…», the defense ministry said": the
            # claim told vaguely is the one named exactly since
            out.claims[-1].claimant = claimant
        prior_voice = out.voice
        if people or any(c.explicit for c in m.claimants):
            out.voice = (people[0].claimant if people else claimant, s.start)
        if out.weapon_list is not None and _weapon_list_line(out, m, s.text):
            continue
        out.weapon_list = _weapon_list_header(m, s.text, lex, claimant or (people[0].claimant if people else None))
        # (and where no number is written: "збили БПЛА над акваторією"; not where the sentence tells
        # the debris of one "сбитого над морем")
        if not s.is_title and (m.counts or (m.destroy_verbs and not any(
                k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex)))):
            res = _with_bare_sea(res, s, lex, gaz, resolutions, claimant or out.reporter)
        # a headline sums up ("15 drones destroyed over Belgorod and Kursk regions"): no breakdown
        # "…, said Ivan Petrov, Governor of the Tver Region": who speaks, not where
        roles = [(p.role_start, p.role_end) for p in m.people]
        counted_res = [r for r in res if not any(a <= r.hit.start < b for a, b in roles)] if roles else res
        if (m.counts or m.destroy_verbs) and not s.is_title:
            # (the official the sentence names speaks for his region, whoever it says downed them; "a
            # cruise missile was downed above his region": one, told without a number)
            regional = next((p.claimant for p in people if p.claimant.region), None)
            # ("П'ять безпілотників над областю знищили захисники з ПвК «Схід»", told by the oblast's
            # head: the defenders speak for no region, the official who tells it does)
            speaker = claimant if claimant is not None and claimant.region else (out.reporter or claimant)
            counted_res = _with_own_region(counted_res, s, lex, gaz, regional or speaker)
        items = [] if s.is_title else breakdown.items(s.text, _with_placed_ones(m, s.text, lex), counted_res, lex)
        if items and not m.destroy_verbs and not m.launch_verbs and not any(c.weapon for c in m.counts) \
                and set(_incident_kinds(m, lex)) & {"damage", "fire", "hit", "casualties"}:
            items = []  # "У Вербківській – побито 40 будинків, у Юр'ївській – два": houses, not drones
        item_numbers = {it.number_start for it in items}
        if len(items) == 1 and m.launch_verbs:
            # "launched 17 Shahed drones, 12 of which were destroyed in the Poltava and Chernihiv regions": the
            # one item's count is also how many of those launched were destroyed
            item_numbers -= {c.number.start for c in m.counts if c.number.start in item_numbers
                             and _patterns(lex)["of_them"].match(s.text[c.end :])
                             and _patterns(lex)["destroyed_bare"].match(s.text[c.end :])}
        totals = [c for c in m.counts if c.number.start not in item_numbers and not c.number.same_as_previous
                  and _is_total(c, m, s.text, lex)]  # ("столько же", "the same number": an item's count only)
        # ("дронов было зафиксировано 45": the count of the weapon named before its verb)
        # ("the number of drones destroyed near the capital had risen to 11": the weapon the number counts)
        totals = [replace(c, weapon=w) if c.weapon is None and (
            w := _weapon_then_verb(c, m, s.text) or _weapon_of_number(c, m, s.text, lex)) else c for c in totals]
        if items and m.launch_verbs and not m.destroy_verbs:
            totals, items = _launched_not_placed(totals, items, m, s.text, lex), []
        if totals and m.launch_verbs and not downed and _strikes_on_settlements(m, counted_res, lex, gaz):
            totals = []
        # ("Сбиты все воздушные цели, кроме трёх БПЛА": the three are the ones not destroyed)
        spared = _spared(m, s.text, lex)
        if spared:
            totals = [c for c in totals if c not in spared]
            items = [it for it in items if not any(c.number.start == it.number_start for c in spared)]
        struck = False
        if not totals and not items and not s.is_title and all(c in spared for c in m.counts) \
                and not any(r.place is not None and r.place.kind != "country" for r in res) \
                and _all_destroyed(m, s.text, lex, told := _launch_told(out, claimant), 0, spared):
            # "Росіяни запустили 9 ракет. Усі ракети збито.": as many destroyed as were launched
            told.evidence.append((s.start, s.end))
            out.used.add(s.index)
            _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
            continue
        if not totals and not items and not s.is_title:
            # (a sentence of another scope, "Ранее сообщалось, что … сбили беспилотник", tells a claim of its own)
            totals = _bare_after_launched(m, s.text, lex, _current(out, claimant)) \
                or _implicit_one(m, s.text, lex, None if m.scope or (may_match(m.words, lex, "new_attack")
                                                                     and _patterns(lex)["new_attack"].search(s.text))
                                 or _another_region(counted_res, _current(out, claimant))
                                 else _current(out, claimant))
            if not totals:
                totals = _struck_with_one(m, s.text, lex)
                struck = bool(totals)
        elif totals:
            totals = _with_coordinated_one(totals, m, s.text, lex)
        tally_kind = None
        if totals and items and not s.is_title:
            totals, items = _first_place_of_list(s.text, totals, items, counted_res, m, lex)
        elif not totals and len(items) > 1 and not s.is_title and not m.launch_verbs:
            totals = _list_total(s.text, m, items)
            # what the tally counts, when the sentence names no weapon: what the claim before counted
            told_kinds = {(w.type, w.model) for w in out.claims[-1].weapons} if totals and out.claims else set()
            tally_kind = told_kinds.pop() if len(told_kinds) == 1 and not m.weapons else None
        told = out.claims[-1] if out.claims else None
        if told is not None and totals and not items and not people and not s.is_title \
                and _patterns(lex)["of_these_lead"].match(s.text) and told.destroyed is not None \
                and all(c.number.value < told.destroyed for c in totals) and not m.launch_verbs:
            # "знищила 74 ворожих БпЛА. З них 64 були знищені вогневими засобами, а 10 — подавлені РЕБ":
            # how the count just told was reached, not a claim of its own ("а 10 локаційно втрачені": lost)
            lost = [c.number.value for c in m.counts if _verb_for(c, m, s.text, lex) == "lost"]
            if lost and told.lost is None:
                told.lost = lost[0]
            told.evidence.append((s.start, s.end))
            out.used.add(s.index)
            continue
        continues_list = bool(items) and bool(out.claims) and not people
        is_claim = bool(totals or items) and bool(m.destroy_verbs or m.launch_verbs or continues_list or struck)
        if s.is_title and not totals:
            # ("Собянин: летевший к Москве БПЛА ликвидирован": the headline's one, unless the body tells more)
            totals = [c for c in m.counts if c.weapon is not None] or _implicit_one(m, s.text, lex, None)
            is_claim = is_claim or bool(totals)
        if totals and items and all(it.note for it in items) and not s.is_title:
            # "В Московской области уничтожили девять аппаратов, четыре из них летели в направлении Москвы":
            # the total's places, then its part flying towards the city
            items = _places_of_total(s.text, totals, counted_res, m, lex) + items
        elif totals and not items:
            # "над территорией Брянской области были уничтожены семь беспилотников"
            items = _places_of_total(s.text, totals, counted_res, m, lex) \
                or _there(s.text, totals, counted_res, lex, gaz) \
                or [it for it in breakdown.items(s.text, totals, counted_res, lex) if it.note and not s.is_title]
            # ("сбили беспилотник на подлёте к Москве": the one count's flying-towards place)
            if s.is_title:
                items = [replace(it, headline=True) for it in items]
        as_named = items  # (the districts and towns as written, before they are read as their regions)
        items = _regional(items, s.text, gaz, lex)
        if not totals and not items and not any(c.weapon for c in m.counts) and not s.is_title:
            # ("… brought down several drones over the Kaluga Region, Governor Vladislav Shapsha said":
            # the places his title names are not where they were downed)
            uncounted = _uncounted_places(s.text, counted_res, m, lex, gaz, bool(out.claims))
            if uncounted and _add_uncounted(out, m, claimant, uncounted[0], s, lex):
                _repelled_at(out, m, res, lex, s.start, out.claims[-1].claimant, uncounted, out.claims[-1])
                if any(k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex)):
                    _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)  # what the debris did
                continue
        if not totals and not items and not s.is_title and not any(c.weapon for c in m.counts):
            speaker = claimant or (people[0].claimant if people else None) or out.reporter
            # the one region the sentence before named, in the same paragraph ("… атаку на Київщині.
            # Ворожі цілі збито.")
            context = {r.place.iso for r in previous[1] if r.place is not None and r.place.kind == "admin1"
                       and r.place.iso} if previous and previous[0].sentence.paragraph == s.paragraph else set()
            # (or his country, attacked: "атакували Україну дронами-камікадзе. ППО
            # збила всі ворожі цілі" is the national figure an article recalls, not his region's)
            national = speaker is not None and bool(previous) and previous[0].sentence.paragraph == s.paragraph \
                and any(r.place is not None and r.place.kind == "country" and r.place.iso == speaker.side
                        for r in previous[1])
            own = _own_region_uncounted(m, s.text, counted_res, lex, gaz, speaker,
                                        context.pop() if len(context) == 1 else None,
                                        counted=any(c.destroyed is not None for c in out.claims),
                                        national=national)
            if own and _add_uncounted(out, m, speaker, own, s, lex):
                _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
                continue
        told = _current(out, claimant)
        if told is not None and told.claimant is UNATTRIBUTED and claimant is not None and prior_voice is not None \
                and told.evidence and prior_voice[1] > told.evidence[-1][0] and prior_voice[0].name != claimant.name:
            # "11 з них вдалося збити. Про це повідомили у Генштабі.", then "Як уточнив начальник КМВА,
            # … було збито дев'ять": the claim told was the voice's named since; the new speaker's
            # count is his own (and a sentence that named nobody but "air defence", resolved to that
            # unattributed claim, goes on in the voice: "…, Gusev said. «Overnight, more than 30 drones
            # were destroyed by air defence in the region»" is his)
            if claimant is UNATTRIBUTED:
                claimant = prior_voice[0]
            told.claimant = prior_voice[0]
            told = _current(out, claimant)
        if items and told is not None and not people and not m.claimants and _elsewhere(items, told):
            if _its_whole_count(items, told) and not told.named:
                # "Ранее еще 15 дронов сбили с 16:40 по 17:30 мск. над Курской областью из них
                # уничтожили 12, еще три — над Орловской", after the Bryansk governor's paragraph: the count
                # just told, all of it over regions not his, was not his (he was only the last one
                # named) but the one's who counts regions
                told.claimant = next((d.claimant for d in reversed(out.claims) if d is not told
                                      and d.claimant.side == told.claimant.side and not d.claimant.region),
                                     UNATTRIBUTED)
            else:
                # "В Брянской области сбили один дрон" after the Sevastopol governor's count: another
                # region's claim, told by the article, not a part of his
                out.claims.append(ClaimDraft(UNATTRIBUTED, scope=m.scope or "report"))
                told = out.claims[-1]
        if not totals and len(items) == 1 and items[0].weapon and m.destroy_verbs and items[0].each is not True \
                and (m.scope or told is None or (told.destroyed is None and told.launched is None
                                                  and not any(it.count is not None for it in told.items))
                          or (m.window is not None and told.window is not None)
                     or (told.from_title and told.destroyed == items[0].count)
                     or _exceeds(items[0], told)
                     or _other_weapon(items[0], m, told)):
            # "shot down 12 drones over the Belgorod and Kursk Regions": the one count is the total
            # (unless a total was already told: then it is that total's breakdown; a lead that
            # repeats its headline's total is the total again)
            totals = [c for c in m.counts if c.number.start == items[0].number_start]
            items = [replace(items[0], each=False if len(items[0].places) > 1 else None, summary=True)]
        if is_claim and not (people and not m.claimants and _incident_kinds(m, lex) and not items and not
                             any(c.weapon for c in totals)):
            draft = _claim_for(out, m, claimant, totals, lex, items)
            draft.named = draft.named or any(p.claimant.name == draft.claimant.name for p in people) \
                or any(c.explicit and c.name == draft.claimant.name for c in m.claimants)
            totals = _settle_rounded(draft, totals, m, s.text, lex)
            told_values = (draft.destroyed, draft.launched)
            _fill_totals(draft, totals, m, s.text, lex)
            for slot, told_value in zip(("destroyed", "launched"), told_values, strict=True):
                value = getattr(draft, slot)
                if value is not None and value != told_value:  # rounded when the count that set it is
                    exact = not any(c.number.approx and c.number.value == value for c in totals)
                    (draft.approximate.discard if exact else draft.approximate.add)(slot)
            if tally_kind is not None and not draft.weapons:
                draft.weapons.append(WeaponDraft(*tally_kind))
            _all_destroyed(m, s.text, lex, draft, max(c.end for c in totals) if totals else len(s.text))
            if items and any(it.headline for it in draft.items):
                # the body names its places: the headline's summary goes
                keep = [k for k, it in enumerate(draft.items) if not it.headline]
                draft.items = [draft.items[k] for k in keep]
                draft.item_offsets = [draft.item_offsets[k] for k in keep]
            told_regions = {p.iso for it in draft.items if it.summary for p in it.places if p.kind == "admin1"}
            if told_regions and len(as_named) == len(items):
                # "Над областю знищили шість дронів. По три – у Павлоградському та
                # Криворізькому районах": districts of the region just counted are parts of its count
                # (not the count told again: "…навколо Києва знищили півтора десятка", then the same over
                # Kyiv, a city that is its region, is that item again, not a part of it)
                told_keys = {_item_key(x) for x in draft.items}
                items = [replace(named_as, subset=True)
                         if all(p.kind in ("district", "locality") for p in named_as.places)
                         and {p.iso for p in it.places} <= told_regions and _item_key(it) not in told_keys else it
                         for it, named_as in zip(items, as_named, strict=True)]
            summaries = [it for it in draft.items if it.summary and it.count is not None and len(it.places) == 1]
            if len(summaries) == 1 and items and not items[0].summary and not items[0].subset \
                    and all(it.count is not None and not it.each for it in items) \
                    and {p.iso for it in items for p in it.places} <= {p.iso for p in summaries[0].places} \
                    and sum(it.count for it in items) < summaries[0].count:
                # "four drones were downed over the Kursk region", then "one fell to air defence over the
                # Kursk region, the others to jamming": a part of the count told over the same place
                items = [replace(it, subset=True) for it in items]
            elif items and not items[0].summary and any(it.summary for it in draft.items):
                # "33 drones over Rostov, Krasnodar and the Sea of Azov" then the real breakdown
                # replaces the summary; "над Курской областью сбито 29 …", then "Кроме того,
                # четыре – над Липецкой …": a place of its own, kept as the first item
                # (a town or district inside the summary's region is a part of it: "над Харківщиною
                # знищено 12. Ще 3 збили над Харковом" keeps the region)
                named = {p.iso for it in items for p in it.places if p.kind in ("admin1", "sea")}
                # "downed three drones in the skies above Sevastopol", then "two UAVs over the sea": the
                # new places account for the same total elsewhere, so they tell where those were
                # (not "one more": "Над Брянской сбит один беспилотник. Ещё один сбит над Курской" adds a place)
                again = draft.destroyed is not None and all(it.count is not None and it.each is None for it in items) \
                    and sum(it.count for it in items) == draft.destroyed \
                    and not _patterns(lex)["more_before"].search(s.text, 0, max(0, items[0].number_start))
                isos = {p.iso for it in items for p in it.places}
                # ("30 БПЛА над Крымом и акваторией Черного моря. Еще 12 – над Краснодарским краем":
                # a summary over places the new items do not name is an item of its own too)
                keys = isos | {p.name for it in items for p in it.places}
                keep = [k for k, it in enumerate(draft.items) if not it.summary or not (
                    it.headline or (len(it.places) > 1 and keys & {p.iso or p.name for p in it.places})
                    or named & {p.iso for p in it.places}
                    or (again and it.count == draft.destroyed and not isos & {p.iso for p in it.places}))]
                if any(draft.items[k].summary and draft.items[k].count == draft.destroyed
                       and {p.iso for p in draft.items[k].places} != {p.iso for it in items for p in it.places}
                       for k in keep):
                    draft.destroyed = None  # that count was the first place's, not a total
                draft.items = [replace(draft.items[k], summary=False) for k in keep]
                draft.item_offsets = [draft.item_offsets[k] for k in keep]
            kind = None
            weapon_at = _weapons_by_number(m)
            told_items = {_item_key(it) for it in draft.items}
            for it in items:
                if _item_key(it) in told_items and it.count is not None:
                    continue  # the same count over the same places, told again
                draft.items.append(it)
                draft.item_offsets.append(s.start)
                # what the item counts: its own weapon, or the one before ("пять БПЛА над …, два – над …")
                kind = weapon_at.get(it.number_start, kind)
                if kind is not None:
                    draft.item_kinds[(s.start, it.number_start)] = kind
            _weapon_of_items(draft, items, m)
            _items_of_another_weapon(draft, items, totals, m, s.start)
            draft.evidence.append((s.start, s.end))
            draft.hedged |= m.hedged
            draft.night |= m.night
            draft.launch_sites.extend(_launch_sites(m, res, lex))
            if m.window:
                _set_window(draft, m.window, s.start, s.text)
            elif out.pending_window:
                _set_window(draft, *out.pending_window)
            out.pending_window = None
            out.used.add(s.index)
            _repelled_at(out, m, res, lex, s.start, draft.claimant, draft.items, draft)
            _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
            continue
        if m.window and (m.claimants or not people) and not m.authorities:
            current = _current(out, claimant)
            if current and (current.window is None or current.window.until is None):
                _set_window(current, m.window, s.start, s.text)
                current.evidence.append((s.start, s.end))
                current.night |= m.night
            else:
                out.pending_window = (m.window, s.start, s.text)
            out.used.add(s.index)
            _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
            continue
        if (m.destroy_verbs and not m.launch_verbs and not s.is_title
                or out.claims and may_match(m.words, lex, "place_anaphora")
                and _patterns(lex)["place_anaphora"].search(s.text)
                or may_match(m.words, lex, "air_defence_at_work")
                and _patterns(lex)["air_defence_at_work"].search(s.text)) \
                and _repelled_at(out, m, res, lex, s.start,
                                 claimant or (out.claims[-1].claimant if out.claims else out.reporter),
                                 claim=out.claims[-1] if out.claims and not claimant else None):
            # "Аппараты противника уничтожены в Льговском и Суджанском районах",
            # "это произошло в Жуковском округе": where the told claim's weapons were downed
            out.used.add(s.index)
            _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
        elif _incident(out, m, res, people, lex, s.start, claimant):
            out.used.add(s.index)
        elif out.claims and (sites := _launch_sites(m, res, lex)):
            # "Напрямки пусків – Курськ, Орел, Міллерово": where the told claim's weapons came from
            out.claims[-1].launch_sites.extend(sites)
            out.used.add(s.index)
    _attribute_the_unattributed(out, mentions, lex)
    for draft in out.claims:
        _total_from_weapons(draft)
    _speakers_own_region(out, mentions, resolutions, lex, gaz)
    post = _post_voice(out)
    for inc in out.incidents:
        if inc.claim is not None and inc.reporter == UNATTRIBUTED:
            inc.reporter = inc.claim.claimant  # found since, as the claim's speaker
        elif inc.reporter == UNATTRIBUTED and post is not None:
            inc.reporter = post  # nobody of its own sentence: the post's author tells it
    for draft in out.claims:
        _total_from_breakdown(draft)
        _parts_of_one_region(draft, gaz)
        _part_of_own_region(draft, gaz, mentions, resolutions, lex)
    _district_claims_are_parts(out, gaz)
    _headline_places_told_again(out)
    _headline_town_of_incidents(out, mentions, resolutions)
    _region_centre_of_incidents(out, mentions, lex, gaz)
    _settle_casualties(out)
    return out


def _post_voice(out: Attribution) -> Claimant | None:
    """Whose post the text is: its header or signature, else the one official or administration
    all its claims are told by ("Сумська ОВА: вночі збито 5 БпЛА. Пошкоджено будинок …"); None
    for a story of several voices, or of a ministry's or air force's claims."""
    if out.author is not None:
        return out.author
    voices = {draft.claimant for draft in out.claims}
    voice = voices.pop() if len(voices) == 1 else None
    return voice if voice is not None and voice.kind in ("governor", "official", "authorities") else None


def _headline_places_told_again(out: Attribution) -> None:
    """"Над Одещиною збили 10 шахедів" as the headline, "… знищили над Одеською областю 12 ударних БпЛА"
    in the body: the headline's count stays a claim of its own, but where the body counts the same
    places its own way, the places are the body's (the headline's rounded or earlier figure is not
    a second count for them)."""
    body = {p.iso for d in out.claims if not d.from_title for it in d.items if it.count is not None
            for p in it.places if p.iso}
    for draft in out.claims:
        if draft.from_title and draft.items and all(
                p.iso in body for it in draft.items for p in it.places):
            draft.items, draft.item_offsets = [], []


def _total_from_weapons(draft: ClaimDraft) -> None:
    """A claim split only by weapon type ("17 Shaheds and a Kh-59 shot down") totals to the sum
    of its parts; guided bombs and MLRS rockets are listed but not added to drones and missiles.
    One weapon told launched, of the claim's downed count told by its generic name ("атакував 37
    дронами типу Shahed, захисники знищили 29 безпілотників"), is the claim's launched count."""
    if len(draft.weapons) == 1 and draft.launched is None and draft.destroyed is not None \
            and (one := draft.weapons[0]).launched is not None and one.destroyed is None \
            and one.type not in NOT_IN_TOTALS and draft.destroyed <= one.launched:
        draft.launched = one.launched
    if len(draft.weapons) < 2:
        return
    counted = [w for w in draft.weapons if w.type not in NOT_IN_TOTALS]
    for slot in ("destroyed", "launched"):
        types = [t for t in dict.fromkeys(w.type for w in counted) if any(
            getattr(w, slot) is not None for w in counted if w.type == t)]
        if slot == "launched" and too_few_came(draft.destroyed, sum(_type_total(counted, t, slot) for t in types),
                                               counted):
            continue  # ("shot down two Iskander-M, two Kh-59 and 15 drones …; Russia had launched four
            # Iskander-M": how many Kh-59 and drones came is not told, and 4 is fewer than were downed)
        if getattr(draft, slot) is None and types:
            setattr(draft, slot, sum(_type_total(counted, t, slot) for t in types))
            draft.summed |= slot == "destroyed"
        elif len(types) > 1 and sum(getattr(draft, slot) == _type_total(counted, t, slot) for t in types) == 1:
            # "випустили 8 шахедів. … 2 «Іскандер-М» та ще 3 С-300": the total told was one type's,
            # the other types came in later sentences; the claim's total is the sum
            setattr(draft, slot, sum(_type_total(counted, t, slot) for t in types))


def too_few_came(destroyed: int | None, launched: int, counted: list[WeaponDraft]) -> bool:
    """(Also read by the pipeline, which sums a claim's weapons once more.) The launched counts told
    for some weapons add up to fewer than were destroyed, and a weapon told destroyed has no launched
    count of its own or of its generic type ("all 14 drones … 13 Shaheds downed": the Shaheds are a
    part of the 14 that came): the sum is no launched total."""
    return destroyed is not None and launched < destroyed and any(
        w.destroyed is not None and w.launched is None
        and not any(v.type == w.type and v.model is None and v.launched is not None for v in counted)
        for w in counted)


def _type_total(weapons: list[WeaponDraft], wtype: str, slot: str) -> int:
    """One type's count: "all 14 drones … Thirteen Shaheds …": the models are parts of the
    generic count when they add up to no more than it."""
    if any(w.listed for w in weapons if w.type == wtype):
        return sum(getattr(w, slot) or 0 for w in weapons if w.type == wtype)
    generic = [getattr(w, slot) or 0 for w in weapons if w.type == wtype and w.model is None]
    models = sum(getattr(w, slot) or 0 for w in weapons if w.type == wtype and w.model is not None)
    if len(generic) == 1 and generic[0] and models <= generic[0]:
        return generic[0]
    return sum(generic) + models


_LIST_LEAD = re.compile(r"\s*(?:[^\W\d_][\w«»\"'’-]*\s+){0,3}?[:–—-]\s*$")
_LIST_OPENS = re.compile(r"\s*(?:[^\W\d_][\w«»\"'’-]*\s+){0,3}?[:–—-]\s")


def _list_total(text: str, m: Mentions, items: list[breakdown.Item]) -> list[Count]:
    """"За последние три часа — пять: три над Курской областью, два над Белгородской": a bare count
    that a colon or dash opens the sentence's list with, and that its items add up to, is the
    list's total (the new count of a running tally, not a part of the one told)."""
    if any(it.count is None or it.subset for it in items):
        return []
    listed = sum(_counted(it) for it in items)
    starts = {it.number_start for it in items}
    first = min(it.start for it in items)
    for c in m.counts:
        if c.number.start in starts or c.end > first or c.number.value != listed:
            continue
        if _LIST_LEAD.match(text, c.end, first):
            return [c]
    return []


def _first_place_of_list(text: str, totals: list[Count], items: list[breakdown.Item], res: list[Resolution],
                         m: Mentions, lex: ModuleType) -> tuple[list[Count], list[breakdown.Item]]:
    """"Над Сумщиною протягом ночі збито 14 шахедів, над Чернігівщиною та Полтавщиною – по 4": the
    count after the first places, before a list of others, is those places' count, the list's first
    item (not the claim's total)."""
    weapons = [c for c in totals if c.weapon is not None]
    if len(totals) != 1 or len(weapons) != 1 or any(it.start < weapons[0].end for it in items):
        return totals, items
    c = weapons[0]
    first = _places_of_total(text, totals, res, m, lex)
    listed = {p.iso for it in items for p in it.places}
    if len(first) == 1 and first[0].count is None and first[0].places and c.end <= first[0].start \
            and first[0].end <= min(it.start for it in items) and not listed & {p.iso for p in first[0].places}:
        # "destroyed 40 drones, most of them over the Bryansk region, and 12 over the Kursk region": where
        # most of the total were, with no count, before the list's counted places (the total stays)
        return totals, [first[0], *items]
    if len(first) != 1 or first[0].count != c.number.value or not first[0].places:
        return totals, items
    group_end = max(r.hit.end for r in res if r.place is not None and r.place in first[0].places)
    # (or after it, before the list: "На Одещині сили ППО знищили дев'ять дронів, ще два –
    # над Миколаївщиною")
    group_start = min(r.hit.start for r in res if r.place is not None and r.place in first[0].places)
    after = group_start > c.end and group_end <= min(it.start for it in items)
    if (group_end > c.number.start and not after) or listed & {p.iso for p in first[0].places}:
        return totals, items
    return [], [replace(first[0], summary=False, number_start=c.number.start), *items]


def _there(text: str, totals: list[Count], res: list[Resolution], lex: ModuleType,
           gaz: Gazetteer) -> list[breakdown.Item]:
    """"Air defence shot down seven drones there, the governor of the southern Odesa region
    said": one count followed by "there", in a sentence that names one region, is that region's."""
    weapons = [c for c in totals if c.weapon is not None]
    if len(weapons) != 1 or not _patterns(lex)["there"].match(text, weapons[0].end):
        return []
    regions = {r.place.iso for r in res if r.place is not None and r.place.kind == "admin1" and r.place.iso
               and gaz.in_theatre(r.place)}
    if len(regions) != 1:
        return []
    c = weapons[0]
    region = gaz.region(regions.pop())
    if region is None:
        return []
    x = _patterns(lex)["there"].match(text, c.end)
    return [breakdown.Item(c.number.start, x.end(), c.number.value, (region,), None, False, weapon=True,
                           number_start=c.number.start)]


def _elsewhere(items: list[breakdown.Item], told: ClaimDraft) -> bool:
    """Every place of a sentence's items lies outside the region of the regional official whose
    claim is being told (his own region and the city or region around it aside)."""
    own = told.claimant.region
    if not own or told.claimant.kind not in ("governor", "official"):
        return False
    near = {own, SURROUNDING.get(own), *(k for k, v in SURROUNDING.items() if v == own)}
    isos = [p.iso for it in items for p in it.places]
    return bool(isos) and all(iso and iso not in near for iso in isos) \
        and all(p.kind in ("admin1", "locality", "district") for it in items for p in it.places)


def _counted(it: breakdown.Item, count: int | None = None) -> int:
    """How many an item counts: its count (or the one given), once for each of its places when told
    "each" ("по два над Брянской и Курской": four)."""
    return (it.count if count is None else count) * (len(it.places) if it.each else 1)


def _its_whole_count(items: list[breakdown.Item], told: ClaimDraft) -> bool:
    """The items add up to the told claim's count, which has no places yet: its parts."""
    return not told.items and told.destroyed is not None and all(it.count is not None for it in items) \
        and sum(_counted(it) for it in items) == told.destroyed


def _another_region(res: list[Resolution], told: ClaimDraft | None) -> bool:
    """The sentence names only regions the told claim has not named (neither as a place nor as its
    official's own): "… над регионом уничтожены три БПЛА. Кроме того, ещё один дрон сбит
    в Липецкой области" tells one more drone, not the three again."""
    isos = {r.place.iso for r in res if r.place is not None and r.place.kind == "admin1" and r.place.iso}
    if told is None or not isos:
        return False
    known = {p.iso for it in told.items for p in it.places if p.iso} | ({told.claimant.region} - {None})
    known |= {SURROUNDING.get(k) for k in known} | {k for k, v in SURROUNDING.items() if v in known}
    return bool(known) and not isos & known



def _exceeds(item: breakdown.Item, told: ClaimDraft) -> bool:
    """"Сбит ещё один беспилотник. … Всего за сутки над областью уничтожены 30": a place's count
    larger than the told claim's total cannot be a part of it; it is a total of its own (a running
    tally, an earlier post recalled)."""
    return told.destroyed is not None and item.count is not None and item.count > told.destroyed


def _other_weapon(item: breakdown.Item, m: Mentions, told: ClaimDraft) -> bool:
    """"… said it had also destroyed 9 rockets over the Belgorod Region" after a claim of
    drones: a count of another kind of weapon than the told claim's is a claim of its own."""
    types = {w.type for w in told.weapons}
    kinds = {c.weapon.type for c in m.counts if c.weapon is not None and c.number.start == item.number_start}
    return bool(types) and bool(kinds) and not kinds & types and "unknown" not in kinds | types


def _weapon_of_items(draft: ClaimDraft, items: list[breakdown.Item], m: Mentions) -> None:
    """"12 drones over Kursk, five over Bryansk": a list without a total still says what was
    destroyed (one weapon type, recorded without a count)."""
    if draft.weapons:
        return
    starts = {it.number_start for it in items}
    kinds = {(c.weapon.type, c.weapon.model) for c in m.counts if c.weapon and c.number.start in starts}
    if len(kinds) == 1:
        wtype, model = kinds.pop()
        draft.weapons.append(WeaponDraft(wtype, model))


def _weapons_by_number(m: Mentions) -> dict[int, tuple[str, str | None]]:
    """The weapon (type, model) of the sentence's counts by where their number starts (the first
    count there): one look-up per item, not a scan of the counts (square in a long list)."""
    at: dict[int, tuple[str, str | None]] = {}
    for c in m.counts:
        if c.weapon is not None:
            at.setdefault(c.number.start, (c.weapon.type, c.weapon.model))
    return at


def _items_of_another_weapon(draft: ClaimDraft, items: list[breakdown.Item], totals: list[Count], m: Mentions,
                             offset: int) -> None:
    """"downed six drones over the Odesa region and nine over the Mykolaiv region, along with three
    cruise missiles": the places count one weapon type, the sentence's total another; the places'
    sum is their type's count, a part of the claim (which then totals both types)."""
    if not items or not totals or any(it.summary or it.subset or it.note or it.count is None for it in items):
        return
    kind, kinds = None, set()
    weapon_at = _weapons_by_number(m)
    for it in items:
        kind = weapon_at.get(it.number_start, kind)
        kinds.add(kind)
    if len(kinds) != 1 or None in kinds:
        return
    wtype, model = kinds.pop()
    if wtype in ("unknown", *NOT_IN_TOTALS) or any(c.weapon is None or c.weapon.type == wtype for c in totals) \
            or any(w.type == wtype for w in draft.weapons):
        return
    w = WeaponDraft(wtype, model, destroyed=sum(_counted(it) for it in items))
    w.evidence.extend((offset + it.start, offset + it.end) for it in items)
    # in text order among the sentence's weapons
    at = next((k for k, o in enumerate(draft.weapons) if o.evidence and o.evidence[0][0] > w.evidence[0][0]),
              len(draft.weapons))
    draft.weapons.insert(at, w)


def _total_from_breakdown(draft: ClaimDraft) -> None:
    """A per-place list with no stated total ("70 over Crimea, 43 over Krasnodar, one over
    Volgograd"): the claim's total is the sum of its places' counts, when every place has one."""
    top = [it for it in draft.items if not it.subset and not it.note]
    if (draft.summed or top and top[0].joined is not None) and len(top) > 1 \
            and (top[0].joined or top[0].count) == draft.destroyed \
            and all(it.count is not None and it.each is None and len(it.places) == 1 for it in top):
        # "над Курской областью сбиты две ракеты и 27 БПЛА. Кроме того, четыре – над Липецкой …":
        # the weapons were the first place's; the claim is every place's (and a later place's
        # count is added to its weapon's, when the claim lists that weapon once, with no model)
        draft.destroyed = sum(it.joined or it.count for it in top)
        offsets = {id(it): off for it, off in zip(draft.items, draft.item_offsets, strict=True)}
        for it in top[1:]:
            kind = draft.item_kinds.get((offsets[id(it)], it.number_start))
            same = [w for w in draft.weapons if kind and (w.type, w.model) == (kind[0], None)]
            if len(same) == 1 and same[0].destroyed is not None:
                same[0].destroyed += it.count
        return
    if draft.destroyed is not None or any(w.destroyed is not None for w in draft.weapons):
        return
    if not top or any(it.count is None or any(p.kind == "country" for p in it.places) for it in top) \
            or not any(it.weapon for it in top):
        return  # ("three strikes: two in one district, one in another" counts no weapons)
    draft.destroyed = sum(_counted(it, it.joined or it.count) for it in top)


def _parts_of_one_region(draft: ClaimDraft, gaz: Gazetteer) -> None:
    """"Four destroyed near Novoshakhtinsk, another near Chaltyr. Six … in the Myasnikovsky district",
    "Два – в Самарівському та Кам'янському районах, ще один – в Дніпровському": a claim told
    only by the districts and towns of one region, which add up to its total, is that region's count;
    the districts and towns are its parts (not each a count of the region of its own)."""
    parts = [it for it in draft.items if not it.subset and not it.note and not it.summary]
    if len(parts) < 2 or len(parts) < len(draft.items) or draft.destroyed is None \
            or any(it.count is None or any(p.kind == "admin1" for p in it.places) and not it.told_for
                   for it in parts):
        return
    places = [p for it in parts for p in it.told_for or it.places]
    isos = {p.iso for p in places}
    if len(isos) != 1 or not all(p.kind in ("district", "locality") and gaz.in_theatre(p) for p in places) \
            or sum(_counted(it) for it in parts) != draft.destroyed:
        return
    region = gaz.region(isos.pop())
    if region is None:
        return
    _region_whole_of_parts(draft, region, parts)


def _part_of_own_region(draft: ClaimDraft, gaz: Gazetteer, mentions: list[Mentions],
                        resolutions: list[list[Resolution]], lex: ModuleType) -> None:
    """"По Миколаївщині ворог випустив 431 дрон … знищили 402, з них 157 – у межах Очаківської
    громади", told by the region's own official about his region: the districts and hromadas of it
    that count fewer than his total are parts of it; the whole total is his region's count. (Not a
    national figure he retells, "ППО збила 30 ракет, дві з них – над Криворізьким районом".)"""
    region = gaz.region(draft.claimant.region) if draft.claimant.region else None
    parts = [it for it in draft.items if not it.note and not it.summary]  # ("з них": a part, of no item)
    if region is None or draft.destroyed is None or not parts or len(parts) < len(draft.items) \
            or any(it.count is None or not it.told_for for it in parts):
        return
    places = [p for it in parts for p in it.told_for]
    if not all(p.iso == region.iso and p.kind == "district" for p in places) \
            or sum(_counted(it) for it in parts) >= draft.destroyed:
        return
    holding = _SentenceIndex(mentions)
    told = {k for a, _ in draft.evidence if (k := holding.sentence_of(a)) is not None}
    if not any(r.place is not None and r.place.kind == "admin1" and r.place.iso == region.iso
               for k in told for r in resolutions[k]) \
            and not any(_own_region_pattern(lex).search(mentions[k].sentence.text) for k in told):
        return
    _region_whole_of_parts(draft, region, parts)


def _region_whole_of_parts(draft: ClaimDraft, region: Place, parts: list[breakdown.Item]) -> None:
    """The claim's total becomes its region's count, told where its first part was; the parts (each
    with the districts and towns it was told for) are subsets of it."""
    first = parts[0]
    whole = breakdown.Item(first.start, first.end, draft.destroyed, (region,), None, False,
                           weapon=first.weapon, number_start=first.number_start, summary=True)
    draft.items = [whole] + [replace(it, places=it.told_for or it.places, told_for=(), subset=True) for it in parts]
    draft.item_offsets = draft.item_offsets[:1] + draft.item_offsets


def _district_claims_are_parts(out: Attribution, gaz: Gazetteer) -> None:
    """"За тиждень знищено 402 з 431 дрона", then "У межах Очаківської громади знищили 157 із 170",
    told by the region's own official: the count he gives next for a hromada or district of his
    region alone, smaller than the one just told, is a part of it (the whole is his region's count),
    not a claim of its own (of the whole's period, when it tells none of its own)."""
    k = 1
    while k < len(out.claims):
        whole, part = out.claims[k - 1], out.claims[k]
        region = gaz.region(whole.claimant.region) if whole.claimant.region else None
        if region is None or part.claimant != whole.claimant or part.scope not in (whole.scope, "report") \
                or whole.destroyed is None or part.destroyed is None or part.destroyed >= whole.destroyed \
                or (whole.launched is not None and part.launched is not None and part.launched >= whole.launched) \
                or not part.items or any(it.count is None or not it.told_for or any(
                    p.iso != region.iso or p.kind != "district" for p in it.told_for) for it in part.items) \
                or any(p.iso != region.iso for it in whole.items for p in it.places):
            k += 1
            continue
        if not any(it.count == whole.destroyed for it in whole.items) and whole.evidence:
            told_at, told_end = whole.evidence[0]  # (the sentence that told the whole count is its evidence)
            whole.items.append(breakdown.Item(0, told_end - told_at, whole.destroyed, (region,), None, False,
                                              weapon=True, number_start=0, summary=True))
            whole.item_offsets.append(told_at)
        whole.items += [replace(it, places=it.told_for, told_for=(), subset=True) for it in part.items]
        whole.item_offsets += part.item_offsets
        whole.evidence += part.evidence
        for inc in out.incidents:
            if inc.claim is part:
                inc.claim = whole
        del out.claims[k]


def _attribute_the_unattributed(out: Attribution, mentions: list[Mentions]) -> None:
    """"…, the Air Force said" at the end of a report: when the document names one
    organisation only, the claims nobody was named for are its claims."""
    named = {ref.name: (m, ref) for m in mentions for ref in m.claimants if ref.explicit}
    if len(named) != 1:
        return
    m, ref = next(iter(named.values()))


def _speakers_own_region(out: Attribution, mentions: list[Mentions], resolutions: list[list[Resolution]],
                         lex: ModuleType, gaz: Gazetteer) -> None:
    """"Над областю збито 15 ударних БпЛА" in a regional administration's post, "20 UAVs were
    destroyed over our region, the governor wrote": the region is the speaking official's; where
    the claimant speaks for no region ("По данным Минобороны, над регионом сбиты 14 БПЛА"), the
    one region the sentence or the one before it names."""
    pattern = _own_region_pattern(lex)
    holding = _SentenceIndex(mentions)
    for draft in out.claims:
        region_iso = draft.claimant.region or _quoting_official_region(out, draft, holding)
        own = gaz.region(region_iso) if region_iso else None
        area_iso = _OWN_AREA.get(region_iso, region_iso)
        area = gaz.region(area_iso) if area_iso else None
        # ("ППО збивала ворожі дрони у Львівській області. … знищили 5 з 5 «шахедів»": the region named
        # without a count before is where the count told since was downed)
        # (and, for a claimant of no region, "над регионом сбиты 22 БПЛА" then "на территории региона
        # действует режим опасности": the region named with no count is the one of the count)
        uncounted = [k for k, it in enumerate(draft.items) if it.count is None
                     and ((own is not None and all(p.iso == own.iso for p in it.places))
                          or (own is None and len({p.iso for p in it.places}) == 1))]
        if len(uncounted) < len(draft.items) or draft.destroyed is None:
            continue
        for k in sorted({k for a, _ in draft.evidence if (k := holding.sentence_of(a)) is not None}):
            m = mentions[k]
            s = m.sentence
            if s.is_title or not m.destroy_verbs or _over_counted_regions(m, lex) \
                    or _patterns(lex)["nationwide"].search(s.text):
                continue  # ("… уничтожила 69 дронов над десятью регионами", "над российскими регионами":
                # not his region's count)
            region = own or _region_in_context(mentions, resolutions, k, gaz, lex)
            if region is None:
                continue
            x = pattern.search(s.text)
            counts = [(c.number.start, c.end, c.weapon is not None) for c in m.counts
                      if c.number.value == draft.destroyed]
            if not counts and draft.destroyed == 1 and not m.counts:
                counts = [(*m.destroy_verbs[0], True)]  # "сбили беспилотник": one, with no number
            if not counts and draft.launched == draft.destroyed and draft.claimant.region and not m.counts \
                    and (every := _patterns(lex)["all_destroyed"].search(s.text)):
                # "six UAVs struck at a district of ours overnight; all were downed", in the
                # governor's own words (not a national command's he is quoted beside): as many as
                # came, downed in his region
                counts = [(every.start(), every.end(), True)]
            weapons = [c for c in m.counts if c.weapon is not None]
            if not counts and len(weapons) > 1 and sum(c.number.value for c in weapons) == draft.destroyed \
                    and (x is not None or (draft.claimant.region and s.text.lstrip()[:1] in "«\"“„")):
                # "в області силами ППО збито дві крилаті ракети та три безпілотники": the total
                # is the sum of the counts by weapon, downed where the sentence says, or (with no
                # place, the regional head's own count) in his own region, as a single count would be
                counts = [(weapons[0].number.start, weapons[-1].end, True)]
            if not counts:
                continue
            c_start, c_end, weapon = counts[0]
            at = (x.start(), x.end()) if x else None
            if at is None and area is not None and (draft.scope == "report" or m.people) \
                    and _only_own_region(mentions, resolutions, k, area, draft.claimant.side, lex):
                # (an earlier figure the article recalls, "Раніше повідомлялося, що …", is his region's
                # only when he is named telling it: "Раніше Кім повідомляв, що …")
                # "ППО збила 26 дронів", told by Sevastopol's governor with no place: his own region
                at, region = (c_start, c_end), area
            elif at is None and own is not None and (other := _region_in_context(mentions, resolutions, k, gaz, lex)) \
                    and other.iso != own.iso and area is not None and other.iso != area.iso:
                # "Before that, drones attacked the Belgorod Region. Twelve of them were shot down",
                # in the Kursk governor's story: the region the text has just named
                at, region = (c_start, c_end), other
            elif at is None and own is None and region is not None and _attacked_before(mentions, resolutions, k, region, lex):
                # "вночі ворог також атакував дронами Полтавську область. Та наша ППО
                # знищила всі три ворожі цілі", told by nobody's region: the region just attacked
                at = (c_start, c_end)
            if at is not None:
                uncounted = [k for k in uncounted if all(p.iso == region.iso for p in draft.items[k].places)]
                draft.items = [it for k, it in enumerate(draft.items) if k not in uncounted]
                draft.item_offsets = [o for k, o in enumerate(draft.item_offsets) if k not in uncounted]
                draft.items.append(breakdown.Item(min(at[0], c_start), max(at[1], c_end), draft.destroyed,
                                                  (region,), None, False, weapon=weapon,
                                                  number_start=c_start, summary=True))
                draft.item_offsets.append(s.start)
                break


def _over_counted_regions(m: Mentions, lex: ModuleType) -> bool:
    """"над десятью регионами", "over seven regions": a count over a number of regions (not "над
    регионом", the speaker's own)."""
    x = _patterns(lex)["over_regions"].search(m.sentence.text)
    return x is not None and any(x.start() <= n.start < x.end() for n in m.numbers)


class _SentenceIndex:
    """Which sentence holds an offset, and which officials speak in a paragraph, found by bisection
    and one grouping per document (a long document has many claims: a scan of every sentence for
    each claim grew with the square of its length)."""

    def __init__(self, mentions: list[Mentions]) -> None:
        self.mentions = mentions
        self.starts = [m.sentence.start for m in mentions]
        self._speakers: dict[int | None, list[tuple[int, claimants.OfficialClaimant]]] | None = None

    def sentence_of(self, at: int) -> int | None:
        k = bisect_right(self.starts, at) - 1
        return k if k >= 0 and at < self.mentions[k].sentence.end else None

    def paragraph_of(self, at: int) -> int | None:
        k = self.sentence_of(at)
        return None if k is None else self.mentions[k].sentence.paragraph

    def officials_in(self, out: Attribution, paragraph: int | None) -> list[tuple[int, claimants.OfficialClaimant]]:
        if self._speakers is None:
            para = {m.sentence.start: m.sentence.paragraph for m in self.mentions}
            self._speakers = {}
            for off, o in zip(out.official_offsets, out.officials, strict=True):
                self._speakers.setdefault(para.get(off), []).append((off, o))
        return self._speakers.get(paragraph, [])


def _quoting_official_region(out: Attribution, draft: ClaimDraft, holding: _SentenceIndex) -> str | None:
    """"«Всі 9 дронів знищили воїни ПвК «Захід»!» – написав Коваль": a regional
    official who tells the count of a military command (in his own words or quoting it, in the
    same paragraph) tells his region's; not the national Air Force's or General Staff's figure."""
    if draft.claimant.kind not in ("military_command", "air_force") or draft.scope != "report" \
            or not draft.evidence or not out.officials:
        return None
    # (an official with a count of his own in the report tells that one: "Повітряні сили повідомили, що
    # збито 40. Начальник Харківської ОВА уточнив, що над Харківщиною знищено 6")
    own = {d.claimant.name for d in out.claims if d is not draft and d.destroyed is not None}
    near = []
    for at, _ in draft.evidence:
        near += [(abs(off - at), o) for off, o in holding.officials_in(out, holding.paragraph_of(at))
                 if o.claimant.region and o.claimant.side == draft.claimant.side and o.claimant.name not in own]
    if not near:
        return None
    return min(near, key=lambda x: x[0])[1].claimant.region


# A capital's officials count the drones that approached the city, shot down in the ring around it:
# Moscow's mayor's are the Moscow Region's (the annotation convention); Kyiv's city administration's
# are placed nowhere unless it says where ("близько двох десятків БпЛА, які загрожували Києву")
_OWN_AREA: dict[str, str | None] = {"RU-MOW": "RU-MOS", "UA-30": None}


def _only_own_region(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int, own: Place,
                     side: str, lex: ModuleType) -> bool:
    """A regional official's count told with no place: his region, unless the sentence or the one
    before it names his own country (a national figure he or the article repeats: "росія атакувала
    Україну … ППО збили 58"; not the attacker's: "атака со стороны ВСУ"), a sea or another region.
    A place of his region in the sentence itself settles it ("три дрони були збиті в районі Севастополя")."""
    if any(r.place is not None and r.place.iso == own.iso and r.place.kind in ("locality", "district")
           for r in resolutions[k]) \
            and not any(r.place is not None and r.place.kind in ("admin1", "sea") and r.place.iso != own.iso
                        for r in resolutions[k]):
        return True
    for j in (k, k - 1):
        if j < 0 or (j < k and mentions[j].sentence.paragraph != mentions[k].sentence.paragraph):
            continue
        sites = set(map(id, _launch_sites(mentions[j], resolutions[j], lex)))
        for r in resolutions[j]:
            if r.place is None or id(r.place) in sites:
                continue  # ("удар с акватории Черного моря по Волыни": where they came from)
            if (r.place.kind == "country" and r.place.iso == side) or r.place.kind == "sea":
                return False
            if r.place.kind == "admin1" and r.place.iso not in (own.iso, None):
                return False
    return True


def _attacked_before(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int, region: Place,
                     lex: ModuleType) -> bool:
    """Sentence ``k`` names no place, and the one before it, in the same paragraph, tells of an attack
    on ``region`` (its one region), by its verb or as an attack told ("попытки атаки на Курскую
    область", "пытались атаковать"): where the weapons it counts came, and were downed. (Not a
    total after an attack told or launched ("основним напрямком атаки була Київщина. Загалом збито 40",
    "ворог намагався атакувати Київщину. Загалом знешкоджено 40"): the whole night's count, over every region.)"""
    before = mentions[k - 1] if k > 0 else None
    return before is not None and not any(r.place is not None for r in resolutions[k]) \
        and before.sentence.paragraph == mentions[k].sentence.paragraph \
        and (bool(before.launch_verbs) or (not before.destroy_verbs and "attack_reported" in _incident_kinds(before, lex))) \
        and not _patterns(lex)["combined"].search(mentions[k].sentence.text) \
        and not before.counts \
        and any(r.place is not None and r.place.iso == region.iso and r.place.kind == "admin1"
                for r in resolutions[k - 1])


def _region_in_context(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int,
                       gaz: Gazetteer, lex: ModuleType) -> Place | None:
    """The one first-level region named in sentence ``k`` or, failing that, the one before it
    in the same paragraph (not where the weapons came from: "дрони летіли з Курщини, збито 9")."""
    for j in (k, k - 1):
        if j < 0 or mentions[j].sentence.paragraph != mentions[k].sentence.paragraph:
            break
        sites = set(map(id, _after_site_cue(mentions[j], resolutions[j], lex)))
        isos = {r.place.iso for r in resolutions[j] if r.place is not None and r.place.kind == "admin1"
                and r.place.iso and gaz.in_theatre(r.place) and id(r.place) not in sites}
        if len(isos) == 1:
            return gaz.region(isos.pop())
        if isos:
            return None
    return None


@lru_cache(maxsize=8)
def _own_region_pattern(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.OWN_REGION})\b", re.IGNORECASE)


_BYLINE_REST = re.compile(r"[\W\d_]*")


def _byline(mentions: list[Mentions], resolutions: list[list[Resolution]], lex: ModuleType, gaz: Gazetteer,
            officials: Officials, published: date | None) -> Claimant | None:
    """A post's author on a line of its own: a header ("Губернатор Липецкой области
    Иван Петров:", "Київська міська військова адміністрація") or a signature at the end
    ("Тимур Ткаченко, начальник КМВА"). The whole post is in the author's voice; a person
    signing it speaks rather than the administration in its header."""
    organisation = None
    for m, res in zip(mentions, resolutions, strict=True):
        text = m.sentence.text
        if len(text) > 120:
            continue
        if m.people:
            p = m.people[0]
            if _BYLINE_REST.fullmatch(text[: p.role_start] + text[p.role_end :]):
                return claimants.from_person(p, text, res, gaz, officials, published, lex).claimant
        elif organisation is None and m.authorities \
                and _BYLINE_REST.fullmatch(text[: m.authorities[0]] + text[m.authorities[1] :]):
            organisation = claimants.authorities(text, *m.authorities, res, gaz, lex)
    return organisation


def _as_before(official: claimants.OfficialClaimant, out: Attribution) -> claimants.OfficialClaimant:
    """"Лысак также отметил": a person named again without his office is the official
    the text has already identified (his office and region as first told)."""
    if official.person.role is not None or not official.claimant.person:
        return official
    for before in reversed(out.officials):
        if before.claimant.person == official.claimant.person:
            return replace(official, claimant=before.claimant, match=before.match, region=before.region,
                           town=before.town)
    return official


_REGION_TYPE = re.compile(r"\s+(?:Oblast|Krai|Region|Republic)$")


def _regional(items: list[breakdown.Item], text: str, gaz: Gazetteer, lex: ModuleType) -> list[breakdown.Item]:
    """An item's one place read as the region it is: a city that is a region of its own ("over
    Kyiv", "над Севастополем") is that region; in a list of regions, a bare city that names its
    region ("19 over the Kursk region, 12 over Bryansk, 8 over Rostov") is the region, as in
    ministry lists. Not "the Moscow area" (the region around the city)."""
    if not items:
        return items
    listed = any(p.kind == "admin1" for it in items for p in it.places)
    area = _patterns(lex)["area"]
    out = []
    for it in items:
        if len(it.places) > 1:
            out.append(_one_region(it, gaz))
            continue
        if area.search(text, it.start, it.end + 12):
            place = it.places[0]
            if place.iso in _AREA_REGION and place.kind in ("locality", "admin1"):
                # "over the region that surrounds the Russian capital, Moscow": the Moscow Region
                place = gaz.region(_AREA_REGION[place.iso]) or place
            out.append(replace(it, places=(place,)) if place is not it.places[0] else it)
            continue
        place = it.places[0]
        if it.subset and place.kind in ("district", "locality") and any(
                p.kind == "admin1" and p.iso == place.iso for o in out for p in o.places):
            # "над Брянской областью уничтожены 12, в том числе 5 над Климовским районом": the part is
            # the district's, inside the region already counted
            out.append(it)
            continue
        at = text.find(place.as_written, it.start) if place.as_written else -1
        named_region = at >= 0 and bool(_patterns(lex)["region_of"].search(text, max(0, at - 40), at))
        place = _region_of(place, gaz, listed or named_region)
        told_for = it.places if it.places[0].kind == "district" else ()
        out.append(replace(it, places=(place,), told_for=told_for) if place is not it.places[0] else it)
    return out


# the region around a Russian city that is a region of its own ("the Moscow area", "Подмосковье")
_AREA_REGION = {"RU-MOW": "RU-MOS", "RU-SPE": "RU-LEN"}


def _one_region(it: breakdown.Item, gaz: Gazetteer) -> breakdown.Item:
    """"Над Курском и Курским районом сбиты 12": one count over places that all lie in one region,
    one of them its district or the region itself, is that region's count."""
    if it.each or not all(p.iso and p.kind in ("locality", "district", "admin1") and gaz.in_theatre(p)
                          for p in it.places):
        return it
    isos = {p.iso for p in it.places}
    if len(isos) != 1 or not any(p.kind in ("district", "admin1") for p in it.places):
        return it
    region = gaz.region(isos.pop())
    return replace(it, places=(region,), each=None, told_for=it.places) if region is not None else it


def _region_of(place: Place, gaz: Gazetteer, listed: bool) -> Place:
    if place.kind == "district" and place.iso and gaz.in_theatre(place):
        # "над Павлоградським районом збили", "in Belgorod district shot down": counted for its region
        return gaz.region(place.iso) or place
    if place.kind != "locality" or not place.iso:
        return place
    region = gaz.region(place.iso)
    if region is None:
        return place
    if region.name == place.name:
        return replace(region, as_written=place.as_written)  # Kyiv, Sevastopol, Moscow
    if listed and place.as_written and _REGION_TYPE.sub("", region.name) == place.as_written:
        return replace(region, as_written=place.as_written)
    return place


def _add_uncounted(out: Attribution, m: Mentions, claimant: Claimant | None, item: breakdown.Item,
                   s, lex: ModuleType) -> bool:
    """The places where the told claim's weapons were destroyed, named without a count (a new
    claim of no count when none is told); not when the told claim already names its places."""
    last = out.claims[-1] if out.claims else None
    if last is not None and last.destroyed is not None and last.items and not m.scope \
            and (claimant is None or claimant.side == last.claimant.side) \
            and {p.iso for p in item.places} <= {p.iso for it in last.items for p in it.places}:
        # "над Брянской областью уничтожены пять дронов", then the governor's "аппараты ликвидированы в
        # Стародубском и Климовском округах": the count just told, downed where it was told (not what
        # another period or an earlier statement tells: "Earlier, the governor said several drones were
        # destroyed over his region" after the ministry's count)
        return False
    told = _current(out, claimant)
    anaphora = bool(out.claims and _after_count_anaphora(s.text, m, lex))
    if anaphora:
        told = out.claims[-1]  # "Відбулося це у межах …": the claim just told, whoever says so
    if told is not None and told.items:
        if anaphora or {p.iso for it in told.items for p in it.places} & {p.iso for p in item.places}:
            return False
        # "Ночью в Ростовской области тоже сбили несколько беспилотников" after the
        # ministry's count over Kursk: another region's downing, told without a count, is a claim
        # of its own (whose speaker the text may name next), not a place of the told one
        draft = ClaimDraft(claimant or UNATTRIBUTED, scope=m.scope or "report")
        out.claims.append(draft)
    else:
        draft = told if told is not None and not m.scope else _claim_for(out, m, claimant, [], lex)
    types = {w.type for w in m.weapons}
    if not draft.weapons and len(types) == 1:
        draft.weapons.append(WeaponDraft(types.pop(), None))  # what was destroyed, if not how many
    if anaphora and draft.claimant is UNATTRIBUTED and claimant is not None:
        # "41 of 50 Shaheds were downed. According to the Air Force, air defence was working in …": who
        # tells where the count just told was downed tells the count
        draft.claimant = claimant
    draft.items.append(item)
    draft.item_offsets.append(s.start)
    draft.evidence.append((s.start, s.end))
    draft.hedged |= m.hedged
    if m.window:
        _set_window(draft, m.window, s.start, s.text)
    out.used.add(s.index)
    return True


def _attribute_the_unattributed(out: Attribution, mentions: list[Mentions], lex: ModuleType) -> None:
    """Who speaks where a claim's own sentences name nobody:

    - "…, the Air Force said" at the end of a report: when the document names one
      organisation only, the claims nobody was named for are its claims;
    - else the official of the post or story ("Об этом сообщил губернатор …" after the
      count, a header "Губернатор … :" before it): the one named nearest the claim;
    - else the formula the claim is told in, which only one side's posts use ("Сили ППО"
      in a Ukrainian text, "дежурные средства ПВО"), or "the ministry" of these reports.
    """
    named = {ref.name: (m, ref) for m in mentions for ref in m.claimants if ref.explicit}
    if len(named) == 1:
        m, ref = next(iter(named.values()))
        for draft in out.claims:
            if draft.claimant is UNATTRIBUTED:
                draft.claimant = _own_region_official(out, draft) or claimants.from_ref(ref, m.sentence.text)
        return
    holding = _SentenceIndex(mentions)
    for draft in out.claims:
        if draft.claimant is not UNATTRIBUTED:
            continue
        if out.channel is not None and not named:
            draft.claimant = out.channel  # a post of the ministry's own channel speaks for it
            continue
        formula = _formula_claimant(draft, holding, lex)
        official = None if named else (_administration_telling(out, draft, lex) or _nearest_official(out, draft)
                                       or out.author or _nearest_administration(out, draft))
        country = None
        if official is not None and official.region and draft.nationwide:
            # a count over the whole country is no regional official's, but his country's defences'
            # ("Нагадаємо, загалом ворог випустив по Україні 50 БпЛА, з них збито 40" in an OVA head's
            # post: Ukraine's, as the real reports' gold reads a nationwide figure)
            official, country = None, official.side
        if official is not None and official.region and any(
                p.kind == "admin1" and p.iso and p.iso != official.region for it in draft.items for p in it.places):
            official = None  # a list over other regions too is no governor's own count (an MoD list)
        if official is not None and (formula is None or formula.side in (official.side, "unknown")):
            draft.claimant = official
        elif formula is not None:
            draft.claimant = formula
        else:
            draft.claimant = _defender(draft) or _side_defender({country}) or UNATTRIBUTED


# Crimea and Sevastopol: their air defence, and the claims of interceptions over them, are Russia's
_RUSSIAN_HELD = {"UA-43", "UA-40"}
# Regions partly held by each side: who claims an interception over them the text must say
_CONTESTED = {"UA-14", "UA-09", "UA-23", "UA-65"}


def _defender(draft: ClaimDraft) -> Claimant | None:
    """Where nothing names the claimant, the places of the claim's breakdown: only the side
    that defends that airspace counts interceptions over it (the Russian Ministry of Defence
    over Russian regions and Crimea, Ukraine's air defence over the rest of Ukraine)."""
    sides = set()
    for it in draft.items:
        for p in it.places:
            if p.kind == "sea" or p.country is None or p.iso in _CONTESTED:
                continue
            sides.add("RU" if p.country == "RU" or p.iso in _RUSSIAN_HELD else
                      "UA" if p.country == "UA" else "other")
    return _side_defender(sides)


def _side_defender(sides: set[str | None]) -> Claimant | None:
    """The defences of one side: the Russian Ministry of Defence, or Ukraine's air defence."""
    if sides == {"RU"}:
        return Claimant("Russian Ministry of Defence", "ministry", "RU")
    if sides == {"UA"}:
        return Claimant("Ukrainian air defence", "military_command", "UA")
    return None


def _channel(source: str | None) -> Claimant | None:
    """The claimant an official channel's or site's address gives (``lexicon.sources``)."""
    if not source:
        return None
    for pattern, name, kind, side in _source_patterns():
        if pattern.search(source):
            return Claimant(name, kind, side, as_written=source)
    return None


@lru_cache(maxsize=1)
def _source_patterns() -> list[tuple[re.Pattern[str], str, str, str]]:
    return [(re.compile(p, re.IGNORECASE), name, kind, side) for p, name, kind, side in SOURCE_CLAIMANTS]


def _own_region_official(out: Attribution, draft: ClaimDraft) -> Claimant | None:
    """"… уничтожены над Липецкой областью, сообщил губернатор Иван Петров" in a story
    of the ministry's count elsewhere: a claim over the region of the official named nearest
    it only is that official's."""
    official = _nearest_official(out, draft)
    if official is None or not official.region or not draft.items:
        return None
    near = {official.region, SURROUNDING.get(official.region)}
    if all(p.iso in near for it in draft.items for p in it.places):
        return official
    return None


def _nearest_official(out: Attribution, draft: ClaimDraft) -> Claimant | None:
    """The official named nearest the claim (before or after it): a report quotes one
    official, who is introduced before his words or named after them."""
    if not out.officials or not draft.evidence:
        return None
    at = draft.evidence[0][0]
    best = min(range(len(out.officials)), key=lambda k: (abs(out.official_offsets[k] - at),
                                                         out.official_offsets[k] < at))
    return out.officials[best].claimant


def _administration_telling(out: Attribution, draft: ClaimDraft, lex: ModuleType) -> Claimant | None:
    """"«… destroyed about a dozen attack drones that threatened the capital», the city military
    administration's report said": an administration named in the claim's own sentence tells it,
    whichever official the story quoted nearer (the mayor's words on the damage)."""
    return next((c for offset, c in out.administrations if c.side != "unknown"
                 and re.search(lex.TELLING_AUTHORITIES, c.as_written or "", re.IGNORECASE)
                 and any(a <= offset < b for a, b in draft.evidence)), None)


def _nearest_administration(out: Attribution, draft: ClaimDraft) -> Claimant | None:
    """"…, повідомили у Київській міській військовій адміністрації": an administration
    named beside the claim (its side known from the places it names) speaks for it."""
    if not draft.evidence:
        return None
    at = draft.evidence[0][0]
    known = [(offset, c) for offset, c in out.administrations if c.side != "unknown"]
    if not known:
        return None
    return min(known, key=lambda oc: (abs(oc[0] - at), oc[0] < at))[1]


def _formula_claimant(draft: ClaimDraft, holding: _SentenceIndex, lex: ModuleType) -> Claimant | None:
    """The claimant a claim's wording gives away (``lex.SIDE_FORMULAS``)."""
    # the claim's sentences, each found by bisection (a scan of every sentence for each claim was square)
    held = sorted({k for a, _ in draft.evidence if (k := holding.sentence_of(a)) is not None})
    texts = [holding.mentions[k].sentence.text for k in held]
    for pattern, name, kind, side in _formulas(lex):
        if any(pattern.search(t) for t in texts):
            return Claimant(name, kind, side)
    return None


@lru_cache(maxsize=8)
def _formulas(lex: ModuleType) -> list[tuple[re.Pattern[str], str, str, str]]:
    return [(re.compile(rf"\b(?:{p})\b", re.IGNORECASE), name, kind, side) for p, name, kind, side in lex.SIDE_FORMULAS]


def _claimant(m: Mentions, people: list[claimants.OfficialClaimant], out: Attribution,
              lex: ModuleType) -> Claimant | None:
    explicit = [c for c in m.claimants if c.explicit]
    if explicit:
        source_last = _patterns(lex)["source_last"].search(m.sentence.text)
        return claimants.from_ref(explicit[-1] if source_last else explicit[0], m.sentence.text)
    if people:
        return people[0].claimant
    for ref in m.claimants:
        for draft in reversed(out.claims):
            if ref.kind == "any" or draft.claimant.kind == ref.kind:
                return draft.claimant
        if out.speaker is not None and (ref.kind == "any" or out.speaker.kind == ref.kind):
            return out.speaker
    return None


def _current(out: Attribution, claimant: Claimant | None) -> ClaimDraft | None:
    """The claim being told by this claimant (an unattributed headline counts)."""
    for draft in reversed(out.claims):
        if claimant is None or draft.claimant.name == claimant.name or draft.claimant is UNATTRIBUTED \
                or _vaguely_same(out, draft.claimant, claimant) \
                or (draft.from_title and draft.claimant.name in out.vague and draft.claimant.side == claimant.side):
            # ("Russia says three drones downed …" over the governor's post: the headline is his claim told)
            return draft
    return None


def _launch_told(out: Attribution, claimant: Claimant | None) -> ClaimDraft | None:
    """The claim whose weapons "all" were destroyed: the claimant's own, or the launch just told
    ("… launched three ATACMS rockets. The ministry said it shot down all incoming missiles")."""
    current = _current(out, claimant)
    last = out.claims[-1] if out.claims else None
    if (current is None or current.launched is None) and last is not None and last.launched is not None \
            and last.destroyed is None:
        return last
    return current


def _vaguely_same(out: Attribution, a: Claimant, b: Claimant) -> bool:
    """"The Ukrainian military said …", then "Ukraine's Air Force said": one side's claim
    named vaguely and then exactly is one claimant's."""
    return a.side == b.side and a.side != "unknown" and (a.name in out.vague or b.name in out.vague) \
        and a.person is None and b.person is None


def _claim_for(out: Attribution, m: Mentions, claimant: Claimant | None, totals: list[Count],
               lex: ModuleType, items: list[breakdown.Item] = ()) -> ClaimDraft:
    current = _current(out, claimant)
    if m.sentence.is_title:
        draft = ClaimDraft(claimant or UNATTRIBUTED, from_title=True)
        out.claims.append(draft)
        return draft
    if current is not None:
        scope = m.scope
        values = _total_values(totals, m, lex)
        more = _more_of_another_weapon(current, totals, m, lex, claimant)
        conflict = any(
            getattr(current, slot) is not None and getattr(current, slot) != value
            and not _rounded_alike(current, slot, value, totals) and not more
            for slot, value in values.items()
        ) or _weapons_conflict(current, totals, m, lex) or _weapon_counted_again(current, totals, items, m, lex) \
            or _model_counted_again(current, totals, items, m, lex) \
            or _more_downed_than_came(current, values) \
            or (current.destroyed is not None and bool(_patterns(lex)["new_attack"].search(m.sentence.text))) \
            or _less_than_its_list(current, values, totals) or _list_of_other_regions(current, claimant) \
            or _region_counted_again(current, items) or _outside_officials_region(current, items, out) \
            or (not any(c.explicit for c in m.claimants) and _one_of_its_regions_again(current, items, values))
        # ("отражена атака беспилотника", then "сообщил об отражении новой атаки": a second attack's count)
        # a complete window of its own, different from the told claim's complete one ("as of 09:00"
        # only completes a window that began earlier)
        own_window = (m.window is not None and m.window.begin is not None and current.window is not None
                      and current.window.until is not None
                      and (m.window.begin, m.window.until) != (current.window.begin, current.window.until))
        if current.scope == "summary" and scope is None and (m.window is not None or m.night):
            # "Кроме того, с 8.00 до 14.00 …", "лише цієї ночі противник атакував …" after a weekly summary
            own_window = True
        if (scope is None or scope == current.scope) and not conflict and not own_window:
            if claimant and (current.claimant is UNATTRIBUTED or current.claimant.name in out.vague):
                current.claimant = claimant
            current.from_title = False
            if more:
                _total_to_its_weapon(current)
            return current
        if current.from_title and not conflict and scope:
            current.scope = scope
            current.from_title = False
            return current
    told = _launch_told_by_same_side(out, m, claimant, totals, lex) if current is None else None
    if told is not None:
        return told
    fallback = current.claimant if current else (out.speaker or UNATTRIBUTED)
    nationwide = not m.people and not any(c.explicit for c in m.claimants) \
        and bool(_patterns(lex)["nationwide"].search(m.sentence.text))
    if nationwide and (claimant or fallback).region:
        # "За ночь силы ПВО уничтожили 48 дронов над регионами России" in a governor's
        # story: not the governor's count (nor his "силы ПВО"); who told it the text does not say
        claimant, fallback = None, UNATTRIBUTED
    draft = ClaimDraft(claimant or fallback, scope=m.scope or "report", nationwide=nationwide)
    out.claims.append(draft)
    return draft


def _launch_told_by_same_side(out: Attribution, m: Mentions, claimant: Claimant | None, totals: list[Count],
                              lex: ModuleType) -> ClaimDraft | None:
    """"Russia launched 267 attack drones, Zelensky said", then "the air force said 138 of the drones were
    downed": a part of the weapons just told launched, told by another voice of the same side, is that
    launch's destroyed count (one claim), not a claim of its own."""
    last = out.claims[-1] if out.claims else None
    if last is None or claimant is None or m.scope or last.from_title or claimant.side in ("unknown", None) \
            or last.claimant.side != claimant.side or last.destroyed is not None or last.launched is None \
            or claimant.region or any(w.destroyed is not None for w in last.weapons):
        # (a regional official's "six of the drones were shot down there" is his region's own claim)
        return None
    part = [c for c in totals if c.of_total is None and _patterns(lex)["part_of_told"].match(m.sentence.text, c.number.end)
            and _verb_for(c, m, m.sentence.text, lex) == "destroyed"]
    if len(part) != 1 or part[0].number.value > last.launched:
        return None
    return last


def _more_of_another_weapon(current: ClaimDraft, totals: list[Count], m: Mentions, lex: ModuleType,
                            claimant: Claimant | None) -> bool:
    """"Four Storm Shadow missiles were downed … 13 Ukrainian UAVs were also destroyed", "Также
    уничтожены 13 беспилотников": counts, said to be more, of weapons the claim has not counted: its
    parts (the claim's total becomes the sum of its weapons: _total_to_its_weapon), not another claim
    (nor when another speaker or office tells them: "…, the mayor said")."""
    if not totals or any(c.weapon is None or c.weapon.type in ("unknown", *NOT_IN_TOTALS) for c in totals) \
            or not _patterns(lex)["more_of_it"].search(m.sentence.text) \
            or (claimant is not None and claimant.name != current.claimant.name) \
            or (claimant is None and _patterns(lex)["role_said"].search(m.sentence.text)):
        return False  # ("The Defense Ministry also reported …", "…, the mayor said" after the Air Force: another's)
    told = {w.type for w in current.weapons if w.destroyed is not None or w.launched is not None}
    return bool(told) and not told & {c.weapon.type for c in totals}


def _total_to_its_weapon(current: ClaimDraft) -> None:
    """"Russia launched 40 drones … 35 were shot down. It also said 2 missiles were destroyed": the
    claim's destroyed count, told before another weapon's, was its one weapon's (so the total becomes
    the sum of the weapons)."""
    kept = [w for w in current.weapons if w.type not in NOT_IN_TOTALS]
    if current.destroyed is not None and len(kept) == 1 and kept[0].destroyed is None:
        kept[0].destroyed = current.destroyed


def _less_than_its_list(current: ClaimDraft, values: dict[str, int], totals: list[Count] = ()) -> bool:
    """A per-place list told without a total ("16 над Брянской, …, по 2 – над Крымом и Московским
    регионом"), then "Ещё утром над столичным регионом уничтожили три дрона" or "Губернатор …
    сообщил, что над областью сбит ещё один": a count smaller than the list's own sum cannot be its
    total; it is another claim."""
    destroyed = values.get("destroyed")
    if destroyed is None or current.destroyed is not None:
        return False
    # (and a split by weapon told without a total: "all 28 missiles and 15 of 16 drones", then the city
    # head's "all in all, air defence destroyed more than 20 targets")
    by_type: dict[str, int] = {}
    for w in current.weapons:
        if w.destroyed is not None and w.type not in NOT_IN_TOTALS:
            by_type[w.type] = max(by_type.get(w.type, 0), w.destroyed)
    if len(by_type) > 1 and sum(by_type.values()) > destroyed \
            and not any(c.weapon is not None and c.weapon.type in by_type for c in totals):
        return True  # (not one of its types counted again: "the two cruise missiles were downed")
    top = [it for it in current.items if not it.subset and not it.note and it.count is not None]
    if len(top) < 2:
        return False
    return sum(_counted(it, it.joined or it.count) for it in top) > destroyed


def _item_key(it: breakdown.Item) -> tuple:
    return tuple(sorted(p.iso or p.name for p in it.places)), it.count, it.each, it.subset, it.note is not None


def _region_counted_again(current: ClaimDraft, items: list[breakdown.Item]) -> bool:
    """A per-place list counts each region once: "… над Брянской областью сбиты шесть …", then
    "Также днём во вторник над Брянской областью сбили два беспилотника" is another claim (a
    headline's or a summary's places aside, and a part told with "including")."""
    def counted(it: breakdown.Item) -> set[tuple[str, int]]:
        if it.count is None or it.subset or it.note or it.summary or it.headline or len(it.places) != 1:
            return set()
        return {(p.iso, it.count) for p in it.places if p.iso and p.kind in ("admin1", "sea")}

    # (the same count for the same region is the list told again: "семь … над Днепропетровщиной")
    told = set().union(*(counted(it) for it in current.items)) if current.items else set()
    regions = {iso for iso, _ in told}
    return any(iso in regions and (iso, n) not in told for it in items for iso, n in counted(it))


def _one_of_its_regions_again(current: ClaimDraft, items: list[breakdown.Item], values: dict[str, int]) -> bool:
    """A total told with the regions it was downed over, none counted ("підтверджено збиття 63 БпЛА
    … у Харківській, …, Вінницькій … областях"), then "у Вінницькій області сили ППО знищили 4
    БпЛА": a count over one of those regions is that region's own claim (its oblast head's, told
    next), not a breakdown of the summary's total (nor its only place). The breakdown that adds up to the
    total ("five drones over the Oryol, Bryansk and Kursk regions", then "three over Bryansk, one over …")
    or tells it again ("уничтожены 14 …: 12 – над Курской, 2 – над Орловской") is the summary's own, and
    so is a part its source is named for ("По данным Минобороны, большая часть — 18 — над Белгородской")."""
    if current.destroyed is None or not items or "destroyed" in values \
            or sum(it.count or 0 for it in items) >= current.destroyed:
        return False
    listed = {p.iso for it in current.items if len(it.places) > 1 and (it.count is None or it.summary)
              for p in it.places if p.kind == "admin1"}
    if not listed or any(it.count is not None and not it.summary for it in current.items):
        return False
    return all(it.count is not None and not it.subset and len(it.places) == 1
               and it.places[0].kind == "admin1" and it.places[0].iso in listed for it in items)


def _list_of_other_regions(current: ClaimDraft, claimant: Claimant | None) -> bool:
    """A per-place list over several regions told by nobody named (a ministry's list retold), or a
    count over another region, then "Губернатор Калужской области сообщил, что над областью уничтожен
    ещё один дрон": the official's count is his own claim, not theirs (nor are they his)."""
    if claimant is None or not claimant.region or current.claimant is not UNATTRIBUTED:
        return False
    regions = {p.iso for it in current.items if it.count is not None for p in it.places if p.iso}
    near = {claimant.region, SURROUNDING.get(claimant.region)} | {k for k, v in SURROUNDING.items() if v == claimant.region}
    return bool(regions - near) and (len(regions) > 1 or not regions & near)


def _outside_officials_region(current: ClaimDraft, items: list[breakdown.Item], out: Attribution) -> bool:
    """A regional official's count (his, or the defenders' he tells), then "Також на
    Вінниччині сили ППО знищили два БпЛА" (the Mykolaiv governor's story): counts only
    in other regions are not his claim."""
    vague = current.claimant is UNATTRIBUTED or current.claimant.name in out.vague
    official = out.reporter if vague else current.claimant
    own = official.region if official is not None and official.kind == "governor" else None
    if not own or not items or not current.evidence:  # (a claim just opened for them: theirs)
        return False
    near = {own, SURROUNDING.get(own)} | {k for k, v in SURROUNDING.items() if v == own}
    places = [p for it in items if it.count is not None for p in it.places]
    return bool(places) and all(p.kind == "admin1" and p.iso and p.iso not in near for p in places)


def _more_downed_than_came(current: ClaimDraft, values: dict[str, int]) -> bool:
    """"Міноборони … знищило 100 дронів", then "москву атакувало щонайменше сім БПЛА": fewer came
    than the claim told were downed (or more downed than it told came), so another claim."""
    launched, destroyed = values.get("launched"), values.get("destroyed")
    return (launched is not None and current.destroyed is not None and launched < current.destroyed
            and "destroyed" not in current.approximate) \
        or (destroyed is not None and current.launched is not None and destroyed > current.launched
            and "launched" not in current.approximate)


def _close(a: int, b: int) -> bool:
    """Two figures that may be one rounded and one exact: "over 100" and 103, "майже півсотні" and 46."""
    return abs(a - b) <= max(3, max(a, b) // 4)


def _rounded_alike(current: ClaimDraft, slot: str, value: int, totals: list[Count]) -> bool:
    """"over 100 drones" in the lead, "103" in the body (or the other way round): one figure told
    twice, once rounded, not two claims."""
    told = getattr(current, slot)
    rounded_now = any(c.number.approx and c.number.value == value for c in totals)
    return (slot in current.approximate or rounded_now) and _close(told, value)


def _settle_rounded(draft: ClaimDraft, totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """The exact figure replaces a rounded one told before (and the rounded count's weapon entry);
    a rounded figure after an exact one adds nothing."""
    keep = []
    for c in totals:
        slot = _verb_for(c, m, text, lex)
        told = getattr(draft, slot, None) if slot in ("destroyed", "launched") else None
        if told is None or told == c.number.value or not _close(told, c.number.value):
            keep.append(c)
        elif c.number.approx:
            continue  # "over 100" after 103
        elif slot in draft.approximate:
            setattr(draft, slot, None)
            draft.approximate.discard(slot)
            draft.weapons = [w for w in draft.weapons if getattr(w, slot) != told or w.model is not None]
            keep.append(c)
        else:
            keep.append(c)
    return keep


def _weapons_conflict(current: ClaimDraft, totals: list[Count], m: Mentions, lex: ModuleType) -> bool:
    """"… in the last week alone, 1,720 drones and 100 missiles were used", then "Over the three winter
    months, … 738 missiles and 19,000 drones": a sentence that counts two or more weapon types
    again, each differently from the claim told, is another claim (another period, another speaker)."""
    typed = [c for c in totals if c.weapon is not None and c.weapon.type not in ("unknown", *NOT_IN_TOTALS)]
    if len({(c.weapon.type, c.weapon.model) for c in typed}) < 2:
        return False
    differ = 0
    for c in typed:
        slot = _verb_for(c, m, m.sentence.text, lex)
        if slot not in ("destroyed", "launched"):
            continue
        told = [getattr(w, slot) for w in current.weapons if w.type == c.weapon.type and w.model == c.weapon.model
                and getattr(w, slot) is not None]
        if told and c.number.value not in told:
            differ += 1
        elif told:
            return False
    return differ >= 2


def _weapon_counted_again(current: ClaimDraft, totals: list[Count], items: list[breakdown.Item], m: Mentions,
                          lex: ModuleType) -> bool:
    """"… destroyed 215 Ukrainian drones and four guided aerial bombs in a day", then "63 drones
    were downed overnight": a claim told by weapon type has no total of its own yet to differ from,
    but a sentence that counts one of its weapons again with another figure tells another claim
    (another period, another wave)."""
    typed = [c for c in totals if c.weapon is not None and c.weapon.type not in ("unknown", *NOT_IN_TOTALS)]
    if len(typed) != 1 or len({w.type for w in current.weapons}) < 2 \
            or len({c.weapon.type for c in m.counts if c.weapon is not None}) > 1 \
            or any(it.number_start == typed[0].number.start for it in items):
        return False  # (a count placed is a part of the claim; a claim of one weapon has its total to compare)
    c = typed[0]
    slot = _verb_for(c, m, m.sentence.text, lex)
    if slot not in ("destroyed", "launched") or getattr(current, slot) is not None:
        return False  # (a total told: the totals themselves are compared)
    told = _told_of(current, c, slot)
    return bool(told) and _another_figure(c, told)


def _model_counted_again(current: ClaimDraft, totals: list[Count], items: list[breakdown.Item], m: Mentions,
                         lex: ModuleType) -> bool:
    """"in October alone, Russia launched over 700 Shahed UAVs", then "over the whole previous winter,
    Russia launched about 2,500 Shahed UAVs in 4 months": a claim whose total is one model's count,
    and a later sentence that counts that model alone again with another figure, is another claim
    (another period); a model counted after its generic type ("14 drones … 13 Shaheds") is its part."""
    typed = [c for c in totals if c.weapon is not None and c.weapon.model is not None]
    if len(typed) != 1 or len(totals) != 1 or any(it.number_start == typed[0].number.start for it in items):
        return False
    c = typed[0]
    slot = _verb_for(c, m, m.sentence.text, lex)
    if slot not in ("destroyed", "launched") or any(w.type == c.weapon.type and w.model is None for w in current.weapons):
        return False
    told = _told_of(current, c, slot)
    return bool(told) and getattr(current, slot) in told and _another_figure(c, told)


def _told_of(current: ClaimDraft, c: Count, slot: str) -> list[int]:
    """What the claim told in ``slot`` ("destroyed", "launched") for the weapon (type and model) ``c`` counts."""
    return [getattr(w, slot) for w in current.weapons if (w.type, w.model) == (c.weapon.type, c.weapon.model)
            and getattr(w, slot) is not None]


def _another_figure(c: Count, told: list[int]) -> bool:
    """``c`` counts its weapon with a figure the claim did not tell for it (nor, "about N", one close to one told)."""
    return c.number.value not in told and not (c.number.approx and any(_close(t, c.number.value) for t in told))


def _verb_for(count: Count, m: Mentions, text: str, lex: ModuleType) -> str:
    """"destroyed 22 drones" / "22 drones were destroyed" / "launched 120 drones"."""
    if any(0 <= v[0] - count.end <= 40 and not any(count.end <= n.start < v[0] for n in m.numbers)
           and not any(count.end <= d[0] < v[0] for d in m.destroy_verbs)  # "24 were shot down and the rest lost"
           for v in m.lost_verbs):
        return "lost"
    if count.weapon is None and not m.destroy_verbs and not m.launch_verbs and _LIST_OPENS.match(text, count.end):
        return "destroyed"  # "За последние три часа — пять: три над Курской, …": a list's total, told without a verb
    if _patterns(lex)["percent_of"].search(text, max(0, count.number.start - 30), count.number.start):
        return "launched"  # "shot down 98% of the 120 drones launched": the 120 came, a share was downed
    if _patterns(lex)["whole_first"].fullmatch(text, 0, count.number.start):
        return "launched"  # "Of the 132 drones, 88 were downed", "З 17 дронів 14 знищено": the whole that came
    if _whole_before_part(count, m, text, lex):
        return "launched"  # "об атаке 136 беспилотников на область, 57 из них удалось уничтожить"
    if _patterns(lex)["of_them_before"].search(text, max(0, count.number.start - 20), count.number.start):
        # "fired six missiles and 45 drones, of which five missiles and 38 drones were intercepted": the
        # parts take the verb after them, whatever the whole came with
        after = min((v for v in m.launch_verbs + m.destroy_verbs if v[0] >= count.end), default=None)
        if after is not None and after in m.destroy_verbs and not re.search(r"[.;:!?]", text[count.end : after[0]]):
            return "destroyed"
    if _patterns(lex)["destroyed_bare"].match(text[count.end :]) \
            or (count.weapon is None and _patterns(lex)["bare_participle"].match(text, count.end)) \
            or (count.weapon is None and _patterns(lex)[
            "destroyed_count"].search(text, max(0, count.number.start - 120), count.number.start)):
        return "destroyed"
    if count.of_total is not None:
        return "destroyed"
    if _subject_then_all_destroyed(count, m, text, lex):
        return "launched"
    # the nearest verb: before the count, or after it across a passive gap ("were"); on a tie
    # destroyed before launched, and of one kind the verb before. The verbs of a kind are in text
    # order and do not overlap, so the nearest before is found by bisection, and the verbs after
    # are tried nearest first only while they could still be nearer.
    best, dist = None, 10**6
    start, end = count.number.start, count.end
    for kind, verbs in (("destroyed", m.destroy_verbs), ("launched", m.launch_verbs)):
        k = bisect_right(verbs, start, key=lambda v: v[1])  # verbs[:k] end by the count's start
        if k and start - verbs[k - 1][1] < dist:
            best, dist = kind, start - verbs[k - 1][1]
        for a, _ in verbs[bisect_left(verbs, end, lo=k, key=lambda v: v[0]):]:
            if a - end >= dist:
                break
            if _passive_gap(lex).fullmatch(text[end:a]):
                best, dist = kind, a - end
                break
    return best or ("destroyed" if m.destroy_verbs else "launched")


def _subject_then_all_destroyed(count: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"three drones attacked a depot in the region; they were downed": the count is the
    subject of the launch verb right after it, and every one of them is destroyed later in the sentence
    (no destroy verb before it: "shot down all 14 drones fired overnight" counts the destroyed)."""
    return any(a > count.end and not text[count.end : a].strip() for a, _ in m.launch_verbs) \
        and not any(a < count.number.start for a, _ in m.destroy_verbs) \
        and bool(_patterns(lex)["all_destroyed"].search(text, count.end))


_PART_AFTER = re.compile(r"[^.;:!?\d]{0,80},\s*")


def _whole_before_part(count: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"об атаке 136 беспилотников ВСУ на область, 57 из них удалось уничтожить", "в воздух подняли
    семь беспилотников, пять из которых были сбиты": the count the next clause takes a destroyed part
    of is the whole that came, though no launch verb says so (not where it was itself destroyed: "сбиты 30
    беспилотников, 20 из них уничтожены над Курской областью" tells where a part was)."""
    if any(a < count.number.start for a, _ in m.destroy_verbs):
        return False
    part = next((n for n in m.numbers if n.start >= count.end), None)
    pats = _patterns(lex)
    return part is not None and bool(_PART_AFTER.fullmatch(text, count.end, part.start)) \
        and bool(pats["of_them"].match(rest := text[part.end :])) and bool(pats["destroyed_bare"].match(rest))


@lru_cache(maxsize=8)
def _passive_gap(lex: ModuleType) -> re.Pattern[str]:
    """What may stand between a count and the verb after it: "22 drones were destroyed"."""
    return re.compile(lex.PASSIVE_GAP, re.IGNORECASE)


_WORDS_THEN_VERB = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}")


def _weapon_then_verb(c: Count, m: Mentions, text: str) -> WeaponWord | None:
    """"только дронов было зафиксировано 45", "безпілотників було збито 12": the weapon, at most two
    words, its verb, then the bare count (the verb and weapon nearest before it, found by bisection)."""
    for verbs in (m.destroy_verbs, m.launch_verbs):  # (each in text order, without overlaps)
        k = bisect_right(verbs, c.number.start, key=lambda v: v[1]) - 1
        if k < 0 or text[verbs[k][1] : c.number.start].strip():
            continue
        j = bisect_right(m.weapons, verbs[k][0], key=lambda w: w.end) - 1
        if j >= 0 and m.weapons[j].type not in ("unknown", *NOT_IN_TOTALS) \
                and _WORDS_THEN_VERB.fullmatch(text, m.weapons[j].end, verbs[k][0]):
            return m.weapons[j]
    return None


def _weapon_of_number(c: Count, m: Mentions, text: str, lex: ModuleType) -> WeaponWord | None:
    """The weapon a running tally names before its figure ("the number of drones shot down … had risen
    to 11", lexicon DESTROYED_COUNT_BEFORE)."""
    x = _patterns(lex)["destroyed_count"].search(text, max(0, c.number.start - 120), c.number.start)
    if x is None:
        return None
    return next((w for w in m.weapons if x.start() <= w.start < x.end() and w.type not in ("unknown", *NOT_IN_TOTALS)),
                None)


def _denied(c: Count, m: Mentions) -> bool:
    """"Усі ракети збиті, а два безпілотники не вдалося вразити", "failed to shoot down two
    missiles": the verb nearest the count is one the sentence denies."""
    def nearest(spans: list[tuple[int, int]]) -> int:
        return min((c.number.start - b if b <= c.number.start else a - c.end for a, b in spans
                    if b <= c.number.start or a >= c.end), default=10**6)
    return bool(m.not_destroyed) and nearest(m.not_destroyed) < nearest(m.destroy_verbs + m.launch_verbs)


def _is_total(c: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    pats = _patterns(lex)
    if _denied(c, m):
        return False
    if pats["hit_count"].search(text, max(0, c.number.start - 50), c.number.start):
        return False  # "влучання ракет та 7 ударних БпЛА на 5 локаціях": hits, not interceptions
    if pats["subset_before"].search(text, max(0, c.number.start - 30), c.number.start):
        k = bisect_left(m.counts, c.number.start, key=lambda o: o.number.start)  # (counts in text order)
        before = m.counts[k - 1] if k else None
        if before is not None and before.end <= c.number.start \
                and _verb_for(before, m, text, lex) == _verb_for(c, m, text, lex):
            return False  # "знешкодила 50, серед них 20 «шахедів»": a part of the count told, not a total
    if c.weapon is not None:
        # ("збито 5 дронів …, ще один дрон впав у полі": the one that fell is no count of the downed)
        return not pats["fell_after"].match(text, c.end)
    if pats["other_counted"].match(text, c.end):
        return False  # "used drones to destroy 15 Russian air defence systems": not weapons
    if not m.weapons and any(k in ("damage", "hit", "fire") for k in _incident_kinds(m, lex)):
        return False  # "buildings were damaged, and an entrance in one of them was destroyed"
    if pats["of_them_towards"].match(text[c.end :]):
        return False
    # ("знешкодила 50, серед них 20 «шахедів»": the count that has parts is the total; "запустив 103
    # ударні БпЛА, збито 85": a bare count right after its verb, of the weapons counted before it)
    return bool(pats["destroyed_bare"].match(text[c.end :]) or pats["of_them"].match(text[c.end :])
                or pats["bare_participle"].match(text, c.end)
                or (m.destroy_verbs and pats["units_then_part"].match(text[c.end :]))
                or (m.destroy_verbs and pats["parts_after"].match(text, c.end))
                or (_verb_right_before(c.number.start, m, text, pats) and _weapons_counted_before(c, m))
                or _weapon_then_verb(c, m, text) is not None
                or pats["destroyed_count"].search(text, max(0, c.number.start - 120), c.number.start))


# How far before a number a destroy verb told right before it may start ("of them, shot down 51")
_VERB_REACH = 200


def _verb_right_before(at: int, m: Mentions, text: str, pats: dict) -> bool:
    """A destroy verb of the sentence stands right before the number at ``at`` ("збито 85"): only
    the verbs starting within _VERB_REACH characters before it are tried (each verb of a long list
    tried for each of its counts was square in its length)."""
    verbs = m.destroy_verbs  # in text order, without overlaps
    lo, hi = bisect_left(verbs, (at - _VERB_REACH, -1)), bisect_left(verbs, (at, -1))
    return any(pats["verb_then_number"].fullmatch(text, a, at) for a, _ in verbs[lo:hi])


def _weapons_counted_before(c: Count, m: Mentions) -> bool:
    """A count of a weapon ends before ``c``'s number (found once per sentence, not per count)."""
    end = m.first_weapon_count_end
    return end is not None and end <= c.number.start


def _total_values(totals: list[Count], m: Mentions, lex: ModuleType) -> dict[str, int]:
    """The claim-level counts a sentence states (as ``_fill_totals`` would set them)."""
    values: dict[str, int] = {}
    kinds = {(c.weapon.type, c.weapon.model) for c in totals if c.weapon}
    for c in totals:
        if c.weapon is None or c.weapon.type == "unknown" or (c.weapon.model is None and len(kinds) == 1):
            slot = _verb_for(c, m, m.sentence.text, lex)
            if slot in ("destroyed", "launched") and slot not in values:
                values[slot] = c.number.value
    return values


def _fill_totals(draft: ClaimDraft, totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> None:
    """Totals and per-weapon counts. When a sentence counts several weapon types
    ("four Kh-101 missiles, one Iskander-M and 176 drones") the claim's total is
    their sum, left to assembly; a bare "of which 134 were downed" is the total."""
    kinds = {(c.weapon.type, c.weapon.model) for c in totals if c.weapon}
    if kinds and not m.sentence.is_title:
        # the body's own counts replace the headline's; a headline that counted none of the body's kinds
        # keeps its others ("ППО уразила 15 ракет" in the headline, "до десятка шахедів заходили на Київ"
        # in the body), one that counted them (the week's drones and missiles, the body's six hours'
        # drones) summed another claim's figures
        types = {t for t, _ in kinds}
        retold = any(w.from_title and w.type in types for w in draft.weapons)
        draft.weapons = [w for w in draft.weapons if not w.from_title or (w.type not in types and not retold)]
    modelled = {c.weapon.type for c in totals if c.weapon and c.weapon.model}
    whole_from = _all_of_them(totals, text, lex)
    parts = _generic_after_model(totals, m, text, lex)
    all_listed: set[int] = set()
    for c in totals:
        if c.weapon and c.weapon.type == "unknown":
            # "289 повітряних цілей: 5 ракет Кинджал, …, 269 БпЛА": aerial targets are the total
            slot = _verb_for(c, m, text, lex)
            if slot in ("destroyed", "launched") and getattr(draft, slot) is None:
                setattr(draft, slot, c.number.value)
            if slot == "destroyed" and c.of_total is not None and draft.launched is None:
                draft.launched = c.of_total.value  # "знищила 84 цілі з 99"
            elif slot == "destroyed" and c.number.start >= whole_from and draft.launched is None:
                draft.launched = c.number.value
            continue
        if c.weapon and c.weapon.model is None and c.weapon.type in modelled and len(modelled) == 1 \
                and len({k for k in kinds if k[1] is None}) == 1 and sum(
                    1 for t in totals if t.weapon and t.weapon.type == c.weapon.type and not t.weapon.model) == 1 \
                and not (_verb_for(c, m, text, lex) == "destroyed"
                         and any(t.weapon and t.weapon.model and t.end <= c.number.start
                                 and _verb_for(t, m, text, lex) == "destroyed" for t in totals)):
            # "шесть ракет: четыре ATACMS и две Storm Shadow": the generic count is the total (when it
            # is the only one; "три БпЛА типа «Молния», один FPV-дрон и два БпЛА" are three parts, and so
            # are the destroyed "6 «Шахедів» та один розвідувальний безпілотник": a generic count
            # destroyed after a model's count is one more part, not their whole; but "атакував 37 дронами
            # типу Shahed, захисники знищили 29 безпілотників": the destroyed of those launched)
            slot = _verb_for(c, m, text, lex)
            if slot in ("destroyed", "launched") and getattr(draft, slot) is None:
                setattr(draft, slot, c.number.value)
            continue
        slot = _verb_for(c, m, text, lex)
        value = c.number.value
        if slot == "lost":
            draft.lost = value
            continue
        if c.of_total is not None and (c.weapon is None or len(kinds) == 1):
            draft.destroyed = draft.destroyed if draft.destroyed is not None else value
            draft.launched = draft.launched if draft.launched is not None else c.of_total.value
        elif c.of_total is not None:
            pass  # "all 28 missiles and 15 of 16 drones": one type's part; the claim sums its types
        elif c.weapon is None or (len(kinds) == 1 and c.weapon.type != "guided_bomb"
                                  and not _other_types_told(draft, c.weapon.type)):
            if getattr(draft, slot) is None:
                setattr(draft, slot, value)
            if slot == "destroyed" and c.number.start >= whole_from and draft.launched is None \
                    and not any(w.launched is not None for w in draft.weapons):
                draft.launched = value  # "shot down all 14 drones": as many came as were downed
        span = (m.sentence.start + c.number.start, m.sentence.start + c.end)
        if c.weapon:
            _weapon(draft, c.weapon.type, c.weapon.model, slot, value, span, generic=c.weapon.model is None)
            if m.sentence.is_title:
                draft.weapons[-1].from_title = True
            if slot == "destroyed" and c.of_total is not None:
                # "15 of 16 drones", "one of four missiles": how many of the type came
                _weapon(draft, c.weapon.type, c.weapon.model, "launched", c.of_total.value, span,
                        generic=c.weapon.model is None)
                continue
            if slot == "destroyed" and c.number.start >= whole_from and not any(
                    w.type == c.weapon.type and w.launched is not None and id(w) not in all_listed
                    and (w.model == c.weapon.model or c.weapon.model is None or w.model is None)
                    for w in draft.weapons):
                # (the parts of one "all" list are each launched: "all 11 missiles, four Shahed drones
                # and two reconnaissance UAVs were destroyed")
                _weapon(draft, c.weapon.type, c.weapon.model, "launched", value, span,
                        generic=c.weapon.model is None)
                all_listed.update(id(w) for w in draft.weapons if w.launched == value)
    if parts:
        told = range(m.sentence.start, m.sentence.end)
        for w in draft.weapons:
            if w.type in parts and any(a in told for a, _ in w.evidence):
                w.listed = True


def _generic_after_model(totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> set[str]:
    """"сбиты две ракеты Storm Shadow и три противорадиолокационные ракеты", "5 Shahed та 15 дронів
    інших типів": a generic count joined in one list after a model's count of its type is one more
    part, not the whole the model is a part of (as "шесть ракет: четыре ATACMS и две Storm Shadow" is).
    The types so listed."""
    joined = _patterns(lex)["counts_joined"]
    return {b.weapon.type for a, b in itertools.pairwise(totals)
            if a.weapon and b.weapon and a.weapon.model and b.weapon.model is None and a.weapon.type == b.weapon.type
            and a.end <= b.number.start and joined.fullmatch(text, a.end, b.number.start)
            and _verb_for(a, m, text, lex) == _verb_for(b, m, text, lex) == "destroyed"}


# the one sea off a region's coast (regions on two seas, Crimea and the Kuban, have none)
_COAST = {"UA-40": "Black Sea", "UA-51": "Black Sea", "UA-48": "Black Sea", "UA-65": "Black Sea",
          "UA-23": "Sea of Azov", "UA-14": "Sea of Azov", "RU-ROS": "Sea of Azov", "RU-LEN": "Baltic Sea",
          "RU-KGD": "Baltic Sea", "RU-AST": "Caspian Sea", "RU-DA": "Caspian Sea", "RU-KL": "Caspian Sea"}


def _with_bare_sea(res: list[Resolution], s, lex: ModuleType, gaz: Gazetteer,
                   resolutions: list[list[Resolution]], claimant: Claimant | None) -> list[Resolution]:
    """"прикордонники знищили 2 дрони над морем", "shot down two UAVs over the sea": the sea is the
    one the report names elsewhere, or else the one off the coast of the region it is about."""
    x = _patterns(lex)["bare_sea"].search(s.text)
    if x is None:
        return res
    named = {r.place.name for rs in resolutions for r in rs if r.place is not None and r.place.kind == "sea"}
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
    a, b = x.span("sea")
    hit = PlaceHit(a, b, s.text[a:b], (seas[0],))
    found = Resolution(hit, s.start, replace(seas[0], as_written=hit.as_written), "context",
                       context="the sea the report is about")
    return sorted([*res, found], key=lambda r: r.hit.start)


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
    iso = named.pop() if named else (
        # "within the capital", "над столицею": the city itself, not the ring around it
        (speaker.region if city else _OWN_AREA.get(speaker.region, speaker.region))
        if speaker is not None and speaker.region else None)
    if city and named:
        return res  # ("над городом" in a story that names a region: which city is not said)
    region = gaz.region(iso) if iso else None
    if region is None:
        return res
    prefix = _patterns(lex)["own_region_prefix"].match(s.text, x.start())
    a = prefix.end() if prefix is not None and prefix.end() < x.end() else x.start()
    hit = PlaceHit(a, x.end(), s.text[a : x.end()], (region,))
    found = Resolution(hit, s.start, replace(region, as_written=hit.as_written), "context",
                       context="the region the official speaks for")
    return sorted([*res, found], key=lambda r: r.hit.start)


_BULLET = re.compile(r"\s*[-–—•*·▪▫►◾]\ufe0f?\s*")  # ("▪️2 fpv-дрона;": an emoji square)
_ITEM_END = re.compile(r"[;.]\s*$")


def _weapon_list_header(m: Mentions, text: str, lex: ModuleType,
                        claimant: Claimant | None) -> tuple[ClaimDraft | None, str, Claimant | None] | None:
    """"За минувшие сутки противник использовал:": the lines after it count what was launched
    (destroyed, when the header says so)."""
    if not text.rstrip().endswith(":") or m.counts:
        return None
    pats = _patterns(lex)
    if not pats["weapon_list"].search(text) and not (m.launch_verbs and pats["launch_list"].search(text)):
        return None
    return None, "destroyed" if m.destroy_verbs and not m.launch_verbs else "launched", claimant


def _weapon_list_line(out: Attribution, m: Mentions, text: str) -> bool:
    """One line of a list of weapons ("- 22 БпЛА типа «Герань-2»;", "- fpv-дрон;", one with no
    number): a part of the claim the list's header began; the claim's total is the parts' sum."""
    draft, slot, claimant = out.weapon_list
    bullet = _BULLET.match(text)
    listed = [(c.number.start, c.end, c.weapon, c.number.value) for c in m.counts if c.weapon is not None]
    if not listed and not m.numbers and len(m.weapons) == 1:
        w = m.weapons[0]
        listed = [(w.start, w.end, w, 1)]  # "- fpv-дрон;": one
    # (a line without its bullet, lost from the page, ends as a list's line does: "два КАБ;")
    if bullet is None and not _ITEM_END.search(text) or not listed \
            or len(listed) != len(m.counts) and m.counts or m.destroy_verbs or m.launch_verbs:
        if draft is not None:
            _total_from_weapons(draft)  # the list is told: a later count is another claim or a part
        out.weapon_list = None
        return False
    if draft is None:
        draft = ClaimDraft(claimant or out.speaker or out.reporter or UNATTRIBUTED)
        out.claims.append(draft)
        out.weapon_list = (draft, slot, claimant)
    s = m.sentence
    for start, end, w, value in listed:
        draft.weapons.append(WeaponDraft(w.type, w.model, listed=True))
        setattr(draft.weapons[-1], slot, value)
        draft.weapons[-1].evidence.append((s.start + start, s.start + end))
    draft.evidence.append((s.start, s.end))
    out.used.add(s.index)
    return True


def _launched_not_placed(totals: list[Count], items: list[breakdown.Item], m: Mentions, text: str,
                        lex: ModuleType) -> list[Count]:
    """"понад 10 дронів були спрямовані в Крим та Севастополь", "скерували на місто 16 БпЛА": places
    after a launch verb are targets, not where weapons were destroyed; the counts are launched totals."""
    starts = {it.number_start for it in items}
    return sorted(totals + [c for c in m.counts if c.number.start in starts and _is_total(c, m, text, lex)],
                  key=lambda c: c.number.start)


def _strikes_on_settlements(m: Mentions, res: list[Resolution], lex: ModuleType, gaz: Gazetteer) -> bool:
    """"350 БпЛА (переважно FPV) атакували Балабине, Степногірськ, Кушугум", "attacked the Putyvl
    hromada with two strike drones", "attacked the Nikopol district with seven kamikaze drones", in a
    report that tells of none destroyed: the drones that struck villages, towns short of a city, their
    hromadas and districts (most of the places named: "520 БпЛА (переважно FPV) атакували Запоріжжя,
    Балабине, Біленьке, …") are a count of strikes on places (a governor's daily summary of shelling), not
    how many came at the country, a region or a city in an air attack. Where the weapons came from is
    no target ("запустили 12 шахедів з північного напрямку (Курськ, РФ)"), nor is the region that
    only says where the places are ("the Pavlohrad district, Dnipropetrovsk region")."""
    cues = [x.end() for x in _patterns(lex)["site_cue"].finditer(m.sentence.text)]
    targets = [r.place for r in res if r.place is not None
               and not any(0 <= r.hit.start - end <= 60 for end in cues)]
    inside = {p.iso for p in targets if p.kind != "admin1"}
    targets = [p for p in targets if p.kind != "admin1" or p.iso not in inside]
    return 2 * sum(_settlement(p, gaz) for p in targets) > len(targets)


def _settlement(place: Place, gaz: Gazetteer) -> bool:
    """A village or a town short of a city, the hromada of one ("Putyvl hromada"; not "Sumy hromada"),
    or a district around towns (a raion, an okrug; not a city's district)."""
    if place.kind == "district" and place.unit == "hromada":
        towns = [p for p in gaz.lookup(place.name.removesuffix(" hromada"), {"locality"}) if p.iso == place.iso]
        return all((p.population or 0) < CITY_POPULATION for p in towns)
    if place.kind == "district":
        return place.unit in ("raion", "okrug")
    return place.kind == "locality" and (place.population or 0) < CITY_POPULATION


def _spared(m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """The counts right after "except" ("all aerial targets except two drones were downed", "кроме
    двух БПЛА"): how many of a weapon were not destroyed."""
    pattern = _patterns(lex)["except_before"]
    return [c for c in m.counts if c.weapon is not None
            and pattern.search(text, max(0, c.number.start - 30), c.number.start)]


def _all_destroyed(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None, after: int,
                   spared: list[Count] = ()) -> bool:
    """"… launched a total of 25 Shahed drones, all of which were destroyed", "Усі ракети збито",
    "все они были сбиты": with no number, as many were destroyed as the told claim says were
    launched (each weapon's too). Sets the told claim's destroyed counts; says whether it did."""
    if told is None or not m.destroy_verbs:
        return False
    if told.destroyed is not None or any(w.destroyed is not None for w in told.weapons):
        return _all_of_kind_destroyed(m, text, lex, told, after)
    launched = told.launched
    if launched is None and told.weapons and all(w.launched is not None for w in told.weapons):
        launched = sum(w.launched for w in told.weapons if w.type not in NOT_IN_TOTALS)
    if not launched:
        return False
    x = _patterns(lex)["all_destroyed"].search(text, after)
    if x is None:
        return False
    # ("All except the Iskander-M were shot down", "Збито всі, крім ракети")
    but = _patterns(lex)["except"].search(text, x.start(), x.end() + 12)
    if but is not None:
        return _all_but(told, [w for w in m.weapons if but.end() <= w.start < but.end() + 40],
                        [c for c in spared if but.end() <= c.number.start < but.end() + 40])
    types = {w.type for w in m.weapons if x.start() <= w.start < x.end()}
    if types and not types >= {w.type for w in told.weapons if w.type not in NOT_IN_TOTALS}:
        return False  # "Усі ракети збито" after missiles and drones: the drones' fate is not told
    told.destroyed = launched
    for w in told.weapons:
        if w.launched is not None and w.destroyed is None:
            w.destroyed = w.launched
    return True


def _all_of_kind_destroyed(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft, after: int) -> bool:
    """"Над Києвом збито 15 ракет. … 10 шахедів заходили на Київ. Усі ворожі безпілотники знищено": the
    claim told one kind of weapon destroyed and another launched; "all" of the kind it names were
    destroyed, as many as were launched (the claim's total grows by them)."""
    x = _patterns(lex)["all_destroyed"].search(text, after)
    if x is None or _patterns(lex)["except"].search(text, x.start(), x.end() + 12):
        return False
    types = {w.type for w in m.weapons if x.start() <= w.start < x.end()}
    # ("Усі вони були знищені", no kind named: the kind told launched, when another kind was told
    # destroyed with no launched count)
    downed = {w.type for w in told.weapons if w.destroyed is not None}
    named = [w for w in told.weapons if w.type in types] if types else \
        [w for w in told.weapons if w.launched is not None and w.destroyed is None and w.type not in downed] \
        if all(w.launched is None for w in told.weapons if w.destroyed is not None) else []
    if not named or not downed or any(w.launched is None or w.destroyed is not None for w in named):
        return False  # (a claim's destroyed count not split by kind: whether "all" adds to it is not told)
    for w in named:
        w.destroyed = w.launched
    kept = [w for w in told.weapons if w.type not in NOT_IN_TOTALS]
    if all(w.destroyed is not None for w in kept):
        told.destroyed = sum(w.destroyed for w in kept)
    elif told.destroyed is not None:
        told.destroyed += sum(w.launched for w in named if w.type not in NOT_IN_TOTALS)
    return True


def _all_but(told: ClaimDraft, spared: list, counted: list[Count] = ()) -> bool:
    """"12 drones and an Iskander-M … All except the Iskander-M were shot down": each weapon told
    was destroyed as often as it was launched, but the ones named after "except", none of them (or
    all but their number: "31 drones and a missile … all targets except two drones were downed")."""
    def named(w: WeaponDraft) -> bool:
        return any(s.type == w.type and (s.model is None or s.model == w.model) for s in spared)

    def left(w: WeaponDraft) -> int:
        return sum(c.number.value for c in counted if c.weapon.type == w.type
                   and (c.weapon.model is None or c.weapon.model == w.model))
    kept = [w for w in told.weapons if w.type not in NOT_IN_TOTALS]
    if counted and not kept and told.launched is not None and len({c.weapon.type for c in counted}) == 1:
        if sum(c.number.value for c in counted) >= told.launched:
            return False
        told.destroyed = told.launched - sum(c.number.value for c in counted)  # "all but two of 25 drones"
        return True
    if not spared or not kept or any(w.launched is None for w in kept) \
            or (all(named(w) for w in kept) and not counted) or not any(named(w) for w in kept) \
            or any(named(w) and counted and left(w) > w.launched for w in kept):
        return False
    named_ones = [w for w in kept if named(w)]
    for w in kept:
        # (the spared number once, on the first of its type: "31 Shaheds … except two drones")
        w.destroyed = (w.launched - left(w) if w is next(x for x in named_ones if x.type == w.type) else w.launched) \
            if named(w) and counted else (0 if named(w) else w.launched)
    told.destroyed = sum(w.destroyed for w in kept)
    return True


def _bare_after_launched(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None) -> list[Count]:
    """"Противник атакував 40 ударними БпЛА. Збито 33.", "… 30 drones. Of them, shot down 12.": a
    sentence that is only a destroy verb and a number, after a claim that told how many were
    launched and not yet how many were destroyed, counts that claim's destroyed weapons."""
    if told is None or told.launched is None and not any(w.launched is not None for w in told.weapons) \
            or told.destroyed is not None or any(w.destroyed is not None for w in told.weapons):
        return []
    bare = [c for c in m.counts if c.weapon is None]
    pats = _patterns(lex)
    if len(bare) == 1 and len(m.counts) == 1:
        c = bare[0]
        if pats["verb_then_number"].fullmatch(text, 0, c.number.start) and pats["sentence_rest"].fullmatch(text, c.end):
            return [c]
    # "Станом на 09:00 збито 30, ще 12 локаційно втрачені": the count right after the destroy verb,
    # the others lost
    after_verb = [c for c in bare if _verb_right_before(c.number.start, m, text, pats)]
    if len(after_verb) == 1 and all(c is after_verb[0] or _verb_for(c, m, text, lex) == "lost" for c in m.counts):
        return after_verb
    return []


def _with_placed_ones(m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"знищено крилату ракету Х-101 над Вінниччиною та 12 БпЛА над Полтавщиною": a weapon in the singular, with no number, beside counts of others in a list of
    downings by place, is one downed there (the sentence's counts, with these ones, for the breakdown)."""
    if not m.destroy_verbs or not any(c.weapon is not None for c in m.counts):
        return m.counts
    pats = _patterns(lex)
    counted = {id(c.weapon) for c in m.counts if c.weapon is not None}
    ones = [Count(Number(w.start, w.start, 1), w, w.end) for w in m.weapons
            if id(w) not in counted and w.type not in ("unknown", *NOT_IN_TOTALS) and _singular(text, w, pats)
            and pats["one_placed"].match(text, w.end)]
    return sorted(m.counts + ones, key=lambda c: c.number.start) if ones else m.counts


def _struck_with_one(m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"вдарили по місту балістичною ракетою", "також вдарили ракетою Х-59": one weapon launched,
    written in the singular without a number (not where the sentence says it was destroyed)."""
    if m.destroy_verbs or m.counts:
        return []
    hit = _patterns(lex)["struck_with_one"].search(text)
    if hit is None:
        return []
    for w in m.weapons:
        if w.start == hit.end() and w.type not in ("unknown", *NOT_IN_TOTALS):
            return [Count(Number(w.start, w.start, 1), w, w.end)]
    return []


def _implicit_one(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None) -> list[Count]:
    """"Over the Bryansk region, an enemy UAV was shot down", "збили ворожий безпілотник",
    "shot down the tenth drone since the night": one weapon destroyed, though no number is
    written. Only where no destroyed count is told yet (later mentions retell it) and not for
    debris ("wreckage of a downed drone")."""
    if not m.destroy_verbs or (told is not None and not told.from_title and (told.destroyed is not None
                                                       or any(w.destroyed is not None for w in told.weapons))):
        return []
    pats = _patterns(lex)
    counted = {id(c.weapon) for c in m.counts if c.weapon is not None}
    for w in m.weapons:
        # ("отражена атака БПЛА, летевшего на Москву": the attack of one, on its way, repelled)
        heading = bool(pats["one_heading"].match(text, w.end))
        # (of unknown kind only "a target" in the singular: "збили повітряну ціль ворога")
        target = w.type == "unknown" and bool(pats["single_target"].fullmatch(text, w.start, w.end))
        if id(w) in counted or (w.type == "unknown" and not target) or w.type in NOT_IN_TOTALS \
                or not (target or _singular(text, w, pats) or (heading and lex.MORPH_LANG)) \
                or (pats["not_one_after"].search(text, max(0, w.start - 60), w.start) and not heading) \
                or pats["not_one_before"].match(text, w.end):
            continue
        one = Count(Number(w.start, w.start, 1), w, w.end)
        if _verb_for(one, m, text, lex) == "destroyed" and not _denied(one, m):
            return [one]
    return []


def _singular(text: str, w, pats: dict) -> bool:
    """One weapon, written without a number: a singular form ("беспилотник", "a drone"), or an
    abbreviation that is either number after a singular adjective ("вражеский БПЛА")."""
    before = max(0, w.start - 40)
    return bool(pats["single_weapon"].fullmatch(text, w.start, w.end)
                and pats["single_before"].search(text, before, w.start)) \
        or bool(pats["single_abbreviation"].fullmatch(text, w.start, w.end)
                and pats["single_abbreviation_before"].search(text, before, w.start))


def _with_coordinated_one(totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"17 Shaheds and a Kh-59 missile", "launched 23 drones and a cruise missile": a singular
    weapon joined to a count is one more of its own type."""
    pats = _patterns(lex)
    counted = {id(c.weapon) for c in m.counts if c.weapon is not None}
    extra: list[Count] = []
    for w in m.weapons:
        if id(w) in counted or w.type == "unknown" or not _singular(text, w, pats) \
                or pats["not_one_before"].match(text, w.end):
            continue
        joined = any(pats["and_one"].fullmatch(text, c.end, w.start) if c.end <= w.start
                     else pats["and_then"].fullmatch(text, w.end, c.number.start) for c in totals)
        if joined:
            extra.append(Count(Number(w.start, w.start, 1), w, w.end))
    return sorted(totals + extra, key=lambda c: c.number.start) if extra else totals


def _other_types_told(draft: ClaimDraft, wtype: str) -> bool:
    """The claim already counts other weapon types ("17 Shaheds and a Kh-59"): a later count
    of one type ("24 Shaheds were launched") is that type's, not the claim's total."""
    return any(w.type != wtype and w.type not in NOT_IN_TOTALS and (w.destroyed is not None or w.launched is not None)
               for w in draft.weapons)


def _all_of_them(totals: list[Count], text: str, lex: ModuleType) -> int:
    """Where "all" quantifies the destroyed counts ("shot down all 14 drones and one Kh-59",
    "Усі 11 безпілотників знищили"): the start of the first such count, else past the end."""
    pattern = _patterns(lex)["all_before"]
    for c in totals:
        if pattern.search(text, max(0, c.number.start - 20), c.number.start):
            return c.number.start
    return len(text) + 1


# The most entries a claim's counts by weapon may have: a report splits its count over a few types
# and models; a text of thousands of counts of one type made one entry per count, each count
# reading all the entries before it (square in the text's length).
MAX_WEAPON_ENTRIES = 64


def _weapon(draft: ClaimDraft, wtype: str, model: str | None, slot: str, value: int,
            span: tuple[int, int], generic: bool) -> None:
    for w in draft.weapons:
        if w.type == wtype and (w.model == model or (generic and w.model is not None) or w.model is None):
            if getattr(w, slot) is None:
                setattr(w, slot, value)
                w.evidence.append(span)
                if model and w.model is None:
                    w.model = model
                return
            if getattr(w, slot) == value:
                return
    if len(draft.weapons) >= MAX_WEAPON_ENTRIES:
        return  # a list of thousands of counts of one weapon is no split by weapon (each count read them all)
    w = WeaponDraft(wtype, model)
    setattr(w, slot, value)
    w.evidence.append(span)
    draft.weapons.append(w)


def _set_window(draft: ClaimDraft, window: WrittenWindow, offset: int, sentence_text: str) -> None:
    if draft.window is not None and draft.window.until is None and window.begin is None:
        merged = WrittenWindow(draft.window.start, draft.window.end, draft.window.begin, window.until,
                               draft.window.zone or window.zone)
        draft.window = merged
        return
    draft.window, draft.window_offset, draft.window_sentence = window, offset, sentence_text


_NEAR_VERB = re.compile(r"[\s,]*(?:[^\W\d_]+\s+){0,2}")  # at most two words between a place and its verb


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
            if pats["over_before"].search(text, max(0, r.hit.start - 60), r.hit.start):
                group.append(r)
            elif (x := pats["in_regions"].search(text, max(0, r.hit.start - 60), r.hit.start)) \
                    and _region_or_district(r.place) and (m.destroy_verbs or destroyed) \
                    and (r.hit.start > after or pats["opening"].fullmatch(text, 0, x.start())
                         or _verb_right_after(_list_end(res, k, text, pats), after, m, text)):
                # "shot down 11 drones in the Mykolaiv and Odesa regions"; "На Миколаївщині вночі
                # збили два шахеди": a region the sentence opens with is where its count happened;
                # "Средствами ПВО на территории Воронежской области было уничтожено …": or the one
                # right before its verb
                group.append(r)
                regions_only = True
        elif pats["joined"].fullmatch(text, group[-1].hit.end, r.hit.start) \
                or pats["joined_over"].fullmatch(text, group[-1].hit.end, r.hit.start):
            group.append(r)
        else:
            break
    if regions_only and not all(_region_or_district(r.place) for r in group):
        return []
    return group


def _list_end(res: list[Resolution], k: int, text: str, pats: dict) -> int:
    """Where the list of places that opens with ``res[k]`` ends ("на Одещині та Миколаївщині")."""
    end = res[k].hit.end
    for r in res[k + 1 :]:
        if r.place is None or not pats["joined"].fullmatch(text, end, r.hit.start):
            break
        end = r.hit.end
    return end


def _region_or_district(place: Place) -> bool:
    """A region, or a district of one ("дроны подавлены в Климовском округе": downed in its region)."""
    return _is_region(place) or place.kind == "district"


def _places_of_total(text: str, totals: list[Count], res: list[Resolution], m: Mentions,
                     lex: ModuleType) -> list[breakdown.Item]:
    """Where a sentence's only count happened, when it names one group of places
    after "over" ("7 drones over the Belgorod Region" written the other way round);
    one summary item, replaced if a real breakdown follows."""
    after = min(c.number.start for c in totals)
    verb = m.destroy_verbs[0][0] if m.destroy_verbs else after
    if verb < after and not any(verb < w.start < after for w in m.weapons):
        after = verb  # "знищили на Дніпропетровщині 15 безпілотників" (not "збито ракету у …, та 17 …")
    group = _place_group(text, res, m, lex, after)
    # (or over the whole country: "over Russia, the Tula region among them")
    counted = _patterns(lex)["over_regions"].search(text) or _patterns(lex)["nationwide"].search(text)
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
    if group[0].hit.start < first_count.number.start and (_patterns(lex)["partial_word"].search(
            text, line, group[0].hit.start) or _patterns(lex)["including"].search(
            text, max(line, group[0].hit.start - 25), group[0].hit.start)):
        # (and "на півдні, зокрема над Херсонщиною і Запоріжжям, знищено 9": among the
        # places, not where all were downed)
        # ("Частину «приземлили» на Львівщині: … збили сім ракет": where a part of them was downed)
        return [breakdown.Item(group[0].hit.start, group[-1].hit.end, None, tuple(r.place for r in group),
                               None, False)]
    if first_count.end < group[0].hit.start and _patterns(lex)["partial"].search(
            text, first_count.end, group[0].hit.start):
        if not _patterns(lex)["partial_word"].search(text, first_count.end, group[0].hit.start):
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
    value = values.pop() if len(values) == 1 and not (len(types) == len(totals) > 1 and len(set(types)) == len(types)) \
        else sum(c.number.value for c in totals)
    if _patterns(lex)["and_elsewhere"].match(text, group[-1].hit.end):
        value = None  # "… downed over Crimea and western parts of the country": Crimea's share is not told
    places = tuple(r.place for r in group)
    start = min(group[0].hit.start, min(c.number.start for c in totals))
    end = max(group[-1].hit.end, max(c.end for c in totals))
    return [breakdown.Item(start, end, value, places, False if len(places) > 1 else None, False,
                           weapon=True, summary=True)]


def _towards_of_total(text: str, totals: list[Count], res: list[Resolution], m: Mentions,
                      lex: ModuleType) -> list[breakdown.Item]:
    """"За минувшие сутки на подлете к Москве уничтожены 17 БПЛА": the one place the sentence's
    only count was flying towards, written before it (a note item: downed over the city's region)."""
    if len(totals) != 1 or not m.destroy_verbs:
        return []
    pattern = _patterns(lex)["towards_before"]
    found = [(r, x) for r in res if r.place is not None and r.place.kind != "country"
             and (x := pattern.search(text, max(0, r.hit.start - 40), r.hit.start))]
    if len(found) != 1:
        return []
    r, x = found[0]
    c = totals[0]
    if r.hit.end > c.number.start:
        return []  # (a count before its flying-towards place is the breakdown's to read)
    return [breakdown.Item(min(x.start(), c.number.start), max(r.hit.end, c.end), c.number.value, (r.place,), None,
                           False, note=text[x.start() : r.hit.end], weapon=c.weapon is not None,
                           number_start=c.number.start, summary=True)]


def _uncounted_places(text: str, res: list[Resolution], m: Mentions, lex: ModuleType, gaz: Gazetteer,
                      told: bool = False) -> list[breakdown.Item]:
    """"Attack drones were downed in the Sumy, Odesa and Mykolaiv regions", "Дрони збивали у
    Київській, Сумській … областях", after a count "Відбулося це у межах … областей": where they
    were destroyed, with no count: one item of null count. Debris, damage and hits name where
    something fell, not where it was downed."""
    anaphora = _after_count_anaphora(text, m, lex) if told else None
    verb = anaphora.start() if anaphora else (m.destroy_verbs[0][0] if m.destroy_verbs else None)
    if verb is None or not (m.weapons or m.claimants or anaphora or _patterns(lex)["units"].search(text)):
        return []  # (what was destroyed: a weapon, a unit word, "Также аппараты перехватывали в …")
    if any(k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex)):
        # "wreckage of a drone downed in Odesa Oblast", "уламки збитого над Київщиною дрона": the
        # debris fell somewhere, but the region right after the participle is where it was downed
        downed = [r for a, b in m.destroy_verbs for r in res if r.place is not None and _is_region(r.place)
                  and _patterns(lex)["downed_in"].fullmatch(text, b, r.hit.start)]
        if not downed or anaphora is not None:
            return []
        verb = next(a for a, b in m.destroy_verbs if b <= downed[0].hit.start)
    elif any(_patterns(lex)["one_article"].search(text, max(0, w.start - 40), w.start) for w in m.weapons):
        return []  # "an enemy UAV was shot down": a count of one, not a place without a count
    group = _place_group(text, res, m, lex, verb, anaphora is not None)
    if not group:
        return []
    if group[0].hit.start < verb:
        # "Над территорией Белгородской области отражена атака беспилотников": the sentence opens with them
        # ("Силами ПВО в нескольких районах Ростовской области отражена атака БПЛА": "in", after the defences)
        over = _patterns(lex)["over_before"].search(text, max(0, group[0].hit.start - 60), group[0].hit.start)
        opened = (over is not None and _patterns(lex)["opening"].fullmatch(text, 0, over.start())) \
            or _patterns(lex)["repelled_in_opening"].fullmatch(text, 0, group[0].hit.start)
        if not opened or any(group[-1].hit.end <= r.hit.start < verb for r in res if r.place is not None):
            return []
    places = tuple(_region_of(r.place, gaz, False) for r in group)  # "над Києвом": the city region
    # "Над Брянском … сбиты беспилотники": downed over a town, so over its region (as a count over
    # a town is kept as its region's)
    places = tuple(dict.fromkeys(
        (gaz.region(p.iso) or p) if p.kind == "locality" and p.iso and gaz.in_theatre(p) else p for p in places))
    if any(not _is_region(p) for p in places):
        return []
    return [breakdown.Item(group[0].hit.start, group[-1].hit.end, None, places, None, False)]


def _after_count_anaphora(text: str, m: Mentions, lex: ModuleType) -> re.Match[str] | None:
    """After a count, a sentence of no count whose regions are where the weapons just counted were
    destroyed: "Відбулося це у межах … областей", and air defence at work there ("Противовоздушная
    оборона работала в … областях", "для відбиття атаки застосовувалися … на території … областей":
    the summary's list of where its targets were downed). Read so only while the claim names no
    other place (see _add_uncounted)."""
    pats = _patterns(lex)
    return (may_match(m.words, lex, "place_anaphora") and pats["place_anaphora"].search(text)) \
        or (may_match(m.words, lex, "air_defence_at_work") and pats["air_defence_at_work"].search(text)) or None


_CLAUSE_END = re.compile(r"[,;:.!?]")


def _own_region_uncounted(m: Mentions, text: str, res: list[Resolution], lex: ModuleType, gaz: Gazetteer,
                          speaker: Claimant | None, context: str | None = None,
                          counted: bool = False, national: bool = False) -> breakdown.Item | None:
    """"A large number of drones were destroyed over the region", "в небі над областю збивали
    безпілотники", with no count: the region of the official telling it, or the one region the
    sentence names ("на Полтавщині … над областю"), as a place where they were destroyed (an
    item of null count)."""
    if not m.destroy_verbs or not m.weapons:
        return None
    x = _own_region_pattern(lex).search(text)
    # (a negation in the downing's clause: not "Ворожі цілі знищені, постраждалих немає")
    clause = _CLAUSE_END.search(text, m.destroy_verbs[0][1])
    if _patterns(lex)["negation"].search(text, 0, clause.start() if clause else len(text)):
        return None
    if x is None:
        # "силы ПВО уничтожили большинство «шахедов»", in a regional official's words with no place
        # named at all: his region (never a national figure: a sentence with a count is not read here)
        regional = speaker is not None and speaker.region and speaker.kind in ("governor", "official")
        # (some of them, or all: "большинство «шахедов»", "Ворожі цілі знищені", "сбиты вражеские БПЛА";
        # not one: "збили ворожий безпілотник")
        if res or national or not (regional or context) \
                or not (any(_patterns(lex)["uncounted_before"].search(text, max(0, w.start - 60), w.start)
                            for w in m.weapons)
                        or (not counted and not any(k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex))
                            and any(not _singular(text, w, _patterns(lex)) for w in m.weapons))):
            # (the downed weapons of debris: "уламки збитих цілей пошкодили будинок" tells where it fell)
            return None
        region = gaz.region(_OWN_AREA.get(speaker.region, speaker.region) or "" if regional else context)
        if region is None:
            return None
        a, b = m.destroy_verbs[0]
        return breakdown.Item(a, b, None, (region,), None, False)
    named = {r.place.iso for r in res if r.place is not None and r.place.kind == "admin1" and r.place.iso}
    iso = named.pop() if len(named) == 1 else None
    if iso is None and speaker is not None and speaker.region and not named:
        iso = _OWN_AREA.get(speaker.region, speaker.region)
    if iso is None and not named:
        iso = context  # ("Киевская область подверглась удару. Силы ПВО в регионе уничтожили все цели.")
    region = gaz.region(iso or "")
    if region is None:
        return None
    return breakdown.Item(x.start(), x.end(), None, (region,), None, False)


def _is_region(place: Place) -> bool:
    return place.kind in ("admin1", "sea")


def _launch_sites(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """Places the weapons were launched from ("from the directions of Kursk, Oryol"):
    after a launch verb, or after a cue that says so by itself ("Напрямки пусків –")."""
    if not m.launch_verbs and not (may_match(m.words, lex, "sites_header")
                                   and _patterns(lex)["sites_header"].search(m.sentence.text)):
        return []
    return _after_site_cue(m, res, lex)


def _after_site_cue(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """The places named after a "from (the direction of)" cue: where weapons came from."""
    text = m.sentence.text
    pats = _patterns(lex)
    cues = [x.end() for x in pats["site_cue"].finditer(text)] if res else []
    sites = []
    for r in res:
        before = [end for end in cues if 0 <= r.hit.start - end <= 60]
        # only names, commas and "and" between the cue and this place ("from Kursk, Oryol and …")
        if r.place is not None and before and not _NAMES_LIST.sub("", text[before[-1] : r.hit.start]).strip(" :-"):
            sites.append(r.place)
    return sites


def _retold(last: IncidentDraft, toll: casualties.Statement | None, reporter: Claimant,
            places: list[Place]) -> bool:
    """"Two people were injured in Kharkiv, the governor said", then "In Kharkiv's Kyivskyi district,
    a man and a woman were injured, he added": the same reporter tells the same victims again, for
    a place the incident's figures named; the incident goes on there (not another one)."""
    if toll is None or not _same(last.reporter, reporter):
        return False

    def sums(st: casualties.Statement) -> set[tuple[str, int]]:  # ("a man and a woman": 2 injured)
        return {(fld, sum(f.value for f in st.figures if f.field == fld and f.value)) for fld in casualties.FIELDS
                if any(f.field == fld and f.value for f in st.figures)}

    mine = sums(toll)
    regions = {p.iso for p in last.places if p.iso}
    # (told for a place the incident's figures named: "In Chuhuiv, two were injured" is not Kharkiv's two)
    return bool(mine) and any(mine == sums(st) and st.places & toll.places for st in last.statements) \
        and bool(regions) and all(p.iso in regions for p in places)


def _same(a: Claimant, b: Claimant) -> bool:
    """The same reporter, however the text wrote them ("Мэр Москвы Сергей Собянин", "Собянин")."""
    return (a.name, a.person) == (b.name, b.person)


_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")


def _incident_kinds(m: Mentions, lex: ModuleType) -> list[str]:
    pats = _patterns(lex)
    text = m.sentence.text
    kinds: list[str] = []
    if not may_match(m.words, lex, "incidents"):
        return kinds
    for kind, pattern, gate in pats["incidents"]:
        if gate is not None and not gate.admits(m.words):
            continue
        for x in pattern.finditer(text):
            # the 40 characters before it, searched in place: a word cut there is no word ("gover|nor");
            # within its clause ("Постраждалих немає, пошкоджено склад": the damage stands)
            start = max(0, x.start() - 40)
            start = max((y.end() for y in _CLAUSE_BREAK.finditer(text, start, x.start())), default=start)
            lead = (text, start, x.start())
            if pats["negation"].search(*lead) or pats["unspecified"].search(*lead) or pats["threat_before"].search(*lead) \
                    or pats["negation_after"].match(text, x.end()):
                continue
            kinds.append(kind)
            break
    return kinds


# "from the directions of Oryol, Bryansk, Millerovo": the names before this one
_NAMES_LIST = re.compile(r"[^\W\d_a-zа-яёіїєґ][\w'-]*(?:,\s*|\s+(?:and|и|і|та|й)\s+)")

_PRIORITY = ["casualties", "hit", "damage", "fire", "debris", "attack_repelled", "attack_reported"]


def _toll(out: Attribution, m: Mentions, res: list[Resolution], lex: ModuleType) -> casualties.Statement | None:
    """The sentence's casualty figures, unless it tells of other events ("Напомним, …")."""
    s = m.sentence
    age = _opening_day_age(m, out.published)
    days = {(d.month, d.day) for d in m.days}
    new_day = not days <= out.told_days  # (a reminder of the day the report told retells it)
    if casualties.is_reminder(s.text, lex, new_day) or (age is not None and age >= 2):
        out.background_paragraph = s.paragraph
    elif s.paragraph == out.background_paragraph and (casualties.opens_with_now(s.text, lex) or age is not None):
        out.background_paragraph = None  # "… Tonight, two people were injured": back to the news
    if s.paragraph != out.background_paragraph:
        out.told_days |= days
    if not may_match(m.words, lex, "casualties"):
        return None
    if s.paragraph == out.background_paragraph or casualties.is_background(s.text, lex, new_day):
        return None
    weapon_counts = frozenset(c.number.start for c in m.counts if c.weapon is not None)
    figures = casualties.of_sentence(s.text, m.words, m.numbers, lex, weapon_counts)
    if not figures:
        return None
    local = any(r.place is not None and r.place.kind == "locality" for r in res)
    # the places by their own names ("Kharkiv's Kyivskyi district" names Kharkiv, as "Kharkiv" does)
    names = frozenset((r.place.name if r.place is not None else r.hit.as_written).lower()
                      for r in res if r.place is None or r.place.kind != "country")
    isos = frozenset(r.place.iso for r in res if r.place is not None and r.place.iso and r.place.kind != "country")
    regional = all(r.place is None or r.place.kind in ("admin1", "country", "sea") for r in res)
    return casualties.Statement(s.index, figures, local, names, isos, title=s.is_title, regional=regional)


def _opening_day_age(m: Mentions, published: date | None) -> int | None:
    """How many days before the publication the day a sentence opens with is. "On August 20, the governor
    reported that a drone had hit the station … five people were injured", in a story published a week
    later: a day two or more days before tells an earlier event, and so does the rest of its paragraph
    (up to a sentence opening with a later day or the present time)."""
    if published is None or not m.days or m.sentence.is_title or m.days[0].start > 4:
        return None
    d = m.days[0]
    try:
        day = date(d.year or published.year, d.month, d.day)
    except ValueError:
        return None
    if day > published and d.year is None:
        day = date(day.year - 1, 12, 31) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 1)
        # (a December day told in January)
    return (published - day).days


_TARGET_GAP = 40  # characters between an attack word and the town it names ("по районам Харькова")


def _happened_when(text: str, lex: ModuleType) -> bool:
    """The sentence names when its event happened: the present time ("today", "сегодня") or a day or
    part of a day ("on Tuesday", "вранці"), not only when it was told ("the governor said on Tuesday")."""
    pats = _patterns(lex)
    event = pats["speech_time"].sub(" ", text)
    return bool(pats["now"].search(event) or pats["event_day"].search(event))


def _incident(out: Attribution, m: Mentions, res: list[Resolution], people, lex: ModuleType,
              offset: int, claimant: Claimant | None = None, claim_sentence: bool = False) -> bool:
    text = m.sentence.text
    toll = _toll(out, m, res, lex)
    if m.sentence.is_title:
        # a headline sums up; the body reports (its toll counts where the body tells none)
        if toll is not None:
            places = [r.place for r in res if r.place is not None]
            out.incidents.append(IncidentDraft(["casualties"], places, claimant or out.speaker or UNATTRIBUTED,
                                               None, None, text, [(offset, offset + len(text))], [toll]))
        return False
    kinds = _incident_kinds(m, lex)
    located = _located(out, m, res, lex, offset, claimant)
    if located:
        kinds = [k for k in kinds if k not in located and k not in ("attack_reported", "attack_repelled")]
    targets: list[Place] = []
    sites: list[Place] = []
    if claim_sentence and "attack_reported" in kinds and not m.destroy_verbs:
        # "столицю росії москву атакувало сім БПЛА", "18 БпЛА выпустили по районам Харькова": a launch
        # at a town or district is an attack there (a launch at a country or region is the claim only)
        pats = _patterns(lex)
        attack = next(p for k, p, _ in pats["incidents"] if k == "attack_reported")
        spans = [(x.start() - _TARGET_GAP, x.end() + _TARGET_GAP) for x in attack.finditer(m.sentence.text)]
        # (not where they were launched from: "launched from Kursk, Bryansk")
        sites = _after_site_cue(m, res, lex)
        targets = [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
                   and r.place.country in ("RU", "UA", "BY") and any(a <= r.hit.start <= b for a, b in spans)
                   and not any(r.place is s for s in sites)]
    if claim_sentence:
        # "air defence destroyed 7 drones; debris damaged a house": the interception is the claim
        # (and "struck Ukraine with 90 drones" is a launch, not a hit)
        kinds = [k for k in kinds if k not in ("attack_reported", "attack_repelled")] or (
            ["attack_reported"] if targets else [])
        if kinds == ["hit"] and toll is None:
            kinds = []
    positive = toll is not None and any(f.value for f in toll.figures)
    if positive and "casualties" not in kinds:
        kinds.append("casualties")  # "wounding a farm worker"
    if not kinds and toll is None:
        return False
    if m.commentary_hint and toll is None:
        return False
    if toll is None and set(kinds) <= {"attack_reported", "attack_repelled"} \
            and _patterns(lex)["generic_attack"].search(text):
        return False  # "Ukrainian forces target border areas almost daily": a habit, not an attack
    if toll is None and not m.night and not m.days and (span := _patterns(lex)["time_span"].search(text)) \
            and not _happened_when(text, lex) and not _patterns(lex)["relative_span"].search(text, 0, span.start()):
        # "drone attacks in recent months damaged buildings": a trend, no incident (not "a drone
        # struck a warehouse overnight, the third strike in recent weeks", nor "… lately; today a
        # shell hit a house", nor "On Tuesday a drone damaged a house …, the third attack in recent weeks",
        # nor a span of a relative clause: "struck an oil depot that had already been hit last year")
        return False
    reporter = people[0].claimant if people else None
    role_spans = [(p.person.role_start, p.person.role_end) for p in people]
    landmarks = _landmarks(text, res, lex)
    places = [r.place for r in res if r.place is not None and not any(r is x for x in landmarks)
              and not any(a <= r.hit.start < b for a, b in role_spans)]
    if targets and kinds == ["attack_reported"]:
        # the attack on the targets of a claim's sentence: not where the weapons came from ("з
        # Брянщини ворог запустив 5 шахедів, атакували Ніжин та Прилуки")
        places = [p for p in places if not any(p is x for x in sites)]
    elif sites := _launch_sites(m, res, lex):
        # nor, in any sentence of a launch, where they came from ("Дрони з боку Курщини атакували Суми")
        places = [p for p in places if not any(p is x for x in sites)]
    if people and not any(p.kind in ("locality", "district") for p in places):
        # "the mayor of Lutsk said explosions were heard" (each mayor the sentence quotes: "…, while
        # the mayor of Lutsk said …")
        places += [town for official in people for town in _office_town(official)]
    if not any(p.kind in ("locality", "district") for p in places) and out.untold and (
            set(kinds) & {"damage", "fire", "debris", "hit"} if out.untold_counted else
            toll is not None or set(kinds) & {"damage", "fire", "debris", "hit", "casualties"}):
        # "В селе Ивановка-2 упал дрон-камикадзе. Повреждена одна машина.",
        # "Речь о Петровской и Каменской громадах. Начались пожары": the places just named
        places = [*places, *out.untold]
        out.untold = []
    pats = _patterns(lex)
    if reporter is None and m.authorities:  # the administration the sentence names, read in attribute()
        reporter = next((c for at, c in reversed(out.administrations) if at == offset), None)
    continued = reporter is None and not pats["reporter_anaphora"].search(text)
    explicit = any(c.explicit for c in m.claimants)
    if reporter is None and (pats["reporter_anaphora"].search(text) or (
        not explicit and (m.sentence.paragraph == out.reporter_paragraph or not out.claims
                          or m.sentence.index == out.reporter_sentence + 1
                          # "Губернатор …:" then his post: the claim told since is his (or nobody's)
                          or (out.reporter is not None and out.claims[-1].claimant in (UNATTRIBUTED, out.reporter)))
    )):
        reporter = out.reporter  # the official's paragraph, or his own post, goes on in his voice
    if reporter is None:
        told = set(kinds) - {"attack_reported", "attack_repelled"} - (set() if positive else {"casualties"})
        # not where the weapons came from ("из Брянска"), nor who attacked ("the Kyiv regime")
        origins = _after_site_cue(m, res, lex) if toll is None and not told else []
        origins += [r.place for r in res if r.place is not None and pats["place_as_actor"].match(text, r.hit.end)]
        if toll is None and not told and not any(
                p.kind in ("locality", "district") and p.country in ("RU", "UA", "BY")
                and not any(p is o for o in origins) for p in places):
            return False  # an attack named in passing, by nobody (not "ворог обстрілював Кізомис, …")
        # damage, debris or victims told by the document's own voice (its organisation, or nobody named)
        reporter = claimant or out.reporter or out.speaker or (out.claims[-1].claimant if out.claims else UNATTRIBUTED)
    # "Міський голова Рівного: … «Маємо прильоти по об'єкту …»": a mayor's post tells of his town
    town = out.reporter_town if not people and reporter is out.reporter and not any(
        p.kind in ("locality", "district") for p in places) else []
    # "Обстріляли Нікополь. Пошкоджено …" (in the paragraph after, too: a post's lines stand apart)
    goes_on = not places and out.incident_at[0] == m.sentence.index - 1 \
        and bool(set(kinds) & {"damage", "fire", "debris", "hit"})
    if continued and toll is None and not goes_on and not any(
            p.kind in ("locality", "district", "admin1") and p.country in ("RU", "UA", "BY") for p in [*places, *town]):
        return False  # "The region borders Ukraine and comes under attack almost daily": commentary
    if "casualties" in kinds and not positive:
        kinds.remove("casualties")
    if not kinds and toll is None:
        return False
    kinds.sort(key=_PRIORITY.index)
    # "… the regional military administration said. The driver died at the scene.": nobody named, the
    # incident just told goes on
    unnamed = not people and not m.authorities and not explicit
    retold = bool(places) and bool(out.incidents) and _retold(out.incidents[-1], toll, reporter, places)
    if (retold or not places) and out.incidents and (not kinds or _same(out.incidents[-1].reporter, reporter) or (
            unnamed and out.incident_at == (m.sentence.index - 1, m.sentence.paragraph))):
        # "Nobody was injured, he added.": the incident told goes on
        last = out.incidents[-1]
        if retold:  # "In Kharkiv's Kyivskyi district, a man and a woman were injured": where its victims were
            last.places += [p for p in places if not any(p is q for q in last.places)]
        last.kinds = sorted(set(last.kinds) | set(kinds), key=_PRIORITY.index)
        if toll is not None:
            if not toll.places and last.places and (pats["there_anaphor"].search(text) or not last.statements
                                                    and all(p.kind == "locality" for p in last.places)):
                # "A tractor driver lost his life there.", "Drones attacked Bilozerka. Two men were
                # injured.": told for the incident's places (not a detail of the figure told before
                # for other places)
                toll.places = frozenset(p.name.lower() for p in last.places if p.kind != "country")
                toll.regions = frozenset(p.iso for p in last.places if p.iso and p.kind != "country")
                toll.local = any(p.kind == "locality" for p in last.places)
                toll.regional = all(p.kind in ("admin1", "country", "sea") for p in last.places)
            last.statements.append(toll)
        last.evidence.append((offset, offset + len(text)))
        out.incident_at = (m.sentence.index, m.sentence.paragraph)
        return True
    places = [*places, *town]
    # "in Budennovsk, Stavropol Krai": the region only qualifies the town
    finer = {p.iso for p in places if p.kind in ("locality", "district")}
    places = [p for p in places if not (p.kind == "admin1" and p.iso in finer)]
    out.reporter_sentence = m.sentence.index
    out.incident_at = (m.sentence.index, m.sentence.paragraph)
    towns = [_office_town(official) for official in people]
    if len(people) > 1 and toll is None and all(towns) and places == [t for ts in towns for t in ts] \
            and len({t[0].name for t in towns}) == len(towns):
        # "the mayor of Lviv said a drone hit …, while the mayor of Ternopil said explosions were heard":
        # each mayor tells of his own town
        for official, ts in zip(people, towns, strict=True):
            out.incidents.append(IncidentDraft(kinds or ["attack_reported"], ts, official.claimant, None, None, text,
                                               [(offset, offset + len(text))], []))
        return True
    out.incidents.append(IncidentDraft(kinds or ["attack_reported"], places, reporter, None, None, text,
                                       [(offset, offset + len(text))], [toll] if toll is not None else [],
                                       # the claim's speaker, found since, tells the attack at its targets
                                       claim=out.claims[-1] if targets and out.claims else None))
    return True


def _landmarks(text: str, res: list[Resolution], lex: ModuleType) -> list[Resolution]:
    """The towns that only locate the place named before them ("село Дивноморское под Геленджиком",
    "Тимашевск (в 60 км к северу от Краснодара)", "громаду поблизу Дніпра"): not where the
    incident happened (lexicon REFERENCE_GAP)."""
    gap = _patterns(lex)["reference_gap"]
    found = []
    for before, r in itertools.pairwise(sorted((r for r in res if r.place is not None), key=lambda r: r.hit.start)):
        if before.place.kind in ("locality", "district") and r.place.kind == "locality" \
                and gap.fullmatch(text, before.hit.end, r.hit.start):
            found.append(r)
    return found


def _office_town(official: claimants.OfficialClaimant) -> list[Place]:
    """The town a mayor's office names ("Kharkiv Mayor Ihor Terekhov", "мэр Белгорода"): where
    what he tells without a place of its own happened. Not a city that is a region of its own
    (Moscow's mayor tells of drones downed on their way to the city, their debris in the oblast)."""
    town = official.town
    return [town] if town is not None and town.iso == official.claimant.region and town.iso not in CITY_REGIONS \
        else []


def _headline_towns(m: Mentions, res: list[Resolution], lex: ModuleType) -> list[Place]:
    """The one town, district or hromada a headline that tells of damage, fire, debris, hits or
    casualties names (not an official's, nor a flight's direction or a launch site)."""
    if not set(_incident_kinds(m, lex)) & {"damage", "fire", "debris", "hit", "casualties"}:
        return []  # ("UAVs were said to be approaching the capital, Moscow": no event there)
    roles = [(p.role_start, p.role_end) for p in m.people]
    towards = _patterns(lex)["towards_before"]
    sites = {id(p) for p in _after_site_cue(m, res, lex)}
    places = [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
              and r.place.country in ("RU", "UA") and not any(a <= r.hit.start < b for a, b in roles)
              and id(r.place) not in sites
              and not towards.search(m.sentence.text, max(0, r.hit.start - 40), r.hit.start)]
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
    The region is the reporter's, or else the one region the incident names."""
    centre = re.compile(lex.REGION_CENTRE, re.IGNORECASE)
    holding = _SentenceIndex(mentions)

    def told(a: int, b: int) -> bool:  # the sentences of one evidence span
        k = holding.sentence_of(a)
        while k is not None and k < len(mentions) and mentions[k].sentence.start < b:
            if centre.search(mentions[k].sentence.text):
                return True
            k += 1
        return False

    for inc in out.incidents:
        if any(p.kind in ("locality", "district") for p in inc.places) or not any(told(a, b) for a, b in inc.evidence):
            continue
        named = {p.iso for p in inc.places if p.kind == "admin1" and p.iso}
        iso = inc.reporter.region or (named.pop() if len(named) == 1 else None)
        region = gaz.region(iso) if iso else None
        stem = split_type(name_key(region.name)) if region is not None else None
        town = next((p for p in gaz.lookup(stem[0], kinds={"locality"}) if p.iso == iso), None) if stem else None
        if town is not None:
            inc.places = [town, *inc.places]


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
    roles = [(p.role_start, p.role_end) for p in m.people]  # "мэр Москвы": who speaks, not where
    towards = _patterns(lex)["towards_before"]  # "на подлёте к Москве": where they flew, not where
    sites = {id(p) for p in _after_site_cue(m, res, lex)}  # "з напрямків — Курськ, Брянськ"
    places = [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
              and r.place.country in ("RU", "UA") and not any(a <= r.hit.start < b for a, b in roles)
              and id(r.place) not in sites
              and not towards.search(m.sentence.text, max(0, r.hit.start - 40), r.hit.start)]
    if m.sentence.index in out.used:
        # "В Севастополе утром сбили три беспилотника. Обломки упали, загорелась сухая трава":
        # the debris of a count told over one town fell there (of several, nobody can say which);
        # an incident's sentence goes on by itself ("Nobody was hurt.")
        counted = out.claims and any(a == m.sentence.start for a, _ in out.claims[-1].evidence)
        out.untold_counted = bool(counted)
        return places if counted and len({p.id for p in places}) == 1 else []
    out.untold_counted = False
    return places


def _names_its_region(r: Resolution, counted_towns: set[str]) -> bool:
    """A count's town written bare with its region's own name ("40 over Rostov, five each over Oryol
    and Tula": Rostov Oblast's, as a ministry's list means it) is no town where they were downed;
    "over the city of Voronezh", "the port of Ust-Luga", "over Shebekino" are."""
    p = r.place
    if p is None or r.hit.type_word is not None or r.hit.city or r.hit.village or r.hit.as_written not in counted_towns:
        return False
    return named_as_its_region(p, r.hit.as_written)


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
    verbs = sorted([(a, True) for a, _ in m.destroy_verbs] + [(a, False) for a, _ in m.launch_verbs])
    places: list[Place] = []
    last: Resolution | None = None
    for r in res:
        p = r.place
        if p is not None and (id(p) in sites or p.kind not in ("locality", "district", "admin1")
                              or p.country not in ("RU", "UA") or r.hit.as_written in regional
                              or _names_its_region(r, counted_towns)):
            last = None
            continue
        # the verb the place goes with: the last before it, else the first after it ("launched 15
        # attacks, targeting infrastructure in Kherson" names a target, not where they were downed)
        before = bisect_left(verbs, r.hit.start, key=lambda v: v[0])  # verbs[:before] start before it
        after = bisect_right(verbs, r.hit.start, lo=before, key=lambda v: v[0])  # verbs[after:] after it
        if verbs and not (verbs[before - 1][1] if before else verbs[after][1]):
            last = None
            continue
        cued = pats["interception_cue"].search(text, max(0, r.hit.start - 40), r.hit.start) is not None
        joined = last is not None and pats["joined_town"].fullmatch(text, last.hit.end, r.hit.start) is not None
        if cued or joined:  # (a name not resolved still links the list: "в Сакському і Бахчисарайському")
            if p is not None and p.kind != "admin1" and p.iso not in CITY_REGIONS:
                places.append(p)
            last = r
        else:
            last = None
    if not places:
        return False
    out.incidents.append(IncidentDraft(["attack_repelled"], _unique_places(places), reporter or UNATTRIBUTED,
                                       None, None, text, [(offset, offset + len(text))], claim=claim))
    return True


def _unique_places(places: list[Place]) -> list[Place]:
    out: list[Place] = []
    for p in places:
        if all(p.id != q.id for q in out):
            out.append(p)
    return out


def _located(out: Attribution, m: Mentions, res: list[Resolution], lex: ModuleType, offset: int,
             claimant: Claimant | None) -> set[str]:
    """Air Force summaries count places, not events: "влучання 4 балістичних ракет та 19 ударних
    БпЛА на 8 локаціях, падіння уламків на 3 локаціях" is a hit incident at 8 locations and a
    debris incident at 3 (never destroyed counts). Returns the kinds it made."""
    if not may_match(m.words, lex, "locations"):
        return set()
    pats = _patterns(lex)
    text = m.sentence.text
    found: list[tuple[str, int, int, int]] = []  # kind, cue start, number end, count
    prev, kind = 0, None
    for n in m.numbers:
        if not pats["locations_after"].match(text, n.end) or \
                not pats["locations_before"].search(text, max(0, n.start - 12), n.start):
            continue
        cues = [(x.start(), k) for k, p in pats["location_kinds"] for x in p.finditer(text, prev, n.start)]
        start, kind = max(cues) if cues else (prev, kind)
        if kind is None:
            continue
        found.append((kind, start, n.end, n.value))
        prev = n.end
    reporter = claimant or out.speaker or out.reporter or UNATTRIBUTED
    for k, (kind, start, end, count) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else len(text)
        places = [r.place for r in res if r.place is not None and start <= r.hit.start < stop]
        out.incidents.append(IncidentDraft([kind], places, reporter, None, None, text,
                                           [(offset + start, offset + end)], locations=count))
    return {f[0] for f in found}


def _settle_casualties(out: Attribution) -> None:
    """Each incident's killed/injured: the figures that add victims (see casualties.settle).
    A headline's incident stays only when its figures count (the body told none)."""
    statements = [st for inc in out.incidents for st in inc.statements]
    casualties.settle(statements)
    kept = []
    for inc in out.incidents:
        for fld in casualties.FIELDS:
            values = [st.counted[fld] for st in inc.statements if st.counted.get(fld) is not None]
            setattr(inc, fld, sum(values) if values else None)
        if inc.statements and all(st.title for st in inc.statements):
            if inc.killed is None and inc.injured is None:
                continue
        if "casualties" in inc.kinds and not (inc.killed or inc.injured) and len(inc.kinds) > 1:
            inc.kinds.remove("casualties")
        kept.append(inc)
    out.incidents = kept
    # a reader takes the same figure for the same places as the same victims told twice: where the
    # settled figures say they are more victims, the first incident there carries them all
    for fld in casualties.FIELDS:
        changed = True
        while changed:
            changed = False
            seen: dict[tuple, IncidentDraft] = {}
            for inc in out.incidents:
                value = getattr(inc, fld)
                if not value:
                    continue
                key = (frozenset(p.name for p in inc.places), value)
                first = seen.setdefault(key, inc)
                if first is not inc:
                    setattr(first, fld, value * 2)
                    setattr(inc, fld, None)
                    changed = True
                    break
