"""Russian and Ukrainian inflection for the generator, by pymorphy3: place names
in the case a preposition wants ("над Брянской областью"), counts as words in
any case ("ста двадцятьма") and nouns agreeing with a count ("24 беспилотника")."""

from __future__ import annotations

import functools
import re

import pymorphy3

_ONES = {
    "ru": "_ один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать "
          "тринадцать четырнадцать пятнадцать шестнадцать семнадцать восемнадцать девятнадцать",
    "uk": "_ один два три чотири п'ять шість сім вісім дев'ять десять одинадцять дванадцять "
          "тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять вісімнадцять дев'ятнадцять",
}
_TENS = {
    "ru": "_ _ двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
    "uk": "_ _ двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
}
_HUNDREDS = {
    "ru": "_ сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
    "uk": "_ сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
}
_FEMININE = {"ru": {"один": "одна", "два": "две"}, "uk": {"один": "одна", "два": "дві"}}
_WORD = re.compile(r"[^\W\d_][\w'-]*")


@functools.cache
def analyzer(lang: str) -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.cache
def _inflected(lang: str, word: str, grammemes: frozenset[str], numeral: bool) -> str:
    parses = analyzer(lang).parse(word.lower())
    if numeral:  # "три" is a verb first in the Ukrainian dictionary, "сто" an abbreviation
        parses = [p for p in parses if {"NUMR", "Anum"} & p.tag.grammemes] or parses
    form = parses[0].inflect(set(grammemes))
    if form is None and "sing" in grammemes:  # Ukrainian adjectives mark the gender instead
        form = parses[0].inflect(set(grammemes - {"sing"}))
    if form is None:
        raise ValueError(f"pymorphy3 ({lang}) cannot put {word!r} in {sorted(grammemes)}")
    return _like(word, form.word)


def _like(model: str, word: str) -> str:
    """``word`` capitalised as ``model`` is, part by part ("Ханты-Мансийского")."""
    parts = word.split("-")
    for k, part in enumerate(model.split("-")[: len(parts)]):
        if part[:1].isupper():
            parts[k] = parts[k][:1].upper() + parts[k][1:]
    return "-".join(parts)


def inflect(lang: str, phrase: str, *grammemes: str) -> str:
    """Every word of ``phrase`` (nominative) in ``grammemes``: ("gent",), ("ablt", "plur")."""
    wanted = frozenset(grammemes)
    return _WORD.sub(lambda m: _inflected(lang, m.group(), wanted, False), phrase)


def words(lang: str, n: int, case: str = "nomn", feminine: bool = False) -> str:
    """``n`` (1–999) in words, in ``case``: words("ru", 39) == "тридцать девять",
    words("uk", 120, "ablt") == "ста двадцятьма"."""
    if not 0 < n < 1000:
        raise ValueError(f"{n} is out of range")
    hundreds, rest = divmod(n, 100)
    parts = [_HUNDREDS[lang].split()[hundreds]] if hundreds else []
    if rest >= 20:
        parts.append(_TENS[lang].split()[rest // 10])
        rest %= 10
    if rest:
        parts.append(_ONES[lang].split()[rest])
    if feminine and parts[-1] in _FEMININE[lang]:
        parts[-1] = _FEMININE[lang][parts[-1]]
    if case in ("nomn", "accs"):
        return " ".join(parts)
    return " ".join(_inflected(lang, p, frozenset({case}), True) for p in parts)


def agreement(lang: str, n: int, case: str = "nomn") -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Grammemes of a noun and of its adjectives counted by ``n`` in ``case``: "1 украинский
    беспилотник", "24 украинских беспилотника", "2 ворожі безпілотники", "25 … безпілотників"."""
    one = n % 10 == 1 and n % 100 != 11
    few = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
    if case not in ("nomn", "accs"):
        return ((case, "sing"),) * 2 if one else ((case, "plur"),) * 2
    if one:
        return ("nomn", "sing"), ("nomn", "sing")
    if few:
        return (("gent", "sing"), ("gent", "plur")) if lang == "ru" else (("nomn", "plur"),) * 2
    return ("gent", "plur"), ("gent", "plur")


def counted(lang: str, n: int, adjectives: str, noun: str, case: str = "nomn") -> str:
    """Adjectives and noun agreeing with ``n``; an abbreviation ("БпЛА") is kept as it is:
    counted("ru", 24, "украинский беспилотный", "аппарат") == "украинских беспилотных аппарата"."""
    of_noun, of_adjective = agreement(lang, n, case)
    out = [w if _abbreviation(w) else inflect(lang, w, *of_adjective) for w in adjectives.split()]
    out += [w if _abbreviation(w) else inflect(lang, w, *of_noun) for w in noun.split()]
    return " ".join(out)


def _abbreviation(word: str) -> bool:
    return any(c.isupper() for c in word[1:])


def plural_verb(n: int) -> bool:
    """Whether a verb agreeing with ``n`` is plural ("уничтожены 22", "уничтожен 21")."""
    return not (n % 10 == 1 and n % 100 != 11)
