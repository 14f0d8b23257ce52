"""Which number a verb counts: destroyed or launched, a total or one of its parts, the
weapon a bare number counts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from types import ModuleType

from raidlog.extract import breakdown
from raidlog.extract.attribute.cues import (
    _incident_kinds,
    _patterns,
    of_them_destroyed,
    searched,
)
from raidlog.extract.attribute.drafts import ClaimDraft
from raidlog.extract.mentions import Mentions
from raidlog.extract.weapons import (
    NOT_IN_TOTALS,
    Count,
    WeaponWord,
    of_them_after,
    of_them_before,
    of_them_end,
    opens_with_whole,
)

_LIST_OPENS = re.compile(r"\s*(?:[^\W\d_][\w«»\"'’-]*\s+){0,3}?[:–—-]\s")


def _verb_for(count: Count, m: Mentions, text: str, lex: ModuleType) -> str:
    """"destroyed 22 drones" / "22 drones were destroyed" / "launched 120 drones"."""
    # (the lost verbs, numbers and destroy verbs in text order: those from the count's end found by bisection,
    # not by a scan of each list for each count)
    k = bisect_left(m.lost_verbs, count.end, key=lambda v: v[0])
    n = bisect_left(m.numbers, count.end, key=lambda x: x.start)
    next_number = m.numbers[n].start if n < len(m.numbers) else len(text)
    d = bisect_left(m.destroy_verbs, count.end, key=lambda v: v[0])
    next_destroy = m.destroy_verbs[d][0] if d < len(m.destroy_verbs) else len(text)
    for v in m.lost_verbs[k:]:
        if v[0] - count.end > 40:
            break
        if next_number >= v[0] and next_destroy >= v[0]  \
                and not _patterns(lex)["remainder"].search(text, count.end, v[0]) \
                and not _number_right_after(v[1], m, text):  # "збито 52 БпЛА, локаційно втрачено 11": the 11 are
            return "lost"  # (no number, nor "24 were shot down and the rest lost", nor "Збито 30, решта …" between)
    if _lost_right_before(count.number.start, m, text):
        return "lost"  # ("локаційно втрачено 11", the lost verb right before its count)
    if count.weapon is None and not m.destroy_verbs and not m.launch_verbs and _LIST_OPENS.match(text, count.end):
        return "destroyed"  # "За последние три часа — пять: три над Курской, …": a list's total, told without a verb
    if _patterns(lex)["percent_of"].search(text, max(0, count.number.start - 40), count.number.start):
        # ("Половина из 12 беспилотников, сбитых над …, упала на поля": the whole told downed)
        if _patterns(lex)["share_whole_downed"].match(text, count.number.end):
            return "destroyed"
        return "launched"  # "shot down 98% of the 120 drones launched": the 120 came, a share was downed
    inner = _patterns(lex)["whole_first_inner"].search(text, max(0, count.number.start - 40), count.number.start)
    whole_first = opens_with_whole(text, count.number.start, lex) or (
        inner and any(a >= count.end for a, _ in m.destroy_verbs))
    if (whole_first or inner) and _destroyed_participle(count, m, text):
        return "destroyed"  # "Из 40 сбитых беспилотников 12 …", "of the 40 drones downed, 12 …": a destroyed whole
    if whole_first:
        return "launched"  # "Of the 132 drones, 88 were downed", "З 17 дронів 14 знищено": the whole that came
    repelled = _patterns(lex)["repelled_before"].search(text, max(0, count.number.start - 80), count.number.start)
    if repelled and _repelled_whole(count, m, text, lex, repelled=True):
        return "launched"  # "repelled an attack by 33 drones, destroying 25 of them": 33 came
    if repelled:
        # "repelled an attack involving eight drones": the attack's drones, downed (its "attack involving" is
        # no launch of its own)
        return "destroyed"
    if count.weapon is not None and m.destroy_verbs and (
            _patterns(lex)["flew_before"].search(text, max(0, count.number.start - 30), count.number.start)
            or _patterns(lex)["flew_after"].match(text, count.end)) \
            and all(a >= count.end for a, _ in m.destroy_verbs) and any(n.start >= count.end for n in m.numbers):
        return "launched"  # "В бік Одеси летіло 14 дронів, 11 збито": the flight's count came, another's were downed
    if _whole_before_part(count, m, text, lex):
        return "launched"  # "об атаке 136 беспилотников на область, 57 из них удалось уничтожить"
    if of_them_before(text, count.number.start, lex, 20):
        # "fired six missiles and 45 drones, of which five missiles and 38 drones were intercepted": the
        # parts take the verb after them, whatever the whole came with
        after = min((v for v in m.launch_verbs + m.destroy_verbs if v[0] >= count.end), default=None)
        if after is not None and after in m.destroy_verbs and not re.search(r"[.;:!?]", text[count.end : after[0]]):
            return "destroyed"
    bare = _patterns(lex)["destroyed_bare"].match(text, count.end)
    if (bare and not _count_right_after(bare.end(), m, text)) \
            or ((count.weapon is None or _patterns(lex)["with_count_before"].search(
                text, max(0, count.number.start - 20), count.number.start))
                and _patterns(lex)["bare_participle"].match(text, count.end)) \
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
    if count.weapon is not None and not any(v[1] <= start for v in (*m.destroy_verbs, *m.launch_verbs)):
        # "the air force counted 40 drones launched, with 33 downed": a launch participle right after the
        # count's weapons, no verb before it, and each destroy verb after it another count's (not "18 drones
        # launched from Kursk were shot down": theirs)
        k = bisect_left(m.launch_verbs, end, key=lambda v: v[0])
        if k < len(m.launch_verbs) and not text[end : m.launch_verbs[k][0]].strip() \
                and all(any(end <= n.start < a for n in m.numbers) for a, _ in m.destroy_verbs if a >= end):
            return "launched"
    tail = _list_tail(count, m, text, lex)
    for kind, verbs in (("destroyed", m.destroy_verbs), ("launched", m.launch_verbs)):
        k = bisect_right(verbs, start, key=lambda v: v[1])  # verbs[:k] end by the count's start
        if kind == "launched" and k and m.destroy_verbs and _participle_of_count_before(verbs[k - 1], m, text):
            k -= 1  # "downed 8 missiles fired from the Caspian Sea, 20 Shahed drones and …": the
            # missiles' own participle, not the verb of the counts after them
        if k and start - verbs[k - 1][1] < dist:
            best, dist = kind, start - verbs[k - 1][1]
        for a, b in verbs[bisect_left(verbs, end, lo=k, key=lambda v: v[0]):]:
            if a - end >= dist:
                break
            if _count_right_after(b, m, text):
                break  # ("После атаки 40 беспилотников сбиты 35": that verb counts the count right after it)
            if _passive_gap(lex).fullmatch(text[end:a]) or (a >= tail > end and _passive_gap(lex).fullmatch(text[tail:a])):
                best, dist = kind, a - end  # ("63 drones and 3 missiles had been launched": the list's verb)
                break
    # (a clause with no verb of its own takes the one it leaves out: "…, а губернатор Белгородской – о трёх")
    if best is None and m.gapped is None and m.destroy_verbs and _partly_downed(count, m, text, lex):
        return "launched"  # ("a raid by at least 15 drones, some were shot down": the 15 came, a part was downed)
    return best or m.gapped or ("destroyed" if m.destroy_verbs else "launched")


def _partly_downed(count: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """Every destroy verb of the sentence comes after ``count`` with no number between, and counts an
    uncounted part next to it in its clause ("…, часть сбила ПВО", "some of them were shot down",
    "збили частину з них"): the count is the whole that came, no count of the downed."""
    pats = _patterns(lex)
    return all(a >= count.end and not any(count.end <= n.start < b + 40 for n in m.numbers)
               and (pats["part_before_verb"].search(text, max(count.end, a - 50), a) is not None
                    or pats["part_after_verb"].match(text, b) is not None)
               for a, b in m.destroy_verbs)


# what a sentence tells besides its counts that makes them no count of an attack's weapons: what they did
# or what became of them
_NOT_ATTACK_KINDS = frozenset(("debris", "damage", "hit", "fire", "casualties"))


def _default_launched(totals: list[Count], m: Mentions, text: str, lex: ModuleType) -> bool:
    """The role of counts of weapons that no verb gives one: "four drones crossed the region's airspace",
    "the enemy attacked the town with three drones", "a raid by at least 15 drones", "a record number of
    drones, namely 120" tell how many the attack used, whatever verb or noun tells it: launched, as
    :func:`_verb_for` reads a count with no verb of launch or downing in its sentence. Only where the
    sentence has neither, nor a verb of the lost nor the gapped verb of the clause before; where every
    total counts a weapon of a known kind; and where the sentence tells nothing else they may count
    (``lex.NOT_ATTACK_COUNT``: what became of some of them, a stock, an output, a delivery or a price, a
    typical or a possible size), nor debris, damage, a hit, a fire or casualties."""
    if not totals or m.destroy_verbs or m.launch_verbs or m.lost_verbs or m.gapped is not None \
            or any(c.weapon is None or c.weapon.type == "unknown" for c in totals) \
            or all(c.weapon.type in NOT_IN_TOTALS for c in totals):
        return False
    if _NOT_ATTACK_KINDS.intersection(_incident_kinds(m, lex)) or searched("not_attack_count", m, text, lex):
        return False
    if searched("other_window_count", m, text, lex) and not _measured_attack(m, text, lex):
        return False  # ("the previous record … 611 drones"; not "the biggest attack this year, 479 drones")
    # ("Among them were about 30 decoys", "About 40 of the drones were Shaheds": a part of those just counted)
    first = min(c.number.start for c in totals)
    if (x := searched("part_of_told_before", m, text, lex)) is not None and x.start() < first:
        return False
    after = _patterns(lex)["part_of_told_after"]
    if any(after.match(text, c.number.end) for c in totals):
        return False
    return all(_verb_for(c, m, text, lex) == "launched" for c in totals)


def _measured_attack(m: Mentions, text: str, lex: ModuleType) -> bool:
    """The sentence measures the attack against another window with a superlative ("the biggest attack this
    year", "наймасованіша атака від початку війни"): its window words or scope tell the comparison, its counts
    are the attack's own (``lex.ATTACK_SUPERLATIVE``)."""
    return searched("attack_superlative", m, text, lex) is not None


# how many lines of a list a verbless count may stand below its heading ("…:" line) and still be read by it
_HEADING_REACH = 12
_HEADING_END = re.compile(r":\s*(?:\n|$)")


def _heading_not_attack(mentions: list[Mentions], at: int, lex: ModuleType) -> bool:
    """The count's sentence is a line of a list whose heading (the sentence before the list's lines, in the
    same paragraph, ending with a colon) tells another thing the lines count (``lex.NOT_ATTACK_COUNT``:
    "the enemy's total losses since 24.02.22 amount to:\n tanks – 9,870\n cruise missiles – 3,117"): a
    line counts what its heading says, not the attack's weapons. At most _HEADING_REACH lines are walked
    back; a line with a verb of launch or downing ends the walk."""
    s = mentions[at].sentence
    for b in reversed(mentions[max(0, at - _HEADING_REACH) : at]):
        h = b.sentence
        heading = _HEADING_END.search(h.text)
        if h.is_title or h.paragraph != s.paragraph and heading is None:
            return False
        if heading is not None:  # (the heading and the list's first line may be one sentence)
            return searched("not_attack_count", b, h.text[: heading.start()], lex) is not None
        if b.destroy_verbs or b.launch_verbs:
            return False
    return False


# how many counts a list that shares the verb after it may have (a bound: the walk is no scan of the sentence)
_LIST_REACH = 8


def _list_tail(count: Count, m: Mentions, text: str, lex: ModuleType) -> int:
    """Where the list of weapon counts that ``count`` opens ends ("63 drones, 2 Kh-59 and 3 Iskander-M
    missiles were launched": the verb after the last one is each one's); ``count.end`` when no other
    count of a weapon follows it joined by a comma or "and" (at most _LIST_REACH of them are walked; the
    count's place by bisection)."""
    if count.weapon is None:
        return count.end
    k = bisect_right(m.counts, count.number.start, key=lambda c: c.number.start)
    tail, join = count.end, _patterns(lex)["list_join"]
    for nxt in m.counts[k : k + _LIST_REACH]:
        if nxt.weapon is None or nxt.number.start < tail or not join.fullmatch(text, tail, nxt.number.start):
            break
        tail = nxt.end
    return tail


def _lost_right_before(at: int, m: Mentions, text: str) -> bool:
    """A lost verb ends right before ``at``, nothing but spaces between ("локаційно втрачено 11"; by bisection)."""
    k = bisect_right(m.lost_verbs, at, key=lambda v: v[1])
    return bool(k) and not text[m.lost_verbs[k - 1][1] : at].strip()


def _count_right_after(at: int, m: Mentions, text: str) -> bool:
    """A count of the sentence follows ``at`` with nothing but spaces between ("сбиты 35": the verb is that
    count's, not the one before it; by bisection)."""
    k = bisect_left(m.counts, at, key=lambda c: c.number.start)
    return k < len(m.counts) and not text[at : m.counts[k].number.start].strip()


def _number_right_after(at: int, m: Mentions, text: str) -> bool:
    """A number of the sentence follows ``at`` with nothing but spaces between (found by bisection)."""
    k = bisect_left(m.numbers, at, key=lambda n: n.start)
    return k < len(m.numbers) and not text[at : m.numbers[k].start].strip()


_PARTICIPLE_GAP = re.compile(r"\s*(?:,\s*)?")


def _destroyed_participle(count: Count, m: Mentions, text: str) -> bool:
    """The whole a part is taken of is itself told as downed: a destroy participle inside its weapon
    phrase ("из 40 сбитых беспилотников", "з 40 збитих дронів") or right after it, its clause closed
    by a comma before the part ("of the 40 drones downed, 12 …"); not the part's own verb ("Из 40
    беспилотников сбиты 30", "з 214 засобів збито і подавлено 196"). The verbs are in text order:
    the first that ends after the number, by bisection."""
    k = bisect_right(m.destroy_verbs, count.number.end, key=lambda v: v[1])
    if k == len(m.destroy_verbs):
        return False
    a, b = m.destroy_verbs[k]
    if a >= count.number.end and b <= count.end:
        return True
    if a < count.end or not _PARTICIPLE_GAP.fullmatch(text, count.end, a):
        return False
    j = bisect_left(m.numbers, b, key=lambda n: n.start)
    return j < len(m.numbers) and "," in text[b : m.numbers[j].start]


def _participle_of_count_before(verb: tuple[int, int], m: Mentions, text: str) -> bool:
    """The launch verb stands right after a count's weapon phrase ("10 missiles fired from …"),
    after a verb of downing: it says which ones were downed (found by bisection); so does one inside a
    downed count's weapon phrase ("shot down 41 of 60 launched missiles, as well as four drones": the
    whole's participle, not the verb of the counts after it)."""
    j = bisect_right(m.counts, verb[0], key=lambda c: c.end) - 1
    if j + 1 < len(m.counts) and (c := m.counts[j + 1]).weapon is not None and c.of_total is not None \
            and c.number.end <= verb[0] and verb[1] <= c.end \
            and any(a < c.number.start for a, _ in m.destroy_verbs[:1]):
        return True
    return j >= 0 and m.counts[j].weapon is not None and not text[m.counts[j].end : verb[0]].strip() \
        and any(a < m.counts[j].number.start for a, _ in m.destroy_verbs[:1])


def _subject_then_all_destroyed(count: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"three drones attacked a depot in the region; they were downed": the count is the
    subject of the launch verb right after it, and every one of them is destroyed later in the sentence,
    or the next count is told destroyed ("88 drones took part in the attack and 70 were destroyed", "60
    drones were involved; 45 were shot down": a part of them); no destroy verb before it ("shot down all
    14 drones fired overnight" counts the destroyed). The launch verb and the next count are found by
    bisection."""
    tail = _list_tail(count, m, text, lex)  # ("47 drones and 5 missiles launched overnight, of which 40 …")
    k = bisect_left(m.launch_verbs, tail, key=lambda v: v[0])
    if k == len(m.launch_verbs) or text[tail : m.launch_verbs[k][0]].strip() \
            or any(a < count.number.start for a, _ in m.destroy_verbs[:1]):
        return False
    if (x := searched("all_destroyed", m, text, lex, tail)) is not None and not (
            x.groupdict().get("them") and _patterns(lex)["thing_word"].search(text, tail, x.start())):
        return True  # (not "… attacked two depots and destroyed them": the depots')
    j = bisect_left(m.counts, m.launch_verbs[k][1], key=lambda c: c.number.start)
    nxt = m.counts[j] if j < len(m.counts) else None
    return nxt is not None and nxt.of_total is None \
        and not any(m.launch_verbs[k][1] <= a < nxt.number.start for a, _ in m.launch_verbs[k + 1 : k + 2]) \
        and bool(_patterns(lex)["destroyed_bare"].match(text, nxt.end) or _verb_right_before(nxt.number.start, m, text, _patterns(lex)))


def _repelled_whole(count: Count, m: Mentions, text: str, lex: ModuleType, repelled: bool = False) -> bool:
    """"repelled an attack by 33 drones, destroying 25 of them", "отразили атаку 33 дронов, 25 из них
    уничтожены": the count of a repelled attack is a downing ("отражена атака 12 БПЛА"), unless the next
    count is a part "of them" (the next count by bisection)."""
    pats = _patterns(lex)
    if not repelled and not pats["repelled_before"].search(text, max(0, count.number.start - 80), count.number.start):
        return False
    j = bisect_right(m.counts, count.number.start, key=lambda c: c.number.start)
    return j < len(m.counts) and m.counts[j].of_total is None and of_them_after(text, m.counts[j].end, lex)


_PART_AFTER = re.compile(r"[^.;:!?\d]{0,80}[,:]\s*")


def _whole_before_part(count: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"об атаке 136 беспилотников ВСУ на область, 57 из них удалось уничтожить", "в воздух подняли
    семь беспилотников, пять из которых были сбиты", "Всего 40 беспилотников, из них 25 сбиты": the count the next clause takes a destroyed part
    of is the whole that came, though no launch verb says so (not where it was itself destroyed: "сбиты 30
    беспилотников, 20 из них уничтожены над Курской областью" tells where a part was)."""
    if any(a < count.number.start for a, _ in m.destroy_verbs) or _destroyed_participle(count, m, text):
        return False  # (nor "о 12 перехваченных беспилотниках: восемь из них над …", the whole downed)
    part = next((n for n in m.numbers if n.start >= count.end), None)
    if part is None:
        return False
    # ("57 из них удалось уничтожить"; or "of them" before the part: "Всего 40 беспилотников, из них 25
    # сбиты", "In total 40 drones, of which 25 were shot down")
    pats = _patterns(lex)
    return (bool(_PART_AFTER.fullmatch(text, count.end, part.start)) and of_them_destroyed(text, part.end, lex)) \
        or bool(pats["whole_then_of_them"].fullmatch(text, count.end, part.start)
                and pats["destroyed_bare"].match(text, part.end))


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


def _more_of_weapon_before(c: Count, m: Mentions, text: str, lex: ModuleType) -> WeaponWord | None:
    """"Two drones hit a warehouse; one more was shot down": a bare count "more", its destroy verb
    right after it, counts more of the weapon the count before it named (the count before by
    bisection; the verb the first at or after the count)."""
    if c.weapon is not None:
        return None
    more = _patterns(lex)["more_after"].match(text, c.end)
    k = bisect_left(m.counts, c.number.start, key=lambda o: o.number.start)
    if more is None or not k or m.counts[k - 1].weapon is None \
            or m.counts[k - 1].weapon.type in ("unknown", *NOT_IN_TOTALS):
        return None
    j = bisect_left(m.destroy_verbs, more.end(), key=lambda v: v[0])
    if j == len(m.destroy_verbs) or not _WORDS_THEN_VERB.fullmatch(text, more.end(), m.destroy_verbs[j][0]):
        return None
    return m.counts[k - 1].weapon


def _more_of_told_weapon(m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None) -> list[Count]:
    """"Днем были сбиты еще шесть", "Вдень було збито ще шість", "Six more were shot down during the
    day": in a sentence that names no weapon, a bare count "more" (MORE_BEFORE right before it, or
    MORE_AFTER right after), at its clause's end or right before its destroy verb (MORE_TO_VERB: auxiliaries
    between, never a noun), counts more of the
    one weapon the claim told before counted: the sentence's counts, those given that weapon (written
    where the count ends), or [] when there is none such."""
    if m.weapons or not m.destroy_verbs or told is None or not m.counts:
        return []
    kinds = {(w.type, w.model) for w in told.weapons if w.type not in ("unknown", *NOT_IN_TOTALS)}
    if len(kinds) != 1 or not told.counts("destroyed"):
        return []
    kind, model = kinds.pop()
    pats, out, found = _patterns(lex), [], False
    for c in m.counts:
        after = pats["more_after"].match(text, c.end)
        more = after is not None or pats["more_before"].search(text, max(0, c.number.start - 20), c.number.start)
        at = after.end() if after is not None else c.end
        j = bisect_left(m.destroy_verbs, at, key=lambda v: v[0])
        if c.weapon is None and more and (_CLAUSE_END.match(text, at) or (
                j < len(m.destroy_verbs) and pats["more_to_verb"].fullmatch(text, at, m.destroy_verbs[j][0]))):
            out.append(Count(c.number, WeaponWord(c.end, c.end, kind, model), c.end, c.of_total))
            found = True
        else:
            out.append(c)
    return out if found else []


_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?]|$)")


def _weapon_of_number(c: Count, m: Mentions, text: str, lex: ModuleType) -> WeaponWord | None:
    """The weapon a running tally names before its figure ("the number of drones shot down … had risen
    to 11", lexicon DESTROYED_COUNT_BEFORE)."""
    x = _patterns(lex)["destroyed_count"].search(text, max(0, c.number.start - 120), c.number.start)
    if x is None:
        return None
    return next((w for w in m.weapons if x.start() <= w.start < x.end() and w.type not in ("unknown", *NOT_IN_TOTALS)),
                None)


def _weapon_of_them(c: Count, m: Mentions, text: str, lex: ModuleType, told: ClaimDraft | None,
                    before: Mentions | None) -> WeaponWord | None:
    """"Львівщину атакували 14 безпілотниками. 8 з них збили", in a claim that counts the same attack's
    15 missiles too: a bare count "of them" destroyed is a part of the one weapon the sentence before
    told launched (each weapon keeps its own destroyed count; the claim's total is their sum), not a
    count of the whole attack."""
    if told is None or before is None or c.weapon is not None or c.of_total is not None or not told.evidence \
            or told.evidence[-1][0] != before.sentence.start \
            or not of_them_after(text, c.end, lex) or _verb_for(c, m, text, lex) != "destroyed":
        return None
    if len({w.type for w in told.weapons if w.type not in ("unknown", *NOT_IN_TOTALS) and w.launched is not None}) < 2:
        return None
    said = before.sentence.text
    types = {x.weapon.type if x.weapon else None for x in before.counts}
    if len(types) != 1 or None in types or any(_verb_for(x, before, said, lex) != "launched" for x in before.counts):
        return None
    same = [w for w in told.weapons if w.type in types]
    if len(same) != 1 or same[0].launched is None or same[0].destroyed is not None or c.number.value > same[0].launched:
        return None
    return WeaponWord(c.number.start, c.number.start, same[0].type, same[0].model)


def _weapon_of_them_named(c: Count, m: Mentions, text: str, lex: ModuleType, before: Mentions | None) -> WeaponWord | None:
    """"Увечері противник атакував регіон ударними дронами. Сили ППО знешкодили 21 з них": a bare count "of them"
    destroyed, after a sentence of its paragraph that named one kind of weapon with no count, counts that
    weapon (the count names no weapon of its own)."""
    if before is None or c.weapon is not None or c.of_total is not None or before.counts \
            or before.sentence.paragraph != m.sentence.paragraph \
            or not of_them_after(text, c.end, lex) or _verb_for(c, m, text, lex) != "destroyed":
        return None
    named = [w for w in before.weapons if w.type not in ("unknown", *NOT_IN_TOTALS)]
    if len({w.type for w in named}) != 1:
        return None
    models = {w.model for w in named}
    return WeaponWord(c.number.start, c.number.start, named[0].type, models.pop() if len(models) == 1 else None)


def _denied(c: Count, m: Mentions) -> bool:
    """"Усі ракети збиті, а два безпілотники не вдалося вразити", "failed to shoot down two
    missiles": the verb nearest the count is one the sentence denies."""
    def distances(spans: list[tuple[int, int]]) -> list[int]:
        # (each list one pattern's matches, in text order and not overlapping: the last that ends before
        # the count and the first that starts after it are the nearest, found by bisection, not by a
        # scan of them all for each count)
        k = bisect_right(spans, c.number.start, key=lambda v: v[1])
        j = bisect_left(spans, (c.end,))
        return ([c.number.start - spans[k - 1][1]] if k else []) + ([spans[j][0] - c.end] if j < len(spans) else [])

    return bool(m.not_destroyed) and min(distances(m.not_destroyed), default=10**6) \
        < min(distances(m.destroy_verbs) + distances(m.launch_verbs), default=10**6)


def _fell_then_verb(start: int, end: int, m: Mentions, text: str, lex: ModuleType) -> bool:
    """"Ще один дрон, який упав у садку і не вибухнув, знешкодили сапери": the weapon (``start``:``end``)
    a relative clause tells fell, with the verb after it, was defused where it lay, not downed (not "ППО
    збила ракету, яка впала в полі": downed, then fell; nor "випустив 5 ракет, які влучили …": launched)."""
    return _patterns(lex)["fell_relative_after"].match(text, end) is not None \
        and not any(b <= start for _, b in (*m.destroy_verbs, *m.launch_verbs)) \
        and any(a >= end for a, _ in m.destroy_verbs)


def _is_total(c: Count, m: Mentions, text: str, lex: ModuleType, among: bool | None = None) -> bool:
    """Whether ``c`` is a count of the claim itself (downed or launched), not an item's, a part's nor a hit's.
    ``among``: ``_among_downed`` of ``c`` if the caller has asked it already (None: asked here)."""
    pats = _patterns(lex)
    if _denied(c, m):
        return False
    if _got_through(c, m, text, lex):
        return False
    if _of_other_whole(c, m, text, lex):
        return False  # "damaged 9 houses: four of them were destroyed", "produces 2,700 drones a month"
    if _among_downed(c, text, lex) if among is None else among:
        return False
    if pats["subset_before"].search(text, max(0, c.number.start - 30), c.number.start):
        k = bisect_left(m.counts, c.number.start, key=lambda o: o.number.start)  # (counts in text order)
        before = m.counts[k - 1] if k else None
        if before is not None and before.end <= c.number.start \
                and _verb_for(before, m, text, lex) == _verb_for(c, m, text, lex):
            return False  # "знешкодила 50, серед них 20 «шахедів»": a part of the count told, not a total
    if c.weapon is not None:
        # ("збито 5 дронів …, ще один дрон впав у полі": the one that fell is no count of the downed)
        return not (pats["fell_after"].match(text, c.end) or _fell_then_verb(c.number.start, c.end, m, text, lex))
    if pats["them_fell_after"].match(text, c.end):
        return False  # ("They were downed over the Kherson region, but one of them hit a substation": it got through)
    if pats["other_counted"].match(text, c.end):
        return False  # "used drones to destroy 15 Russian air defence systems": not weapons
    if pats["them_persons_after"].match(text, c.end):
        return False  # "injured seven people, two of them children": victims, not weapons
    if not m.weapons and any(k in ("damage", "hit", "fire") for k in _incident_kinds(m, lex)) \
            and not ((d := pats["destroyed_bare"].match(text, c.end)) and pats["other_hit_after"].match(text, d.end())):
        # "buildings were damaged, and an entrance in one of them was destroyed" (not a count with its own destroy
        # verb, the hit the other one's: "Одну вдалося знищити, інша – влучила …", "одну сбили, другая попала …")
        return False
    if pats["of_them_towards"].match(text, c.end):
        return False
    # ("знешкодила 50, серед них 20 «шахедів»": the count that has parts is the total; "запустив 103
    # ударні БпЛА, збито 85": a bare count right after its verb, of the weapons counted before it)
    return bool(pats["destroyed_bare"].match(text, c.end) or of_them_after(text, c.end, lex)
                or pats["bare_participle"].match(text, c.end)
                or (m.destroy_verbs and pats["units_then_part"].match(text, c.end))
                or (m.destroy_verbs and pats["parts_after"].match(text, c.end))
                or (_verb_right_before(c.number.start, m, text, pats) and _weapons_counted_before(c, m))
                or _weapon_of_their_number(c, m, text, lex) is not None
                or _weapon_named_before(c, m, text, lex) is not None
                or _weapon_then_verb(c, m, text) is not None
                or _more_of_weapon_before(c, m, text, lex) is not None
                or _launch_noun_after(c, m, text)
                or (c.weapon is None and _lost_right_before(c.number.start, m, text))
                or m.gapped is not None  # ("…, а губернатор Белгородской – о трёх": the verb left out is the one before)
                # ("Крилатих ракет збити вдалося менше – 6 із 25": a bare part of a bare whole where weapons are downed)
                or (c.of_total is not None and bool(m.destroy_verbs))
                or pats["destroyed_count"].search(text, max(0, c.number.start - 120), c.number.start))


def _among_downed(c: Count, text: str, lex: ModuleType) -> bool:
    """Some of the downed weapons, named after the downed ones they are among, whose count is told elsewhere or
    not at all ("Серед збитих ракет – два «Кинджали»", "Among the missiles shot down were three Kinzhals"): no
    count of the downed. Or told among the weapons of the attack after it ("eight Kinzhals were among the
    projectiles used"): some of them, no count of the launched either."""
    pats = _patterns(lex)
    return bool(pats["among_downed_before"].search(text, max(0, c.number.start - 60), c.number.start)
                or pats["among_after"].match(text, c.end))


def _got_through(c: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """A count of the weapons that hit, not of those downed nor, alone, of those that came: the hits'
    noun right before it ("влучання ракет та 7 ударних БпЛА на 5 локаціях"), or the verb right after
    it ("two missiles and 12 drones hit seven locations", "два БПЛА прорвалися", "три ракети влучили в
    об'єкт"; not "shot down 30 drones, and 3 missiles hit their targets", the object of its own verb;
    nor "Two drones that escaped the first line were shot down", downed after the relative clause; nor
    "None of the 12 drones reached its target", all of them downed)."""
    pats = _patterns(lex)
    if pats["hit_count"].search(text, max(0, c.number.start - 50), c.number.start):
        return True
    if c.weapon is None and (of := of_them_end(text, c.end, lex)) is not None:
        # ("Большинство сбили, однако пять из них таки нанесли удары": the part of them that hit, not downed)
        return pats["hit_after"].match(text, of) is not None
    return c.weapon is not None and (hit := pats["hit_after"].match(
        text, c.end if _verb_right_before(c.number.start, m, text, pats) else _list_tail(c, m, text, lex))) is not None \
        and not (hit.group("rel") and m.destroy_verbs and m.destroy_verbs[-1][0] >= hit.end()) \
        and not pats["none_of_before"].search(text, max(0, c.number.start - 30), c.number.start)


def _of_other_whole(c: Count, m: Mentions, text: str, lex: ModuleType) -> bool:
    """A count of a stock or an output ("produces 2,700 drones a month", "the frigate carries 16
    missiles"), or a part "of them" of such a count or of one of other things right before it ("damaged
    9 houses: four of them were destroyed", "11 бомбардировщиков: 4 из них выпустили ракеты"): no count
    of the weapons downed or launched (the whole is the count before the part, found by bisection)."""
    pats = _patterns(lex)
    if _stock_count(c, m, text, pats):
        return True
    if c.weapon is not None or not of_them_after(text, c.end, lex):
        return False
    k = bisect_left(m.counts, c.number.start, key=lambda o: o.number.start)  # (counts in text order)
    whole = m.counts[k - 1] if k else None
    return whole is not None and (
        (whole.weapon is None and pats["other_counted"].match(text, whole.end) is not None
         # (not carriers the weapons counted before were launched from: "40 missiles from 10 Tu-95
         # bombers; 32 of them were shot down" are 32 of the missiles)
         and not (k >= 2 and m.counts[k - 2].weapon is not None
                  and pats["carriers_from"].search(text, max(0, whole.number.start - 20), whole.number.start)))
        or _stock_count(whole, m, text, pats))


_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")


def _stock_count(c: Count, m: Mentions, text: str, pats: dict) -> bool:
    """A count told with a stock's or an output's verb right before it ("the frigate carries 16 missiles"),
    unless it is the load of carriers counted after a launch verb of its clause ("Russia launched 10 Tu-95
    bombers carrying 40 cruise missiles", "запустив 11 Ту-95МС, що несуть 40 ракет"): the weapons launched
    (the launch verb nearest before, and the counts between, found by bisection)."""
    stock = pats["stock_before"].search(text, max(0, c.number.start - 40), c.number.start)
    if stock is None:
        return False
    k = bisect_right(m.launch_verbs, stock.start(), key=lambda v: v[1])
    if not k or stock.start() - m.launch_verbs[k - 1][1] > 80 \
            or _CLAUSE_BREAK.search(text, m.launch_verbs[k - 1][1], stock.start()):
        return True
    j = bisect_left(m.counts, m.launch_verbs[k - 1][1], key=lambda o: o.number.start)
    carriers = m.counts[j] if j < len(m.counts) else None
    return not (carriers is not None and carriers.weapon is None and carriers.end <= stock.start())


def _launch_noun_after(c: Count, m: Mentions, text: str) -> bool:
    """"A total of 20 launches were recorded": the count of the launches its noun names, right after
    it (the launch verbs are in text order: the first at or after the count, by bisection)."""
    k = bisect_left(m.launch_verbs, c.end, key=lambda v: v[0])
    return k < len(m.launch_verbs) and not text[c.end : m.launch_verbs[k][0]].strip()


# How far before a number a destroy verb told right before it may start ("of them, shot down 51")
_VERB_REACH = 200


def _verb_right_before(at: int, m: Mentions, text: str, pats: dict) -> bool:
    """A destroy verb of the sentence stands right before the number at ``at`` ("збито 85"): only
    the verbs starting within _VERB_REACH characters before it are tried (each verb of a long list
    tried for each of its counts was square in its length)."""
    verbs = m.destroy_verbs  # in text order, without overlaps
    lo, hi = bisect_left(verbs, (at - _VERB_REACH, -1)), bisect_left(verbs, (at, -1))
    return any(pats["verb_then_number"].fullmatch(text, a, at) for a, _ in verbs[lo:hi])


# a count that ends its clause ("…, збито 9, повідомили …")
_CLAUSE_ENDS = re.compile(r"\s*(?:[,;.!?]|$)")


def _weapon_named_before(c: Count, m: Mentions, text: str, lex: ModuleType, placed: bool = False) -> WeaponWord | None:
    """"Дрони летіли з Курщини, збито 9": a bare count right after its destroy verb, ending its
    clause, in a sentence that named one kind of weapon before it and counted none: those weapons.
    With ``placed``, the count's place may follow it instead ("the town was hit by drones, with air
    defences downing four over it": the place's count, of the weapons named)."""
    if c.weapon is not None or m.first_weapon_count_end is not None \
            or not _verb_right_before(c.number.start, m, text, _patterns(lex)):
        return None
    if _CLAUSE_ENDS.match(text, c.end) is None and not (placed and _patterns(lex)["over_after"].match(text, c.end)):
        return None
    named = [w for w in m.weapons[:8] if w.end <= c.number.start]  # (the first few: one kind is all it asks)
    if not named or len({w.type for w in named}) != 1 or named[0].type in ("unknown", *NOT_IN_TOTALS):
        return None
    k = bisect_left(m.numbers, c.end, key=lambda n: n.start)  # the next number (by bisection: no scan per count)
    if k < len(m.numbers) and _patterns(lex)["other_counted"].match(text, m.numbers[k].end):
        return None  # "уламками знищено 2, пошкоджено ще 5 приватних будинків": houses, the noun said once
    return named[0]


def _weapon_of_their_number(c: Count, m: Mentions, text: str, lex: ModuleType) -> WeaponWord | None:
    """"противник застосовував дрони кількох типів, їх було понад 30": a bare count after "their number was",
    in a sentence that told a launch (the verb before it) of one kind of weapon, named with no count between
    the verb and the count: the number of those weapons. In a list of such clauses ("ракетами, яких було 12, і
    дронами, яких було 30"), each count is of the weapon named since the count before it."""
    if c.weapon is not None or not m.launch_verbs or not _patterns(lex)["their_number_before"].search(
            text, max(0, c.number.start - 50), c.number.start):
        return None
    verb = next((v for v in reversed(m.launch_verbs) if v[1] <= c.number.start), None)
    if verb is None:
        return None
    between = [n for n in m.numbers if verb[1] <= n.start < c.number.start]
    since = between[-1].end if between else verb[0] - 60
    named = [w for w in m.weapons if since <= w.start and w.end <= c.number.start]
    if not named or len({w.type for w in named}) != 1 or named[0].type in ("unknown", *NOT_IN_TOTALS):
        return None
    models = {w.model for w in named}
    return WeaponWord(c.number.start, c.number.start, named[0].type, models.pop() if len(models) == 1 else None)


def _weapons_counted_before(c: Count, m: Mentions) -> bool:
    """A count of a weapon ends before ``c``'s number (found once per sentence, not per count)."""
    end = m.first_weapon_count_end
    return end is not None and end <= c.number.start


def _total_values(totals: list[Count], m: Mentions, lex: ModuleType) -> dict[str, int]:
    """The claim-level counts a sentence states (as ``_fill_totals`` would set them)."""
    values: dict[str, int] = {}
    slots = [(c, _verb_for(c, m, m.sentence.text, lex)) for c in totals]
    # (the kinds counted per slot: "атакували 40 безпілотниками типу «Шахед», знищено 29 дронів" states the
    # destroyed total, the one model launched being no other kind of the destroyed)
    kinds: dict[str | None, set] = {}
    for c, slot in slots:
        if c.weapon:
            kinds.setdefault(slot, set()).add((c.weapon.type, c.weapon.model))
    text = m.sentence.text
    for c, slot in slots:
        if c.weapon is None and any(p.number.start < c.number.start and p.number.value > c.number.value and s == slot
                                    for p, s in slots) \
                and (of_them_before(text, c.number.start, lex) or of_them_after(text, c.end, lex)):
            # "атакував 45 ударними БпЛА типу Shahed, близько 30 із них – шахеди": a bare part "of them" in the
            # slot of a larger count before it is a kind among them, not the sentence's total (it read 30 launched,
            # fewer than the 31 downed told before, and so a claim of its own)
            continue
        if c.weapon is None or c.weapon.type == "unknown" or (c.weapon.model is None and len(kinds.get(slot, ())) == 1):
            if slot in ("destroyed", "launched") and slot not in values:
                values[slot] = c.number.value
    return values


def _launched_not_placed(totals: list[Count], items: list[breakdown.Item], m: Mentions, text: str,
                        lex: ModuleType) -> list[Count]:
    """"понад 10 дронів були спрямовані в Крим та Севастополь", "скерували на місто 16 БпЛА": places
    after a launch verb are targets, not where weapons were destroyed; the counts are launched totals."""
    starts = {it.number_start for it in items}
    return sorted(totals + [c for c in m.counts if c.number.start in starts and _is_total(c, m, text, lex)],
                  key=lambda c: c.number.start)
