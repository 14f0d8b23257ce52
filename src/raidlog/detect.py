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


def detect_language(text: str) -> str:
    cyrillic = len(re.findall(r"[А-Яа-яЁёІіЇїЄєҐґ]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if cyrillic <= latin:
        return "en"
    uk = len(_UK.findall(text)) * 3 + len(_UK_WORDS.findall(text))
    ru = len(_RU.findall(text)) * 3 + len(_RU_WORDS.findall(text))
    return "uk" if uk > ru else "ru"
