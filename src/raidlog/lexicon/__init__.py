"""Per-language word lists; :func:`for_lang` hands a stage the one it needs.

A stage looks at a sentence's word set first and runs a family of regular
expressions only where one of the family's gate words occurs: the words
without which none of the family's patterns can match. The gates are derived
from the patterns themselves (:mod:`raidlog.lexicon.gates`); each stage
declares which lexicon patterns make up its families. Most sentences of an
article need few of them.
"""

from __future__ import annotations

import re
from itertools import chain, repeat
from types import ModuleType

from raidlog.lexicon import en, gates, ru, uk

_LEXICONS: dict[str, ModuleType] = {"en": en, "ru": ru, "uk": uk}


def for_lang(lang: str) -> ModuleType:
    try:
        return _LEXICONS[lang]
    except KeyError:
        raise ValueError(f"no lexicon for language {lang!r}") from None


_WORD = re.compile(r"[^\W\d_]+")
# the same words in a text of ASCII characters alone, lower case: each letter's byte lowered, every
# other byte a space, then split (~3x faster than a regular expression's findall over str.lower(),
# where a letter is [A-Za-z])
_ASCII_LETTERS = bytes(
    (c | 0x20 if chr(c).isalpha() else 0x20) if c < 128 else 0x20 for c in range(256))


def _tokens(text: str) -> list[str]:
    """The sentence's words (runs of letters), lower case."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_LETTERS).decode("ascii").split()
    return _WORD.findall(text.lower())


class _Keys(dict):
    """A word -> the strings :func:`words_of` keeps for it (its first ``TRIGGER_PREFIX`` letters, or
    itself, and its marked beginnings), built at its first sentence. One string per distinct word:
    every sentence keeps its words for the later stages, and a long document's sentences share a
    few thousand of them (not a copy of each). Bounded: cleared when full."""

    __slots__ = ("n", "marks")

    def __init__(self, n: int, marks: tuple[int, ...]) -> None:
        super().__init__()
        self.n, self.marks = n, marks

    def __missing__(self, token: str) -> tuple[str, ...]:
        if len(self) >= _KEYS_MAX:
            self.clear()
        n = self.n
        self[token] = keys = (token[:n] if n else token, *(token[:k] + "*" for k in self.marks if len(token) >= k))
        return keys


_KEYS: dict[tuple[str, int, tuple[int, ...]], _Keys] = {}
_KEYS_MAX = 1 << 16


class Words(frozenset):
    """A sentence's words (:func:`words_of`), with the gate families they admit (found once, with
    the lexicon's :class:`gates.FamilyIndex`: a sentence is asked about twenty families by the
    stages, and each ask is then a set look-up)."""

    __slots__ = ("lex", "index", "admitted")


def words_of(text: str, lex: ModuleType) -> frozenset[str]:
    """The sentence's words as the gates are written: their first
    ``TRIGGER_PREFIX`` letters, lower case (whole words when it is 0), and the
    keys of their beginnings that the gates' stems look up ("killed*" for
    "killed", see :func:`raidlog.lexicon.gates.stem_key`)."""
    at = (lex.__name__, lex.TRIGGER_PREFIX, gates.mark_lengths(lex))
    try:
        keys = _KEYS[at]
    except KeyError:
        keys = _KEYS[at] = _Keys(at[1], at[2])
    # (from a set: a frozenset built from the iterator grows its table four times over as it fills, ~1.8x
    # the memory of one sized for its words; a long document keeps every sentence's, 1.5 KB each, now 1.1)
    found = Words(set(chain.from_iterable(map(keys.__getitem__, _tokens(text)))))
    found.lex, found.index = lex, gates.family_index(lex)
    found.admitted = found.index.admitted(found)
    return found


def may_match(words: frozenset[str], lex: ModuleType, family: str) -> bool:
    """False only when none of the family's gate words is in the sentence
    (a family that cannot be gated always says True)."""
    if type(words) is Words and words.lex is lex:
        index = words.index  # (read once: a stage asks this of every sentence, ~600 times an article)
        if index.live and family in index.families:
            if family in words.admitted:
                return True
            slow = index.slow.get(family)
            return slow is not None and any(map(str.startswith, words, repeat(slow)))
    try:
        keys, slow = gates.FAST[lex, family]
    except KeyError:
        g = gates.gate(lex, family)
        keys, slow = gates.FAST[lex, family] = (g.keys, g.slow) if g else (None, ())
    if keys is None or not words.isdisjoint(keys):
        return True
    return bool(slow) and any(map(str.startswith, words, repeat(slow)))  # (a C loop over the words)
