"""Latin spellings of Russian and Ukrainian names, as GeoNames writes them
(BGN/PCGN romanisation): villages whose Cyrillic names the gazetteer lacks
are often there in Latin ("Петрівка" → "Petrivka")."""

from __future__ import annotations

_COMMON = {
    "а": "a", "б": "b", "в": "v", "д": "d", "е": "e", "ж": "zh", "з": "z", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya", "ь": "", "'": "",
    "’": "", "-": "-", " ": " ",
}
_UK = {**_COMMON, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "yi", "й": "y", "є": "ye"}
_RU = {**_COMMON, "г": "g", "и": "i", "й": "y", "ы": "y", "э": "e", "ё": "ye", "ъ": ""}


def romanise(text: str, lang: str) -> str:
    table = _UK if lang == "uk" else _RU
    return "".join(table.get(ch, ch) for ch in text.lower())
