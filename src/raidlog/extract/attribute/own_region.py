"""The region an official speaks for: a governor's counts are his region's unless the
sentence names another, with the byline or the quoting official as the speaker.
"""

from __future__ import annotations

import re
from datetime import date
from types import ModuleType

from raidlog.extract import breakdown, casualties, claimants
from raidlog.extract.attribute.cues import _incident_kinds, _own_region_pattern, _patterns
from raidlog.extract.attribute.drafts import Attribution, ClaimDraft, _SentenceIndex
from raidlog.extract.attribute.regions import (
    _AREA_IF_TOWARDS,
    _own_area,
    _towards_capital,
    _with_one_before,
)
from raidlog.extract.attribute.sites import _after_site_cue, _launch_sites
from raidlog.extract.mentions import Mentions, pronoun_speaks
from raidlog.extract.resolve import Resolution
from raidlog.extract.spans import covering
from raidlog.extract.weapons import of_them_after
from raidlog.geo import Gazetteer
from raidlog.model import Claimant, Place
from raidlog.officials import Officials


def _speakers_own_region(out: Attribution, mentions: list[Mentions], resolutions: list[list[Resolution]],
                         lex: ModuleType, gaz: Gazetteer) -> None:
    """"Над областю збито 15 ударних БпЛА" in a regional administration's post, "20 UAVs were
    destroyed over our region, the governor wrote": the region is the speaking official's; where
    the claimant speaks for no region ("По данным Минобороны, над регионом сбиты 14 БПЛА"), the
    one region the sentence or the one before it names."""
    pattern = _own_region_pattern(lex)
    holding = _SentenceIndex(mentions)
    named_before: list[str | None] | None = None  # (read once, when a count needs it)
    recalled: set[int] | None = None  # the sentences of reminders (read once, when a count needs them)
    listed: dict[int, set[str]] | None = None  # the claimants whose counted places each sentence lists (read once)
    # each sentence's own tests and its own-region phrase, read once (not once for each claim it holds:
    # square in a sentence of many counts)
    not_own: dict[int, bool] = {}
    found: dict[int, re.Match[str] | None] = {}
    for draft in out.claims:
        region_iso = draft.claimant.region or _quoting_official_region(out, draft, holding, lex)
        own = gaz.region(region_iso) if region_iso else None
        area_iso = _own_area(region_iso)
        area = gaz.region(area_iso) if area_iso else None
        # ("ППО збивала ворожі дрони у Львівській області. … знищили 5 з 5 «шахедів»": the region named
        # without a count before is where the count told since was downed)
        # (and, for a claimant of no region, "над регионом сбиты 22 БПЛА" then "на территории региона
        # действует режим опасности": the region named with no count is the one of the count)
        # (not where a share of them were: "Most were downed over the Odesa region" keeps its count untold)
        uncounted = [k for k, it in enumerate(draft.items) if it.count is None and not it.subset
                     and ((own is not None and all(p.iso == own.iso for p in it.places))
                          or (own is None and len({p.iso for p in it.places}) == 1))]
        if len(uncounted) < len(draft.items) or draft.destroyed is None:
            continue
        for k in sorted(holding.told(draft)):
            m = mentions[k]
            s = m.sentence
            if k not in not_own:
                not_own[k] = bool(s.is_title or not (m.destroy_verbs or m.gapped == "destroyed")
                                  or _over_counted_regions(m, lex) or _patterns(lex)["nationwide"].search(s.text)
                                  or _patterns(lex)["command_area"].search(s.text))
            if not_own[k]:
                continue  # ("… уничтожила 69 дронов над десятью регионами", "над российскими регионами",
                # "ПвК … збив 12 ракет у зоні своєї відповідальності": not his region's count)
            if region_iso in _AREA_IF_TOWARDS and _towards_capital(_with_one_before(mentions, k), lex):
                # ("28 дронів летіли в бік Києва. Знищено 23", told by the city's head: flying towards his city,
                # downed nowhere he says)
                continue
            region = own or _region_in_context(mentions, resolutions, k, gaz, lex)
            if k not in found:
                found[k] = pattern.search(s.text)
            x = found[k]
            if region is None and x is not None and not _patterns(lex)["and_elsewhere"].match(s.text, x.end()):
                # "удару зазнав Кривий Ріг …", paragraphs later "У небі над
                # регіоном … знищили 11 ударних дронів": the one region the text has named before (not
                # "над регіоном та іншими областями", nor where the sentence names a place of another
                # region: "у Сумах начальник МВА повідомив, що над регіоном збито 6 дронів")
                if named_before is None:
                    named_before = _one_region_before(mentions, resolutions, gaz, lex)
                region = gaz.region(named_before[k] or "")
                if region is not None and any(r.place is not None and r.place.iso and r.place.iso != region.iso
                                              and gaz.in_theatre(r.place) for r in resolutions[k]):
                    region = None
            if x is not None and own is not None \
                    and (other := _region_in_context(mentions, resolutions, k, gaz, lex)) is not None \
                    and other.iso != own.iso and (area is None or other.iso != area.iso) \
                    and _attacked_before(mentions, resolutions, k, other, lex):
                # "Нагадаємо, що вночі ворог атакував Полтавщину. ППО знищили над регіоном 10 БпЛА": the region
                # the sentence before tells attacked, not the speaker's own
                region = other
            if region is None:
                continue
            counts = [(c.number.start, c.end, c.weapon is not None) for c in m.counts
                      if c.number.value == draft.destroyed]
            if not counts and draft.summed and own is not None and len(m.counts) == 1 \
                    and of_them_after(s.text, m.counts[0].end, lex) \
                    and m.counts[0].number.value in {w.destroyed for w in draft.weapons}:
                # the regional head's "8 з них збили" (of the drones), then "10 з них знищили" (of the
                # missiles): a total summed from its weapons' parts, downed where its first part was
                counts = [(m.counts[0].number.start, m.counts[0].end, True)]
            if not counts and draft.destroyed == 1 and not m.counts:
                counts = [(*m.destroy_verbs[0], True)]  # "сбили беспилотник": one, with no number
            if not counts and draft.launched == draft.destroyed and draft.claimant.region \
                    and (not m.counts or sum(c.number.value for c in m.counts if c.weapon is not None) == draft.launched) \
                    and (every := _patterns(lex)["all_destroyed"].search(s.text)):
                # "six UAVs struck at a district of ours overnight; all were downed", in the
                # governor's own words (not a national command's he is quoted beside): as many as
                # came, downed in his region (also when the sentence counts them by weapon: "Одессу
                # атаковали 15 «Шахедов» и 8 «Калибров», все они сбиты")
                counts = [(every.start(), every.end(), True)]
            if not counts and draft.launched == draft.destroyed \
                    and (rest := _patterns(lex)["rest_suppressed"].search(s.text)):
                # "11 were shot down, the rest jammed": as many as came, downed where the count is told
                counts = [(rest.start(), rest.end(), True)]
            weapons = [c for c in m.counts if c.weapon is not None]
            if not counts and weapons and (
                    len(weapons) > 1 and sum(c.number.value for c in weapons) == draft.destroyed
                    and (x is not None or (draft.claimant.region and (s.text.lstrip()[:1] in "«\"“„"
                                                                      or _told_by_person(mentions, k))))
                    or _parts_told_here(draft, s.start, s.end)):
                # "в області силами ППО збито дві крилаті ракети та три безпілотники": the total
                # is the sum of the counts by weapon, downed where the sentence says, or (with no
                # place, the regional head's own count, in a quote or where he is named telling it in
                # this sentence or the one before, "Як повідомив голова ОВА …, область була під атакою.
                # Силами ППО знищено три ракети та 22 дрони") in his own region, as a single count would be
                # (not an agency's earlier report retold after his words, with no name of its own)
                # (and, as a single count would be, the draft's own total summed from the weapons this
                # sentence tells, one perhaps with no number: "над областю збили дрон і дві крилаті ракети" = 3)
                counts = [(weapons[0].number.start, weapons[-1].end, True)]
            if not counts:
                continue
            c_start, c_end, weapon = counts[0]
            at = (x.start(), x.end()) if x else None
            # (the sentence before, another speaker's count and its places: "Минобороны сообщило о пяти
            # сбитых над Курской областью. Губернатор Белгородской области – о трёх": no context of his)
            if listed is None and m.people:
                listed = _counted_lists(out)
            alone = area is not None and (_another_speaker_before(mentions, resolutions, k, area)
                                          or _another_official_before(mentions, resolutions, k, area, draft.claimant)
                                          or (bool(m.people) and _another_claims_list_before(listed, draft, holding, k)))
            # (he is named telling it by a pronoun too: "Ранее губернатор … сообщил о новой атаке. По его словам, …")
            named = bool(m.people) or (draft.claimant.person is not None and pronoun_speaks(m, lex))
            if at is None and area is not None and not named and recalled is None:
                recalled = _reminders(mentions, lex)
            if at is None and area is not None and (draft.scope == "report" or named) \
                    and (named or k not in recalled) \
                    and _only_own_region(mentions, resolutions, k, area, draft.claimant.side, lex, alone):
                # (not a count the post recalls with no place, "Нагадаємо, що минулої ночі сили ППО знищили
                # 25 дронів" at the end of an OVA head's post: the country's figure, not his region's)
                # (an earlier figure the article recalls, "Раніше повідомлялося, що …", is his region's
                # only when he is named telling it: "Раніше Кім повідомляв, що …")
                # "ППО збила 26 дронів", told by Sevastopol's governor with no place: his own region
                at, region = (c_start, c_end), area
            elif at is None and own is not None \
                    and (other := _region_in_context(mentions, resolutions, k, gaz, lex, before=not alone)) \
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


def _parts_told_here(draft: ClaimDraft, start: int, end: int) -> bool:
    """The draft's total is the sum of two or more weapons' counts, each told in the span (one of them
    perhaps with no number: "сбили беспилотник и две крылатые ракеты" = 3)."""
    parts = [w for w in draft.weapons if w.destroyed is not None]
    return draft.summed and len(parts) > 1 and sum(w.destroyed for w in parts) == draft.destroyed \
        and all(any(start <= a < end for a, _ in w.evidence) for w in parts)


def _told_by_person(mentions: list[Mentions], k: int) -> bool:
    """Sentence ``k`` or the one before it, in the same paragraph, names a person (the one telling it)."""
    return bool(mentions[k].people) or (k > 0 and bool(mentions[k - 1].people)
                                        and mentions[k - 1].sentence.paragraph == mentions[k].sentence.paragraph)


def _reminders(mentions: list[Mentions], lex: ModuleType) -> set[int]:
    """The sentences of reminders: one that opens with "Нагадаємо, …" / "Напомним, …" / "Recall that
    …", and the rest of its paragraph; and the writer's asides, each sentence on its own ("Зауважимо, що
    загалом за ніч ППО знищила 150 цілей": not "Отметим, ПВО области часто работает. Так неделю назад
    над регионом сбили два дрона", an earlier count of his region the aside leads to)."""
    out: set[int] = set()
    paragraph = None
    aside = _patterns(lex)["aside"]
    for k, m in enumerate(mentions):
        s = m.sentence
        if casualties.opens_reminder(s.text, lex):
            paragraph = s.paragraph
        elif s.paragraph != paragraph:
            paragraph = None
        if paragraph is not None or aside.match(s.text):
            out.add(k)
    return out


def _over_counted_regions(m: Mentions, lex: ModuleType) -> bool:
    """"над десятью регионами", "over seven regions": a count over a number of regions (not "над
    регионом", the speaker's own)."""
    x = _patterns(lex)["over_regions"].search(m.sentence.text)
    return x is not None and any(x.start() <= n.start < x.end() for n in m.numbers)


def _quoting_official_region(out: Attribution, draft: ClaimDraft, holding: _SentenceIndex,
                             lex: ModuleType) -> str | None:
    """"«Всі 9 дронів знищили воїни ПвК «Захід»!» – написав Коваль": a regional
    official who tells the count of a military command (in his own words or quoting it, in the
    same paragraph) tells his region's; not the national Air Force's or General Staff's figure."""
    if draft.claimant.kind not in ("military_command", "air_force") or draft.scope != "report" \
            or not draft.evidence or not out.officials:
        return None
    # (an official with a count of his own in the report tells that one: "Повітряні сили повідомили, що
    # збито 40. Начальник Харківської ОВА уточнив, що над Харківщиною знищено 6")
    # (his count may be told only by its place yet, "Ще 7 БпЛА знищено над Харківщиною": summed later)
    own = {d.claimant.name for d in out.claims if d is not draft
           and (d.destroyed is not None or any(it.count is not None for it in d.items))}
    # (a claim whose own sentence names its teller, "…, the Air Force said", is told by it: an official of the
    # next sentence, on the debris, does not quote it)
    held = holding.told(draft)
    told = any(_tells(holding.mentions[k], draft.claimant, lex) for k in held)
    starts = {holding.mentions[k].sentence.start for k in held}
    # (an official whose sentence, past the claim's last one, opens with him tells his own news, not the
    # claim: "Игнат отметил, что 19 сбитых из 25 - хороший показатель. Глава Черкасской ОВА Игорь Таран
    # сообщил, что повреждено здание"; not "«… Сім із них збили. …», – написав Лисак")
    last = max(held, default=-1)
    near = []
    for at, _ in draft.evidence:
        near += [(abs(off - at), o) for off, o in holding.officials_in(out, holding.paragraph_of(at))
                 if o.claimant.region and o.claimant.side == draft.claimant.side and o.claimant.name not in own
                 and (not told or off in starts) and not _opens_own_news(holding, off, last, lex)]
    if not near and not told:
        # "Petro Ivanenko, head of the region's administration, posted this." then a paragraph of his
        # quote, "«… the troops of Air Command North downed four missiles …», he wrote": a paragraph told
        # by a pronoun, with no official of its own, is the last one's of the paragraph just before
        for k in held:
            para = holding.mentions[k].sentence.paragraph
            if para and _told_by_pronoun(holding, k, lex):
                near += [(0, o) for _, o in holding.officials_in(out, para - 1)[-1:]
                         if o.claimant.region and o.claimant.side == draft.claimant.side
                         and o.claimant.name not in own]
    if not near:
        return None
    return min(near, key=lambda x: x[0])[1].claimant.region


def _opens_own_news(holding: _SentenceIndex, off: int, last: int, lex: ModuleType) -> bool:
    """The sentence at ``off``, past sentence ``last``, opens with the person it names telling it (his
    title and name, then his verb: "Глава Черкасской ОВА Игорь Таран сообщил, что …"; not a quote's closing
    "…», – написав Лисак")."""
    j = holding.sentence_of(off)
    if j is None or j <= last:
        return False
    m = holding.mentions[j]
    text = m.sentence.text
    return any(not _QUOTE_OR_CLAUSE.search(text, 0, p.role_start)
               and _patterns(lex)["teller_after"].match(text, p.role_end) for p in m.people)


_QUOTE_OR_CLAUSE = re.compile(r"[«»\"“”„,–—]|\s-\s")


def _told_by_pronoun(holding: _SentenceIndex, k: int, lex: ModuleType) -> bool:
    """Sentence ``k``'s paragraph names no person and a sentence of it, ``k`` or the next few, is told
    by a pronoun ("…," he wrote)."""
    para = holding.mentions[k].sentence.paragraph
    for j in range(k, min(k + _QUOTE_SENTENCES, len(holding.mentions))):
        m = holding.mentions[j]
        if m.sentence.paragraph != para or m.people:
            return False
        if pronoun_speaks(m, lex):
            return True
    return False


_QUOTE_SENTENCES = 4  # (the sentences of a quote read for its closing "he wrote")


def _tells(m: Mentions, claimant: Claimant, lex: ModuleType) -> bool:
    """The sentence names the claimant as its teller: "…, the Air Force said", "according to the Air Force"."""
    pats = _patterns(lex)
    return any(ref.explicit and ref.name == claimant.name
               and (pats["teller_after"].match(m.sentence.text, ref.end)
                    or pats["teller_before"].search(m.sentence.text, max(0, ref.start - 30), ref.start))
               for ref in m.claimants)


def _another_speaker_before(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int,
                            own: Place) -> bool:
    """Sentence ``k`` names its speaker, and the one before it, in the same paragraph, is another
    speaker's count over other regions than ``own``: its places are that count's, no context of
    ``k``'s (one that counts ``own`` too may be what ``k`` retells: "Минобороны: 12 над Курской,
    Белгородской и Брянской. Губернатор Брянской области тоже сообщил об уничтожении беспилотника")."""
    if k == 0 or not mentions[k].people:
        return False
    before = mentions[k - 1]
    return before.sentence.paragraph == mentions[k].sentence.paragraph and bool(before.counts) \
        and not before.people and any(c.explicit for c in before.claimants) \
        and not any(r.place is not None and r.place.iso == own.iso for r in resolutions[k - 1])


def _another_official_before(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int,
                             own: Place, claimant: Claimant) -> bool:
    """Sentence ``k`` names no person but tells a named official's count (a quote he closes after it), and
    the one before it, in the same paragraph, names another official, of no place of ``own``: its places
    are that official's, no context of ``k``'s ("«Над Ковелем збили ракету», – пише голова Волинської
    ОВА. «Засоби ППО знешкодили ворожу ракету. Її рештки знайшли на пасовищі», – каже голова Рівненської ОВА")."""
    if k == 0 or mentions[k].people or claimant.person is None:
        return False
    before = mentions[k - 1]
    return before.sentence.paragraph == mentions[k].sentence.paragraph and bool(before.people) \
        and not any(r.place is not None and r.place.iso == own.iso for r in resolutions[k - 1])


def _counted_lists(out: Attribution) -> dict[int, set[str]]:
    """By the start of the sentence that tells them: the claimants whose claims' items with a count it holds."""
    found: dict[int, set[str]] = {}
    for draft in out.claims:
        for it, off in zip(draft.items, draft.item_offsets, strict=True):
            if it.count is not None:
                found.setdefault(off, set()).add(draft.claimant.name)
    return found


def _another_claims_list_before(listed: dict[int, set[str]] | None, draft: ClaimDraft, holding: _SentenceIndex,
                                k: int) -> bool:
    """The sentence before ``k``, in its paragraph, holds the counted places of another claimant's claim
    ("Минобороны: … 20 БПЛА сбиты над Курской областью, два – над Брянской. Ранее губернатор Курской
    области сообщал об уничтожении 15 беспилотников"): its places are that list's, no context of the
    official named in ``k``."""
    if not listed or k == 0 or holding.mentions[k - 1].sentence.paragraph != holding.mentions[k].sentence.paragraph:
        return False
    return bool(listed.get(holding.mentions[k - 1].sentence.start, set()) - {draft.claimant.name})


def _only_own_region(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int, own: Place,
                     side: str, lex: ModuleType, alone: bool = False) -> bool:
    """A regional official's count told with no place: his region, unless the sentence or the one
    before it names his own country (a national figure he or the article repeats: "росія атакувала
    Україну … ППО збили 58"; not the attacker's: "атака со стороны ВСУ"), a sea or another region.
    A place of his region in the sentence itself settles it ("три дрони були збиті в районі Севастополя")."""
    if any(r.place is not None and r.place.iso == own.iso and r.place.kind in ("locality", "district")
           for r in resolutions[k]) \
            and not any(r.place is not None and r.place.kind in ("admin1", "sea") and r.place.iso != own.iso
                        for r in resolutions[k]):
        return True
    for j in (k,) if alone else (k, k - 1):
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
    # (one region among others attacked is no region of the count: "the regions of Aa, Bb and Cc were
    # also targeted. All 14 drones were shot down", with only Aa read as a region and Cc as its town)
    # (nor the region of a teller's office, "Глава Херсонской ОВА сообщил, что ночью россияне атаковали
    # область. В Воздушных силах рассказали, что сбили 30 из 35": who tells the attack, not where)
    in_role = covering((p.role_start, p.role_end) for p in before.people) if before is not None else None
    return before is not None and not any(r.place is not None for r in resolutions[k]) \
        and before.sentence.paragraph == mentions[k].sentence.paragraph \
        and (bool(before.launch_verbs) or (not before.destroy_verbs and "attack_reported" in _incident_kinds(before, lex))) \
        and not _patterns(lex)["combined"].search(mentions[k].sentence.text) \
        and not before.counts \
        and any(r.place is not None and r.place.iso == region.iso and r.place.kind == "admin1"
                and not in_role(r.hit.start) for r in resolutions[k - 1]) \
        and not any(r.place is not None and r.place.kind in ("admin1", "district", "locality")
                    and r.place.iso and r.place.iso != region.iso for r in resolutions[k - 1])


def _region_in_context(mentions: list[Mentions], resolutions: list[list[Resolution]], k: int,
                       gaz: Gazetteer, lex: ModuleType, before: bool = True) -> Place | None:
    """The one first-level region named in sentence ``k`` or, failing that (and ``before``), the one
    before it in the same paragraph (not where the weapons came from: "дрони летіли з Курщини, збито 9")."""
    for j in (k, k - 1) if before else (k,):
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


def _one_region_before(mentions: list[Mentions], resolutions: list[list[Resolution]],
                       gaz: Gazetteer, lex: ModuleType) -> list[str | None]:
    """For each sentence, the one first-level region the sentences before it name (None: none, or
    more than one; launch sites aside), read once for the whole text."""
    out: list[str | None] = []
    isos: set[str] = set()
    for m, res in zip(mentions, resolutions, strict=True):
        out.append(next(iter(isos)) if len(isos) == 1 else None)
        if len(isos) > 1:
            continue
        sites = set(map(id, _after_site_cue(m, res, lex)))
        isos |= {r.place.iso for r in res if r.place is not None and r.place.kind == "admin1"
                 and r.place.iso and gaz.in_theatre(r.place) and id(r.place) not in sites}
    return out


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
                return claimants.from_person(p, text, claimants.sentence_places(res, gaz), gaz, officials, published,
                                              lex).claimant
        elif organisation is None and m.authorities \
                and _BYLINE_REST.fullmatch(text[: m.authorities[0]] + text[m.authorities[1] :]):
            organisation = claimants.authorities(text, *m.authorities, res, gaz, lex)
    return organisation
