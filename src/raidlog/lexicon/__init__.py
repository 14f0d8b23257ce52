"""Per-language word lists; :func:`for_lang` hands a stage the one it needs."""

from __future__ import annotations

from types import ModuleType

from raidlog.lexicon import en

_LEXICONS: dict[str, ModuleType] = {"en": en}


def for_lang(lang: str) -> ModuleType:
    try:
        return _LEXICONS[lang]
    except KeyError:
        raise ValueError(f"no lexicon for language {lang!r}") from None
