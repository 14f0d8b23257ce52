"""People and the offices the text gives them: "Rostov Governor Yuri Slezar",
"Pavel Orlov, the governor of the Tambov Region", "Governor Orlov",
"the Poltava Regional Military Administration's head, Ivan Hordiienko"."""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from raidlog.extract import morph
from raidlog.extract.spans import overlaps_disjoint
from raidlog.lexicon import gates, may_match, words_of
from raidlog.officials import Officials

# Every pattern of lex.PEOPLE names the office, (?P<role>…): the sentence must hold its words.
gates.declare({"roles": ("PEOPLE:group=role", "OFFICES:group=role")})


_NAME = r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+){0,2}"


@dataclass(frozen=True)
class Person:
    start: int  # the name, in sentence offsets
    end: int
    name: str
    role: str | None  # "governor", "head", "mayor", … as the text puts it
    role_start: int  # where the whole mention (role and name) begins and ends
    role_end: int
    region_text: str | None  # a place named inside the role phrase ("Rostov", "Belgorod Region")
    region_start: int | None = None


_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> list[re.Pattern[str]]:
    return [gates.compiled(p) for p in lex.PEOPLE]


@lru_cache(maxsize=8)
def _type_word(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"^{lex.PLACE_TYPE_WORDS}$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _type_word_next(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"\s+{lex.PLACE_TYPE_WORDS}\b", re.IGNORECASE)


@lru_cache(maxsize=8)
def _name_after_role(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.NAME_AFTER_ROLE)


@lru_cache(maxsize=8)
def _office_patterns(lex: ModuleType) -> list[re.Pattern[str]]:
    return [gates.compiled(p) for p in lex.OFFICES]


@lru_cache(maxsize=8)
def _given_name(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(lex.GIVEN_NAMES)


@lru_cache(maxsize=8)
def _place_before(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{lex.PLACE_BEFORE_NAME})\s+$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _ukrainian_body(lex: ModuleType) -> re.Pattern[str] | None:
    return re.compile(lex.UKRAINIAN_BODY) if lex.UKRAINIAN_BODY != "(?!)" else None


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex)
    _given_name(lex)
    _place_before(lex)
    _type_word(lex)
    _type_word_next(lex)
    _name_after_role(lex)
    _office_patterns(lex)
    _ukrainian_body(lex)
    _office_or_given_at_end(lex)


def matching_name(name: str, lex: ModuleType) -> str:
    """The name as the officials table would spell it: "Вячеслава Гладкова" →
    "вячеслав гладков" (the reading the table knows, if any)."""
    if not lex.MORPH_LANG:
        return name
    readings = morph.person_names(lex.MORPH_LANG, name)
    officials = Officials.default()
    return next((r for r in readings if officials.by_name(r)), readings[0])


def _surname_words(lex: ModuleType) -> frozenset[str]:
    """The words (as :func:`words_of` gives them) that begin an official's surname: in a language
    with morphology, every Russian and Ukrainian spelling of each (whose fold is one of the
    officials' surname prefixes: a sentence's words are not folded first)."""
    officials = Officials.default()
    return officials.surname_spellings(lex.TRIGGER_PREFIX) if lex.MORPH_LANG \
        else officials.surname_prefixes(lex.TRIGGER_PREFIX)


# a sentence of one capitalised word, in quotes or not, with its end mark: "«Николаев.", "Mykolaiv."
_LONE_WORD = re.compile(r"\s*[«\"“'„(]?\s*(?P<word>[^\W\d_][\w'’-]*)\s*[.!…]?\s*")


@lru_cache(maxsize=8)
def _office_or_given_at_end(lex: ModuleType) -> re.Pattern[str]:
    # "… рассказал губернатор Вячеслав", "… said governor": a sentence the line broke before its speaker's name
    return re.compile(rf"(?<![\w-])(?:(?:{lex.ROLE_WORDS})|{lex.GIVEN_NAMES})\s*$", re.IGNORECASE)


def _lone_town(text: str, lex: ModuleType, is_town: Callable[[str], bool] | None, before: str) -> bool:
    """A sentence of one word that is a known town, "«Николаев.": a dateline or a heading naming the town
    (a person alone would be told doing something) -- unless the sentence before ends in an office or a
    given name ("… сообщил губернатор Виталий\nКим."): the line broke there, and the word is the speaker."""
    m = _LONE_WORD.fullmatch(text)
    if m is None or is_town is None or not is_town(m.group("word")):
        return False
    return _office_or_given_at_end(lex).search(before[-80:]) is None


def find(text: str, lex: ModuleType, words: frozenset[str],
         is_town: Callable[[str], bool] | None = None, before: str = "") -> list[Person]:
    people: list[Person] = []
    # the names and the offices taken, each in text order (insort) and not overlapping
    taken: list[tuple[int, int]] = []
    type_word = _type_word(lex)
    roles: list[tuple[int, int]] = []
    named_roles = may_match(words, lex, "roles")  # (asked once: of the offices with names and without)
    for pattern in _patterns(lex) if named_roles else ():
        for m in pattern.finditer(text):
            if m.start("name") < m.start("role") and _name_after_role(lex).match(text, m.end("role")):
                continue  # "in Belgorod, governor Vyacheslav Gladkov said": Gladkov, not "Belgorod"
            name = m.group("name")
            start, end = m.start("name"), m.end("name")
            # Cut trailing words that are not part of a name ("Gladkov On"); "Region" is no name
            parts = name.split()
            while parts and parts[-1].lower() in lex.NOT_PLACES:
                parts.pop()
            if not parts or parts[0].lower() in lex.NOT_PLACES or any(type_word.match(p) for p in parts):
                continue
            region = m.groupdict().get("region")
            region_at = m.start("region") if region else None
            if region is None and lex.MORPH_LANG and m.start("name") > m.start("role") and len(parts) > 1 \
                    and not _given_name(lex).fullmatch(parts[-2]) \
                    and not Officials.default().by_name(matching_name(" ".join(parts), lex)) \
                    and Officials.default().by_name(matching_name(parts[-1], lex)):
                # "губернатор Севастополя Развожаев": the office's place in the genitive, then the
                # surname alone; the words before the surname are the place, not a given name
                region, region_at = " ".join(parts[:-1]), start
                start += len(" ".join(parts)) - len(parts[-1])
                parts = parts[-1:]
            name = " ".join(parts)
            end = start + len(name)
            if len(parts) == 1 and m.start("name") < m.start("role") \
                    and not Officials.default().by_name(matching_name(name, lex)):
                continue  # "shelled Sumy overnight, the regional administration head said": a place
            if overlaps_disjoint(taken, start, end) or overlaps_disjoint(roles, m.start(), m.end()):
                continue  # one office, one person: the first pattern's reading stands
            if region and region.split()[0].lower() in lex.NOT_PLACES:
                region = None
            if region and region.endswith(("'s", "’s")):
                region = region[:-2]  # "Kharkiv's mayor Ihor Terekhov": Kharkiv
            role = _SPACES.sub(" ", m.group("role").lower()).replace("gov.", "governor")
            insort(taken, (start, end))
            insort(roles, (m.start(), m.end()))
            people.append(Person(start, end, name, role, m.start(), m.end(), region,
                                 region_at if region else None))
    # An office named with its region and nobody's name ("the governor of the Belgorod region
    # wrote", "– повідомив голова Полтавської ОВА"): the office speaks.
    for pattern in _office_patterns(lex) if named_roles else ():
        for m in pattern.finditer(text):
            if overlaps_disjoint(roles, m.start(), m.end()):
                continue
            region = m.groupdict().get("region")
            if region is not None and region.split()[0].lower() in lex.NOT_PLACES:
                continue
            role = _SPACES.sub(" ", m.group("role").lower())
            insort(roles, (m.start(), m.end()))
            people.append(Person(m.start(), m.end(), "", role, m.start(), m.end(), region,
                                 m.start("region") if region else None))
    # Known officials named without an office ("Gladkov said", "Vitaliy Kim wrote").
    officials = Officials.default()
    surnames = _surname_words(lex)
    if words.isdisjoint(surnames):
        people.sort(key=lambda p: p.start)
        return people  # no official's surname in the sentence
    body = _ukrainian_body(lex)
    ukrainian_body = body is not None and body.search(text) is not None  # (read once: not once per surname)
    for m in re.finditer(_NAME, text):
        if overlaps_disjoint(taken, m.start(), m.end()):
            continue
        parts = m.group(0).split()
        while parts and parts[0].lower() in lex.NOT_PLACES:
            parts.pop(0)
        if not parts or words_of(" ".join(parts), lex).isdisjoint(surnames):
            continue  # (nor in this name: its words need no dictionary look-up)
        if _type_word_next(lex).match(text, m.end()):
            continue  # "over the Voskresensky district", "в Воскресенском районе": a place named like an official
        # "Севастополя Михайло Развожаєв": a capitalised word before the name is no part of it
        for k in range(len(parts)):
            candidate = " ".join(parts[k:])
            if k and _given_name(lex).fullmatch(parts[k - 1]):
                break  # "Владимир Марченко" is not Maksym Marchenko: a given name of its own before the surname
            # (a surname of three letters or fewer, "Kim", only with its given name before it: alone it may be
            # any capitalised word)
            if (len(parts[-1]) > 3 or k < len(parts) - 1) and officials.by_name(matching_name(candidate, lex)):
                start = m.end() - len(candidate)
                if k == len(parts) - 1 and _place_before(lex).search(text, max(0, start - 16), start):
                    break  # "в Николаеве": a surname alone after a preposition of place is the town
                if k == len(parts) - 1 and ukrainian_body and not any(
                        o.region_iso.startswith("UA-") for o in officials.by_name(matching_name(candidate, lex))):
                    break  # "Николаев …, сообщил глава ОВА": a Ukrainian office tells it; the surname alone is a town
                if k == len(parts) - 1 and _lone_town(text, lex, is_town, before):
                    break  # "«Николаев. Обошлось без жертв», – сообщил он": a sentence of the one word, a
                    # dateline or a heading, names a town (a person alone would be told doing something)
                insort(taken, (start, m.end()))
                people.append(Person(start, m.end(), candidate, None, start, m.end(), None))
                break
    people.sort(key=lambda p: p.start)
    return people
