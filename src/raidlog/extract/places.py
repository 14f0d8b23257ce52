"""Place mentions: capitalised names, with the type word that follows them
("the Oryol and Bryansk Regions"), looked up in the Gazetteer.

A mention keeps every candidate; choosing among them is left to
:mod:`raidlog.extract.resolve`, which knows the sentence and the reporter.
"""

from __future__ import annotations

import contextlib
import contextvars
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from raidlog.extract import morph
from raidlog.extract.spans import overlapping
from raidlog.geo import CITY_REGIONS, Gazetteer, name_key
from raidlog.geo.gazetteer import CITY_POPULATION, DOMINANCE, SPELT_TOWN, Budget
from raidlog.geo.names import (
    LONGEST_TYPE,
    PREFIX_TYPE_STARTS,
    SUFFIX_TYPE_WORDS,
    is_adjectival,
    split_type,
)
from raidlog.geo.romanise import latin_name, romanise
from raidlog.lexicon import gates, may_match, words_of
from raidlog.model import Place

# A sentence without any of their words skips the look for lower-case names and for the capital
# (see raidlog.lexicon.gates; in a lexicon where the pattern is "(?!)" no sentence runs it).
gates.declare({
    "lower_case_names": ("LOWER_CASE_NAMES",),
    "capital": ("CAPITAL_WORD",),
    # the cues that make a name a village or a town ("у селі", "the city of"), read before each name
    # of the sentence (where each of their matches begins a word)
    "small_place": lambda lex: ("SMALL_PLACE_CUES",) if gates.opens_words(lex.SMALL_PLACE_CUES) else None,
    "small_place_after": lambda lex: ("SMALL_PLACE_AFTER",) if gates.opens_words(lex.SMALL_PLACE_AFTER) else None,
    "city": lambda lex: ("CITY_CUES",) if gates.opens_words(lex.CITY_CUES) else None,
})

_TOKEN = re.compile(r"[^\W\d_][\w']*(?:-[\w']+)*")
_TOKEN_ASCII = re.compile(_TOKEN.pattern, re.ASCII)  # (see "run_ascii")


# How far back the cues before a name are looked for ("the villages of", "над", ", and"):
# a bounded window, so a sentence of many names is not read again for each of them.
_CUE_WINDOW = 300


def _before(pat: re.Pattern[str], text: str, pos: int) -> re.Match[str] | None:
    """``pat.search(text[:pos])`` within the last ``_CUE_WINDOW`` characters (word boundaries
    and look-behinds still see the text before the window)."""
    return pat.search(text, max(0, pos - _CUE_WINDOW), pos)


def _possessive(phrase: str) -> str:
    """"Yemen's Houthis": the place is Yemen."""
    return phrase[:-2] if phrase.endswith("'s") else phrase


@dataclass(frozen=True)
class PlaceHit:
    start: int  # offsets into the sentence text
    end: int
    as_written: str
    candidates: tuple[Place, ...]
    type_word: str | None = None
    unknown: bool = False  # looks like a place, the gazetteer has no such name (maybe misspelt)
    query: str = ""  # the dictionary form searched for ("Новошахтинск" for "в Новошахтинске")
    village: bool = False  # the text calls it a village or settlement ("the village of Murom")
    city: bool = False  # the text calls it a city ("the city of Kostiantynivka", "у місті …")
    microdistrict: bool = False  # a part of a city ("в микрорайоне Болховский"), which no gazetteer lists
    # named after the place before it with only a comma or "and" between them (:func:`in_list`): the
    # next name of a list ("Ивановка, Петровка и Лесное Херсонской области"); what resolve asks of a list
    listed: bool = False
    # listed with "and" ("в Рыльске и Орловской области"): the next of a list, never the region that
    # place is in ("Poniativka, Kherson region", "Рыльск Курской области")
    joined: bool = False
    # a region named right after a name with "of (the)" between ("Sosnovka of the Kursk Region"): the region
    # that name is in, as one right after it is ("Сосновка Курской области")
    of_before: bool = False

    @property
    def name(self) -> str:
        return self.query or self.as_written


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> dict:
    lo = lex.LOWER_LETTERS  # (a class's body: the lower-case letters)
    pats = gates.Table({
        "type": gates.pattern(rf"^{lex.PLACE_TYPE_WORDS}(?:'s)?$"),  # "the Odesa region's port"
        # a capitalised word, then more of them, type words, or "of"/"on" before a capitalised word
        # (its first letter before the look-behind, which sees that letter too: a search can then
        # skip ahead to the next capital instead of trying the look-behind at every character)
        "run": gates.pattern(
            rf"[^\W\d_{lo}](?<![\w'-][^\W\d_{lo}])[\w']*(?:-[\w']+)*"
            rf"(?: (?:[^\W\d_{lo}][\w']*(?:-[\w']+)*|{lex.PLACE_TYPE_WORDS}(?![\w-])"
            rf"(?:'s)?|(?:{lex.NAME_LINKS})(?= [^\W\d_{lo}])|{lex.UNIT_QUALIFIER}(?= (?:{lex.UNIT_QUALIFIER} )?{lex.PLACE_TYPE_WORDS}(?![\w-]))))*"),
        "cue": gates.pattern(lex.PLACE_LIST_CUES, re.IGNORECASE),
        # "в Октябрьском сельском, Шолоховском районах": a unit's qualifier before the list goes on
        "qualifier_gap": gates.pattern(rf"\s+(?:{lex.UNIT_QUALIFIER})(?=\s*(?:,|{lex.AND}\b))", re.IGNORECASE),
        "qualifier": gates.pattern(lex.UNIT_QUALIFIER),  # "територіальної" of "… територіальної громади"
        "name_opener": gates.pattern(lex.NAME_OPENERS),
        "name_opener_inside": gates.pattern(lex.NAME_OPENERS_INSIDE),
        # (not a town's office: "Kyiv Mayor Vitali Klitschko" names the city)
        "role_after": gates.pattern(rf"\s+(?!{lex.TOWN_ROLE_WORDS}){lex.ROLE_WORDS}",
                                    re.IGNORECASE),  # .match(text, end)
        "type_first": gates.pattern(rf"^{lex.TYPE_FIRST}$"),
        "plural_type": gates.pattern(lex.PLURAL_TYPE),
        "plural_type_ending": gates.pattern(lex.PLURAL_TYPE_ENDING),  # (.sub: the type word's singular)
        # an abbreviation right after a word ("Русская ПВО"), .match(text, its end)
        "abbreviation_after": gates.pattern(rf" ({lex.CAPITAL_LETTER}{{2,}})(?![\w'’-])"),
        "singular_type_phrase": gates.pattern(lex.SINGULAR_TYPE_PHRASE, re.IGNORECASE),
        "and": gates.pattern(rf"\s*(?:,|{lex.AND}|,\s*{lex.AND})\s*"),
        # the same with the place's count in brackets before it: "the regions of Bryansk (12), Kursk (8)"
        "and_counted": gates.pattern(rf"\s*(?:\(\s*\w+\s*\)\s*)?(?:,|{lex.AND}|,\s*{lex.AND})\s*"),
        # "Sosnovka of the Kursk Region": between a name and the region it is in, .fullmatch(text, end, start)
        "of_region": gates.pattern(rf"\s+(?:{lex.TOWN_OF_REGION})\s+(?:(?:{lex.ARTICLE})\s+)?"),
        "village": gates.pattern(lex.VILLAGE_CUES, re.IGNORECASE),
        "feminine_settlement": gates.pattern(lex.FEMININE_SETTLEMENT_CUE, re.IGNORECASE),
        "microdistrict": gates.pattern(lex.MICRODISTRICT_CUE, re.IGNORECASE),
        "microdistrict_name": gates.pattern(lex.MICRODISTRICT_NAME),
        "small": gates.pattern(lex.SMALL_PLACE_CUES, re.IGNORECASE),
        "small_after": gates.pattern(lex.SMALL_PLACE_AFTER, re.IGNORECASE),
        "small_of_unit": gates.pattern(lex.SMALL_PLACE_OF_UNIT),
        "settlements_listed": gates.pattern(lex.SETTLEMENTS_LISTED),
        "city": gates.pattern(lex.CITY_CUES, re.IGNORECASE),
        "unit_adjective": gates.pattern(lex.UNIT_ADJECTIVE),
        "not_after": gates.pattern(lex.NOT_A_PLACE_AFTER),
        "institution_after": gates.pattern(lex.INSTITUTION_AFTER),
        "not_before": gates.pattern(lex.NOT_A_PLACE_BEFORE, re.IGNORECASE),
        "river_waters": gates.pattern(lex.RIVER_WATERS),
        # a capitalised name of one or two words and a list's comma or "and" right before a name
        # (and the unit it is in after it: "населённых пунктов Ивановка Курской области и Петровка …")
        "listed_name_before": gates.pattern(rf"(?-i:[^\W\d_{lo}])[\w'’-]*(?:\s+(?-i:[^\W\d_{lo}])[\w'’-]*)?"
                                           rf"(?:\s+(?:{lex.PLACE_TYPE_WORDS}))?"
                                           rf"\s*(?:,|{lex.AND}|,\s*{lex.AND})\s*$"),
        "road_of_towns": gates.pattern(lex.ROAD_OF_TOWNS),
        "dash_name_after": gates.pattern(r"\s*[-—–]\s*[^\W\d_]"),
        "area_after": gates.pattern(lex.AREA_AFTER),
        "areas_after": gates.pattern(lex.AREAS_AFTER),
        "region_of": gates.pattern(rf"\b{lex.REGION_OF}\s+$", re.IGNORECASE),
        "regions_list_opener": gates.pattern(lex.REGIONS_LIST_OPENER, re.IGNORECASE),
        "region_only_name": gates.pattern(rf"(?:{lex.REGION_ONLY_NAMES})(?:['’]s)?"),
        "possessive_in_name": gates.pattern(lex.POSSESSIVE_IN_NAME),
        "subregion_type": gates.pattern("|".join(map(re.escape, lex.SUBREGION_TYPE)) or "(?!)", re.IGNORECASE),
        "subregion_of": gates.pattern(lex.SUBREGION_OF),
        "given": gates.pattern(rf"{lex.GIVEN_NAMES}$"),
        "given_before": gates.pattern(rf"\b{lex.GIVEN_NAMES}\s+$"),
        "given_first": gates.pattern(rf"{lex.GIVEN_NAMES}\s+[^\W\d_{lo}][{lo}'’-]{{2,}}$"),
        "facility_after": gates.pattern(lex.FACILITY_AFTER),
        "region_facility_after": gates.pattern(lex.REGION_FACILITY_AFTER),
        "city_body_after": gates.pattern(lex.CITY_BODY_AFTER),
        "raion_word": gates.pattern(lex.RAION_WORD),
        "hromada_word": gates.pattern(lex.HROMADA_WORD),
        "district_word": gates.pattern(lex.DISTRICT_WORD),
        "capital": gates.pattern(lex.CAPITAL_WORD),
        "capital_other": gates.pattern(rf"(?:{lex.CAPITAL_OTHER})\s+$", re.IGNORECASE),
        "capital_other_after": gates.pattern(lex.CAPITAL_OTHER_AFTER),
        "lower": gates.pattern(lex.LOWER_CASE_NAMES),
        "speaker_before": gates.pattern(rf"\b(?:{lex.SPEAKER_PLACE_BEFORE})\s+$", re.IGNORECASE),
        "attacker_before": gates.pattern(rf"\b(?:{lex.ATTACKER_PLACE_BEFORE})\s+$", re.IGNORECASE),
        "attacker_after": gates.pattern(lex.ATTACKER_PLACE_AFTER, re.IGNORECASE),
        "government_capital": gates.pattern(rf"(?:{lex.GOVERNMENT_CAPITALS})$"),
        "government_verb_after": gates.pattern(lex.GOVERNMENT_VERB_AFTER),
        "government_object_before": gates.pattern(rf"\b(?:{lex.GOVERNMENT_OBJECT_BEFORE})\s+$", re.IGNORECASE),
        "government_not_before": gates.pattern(lex.GOVERNMENT_NOT_BEFORE, re.IGNORECASE),
        "subject_verb": gates.pattern(lex.SUBJECT_VERB),
        "says_after": gates.pattern(lex.PERSON_SAYS_AFTER),
        "says_not_before": gates.pattern(rf"(?:{lex.PERSON_SAYS_NOT_BEFORE})", re.IGNORECASE),
        "one_region_type": gates.pattern(lex.ONE_REGION_TYPE, re.IGNORECASE),
        # a page that lost some letters (LOST_LETTERS, LOST_ENDING, LOST_REGION_TYPE: _lost_letters_region)
        "lost_letters": gates.pattern(lex.LOST_LETTERS),
        "lost_ending": gates.pattern(lex.LOST_ENDING),
        "lost_region_type": gates.pattern(lex.LOST_REGION_TYPE, re.IGNORECASE),
        "list_after": gates.pattern(rf"\s*(?:,|{lex.AND}\b)", re.IGNORECASE),
        "list_before": gates.pattern(rf"(?:,|\b{lex.AND})\s*$|(?:{lex.PLACES_OF})\s*$", re.IGNORECASE),
        # "KYIV – Russia launched 20 drones …": a line that opens with its town in capitals and a dash before a
        # sentence, whatever numbers it tells; one that opens with a count is a dateline only before a long
        # sentence of words ("LVIV – Two drones were shot down over the Volyn region …"), not a list's line
        # ("BELGOROD – 5", "ODESA – 3 drones", "VALUYKI – Two drones were shot down near the town")
        # "Kursk, May 4 A drone struck a shop …": a line's town, the day it was filed and the sentence
        # right after, no dash nor agency between (a wire's dateline as some sites print it)
        "line_dateline_day": gates.pattern(
            rf",[ \t]*(?i:{'|'.join(sorted(lex.MONTHS, key=len, reverse=True))})\.?[ \t]+\d{{1,2}}[ \t]+"
            rf"[^\W\d_{lo}][{lo}'’]*[ \t][^\n]{{20}}"),
        "line_dateline_dash": gates.pattern(
            rf"[ \t]*[-–—]{{1,2}}[ \t]+(?:(?!(?i:{'|'.join(sorted(lex.NUMBER_WORDS, key=len, reverse=True))})\b)"
            rf"[^\W\d_][^\W\d_]*[{lo}'’][^\W\d_]* [^\n]{{20}}|[^\W\d_][^\W\d_]*[{lo}'’][^\W\d_]* [^\n\d]{{40}})"),
        "lower_word_after": gates.pattern(rf" ([{lo}][\w'’-]*)"),  # .match(text, a word's end)
        # "Белгородская и Курская области", "громади: Хотінська та Краснопільська": the name after "and", .match(text, a word's end)
        "and_name_after": gates.pattern(rf"\s*(?:,\s*)?{lex.AND}\s+({lex.CAPITAL_LETTER}[\w'’-]*)"),
        # what may follow that pair of names: a place type word ("… области"), or nothing (the list's end)
        "names_end": gates.pattern(rf"\s*(?:[^\w\s'’-]|$|(?:{lex.UNIT_QUALIFIER}\s+)?{lex.PLACE_TYPE_WORDS}(?![\w'’-]))"),
        "line_dateline_acronym": gates.pattern(rf",\s*([^\W\d_{lo}]{{2,8}})\s*[-–—]"),  # "Moscow, SANA- …"
        "name_after": gates.pattern(rf" [^\W\d_{lo}][{lo}'’-]{{2,}}"),  # a capitalised word after a given name
        "next_word": gates.pattern(rf" ([{lo}'’]{{4,}})\b"),  # (an agreeing adjective after a name)
        "noun_after": gates.pattern(rf" ([{lo}'’]{{3,}})\b"),  # (the common noun an adjectival name agrees with)
    })
    # whether a word is a type word: asked of each word of a run several times, by an alternation
    # of ~50 branches tried in turn (~0.6 us a word); remembered per word (bounded)
    pats["is_type"] = lru_cache(maxsize=4096)(lambda word, match=pats["type"].match: match(word) is not None)
    # the same runs in a text of ASCII characters alone, where \w, \W and \d read ASCII characters as
    # Unicode does: a capital is [A-Z] then, a class of bits, not a letter's category (~35 % faster)
    pats["run_ascii"] = re.compile(pats["run"].pattern, pats["run"].flags & ~re.UNICODE | re.ASCII)
    return pats


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex).build()
    _nation_adjective(lex)


def _runs(text: str, lex: ModuleType, blocked: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """Runs of capitalised tokens, with type words and inner "of"/"on" ("Sea of Azov");
    a blocked token (a person's name, a weapon's) ends a run."""
    pats = _patterns(lex)
    runs: list[list[re.Match[str]]] = []
    spans: list[list[int]] = []  # the blocked spans, merged where they overlap, in text order
    for a, b in sorted(blocked):
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        elif a < b:
            spans.append([a, b])
    starts = [a for a, _ in spans]
    type_word, type_first = pats["is_type"], pats["type_first"].match
    run, token = (pats["run_ascii"], _TOKEN_ASCII) if text.isascii() else (pats["run"], _TOKEN)
    for found in run.finditer(text):
        current: list[re.Match[str]] = []
        # (a run of one word is its one token, the same span: most runs, not read again)
        for tok in token.finditer(text, found.start(), found.end()) if " " in found.group(0) else (found,):
            if spans:
                k = bisect_right(starts, tok.start()) - 1
                if k >= 0 and tok.start() < spans[k][1]:
                    if current:
                        runs.append(current)
                    current = []
                    continue
            word = tok.group(0)
            if current or not type_word(word) or text.startswith(" of ", tok.end()) or type_first(word):
                current.append(tok)
            if current and word.endswith("'s") and len(word) > 2 and not pats["possessive_in_name"].fullmatch(word):
                # "Kharkiv's Kyivskyi district", "the Kursk region's Glushkovo district": the owner
                # is a name of its own, and so is what it owns
                runs.append(current)
                current = []
        if current:
            runs.append(current)
    return runs


_OPENING_MARKS = "«\"„“'(—–-"


def _opens(text: str, start: int) -> bool:
    """Whether a sentence's opening, or a quotation's after a colon ("сообщил: Видим …"), is at start:
    only spaces, quotes, brackets and dashes before it. Read backwards over those alone, so each
    run costs its own gap, not the text before it (a long list has thousands of runs)."""
    i = start
    while i > 0 and (text[i - 1].isspace() or text[i - 1] in _OPENING_MARKS):
        i -= 1
    return i == 0 or text[i - 1] == ":"


def _strip_edges(run: list[re.Match[str]], lex: ModuleType, text: str = "", gaz: Gazetteer | None = None,
                 ) -> list[re.Match[str]]:
    while run and run[-1].group(0).isupper() and run[-1].group(0).lower() in lex.NOT_PLACES:
        run = run[:-1]  # "Русская ПВО": the air defence's abbreviation is no part of a name
    while run and (run[0].group(0).lower() in lex.NOT_PLACES
                   or (lex.MORPH_LANG and _function_word(lex.MORPH_LANG, run[0].group(0)))
                   or (gaz is not None and lex.MORPH_LANG and _opens(text, run[0].start())
                       and (_common_opening(run[0].group(0), lex, gaz, text[run[0].end() : run[0].end() + 1] == ",")
                            or len(run) == 1
                            and (after := _patterns(lex)["lower_word_after"].match(text, run[0].end())) is not None
                            and morph.likely_adjective(lex.MORPH_LANG, run[0].group(0), after.group(1))
                            and not _first_of_names(run[0], text, lex)
                            or len(run) == 1 and _adjective_of_no_town(run[0].group(0), text, run[0].end(), lex, gaz)))
                   or (gaz is not None and not lex.MORPH_LANG and len(run) == 1 and _opens(text, run[0].start())
                       and _common_word_respelt(run[0].group(0), text, run[0].end(), lex, gaz))):
        # ("Мирні жителі …", "Мирный житель …": an adjective opening a sentence, before a common noun)
        run = run[1:]
    if run and (is_type := _patterns(lex)["is_type"])(run[0].group(0)) and all(is_type(t.group(0)) for t in run[1:]):
        return []  # "По району окупанти поцілили": a type word alone names nothing
    while run and run[-1].group(0) in ("of", "on"):
        run = run[:-1]
    return run


def _first_of_names(word: re.Match[str], text: str, lex: ModuleType) -> bool:
    """An adjective opening a sentence or a list after a colon that "and" joins to a capitalised one of its
    ending ("Белгородская и Курская области …", "громади: Хотінська та Краснопільська"): the first of two
    names, not an adjective before a noun ("Мирні та беззахисні мешканці" is joined to a lower-case word)."""
    other = _patterns(lex)["and_name_after"].match(text, word.end())
    # (the pair names places only before a place type word or at the list's end: "Черноморский и Балтийский
    # флоты" are two fleets)
    return (other is not None and _same_ending(word.group(0), other.group(1))
            and _patterns(lex)["names_end"].match(text, other.end()) is not None)


def _common_word_respelt(word: str, text: str, end: int, lex: ModuleType, gaz: Gazetteer) -> bool:
    """An English word opening a sentence before a lower-case word that is no type word ("Mass
    casualties were …"), which the gazetteer knows only as another romanisation of a town's name
    (Miass): a common word, no town; a town written so is rarely the first word of a sentence (no
    English sentence of the read sets or the fresh reports opens with one), and one written as the
    gazetteer spells it ("Kharkiv was hit"), with its type word ("Konstantinovka district") or as the
    subject of a verb ("Izum was hit": lex.SUBJECT_VERB) stays."""
    pats = _patterns(lex)
    after = pats["lower_word_after"].match(text, end)
    if after is None or pats["is_type"](after.group(1)) or pats["subject_verb"].fullmatch(after.group(1)) \
            or gaz.lookup(word) \
            or any(word.endswith(written) for written, _ in lex.LATIN_ENDINGS):
        return False
    return bool(gaz.by_spelling(word))


def _adjective_of_no_town(word: str, text: str, end: int, lex: ModuleType, gaz: Gazetteer) -> bool:
    """An adjective of no town opening a sentence before an abbreviation ("Русская ПВО …": the air
    defence's nation, no village "Russkiy"; not "Київська МВА …", Kyiv's administration); a nation's
    adjective is the side's even where a town is named so ("Українська ППО …": no Ukrainsk)."""
    after = _patterns(lex)["abbreviation_after"].match(text, end)
    return after is not None and after.group(1).lower() in lex.NOT_PLACES \
        and morph.likely_adjective(lex.MORPH_LANG, word, after.group(1)) \
        and (_nation_adjective(lex).match(word) is not None or not town_of_adjective(word, lex, gaz))


@lru_cache(maxsize=8)
def _nation_adjective(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"(?:{lex.NATION_ADJECTIVE})\w*$", re.IGNORECASE)


def _common_opening(word: str, lex: ModuleType, gaz: Gazetteer, before_comma: bool = False) -> bool:
    """A word opening a sentence that is most likely a function word ("Коли …"), or a common noun
    (:func:`morph.common_word_first`: "Ферму зачепило …") or a verb (:func:`morph.verb_only`: "Видим,
    что …") or, before a comma, an adverb ("Добре, що …") that names no town of a size ("Харкову
    дісталося": the dictionary knows no place names in Ukrainian), only villages of that spelling: no place."""
    if morph.likely_function_word(lex.MORPH_LANG, word):
        return True
    if before_comma and morph.adverb(lex.MORPH_LANG, word):  # (an idiom: a small town's name too)
        return not any(p.kind != "locality" or (p.population or 0) >= CITY_POPULATION for p in lookup(gaz, word, lex))
    if not morph.common_word_first(lex.MORPH_LANG, word) and not morph.verb_only(lex.MORPH_LANG, word):
        return False
    return not any(p.kind != "locality" or (p.population or 0) >= SPELT_TOWN for p in lookup(gaz, word, lex))


def _function_word(lang: str, word: str) -> bool:
    """:func:`morph.function_word`. A word the dictionary lacks is an unknown name of the
    document's budget (:func:`unknown_names`: pymorphy3 guesses its readings, ~0.1 ms); once the
    budget is spent such a word is not parsed (the function words are the dictionary's own)."""
    budget = _NAMES.get()
    if budget is not None and (lang, word) not in budget.read and not morph.known(lang, word):
        if budget.spent:
            return False
        budget.read.add((lang, word))
        budget.left -= 1
    return morph.function_word(lang, word)


def find(text: str, lex: ModuleType, gaz: Gazetteer, blocked: list[tuple[int, int]] = (),
         guess: bool = True, sentence_words: frozenset[str] | None = None) -> list[PlaceHit]:
    """Place mentions of a sentence; ``guess=False`` (a headline in Title Case)
    reports only names the gazetteer knows, and so does a document whose budget of unknown
    names is spent (:func:`unknown_names`). ``sentence_words``: its :func:`words_of`, if known."""
    pats = _patterns(lex)
    if sentence_words is None:
        sentence_words = words_of(text, lex)
    hits: list[PlaceHit] = []
    runs = [r for r in (_strip_edges(r, lex, text, gaz) for r in _runs(text, lex, list(blocked))) if r]
    # (what the runs tell of each other: none to tell in a sentence of no capitalised name)
    # (a type word is inherited from a later run only: none in a sentence of one run, most of them)
    inherited = _coordinated_types(text, runs, pats, lex) if len(runs) > 1 else {}
    named_regions = _after_region_of(text, runs, pats) if runs else set()
    districts = _regions_of_region(text, runs, pats, inherited, lex, gaz) if runs else set()
    type_words: tuple[list[int], list[str]] | None = None  # the sentence's type words, when asked
    # a phrase of more tokens than the longest key names nothing ("The" is dropped from a key,
    # and one more for safety): the n-grams tried per token are bounded, so the work is linear
    longest = gaz.longest_key + 2
    for n, run in enumerate(runs):
        # (a name of one word is no name of several: most runs, asked nothing)
        whole = _unknown_name(text, run, lex, gaz, pats) if len(run) > 1 and guess and not names_spent() else None
        if whole is not None:
            hits.append(whole)
            run = [t for t in run if t.start() >= whole.end]  # the district named after it
            if not run:
                continue
        words = [t.group(0) for t in run]
        typed = [bool(pats["is_type"](w)) for w in words]
        untyped = [0]  # untyped[k]: how many of the first k words are not type words
        for t in typed:
            untyped.append(untyped[-1] + (not t))
        # what follows the k-th word: a role ("Rostov Governor"), a word that is no place's
        role_after: dict[int, bool] = {}
        not_after: dict[int, bool] = {}
        i = 0
        while i < len(run):
            hit = None
            # "в Новой Нелидовке": the first word of a two-word name, no place alone
            # (not before a unit's adjective and its type word: "в поселке Средний Иркутской области" names the
            # village Sredniy of the Irkutsk oblast, no "Средний Иркутской")
            opener = i + 1 < len(run) and not typed[i + 1] and not (i + 2 < len(run) and typed[i + 2]) and (
                pats["name_opener"].fullmatch(words[i]) is not None
                # ("debris fell in New Moscow": a translated name, no Moscow; opening a sentence, "New" is a headline's
                # word: "New Kharkiv strike")
                or (pats["name_opener_inside"].fullmatch(words[i]) is not None and not _opens(text, run[i].start())))
            if words[i] in ("of", "on") or words[i].lower() in lex.NOT_PLACES:
                ends: range | list[int] = []  # "Domodedovo Airport": not Airport, Hawaii
            else:
                # the whole rest of the run (a district named after its town, below), then the
                # n-grams short enough to name something, longest first
                reach = longest if len(run) - i <= longest else _reach(words, i, lex, gaz, longest)
                ends = range(len(run), i, -1) if len(run) - i <= reach else \
                    [len(run), *range(i + reach, i, -1)]
            for j in ends:
                if untyped[j] == untyped[i] or (opener and j == i + 1):  # type words only; "Новой" alone
                    continue
                start, end = run[i].start(), run[j - 1].end()
                far = j - i > longest
                phrase = "" if far else text[start:end]
                type_word = _possessive(words[j - 1]) if typed[j - 1] else None
                query = _possessive(phrase) if type_word else phrase
                full = lex.TYPE_ABBREVIATIONS.get(type_word.lower()) if type_word else None
                if full == "district" and not far and _city_part(phrase[: len(phrase) - len(type_word)], lex, gaz):
                    full = None  # "a Kharkiv neighbourhood": a part of the city, no Kharkiv Raion
                if full and not far:  # "Покровську стг": the hromada, its adjective agreeing with "громада"
                    query = f"{phrase[: len(phrase) - len(type_word)]}{full}"
                if type_word is None and j == len(run) and inherited.get(n):
                    type_word = inherited[n]
                    query = f"{phrase} {type_word if lex.MORPH_LANG else _singular(type_word, pats)}"
                if type_word and j == len(run) and n in districts and not far:
                    # "the Kursk and Oktyabrsky regions of the Kursk Region": its districts
                    type_word = lex.SUBREGION_TYPE[type_word.lower()]
                    name = phrase[: len(phrase) - len(words[j - 1])].strip() if typed[j - 1] else phrase
                    query = f"{name} {_singular(type_word, pats)}"
                elif type_word is None and _at(role_after, pats["role_after"], text, end):
                    query = f"{phrase} Region"  # "Rostov Governor …": the region, not a town
                elif type_word is None and not far and (
                        pats["area_after"].match(text, end) or n in named_regions
                        or pats["region_of"].search(text, max(0, start - 40), start)
                        or pats["region_only_name"].fullmatch(phrase)):
                    # "the Kyiv area", "the central region of Cherkasy": the region, if it has one
                    # ("in Dnipropetrovsk": a name, bare, of an oblast alone)
                    if lookup(gaz, f"{_possessive(phrase)} Region", lex):
                        query = f"{_possessive(phrase)} Region"
                if _at(not_after, pats["not_after"], text, end):
                    continue  # "Moscow time"
                if j - i > 1 and words[j - 1].lower() in SUFFIX_TYPE_WORDS and pats["institution_after"].match(text, end):
                    continue  # "Sumy State University": the town Sumy, no region "Sumy State"
                candidates = []
                if type_word is None and j == i + 1 == len(run) and pats["unit_adjective"].search(phrase) \
                        and not _settlement_cued(text, start, pats, sentence_words, lex) \
                        and not _before_own_noun(phrase, text, end, pats):
                    # "у Харківському районі …, в Ізюмському – …": the unit named before (not a town
                    # the text calls one: "в Миллеровском районе и г. Новошахтинске")
                    type_words = type_words or _type_words(text, pats)
                    type_word, candidates = _elliptic_unit(type_words, start, phrase, lex, gaz)
                    query = f"{phrase} {type_word}" if type_word else query
                if lex.MORPH_LANG and type_word and not far and query.endswith(type_word) \
                        and type_word in (inherited.get(n), inherited.get(n - 1)):
                    # "Брянская, Воронежская и Курская области": each a region of the plural type word,
                    # looked up with it in the singular ("воронежская область"), not the city Voronezh
                    singular = morph.lemmas(lex.MORPH_LANG, type_word.lower())
                    if singular and singular[0] != type_word.lower():
                        query = f"{query[: len(query) - len(type_word)]}{singular[0]}"
                if not far:
                    # "в станице Ленинградской": the adjective agrees with the settlement, its feminine name
                    # (morph.nominative_phrases), not with the region the elliptic adjective alone reads as
                    # ("Ленинградской" = Leningrad Oblast)
                    cued = j == i + 1 and pats["feminine_settlement"].search(text, max(0, start - 20), start)
                    candidates = candidates or lookup(gaz, _possessive(query), lex, elliptic=not cued)
                    if not candidates and type_word and not lex.MORPH_LANG and _singular(type_word, pats) != type_word:
                        # "the Black and Azov seas": the last of a list, its type word in the plural
                        query = f"{query[: len(query) - len(type_word)]}{_singular(type_word, pats)}"
                        candidates = lookup(gaz, query, lex)
                    if not candidates and type_word and j - i == 2 and typed[j - 1]:
                        # "the Chernigiv region": a spelling the gazetteer gives the region's capital only
                        candidates = _region_of_capital(words[i], query, gaz)
                if candidates and type_word is None and lex.MORPH_LANG and n in named_regions and j == len(run) and not far:
                    # "над Полтавой, Сумами и другими областями": a list the text closes as regions names each region
                    # by its capital (English looks "<name> Region" up above)
                    candidates = _capital_region(candidates, gaz) or candidates
                if type_word is None and j == i + 1 and lex.MORPH_LANG and pats["region_facility_after"].match(text, end):
                    # "Запорізька АЕС", "Курская АЭС", "Київська ГЕС": a station named by its region's adjective,
                    # away from the town of that name (at Enerhodar, Kurchatov, Vyshhorod): the region, if the
                    # adjective is an oblast's, and no town (nor a namesake of the adjective: "Хмельницька" is no Khmilnyk)
                    candidates = [c for c in candidates if c.kind == "admin1"]
                elif type_word is None and j == i + 1 and lex.MORPH_LANG and (
                        pats["facility_after"].match(text, end) or pats["city_body_after"].match(text, end)):
                    # "обстріляли Харківську ТЕЦ": the plant of the town the adjective names; "Київська
                    # міська рада": the city's own body, whatever villages bear the adjective as a name
                    # (a plant's adjective that is also a village's name is the village's, unless the town is
                    # far bigger: "Донецького аеропорту" is Donetsk's, not the village of Donetskyi)
                    town = town_of_adjective(phrase, lex, gaz)
                    # (a part of a city that is a region, "Ryazanskiy" of Moscow for "Рязанский НПЗ", is no town a
                    # plant is named for)
                    if town and (pats["city_body_after"].match(text, end) or (town[0].population or 0) > DOMINANCE * max(
                            (c.population or 0 for c in candidates if c.kind == "locality" and not _part_of_city(c)),
                            default=-1)):
                        candidates, query = town, town[0].name
                if not candidates and type_word is None and j == i + 1 == len(run) \
                        and pats["unit_adjective"].search(phrase):
                    if _settlement_cued(text, start, pats, sentence_words, lex):
                        # "со стороны города Приморско-Ахтарской": the town the adjective's form names, where the
                        # gazetteer knows one (else the region's village, as "населенных пунктов Невском и …")
                        town = town_of_adjective(phrase, lex, gaz)
                        if town:
                            candidates, query = town, town[0].name
                    elif not _before_own_noun(phrase, text, end, pats):
                        # "А ще – у Синельниківському.", "У Вербківській – …": a district or hromada
                        # named in an earlier sentence's words, no place of its own by that name (not a settlement
                        # the text calls one by its adjective's form: "населенных пунктов Невском и …")
                        type_word, candidates = _unit_alone(phrase, lex, gaz)
                        query = f"{phrase} {type_word}" if type_word else query
                if not candidates and type_word and not far and pats["raion_word"].match(type_word) \
                        and j - i == 1 + bool(typed[j - 1]):
                    # "у Сакському районі": a raion the gazetteer lacks, named after its centre town
                    candidates = _raion_of_town(words[i], lex, gaz)
                    query = candidates[0].name if candidates else query
                if not candidates and type_word and not far and pats["hromada_word"].match(type_word) \
                        and j - i == 1 + bool(typed[j - 1]):
                    # "в Бахмачской общине": a hromada the gazetteer knows only by its own language's adjective
                    # ("Бахмацька"), the hromada of the town the adjective names
                    candidates = _hromada_of_town(words[i], lex, gaz)
                    query = candidates[0].name if candidates else query
                if not candidates and type_word and (j == len(run) or words[j] in lex.DISTRICT_OF_WORDS) \
                        and pats["district_word"].match(type_word) and not any(typed[i : j - 1]) and not names_spent():
                    # (not a unit of a unit: "the Petrivska community of Kryvorizkyi district")
                    # "the Glushkovo district": a district named after its town, for resolve to find (also
                    # with its city after it: "the Saltovsky district of Kharkiv")
                    phrase = text[start:end]
                    hit = PlaceHit(start, end, phrase, (), type_word, True, dictionary_form(phrase, lex))
                    i = j
                    break
                if candidates and type_word is None and j < len(run) and lex.MORPH_LANG \
                        and re.fullmatch(lex.REGION_NOUN, words[j], re.IGNORECASE) and pats["unit_adjective"].search(phrase):
                    # "над Черноморским регионом": the adjective names a region, never a village
                    candidates = [c for c in candidates if c.kind in ("admin1", "sea")]
                if candidates:
                    hit = PlaceHit(start, end, phrase, tuple(candidates), type_word,
                                   query=dictionary_form(query, lex) if lex.MORPH_LANG else
                                   (query if query != phrase and type_word else ""))
                    i = j
                    break
            if hit is None and opener:
                # the two words one name the gazetteer lacks, where a preposition makes it a place
                hit = _opened_name(text, run[i], run[i + 1], lex, pats) if guess and not names_spent() else None
                i += 2
                if hit is None:
                    continue
                hits.append(hit)
                continue
            if hit is None:
                hit = _unmatched(text, run, i, lex, pats, inherited.get(n), not_after) \
                    if guess and not names_spent() else None
                if hit is None:
                    i += 1
                    continue
                i = next((k for k in range(i, len(run)) if run[k].start() >= hit.end), len(run))
            hits.append(hit)
    lower = _lower_case(text, lex, gaz, pats) if guess and may_match(sentence_words, lex, "lower_case_names") \
        and not names_spent() else []
    if may_match(sentence_words, lex, "capital"):
        lower += _capital(text, lex, gaz, pats)
    if lower:  # "shebeki City district": not an unknown "City district" as well
        taken = overlapping((x.start, x.end) for x in lower)
        hits = [h for h in hits if not (h.unknown and taken(h.start, h.end))]
        kept = overlapping((h.start, h.end) for h in hits)
        hits += [x for x in lower if not kept(x.start, x.end)]
    if not hits:
        return hits  # (most sentences: the steps below only drop, move or mark hits)
    hits = _not_places(hits, text, pats, lex.AGREEING_ADJECTIVE_ENDINGS, lex.MORPH_LANG)
    hits = _owning_regions(sorted(hits, key=lambda h: h.start), text, lex, gaz)
    hits = _regions_on(hits, text, lex, gaz, pats)
    out: list[PlaceHit] = []
    for h in sorted(hits, key=lambda h: h.start):
        h = _village(h, text, pats, lex, sentence_words)
        if out and in_list(text, out[-1].end, h.start, pats):
            # "the villages of Ivanovka, Sosnovka, Lipovka and Kamenka": each of the list
            village = h.village or (out[-1].village and not h.type_word)
            h = _with(h, listed=True, joined=bool(text[out[-1].end : h.start].strip(" ,")), village=village)
        elif out and h.type_word and pats["of_region"].fullmatch(text, out[-1].end, h.start):
            h = _with(h, of_before=True)
        out.append(h)
    return out


def _with(hit: PlaceHit, **changes: object) -> PlaceHit:
    """``dataclasses.replace(hit, **changes)`` without its walk over the fields and the frozen
    ``__init__`` (a PlaceHit has no ``__post_init__``): each name of a list is marked so, ~3 % of
    a short ministry post's Python work when replaced."""
    new = object.__new__(PlaceHit)
    new.__dict__.update(hit.__dict__, **changes)
    return new


def _city_part(name: str, lex: ModuleType, gaz: Gazetteer) -> bool:
    """Whether a name before a translation's word for a city's district ("neighbourhood") is a city's
    own ("a Kharkiv neighbourhood": a part of Kharkiv), not a district's adjective ("the Saltivskyi
    neighbourhood") nor a noun only districts are named after ("the Shevchenko neighbourhood")."""
    key = name_key(_possessive(name.strip()))
    # (the city's own name, not Aktau's old one; a city big enough to have districts of its own, as
    # resolve's CITY_DISTRICTS_FROM: not a part of a city the gazetteer files as a town, "Shevchenko")
    return not is_adjectival(key) and any(
        p.kind == "locality" and (p.population or 0) >= CITY_PART_FROM and name_key(p.name) == key
        for p in lookup(gaz, key, lex))


CITY_PART_FROM = 200_000  # a city this big has neighbourhoods a translation may call districts


def _reach(words: list[str], i: int, lex: ModuleType, gaz: Gazetteer, longest: int) -> int:
    """How many words of a long run an n-gram that begins with ``words[i]`` may have and still be
    found: those of the longest key that begins with that word, then type words only ("Kursk"
    begins no key of more than two words, "Kursk Kursk Kursk" names nothing; a made-up name
    begins none: only the word itself is looked up). ``longest`` where the key may not begin
    with the word (inflected languages look up dictionary forms; "The" is dropped; "city of" …)."""
    key = name_key(words[i])
    if lex.MORPH_LANG or not key.isascii() or " " in key or key in ("", "the") or key in PREFIX_TYPE_STARTS:
        return longest
    # (a word that begins no key may still be named with its type words: "the Saltovsky district
    # of Kharkiv", a district in a spelling the gazetteer lacks)
    reach = gaz.words_from(key) or 1
    most = reach + LONGEST_TYPE
    while reach < min(longest, most, len(words) - i) and any(
            SUFFIX_TYPE_WORDS.issuperset(name_key(w).split()) for w in (words[i + reach], _possessive(words[i + reach]))):
        reach += 1
    return reach


# "KYIV (Reuters) –", "BELGOROD, August 28. /TASS/.", "МОСКВА, 28 августа.": where the wire was filed
# ("KYIV, Ukraine —", "KYIV, Ukraine (AP) —": the country after the town)
_DATELINE_AFTER = re.compile(r"\s*(?:\(\s*[^\W\d_]|/|[•·]|,\s*(?:\d{1,2}\s+[^\W\d_]{3,}|[^\W\d_]{3,}\.?\s+\d{1,2}\b"
                             r"|[^\W\d_]{3,}\s*(?:\(|[-–—])))")
# "Kyiv (Reuters) –", "Київ • УНН", "Kharkiv, May 3 (AP) —", "Kyiv, Oct. 5, (dpa) -" at the start of a line, in any case
_LINE_DATELINE_AFTER = re.compile(
    r"\s*(?:[•·]\s*[^\W\d_]|(?:,\s*(?:\d{1,2}\s+[^\W\d_]{3,}|[^\W\d_]{3,}\.?\s+\d{1,2})[.,]?\s*)?"
    r"\(\s*[^\W\d_][^()\n]{0,30}\)\s*[-–—])")
# "KIEV, Jan. 3 (Xinhua) --": the agency in brackets after a dateline (its date first, if any)
_DATELINE_AGENCY = re.compile(r"(?:,\s*[^\W\d_]{3,}\.?\s+\d{1,2}\.?|,\s*\d{1,2}\s+[^\W\d_]{3,}\.?)?\s*\(([^()\n]{1,30})\)")
# "Reuters | Kyiv | Updated: …": a byline's fields between bars
_BYLINE_FIELD = re.compile(r"[ \t]*\|")
# "MOSCOW: Two drones were …": a line that opens with its town in capitals and a colon before a
# sentence (not a list's line "BELGOROD: 5 drones")
_LINE_DATELINE_COLON = re.compile(r":[ \t]+[^\n]{60}")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# what a page may print before a dateline on its line: a date stamp ("date 2024-05-06 KYIV: …",
# "06.05.2024 Kyiv, Ukraine — …"), nothing else
_STAMP_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:date[ \t]+)?(?:\d{4}-\d{2}(?:-\d{2})?|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})"
                           r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]+$")
# "Kyiv, Ukraine — Two drones …": a town in any case, its country and a dash before a sentence
_LINE_DATELINE_COUNTRY = re.compile(r",[ \t]*([^\W\d_]{3,})[ \t]*[-–—]{1,2}[ \t]+[^\W\d_][^\n]{40}")
# "Odesa: A drone struck a warehouse in the port district overnight, the governor said.": a town in any case,
# a colon and a whole sentence of words that ends on that line (not a headline's "Odesa: blasts at night")
_LINE_DATELINE_SENTENCE = re.compile(r":[ \t]+[^\W\d_][^\n]{58,}?[.!?][\"”»’']?[ \t]*(?:\n|$)")


def _opens_line(text: str, start: int) -> bool:
    """Whether a name at ``start`` opens its sentence or line, or follows only a date stamp on its line."""
    return start == 0 or text[start - 1] == "\n" or _STAMP_BEFORE.search(text, max(0, start - 40), start) is not None


def _agreeing_adjective(h: PlaceHit, text: str, endings: tuple[str, ...], pats: dict, lang: str | None = None) -> bool:
    """A one-word adjectival name of a town followed by a lower-case adjective of the same ending (not a time
    adverb of that ending: "над Белгородом утром" is the town, in the morning)."""
    word = h.as_written
    if " " in word or any(c.kind in ("admin1", "country") for c in h.candidates):
        return False  # "у Київській міській військовій адміністрації" names its region
    ending = next((e for e in endings if word.endswith(e)), None)
    nxt = pats["next_word"].match(text, h.end) if ending else None
    return nxt is not None and nxt.group(1).endswith(ending) and text[nxt.end() : nxt.end() + 1] == " " \
        and not (lang and morph.adverb(lang, nxt.group(1)))


def _adjective_of_noun(h: PlaceHit, text: str, lang: str | None, pats: dict) -> bool:
    """"на Северной стороне", "в Південному напрямку": a one-word name that is an adjective agreeing
    with the common noun after it is that phrase, no town (Severnyy, Pivdenne)."""
    if not lang or " " in h.as_written or h.unknown or any(c.kind != "locality" for c in h.candidates):
        return False
    nxt = pats["noun_after"].match(text, h.end)
    return nxt is not None and morph.adjective_with_noun(lang, h.as_written, nxt.group(1))


def _not_places(hits: list[PlaceHit], text: str, pats: dict, endings: tuple[str, ...] = (),
                lang: str | None = None) -> list[PlaceHit]:
    """Names that are not where anything happened: a wire's dateline, and a given
    name before a surname ("Vladimir Putin's forces", "Володимир Зеленський")."""
    drop: set[int] = set()
    starting: dict[int, list[int]] = {}  # the hits that start at an offset
    for n, h in enumerate(hits):
        starting.setdefault(h.start, []).append(n)
    for n, h in enumerate(hits):
        if h.type_word and h.type_word in h.as_written:
            continue
        if h.type_word:  # a unit named with the type word of an earlier name: not after a street's word
            if pats["not_before"].search(text, max(0, h.start - 20), h.start):
                drop.add(n)
            continue
        if (_agreeing_adjective(h, text, endings, pats, lang) or _adjective_of_noun(h, text, lang, pats)) \
                and not (lang and pats["facility_after"].match(text, h.end)) \
                and not (lang and h.query and _before(pats["city"], text, h.start)):
            # (not a town's plant, port or bay: "в Севастопольской бухте", "на Новороссийской нефтебазе")
            drop.add(n)  # "в Південному регіональному управлінні": no village Pivdenne
        elif pats["not_before"].search(text, max(0, h.start - 20), h.start):
            drop.add(n)  # "на улице Щорса", "на вул. Харківській": a street
        elif pats["river_waters"].search(text, max(0, h.start - 25), h.end):
            drop.add(n)  # "над акваторією Дніпра": the river
        elif (road := pats["road_of_towns"].search(text, max(0, h.start - 80), h.start)) is not None and (
                road.group(0).rstrip()[-1] in "-—–" or pats["dash_name_after"].match(text, h.end)):
            drop.add(n)  # "на трассе Белгород — Шебекино": a road named by the towns it joins
        elif pats["speaker_before"].search(text, max(0, h.start - 20), h.start) and _CLAUSE_END.match(text, h.end) \
                or pats["attacker_before"].search(text, max(0, h.start - 20), h.start):
            drop.add(n)  # "according to Moscow.", "targeted by Kyiv,": a capital for its government
        elif pats["government_capital"].fullmatch(h.as_written) and (
                pats["government_verb_after"].match(text, h.end)
                and not pats["government_not_before"].search(text, max(0, h.start - 12), h.start)
                or pats["government_object_before"].search(text, max(0, h.start - 30), h.start)):
            drop.add(n)  # "as Kyiv pushes for more air defence", "pressure on Moscow": the government
        elif (not h.query or h.query == h.as_written.lower()) and pats["says_after"].match(text, h.end) \
                and not pats["says_not_before"].search(text, max(0, h.start - 12), h.start) \
                and not any(c.kind == "locality" and (c.population or 0) >= CITY_POPULATION for c in h.candidates):
            # "Тимошенко позже уточнил, что …": a surname in the nominative that speaks, no village (a city that
            # reports is its authorities, still the place: "Kharkiv reported three explosions")
            drop.add(n)
        elif h.candidates and all(c.kind == "country" for c in h.candidates) and pats["attacker_after"].match(text, h.end):
            drop.add(n)  # "Russia launched 20 drones", "Росія атакувала …": the attacker, no place of the attack
        elif len(h.as_written) <= 3 and h.as_written.isupper() and h.candidates \
                and all(c.kind == "locality" and (c.population or 0) < CITY_POPULATION for c in h.candidates):
            # "в ДНО" (ДНР misspelt): an abbreviation in capitals, no small town of three letters (not "УФА", a
            # city a headline writes in capitals)
            drop.add(n)
        elif h.unknown and pats["given_first"].match(h.as_written):
            drop.add(n)  # "староста села Тарас Мельничук": a given name and a surname nobody knows, no village
        elif pats["given_before"].search(text, max(0, h.start - 20), h.start):
            drop.add(n)  # "подписал Сергей Михайлов", "Oleh Kupiansky": a surname, not the town Mikhaylov
        elif len(h.as_written) >= 3 and h.as_written.isupper() and (
                _DATELINE_AFTER.match(text, h.end) or _opens_line(text, h.start)
                and (_LINE_DATELINE_COLON.match(text, h.end) or pats["line_dateline_dash"].match(text, h.end))):
            drop.add(n)
            agency = _DATELINE_AGENCY.match(text, h.end)
            if agency:  # and the agency that filed it ("(Xinhua)", "(Reuters)")
                drop.update(_starting_within(starting, agency.start(1), agency.end(1)))
            # and the country the dateline names after the town ("KYIV, Ukraine —")
            drop.update(k for k in starting.get(h.end + 2, []) if all(c.kind == "country" for c in hits[k].candidates)
                        and hits[k].candidates)
        elif (dateline := _town_dateline(h, hits, text, starting)) is not None:
            drop.add(n)  # "Kyiv, Ukraine — …", "Odesa: A drone struck …." in any case: a wire's dateline
            drop.update(dateline)  # and its country
        elif (h.start == 0 or text[h.start - 1] == "\n") and (_LINE_DATELINE_AFTER.match(text, h.end)
                                                               or pats["line_dateline_day"].match(text, h.end) or (
                h.as_written.isupper() and text[h.end :].strip() == ".")):
            drop.add(n)  # "Kyiv (Reuters) –", "Київ • УНН", a line "КИЇВ." before "14 вересня. УНН."
        elif (h.start == 0 or text[h.start - 1] == "\n") and pats["line_dateline_acronym"].match(text, h.end):
            agency = pats["line_dateline_acronym"].match(text, h.end)
            drop.add(n)  # "Moscow, SANA- …", and the agency ("SANA")
            drop.update(_starting_within(starting, agency.start(1), agency.end(1)))
        elif _BYLINE_FIELD.match(text, h.end) and text[max(0, h.start - 2) : h.start].strip() == "|":
            drop.add(n)  # "Reuters | Kyiv | Updated: …": where the byline was filed
        elif pats["given"].match(h.as_written) and pats["name_after"].match(text, h.end):
            after = starting.get(h.end + 1, [])
            if not any(hits[k].candidates and not hits[k].unknown for k in after):
                drop.add(n)
                drop.update(after)
    return [h for n, h in enumerate(hits) if n not in drop]


def _town_dateline(h: PlaceHit, hits: list[PlaceHit], text: str, starting: dict[int, list[int]]) -> list[int] | None:
    """Whether a town in any case opens its line as a wire's dateline: with its country and a dash before a
    sentence ("Kyiv, Ukraine — …"), or with a colon before a whole sentence ("Odesa: A drone struck …."); the
    country's hits (to drop with it), else None."""
    if not _opens_line(text, h.start) or h.type_word or not any(c.kind == "locality" for c in h.candidates):
        return None
    # the event is placed elsewhere on the line ("Kharkiv: A drone struck … in Izmail"); where the sentence names
    # no other place ("struck the city", a digest's "Town: what happened there") the town is the event's own
    line_end = text.find("\n", h.end)
    line_end = len(text) if line_end < 0 else line_end
    if not any(h.end < o.start < line_end and o.name != h.name and o.candidates
               and not all(c.kind == "country" or c.unit == "city_district" for c in o.candidates) for o in hits):
        return None
    country = _LINE_DATELINE_COUNTRY.match(text, h.end)
    if country is not None:
        named = [k for k in starting.get(country.start(1), [])
                 if hits[k].candidates and all(c.kind == "country" for c in hits[k].candidates)]
        if named:
            return named
    return [] if _LINE_DATELINE_SENTENCE.match(text, h.end) else None


def _starting_within(starting: dict[int, list[int]], start: int, end: int) -> Iterator[int]:
    """The hits that start in ``start:end`` (an agency's short name in a dateline), by the offsets
    of that span, not by a scan of all the sentence's hits for each dateline ("KYIV (Reuters) - "
    × 4,000 was square)."""
    for at in range(start, end):
        yield from starting.get(at, ())


def _owning_regions(hits: list[PlaceHit], text: str, lex: ModuleType, gaz: Gazetteer) -> list[PlaceHit]:
    """"Belgorod's Shebekino": a town owned by a name is in that name's region (not in its city, as
    "Kharkiv's Kyivskyi district" is: a district with its type word keeps the city)."""
    out = list(hits)
    if lex.MORPH_LANG:
        return out  # ("'s" is English)
    for k in range(len(hits) - 1):
        owner, owned = hits[k], hits[k + 1]
        written = owner.as_written
        if lex.MORPH_LANG or not written.endswith(("'s", "’s")) or owner.type_word or owned.type_word \
                or text[owner.end : owned.start] != " " or not any(c.kind == "locality" for c in owned.candidates) \
                or any(c.kind in ("admin1", "country") for c in owner.candidates):
            continue
        regions = [p for p in lookup(gaz, f"{written[:-2]} Region", lex) if p.kind == "admin1"]
        if regions:
            out[k] = replace(owner, candidates=tuple(regions), query=f"{written[:-2]} Region")
    return out


def _regions_on(hits: list[PlaceHit], text: str, lex: ModuleType, gaz: Gazetteer, pats: dict) -> list[PlaceHit]:
    """"на Сумщині, Житомирщині та Запоріжжі": a region's centre after the preposition of regions
    ("на", where a town takes "у") is its region, as the names it is listed with are."""
    if not hits:
        return hits
    on = re.compile(lex.REGION_PREPOSITION, re.IGNORECASE)
    out: list[PlaceHit] = []
    listed = False  # the hit before is in a list after that preposition
    for h in hits:
        joined = bool(out) and listed and in_list(text, out[-1].end, h.start, pats)
        listed = joined or on.search(text, max(0, h.start - 4), h.start) is not None
        towns = [c for c in h.candidates if c.kind == "locality" and c.iso and (c.population or 0) >= 100_000]
        region = gaz.region(towns[0].iso) if listed and towns and not h.type_word \
            and re.search(lex.REGION_CASE, h.as_written) else None
        if region is not None and name_key(region.name).startswith(name_key(towns[0].name)):
            h = replace(h, candidates=(region,))
        out.append(h)
    return out


def _at(memo: dict[int, bool], pat: re.Pattern[str], text: str, pos: int) -> bool:
    """Whether ``pat`` matches at ``pos``, asked once per position."""
    if pos not in memo:
        memo[pos] = pat.match(text, pos) is not None
    return memo[pos]


def _lower_case(text: str, lex: ModuleType, gaz: Gazetteer, pats: dict) -> list[PlaceHit]:
    """Names a machine translation wrote in lower case, where the words around
    them make them places ("the village of poroz", "the borisovsky district")."""
    out = []
    for m in pats["lower"].finditer(text):
        group = next(g for g in ("village", "farm", "unit", "town") if g in m.re.groupindex and m.group(g))
        start, end = m.span(group)
        word = m.group(group)
        if word in lex.NOT_PLACES:
            continue
        name = word[:1].upper() + word[1:]
        if group == "town":
            # "краснодарского НПЗ": the town of the plant's adjective, if it names one
            town = town_of_adjective(name, lex, gaz)
            if town:
                out.append(PlaceHit(start, end, word, tuple(town), None, False, town[0].name))
            continue
        if group == "unit":
            type_word = text[end:m.end()].split()[-1]
            query = f"{name} {type_word}"
            kind = "admin1" if type_word in ("region", "oblast") or re.fullmatch(lex.REGION_NOUN, type_word) else "district"
            found = [p for p in lookup(gaz, query, lex) if p.kind == kind]
            if not found and (kind == "admin1" or not [
                    p for p, _ in gaz.fuzzy(query, kinds={"district"}, cutoff=75.0, theatre=True)]):
                continue  # "the residential district": no district of that name
            out.append(PlaceHit(start, m.end(), text[start:m.end()], tuple(found), type_word,
                                not found, query))
        else:
            found = [p for p in lookup(gaz, name, lex) if p.kind == "locality"]
            out.append(PlaceHit(start, end, word, tuple(found), None, not found, name, village=group == "farm"))
    return out


def _capital(text: str, lex: ModuleType, gaz: Gazetteer, pats: dict) -> list[PlaceHit]:
    """"у столиці" in a Ukrainian post is Kyiv (not "російська столиця")."""
    out = []
    for m in pats["capital"].finditer(text):
        if pats["capital_other"].search(text, max(0, m.start() - 40), m.start()) \
                or pats["capital_other_after"].match(text, m.end()):
            continue
        found = [p for p in lookup(gaz, lex.CAPITAL_NAME, lex) if p.kind == "locality"][:1]
        if found:
            out.append(PlaceHit(m.start(), m.end(), m.group(0), tuple(found), None, False, lex.CAPITAL_NAME))
    return out


def _settlement_cued(text: str, start: int, pats: dict, words: frozenset[str], lex: ModuleType) -> bool:
    """The text calls the name after it a town or village ("в г. …", "у селі …")."""
    return bool(may_match(words, lex, "small_place") and _before(pats["small"], text, start)
                or may_match(words, lex, "city") and _before(pats["city"], text, start))


def _village(hit: PlaceHit, text: str, pats: dict, lex: ModuleType, words: frozenset[str]) -> PlaceHit:
    """The hit, marked as a village or a town, or as a part of a town, where the text calls it one
    (``words``: the sentence's, for the cues' gates)."""
    if _before(pats["microdistrict"], text, hit.start) and (
            hit.unknown or pats["unit_adjective"].search(hit.as_written)
            or pats["microdistrict_name"].search(hit.as_written)):
        # "в микрорайоне Болховский": a part of the town, its adjective no Bolkhovsky District (nor a place the
        # gazetteer lists: "у мікрорайоні Північний", "в микрорайоне Северный" is no village Severny):
        # placed in the unit of its context, as a village is
        return PlaceHit(hit.start, hit.end, hit.as_written, (), None, False,
                        dictionary_form(hit.as_written, lex) if lex.MORPH_LANG else "", village=True,
                        microdistrict=True)
    if may_match(words, lex, "small_place") and _before(pats["small"], text, hit.start) \
            or may_match(words, lex, "small_place_after") and pats["small_after"].match(text, hit.end):
        return replace(hit, village=True)
    if may_match(words, lex, "city") and _before(pats["city"], text, hit.start):
        return replace(hit, city=True)
    return hit


def _type_words(text: str, pats: dict) -> tuple[list[int], list[str]]:
    """The type words of a sentence and where they start."""
    starts, words = [], []
    for t in _TOKEN.finditer(text):
        if pats["is_type"](t.group(0)):
            starts.append(t.start())
            words.append(t.group(0))
    return starts, words


def _before_own_noun(phrase: str, text: str, end: int, pats: dict) -> bool:
    """An adjective right before a lower-case word of its own ending ("здания Морского кадетского корпуса"):
    it qualifies that noun phrase, no unit's name whose type word the text leaves out."""
    after = pats["lower_word_after"].match(text, end)
    return after is not None and _same_ending(phrase, after.group(1))


def _elliptic_unit(type_words: tuple[list[int], list[str]], start: int, phrase: str, lex: ModuleType,
                   gaz: Gazetteer) -> tuple[str | None, list[Place]]:
    """A district or hromada adjective whose type word stands with an earlier
    name of the sentence (the last type word before ``start``): the districts
    or hromadas of that name; a region's, after a plural that announces a list of them."""
    starts, words = type_words
    k = bisect_right(starts, start - 1)
    if not k:
        return None, []
    word = words[k - 1]
    typed = split_type(name_key(f"x {dictionary_form(word, lex)}"))
    if typed and typed[1] == "admin1" and k >= 2 and 0 <= starts[k - 1] - starts[k - 2] - len(words[k - 2]) <= 1 \
            and not re.fullmatch(lex.REGIONS_LISTED_TYPE, word, re.IGNORECASE):
        # "у Куп'янському районі області …, в Ізюмському – …": the region's word right after the district's
        # (whose region it is), the district's the type word the adjective leaves out
        word = words[k - 2]
        typed = split_type(name_key(f"x {dictionary_form(word, lex)}"))
    if typed and typed[1] == "admin1" and re.fullmatch(lex.REGIONS_LISTED_TYPE, word, re.IGNORECASE):
        # "у таких областях, як Чернігівська, Київська …": the regions of a list the plural announced
        found = [p for p in lookup(gaz, f"{phrase} {dictionary_form(word, lex)}", lex) if p.kind == "admin1"]
        return (word, found) if found else (None, [])
    if not typed:
        # "над Черным морем, 4 — над Азовским": the sea the type word just named, another of its kind
        found = [p for p in lookup(gaz, f"{phrase} {word}", lex) if p.kind == "sea"]
        return (word, found) if found else (None, [])
    if typed[1] != "district":
        return None, []
    found = [p for p in lookup(gaz, f"{phrase} {word}", lex) if p.kind == "district"]
    return (word, found) if found else (None, [])


def _unit_alone(phrase: str, lex: ModuleType, gaz: Gazetteer) -> tuple[str | None, list[Place]]:
    """A unit adjective standing alone: the district or hromada of that name, if there is one
    (a guess: none once the document's budget of unknown names is spent)."""
    if names_spent():
        return None, []
    for type_word in lex.ELLIPTIC_UNIT_TYPES:
        found = [p for p in lookup(gaz, f"{phrase} {type_word}", lex) if p.kind == "district"]
        if found:
            return type_word, found
    return None, []


def _region_of_capital(name: str, query: str, gaz: Gazetteer) -> list[Place]:
    """The first-level region named after its capital, for a "<name> region" the gazetteer lacks
    where it knows the capital by that spelling ("the Chernigiv region": Chernihiv Oblast)."""
    typed = split_type(name_key(query))
    if typed is None or typed[1] != "admin1":
        return []
    # (the name's first reading only: "the Bilhorod-Dnistrovskyi region" is no Belgorod Oblast)
    town = next(iter(gaz.lookup(name)), None)
    region = gaz.region(town.iso) if town is not None and town.kind == "locality" and town.iso \
        and gaz.in_theatre(town) else None
    own = split_type(name_key(region.name)) if region is not None and region.kind == "admin1" else None
    return [region] if own and own[0] == name_key(town.name) else []


def _capital_region(candidates: list[Place], gaz: Gazetteer) -> list[Place]:
    """The first-level region of the town read first, where the region bears the town's name (Poltava:
    Poltava Oblast; not Lutsk, the capital of Volyn); none otherwise."""
    town = candidates[0]
    region = gaz.region(town.iso) if town.kind == "locality" and town.iso and gaz.in_theatre(town) else None
    own = split_type(name_key(region.name)) if region is not None and region.kind == "admin1" else None
    return [region] if own and own[0] == name_key(town.name) else []


def _raion_of_town(adjective: str, lex: ModuleType, gaz: Gazetteer) -> list[Place]:
    """A raion the gazetteer lacks, derived from its centre ("Сакський район" -> Saky Raion, at Saky),
    marked as a raion; none when the adjective names no town of the theatre."""
    towns = town_of_adjective(adjective, lex, gaz)
    if not towns:
        return _district_of_centre(adjective, lex, gaz)
    town = towns[0]
    stem = next((r[: len(r) - len(a)] + t for r in morph.nominative_phrases(lex.MORPH_LANG, adjective)
                 for a, t in lex.TOWN_FROM_ADJECTIVE if r.endswith(a)
                 and any(name_key(p.name) == name_key(town.name) for p in gaz.lookup(r[: len(r) - len(a)] + t))),
                None)
    latin = latin_name(stem, lex.MORPH_LANG) if stem else town.name
    return [Place(id=f"{town.id}/raion", name=f"{latin} Raion", kind="district", iso=town.iso,
                  country=town.country, lat=town.lat, lon=town.lon, region=town.region, unit="raion")]


def _hromada_of_town(adjective: str, lex: ModuleType, gaz: Gazetteer) -> list[Place]:
    """The hromada of the town an adjective names, in the town's region ("Бахмачская" -> Bakhmach hromada);
    none where the gazetteer knows no hromada of that town."""
    towns = [t for t in town_of_adjective(adjective, lex, gaz) if t.iso and gaz.in_theatre(t)][:1]
    return [p for t in towns for p in lookup(gaz, f"{t.name} hromada", lex)
            if p.kind == "district" and p.iso == t.iso][:1]


def _district_of_centre(adjective: str, lex: ModuleType, gaz: Gazetteer) -> list[Place]:
    """A district the gazetteer spells as its centre's name, where it knows no such town ("в
    Усть-Донецком районе": GeoNames' district "Ust-Donetsk")."""
    found: list[Place] = []
    for reading in morph.nominative_phrases(lex.MORPH_LANG, adjective):
        for ending, town in lex.TOWN_FROM_ADJECTIVE:
            if reading.endswith(ending) and len(reading) > len(ending) + 2:
                name = reading[: len(reading) - len(ending)] + town
                found += [p for p in gaz.lookup(name) + gaz.lookup(latin_name(name, lex.MORPH_LANG))
                          if p.kind == "district" and gaz.in_theatre(p) and p not in found]
    return found[:1]


def _part_of_city(place: Place) -> bool:
    """A locality of a city that is a region of its own, other than the city (a district of Moscow or Kyiv)."""
    return place.iso in CITY_REGIONS and name_key(place.name) != name_key(place.region or "")


def town_of_adjective(phrase: str, lex: ModuleType, gaz: Gazetteer) -> list[Place]:
    """The town a plant's adjective names ("Харківська ТЕЦ" -> Kharkiv, "Рязанский НПЗ" -> Ryazan):
    the biggest town of the theatre that one of the adjective's town endings spells (none once
    the document's budget of unknown names is spent: its readings are morphology too)."""
    if names_spent():
        return []
    found: list[Place] = []
    for reading in morph.nominative_phrases(lex.MORPH_LANG, phrase):
        for adjective, town in lex.TOWN_FROM_ADJECTIVE:
            if reading.endswith(adjective) and len(reading) > len(adjective) + 2:
                name = reading[: len(reading) - len(adjective)] + town
                found += [p for p in gaz.lookup(name) if p.kind == "locality" and gaz.in_theatre(p)
                          and p not in found]
    return sorted(found, key=lambda p: -(p.population or 0))[:1]


def dictionary_form(phrase: str, lex: ModuleType) -> str:
    """The most likely nominative of a phrase (the phrase itself in English)."""
    if not lex.MORPH_LANG:
        return phrase
    readings = morph.nominative_phrases(lex.MORPH_LANG, phrase)
    if " " not in phrase and re.search(lex.NEUTER_NAME, phrase.lower()):
        return phrase.lower()  # "Стрелецкое", "Покровське": a village's own name, not the adjective's lemma
    return readings[0] if readings else phrase


# the document's budget of unknown names: (lexicon or language, phrase) keys read in full
_NAMES: contextvars.ContextVar[Budget | None] = contextvars.ContextVar("unknown_names", default=None)


@contextlib.contextmanager
def unknown_names(limit: int) -> Iterator[None]:
    """In this block (one document) at most ``limit`` unknown names are read in full: phrases
    looked up that come out unknown (each ~1 ms of morphology and look-ups in an inflected
    language; a made-up name is tried with several type words) and words the dictionary lacks
    (parsed, ~0.1 ms). After that a phrase the block has not looked up yet is looked up only as
    written, such a word is not parsed, and no name is guessed to be a place: a text of
    thousands of made-up names is not read name by name. What the block finds depends only on
    its text: the budget counts the text's names, not what the process remembers of others."""
    token = _NAMES.set(Budget(limit))
    try:
        yield
    finally:
        _NAMES.reset(token)


def names_spent() -> bool:
    """Whether this document's budget of unknown names is spent (see :func:`unknown_names`)."""
    budget = _NAMES.get()
    return budget is not None and budget.spent


def lookup(gaz: Gazetteer, phrase: str, lex: ModuleType, elliptic: bool = True) -> list[Place]:
    """The gazetteer's candidates for a phrase as written or, in an inflected
    language, for its nominative readings ("Брянской области"); only as written once the
    document's budget of unknown names is spent (:func:`unknown_names`). ``elliptic=False``: a lone
    adjective is not read as its region ("Тульской" = Тульской области), a settlement's name after its
    type word ("в станице Ленинградской")."""
    budget = _NAMES.get()
    if budget is None:
        return list(_lookup(gaz, phrase, lex, elliptic))
    key = (lex.__name__, phrase)
    if key in budget.read:
        return list(_lookup(gaz, phrase, lex, elliptic))
    if budget.spent:
        return gaz.lookup(phrase)
    budget.read.add(key)
    found = list(_lookup(gaz, phrase, lex, elliptic))
    if not found:
        budget.left -= 1
    return found


@lru_cache(maxsize=4096)  # bounded: a report repeats its names, a long run its n-grams
def _lookup(gaz: Gazetteer, phrase: str, lex: ModuleType, elliptic: bool = True) -> tuple[Place, ...]:
    return tuple(_lookup_uncached(gaz, phrase, lex, elliptic))


# "Юр'ївка" is also written "Юріївка" (the spelling of the official register): an apostrophe
# before a iotated vowel, where the name is not found with it
_APOSTROPHE_VOWEL = re.compile(r"(?<=[^\W\d_])['’ʼ](?=[їєюяЇЄЮЯ])")


def _lookup_uncached(gaz: Gazetteer, phrase: str, lex: ModuleType, elliptic: bool = True) -> list[Place]:
    found = _lookup_as_written(gaz, phrase, lex, elliptic)
    if not found and _APOSTROPHE_VOWEL.search(phrase):
        found = _lookup_as_written(gaz, _APOSTROPHE_VOWEL.sub("і", phrase), lex, elliptic)
    if not found and _patterns(lex)["lost_ending"].search(phrase):
        # a page that lost some letters ("у Полтавськй, Харквськй областях": "і" gone everywhere): the
        # region whose name has the same letters left (lexicon LOST_LETTERS, LOST_ENDING)
        found = _lost_letters_region(gaz, phrase, lex, elliptic)
    for written, register in lex.LATIN_ENDINGS if not found and " " not in phrase else ():
        # "the Afipsky refinery": the town the gazetteer spells Afipskiy (a romanisation's ending)
        if phrase.endswith(written):
            found = [p for p in gaz.lookup(phrase[: len(phrase) - len(written)] + register)
                     if p.kind == "locality" and gaz.in_theatre(p)]
            if found:
                break
    if not lex.MORPH_LANG and len(phrase) > 3 and phrase.isascii() and split_type(name_key(phrase)) is None \
            and not is_adjectival(name_key(phrase)) \
            and not any(p.kind != "locality" or (p.population or 0) >= SPELT_TOWN for p in found):
        # "Kriviy Rih", "Konstantinovka": a town in another romanisation (beside villages of that
        # spelling); not the adjective of a district ("Siverska", "Sviatoshynskyi")
        found = [*found, *(p for p in gaz.by_spelling(phrase) if p not in found)]
    return found


def _lost_letters_region(gaz: Gazetteer, phrase: str, lex: ModuleType, elliptic: bool) -> list[Place]:
    """The region a phrase of a page that lost letters names: its adjective's ending given back
    (an ending of that case has one form), read in the nominative, and the region whose name has the
    same letters left ("Харквськй областях" → "харквська область" → Kharkiv Oblast)."""
    words, pats = phrase.split(), _patterns(lex)
    if pats["lost_letters"].search(phrase) or len(words) > 2 \
            or (len(words) == 2 and not pats["lost_region_type"].fullmatch(words[1])) \
            or (len(words) == 1 and not elliptic):
        return []  # (a page that kept them; or no region's adjective, alone or with its type word)
    adjective = pats["lost_ending"].sub(lex.LOST_ENDING_RESTORED, words[0])
    for type_word in lex.ELLIPTIC_TYPES:
        for reading in morph.nominative_phrases(lex.MORPH_LANG, f"{adjective} {type_word}"):
            # (as read, where the name had none of the letters: "Полтавська область"; else by what is left)
            found = [p for p in gaz.lookup(reading) if p.kind == "admin1"] \
                or gaz.regions_by_skeleton(reading, lex.LOST_LETTERS_SET)
            if found:
                return found
    return []


def _lookup_as_written(gaz: Gazetteer, phrase: str, lex: ModuleType, elliptic: bool = True) -> list[Place]:
    found = gaz.lookup(phrase)
    if not lex.MORPH_LANG:
        return found
    if elliptic and " " not in phrase and re.search(lex.ELLIPTIC_ADJECTIVE, phrase):  # "4 – над Тульской" = над Тульской областью, not a village "Тульский"
        for type_word in lex.ELLIPTIC_TYPES:
            for reading in morph.nominative_phrases(lex.MORPH_LANG, f"{phrase} {type_word}"):
                found = [p for p in gaz.lookup(reading) if p.kind == "admin1"]
                if found:
                    return found
    words = phrase.split()
    if len(words) > 1 and re.fullmatch(lex.REGION_NOUN, words[-1], re.IGNORECASE):
        # "над Московским регионом" = над Московской областью: the adjective with a region's type word
        for type_word in lex.ELLIPTIC_TYPES:
            for reading in morph.nominative_phrases(lex.MORPH_LANG, " ".join([*words[:-1], type_word])):
                regions = [p for p in gaz.lookup(reading) if p.kind == "admin1"]
                if regions:
                    return regions
        seas = [sea for stem, sea in lex.SEA_ADJECTIVES if phrase.lower().startswith(stem)]
        if seas:
            return [p for p in gaz.lookup(seas[0]) if p.kind == "sea"]
        return [p for p in found if p.kind in ("admin1", "sea")]  # a region is no village ("Черноморский")
    # as written ("Петрівці" is a village) and by its first dictionary form that names
    # something ("у Петрівці" = in Petrivka), a single word by each ("у Вознесенську": the town
    # or a village of the adjective's name): the context chooses between them
    for reading in morph.nominative_phrases(lex.MORPH_LANG, phrase):
        # the Cyrillic name, and its Latin spelling for villages known only in Latin ("Petrivka")
        latin = romanise(reading, lex.MORPH_LANG)
        more = gaz.lookup(reading)
        for spelt in _latin_spellings(latin):
            more += [p for p in gaz.lookup(spelt)  # a village of the theatre ("Petrivka"), never "Oba" in Turkey
                     if p not in more and _same_latin(p, spelt) and gaz.in_theatre(p)]
            if more:
                break
        more = [p for p in more if p not in found]
        if more and " " in phrase:  # ("Каменском районе": not also "каменск район")
            return found + more
        found += more  # ("з напрямку Курська": "курська" is a village as written, "курськ" the city)
    if not found and " " not in phrase:
        # "На Менщині": the area of a town with no raion of its name, its hromada ("менська громада")
        for reading in morph.nominative_phrases(lex.MORPH_LANG, phrase):
            if reading in lex.LANDS_NOT_OF_A_TOWN:
                continue  # "На Сіверщині": a historical land, not the hromada of Siversk
            for ending, unit in lex.AREA_OF_CENTRE:
                if reading.endswith(ending) and len(reading) > len(ending) + 2:
                    found += [p for p in gaz.lookup(reading[: len(reading) - len(ending)] + unit)
                              if p.kind == "district" and p not in found]
    return found


# "шолоховский район" = Sholokhovsky: the adjective's ending as GeoNames spells a district's name
_DISTRICT_LATIN_ENDINGS = (("skiy ", "sky "), ("skiy ", "skoy "))


def _latin_spellings(latin: str) -> list[str]:
    return [latin, *(latin.replace(a, b, 1) for a, b in _DISTRICT_LATIN_ENDINGS if a in latin)]


def _same_latin(place: Place, latin: str) -> bool:
    """The gazetteer's Latin name is the one looked up: the same key, or for a district the same
    name with its own type word ("verkhnedonskoy rayon" = Verkhnedonskoy District)."""
    if name_key(place.name) == name_key(latin):
        return True
    typed = split_type(name_key(latin))
    if place.kind != "district" or typed is None or typed[1] != "district":
        return False
    own = split_type(name_key(place.name))
    return (own[0] if own else name_key(place.name)) == typed[0]


def _unknown_name(text, run, lex, gaz: Gazetteer, pats) -> PlaceHit | None:
    """"the village of Zarechnaya Slobodka": a name of several words the gazetteer
    does not know is one unknown place, not a known "Slobodka" after a stray word."""
    if len(run) < 2:
        return None  # (a name of one word is no name of several, cut at its type word or not)
    words = [t.group(0) for t in run]
    typed = next((k for k, w in enumerate(words) if pats["is_type"](w)
                  or pats["is_type"](" ".join(words[k : k + 2]))), None)  # "городского округа"
    if typed is not None:  # "у селі Журавлиний Яр Сумського району": the name before the district's
        # adjective, and before the type's qualifiers ("с. Жадово Семеновской территориальной общины")
        while typed > 0 and pats["qualifier"].fullmatch(words[typed - 1]):
            typed -= 1
        run, words = run[: typed - 1], words[: typed - 1]
    if len(words) < 2 or any(w.lower() in lex.NOT_PLACES or pats["is_type"](w) for w in words):
        return None
    if not _before(pats["village"], text, run[0].start()):
        return None
    phrase = text[run[0].start() : run[-1].end()]
    if lookup(gaz, phrase, lex):
        return None
    return PlaceHit(run[0].start(), run[-1].end(), phrase, (), None, True, dictionary_form(phrase, lex))


_LISTED_BACK = 3  # how many names back a list's cue is looked for ("в сёлах А, Б и Новая В")


def _cued_or_listed(text: str, start: int, pats: dict) -> bool:
    """Whether a cue of a place stands right before ``start``, or before the list of names that ends
    there ("населённых пунктов Питомник и Малые Проходы": the cue of the list's first name)."""
    for _ in range(_LISTED_BACK + 1):
        if _before(pats["cue"], text, start):
            return True
        prev = pats["listed_name_before"].search(text, max(0, start - 60), start)
        if prev is None:
            return False
        start = prev.start()
    return False


def _opened_name(text, first, second, lex, pats) -> PlaceHit | None:
    """"а в Новой Нелидовке повреждены …": a name of two words that opens with an adjective of
    names ("Новая", "Велика", ``lex.NAME_OPENERS``), after a preposition of place: one unknown place,
    a village (the gazetteer knows the towns), of the district or region the text names beside it."""
    if second.group(0).lower() in lex.NOT_PLACES or not _cued_or_listed(text, first.start(), pats):
        return None
    phrase = text[first.start() : second.end()]
    return PlaceHit(first.start(), second.end(), phrase, (), None, True, dictionary_form(phrase, lex), village=True)


def in_list(text: str, end: int, start: int, pats: dict) -> bool:
    """Whether the name that starts at ``start`` is the next of a list after the one that ends at ``end``:
    only a comma or "and" between them ("Ивановка, Петровка и Лесное"). The one test of a list of
    names: :func:`_coordinated_types` (a type word closing the list), :attr:`PlaceHit.listed`, which
    resolve's ``_closing_regions`` (a region closing it) and ``_in_list`` (the region of most of its
    towns) ask, and :func:`_regions_on` (a preposition opening it)."""
    return pats["and"].fullmatch(text, end, start) is not None


def _coordinated_types(text: str, runs: list[list[re.Match[str]]], pats: dict, lex: ModuleType) -> dict[int, str]:
    """"the Oryol and Bryansk Regions": the plural type word belongs to every name, and so does a
    singular region's (``lex.ONE_REGION_TYPE``) after adjectives of one ending ("Брянскую и Курскую
    область": both regions; not "в Каменске-Шахтинском и Миллеровском районе", a town and a district)."""
    inherited: dict[int, str] = {}
    for n in range(len(runs) - 1, -1, -1):
        # the run's first type word: "Мирівську та Червоногригорівську громади Нікопольського району"
        at = next((k for k in range(1, len(runs[n])) if pats["is_type"](runs[n][k].group(0))), 0)
        last = runs[n][at].group(0) if at else ""
        if last:
            # the adjective that agrees with the type word: "Курскую область", not the name before
            # it ("Никольское Донецкой Народной Республики": Никольское is a village of the region)
            agreeing = runs[n][at - 1].group(0)
            plural = bool(pats["plural_type"].search(last)) \
                and not pats["singular_type_phrase"].fullmatch(f"{agreeing} {last}")
            m = n
            while m > 0 and in_list(text, _past_qualifier(text, runs[m - 1][-1].end(), pats), runs[m][0].start(), pats):
                if pats["is_type"](runs[m - 1][-1].group(0)):
                    break
                if not plural and not (pats["one_region_type"].fullmatch(last)
                                       and _same_ending(runs[m - 1][-1].group(0), agreeing)):
                    break
                nearer = runs[m][0].group(0)  # (the next name's adjective: "муниципальных" is the type's)
                if plural and _agrees(nearer) and _case_ending(runs[m - 1][-1].group(0), lex) != _case_ending(nearer, lex):
                    break  # "над Энском, Ивановским и Петровским районами": a town's noun ends the adjectives
                inherited[m - 1] = last
                m -= 1
    return inherited


def _past_qualifier(text: str, end: int, pats: dict) -> int:
    """Where a name of a list ends with its unit's qualifier ("Октябрьском сельском, Шолоховском
    районах": the rural district's "сельском"), before the comma or "and" that goes on to the next."""
    qualified = pats["qualifier_gap"].match(text, end)
    return qualified.end() if qualified else end


def _agrees(word: str) -> bool:
    """A Cyrillic adjective whose ending says its case ("Миллеровским"), as a Latin name does not."""
    return len(word) > 5 and word[-3:].isalpha() and word[-3:].islower() and not word[-3:].isascii()


def _case_ending(word: str, lex: ModuleType) -> str:
    """The case ending an adjective agrees by ("Черным", "Азовским": "им"; a noun's "Энском": "ом"; the
    nominative's "-ой" of a stressed ending is its "-ий": "Ленинский и Заводской районы"), as the
    lexicon folds its last two letters (``lex.CASE_ENDING_LETTERS``, ``lex.CASE_ENDING_SAME``)."""
    ending = word[-2:].lower().translate(lex.CASE_ENDING_LETTERS)
    return lex.CASE_ENDING_SAME.get(ending, ending)


def _same_ending(word: str, other: str) -> bool:
    """Two lower-case-ended adjectives of one ending ("Брянскую", "Курскую"), not names ("Oryol", "Kursk")."""
    return len(word) > 5 and len(other) > 5 and word[-3:] == other[-3:] and word[-3:].isalpha() \
        and word[-3:].islower() and not word[-3:].isascii()


def _after_region_of(text: str, runs: list[list[re.Match[str]]], pats: dict) -> set[int]:
    """"over the central regions of Tula and Kaluga", "the regions of Bryansk (12), Kursk (8) and Oryol
    (3)", "four oblasts — Alpha, Beta and Gamma": the runs of the list after "regions of" or a plural
    region word that opens a list (``lex.REGIONS_LIST_OPENER``)."""
    named: set[int] = set()
    # ("Dnipropetrovsk and Sumy": a name of an oblast alone makes the names listed with it regions too)
    only = {n for n, run in enumerate(runs) if len(run) == 1 and pats["region_only_name"].fullmatch(run[0].group(0))}
    for n, run in enumerate(runs):
        if n - 1 in named and pats["and_counted"].fullmatch(text[runs[n - 1][-1].end() : run[0].start()]):
            named.add(n)
        elif n in only or pats["region_of"].search(text, max(0, run[0].start() - 20), run[0].start()) \
                or pats["regions_list_opener"].search(text, max(0, run[0].start() - 30), run[0].start()):
            named.add(n)  # (and "six oblasts — Alpha, Beta and Gamma", "regions, including Alpha")
    # "the Kursk and Oryol border regions": the last name of a list, then the list's plural type word
    # after a word that parts them (no type word of the run's, for the coordination to share); and the
    # names before an oblast's name alone ("Sumy and Dnipropetrovsk")
    listed: set[int] = set()
    for n in range(len(runs) - 1, -1, -1):
        if (n + 1 in listed or n + 1 in only) and in_list(text, runs[n][-1].end(), runs[n + 1][0].start(), pats) \
                or pats["areas_after"].match(text, runs[n][-1].end()):
            listed.add(n)
    return named | listed


def _regions_of_region(text: str, runs: list[list[re.Match[str]]], pats: dict,
                       inherited: dict[int, str], lex: ModuleType, gaz: Gazetteer) -> set[int]:
    """"the Kursk and Oktyabrsky regions of the Kursk Region" (a machine translation of
    "районы"): the runs whose region type word is a district's, as a region of a region is; and a
    list that shares a plural region word where one of its names is no first-level region's but a
    district's ("in the Kursk and Oktyabrsky regions", "the Belgorod and Shebekino regions"): the
    list's names are districts, as the one that can only be. English alone: ru/uk have no SUBREGION_TYPE
    (their district's type word, "районы"/"райони", is a word of its own, which the morphology reads), so
    no run passes the type test and PLURAL_TYPE's endings are never asked here."""
    out: set[int] = set()
    for n, run in enumerate(runs):
        last = run[-1].group(0)
        if len(run) < 2 or not pats["subregion_type"].fullmatch(last):
            continue
        chain = [n]
        while chain[-1] > 0 and inherited.get(chain[-1] - 1) == last:
            chain.append(chain[-1] - 1)
        if pats["subregion_of"].match(text, run[-1].end()) or len(chain) > 1 and pats["plural_type"].search(last.lower()) \
                and any(_district_not_region(_possessive(text[runs[m][0].start() : runs[m][-2 if m == n else -1].end()]),
                                             lex, gaz) for m in chain):
            out.update(chain)
    return out


def _district_not_region(name: str, lex: ModuleType, gaz: Gazetteer) -> bool:
    """Whether a name with a region's type word names no first-level region but a district
    ("Oktyabrsky": no Oktyabrsky Region, an Oktyabrsky District)."""
    return not any(p.kind == "admin1" for p in lookup(gaz, f"{name} Region", lex)) \
        and any(p.kind == "district" for p in lookup(gaz, f"{name} District", lex))


def _singular(type_word: str, pats: dict) -> str:
    """A type word's singular where it is written with a plural ending (lexicon PLURAL_TYPE_ENDING)."""
    return pats["plural_type_ending"].sub("", type_word, count=1)


def _last_listed_in_unit(text: str, run: list[re.Match[str]], pats: dict) -> bool:
    """"в районах населённых пунктов Ивановка Курской области и Петровка Брянской области": the last name of a
    cued list whose names are each followed by their unit's adjective and type word (a briefing's list), followed
    by its own."""
    return len(run) >= 3 and any(pats["is_type"](t.group(0)) for t in run[2:4]) \
        and _before(pats["list_before"], text, run[0].start()) is not None and _cued_or_listed(text, run[0].start(), pats)


def _unmatched(text, run, i, lex, pats, inherited_type, not_after: dict[int, bool] | None = None) -> PlaceHit | None:
    """A capitalised name the gazetteer does not know, where the text makes it a
    place: followed by a type word, in a list of places, or after "over"/"in". ``not_after``: the
    run's answers of ``pats["not_after"]`` by position (:func:`_at`), asked of its n-grams already."""
    tok = run[i]
    word = tok.group(0)
    if word.lower() in lex.NOT_PLACES or len(word) < 4:
        return None
    if i == 0 and 2 <= len(run) <= 3 and not inherited_type \
            and not any(pats["is_type"](t.group(0)) or t.group(0).lower() in lex.NOT_PLACES for t in run) \
            and pats["list_after"].match(text, run[-1].end()) and _before(pats["list_before"], text, tok.start()):
        # "обстріляли Білозерку, Велику Олександрівку, Томину Балку": a name of two or three words in a list
        phrase = text[tok.start() : run[-1].end()]
        return PlaceHit(tok.start(), run[-1].end(), phrase, (), None, True, dictionary_form(phrase, lex))
    end = tok.end()
    type_word = None
    if i + 1 < len(run) and pats["is_type"](run[i + 1].group(0)):
        type_word = run[i + 1].group(0)
        end = run[i + 1].end()
    type_word = type_word or inherited_type
    if _at({} if not_after is None else not_after, pats["not_after"], text, end):  # "Zhukovsky Airport", "Черноморский флот"
        return None
    # "the Ivanovka settlement of the Petrovsky district": a name the word after calls a village
    small = not type_word and i == len(run) - 1 and pats["small_of_unit"].match(text, end) is not None
    # "в сёлах Ивановка, Петровка и Лесное": the names after the first of a list of villages
    small = small or (i == 0 and not type_word and _before(pats["settlements_listed"], text, tok.start()) is not None)
    if not (type_word or small or (pats["list_after"].match(text, end) and _before(pats["list_before"], text, tok.start()))
            or (i == 0 and _before(pats["cue"], text, tok.start()))
            or (i == 0 and _last_listed_in_unit(text, run, pats))
            or (i == 0 and _before(pats["microdistrict"], text, tok.start()))):
        return None
    phrase = text[tok.start() : end]
    return PlaceHit(tok.start(), end, phrase, (), type_word, True, dictionary_form(phrase, lex), village=small)
