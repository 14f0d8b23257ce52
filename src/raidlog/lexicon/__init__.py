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
from itertools import repeat
from types import ModuleType

from raidlog.lexicon import en, gates, ru, uk

_LEXICONS: dict[str, ModuleType] = {"en": en, "ru": ru, "uk": uk}


def for_lang(lang: str) -> ModuleType:
    try:
        return _LEXICONS[lang]
    except KeyError:
        raise ValueError(f"no lexicon for language {lang!r}") from None


_WORD = re.compile(r"[^\W\d_]+")
# the same words in a text of ASCII characters alone (where a letter is [A-Za-z], lower case after
# str.lower): a plain class, ~2x faster than the Unicode categories of _WORD
_ASCII_WORD = re.compile(r"[a-z]+")


# The words of the sentences read so far, each once (bounded: cleared when full), so that
# sentences share their word strings. A table of its own, not sys.intern: a look-up in the
# interpreter's table of interned strings (large, and changing as strings die) took ~0.35 us a word
# once the gazetteer and the dictionaries were loaded, here ~0.1 (an English article's sentence:
# 18 us against 9, ~10 % of its extraction)
_SHARED: dict[str, str] = {}
_SHARED_MAX = 1 << 16


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
    tokens = (_ASCII_WORD if text.isascii() else _WORD).findall(text.lower())
    n = lex.TRIGGER_PREFIX
    words = [t[:n] for t in tokens] if n else tokens
    for k in gates.mark_lengths(lex):
        words += [t[:k] + "*" for t in tokens if len(t) >= k]
    # one string per distinct word (see _SHARED): every sentence keeps its words for the later
    # stages, and a long document's sentences share a few thousand of them (not a copy of each)
    if len(_SHARED) >= _SHARED_MAX:
        _SHARED.clear()
    found = Words(map(_SHARED.setdefault, words, words))
    found.lex, found.index = lex, gates.family_index(lex)
    found.admitted = found.index.admitted(found)
    return found


def may_match(words: frozenset[str], lex: ModuleType, family: str) -> bool:
    """False only when none of the family's gate words is in the sentence
    (a family that cannot be gated always says True)."""
    if type(words) is Words and words.lex is lex and words.index.live and family in words.index.families:
        if family in words.admitted:
            return True
        slow = words.index.slow.get(family)
        return slow is not None and any(map(str.startswith, words, repeat(slow)))
    try:
        keys, slow = gates.FAST[lex, family]
    except KeyError:
        g = gates.gate(lex, family)
        keys, slow = gates.FAST[lex, family] = (g.keys, g.slow) if g else (None, ())
    if keys is None or not words.isdisjoint(keys):
        return True
    return bool(slow) and any(map(str.startswith, words, repeat(slow)))  # (a C loop over the words)
