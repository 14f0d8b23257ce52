"""English: the words air-attack reports use, as data for the extraction stages.

Everything language-specific lives here (numerals, verbs, weapon words,
"each" markers, claimant phrases, incident words); the stages stay generic.
Patterns are regular-expression fragments matched case-insensitively unless
their name says otherwise.
"""

from __future__ import annotations

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "both": 2, "single": 1, "a single": 1, "another": None,
    "dozen": 12,
}
# number words that multiply the one before ("two dozen" = 24, "three hundred"), alone their value
NUMBER_MULTIPLIERS = frozenset({"hundred", "thousand", "dozen"})
# digits in thousands: "100 thousand drones", "12.5 thousand" (the number's span takes the word)
THOUSANDS_AFTER = r"thousand\b"
# "half a dozen" = 6
HALF_OF_BEFORE = r"\bhalf\s+(?:an?\s+)?$"
# Tokens that may join number words: "one hundred and twenty-two".
NUMBER_JOINERS = {"and", "-"}

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

# the days of the week (Monday 0): one written with a date ("Saturday, March 8", "Friday (June 6)") fixes
# the date's year when the text gives none; one named alone ("on Monday") tells the weekday of the report's day
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

# the generic noun a model's name may follow ("a ballistic missile Iskander-M", "cruise missiles Kh-101")
# (or with its type told after: "17 cruise missiles of the X-101 type", "missiles of the Kh-59 type")
_MISSILE_BEFORE_MODEL = r"(?:(?:(?:aero)?ballistic |cruise |guided |hypersonic )?missiles? (?:of the )?)?"
# the Kh- models' prefix as translations spell it: "Kh-101", "X-101" (and the Cyrillic "Х-101" left in)
_KH = r"(?:Kh|X|Х)"
# (after a model's name, the word "type" of "of the X-101 type")
_TYPE_AFTER = r"(?: type)?"

# Weapon nouns (plural and singular) with their type and, where it names one, the model.
WEAPONS: list[tuple[str, str, str | None]] = [
    # drone boats ("five uncrewed boats were destroyed", "three naval drones", "two USVs"): counted as drones of
    # a model of their own, as the golds count them (not "high-speed boats with troops on board", crewed craft)
    # (in the plural only: "a naval drone was also destroyed off the coast" beside a night's drones stays uncounted)
    (r"(?:(?:uncrewed|unmanned|crewless|remote-controlled|pilotless)\s+(?:surface\s+|sea\s+|naval\s+)?(?:boats|vessels)|"
     r"(?:naval|sea|maritime|marine|surface|water)\s+(?:attack\s+|strike\s+|kamikaze\s+)?drones|(?:drone|kamikaze)\s+boats|USVs)",
     "drone", "naval drone"),
    # ("two UAV's over the Voronezh region": the plural written with an apostrophe)
    # ("9 unmanned aircraft-type aerial vehicles": a translation of the Russian "БПЛА
    # самолетного типа" with the type inside the noun)
    # ("1,300 one-way attack uncrewed aerial vehicles (OWA-UAVs)": British intelligence's words for them)
    (r"(?:(?:unmanned|uncrewed) (?:(?:aircraft|airplane|plane|fixed-wing)-type )?aerial vehicles?|(?:unmanned|uncrewed) aircraft|UAV['’]s|(?:OWA[- ])?UAVs?|"
     r"(?:aerial )?drones?|quadcopters?|BpLAs?|"
     # ("11 loitering munitions of this kind were shot down": the Shaheds, as the south's command calls them)
     # ("17 barrage munitions were launched": the same, translated from "баражуючі боєприпаси")
     r"(?:loitering|barrage) munitions?)", "drone", None),  # ("eleven aerial drones", as against naval ones)
    # ("Enemy targets were destroyed", "destroying all incoming targets": the air defence's, in the plural)
    # ("57 aerial weapons were used", "air attack assets", "140 drones and missiles were launched": the
    # attack's weapons of every kind, one count)
    (r"(?:aerial|air|airborne) targets?|(?:enemy|incoming|hostile) targets|means of (?:air|aerial) attack|(?:aerial|air|airborne) objects?|"
     r"(?:aerial|airborne|air[- ]attack|air[- ]strike) (?:weapons|assets|means)|"
     r"(?:drones|UAVs) and missiles|missiles and (?:drones|UAVs)|"
     # ("90 targets were neutralised", "71 of the 89 targets launched by Russia": the air defence's, told by their downing or launch; not "struck 90 targets")
    # ("six targets were destroyed over …", "were eliminated in the Kursk region": the downing told by its other verbs
    # too, where a place or the sky follows them; not the front line's "12 targets were destroyed, including three
    # tanks", "a base where six targets were destroyed.": the verbs of any strike on the ground)
     r"targets(?=\s+(?:were|have\s+been|had\s+been)\s+(?:shot\s+down|downed|neutrali[sz]ed|intercepted|suppressed|"
     r"(?:destroyed|eliminated)(?=\s+(?:over|above|in\s+(?:the\s+)?(?:[A-Z]|sky|skies|air)|by\s+(?:the\s+)?air\s+defen)))|"
     r"\s+(?:launched|fired)\s+by\b)|"
     # ("intercepted 2,870 of the 3,305 projectiles launched", "40 projectiles were shot down": the attack's weapons of
     # every kind, told by their downing or launch; not the guns' "fired 300 projectiles at Nikopol", "projectiles
     # launched into the town")
     r"projectiles(?=\s+(?:were|have\s+been|had\s+been)\s+(?:shot\s+down|downed|neutrali[sz]ed|intercepted)|"
     r"\s+(?:launched|fired)\b(?!\s+(?:at|on|into|toward|towards|against)\b))|"
     # ("There are downed targets": the air defence's, told by the participle before them)
     r"(?<=\bdowned )targets|(?<=\bdestroyed )targets|(?<=\bintercepted )targets|(?<=\bshot-down )targets",
     "unknown", None),
    # (and the spellings of translations and transliterations: Shahid, Shaheed, Shahd)
    (r"Sha(?:hed|heed|hid|hd)(?:-type|s)?(?:[- ]1[0-9]{2}(?:(?:/| and | or |-)1[0-9]{2})?)?(?: attack| strike| kamikaze)?(?: drones?| UAVs?)?", "drone", "Shahed"),
    (r"Geran(?:-2|s)?(?: drones?)?", "drone", "Geran"),
    (r"Gerbera(?:s|-type)?(?: decoys?| drones?)?", "drone", "Gerbera"),
    (r"(?:decoy|imitator|dummy) drones?", "drone", "decoy"),
    # ("two Orlan reconnaissance drones": a kind of its own beside the strike drones)
    (r"(?:Orlan(?:-10)?\s+)?(?:reconnaissance|surveillance)\s+(?:drones?|UAVs?)|Orlan(?:-10)?s?(?:\s+(?:drones?|UAVs?))?",
     "drone", "reconnaissance"),
    # ("five Lancet-type attack UAVs", as the Shaheds')
    (r"Lancets?(?:-type)?(?: attack| strike| kamikaze)?(?: drones?| UAVs?| unmanned aerial vehicles?)?", "drone", "Lancet"),
    # ("two first-person view (FPV) drones": the name spelt out, its abbreviation in brackets)
    (r"(?:first[- ]person[- ]view (?:\(FPV\) )?|FPV(?:-| )?)drones?|FPVs?", "drone", "FPV"),
    (r"(?:guided aerial bombs?|guided bombs?|glide bombs?|aerial bombs?|air bombs?|KABs?|JDAM(?:-ER)?s?(?: bombs?)?|GBU-39s?|Hammer bombs?)", "guided_bomb", None),
    (r"HIMARS(?: multiple launch)?(?: rocket launcher| MLRS)? (?:rockets?|projectiles?|shells?)", "rocket", "HIMARS"),
    (r"(?:rockets?|projectiles?) (?:of|from|fired by) (?:the |a |an )?(?:[A-Z]{2}-made |[A-Z][a-z]+-made )?HIMARS(?: multiple launch rocket systems?| MLRS)?", "rocket", "HIMARS"),
    (r"(?:rockets?|projectiles?) (?:of|from|fired by) (?:the |a |an )?(?:[A-Z]{2}-made |[A-Z][a-z]+-made )?Vampire(?: multiple launch rocket systems?| MLRS)?", "rocket", "Vampire"),
    # ("two missiles fired from the Grad multiple launch rocket system": an MLRS's, whatever they are called)
    (r"(?:rockets?|missiles?|projectiles?) (?:fired |launched )?(?:of|from|by) (?:the |a |an )?(?:[A-Z]{2}-made |[A-Z][a-z]+-made )?"
     r"(?:Vampire|Grad|Uragan|Smerch|Vilkha|Olkha|Tornado)(?: multiple launch rocket systems?| MLRS)?(?: \(MLRS\))?", "rocket", None),
    (r"(?:MLRS|Vampire|Grad|Uragan|Smerch|Vilkha|Olkha)(?: multiple launch)?(?: rocket launcher| MLRS)? (?:rockets?|projectiles?|shells?)", "rocket", None),
    (r"Hammer (?:guided )?(?:aerial )?bombs?", "guided_bomb", "Hammer"),
    (r"(?:rockets?)", "rocket", None),
    # (a model's name in the plural is its missiles: "six Kalibrs were launched", "as many Kinzhals")
    # (and the generic noun before the model's name, as translated from the Air Force's "ракета Іскандер-М":
    # "a ballistic missile Iskander-M", "four cruise missiles Kh-101": the model's)
    (rf"{_MISSILE_BEFORE_MODEL}(?:Iskander-M|Iskanders?|KN-23)(?: ballistic)?(?: missiles?)?", "missile", "Iskander-M"),
    (rf"{_MISSILE_BEFORE_MODEL}{_KH}-101(?: cruise)?(?: missiles?)?{_TYPE_AFTER}", "missile", "Kh-101"),
    (rf"{_MISSILE_BEFORE_MODEL}{_KH}-59(?:/69)?(?: guided)?(?: air| aerial)?(?: missiles?)?{_TYPE_AFTER}", "missile", "Kh-59"),
    (rf"{_MISSILE_BEFORE_MODEL}{_KH}-22(?: cruise)?(?: missiles?)?{_TYPE_AFTER}", "missile", "Kh-22"),
    (rf"{_MISSILE_BEFORE_MODEL}{_KH}-31(?:P|PD|A|П)?(?: anti-radar| anti-radiation| anti-ship| guided)?(?: missiles?)?", "missile", "Kh-31"),
    (rf"{_MISSILE_BEFORE_MODEL}{_KH}-35(?:U)?(?: anti-ship| cruise| guided)?(?: missiles?)?", "missile", "Kh-35"),
    (rf"{_MISSILE_BEFORE_MODEL}Kalibrs?(?: cruise)?(?: missiles?)?", "missile", "Kalibr"),
    (rf"{_MISSILE_BEFORE_MODEL}Kinzhals?(?: aeroballistic| hypersonic)?(?: missiles?)?", "missile", "Kinzhal"),
    (r"Storm Shadow(?: cruise)?(?: missiles?)?", "missile", "Storm Shadow"),
    (r"SCALP(?: cruise)?(?: missiles?)?", "missile", "SCALP"),
    # ("four operational-tactical ATACMS rockets": ballistic missiles, whatever the news calls them)
    (r"(?:operational-tactical |tactical |ballistic )?ATACMS(?: operational-tactical| ballistic| tactical)?(?: missiles?| rockets?)?",
     "missile", "ATACMS"),
    (r"Neptunes?(?:-MD|-D)?(?: anti-ship| cruise| guided)?(?: missiles?)?", "missile", "Neptune"),  # ("Neptune-MD": the long-range one)
    (r"Flamingo(?: cruise)?(?: missiles?)?", "missile", "Flamingo"),
    (r"S-300(?: anti-aircraft| air defen[cs]e| surface-to-air)?(?: guided)?(?: missiles?)?", "missile", "S-300"),
    (r"(?:AGM-88 )?HARM(?: anti-radar| anti-radiation)?(?: missiles?)?", "missile", "HARM"),
    # ("four Patriots were destroyed": the interceptors of the Patriot system, told in the plural as the
    # Kalibrs; not the system, its batteries or launchers)
    (r"Patriots?(?!\s+(?:(?:air[- ]defen[cs]e|anti-aircraft|missile|surface-to-air)\s+)?(?:systems?|batter(?:y|ies)|launchers?|complex(?:es)?|radars?|units?|crews?))"
     r"(?: PAC-[23](?: MSE)?)?(?: anti-aircraft| air defen[cs]e| surface-to-air)?(?: guided)?(?: missiles?| interceptors?)?", "missile", "Patriot"),
    (r"(?:ballistic |cruise |guided |anti-aircraft |air-to-surface |aeroballistic |anti-radar |anti-radiation )*missiles?",
     "missile", None),
]

# Words that may stand between a count and its weapon noun ("22 Ukrainian fixed-wing drones").
WEAPON_ADJECTIVE_ENDING = r"(?!)"  # (Russian and Ukrainian adjectives told by their ending)
WEAPON_ADJECTIVES = (
    # ("23 air strikes, including 14 using Shahed drones": strikes told by the weapon they used, one each, so as
    # many weapons came; not "with" alone, which also tells what a place was struck with; before "attack" and
    # "strike" alone: weapons._adjectives takes the first that reads to a word's end, once)
    r"(?:Ukrainian|Russian|enemy|hostile|fixed-wing|aircraft-type|airplane-type|plane-type|"
    r"attacks? with|strikes? with|attack|strike|kamikaze|suicide|one[- ]way|loitering|(?:long|medium|intermediate|short)-range|military|more|other|additional|combat|jet-powered|"
    r"jet|various|using|with\s+the\s+use\s+of|Iranian|different|types? of|of|the|Ukraine's|Russia's|armed|type|"
    r"reconnaissance|surveillance|decoy|cruise|ballistic|guided|operational-tactical|tactical|bomber|[A-Z][a-z]+-(?:made|launched|fired|designed|built|produced|supplied|provided)|all|"
    # ("seven U.S.-made ATACMS missiles", "two UK-supplied Storm Shadows", "four British Storm Shadow missiles": whose make
    # they are; the abbreviations in capitals only, "us" is no maker)
    r"(?-i:U\.S\.|US|U\.K\.|UK|NATO|EU)-(?:made|supplied|provided|built|produced)|"
    r"American|British|French|German|Italian|Western|Norwegian|Swedish|Polish|Dutch|"
    r"such|incoming|inbound|"  # ("1,000 such drones": of the kind just named; "42 incoming drones")
    r"self-destruct(?:ive|ing)|self-detonating|explosives?-laden|explosive|exploding|"  # (the kamikaze kind, in other words)
    r"unmanned(?!\s+(?:(?:aircraft|airplane|plane|fixed-wing)-type\s+)?(?:aerial|aircraft)\b)|"  # ("16 unmanned kamikaze drones": the drone said twice; not "unmanned aerial vehicle", itself the weapon)
    r"or\s+more|"  # ("12 or more drones": as written, the count)
    # ("three Ukrainian Armed Forces drones", "five Ukrainian army drones", "two AFU drones": whose they are)
    r"army|forces|AFU|UAF|APU)"
)

# a participle of how the weapons came, between a count and its weapon only ("Of the 60 detected drones, 51 …"; not
# a filler of a place's item, as WEAPON_ADJECTIVES are: "Nine drones were detected over …")
WEAPON_PARTICIPLES_BEFORE = r"detected|tracked|spotted|recorded|launched|fired"

# a verb of a weapon getting through, after "none of …" ("None of them reached its target": all downed)
GOT_THROUGH = r"(?:reached|hit|struck|got\s+through|made\s+it|managed\s+to|succeeded)"
_THEM = r"(?:them|these|those)"
# "None of them reached its target" after a count launched: all of them downed, as "all of them were shot
# down" (with no count of its own; the count after "none of the 12 drones" is DESTROY's)
# (the words between in the active: "None of them were hit" tells them spared, not downed)
_ACTIVE_GAP = r"(?:(?!(?:was|were|been|being|is|are)\s)[\w-]+\s+){0,3}?"
# (and the count's own participle clause: "None of the 12 drones launched by Russia reached the city")
_ACTIVE_GAP_LONG = r"(?:(?!(?:was|were|been|being|is|are)\s)[\w-]+,?\s+){0,6}?"
NONE_OF_THEM = rf"\b(?:none|not\s+(?:a\s+single\s+)?one)\s+of\s+{_THEM}\s+{_ACTIVE_GAP}{GOT_THROUGH}\b"
# the words after NONE_OF_THEM's verb up to the place not reached ("None of them reached Kyiv"): its target
GOT_THROUGH_TO = r"(?:(?:to|the)\s+)*"

DESTROY = (
    r"(?:destroyed|destroying|destroy|intercepted|intercepting|intercept|shot down|shooting down|"
    r"(?:shot|brought|took|knocked)\s+(?:them|both)\s+(?:all\s+)?down|"  # ("shot them down": the phrasal verb split by its object)
    r"shoot down|downed|neutrali[sz]ed|eliminated|suppressed|jammed|brought down|"
    # ("the defences disabled 28 enemy UAVs overnight": a wire's word for the ministry's downing; with its count
    # or weapon after it, never "a disabled power line")
    r"disabled(?=\s+(?:[\w,-]+\s+){0,4}?(?:drones?|UAVs?|unmanned|missiles?|Shahe?ds?|targets)\b)|"
    # ("two drones were forced to land by electronic warfare": landed by EW, downed as a jammed one is; never
    # without the EW named: "debris landed on a house")
    r"(?:forced\s+to\s+land|landed)(?=\s+(?:[\w-]+\s+){0,2}?by\s+(?:electronic\s+warfare|EW)\b)|"
    # ("12 drones in total had been taken out", "the defences took out 30 drones": a wire's word for the downing;
    # passive, or with the weapons right after it, never "taken out of service", "a strike took out the power")
    r"(?:(?<=\bbeen )|(?<=\bwere )|(?<=\bwas ))taken\s+out(?!\s+of\b)|"
    r"(?:took|taking)\s+out(?=\s+(?:[\w,-]+\s+){0,4}?(?:drones?|UAVs?|unmanned|missiles?|Shahe?ds?|targets)\b)|"
    r"taken down|took down|knocked out|repelled|neutrali[sz]ing|downing|destruction of|interception of|"
    r"(?<=\bto )down(?=\s)|"  # ("managed to down 47 drones": the verb's infinitive)
    # ("30 of the UAVs were shot over the Oryol region": "down" left out, the passive before a place named;
    # never the active "shot over 100 missiles", more than 100 fired)
    r"(?<=\bwere )shot(?=\s+over\s+(?:the\s+)?(?-i:[A-Z]))|(?<=\bwas )shot(?=\s+over\s+(?:the\s+)?(?-i:[A-Z]))|"
    # ("all of them were hit by air defence systems": hit by the defences, downed; never a hit alone: "a drone
    # hit a house", "the city was hit by missiles")
    r"(?:hit|struck)(?=\s+by\s+(?:(?:the|our|Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+)?(?:air\s+defen[cs]es?|anti-aircraft)\b)|"
    # (a headline's present: "Russia downs 111 Ukrainian drones", "Ukraine shoots down 40 drones")
    r"downs|shoots down|destroys|intercepts|neutrali[sz]es|"
    # ("None of the 12 drones reached its target", "not one of them got through": all of them downed, the
    # none the verb before the count)
    rf"(?:none|not\s+(?:a\s+single\s+)?one)(?=\s+of\s+(?:(?:the\s+|its\s+|their\s+)?(?:\d[\d,]*|(?:{'|'.join(NUMBER_WORDS)}))|"
    rf"{_THEM})\s+{_ACTIVE_GAP_LONG}{GOT_THROUGH}\b)|"
    # ("air defences prevented an attack by two drones on the region", "thwarted an attack of 12 UAVs": as
    # "repelled"; with a count only: "an attempted drone attack was thwarted" tells of none destroyed)
    # ("the defences countered an attack, which involved five drones": the attack's drones, repelled)
    rf"(?:thwarted|foiled|prevented|repelled|repulsed|countered)\s+(?:an?\s+|the\s+)?attacks?(?:\s+(?:by|of|involving)|\s*,\s*which\s+involved)"
    rf"(?=\s+(?:more\s+than\s+|over\s+|at\s+least\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)))"
)
LAUNCH = (
    r"(?:launched|launching|launches(?=\s+(?:were|was|had\s+been|have\s+been)\s)|fired|firing|sent|used|deployed|deploying|employed|"
    r"unleashed|unleashing|hurled|dispatched|"
    # ("carried out a combined attack of 100 drones and 10 missiles": the attack's weapons, with its actor's verb)
    r"(?:carried\s+out|conducted|mounted|staged|launched)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:attack|strike|barrage|raid|assault)s?"
    r"\s+(?:of|by|involving|using)(?=\s)|"
    # a headline's present: "Russia launches 90 drones, 4 missiles at Ukraine", "Russia fires 60 drones"
    rf"(?:launches|fires|sends|uses)(?=\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|a\s+record(?:\s+of)?)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b))|"
    # ("88 drones took part in the attack", "60 drones were involved"): the weapons of the attack, the ones that came
    r"(?:took|take|takes|taking)\s+part\b|(?:were|was|been|are|is)\s+involved\b|participated\b|"
    # ("shot down 20 drones during a raid involving 25 drones and four missiles": the attack's weapons, the
    # ones that came)
    r"(?:attack|strike|barrage|raid|assault)s?\s+involving(?=\s)|"
    # ("The raid, which involved 40 drones and two missiles, cut …", "the strike that included 14 drones"): the
    # attack's relative clause of what it was made of, the ones that came
    r"(?:(?<=attack,\s)|(?<=attack\s)|(?<=strike,\s)|(?<=strike\s)|(?<=barrage,\s)|(?<=barrage\s)|(?<=raid,\s)|(?<=raid\s)|(?<=assault,\s)|(?<=assault\s))(?:which|that)\s+(?:had\s+|has\s+)?(?:involved|included|comprised|consisted\s+of)"
    rf"(?=\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|up\s+to)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b))|"
    # ("the governor reported an attack by nine drones", "after an attack by 12 drones": an attack told of, or
    # the time of one, with its count, the ones that came; "an attack involving" is the branch above)
    r"(?:reported|announced|told\s+of|spoke\s+of|warned\s+of|after|during|following)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:attack|strike|raid)\s+(?:by|of)"
    rf"(?=\s+(?:more\s+than\s+|over\s+|at\s+least\s+|some\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b))|"
    # "three UAVs attempted to attack an industrial site": the ones that came
    r"(?:attempted|tried|sought)\s+to\s+(?:attack|strike|hit)|"
    # ("40 drones had headed for Kyiv", "12 missiles were heading towards the city": the ones that came, told in a
    # finite verb; not the participle "drones heading for Moscow were downed", the downed ones' place)
    r"(?:(?<=had\s)|(?<=had\s[\"“])|(?<=had\sbeen\s)|(?<=were\s)|(?<=was\s))(?:headed|heading|flying)\s+(?:for|towards?|to|at)\b|"
    # ("58 drones were aimed at Ukraine", "11 missiles were directed at Lutsk": the ones that came, told in the
    # passive of their aim; never the participle "drones aimed at Kyiv were downed", the downed ones' target)
    r"(?:(?<=were\s)|(?<=was\s)|(?<=had\sbeen\s)|(?<=have\sbeen\s))(?:aimed|directed)\s+(?:at|against|towards?)\b|"
    # ("two drones were tracked over the region", "two missiles have been spotted over the region": seen in the
    # sky, as detected; "five missiles were also
    # recorded, of which two were shot down": the Air Force's "зафіксовано" in English)
    r"(?:were|was|been)\s+(?:tracked|spotted)|recorded(?:(?<=were\srecorded)|(?<=was\srecorded)|(?<=been\srecorded)|(?<=also\srecorded))|"
    # ("91 air targets were detected": as recorded; not "were detected and shot down", the downed told)
    # (nor "were detected, destroyed and their debris put out": the same told in a list of verbs)
    r"detected(?:(?<=were\sdetected)|(?<=was\sdetected)|(?<=been\sdetected))(?!,?\s+(?:and\s+)?(?:destroyed|shot|downed|intercepted|neutrali))|"
    # ("radars detected 20 air targets; 15 of them were shot down": the active verb, right before its count,
    # tells what came, never what was downed; not "detected and destroyed 20", nor "detected 30 drones and
    # destroyed them", the count of the downing told after it)
    # ("detected and escorted 7 Shaheds": the Air Force's "виявлено та супроводжено" in English)
    rf"(?:detected|tracked|spotted|recorded|registered|escorted)(?=\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|up\s+to)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b))"
    r"(?![^.;:]{0,60}?\band\s+(?:destroyed|shot\s+down|downed|intercepted|neutrali[sz]ed)\s+(?:them|all\s+of\s+them)\b)|"
    # "attacked Ukraine overnight with 147 drones", "struck Kharkiv with 20 missiles": only when a weapon
    # follows 'with' ("a drone hit a warehouse with 40 workers inside" launched nothing)
    # (not the Russian ministry's formula "Kyiv's bid to commit terrorist attacks with 14 UAVs was foiled":
    # the downed ones, told again)
    r"(?:(?<!terrorist\s)attack(?:ed|s)|struck|strikes|bombard(?:ed|s)|target(?:ed|s)|hits?|pound(?:ed|s)|barraged)(?:\s+[\w'’-]+){0,3}?\s+with"
    rf"(?=\s+(?:[\w'’-]+\s+){{0,4}}?(?:{'|'.join(w for w, _, _ in WEAPONS)})\b)|attacked|"
    # ("Kharkiv was targeted by 12 drones": as "attacked by", the ones that came)
    r"targeted(?=\s+by\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|up\s+to)\s+)?(?:\d|(?:"
    + "|".join(NUMBER_WORDS) + r")\b))|"
    # "the night's attack consisted of 146 drones and 20 missiles": the weapons of the attack, the ones that came
    # "There was a strike today too: more than 240 drones …", "Tonight there was an attack: 50 Shaheds …": the attack
    # told as there was one, and after its colon what it was made of
    r"there\s+(?:was|were)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|barrage|assault)s?(?:\s+[\w'’-]+){0,3}?(?=\s*:)|"
    # ("Overnight there were 14 enemy targets over the region, nine of them were downed": the ones that came, told
    # as there being them; never with a downing verb after them in the clause: "there were 14 drones shot down"; a
    # count in figures only: with number words the family's gate took "two" … as its words, and every text with a
    # number word passed the prefilter)
    r"there\s+(?:were|was)(?=\s+(?:(?:more\s+than|over|nearly|almost|about|some|at\s+least|up\s+to)\s+)?\d(?![^.;:,]{0,60}?\b(?:shot|downed|destroyed|intercepted|neutrali[sz]ed|suppressed|"
    r"killed|injured|wounded|hurt|explosions?|blasts?|hits?|strikes|attacks|casualties|victims|people)\b))|"
    # ("the onslaught included 40 drones", "the attack included missiles and 20 drones": a kind told with no number,
    # then the count; "the barrage from Russia included 120 drones": its actor told between)
    # ("the first wave consisted of 30 drones", "the wave included 45 Shaheds": a wave of the attack, the same)
    r"(?:attack|barrage|assault|strike|onslaught|wave|salvo|swarm)s?(?:\s+(?:on|against|from|by)\s+[\w'’-]+)?\s+(?:consisted\s+of|comprised|involved|included)"
    rf"(?=\s+(?:[a-z-]+\s+and\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b)))"
)
# (quoted too: 45 decoy drones were "lost in location")
# ("20 drones were lost to jamming", "were lost, likely due to electronic warfare": the Air Force's "lost" in the news' words)
# ("were 'locationally lost'" in single quotes; "41 drones were lost to location": the same word translated)
LOST = (r"(?:lost (?:from|on) (?:the )?radar|(?:were |was )?[\"'‘’“]?(?:locationally lost|locally lost|lost (?:in|to) (?:location|locations|space))|"
        r"(?:were |was )?lost,?\s+(?:(?:likely|probably|possibly|presumably|most\s+likely)\s+)?(?:to|due\s+to|because\s+of|through|as\s+a\s+result\s+of)\s+"
        r"(?:\w+\s+)?(?:jamming|electronic|EW\b|countermeasures|suppression)|"
        r"disappeared from radar|"
        # the Air Force's lost drones in the news' words: "while 19 drones failed to hit their targets", "a further 41 were
        # probably jammed by EW" (hedged: a guess at what became of them, no downing; not "were
        # jammed by EW units", a governor's count of those brought down)
        r"(?:did\s+not|didn['’]t|failed\s+to)\s+(?:hit|reach)\s+(?:their|its|the(?:ir)?\s+intended)\s+targets?|"
        r"(?:were\s+|was\s+)?(?:likely|probably|possibly|presumably|most\s+likely)\s+(?:neutrali[sz]ed|downed|suppressed|jammed|brought\s+down)\s+"
        r"(?:by|through|with)\s+(?:electronic\s+(?:warfare|countermeasures|jamming)|EW\b|jamming)|"
        # ("12 more were knocked off course by electronic warfare": turned off their course, not downed; ru "сбиты с курса")
        r"(?:were |was )?(?:knocked|sent|thrown|pushed|diverted|forced)\s+off\s+(?:their\s+|its\s+)?course)")
# (Russian "потребовался час, чтобы сбить все 12": the aim reached; English reads an aim only after a verb of sending)
AIM_DONE_BEFORE = r"(?!)"
# a destroy verb the sentence denies: "air defences failed to shoot down two missiles", "one drone could
# not be intercepted", "are unable to down the 40 drones Russia launches each night" (the count is of
# those that got through, never of those destroyed)
NOT_DESTROYED = (r"(?:\b(?:failed\s+to|(?:un|not\s+)able\s+to|cannot|can['’]t|could\s+not|couldn['’]t|did\s+not|didn['’]t|were\s+not|was\s+not|"
                 r"weren['’]t|wasn['’]t)\s+(?:be\s+)?(?:shoot|shot|down(?:ed)?|destroy(?:ed)?|intercept(?:ed)?)\b|"
                 # an aim, not a downing: "deployed mobile groups to shoot down the 500 drones launched", "in
                 # order to intercept them" (not "managed to down 47 drones", "were able to shoot down most",
                 # "went on to shoot down the 42 drones", "were quick to intercept the 12 drones": what was
                 # sent, deployed or asked for to down the N)
                 r"\b(?:in\s+order|so\s+as)\s+to\s+(?:shoot\s+down|down|intercept|destroy)\b|"
                 # an attempt, not a downing: "soldiers tried to shoot the drone down", "attempting to intercept it"
                 r"\b(?:tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?)\s+to\s+(?:shoot|down|intercept|destroy)\b|"
                 r"\b(?:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|mov(?:es|ed|ing)|need(?:s|ed)?|"
                 r"ask(?:s|ed)|request(?:s|ed))\b[^.;:]{0,60}?\bto\s+(?:shoot\s+down|down|intercept|destroy)"
                 r"(?=\s+(?:all\s+)?the\s+\d)|"
                 # (none of them downed: "None of the 8 drones was shot down")
                 # (few optional words: each multiplies the gate's paths)
                 r"\b(?:none|not\s+one)\s+of\s+(?:[\w-]+\s+){1,5}?(?:was|were)\s+(?:shot\s+down|downed|destroyed|intercepted)\b|"
                 # a question, not a count: "over 100 drones: how many were shot down"
                 r"\bhow\s+many\s+(?:\w+\s+){0,3}?(?:were\s+|was\s+)?(?:shot\s+down|downed|destroyed|intercepted)\b)")

# "each" markers around a breakdown item.
EACH = r"(?:each|apiece|per region|respectively)"
# "each" opening a participle of every weapon ("20 drones each carrying up to 50 kg"): no count for each place
EACH_DOING = r"\s+(?!being\b|bring\b|string\b|thing\b)[a-z]+ing\b"
# words that end a breakdown item's places ("12 over Kursk while Bryansk reported …"), beside ";" and ". "
# a reporting clause ends an item: "two over the sea, the governor of Sevastopol said" names the speaker's region,
# and so does its speaker before the verb: "…, the Kherson City Military Administration announced" (the speaker's
# name is no place of the item); a relative clause that describes the item's region names no place of the item
# either: "over the Tula region that lies nearer to Moscow", "which borders Ukraine"
ITEM_STOP = r"\bwhile\b|\bwhereas\b|\bas well(?: as)?\b|\bwith\b(?! the)|,\s*(?:said|says|reported|wrote|according\s+to)\b" \
    r"|,\s*the\s[^,.;:\d]{0,60}?\b(?:said|says|announced|reported|stated|wrote)\b" \
    r"|\b(?:that|which)\s+(?:is|are|was|were|lies|lie|borders?)\b" \
    r"|,\s*(?:the\s+)?(?:most|majority|bulk|part|some|half)\s+of\s+(?:them|these|which)\b"  # ("…, most of them over …": a part's place)
# ("four missiles over Poltava Oblast and several more targets over Mykolaiv Oblast": an uncounted part of its own)
ITEM_STOP += r"|\band\s+(?:a\s+few|several|some|a\s+number|many|dozens)\s+more\b"
# (and an apposition that tells what the place is, whose own places are no places of the item: "over Taganrog,
# home to an airbase of Moscow's", "above Kerch -- a port city the Kremlin's forces supply", "over Yeysk, a town
# with an airfield")
ITEM_STOP += (r"|(?:,|\s+--?|\s+[—–])\s+(?:home\s+to\b|an?\s+(?:[\w-]+\s+){0,3}?"
              r"(?:hub|city|town|port|centre|center|village|base|stronghold|capital)\b)")
# (that part's place, right after: an item with no count)
# (or a list's last part with no number: "six in Aa, 20 in Bb and a number near the Cc border", its place its own)
VAGUE_MORE = (r"\band\s+(?:a\s+few|several|some|a\s+number|many|dozens)\s+(?:more\s+(?:[\w-]+\s+){0,3}?|(?:[^\W\d_][\w-]*\s+){0,2}?)"
              r"(?:in|over|above|near)\s+(?:the\s+)?")
# (", and" opening a clause of its own, whose subject is places that told something: "…, and each region,
# Kharkiv and Sumy, reported damage", "…, and Sumy and Poltava reported damage": no places of the count)
ITEM_STOP += r"|,\s*and\s+(?:each|every)\b|,\s*and\s+[^,.;:\d]{0,60}?\b(?:said|says|announced|reported|stated|wrote)\b"
# between a town and the sea it lies on: "the port of Ust-Luga on the Baltic Sea" (where the town is, not a place of its own)
RESPECTIVELY = r"respectively"  # "seven and three over the Bryansk and Kursk regions respectively"
# the region around the place named last, told without its name: "downed over Kyiv and its suburbs",
# "over Kyiv and the surrounding area" (one count over the city and its region; .match at the places' end)
# ("over Kharkiv and the city's suburbs": the city named again by a possessive)
SURROUNDINGS_AFTER = (r"(?:\s*,\s+|\s+)and\s+(?:its|the|the\s+(?:city|capital|town)['’]s)\s+(?:suburbs|outskirts|environs|surroundings|surrounding\s+(?:areas?|region|oblast|province)"
                      r"|region|oblast)(?![\w'’-])")
# after an item's places, more places left unnamed: "120 drones over Crimea and western parts of the country"
AND_ELSEWHERE = r"(?:western|eastern|northern|southern|central|other|several|neighbo(?:u)?ring|nearby)\b"
# a sentence that goes on with the count just told: "Of these, 41 were shot down"
OF_THESE_LEAD = r"\W*(?:of\s+(?:these|those|them|this\s+number|that\s+number)|of\s+which)\b"
# "shot down 98% of the 120 drones launched": the count after a share of it is how many came; so after
# a share told without a number ("shot down most of the 25 drones", "the majority of the 40"): how
# many of them were destroyed is not told
# what makes the number before it a share, not a count: "знищили 77% з них", "shot down 90 percent"
PERCENT_AFTER = r"(?:[.,]\d+)?\s*(?:%|per\s*cent\b|percent\b)"
PERCENT_OF_BEFORE = (rf"(?:\d+{PERCENT_AFTER}|\bmost|\b(?:the\s+(?:overwhelming\s+)?)?majority|"
                     r"\bthe\s+bulk|\b(?:a\s+)?part|\bsome|\bhalf|\bmany|\bseveral|"
                     # ("almost all of the 15 drones", "not all of the 15": short of the whole, by how many untold)
                     r"\b(?:almost|nearly|virtually|practically|not)\s+all|"
                     r"\b(?:a|one|two)\s+thirds?|\b(?:a|one|three)\s+quarters?)\s+of\s+(?:the\s+|all\s+|all\s+the\s+)?")
# "half of the 12 downed drones": the whole a share is taken of, itself told as downed (a participle right
# after its number), so the whole is the destroyed count and its place's (matched at the number's end; the
# participle after the noun is the share's own verb in English: "half of the 60 drones shot down over …")
# (after the noun too when the share has a verb of its own after the participle's clause: "half of the 12
# drones shot down over the Kursk region fell on farmland", the 12 the region's downed)
SHARE_WHOLE_DOWNED = (r"\s+(?:downed|intercepted|destroyed|shot-down)\b|(?:\s+[\w-]+){1,2}?\s+(?:shot\s+down|downed|intercepted|destroyed)"
                      r"(?:\s+(?:over|above|near|in)\s+[^.;:!?]{1,60}?)?,?\s+(?:fell|crashed|landed|came\s+down|hit|struck|damaged|were\s+found)\b")
# (also after an apposition that says what the town is: "over Novorossiysk, a port on the Black Sea")
SEA_LOCATOR = r"(?:,\s+(?:(?:an?|the)\s+|(?:home|base|seat)\s+(?:of|to)\s+)(?:[\w'’-]+\s+){0,4}?|\s+)on\s+the\s+"
# between a city that is a region of its own and the region around it that only says where it lies:
# "over the city of Sevastopol in Crimea" (the city's count, not the peninsula's), also told by an
# apposition that names what the city is: "over Sevastopol, a port city in Crimea" (never a bare comma:
# "over Kyiv, the Kyiv region and Odesa" is a list), or by what the city is home to: "over Sevastopol, home
# of the fleet on the peninsula" (and "on" the peninsula, as "in" it)
REGION_LOCATOR = (r"(?:\s+|,\s+(?:(?:an?|the)\s+|(?:home|base|seat)\s+(?:of|to)\s+)(?:[\w'’-]+\s+){1,4}?)(?:in|on)\s+"
                  r"(?:(?:annexed|occupied)\s+)?(?:the\s+)?")
# the land a coast belongs to, before its name: "over the Black Sea near the coast of occupied Crimea",
# "off the coast of the city of Sevastopol" (where over the sea, not a place of their own)
# (or the town alone: "over the Sea of Azov near Berdiansk", "over the Black Sea off Odesa")
COAST_LOCATOR = (r"\b(?:near|off|along|close\s+to)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?coast(?:line)?\s+of\s+(?:the\s+)?)?(?:(?:annexed|occupied)\s+)?"
                 r"(?:(?:[\w-]+\s+)?(?:city|town|port)\s+of\s+)?")
COMBINED_BEFORE = r"(?:a total of|a combined|in all|altogether|together)"
COMBINED_AFTER = r"(?:combined|together|in total|altogether|between them|in all)"
# (Russian "в нескольких областях": REGION_COUNT has the English type words); and the bare plural that
# opens a list of some of them: "shot down over regions including Aa, Bb and Cc"
SOME_REGIONS = r"(?:(?:Russian|Ukrainian)\s+)?(?:regions|oblasts|provinces)(?=\s*,?\s*(?:including|such\s+as)\s)"
# "over seven regions", "over 13 regions and the Black Sea": how many places, not which
REGION_COUNT = r"(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|various|many|a number of)\s+(?:\w+\s+)?(?:regions|oblasts|areas|provinces|territories)\b"
REGIONS_COUNTED = r"(?!)"  # (Russian "над девятью областями": REGION_COUNT says it in English)
# the waters of a sea, after a place: "over Russian regions and the waters of the Black Sea"
WATERS = r"(?:the\s+)?waters\s+of"
# the waters of a river named as its city is ("over the waters of the Dnipro"), or its bank ("on the
# left bank of the Dnipro"): the river, no city
RIVER_WATERS = rf"(?:{WATERS}|(?:banks?|shores?)\s+of)\s+(?:the\s+)?(?:Dnipro|Dnieper|Desna|Dniester|Danube)$"
# a road named by the towns it joins (Russian "на трассе Белгород — Шебекино"): English names the road
# after its towns ("the Belgorod-Shebekino highway"), which NOT_A_PLACE_AFTER reads
ROAD_OF_TOWNS = r"(?!)"
_QUARTER = r"(?:(?:(?:north|south)-?)?(?:north|south|east|west)|cent(?:re|er))"
# a count over the whole country, never the speaking official's own region: "air defences downed seven
# drones over Russian regions" in the Moscow mayor's story
# ("over western Russia", "over southern Russian regions": a part of the country by its quarter, no region of it)
_QUARTER_OF = r"(?:(?:(?:north|south)-?)?(?:north|south|east|west)ern|central)"
# the words that may follow 'nationwide' told of the count ("70 drones nationwide overnight, and …"), as against a
# noun it qualifies ("the nationwide alert")
_NATIONWIDE_THEN = (r"and|or|but|with|while|as|so|on|in|at|over|overnight|during|after|before|since|from|to|by|for|of|the|this|"
                    r"that|last|yesterday|today|tonight|earlier|according|said|says|were|was|had|have|has|is|are|alone")
NATIONWIDE = (rf"\b(?:over|across)\s+(?:(?:several\s+|various\s+)?(?:{_QUARTER_OF}\s+)?(?:Russian|Ukrainian)\s+(?:regions|territory)|"
              rf"(?:the\s+)?(?:regions|territory)\s+of\s+(?:Russia|Ukraine)|(?:{_QUARTER_OF}\s+)?(?:Russia|Ukraine)|the\s+country)\b(?!['’])|"  # (not "over Russia's Lipetsk Region")
              # ("Russia launched 80 drones nationwide, with air defences downing 45": the whole country's, in one word,
              # told after the count or its verb; not the adjective of another noun, "during the nationwide air alert, …",
              # "amid nationwide emergency blackouts": a word after it that is no linking or time word)
              rf"\b(?:nationwide|countrywide)\b(?!\s+(?!(?:{_NATIONWIDE_THEN})\b)[a-z])|"
              # the whole country as the attack's target, as ru/uk "атаковала Украину": "attacked Ukraine with 40
              # drones" (not "attacked Ukraine's …", one part of it)
              r"\battack(?:ed|s|ing)?\s+Ukraine\b(?!['’])|"
              # ("30 downed in the north and east of the country": parts of the country, no region of it)
              rf"\bin\s+the\s+{_QUARTER}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?{_QUARTER})*\s+of\s+(?:the\s+country|Ukraine|Russia)\b|"
              # ("Ukraine downed 30 drones at night, officials say": the country as the one that downed them,
              # at the head of the sentence after its dateline, and no place of the downing named in it)
              r"^\W*(?:[A-Z][A-Za-z]+\s+\([^()\n]{1,20}\)\s*[-–—]\s*)?(?:Ukraine|Russia)(?:['’]s\s+(?:air\s+defen[cs]es?|"
              r"military|armed\s+forces|forces))?\s+(?:(?:says?|said)\s+(?:it\s+)?)?(?:has\s+|had\s+)?"
              r"(?:shot|downed|downs|shoots|destroyed|destroys|intercepted|intercepts)\b"
              r"(?![^.\n]*\b(?:over|in|near|above|around|outside)\s+(?:the\s+)?(?:[A-Z]|skies|city|capital|region))")
# a command's area, wider than the region of the official who retells its count (see lexicon.uk)
COMMAND_AREA = r"\b(?:area|zone)\s+of\s+(?:its\s+|their\s+|our\s+)?responsibility\b"
SINGLE = r"(?:single|one)"
INDEFINITE_ARTICLE = r"an?"  # "a single" (see breakdown "single"); "and an Orlan UAV" (breakdown "counts_and")
# a count downed, then "and" and a bare count downed another way ("Four UAVs were destroyed and two were
# intercepted over …", the MoD's "уничтожены и перехвачены"): more of the same weapon, over the same place
DESTROYED_AND = r"\s+(?:were|was|have\s+been|had\s+been)\s+(?:destroyed|shot\s+down|downed|intercepted)(?:\s*,\s+|\s+)and\s+"
DESTROYED_AND_AFTER = r"\s+(?:more\s+)?(?:were\s+|was\s+)?(?:destroyed|shot\s+down|downed|intercepted|neutrali[sz]ed|suppressed)\b"
# the carriers a listed count was fired from, between the count and the next item of its list ("four cruise
# missiles from Tu-95MS strategic bombers, a Kh-59 missile and …": the list goes on past them)
FIRED_FROM_ASIDE = (r"\s+(?:launched\s+|fired\s+)?from\s+(?:[\w-]+\s+){0,3}?(?:aircraft|planes|bombers|jets|fighters|"
                    r"ships|warships|vessels|submarines)(?:\s+(?:over|in)\s+(?:the\s+)?[\w-]+(?:\s+Sea)?)?|"
                    # (or the area they came from: "12 drones from the Kursk region and a Kh-59 missile")
                    r"\s+(?:launched\s+|fired\s+)?from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:(?:occupied|annexed)\s+)?"
                    r"[A-Z][\w'’-]+(?:\s+(?:region|oblast|province|krai|peninsula|Sea))?")

# "near" a city that is a region of its own: the region around it (Russian "под Москвой"; see lexicon.ru)
NEAR_PREP = r"near"
# a preposition of place before an official's bare surname that makes it a town (Russian "в Николаеве"):
# none in English, where a surname after "in" is rare and a town keeps its English spelling
# a Ukrainian administration told in the sentence ("сообщил глава ОВА"): a surname alone beside it is no
# Russian region's official ("Николаев атакован …, сообщил глава ОВА": the city Mykolaiv, not Chuvashia's head)
UKRAINIAN_BODY = r"(?!)"  # (ru/uk: the abbreviations of a Ukrainian administration, "ОВА")
PLACE_BEFORE_NAME = r"(?!)"
NEAR_CITY_REGION = r"(?:Kyiv|Kiev|Moscow|Sevastopol|(?:St\.?|Saint)\s+Petersburg)\b"
# Prepositions that introduce the place of an interception.
ATTEMPTED_OVER = r"(?!)"  # (Russian "пытались атаковать Курскую область": an attack tried there)
OVER = (
    # ("destroyed 10 targets on the territory of Kyiv": the translation of "на території", as "over the territory of")
    # (the longer phrases before "over" alone: "five drones apiece over the territories of Tver and Pskov" leads
    # to the places' names, not to "territories")
    r"(?:over the territory of|over the territories of|over the waters of|over|above|in the skies over|in the sky over|on the territory of|"
    # ("near Kyiv": not near a city that is a region of its own, see NEAR_CITY_REGION)
    r"in the airspace (?:over|around)|in|"
    rf"near(?!\s+{NEAR_CITY_REGION})|off|"
    r"on the outskirts (?:of|and in)|"  # ("on the outskirts and in the capital": the city's count)
    r"around(?!\s+(?:\d|(?:a|an|the)\s+(?:dozen|hundred|score|clock)\b)))"  # ("nine were downed around Kyiv"; not "around 20")
)
# "near" before a place whose count of more follows it, beyond OVER's "near": "…, and close to Odesa 3 more"
NEAR_MORE = r"close\s+to"
# where a lone total happened ("5 UAVs were destroyed above the Oryol Region"; "near Orel", not near a city
# that is a region of its own, see NEAR_CITY_REGION)
# ("a drone was destroyed in the area of Kaluga": the town's area, as "near")
OVER_TOTAL = rf"(?:over|above|near(?!\s+{NEAR_CITY_REGION})|in the (?:area|vicinity) of|in the skies over|in the sky over|over the territory of|over the territories of|on the territory of|over the waters of|in the airspace (?:over|around))"
# parts of a region between "over" and its name (Russian "над двумя районами Воронежской области"),
# "over two districts of the Belgorod region", "over the southern Belgorod region"
# ("over Russia's Belgorod region": the country's possessive before its region)
OVER_PARTS = r"(?:[\w-]+\s+)?(?:districts?|areas?|parts?|municipalities|regions)\s+of|(?:south|north)?-?(?:east|west)ern|southern|northern|central|(?:Russia|Ukraine)['’]s"
# (Russian "Силами ПВО над … областью сбиты несколько": English puts the defences after the place)
DEFENDERS_OPENING = r"(?!)"
# a sentence that opens with where the defences downed them, told before the verb ("In the Kursk region, air
# defence destroyed several drones", "Air defence forces on duty in one of the districts of the Voronezh region
# destroyed several drones", as Russian "Силами ПВО в … области уничтожены"; "Over …" is OPENING's)
REPELLED_IN_OPENING = (r"(?:(?:the\s+)?air\s+defen[cs]es?(?:\s+(?:forces|systems?|units|means|crews))?(?:\s+on\s+duty)?\s+)?"
                       r"(?:in|on)(?:\s+the\s+territory\s+of)?(?:\s+one\s+of)?(?:\s+the)?")
# "shot down 11 drones in the Mykolaiv and Odesa regions": a total's places when they are regions or seas
# ("prevented an attack by two drones on the Belgorod region": the region attacked, where the attack was
# repelled)
# ("in one of the districts of the Voronezh region": the region, a district of it not named; "in the
# territory of the Belgorod region", as Russian "на территории"; not "launched from within the borders of the
# Kursk region", where they came from)
IN_REGIONS = r"(?:(?:in|on|(?<!from\s)within)\s+the\s+territor(?:y|ies)\s+of(?:\s+one\s+of\s+the\s+(?:districts|areas)\s+of)?|in\s+one\s+of\s+the\s+(?:districts|areas)\s+of|in|(?<!from\s)within(?:\s+the\s+(?:boundaries|borders|limits)\s+of)?|(?:in|within|over|across)\s+(?:the\s+(?:territor(?:y|ies)|skies)\s+of\s+)?(?:\w+\s+)?(?:regions|oblasts)(?:,?\s+(?:namely|as\s+follows))?\s*:|attacks?\s+(?:by|of)\s+(?:[\w-]+\s+){1,4}?on)"
# after a region "in" names: a relative clause that tells what happened there ("Explosions were heard in the Tver
# region, where the ministry said five drones were downed")
WHERE_AFTER = r"(?:\s+(?:again|overnight|tonight|today|once\s+more))?,?\s+where\b"  # ("attacked Odesa again, where …": an adverb between)
# a count of weapons that hit, not of weapons destroyed
# "struck the city with a ballistic missile": one weapon launched, though no number is written
# a singular weapon launched, then downed in its relative clause: "launched a cruise missile, which was shot down
# over the sea" (one launched, one destroyed)
ONE_DOWNED_AFTER = r"[»\"”]?\s*(?:,\s*)?(?:which|that)\s+(?:[\w'’-]+\s+){0,4}?"
STRUCK_WITH_ONE = r"(?!)"
# a singular missile told by its flight toward a place: "reported a ballistic missile flying towards Dnipro" (one
# launched, though no number is written)
ONE_FLYING_AFTER = (r"[\s,]*(?:(?:that|which)\s+)?(?:(?:was|is|were|are)\s+)?(?:flying|heading|headed)\s+"
                    r"(?:towards|toward|to|for|in\s+the\s+direction\s+of)\b")
# a running figure raised, the verb that tells it ("has risen to 37", "reached 25"; "to" after any of them):
# one list, read by DESTROYED_COUNT_BEFORE, RISEN_TO_BEFORE and the casualties' TOTAL_BEFORE
RISEN_TO = ("rose", "risen", "increased", "climbed", "grew", "grown", "jumped", "reached")
_RISEN_TO = "|".join(RISEN_TO)
# "the number of drones shot down rose to 25": the number is a destroyed count, though no weapon follows it
# (a parenthetical between: "the number of drones shot down, according to the governor, rose to 12")
# (between two commas, both written: not "the number of drones shot down was not given, deaths rose to 3")
DESTROYED_COUNT_BEFORE = rf"\b(?:number|total)\s+of\s+(?:\w+\s+){{0,3}}(?:shot\s+down|destroyed|downed|intercepted)\s+(?:\w+\s+){{0,5}}(?:\w+,\s+(?:\w+\s+){{0,4}}\w+,\s+(?:\w+\s+){{0,2}})?(?:has\s+|had\s+)?(?:{_RISEN_TO}|stood|stands|is|was)\s+(?:to\s+|at\s+)?$"
# right before a count none of which got through: "None of the 12 drones reached its target" (all downed)
NONE_OF_BEFORE = r"\b(?:none|not\s+(?:a\s+single\s+)?one)\s+of\s+(?:the\s+|its\s+|their\s+)?$"
HIT_COUNT_BEFORE = (r"\b(?:hits?|impacts?|strikes?) (?:of|by|from)\s+(?:\w+\s+){0,4}$|"
                    # ("the grid was pounded by more than a dozen missiles", "two plants were struck by 15 missiles":
                    # the passive of a hit, its agent the weapons that hit; not "targeted/attacked by 40 drones", the
                    # ones that came)
                    r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:hit|struck|pounded|battered|hammered|pummell?ed)\s+by\s+(?:\w+\s+){0,4}$")
# a count of weapons that hit, told by the verb after it: "two missiles and 12 drones hit seven locations"
# (or got past the defences: "two missiles broke through", "some of the 28 drones that escaped air defences":
# neither downed nor, alone, how many came)
# ("rel": a relative clause, after which the count's own verb may still tell it downed: "two drones that escaped
# the first line were shot down")
# (two kinds joined, no number before the second: "just 6 missiles or drones struck their targets")
# (Ukrainian "Одну вдалося знищити, інша – влучила в …": after a count downed, the one left that hit; here "the other
# hit" is too often a building's, "One was destroyed, the other hit by debris")
OTHER_HIT_AFTER = r"(?!)"
HIT_AFTER = (r"[^.;!?]{0,40}?,\s*(?:and\s+|but\s+|while\s+)?(?:the\s+)?(?:other|second|third|another)(?:\s+one)?\s+"
                   r"(?:hit|struck|fell|reached)\b")
HIT_AFTER = (r"(?:\s+(?:or|and)\s+(?:missiles|drones|UAVs|rockets|projectiles))?,?\s+(?:(?P<rel>that|which)\s+)?(?:(?:have|had)\s+)?(?:(?:hit|struck|reached)\s+(?:(?:their|the|its)\s+)?"
             r"(?:targets?|\w+\s+locations?|\d+\s+locations?|locations?)|(?:managed\s+to\s+)?(?:(?:broke|break|broken|got|get|"
             r"slipped|slip)\s+through|escaped|evaded|penetrated))\b")
# an attack repelled, right before its count: "repelled an attack by 33 drones, destroying 25 of them" (the count is
# how many came when a part of them is told destroyed after it)
REPELLED_BEFORE = (r"\b(?:repelled|repulsed|thwarted|foiled|countered)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?attacks?(?:\s+(?:by|of|involving)|\s*,\s*which\s+involved)\s+"
                   r"(?:(?:more\s+than|over|at\s+least|nearly|almost|about|some)\s+)?$")
# attacks told repelled, with no weapon word: "attacks were also repelled over the A, B and C regions",
# "repelled enemy attacks in …": what was destroyed there, as a weapon word would tell (done, not under way)
ATTACKS_REPELLED = (r"\battacks?\s+(?:(?:were|was|have\s+been|had\s+been|also)\s+){1,2}(?:repelled|repulsed|thwarted|foiled)\b|"
                    r"\b(?:repelled|repulsed|thwarted|foiled)\s+(?:[\w-]+\s+){0,2}?attacks?\b")
# the regions a ministry's total was aimed at, told in a sentence of no count after it: "Kyiv tried to carry out
# attacks with drones over the A and B regions", "attempted attacks over the A and B regions", "the attacks were aimed at the territories of …", "the A, B and C
# regions were attacked": all of its total intercepted, so over those (parts.attacked_regions_of_ministry_total)
ATTACKED_TERRITORIES = (r"\b(?:tried|attempted|sought)\s+to\s+(?:carry\s+out\s+|launch\s+|conduct\s+|stage\s+)?(?:[\w-]+\s+){0,2}?attacks?\b|"
                        r"\b(?:attempted|failed)\s+(?:[\w-]+\s+){0,2}?attacks?\s+(?:on|over|against|in)\b|"
                        r"\b(?:attacks?|strikes?)\s+(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:aimed|directed|targeted)\s+(?:at|against)\b|"
                        r"\b(?:regions?|oblasts?|territories)\s+(?:were|was|had\s+been|have\s+been)\s+(?:attacked|targeted)\b")
# (Ukrainian "Є збиття.": there are downings, no count and no weapon word)
# "There are targets downed." / "there are downed targets": downings told with no weapon word and no
# number, in an official's words (Ukrainian "Є збиття"); the pattern ends at the verb of downing
DOWNINGS_TOLD = r"\bthere\s+(?:are|were|have\s+been)\s+(?:(?:air\s+|enemy\s+)?targets\s+)?(?:downed|shot\s+down)$"
PARTIAL = r"(?:most|(?:some|many|several)(?!\s+(?:hours?|minutes?|days?|weeks?|time)\b)|part|majority|others|mainly|mostly|half)"  # "most of them over …", "more than half destroyed over …": not where all of them were
# a share of the weapons as the subject of a destroy verb: "a missile and dozens of drones were launched; most were
# shot down", "many were neutralised": the downed are some of them, no one weapon told downed
PARTIAL_SUBJECT_BEFORE = rf"\b{PARTIAL}(?:\s+of\s+(?:them|these|those))?\s+(?:were|was|have\s+been|had\s+been)\s+(?:also\s+|then\s+|later\s+)?"
# (a span of time is no part: "two more were brought down some hours later in the Tula region")
MOST_OF = r"(?!)"  # (Russian "162 беспилотника, больше всего – над Курской": no item filler says "most" here)
UNCOUNTED_BEFORE = r"(?:there\s+(?:are|were)|all(?:\s+(?:of\s+)?the)?|most\s+of\s+the|multiple|several|a\s+number\s+of|dozens\s+of|many)\s+(?:[\w-]+\s+){0,2}[\"“]?$"  # "neutralized multiple drones": some, not how many
SUBSET = r"(?:including|of which|of them|among them|with)"
# ("on the approach to Moscow" too: the Moscow Region's by convention, as "approaching Moscow" is)
# the place weapons were downed on their approach to, told with no count (see ru.APPROACH)
# ("downed two drones as they approached Kursk": told by a clause of their approach)
APPROACH = r"(?:on (?:the|their) approach(?:es)? to|on approach to|as (?:they|it) (?:approached|were approaching|was approaching))"
# (a count's clause of approach too, "downed five drones as they approached Bryansk", as APPROACH's uncounted)
# ("20 drones targeting Kyiv", "targeting the Kursk region": the place they were aimed at, as "flying towards"; a
# name after it, not "targeting infrastructure in Odesa", a thing and then where it is)
# a verb of flight (no launch nor downing) beside a count in its clause: "14 drones headed for Odesa, 11 were shot down"
FLEW = r"(?:flew|were\s+flying|was\s+flying|headed|were\s+heading|was\s+heading|approached|were\s+approaching)"
THEIR_NUMBER = r"(?!)"  # (Russian and Ukrainian "їх було 40" after the weapons named; English says "40 of them")
# a count's participle of its launch at a place, "18 drones launched at Kyiv", "missiles fired at Odesa":
# where they were sent; told downed in the sentence, where the lead's ruling keys them (breakdown.items), as
# "flying towards"; a launch alone, "Russia launched 12 drones at Kyiv", keys nothing (not "aimed at": "25 of which had been aimed at Aa" told again "downed over Aa" is one count)
LAUNCHED_AT = r"(?:launched|fired)\s+(?:at|against)"
TOWARDS = r"(?:flying (?:towards|toward|to|in the direction of)|heading (?:towards|toward|for)|headed (?:for|towards)|approaching|en route to|" \
          r"targeting(?=\s+(?:the\s+)?(?-i:[A-Z]))|" \
          r"on (?:the|their) (?:approach(?:es)?|way) to|on approach(?:es)? to|as (?:they|it) (?:approached|were approaching|was approaching))"  # (headline English drops the article)

# a direction told by "toward(s)" alone, after any verb ("launched drones toward Belgorod", "moving towards the
# capital"), and the town's kind between ("toward the Russian city of Belgorod"): where they went, no place of an
# attack the sentence tells (attribute.incidents; a count's place keeps TOWARDS, its "flying towards Moscow")
DIRECTED_TOWARDS = (rf"(?:towards?|{TOWARDS})(?:\s+(?:the\s+)?(?:(?:Russian|Ukrainian|border|regional|southern|northern|"
                    r"eastern|western|central)\s+)?(?:city|town|village|capital)\s+of)?")

# the town a direction named, told again as the attack's target later in the sentence ("sent drones toward Sumy; air
# defences repelled the attack on the city", "… toward Sumy and struck the town"): the attack's place after all
# (attribute.incidents; searched in the 160 characters after the town's name)
DIRECTED_TOWN_ATTACKED = (r"\b(?:(?:attacks?|strikes?|raids?|assaults?|shelling|bombardment)\s+on|(?:attacked|struck|hit|"
                          r"targeted|shelled|pounded)|(?:attacking|striking|hitting|targeting|shelling))\s+the\s+"
                          r"(?:city|town|village|capital)\b|\bthe\s+(?:city|town|village|capital)\s+(?:was|were|had\s+been|"
                          r"has\s+been|came\s+under)\s+(?:attacked|struck|hit|targeted|shelled|attack|fire)\b")

# the place they threatened (see ru.THREATENED): "all the drones that threatened the capital were downed"
THREATENED = r"(?:threatening|(?:which|that)\s+(?:had\s+)?(?:potentially\s+)?threatened)"
# a capital told as where the weapons flew ("drones heading for Kyiv", "all drones moving toward the capital were
# downed", "drones that threatened the city", "missiles fired at Kyiv"), or its approaches ("over the city and on the
# approaches to it"): a destination or the ring around the city, not the city where they were downed (a city
# administration's count so told is not the city's; one told with no direction is the city's own)
CAPITAL_TOWARDS = (r"(?:\b(?:towards?|in\s+the\s+direction\s+of|heading\s+for|headed\s+for|en\s+route\s+to|"
                   # ("missiles fired at Kyiv", "on approach to the city")
                   r"(?:launched|fired|sent)\s+(?:[\w-]+\s+){0,4}?at|on\s+(?:the\s+|their\s+)?approach(?:es)?\s+to|around|"
                   # (a target told by aim rather than flight: "drones aimed at the capital", "targeting the city")
                   r"(?:aimed|directed|targeted|pointed)\s+at|targeting|flying\s+(?:to|at|over\s+to))|"
                   rf"{THREATENED})"
                   r"\s+(?:the\s+)?(?:Ukrainian\s+)?(?:Kyiv|Kiev|capital|city)\b")

# a post's source line ("Source: …"): the teller of what follows it, whoever it names
SOURCE_LINE = r"(?:Source|Sources)\s*:"

HEDGES = r"\b(?:reportedly|allegedly|claim(?:ed|s)?|purportedly|said to|was said)\b"
# A source named after the claim ("…, according to the Air Force"): of the claimants a sentence
# names, the last one made it. Case-sensitive.
SOURCE_LAST = r"according to"
# a ministry named as the owner of the air defence that did the downing, not as the one who tells it:
# "The Defence Ministry's air defence forces shot down two drones …, Sobyanin wrote", "air defence
# units of the Russian Defence Ministry" (the words right before the name, and right after it)
# ("air defence facilities of the Russian Defence Ministry", "The Air Defence Forces (AD) of the Russian …": a
# translation's other nouns of the means, and the abbreviation in brackets)
DEFENCES_OWNER_BEFORE = (r"air[-\s]defen[cs]e\w*(?:\s+(?:forces|systems|units|crews|facilities|means|assets|troops))?"
                         r"(?:\s*\([A-Z]{2,4}\))?\s+of\s+(?:the\s+)?$")
DEFENCES_OWNER_AFTER = r"(?:['’]s)?\s+air[-\s]defen[cs]e"
# a side's air defence, named as the one that did the downing: who tells it is the official the
# sentence names, if it names one ("Russian air defence systems downed three drones …, Governor
# Alexander Khinshtein said"); else the side's own voice (CLAIMANTS)
DEFENCES_ACTOR = (r"(?:Russian|Russia's|Ukrainian|Ukraine's)\s+air[-\s]defen[cs]es?(?:\s+(?:systems|forces|units))?|"
                  r"(?:on-duty|duty)\s+air\s+defen[cs]es?(?:\s+(?:systems|means|forces|assets))?")  # ("дежурные средства ПВО")
DEFENCES_ACTOR_BEFORE = r"(?!)"  # (Ukrainian "захисники Повітряного командування «Схід»")
# the official just named, speaking again (""…," he wrote"): his words, whatever defences they name
# ("According to him, the drone was downed by Russian air defences": the same)
SPEAKER_PRONOUN = (r"\b(?:(?:he|she)\s+(?:(?:later|also|then|further)\s+)?(?:said|wrote|added|noted|told|claimed|stated|reported)|"
                   r"according\s+to\s+(?:him|her|the\s+(?:official|governor|mayor|head)))\b")
# the person named last, telling by a pronoun alone ("According to him, two drones were downed", "…, she said"):
# his claim, not the one told before him (not "according to the head …", who may be another office's)
# ("He later added that 5 drones were downed": an adverb between the pronoun and its verb)
PRONOUN_TELLS = (r"\b(?:(?:he|she)\s+(?:(?:later|also|then|further)\s+)?(?:said|wrote|added|noted|told|claimed|stated|reported)|"
                 r"according\s+to\s+(?:him|her))\b")
# any claimant named as the one that did the downing, in an official's words: "Kiper said the air force
# had downed seven drones above Odesa", "The air force destroyed three more above Chernihiv, according to
# Governor Chaus": the official retells it, it is his count. The words between the claimant's name and
# the verb of downing right after it:
# the authorities that tell a count when named in its sentence ("… the city military administration's report said"): an administration, not
# emergency services or officials at large
TELLING_AUTHORITIES = r"administration|\b(?:RMA|CMA|MVA|OVA|KMVA)\b"
RETOLD_ACTOR_GAP = r"\s+(?:(?:has|had|have|also|then)\s+)*"
# A claimant named as the one who will give the figure later ("the exact number will be made public by the
# Air Force", "the General Staff will give the exact figure"): not who tells this one. The words right
# before the name, and right after it.
# what a named force owns ("an Su-27 belonging to the Ukrainian Air Force was shot down"): the owner, not who tells it
# (and the force that launched them, the participle's agent: "drones launched by the Ukrainian Air Force")
OWNED_BY_BEFORE = r"\b(?:belonging\s+to|owned\s+by|operated\s+by|(?:launched|fired|sent)\s+by)\s+(?:the\s+)?$"
TELLS_ONLY_NAMES = r"(?!)"  # (Russian wires' "украинские ВВС": see lexicon.ru)
TELLS_ONLY_AFTER = r"(?!)"
FUTURE_TELLER_BEFORE = r"\bwill\s+(?:be\s+)?(?:[\w-]+\s+){0,2}by\s+(?:the\s+)?$"
FUTURE_TELLER_AFTER = r"\s+will\s+(?:give|announce|report|publish|provide|clarify|name|update)\b"
# A launch or downing told as what may come ("by winter Russia will be routinely firing 900 drones", "could
# be firing 600 missiles a month", "is expected to deploy", "capable of launching 2,000"):
# a forecast, no claim. The words right before the verb. (Not a bare "could": "the defences could shoot
# down only 20 of them" tells what was done.)
FORECAST_BEFORE = (r"\b(?:will|would|may|might|shall|can|could\s+(?:be|have|soon)|"
                   r"(?:is|are|was|were)\s+(?:expected|projected|likely|set|poised|planning|going)\s+to|"
                   r"plans?\s+to|planning\s+to|intends?\s+to|capable\s+of)\s+"
                   r"(?:(?:be|been|have|soon|also|still|even|again|now|then|\w+ly|capable\s+of|able\s+to)\s+){0,3}$")

# "над областю", "over our region": where the speaking official's own region is meant
# ("in this Russian region": the region of the official the article quotes)
# (and "in the capital" right after the weapons counted: "downed 32 aerial targets in the capital", not damage
# "in the capital city")
# ("in the skies of the oblast": the sky of the speaker's own region)
# ("In the area of the capital, air defence shot down ten drones": the city's area, as Russian "в районе столицы")
OWN_REGION = (r"(?:(?:over|in the skies? (?:over|of)|above|within|in the (?:area|vicinity) of) (?:our|the|his|her|this)|in this(?: Russian| Ukrainian)?|"
              r"(?:(?<=targets )|(?<=drones )|(?<=UAVs )|(?<=missiles )|(?<=Shaheds ))in the(?= capital\b(?!\s+city))) "
              r"(?:region|oblast|territory of the (?:region|peninsula)|city|capital|peninsula)"
              # ("all were downed on approach to the capital": the city they flew at, not named)
              r"|\bon (?:the |their )?approach(?:es)? to the (?:city|capital)")
OWN_CITY = r"(?:city|capital)$"  # which OWN_REGION words name the speaker's city itself
# which OWN_REGION words name the peninsula: in these reports Crimea, whoever speaks (Sevastopol's head too)
OWN_PENINSULA = r"peninsula$"
OWN_CAPITAL = r"capital$"  # of them, the one that names the country's capital where another region is named
# (Russian and Ukrainian "ещё две" after missiles and drones: the gender a bare number agrees with; English
# numbers have none)
FEMININE_NUMBER = r"(?!)"
MASCULINE_NUMBER = r"(?!)"
FEMININE_WEAPON = r"(?!)"

# Words beside an office that make its holder a Russian-installed one ("the Moscow-installed
# governor of Zaporizhzhia"): he speaks for Russia whatever region he names.
OCCUPATION_MARKERS = (
    r"(?:Russian|Moscow|Russia|Kremlin)[- ](?:installed|appointed|backed)|"
    r"occupation (?:authorities|administration|head|governor|official)"
)

# the country named as an object, not as the one who speaks: "… a governor whose region borders Ukraine said
# on Facebook" (a governor said it), "drones launched from Ukraine, reported …"
_NOT_AN_OBJECT = "".join(rf"(?<!\b{w} )" for w in (
    "in", "of", "to", "from", "on", "at", "into", "over", "against", "with", "by", "for", "near", "across",
    "borders", "bordering", "attacked", "attacks", "invaded", "hit", "hits", "struck", "strikes", "targeted"))

# Claimants: (pattern, canonical name, kind, side). Checked in order; first hit wins.
# the offices of a national body's people (data: ROLE words, not regional heads): a deputy minister of defence, the
# defence ministry's spokesperson or press secretary, an adviser of the minister
_NATIONAL_OFFICE = (r"(?:Deputy |Vice )?Defen[cs]e Minister|(?:Deputy |Vice )?Minister of Defen[cs]e|"
                    r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|Defen[cs]e) (?:spokes(?:man|woman|person)|press secretary|"
                    r"adviser|advisor)|(?:spokes(?:man|woman|person)|press secretary|adviser|advisor) (?:of|for|to) the "
                    r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e|Defen[cs]e Minister)")
# an adviser of Ukraine's head of state or his office ("Presidential Office adviser", "adviser to the head of the
# Presidential Office")
_PRESIDENT_ADVISER = (r"(?:Presidential Office|President's Office|Office of the President) "
                      r"(?:adviser|advisor|spokes(?:man|woman|person)|deputy head)|(?:adviser|advisor|deputy head) (?:to|of) "
                      r"(?:the )?(?:head of (?:the )?)?(?:Presidential Office|President's Office|Office of the President|"
                      r"Ukrainian President|President Zelensk(?:yy|yi|iy|y|i))|"
                      r"head of (?:the |Ukraine's )?(?:Presidential Office|President's Office|Office of the President)|"
                      r"(?:Presidential Office|President's Office) (?:head|chief)")
CLAIMANTS: list[tuple[str, str, str, str]] = [
    (r"(?:Russian|Russia's|Russia) (?:Defen[cs]e Ministry|Ministry of Defen[cs]e|MoD)|"
     r"(?:Defen[cs]e Ministry|Ministry of Defen[cs]e) of (?:Russia|the Russian Federation)|"
     # ("drones fired by the Russian military": the attacker, not who tells the count)
     # (nor "the Russian military released 75 drones over Ukraine": the attacker, the subject of the launch)
     r"" + _NOT_AN_OBJECT + _NOT_AN_OBJECT.replace(" )", " the )") + r"Russian military"
     r"(?! (?:(?:has|have|had|again|also|then) )?(?:launched|released|unleashed|fired|sent|used|attacked)\b)|"
     r"Russian air defen[cs]es?(?: systems| forces| units)?|Russian Defen[cs]e Ministry|"
     r"(?:Russian|Russia's) defen[cs]es(?= (?:(?:have|had|successfully|reportedly) ){0,2}"
     r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b)",
     "Russian Ministry of Defence", "ministry", "RU"),
    # formulas only the Russian MoD's own posts use ("дежурные средства ПВО" translated)
    (r"(?:on-duty|duty) air defen[cs]es?(?: systems| means| forces| assets)?|"
     r"air defen[cs]es?(?: systems| means| forces| assets)? on (?:combat )?duty|air defen[cs]e alert systems",
     "Russian Ministry of Defence", "ministry", "RU"),
    # ("Повітряні сили" translated word for word, in the plural: "the Air Forces said", "Air Forces of Ukraine")
    (r"(?:Ukrainian|Ukraine's) Air Force|Air Forces? of (?:the Armed Forces of )?Ukraine|"
     r"Ukrainian Air Force Command|Air Force Command of (?:the )?(?:Armed Forces of )?Ukraine|"
     r"Ukraine's air forces?|Ukrainian air forces?|"
     # ("the AFU Air Force Command reported", "Air Forces of the AFU": the Armed Forces of Ukraine's)
     r"AFU Air Forces?(?: Command)?|Air Forces? (?:Command )?of the AFU",
     "Ukrainian Air Force", "air_force", "UA"),
    (r"(?:Ukrainian|Ukraine's) General Staff|General Staff of (?:the )?(?:Armed Forces of )?Ukraine",
     "General Staff of the Armed Forces of Ukraine", "military_command", "UA"),
    # Ukraine's Commander-in-Chief ("Ukraine's Commander-in-Chief Valerii Zaluzhnyi said"; not another country's)
    (r"(?:Ukraine's|Ukrainian) [Cc]ommander-in-[Cc]hief|[Cc]ommander-in-[Cc]hief of (?:the )?(?:Armed Forces of Ukraine|"
     r"Ukrain(?:e's|ian) [Aa]rmed [Ff]orces)|(?:(?:General )?Valer(?:ii|iy|y) )?Zaluzhn(?:yi|yy|iy)|(?:(?:General )?Oleksandr )?Syrsk(?:yi|yy|iy)",
     "Commander-in-Chief of the Armed Forces of Ukraine", "military_command", "UA"),
    # Ukraine's air defence is its Air Force's
    # ("Ukrainian defences intercepted 9 out of 11": the bare "defences" that downed
    # something, not the front line's "broke through Ukrainian defences")
    (r"(?:Ukrainian|Ukraine's) air defen[cs]es?(?: systems| forces| units)?|"
     r"(?:Ukrainian|Ukraine's) defen[cs]es(?= (?:(?:have|had|successfully|reportedly) ){0,2}"
     r"(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b)", "Ukrainian Air Force", "air_force", "UA"),
    # a news story's "Ukraine said it shot down …", "the Ukrainian military said": who exactly is
    # told elsewhere (VAGUE_CLAIMANTS)
    # ("Ukrainian officials say Russia fired 215 drones", "Russian authorities reported …": officials of a side, its side's)
    # ("according to the Ukrainian side, a Kh-59 was downed" inside a Russian ministry story: that side's figure)
    (r"(?:(?<=according to )|(?<=according to the ))(?:Ukrainian|Ukraine's) (?:military|armed forces|officials|side)|"
     # ("Ukrainian forces said they shot down 25 of the 58 drones": the forces that speak, not those that
     # attack, which no verb of saying follows)
     r"(?:(?:Ukrainian|Ukraine's) (?:military|armed forces|forces|officials|authorities)|" + _NOT_AN_OBJECT + r"(?:Ukraine|Kyiv))"
     r"(?=,? (?:(?:have|had) )?(?:said|says|reported|reports|claimed|claims|announced|stated|states|added|"
     r"confirmed|confirms|accused|accuses|blamed|blames))",
     "Ukrainian military", "military_command", "UA"),
    # (and "the Defence Forces of the South", "Defense Forces of Ukraine's South": the same command named the other way round)
    (r"(?:Southern|Northern|Eastern) Defen[cs]e Forces|Defen[cs]e Forces of (?:Ukraine's |Ukraine’s |the )?(?:South|North|East)\b|"
     r"Operational Command (?:South|North|West|East)|"
     # ("Ukraine's Southern Command said it destroyed two drones": not a US command)
     r"(?:(?<=Ukraine's )|(?<=Ukrainian ))(?:Southern|Northern|Eastern|Western) Command|"
     r"(?:South|North|East|West)(?:ern)? Operational Command|"
     r"(?:Ukrainian|Ukraine's) Navy|Air Command (?:South|Center|Centre|East|West)",
     "Ukrainian military command", "military_command", "UA"),
    (r"Belarusian (?:Defen[cs]e Ministry|Ministry of Defen[cs]e|military)",
     "Belarusian Ministry of Defence", "ministry", "other"),
    (r"(?:Ukrainian|Ukraine's) (?:Defen[cs]e Ministry|Ministry of Defen[cs]e)",
     "Ministry of Defence of Ukraine", "ministry", "UA"),
    # a national official told by his office, not by a region ("Ukraine's Deputy Defence Minister Petra Inventa",
    # "a Defence Ministry spokesman"): his ministry's voice, a claim of his own (not a part of the claim told before);
    # of Ukraine's named so (unqualified, the office is left unread: "Defense Minister Oleksiy Reznikov" is Ukraine's,
    # "Romanian Defense Minister" another country's; Russia's minister in these wires denies rather than counts, "the
    # Russian Defence Ministry's spokesman" is the ministry's row above)
    (r"(?:Ukrainian|Ukraine's) (?:" + _NATIONAL_OFFICE + r")|(?:" + _NATIONAL_OFFICE + r") of Ukraine",
     "Ministry of Defence of Ukraine", "ministry", "UA"),
    (_PRESIDENT_ADVISER, "Office of the President of Ukraine", "official", "UA"),
    # Unqualified, the ministry that claims interceptions in these reports is Russia's.
    (r"(?<!Ukrainian )(?<!Ukraine's )(?<!Belarusian )(?:Defen[cs]e Ministry|Ministry of Defen[cs]e)",
     "Russian Ministry of Defence", "ministry", "RU"),
    # the Air Force's spokesman speaks for it ("said Ihnat")
    (r"(?<!Russian )(?<!Russia's )\b[Tt]he Air Forces?|Air Force spokesm[ae]n|(?:Yurii?y? |Yuri )?Ihnat",
     "Ukrainian Air Force", "air_force", "UA"),
    # heads of state telling a week's or a night's figures
    (r"(?:Ukrainian|Ukraine's) President(?: Volodymyr)?(?: Zelensk(?:yy|yi|iy|y|i))?|President (?:of Ukraine )?"
     r"(?:Volodymyr )?Zelensk(?:yy|yi|iy|y|i)|Zelensk(?:yy|yi|iy|y|i)", "President of Ukraine", "official", "UA"),
    (r"(?:Russian|Russia's) President(?: Vladimir)?(?: Putin)?|President (?:of Russia )?(?:Vladimir )?Putin|Putin",
     "President of Russia", "official", "RU"),
    # a wire's "Russia said Tuesday it had destroyed 43 Ukrainian drones", "Moscow said it had downed …": who
    # exactly is told elsewhere (VAGUE_CLAIMANTS; no comma before the verb: "… towards Moscow, said Sobyanin")
    (_NOT_AN_OBJECT + r"(?<!towards )(?<!toward )(?<!approaching )(?<!around )(?:\bRussia|\bMoscow|"
     r"\b(?:Russian|Russia's) (?:officials|authorities))"
     r"(?= (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(?:(?:have|had) )?"
     r"(?:said|says|reported|claimed|claims|announced|stated|states|confirmed|confirms|accused|accuses|"
     r"blamed|blames)\b)",
     "Russian military", "ministry", "RU"),
    (r"(?:(?<=according to )|(?<=according to the ))(?:Russian|Russia's) (?:military|side)|"
     r"(?<=the )Russian side(?=,? (?:said|says|reported|claimed|claims)\b)",
     "Russian military", "ministry", "RU"),
]
# Claimants a news story names only vaguely: the same claim told again by its real claimant
# ("the Ukrainian military said …", then "Ukraine's Air Force said") is still one claim.
VAGUE_CLAIMANTS = frozenset({"Ukrainian military", "Russian military"})
# commands of a part of the country (an air command, an operational command, the navy): a count one of them
# tells over a region, after a count over the whole country, is that command's own claim, not a part of it
REGIONAL_COMMANDS = frozenset({"Ukrainian military command"})

# Where a claim's own sentences name nobody and no official speaks in the report: wording only
# one side uses (see attribute._attribute_the_unattributed). Checked in order.
SIDE_FORMULAS: list[tuple[str, str, str, str]] = [
    (r"mobile fire groups|defenders of the sky|Ukrainian defenders", "Ukrainian military command",
     "military_command", "UA"),
    # "the ministry said": the ministry that reports interceptions in these reports is Russia's
    (r"the ministry|the MoD", "Russian Ministry of Defence", "ministry", "RU"),
]
# Anaphoric claimant words: they refer to the claimant already in context.
# the side that defends, as the text's words give it away (for an office named without its region:
# "…, the governor wrote on Telegram" about "Ukrainian drones" is a Russian governor's)
DEFENDER_SIDE_CUES: list[tuple[str, str]] = [
    (r"\bUkrainian\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?)\b|\bRussian\s+air\s+defen[cs]es?\b", "RU"),
    (r"\bRussian\s+(?:[\w-]+\s+)?(?:drones?|UAVs?|missiles?|Shaheds?)\b|\bShaheds?\b|\bUkrainian\s+air\s+defen[cs]es?\b|"
     r"\bAir\s+Force\b", "UA"),
]

ANAPHORA = {
    r"the ministry|the MoD": "ministry",
    # whoever is speaking: "air defenses shot down 50 of them"
    r"air defen[cs]es?(?: systems| forces| units| crews)?|(?:the )?air defen[cs]e|interceptors|"
    r"the military|mobile fire groups": "any",
}

ROLE_WORDS = (
    r"(?:acting governor|governor|gov\.|head of (?:the )?(?:[A-Z][\w'-]+ )?(?:regional|oblast|city)"
    r"(?: state)?(?: military)? administration|head of the republic|head of (?!the\b|an?\b)[A-Z][\w'-]+|"
    # ("according to the head of the OMA Petro Ivanenko": the abbreviations of the military administrations)
    r"head of (?:the )?(?:[A-Z][\w'-]+ )?(?:RMA|OMA|RSA|OVA)|"
    r"regional (?:military )?(?:administration )?head|mayor|regional governor|oblast governor)"
)
# the roles of a town's office among them: "Kyiv Mayor …" names the city, not its region
TOWN_ROLE_WORDS = r"(?:mayor|city\s+head)\b"
AUTHORITY_NAMES = r"(?!)"  # (see lexicon.ru: an administration's name in full, a family of its own)
AUTHORITIES = (
    r"(?:regional|local|municipal|city|district|oblast) (?:authorities|officials|administrations?|"
    r"governments?)|(?:the )?authorities|emergency services|officials|"
    r"(?:[A-Z][\w'-]+ )?(?:Oblast |Regional |City )(?:State |Military |State Military )?Administration|"
    r"(?:[A-Z][\w'-]+ (?:[Rr]egion(?:'s)? |[Oo]blast(?:'s)? |[Kk]rai(?:'s)? )?)?[Oo]perational [Hh]eadquarters|"
    r"[A-Z][\w'-]+ (?:[Rr]egion(?:al)?|Oblast) [Gg]overnment|"
    # ("The Aa Oblast Military Administration reports …", then "per the Administration, …": the one named
    # before, its name shortened)
    r"(?-i:(?<=the )Administration)(?![\w'-])"
)
# the body an administration's name says, the English words of its name, whether a region or a town
# names it, and the town an abbreviation names by itself ("Sumy Regional Military Administration" ->
# Sumy Oblast Military Administration); the first that matches
ADMINISTRATION_BODIES = [
    (r"\bKMVA\b", "City Military Administration", "city", "Kyiv"),
    (r"City Military Administration", "City Military Administration", "city", None),
    (r"City (?:State )?Administration", "City Administration", "city", None),
    (r"(?:Oblast|Regional) (?:State )?Military Administration", "Military Administration", "region", None),
    (r"(?:Oblast|Regional) State Administration", "State Administration", "region", None),
    (r"(?:Oblast|Regional) Administration", "Administration", "region", None),
    (r"[Oo]perational [Hh]eadquarters", "Operational Headquarters", "region", None),
    (r"[Gg]overnment", "Government", "region", None),
]
REPORT_VERBS = (
    r"(?:said|says|reported|reports|wrote|stated|noted|announced|added|posted|confirmed|"
    r"told|according to|as noted by|informed)"
)

# Incident words by kind.
# the place of the event the sentence before told: "It happened in Shebekino" (an attack there only
# after a sentence that told an event: attribute.incidents)
HAPPENED_IN = r"\b(?:this|it)\s+(?:happened|occurred|took\s+place)\s+(?:\w+\s+)?in\s+(?:the\s+)?(?-i:[A-Z])"
INCIDENTS: dict[str, str] = {
    "attack_reported": r"\b(?:attack(?:s|ed|ing)?|attempted to attack|targeted|shelled|shelling|fired\s+(?:[\w-]+\s+){0,4}?(?:at|into)|tried to attack|(?<!air[ -])raids?|"
                       r"pounded|pounding|bombarded|bombarding|hammered|pummell?ed)\b(?! alerts?)|"
                       # ("the assault came at dawn, with drones striking two districts": the attack; not an
                       # assault group, rifle or ship)
                       r"\bassault(?:s|ed)?\b(?!\s+(?:rifles?|troops|groups?|units?|brigades?|ships?|boats?|craft|squads?|detachments?|vehicles?|operations?|on\s+(?:the\s+)?positions))|"
                       # "the aftermath of the strike was recorded in …": where the strike's aftermath is
                       r"\b(?:aftermath|consequences) of (?:the |a |an |this |that )?(?:[\w-]+ ){0,2}?strikes?\b|"
                       # the place of the event just told: "It happened in Shebekino"
                       rf"{HAPPENED_IN}",
    "attack_repelled": r"\b(?:repelled|repulsed|thwarted|was repelled|were repelled)\b",
    "debris": r"\b(?:debris|fragments|wreckage|falling parts|(?:pieces|parts) of (?:(?:an?|the|destroyed|downed) ){0,2}(?:drones?|UAVs?|missiles?)|"
              # munitions found where they fell ("shells were found in the village of …"; not "no shells were found")
              r"(?:sub)?(?:munitions?|shells|ordnance)\s+(?:(?!not\b|never\b)[\w-]+\s+){0,2}?(?:found|discovered)|"
              r"(?:found|discovered)\s+(?:[\w-]+\s+){0,2}?(?:sub)?(?:munitions?|shells|ordnance))\b",
    "fire": r"\b(?:fire|fires|blaze|caught fire|burning|ablaze)\b(?!\s+(?:groups?|teams?|units?|crews?|squads?))",
    # ("breaking windows", "smashed the windows of two houses": broken windows are damage, whatever fell)
    "damage": r"\b(?:damaged|damage to|damaging|(?:caus|inflict)(?:ing|ed)\s+(?:some\s+|heavy\s+|serious\s+)?damage|shattered|shattering|blew out|blown out|broken windows|windows were broken|"
              r"(?:broke|breaking|smashed|smashing)\s+(?:(?:the|its|their|several|some|dozens of)\s+)?windows|"
              r"windows\s+(?:were|was|had been)\s+smashed|destroyed (?:a|the|two|several) (?:house|home|building|car|garage|warehouse|roof)s?|"
              # ("a private home was destroyed in the strike": a building destroyed is damage, no drone downed)
              r"(?:house|home|building|car|garage|warehouse|roof|shop|store|outbuilding)s?\s+(?:was|were|had been|has been|have been)\s+"
              r"(?:completely\s+|partially\s+|totally\s+)?destroyed|"
              # (what a strike cut off: "power outages in Poltava", "left without electricity")
              r"(?:power|electricity|water) (?:outages?|cuts?)|(?:left|remain(?:s|ed)?) without (?:power|electricity|water|heating)|blackouts?)\b",
    # (not the defences' own hits: "air defence forces hit about 10 Russian targets", "hit all enemy aerial targets",
    # "hit all enemy drones")
    # (nor a hit only surmised: "a plant may have been hit", "could have been hit there")
    "hit": r"\b(?<!may have been )(?<!might have been )(?<!could have been )(?:(?:hit|hits|hitting)(?!\s+(?:(?:about|around|some|over|nearly|almost|more than|up to|all|all the)\s+)?(?:[\w-]+\s+)?"
           r"(?:Russian|enemy|hostile|aerial|air)\s+(?:aerial\s+|air\s+)?(?:targets|drones|UAVs|missiles|Shaheds))|struck|striking an?|strike on|strikes on|impact|impacts|crashed into|exploded|"
           # (not explosions or blasts only heard: "explosions were heard in Kyiv", "heard a series of blasts" tell
           # no hit where they were heard, and the English golds list no place for it: en-f38-05, en-f41-02, en-f41-11,
           # en-f44-03, en-f44-09, dev en-036 against en-f37-11; the Russian and Ukrainian golds do list it)
           # (nor blasts that only "occurred" in a town, or told as "Explosions in Kyiv": the alert posts' words for the air
           # defence at work, no hit there; the golds list no place for them: en-f49-13, en-f49-15, en-f50-15)
           # (nor blasts an official only "reported" in a town, as the Russian "сообщил о взрывах": "the mayor reported
           # explosions in the city"; nor heard with an aside between: "Explosions, however, were heard in …")
           r"(?<!heard )(?<!heard a series of )(?<!heard several )(?<!heard loud )(?<!sounds of )(?<!reported )(?<!reports of )(?:explosions?|blasts?)(?!(?:\s*,\s*[\w\s]{1,20},)?\s+(?:(?:were|was|are|is|could\s+be|can\s+be|could\s+also\s+be|have\s+been|has\s+been|had\s+been)\s+)?(?:also\s+)?heard)"
           # (only "in" before a place's name, "Explosions in Kyiv"; not "an explosion in a residential building", nor one
           # that "occurred … after a missile strike", told with its strike)
           r"(?!\s+(?:(?:also|again|later)\s+)?(?:(?:occurred|took\s+place)\b(?![^.;!?]{0,100}?\b(?:after|following|caused\s+by|as\s+a\s+result\s+of)\s+"
           r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|hits?|drones?|missiles?)\b)|in\s+(?:the\s+)?(?-i:[A-Z])))|"
           r"dropped (?:an? )?(?:explosive|bomb|munition|grenade)s?)\b",
    "casualties": r"\b(?:(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}burns|injured|wounded|killed|dead|died|hurt|casualties|victims|hospitali[sz]ed|taken to (?:the )?hospital)\b",
}
NEGATION = r"\b(?:no|not|without|none|nobody|no one|neither|nor)\b"
# the people an "all" before a destroy verb names ("all our brave soldiers who destroy"): the ones destroying, not the weapons
ALL_OF_PEOPLE = r"(?:who|whom|heroes|warriors|soldiers|servicemen|defenders|troops)\b"
# "without dead, wounded or heavy damage to …": a negation before a list reaches its last item
NEGATED_LIST = r"\b(?:no|without|neither)\s+(?:[\w-]+\s+)?(?:[\w-]+,\s+){1,4}(?:[\w-]+\s+)?(?:or|nor|and)\s+(?:[\w-]+\s+){0,2}$"
# a fire or a hit of lightning ("a barn caught fire after a lightning strike"): no attack's
NATURAL_CAUSE = r"\blightning\b(?!-)"
NEGATION_AFTER = r"(?!)"  # English negates before the word
NEGATION_CLOSING = r"(?!)"
# "one person was injured in each region": a toll told for each of the places the sentence names
# after a town's name, its region with it: "three were killed in Kyiv and the region" (a toll told for the town
# and the region around it: the town's toll told before is part of it)
AND_REGION_AFTER = (r"(?:\s*,\s+|\s+)and\s+(?:in\s+)?(?:its|the|the\s+(?:city|capital|town)['’]s)\s+(?:suburbs|outskirts|environs|"
                    r"surroundings|surrounding\s+(?:areas?|region|oblast|province)|region|oblast)(?![\w'’-])")
TOLL_IN_EACH = r"\b(?:in|of)\s+each\s+(?:of\s+(?:the|these|those|them)\s+)?(?:[\w'’-]+\s+){0,4}?(?:regions?|oblasts?|cit(?:y|ies)|towns?|districts?|villages?|hromadas?|communities|community)\b|\bin\s+each\s*[,.]"
# victims told with a relative clause of when they were hurt ("a woman who was injured in Izium on May 3 also
# sought help"): see lexicon.uk
HURT_THEN_CLAUSE = r"(?:,\s*|\b)(?:who|which)\s+(?:had\s+been|were|was)\s+(?:injured|wounded|hurt)\b[^;]*"
VICTIMS_CLAUSE_OPEN = r";|,\s*(?:and|but|also)\b|\balso\b"
NO_CASUALTIES = (
    r"\b(?:no (?:one|body) (?:was|were) (?:injured|hurt|wounded|killed)|nobody was (?:injured|hurt)|"
    r"no (?:casualties|injuries|victims|injured)|without casualties|there (?:were|are) no (?:casualties|"
    r"injuries|victims)|no people were (?:injured|hurt))\b"
)
# "the continued risk of drone attacks in …", "a threat of a missile strike": a warning, no event
# ("alerts … due to possible Russian attacks": an attack expected, not one that happened)
THREAT_BEFORE = (r"\b(?:(?:risk|risks|threat|threats|danger|possibility|likelihood)\s+of|"
                 r"possible|potential|imminent|anticipated)\s+(?:[\w-]+\s+){0,4}$")
# the warning told after the word: "explosions are possible", "falling debris is likely"
# (and the threat told as a compound: "amid a missile attack threat, a blast …", "a missile strike warning")
THREAT_AFTER = r"\s+(?:(?:is|are)\s+(?:also\s+)?(?:possible|likely|expected|probable)|threats?|warnings?)\b"
# explosions told only as heard: English leaves them out of INCIDENTS' "hit" itself (see there)
HEARD_BLAST = r"(?!)"
HEARD_THERE = r"(?!)"
# a sentence opening with an earlier week, month or year ("Last week, Russia focused attacks on Kyiv, Odesa and
# Kharkiv"): the attacks it tells are background, no place of the report's (incidents.py, for an attack told with no
# harm or victims of its own; the read gold en-f56-14 lists none)
EARLIER_PERIOD_OPENING = (r"^\W*(?:(?:last|earlier\s+this|the\s+previous)\s+(?:week|month|year)|"
                          r"(?:in|over)\s+(?:the\s+)?(?:past|last|previous|recent)\s+(?:few\s+|two\s+|three\s+|several\s+)?(?:days|weeks|months)|"
                          r"in\s+recent\s+(?:days|weeks|months))\b")
UNSPECIFIED = r"\b(?:did not specify|didn't specify|not specified|unclear|unknown|remain(?:s)? unclear)\b"
# (a headline's present tense: "Russian drones injure 6 in Kharkiv", "strike kills 2")
# ("two people were taken to hospital": hurt, as "hospitalised")
# (one in hospital after the attack is hurt: "one person is in hospital", "two remain in the hospital")
# (and those helped by medics: "two more were treated at the scene", "three sought medical help")
# (an acute stress reaction is an injury: "two people suffered an acute stress reaction")
INJURED = r"\b(?:(?:suffered|sustained|experienced|received)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}stress\s+reactions?|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}burns|treated\s+(?:on|at)\s+(?:the\s+)?(?:spot|scene|site)|(?:received|sought|needed|required)\s+medical\s+(?:help|aid|assistance|attention|care|treatment)|injured|casualty|casualties|victims|wounded|hurt|injuring|wounding|injures?|hospitali[sz]ed|taken to (?:the )?hospital|wounds|injuries|(?:is|are|remains?|remained|was|were)\s+(?:now\s+|still\s+)?in\s+(?:(?:the|a)\s+)?hospitals?)\b"
# the injured told as taken to hospital: after a figure of the injured, maybe some of those
HOSPITALISED = r"\b(?:hospitali[sz]ed|taken to (?:the )?hospital|(?:is|are|remains?|remained|was|were)\s+(?:now\s+|still\s+)?in\s+(?:(?:the|a)\s+)?hospitals?)\b"
# a headline's present tense tells its victims after it ("strike kills 3"), never before: "six kills" is a
# pilot's tally of downed targets, not the dead
PRESENT_VICTIM_VERB = r"(?:kills?|injures?)\b"
# "murdered", "lost their lives", "the strike claimed the lives of two", "the bodies of two people": the dead
# wounds "incompatible with life" (after the wounds' noun): fatal, so the dead, not the injured
FATAL = r"incompatible\s+with\s+life"
# ("fatally wounded", "mortally injured", "fatal wounds": the dead, told before the wounds' word)
KILLED = (rf"\b(?:(?:injuries|wounds),?\s+{FATAL}|(?:fatally|mortally)\s+(?:wounded|injured)|fatal\s+(?:wounds|injuries)|bod(?:y|ies)\s+of|killed|dead|died|killing|kills?|fatalities|fatality|deaths|cases of death|murdered|murdering|perished|slain|"
          r"lost (?:their|his|her) li(?:ves|fe)|(?:claimed|claiming|took|taking) the li(?:ves|fe) of)\b")
# a child by the law's word, as a noun: a clause's end, a verb, or a preposition after it
_MINOR = r"minors?(?=\s*[,.;:)]|\s+(?:was|were|is|are|has|have|had|and|in|at|on|from|who|aged|\d))"
PERSON_NOUNS = (
    r"(?:people|persons|civilians|residents|men|women|children|man|woman|child|person|"
    r"resident|civilian|teenagers?|boy|girl|pensioners?|drivers?|workers?|employees?|wife|husband|"
    r"sons?|daughters?|mother|father|passers?-by|guards?|farmers?|firefighters?|rescuers?|"
    r"pedestrians?|passengers?|local residents?|elderly (?:man|woman)|security guards?|volunteers?|"
    r"village (?:heads?|chiefs?|elders?)|owners?|shepherds?|herders?|officers?|"
    # ("injuring a minor, who …", "two minors were hurt"; not "a minor injury", "minor damage": the adjective)
    rf"{_MINOR})"
)
# person words that are adjectives of things too: "five civilian cars" counts cars, not civilians
PERSON_ADJECTIVES = r"civilian"
# what suffers but is nobody: "пострадали два спиртзавода", "постраждали 3 будинки", "two houses were hit"
# animals, no victims of an attack: "three cows died", "the livestock could not be saved"
ANIMAL_NOUNS = (r"(?:livestock|cattle|cows?|calf|calves|bulls?|pigs?|sheep|goats?|horses?|chickens?|hens?|geese|goose|ducks?|poultry|"
                r"animals?|dogs?|cats?|pets?|birds?)"
                # not the adjunct of the people who keep or work them ("two horse riders", "dog handlers")
                r"(?!\s+(?!(?:over|under|after|never|ever|other|together|either|neither|whether|her|per)\b)"
                r"[a-z]+(?:ers?|ists?|m[ae]n|herds?|hands?)\b)")
THING_NOUNS = (
    r"(?:houses?|homes?|buildings?|cars?(?!\s+(?:drivers?|owners?|passengers?))|vehicles?|plants?|factor(?:y|ies)|enterprises?|facilit(?:y|ies)|"
    r"warehouses?|schools?|shops?|stores?|garages?|roofs?|windows?|apartments?|flats?|substations?|"
    r"boiler houses?|objects?|structures?|outbuildings?|businesses?|premises|depots?|hangars?|workshops?)"
)
# the hits or blasts a count may count, no people: "at least six explosions and one hurt man"
HIT_COUNT_NOUNS = r"(?:explosions?|blasts?|strikes?|hits?|impacts?|arrivals?)\b"

# a figure of another period set beside the claim's ("up from 23 the night before", "compared with 60 a
# week earlier", "twice as many as the previous night"): its period word is no scope of the claim told
# after the day before ("on the eve"), a clause of the report's own night: "On the eve, three drones were
# downed over Bryansk; overnight, seven more over Kursk" (that night is no previous one)
# (only after the day before, not a previous night: "20 were downed the previous night, and seven overnight" are two nights)
EVE = r"on the eve|the day before|on the previous day"
NIGHT_WORD = r"\b(?:overnight|night|nighttime|night-time)\b"  # a night word as a word of its own, the sentence's night
OWN_NIGHT_AFTER = r"(?:;\s*|,\s*(?:and|while|but)\s+|\s+and\s+)(?:then\s+)?(?:overnight|tonight|during\s+the\s+night)\b"
# a relative clause after a count that says it was told before ("4 drones, which were reported earlier"):
# those weapons' earlier telling, not the period of the sentence's counts
TOLD_BEFORE_CLAUSE = (r",\s*(?:which|that)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:already\s+)?"
                      r"(?:reported|mentioned)\s+(?:earlier|before|previously)")
COMPARED = (r"\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against|versus)\s+"
            r"(?:(?:about|around|some|nearly|just)\s+)?\d[\d,.]*[^.;:!?\n]{0,40}|"
            r"\b(?:more|fewer|less|higher|lower|as\s+many)\s+(?:than|as)\s+(?:the|a|on|in|during|last)\b[^.;:!?\n]{0,40}")
# a figure of another period set beside a count, with that period: "1,450 destroyed, compared with 1,120 in
# the previous month", "900 drones in May, up from 700 the month before": that period's claim, of the
# same claimant, verb and weapon (group n: its number)
COMPARED_PERIOD = (r"(?:(?:in|during|over)\s+(?:the\s+)?(?:previous|preceding|prior|last)\s+(?:day|night|week|month|year)|"
                   r"(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
                   r"(?:a|the|one)\s+(?:day|night|week|month|year)\s+(?:before|earlier|prior)|"
                   r"(?:the\s+)?(?:previous|preceding)\s+(?:day|night|week|month|year)|last\s+(?:night|week|month|year)|yesterday)\b")
COMPARED_FIGURE = (r"\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against|versus)\s+"
                   r"(?:(?:about|around|some|nearly|just|over|more\s+than)\s+)?(?P<n>\d[\d,.]*)\s+(?:[\w-]+\s+){0,2}?"
                   + COMPARED_PERIOD)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ATTACK_NOUN = r"(?:attacks?|strikes?|raids?|assaults?|barrages?)"
# a past attack the report's is measured against, and the clause that tells it ("involving", "when"), to a
# comma: "the largest attack since the June 1 raid involving 472 drones", "the biggest since June 1, when
# Russia launched 472 drones": its counts are that attack's, no claim of the report (not "In the largest
# attack since June, Russia launched 120 drones", nor "…since June 1, the air force said, adding that …")
RECALLED_SINCE = (r"\b(?:largest|biggest|heaviest|massive|intense|powerful|worst|deadliest|record|the\s+most)\b"
                  r"(?:\s+[\w-]+){0,3}?\s+since\s+[^.;!?\n,]{0,40}?,?\s+"
                  r"(?:involving|(?:which|that)\s+involved|when|in\s+which|during\s+which)\b[^.;!?\n,]{0,80}|"
                  # an attack named with another period, and what it was made of ("Last month's strike, which involved
                  # 90 drones, …", "a raid last week involving 90 drones"): that attack's counts, not the report's launch
                  rf"\b(?:(?:(?:last|previous|past)\s+(?:week|month|year)|{_MONTH})['’]s\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUN}"
                  rf"|{_ATTACK_NOUN}\s+(?:last\s+(?:week|month|year)|in\s+{_MONTH}))\b,?\s+"
                  r"(?:involving|(?:which|that)\s+(?:had\s+)?(?:involved|included|comprised))\b[^.;!?\n,]{0,80}")
SCOPES: list[tuple[str, str]] = [
    # ("Just over two weeks ago, the air force said Russia launched 75 drones": an earlier attack told beside the
    # report's; weeks or months, or more than a day, not "two hours ago", the report's own night. First: its
    # sentence may measure that attack "since the full-scale invasion" too, a superlative's comparison, no summary)
    (r"(?<!began )(?<!started )(?<!invasion )\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
     r"(?:weeks?|months?)\s+ago\b|(?<!began )(?<!started )\b(?:two|three|four|five|six|several|few|\d+)\s+days\s+ago\b", "earlier"),
    # a superlative's point of comparison ("the largest air attack since the full-scale invasion began", "its biggest
    # drone attack since the start of the war"): the report's own attack measured, its scope (a pattern of no scope)
    (r"\b(?:largest|biggest|heaviest|fiercest|worst|deadliest|strongest|most\s+[\w-]+)\s[^.;]{0,80}?since\s+(?:the\s+(?:start|beginning)\s+of\s+"
     r"the\s+(?:full-scale\s+)?(?:war|invasion)|(?:the|its|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?invasion|the\s+war\s+(?:began|started))\b",
     "report"),
    (r"\b(?:over the (?:past|last|previous) (?:week|month|seven days|24 hours? and the week)|"
     # ("In October alone, Russia launched 2,023 drones", "throughout October": a month's figure)
     r"(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+alone|throughout\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
     r"(?:this|last|past) (?:week|month)|in total,? (?:since|over the past)|since the (?:start|beginning)|"
     r"during the week|weekly|in the past week|over the week|within (?:a|one|the past|the last) (?:week|month)|"
     r"in (?:just )?(?:this|one) (?:one )?week|"
     # "In October alone, Russia launched …", "in the whole of last November": a month's figure
     r"in (?:January|February|March|April|May|June|July|August|September|October|November|December) alone|"
     r"(?:in )?the whole of (?:last )?(?:January|February|March|April|May|June|July|August|September|October|"
     r"November|December)|"
     # ("In 2023 alone, Russia launched about 3,700 Shahed drones", "In 2024, …", "throughout 2024": a year's figure)
     r"in\s+(?:19|20)\d{2}\s+alone|(?:throughout|during)\s+(?:19|20)\d{2}(?![-/.]\d)|"
     # ("Since February 24, 2022, Russian forces have destroyed …": since a day of a year written out, a running tally;
     # "since 2022", "since the full-scale invasion", "since its invasion two years ago": since a year, or since the war began)
     r"since\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d{2}|since\s+(?:the|its|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?invasion|since\s+the\s+war\s+(?:began|started)|"
     # ("since Moscow first began sending them", "used 700 drones in its war against Ukraine": a running tally)
     r"since\s+(?:Russia|Moscow|the\s+(?:enemy|occupiers|Russians))\s+(?:first\s+)?(?:started|began)|"
     r"(?:for|in|during)\s+(?:its|the)\s+(?:full-scale\s+)?war\s+(?:in|on|against)\s+Ukraine|"
     r"since\s+(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
     r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4})\b", "summary"),
    # ("In 2024, …" at the sentence's start: a pattern of its own, as its one word "in" would open the gate of
    # the one above to every sentence with an "in", and a path led by "^" lets a search try the start alone;
    # the \b before and after it are those of the pattern above)
    (r"^\b\W*in\s+(?:19|20)\d{2}(?=\s*,)\b", "summary"),
    (r"\b(?:the (?:previous|preceding) night|the night before|a (?:day|night) earlier|on the previous day|"
     r"the day before|previous night's|earlier that night|"
     # ("On the eve, Ukraine attempted to attack …": Russian "накануне" in translation; not "on the eve of the talks")
     r"on the eve(?!\s+of))\b", "previous_night"),
    (r"\b(?:earlier (?:today|tonight|on|that day|in the (?:day|evening|night|morning|afternoon)|this (?:morning|evening|week)|"
     r"on [A-Z]\w+)|earlier(?=,)|"
     # (not in a relative clause about the claimant: "the air force, which earlier reported a missile threat, said …")
     r"(?<!\bwhich )(?<!\bwho )(?:previously|earlier) reported|had earlier|in an earlier|in its earlier|earlier reports?|earlier statement|"
     r"earlier the ministry|earlier,? the|as (?:was )?reported(?: earlier)?(?=,)|(?:said|wrote|reported) earlier|"
     # ("Earlier it was reported that five UAVs were downed …", as ru "Ранее сообщалось" in translation)
     r"(?:earlier|previously)\s+it\s+(?:was|had\s+been)\s+(?:reported|announced|stated)|"
     r"(?:follows|followed|came after)\s+an?\s+(?:similar|earlier|previous)|"
     # ("This comes after a strike on Lviv last Tuesday wounded three people": what came before the story's
     # event, told after it)
     r"(?:the (?:news|attack|strikes?|report|announcement)|this|it) (?:comes|came) (?:just |only )?(?:(?:(?:a|one|two|three|several|a few) )?(?:days?|weeks?|hours?) )?after|"
     # ("its crews had downed a cruise missile back in late June": a part of a month told, a time of its own)
     r"in\s+(?:early|mid-?|late)\s*(?:January|February|March|April|May|June|July|August|September|October|"
     r"November|December))\b",
     "earlier"),
    # "Recall that …", "A reminder that, …": an earlier claim recalled, or the report's own when it tells no other
    (r"^\W*(?:recall that|as a reminder|a reminder that|to recall|reminder:)", "recalled"),
]

ZONES: list[tuple[str, str]] = [
    (r"Moscow time|MSK|Moscow Standard Time", "Europe/Moscow"),
    (r"Kyiv time|Kiev time|Kyiv local time|EEST|EET", "Europe/Kyiv"),
    (r"GMT|UTC", "UTC"),
]
NIGHT = r"\b(?:overnight|night|nighttime|night-time)\b"
# a part of the day a sentence may open with, as with the night: "In the morning, over the Kursk region, …"
DAY_PART = r"\b(?:morning|afternoon|evening)\b"
# a reporting frame a sentence may open with before the place its count happened in: "It added that
# in the Sumy region, four drones were downed"
OPENING_FRAME = r"(?:it|he|she|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:also\s+)?(?:added|said|reported|noted|stated|wrote)\s+(?:that\s+)?"
PM_WORDS: tuple[str, ...] = ()  # (Russian "с 8 вечера": a word that is the "pm" of the hour before it)
TIME_AMPM = r"(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?)"
TIME_24 = r"(?P<h2>[01]?\d|2[0-4])[:.](?P<m2>[0-5]\d)(?:\s*(?:hrs|hours|h))?"
TIME_WORDS = {"midnight": (0, 0), "noon": (12, 0), "midday": (12, 0)}
HOUR_ORDINALS: dict[str, int] = {}  # (Ukrainian "з третьої до п'ятої ранку")
TIME_HOUR_WORD = r"(?!)(?P<os>)(?P<o>)"
DAY_THEN_TIME = r"(?:at|from|since|between)"  # between a date and the time that follows it
# the auxiliary between a teller and its reporting verb ("…, the Air Force has said")
REPORT_AUX = r"has|had"
TELLER_VERBS = r"(?!)"  # (Ukrainian "повідомили Повітряні сили": the verb before its teller; REPORT_VERBS here)
TELLER_AFTER_VERBS = r"(?!)"  # (Russian "В Воздушных силах рассказали": REPORT_VERBS here)
# a date's English words: the day's ordinal ending ("March 3rd") and "of" ("3rd of March"), and what may stand
# between a clock time's bracket or comma and its day ("(09:00) on the Tuesday, 3 March")
DAY_ORDINAL = r"st|nd|rd|th"
DAY_OF = r"of"
# (or its bracket: "at 9 p.m. on Friday (June 6)")
DATE_LEAD = r"(?:on\s+)?(?:the\s+)?(?:\w+day(?:,?\s+|\s*\(\s*))?"
# (and a part of a day, its date, then the time: "From Sunday evening, February 23, at 8 p.m.")
RANGE_FROM = (r"(?:between|from|since|starting at|starting from|(?:started|began)\s+at(?:\s+(?:around|about))?|"
              r"from\s+(?:\w+day\s+)?(?:evening|night|morning),?\s+(?:\w+\s+\d{1,2}|\d{1,2}\s+\w+),?\s+at)")
RANGE_TO = r"(?:and|to|until|till|through|-)"
# between the first day of a range and the day and month it runs to, besides a dash or a slash (Russian "с 3
# на 4 мая", Ukrainian "з 17 на 18 січня"; English "17-18 January" has the dash alone)
DAY_RANGE_TO = r"(?!)"
# what names a day as the morning a night runs to ("the night to October 12, from 8 p.m."): an evening
# time told after it is of the day before (read before the day, up to its end)
NIGHT_TO = r"\bnight\s+(?:to|into)\s+(?:(?:the\s+)?[^\W\d]+,?\s+)?$"
AS_OF = r"(?:as of|by|as at)"
# a sentence that opens with the time something happened at ("At around 10:00 a.m. today, …", "At 7 a.m., …"):
# then a downing told after it is an instant (start and end alike), an attack that "started" the window's start
AT_OPENING = r"^\W*at\s+(?:(?:around|about|approximately|roughly)\s+)?$"
# whether such a start belongs only to the claim told in its sentence or the next: not in English, where a wire's
# "At 6 a.m., Russia began a massive strike …" after the count retells the claim's own strike
AT_STARTED_OWN_CLAIM = False
AT_DOWNED_AFTER = r"\b(?:shot\s+down|downed|destroyed|intercepted|thwarted|repelled|neutrali[sz]ed)\b"
AT_STARTED_AFTER = r"\b(?:started|began|launched|commenced)\b"
# an air-raid alert a time is told of ("an air alert … from 9 p.m.", "the alert was sounded at 3:40"):
# the alert's time, not the window of the attack (read in the words before the time)
ALERT = r"\b(?:alerts?|sirens?)\b(?!\s+(?:systems?|forces|means|units|crews?)\b)"
# a lead that tells of an attack by those who meet it, with no weapon named ("On the evening of 9 May air
# defences were busy over the south", "an air-raid alert sounded in the region"): the defenders or the alert
# (verify.windows: the lead's day dates a claim's dayless times)
ATTACK_TOLD_BY = r"\b(?:air[-\s]defen[cs]es?|anti-aircraft|air[-\s]raid|alerts?|sirens?)\b"

COMMENTARY_HINTS = r"\b(?:highlights?|underscores?|raises? questions|remains? unexplained|analysts|experts)\b"

# Capitalised words that are never places in these reports (they begin sentences or are names).
NOT_PLACES = {
    "poshta",  # "Nova Poshta", the carrier
    # Ukraine's state companies ("a depot of Ukrzaliznytsia", "Ukrenergo said"): no village Zaliznytsia
    "ukrzaliznytsia", "ukrenergo", "naftogaz", "ukrnafta", "ukrtransgaz", "energoatom", "centrenergo", "ukroboronprom",
    # (who holds the land, hyphened to the participle: "over Russian-occupied Crimea" is Crimea, no place "Russian-occupied")
    "russian-occupied", "russia-occupied", "moscow-occupied", "russian-controlled", "russia-controlled",
    "moscow-controlled", "kremlin-controlled", "russian-held", "russia-held", "russian-annexed", "russia-annexed",
    "moscow-annexed", "ukrainian-controlled", "ukraine-controlled", "kyiv-controlled", "ukrainian-held", "ukrainian-occupied",
    "the", "a", "an", "in", "on", "at", "over", "air", "defense", "defence", "ministry", "russian",
    "ukrainian", "governor", "gov", "mayor", "head", "according", "earlier", "later", "meanwhile",
    "notably", "however", "while", "these", "this", "that", "those", "it", "he", "she", "they",
    "there", "regional", "local", "federal", "armed", "forces", "force", "general", "staff",
    "telegram", "censor", "censor.net", "president", "the same", "same", "drones", "drone", "missiles", "missile",
    "interceptors", "ukraine's", "russia's", "tass", "ria", "novosti", "reuters", "ukrinform",
    # (the wires that relay a figure: "…, the Air Force said, Xinhua news agency reported"; no town Xinhua)
    "xinhua", "anadolu", "yonhap", "kyodo", "bernama", "ians", "unian",
    "kyiv independent", "moscow time", "gmt", "utc", "msk", "victory", "may", "march",
    "august", "mirny", "mir", "progress", "sputnik", "pravda", "interfax", "all", "some",
    "several", "one", "two", "three", "in response", "overnight", "nobody", "no", "as", "by",
    "southern", "northern", "eastern", "western", "central", "border", "frontline", "front-line",
    "from", "between", "and", "of", "off", "to", "for", "with", "without", "after", "before",
    "during", "since", "until", "shahed", "geran", "gerbera", "iskander", "kalibr", "kinzhal",
    "storm", "shadow", "neptune", "lancet", "himars", "atacms", "scalp", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "april",
    "june", "july", "september", "october", "november", "december", "airport", "airfield",
    "fleet", "flotilla", "navy", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "romanian", "polish", "moldovan", "belarusian", "lithuanian", "latvian", "estonian", "finnish",
    # words that open a sentence, capitalised there ("But most of the debris fell …": not Buta, Congo)
    "but", "yet", "so", "then", "also", "when", "where", "if", "although", "though", "because", "once",
    "here", "now", "today", "tonight", "still", "even", "only", "most", "many", "what", "which", "who",
    "we", "our", "his", "her", "their", "its", "you", "your",
    # (and common nouns that open one: "Police confirmed …" is not Polytsi, "Due to …" not Douai, "Mobile
    # fire groups …", "Read Time: …")
    "police", "due", "mobile", "time",
    # (and the verbs and nouns of a title-case headline: "Drone Strikes Hit Two Cities" is not Hīt, Iraq;
    # each of these names only a town far from the war in the gazetteer)
    "hit", "hits", "sparks", "spring", "union", "liberty", "man",
    # institutions ("the State Agrarian University"): never places
    "university", "institute", "academy", "college",
}
# a possessive that is part of a place's name, not its owner ("the Donetsk People's Republic")
POSSESSIVE_IN_NAME = r"People's"
PLACE_TYPE_WORDS = (
    r"(?:Regions?|regions?|Oblasts?|oblasts?|Krai|krai|Kray|kray|Territory|territory|Territories|"
    r"Districts?|districts?|Raions?|raions?|Rayons?|rayons?|Republics?|County|Counties|Province|"
    r"province|Okrug|okrug|Autonomous Okrug|Hromadas?|hromadas?|communit(?:y|ies)|neighbou?rhoods?|Sea|Seas|seas?|Peninsula|peninsula|Bay)"
)
UNIT_QUALIFIER = r"(?:city|urban|municipal)"  # "Graivoronskiy city district": part of the unit's type
# the first word of a two-word name ("in Velyka Bahachka", "in Novaya Sloboda"): before a capitalised word it is
# never a place of its own; the two words are one name
NAME_OPENERS = (r"(?:Velyk[aiy]|Velykyi|Mal[aiy]|Malyi|Malaya|Nov[aiy]|Novyi|Novyy|Novaya|Star[aiy]|Staryi|Staryy|Staraya|"
                r"Verkhn(?:ia|ya|yaya|iy|yi|ii)|Nyzhn(?:ia|ii|yi)|Nizhn(?:yaya|iy|ii)|Bolsh(?:aya|oy|oi))")
# the first word of a translated two-word name inside a sentence ("New Moscow", a translated Novomoskovsk): no
# place alone, nor is the name after it
NAME_OPENERS_INSIDE = r"(?:New|Old|Upper|Lower)"
PLACE_LIST_CUES = (
    r"\b(?:cities of|towns of|villages of|village of|town of|city of|regions of|areas of|settlements of|"
    r"in|over|near|across|including|on|to|at|attacked|hit|struck|targeted|shelled|attacks? on)\s*$"
)
# a span of weeks, months or years: what the sentence tells is a trend or history, no incident
# ("drone attacks in recent months damaged buildings", "a strike on the city last year")
# the time of the telling, not of the event: "…, the governor said on Tuesday", "said today"
SPEECH_TIME = (r"\b(?:said|says|told|wrote|reported|announced|added|stated)\s+(?:on\s+)?(?:today|yesterday|"
               r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(?:morning|afternoon|evening|night))?\b|"
               r"\b(?:today|yesterday|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:said|told|wrote|reported|announced)\b")
# a relative clause that a span of weeks or years may belong to: "an oil depot that had already been hit
# last year" (not "said that in recent months …")
RELATIVE_SPAN = r"\b(?:that|which)\s+(?:had|has|have|was|were)\b"
TIME_SPAN = (r"\b(?:(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:(?:several|few|two|three|four)\s+)?"
             r"(?:weeks|months|years)|in\s+recent\s+(?:weeks|months|years)|last\s+year(?:'s)?)\b")
LAUNCH_SITES_HEADER = r"\b(?:launch (?:sites|directions|areas)|launched from the directions? of)\b"
# what stands before launch sites ("from the directions of Kursk, Oryol")
# "an attack by the Kyiv regime": a place name that stands for its government, the attacker
# an attack told as a habit, a guess or a denial, not as an event: "target border areas almost daily",
# "Kyiv may be planning a massive raid", "we don't attack Moscow"
GENERIC_ATTACK = (r"\b(?:(?:almost|nearly|practically)\s+(?:daily|every\s+day)|regularly|repeatedly|routinely|"
                  r"constantly|frequently|(?:may|might|could)\s+(?:be\s+)?plan\w*|"
                  r"(?:don't|do\s+not|doesn't|does\s+not|didn't|did\s+not|never)\s+(?:attack|target|strike))\b")
# what stands between a place and the town that only locates it ("the village of Volna near
# Temryuk", "Taganrog, 60 km from Rostov", "in Divnomorskoye (10 km south of Gelendzhik)"): that
# town is a landmark, not where it happened; a comma alone begins a list ("in Kerch, near Saky")
REFERENCE_GAP = (r"\s*(?:(?:\(\s*|,\s*(?:which|that)\s+is\s+)?(?:just\s+)?(?:near|outside|close\s+to)|"
                 r"(?:[,(]\s*)?(?:some\s+|about\s+)?\d+\s*(?:km|kilometres|kilometers|miles)\s+(?:[\w-]+\s+){0,2}?(?:from|of))"
                 r"\s+(?:the\s+(?:city|town)\s+of\s+)?")
# (the capital for its state: "Kyiv attacked Russia with 85 drones", "Moscow launched 90 drones at Ukraine")
# a side's capital only targeted ("drones targeted Kyiv", "all drones moving toward Kyiv were shot
# down"), no harm told there: its region, no locality (the English golds leave it out: dev en-076, read
# f35-06, f36-01, f38-11; they list it where it was hit or debris fell); the Russian and Ukrainian ones list it
CAPITALS_TARGETED_AS_REGION: frozenset[str] = frozenset({"RU-MOW", "UA-30"})
# (Russian, Ukrainian: the city that is a region of its own, a count told over it alone, is a place of the report)
COUNTED_CITY_IS_TOWN = False
AIMED_AT = r"(?!)"  # (Ukrainian "летять у бік Полтави": the town the weapons flew at is a place of the attack)
PLACE_AS_ACTOR = (r"\s*(?:regime|government|authorities)\b|\s+(?:attacked|launched|fired)\s+(?:[\w-]+\s+){0,3}?(?:at\s+)?(?:Russia|Ukraine)|"
                  # (a capital for its government, by what it says or does: "Moscow accused Kyiv of …", "Kyiv has
                  # not commented", "Moscow has stepped up attacks", "prompting Moscow to import drones")
                  r"(?<=Moscow|..Kyiv|..Kiev)\s+(?:(?:has|had|have)\s+)?(?:not\s+|also\s+|since\s+|repeatedly\s+)?"
                  r"(?:said|says|accused|accuses|blamed|blames|denied|denies|claimed|claims|commented|responded|warned|"
                  r"insisted|insists|stepped\s+up|acquired|imported|ordered|rejected|rejects)\b|"
                  r"(?<=Moscow|..Kyiv|..Kiev)\s+to\s+(?:import|buy|acquire|seek|turn|rely)\b|"
                  # (and the one blamed: "Moscow accused Kyiv of the attack")
                  + "|".join(rf"(?<={verb} {city})" for verb in ("accused", "accuses", "blamed", "blames")
                             for city in ("Kyiv", "Kiev", "Moscow")).join(("(?:", r")\s+(?:of|for)\b")))
# ("fired from bombers over the Caspian": the carriers' area, where they were launched from)
# ("from the area of the town of Yeysk": the kind of place between the cue and its
# name; "from three directions on Russian soil: Oryol, Kursk": a list after a colon)
# ("from the northern and southern directions (Kursk, Millerovo)": the towns in brackets after the directions)
# words between a launch-site cue and the sites it lists that are no site of their own ("sent from Belarusian
# territory and the annexed Crimean peninsula", "from the temporarily occupied Crimea"): read past them
LAUNCH_SITE_FILLER = r"\b(?:the\s+|(?:temporarily\s+)?(?:occupied|annexed)\s+|territory\b)"
LAUNCH_SITE_CUE = (r"\b(?:(?:launched\s+)?from (?:[\w-]+\s+){0,2}?(?:aircraft|planes|bombers|jets|ships|warships|vessels|submarines)\s+(?:over|in)"
                   r"(?:\s+the)?|(?:launched\s+)?from the (?:direction|directions|areas?) of(?:\s+the\s+(?:[\w-]+\s+)?(?:city|town|village|settlement)\s+of)?"
                   # ("fired from the airspace over Russia's Kursk region": the carriers' airspace)
                   r"|(?:launched\s+)?from (?:the )?airspace (?:over|of)(?:\s+(?:Russia|Belarus)['’]s)?(?:\s+the)?"
                   r"|from the (?:[\w-]+\s+)?(?:cities|towns) of|(?:launched\s+)?from (?:[\w-]+\s+)?directions\b[^.:;\n]{0,60}:|(?:launched\s+)?from|directions?\s*[:(])")

MORPH_LANG = None  # English needs no morphology
ROUND_NOUNS: dict[str, tuple[int, bool]] = {}  # (Ukrainian "два десятки", "сотнею")
ONE_AND_A_HALF = r"(?!)"
ROUND_NOUN_GENITIVE_BEFORE = r"(?!)"  # (Ukrainian "близько сотні")
ROUND_NOUN_GENITIVES: frozenset[str] = frozenset()
# words that make the count after them a rounded figure ("over 100 drones" in a lead, "103" in the body)
APPROX_BEFORE = r"(?:over|more\s+than|about|around|nearly|almost|some|roughly|approximately|up\s+to|at\s+least|close\s+to)"
# one weapon without a number ("An enemy UAV was shot down", "shot down the tenth drone"):
# a singular weapon phrase after an article or "another"
SINGLE_WEAPON = r"[^\n]*(?<![sS])"
# ("also downed Russia's Kh-59 guided missile": a country's, as "a")
# (not a sea drone: "a naval drone was also destroyed off the coast" is a boat, no aerial weapon)
SINGLE_WEAPON_BEFORE = (r"\b(?:a|an|one|another|the|single|(?:Russia|Ukraine|Moscow|Kyiv|Kiev)['’]s)\s+"
                        r"(?:(?!(?:naval|sea|maritime|marine|surface|underwater|water)\b)[\w-]+\s+){0,2}")
INSTRUMENTAL_ONE = ATTACK_BEFORE_INSTRUMENTAL = r"(?!)"  # (Russian "атаковал … ракетой": one only after an attack's verb)
ONE_EACH_WEAPON = r"(?!)"  # (Ukrainian "по крилатій ракеті": one over each place)
SINGLE_TARGET = r"(?:aerial|air) target|(?:aerial|air|airborne) object"  # "an aerial target was shot down": one of unknown kind
SINGLE_ABBREVIATION = r"(?!)"  # (Russian "вражеский БПЛА": an abbreviation that is singular after a singular adjective)
SINGLE_ABBREVIATION_BEFORE = r"(?!)"
SINGLE_ABBREVIATION_AFTER = r"(?!)"
# debris of one, or the attack of one: not one destroyed
# ("the cause of the fall of that enemy missile is now being looked into": where it fell, not one downed)
NOT_ONE_WEAPON_AFTER = r"\b(?:debris|wreckage|fragments|parts|remains|pieces) (?:of|from)\s+(?:\S+\s+){0,3}|\b(?:fall|crash) of\s+(?:\S+\s+){0,2}|\battack (?:by|of|from)\s+(?:\S+\s+){0,2}"
# a picture of one downing right before the weapon ("showed a video of a drone being shot down", "footage shows a
# drone being downed"): an illustration, no count claimed; where it was downed stays a place (en-f36-17)
# (who posted it may stand between: "footage posted by a local channel shows a drone being downed")
PICTURE_OF = r"\b(?:video|videos|footage|clip|images?|photos?|pictures?)\s+(?:(?:posted|published|shared|released|filmed)\s+by\s+(?:\S+\s+){1,4}?)?(?:\S+\s+){0,4}"
# (its abbreviation in brackets may stand between: "an unmanned aerial vehicle (UAV) raid on the port")
NOT_ONE_WEAPON_BEFORE = (r"(?:\s+\([^()\n]{1,12}\))?\s+(?:attacks?|strikes?|raids?|offensives?|assaults?|barrages?|swarms?|waves?|alerts?|threats?|danger|debris|wreckage|fragments|operators?|units?|"
                         # "destroyed a Ukrainian drone control point": a place of the weapon's crews
                         r"control\s+(?:points?|posts?|centres?|centers?)|command\s+posts?|launch\s+(?:sites?|pads?)|"
                         r"launchers?|crews?|teams?|depots?|warehouses?|workshops?|hangars?|factory|plant|"
                         # "Russia's drone industry has been hit by sanctions": the making of them, no weapon downed
                         r"industry|industries|production|programmes?|programs?|manufacturers?|makers?|"
                         r"stocks?|stockpiles?|arsenals?|supplies|supply|deliveries|exports?|imports?)\b"
                         # "an intercepted drone struck a block of flats", "a downed drone fell on a garage": what the
                         # one downed did, a hit or debris, no count of one claimed
                         r"|\s+(?:then\s+)?(?:hit|struck|fell|crashed|slammed|smashed|damaged)\b")  # "a drone attack"
# what a bare count after a destroy verb counts when it is no weapon: "used drones to destroy 15
# Russian air defence systems", "destroyed 12 tanks"
OTHER_COUNTED = (r"\s+(?:[\w'’-]+\s+){0,2}?(?:tanks?|(?:armou?red\s+)?vehicles?|launchers?|radars?|(?:air[-\s]defen[cs]e\s+)?systems|"
                 r"positions|depots?|warehouses?|command\s+posts?|control\s+points?|howitzers?|guns|aircraft|planes?|jets?|"
                 r"helicopters?|fighters|bombers|ships?|vessels?|soldiers|troops|servicemen|personnel|"
                 # ("Ukrainian drones attacked two cars", "three villages")
                 r"cars?|trucks?|buses|villages?|settlements?|houses?|homes?|buildings?|times|"
                 # ("drones attacked two refineries and destroyed them")
                 r"factor(?:y|ies)|plants?|refiner(?:y|ies)|substations?|"
                 # ("air defence worked in five regions": places counted)
                 r"regions|oblasts|districts|communities|hromadas)\b")
# the verb of a stock or an output right before its count ("Russia produces 2,700 drones a month", "the frigate
# carries 16 missiles"): what is made or carried, no count of the night (nor the part "of them" after it)
# the word before a count of carriers the weapons were launched from ("40 missiles from 10 Tu-95 bombers; 32 of
# them were downed"): "of them" after it are the weapons', not the carriers'
CARRIERS_FROM = r"\bfrom"
# the target a weapon was fired at, told right after it ("a cruise missile at the city of …, and 14 drones")
STRUCK_AT = r"\b(?:at|on)"
STOCK_BEFORE = (r"\b(?:produc(?:es|ed|ing|e)|manufactur(?:es|ed|ing|e)|carr(?:ies|ied|ying|y)|"
                r"possess(?:es|ed)?|stockpil(?:es|ed|ing)|(?:is|are|was|were)\s+(?:armed|equipped)\s+with)")
# a weapon's noun as the adjunct of another: "two missile strikes", "four missile carriers", "three drone
# attacks" count strikes, ships and attacks, no weapons
WEAPON_ADJUNCT_HEAD = r"\s+(?:strikes?|attacks?|carriers?|launchers?|systems?|boats?|ships?|raids?|waves?|barrages?|salvos?|offensives?|assaults?|swarms?)\b"
# one weapon on its way: "repelled an attack by a drone heading to Moscow" is one downed
ONE_HEADING_AFTER = r"[\s,]*(?:(?:that|which)\s+was\s+)?(?:flying|heading|headed|approaching)\b"
# a link to another story, with numbers of its own: a sentence apart, never a claim
# (no colon too, the other story's headline right after: "Read also Drones attack Kursk, two injured")
# (and a photo credit line, "(Photo by … via Getty Images)", "Photo: Ukraine's General Staff": who took the
# picture, no voice of the story)
# the label of a photo credit or caption: "Photo:", "Image credit:" (and on a line of its own "Photo by")
PHOTO_LABEL = r"(?:photo|image|picture)s?(?:\s+credit)?\s*:"
# a link's label glued to the sentence before it on the same line, as a page's scrape leaves it ("… in the
# region.Read also: …"): only the label with its colon, never a caption
CROSS_LINK_GLUED = r"(?:Read also|Read more|See also|Also read)\s*:"
# (the other story's headline may open with a quotation: 'See also "Drone fell nearby": a house hit in …')
CROSS_LINK = (r"(?:(?:Read also|Read more|See also|Also read|Related)\s*:|(?:Read also|See also|Also read)\s+[«\"“„'‘]?(?-i:[A-Z])"
              rf"|\(?(?:{PHOTO_LABEL}|(?:photo|image)\s+by\s)[^\n]{{0,80}}$"
              # (a caption line its credit closes after the full stop: "The mayor inspects a crater. Photo: …")
              rf"|[^\n]{{0,200}}[.!?][ \t]+(?:{PHOTO_LABEL})[^\n]{{0,80}}$"
              # (a caption line, its credit in brackets at its end: "Firefighters at work in Kharkiv on
              # November 3. (Photo | AFP)": an earlier event's picture)
              rf"|[^\n]{{0,200}}\((?:{PHOTO_LABEL}|(?:photo|image)\s*\||(?:photo|image)\s+by\s)[^\n()]{{0,80}}\)[ \t]*$"
              # a photo's caption, its line closed by the wire's credit ("… in Kharkiv, Jan. 23. (REUTERS/Jane
              # Roe/File Photo)"): the scene of a picture, often of another day, no event of the story
              r"|[^\n]{0,400}\((?:reuters|ap|afp|epa|anadolu)\s*/[^()\n]{1,80}\)[ \t]*$"
              # a caption that calls its picture illustrative ("A drone downed over Sumy Oblast on
              # May 3. (Photo for illustrative purposes) (Eastern Group / Facebook)"), its credit after it
              r"|[^\n]{0,400}\((?:(?:photo|image|picture)\s+(?:is\s+)?for\s+illustrative\s+purposes(?:\s+only)?|"
              r"illustrative\s+(?:photo|image|picture))\)(?:\s*\([^()\n]{1,80}\))?[ \t]*$"
              # (a caption line closed by "(file photo)", "(archive photo)": an earlier day's picture)
              r"|[^\n]{0,200}\((?:file|archive|archival|illustrative)\s+(?:photo|image|picture)[^\n()]{0,80}\)[ \t]*$"
              # (and a caption line closed by its label "Stock photo: …", "File photo: …": a picture of no
              # event of the story, "A drone downed in the sky. Stock photo: Agency" no drone downed tonight)
              r"|[^\n]{0,200}\b(?:stock|file|archive|archival|illustrative)\s+(?:photo|image|picture)s?\s*:[^\n]{0,80}$)")
# another story's headline, a paragraph of its own amid the body, without a full stop: "Ukraine intercepts
# 14 of 19 missiles, 31 drones launched in Russian night attack, Air Force says" (a link too)
LINKED_HEADLINE = r"[^\n.!?]{20,200},\s+(?:(?:the|its|a)\s+)?(?:[\w'’-]+\s+){0,3}(?:says|say|claims|reports)[ \t]*"
# a line that is only a heading of other stories: everything after it is their teasers ("Check Also")
# words no sentence ends with: a line that ends with one goes on ("drones over the\nBelgorod region")
LINE_GOES_ON = r"(?:the|a|an|of|over|in|on|at|to|from|by|near|and|or|but|with|into|that)"
MORE_STORIES = (r"(?:Check also|Related (?:posts|articles|news|stories)|More (?:news|stories)|You (?:may|might) also like|"
                # (a news site's lists of its other stories under the article: "Popular", "News by theme")
                r"Popular|Most (?:read|popular|viewed)|News (?:by|on (?:the|this)) (?:theme|topic)|Latest news|Top (?:news|stories)|Trending)")
# "and the same number over the Bryansk region", "an equal number over …"
SAME_AS_PREVIOUS = r"(?:(?:the\s+)?same|an\s+equal)\s+number|as\s+many(?=\s+(?:over|above|in)\s)"  # ("and as many over …")
# a word that is a count of one before its place: "nine over the Bryansk region and another over the Kaluga region"
# (and an article before a weapon and its place, in a list: "downed a drone over the Moscow region, another over …")
ONE_ALONE = (r"\banother(?=\s+(?:over|above|in\s+the\s+sk(?:y|ies)\s+over)\s)|\ban?(?=\s+(?:drone|UAV|missile)\s+(?:over|above)\s)"
             # ("18 over the Lipetsk region, and another drone was destroyed over the Tver region": one
             # more, its own clause's verb between the weapon and its place; a clause that goes on a list, not
             # a sentence of its own)
             # (a verb of downing, an adverb at most before it: "another drone was spotted over …", "… was not
             # downed over …" and "… was launched over …" are no more downed)
             # (the weapon left out, its place near a city: "one over the Tver region, while another was
             # intercepted near Kazan")
             r"|(?:(?<=\band\s)|(?<=\bwhile\s)|(?<=,\s))another(?=(?:\s+(?:drone|UAV|missile))?\s+(?:was|had\s+been)\s+"
             r"(?:(?!not\s|never\s)[a-z]+\s+)?(?:intercepted|destroyed|shot\s+down|downed|brought\s+down|neutrali[sz]ed|"
             r"eliminated|suppressed|jammed|hit|taken\s+down)\s+(?:over|above|near)\s)"
             # ("two drones over Crimea and a third over the Belgorod region": the ordinal after "a", one more)
             r"|(?<=\ba\s)(?:second|third|fourth|fifth|sixth)(?=\s+(?:over|above)\s)")
NUMBER_CASE_SUFFIX = r"(?!)"  # (Ukrainian "147-ма")
NUMBER_ONE_SUFFIX = r"(?!)"  # (Ukrainian "81-го")
# a number set off by dashes a page turned into hyphens, between two lower-case words: "The largest
# number-41-were shot down over …" (group 1; not a compound such as "a 10-storey", "Shahed-136-type")
# the bare "rockets" of English news: missiles as often as a launcher's (never MLRS rockets told as such)
ROCKETS_UNTOLD = r"rockets?"
# a count's weapon word with no model or kind of its own ("seven missiles"): the rockets an MLRS fired when
# the next sentence (or the one before) tells the attack's rockets as an MLRS's with no count of their own
MISSILES_BARE = r"missiles?"
DASHED_NUMBER = (r"\b[a-z]{2,}-(\d{1,4})-(?!(?:years?|days?|storey|story|stories|km|kg|metres?|meters?|hours?|"
                 r"minutes?|tons?|tonnes?|strong|members?|points?|type|class|series|mm)\b)[a-z]{2,}\b(?!-)")
EACH_PREFIX = r"(?!)"  # (Russian "по 3")
EACH_BRACKET_OPEN = r"(?!)"  # (Russian "(по три)")
EACH_ABBREVIATION = r"(?!)"  # (Russian "по одному АТС в …")
REGION_PREPOSITION = r"(?!)"  # (Ukrainian "на Запоріжжі": the region)
REGION_CASE = r"(?!)"
AND = r"(?:and|&)"
# what else may follow a place-first item's count and open the next one (Russian and Ukrainian "а": "над
# Курской – 3, а над Брянской – 2")
AND_THEN = r"(?!)"
# the article the stages' patterns allow before a place, an item or a region word ("over the Kursk region",
# "and the Bryansk region", "launched from the Kursk region")
ARTICLE = r"the"
# the speaker's own, before OWN_REGION's region word ("over our region"): not part of the place's name
OUR = r"our"
# the noun a region's adjective is named with ("Sumy Oblast", "Sumy Region")
REGION_NOUNS = ("Oblast", "Region")
# the words around a region's name in an administration's name, dropped before the name is looked up ("the
# Sumy Regional …", "Krasnodar Krai's operational headquarters")
REGION_NAME_WORDS = r"\b(?:the|of|region(?:al)?|oblast|krai|'s)\b|'s\b"
# "a Tochka-U missile as well as 17 drones": one more item of a list of weapons
ALSO = r"as\s+well\s+as"
# a verb of a clause's own ("were shelled", "was damaged", "reported"): after a semicolon, the part that has one is
# a new clause, no more of a list of places ("over Kursk and Bryansk; Belgorod and Shebekino were shelled")
CLAUSE_VERB = r"(?-i:\b(?:was|were|is|are|has|have|had|came|fell|hit|[a-z]{3,}ed)\b)"
# a relative clause that may stand between the items of a list of weapons ("14 Shahed drones, which were launched from the south-east, and a Kh-22 missile")
RELATIVE = r"(?:which|that)"
# the auxiliary after such a relative word before the words of flight ("…, which were heading towards Crimea"):
# between two places of an item, the second is then a destination (breakdown's "towards_gap"); the same value in
# every lexicon (a Russian or Ukrainian text may quote an English line)
RELATIVE_AUX = r"(?:were\s+|was\s+)"
# the preposition right before a city that is a region of its own where a downing "in" it is told ("Most of the drones were downed in Kyiv"; not "launched at Kyiv", "the attack on Kyiv"):
# the city's own (locative) "in", not the "on"/"at" of a target (placing._place_group)
IN_CITY = r"(?<![\w-])in\s+$"
# after a semicolon in a list of places, a word that carries on the list as a place's genitive adjective ("…; Malye
# Prokhody Kharkivskoi …" as Russian "Харьковской", Ukrainian "Харківської", "-ів", "-их"): with CAPITAL_LETTER,
# breakdown's "stop" reads such a part as more places, not a new clause (the same value in every lexicon)
# (in English the region after a town is told with "of the": "…; Stepove of the Zaporizhzhia Region; and …", the town
# of a ministry's list of settlements, not a new clause; "of" itself, not any word before "the": "…; Odesa puts the
# Russian total lower" is a new clause, its verb no past form CLAUSE_VERB knows)
LIST_PLACE_ADJECTIVE = r"[а-яёіїєґ]+(?:ой|ей|ої|ів|ых|их)\b|of[ \t]+the[ \t]+[A-Z]"
# one more, right before a count: "Another drone was shot down over the Kursk region" adds to the places told
MORE_BEFORE = r"\b(?:another|more|further|also)\s+$"
# one more weapon, counted one by one, at the head of its clause: "Another UAV was shot down over the sea",
# "The third drone was destroyed near the port" (one each, after the one told; never an apposition:
# "a drone was downed, the seventh drone since midnight" is that one drone)
ONE_MORE_BEFORE = (r"(?:^|[.;:,]\s*|\b(?:and|later|then|that|reported|announced|of|about)\s+)(?:(?:yet\s+)?another|(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|"
                   r"eighth|ninth|tenth))\s+(?:[\w-]+\s+){0,2}$")
# ordinals counted one by one, several in one phrase: "the fifth and sixth drones" are two more
ORDINAL = r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b"
# (an adjective of the weapon between, never a noun: "the second and third groups of drones")
# the place an ordinal tells in a running count, by the word's start: "a fourth drone was shot down" after
# three is the fourth downed, four in all (one told alone, four too: the three before it went untold)
ORDINAL_VALUES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
ORDINAL_LIST = rf"{ORDINAL}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){ORDINAL})+\s+(?:(?:{WEAPON_ADJECTIVES})\s+)?$"
# the next ordinal of a running count told with its verb and weapon left out, after a comma or "and", then
# where it was downed: "a second drone was downed over the lake, and a third over the dam" (three in all)
ORDINAL_GAPPED = (rf"(?:[,;]\s*(?:and\s+|then\s+)?|\s+and\s+(?:then\s+)?)(?:a\s+|the\s+)?(?P<ord>{ORDINAL})"
                  r"(?=\s*[-–—]|\s+(?:one\s+)?(?:over|near|above|off|outside|close\s+to|by|in|at)\b)")
# the words that may stand between a bare count "more" and its destroy verb ("Six more were shot down"):
# auxiliaries only, never a noun ("Three more houses were destroyed" counts houses)
MORE_TO_VERB = r"\s+(?:(?:were|was|have|had|been|also|later|then)\s+){0,2}"
MORE_AFTER = r"\s+more\b"  # "another" after its count: "six were shot down and three more were jammed"
# a launched count, then more still on their way ("запущено 60 ракет і летять ще близько 15", "and
# about 20 more are in the air"): between the two counts, the flight verb there (group flying) or after the second
IN_FLIGHT_GAP = r"(?:\s+[^\W\d]+){0,3}?\s*(?:,\s*)?and\s+(?P<flying>(?!))?(?:another\s+)?"
IN_FLIGHT_AFTER = (r"(?:\s+more)?\s+(?:are|is|were)\s+(?:still\s+)?(?:in\s+the\s+air|in\s+flight|airborne|flying|"
                   r"on\s+(?:the|their)\s+way)\b")
# the day or part of day an event happened on ("On Tuesday a drone damaged …", "yesterday"): an event, not a
# trend (not "earlier"/"later", which tell when it was reported)
EVENT_DAY = (r"\b(?:yesterday|the\s+day\s+before|during\s+the\s+day|in\s+the\s+(?:morning|afternoon|evening)|"
             r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)\b")
# a time of another period in the "another" clause: "12 overnight, and another 3 … on Tuesday evening" (not one sum)
OTHER_PERIOD = rf"\b(?:earlier|later|the\s+previous\s+day)\b|{EVENT_DAY}"
# a later statement of the one who told the count ("Later on, the mayor wrote that …", "In a subsequent
# update the ministry said …"): its "N more" is a claim of its own, not a part of the count told before
LATER_STATEMENT = (r"\b(?:in\s+a\s+(?:later|subsequent|further)\s+(?:statement|update|post|message)|"
                   r"later(?:\s+on)?(?:\s*,\s+|\s+)(?:[\w’'-]+\s+){0,4}?(?:added|said|reported|wrote|announced|stated|posted))\b")
# a later statement that corrects the figure told before ("He later clarified that two missiles were downed"): the
# figure replaces the earlier one (parts._corrected_figures)
CORRECTED_STATEMENT = r"\b(?:clarified|specified|corrected|revised)\b"
# the evening of a day, a period of its own beside the night that follows it ("On the evening of
# October 8, … downed 30"): with a date, not the night into the next day the report tells
EVENING = r"\bevening\b"
# a season or half-year period, a figure of its own beside a month's or a night's ("about 900 in the previous
# heating season", after "over 400 last month"): a summary of another period
ANOTHER_SEASON = r"\b(?:(?:previous|last|past)\s+heating\s+season|half\s+a\s+year)\b"
# more of the claim just told, of another weapon ("22 Ukrainian drones were also destroyed", "In addition, …")
MADE_IN = r"made\s+in\s+(?:the\s+)?[\w-]+"  # "a missile made in the US, …", "… made in France, …" (cues comma_then)
MORE_OF_IT = r"\b(?:also|in\s+addition|additionally|as\s+well)\b|^\W*another(?=\s+\d)"  # ("Another 40 missiles.": a sentence of more)
# a person or office of its own telling the sentence: "…, the mayor said" (not the claim told before)
ROLE_SAID = rf"\b(?:{ROLE_WORDS})\s+{REPORT_VERBS}\b|,\s*{REPORT_VERBS}\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+)?(?:{ROLE_WORDS})\b"
# the weapons counted fell, right after the count: "one more drone crashed in a field" was not downed
# (never hit by the defences: "twelve drones were struck by air defences" were downed)
FELL_AFTER = (r"\s+(?:[\w-]+\s+)?(?:fell|crashed|came\s+down|hit|struck|slammed\s+into)\b"  # (or struck: "two UAVs hit a dormitory")
              r"(?!\s+by\s+(?:(?:the|our|Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+)?(?:air\s+defen[cs]es?|anti-aircraft)\b)")
# a list of regions told with where each lies: "over the Kherson and Mykolaiv regions in the south (of the country), the
# Kharkiv region in the northeast, and the central Cherkasy region" (between two of its names)
# (or with a short relative clause of where it lies: "over the Belgorod region, which borders Ukraine, and the
# Oryol region"; at most five words, none a separator)
# (or a word of what kind of region they are, before their type word: "over the Oryol and Tula border regions
# and over the Kaluga region")
LIST_LOCATOR = (r"\s+(?:border|frontier|front-?line)\s+(?:regions?|oblasts?|provinces?|areas?)(?![\w-])|"
                r"\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|cent(?:re|er)|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
                r"(?:\s+(?:part\s+)?of\s+(?:the\s+country|Ukraine|Russia))?|"
                # ("in the Poltava and Sumy regions in central Ukraine, the Odesa region in the south")
                r"\s+in\s+(?:central|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern)\s+(?:Ukraine|Russia)|"
                r",?\s+(?:which|that)\s+(?:borders|lies\s+(?:on|near|next\s+to)|is\s+(?:adjacent|next|close)\s+to)(?:\s+(?!and\b)[\w'’-]+){1,3}")
# (with the side it lies in: "and above the southern Russian Penza region"; or as occupied: "and over occupied Crimea")
LIST_DIRECTION = r"(?:(?:Russian-|temporarily\s+)?(?:occupied|annexed)|central|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)ern)(?:\s+(?:Russian|Ukrainian))?"
TYPE_FIRST = r"(?:Republic|Sea|Gulf|Bay|Cape)"
PLURAL_TYPE = r"s$"
# the ending dropped from a plural type word for its singular ("the Oryol and Kursk regions": "Oryol region"; a
# word's own "ss" stays)
PLURAL_TYPE_ENDING = r"(?<!s)s$"
# a capital letter, Latin or Cyrillic (a name of a list may be written in either script)
CAPITAL_LETTER = r"[A-ZА-ЯЁІЇЄҐ]"
LOWER_LETTERS = "a-zа-яёіїєґ"  # the lower-case letters, Latin and Cyrillic, as a class's body (without them, a letter is a capital)
SINGULAR_TYPE_PHRASE = r"(?!)"  # (Russian "Харьковской области": a plural's ending that is also a singular's)
# ("58 of which it was able to shoot down", "of them air defences managed to destroy 12")
# after "a drone destroyed": an object, so the weapon did the destroying ("the drone destroyed a barn"),
# not a downing ("two drones destroyed over Kursk", "drones destroyed the previous night", "drones
# destroyed two hours ago", "… some 20 km from Kursk"): a noun after the determiner or number, not a
# time or distance word (nor a weapon: mentions.py checks that)
# a number that measures time or distance, never a count of weapons: "two hours ago", "5 km from" ("two weeks ago":
# a sentence that tells an earlier attack and counts nothing, whose scope the next sentence's count takes)
MEASURE = r"hours?|minutes?|seconds?|days?|weeks?|months?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?"
NOT_AN_OBJECT = rf"previous|last|same|next|night|day|days|morning|evening|afternoon|week|weeks|weekend|ago|{MEASURE}"
# A photo credit or caption label to the end of its line ("Photo: Jane Roe/Agency"): page furniture whose
# names (a photographer's "Anna", a tool's name) are no places
PHOTO_CREDIT = rf"\b(?:{PHOTO_LABEL})[^\n]*"
# a verb of what the weapon did, joined to the destroy verb after it: "a Shahed hit and destroyed a
# warehouse" (the weapon destroyed the warehouse too, no downing)
AGENT_VERB_AND = r"(?:hit|struck|attacked|targeted|rammed|slammed\s+into)\s+and"
# whose the weapon is, between it and what it did (English names the owner before the weapon)
AGENT_OWNER = r"(?!)"
DEFENDERS_AFTER_VERB = r"(?!)"  # (Russian "сбили истребительная авиация, …": English puts the subject first)
AGENT_OBJECT_AFTER = (r"\s+(?:an?|the|two|three|four|five|several|some|\d+)\s+"
                      rf"(?!(?:{NOT_AN_OBJECT})\b)(?=[^\W\d])")
# a thing right after a destroy verb, with no weapon word before it (mentions.py checks that): what the
# attack destroyed, no downing ("hit the town with two missiles, destroying an administrative building and a
# hangar", headline style with no article too: "destroying administrative building"); up to two words before
# the thing, none of them a place's preposition ("destroyed 12 drones near the plant" is a downing)
DESTROYED_THING_AFTER = (r"\s+(?:(?:an?|the|two|three|four|five|several|some|\d+)\s+)?"
                         r"(?:(?!(?:over|near|above|around|in|at|on|by|from|of|and|or|with|towards?)\b)[\w-]+\s+){0,2}?"
                         rf"{THING_NOUNS}\b")
# a bare count, then its participle with no "were": "99 drones were launched, 57 intercepted", "with 57
# shot down", "— 66 of them downed" (never an object after it: "two destroyed a barn")
# the lead of a relative clause of launching after a whole "out of N" ("93 drones out of 128 that Russia launched",
# "… that were launched"): that whole is the count that came, as "out of 128 launched by Russia"
DEFENCES_SPENT = r"(?!)"  # (Russian "силы ПВО, применив 12 зенитных ракет, …": the defenders' interceptors spent)
WHOLE_LAUNCHED_LEAD = (r"(?:(?:that|which)\s+)?(?:(?:Russia|Moscow|Ukraine|Kyiv|the\s+enemy|the\s+Russians|Russian\s+forces)\s+)?"
                       r"(?:(?:had|has|have|were|had\s+been|have\s+been)\s+)?")
BARE_PARTICIPLE = (r"(?:\s+of\s+(?:them|these|those))?\s+(?:intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|suppressed)\b"
                   r"(?!\s+(?:an?|the|\d+|two|three|four|five|six|seven|eight|nine|ten)\b)")
THEY_LAUNCHED_LEAD = r"(?!)"  # (Ukrainian "Всього їх було випущено 25": a launch count with its weapons left out)
# the weapons just named in the sentence with their launch, then after a dash or colon how many "they" were
# ("launches of attack drones were recorded – 47 in all", "… – there were 47 of them"): the words right before the
# number (.search, anchored at the number)
THEM_WERE_BEFORE = (r"[–—:]\s*(?:(?:in\s+all|in\s+total|all\s+told|there\s+were|a\s+total\s+of)\s+)?"
                    r"(?:(?:more\s+than|over|about|nearly|some)\s+)?$")
# "with" right before such a count, its weapon named again: "launched 49 drones and two missiles, with 31
# drones shot down" (a weapon's count and a bare participle after it is otherwise no downing of its own)
WITH_COUNT_BEFORE = r"\bwith\s+(?:(?:at\s+least|more\s+than|over|about|nearly|almost|some|another)\s+)?$"
# ("13 or more were shot down": the count as written)
PASSIVE_GAP = (r"(?:\s+or\s+more)?\s*+(?:(?:it|they|we|air\s+defen[cs]es?)\s+)?"
               r"(?:were|was|have been|had been|(?:was|were) able to|managed to|could)\s+(?:\w+\s+)?"
               # (and a verb of detection joined to the downing: "98 of which were detected and shot down")
               r"(?:(?:detected|spotted|tracked|identified|detect|spot|track)\s+and\s+)?")
ALL_OF = r"(?:all|all of the|all the|(?:every|each)(?:\s+(?:single\s+)?one)?\s+of\s+the)"  # "shot down all 14 drones", "every one of the 18": launched = destroyed
MODAL_AFTER_VERB = r"(?!)"  # (Russian "сбить удалось 36": the modal after the infinitive; none in English)
BOTH = r"(?:both)"  # "shot down … both Kh-59 missiles": a number that is all of them (launched = destroyed)
# "two drones attacked …, but they were shot down": the ones just told, every one (a passive: "they shot
# down five" counts its own)
# ("launched 20 drones, which were shot down": the relative clause of the ones just told, after its comma)
# ("All were shot down over …": "all" alone, the pronoun)
THEY_ALL = r"(?:they|both(?:\s+of\s+them)?|all\s+of\s+them|all\s+(?:of\s+)?these|all|(?<=,\s)(?P<rel>which))\s+(?:were|have\s+been|had\s+been)\s+(?:all\s+|both\s+|also\s+|reportedly\s+|allegedly\s+)?"
# "Dozens more were intercepted over …", "Several others were downed in …": some more of the weapons just told,
# with no noun and no count (where a part of them was downed, not all of them) ("Dozens of others", "A number of
# others were downed over …": some more, as REMAINDER refuses "others" after "of")
SOME_MORE = (r"(?:dozens|scores|hundreds|several|many|a\s+few|a\s+number|some|others|more)\s+(?:more\s+|others\s+|of\s+(?:them|others)\s+)?"
             r"(?:were|have\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+)?")
# "The UAVs were destroyed in Kyiv Oblast", "These drones were shot down over …": the weapons just told, named
# again with the definite article or a demonstrative (a plural noun: "the drone was" is one of them)
THE_TOLD = (r"(?:the|these|those|all\s+(?:of\s+)?(?:the|these)|both(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:UAVs|drones|missiles|rockets|Shaheds|targets)\s+(?:were|have\s+been|had\s+been)\s+(?:all\s+|also\s+)?")
# "19 drones were spotted heading for the city, and air defence shot them down", "intercepted them all": the
# ones just told, every one (the verb's object a pronoun; "destroyed them" of no count told tells no figure)
DESTROY_THEM = (r"(?:shot|brought|took|knocked)\s+(?:them|both)\s+(?:all\s+)?down\b|"
                r"(?:destroyed|downed|intercepted|neutrali[sz]ed|eliminated)\s+(?:them|both\s+of\s+them|all\s+of\s+them)"
                r"(?:\s+all)?(?![\w-])")
# "All except the Iskander-M were shot down": every weapon told but the ones named after it
EXCEPT = r"\b(?:except(?:\s+for)?|apart\s+from|other\s+than|save\s+for|but\s+for)\s+(?:the\s+|an?\s+)?"
# "shot down all but one of the drones", "All but two were downed": the count after it was not destroyed
# ("All drones but two of 30", "all the cruise missiles except two of the 30": the weapons, a plural, between; not "all night but two …")
ALL_BUT = r"\ball(?:(?:\s+the)?(?:\s+[\w-]+)?\s+[\w-]+s)?\s+(?:but|except(?:\s+for)?)\s+"
# "138 of the drones were downed": a part of weapons told before (not "18 of the 25": of_total)
PART_OF_TOLD = r"of\s+(?:the|these|those|them)"
ONE_OF = r"(?!)"  # (Ukrainian "одну з ракет збито"; English "one of the missiles" keeps its own reading)
# "debris from one of them", "fragments of one of the downed drones": something of one of the weapons,
# no count of one
# (or the act of downing one, told as the setting of what happened: "while destroying one of the drones, a blast …")
# "фрагменты ещё одного беспилотника обнаружены", "fragments of two more drones were detected": the count
# of what the debris came from, no count of weapons launched or downed
DEBRIS_OF_COUNT_BEFORE = r"\b(?:debris|fragments|wreckage|remains)\s+(?:from|of)\s+(?:(?:another|yet\s+another)\s+)?$"
# (but "debris of three downed UAVs": the downed are counted, a count of its own)
DEBRIS_OF_DOWNED_AFTER = r"\s+(?:[\w-]+\s+)?(?:downed|destroyed|intercepted|shot-down)\b"
DEBRIS_OF_ONE_BEFORE = (r"\b(?:debris|fragments|wreckage|remains|parts)\s+(?:from|of)\s+$|"
                        r"\b(?:while|when)\s+(?:destroying|downing|intercepting|shooting\s+down)\s+$|"
                        r"\b(?:during|in)\s+the\s+(?:destruction|downing|interception)\s+of\s+$")
ONE_OF_OF = r"\s+of\s"
# a status time or "in total" before a whole told first ("На сьогодні з 673 засобів … збито 635")
WHOLE_FIRST_AFTER = r"as\s+of\s+(?:\S+\s+){0,2}?\S+|in\s+total|overall|altogether"
# (or a reported clause that opens with it: "He said that of 14 missiles, nine were downed", its day between)
WHOLE_FIRST_AFTER += r"|(?:said|says|noted|added|stated|reported|explained)\s+that(?:\s+(?:today|yesterday|overnight|last\s+night|tonight))?"
# "drones attacked one of the city's districts": one of some things that are no weapons (unless a
# weapon word follows) counts no weapon; not "one of them"
# "every one of the 18 drones", "each one of them": all of them, "one" no count
EVERY_ONE_BEFORE = r"\b(?:(?:every|each)(?:\s+single)?|not(?:\s+a(?:\s+single)?)?)\s+$"  # (and "not (a single) one of the 12 drones reached …": none of them)
ONE_OF_MANY = r"one\s+of\s+(?:the\s+|its\s+|their\s+|our\s+)?(?!them\b|those\b|these\b|which\b)"
OF_TOTAL = r"(?:out\s+)?of(?:\s+the|\s+(?:Russia|Ukraine)['’]s|\s+a\s+total\s+of)?"  # "95 of 120 drones", "22 of Russia's 27 drones", "50 out of a total of 65"
# a running figure raised, right before its new count: "the number of downed drones rose to seven" (the
# figure told before is superseded, not added to)
RISEN_TO_BEFORE = rf"\b(?:{_RISEN_TO})\s+(?:to\s+)?$"
OF_THEM = r"of them|of these|of those|of which"
# a count of the weapon named just before it without a number of its own: "Of the missiles, two were
# shot down", "the missiles, of which it shot down two" (what stands between the weapon and the count)
WEAPON_PART_LEAD = r"\bof\s+the\s+(?:[\w-]+\s+){0,2}$"  # (before the weapon: "Of the (cruise) missiles, two")
WEAPON_PART_GAP = r"\s*,\s*(?:(?P<which>of\s+which|of\s+them)\s+(?:[\w-]+\s+){0,4})?"  # (between it and the count)
# a weapon, then its count after it (dashes are hyphens by now, spaced): "Shahed drones – 61", "missiles in the amount of 12"
# (or told by "namely" after it: "a record number of drones, namely 145")
# (the number after "namely" must end its phrase: "namely 145," — not "that is 4 times", weapons._weapon_of_part)
WEAPON_COUNT_AFTER = r"\s+-\s+|\s+in\s+the\s+(?:amount|number)\s+of\s+|(?P<namely>(?:\s+[^\W\d_]+){0,3},?\s+(?:namely|that\s+is|i\.\s?e\.)\s+)"
# what may stand between an item's count and "over": "of them were downed", "more", "reportedly"
# ("while" only before a flight direction: "two drones while approaching Moscow"; ", while in Sumy Oblast three
# were shot down" is another item)
ITEM_FILLER = (r"of them|of these|of those|of which|more|also|further|another|reportedly|allegedly|reported|that|"
               rf"while(?=\s+(?:{TOWARDS})\s)|"
               # how: "6 UAVs were jammed or destroyed by electronic warfare over Kursk Oblast"
               r"or|by\s+(?:means\s+of\s+)?(?:electronic\s+warfare|EW|air\s+defen[cs]es?)(?:\s+(?:systems|forces|means|units))?|"
               # ("with 29 being shot down over the Bryansk region": the participle clause's passive)
               r"which|were|was|had been|have been|been|being|"
               # ("56 drones where downed in …": the homophone typo of hurried or machine-translated English,
               # read as "were" where only a participle follows)
               r"where(?=\s+(?:shot|downed|destroyed|intercepted|neutrali[sz]ed)\b)|"
               # when, between the count and its place: "four drones late on Tuesday over the region of Kursk",
               # "70 drones on Monday over six regions"
               r"overnight|(?:late|early)\s+on|on|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last\s+night|at\s+night|"
               r"during\s+the\s+night|this\s+morning|in\s+the\s+(?:early\s+hours|morning|evening)")
PLACE_FIRST_ITEM = r"\s*[-–—:]\s*$"  # "over the Belgorod region – 10", a list line "- Bryansk region – 12"
ATTACKED_PLACE_FIRST_ITEM = r"(?!)"  # (Ukrainian "під час атаки на Одесу вночі знищено 12")
ATTACK_ON_BEFORE = r"(?!)"
# a place that is the subject of its count, with no "over" before it: "The Bryansk region accounted for 15 (of
# them)", "the Kursk region saw the largest number, 20"
# after a place-first count with no dash, the passive that makes it an item: "over Kharkiv Oblast six were downed,
# while in Sumy Oblast three were shot down" (the place, a comma perhaps, the count, "were shot down")
PLACE_FIRST_PASSIVE = rf"(?:\s+(?:{OF_THEM}))?\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?(?:{DESTROY})"
# and the place's preposition opens its clause ("In the Sumy region, …", "…, while in Sumy Oblast …"; not "Russia attacked
# infrastructure in the Lviv region, 12 drones were shot down over …")
PLACE_FIRST_PASSIVE_OPENING = rf"(?:^|[;:]\s*|,\s*|\b(?:while|whereas|and|but)\s+)(?:{OVER})\s+(?:the\s+)?$"
# a relative clause after the place, its count and the passive: "… in the Kursk region, where 9 drones were shot
# down" (the relative word binds the place, wherever its clause opens; .search ending at the count)
PLACE_FIRST_RELATIVE = r",\s*(?:where|in\s+which)\s+$"
# ("saw" only with its superlative: "the Kharkiv region saw 20 drones, 14 of which were shot down" tells how many came)
PLACE_SUBJECT_ITEM = r"\s+(?:accounted\s+for\s+(?:(?:the\s+)?(?:most|largest\s+(?:number|share)|highest\s+number|bulk),?\s+)?|" \
                     r"saw\s+(?:the\s+)?(?:most|largest\s+(?:number|share)|highest\s+number|bulk),?\s+)$"
# a region named as the owner of the air defences that downed the count ("the air defences of the Oryol region shot
# down 5 drones"): the verb after the region, then the defences before it
OWNED_DEFENCES_VERB = (r"\s+(?:(?:overnight|tonight)\s+)?(?:shot\s+down|downed|destroyed|intercepted)"
                       r"\s+(?:(?:over|about|more\s+than|at\s+least)\s+)?$")
OWNED_DEFENCES = r"air[-\s]defen[cs]e\w*(?:\s+(?:forces|systems|units))?\s+of(?:\s+the)?"
ITEM_UNITS = r"(?!)"
# "over the southern region of Kherson": the region named after the city
# the words between a district or town and the region it lies in: "the Klintsy district of the Bryansk region"
UNIT_OF = r"of\s+the|of|in\s+the|in"
REGION_OF = r"(?:regions?|oblasts?|provinces?|republics) of"  # and "the regions of Bryansk, Kursk and Oryol", "the people's republics of Alpha and Beta"
# a plural region word that opens a list of bare names, each a region's: "struck six oblasts — Alpha, Beta
# and Gamma", "several regions, including Alpha and Beta", "its territories, such as Alpha"
REGIONS_LIST_OPENER = (r"\b(?:regions|oblasts|provinces|territories)(?:,?\s+(?:including|such\s+as|namely)|"
                       r"\s*[-–—:])\s+$")
# names that, bare, are an oblast's alone: towns renamed in 2016 whose oblasts kept the old name
# ("in Dnipropetrovsk", "Kirovohrad and Poltava were targeted": the regions, not Dnipro or Kropyvnytskyi)
REGION_ONLY_NAMES = r"Dnipropetrovsk|Kirovohrad"
# "the Kursk and Oktyabrsky regions of the Kursk Region": districts ("районы") a translation made regions
SUBREGION_OF = r"\s+of\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?:[Rr]egion|[Oo]blast)\b"
# a first-level type word that, singular, belongs to each of the coordinated adjectives before it
# ("Брянскую и Курскую область"; a district's does not: "в Каменске-Шахтинском и Миллеровском районе")
# before a name that ends its clause: a capital for its government ("according to Moscow.", "targeted by Kyiv,")
SPEAKER_PLACE_BEFORE = r"according\s+to|(?:accused|blamed|denied|claimed)\s+by"
# and before any name: the attacker's capital for its government ("targeted by Kyiv on two occasions")
ATTACKER_PLACE_BEFORE = r"(?:targeted|attacked)\s+by"
# after a country that acts: the attacker, no place of the attack ("Russia launched 20 drones", "Росія
# запустила 20 дронів"; active verbs only, not "Ukraine attacked overnight", a headline's passive)
# (not a country that launches a procedure or sends help of its own: "Romania launched an investigation after debris
# fell", "Russia sent condolences to Belarus")
# the warring countries as the subject of a launch ("Russia launched 90 drones"): told with no place, in a
# regional official's post after his own count, the country's launch (an overview), not his region's
ATTACKING_COUNTRY = r"(?:Russia|Ukraine|the\s+Russian\s+Federation)"
# (not when it names the region by a common noun: "Росія запустила по області 7 дронів", "атакувала
# область", "Russia launched nine drones at the region")
AT_OWN_REGION = r"\b(?:(?:at|on|against|towards?)\s+)?(?:the|our|this)\s+(?:region|oblast|city|capital|peninsula)\b"
ATTACKER_PLACE_AFTER = (r"\s+(?:has\s+|have\s+|had\s+)?(?:launched|unleashed|fired|sent|used)\b(?!\s+(?:by|from|at)\b)"
                        r"(?!\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:investigations?|probes?|inquir(?:y|ies)|inquests?|appeals?|"
                        r"campaigns?|programmes?|programs?|reviews?|consultations?|talks|satellites?|condolences|aid|help|assistance|"
                        r"delegations?|notes?|letters?|messages?|protests?|rescuers|experts)\b)")
# a capital as the subject of what a government does, says or wants: "as Kyiv pushes for more air defence",
# "Moscow denies …" (not "Kyiv was attacked")
GOVERNMENT_CAPITALS = r"(?:Kyiv|Kiev|Moscow)(?:['’]s)?"
# before a capital, what others do to its government: "to increase pressure on Moscow", "talks with Kyiv"
GOVERNMENT_OBJECT_BEFORE = r"(?:pressure|sanctions)\s+(?:on|against)|(?:talks|negotiations)\s+with"
# a preposition of place right before the capital: its city, whatever verb follows ("residents of Moscow reported
# loud bangs", "districts in Kyiv reported power cuts"), never the government as the subject
GOVERNMENT_NOT_BEFORE = r"\b(?:in|of|from|near|at|over|across|outside|around|within|into|towards?)\s+$"
# a name right before a verb of saying ("Kim said on Telegram", "- Kim wrote"): a surname, the official who
# speaks, not the village Kim (a capital that speaks is its government: GOVERNMENT_VERB_AFTER); never
# after a word of place or a list ("officials in Shebekino said", "the mayor of Sumy said"):
# PERSON_SAYS_NOT_BEFORE
PERSON_SAYS_AFTER = (r"\s+(?:(?:later|also|then|further)\s+)?"
                     r"(?:said|wrote|added|noted|stated|reported|stressed|emphasi[sz]ed|clarified|specified|explained)\b")
PERSON_SAYS_NOT_BEFORE = (r"\b(?:in|of|from|near|at|over|on|to|for|and|or|the|across|outside|around|between|"
                          r"towards?|into|within|by|about|via)\s+$")
# ("as both Moscow and Kyiv reported overnight attacks": two capitals, two governments, under one verb)
GOVERNMENT_VERB_AFTER = (r"(?:\s+and\s+(?:Kyiv|Kiev|Moscow))?\s+(?:has\s+|have\s+|had\s+)?(?:push(?:es|ed)|urg(?:es|ed)|says|said|wants|wanted|seeks|sought|asks|asked|"
                         r"calls\s+for|called\s+for|insists|insisted|demands|demanded|denies|denied|accuses|accused|"
                         # ("Kiev has vowed to increase its strikes", "since Moscow launched its invasion")
                         r"vows|vowed|pledges|pledged|promises|promised|threatens|threatened|blames|blamed|"
                         # ("Moscow has reported strikes on its refineries", "Kyiv claims …": its government's report; not
                         # the passive participle, "an attack on Moscow reported by the mayor", the city)
                         r"reports|reported(?!\s+by\b)|claims|claimed(?!\s+by\b)|"
                         # ("Moscow and Kyiv staged a night of strikes", "Kyiv and Moscow exchanged fire": the two
                         # governments at war, no city where it happened)
                         r"launch(?:es|ed)|unleash(?:es|ed)|stag(?:es|ed)|exchang(?:es|ed)|trad(?:es|ed))\b"
                         # ("Kyiv has been attacking Moscow's forces", "Moscow is targeting energy sites": an attack of
                         # its ongoing, active, which no place's passive reads: not "Kyiv attacked overnight", a headline's)
                         r"|\s+(?:(?:has|have|had)\s+been|is|was|keeps|kept|continues\s+to\s+be)\s+"
                         r"(?:attacking|targeting|striking|shelling|bombing|bombarding)\b"
                         # ("Moscow claims Kyiv is responsible for the attacks", "Kyiv was behind the attacks"; what it
                         # is behind an attack: not "the blast in Kyiv was behind the station", "Kyiv was behind Kharkiv")
                         r"|\s+(?:is|was|were|are|has\s+been)\s+(?:(?:directly|not|also|ultimately)\s+)?(?:behind|responsible\s+for)"
                         r"\s+(?:it\b|this\b|them\b|(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|raids?|drones?|missiles?|shelling|bombing|"
                         r"explosions?|blasts?|sabotage|incursions?|assassinations?|killings?|terror\w*)\b)"
                         # ("warned that Moscow would unleash new strikes"; "urged Kyiv's partners to send")
                         r"|\s+(?:will|would|could|may|might)\s+(?:not\s+)?(?:launch|unleash|fire|send|use|step\s+up|"
                         r"intensify|escalate|retaliate|respond|try|attempt|continue)\b"
                         r"|(?:['’]s|(?<=['’]s))\s+(?:western\s+|foreign\s+|international\s+)?(?:partners|allies|backers|forces|troops|"
                         r"army|government|leadership)\b")
ONE_REGION_TYPE = r"(?!)"  # (Russian "Брянскую и Курскую область": English writes the plural)
SUBREGION_TYPE = {"region": "district", "regions": "districts", "oblast": "district", "oblasts": "districts"}
# "over the Moscow area", "the region around the capital": around the city, not the city
CITY_AREA = r"\b(?:area|region around|outskirts|suburbs)\b"
# "the enemy used the following weapons:" then one weapon count a line ("- two KABs;"): a list of
# what was launched (or, with a destroy verb, destroyed)
# "air defence downed seven drones there": the one region the sentence names
THERE_AFTER = r"\s+(?:there|in\s+the\s+region)\b"
# "A tractor driver lost his life there.": the victims of the place just told (not "there were")
THERE_ANAPHOR = r"\b(?:there|at the scene)\b(?!\s+(?:was|were|is|are|have|has|had)\b)"
# "As a result of the strike, two drivers were injured" opening a sentence (in the paragraph after, too: a post's
# lines stand apart): the consequences of the attack just told
# (not one with a scope of its own, the day's or the region's: "As a result of the attack, five people were injured across
# the region over the day" sums up, no consequence of the one attack told before: CONSEQUENCE_SCOPE)
CONSEQUENCE_SCOPE = (r"\b(?:(?:over|during|in|within|for)\s+the\s+(?:past\s+|last\s+|previous\s+|whole\s+)?(?:day|24\s+hours)|"
                     r"(?:across|throughout|in)\s+the\s+(?:whole\s+|entire\s+)?(?:region|oblast|province))\b")
CONSEQUENCE_OPENING = r"\W*as\s+a\s+result\s+of\s+(?:the|this|that)\s+(?:(?:enemy|Russian|drone|missile)\s+)?(?:strike|attack|shelling|hit)\b"
# a list's line that says how many is not known yet: "- missiles (type and number being established);"
COUNT_UNKNOWN = r"\bnumbers?\s+(?:\w+\s+)?(?:(?:is|are|being)\s+)?(?:being\s+)?(?:established|clarified|unknown)"
WEAPON_LIST_HEADER = (r"\b(?:(?:the\s+following|these)\s+(?:weapons|means\s+of\s+attack|armaments?)|"
                      r"(?:(?:various|different|several)\s+)?(?:kinds|types)\s+of\s+(?:weapons|armaments?))\s*:\s*$")  # ("various types of weapons:")
# "shot down two drones over the sea": a sea not named, the one the report is about (BARE_SEA's group "sea")
# "shot down three drones off the coast of Sevastopol": the sea off the place (group "coast"), when no sea is
# named; "near the coast of Crimea" stays the land
OFF_COAST_BEFORE = r"\boff\s+the\s+(?P<coast>coast(?:line)?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:city|town|port)\s+of\s+)?"
BARE_SEA = r"\b(?i:over|above)\s+(?:the\s+)?(?P<sea>(?i:sea))\b(?!\s+of\b)"
# "Drone threat lifted in the A and B districts. Over these two districts, three drones were downed":
# the units named before, counted again by a demonstrative or a number after a word of where; a bare
# number only after a word of territory or airspace (see the Russian lexicon)
UNITS_ANAPHOR = (r"(?:\b(?:[Oo]ver|[Ii]n|[Aa]bove|[Aa]cross|[Ww]ithin)\s+(?:the\s+(?P<t>territory|territories|airspace|skies)\s+(?:of|over)\s+)?)"
                 r"(?P<a>(?:(?P<d>these|those|this|that|both|the\s+said|said)\s+)?"
                 r"(?:(?:the\s+)?(?P<n>two|three|four|five)\s+)?"
                 r"(?P<u>districts?|municipalit(?:y|ies)|communit(?:y|ies)|hromadas?|okrugs?|raions?|settlements?))\b")
UNITS_ANAPHOR_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
UNITS_ANAPHOR_ONE = r"(?:this|that)"  # (the demonstrative of one unit)
# "This happened over the Bryansk and Kursk regions": where the weapons just counted were destroyed
# ("… 9 Ukrainian drones at night. They were intercepted over the Oryol, Tula, and Bryansk regions")
# ("Intercepts took place over the Bryansk, Smolensk and Tver regions"; "Among them, the interceptions
# included UAVs above the Tula region": some of them there)
# ("… shot down 60 of 85 drones. Most of them were downed over the Sumy and Poltava regions": where most were,
# no count of their own)
PLACE_ANAPHORA = r"\b(?:(?:this|it|that|(?:the\s+)?(?:intercepts|interceptions))\s+(?:happened|took place|occurred)|" \
                 r"(?:the\s+)?(?:intercepts|interceptions)\s+included\s+(?:(?:drones|UAVs|missiles|ones)\s+)?|" \
                 r"(?:these|they|(?:most|the\s+majority|the\s+bulk|many)(?:\s+of\s+(?:them|these|those))?)\s+were\s+" \
                 r"(?:intercepted|destroyed|downed|shot down)|" \
                 r"(?:these|the|those)\s+(?:drones|UAVs|missiles)\s+(?:had\s+)?(?:targeted|(?:tried|attempted)\s+to\s+attack))"
# ("… 40 UAVs were downed. The UAVs had targeted the Aa, Bb and Cc oblasts, it said": where the drones just
# counted flew to, and so were downed, in the ministry's words)
# "air defence is working over the Kursk district": air defence at work, where weapons are being downed
# ("air defence responded to drones in Kyiv", "reported on the work of air defence in Obolon": the same;
# "air defences were activated over the town of Valuyki", "air defence activated over Kursk")
AIR_DEFENCE_AT_WORK = (r"\b[Aa]ir defen[cs]es?\s+(?:systems?\s+|forces\s+)?(?:(?:is|are|was|were|(?:has|have)\s+been)\s+(?:working|active|activated|operating|repelling|responding)|"
                       r"worked|operated|activated|responded\s+to)\b|\bwork\s+of\s+(?:the\s+)?[Aa]ir\s+defen[cs]es?\b")
# after a count, the units that downed its weapons engaged in the regions named next ("mobile fire
# groups were used to repel the attack in the … regions"; not "air defence operated in … regions",
# where air defence was active; see attribute._after_count_anaphora)
UNITS_ENGAGED = (r"\b(?:to\s+repel\s+the\s+(?:air\s+)?attacks?|(?:involved|engaged|used)\s+in\s+(?:the\s+)?"
                 r"(?:elimination|destruction|downing)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:drones|UAVs|targets|missiles))\b")
# "shot down over the Vygonichsky district", "near the village of Salovo": the words right before
# a town or district where weapons were destroyed (a place below the region, kept as an incident)
SETTLEMENT_ABBREVIATION = r"(?!)"  # (Russian "г.", Ukrainian "м.", "с." before a settlement's name)
# ("downed close to the town of Shebekino", "on the approaches to Belgorod", "a few kilometres from Kursk")
# the words of a kind of settlement before its name, after a list's "and" ("Izium and the villages of …")
SETTLEMENT_NOUN = r"(?:villages?|towns?|city|cities|settlements?)\s+of"
# a verbless sentence that opens with "also", going on with the places of the sentence before ("Also over
# the Donetsk region, near Sloviansk and Kramatorsk.")
ALSO_OPENING = r"\W*(?:and\s+)?also\s+(?:in|over|near)\b"
# the places a sentence opens with "besides", where the weapons were downed too: "Besides the Odesa region, drones
# were downed in the Vinnytsia and Kyiv regions" (not "Besides that, …")
BESIDES_OPENING = r"\W*(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to)\s+(?!that\b|this\b)[^,.;:!?]+,"
# ("in the area of the settlements of …", "off the coast of …", "near the Russian city of …": the plural of the
# kind of settlement opens a list of them, a word may qualify the kind; the coast of a town is where a drone
# over the sea near it was downed)
INTERCEPTION_CUE = (r"\b(?:over|above|in|near|within|in the (?:areas?|vicinity) of|on the outskirts of|close to|not far from|"
                    r"off the (?:coast|shores?) of|"
                    r"on (?:the )?approach(?:es)? to|(?:kilomet(?:er|re)s?|km) from)\s+(?:the\s+)?"
                    r"(?:(?:[\w-]+\s+)?(?:villages?|towns?|city|settlements?|industrial\s+(?:zone|area|park)|(?:urban\s+|municipal\s+)?(?:district|okrug))\s+of\s+)?$")
# "the remaining ones over the Voronezh region": the rest of the total
# ("Other drones were destroyed over the Oryol region …" after a total and its first part: the rest)
# ("several others", "a few others", "dozens of others": some more of them, not the rest)
REMAINDER = r"(?:the\s+)?(?:remaining|rest|remainder|(?<!several\s)(?<!many\s)(?<!few\s)(?<!some\s)(?<!dozens\s)(?<!of\s)others|other\s+(?=drones|UAVs|missiles))(?:\s*(?:ones|of them|drones|UAVs|missiles))?"
REMAINDER_STEMS = ("remain", "rest", "other")  # the words REMAINDER begins with (a cheap gate)
# "the rest were jammed": suppressed by electronic warfare
# ("six were forced to land by electronic warfare": landed by EW, as ru "посажены", uk "посаджено")
SUPPRESSED = (r"(?:jammed|suppressed|(?:neutrali[sz]ed|brought\s+down|downed)\s+by\s+electronic\s+warfare|"
              # (the verb alone, as DESTROY's span holds it: DESTROY reads it only before "by electronic warfare")
              r"forced\s+to\s+land)")
# "an enemy UAV was shot down over …": one, though no number is written
ONE_ARTICLE = r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}$"
ELLIPTIC_TYPES: tuple[str, ...] = ()
# (Ukrainian: a page that lost letters, "у Полтавськй областях")
LOST_LETTERS = LOST_ENDING = LOST_REGION_TYPE = r"(?!)"
LOST_LETTERS_SET = LOST_ENDING_RESTORED = ""
REGIONS_LISTED_TYPE = r"(?!)"  # (Russian, Ukrainian "в таких областях, как Курская, Брянская")
SEA_ADJECTIVES: tuple[tuple[str, str], ...] = ()  # (Russian "Черноморский регион")
REGION_NOUN = r"(?!)"  # (Russian "Московский регион": English "region" is a type word of its own)
# a nation's adjective ("Russian air defence"): the side's, never a town's (a town may be named so)
NATION_ADJECTIVE = r"(?:Russian|Ukrainian|Belarusian|Soviet|American|European|Iranian|Turkish)"
# a district's or hromada's adjective standing alone ("в Ізюмському", after "у Харківському районі")
# names a machine translation left in lower case, by the word before or after them:
# "the village of poroz", "the borisovsky district", "shebeki City district"
LOWER_CASE_NAMES = (
    r"\b(?:village|settlement|hamlet|farm|khutor)s? of (?!(?:new|old|the|a|an|one|two|three|several|many|"
    r"its|their|this|that)\b)(?P<village>[a-z][a-z'-]{2,})\b"
    r"|\b(?!(?:residential|industrial|business|historic|administrative|financial|entire|whole|"
    r"neighbouring|neighboring|same|other|every|each|this|that|another|military|coastal|"
    r"rural|urban|city|port|border|frontline|central|northern|southern|eastern|western)\b)"
    r"(?P<unit>[a-z][a-z'-]{3,}) (?:[Cc]ity |[Uu]rban |[Mm]unicipal )?(?:district|raion|okrug|region|oblast)\b"
    # "in the lipovy farm of the grayvoronsky district": a khutor, translated as a farm, in a district
    r"|\bthe (?P<farm>[a-z][a-z'-]{3,}) (?:farm|khutor)(?= (?:of|in) the (?:\w+ ){1,2}(?:district|region|okrug)\b)"
)
# what follows a name that is no place ("Moscow time", "Черноморский флот", "Gagarina Avenue")
# a street named after a person or a town ("на улице Щорса", "вул. Харківська"): no place
# (and "taken to hospital in Sumy": where the victim was taken, not where it happened)
# ("the river Dnipro", "the Dnipro River": the river, not the city)
# ("the Kaluga region south of Moscow", "the Voronezh region, southeast of Kursk": a point of reference,
# not a place of the event; "in the north of the Kharkiv region" is one)
NOT_A_PLACE_BEFORE = (r"\b(?:(?:controlled|backed|installed|appointed|supported)\s+by|(?:hospital|hospitals|clinic)\s+in|river|Suspilne"
                      r"|(?<!the )(?:north|south)?-?(?:east|west)\s+of|(?<!the )(?:north|south)\s+of"
                      # ("the Oryol region, which is closer to Moscow": a comparison's point of reference)
                      r"|(?:closer|nearer)\s+to"
                      # ("We had no prompt reaction from Kyiv": who would answer, a government, no place)
                      r"|(?:comments?|response|reaction|confirmation)\s+from)\s+$"
                      # ("the landing ship Novocherkassk", "the cruiser “Moskva”": a ship named after a town)
                      r"|\b(?:ship|warship|vessel|cruiser|frigate|corvette|submarine|tanker|ferry|minesweeper|tugboat)"
                      r"\s+[«\"“]?$")
# ("Kiev forces", "Kyiv's troops": the army of the capital's government; "the Minsk highway": a road;
# "the Kyiv Independent", "The Moscow Times": a newspaper; "the Zaporizhzhia nuclear plant" lies
# elsewhere, in Enerhodar)
# after a place and its type word, an institution's name: "Kursk State Agrarian University" is no
# region "Kursk State" (the town it is named after stays: the university is in Kursk)
INSTITUTION_AFTER = r"(?:\s+[A-Z][\w-]+){0,3}\s+(?:University|Institute|Academy)\b"
NOT_A_PLACE_AFTER = (# "taken to Kursk Regional Hospital": where the wounded were taken, not where they were hurt
                     r"(?:\s+(?:City|Regional|Oblast|Clinical|Children['’]s|Central|District|Emergency))*\s+(?:Hospital|Clinic)\b|"
                     r"\s+(?:time|Time|-based|based|Avenue|Street|St\.|Ulitsa|Ulytsia|Vulytsia|Prospekt|Boulevard|Square|Lane|Highway|highway|"
                     r"motorway|River|river|Strait|Straits|strait|Independent|Post|Times|nuclear\s+(?:power\s+)?(?:plant|station)|NPP|Nuclear|Fleet|Airports?|airports?|Airfield|airfield|regime)\b"
                     # ("a “DTEK Kyiv Electric Networks” facility": a utility named by its town, no place of the attack)
                     # (a region-wide grid company only: a city's own water or heating company, "a Lviv Vodokanal pumping
                     # station", is that city's, its site in it)
                     r"|\s+(?:Power\s+(?:Grids?|Networks?)|Electric(?:al)?\s+(?:Grids?|Networks?)|Oblenergo)\b"
                     r"|(?:['’]s)?\s+(?:armed\s+)?(?:forces|troops|militants|formations)\b"
                     # "over the Black Sea region of Odesa": the adjective of the region named after it, no sea
                     # (nor "the Azov Sea region of Zaporizhzhia", the sea's word after the name: no sea, no town Azov)
                     r"|\s+(?:Sea\s+)?region\s+of\s+(?:the\s+)?[A-Z]"
                     # "Moscow denied the attack": the government denying (not telling the claim: en-022)
                     r"|,?\s+(?:(?:has|had|have)\s+)?(?:denied|denies|deny)\b"
                     # "Moscow often blames Ukraine, while Kyiv rarely takes responsibility", "Moscow fired
                     # another barrage", "drones that Moscow has been importing": a capital that acts, its
                     # government (not "Kyiv was hit", "Moscow has been attacked": the city)
                     r"|(?:(?<=Moscow)|(?<=Kyiv)|(?<=Kiev))\s+(?:(?:often|rarely|regularly|repeatedly|usually|also|then|"
                     r"again|long|has|have|had|been|is)\s+){0,2}(?:blames?|blamed|accuses|accused|launch(?:es|ed)|fire[sd]|"
                     r"import(?:s|ed|ing)|sen(?:ds|t)|wants|intends|plans|planned|retaliated|"
                     # ("Kyiv fears a harder winter", "Moscow rarely discloses losses": the government's mind and word)
                     r"fears|feared|disclos(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|"
                     # (what it steps up is its war, not the city's guard: not "Moscow is increasing security at
                     # its airports"; what it prepares is no "for" of the city bracing: not "Kyiv is preparing for
                     # another night of attacks")
                     r"(?:boosting|stepping\s+up|increasing)\s+(?:(?:its|the|their|drone|missile|arms|weapons?)\s+){0,2}"
                     r"(?:production|output|capacity|attacks?|strikes?|pressure|shelling|bombardment)|"
                     r"(?:planning|preparing)(?!\s+for\b)|"
                     # (what it takes is responsibility, what it goes on or seems to do is an act: not "Kyiv took
                     # the brunt of the attack", "Moscow continued to come under attack", "Kyiv appears to have been hit")
                     r"(?:takes|took)\s+(?:\w+\s+)?(?:responsibility|credit)|"
                     r"(?:appears|seems|continue[sd])\s+to\s+(?:want|step|launch|fire|send|use|import|boost|increase|prepare|"
                     r"plan|blame|accuse|deny|target|attack|strike|retaliate|escalate|pound|shell))\b"
                     # "foiled Kyiv's attempt at a strike": the government's act
                     r"|(?:['’]s|(?<=['’]s))\s+(?:(?:new|latest|another|failed|attempted|massive)\s+)?(?:attempts?|attacks?|terrorist|provocations?|sabotage)\b"
                     # "Moscow's main airports": the city only says whose airports they are (they lie outside it)
                     r"|(?:['’]s|(?<=['’]s))\s+(?:(?:main|major|international|other|two|three|four|several|all)\s+){0,2}airports\b"
                     # "Moscow's Domodedovo Airport": the city only says whose airport it is
                     r"|(?<=['’]s)\s+(?:[A-Z][\w-]+\s+){1,2}(?:Airport|airport|Airfield|airfield|air base|Air Base)\b")
# a capitalised adjective, then a lower-case one of the same ending: a name of an organisation
CASE_ENDING_LETTERS: dict[int, str] = {}  # (Russian "Черным", "Азовским": one case ending; English has none)
CASE_ENDING_SAME: dict[str, str] = {}
AGREEING_ADJECTIVE_ENDINGS = ()  # (Russian and Ukrainian "в Южном военном округе")
UNIT_ADJECTIVE = r"(?!)"
# a plural type word after the last of a list, with a word between ("the Kursk and Oryol border regions"):
# every name of the list is a region's; so is a list closed by "and (several) other regions" ("over Alpha, Beta
# and other regions": the names are regions like the others, not their cities)
AREAS_AFTER = (r"\s+(?:border|frontier|neighbou?ring)\s+(?:regions|oblasts|provinces)\b"
               r"|,?\s+and\s+(?:(?:several|some|a\s+few|many|a\s+number\s+of|\d+)\s+)?other\s+(?:regions|oblasts|provinces)\b")
# "the Kyiv area": the region around the city, where it has one
# "the Kyiv area", "the Voronezh regional hospital" (and capitalised, a body's title: "the Alpha Regional Military
# Administration"), "the Kursk village of Tetkino", "the head of
# Dnipropetrovsk OVA" (an oblast's military or state administration): the region; "a Belgorod village",
# "two Kursk border villages": a village of the region, not the city (a village's own name before
# "village", "Kozinka village", names no region and stays the village)
AREA_AFTER = (r"(?:\s+(?:area|[Rr]egional|(?:villages?|towns?|settlements?|suburbs?|outskirts)\s+of|(?:border|frontier)\s+(?:region|area|oblast)"
              r"|(?:(?:border|frontier)\s+)?(?:villages?|hamlets?|settlements?)"
              r"|(?:OVA|ODA|RMA|OMA)(?![\w-]))"
              # "In Voronezh, which borders Ukraine": a region borders a country
              r"|,\s+(?:which|that)\s+(?:also\s+)?borders\s+(?:Ukraine|Russia|Belarus))\b")
# given names that are also towns ("Vladimir Putin", "Володимир Зеленський"): before a surname, a person
# the type words a unit adjective standing alone may leave out ("А ще – у Синельниківському")
# "у столиці" in a Ukrainian post: the capital, unless an adjective names another ("російська столиця");
# in English only beside the region around Kyiv, as "над Київщиною та столицею" is translated: "over the
# Kyiv region and the capital" (elsewhere "the capital" may be Moscow; the OWN_REGION words read it there)
CAPITAL_WORD = (r"(?<=\b(?:Kyiv|Kiev) (?i:region|oblast) and )the capital\b(?!\s+(?:city|of)\b)"
                r"|\b[Tt]he capital(?= and the (?:surrounding )?(?:Kyiv|Kiev) (?i:region|oblast)\b)")
CAPITAL_OTHER = r"(?!)"
CAPITAL_OTHER_AFTER = r"(?!)"  # (Ukrainian "столицю росії")
# (Ukrainian "стг" = громада); "the Pokrovska community": a hromada, as translations call it; "the
# Shevchenkivsky neighbourhood": a city's district, as translations call it (a neighbourhood no district
# is named, "the Shuliavka neighbourhood", is looked up as its name alone)
TYPE_ABBREVIATIONS: dict[str, str] = {"community": "hromada", "communities": "hromada",
                                      "neighbourhood": "district", "neighborhood": "district"}
# a verb right after a sentence's first word that makes it the subject ("Izum was hit"): a name, not an
# adjective before its noun ("Mass casualties"; places._common_word_respelt)
SUBJECT_VERB = r"(?:was|were|is|are|has|had|have|will|would|could|came|saw|suffered|remains?|[a-z]+ed)"
# endings romanisations write differently, and the gazetteer's: "Afipsky", "Ilskyi" = Afipskiy, Il'skiy
LATIN_ENDINGS: tuple[tuple[str, str], ...] = (("sky", "skiy"), ("skyi", "skiy"), ("skii", "skiy"), ("skij", "skiy"))
REGION_FACILITY_AFTER = r"(?!)"  # (Russian "Курская АЭС": see lexicon.ru)
FACILITY_AFTER = r"(?!)"  # (Russian "Рязанский НПЗ": English writes the town's name)
CITY_BODY_AFTER = r"(?!)"  # (Ukrainian "Криворізька міська рада": English writes the town's name)
TOWN_FROM_ADJECTIVE: tuple[tuple[str, str], ...] = ()
RAION_WORD = r"(?!)"  # (English "the Glushkovo district" has a path of its own)
# (Russian "в Бахмачской общине": a hromada named by its town's adjective; English writes the town's name)
HROMADA_WORD = r"(?!)"
# (that path: a type word of a district, "the Glushkovo district", "Sumy raion")
DISTRICT_WORD = r"(?i)^(?:district|raion|rayon)s?$"
# the stems of a raion's or district's type word ("районі", "district"), not of a town's unit ("городской
# округ", "urban district", "громада"): resolve._is_district
DISTRICT_TYPE_STEMS: tuple[str, ...] = ("district", "raion", "rayon")
# the words of a run after that type word that name what the district is of: the city or region
# named next ("the Saltovsky district of Kharkiv"), as a run's word (NAME_LINKS)
DISTRICT_OF_WORDS: frozenset[str] = frozenset({"of"})
# the small words inside a run of capitalised words that is one place's name ("Republic of Crimea", "Rostov
# on Don"), and the one that ends a list's lead before its first place ("the regions of Kursk, …")
NAME_LINKS = r"of|on"
# "Sosnovka of the Kursk Region": the word that links a town to the region it is in
TOWN_OF_REGION = r"of"
PLACES_OF = r"of"
# a village's name written as a neuter adjective in the nominative ("Стрелецкое", "Покровське"): its own name
NEUTER_NAME = r"(?!)"
CAPITAL_NAME = "Kyiv"  # (the city CAPITAL_WORD names)
ELLIPTIC_UNIT_TYPES: tuple[str, ...] = ()
AREA_OF_CENTRE: tuple[tuple[str, str], ...] = ()  # (Ukrainian "На Менщині": the hromada of a town)
LANDS_NOT_OF_A_TOWN: frozenset[str] = frozenset()  # (Ukrainian "Сіверщина": a historical land)
# the region's centre, unnamed: "in the regional centre, a building was destroyed" (the speaker's region's city)
REGION_CENTRE = r"\b(?:(?:regional|oblast)\s+(?:centre|center|capital)|capital\s+of\s+the\s+(?:region|oblast))\b"

GIVEN_NAMES = r"(?:Vladimir|Volodymyr|Sofia|Victoria|Olga|Nadezhda|Nadiya|Vera|Anna|Roman|Stepan|Bohdan|Bogdan|Artem|Artyom|Yaroslav|Taras|Serhii|Serhiy|Ivan|Alexander|Oleksandr|Aleksandr|Mikhail|Mykhailo|Andrei|Andriy|Oleg|Oleh|Yuri|Yurii|Igor|Ihor|Pavel|Pavlo|Denis|Denys|Maria|Mariya|Elena|Olena|Natalia|Nataliya|Yulia|Iryna|Irina|Marina|Maryna|Lyubov|Nikolai|Mykola|Evgeny|Yevhen|Dmitry|Dmytro|Vitaly|Vitalii|Maxim|Maksym|Timur|Ruslan|Vadim|Vadym|Sergei|Sergey|Vyacheslav|Viacheslav|Alexei|Alexey|Oleksiy|Oleksii|Vasily|Vasyl|Anatoly|Anatolii|Gennady|Konstantin|Kostiantyn|Valery|Valerii|Boris|Viktor|Victor|Vitaliy|Kyrylo|Kirill|Petro|Pyotr|Fedir|Fyodor|Hryhorii|Grigory|Stanislav|Svitlana|Svetlana|Tetiana|Tatiana|Lyudmila|Liudmyla|Oksana|Valentyn|Valentin|Leonid|Mykyta|Nikita|Anton|Illia|Ilya|Yehor|Yegor|Danylo|Daniil|Ostap|Yevgeny|Yevhenii|Yuriy|Kateryna|Ekaterina|Natalya|Nataliia|Andrii|Andrey|Aleksey)"
ELLIPTIC_ADJECTIVE = r"(?!)"
MICRODISTRICT_CUE = r"(?!)"  # (Russian "в микрорайоне Болховский", a part of a city)
MICRODISTRICT_NAME = r"(?!)"
FEMININE_SETTLEMENT_CUE = r"(?!)"  # (Russian "в станице Ленинградской": an adjective's case names the settlement)
VILLAGE_CUES = r"\b(?:village|town|city|settlement|hamlet) of\s*$|\b(?:village|town) |\bnear\s*$"
# what calls the next name a village (a place too small to be any namesake city)
CITY_CUES = r"\b(?:city|industrial (?:zone|area|park)) of\s*$"  # "the city of Kostiantynivka": the city, of its namesakes
SMALL_PLACE_CUES = r"\b(?:villages?|settlements?|hamlets?)(?: of)?\s*$"
# what calls the name before it a village ("shot down over Tulyanka village")
SMALL_PLACE_AFTER = r"\s+(?:village|settlement|hamlet)\b"
# a name the gazetteer lacks, called a village of the unit named next ("the Ivanovka settlement of the
# Petrovsky district"): a village of that unit
SMALL_PLACE_OF_UNIT = (r"\s+(?:village|settlement|hamlet)\s+(?:of|in)\s+the\s+(?:[\w'’-]+\s+){1,2}"
                       r"(?:[Dd]istrict|[Rr]egion|[Oo]krug|[Cc]ommunity|[Hh]romada)\b")
# a plural settlement word, then names: each name after the first is a village too ("in the villages of
# Ivanovka, Petrovka and Lesnoye")
SETTLEMENTS_LISTED = r"\b(?:villages|settlements|hamlets)\s+of\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,|,?\s+and)\s+){1,8}$"
# a victim verb that counts persons only where they are named: "the bodies of two people", not "the
# bodies of two downed drones" nor "the bodies of 909 fallen soldiers" handed over in a repatriation
# (and "the deaths of four people": the dead, not "the deaths of two pilots' drones"; "caused injuries to four
# people", not "to two buildings")
VICTIM_VERB_OF_PERSONS = r"bod(?:y|ies)\s+of|deaths\s+of|(?:caus|inflict)\w*\s+(?:[\w-]+\s+)?injuries"
VICTIM_VERB = r"(?:bod(?:y|ies)\s+of|deaths\s+of|(?:caus(?:ed|ing)|inflict(?:ed|ing))\s+(?:[\w-]+\s+)?injuries\s+(?:to|on)|injuring|wounding|killing|injures?|kills?|murdering|injured|wounded|killed|murdered|(?:claimed|claiming|took|taking) the li(?:ves|fe) of)"
ONE_PERSON = r"(?:a|an|one|the|his|her|their)"
# one person hurt, each pattern with the verb in group "verb"
# what one victim's noun may be told with in commas before the verb: an age, a title, or both ("The driver, 47,",
# "a man, the head of a village,", "a woman, 52, director of the regional branch of the water utility,"): a title
# with or without its article, up to 100 characters (not "the driver, the governor said, and a woman was injured":
# the woman was, the words after the aside are no "and")
_TITLE = r"(?:(?:the|a|an)\s+)?[^\W\d][^,.;]{1,100}?"
_PERSON_ASIDE = rf"(?:,\s*\d{{1,3}}(?:,\s+{_TITLE})?,|,\s+{_TITLE},)?"
# "the 59-year-old man": a victim told by the definite article and an age is one the report has told
_KNOWN_BY_AGE = r"(?P<known>the)(?=\s+\d{1,3}-year-old\b)"
# a victim's treatment, told for one person or for several: in hospital still, or treated as an outpatient
_TREATED_ONE = (r"(?:remains|stays|is\s+still)\s+in\s+(?:(?:the|a)\s+)?(?:hospital|intensive\s+care)\b|"
                r"is\s+(?:being\s+)?treated\s+as\s+an\s+outpatient\b")
_TREATED_MANY = (r"(?:remain|stay|are\s+still)\s+in\s+(?:(?:the|a)\s+)?(?:hospital|intensive\s+care)\b|"
                 r"are\s+(?:being\s+)?treated\s+as\s+outpatients\b")
ONE_VICTIM = [
    # "a married couple was injured", "killing an elderly couple": two people, the pair (group "pair"; not "a
    # couple of people", a count, nor "killing a couple's dog", what is theirs)
    r"\b(?:an?|the)\s+(?:(?:married|elderly|young|retired)\s+)?(?P<pair>couple)(?!\s+of\b)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:was|were|has been|have been|had been)\s+(?P<verb>killed|murdered|injured|wounded|hurt|hospitali[sz]ed)",
    rf"\b(?P<verb>{VICTIM_VERB})\s+(?:an?|the)\s+(?:(?:married|elderly|young|retired)\s+)?(?P<pair>couple)\b(?![’']s\b)(?!\s+of\b)",
    # "her parents were injured", "killing his parents": two people
    r"\b(?:her|his|their|the)\s+(?:(?:elderly|two)\s+)?(?P<pair>parents)\s+(?:were|have been|had been)\s+"
    r"(?P<verb>killed|injured|wounded|hurt|hospitali[sz]ed)\b",
    rf"\b(?P<verb>{VICTIM_VERB})\s+(?:her|his|their)\s+(?:elderly\s+)?(?P<pair>parents)\b(?![’']\s)",
    # "another man and woman hurt in the blast were treated at the scene", "a man and a woman were wounded":
    # two people, a man and a woman told under one verb (not "a man and a woman's house")
    r"\b(?:an?|another|one)\s+(?:[\w-]+\s+)?(?P<pair>man\s+and\s+(?:an?\s+)?(?:[\w-]+\s+)?woman|woman\s+and\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+)?man)(?![’']s\b)\s+(?:(?:was|were|had been|have been)\s+)?(?P<verb>injured|wounded|hurt|hospitali[sz]ed)\b",
    # "killed a young man and left a woman injured"
    rf"\bleft\s+{ONE_PERSON}\s+(?:[\w-]+\s+)?{PERSON_NOUNS}\s+(?P<verb>injured|wounded|hurt)\b",
    # ("killed a 40-year-old village guard": an age and a word of the person's work before the noun)
    rf"\b(?P<verb>{VICTIM_VERB})\s+{ONE_PERSON}\s+(?:[\w-]+\s+){{0,2}}{PERSON_NOUNS}\b",
    # "a 52-year-old man was injured", "The driver, 47, was wounded", "A man, the head of a village, was injured";
    # "the 52-year-old man was injured when …": by the article and the age, the victim the report told (group "known")
    rf"\b(?:a|an|one|his|her|their|{_KNOWN_BY_AGE}|the)\s+(?:[\w-]+\s+){{0,2}}{PERSON_NOUNS}{_PERSON_ASIDE}(?:\s+(?!and\b)[\w-]+){{0,3}}?\s+(?:was|has been|had been|being)\s+"
    # (its degree between: "a man was seriously wounded")
    rf"(?:(?:seriously|severely|badly|slightly|lightly|critically|gravely)\s+)?"
    rf"(?P<verb>(?:(?:fatally|mortally)\s+)?(?:killed|murdered|injured|wounded|hurt|hospitali[sz]ed))",
    # "an 86-year-old man was also taken to the hospital": someone not told before (not "the man was …")
    # (and what hurt them between: "a 34-year-old woman with burn injuries was hospitalised")
    rf"\b(?:a|an|one)\s+(?:[\w-]+\s+)?{PERSON_NOUNS}(?:,\s*\d{{1,3}},)?(?:\s+with\s+(?:[\w-]+\s+){{0,2}}(?:wounds|injuries|burns))?"
    rf"\s+(?:was|has been|had been)\s+(?:also\s+)?(?P<verb>taken to (?:the\s+)?hospital)",
    rf"\b(?:a|an|one|his|her|their)\s+(?:[\w-]+\s+)?{PERSON_NOUNS}(?:\s+[\w-]+){{0,3}}?\s+(?P<verb>died|perished|lost (?:his|her) life)\b",
    # "a woman sustained shrapnel wounds", "The driver, 47, suffered severe injuries"
    rf"\b(?:a|an|one|his|her|their|{_KNOWN_BY_AGE}|the)\s+(?:[\w-]+\s+){{0,2}}{PERSON_NOUNS}{_PERSON_ASIDE}\s+(?P<verb>(?:suffered|sustained|received|experienced)\s+(?:[\w-]+\s+){{0,2}}(?:injury|injuries|wounds|burns|stress\s+reactions?))\b",
    # "The enemy dropped explosives on a 52-year-old man. He suffered a concussion": the one person just told,
    # by his pronoun opening the sentence (one retold is the same victim: settle reads an equal figure as retold)
    r"^\W*(?P<pronoun>he|she)\s+(?P<verb>(?:was|has been|had been)\s+(?:(?:seriously|severely|badly|slightly|lightly|critically|gravely)\s+)?"
    r"(?:injured|wounded|hurt)|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}(?:injury|injuries|wounds|burns|concussions?))\b",
    # "… wounding the driver. Despite the doctors' efforts, he died": the one just told, dead of the wounds (see of_sentence)
    r"^\W*(?:[^,.;:!?]{0,60},\s*|(?:later|then|eventually|subsequently)\s+)?(?P<pronoun>he|she)\s+(?:later\s+|subsequently\s+|then\s+)?(?P<verb>died|passed\s+away)\b",
    # "the head of the village council, Petro Ivanenko, was injured": one named person
    rf",\s+{GIVEN_NAMES}\s+[A-Z][\w'’-]+,\s+(?:was|has been|had been)\s+(?:\w+\s+)?(?P<verb>killed|injured|wounded|hurt)\b",
    # "one driver was killed, the other was injured", "…, and the second was hospitalised": the other of two
    r"(?:(?<=,\s)|(?<=\sand\s))(?P<other>the\s+(?:other|second))(?:\s+(?:one|man|woman|driver|person))?\s+(?:(?:was|has been|had been)\s+)?"
    r"(?P<verb>killed|died|injured|wounded|hurt|hospitali[sz]ed)\b",
    # "One person died and another was injured", "Another man was hurt": one more victim, never the one counted
    r"\b(?P<other>another)(?:\s+(?:one|man|woman|driver|person|civilian|resident|child|passenger))?\s+(?:(?:was|has been|had been)\s+)?"
    r"(?P<verb>killed|died|injured|wounded|hurt|hospitali[sz]ed)\b",
    # "a teenage girl remains in hospital", "a man is being treated as an outpatient": a victim told only by the
    # treatment (group "hospital": maybe one told hurt before, see settle)
    rf"\b(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,2}}{PERSON_NOUNS}{_PERSON_ASIDE}\s+(?:(?:still|also)\s+)?(?P<verb>(?P<hospital>{_TREATED_ONE}))",
    # "there was a victim", "there is one casualty", "one victim was reported": one victim with no more said of them,
    # as "є постраждалий" (the injured; not "a victim of …", who they were)
    # (not asked or supposed: "whether there was a victim", "if there is a victim", is no victim told)
    r"(?<!\bwhether\s)(?<!\bif\s)\bthere\s+(?:is|was|has\s+been)\s+(?:also\s+)?(?:a|one)\s+(?P<verb>victim|casualty)\b(?!\s+of\b)",
    r"(?<!\bwhether\s)(?<!\bif\s)\b(?:a|one)\s+(?P<verb>victim|casualty)\s+(?:was|has\s+been)\s+(?:reported|registered|recorded|confirmed)\b",
    # "The driver died at the scene": the one person just named (killed only: the injured are retold)
    rf"\b[Tt]he\s+(?:[\w-]+\s+)?{PERSON_NOUNS}\s+(?:(?:was|has been|had been)\s+)?(?:later\s+|subsequently\s+)?(?P<verb>killed|murdered|died|perished)\b",
]
NOT_HURT = rf"\b{PERSON_NOUNS}\s+(?:was|were)\s+(?:not|un)\s*(?:hurt|injured|harmed)"
ADMINISTRATION_OF_REGION = r"(?!)"

# Casualties (raidlog.extract.casualties). A negated casualty word: "no casualties", "no one was
# injured", "there were no damages or casualties". Negated hurt/injured/casualties/victims rule out
# both dead and injured ("nobody was hurt"); negated deaths rule out the dead only.
ZERO_BEFORE = (r"\b(?:no|without|nor|zero|prevented|averted|avoided|"  # "the operation prevented casualties"
               # ("the blasts did not lead to any reported damage or casualties", "did not cause any injuries")
               r"(?:did not|didn't|does not|doesn't|has not|hasn't)\s+(?:cause[ds]?|result(?:ed)? in|lead to|led to|"
               # (or the victims' noun right after the verb: "the blast did not result in deaths", "did not cause injuries")
               r"amount(?:ed)? to|leave|left)\s+(?:any|(?=casualt|injur|deaths?\b|fatalit|victims)))\b")
# English negates before the word, or says it was avoided after it: "Injuries were avoided", "casualties have been averted"
ZERO_AFTER = r"\b(?:were|was|have\s+been|had\s+been)\s+(?:successfully\s+)?(?:avoided|averted|prevented)\b"
ZERO_AVOIDED = r"(?!)"  # (Russian "ранения удалось избежать": the singular noun read before it only; English reads ZERO_NOUNS)
ZERO_AVOIDED_NOUNS = r"(?!)"
ZERO_ABSENT = r"(?!)"  # (Ukrainian "Постраждалі … відсутні": the subject, then "absent")
ZERO_SUBJECT_NOUNS = r"(?!)"
ZERO_NOUNS = (r"\b(?:casualt\w*|injur\w*|hurt|harmed|wounded|victims|deaths|dead|fatalit\w*|killed|"
              r"loss(?:es)? of life)\b")
ZERO_KILLED_ONLY = r"death|dead|fatalit|killed|loss"
ZERO_INFO = r"\b(?:information|mention|data|details|word|confirmation)\s+(?:about|on|of|regarding)\b"
# (a point or colon between digits is a clock's, no clause's end: "станом на 7:30 не зафіксовано")
ZERO_STOP = r"[;!?]|(?<!\d)[.:]|[.:](?!\d)|\b(?:but|however|while|although)\b"
# "nobody was hurt", "the residents were not injured", "people were unharmed", "with nobody hurt"
NOT_HURT_PERSON = (
    r"\b(?:no one|nobody|no-one|none of the \w+)\s+(?:was|were|has been|have been)\s+(?:\w+\s+)?"
    r"(?P<verb>hurt|harmed|injured|wounded|killed)"
    # ("nobody was killed or injured": a second verb joined to the first, under the same negation)
    r"(?:\s+(?:or|nor|and)\s+(?P<also>hurt|harmed|injured|wounded|killed)\b)?|"
    # "…, with nobody hurt", "leaving no one injured": the absolute construction, no verb
    r"\b(?:with|leaving)\s+(?:no one|nobody|no-one)\s+(?:\w+\s+)?(?P<verb3>hurt|harmed|injured|wounded|killed)\b|"
    rf"\b{PERSON_NOUNS}\s+(?:was|were|has been|have been)\s+(?:\w+\s+)?(?:not\s+|un)(?P<verb2>hurt|harmed|injured|wounded)|"
    # "no one has yet asked for medical help", "nobody sought medical assistance": no victims, as "nobody was hurt"
    r"\b(?:no one|nobody|no-one)\s+(?:has\s+|had\s+|have\s+)?(?:yet\s+)?(?P<verb4>asked|sought|requested|applied|turned)\s+"
    r"(?:to\s+(?:doctors|medics)\s+)?(?:for\s+)?(?:medical|doctors'?)\s+(?:assistance|help|attention|aid|care)\b|"
    # "Nobody suffered injuries", "no one among the residents sustained wounds": the injured ruled out
    r"\b(?:no one|nobody|no-one)\s+(?:(?:among|of)\s+(?:the\s+)?\w+\s+)?(?:suffered|sustained|received|got)\s+(?:any\s+)?(?:\w+\s+)?"
    r"(?P<verb5>injuries|wounds|injury)\b"
)
# victims told without a number: they rule out a stated zero ("there are victims")
# one victim told in brackets after a place, who they were ("there are injured in Pechenihy (a 44-year-old woman) and
# Podoly (a 69-year-old man)"): the victims told without a number, one a bracket
BRACKETED_PERSON = (r"\(\s*(?:an?\s+)?(?:\d{1,3}-year-old\s+)?(?:man|woman|child|boy|girl|teenager|pensioner|resident|driver)"
                    r"\s*\)")
UNKNOWN_VICTIMS = (
    r"\bthere (?:are|were|have been|is) (?:(?!no\b|not\b|none\b)\w+ )?(?P<noun>victims|casualties|injured|dead|wounded)\b|"
    r"\b(?:several|some|many|a number of|dozens of|scores of)\s+(?:\w+\s+)?(?:people|civilians|residents|persons)\s+"
    r"(?:were|have been|had been)\s+(?:\w+\s+)?(?P<noun2>injured|wounded|hurt|killed)|"
    # people with no number: "People were killed in Kharkiv" (not "two people", "the people")
    r"(?<!\w\s)(?<!\d)\bpeople\s+(?:were|have been|had been)\s+(?:(?!not\b|never\b)\w+\s+)?(?P<noun3>injured|wounded|hurt|killed)|"
    # a toll growing, its figure not told (yet): "the number of casualties in Sumy is growing"
    r"\bnumber\s+of\s+(?:people\s+)?(?P<noun4>casualties|victims|injured|wounded|dead|deaths)\s+(?:[\w'’-]+\s+){0,10}?"
    r"(?:is|keeps|continues\s+to)\s+(?:growing|rising|increasing|grow|rise|increase)\b"
)
# a running total: "the number of injured has risen to 37", "the death toll rose to 5"
# the dead told as "became victims" before their count (ru "Жертвами удара стали четыре человека"): not in English
VICTIMS_BECAME = r"(?!)"
# "the attack took three lives", "the strike claimed 12 lives": the dead, counted between the verb and "lives"
# (not "saved 12 lives", nor "took 3 hours")
LIVES_TAKEN_BEFORE = r"\b(?:took|has\s+taken|have\s+taken|had\s+taken|claimed|has\s+claimed|have\s+claimed|cost)\s+(?:at\s+least\s+|the\s+)?$"
LIVES_TAKEN_AFTER = r"^\s+(?:more\s+|civilian\s+|human\s+)?lives\b"
TOTAL_BEFORE = (
    # (the place or the attack between: "the death toll from the strike on Odesa has risen to 4")
    r"\b(?:number of|toll of)?\s*(?:people\s+)?(?P<noun>injured|wounded|dead|deaths|victims|casualties|death toll|toll)\s+"
    rf"(?:(?:from|in|of|after)\s+(?:[\w'’-]+\s+){{1,5}}?)?(?:has\s+|had\s+|now\s+)?(?:since\s+|now\s+|further\s+|already\s+|later\s+|subsequently\s+)?(?:{_RISEN_TO}|"
    r"stands at)\s+(?:to\s+)?"
    r"(?:at least\s+)?$"
)
# a running total whose noun is told far before its verb, a long phrase of the attack between (words only, no
# clause's comma): "the number of people injured in the drone attack on the village of Velykyi Burluk in the
# Kupiansk district on the night of 4-5 May has risen to 9" (TOTAL_BEFORE reads the near ones)
TOTAL_AFTER = r"(?!)"  # (Ukrainian "до 9 зросла кількість поранених": the count before the raised toll)
TOTAL_FAR = (r"\bnumber\s+of\s+(?:people\s+|those\s+)?(?P<noun>injured|wounded|dead|killed|deaths)\s+"
             r"(?:from|in|of|after|during)\s+(?:[\w'’-]+\s+){5,24}?(?:has\s+|had\s+|now\s+)?"
             rf"(?:{_RISEN_TO})\s+(?:to\s+)?(?:at least\s+)?$")
# the second field of a running total, its verb left out: "the death toll rose to 9, and the number of injured to 30"
_TOLL_NOUN = r"(?:injured|wounded|dead|deaths|victims|casualties|death toll|toll)"
TOTAL_ELLIPTIC = (rf"\b(?:number of\s+|toll of\s+)?(?:people\s+)?{_TOLL_NOUN}\s+(?:(?:from|in|of|after)\s+(?:[\w'’-]+\s+){{1,5}}?)?(?:has\s+|had\s+|now\s+)?(?:{_RISEN_TO})\s+(?:to\s+)?"
                  r"(?:at least\s+)?[\w-]+(?:\s+(?:people|dead|killed|injured|wounded))?(?:\s*,\s+|\s+)(?:and|while)\s+(?:that\s+of\s+(?:the\s+)?|the\s+number\s+of\s+(?:the\s+)?|the\s+)?"
                  r"(?:people\s+)?(?P<noun>injured|wounded|dead|deaths)\s+(?:to\s+)(?:at least\s+)?$")
# ("Already nine injured", a live post's toll so far: the running total, not more victims)
# a sentence opening with its figures' sum ("In all, four people died in the attack"): see lexicon.ru
# right before a victim named one by one, who the victim a sentence told was: "'One person died,' the mayor said,
# adding that it was a farm worker who was hurt and died in hospital" (the same victim, see casualties)
VICTIM_IDENTIFIED_BEFORE = r"\b(?:it|this|he|she|the\s+victim)\s+(?:was|is)\s+(?:(?:an?|the)\s+)?(?:[^\W\d_][\w'’-]*\s+){0,2}$"
# a word of the sum in a count's clause, before it or after it ("four people died in total in the attack"): the count is
# the toll, not more victims (see casualties)
TOTAL_WORD = r"\b(?:in\s+total|in\s+all|altogether|all\s+told)\b"
# the injured told by their treatment ("12 people received medical help"): a count of all treated, which a larger
# figure than the injured told before is the toll of (see casualties)
MEDICAL_HELP = r"\bmedical\s+(?:help|aid|assistance|care|attention)\b"
# care without a hospital stay ("refused hospitalisation", "treated at the scene", "minor injuries"): the rest of the
# injured after those of them taken to hospital
NO_HOSPITAL_STAY = (r"\b(?:(?:refused|declined)\s+(?:hospitali[sz]ation|to\s+be\s+hospitali[sz]ed)|"
                    r"(?:at|on)\s+the\s+(?:scene|spot)|as\s+outpatients?|(?:minor|light|slight)\s+(?:injur\w*|wounds?))")
TOTAL_OPENING = r"\W*(?:in\s+all|in\s+total|altogether|all\s+told)\s*,"
TOTAL_CUE = r"\b(?:a total of|in total|altogether|overall|total|already)(?:(?<!of),)?\s+(?:of\s+)?(?:at least\s+)?$"  # ("In total, two people")
# part of a figure already told: "including four children", "of them two"
# before a count, the downed weapons it is some of, named without a number: "Among the missiles shot down were two
# Kinzhals" (how many were downed is told elsewhere, or not at all: no count of the downed)
AMONG_DOWNED_BEFORE = (r"\bamong\s+(?:the\s+)?(?:(?:missiles|drones|targets|UAVs)\s+(?:shot\s+down|downed|destroyed|intercepted)|"
                       r"(?:downed|destroyed|intercepted)\s+(?:missiles|drones|targets|UAVs)|those\s+(?:shot\s+down|downed|destroyed|intercepted))"
                       r"(?:\s*[-–—:]\s*|\s+(?:were|was)\s+)(?:(?:also)\s+)?$")
# after a count, the weapons of the attack it is some of: "at least eight Kinzhal missiles were among the projectiles
# used" (a part of what came, whose whole is told elsewhere or not at all: no count of the launched or downed)
AMONG_AFTER = (r"(?:\s+[^\s\d,.;:!?]+){0,10}?\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:weapons|projectiles|missiles|drones|UAVs|means|targets|munitions)\b")
# (the list's later items too: "six people, including a boy and two nurses, …": the two are of the six)
SUBSET_BEFORE = (r"\b(?:including|among them|among whom|among the (?:dead|victims|killed|injured|wounded)|of them|of whom|incl\.?)\s+"
                 r"(?:(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*(?:\s+and|,)\s+)?(?:at least\s+)?$")
# "one of the buildings was hit": one of some things, not of people (what opens the things after the count)
OF_THINGS = r"of\s+(?:the\s+|these\s+)?"
# after a comma, the list of victims goes on: "two workers, as well as a rescuer, were injured"
AS_WELL_AS = r"as\s+well\s+as|along\s+with|together\s+with"
# what opens a clause of its own after a count of victims: after a comma ("…, and 40 homes were damaged",
# "…, while …"), or before another number ("3 injured and 2 killed")
CLAUSE_AFTER_COMMA = r"and|while"
CLAUSE_BEFORE_NUMBER = r"and"
# a relative clause after a comma, where a background cue's own clause may begin (", which two years ago …")
BACKGROUND_CLAUSE_OPEN = r"who|which|whose|where"
# "among the dead / injured N": some of the killed or injured told, or, where none was told before, how
# many there are ("among the injured two residents of Shebekino")
AMONG_VICTIMS = r"\bamong the (?:(?P<killed>dead|killed)|(?P<injured>injured|wounded))\s+(?:at least\s+)?$"
# a second attack after the one told, with a count of its own: "another attack", "a new wave"
# right before the last of a sentence's counts of one weapon: "Yesterday there were 80 drones, and today 116", "then (also with its verb or its teller between: "and today they destroyed 12")
# 127, 200, and tonight we have 116 drones": today's count; the ones before it are other days' (their own claims)
TODAY_BEFORE = (r"(?:\b(?:and|but|while)\s+)?\b(?:today|tonight|this\s+(?:night|morning))(?:\s*,\s+|\s+)(?:(?:we\s+(?:have|had|saw)|"
                r"there\s+(?:were|are)|(?:it|they)\s+(?:was|were))\s+|(?:[^\W\d_]+\s+){1,5})?(?:already\s+)?$")
# a new attack only feared or foretold, not told: "warned that the enemy could launch a new attack", "did not rule out a new attack"
NEW_ATTACK_UNREAL = (r"\b(?:could|may|might|will|would|can|warn\w*|expect\w*|possib\w*|likely|threat\w*|risk\w*|"
                     r"prepar\w*|plan(?:s|ned|ning)?|fear\w*|ready|readying|rul(?:e|ed|es|ing)\s+out|exclud\w*)\b")  # (not "plane-type")
# ("a new attempt at attack", "another attempted drone attack": the same)
NEW_ATTACK = (r"\b(?:another|a\s+new|a\s+fresh|a\s+further)\s+(?:attempt(?:ed)?\s+(?:at\s+(?:an?\s+)?|to\s+)?|attempted\s+)?"
              r"(?:drone\s+|missile\s+)?(?:attack|wave)(?:\s+(?:on|of|against|at|by)\b|(?=[,.;]))")
AGE_AFTER = r"^\s*(?:-\s*)?(?:years?\b|-year|year-old)"
# a length of time, not people: "shelling over the past 24 hours killed two"
DURATION_AFTER = r"^\s*(?:-\s*)?(?:hours?|days?|minutes?|weeks?|months?)\b"
# (Russian "у одного пострадавшего ранение живота": what one of the victims has)
HAS_BEFORE = r"(?!)"
TAKEN_TO_HOSPITAL_BEFORE = r"\b(?:took|taken)\s+$"  # "medics took three women to hospital"
# after the count of those someone took there, its people and the hospital: "took three women to the hospital"
TO_HOSPITAL_AFTER = r"^\s*(?:[\w'’-]+\s+){1,3}?to\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?hospitals?\b"
# "a man aged 64 died": an age, not a count; so is each age of a list after it ("two boys aged 13 and 16 were
# hurt": two victims, not 16)
AGE_BEFORE = r"\b(?:aged|age of|ages of)\s*(?:\d{1,3}\s*(?:,\s*|(?:and|or)\s+))*$"
OF_VICTIMS_BEFORE = r"(?!)"  # (Russian "о гибели")
# a wounded person who then died counts as dead, not also as injured
# "four people were injured, one of them died in hospital": one of the victims told died, no more victims (see
# lexicon.ru)
ONE_OF_THEM_DIED = (r"\bone\s+of\s+(?:them|whom|the\s+victims|the\s+(?P<hurt>injured|wounded|hospitali[sz]ed))\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:died|succumbed|passed\s+away)\b")
# one victim the sentence is about died, told without a figure: "doctors fought for her life, but she could not be saved"
# (and one victim who "succumbed to his wounds": "with the driver succumbing to his injuries", not "their")
# after a count, "N of them died": how many of the victims the sentence told before died ("Жертвами атаки стали 15 человек,
# двое из них погибли": two dead, 13 injured; "four were injured, two of them died": two of each)
# "three of them were taken to hospital", "two of whom are in hospital": some of the injured told before, in hospital
OF_THEM_HOSPITAL_AFTER = (r"^\s+of\s+(?:them|whom)\s+(?:(?:were|was|are|is|have|has|been|remain|remains|now|also|still)\s+){0,3}(?:hospitali[sz]ed|(?:taken|brought|admitted)\s+to\s+"
                          r"(?:a\s+|the\s+)?hospital|in\s+(?:a\s+|the\s+)?hospital)\b")
OF_THEM_DIED_AFTER = r"^\s+of\s+(?:them|whom)\s+(?:[\w-]+\s+){0,3}?(?:died|succumbed|passed\s+away|(?:were|was)\s+killed)\b"
# one victim told as died, not killed ("ранены трое, один скончался", "one later died"): one of the injured told
# before in the sentence, or the one told injured just before it (see casualties.settle). (English "one person died"
# translates "загинула" as often: only a later death)
# a toll told as first reported, then corrected in the same sentence ("At first there was information about three
# dead, but the company later said that four workers had died"): the first figure an earlier stage, the last the toll
FIRST_STAGE = r"\b(?:at\s+first|initially|originally|first\s+reports?|early\s+reports?)\b"
# (only words that correct a figure: "and then a missile struck Izium, injuring three" is a second strike's toll)
# (the gap bounded: from each "and" of a long run an unbounded scan to the span's end was square in its length)
REVISED_BETWEEN = (r"\b(?:but|however|while|and)\b[^.;!?]{0,150}?\b(?:(?:later|subsequently|has\s+since|since\s+then)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:said|announced|reported|stated|wrote|told|confirmed|clarified|updated|revised|"
                   r"corrected)|updated|revised|corrected|clarified|confirmed)\b")
ONE_DIED = r"\bone\b(?:\s+(?!more\b|other\b)[\w-]+){0,3}?\s+(?:later|subsequently)\s+(?:died|succumbed|passed\s+away)\b"
# (the failure's verb told of the medics: "doctors were unable to save him", "medics could not save the driver"; one
# person, not "failed to save the barn")
_FAILED_TO = r"(?:could\s+not|couldn['’]t|(?:was|were)\s+unable\s+to|failed\s+to)\s+save\s+"
ONE_NOT_SAVED = (r"(?<!they\s)(?<!were\s)could\s+not\s+be\s+saved"
                 rf"|{_FAILED_TO}(?:him|her|(?:his|her)\s+life|the\s+(?:[\w-]+\s+)?{PERSON_NOUNS})\b"
                 r"|\bsuccumb(?:ed|ing|s)?\s+to\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:injuries|injury|wounds)\b")
DIED_OF_WOUNDS = (r"\bdied (?:of|from) (?:his|her|their) (?:injuries|wounds)|\bdied in (?:the )?hospital|could not be saved"
                  r"|\b(?:later|subsequently)\s+died\b|\bdied\s+later\b"
                  rf"|{_FAILED_TO}(?:him|her|them|(?:his|her|their)\s+lives?)\b"
                  r"|\bsuccumb(?:ed|ing|s)?\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:injuries|injury|wounds)\b")
# one victim each, or "a man and a woman were injured"
ONE_NOUN = (r"(?:man|woman|child|boy|girl|teenager|pensioner|driver|resident|civilian|person|employee|worker|"
            r"guard|security guard|farmer|passer-by|pedestrian|passenger|firefighter|rescuer|volunteer|wife|husband|"
            r"son|daughter|mother|father|soldier|serviceman|policeman|police officer|member|fighter|"
            # (relatives: "a 60-year-old woman and her grandson were injured")
            r"grandson|granddaughter|grandchild|grandmother|grandfather|brother|sister|nephew|niece|neighbou?r|"
            rf"owner|shepherd|herder|{_MINOR})")
# ("A dog and its owner were killed": the animal's owner)
_ONE_PHRASE = rf"(?:a|an|one|his|her|its)\s+(?:[\w-]+\s+){{0,2}}?{ONE_NOUN}"
# an item of a list of victims may be animals, no victims but no end of the list: "A dog and its owner were
# killed", "a shepherd and 20 sheep were injured" (only the people are counted: LIST_ITEM)
_ANIMAL_PHRASE = rf"(?:a|an|one|his|her|its|their|\d+|{'|'.join(NUMBER_WORDS)})\s+(?:[\w-]+\s+)?{ANIMAL_NOUNS}"
_ITEM = rf"(?:{_ONE_PHRASE}|{_ANIMAL_PHRASE})"
VICTIM_LIST = [
    rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}(?:\s*,\s+|\s+)and\s+{_ITEM})\s+(?:were|have been|had been)\s+"
    rf"(?:\w+\s+)?(?P<verb>injured|wounded|killed|hurt|hospitali[sz]ed)",
    # (their own verb of wounds or death: "a man and a woman sustained shrapnel wounds", "a man and his son died")
    rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}(?:\s*,\s+|\s+)and\s+{_ITEM})\s+(?:also\s+|later\s+)?"
    rf"(?P<verb>(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,2}}?(?:injuries|wounds|burns)|died|perished)\b",
    # ("the bodies of a married couple, a man and a woman": the couple, then who they were)
    rf"\b(?P<verb>{VICTIM_VERB})\s+(?:(?:an?\s+)?(?:married\s+|elderly\s+|young\s+)?couple\s*[,–—-]\s*)?(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}(?:\s*,\s+|\s+)and\s+{_ITEM})",
    # "an attack that left a civilian and a member of the local defence unit injured"
    rf"\bleft\s+(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}(?:\s*,\s+|\s+)and\s+{_ITEM})"
    rf"(?:\s+(?:of|from)\s+[^,.;:]{{1,40}}?)?\s+(?P<verb>injured|wounded|hurt|dead)\b",
    # "a man and a woman are being treated as outpatients": victims told only by their treatment (group "hospital", as above)
    rf"(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}(?:\s*,\s+|\s+)and\s+{_ITEM})\s+(?:(?:still|also)\s+)?(?P<verb>(?P<hospital>{_TREATED_MANY}))",
]
LIST_ITEM = _ONE_PHRASE
# the next place's count of the victims just told, its verb left out: "three people were injured in Kharkiv,
# and four in Chuhuiv" (the words between the two counts, then what follows the second)
ELLIPTIC_VICTIMS_GAP = r"[^.;:!?\d]{0,60}?(?:,\s*|\s)(?:and\s+)?"
# (not where the place's count has a verb of its own: "and four in Chuhuiv were evacuated", "remain missing")
ELLIPTIC_VICTIMS_AFTER = (r"\s+(?:more\s+|others?\s+|people\s+)?(?:in|at|near)\s+(?:the\s+)?(?-i:[A-Z])"
                          r"(?>[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*|\s+(?:region|district|oblast|community|area)\b)*)"
                          r"(?!\s+(?:were|was|are|is|have|has|had|remain\w*|went|got|\w+ed)\b)")
# what a count of places is ("in five communities there is damage and injured": not five victims), or a measure
# ("a fire over 300 square metres but no one injured": an area, not victims)
UNIT_COUNT_NOUNS = (r"(?:(?:cases|instances)(?!\s+of\b)|communities|hromadas|settlements|villages|towns|cities|districts|regions|oblasts|locations|sites|addresses|"
                    r"square|sq\b|hectares?|acres?|met(?:re|er)s|kilomet(?:re|er)s|km\b|tonnes|tons|lit(?:re|er)s)")
AGES_OF_VICTIMS = r"(?!)"  # (Ukrainian "постраждали 47-річний і 50-річний чоловіки")
AGE_ITEM = r"(?!)"
PLURAL_VICTIM = r"(?!)"  # (Russian "пострадавших")
# "two men and a woman were injured", "two employees as well as a rescuer": the number's people and one more
PLUS_ONE_AFTER = rf"^\s+(?:[\w-]+\s+)?{PERSON_NOUNS},?\s+(?:and|{AS_WELL_AS})\s+{_ONE_PHRASE}\b"
# "three were injured, one of them was hospitalised": some of those told, no more victims
# ("two of the five people killed were rescuers", "one of 12 injured": some of a count told with them)
# ("two children among them": a part of the victims told, its noun between)
# after a count in a list of victims, a person whose fate is not known: "four people were killed, one person is still
# under the rubble", "… one more is missing": no more dead or injured (see casualties.of_sentence)
FATE_UNKNOWN_AFTER = (r"^\s+(?:[a-z]+\s+)?(?:more\s+)?(?:(?:is|are|remains?|may\s+be)\s+(?:still\s+)?)(?:trapped\s+)?under\s+(?:the\s+)?rubble|"
                      r"^\s+(?:[a-z]+\s+)?(?:more\s+)?(?:is|are|remains?)\s+(?:still\s+)?missing\b|"
                      # (nor people rescued, evacuated or trapped: "four were injured and 19 people trapped under the
                      # rubble have been rescued", "… and 120 residents were evacuated"; not the injured evacuated)
                      r"^\s+(?:(?!injur|wound|hurt|kill|dead|died)[a-z]+\s+){0,2}?(?:(?:who\s+)?(?:were|was|have\s+been|had\s+been|has\s+been)\s+"
                      r"(?:also\s+|successfully\s+)?)?(?:rescued|saved|evacuated|freed|pulled\s+out|trapped|unharmed|unhurt)\b")
# (and the part told first: "three boys were among the seven people hurt", "three rescuers are among the 12 dead")
SUBSET_AFTER = (r"^\s+(?:(?:[a-z]+\s+)?among\s+(?:them|whom|the\s+(?:injured|wounded|victims|dead))|"
                r"(?:[a-z]+\s+)?(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+)?(?:(?:\d+|[a-z]+)\s+)?"
                r"(?:(?:people|persons|civilians|residents|victims|others)\s+)?(?:killed|injured|wounded|dead|hurt|victims|casualties)\b|"
                r"of\s+(?:them|whom)|of\s+those|of\s+the\s+(?:injured|wounded|victims|dead|casualties)|"
                r"of\s+(?:the\s+)?(?:\d+|[a-z]+)\s+(?:(?:people|persons|civilians|residents|victims)\s+)?"
                r"(?:killed|injured|wounded|dead|hurt))\b")
# after a count, the victims' condition: "six were injured, five are in moderate condition, one in critical": the
# state of some of those the sentence told, no more of them (see lexicon.ru)
CONDITION_AFTER = (r"^\s+(?:(?:people|persons|of\s+them|[a-z]+)\s+)?(?:(?:is|are|was|were|remains?|remained)\s+)?"
                   r"in\s+(?:a\s+)?(?:very\s+|extremely\s+)?(?:serious|critical|grave|moderate|stable|satisfactory|severe|good|fair)\b")
# what may stand between a victim verb and its count: "пострадали еще 11", "injuring at least 4"
# an aside in commas between a count of victims and its verb: "two more, according to preliminary data, were
# injured", "were injured, the governor said, three of them"
# ("five more, among them a child, were injured": who some of them were, told in commas)
AGES_CUE = r"aged"  # the victims' ages told after their count ("two women, aged 57 and 43, …")
# the victims' ages right after their count's noun, no commas: "two boys aged 13 and 16 were hurt" (group "ages"; not
# "aged 13-15", nor "aged 40 years")
AGES_AFTER_NOUN = (rf"^\s+[^\W\d_][\w'’-]*\s+(?P<ages>(?:{AGES_CUE})\s+\d{{1,3}}"
                   rf"(?:\s*(?:,|\b(?:{AND})\b)\s*\d{{1,3}}){{0,5}})\b(?![-‑]|\s+years?\b)")
CASUALTY_ASIDE = r"(?:according\s+to|as\s+(?:reported|stated)|preliminarily|reportedly|among\s+them|including)(?:\s+[^\s\d,.;:!?()]+){0,4}"
VICTIM_FILLER = r"(?:at least|no fewer than|not fewer than|no less than|not less than|more than|as many as|another|a further|more|also|up to|about|around|nearly|over|some)"
VICTIM_GAP_PREPOSITION = r"(?!)"  # (Russian/Ukrainian "постраждали від ударів по області 14 людей": English puts the count first)
REMINDER = r"\W*(?:recall that|as a reminder|a reminder that|to recall|reminder:)"
# the writer's aside opening a sentence of an official's story ("Note that air defences downed 392 targets
# nationwide"): see lexicon.uk
ASIDE = r"\W*(?:note that|by the way)\b"
# a reminder's cue standing alone as a heading ("Recall" on a line of its own, then the story it recalls): the
# sentence after it opens with it
REMINDER_HEADING = r"\W*(?:recall|reminder|as a reminder)\W*$"
# an outlet's retelling of what it reported before ("As Ukrinform reported, …", "As previously reported by UNN, …",
# "As reported earlier, …"): the sentence retells an earlier story, whose figures are an earlier stage of the
# report's toll or another attack's (not "As the governor reported, …": the news told now)
_OUTLETS = (r"(?:Ukrinform|UNN|Interfax(?:-Ukraine)?|Ukrainian\s+News(?:\s+Agency)?|RBC-Ukraine|Ukrainska\s+Pravda|"
            r"Suspilne|Censor\.NET|(?:the\s+)?Kyiv\s+Independent|(?:the\s+)?Kyiv\s+Post|TASS|RIA\s+Novosti|Reuters|AFP|"
            r"(?:the\s+)?AP|Sputnik|we|this\s+(?:outlet|publication|agency|website))")
# a day's tally ("during the past day, three people were killed in the city and the district"): another
# period's, which holds the attack's toll told before it and others'
DAY_TALLY = r"\b(?:during|over|in|within|for)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours)\b"
# a later toll replacing the one before (uk "Згодом стало відомо …"): "Later it became known that five were injured",
# "Later, five people were reported injured", "According to updated data, …", "Four people have now been injured"
LATER_TOLL_OPENING = (r"\W*(?:(?:later|subsequently)\b[^.;:!?]{0,150}?\b(?:it\s+(?:became|was)\s+known|(?:was|were)\s+(?:reported|confirmed)|"
                      r"(?:updated|revised|clarified|confirmed|said|reported|wrote|announced))\b|according\s+to\s+(?:updated|the\s+latest|latest|revised)\s+"
                      r"(?:data|information|figures)\b)"
                      r"|(?=[^.;:!?]{0,80}?\b(?:have|has)\s+now\s+been\s+(?:injured|wounded|hurt|killed|hospitali[sz]ed)\b)")
# after a count of victims and a dash, who they were one by one: "two were injured - one woman received shrapnel wounds,
# and the second suffered shell shock" (details of the count, no more victims)
ONE_AND_OTHER = r"(?:one|the first)\b[^.;!?]{0,80}?\b(?:the\s+(?:second|other))\b"
# a word of the dead and injured together, read as the injured alone ("reporting one casualty"), but the sum of
# the dead and injured its sentence tells where they add up to it ("one killed and two injured, three casualties")
BOTH_FIELDS_NOUN = r"casualt|victim"
ZERO_INJURED_ONLY = r"(?!)"  # (Russian/Ukrainian "раненых нет": no injured, the dead untold)
ZERO_INFO_LAST = r"(?!)"  # (Russian/Ukrainian "информации о пострадавших нет" at the end)
# what a teller said before the figures told, opening a sentence ("Earlier he said …", "Earlier today, the governor had
# reported …", "He had earlier said …", "It was earlier reported …"): naming no place of its own, an earlier stage of the toll
# "The day before, the governor said that …": what a teller said the day before, of that day's events
OTHER_DAY_TOLD_OPENING = (r"\W*(?:yesterday|the\s+day\s+before|on\s+the\s+previous\s+day)\s*,?\s+(?:[\w'’.-]+\s+){0,6}?"
                          r"(?:had\s+)?(?:said|reported|noted|wrote|stated|announced|told)\b")
EARLIER_TOLD_OPENING = (r"\W*(?:(?:earlier|previously)(?:\s+(?:today|on\s+\w+|in\s+the\s+day))?\s*,?\s+(?:[\w'’.-]+\s+){0,6}?"
                        r"(?:had\s+|has\s+)?(?:said|reported|noted|wrote|stated|announced|told)"
                        r"|(?:he|she|they|it)\s+(?:had\s+)?(?:earlier|previously)\s+(?:said|reported|noted|wrote|stated|announced|told)"
                        r"|it\s+(?:was|had\s+been)\s+(?:earlier|previously)\s+reported)\b")
RETELLING_OPENING = (rf"\W*as\s+(?:(?:was\s+|had\s+been\s+|has\s+been\s+)?(?:earlier\s+|previously\s+)?reported"
                     rf"(?:\s+(?:earlier|previously|before))?(?:\s+by\s+{_OUTLETS})?|{_OUTLETS}\s+(?:has\s+|had\s+)?"
                     rf"(?:earlier\s+|previously\s+|already\s+)?(?:reported|wrote)(?:\s+(?:earlier|previously|before))?)\s*,")
# a sentence opening with a recent earlier event ("Recently, a drone damaged …"): the rest of its paragraph tells
# earlier events, as after a reminder (not "нещодавно відремонтований будинок" inside a sentence)
# (not a participle after it: "Recently renovated school No. 5 was hit overnight" tells tonight's news)
# (Russian "До этого …" after a toll of the report's own: English "Before that," tells the same attack's earlier stage as
# often: "Before that, the Air Force warned of …"); only an aside opened by "By the way, …", "Incidentally, …" (other
# events told by the way, after a toll of the report's own)
BEFORE_THIS_OPENING = r"\W*(?:by\s+the\s+way|incidentally)\s*,"
LATELY_OPENING = r"\W*(?:recently|not\s+long\s+ago)\b(?!\s+(?:(?-i:[a-z]+ed)|built|rebuilt)\b)"
# a sentence of victims that opens by adding to those told: "Also, a 40-year-old man was wounded"
# (and a second strike's: "Another drone hit a car, wounding the driver", "In a second strike, …": its victims are others)
# (and "also" in its first clause's verb: "Damage was also recorded to two houses; one man was injured", "Two houses were
# also hit, a woman was hurt", "Strikes on the A and B oblasts are also known; a woman was hurt in C": another harm,
# whose victims are others)
# (the second strike's opening alone, NEXT_STRIKE_OPENING: after a toll whose parts are being told strike by strike,
# "Three were hurt over the day. In A, a drone hit a car, wounding the driver. Another drone hit a house, two were hurt",
# its next part)
_NEXT_STRIKE = (r"(?:another|a\s+second)\s+(?:[\w-]+\s+)?(?:drone|UAV|strike|missile|shell)|"
                r"(?:in|during)\s+(?:another|a\s+second)\s+(?:[\w-]+\s+)?(?:strike|attack)")
NEXT_STRIKE_OPENING = rf"\W*(?:{_NEXT_STRIKE})\b"
# (not the victims told, retold with "also": its first clause naming people or victims ("Both were also hospitalised",
# "The two men hurt in the blast were also …"), or "also" telling what befell people: treated, in hospital, in serious
# condition; those are the victims told before)
_ALSO_SUBJECT_WORD = (rf"(?:(?!(?:both|all|they|them|those|these|victims?|casualties|injured|wounded|hurt|killed|dead|{PERSON_NOUNS})\b)"
                      r"[\w-]+\s+)")
_ALSO_OF_PEOPLE = (r"(?:hospitali[sz]ed|treated|taken|admitted|rushed|brought|evacuated|receiving|given|undergoing|diagnosed|"
                   r"suffering|recovering|injured|wounded|hurt|killed|in\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:condition|hospital|care))\b")
MORE_VICTIMS_OPENING = (rf"\W*(?:{_ALSO_SUBJECT_WORD}{{1,12}}?(?:is|are|was|were|has\s+been|have\s+been)\s+also\s+"
                        rf"(?!(?:told|said|reported|stated)\b|{_ALSO_OF_PEOPLE})|also|in addition|additionally|separately|{_NEXT_STRIKE})\b")
# a toll told for several attacks ("Overnight Russian strikes on A and B killed four", "attacks across the
# country"): the body's figures for its places may be its parts, even those told "Separately, …"
# (the plural only as the toll's cause: "strikes on A and B killed four", "four were killed in overnight attacks";
# not "a drone hit a house, killing four, amid intensified attacks on the region", nor the verb "Drone strikes Sumy")
_PLURAL_ATTACKS = r"(?:attacks|strikes|raids)"
_SEVERAL_TOLL = r"(?:killed|killing|kills?|injured|injuring|injures?|wounded|wounding|wounds|claimed|left)"
SEVERAL_ATTACKS = (rf"\b{_PLURAL_ATTACKS}\s+(?:on|against|across|targeting)\b[^.;!?]{{0,120}}?\b{_SEVERAL_TOLL}\b|"
                   rf"\b(?:killed|injured|wounded|died|dead)\s+(?:in|by|during)\s+(?:[\w-]+\s+){{0,4}}?{_PLURAL_ATTACKS}\b|"
                   r"\bacross\s+(?:the\s+country|Ukraine|Russia)\b")
# whose victims a placeless toll tells, by country: the country its words name, or the attacker's ("Russian missile
# strikes" kill Ukraine's people; "Ukrainian drones" Russia's) (see casualties.victims_country)
_ATTACKING = r"(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|shelling|barrages?|bombardments?|drones?|missiles?|UAVs?)\b"
VICTIMS_COUNTRY: list[tuple[str, str]] = [
    (rf"\b(?:across|around|throughout|in)\s+Ukraine\b|\b(?:Russian|Russia's)\s+{_ATTACKING}", "UA"),
    (rf"\b(?:across|around|throughout|in)\s+Russia\b|\b(?:Ukrainian|Ukraine's|Kyiv's)\s+{_ATTACKING}", "RU"),
]
# a sentence that opens another report's story ("Separately, the mayor reported on the drone strike."): the victims
# told right after it are that strike's, more of them (not "In addition, a moped was hit. A man was injured": the
# details of a toll told)
OTHER_STORY_OPENING = r"\W*separately\b"
# another person told caught in the strike too, with no victim's word ("His brother was also caught in the blast. He
# suffered wounds"): the victims the next sentence tells are more, not the one told before
ANOTHER_UNDER_STRIKE = r"\b(?:was|were)\s+also\s+caught\s+(?:in|by)\s+the\s+(?:strike|blast|attack|explosion)\b"
# a reminder's words of a time before the report's: "Recall that yesterday …", "… earlier this month"
# an anniversary or a day of mourning told by a reminder: "Recall that today marks one year since the shelling …",
# "Recall that today is a day of mourning for …": earlier victims (the present
# time names no retelling of the night)
ANNIVERSARY = r"\b(?:anniversary|mourning|(?:one|a|two|three|four|five|six)\s+(?:years?|months?)\s+since)\b"
# a clause other than the count's opens ("… downed three drones over the Belgorod region, he said, adding that a
# shop hit on Sunday had reopened"): a time told after it is not the count's
OTHER_CLAUSE = (r";|,\s*(?:adding|saying|noting|stressing|explaining|while|whereas|which|who|where|although|though|"
                r"because)\b")
OTHER_TIME = (rf"{ANNIVERSARY}|"
              r"\b(?:yesterday|the\s+day\s+before|the\s+previous\s+(?:day|night|week|month)|earlier|previously|"
              r"last\s+(?:week|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|ago|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter)|"
              # a month or a year with no day: "Recall that in May 2023 …", "in late December", "in 2024"
              r"in\s+(?:early\s+|late\s+|mid-?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
              r"(?:start|beginning|end|middle)\s+of\s+(?:the\s+)?(?:month|year)|in\s+(?:19|20)\d\d)\b")
# a sentence opening with a short clause of another time than the report's, before its comma ("In March, drones
# were downed over …", "Last week, the interceptions included …", "On Monday, air defence intercepted a drone in
# …", "A week ago, …"): its places are that time's, no place of the count just told (not a night's opening:
# "Overnight into Monday, …" is the report's own; nor "Earlier, the governor said …", "Yesterday, …": an earlier
# statement, often of the same attack; nor the wire's "Early Thursday, …", "Earlier Tuesday, …": the report's day)
SHIFTED_OPENING = (r"\W*+(?![^,;:.!?\n]{0,60}?\b(?:overnight|night|tonight|today|early|earlier|late|later)\b)(?:[\w'’-]+\s+){0,3}?"
                   r"(?:\b(?:last|previous)\s+(?:week|month|year)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bago|"
                   r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
                   r"\b(?:spring|summer|autumn|fall|winter)|\b(?:19|20)\d\d)\b[^,;:.!?\n]{0,20},")
# a clause of the present after a background cue in its sentence ("It was earlier reported that two were hurt;
# now the number has risen to five"): the sentence tells the news too
# (or the report's own time: "Earlier this month the town was shelled, and tonight …" — that clause is the news)
NOW_CLAUSE = r"[,;]\s*(?:and\s+|but\s+)?(?:now|tonight|today|this\s+(?:morning|evening|afternoon|night)|last\s+night|overnight)\b"
# after "The attack came hours after …" (BACKGROUND's "came"), a clause of the attack's own harm: ", killing three people",
# "; it injured five": the sentence's toll is the attack's, what came before it only its time ("… after the alert was
# lifted, killing three"; not "… after a barrage took 14 lives")
CAME_AFTER_OWN_TOLL = (r"(?:,\s*(?:killing|injuring|wounding|leaving)|"
                       r"[,;]\s*(?:and\s+)?(?:it|they|the\s+(?:[\w-]+\s+){0,2}?(?:attack|strikes?|assault|barrage))\s+"
                       r"(?:killed|injured|wounded|left|claimed))\b")
# words of another attack or its harm between "came … after" and that clause: the clause's toll is the earlier event's
# ("The news comes two days after a drone hit a school, injuring three"; not "… after the curfew ended, killing two")
CAME_AFTER_OTHER_HARM = (r"\b(?:drones?|missiles?|rockets?|shells?|shelling|shelled|bombs?|bombing|bombed|strikes?|struck|"
                         r"attacks?|attacked|barrage|raids?|hit|explosions?|killed|injured|wounded|claimed|lives|dead)\b")
# after "The attack came hours after …" (BACKGROUND's "came", told in hours or minutes: the same day), the earlier event
# told for the same place ("… only two hours after another strike on the same town, where a shell hit a bakery"): the
# same day's strikes on that place, the report's toll too (not "a day after", nor another place's)
CAME_SAME_DAY = r"\b(?:hours?|minutes?)\s+after$"
CAME_AFTER_SAME_PLACE = (r"[^.;]{0,60}?\b(?:in|at|on|near)\s+the\s+same\s+(?:village|town|city|settlement|district|area|community|"
                         r"street|neighbou?rhood)\b")
# a sentence opening with the present time ends a background paragraph ("On November 9, … Tonight, …")
# tonight's attack named anywhere in a sentence also ends a background paragraph ("Recently, a drone damaged a depot.
# Two people were injured in the overnight attack")
NOW_ATTACK = (r"\b(?:the\s+(?:overnight|nighttime|night)|tonight's|last\s+night's|this\s+morning's|today's)\s+"
              r"(?:[\w-]+\s+){0,2}?(?:attack|strike|raid|shelling|bombardment)\b")
# a sentence that opens by pointing back to the event told just before: "In that strike, …", "During that attack,
# …", "At that time, …" (after a reminder, the earlier event's)
THEN_OPENING = (r"\W*(?:(?:in|during|after|as\s+a\s+result\s+of)\s+(?:that|those|the\s+earlier|the\s+previous)\s+"
                r"(?:strikes?|attacks?|shelling|raids?|incidents?|explosions?|blasts?)|then|at\s+that\s+time|that\s+(?:day|night|time))\b")
NOW_OPENING = r"\W*(?:tonight|today|this\s+(?:morning|evening|afternoon|night)|last\s+night)\b"
LOCATIONS = r"locations|sites"
LOCATIONS_PREP = r"\b(?:at|in|on|across)"
LOCATION_HIT_CUE = r"\b(?:hits?|impacts?|struck|strikes?)\b"
LOCATION_DEBRIS_CUE = r"\b(?:debris|fragments|wreckage)\b"
# (an ordinal's count of attacks since a date is no toll of them: "nine were injured in a strike, the 19th
# to hit the capital since the start of October"; the group "ordinal" marks it, no cue of background)
# (nor is a superlative's point of comparison: "killed three in one of the largest attacks since the full-scale invasion
# began", "its biggest drone attack since the start of the war": the report's attack measured, no earlier event)
# another attack told as like the report's with a time of its own ("The Sumy region endured a similar raid on 3 May, when
# wreckage hurt a farmer", "On Sunday, Sumy came under a similar strike"): that attack's story, not
# the report's (not "similar" with no time of its own: a roundup's next place may be the same night's)
_SIMILAR_ATTACK = (r"\b(?:faced|suffered|endured|saw|experienced|came\s+under|(?:was|were)\s+hit\s+by)\s+(?:an?\s+|another\s+)?"
                   r"similar\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|assaults?|raids?)\b")
_OWN_TIME = (rf"\b(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|earlier|"
             r"the\s+(?:day|night)\s+before|the\s+previous\s+(?:day|night)|last\s+(?:week|month))\b")
BACKGROUND = (rf"(?=(?:{_SIMILAR_ATTACK}))(?=[^.;]{{0,120}}?{_OWN_TIME})(?:{_SIMILAR_ATTACK})|{_OWN_TIME}[^.;]{{0,60}}?(?:{_SIMILAR_ATTACK})|"
              # an earlier week or month's event ("Earlier this month, a strike on Izmail killed three", "at the start of
              # the week"), as "last week"
              r"\bearlier\s+(?:this|in\s+the)\s+(?:week|month|year)\b|\b(?:at|in)\s+the\s+(?:start|beginning|middle)\s+of\s+(?:the|this)\s+(?:week|month|year)\b|"
              r"\b(?:(?P<ordinal>(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
              r"\w+teenth|\w+tieth|largest|biggest|heaviest|fiercest|worst|deadliest|strongest|most\s+[\w-]+)\s[^.;]{0,80}?"
              r"since (?:the (?:start|beginning) of(?:\s+the\s+(?:full-scale\s+)?(?:war|invasion))?|(?:the|its|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?invasion|"
              # (and when the war began: "… since the invasion began almost four years ago", "in February 2022")
              r"the war (?:began|started))(?:\s+(?:began|started))?(?:\s+(?:(?:more\s+than|over|almost|nearly|some)\s+)?[\w-]+\s+"
              r"years?\s+ago|\s+in\s+(?:February\s+)?2022)?)|recall that|as a reminder|remind you that|"
              # a month's tally, told by its month and no day ("in March, the enemy shelled Sumy 71 times,
              # wounding 40"; not "on March 8")
              r"(?:in|during|throughout) (?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December)(?!\s+\d)(?=\s*,)|"
              # another, earlier event told ("It was earlier reported that two people were killed in …"), as ru "Ранее
              # сообщалось", uk "Раніше повідомлялося"
              r"(?P<earlier>it\s+(?:was|had\s+been)\s+(?:earlier|previously)\s+reported|it\s+was\s+reported\s+earlier|"
              r"(?:earlier|previously),?\s+it\s+was\s+reported)|"
              # (a story told the day before: "The day before, it was reported that three women were hurt", as ru
              # "Накануне стало известно", uk "Напередодні повідомлялося")
              r"the\s+day\s+before,?\s+it\s+(?:was\s+reported|became\s+known)|it\s+was\s+reported\s+the\s+day\s+before|"
              r"since the (?:start|beginning) of|since (?:early|late) \w+|"
              # ("This comes after a strike on Lviv wounded three people": what came before the story's event)
              # (with the attack's words before its noun and an adverb of how long: "The drone attack comes exactly a week
              # after a barrage claimed 20 lives nationwide")
              r"(?P<came>(?:the (?:[\w-]+ ){0,2}?(?:news|attack|strikes?|report|announcement|assault|barrage)|this|it) (?:comes|came) "
              r"(?:just |only |exactly |almost |nearly |barely |less than |more than |some )?"
              r"(?:(?:(?:a|one|two|three|four|five|six|several|a few|\d+) )?(?:days?|weeks?|hours?|months?) )?after)|"
              # ("The strike echoes an earlier case on April 9, when …": another, earlier event told; so does
              # "The strike mirrors an attack on May 2, when …")
              r"(?:echoes|echoed|recalls|follows|followed|mirrors|mirrored)\s+(?:an?\s+)?(?:(?:similar|earlier|previous)\s+)?"
              r"(?:incident|attack|strike)|"
              # the whole war's toll ("The war, now in its third year, has killed more than 12,000
              # civilians", "… since Russia's full-scale invasion"): no toll of the report's attack
              r"\b(?:the|this)\s+war\b[^.;]{0,120}?\b(?:has|have|had)\s+(?:killed|claimed|left)\b|"
              r"since\s+(?:the|its|Russia['’]s|Moscow['’]s)\s+(?:full-scale\s+)?invasion|since\s+the\s+war\s+(?:began|started)|"
              r"days? (?:ago|earlier)|(?:two|three|four|five|several) days after|last (?:week|month|year)|"
              r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+) (?:weeks?|months?|years?) ago|(?:over|in|during) the (?:past|last) (?:week|month|year|seven days|(?:[\w-]+ )?(?:weeks|months|years))|"
              # a headline's span: "Week of Russian strikes on Kharkiv injures 45" (not the night's toll), as
              # its subject (not "After a week of attacks, a drone hit … tonight, injuring two")
              r"^(?:a\s+|another\s+)?(?:week|month)s? of (?:[\w-]+\s+)?(?:strikes|attacks|shelling|bombardment)|"
              r"in (?:January|February|March|April|May|June|July|August|September|"
              r"October|November|December) \d{4}|"
              # a past attack named by its rank and month ("Their largest raid in April left five
              # dead", "the deadliest strike of the war in July")
              r"(?:biggest|largest|deadliest|heaviest|most\s+massive)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|raid|barrage)s?\s+"
              r"(?:[\w-]+\s+){0,3}?(?:in|of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b")
COUNCIL = r"\bcouncil\b"  # "head of the Kharkiv regional council"
# "head of the Nikopol district": a district's office, not its region's head
DISTRICT_OFFICE = r"\b(?:district|raion|community|hromada)$"
# a clause of another speaker ends a breakdown item's places: "five over the Kursk region, and the Belgorod
# governor three" (his region is no place of the five)
ITEM_STOP_SPEAKER = rf",?\s+(?:and|but)\s+(?:the\s+)?(?:[A-Z][\w'-]+\s+)?(?:{ROLE_WORDS})\b"
ROLE_KINDS = [
    (r"mayor", "official", "mayor"), (r"city", "official", "city_head"),
    (r"acting", "governor", "acting_governor"), (r"head|administration", "governor", "head_of_region"),
]
# the sentence right after a count that names who told it ("Про це повідомляє начальник ОВА …")
TOLD_BY_NEXT = r"^\W*(?:(?:this|that)\s+was\s+(?:reported|announced|stated|said)\s+(?:(?:on|in|earlier|later)\s+(?:\w+\s+){0,2}?)?by|the\s+(?:incident|attack)\s+was\s+reported\s+by)\b"
# an official named first, then "added": the sentence before was his too ("Governor … added that …")
ADDED_AFTER_PERSON = r"\s*(?:,\s*)?(?:also\s+)?(?:added|noted|stressed)\b"
REPORTER_ANAPHORA = (
    r"\b(?:the governor|the head|the official|the mayor|he|she|according to (?:him|her)|"
    r"(?:he|she) (?:said|added|noted|wrote))\b"
)
_PEOPLE_NAME = r"[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?(?:\s+[A-Z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?){0,2}(?![\w-])"
_PEOPLE_PLACE = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?(?:\s+(?:Region|Oblast|Krai|Kray|Territory|region|oblast))?"
# between an office and its region's name: "… of the northern region of Sumy", "… of the western
# Volyn region"
_OF_PLACE_LEAD = r"(?:the\s+)?(?:(?:[a-z]+ern|central)\s+)?(?:(?:region|oblast|province)\s+of\s+)?"
# "in Belgorod, governor Vyacheslav Gladkov said": the name after the office is the person's
NAME_AFTER_ROLE = rf",?\s+{_PEOPLE_NAME}"
PEOPLE = [
    # "Pavel Orlov, the governor of the Tambov Region" (not "in Kherson, the head of …": after
    # a preposition of place the capitalised word is where, not who)
    rf"(?<!\b[Ii]n\s)(?<!\b[Aa]t\s)(?<!\b[Oo]n\s)(?<!\bover\s)(?<!\bnear\s)(?<!\bof\s)(?<!\bto\s)(?<!\bfrom\s)"
    rf"(?P<name>{_PEOPLE_NAME}),\s+(?:the\s+)?(?i:(?P<role>{ROLE_WORDS}))(?:\s+of\s+{_OF_PLACE_LEAD}(?P<region>{_PEOPLE_PLACE}))?",
    # "the governor of the Belgorod Region, Vyacheslav Gladkov"
    rf"(?i:(?P<role>{ROLE_WORDS}))\s+of\s+{_OF_PLACE_LEAD}(?P<region>{_PEOPLE_PLACE}),?\s+(?P<name>{_PEOPLE_NAME})",
    # "Rostov Governor Yuri Slezar", "Governor Vladimir Volkov", "Belgorod Oblast Gov. Gladkov"
    rf"(?:(?P<region>{_PEOPLE_PLACE})\s+)?(?i:(?P<role>{ROLE_WORDS})),?\s+(?P<name>{_PEOPLE_NAME})",
]
# An office with its region and no name ("the governor of the Belgorod region wrote")
OFFICES = [
    rf"(?i:(?P<role>{ROLE_WORDS}))\s+of\s+{_OF_PLACE_LEAD}(?P<region>{_PEOPLE_PLACE})",
    # "Sumy regional governor said …" (a name after it is a person's: PEOPLE)
    rf"(?!(?:The|A|An|In|On|At|Over)\s)(?P<region>{_PEOPLE_PLACE})\s+(?P<role>regional governor|oblast governor|"
    rf"[Gg]overnor)\b(?!,?\s+{_PEOPLE_NAME})",
    # "Six were downed above Poltava, its governor said", "… according to the region's governor": the
    # office of the region the sentence names (no region inside the office: the nearest one named)
    r"(?i:\b(?:its|the region's|the oblast's)\s+(?P<role>governor|regional governor|mayor))\b(?!\s+of\b)",
    # ("… above Russia's Bryansk, the governor of the region on the border said")
    r"(?i:\bthe\s+(?P<role>governor)\s+of\s+the\s+(?:region|oblast))\b(?!\s+of\b)",
    # "…, the governor wrote on Telegram", "according to the governor": the office, its region the
    # sentence's or the one he was named for before, else none (his side the text's other cues give)
    # (not "the residence of the governor.": the office only where it tells)
    rf"(?i:\bthe\s+(?P<role>governor|regional governor))\b(?=\s+(?:also\s+)?{REPORT_VERBS}\b)",
    r"(?i:\baccording\s+to\s+the\s+(?P<role>governor|regional governor))\b(?!\s+of\b|['’])",
    # "the head of the Rivne regional administration said …": the region inside the body's name (ru/uk "голова
    # Рівненської ОВА"), nobody's name after it
    r"(?i:\b(?P<role>head)\s+of\s+the)\s+(?P<region>[A-Z][\w'’-]+)\s+(?i:(?:regional|oblast)(?:\s+state)?"
    r"(?:\s+military)?\s+administration)\b",
]

# A stage runs a family of patterns only on sentences holding one of the family's gate words,
# derived from the patterns themselves (raidlog.lexicon.gates); words are compared by their
# first TRIGGER_PREFIX letters (0: whole words).
TRIGGER_PREFIX = 0  # whole words
# Words too common to gate a family by (raidlog.lexicon.gates picks another word of the phrase):
# function words, and words most reports use anyway.
GATE_SKIP = frozenset(
    "the a an of in on at to by for from with and or no not was were is are be been has have had "
    "it its this that as over one there his her their now least number "
    "regional region people residents civilians persons "
    # (adverbs a pattern allows before its verb: "the death toll later rose to 5" has the noun and the verb too)
    "since already further later subsequently".split())
# A count of weapons its sentence tells with no verb of launch or downing ("four drones crossed the region's
# airspace", "the enemy attacked the town with three drones", "a raid by 15 drones") is the number the attack
# used: launched (attribute.verbs._default_launched). Not where the sentence tells another thing it counts,
# words of these classes anywhere in it: what became of some of them (fell, landed, exploded, impacted or
# reached or struck a target, left the airspace or turned back, still in the air, lost, missed, debris), a
# sighting while the alert lasts (spotted), a stock, an
# output, a delivery, an order or a price, a stock ("kept in depots"), a request, a contract, an exercise, a
# forecast, a typical or a possible size ("at a time", "may", "could"), a war's tally of losses ("combat losses
# … cruise missiles – 3,117"; also read in a list's heading: attribute.verbs._heading_not_attack)
NOT_ATTACK_COUNT = (r"\b(?:fell|fall(?:s|en|ing)?|landed|crash(?:ed|es)|explod(?:ed|es)|exploding|detonat(?:ed|es|ing)|"
                    r"blew\s+up|impact(?:ed|s)?|reach(?:ed|es)|striking|hitting|spotted|sighted|seen|heard|"
                    r"(?:flew|went|headed|turned)\s+(?:back|away)|returned|left|exited|"
                    r"(?:to|into|towards?)\s+(?:Belarus|Moldova|Romania|Poland)|still|already|remain(?:s|ed|ing)?|in\s+the\s+(?:air|sky)|"
                    r"lost|miss(?:ed|ing)|disappeared|debris|wreckage|fragments?|"
                    r"deliver(?:ed|s|ies|y)|shipped|transferred|handed\s+over|receiv(?:ed|es)|order(?:ed|s)?|suppl(?:ied|ies|y)|purchas\w*|bought|cost(?:s|ing)?|"
                    r"price[sd]?|worth|(?<!-)produc\w+|(?<!-)manufactur\w+|stock\w*|arsenal|reserves?|"
                    r"at\s+a\s+time|per\s+(?:day|night|month|week)|a\s+(?:day|night|month|week)|"
                    r"may|might|could|would|will|can|warned|expect\w*|plan\w*|intend\w*|tr(?:y|ied|ies)\s+to|attempt\w*|"
                    r"daily|accumulat\w*|built\s+up|stockpil\w*|keeps?|holds?|storage|depots?|warehouses?|"
                    r"request\w*|asked|deal|contracts?|drills?|exercises?|getting\s+ready|prepar\w*|"
                    r"losses)\b")
# Another window than the attack's in a verbless count's sentence (a record or an attack before, a period's or the
# war's tally: "the previous record … 611 drones", "since March, over 18,500 drones", "over the past week as a
# whole, 980 drones"): no count of the attack's weapons (attribute.verbs._default_launched), unless the sentence
# measures the attack itself against it (ATTACK_SUPERLATIVE: "the biggest attack this year, 479 drones")
OTHER_WINDOW_COUNT = (r"\b(?:since|previous|(?:earlier|former|old)\s+record|"
                      r"(?:past|last|this|previous)\s+(?:week|month|year)(?:'s)?)\b")
ATTACK_SUPERLATIVE = (r"\b(?:largest|biggest|heaviest|fiercest|worst|deadliest|strongest|"
                      r"most\s+(?:massive|intense|powerful)|(?<!previous\s)(?<!earlier\s)(?<!former\s)(?<!old\s)record)\b")
# A verbless count told as a part of the weapons just counted ("Among them were about 30 decoys", "About 40 of
# the drones were Shaheds"): no count of the attack's own (attribute.verbs._default_launched). PART_OF_TOLD_BEFORE
# before the sentence's first count, PART_OF_TOLD_AFTER right after a count's number.
PART_OF_TOLD_BEFORE = r"\b(?:among\s+(?:them|these|those|which|the\s+[^\W\d_]+)|of\s+(?:them|these|those|which)|including)\b"
PART_OF_TOLD_AFTER = r"\s+of\s+(?:them|these|those|the|which)\b"
# A verbless count that names what the weapons just told were ("They turned out to be three Mohajer drones",
# "These were 12 Shaheds"): a pronoun or "it" with a copula of identity, the whole of the sentence before its
# first count (an approximator may stand between); no launch of its own (attribute.reading: the number of a
# downing told just before with none, else no count of the attack)
# ("Eventually they turned out to be …": up to two words before a copula that tells nothing but identity; the
# plain "they were", "it was" only opening the sentence, as "This time it was 40 drones" may tell the attack's size)
IDENTITY_BEFORE = (r"[\s«»\"“”„'‘’(\-–—]*(?:(?:[^\W\d_]+,?\s+){0,2}?(?:they|these|those|it|this)\s+(?:all\s+)?"
                   r"(?:(?:turned\s+out|proved)\s+to\s+be|proved)|(?:they|these|those|it|this)\s+(?:all\s+)?(?:were|was))"
                   r"\s+(?:all\s+)?(?:[^\W\d_]+\s+)?")
# What opens the clause after "another N —" when it tells no agent of a downing left out ("another two — still
# in the air", "— over the sea", "— fell in a field", "— decoys"): a preposition of place or state, an adverb of
# state, a negation, a kind of target (mentions._join_more_downed; NOT_ATTACK_COUNT is asked of the clause too)
GAPPED_NOT_AGENT = (r"(?:over|in|on|at|near|above|off|to|towards?|into|from|within|still|not|no|decoys?|dummies|"
                    r"imitat\w*|fell|crashed|landed|hit|struck|went|flew|reached)")
