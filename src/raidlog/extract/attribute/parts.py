"""A claim's breakdown: the items a list counts, whether they are parts of the claim told or
a claim of their own, and the totals they add up to.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from types import ModuleType

from raidlog.extract import breakdown
from raidlog.extract.attribute.cues import _own_region_pattern, _patterns, told_as_more
from raidlog.extract.attribute.drafts import Attribution, ClaimDraft, WeaponDraft, _SentenceIndex
from raidlog.extract.attribute.placing import _places_of_total
from raidlog.extract.attribute.regions import _is_region
from raidlog.extract.mentions import Mentions
from raidlog.extract.resolve import Resolution
from raidlog.extract.weapons import NOT_IN_TOTALS, Count
from raidlog.geo import SURROUNDING, Gazetteer
from raidlog.lexicon.sides import RUSSIAN_GOVERNED
from raidlog.model import Place


def _parts_told_on_their_day(out: Attribution) -> None:
    """"ПВО ночью уничтожили все 12 шахедов и пять разведывательных БПЛА", then "Также за сутки 2 августа
    уничтожены пять разведывательных БПЛА": the night's claim summed by weapon holds a part the same side
    tells again later as a claim of a day of its own (the same weapon and figure): that part is the day's
    claim, told beside the night's in the lead, not a part of the night's figure (one pass, the night's
    parts by weapon and figure remembered as they come)."""
    parts: dict[tuple, tuple[ClaimDraft, WeaponDraft]] = {}
    for draft in out.claims:
        if draft.night and draft.summed and not draft.days and len(draft.weapons) > 1:
            for w in draft.weapons:
                if w.destroyed is not None and w.type not in NOT_IN_TOTALS:
                    parts.setdefault((w.type, w.model, w.destroyed), (draft, w))
        elif draft.days and not draft.night and draft.scope == "report" and len(draft.weapons) == 1 \
                and draft.weapons[0].destroyed is not None and draft.destroyed == draft.weapons[0].destroyed:
            w = draft.weapons[0]
            night, part = parts.pop((w.type, w.model, w.destroyed), (None, None))
            if night is None or part not in night.weapons or night.destroyed is None or night.destroyed <= part.destroyed \
                    or "unknown" not in (night.claimant.side, draft.claimant.side) and night.claimant.side != draft.claimant.side:
                continue  # (the same side's, or one not named)
            night.weapons = [x for x in night.weapons if x is not part]
            night.destroyed -= part.destroyed
            if night.launched is not None and part.launched is not None and night.launched > part.launched:
                night.launched -= part.launched


def _headline_places_told_again(out: Attribution) -> None:
    """"Над Одещиною збили 10 шахедів" as the headline, "… знищили над Одеською областю 12 ударних БпЛА"
    in the body: the headline's count stays a claim of its own, but where the body counts the same
    places its own way, the places are the body's (the headline's rounded or earlier figure is not
    a second count for them). Not another claimant's count of them: "Губернатор N: над областью уничтожили
    беспилотник" as the headline, the ministry's nationwide list of the night counting the region its own
    way at the end of the story: the headline's is the governor's claim, and its region its own."""
    body: dict[str, set[str]] = {}  # the places the body counts, by who counts them
    for d in out.claims:
        if not d.from_title:
            body.setdefault(d.claimant.name, set()).update(
                p.iso for it in d.items if it.count is not None for p in it.places if p.iso)
    # (a headline's figure over a city, the body's same figure over the sea off it or the city's parts:
    # "над Энском сбиты три дрона" heads the story, "цели уничтожались над морем … уничтожены три":
    # the body's own places of that figure are where it was told to be)
    placed = {(d.claimant.side, d.destroyed) for d in out.claims if not d.from_title and d.destroyed is not None
              and any(it.places for it in d.items)}
    for draft in out.claims:
        if not (draft.from_title and draft.items):
            continue
        named = draft.claimant.side != "unknown" and draft.claimant.person is not None
        counted = body.get(draft.claimant.name, set()) if named else set().union(*body.values())
        if (all(p.iso in counted for it in draft.items for p in it.places)
                or (draft.destroyed is not None and (draft.claimant.side, draft.destroyed) in placed)):
            draft.items, draft.item_offsets = [], []


def _uncounted_places_counted_elsewhere(out: Attribution) -> None:
    """"Над A-ской и B-ской областями сбиты дроны" as the story's lead, then the ministry's one over A and
    the governor's one over B; "a few were downed over the town", a governor says after
    the ministry's count over his region: a place told with no count where one side's claims of the same
    period count it is that count told again, not a place of its own. Not across periods: a count of
    another night ("в ночь на 6-е над областью сбили 17") does not tell tonight's place, and what a
    governor said earlier keeps its place (tests/cases/en/tass-earlier-governor-no-count-after-mod-list;
    two read-set golds drop it, the convention is open). One place only: a list of two or more is
    pipeline._list_counted_elsewhere's, which can give it the counts that add up to its claim's total."""
    for draft in out.claims:
        if not any(it.count is None for it in draft.items):
            continue
        counted = {p.iso for d in out.claims if d.claimant.side == draft.claimant.side
                   and d.scope == draft.scope and _same_days(d.days, draft.days, out.published)
                   for it in d.items if it.count is not None for p in it.places if p.iso and _is_region(p)}
        # (regions counted as such: a count over a town of the region is no count of the whole region)
        keep = [k for k, it in enumerate(draft.items)
                if it.count is not None or it.remainder or len(it.places) != 1
                or not all(_is_region(p) and p.iso in counted for p in it.places)]
        if len(keep) < len(draft.items):
            draft.items = [draft.items[k] for k in keep]
            draft.item_offsets = [draft.item_offsets[k] for k in keep]


def _same_days(a: set[tuple[int, int]], b: set[tuple[int, int]], published: date | None) -> bool:
    """Two claims' dates are one period: the same, or one tells none and the other's are all the
    publication's own night (a date of the day published or the day before: "с 22:00 14 марта до 6:00
    15 марта" in a story of 15 March, then a governor's "над округом сбили дроны" with no date, is
    tonight's). A date of another night ("в ночь на 6-е" in a story of the 9th) stays apart."""
    if a == b:
        return True
    told = a or b
    if (a and b) or published is None:
        return False
    night = {(d.month, d.day) for d in (published, published - timedelta(days=1))}
    return told <= night


_LIST_LEAD = re.compile(r"\s*(?:[^\W\d_][\w«»\"'’-]*\s+){0,3}?[:–—-]\s*$")


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


def _region_then_its_parts(text: str, items: list[breakdown.Item], as_named: list[breakdown.Item]) -> bool:
    """"Bryansk region air defence downed three drones: Klintsy saw one, Pochep another and
    Trubchevsk a third": a region's count, then after a colon or dash a list of its towns and
    districts that add up to no more than it, is the region's total told with its parts."""
    if len(items) < 2 or len(as_named) != len(items) or not items[0].weapon or items[0].count is None \
            or len(items[0].places) != 1 or items[0].places[0].kind != "admin1" or items[0].each:
        return False
    region = items[0].places[0].iso
    parts = as_named[1:]
    return all(it.count is not None and it.places and all(p.kind in ("district", "locality") and p.iso == region
                                                          for p in it.places) for it in parts) \
        and sum(_counted(it) for it in parts) <= items[0].count \
        and any(mark in text[items[0].end : parts[0].start] for mark in ":–—")


def _first_place_of_list(text: str, totals: list[Count], items: list[breakdown.Item], res: list[Resolution],
                         m: Mentions, lex: ModuleType) \
        -> tuple[list[Count], list[breakdown.Item], list[breakdown.Item] | None]:
    """"Над Сумщиною протягом ночі збито 14 шахедів, над Чернігівщиною та Полтавщиною – по 4": the
    count after the first places, before a list of others, is those places' count, the list's first
    item (not the claim's total). Third: the places of the total (:func:`_places_of_total`) of the totals
    returned, where this read them (None: not read), so that the caller asks them not again."""
    weapons = [c for c in totals if c.weapon is not None]
    if len(totals) != 1 or len(weapons) != 1 or any(it.start < weapons[0].end for it in items):
        return totals, items, None
    c = weapons[0]
    first = _places_of_total(text, totals, res, m, lex)
    listed = {p.iso for it in items for p in it.places}
    if len(first) == 1 and first[0].count is None and first[0].places and c.end <= first[0].start \
            and first[0].end <= min(it.start for it in items) and not listed & {p.iso for p in first[0].places}:
        # "destroyed 40 drones, most of them over the Bryansk region, and 12 over the Kursk region": where
        # most of the total were, with no count, before the list's counted places (the total stays)
        return totals, [first[0], *items], first
    if len(first) != 1 or first[0].count != c.number.value or not first[0].places:
        return totals, items, first
    group_end = max(r.hit.end for r in res if r.place is not None and r.place in first[0].places)
    # (or after it, before the list: "На Одещині сили ППО знищили дев'ять дронів, ще два –
    # над Миколаївщиною")
    group_start = min(r.hit.start for r in res if r.place is not None and r.place in first[0].places)
    after = group_start > c.end and group_end <= min(it.start for it in items)
    if (group_end > c.number.start and not after) or listed & {p.iso for p in first[0].places}:
        return totals, items, first
    return [], [replace(first[0], summary=False, number_start=c.number.start), *items], []


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


def _rest_unplaced(told: ClaimDraft | None) -> bool:
    """The told claim has begun to place its total and some of it is still unplaced: "14 drones
    destroyed. Thirteen of them over the Oryol region", so "Another drone was shot down over the Tula
    region" is where the last one was downed (13 + 1 = 14), not one more over a region of its own."""
    if told is None or told.destroyed is None:
        return False
    placed = [it for it in told.items if it.count is not None and not (it.subset or it.headline or it.note)]
    return bool(placed) and sum(_counted(it) for it in placed) < told.destroyed


def _parts_reach_its_total(told: ClaimDraft | None, totals: list[Count], items: list[breakdown.Item],
                           text: str, lex: ModuleType) -> bool:
    """The sentence's one count, though told as a total, and its places' counts add up to the total
    the claim just told ("a total of 34 drones", then "Twenty-one of the drones over Russian territory,
    and 13 over the Sea of Azov": 21 + 13 = 34): they are that total's parts, not a claim of 21 (the
    reading whose parts reach the stated total is preferred). Not a count told "more", nor one "of" a
    whole of its own ("12 of 20"), nor items that are parts of a part or told "more" (which
    _beyond_its_total reads)."""
    if told is None or told.destroyed is None or len(totals) != 1 or not items:
        return False
    c = totals[0]
    if c.of_total is not None or c.number.approx or told_as_more(text, c, lex) or c.number.value >= told.destroyed:
        return False
    if any(it.count is None or it.subset or it.more or it.note or it.summary or it.each for it in items):
        return False
    return c.number.value + sum(it.count for it in items) == told.destroyed


def _unplaced_parts_of_list(told: ClaimDraft | None, totals: list[Count], items: list[breakdown.Item],
                            text: str, lex: ModuleType) -> bool:
    """"Over Aa and Bb a single UAV each was shot down, and three more were jammed somewhere", after
    a stated total of 40: the sentence goes on with the told total's list (its places' counts), and its counts of
    weapons with no place of their own are parts whose places it does not name, not a claim of their own (which
    took the list's later sentences from the total). Only where the told claim's placed counts, these items and
    these counts stay within its total, none told "more" or "of" a whole nor of another kind of weapon than the
    told claim's, the items all counted parts."""
    if told is None or told.destroyed is None or not totals or not items:
        return False
    if any(c.weapon is None or c.of_total is not None or c.number.approx or told_as_more(text, c, lex) for c in totals):
        return False
    kinds = {w.type for w in told.weapons}
    if not kinds or "unknown" in kinds or any(c.weapon.type not in kinds for c in totals):
        # ("25 UAVs", then "one UAV each over Aa and Bb, while three missiles were intercepted": the missiles
        # are a count of their own, no part of the drones' total)
        return False
    if any(it.count is None or it.subset or it.more or it.note or it.summary or it.headline for it in items):
        return False
    placed = sum(_counted(it) for it in told.items
                 if it.count is not None and not (it.subset or it.note or it.summary or it.headline))
    return placed + sum(_counted(it) for it in items) + sum(c.number.value for c in totals) <= told.destroyed


_LIST_OPENS = re.compile(r"[:—–]")  # (a colon or a dash between a count and the places' counts opens its list)


def _country_part_then_list(totals: list[Count], items: list[breakdown.Item], text: str, lex: ModuleType) -> list[Count]:
    """"shot down 26 drones over Russian territory and 15 over the Sea of Azov": the sentence's one count,
    told over the whole country (NATIONWIDE, no region of it) and followed by places' counts, is a part
    beside them, the claim's total their sum (41), not 26 with a breakdown of 15. Only places outside the
    country's own regions (a sea, the Russian-held peninsula) sit beside it: '30 over Russian regions, 12
    over the Bryansk region and 8 over the Kursk region' names some of its own regions, a part of the 30.
    The totals, so read."""
    if len(totals) != 1 or not items:
        return totals
    c = totals[0]
    if c.of_total is not None or c.number.approx \
            or any(it.count is None or it.subset or it.more or it.note or it.summary or it.each or it.start < c.end
                   or not it.places or not all(_beside_the_country(p) for p in it.places)
                   for it in items):
        return totals
    first = min(it.start for it in items)
    listed = sum(_counted(it) for it in items)
    if listed == c.number.value or _LIST_OPENS.search(text, c.end, first) \
            or not _patterns(lex)["nationwide"].search(text, c.end, first):
        # ("30 drones over Russian regions: 12 over the Bryansk region, 10 over …": its own parts)
        return totals
    whole = c.number.value + listed
    return [replace(c, number=replace(c.number, value=whole))]


def _beside_the_country(p: Place) -> bool:
    """A place no 'over Russian/Ukrainian regions' count covers: a sea, or the Russian-held peninsula
    (told apart from 'Russian regions' by the ones who hold it)."""
    return p.kind == "sea" or p.iso in RUSSIAN_GOVERNED


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


def _kind_of_item(it: breakdown.Item, weapon_at: dict[int, tuple[str, str | None]], m: Mentions,
                  kind: tuple[str, str | None] | None, lex: ModuleType) -> tuple[str, str | None] | None:
    """What an item counts: its own weapon, else the weapon of the count named right before it
    ("три ракеты и три беспилотника над Курской, над Брянской – ещё два": the drones, named last),
    else the kind of the item before ("пять БПЛА над …, два – над …, один – над …"); the count before
    by bisection among the sentence's counts (in text order)."""
    own = weapon_at.get(it.number_start)
    if own is not None:
        return own
    k = bisect_left(m.counts, it.number_start, key=lambda c: c.number.start)
    before = m.counts[k - 1].weapon if k else None
    agrees = _gender_of_number(m.sentence.text, it.number_start, lex)
    if before is not None and agrees is not None and _feminine(m.sentence.text, before, lex) != agrees:
        # "три ракеты и три беспилотника, над Брянской — ещё две": "две" is of the missiles named before
        # the drones (the few counts before it, nearest first)
        before = next((c.weapon for c in reversed(m.counts[max(0, k - 4) : k - 1]) if c.weapon is not None
                       and _feminine(m.sentence.text, c.weapon, lex) == agrees), before)
    return (before.type, before.model) if before is not None else kind


def _gender_of_number(text: str, at: int, lex: ModuleType) -> bool | None:
    """Whether the number word at ``at`` is feminine ("две"), masculine ("два"), or of no gender (None)."""
    pats = _patterns(lex)
    return True if pats["feminine_number"].match(text, at) else False if pats["masculine_number"].match(text, at) else None


def _feminine(text: str, weapon, lex: ModuleType) -> bool:
    return _patterns(lex)["feminine_weapon"].search(text, weapon.start, weapon.end) is not None


def _joined_total(draft: ClaimDraft, items: list[breakdown.Item]) -> None:
    """"9 attack drones and a UAV over Poltava", "Над Сумщиною збито 12 шахедів і крилату ракету": one place,
    its count joined by "and" to another (one more of the kind the totals told, or a singular weapon the
    totals left out): the claim's total so far, the other count or the place's own, is the joined one."""
    it = items[0]
    if len(items) == 1 and it.joined is not None and it.count is not None and not it.subset and not it.note \
            and draft.destroyed in (it.joined - it.count, it.count) and it.joined > draft.destroyed:
        draft.destroyed = it.joined


def _items_of_another_weapon(draft: ClaimDraft, items: list[breakdown.Item], totals: list[Count], m: Mentions,
                             offset: int, lex: ModuleType) -> None:
    """"downed six drones over the Odesa region and nine over the Mykolaiv region, along with three
    cruise missiles": the places count one weapon type, the sentence's total another; the places'
    sum is their type's count, a part of the claim (which then totals both types). "три ракеты и три
    беспилотника над Брянской, над Курской – ещё два беспилотника": the first place's count was
    joined to the sentence's other weapons; its own kind, the one the totals did not count, is a part
    of the claim (the later places' counts of the totals' kinds are added by _total_from_breakdown)."""
    if not items or not totals or any(it.summary or it.subset or it.note or it.count is None for it in items):
        if items and totals and items[0].summary:
            _joined_total(draft, items)
        return
    kind, groups = None, {}
    weapon_at = _weapons_by_number(m)
    for it in items:
        kind = _kind_of_item(it, weapon_at, m, kind, lex)
        groups.setdefault(kind, []).append(it)
    told = {c.weapon.type if c.weapon else None for c in totals}
    new = [k for k in groups if k is None or k[0] not in told]
    if None in groups or None in told:
        return
    if not new:
        _joined_total(draft, items)
        return
    if len(new) != 1 or (len(groups) > 1 and items[0].joined is None):
        return
    wtype, model = new[0]
    if wtype in ("unknown", *NOT_IN_TOTALS) or any(w.type == wtype for w in draft.weapons):
        return
    placed = groups[new[0]]
    w = WeaponDraft(wtype, model, destroyed=sum(_counted(it) for it in placed))
    w.evidence.extend((offset + it.start, offset + it.end) for it in placed)
    # in text order among the sentence's weapons
    at = next((k for k, o in enumerate(draft.weapons) if o.evidence and o.evidence[0][0] > w.evidence[0][0]),
              len(draft.weapons))
    draft.weapons.insert(at, w)
    if placed == [items[0]] and items[0].joined is not None and draft.destroyed is not None \
            and draft.destroyed + w.destroyed == items[0].joined:
        # "five missiles and five drones were destroyed over …": the sentence's other count, the
        # claim's so far, and the place's own one are the place's joined count, the first place's total
        draft.destroyed = items[0].joined


def _total_from_breakdown(draft: ClaimDraft) -> None:
    """A per-place list with no stated total ("70 over Crimea, 43 over Krasnodar, one over
    Volgograd"): the claim's total is the sum of its places' counts, when every place has one."""
    top = [it for it in draft.items if not it.subset and not it.note and not it.came]
    if (draft.summed or top and top[0].joined is not None) and len(top) > 1 \
            and ((top[0].joined or top[0].count) == draft.destroyed
                 # ("Seven drones were downed and three were intercepted above Kursk, two above …": the claim so far
                 # is the first place's count joined to its own)
                 or (top[0].joined is not None and top[0].joined - top[0].count == draft.destroyed)) \
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
    if draft.counts("destroyed"):
        return
    if not top:
        # ("On Sunday evening, air defence units destroyed three drones flying toward Moscow", a claim of its
        # own: its one count, told with its weapon over where they were heading, is its total)
        top = [it for it in draft.items if not it.subset and it.weapon and it.count is not None and not it.came]
        top = top if len(top) == 1 and len(draft.items) == 1 else []
    if not top or any(it.count is None or any(p.kind == "country" for p in it.places) for it in top):
        return
    total = sum(_counted(it, it.joined or it.count) for it in top)
    # ("three strikes: two in one district, one in another" counts no weapons; but "Russia launched 15
    # drones. Eleven were shot down over the Sumy and Chernihiv regions": bare counts of the ones that came)
    if any(it.weapon for it in top) or (draft.launched is not None and total <= draft.launched):
        draft.destroyed = total


def _came_places(draft: ClaimDraft) -> None:
    """Where a count only detected, tracked or launched was ("three missiles were detected over the Odesa
    region") is no place they were downed: the place goes, unless every one that came is told downed
    ("… було виявлено 15 дронів. Усі … були знешкоджені": downed where they were detected)."""
    came = [it for it in draft.items if it.came]
    if not came:
        return
    if draft.destroyed is not None and draft.destroyed == draft.launched:
        draft.items = [replace(it, came=False) for it in draft.items]
        return
    if draft.destroyed is not None and draft.items == came and len(came) == 1 and len(came[0].places) == 1 \
            and came[0].count == draft.launched and draft.destroyed < draft.launched:
        # ("над … областью обнаружены пять беспилотников. Два из них сбиты": all that came were over the one
        # place, so the ones of them downed were too)
        draft.items = [replace(came[0], count=draft.destroyed, came=False)]
        return
    keep = [k for k, it in enumerate(draft.items) if not it.came]
    draft.items = [draft.items[k] for k in keep]
    draft.item_offsets = [draft.item_offsets[k] for k in keep]


def _more_than_told(draft: ClaimDraft) -> None:
    """"сбили три беспилотника, а ночью – ещё семь над Курской", "downed 12 drones and two more over the
    Kursk region": a place's count "another" is more than the total told before it in its sentence, not a
    part of it
    (unless the places, those counts included, add up to that total: "12 drones: ten over Belgorod, two
    more over Kursk", also when a list of them is told as of the total, "з них 7 на Одещині, 4 на
    Миколаївщині та ще 1 на Херсонщині"); the claim's total is their sum."""
    top = [it for it in draft.items if not it.subset and not it.note and not it.summary]
    told_in = {id(it): off for it, off in zip(draft.items, draft.item_offsets, strict=True)}
    more = [it for it in top if it.more]
    counted = [w for w in draft.weapons if w.destroyed is not None and w.type not in NOT_IN_TOTALS]
    if len(counted) > 1 and sum(w.destroyed for w in counted) == draft.destroyed:
        # ("знищили 5 «Калібрів», а також 18 «Shahed» на Одещині": a total that is the sum of its weapons' counts
        # holds every count told with its own weapon; "also 18 Shaheds" over a place is one of those, not more)
        kinds = {(w.type, w.model) for w in counted}
        more = [it for it in more if draft.item_kinds.get((told_in[id(it)], it.number_start)) not in kinds]
    # (only in the sentence that told the total: "Ещё девять – над Калужской" a sentence after "уничтожены
    # 83" is more than the places told before, one of the total's parts)
    if not more or not draft.evidence or any(told_in[id(it)] != draft.evidence[0][0] for it in more) \
            or draft.destroyed is None or any(it.count is None for it in top) \
            or sum(_counted(it, it.joined or it.count) for it in top) == draft.destroyed \
            or sum(_counted(it, it.joined or it.count) for it in draft.items
                   if not it.note and not it.summary and it.count is not None) == draft.destroyed \
            or sum(_counted(it, it.joined or it.count) for it in top if not it.more) > draft.destroyed:
        return
    added = sum(_counted(it, it.joined or it.count) for it in more)
    same = [w for w in draft.weapons if w.destroyed is not None]
    if len(same) == 1 and same[0].destroyed == draft.destroyed and same[0].type not in NOT_IN_TOTALS:
        same[0].destroyed += added
    draft.destroyed += added


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
    told = holding.told(draft)
    if not any(r.place is not None and r.place.kind == "admin1" and r.place.iso == region.iso
               for k in told for r in resolutions[k]) \
            and not any(_own_region_pattern(lex).search(mentions[k].sentence.text) for k in told):
        return
    _region_whole_of_parts(draft, region, parts)


def _own_region_then_more_weapons(draft: ClaimDraft, gaz: Gazetteer, mentions: list[Mentions],
                                  resolutions: list[list[Resolution]], lex: ModuleType) -> None:
    """"В області збито 7 шахедів. Також силами ППО знищено 2 ракети", told by the region's own
    official: a weapon told downed in a later sentence that names no place of its own, added to the
    claim's total, was downed where the counts before it were; his region's count is the whole total
    (not only the first sentence's). Not when the later sentence is a nationwide figure or names
    another place."""
    region = gaz.region(draft.claimant.region) if draft.claimant.region else None
    if region is None or draft.destroyed is None or len(draft.items) != 1:
        return
    it = draft.items[0]
    if it.subset or it.note or it.came or it.count is None or it.count >= draft.destroyed \
            or not it.places or any(p.kind != "admin1" or p.iso != region.iso for p in it.places):
        return
    counted = [w for w in draft.weapons if w.destroyed is not None and w.type not in NOT_IN_TOTALS]
    if sum(w.destroyed for w in counted) != draft.destroyed or any(not w.evidence for w in counted):
        return
    holding = _SentenceIndex(mentions)
    first = holding.sentence_of(draft.item_offsets[0])
    told = {id(w): holding.sentence_of(w.evidence[0][0]) for w in counted}
    if first is None or any(k is None or k < first for k in told.values()) \
            or sum(w.destroyed for w in counted if told[id(w)] == first) != it.count:
        return
    later = {k for k in told.values() if k != first}
    if any(_patterns(lex)["nationwide"].search(mentions[k].sentence.text)
           or any(r.place is not None and r.place.iso != region.iso for r in resolutions[k]) for k in later):
        return
    draft.items = [replace(it, count=draft.destroyed)]


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
                or part.own_period \
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


def _steps_of_a_region_whole(out: Attribution) -> None:
    """"Над областю за день знищено шість дронів", then "спершу збили два … Згодом ще один … Пізніше він
    повідомив про знищення ще трьох": the same official's counts told next over his same region, of no day or
    period of their own, that add up to the whole just told, are the steps by which it was reached (the whole
    is the region's count), not claims of their own. Not counts of another day ("6 березня були збиті три"),
    nor earlier posts ("Раніше він повідомляв про …": scope earlier), nor steps that add up to more or less
    than the whole (a count of the morning after the night's is a claim of its own)."""
    k = 0
    while k < len(out.claims):
        whole = out.claims[k]
        k += 1
        region = _single_region(whole)
        if whole.scope != "report" or whole.destroyed is None or region is None or whole.from_title \
                or not any(it.count == whole.destroyed for it in whole.items):
            continue
        steps: list[ClaimDraft] = []
        told = pieces = 0
        for part in out.claims[k:]:
            if part.claimant != whole.claimant or part.scope != "report" or part.from_title \
                    or part.destroyed is None or not part.days <= whole.days \
                    or any(p.iso != region for it in part.items for p in it.places) \
                    or not _same_weapon(whole, part) or (whole.night and (part.night or part.own_period or any(
                        it.more for it in part.items))):
                break  # (a night's whole is not reached by "ещё" counts of the day after it)
            steps.append(part)
            # (a step may hold the next one as its item: "сперва … девятью беспилотниками, все сбиты", then
            # "… где уничтожили ещё один дрон" read into it)
            counted = [it.count for it in part.items if it.count is not None]
            told += max(part.destroyed, sum(counted))
            pieces += max(1, len(counted))
            if told >= whole.destroyed:
                break
        if told != whole.destroyed or pieces < 2:
            continue  # (one count equal to the whole is the whole told again, not its steps)
        whole.evidence += [e for s in steps for e in s.evidence]
        gone = {id(s) for s in steps}
        for inc in out.incidents:
            if id(inc.claim) in gone:
                inc.claim = whole
        out.claims[k:k + len(steps)] = []


def _same_weapon(a: ClaimDraft, b: ClaimDraft) -> bool:
    """Whether two claims count the same weapon: the same kinds, or one of them of no kind told (generic)."""
    kinds_a, kinds_b = ({w.type for w in d.weapons if w.type != "unknown"} for d in (a, b))
    return not kinds_a or not kinds_b or kinds_a == kinds_b


def _single_region(draft: ClaimDraft) -> str | None:
    """The one first-level region all the claim's items count (None when none or several)."""
    isos = {p.iso if _is_region(p) else None for it in draft.items for p in it.places}
    return isos.pop() if len(isos) == 1 else None


_AIMED_AT_AFTER = 3  # (how many sentences after a ministry's total its regions aimed at may be told)


def _attacked_regions_of_ministry_total(out: Attribution, mentions: list[Mentions],
                                        resolutions: list[list[Resolution]], lex: ModuleType) -> None:
    """"ПВО ночью сбили 40 аппаратов", then "Нападению подверглись A, B и C
    области" ("удари були спрямовані на територію A і B областей", "Kyiv tried to carry out attacks with
    drones over the A and B regions"): the Russian ministry's total with no place, and in a sentence of no count
    of its own right after it, in the same paragraph, the regions its attack was aimed at: all of them intercepted,
    so over those regions (one item of null count, as an uncounted list of where they were downed). Not a
    governor's shelled town, nor a region named as a target of a count ("121 drones targeting 13 regions"): a
    sentence with a count or another official in it ends the search."""
    holding: _SentenceIndex | None = None
    for draft in out.claims:
        if draft.claimant.kind != "ministry" or draft.claimant.side != "RU" or draft.scope != "report" \
                or draft.destroyed is None or draft.items or not draft.evidence or draft.from_title:
            continue
        holding = holding or _SentenceIndex(mentions)
        told = holding.sentence_of(draft.evidence[-1][0])
        if told is None:
            continue
        for k in range(told + 1, min(len(mentions), told + 1 + _AIMED_AT_AFTER)):
            m = mentions[k]
            if m.sentence.paragraph != mentions[told].sentence.paragraph or m.counts or m.people \
                    or m.destroy_verbs or m.sentence.is_title:
                break
            if (aimed := _patterns(lex)["attacked_territories"].search(m.sentence.text)) is None:
                continue
            # (the places the attack was aimed at, after the cue, or before it where none come after ("A и B
            # области подверглись атаке"): not the attacker before it, "Kyiv tried to carry out attacks …")
            named = [r for r in resolutions[k] if r.place is not None]
            named = [r for r in named if r.hit.start >= aimed.start()] or named
            group = [r for r in named if _is_region(r.place)]
            if len(group) < 2 or any(r.place.kind in ("locality", "district") for r in named):
                break  # (a list of regions, not a town shelled)
            draft.items.append(breakdown.Item(group[0].hit.start, group[-1].hit.end, None,
                                              tuple(r.place for r in group), None, False))
            draft.item_offsets.append(m.sentence.start)
            break


def _corrected_figures(out: Attribution, mentions: list[Mentions], lex: ModuleType) -> None:
    """"Над областю збили ракету", then "Пізніше він уточнив: знищено три крилаті ракети" ("He later clarified that
    three were downed"): the same official's figure for the same region, told again as a correction with no day of its own,
    replaces the one before (the earlier figure was his first, not a claim beside it). Not "more" ("уточнив, що
    збито ще дві": a count added), nor a figure of another region or speaker."""
    holding: _SentenceIndex | None = None
    k = 1
    while k < len(out.claims):
        first, then = out.claims[k - 1], out.claims[k]
        k += 1
        region = _single_region(first)
        if region is None or _single_region(then) != region or then.claimant != first.claimant \
                or first.scope != "report" or then.scope != "report" or first.from_title or then.from_title \
                or first.destroyed is None or then.destroyed is None or not then.days <= first.days \
                or not then.evidence or not first.evidence or then.evidence[0][0] <= first.evidence[-1][0] \
                or any(it.more for it in then.items) or not _same_weapon(first, then):
            continue
        holding = holding or _SentenceIndex(mentions)
        told = holding.sentence_of(then.evidence[0][0])
        if told is None:
            continue
        m = mentions[told]
        pats = _patterns(lex)
        if not pats["corrected_statement"].search(m.sentence.text) \
                or any(told_as_more(m.sentence.text, c, lex) for c in m.counts):
            continue
        if any(pats["part_of_told"].match(m.sentence.text, c.number.end) for c in m.counts):
            if then.destroyed < first.destroyed and then.launched is None:
                # ("он уточнил, что три из них сбиты над областью утром": a detail of the figure just told, over its
                # same region, is a part of it, not a claim of its own nor a corrected figure)
                first.evidence += then.evidence
                for inc in out.incidents:
                    if inc.claim is then:
                        inc.claim = first
                del out.claims[k - 1]
                k -= 1
            continue
        if pats["day_part"].search(m.sentence.text) and not any(
                pats["day_part"].search(mentions[j].sentence.text) for j in holding.told(first)):
            continue  # (not "… утром", a period of its own)
        then.evidence = first.evidence + then.evidence
        for inc in out.incidents:
            if inc.claim is first:
                inc.claim = then
        del out.claims[k - 2]
        k -= 1


def _region_count_told_again(out: Attribution) -> None:
    """"Над областью уничтожили более 20 беспилотников", then the governor's quote "21 беспилотник уничтожен над
    территорией области": one claim, two counts over the same one region, one of them its total and both together
    more than it: the other is the same downing told again (rounded in the lead, or retold), not a part of its own.
    Parts that add up to the total ("2 – на подлёте, 5 – над городом" of 7) stay."""
    for draft in out.claims:
        if draft.destroyed is None or len(draft.items) < 2:
            continue
        by_region: dict[str, list[int]] = {}
        for k, it in enumerate(draft.items):
            if it.count is not None and not it.subset and not it.note and len(it.places) == 1 \
                    and it.places[0].kind == "admin1" and it.places[0].iso:
                by_region.setdefault(it.places[0].iso, []).append(k)
        gone: set[int] = set()
        for ks in by_region.values():
            counts = [draft.items[k].count or 0 for k in ks]
            if len(ks) > 1 and draft.destroyed in counts and sum(counts) > draft.destroyed:
                whole = ks[counts.index(draft.destroyed)]
                gone.update(k for k in ks if k != whole)
        if gone:
            keep = [k for k in range(len(draft.items)) if k not in gone]
            draft.items = [draft.items[k] for k in keep]
            draft.item_offsets = [draft.item_offsets[k] for k in keep]
