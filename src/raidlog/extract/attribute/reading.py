"""The walk over a report's sentences in order, keeping what a reader keeps (the claim
told, the last official who spoke), handing each sentence's mentions to the modules above.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date
from types import ModuleType

from raidlog.extract import breakdown, casualties, claimants, weapons
from raidlog.extract.attribute.claims import (
    _add_uncounted,
    _claim_for,
    _current,
    _day_of_its_own,
    _item_key,
    _launch_told,
    _list_of_other_regions,
    _more_of_another_weapon,
    _settle_rounded,
    _vaguely_same,
    whole_over_one_place,
)
from raidlog.extract.attribute.cues import (
    _incident_kinds,
    _patterns,
    of_them_destroyed,
    searched,
    told_as_more,
)
from raidlog.extract.attribute.drafts import UNATTRIBUTED, Attribution, ClaimDraft, WeaponDraft
from raidlog.extract.attribute.implied import (
    _all_but_destroyed,
    _all_destroyed,
    _all_of_kind_beside_count,
    _bare_after_launched,
    _fallen_before,
    _flying_one,
    _implicit_one,
    _launched_all_downed,
    _launched_one_downed,
    _launched_one_more,
    _launched_them,
    _rest_lost,
    _spared,
    _struck_with_one,
    _with_coordinated_one,
    _with_placed_ones,
)
from raidlog.extract.attribute.incidents import _incident, _office_town, _settle_casualties
from raidlog.extract.attribute.own_region import _byline, _speakers_own_region
from raidlog.extract.attribute.parts import (
    _another_region,
    _attacked_regions_of_ministry_total,
    _came_places,
    _corrected_figures,
    _counted,
    _country_part_then_list,
    _district_claims_are_parts,
    _elsewhere,
    _exceeds,
    _first_place_of_list,
    _headline_places_told_again,
    _items_of_another_weapon,
    _its_whole_count,
    _kind_of_item,
    _list_total,
    _more_than_told,
    _other_weapon,
    _own_region_then_more_weapons,
    _part_of_own_region,
    _parts_of_one_region,
    _parts_reach_its_total,
    _parts_told_on_their_day,
    _region_count_told_again,
    _region_then_its_parts,
    _rest_unplaced,
    _steps_of_a_region_whole,
    _there,
    _total_from_breakdown,
    _uncounted_places_counted_elsewhere,
    _unplaced_parts_of_list,
    _weapon_of_items,
    _weapons_by_number,
)
from raidlog.extract.attribute.placing import (
    _own_region_uncounted,
    _places_of_total,
    _strikes_on_settlements,
    _uncounted_places,
    _with_bare_sea,
    _with_coast_sea,
    _with_own_region,
)
from raidlog.extract.attribute.regions import _regional, _with_one_before
from raidlog.extract.attribute.sites import _launch_sites
from raidlog.extract.attribute.totals import (
    _fill_totals,
    _launched_split,
    _part_of_item,
    _set_window,
    _total_from_weapons,
    _weapon_list_header,
    _weapon_list_line,
)
from raidlog.extract.attribute.towns import (
    _headline_town_of_incidents,
    _headline_towns,
    _region_centre_of_incidents,
    _repelled_at,
    _untold_places,
    with_unit_anaphors,
)
from raidlog.extract.attribute.verbs import (
    _among_downed,
    _default_launched,
    _got_through,
    _heading_not_attack,
    _is_total,
    _launched_not_placed,
    _measured_attack,
    _more_of_told_weapon,
    _more_of_weapon_before,
    _partly_downed,
    _passive_gap,
    _verb_for,
    _weapon_named_before,
    _weapon_of_number,
    _weapon_of_their_number,
    _weapon_of_them,
    _weapon_of_them_named,
    _weapon_then_verb,
)
from raidlog.extract.attribute.voices import (
    _as_before,
    _attribute_the_unattributed,
    _channel,
    _claimant,
    _post_voice,
    _side_of_the_unattributed,
    _side_of_unplaced_offices,
)
from raidlog.extract.mentions import Mentions, names_only_defences, pronoun_speaks
from raidlog.extract.resolve import Resolution
from raidlog.extract.spans import covering
from raidlog.extract.weapons import NOT_IN_TOTALS, Count, of_them_after, of_them_before
from raidlog.geo import RING_CITIES, SURROUNDING, Gazetteer
from raidlog.lexicon import may_match
from raidlog.model import Claimant
from raidlog.officials import Officials

_TOLD = 4  # the administrations and officials told last that an administration named again may be


def _all_there(item: breakdown.Item) -> bool:
    """Whether all the weapons told were downed over an uncounted item's places: one place, not named as
    one of several ("over the Sumy region"; not "over several regions, including the Sumy region")."""
    return len(item.places) == 1 and not item.subset


def _whole_of_next(m: Mentions, mentions: list[Mentions], lex: ModuleType) -> bool:
    """"На Харьков прилетело 18 БПЛА. 12 из них сбиты", "45 drones flew toward Odesa. 31 of them were shot
    down": a count of weapons with no verb of launch or downing, which the next sentence of its
    paragraph opens by taking a destroyed part "of them" of, is the whole that came (as in one sentence:
    verbs._whole_before_part); its verb is the launch (verbs._verb_for with no destroy verb)."""
    # (the sentence's one number: not "3 missile and 57 aviation strikes, using 26 UAVs. 21 of them …", whose
    # whole is the last of several)
    if m.destroy_verbs or m.launch_verbs or len(m.numbers) != 1 or len(m.counts) != 1 or m.counts[0].weapon is None \
            or m.sentence.index + 1 >= len(mentions):
        return False
    n = mentions[m.sentence.index + 1]
    if n.sentence.paragraph != m.sentence.paragraph or not n.numbers \
            or n.sentence.text[: n.numbers[0].start].strip(" «\"“—–-"):
        return False
    return of_them_destroyed(n.sentence.text, n.numbers[0].end, lex)


# (in the normalised text, where every quote mark is '"' and every dash '-')
# (after a heading line the sentence took in, a subhead of the region the quote is about: "Рівненська
# область\n«Сили ППО збили ворожу ракету. …», – інформує голова ОВА")
_OPENS_QUOTE = re.compile(r'^\s*(?:[^\W\d][^\n".!?:;]{0,60}\n\s*)?"')
_CLOSES_QUOTE = re.compile(r'"(?:\s*,)?\s*-\s*\S')
_QUOTE_SENTENCES = 4  # (the sentences a quote may hold after its first, read for the one that closes it)


def _quote_closed_by(m: Mentions, mentions: list[Mentions], gaz: Gazetteer, officials: Officials,
                     published: date | None, lex: ModuleType) -> Claimant | None:
    """The speaker named right after the quote that this sentence opens and does not close, when a
    sentence of its paragraph closes it, the next or one of the few after it with no quote mark between
    ("«…. …», – написал мэр Киева …", "«… . … . …», – інформує голова ОВА"): who tells the whole quote."""
    s = m.sentence
    if '"' not in s.text:
        # (or a sentence inside the quote, one of the few before it in its paragraph opening it: "«Ворог знову
        # атакував область. Ворожі цілі збито. Влучань немає», – повідомив голова ОВА")
        j = s.index - 1
        while j >= max(0, s.index - _QUOTE_SENTENCES) and mentions[j].sentence.paragraph == s.paragraph \
                and '"' not in mentions[j].sentence.text:
            j -= 1
        if j < max(0, s.index - _QUOTE_SENTENCES) or mentions[j].sentence.paragraph != s.paragraph \
                or not _OPENS_QUOTE.match(mentions[j].sentence.text) or mentions[j].sentence.text.count('"') != 1:
            return None
    elif not _OPENS_QUOTE.match(s.text) or s.text.count('"') != 1:
        return None
    k = s.index + 1
    while k < len(mentions) and k <= s.index + _QUOTE_SENTENCES and mentions[k].sentence.paragraph == s.paragraph \
            and '"' not in mentions[k].sentence.text:
        k += 1  # (a sentence inside the quote)
    if k >= len(mentions):
        return None
    nxt = mentions[k]
    if nxt.sentence.paragraph != s.paragraph or not nxt.people or nxt.sentence.text.count('"') != 1:
        return None
    close = _CLOSES_QUOTE.search(nxt.sentence.text)
    person = nxt.people[0]
    if close is None or person.role_start < close.start():
        return None
    return claimants.from_person(person, nxt.sentence.text, claimants.NO_PLACES, gaz, officials, published,
                                 lex).claimant


_ANSWER_REACH = 2  # the sentences before a verbless count that may tell the downing it numbers
_CITY_LOOKBACK = 4  # the sentences before a city's office named with no place that may name its town


def attribute(mentions: list[Mentions], resolutions: list[list[Resolution]], lex: ModuleType,
              gaz: Gazetteer, published: date | None, source: str | None = None) -> Attribution:
    out = Attribution(vague=lex.VAGUE_CLAIMANTS, channel=_channel(source), published=published)
    resolutions = with_unit_anaphors(mentions, resolutions, lex)
    officials = Officials.default()
    out.author = out.reporter = _byline(mentions, resolutions, lex, gaz, officials, published)
    before: tuple[Mentions, list[Resolution]] | None = None
    retelling: tuple[int, int | None] | None = None  # the sentence and paragraph of a retelling with no count
    dated = False  # the retelling names a day ("Earlier, on May 9, the mayor said that …")
    # a downing of no count told by nobody with a region ("Our air defence downed enemy drones."), and
    # its places: the official the next sentence names as its teller speaks for his region
    untold_downing: tuple[Mentions, list[Resolution]] | None = None
    downed = any(m.destroy_verbs for m in mentions)  # the report tells of weapons destroyed
    today: tuple[Count, int, Mentions, list[Resolution], int] | None = None  # a sentence's last count, today's
    for at, (m, res) in enumerate(zip(mentions, resolutions, strict=True)):
        if today is not None:
            _today_claim(out, *today, lex, gaz)
            today = None
        s = m.sentence
        out.untold = _untold_places(before, out, s, lex)
        if before is not None and (named := [r.place for r in before[1] if r.place is not None
                                             and r.place.kind == "admin1"]):
            out.regions_told = (before[0].sentence.paragraph, named)
        if s.is_title and not out.headline_towns:
            out.headline_towns = _headline_towns(m, res, lex)
        previous, before = before, (m, res)
        out.sentence_before = previous[0] if previous is not None else None
        if s.is_link:
            continue  # "Читайте також: …": another story's numbers
        if m.scope is None and m.counts and retelling == (s.index - 1, s.paragraph) \
                and not _patterns(lex)["later_statement"].match(s.text.lstrip()) \
                and (any(not d.from_title or dated for d in out.claims)
                     or (dated and casualties.opens_with_then(s.text, lex))):
            # "Як повідомлялося, минулої доби ворог бив по країні дронами. ППО знищила 71 дрон.": the
            # count right after a retelling of an earlier report that counted nothing is that report's
            # (not after "Нагадаємо, …", which often retells the report's own attack), once the report
            # told its own claim; opening the story, the retelling is its background ("Ранее губернатор
            # сообщал об атаке. По его данным, над областью уничтожены 14 БПЛА.": the report's 14; but not
            # "Ранее губернатор сообщал об атаке 12 мая. Тогда над областью сбили четыре": "Тогда" points back
            # to the day the retelling named; nor "До этого губернатор писал, что объявлена опасность. Позднее он
            # сообщил о четырех сбитых целях": told later than the retelling, the report's own)
            m.scope = "earlier"
        retelling = (s.index, s.paragraph) if m.scope == "earlier" and not m.counts else None
        # (a retelling that names its day, after a claim the headline told: that day's, not the report's)
        dated = retelling is not None and bool(m.days)
        if m.scope is None and m.counts and previous is not None \
                and casualties.is_reminder_heading(previous[0].sentence.text, lex):
            m.scope = "recalled"  # after "Recall" on a line of its own, as after "Recall that …"
        if m.scope == "recalled":  # "Нагадаємо, …": an earlier claim, or the only one told (a headline's is this one)
            m.scope = "earlier" if any(not d.from_title for d in out.claims) else None
        places = claimants.sentence_places(res, gaz) if m.people else claimants.NO_PLACES  # (read once for them all)
        if m.people and not places.isos and at \
                and any(claimants.office_kind(p, lex)[1] in claimants.CITY_ROLES for p in m.people):
            # "На Житомир летіли 12 дронів. Руйнувань немає. Так сказав мер міста …": a city's office
            # whose sentence names no place speaks for the town told last, in one of the few sentences before it
            # (a town: a sentence of its city districts only would make him the mayor of a region)
            places = next((ps for j in range(at - 1, max(-1, at - 1 - _CITY_LOOKBACK), -1)
                           if (ps := claimants.sentence_places(resolutions[j], gaz)).towns), places)
        people = [_as_before(claimants.from_person(p, s.text, places, gaz, officials, published, lex), out)
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
        if people and out.claims and out.claims[-1].claimant is UNATTRIBUTED and out.reporter is not None \
                and out.reporter.person and out.reporter is not people[0].claimant and out.claims[-1].evidence \
                and out.claims[-1].evidence[0][0] > out.reporter_start \
                and not s.text[: m.people[0].role_start].strip() and s.text[m.people[0].end :].startswith(":"):
            # "Governor of the Kursk Region X: 01:10. … In total, 12 UAVs were shot down in the region.", then
            # "Governor of the Bryansk Region Y: …": a digest of officials' posts, each headed by its author;
            # the count told by nobody since X's header is X's, not the next header's
            out.claims[-1].claimant = out.reporter
        if people:
            _official_speaks(out, people[0], m, previous[0] if previous is not None else None, lex)
            if untold_downing is not None and untold_downing[0].sentence.index == s.index - 1 \
                    and untold_downing[0].sentence.paragraph == s.paragraph \
                    and _patterns(lex)["told_by_next"].search(s.text):
                # "Our air defence downed enemy drones overnight. This was announced on Sunday by the Mykolaiv
                # region's head, Vitalii Kim": where they were downed is his region
                um, ures = untold_downing
                own = _own_region_uncounted(um, um.sentence.text, ures, lex, gaz, people[0].claimant,
                                            counted=any(c.destroyed is not None for c in out.claims),
                                            told=_with_one_before(mentions, at - 1))
                if own is not None:
                    _add_uncounted(out, um, people[0].claimant, own, um.sentence, lex)
        untold_downing = None
        claimant = _claimant(m, people, out, lex)
        if not people and not any(c.explicit for c in m.claimants) and (m.counts or m.destroy_verbs and m.weapons) \
                and (speaker := _quote_closed_by(m, mentions, gaz, officials, published, lex)) is not None:
            # "«На Харьков летели 35 БПЛА. 28 из них сбиты …», – написал мэр": a quote of several
            # sentences, its speaker named after it, tells its first sentences too (not the claim before it);
            # its one weapon downed with no number too ("«Засоби ППО знешкодили ворожу ракету. Її рештки знайшли на пасовищі», –
            # інформує голова ОВА": his, not one more of the claim another official told before him)
            claimant = speaker
        if not people and out.voice is not None and out.voice[0].person and (claimant is None or claimant.person is None) \
                and (not any(c.explicit for c in m.claimants) or names_only_defences(m, lex)) and pronoun_speaks(m, lex):
            # "Затем глава города заявил об ещё одной атаке. По его словам, беспилотник … был уничтожен
            # силами ПВО": the person named last tells it, not the claim told before him (the defences named are
            # who downed them)
            claimant = out.voice[0]
        if claimant is not None and not people and out.author is not None and out.author.person \
                and names_only_defences(m, lex):
            # "Ночью дежурные средства ПВО уничтожили 3 БПЛА" under a governor's header: the
            # post's author tells it; the defences named are who downed them
            claimant = out.author
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
        if people or claimant is not None:
            out.teller = (people[0].claimant if people else claimant, s.index, s.paragraph)
        if out.weapon_list is not None and _weapon_list_line(out, m, s.text, lex):
            continue
        out.weapon_list = _weapon_list_header(m, s.text, lex, claimant or (people[0].claimant if people else None))
        if not m.counts and out.claims and not s.is_title and may_match(m.words, lex, "new_attack") \
                and _patterns(lex)["new_attack"].search(s.text) and not _patterns(lex)["new_attack_unreal"].search(s.text):
            # ("Later the governor told of a new attempt at attack."; not "he warned the enemy
            # could launch a new attack")
            out.new_attack = True
        if not m.counts and out.claims and not s.is_title and m.days and m.launch_verbs \
                and _day_of_its_own(_current(out, claimant), m, out.published):
            # ("Уночі над Полтавщиною знищено шахед", then "У вівторок, 10 червня, Полтаву двічі атакували
            # дронами. Ще один тоді збили над містом": an attack of another day told, with no count; the
            # counts after it are that day's, no more of the night's)
            out.new_attack = True
        if out.new_attack and m.counts and _patterns(lex)["of_these_lead"].match(s.text):
            out.new_attack = False  # ("Of the 12 drones, 4 …", "Из них …": a part of the count told)
        if _tells_no_claim(m, res, people):
            _no_claim(out, m, res, people, lex, claimant)
            continue
        split = None if s.is_title else _today_after_other_day(m, res, s.text, lex)
        if split is not None:
            # "Вчера над Курской областью сбито 40 беспилотников, а сегодня 12": the sentence up to today's
            # count is an earlier period's claim, read as it is; today's count is the report's own, told after it
            m.counts[:] = [c for c in m.counts if all(c.number.start != x.number.start for x in split[0])]
            m.scope = m.scope or "earlier"
            today = (*split, m, res, len(out.claims))
            res = [r for r in res if r.hit.start < split[1]]  # (the places after the mark are today's)
        if not s.is_title and (more := _more_of_told_weapon(m, s.text, lex, _current(out, claimant))):
            # ("Днем были сбиты еще шесть": six more of the weapon the claim told counted, read as if named)
            m.counts[:] = more
            m.weapons[:] = sorted((c.weapon for c in more if c.weapon is not None), key=lambda w: w.start)
        # (and where no number is written: "збили БПЛА над акваторією"; not where the sentence tells
        # the debris of one "сбитого над морем")
        if not s.is_title and (m.counts or (m.destroy_verbs and not any(
                k in ("debris", "damage", "hit", "fire") for k in _incident_kinds(m, lex)))):
            res = _with_bare_sea(res, s, lex, gaz, resolutions, claimant or out.reporter)
            res = _with_coast_sea(res, s, lex, gaz)
        # a headline sums up ("15 drones destroyed over Belgorod and Kursk regions"): no breakdown
        # "…, said Ivan Petrov, Governor of the Tver Region": who speaks, not where
        # (a place inside an office asked by bisection, not by a scan of all the offices for each place)
        if m.people:
            in_role = covering((p.role_start, p.role_end) for p in m.people)
            counted_res = [r for r in res if not in_role(r.hit.start)]
        else:
            counted_res = res
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
        bracketed = {it.bracketed for it in items if it.bracketed >= 0}  # ("(six drones each)": the item's)
        if len(items) == 1 and m.launch_verbs:
            # "launched 17 Shahed drones, 12 of which were destroyed in the Poltava and Chernihiv regions": the
            # one item's count is also how many of those launched were destroyed
            item_numbers -= {c.number.start for c in m.counts if c.number.start in item_numbers
                             and of_them_destroyed(s.text, c.end, lex)}
        but, spared = _spared(m, s.text, lex)  # ("all but one", "except two drones")
        but = but if m.destroy_verbs else None
        # ("Все беспилотники, кроме двух из 30": the whole after the part, a bare number of its own, is the
        # part's, no count nor item of its own)
        whole_of_but = but.of_total.start if but is not None and but.of_total is not None \
            and any(c.number.start == but.of_total.start for c in m.counts) else -1
        items = [replace(it, count=but.of_total.value - but.number.value) if whole_of_but >= 0 and it.number_start == whole_of_but
                 and it.count == but.of_total.value else it for it in items]  # (the place of those downed)
        # (the counts told among the downed, asked once for the totals and the headline's fallback below)
        among_downed = {c.number.start for c in m.counts if _among_downed(c, s.text, lex)}
        totals = [but if whole_of_but >= 0 and c.number.start == but.number.start else c for c in m.counts
                  if c.number.start not in item_numbers and c.number.start not in bracketed
                  and not c.number.same_as_previous and c.number.start != whole_of_but
                  and ((whole_of_but >= 0 and c.number.start == but.number.start)
                       or _is_total(c, m, s.text, lex, c.number.start in among_downed))]  # ("столько же", "the same number": an item's count only)
        if totals and item_numbers and not m.launch_verbs:
            # ("над Сумщиною збито 8 шахедів, 3 з них – мобільними вогневими групами": a part of a place's
            # count, not the claim's total)
            totals = [c for c in totals if not _part_of_item(c, m, item_numbers, s.text, lex)]
        # ("дронов было зафиксировано 45": the count of the weapon named before its verb)
        # ("the number of drones destroyed near the capital had risen to 11": the weapon the number counts)
        totals = [replace(c, weapon=w) if c.weapon is None and (
            w := _weapon_then_verb(c, m, s.text) or _more_of_weapon_before(c, m, s.text, lex)
            or _weapon_of_number(c, m, s.text, lex)
            or _weapon_named_before(c, m, s.text, lex)
            or _weapon_of_them(c, m, s.text, lex, _current(out, claimant), previous[0] if previous else None)
            or _weapon_of_them_named(c, m, s.text, lex, previous[0] if previous else None)
            or _weapon_of_their_number(c, m, s.text, lex))
            else c for c in totals]
        whole_next = _whole_of_next(m, mentions, lex)  # ("45 drones flew toward Odesa. 31 of them were shot down")
        if whole_next and not totals and not items:
            # ("На Харьков прилетело 18 БПЛА. 12 из них …": what came, though its verb tells of arrival as of hits)
            totals = [c for c in m.counts if c.weapon.type != "unknown"]
        if items and (m.launch_verbs or whole_next) and not m.destroy_verbs:
            totals, items = _launched_not_placed(totals, items, m, s.text, lex), []
        if totals and m.launch_verbs and not downed and _strikes_on_settlements(m, counted_res, lex, gaz):
            totals = []
        if but is not None and but.of_total is not None:
            # "downed all but one of 27 drones": 26 of the 27 ("Все беспилотники, кроме двух из 30": the
            # whole after the count, a bare number of its own, is that count's whole, no total)
            totals = [replace(c, number=replace(c.number, value=c.of_total.value - c.number.value))
                      if c.number.start == but.number.start and c.of_total.value > c.number.value else c
                      for c in totals]
        elif not s.is_title and but is not None \
                and (told := _launch_told(out, claimant)) is not None and _all_but_destroyed(told, but):
            # "Russia launched 21 drones. Air defences shot down all but one of them over the Sumy and
            # Poltava regions": the rest of the launch destroyed, where the sentence says (no count there)
            # (the weapons downed are the ones told, though the sentence names none: "All but two were shot
            # down over Kharkiv, Sumy and Poltava regions", "Усі, крім двох, збито над …"; over one region,
            # all the downed there)
            uncounted = _uncounted_places(s.text, counted_res, m, lex, gaz, they=True)
            if uncounted and not told.items:
                told.items.append(replace(uncounted[0], count=told.destroyed) if _all_there(uncounted[0])
                                  else uncounted[0])
                told.item_offsets.append(s.start)
            told.evidence.append((s.start, s.end))
            _told_in(out, told, m, res, people, lex, s, claimant)
            continue
        elif but is not None:
            # "Air defences shot down all but one of the drones" with no launch told to take it from: the
            # one was not destroyed, and no count of the destroyed is told
            totals = [c for c in totals if c.number.start != but.number.start]
            items = [it for it in items if it.number_start != but.number.start]
        # ("Сбиты все воздушные цели, кроме трёх БПЛА": the three are the ones not destroyed)
        if spared:
            totals = [c for c in totals if c not in spared]
            items = [it for it in items if not any(c.number.start == it.number_start for c in spared)]
        if len(totals) > 1 and not items and not s.is_title:
            totals = _other_days_before_today(out, totals, m, s, lex, claimant)
        # (the official of his region named in the sentence just before: "Голова ОВА … повідомив, що три
        # шахеди летіли на Кременчук. Їх збили сили ППО" after the country's launch is his own count, not the
        # country's launch told again)
        official_before = prior_voice[0] if not people and prior_voice is not None and previous is not None \
            and prior_voice[1] == previous[0].sentence.start and prior_voice[0].region and prior_voice[0].person \
            and (not any(c.explicit for c in m.claimants) or names_only_defences(m, lex)) else None
        if not totals and not items and not s.is_title and not m.counts and m.destroy_verbs \
                and (_launch_told(out, claimant) is None or official_before is not None):
            # ("Два беспилотника упали …", then "Они были сбиты …": the fallen ones, downed)
            totals = _fallen_before(out.sentence_before, m, s.text, lex)
            if totals and official_before is not None:
                claimant = official_before
        struck = one_more = downed_one = flying = False
        # ("None of them reached Kyiv", "Ни один из них не долетел до Белгорода": the place they did not
        # reach is their target, not where they were downed)
        # (nor is the office of the one who tells it a place)
        aimed = _none_reached(counted_res, s.text, lex) if res and m.destroy_verbs and not m.counts else None
        aimed = res if aimed is None else aimed
        # (a count of other things beside it tells no weapon: "…, adding that air defence worked in five regions")
        if not totals and not items and not s.is_title \
                and all(c in spared or (c.weapon is None and _patterns(lex)["other_counted"].match(s.text, c.end))
                        for c in m.counts) \
                and (not any(r.place is not None and r.place.kind != "country"
                             and not _patterns(lex)["towards_before"].search(s.text, max(0, r.hit.start - 40), r.hit.start)
                             and not _patterns(lex)["threatened_before"].search(s.text, max(0, r.hit.start - 40), r.hit.start)
                             for r in aimed)
                     or _patterns(lex)["they_destroyed"].match(s.text)) \
                and _all_destroyed(m, s.text, lex, told := _launch_told(out, claimant), 0, spared):
            # "Росіяни запустили 9 ракет. Усі ракети збито.": as many destroyed as were launched
            # (a place they flew at is no place of a part: "All the drones were destroyed on approaches to the city")
            # (nor one they threatened: "Усі БпЛА, які загрожували столиці, знешкоджено")
            # ("Їх збили над Чугуївським районом": downed where the sentence says)
            told.evidence.append((s.start, s.end))
            if aimed and not told.items:
                # ("Усі вони були знищені у межах Київської та Житомирської областей": where, with no count
                # each; over one region, all of them there)
                placed = _uncounted_places(s.text, counted_res if aimed is res else aimed, m, lex, gaz, True,
                                           they=True)
                if placed:
                    told.items.append(replace(placed[0], count=told.destroyed) if _all_there(placed[0])
                                      else placed[0])
                    told.item_offsets.append(s.start)
            _told_in(out, told, m, res, people, lex, s, claimant)
            continue
        if not totals and not items and not s.is_title:
            if _told_by_voice_since(told := _current(out, claimant), claimant, prior_voice) \
                    and any(c.explicit for c in m.claimants):
                # ("«Another drone was shot down over the Aa district», the mayor said", then "The ministry said air
                # defences also downed a drone over the Bb district": the claim told by nobody yet was the mayor's,
                # named since; the ministry's one weapon is its own claim, not his told again)
                told.claimant = prior_voice[0]
            # (a sentence of another scope, "Ранее сообщалось, что … сбили беспилотник", tells a claim of its own)
            own_time = bool(m.scope or out.new_attack or (may_match(m.words, lex, "new_attack")
                                                          and _patterns(lex)["new_attack"].search(s.text))
                            or _day_of_its_own(_current(out, claimant), m, out.published))
            # (nor is a regional official's one weapon, told with no place after a count over other regions
            # told by nobody, "Над Волинню збили ракету. «Сили ППО збили ворожу ракету», – голова Рівненської
            # ОВА", that count again: his own claim, as a counted one would be)
            told = None if own_time or _another_region(counted_res, _current(out, claimant)) \
                or ((cur := _current(out, claimant)) is not None and _list_of_other_regions(cur, claimant)) \
                else _current(out, claimant)
            totals = _bare_after_launched(m, s.text, lex, _current(out, claimant)) \
                or _launched_them(m, s.text, lex, out.sentence_before) \
                or _implicit_one(m, s.text, lex, told)
            if told is None and not own_time and _rest_unplaced(current := _current(out, claimant)) \
                    and _one_more(totals, current, s.text, lex):
                # ("14 drones destroyed. Thirteen of them over the Oryol region. Another drone was shot down
                # over the Tula region": one more over a region not named yet is where the rest of the total
                # was downed, while the places told fall short of it, not a drone of a claim of its own)
                told = current
            if told is None and not own_time and _head_ordinal(totals, s.text, lex) is not None:
                # ("Один беспилотник сбит над Курской областью. Второй беспилотник сбит над Брянской": an
                # ordinal goes on with the running count, over another region too)
                told = _current(out, claimant)
            one_more = _one_more(totals, told, s.text, lex)
            if not totals:
                totals = _struck_with_one(m, s.text, lex)
                flying = not totals and bool(totals := _flying_one(m, s.text, lex, told))
                totals = totals or _launched_one_more(m, s.text, lex, told)
                if not totals:
                    totals = _launched_one_downed(m, s.text, lex)
                    downed_one = bool(totals)
                    placed = _uncounted_places(s.text, counted_res, m, lex, gaz) if downed_one and not items else []
                    if placed and len(placed[0].places) == 1:
                        items = [replace(placed[0], count=1, weapon=True)]  # ("…, яку над Дніпропетровщиною збили")
                struck = bool(totals)
        elif (not items or not totals and all(it.note for it in items)) and not s.is_title and not m.launch_verbs \
                and (fly := _flying_one(m, s.text, lex, None if m.scope or out.new_attack else _current(out, claimant))):
            # ("Two missiles heading for Poltava": a number of missiles told by their flight alone, launched;
            # the place they flew at no item, nor a place they were downed)
            totals, items, flying, struck = fly, [], True, True
        elif totals:
            totals = _with_coordinated_one(totals, m, s.text, lex)
        tally_kind = None
        if totals and items and not s.is_title:
            totals, items, whole = _first_place_of_list(s.text, totals, items, counted_res, m, lex)
            # (the total's places, read again only where the list's first place did not read them: nothing
            # between changes what they are read from, the sentence, its totals, places and mentions)
            if whole is None:
                whole = _places_of_total(s.text, totals, counted_res, m, lex) if len(totals) == 1 else []
            if len(whole) == 1 and whole[0].count == totals[0].number.value \
                    and _region_then_its_parts(s.text, [replace(whole[0], weapon=True), *items], [whole[0], *items]):
                # "Над Брянской областью сбиты три беспилотника: один над Клинцами, другой над Почепом, …":
                # the region told before its count is the total's place, the towns listed after are its parts
                items = [replace(whole[0], summary=True), *(replace(it, subset=True) for it in items)]
        elif not totals and len(items) > 1 and not s.is_title and not m.launch_verbs:
            totals = _list_total(s.text, m, items)
            # what the tally counts, when the sentence names no weapon: what the claim before counted
            told_kinds = {(w.type, w.model) for w in out.claims[-1].weapons} if totals and out.claims else set()
            tally_kind = told_kinds.pop() if len(told_kinds) == 1 and not m.weapons else None
        told = out.claims[-1] if out.claims else None
        if told is not None and totals and not items and not people and not s.is_title \
                and _launched_split(told, m, s.text, lex):
            # "знищено 40 з 52 цілей. З них 30 — ракети, 22 — дрони": how many of each type came
            told.evidence.append((s.start, s.end))
            out.used.add(s.index)
            continue
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
        # ("four drones crossed the region's airspace", "атакував громаду трьома дронами": no verb of launch
        # or downing, the count of the attack all the same)
        # (not where a launch was told already, nor a count of weapons a claim told launched: "Куди влетіли дві
        # ракети, не уточнюється" after "запустили 20 дронів і дві ракети" is those two again)
        # (nor fewer than the claim told downed: no attack launches less than was downed of it)
        # (but "The attack also included two ballistic missiles": more weapons, of kinds the launch told did not
        # count, are its parts: claims._more_of_another_weapon; not where the sentence names a day of its own: "On
        # 4 May, the attack also included 11 missiles" is another attack's)
        default = not s.is_title and _default_launched(totals, m, s.text, lex) \
            and not _heading_not_attack(mentions, at, lex) \
            and (m.scope in (None, "report") or _measured_attack(m, s.text, lex)) \
            and ((cur := _current(out, claimant)) is None
                 or (cur.launched is None and (cur.destroyed is None or sum(c.number.value for c in totals) >= cur.destroyed))
                 # (nor a launch told by nobody, as a headline's: "26 of 29 drones downed" over "The mayor said 31
                 # drones flew at the city": the official's own count of the attack, the other figure another claim)
                 or ((cur.from_title or cur.claimant is UNATTRIBUTED) and (people or any(c.explicit for c in m.claimants))
                     and sum(c.number.value for c in totals) >= (cur.destroyed or 0))
                 or not m.days and _more_of_another_weapon(cur, totals, m, lex, claimant)) \
            and not any(_told_launched(c, d) for c in totals for d in out.claims)
        # (a verbless count that may number a downing told just before with none: no count told since)
        just_before = mentions[max(0, at - _ANSWER_REACH) : at] if default else []
        answers = default and (cur is None or not (cur.counts("destroyed") or cur.counts("launched"))) \
            and not m.scope and not out.new_attack
        if answers and _elliptic_answer(totals, s.text) \
                and any(b.destroy_verbs and not b.counts and not searched("partial_word", b, b.sentence.text, lex)
                        for b in just_before):
            # ("ПВО уничтожили рекордное количество целей. … «545 беспилотников», – уточнили в ведомстве": the
            # number of a downing told just before with none)
            m.gapped = "destroyed"
        if default and m.gapped is None and _patterns(lex)["identity_before"].fullmatch(
                s.text, 0, min(c.number.start for c in totals)) is not None:
            # ("… the air targets were found and downed. They turned out to be three Mohajer drones": what the
            # weapons just told were, no launch; the number of a downing told just before with none, as an
            # elliptic answer; after a launch told with none, its number: "launched drones. They were 12 Shaheds")
            if answers and any(b.destroy_verbs and not b.counts for b in just_before):
                m.gapped = "destroyed"
            elif not any(b.launch_verbs and not b.counts and not b.destroy_verbs for b in just_before):
                default = False
        is_claim = bool(totals or items) and bool(m.destroy_verbs or m.launch_verbs or continues_list or struck
                                                  or m.gapped  # ("…, а губернатор Белгородской – о трёх")
                                                  or whole_next or default)
        if s.is_title and not totals:
            # ("Собянин: летевший на Москву БПЛА сбит": the headline's one, unless the body tells more)
            # (not the ones that hit: "Три ракети влучили в об'єкт …", "зафіксовано влучання 26 дронів"; nor some
            # of the downed: "Серед збитих ракет – два «Кинджали»")
            totals = [c for c in m.counts if c.weapon is not None and not _got_through(c, m, s.text, lex)
                      and c.number.start not in among_downed] \
                or _implicit_one(m, s.text, lex, None)
            is_claim = is_claim or bool(totals)
        if totals and items and all(it.note for it in items) and not s.is_title:
            # "В Московской области уничтожили девять аппаратов, четыре из них летели в направлении Москвы":
            # the total's places, then its part flying towards the city
            items = _places_of_total(s.text, totals, counted_res, m, lex) + items
        elif totals and not items and not flying:  # (where a missile flew is no place it was downed)
            # "над территорией Брянской области были уничтожены семь беспилотников"
            items = _places_of_total(s.text, totals, counted_res, m, lex) \
                or _there(s.text, totals, counted_res, lex, gaz) \
                or [it for it in breakdown.items(s.text, totals, counted_res, lex) if it.note and not s.is_title]
            if ((m.launch_verbs or default) and not m.destroy_verbs
                or m.destroy_verbs and all(_partly_downed(c, m, s.text, lex) for c in totals)) \
                    and all(_verb_for(c, m, s.text, lex) == "launched" for c in totals):
                # ("three missiles were detected over the … region", "над … областю виявлено три ракети"):
                # where a count only detected, tracked or launched was, with no downing in its sentence, is
                # where they came, no count downed there (parts._came_places keeps it if all were downed)
                # (a part flying towards a place is a part all the same: "Five of the drones were flying
                # towards Moscow"; nor where a part of them was downed with no number: "a raid by 15 drones on
                # the Aa region, some were shot down")
                items = [it if it.note else replace(it, came=True) for it in items]
            # ("сбили беспилотник на подлёте к Москве": the one count's flying-towards place)
            if len(items) == 1 and items[0].each:
                totals = []  # ("по одній ракеті" over two regions: the claim's count is the places' sum)
            if s.is_title:
                items = [replace(it, headline=True) for it in items]
        if items and not m.destroy_verbs and not m.gapped and not s.is_title \
                and not any(d.destroyed is not None or d.items for d in out.claims):
            # ("по меньшей мере 6 ракет летели на Харьков и область, 2 «Кинжала» держали курс на …": a count whose
            # predicate is its flight, with no downing in the sentence nor before it, is where they went, none downed
            # there; after a downing told, "Five of the drones were flying towards Moscow" is a part of the downed)
            # (not a part "of them" of a count told before: "Чотири з них летіли на Москву", of the downed)
            flew = {c.number.start for c in m.counts if _patterns(lex)["flew_after"].match(s.text, c.end)
                    and not of_them_after(s.text, c.end, lex) and not of_them_before(s.text, c.number.start, lex)}
            items = [replace(it, came=True) if it.note and it.number_start in flew else it for it in items]
        if len(items) == 1 and m.launch_verbs and items[0].count is not None and not items[0].each:
            # "launched 33 drones in the Kyiv region, 26 of which were destroyed": the place's count is
            # how many were downed there, not how many came
            downed_there = [c for c in m.counts if c.number.start >= items[0].end
                            and of_them_destroyed(s.text, c.end, lex, c.end + 80)]
            if len(downed_there) == 1 and downed_there[0].number.value < items[0].count:
                items = [replace(items[0], count=downed_there[0].number.value)]
        # (the ordinal heading the one weapon's clause and the gapped ones after it, read once for the places
        # here and for the running count below, unless the totals change in between)
        ordinal_of, ordinal = totals, _ordinal_run(totals, s.text, lex)
        if totals and not s.is_title:
            items = _gapped_items(ordinal, items, s.text, counted_res)
        as_named = items  # (the districts and towns as written, before they are read as their regions)
        items = _regional(items, s.text, gaz, lex)
        if not totals and not items and not any(c.weapon for c in m.counts) and not s.is_title:
            # ("… brought down several drones over the Kaluga Region, Governor Vladislav Shapsha said":
            # the places his title names are not where they were downed)
            # ("Они были сбиты над Брянской и Курской областями", "All of them were downed over …" after a
            # destroyed count: the ones told, though the sentence names no weapon; over one region, all of
            # them there)
            they = bool(out.claims) and bool(_patterns(lex)["told_destroyed"].match(s.text))
            uncounted = _uncounted_places(s.text, counted_res, m, lex, gaz, bool(out.claims), they=they,
                                          before=previous[0] if previous is not None else None)
            if they and uncounted and _all_there(uncounted[0]) and uncounted[0].count is None \
                    and (downed := _current(out, claimant)) is not None and downed.destroyed and not downed.items \
                    and _same_weapons(m, downed):
                uncounted = [replace(uncounted[0], count=downed.destroyed)]
            if uncounted and _add_uncounted(out, m, claimant, uncounted[0], s, lex):
                _repelled_at(out, m, res, lex, s.start, out.claims[-1].claimant, uncounted, out.claims[-1])
                if any(k in ("debris", "damage", "hit", "fire", "casualties") for k in _incident_kinds(m, lex)) \
                        or may_match(m.words, lex, "casualties"):
                    # what the debris did (or the attack: "… сбили несколько целей, в результате атаки погиб один"),
                    # or that it hurt nobody ("Дрон уничтожен над Рыльском, никто не пострадал": the zero, negated
                    # and so no incident's kind, is the toll all the same)
                    _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
                continue
        if not totals and not items and not s.is_title and not any(c.weapon for c in m.counts):
            speaker = claimant or (people[0].claimant if people else None) or out.reporter
            if speaker is None and m.authorities and out.administrations and out.administrations[-1][0] == s.start \
                    and out.administrations[-1][1].region:
                # ("Air defence downed several drones over the region, the Aa regional military administration
                # said": the administration its sentence names tells it, of its own region; not one that names no
                # region, "сообщили в областной администрации")
                speaker = out.administrations[-1][1]
            elif speaker is None and not out.claims and out.administrations and out.administrations[-1][1].region \
                    and not any(_patterns(lex)["source_line"].match(n.sentence.text.lstrip())
                                for n in mentions[:at + 1] if n.sentence.start > out.administrations[-1][0]):
                # (not past a newer source line, "Source: Bb City Council", whoever it names: that post's teller)
                # ("Source: the Telegram channel of the Aa Oblast Military Administration. Quote: «… Some enemy targets have been
                # shot down.»": the administration named before, the one telling the post, when nobody else has
                # told a claim yet)
                speaker = out.administrations[-1][1]
            # the one region the sentence before named, in the same paragraph ("… атаку на Київщині.
            # Ворожі цілі збито.")
            # (not after a national count told: "Уничтожены 52 «шахеда». Целями были объекты в Киевской области.
            # В зоне … уничтожили большинство" retells that count, and the region before was a target)
            counted = any(c.destroyed is not None for c in out.claims)
            context = {r.place.iso for r in previous[1] if r.place is not None and r.place.kind == "admin1"
                       and r.place.iso} if previous and previous[0].sentence.paragraph == s.paragraph \
                and not (counted and not (speaker or out.claims[-1].claimant).region) else set()
            # (or his country, attacked: "атакували Україну дронами-камікадзе. ППО
            # збила всі ворожі цілі" is the national figure an article recalls, not his region's)
            national = speaker is not None and bool(previous) and previous[0].sentence.paragraph == s.paragraph \
                and any(r.place is not None and r.place.kind == "country" and r.place.iso == speaker.side
                        for r in previous[1])
            own = _own_region_uncounted(m, s.text, counted_res, lex, gaz, speaker,
                                        context.pop() if len(context) == 1 else None,
                                        counted=counted,
                                        national=national,
                                        told=_with_one_before(mentions, at))
            if own and _add_uncounted(out, m, speaker, own, s, lex):
                _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)
                continue
            if own is None and not people and (speaker is None or not speaker.region):
                untold_downing = (m, counted_res)
        told = _current(out, claimant)
        if _told_by_voice_since(told, claimant, prior_voice):
            # "11 з них вдалося збити. Про це повідомили у Генштабі.", then "Як уточнив начальник КМВА,
            # … було збито дев'ять": the claim told was the voice's named since; the new speaker's
            # count is his own (and a sentence that named nobody but "air defence", resolved to that
            # unattributed claim, goes on in the voice: "…, Gusev said. «Overnight, more than 30 drones
            # were destroyed by air defence in the region»" is his)
            # (not a count over the whole country: "Ukraine downed 30 drones, officials say", then a
            # governor's own six over his region, then the Air Force's: no governor's count)
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
        # ("Russia launched two drones at the region. Both were shot down over the Shostka district.": a
        # bare count placed after a claim that told only how many came is how many of them were downed;
        # only told for a district or town, or for the claimant's own region: "Russia launched 50 drones.
        # 12 were shot down over the Kharkiv region." is a part of a national total yet to be told)
        of_launched = not totals and len(items) == 1 and not items[0].weapon and items[0].count is not None \
            and told is not None and told.launched is not None \
            and not told.counts("destroyed") \
            and items[0].count <= told.launched \
            and bool(items[0].told_for or told.claimant.region
                     and all(p.iso == told.claimant.region for p in items[0].places))
        # (a bare count right after its verb, its place after it, of the one kind of weapon the sentence
        # named before it: "the city was hit by missiles, with air defences downing two over it")
        named = None
        if not totals and len(items) == 1 and not items[0].weapon and not of_launched and m.destroy_verbs \
                and (bare := next((c for c in m.counts if c.number.start == items[0].number_start), None)):
            named = _weapon_named_before(bare, m, s.text, lex, placed=True)
        if not totals and len(items) == 1 and (items[0].weapon or of_launched or named) and m.destroy_verbs \
                and items[0].each is not True \
                and (m.scope or told is None or out.new_attack or (told.destroyed is None and told.launched is None
                                                  and not any(it.count is not None for it in told.items))
                          or (m.window is not None and told.window is not None)
                     or (told.from_title and told.destroyed == items[0].count)
                     or _exceeds(items[0], told)
                     or _other_weapon(items[0], m, told) or of_launched):
            # "shot down 12 drones over the Belgorod and Kursk Regions": the one count is the total
            # (unless a total was already told: then it is that total's breakdown; a lead that
            # repeats its headline's total is the total again)
            totals = [replace(c, weapon=named) if named else c for c in m.counts if c.number.start == items[0].number_start]
            items = [replace(items[0], each=False if len(items[0].places) > 1 else None, summary=True)]
        elif not totals and _region_then_its_parts(s.text, items, as_named) and m.destroy_verbs:
            # "Bryansk region air defence downed three drones: Klintsy saw one, Pochep another
            # and Trubchevsk a third": the region's count is the total, its towns and
            # districts listed after it are its parts (not three more)
            totals = [c for c in m.counts if c.number.start == items[0].number_start]
            items = [replace(items[0], summary=True), *(replace(it, subset=True) for it in as_named[1:])]
        if is_claim and _regional_part_of_national(totals, items, counted_res, m, lex, claimant or out.reporter):
            # "Four of the 30 drones were shot down over the Mykolaiv region", "над Миколаївщиною збито чотири
            # з 30 дронів" in a regional voice: the region's part of the country's figure, not how many came
            # at the speaker's region
            totals = [replace(totals[0], of_total=None)]
        if is_claim and not items and (pair := _pair_of_another_kind(out, m, mentions[max(0, at - 2) : at], claimant, totals, lex)) is not None:
            # ("Of 14 ballistic missiles, nine were downed. Fewer cruise missiles were hit – 6 of 25.": one
            # claim told kind by kind, each as a part of its whole: 15 of 39, one weapon entry each)
            told, (wword, downed, came) = out.claims[-1], pair
            for w in told.weapons if len(told.weapons) == 1 else ():
                w.destroyed = told.destroyed if w.destroyed is None else w.destroyed
                w.launched = told.launched if w.launched is None else w.launched
            told.weapons.append(WeaponDraft(wword.type, wword.model, launched=came, destroyed=downed,
                                            evidence=[(s.start + wword.start, s.start + wword.end)]))
            told.destroyed += downed
            told.launched += came
            told.evidence.append((s.start, s.end))
            if claimant is not None and told.claimant is UNATTRIBUTED:
                told.claimant = claimant
            _told_in(out, told, m, res, people, lex, s, claimant)
            continue
        if is_claim and not items and not people \
                and (more_of := _more_of_it_unplaced(out, m, claimant, totals, s.text, lex)) is not None:
            # ("The air force said 18 drones were downed. Five more were intercepted.": as many more of the
            # claim just told, in its period and place: 23 in all, not a claim of five)
            more_of.destroyed += totals[0].number.value
            same = [w for w in more_of.weapons if w.destroyed is not None]
            if len(same) == 1:
                same[0].destroyed += totals[0].number.value
            more_of.evidence.append((s.start, s.end))
            if claimant is not None and (more_of.claimant is UNATTRIBUTED or more_of.claimant.name in out.vague):
                more_of.claimant = claimant  # (who tells the more tells the count: "…, the air force said")
            _told_in(out, more_of, m, res, people, lex, s, claimant)
            continue
        if is_claim and not s.is_title and not m.scope and not m.launch_verbs \
                and _parts_reach_its_total(_current(out, claimant), totals, items, s.text, lex):
            # ("a total of 34 drones", then "Twenty-one of the drones were downed over Russian territory,
            # and 13 over the Sea of Azov": the told total's parts, placed where the sentence names a region)
            totals = []
        elif is_claim and not s.is_title and not m.scope and not m.launch_verbs and not people and not m.claimants \
                and m.window is None and not m.days and not _patterns(lex)["evening"].search(s.text) \
                and not _patterns(lex)["other_period"].search(s.text) \
                and _unplaced_parts_of_list(_current(out, claimant), totals, items, s.text, lex):
            # ("40 drones overnight", then "one each over Aa and Bb, while three were neutralised elsewhere": the
            # list goes on, its count with no place a part of the total, not a claim of three; not in a sentence
            # that tells a time or day of its own, "…, while five were destroyed on Monday evening", "… earlier",
            # "… during the day", ru "днём": the lexicon's other periods, not the evening alone)
            _current(out, claimant).unplaced += sum(c.number.value for c in totals)
            totals = []
        elif is_claim and not s.is_title and not m.launch_verbs:
            totals = _country_part_then_list(totals, items, s.text, lex)
        if is_claim and not (people and not m.claimants and _incident_kinds(m, lex) and not items and not
                             any(c.weapon for c in totals)):
            draft = _claim_for(out, m, claimant, totals, lex, items, one_more, res)
            out.new_attack = False
            if not items and not res and not draft.evidence and not one_more:
                items = _more_over_the_same_place(out, draft, totals, m, lex)
            draft.named = draft.named or any(p.claimant.name == draft.claimant.name for p in people) \
                or any(c.explicit and c.name == draft.claimant.name for c in m.claimants)
            totals = _settle_rounded(draft, totals, m, s.text, lex)
            told_values = (draft.destroyed, draft.launched)
            placed = sum(it.count for it in draft.items
                         if it.count is not None and not (it.subset or it.headline or it.note))
            nth = _nth(ordinal if totals == ordinal_of else _ordinal_run(totals, s.text, lex))
            if one_more and nth is not None and draft.destroyed is not None:
                # an ordinal tells the running count's place: "a fourth drone was shot down" after three is
                # four in all, "The third drone was destroyed" after one told is three (the second untold),
                # and "the third" of three told is one of them
                same = [w for w in draft.weapons if w.type == totals[0].weapon.type and w.destroyed is not None]
                if len(same) == 1 and nth > draft.destroyed:
                    same[0].destroyed += nth - draft.destroyed
                draft.destroyed = max(draft.destroyed, nth)
            elif one_more and (draft.destroyed is None or placed < draft.destroyed):
                pass  # one of the total told, placed one by one ("Three drones …: one over …, another over …")
            elif one_more:
                # one more of the kind counted ("Another UAV was shot down"), not a count of its own (or
                # as many more as ordinals listed: "the fifth and sixth drones")
                draft.destroyed += totals[0].number.value
                same = [w for w in draft.weapons if w.type == totals[0].weapon.type and w.destroyed is not None]
                if len(same) == 1:
                    same[0].destroyed += totals[0].number.value
            else:
                if nth is not None and draft.destroyed is None:
                    # ("Собянин: сбит четвёртый беспилотник", told alone: the fourth downed, four in all)
                    totals = [replace(totals[0], number=replace(totals[0].number, value=nth))]
                _fill_totals(draft, totals, m, s.text, lex)
            if downed_one:
                # ("випустили крилату ракету, яку … збили": the one launched was downed; after a count of other
                # weapons told destroyed, one more of them)
                one = next((w for w in reversed(draft.weapons) if w.type == totals[0].weapon.type
                            and w.launched == 1 and w.destroyed is None), None)
                if one is not None:
                    one.destroyed = 1
                    draft.destroyed = (draft.destroyed or 0) + 1
                elif draft.destroyed is None:
                    draft.destroyed = 1
            for slot, told_value in zip(("destroyed", "launched"), told_values, strict=True):
                value = getattr(draft, slot)
                if value is not None and value != told_value:  # rounded when the count that set it is
                    exact = not any(c.number.approx and c.number.value == value for c in totals)
                    (draft.approximate.discard if exact else draft.approximate.add)(slot)
            if tally_kind is not None and not draft.weapons:
                draft.weapons.append(WeaponDraft(*tally_kind))
            if totals and not one_more and not s.is_title:
                _figures_of_other_periods(out, draft, totals, m, lex)
            after = max(c.end for c in totals) if totals else len(s.text)
            shot = draft.destroyed
            if totals and not s.is_title and any(w.launched is None and w.destroyed is not None for w in draft.weapons):
                # ("All the missiles launched were downed, …, while air defences destroyed all 14 Shaheds": the
                # missiles told destroyed before, all of those launched)
                _launched_all_downed(m, s.text, lex, draft, 0)
            if totals and not s.is_title and not one_more:
                # ("our units downed all the UAVs and three missiles": the UAVs told launched, every one)
                _all_of_kind_beside_count(m, s.text, lex, draft)
            if _all_destroyed(m, s.text, lex, draft, after) and shot is not None and draft.destroyed > shot \
                    and len(counted := [k for k, it in enumerate(items) if it.count is not None]) == 1 \
                    and items[counted[0]].count == shot and _patterns(lex)["rest_suppressed"].search(s.text, after):
                # "над Энском зафиксировали девять дронов, шесть из которых сбиты ПВО, остальные подавлены
                # РЭБ": the place's count is all nine the claim counts destroyed, not the six shot down
                items[counted[0]] = replace(items[counted[0]], count=draft.destroyed)
            if m.lost_verbs:
                _rest_lost(m, s.text, lex, draft, after)
            if items and any(it.headline for it in draft.items):
                # the body names its places: the headline's summary goes
                keep = [k for k, it in enumerate(draft.items) if not it.headline]
                draft.items = [draft.items[k] for k in keep]
                draft.item_offsets = [draft.item_offsets[k] for k in keep]
            # (a summary over one region; the count of several, "20 над Тульской, Орловской и Брянской областями", then
            # "под Тулой сбили восемь, под Орлом — семь", is split by the towns' counts, their regions' shares, unless
            # they are told "of them": "20 over the Kursk, Bryansk and Oryol regions", then "9 of them over Kursk")
            # (but a summary over several regions whose towns' counts all lie in one of them: "20 над Тульской и
            # Орловской областями", then "под Тулой сбили восемь, под Новомосковском — четыре", are parts of the 20,
            # no share of each region)
            parts_of_any = len({p.iso for it in items for p in it.places}) == 1 \
                or any(of_them_after(s.text, c.end, lex) for c in m.counts)
            told_regions = {p.iso for it in draft.items if it.summary and (parts_of_any or len(it.places) == 1)
                            for p in it.places if p.kind == "admin1"}
            if told_regions and len(as_named) == len(items):
                # "Над областю знищили шість дронів. По три – у Павлоградському та
                # Криворізькому районах": districts of the region just counted are parts of its count
                # (not the count told again: "…навколо Києва знищили півтора десятка", then the same over
                # Kyiv, a city that is its region, is that item again, not a part of it; one more, "A fourth
                # drone was destroyed over the Klintsy district", is named as told but adds to the count)
                told_keys = {_item_key(x) for x in draft.items}
                # (and a town of the region around a city counted: "two over Moscow", then "one near Zhukovsky
                # and another near the Kiev highway": the approaches of a ring city are its count's places)
                told_regions |= {SURROUNDING[r] for r in told_regions if r in RING_CITIES}
                items = [replace(named_as, subset=not one_more)
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
                # (also one count told for each of two places: "two over Moscow", then "one near Podolsk and
                # another near Khimki")
                again = draft.destroyed is not None and all(it.count is not None and it.each is not False for it in items) \
                    and sum(_counted(it) for it in items) == draft.destroyed \
                    and not _patterns(lex)["more_before"].search(s.text, 0, max(0, items[0].number_start)) \
                    and not _patterns(lex)["one_more_before"].search(s.text, max(0, items[0].number_start - 40),
                                                                      max(0, items[0].number_start))
                isos = {p.iso for it in items for p in it.places}
                # ("30 БПЛА над Крымом и акваторией Черного моря. Еще 12 – над Краснодарским краем":
                # a summary over places the new items do not name is an item of its own too)
                keys = isos | {p.name for it in items for p in it.places}
                # (and one over several places that the items name only some of: "15 over the Belgorod and
                # Bryansk regions", then "12 of them over Belgorod": Bryansk's share is not told, it stays)
                listed = keys | {p.iso or p.name for it in draft.items if not it.summary for p in it.places}
                told = sum(it.count for it in items) if all(it.count is not None and it.each is None
                                                            for it in items) else None
                partial = {k for k, it in enumerate(draft.items)
                           if it.summary and not it.headline and len(it.places) > 1 and it.count is not None
                           and told is not None and told < it.count
                           and keys & {p.iso or p.name for p in it.places}
                           and not {p.iso or p.name for p in it.places} <= listed}
                keep = [k for k, it in enumerate(draft.items) if not it.summary or k in partial or not (
                    it.headline or (len(it.places) > 1 and keys & {p.iso or p.name for p in it.places})
                    or named & {p.iso for p in it.places}
                    or (again and it.count == draft.destroyed and not isos & {p.iso for p in it.places}))]
                if not all(it.subset for it in items) and any(
                        draft.items[k].summary and draft.items[k].count == draft.destroyed and k not in partial
                        and {p.iso for p in draft.items[k].places} != {p.iso for it in items for p in it.places}
                        for k in keep):
                    if all(it.more and it.count is not None and not it.each for it in items):
                        # ("shot down 12 drones over the Bryansk region. Six more were downed over the Kursk
                        # region": the total and the first place's, and as many more over the next: 18)
                        draft.destroyed += sum(it.count for it in items)
                        same = [w for w in draft.weapons if w.destroyed is not None]
                        if len(same) == 1:
                            same[0].destroyed += sum(it.count for it in items)
                    else:
                        draft.destroyed = None  # that count was the first place's, not a total
                # (a summary kept for the places not told yet goes once the list names them all)
                draft.items = [draft.items[k] if k in partial else replace(draft.items[k], summary=False) for k in keep]
                draft.item_offsets = [draft.item_offsets[k] for k in keep]
            kind = None
            weapon_at = _weapons_by_number(m)
            told_items = {_item_key(it) for it in draft.items}
            for it in items:
                if _item_key(it) in told_items and it.count is not None and not one_more:
                    continue  # the same count over the same places, told again
                draft.items.append(it)
                draft.item_offsets.append(s.start)
                # what the item counts: its own weapon, or the one before ("пять БПЛА над …, два – над …")
                kind = _kind_of_item(it, weapon_at, m, kind, lex)
                if kind is not None:
                    draft.item_kinds[(s.start, it.number_start)] = kind
            _weapon_of_items(draft, items, m)
            if not draft.weapons and not draft.evidence and len(out.claims) > 1 and draft is out.claims[-1] \
                    and items and all(it.weapon and it.number_start not in weapon_at for it in items):
                # ("11 з них збили над Одещиною", the official's own claim after the country's 38 drones: of
                # them, so of the weapon the claim before counted)
                kinds = {(w.type, w.model) for w in out.claims[-2].weapons if w.type != "unknown"}
                if len(kinds) == 1:
                    draft.weapons.append(WeaponDraft(*kinds.pop()))
            _items_of_another_weapon(draft, items, totals, m, s.start, lex)
            draft.evidence.append((s.start, s.end))
            draft.hedged |= m.hedged
            draft.night |= m.night
            draft.days |= {(d.month, d.day) for d in m.days}
            draft.launch_sites.extend(_launch_sites(m, res, lex))
            if m.window:
                _set_window(draft, m.window, s.start)
            elif out.pending_window and (not out.pending_window[0].opening or out.pending_sentence == s.index - 1):
                # (an attack's opening time, "Около 04:20 противник атаковал …", only from the sentence right before,
                # which tells this claim's attack)
                _set_window(draft, *out.pending_window)
                if out.pending_window[0].opening and out.pending_span is not None \
                        and out.pending_span not in draft.evidence:
                    draft.evidence.insert(len(draft.evidence) - 1, out.pending_span)
            out.pending_window = None
            _told_in(out, draft, m, res, people, lex, s, claimant)
            continue
        if m.window and (m.claimants or not people) and not m.authorities:
            current = _current(out, claimant)
            if current and (current.window is None or current.window.until is None) and not m.window.opening:
                _set_window(current, m.window, s.start)
                current.evidence.append((s.start, s.end))
                current.night |= m.night
            else:
                # (an attack told after a claim with its opening time, "Близько 15:30 ворог атакував село X", is
                # another attack: its time waits for a claim told right after it)
                out.pending_window, out.pending_sentence = (m.window, s.start), s.index
                out.pending_span = (s.start, s.end)
            out.used.add(s.index)
            # (a time span with no count, weapon or downing is a strike's time, not a claim's
            # window: "з 03:40 ворог бив по селу X громади" tells a hit there)
            told_claim = bool(m.counts or m.weapons or m.destroy_verbs)
            _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=told_claim)
            continue
        _no_claim(out, m, res, people, lex, claimant)
    if today is not None:
        _today_claim(out, *today, lex, gaz)
    _attribute_the_unattributed(out, mentions, lex)
    _side_of_unplaced_offices(out, mentions, resolutions, lex, gaz)
    for draft in out.claims:
        _total_from_weapons(draft)
    _parts_told_on_their_day(out)
    _speakers_own_region(out, mentions, resolutions, lex, gaz)
    post = _post_voice(out)
    for inc in out.incidents:
        if inc.claim is not None and inc.reporter == UNATTRIBUTED:
            inc.reporter = inc.claim.claimant  # found since, as the claim's speaker
        elif inc.reporter == UNATTRIBUTED and post is not None:
            inc.reporter = post  # nobody of its own sentence: the post's author tells it
    for draft in out.claims:
        _total_from_breakdown(draft)
        _came_places(draft)
        _more_than_told(draft)
        _parts_of_one_region(draft, gaz)
        _part_of_own_region(draft, gaz, mentions, resolutions, lex)
        _own_region_then_more_weapons(draft, gaz, mentions, resolutions, lex)
    _district_claims_are_parts(out, gaz)
    _steps_of_a_region_whole(out)
    _attacked_regions_of_ministry_total(out, mentions, resolutions, lex)
    _corrected_figures(out, mentions, lex)
    _region_count_told_again(out)
    _updates_of_running_figures(out, mentions, lex)
    _headline_places_told_again(out)
    _uncounted_places_counted_elsewhere(out)
    _headline_town_of_incidents(out, mentions, resolutions)
    _region_centre_of_incidents(out, mentions, lex, gaz)
    _settle_casualties(out)
    _side_of_the_unattributed(out, mentions, resolutions, lex, gaz)
    return out


def _told_by_voice_since(told: ClaimDraft | None, claimant: Claimant | None,
                         prior_voice: tuple[Claimant, int] | None) -> bool:
    """The claim being told, told by nobody yet, had a voice named since its last sentence (``prior_voice``)
    other than the sentence's ``claimant``: that voice's claim, not the new speaker's."""
    return told is not None and told.claimant is UNATTRIBUTED and claimant is not None and prior_voice is not None \
        and bool(told.evidence) and prior_voice[1] > told.evidence[-1][0] and prior_voice[0].name != claimant.name \
        and not (told.nationwide and prior_voice[0].region)


def _figures_of_other_periods(out: Attribution, draft: ClaimDraft, totals: list[Count], m: Mentions,
                              lex: ModuleType) -> None:
    """"1,450 drones were destroyed …, compared with 1,120 in the previous month", "fired 900 drones in May, up
    from 700 the month before": a bare figure set beside a count with a period of its own
    (lex.COMPARED_FIGURE) is that period's claim, of the same claimant, verb and weapon as the count before
    it: a claim of its own, never a part of the one told (placed before it, which stays the one being told).
    (The bare counts by their number's offset and the weapons' counts by their ends, read once: each
    comparison asks them by lookup and bisection, not by a scan.)"""
    text = m.sentence.text
    if len(m.counts) < 2:
        return
    bare = {c.number.start: c for c in m.counts if c.weapon is None}
    told = sorted((c for c in totals if c.weapon is not None), key=lambda c: c.end)
    ends = [c.end for c in told]
    found: list[ClaimDraft] = []
    for x in _patterns(lex)["compared_figure"].finditer(text):
        figure = bare.get(x.start("n"))
        k = bisect_right(ends, x.start())
        if figure is None or not k:
            continue
        c = told[k - 1]
        slot = _verb_for(c, m, text, lex)
        if slot not in ("destroyed", "launched"):
            continue
        d = ClaimDraft(draft.claimant, scope="earlier", own_period=True, named=draft.named)
        w = WeaponDraft(c.weapon.type, c.weapon.model)
        setattr(d, slot, figure.number.value)
        setattr(w, slot, figure.number.value)
        d.weapons.append(w)
        d.evidence.append((m.sentence.start + x.start(), m.sentence.start + x.end()))
        found.append(d)
    if found:
        at = next(k for k in range(len(out.claims) - 1, -1, -1) if out.claims[k] is draft)
        out.claims[at:at] = found


def _more_over_the_same_place(out: Attribution, draft: ClaimDraft, totals: list[Count], m: Mentions,
                              lex: ModuleType) -> list[breakdown.Item]:
    """A count of its own told "more" in a sentence that names no place ("ночью над Курской областью
    уничтожены 17 беспилотников. Днем были сбиты еще шесть", "Later on Tuesday, three more drones were shot
    down"), right after a claim of the same teller whose whole total was downed over one region: more over
    that region, the item of the new claim's count."""
    if len(totals) != 1 or len(out.claims) < 2 or draft is not out.claims[-1] or m.sentence.is_title:
        return []
    c, told = totals[0], out.claims[-2]
    if not told_as_more(m.sentence.text, c, lex) \
            or (draft.claimant is not UNATTRIBUTED and draft.claimant.name != told.claimant.name) \
            or draft.claimant.region is not None:
        return []  # (an official's count is placed in his own region later, :func:`_speakers_own_region`)
    if m.launch_verbs and not m.destroy_verbs:
        return []  # ("Днем противник запустил еще шесть дронов": more launched, not downed over that region)
    if _patterns(lex)["elsewhere"].search(m.sentence.text) or _patterns(lex)["nationwide"].search(m.sentence.text):
        return []  # ("Another six were downed over other regions", "… across the country"): not that region
    if c.weapon is not None and any(w.type != c.weapon.type for w in told.weapons):
        return []  # ("Над Крымом сбиты 5 беспилотников. Ещё две ракеты перехвачены в районе пролива": another weapon)
    whole = whole_over_one_place(told)
    if whole is None or whole.places[0].kind not in ("admin1", "sea"):
        return []
    return [breakdown.Item(c.number.start, c.end, c.number.value, whole.places, None, False,
                           weapon=c.weapon is not None, number_start=c.number.start, summary=True)]


def _updates_of_running_figures(out: Attribution, mentions: list[Mentions], lex: ModuleType) -> None:
    """A running figure told with its posts: the total ("Собянин: за ночь сбиты восемь беспилотников"),
    the update "more" ("Силы ПВО сбили еще три, летевших на Москву") and the earlier post ("Ранее он
    сообщал об уничтожении пяти"), the earlier figure and the update adding up to the total: the update is
    how the total was reached, no claim of its own; its places are the total's (with the total's count,
    when the total named none). Linear: the claims' figures are looked up by teller."""
    if len(out.claims) < 3:
        return
    at = {m.sentence.start: m for m in mentions}
    order = {id(d): k for k, d in enumerate(out.claims)}
    earlier: dict[str, list[ClaimDraft]] = {}  # a teller's last few earlier figures (a few: no square work)
    first: dict[tuple[str, int], ClaimDraft] = {}  # a teller's first claim of the report's scope, by figure
    for d in out.claims:
        if d.destroyed is None:
            continue
        if d.scope in ("earlier", "previous_night"):
            told = earlier.setdefault(d.claimant.name, [])
            told[:] = [*told[-_TOLD + 1:], d]
        elif d.scope == "report":
            first.setdefault((d.claimant.name, d.destroyed), d)
    gone: set[int] = set()
    for draft in out.claims:
        if draft.scope != "report" or draft.destroyed is None or draft.from_title or len(draft.weapons) > 1 \
                or not draft.evidence or len(draft.evidence) > 2 \
                or any(len(it.places) != 1 or it.count != draft.destroyed for it in draft.items):
            continue
        m = at.get(draft.evidence[0][0])
        if m is None or not any(c.number.value == draft.destroyed and _patterns(lex)["more_before"].search(
                m.sentence.text, max(0, c.number.start - 30), c.number.start) for c in m.counts):
            continue
        names = {draft.claimant.name, UNATTRIBUTED.name}
        told = [*earlier.get(draft.claimant.name, ()), *earlier.get(UNATTRIBUTED.name, ())]
        whole = next((w for n in names for e in told if _same_running(e, draft)
                      and (w := first.get((n, e.destroyed + draft.destroyed))) is not None and id(w) not in gone
                      and order[id(w)] < order[id(draft)]), None)
        if whole is None:
            continue
        # (the night's eight, then "ещё три" with the five told before: 5 + 3 = 8, the eight over Moscow)
        if not any(it.count is not None for it in whole.items):
            whole.items = [replace(it, count=whole.destroyed, summary=True) for it in draft.items]
            whole.item_offsets = list(draft.item_offsets)
        whole.evidence.extend(draft.evidence)
        if whole.claimant is UNATTRIBUTED:
            whole.claimant = draft.claimant
        gone.add(id(draft))
        for inc in out.incidents:
            if inc.claim is draft:
                inc.claim = whole
    if gone:
        out.claims[:] = [d for d in out.claims if id(d) not in gone]


def _same_running(earlier: ClaimDraft, update: ClaimDraft) -> bool:
    """Whether an earlier figure may be a post of the running figure an update adds to: of the same
    weapon, and downed where the update was, if it says where ("Ранее в ведомстве сообщали об
    уничтожении 12 беспилотников над Белгородской областью" is no post of "еще восемь над Курской
    областью", nor five missiles one of three drones more)."""
    kinds = {w.type for w in earlier.weapons}
    if kinds and {w.type for w in update.weapons} and kinds != {w.type for w in update.weapons}:
        return False
    # (a city of federal or special status is of its surrounding region here: "летевших на Москву" is a post
    # of "атаковавших столичный регион")
    told = {SURROUNDING.get(p.iso, p.iso) for it in earlier.items for p in it.places}
    return not told or bool(told & {SURROUNDING.get(p.iso, p.iso) for it in update.items for p in it.places})


# what may stand around a number phrase that is all its sentence tells: quotes, brackets, dashes
_ANSWER_BEFORE = re.compile(r"[\s«»\"“”„'‘’(\-–—]*")
_ANSWER_AFTER = re.compile(r"\s*(?:[»\"“”'’).,;:!?\-–—]|$)")
_ANSWER_QUOTED = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*[»\"“”'’]")  # («545 … самолётного типа»)
_OPENING_QUOTE = re.compile(r"[«\"“„'‘]")


def _elliptic_answer(totals: list[Count], text: str) -> bool:
    """Whether the counts are the whole of their sentence but for quotes and the speaker's clause after
    them («545 fixed-wing drones», the ministry specified; a quoted phrase to its closing quote): an elliptic answer, the number of a downing
    told just before with none. Not a sentence that tells what the weapons did or what they were in
    ("Sixty drones flew towards the region", "The raid involved 60 drones": the attack's size)."""
    first = min(c.number.start for c in totals)
    last = max(c.end for c in totals)
    if _ANSWER_BEFORE.fullmatch(text, 0, first) is None:
        return False
    return _ANSWER_AFTER.match(text, last) is not None \
        or (_OPENING_QUOTE.search(text, 0, first) is not None and _ANSWER_QUOTED.match(text, last) is not None)


def _told_launched(c: Count, draft: ClaimDraft) -> bool:
    """Whether the claim told ``c``'s number launched, in all or of its kind of weapon."""
    v = c.number.value
    return draft.launched == v or any(w.launched == v and c.weapon is not None and w.type == c.weapon.type
                                      for w in draft.weapons)


def _tells_no_claim(m: Mentions, res: list[Resolution], people: list) -> bool:
    """A sentence of no count, weapon, verb of downing or launch, place, official, claimant or window
    ("Schools worked as usual.", ~40 % of an article): it tells no claim, so attribute() takes it
    straight to :func:`_no_claim`; each reader between finds nothing in it and changes nothing (its
    claimant is none). tests/test_attribute_shortcut.py reads every case both ways."""
    return not (m.counts or m.destroy_verbs or m.launch_verbs or m.weapons or res or people or m.claimants
                or m.window or m.sentence.is_title)


def _no_claim(out: Attribution, m: Mentions, res: list[Resolution], people: list, lex: ModuleType,
              claimant: Claimant | None) -> None:
    """A sentence that told no claim: where the told claim's weapons were downed, an incident, or
    where they came from."""
    s = m.sentence
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
        _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True, repelled=True)
    elif _incident(out, m, res, people, lex, s.start, claimant):
        out.used.add(s.index)
    elif out.claims and (sites := _launch_sites(m, res, lex)):
        # "Напрямки пусків – Курськ, Орел, Міллерово": where the told claim's weapons came from
        out.claims[-1].launch_sites.extend(sites)
        out.used.add(s.index)


def _official_speaks(out: Attribution, official: claimants.OfficialClaimant, m: Mentions, before: Mentions | None,
                     lex: ModuleType) -> None:
    """A sentence that names an official: he is the report's reporter from here on, and he tells
    what the sentence before told by nobody (its count, its incidents), when the sentence says so."""
    s = m.sentence
    before_start = before.sentence.start if before is not None else 0
    out.reporter = official.claimant
    out.reporter_town = _office_town(official)
    out.reporter_paragraph = s.paragraph
    out.reporter_sentence = s.index
    out.reporter_start = s.start
    last = out.claims[-1] if out.claims else None
    if last is not None and before is not None and last.claimant is UNATTRIBUTED and official.claimant.region \
            and last.nationwide and last.evidence and last.evidence[0][0] < before_start <= last.evidence[-1][0] < s.start \
            and _patterns(lex)["told_by_next"].search(s.text) and _own_count_apart(out, last, official.claimant, before):
        # "Сили ППО збили всі 20 ракет", then "Над Полтавщиною збито три з них. Про це повідомив голова ОВА …": the
        # sentence just before told a part over his region, his own count; the country's whole, told before it
        # by nobody, is not his (only a whole told as the country's: with no word of the country, nothing keeps it
        # nobody's, and his region would become the place of all of it)
        last = None
    if last is not None and last.evidence and before_start <= last.evidence[-1][0] < s.start \
            and (last.claimant is UNATTRIBUTED or (last.claimant.person is None
                                                   and before_start <= last.evidence[0][0]
                                                   and not _names_its_teller(before, last.claimant, lex))) \
            and _patterns(lex)["told_by_next"].search(s.text):
        # "Над Полтавщиною збили шість «шахедів». Про це повідомив начальник ОВА Петро Мельничук.":
        # the count just told is his (not an organisation's named later); so is one the sentence
        # before told as done by forces ("Two drones were shot down by Russian air defence
        # forces. This was announced by Mayor …": who downed them is not who tells it)
        last.claimant = official.claimant
    elif last is not None and before is not None and official.claimant.region and last.claimant is not UNATTRIBUTED \
            and last.claimant.region is None and last.claimant.side == official.claimant.side \
            and last.evidence and last.evidence[0][0] < before_start and _patterns(lex)["told_by_next"].search(s.text):
        _own_count_apart(out, last, official.claimant, before)
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
                inc.reporter = official.claimant


def _own_count_apart(out: Attribution, told: ClaimDraft, official: Claimant, before: Mentions) -> bool:
    """"ППО знищила 20 дронів" of the Air Force, then "Шість шахедів збили над Полтавщиною. Про це повідомив
    голова ОВА …": the sentence before told its count over the official's region as a part of the country's
    claim, but it is his own claim (the Air Force's list never said it); moved out as his."""
    start = before.sentence.start
    # (the claim's items are in text order: the sentence's are found by bisection, no scan of them all for
    # each official named)
    lo, hi = bisect_left(told.item_offsets, start), bisect_right(told.item_offsets, start)
    # (bisection on the start gives exactly the items at it; only when they are the claim's last)
    moved = told.items[lo:hi] if hi == len(told.item_offsets) else []
    if not moved or any(it.count is None or it.subset or it.headline
                        or any(p.iso != official.region for p in it.places) for it in moved) \
            or told.destroyed is None or sum(it.count for it in moved) >= told.destroyed:
        return False  # (nor the whole of what the claim counts: then the official retells it, "Як повідомив …")
    types = {w.type for w in told.weapons}
    draft = ClaimDraft(official, scope=told.scope, destroyed=sum(it.count for it in moved), items=moved,
                       item_offsets=[start] * len(moved), evidence=[(start, before.sentence.end)],
                       weapons=[WeaponDraft(types.pop(), None)] if len(types) == 1 else [], named=True)
    del told.items[lo:], told.item_offsets[lo:]
    if told.evidence[-1][0] == start:
        told.evidence.pop()
    out.claims.append(draft)
    return True


def _names_its_teller(m: Mentions | None, claimant: Claimant, lex: ModuleType) -> bool:
    """The sentence names the claimant as who tells its count ("по данным Минобороны", "the ministry
    said", "according to the ministry": the one named before), not as the defences that did the downing."""
    return m is not None and not names_only_defences(m, lex) and any(
        c.name == claimant.name or (not c.explicit and c.kind == claimant.kind) for c in m.claimants)


def _kinds(m: Mentions) -> set[tuple]:
    """The kinds of weapon a sentence names: type, model, and the first letters of each word of its name
    ("ballistic missiles" and "cruise missiles" two kinds of one type; "балістичних ракет" and "балістичні
    ракети" one)."""
    return {(w.type, w.model, tuple(x[:5] for x in m.sentence.text[w.start : w.end].lower().split()))
            for w in m.weapons}


def _pair_of_another_kind(out: Attribution, m: Mentions, last: list[Mentions], claimant: Claimant | None,
                          totals: list[Count], lex: ModuleType) -> tuple[weapons.WeaponWord, int, int] | None:
    """A sentence that tells one part of its whole ("6 of 25", "of 25 …, 6 were downed") of another kind of
    weapon than the sentence just before, which told the claim as a part of its whole too ("Of 14 ballistic
    missiles, nine were downed. Fewer cruise missiles were hit – 6 of 25"): the claim told kind by kind, by
    its teller, in its period (no other period, day, clock time, later statement or new attack told), its
    kind, downed and came; None when it is none. ``last``: the sentences just before (two), a remark with no count
    of its own between the two told ("That is a good rate too.")."""
    text = m.sentence.text
    before = next((b for b in reversed(last) if b.counts), None)
    if before is not None and any(b.sentence.index > before.sentence.index and (b.weapons or b.scope) for b in last):
        return None
    if not 1 <= len(totals) <= 2 or m.scope or m.window is not None or m.days or m.sentence.is_title \
            or before is None or not m.weapons or len(_kinds(m)) != 1 or not before.weapons or _kinds(m) & _kinds(before):
        return None
    if len(totals) == 1 and totals[0].of_total is not None and _verb_for(totals[0], m, text, lex) == "destroyed":
        downed, came = totals[0].number.value, totals[0].of_total.value
    elif len(totals) == 2 and totals[0].weapon is not None and totals[1].weapon is None \
            and [_verb_for(c, m, text, lex) for c in totals] == ["launched", "destroyed"] \
            and weapons.opens_with_whole(text, totals[0].number.start, lex):
        came, downed = totals[0].number.value, totals[1].number.value
    else:
        return None
    pats = _patterns(lex)
    # (another period: the lexicon's words of an earlier time, too: "Минулого тижня … 5 із 21", "last week")
    if downed > came or pats["other_period"].search(text) or pats["other_time"].search(text) \
            or pats["later_statement"].search(text) \
            or out.new_attack or pats["new_attack"].search(text) or (claimant is None and pats["role_said"].search(text)):
        return None  # (nor another office's: "The mayor said 8 of 10 missiles were downed")
    told = _current(out, claimant)
    if told is None or told is not out.claims[-1] or told.from_title or told.scope != "report" \
            or told.destroyed is None or told.launched is None or told.destroyed > told.launched \
            or not told.evidence or told.evidence[-1][0] < before.sentence.start \
            or (len(told.weapons) > 1 and any(w.type in NOT_IN_TOTALS or w.launched is None or w.destroyed is None
                                              for w in told.weapons)) \
            or (claimant is not None and told.claimant is not UNATTRIBUTED and claimant.name != told.claimant.name):
        return None
    return m.weapons[0], downed, came


def _more_of_it_unplaced(out: Attribution, m: Mentions, claimant: Claimant | None, totals: list[Count], text: str,
                         lex: ModuleType) -> ClaimDraft | None:
    """The claim a sentence's one count told "more" adds to, where neither names a place: "18 drones were
    downed. Five more were intercepted." (the count just told, by its teller, in its period: no other period,
    day, clock time or later statement told, nor another weapon; not after a claim told as a later post's
    own, "Ближе к утру губернатор написал о ещё двух сбитых дронах. Потом ПВО сбили ещё два", whose quote tells
    the same two again; the claim's places would make it "more over" them, :func:`_more_over_the_same_place`)."""
    if len(totals) != 1 or m.scope or m.window is not None or m.days or m.sentence.is_title or m.launch_verbs:
        return None
    c = totals[0]
    if not told_as_more(text, c, lex) or c.of_total is not None or _verb_for(c, m, text, lex) != "destroyed":
        return None
    pats = _patterns(lex)
    if pats["other_period"].search(text) or pats["later_statement"].search(text) or out.new_attack \
            or pats["new_attack"].search(text):
        return None
    told = _current(out, claimant)
    if told is None or told is not out.claims[-1] or told.from_title or told.destroyed is None or told.items \
            or told.scope != "report" or told.window is not None or told.own_period \
            or (told.launched is not None and told.destroyed + c.number.value > told.launched) \
            or (claimant is not None and told.claimant is not UNATTRIBUTED and claimant.side != told.claimant.side):
        return None
    kinds = {w.type for w in told.weapons if w.type != "unknown"}
    if c.weapon is not None and c.weapon.type != "unknown" and kinds and c.weapon.type not in kinds:
        return None
    return told


def _told_in(out: Attribution, draft: ClaimDraft, m: Mentions, res: list[Resolution], people, lex: ModuleType,
             s, claimant: Claimant | None) -> None:
    """A sentence that told the draft's claim: it is used, the places under the claim's regions
    are where attacks were repelled, and what else it tells (debris, damage) is an incident."""
    out.used.add(s.index)
    _repelled_at(out, m, res, lex, s.start, draft.claimant, draft.items, draft)
    _incident(out, m, res, people, lex, s.start, claimant, claim_sentence=True)


def _ordinal_run(totals: list[Count], text: str, lex: ModuleType) -> tuple[int, list[re.Match]] | None:
    """The single ordinal at the head of the clause of the sentence's one weapon (:func:`_head_ordinal`)
    and the gapped ones told after it (:func:`_gapped_run`), or None: read once for both that need them,
    the running count (:func:`_nth`) and the gapped ordinals' places (:func:`_gapped_items`)."""
    first = _head_ordinal(totals, text, lex)
    return None if first is None else (first, _gapped_run(text, totals[0].number.start, first, lex))


def _nth(ordinal: tuple[int, list[re.Match]] | None) -> int | None:
    """The place in a running count that an ordinal before the sentence's one weapon tells ("a fourth
    drone was shot down", "сбит четвёртый беспилотник": the fourth, ORDINAL_VALUES), or None: no single
    ordinal at its clause's head (ONE_MORE_BEFORE), or a list of them ("the fifth and sixth drones");
    ``ordinal`` as :func:`_ordinal_run` reads it."""
    return None if ordinal is None else ordinal[0] + len(ordinal[1])


def _head_ordinal(totals: list[Count], text: str, lex: ModuleType) -> int | None:
    """The value of the single ordinal at the head of the clause of the sentence's one weapon ("a
    fourth drone", "Второй беспилотник"), before the gapped ones after it (:func:`_gapped_run`), or None."""
    if len(totals) != 1 or totals[0].number.value != 1 or totals[0].weapon is None:
        return None
    at, pats = totals[0].number.start, _patterns(lex)
    if pats["ordinal_list"].search(text, max(0, at - 60), at):
        return None
    cue = pats["one_more_before"].search(text, max(0, at - 40), at)
    word = pats["ordinal"].search(cue.group(0)) if cue else None
    return None if word is None else _ordinal_value(word.group(0), lex)


def _gapped_run(text: str, at: int, nth: int, lex: ModuleType) -> list[re.Match]:
    """("Второй беспилотник был сбит над морем, третий — над молом": the next ones told with their verb
    and weapon left out after the ordinal ``nth`` at ``at``, the count going on to each.)"""
    run = []
    for gapped in _patterns(lex)["ordinal_gapped"].finditer(text, at):
        if _ordinal_value(gapped.group("ord"), lex) != nth + len(run) + 1:
            break
        run.append(gapped)
    return run


def _gapped_items(ordinal: tuple[int, list[re.Match]] | None, items: list[breakdown.Item], text: str,
                  res: list[Resolution]) -> list[breakdown.Item]:
    """The sentence's items with the places of the gapped ordinals after its one ordinal weapon, one
    each: "Второй беспилотник сбит над Брянской областью, третий – над Орловской" is one over each
    region (the first place the ordinal's item already holds; ``ordinal`` as :func:`_ordinal_run` reads it)."""
    if ordinal is None or len(items) != 1 or items[0].count != 1:
        return items
    run = ordinal[1]
    out = [items[0]]
    for k, gapped in enumerate(run):
        end = run[k + 1].start() if k + 1 < len(run) else len(text)
        place = next((r for r in res if r.place is not None and gapped.end() <= r.hit.start < end), None)
        if place is None:
            return items
        if out[-1].places == (place.place,):
            # ("второй сбит над морем у мыса, третий – над морем у мола": two over the one sea)
            out[-1] = replace(out[-1], count=out[-1].count + 1, end=place.hit.end)
            continue
        out.append(breakdown.Item(gapped.start("ord"), place.hit.end, 1, (place.place,), None, False,
                                  weapon=True, number_start=gapped.start("ord")))
    return out


def _ordinal_value(word: str, lex: ModuleType) -> int | None:
    """The place in a running count an ordinal tells, by its start (ORDINAL_VALUES: "четвёртый" 4)."""
    w = word.lower()
    return next((v for stem, v in lex.ORDINAL_VALUES.items() if w.startswith(stem)), None)


def _one_more(totals: list[Count], told: ClaimDraft | None, text: str, lex: ModuleType) -> bool:
    """The sentence's bare count is one more of the weapon the claim ``told`` counted, downed one by
    one ("Another UAV was shot down over the sea" after the one told), not a claim of its own
    ("Another drone was destroyed on Wednesday evening" is another period's). An ordinal goes on
    with the count told, whenever it came: "Later, the fifth drone was shot down", "Позже пятый и
    шестой беспилотники …"."""
    if not totals:
        return False
    at = totals[0].number.start
    more = _patterns(lex)["ordinal_list"].search(text, max(0, at - 60), at) \
        or _patterns(lex)["one_more_before"].search(text, max(0, at - 40), at)
    return more is not None and totals[0].weapon is not None and told is not None and not told.from_title \
        and told.counts("destroyed") \
        and (not _patterns(lex)["other_period"].search(text) or _patterns(lex)["ordinal"].search(more.group(0)) is not None)


_BARE_END = re.compile(r"\s*(?:[^\w\s]|$)")


def _today_after_other_day(m: Mentions, res: list[Resolution], text: str,
                           lex: ModuleType) -> tuple[list[Count], int] | None:
    """The sentence's last count, of the weapon counted before it (or of none: "а сегодня 12" leaves it
    out), marked as today's after a count of a place of its own ("Вчера над Курской областью сбито 40
    беспилотников, а сегодня 12", "Yesterday 40 drones were shot down over the Kursk region, and today
    12"): today's count, given that weapon, and where its mark starts. (Without a place before the mark
    the counts are a series of days that _other_days_before_today tells apart.)"""
    if len(m.counts) < 2 or not (m.destroy_verbs or m.launch_verbs):
        return None
    listed = _todays_list(m, res, text, lex)
    if listed is not None:
        return listed
    last, before = m.counts[-1], m.counts[-2]
    mark = _patterns(lex)["today_before"].search(text, max(0, last.number.start - 50), last.number.start)
    if before.weapon is None or before.weapon.type == "unknown" or mark is None \
            or (last.weapon is not None and last.weapon.type != before.weapon.type
                and mark.start() < before.number.end):
        # (a weapon of another type is today's only where the mark stands between the two counts, "а
        # сегодня 12 ракет": in "а сегодня 12 дронов и 3 ракеты" the mark is the list's)
        return None
    if last.weapon is None:
        # (a count left bare only where its weapon is left out: at its clause's end, right before its verb,
        # "and today 12 were destroyed", or its place, "and today another 6 over the Tula region"; not "а
        # сегодня 12 человек ранены", "today 12 houses were damaged")
        verbs = sorted(v[0] for v in (*m.destroy_verbs, *m.launch_verbs) if v[0] >= last.end)
        place = min((r.hit.start for r in res if r.place is not None and r.hit.start > last.end), default=None)
        over = _patterns(lex)["over_before"].search(text, last.end, place) if place is not None else None
        if not _BARE_END.match(text, last.end) \
                and not (verbs and _passive_gap(lex).fullmatch(text, last.end, verbs[0])) \
                and not (over is not None and not text[last.end : over.start()].strip()):
            return None
        at = last.number.start
        last = replace(last, weapon=weapons.WeaponWord(at, at, before.weapon.type, before.weapon.model))
        m.counts[-1] = last  # (today's count of the weapon left out)
    # (or today's own, within the mark or right after its count: "Вчера сбито 35 беспилотников, а сегодня над
    # Смоленской областью 4", "Yesterday 30 were shot down, and today another 6 over the Tula region")
    if not any(r.place is not None and r.hit.start < last.number.start for r in res):
        place = min((r.hit.start for r in res if r.place is not None and r.hit.start > last.end), default=None)
        over = _patterns(lex)["over_before"].search(text, last.end, place) if place is not None else None
        if over is None or text[last.end : over.start()].strip(" ,"):
            return None
    return [last], mark.start()


def _todays_list(m: Mentions, res: list[Resolution], text: str, lex: ModuleType) -> tuple[list[Count], int] | None:
    """Today's count told as a list by place after an earlier day's count of a place of its own ("Yesterday
    27 drones were downed above the Smolensk region, and today 6 over the Tver region and 2 over the Lipetsk
    region", "а сегодня 6 над Тверской и 2 над Липецкой"): the bare counts after the mark, each right
    before "over" its place, with the weapon counted before the mark (as _today_after_other_day's one)."""
    k = len(m.counts)
    while k > 0 and m.counts[k - 1].weapon is None:
        k -= 1  # (the bare counts at the sentence's end: today's list)
    if k < 1 or len(m.counts) - k < 2:
        return None
    before, first = m.counts[k - 1], m.counts[k]
    mark = _patterns(lex)["today_before"].search(text, max(0, first.number.start - 50), first.number.start)
    if mark is None or mark.start() < before.number.end or before.weapon.type == "unknown" \
            or not any(r.place is not None and r.hit.start < mark.start() for r in res):
        return None
    out = []
    nexts = [c.number.start for c in m.counts[k + 1:]] + [len(text)]
    for c, nxt in zip(m.counts[k:], nexts, strict=True):
        place = min((r.hit.start for r in res if r.place is not None and c.end < r.hit.start < nxt), default=None)
        over = _patterns(lex)["over_before"].search(text, c.end, place) if place is not None else None
        if c.weapon is not None or over is None or text[c.end : over.start()].strip(" ,"):
            return None
        out.append(replace(c, weapon=weapons.WeaponWord(c.number.start, c.number.start, before.weapon.type,
                                                         before.weapon.model)))
    return out, mark.start()


def _today_claim(out: Attribution, listed: list[Count], mark: int, m: Mentions, res: list[Resolution], first: int,
                 lex: ModuleType, gaz: Gazetteer) -> None:
    """Today's count split off a sentence of an earlier day's (_today_after_other_day): a claim of its own,
    told by the earlier claim's claimant; downed where the sentence names after today's mark ("а сегодня
    над Брянской 12"), or else where that claim's one place was ("а сегодня 12" over the same region).
    Today's list by place ("and today 4 over the Tula region and 3 over the Oryol region") is one count,
    their sum, each over its own place."""
    s = m.sentence
    c = listed[0] if len(listed) == 1 else replace(listed[0], number=replace(
        listed[0].number, value=sum(x.number.value for x in listed)))
    earlier = out.claims[-1] if len(out.claims) > first else None
    claimant = earlier.claimant if earlier is not None else out.reporter or UNATTRIBUTED
    told = out.claims[first - 1] if first else None
    if told is not None and told.scope == "report" and told.claimant.side in (claimant.side, UNATTRIBUTED.side) \
            and c.number.value in (told.destroyed, told.launched):
        # (the report's count told before, its headline's or its lead's: today's again)
        told.evidence.append((s.start, s.end))
        return
    d = ClaimDraft(claimant)
    out.claims.append(d)
    _fill_totals(d, [c], m, s.text, lex)
    d.evidence.append((s.start, s.end))
    d.night |= m.night
    after = [r for r in res if r.hit.start >= mark]
    if len(listed) > 1:
        ends = [x.number.start for x in listed[1:]] + [len(s.text)]
        items = [replace(it, count=x.number.value, summary=False) for x, end in zip(listed, ends, strict=True)
                 for it in _regional(_places_of_total(s.text, [x], [r for r in after if x.end <= r.hit.start < end],
                                                      m, lex), s.text, gaz, lex)[:1]]
        d.items.extend(items)
        d.item_offsets.extend([s.start] * len(items))
        return
    items = _regional(_places_of_total(s.text, [c], after, m, lex), s.text, gaz, lex) if after \
        else [replace(earlier.items[0], count=c.number.value, summary=True)] \
        if earlier is not None and len(earlier.items) == 1 and earlier.items[0].count is not None else []
    d.items.extend(items)
    d.item_offsets.extend([s.start] * len(items))


def _other_days_before_today(out: Attribution, totals: list[Count], m: Mentions, s, lex: ModuleType,
                             claimant: Claimant | None) -> list[Count]:
    """"Вчера было 80 дронов, а сегодня 116 БПЛА атаковали", "Далее 127, 200 дронов, и сегодня имеем 116
    БПЛА": counts of one weapon told one after another, the last marked as today's, are a series of days;
    the ones before it are each a claim of an earlier period of their own (not parts of today's count)."""
    last = totals[-1]
    kinds = {(c.weapon.type, c.weapon.model) if c.weapon else None for c in totals}
    mark = _patterns(lex)["today_before"].search(s.text, max(0, last.number.start - 50), last.number.start)
    if None in kinds or mark is None:
        return totals
    if len(kinds) != 1 and not (len(totals) == 2 and mark.start() >= totals[0].number.end):
        # (two weapons are two days only where today's mark stands between them: "Вчера сбито 40
        # беспилотников, а сегодня 12 ракет", not "а сегодня 40 беспилотников и 12 ракет")
        return totals
    for c in totals[:-1]:
        d = ClaimDraft(claimant or (out.claims[-1].claimant if out.claims else None) or out.reporter or UNATTRIBUTED,
                       scope="earlier", own_period=True)
        out.claims.append(d)
        _fill_totals(d, [c], m, s.text, lex)
        d.evidence.append((s.start, s.end))
    return [last]


def _none_reached(res: list[Resolution], text: str, lex: ModuleType) -> list[Resolution] | None:
    """The places of a sentence but the ones right after "none of them reached" ("None of them reached
    Kyiv", "Жоден з них не долетів до Києва"): where the weapons were bound, not where they were downed
    (None where the sentence tells no such none)."""
    ends = {x.end() for x in _patterns(lex)["none_reached"].finditer(text)}
    return [r for r in res if r.hit.start not in ends] if ends else None


def _regional_part_of_national(totals: list[Count], items: list, res: list[Resolution], m: Mentions,
                               lex: ModuleType, speaker: Claimant | None) -> bool:
    """A regional voice's one count "N of the M" placed over one region, with no launch told: a part of the
    country's M (the region's count), not the M that came at the speaker's region (the item of a place
    told with the total has no count of its own: number_start -1; "над регионом", the speaker's own
    region, is yet no item)."""
    if len(totals) != 1 or totals[0].of_total is None or m.launch_verbs or speaker is None \
            or not (speaker.region is not None or speaker.name in lex.REGIONAL_COMMANDS):
        return False
    if items:
        places = items[0].places if len(items) == 1 and items[0].number_start in (-1, totals[0].number.start) else ()
    else:
        places = tuple({r.place.iso: r.place for r in res if r.place is not None}.values())
    return len(places) == 1 and places[0].kind == "admin1"


def _same_weapons(m: Mentions, draft: ClaimDraft) -> bool:
    """The weapons a sentence names again ("The drones were shot down over …") are the told claim's: a kind it did not
    tell ("The missiles were destroyed over …" after a count of drones) is not its count (a word of no kind,
    "targets", is any)."""
    named = {w.type for w in m.weapons} - {"unknown"}
    return not named or not draft.weapons or named <= {w.type for w in draft.weapons}
