"""Which claim a sentence's counts join: the one told (a repeat, more of it, its breakdown)
or a new one (another scope, another total, another weapon counted again).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from types import ModuleType

from raidlog.extract import breakdown
from raidlog.extract.attribute.cues import _own_region_pattern, _patterns, told_as_more
from raidlog.extract.attribute.drafts import UNATTRIBUTED, Attribution, ClaimDraft, WeaponDraft
from raidlog.extract.attribute.parts import _counted
from raidlog.extract.attribute.placing import _after_count_anaphora
from raidlog.extract.attribute.totals import _close, _part_of_them, _set_window
from raidlog.extract.attribute.verbs import _total_values, _verb_for
from raidlog.extract.mentions import Mentions
from raidlog.extract.resolve import Resolution
from raidlog.extract.sites import after_site_cue
from raidlog.extract.times import Day, WrittenWindow
from raidlog.extract.weapons import NAVAL_DRONE, NOT_IN_TOTALS, Count, of_them_after, of_them_before
from raidlog.geo import SURROUNDING
from raidlog.model import Claimant


def _add_uncounted(out: Attribution, m: Mentions, claimant: Claimant | None, item: breakdown.Item,
                   s, lex: ModuleType) -> bool:
    """The places where the told claim's weapons were destroyed, named without a count (a new
    claim of no count when none is told); not when the told claim already names its places."""
    last = out.claims[-1] if out.claims else None
    if last is not None and _patterns(lex)["shifted_opening"].match(s.text):
        # "In March, drones were downed over Aa, Bb and Cc", "On Monday, air defence intercepted a drone in …":
        # another time's downings, neither places of the claim just told nor a claim of no count of their own
        return False
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
    elif told is not None and told.nationwide and claimant is not None and claimant.region is not None \
            and told.claimant.region is None and not m.scope \
            and not _patterns(lex)["nationwide"].search(s.text):
        # "Ворог атакував країну 30 дронами, 25 збито", then "Голова ОВА … повідомив, що над регіоном збили
        # кілька дронів": a regional official's downing over his region, told with no count, is his own claim
        # (as a counted one is: _claim_for), not a place of the country's claim told by nobody yet
        draft = ClaimDraft(claimant, scope="report")
        out.claims.append(draft)
        told = draft
    if told is not None and told.items:
        known = {p.iso for it in told.items for p in it.places}
        if anaphora or known & {p.iso for p in item.places} and (
                any(it.count is not None for it in told.items) or all(p.iso in known for p in item.places)):
            return False
        if known & {p.iso for p in item.places}:
            # "at least 35 drones over Russian regions, including Aa", then "over regions including Aa, Bb and
            # Cc": the fuller list of a lead that placed none of its count, the places it left out being
            # where some were downed too
            item = replace(item, places=tuple(p for p in item.places if p.iso not in known))
    if told is not None and told.items and not _short_of_its_total(told, claimant, m):
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
    if draft.destroyed == 1 and not draft.items and len(item.places) == 1 and item.count is None \
            and not _of_another_weapon(draft, m):
        # "ПВО сбили беспилотник", then "сбит … при подлете к аэродрому в Саратовской области": the one
        # weapon told, downed where the sentence says (one weapon is downed in one place; not where the
        # sentence tells another weapon downed: "Ракета была сбита на подлете к аэродрому …" is the missile's)
        item = replace(item, count=1)
    draft.items.append(item)
    draft.item_offsets.append(s.start)
    draft.evidence.append((s.start, s.end))
    draft.hedged |= m.hedged
    # (the days its sentence names, as a counted item's are: "в ночь на 12-е дроны сбили над районом" is
    # that night's place, not an undated one parts._same_days may take for tonight's told again)
    draft.days |= {(d.month, d.day) for d in m.days}
    if m.window:
        _set_window(draft, m.window, s.start)
    out.used.add(s.index)
    return True


def _same_figure_over_another_region(current: ClaimDraft, items: list[breakdown.Item], values: dict[str, int]) -> bool:
    """"Над Курской областью сбит беспилотник. Над Брянской областью сбит беспилотник": the claim's
    count, all of it placed, then the same figure over regions it has not named (nor their city or
    surroundings) is no retelling of it but another downing (as a smaller figure there is:
    parts._another_region)."""
    if values.get("destroyed") is None or values["destroyed"] != current.destroyed or not items:
        return False
    placed = [it for it in current.items if it.count is not None and not (it.subset or it.headline or it.note)]
    if not placed or sum(it.count for it in placed) != current.destroyed:
        return False
    isos = {p.iso for it in items for p in it.places}
    if not isos or None in isos or any(p.kind != "admin1" for it in items for p in it.places):
        return False
    known = {p.iso for it in current.items for p in it.places if p.iso} | ({current.claimant.region} - {None})
    known |= {SURROUNDING.get(k) for k in known} | {k for k, v in SURROUNDING.items() if v in known}
    return not isos & known


def _of_another_weapon(draft: ClaimDraft, m: Mentions) -> bool:
    """The sentence names weapons, none of a type the claim counted ("Ракета была сбита …" after one drone)."""
    types = {w.type for w in m.weapons if w.type not in ("unknown", *NOT_IN_TOTALS)}
    return bool(types) and bool(draft.weapons) and not types & {w.type for w in draft.weapons}


def _short_of_its_total(told: ClaimDraft, claimant: Claimant | None, m: Mentions) -> bool:
    """Whether the told claim's places account for less than its total, so that regions named next
    without a count are where the rest were downed ("сбиты 31 БПЛА, из них пять шли к столице. Аппараты
    уничтожены над Курской, Орловской и Тульской областями"), told by the same side in the same period."""
    return told.destroyed is not None and not m.scope \
        and (claimant is None or claimant.side == told.claimant.side) \
        and sum(_counted(it) for it in told.items if it.count is not None) < told.destroyed


def _current(out: Attribution, claimant: Claimant | None) -> ClaimDraft | None:
    """The claim being told by this claimant (an unattributed headline counts)."""
    if claimant is None:
        return out.claims[-1] if out.claims else None
    # (the claimant's terms read once, not for each draft: a claimant not told before looks back through
    # the drafts to the last unattributed one, and a long text has many; :func:`_vaguely_same` inlined, its
    # claimant's half here: a known side, no person)
    name, side, vague = claimant.name, claimant.side, out.vague
    may_be_vague = side != "unknown" and claimant.person is None
    named_vaguely = name in vague
    for draft in reversed(out.claims):
        c = draft.claimant
        if c.name == name or c is UNATTRIBUTED or c.side == side and (
                may_be_vague and c.person is None and (named_vaguely or c.name in vague)
                # ("Russia says three drones downed …" over the governor's post: the headline is his claim told)
                or draft.from_title and c.name in vague):
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
               lex: ModuleType, items: list[breakdown.Item] = (), one_more: bool = False,
               res: list[Resolution] = ()) -> ClaimDraft:
    """The claim a sentence's counts join (one_more: its one weapon is one more of the told claim's,
    counted one by one, "Another UAV was shot down …", so its count is no figure of its own)."""
    current = _current(out, claimant)
    nationwide = not m.people and not any(c.explicit for c in m.claimants) \
        and bool(_patterns(lex)["nationwide"].search(m.sentence.text))
    if m.sentence.is_title and current is not None and current.from_title and not any(
            getattr(current, slot) not in (None, value) for slot, value in _total_values(totals, m, lex).items()):
        # the headline, then a sub-headline of the same figure ("Над Энском сбит беспилотник", "Губернатор:
        # над Энском сбит один БПЛА"): one headline's claim
        if claimant is not None and current.claimant is UNATTRIBUTED:
            current.claimant = claimant
        return current
    if m.sentence.is_title:
        draft = ClaimDraft(claimant or UNATTRIBUTED, from_title=True, nationwide=nationwide)
        out.claims.append(draft)
        return draft
    if m.scope == "summary" and current is not None and current.scope != "summary":
        # "… has shot down over 500 drones since Moscow first began sending them. Nine fell overnight", then "the
        # enemy has by now used over 700 drones in its war against Ukraine": a running tally's figure joins the
        # tally told before by the same side, never the night's claim told since
        current = next((d for d in reversed(out.claims) if d.scope == "summary" and not d.from_title and (
            d.claimant is UNATTRIBUTED or claimant is None or d.claimant.side == claimant.side)), current)
    beyond = current is not None and not one_more and not totals \
        and _beyond_its_total(current, out.claims, items, m, lex)
    if current is not None and not one_more and _running_figure_raised(current, totals, m, lex):
        # "Над Севастополем сбиты три беспилотника", then "Позже число сбитых дронов увеличилось до семи":
        # the figure told first is an earlier state of the claimant's count, the new one the claim
        if _headline_told_it(current, totals[0].number.value):
            _keep_earlier_state(current)
        current.scope, current.own_period = "earlier", True
        told = _headline_of_figure(out, current, totals[0].number.value)
        if told is not None:
            # ("Над Сумщиною збито шість дронів" over "Над Сумщиною вже збито два", then "кількість збитих
            # зросла до шести": the headline that kept its own claim told the raised figure)
            told.from_title = False
            if told.claimant is UNATTRIBUTED:
                told.claimant = claimant or current.claimant
            return told
        draft = ClaimDraft(claimant or current.claimant, scope=m.scope or "report")
        out.claims.append(draft)
        return draft
    if current is not None:
        scope = m.scope
        values = {} if one_more else _total_values(totals, m, lex)
        more = _more_of_another_weapon(current, totals, m, lex, claimant)
        conflict = any(
            getattr(current, slot) is not None and getattr(current, slot) != value
            and not _rounded_alike(current, slot, value, totals) and not more
            for slot, value in values.items()
        ) or _weapons_conflict(current, totals, m, lex) \
            or (not one_more and (_weapon_counted_again(current, totals, items, m, lex)
                                  or _model_counted_again(current, totals, items, m, lex))) \
            or (not more and not _of_more_than_headline(current, totals, values)
                and _more_downed_than_came(current, values)) \
            or (current.destroyed is not None and (out.new_attack or bool(_patterns(lex)["new_attack"].search(m.sentence.text)))) \
            or _less_than_its_list(current, values, totals) or _list_of_other_regions(current, claimant) \
            or (not one_more and _region_counted_again(current, items)) or _outside_officials_region(current, items, out) \
            or (not one_more and _whole_place_counted_again(current, items, m, lex)) \
            or beyond \
            or (not any(c.explicit for c in m.claimants) and not _parts_of_them(m, items, lex)
                and _one_of_its_regions_again(current, items, values)) \
            or (current.nationwide and not nationwide and claimant is not None and claimant.region is not None) \
            or (nationwide and not current.nationwide and current.claimant.region is not None and bool(values)
                and (claimant is None or claimant.region is not None)
                and current.destroyed is None and current.launched is None) \
            or _country_after_its_regions(current, nationwide, claimant, values, totals) \
            or _regional_command_over_its_region(current, m, claimant, items, nationwide, lex) \
            or _another_season(current, totals, m, lex) \
            or _country_launch_after_region(current, m, totals, lex, out, res) \
            or _more_in_a_later_statement(current, m, totals, items, lex) \
            or (not one_more and _same_figure_over_another_region(current, items, values)) \
            or _boats_after_aerial(current, m)
        # ("Сили ППО збили чотири ракети над Україною", then "голова Київської ОВА повідомив, що одна ракета
        # була збита над областю": a regional official's own count, not a part of the country's told)
        # (nor, the other way, is the country's figure, no teller named in its sentence, a regional official's
        # claim told with no figure: "глава ОВА: в регионе сбиты все цели", then "В ночь на 3 мая армия РФ атаковала
        # Украину 71 беспилотником, сбиты 64": another claim, the whole country's, whose teller the text names next
        # or not at all)
        # ("отражена атака беспилотника", then "сообщил об отражении новой атаки": a second attack's count)
        # a complete window of its own, different from the told claim's complete one ("as of 09:00"
        # only completes a window that began earlier)
        # (nor is "as of 09:30" alone, told first, a complete window: "Всего в ночь на 23 апреля (с 21:30 22
        # апреля) …" after it opens the window it ends)
        own_window = (m.window is not None and m.window.begin is not None and current.window is not None
                      and current.window.until is not None and current.window.begin is not None
                      and (m.window.begin, m.window.until) != (current.window.begin, current.window.until))
        if current.night and current.window is None and not m.night and _daytime(m.window) \
                and (current.destroyed is not None or any(it.count is not None for it in current.items)):
            # the night's count, then "Дополнительно с 08:00 до 14:00 уничтожены ещё 12": the
            # ministry's later update of the same day is a claim of its own, with its own window
            own_window = True
        if _another_day(current, m, out.published) or _evening_before_its_night(current, m, out, lex):
            own_window = True
        if current.scope == "summary" and scope is None and (m.window is not None or m.night):
            # "Кроме того, с 8.00 до 14.00 …", "лише цієї ночі противник атакував …" after a weekly summary
            own_window = True
        if current.scope == "previous_night" and scope is None and m.night:
            # "Ночью над Курской областью уничтожены ещё семь" after "накануне вечером сбиты три": the
            # report's own night after the day before's count
            own_window = True
        if (scope is None or scope == current.scope) and not conflict and not own_window:
            if claimant and (current.claimant is UNATTRIBUTED or current.claimant.name in out.vague):
                current.claimant = claimant
            if current.from_title:
                current.headline_destroyed = current.destroyed
            current.from_title = False
            if more:
                _total_to_its_weapon(current)
            return current
        if current.from_title and not conflict and scope:
            current.scope = scope
            current.from_title = False
            return current
    headline = out.claims[-1] if out.claims else None
    if current is None and headline is not None and headline.from_title and claimant is not None \
            and headline.claimant.side == claimant.side and headline.claimant.person is None \
            and claimant.person is None and not m.scope and not one_more:
        # "Ukrainian air defenses shoot down 10 drones" in the headline, then "… shot down 10 drones, the
        # South Operational Command has reported": the headline told the body's claim, named exactly since
        counted = {c.number.value for c in totals}
        if len(counted) == 1 and headline.destroyed is not None and counted == {headline.destroyed} \
                and all(_verb_for(c, m, m.sentence.text, lex) == "destroyed" for c in totals):
            headline.claimant = claimant
            headline.from_title = False
            headline.items = [replace(it, headline=False) for it in headline.items]  # (the body's places)
            return headline
    told = _launch_told_by_same_side(out, m, claimant, totals, lex) if current is None else None
    if told is not None:
        return told
    # (more than the claim told, told by nobody: whose it is the text says next, or nobody's it names)
    fallback = UNATTRIBUTED if beyond else current.claimant if current else (out.speaker or UNATTRIBUTED)
    if current is not None and not beyond and claimant is None and _regional_teller_just_before(out, current, m):
        # "The Air Force said 25 of 30 missiles were downed. The city's military administration said the city
        # was attacked by bombers. More than 12 targets were destroyed": a figure told by nobody, after a
        # regional voice named telling in the sentence just before, is that voice's own, not the national one's
        fallback = out.teller[0]
    if nationwide and (claimant or fallback).region:
        # "За ночь силы ПВО уничтожили 48 дронов над регионами России" in a governor's
        # story: not the governor's count (nor his "силы ПВО"); who told it the text does not say
        claimant, fallback = None, UNATTRIBUTED
    draft = ClaimDraft(claimant or fallback, scope=m.scope or "report", nationwide=nationwide,
                       own_period=out.new_attack or bool(_patterns(lex)["other_period"].search(m.sentence.text)))
    out.claims.append(draft)
    return draft


def _country_after_its_regions(current: ClaimDraft, nationwide: bool, claimant: Claimant | None,
                               values: dict[str, int], totals: list[Count]) -> bool:
    """"Дві крилаті ракети збили у Вінницькій та Житомирській областях, повідомили в ОВА", then "Уночі росія
    атакувала Україну 30 дронами та двома ракетами. Усі цілі збили": a count over the whole country, more than
    the claim told over some of its regions by their own voices (or by nobody yet, or by regional authorities), is the country's claim of
    its own, not more weapons of the regional one (their figures are never added up)."""
    return nationwide and not current.nationwide and (claimant is None or claimant.region is None) \
        and (current.claimant is UNATTRIBUTED or current.claimant.region is not None
             or current.claimant.kind == "authorities") \
        and current.destroyed is not None and bool(current.items) \
        and all(it.places and all(p.kind == "admin1" for p in it.places) for it in current.items) \
        and (any(v > current.destroyed for v in values.values())
             or sum(c.number.value for c in totals) > current.destroyed)  # (or by weapon: "30 дронами та двома ракетами")


def _regional_teller_just_before(out: Attribution, current: ClaimDraft, m: Mentions) -> bool:
    """The sentence just before ``m``, in its paragraph, names a regional official or administration of the
    claim's side telling (told since the national claim ``current``, which has no region)."""
    if out.teller is None:
        return False
    who, at, paragraph = out.teller
    return at == m.sentence.index - 1 and paragraph == m.sentence.paragraph and who.region is not None \
        and current.claimant.region is None and who.name != current.claimant.name \
        and who.side == current.claimant.side


def _regional_command_over_its_region(current: ClaimDraft, m: Mentions, claimant: Claimant | None,
                                      items: list[breakdown.Item], nationwide: bool, lex: ModuleType) -> bool:
    """"Над кількома регіонами України збито 25 дронів", then "Тим часом захисники ПвК «Південь» знищили
    над Одещиною три шахеди": a command of a part of the country
    (lex.REGIONAL_COMMANDS), named in the sentence, telling a count over one region after a count over the
    whole country, tells its own claim, as a regional official does."""
    return current.nationwide and not nationwide and claimant is not None \
        and claimant.name in lex.REGIONAL_COMMANDS and current.claimant.name != claimant.name \
        and any(c.explicit for c in m.claimants) and bool(items) \
        and all(it.count is not None and len(it.places) == 1 and it.places[0].kind == "admin1" for it in items) \
        and not any(of_them_after(m.sentence.text, n.end, lex) or of_them_before(m.sentence.text, n.start, lex)
                    for n in m.numbers)  # ("Air Command South said four of them were downed over …": a part)


def _another_season(current: ClaimDraft, totals: list[Count], m: Mentions, lex: ModuleType) -> bool:
    """"За минулий місяць застосовано понад 400 дронів", then "За пів року минулого опалювального сезону
    застосовано понад 900 шахедів": a season's or half a year's figure (ANOTHER_SEASON) that is not the
    told claim's is a summary of another period, though both are summaries and the second counts only
    a model (whose count sets no total that could conflict)."""
    if not totals or not _patterns(lex)["another_season"].search(m.sentence.text):
        return False
    for c in totals:
        slot = _verb_for(c, m, m.sentence.text, lex)
        told = getattr(current, slot) if slot in ("destroyed", "launched") else None
        if told is not None and told != c.number.value and not _close(told, c.number.value):
            return True
    return False


def _another_day(current: ClaimDraft, m: Mentions, published: date | None) -> bool:
    """The sentence tells of a day that is not the told claim's: "Также 15 июня он заявил о девяти
    беспилотниках …" in a story of 9 July, "Також минулої доби, 6 лютого, … знищено два" after "цієї ночі
    … збито три": a claim of its own, not more of the told one. A night's claim keeps the days beside
    it ("У ніч на 7 лютого …", then "6 лютого о 18:00 …"); a day with a clock time ("станом на 09:00
    7 лютого", "From 22:53 on January 10 to 07:00" under a dateline of January 12) is the told
    claim's own window."""
    if not m.days or m.window is not None or m.sentence.is_title or current.from_title \
            or (current.destroyed is None and current.launched is None and not current.weapons):
        return False
    if m.scope == "summary" and current.scope == "summary":
        # "… launched 8,000 missiles since its invasion", then "… shot down 3,605 of the drones … since the
        # full-scale invasion on Feb. 24, 2022": the day a running tally counts from is no day of its own
        return False
    days = {(d.month, d.day) for d in m.days}
    if current.days and current.night and m.night:
        # two nights, each told by its date ("Overnight on October 15, … 136 drones", then "Overnight on
        # October 16, … 56 drones and a missile"): neighbouring dates are two nights, not one
        return not days & current.days
    if current.days:
        return not any(_within_a_day(a, b) for a in days for b in current.days)
    if published is not None and all(_days_before(d, published) >= 2 for d in m.days):
        return True
    return current.night and not m.night \
        and (published is None or all(_days_before(d, published) >= 1 for d in m.days))


def _day_of_its_own(current: ClaimDraft | None, m: Mentions, published: date | None) -> bool:
    """A sentence with no count of its own that tells of a day not the told claim's: its one weapon told
    without a number ("14 червня … збили ракету" after a four months' tally, "On 3 May … shot down a
    missile" in a story of 20 May) is a claim of that day, not the told claim retold (a summary's
    claim too: a day within its months is no part of its figure)."""
    if current is None:
        return False
    return _another_day(current, m, published) \
        or (current.scope == "summary" and m.scope is None and bool(m.days) and m.window is None
            and not m.sentence.is_title)


def _evening_before_its_night(current: ClaimDraft, m: Mentions, out: Attribution, lex: ModuleType) -> bool:
    """"В ночь на 12 марта … перехватили 14", then "Вечером 11 марта … сбиты шесть": the evening of
    the day before the story's night is a period of its own (the ministry tells its evening and its night
    apart), not more of the claim told, though the two dates are neighbours. Only a sentence with no night
    of its own ("вечером 8 октября и в ночь на 9 октября" is one period)."""
    if not m.days or m.night or m.window is not None or m.sentence.is_title \
            or (current.destroyed is None and current.launched is None and not current.items) \
            or not _patterns(lex)["evening"].search(m.sentence.text):
        return False
    nights = {d for draft in out.claims if draft.night for d in draft.days}
    return any(_next_day(d.month, d.day) in nights for d in m.days)


def _next_day(month: int, day: int) -> tuple[int, int] | None:
    try:
        after = date(2024, month, day) + timedelta(days=1)
    except ValueError:
        return None
    return after.month, after.day


def _within_a_day(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Two (month, day) pairs are the same day or neighbours (a night spans two dates)."""
    try:
        gap = abs((date(2024, *a) - date(2024, *b)).days)
    except ValueError:
        return False
    return gap <= 1 or gap >= 365  # (31 December and 1 January are neighbours too)


def _days_before(d: Day, published: date) -> int:
    """How many days before the publication a day written without (or with) its year is."""
    try:
        day = date(d.year or published.year, d.month, d.day)
    except ValueError:
        return 0
    if day > published and d.year is None:
        day = date(day.year - 1, 12, 31) if (day.month, day.day) == (2, 29) else day.replace(year=day.year - 1)
    return (published - day).days


def _beyond_its_total(current: ClaimDraft, claims: list[ClaimDraft], items: list[breakdown.Item], m: Mentions,
                      lex: ModuleType) -> bool:
    """"The ministry said 30 drones were destroyed overnight", then "Another 7 drones were downed over
    the Belgorod region": more than the total told, which no place had yet (or whose places already
    hold it, and told of another time: "25 over the Kursk and Bryansk regions. Another 4 … later in the
    morning"), so no part of it but a count of its own (whose teller the text may name next), not a
    breakdown that cannot add up. ("30 drones, 20 of them over Kursk. Another 7 over Belgorod" goes on
    with the list.)"""
    if current.destroyed is None or not items or any(it.count is None for it in items):
        return False
    if not _patterns(lex)["more_before"].search(m.sentence.text, 0, items[0].number_start):
        return _after_its_whole_list(current, items, m, lex)
    if sum(_counted(it) for it in items) == current.destroyed:
        return False  # ("знищено 6. Зокрема, ще 2 – над …, по 1 – над …": the parts that add up to it)
    counted = [it for it in current.items if not it.note and it.count is not None]
    # (with no place holding the whole, its parts: "20 drones, including 13 over the Bryansk region")
    top = [it for it in counted if not it.subset] or counted
    if top:  # ("Над Курской перехвачены 6. Ещё три – над Белгородской": a list, its first place's count)
        return sum(_counted(it) for it in top) + sum(_counted(it) for it in items) > current.destroyed \
            and bool(_patterns(lex)["other_period"].search(m.sentence.text))
    # (a total told again after its list, "82 … : 48 над Брянской, 23 над Московской", then "уничтожены 83,
    # — сказано в сообщении. Еще девять …": the list goes on)
    before = claims[-2] if len(claims) > 1 and claims[-1] is current else None
    return before is None or before.claimant.name != current.claimant.name \
        or not any(it.count is not None and not it.subset and not it.note for it in before.items)


def _after_its_whole_list(current: ClaimDraft, items: list[breakdown.Item], m: Mentions, lex: ModuleType) -> bool:
    """"40 drones …: 25 over the Bryansk region, 10 over …", then "The ministry said later that four UAVs
    had been downed over the Tver region in the morning" with no "another": the told list already
    holds the whole total, so counts over places it does not name, told of another time ("later", "in the
    morning", "позже", "вранці"), are an update of its own, not a list that cannot add up. (A place of the
    list told again, "later it said 37 of them were over Bryansk", retells it.)"""
    counted = [it for it in current.items if not it.note and it.count is not None]
    top = [it for it in counted if not it.subset]
    if not top or sum(_counted(it) for it in top) != current.destroyed \
            or not _patterns(lex)["other_period"].search(m.sentence.text):
        return False
    listed = {p.id for it in current.items for p in it.places}
    return not any(p.id in listed for it in items for p in it.places)


def _daytime(window: WrittenWindow | None) -> bool:
    """A complete window within one day's daytime hours ("с 08:00 до 14:00"), not a night's."""
    return window is not None and window.begin is not None and window.until is not None \
        and 6 <= window.begin.hour < window.until.hour


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
    text = m.sentence.text
    # (a count with no weapon that says all of them again: "two Kh-59 missiles were launched; both were shot down")
    weapon_values = {c.number.value for c in totals if c.weapon is not None}
    if not totals or any(c.weapon.type in ("unknown", *NOT_IN_TOTALS) if c.weapon
                         else not (_part_of_them(c, totals[0], text, lex) or c.number.value in weapon_values)
                         for c in totals) \
            or not _patterns(lex)["more_of_it"].search(m.sentence.text) \
            or (claimant is not None and claimant.name != current.claimant.name) \
            or (claimant is None and _patterns(lex)["role_said"].search(m.sentence.text)):
        return False  # ("The Defense Ministry also reported …", "…, the mayor said" after the Air Force: another's)
    told = {w.type for w in current.weapons if w.destroyed is not None or w.launched is not None}
    return bool(told) and not told & {c.weapon.type for c in totals if c.weapon}


def _boats_after_aerial(current: ClaimDraft, m: Mentions) -> bool:
    """"Над Крымом уничтожены 40 беспилотников. Кроме того, в Черном море уничтожены пять безэкипажных
    катеров": a sentence that counts drone boats alone, after a claim of weapons downed in the air, tells a
    count of its own (not more of the night's drones, nor the second place of their list)."""
    counted = [c for c in m.counts if c.weapon is not None]
    return bool(counted) and all(c.weapon.model == NAVAL_DRONE for c in counted) \
        and (current.destroyed is not None or current.launched is not None or any(it.count is not None for it in current.items)) \
        and not any(w.model == NAVAL_DRONE for w in current.weapons)


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


def _whole_place_counted_again(current: ClaimDraft, items: list[breakdown.Item], m: Mentions,
                               lex: ModuleType) -> bool:
    """A claim whose whole total was told over one region ("14 drones were shot down on their approach to
    Moscow overnight"), then another figure over that region, told as no part of it nor more of it ("On Sunday
    evening, air defence units destroyed three drones flying toward Moscow"): another statement of that region's
    count (an earlier one recalled, or a later one), a claim of its own, not a part of the whole. (Unlike
    :func:`_region_counted_again`, the place may be where the drones were heading, a note.) Only with a
    time of its own (a day, a part of a day, "earlier", "last week", a scope): "During the attack, one drone was destroyed
    by air defence over the Kursk region and another was jammed" is how the whole was downed."""
    if current.destroyed is None or len(items) != 1:
        return False
    if not (m.scope or _time_of_count_clause(items[0], m, lex)):
        return False
    if m.night and not m.scope:
        # (a night told with its day is the report's night: "Overnight into Monday, air defences downed three
        # drones over the Belgorod region near Shebekino", "У ніч на понеділок … п'ять дронів над Одещиною")
        return False
    it = items[0]
    if it.count is None or it.count == current.destroyed or it.subset or it.more or it.each \
            or len(it.places) != 1 or it.places[0].kind not in ("admin1", "sea") or not it.places[0].iso:
        return False
    whole = whole_over_one_place(current)
    return whole is not None and whole.places[0].iso == it.places[0].iso


def whole_over_one_place(told: ClaimDraft) -> breakdown.Item | None:
    """The told claim's one counted item, when it holds the whole destroyed total over one place ("14 drones
    were shot down on their approach to Moscow"); not a headline's ("Nine drones downed over the Sumy region"
    over "six over the Sumy region, and three more fell to mobile fire groups", the body's breakdown of it)."""
    whole = [t for t in told.items if t.count is not None and not t.subset]
    if told.destroyed is None or len(whole) != 1 or whole[0].count != told.destroyed or len(whole[0].places) != 1 \
            or whole[0].headline:
        return None
    return whole[0]


def _time_of_count_clause(it: breakdown.Item, m: Mentions, lex: ModuleType) -> bool:
    """Whether the sentence tells a time of its own (a date, "earlier", "on Sunday") in the clause of the
    item's count: not one in another clause ("… downed three drones over the Belgorod region, he said, adding
    that a shop hit on Sunday had reopened": the shop's day). The clause openers are found once, and the one
    between each time and the count by bisection."""
    text = m.sentence.text
    pats = _patterns(lex)
    times = [(d.start, d.end) for d in m.days] + [x.span() for x in pats["other_period"].finditer(text)] \
        + [x.span() for x in pats["other_time"].finditer(text)]
    if not times:
        return False
    at = it.number_start if it.number_start >= 0 else it.start
    opens = [x.start() for x in pats["other_clause"].finditer(text)]
    for a, b in times:
        lo, hi = (b, at) if b <= at else (at, a)
        k = bisect_left(opens, lo)
        if k == len(opens) or opens[k] >= hi:
            return True
    return False


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


def _more_in_a_later_statement(current: ClaimDraft, m: Mentions, totals: list[Count], items: list[breakdown.Item],
                               lex: ModuleType) -> bool:
    """"Later on, the mayor wrote that three more UAVs fell to the defences near the city", "In a subsequent
    update the ministry said seven more …": the later statement's more is a claim of its own, not a part of
    the count told (nor that count raised: the statements' figures are never added)."""
    if current.destroyed is None \
            or not (any(it.more for it in items) or any(told_as_more(m.sentence.text, c, lex) for c in totals)) \
            or not _patterns(lex)["later_statement"].search(m.sentence.text):
        return False
    told = [it for it in current.items if it.count is not None and not it.subset and not it.headline]
    placed = sum(_counted(it) for it in told)
    new = sum(it.count for it in items if it.count is not None) or sum(c.number.value for c in totals)
    if told and placed + new <= current.destroyed:
        # ("nine UAVs were stopped" at the head, its first post's five, then a later post's "four more":
        # the figure told first already holds them, its own posts' parts)
        return False
    return True


def _running_figure_raised(current: ClaimDraft, totals: list[Count], m: Mentions, lex: ModuleType) -> bool:
    """One destroyed count, told as the number "risen to" (RISEN_TO_BEFORE), above the told claim's
    destroyed figure: the running figure of the same claim raised."""
    if len(totals) != 1 or current.destroyed is None or current.from_title or current.scope not in ("report", None):
        return False
    c = totals[0]
    return (c.number.value > current.destroyed or _headline_told_it(current, c.number.value)) \
        and bool(_patterns(lex)["risen_to"].search(m.sentence.text, max(0, c.number.start - 30), c.number.start)) \
        and _verb_for(c, m, m.sentence.text, lex) == "destroyed"


def _headline_told_it(current: ClaimDraft, value: int) -> bool:
    """The claim's figure is its headline's, and the body told fewer over its places before the figure
    "risen to" it ("Над Севастополем сбиты шесть дронов" over "Уже сбиты два над морем", then "число сбитых
    дронов выросло до шести"): the body's first count is an earlier state, not a part of the headline's."""
    top = _body_items(current)
    return current.destroyed == value == current.headline_destroyed and bool(top) \
        and sum(_counted(it) for it in top) < value


def _headline_of_figure(out: Attribution, current: ClaimDraft, value: int) -> ClaimDraft | None:
    """A headline's claim of its own, told before the current one, whose figure is the one the running
    figure was raised to (by its claimant, or by nobody named)."""
    for draft in out.claims:
        if draft is current:
            return None
        if draft.from_title and draft.destroyed == value and draft.scope == "report" \
                and (draft.claimant is UNATTRIBUTED or draft.claimant.name == current.claimant.name):
            return draft
    return None


def _keep_earlier_state(current: ClaimDraft) -> None:
    """The claim told first becomes the earlier state of the running figure: its own count is what its
    places hold (the headline's figure, told of the raised one, goes with that)."""
    if current.headline_destroyed == current.destroyed:
        top = _body_items(current)
        current.weapons = [w for w in current.weapons if not w.from_title]
        current.destroyed = sum(_counted(it) for it in top)


def _body_items(draft: ClaimDraft) -> list[breakdown.Item]:
    """The claim's counted items the body told (not a subset, a note or its headline's): the parts its
    places hold, of which a running figure's earlier state is the sum."""
    return [it for it in draft.items if it.count is not None and not it.subset and not it.note and not it.headline]


def _parts_of_them(m: Mentions, items: list[breakdown.Item], lex: ModuleType) -> bool:
    """A place's count told as a part of the weapons told before ("Над Сумщиною та Полтавщиною збито 15
    дронів", then "12 з них — над Сумщиною", or a sentence that goes on with them, OF_THESE_LEAD: "З них у
    Вінницькій області знищено 4"): the told claim's breakdown, never a claim of its own."""
    starts = {it.number_start for it in items}
    if not starts:
        return False
    text = m.sentence.text
    return bool(_patterns(lex)["of_these_lead"].match(text)) \
        or any(c.number.start in starts and _part_of_them(c, c, text, lex) for c in m.counts)


def _country_launch_after_region(current: ClaimDraft, m: Mentions, totals: list[Count], lex: ModuleType,
                                 out: Attribution, res: list[Resolution] = ()) -> bool:
    """"… downed about 15 drones in the skies over Kharkiv", then "Altogether Russia attacked Ukraine
    with 48 Shahed drones": a launch at the whole country is not the launch of a count told over
    one region (that count is a part of its night, told apart), so it opens a claim of its own.
    (Also told by where they came from alone, "the enemy launched 185 drones from the Kursk and Oryol
    regions", after a regional official's count with no place, his own region's.)"""
    if not totals or m.destroy_verbs or not current.counts("destroyed") or current.counts("launched") \
            or any(_verb_for(c, m, m.sentence.text, lex) != "launched" for c in totals):
        return False
    regions = {p.iso for it in current.items if it.count is not None for p in it.places}
    official = out.reporter if current.claimant is UNATTRIBUTED or current.claimant.name in out.vague \
        else current.claimant
    if not regions and not current.items and official is not None and official.region and current.scope == "report":
        # ("«Наші зенітники збили два дрони», – написав голова ОВА", then "Ворог випустив 90
        # шахедів з Курщини": a regional official's count with no place, his own region's, placed there later)
        regions = {official.region}
    if len(regions) != 1 or None in regions \
            or any(p.kind == "country" for it in current.items for p in it.places):
        return False
    if res and after_site_cue(m.sentence.text, res, lex) and not any(r.place is not None and r.place.iso in regions
                                                                     for r in res):
        return True  # (launched from somewhere, at no place of the region: the country's launch)
    if not m.places and _patterns(lex)["country_attacker"].search(m.sentence.text) \
            and not _own_region_pattern(lex).search(m.sentence.text) \
            and not _patterns(lex)["at_own_region"].search(m.sentence.text):
        # ("Над областю збито п'ять дронів", then "Росія запустила 70 дронів": the country as the
        # attacker and no place, the whole night's launch retold, not the region's)
        return True
    # (not the attacking country with the launch at the region's place told again: "downed 11 drones launched at
    # Kyiv", then "Russia attacked the capital with 15 drones", the place's own launch)
    return any(h.candidates and h.candidates[0].kind == "country" for h in m.places) \
        and not _patterns(lex)["at_own_region"].search(m.sentence.text)


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
    if current.nationwide or any(p.kind == "admin1" and p.iso and p.iso not in near
                                 for it in current.items if it.count is not None for p in it.places):
        # (the claim told is already a list of other regions, a ministry's in the governor's story: "Больше
        # всего сбили в Курской области — 10 …. Кроме того, по одному — в Орловской и Тульской" goes on with it)
        return False
    counted = [it for it in items if it.count is not None and not (it.subset or it.note or it.summary)]
    if not current.items and len(counted) > 1 and current.destroyed is not None \
            and sum(_counted(it, it.joined or it.count) for it in counted) == current.destroyed:
        # ("Ранее сообщалось, что силы ПВО ликвидировали 17 беспилотников. Так, восемь – над Воронежской
        # областью, пять – над Брянской …" in the governor's story: the counts by region that sum to the
        # total just told, which named no place, are its breakdown, whoever it was given to)
        return False
    places = [p for it in items if it.count is not None for p in it.places]
    return bool(places) and all(p.kind == "admin1" and p.iso and p.iso not in near for p in places)


def _of_more_than_headline(current: ClaimDraft, totals: list[Count], values: dict[str, int]) -> bool:
    """"Ворог випустив 47 ракет" in the headline, then "знищено 51 з 73 повітряних цілей" in the body: more
    downed than the headline said came, but out of a whole the body tells (its figures beat the headline's)."""
    return current.from_title and "destroyed" in values and any(
        c.of_total is not None and c.number.value == values["destroyed"] and c.of_total.value >= c.number.value
        for c in totals)


def _more_downed_than_came(current: ClaimDraft, values: dict[str, int]) -> bool:
    """"Міноборони … знищило 100 дронів", then "москву атакувало щонайменше сім БПЛА": fewer came
    than the claim told were downed (or more downed than it told came), so another claim."""
    launched, destroyed = values.get("launched"), values.get("destroyed")
    return (launched is not None and current.destroyed is not None and launched < current.destroyed
            and "destroyed" not in current.approximate) \
        or (destroyed is not None and current.launched is not None and destroyed > current.launched
            and "launched" not in current.approximate)


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
    came = draft.launched
    # (the kind the rounded figure counted: "nearly 50 drones", then "30 of 40 missiles" is another weapon's whole)
    kinds = {w.type for w in draft.weapons if w.launched == came and w.type != "unknown"}
    if came is not None and "launched" in draft.approximate and any(
            c.of_total is not None and not c.of_total.approx and c.of_total.value != came
            and _close(came, c.of_total.value) and _verb_for(c, m, text, lex) == "destroyed"
            and (not kinds or c.weapon is None or c.weapon.type == "unknown" or c.weapon.type in kinds) for c in totals):
        # ("nearly 300 drones" in the lead, then "shot down 140 of 263": the whole of the downed count,
        # exact, is the rounded launched figure told again; it replaces it as an exact count would)
        draft.launched = None
        draft.approximate.discard("launched")
        draft.weapons = [w for w in draft.weapons if w.launched != came or w.model is not None]
    for c in totals:
        slot = _verb_for(c, m, text, lex)
        told = getattr(draft, slot, None) if slot in ("destroyed", "launched") else None
        # (guided bombs are never in a total: "понад 1700 дронів", then "Ще 1380 — керовані авіабомби")
        if told is None or told == c.number.value or not _close(told, c.number.value) \
                or (c.weapon is not None and c.weapon.type in NOT_IN_TOTALS) \
                or _figure_of_another_model(draft, c, slot, told):
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


def _figure_of_another_model(draft: ClaimDraft, c: Count, slot: str, told: int) -> bool:
    """The figure told is one model's and the count another model's ("fired 17 missiles of the Kh-101 type.
    Additionally, at least 16 Kalibr missiles were fired"): more of the weapon, never that figure rounded."""
    return c.weapon is not None and c.weapon.model is not None and any(
        w.model is not None and w.model != c.weapon.model and getattr(w, slot) == told for w in draft.weapons)


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
    told_types = {w.type for w in current.weapons if w.type not in ("unknown", *NOT_IN_TOTALS)}
    # (or a claim of one weapon type, that type counted again with another figure beside a new type:
    # "сбили вражеский беспилотник", then "В минувшие сутки сбили одну крылатую ракету и 5 беспилотников")
    return differ >= 2 or (differ == 1 and len(told_types) == 1 and len(current.weapons) == 1
                           and current.destroyed is not None
                           and any(c.weapon.type not in told_types for c in typed))


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
