"""Trigger gates derived from the patterns they gate.

A stage runs a family of regular expressions only on sentences that contain
one of the family's *gate words* (see :func:`raidlog.lexicon.may_match`).
The gate is computed here from the patterns themselves, the way yargy's
``morph_pipeline`` builds its index from its phrases, so that a word added
to a pattern can never be missing from its gate.

:func:`required_words` walks the parsed pattern (``re._parser``) along every
path: optional items branch, alternations branch, small letter classes
(``[её]``) branch, and ``\\w*``, ``.``, ``\\S`` or large classes leave a word
open. On each path it keeps one word that every match of that path contains:
not a function word of the lexicon (``GATE_SKIP``) where the path has
another, then (on a second walk) the word a first walk chose for more paths
of the family, then the word picked out of the fewest alternatives, then the
longer, then the later ("the MoD", "в небе"). A word may be a whole short
word ("из"), or an open stem ("мэр" in ``мэр\\w*``). A gate is then

- an *exact* token: what :func:`raidlog.lexicon.words_of` yields for the
  word (its first ``n`` letters, or the whole word when shorter or when the
  lexicon gates whole words, ``n`` = 0), or
- a *prefix*: a stem shorter than ``n`` letters (any length when ``n`` = 0)
  that a sentence's word must start with.

A path on which no word is known (``[А-ЯЁ]\\w+`` alone) leaves the family
ungated: :func:`raidlog.lexicon.may_match` then always says True.

Assumption: a pattern's match starts at the start of a word (the lexicons'
patterns are words and phrases; the hand-kept lists assumed the same).

Stages declare which lexicon attributes make up a family with
:func:`declare`; :func:`gate` derives and caches the gate per lexicon, in
memory and on disk under a hash of the patterns and of this module (so a
command-line run does not pay a few tenths of a second per language each
time; ``RAIDLOG_GATE_CACHE`` names another directory, or ``off``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import re._compiler as R  # noqa: N812
import re._constants as C  # noqa: N812
import re._parser as P  # noqa: N812
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

_SELF = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()  # the algorithm's version

_LETTER = re.compile(r"[^\W\d_]")
_MAX_CLASS = 8  # letter classes up to this size branch; larger ones leave the word open
_MAX_LOOPS = 12  # optional repetitions explored (states are finite; this only bounds the work)
_LONGEST = 40  # letters a walk tracks of one word
_AHEAD_WIDTH = 64  # a look-ahead's words are a path's last choice (see _Walker.ahead)


class Ungated(Exception):
    """Some path of the pattern contains no word known in advance."""


# A stem is looked up by its first letters (see stem_key): as many as the words of a lexicon
# that gates whole words have at least, one less than TRIGGER_PREFIX in the others (whose stems
# are all shorter), so that words_of marks one beginning of each word.
_WHOLE_WORD_STEM = 4
_FEW_STEMS = 8  # up to this many stems in all a lexicon's gates, each is tested word by word


@dataclass(frozen=True, slots=True)  # (slots: a stage asks a sentence of a few hundred gates)
class Gate:
    exact: frozenset[str]  # tokens as words_of yields them
    prefixes: tuple[str, ...]  # shorter stems a word must start with
    # What admits looks up: the exact tokens and the stems' keys (words_of adds each word's
    # keys: its first k letters and "*"), and stems it must test one by one (none, once
    # :func:`gate` has told words_of every stem length of the lexicon).
    keys: frozenset[str] = field(default=frozenset(), compare=False)
    slow: tuple[str, ...] = field(default=(), compare=False)
    # a second gate of the same pattern, of other words of its paths (see :func:`of_pattern`):
    # a match contains a word of each, so a sentence must hold both
    also: Gate | None = field(default=None, compare=False)

    def admits(self, words: frozenset[str]) -> bool:
        # (the stems tested word by word in a C loop, as may_match does: a generator's step per word was
        # most of the time of a gate asked of a sentence without its keys)
        if words.isdisjoint(self.keys) and not (self.slow and any(map(str.startswith, words, repeat(self.slow)))):
            return False
        return self.also is None or self.also.admits(words)


def stem_key(stem: str, n: int) -> str:
    """The key of a stem ("kill*" for killed…, "мэр*" for мэр…) in a lexicon of TRIGGER_PREFIX
    ``n``: its first letters (a little more admitting than the stem, never less) and "*", as
    words_of marks a word's beginning."""
    return stem[: n - 1 if n else _WHOLE_WORD_STEM] + "*"


# A word of a path: its literal letters, whether it may go on after them (open), and its
# width: how many alternatives its letters were picked from (a word out of a list of 45
# nouns is a poorer gate than the verb beside it, one of 5).
_Word = tuple[str, bool, int]
# A walk state: the letters of the current word so far (None: a word nobody can know,
# e.g. after \w+), that word's width, and the best word the path has finished.
_State = tuple[str | None, int, _Word | None]


class _Walker:
    def __init__(self, n: int, skip: frozenset[str], shared: dict[str, int] | None = None,
                 avoid: frozenset[str] = frozenset()) -> None:
        self.n = n or _LONGEST
        self.skip = skip
        self.shared = shared or {}
        self.avoid = avoid  # gate tokens another gate of the pattern has (taken where a path has another word)
        self.ranks: dict[_Word, tuple] = {}

    def rank(self, w: _Word) -> tuple:
        try:
            return self.ranks[w]
        except KeyError:
            letters, _, width = w
            r = self.ranks[w] = (letters in self.skip, letters[: self.n] in self.avoid,
                                 -self.shared.get(letters[: self.n], 0), width, -min(len(letters), self.n))
            return r

    def better(self, best: _Word | None, w: _Word | None) -> _Word | None:
        """The better gate of two words of a path (on a tie the later: "the MoD", "в небе")."""
        if best is None or w is None:
            return best or w
        return w if self.rank(w) <= self.rank(best) else best

    # --- transitions on a set of states -------------------------------------------------
    def letter(self, states: set[_State], chars: set[str], width: int) -> set[_State]:
        out: set[_State] = set()
        for cur, cw, best in states:
            if cur is None:
                out.add((None, 1, best))
            elif len(cur) >= _LONGEST:
                out.add((None, 1, self.better(best, (cur, True, cw))))
            else:
                out.update((cur + c, max(cw, width), best) for c in chars)
        return out

    def boundary(self, states: set[_State]) -> set[_State]:
        """A character that is no letter: the current word ends."""
        return {("", 1, self.better(best, (cur, False, cw) if cur else None)) for cur, cw, best in states}

    def unknown(self, states: set[_State]) -> set[_State]:
        """Characters nobody can know: the current word goes on, or ends and others begin."""
        return {(None, 1, self.better(best, (cur, True, cw) if cur else None)) for cur, cw, best in states}

    # --- the parsed pattern ---------------------------------------------------------------
    def seq(self, items: Iterable, states: set[_State], width: int = 1) -> set[_State]:
        run = ""  # literal letters in a row, appended at once
        for op, arg in items:
            if not states:
                break
            if op is C.LITERAL and _LETTER.match(chr(arg)):
                run += chr(arg).lower()
                continue
            if run:
                states, run = self.letters(states, run, width), ""
            states = self.item(op, arg, states, width)
        return self.letters(states, run, width) if run and states else states

    def letters(self, states: set[_State], run: str, width: int) -> set[_State]:
        out: set[_State] = set()
        for cur, cw, best in states:
            if cur is None:
                out.add((None, 1, best))
            elif len(cur) + len(run) > _LONGEST:
                out.add((None, 1, self.better(best, (cur + run, True, max(cw, width)))))
            else:
                out.add((cur + run, max(cw, width), best))
        return out

    def item(self, op, arg, states: set[_State], width: int) -> set[_State]:  # noqa: C901, PLR0911, PLR0912
        if op is C.LITERAL:
            ch = chr(arg)
            return self.letter(states, {ch.lower()}, width) if _LETTER.match(ch) else self.boundary(states)
        if op is C.IN:
            return self.char_class(arg, states, width)
        if op in (C.ANY, C.NOT_LITERAL):
            return self.unknown(states)
        if op is C.CATEGORY:
            return self.char_class([(op, arg)], states, width)
        if op is C.BRANCH:
            out: set[_State] = set()
            for alt in arg[1]:
                out |= self.seq(alt, set(states), width * len(arg[1]))
            return out
        if op is C.SUBPATTERN:
            return self.seq(arg[-1], states, width)
        if op is getattr(C, "ATOMIC_GROUP", None):
            return self.seq(arg, states, width)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = arg
            for _ in range(min(lo, _LONGEST)):
                states = self.seq(sub, states, width)
            if hi == lo:
                return states
            acc, frontier = set(states), set(states)
            for _ in range(min(hi - lo, _MAX_LOOPS)):
                frontier = self.seq(sub, frontier, width) - acc
                if not frontier:
                    break
                acc |= frontier
            return acc
        if op is C.ASSERT and arg[0] == 1:
            return self.ahead(list(arg[1]), states, width)
        if op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = arg
            sub = list(sub)
            if op is C.ASSERT_NOT and not sub:
                return set()  # (?!): never matches
            if op is C.ASSERT_NOT and direction == 1 and _no_word_char_next(sub):
                return self.item(C.AT, C.AT_BOUNDARY, states, width)  # (?![\w-]): the word ends here
            return states
        if op is C.AT:
            if arg in (C.AT_BOUNDARY, C.AT_END, C.AT_END_STRING):
                return self.boundary(states)  # the word before ends; whatever follows begins one
            return states
        if op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return self.unknown(states)
        raise ValueError(f"gates: unhandled regex construct {op}")

    def ahead(self, sub: list, states: set[_State], width: int) -> set[_State]:
        """A look-ahead: the text holds what it asks for, from here on (the "drone" of "an?(?=\\s+drone)"),
        though the pattern goes on from here: each state keeps its current word and gains the words
        finished along each path through the look-ahead, and the one it ends in (open). Those words
        count as picked out of _AHEAD_WIDTH times more alternatives than they are: a path takes one
        only where it has no better word of its own (the "a" of "an?(?=\\s+drone)", a function word),
        as an optional word in a look-ahead is a path of its own ("(?=\\s+(?:all\\s+)?the\\s+\\d)"),
        and its word would widen the gate beside the other path's."""
        out: set[_State] = set()
        for state in states:
            for cur, cw, best in self.seq(sub, {state}, width * _AHEAD_WIDTH):
                out.add((state[0], state[1], self.better(best, (cur, True, cw) if cur else None)))
        return out

    def char_class(self, members, states: set[_State], width: int) -> set[_State]:
        letters: set[str] = set()
        other = unknown = False
        for op, arg in members:
            if op is C.NEGATE:
                return self.unknown(states)
            if op is C.LITERAL:
                if _LETTER.match(chr(arg)):
                    letters.add(chr(arg).lower())
                else:
                    other = True
            elif op is C.RANGE:
                lo, hi = arg
                span = [chr(c) for c in range(lo, hi + 1)]
                if any(_LETTER.match(c) for c in span):
                    letters.update(c.lower() for c in span if _LETTER.match(c))
                    other = other or not all(_LETTER.match(c) for c in span)
                else:
                    other = True
            elif op is C.CATEGORY:
                if arg in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD):
                    other = True
                else:
                    unknown = True
            else:
                unknown = True
        if len(letters) > _MAX_CLASS:
            unknown = True
            letters = set()
        out: set[_State] = set()
        if unknown:
            out |= self.unknown(states)
        if other:
            out |= self.boundary(states)
        if letters:
            out |= self.letter(states, letters, width * len(letters))
        return out


def opens_words(pattern: str) -> bool:
    r"""Whether every match of ``pattern`` begins at the start of a word, as a gate assumes (see the
    module's docstring): each path opens with , a look-behind for no word character ("(?<![\w-])")
    or a character that is no letter. A family of patterns that may begin inside a word ("сел\w*"
    finds the one in "посёлок") declares no gate where this says False."""

    def starts(items) -> bool:
        for op, arg in items:
            if op is C.AT:
                return arg in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_STRING)
            if op is C.ASSERT_NOT and arg[0] == -1 and _no_word_char_next(list(arg[1])):
                return True
            if op in (C.ASSERT, C.ASSERT_NOT):
                continue  # (another look-around: what the match begins with is after it)
            if op is C.SUBPATTERN:
                return starts(arg[-1])
            if op is C.BRANCH:
                return all(starts(alt) for alt in arg[1])
            if op is C.LITERAL:
                return not _LETTER.match(chr(arg))
            if op is C.IN:  # (spaces, digits, punctuation: "\s+village")
                return all(o is C.LITERAL and not _LETTER.match(chr(a)) or o is C.CATEGORY
                           and a in (C.CATEGORY_SPACE, C.CATEGORY_DIGIT, C.CATEGORY_NOT_WORD) for o, a in arg)
            if op in (C.MAX_REPEAT, C.MIN_REPEAT) and arg[0] > 0:
                return starts(arg[2])
            return False  # (a letter class, an optional item …: not known to open a word)
        return False

    return starts(P.parse(pattern, re.IGNORECASE))


def _no_word_char_next(sub: list) -> bool:
    r"""A negative lookahead such as (?![\w-]) or (?!\w): no letter may follow."""
    if len(sub) != 1:
        return False
    op, arg = sub[0]
    members = arg if op is C.IN else [(op, arg)] if op is C.CATEGORY else []
    return (C.CATEGORY, C.CATEGORY_WORD) in members


class _AllWalker(_Walker):
    """A walk that keeps every word each path finishes, not the best one (see :func:`path_words`);
    not a look-ahead's (a path would ask less, never more: each of its paths would multiply the
    walk's)."""

    def better(self, best, w):  # (a frozenset of words, not one word)
        return best if w is None else (best or frozenset()) | {w[:2]}

    def ahead(self, sub: list, states: set, width: int) -> set:
        return states

    def seq(self, items: Iterable, states: set, width: int = 1) -> set:
        states = super().seq(items, states, width)
        if len(states) > _MAX_PATHS:
            raise Ungated("too many paths")  # (optional words multiply the paths: not worth gating so)
        return states


_MAX_PATHS = 512


def path_words(pattern: str, n: int = 0) -> list[frozenset[tuple[str, bool]]]:
    """Every word known in advance on each path through ``pattern`` (letters, open): a match
    along a path contains all of that path's words. Raises :class:`Ungated` when some path has
    none, or when the paths are too many to list."""
    walker = _AllWalker(n, frozenset())
    out: list[frozenset[tuple[str, bool]]] = []
    for cur, cw, words in walker.seq(P.parse(pattern, re.IGNORECASE), {("", 1, None)}):
        words = walker.better(words, (cur, True, cw) if cur else None)
        if not words:
            raise Ungated(pattern)
        out.append(words)
    return out


def required_words(pattern: str, n: int = 0, skip: Iterable[str] = (),
                   shared: dict[str, int] | None = None, avoid: Iterable[str] = ()) -> list[tuple[str, bool]]:
    """One word (letters, open) per path through ``pattern``: every match contains one of
    them as a word (open: a word starting with the letters). ``shared``: how many paths of
    the family a first choice gave each word; words that serve many paths are preferred.
    ``avoid``: gate tokens (as :func:`derive` makes them) taken only where a path has no other word.
    Raises :class:`Ungated` when some path has no word known in advance."""
    walker = _Walker(n, frozenset(skip), shared, frozenset(avoid))
    out: list[tuple[str, bool]] = []
    for cur, cw, best in walker.seq(P.parse(pattern, re.IGNORECASE), {("", 1, None)}):
        best = walker.better(best, (cur, True, cw) if cur else None)
        if best is None:
            raise Ungated(pattern)
        out.append(best[:2])
    return out


# --- families ----------------------------------------------------------------------------
# family -> lexicon attributes whose patterns make it up, or a function of the lexicon giving
# them (None: the family runs everywhere). An attribute may be a pattern, a list of patterns,
# a list of tuples (pattern first), or a dict with a suffix saying where its patterns are:
# "NAME:keys" (patterns as keys), "NAME:values", "NAME:words" (keys are plain words),
# "NAME:group=role" (the group (?P<role>…) that each pattern of the list must match). An entry
# ("NAME", r"\b(?:{})\b") gives the form the stage compiles each pattern in.
Entry = str | tuple[str, str]
Spec = tuple[Entry, ...] | Callable[[ModuleType], "tuple[Entry, ...] | None"]
_FAMILIES: dict[str, Spec] = {}
_RAW: dict[tuple[str, str], Gate | None] = {}  # derived from the patterns alone
_CACHE: dict[tuple[str, str], Gate | None] = {}  # with the lexicon's stem keys
_MARKS: dict[str, tuple[int, ...]] = {}
# (lexicon, family) -> (keys, slow stems) of its gate, keys None when ungated: may_match's lookup
FAST: dict[tuple[ModuleType, str], tuple[frozenset[str] | None, tuple[str, ...]]] = {}
_INDEXES: dict[str, FamilyIndex] = {}


def declare(families: dict[str, Spec]) -> None:
    """A stage names the lexicon patterns each family it gates stands for."""
    _FAMILIES.update(families)
    _RAW.clear()
    _CACHE.clear()
    _MARKS.clear()
    FAST.clear()
    for index in _INDEXES.values():
        index.live = False  # (words found before know the families declared then only)
    _INDEXES.clear()


def families() -> dict[str, Spec]:
    return dict(_FAMILIES)


def sources(lex: ModuleType, family: str) -> list[str] | None:
    """The regular expressions of a family in this lexicon (None: ungated by declaration)."""
    try:
        spec = _FAMILIES[family]
    except KeyError:
        raise KeyError(f"gate family {family!r} is declared by no imported stage: the stage that calls "
                       f"may_match(…, {family!r}) names its lexicon patterns with raidlog.lexicon.gates.declare") from None
    names = spec(lex) if callable(spec) else spec
    if names is None:
        return None
    out: list[str] = []
    for entry in names:
        name, template = (entry, "{}") if isinstance(entry, str) else entry
        attr, _, part = name.partition(":")
        value = getattr(lex, attr)
        if part == "keys":
            found = list(value)
        elif part == "values":
            found = list(value.values())
        elif part == "words":
            found = [re.escape(w) for w in value]
        elif part.startswith("group="):  # the named group every pattern of the list has
            found = [group_source(v, part[len("group="):]) for v in value]
        elif isinstance(value, str):
            found = [value]
        else:
            found = [v if isinstance(v, str) else v[0] for v in value]
        out.extend(template.format(p) for p in found)
    return out


def outside_classes(pattern: str, start: int = 0, depth: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` from ``start`` that is no escape and stands in no character class
    ("[^]|]" is one class), as (index, character, group depth before it)."""
    i, in_class = start, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        else:
            yield i, ch, depth
            depth += (ch == "(") - (ch == ")")
        i += 1


def group_source(pattern: str, name: str) -> str:
    """The source of the named group ``(?P<name>…)`` in ``pattern``."""
    start = pattern.index(f"(?P<{name}>") + len(name) + 5
    end = next(i for i, ch, depth in outside_classes(pattern, start, 1) if ch == ")" and depth == 1)
    return pattern[start:end]


def gate(lex: ModuleType, family: str) -> Gate | None:
    """The family's gate in this lexicon, derived once (None: it cannot be gated)."""
    key = (lex.__name__, family)
    try:
        return _CACHE[key]
    except KeyError:
        pass
    g = _raw(lex, family)
    if g is not None:
        marks = mark_lengths(lex)
        n = lex.TRIGGER_PREFIX
        keyed = [p for p in g.prefixes if len(stem_key(p, n)) - 1 in marks]
        slow = tuple(p for p in g.prefixes if p not in keyed)
        g = Gate(g.exact, g.prefixes, g.exact | {stem_key(p, n) for p in keyed}, slow)
    _CACHE[key] = g
    return g


def of_pattern(lex: ModuleType, pattern: str) -> Gate | None:
    """One pattern's own gate (None: it cannot be gated), for a stage that runs a family's
    patterns one by one once the family's gate admits the sentence: most sentences need one or
    two of them. Test it with ``Gate.admits`` (its stems are tested word by word).

    The gate has a second one (``also``) of other words of the pattern's paths where they have
    more than one ("Ukrainian Air Force": "ukrainian" and "force"): a sentence of the family that
    names "the air force" alone, or "Ukrainian" troops, is not searched for the pattern."""
    skip = sorted(getattr(lex, "GATE_SKIP", ()))
    g = _stored_derive([pattern], lex.TRIGGER_PREFIX, skip)
    if g is None:
        return None
    also = _stored_derive([pattern], lex.TRIGGER_PREFIX, skip, sorted(g.exact | set(g.prefixes)))
    if also is None or (also.exact, also.prefixes) == (g.exact, g.prefixes):
        return g
    return Gate(g.exact, g.prefixes, g.keys, g.slow, also)


def _raw(lex: ModuleType, family: str) -> Gate | None:
    key = (lex.__name__, family)
    if key not in _RAW:
        _RAW[key] = _stored_derive(sources(lex, family), lex.TRIGGER_PREFIX, sorted(getattr(lex, "GATE_SKIP", ())))
    return _RAW[key]


def _cache_dir() -> Path | None:
    if os.environ.get("RAIDLOG_GATE_CACHE") == "off":
        return None
    base = os.environ.get("RAIDLOG_GATE_CACHE") or os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "raidlog-gates"


def _stored_derive(patterns: list[str] | None, n: int, skip: list[str], avoid: list[str] = ()) -> Gate | None:
    """derive(), remembered on disk under a hash of its inputs and of this module (a changed
    pattern or algorithm is a new entry): deriving every family takes a few tenths of a second,
    which a command-line run would pay each time."""
    if patterns is None:
        return None
    where = _cache_dir()
    digest = hashlib.sha256(json.dumps([_SELF, sys.version, n, skip, patterns, list(avoid)]).encode()).hexdigest()[:32]
    path = where / f"{digest}.json" if where else None
    if path is not None:
        try:
            stored = json.loads(path.read_text("utf-8"))
            if stored is None:
                return None
            exact, prefixes = frozenset(stored["exact"]), tuple(stored["prefixes"])
            return Gate(exact, prefixes, exact, prefixes)
        except (OSError, ValueError, KeyError, TypeError):
            pass
    g = derive(patterns, n, skip, avoid)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(None if g is None else {"exact": sorted(g.exact), "prefixes": list(g.prefixes)}),
                           "utf-8")
            tmp.replace(path)
        except OSError:
            pass
    return g


_MEMO = 4096


@dataclass(eq=False, slots=True)  # (slots: every gate ask of a sentence reads its fields)
class FamilyIndex:
    """Every declared family's gate in one lexicon at once, so that a sentence's words find the
    families they admit in one pass (a sentence asks about twenty of them): ``by_key`` gives the
    families each gate key admits, ``ungated`` the families no gate can tell (always admitted),
    ``slow`` the stems a family's words are tested with one by one (see :class:`Gate`).
    ``paths``: the families with every path's words known (:func:`paths`), which a sentence's
    words must hold all of for some path; ``anchored`` each such path under one of its keys."""

    families: frozenset[str]
    keys: frozenset[str]
    by_key: dict[str, tuple[str, ...]]
    ungated: frozenset[str]
    slow: dict[str, tuple[str, ...]]
    paths: frozenset[str] = frozenset()
    anchored: dict[str, tuple[tuple[str, frozenset[str]], ...]] = field(default_factory=dict)
    live: bool = True  # False once a stage declares more families
    # the gate keys a sentence holds -> the families they admit: sentences hold few of them, and
    # the same few again and again (bounded: cleared when full)
    memo: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)

    def admitted(self, words: frozenset[str]) -> frozenset[str]:
        """The families whose gate keys ``words`` hold, and the ungated ones."""
        keys = self.keys.intersection(words)
        try:
            return self.memo[keys]
        except KeyError:
            pass
        found = set(self.ungated)
        for key in keys:
            found.update(self.by_key.get(key, ()))
        if not self.paths.isdisjoint(found):
            # ("уничтожены" alone: no path of "не удалось уничтожить", "не смогли сбить" … whole)
            whole = {family for key in keys for family, path in self.anchored.get(key, ()) if path <= keys}
            found -= self.paths - whole
        if len(self.memo) >= _MEMO:
            self.memo.clear()
        self.memo[keys] = admitted = frozenset(found)
        return admitted


def family_index(lex: ModuleType) -> FamilyIndex:
    """The lexicon's :class:`FamilyIndex`, built once (again after a :func:`declare`)."""
    try:
        return _INDEXES[lex.__name__]
    except KeyError:
        pass
    by_key: dict[str, list[str]] = {}
    ungated, slow = set(), {}
    anchored: dict[str, list[tuple[str, frozenset[str]]]] = {}
    with_paths: set[str] = set()
    for family in _FAMILIES:
        g = gate(lex, family)
        if g is None:
            ungated.add(family)
            continue
        for key in g.keys:
            by_key.setdefault(key, []).append(family)
        if g.slow:
            slow[family] = g.slow
        known = paths(lex, family)
        if known is not None and any(len(path) > 1 for path in known):
            with_paths.add(family)
            for path in known:  # (under its longest key: the rarest word, most likely)
                anchored.setdefault(max(path, key=lambda k: (len(k), k)), []).append((family, path))
    keys = frozenset(by_key).union(*(path for entries in anchored.values() for _, path in entries))
    index = FamilyIndex(frozenset(_FAMILIES), keys, {k: tuple(v) for k, v in by_key.items()},
                        frozenset(ungated), slow, frozenset(with_paths),
                        {k: tuple(v) for k, v in anchored.items()})
    _INDEXES[lex.__name__] = index
    return index


def paths(lex: ModuleType, family: str) -> tuple[frozenset[str], ...] | None:
    """The keys of every path of the family's patterns (:func:`path_words`, as words_of yields
    them), the paths that hold another whole left out; None where some path has no key. A stem
    that words_of marks no key of is left out of its path (the path asks less, never more)."""
    n, marks = lex.TRIGGER_PREFIX, mark_lengths(lex)
    found = _stored_paths(sources(lex, family), n, marks)
    return None if found is None else tuple(frozenset(path) for path in found)


def _stored_paths(patterns: list[str] | None, n: int, marks: tuple[int, ...]) -> list[list[str]] | None:
    """The paths of :func:`paths`, remembered on disk as :func:`_stored_derive` remembers gates."""
    if patterns is None:
        return None
    where = _cache_dir()
    digest = hashlib.sha256(json.dumps(["paths", _SELF, sys.version, n, marks, patterns]).encode()).hexdigest()[:32]
    path = where / f"{digest}.json" if where else None
    if path is not None:
        try:
            stored = json.loads(path.read_text("utf-8"))
            if stored is None or all(isinstance(p, list) for p in stored):
                return stored
        except (OSError, ValueError, TypeError):
            pass
    found = _derive_paths(patterns, n, marks)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(found), "utf-8")
            tmp.replace(path)
        except OSError:
            pass
    return found


def _derive_paths(patterns: list[str], n: int, marks: tuple[int, ...]) -> list[list[str]] | None:
    keyed: set[frozenset[str]] = set()
    for pattern in patterns:
        try:
            walked = path_words(pattern, n)
        except Ungated:
            return None
        for words in walked:
            keys = set()
            for letters, open_ in words:
                if n and len(letters) >= n:
                    keys.add(letters[:n])
                elif not open_:
                    keys.add(letters)
                elif len(stem_key(letters, n)) - 1 in marks:
                    keys.add(stem_key(letters, n))
            if not keys:
                return None
            keyed.add(frozenset(keys))
    return sorted(sorted(p) for p in keyed if not any(q < p for q in keyed))


def mark_lengths(lex: ModuleType) -> tuple[int, ...]:
    """How many first letters of each word words_of must mark for the stems of every declared
    family of this lexicon (none where the stems are so few that testing them is cheaper)."""
    try:
        return _MARKS[lex.__name__]
    except KeyError:
        pass
    n = lex.TRIGGER_PREFIX
    stems = [p for family in _FAMILIES if (g := _raw(lex, family)) for p in g.prefixes]
    lengths = {len(stem_key(p, n)) - 1 for p in stems} if len(stems) > _FEW_STEMS else set()
    _MARKS[lex.__name__] = marks = tuple(sorted(lengths))
    return marks


def derive(patterns: list[str] | None, n: int, skip: Iterable[str] = (), avoid: Iterable[str] = ()) -> Gate | None:
    """The gate of a family of patterns for words_of with ``TRIGGER_PREFIX`` n (None: some
    pattern cannot be gated); ``avoid``: tokens taken only where a path has no other word."""
    if patterns is None:
        return None
    try:
        first = [w for p in patterns for w in required_words(p, n, skip, avoid=avoid)]
    except Ungated:
        return None
    # again, preferring the words the first choice gave many paths ("earlier" over "ministry"
    # in "earlier the ministry", as "earlier today", "earlier on" … have it): fewer gate words
    shared: dict[str, int] = {}
    for letters, _ in first:
        shared[letters[: n or _LONGEST]] = shared.get(letters[: n or _LONGEST], 0) + 1
    words = {w for p in patterns for w in required_words(p, n, skip, shared, avoid)}
    exact, stems = set(), set()
    for letters, open_ in words:
        if n and len(letters) >= n:
            exact.add(letters[:n])
        elif open_:
            stems.add(letters)
        else:
            exact.add(letters)
    prefixes = tuple(sorted(p for p in stems if not any(p != q and p.startswith(q) for q in stems)))
    if prefixes:  # a stem already admits every token it begins
        exact = {w for w in exact if not w.startswith(prefixes)}
    return Gate(frozenset(exact), prefixes, frozenset(exact), prefixes)


# --- where a match can begin ---------------------------------------------------------------
class _Unknown(Exception):
    pass


def first_characters(pattern: re.Pattern[str]) -> str | None:
    """The characters (as a class's source) a match of ``pattern`` can begin with, or None where
    the parsed pattern does not tell (a category other than \\d, such as \\w; a negated class; a
    match that may be empty)."""
    return _first_of(P.parse(pattern.pattern, pattern.flags))


def _first_of(parsed) -> str | None:
    """:func:`first_characters` of a parsed pattern."""
    tagged = _first_tagged(parsed, False)
    return None if tagged is None else "".join(dict.fromkeys(c for c, _ in tagged))


_OPENING_ANCHORS = {C.AT_BEGINNING: "^", C.AT_BEGINNING_STRING: r"\A"}
# the categories a first character may be of, as a class writes them: a digit, or a space ("\s*[-–—:]…",
# "\s+over": a search of such a pattern tried its alternation at every character, not at the few it can open with)
# the class each category of a parsed pattern stands for
_CATEGORIES = {C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
               C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W"}
_KNOWN_CATEGORIES = {c: _CATEGORIES[c] for c in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE)}


def _first_tagged(parsed, caseless: bool, anchors: bool = False) -> list[tuple[str, bool | None]] | None:
    """The first characters of a parsed pattern (as a class's items), each with whether it is
    read ignoring case there (``caseless``: the pattern's own flag; a group "(?i:…)" or "(?-i:…)"
    sets it inside); None where the pattern does not tell. With ``anchors``, a path that opens
    with "^" or "\\A" (after what may be empty) ends there, tagged None: it matches only where
    that anchor does ("…|^\\W*in\\s+2024(?=,)|…", whatever its next character is)."""

    def sequence(items, ci: bool) -> tuple[list[tuple[str, bool]], bool]:  # and whether it may be empty
        chars: list[tuple[str, bool]] = []
        for op, av in items:
            more, empty = item(op, av, ci)
            chars += more
            if not empty:
                return chars, False
        return chars, True

    def item(op, av, ci: bool) -> tuple[list[tuple[str, bool | None]], bool]:
        if anchors and op is C.AT and av in _OPENING_ANCHORS:
            return [(_OPENING_ANCHORS[av], None)], False
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return [], True
        if op is C.LITERAL:
            return [(re.escape(chr(av)), ci)], False
        if op is C.IN:
            if any(o not in (C.LITERAL, C.RANGE) and not (o is C.CATEGORY and a in _KNOWN_CATEGORIES) for o, a in av):
                raise _Unknown
            return [(re.escape(chr(a)) if o is C.LITERAL else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}"
                     if o is C.RANGE else _KNOWN_CATEGORIES[a], ci) for o, a in av], False
        if op is C.SUBPATTERN:
            return sequence(av[3], (ci or bool(av[1] & re.IGNORECASE)) and not av[2] & re.IGNORECASE)
        if op is C.BRANCH:
            found = [sequence(b, ci) for b in av[1]]
            return [c for chars, _ in found for c in chars], any(empty for _, empty in found)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            chars, empty = sequence(av[2], ci)
            return chars, empty or av[0] == 0
        raise _Unknown

    try:
        chars, empty = sequence(parsed, caseless)
    except _Unknown:
        return None
    return None if empty or not chars else chars


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)``, led by a look-ahead for the characters a match can begin
    with where the pattern gives the regex engine nothing to skip to (no literal or class prefix:
    a case-insensitive alternation, a pattern that opens with \\b). A search tried every branch at
    every character (lower-casing the text's character for each); the look-ahead rejects most
    characters with one class test. It is a condition every match meets at its start (the class
    ignores case where the pattern does there), so the pattern finds the same matches with the
    same groups."""
    return re.compile(_led(source, flags) or source, flags)


def _led(source: str, flags: int) -> str | None:
    """The source of :func:`compiled`'s pattern led by its look-ahead (None: the pattern as it is)."""
    parsed = P.parse(source, flags)  # (parsed once: a stage compiles a few hundred patterns at its first use)
    found = parsed.state.flags
    if found & re.VERBOSE or R._get_literal_prefix(parsed, found)[0] or R._get_charset_prefix(parsed, found):
        return None  # the engine already skips to where a match can begin
    if parsed.data[:1] in ([(C.AT, C.AT_BEGINNING)], [(C.AT, C.AT_BEGINNING_STRING)]):
        return None  # anchored: tried at the start (of a line) only
    tagged = _first_tagged(parsed, bool(found & re.IGNORECASE), anchors=True)
    if tagged is None or _GLOBAL_FLAGS.match(source):
        return None  # (nothing known, or global flags that must stay first)
    # the characters read in their case in a class of their own ("[A-Z]" admits capitals only, not
    # every letter as a class ignoring case would), those read ignoring case in one that does; and
    # the anchors a path opens with, as written (the pattern's flags read "^" in the look-ahead as in it)
    exact = "".join(dict.fromkeys(c for c, caseless in tagged if caseless is not None and not caseless))
    any_case = "".join(dict.fromkeys(c for c, caseless in tagged if caseless))
    opening = list(dict.fromkeys(c for c, caseless in tagged if caseless is None))
    lead = "|".join(opening + ([f"[{exact}]"] if exact else []) + ([f"(?i:[{any_case}])"] if any_case else []))
    return f"(?={lead})(?:{source})"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?i)" at the start of a pattern (not "(?i:…)")


def unanchored(source: str, flags: int = 0) -> re.Pattern[str] | None:
    """For a pattern some of whose paths open with "^" or "\\A" (``…|^\\W*in\\s+2024(?=,)|…``): the
    pattern led by the look-ahead for its other paths' first characters alone. :func:`compiled`'s
    look-ahead holds the anchor too ("(?=^|[…])"), and a search cannot skip to a class then: it tries
    the look-ahead at every character. Anywhere but at the text's start, where no such path matches
    (not in MULTILINE mode, where "^" matches after each line break), both find the same matches;
    :func:`finditer_opening` reads the start with the one and the rest with the other. None where no
    path opens with an anchor, or the look-ahead is not known."""
    led = _led(source, flags)
    if led is None:
        return None
    tagged = _first_tagged(P.parse(source, flags), bool(P.parse(source, flags).state.flags & re.IGNORECASE),
                           anchors=True)
    if tagged is None or not any(caseless is None for _, caseless in tagged) \
            or (flags & re.MULTILINE and any(c == "^" for c, caseless in tagged if caseless is None)):
        return None
    exact = "".join(dict.fromkeys(c for c, caseless in tagged if caseless is not None and not caseless))
    any_case = "".join(dict.fromkeys(c for c, caseless in tagged if caseless))
    if not exact and not any_case:
        return None
    lead = "|".join(([f"[{exact}]"] if exact else []) + ([f"(?i:[{any_case}])"] if any_case else []))
    return re.compile(f"(?={lead})(?:{source})", flags)


def finditer_opening(pattern: re.Pattern[str], rest: re.Pattern[str] | None, text: str) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))``, with ``rest`` its :func:`unanchored` twin (or None): the match
    at the start is ``pattern``'s, every later one ``rest``'s, found from where the one before ends."""
    if rest is None:
        return list(pattern.finditer(text))
    first = pattern.match(text)
    if first is None:
        return list(rest.finditer(text))  # (nothing at the start, where rest finds what pattern does, or less)
    if first.end() == 0:
        return list(pattern.finditer(text))  # (an empty match: the next may start there too)
    return [first, *rest.finditer(text, first.end())]


# characters a pattern that ends a window (:func:`search_to_end`) may be unable to hold: punctuation
# of no case, which no letter ignoring case stands for
_BARRIER_CANDIDATES = ",.;!?«»\"“”()"
# by the pattern's id, with the pattern (kept alive, so its id is not another's): hashing a compiled pattern
# hashes its whole code (~40 us for a long alternation), more than the search it spares
_BARRIERS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _consumes(items, char: str) -> bool:
    """Whether a match of the parsed ``items`` may hold ``char`` (a look-around holds nothing;
    anything not known may)."""
    for op, av in items:
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT, C.GROUPREF):
            continue  # (a back reference repeats what its group held)
        if op is C.LITERAL:
            hit = chr(av) == char
        elif op is C.NOT_LITERAL:
            hit = chr(av) != char
        elif op is C.IN:
            hit = _in_class(av, char)
        elif op is C.SUBPATTERN:
            hit = _consumes(av[3], char)
        elif op is C.BRANCH:
            hit = any(_consumes(b, char) for b in av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            hit = _consumes(av[2], char)
        elif op is C.ATOMIC_GROUP:
            hit = _consumes(av, char)
        elif op is C.GROUPREF_EXISTS:
            hit = _consumes(av[1], char) or (av[2] is not None and _consumes(av[2], char))
        else:
            hit = True  # (ANY and whatever else)
        if hit:
            return True
    return False


def _in_class(items, char: str) -> bool:
    negated, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            hit = hit or chr(av) == char
        elif op is C.RANGE:
            hit = hit or av[0] <= ord(char) <= av[1]
        elif op is C.CATEGORY and av in _CATEGORIES:
            hit = hit or re.fullmatch(_CATEGORIES[av], char) is not None
        else:
            return True  # (not known: it may)
    return hit != negated


def _ends_at_end(items) -> bool:
    """Whether every match of the parsed ``items`` ends where "$" matches (its last item, or a
    non-capturing group's without flags whose last item is)."""
    if not items:
        return False
    op, av = items[-1]
    if op is C.AT:
        return av is C.AT_END
    if op is C.SUBPATTERN and av[0] is None and not av[1] and not av[2]:
        return _ends_at_end(av[3])
    return False


def _barriers(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """For a pattern whose matches all end where "$" matches (not MULTILINE): a pattern whose
    ``match`` ends after the last character in a window that no match of it can hold, or where it
    starts if none is there (read once, possessively: no backtracking); None where the pattern can
    hold them all, or is not such a pattern."""
    known = _BARRIERS.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    found = None
    parsed = P.parse(pattern.pattern, pattern.flags)
    if not parsed.state.flags & (re.MULTILINE | re.VERBOSE) and _ends_at_end(parsed.data):
        chars = "".join(c for c in _BARRIER_CANDIDATES if not _consumes(parsed.data, c))
        if chars:
            found = re.compile(rf"(?:[^{re.escape(chars)}]*+[{re.escape(chars)}])*+")
    _BARRIERS[id(pattern)] = (pattern, found)
    return found


def prepare_to_end(pattern: re.Pattern[str]) -> None:
    """Derive what :func:`search_to_end` reads ``pattern`` with (:func:`_barriers`: a parse of the
    pattern and a walk of it for each punctuation mark, ~6 ms for a long alternation), for a stage's
    ``prepare``: otherwise the first text whose count it asks about pays for it."""
    _barriers(pattern)


def search_to_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern that ends with "$" (the window's end), as a
    stage asks what stands right before a count: every match ends at ``end`` (or before a line break
    there), so it holds every character from where it starts, and none holds a character the pattern
    can hold nowhere (a comma, a full stop: :func:`_barriers`); the search starts after the last of
    those in the window, where the first match that can be is, and finds the same match. (A search
    tried every character of the window, each against the whole pattern: a long alternation of verbs.)"""
    bars = _barriers(pattern)
    if bars is not None:
        start = bars.match(text, start, end).end()
    return pattern.search(text, start, end)


# a lexicon's placeholder for a pattern it has no use for (English has no elliptic region adjective)
_NEVER = "(?!)"

# --- twins for ASCII text ------------------------------------------------------------------
# The characters outside ASCII that match an ASCII letter ignoring case in Unicode mode ("ſ" is
# "s", the Kelvin sign "k", dotted and dotless I "i"): a pattern holding one is read otherwise in
# ASCII mode, so it has no twin (tests/test_ascii_twins.py derives the set again)
CASE_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` compiled in ASCII mode, finding the same matches with the same groups in any text of
    ASCII characters alone (``text.isascii()``), ~1.3x faster: each letter ignoring case is one byte's
    test, not a look-up of its Unicode case, and \\w, \\d, \\b read those characters as Unicode does.
    Only \\s differs there (Unicode spaces include the separators \\x1c-\\x1f), so the twin's \\s is
    written with them. None where the twin could read an ASCII text otherwise: a character class
    holding \\S beside others, a non-ASCII character that matches an ASCII one ignoring case, verbose
    patterns and comments (their source is not rewritten)."""
    flags = pattern.flags
    if flags & (re.ASCII | re.VERBOSE | re.LOCALE) or "(?#" in pattern.pattern or re.search(r"\(\?[a-zA-Z-]*x", pattern.pattern):
        return None
    source = _ascii_spaces(pattern.pattern)
    if source is None or _case_twinned(P.parse(pattern.pattern, flags)):
        return None
    try:
        twin = re.compile(source, (flags & ~re.UNICODE) | re.ASCII)
    except (re.error, ValueError):
        return None  # ("(?u)" inside: no ASCII mode for it)
    return twin if twin.groups == pattern.groups and twin.groupindex == pattern.groupindex else None


def _ascii_spaces(source: str) -> str | None:
    """The pattern's source with each \\s written as Unicode reads it in an ASCII text (and \\x1c-\\x1f),
    \\S likewise (None where it stands in a class beside others: no class can say that)."""
    out: list[str] = []
    i, n = 0, len(source)
    in_class = first = False
    while i < n:
        ch = source[i]
        if ch == "\\":
            esc = source[i + 1 : i + 2]
            if esc == "s":
                out.append(r"\s\x1c-\x1f" if in_class else r"[\s\x1c-\x1f]")
            elif esc == "S":
                if in_class:
                    return None
                out.append(r"[^\s\x1c-\x1f]")
            else:
                out.append(source[i : i + 2])
            i += 2
            first = False
            continue
        out.append(ch)
        i += 1
        if in_class:
            if ch == "]" and not first:
                in_class = False
            first = False
        elif ch == "[":
            in_class = first = True
            if source[i : i + 1] == "^":
                out.append("^")
                i += 1
    return "".join(out)


def _case_twinned(parsed) -> bool:
    """Whether a parsed pattern holds a character of :data:`CASE_TWINS` (as a literal or in a range)."""
    twins = [ord(c) for c in CASE_TWINS]
    for op, av in parsed.data if hasattr(parsed, "data") else parsed:
        if op in (C.LITERAL, C.NOT_LITERAL):
            if av in twins:
                return True
        elif op is C.RANGE:
            if any(av[0] <= t <= av[1] for t in twins):
                return True
        elif op is C.IN:
            if _case_twinned(av):
                return True
        elif op is C.BRANCH:
            if any(_case_twinned(b) for b in av[1]):
                return True
        elif op is C.SUBPATTERN:
            if _case_twinned(av[3]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if _case_twinned(av[2]):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT):
            if _case_twinned(av[1]):
                return True
        elif op is C.ATOMIC_GROUP:
            if _case_twinned(av):
                return True
        elif op is C.GROUPREF_EXISTS:
            if _case_twinned(av[1]) or (av[2] is not None and _case_twinned(av[2])):
                return True
    return False


def ascii_twins(patterns):
    """A stage's pattern table (as :func:`quicken` takes it) with each compiled pattern's
    :func:`ascii_twin` in its place where it has one: the table a stage reads an ASCII sentence with."""
    if isinstance(patterns, re.Pattern):
        return ascii_twin(patterns) or patterns
    if isinstance(patterns, dict):
        return {k: ascii_twins(v) for k, v in patterns.items()}
    if isinstance(patterns, (list, tuple)):
        return type(patterns)(ascii_twins(v) for v in patterns)
    return patterns


class Source(NamedTuple):
    """A pattern of a stage's table as written (``re.compile``'s arguments), compiled by
    :func:`quicken` when its table is first asked for it (:class:`Table`)."""

    source: str
    flags: int = 0


def pattern(source: str, flags: int = 0) -> Source:
    """A pattern of a stage's :class:`Table`: compiled, led by its look-ahead, at its first ask."""
    return Source(source, flags)


class Table(dict):
    """A stage's pattern table (a name for each pattern, or a list or tuple of them), each entry
    made at its first ask from its source: compiled and quickened (:func:`quicken`), or, for a table
    of ASCII twins (:func:`twins_table`), the twins of the stage's own entry. A command that reads
    one short report compiles the few dozen its sentences need of the few hundred (a compile is
    ~1 ms; the stage's ``prepare`` builds them all, :meth:`build`). A dict, so an ask is a dict's."""

    __slots__ = ("sources", "make")

    def __init__(self, sources: dict, make: Callable | None = None) -> None:
        super().__init__()
        self.sources = sources
        self.make = make or quicken

    def __missing__(self, key):
        self[key] = built = self.make(self.sources[key])
        return built

    def names(self) -> list:
        """Every entry's name, those not yet asked for too (the table's keys are those asked)."""
        known = self.sources.names() if isinstance(self.sources, Table) else list(self.sources)
        return [*known, *(k for k in self if k not in known)]

    def build(self) -> Table:
        for key in self.names():
            self[key]  # noqa: B018 - made at its first ask
        return self


def twins_table(plain: Table) -> Table:
    """A stage's table of ASCII twins (:func:`ascii_twins` of each entry of its own table), each
    made at its first ask: the table a stage reads a sentence of ASCII characters with."""
    return Table(plain, ascii_twins)


def quicken(patterns):
    """A stage's patterns (a dict, list or tuple of them, nested as the stage keeps them) with each
    compiled pattern, or :class:`Source` compiled here, led by its look-ahead (:func:`compiled`),
    and the placeholder "(?!)" anchored at the start of the text (it matches nowhere either way,
    but a search tried it at every character: ~1 us a sentence); anything else is kept as it is."""
    if isinstance(patterns, Source):
        if patterns.source == _NEVER:
            return re.compile(r"\A(?!)", patterns.flags)
        return compiled(patterns.source, patterns.flags)
    if isinstance(patterns, re.Pattern):
        if patterns.pattern == _NEVER:
            return re.compile(r"\A(?!)", patterns.flags)
        led = _led(patterns.pattern, patterns.flags)
        return re.compile(led, patterns.flags) if led else patterns
    if isinstance(patterns, dict):
        return {k: quicken(v) for k, v in patterns.items()}
    if isinstance(patterns, (list, tuple)):
        return type(patterns)(quicken(v) for v in patterns)
    return patterns
