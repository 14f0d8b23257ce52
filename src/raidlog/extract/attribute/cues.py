"""The lexicon's patterns attribution reads (compiled once per language), the families
that gate them, and the kinds of event a sentence tells.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

from raidlog.extract.breakdown import bracketed_abbreviation
from raidlog.extract.mentions import Mentions
from raidlog.extract.weapons import Count, of_them_after
from raidlog.lexicon import gates, may_match

gates.declare({
    "incidents": ("INCIDENTS:values",),
    "locations": ("LOCATIONS",),  # _located: every count is followed by a locations word
    # asked of every sentence that tells no claim ("это произошло …", "працює ППО …")
    "place_anaphora": ("PLACE_ANAPHORA",),
    "units_anaphor": ("UNITS_ANAPHOR",),  # asked of every sentence ("над этими двумя районами")
    "air_defence_at_work": ("AIR_DEFENCE_AT_WORK",),
    "units_engaged": ("UNITS_ENGAGED",),
    "new_attack": ("NEW_ATTACK",),
    "sites_header": ("LAUNCH_SITES_HEADER",),
})


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> dict:
    i = re.IGNORECASE
    # a weapon's own name after its word, in quotes or with a digit: "ракету «Гром-2»", "ракету Х-101"
    weapon_name = r"(?:\s+(?:[«\"][^»\"\n]{1,24}[»\"]|[\w-]*\d[\w-]*))?"
    # a list's next line, its bullet and perhaps "and" (what "joined" reads after the line's end)
    bullet = rf"\n\s*[-•*·▪◾►](?:[ \t]*(?:{lex.AND})\s+|\s*)"
    return gates.Table({
        "source_last": gates.pattern(lex.SOURCE_LAST),
        "compared_figure": gates.pattern(lex.COMPARED_FIGURE, i),
        # "one person was injured in each region": the figure is told for each of the places named
        "toll_in_each": gates.pattern(lex.TOLL_IN_EACH, i),
        # "three were killed in Kyiv and the region": after a town's name, the region around it told with it
        "and_region_after": gates.pattern(lex.AND_REGION_AFTER, i),  # .match at the town's end
        # "…, яка постраждала 3 травня": when the victims before it were hurt; where their clause begins
        "hurt_then": gates.pattern(lex.HURT_THEN_CLAUSE, i),
        "victims_clause_open": gates.pattern(lex.VICTIMS_CLAUSE_OPEN, i),
        "defender_sides": [(gates.pattern(p, i), side) for p, side in lex.DEFENDER_SIDE_CUES],
        # each kind with its own gate (a sentence the family's gate admits tells one or two kinds)
        "incidents": [(k, gates.pattern(p, i), gates.of_pattern(lex, p)) for k, p in lex.INCIDENTS.items()],
        "negation": gates.pattern(lex.NEGATION, i),
        "negated_list": gates.pattern(lex.NEGATED_LIST, i),
        "there_anaphor": gates.pattern(lex.THERE_ANAPHOR, i),
        "consequence_opening": gates.pattern(lex.CONSEQUENCE_OPENING, i),
        "consequence_scope": gates.pattern(lex.CONSEQUENCE_SCOPE, i),
        "region_centre": gates.pattern(lex.REGION_CENTRE, i),
        "negation_after": gates.pattern(lex.NEGATION_AFTER, i),
        "negation_closing": gates.pattern(lex.NEGATION_CLOSING, i),
        "unspecified": gates.pattern(lex.UNSPECIFIED, i),
        "threat_before": gates.pattern(lex.THREAT_BEFORE, i),
        "threat_after": gates.pattern(lex.THREAT_AFTER, i),
        "heard_blast": gates.pattern(lex.HEARD_BLAST, i),
        "heard_there": gates.pattern(lex.HEARD_THERE, i),
        "earlier_period_opening": gates.pattern(lex.EARLIER_PERIOD_OPENING, i),
        "natural_cause": gates.pattern(lex.NATURAL_CAUSE, i),
        "natural_cause_after": gates.pattern(rf"\s+(?:[\w'’-]+\s+){{0,2}}?(?:{lex.NATURAL_CAUSE})", i),
        "told_by_next": gates.pattern(lex.TOLD_BY_NEXT, i),
        "added_after_person": gates.pattern(lex.ADDED_AFTER_PERSON, i),
        "reporter_anaphora": gates.pattern(lex.REPORTER_ANAPHORA, i),
        # a ministry named by its noun ("указали в ведомстве", "the ministry said")
        "ministry_anaphora": gates.pattern(
            rf"\b(?:{'|'.join(p for p, kind in lex.ANAPHORA.items() if kind == 'ministry') or '(?!)'})", i),
        # ("of_them_towards", "units_then_part" and "destroyed_bare", like weapons.of_them_after, the one
        # question whether a count is told "of them", are matched at a count's end,
        # pattern.match(text, end), not on a slice text[end:], a copy of the rest of the sentence for each
        # count: the same match, as none looks before that end — the first two open with \s+ and have
        # no \b nor lookbehind (OF_THEM, ITEM_UNITS, TOWARDS); "destroyed_bare"
        # has no lookbehind but English DESTROY's (?<=\bto ), 4 characters back, after at least 4 of its
        # PASSIVE_GAP's "was "/"were "/…, and no \b but after a word's letters)
        "destroyed_bare": gates.pattern(rf"(?:\s*(?:{lex.OF_THEM}))?{lex.PASSIVE_GAP}{lex.DESTROY}", i),
        "bare_participle": gates.pattern(lex.BARE_PARTICIPLE, i),
        "they_launched_lead": gates.pattern(lex.THEY_LAUNCHED_LEAD, i),
        "them_were_before": gates.pattern(lex.THEM_WERE_BEFORE, i),
        "with_count_before": gates.pattern(rf"(?:{lex.WITH_COUNT_BEFORE})", i),
        # between the items of a list of counts: "63 drones, 2 Kh-59 and 3 Iskander-M missiles"
        "list_join": gates.pattern(rf"\s*(?:,\s*(?:(?:{lex.AND})\s+)?|(?:{lex.AND})\s+)", i),
        # a whole, a comma, then "of them" before its part: "Всего 40 беспилотников, из них 25 сбиты"
        "whole_then_of_them": gates.pattern(rf"[^.;:!?\d]{{0,80}}?,\s*(?:{lex.OF_THEM})(?:\s*,\s+|\s+)", i),
        "part_of_told": gates.pattern(rf"\s+(?:{lex.PART_OF_TOLD})\b", i),
        # "сбили девять аппаратов, четыре из которых летели на Москву": a count of units that has parts
        # (weapons.opens_with_whole asks whether the sentence opens with one; this one, a whole after a colon or a
        # comma, with a conjunction, or after a status time: "Командування повідомило:
        # з 17 дронів 14 знищено", "…, але з 214 цілей збито 196", "На сьогодні з 673 засобів … збито 635")
        # a verb of flight right before a count or after its weapons ("летіло 14 дронів", "14 drones headed for")
        "flew_before": gates.pattern(rf"\b(?:{lex.FLEW})\s+$", i),
        "flew_after": gates.pattern(rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{lex.FLEW})\b", i),
        # "застосовував дрони кількох типів, їх було понад 30": the number of the weapons named, after them
        "their_number_before": gates.pattern(rf",\s*(?:{lex.THEIR_NUMBER})\s+(?:(?:{lex.APPROX_BEFORE})\s+)?$", i),
        "whole_first_inner": gates.pattern(rf"(?:[:;,–—]\s*[«\"“]?(?:[^\W\d_]+\s+)?|\b(?:{lex.WHOLE_FIRST_AFTER})\s+)"
                                        rf"(?:{lex.OF_TOTAL})\s+(?:(?:{lex.APPROX_BEFORE})\s+)?$", i),
        "units": gates.pattern(rf"\b(?:{lex.ITEM_UNITS})", i),
        # "атаки были также отражены в A, B и C областях": attacks told repelled, what was destroyed there
        "attacks_repelled": gates.pattern(lex.ATTACKS_REPELLED, i),
        # "Нападению подверглись A и B области": the regions a ministry's total was aimed at
        "attacked_territories": gates.pattern(lex.ATTACKED_TERRITORIES, i),
        "alert": gates.pattern(lex.ALERT, i),
        "other_counted": gates.pattern(lex.OTHER_COUNTED, i),
        "carriers_from": gates.pattern(rf"(?:{lex.CARRIERS_FROM})\s+(?:(?:{lex.APPROX_BEFORE})\s+)?$", i),
        "stock_before": gates.pattern(rf"(?:{lex.STOCK_BEFORE})\s+(?:(?:{lex.APPROX_BEFORE})\s+)?$", i),
        "units_then_part": gates.pattern(rf"\s+(?:{lex.ITEM_UNITS})[\s,]+[\w-]+\s+(?:{lex.OF_THEM})", i),
        # "43 … over the Moscow region, 40 of them flying towards the capital": a part, not a total
        # (an aside may stand between: "один із них, за їхніми словами, «летів на Москву»")
        "of_them_towards": gates.pattern(rf"\s+(?:{lex.OF_THEM})[\s,]*(?:[^,.;:\d]{{0,40}},\s*)?[«\"“„]?"
                                      rf"(?:[\w-]+\s+){{0,2}}?(?:{lex.TOWARDS})", i),
        # ("ППО збила всі 40", "Air defence downed all 40": all of the told launch, by number)
        # (the modal after the verb too: "сбить удалось 36", "збити вдалося 12")
        "verb_then_number": gates.pattern(rf"\s*(?:(?:{lex.OF_THEM})\s*(?:,\s*)?)?(?:{lex.DESTROY})\s*(?:(?:{lex.MODAL_AFTER_VERB})\s+)?"
                                          rf"(?:(?:{lex.ALL_OF})\s+)?", i),
        "sentence_rest": gates.pattern(r"\s*(?:[.!;]\s*)?"),
        "place_as_actor": gates.pattern(lex.PLACE_AS_ACTOR, i),
        "reference_gap": gates.pattern(lex.REFERENCE_GAP, i),
        "generic_attack": gates.pattern(lex.GENERIC_ATTACK, i),
        "time_span": gates.pattern(lex.TIME_SPAN, i),
        "now": gates.pattern(r"\b" + lex.NOW_OPENING.removeprefix(r"\W*"), i),  # "today", "сегодня", anywhere
        "event_day": gates.pattern(lex.EVENT_DAY, i),  # "on Tuesday", "вчера", "вранці": a day's event
        "speech_time": gates.pattern(lex.SPEECH_TIME, i),  # "the governor said on Tuesday": when it was told
        "combined": gates.pattern(rf"\b(?:{lex.COMBINED_BEFORE})\b", i),  # "Всего", "Загалом", "a total of"
        "relative_span": gates.pattern(lex.RELATIVE_SPAN, i),  # "… that had been hit last year": the span is the clause's
        "sites_header": gates.pattern(lex.LAUNCH_SITES_HEADER, i),
        "over_before": gates.pattern(rf"(?:{lex.OVER_TOTAL})\s+(?:(?:{lex.ARTICLE})\s+)?(?:(?:{lex.OVER_PARTS})\s+(?:(?:{lex.ARTICLE})\s+)?)?$", i),
        "one_article": gates.pattern(lex.ONE_ARTICLE, i),
        # (a count's place right after it: "shot down six over the city")
        "over_after": gates.pattern(rf"\s+(?:{lex.OVER_TOTAL})\s", i),
        # ("под Москвой": near a city that is a region of its own, the region around it; the city's name says not
        # which place)
        "near_city_region": gates.pattern(rf"(?<![\w-])(?:{lex.NEAR_PREP})\s+{lex.NEAR_CITY_REGION}", i),
        "place_anaphora": gates.pattern(lex.PLACE_ANAPHORA, i),
        # (its places right after it: "these drones targeted the Aa and Bb oblasts", "дроны пытались атаковать …")
        "place_anaphora_before": gates.pattern(rf"(?:{lex.PLACE_ANAPHORA})\s+(?:(?:{lex.ARTICLE})\s+)?$", i),
        "units_anaphor": gates.pattern(lex.UNITS_ANAPHOR),
        "units_anaphor_one": gates.pattern(rf"{lex.UNITS_ANAPHOR_ONE}$", i),
        # (or how many by their type word: "над девятью областями", as "над девятью регионами")
        "over_regions": gates.pattern(rf"(?:{lex.OVER_TOTAL})\s+(?:{lex.REGION_COUNT}|{lex.REGIONS_COUNTED})", i),
        # (a group named as part of them, right before it: "over several areas, including the Sumy region", "у кількох
        # областях, зокрема на Київщині")
        "regions_including": gates.pattern(rf"(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+(?:{lex.REGION_COUNT}|{lex.SOME_REGIONS})(?=\s*,?\s*(?:{lex.SUBSET})\s)", i),
        "over_regions_including": gates.pattern(rf"(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+(?:{lex.REGION_COUNT}|{lex.SOME_REGIONS})\s*,?\s*(?:{lex.SUBSET})\s+"
                                             rf"(?:(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+)?(?:(?:{lex.ARTICLE})\s+)?$", i),
        "nationwide": gates.pattern(lex.NATIONWIDE, i),
        "aside": gates.pattern(lex.ASIDE, i),  # "Зауважимо, що …" opening a sentence: the writer's aside
        # ("Russia launched 90 drones", "Росія запустила …": the country as the attacker, no place of the attack)
        "country_attacker": gates.pattern(rf"(?<![\w-])(?:{lex.ATTACKING_COUNTRY}){lex.ATTACKER_PLACE_AFTER}", i),
        "at_own_region": gates.pattern(lex.AT_OWN_REGION, i),
        "command_area": gates.pattern(lex.COMMAND_AREA, i),  # "in its area of responsibility": a command's, wider
        "area": gates.pattern(lex.CITY_AREA, i),
        "region_of": gates.pattern(rf"\b{lex.REGION_OF}\s+$", i),
        # (between a district or town and the region it lies in: "the Klintsy district of the Bryansk region")
        "unit_of": gates.pattern(rf"\s*(?:{lex.UNIT_OF})\s*", i),
        # ("сбиты в трёх районах Брянской области": the region, some districts of it)
        "where_after": gates.pattern(lex.WHERE_AFTER, i),  # .match(text, a place's end)
        # a claimant named as the teller, not the actor: "…, the Air Force said", "according to the Air Force"
        "teller_after": gates.pattern(rf"\s+(?:(?:{lex.REPORT_AUX})\s+)?(?:{lex.REPORT_VERBS}|{lex.TELLER_AFTER_VERBS})\b", i),  # .match(text, its end)
        "teller_before": gates.pattern(rf"\b(?:{lex.REPORT_VERBS}|{lex.TELLER_VERBS})\s+(?:(?:{lex.ARTICLE})\s+)?$", i),  # .search(text, ., its start)
        "in_regions": gates.pattern(rf"\b(?:{lex.IN_REGIONS})\s+(?:[-•*·▪◾►][ \t]*)?(?:(?:{lex.ARTICLE})\s+)?(?:(?:{lex.OVER_PARTS})\s+(?:(?:{lex.ARTICLE})\s+)?)?$", i),
        # what may open a sentence before its place: nothing, or when ("Overnight,", "Цієї ночі")
        # (after a reporting frame: "It added that in the Sumy region, four drones were downed")
        # (or "also": "Також над Київщиною збили безпілотники", "Also, over the Oryol region …")
        # (or the night with its date: "Вночі, 3 березня, на Сумщині … знищено", "В ночь на 3 марта в …"; or
        # another part of the day: "Утром 7 апреля над …")
        # (or the defences that downed them: "Силами ПВО над … областью сбиты несколько беспилотников")
        "opening": gates.pattern(rf"[\W_]*(?:(?:{lex.MORE_OF_IT})[\s,]+)?(?:{lex.OPENING_FRAME})?"
                              rf"(?:(?:\w+\s+)?(?:{lex.NIGHT}|{lex.DAY_PART})[\s,]*(?:(?:\w+\s+)?\d{{1,2}}\s+[^\W\d_]+[\s,]*)?)?"
                              rf"(?:{lex.DEFENDERS_OPENING})?", i),
        "repelled_in_opening": gates.pattern(rf"[\W_]*(?:(?:{lex.MORE_OF_IT})[\s,]+)?(?:{lex.OPENING_FRAME})?(?:{lex.REPELLED_IN_OPENING})\s+(?:(?:{lex.OVER_PARTS})\s+(?:(?:{lex.ARTICLE})\s+)?)?", i),
        "hit_count": gates.pattern(lex.HIT_COUNT_BEFORE, i),
        "hit_after": gates.pattern(lex.HIT_AFTER, i),
        "other_hit_after": gates.pattern(lex.OTHER_HIT_AFTER, i),
        "none_of_before": gates.pattern(lex.NONE_OF_BEFORE, i),
        "repelled_before": gates.pattern(lex.REPELLED_BEFORE, i),
        "uncounted_before": gates.pattern(lex.UNCOUNTED_BEFORE, i),
        # "Частину з них збили сили ППО", "Some of them were shot down": a part of the weapons told before, no number
        "part_of_them": gates.pattern(rf"\b(?:{lex.PARTIAL})\s+(?:{lex.OF_THEM})\b", i),
        # "Є збиття.": downings told with no count and no weapon word (.search(text, the verb's start - 2, its end))
        "downings_told": gates.pattern(lex.DOWNINGS_TOLD, i),
        "weapon_list": gates.pattern(lex.WEAPON_LIST_HEADER, i),
        "count_unknown": gates.pattern(lex.COUNT_UNKNOWN, i),
        # "Ещё за ночь противник выпустил по области:": a launch verb and at most three words end the header
        "launch_list": gates.pattern(rf"\b{lex.LAUNCH}(?:\s+[^\W\d_]+){{0,3}}\s*:\s*$", i),
        "bare_sea": gates.pattern(lex.BARE_SEA),
        "off_coast": gates.pattern(rf"(?:{lex.OFF_COAST_BEFORE})$", re.IGNORECASE),  # .search(text, pos, place)
        "there": gates.pattern(lex.THERE_AFTER, i),
        "destroyed_count": gates.pattern(lex.DESTROYED_COUNT_BEFORE, i),
        "risen_to": gates.pattern(lex.RISEN_TO_BEFORE, i),
        "struck_with_one": gates.pattern(lex.STRUCK_WITH_ONE, i),
        "one_flying": gates.pattern(lex.ONE_FLYING_AFTER, i),
        "one_downed_after": gates.pattern(rf"{lex.ONE_DOWNED_AFTER}{lex.DESTROY}", i),
        "partial": gates.pattern(rf",|\b(?:{lex.PARTIAL})", i),
        # the defenders as the subject right after a destroy verb: "збили винищувальна авіація, …" (.match at its end)
        "defenders_after_verb": gates.pattern(lex.DEFENDERS_AFTER_VERB, i),
        "partial_word": gates.pattern(rf"\b(?:{lex.PARTIAL})", i),
        # an uncounted part as a destroy verb's subject or object, next to it in its clause: "…, часть сбила ПВО",
        # "some of them were shot down", "збили частину з них" (verbs._partly_downed)
        "part_before_verb": gates.pattern(rf"\b(?:{lex.PARTIAL})(?:\s+(?:{lex.OF_THEM}))?\s+(?:[^\W\d_]+\s+){{0,2}}$", i),
        "part_after_verb": gates.pattern(rf"\s+(?:{lex.PARTIAL})\b", i),
        "partial_subject_before": gates.pattern(rf"(?:{lex.PARTIAL_SUBJECT_BEFORE})$", i),
        "including": gates.pattern(rf"\b(?:{lex.SUBSET})\b", i),
        "of_these_lead": gates.pattern(lex.OF_THESE_LEAD, i),
        # (its count may be approximate: "most of the nearly 10 incoming targets")
        "percent_of": gates.pattern(rf"(?:{lex.PERCENT_OF_BEFORE})(?:{lex.APPROX_BEFORE}\s+)?$", i),
        # "половина из 12 сбитых беспилотников": the whole a share is taken of, itself told downed
        "share_whole_downed": gates.pattern(lex.SHARE_WHOLE_DOWNED, i),
        "own_city": gates.pattern(lex.OWN_CITY, i),
        "own_capital": gates.pattern(lex.OWN_CAPITAL, i),
        "capital_towards": gates.pattern(lex.CAPITAL_TOWARDS, i),
        "source_line": gates.pattern(lex.SOURCE_LINE, i),
        "own_peninsula": gates.pattern(lex.OWN_PENINSULA, i),
        # the gender a bare number agrees with ("ещё две": missiles, not drones) and the weapons of that gender
        "feminine_number": gates.pattern(lex.FEMININE_NUMBER, i),
        "masculine_number": gates.pattern(lex.MASCULINE_NUMBER, i),
        "feminine_weapon": gates.pattern(lex.FEMININE_WEAPON, i),
        "and_elsewhere": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.AND})\s+(?:(?:{lex.ARTICLE})\s+)?(?:{lex.AND_ELSEWHERE})", i),
        # "all of which were destroyed", "Усі ракети збито", "збито всі": no number, every one
        # ("Every missile, save for the two Kh-22, was downed": the spared ones in commas between)
        # (or a relative clause of where they flew: "Усі БпЛА, які загрожували столиці, були знешкоджені", its
        # closing comma often dropped)
        # (a launch verb inside "all …": "All the missiles launched were shot down")
        "launched_word": gates.pattern(rf"\b(?:{lex.LAUNCH})\b", i),
        "all_destroyed": gates.pattern(rf"\b(?:{lex.ALL_OF})\b(?!\s*\d)(?:[^.;:\d]{{0,40}}?|[^.;:\d,]{{0,30}}?,\s*{lex.EXCEPT}"
                                    rf"[^.;:\d,]{{1,40}},[^.;:\d,]{{0,20}}?|[^.;:\d,]{{0,30}}?(?:,\s*|\s+)(?:(?:{lex.RELATIVE})\s+(?:\w+\s+)?)?(?:{lex.TOWARDS}|{lex.THREATENED})"
                                    rf"[^.;:\d,]{{1,30}}(?:,[^.;:\d,]{{0,20}}?)?)\b{lex.DESTROY}|"
                                    rf"\b{lex.DESTROY}\s+(?:{lex.ALL_OF})\b(?!\s*\d)|\b(?:{lex.THEY_ALL}){lex.DESTROY}|\b(?P<them>{lex.DESTROY_THEM})|"
                                    # "None of them reached its target": none got through, all downed
                                    rf"(?P<none>{lex.NONE_OF_THEM})", i),
        # a thing between the count and "destroyed them" ("they hit two depots and destroyed them"): theirs
        "thing_word": gates.pattern(rf"\b(?:{lex.THING_NOUNS})(?![\w'’-])", i),
        # "None of them reached Kyiv": what follows the verb is their target (up to the place's start)
        "none_reached": gates.pattern(rf"{lex.NONE_OF_THEM}\s+(?:{lex.GOT_THROUGH_TO})", i),
        # "Not all …", "Не всі цілі збили": a negation right before "all", which denies every one
        "negation_right_before": gates.pattern(rf"(?:{lex.NEGATION})\s+$", i),
        # "thanks to all our brave soldiers who destroy …": "all" of people, the ones destroying, not the weapons
        "all_of_people": gates.pattern(rf"\b(?:{lex.ALL_OF_PEOPLE})", i),
        # "the rest", "решта": the remainder, which a verb after it counts rather than the count before
        "remainder": gates.pattern(rf"\b(?:{lex.REMAINDER})", i),
        # "the rest were jammed", "остальные заглушили": the remainder suppressed by electronic warfare
        # (not denied: "the rest could not be jammed", "решту придушити не вдалося")
        "rest_suppressed": gates.pattern(rf"\b(?:{lex.REMAINDER})\b(?:(?!{lex.NEGATION})[^.;:\d]){{0,40}}?\b(?:{lex.SUPPRESSED})"
                                      rf"(?!\w*\s+{lex.NEGATION})", i),
        # "41 were shot down and 11 were lost from radar", "11 локационно потеряны": a lost count told beside
        "lost_bare": gates.pattern(rf"{lex.PASSIVE_GAP}{lex.LOST}", i),
        # "the rest were lost from radar", "остальные локационно потеряны": the remainder lost, no count
        "rest_lost": gates.pattern(rf"\b(?:{lex.REMAINDER})\b(?:(?!{lex.NEGATION})[^.;:\d]){{0,40}}?(?:{lex.LOST})", i),
        # "Їх збили над Чугуївським районом", "They were shot down over …": the sentence opens with them
        "they_destroyed": gates.pattern(rf"\W*(?:{lex.THEY_ALL}){lex.DESTROY}", i),
        # (or with their noun again: "The UAVs were destroyed in Kyiv Oblast", "Эти беспилотники были сбиты над …")
        "told_destroyed": gates.pattern(rf"\W*(?:{lex.THEY_ALL}|{lex.THE_TOLD}){lex.DESTROY}", i),
        # (or some more of them, no noun: "Dozens more were intercepted over …")
        "some_more_destroyed": gates.pattern(rf"\W*(?:{lex.SOME_MORE}){lex.DESTROY}", i),
        # (a count of them, told again: "31 of them were destroyed over …")
        "of_them_after": gates.pattern(rf"\s+(?:{lex.OF_THEM})\b", i),
        # (after the official's "According to him," at the sentence's head)
        "speaker_lead": gates.pattern(rf"\W*(?:{lex.SPEAKER_PRONOUN})\s*,", i),
        # (and the words of flight towards it: "on approach to the capital", as "towards Kyiv")
        "own_region_prefix": gates.pattern(rf"(?:{lex.TOWARDS}|{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+(?:(?:{lex.OUR}|{lex.ARTICLE})\s+)?", i),
        "including_then": gates.pattern(rf"\b(?:{lex.SUBSET})\s+(?:(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+)?(?:(?:{lex.ARTICLE})\s+)?", i),
        "downed_in": gates.pattern(rf"\s+(?:{lex.OVER_TOTAL}|{lex.IN_REGIONS})\s+(?:(?:{lex.ARTICLE})\s+)?", i),
        "single_weapon": gates.pattern(lex.SINGLE_WEAPON, i),
        "instrumental_one": gates.pattern(lex.INSTRUMENTAL_ONE, i),
        "attack_before_instrumental": gates.pattern(lex.ATTACK_BEFORE_INSTRUMENTAL, i),
        "single_before": gates.pattern(rf"(?:{lex.SINGLE_WEAPON_BEFORE})$", i),
        # "по крилатій ракеті" after the places: one over each of them
        "one_each": gates.pattern(lex.ONE_EACH_WEAPON, i),
        "each_prefix": gates.pattern(lex.EACH_PREFIX, i),
        "single_abbreviation": gates.pattern(lex.SINGLE_ABBREVIATION),
        "single_target": gates.pattern(lex.SINGLE_TARGET, i),
        "single_abbreviation_before": gates.pattern(rf"(?:{lex.SINGLE_ABBREVIATION_BEFORE})$", i),
        "single_abbreviation_after": gates.pattern(lex.SINGLE_ABBREVIATION_AFTER, i),
        "not_one_before": gates.pattern(lex.NOT_ONE_WEAPON_BEFORE, i),
        # (and "all except the Iskander-M were shot down": the one not destroyed)
        "not_one_after": gates.pattern(rf"(?:{lex.NOT_ONE_WEAPON_AFTER}|{lex.PICTURE_OF}|{lex.EXCEPT}(?:\S+\s+){{0,2}})$", i),
        "picture_of": gates.pattern(rf"(?:{lex.PICTURE_OF})$", i),
        "except": gates.pattern(lex.EXCEPT, i),
        "except_before": gates.pattern(rf"(?:{lex.EXCEPT})$", i),
        "all_but_before": gates.pattern(rf"(?:{lex.ALL_BUT})$", i),
        "subset_before": gates.pattern(lex.SUBSET_BEFORE, i),
        "among_downed_before": gates.pattern(lex.AMONG_DOWNED_BEFORE, i),  # .search(text, pos, count)
        "among_after": gates.pattern(lex.AMONG_AFTER, i),  # .match(text, count's end)
        "new_attack": gates.pattern(lex.NEW_ATTACK, i),
        "today_before": gates.pattern(lex.TODAY_BEFORE, i),
        "new_attack_unreal": gates.pattern(lex.NEW_ATTACK_UNREAL, i),
        "happened_in": gates.pattern(lex.HAPPENED_IN, i),
        "parts_after": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.SUBSET})\b", i),
        "one_heading": gates.pattern(lex.ONE_HEADING_AFTER, i),
        # (", а також крилату ракету Х-22", '14 безпілотників "Шахед", а також …', and past what the
        # count's weapons were: '14 шахедів, які були запущені з півдня, а також ракету': the list goes on)
        # (or past the weapon's own name: 'дрон-камікадзе "Шахед" та одну крилату ракету')
        # (or past an aside of its parts between commas: "all nine drones, among them six Gerberas, and a Kh-59 missile")
        # (or past the carriers it was fired from: "three cruise missiles from Tu-95MS bombers and a Kh-59 missile")
        "and_one": gates.pattern(rf"{weapon_name}[»\"”]?(?:{lex.FIRED_FROM_ASIDE})?(?:\s*,\s*(?:{lex.RELATIVE}|{lex.SUBSET})\s[^,.;:!?\n]{{1,80}})?\s*(?:,\s*)?"
                              rf"(?:{lex.AND}|{lex.ALSO})\s+(?:\S+\s+){{0,3}}", i),
        # (a list joined by commas, going on after the weapon: "сбили четыре БЛА, баллистическую ракету «Точка-У», а
        # также перехватили …"; not "четыре БЛА, ракета упала …")
        # (and its "(БЛА)"; and in English the article and the one's own words: "two cruise missiles, a ballistic missile
        # and …")
        # (and past the carriers it was fired from: "four cruise missiles from Tu-95MS bombers, a Kh-59 missile and …")
        "comma_one": gates.pattern(rf"{weapon_name}[»\"”]?(?:\s*\([^()\n]{{1,12}}\))?(?:{lex.FIRED_FROM_ASIDE})?\s*,\s*"
                                   rf"(?:(?:{lex.INDEFINITE_ARTICLE})\s+(?:[\w-]+\s+){{0,2}}?)?", i),
        "list_goes_on": gates.pattern(rf"{weapon_name}[»\"”]?\s*(?:,\s*)?(?:{lex.AND}|{lex.ALSO})\s", i),
        "more_before": gates.pattern(lex.MORE_BEFORE, i),
        "one_more_before": gates.pattern(lex.ONE_MORE_BEFORE, i),
        "ordinal": gates.pattern(lex.ORDINAL, i),
        "ordinal_list": gates.pattern(lex.ORDINAL_LIST, i),
        "ordinal_gapped": gates.pattern(lex.ORDINAL_GAPPED, i),
        "more_after": gates.pattern(lex.MORE_AFTER, i),
        "more_to_verb": gates.pattern(lex.MORE_TO_VERB, i),
        "other_period": gates.pattern(lex.OTHER_PERIOD, i),
        "day_part": gates.pattern(rf"(?<![\w'’])(?:{lex.DAY_PART})(?![\w'’])", i),  # "утром", "in the evening": a part of the day
        "later_statement": gates.pattern(lex.LATER_STATEMENT, i),
        "corrected_statement": gates.pattern(lex.CORRECTED_STATEMENT, i),
        "other_time": gates.pattern(lex.OTHER_TIME, i),
        "shifted_opening": gates.pattern(lex.SHIFTED_OPENING, i),  # .match at a sentence's start
        "other_clause": gates.pattern(lex.OTHER_CLAUSE, i),
        "elsewhere": gates.pattern(rf"\b(?:{lex.AND_ELSEWHERE})", i),
        "evening": gates.pattern(lex.EVENING, i),
        "another_season": gates.pattern(lex.ANOTHER_SEASON, i),
        "fell_after": gates.pattern(lex.FELL_AFTER, i),
        # what else a verbless count of weapons may count than the attack's (verbs._default_launched)
        "not_attack_count": gates.pattern(lex.NOT_ATTACK_COUNT, i),
        "other_window_count": gates.pattern(lex.OTHER_WINDOW_COUNT, i),
        "attack_superlative": gates.pattern(lex.ATTACK_SUPERLATIVE, i),
        "part_of_told_before": gates.pattern(lex.PART_OF_TOLD_BEFORE, i),
        # a relative clause right after a kind ("all the drones that flew at …", "всі дрони, що летіли …")
        "relative_after": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.RELATIVE})(?![\w'’])", i),
        "part_of_told_after": gates.pattern(lex.PART_OF_TOLD_AFTER, i),
        # a count that names what the weapons just told were ("They turned out to be three …"; reading.attribute)
        "identity_before": gates.pattern(lex.IDENTITY_BEFORE, i),
        "them_fell_after": gates.pattern(rf"\s+(?:{lex.OF_THEM}){lex.FELL_AFTER}", i),
        # "Ще один дрон, який упав у садку і не вибухнув, знешкодили сапери": the weapon a relative clause tells fell
        # (defused where it lay, not downed)
        "fell_relative_after": gates.pattern(rf"\s*,\s*(?:{lex.RELATIVE}|{lex.RELATIVE_SPAN}){lex.FELL_AFTER}", i),
        # "injured seven people, two of them children", "пятеро раненых, двое из них — дети": a part of the
        # victims, whoever they are, no count of the weapons (a launch verb earlier in the sentence)
        "them_persons_after": gates.pattern(rf"\s*(?:{lex.OF_THEM})\s*(?:[,:–—-]\s*)?(?:[\w'’-]+\s+)?(?:{lex.PERSON_NOUNS})(?!\w)", i),
        # (after the one weapon's name: "ракету «Гром-2», а также 17 …")
        # (and where it came from between them: "ракетою Х-59 з повітряного простору над Бєлгородщиною та 8 БпЛА")
        # (and a launch verb of its own after "а також": "випустив балістичну ракету, а також застосував 72 дрони")
        # (past the target it was fired at, and an aside in brackets: "ракетою по Полтаві (з Брянщини) та 9 дронами")
        "and_then": gates.pattern(rf"{weapon_name}[»\"”]?(?:\s+(?:{lex.CARRIERS_FROM})\s+[^,.;:!?\n\d]{{1,60}}?)?"
                                  rf"(?:\s+(?:{lex.STRUCK_AT})\s+[^,.;:!?\n\d()]{{1,40}}?)?(?:\s*\([^()\n\d]{{1,80}}\))?"
                                  rf"\s*(?:,\s*)?(?:{lex.AND}\s+|{lex.ALSO}\s+(?:(?:{lex.LAUNCH})\s+)?)", i),
        # (or a comma, the list going on with a count of another weapon: "ракета ATACMS производства США, десять
        # ракет «Нептун», две ракеты HARM", "a Neptune missile, ten drones and …"; past its model in capitals or
        # where it was made, nothing else)
        "comma_then": gates.pattern(rf"{weapon_name}[»\"”]?(?:\s+(?-i:[A-Z]{{2,}}[\w-]*))?(?:\s+(?:{lex.MADE_IN}))?"
                                    rf"\s*,\s*", i),
        # (a list's comma after a count, past its weapon's name: "шесть ракет средней дальности «Нептун», три …")
        # (a designation the finder did not read may stand between: "41 ракету Х-555/«Гром», дві …"; its digits
        # only after a hyphen or a digit, never a count's)
        "list_comma": gates.pattern(r"(?:[^:;—–()\d\n]|(?<=[-\d])\d){0,40}?,\s*", i),
        "missiles_bare": gates.pattern(rf"\b(?:{lex.MISSILES_BARE})\b", i),
        # a singular weapon's own name, then where it was downed: "ракету Х-101 над Вінниччиною"
        # (nothing else between them: "ще один дрон впав у …" fell, it was not downed there)
        "one_placed": gates.pattern(rf"{weapon_name}\s+(?:{lex.OVER})\s", i),
        # more of the claim just told ("22 drones were also destroyed"), unless another speaker tells it
        "more_of_it": gates.pattern(lex.MORE_OF_IT, i),
        "role_said": gates.pattern(lex.ROLE_SAID, i),
        # ('две ракеты «Нептун-МД» и три …': a closing quote may end the first)
        # a list's relative clause of launching after it: "… and 31 drones that Russia launched", ", запущенные Россией"
        "launched_after_list": gates.pattern(rf"[\s,]+(?:[^\W\d_]+\s+){{0,3}}?(?:{lex.LAUNCH})(?!\s*\d)", i),
        "counts_joined": gates.pattern(rf"[»\"”]?\s*(?:[,;]\s*(?:(?:{lex.AND})\s+)?|(?:{lex.AND})\s+)", i),
        "all_before": gates.pattern(rf"\b(?:{lex.ALL_OF})\s+$", i),
        "both": gates.pattern(rf"(?:{lex.BOTH})$", i),  # (the number's own text: .fullmatch)
        # (with where each lies, in English: "the Odesa region in the south, and the central Vinnytsia region")
        # (a list of regions "in" that says "in" again: "in the Poltava and Cherkasy regions in the centre, in the
        # Sumy region in the north, and in the Odesa region", "в Брянской области, а также в Курской")
        # (one name of a list of regions, unknown, after a comma: "…, Kyrovohrad, and …", "…, Белгородсккой и …")
        "unknown_name": gates.pattern(rf"\s*,\s*(?={lex.CAPITAL_LETTER})[^\W\d_][\w'’-]+"),
        "joined_in": gates.pattern(rf"(?:{lex.LIST_LOCATOR})?\s*(?:,\s*(?:(?:{lex.AND}|{lex.ALSO})\s*)?|(?:{lex.AND}|{lex.ALSO})\s*)(?:{lex.IN_REGIONS})\s+"
                                rf"(?:(?:{lex.ARTICLE})\s+)?(?:{lex.LIST_DIRECTION}\s+)?", i),
        # (a place's abbreviation in brackets may stand after it: "the Donetsk People's Republic (DPR) and the LPR")
        "joined": gates.pattern(rf"(?:{lex.LIST_LOCATOR})?(?:\s*{bracketed_abbreviation(lex)})?(?:\s*(?:,\s*(?:(?:{lex.AND})\s*)?|(?:{lex.AND})\s*|[,;][ \t]*{bullet})|[^\S\n]*{bullet})"
                              rf"(?:(?:{lex.ARTICLE})\s+)?(?:{lex.LIST_DIRECTION}\s+)?", i),
        # ("над регионами России и акваторией Азовского моря": a sea after the whole country)
        "joined_sea": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.AND})\s+(?:(?:{lex.OVER_TOTAL})\s+)?(?:(?:{lex.WATERS})\s+)?(?:(?:{lex.ARTICLE})\s+)?", i),
        "bracketed": gates.pattern(r"\(\s*"),  # .match(text, start - 1): a name right after "("
        "bracket_close": gates.pattern(r"\s*\)"),
        # between a town and its region named right after it ("Ивановка Курской области", "Ivanovka, Kursk region",
        # "Ivanovka of the Kursk Region"), .fullmatch(text, the town's end, the region's start)
        "town_region_gap": gates.pattern(rf"\s*(?:,\s*)?(?:(?:{lex.TOWN_OF_REGION})\s+(?:(?:{lex.ARTICLE})\s+)?)?", i),
        # (a town of such a list may be written with its abbreviated type word: "… районе и г. Шахты";
        # a district of it with its unit's qualifier before the comma or "and": "в Лесном сельском и Полевом районах")
        # ("Изюм и населённых пунктов Питомник": the list goes on past the word of its kind of settlement)
        # ("… of the Kherson Region; and Lipovka of the …": a list of places grouped by region, a semicolon between groups)
        # ("…, а также населённых пунктов X и Y": "as well as" goes on with the list as "and" does)
        "joined_town": gates.pattern(rf"(?:\s+(?:{lex.UNIT_QUALIFIER}))?\s*(?:\)\s*)?(?:[,;]|{lex.AND}|[,;]\s*(?:{lex.AND}|{lex.ALSO}))\s*(?:(?:{lex.ARTICLE})\s+)?"
                                     rf"(?:(?:{lex.SETTLEMENT_NOUN})\s+)?(?:{lex.SETTLEMENT_ABBREVIATION})?", i),
        "locations_after": gates.pattern(rf"\s+(?:{lex.LOCATIONS})", i),
        # the end of a group of a list after a semicolon ("…; and Ivanovka of the Kursk Region;"), and a verb
        # that makes the part after the semicolon a clause of its own
        "group_end": gates.pattern(r"[;\n]"),
        "clause_verb": gates.pattern(lex.CLAUSE_VERB),
        "interception_cue": gates.pattern(lex.INTERCEPTION_CUE, i),
        "also_opening": gates.pattern(lex.ALSO_OPENING, i),  # .match(sentence): "А также в …"
        "besides_opening": gates.pattern(lex.BESIDES_OPENING, i),  # .match(sentence): "Кроме Херсонской области, …"
        "air_defence_at_work": gates.pattern(lex.AIR_DEFENCE_AT_WORK),
        "units_engaged": gates.pattern(lex.UNITS_ENGAGED),
        "towards_before": gates.pattern(rf"(?:{lex.TOWARDS})\s+$", i),
        "directed_before": gates.pattern(rf"(?:{lex.TOWARDS}|{lex.DIRECTED_TOWARDS})\s+$", i),
        "in_city_before": gates.pattern(lex.IN_CITY, i),  # .search ending at a city region's name
        "directed_town_attacked": gates.pattern(lex.DIRECTED_TOWN_ATTACKED, i),
        "threatened_before": gates.pattern(rf"(?:{lex.THREATENED})\s+(?:(?:{lex.ARTICLE})\s+)?$", i),
        "aimed_before": gates.pattern(rf"(?:{lex.AIMED_AT})\s+$", i),
        "approach_before": gates.pattern(rf"(?:{lex.APPROACH})\s+$", i),
        "locations_before": gates.pattern(rf"(?:{lex.LOCATIONS_PREP})\s+$", i),
        "location_kinds": [("hit", gates.pattern(lex.LOCATION_HIT_CUE, i)), ("debris", gates.pattern(lex.LOCATION_DEBRIS_CUE, i))],
        # the defenders or an alert that tell of an attack with no weapon named (:func:`tells_of_attack`)
        "attack_told_by": gates.pattern(lex.ATTACK_TOLD_BY, i),
    })


@lru_cache(maxsize=8)
def _own_region_pattern(lex: ModuleType) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lex.OWN_REGION})\b", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[,;:—–]\s")
# before a word that opens its clause: quotes, a dash, at most one word ("Серьёзных разрушений")
_OPENS_CLAUSE = re.compile(r"[\s\"«“„'—–-]*(?:[^\W\d_]+\s+)?")


_MORE_LEAD = 30  # (the characters before a count's number read for its "more": "ещё шесть", "ще три")


def told_as_more(text: str, c: Count, lex: ModuleType) -> bool:
    """The count is told as "more" ("Днем были сбиты еще шесть", "three more drones"): the word before
    its number or after it."""
    return more_at(text, c.number.start, c.number.end, lex)


def more_at(text: str, start: int, end: int, lex: ModuleType) -> bool:
    """The number written at ``start:end`` of ``text`` is told as "more" (:func:`told_as_more`)."""
    pats = _patterns(lex)
    return bool(pats["more_before"].search(text, max(0, start - _MORE_LEAD), start)
                or pats["more_after"].match(text, end))


# the patterns a stage searches a sentence for through :func:`searched`, each with its own gate (derived by
# the stage's prepare: each is a pattern read and its gate looked up on disk, ~0.4 ms, which the first
# sentence that asked paid; tests/test_pipeline_prepare.py finds a name left out)
GATED = ("all_destroyed", "over_regions", "nationwide", "regions_including", "not_attack_count",
         "other_window_count", "part_of_told_before", "attack_superlative", "partial_word")


@lru_cache(maxsize=64)
def _own_gate(lex: ModuleType, name: str) -> gates.Gate | None:
    """The pattern ``name``'s own gate (:func:`gates.of_pattern`): words one of which each match holds."""
    return gates.of_pattern(lex, _patterns(lex).sources[name].source)


# a part every match of the pattern holds, whose words are rarer than those of the pattern's own gate: each
# match of "regions_including" ends with a SUBSET ("over several regions, including …", "над регионами, в том
# числе …"), whose words ("including", "включая", "зокрема") few sentences hold, while its own gate admits every
# sentence that names a region ("области", "территориями")
_PARTS = {"regions_including": "SUBSET"}


@lru_cache(maxsize=64)
def _part_gate(lex: ModuleType, name: str) -> gates.Gate | None:
    """The gate of the part :data:`_PARTS` names for the pattern ``name`` (None: none)."""
    part = _PARTS.get(name)
    return None if part is None else gates.of_pattern(lex, getattr(lex, part))


def searched(name: str, m: Mentions, text: str, lex: ModuleType, start: int = 0) -> re.Match[str] | None:
    """``_patterns(lex)[name].search(text, start)`` in the sentence ``m`` reads (``text``, its text): not
    searched where its words hold none of the pattern's (its gate), as most sentences do, nor searched again
    where it was. ("all_destroyed": a claim's sentence asked it up to four times, each a search of a long
    alternation over the rest of it; "over_regions", "nationwide", "regions_including": twice, over the
    whole of it.)"""
    if text is m.sentence.text:
        gate, part = _own_gate(lex, name), _part_gate(lex, name)
        if gate is not None and not gate.admits(m.words) or part is not None and not part.admits(m.words):
            return None
    return _search(name, text, start, lex)


@lru_cache(maxsize=64)
def _search(name: str, text: str, start: int, lex: ModuleType) -> re.Match[str] | None:
    # (remembered: a sentence's readers ask one search again, "regions_including" of a claim twice)
    return _patterns(lex)[name].search(text, start)


def of_them_destroyed(text: str, end: int, lex: ModuleType, stop: int | None = None) -> bool:
    """"26 of which were destroyed", "8 з них збили": the count that ends at ``end`` is a part "of them"
    that a destroying verb follows ("of_them" and "destroyed_bare" both matched at the count's end,
    reading no further than ``stop``)."""
    pats = _patterns(lex)
    stop = len(text) if stop is None else stop
    return of_them_after(text, end, lex, stop) and bool(pats["destroyed_bare"].match(text, end, stop))


def tells_of_attack(m: Mentions, lex: ModuleType) -> bool:
    """The sentence tells of an attack: it names a weapon, a downing or a launch, an event of one (an attack, a
    strike, its harm: the incidents' words, "Ввечері 9 травня ворог атакував область") or those who meet it,
    the air defences or an air-raid alert ("On the evening of 9 May air defences were busy over the south",
    "Вечером 9 мая в области объявлялась воздушная тревога"); not a sentence of other business ("On 9 May the
    governor held a meeting on the harvest")."""
    if m.weapons or m.destroy_verbs or m.launch_verbs:
        return True
    pats, text = _patterns(lex), m.sentence.text
    return bool(pats["attack_told_by"].search(text)) \
        or any((gate is None or gate.admits(m.words)) and pat.search(text) for _, pat, gate in pats["incidents"])


def _incident_kinds(m: Mentions, lex: ModuleType) -> list[str]:
    # (asked of a sentence by several stages: read once, a copy each ask)
    return list(_kinds_of(m.sentence.text, m.words, lex))


@lru_cache(maxsize=256)
def _kinds_of(text: str, words: frozenset[str], lex: ModuleType) -> tuple[str, ...]:
    pats = _patterns(lex)
    kinds: list[str] = []
    if not may_match(words, lex, "incidents"):
        return ()
    for kind, pattern, gate in pats["incidents"]:
        if gate is not None and not gate.admits(words):
            continue
        for x in pattern.finditer(text):
            # the 40 characters before it, searched in place: a word cut there is no word ("gover|nor");
            # within its clause ("Постраждалих немає, пошкоджено склад": the damage stands)
            start = max(0, x.start() - 40)
            start = max((y.end() for y in _CLAUSE_BREAK.finditer(text, start, x.start())), default=start)
            lead = (text, start, x.start())
            if pats["negation"].search(*lead) or pats["unspecified"].search(*lead) or pats["threat_before"].search(*lead) \
                    or pats["natural_cause"].search(*lead) or pats["natural_cause_after"].match(text, x.end()) \
                    or pats["negation_after"].match(text, x.end()) or pats["threat_after"].match(text, x.end()) \
                    or (_OPENS_CLAUSE.fullmatch(*lead) and (start == 0 or _CLAUSE_BREAK.match(text, start - 2))
                        and pats["negation_closing"].match(text, x.end())) \
                    or pats["negated_list"].search(text, max(0, x.start() - 100), x.start()):
                continue
            kinds.append(kind)
            break
    return tuple(kinds)
