"""Who was killed or injured, as a report tells it.

Two steps. :func:`of_sentence` reads one sentence's figures: stated numbers
("two civilians were killed and three others were hurt", "постраждали 3
людини"), single victims ("a 52-year-old man was injured", "погиб мужчина"),
lists of them ("a man and a woman were injured" = 2), explicit zeros ("no
casualties", "Загиблих немає", "обошлось без жертв") and victims told without a
number ("є постраждалі"). :func:`settle` then reads the document's figures in
order, as a reader keeps the toll: a figure that repeats the one told is the
same victims retold; figures that add up to no more than a told summary are its
details ("6 injured … 4 in the south and 2 at the refinery"); a running total
("the number of injured has risen to 37") replaces what was told before;
anything beyond is more victims. Background (a reminder of an earlier attack,
a toll since the start of the month) tells no figure of this report.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import pairwise
from types import ModuleType

from raidlog.extract.spans import overlapping
from raidlog.lexicon import gates, may_match

# What of_sentence can find: a stated number needs an injured or killed word (or a running total's
# cue), zeros their nouns; single victims, lists, "no one was hurt" and victims without a number
# their own patterns.
gates.declare({"casualties": (
    "INJURED", "KILLED", "TOTAL_BEFORE", "VICTIM_LIST", "ONE_VICTIM", "OF_VICTIMS_BEFORE", "ZERO_NOUNS",
    "NOT_HURT_PERSON", "UNKNOWN_VICTIMS", "ONE_NOT_SAVED", "ONE_OF_THEM_DIED",
)})

FIELDS = ("killed", "injured")


@dataclass(frozen=True)
class Figure:
    field: str  # "killed" or "injured"
    value: int | None  # None: victims told without a number ("there are victims")
    total: bool = False  # a running total or "a total of": replaces the figures told before
    died: bool = False  # one "could not be saved": a victim told injured before may be the one who died
    hospital: bool = False  # injured told as taken to hospital ("six were hospitalised"): maybe some of those told
    more: bool = False  # told as more of them ("two more were hospitalised", "ещё двое госпитализированы")
    # told as more of them in its sentence's first clause ("Пізніше ще двоє звернулися по допомогу", "Відомо про ще
    # одного постраждалого"), not after other victims the sentence names ("… мужчина и женщина, еще один пострадавший")
    adds: bool = False
    # told by a word of the dead and injured together ("three casualties"): the sum of its sentence's other figures,
    # where they add up to it (see of_sentence)
    general: bool = False
    # the victims told as "Жертвами … стали N": the dead, unless the sentence tells how many of them died
    became: bool = False
    # told as known later ("Згодом стало відомо, що постраждали семеро", "Пізніше … уточнили: загиблих 7"): the toll
    # now, as a running total, unless told for another place than the figures before it
    later: bool = False
    # one victim told by the definite article and an age ("the 59-year-old man was injured when …"): the one the
    # report told, whatever place the sentence names
    known: bool = False
    # one victim told by a pronoun opening the sentence ("Він отримав поранення", "He suffered wounds"): the one just
    # told; after one told killed, that dead person's wounds (settle)
    pronoun: bool = False
    # told as a rounded figure ("injuring over 30", "at least 20 were hurt"): recorded as written, and the exact figures of
    # the attacks it sums may add up to more than it (:func:`_part_of_several`)
    approx: bool = False
    # told only as some of the victims ("в Шебекино среди пострадавших двое"): the figure where no other is told,
    # but a part of victims told without a number ("Є постраждалі. Серед поранених двоє дітей": how many, unknown)
    among: bool = False
    # injured told by their treatment in the count's clause ("12 people received medical help"): all those treated, a
    # toll that holds the injured told before it where it is larger (settle)
    treated: bool = False
    # injured told with care that kept them out of hospital in the count's clause ("two more were lightly hurt and
    # refused hospitalisation"): after some of a toll told taken to hospital, the rest of them (:func:`_rest_of_hospitalised`)
    no_stay: bool = False
    # told as some of those told before ("Троє з них госпіталізовані"): no victims, nor an incident, of its own
    of_them: bool = False
    # how many of its victims the clause after its colon went on to tell ("поранено чотирьох: двоє чоловіків …"): where
    # fewer than all, the rest may follow in the next sentences ("Ще двоє постраждалих …"), its parts, not more (settle)
    listed: int = 0


@dataclass
class Statement:
    """The figures of one sentence, and where they went."""

    sentence: int
    figures: list[Figure]
    local: bool  # told for a locality (its details are told for it too), not a region or nowhere
    places: frozenset[str] = frozenset()  # the places it names, as written
    regions: frozenset[str] = frozenset()  # the first-level regions of those it resolved
    regional: bool = True  # told for regions only (or nowhere): its details may be told anywhere in them
    title: bool = False
    more: bool = False  # it opens by adding to the victims told ("Також …"): more of them, not details
    # its "more" is a next strike's opening ("Ще один дрон атакував …"): after a toll whose parts have begun to be
    # told, strike by strike, its next part (see :func:`_adds`)
    next_strike: bool = False
    # naming no place, the first-level regions of the incident it was told in ("Глава Харьковской ОВА сообщил о
    # взрывах в Изюмском районе. Ранены два человека"): whose victims they are
    context: frozenset[str] = frozenset()
    # naming no place, the towns of the incident it was told in ("A drone hit a shed in Ovid. Twelve people were
    # injured"): the town its figure is told for, whose details another town's victims are not
    towns: frozenset[str] = frozenset()
    # naming no place, the towns and districts of the incident it was told in ("Five were injured in Ovid. A drone also
    # hit the Mirny district. Two people were injured"): told for none of the places told before, they are more victims
    scene: frozenset[str] = frozenset()
    # the towns its city districts are in ("у Дніпровському районі столиці": Kyiv's), by their own names: a
    # district's figure may be a detail of its town's ("40 injured in Kyiv … three of them in the Dniprovskyi district")
    cities: frozenset[str] = frozenset()
    # the towns it tells its figure for with the region around them ("трьох загиблих у Києві та області"), by their
    # own names: a larger figure than the one told for those towns holds it ("2 killed in Kyiv … 3 in Kyiv and the region")
    around: frozenset[str] = frozenset()
    # the first-level regions it names whole beside its towns, none of those towns' own ("attacks on the city of
    # Sumy and on a town in Chernihiv Oblast killed four"): a figure told for a town of one of them may be its detail
    wide: frozenset[str] = frozenset()
    said: str = ""  # the sentence's words (see :func:`said`): the same words told twice are one statement
    quoted: bool = False  # it opens or closes a quote of someone's words (see :func:`quoted`)
    repeated: bool = False  # a copy settle did not read (told again word for word: see :func:`_once`)
    # a sentence that retells an outlet's earlier story ("As Ukrinform reported, a man was killed …"): after a
    # figure of the report's own, an earlier stage of its toll or another attack's, no victims of its own
    retelling: bool = False
    # it opens with what was said before ("Раніше він зазначав, що …", "Earlier he said …"): naming no place of its
    # own, a figure no larger than the toll told is its earlier stage (:func:`_earlier_told`)
    earlier: bool = False
    # a day's tally ("during the past day, three were killed and five injured in the city and the district"):
    # after victims of the report's own attack, another period's figures that hold them (after "no casualties"
    # told for some places only, the toll the report gives)
    tally: bool = False
    # it tells the toll of several attacks ("Overnight strikes on A and B killed four", "attacks across the country"):
    # the body's figures told for its regions (any, when it names none) may be its parts, even those told as another
    # story ("Separately, in the B region, two were killed"), as long as they add up to no more than it
    several: bool = False
    # it opens with the sum ("Всего …", "Загалом …", "In all, …"): the sentence right after it, telling a larger figure of
    # the other field for the same places and not as more, goes on with the sum ("Всего погибли четыре человека. Помощь
    # оказали 12 пострадавшим" after six told injured: 12 in all)
    summary: bool = False
    # the days it names: (month, day) of each date, ("weekday", n) of each weekday told alone: a place's larger figure
    # told for another day than a country's summary is no later count of it (:func:`_outgrown_summary`)
    days: frozenset = frozenset()
    # whose victims it tells, by country ("UA", "RU"): the one country of the regions it names, else the one its words
    # name ("across Ukraine") or tell by the attacker ("Russian missile strikes": Ukraine's); a placeless summary's,
    # when its words tell none, the one country of all the report's places (see :func:`settle`)
    country: str | None = None
    counted: dict[str, int | None] = field(default_factory=dict)  # what settle kept per field


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> dict:
    i = re.IGNORECASE
    return gates.Table({
        "zero_before": gates.pattern(lex.ZERO_BEFORE, i),
        "zero_after": gates.pattern(lex.ZERO_AFTER, i),
        "zero_nouns": gates.pattern(lex.ZERO_NOUNS, i),
        "zero_absent": gates.pattern(lex.ZERO_ABSENT, i),
        "zero_avoided": gates.pattern(lex.ZERO_AVOIDED, i),
        "zero_avoided_nouns": gates.pattern(lex.ZERO_AVOIDED_NOUNS, i),
        "zero_subject_nouns": gates.pattern(lex.ZERO_SUBJECT_NOUNS, i),
        "zero_killed": gates.pattern(lex.ZERO_KILLED_ONLY, i),
        "zero_injured": gates.pattern(lex.ZERO_INJURED_ONLY, i),
        "zero_info": gates.pattern(lex.ZERO_INFO, i),
        "zero_info_last": gates.pattern(lex.ZERO_INFO_LAST, i),
        "zero_stop": gates.pattern(lex.ZERO_STOP, i),
        "not_hurt": gates.pattern(lex.NOT_HURT_PERSON, i),
        "unknown": gates.pattern(lex.UNKNOWN_VICTIMS, i),
        "bracketed_person": gates.pattern(lex.BRACKETED_PERSON, i),
        "total_before": gates.pattern(lex.TOTAL_BEFORE, i),
        "total_elliptic": gates.pattern(lex.TOTAL_ELLIPTIC, i),
        "total_far": gates.pattern(lex.TOTAL_FAR, i),
        "total_after": gates.pattern(lex.TOTAL_AFTER, i),
        "total_cue": gates.pattern(lex.TOTAL_CUE, i),
        "total_opening": gates.pattern(lex.TOTAL_OPENING, i),
        "total_word": gates.pattern(lex.TOTAL_WORD, i),
        "medical_help": gates.pattern(lex.MEDICAL_HELP, i),
        "no_hospital_stay": gates.pattern(lex.NO_HOSPITAL_STAY, i),
        "victims_became": gates.pattern(lex.VICTIMS_BECAME, i),
        "lives_before": gates.pattern(lex.LIVES_TAKEN_BEFORE, i),
        "lives_after": gates.pattern(lex.LIVES_TAKEN_AFTER, i),
        "subset": gates.pattern(lex.SUBSET_BEFORE, i),
        "first_stage": gates.pattern(lex.FIRST_STAGE, i),
        "revised_between": gates.pattern(lex.REVISED_BETWEEN, i),
        "among_victims": gates.pattern(lex.AMONG_VICTIMS, i),
        "subset_after": gates.pattern(lex.SUBSET_AFTER, i),
        "fate_unknown_after": gates.pattern(lex.FATE_UNKNOWN_AFTER, i),
        "condition_after": gates.pattern(lex.CONDITION_AFTER, i),
        "plus_one": gates.pattern(lex.PLUS_ONE_AFTER, i),
        "age": gates.pattern(lex.AGE_AFTER, i),
        "duration": gates.pattern(lex.DURATION_AFTER, i),
        "age_before": gates.pattern(lex.AGE_BEFORE, i),
        "has_before": gates.pattern(lex.HAS_BEFORE, i),
        "taken_before": gates.pattern(lex.TAKEN_TO_HOSPITAL_BEFORE, i),
        "to_hospital": gates.pattern(lex.TO_HOSPITAL_AFTER, i),
        # an aside in commas right after a count or right before it: "ещё трое, по первым данным, ранены"
        "aside_after": gates.pattern(rf"^,\s+(?:{lex.CASUALTY_ASIDE}),(?=\s)", i),
        "aside_before": gates.pattern(rf",\s+(?:{lex.CASUALTY_ASIDE}),\s+$", i),
        # the same aside after the count's noun, in commas or dashes: "12 others, including two children, were
        # injured", "12 others - including two children - were injured"
        "aside_after_noun": gates.pattern(
            rf"^\s+[^\W\d_][\w'’-]*(?P<aside>(?:,|\s+[-–—])\s+(?:{lex.CASUALTY_ASIDE})(?:,|\s+[-–—])(?=\s))", i),
        # the victims' ages in commas after their count: "two women, aged 57 and 43, were hurt"
        "ages_aside": gates.pattern(rf",\s+(?:{lex.AGES_CUE})\s+\d{{1,3}}(?:\s*(?:,|\b(?:{lex.AND})\b)\s*\d{{1,3}}){{0,5}},", i),
        # and right after their noun (no commas: "two boys aged 13 and 16 were hurt"; in years, "троє чоловіків — 35, 47 і
        # 58 років — дістали травм")
        "ages_after_noun": gates.pattern(lex.AGES_AFTER_NOUN, i),
        "of_victims": gates.pattern(lex.OF_VICTIMS_BEFORE, i),
        "died_of_wounds": gates.pattern(lex.DIED_OF_WOUNDS, i),
        "one_not_saved": gates.pattern(lex.ONE_NOT_SAVED, i),
        "one_of_them_died": gates.pattern(lex.ONE_OF_THEM_DIED, i),
        "of_them_died": gates.pattern(lex.OF_THEM_DIED_AFTER, i),
        "of_them_hospital": gates.pattern(lex.OF_THEM_HOSPITAL_AFTER, i),
        "one_died": gates.pattern(lex.ONE_DIED, i),
        # (what could not be saved right after a thing's noun is no victim: "будинок врятувати не вдалося")
        # (nor an animal's: "The livestock could not be saved")
        "thing_not_saved": gates.pattern(rf"\b(?:{lex.THING_NOUNS}|{lex.ANIMAL_NOUNS})\s+$", i),
        # (a count of animals is no victims': "three cows died", "загинули три корови"; not "two pig farmers")
        "animals": gates.pattern(rf"^\s*(?:[^\W\d_][\w'’-]*\s+)?{lex.ANIMAL_NOUNS}(?![\w'’-])(?!\s+{lex.PERSON_NOUNS})", i),
        # (each with its own gate: most sentences that tell casualties need none of them)
        "lists": [(gates.pattern(p, i), gates.of_pattern(lex, p)) for p in lex.VICTIM_LIST],
        "list_item": gates.pattern(lex.LIST_ITEM, i),
        "one_victim": [(gates.pattern(p, i), gates.of_pattern(lex, p)) for p in lex.ONE_VICTIM],
        "ages": gates.pattern(lex.AGES_OF_VICTIMS, i),
        "age_item": gates.pattern(lex.AGE_ITEM, i),
        "plural_victim": gates.pattern(lex.PLURAL_VICTIM, i),
        "background": gates.pattern(lex.BACKGROUND, i),
        "background_gate": gates.of_pattern(lex, lex.BACKGROUND),  # (most sentences hold none of its words)
        "now_clause": gates.pattern(lex.NOW_CLAUSE, i),
        "came_after_own_toll": gates.pattern(lex.CAME_AFTER_OWN_TOLL, i),
        "came_after_other_harm": gates.pattern(lex.CAME_AFTER_OTHER_HARM, i),
        "came_same_day": gates.pattern(lex.CAME_SAME_DAY, i),
        "came_after_same_place": gates.pattern(lex.CAME_AFTER_SAME_PLACE, i),
        "reminder": gates.pattern(lex.REMINDER, i),
        "reminder_heading": gates.pattern(lex.REMINDER_HEADING, i),
        "retelling_opening": gates.pattern(lex.RETELLING_OPENING, i),
        "earlier_told_opening": gates.pattern(lex.EARLIER_TOLD_OPENING, i),
        "other_day_told_opening": gates.pattern(lex.OTHER_DAY_TOLD_OPENING, i),
        "day_tally": gates.pattern(lex.DAY_TALLY, i),
        "lately_opening": gates.pattern(lex.LATELY_OPENING, i),
        "before_this_opening": gates.pattern(lex.BEFORE_THIS_OPENING, i),
        "more_opening": gates.pattern(lex.MORE_VICTIMS_OPENING, i),
        "next_strike_opening": gates.pattern(lex.NEXT_STRIKE_OPENING, i),
        "several_attacks": gates.pattern(lex.SEVERAL_ATTACKS, i),
        "victims_country": [(gates.pattern(p, i), country) for p, country in lex.VICTIMS_COUNTRY],
        "other_story_opening": gates.pattern(lex.OTHER_STORY_OPENING, i),
        "another_under_strike": gates.pattern(lex.ANOTHER_UNDER_STRIKE, i),
        "another_under_strike_gate": gates.of_pattern(lex, lex.ANOTHER_UNDER_STRIKE),  # (asked of every sentence)
        "later_opening": gates.pattern(lex.LATER_TOLL_OPENING, i),
        "now_opening": gates.pattern(lex.NOW_OPENING, i),
        "then_opening": gates.pattern(lex.THEN_OPENING, i),
        "now_attack": gates.pattern(lex.NOW_ATTACK, i),
        "other_time": gates.pattern(lex.OTHER_TIME, i),
        "anniversary": gates.pattern(lex.ANNIVERSARY, i),
        "injured": gates.pattern(lex.INJURED, i),
        "both_fields": gates.pattern(lex.BOTH_FIELDS_NOUN, i),
        "one_and_other": gates.pattern(lex.ONE_AND_OTHER, i),
        "hospital": gates.pattern(lex.HOSPITALISED, i),
        # the victims' noun, then the hospital as the clause's verb, a word or two of its own between them and no
        # "and" ("двоє потерпілих були доставлені до шпиталю", "two injured people were taken to hospital"; not
        # "two were injured and hospitalised", whose word of the injured is the verb)
        "hospital_after_noun": gates.pattern(rf"\s+(?:(?!(?:{lex.AND})\s)[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{lex.HOSPITALISED})", i),
        "more_before": gates.pattern(lex.MORE_BEFORE, i),
        "more_after": gates.pattern(lex.MORE_AFTER, i),
        "killed": gates.pattern(lex.KILLED, i),
        # "получил ранения, несовместимые с жизнью": the wounds a victim's verb told were fatal
        "fatal_after": gates.pattern(rf",?\s+{lex.FATAL}", i),
        "persons": gates.pattern(rf"^\s*(?:[\w-]+\s+)?{lex.PERSON_NOUNS}\b", i),
        "identified": gates.pattern(lex.VICTIM_IDENTIFIED_BEFORE, i),
        "person_last": gates.pattern(rf"(?<![\w'’-]){lex.PERSON_NOUNS}\s+$", i),
        # between two counts of one list of victims: the first count's people and ages, then "та"/"and"
        "list_gap": gates.pattern(rf"[^.;:!?]{{0,60}}?(?:,|\s(?:{lex.AND}))\s+", i),
        "elliptic_gap": gates.pattern(lex.ELLIPTIC_VICTIMS_GAP, i),
        "elliptic_after": gates.pattern(lex.ELLIPTIC_VICTIMS_AFTER, i),
        "things_of_persons": gates.pattern(rf"^\s*(?:{lex.PERSON_ADJECTIVES})\s+{lex.THING_NOUNS}", i),
        "victim_verb": gates.pattern(rf"\b{lex.VICTIM_VERB}\s+(?:{lex.VICTIM_FILLER}\s+)?$", i),
        # ("Погибших — трое, раненых — семеро", "Killed: 3": a dash or a colon between the noun and its count)
        "victim_verb_dash": gates.pattern(rf"\b{lex.VICTIM_VERB}\s*[-:]\s+(?:{lex.VICTIM_FILLER}\s+)?$", i),
        # ("постраждали від ударів по області 14 людей": a phrase of cause or place, up to five words, between the verb and
        # the count of people it tells)
        "victim_verb_gap": gates.pattern(rf"\b{lex.VICTIM_VERB}\s+(?:{lex.VICTIM_GAP_PREPOSITION})\s+"
                                         rf"(?:[^\W\d_][\w'’-]*\s+){{1,5}}?(?:{lex.VICTIM_FILLER}\s+)?$", i),
        "victim_verb_of_persons": gates.pattern(lex.VICTIM_VERB_OF_PERSONS, i),
        # "37 are injured", "two more were injured", "один из … мужчин скончался"
        "victim_after": gates.pattern(rf"^(?:\s+[^\s\d,.;:!?()]+){{0,5}}?\s+(?!{lex.PRESENT_VICTIM_VERB})(?:{lex.INJURED}|{lex.KILLED})", i),
        # "постраждав один з об'єктів": one of some things, not of people
        "one_of_things": gates.pattern(rf"^\s+(?:{lex.OF_THINGS})(?![\w-]*\s*{lex.PERSON_NOUNS})", i),
        # (a comma before "а также" / "а також" / "as well as" goes on with the list: "Два сотрудника, а также сотрудник МЧС")
        "clause_break": gates.pattern(rf"[.;:!?]|,(?!\s+(?:{lex.AS_WELL_AS})\b)", i),
        # (not ", а также …" / ", а також …": one more of the list, "Два сотрудника, а также сотрудник МЧС получили ранения")
        "clause_split": gates.pattern(rf"[.;!?]|,\s+(?:{lex.CLAUSE_AFTER_COMMA})\b|\s+(?:{lex.CLAUSE_BEFORE_NUMBER})\s+(?=\d)"),
        # where a background cue's clause may begin: ", and/while …", "; …", or a relative clause ("…, the mayor
        # said; the school was built ten years ago", "…, который два года назад возглавил регион")
        "background_split": gates.pattern(rf";|,\s+(?:{lex.CLAUSE_AFTER_COMMA}|{lex.BACKGROUND_CLAUSE_OPEN})\b", i),
        "negation": gates.pattern(lex.NEGATION, i),
        "negation_after": gates.pattern(lex.NEGATION_AFTER, i),
        "things": gates.pattern(rf"^\s*(?:(?!{lex.PERSON_NOUNS})[^\W\d_][\w'’-]*\s+)?{lex.THING_NOUNS}", i),
        # a count of hits, blasts, things or places, no people: "five explosions", "чотири будинки"
        "no_people": gates.pattern(rf"^\s*(?:(?!{lex.PERSON_NOUNS})[^\W\d_][\w'’-]*\s+)?"
                                   rf"(?:{lex.HIT_COUNT_NOUNS}|{lex.THING_NOUNS}|{lex.UNIT_COUNT_NOUNS})", i),
        "units": gates.pattern(rf"^\s*(?:(?!{lex.PERSON_NOUNS})[^\W\d_][\w'’-]*\s+)?{lex.UNIT_COUNT_NOUNS}", i),
    })


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex).build()


def is_reminder(text: str, lex: ModuleType, new_day: bool, headed: bool = False) -> bool:
    """"Напомним, …", "Нагадаємо, …", "Recall that …" opening a sentence: the rest of the paragraph
    tells earlier events, unless it retells the report's own attack (:func:`_retold`); so does
    "Нещодавно …", "Recently, …" opening one (a recent earlier event). ``headed``: the sentence follows a
    reminder's heading ("Recall" on a line of its own), as if it opened with the cue."""
    pats = _patterns(lex)
    return (headed or bool(pats["reminder"].match(text))) and not _retold(text, lex, new_day, headed) \
        or bool(pats["lately_opening"].match(text))


def opens_before_this(text: str, lex: ModuleType) -> bool:
    """"До этого …", "До цього …" opening a sentence: what came before the events told (earlier events, once the
    report has told a toll of its own: see attribute.incidents); an aside opening one ("К слову, …", "До слова, …",
    "By the way, …") likewise tells other events."""
    return bool(_patterns(lex)["before_this_opening"].match(text))


def opens_reminder(text: str, lex: ModuleType, headed: bool = False) -> bool:
    """"Напомним, …", "Нагадаємо, що …", "Recall that …" opening a sentence, whatever time it tells."""
    return headed or bool(_patterns(lex)["reminder"].match(text))


def is_reminder_heading(text: str, lex: ModuleType) -> bool:
    """"Recall" standing alone as a paragraph's heading: the paragraph after it opens with the reminder."""
    return bool(_patterns(lex)["reminder_heading"].match(text))


def opens_retelling(text: str, lex: ModuleType) -> bool:
    """"As Ukrinform reported, …", "As reported earlier, …" opening a sentence: an outlet's earlier story retold."""
    return bool(_patterns(lex)["retelling_opening"].match(text))


def opens_earlier_told(text: str, lex: ModuleType) -> bool:
    """"Earlier he said …", "Раніше він зазначав, що …", "Ранее сообщалось, что …" opening a sentence: what a teller
    said before the figures told (an earlier stage of the same toll, where it names no place of its own)."""
    return bool(_patterns(lex)["earlier_told_opening"].match(text))


def opens_other_day_told(text: str, lex: ModuleType) -> bool:
    """"Накануне губернатор сообщал, что …", "The day before, the governor said that …" opening a sentence: what a teller
    said the day before, of that day's events (the sentences of its paragraph after it tell them too)."""
    return bool(_patterns(lex)["other_day_told_opening"].match(text))


def retells_other_time(text: str, lex: ModuleType) -> bool:
    """"Як повідомлялося, напередодні під час удару …", "As reported earlier, last week …": an outlet's earlier
    story opening the sentence, and a word of an earlier time after it (the opening's own "раніше", "earlier"
    tells when the story was told, not when its events were: "Як повідомлялося раніше, область також потрапила
    під атаку цієї ж ночі" retells the report's own night)."""
    pats = _patterns(lex)
    opening = pats["retelling_opening"].match(text)
    return opening is not None and bool(pats["other_time"].search(text, opening.end()))


def tells_day_tally(text: str, lex: ModuleType) -> bool:
    """"during the past day, three were killed": a day's tally, another period's figures than the attack's."""
    return bool(_patterns(lex)["day_tally"].search(text))


def opens_with_now(text: str, lex: ModuleType) -> bool:
    """"Tonight, …", "Сегодня ночью …", "Цієї ночі …" opening a sentence: back from earlier events."""
    return bool(_patterns(lex)["now_opening"].match(text))


def tells_now(text: str, lex: ModuleType) -> bool:
    """A sentence back from earlier events: one that opens with the present time, or names tonight's attack
    ("Two people were injured in the overnight attack", "в результате ночной атаки", "унаслідок нічної атаки")."""
    pats = _patterns(lex)
    return bool(pats["now_opening"].match(text) or pats["now_attack"].search(text))


def tells_other_time(text: str, lex: ModuleType) -> bool:
    """A word of an earlier time ("вчера", "в суботу", "last week") anywhere in the sentence."""
    return bool(_patterns(lex)["other_time"].search(text))


def opens_with_then(text: str, lex: ModuleType) -> bool:
    """"In that strike, …", "Тогда …", "Унаслідок того удару …" opening a sentence: it points back to the event
    told just before (an earlier one, after a reminder: see attribute.incidents)."""
    return bool(_patterns(lex)["then_opening"].match(text))


def opens_with_total(text: str, lex: ModuleType) -> bool:
    """"Всего …", "Загалом …", "In all, …" opening a sentence: it tells the sum of the figures told (Statement.summary)."""
    return bool(_patterns(lex)["total_opening"].match(text))


def opens_with_more(text: str, lex: ModuleType) -> bool:
    """"Також …", "Также …", "Also, …" opening a sentence: its victims add to those told before."""
    return bool(_patterns(lex)["more_opening"].match(text))


def opens_next_strike(text: str, lex: ModuleType) -> bool:
    """"Еще один дрон ударил по дому, …", "Another drone hit …" opening a sentence: a next strike's victims."""
    return bool(_patterns(lex)["next_strike_opening"].match(text))


def victims_country(text: str, regions: frozenset[str], lex: ModuleType) -> str | None:
    """Whose victims a sentence tells, by country: the one country of the ``regions`` it names ("UA-53": "UA"), else
    the one its words name or tell by the attacker (:data:`lexicon.VICTIMS_COUNTRY`: "across Ukraine", "Russian
    missile strikes", "украинских беспилотников"); None when it tells none or two."""
    lands = {r.split("-")[0] for r in regions}
    if not lands:
        lands = {country for pat, country in _patterns(lex)["victims_country"] if pat.search(text)}
    return next(iter(lands)) if len(lands) == 1 else None


def tells_several_attacks(text: str, lex: ModuleType) -> bool:
    """"Overnight Russian strikes on A and B killed four", "attacks across the country": a toll told for
    several attacks (:data:`Statement.several`)."""
    return bool(_patterns(lex)["several_attacks"].search(text))


def tells_another_under_strike(text: str, lex: ModuleType, words: frozenset[str] | None = None) -> bool:
    """"Под удар также попал его брат": another person told come under the strike, with no victim's word (the
    victims the next sentence tells are more, see incidents). ``words``: the sentence's (:func:`words_of`), if
    known: a sentence without the pattern's words is not searched (asked of every sentence, most hold none)."""
    pats = _patterns(lex)
    gate = pats["another_under_strike_gate"]
    if words is not None and gate is not None and not gate.admits(words):
        return False
    return bool(pats["another_under_strike"].search(text))


def opens_other_story(text: str, lex: ModuleType) -> bool:
    """"Separately, the mayor reported on the drone strike." opening a sentence: another strike's story, whose
    victims the next sentence tells (see attribute.incidents)."""
    return bool(_patterns(lex)["other_story_opening"].match(text))


def is_background(text: str, words: frozenset[str], lex: ModuleType, new_day: bool) -> bool:
    """A sentence about other events: "Напомним, …", "since the start of October" (after a reminder
    that retells the report's attack, only a cue of its own). ``words``: the sentence's (:func:`words_of`)."""
    # (a cue a pattern marks as "ordinal" is none: "the 19th strike since the start of October"; nor one
    # that goes on with the present: "Ранее сообщалось о двух раненых, теперь их число выросло до пяти")
    pats = _patterns(lex)
    gate = pats["background_gate"]
    if gate is not None and not gate.admits(words):
        return False
    return any(True for _ in _background_cues(text, pats, _retold(text, lex, new_day), new_day))


def _background_cues(text: str, pats: dict, start: int, new_day: bool) -> Iterator[re.Match]:
    """The background cues of ``text`` from ``start`` on, in order: not an ordinal's, not one whose sentence goes on
    with the present ("…, теперь их число выросло до пяти"), not an earlier report of the report's own attack that
    names no time of its own, not "The attack came hours after …" whose sentence goes on with the attack's own harm."""
    # (whether a clause follows a cue is asked of each cue: each pattern is searched again only past the match it
    # found last, so a long sentence of cues is read once, not once per cue)
    now_after = _found_after(pats["now_clause"], text)
    other_time_after = _found_after(pats["other_time"], text)
    own_toll_after = _found_after(pats["came_after_own_toll"], text)
    for m in pats["background"].finditer(text, start):
        groups = m.groupdict()
        if groups.get("ordinal") or now_after(m.end()) is not None:
            continue
        if groups.get("earlier") and not new_day and other_time_after(m.end()) is None:
            continue  # ("Ранее сообщалось, что …" naming no time of its own: a reminder that retells it, see _retold)
        if groups.get("came") and (own := own_toll_after(m.end())) is not None and own - m.end() <= _CAME_AFTER_SPAN \
                and not pats["came_after_other_harm"].search(text, m.end(), own):
            # ("The attack came hours after the alert was lifted, killing three": the attack's own toll; not "… after a
            # drone hit a school, injuring three", the earlier event's)
            continue
        if groups.get("came") and pats["came_same_day"].search(m.group(0)) and pats["came_after_same_place"].match(text, m.end()):
            # ("The raid came two hours after another strike on the same town, where a shell hit a bakery, wounding
            # three": the same day's strikes on the place the report tells, its toll too)
            continue
        yield m


# how far after "came … after" the attack's own toll may be told (the clause of what came before it is short)
_CAME_AFTER_SPAN = 200


def _found_after(pattern: re.Pattern, text: str) -> Callable[[int], int | None]:
    """Where ``pattern`` first matches ``text`` at or after a position (None: nowhere), asked of positions in increasing
    order: the text is searched again only past the match found last (none found: none further on either)."""
    last: list = [None, None]  # the position searched from, and where the match found starts (None: none)

    def ask(pos: int) -> int | None:
        if last[0] is None or last[0] > pos or (last[1] is not None and last[1] < pos):
            found = pattern.search(text, pos)
            last[0], last[1] = pos, (found.start() if found is not None else None)
        return last[1]
    return ask


def background_clause(text: str, lex: ModuleType, new_day: bool) -> int | None:
    """Where a background sentence's other events begin when its cues all stand in a later clause, after a
    comma and a clause's opening word (a relative one too), or after a semicolon, and the clause before holds none ("Two people were killed in
    Kherson, and 12 in Mykolaiv a year ago": the two are today's); None when the cue is the whole
    sentence's (or its clause is the first)."""
    pats = _patterns(lex)
    # (only the first cue is wanted: where the clause before it begins)
    first = next(_background_cues(text, pats, _retold(text, lex, new_day), new_day), None)
    if first is None:
        return None
    cut = None
    for split in pats["background_split"].finditer(text, 0, first.start()):
        cut = split.start()
    return cut


def _retold(text: str, lex: ModuleType, new_day: bool, headed: bool = False) -> int:
    """Where a reminder's words begin when it retells the report's own attack, or 0: the present time
    follows its cue ("Нагадаємо, |сьогодні вночі …"), or it names no time of its own, no word of an
    earlier time ("вчера", "last week") and no day the report has not named (``new_day``): "Recall that
    at 21:15 a drone attack began …", "Напомним, ночью 23 сентября …" in the report of that night."""
    pats = _patterns(lex)
    m = pats["reminder"].match(text)
    if m is None and not headed:
        return 0
    end = m.end() if m is not None else 0
    # (not an anniversary told today: "Напомним, сегодня исполняется год со дня обстрела …")
    now = pats["now_opening"].match(text, end) and not pats["anniversary"].search(text, end)
    if now or not (new_day or pats["other_time"].search(text, end)):
        return end
    return 0


def of_sentence(text: str, words: frozenset[str], numbers: list, lex: ModuleType,
                weapon_counts: frozenset[int] = frozenset()) -> list[Figure]:
    """The casualty figures one sentence states (empty when it states none).
    ``weapon_counts``: where the numbers that count weapons start."""
    if not may_match(words, lex, "casualties"):
        return []
    pats = _patterns(lex)
    figures: list[Figure] = []
    counted: list[tuple[int, int]] = []  # spans already counted
    last: tuple[Figure, int] | None = None  # the figure counted last, and where its number ended
    details: tuple[str, int, int] | None = None  # a figure's field and its colon's clause, which tells who they were
    part: int | None = None  # where the count of a part of a figure ended ("including four children")
    died_of_them = 0  # "N of them died": how many of the victims told before died
    listing: Figure | None = None  # the figure whose colon's clause is ``details``
    listed = 0  # how many victims that clause told
    for k, n in enumerate(numbers):
        if n.start in weapon_counts:
            continue
        fig = _number_figure(text, n, pats, numbers[k + 1].start if k + 1 < len(numbers) else None,
                             numbers[k - 1].end if k else None)
        if pats["animals"].match(text[n.end : n.end + 80]):
            # "three cows died", "погибли три коровы": animals, no victims (the people listed after them
            # are: "погибли три коровы и двое мужчин")
            last = (fig, n.end) if fig is not None else last
            continue
        if fig is None and n.value > 0 and pats["of_them_died"].match(text[n.end : n.end + 80]):
            died_of_them = n.value
        if fig is None and n.value > 0 and pats["of_them_hospital"].match(text[n.end : n.end + 80]):
            # ("Троє з них госпіталізовані": some of the injured told before, in hospital; settle reads them so)
            fig = Figure("injured", n.value, hospital=True, of_them=True)
        if fig is None and pats["subset"].search(text, max(0, n.start - 40), n.start):
            # ("30 поранених, серед них четверо дітей та 12 жінок": the list's next item is of the part too)
            part = n.end
        if fig is None and (among := pats["among_victims"].search(text, max(0, n.start - 40), n.start)) \
                and not any(f.field == ("killed" if among.group("killed") else "injured") for f in figures):
            # "в Шебекино среди пострадавших двое мирных жителей": no figure of them told before in the
            # sentence, so these are the figure (one told in an earlier sentence holds them: settle reads
            # them as its part, "Погибли 5 человек. Среди погибших двое детей")
            fig = Figure("killed" if among.group("killed") else "injured", n.value, among=True)
        if fig is None and last is not None and pats["persons"].match(text[n.end : n.end + 80]) \
                and pats["list_gap"].fullmatch(text, last[1], n.start) \
                and not pats["subset"].search(text, max(0, n.start - 40), n.start) \
                and not pats["subset_after"].match(text[n.end : n.end + 80]) \
                and not pats["fate_unknown_after"].match(text[n.end : n.end + 80]) \
                and not (part is not None and pats["list_gap"].fullmatch(text, part, n.start)):
            # "поранено двоє жінок 44 і 81 року та троє чоловіків": more people of the same list (not those
            # of a part told in it: "six people, including a boy and two nurses, …")
            fig = Figure(last[0].field, n.value)
        if fig is None and last is not None and last[0].value and pats["elliptic_gap"].fullmatch(text, last[1], n.start) \
                and pats["elliptic_after"].match(text, n.end):
            # "two people were hurt in Sumy, and five in Konotop", "в Белгороде ранены три человека, в
            # Шебекино — двое": the next place's victims of the same kind, the verb left out
            fig = Figure(last[0].field, n.value)
        if fig is not None and _within(details, fig.field, n.start):
            counted.append((n.start, n.end))
            listed += fig.value or 0
            continue
        if fig is None and details is not None and details[1] <= n.start < details[2] \
                and pats["persons"].match(text[n.end : n.end + 80]):
            listed += n.value  # ("поранено чотирьох: троє чоловіків отримали забої …": who some of them were)
        if fig is not None and fig.value and not fig.total and pats["condition_after"].match(text[n.end : n.end + 80]) \
                and not fig.more and not pats["more_before"].search(text[max(0, n.start - 20) : n.start]) \
                and any(f.field == fig.field and f.value and f.value >= fig.value for f in figures):
            # "пострадали семеро, четверо в среднем состоянии, трое - в лёгком": the condition of some of the
            # victims the sentence told, no more of them (alone, "двое в тяжелом состоянии" are victims)
            counted.append((n.start, n.end))
            continue
        if fig is not None:
            if fig.more and not pats["clause_break"].search(text, 0, n.start):
                fig = replace(fig, adds=True)
            if fig.total and fig.later and figures and figures[-1].field == fig.field and figures[-1].total:
                figures.pop()  # "выросло до четырех, а затем до семи": the toll as it stood last, not one more figure
            if fig.value and not fig.more and last is not None and last[0] in figures and last[0].field == fig.field and last[0].value \
                    and pats["first_stage"].search(text, 0, last[1]) and pats["revised_between"].search(text, last[1], n.start):
                # "At first there was information about three dead, but the company later said that four had died":
                # the first figure an earlier stage, the corrected one the toll as it stands
                figures.remove(last[0])
                fig = replace(fig, total=True)
            figures.append(fig)
            counted.append((n.start, n.end))
            last = (fig, n.end)
            if details is None and fig.value and (colon := _DETAILS.match(text, n.end)):
                # "поранено трьох людей: чоловіка госпіталізовано, двом жінкам допомогли на місці"
                end = _CLAUSE_END.search(text, colon.end())
                details = (fig.field, colon.end(), end.start() if end else len(text))
                listing = fig
            elif details is None and fig.value and (
                    (dash := _DETAILS_DASH.match(text, n.end))
                    # (further from the count when they are told one by one: "two were injured as a result of the
                    # strike - one woman …, and the second …")
                    or ((dash := _DETAILS_DASH_FAR.match(text, n.end)) and pats["one_and_other"].match(text, dash.end()))):
                # "известно о четырех погибших — двух мужчинах и двух женщинах", "five people were killed — three
                # men and two women": the dash's apposition tells who they were, no more of them (not when a
                # victim verb of its own follows the dash, "three were killed — two more died in Izium", nor
                # past a comma: "трое ранены, в Шебекино — двое", the next place's)
                end = _CLAUSE_END.search(text, dash.end())
                stop = end.start() if end else len(text)
                other = "killed" if fig.field == "injured" else "injured"
                parts = [x for x in numbers[k + 1:] if dash.end() <= x.start < stop]
                if not pats["killed"].search(text, dash.end(), stop) and not pats["injured"].search(text, dash.end(), stop) \
                        or pats["one_and_other"].match(text, dash.end(), stop) \
                        or (parts and sum(x.value for x in parts) <= fig.value and not pats[other].search(text, dash.end(), stop)
                            and not any(pats["more_before"].search(text[max(dash.end(), x.start - 20) : x.start])
                                        or pats["more_after"].match(text, x.end) for x in parts)):
                    # (nor their own verbs one by one: "two were hurt - one got burns, the other a concussion";
                    # nor the figure split by how they were hurt, its parts adding up to no more than it and
                    # none told as more: "чотирьох постраждалих - одна жінка травмована, троє з гострою реакцією")
                    details = (fig.field, dash.end(), stop)
    if listing is not None and 0 < listed < (listing.value or 0):
        figures = [replace(f, listed=listed) if f is listing else f for f in figures]
    # (the ages' own matches never overlap each other: the numbers' spans are all they can fall in, asked by
    # bisection, not by a scan of all the spans counted for each match, square in a long list of ages)
    overlaps_numbers = overlapping(counted)
    for x in pats["ages"].finditer(text):
        # "постраждали 47-річний, 50-річний чоловіки і 65-річна жінка": a victim per age, and those after
        if overlaps_numbers(x.start(), x.end()):
            continue
        fld = "killed" if pats["killed"].search(x.group("verb")) else "injured"
        if _within(details, fld, x.start()):
            continue
        # (and the ages of the groups after the first, each with its noun: "men 79 and 68, women 75, 73 and 44")
        count = len(pats["age_item"].findall(x.group("ages") + " " + (x.groupdict().get("groups") or ""))) \
            + len(pats["list_item"].findall(x.group("more")))
        figures.append(Figure(fld, count))
        counted.append((x.start(), x.end()))
    lines: dict[str, int] = {}  # per field, the line break before the first single victim's line
    for fld, start, end, hospital, known, pronoun in _single_victims(text, words, pats, counted):
        line = text.rfind("\n", 0, start)
        if fld in lines and lines[fld] != line:
            # "Под Белгородом погиб человек\nФото: …\nГубернатор сообщил о гибели местного жителя": a
            # headline glued to the body by line breaks alone, its one victim told again below it
            counted.append((start, end))
            continue
        lines.setdefault(fld, line)
        if any(f.value for f in figures) and pats["identified"].search(text, max(0, start - 50), start):
            # ("'One person died,' the governor said, adding that it was a farm worker who was badly hurt and died in
            # hospital": who the victim the sentence told was, no more of them)
            counted.append((start, end))
            continue
        if not _within(details, fld, start):
            # (the one just told, dead by a pronoun, "Он скончался": of the wounds told before, see settle)
            figures.append(Figure(fld, 1, hospital=hospital, known=known, pronoun=pronoun, died=pronoun and fld == "killed"))
        counted.append((start, end))
    for fld in sorted(_zeros(text, pats)):
        figures.append(Figure(fld, 0))
    for x in pats["unknown"].finditer(text):
        noun = next((g for g in x.groups() if g), "")
        fld = "killed" if pats["killed"].search(noun) or pats["zero_killed"].search(noun) else "injured"
        figures.append(Figure(fld, None))
    if [f.value for f in figures] == [None] and "(" in text:
        # ("пострадавшие есть в Печенегах (44-летняя женщина) и в Малиновке (69-летний мужчина)": the victims told
        # without a number, then who each was in brackets after its place: as many as the brackets)
        persons = len(pats["bracketed_person"].findall(text))
        if persons:
            figures = [Figure(figures[0].field, persons)]
    unknown = {f.field for f in figures if f.value is None}
    figures = [f for f in figures if not (f.among and f.field in unknown)]  # ("постраждали люди, серед поранених двоє дітей")
    one_died = pats["one_of_them_died"].search(text)
    # "Один из них погиб, трое госпитализированы" after "пострадали 9": a sentence that opens with one of the victims
    # told before, dead, tells of them, as the three in hospital are (8 injured and 1 dead, see settle; not one of the three)
    of_told = one_died is not None and not one_died.group("hurt") and not text[: one_died.start()].strip(" \"«'-") \
        and any(f.field == "injured" and f.value for f in figures) \
        and all(f.hospital for f in figures if f.field == "injured" and f.value) \
        and [f.value for f in figures if f.field == "killed"] in ([], [1]) and died_of_them in (0, 1)
    told = next((k for k in range(len(figures) - 1, -1, -1) if figures[k].value
                 and (figures[k].became or figures[k].field == "injured")), None)
    if of_told:
        figures = [f for f in figures if f.field != "killed"] + [Figure("killed", 1, died=True)]
    elif died_of_them and told is not None and figures[told].value > died_of_them:
        # "Жертвами атаки стали 15 человек, двое из них погибли", "four were injured, two of them later died": the
        # victims told, some of them dead, the rest injured
        f = figures[told]
        figures[told] = replace(f, field="injured", value=f.value - died_of_them, became=False)
        figures.append(Figure("killed", died_of_them))
    elif one_died and (one_died.group("hurt") or not any(f.field == "killed" for f in figures)):
        # "пострадали четверо, один из них скончался в больнице", "Four were injured. One of them later died",
        # "two were killed and five injured; one of the injured later died": one of the injured told died,
        # killed only (not "двое погибли, один из них скончался в больнице": one of the dead)
        hurt = next((k for k in range(len(figures) - 1, -1, -1) if figures[k].field == "injured" and figures[k].value), None)
        if hurt is None and not any(f.field == "injured" for f in figures):
            figures.append(Figure("killed", 1, died=True))  # (of the injured told before: see settle)
        elif hurt is not None and figures[hurt].value > 1:
            figures[hurt] = replace(figures[hurt], value=figures[hurt].value - 1)
            figures.append(Figure("killed", 1))
    elif (died := pats["one_died"].search(text)) and not pats["killed"].search(text.replace(died.group(0), "")) \
            and [f.field for f in figures if f.value] in (["killed"], ["injured", "killed"]) \
            and not any(f.more or f.adds for f in figures):
        # "ранены четверо, один позже скончался": one of the injured told, dead; alone, "Один из них скончался в
        # больнице" after "ранены четверо" is the one told injured just before (settle)
        if len(figures) == 1:
            figures[0] = replace(figures[0], died=True)
        else:
            hurt = next(k for k, f in enumerate(figures) if f.field == "injured" and f.value)
            if figures[hurt].value > 1:
                figures[hurt] = replace(figures[hurt], value=figures[hurt].value - 1)
    elif pats["died_of_wounds"].search(text):
        many = [f for f in figures if f.field == "injured" and f.value and f.value > 1]
        if len(figures) == 2 and len(many) == 1 and any(f.value == 1 for f in figures if f is not many[0]):
            # "two men were wounded; one later died of his wounds": the one is one of the wounded, dead, and
            # the others stay injured (not all of them dead, nor the one more of them)
            figures = [Figure("injured", many[0].value - 1, many[0].total), Figure("killed", 1)]
        elif [(f.field, f.value) for f in figures] == [("killed", 1)]:
            # "Мужчина скончался в больнице", "The man later died": one victim dead of the wounds, the one told injured
            # before (see settle), as "could not be saved"
            figures = [replace(figures[0], died=True)]
        else:
            # "he was badly wounded … but could not be saved": dead, not also injured
            figures = [Figure("killed", f.value, f.total) if f.field == "injured" and f.value else f for f in figures]
    for g in [f for f in figures if f.general]:
        if g.value == sum(f.value or 0 for f in figures if f is not g):
            # "one killed and two injured in Ovid, three casualties in all": the victims told, summed up
            figures.remove(g)
    if figures and pats["later_opening"].match(text):
        # "Згодом стало відомо, що постраждали семеро": the toll as known later (not "… про ще одного": more)
        figures = [replace(f, later=True) if f.value and not f.more else f for f in figures]
    if not figures and (saved := pats["one_not_saved"].search(text)) \
            and not pats["thing_not_saved"].search(text, max(0, saved.start() - 40), saved.start()):
        # "Медики довго рятували чоловіка, та врятувати не вдалося": the one victim the sentence is about died
        # (one already told dead is the same victim retold: see settle; not a thing that could not be saved:
        # "The building could not be saved", "Будинок врятувати не вдалося")
        figures.append(Figure("killed", 1, died=True))
    return figures


# after a count of victims, a colon, then who they were: details of the same victims, no more of them
_DETAILS = re.compile(r"[^.;:!?]{0,60}?:")
_CLAUSE_END = re.compile(r"[.;!?]")
_CLAUSE_OR_COMMA = re.compile(r"[.;!?,]")
# after a count of victims and its few words, a dash, then who they were (no comma nor clause end before it)
_DETAILS_DASH = re.compile(r"[^.;:!?,\n]{0,40}?\s-\s+")  # (a dash is "-" once the text is normalised)
_DETAILS_DASH_FAR = re.compile(r"[^.;:!?,\n]{0,80}?\s-\s+")


def _within(details: tuple[str, int, int] | None, fld: str, at: int) -> bool:
    return details is not None and details[0] == fld and details[1] <= at < details[2]


_LEAD_BREAK = re.compile(r"[,.;:]")


_WORD_AFTER = re.compile(r"\s*[^\W\d_]")  # a word right after a count: its noun


def _number_figure(text: str, n, pats: dict, next_start: int | None = None,
                   prev_end: int | None = None) -> Figure | None:
    if n.value <= 0 or 1900 <= n.value <= 2100 or getattr(n, "same_as_previous", False):
        return None
    # (up to 120 characters: a subject with a clause in commas before its verb, "three guards of the night
    # shift, who stood at the gate, were injured")
    after = text[n.end : n.end + 120]
    base = n.end  # where `after` starts in the text
    before = text[max(0, n.start - 80) : n.start]
    if aside := pats["aside_after"].match(after):
        # ("ещё трое, по первым данным, ранены": the aside stands between the count and its verb)
        base = n.end + aside.end()
        after = text[base : base + 80]
    if aside := pats["aside_after_noun"].match(after):
        # ("12 others, including two children, were injured": blanked, the noun's verb is the one after the aside)
        after = after[: aside.start("aside")] + " " * (aside.end("aside") - aside.start("aside")) + after[aside.end("aside") :]
        if next_start is not None and base + aside.start("aside") <= next_start < base + aside.end("aside"):
            # (a number inside the aside is no next count whose verb this one's would be: the year of birth of
            # "один працівник, чоловік 1969 р.н., загинув")
            next_start = None
    if ages := pats["ages_aside"].search(after):
        # ("two men, aged 38 and 64, received wounds": the ages are no count, nor the "and" between them a
        # clause's; blanked with their closing comma, the count's verb is the one after them, and so is one more
        # victim told after them: "four people, aged 23, 45 and 70, and a child were hurt" are five)
        after = after[: ages.start()] + " " * (ages.end() - ages.start()) + after[ages.end() :]
    elif ages := pats["ages_after_noun"].match(after):
        # (their ages right after the noun: "two boys aged 13 and 16 were hurt", "двоє напарників віком 29 і 41 року
        # отримали поранення": blanked likewise, the count's verb after them)
        after = after[: ages.start("ages")] + " " * (ages.end("ages") - ages.start("ages")) + after[ages.end("ages") :]
    if (aside := pats["aside_before"].search(before)) \
            and (prev_end is None or n.start - len(before) + aside.start() >= prev_end):
        # ("пострадали, по словам губернатора, трое"; not an aside that holds a count of its own, a part of the
        # figure before it: "20 поранених, у тому числі четверо дітей, троє загиблих" - the count after it is the
        # next item, with its own noun)
        before = before[: aside.start()] + " "
    if pats["age"].match(after) or pats["duration"].match(after) or pats["age_before"].search(before[-20:]) or pats["subset"].search(before[-40:]) \
            or pats["subset_after"].match(after):
        return None  # "14 років", "aged 64", "24 hours", "including four children", "one of them was hospitalised"
    lead = max(0, n.start - 8)  # the 8 characters before it, within its clause, searched in place
    lead = max((y.end() for y in _LEAD_BREAK.finditer(text, lead, n.start)), default=lead)
    if pats["negation"].search(text, lead, n.start):
        return None  # "not 2 …", but not "Загиблих немає, 4 людини …"
    # ("число погибших возросло до 9, раненых — до 30": the second figure, its verb left out, a running total too)
    # (a long phrase of the attack between the noun and its verb: "the number of people injured in … has increased to 17")
    total = pats["total_before"].search(before) or pats["total_elliptic"].search(text, max(0, n.start - 160), n.start) \
        or pats["total_far"].search(text, max(0, n.start - 220), n.start) or pats["total_after"].match(after)
    if total:
        # (noun2: the verb told before the noun; again: the toll raised once more, "… до четырех, а затем до семи")
        again = total.groupdict().get("again")
        noun = total.group("noun") or total.groupdict().get("noun2") or again or ""
        fld = "killed" if pats["killed"].search(noun) or pats["zero_killed"].search(noun) else "injured"
        if fld == "injured" and not pats["injured"].search(noun):
            # ("the toll has risen to five dead": a noun of neither field, the word after the count says)
            dead, hurt = pats["killed"].search(after[:25]), pats["injured"].search(after[:25])
            if dead is not None and (hurt is None or dead.start() < hurt.start()):
                fld = "killed"
        return Figure(fld, n.value, True, later=bool(again))
    if pats["lives_before"].search(before[-30:]) and pats["lives_after"].match(after):
        return Figure("killed", n.value)  # "the attack took three lives"
    if pats["victims_became"].search(before) and (pats["persons"].match(after) or not _WORD_AFTER.match(after)):
        # "Жертвами удара по дому стали четыре человека", "… стали двое": the dead (people, or a bare count)
        return Figure("killed", n.value, became=True)
    clause = pats["clause_split"].split(after, maxsplit=1)[0]
    if next_start is not None and n.end < next_start <= n.end + len(clause):
        # ("40 людей евакуйовано, поранено 3", "2 тис. жителів залишилися без світла, поранено 3": the victim
        # verb right before the next number is that number's, not this one's)
        head = text[n.end : next_start]
        own = pats["victim_verb"].search(head, max(0, len(head) - 45))
        if own:
            clause = clause[: own.start()]
        elif "," in head and not pats["subset"].search(head) and not pats["age_before"].search(head[-20:]) \
                and not pats["persons"].match(text[(e := _TOKEN.match(text, next_start).end()) : e + 80]):
            # ("evacuated over 200 people, 20 were taken to hospital": the verb after the next number, past a
            # comma, is that number's; not "two men, three women … were injured", one verb for both, nor "nine
            # residents, including three students, were hurt", a part told inside, nor "two women, aged 57 and
            # 43, were hurt", their ages)
            clause = clause[: len(head)]
        elif pats["no_people"].match(after):
            # ("at least six explosions and one hurt man", "four houses and two people were hurt": a count of
            # blasts or things before the next count, the victim word after that one is its own; not "two men and
            # three women were injured", one verb for both)
            clause = clause[: len(head)]
    verb = pats["victim_verb"].search(before[-45:])
    if verb is None and not pats["victim_after"].match(clause):
        # (not "three were killed — two more died in Izium": a count with a verb of its own after it)
        verb = pats["victim_verb_dash"].search(before[-45:])
    if verb is None and pats["persons"].match(after):
        # ("постраждали від атак по всій області 14 людей": the verb before a phrase of cause or place, then the count
        # of people; only people, never a count of things or places the phrase may run into)
        verb = pats["victim_verb_gap"].search(before)
    if verb and (pats["one_of_things"].match(after) or pats["things"].match(after)):
        return None  # "постраждав один з об'єктів", "пострадали два спиртзавода": things, not people
    if verb and pats["victim_verb_of_persons"].match(verb.group(0)) and not pats["persons"].match(after):
        return None  # "the bodies of two downed drones", "of 909 fallen soldiers": no victims of the attack
    if pats["units"].match(after):
        return None  # "у п'ятьох громадах є … поранені": a count of places
    if pats["person_last"].search(before) and (of := pats["one_of_things"].match(after)) \
            and pats["things"].match(after[of.end() :]):
        # ("Поранено власника одного з гаражів - він дістав травму руки": the count right after a person's noun is
        # one of some things, whatever verb follows; the victim is the one the noun tells, read on its own)
        return None
    after_verb = pats["victim_after"].match(clause)
    if verb:
        window = verb.group(0)
    elif (pats["persons"].match(clause) or after_verb) and not pats["things_of_persons"].match(clause) \
            and not pats["things"].match(clause):
        # (not "5 цивільних автомобілів, поранено двох": cars; nor "ещё один жилой дом пострадал": a thing's damage)
        window = clause
    else:
        return None
    k = pats["killed"].search(window)
    i = pats["injured"].search(window)
    if k and (not i or k.start() <= i.start()):  # (at one start: fatal wounds, "ранения, несовместимые с жизнью")
        fld = "killed"
    elif i:
        fld = "injured"
    elif not verb and pats["taken_before"].search(before[-30:]) and (to := pats["to_hospital"].match(window)):
        # "doctors took seven people to the hospital", "медики доставили трёх женщин в больницу": the injured, told
        # by who took them there (i: the hospital's words, as a word of the injured would be)
        fld, i = "injured", to
    else:
        return None
    told = k if fld == "killed" else i
    comma = window.rfind(",", 0, told.start()) if not verb else -1
    if comma >= 0 and (pats["negation"].search(window, comma, told.start())
                       or pats["negation_after"].match(window, told.end())):
        # ("evacuated 150 residents, none were taken to hospital", "эвакуировали 150 жителей, никто не
        # доставлен в больницу", "…, пострадавших нет": the victim word of a clause after the comma is negated,
        # so no victims, and the count before the comma counts the evacuated)
        return None
    # "two men and a woman": three (not "two women and one man", whose "one" is the next count, read on its own;
    # a number blanked in an aside is none: "four people, aged 23, 45 and 70, and a child")
    plus = pats["plus_one"].match(after)
    more = 1 if plus and not (next_start is not None and base <= next_start < base + plus.end()
                              and not after[next_start - base].isspace()) else 0
    # (as one who "has" wounds, "у одного пострадавшего ранение": some of the injured told, as those taken to hospital)
    # (and those someone took to hospital: "медики доставили трёх женщин в ЦРБ, где им диагностировали травмы")
    # (and those the count's noun tells, then the clause's verb takes to hospital: "четверо потерпілих доставлені в
    # шпиталь" after the toll told, some of its injured)
    hospital = fld == "injured" and bool(pats["hospital"].match(window, told.start()) or pats["has_before"].search(before[-4:])
                                         or pats["taken_before"].search(before[-30:])
                                         or (not verb and pats["hospital_after_noun"].match(window, told.end())))
    # ("Всего в результате атаки на город погибли четыре человека", "four people died in total in the attack": a word
    # of the sum in the count's own clause, between the count before it and the count, or after it up to a comma or the
    # next count, makes it the toll, not more victims)
    # (both windows bounded: the 120 characters each side of the count at most)
    start = max(prev_end or 0, n.start - 120)
    start = max([start] + [y.end() for y in _CLAUSE_END.finditer(text, start, n.start)])
    stop = min(n.end + 120, next_start or len(text))
    stop = min([stop] + [y.start() for y in (_CLAUSE_OR_COMMA.search(text, n.end, stop),) if y])
    total = pats["total_cue"].search(before[-40:]) or pats["total_word"].search(text, start, n.start) \
        or pats["total_word"].search(text, n.end, stop)
    treated = fld == "injured" and bool(pats["medical_help"].search(text, start, stop))
    no_stay = fld == "injured" and not hospital and bool(pats["no_hospital_stay"].search(text, start, stop))
    return Figure(fld, n.value + more, bool(total), hospital=hospital, treated=treated, no_stay=no_stay,
                  more=bool(pats["more_before"].search(before[-20:]) or pats["more_after"].match(after)),
                  general=fld == "injured" and bool(pats["both_fields"].match(told.group(0))),
                  approx=getattr(n, "approx", False))


_DIGIT = re.compile(r"\d")
_TOKEN = re.compile(r"\S*")  # (the next number's own word, before what it counts)


def _single_victims(text: str, words: frozenset[str], pats: dict,
                    counted: list[tuple[int, int]]) -> list[tuple[str, int, int, bool, bool, bool]]:
    """Victims named one by one: "a man and a woman were injured", "погиб мужчина"; whether one was told only as
    taken to hospital ("Пострадавшего доставили в больницу": maybe one told hurt before, see settle); and whether
    one was told as known ("the 59-year-old man was injured": the one told before, see settle); and whether one was
    told by a pronoun opening the sentence ("Він отримав поранення": the one just told, see settle)."""
    out: list[tuple[str, int, int, bool, bool, bool]] = []
    # the spans counted, their ends in order, and each pattern's victims taken, in text order: a
    # span's neighbours are found by bisection (a scan of all the spans for each victim was square
    # in a long list of victims)
    overlaps_counted = overlapping(counted)
    ends = sorted(y for _, y in counted)
    taken: list[list[tuple[int, int]]] = []

    def free(a: int, b: int, other: bool = False) -> bool:
        if overlaps_counted(a, b):
            return False  # within a span counted
        if any((j := bisect_left(seen, (b, -1))) and seen[j - 1][1] > a for seen in taken):
            return False  # within a victim taken
        if other:
            return True  # ("Один погиб и второй ранен": the other of two is never the one counted before it)
        # (nor the noun of a number counted in the same clause: "один из мужчин скончался"; the last
        # count ending before it is the nearest)
        k = bisect_right(ends, a)
        return not (k and ends[k - 1] >= a - 80 and not pats["clause_break"].search(text, ends[k - 1], a))

    for pattern, gate in pats["lists"]:
        if gate is not None and not gate.admits(words):
            continue  # (a pattern that cannot match takes no victim)
        taken.append(seen := [])
        for x in pattern.finditer(text):
            if not free(x.start(), x.end()):
                continue
            seen.append((x.start(), x.end()))
            fld = "killed" if pats["killed"].search(x.group("verb")) else "injured"
            # (told only by their treatment, "жінка і чоловік лікуються амбулаторно": maybe those told hurt before)
            hospital = bool(x.groupdict().get("hospital"))
            for _ in pats["list_item"].finditer(x.group("list")):
                out.append((fld, x.start(), x.end(), hospital, False, False))
    for pattern, gate in pats["one_victim"]:
        if gate is not None and not gate.admits(words):
            continue
        taken.append(seen := [])
        for x in pattern.finditer(text):
            if not free(x.start(), x.end(), bool(x.groupdict().get("other"))):
                continue
            if pats["negation"].search(text, max(0, x.start() - 8), x.start()) \
                    or pats["plural_victim"].search(x.group("verb")):
                continue  # "не постраждав чоловік", "Серед мирних жителів постраждалих немає"
            seen.append((x.start(), x.end()))
            fld = "killed" if pats["killed"].search(x.group("verb")) or pats["fatal_after"].match(text, x.end()) \
                else "injured"
            # ("a married couple was injured", "пострадала супружеская пара": two of them)
            g = x.groupdict()
            out.extend([(fld, x.start(), x.end(), bool(g.get("hospital")), bool(g.get("known")), bool(g.get("pronoun")))]
                       * (2 if g.get("pair") else 1))
    taken.append(seen := [])
    for x in pats["of_victims"].finditer(text):
        # "сообщил о гибели местного жителя"
        if free(x.start(), x.end()):
            seen.append((x.start(), x.end()))
            out.append(("killed" if pats["killed"].search(x.group(0)) else "injured", x.start(), x.end(), False, False, False))
    return out


def _zeros(text: str, pats: dict) -> set[str]:
    """The fields an explicit "none" rules out: "no casualties" both, "без жертв" the dead."""
    fields: set[str] = set()

    def ruled_out(word: str, killed: re.Pattern[str]) -> tuple[str, ...]:
        """The fields one negated word speaks of: the dead, the injured, or (a general word) both."""
        if killed.search(word):
            return ("killed",)
        if pats["zero_injured"].search(word):
            return ("injured",)
        return tuple(FIELDS)

    def nouns(window: str, told: str = "zero_nouns") -> None:
        first = pats[told].search(window)
        if first is None or pats["zero_info"].search(window, 0, first.start()):
            return  # "no information about casualties": not a zero
        for y in pats[told].finditer(window):
            fields.update(ruled_out(y.group(0), pats["zero_killed"]))

    for x in pats["zero_before"].finditer(text):
        window = text[x.end() : x.end() + 60]
        stops = [y.start() for y in (pats["zero_stop"].search(window), _DIGIT.search(window)) if y]
        nouns(window[: min(stops)] if stops else window)  # up to the clause's end, or a count
    for x in pats["zero_after"].finditer(text):
        # (a long clause too: "Загиблих серед мешканців села та пошкоджень приватних будинків не зафіксовано")
        window = text[max(0, x.start() - 90) : x.start()]
        if pats["zero_info_last"].search(window):
            continue  # "о раненых сведений не поступало": no information, not a zero
        stops = list(pats["zero_stop"].finditer(window))
        nouns(window[stops[-1].end() :] if stops else window)
        if pats["zero_avoided"].match(text, x.start()):
            # ("ранения людей и разрушений удалось избежать": what was avoided, the singular noun too)
            nouns(window[stops[-1].end() :] if stops else window, "zero_avoided_nouns")
    for x in pats["zero_absent"].finditer(text):
        # ("Загиблі та поранені після удару відсутні": the victims' nouns as its subject, in its clause)
        # (a comma ends it too: "Поранені госпіталізовані, загиблі відсутні" rules out the dead only)
        window = text[max(0, x.start() - 90) : x.start()]
        stops = [y.end() for y in pats["zero_stop"].finditer(window)] + [window.rfind(",") + 1]
        nouns(window[max(stops) :], "zero_subject_nouns")
    for x in pats["not_hurt"].finditer(text):
        # (each verb it negates: "никто не погиб и не пострадал" rules out the dead and the injured)
        for g in x.groups():
            if g:
                fields.update(ruled_out(g, pats["killed"]))
    return fields


# a sentence that opens a quote, or closes one at its end or before its teller ('…», – указав чиновник', '…," the mayor said')
# (each optional piece owns its spaces, "\s*(?:,\s*)?" not "\s*,?\s*": two runs of spaces side by side split a
# long run every way before failing, quadratic in it)
_QUOTED = re.compile(r'^\W*"|[.!?]"\s*$|"\s*(?:,\s*)?(?:-\s+)?[^\W\d_][\w\'’-]*(?:\s+[\w\'’-]+){0,6}\s*(?:[.!]\s*)?$')


def quoted(text: str) -> bool:
    """Whether a sentence opens a quote or closes one before naming its teller: the words of the one the
    report quotes, which often retell what the report's lead told in its own words."""
    return bool(_QUOTED.search(text))


_REPEAT_WORDS = 8  # words a sentence of the body needs before telling it twice word for word is a repetition


def said(text: str) -> str:
    """The words of a sentence, to know it told again word for word, and its full stop: a headline's words
    closed by one are the body's lead telling them ("… three people were injured, the governor reported."
    under the same headline), a line without one the headline printed again."""
    stop = "." if text.rstrip().endswith((".", "!", "?", ":", ";")) else ""
    return " ".join(re.findall(r"\w+", text.lower())) + stop


def _once(statements: list[Statement]) -> tuple[list[Statement], list[Statement]]:
    """The body and the headlines, each sentence told twice word for word read once: a copy of a headline
    (the title line printed twice, with no full stop) is a headline, and a sentence of the body told again later (a
    standfirst above the body, a lead repeated) is read where it is told last, among the sentences it
    belongs with. (Not a short one, which two places' paragraphs may each tell: "Two people were injured.")"""
    heads = {s.said for s in statements if s.title and s.said}
    last: dict[str, int] = {}
    for s in statements:
        if not s.title and s.said.count(" ") + 1 >= _REPEAT_WORDS:
            last[s.said] = max(last.get(s.said, s.sentence), s.sentence)
    body, titles = [], []
    for s in sorted(statements, key=lambda s: s.sentence):
        s.repeated = not s.title and (s.said in heads or last.get(s.said, s.sentence) != s.sentence)
        if s.title or s.said in heads:
            titles.append(s)
        elif not s.repeated:
            body.append(s)
    return body, titles


def _own(body: list[Statement]) -> list[Statement]:
    """The body without the retellings of an outlet's earlier story told after a figure of the report's own (and
    without a day's tally told after victims of its own)
    ("… 6 hurt in Ovid. … As UNN reported, one died and two were hurt in Ovid": the
    earlier stage of the toll, or another attack's; the only figures told, they are the report's)."""
    told = victims = False
    own = []
    for s in body:
        if (s.retelling and told) or (s.tally and victims):
            continue
        own.append(s)
        told |= any(f.value is not None for f in s.figures)
        victims |= any(f.value for f in s.figures)
    return own


def _within_figure(s: Statement, base: Statement) -> bool:
    """Whether ``s`` may tell details of the figure ``base`` told: it names no place, or places in the
    base's regions, and, for a figure told for a town or district, that town or district."""
    places, local = (base.towns, True) if not base.places and base.towns else (base.places, base.local)
    if not s.places:
        # (not one told in another region's incident: "… трех погибших [Zolochiv]. … Глава Харьковской ОВА
        # сообщил о взрывах в Изюмском районе. Погиб один человек": the Kharkiv toll, no detail of the first;
        # nor, for a town's figure, one told in an incident of other towns or districts: "In Ovid 15 were hurt. …
        # Drones also hit the Mirny district. Two people were injured")
        mine, theirs = s.regions or s.context, base.regions or base.context
        return (not mine or not theirs or bool(mine & theirs)) \
            and (not local or not s.scene or bool(s.scene & places) or _in_wide(mine, base))
    # (or, in an official's quoted words, the towns its districts are named after: "A man was hurt in a village of the
    # Ovid district. … «A civilian was wounded in the Ovid municipality», the governor said" retells the same victim; not
    # the reporter's next item, "In Ovid, a woman was hurt", see _centres_of_its_districts)
    return (not base.regions or not s.regions or bool(s.regions & base.regions)) \
        and (not local or bool((s.places | s.cities) & places) or _in_wide(s.regions, base)
             or (s.quoted and _centres_of_its_districts(s, base)))


def _in_wide(regions: frozenset[str], base: Statement) -> bool:
    """Whether places of ``regions`` lie in a region ``base`` named whole beside its towns (``Statement.wide``):
    "… on Sumy and on a town in Chernihiv Oblast killed four. … Novhorod-Siverskyi: four were killed" tells
    where the four were."""
    return bool(regions) and regions <= base.wide


@dataclass
class _Toll:
    """One field's toll as :func:`settle` reads it, statement by statement."""

    figure: int | None = None  # the toll as told so far
    parts: int = 0  # details told since the figure was summed up
    base: Statement | None = None  # the statement that summed it up
    # the last figure that added victims, and its details told since ("загинули 7 … П'ятеро в Донецькій
    # області, одна людина – в Херсонській": its own details, not more victims)
    added: Statement | None = None
    added_parts: int = 0
    where: set[str] = field(default_factory=set)  # the places of the figures told
    regions: set[str] = field(default_factory=set)  # and their regions
    towns: set[str] = field(default_factory=set)  # the places of the figures told for towns (a region holds any district)
    last: tuple[int, Statement] | None = None  # the figure read last, and its statement
    # the figures that added victims, by their value: the places each was told for (:func:`_place_retold`)
    by_places: dict[int, set[frozenset[str]]] = field(default_factory=dict)
    # a running total that rose from the figure told before it ("знайшли тіло однієї людини … пізніше число загиблих зросло до чотирьох"):
    # by how many, while no other figure has been read since (:func:`_rise_told`)
    rise: int = 0
    # the toll was first told as a running total, from a figure the report never told ("Число пострадавших возросло до
    # четырех"), and no other figure has been read since: the victims it rose by are some of it (:func:`_rise_told`)
    rose: bool = False
    held: int = 0  # how many of the figure summed up were told taken to hospital since (:func:`_hospitalised_of_told`)
    # the figure summed up told some of its victims after its colon, the rest to follow ("чотири людини: двоє чоловіків …
    # Ще двоє постраждалих …"): its next parts, told as "more", are the rest (:func:`_adds`)
    listed: bool = False
    # the towns that every figure kept since the toll was summed up was told in, by a city district of theirs (empty
    # once one was told elsewhere): a town's larger toll holds them (:func:`_town_holds_districts`)
    in_towns: frozenset[str] = frozenset()

    @property
    def prev(self) -> Statement | None:
        """The statement of the figure read last."""
        return self.last[1] if self.last is not None else None


@dataclass(frozen=True)
class _Told:
    """A statement's figure of one field, as :func:`settle`'s rules ask it of the toll told before it."""

    s: Statement
    fld: str
    mine: list[Figure]  # its figures of the field
    v: int  # the figure it tells: its running total's, else its figures' sum
    totals: bool  # it tells a running total ("the number has risen to 6")
    elsewhere: bool  # told for other places or regions than the figures told before it
    within: bool  # it may tell details of the summed-up figure (:func:`_within_figure`)
    more: bool  # it tells more victims, never the figure retold nor its details (:func:`_adds`)


def _hospitalised_of_told(t: _Told, toll: _Toll) -> bool:
    """"Nine people were hurt, the governor said. Four of them are in hospital": some of the injured
    just told, taken to hospital, no more victims (and not the figure read last)."""
    return toll.last is not None and t.v <= toll.last[0] and all(f.hospital for f in t.mine if f.value) \
        and not t.totals and not t.s.more and not t.elsewhere and _within_figure(t.s, toll.last[1])


def _rest_of_hospitalised(t: _Told, toll: _Toll) -> bool:
    """"Five were hurt. Three of them are in hospital. Two more were lightly hurt and refused hospitalisation":
    after some of the toll told taken to hospital, the others told as "more" with care that kept them out of it,
    exactly as many as the toll leaves, are its rest (not more than it leaves, nor told for other places, nor
    "Later two more asked for help")."""
    return toll.figure is not None and toll.held > 0 and toll.held + t.v == toll.figure and toll.added is None \
        and not t.totals and not t.elsewhere and all(f.no_stay for f in t.mine if f.value)


def _adds(s: Statement, mine: list[Figure], v: int, toll: _Toll) -> bool:
    """Whether a statement tells more victims: it opens with "Також …", or tells its figures as more of them
    ("Відомо про одного постраждалого. … про ще одного постраждалого") with none of the figure's details pending
    (right after it, or after all of them; "Двоє — у Харкові, ще один — у Чугуєві" after "поранено трьох" is its
    next detail). Only where neither it nor the statement before tells the other field, whose victims the "more"
    may be told after ("Загинула людина, ще одна поранена", "killed two and injured two others … Another two
    people were injured": the same two); and not the same "ще одного постраждалого" told and then quoted."""
    if s.more:
        # ("За добу поранено трьох. У A … поранено водія. Ще один дрон атакував будинок у B, поранено двох": a toll
        # told first, then its parts strike by strike; not after a toll of one strike told whole: "поранено фермера.
        # Ще один дрон атакував авто, поранено водія" is one more)
        # (nor, once the parts of a stated toll have begun to be told, one more of them told "also" while they still fit
        # in it: "19 hurt in Ovid. The governor named two women. «A woman of 70 … A pregnant woman was also hurt»")
        # (nor after a toll that began to list its victims after a colon: "four were hurt: two men … Two more victims …")
        return not ((s.next_strike or s.quoted or toll.listed) and toll.figure is not None and toll.added is None
                    and 0 < toll.parts and toll.parts + v <= toll.figure)
    if toll.last is None or toll.parts not in (0, toll.figure) or not all(f.adds for f in mine if f.value):
        return False
    prev = toll.last[1]
    if not all(f.field == mine[0].field for f in (*s.figures, *prev.figures) if f.value):
        return False
    return not ((s.quoted or prev.quoted) and toll.last[0] == v and all(f.adds for f in prev.figures if f.value))


def _earlier_stage(t: _Told, toll: _Toll) -> bool:
    """"по последним данным, погибли 4 … Позже число погибших увеличилось до двух": a toll that rose
    to less than the one told is an earlier stage retold, never the toll now (not a toll of one of
    several places summed: "in Izium 2 … in Kharkiv it rose to 3")."""
    return toll.figure is not None and t.v < toll.figure and toll.added is None and t.within \
        and not t.elsewhere and not t.more and t.totals


def _earlier_told(t: _Told, toll: _Toll) -> bool:
    """"Nine were hurt in Ovid, the governor said. … Earlier he had said that three were hurt": what was said before,
    naming no place of its own, no more than the toll told and not told as more, is an earlier stage of it (not
    "Earlier in the day, one was killed in Mirny": another place's victims)."""
    return t.s.earlier and toll.figure is not None and t.v <= toll.figure and not t.s.places and not t.elsewhere \
        and not t.more and not t.s.more and not any(f.more or f.adds for f in t.mine)


def _rise_told(t: _Told, toll: _Toll) -> bool:
    """"The body of one man was found. Later the toll rose to three. The bodies of two more were found under the
    rubble": right after a running total that rose from the figure told, the victims told as more, exactly as many
    as it rose by, are those it counts (not more than them, nor told for other places); and after a running total
    the report opens with ("The number of injured has risen to four. Two more people suffered a stress reaction"),
    fewer than it, some of those it rose by."""
    return (toll.rise > 0 and t.v == toll.rise or toll.rose and toll.figure is not None and t.v < toll.figure) \
        and not t.totals and not t.elsewhere \
        and (t.s.more or any(f.more or f.adds for f in t.mine))


def _sums_up(t: _Told, toll: _Toll) -> bool:
    """The first figure, or a running total: the toll now, whatever was told before."""
    return toll.figure is None or t.totals


def _known_retold(t: _Told, toll: _Toll) -> bool:
    """"A 59-year-old man was hurt in Ovid. … the 59-year-old man was injured when a drone hit the Mirny district of the
    city": one victim told by the article and his age is one already counted, even where the sentence names a place
    not told before (not one told as more: "also", "another")."""
    return toll.figure is not None and t.v <= toll.figure and any(f.known for f in t.mine) \
        and all(f.known for f in t.mine if f.value) \
        and not t.totals and not t.s.more and not any(f.more or f.adds for f in t.mine)


def _same_retold(t: _Told, toll: _Toll) -> bool:
    """The same figure again, for no other place: the same victims retold."""
    return t.v == toll.figure and not t.elsewhere and not t.more


def _place_retold(t: _Told, toll: _Toll) -> bool:
    """"… as a missile attack wounded 12 people in Poltava. … Three firefighters were hurt in Novomoskovsk. …
    Meanwhile, in Poltava, two missiles hit the city, wounding 12": the figure a town was told with, told
    again for that town (or for one of the places it was told with) after another place's, is its victims
    retold (not "12 more", nor a running total; nor one victim, whom a town's next story may tell: "a man was hurt
    in Kharkiv … in Odesa two … in Kharkiv a woman was hurt")."""
    return t.v > 1 and bool(t.s.places) and any(t.s.places <= places for places in toll.by_places.get(t.v, ())) \
        and not t.more and not t.totals and not t.s.more and not any(f.more or f.adds for f in t.mine)


def _quote_retells_lead(t: _Told, toll: _Toll) -> bool:
    """"One person was killed and one injured in the Zaporizhzhia district, the governor said. «… fishermen
    in Bilenke Pershe. One person died, another was wounded», he wrote": the quote retells, naming the
    village, what the lead told for its district or region (not a second town's: a town's figure)."""
    s, prev = t.s, toll.prev
    return t.v == toll.figure and s.quoted and not t.more and prev is not None and not prev.local \
        and not prev.title and s.local and (not s.regions or not toll.regions or bool(s.regions & toll.regions))


def _quote_holds_lead(t: _Told, toll: _Toll) -> bool:
    """"The injured man died in hospital. «One person was killed on the spot, another man taken to hospital
    died», the governor wrote": the quote's whole toll, whose victims after its first are the lead's (as many as
    the lead told), holds the lead's figure (not a quote that adds them: "Also …", nor one told for other places)."""
    s, prev = t.s, toll.prev
    told = [f.value for f in t.mine if f.value]
    return toll.figure is not None and len(told) > 1 and sum(told[1:]) == toll.figure and t.v > toll.figure \
        and s.quoted and not s.more \
        and not t.totals and toll.added is None and prev is not None and not prev.quoted and not prev.title \
        and not t.elsewhere and (toll.base is None or t.within)


def _region_retells_towns(t: _Told, toll: _Toll) -> bool:
    """"At least one person was killed in a strike on Rivne. … at least one person was killed in the
    night strikes on the Rivne region": the region's toll, equal to the one told for its towns, is the
    same victims (not "another one was killed in the region", "one more was killed in …": more)."""
    s, prev = t.s, toll.prev
    return t.v == toll.figure and not s.more and not any(f.more for f in t.mine) and bool(s.places) and s.regional \
        and prev is not None and prev.local and bool(s.regions) and s.regions <= toll.regions


def _town_and_region_around(t: _Told, toll: _Toll) -> bool:
    """"Мер: двоє загиблих [Lviv]. … голова ОВА повідомив про трьох загиблих у Львові й області": the toll of
    the town and the region around it, larger than the town's, holds it (not one of another town:
    "In Kharkiv two were killed. In Sumy and the region, three": more victims)."""
    s = t.s
    return t.v > toll.figure and bool(s.around) and not s.more and toll.where <= s.around | s.places \
        and (not toll.regions or toll.regions <= s.regions)


def _town_holds_districts(t: _Told, toll: _Toll) -> bool:
    """"In the Ovid district one person sought help. … In the Mirny district a man was injured. … Later the mayor said: in
    Lisove two people were injured": where every figure kept was told for a city district of a town, that town's own
    larger figure is its toll now, which holds theirs (not one told as more: "two more were injured in Lisove")."""
    s = t.s
    # (a sentence, not a line without a full stop: "Drone attack on Lisove: debris hits homes, three injured" is another
    # story's headline printed in the body)
    return toll.figure is not None and t.v > toll.figure and bool(toll.in_towns) and s.local and s.said.endswith(".") \
        and bool(s.places & toll.in_towns) and not t.more and not s.more and not any(f.more or f.adds for f in t.mine)


def _outgrown_summary(t: _Told, toll: _Toll) -> bool:
    """"Four were killed and five wounded in strikes across the country. … In Ovid, eight people were wounded": a
    toll of several attacks that names no place, of which nothing has been told since, is outgrown by one place's
    larger figure (the summary was an earlier count; the place's victims are among the country's), not more victims
    beside it (not a figure told as more: "eight more were wounded in Ovid", nor a running total of its own). Only a
    place of the summary's country (not "In Belgorod, Ukrainian drones wounded seven" after Russian strikes across
    Ukraine: the other side's victims), told for no other day than the summary's (not "In Ovid, on Tuesday, …" after
    Monday's)."""
    base = toll.base
    return base is not None and base.several and not base.places and not base.title and toll.last is not None \
        and base.country is not None and t.s.country == base.country and t.s.days <= base.days \
        and toll.last[1] is base and toll.added is None and toll.parts == 0 and toll.figure is not None \
        and t.v > toll.figure and bool(t.s.places) and t.s.said.endswith(".") and not t.totals and not t.more \
        and not t.s.more \
        and not any(f.more or f.adds for f in t.mine)


def _detail(t: _Told, toll: _Toll) -> bool:
    """Details of the summed-up figure, told for no place, for its places or in its region, adding up
    to no more than it (not the same figure again for other towns or districts than a town's or
    district's figure: "В Обухівському районі травмовано чоловіка. … в Броварах постраждала жінка"; but the
    same figure told for districts of the town it was told for is where its victims were: "Двоє поранених у
    Києві. … Відомо про двох потерпілих в Оболонському та Дарницькому районах")."""
    return toll.parts + t.v <= toll.figure and t.within and not t.more \
        and not _other_district(t.s, toll.base) \
        and not (t.v == toll.figure and t.elsewhere and not toll.base.regional
                 and not (t.s.cities & toll.base.places)
                 and not _in_wide(t.s.regions or t.s.context, toll.base)
                 and not _centres_of_its_districts(t.s, toll.base))


# the gazetteer's type words of a district or hromada's name ("Kupiansk Raion", "Grayvoronsky District")
_UNIT_NAME_ENDINGS = (" raion", " district", " hromada", " okrug")


# the type words of a district's name that a hromada of it never bears ("Kupiansk Raion", "Grayvoronsky District")
_DISTRICT_NAME_ENDINGS = (" raion", " district", " okrug")


def _other_district(s: Statement, base: Statement) -> bool:
    """Whether ``s`` names only districts, none of those ``base`` told its figure for, and ``base`` only districts: "в
    Купянском районе ранены 5 человек. … В Харьковском районе 1 ранен" tells another district's victim, no detail of the
    five (a district holds no other district; a hromada or a village of it may be where its victims were)."""
    return bool(s.places) and bool(base.places) and s.places.isdisjoint(base.places) \
        and all(p.endswith(_DISTRICT_NAME_ENDINGS) for p in (*s.places, *base.places))


def _centres_of_its_districts(s: Statement, base: Statement) -> bool:
    """Whether each place ``s`` names is the town a district or hromada of ``base`` is named after: "Есть погибший
    в Купянском, Изюмском районах. … В Купянске мужчина умер в больнице" tells where the one told died (not a town of
    another district: "В Обухівському районі травмовано чоловіка. … в Броварах постраждала жінка" is one more)."""
    units = [b for b in base.places if b.endswith(_UNIT_NAME_ENDINGS)]
    return bool(s.places) and bool(units) and all(any(u != p and _named_after(u, p) for u in units) for p in s.places)


def _named_after(unit: str, town: str) -> bool:
    """Whether a district's name is its town's adjective: the town's name whole, or all but its last one or two
    letters ("Shebekino" / "Shebekinsky District", "Valuyki" / "Valuysky District", "Sumy" / "Sumskyi Raion"; not
    "Kursk" / "Kurchatovsky District")."""
    need = len(town) - (2 if len(town) >= 6 else 1)
    return unit.startswith(town) or unit[:need] == town[:need] and len(os.path.commonprefix([unit, town])) >= need


def _district_retells_centre(t: _Told, toll: _Toll) -> bool:
    """"В Шебекино ранены два человека. … в Шебекинском округе пострадали двое": the same figure told next for the
    district named after the town it was told for (which holds the town) is the same victims (not told as more)."""
    prev = toll.prev
    return t.v == toll.figure and prev is not None and prev.local and not t.more and not t.totals and not t.s.more \
        and not any(f.more or f.adds for f in t.mine) and _centres_of_its_districts(prev, t.s) \
        and _names_no_other_locality(t.s, prev)


def _names_no_other_locality(s: Statement, prev: Statement) -> bool:
    """Whether ``s`` names no place but districts, hromadas and the places ``prev`` named: "У Мирненському районі, в
    селі Лугове, поранено жінку" after "У Мирному поранено чоловіка" tells a village of the district, other victims
    (the district's own retelling names no locality of its own)."""
    return all(p.endswith(_UNIT_NAME_ENDINGS) or p in prev.places for p in s.places)


def _part_of_several(t: _Told, toll: _Toll) -> bool:
    """"Overnight strikes on Mykolaiv and Sumy killed four. … In Mykolaiv two men were killed. … Separately, in the
    Sumy region, two women died": the summed-up figure told for several attacks holds the victims each attack's
    story tells, in its regions (in any, when it named none), as long as they add up to no more than it (the
    reading whose parts reach the stated toll; a rounded toll, "over 30", holds exact parts that add up to more);
    told as more ("two more were killed") they add to it, and a lead of one strike's toll ("A strike on Mykolaiv
    killed two. Separately, in Sumy, …") is no sum of several."""
    base = toll.base
    if base is None or not base.several or base.title or toll.added is not None or t.totals \
            or any(f.more or f.adds for f in t.mine):
        return False
    if toll.parts + t.v > toll.figure and not any(f.approx for f in base.figures if f.field == t.fld):
        # (a rounded toll, "injuring over 30", holds the attacks' exact figures that add up to more: 9 + 25)
        return False
    mine = t.s.regions or t.s.context
    return not base.regions or (bool(mine) and mine <= base.regions)


def _detail_of_added(t: _Told, toll: _Toll) -> bool:
    """The victims added last, told again place by place (not a figure of no place: a live post's
    "ще одна постраждала" after its new figure is one more), or added as "ще один" and then told who he
    was ("… про ще одного постраждалого. Чоловіка госпіталізували з порізами")."""
    return toll.added is not None and (bool(t.s.places) or any(f.adds for f in toll.added.figures if f.field == t.fld)) \
        and not t.more \
        and toll.added_parts + t.v <= toll.added.counted.get(t.fld, 0) and _within_figure(t.s, toll.added)


def _wounds_of_dead(s: Statement, prev: Statement | None) -> bool:
    """"Загинув 50-річний чоловік. Він отримав осколкові поранення": a pronoun's wounds right after the one person told
    killed (and no one told injured there) are the dead person's, no one injured (``prev``: the body's statement
    before ``s``)."""
    mine = [f for f in s.figures if f.field == "injured" and f.value]
    if not mine or s.more or not all(f.pronoun and not f.more and not f.adds for f in mine) \
            or any(f.field == "killed" and f.value for f in s.figures):
        return False
    if prev is None:
        return False
    return prev.sentence >= s.sentence - 1 and [f.value for f in prev.figures if f.value] == [1] \
        and any(f.field == "killed" for f in prev.figures if f.value)


# what a statement's figure is to the toll told before it: the verdict of the first rule that holds,
# else more victims ("more"). "hospitalised" and "retold" add nothing; "sum_up" makes it the toll;
# "detail" and "added_detail" are parts of the summed-up figure, or of the figure added last.
_RULES = (
    (_hospitalised_of_told, "hospitalised"),
    (_rest_of_hospitalised, "detail"),
    (_earlier_stage, "retold"),
    (_earlier_told, "retold"),
    (_rise_told, "retold"),
    (_sums_up, "sum_up"),
    (_known_retold, "retold"),
    (_same_retold, "retold"),
    (_place_retold, "retold"),
    (_quote_retells_lead, "retold"),
    (_quote_holds_lead, "sum_up"),
    (_region_retells_towns, "retold"),
    (_district_retells_centre, "retold"),
    (_town_and_region_around, "sum_up"),
    (_town_holds_districts, "sum_up"),
    (_outgrown_summary, "sum_up"),
    (_detail, "detail"),
    (_part_of_several, "detail"),
    (_detail_of_added, "added_detail"),
)


def settle(statements: list[Statement]) -> None:
    """Read the document's figures in order and keep, per field, those that add
    victims (``Statement.counted``): retellings and details of a told figure are
    left out, a running total replaces what was told before it (:data:`_RULES`). Headlines count
    only where the body tells nothing of that field. A sentence told twice word for word is read once."""
    body, titles = _once(statements)
    body = _own(body)
    # (whose victims a statement its words told no country of tells: those of the regions it was given since; placeless,
    # its incident's, else the one country of all the report's places)
    lands = {r.split("-")[0] for s in statements for r in s.regions}
    for s in statements:
        if s.country is None:
            own = {r.split("-")[0] for r in s.regions} or (set() if s.places else {r.split("-")[0] for r in s.context}
                                                            or lands)
            s.country = next(iter(own)) if len(own) == 1 else None
    settled: dict[str, int] = {}  # the body's toll of each field read so far
    before = {id(s): prev for prev, s in pairwise(body)}  # (each statement's one before it in the body)
    for fld in FIELDS:
        told = [s for s in body if any(f.field == fld for f in s.figures)]
        if not told:
            told = [s for s in titles if any(f.field == fld for f in s.figures)]
        toll = _Toll()
        unknown = False
        zeros: list[Statement] = []
        for s in told:
            mine = [f for f in s.figures if f.field == fld]
            if unknown and toll.figure is None and mine and all(f.among for f in mine):
                continue  # ("Є постраждалі. Серед поранених двоє дітей": some of victims told without a number)
            unknown |= any(f.value is None for f in mine)
            values = [f.value for f in mine if f.value]
            stated = sum(f.value for f in mine if f.value and not f.hospital and not f.total)
            kept = [f.value for f in mine if f.value and not (f.hospital and not f.more)]
            if stated and len(kept) < len(values) and sum(values) - sum(kept) <= stated \
                    and not all(f.more for f in mine if f.value and not f.hospital):
                # "two were injured, and one man was hospitalised": some of those the sentence told (not
                # "two more were hospitalised", nor the others told as more than them: "одну людину
                # госпіталізовано, ще одній надали допомогу на місці")
                values = kept
            if not values:
                if any(f.value == 0 for f in mine):
                    zeros.append(s)
                continue
            where, regions, towns = toll.where, toll.regions, toll.towns
            elsewhere = (bool(s.places) and bool(where) and s.places.isdisjoint(where)) or (
                bool(s.regions) and bool(regions) and s.regions.isdisjoint(regions)) or (
                not s.places and bool(s.scene) and bool(towns) and s.scene.isdisjoint(towns))
            if not elsewhere and any(f.later for f in mine):
                # (the toll as known later, for the places told: a running total)
                mine = [replace(f, total=True) if f.later and f.value else f for f in mine]
            totals = [f.value for f in mine if f.value and f.total]
            if totals and elsewhere and s.local and len(values) == 1 and toll.figure is not None:
                # ("In Mirne two people were killed. In Lisove three died in total": a locality's own total, told for
                # none of the places told before, is that place's toll, more victims; not a total told beside the
                # place's own figure, "In Lisove three were killed, and in all five died in the region")
                totals = []
            prev = before.get(id(s))
            if not totals and prev is not None and prev.summary and prev.sentence == s.sentence - 1 \
                    and not any(f.field == fld and f.value for f in prev.figures) and toll.figure is not None \
                    and sum(values) > toll.figure and not elsewhere and not s.more and not any(f.more or f.adds for f in mine):
                # ("… ещё шесть ранены. Всего погибли четыре человека. Помощь оказали 12 пострадавшим": the sum goes on, 12 in all)
                totals = [sum(values)]
            if not totals and toll.figure is not None and sum(values) > toll.figure and all(f.treated for f in mine if f.value) \
                    and not elsewhere and not s.more and not any(f.more or f.adds for f in mine):
                # ("шестеро поранені. Медичну допомогу надано 12 постраждалим": all those treated, the six among them)
                totals = [sum(values)]
            v = sum(totals) if totals else sum(values)  # "3 injured, the number has risen to 6": 6
            # details of a summed-up figure: told for no place, for its places, or in its region
            within = toll.base is not None and _within_figure(s, toll.base)
            t = _Told(s, fld, mine, v, bool(totals), elsewhere, within, _adds(s, mine, v, toll))
            if fld == "injured" and toll.figure is None and v <= settled.get("killed", 0) and not t.more \
                    and not elsewhere and all(f.general for f in mine if f.value) \
                    and not any(f.field == "killed" for f in s.figures):
                # "A strike on Aa killed four people. Two victims were teenagers.": a word of both fields told of
                # no more than the dead, with no injured before it, tells who the dead were (not 2 injured)
                continue
            if fld == "injured" and toll.figure is None and _wounds_of_dead(s, before.get(id(s))):
                continue
            verdict = next((verdict for rule, verdict in _RULES if rule(t, toll)), "more")
            rise = v - toll.figure if verdict == "sum_up" and t.totals and toll.figure is not None else 0
            if verdict != "hospitalised":
                toll.rise = max(0, rise)
                toll.rose = verdict == "sum_up" and t.totals and toll.figure is None
            if verdict != "hospitalised":
                toll.last = (v, s)
            if verdict == "hospitalised" and toll.last is not None and toll.last[1] is toll.base:
                toll.held += v
            if verdict in ("hospitalised", "retold"):
                continue
            if verdict == "sum_up":
                if toll.figure is not None:
                    for other in told:
                        other.counted.pop(fld, None)
                toll.figure, toll.parts, toll.base, toll.added, toll.held = v, 0, s, None, 0
                toll.by_places = {}
                s.counted[fld] = v
                listed = sum(f.listed for f in mine)
                toll.listed = 0 < listed < v and len([f for f in mine if f.value]) == 1
                toll.parts = listed if toll.listed else 0
                toll.in_towns = s.cities
            elif verdict == "detail":
                toll.parts += v
            elif verdict == "added_detail":
                toll.added_parts += v
            else:
                toll.figure += v
                toll.parts = toll.figure
                s.counted[fld] = v
                toll.added, toll.added_parts = s, 0
                toll.in_towns &= s.cities
            if verdict in ("sum_up", "more") and (s.places or s.scene):
                # (naming no place, told for the towns of its incident: "18 died, 56 injured" in a story of Kryvyi Rih;
                # each figure kept, not the last one told there only)
                toll.by_places.setdefault(v, set()).add(frozenset(s.places or s.scene))
            where |= s.places
            regions |= s.regions
            if s.local:
                towns |= s.places
        figure = toll.figure
        heads = [(f.value, s) for s in titles for f in s.figures if f.field == fld and f.value]
        # (not the dead and injured summed up by a general word: "пятеро пострадавших" above "погиб
        # мужчина, ещё четверо ранены")
        both = figure + sum(v for f, v in settled.items() if f != fld) if figure is not None else None
        if figure is not None:
            settled[fld] = figure
        other = next(f for f in FIELDS if f != fld)
        # (nor a headline that tells the body's two figures with their fields swapped: "Четверо раненых, двое
        # погибших" over a body of four dead and two injured)
        swapped = figure is not None and heads and settled.get(other) == max(heads, key=lambda x: x[0])[0] \
            and max((f.value for s in titles for f in s.figures if f.field == other and f.value), default=None) == figure
        if figure is not None and told and not told[0].title and heads and max(heads, key=lambda x: x[0])[0] > figure \
                and max(heads, key=lambda x: x[0])[0] != both and not swapped:
            # "Russian drones injure 6 …" above a body that numbers two of them, "пятеро погибших
            # (обновлено)" above the body's first count: a headline's larger figure is the toll
            value, head = max(heads, key=lambda x: x[0])
            for other in told:
                other.counted.pop(fld, None)
            head.counted[fld] = figure = value
        if figure is not None or not unknown:
            for s in zeros:  # "no one was hurt" there (victims told without a number leave it open)
                s.counted[fld] = 0
    # "… injuring a woman. Doctors fought for her life, but she could not be saved": the one victim told
    # injured just before died, and is no longer among the injured (not one told injured somewhere else)
    hurt: Statement | None = None
    for s in body:
        # (naming no place, the scene of the incident it was told in: "Earlier, in Ivanovka, a drone hit a lorry.
        # The driver succumbed to his wounds" is not the one told injured in another district)
        scene = s.places or s.scene
        if any(f.died for f in s.figures) and s.counted.get("killed") == 1 and hurt is not None \
                and not (hurt.places and scene and hurt.places.isdisjoint(scene)):
            hurt.counted["injured"] -= 1
            hurt = None
        elif s.counted.get("injured"):
            hurt = s
