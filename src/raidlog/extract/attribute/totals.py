"""A claim's totals and weapons filled from a sentence's counts, from its weapons' sum or
from a list of weapons, one line each.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from dataclasses import replace
from types import ModuleType

from raidlog.extract.attribute.cues import _patterns
from raidlog.extract.attribute.drafts import UNATTRIBUTED, Attribution, ClaimDraft, WeaponDraft
from raidlog.extract.attribute.verbs import _verb_for
from raidlog.extract.mentions import Mentions
from raidlog.extract.times import WrittenWindow
from raidlog.extract.weapons import (
    NOT_IN_TOTALS,
    Count,
    in_totals,
    of_them_after,
    of_them_before,
    opens_with_whole,
    untold_rockets,
)
from raidlog.model import Claimant


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
    _bombs_out_of_whole(draft)
    # ("уничтожены 40 БПЛА и пять безэкипажных катеров": the boats are listed, but the total is of the
    # weapons in the air, as the golds keep boats apart)
    counted = in_totals(draft.weapons)
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
        elif len(types) > 1 and (any(getattr(draft, slot) == _type_total(counted, t, slot) for t in types)
                                 or _first_weapons_count(draft, counted, slot)):
            # "випустили 8 шахедів. … 2 «Іскандер-М» та ще 3 С-300": the total told was one type's,
            # the other types came in later sentences; the claim's total is the sum (also when two types
            # came to that one figure: "три ракеты и пять беспилотников, над Курской – ещё две ракеты")
            setattr(draft, slot, sum(_type_total(counted, t, slot) for t in types))
        elif len(types) == 1 and len(models := [w for w in counted if getattr(w, slot) is not None]) > 1 \
                and all(w.model for w in models) and len({w.model for w in models}) == len(models) \
                and getattr(draft, slot) in {getattr(w, slot) for w in models} \
                and getattr(draft, slot) < sum(getattr(w, slot) for w in models):
            # "ворог запустив 9 шахедів, ППО знищила всі; ще 3 розвідувальні дрони теж збито": the
            # total told was one model's, another kind of the same type came later (kinds that cannot
            # overlap); the total is the sum
            setattr(draft, slot, sum(getattr(w, slot) for w in models))


def _bombs_out_of_whole(draft: ClaimDraft) -> None:
    """"Близько 1,2 тис. засобів ураження, серед них бомби, ракети й дрони", then "понад 650 КАБ, близько 500
    дронів і 25 ракет": a whole of every kind told, guided bombs (or MLRS rockets) among its parts, is the
    parts' sum, bombs included (told as it, or rounded to it); the claim's total is the drones' and missiles' alone
    (525), as where no whole is told."""
    for slot in ("destroyed", "launched"):
        whole = getattr(draft, slot)
        told = [w for w in draft.weapons if getattr(w, slot) is not None]
        if whole is None or not any(w.type in NOT_IN_TOTALS for w in told) \
                or not any(w.type not in NOT_IN_TOTALS for w in told):
            continue
        types = list(dict.fromkeys(w.type for w in told))
        full = sum(_type_total(told, t, slot) for t in types)
        kept = sum(_type_total(told, t, slot) for t in types if t not in NOT_IN_TOTALS)
        if whole != kept and whole > kept and (whole == full or _close(whole, full)) and full - kept > whole - full:
            setattr(draft, slot, kept)


def _first_weapons_count(draft: ClaimDraft, counted: list[WeaponDraft], slot: str) -> bool:
    """The claim's total is the count of the weapon told first, and more of its type, no part of
    it, came later: "ПВО сбили ракету Storm Shadow", then "уничтожено семь ракет HARM … и 21
    беспилотник" (the lead told one weapon of the day's list, not the total)."""
    first = next((w for w in counted if getattr(w, slot) is not None), None)
    return first is not None and not first.from_title and getattr(draft, slot) == getattr(first, slot) \
        and _type_total(counted, first.type, slot) > getattr(first, slot)


def too_few_came(destroyed: int | None, launched: int, counted: list[WeaponDraft]) -> bool:
    """(Also read by the pipeline, which sums a claim's weapons once more.) The launched counts told
    for some weapons add up to fewer than were destroyed, and a weapon told destroyed has no launched
    count of its own or of its generic type ("all 14 drones … 13 Shaheds downed": the Shaheds are a
    part of the 14 that came): the sum is no launched total."""
    return destroyed is not None and launched < destroyed and any(
        w.destroyed is not None and w.launched is None
        and not any(v.type == w.type and v.model is None and v.launched is not None for v in counted)
        for w in counted)


def _launched_by_title(draft: ClaimDraft) -> bool:
    """The claim's launched count is only its headline's, told by weapons the headline counted."""
    told = [w for w in draft.weapons if w.launched is not None]
    return bool(told) and all(w.from_title for w in told) and draft.launched == sum(w.launched for w in told)


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
        # (not a headline's launched count of a type the body counts only destroyed: "Russia used 12
        # missiles, 40 drones" over "Air defence destroyed 10 missiles and 30 drones" tells how many came)
        slots: dict[str, set[str]] = {}
        for c in totals:
            if c.weapon:
                slots.setdefault(c.weapon.type, set()).add(_verb_for(c, m, text, lex))
        came = {t for t, s in slots.items() if s == {"destroyed"}}
        kept = {id(w) for w in draft.weapons if w.from_title and w.type in came and w.model is None
                and w.launched is not None and w.destroyed is None}
        retold = any(w.from_title and w.type in types and id(w) not in kept for w in draft.weapons)
        draft.weapons = [w for w in draft.weapons
                         if not w.from_title or id(w) in kept or (w.type not in types and not retold)]
        for w in draft.weapons:
            if id(w) in kept:
                w.from_title = False
    modelled = {c.weapon.type for c in totals if c.weapon and c.weapon.model}
    whole_from = _all_of_them(totals, text, lex)
    # (launched alike only for a type the claim has not told launched: "all nine drones were downed … six
    # Gerans and three other drones were used" are the nine's parts)
    told_came = {w.type for w in draft.weapons if w.launched is not None}
    parts = {t for t, verb in _generic_after_model(totals, m, text, lex) if verb == "destroyed" or t not in told_came}
    all_listed: set[int] = set()
    # "знищено 25 з 40 цілей: 30 — ракети, 10 — дрони": the types listed after targets "of" a whole add up
    # to that whole, so they are how many of each came
    whole = next((c for c in totals if c.weapon is not None and c.weapon.type == "unknown"
                  and c.of_total is not None), None)
    listed = [c for c in totals if whole is not None and c.number.start > whole.end and c.weapon is not None
              and c.weapon.type != "unknown" and c.of_total is None]
    came = {id(c) for c in listed} if whole is not None and len(listed) > 1 \
        and sum(c.number.value for c in listed) == whole.of_total.value != whole.number.value else set()
    # "launched 40 drones and … downed 31 Shaheds": one type, told launched by its generic name and
    # destroyed by a model's (or the other way round): each count is the claim's own total of its slot
    one_type_slots = [_verb_for(c, m, text, lex) for c in totals] \
        if len(kinds) == 2 and len({t for t, _ in kinds}) == 1 and len(totals) == 2 else []
    split_slots = len(set(one_type_slots)) == 2 and set(one_type_slots) <= {"destroyed", "launched"}
    for k, c in enumerate(totals):
        if c.weapon is None and k == 1 and totals[0].weapon and _other_types_told(draft, totals[0].weapon.type) \
                and (_part_of_them(c, totals[0], text, lex) or c.number.value == totals[0].number.value):
            # "Сили ППО знищили 60 дронів. Також зафіксовано п'ять ракет, з яких дві збито": the part is
            # of the one weapon just counted (one more weapon of the claim), not the claim's total (not
            # "41 drones and two missiles, 35 of which": a part of all the sentence counted); so is "both"
            # after "In addition, two Kh-59 missiles were launched; both were shot down": all of them
            c = replace(c, weapon=totals[k - 1].weapon)
        elif c.weapon is None and k > 1 and (prev := totals[k - 1]).weapon \
                and prev.weapon.type not in ("unknown", *NOT_IN_TOTALS) and c.number.value < prev.number.value \
                and _other_types_told(draft, prev.weapon.type) \
                and (of_them_before(text, c.number.start, lex) or of_them_after(text, c.end, lex)):
            # "трьома ракетами та 113 дронами, близько 70 із них – шахеди": after a list of types, a
            # smaller bare count "of them" is a part of the type just counted, not the claim's total: one
            # told in the same slot is a kind among them (skipped), one in another slot that type's
            # ("… та 40 дронів, 35 з них збито"); not "41 drones and two missiles, 35 of which": more
            # than the type just counted is a part of the whole list
            if _verb_for(c, m, text, lex) == _verb_for(prev, m, text, lex):
                continue
            c = replace(c, weapon=prev.weapon)
        if c.weapon and c.weapon.type == "unknown":
            # "289 повітряних цілей: 5 ракет Кинджал, …, 269 БпЛА": aerial targets are the total
            slot = _verb_for(c, m, text, lex)
            if slot in ("destroyed", "launched") and getattr(draft, slot) is None:
                setattr(draft, slot, c.number.value)
            if slot == "destroyed" and c.of_total is not None and (draft.launched is None
                                                                   or _launched_by_title(draft)):
                # "знищила 84 цілі з 99" (the body's figure, not the headline's "випустила 90 ракет": the
                # targets of every kind that came)
                draft.launched = c.of_total.value
            elif slot == "destroyed" and c.number.start >= whole_from and draft.launched is None:
                draft.launched = c.number.value
            continue
        if c.weapon and c.weapon.model is None and c.weapon.type in modelled and len(modelled) == 1 \
                and c.weapon.type not in parts and not _and_more_of_type(c, totals, k, m, text, lex) \
                and len({k for k in kinds if k[1] is None}) == 1 and not _listed_beside(c, totals, k, text, lex) and sum(
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
        slot = "launched" if id(c) in came else _verb_for(c, m, text, lex)
        value = c.number.value
        if slot == "lost":
            draft.lost = value
            continue
        if c.of_total is not None and (c.weapon is None or len(kinds) == 1):
            draft.destroyed = draft.destroyed if draft.destroyed is not None else value
            draft.launched = draft.launched if draft.launched is not None else c.of_total.value
        elif c.of_total is not None:
            pass  # "all 28 missiles and 15 of 16 drones": one type's part; the claim sums its types
        elif c.weapon is None or split_slots or (len(kinds) == 1 and (c.weapon.type not in NOT_IN_TOTALS or untold_rockets(c.weapon, text, lex))
                                                 and not _other_types_told(draft, c.weapon.type)):
            if getattr(draft, slot) is None:
                setattr(draft, slot, value)
            elif k and c.weapon is not None and len(kinds) == 1 and _and_more_of_type(totals[k - 1], totals, k - 1, m,
                                                                                      text, lex):
                # "destroyed 9 attack drones and a reconnaissance UAV": one more of the same kind, joined
                # to the count by "and", is added to it (not the same drones told again)
                setattr(draft, slot, getattr(draft, slot) + value)
            if slot == "destroyed" and c.number.start >= whole_from and not draft.counts("launched"):
                draft.launched = value  # "shot down all 14 drones": as many came as were downed
        span = (m.sentence.start + c.number.start, m.sentence.start + c.end)
        if c.weapon:
            # ("two cruise missiles, an aeroballistic missile and a ballistic missile": the one joined by "and" to
            # one of its type is one more, even with the figure the one before it had)
            _weapon(draft, c.weapon.type, c.weapon.model, slot, value, span, generic=c.weapon.model is None,
                    approx=c.number.approx, part=c.weapon.model is None and c.weapon.type in parts,
                    more=k > 0 and _and_more_of_type(totals[k - 1], totals, k - 1, m, text, lex))
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
    _all_of_weapon_downed(draft, totals, m, text, lex)
    told = range(m.sentence.start, m.sentence.end)
    # ("9 attack drones and 2 reconnaissance drones": the kinds joined by "and" add up, when the claim told
    # no count of the type before: not "shot down all five drones … three Shaheds and two other drones")
    # (so do a list's generic count and the model's after its comma: "десять ракет «Нептун», две ракеты HARM")
    parts |= {c.weapon.type for k, c in enumerate(totals)
              if (_and_more_of_type(c, totals, k, m, text, lex) or c.weapon is not None and _listed_beside(c, totals, k, text, lex))
              and all(a in told for w in draft.weapons if w.type == c.weapon.type for a, _ in w.evidence)}
    if parts:
        for w in draft.weapons:
            if w.type in parts and any(a in told for a, _ in w.evidence):
                w.listed = True


def _all_of_weapon_downed(draft: ClaimDraft, totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> None:
    """"launched 21 drones and three missiles, but all the drones and two missiles were destroyed": a weapon told
    downed with "all" and no number of its own, beside counted ones, is every one of that weapon that came (the
    claim's launched count of it), a part of the destroyed sum (not the two missiles alone)."""
    if not m.destroy_verbs or not totals:
        return
    counted = {c.weapon.start for c in m.counts if c.weapon is not None}
    every, joined = _patterns(lex)["all_before"], _patterns(lex)["list_join"]
    for w in m.weapons:
        # (joined by "and" to the counted weapon after it, no clause between: not "всі дрони, що летіли на Одесу,
        # та чотири ракети", only those that flew there)
        nxt = next((c for c in totals if c.weapon is not None and c.number.start >= w.end), None)
        if w.start in counted or w.type in ("unknown", *NOT_IN_TOTALS) or nxt is None \
                or not every.search(text, max(0, w.start - 16), w.start) \
                or "," in text[w.end : nxt.number.start] or not joined.fullmatch(text, w.end, nxt.number.start) \
                or _verb_for(nxt, m, text, lex) != "destroyed":
            continue
        same = [x for x in draft.weapons if x.type == w.type and x.model is None and x.launched is not None]
        if len(same) == 1 and same[0].destroyed is None \
                and not any(x.type == w.type and x.destroyed is not None for x in draft.weapons):
            same[0].destroyed = same[0].launched
            same[0].evidence.append((m.sentence.start + w.start, m.sentence.start + w.end))


def _listed_beside(c: Count, totals: list[Count], k: int, text: str, lex: ModuleType) -> bool:
    """"шесть управляемых ракет средней дальности «Нептун», три ракеты HARM": a generic count followed by
    a comma and a count of a model written with its own noun is one item of a list, not their whole (as
    after a colon: "шесть ракет: четыре ATACMS и две Storm Shadow")."""
    nxt = totals[k + 1] if k + 1 < len(totals) else None
    pats = _patterns(lex)
    return nxt is not None and nxt.weapon is not None and nxt.weapon.model is not None \
        and pats["list_comma"].fullmatch(text, c.end, nxt.number.start) is not None \
        and pats["missiles_bare"].search(text, nxt.weapon.start, nxt.weapon.end) is not None


def _and_more_of_type(c: Count, totals: list[Count], k: int, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"9 attack drones and a reconnaissance UAV", "12 drones and one more Shahed": the count after c,
    of c's weapon type, in the same slot, joined to it by "and" alone, is more of that type (not c's
    parts, as after a colon: "шесть ракет: четыре ATACMS и две Storm Shadow")."""
    if k + 1 >= len(totals) or c.weapon is None:
        return False
    nxt = totals[k + 1]
    return nxt.weapon is not None and nxt.weapon.type == c.weapon.type and nxt.number.start >= c.end \
        and bool(_patterns(lex)["and_one"].fullmatch(text, c.end, min(nxt.number.start, nxt.weapon.start))) \
        and _verb_for(nxt, m, text, lex) == _verb_for(c, m, text, lex)


def _generic_after_model(totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> set[tuple[str, str]]:
    """"сбиты две ракеты Storm Shadow и три противорадиолокационные ракеты", "5 Shahed та 15 дронів
    інших типів", "launched three Kinzhals and three cruise missiles" (launched alike): a generic count
    joined in one list after a model's count of its type is one more
    part, not the whole the model is a part of (as "шесть ракет: четыре ATACMS и две Storm Shadow" is).
    The types so listed, each with its verb."""
    joined = _patterns(lex)["counts_joined"]
    return {(b.weapon.type, verb) for a, b in itertools.pairwise(totals)
            if a.weapon and b.weapon and a.weapon.model and b.weapon.model is None and a.weapon.type == b.weapon.type
            and a.end <= b.number.start and joined.fullmatch(text, a.end, b.number.start)
            and (verb := _verb_for(a, m, text, lex)) == _verb_for(b, m, text, lex) and verb in ("destroyed", "launched")}


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


def _weapon_list_line(out: Attribution, m: Mentions, text: str, lex: ModuleType) -> bool:
    """One line of a list of weapons ("- 22 БпЛА типа «Герань-2»;", "- fpv-дрон;", one with no
    number): a part of the claim the list's header began; the claim's total is the parts' sum. (A
    line that says its number is not known yet, "- крилаті ракети (кількість уточнюється);", is a
    part with no count.)"""
    draft, slot, claimant = out.weapon_list
    bullet = _BULLET.match(text)
    listed = [(c.number.start, c.end, c.weapon, c.number.value) for c in m.counts if c.weapon is not None]
    if not listed and not m.numbers and len(m.weapons) == 1:
        w = m.weapons[0]
        # "- fpv-дрон;": one
        listed = [(w.start, w.end, w, None if _patterns(lex)["count_unknown"].search(text) else 1)]
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


def _part_of_them(c: Count, first: Count, text: str, lex: ModuleType) -> bool:
    """A count with no weapon word that is a part of the weapons just counted ("п'ять ракет, з яких
    дві збито", "five missiles, two of which were downed"; "of the five missiles, two were downed",
    the sentence's first count its whole)."""
    return (of_them_before(text, c.number.start, lex) or of_them_after(text, c.end, lex)
                or (first is not c and opens_with_whole(text, first.number.start, lex)))


def _part_of_item(c: Count, m: Mentions, item_numbers: set[int], text: str, lex: ModuleType) -> bool:
    """A bare count "of them" right after a place's count (the count before it, by bisection), and
    smaller: a part of that place's count."""
    k = bisect_left(m.counts, c.number.start, key=lambda o: o.number.start)
    whole = m.counts[k - 1] if k else None
    return c.weapon is None and whole is not None and whole.number.start in item_numbers \
        and whole.number.value > c.number.value and _part_of_them(c, whole, text, lex)


def _other_types_told(draft: ClaimDraft, wtype: str) -> bool:
    """The claim already counts other weapon types ("17 Shaheds and a Kh-59"): a later count
    of one type ("24 Shaheds were launched") is that type's, not the claim's total."""
    return any(w.type != wtype and w.type not in NOT_IN_TOTALS and (w.destroyed is not None or w.launched is not None)
               for w in draft.weapons)


def _all_of_them(totals: list[Count], text: str, lex: ModuleType) -> int:
    """Where "all" quantifies the destroyed counts ("shot down all 14 drones and one Kh-59",
    "Усі 11 безпілотників знищили"): the start of the first such count, else past the end."""
    pattern, both = _patterns(lex)["all_before"], _patterns(lex)["both"]
    for k, c in enumerate(totals):
        # ("31 of the 37 drones and both Kh-59 missiles": all of another weapon, after a count of its own;
        # not "Обидва дрони знищили біля …", the two already told, placed)
        if pattern.search(text, max(0, c.number.start - 20), c.number.start) \
                or (k and both.fullmatch(text, c.number.start, c.number.end)):
            return c.number.start
    joined, relative = _patterns(lex)["counts_joined"], _patterns(lex)["launched_after_list"]
    for a, b in itertools.pairwise(totals):
        # ("destroyed 17 of 19 missiles and 31 drones that Russia launched": after a part of a whole, the
        # list's next count with no whole of its own is every one of its kind that came)
        if a.of_total is not None and b.of_total is None and a.weapon and b.weapon and a.end <= b.number.start \
                and joined.fullmatch(text, a.end, b.number.start) and relative.match(text, b.end):
            return b.number.start
    return len(text) + 1


# The most entries a claim's counts by weapon may have: a report splits its count over a few types
# and models; a text of thousands of counts of one type made one entry per count, each count
# reading all the entries before it (square in the text's length).
MAX_WEAPON_ENTRIES = 64


def _close(a: int, b: int) -> bool:
    """Two figures that may be one rounded and one exact: "over 100" and 103, "майже півсотні" and 46."""
    return abs(a - b) <= max(3, max(a, b) // 4)


def _weapon(draft: ClaimDraft, wtype: str, model: str | None, slot: str, value: int,
            span: tuple[int, int], generic: bool, approx: bool = False, part: bool = False, more: bool = False) -> None:
    """(part: a generic count listed after a model's, "three Kinzhals and three cruise missiles": a weapon
    of its own, never the model's count told again; more: one joined by "and" to a count of its type,
    "a Kh-59 missile and a Kh-31 missile", a weapon of its own too)"""
    for w in draft.weapons if not more else ():
        if part and w.model is not None:
            continue
        if w.type == wtype and (w.model == model or (generic and w.model is not None) or w.model is None):
            if getattr(w, slot) is None:
                setattr(w, slot, value)
                w.evidence.append(span)
                if approx:
                    w.rounded.add(slot)
                if model and w.model is None:
                    w.model = model
                return
            if getattr(w, slot) == value:
                return
            if (slot in w.rounded) != approx and _close(getattr(w, slot), value):
                # "понад сотню ударних дронів типу «Шахед»" in the lead, "115-ма ударними БпЛА типу
                # «Шахед»" in the body: one figure told twice, the exact one kept (uk-f11-01)
                if not approx:
                    setattr(w, slot, value)
                    w.rounded.discard(slot)
                    w.evidence.append(span)
                return
    if len(draft.weapons) >= MAX_WEAPON_ENTRIES:
        return  # a list of thousands of counts of one weapon is no split by weapon (each count read them all)
    w = WeaponDraft(wtype, model)
    setattr(w, slot, value)
    w.evidence.append(span)
    if approx:
        w.rounded.add(slot)
    draft.weapons.append(w)


def _set_window(draft: ClaimDraft, window: WrittenWindow, offset: int) -> None:
    if draft.window is not None and draft.window.until is None and window.begin is None:
        merged = WrittenWindow(draft.window.start, draft.window.end, draft.window.begin, window.until,
                               draft.window.zone or window.zone)
        draft.window = merged
        return
    if draft.window is not None and draft.window.begin is not None and draft.window.until is not None \
            and window.begin is None and not window.instant and window.until.day is None:
        # a status time told after the whole window ("From 10:00 on 3 May to 08:00 on 4 May, … . As of 08:00,
        # 40 were downed"): the window stays whole
        return
    if draft.window is not None and draft.window.begin is None and not draft.window.instant \
            and window.until is None and window.begin is not None:
        # the start told after the status time ("By 07:30, 64 drones had been downed. … The attack began at
        # 19:00 on 11 April"): the start's window, to the status time
        draft.window = WrittenWindow(window.start, window.end, window.begin, draft.window.until,
                                     window.zone or draft.window.zone)
        draft.window_offset = offset
        return
    draft.window, draft.window_offset = window, offset


_DASH = re.compile(r"\s*[—–-]\s*")


def _launched_split(told: ClaimDraft, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"знищено 40 з 52 цілей. З них 30 — ракети, 22 — дрони": counts by type after "of them", with no
    verb, that add up to the launched count just told (not to the destroyed one) are how many of each
    type came. Sets them on the told claim (in place of its headline's); says whether it did."""
    if told.launched is None or m.destroy_verbs or m.launch_verbs or len(m.counts) < 2 \
            or not _patterns(lex)["of_these_lead"].match(text):
        return False
    starts = [w.start for w in m.weapons]
    split: list[tuple[Count, object]] = []
    for c in m.counts:
        weapon = c.weapon
        if weapon is None:  # "30 — ракети"
            k = bisect_left(starts, c.end)
            weapon = m.weapons[k] if k < len(starts) and _DASH.fullmatch(text, c.end, starts[k]) else None
        if weapon is None or weapon.type == "unknown":
            return False
        split.append((c, weapon))
    if sum(c.number.value for c, _ in split) != told.launched or told.launched == told.destroyed:
        return False
    told.weapons = [w for w in told.weapons if not w.from_title]
    for c, w in split:
        _weapon(told, w.type, w.model, "launched", c.number.value,
                (m.sentence.start + c.number.start, m.sentence.start + c.end), generic=w.model is None)
    return True

