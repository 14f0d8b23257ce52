"""Which language a report is in: English, Russian or Ukrainian.

Script first (Latin vs Cyrillic, by majority of letters); among Cyrillic texts
the letters only one of the two languages has decide (Ukrainian і ї є ґ,
Russian ы э ё ъ), then a few frequent function words."""

from __future__ import annotations

import re

_UK = re.compile(r"[іїєґІЇЄҐ]")
_RU = re.compile(r"[ыэёъЫЭЁЪ]")
# frequent words, each counted where it stands as a whole word, in any case
_UK_WORDS = frozenset((
    "що та які від у це було протягом атакував збито бпла січня лютого березня квітня травня червня "
    "липня серпня вересня жовтня листопада грудня").split())
_RU_WORDS = frozenset((
    "что и которые от это было бпла января февраля марта апреля мая июня июля августа "
    "сентября октября ноября декабря").split())
_RU_PHRASE = re.compile(r"\bв\s+течение\b", re.IGNORECASE)  # a Russian phrase of two words
_WORD = re.compile(r"\w+")

_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_CYRILLIC_RUN = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]+")
_LATIN = re.compile(r"[A-Za-z]")


def _count(pattern: re.Pattern[str], text: str) -> int:
    """How many times ``pattern`` matches (without a list of the matches: a 5 MB text has
    millions of letters)."""
    return pattern.subn("", text)[1]


def _more_cyrillic_than(text: str, latin: int) -> bool:
    """Whether the text has more Cyrillic letters than ``latin``: counted by runs of letters (a
    word's, mostly: one match a word, not a replacement a letter), up to the first run that passes
    it (a Cyrillic report has a few Latin letters, if any: its first words tell)."""
    letters = 0
    for run in _CYRILLIC_RUN.finditer(text):
        letters += run.end() - run.start()
        if letters > latin:
            return True
    return False


def detect_language(text: str) -> str:
    # (no Cyrillic letter at all, as in most English reports: no need to count either script)
    if text.isascii() or not _CYRILLIC.search(text) or not _more_cyrillic_than(text, _count(_LATIN, text)):
        return "en"
    words = _WORD.findall(text.lower())
    uk = _count(_UK, text) * 3 + sum(map(_UK_WORDS.__contains__, words))
    ru = _count(_RU, text) * 3 + sum(map(_RU_WORDS.__contains__, words)) \
        + (_count(_RU_PHRASE, text) if "течение" in words else 0)
    return "uk" if uk > ru else "ru"
