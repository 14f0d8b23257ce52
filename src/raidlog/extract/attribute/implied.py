"""Counts told without a number: "all of them were destroyed", "all but one", a singular
weapon ("a missile was shot down"), the ones spared.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from types import ModuleType

from raidlog.extract.attribute.cues import _patterns, searched, told_as_more
from raidlog.extract.attribute.drafts import ClaimDraft, WeaponDraft
from raidlog.extract.attribute.verbs import _denied, _fell_then_verb, _verb_for, _verb_right_before
from raidlog.extract.mentions import Mentions
from raidlog.extract.numbers import Number
from raidlog.extract.weapons import NOT_IN_TOTALS, Count, WeaponWord, _of_total, in_totals


def _spared(m: Mentions, text: str, lex: ModuleType) -> tuple[Count | None, list[Count]]:
    """The counts of weapons not destroyed: the count right after "all but" ("shot down all but one of the
    drones", "All but two were shot down"), of the weapons told, if one; and the counts right after
    "except" ("all aerial targets except two drones were downed", "кроме двух БПЛА"), of a weapon each."""
    pats = _patterns(lex)
    # (only of a downing: with none told, "кроме 120 беспилотников было применено 15 ракет", "besides 80 drones,
    # 12 missiles were used" adds the count to what else the attack used, its weapons of another kind)
    spared = [c for c in m.counts if c.weapon is not None
              and pats["except_before"].search(text, max(0, c.number.start - 30), c.number.start)] \
        if m.destroy_verbs else []
    # (a weapon named after "все, кроме" is the one spared, not the set: "Сбиты все, кроме двух ракет" after
    # drones and missiles is all the drones and two of the missiles, an "except" count; only "все, кроме
    # двух" is English "all but two"; and "все, кроме двух из 30 беспилотников", whose weapon is the whole's,
    # as "all but two of the 30 drones")
    # (and "Все беспилотники, кроме двух из 30": the weapon named between "all" and "but", the whole after
    # the count, bare: the count is of the whole)
    excepted = {id(c) for c in spared if c.of_total is None}
    k, but, x = next(((k, c, x) for k, c in enumerate(m.counts) if id(c) not in excepted
                      and (x := pats["all_but_before"].search(text, max(0, c.number.start - 40), c.number.start))),
                     (0, None, None))
    whole = m.counts[k + 1] if but is not None and k + 1 < len(m.counts) else None
    if whole is not None and but.of_total is None and whole.weapon is None and but.weapon is None \
            and _of_total(lex).fullmatch(text, but.number.end, whole.number.start):
        named = [w for w in m.weapons if x.start() <= w.start and w.end <= but.number.start]
        but = replace(but, of_total=whole.number, weapon=named[0] if len(named) == 1 else None)
    return but, spared


def _all_but_destroyed(told: ClaimDraft, spared: Count) -> bool:
    """"Russia launched 21 drones … Air defences shot down all but one of them": as many destroyed as
    were launched but the spared count (of the kind it names: "all but three of the drones" after
    missiles and drones tells only the drones' fate). A claim that already told its destroyed count (a
    headline's "19 of 20") is told again. Says whether the sentence told the claim's fate."""
    if told.destroyed is not None:
        return True
    n = spared.number.value
    kept = [w for w in told.weapons if w.type not in NOT_IN_TOTALS]
    kind = spared.weapon.type if spared.weapon is not None and spared.weapon.type != "unknown" else None
    if kind is not None and len({w.type for w in kept}) > 1:
        of_kind = [w for w in kept if w.type == kind]
        if len(of_kind) != 1 or of_kind[0].launched is None or of_kind[0].launched <= n \
                or of_kind[0].destroyed is not None:
            return False
        of_kind[0].destroyed = of_kind[0].launched - n
        told.destroyed = sum(w.destroyed for w in kept if w.destroyed is not None)
        return True
    if told.launched is None or told.launched <= n:
        return False
    told.destroyed = told.launched - n
    for w in kept:
        if w.launched == told.launched and w.destroyed is None:
            w.destroyed = told.destroyed
    return True


def _all_destroyed(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None, after: int,
                   spared: list[Count] = ()) -> bool:
    """"… launched a total of 25 Shahed drones, all of which were destroyed", "Усі ракети збито",
    "все они были сбиты": with no number, as many were destroyed as the told claim says were
    launched (each weapon's too). Sets the told claim's destroyed counts; says whether it did."""
    if told is None or not m.destroy_verbs or _patterns(lex)["some_more_destroyed"].match(text, after):
        return False  # ("Several others were downed over …": some more of them, not all)
    if _rest_suppressed(text, lex, told, after):
        return True
    if told.counts("destroyed"):
        return _all_of_kind_destroyed(m, text, lex, told, after) or _launched_all_downed(m, text, lex, told, after)
    launched = told.launched
    if launched is None and told.weapons and all(w.launched is not None for w in told.weapons):
        launched = sum(w.launched for w in told.weapons if w.type not in NOT_IN_TOTALS)
    if not launched:
        return False
    x = searched("all_destroyed", m, text, lex, after)
    if x is None or _not_all(m, text, x, lex) or _relative_elsewhere(text, x, after) or _things_of_them(text, x, after, lex):
        return False
    # ("All except the Iskander-M were shot down", "Збито всі, крім ракети")
    but = _patterns(lex)["except"].search(text, x.start(), x.end() + 12)
    if but is not None:
        return _all_but(told, [w for w in m.weapons if but.end() <= w.start < but.end() + 40],
                        [c for c in spared if but.end() <= c.number.start < but.end() + 40])
    # ("Усі цілі збили": targets of no kind are every kind told)
    types = {w.type for w in m.weapons if x.start() <= w.start < x.end() and w.type != "unknown"}
    if types and not types >= {w.type for w in told.weapons if w.type not in NOT_IN_TOTALS}:
        # ("Усі ракети збито" after missiles and drones: the missiles downed, the drones' fate not told)
        named = [w for w in told.weapons if w.type in types and w.type not in NOT_IN_TOTALS]
        if not named or any(w.launched is None or w.destroyed is not None for w in named):
            return False
        for w in named:
            w.destroyed = w.launched
        told.destroyed = sum(w.destroyed for w in named)
        return True
    told.destroyed = launched
    for w in told.weapons:
        if w.launched is not None and w.destroyed is None:
            w.destroyed = w.launched
    return True


def _relative_elsewhere(text: str, x, after: int) -> bool:
    """"launched 20 drones, which were shot down" tells the counted ones downed; "launched 5 missiles at
    warehouses, which were destroyed" tells the warehouses': a relative pronoun downs the count only
    right after it (its comma, a closing quote)."""
    return bool(x.groupdict().get("rel")) and bool(text[after : x.start()].strip(' ,»"”'))


def _things_of_them(text: str, x, after: int, lex: ModuleType) -> bool:
    """"… and air defence shot them down" downs the count told; "they hit two depots and destroyed them"
    the depots: a pronoun object tells the count's fate only with no thing named between."""
    return bool(x.groupdict().get("them")) and _patterns(lex)["thing_word"].search(text, after, x.start()) is not None


def _before_weapon(m: Mentions, x) -> int:
    """Where the stretch of a match ends that comes before the first weapon named inside it (its end if none)."""
    k = bisect_left(m.weapons, x.start(), key=lambda w: w.start)
    return min(x.end(), m.weapons[k].start) if k < len(m.weapons) else x.end()


def _not_all(m: Mentions, text: str, x, lex: ModuleType) -> bool:
    """"Не всі цілі збили", "Не все беспилотники удалось сбить", "Not all of them were shot down", "всі
    вони не були збиті": "all … destroyed" denied, which tells no count of the downed."""
    if x.groupdict().get("none"):
        return False  # "None of them reached its target": the none is the all, not its denial
    pats = _patterns(lex)
    return bool(pats["negation_right_before"].search(text, max(0, x.start() - 12), x.start())
                or pats["negation"].search(text, x.start(), x.end())
                # ("Дякую всім нашим героям, хто знищує логістику ворога": the all are the ones destroying; only
                # persons before any weapon is named: "Усі дрони, що летіли на позиції захисників" are drones)
                or pats["all_of_people"].search(text, x.start(), _before_weapon(m, x)))


def _rest_suppressed(text: str, lex: ModuleType, told: ClaimDraft, after: int) -> bool:
    """"20 drones came, 12 were shot down, the rest were jammed": the rest were suppressed by
    electronic warfare, counted as destroyed (as "збито/подавлено" is): as many destroyed as were
    launched. Sets the told claim's destroyed counts; says whether it did."""
    if told.launched is None or told.destroyed is None or told.destroyed >= told.launched \
            or _patterns(lex)["rest_suppressed"].search(text, after) is None:
        return False
    told.destroyed = told.launched
    for w in told.weapons:
        if w.launched is not None and w.destroyed is not None:
            w.destroyed = w.launched
    return True


def _rest_lost(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft, after: int) -> None:
    """"40 drones came, 31 were shot down, the rest were lost from radar": as many lost as were
    launched and not destroyed (never a destroyed count; only where both are told). A count told
    lost beside the destroyed one ("41 were shot down and 11 were lost from radar", "41 збито, 11
    локаційно втрачено") is the lost count as told."""
    told_lost = [c for c in m.counts if told.lost is None and _patterns(lex)["lost_bare"].match(text, c.end)
                 and _verb_for(c, m, text, lex) == "lost"]
    if told_lost and told.destroyed is not None:
        told.lost = told_lost[0].number.value
    if told.lost is None and told.launched is not None and told.destroyed is not None \
            and told.destroyed < told.launched and _patterns(lex)["rest_lost"].search(text, after):
        told.lost = told.launched - told.destroyed


def _launched_all_downed(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft, after: int) -> bool:
    """"Air defences destroyed six ballistic missiles. All the missiles launched were shot down": the claim told
    a kind destroyed with no launched count; all of that kind launched were downed, so as many were launched
    as destroyed (the claim's launched total too, once every kind it counts has one). Only where the words of
    "all" name the launching: "All the missiles were downed" may tell the ones that reached the city."""
    x = searched("all_destroyed", m, text, lex, after)
    if x is None or _not_all(m, text, x, lex) or _patterns(lex)["except"].search(text, x.start(), x.end() + 12) \
            or not _patterns(lex)["launched_word"].search(text, x.start(), x.end()):
        return False
    types = {w.type for w in m.weapons if x.start() <= w.start < x.end() and w.type != "unknown"}
    if not types:
        return False
    kept = [w for w in told.weapons if w.type not in NOT_IN_TOTALS]
    if not kept:
        if told.launched is not None or told.destroyed is None or {w.type for w in m.weapons if w.start < after} - types:
            return False
        told.launched = told.destroyed
        return True
    named = [w for w in kept if w.type in types]
    if not named or any(w.launched is not None or w.destroyed is None for w in named):
        return False
    for w in named:
        w.launched = w.destroyed
    if told.launched is None and all(w.launched is not None for w in kept):
        told.launched = sum(w.launched for w in kept)
    return True


def _all_of_kind_destroyed(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft, after: int) -> bool:
    """"Над Києвом збито 15 ракет. … 10 шахедів заходили на Київ. Усі ворожі безпілотники знищено": the
    claim told one kind of weapon destroyed and another launched; "all" of the kind it names were
    destroyed, as many as were launched (the claim's total grows by them)."""
    x = searched("all_destroyed", m, text, lex, after)
    if x is None or _not_all(m, text, x, lex) or _patterns(lex)["except"].search(text, x.start(), x.end() + 12):
        return False
    # ("Усі цілі збили": targets of no kind are every kind told)
    types = {w.type for w in m.weapons if x.start() <= w.start < x.end() and w.type != "unknown"}
    # ("Усі вони були знищені", no kind named: the kind told launched, when another kind was told
    # destroyed with no launched count)
    downed = {w.type for w in told.weapons if w.destroyed is not None}
    # ("Усі цілі збили" after a claim of two missiles downed, then 20 drones and a missile launched:
    # every weapon told launched and not yet counted destroyed)
    targets = not types and any(x.start() <= w.start < x.end() and w.type == "unknown" for w in m.weapons)
    named = [w for w in told.weapons if w.launched is not None and w.destroyed is None] if targets else \
        [w for w in told.weapons if w.type in types] if types else \
        [w for w in told.weapons if w.launched is not None and w.destroyed is None and w.type not in downed] \
        if all(w.launched is None for w in told.weapons if w.destroyed is not None) else []
    if not named or not downed or any(w.launched is None or w.destroyed is not None for w in named):
        return False  # (a claim's destroyed count not split by kind: whether "all" adds to it is not told)
    for w in named:
        w.destroyed = w.launched
    # (the claim's totals add up the weapons in the air: "збили сім ракет і знищили всі безекіпажні катери"
    # downs the boats, no more missiles)
    kept = in_totals(told.weapons)
    if all(w.destroyed is not None for w in kept):
        told.destroyed = sum(w.destroyed for w in kept)
    elif told.destroyed is not None:
        told.destroyed += sum(w.launched for w in named if any(w is k for k in kept))
    return True


def _all_of_kind_beside_count(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft) -> bool:
    """"The enemy fired 9 missiles and 25 UAVs …", then "our units downed all the UAVs and three missiles":
    "all" of a kind named right after it, with no number, beside another kind's count, downs
    every one of that kind the claim told launched (none told destroyed yet); the claim's destroyed total
    becomes the sum of its kinds. Sets the told claim's counts; says whether it did."""
    x = searched("all_destroyed", m, text, lex, 0)
    if x is None or _not_all(m, text, x, lex) or _patterns(lex)["except"].search(text, x.start(), x.end() + 12):
        return False
    k = bisect_left(m.weapons, x.end(), key=lambda w: w.start)
    w = m.weapons[k] if k < len(m.weapons) else None
    if w is None or w.type in ("unknown", *NOT_IN_TOTALS) or w.start - x.end() > _ALL_TO_KIND \
            or _NOT_IN_ALL_GAP.search(text, x.end(), w.start) or any(c.weapon is w for c in m.counts):
        return False
    if m.places or _patterns(lex)["relative_after"].match(text, w.end):
        # ("all the drones over Kyiv", "In Kyiv, … all the drones", "усі дрони, що летіли на Київ": all of one
        # place's or of those a clause picks out, not every one the claim told launched)
        return False
    named = [v for v in told.weapons if v.type == w.type]
    kept = [v for v in told.weapons if v.type not in NOT_IN_TOTALS]
    if not named or any(v.launched is None or v.destroyed is not None for v in named) \
            or not any(v.destroyed is not None for v in kept if v.type != w.type):
        return False
    for v in named:
        v.destroyed = v.launched
    kept = in_totals(told.weapons)
    if all(v.destroyed is not None for v in kept):
        told.destroyed = sum(v.destroyed for v in kept)
    return True


_ALL_TO_KIND = 12  # characters between "all" and the kind it names ("all of the drones")
_NOT_IN_ALL_GAP = re.compile(r"[\d,.;:]")


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
    if told is None or not told.counts("launched") or told.counts("destroyed"):
        return []
    pats = _patterns(lex)
    # (not "The fire destroyed three houses", "Пожар уничтожил три жилых дома": things, no weapons)
    bare = [c for c in m.counts if c.weapon is None and not pats["other_counted"].match(text, c.end)]
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


_RIDER_REST = re.compile(r"\s*(?:[.!;]\s*)?|\s*,\s+[^\W\d_][^\d]*")


def _launched_them(m: Mentions, text: str, lex: ModuleType, before: Mentions | None) -> list[Count]:
    """"Увечері ворог атакував Сумщину ударними дронами. Всього їх було випущено 25.": a sentence that is only a
    launch participle and one number, its weapons left out ("them"), right after a sentence that named weapons of
    one kind, counts how many of them were launched (of that kind); so does a number after a dash or colon in
    the sentence that named them with their launch ("зафіксовано пуски дронів – всього їх було 47")."""
    if not m.launch_verbs or m.destroy_verbs or len(m.counts) != 1:
        return []
    c = m.counts[0]
    pats = _patterns(lex)
    if c.weapon is not None or pats["other_counted"].match(text, c.end):
        return []
    if m.weapons:
        # ("Зафиксированы пуски ударных дронов – всего их было 47", "launches of drones were recorded: 47 in all"):
        # the weapons and their launch named in the sentence itself, then after a dash or colon how many they were
        kinds = {(w.type, w.model) for w in m.weapons if w.type != "unknown"}
        if len(kinds) != 1 or any(w.end > c.number.start for w in m.weapons) \
                or not any(v[1] <= c.number.start for v in m.launch_verbs) \
                or not pats["them_were_before"].search(text, max(0, c.number.start - 60), c.number.start) \
                or not _RIDER_REST.fullmatch(text, c.end):
            return []  # (the number the sentence's last, or only a speaker's rider after it: ", сообщили в …")
    else:
        if not pats["sentence_rest"].fullmatch(text, c.end) or before is None or before.sentence.paragraph != m.sentence.paragraph:
            return []
        kinds = {(w.type, w.model) for w in before.weapons if w.type != "unknown"}
        if len(kinds) != 1 or not pats["they_launched_lead"].fullmatch(text, 0, c.number.start):
            return []
    kind, model = kinds.pop()
    return [replace(c, weapon=WeaponWord(c.number.start, c.number.start, kind, model))]


def _with_placed_ones(m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"знищено крилату ракету Х-101 над Вінниччиною та 12 БпЛА над Полтавщиною": a weapon in the singular, with no number, beside counts of others in a list of
    downings by place, is one downed there (the sentence's counts, with these ones, for the breakdown).
    So is one joined by "and" to the count before it ("Над Сумщиною збито 12 ударних БпЛА та розвідувальний
    дрон", "9 attack drones and a reconnaissance UAV over Poltava") or after it ("a missile and eight drones over
    the Kursk region"): one more, of the place the two share."""
    if not m.destroy_verbs or not any(c.weapon is not None for c in m.counts):
        return m.counts
    pats = _patterns(lex)
    counted = {id(c.weapon) for c in m.counts if c.weapon is not None}
    ones = [Count(Number(w.start, w.start, 1), w, w.end) for w in m.weapons
            if id(w) not in counted and w.type not in ("unknown", *NOT_IN_TOTALS) and _singular(text, w, pats)
            and not pats["not_one_before"].match(text, w.end)
            and (pats["one_placed"].match(text, w.end) or _joined_to_count_before(w, m, text, pats)
                 or _joined_to_count_after(w, m, text, pats))]
    return sorted(m.counts + ones, key=lambda c: c.number.start) if ones else m.counts


def _joined_to_count_before(w, m: Mentions, text: str, pats: dict) -> bool:
    """Whether weapon w is joined by "and" to the count right before it ("9 attack drones and a UAV"); that
    count found by bisection among the sentence's counts (in text order: no scan per weapon)."""
    k = bisect_left(m.counts, w.start, key=lambda c: c.number.start)
    c = m.counts[k - 1] if k else None
    return c is not None and c.weapon is not None and c.end <= w.start \
        and bool(pats["and_one"].fullmatch(text, c.end, w.start))


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


def _flying_one(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None) -> list[Count]:
    """"повідомили про балістичну ракету, що летіла на Полтаву", "reported a cruise missile flying
    towards Lviv": one missile launched, told by its flight toward a place, in the singular without a number
    (not where the sentence says it was downed; a missile only, as _struck_with_one: one drone's flight at a
    place is no air attack's count; nor after a launch already told, "Russia launched 3 missiles …. A missile
    heading for Poltava hit a school": one of those, no launch of its own). So is a number of missiles told
    by their flight alone, with no verb of launch or downing ("Two missiles heading for Poltava")."""
    if m.destroy_verbs or told is not None and not told.from_title \
            and told.counts("launched"):
        return []
    pats = _patterns(lex)
    if m.counts:
        one = m.counts[0] if len(m.counts) == 1 and not m.launch_verbs else None
        return [one] if one is not None and one.weapon is not None and one.weapon.type == "missile" \
            and one.of_total is None and pats["one_flying"].match(text, one.end) else []
    for w in m.weapons:
        if w.type == "missile" and _singular(text, w, pats) and pats["one_flying"].match(text, w.end):
            return [Count(Number(w.start, w.start, 1), w, w.end)]
    return []


def _launched_one_downed(m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"Зі штурмовика випустили ракету Х-59, яку зенітники збили над затокою", "launched a
    cruise missile, which was shot down over the sea": one weapon launched, in the singular without a
    number, and downed in its relative clause (the claim's launched count; its destroyed one is set
    by the caller)."""
    if m.counts or not m.launch_verbs or not m.destroy_verbs:
        return []
    pats = _patterns(lex)
    for w in m.weapons:
        if w.type in ("unknown", *NOT_IN_TOTALS) or not _singular(text, w, pats) \
                or not pats["one_downed_after"].match(text, w.end):
            continue
        one = Count(Number(w.start, w.start, 1), w, w.end)
        return [one] if _verb_for(one, m, text, lex) == "launched" and not _denied(one, m) else []
    return []


def _launched_one_more(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None) -> list[Count]:
    """"… атакували 14-ма ударними БпЛА. Окрім цього із літака Ту-22М3 було запущено крилату ракету Х-22":
    after the told launch, one more weapon of another kind launched, in the singular without a number
    (uk-f11-11; in one sentence, "… а також крилату ракету типу Х-22", uk-f3-09)."""
    if m.destroy_verbs or m.counts or not m.launch_verbs or told is None or told.from_title \
            or not told.counts("launched"):
        return []
    pats = _patterns(lex)
    w = m.weapons[0] if len(m.weapons) == 1 else None
    if w is None or not _one_of_another_weapon(w, m, text, told, pats) or not _singular(text, w, pats):
        return []
    one = Count(Number(w.start, w.start, 1), w, w.end)
    return [one] if _verb_for(one, m, text, lex) == "launched" else []


def _implicit_one(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None) -> list[Count]:
    """"Over the Bryansk region, an enemy UAV was shot down", "збили ворожий безпілотник",
    "shot down the tenth drone since the night": one weapon destroyed, though no number is
    written. Only where no destroyed count is told yet (later mentions retell it), or where the
    sentence's first weapon is one more of them, counted one by one ("Another UAV was shot down",
    "The third drone was destroyed"), and not for debris ("wreckage of a downed drone")."""
    if not m.destroy_verbs:
        return []
    pats = _patterns(lex)
    if all(pats["partial_subject_before"].search(text, max(0, a - 40), a) for a, _ in m.destroy_verbs):
        return []  # "a missile and dozens of drones were launched; most were shot down": some of them, no one weapon
    weapons = m.weapons
    if told is not None and not told.from_title and told.counts("destroyed"):
        first = min(m.weapons, key=lambda w: w.start, default=None)
        listed = pats["ordinal_list"].search(text, max(0, first.start - 60), first.start) if first else None
        if first is None or not (listed or pats["one_more_before"].search(text, max(0, first.start - 40), first.start)
                                 or _one_of_another_weapon(first, m, text, told, pats, told.destroyed != 1)):
            return []
        weapons = [first]
        if listed is not None and first.type not in ("unknown", *NOT_IN_TOTALS) and id(first) not in {
                id(c.weapon) for c in m.counts}:
            # "the fifth and sixth drones were shot down": as many more as the ordinals listed
            more = Count(Number(first.start, first.start, len(pats["ordinal"].findall(listed.group(0)))), first,
                         first.end)
            return [more] if _verb_for(more, m, text, lex) == "destroyed" and not _denied(more, m) else []
    counted = {id(c.weapon) for c in m.counts if c.weapon is not None}
    for w in weapons:
        # ("отражена атака БПЛА, летевшего на Москву": the attack of one, on its way, repelled)
        heading = bool(pats["one_heading"].match(text, w.end))
        # (of unknown kind only "a target" in the singular: "збили повітряну ціль ворога")
        target = w.type == "unknown" and bool(pats["single_target"].fullmatch(text, w.start, w.end))
        if id(w) in counted or (w.type == "unknown" and not target) or w.type in NOT_IN_TOTALS \
                or not (target or _singular(text, w, pats) or (heading and lex.MORPH_LANG) or _one_each(text, w, pats)) \
                or (pats["not_one_after"].search(text, max(0, w.start - 60), w.start) and not heading) \
                or pats["picture_of"].search(text, max(0, w.start - 60), w.start) \
                or pats["not_one_before"].match(text, w.end) or _fell_then_verb(w.start, w.end, m, text, lex):
            continue
        one = Count(Number(w.start, w.start, 1), w, w.end)
        if _verb_for(one, m, text, lex) == "destroyed" and not _denied(one, m):
            # ("збили Шахед та крилату ракету", "a drone and a cruise missile were downed": one of each)
            return _with_coordinated_one([one], m, text, lex)
    return []


# a quotation's end and the dash of its teller after it: "…", – сказал …; «…», — написав …
_QUOTE_THEN_TELLER = re.compile(r"[\"»”]\s*,?\s*[-–—]\s")


def _one_of_another_weapon(w, m: Mentions, text: str, told: ClaimDraft, pats: dict, cue: bool = True) -> bool:
    """"Збито 12 шахедів. Крім того, збили й ракету Х-59", "Збито 35 ударних БпЛА. Крім того, збито
    розвідувальний БпЛА": after the told count, one more weapon of a kind (a type, or a model of it) the
    claim has not counted, in the singular, said to be more of it ("крім
    того", "також"): one of its own, not the count told again (uk-f11-12, uk-f10-15). In the claim's own
    voice: not what another source says or is doubted ("Крім того, російські ЗМІ стверджують, що їхня ППО
    збила українську ракету «Нептун»", "Кроме того, по данным украинской стороны, … ракета Х-59 была сбита")."""
    # (after one weapon told downed, no cue is needed: "Беспилотник сбит. Ракета была сбита на подлете к
    # аэродрому …" is the missile's one, not the drone retold)
    more = pats["more_of_it"].search(text, 0, w.start) if cue else True
    # (the weapons of the quote alone: after its end the narrator's words, '…ракета Х-59», – сказал он и показал один
    # из сбитых дронов', name no weapon of the claim)
    said = _QUOTE_THEN_TELLER.search(text, w.start)
    own = [t for t in m.weapons if said is None or t.start < said.start()]
    return more is not None and len(own) == 1 and w.type not in ("unknown", *NOT_IN_TOTALS) \
        and all(t.type != w.type or (w.model is not None and t.model != w.model) for t in told.weapons) \
        and bool(told.weapons) \
        and not m.hedged and not any(c.side not in ("unknown", told.claimant.side) and told.claimant.side != "unknown"
                                     for c in m.claimants)


def _one_each(text: str, w, pats: dict) -> bool:
    """"збили по крилатій ракеті", "сбили по беспилотнику": "по" and a weapon in the dative singular,
    written without a number, is one (over each of the places named: placing._places_of_total)."""
    return bool(pats["one_each"].fullmatch(text, w.start, w.end)
                and pats["each_prefix"].search(text, max(0, w.start - 4), w.start))


def _joined_to_count_after(w, m: Mentions, text: str, pats: dict) -> bool:
    """Whether weapon w is joined by "and" to the count right after it ("a missile and eight drones over the
    Kursk region", "украинская ракета и 8 БПЛА уничтожены в небе …"): one more, of the place the two share;
    that count found by bisection among the sentence's counts (in text order: no scan per weapon)."""
    k = bisect_left(m.counts, w.end, key=lambda c: c.number.start)
    c = m.counts[k] if k < len(m.counts) else None
    return c is not None and c.weapon is not None and bool(pats["and_then"].fullmatch(text, w.end, c.number.start))


def _singular(text: str, w, pats: dict) -> bool:
    """One weapon, written without a number: a singular form ("беспилотник", "a drone"), or an
    abbreviation that is either number after a singular adjective ("вражеский БПЛА") or next to a
    singular participle ("сбит БПЛА", "БПЛА был сбит")."""
    before = max(0, w.start - 40)
    if pats["instrumental_one"].search(text, w.start, w.end) \
            and not pats["attack_before_instrumental"].search(text, max(0, w.start - 200), w.start):
        return False  # ("перехват цели зенитной ракетой": the means of a downing; "атаковал … ракетой": one)
    return bool(pats["single_weapon"].fullmatch(text, w.start, w.end)
                and pats["single_before"].search(text, before, w.start)) \
        or bool(pats["single_abbreviation"].fullmatch(text, w.start, w.end)
                and (pats["single_abbreviation_before"].search(text, before, w.start)
                     or pats["single_abbreviation_after"].match(text, w.end)))


def _with_coordinated_one(totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"17 Shaheds and a Kh-59 missile", "launched 23 drones and a cruise missile", "четыре БЛА, баллистическую
    ракету «Точка-У», а также …": a singular weapon joined to a count is one more of its own type."""
    pats = _patterns(lex)
    counted = {id(c.weapon) for c in m.counts if c.weapon is not None}
    extra: list[Count] = []
    for w in m.weapons:
        if id(w) in counted or w.type == "unknown" or not _singular(text, w, pats) \
                or pats["not_one_before"].match(text, w.end):
            continue
        if (more := _more_after_one(w, totals, m, text, lex)) is not None:
            # ("one UAV was downed before dawn, and four more UAVs were destroyed by noon": the
            # count told as more is of the ones after the first; the two are one count, their sum)
            number = replace(more.number, value=more.number.value + 1)
            totals = [replace(c, number=number) if c is more else c for c in totals]
            continue
        # (or to the one just joined: "… three cruise missiles, a Kh-59 missile and an Iskander-M missile")
        before = totals + extra[-1:]
        joined = any(pats["and_one"].fullmatch(text, c.end, w.start) if c.end <= w.start
                     else pats["and_then"].fullmatch(text, w.end, c.number.start)
            or c.weapon is not None and pats["comma_then"].fullmatch(text, w.end, c.number.start) for c in before) \
            or (any(c.end <= w.start and pats["comma_one"].fullmatch(text, c.end, w.start) for c in before)
                and bool(pats["list_goes_on"].match(text, w.end)))
        if joined:
            extra.append(Count(Number(w.start, w.start, 1), w, w.end))
    return sorted(totals + extra, key=lambda c: c.number.start) if extra else totals


def _more_after_one(w, totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> Count | None:
    """The count right after the singular weapon w (by bisection among the counts, in text order), of w's
    type or of none, told as "more" ("and three more drones", "а вночі ще три"), both downed (a downing
    verb between them, the one's own) in one clause run with no place between them: the count of the
    ones after w."""
    k = bisect_left(totals, w.end, key=lambda c: c.number.start)
    c = totals[k] if k < len(totals) else None
    if c is None or c.of_total is not None or (c.weapon is not None and c.weapon.type != w.type) \
            or c.number.start - w.end > _MORE_AFTER_ONE_GAP or not told_as_more(text, c, lex) \
            or _SENTENCE_STOP.search(text, w.end, c.number.start) \
            or any(w.end <= p.start < c.end for p in m.places):
        return None
    j = bisect_left(m.destroy_verbs, (w.end,))
    one = Count(Number(w.start, w.start, 1), w, w.end)
    if j == len(m.destroy_verbs) or m.destroy_verbs[j][1] > c.number.start or _denied(one, m) \
            or _verb_for(c, m, text, lex) != "destroyed":
        return None
    return c


_MORE_AFTER_ONE_GAP = 120  # characters between the one weapon and the count of more
_SENTENCE_STOP = re.compile(r"[.;:!?]")


def _fallen_before(before: Mentions | None, m: Mentions, text: str, lex: ModuleType) -> list[Count]:
    """"Три дрона рухнули в поле …", then "Они были сбиты средствами ПВО …" (or
    "According to him, they were shot down"; or told flying at a place, ONE_FLYING_AFTER): a
    sentence with no count of its own that opens with them downed counts the weapons the sentence before
    told fall (in the same paragraph, and told of nothing else: no downing, no launch of its own)."""
    pats = _patterns(lex)
    lead = pats["speaker_lead"].match(text)
    x = pats["they_destroyed"].match(text, lead.end() if lead else 0)
    if x is None or before is None or before.destroy_verbs or before.launch_verbs \
            or before.sentence.paragraph != m.sentence.paragraph:
        return []
    told = before.sentence.text
    weapons = [c for c in before.counts if c.weapon is not None]
    # (or told flying at a place: "the mayor told of four drones heading for the city. According to
    # him, they were shot down")
    if not weapons or any(c.weapon.type in ("unknown", *NOT_IN_TOTALS) for c in weapons) \
            or not all(pats["fell_after"].match(told, c.end) or pats["one_flying"].match(told, c.end)
                       for c in weapons):
        return []
    at = x.start() + len(x.group(0)) - len(x.group(0).lstrip(" «\"-–—,"))  # (where "they" is written)
    return [Count(Number(at, at, c.number.value), WeaponWord(at, at, c.weapon.type, c.weapon.model), at)
            for c in weapons]
