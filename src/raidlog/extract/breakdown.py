"""Per-place counts: "eight drones over the Rostov Region, four over Stavropol
Krai, three over the Oryol and Bryansk Regions, one each over …", "including
3 flying towards Moscow", "single drones over A, B and C"."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from types import ModuleType

from raidlog.extract import morph
from raidlog.extract.resolve import Resolution
from raidlog.extract.spans import covering
from raidlog.extract.weapons import NOT_IN_TOTALS, Count, of_them_after, opens_with_whole
from raidlog.geo import SURROUNDING
from raidlog.lexicon import gates
from raidlog.model import Place, unique_places


@dataclass(frozen=True)
class Item:
    start: int  # sentence offsets of the whole item
    end: int
    count: int | None  # None: the places are named without a count (or the remainder, computed later)
    places: tuple[Place, ...]
    each: bool | None
    subset: bool
    note: str | None = None
    weapon: bool = False  # the count is written with its weapon ("12 drones over …")
    number_start: int = -1  # where the count itself is written (places may come first)
    summary: bool = False  # the claim's total over all the places it names, not a breakdown
    headline: bool = False  # a headline's summary: the body's breakdown replaces it
    remainder: bool = False  # "the remaining ones over …": the total less the other items (count None)
    # "две ракеты и 27 БПЛА над Курской": the sum of the weapon counts joined to the item's own (which
    # alone is ``count``, as the claim's weapons read it); the place's count is this sum
    joined: int | None = None
    # the districts and towns the count was told for, where the item reads them as their region
    # ("над Павлоградським районом збили 3": Dnipropetrovsk Oblast's 3)
    told_for: tuple[Place, ...] = ()
    # where a count in brackets after the places is written, when it is each place's ("12 over the Kursk
    # and Oryol regions (six drones each)": the six is the item's, no total of the claim)
    bracketed: int = -1
    # "ещё семь над Курской", "seven more over …": more of the weapons told before it (a count of
    # weapons, though written without one), in addition to a count told before
    more: bool = False
    # "over Kyiv and its suburbs": the city's places and the region around the city, one count over both
    # (the pipeline adds the region, which it looks up)
    surroundings: bool = False
    # "three missiles were detected over the Odesa region": the place where a count only detected, tracked or
    # launched was, not a count downed there (kept only when all of them are told downed)
    came: bool = False

    def __post_init__(self) -> None:
        # "over Kyiv, the Kyiv City Military Administration said": one place named twice is one place
        if len(places := unique_places(self.places)) < len(self.places):
            object.__setattr__(self, "places", places)


def bracketed_abbreviation(lex: ModuleType) -> str:
    """A place's abbreviation in brackets after its name, in the language's script or in Latin ("(DPR)",
    "(ДНР)", "(АРК)"): a capital, then up to seven letters or dots, case-sensitive."""
    return rf"\((?-i:{lex.CAPITAL_LETTER}(?:{lex.CAPITAL_LETTER}|[{lex.LOWER_LETTERS}.]){{1,7}})\)"


@lru_cache(maxsize=16)
def _patterns(lex: ModuleType, ascii_text: bool = False) -> dict[str, re.Pattern[str]]:
    """The breakdown's patterns; ``ascii_text``: their twins for a sentence of ASCII characters alone
    (:func:`gates.twins_table`), asked of that sentence only."""
    if ascii_text:
        return gates.twins_table(_patterns(lex))
    i = re.IGNORECASE
    nouns = "|".join(p for p, _, _ in lex.WEAPONS)
    # words that may stand between a count and "over": "each", a weapon phrase, "of them were downed"
    # (a weapon's noun before the adjectives: "12 enemy targets over …" is one noun, whose adjective alone
    # would leave "targets" unread)
    filler = rf"(?:{lex.EACH}|{lex.ITEM_FILLER}|{lex.COMBINED_BEFORE}|{lex.DESTROY}|{nouns}|{lex.WEAPON_ADJECTIVES}|" \
             rf"{lex.ITEM_UNITS})"
    # a parenthetical between commas may stand there too: "по 4, за твердженням МО РФ, було збито над …";
    # each piece is atomic, so a run of separators (" , , ,") is read one way only, in linear time
    # (quotes around a weapon's name too: '10 "Shahed" drones over Odesa')
    # (a dash glued to the word before it and spaced after is a separator: "Два БпЛА— над Курской"; a
    # count in brackets is the count: "Больше всего беспилотников (9) уничтожено над Курской областью")
    # (not the "в" of "в том числе": "30 беспилотников, в том числе над Белгородской областью" is a part there)
    # (and the weapon's abbreviation in brackets after it: "three unmanned aerial vehicles (UAVs) off …")
    lead = rf"(?:(?>\s+[«\"][^»\"\n]{{1,24}}[»\"])|(?>\s*\((?:{nouns})\))|(?>[\s,:\"«»“”„-]+)|(?<=\d)\)|(?>,\s*[^\s,.;:\d][^,.;:\d]{{0,39}},)|(?>{filler}(?!\w|-\S)))*?)" \
           rf"(?!(?:{lex.SUBSET})\b)(?P<prep>{lex.TOWARDS}|{lex.LAUNCHED_AT}|{lex.OVER})\s"
    return gates.Table({
        "lead": gates.pattern(rf"(?P<filler>{lead}", i),
        # after "по одному/по N" an abbreviation of capitals may be the weapon's, garbled or not listed:
        # "по одному АТС в Белгородской" (elsewhere capitals are the defences' or a side's: "ПВО", "РФ")
        "each_lead": gates.pattern(rf"(?P<filler>(?:\s+(?-i:{lex.EACH_ABBREVIATION})(?![\w-]))?{lead}", i),
        # (not "each" opening a participle of every weapon: "20 drones each carrying up to 50 kg")
        "each_before": gates.pattern(rf"\s*{lex.EACH}\b(?!{lex.EACH_DOING})", i),  # .match(text, pos)
        # a place's preposition that may govern a thing ("в житловому будинку в …", "in a house in …"), not "over"
        "over_only": gates.pattern(rf"(?:{lex.OVER_TOTAL})$", i),  # .fullmatch(prep)
        "thing_first": gates.pattern(rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{lex.THING_NOUNS})(?![\w'’-])", i),  # .match
        "each_after": gates.pattern(rf"^\W*(?:{lex.EACH})\b", i),
        "each_inside": gates.pattern(rf"\b{lex.EACH}\b", i),
        "combined_before": gates.pattern(rf"\b{lex.COMBINED_BEFORE}\s*$", i),
        "combined_after": gates.pattern(rf"^\W*(?:{lex.COMBINED_AFTER})\b", i),
        "combined_inside": gates.pattern(rf"\b{lex.COMBINED_BEFORE}\b", i),
        "region_count": gates.pattern(rf"\s*(?:{lex.REGION_COUNT}|{lex.SOME_REGIONS})", i),
        # (.search ending at a place-first item's places: "над шестью областями и над Азовским морем уничтожены 90",
        # how many regions, then the place joined to them)
        "region_count_before": gates.pattern(rf"(?:{lex.REGION_COUNT}|{lex.REGIONS_COUNTED})\s*(?:,\s*)?(?:(?:{lex.AND})\s+)?"
                                          rf"(?:(?:{lex.OVER})\s+)?(?:(?:{lex.WATERS})\s+)?(?:(?:{lex.ARTICLE})\s+)?$", i),
        # over the whole country, then the places it includes: "over Russia, the Tula region among them"
        "nationwide": gates.pattern(rf"(?:{lex.NATIONWIDE})\W*(?:{lex.SUBSET})\b", i),
        "whole_country": gates.pattern(lex.NATIONWIDE, i),  # .match(text, prep): "over Russia and the Black Sea"
        "subset": gates.pattern(rf"\b{lex.SUBSET}\s*$", i),
        "most_of": gates.pattern(rf"\b{lex.MOST_OF}\b", i),
        # the counted weapon as the subject of a destroy verb with an object: "Один беспилотник поразил
        # предприятие в Курске" tells a hit there, not a downing (.match at the count's end, as mentions.py)
        "adjective_ending": gates.pattern(rf"(?<![\w'-])(?:{lex.WEAPON_ADJECTIVE_ENDING})(?![\w'-])", i),
        "downed_after": gates.pattern(rf"(?:\s+|{lex.PASSIVE_GAP})(?:{lex.DESTROY})\s+(?:{lex.OVER})\s", i),
        "more_before": gates.pattern(lex.MORE_BEFORE, i),
        "more_after": gates.pattern(lex.MORE_AFTER, i),
        "agent_verb": gates.pattern(rf"\s+(?:(?:{lex.AGENT_OWNER})\s+)?(?:(?:{lex.AGENT_VERB_AND})\s+)?(?:{lex.DESTROY})"
                                 rf"{lex.AGENT_OBJECT_AFTER}", i),
        # a share of the count, told without a number: "half of the about 60 drones were downed over …"
        "share_before": gates.pattern(rf"(?:{lex.PERCENT_OF_BEFORE})(?:{lex.APPROX_BEFORE}\s+)?$", i),
        "share_whole_downed": gates.pattern(lex.SHARE_WHOLE_DOWNED, i),  # ("half of the 12 downed drones")
        "each_prefix": gates.pattern(lex.EACH_PREFIX, i),
        "place_first": gates.pattern(lex.PLACE_FIRST_ITEM, i),
        "attacked_first": gates.pattern(lex.ATTACKED_PLACE_FIRST_ITEM, i),
        # "атака на", read once per text (_attacks_on); then the place attacked, of at most three words
        "attack_on": gates.pattern(lex.ATTACK_ON_BEFORE, i),
        "attacked_words": gates.pattern(r"(?:[\w'’-]+\s+){0,2}[\w'’-]+"),
        "place_subject": gates.pattern(lex.PLACE_SUBJECT_ITEM, i),
        # "ППО Сумщини збила 7 дронів": the region owns the air defences that downed the count (the verb
        # between the region and the count, .search ending at the count; the defences right before the region)
        "owned_defences_verb": gates.pattern(lex.OWNED_DEFENCES_VERB, i),
        "owned_defences": gates.pattern(rf"(?:{lex.OWNED_DEFENCES})\s+$", i),
        "place_first_passive": gates.pattern(lex.PLACE_FIRST_PASSIVE, i),  # .match(text, count's end)
        "spaces_end": gates.pattern(r"\s+$"),
        "passive_opening": gates.pattern(lex.PLACE_FIRST_PASSIVE_OPENING, i),  # .search(text, ., a place's start)
        "comma_gap": gates.pattern(r",?\s+$"),
        "relative_gap": gates.pattern(lex.PLACE_FIRST_RELATIVE, i),  # .search ending at a count
        "article": gates.pattern(rf"(?:(?:{lex.ARTICLE})\s+)?", i),
        # after a place-first count: the end of the item, or a word for what was counted
        "item_end": gates.pattern(
            rf"[ \t]*(?:\n|$)|\s*(?:[,.;:)»\"”]|$|(?:{lex.OF_THEM})\b|(?:{lex.AND}|{lex.AND_THEN}|{lex.COMBINED_AFTER})\b|(?:[\w-]+\s+)?[«\"“„]?(?:{lex.ITEM_UNITS}|{nouns}))", i),
        # "(14)", "(шесть дронов)": the count and what was counted, alone in the brackets
        "parenthesis_open": gates.pattern(r"\s*\(\s*"),
        "parenthesis_close": gates.pattern(r"\s*\)"),
        # ("над Чёрным морем (17 аппаратов)": the unit word of a count in a place's brackets)
        "unit_close": gates.pattern(rf"\s*(?:(?:{lex.ITEM_UNITS})\s*)?\)", i),
        # ("над Азовским морем и Курской областью (по два)": each place's count in brackets)
        "each_open": gates.pattern(rf"\s*\(\s*(?:{lex.EACH_BRACKET_OPEN})\s+", i),
        "each_closed": gates.pattern(rf"\s*{lex.EACH}\s*\)", i),  # "(six each)", "(по три)" has its own reader
        "parenthesis": gates.pattern(r"\s*\([^()\n]{1,40}\)"),
        # (the type word a list of bracketed counts closes with, before it goes on: "… (12) областями и Крымом (9)")
        "type_after": gates.pattern(rf"\s+{lex.PLACE_TYPE_WORDS}(?![\w-])", i),
        # a line of a list: "- Ростовская область – 4", "5 – Миколаївщина;"
        "line_start": gates.pattern(r"(?:^|\n)[ \t]*(?:[-•*·][ \t]*)?$"),
        # a list that goes on after a colon within its line: "destroyed 22 drones: Belgorod region – 12, …"
        "list_opened": gates.pattern(rf":[ \t]*(?:(?:{lex.ARTICLE})[ \t]+)?$", i),
        "list_next_item": gates.pattern(rf"\s*[,;]\s*(?:(?:{lex.AND})\s+)?(?:(?:{lex.ARTICLE})\s+)?", i),
        "dash_place": gates.pattern(r"[ \t]*[-:][ \t]*"),
        # the next item of a list within a sentence: ", два — над Тверской, один — Воронежской"
        "list_next": gates.pattern(rf"(?:[,;]\s*(?:(?:{lex.AND})\s+)?|\s(?:{lex.AND})\s+)$", i),
        # (", 3 Полтавською та 2 Харківською областями": the list's next count and its place, no dash between)
        "bare_gap": gates.pattern(r"[ \t]+"),
        "remainder": gates.pattern(
            rf"\b(?:{lex.REMAINDER})(?P<filler>(?:(?>[\s,:-]+)|(?>{filler}(?![\w-])))*?)(?:{lex.OVER})\s+(?:(?:{lex.ARTICLE})\s+)?(?:{lex.LIST_DIRECTION}\s+)?", i),
        "hit_count": gates.pattern(lex.HIT_COUNT_BEFORE, i),
        "remainder_stems": lex.REMAINDER_STEMS,
        "over_before": gates.pattern(rf"(?<![\w-])(?:{lex.OVER})\s+(?:(?:{lex.ARTICLE})\s+)?$", i),
        "near_before": gates.pattern(rf"(?<![\w-])(?:{lex.NEAR_MORE})\s+(?:(?:{lex.ARTICLE})\s+)?$", i),
        # a count of settlements, no weapons ("в районах пяти населённых пунктов Курской …"): inside the places
        "settlements_counted": gates.pattern(rf"\s+(?:{lex.SETTLEMENT_NOUN})(?![\w-])", i),  # .match at a number's end
        # "в посёлке X", "у деревни X", "возле села X" right before a place-first item's town: where, as "над X"
        "settlement_before": gates.pattern(rf"(?<![\w-])(?:{lex.OVER}|{lex.NEAR_MORE})\s+(?:{lex.SETTLEMENT_NOUN})\s+$", i),
        # "over the (western) regions of Bryansk (12), Kursk (8)": the first of a list of names after it
        "over_region_of": gates.pattern(rf"(?<![\w-])(?:{lex.OVER})\s+(?:(?:{lex.ARTICLE})\s+)?(?:[\w-]+\s+)?{lex.REGION_OF}\s+$", i),
        "attempted_before": gates.pattern(rf"(?<![\w-])(?:{lex.ATTEMPTED_OVER})\s+$", i),
        "attempted": gates.pattern(rf"^(?:{lex.ATTEMPTED_OVER})$", i),
        # (a place's abbreviation in brackets may stand after it: "the Donetsk People's Republic (DPR) and the LPR")
        "joined": gates.pattern(rf"(?:\s*{bracketed_abbreviation(lex)})?\s*(?:,|{lex.AND}|,\s*{lex.AND})\s*(?:(?:{lex.ARTICLE})\s+)?", i),
        "comma_only": gates.pattern(rf"\s*,\s*(?:(?:{lex.ARTICLE})\s+)?", i),  # .fullmatch: no "and"
        # the rest's places may say where each lies and "over" again: "the remaining ones over the Smolensk
        # region in the west and over Crimea"
        # (or "as well as", perhaps with what the places have in common: "…, а также центральные — Калужскую")
        "joined_over": gates.pattern(rf"(?:{lex.LIST_LOCATOR})?(?:\s*{bracketed_abbreviation(lex)})?\s*(?:,\s*(?:(?:{lex.AND}|{lex.ALSO}(?:\s+\w+\s*[—–-])?)\s*)?"
                                  rf"|(?:{lex.AND}|{lex.ALSO}(?:\s+\w+\s*[—–-])?)\s*)(?:(?:{lex.OVER_TOTAL})\s+)?(?:(?:{lex.WATERS})\s+)?(?:(?:{lex.ARTICLE})\s+)?(?:{lex.LIST_DIRECTION}\s+)?", i),
        "single": gates.pattern(rf"^(?:(?:{lex.INDEFINITE_ARTICLE})\s+)?{lex.SINGLE}$", i),
        "towards": gates.pattern(rf"^(?:{lex.TOWARDS}|{lex.LAUNCHED_AT})$", i),
        "launched_at": gates.pattern(rf"^(?:{lex.LAUNCHED_AT})$", i),
        "destroy": gates.pattern(lex.DESTROY, i),
        # between two places of an item, the words of flight to the second ("over the Black Sea heading towards
        # Crimea", "над морем, летевшие в сторону Крыма"): .fullmatch of the gap; the second is a destination
        "towards_end": gates.pattern(rf"(?:{lex.TOWARDS}|{lex.DIRECTED_TOWARDS})\s+(?:(?:{lex.ARTICLE})\s+)?$", i),
        "towards_gap": gates.pattern(rf"[\s,]*(?:(?:{lex.RELATIVE})\s+(?:{lex.RELATIVE_AUX})?)?(?:{lex.TOWARDS}|{lex.DIRECTED_TOWARDS})"
                                     rf"\s+(?:(?:{lex.ARTICLE})\s+)?", i),
        # (.search between two places of an item's words: a comma, then a clause with a verb of its own before the
        # next place, "над Аской областью, а также повреждены дома в Бской", "over Aa, and debris damaged homes in Bb":
        # the next place is that clause's, not the count's)
        # (a word after the verb, before the place: not a participle of the place's own, "Russian-occupied Crimea")
        "clause_gap": gates.pattern(rf",[^;:.\n]{{0,60}}?{lex.CLAUSE_VERB}[^\w;:.\n]+[^\W\d_]+\s"),
        "over_next": gates.pattern(rf",\s*(?:{lex.OVER})\s", i),  # after a heading's places, where they were
        # (not the semicolon a list's line ends with, before the next line: "у межах 3 областей:\n- Київської;\n- …")
        # (nor a weapon named with no count after "as well as": "одну над Вінницькою областю, а також ракети над
        # Житомирщиною": more weapons, elsewhere, uncounted)
        # (nor one that goes on with more named places of the same list, capitalised, perhaps after "as well as": "в
        # районах Горловки и Ясиноватой ДНР; Малых Проходов Харьковской области; а также Пятихатки …")
        # (but a part with a verb of its own before the next semicolon or the end is a new clause: "…; Белгород и
        # Шебекино подверглись обстрелу")
        "stop": gates.pattern(rf";(?![ \t]*\n[ \t]*[-•*·▪◾►])(?![ \t]*(?:(?:{lex.ALSO}|{lex.AND})[ \t]+)?(?-i:{lex.CAPITAL_LETTER})[\w'’-]+[ \t]+(?:[\w'’-]+[ \t]+)?(?-i:{lex.CAPITAL_LETTER}|{lex.LIST_PLACE_ADJECTIVE})(?![^;.\n]{{0,200}}?{lex.CLAUSE_VERB}))|\. |{lex.ITEM_STOP}|{lex.ITEM_STOP_SPEAKER}|"
                           rf",\s*(?:{lex.ALSO})\s+(?:(?:{lex.WEAPON_ADJECTIVES})\s+)*(?:{nouns})(?!\w)", i),
        "sea_locator": gates.pattern(lex.SEA_LOCATOR, i),
        "region_locator": gates.pattern(lex.REGION_LOCATOR, i),
        "coast_locator": gates.pattern(rf"(?:{lex.COAST_LOCATOR})$", i),  # .search(text, pos, endpos)
        "and_elsewhere": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.AND})\s+(?:(?:{lex.ARTICLE})\s+)?(?:{lex.AND_ELSEWHERE})", i),
        "respectively": gates.pattern(rf"\b{lex.RESPECTIVELY}\b", i),
        "surroundings": gates.pattern(lex.SURROUNDINGS_AFTER, i),  # .match at the item's end
        "vague_more": gates.pattern(lex.VAGUE_MORE, i),  # "and a few more … in": a part with no number
        # before a run of counts that go to the places before them in order: "сбили по 5 и 4", "уничтожены
        # соответственно 7 и 3" (.search ending at the run's first count)
        "respective_run": gates.pattern(rf"(?:\b(?:{lex.RESPECTIVELY})\s*$|{lex.EACH_PREFIX})", i),
        # between the places and such a run: a verb, no clause break
        "places_to_run": gates.pattern(r"[^\d.,;:!?()«»\"—–\n]{1,40}"),
        # ("Seven drones were downed and three were intercepted above …": a bare count downed another way after
        # a count downed, both over the place after them)
        "destroyed_and": gates.pattern(lex.DESTROYED_AND, i),
        "destroyed_and_after": gates.pattern(lex.DESTROYED_AND_AFTER, i),
        "counts_joined": gates.pattern(rf"\s*(?:,|{lex.AND}|,\s*{lex.AND})\s*", i),
        # (.fullmatch: "and" joins them; "and a", before a weapon that is one)
        "counts_and": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.AND})\s+(?:(?:{lex.INDEFINITE_ARTICLE})\s+)?", i),
        # (.match after a count: its model named in quotes, "шесть снарядов РСЗО «Град» и ракету …")
        "model_quoted": gates.pattern(r"\s*[«\"“„][^»\"”\n]{1,40}[»\"”]"),
        # (.fullmatch: "and" with one word before a weapon that is one, its count the weapon word alone: "… и
        # украинскую ракету")
        "counts_and_word": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.AND})\s+[^\W\d_][\w'’-]*\s+", i),
    })


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    for table in (_patterns(lex).build(), _patterns(lex, True).build()):
        for name in ("place_first", "attacked_first"):  # (each read with gates.search_to_end)
            gates.prepare_to_end(table[name])


def items(text: str, counts: list[Count], resolutions: list[Resolution], lex: ModuleType) -> list[Item]:
    """The breakdown items of one sentence, in text order."""
    if all(r.place is None for r in resolutions):
        return []  # every item names a place: most sentences name none (each reader below needs one)
    pats = _patterns(lex, True) if text.isascii() else _patterns(lex)  # (read of this sentence only)
    # ("уничтожены 9 БПЛА в районах 5 населённых пунктов Курской и Брянской областей": the settlements' count
    # is part of where the 9 were, not the next item's count that ends the 9's places)
    counts = [c for c in counts if c.weapon is not None or not pats["settlements_counted"].match(text, c.number.end)]
    placed = _Placed(resolutions)
    if not counts:  # (every reader but the rest's reads a count: "остальные – в Брянской" is an item alone)
        return sorted(_remainder(text, placed, counts, pats), key=lambda it: it.start)
    first = _respectively(text, counts, placed, pats)
    count_starts = [n.number.start for n in counts]
    sorted_starts = sorted(count_starts)
    in_order = count_starts == sorted_starts
    ordered = count_starts if in_order else None  # (a count's next one by bisection, where they are in order)
    at_start: dict[int, Count] = {}  # the count that starts at an offset (the first, of two there)
    for n in counts:
        at_start.setdefault(n.number.start, n)
    in_respectively = _within(first)
    # where each count's "over" leads, matched once: the place-first items ask it of every count, the
    # count-first ones below of most again
    leads = [pats["lead"].match(text, c.number.end) for c in counts]
    vague = _vague_more(text, placed, pats)
    first += [it for it in _place_first(text, counts, resolutions, pats, leads, lex, ordered)
              + _parenthesised(text, counts, resolutions, pats)
              + _remainder(text, placed, counts, pats) + _count_lines(text, counts, placed, pats)
              + vague
              if not in_respectively(it.number_start)]
    # (a part told with no number ends the counted item before it: "12 in Bb, and several near Cc" — what
    # follows 12's places is Cc's own item, not "and elsewhere")
    vague_starts = sorted(it.start for it in vague)
    in_first = _within(first)
    first_places = {r.hit.start for r in resolutions if in_first(r.hit.start)}
    starts: list[tuple[Count, re.Match[str]]] = []
    for c, plain_lead in zip(counts, leads, strict=True):
        if in_first(c.number.start):
            continue
        if pats["hit_count"].search(text, max(0, c.number.start - 50), c.number.start):
            continue  # "попадание 9 БпЛА в 4 локациях в Донецкой …": hits, not interceptions
        each_prefix = pats["each_prefix"].search(text, max(0, c.number.start - 20), c.number.start)
        lead = pats["each_lead"].match(text, c.number.end) if each_prefix else plain_lead
        if lead is None or lead.end("filler") - c.number.end > 80:
            continue
        if _noun_between(text, c.number.end, lead.start("prep"), lex, pats):
            continue  # "повреждено одно предприятие в Белгородской области": no count of weapons there
        if pats["region_count"].match(text, lead.end()) or pats["nationwide"].match(text, lead.start("prep")):
            continue  # "36 drones over seven regions", "over Russian territory": a total, not a place's count
        if pats["launched_at"].match(lead.group("prep")) and not pats["destroy"].search(text):
            continue  # "Russia launched 12 drones at Kyiv", "12 drones launched at Kyiv hit …": sent there, none told downed
        if c.weapon is not None and pats["agent_verb"].match(text, c.end):
            continue  # "Один «Шахед» уразив підприємство в Миколаєві": where it hit
        # ("30 беспилотников пытались атаковать Московский регион, 25 из них уничтожены": 30 came, and
        # the region they tried is where the 25 were downed)
        part = _part_following(text, c, counts, lex, ordered) if pats["attempted"].match(lead.group("prep")) else None
        starts.append((c, lead, part))
    found: list[Item] = []
    # (the parts of a whole the sentence opens with are counted as the whole's weapons, as "of them" are)
    whole = counts[0] if counts[0].weapon is not None and opens_with_whole(text, counts[0].number.start, lex) else None
    # the resolutions by where their names start, to take each item's in one slice
    by_start = sorted(resolutions, key=lambda r: r.hit.start)
    res_starts = [r.hit.start for r in by_start]
    told = _Told(found, first)
    for k, (c, lead, part) in enumerate(starts):
        begin = lead.end()
        limit = starts[k + 1][0].number.start if k + 1 < len(starts) else len(text)
        # the next count ends the item, even one that starts no item of its own ("три в Орловской
        # области, по одному АТС в Курской …", "два — над Тверской, один — Воронежской")
        # (found by bisection where the counts are in text order: a scan per item was square in a list)
        if in_order:
            j = bisect_left(count_starts, begin)
            limit = count_starts[j] if j < len(count_starts) and count_starts[j] < limit else limit
        else:
            limit = next((n.number.start for n in counts if begin <= n.number.start < limit), limit)
        stop = pats["stop"].search(text, begin, limit)
        end = stop.start() if stop else limit
        if vague_starts and (j := bisect_left(vague_starts, begin)) < len(vague_starts) and vague_starts[j] < end:
            end = vague_starts[j]
        over = pats["over_next"].search(text, begin, end) if pats["towards"].match(lead.group("prep")) else None
        if over is not None and not any(0 <= r.hit.start - over.end() <= 4 for r in by_start[bisect_left(
                res_starts, over.end()) : bisect_left(res_starts, over.end() + 5)] if r.place is not None):
            over = None  # (", в 23:40": no place)
        if over is not None:
            begin = over.end()  # "летевших в сторону Москвы, над Калужской областью": where they were downed
        segment = [r for r in by_start[bisect_left(res_starts, begin) : bisect_left(res_starts, end)]
                   if r.hit.start not in first_places]
        segment = [r for k, r in enumerate(segment) if not _locates(text, segment[k - 1] if k else None, r, pats)]
        segment = _before_coast(text, segment, pats)
        # (not a destination after them: "two drones over the Black Sea heading towards Crimea" were downed over the sea)
        cut = next((j for j in range(1, len(segment))
                    if pats["towards_gap"].fullmatch(text, segment[j - 1].hit.end, segment[j].hit.start)), None)
        segment = segment[:cut] if cut is not None else segment
        cut = next((j for j in range(1, len(segment))
                    if pats["clause_gap"].search(text, segment[j - 1].hit.end, segment[j].hit.start)), None)
        segment = segment[:cut] if cut is not None else segment
        # (nor one told before them, the words of flight right before the first: "five drones heading towards Crimea
        # over the Sea of Azov" were downed over the sea)
        if len(segment) > 1 and pats["towards_end"].search(text, max(0, segment[0].hit.start - 60), segment[0].hit.start):
            segment = segment[1:]
        if not segment:
            continue
        if not pats["over_only"].fullmatch(lead.group("prep")) and segment[0].hit.start > begin \
                and pats["thing_first"].match(text, begin, segment[0].hit.start):
            continue  # "Один з них – в житловому будинку в Шевченківському районі": what it hit, and where
        end_of_places = segment[-1].hit.end
        # (the whole country is where all of them were, not a part: "33 дрони на півночі … України")
        places = tuple(r.place for r in segment if r.place is not None and r.place.kind != "country")
        if not places:
            continue
        before = text[max(0, c.number.start - 30) : c.number.start]
        after_places = text[end_of_places:end]
        written = text[c.number.start : c.number.end]
        count = c.number.value
        if c.number.same_as_previous:
            # "над Брянской областью сбиты 6 беспилотников, столько же – над Курской": the count before
            last = told.last_counted_before(c.number.start)
            if last is None:
                continue
            count = last.count
        if pats["each_prefix"].search(before):
            each = True  # "по 3 – над территориями Орловской и Брянской областей"
        elif pats["single"].match(written) and len(places) > 1:
            places = _located(text, segment, places, pats)
            each = True if len(places) > 1 else None
        elif pats["each_before"].match(text, c.number.end) or pats["each_after"].match(after_places) \
                or pats["each_inside"].search(lead.group("filler")) \
                or (len(places) > 1 and pats["each_inside"].search(text, begin, segment[0].hit.start)):
            # (and "each" between the preposition and the places: "two were shot down in each region,
            # Kharkiv and Sumy", "в каждой из областей, Курской и Брянской")
            each = True
        elif pats["combined_before"].search(before) or pats["combined_after"].match(after_places) \
                or pats["combined_inside"].search(text, c.number.end, segment[0].hit.start):
            each = False
        elif len(places) == 1:
            each = None
        else:
            each = None
        bracketed = -1
        if len(places) > 1 and (split := _each_in_brackets(text, end_of_places, at_start, pats)) is not None:
            # "12 over the Kursk and Oryol regions (six each)": the bracket tells each place's count
            count, each, end_of_places, bracketed = split[0].number.value, True, split[1], split[0].number.start
        if each and len(places) > 1:
            # (and "по одному … над Шебекино и Грайвороном в Белгородской области": one over each town)
            places = _located(text, segment, places, pats)
        note = None
        if pats["towards"].match(lead.group("prep")) and over is None:
            note = text[lead.start("prep") : end_of_places]
        most = pats["most_of"].search(text, c.end, lead.start("prep"))
        country = pats["whole_country"].match(text, lead.start("prep"))
        if pats["and_elsewhere"].match(after_places) or country is not None and (
                any(r.place is not None and r.place.kind == "country" for r in segment)
                or country.end() <= segment[0].hit.start):
            # "120 drones … over Crimea and western parts of the country": Crimea's share is not told
            # (nor the sea's of "40 drones over the territory of Russia and the Black Sea": the whole
            # country is one of the places, its count theirs together; nor of "over Russian regions and
            # the Black Sea", the country told by its regions)
            found.append(Item(c.number.start, end_of_places, None, places, None, False, number_start=-1))
            continue
        if most is not None:
            # "сбили 162 беспилотника, больше всего – над Курской областью": the count is the total;
            # the place, where most of them were, is named without a count of its own
            found.append(Item(most.start(), end_of_places, None, places, None, False))
            continue
        if pats["share_before"].search(text, max(0, c.number.start - 40), c.number.start) \
                and not pats["share_whole_downed"].match(text, c.number.end):
            # (not the share of a whole told downed: "половина из 12 беспилотников, сбитых над Курской областью,
            # упала на поля" downed all 12 there)
            # "Half of the about 60 drones were shot down over the Sumy region", "половина из 40 …": a share
            # of the count was downed there; the place is named without a count, never the whole's
            found.append(Item(c.number.start, max(end_of_places, c.number.end), None, places, None, False,
                              number_start=-1))
            continue
        if part is not None and _part_placed(text, part, counts, by_start, res_starts, sorted_starts):
            continue  # "…, 25 из них уничтожены над Тульской областью": the part's own place is the item
        if part is not None:
            # (both counts stay the claim's totals: the item's is no number of its own)
            found.append(Item(c.number.start, max(end_of_places, c.number.end), part.number.value, places, None,
                              False, number_start=-1))
            continue
        found.append(Item(
            c.number.start, max(end_of_places, c.number.end), count, places, each,
            bool(pats["subset"].search(before) or (told.any_before(c.number.start)
                                                    and of_them_after(text, c.end, lex))), note,
            # ("12 of them were shot down over his region": a part of the weapons told, counted as they were)
            # ("о пяти сбитых над Курской областью", "про п'ять збитих над …", "three were downed over
            # …": the downed ones, the verb telling what the count counts)
            c.weapon is not None or of_them_after(text, c.end, lex)
            or bool(pats["downed_after"].match(text, c.end))
            or (whole is not None and c is not whole), number_start=c.number.start,
            bracketed=bracketed,
        ))
    return _with_surroundings(text, _more_items(
        text, counts, _joined_weapons(text, counts, sorted(found + first, key=lambda it: it.start), pats), pats), pats)


def _with_surroundings(text: str, found: list[Item], pats) -> list[Item]:
    """"shot down over Kyiv and its suburbs", "over Kyiv and the surrounding area": an item whose places
    end at the words for the region around its last place, counted over both."""
    return [replace(it, surroundings=True) if it.count is not None and not it.note
            and pats["surroundings"].match(text, it.end) else it for it in found]


def _each_in_brackets(text: str, at: int, at_start: dict[int, Count], pats) -> tuple[Count, int] | None:
    """"over the Kursk and Oryol regions (six each)": the count in brackets right after the places, and
    where the brackets close, when it is each place's (``at_start``: the sentence's counts by where they start)."""
    opened = pats["parenthesis_open"].match(text, at)
    if opened is None:
        return None
    inner = at_start.get(opened.end())
    closed = pats["each_closed"].match(text, inner.end) if inner is not None else None
    return (inner, closed.end()) if closed is not None else None


def _located(text: str, segment: list[Resolution], places: tuple[Place, ...], pats) -> tuple[Place, ...]:
    """The places of "one"/"single"/"each" but a region named last that says where the others lie: "one drone
    over the Uman district of the Cherkasy region" is one place named at two levels, "single drones
    over Izmail and Bilhorod-Dnistrovskyi in the Odesa region" one over each town (two, not three);
    a region joined by "and" is a place of the list ("over the Poltava region and the Kremenchuk
    district"), one after a bare comma says where the town before it lies ("one over the village of
    Borova, Kharkiv region": one place, not one over each)."""
    region = segment[-1].place
    if len(segment) < 2 or region is None or region.kind != "admin1" \
            or (pats["joined"].fullmatch(text, segment[-2].hit.end, segment[-1].hit.start)
                and not pats["comma_only"].fullmatch(text, segment[-2].hit.end, segment[-1].hit.start)) \
            or not all(p.iso == region.iso for p in places):
        return places
    return tuple(p for p in places if p is not region)


_CLAUSE_STOP = re.compile(r"[.;]")


def count_clause_end(text: str, c: Count, counts: list[Count], starts: list[int] | None = None) -> int:
    """Where what a count tells ends: at the next count or the end of its clause ("." or ";")
    (``starts``: where the counts start, sorted, for a caller that asks of many counts: the next found by
    bisection, not by a scan of them all)."""
    if starts is None:
        following = min((n.number.start for n in counts if n.number.start > c.number.start), default=len(text))
    else:
        j = bisect_right(starts, c.number.start)
        following = starts[j] if j < len(starts) else len(text)
    stop = _CLAUSE_STOP.search(text, c.end, following)
    return stop.start() if stop else following


def _part_placed(text: str, part: Count, counts: list[Count], by_start: list[Resolution], res_starts: list[int],
                 count_starts: list[int]) -> bool:
    """Whether the part "of them" names a place of its own before the next count or the clause's end
    ("25 из них уничтожены над Тульской и Калужской областями": not the region the attack tried)."""
    end = count_clause_end(text, part, counts, count_starts)
    return any(r.place is not None for r in by_start[bisect_left(res_starts, part.number.end) : bisect_left(res_starts, end)])


def _part_following(text: str, c: Count, counts: list[Count], lex: ModuleType,
                    ordered: list[int] | None) -> Count | None:
    """The next count after ``c`` if it is a part of it ("20 беспилотниками, 12 из них сбиты"); ``ordered``:
    where the counts start, if they are in text order (the next one found by bisection, not by a scan)."""
    if ordered is not None:
        j = bisect_left(ordered, c.end)
        part = counts[j] if j < len(counts) else None
    else:
        part = next((n for n in counts if n.number.start >= c.end), None)
    if part is not None and part.number.value < c.number.value and of_them_after(text, part.number.end, lex):
        return part
    return None


def _noun_between(text: str, start: int, end: int, lex: ModuleType, pats) -> bool:
    """A word of an adjective's ending between a count and its place is a noun ("одно предприятие в
    …", "дві будівлі в …"): every reading the dictionary has of it is a noun's. (The span is at most a
    lead's 80 characters.)"""
    if not lex.MORPH_LANG:
        return False
    return any(morph.noun_only(lex.MORPH_LANG, x.group()) for x in pats["adjective_ending"].finditer(text, start, end))


def _more_items(text: str, counts: list[Count], found: list[Item], pats) -> list[Item]:
    """"Ночью над Курской областью уничтожены ещё семь", "seven more over the Kursk region": a count
    "another", written without its weapon, counts more of the weapons told before it."""
    ends = {c.number.start: c.number.end for c in counts}
    out = []
    for it in found:
        end = ends.get(it.number_start)
        if it.count is not None and end is not None and (
                pats["more_before"].search(text, max(0, it.number_start - 20), it.number_start)
                or pats["more_after"].match(text, end)):
            it = replace(it, more=True, weapon=True)
        out.append(it)
    return out


def _counts_joined(text: str, a: Count, b: Count, pats) -> bool:
    """Counts a and b are joined as one list: by a comma or "and" ("and a" before a weapon that is one), after
    a's model in quotes too ("шесть снарядов РСЗО «Град» и одну ракету"); one word may stand before a weapon that
    is one with no number ("… «Град» и украинскую ракету")."""
    end = q.end() if (q := pats["model_quoted"].match(text, a.end)) is not None else a.end
    return bool(pats["counts_joined"].fullmatch(text, end, b.number.start)
                or pats["counts_and"].fullmatch(text, end, b.number.start)
                or b.weapon is not None and b.number.start == b.weapon.start
                and pats["counts_and_word"].fullmatch(text, end, b.number.start))


def _joined_weapons(text: str, counts: list[Count], found: list[Item], pats) -> list[Item]:
    """"над Брянской областью сбиты три ракеты и 14 БПЛА", "Three missiles and 14 drones were downed
    above the Bryansk region": counts of different weapons joined by "and" are downed over the same
    places; the item counts them all (an item reads only the count next to its place). Guided bombs
    and MLRS rockets are left out, as from a claim's totals."""
    if len(counts) < 2 or not found:
        return found
    starts = {it.number_start for it in found}
    index = {c.number.start: k for k, c in enumerate(counts)}

    def joinable(c: Count) -> bool:
        return c.weapon is not None and c.weapon.type not in NOT_IN_TOTALS and not c.number.same_as_previous

    out = []
    for it in found:
        k = index.get(it.number_start)
        # (an item whose count is of rockets or bombs joined to drones or missiles counts those: "11 drones and two
        # HIMARS rockets over the Belgorod region" are 11 there, as in the claim's total)
        left_out = k is not None and counts[k].weapon is not None and counts[k].weapon.type in NOT_IN_TOTALS \
            and not counts[k].number.same_as_previous
        if k and it.count is not None and not it.each and it.count == counts[k].number.value \
                and counts[k].weapon is None and joinable(counts[k - 1]) and counts[k - 1].number.start not in starts \
                and pats["destroyed_and"].fullmatch(text, counts[k - 1].end, counts[k].number.start) \
                and pats["destroyed_and_after"].match(text, counts[k].end):
            # ("Seven drones were downed and three were intercepted above Kursk": ten there, of the drones)
            out.append(replace(it, joined=counts[k - 1].number.value + it.count,
                               start=min(it.start, counts[k - 1].number.start)))
            continue
        if k is None or it.count is None or it.each or not (joinable(counts[k]) or left_out) \
                or it.count != counts[k].number.value:
            out.append(it)
            continue
        first = last = k
        while first > 0 and joinable(counts[first - 1]) and counts[first - 1].number.start not in starts \
                and _counts_joined(text, counts[first - 1], counts[first], pats):
            first -= 1
        while last + 1 < len(counts) and joinable(counts[last + 1]) and counts[last + 1].number.start not in starts \
                and _counts_joined(text, counts[last], counts[last + 1], pats):
            last += 1
        run = counts[first : last + 1]
        kept = [c for c in run if joinable(c)]
        # (or two counts of one type joined by "and": "9 attack drones and a UAV over Poltava" are ten there)
        if len(run) < 2 or not kept or (len({c.weapon.type for c in kept}) != len(kept) and not (
                len(run) == 2 == len(kept) and pats["counts_and"].fullmatch(text, run[0].end, run[1].number.start))):
            out.append(it)
            continue
        if left_out:
            # (its count is now the kept ones', and so is the number it stands on: "шесть реактивных снарядов и
            # ракета «Точка-У» над Белгородом" is the missile's one there, not the rockets' count)
            out.append(replace(it, count=sum(c.number.value for c in kept), start=min(it.start, run[0].number.start),
                               number_start=kept[0].number.start))
            continue
        out.append(replace(it, joined=sum(c.number.value for c in run), start=min(it.start, run[0].number.start)))
    return out


class _Told:
    """The items found so far (``found``, growing, then ``first``, the other readers'), as a count asks of
    them: the last with a count that starts before it ("столько же", the count told before), and whether
    any starts before it. Each item is read once, as it is found (a scan of them all for each count was
    square in a list); of items that start at one offset, the first of ``found + first`` answers."""

    def __init__(self, found: list[Item], first: list[Item]) -> None:
        self.found, self.first = found, first
        self.read = 0  # the items of ``found`` read
        self.keys: list[tuple[int, int]] = []  # (start, index) of the items of ``found`` with a count, sorted
        self.first_keys = sorted((it.start, j) for j, it in enumerate(first) if it.count is not None)
        self.least = min((it.start for it in first), default=None)  # where the first item starts

    def _read(self) -> None:
        for it in self.found[self.read :]:
            if it.count is not None:
                insort(self.keys, (it.start, self.read))
            self.least = it.start if self.least is None else min(self.least, it.start)
            self.read += 1

    def any_before(self, at: int) -> bool:
        self._read()
        return self.least is not None and self.least < at

    def last_counted_before(self, at: int) -> Item | None:
        self._read()
        best = None
        for keys, items in ((self.keys, self.found), (self.first_keys, self.first)):
            k = bisect_left(keys, (at, -1))
            if k:
                start = keys[k - 1][0]
                j = keys[bisect_left(keys, (start, -1))][1]
                if best is None or start > best.start:
                    best = items[j]
        return best


def _within(found: list[Item]) -> Callable[[int], bool]:
    """Whether an offset lies inside one of the items (a scan of all the items for each count and
    place was square in a list of thousands of items)."""
    return covering((it.start, it.end) for it in found)


def _respectively(text: str, counts: list[Count], placed: _Placed, pats) -> list[Item]:
    """"по три и два – соответственно над Брянской и Белгородской областями", "seven and three over
    the Bryansk and Kursk regions respectively": the counts of a run go to the places of a run, in order.
    (The places near the word are found by bisection: a scan of them all, each with a copy of the text
    from it to the word, was square in a sentence of thousands of places.)"""
    found: list[Item] = []
    matches = pats["respectively"].finditer(text) if placed and len(counts) > 1 else iter(())
    places, starts = placed.places, placed.starts
    ends: list[tuple[int, int]] | None = None  # (end, index) of each place, sorted: read at the first word
    for x in itertools.islice(matches, 16):  # (a sentence says it once or twice; a hostile text, not 16 times)
        # the places: the group that follows the word, or the one that ends right before it (with no more
        # than spaces and commas between them)
        k = bisect_left(starts, x.end())
        after = places[k] if k < len(places) and starts[k] <= x.end() + 40 else None
        gap = x.start()
        while gap and text[gap - 1] in " ,":
            gap -= 1
        if ends is None:
            ends = sorted((r.hit.end, j) for j, r in enumerate(places))
        before = max((j for _, j in ends[bisect_left(ends, (gap, -1)) : bisect_right(ends, (x.start(), len(places)))]),
                     default=None)
        if after is None and before is None:
            found += _places_then_counts(text, counts, places, x.start(), pats)
            continue
        group = [after if after is not None else places[before]]
        if after is not None:
            placed.join_after(group, text, pats["joined"])
        else:
            # the places listed before it, back to the first that is not joined to the next
            ahead = group[:]
            for j in range(before - 1, -1, -1):
                if places[j].hit.end >= ahead[-1].hit.start:
                    continue  # (a name inside the next one's)
                if not pats["joined"].fullmatch(text, places[j].hit.end, ahead[-1].hit.start):
                    break
                ahead.append(places[j])
            group = ahead[::-1]
        # the counts: the run that ends before the places (and before the word)
        limit = min(group[0].hit.start, x.start())
        run = [c for c in counts if c.end <= limit]
        if not run or limit - run[-1].end > 80 or bisect_left(starts, run[-1].end) < bisect_left(starts, limit):
            continue
        chosen = [run.pop()]
        while run and pats["counts_joined"].fullmatch(text, run[-1].end, chosen[0].number.start):
            chosen.insert(0, run.pop())
        if len(chosen) < 2 or len(chosen) != len(group):
            continue
        for c, r in zip(chosen, group, strict=True):
            found.append(Item(c.number.start, max(c.end, r.hit.end), c.number.value, (r.place,), None, False,
                              weapon=c.weapon is not None, number_start=c.number.start))
    return found + _places_then_run(text, counts, placed, pats, _within(found))


def _places_then_run(text: str, counts: list[Count], placed: _Placed, pats,
                     covered: Callable[[int], bool]) -> list[Item]:
    """"Над Азовским и Чёрным морями уничтожили по 7 и 3 БПЛА", "над Сумщиною та Харківщиною
    збили відповідно 6 і 2": places joined in a list, a verb, then a run of as many counts after "по" or
    "respectively": the counts go to the places in order (not "по 5" over each). Each run is read once,
    its places found by bisection."""
    found: list[Item] = []
    places, starts = placed.places, placed.starts
    ordered = sorted(counts, key=lambda c: c.number.start)
    k = 0
    while k < len(ordered):
        run = [ordered[k]]
        while k + len(run) < len(ordered) and pats["counts_joined"].fullmatch(
                text, run[-1].end, ordered[k + len(run)].number.start):
            run.append(ordered[k + len(run)])
        k += len(run)
        start = run[0].number.start
        if len(run) < 2 or covered(start):
            continue
        lead = pats["respective_run"].search(text, max(0, start - 20), start)
        j = bisect_left(starts, start)
        if lead is None:
            continue
        last = places[j - 1] if j else None
        if last is not None and last.hit.end <= lead.start() \
                and pats["places_to_run"].fullmatch(text, last.hit.end, lead.start()):
            group = [last]
            for i in range(j - 2, -1, -1):
                if places[i].hit.end > group[0].hit.start:
                    continue  # (a name inside the next one's)
                if not pats["joined"].fullmatch(text, places[i].hit.end, group[0].hit.start):
                    break
                group.insert(0, places[i])
        elif j < len(places) and not pats["respectively"].search(lead.group(0)) \
                and pats["places_to_run"].fullmatch(text, run[-1].end, places[j].hit.start):
            # "По пять и четыре дрона уничтожили над Брянской и Курской областями": "по" and the run
            # first, then as many places joined in a list (the run's weapon and verb between)
            group = [places[j]]
            placed.join_after(group, text, pats["joined"])
        else:
            continue
        if len(group) != len(run):
            continue
        found += [Item(min(r.hit.start, c.number.start), max(c.end, r.hit.end), c.number.value, (r.place,), None,
                       False, weapon=c.weapon is not None, number_start=c.number.start)
                  for c, r in zip(run, group, strict=True)]
    return found


def _places_then_counts(text: str, counts: list[Count], placed: list[Resolution], word: int, pats) -> list[Item]:
    """"в Тамбовской, Орловской и Липецкой областях — 12, 8 и 5 соответственно", "over the
    Bryansk and Kursk regions – 7 and 3 respectively" (or "… accounted for 7 and 3 respectively"): the places
    first, a dash (or a verb: "над Сумщиною та Харківщиною збито 6 і 4 дрони відповідно"), then the run
    of counts that ends right before the word; the counts go to the places in order."""
    run = [c for c in counts if c.end <= word]
    if not run or text[run[-1].end : word].strip(" ,"):
        return []
    chosen = [run.pop()]
    while run and pats["counts_joined"].fullmatch(text, run[-1].end, chosen[0].number.start):
        chosen.insert(0, run.pop())
    ahead = [r for r in placed if r.hit.end <= chosen[0].number.start]
    if len(chosen) < 2 or not ahead or not (_DASH.fullmatch(text, ahead[-1].hit.end, chosen[0].number.start)
                                            or pats["place_subject"].fullmatch(text, ahead[-1].hit.end, chosen[0].number.start)
                                            # ("над Брянской и Курской областями уничтожено 5 и 3 БПЛА
                                            # соответственно": the verb between the places and the run)
                                            or pats["places_to_run"].fullmatch(text, ahead[-1].hit.end, chosen[0].number.start)):
        return []
    group = [ahead[-1]]
    for r in reversed(ahead[:-1]):
        if pats["joined"].fullmatch(text, r.hit.end, group[0].hit.start):
            group.insert(0, r)
        else:
            break
    if len(chosen) != len(group):
        return []
    return [Item(r.hit.start, c.end, c.number.value, (r.place,), None, False, weapon=c.weapon is not None,
                 number_start=c.number.start) for c, r in zip(chosen, group, strict=True)]


_DASH = re.compile(r"\s*[-–—:]\s*")


def _locates(text: str, before: Resolution | None, r: Resolution, pats) -> bool:
    """"over the town of Baltiysk on the Baltic Sea": a sea that says where the town before it lies;
    "over the city of Sevastopol in Crimea": the region around a city that is a region of its own."""
    if before is None or r.place is None or before.place is None:
        return False
    if r.place.kind == "sea":
        return before.place.kind == "locality" and bool(pats["sea_locator"].fullmatch(text, before.hit.end, r.hit.start))
    return r.place.kind == "admin1" and before.place.kind in ("locality", "admin1") \
        and SURROUNDING.get(before.place.iso or "") == r.place.iso \
        and bool(pats["region_locator"].fullmatch(text, before.hit.end, r.hit.start))


def locates(text: str, before: Resolution, r: Resolution, lex: ModuleType) -> bool:
    """Whether ``r`` only says where the place ``before`` it lies ("Sevastopol in Crimea", "Baltiysk on
    the Baltic Sea")."""
    return _locates(text, before, r, _patterns(lex))


def _before_coast(text: str, segment: list[Resolution], pats) -> list[Resolution]:
    """"over the Black Sea near the coast of Crimea", "off the coast of Sevastopol in Crimea": the
    land of a sea's coast (and what locates it) only says where over the sea they were, not a place
    of the item. The places listed after it are the item's ("over the Black Sea near the coast of the
    Krasnodar region and the Sea of Azov"), and a coast with no sea named before it is the place
    ("three near the coast of Crimea"). A town named without the coast words is where over the sea only
    right after the sea ("over the Black Sea off Odesa"), not after "and" ("over the Black Sea and near
    Odesa": a place of its own)."""
    sea = False  # a sea named before the place (read as the walk goes: a scan for each place was square)
    for k, r in enumerate(segment):
        if sea and (at := pats["coast_locator"].search(text, max(0, r.hit.start - 60), r.hit.start)) \
                and ("coast" in at.group().lower() or segment[k - 1].place is not None
                     and segment[k - 1].place.kind == "sea"
                     and not text[segment[k - 1].hit.end:at.start()].strip(" ,")):
            j = k + 1
            while j < len(segment) and not pats["joined"].fullmatch(text, segment[j - 1].hit.end, segment[j].hit.start):
                j += 1
            return segment[:k] + segment[j:]
        sea = sea or (r.place is not None and r.place.kind == "sea")
    return segment


def _attacks_on(text: str, pats) -> list[tuple[int, int]]:
    """Where the text says "an attack on" ("атаки на", "нападения на"): (start, end) of each, in order;
    none in most texts, which then ask no count for the place attacked."""
    return [m.span() for m in pats["attack_on"].finditer(text)]


def _attacks_on_before(attacks: list[tuple[int, int]], at: int, within: int) -> list[int]:
    """The ends of the "attack on"s that lie wholly in the ``within`` characters before ``at`` (found by
    bisection: a few, however many the text has)."""
    k = bisect_right(attacks, (at, at))
    out = []
    while k and attacks[k - 1][1] > at:
        k -= 1
    while k and attacks[k - 1][0] >= at - within:
        out.append(attacks[k - 1][1])
        k -= 1
    return out


def _more_end(text: str, end: int, pats: dict) -> int:
    """Where a count of more ends: after its "more" ("3 more, …"), or at its number."""
    m = pats["more_after"].match(text, end)
    return m.end() if m is not None else end


def _place_first(text: str, counts: list[Count], resolutions: list[Resolution], pats,
                 leads: list[re.Match[str] | None], lex: ModuleType, ordered: list[int] | None) -> list[Item]:
    """"над Миколаївщиною – 11, над Одещиною – 9, по 3 – над Херсонщиною": items
    whose places come first, joined to their count by a dash (``leads``: each count's "lead" match
    at its end)."""
    found: list[Item] = []
    # the places by their ends: those that end before a count are found by bisection (rebuilding
    # their list for each count was square in a long list)
    placed = sorted((r for r in resolutions if r.place is not None and r.place.kind != "country"),
                    key=lambda r: r.hit.end)
    ends = [r.hit.end for r in placed]
    # the places a count's "over" leads to ("20 — пытались атаковать Курскую область, Белгородскую
    # — 12": Kursk is the 20's place, so not in the group of the 12 that follows)
    # (not across a comma: "над Брянской сбиты шесть, над Орловской и Липецкой – по два" is a new item)
    lead_of = {id(c): m for c, m in zip(counts, leads, strict=True) if m is not None}
    leads = [m for m in leads if m is not None]
    led = {m.end() for m in leads if "," not in m.group(0)}
    led_any = {pats["article"].match(text, m.end()).end() for m in leads}  # (where the place's name starts)
    place_starts = {r.hit.start for r in placed}
    counted_end = 0  # where the last item's count (and its weapon) ends
    attacks_on = _attacks_on(text, pats)
    for c in counts:
        # An item needs a place that ends at its joint, or only spaces before it (below); every joint is
        # found in the 60 characters before the count, or in the spaces right before it. A count with no
        # such place before it (the total a list opens with, "уничтожены 37 …: семь – над …") is skipped
        # before the searches that end at it (~1 us a character of the window, the longest of the list)
        lowest_joint = min(max(0, c.number.start - 60), _spaces_before(text, c.number.start))
        last = bisect_right(ends, c.number.start)
        if not last or (ends[last - 1] < lowest_joint and not _SPACES.fullmatch(text, ends[last - 1], lowest_joint)):
            continue
        dash = gates.search_to_end(pats["place_first"], text, max(0, c.number.start - 60), c.number.start)
        # ("під час атаки на Одесу вночі знищено 12 дронів": the place attacked, the night, then the count)
        # (only in a text that names an attack on something: "attacked_first" is a search ending at each count)
        attacked = gates.search_to_end(pats["attacked_first"], text, max(0, c.number.start - 60), c.number.start) \
            if attacks_on else None
        if attacked is not None and attacked.end() == c.number.start \
                and any(pats["attacked_words"].fullmatch(text, end, attacked.start())
                        for end in _attacks_on_before(attacks_on, attacked.start(), 60)):
            dash = attacked
        else:
            attacked = None
        subject = pats["place_subject"].search(text, max(0, c.number.start - 60), c.number.start)
        owned = False
        if subject is None and (subject := pats["owned_defences_verb"].search(
                text, max(0, c.number.start - 60), c.number.start)) is not None:
            owned = True
        passive = more = relative = each_after_comma = False
        if c.weapon is None and (dash is None or dash.end() != c.number.start) and subject is None:
            # ("…, and near Odesa 3 more", "…, а над Одессой ещё 3": the place, then its count of more)
            more_at = pats["more_before"].search(text, max(0, c.number.start - 12), c.number.start)
            if more_at is not None:
                dash, more = more_at, True
            elif pats["more_after"].match(text, c.number.end) \
                    and text[max(0, c.number.start - 1) : c.number.start].isspace():
                dash, more = pats["spaces_end"].search(text, max(0, c.number.start - 8), c.number.start), True
        if dash is not None and dash.end() == c.number.start:
            joint, joint_text = dash.start(), dash.group(0)
        elif subject is not None:
            joint, joint_text = subject.start(), subject.group(0)
        elif (gap := pats["comma_gap"].search(text, max(0, c.number.start - 4), c.number.start)) is not None \
                and pats["place_first_passive"].match(text, c.end):
            # "…, while in Sumy Oblast three were shot down": the place, then its count and the passive
            joint, joint_text, passive = gap.start(), gap.group(0), True
        elif (gap := pats["relative_gap"].search(text, max(0, c.number.start - 16), c.number.start)) is not None \
                and pats["place_first_passive"].match(text, c.end):
            # "…, in the Kursk region, where 9 drones were shot down": the relative word binds the place before it
            joint, joint_text, passive, relative = gap.start(), gap.group(0), True, True
        elif c.weapon is not None and (gap := pats["comma_gap"].search(text, max(0, c.number.start - 4), c.number.start)) \
                is not None and "," in gap.group(0) and pats["most_of"].search(text, max(0, c.number.start - 80), gap.start()):
            # "Больше всего — над Курской областью, 20 БПЛА": the place of most of them, then after a comma
            # its count with its weapon (the place "most" names, not a list's next item)
            joint, joint_text = gap.start(), gap.group(0)
        elif (gap := pats["comma_gap"].search(text, max(0, c.number.start - 4), c.number.start)) is not None \
                and pats["each_before"].match(text, c.end) \
                and not ((own := lead_of.get(id(c))) is not None
                         and pats["article"].match(text, own.end()).end() in place_starts):
            # "In the Kaluga and Tula regions, two drones each were intercepted": the places, a comma, then the
            # count told for each of them (not the places of a count before them: "20 over the Samara region,
            # eight each over …"; nor a count whose own places follow it: "4 over the waters of the Black Sea,
            # 1 UAV each over the Kursk and Lipetsk Regions")
            joint, joint_text, each_after_comma = gap.start(), gap.group(0), True
        elif c.weapon is not None and text[max(0, c.number.start - 1) : c.number.start].isspace():
            # "над Харківщиною 5 шахедів, над Полтавщиною – 4": the place, then its count with its weapon
            joint = _spaces_before(text, c.number.start)
            joint_text = text[joint : c.number.start]
        else:
            continue
        if c.weapon is None and not passive and not more and not pats["item_end"].match(text, c.number.end):
            continue  # "в Белгородской области – 3 человека": not a count of weapons
        last = bisect_right(ends, joint)  # the places before the joint: placed[:last]
        if not last or not _SPACES.fullmatch(text, placed[last - 1].hit.end, joint):
            continue
        if last >= 2 and _locates(text, placed[last - 2], placed[last - 1], pats):
            last -= 1  # "над Севастополем в Крыму сбиты три": the city's, the region only says where it lies
        first = last - 1
        while first and pats["joined"].fullmatch(text, placed[first - 1].hit.end, placed[first].hit.start) \
                and placed[first - 1].hit.start not in led:
            first -= 1
        chosen = placed[first:last]
        if each_after_comma and (chosen[0].hit.start in led_any
                                 or (first and placed[first - 1].hit.start in led_any
                                     and pats["joined"].fullmatch(text, placed[first - 1].hit.end, chosen[0].hit.start))):
            # (a list a count before leads to, continued by commas and "and": "eleven over Altai Krai, the Chuvash
            # Republic and the Penza region, two drones each over …" — all three are the eleven's)
            continue
        if pats["region_count_before"].search(text, max(0, chosen[0].hit.start - 80), chosen[0].hit.start):
            continue  # "над шестью областями и над Азовским морем уничтожены 90": the count of all of them, not the sea's
        if attacked is not None and chosen[0].hit.start not in _attacks_on_before(attacks_on, chosen[0].hit.start, 30):
            continue
        where = pats["over_before"].search(text, max(0, chosen[0].hit.start - 60), chosen[0].hit.start)
        if where is None:
            # "в посёлке Мирный Хомутовского района Курской области сбиты три": the region after the town
            # and district it locates (names that follow each other with nothing between), "в посёлке"
            # before the town; not past a place of another kind (at most the town and its district)
            at = first
            while at and first - at < 2 and placed[at - 1].place.kind in ("locality", "district") \
                    and _SPACES.fullmatch(text, placed[at - 1].hit.end, placed[at].hit.start):
                at -= 1
            start = placed[at].hit.start
            where = pats["settlement_before"].search(text, max(0, start - 60), start) \
                or (at < first and pats["over_before"].search(text, max(0, start - 60), start))
        if owned and not pats["owned_defences"].search(text, max(0, chosen[0].hit.start - 40), chosen[0].hit.start) \
                and not where:
            # (the verb after a region that owns no air defences there; not a place led by "over", which is where:
            # "уничтожены 34 беспилотника, над Брянской областью сбили 14")
            continue
        after_led = bool(first) and placed[first - 1].hit.start in led \
            and pats["joined"].fullmatch(text, placed[first - 1].hit.end, chosen[0].hit.start) is not None
        if not (subject is not None  # ("the Bryansk region accounted for 15": its subject, no "over")
                or attacked is not None  # ("во время атаки на Белгород сбиты 6": the place attacked)
                or where
                # ("…, у Курска ещё 3", "біля Сум ще 3": near the place, then its count of more, the item's
                # end after it: not "у Курска ещё 3 пострадавших", people near the place)
                or (more and pats["near_before"].search(text, max(0, chosen[0].hit.start - 20), chosen[0].hit.start)
                    and pats["item_end"].match(text, _more_end(text, c.number.end, pats)))
                or pats["line_start"].search(text, max(0, chosen[0].hit.start - 8), chosen[0].hit.start)
                or (not passive and pats["list_opened"].search(text, max(0, chosen[0].hit.start - 12), chosen[0].hit.start))
                or (found and pats["counts_joined"].fullmatch(text, found[-1].end, chosen[0].hit.start))
                # ("Bryansk region: 15 drones; Kursk region: 10 drones")
                or (found and pats["list_next_item"].fullmatch(text, counted_end, chosen[0].hit.start))
                or after_led):
            # "над Брянской – 5", a line of a list: "- Ростовская область – 4", a list after a colon, or the next
            # item of such a list: "на Харківщині – 5, Сумщині – 6"
            continue
        if passive and not relative and (chosen[0].hit.start in led_any or not pats["passive_opening"].search(
                text, max(0, chosen[0].hit.start - 60), chosen[0].hit.start)):
            # "five were destroyed over the Kursk Region, one was downed over …": the Kursk Region is the five's;
            # "attacked infrastructure in the Lviv region, 12 drones were shot down": the place of another clause
            continue
        if pats["attempted_before"].search(text, max(0, chosen[0].hit.start - 60), chosen[0].hit.start) \
                and _part_following(text, c, counts, lex, ordered) is not None:
            continue  # "пытались атаковать Белгородскую область 20 беспилотниками, 12 из них сбиты": 20 came
        # "по 3 – над …": the lexicon's "each" before the count
        # (and "each" right after the count and its weapon: "In the Kaluga and Tula regions, two drones each were
        # intercepted", one count for every place named before it)
        each = True if pats["each_prefix"].search(joint_text) or pats["each_before"].match(text, c.end) else None
        found.append(Item(chosen[0].hit.start, c.number.end, c.number.value,
                          tuple(r.place for r in chosen), each, False, weapon=c.weapon is not None,
                          number_start=c.number.start))
        counted_end = c.end
    return found


_SPACES = re.compile(r"\s*")


def _spaces_before(text: str, at: int) -> int:
    """Where the spaces right before ``at`` begin (read back from it: a copy of the text before each count,
    stripped, was square in a sentence of thousands of counts)."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _parenthesised(text: str, counts: list[Count], resolutions: list[Resolution], pats) -> list[Item]:
    """"над Орловской (14), Брянской (9) и Курской (5) областями": each place of a
    list after "over" with its count in parentheses."""
    found: list[Item] = []
    placed = [r for r in resolutions if r.place is not None and r.place.kind != "country"]
    numbers = {c.number.start: c for c in counts}
    listed = False  # the place before was in such a list (or began it after "over")
    first = 0  # where the run of places joined by "and" or a comma that ends at the place begins
    for k, r in enumerate(placed):
        if k == 0 or not pats["joined"].fullmatch(text, placed[k - 1].hit.end, r.hit.start):
            first = k
        each_open = pats["each_open"].match(text, r.hit.end)
        opened = each_open or pats["parenthesis_open"].match(text, r.hit.end)
        c = numbers.get(opened.end()) if opened else None
        closed = pats["unit_close"].match(text, c.end) if c else None
        joined = k > 0 and listed and _joined_through(text, placed[k - 1], r, pats)
        if closed is None:
            listed = listed and joined
            continue
        # (the places the bracket's "по три" is each of: the run of them it closes, "над X и Y (по три)")
        run = placed[first : k + 1] if each_open else [r]
        if not (joined or pats["over_before"].search(text, max(0, run[0].hit.start - 60), run[0].hit.start)
                or pats["over_region_of"].search(text, max(0, run[0].hit.start - 60), run[0].hit.start)):
            listed = False
            continue
        listed = True
        found.append(Item(run[0].hit.start, closed.end(), c.number.value, tuple(x.place for x in run),
                          True if each_open and len(run) > 1 else None, False,
                          weapon=c.weapon is not None, number_start=c.number.start))
    return found


def _joined_through(text: str, a: Resolution, b: Resolution, pats) -> bool:
    """b follows a in one list: only its parenthesised count, a comma or "and" between them (and the type word
    the places before close with: "над Курской (40), Тамбовской (12) областями и Крымом (9)")."""
    paren = pats["parenthesis"].match(text, a.hit.end)
    end = paren.end() if paren else a.hit.end
    if paren is not None and (kind := pats["type_after"].match(text, end)) is not None:
        end = kind.end()
    return bool(pats["joined"].fullmatch(text, end, b.hit.start))


def joined_over(text: str, start: int, end: int, lex: ModuleType) -> bool:
    """Between two places of one list (``text[start:end]``) only a comma or "and", where the first
    lies, and "over" perhaps said again: "over the Oryol region and Belgorod in the south, and over
    Crimea", "над Курской областью и над Крымом"."""
    return bool(_patterns(lex)["joined_over"].fullmatch(text, start, end))


_BRACKETED = re.compile(r"\s*\(")


def abbreviation_after(text: str, before: Resolution, r: Resolution) -> bool:
    """Whether ``r`` is ``before``'s place again, named by its abbreviation in brackets right after it
    ("the Donetsk People's Republic (DPR)"): no place of a list of its own."""
    return r.place is not None and before.place is not None and r.place.iso == before.place.iso \
        and bool(_BRACKETED.fullmatch(text, before.hit.end, r.hit.start)) and text.startswith(")", r.hit.end)


class _Placed:
    """The places a sentence's items may name (not the whole country), in text order, with where each
    starts: read once per sentence, so that a count or a word finds the places it leads to by bisection
    (a scan of all the places for each count of a list of lines, or each "the rest", was square)."""

    def __init__(self, resolutions: list[Resolution]) -> None:
        self.places = sorted((r for r in resolutions if r.place is not None and r.place.kind != "country"),
                             key=lambda r: r.hit.start)  # (resolutions come in text order: kept as they are)
        self.starts = [r.hit.start for r in self.places]

    def __bool__(self) -> bool:
        return bool(self.places)

    def at(self, start: int) -> list[Resolution]:
        """The places whose names start at ``start``."""
        return self.places[bisect_left(self.starts, start) : bisect_right(self.starts, start)]

    def join_after(self, group: list[Resolution], text: str, joined: re.Pattern[str]) -> None:
        """Adds to ``group`` the places listed after its last, each joined to the one before by what
        ``joined`` matches whole ("over Kursk, Oryol and Bryansk"): one walk written once for the three
        kinds of item that name a group of places after a word or count. It stops at the first place
        that is not joined (a list goes on without a gap; a name inside the last one's is skipped)."""
        k = bisect_right(self.starts, group[-1].hit.start)
        while k < len(self.places):
            r = self.places[k]
            k += 1
            if r.hit.start < group[-1].hit.end:
                continue  # (nothing between them to join them)
            if abbreviation_after(text, group[-1], r):
                continue  # (the last one's abbreviation in brackets: "the Donetsk People's Republic (DPR) and …")
            if not joined.fullmatch(text, group[-1].hit.end, r.hit.start):
                break
            group.append(r)


def _remainder(text: str, placed: _Placed, counts: list[Count], pats) -> list[Item]:
    """"по два – в Липецкой и Тульской областях, остальные – в Брянской": the
    places of the rest of the total, whose count is the total less the other items'
    (not "12 of which over Tula, while two others over …": a number of its own, another item)."""
    found: list[Item] = []
    low = text.lower()
    if not any(stem in low for stem in pats["remainder_stems"]):
        return found  # most sentences: no word for "the rest" at all
    numbered = {c.number.end: c for c in counts}
    for x in pats["remainder"].finditer(text):
        group = placed.at(x.end())
        if not group:
            continue
        placed.join_after(group, text, pats["joined_over"])
        before = x.start()
        while before > 0 and text[before - 1].isspace():
            before -= 1
        if (c := numbered.get(before)) is not None:  # "two others": two, over its places
            found.append(Item(c.number.start, group[-1].hit.end, c.number.value, tuple(r.place for r in group),
                              None, False, weapon=c.weapon is not None, number_start=c.number.start))
            continue
        found.append(Item(x.start(), group[-1].hit.end, None, tuple(r.place for r in group), None, False,
                          number_start=x.start(), remainder=True))
    return found


def _vague_more(text: str, placed: _Placed, pats) -> list[Item]:
    """"four missiles over Poltava Oblast and several more targets over Mykolaiv Oblast": a part told with
    no number, over the places right after it (an item with no count)."""
    found: list[Item] = []
    for x in itertools.islice(pats["vague_more"].finditer(text), 16):  # (said once or twice in a sentence)
        group = placed.at(x.end())
        if not group:
            continue
        placed.join_after(group, text, pats["joined"])
        # (a part of its own, not summed: "five … and a few more" keeps the five as told)
        found.append(Item(x.start(), group[-1].hit.end, None, tuple(r.place for r in group), None, True,
                          number_start=-1))
    return found


def _count_lines(text: str, counts: list[Count], placed: _Placed, pats) -> list[Item]:
    """A list of lines without a verb or preposition: "знищено:\\n5 – Миколаївщина;\\n2 –
    Херсонщина": a count at the start of its line, a dash, then its places; or an item of a list
    that goes on within its sentence without its preposition (", один — Воронежской областью", ", 4 Черкаської
    та 2 Кіровоградської областей")."""
    found: list[Item] = []
    for c in counts:
        line = bool(pats["line_start"].search(text, max(0, c.number.start - 8), c.number.start))
        if not line and not pats["list_next"].search(text, max(0, c.number.start - 8), c.number.start):
            continue
        dash = pats["dash_place"].match(text, c.end)
        if dash is not None and ("-" in dash.group(0) or ":" in dash.group(0) and line):
            at = dash.end()
        elif not line and c.weapon is None and dash is None and (gap := pats["bare_gap"].match(text, c.end)):
            # ("5 у межах Вінницької, 4 Черкаської та 2 Кіровоградської областей": the first item's preposition
            # left out of the next ones, with no dash either; a bare count, its place right after it)
            at = gap.end()
        else:
            continue
        group = placed.at(at)
        if not group:
            continue
        placed.join_after(group, text, pats["joined"])
        found.append(Item(c.number.start, group[-1].hit.end, c.number.value, tuple(r.place for r in group),
                          None, False, weapon=c.weapon is not None, number_start=c.number.start))
    return found
