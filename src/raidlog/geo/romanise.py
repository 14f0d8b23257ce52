"""Latin spellings of Russian and Ukrainian names, as GeoNames writes them
(BGN/PCGN romanisation): villages whose Cyrillic names the gazetteer lacks
are often there in Latin ("Петрівка" → "Petrivka")."""

from __future__ import annotations

import re

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


# Ukrainian national romanisation (Cabinet of Ministers resolution 55 of 2010),
# which Ukrainian officials and the English press use; the second spelling is
# the one at the start of a word.
_NATIONAL = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ie", "ye"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("i", "yi"), "й": ("i", "y"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("iu", "yu"),
    "я": ("ia", "ya"), "'": "", "’": "", "ʼ": "",
}


def national(name: str) -> str:
    """A Ukrainian name in the national romanisation, capitals kept:
    "Марганець" -> "Marhanets", "Юр’ївка" -> "Yurivka", "Згурівка" -> "Zghurivka"."""
    out = []
    for n, ch in enumerate(name):
        low = ch.lower()
        value = _NATIONAL.get(low, ch)
        start = n == 0 or (not name[n - 1].isalpha() and name[n - 1] not in "'’ʼ")
        if isinstance(value, tuple):
            value = value[1] if start else value[0]
        if low == "г" and n and name[n - 1].lower() == "з":
            value = "gh"
        out.append(value.capitalize() if ch != low and value else value)
    return "".join(out)


def latin_name(name: str, lang: str) -> str:
    """A Cyrillic place name as English texts write it: the national system for
    Ukrainian, GeoNames' (BGN/PCGN) for Russian, each word capitalised."""
    latin = national(name) if lang == "uk" else romanise(name, lang)
    return "-".join(" ".join(w[:1].upper() + w[1:] for w in part.split(" "))
                    for part in latin.split("-"))


def ukrainian_spelling(name: str) -> str:
    """A Ukrainian settlement's name as a Russian text spells it, back in Ukrainian letters by narrow
    rules (the reverse of the gazetteer's Russian keys): the last word's -овка/-евка as -івка, -ино/-ово/
    -ево as -ине/-ове/-еве; a word's -ое/-ее as -е, -ая as -а (-чья as -ча); ы as и, a first И as І,
    э as е, ё as е (the Ukrainian names write е or і for it, never ьо: "Берёзовка" is Березівка, "Зелёное"
    Зелене): "Музыковка" -> "Музиківка", "Новая Казачья" -> "Нова Казача", "Веселое" -> "Веселе"."""
    words = name.split(" ")
    out = []
    for n, word in enumerate(words):
        w = word.replace("ё", "е").replace("Ё", "Е").replace("э", "е").replace("ы", "и").replace("ъ", "'")
        w = "І" + w[1:] if w.startswith("И") else w
        if n == len(words) - 1:
            w = re.sub(r"[оеё]вка$", "івка", w)
            w = re.sub(r"(ин|ов|ев)о$", r"\1е", w)
        w = re.sub(r"([^аеиіоуяю])[ое]е$", r"\1е", w)
        w = re.sub(r"([чшщж])ья$", r"\1а", w)
        w = re.sub(r"ая$", "а", w)
        out.append(w)
    return " ".join(out)
