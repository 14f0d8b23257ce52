"""Per-language word lists; :func:`for_lang` hands a stage the one it needs.

Each lexicon also names, per family of patterns, the words without which none
of the family's patterns can match (``TRIGGERS``): a stage looks at a
sentence's word set first and runs its regular expressions only where they
can find something. Most sentences of an article need few of them.
"""

from __future__ import annotations

import re
from types import ModuleType

from raidlog.lexicon import en, ru, uk

_LEXICONS: dict[str, ModuleType] = {"en": en, "ru": ru, "uk": uk}


def for_lang(lang: str) -> ModuleType:
    try:
        return _LEXICONS[lang]
    except KeyError:
        raise ValueError(f"no lexicon for language {lang!r}") from None


_WORD = re.compile(r"[^\W\d_]+")


def words_of(text: str, lex: ModuleType) -> frozenset[str]:
    """The sentence's words as the lexicon's triggers are written: whole
    lower-case words, or their first ``TRIGGER_PREFIX`` letters (inflected
    languages)."""
    tokens = _WORD.findall(text.lower())
    n = lex.TRIGGER_PREFIX
    return frozenset(t[:n] for t in tokens) if n else frozenset(tokens)


def may_match(words: frozenset[str], lex: ModuleType, family: str) -> bool:
    """False only when none of the family's trigger words is in the sentence
    (a lexicon without triggers for a family always says True)."""
    triggers = lex.TRIGGERS.get(family)
    return triggers is None or not words.isdisjoint(triggers)
