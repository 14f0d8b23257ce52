"""Everything a sentence mentions: numbers, times, weapons, places, people,
claimants, hedges and the cues that tell a claim from an incident."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from types import ModuleType

from raidlog.extract import numbers, people, places, times, weapons
from raidlog.extract.segment import Sentence
from raidlog.extract.spans import covering, inside, overlapping, overlaps_disjoint
from raidlog.geo import Gazetteer
from raidlog.geo.gazetteer import CITY_POPULATION
from raidlog.lexicon import gates, may_match, words_of

# The lexicon patterns each family gated here stands for (see raidlog.lexicon.gates):
# a sentence without any of their words skips the family.
gates.declare({
    "months": (("MONTHS:keys", r"(?:{})\b"),),  # every date names its month (times.find_days)
    # an hour told by its ordinal ("з третьої до п'ятої ранку") or by a word ("с полуночи", "з опівночі"): a time
    # with no digit (times.find_clocks), read as a time whether or not the sentence holds a digit too
    "clock_words": (("HOUR_ORDINALS:keys", r"\b(?:{})"), ("TIME_WORDS:keys", r"\b(?:{})\b")),
    "weapons": (("WEAPONS", r"\b(?:{})(?![\w-])"),),  # as weapons.find compiles them
    "claimants": (("CLAIMANTS", r"\b(?:{})\b"), ("ANAPHORA:keys", r"\b(?:{})\b")),
    "authorities": (("AUTHORITIES", r"\b(?:{})\b"),),
    "authority_names": ("AUTHORITY_NAMES",),
    "hedge": ("HEDGES",),
    "destroy": (("DESTROY", r"\b{}\b"),),
    "launch": (("LAUNCH", r"\b{}\b"),),
    "lost": ("LOST",),
    "not_destroyed": ("NOT_DESTROYED",),
    "commentary": ("COMMENTARY_HINTS",),
    "photo_credit": ("PHOTO_CREDIT",),
    "recalled_since": ("RECALLED_SINCE",),
    "defences_spent": ("DEFENCES_SPENT",),
    "scope": ("SCOPES",),
    # (a gate assumes a match starts a word: Russian "ночь\w*" also finds the one in "полночь")
    "night": lambda lex: ("NIGHT_WORD",) if lex.NIGHT_WORD.startswith(r"\b") else None,
    # "he wrote", "сообщил он": asked of a sentence that names a claimant whose defences may be the actor
    "speaker_pronoun": lambda lex: ("SPEAKER_PRONOUN",) if gates.opens_words(lex.SPEAKER_PRONOUN) else None,
    "pronoun_tells": lambda lex: ("PRONOUN_TELLS",) if gates.opens_words(lex.PRONOUN_TELLS) else None,
})


@dataclass(frozen=True)
class ClaimantRef:
    start: int
    end: int
    name: str
    kind: str
    side: str
    explicit: bool  # False: "the ministry", "air defenses" — refers to one already named


@dataclass
class Mentions:
    sentence: Sentence
    words: frozenset[str] = frozenset()  # its words, for the trigger checks of this and later stages
    numbers: list[numbers.Number] = field(default_factory=list)
    weapons: list[weapons.WeaponWord] = field(default_factory=list)
    counts: list[weapons.Count] = field(default_factory=list)
    window: times.WrittenWindow | None = None
    days: list[times.Day] = field(default_factory=list)
    places: list[places.PlaceHit] = field(default_factory=list)
    people: list[people.Person] = field(default_factory=list)
    claimants: list[ClaimantRef] = field(default_factory=list)
    authorities: tuple[int, int] | None = None
    hedged: bool = False
    scope: str | None = None
    destroy_verbs: list[tuple[int, int]] = field(default_factory=list)
    not_destroyed: list[tuple[int, int]] = field(default_factory=list)  # denied: "не вдалося збити"
    launch_verbs: list[tuple[int, int]] = field(default_factory=list)
    lost_verbs: list[tuple[int, int]] = field(default_factory=list)
    night: bool = False
    commentary_hint: bool = False
    # the verb a clause of another speaker leaves out, the one of the clause before ("…, а губернатор
    # Белгородской – о трёх"): "destroyed" or "launched", None where the clause has its own
    gapped: str | None = None

    @cached_property
    def first_weapon_count_end(self) -> int | None:
        """Where the sentence's first count of a weapon ends (asked for each of its counts: found once)."""
        return min((c.end for c in self.counts if c.weapon is not None), default=None)


# the lists of a sentence's mentions that no stage changes after the mentions stage (the counts,
# weapons and verbs are changed or added to later), each empty in most sentences
_SETTLED = ("numbers", "days", "places", "people", "claimants", "not_destroyed", "lost_verbs")


def compact(m: Mentions) -> None:
    """Each settled list (:data:`_SETTLED`) left empty made the one empty tuple, once the stage is done:
    a long document keeps every sentence's mentions, and an empty list is 56 bytes, ~7 of them a
    sentence (4.9 MB of reports: 59,000 sentences, ~20 MB). A tuple cannot be changed: a later stage
    that tried would fail, not change another sentence's list."""
    for name in _SETTLED:
        if not getattr(m, name):
            setattr(m, name, ())


# a year written bare ("the largest attack since the invasion in 2022"): no count, with no weapon after it
_YEAR = re.compile(r"(?:19[5-9]|20[0-4])\d")


@lru_cache(maxsize=16)
def _patterns(lex: ModuleType, ascii_text: bool = False) -> dict[str, re.Pattern[str]]:
    """The stage's patterns; ``ascii_text``: their twins for a sentence of ASCII characters alone
    (:func:`gates.twins_table`: the same matches, ~1.3x faster), asked of that sentence only."""
    if ascii_text:
        return gates.twins_table(_patterns(lex))
    i = re.IGNORECASE
    pats = gates.Table({
        "destroy": gates.pattern(rf"\b{lex.DESTROY}\b", i),
        "launch": gates.pattern(rf"\b{lex.LAUNCH}\b", i),
        "lost": gates.pattern(rf"\b{lex.LOST}", i),
        "not_destroyed": gates.pattern(lex.NOT_DESTROYED, i),
        "aim_done": gates.pattern(lex.AIM_DONE_BEFORE, i),
        "hedge": gates.pattern(lex.HEDGES, i),
        "night": gates.pattern(lex.NIGHT_WORD, i),  # a word of its own: "уночі", not "з півночі" (the north)
        "authorities": gates.pattern(rf"\b(?:{lex.AUTHORITIES})\b", i),
        "authority_names": gates.pattern(lex.AUTHORITY_NAMES, i),
        "commentary": gates.pattern(lex.COMMENTARY_HINTS, i),
        # each with its own gate: a sentence that names a claimant names one or two of them
        "claimants": [(gates.pattern(rf"\b(?:{p})\b", i), name, kind, side, gates.of_pattern(lex, rf"\b(?:{p})\b"))
                      for p, name, kind, side in lex.CLAIMANTS],
        "owner_before": gates.pattern(lex.DEFENCES_OWNER_BEFORE, i),
        "owner_after": gates.pattern(lex.DEFENCES_OWNER_AFTER, i),
        "defences_actor": gates.pattern(lex.DEFENCES_ACTOR, i),
        "defences_actor_before": gates.pattern(lex.DEFENCES_ACTOR_BEFORE, i),
        "speaker_pronoun": gates.pattern(lex.SPEAKER_PRONOUN, i),
        "pronoun_tells": gates.pattern(lex.PRONOUN_TELLS, i),
        "retold_gap": gates.pattern(lex.RETOLD_ACTOR_GAP, i),
        "future_before": gates.pattern(lex.FUTURE_TELLER_BEFORE, i),
        "owned_by_before": gates.pattern(lex.OWNED_BY_BEFORE, i),
        # a claimant as the subject of an attack or launch ("Воздушные силы ВСУ нанесли удар по …"): the attacker
        "attacker_after": gates.pattern(lex.ATTACKER_PLACE_AFTER, i),
        "tells_only": gates.pattern(lex.TELLS_ONLY_NAMES, i),
        "tells_only_after": gates.pattern(lex.TELLS_ONLY_AFTER, i),
        "future_after": gates.pattern(lex.FUTURE_TELLER_AFTER, i),
        "forecast": gates.pattern(lex.FORECAST_BEFORE, i),
        # (a report verb at each place one starts, those inside another's match too: "as noted by")
        "report_verb": gates.pattern(rf"(?=(\b{lex.REPORT_VERBS}\b))", i),
        "of_total": gates.pattern(rf"\s+(?:{lex.OF_TOTAL})\s+", i),
        "one_of": gates.pattern(lex.ONE_OF, i),
        # between a downed count and "another" one: its verb or defenders, then ", ещё", "і ще", "and another"
        "more_gap": gates.pattern(rf"[^.;:\d]{{0,60}}?(?:,\s*|\s+)(?:(?:{lex.AND})\s+)?(?P<more>{lex.MORE_BEFORE})?", i),
        "more_after": gates.pattern(lex.MORE_AFTER, i),
        # between a launched count and the one still in flight: "запущено 60 ракет і летять ще близько 15"
        "in_flight_gap": gates.pattern(rf"(?:{lex.IN_FLIGHT_GAP})(?:(?:{lex.APPROX_BEFORE})\s+)?", i),
        "in_flight_after": gates.pattern(lex.IN_FLIGHT_AFTER, i),
        "other_period": gates.pattern(lex.OTHER_PERIOD, i),
        # "ещё три были подавлены", "another two were jammed", "ще 12 – придушено"
        "more_verb_gap": gates.pattern(r"(?:\s+[^\W\d]+){0,2}?\s+(?:[-–—]\s+)?", i),
        # after "another" count with no verb of its own: the dash of a verb left out ("ще два — зенітники")
        "more_gapped": gates.pattern(r"\s*[-–—]\s+(?=[^\W\d])", i),
        # (not where the clause after the dash tells a place, a state or what the weapons did: "ще два — у повітрі")
        "more_not_agent": gates.pattern(rf"\s*[-–—]\s+(?:{lex.GAPPED_NOT_AGENT})(?![\w'’-])", i),
        "not_attack_count": gates.pattern(lex.NOT_ATTACK_COUNT, i),
        "suppressed": gates.pattern(rf"(?:{lex.SUPPRESSED})", i),  # .fullmatch of a destroy verb: jammed, not shot down
        "clause_end": gates.pattern(r"[,.;:]"),
        "agent_object": gates.pattern(lex.AGENT_OBJECT_AFTER, i),
        "destroyed_thing": gates.pattern(lex.DESTROYED_THING_AFTER, i),
        # between the weapon and its destroy verb: nothing, or another verb of what it did ("hit and")
        "agent_gap": gates.pattern(rf"\s*(?:(?:{lex.AGENT_OWNER})\s+)?(?:(?:{lex.AGENT_VERB_AND})\s+)?", i),
        "measure": gates.pattern(rf"\s*(?:{lex.MEASURE})(?!\w)", i),
        "photo_credit": gates.pattern(lex.PHOTO_CREDIT, i),
        # between a retold claimant and the official after it: "…, according to ", "…, said ", "…, "
        "retold_after": gates.pattern(rf"[^.;]*,\s*(?:{lex.REPORT_VERBS}\s+)?", i),
        "anaphora": [(gates.pattern(rf"\b(?:{p})\b", i), kind, gates.of_pattern(lex, rf"\b(?:{p})\b"))
                     for p, kind in lex.ANAPHORA.items()],
        "compared": gates.pattern(lex.COMPARED, i),
        "told_before_clause": gates.pattern(lex.TOLD_BEFORE_CLAUSE, i),
        "recalled_since": gates.pattern(lex.RECALLED_SINCE, i),
        "defences_spent": gates.pattern(lex.DEFENCES_SPENT, i),
        "own_night_after": gates.pattern(lex.OWN_NIGHT_AFTER, i),
        "eve": gates.pattern(lex.EVE, i),
        "speaker_clause": gates.pattern(lex.ITEM_STOP_SPEAKER, i),
        "more_before": gates.pattern(lex.MORE_BEFORE, i),  # "Ще 1380 — …": more of what the sentence before told
        # a clause of its own after the counts: ", while a market damaged last week has reopened"
        "clause_after_comma": gates.pattern(rf",\s+(?:{lex.CLAUSE_AFTER_COMMA})\b", i),
    })
    # each with its twin led without the anchor of a path that opens at the sentence's start (not
    # led again, as quicken would: gates.unanchored), which reads the rest of the sentence
    pats["scopes"] = [(gates.quicken(gates.pattern(p, i)), gates.unanchored(p, i), scope, gates.of_pattern(lex, p))
                      for p, scope in lex.SCOPES]
    return pats


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex).build()
    _patterns(lex, True).build()
    _surname_after_given(lex)


def analyse(sentence: Sentence, lex: ModuleType, gaz: Gazetteer, before: str = "") -> Mentions:
    """``before``: the text of the sentence before (a lone word after a line break may end it)."""
    text = sentence.text
    pats = _patterns(lex, True) if text.isascii() else _patterns(lex)  # (read of this sentence only)
    words = words_of(text, lex)
    m = Mentions(sentence, words=words)
    if may_match(words, lex, "months"):
        m.days = times.find_days(text, lex)
    clocks = times.find_clocks(text, lex, m.days) \
        if _clockish(text) or not text.isascii() and may_match(words, lex, "clock_words") else []
    m.window = times.find_window(text, lex, clocks) if clocks else None
    busy = [(d.start, d.end) for d in m.days] + [(c.start, c.end) for c, _ in clocks]
    if "(" in text:
        busy += _zones_in_brackets(text)
    if may_match(words, lex, "weapons"):
        m.weapons = weapons.find(text, lex, words)
    weapon_starts = [w.start for w in m.weapons]
    inside_busy = covering(busy)
    m.numbers = [n for n in numbers.find(text, lex, words) if not (busy and inside_busy(n.start))
                 and not _inside_model_name(n, m.weapons, weapon_starts)]
    m.counts = [c for c in weapons.counts(text, m.numbers, m.weapons, lex)
                if c.weapon is not None or not (pats["measure"].match(text, c.end)  # ("5 km from", "two hours ago")
                                                or _YEAR.fullmatch(text, c.number.start, c.number.end))]  # ("in 2022")
    m.people = people.find(text, lex, words, lambda word: any(p.kind == "locality" for p in gaz.lookup(word)),
                           before)
    blocked = [(p.start, p.end) for p in m.people]
    if may_match(words, lex, "claimants"):
        # the claimants' spans, by start (they do not overlap, so the last that starts before a match
        # ends reaches furthest), and whether the sentence names a speaker, read once: not a scan of
        # all the claimants, nor of the whole sentence, for each claimant (square in a list of them)
        taken: list[tuple[int, int]] = []
        speaker: list[bool] = []
        for pattern, name, kind, side, gate in pats["claimants"]:
            if gate is not None and not gate.admits(words):
                continue
            for x in pattern.finditer(text):
                if overlaps_disjoint(taken, x.start(), x.end()):
                    continue  # "the Russian Defense Ministry": the first pattern's reading, not "Defense Ministry" again
                if pats["future_before"].search(text, max(0, x.start() - 40), x.start()) \
                        or pats["future_after"].match(text, x.end()):
                    blocked.append((x.start(), x.end()))
                    continue  # "(the exact number will be made public by the Air Force)": it tells nothing yet
                if pats["owned_by_before"].search(text, max(0, x.start() - 30), x.start()) \
                        or pats["attacker_after"].match(text, x.end()) \
                        or (pats["tells_only"].fullmatch(x.group()) and not pats["tells_only_after"].match(text, x.end())):
                    blocked.append((x.start(), x.end()))
                    continue  # "a Su-27 belonging to the Ukrainian Air Force", "ВВС Украины нанесли удар по …": its
                    # owner or the attacker, who tells nothing (the downing is told by whoever else is named); a
                    # name that tells only as a teller ("Украинские ВВС получили …"): the force, not its voice
                # "Силы ПВО Минобороны сбили …, сообщил мэр": the ministry whose air defence did it is
                # not who tells it (the speaker is found as where the sentence names nobody; a command
                # named for its units, "силами … командування «Південь»", is the one that reports)
                owner = kind == "ministry" and bool(pats["owner_before"].search(text, max(0, x.start() - 60), x.start())
                             or pats["owner_after"].match(text, x.end())) \
                    or bool(_names_speaker(speaker, m, text, pats, lex) and _defences_actor(text, x.start(), x.end(), pats))
                m.claimants.append(ClaimantRef(x.start(), x.end(), name, kind, side, not owner))
                insort(taken, (x.start(), x.end()))
                blocked.append((x.start(), x.end()))
        # (inside a claimant or person named: asked by bisection, not by a scan of them all for each
        # anaphora, square in a sentence of many of both)
        inside_blocked = covering(blocked)
        for pattern, kind, gate in pats["anaphora"]:
            if gate is not None and not gate.admits(words):
                continue
            for x in pattern.finditer(text):
                if not inside_blocked(x.start()):
                    m.claimants.append(ClaimantRef(x.start(), x.end(), "", kind, "unknown", False))
        m.claimants.sort(key=lambda c: c.start)
    auth = pats["authorities"].search(text) if may_match(words, lex, "authorities") else None
    if may_match(words, lex, "authority_names"):
        # (the leftmost of the two, the short forms first where both start at one place, as one
        # alternation of them all would find)
        full = pats["authority_names"].search(text)
        if full is not None and (auth is None or full.start() < auth.start()):
            auth = full
    m.authorities = (auth.start(), auth.end()) if auth else None
    blocked += [(w.start, w.end) for w in m.weapons]
    if may_match(words, lex, "photo_credit"):
        blocked += [(x.start(), x.end()) for x in pats["photo_credit"].finditer(text)]
    m.places = places.find(text, lex, gaz, blocked, guess=not sentence.is_title,
                            sentence_words=words)
    m.hedged = may_match(words, lex, "hedge") and bool(pats["hedge"].search(text))
    for family, target in (("destroy", m.destroy_verbs), ("launch", m.launch_verbs), ("lost", m.lost_verbs),
                           ("not_destroyed", m.not_destroyed)):
        if may_match(words, lex, family):
            target.extend((x.start(), x.end()) for x in pats[family].finditer(text))
    if m.launch_verbs or m.destroy_verbs:
        # "by winter Russia will be routinely firing 900 drones", "сможет применить 900 дронов": what may
        # come, told with a modal right before the verb (the 60 characters before each verb, not the sentence)
        forecast = pats["forecast"]
        m.launch_verbs[:] = [v for v in m.launch_verbs if not forecast.search(text, max(0, v[0] - 60), v[0])]
        m.destroy_verbs[:] = [v for v in m.destroy_verbs if not forecast.search(text, max(0, v[0] - 60), v[0])]
    if (m.counts or m.launch_verbs or m.destroy_verbs) and may_match(words, lex, "recalled_since"):
        # "the largest attack since the June 1 raid involving 472 drones": the past attack's counts and
        # verbs are no claim of the report's (each asked by bisection among the clauses, not by a scan)
        recalled = [x.span() for x in pats["recalled_since"].finditer(text)]
        if recalled:
            inside = covering(recalled)
            m.counts[:] = [c for c in m.counts if not inside(c.number.start)]
            m.launch_verbs[:] = [v for v in m.launch_verbs if not inside(v[0])]
            m.destroy_verbs[:] = [v for v in m.destroy_verbs if not inside(v[0])]
    if (m.counts or m.launch_verbs) and may_match(words, lex, "defences_spent"):
        # "силы ПВО, применив 12 зенитных ракет, сбили 31 БпЛА": the defenders' own interceptors, spent; the verb
        # of use is no launch and the count of what they spent none of the attack's weapons
        spent = [x.span() for x in pats["defences_spent"].finditer(text)]
        if spent:
            inside = covering(spent)
            m.counts[:] = [c for c in m.counts if not inside(c.number.start)]
            m.launch_verbs[:] = [v for v in m.launch_verbs if not inside(v[0])]
    if m.not_destroyed:
        # ("потребовалось около часа, чтобы сбить все 12": the aim reached, no denial)
        m.not_destroyed[:] = [(a, b) for a, b in m.not_destroyed
                              if not ((x := pats["aim_done"].search(text, max(0, a - 60), b)) and x.end() == a)]
    if m.not_destroyed:
        # a denied verb destroys nothing (one that shares a character with a denial: asked by bisection,
        # not by a scan of all the denials for each verb)
        denied = overlapping(m.not_destroyed)
        m.destroy_verbs[:] = [v for v in m.destroy_verbs if not denied(*v)]
        # (nor is a count inside the denial one of the downed: "…; none of the 4 missiles was intercepted")
        inside_denial = covering(m.not_destroyed)
        m.counts[:] = [c for c in m.counts if not inside_denial(c.number.start)]
    if m.destroy_verbs and (m.weapons or m.counts):
        # (a sentence of a bare count alone too: "Сбиты 9 беспилотников. Ещё один поразил склад.")
        # "the drone destroyed a barn": what the weapon did, not its downing (no weapon starting at the
        # object, and the last weapon that ends before the verb right before it: asked of the weapons'
        # starts and ends, in order as weapon words do not overlap, not by a scan of them all for each verb);
        # so is a bare count's, its weapon left out ("сбиты 12 беспилотников, ещё один поразил склад", "one
        # more destroyed a warehouse"): the one that hit is then no count of the downed either
        bare = {(x.end() if (x := pats["more_after"].match(text, c.end)) else c.end): c for c in m.counts
                if c.weapon is None or c.weapon.start == c.weapon.end}
        agent_ends = sorted({w.end for w in m.weapons} | set(bare))
        starts_set = set(weapon_starts)
        kept, hitters = [], set()
        for a, b in m.destroy_verbs:
            if (obj := pats["agent_object"].match(text, b)) and obj.end() not in starts_set \
                    and (k := bisect_right(agent_ends, a)) \
                    and pats["agent_gap"].fullmatch(text, agent_ends[k - 1], a):
                if agent_ends[k - 1] in bare:
                    hitters.add(id(bare[agent_ends[k - 1]]))
                continue
            kept.append((a, b))
        m.destroy_verbs[:] = kept
        if hitters:
            m.counts[:] = [c for c in m.counts if id(c) not in hitters]
    if m.destroy_verbs:
        # "hit the town with two missiles, destroying an administrative building": a thing right after the
        # verb, no weapon word between (the weapons' starts in text order, asked by bisection), is what the
        # attack destroyed; the verb downs nothing (without a count too: "destroyed a depot for the
        # drones in the Tver region" downed none there)
        thing = pats["destroyed_thing"]
        m.destroy_verbs[:] = [(a, b) for a, b in m.destroy_verbs
                              if not ((x := thing.match(text, b))
                                      and not ((k := bisect_left(weapon_starts, b)) < len(weapon_starts)
                                               and weapon_starts[k] < x.end()))]
    if m.destroy_verbs and m.counts:
        _drop_one_of_downed(m, text, pats)
    elif m.launch_verbs and m.counts:
        _drop_one_of_in_flight(m, text, pats)
    if m.destroy_verbs and len(m.counts) > 1:  # (one verb: the second count's left out, "…, ще два — …")
        _join_more_downed(m, text, pats, lex)
    if m.destroy_verbs and len(m.counts) > 1:
        _more_of_the_same(m, text, pats)
    if m.launch_verbs and len(m.counts) > 1:
        _join_more_in_flight(m, text, pats)
    if m.people and m.destroy_verbs and any(c.explicit for c in m.claimants):
        retold = _retold_actor(m, text, pats)
        m.claimants = [replace(c, explicit=False) if c.explicit and retold(c) else c for c in m.claimants]
    m.night = may_match(words, lex, "night") and bool(pats["night"].search(text))
    m.commentary_hint = may_match(words, lex, "commentary") and bool(pats["commentary"].search(text))
    if may_match(words, lex, "scope"):
        # (not the period of a figure set beside a count told before it: "41 shot down, up from 23 the
        # night before"; "Это вдвое больше, чем сутками ранее, когда были сбиты семь" is that period's count)
        # (the first count, and whether a scope lies in a comparison, asked once and by bisection: not by a
        # scan of all the counts for each comparison, nor of all the comparisons for each scope)
        # (the comparisons read once a scope's pattern matches: most sentences the family admits have none)
        inside_compared = None
        for pattern, rest, scope, gate in pats["scopes"]:
            if gate is not None and not gate.admits(words):
                continue  # (its own gate: a sentence of the family needs one or two of them)
            found = gates.finditer_opening(pattern, rest, text)
            if found and inside_compared is None:
                first_count = min((c.number.start for c in m.counts), default=len(text))
                # (nor one in a clause that says the weapons counted were told before: "5 дронов, о
                # которых сообщали ранее" is no earlier claim)
                inside_compared = covering([x.span() for x in itertools.chain(
                    pats["compared"].finditer(text), pats["told_before_clause"].finditer(text))
                    if first_count < x.start()])
            found = [x for x in found if not inside_compared(x.start())]
            if found and m.counts:
                # (not a period told in a clause of its own after all the counts: "14 drones were shot down
                # overnight, while a market damaged last week has reopened"; one search per period found)
                last_count = max(c.end for c in m.counts)
                found = [x for x in found if x.start() < last_count
                         or not pats["clause_after_comma"].search(text, last_count, x.start())]
            if found and scope == "previous_night":
                # ("Накануне вечером … сбиты три, а ночью … ещё семь": the day before, then the report's
                # own night, is the report's period, not a previous night; the last such clause, found once)
                own_night = max((x.start() for x in pats["own_night_after"].finditer(text)), default=-1)
                found = [x for x in found if x.end() > own_night or not pats["eve"].fullmatch(x.group())]
            if found:
                # ("report": a superlative's "since the invasion", the report's own attack: no scope of another period)
                m.scope = scope if scope != "report" else None
                break
    return m


def _drop_one_of_downed(m: Mentions, text: str, pats: dict) -> None:
    """"wreckage of one of the downed drones", "одна зі збитих ракет влучила", "один из сбитых
    беспилотников упал": one of the weapons already downed (and counted, or not), named again for what
    it did, is no count of its own; nor is its participle a new downing."""
    for c in list(m.counts):
        if c.number.value != 1 or c.of_total is not None:
            continue
        verb = next(((a, b) for a, b in m.destroy_verbs if pats["of_total"].fullmatch(text, c.number.end, a)
                     and any(0 <= w.start - b <= 30 for w in m.weapons)), None)
        if verb is not None:
            m.counts.remove(c)
            m.destroy_verbs.remove(verb)


def _drop_one_of_in_flight(m: Mentions, text: str, pats: dict) -> None:
    """"у села один из беспилотников атаковал грузовик", "один з дронів влучив у склад": one of the weapons
    of an attack whose count is not told, named for what it did; no count of one launched (a sentence
    with no downing verb; "одну из ракет сбили" is one downed, :func:`_drop_one_of_downed` keeps it)."""
    m.counts[:] = [c for c in m.counts
                   if not (c.number.value == 1 and c.of_total is None and c.weapon is not None
                           and pats["one_of"].match(text, c.number.start))]


_WORD_AFTER = re.compile(r"\s*[^\W\d_]")


def gapped_clauses(mentions: list[Mentions], text: str, lex: ModuleType) -> None:
    """A clause of another speaker cut off the sentence before it (segment), with counts and no verb of
    its own: "Минобороны сообщило о пяти сбитых над Курской областью, а губернатор Белгородской – о
    трёх", "…, and the Belgorod governor three": the verb left out is the one of the clause before,
    whose counts its own count are of the same kind as (each clause asked once, its comma by a match)."""
    pats = _patterns(lex)
    for prev, m in itertools.pairwise(mentions):
        if not m.counts or m.destroy_verbs or m.launch_verbs or m.lost_verbs or not prev.counts \
                or prev.sentence.paragraph != m.sentence.paragraph:
            continue
        own = m.sentence.text
        if any(c.weapon is None and _WORD_AFTER.match(own, c.end) for c in m.counts):
            continue  # ("…, а губернатор Белгородской – о трёх пострадавших": a count of something else)
        first = min(m.counts, key=lambda c: c.number.start)
        more = pats["more_before"].search(own, 0, first.number.start)
        if more is not None and not own[: more.start()].strip(" -–—") and all(c.weapon is not None for c in m.counts):
            # "… випустили понад 1700 ударних дронів. Ще 1380 — керовані авіабомби та 69 ракет": a sentence
            # of its own that goes on with more weapons, its verb the one of the sentence before
            if prev.launch_verbs and not prev.destroy_verbs:
                m.gapped = "launched"
            elif prev.destroy_verbs and not prev.launch_verbs:
                m.gapped = "destroyed"
            continue
        comma = text.rfind(",", prev.sentence.start, m.sentence.start)
        if comma < 0 or text[comma + 1 : m.sentence.start].strip() \
                or not pats["speaker_clause"].match(text, comma, m.sentence.end):
            continue
        if prev.destroy_verbs and not prev.launch_verbs:
            m.gapped = "destroyed"
        elif prev.launch_verbs and not prev.destroy_verbs:
            m.gapped = "launched"


def rockets_told_beside(mentions: list[Mentions], lex: ModuleType) -> None:
    """A count of bare missiles ("семь ракет и четыре беспилотника уничтожены") whose rockets the next
    sentence, or the one before, tells as an MLRS's with no count of their own ("атаковали с применением
    ракет РСЗО «Вильха»"): the count's are those rockets, kept out of the drone-and-missile totals as
    where the launcher is named beside the count. Not where a missile of a kind is named beside them."""
    for k, m in enumerate(mentions):
        own = m.sentence.text
        told = [w for w in m.weapons if w.type == "rocket" and not weapons.untold_rockets(w, own, lex)]
        if not told or any(c.weapon is not None and c.weapon.type == "rocket" for c in m.counts) \
                or any(w.type == "missile" for w in m.weapons):
            continue
        for j in (k - 1, k + 1):
            if not 0 <= j < len(mentions):
                continue
            other = mentions[j]
            text = other.sentence.text
            bare = [w for w in other.weapons if weapons.untold_rockets(w, text, lex) or (
                w.type == "missile" and w.model is None and re.fullmatch(lex.MISSILES_BARE, text[w.start:w.end], re.IGNORECASE))]
            counted = {id(c.weapon) for c in other.counts if c.weapon is not None}
            ids = {id(w) for w in bare}
            if not bare or not ids & counted \
                    or any(w.type in ("missile", "rocket") and id(w) not in ids for w in other.weapons):
                continue
            as_told = {id(w): replace(w, type="rocket", model=told[0].model) for w in bare}
            other.weapons = [as_told.get(id(w), w) for w in other.weapons]
            other.counts = [replace(c, weapon=as_told[id(c.weapon)]) if id(c.weapon) in as_told else c
                            for c in other.counts]


@lru_cache(maxsize=8)
def _surname_after_given(lex: ModuleType) -> tuple[re.Pattern[str], gates.Gate | None]:
    """The pattern of a first name and the surname after it, and its gate (:func:`gates.of_pattern`,
    the first names' words): most sentences name no one, and are not searched."""
    source = rf"(?<![\w'’-]){lex.GIVEN_NAMES}\s+([^\W\d_a-zа-яёіїєґ][a-zа-яёіїєґ'’-]{{3,}})"
    return re.compile(source), gates.of_pattern(lex, source)


def _stem(word: str) -> str:
    return word.lower()[: max(4, len(word) - 2)]


def surnames_not_places(mentions: list[Mentions], lex: ModuleType) -> None:
    """A surname the report gives with a first name ("Кирило Тимошенко", read there as a person:
    places' given_before) and then alone ("– написав Тимошенко"): the person again, not the
    village of that name (Tymoshenko, Crimea), in every sentence of the report. Only a name with no
    type word whose every candidate is a village or small town (never "Kyiv" after "Vitali Klitschko")."""
    pat, gate = _surname_after_given(lex)
    stems = {_stem(x.group(1)) for m in mentions if gate is None or gate.admits(m.words)
             for x in pat.finditer(m.sentence.text)} if lex.GIVEN_NAMES else set()
    if not stems:
        return
    for m in mentions:
        m.places = [h for h in m.places if h.type_word or h.village or h.city or not h.candidates
                    or _stem(h.as_written) not in stems or len(h.as_written) > len(_stem(h.as_written)) + 4
                    or any(c.kind != "locality" or (c.population or 0) >= CITY_POPULATION for c in h.candidates)]


def quoted_officials(mentions: list[Mentions], lex: ModuleType) -> None:
    """A quote over several sentences whose attribution stands after it ('"On-duty air defenses destroyed
    four UAVs. There were no casualties," he wrote', «…», — написал губернатор …): the ministry's formula
    for the defences inside it names who downed them, as in a one-sentence quote (see analyse)."""
    pats = _patterns(lex)
    for k, m in enumerate(mentions):
        text = m.sentence.text
        if not m.claimants or not text.lstrip(" -").startswith('"') or text.count('"') % 2 == 0:
            continue
        for n in mentions[k + 1 : k + 4]:
            if n.sentence.paragraph != m.sentence.paragraph:
                break
            if n.sentence.text.count('"') % 2 == 0:
                continue  # (still inside the quote)
            after = n.sentence.text.rfind('"') + 1
            if pats["speaker_pronoun"].search(n.sentence.text, after) or any(p.start >= after for p in n.people):
                m.claimants = [replace(c, explicit=False) if c.explicit and _defences_actor(text, c.start, c.end, pats)
                               else c for c in m.claimants]
            break


def _names_speaker(known: list[bool], m: Mentions, text: str, pats: dict, lex: ModuleType) -> bool:
    """Whether the sentence names a person or has a speaker's pronoun (found once, kept in ``known``)."""
    if not known:
        known.append(bool(m.people or may_match(m.words, lex, "speaker_pronoun") and pats["speaker_pronoun"].search(text)))
    return known[0]


def pronoun_speaks(m: Mentions, lex: ModuleType) -> bool:
    """The sentence's speaker is a pronoun ("По его словам, …", "…, he said"): the person named before."""
    return may_match(m.words, lex, "pronoun_tells") and bool(_patterns(lex)["pronoun_tells"].search(m.sentence.text))


def names_only_defences(m: Mentions, lex: ModuleType) -> bool:
    """Every claimant the sentence names as telling is the defences that did the downing
    ("Ночью дежурные средства ПВО уничтожили 3 БПЛА"): in an official's post, his words."""
    explicit = [c for c in m.claimants if c.explicit]
    pats = _patterns(lex)
    return bool(explicit) and all(_defences_actor(m.sentence.text, c.start, c.end, pats) for c in explicit)


def _defences_actor(text: str, start: int, end: int, pats: dict) -> bool:
    """The claimant named at text[start:end] is the defences that did the downing ("дежурными средствами
    ПВО", "захисники Повітряного командування «Схід»"), not who tells it."""
    return bool(pats["defences_actor"].fullmatch(text, start, end)
                or pats["defences_actor_before"].search(text, max(0, start - 40), start))


def _join_more_downed(m: Mentions, text: str, pats: dict, lex: ModuleType) -> None:
    """"уничтожено пять беспилотников, ещё два подавлены средствами РЭБ", "шість збито, ще три
    подавлено засобами РЕБ": a downed count, then "another" count downed another way, with no place
    and no weapon of another kind of its own, are one count of their sum (the second is no total that
    replaces the first, nor an item). Without "another" when the second was jammed and the first
    shot down: "6 БПЛА сбила ПВО, 3 дрона были заглушены средствами РЭБ" (9 were downed)."""
    # (the verbs in text order: the first after a count by bisection, and whether one ends before it from
    # the first end, not by a scan of the verbs for each pair of counts)
    first_end = min(b for _, b in m.destroy_verbs)
    for first, more in itertools.pairwise(list(m.counts)):
        if more.weapon is not None and (first.weapon is None or more.weapon.type != first.weapon.type):
            continue
        gap = pats["more_gap"].fullmatch(text, first.end, more.number.start)
        j = bisect_left(m.destroy_verbs, (more.end,))
        verb = m.destroy_verbs[j] if j < len(m.destroy_verbs) else None
        # ("шість дронів знешкодили прикордонники, ще два — зенітники", "nine were downed by X, another two — by
        # Y": the verb left out after "another" and its dash is the one the first count was downed by)
        gapped = gap is not None and gap.group("more") is not None and first_end <= more.number.start \
            and pats["more_gapped"].match(text, more.end) is not None and not _verb_in_clause(m, text, more.end, pats) \
            and not _dash_tells_no_agent(m, text, more.end, pats)
        if gap is None or not gapped and (verb is None or first_end > more.number.start
                                          or not pats["more_verb_gap"].fullmatch(text, more.end, verb[0])):
            continue
        if not gapped and gap.group("more") is None and not pats["more_after"].match(text, more.number.end) \
                and not _jammed_after_downed(m, text, first, more, verb, pats, lex):
            continue
        clause = pats["clause_end"].search(text, more.end if gapped else verb[1])
        until = clause.start() if clause else len(text)
        if any(more.number.start <= p.start < until for p in m.places):
            continue  # "… пять, ещё два уничтожены над Курской": an item of another place
        if (k := bisect_left(m.lost_verbs, (more.end,))) < len(m.lost_verbs) and m.lost_verbs[k][0] < until:
            continue  # "…, ещё 41 сбиты с курса (локационно потеряны)": lost, no more downed
        if pats["other_period"].search(text, more.number.start, until):
            # "… 12 overnight, and another 3 were destroyed on Tuesday evening": another period's, no
            # part of this count (nor a second count of its weapon beside it)
            m.counts.remove(more)
            return
        _sum_into_first(m, first, more)
        return


def _dash_tells_no_agent(m: Mentions, text: str, at: int, pats: dict) -> bool:
    """Whether the clause after "another N" and its dash tells no agent of the downing left out but a place, a
    state or what the weapons did ("ще два — у повітрі", "еще 14 — над акваториями", "another two — fell in a
    field", "— decoys"): lex.GAPPED_NOT_AGENT first, lex.NOT_ATTACK_COUNT or a weapon word in the clause."""
    if pats["more_not_agent"].match(text, at) is not None:
        return True
    clause = pats["clause_end"].search(text, at)
    until = clause.start() if clause else len(text)
    return pats["not_attack_count"].search(text, at, until) is not None \
        or any(at <= w.start < until for w in m.weapons)


def _verb_in_clause(m: Mentions, text: str, at: int, pats: dict) -> bool:
    """Whether a verb of downing, launching or losing starts in the clause from ``at`` ("ще 25 – локаційно
    втрачені": the count's own verb, not one left out)."""
    clause = pats["clause_end"].search(text, at)
    until = clause.start() if clause else len(text)
    # (each list in text order: its first verb from ``at`` found by bisection, no scan per count)
    return any((j := bisect_left(verbs, (at,))) < len(verbs) and verbs[j][0] < until
               for verbs in (m.destroy_verbs, m.launch_verbs, m.lost_verbs))


def _sum_into_first(m: Mentions, first: weapons.Count, more: weapons.Count) -> None:
    """The count ``more`` told as more of ``first``: ``first`` holds their sum (rounded if either is), ``more`` goes."""
    number = replace(first.number, value=first.number.value + more.number.value,
                     approx=first.number.approx or more.number.approx)
    m.counts[m.counts.index(first)] = replace(first, number=number)
    m.counts.remove(more)


def _join_more_in_flight(m: Mentions, text: str, pats: dict) -> None:
    """"по країні запущено 60 ракет і летять ще близько 15", "60 missiles have been launched and about 15
    more are in the air": a launched count, then "more" still on their way, with no weapon of another
    kind, are one launched count of their sum (rounded if either is): the second is no total that
    replaces the first, nor the first an exact figure that replaces a rounded one told before."""
    for first, more in itertools.pairwise(list(m.counts)):
        if more.weapon is not None and (first.weapon is None or more.weapon.type != first.weapon.type):
            continue
        gap = pats["in_flight_gap"].fullmatch(text, first.end, more.number.start)
        if gap is None or (gap.group("flying") is None and not pats["in_flight_after"].match(text, more.end)):
            continue  # (the verb of flight between the counts, "і летить ще 20", or after the second, "і ще 20 летять")
        _sum_into_first(m, first, more)
        return


def _more_of_the_same(m: Mentions, text: str, pats: dict) -> None:
    """"Три беспилотника врезались в дом, ещё пять сбиты", "two drones hit a depot, five more were
    shot down": a bare count "another", its destroy verb right after it, counts more of the weapon
    the count before it named, whatever that count's own verb (the hits are no part of the downed)."""
    for k, (first, more) in enumerate(itertools.pairwise(list(m.counts)), 1):
        if more.weapon is not None or first.weapon is None or first.weapon.type == "unknown":
            continue
        gap = pats["more_gap"].fullmatch(text, first.end, more.number.start)
        if gap is None or (gap.group("more") is None and not pats["more_after"].match(text, more.number.end)):
            continue
        after = pats["more_after"].match(text, more.number.end)
        j = bisect_left(m.destroy_verbs, (more.end,))  # (the verbs in text order: the first after the count)
        if j == len(m.destroy_verbs) \
                or not pats["more_verb_gap"].fullmatch(text, after.end() if after else more.end, m.destroy_verbs[j][0]):
            continue
        at = more.number.start
        m.counts[k] = replace(more, weapon=weapons.WeaponWord(at, at, first.weapon.type, first.weapon.model))


def _jammed_after_downed(m: Mentions, text: str, first: weapons.Count, more: weapons.Count,
                         verb: tuple[int, int], pats: dict, lex: ModuleType) -> bool:
    """The second count's verb is one of jamming ("заглушены", "jammed") and the verb of the first,
    nearest it, one of shooting down: two ways of downing, each its own part (not "3 з них придушено",
    a part of the first)."""
    if weapons.of_them_after(text, more.number.end, lex):
        return False
    # the verbs that end before the verb, nearest the first count: they are in text order and do not
    # overlap (one pattern's matches), so that is one of the two around the count, found by bisection (a
    # scan of all the verbs for each pair of counts was square)
    before = bisect_right(m.destroy_verbs, verb[0], key=lambda v: v[1])
    k = bisect_left(m.destroy_verbs, (first.number.start,), 0, before)
    near = min(m.destroy_verbs[max(0, k - 1) : min(k + 1, before)], key=lambda v: abs(v[0] - first.number.start),
               default=None)
    return bool(pats["suppressed"].fullmatch(text, *verb)) and near is not None \
        and not pats["suppressed"].fullmatch(text, *near)


def _retold_actor(m: Mentions, text: str, pats: dict) -> Callable[[ClaimantRef], bool]:
    """Whether a claimant is named right before a verb of downing, in a sentence where an official speaks of
    it ("Kiper said the air force had downed seven drones above Odesa", "The air force destroyed three
    more above Chernihiv, according to Governor Chaus"): it did the downing; the official tells it."""
    # Each claimant asks one official of each side, not every official named (square in a sentence of
    # thousands): before it, the one whose mention ends first after the last ";" before it (a report
    # verb found after a later one is found after it too: a match does not depend on where the search
    # starts); after it, the first whose mention follows a "," with nothing but a report verb between
    # (the only "," retold_after can end its gap at), that "," the first at or after the claimant (a
    # later one's gap holds the first's, and a ";", "." or report verb in it)
    ends = sorted(p.role_end for p in m.people)
    commas = [k.start() for k in re.finditer(",", text)]
    told = inside((x.start(), x.end(1)) for x in pats["report_verb"].finditer(text))  # (a report verb between two offsets)
    after = []  # (the "," before an official with nothing but a report verb between, where he starts)
    for p in m.people:
        i = bisect_left(commas, p.role_start)
        if i and pats["retold_after"].fullmatch(text, commas[i - 1], p.role_start):
            after.append((commas[i - 1], p.role_start))
    after.sort()

    def retold(c: ClaimantRef) -> bool:
        # (the verbs in text order: only the first after the claimant can follow a gap of no words but
        # auxiliaries; and where the last ";" before it stands, found once)
        j = bisect_left(m.destroy_verbs, (c.end,))
        if j == len(m.destroy_verbs) or not pats["retold_gap"].fullmatch(text, c.end, m.destroy_verbs[j][0]):
            return False
        semicolon = text.rfind(";", 0, c.start)
        k = bisect_right(ends, semicolon)
        if k < len(ends) and ends[k] <= c.start and told(ends[k], c.start):
            return True  # the official, then what he said
        k = bisect_left(after, (c.end,))
        if k < len(after):
            comma, role_start = after[k]
            # what was downed, then the official who said it (no "it said" of its own before)
            return pats["retold_after"].fullmatch(text, c.end, role_start) is not None \
                and not told(c.end, comma)
        return False

    return retold


# a digit, "midnight", "noon" or "midday" in any case (r"\d|midnight|noon|midday" with IGNORECASE:
# its first character in one class, then what each branch needs before it, so that a search skips
# to the next candidate character instead of trying the alternatives at every one)
_CLOCKISH = re.compile(r"[\dmMnN](?:(?<=\d)|(?i:(?<=m)(?:idnight|idday)|(?<=n)oon))")
_ASCII_DIGIT = re.compile(r"[0-9]")


def _zones_in_brackets(text: str) -> list[tuple[int, int]]:
    """The spans of "(GMT+3)": no count, no clock time. What the regex "\\([^)]*(?:GMT|UTC)[^)]*\\)" finds, read
    once: from each ")" to the next only the first "(" may open one (a later "(" of the stretch sees
    less of it), so a run of "(" is not scanned to its end from each of them (square)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while (opening := text.find("(", start)) >= 0 and (close := text.find(")", opening)) >= 0:
        if text.find("GMT", opening, close) >= 0 or text.find("UTC", opening, close) >= 0:
            spans.append((opening, close + 1))
        start = close + 1
    return spans


def _clockish(text: str) -> bool:
    """Whether ``_CLOCKISH`` finds something in the text. In a text of ASCII characters alone a
    digit is [0-9] and the words have no case forms but their ASCII ones: a scan for a digit and
    three substring tests (the regex stopped at every "m" and "n" of an English sentence)."""
    if text.isascii():
        if _ASCII_DIGIT.search(text) is not None:
            return True
        low = text.lower()
        return "midnight" in low or "midday" in low or "noon" in low
    return _CLOCKISH.search(text) is not None


def _inside_model_name(n: numbers.Number, words: list[weapons.WeaponWord], starts: list[int]) -> bool:
    """"Kh-101", "Shahed-136", "GBU-39": digits that belong to a weapon's name. ``words`` do not
    overlap and ``starts`` are their starts in order: only the last word starting at or before the
    number can hold it."""
    k = bisect_right(starts, n.start) - 1
    if k < 0:
        return False
    w = words[k]
    return w.start <= n.start < w.end and (bool(w.model) or w.start < n.start)
