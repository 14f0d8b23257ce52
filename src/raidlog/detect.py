"""Which language a report is in: English, Russian or Ukrainian.

Script first (Latin vs Cyrillic, by majority of letters); among Cyrillic texts
the letters only one of the two languages has decide (Ukrainian і ї є ґ,
Russian ы э ё ъ), then a few frequent function words."""

from __future__ import annotations

import re

_UK = re.compile(r"[іїєґІЇЄҐ]")
_RU = re.compile(r"[ыэёъЫЭЁЪ]")
_UK_WORDS = re.compile(
    r"\b(?:що|та|які|від|у|це|було|протягом|атакував|збито|БпЛА|січня|лютого|березня|квітня|травня|червня|"
    r"липня|серпня|вересня|жовтня|листопада|грудня)\b", re.IGNORECASE)
_RU_WORDS = re.compile(
    r"\b(?:что|и|которые|от|это|было|в\s+течение|БПЛА|января|февраля|марта|апреля|мая|июня|июля|августа|"
    r"сентября|октября|ноября|декабря)\b", re.IGNORECASE)


_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_LATIN = re.compile(r"[A-Za-z]")


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many times ``pattern`` matches (without a list of the matches: a 5 MB text has
    millions of letters)."""
    return pattern.subn("", text)[1]


def detect_language(text: str) -> str:
    if _count(_CYRILLIC, text) <= _count(_LATIN, text):
        return "en"
    uk = _count(_UK, text) * 3 + _count(_UK_WORDS, text)
    ru = _count(_RU, text) * 3 + _count(_RU_WORDS, text)
    return "uk" if uk > ru else "ru"
