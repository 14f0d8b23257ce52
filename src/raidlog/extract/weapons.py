"""Weapon words and the counts written with them ("22 Ukrainian drones",
"2 Iskander-M ballistic missiles", "95 of 120 drones")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from raidlog.extract.numbers import Number
from raidlog.lexicon import gates
from raidlog.lexicon.gates import first_characters, outside_classes

# counted in weapons[], never in a claim's drone-and-missile totals
NOT_IN_TOTALS = frozenset({"guided_bomb", "rocket"})
# the model the lexicons give drone boats ("безэкипажные катера", "uncrewed boats"): counted, but a count of
# its own beside the aerial weapons (the golds keep boats apart from the drones downed in the air)
NAVAL_DRONE = "naval drone"


def in_totals(weapons: list) -> list:
    """The weapons (anything with a ``type`` and a ``model``) a claim's totals add up: not the guided bombs
    and rockets, nor drone boats beside weapons in the air ("сбиты 40 БПЛА и уничтожены все безэкипажные
    катера": the golds keep the boats apart)."""
    counted = [w for w in weapons if w.type not in NOT_IN_TOTALS]
    if any(w.model != NAVAL_DRONE for w in counted):
        counted = [w for w in counted if w.model != NAVAL_DRONE]
    return counted


def untold_rockets(weapon: WeaponWord | None, text: str, lex: ModuleType) -> bool:
    """Rockets named by the bare word alone ("seven rockets were downed near Kursk"), no launcher
    nor model told: the word English news use for missiles too, so a claim of them alone has them as
    its total (never MLRS rockets told as such: "14 Vampire rockets", "две ракеты РСЗВ «Ольха»")."""
    return weapon is not None and weapon.type == "rocket" and weapon.model is None \
        and re.fullmatch(lex.ROCKETS_UNTOLD, text[weapon.start:weapon.end], re.IGNORECASE) is not None

@dataclass(frozen=True)
class WeaponWord:
    start: int
    end: int
    type: str
    model: str | None


@dataclass(frozen=True)
class Count:
    number: Number
    weapon: WeaponWord | None
    end: int  # end of the weapon phrase (or of the number when there is no weapon word)
    of_total: Number | None = None  # "95 of 120 drones": 120


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> tuple[re.Pattern[str], _ByFirst, _ByFirst, re.Pattern[str] | None]:
    each = [(re.compile(rf"\b{p}(?![\w-])", re.IGNORECASE), t, m) for p, t, m in lex.WEAPONS]
    anyone = re.compile("|".join(rf"\b(?:{p})(?![\w-])" for p, _, _ in lex.WEAPONS), re.IGNORECASE)
    # where a weapon word may start: at a word boundary, on a character one of them can begin with
    # (the class first, then the boundary, so that a search skips from candidate to candidate)
    starts = _starts_at(first_characters(anyone))
    # the alternation's branches one by one: a pattern of each, unless a "|" outside its groups
    # makes "\b" and the end's look-ahead belong to its first and last alternatives only
    branches = [(pattern,) if not _alternatives(p) else (re.compile(rf"\b(?:{p})(?![\w-])", re.IGNORECASE),)
                for (pattern, _, _), (p, _, _) in zip(each, lex.WEAPONS, strict=True)]
    firsts = [first_characters(pattern) for pattern, _, _ in each]  # (the same for a branch)
    return anyone, _ByFirst(branches, firsts), _ByFirst(each, firsts), starts


def _alternatives(pattern: str) -> bool:
    """Whether ``pattern`` has a "|" outside its groups and classes."""
    return any(ch == "|" and depth == 0 for _, ch, depth in outside_classes(pattern))


class _ByFirst:
    """Patterns (each the first of a tuple), and for each character a text may hold the ones a
    match can begin with at that character, in their order: found for each character as it is
    met, with the regex engine's own case-insensitive test of the character against each
    pattern's first characters (a pattern whose first characters are not known is kept for
    every one). A pattern left out cannot match where that character stands, so the others,
    tried in order, find what trying them all does."""

    def __init__(self, entries: list[tuple], firsts: list[str | None]):
        self.entries = entries
        self.firsts = firsts
        self.tests = [re.compile(f"[{first}]", re.IGNORECASE).match if first is not None else None for first in firsts]
        self.by_char: dict[str, list[tuple]] = {}

    def subset(self, indexes: tuple[int, ...]) -> _ByFirst:
        """The patterns at ``indexes`` alone, in order, with their tests (nothing compiled again)."""
        out = _ByFirst([], [])
        out.entries = [self.entries[i] for i in indexes]
        out.firsts = [self.firsts[i] for i in indexes]
        out.tests = [self.tests[i] for i in indexes]
        return out

    def at(self, char: str) -> list[tuple]:
        try:
            return self.by_char[char]
        except KeyError:
            pass
        found = self.by_char[char] = [e for e, test in zip(self.entries, self.tests, strict=True)
                                      if test is None or test(char)]
        return found


@lru_cache(maxsize=8)
def _gate_index(lex: ModuleType) -> tuple[dict[str, tuple[int, ...]], frozenset[str],
                                          tuple[tuple[int, tuple[str, ...]], ...], tuple[int, ...]]:
    """Each weapon pattern's own gate (:func:`gates.of_pattern`, of the pattern as the alternation
    holds it): the patterns each gate key admits, every key, the patterns whose stems are tested
    word by word, and the patterns no gate can tell (always tried)."""
    n, marks = lex.TRIGGER_PREFIX, gates.mark_lengths(lex)
    by_key: dict[str, list[int]] = {}
    slow: list[tuple[int, tuple[str, ...]]] = []
    ungated: list[int] = []
    for i, (p, _, _) in enumerate(lex.WEAPONS):
        g = gates.of_pattern(lex, rf"\b(?:{p})(?![\w-])")
        if g is None:
            ungated.append(i)
            continue
        keyed = [gates.stem_key(s, n) for s in g.prefixes if len(gates.stem_key(s, n)) - 1 in marks]
        for key in (*g.exact, *keyed):
            by_key.setdefault(key, []).append(i)
        tested = tuple(s for s in g.prefixes if len(gates.stem_key(s, n)) - 1 not in marks)
        if tested:
            slow.append((i, tested))
    return {k: tuple(v) for k, v in by_key.items()}, frozenset(by_key), tuple(slow), tuple(ungated)


def _admitted(lex: ModuleType, words: frozenset[str]) -> tuple[int, ...]:
    """The weapon patterns (their indexes, in order) whose own gate admits a sentence of ``words``:
    the others cannot match in it (a sentence of the family names one or two weapons)."""
    by_key, keys, slow, ungated = _gate_index(lex)
    found = set(ungated)
    for key in keys.intersection(words):
        found.update(by_key[key])
    for i, stems in slow:
        if i not in found and any(w.startswith(stems) for w in words):
            found.add(i)
    return tuple(sorted(found))


@lru_cache(maxsize=512)
def _branches_of(lex: ModuleType, admitted: tuple[int, ...]) -> _ByFirst:
    """The alternation's branches of the ``admitted`` patterns alone. They are tried where any weapon
    word may start (the lexicon's own :func:`_starts_at`): a word whose first character none of them
    begins with has no branch (:meth:`_ByFirst.at`), so the same ones match. A start pattern of each
    set of patterns admitted was a compile (~1 ms) for each new set, ~5 % of a first pass over the real
    reports, for a few class tests a sentence saved."""
    return _patterns(lex)[1].subset(admitted)


@lru_cache(maxsize=512)
def _starts_at(first: str | None) -> re.Pattern[str] | None:
    """Where a word that begins with one of the characters ``first`` (a class's source) starts (the
    class first, then the boundary, so that a search skips from candidate to candidate)."""
    return re.compile(rf"[{first}](?<=\b.)", re.IGNORECASE) if first else None


def _starts(text: str, anyone: re.Pattern[str], branches: _ByFirst, starts: re.Pattern[str] | None) -> set[int]:
    """Where ``anyone.finditer(text)`` finds its matches: tried only at the candidates of ``starts``
    (a search tried every branch of the alternation at every character), with the branches that
    may begin with the candidate's character, in order (the first of them that matches is the
    alternation's match there)."""
    if starts is None:
        return {m.start() for m in anyone.finditer(text)}
    found: set[int] = set()
    end = 0
    at = branches.at
    for c in starts.finditer(text):
        pos = c.start()
        if pos < end:
            continue
        for (pattern,) in at(text[pos]):
            if m := pattern.match(text, pos):
                found.add(pos)
                end = m.end()  # (a weapon word is never empty)
                break
    return found


def find(text: str, lex: ModuleType, words: frozenset[str] | None = None) -> list[WeaponWord]:
    """Weapon words, longest first, without overlaps; a named model wins over a generic noun.
    ``words``: the sentence's :func:`~raidlog.lexicon.words_of`, if known: where a match is looked
    for, only the patterns whose own gate admits them are tried (a pattern its gate rejects cannot
    match, so the alternation finds the same matches; a sentence was scanned at every word that
    one of ~30 weapons may begin with, ~4 % of an English article's extraction)."""
    anyone, branches, each, starts = _patterns(lex)
    if words is not None:
        admitted = _admitted(lex, words)
        if not admitted:
            return []
        branches = _branches_of(lex, admitted)
    matches = [
        WeaponWord(m.start(), m.end(), wtype, model)
        for start in _starts(text, anyone, branches, starts)  # one pass finds where to look
        for pattern, wtype, model in each.at(text[start])
        if (m := pattern.match(text, start))
    ]
    matches.sort(key=lambda w: (w.start - w.end, w.model is None, w.start))
    # the words kept so far, in text order: they do not overlap, so their ends are in order too,
    # and a new word overlaps one of them only if it overlaps the last one starting before its end
    found: list[WeaponWord] = []
    starts: list[int] = []
    for w in matches:
        k = bisect_left(starts, w.end)
        if not (k and found[k - 1].end > w.start):
            found.insert(k, w)
            starts.insert(k, w.start)
    return found


@lru_cache(maxsize=8)
def _of_total(lex: ModuleType) -> re.Pattern[str]:
    # ("16 of about 30 drones": the whole told as a rounded figure; "62 drones overnight out of the 80":
    # when, between the part and its whole)
    return re.compile(rf"(?:\s+(?:{lex.NIGHT}))?\s+(?:{lex.OF_TOTAL})\s+(?:(?:{lex.APPROX_BEFORE})\s+)?", re.IGNORECASE)


@lru_cache(maxsize=8)
def _whole_first(lex: ModuleType) -> re.Pattern[str]:
    # (after an opening "also": "Крім того, з п'яти ракет збито дві"; a whole told rounded: "Out of more than
    # 90 missiles, 73 were shot down")
    return re.compile(rf"[\W_]*(?:(?:{lex.MORE_OF_IT})\s*(?:,\s*)?)?(?:{lex.OF_TOTAL})\s+(?:(?:{lex.APPROX_BEFORE})\s+)?",
                      re.IGNORECASE)


def opens_with_whole(text: str, start: int, lex: ModuleType) -> bool:
    """The sentence opens with the whole its later counts are parts of, and its count starts at ``start``
    ("Of the 35 drones launched, 28 …", "Из 30 выпущенных беспилотников 22 …"). Every stage that asks it
    asks this (breakdown, attribution)."""
    return _whole_first(lex).fullmatch(text, 0, start) is not None


@lru_cache(maxsize=8)
def _one_of(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.ONE_OF, re.IGNORECASE)


@lru_cache(maxsize=8)
def _of_them(lex: ModuleType) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The lexicon's OF_THEM right after a count (``.match(text, its end)``: nothing before that end
    read) and right before one (``.search`` up to its start)."""
    return (re.compile(rf"\s*(?:{lex.OF_THEM})\b", re.IGNORECASE),
            re.compile(rf"(?:{lex.OF_THEM})(?:\s*,\s+|\s+)$", re.IGNORECASE))


def of_them_after(text: str, end: int, lex: ModuleType, stop: int | None = None) -> bool:
    """"Of them" right after a count that ends at ``end`` ("3 з них придушено", "one of them over the
    city", "26 of which were destroyed"; read no further than ``stop``): the count is a part of one told
    before it. Every stage that asks whether a count is told "of them" asks this (mentions, breakdown,
    attribution)."""
    return _of_them(lex)[0].match(text, end, len(text) if stop is None else stop) is not None


def of_them_end(text: str, end: int, lex: ModuleType) -> int | None:
    """Where the "of them" right after a count that ends at ``end`` ends ("пять из них таки нанесли удары":
    what the part did is told after it), None when none follows (see :func:`of_them_after`)."""
    x = _of_them(lex)[0].match(text, end)
    return None if x is None else x.end()


def of_them_before(text: str, start: int, lex: ModuleType, reach: int = 40) -> bool:
    """"Of them" right before a count that starts at ``start``, within ``reach`` characters ("з них 12
    збито", "of which five missiles and 38 drones were intercepted"): a part of one told before it."""
    return _of_them(lex)[1].search(text, max(0, start - reach), start) is not None


@lru_cache(maxsize=8)
def _every_one(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.EVERY_ONE_BEFORE, re.IGNORECASE)


@lru_cache(maxsize=8)
def _one_of_debris(lex: ModuleType) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Debris (or a fall of debris) right before a count of one, and "of" right after it."""
    return (re.compile(lex.DEBRIS_OF_ONE_BEFORE, re.IGNORECASE), re.compile(lex.ONE_OF_OF, re.IGNORECASE))


@lru_cache(maxsize=8)
def _debris_of_count(lex: ModuleType) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Debris right before a count (the count of what the debris came from), and "downed" right after it."""
    return (re.compile(lex.DEBRIS_OF_COUNT_BEFORE, re.IGNORECASE), re.compile(lex.DEBRIS_OF_DOWNED_AFTER, re.IGNORECASE))


@lru_cache(maxsize=8)
def _one_of_many(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.ONE_OF_MANY, re.IGNORECASE)


@lru_cache(maxsize=8)
def _adjectives(lex: ModuleType) -> re.Pattern[str]:
    # quotes may stand between too: 'сбито 36 вражеских "Shahed"', "одну балістичну «Іскандер-М»", "10 'Shahed drones'";
    # and two kinds joined, one count of both: "40 крилатих і балістичних ракет", "20 attack and reconnaissance drones"
    # Each adjective is read once where it stands, atomic: the reading to the end of its hyphened word
    # ("Iranian-made", "оперативно-тактических"), else to the end of a word ("Russian" of "Russian-Iranian").
    # Read every way, a hyphen inside a compound or between two words, and a word's letters split into two
    # adjectives, were 2^n tries of a long hyphened run before failing ("5 нового-нового-…-x1 ракет").
    # The marks between taken whole (possessive): a Ukrainian word's apostrophe ("п'ять") made a quote
    # before a word ("ворожих 'нових'") a mark or the word's first letter, again two readings each.
    adj = rf"(?:{lex.WEAPON_ADJECTIVES}|{lex.WEAPON_PARTICIPLES_BEFORE})"
    return re.compile(rf"^[\s\"«»“”„'‘’-]*+(?:(?>{adj}(?!\w|-+\w)|{adj}(?!\w))(?:\s+(?:{lex.AND})\s+)?[\s\"«»“”„'‘’-]*+)*$",
                      re.IGNORECASE)


def counts(text: str, numbers: list[Number], words: list[WeaponWord], lex: ModuleType) -> list[Count]:
    """Pair every number with the weapon word that follows it, across the
    adjectives of ``lex.WEAPON_ADJECTIVES``; a bare number keeps ``weapon=None``."""
    if not numbers:
        return []  # (most sentences have none)
    adjectives = _adjectives(lex)
    out: list[Count] = []
    starts = [w.start for w in words]  # in text order
    for i, n in enumerate(numbers):
        if n.value == 1 and _every_one(lex).search(text, max(0, n.start - 20), n.start):
            continue  # "downed every one of the 18 drones": all of them, no count of one
        if n.value == 1 and _one_of_debris(lex)[1].match(text, n.end) \
                and _one_of_debris(lex)[0].search(text, max(0, n.start - 50), n.start):
            continue  # "уламки одного з них", "debris from one of them": of one of them, no count
        if _debris_of_count(lex)[0].search(text, max(0, n.start - 40), n.start) \
                and not _debris_of_count(lex)[1].match(text, n.end):
            continue  # "фрагменты ещё одного беспилотника", "debris of two drones": what it came from, no count
        weapon = None
        k = bisect_left(starts, n.end)  # the first word after the number
        if k < len(words) and adjectives.match(text[n.end : words[k].start]):
            weapon = words[k]
        if weapon is None and k < len(words) and (x := _one_of(lex).match(text, n.start)) \
                and adjectives.match(text[x.end() : words[k].start]):
            weapon = words[k]  # "Одну з російських ракет збито": one of the missiles is one missile
        if weapon is None and k:
            weapon = _weapon_of_part(text, n, words[k - 1], out, lex)
        if weapon is None and n.value == 1 and (x := _one_of_many(lex).match(text, n.start)) \
                and not (k < len(words) and adjectives.match(text[x.end() : words[k].start])) \
                and not (i + 1 < len(numbers) and numbers[i + 1].start == x.end()):
            continue  # "атакували один з районів Харкова", "one of the districts": no weapon counted
            # (but "one of three missiles": one of a count)
        of_total = None
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        if nxt and _of_total(lex).fullmatch(text, n.end, nxt.start):
            for w in words[bisect_left(starts, nxt.end):]:
                if adjectives.match(text[nxt.end : w.start]):
                    weapon, of_total = w, nxt
                    break
        if weapon is not None and of_total is None and nxt is not None and nxt.value >= n.value \
                and _of_total(lex).fullmatch(text, weapon.end, nxt.start) \
                and (_ends_phrase(text, nxt.end, words) or _launch_after(lex).match(text, nxt.end)
                     or (i + 2 < len(numbers) and _and(lex).fullmatch(text, nxt.end, numbers[i + 2].start))):
            # ("52 drones out of 65 and one of two missiles": the next count of a list after the whole)
            of_total = nxt  # "84 цілі з 99", "28 drones out of 31": the count the first is out of
        if of_total is None and nxt is not None and nxt.value > n.value and (weapon is None or weapon.end <= n.start) \
                and _of_total(lex).fullmatch(text, n.end, nxt.start) and _PHRASE_END.match(text, nxt.end):
            # "Крилатих ракет збили 6 із 25", "cruise missiles fared worse - 6 of 25": a bare part and the
            # bare whole after it (the weapon, if any, named before both), the phrase ending there
            of_total = nxt
        if weapon is not None and _adjunct_head(lex).match(text, weapon.end):
            continue  # "two missile strikes", "four missile carriers": strikes and ships, no weapons counted
        if n.same_as_previous and weapon is not None and out and out[-1].weapon is not None \
                and out[-1].weapon.type != weapon.type and not out[-1].number.same_as_previous:
            # "семь БПЛА и столько же ракет": as many of another weapon as the count before (not an
            # item's "столько же – над Брянской", which has no weapon of its own)
            n = replace(n, value=out[-1].number.value, same_as_previous=False, approx=out[-1].number.approx)
        out.append(Count(n, weapon, max(weapon.end, n.end) if weapon else n.end, of_total))
    out = _gapped_nouns(text, out, lex)
    out = _coordinated_of_totals(text, out, lex)
    # "74 of the 89 drones": 89 is the first count's of_total, not a count of its own
    totals_of = {c.of_total.start for c in out if c.of_total is not None}
    return [c for c in out if c.number.start not in totals_of]


@lru_cache(maxsize=8)
def _gapped(lex: ModuleType) -> re.Pattern[str]:
    """Between a count and the next, its own adjectives and "and": "30 ударних та три розвідувальні
    дрони" (group ``adj``: the adjectives)."""
    return re.compile(rf"(?P<adj>(?:\s+(?:{lex.WEAPON_ADJECTIVES}))+)(?:\s*,)?\s+(?:{lex.AND})\s+", re.IGNORECASE)


def _gapped_nouns(text: str, out: list[Count], lex: ModuleType) -> list[Count]:
    """"30 ударних та три розвідувальні дрони", "20 ударных и два разведывательных беспилотника", "20
    attack and two reconnaissance drones": a count with its adjectives alone, then "and" and a count whose
    adjectives stand before its weapon, shares that weapon's noun (its type, not the other's model)."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.weapon is not None or b.weapon is None or b.weapon.start <= b.number.end \
                or (x := _gapped(lex).fullmatch(text, a.number.end, b.number.start)) is None:
            continue
        at = x.end("adj")
        out[k] = replace(a, weapon=WeaponWord(at, at, b.weapon.type, None), end=at)
    return out


@lru_cache(maxsize=8)
def _launch_after(lex: ModuleType) -> re.Pattern[str]:
    """After "… out of the 80": its launch verb ("62 drones out of the 80 launched by Russia"), the whole that came,
    or a relative clause's ("… out of 80 that Russia launched", ``lex.WHOLE_LAUNCHED_LEAD``)."""
    return re.compile(rf"\s+(?:{lex.WHOLE_LAUNCHED_LEAD})(?:{lex.LAUNCH})", re.IGNORECASE)


@lru_cache(maxsize=8)
def _adjunct_head(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.WEAPON_ADJUNCT_HEAD, re.IGNORECASE)


@lru_cache(maxsize=8)
def _and(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"(?:\s*,\s+|\s+)(?:{lex.AND})\s+", re.IGNORECASE)


def _coordinated_of_totals(text: str, out: list[Count], lex: ModuleType) -> list[Count]:
    """"shot down 36 missiles and 186 drones out of 194 drones and 67 missiles": two parts, then the
    two wholes they are out of; each part takes the whole of its own weapon type (else the one in the
    same place of the list)."""
    conj, of = _and(lex), _of_total(lex)
    for k in range(len(out) - 3):
        a, b, x, y = out[k : k + 4]
        if any(c.weapon is None for c in (a, b, x, y)) or b.of_total not in (None, x.number) \
                or any(c.of_total is not None for c in (a, x, y)) \
                or not (conj.fullmatch(text, a.end, b.number.start) and of.fullmatch(text, b.end, x.number.start)
                        and conj.fullmatch(text, x.end, y.number.start)):
            continue
        wholes = (y, x) if a.weapon.type == y.weapon.type or b.weapon.type == x.weapon.type else (x, y)
        if a.number.value > wholes[0].number.value or b.number.value > wholes[1].number.value:
            continue
        # ("36 rockets … out of … 67 missiles": a translation's two words for one weapon, the whole's type)
        parts = [replace(p, of_total=w.number, weapon=p.weapon if p.weapon.type == w.weapon.type else w.weapon)
                 for p, w in zip((a, b), wholes, strict=True)]
        out = out[:k] + parts + [x, y] + out[k + 4 :]
    return out


@dataclass(frozen=True, kw_only=True)
class _PartPatterns:
    """The patterns :func:`_weapon_of_part` reads, by name (four of one type: none taken for another)."""

    lead: re.Pattern[str]  # WEAPON_PART_LEAD, before the weapon ("Of the missiles")
    gap: re.Pattern[str]  # WEAPON_PART_GAP, between the weapon and its part's count ("…, of which two")
    after: re.Pattern[str]  # WEAPON_COUNT_AFTER, the weapon's own count after it ("… Shahed – 61 одиниця")
    most: re.Pattern[str]  # MOST_OF before the weapon ("наибольшее число дронов"): a place's count


@lru_cache(maxsize=8)
def _part_patterns(lex: ModuleType) -> _PartPatterns:
    i = re.IGNORECASE
    return _PartPatterns(
        lead=re.compile(lex.WEAPON_PART_LEAD, i),
        gap=re.compile(lex.WEAPON_PART_GAP, i),
        after=re.compile(lex.WEAPON_COUNT_AFTER, i),
        most=re.compile(rf"(?:{lex.MOST_OF})\s+(?:[\w-]+\s+)?$", i),
    )


@lru_cache(maxsize=8)
def _persons_after(lex: ModuleType) -> re.Pattern[str]:
    """People right after a number ("struck Kursk with UAVs – two people were hurt"): no count of the weapon."""
    return re.compile(rf"\s+(?:[\w-]+\s+)?{lex.PERSON_NOUNS}(?!\w)", re.IGNORECASE)


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex)
    _persons_after(lex)
    _gate_index(lex)
    _of_total(lex)
    _whole_first(lex)
    _one_of(lex)
    _of_them(lex)
    _every_one(lex)
    _one_of_many(lex)
    _one_of_debris(lex)
    _debris_of_count(lex)
    _adjectives(lex)
    _adjunct_head(lex)
    _launch_after(lex)
    _and(lex)
    _gapped(lex)
    _part_patterns(lex)


def _weapon_of_part(text: str, n: Number, w: WeaponWord, told: list[Count], lex: ModuleType) -> WeaponWord | None:
    """"Of the missiles, two were shot down", "the missiles, of which it shot down two": a bare count
    of the weapon named just before it, which has no number of its own (else "60 drones, of which
    52 …" is the part of a count, read as such)."""
    pats = _part_patterns(lex)
    if (after := pats.after.fullmatch(text, w.end, n.start)) and not pats.most.search(text, max(0, w.start - 40), w.start) \
            and not _persons_after(lex).match(text, n.end) \
            and not (after.group("namely") and not _PHRASE_END.match(text, n.end)):
        # ("…, namely 145, …": a bare number that ends its phrase; not "that is 4 times", "а саме 3 роки тому")
        # "атакував ударними БпЛА типу Shahed – 61 одиниця": the weapon's count, after it (not "наибольшее
        # число дронов – 45 аппаратов – над Крымом", the count of one place)
        return None if told and told[-1].weapon is w else w  # (a count of its own is the last one told)
    x = pats.gap.fullmatch(text, w.end, n.start)
    if x is None or any(c.weapon is w for c in told):
        return None
    if x.group("which") or pats.lead.search(text, max(0, w.start - 30), w.start):
        return w
    return None


_PHRASE_END = re.compile(r"\s*(?:[^\w\s]|$)")


def _ends_phrase(text: str, end: int, words: list[WeaponWord]) -> bool:
    """After "… of 99": the end of the phrase or a weapon word, not a noun of its own ("з 5 напрямків")."""
    return bool(_PHRASE_END.match(text, end)) or any(w.start >= end and not text[end : w.start].strip()
                                                     for w in words)
