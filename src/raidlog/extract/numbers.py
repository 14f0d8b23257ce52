"""Counts written in digits ("22", "1,200") or words ("twenty-two", "single")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from raidlog.extract import morph
from raidlog.extract.spans import covering
from raidlog.lexicon import gates, may_match

# Numerals spelt out; inflected languages find them by dictionary form ("двух" is "два"), which
# no prefix of the listed forms gates.
gates.declare({
    "number_words": lambda lex: None if lex.MORPH_LANG else (("NUMBER_WORDS:words", r"\b(?:{})\b"),),
    "same_as_previous": (("SAME_AS_PREVIOUS", r"\b{}"),),  # as _same_pattern compiles it
    "one_alone": (("ONE_ALONE", "{}"),),  # as _one_alone_pattern compiles it
})


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: int
    same_as_previous: bool = False  # "столько же": the previous item's count
    approx: bool = False  # "over 100", "близько десятка", "сотнею": a rounded figure (recorded as written)


# (each branch's first digit taken before the look-behind, which sees that digit too: a search then
# skips from digit to digit instead of trying three look-behinds at every character)
# (a colon after the digits is a clock's or a label's, "09:00", "до 7: 00 мск", unless a word or the end follows
# it: "з 673 засобів збито 635:", a count before what it heads)
_DIGITS = re.compile(
    r"\d(?<![\w.:/-]\d)(?:\d{0,2}(?:,\d{3})+(?![\w:])|\d{0,2}(?:[\u00a0\u202f ]\d{3})+(?![\w:.]|\s\d)"
    r"|\d*(?![\w-]|\.\d|:(?!\s*+[^\d\s]|\s*+$)))")

_SEPARATORS = re.compile(r"[,\s\u00a0\u202f]")  # between a number's groups of digits
_TOKEN_BREAK = re.compile(r"[\s-]+")  # between a numeral's words ("twenty-one", "сто двадцать")
_OCLOCK = re.compile(r"\s*o'clock")

# More digits than any count of weapons or people has (a phone number, an ID, a hostile
# 5,000-digit run, which int() refuses): not a count.
MAX_DIGITS = 9


@lru_cache(maxsize=8)
def _word_pattern(lex: ModuleType) -> re.Pattern[str]:
    words = sorted((w for w in lex.NUMBER_WORDS if lex.NUMBER_WORDS[w] is not None), key=len, reverse=True)
    word = "|".join(re.escape(w) for w in words)
    # ("one hundred and twenty-two": the lexicon's joining words; a dash or a space joins any)
    joiner = "|".join(re.escape(w) for w in sorted(lex.NUMBER_JOINERS) if w.isalpha()) or "(?!)"
    return gates.compiled(rf"\b(?:{word})(?:(?:\s+(?:{joiner})\s+|[\s-]+)(?:{word}))*\b", re.IGNORECASE)


_NEVER = "(?!)"  # a lexicon without the phrase (English): the pattern is not run at all


@lru_cache(maxsize=8)
def _same_pattern(lex: ModuleType) -> re.Pattern[str] | None:
    return None if lex.SAME_AS_PREVIOUS == _NEVER else gates.compiled(rf"\b{lex.SAME_AS_PREVIOUS}", re.IGNORECASE)


@lru_cache(maxsize=8)
def _one_alone_pattern(lex: ModuleType) -> re.Pattern[str] | None:
    """"… and another over the Kaluga region": a word that counts one before its place."""
    return None if lex.ONE_ALONE == _NEVER else gates.compiled(lex.ONE_ALONE, re.IGNORECASE)


@lru_cache(maxsize=8)
def _suffixed_pattern(lex: ModuleType) -> re.Pattern[str] | None:
    """Digits with a case ending: "147-ма" (the ending is part of the count's span)."""
    if lex.NUMBER_CASE_SUFFIX == _NEVER:
        return None
    return re.compile(rf"(?<![\w.:/-])(\d+)-(?:{lex.NUMBER_CASE_SUFFIX})(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=8)
def _one_suffixed_pattern(lex: ModuleType) -> re.Pattern[str] | None:
    """"81-го": digits ending in one with their case ending, unless a month follows (a date)."""
    if lex.NUMBER_ONE_SUFFIX == _NEVER:
        return None
    months = "|".join(re.escape(m) for m in lex.MONTHS)
    return re.compile(rf"(?<![\w.:/-])(\d*[2-9]1)-(?:{lex.NUMBER_ONE_SUFFIX})(?![\w-])(?!\s+(?:{months})\b)",
                      re.IGNORECASE)


def _words_value(phrase: str, lex: ModuleType) -> int | None:
    total, current = 0, 0
    for token in _TOKEN_BREAK.split(phrase.lower()):
        if token in ("and", ""):
            continue
        value = lex.NUMBER_WORDS.get(token)
        if value is None:
            if token == "a" or token == "single":
                value = 1
            else:
                return None
        if token in lex.NUMBER_MULTIPLIERS and value < 1000:
            current = max(current, 1) * value  # "two hundred", "two dozen"
        elif value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current


_TOKEN = re.compile(r"[^\W\d_]+")


def _numerals(phrase: str, lex: ModuleType) -> list[tuple[int, int]]:
    """The numerals a run of number words holds: "seven and three" is two ("seven and three over
    the Bryansk and Kursk regions respectively"), "one hundred and five" or "twenty-two" one. A
    word joins the one before it only as a multiplier ("two hundred"), after a multiplier ("hundred
    and five") or as the units after tens ("twenty-two")."""
    spans: list[list[int]] = []
    prev, joined_by_and = None, False
    for t in _TOKEN.finditer(phrase):
        word = t.group(0).lower()
        if word == "and":
            joined_by_and = True
            continue
        value = lex.NUMBER_WORDS.get(word, 1 if word in ("a", "single") else None)
        joins = prev is not None and value is not None and (
            (word in lex.NUMBER_MULTIPLIERS and not joined_by_and)
            or (prev in (100, 1000) and value < prev)
            or (20 <= prev <= 90 and prev % 10 == 0 and 1 <= value <= 9 and not joined_by_and))
        if joins:
            spans[-1][1] = t.end()
        else:
            spans.append([t.start(), t.end()])
        prev, joined_by_and = value, False
    return [(a, b) for a, b in spans]


def find(text: str, lex: ModuleType, words: frozenset[str]) -> list[Number]:
    """The numbers of a sentence in text order, each marked when it is written as a rounded figure."""
    found = _find(text, lex, words)
    if not found:
        return found
    found = _in_thousands(text, found, lex)
    share = _percent_pattern(lex)
    found = [n for n in found if not share.match(text, n.end)]  # "знищили 77% з них": a share, no count
    approx = _approx_pattern(lex)
    return [replace(n, approx=True) if not n.approx and approx.search(text, max(0, n.start - 30), n.start) else n
            for n in found]


@lru_cache(maxsize=8)
def _percent_pattern(lex: ModuleType) -> re.Pattern[str]:
    """What follows a number that is a share ("77%", "77,5 %", "90 percent"; .match at its end)."""
    return re.compile(lex.PERCENT_AFTER, re.IGNORECASE)


@lru_cache(maxsize=8)
def _thousands_pattern(lex: ModuleType) -> re.Pattern[str]:
    # (the first digit before the look-behind, as in _DIGITS)
    return re.compile(rf"(?P<whole>\d(?<![\w.,:/-]\d)\d{{0,2}})(?:[.,](?P<part>\d{{1,3}}))?\s*(?:{lex.THOUSANDS_AFTER})",
                      re.IGNORECASE)


def _in_thousands(text: str, found: list[Number], lex: ModuleType) -> list[Number]:
    """"свыше 100 тыс. беспилотников", "12,5 тис.", "40 thousand drones": digits before the word for
    a thousand are that many thousands (one number, not the digits and a thousand apart)."""
    spans = [Number(m.start(), m.end(), int(m["whole"]) * 1000 + int((m["part"] or "").ljust(3, "0")))
             for m in _thousands_pattern(lex).finditer(text)]
    if not spans:
        return found
    inside = covering((t.start, t.end) for t in spans)  # (by bisection: a scan of them all was square)
    kept = [n for n in found if not inside(n.start)]
    return sorted(kept + spans, key=lambda n: n.start)


@lru_cache(maxsize=8)
def _dashed_pattern(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.DASHED_NUMBER)


@lru_cache(maxsize=8)
def _approx_pattern(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lex.APPROX_BEFORE})\s+$", re.IGNORECASE)


def _find(text: str, lex: ModuleType, words: frozenset[str]) -> list[Number]:
    found: list[Number] = []
    for m in _DIGITS.finditer(text):
        digits = _SEPARATORS.sub("", m.group(0))
        if len(digits) <= MAX_DIGITS:
            found.append(Number(m.start(), m.end(), int(digits)))
    if "-" in text:  # "The largest number-41-were shot down": dashes made hyphens
        for m in _dashed_pattern(lex).finditer(text):
            found.append(Number(m.start(1), m.end(1), int(m.group(1))))
    suffixed, same = _suffixed_pattern(lex), _same_pattern(lex)
    if suffixed is not None and "-" in text:  # the pattern's hyphen
        for pattern in (suffixed, _one_suffixed_pattern(lex)):
            for m in pattern.finditer(text) if pattern is not None else ():
                if len(m.group(1)) <= MAX_DIGITS:
                    found.append(Number(m.start(), m.end(), int(m.group(1))))
    if same is not None and may_match(words, lex, "same_as_previous"):
        for m in same.finditer(text):
            found.append(Number(m.start(), m.end(), 0, same_as_previous=True))
    one_alone = _one_alone_pattern(lex)
    if one_alone is not None and may_match(words, lex, "one_alone"):
        found.extend(Number(m.start(), m.end(), 1) for m in one_alone.finditer(text))
    if not may_match(words, lex, "number_words"):
        found.sort(key=lambda n: n.start)
        return found
    if lex.MORPH_LANG:
        found.extend(_inflected(text, lex))
        found.sort(key=lambda n: n.start)
        return found
    for m in _word_pattern(lex).finditer(text):
        for a, b in _numerals(m.group(0), lex):
            phrase = m.group(0)[a:b]
            # "one" in "one of the", "one each" is still a count; "a single" handled by "single".
            value = _words_value(phrase, lex)
            if value is not None and _half_of(lex).search(text, max(0, m.start() + a - 10), m.start() + a):
                value //= 2  # "half a dozen"
            if value is not None and not _is_time_or_date(text, m.start() + a, m.start() + b):
                found.append(Number(m.start() + a, m.start() + b, value))
    found.sort(key=lambda n: n.start)
    return found


@lru_cache(maxsize=8)
def _half_of(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.HALF_OF_BEFORE, re.IGNORECASE)


@lru_cache(maxsize=8)
def _half_pattern(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.ONE_AND_A_HALF})\s+$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _genitive_before(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lex.ROUND_NOUN_GENITIVE_BEFORE})\s+$", re.IGNORECASE)


_CYRILLIC_WORD = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ'’]+")


@lru_cache(maxsize=200_000)
def _numeral_value(lex: ModuleType, word: str) -> int | None:
    """The value of a lower-case word read as a numeral, by its form or dictionary form (one
    look-up per word a report repeats, not a dictionary, a cache and a generator)."""
    value = lex.NUMBER_WORDS.get(word)
    if value is None and word in morph.numeral_forms(lex.MORPH_LANG, frozenset(lex.NUMBER_WORDS)):
        value = next((lex.NUMBER_WORDS[f] for f in morph.numeral(lex.MORPH_LANG, word)
                      if f in lex.NUMBER_WORDS), None)
    return value


@lru_cache(maxsize=8)
def _maybe_numerals(lex: ModuleType) -> frozenset[str]:
    """The lower-case words :func:`_inflected` reads: those :func:`_numeral_value` may give a
    value (a numeral's form, see :func:`morph.numeral_forms`) and the tens nouns (none in a
    lexicon without morphology, which reads no inflected numerals)."""
    if not lex.MORPH_LANG:
        return frozenset()
    return frozenset(lex.NUMBER_WORDS) | morph.numeral_forms(lex.MORPH_LANG, frozenset(lex.NUMBER_WORDS)) \
        | frozenset(lex.ROUND_NOUNS)


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _word_pattern(lex)
    _same_pattern(lex)
    _one_alone_pattern(lex)
    _suffixed_pattern(lex)
    _one_suffixed_pattern(lex)
    _percent_pattern(lex)
    _dashed_pattern(lex)
    _thousands_pattern(lex)
    _approx_pattern(lex)
    _half_of(lex)
    _half_pattern(lex)
    _genitive_before(lex)
    _maybe_numerals(lex)


def _inflected(text: str, lex: ModuleType) -> list[Number]:
    """Numerals in any case and gender ("двадцати двух", "трёх", "по одному",
    "двома"), by their dictionary form; adjacent ones add up ("двадцать два")."""
    out: list[Number] = []
    run: list[tuple[int, int, int]] = []  # start, end, value of the numerals in a row

    def close() -> None:
        if run:
            total, current = 0, 0
            for _, _, v in run:
                if v >= 1000:
                    total += max(current, 1) * v
                    current = 0
                else:
                    current += v
            out.append(Number(run[0][0], run[-1][1], total + current))
            run.clear()

    maybe = _maybe_numerals(lex)
    # Only the words that may be numerals are read (most words are none): the words lower case at once,
    # the same words as each match lowered (lowering keeps every letter of the class in it, and puts
    # none outside it there). A word skipped between two read ends the run before it as it did when read:
    # the gap between them is then no spaces alone, and each reading below closes the run on such a gap.
    matches = list(_CYRILLIC_WORD.finditer(text))
    lowered = _CYRILLIC_WORD.findall(text.lower())
    for k in [k for k, word in enumerate(lowered) if word in maybe]:
        m, word = matches[k], lowered[k]
        value = _numeral_value(lex, word)
        if value is None and word in lex.ROUND_NOUNS:
            # "два десятки" = 20, "п'ятьма десятками" = 50, "півтора десятка" = 15, "близько десятка" = 10,
            # "сотнею" = 100 (as written)
            unit, alone = lex.ROUND_NOUNS[word]
            if run and run[-1][2] < 10 and text[run[-1][1] : m.start()].isspace():
                start = run[-1][0]
                run[-1] = (start, m.end(), run[-1][2] * unit)
                close()
                continue
            close()
            half = _half_of(lex).search(text, max(0, m.start() - 8), m.start())
            if half:
                # ("пів сотні ракет", "пол сотни дронов": half of the round noun, its word written apart)
                out.append(Number(half.start(), m.end(), unit // 2, approx=True))
                continue
            before = _half_pattern(lex).search(text, max(0, m.start() - 12), m.start())
            if before:
                out.append(Number(before.start(), m.end(), unit * 3 // 2, approx=True))
            elif alone or (word in lex.ROUND_NOUN_GENITIVES and _genitive_before(lex).search(
                    text, max(0, m.start() - 16), m.start())):
                # ("близько сотні ракет", "около сотни": after a word that takes the genitive, the plural's
                # form is the genitive singular, a hundred)
                out.append(Number(m.start(), m.end(), unit, approx=True))
            continue
        if value is None:
            close()
            continue
        if run and not text[run[-1][1] : m.start()].isspace():
            close()
        if run and (run[-1][2] < 10 or (run[-1][2] < 100 and value >= 10 and value < 1000)):
            close()  # "два три" are two counts; "двадцать два" is one
        run.append((m.start(), m.end(), value))
    close()
    return out


def _is_time_or_date(text: str, start: int, end: int) -> bool:
    return bool(_OCLOCK.match(text, end))
