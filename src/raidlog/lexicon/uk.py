"""Ukrainian: the words of Air Force summaries, regional commands, oblast
military administrations and Ukrainian-language news.

As in Russian, counts and places are inflected and looked up by dictionary
form through pymorphy3 (``MORPH_LANG``); numerals and names are listed in the
nominative, verbs and nouns match their endings with ``\\w*``.
"""

from __future__ import annotations

MORPH_LANG = "uk"

NUMBER_JOINERS: set[str] = set()  # (English "one hundred and twenty-two"; a space or a dash joins any)
NUMBER_WORDS = {
    "нуль": 0, "один": 1, "одна": 1, "одне": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4,
    "п'ять": 5, "шість": 6, "сім": 7, "вісім": 8, "дев'ять": 9, "десять": 10,
    "одинадцять": 11, "дванадцять": 12, "тринадцять": 13, "чотирнадцять": 14,
    "п'ятнадцять": 15, "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18,
    "дев'ятнадцять": 19, "двадцять": 20, "тридцять": 30, "сорок": 40, "п'ятдесят": 50,
    "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90, "сто": 100,
    "двісті": 200, "триста": 300, "чотириста": 400, "п'ятсот": 500, "шістсот": 600,
    "сімсот": 700, "вісімсот": 800, "дев'ятсот": 900, "тисяча": 1000, "обидва": 2, "обидві": 2,
    # collective numerals: "поранено двох людей" reads "двоє" in the dictionary
    "двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "дев'ятеро": 9, "десятеро": 10,
}
# nouns of a round number, form: (value, counts alone). The singular counts alone ("близько десятка",
# "атакував сотнею БпЛА"); the plural only after a numeral ("два десятки", "п'ятьма десятками",
# "три сотні"): "сотні дронів" alone is "hundreds", not a count
ROUND_NOUNS = {
    "десяток": (10, True), "десятка": (10, True), "десятком": (10, True), "десятку": (10, True),
    "десятки": (10, False), "десятків": (10, False), "десятками": (10, False),
    "сотня": (100, True), "сотню": (100, True), "сотнею": (100, True),
    "сотні": (100, False), "сотень": (100, False), "сотнями": (100, False),
    "півсотні": (50, True), "півсотню": (50, True), "півсотнею": (50, True),
    # "близько дюжини", "дві дюжини", "півдюжини безпілотників збито" (half a dozen)
    "дюжина": (12, True), "дюжину": (12, True), "дюжини": (12, True), "дюжиною": (12, True), "дюжин": (12, False),
    "півдюжини": (6, True), "півдюжину": (6, True), "півдюжиною": (6, True),
}
ONE_AND_A_HALF = r"півтор[аи]"
# a word that takes the genitive before a round noun whose plural is also its genitive singular: then that
# form counts alone ("близько сотні ракет" = about a hundred; "сотні ракет" alone is "hundreds")
ROUND_NOUN_GENITIVE_BEFORE = r"(?:близько|біля|більше|менше|до|щонайменше|не\s+менше|не\s+більше)"
ROUND_NOUN_GENITIVES = frozenset({"сотні"})  # (the plurals of ROUND_NOUNS that are also its genitive singular)
# words that make the count after them a rounded figure ("over 100 drones" in a lead, "103" in the body)
APPROX_BEFORE = r"(?:більш\s+ніж|більше\s+ніж|понад|більше|близько|біля|майже|приблизно|до|щонайменше|не\s+менше|як\s+мінімум)"
NUMBER_MULTIPLIERS: frozenset[str] = frozenset()  # (English "two dozen"; inflected numerals by their forms)
# digits in thousands: "понад 100 тис. дронів", "4,5 тисячі" (the number's span takes the word)
THOUSANDS_AFTER = r"(?:тис\.|тисяч\w*)"
HALF_OF_BEFORE = r"(?<![\w'’])пів\s+$"  # "пів сотні" written apart (as "півсотні"; "півтора": ONE_AND_A_HALF)
# one weapon without a number ("збили ворожий безпілотник"): singular forms only (БпЛА may be plural)
# ("збили ворожий дрон-розвідник", "знищили розвідувальний безпілотник": a reconnaissance drone, one)
# ("ударний БпЛА типу «Shahed» було знищено": the abbreviation after the phrase's own singular adjective)
# (the instrumental too: "атакував 40 ударними БпЛА та балістичною ракетою Іскандер-М")
# ("над Святошином збили «Шахед»": the model's name in quotes, one)
# (a feminine adjective in the nominative too: "балістична ракета летіла на …", "крилату ракету" already)
SINGLE_WEAPON = (r"(?:(?:(?:ударн|розвідувальн)(?:ий|ого|им)\s+|[а-яіїєґ'’]+(?:ною|тою|ну|ту|на|та)\s+)?(?:безпілотник|безпілотника|безпілотником|дрон|дрона|дроном|(?:авіа)?(?:ракету|ракета|ракетою)|шахед|шахеда|шахедом"
                 r"|шахед[»\"”]"
                 # (after the noun of a downing, "ракети" is the genitive singular: "повідомили про збиття ракети")
                 r"|(?:(?<=збиття\s)|(?<=знищення\s)|(?<=перехоплення\s))ракети)"
                 r"(?:-розвідник(?:а|ом)?|-камікадзе)?|"  # ("дрон-камікадзе «Шахед»": one)
                 # ("було збито безпілотний літальний апарат": the abbreviation spelt out, as Russian's)
                 r"безпілотн(?:ий|им|ому|ім)\s+літальн(?:ий|им|ому|ім)\s+апарат(?:ом|і)?|"
                 r"(?:ударн|розвідувальн)(?:ий|ого)\s+(?:БпЛА|БПЛА)|(?:БпЛА|БПЛА)-розвідник(?:а|ом)?)(?![\w-])(?:\s.*)?")
SINGLE_WEAPON_BEFORE = r""  # whatever stands before it
INSTRUMENTAL_ONE = ATTACK_BEFORE_INSTRUMENTAL = r"(?!)"  # (Russian "атаковал … ракетой": one only after an attack's verb)
# "На Хмельниччині та Полтавщині збили по крилатій ракеті": "по" and a weapon in the dative singular,
# without a number, is one over each of the places named
ONE_EACH_WEAPON = r"(?:[а-яіїєґ'’-]+(?:ій|ому)\s+)?(?:ракеті|безпілотнику|дрону|шахеду)(?![\w-])(?:\s.*)?"
# "збито ворожий БпЛА": the abbreviation (singular or plural alike) is one after a singular adjective
SINGLE_ABBREVIATION = r"(?:БпЛА|БПЛА)(?![\w-])(?:\s.*)?"
# one target of unknown kind, in the singular: "ППО знищила ворожу повітряну ціль над містом", "збили ворожу ціль"
SINGLE_TARGET = r"(?:повітрян\w*\s+)?ціль|повітрян\w*\s+об'єкт"  # ("Повітряний об'єкт знищено")
SINGLE_ABBREVIATION_BEFORE = r"\b(?:один|одного|[а-яіїєґ']+(?:ий|ого))\s+[«\"]?"
# ("БпЛА був збитий над Сумщиною": before a singular participle)
SINGLE_ABBREVIATION_AFTER = r"\s+(?:був\s+)?(?:збитий|знищений|перехоплений|уражений)(?![\w-])"
# debris of one, or the attack of one: not one destroyed
# ("через падіння збитого дрона виникла пожежа": where one fell, not one more destroyed)
NOT_ONE_WEAPON_AFTER = r"(?:улам(?:ок|к\w*)|фрагмент\w*|рештк\w*|падінн\w*)\s+(?:\S+\s+){0,4}|атак\w*\s+(?:\S+\s+){0,1}"
# a picture of one downing right before the weapon ("оприлюднив відео збиття дрона", "на кадрах видно, як збивають
# безпілотник"): an illustration, no count claimed; where it was downed stays a place. A picture OF the downing: "як"
# right after it, or a word of what it shows (the downing's noun, a verb of showing) between it and the weapon; a video
# the teller speaks in ("у відеозверненні голова ОВА сказав, що … збито ракету") pictures nothing
PICTURE_OF = (r"(?<!\w)(?:відео(?!зверн|зв'яз|зв’яз|конференц|дзвін|блог)\w*|кадр\w*|ролик\w*)[,:]?\s+"
              r"(?:(?:\S+\s+)?як\s+|(?:\S+\s+){0,3}?(?:збитт|збива|знищенн|перехопл|ураженн|падінн|прил[іь]от|"
              r"політ|вибух|робот|показ|зафіксува|зня|видн|влучанн|удар|атак)\w*[,:]?\s+)(?:\S+\s+){0,3}")
# a single weapon downed, told only as what it then did ("збитий дрон упав на склад", "уражений шахед влучив у
# будинок"): a hit or debris, no count of one claimed (see en.NOT_ONE_WEAPON_BEFORE)
NOT_ONE_WEAPON_BEFORE = r"\s+(?:потім\s+)?(?:впав|упав|влучив|поцілив|пошкодив|врізався)\b"  # (English also "a drone attack")
WEAPON_ADJUNCT_HEAD = r"(?!)"  # (English "two missile strikes"; here the adjective "ракетних" is no weapon word)
# what a bare count counts when it is no weapon: "дрони атакували два автомобілі", "три села", "12 разів"
OTHER_COUNTED = (r"\s+(?:[\w'-]+\s+){0,2}?(?:автомобіл\w*|машин\w*|вантажівк\w*|автобус\w*|сел(?:а|о)?|сіл|"
                 r"селищ\w*|населен\w*\s+пункт\w*|будин(?:ки|ків|ок)|будівл\w*|підприємств\w*|рази|разів|бомбардувальник\w*|"
                 r"літак(?:а|и|ів)?|ракетонос\w*|корабл\w*|кораб\w*|фрегат\w*|"
                 # (military things and stores, as English "two depots": "знищивши два склади", "три танки")
                 r"склад(?:и|ів)?|сховищ\w*|нафтобаз\w*|ангар\w*|танк(?:и|ів)?|бронемашин\w*|радар\w*|РЛС|"
                 r"позиці(?:ї|й)|командн\w*\s+пункт\w*|гаубиц\w*|гелікоптер\w*|вертол[іь]\w*|"
                 r"\w*завод\w*|фабрик\w*|НПЗ|підстанці\w*)\b")
# the verb of a stock or an output right before its count ("Росія виробляє 2700 шахедів на місяць", "фрегат
# несе 16 ракет"): what is made or carried, no count of the night (nor the part "з них" after it)
# the word before a count of carriers the weapons were launched from ("40 ракет з 10 бомбардувальників Ту-95, 32 з
# них збито"): "з них" after it are the weapons', not the carriers'
CARRIERS_FROM = r"(?<![\w'’])(?:з|із)"
# the target a weapon was fired at, told right after it ("a cruise missile at the city of …, and 14 drones")
STRUCK_AT = r"(?<![\w'’])(?:по|на)"
STOCK_BEFORE = (r"(?<![\w'’])(?:виробля(?:є|ють|ла|ли|в)|вироби(?:ла|ли|в)|виготовля\w*|виготови\w*|несе|несуть|"
                r"має|мають|володіє|(?:озброєн|оснащен)\w*)")
# one weapon on its way, the verb in the singular: "відбито атаку дрона, що летів на Київ" is one downed
ONE_HEADING_AFTER = r"[\s,]*(?:(?:що|який)\s+)?(?:летів|прямував|летіл(?:ого|ий))\s"
# a link to another story, with numbers of its own: a sentence apart, never a claim
# ("До теми росія вдарила по …": a link with no colon, the other story's headline right after it)
# (and a photo credit line, "фото: Генштаб ЗСУ/Facebook": who took the picture, no voice of the story)
# the label of a photo credit or caption: "Фото:", "Ілюстративне фото:", "Ілюстрація:"
PHOTO_LABEL = r"(?:(?:ілюстративне\s+)?фото|ілюстрація)\s*:"
# a link's label glued to the sentence before it on the same line, as a page's scrape leaves it ("… in the
# region.Read also: …"): only the label with its colon, never a caption
CROSS_LINK_GLUED = r"(?:Читайте також|Дивіться також)\s*:"
# (the other story's headline may open with a quotation: "Дивіться також «Дрон влучив у будинок»: у …")
CROSS_LINK = (r"(?:(?:Читайте також|Дивіться також|Читайте ще)(?:\s*:|\s+[«\"“„']?(?-i:[А-ЯІЇЄҐ]))|До теми\s"
              # (a teaser line, its label glued to the other story's headline: "Зауважте У Повітряних силах
              # показали …"; not "Зауважте, що …", the story's own aside)
              r"|Зауважте\s+(?-i:[А-ЯІЇЄҐ])"
              rf"|(?:{PHOTO_LABEL})[^\n]{{0,80}}$"
              # (a caption line that its credit closes after the caption's full stop, "Кличко оглядає вирву. Фото: …": the scene of a
              # picture and who is in it, no teller of the story's figures)
              rf"|[^\n]{{0,200}}[.!?][ \t]+(?:{PHOTO_LABEL})[^\n]{{0,80}}$"
              # (a caption line, its credit in brackets at its end: "Наслідки атаки (Фото: …)")
              rf"|[^\n]{{0,200}}\((?:{PHOTO_LABEL})[^\n()]{{0,80}}\)[ \t]*$"
              # (a caption line closed by "(архівне фото)": an earlier day's picture, no event of the story)
              r"|[^\n]{0,200}\((?:(?:архівне|ілюстративне)\s+фото|фото\s+(?:з\s+архіву|архівне|ілюстративне))[^\n()]{0,80}\)[ \t]*$"
              # (a gallery's caption, "Наслідки прильоту у Львові - фото 1", and one its source closes with a
              # slash, "Наслідки прильоту у Львові / ДСНС": the scene of a picture, no event of the story)
              r"|[^\n.!?]{0,200}\s[-–—]\s*фото\s*\d*[ \t]*$|[^\n.!?]{0,200}\s/\s*(?-i:[А-ЯІЇЄҐA-Z])[^\s/.!?]{1,30}[ \t]*$)")
LINKED_HEADLINE = r"(?!)"  # (English "…, Air Force says" amid the body)
# a line that is only a heading of other stories: everything after it is their teasers ("Check Also")
# words no sentence ends with: a line that ends with one goes on ("знешкодили 18 БпЛА над\nМиколаївщиною")
LINE_GOES_ON = r"(?:в|у|на|над|під|по|з|із|зі|до|від|за|при|для|і|й|та|а|але|або|що|біля|понад)"
MORE_STORIES = r"(?:Схожі новини|Інші новини|Новини по темі)"
SAME_AS_PREVIOUS = r"стільки\s+ж(?:е)?"
# a case ending written after digits: "147-ма ударними БпЛА", "18-ти дронів" (not ordinals: "7-й"),
# the instrumental's whole tail too: "4-рма ракетами" (чотирма), "12-тьма" (дванадцятьма), "6-стьма"
NUMBER_CASE_SUFFIX = r"(?:ма|ми|ти|ох|ьох|ома|ьома|ю|х|рма|рьома|тьма|стьма|ьма|тьома)"
# the ending of a count that ends in "one" ("81-го ударного БпЛА" = вісімдесяти одного), which the
# ordinals share: read only for 21, 31, … and never before a month ("21-го вересня")
NUMBER_ONE_SUFFIX = r"(?:го|му|м)"  # (and "141-м ударним БпЛА" = ста сорока одним)
# (English bare "rockets": missiles as often as a launcher's; here "ракети" are missiles)
ROCKETS_UNTOLD = r"(?!)"
# a count's weapon word with no model or kind of its own ("сім ракет"): the rockets an MLRS fired when
# the next sentence (or the one before) tells the attack's rockets as an MLRS's with no count of their own
MISSILES_BARE = r"ракет\w*"
DASHED_NUMBER = r"(?!)"  # (English "The largest number-41-were shot down")
# ("два дрони над Кримом і третій над Харківщиною": the ordinal after "і", one more; English "and another over the Kaluga region")
ONE_ALONE = r"(?:(?<=\sі\s)|(?<=\sй\s)|(?<=\sта\s)|(?<=\sа\s))(?:друг|трет|четверт|п['’ʼ]ят)(?:ий|ій)(?=\s+над\s)"

MONTHS = {
    "січня": 1, "січень": 1, "лютого": 2, "лютий": 2, "березня": 3, "березень": 3,
    "квітня": 4, "квітень": 4, "травня": 5, "травень": 5, "червня": 6, "червень": 6,
    "липня": 7, "липень": 7, "серпня": 8, "серпень": 8, "вересня": 9, "вересень": 9,
    "жовтня": 10, "жовтень": 10, "листопада": 11, "листопад": 11, "грудня": 12, "грудень": 12,
}
# the days of the week in their cases (see lexicon.en): "у п'ятницю, 6 червня", "6 червня (п'ятниця)"
WEEKDAYS = {"понеділок": 0, "понеділка": 0, "вівторок": 1, "вівторка": 1, "середа": 2, "середу": 2, "середи": 2,
            "четвер": 3, "четверга": 3, "п'ятниця": 4, "п'ятницю": 4, "п'ятниці": 4, "п’ятниця": 4, "п’ятницю": 4,
            "п’ятниці": 4, "пʼятниця": 4, "пʼятницю": 4, "пʼятниці": 4, "субота": 5, "суботу": 5, "суботи": 5,
            "неділя": 6, "неділю": 6, "неділі": 6}

# the model numbers after the name, both of them or one: "Shahed-131/136", «Шахед-136»
_SHAHED_MODEL = r"(?:[-–]1[0-9]{2}(?:/1[0-9]{2})?[»\"]?)?"
_D = r"(?:ударн\w*\s+)?(?:БпЛА|БПЛА|безпілотн\w*(?:\s+літальн\w*\s+апарат\w*)?|безпілотник\w*|дрон\w*|квадрокоптер\w*)(?:-камікадзе)?"
# targets struck on the ground of either side, its army's own strikes ("уражено 130 цілей на території України", the Russian
# ministry's retold, and the General Staff's "уражено 12 цілей на території Росії"): no weapons counted, no downing (a plain "цілі", or air targets, are the air defence's)
GROUND_TARGETS = r"ціл(?:ей|і|ь|ями)\s+(?:противника\s+|ЗСУ\s+)?на\s+території\s+(?:України|Росії|РФ)\b"
WEAPONS: list[tuple[str, str, str | None]] = [
    # drone boats ("три безекіпажні катери", "морськими дронами", "катер-камікадзе"): drones of a model of their own,
    # as the golds count them (not a plain "катер", crewed or not told)
    (r"(?:морськ\w*\s+)?(?:безекіпажн\w*|безпілотн\w*)\s+(?:надводн\w*\s+)?(?:катер\w*|човн\w*|судн\w*|плавзас\w*)|"
     r"(?:морськ\w*|надводн\w*)\s+(?:ударн\w*\s+)?(?:безпілотник\w*|дрон\w*)|(?:катер\w*|човн\w*)-(?:безпілотник\w*|дрон\w*|камікадзе)|БЕК(?:а|ів|и|ами)?",
     "drone", "naval drone"),
    (_D, "drone", None),
    (r"FPV-?дрон\w*|FPV", "drone", "FPV"),
    # ("Шість апаратів збито засобами ППО": the bare word, only right before its downing)
    (r"апарат\w*(?=\s+(?:бул\w*\s+)?(?:збит|знищ|перехоплен|подавлен|заглуш|нейтралізован|знешкод))", "drone", None),
    # ("ще по одному пристрою — над Сумщиною та Полтавщиною": the device word of a list, only where it is told
    # downed or placed over a region; not "вибуховий пристрій знешкоджено")
    (r"пристро\w*(?=\s+(?:бул\w*\s+)?(?:збит|перехоплен)|\s*[—–-]\s*над\s)", "drone", None),
    # (not the targets struck on the ground, the Russian ministry's own strikes retold: GROUND_TARGETS)
    (rf"повітрян\w*\s+ціл(?:ей|і|ь|ями)|(?!{GROUND_TARGETS})ціл(?:ей|і|ь|ями)|засоб\w*\s+повітряного\s+нападу|повітрян\w*\s+об'єкт\w*|"
     # ("запустила 629 дронів і ракет": the attack's weapons of both kinds, one count, no drones' own)
     # ("атакували 84 дронами і ракетами": the same, as the means of an attack; an adjective may come between,
     # a number word may not: "64 дронами і двома ракетами" is two counts)
     r"(?:дронів|безпілотників|БпЛА|БПЛА)\s+(?:і|та|й)\s+(?:[^\W\d]+(?:их|ими)\s+)?ракет(?![\w'’])|"
     r"ракет\s+(?:і|та|й)\s+(?:[^\W\d]+(?:их|ими)\s+)?(?:дронів|безпілотників|БпЛА|БПЛА)(?![\w'’])|"
     r"(?:дронами|безпілотниками|БпЛА|БПЛА)\s+(?:і|та|й)\s+(?:[^\W\d]+(?:их|ими)\s+)?ракетами|ракетами\s+(?:і|та|й)\s+(?:[^\W\d]+(?:их|ими)\s+)?(?:дронами|безпілотниками|БпЛА|БПЛА)(?![\w'’])", "unknown", None),
    # (and the spelling of 2022 posts: "вісім «Шахідів»")
    (rf"{_D}\s+(?:типу\s+)?[«\"]?(?:Shahed|Шахед|Шахід)[»\"]?{_SHAHED_MODEL}|[«\"]?(?:Shahed|Шахед|Шахід)\w*[»\"]?{_SHAHED_MODEL}",
     "drone", "Shahed"),
    (rf"(?:{_D}\s+типу\s+)?[«\"“]?Гер[ае]н\w*(?:-2)?[»\"”]?", "drone", "Geran"),  # "БпЛА типу «Герань-2»"
    (r"[«\"]?Гербер\w*[»\"]?", "drone", "Gerbera"),
    (r"дрон\w*-імітатор\w*|безпілотник\w*-імітатор\w*|імітатор\w*", "drone", "decoy"),
    # ("ще 3 розвідувальні дрони": reconnaissance drones, a kind of their own beside the strike drones)
    (rf"розвідувальн\w*\s+{_D}", "drone", "reconnaissance"),
    # ("збили ворожий дрон-розвідник": the compound names the kind as the adjective does)
    (r"(?:дрон\w*|безпілотник\w*|БпЛА|БПЛА)-розвідник\w*", "drone", "reconnaissance"),
    (r"керован\w*\s+авіа(?:ційн\w*\s+)?бомб\w*|авіабомб\w*|КАБ\w*|ФАБ\w*|УАБ", "guided_bomb", None),
    (r"(?:балістичн\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?(?:Іскандер|Искандер)-?М?[»\"]?|[«\"]?Іскандер\w*-?М?[»\"]?|KN-23", "missile", "Iskander-M"),
    (r"(?:крилат\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?Х-101[»\"]?|Х-101|Kh-101", "missile", "Kh-101"),
    (r"(?:крилат\w*\s+|керован\w*\s+)?(?:авіа)?ракет\w*\s+(?:типу\s+)?[«\"]?Х-(?:59|69)(?:/69)?[»\"]?|Х-(?:59|69)(?:/69)?", "missile", "Kh-59"),
    (r"(?:крилат\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?Х-22[»\"]?|Х-22", "missile", "Kh-22"),
    (r"(?:керован\w*\s+|протирадіолокаційн\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?Х-31(?:П|ПД|А)?[»\"]?|Х-31(?:П|ПД|А)?", "missile", "Kh-31"),
    (r"(?:протикорабельн\w*\s+|крилат\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?Х-35(?:У)?[»\"]?|Х-35(?:У)?", "missile", "Kh-35"),
    (r"(?:крилат\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?Калібр\w*[»\"]?|[«\"]?Калібр\w*[»\"]?", "missile", "Kalibr"),
    (r"(?:аеробалістичн\w*\s+)?ракет\w*\s+(?:типу\s+)?[«\"]?Кинджал\w*[»\"]?|[«\"]?Кинджал\w*[»\"]?", "missile", "Kinzhal"),
    # the Ukrainian and Western missiles, by model as ru and en name them ("9 ракет «Нептун», дві ракети HARM")
    (r"(?:оперативно-тактичн\w*\s+|балістичн\w*\s+)?ракет\w*\s+[«\"]?ATACMS[»\"]?|ATACMS", "missile", "ATACMS"),
    (r"(?:(?:американськ\w*\s+)?протирадіолокаційн\w*\s+)?ракет\w*\s+[«\"]?HARM[»\"]?|HARM", "missile", "HARM"),
    (r"(?:крилат\w*\s+)?ракет\w*\s+(?:великої\s+дальності\s+)?[«\"]?(?:Storm Shadow|Шторм Шедоу)[»\"]?|Storm Shadow", "missile", "Storm Shadow"),
    (r"(?:протикорабельн\w*\s+|крилат\w*\s+|далекобійн\w*\s+)?ракет\w*\s+(?:великої\s+дальності\s+)?[«\"]?Нептун\w*[»\"]?(?:-МД|-Д)?|[«\"]?Нептун\w*(?:-МД|-Д)?[»\"]?", "missile", "Neptune"),
    (r"(?:крилат\w*\s+)?ракет\w*\s+[«\"]?(?:Фламінго|Flamingo)[»\"]?|[«\"](?:Фламінго|Flamingo)[»\"]", "missile", "Flamingo"),
    (r"реактивн\w*\s+снаряд\w*(?:\s+(?:РСЗВ\s+)?HIMARS)?", "rocket", None),
    # ("збито дві ракети HIMARS", "ракети РСЗВ «Вільха»": a launcher's rockets, not missiles)
    (r"(?:(?:реактивн\w*\s+)?снаряд\w*|ракет\w*)\s+(?:(?:РСЗВ|РСЗО)\s+)?[«\"]?HIMARS[»\"]?", "rocket", "HIMARS"),
    # (the bare name only in quotes: "Вільха" is a tree and villages too)
    (r"(?:(?:(?:реактивн\w*\s+)?снаряд\w*|ракет\w*)\s+(?:(?:РСЗВ|РСЗО)\s+)?[«\"]?(?:Вільх[аиуі]|Вильх[аиуі]|Ольх[аиуі]|Vilkha|Olkha)[»\"]?"
     r"|[«\"](?:Вільх[аиуі]|Вильх[аиуі]|Ольх[аиуі])[»\"])",
     "rocket", "Olkha"),
    (r"(?:ракет\w*|снаряд\w*)\s+(?:РСЗВ|РСЗО)(?:\s+[«\"](?:Град|Ураган|Смерч)[»\"])?|(?:ракет\w*|снаряд\w*)\s+[«\"](?:Град|Ураган|Смерч)[»\"]",
     "rocket", None),
    (r"(?:зенітн\w*\s+)?(?:керован\w*\s+)?ракет\w*\s+(?:типу\s+|комплексу\s+|ЗРК\s+)?[«\"]?[СS]-300[»\"]?|[«\"]?[СS]-300[»\"]?", "missile", "S-300"),
    # (never an adjective or a carrier: "два ракетних удари", "зенітні ракетні комплекси", "4 ракетоносії")
    # (and its model named in quotes after "типу"/"комплексу", one weapon phrase: "ракету комплексу «Точка-У» і
    # вісім реактивних снарядів" is one missile beside the launcher's rockets)
    (r"(?:керован\w*\s+|крилат\w*\s+|балістичн\w*\s+|зенітн\w*\s+|аеробалістичн\w*\s+)*(?:авіа)?ракет(?!н|онос|ч)\w*"
     r"(?:\s+(?:типу|комплексу)\s+[«\"][^«»\"\n]{1,30}[»\"])?", "missile", None),
]
# any adjective by its ending ("ще один іранський дрон-камікадзе"); a noun of the same ending ("дві
# будівлі", "області") is no adjective: breakdown.py asks the dictionary of each word it matched
# (a compound's first part before it: "дві оперативно-тактичні ракети", "три важкі ударні" is two words)
WEAPON_ADJECTIVE_ENDING = r"(?:[а-яіїєґ']+о-)?[а-яіїєґ']+(?:ими|их|ій|ий|ої|ого|ому|і)"
WEAPON_ADJECTIVES = (
    # ("5 з 5 запущених на Київ крилатих ракет", "15 випущених Росією ракет": the participle with its
    # target or its agent)
    r"(?:ворож\w*|ударн\w*|російськ\w*|українськ\w*|різн\w*\s+тип\w*|різн\w*|розвідувальн\w*|(?:аеро)?балістичн\w*|крилат\w*|"
    # (a missile's kind with the noun left out: "одну балістичну «Іскандер-М»")
    # (and an attributive one with two words of its phrase: "41 з 60 запущених сьогодні росією ракет"; not "з кораблів у …")
    r"(?:запущен|випущен|спрямован)(?:их|ими|ий|ого)(?:\s+(?!(?:з|із|зі|від|у|в)\b)[\w'-]+){2}|"
    r"(?:запущен|випущен|спрямован)\w*\s+(?:(?:на|по)\s+)?[\w'-]+|"
    # ("37 авіаударів, зокрема 29 із застосуванням безпілотників": a strike count told by the weapon it used, one
    # weapon each, so as many weapons came)
    r"(?:із|з)\s+застосуванням|(?:із|з)\s+використанням|"
    # (and the singular's "ще один іранський дрон-камікадзе", "один старий безпілотник")
    rf"{WEAPON_ADJECTIVE_ENDING})"
)
WEAPON_PARTICIPLES_BEFORE = r"(?!)"  # (English "60 detected drones"; the participles are among WEAPON_ADJECTIVES here)

# a weapon not getting through, after "жоден з …" ("Жоден з них не долетів до цілі": all downed)
_NONE = r"(?:жод(?:ному|ний|на|ної|ній|ного|ен)|ні\s+(?:одному|один|одна|одній|одного))"
GOT_THROUGH = (r"не\s+(?:вдалося\s+|змогл?\w*\s+)?"
               r"(?:долет\w*|досяг\w*|досягти|прорва\w*|влучи\w*|влучил\w*|уразити|дійти|дійш\w*)")
# "Жоден з них не долетів до цілі" after a count launched: all of them downed, as "всі вони були збиті" (with no
# count of its own; the count after "жоден з 12 дронів" is DESTROY's)
NONE_OF_THEM = rf"\b{_NONE}\s+(?:з|із|зі)\s+(?:них|цих)\s+(?:[\w'’-]+\s+){{0,2}}?{GOT_THROUGH}\b"
# the words after NONE_OF_THEM's verb up to the place not reached ("None of them reached Kyiv"): its target
GOT_THROUGH_TO = r"(?:(?:до|в|у|на)\s+)?"

# the count right after the noun of an attack, in the genitive ("атаку дев'яти дронів", "… атаку за участю 30 БпЛА")
_ATTACK_COUNT_AHEAD = (r"\s+(?:за\s+участю\s+)?(?:(?:понад|близько|майже)\s+)?"
                       rf"(?:\d|(?:{'|'.join(NUMBER_WORDS)}|двох|трьох|чотирьох|[\w'’]+(?:яти|ести|еми|ьми))\b)")  # ("дев'яти")
DESTROY = (
    r"(?:збито(?:/подавлено)?|збили|збивши|збив|збил\w*|збит\w*|збива\w*|знешкод\w*|знищено|знищили|знищив|знищ\w*|подавлено|(?<!засоби\s)(?<!засобами\s)(?<!засобів\s)подавлен\w*|подавил\w*|"
    # (not the means named: "над містом працюють ППО та засоби придушення" tells no jamming done)
    r"заглушен\w*|заглушил\w*|(?<!засоби\s)(?<!засобами\s)(?<!засобів\s)придушен\w*|придушил\w*|"  # ("ще три заглушено засобами РЕБ", "придушено": jammed, as "подавлено")
    r"перехоплен\w*|перехопил\w*|нейтралізовано|нейтралізува\w*|уражено|"
    # ("сили ППО відбили атаку дев'яти дронів", "… атаку за участю дев'яти дронів": as the Russian "отразили атаку";
    # only with its count: "відбили атаку ворожих безпілотників" tells no downing of its own)
    rf"відбил\w*\s+(?:[\w'’]+\s+)?атак\w*(?={_ATTACK_COUNT_AHEAD})|"
    # ("сили ППО відбили 12 ракет у повітрі": the weapons themselves repelled, a count right after the verb;
    # not "відбили п'ять атак", a count of attacks, no weapon)
    rf"відбил[иа]?(?=\s+(?:[\w'’-]+\s+)?(?:(?:понад|близько|майже)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b))|"
    # ("сили ППО виявили та уразили близько десятка ракет", as "уражено"; never the weapons a strike was
    # made with, in the instrumental: "уразили двома ракетами НПЗ" destroyed no missile)
    r"(?:у|в)раз(?:ил\w*|ив)(?!\s+(?:[\w'-]+\s+){0,2}?[\w'-]*(?:ами|ями)\b)|підтверджено\s+збиття\w*|(?<=[Єє]\s)збиття\b|ліквідова\w*|"
    # ("Є збиття.": there are downings, an official's formula of no count and no weapon word; see DOWNINGS_TOLD)
    # ("оборонці неба ліквідували 15 з них"; never a fire or the aftermath put out: "ліквідували пожежу",
    # "пожежа, яку вже ліквідували.": the verb ends its clause)
    # officials' slang: "захисники приземлили 5 шахедів", "мобільні групи мінуснули 3 дрони", "зенітники
    # вполювали два розвідники" (hunted down), "оборонці відмінусували два дрони"
    r"приземлил\w*|приземлено|мінуснул\w*|відмінусува(?:ли|в|ла|но)\b|[ву]полюва(?:ли|в|ла|но)\b|"
    # ("три посаджено засобами РЕБ", "два посадили за допомогою РЕБ", "ще 19 змогли посадити засобами РЕБ": forced down by electronic warfare, as
    # "подавлено"; not a plane that landed)
    # (and after "змогли": "ще 12 змогли посадити/подавити засобами РЕБ"; not "не змогли", "не вдалося")
    r"(?:посаджен\w*|посадил\w*|(?<!не змогли )(?<!не вдалося )(?<!не вдалось )посадити|(?<!не змогли )(?<!не вдалося )(?<!не вдалось )подавити)(?=\s+(?:[\w'’-]+\s+){0,4}?(?:РЕБ|радіоелектронн))|"
    # (and the EW told first: "засобами РЕБ посадили два дрони")
    r"(?:засобами|силами|за\s+допомогою)\s+(?:радіоелектронної\s+боротьби|РЕБ)(?:\s*\(РЕБ\))?\s+(?:посадил\w*|посаджен\w*)|"
    # ("Жодному з 12 дронів не вдалося долетіти до цілі", "жоден з 8 шахедів не долетів": all of them downed,
    # the none the verb before the count)
    rf"{_NONE}(?=\s+(?:з|із|зі)\s+(?:[\w'’-]+,?\s+){{1,6}}?{GOT_THROUGH}\b)|"
    # ("перетворено на металобрухт керовану ракету", "ППО перетворила безпілотник на купу металобрухту")
    r"перетвор\w*(?=\s+(?:[\w'’«»\"-]+\s+){0,4}?на\s+(?:купу\s+)?металобрухт)|"
    r"ліквідува\w*(?!\s*(?:[.,;:!?)»\"”]|$))(?!\s+(?:пожеж|наслідк|загоранн|займанн|вогон|осередк)))"
)
# a count in the genitive after "близько/понад/майже" ("близько двадцяти дронів", "понад сорока"): the lookahead
# of the detection verbs below, whose NUMBER_WORDS are the nominative
_ABOUT_GENITIVE = (r"(?:близько|понад|майже|щонайменше|не\s+менше)\s+(?:двох|трьох|чотирьох|(?:п['’]ят|шест|дев['’]ят|десят|двадцят"
                   r"|тридцят|[^\W\d_]+надцят)и|семи|восьми|сорока|(?:п['’]ят|шест|сім|вісім)десяти|дев['’]яноста|ста|півтора)")
LAUNCH = (r"(?:(?:намага|спробува)\w*\s+атакувати|"
          # ("Аксьонов заявив про атаку дев'яти безпілотників", "після атаки 12 дронів": an attack told of, or
          # the time of one, with its count, the ones that came)
          rf"(?:(?:повідоми\w*|повідомля\w*|заяви\w*|заявля\w*|розпові\w*|інформу\w*|каж\w*)\s+про|після|під\s+час|внаслідок)"
          rf"\s+(?:[\w'’-]+\s+)?атак[уи](?={_ATTACK_COUNT_AHEAD})|"
          # ("до десятка шахедів заходили на Київ з різних напрямків": came in on their target, as launched at it)
          r"заход(?:ил\w*|ив|ять)(?=\s+(?:на|в|у|з|із)\s)|атакував\w*|атакувал\w*|запустив\w*|запустил\w*|запущен\w*|випусти\w*|випущен\w*|застосува\w*|застосовува\w*|застосован\w*|використа\w*|використан\w*|використову\w*|задія\w*|скерува(?!\w*с[яь]\b)\w*|скерован\w*|(?:завдав|завда|здійсни)\w*\s+(?:\w+\s+)?удар\w*|(?:за)?пуск(?:и|ів)(?!\s+(?:здійсню\w*|здійснювал\w*|провод\w*|велися|відбува\w*))|"
          # ("ворог здійснив запуск 40 ударних дронів", "здійснив пуск двох ракет": the launch as a noun)
          r"здійсни\w*\s+(?:за)?пуск\w*|"
          # ("в атаці брали участь 45 БпЛА", "було залучено 90 безпілотників"): the weapons of the attack
          r"(?:бра\w*|взя\w*|бере|беруть)\s+участь|залучен\w*|залучи\w*|залуча\w*|"
          # (slang: "росіяни вгатили по Україні 70 дронами")
          r"вгатил\w*|вгатив|гатил\w*(?=\s+(?:по|\d))|"
          # ("ворог вистрілив 4 ракети", "вдарив по Миколаївщині 12-тьма ракетами": fired, struck at with)
          r"вистр[іе]ли(?:в|ла|ли)\b|вдари(?:в|ла|ли)(?=\s+по\s)|"
          # ("Росія вдарила по Україні 65 дронами": struck at, with the weapons after)
          r"вдари\w*(?=\s+по\s)|вдарил\w*(?=\s+по\s)|"
          # ("повітряний напад складався зі 120 дронів та 7 ракет": the weapons of the attack)
          r"(?:напад\w*|атак\w*|удар\w*)\s+(?:[\w'’-]+\s+){0,2}?склада\w*\s+(?:з|із|зі)\b|"
          # ("Був удар і сьогодні: понад 240 дронів …", "вночі була атака: 50 шахедів …": the attack told as
          # there was one, and after its colon what it was made of)
          r"(?:був|була|було|були)\s+(?:[\w'’-]+\s+){0,2}?(?:напад|атака|удар)(?:\s+[\w'’-]+){0,3}?(?=\s*:)|"
          r"(?:напад|атака|удар)\s+(?:[\w'’-]+\s+){0,2}?(?:був|була)(?:\s+[\w'’-]+){0,3}?(?=\s*:)|"
          # ("було зафіксовано біля 20 ракет": recorded in the sky, as detected; "спрямували" but not "два з них
          # спрямувалися до Молдови", which way drones flew)
          r"спрямува(?!\w*с[яь]\b)\w*|спрямован\w*|(?:виявлено|зафіксовано)(?!\s+(?:та|і|й)\s+(?:знищ|збит|знешкод|подавл))|"
          # ("ППО зафіксувала 29 дронів", "радари виявили 14 ракет": the active verb, its count after it with no
          # clause's end between, what came, as the passive above; not "виявили та знищили 20", the downed told;
          # not the reflexive "ними виявилися три дрони", what they turned out to be)
          r"(?:(?:виявил|виявив)(?!\w*с[яь]\b)|зафіксува)\w*(?!\s+(?:та|і|й)\s+(?:знищ|збил|збит|знешкод|подавил))"
          # (a count of events is no count of weapons: "зафіксували 40 вибухів", "… 1200 випадків атак")
          rf"(?=\s+(?:[^\W\d_]+\s+){{0,4}}?(?:(?:(?:понад|близько|майже|до)\s+)?(?:\d+(?:[\s\u00a0]\d{{3}})*|(?:{'|'.join(NUMBER_WORDS)}))|{_ABOUT_GENITIVE})\b"
          r"(?!\s*(?:[^\W\d_]+\s+)?(?:випад|вибух|влучан|прил[іь]т|удар|атак|обстріл|пуск|порушен)))|"
          r"супровід|супроводжено|"
          # ("над регіоном фіксували рух двох ударних БпЛА": tracked in the sky, as detected)
          r"(?:за)?фікс\w*\s+(?:\w+\s+)?рух\w*|відстежува\w*\s+(?:\w+\s+)?рух\w*|"
          # ("на той час у повітряному просторі краю перебували 45 дронів", "перебували в повітряному просторі": what
          # was in the sky over the region, as detected)
          r"(?:повітрян\w+\s+простор\w*\s+(?:[\w'’-]+\s+){0,2}?)перебува\w*|перебува\w*\s+(?:у|в)\s+повітрян\w+\s+простор\w*)")
# ("ще 64 безпілотники було втрачено", "36 БПЛА були втрачені": the Air Force's "lost", the participle
# after its auxiliary, as "локаційно втрачено")
# (or "збито з курсу": turned off their course, not downed: "ще 40 БпЛА збиті з курсу (локаційно втрачені)")
# (or "ще 18 не досягли своїх цілей" after the downed count: the Air Force's lost ones, no downing)
LOST = r"(?:локаційно\s+втрачен\w*|не\s+досягл\w*\s+(?:своїх\s+|своєї\s+)?ціл\w*|(?:бул[оиа]|був)\s+втрачен\w*|зникл\w*\s+з\s+радар\w*|збит\w*\s+з\s+курсу)"
# the time or effort it took, before "щоб": the aim was reached ("знадобилося дві години, щоб збити всі 30
# шахедів"), no denied verb (see lexicon.ru)
AIM_DONE_BEFORE = r"(?:знадоби\w*|знадобило\w*|потрібно\s+було|забрало|пішл[оаи]|вистачило)\b[^.;:!?]{0,40}?,?\s*(?=щоб\b)"
# a destroy verb the sentence denies: "не вдалося збити лише два безпілотники", "дві ракети збити не
# вдалося" (the count is of those that got through, never of those destroyed)
NOT_DESTROYED = (r"(?:\bне\s+(?:вдал[ио]с[яь]\s+|змогл?и\s+)?(?:збити|знищити|вразити|перехопити|знешкодити|подавити)|"
                 # what air defence cannot down: "ракети, які не збиваються", "ми не можемо збивати такі
                 # цілі", "летить надто швидко, щоб її можна було збити"
                 r"\bне\s+(?:можемо|можуть|може|могли|змогли\s+б)\s+(?:\w+\s+)?(?:збивати|збити|перехоплювати|перехопити)|"
                 # an aim, not a downing: "щоб збити 500 запущених дронів" (but see AIM_DONE_BEFORE)
                 r"\bщоб\s+(?:\w+\s+){0,2}?(?:збити|збивати|перехопити|знищити)\b|"
                 # an attempt, not a downing: "військові намагалися збити дрон", "пробували його перехопити"
                 r"\b(?:намага|спробува|пробува)\w*\s+(?:[\w'’]+\s+){0,2}?(?:збити|збивати|перехопити|знищити)\b|"
                 r"\bне\s+збива\w*|\bщоб\s+(?:\w+\s+){0,2}?(?:мог\w*|змог\w*|можна\s+було)\s+(?:\w+\s+){0,2}?(?:збити|перехопити)|"
                 # (its object between: "збити ракету не вдалося", "збити її не вдалося")
                 r"(?:збити|знищити|вразити|перехопити|знешкодити|подавити)(?:\s+[\w'’-]+){0,2}?\s+не\s+(?:вдал[ио]с[яь]|змогл?и)|"
                 # (a passive denied: "жоден з 8 дронів не був збитий", "ракету не було перехоплено")
                 r"\bне\s+(?:бул[аои]?\s+|був\s+)?(?:збит|знищен|перехоплен|уражен|подавлен)\w*|"
                 # targets the army's own drone units struck on the ground, a chief's tally ("підрозділи
                 # безпілотних систем уразили понад 40 тисяч цілей"): no downing, no count of the downed
                 # (their downings stay: "підрозділи безпілотних систем збили 14 шахедів")
                 r"(?:підрозділ\w*|[Сс]ил\w*|оператор\w*|військ\w*)\s+(?:безпілотн\w*\s+(?:систем\w*|авіаційн\w*\s+комплекс\w*)|БпС|БпАК)\s+"
                 r"(?:[\w'’-]+\s+){0,3}?(?:у|в)раз(?:ил\w*|ив)\s+(?:[\w'’.,-]+\s+){0,5}?ціл(?:ей|і)|"
                 # a question, not a count: "майже 90 дронів: скільки з них знищено"
                 r"\bскільки\s+(?:(?:\w+\s+){0,2})?(?:збил[аио]|збито|знищил[аио]|знищено|знешкодил[аио]))\b")
# "22 дрони було збито", "57 з них удалося збити"
# a number of time or distance, no count: "в 5 км от", "2 часа назад"; nor are the targets struck on the ground
MEASURE = r"км|кілометр\w*|метр\w*|годин\w*|хвилин\w*|секунд\w*|" + GROUND_TARGETS

# A photo credit to the end of its line ("Фото: Ганна Коваль/Агенція"): page furniture whose names
# (a photographer's, a tool's) are no places
PHOTO_CREDIT = rf"(?<!\w)(?:{PHOTO_LABEL})[^\n]*"
# "Один «Шахед» уразив підприємство", "ракета знищила склад": what the weapon right before an active past
# verb did, its object after it, not its downing (mentions.py checks the weapon); not the object told first
# with the subject left out or after it ("Два дрони збили над Києвом", "дрон збили бійці ППО"), nor the
# passive ("збито", "знищені")
# a verb of what the weapon did, joined to the destroy verb after it: "дрон атакував і знищив склад"
AGENT_VERB_AND = r"(?:атакував|атакувал[аои]|вдарив|вдарил[аои]|уразив|уразил[аои]|влучив|влучил[аои])\s+(?:і|й|та)"
# whose the weapon is, between it and what it did: "Дрон ворога уразив підприємство"
AGENT_OWNER = r"(?:ЗСУ|ворога|противника|окупантів|росіян|рф)"
# (en: "destroying administrative building" after a strike; here the gerund "уничтожив"/"знищивши" is no destroy verb)
DESTROYED_THING_AFTER = r"(?!)"
AGENT_OBJECT_AFTER = (r"(?:(?<=[иі]в)|(?<=[иі]л[аои]))\s+(?!(?:над|в|у|на|під|біля|поблизу|неподалік|недалеко|поруч|при|по|з|із|зі|до|за|"
                      r"ще|також|теж|і|й|та|а|але|вже|знову|вночі|уночі|вранці|вдень|увечері|сьогодні|вчора|"
                      # (a particle before the place: "Сім безпілотників знищили саме на Одещині")
                      r"саме|якраз|лише|тільки|навіть|безпосередньо|"
                      # (an adverb of how, no object: "безпілотник посадили прямо на поле засобами РЕБ")
                      r"прямо|одразу|відразу|зразу|швидко|оперативно|успішно|благополучно|м'яко|обережно|згодом|потім|"
                      r"засоб\w*|сил\w*|систем\w*|розрахун\w*|наш\w*|ППО|РЕБ|військов\w*|українськ\w*|російськ\w*|чергові?\w*|"
                      r"мобільн\w*|вогнев\w*|захисник\w*|оборонц\w*|бійц\w*|боєць|зенітник\w*|прикордонник\w*|підрозділ\w*|"
                      # (the soldiers by a word of their own: "Одну ракету збили воїни ПвК «Захід»", "… знищили
                      # оператори дронів-перехоплювачів", "… кулеметники мобільної групи")
                      # (the nominative only: "шахед знищив операторів" is what the weapon did)
                      r"воїни|воїн|гвардійці|нацгвардійці|оператори|стрільці|кулеметники|пілоти|"
                      r"льотчик\w*|екіпаж\w*|винищувач\w*|ЗСУ|ПС|Повітрян\w*|"
                      # (the defenders by their arm: "Сім дронів збили винищувальна авіація та зенітні ракетні війська")
                      r"авіаці\w*|винищувальн\w*|зенітн\w*|протиповітрян\w*)\b"
                      # (a number word alone at its clause's end, the count of the weapons told before it: "З 14 дронів
                      # збили вісім"; not the thing the weapon struck)
                      rf"|(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?=\s*(?:[.,;:!?)»\"”]|$)|\s+(?:з|із|над)\s))(?=[^\W\d])")
# the defenders as the subject of a verb of use, and what they spent: "сили ППО, застосувавши 12 зенітних ракет,
# збили …", "розрахунок ЗРК «Бук» витратив дві ракети": their own interceptors, no count launched nor downed
# (the head word in the nominative: not "ворог атакував позиції ППО, застосувавши …")
DEFENCES_SPENT = (r"(?:(?:сил[аи]|засоби|систем[аи]|розрахун(?:ок|ки)|підрозділ[и]?|дивізіон[и]?)\s+(?:[\w'’-]+\s+){0,2}?"
                  r"(?:ППО|ЗРК|ЗРГК|протиповітрян\w*|зенітн\w*)|зенітники|ЗРК|ЗРГК)"
                  r"(?:\s*[«\"][^»\"\n]{1,30}[»\"])?"
                  r"(?:[\s,]+(?!(?:ворог|противник|окупант|ЗСУ|ЗС|арм|Росі|Україн|РФ)\w*)[\w'’-]+){0,2}?[\s,]+"
                  r"(?:застосува\w*|використа\w*|витрати\w*|задіяв\w*|задіял\w*|випустив\w*|випустил\w*)"
                  r"\s+(?:(?!(?:і|й|та|а|але)\s)[\w'’-]+\s+){0,3}?(?:ракет\w*|перехоплювач\w*)")
WHOLE_LAUNCHED_LEAD = r""  # (English "out of 128 that Russia launched"; here a comma parts the participle)
BARE_PARTICIPLE = r"(?!)"  # (English "99 launched, 57 intercepted"; here PASSIVE_GAP may be empty)
# a sentence of only a launch verb and its number, the weapons left out as "them" ("Всього їх було випущено понад два
# десятки", "Загалом було запущено 25"): the words from the sentence's start to the number
THEY_LAUNCHED_LEAD = (r"\s*(?:[\w'’:.,-]+\s+){0,6}?(?:їх\s+)?(?:(?:бул[оиа]|був)\s+)?"
                      r"(?:випущен\w*|запущен\w*|застосован\w*|використан\w*)\s+(?:(?:ще|понад|близько|майже|щонайменше|до|більш\s+ніж|більше\s+ніж)\s+)?")
# the weapons just named in the sentence with their launch, then after a dash or colon how many "they" were
# ("зафіксовано пуски ударних дронів – всього їх було 47", "запуски дронів: загалом 47"): the words right before
# the number (.search, anchored at the number)
THEM_WERE_BEFORE = (r"[–—:-]\s*(?:(?:всього|усього|загалом|разом)\s+)?(?:їх\s+)?(?:(?:було|налічили)\s+)?"
                    r"(?:(?:понад|близько|майже|щонайменше)\s+)?$")
# the defenders as the subject right after a destroy verb, the count told first: "Сім безпілотників збили
# винищувальна авіація, зенітні ракетні війська, мобільні вогневі групи в межах …" (.match at the verb's end)
DEFENDERS_AFTER_VERB = (r"\s+(?:винищувальн\w*\s+авіаці\w*|авіаці\w*|зенітн\w*|мобільн\w*\s+вогнев\w*|підрозділ\w*|воїни|"
                        r"(?:сил\w*|засоб\w*)\s+(?:ППО|протиповітрян\w*|оборон\w*)|ППО|зенітник\w*|екіпаж\w*|льотчик\w*)(?![\w'-])")
WITH_COUNT_BEFORE = r"(?!)"  # (English "…, with 31 drones shot down")
# (and a verb of detection joined to the downing: "98 з них вдалося виявити та збити", the downed)
PASSIVE_GAP = r"\s*+(?:-\s*)?(?:(?:бул[иоа]|вдалося|удалося|вдалось|удалось|змогли|вдалося\s+б)\s+)?(?:(?:виявити|виявлено|виявлені|помітити)\s+(?:та|і|й)\s+)?"  # ("з них 60 – збито")
ALL_OF = r"(?:всі|усі|всіх|усіх)"  # "Усі 11 безпілотників знищили"
MODAL_AFTER_VERB = r"(?:вдалося|вдалось|удалося|змогли|змогла)"  # "збити вдалося 12": done, the count after the modal
BOTH = r"(?:обидва|обидві|обох|обома)"  # "збито обидві ракети": a number that is all of them
# "москву атакувало сім БПЛА. … їх нібито збили", "вони були знищені": the ones just told, every one
# (not "вони збили п'ять": a subject counts its own)
# ("Усі вони були знищені над трьома областями", "Всіх їх збили": the same, "all" before it)
# ("випустив 20 дронів, які були збиті": the relative clause of the ones just told, after its comma)
# ("двома дронами, обидва знищено вогнем корабля": both of the two just told, as "вони були")
THEY_ALL = (r"(?:(?:(?:усі|всі|усіх|всіх)\s+)?(?:їх\s+(?:нібито\s+|також\s+)?(?:було\s+)?|(?:вони|(?<=,\s)(?P<rel>які))\s+(?:нібито\s+|також\s+)?бул[иа]\s+(?:усі\s+|всі\s+)?)|"
            r"(?:обидва|обидві|обидвох)\s+(?:вони\s+)?(?:бул[иао]\s+)?)")
# "Більшість із них збито над …", "Ще кілька було збито над …", "Частину з них знешкодили над …": a share of the
# weapons just told, with no noun and no count (where a part of them was downed, not all of them; as English "Dozens
# more were intercepted over …")
SOME_MORE = (r"(?:ще\s+(?:кілька|декілька|низку)|більшість|більшу\s+частину|частину)\s+(?:(?:і?з|зі)\s+(?:них|цих)\s+)?"
             r"(?:(?:також|теж|нібито)\s+)?(?:було\s+|були\s+)?")
# "Ці безпілотники були збиті над …", "Усі дрони знищено на …": the weapons just told, named again
THE_TOLD = (r"(?:ці|усі|всі)(?:\s+ці)?\s+(?:\w+\s+){0,2}?(?:безпілотники|БпЛА|дрони|ракети|шахеди|цілі)\s+"
            r"(?:було\s+|були\s+)?(?:усі\s+|всі\s+)?")
# "на область летіли 12 безпілотників, сили ППО збили їх над Полтавщиною": the ones just told, every one
# (the verb's object the pronoun, up to the clause's end or the place it was done at; not "знищили їх склади")
DESTROY_THEM = (r"(?:збили|знищили|перехопили|подавили|ліквідували|уразили|нейтралізували)\s+"
                r"(?:їх|усіх\s+їх|їх\s+усіх|всіх\s+їх|їх\s+всіх)"
                r"(?=\s*(?:[.,;:!?)»\"]|$|(?:усі|всі|над|на|в|у|при|біля|засобами|силами)\b))")
EXCEPT = r"(?:(?:о?крім)(?!\s+того)|за\s+винятком)\s+"  # "збито всі, крім ракети «Іскандер-М»" (not "Крім того")
ALL_BUT = r"\b(?:усі|всі|усіх|всіх)(?:\s+[\w'’-]+){0,2}?,?\s+(?:о?крім|за\s+винятком)\s+"  # "Усі, крім двох, збито", "збито всі, окрім двох": as English "all but two" (a count of a weapon after "крім" alone: EXCEPT)
# "120 з них збито": a part of weapons told before
PART_OF_TOLD = r"(?:з|із)\s+(?:них|цих|тих)"
# a status time or "in total" before a whole told first ("На сьогодні з 673 засобів … збито 635")
WHOLE_FIRST_AFTER = r"на\s+сьогодні|на\s+цей\s+момент|станом\s+на\s+(?:\S+\s+){0,2}?\S+|загалом|усього|всього"
# (and the night or day the whole came in, opening the sentence: "Цієї ночі з 40 дронів збито 32", "У ніч на 5 травня з 40 …")
WHOLE_FIRST_AFTER += r"|^\W*(?:вночі|уночі|цієї\s+ночі|минулої\s+ночі|за\s+ніч|за\s+добу|вранці|у\s+ніч\s+(?:на|проти)\s+(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+))"
# (or the region it came over: "Над Сумщиною з 11 безпілотників збили дев'ять", "У Полтавській області з 14 …")
WHOLE_FIRST_AFTER += r"|^\W*(?:над|в|у|на)\s+[А-ЯІЇЄҐ][\w'’-]+(?:\s+(?:област\w*|кра\w*|регіон\w*))?"
# (or a reported clause that opens with it, its day between: "Речник зазначив, що вчора з 14 ракет збили 9")
WHOLE_FIRST_AFTER += r"|(?:що|як)\s+(?:сьогодні|вчора|учора|вночі|уночі|цієї\s+ночі|минулої\s+ночі|за\s+ніч|за\s+добу)"
OF_TOTAL = r"з|із|зі"
# "Одну з російських ракет збито": one of the weapons named next, downed (or launched), is one of them;
# not "уламки одного з дронів" (the genitive: something of one of them)
ONE_OF = r"(?:одну|один|одна)\s+(?:з|із|зі)\s+"
# "атакували один з районів міста": one of some things that are no weapons (unless a weapon word
# follows) counts no weapon; not "один з них"
EVERY_ONE_BEFORE = r"\bні\s+$"  # "ні одному з 12 дронів не вдалося …": none of them, the numeral no count of one (English "every one of the 18 drones")
# "уламки одного з них", "падіння збитих уламків одного з них": something of one of the weapons, which
# counts none (a count of one only when "з/із/зі" follows: ONE_OF_OF)
# (or the act of downing one, told as the setting of what happened: "Під час знищення одного з дронів … стався вибух")
# "фрагменты ещё одного беспилотника обнаружены", "fragments of two more drones were detected": the count
# of what the debris came from, no count of weapons launched or downed
DEBRIS_OF_COUNT_BEFORE = r"(?:улам(?:ок|к\w*)|фрагмент\w*|осколк\w*)\s+(?:ще\s+)?$"
# (but "debris of three downed UAVs": the downed are counted, a count of its own)
DEBRIS_OF_DOWNED_AFTER = r"\s+(?:[\w'’-]+\s+)?(?:збит|знищен|уражен|перехоплен)\w*"
DEBRIS_OF_ONE_BEFORE = (r"(?:улам(?:ок|к\w*)|падінн\w*|фрагмент\w*|осколк\w*)(?:\s+(?:збит\w*|улам\w*|ворож\w*)){0,2}\s+$|"
                        r"\b(?:при|під\s+час|в\s+ході|у\s+ході)\s+(?:знищенн|збитт|перехопленн|відбитт|ураженн)\w*\s+$")
ONE_OF_OF = r"\s+(?:з|із|зі)\s"
# (nor "один з апаратів", "одну з одиниць": the weapons' unit words, one of the weapons told)
ONE_OF_MANY = r"(?:одну|один|одна|одне|одного|одному|одним|однієї|одній)\s+(?:з|із|зі)\s+(?!них\b|їх\b|яких\b|(?:літальн\w+\s+)?(?:апарат|одиниц))"
# ("Один з апаратів збили над морем": the weapons' unit word, as "з них")
# a running figure raised, the verb that tells it ("зросла до 37", "сягнула 25"): one list, read by
# DESTROYED_COUNT_BEFORE, RISEN_TO_BEFORE and the casualties' TOTAL_BEFORE
RISEN_TO = (r"зросл\w*\s+до", r"зріс\s+до", r"збільшил\w*\s+до", r"сягну\w*", r"сягає", r"досягл\w*")
_RISEN_TO = "|".join(RISEN_TO)
# a running figure raised, right before its new count: "кількість збитих дронів зросла до семи" (the
# figure told before is superseded, not added to)
RISEN_TO_BEFORE = rf"\b(?:{_RISEN_TO})\s+$"
OF_THEM = r"і?з\s+них|і?з\s+яких|(?:з|із|зі)\s+(?:цих\s+)?(?:літальн\w+\s+)?(?:апарат|одиниц)\w*"
WEAPON_PART_LEAD = r"(?!)"  # (English "Of the missiles, two were shot down")
WEAPON_PART_GAP = r"(?!)"
# a weapon, then its count after it (dashes are hyphens by now, spaced): "ударними БпЛА типу Shahed – 61 одиниця", "ракети в кількості 12 одиниць"
# (or told by "а саме" after it: "рекордну кількість дронів, а саме 145")
# (не голе «саме» — «якраз»; число після «а саме» завершує свою групу: не «тобто 3 рази», weapons._weapon_of_part)
WEAPON_COUNT_AFTER = r"\s+-\s+|\s*\(\s*|\s+(?:у|в)\s+кількості\s+|(?P<namely>(?:\s+[^\W\d_]+){0,3},?\s+(?:а\s+саме|тобто)\s+)"
ITEM_FILLER = (r"з\s+них|з\s+яких|і?з|зі|ще|також|"
               # other weapons told beside the counted ones: "12 Shahed, а також інших типів дронів у …"
               r"а\s+також|інш\w+\s+(?:тип|модел|вид)\w*|"  # ("…, а також дронів інших моделей у …")
               r"бул[иоа]|збит\w*|нібито|начебто|найбільше|ППО|сил\w*\s+ППО|"
               # the type after a weapon's noun: "5 ударних дронів типу "Shahed-136" над …"
               r"типу\s+[«\"]?[\w-]+(?:/\d+)?[»\"]?|"
               r"намага\w*\s+атакува\w*(?:\s+об['’]єкт\w*)?")  # "що намагалися атакувати об'єкти в …"

EACH = r"(?:кожн\w+|у\s+кожній|в\s+кожній)"
EACH_DOING = r"(?!)"  # (see lexicon.en: a participle of every weapon after "each")
# words that end a breakdown item's places, beside ";" and ". ": a reporting clause ("…, повідомив голова
# Одеської ОВА" names the speaker's region, not the item's)
ITEM_STOP = r",\s*(?:повідоми\w*|заяви\w*|написа\w*|зазначи\w*|уточни\w*|розпові\w*|наголоси\w*|передає)"
# between a town and the sea it lies on: "над портом Одеса на Чорному морі" (where the town is, not a place of its own)
# "… і ще кілька цілей над Одещиною": a part with no count, over its own place
# (or a list's last part with no number: "вісім над A, 12 над B та кількох над C": its place its own)
VAGUE_MORE = (r"\b(?:і|та|й)\s+(?:ще\s+(?:кілька|декілька|низку|десятки)\s+(?:[\w'’-]+\s+){0,3}?|"
              r"(?:кілька|кількох|декілька|декількох|десятки|десятків)\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?)(?:над|в|у|на)\s+")
RESPECTIVELY = r"відповідно"  # "по три і два – відповідно над Сумщиною та Харківщиною"
SURROUNDINGS_AFTER = r"(?!)"  # (Ukrainian "над Києвом та областю" names the region itself: an item of two places)
# after an item's places, more places left unnamed: "над Київщиною та іншими областями"
# ("над Києвом та на підступах до міста": the city's share is not told, part may be over the oblast; not "над
# Києвом і в районі столиці", the city's area, as Russian "в районе столицы" is the city's: ru-f38-03)
AND_ELSEWHERE = (r"(?:інши\w+|сусідні\w+|кількох|кілька|західн\w+|східн\w+|північн\w+|південн\w+|центральн\w+|низц\w+|"
                 r"на\s+(?:дальніх\s+|ближніх\s+)?підступах|навколо\s+(?:міста|столиці)|"
                 r"(?:в|у)\s+передмісті|на\s+околицях)\b")
# a sentence that goes on with the count just told: "З цієї кількості збито 1185"
OF_THESE_LEAD = r"\W*(?:і?з\s+(?:цієї\s+кількості|цього\s+числа|них|яких))\b"
# "збили 95% з 60 дронів": the count after a share of it is how many came
# (and a share told without a number: "половина з 40 безпілотників", "більшість із 50": how many were downed is not told)
# what makes the number before it a share, not a count: "знищили 77% з них", "shot down 90 percent"
PERCENT_AFTER = r"(?:[.,]\d+)?\s*(?:%|відсот\w*)"
PERCENT_OF_BEFORE = (rf"(?:\d+{PERCENT_AFTER}|\bполовин\w*|\bтретин\w*|\bчверт\w*|\bбільшіст\w*|"
                     r"\bбільш(?:а|у|ої)\s+частин\w*|\bчастин(?:а|у|ою)|"
                     # ("майже всі з 15 дронів", "не всі з 15": short of the whole, by how many untold)
                     r"\b(?:майже|практично|не)\s+(?:усі|всі|усіх|всіх))\s+(?:з|із|зі|від)\s+(?:усіх\s+|всіх\s+)?")
# "половина з 12 збитих дронів", "половина з 12 дронів, збитих над …": the whole a share is taken of,
# itself told as downed (a participle agreeing with it), so the whole is the destroyed count and its place's
# (matched at the number's end; not "більшість із 50 дронів збили над …")
SHARE_WHOLE_DOWNED = (r"(?:\s+[а-яіїєґ'’-]+){0,2}?(?:\s*,\s+|\s+)(?:збит|знищен|перехоплен|уражен|подавлен|знешкоджен)"
                      r"(?:их|ими)\b")
SEA_LOCATOR = r"\s+на\s+(?:узбережжі\s+)?"
REGION_LOCATOR = r"\s+(?:в|у)\s+(?:(?:анексованому|окупованому|тимчасово\s+окупованому)\s+)?"  # "над Севастополем у Криму": the city's count, not the peninsula's
COAST_LOCATOR = r"(?!)"  # (English "off the coast of Crimea")
EACH_PREFIX = r"\bпо\s*$"
EACH_BRACKET_OPEN = r"по"  # "над Сумщиною та Полтавщиною (по три)": each place's
EACH_ABBREVIATION = r"[А-ЯІЇЄҐ]{2,5}"  # "по одному АТС в Белгородской": a weapon's abbreviation, garbled or not listed
COMBINED_BEFORE = r"(?:загалом|усього|всього|сумарно|разом)"
COMBINED_AFTER = r"(?:загалом|разом|сумарно|у\s+сумі)"
# "над сімома регіонами" (never "над Московським регіоном", a region's name)
# (not one region named by its adjective in lower case: "над курським регіоном", see LOWER_CASE_NAMES)
REGION_COUNT = r"(?![а-яіїєґ'’]{3,}(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім)\s+регіон(?:у|ом|і)?(?![\w'’-]))(?:(?-i:[^A-ZА-ЯЁІЇЄҐ\s])\S*\s+){0,2}регіон\w*\b"
# how many regions, not which, by their type word: "у кількох областях, зокрема …" (a quantity before it;
# "над дев'ятьма областями": the instrumental too)
SOME_REGIONS = r"(?:кільк\w+|декільк\w+|низц\w+|різн\w+|багать\w+|\d+|двох|трьох|чотирьох|п[’'ʼ]?яти|шести|семи|восьми|дев[’'ʼ]?яти|десяти|" \
               r"двома|трьома|чотирма|п[’'ʼ]?ятьма|шістьма|сьома|сімома|вісьма|вісьмома|дев[’'ʼ]?ятьма|десятьма|" \
               r"(?:[а-яіїєґ'’ʼ]+надцят|двадцят|тридцят)(?:и|ьма))\s+(?:[а-яіїєґ'’ʼ-]+\s+)?област(?:ях|ями|ей)\b"
# how many regions a count was downed over, by their type word in the instrumental ("над дев'ятьма областями", the
# teens and tens by their stem: "над п'ятнадцятьма областями")
REGIONS_COUNTED = r"(?:кількома|декількома|багатьма|двома|трьома|чотирма|п[’'ʼ]?ятьма|шістьма|сьома|сімома|вісьма|вісьмома|дев[’'ʼ]?ятьма|десятьма|" \
                  r"[а-яіїєґ'’ʼ]+надцятьма|двадцятьма|тридцятьма|\d+)\s+(?:[а-яіїєґ'’ʼ-]+\s+)?областями\b"
# the waters of a sea, after a place: "над регіонами та акваторією Чорного моря", "і над водами Азовського
# моря" (the plain word as the formal one)
WATERS = r"(?:акваторі\w+|вод(?:ами|ах))"
# the waters of a river named as its city is ("над акваторією Дніпра"), its bank or its bed ("на узбережжі
# Дніпра", "на лівому березі Дніпра", "у річці Десна", "уздовж ріки Дніпро"): the river, no city
RIVER_WATERS = (rf"(?:{WATERS}|узбережж\w*|берег\w*|березі|русл\w*|річк\w*|річц\w*|рік(?:а|и|у|ою|ці)|(?:у|в)?здовж)"
                r"\s+(?:Дніпр|Десн|Дністр|Дуна)\w*$")
# a road named by the towns it joins ("на трасі Київ — Чоп", "на автошляху Суми-Київ"): no town of
# what happened on it; the names after a road's word, joined by dashes
ROAD_OF_TOWNS = (r"(?i:\b(?:трас|автотрас|автошлях|автодорог|дорог|дорозі|автомагістрал)\w*|\bшосе)\s+"
                 r"(?:[А-ЯІЇЄҐ][\w'’-]*\s*[-—–]\s*){0,3}$")
_QUARTER = r"(?:(?:північно-|південно-)?(?:півночі|півдні|сході|заході)|центрі)"
# a count over the whole country, never the speaking official's own region: "над Україною збито 40"
NATIONWIDE = (r"\bнад\s+(?:(?:різними\s+|кількома\s+|багатьма\s+)?регіонами\s+(?:України|росії|рф)|(?:усією\s+|всією\s+)?територією\s+(?:України|росії|рф)|"
              r"Україною|країною)|\bпо\s+(?:всій|усій)\s+(?:Україні|країні)|"
              # the whole country as the attack's target: "випустила по Україні 176 …", "атакувала Україну 150 …"
              r"\bпо\s+Україні\b|\bатакува\w*\s+Україну\b|\bв\s+напрямку\s+України\b|"
              # ("збито 30 … на півночі та сході країни": parts of the country, no region of it)
              rf"\bна\s+{_QUARTER}(?:(?:\s*,\s*|\s+(?:і|й|та)\s+){_QUARTER})*\s+(?:країни|України)\b")
# a command's area, wider than the region of the official who retells its count: "ПвК … перехопив 12 ракет
# у зоні своєї відповідальності" (not his region's count)
COMMAND_AREA = r"\bзон\w*\s+(?:(?:своєї|нашої|його|їхньої)\s+)?відповідальності\b"
SINGLE = r"(?:одному|один|одна|одній)"
INDEFINITE_ARTICLE = r"(?!)"  # (English "a single")
FIRED_FROM_ASIDE = r"(?!)"  # (English "four cruise missiles from Tu-95MS bombers, a Kh-59 …": a case phrase there)
DESTROYED_AND = r"\s+(?:знищено|знищені|збито|збиті|перехоплено|перехоплені)\s+(?:і|й|та)\s+"  # ("п'ять БпЛА знищено і три перехоплено над …": more of the weapon, the same place)
DESTROYED_AND_AFTER = r"\s+(?:знищено|знищені|збито|збиті|перехоплено|перехоплені|подавлено)"
AND = r"(?:і|й|та)"
AND_THEN = r"а"  # "над Сумщиною – 3, а над Полтавщиною – 2" (see lexicon.en)
ARTICLE = r"(?!)"  # (English "over the Kursk region")
OUR = r"нашою|нашим"  # "над нашою областю" (see lexicon.en)
REGION_NOUNS = ("область",)  # "Одеської ОВА" -> "Одеська область"
REGION_NAME_WORDS = r"(?!)"  # (English "the Sumy Regional …": the adjective is read by morphology)
# "ракету «Нептун», а також 17 безпілотників": one more item of a list of weapons
ALSO = r"а\s+також"
# a verb of a clause's own, past or impersonal ("зазнали", "повідомила", "пошкоджено", "поранені"): after a semicolon,
# the part that has one is a new clause, no more of a list of places ("…; Бєлгород і Шебекіно зазнали обстрілу")
CLAUSE_VERB = r"(?-i:\b[а-яіїєґ'’]{3,}(?:ли|ла|ло|лися|лася|лося|вся|но|то|ені|ена|ений|ють|ять)\b)"
# a relative clause that may stand between the items of a list of weapons ("14 шахедів, які були запущені з південного сходу, а також ракету Х-22")
RELATIVE = r"(?:як(?:і|их|ими)|котр(?:і|их|ими)|що)"
# the auxiliary after such a relative word before the words of flight (breakdown's "towards_gap"); the same value in
# every lexicon (a quoted English line "which were heading towards …")
RELATIVE_AUX = r"(?:were\s+|was\s+)"
# the preposition right before a city that is a region of its own where a downing "in" it is told ("Більшість шахедів збили у Києві"; not "запущених на Київ", "атаку на Севастополь"):
# the city's own (locative) "in", not the "on"/"at" of a target (placing._place_group)
IN_CITY = r"(?<![\w'’-])(?:в|у)\s+$"
# after a semicolon in a list of places, a word that carries on the list as a place's genitive adjective ("…; Малих
# Проходів Харківської області"): with CAPITAL_LETTER, breakdown's "stop" reads such a part as more places, not a new
# clause (the same value in every lexicon)
LIST_PLACE_ADJECTIVE = r"[а-яёіїєґ]+(?:ой|ей|ої|ів|ых|их)\b"
# one more, right before a count: "Ще один безпілотник збито над Сумщиною" adds to the places told
MORE_BEFORE = r"\b(?:ще|також)\s+$"
# one more weapon, counted one by one, at the head of its clause: "Третій дрон збили над Ірпенем"
ONE_MORE_BEFORE = (r"(?:^|[.;:,]\s*|\b(?:і|й|та|а|пізніше|згодом|потім|що|про)\s+)"
                   r"(?:(?:був|була|було)\s+)?(?:(?:збит|знищен|перехоплен|уражен)\w*\s+)?(?:друг(?:ий|у)|трет(?:ій|ю)|четверт(?:ий|у)|п['’]ят(?:ий|у)|"
                   r"шост(?:ий|у)|сьом(?:ий|у)|восьм(?:ий|у)|дев['’]ят(?:ий|у)|десят(?:ий|у))\s+(?:[\w-]+\s+){0,2}$")
# ordinals counted one by one, several in one phrase: "п'ятий і шостий дрони" are two more
ORDINAL = r"\b(?:друг|трет|четверт|п['’]ят|шост|сьом|восьм|дев['’]ят|десят)(?:ий|ій|а|я|і|у|ю)\b"
# (an adjective of the weapon between, never a noun: "the second and third groups of drones")
# the place an ordinal tells in a running count, by the word's start ("збито четвертий дрон" після трьох:
# чотири загалом)
ORDINAL_VALUES = {"друг": 2, "трет": 3, "четв": 4, "п'ят": 5, "п’ят": 5, "шост": 6, "сьом": 7, "восьм": 8,
                  "дев'ят": 9, "дев’ят": 9, "десят": 10}
ORDINAL_LIST = rf"{ORDINAL}(?:(?:\s*,\s*|\s+(?:і|й|та)\s+){ORDINAL})+\s+(?:(?:{WEAPON_ADJECTIVES})\s+)?$"
# the next ordinal of a running count told with its verb and weapon left out, after a comma or "і"/"а",
# then where it was downed: "другий збили над озером, третій — над греблею" (three in all)
ORDINAL_GAPPED = (rf"(?:[,;]\s*(?:а\s+|і\s+|й\s+|та\s+)?|\s+(?:а|і|й|та)\s+)(?P<ord>{ORDINAL})"
                  r"(?=\s*[-–—]|\s+(?:над|у|в|біля|поблизу|під|неподалік)\b)")
# the words that may stand between a bare count "ще N" and its destroy verb ("Ще шість було збито"):
# auxiliaries only, never a noun ("ще три будинки зруйновано" counts houses)
MORE_TO_VERB = r"\s+(?:(?:були|було|був|була|також|теж|згодом|потім)\s+){0,2}"
MORE_AFTER = r"(?!)"  # (English "three more were jammed")
# a launched count, then more still on their way ("запущено 60 ракет і летять ще близько 15", "and
# about 20 more are in the air"): between the two counts, the flight verb there (group flying) or after the second
IN_FLIGHT_GAP = (r"(?:\s+[^\W\d]+){0,3}?\s*(?:,\s*)?(?:і|й|та|а)\s+(?:(?P<flying>летить|летять|летіло|летіли|перебува\w+\s+[ву]\s+повітрі|[ву]\s+повітрі|на\s+підльоті)\s+)?"
                 r"ще\s+")
IN_FLIGHT_AFTER = r"\s+(?:летить|летять|перебува\w+\s+[ву]\s+повітрі|[ву]\s+повітрі|на\s+підльоті)\b"
# the day or part of day an event happened on ("вранці дрон пошкодив …", "вчора"): an event, not a trend (not
# "раніше"/"пізніше", which tell when it was reported: "як повідомлялося раніше")
EVENT_DAY = (r"\b(?:вчора|напередодні|позавчора|вдень|удень|зранку|вранці|уранці|увечері|ввечері|"
             r"[ув]\s+(?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю))\b")
# a time of another period in the "ще" clause: "ще три збито вчора вдень" (not one sum)
OTHER_PERIOD = rf"\b(?:пізніше|раніше)\b|{EVENT_DAY}"
# a later statement of the one who told the count ("Пізніше голова ОВА додав, що …"): see lexicon.en
LATER_STATEMENT = r"\b(?:пізніше|згодом)(?:\s*,\s+|\s+)(?:[\w'’-]+\s+){0,4}?(?:додав|повідомив|написав|уточнив|заявив)\w*"
# пізніше уточнена цифра ("Пізніше він уточнив, що збито дві ракети"): the figure replaces the earlier one (see lexicon.en)
CORRECTED_STATEMENT = r"(?<![\w'’-])(?:уточни\w*|виправи\w*|скоригува\w*)"
# вечір дня, окремий період поруч із ніччю на наступний день ("Увечері 8 жовтня … збили 30"): see lexicon.en
EVENING = r"\b(?:[ув]вечері|вечора|вечір)\b"
# період сезону чи півроку, власна цифра поруч із місячною ("за минулий опалювальний сезон … понад 900"): see lexicon.en
ANOTHER_SEASON = r"(?:\b(?:минул|попередн)\w*\s+опалювальн\w*\s+сезон\w*|\bза\s+пів\s*року)\b"
# more of the claim just told, of another weapon ("Також знищено 22 безпілотники", "Крім того, …")
MADE_IN = r"виробництва\s+[\w'’-]+|(?<![\w'’-])[\w'’-]+(?:ого|ього)\s+виробництва"  # "ракета ATACMS виробництва США, …", "ракету «Нептун» українського виробництва, …" (cues comma_then)
MORE_OF_IT = r"\b(?:також|(?:о)?крім\s+(?:того|цього)|до\s+того\s+ж)\b|^\W*ще(?=\s+\d)"  # ("Ще 40 ракет.": a sentence of more)
# the weapons counted fell, right after the count: "ще один дрон впав у полі" was not downed
FELL_AFTER = r"\s+(?:[\w'’-]+\s+)?(?:[ву]па(?:в|ла|ли)|влучи(?:в|ла|ли)|поціли(?:в|ла|ли))\b"  # (or hit: "два дрони влучили в склад")
LIST_LOCATOR = r"(?!)"  # (English "over the Odesa region in the south, the central Vinnytsia region")
# (or as occupied or annexed: "над Курською, Брянською областями, над окупованим Кримом")
LIST_DIRECTION = r"(?:тимчасово\s+)?(?:анексован|окупован)\w*"
# "на Запоріжжі", "на Сумщині та Житомирщині": regions take "на", towns "у"/"в"
REGION_PREPOSITION = r"(?<![\w'’])на\s+$"
REGION_CASE = r"[іїи]$"  # … in the locative ("на Запоріжжі"; "атака на Київ", "на Одесу" is where it went)
ATTEMPTED_OVER = r"(?!)"  # (Russian "пытались атаковать Курскую область": an attack tried there)
# the cities that are regions of their own, after "під" (see OVER)
NEAR_PREP = r"під"
# a preposition of place right before a capitalised word: an official's bare surname there is a town (see lexicon.ru)
# (and after a word of a town or village: "у районі міста Миколаїв")
# a Ukrainian administration told in the sentence ("сообщил глава ОВА"): a surname alone beside it is no
# Russian region's official ("Николаев атакован …, сообщил глава ОВА": the city Mykolaiv, not Chuvashia's head)
UKRAINIAN_BODY = r"\b(?:ОВА|ОДА|МВА|КМВА)\b"
PLACE_BEFORE_NAME = r"(?:в|над|під|із|біля|поблизу|міст[оаіу]|м\.|сел[оаіу]|селищ[еаіу]?)"
NEAR_CITY_REGION = r"(?:Києв|Москв|Санкт-Петербург|Петербург|Севастопол)"
OVER = (
    # ("в небі Сумщини було збито 17": the sky of the region, in the genitive)
    # ("у повітряному просторі Києва", "в районі повітряного простору Києва": the city's airspace, in the genitive)
    r"(?:над\s+територі(?:єю|ями|ях)|над\s+акваторі(?:єю|ями)|у\s+небі\s+над|(?:у|в)\s+повітряному\s+просторі(?:\s+(?:над|навколо))?|"
    r"(?:у|в)\s+районі\s+повітряного\s+простору|"
    r"(?:у|в)\s+небі|над|в\s+районі|у\s+районі|"
    # ("під Харковом збили два": near the town, as English "near"; not near a city that is a region of its
    # own, "під Києвом" is the region around it, which the town's name does not say)
    rf"під(?!\s+{NEAR_CITY_REGION})|"
    # a part of a told whole that falls to a region: "з 40 збитих дронів 12 припали на Харківщину"
    r"припа(?:ли|ло|ла|в|дає|дають)\s+на|на|у|в)"
)
# "near" before a place whose count of more follows it: "…, біля Сум ще 3", "поблизу Ізюма ще два" (as "над")
NEAR_MORE = r"біля|поблизу|коло|під|неподалік\s+від"
# ("у районі Полтави збили дрон", "поблизу Сум знищено ракету": the area of a town, or near it, as "під";
# near a city that is a region of its own only its area, "в районі Києва")
OVER_TOTAL = rf"(?:над\s+територі\w+|над\s+акваторі\w+|над|під(?!\s+{NEAR_CITY_REGION})|(?:у|в)\s+районі(?!\s+повітрян)|(?:біля|поблизу|неподалік\s+від)(?!\s+{NEAR_CITY_REGION})|у\s+небі\s+над|(?:у|в)\s+небі|(?:у|в)\s+повітряному\s+просторі(?:\s+(?:над|навколо))?|(?:у|в)\s+районі\s+повітряного\s+простору)"
# parts of a region between "over" and its name: "над двома районами Сумської області"
# (English "over two districts of the Belgorod region")
# (and the part of it a compass point names: "на сході Криму збито 9", "на північному заході області")
# ("над одним із районів Київської області": one of its districts, not named)
OVER_PARTS = (r"(?:[\w'-]+\s+|(?:ще\s+)?одн\w+\s+(?:з|із)\s+)?(?:район\w*|громад\w*)|"
              # ("на межі Сумської та Полтавської областей збили шість": one count over both)
              # (and "на межі між Волинню та Рівненщиною": the two in the instrumental after "між")
              r"(?:межі|кордоні|стику)(?:\s+між)?|"
              # ("над південно-східною частиною акваторії Азовського моря": a part of the sea or region, named by its side)
              r"(?:[\w'-]+\s+)?частин(?:ою|і|ами|ах)(?:\s+(?:акваторії|території))?|"
              r"(?:(?:північно|південно)-?|(?:північн|південн)\w+\s+)?(?:сході|заході|півночі|півдні)")
# the defences that downed them, opening a sentence before "над" and its place: "Силами ППО над Сумщиною збито
# кілька дронів" (as "Над Сумщиною збито …")
# (or by their arm: "Мобільними вогневими групами над Київщиною збито кілька дронів", "винищувальною авіацією")
DEFENDERS_OPENING = (r"(?:(?:(?:сил\w*|засоб\w*)\s+(?:ППО|РЕБ|протиповітряної\s+оборони|радіоелектронної\s+боротьби)"
                     r"|мобільн\w*\s+вогнев\w*\s+груп\w*|винищувальн\w*\s+авіаці\w*)"
                     r"[\s,]*(?:(?:і|та)\s+)?)+")
# what may open a sentence before the region where an uncounted attack was repelled, instead of "над":
# "Силами ППО у Харківській області відбито атаку дронів"
# ("на Київщині сили ППО збили кілька ракет": "на" before a -щина name)
REPELLED_IN_OPENING = r"(?:(?:сил\w*|засоб\w*)\s+(?:ППО|протиповітряної\s+оборони)\s+)?(?:в|у|на(?:\s+території)?)"
# "збито 23 БпЛА у Чернігівській, Житомирській та Київській областях": where a total was destroyed, when
# what follows is a list of regions or seas (never a town: "у Києві" may be where debris fell)
# ("в одному з районів Сумської області", "на території ще одного з районів …": the region, a district
# of it not named)
WHERE_AFTER = r"(?:\s+(?:знову|вкотре|вночі|уночі|сьогодні))?,?\s+де\b"  # "на Одещині, де збили п'ять дронів" (a relative clause of the downing)
IN_REGIONS = r"(?:(?:(?:на|у|в)\s+території\s+|[ув]\s+)(?:ще\s+)?одн(?:ому|ого)\s+(?:з|із)\s+районів|(?:на|у|в)\s+територі\w+|у\s+межах|в\s+межах|(?:у|в)\s+таких\s+областях,?\s+як|(?:у|в)\s+(?:таких|наступних|різних|кількох|декількох)\s+(?:областях|регіонах)\s*(?::|[–—]|-(?=\s))|(?:у|в)\s+межах\s+(?:[\w'’ʼ]+\s+)?(?:областей|регіонів)\s*:|у|в|на)"  # ("у таких областях, як Полтавська, …", "у межах 3 областей: Київської, …", "у таких областях: Сумська, …")
# "вдарили по місту балістичною ракетою": one missile launched, though no number is written (a drone
# so named, "вдарив дроном-камікадзе по громаді", tells one strike on a place, no air attack's count)
# a singular weapon launched, then downed in its relative clause: "випустили крилату ракету, яку над морем збили
# сили ППО" (one launched, one destroyed)
ONE_DOWNED_AFTER = r"[»\"”]?\s*,\s*(?:яку|якого|який|котру|котрий)\s+(?:[\w'’ʼ-]+\s+){0,4}?"
STRUCK_WITH_ONE = (r"\b(?:вдарил\w*|вдарив|ударил\w*|ударив|завда\w*\s+удар\w*|атакува\w*)\s+(?:[\w'ʼ-]+\s+){0,4}?"
                   r"(?=(?:(?:балістичн|крилат|керован|аеробалістичн|зенітн)\w*\s+)?ракетою\b)")
# a singular missile told by its flight toward a place: "повідомили про балістичну ракету, що летіла на
# Полтаву" (one launched, though no number is written)
ONE_FLYING_AFTER = (r"[\s,]*(?:(?:яка|який|які|що)\s+)?(?:летіла|летів|летіли|летить|летять|прямувала|прямував|прямували|прямують|"
                    r"рухалася|рухався|рухалися|рухаються|курсом)\s+"
                    r"(?:на|до|у\s+бік|в\s+бік|у\s+напрямку|в\s+напрямку|у\s+напрямі|в\s+напрямі)\b")
# "кількість збитих БпЛА сягнула 25", "кількість знищених дронів становить 26": a destroyed count
# (a parenthetical between: "кількість збитих цілей, за попередніми даними, зросла до семи")
# (between two commas, both written: not "кількість збитих дронів уточнюється, кількість постраждалих зросла до 5")
DESTROYED_COUNT_BEFORE = rf"\b(?:кількість|кількості|число)\s+(?:збит\w*|знищен\w*|перехоплен\w*|знешкоджен\w*)\s+(?:[\w-]+\s+){{0,5}}(?:[\w-]+,\s+(?:[\w-]+\s+){{0,4}}[\w-]+,\s+(?:[\w-]+\s+){{0,2}})?(?:станов\w*|{_RISEN_TO})\s+$"
# (the words between may hold an apostrophe: "влучання п'яти ракет та 17 ударних БпЛА")
HIT_COUNT_BEFORE = r"(?:влучанн\w*|падінн\w*\s+уламк\w*)\s+(?:[\w/'’]+\s+){0,4}$"
# the ones that got past the defences: "але два БПЛА і дві ракети прорвалися", "три дрони, яким вдалося
# прорватися" (neither downed nor, alone, how many came; hits are read as their verb says)
# ("rel": a relative clause, after which the count's own verb may still tell it downed: "two drones that escaped
# the first line were shot down")
# right before a count none of which got through: "жодному з 12 дронів не вдалося прорватися"
NONE_OF_BEFORE = r"\b(?:жод(?:ному|ний|на|ної|ній|ного|ен)|ні\s+(?:одному|один|одна|одній|одного))\s+(?:з|із|зі)\s+$"
# ("три ракети влучили в об'єкт", "два дрони поцілили по підстанції": hit a target, as English "hit")
# (not in a relative clause: "випустив 5 ракет, які влучили в …" are the five launched, which hit)
# after a count downed, the one(s) left that hit ("Одну вдалося знищити, інша – влучила в …", "дві збили, третя
# поцілила по …"): the count is the downed, whatever the hit
OTHER_HIT_AFTER = (r"[^.;!?]{0,40}?,\s*(?:а\s+|але\s+)?(?:інш\w+|друг\w+|трет\w+|четверт\w+|ще\s+одн\w+)\s*(?:-\s*)?"
                   r"(?:(?:все\s+ж|таки)\s+)?(?:влучил\w*|влучив|поцілил\w*|поцілив|впал\w*|впав|долетіл\w*|долетів)\b")
HIT_AFTER = (r",?\s+(?:(?:(?P<rel>які|яким)\s+)?(?:(?:все\s+ж|таки|вдалося)\s+)?(?:прорвал\w*|прорватися|проскочил\w*|проскочити)|"
             r"(?:влучил\w*|влучив|поцілил\w*|поцілив)\s+(?:в|у|по)\b|"
             # ("дві ракети і 17 дронів вдарили по семи об'єктах": the weapons the subject, the ones that hit;
             # not "40 дронами вдарили по місту", the instrument, launched)
             r"(?<!ми\s)(?<!ою\s)(?<!ею\s)(?:вдарил\w*|вдарив)\s+по\b)")
# an attack repelled, right before its count: "відбили атаку 33 дронів, знищивши 25 з них" (see lexicon.en)
REPELLED_BEFORE = r"(?:відби\w*|відбит\w*)\s+(?:[\w'’-]+\s+){0,2}?атак\w*\s+(?:(?:понад|близько|майже)\s+)?$"
# attacks told repelled, with no weapon word (en, ru "атаки были отражены в …"): none here, since "відбили атаку"
# with no count tells no downing of its own (see DESTROY)
ATTACKS_REPELLED = r"(?!)"
# the regions a ministry's total was aimed at, told in a sentence of no count after it: "удари були спрямовані
# на територію A і B областей", "атак зазнали A і B області", "намагався атакувати об'єкти на території …": all of its
# total intercepted, so over those (parts.attacked_regions_of_ministry_total)
ATTACKED_TERRITORIES = (r"(?<![\w'’-])(?:удар\w*|атак\w*)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:був|були|було|була)\s+)?(?:спрямован\w*|націлен\w*)\s+(?:по|на)\s+територі\w*|"
                        r"(?<![\w'’-])(?:атак\w*|удар\w*|нападу)\s+(?:[\w'’-]+\s+){0,2}?зазнал[аи]?\b|"
                        r"(?<![\w'’-])зазнал[аи]?\s+(?:[\w'’-]+\s+){0,2}?(?:атак\w*|удар\w*|нападу)|"
                        r"(?<![\w'’-])(?:намага\w*|спроб\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:атакуват\w*|атак\w*|удар\w*)\s+"
                        r"(?:[\w'’-]+\s+){0,2}?(?:по|на|в|у)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:на|в|у)\s+)?територі\w*|"
                        r"(?<![\w'’-])(?:намага\w*|спроб\w*)\s+(?:[\w'’-]+\s+){0,2}?атакувати\s+(?=[А-ЯЄІЇҐ])")
# "Є збиття.": there are downings (an official's formula of no count and no weapon word: his region's)
DOWNINGS_TOLD = r"[Єє]\s+збиття\b"
PARTIAL_SUBJECT_BEFORE = r"(?!)"  # (English "most were shot down" after a singular weapon; not read here)
PARTIAL = r"(?:більшіст\w*|частин\w*|деяк(?!\w*\s+час)\w*|переважно|здебільшого|половин\w*)"  # "most of them over …": not where all of them were
# between a total and a place: "збили 40 дронів, найбільше – над Харківщиною": the place of most of
# them, named without a count of its own
MOST_OF = r"(?:найбільше|найбільша\s+кількість)"
UNCOUNTED_BEFORE = r"(?:є|усі|всі|усіх|всіх|більшіст\w*|кілька|кількох|декілька|низку|низка|десятки|десятків|частину)\s+(?:[\w«»\"-]+\s+){0,2}[«\"“„]?$"  # "збили більшість «шахедів»": some, not how many
SUBSET = r"(?:у\s+тому\s+числі|включаючи|включно\s+з|в\s+тому\s+числі|зокрема|з\s+них|з\s+яких|серед\s+них)"
# the place weapons were downed on their approach to, told with no count (see ru.APPROACH)
# ("на підступах до Києва": the approaches to the city, the same place)
APPROACH = r"(?:на\s+(?:підльоті|підступах)\s+до|навколо)"
DIRECTED_TOWARDS = r"(?!)"  # (English "toward(s)" alone; here TOWARDS tells every direction)
DIRECTED_TOWN_ATTACKED = r"(?!)"  # (with DIRECTED_TOWARDS, English only)
# a verb of flight (no launch nor downing) beside a count in its clause: "В бік Одеси летіло 14 дронів, 11 збито"
FLEW = r"(?:летіл[иоа]|летів|прямувал[иоа]|прямував|рухал(?:ися|ось|ась|ись)|рухався)"
# the number of the weapons just named, told after them: "противник застосовував дрони кількох типів, їх було понад 30"
THEIR_NUMBER = r"(?:їх|яких)\s+(?:було|налічувал\w*|нараховувал\w*)"
# a count's participle of its launch at a place, "12 дронів, запущених по Одесі", "випущених на Київ": where they
# were sent; told downed in the sentence, keyed there as "які летіли на" (breakdown.items)
LAUNCHED_AT = r"(?:запущен\w*|випущен\w*)\s+(?:на|по)"
TOWARDS = r"(?:що\s+летіл\w*\s+(?:на|у\s+бік|в\s+напрямку)|які\s+летіли\s+(?:на|у\s+бік)|летіл\w*\s+на|летів\s+на)"
# the place they threatened (see ru.THREATENED): "усі БпЛА, які загрожували столиці, знешкоджені"
THREATENED = r"(?:(?:які|що)\s+(?:потенційно\s+)?загрожувал[иа]?|загрожуюч\w*)"
# a capital told as where the weapons flew, or its approaches (see en.CAPITAL_TOWARDS): "у напрямку Києва", "в бік
# столиці летіло 20", "дрони, які загрожували місту", "над Києвом та на підступах до міста"
CAPITAL_TOWARDS = (r"(?:(?:у|в)\s+(?:бік|напрямку)|(?:летіл\w*|летів|прямувал\w*|рухал\w*)\s+на|"
                   r"(?:які|що)\s+(?:потенційно\s+)?загрожувал\w*|загрожуюч\w*|підлітал\w*\s+до|на\s+підльоті\s+до|на\s+підступах\s+до|(?:запущен\w*|випущен\w*)\s+(?:на|по))\s+(?:Києв\w*|Київ|столиц\w*|міст[оау]\b)"
                   # ("до столиці дрони підлітали з різних напрямків")
                   r"|\bдо\s+(?:Києва|столиці|міста)\s+(?:[\w'’-]+\s+){0,2}?(?:підліта|летіл|летять|прямува)")

# a post's source line ("Джерело: …"): the teller of what follows it, whoever it names
SOURCE_LINE = r"(?:Джерело|Джерела)\s*:"

SOURCE_LAST = r"(?!)"  # (English "…, according to the Air Force")
# a ministry named as the owner of the air defence that did the downing, not as the one who tells it
# ("силами ППО Міноборони рф збито …, повідомив губернатор"): the words right before the name
DEFENCES_OWNER_BEFORE = r"(?:сил\w*|засоб\w*|систем\w*|підрозділ\w*)\s+(?:ППО|протиповітряної\s+оборони)\s+$"
DEFENCES_OWNER_AFTER = r"(?!)"
DEFENCES_ACTOR = r"(?!)"  # (English "Russian air defence systems downed …, Governor … said")
# the official just named, speaking again ("«…», — написав він"): his words, whatever defences they name
# (and the pronoun first, an adverb at most between: "Згодом він повідомив про три збиті цілі")
SPEAKER_PRONOUN = (r"\b(?:(?:написав|написала|повідомив|повідомила|додав|додала|уточнив|уточнила|зазначив|зазначила|заявив|заявила|"
                   r"розповів|розповіла)\s+(?:він|вона)|"
                   r"(?:він|вона)\s+(?:(?:також|пізніше|згодом|потім|далі|ще|невдовзі)\s+)?(?:написав|написала|повідомив|"
                   r"повідомила|додав|додала|уточнив|уточнила|зазначив|зазначила|заявив|заявила|розповів|розповіла)|"
                   r"за\s+(?:його|її)\s+(?:словами|даними))\b")
PRONOUN_TELLS = SPEAKER_PRONOUN  # (the person named last, telling by a pronoun alone: see lexicon.en)
# the troops of a command, named as those who downed them, in an official's words: "«… знищили наші
# захисники Повітряного командування «Схід»», – розповів він" (the official tells it, not the command)
DEFENCES_ACTOR_BEFORE = (r"\b(?:військов\w*|захисник\w*|оборонц\w*|оборонці\s+неба|зенітник\w*|бійц\w*|воїн\w*)\s+(?:(?:з|із)\s+)?$"
                         # ("… засобами ППО командування «Схід» збито два дрони": the means of the command, not its voice)
                         r"|\bзасоб\w*\s+(?:протиповітряної\s+оборони|ППО)\s+$")
# A claimant named as the one who will give the figure later («точнішу цифру підведе Генштаб»): not who tells this one
# what a named force owns ("літак Су-34, що належав Повітряно-космічним силам РФ"): the owner, not who tells it
# (and the weapons' own force in the genitive right after them: "знищено шість безекіпажних катерів ВМС України";
# or the aircraft right before the force in the genitive: "знищено літак Су-27 Повітряних сил України")
# (and the force that launched them, the participle's agent: "дронів, запущених Повітряними силами ЗСУ по …")
OWNED_BY_BEFORE = (r"(?<![\w'’])(?:належ\w*|який\s+належ\w*)\s+$|(?<![\w'’])(?:запущен|випущен|спрямован)\w*\s+$|(?<![\w'’])(?:катер\w*|чов(?:ен|н\w*)|БЕК\w*|судн\w*|безпілотник\w*|дрон\w*|ракет\w*)\s+$|"
                   r"(?<![\w'’-])(?:літак\w*|винищувач\w*|бомбардувальник\w*|штурмовик\w*|гелікоптер\w*|вертол[іо]т\w*)"
                   r"\s+(?:[А-ЯA-ZІЇЄҐ][\w-]*\d\w*\s+)?$")
TELLS_ONLY_NAMES = r"(?!)"  # (Russian wires' "украинские ВВС": see lexicon.ru)
TELLS_ONLY_AFTER = r"(?!)"
FUTURE_TELLER_BEFORE = r"\b(?:підведе|повідомить|уточнить|назве|озвучить|оприлюднить|опублікує)\s+$"
FUTURE_TELLER_AFTER = r"\s+(?:підведе|повідомить|уточнить|назве|озвучить|оприлюднить|опублікує)\b"
# A launch or downing told as what may come («Росія буде регулярно запускати понад 900 дронів», «зможе
# застосувати», «планує використати»): a forecast, no claim. The words right before the verb (not the past
# «змогли збити», «вдалося збити»: done).
FORECAST_BEFORE = (r"(?<!\w)(?:буде|будуть|може|можуть|зможе|зможуть|здатн\w*|планує|планують|має\s+намір|мають\s+намір|збира\w+ся)\s+"
                   r"(?:(?:\w+о|вже|ще|знову|також|теж|і|в\s+середньому)\s+){0,2}$"
                   # (nor a work under way: "підрозділи ППО ведуть роботу з виявлення та знищення цілей")
                   r"|(?<!\w)(?:вед[еу]ть|проводять|продовжують)\s+роботу\s+(?:з|із|по)\s+(?:\w+\s+(?:і|й|та)\s+)?$")
# the authorities that tell a count when named in its sentence ("…, повідомили в КМВА"): an administration, not
# emergency services or officials at large
TELLING_AUTHORITIES = r"адміністрац|\b(?:ОВА|МВА|КМВА|РВА)\b"
RETOLD_ACTOR_GAP = r"(?!)"  # (English "… said the air force had downed two missiles …")
REPORT_VERBS = r"(?!)"  # (read only beside RETOLD_ACTOR_GAP)
# the teller of a claim named after its verb: "…, повідомили Повітряні сили", "повідомили у Повітряних силах",
# "за даними Повітряних сил" (own_region: a claim its own sentence tells the teller of is not an official's)
TELLER_VERBS = r"(?:повідоми\w*|заяви\w*|інформу\w*|зазначи\w*|уточни\w*|написа\w*|пише|пишуть)(?:\s+(?:у|в))?|за\s+(?:даними|інформацією|словами)"
# the teller named before its verb: "У Повітряних силах розповіли, що …" (cues "teller_after")
TELLER_AFTER_VERBS = r"(?:повідоми\w*|заяви\w*|розповіл\w*|уточни\w*|зазначи\w*|інформу\w*|написа\w*|пишуть)"
HEDGES = r"(?:нібито|стверджу\w*|за\s+твердженням)"

_SIDE_SOURCE = (r"(?:за\s+(?:даними|інформацією|словами|версією)|як\s+(?:повідомил\w*|заявил\w*))\s+"
                r"{side}\s+(?:сторон\w*|військов\w*)|"
                # (the subject of its verb of saying, with no comma between: not "Російські військові, повідомили в
                # ОВА, атакували …", where someone else told that they attacked)
                r"{side}\s+(?:сторон\w*|військов\w*)(?=\s+(?:заявил|повідомил|стверджу|повідомля|заявля)\w*)")
# the offices of a national body's people, the body named after them (data: ROLE words, not regional heads): a deputy
# minister, the ministry's spokesperson or press secretary, an adviser or deputy of the minister
_NATIONAL_OFFICE = (r"(?:(?:(?:заступни|радни|помічни)\w*\s+)?міністр(?:а|ові|ом|у)?\s+оборони|"
                    r"(?:заступни\w*|радни\w*|речни\w*|прес-?секретар\w*|(?:керівни\w*|начальни\w*)\s+"
                    r"(?:прес-?служби|прес-?центру|департаменту\s+комунікацій))\s+(?:Міноборони|міністерства\s+оборони))")
# another country's ministry named after the office ("міністр оборони Польщі"): none of the two sides'
_FOREIGN_BODY = (r"\s+(?:США|Сполучених|Польщі|Румунії|Молдови|Німеччини|Франції|Великої|Британії|Білорусі|Литви|Латвії|"
                 r"Естонії|Фінляндії|Швеції|Норвегії|Ізраїлю|Ірану|Туреччини|Китаю|КНДР|Нідерландів|Данії|Чехії|Словаччини|"
                 # or any country the list lacks, by its genitive's ending ("Японії", "Канади", "Угорщини", "Ізраїлю",
                 # an abbreviation "ОАЕ"), case-sensitive (a name after the office is in the nominative: "Остап", "Ірина")
                 r"(?-i:[А-ЯІЇЄҐ][а-яіїєґ']*(?:ії|ї|щі|ччини|щини|нади|ю|у|ів)|[А-ЯІЇЄҐ]{2,5})\b)")
# an adviser or deputy head of the head of state's office ("радник керівника Офісу Президента"; of the President only
# where he is Ukraine's: "радник Президента України", not "радник президента Макрона", another head of state's)
_PRESIDENT_ADVISER = (r"(?:радни\w*|заступни\w*|речни\w*|прес-?секретар\w*)\s+(?:(?:керівника|голови)\s+)?"
                      r"(?:Офісу\s+Президента|Президента(?=\s+(?:України|Зеленськ)))|(?:керівни\w*|голов\w*|очільни\w*)\s+Офісу\s+Президента")
CLAIMANTS: list[tuple[str, str, str, str]] = [
    (r"(?:Міноборони|Міністерств\w*\s+оборони)\s+(?:РФ|Росії|Російської\s+Федерації)|"
     r"російськ\w*\s+(?:Міноборони|Міністерств\w*\s+оборони|військов\w*\s+відомств\w*)|"
     r"(?:Міноборони|Міністерств\w*\s+оборони)\s+країни-агресор\w*",
     "Russian Ministry of Defence", "ministry", "RU"),
    (r"Повітрян\w*\s+сил\w*(?:\s+(?:ЗСУ|ЗС\s+України|Збройних\s+сил\s+України))?|"
     r"[Кк]омандуванн\w*\s+Повітряних\s+сил|ПС\s+ЗСУ|(?:Юрі\w*\s+)?Ігнат(?:а|у|ом|ові)?",
     "Ukrainian Air Force", "air_force", "UA"),
    # unqualified in a Ukrainian text, the General Staff is Ukraine's ("повідомили у Генштабі")
    (r"Генштаб\w*(?!\s+(?:ЗС\s+)?(?:РФ|Росії|рф))|Генеральн\w*\s+штаб\w*(?:\s+ЗСУ)?(?!\s+(?:ЗС\s+)?(?:РФ|Росії|рф))",
     "General Staff of the Armed Forces of Ukraine", "military_command", "UA"),
    # the Commander-in-Chief telling a night's figures ("заявив головнокомандувач Збройних сил Олександр Сирський"; not the
    # Supreme Commander-in-Chief, the President)
    (r"(?<!ерховний\s)(?<!ерховного\s)[Гг]оловнокомандувач\w*\s+(?:ЗСУ|Збройних\s+сил(?:\s+України)?)"
     r"(?:\s+(?:Валері\w*\s+Залужн\w*|Олександр\w*\s+Сирськ\w*))?|(?:Валері\w*\s+)?Залужн\w*|(?:Олександр\w*\s+)?Сирськ\w*",
     "Commander-in-Chief of the Armed Forces of Ukraine", "military_command", "UA"),
    (r"Сил\w*\s+оборони\s+(?:півдня|півночі|сходу|заходу)|Оперативн\w*\s+командуванн\w*\s+[«\"]?\w+[»\"]?|"
     r"ОК\s+[«\"]?(?:Південь|Північ|Захід|Схід)[»\"]?|Повітрян\w*\s+командуванн\w*\s+[«\"]?\w+[»\"]?|"
     r"ВМС\s+(?:ЗСУ|України)",
     "Ukrainian military command", "military_command", "UA"),
    # formulas of the Air Force's own summaries
    (r"Міноборони\s+України|Міністерств\w*\s+оборони\s+України", "Ministry of Defence of Ukraine", "ministry", "UA"),
    # a national official told by his office, not by a region ("заступниця міністра оборони Ірина Вигадана", "речник
    # Міноборони", "радник Офісу Президента"): his ministry's or office's voice, a claim of his own (not a part of the
    # claim told before); of Russia's where the body is named so, else, in a Ukrainian text, of Ukraine's
    (_NATIONAL_OFFICE + r"\s+(?:РФ|рф|Росії|Російської\s+Федерації|країни-агресор\w*)",
     "Russian Ministry of Defence", "ministry", "RU"),
    (_NATIONAL_OFFICE + r"(?:\s+України)?(?!\s+(?:РФ|рф|Росії|Російської|країни-агресор))(?!" + _FOREIGN_BODY + ")",
     "Ministry of Defence of Ukraine", "ministry", "UA"),
    # (not Russia's: "прес-секретар президента РФ")
    (_PRESIDENT_ADVISER + r"(?:\s+України)?(?!\s+(?:РФ|рф|Росії|Російської))(?!" + _FOREIGN_BODY + ")",
     "Office of the President of Ukraine", "official", "UA"),
    # heads of state telling a week's or a night's figures
    (r"[Пп]резидент\w*\s+України(?:\s+Володимир\w*)?(?:\s+Зеленськ\w*)?|(?:Володимир\w*\s+)?Зеленськ\w*",
     "President of Ukraine", "official", "UA"),
    (r"(?:Володимир\w*\s+)?Путін\w*", "President of Russia", "official", "RU"),
    # the Air Force's own formulas ("збито/подавлено", "підтверджено збиття/подавлення", "локаційно втрачено")
    (r"збито/подавлено|збиття/подавлення|локаційно\s+втрачено", "Ukrainian Air Force", "air_force", "UA"),
    # a side named only as a side, the source of a figure ("за даними російської сторони, збито 20 дронів",
    # "українські військові заявили"): that side's figure, not the claim told before (who exactly is
    # told elsewhere: VAGUE_CLAIMANTS); "випущених українською стороною" is the attacker
    (_SIDE_SOURCE.format(side=r"українськ\w*"), "Ukrainian military", "military_command", "UA"),
    (_SIDE_SOURCE.format(side=r"російськ\w*"), "Russian military", "ministry", "RU"),
]
# "над областю", "over our region": where the speaking official's own region is meant
# ("силами ППО області збито 6", "силами ППО в області було збито ракету", "в межах області знищено 30")
OWN_REGION = (r"(?:над|у\s+небі\s+над|в\s+небі\s+над)\s+(?:нашою\s+|нашим\s+)?(?:областю|регіоном|містом|столицею|краєм|півостровом|територією\s+(?:області|регіону|міста|столиці|півострова))|"
              r"(?:сил\w*|засоб\w*|підрозділ\w*)\s+(?:ППО|протиповітряної\s+оборони)\s+(?:(?:в|у)\s+)?(?:області|регіону)|"
              r"(?:в|у)\s+межах\s+(?:області|регіону)|"
              # ("в області працювали сили ППО, знищено всі цілі", "у районах області збили 5 дронів")
              r"(?:в|у)\s+(?:районах\s+)?(?:області|регіоні)|на\s+території\s+(?:області|регіону)")
OWN_CITY = r"(?:містом|столицею|міста|столиці)$"  # which OWN_REGION words name the speaker's city itself
# which OWN_REGION words name the peninsula: in these reports Crimea, whoever speaks (Sevastopol's head too)
OWN_PENINSULA = r"(?:півостровом|півострова)$"
OWN_CAPITAL = r"(?:столицею|столиці)$"  # of them, the one that names the country's capital where another region is named
# a bare number agrees with its weapon's gender: "три ракеты и три беспилотника, над Брянской — ещё две" (the
# missiles), "ещё два" (the drones); the weapon words of the feminine
FEMININE_NUMBER = r"(?:дві|обидві|одна)\b"
MASCULINE_NUMBER = r"(?:два|обидва|один)\b"
FEMININE_WEAPON = r"(?:(?:авіа)?ракет|авіабомб|бомб)\w*"

# Words beside an office that make its holder a Russian-installed one ("the Moscow-installed
# governor of Zaporizhzhia"): he speaks for Russia whatever region he names.
OCCUPATION_MARKERS = (
    # (and an okrug's office: Ukraine's local units are raions and hromadas, an okrug in a Ukrainian region
    # is the Russian-installed one's, "глава Кам'янсько-Дніпровського муніципального округу")
    r"окупаційн\w*|підконтрольн\w*\s+(?:Росії|РФ|рф|Москві|Кремлю)|\bокруг(?:у|ом|і)?\b|"
    r"(?:призначен\w*|поставлен\w*)\s+(?:Росією|Москвою|Кремлем)|гауляйтер\w*"
)

VAGUE_CLAIMANTS = frozenset({"Ukrainian military", "Russian military"})  # see lexicon.en
REGIONAL_COMMANDS = frozenset({"Ukrainian military command"})  # see lexicon.en

# Where a claim's own sentences name nobody and no official speaks in the report: wording only
# Ukraine's side uses in Ukrainian (see attribute._attribute_the_unattributed).
SIDE_FORMULAS: list[tuple[str, str, str, str]] = [
    (r"(?:сил\w*|засоб\w*)\s+(?:ППО|протиповітрян\w*\s+оборон\w*)|мобільн\w*\s+вогнев\w*\s+груп\w*|"
     r"захисник\w*\s+неба|оборонц\w*\s+неба|наш\w*\s+(?:захисник\w*|оборонц\w*|ППО|сил\w*\s+ППО)|"
     r"українськ\w*\s+(?:захисник\w*|ППО|сил\w*|військов\w*|оборонц\w*)|Сил\w*\s+оборони|"
     r"(?:повітрян\w*\s+командуванн\w*|ПвК)\s+[«\"]?(?:Схід|Захід|Південь|Північ|Центр)|"
     # "сили ППО знешкодили 38 ворожих дронів": the enemy's drones are Russia's, the side Ukraine's
     r"ворож\w*\s+(?:(?:ударн\w*|російськ\w*)\s+)?(?:безпілотн\w*|БпЛА|дрон\w*|ракет\w*|шахед\w*|Shahed)",
     "Ukrainian air defence", "military_command", "UA"),
]
# the side that defends, as the text's words give it away (for an office named without its region)
DEFENDER_SIDE_CUES: list[tuple[str, str]] = [
    (r"українськ\w*\s+(?:безпілотн\w*|БпЛА|дрон\w*|ракет\w*)|(?:безпілотник\w*|БпЛА|дрон\w*)\s+ЗСУ", "RU"),
    (r"(?:російськ|ворож)\w*\s+(?:(?:ударн\w*)\s+)?(?:безпілотн\w*|БпЛА|дрон\w*|ракет\w*)|шахед\w*|\bОВА\b", "UA"),
]

ANAPHORA = {
    r"відомств\w*|міністерств\w*": "ministry",
    r"ППО|ПВО|протиповітрян\w*\s+оборон\w*|мобільн\w*\s+вогнев\w*\s+груп\w*|сил\w*\s+ППО|"
    r"зенітн\w*|авіаці\w*|(?:противник|ворог|росіяни|окупанти)\s+(?:атакува\w*|запусти\w*|завда\w*)": "any",
}

ROLE_WORDS = (
    r"(?:(?:тимчасово\s+виконуюч\w*\s+обов'язки|в\.\s?о\.|т\.\s?в\.\s?о\.)\s+(?:голови|начальника)(?:\s+ОВА)?|"
    r"начальник\w*|голов\w*|очільни\w*|керівни\w*|губернатор\w*|міськ\w*\s+голов\w*|мер\w*)"
    # (and the body's short name joined to its town's, "керівник ДніпроОВА", "начальник РівнеОВА": an oblast's)
    r"(?:\s+(?:обласної\s+)?(?:військової\s+)?(?:державної\s+)?адміністрації|\s+ОВА|\s+МВА|\s+КМВА|\s+ОДА|"
    r"\s+[А-ЯІЇЄҐ][а-яіїєґ'’]+ОВА(?![\w'’-]))?"
)
TOWN_ROLE_WORDS = r"(?!)"  # (English "Kyiv Mayor …" after the town's name; here the title comes first)
_NAME = r"[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’]+)?(?:\s+[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’]+)?){1,2}(?![\w-])"
_REGION = (
    # ("голови Кам'янсько-Дніпровського муніципального округу": a name of two capitalised parts)
    r"[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’-]+)?(?:ої|ого|ій|ої)?\s+(?:області|ОВА|МВА|ОДА|обласної\s+ради|обласної\s+(?:військової\s+|державної\s+)*"
    r"адміністрації|міської\s+військової\s+адміністрації|району|(?:(?:муніципальн|міськ)\w+\s+)?округу)|Києва|Київської\s+МВА|КМВА|"
    r"Севастополя|Москви|Санкт-Петербурга"  # the cities that are regions ("голова Севастополя")
)
# a region's colloquial name, with the official's name after it ("голова Сумщини Олег Григоров"); an office
# told so with no name ("керівника Дніпропетровщини") is left to the one named before
_REGION_NAMED = _REGION + r"|[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:щини|чини)(?![\w'’-])"
NAME_AFTER_ROLE = rf",?\s+{_NAME}"  # "в Одесі, начальник ОВА Олег Кіпер": the name after the office
PEOPLE = [
    # "Олег Кіпер, начальник Одеської ОВА"
    rf"(?P<name>{_NAME}),\s+(?P<role>{ROLE_WORDS})(?:\s+(?P<region>{_REGION}))?",
    # "начальник Одеської ОВА Олег Кіпер", "голова Сумської обласної адміністрації, Петро Коваленко"
    # (and a Russian region's "губернатор Брянської області Іван Петренко": one person, the office and its name,
    # as the ru twin reads it; not a nameless office and a surname apart)
    rf"(?i:(?P<role>начальник\w*|голов\w*|очільни\w*|керівни\w*|в\.\s?о\.\s+(?:голови|начальника)|"
    rf"тимчасово\s+виконуюч\w*\s+обов'язки\s+(?:голови|начальника)|міськ\w*\s+голов\w*|мер\w*|губернатор\w*))"
    rf"\s+(?P<region>{_REGION_NAMED}),?\s+(?P<name>{_NAME})",
    # a city's office and the city in the genitive ("мер Львова Андрій Садовий"): the city is no part of the name
    rf"(?i:(?P<role>міськ\w*\s+голов\w*|мер(?:а|у|ом|ові)?(?![\w'’])))\s+(?P<region>[А-ЯІЇЄҐ][а-яіїєґ'’-]+),?\s+(?P<name>{_NAME})",
    # "начальник ОВА Олег Кіпер"
    # and "очільник регіону Іван Федоров": the unit the office is of, named by its kind
    rf"(?i:(?P<role>{ROLE_WORDS}))(?:\s+(?:міста|регіону|області|краю|громади))?,?\s+(?P<name>{_NAME})",
]
# An office with its region and no name ("– повідомив голова Полтавської ОВА")
OFFICES = [
    rf"(?i:(?P<role>начальник\w*|голов\w*|очільни\w*|керівни\w*|в\.\s?о\.\s+(?:голови|начальника)|"
    rf"тимчасово\s+виконуюч\w*\s+обов'язки\s+(?:голови|начальника)|міськ\w*\s+голов\w*|мер\w*|губернатор\w*))"
    rf"\s+(?P<region>{_REGION})",
    # the region's adjective alone before a dash or comma, "області" left out: "…, а губернатор Бєлгородської – про три"
    r"(?i:(?P<role>губернатор\w*))\s+(?P<region>(?-i:[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ської|цької)))(?=\s*[-–—,])",
    # "…, повідомив голова ОВА у Telegram": the office, its region the sentence's or the one he was named for
    # before, else none (his side the text's other cues give)
    # (the office where it tells: "повідомив голова ОВА", "голова ОВА повідомив")
    r"(?i:(?<=повідомив\s)|(?<=написав\s)|(?<=заявив\s)|(?<=зазначив\s)|(?<=уточнив\s)|(?<=додав\s))"
    r"(?i:(?P<role>(?:голова|начальник|очільник)\s+ОВА))\b(?!\s+(?-i:[А-ЯІЇЄҐ]))",
    r"(?i:\b(?P<role>(?:голова|начальник|очільник)\s+ОВА))(?=\s+(?:у\s+\w+\s+)?(?:повідомив|написав|заявив|зазначив|уточнив|додав)\b)",
]
# "Одеської ОВА" → "Одеської область"; "у Київській міській військовій адміністрації" → Kyiv
ADMINISTRATION_OF_REGION = r"\s+(?:ОВА|ОДА|обласн\w*\s+(?:військов\w*\s+|державн\w*\s+)*адміністраці\w*|обласн\w*\s+рад\w*)$"
# "голова Дніпропетровської обласної ради": the region's council, not its administration
COUNCIL = r"\bрад[аиіу]\b|облрад"
# "голова Нікопольського району": a district's office, not its region's head
DISTRICT_OFFICE = r"\b(?:район\w*|громад\w*|округ\w*)$"  # (an okrug: the Russian-installed one's, "голова … муніципального округу")
# a clause of another speaker ends a breakdown item's places: "про п'ять збитих над Сумщиною, а голова
# Харківської ОВА – про три" (his region is no place of the five)
# (and a clause of an earlier downing, a statement of its own: "Увечері мер повідомив про знищення двох дронів, до
# цього ППО збила чотири безпілотники" — the four are that earlier report's, not parts of the two)
ITEM_STOP_SPEAKER = (rf",\s*(?:(?:а|і|й|та|але)\s+(?:{ROLE_WORDS})\b"
                     r"|(?:а\s+)?(?:до\s+цього|перед\s+цим)\s+(?=(?:[\w'’-]+\s+)??(?:[\w'’-]+\s+)??(?:[\w'’-]+\s+)??(?:збил|збит|збив|знищ|перехоп)))")
ROLE_KINDS = [
    (r"міськ\w*\s+голов|мер", "official", "mayor"), (r"МВА|міської|КМВА", "governor", "city_head"),
    (r"в\.\s?о\.|тимчасово", "governor", "acting_governor"),
    (r"начальник|голов|очільни|керівни|ОВА|ОДА|адміністрац", "governor", "head_of_region"),
]
# a person or office of its own telling the sentence ("…, повідомив мер"), not the claim told before
ROLE_SAID = rf"(?:{ITEM_STOP})\s+(?:{ROLE_WORDS})"
AUTHORITY_NAMES = r"(?!)"  # (see lexicon.ru: an administration's name in full, a family of its own)
AUTHORITIES = (
    r"(?:[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:а|ої|ій|у)\s+)?(?:ОВА|ОДА|МВА|КМВА|"
    r"(?:обласн|міськ)\w*\s+(?:військов\w*\s+|державн\w*\s+)*адміністраці\w*|міськ\w*\s+рад[аиіу]\b)|"
    r"(?:військов\w*\s+)?адміністраці\w*\s+(?-i:[А-ЯІЇЄҐ][а-яіїєґ'’-]+)ої\s+області|"
    r"місцев\w*\s+влад\w*|влад\w*|ДСНС|рятувальник\w*"
)
# the body an administration's name says, the English words of its name, whether a region or a town
# names it, and the town an abbreviation names by itself ("Сумська ОВА" -> Sumy Oblast Military
# Administration, "КМВА" -> Kyiv City Military Administration); the first that matches
ADMINISTRATION_BODIES = [
    (r"\bКМВА\b", "City Military Administration", "city", "Київ"),
    (r"\bМВА\b|міськ\w*\s+військов\w*\s+адміністраці", "City Military Administration", "city", None),
    (r"міськ\w*\s+рад", "City Council", "city", None),
    (r"міськ\w*\s+(?:державн\w*\s+)?адміністраці", "City Administration", "city", None),
    (r"\bОВА\b|обласн\w*\s+(?:державн\w*\s+)?військов\w*\s+адміністраці", "Military Administration", "region", None),
    (r"\bОДА\b|обласн\w*\s+державн\w*\s+адміністраці", "State Administration", "region", None),
    (r"обласн\w*\s+адміністраці", "Administration", "region", None),
    (r"військов\w*\s+адміністраці(?=\w*\s+\S+\s+област)", "Military Administration", "region", None),
    (r"адміністраці(?=\w*\s+\S+\s+област)", "Administration", "region", None),
]

# what suffers but is nobody: "пострадали два спиртзавода", "постраждали 3 будинки", "two houses were hit"
# animals, no victims of an attack: "загинули три корови", "худобу врятувати не вдалося"; not the people who keep
# them, whose word opens with the animal's ("тваринник", "птахівник", "корівниця", "свинар")
_ANIMAL_GUARD = r"(?!\w*(?:вод|ник|ниц|ар[ьяюєеиіїокё]|ар\b))"
_HERD = r"поголів['’ʼ]?\w*"  # (a herd's word: no item of a list of victims, see _ITEM)
_ANIMALS = (r"(?:худоб\w*|корів\w*|коров\w*|телят\w*|бик\w*|свин\w*|овець|овц\w*|вівц\w*|кіз\b|кози?\b|коз[уиоі]\w*|"
                r"кон(?:і|я|ей|ем|ями)\b|кур(?:и|ей|ка|ки|ок)\b|птиц\w*|птах\w*|тварин\w*|собак\w*|пс(?:а|и|ів)\b|пес\b|кішк\w*|кіт\b|кот(?:а|и|ів)\b)")
ANIMAL_NOUNS = rf"{_ANIMAL_GUARD}(?:{_HERD}|{_ANIMALS})"
THING_NOUNS = (
    r"(?:будин\w*|будівл\w*|домоволодін\w*|підприєм\w*|\w*завод\w*|об['’ʼ]єкт\w*|автомобіл(?!іст)\w*|авто\b|машин(?!іст)\w*|"
    r"споруд\w*|квартир\w*|гараж\w*|склад\w*|магазин\w*|школ\w*|заклад\w*|транспорт\w*|"
    r"багатоповерхів\w*|підстанці\w*|котельн\w*|покрівл\w*|вікон|вікна)"
)
# the hits or blasts a count may count, no people: "щонайменше п'ять вибухів і одна поранена людина"
HIT_COUNT_NOUNS = r"(?:вибух\w*|удар(?:и|ів)?\b|прил[іь]от\w*|влучан\w*)"
# the place of the event the sentence before told: "Це сталося в Куп'янську" (an attack there only
# after a sentence that told an event: attribute.incidents)
HAPPENED_IN = r"\b(?:це|усе\s+це|все\s+це)\s+(?:сталося|трапилося|відбулося)\s+(?:[\w'’]+\s+)?(?:в|у|на|під)\s+(?-i:[А-ЯІЇЄҐ])"
# the town the weapons flew at ("ракети летять у бік Полтави", "усі дрони, що летіли на Суми, збито"): an attack's
# word, but a direction, no place where something happened (incidents leaves the town out: the read golds list
# none, uk-f52-07, uk-f55-08, uk-f56-01, uk-f57-04; the older dev golds uk-045, uk-065, uk-074 did)
AIMED_AT = (r"(?:летіл\w*|летить|летять|прямува\w*|прямують|рухал\w*|рухаєть\w*|рухают\w*)\s+(?:[\w'’-]+\s+)?"
            r"(?:на|до|у\s+бік|в\s+бік|у\s+напрямку|в\s+напрямку|у\s+напрямі|в\s+напрямі)")
# (English, Russian: a capital only targeted is its region, no locality; the Ukrainian golds list Moscow
# attacked, "дрони атакували москву": dev uk-014, uk-056)
CAPITALS_TARGETED_AS_REGION: frozenset[str] = frozenset()
# a city that is a region of its own, a count told over it alone ("над Києвом збито 10", "під час атаки на
# Київ збито 40 цілей"), is a place of the report: its readers list the city (dev uk-035; read f37-04,
# f38-13), the English ones do not
COUNTED_CITY_IS_TOWN = True
INCIDENTS: dict[str, str] = {
    # ("Ударів зазнали Сумська, Хотінська і Буринська громади", "громада зазнала удару")
    "attack_reported": r"(?:атак\w*|атакува\w*|напад\w*|обстріл\w*|потерпа\w*|під\s+(?:\w+\s+)?ударом|"
                       # "наслідки ворожого удару зафіксовано в … районах": where the strike's aftermath is
                       # ("наслідки ворожої агресії з'ясовують у … громадах": of the attack, whatever its word, told where
                       # it is, not a place of another clause: "наслідки агресії з'ясовують, …, а в … громаді відкрився
                       # ринок"; nor an earlier attack's: "наслідки торішньої агресії у … усувають")
                       r"наслідк\w*\s+(?:(?!(?:торішн|минулорічн|минул|позаминул|давн)\w*\s)[\w'’-]+\s+){0,2}?"
                       r"(?:удар\w*|(?:атак|обстріл|агресі|напад)\w*(?=\s+(?:[\w'’-]+\s+){0,2}?(?:в|у|на)\s))|"
                       r"удар\w*\s+зазна\w*|зазна\w*\s+(?:[\w'-]+\s+){0,2}?удар\w*|"
                       # "загарбники цілились в об'єкт інфраструктури міста": what the strike was aimed at
                       r"\bціли(?:л(?:ись|ися|ась|ася|и|а)|вся)\s+(?:[\w'’-]+\s+)?(?:в|у|по|на)\s+(?:об['’]єкт|підприємств|інфраструктур|будин|місто|місті|сел)\w*|"
                       # "окупанти намагалися знищити у місті об'єкти енергетики": what the strike tried to destroy
                       r"\bнамага\w*\s+(?:[\w'’-]+\s+)?(?:знищити|уразити|вразити|зруйнувати)\b|"
                       r"застосува\w*\s+(?:[\w-]+\s+){0,3}?проти\b|"
                       # "застосували FPV-дрони та РСЗВ \"Град\" по Нікополю": the weapons used against a place (named)
                       r"застосува\w*\s+[^.;!?\n]{0,60}?(?<!\w)по\s+(?-i:[А-ЯІЇЄҐ])|\bб(?:ив|ила|или|ʼє|'є|ють)\s+(?:[\w-]+\s+){0,4}?по\b|"
                       r"(?:ви|за)пусти\w*\s+(?:[\w-]+\s+){0,2}?по\b|"
                       # "ворог гатив по Нікопольщині", "вдарили з артилерії по Нікополю", "Під вогнем
                       # опинилися Нікополь і …", "потрапили під удар", "накривав вогнем", "тероризував"
                       r"\bв?гати\w*\s+(?:[\w-]+\s+){0,4}?по\b|\bвдари\w*\s+(?:[\w-]+\s+){0,4}?по\b|"
                       r"під\s+(?:\w+\s+)?(?:вогнем|удар|удари|ударами)\b|накри\w*\s+(?:\w+\s+)?вогнем|терориз\w*|"
                       # "продовжував терор Нікопольщини", "міста провели ранок в умовах ракетного терору" (not a topic: "виставка про терор …")
                       r"(?<!\bпро\s)терор\w*\s+(?-i:[А-ЯІЇЄҐ])|в\s+умовах\s+(?:[\w'’-]+\s+)?терору|"
                       # a strike told after one before it, its verb left out: "Увечері – по Марганецькій громаді."
                       r"^\W*(?:(?:пізно|рано|потім|згодом)\s+)?(?:уночі|вночі|увечері|ввечері|зранку|вранці|уранці|удень|вдень|опівдні|опівночі|"
                       # (no verb of its own after it: "Увечері – по Харкову оголосили тривогу" tells no strike)
                       r"потім|згодом|пізніше)\s+[-–—]\s+по\b(?![^.!?;]*?[\w'’](?:ли|ла|ло|лися|лася|лося|вся|ено|ано)\b)|"
                       # the place the weapons flew at (AIMED_AT)
                       rf"(?:{AIMED_AT})\s+(?-i:[А-ЯІЇЄҐ])|"
                       # the place of the event just told: "Це сталося в Куп'янську"
                       rf"{HAPPENED_IN})",
    "attack_repelled": r"(?:відбит\w*|відбили|відбито|відбивали)",
    # (and where a drone fell: "внаслідок падіння збитого БпЛА на території … громади", as Russian "падение беспилотника")
    "debris": r"(?:улам(?:ок|к\w*)|\bчастин[аиу]\s+(?:\w+\s+)?(?:безпілотник\w*|дрон\w*|БпЛА|ракет\w*)|"
              r"падінн\w*\s+(?:(?:збит\w*|ворож\w*|ударн\w*)\s+)?(?:уламк\w*|безпілотник\w*|дрон\w*|БпЛА|ракет\w*|шахед\w*)|фрагмент\w*|"
               # munitions found where they fell ("снаряди виявили в селі …", "знайдено нерозірваний боєприпас"; not
               # "боєприпасів не виявили")
               r"(?:суб)?(?:снаряд\w*|боєприпас\w*)\s+(?:(?!не\b)[\w'’-]+\s+){0,2}?(?:виявл\w*|виявил\w*|знайд\w*|знайшли)|"
               r"(?<!не )(?:виявл\w*|виявил\w*|знайд\w*|знайшли)\s+(?:[\w'’-]+\s+){0,2}?(?:суб)?(?:снаряд\w*|боєприпас\w*))",
    "fire": r"(?:пожеж\w*|загор[яа]нн\w*|займанн\w*|горіння|\bгорі(?:в|ла|ли|ло)\b|\bгор(?:ить|ять)\b|загорі(?:в|л)\w*|спалах\w*|\bзайня(?:вся|лася|лося|лись|лися)\b(?!\s+[\w'’]+(?:ням|ттям|ою|ею|єю|ами|ями)\b))",  # ("горять авто"; "зайнявся склад":
    # caught fire, the reflexive only: "зайняли село" is taken; not with a task in the instrumental after it,
    # "рятувальники зайнялися розбиранням завалів": got busy with)
    "damage": r"(?:постражда\w*\s+(?:[\w-]+\s+){0,2}?"
               rf"{THING_NOUNS}|"
               # ("Постраждали Шевченківський і Київський райони Харкова", "Найбільше постраждав Подільський район
               # столиці": the city's districts)
               r"постражда\w*\s+(?:[\w'’-]+\s+){0,3}?район(?:и|ів)?\b|"
               r"пошкоджен\w*|пошкодил\w*|зачепи(?:в|ла|ло|ли)\b|пошкодив\w*|пошкоджено|вибит\w*|вибило|посічен\w*|посікл[аои]?\b|зруйнован\w*|зруйнува\w*|\bпобит\w*|понівечен\w*|руйнуванн\w*|"
               # (what a strike cut off: "у Полтаві перебої з водопостачанням", "частина міста знеструмлена")
               r"знеструмл\w*|знеструми\w*|перебо\w+\s+(?:і?з\s+)?(?:електр|світл|вод|тепл|газ)\w*|"
               r"без\s+(?:світла|електро\w*|водопостачання|води|тепла)|блекаут\w*)",
    "hit": r"(?:влучанн\w*|влучань\b|(?:завда|нан[еі]с)\w*\s+(?:\w+\s+){0,2}?(?:авіа)?удар\w*|влучил\w*|влучив\w*|удар\w*\s+(?:(?:припа[лв]|прийш)\w*\s+(?:на|по)\s+|по|в|у)|здетонува\w*|удари\w*\s+(?:[\w'-]+\s+){1,2}?по\b|приліт\w*|прильот\w*|поціли\w*|\bуражен\w*|\b[ув]разил\w*|\b[ув]разив(?:ши)?\b|(?<!уламок\s)(?<!збитого\s)(?:безпілотник\w*|бпла|дрон\w*|ракет\w*|шахед\w*)\s+(?:[\w-]+\s+){0,2}?впа(?:в|ла)\b|"
           # ("На Житомирщині впав безпілотник": the verb first; not "впали уламки дрона", "впав збитий БпЛА")
           r"\bвпа(?:в|ла|ли)\s+(?:(?!улам|фрагмент|частин|збит)[\w'’-]+\s+){0,2}?(?:безпілотник\w*|бпла\b|дрон\w*|ракет\w*|шахед\w*)|вибух\w*|\bгучно\b|\bдісталос[ья]\b|"
           r"після\s+(?:[\w'’-]+\s+){0,2}?удар(?:ів|у|а)\b|"
           # the place before the strikes: "По Харкову було декілька потужних ударів"
           r"\bпо\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]+\s+(?:[\w'’-]+\s+){0,4}?удар(?:и|ів|ами)\b|"
           # "ракета потрапила в заправку", "потрапили в об'єкт" (not into a hospital or captivity)
           r"\bпотрапи(?:в|ла|ло|ли)\s+(?:в|у)\s+(?!лікарн|реанімац|полон|статистик|ДТП|аварі)|"
           # "дрон скинув вибухівку на автомобіль"
           r"скину\w*\s+(?:[\w'’-]+\s+)?(?:вибухів\w*|вибухов\w*|ВОГ\w*|боєприпас\w*|гранат\w*|бомб\w*))",  # "Найбільше дісталося Харкову", "роботи після ударів"
    "casualties": r"(?:отрима\w*\s+(?:[\w'’-]+\s+)?опік\w*|поранен\w*|постражда\w*|загину\w*|загибел\w*|жертв\w*|травмован\w*|(?:госпіт|шпит)алізован\w*|(?:госпіт|шпит)алізаці[яю]\b|доставлен\w*)",
}
NEGATION = r"(?:\bне\b|\bнемає\b|\bбез\b|\bні\b|ніхто|жодн\w*)"
# the people an "all" before a destroy verb names ("всім нашим героям, хто знищує"): the ones destroying, not the weapons
ALL_OF_PEOPLE = r"(?:хто|геро[їя]\w*|воїн\w*|бійц\w*|військовослужбовц\w*|захисник\w*)\b"
# "немає загиблих, поранених і значних руйнувань": a negation before a list reaches its last item
NEGATED_LIST = r"(?:\bнемає|\bбез)\s+(?:\w+\s+)?(?:\w+,\s+){1,4}(?:\w+\s+)?(?:і|й|та|або|ні)\s+(?:\w+\s+){0,2}$"
# a fire or a hit of lightning ("де через влучання блискавки горів склад", "загорання від удару блискавки"):
# no attack's, in the clause before the incident's word or just after it
NATURAL_CAUSE = r"(?<![\w'’])блискавк\w*"
# "постраждалих і руйнувань на землі немає", "про руйнування на землі не надходило"
NEGATION_AFTER = r"\s*(?:(?:і|та|на|в|у)\s+\w+\s+){0,3}(?:немає|не\s+було|не\s+зафіксовано|не\s+надходил\w*)\b"
# a bare "немає" closing the sentence (or its clause, before a comma) after a few plain words ("руйнувань унаслідок нальоту на околиці
# міста немає"), or after an aside in commas ("пошкоджень, за попередніми даними, немає"), where the word
# opens its clause (not "підтвердження інформації про обстріл міста … немає")
NEGATION_CLOSING = r"\w*(?:\s+[\w'’-]+){0,7}?(?:,\s+[\w'’-]+(?:\s+[\w'’-]+){0,3},)?\s+немає\s*(?:[.!,;]|$)"
# "по одній людині поранено в кожній області": a toll told for each of the places the sentence names
# after a town's name, its region with it: "загинули троє у Києві та області" (a toll told for the town and
# the region around it: the town's toll told before is part of it)
AND_REGION_AFTER = r"(?:\s*,\s+|\s+)(?:та|і|й)\s+(?:(?:в|у|на)\s+)?(?:області|регіоні|передмісті|околицях|передмістях)(?![\w'’-])"
TOLL_IN_EACH = r"(?<![\w'’])(?:у|в)\s+кожн(?:ій|ому|ій\s+з)\s+(?:з\s+)?(?:[\w'’]+\s+)?(?:област|район|міст|сел|громад|населен)\w*"
# victims told with a relative clause of when they were hurt ("Також по допомогу звернулася 60-річна жінка, яка
# постраждала в Ізюмі 3 травня"): with a day the report has not told, earlier victims, no part of its toll; and
# where the clause they stand in begins (";", ", а …", "також")
HURT_THEN_CLAUSE = (r",\s*(?:які|який|яка|котрі|котрий|котра)\s+(?:[^,;.]*?\s)?(?:постраждал\w*|поранен\w*|травмува\w*|"
                    r"(?:дістал|отримал)\w*\s+(?:поранен|травм)\w*)(?![\w'’])[^;]*")
VICTIMS_CLAUSE_OPEN = r";|,\s*(?:а|але|також|ще)(?![\w'’])|(?<![\w'’])також(?![\w'’])"
NO_CASUALTIES = (
    r"(?:обійшлося\s+без\s+(?:постраждалих|жертв|поранених)|без\s+постраждалих|ніхто\s+не\s+постраждав|"
    r"постраждалих\s+немає|люди\s+не\s+постраждали|жертв\s+(?:і|та)\s+постраждалих\s+немає|не\s+постраждал\w*|"
    r"без\s+негативних\s+наслідків)"
)
# "загроза атаки БпЛА", "небезпека падіння уламків": a warning, no event (not the time of blasts heard:
# "під час тривоги пролунали вибухи", "тривоги було чути вибухи", "під час тривоги сталися два вибухи")
# ("Можливі вибухи, будьте в укриттях", "можливе падіння уламків": a warning too)
THREAT_BEFORE = (r"(?:загроз\w*|небезпек\w*|ризик\w*|тривог\w*|(?<![\w'’])можлив(?:і|ий|е|а))\s+(?!(?:[\w-]+\s+)?(?:пролуна|луна|чул|чути|чутн|стал\w*с[яь]|стався|відбул|прогрим)\w*\s)"
                 r"(?:[\w-]+\s+){0,2}$")
# the warning told after the word: "вибухи можливі", "падіння уламків можливе"
THREAT_AFTER = r"\s+(?:також\s+)?(?:можлив(?:і|ий|е|а)|ймовірн(?:і|ий|е|а))(?![\w'’])"
# explosions told only as heard or sounding ("у Києві чули вибухи", "пролунали вибухи", "повідомили про вибухи у …",
# "звуки вибухів", "серія вибухів прогриміла"): no hit where they sounded, and the read golds list no place for them
# (uk-f49-15, uk-f51-03, uk-f55-03, uk-f57-11); incidents.py asks it of the "hit" word it covers
HEARD_BLAST = (r"(?:звук\w*|чут\w*|чул\w*|чу(?:ти|ємо)\b|лунал\w*|пролун\w*|луна\w*|гриміл\w*|прогримі\w*|гримл\w*|гримі\w*|"
               r"(?:повідом|інформу|розпові|пиш|пишуть)\w*\s+(?:[\w'’-]+\s+)?про)\s+(?:[\w'’-]+\s+){0,4}?вибух\w*|"
               r"вибух\w*\s+(?:[\w'’-]+\s+){0,3}?(?:пролун\w*|лунал\w*|луна\w*|чут\w*|чул\w*|гриміл\w*|прогримі\w*|гримл\w*|гримі\w*|"
               r"було\s+чутно)")
# the next sentence's word for the place the blasts sounded: "В Одесі пролунали вибухи. Атака дронів на місто тривала
# годину", "… били по місту ракетами", "… пошкодили тут будинок", "до цілі долетіли": they were the attack there
HEARD_THERE = r"(?<![\w'’])(?:там|тут|місто|міста|місту|містом|місті|до\s+ціл(?:і|ей))(?![\w'’])"
# a sentence opening with an earlier week, month or year ("Минулого тижня ворог атакував Київ, Одесу та Харків"):
# background, no place of the report's (see lexicon.en)
EARLIER_PERIOD_OPENING = (r"^\W*(?:минулого\s+(?:тижня|місяця|року)|на\s+минулому\s+тижні|раніше\s+цього\s+(?:місяця|року)|"
                          r"(?:за\s+)?останні\s+(?:кілька\s+|два\s+|три\s+)?(?:дн[іів]*|тижн[іів]*|місяц[іів]*)|останніми\s+днями)(?![\w'’])")
UNSPECIFIED = r"(?:уточнюється|уточнюються|інформаці\w*\s+(?:про\s+\w+\s+)?уточнюється|невідом\w*)"
# (an acute stress reaction is an injury: "зазнали гострої реакції на стрес двоє")
INJURED = (r"(?:(?:зазна\w*|отрима\w*|перен[іе]с\w*)\s+(?:[\w'’-]+\s+)?реакці\w+\s+на\s+стрес\w*|отрима\w*\s+(?:[\w'’-]+\s+)?опік\w*|зазна\w*\s+(?:травм\w*|поранен\w*)|отрима\w*\s+медичн\w+\s+допомог\w*|знадоби\w*\s+(?:медичн\w+\s+)?допомог\w*\b(?!\s+психолог)|потребува\w*\s+(?:медичн\w+\s+допомог\w*|меддопомог\w*)|(?:медичн\w+\s+допомог\w*|меддопомог\w*)\s+(?:потребува|отрима)\w*|лікуют\w*\s+амбулаторно|лікуєт\w*\s+амбулаторно|поранен\w*|поранил\w*|поранив\w*|зверну(?:в|л)\w*\s+(?:по|за)\s+(?:(?:медичн\w+\s+)?допомог\w*|меддопомог\w*)|(?:за\s+(?:(?:медичн\w+\s+)?допомогою|меддопомогою)|по\s+(?:(?:медичн\w+\s+)?допомогу|меддопомогу))\s+(?:до\s+[\w'’-]+\s+)?зверну(?:в|л)\w*|постражда\w*|потерпіл\w*|травм\w*|(?:госпіт|шпит)алізова\w*|(?:госпіт|шпит)алізува\w*|(?:госпіт|шпит)алізаці[яю]\b|доставлен\w*\s+(?:до|в|у)\s+(?:лікарн\w*|медзаклад\w*|шпитал\w*)|"
           # ("ще двом було надано медичну допомогу на місці", "одній людині надали допомогу на місці": the help given)
           r"над(?:ано|али|ав|ала)\s+(?:(?:всю|усю)\s+)?(?:(?:необхідн|первинн|домедичн|невідкладн)\w*\s+)?(?:медичн\w+\s+допомог\w*|меддопомог\w*|допомог\w*\s+на\s+місці))")  # ("20 було доставлено до лікарні": hurt, as "госпіталізовано")
# the injured told as taken to hospital: after a figure of the injured, maybe some of those
# (each "госпіталіз-" word also as "шпиталіз-", from "шпиталь": "одну людину шпиталізовано")
HOSPITALISED = r"(?:(?:госпіт|шпит)алізова\w*|(?:госпіт|шпит)алізува\w*|(?:госпіт|шпит)алізаці[яю]\b|доставлен\w*\s+(?:до|в|у)\s+(?:лікарн\w*|медзаклад\w*|шпитал\w*))"
# "померли", "удар забрав життя двох людей", "обірвав життя": the dead
# wounds "несумісні з життям" (after the wounds' noun): fatal, so the dead, not the injured
FATAL = r"несумісн\w*\s+(?:з|із)\s+житт\w*"
# ("відомо про десять жертв атаки": the dead; "без жертв", "немає жертв" are the zero of ZERO_NOUNS)
# ("отримали смертельні поранення", "смертельно поранений": the dead, told before the wounds' word)
KILLED = rf"(?:(?:поранен\w*|травм\w*),?\s+{FATAL}|смертельн\w*\s+(?:поранен\w*|травм\w*)|\bтіл[оа]\b|загину\w*|загинул\w*|загиб\w*|(?<!без\s)(?<!немає\s)(?<!нема\s)\bжертв\w*|вбит\w*|вбив\w*|вбил\w*|помер\w*|забра\w*\s+житт\w*|обірва\w*\s+житт\w*)"
PERSON_NOUNS = (
    r"(?:люд\w*|осіб|особ\w*|чолов\w*|жін\w*|дит\w*|діт\w*|підлітк\w*|пенсіонер\w*|воді\w*|"
    r"працівник\w*|мешкан\w*|цивільн\w*|жител\w*|пасажир\w*|громадян\w*|військовослужбов\w*|"
    # (people by their work: "загинули під завалами двоє рятувальників", "поранено трьох охоронців")
    r"рятувальник\w*|пожежник\w*|надзвичайник\w*|охоронц\w*|охоронник\w*|фермер\w*|медик\w*|будівельник\w*|"
    # ("росіянин постраждав": a person by his country)
    r"росіян(?:ин|ина|ину|ка|ки|ку|и|ам)?\b|україн(?:ець|ця|цю|ці|ців|ка|ки|ку))"
)
# person words that are adjectives of things too: "5 цивільних автомобілів" counts cars, not civilians
PERSON_ADJECTIVES = r"(?:цивільн|мирн)\w*"
PRESENT_VICTIM_VERB = r"(?!)"  # (English "strike kills 3", not "six kills")
# ("підтвердили загибель чотирьох людей": the dead, as English "the bodies of two people", not "of two downed drones")
VICTIM_VERB_OF_PERSONS = r"загибел"
VICTIM_VERB = (r"(?:(?:зазна\w*|отрима\w*|перен[іе]с\w*)\s+(?:[\w'’-]+\s+)?реакці\w+\s+на\s+стрес\w*|\bтіл[оа]\b|\bзагибел[іь]\b|\bзагибл(?:их|і)\b|отрима\w*\s+(?:[\w'’-]+\s+)?опік\w*|травмува\w*|отрима\w*\s+медичн\w+\s+допомог\w*|знадоби\w*\s+(?:медичн\w+\s+)?допомог\w*\b(?!\s+психолог)|потребува\w*\s+(?:медичн\w+\s+допомог\w*|меддопомог\w*)|(?:медичн\w+\s+допомог\w*|меддопомог\w*)\s+(?:потребува|отрима)\w*|лікуют\w*\s+амбулаторно|лікуєт\w*\s+амбулаторно|зазна\w*\s+(?:травм\w*|поранен\w*)|поранен\w*|поранил\w*|поранив\w*|зверну(?:в|л)\w*\s+(?:по|за)\s+(?:(?:медичн\w+\s+)?допомог\w*|меддопомог\w*)|(?:за\s+(?:(?:медичн\w+\s+)?допомогою|меддопомогою)|по\s+(?:(?:медичн\w+\s+)?допомогу|меддопомогу))\s+(?:до\s+[\w'’-]+\s+)?зверну(?:в|л)\w*|загину\w*|загинул\w*|вбит\w*|вбив\w*|вбил\w*|помер\w*|забра\w*\s+житт\w*|обірва\w*\s+житт\w*|постражда\w*|травмован\w*|(?:госпіт|шпит)алізован\w*|"
               # ("травми, несумісні з життям, отримала 61-річна жінка": the injuries first, then who had them)
               # ("поранень зазнали троє людей": the genitive noun, then "зазнати")
               rf"(?:госпіт|шпит)алізува\w*|(?:госпіт|шпит)алізаці[яю]\b|(?:смертельн\w*\s+)?(?:поранення|травми|травму)(?:,?\s+{FATAL},?)?\s+(?:отрима(?:в|л\w*)|діста(?:в|л\w*))|"
               r"(?:поранен(?:ня|ь)|травм)\s+зазна(?:в|л[аи]?)\b)")
# after an adjective that stands for a person ("поранено цивільного"): no noun of a thing or of a whole
# people, whose adjective it is ("є постраждалі серед цивільного населення", "постраждала цивільна інфраструктура")
_NO_THING_AFTER = rf"(?!\s+(?:{THING_NOUNS}|населенн\w*|інфраструктур\w*|об['’ʼ]єкт\w*))"
_ONE = (r"(?:росіян(?:ин|ина|ка|ки)|україн(?:ець|ця|ка|ки)|(?:одна\s+|одну\s+)?(?:людина|людину|особа|особу)|чолові(?:к|ка)|жінк[аиу]|дитин[аиу]|підліт(?:ок|ка|ку)|пенсіонер(?:к[аиу]|а)?|водій|водія|"
        rf"працівни(?:к|ка|ця|цю)|мешкан(?:ець|ця|ка|ку)|жител(?:ь|я|ька|ьку)|цивільн(?:ий|ого|а|у){_NO_THING_AFTER}|охорон(?:ець|ця)|бо(?:єць|йця)|бійц(?:я|ю)|солдат(?:а)?|рятувальник(?:а|у)?|"
        rf"хлопець|хлопця|хлопчик[а]?|дівчин(?:к[аиу]|[аиу])|юнак[а]?|бабус[яію]|дідус[ья]|військов(?:ий|ого){_NO_THING_AFTER}|"
        r"пасажир(?:а|ку|ка)?|пішох[іо]д(?:а)?|журналіст(?:а|ка|ку|ки)?|волонтер(?:а|ка|ку|ки)?|тракторист(?:а)?|механізатор(?:а)?|фермер(?:а)?|пастух(?:а)?|господар(?:я|ка|ку|ки)?|власни(?:к|ка|ця|цю)|"
        # (a relative: "загинули чоловік та його син", "її онук поранений"; not "мати", the verb "to have" too)
        r"матір|дружин[аиу]|син|сина|донька|доньку|доньки|дочка|дочку|дочки|онук(?:а)?|онучк[аиу]|батько|батька|брат(?:а)?|сестр[аиу])")
_ONE_VICTIM_NOUNS = ("загиблий", "загибла", "поранений", "поранена", "травмований", "травмована", "постраждалий", "постраждала")
# a victim's treatment, told for one person or for several: in hospital still, or treated as an outpatient
_TREATED_ONE = (r"(?:залишається|перебуває)\s+(?:[\w'’-]+\s+){0,3}?(?:в|у)\s+(?:лікарні|медзакладі|шпиталі|реанімації)(?![\w'’])|"
                r"лікується\s+(?:амбулаторно|(?:в|у)\s+(?:лікарні|медзакладі|шпиталі))(?![\w'’])")
_TREATED_MANY = (r"(?:залишаються|перебувають)\s+(?:[\w'’-]+\s+){0,3}?(?:в|у)\s+(?:лікарні|медзакладі|шпиталі|реанімації)(?![\w'’])|"
                 r"лікуються\s+(?:амбулаторно|(?:в|у)\s+(?:лікарні|медзакладі|шпиталі))(?![\w'’])")
ONE_VICTIM = [
    # "постраждало подружжя", "подружжя загинуло": two people, the pair (group "pair"; the verb agrees with it;
    # not "подружжя не постраждало")
    r"(?P<verb>(?<![\w'’])(?:загинуло|постраждало|поранено|травмовано|(?:госпіт|шпит)алізовано))\s+(?:ще\s+)?(?P<pair>подружжя)(?![\w'’])",
    r"(?<![\w'’])(?P<pair>подружжя)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?<!\bне\s)(?P<verb>загинуло|постраждало|отримало\s+(?:[\w'’-]+\s+)?(?:поранен\w*|травм\w*))",
    # "постраждали її батьки", "батьки хлопчика загинули": the parents, two people (the verb agrees with them)
    r"(?P<verb>(?<![\w'’])(?:загинули|постраждали|поранені|травмовані|(?:госпіт|шпит)алізовані))\s+(?:ще\s+|також\s+|теж\s+)?"
    r"(?:(?:її|його|їхні|їх)\s+)?(?P<pair>батьки)(?![\w'’])",
    r"(?<![\w'’])(?P<pair>батьки)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?<!\bне\s)(?P<verb>загинули|постраждали|поранені|травмовані|отримали\s+(?:[\w'’-]+\s+)?(?:поранен\w*|травм\w*))",
    # ("травми дістала 80-річна сільська пенсіонерка": the verb's two words, an age and an adjective)
    rf"(?P<verb>{VICTIM_VERB})\s+(?:[\w'’-]+\s+){{0,3}}{_ONE}\b",
    # ("одна особа отримала незначні ушкодження": a person's injuries; not a thing's, which no person noun names)
    # ("отримав осколкові та рвані поранення": the wounds' adjectives joined by "та")
    # ("чоловік, директор сільської школи, отримав поранення": a title in commas, up to 100 characters)
    rf"{_ONE}(?:,\s+[^\W\d][^,.;]{{0,100}}?,)?\s+(?P<verb>(?:отрима(?:в|л[аи])|діста(?:в|л[аи])|зазна(?:в|л[аи]))\s+(?:[\w'’-]+\s+){{0,3}}?(?:поранен\w*|травм\w*|опік\w*|ушкоджен\w*)|загину[вл]а?|помер(?:ла)?|поранен[аио]?|"
    # ("дружину ушпиталили": taken to hospital, the verb's colloquial form too)
    r"постраждал[аи]?|постраждав|(?:госпіт|шпит)алізува\w*|(?:госпіт|шпит)алізован\w*|[ув]шпитал(?:ил[аи]?|ив)|зверну(?:вся|лася)\s+(?:по|за)\s+(?:медичн\w+\s+)?допомог\w*)",
    # "один водій загинув, другий отримав поранення", "…, а друга травмована", "інший поранений": the other of two, after a comma or "а"/"і"
    rf"(?:(?<=,\s)|(?<=\sа\s)|(?<=\sі\s)|(?<=\sй\s)|(?<=\sта\s))(?P<other>друг(?:ий|а)|інш(?:ий|а))(?:\s+{_ONE})?\s+"
    r"(?P<verb>(?:отрима(?:в|ла)|діста(?:в|ла))\s+(?:[\w'’-]+\s+){0,3}?(?:поранен\w*|травм\w*|опік\w*)|загину[вл]а?|помер(?:ла)?|"
    r"поранен[аио]?|травмован[аио]?|постраждал[аи]?|постраждав|(?:госпіт|шпит)алізован\w*)",
    # "Постраждалого доставили до лікарні", "поранену госпіталізували": the victim's noun in the singular, taken to
    # hospital, is one person (group "hospital": maybe the one told hurt before; not "постраждалих", the plural)
    r"(?<![\w'’])(?P<verb>постраждал(?:ого|у|ий)|поранен(?:ого|у|ий)|травмован(?:ого|у|ий))\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<hospital>доставил[аи]?|доставлен[аоі]?|(?:госпіт|шпит)алізува\w*|(?:госпіт|шпит)алізован\w*|відвезл[аи]|евакуювал[аи]|передал[аи]\s+медикам)(?![\w'’])",
    # "дівчина залишається в лікарні", "чоловік лікується амбулаторно": a victim told only by the treatment (group
    # "hospital": maybe one told hurt before, see settle)
    rf"{_ONE}(?:,\s+[^\W\d][^,.;]{{0,100}}?,)?\s+(?:(?:досі|наразі|ще|також)\s+)?(?P<verb>(?P<hospital>{_TREATED_ONE}))",
    # "є загиблий та травмовані", "є поранена": the victim's noun in the singular is one person
    # (not "є загиблі": how many the plural does not say)
    # (nor a question: "чи є загиблий, уточнюється")
    r"(?<![\w'’])(?<!чи\s)(?:є|маємо)\s+(?:(?:ще|також)\s+)?(?P<verb>загибл(?:ий|а)|поранен(?:ий|а)|травмован(?:ий|а)|постраждал(?:ий|а))(?![\w'’])",
    # the second of two such nouns: "є загиблий та поранений" (one dead, one injured; the first is the pattern above's)
    "(?:" + "|".join(rf"(?<=\b{v}\s{w}\s)" for v in ("є", "маємо") for w in _ONE_VICTIM_NOUNS) + r")"
    r"(?P<other>та|і|й)\s+(?P<verb>загибл(?:ий|а)|поранен(?:ий|а)|травмован(?:ий|а)|постраждал(?:ий|а))(?![\w'’])",
    # "Під удар потрапив 61-річний пасічник. Він дістав уламкові поранення": the one person just told, by his pronoun
    # opening the sentence (one retold is the same victim: settle reads an equal figure as retold)
    r"^\W*(?P<pronoun>він|вона)\s+(?:(?:також|теж)\s+)?(?P<verb>(?:отрима(?:в|ла)|діста(?:в|ла)|зазна(?:в|ла))\s+(?:[\w'’-]+\s+){0,3}?(?:поранен\w*|травм\w*|опік\w*|контузі\w*)|"
    r"(?:бу(?:в|ла)\s+)?(?:поранен(?:ий|а)|травмован(?:ий|а)|(?:госпіт|шпит)алізован(?:ий|а)))(?![\w'’])",
    # "Поранено водія. Попри зусилля лікарів, він помер": the one just told, dead of the wounds (see of_sentence)
    r"^\W*(?:[^,.;:!?]{0,60},\s*|(?:згодом|пізніше|потім|невдовзі)\s+)?(?P<pronoun>він|вона)\s+(?:[\w'’-]+\s+){0,2}?(?P<verb>помер(?:ла)?)(?![\w'’])",
]
NOT_HURT = r"(?:ніхто\s+не\s+постраждав|не\s+постраждал\w*)"
# Casualties (raidlog.extract.casualties). A negated casualty noun: "постраждалих немає", "без
# жертв", "загиблих та поранених немає". Постраждалі/потерпілі rule out dead and injured alike
# ("ніхто не постраждав"); жертви/загиблі the dead only; поранені/травмовані the injured only.
# ("вдалося уникнути жертв", "жертв вдалося уникнути": avoided, so none; not "не вдалося уникнути")
_AVOIDED = r"(?<!не\s)\b(?:вдал|удал)ос[яь]\s+уникнути\b"
# ("відсутні звернення щодо травмованих": none asked for help, as "звернень … не було"; "відсутні дані про …" is ZERO_INFO)
ZERO_BEFORE = rf"(?:(?<!не\sобійшлося\s)(?<!не\sобійшлось\s)(?<!не\sобійшлася\s)(?<!не\sминулося\s)\bбез\b|\bнемає\b|\bнема\b|\bжодн\w*|\bвідсутн\w*|{_AVOIDED})"
# ("звернень щодо постраждалих не надходило": nobody asked for help; "інформації про … не надходило" is ZERO_INFO)
# (a verb of finding, its participle or its active past: "не виявлено", "постраждалих … не виявили", "не зафіксували")
ZERO_AFTER = (r"(?:\bнемає\b|\bнема\b|\bне\s+було\b|\bне\s+надходил\w*|\bне\s+виявилос[ья]\b"
              r"|\bне\s+(?:зафіксова|зафіксува|виявле|виявил|зареєстрова|зареєструва)\w*"
              rf"|{_AVOIDED})")
# ("без людських втрат": human losses are lives; "без втрат" alone is a unit's own, not casualties)
# (the participle's double н too, "пораненних": a common slip, as Russian "раненных")
ZERO_NOUNS = r"(?:постраждалих|потерпілих|загиблих|жертв|пораненн?их|травмованих|поранень|травм|людських\s+втрат)\b"
# what was avoided (see lexicon.ru): "поранення людей і руйнувань вдалося уникнути"
ZERO_AVOIDED = _AVOIDED
ZERO_AVOIDED_NOUNS = r"(?:поранення|травмування|загибелі)\b"
# "Постраждалі та руйнування відсутні": the nouns as the subject (nominative), "absent" after them in their clause
ZERO_ABSENT = r"\bвідсутні\b"
ZERO_SUBJECT_NOUNS = r"(?<![\w'’])(?:постраждалі|потерпілі|загиблі|пораненн?і|травмовані|жертви)\b"
ZERO_KILLED_ONLY = r"загиб|жертв|вбит|втрат"
# after a count of victims and a dash, who they were one by one: "поранено двох — один …, другий …"
ONE_AND_OTHER = r"(?:один|одна|одн(?:ому|ій|ого|у)|перш\w+)\b[^.;!?]{0,80}?\b(?:друг\w+|інш(?:ий|а|ому|ій|ого|у))\b"
# (English "casualties": the dead and injured together)
BOTH_FIELDS_NOUN = r"(?!)"
ZERO_INJURED_ONLY = r"поранен|травм"
ZERO_INFO = r"(?:інформаці\w*|даних|дані|відомост\w*|повідомлен\w*)\s+(?:про|щодо)\b"
# the same word right before the negation, its noun told first: "про постраждалих інформації не надходило"
# (the noun's own cases of "no information", not the source told before the zero: "Постраждалих за попередньою інформацією
# немає" is a zero by the preliminary information)
ZERO_INFO_LAST = r"(?:інформаці[їя]|даних|дані|відомост(?:ей|і)|повідомлен(?:ь|ня))(?:\s+(?:наразі|поки|ще|також))?\s*$"
REMINDER_HEADING = r"(?!)"  # (English "Recall" on a line of its own)
# an outlet's earlier story retold: "Як повідомлялося, …", "Як раніше повідомляли Українські Новини, …", the outlet
# the subject of a singular verb: "Як повідомляв Укрінформ, …", "Як повідомляла ОВА, …"
# what a teller said before the figures told, opening a sentence ("Раніше він зазначав, що …", "Раніше голова ОВА
# повідомляв …", "Раніше повідомлялося …", "Раніше було відомо …"): naming no place of its own, an earlier stage of the toll
EARLIER_TOLD_OPENING = (r"\W*раніше\s+(?:[\w'’.-]+\s+){0,6}?(?:повідомля\w*|повідомив\w*|повідомила|повідомили|зазнача\w*|"
                        r"заявля\w*|заявив\w*|заявила|казав\w*|писав\w*|писала|інформува\w*|(?:було|стало)\s+відомо)")
RETELLING_OPENING = r"\W*як\s+(?:(?:вже|уже|раніше)\s+)?повідомля(?:лося|лось|ли|в|ла|ло)(?:\s+раніше)?(?:\s+[\w«»\"'’-]+){0,3}?\s*,"
DAY_TALLY = r"(?!)"  # (English "during the past day")
# "Напередодні голова ОВА повідомляв, що …": what a teller said the day before, of that day's events
OTHER_DAY_TOLD_OPENING = (r"\W*(?:напередодні|вчора|учора|дн[еює]м\s+раніше)\s*,?\s+(?:[\w'’.-]+\s+){0,6}?(?:повідомля\w*|"
                          r"повідомив\w*|повідомила|повідомили|зазнача\w*|заявля\w*|заявив\w*|заявила|казав\w*|писав\w*|писала|інформува\w*)")
# (a point or colon between digits is a clock's, no clause's end: "станом на 7:30 не зафіксовано")
ZERO_STOP = r"[;!?]|(?<!\d)[.:]|[.:](?!\d)|\bале\b|\bпроте\b|\bоднак\b|\bа\s+ось\b"
# (a person named in the nominative, as ru "водитель не пострадал": "водій не постраждав", "чоловік дивом не постраждав";
# not "подружжя пенсіонерів не постраждало", the pair's, no person of its own)
NOT_HURT_PERSON = (
    r"(?<![\w'’])(?:ніхто|люди|мешканці|жителі|цивільні|громадяни|жодна\s+людина|чоловік|жінка|жінки|дитина|діти|"
    r"водій|водії|пасажир|пасажири|пенсіонер|пенсіонерка|пенсіонери|працівник|працівниця|працівники|власник|власниця|власники|"
    r"господар|господиня|господарі)(?:,?\s+[\w'’-]+){0,4}?,?\s+(?:не\s+)?"
    r"(?P<verb>(?<=не\s)постраждал\w*|(?<=не\s)постраждав|(?<=не\s)поранен\w*|(?<=не\s)травмован\w*|(?<=не\s)загину\w*|"
    r"неушкоджен\w*|цілі\b|вціліли)"
    # ("ніхто не загинув і не постраждав", "… та не був поранений": a second negated verb joined to the first)
    r"(?:\s+(?:і|й|та|або|ні)\s+не\s+(?:був\w*\s+)?(?P<also>постраждал\w*|постраждав|поранен\w*|травмован\w*|загину\w*))?|"
    # "Постраждалі серед населення відсутні": the noun itself, said to be absent
    # (not what is said of them: "Інформація про постраждалих поки відсутня", no information yet)
    r"(?<!\bпро\s)(?<![\w'’])(?P<absent>постраждал\w*|потерпіл\w*|поранен\w*|травмован\w*|загибл\w*)(?:\s+[\w'’-]+){0,3}?\s+відсутн\w*"
    # "Минулося без наслідків", "обійшлося без наслідків": it passed with nothing happening, nobody hurt (not "наслідків
    # немає" after decoys lost, what they did, nor "без наслідків для руху")
    r"|(?<![\w'’])(?:минул\w*|обійшл\w*)\s+без\s+(?P<idle>наслідків)(?![\w'’])(?!\s+для)"
    # "За медичною допомогою ніхто не звертався", "ніхто не звернувся по допомогу": no victims, as "ніхто не постраждав"
    r"|(?<![\w'’])ніхто\s+(?:\w+\s+)?не\s+(?P<asked>зверта\w*|зверну\w*)\s+(?:по|за)\s+(?:медичн\w+\s+)?(?:допомог\w*|меддопомог\w*)"
    r"|(?<![\w'’])(?:по|за)\s+(?:медичн\w+\s+)?(?:допомог\w*|меддопомог\w*)\s+(?:поки\s+(?:що\s+)?|наразі\s+)?ніхто\s+(?:\w+\s+)?не\s+"
    r"(?P<asked2>зверта\w*|зверну\w*)"
    # "Ніхто не отримав травм", "ніхто з мешканців не дістав поранень": the injured ruled out
    r"|(?<![\w'’])ніхто\s+(?:з\s+[\w'’-]+\s+)?не\s+(?:отримав|дістав|зазнав)\s+(?:[\w'’-]+\s+)?(?P<got>травм|поранень)(?![\w'’])"
)
# one victim told in brackets after a place, who they were (see lexicon.ru): "(44-річна жінка)"
BRACKETED_PERSON = (r"\(\s*(?:\d{1,3}-річн\w*\s+)?(?:чоловік|жінка|дитина|дівчинка|хлопчик|підліток|пенсіонер|пенсіонерка|"
                    r"мешканець|мешканка|житель|жителька|водій)\s*\)")
UNKNOWN_VICTIMS = (
    # (or where: "є загиблі у Слов'янську")
    r"(?:\bє|маємо)\s+(?P<noun>постраждал\w*|поранен\w*|загибл\w*|жертв\w*)(?=\s*(?:[.,;:!?)\"»]|$|серед|[-–—])|\s+(?:у|в|на)\s)|"
    # (the noun first: "постраждалі за добу є в Печенігах")
    r"(?P<noun_first>постраждалі|поранені|загиблі)\s+(?:[\w'’-]+\s+){0,3}?є\s+(?:у|в|на)\s|"
    # people with no number: "У Харкові загинули люди", "люди постраждали"
    r"(?P<noun6>загину\w*|постраждал\w*|поранен\w*)\s+(?:мирні\s+|цивільні\s+)?люди\b|"
    r"(?<![\d\w]\s)(?<!\d)люди\s+(?:(?!не\b|ні\b)\w+\s+)?(?P<noun7>загину\w*|постраждал\w*|поранен\w*)|"
    r"(?:не\s+обійшлося|не\s+обійшлось|не\s+минулося)\s+без\s+(?P<noun5>жертв|постраждал\w*|загибл\w*|поранен\w*)|"
    r"(?P<noun2>постраждалим|пораненим)\s+надають|"
    r"(?P<noun3>постраждал\w*|поранен\w*|загину\w*)\s+(?:кілька|декілька)\s+(?:людей|осіб|мешканц\w*)|"
    r"(?:кілька|декілька)\s+(?:людей|осіб|мешканц\w*)\s+(?:отримал\w*\s+)?(?P<noun4>постраждал\w*|поранен\w*|загину\w*)|"
    # a toll growing, its figure not told (yet): "кількість постраждалих у Сумах зростає"
    r"(?:кількість|число)\s+(?P<noun8>постраждал\w*|потерпіл\w*|загибл\w*|поранен\w*|жертв)\s+(?:[\w'’-]+\s+){0,10}?"
    r"(?:зроста\w*|збільшу\w*|продовжу\w*\s+(?:зростати|збільшуватися))\b"
)
# the dead told as the victims the count "became", the attack between ("Жертвами удару по будинку стали четверо людей")
VICTIMS_BECAME = r"(?<![\w'’])жертвами\s+(?:[^.;!?]{0,70}?\s)?ста(?:в|ла|ло|ли)\s+$"
LIVES_TAKEN_BEFORE = r"(?!)"  # (English "the attack took three lives": the verb's own words here, "забрала життя")
LIVES_TAKEN_AFTER = r"(?!)"
TOTAL_BEFORE = (
    # ("кількість загиблих внаслідок удару по Одесі зросла до чотирьох": the attack between)
    r"(?:кількість|число)\s+(?P<noun>постраждал\w*|потерпіл\w*|загибл\w*|поранен\w*|травмован\w*|жертв)\s+(?:[\w'’-]+\s+){0,10}?"
    rf"(?:{_RISEN_TO}|становить|складає)\s+(?:до\s+)?$|"
    # the verb first, where the new count stands after the attack: "зросла кількість постраждалих від удару до чотирьох"
    r"(?:зросл[аои]|зріс|збільшил(?:ася|ося|ось|ись|ася))\s+(?:кількість|число)\s+(?P<noun2>постраждал\w*|потерпіл\w*|загибл\w*|"
    r"поранен\w*|травмован\w*|жертв)\s+(?:[\w'’-]+\s+){0,6}?до\s+$"
)
# the second field of a running total, its verb left out: "кількість загиблих зросла до 9, (а кількість) поранених — до 30"
_TOLL_NOUN = r"(?:постраждал\w*|потерпіл\w*|загибл\w*|поранен\w*|травмован\w*|жертв)"
TOTAL_FAR = r"(?!)"  # (English "the number of people injured in <a long phrase> has increased to 17")
TOTAL_ELLIPTIC = (rf"(?:кількість|число)\s+{_TOLL_NOUN}\s+(?:[\w'’-]+\s+){{0,6}}?(?:{_RISEN_TO})\s+(?:до\s+)?[\w'’-]+(?:\s+осіб|\s+людей)?\s*,\s+"
                  rf"(?:а\s+|і\s+|та\s+)?(?:(?:кількість|число)\s+)?(?P<noun>{_TOLL_NOUN})\s*(?:[-–—]\s*)?до\s+$")
# the count first, the raised toll after it: "у Сумах до 9 зросла кількість поранених" (a running total, as
# "кількість поранених зросла до 9": a lead and a quote that both tell it are one toll, not two)
TOTAL_AFTER = (r"\s*(?:осіб\s+|людей\s+)?(?:зросл[аои]|зріс|збільшил(?:ася|ося|ось|ись))\s+(?:кількість|число)\s+"
               rf"(?P<noun>{_TOLL_NOUN})")
# "постраждалих уже п'ятеро", "вже відомо про 5 постраждалих": the toll so far
# ("наразі лікарі повідомляють про 9 поранених", "на цю хвилину відомо про двох": the toll as of now)
# a sentence opening with its figures' sum ("Загалом внаслідок атаки на місто загинули четверо людей"): see lexicon.ru
# right before a victim named one by one, who the victim the sentence told was: "ним виявився працівник ферми" (see
# lexicon.en)
VICTIM_IDENTIFIED_BEFORE = (r"(?<![\w'’-])(?:ним|нею|ними|(?:загибл|постраждал|поранен)\w+)\s+(?:виявив\w*|виявил\w*|став|стала|стали)\s+"
                            r"(?:[^\W\d_][\w'’-]*\s+){0,2}$")
# a word of the sum in a count's clause ("у місті загалом загинули четверо"): see lexicon.en
TOTAL_WORD = r"(?<![\w'’-])(?:загалом|усього|всього|сумарно)(?![\w'’-])"
# the injured told by their treatment ("медичну допомогу надано 12 постраждалим"): see lexicon.en
MEDICAL_HELP = r"(?<![\w'’-])(?:медичн\w*\s+допомог\w*|меддопомог\w*)"
# care without a hospital stay ("відмовилися від госпіталізації", "допомогу надали на місці", "лікуються амбулаторно"):
# the rest of the injured after those of them taken to hospital
NO_HOSPITAL_STAY = (r"(?:відмовил\w*\s+від\s+(?:госпіталізації|шпиталізації)|(?:на\s+місці|амбулаторно)|"
                    r"легк\w*\s+(?:поранен\w*|травм\w*))")
TOTAL_OPENING = r"\W*(?:загалом|усього|всього|сумарно)\b"
TOTAL_CUE = (r"(?:(?:загалом|усього|всього|сумарно),?|(?:постраждал\w*|загибл\w*|поранен\w*)\s+(?:уже|вже|тепер|стало)|"
             r"\b(?:уже|вже)\s+відомо\s+про|"
             r"\b(?:наразі|на\s+(?:цей\s+час|цю\s+хвилину|даний\s+момент))\s+(?:(?:[\w'’-]+\s+){0,2}?(?:повідомля\w*|інформу\w*)|"
             r"(?:(?:вже|уже|лише|тільки)\s+)?відомо)\s+(?:(?:лише|тільки|вже|уже)\s+)?про)\s+$")
# before a count, the downed weapons it is some of, named without a number: "Серед збитих ракет – два «Кинджали»"
# (how many were downed is told elsewhere, or not at all: no count of the downed)
AMONG_AFTER = r"(?!)"  # (English "eight Kinzhals were among the projectiles used")
AMONG_DOWNED_BEFORE = (r"(?<![\w'’])серед\s+(?:збитих|знищених|знешкоджених|уражених|перехоплених)(?:\s+(?:ворожих\s+)?"
                       r"(?:ракет|дронів|безпілотників|БпЛА|цілей|шахедів|крилатих\s+ракет|балістичних\s+ракет))?"
                       r"(?:\s*[-–—:]\s*|\s+(?:були|було|є|виявилися|виявились)\s+)(?:(?:й|і|також)\s+)?$")
SUBSET_BEFORE = r"(?:у\s+тому\s+числі|в\s+тому\s+числі|серед\s+(?:них|яких|жертв|загиблих|постраждалих|поранених)|з\s+них|із\s+них|зокрема|включно\s+з)\s+$"
OF_THINGS = r"(?:з|із|зі)\s+"  # "постраждав один з об'єктів" (see lexicon.en)
AS_WELL_AS = ALSO  # "Двоє працівників, а також рятувальник …" (see lexicon.en)
CLAUSE_AFTER_COMMA = r"а(?!\s+також\b)|і|та|але"  # (not ", а також …": the list goes on)
CLAUSE_BEFORE_NUMBER = r"і|та|а"
# a relative clause after a comma, where a background cue's own clause may begin (", which two years ago …")
BACKGROUND_CLAUSE_OPEN = r"(?:як|котр)(?:ий|а|е|і|ого|ої|ому|ій|их|им|ими)|де"
# "серед загиблих / постраждалих N": some of those told, or how many there are where none was told before
# (see lexicon.en)
AMONG_VICTIMS = r"серед\s+(?:(?P<killed>загиблих)|(?P<injured>постраждалих|поранених))\s+$"
# a second attack after the one told, with a count of its own: "відбито нову атаку", "під час чергової атаки"
# right before the last of a sentence's counts of one weapon: "Вчора було 80 дронів, а сьогодні 116", "далі 127, (also with its verb or its teller between: "а сьогодні знищено 12")
# 200 дронів, і сьогодні маємо 116 БпЛА": today's count; the ones before it are other days' (their own claims)
TODAY_BEFORE = r"(?:\b(?:а|і|й|та|але)\s+)?\b(?:сьогодні|цієї\s+ночі|цієї\s+ночі)\s+(?:(?:у\s+нас\s+|ми\s+)?(?:маємо|було|були|був)\s+|(?:[^\W\d_]+\s+){1,5})?(?:вже\s+)?(?:-\s+)?$"  # (the verb left out for a dash: "а сьогодні – 15")
# a new attack only feared or foretold, not told: "попередив, що ворог готує нову атаку", "не виключив нової атаки"
NEW_ATTACK_UNREAL = (r"(?:\bможлив\w*|\bмож[еу]\b|\bможуть\b|\bготу\w*|\bочіку\w*|\bпопереди\w*|\bпопереджа\w*|"
                     r"\bзагроз\w*|\bризик\w*|\bймовірн\w*|\bпланує\w*|\bбуде\b|\bспробує\b|\bвиключ\w*)")
NEW_ATTACK = r"\b(?:нов\w+|чергов\w+)\s+(?:спроб\w+\s+)?атак(?:а|и|у|ою|ці|увати)\b"  # ("про нову спробу атаки")
# (an age in a list of ages is one too: the 35 of "троє чоловіків 35 і 58 років")
AGE_AFTER = r"^\s*(?:(?:,|і|та|й)\s*\d{1,3}\s*)*(?:рок\w*|рік\b|р\.|(?:-\s*)?річн)"
# (or an hour of the day: "станом на 8 ранку відомо про двох загиблих")
DURATION_AFTER = r"^\s*(?:годин\w*|доб\w*|дн(?:і|я|ів)|хвилин\w*|тижн\w*|місяц\w*|ранку|вечора)\b"  # "за 24 години загинули двоє"
# "в одного постраждалого поранення ноги, в іншого …": what one of the victims has, some of those told (or, told
# alone, the victims)
HAS_BEFORE = r"(?<![\w'’-])[ув]\s+$"
TAKEN_TO_HOSPITAL_BEFORE = r"(?<![\w'’-])(?:доставил[аи]|доставив|(?:госпіт|шпит)алізува(?:в|ла|ли))\s+$"  # "доставили трьох жінок до лікарні"
# after the count of those someone took there, its people and the hospital: "доставили трьох жінок до лікарні"
TO_HOSPITAL_AFTER = r"^\s*(?:[\w'’-]+\s+){1,3}?(?:до|в|у)\s+(?:[\w'’-]+\s+)?(?:лікарн\w*|медзаклад\w*|шпитал\w*|травмпункт\w*)"
AGE_BEFORE = r"\bу?\s*віці\s*$"  # "чоловік у віці 64 років"
OF_VICTIMS_BEFORE = rf"\bпро\s+(?:загибель|поранення)\s+(?:[\w'’-]+\s+)?{_ONE}"
# one victim the sentence is about died, told without a figure: "Медики довго рятували чоловіка, та врятувати не вдалося"
# "постраждали четверо, один з них помер у лікарні": one of the victims told died, no more victims (see lexicon.ru)
ONE_OF_THEM_DIED = (r"\b(?:один|одна)\s+(?:з|із)\s+(?:них|(?P<hurt>постраждалих|поранених|(?:госпіт|шпит)алізованих))\s+(?:[\w'’-]+\s+){0,3}?"
                    r"(?:помер(?:ла)?|загину(?:в|ла))(?![\w'’])")
# after a count, "N of them died": how many of the victims the sentence told before died ("Жертвами атаки стали 15 человек,
# двое из них погибли": two dead, 13 injured; "four were injured, two of them died": two of each)
# "троє з них госпіталізовані" (see lexicon.en)
OF_THEM_HOSPITAL_AFTER = (r"^\s+(?:з|із)\s+них\s+(?:(?:були|було|був|була|вже|також|наразі|зараз|перебува\w*)\s+){0,2}(?:(?:госпіт|шпит)аліз\w*|доставлен\w*\s+(?:до|в|у)\s+"
                          r"(?:лікарн|медзаклад|шпитал)\w*|(?:у|в)\s+лікарн\w*)")
OF_THEM_DIED_AFTER = r"^\s+(?:з|із)\s+них\s+(?:[\w'’-]+\s+){0,3}?(?:помер\w*|загину\w*|загинул\w*)"
# one victim told as died, not killed ("ранены трое, один скончался", "one later died"): one of the injured told
# before in the sentence, or the one told injured just before it (see casualties.settle)
FIRST_STAGE = r"(?!)"  # (English "At first there was information about three dead, but … later … four")
REVISED_BETWEEN = r"(?!)"
ONE_DIED = r"(?<![\w'’-])(?:один|одна)(?:\s+(?!ще\b)[\w'’-]+){0,3}?\s+помер(?:ла)?(?![\w'’-])"
# (the failure's verb first too: "лікарі не змогли його врятувати", "медикам не вдалося врятувати водія"; one person, by a
# pronoun or a person's noun, or none: not "не змогли врятувати хлів")
_FAILED_TO = r"не\s+(?:змог(?:ли|ла)?|зуміл[аи]?|вдалося)\s+"
ONE_NOT_SAVED = (r"врятувати\s+(?:(?:його|її)\s+)?не\s+вдалося"
                 rf"|{_FAILED_TO}(?:(?:його|її)\s+врятувати\b|врятувати\s+(?:(?:його|її|йому|їй)(?![\w'’])|(?:[\w'’-]+\s+)?{PERSON_NOUNS})"
                 r"|врятувати(?=\s*(?:[.,;!?]|$)))")
# (the wounds named before the verb too: "від отриманих поранень двоє померли на місці")
DIED_OF_WOUNDS = (r"врятувати\s+(?:його|її|їх)\s+не\s+вдалося|помер\w*\s+(?:у|в)\s+лікарн\w*"
                  # (died later: "дістав поранення і згодом помер", "пізніше чоловік помер")
                  r"|\b(?:згодом|пізніше)\s+(?:[\w'’-]+\s+)?помер\w*|\bпомер\w*\s+(?:згодом|пізніше)(?![\w'’])"
                  rf"|{_FAILED_TO}(?:(?:його|її|їх)\s+врятувати|врятувати\s+(?:його|її|їх)(?![\w'’]))"
                  r"|помер\w*\s+від\s+(?:отриманих\s+)?(?:поранен\w*|травм\w*)"
                  r"|\bвід\s+(?:отриманих\s+)?(?:поранень|травм)\s+(?:[\w'’-]+\s+){0,4}?помер\w*"
                  # ("поранення дістав водій, який, на жаль, помер": the wounded told, then a clause of the
                  # same person's death; dead, not also injured)
                  r"|,\s+(?:яка|який|які)(?:,\s+[^,.;!?]{1,30},)?\s+(?:[\w'’-]+\s+){0,3}?помер\w*")
ONE_NOUN = _ONE
_ONE_PHRASE = rf"(?:(?<![\w'’-])(?!\d+\s)[\w'’-]+\s+)?{_ONE}"  # (not "і 1 жінка": a count of its own)
# an item of a list of victims may be animals, no victims but no end of the list:
# "загинули собака та її господар", "постраждали пастух і 20 овець"
# (only the people are counted: LIST_ITEM; not a herd's word, "поголів'я"/"поголовье", whose first letters
# "пого" would let every sentence of the weather ("погода") through the casualties' gate)
_ITEM = rf"(?:{_ONE_PHRASE}|(?:(?<![\w'’-])[\w'’-]+\s+)?(?={_ANIMALS}){_ANIMAL_GUARD}{_ANIMALS})"  # (the guard read only where an animal may start)
# (the list's first item read from where a word starts, else tried at every character, ~0.2 ms a sentence:
# a match whose opening word began inside a word would have begun at that word's start, found first)
_FIRST_ITEM = rf"(?:(?:(?<![\w'’-])(?!\d+\s)[\w'’-]+\s+)?{_ONE}|(?:(?<![\w'’-])[\w'’-]+\s+)?(?={_ANIMALS}){_ANIMAL_GUARD}{_ANIMALS})"
VICTIM_LIST = [
    # ("знайшли тіла подружжя – жінки та чоловіка": the couple, then who they were)
    # (not the family a victim left: "у загиблого залишилися дружина і син")
    rf"(?<!\bу\s)(?<!\bв\s)(?P<verb>{VICTIM_VERB})\s+(?:подружж(?:я|ям)\s*[,–—-]\s*)?(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s+(?:і|та|й)\s+{_ITEM})",
    rf"(?P<list>{_FIRST_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s+(?:і|та|й)\s+{_ITEM})\s+"
    # (the wounds' kind between, "отримали уламкові поранення"; "дістали", "зазнали"; the other words of being hurt or dying too)
    r"(?P<verb>(?:отримали|дістали|зазнали)\s+(?:[\w'’-]+\s+){0,2}?(?:поранен\w*|травм\w*|опік\w*)|загинули|померли|поранені|травмовані|постраждали|"
    r"(?:госпіт|шпит)алізовані)",
    # "жінка і чоловік лікуються амбулаторно": victims told only by their treatment (group "hospital", as above)
    rf"(?P<list>{_FIRST_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s+(?:і|та|й)\s+{_ITEM})\s+(?:(?:досі|наразі|ще|також)\s+)?(?P<verb>(?P<hospital>{_TREATED_MANY}))",
]
LIST_ITEM = _ONE_PHRASE
# the next place's count of the victims just told, its verb left out: "у Харкові поранено трьох людей, у
# Чугуєві — чотирьох" (the words between the two counts, the place's name last, then what follows the second)
ELLIPTIC_VICTIMS_GAP = (r"[^.;:!?\d]{0,60}?[,;]\s+(?:а\s+)?(?:в|у|під|на)\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]*"
                        r"(?:\s+(?-i:[А-ЯІЇЄҐ])[\w'’-]*)?\s*(?:[-–—]\s*)?")
ELLIPTIC_VICTIMS_AFTER = r"\s*(?:людин[аи]?|осіб|особи)?\s*(?:[.;!?]|,\s|$)"
# what a count of places is ("у п'ятьох громадах є руйнування та поранені": five hromadas, not five victims)
# (not "громадян", citizens: "травмовано 9 громадян" counts people)
# (or a measure: "пожежа на площі 300 квадратних метрів", an area)
UNIT_COUNT_NOUNS = (r"(?:громад(?!ян)\w*|випад(?:ок|ку|ка|ки|ків|кам|ками|ках|ком)\b(?!\s+(?:загибел|смерт|поранен|травм|госпіталіз))|населен\w*\s+пункт\w*|пункт\w*|район\w*|област\w*|сіл\b|сел[аіо]\w*|міст\w*|локаці\w*|адрес\w*|регіон\w*|"
                    r"квадратн\w*|кв\b|гектар\w*|тонн\w*|кілометр\w*|метр(?:а|ів)?\b|літр\w*)")
# "постраждали 33-річна, 58-річна жінки і 72-річний чоловік": one victim per age
_AGE = r"\d{1,3}(?:-|\s*)річн\w+"
# ("загинули жінки 27, 41 і 69 років": the people first, then their ages in years)
# (groups: more people by their ages after the first, each group its noun: "травмувалися чоловіки 52 і 81 років,
# жінки 63, 47 і 90 років", "постраждали 34-річна і 66-річна жінки та 19-річний, 75 річний чоловіки")
_AGE_GROUP = (rf"(?:\s*(?:,|і|та|й)\s+(?:{PERSON_NOUNS}\s+(?:віком\s+)?\d{{1,3}}(?:\s*(?:,|і|та|й)\s*\d{{1,3}})*\s+рок\w*"
              rf"|{_AGE}(?:\s*(?:,|і|та|й)\s*{_AGE})*\s+{PERSON_NOUNS}))")
AGES_OF_VICTIMS = (rf"(?P<verb>{VICTIM_VERB})\s+(?:(?P<noun>{PERSON_NOUNS})\s+(?:віком\s+)?)?"
                   rf"(?P<ages>(?(noun)\d{{1,3}}(?:\s*(?:,|і|та|й)\s*\d{{1,3}})+|{_AGE}(?:\s*(?:,|і|та|й)\s*{_AGE})+))"
                   rf"\s+(?(noun)рок\w*|{PERSON_NOUNS})(?P<groups>{_AGE_GROUP}*)"
                   rf"(?P<more>(?:\s*(?:(?:,\s*)?а\s+також|,|і|та|й)\s+(?:{_AGE}\s+)?{_ONE}\b)*)")
AGE_ITEM = r"\d{1,3}(?:(?:-|\s*)річн\w+)?"  # (an age, with or without its "-річний")
# "Серед мирних жителів постраждалих немає": a plural noun, no single victim
PLURAL_VICTIM = r"\w*(?:их|іх)$"
# "поранено чотирьох жінок та чоловіка": the number's people and one more
PLUS_ONE_AFTER = (rf"^\s+(?:[\w'’-]+\s+)?{PERSON_NOUNS}(?:\s+(?:віком\s+)?\d{{1,3}}(?:\s*(?:,|і|та)\s*\d{{1,3}})*\s+рок\w*)?"
                  rf"(?:\s+(?:і|та|й)|,?\s+а\s+також)\s+{_ONE_PHRASE}\b")
# "двоє дістали поранення, одного з них госпіталізовано": some of those told, no more victims
# ("двоє з п'яти загиблих були рятувальниками": some of a count told with them)
# after a count in a list of victims, a person whose fate is not known: "четверо загинули, одна людина перебуває під
# завалами", "… ще один зник безвісти": no more dead or injured (see casualties.of_sentence)
FATE_UNKNOWN_AFTER = (r"^\s+(?:[\w'’-]+\s+)?(?:ще\s+)?(?:(?:перебува\w+|залиша\w+|мо(?:же|жуть)\s+(?:перебувати|бути))\s+)?"
                      r"(?:ще\s+)?під\s+завалами|^\s+(?:[\w'’-]+\s+)?(?:ще\s+)?(?:зник(?:ла|ли)?\s+безвісти|вважа\w+\s+зниклим\w*)|"
                      # (nor people rescued or evacuated: "постраждали двоє, і 17 мешканців евакуювали рятувальники"; not
                      # the injured evacuated, "троє поранених евакуйовано")
                      r"^\s+(?:(?!поранен|постражд|загибл|травм|потерпіл)[\w'’-]+\s+){0,2}?(?:було\s+)?"
                      r"(?:врятова\w*|врятувал\w*|евакуйова\w*|евакуювал\w*|деблокова\w*|деблокувал\w*|визволен\w*|визволил\w*)")
# (and the part told first: "двоє дітей опинилися серед дев'яти поранених")
SUBSET_AFTER = (r"^\s+(?:(?:з|із)\s+(?:[\w'’-]+\s+)?(?:них|яких|постраждалих|поранених|загиблих)|"
                r"(?:[\w'’-]+\s+)?(?:опинил(?:ся|ася|ися)|був|була|були|є)\s+(?:також\s+)?серед\s+(?:[\w'’-]+\s+)?"
                r"(?:постраждалих|поранених|загиблих|жертв))\b")
# after a count, the victims' condition: "постраждали шестеро, п'ятеро у стані середньої тяжкості, один - у важкому":
# the state of some of those the sentence told, no more of them (see lexicon.ru)
CONDITION_AFTER = (r"^\s+(?:(?:людин\w*|люд\w*|осіб|особ\w*|[\w'’-]+)\s+)?(?:[-–—:]\s*)?(?:(?:перебува\w*|залишає\w*|бул[аи]|був)\s+)?"
                   r"(?:у|в)\s+(?:вкрай\s+|дуже\s+)?(?:важк\w*|тяжк\w*|легк\w*|задовільн\w*|критичн\w*|стабільн\w*|"
                   r"стані\s+(?:середньої\s+тяжкості|важк\w*|тяжк\w*|легк\w*|задовільн\w*|критичн\w*|стабільн\w*))")
# what may stand between a victim verb and its count: "пострадали еще 11", "injuring at least 4"
# an aside in commas between a count of victims and its verb: "ще двоє, за попередніми даними, дістали поранення",
# "поранені, за словами голови ОВА, троє"
# ("ще семеро, серед них підліток, поранені": who some of them were, told in commas)
AGES_CUE = r"(?!)"  # (English "two women, aged 57 and 43")
# the victims' ages in years right after their count's noun (one or two words), between dashes or after "віком":
# "троє чоловіків — 35, 47 і 58 років — дістали травм", "двоє його напарників віком 29 і 41 року отримали поранення"
# (the words the noun's, not a conjunction: the 35 of "чоловіків 35 і 58 років" is an age itself)
AGES_AFTER_NOUN = (r"^\s+(?:(?!(?:і|та|й|а)\s)[^\W\d_][\w'’-]*\s+){1,2}?(?P<ages>(?:[-–—]\s+|віком\s+)?\d{1,3}(?:\s*(?:,|і|та|й)\s*\d{1,3}){0,5}"
                   r"\s+рок(?:ів|и|у)\b(?:\s+[-–—](?=\s))?)")
# (and a victim's year of birth after the noun: "один працівник, чоловік 1969 р.н., загинув", "…, 1971 року народження, …")
CASUALTY_ASIDE = (r"(?:за\s+(?:[\w'’-]+\s+){0,2}(?:даними|інформацією|словами)|попередньо|як\s+повідоми\w*|як\s+уточни\w*|серед\s+них|у\s+тому\s+числі|зокрема)(?:\s+[^\s\d,.;:!?()]+){0,3}"
                  r"|(?:[^\W\d_][\w'’-]*\s+){0,2}(?:19|20)\d\d\s*(?:р\.\s?н\.|року\s+народження)")
VICTIM_FILLER = r"(?:ще|уже|вже|тепер|щонайменше|не\s+менше|як\s+мінімум|близько|понад|до|також|загалом|усього|всього)"
# a phrase of cause or place between the victims' verb and their count ("постраждали від ударів по області 14 людей"):
# a preposition opening it (see casualties: only before a count of people)
VICTIM_GAP_PREPOSITION = r"(?:від|в|у|на|при|під|по|через|внаслідок|унаслідок|з|із|за)"
REMINDER = r"\W*(?:нагадаємо|нагадуємо|нагадаю)\b"
# the writer's aside opening a sentence of an official's story ("Зауважимо, що загалом за ніч ППО знищила 150
# цілей", "До слова, …"): what it counts is not the official's region's (own_region), as a reminder's
ASIDE = r"\W*(?:зауважимо|зазначимо|до\s+слова)\b"
# a sentence opening with a recent earlier event ("Нещодавно росіяни пошкодили …"): the rest of its paragraph tells
# earlier events, as after a reminder (not "нещодавно відремонтований будинок" inside a sentence)
# (not a participle after it: "Нещодавно відремонтований будинок пошкоджено вночі" tells tonight's news)
LATELY_OPENING = (r"\W*нещодавно\b(?!\s+(?:відремонтован|збудован|побудован|відновлен|відкрит|оновлен|реконструйован|"
                  r"зведен|встановлен|введен)\w*)")
# a sentence opening with what came before the events told ("До цього голова ОВА повідомляв про пораненого в сусідньому
# селі"): after a toll of the report's own, earlier events (see lexicon.ru; not "До цього моменту …"); so does an
# aside opened by "До слова, …", "До речі, …", "Між іншим, …" (other events told by the way)
BEFORE_THIS_OPENING = (r"\W*(?:(?:незадовго\s+)?до\s+цього\b(?!\s+(?:моменту|часу|дня|року|літа)\b)"
                       r"|(?:до\s+слова|до\s+речі|між\s+іншим)\s*,)")
# a sentence of victims that opens by adding to those told: "Також 40-річний чоловік отримав поранення"
# (more victims, not details of the figure before it)
OTHER_STORY_OPENING = r"(?!)"  # (English "Separately, …": not read here)
# another person told come under the strike too, with no victim's word ("Під удар також потрапив його брат. Він
# отримав поранення"): the victims the next sentence tells are more, not the one told before
ANOTHER_UNDER_STRIKE = (r"(?<![\w'’])(?:під\s+удар\s+(?:також|теж)\s+потрапи|(?:також|теж)\s+під\s+удар\s+потрапи|"
                        r"під\s+удар\s+потрапи(?:в|ла|ли)\s+(?:також|теж|ще))")
# (and a second strike's: "Ще один дрон влучив в авто, поранено водія", "Під час ще одного удару …": its victims are others)
# (the second strike's opening alone, NEXT_STRIKE_OPENING: after a toll whose parts are being told strike by strike,
# "За добу поранено трьох людей. У селі … поранено водія. Ще один дрон атакував будинок, поранено двох", its next part)
_NEXT_STRIKE = (r"(?:ще\s+од(?:ин|на)|друг(?:ий|а))\s+(?:[\w'’-]+\s+)?"
                r"(?:дрон|безпілотник|БпЛА|удар|ракета|снаряд|FPV-дрон)|(?:під\s+час|внаслідок|при)\s+(?:ще\s+одного|другого)\s+(?:[\w'’-]+\s+)?удару")
NEXT_STRIKE_OPENING = rf"\W*(?:{_NEXT_STRIKE})(?![\w'’])"
# (or "besides" the place told: "Крім Харкова, постраждалі є в …")
MORE_VICTIMS_OPENING = (rf"\W*(?:(?:також|крім\s+того|окрім\s+того|{_NEXT_STRIKE})(?![\w'’])|"
                        r"(?:крім|окрім)\s+(?!того\b|цього\b)[^,.;:!?\d]{1,60}?,)")
# a toll told for several attacks ("внаслідок ударів по A та B загинули четверо"; forms of the plural only,
# not "атаки", which is also the genitive of one attack): the body's figures for its places may be its parts
# (the plural only aimed at places, before a toll or as its cause: not "загинув … на тлі частіших атак на область")
_PLURAL_ATTACKS = r"(?:атак(?:ами|ах)?|удар(?:и|ів|ами|ах)|обстріл(?:и|ів|ами|ах))\s+(?:по|на|проти)\b"
_SEVERAL_TOLL = r"(?:загин\w*|вбит\w*|убит\w*|поранен\w*|постраждал\w*|забрал\w*|жертв\w*|житт\w*)"
SEVERAL_ATTACKS = (rf"\b{_PLURAL_ATTACKS}[^.;!?]{{0,120}}?\b{_SEVERAL_TOLL}|"
                   rf"\b(?:внаслідок|в\s+результаті|у\s+результаті|через|від|під\s+час)\s+(?:[\w'’-]+\s+){{0,3}}?{_PLURAL_ATTACKS}|"
                   r"\bпо\s+всій\s+(?:країні|Україні)\b")
# whose victims a placeless toll tells, by country: the country its words name, or the attacker's ("російських ракетних
# ударів": Ukraine's people; "українських дронів": Russia's) (see casualties.victims_country)
_ATTACKING = r"(?:[\w'’-]+\s+){0,3}?(?:удар|атак|обстріл|дрон|безпілотник|ракет|БпЛА)"
VICTIMS_COUNTRY: list[tuple[str, str]] = [
    (rf"\bпо\s+всій\s+Україні\b|\bросійськ\w*\s+{_ATTACKING}", "UA"),
    (rf"\bпо\s+всій\s+росії\b|\bукраїнськ\w*\s+{_ATTACKING}", "RU"),
]
# a sentence of victims that opens with the toll as known later: "Трохи згодом стало відомо, що постраждали семеро",
# "Пізніше на брифінгу мер уточнив: …", "За уточненими даними, …" (the toll now, replacing the one told before it)
LATER_TOLL_OPENING = (r"\W*(?:(?:(?:трохи|дещо)\s+)?(?:згодом|пізніше|потім)\b[^.;:!?\d]{0,150}?(?:(?:стало|було)\s+відомо|"
                      r"уточни(?:в|ла|ли)\b|повідоми(?:в|ла|ли)\b|оновил[иао]?\b)|за\s+(?:уточненими|оновленими|останніми)\s+(?:даними|інформацією)\b)")
# a reminder's words of a time before the report's: "Нагадаємо, напередодні …", "раніше", "минулого тижня"
# an anniversary or a day of mourning told by a reminder: "Нагадаємо, сьогодні виповнюється рік від удару …",
# "Нагадаємо, сьогодні день жалоби за …": earlier victims (the present
# time names no retelling of the night)
ANNIVERSARY = r"(?:\bрічниц\w*|\bжалоб\w*|\bроковин\w*|\bвиповн(?:юється|илося|илось|иться|илася)\s+(?:рівно\s+)?(?:рік|пів\s*року|(?:два|три|чотири)\s+роки|місяць)\s+(?:від|з\s+дня|з\s+моменту|після|відколи|як)\b)"
# початок іншого речення в складі фрази ("… збито три дрони над Сумщиною, повідомив він, додавши, що магазин,
# пошкоджений у неділю, відкрився"): час після нього — не час лічби
OTHER_CLAUSE = (r";|,\s*(?:додавши|додав|додала|зазначивши|уточнивши|наголосивши|пояснивши|тоді\s+як|"
                r"як(?:ий|а|е|і|ого|ому|им|их)|котр\w+|де|хоча|оскільки|бо)(?![\w'’])")
OTHER_TIME = (rf"{ANNIVERSARY}|"
              r"(?:\bвчора|\bнапередодні|\bраніше|\bминул\w+\s+(?:тижн|місяц|рок)\w*|\b(?:понеділ|вівтор|середу|п'ятниц|субот|неділ)\w*|\bчетвер(?:га|гу|ом)?(?![\w'’])|"
              r"\b(?:дн|тижн|місяц|рок|годин)\w*\s+тому\b|\bнавесні|\bвлітку|\bвосени|\bвзимку|"
              # a month or a year with no day: "Нагадаємо, у травні …", "наприкінці грудня", "у 2024 році"
              r"\b[ув]\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)\b|"
              r"\b(?:початку|наприкінці|кінці|середині)\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|"
              r"жовтня|листопада|грудня|місяця|року)\b|\b[ув]\s+(?:19|20)\d\d\s+році\b)")
# (English "In March, drones were downed over …": a short opening clause of another time; not read here,
# where "В ночь на понедельник" opens the report's own night)
SHIFTED_OPENING = r"(?!)"
# a clause of the present after a background cue in its sentence ("Раніше повідомлялося про двох поранених,
# тепер їх кількість зросла до п'яти"): the sentence tells the news too
# (or the report's own time: "Минулого тижня місто обстрілювали, а цієї ночі …" — that clause is the news)
NOW_CLAUSE = r"[,;]\s*(?:а\s+|але\s+)?(?:тепер|наразі|зараз|сьогодні|цієї\s+(?:ночі|доби)|цього\s+(?:ранку|вечора)|минулої\s+(?:ночі|доби))(?![\w'’])"
CAME_AFTER_OWN_TOLL = r"(?!)"  # (see lexicon.en: the background cue "came … after" is English only)
CAME_AFTER_OTHER_HARM = r"(?!)"
CAME_SAME_DAY = r"(?!)"  # (see lexicon.en: the same day's earlier event on the same place)
CAME_AFTER_SAME_PLACE = r"(?!)"
# a sentence opening with the present time ends a background paragraph ("9 листопада … Цієї ночі …")
# tonight's attack named anywhere in a sentence also ends a background paragraph ("Нещодавно дрон пошкодив склад.
# Унаслідок нічної атаки поранено двох")
NOW_ATTACK = r"\b(?:нічн|сьогоднішн)(?:ої|ій|а|у|ого|ому|им)\s+(?:[\w'’-]+\s+)?(?:атак|удар|обстріл|наліт|нальот)\w*"
# a sentence that opens by pointing back to the event told just before: "Тоді …", "Того разу …", "Унаслідок того
# удару …" (after a reminder, the earlier event's; see lexicon.en)
THEN_OPENING = (r"\W*(?:тоді(?!\s+як)|того\s+(?:разу|дня)|тієї\s+ночі|(?:(?:у|в)наслідок|під\s+час|через)\s+(?:того|тієї|тих|той)\s+"
                r"(?:удар\w*|атак\w*|обстріл\w*|наліт\w*|нальот\w*|вибух\w*))(?![\w'’])")
NOW_OPENING = r"\W*(?:сьогодні|цієї\s+(?:ночі|доби)|цього\s+(?:ранку|вечора)|минулої\s+(?:ночі|доби))\b"
LOCATIONS = r"локаці\w*"
LOCATIONS_PREP = r"\b(?:на|в|у|по)"
LOCATION_HIT_CUE = r"(?:влучанн\w*|влучан\w*|приліт\w*)"
LOCATION_DEBRIS_CUE = r"(?:улам(?:ок|к\w*)|падінн\w*)"
# (and the whole war's toll: "За час війни в області загинули понад 900 цивільних")
# (and a story told the day before: "Напередодні стало відомо, що двоє поранені …", "Напередодні повідомлялося про …")
# (an event that came some days after another, whose toll the sentence tells: "Удар стався через тиждень після масованої
# атаки, яка забрала життя 20 людей по всій країні": see lexicon.ru)
# another attack told as like the report's with a time of its own ("Подібної атаки в ніч на 25 березня зазнала
# Полтавщина, уламками поранено двох"): that attack's story, not the report's (see lexicon.en)
_SIMILAR_ATTACK = (r"(?:\bзазна\w*|\bпережил\w*)\s+(?:такої\s+ж|подібн\w+|аналогічн\w+|схож\w+)\s+(?:[\w'’-]+\s+)?(?:атак|удар|нальот)\w*"
                   r"|(?:\bтакої\s+ж|\bподібн\w+|\bаналогічн\w+|\bсхож\w+)\s+(?:[\w'’-]+\s+)?(?:атак|удар|нальот)\w*\s+(?:[\w'’-]+\s+){0,8}?"
                   r"(?:зазна\w*|пережил\w*)")
_OWN_TIME = (r"(?:\b\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|"
             r"листопада|грудня)\b|\bнапередодні\b|\b(?:вчора|учора)\b|\bраніше\b|\b(?:в|у)\s+(?:понеділок|вівторок|середу|четвер|"
             r"п['’]ятницю|суботу|неділю)\b)")
BACKGROUND = (rf"(?=(?:{_SIMILAR_ATTACK}))(?=[^.;]{{0,120}}?{_OWN_TIME})(?:{_SIMILAR_ATTACK})|{_OWN_TIME}[^.;]{{0,60}}?(?:{_SIMILAR_ATTACK})|"
              # an earlier week or month's event ("Минулого тижня під час удару по Ромнах загинули троє", "на початку місяця",
              # "раніше цього місяця"), as "тиждень тому"
              r"\b(?:минулого|попереднього|позаминулого)\s+(?:тижня|місяця|року)\b|\bна\s+(?:минулому|попередньому)\s+тижні\b|"
              r"\b(?:на|в|у)\s+(?:початку|середині)\s+(?:цього\s+|поточного\s+)?(?:місяця|тижня|року)\b|\bраніше\s+(?:цього\s+(?:місяця|тижня|року)|на\s+цьому\s+тижні)\b|"
              r"(?:(?:стал(?:ася|ося|ися)|стався|відбул(?:ася|ося|ися)|відбувся)\s+(?:(?:рівно|майже|лише|всього)\s+)?через\s+"
              r"(?:[\w'’-]+\s+)?(?:день|дні|днів|добу|тиждень|тижні|тижнів|місяць|місяці|місяців)\s+після\b|\bнагадаємо\b|\bза\s+(?:час|роки|період)\s+(?:повномасштабної\s+)?війни\b|\bнагадуємо\b|(?P<earlier>\bраніше\s+повідомлял\w*)|\bнапередодні\s+(?:повідомлял\w*|стало\s+відомо)\b|\b(?:з|від)\s+початку\s+(?:(?:поточного|цього|нинішнього)\s+)?(?:року|місяця|жовтня|листопада|грудня|січня|лютого|"
              r"березня|квітня|травня|червня|липня|серпня|вересня|війни|повномасштабного|повномасштабної)|"
              r"\bза\s+(?:минулий|останній)?\s*(?:тиждень|місяць)|\bза\s+(?:останні|минулі)\s+(?:[\w'’-]+\s+)?(?:тижні|тижнів|місяці|місяців|роки|років)\b|\b(?:\w+\s+)?(?:дн(?:і|ів)|тижд(?:ень|ні|нів)|місяц(?:ь|і|ів)|р(?:ік|оки|оків))\s+тому)")
# the sentence right after a count that names who told it ("Про це повідомляє начальник ОВА …")
TOLD_BY_NEXT = r"^\W*(?:про\s+це|про\s+(?:подію|інцидент|наслідки)|як\s+(?:повідомив|повідомила|повідомили|зазначив|зазначила|заявив|заявила))\b"
# an official named first, then "added": the sentence before was his too ("Начальник ОВА … додав, що …")
ADDED_AFTER_PERSON = r"\s*(?:,\s*)?(?:також\s+)?(?:додав|додала|зазначив|зазначила|уточнив|уточнила|наголосив|наголосила)\b"
REPORTER_ANAPHORA = r"(?:за\s+(?:його|її)\s+словами|додав\w*|повідомив\w*|уточнив\w*|зазначив\w*)"

# a figure of another period set beside the claim's ("проти 20 минулого тижня", "порівняно з 40 напередодні",
# "вдвічі більше, ніж минулої ночі"): its period word is no scope of the claim told
# after the day before ("напередодні ввечері"), a clause of the report's own night: "Напередодні ввечері над
# Сумщиною збили три дрони, а вночі над Харківщиною – ще сім" (that night is no previous one)
# (only after the day before, not a previous night: "попередньої ночі збито 20, а цієї ночі – сім" are two nights)
EVE = r"напередодні"
# a night word as a word of its own, the sentence's night ("Уночі над Київщиною …"; not "півночі", the north's
# genitive, which NIGHT finds)
NIGHT_WORD = r"(?<![\w'’-])(?:ніч\w*|ночі|[ув]ночі|нічн\w*|за\s+ніч)"
OWN_NIGHT_AFTER = r"(?:,\s*(?:а|і|й|та)\s+(?:вже\s+)?|;\s*(?:а\s+)?)(?:цієї\s+|сьогодні\s+)?(?:уночі|вночі)\b"
# a relative clause after a count that says it was told before ("5 дронів, про які повідомлялося раніше"): those
# weapons' earlier telling, not the period of the sentence's counts
TOLD_BEFORE_CLAUSE = (r",\s*про\s+(?:які|яких|який|яку|що)\s+(?:вже\s+)?(?:раніше\s+)?(?:повідомл\w*|писал\w*|писа\w*|"
                      r"говорил\w*|йшлося|ішлося|згадувал\w*)(?:\s+раніше)?")
COMPARED = (r"(?:\bпроти|\bпорівняно\s+з|\bу\s+порівнянні\s+з)\s+(?:[\w'’-]+\s+)?\d[\d\s]*[^.;:!?\n]{0,40}|"
            r"\b(?:більше|менше),?\s+ніж\b[^.;:!?\n]{0,40}")
# a figure of another period set beside a count, with that period: "знищили 1450 дронів, порівняно з 1120 у
# серпні", "проти 23 добою раніше": that period's claim, of the same claimant, verb and weapon (group n: its
# number; not a night's date, "у ніч проти 6 грудня")
COMPARED_PERIOD = (r"(?:(?:у|в|за)\s+(?:попередн|минул)\w+\s+(?:місяц|тиж|доб|ніч|ноч|рік|роц)\w*|"
                   r"(?:місяцем|тижнем|добою|днем|ніччю|роком)\s+раніше|напередодні|учора|вчора|"
                   r"(?:минулого|попереднього)\s+(?:тижня|місяця|року)|(?:минулої|попередньої)\s+(?:ночі|доби)|"
                   r"(?:у|в)\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні))"
                   r"(?![\w'’-])")
COMPARED_FIGURE = (r"(?:\bпроти|\bпорівняно\s+з|\bу\s+порівнянні\s+з)\s+(?:(?:понад|близько|майже)\s+)?"
                   r"(?P<n>\d[\d\s]*?)\s+(?:[\w'’-]+\s+){0,2}?" + COMPARED_PERIOD)
# a past attack the report's is measured against, and the clause that tells it ("коли", "у якому"), to a
# comma: "наймасованіша атака з
# часу нальоту 1 червня, у якому брали участь 472 дрони", "найбільша від 1 червня, коли Росія запустила 472
# дрони": its counts are that attack's, no claim of the report (nor a part of one)
RECALLED_SINCE = (r"\b(?:наймасованіш|наймасштабніш|найпотужніш|найбільш|рекордн)\w*"
                  r"(?:\s+[\w'’-]+){0,3}?\s+(?:з|із|від)\s+[^.;!?\n,]{0,40}?,?\s+"
                  r"(?:коли|у\s+якому|в\s+якому|у\s+якій|в\s+якій|під\s+час\s+як\w+)\b[^.;!?\n,]{0,80}|"
                  # ("перевищивши масований удар 10 жовтня, коли окупанти випустили 84 ракети": the attack it
                  # outdid)
                  r"\b(?:перевищ|перевершив|перевершил|побив|побивши)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:удар|атак|обстріл|рекорд)\w*"
                  r"\s+[^.;!?\n,]{0,40}?,?\s+(?:коли|у\s+якому|в\s+якому|у\s+якій|в\s+якій)\b[^.;!?\n,]{0,80}")
SCOPES: list[tuple[str, str]] = [
    (r"(?:за\s+(?:минулий|останній)\s+тиждень|за\s+тиждень|протягом\s+(?:минулого\s+)?тижня|"
     # ("тільки протягом жовтня окупанти випустили 2023 БПЛА", "за жовтень": a month's figure)
     r"протягом\s+(?:усього\s+)?(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)(?!\s+\d)\b|"
     r"\bза\s+(?:січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень)\b|"
     r"за\s+(?:минулий\s+)?місяць|(?:з|від)\s+початку\s+(?:(?:поточного|цього|нинішнього)\s+)?(?:\d{4}\s+)?(?:року|місяця|повномасштабн|застосування|використання|війни|вторгнення)|"
     # ("Від початку цього року ворог випустив …": this year's tally, "поточного"/"цього" between)
     # ("Загалом з 24 лютого 2022 року збито …": since a day of a year written out, a running tally)
     # ("У 2023 році Росія запустила …", "лише за 2024 рік", "за 2024 рік": a year's figure)
     r"^\W*(?:у|в|за)\s+(?:19|20)\d{2}\s+(?:році|рік)\b|\bлише\s+(?:у|в|за)\s+(?:19|20)\d{2}\s+(?:році|рік)\b|\bза\s+(?:19|20)\d{2}\s+рік\b|"
     # ("з 2022 року": since a year)
     r"\b(?:з|від)\s+(?:19|20)\d{2}\s+(?:року|р\.)|"
     r"\b(?:з|від)\s+\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)\s+\d{4}\s+(?:року|р\.))", "summary"),
    (r"(?:попередньої\s+ночі|напередодні|добою\s+раніше|у\s+ніч\s+перед\s+тим)", "previous_night"),
    # ("Як повідомляли …", "як писали": what was reported before, retold; not "як повідомив" the speaker now)
    (r"(?:раніше\s+(?:сьогодні|цього\s+дня|вдень|зранку)|раніше|до\s+цього|перед\s+цим|до\s+того|"
     r"як\s+(?:вже\s+)?(?:повідомлял(?:и|ося|ось)|писали)|"
     # ("на початку травня … збили ракету": a part of a month told, a time of its own)
     r"(?:на\s+початку|[ув]\s+середині|наприкінці|[ув]\s+кінці)\s+(?:січня|лютого|березня|квітня|травня|червня|"
     r"липня|серпня|вересня|жовтня|листопада|грудня))", "earlier"),
    # "Нагадаємо, …", the outlet's own "Як ми вже писали, …": an earlier report recalled (the report's
    # own claim when nothing else is told: "Як ми вже писали, цієї ночі над Одещиною збито 12 дронів")
    (r"(?:нагадаємо|нагадуємо|як\s+ми\s+(?:вже\s+)?(?:повідомлял(?:и|ося|ось)|писали))", "recalled"),
]

ZONES: list[tuple[str, str]] = [
    (r"за\s+київським\s+часом|київського\s+часу", "Europe/Kyiv"),
    (r"за\s+московським\s+часом|мск", "Europe/Moscow"),
    (r"GMT|UTC|за\s+Гринвічем", "UTC"),
]
NIGHT = r"(?:ніч\w*|ночі|вночі|нічн\w*|за\s+ніч)"
# a part of the day a sentence may open with, as with the night: "Вранці над Сумщиною збили кілька дронів"
DAY_PART = r"(?:вранці|зранку|вдень|удень|ввечері|увечері)"
# a reporting frame a sentence may open with before the place its count happened in: "Він додав, що на Одещині …"
# (or a named one: "Мер міста Віталій Кличко сказав, що на Київщині …")
OPENING_FRAME = (r"(?:(?:також\s+)?(?:він|вона|вони|(?:[\w'’.-]+\s+){1,5}?[\w'’.-]+)\s+)?"
                 r"(?:додав\w*|зазнач\w*|повідоми\w*|уточни\w*),?\s+що\s+")
# (or a whole hour without its minutes, where a range leads it and "години" or "ранку" follows it or the
# range's next hour: "з 23 години до 7 ранку", "з 20 до 23 години за київським часом"; not "протягом 3 годин")
_HOUR_LEAD = "|".join(rf"(?<=\b{w}\s\d)|(?<=\b{w}\s\d\d)" for w in ("з", "із", "від", "до", "по"))
_HOUR_NOUN = r"\s+(?:годин[иа]?(?:\s+ранку)?|ранку)(?![\w'’])"
# an evening hour, led as above: "з 8 вечора до 6 ранку", "з 9 години вечора" (20:00, 21:00; PM_WORDS are the "pm")
TIME_AMPM = rf"(?P<h>1[0-2]|0?[1-9])(?:{_HOUR_LEAD})(?P<m>(?!))?\s+(?:годин[иа]?\s+)?(?P<ap>вечора)(?![\w'’])"
PM_WORDS = ("вечора",)
TIME_24 = (rf"(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d)|(?:{_HOUR_LEAD})(?:{_HOUR_NOUN}|(?=\s+(?:до|по)\s+\d{{1,2}}{_HOUR_NOUN})))")
TIME_WORDS = {"опівночі": (0, 0), "опівдні": (12, 0)}
# an hour told by its ordinal, of the night or the morning: "з третьої до п'ятої ранку", "з першої години ночі";
# "до початку шостої" is the sixth hour's start, 5:00 (group "os"). Only where the part of the day is named
# after it or after the range it opens (not "третьої хвилі", "другої доби")
HOUR_ORDINALS = {"першої": 1, "другої": 2, "третьої": 3, "четвертої": 4, "п'ятої": 5, "п’ятої": 5, "шостої": 6,
                 "сьомої": 7, "восьмої": 8, "дев'ятої": 9, "дев’ятої": 9, "десятої": 10, "одинадцятої": 11,
                 "дванадцятої": 12}
_HOUR_ORDINAL = "|".join(HOUR_ORDINALS)
_HOUR_OF = r"(?:\s+години)?\s+(?:ранку|ночі)\b"
# (the part of the day is the time's own: a zone after it, "до п'ятої ранку за київським часом", is the time's)
TIME_HOUR_WORD = (rf"(?:(?P<os>початку)\s+)?(?P<o>{_HOUR_ORDINAL})(?:{_HOUR_OF}|(?=(?![\w'’])(?:\s+години)?\s+(?:до|по)\s+"
                  rf"(?:початку\s+)?(?:{_HOUR_ORDINAL}){_HOUR_OF}))")
DAY_THEN_TIME = r"(?:з|із|о|від|у\s+період\s+з|в\s+період\s+з|починаючи\s+з)"  # between a date and the time that follows it
REPORT_AUX = r"(?!)"  # (English "the Air Force has said")
DAY_ORDINAL = r"(?!)"  # (English "March 3rd", "3rd of March", "on the Tuesday, 3 March")
DAY_OF = r"(?!)"
DATE_LEAD = r""
# (and a part of a day, its weekday and date, then the time: "З вечора неділі, 23 лютого, о 20:00")
RANGE_FROM = (r"(?:з|із|від|починаючи\s+з|у\s+період\s+з|(?:роз)?почалас\w*\s+(?:близько|орієнтовно|о|об)|"
              r"(?:з|із)\s+(?:вечора|ночі|ранку)(?:\s+[\w'’]+)?,?\s+\d{1,2}\s+[\w'’]+,?\s+(?:о|об))")
RANGE_TO = r"(?:до|по|і|та)"
DAY_RANGE_TO = r"на|по|до"  # "у ніч з 17 на 18 січня" (see lexicon.en)
# what names a day as the morning a night runs to ("у ніч на 12 жовтня, з 20:00"; see lexicon.en)
NIGHT_TO = r"\b(?:ніч|ночі)\s+(?:з\s+\d{1,2}\s+)?на\s+(?:[^\W\d]+,?\s+)?$"
AS_OF = r"(?:станом\s+на|на)"
# a sentence that opens with the time something happened at (see lexicon.en): in Ukrainian only an attack told right
# after an approximate time ("Близько 04:20 ворог атакував Одещину ударними дронами": the window's start), not a
# downing, where "О 16:41 голова ОВА написав" opens with the time of a post more often than of the downing it tells
AT_OPENING = r"^\W*(?:близько|приблизно|орієнтовно)\s+(?:(?:о|об)\s+)?$"
# whether such a start belongs only to the claim told in its sentence or the next (see lexicon.en): in Ukrainian a
# later "Близько 14:50 ворог атакував село …" after a night's downing is another attack
AT_STARTED_OWN_CLAIM = True
AT_DOWNED_AFTER = r"(?!)"
AT_STARTED_AFTER = (r"^\W*(?:(?:ворог|противник|агресор|окупанти|росіяни|рф|росія)\s+)?(?:атакува\w*|(?:роз)?поча\w*\s+атак\w*|"
                    r"завда\w*\s+(?:\w+\s+)?удар\w*)")
# an air-raid alert a time is told of ("тривога … лунала з 2:15 до 3:01"; see lexicon.en)
ALERT = r"(?:тривог\w*|сирен\w*)"
# a lead that tells of an attack by those who meet it ("увечері 9 травня над областю працювала ППО", "у районі
# лунала повітряна тривога"; see lexicon.en)
ATTACK_TOLD_BY = r"\bППО\b|протиповітрян\w*\s+оборон\w*|\bзенітн\w*|\bтривог\w*|\bсирен\w*"

COMMENTARY_HINTS = r"(?:експерт\w*|аналітик\w*|наголошу\w*|свідчить)"

NOT_PLACES = {
    "пошта", "пошти", "пошту", "пошті", "поштою",  # "Нова пошта", the carrier
    "офіс", "офісу", "офісі", "офісом",  # "керівник Офісу Президента …": a national office, no place nor a name
    "один", "одна", "одне", "два", "дві", "три", "чотири", "п'ять", "шість", "сім", "вісім", "дев'ять", "десять",  # "Сім із них збили"
    "дунай", "дунаю", "дунаї", "свобода", "радіо",  # the Danube, Radio Liberty
    "атаки", "атака",  # "Атаки відбито": attacks, not the village of Ataky (Chernivtsi Oblast)
    "схід",  # "ПвК «Схід»", "ОК «Схід»": the East, a command's name, not Skhidni Kvartaly (its other name)
    "у", "в", "над", "по", "на", "з", "із", "зі", "до", "від", "та", "і", "й", "а", "але", "за", "при",
    "про", "о", "всього", "усього", "також", "крім", "як", "це", "цей", "ця", "ще", "повітряні",
    "повітряних", "сили", "сил", "збройних", "зсу", "ппо", "бпла", "рф", "міноборони", "генштаб",
    "начальник", "голова", "очільник", "ова", "мва", "кмва", "ода", "днсн", "дснс", "напрямки",
    "напрямку", "противник", "ворог", "вночі", "вдень", "зранку", "увечері", "раніше", "сьогодні",
    "учора", "вчора", "за попередніми даними", "shahed", "шахед", "герань", "гербера", "іскандер-м",
    "калібр", "кинджал", "понеділок", "вівторок", "середа", "середу", "четвер", "п'ятниця", "п'ятницю",
    "субота", "суботу", "неділя", "неділю", "головне", "бійці",  # "Головне, що без потерпілих": the main thing
    "енергетики", "енергетиків", "енергетикам", "енергетиками",  # "Енергетики вже працюють": power engineers
    "telegram", "телеграм", "телеграмі", "telegram-каналі", "телеграм-каналі",
    "telegram-канал", "телеграм-канал", "телеграм-каналу", "telegram-каналу", "укрінформ", "суспільне", *MONTHS,
}
POSSESSIVE_IN_NAME = r"(?!)"  # (English "the Donetsk People's Republic")
PLACE_TYPE_WORDS = (
    r"(?:област\w*|краї\w*|кра[йюя]\w*|республік\w*|район\w*|регіон\w*|громад\w*|мор[еяюі]\w*|півостр\w*|"
    r"затоц\w*|затока\w*|[ОМСомс]?Т[Гг]|[омс]?тг|"  # "Покровська стг", "Марганецька ТГ": a hromada
    # a Russian okrug as a Ukrainian text names it ("у Воскресенському міському окрузі"), and a village's or
    # settlement's council, which is its hromada ("голова Томашпільської селищної ради")
    r"окру[гз]\w*|(?:селищн|сільськ)\w*\s+рад[аиіу]\w*)"
)
TYPE_FIRST = r"(?:Республік\w*|Автономн\w*\s+Республік\w*)"
PLURAL_TYPE = r"(?:ей|ів|ях|ями|ям|ах|ами|ам|і|и|\bгромад)$"  # ("Білопільської та Краснопільської громад": the genitive plural has no ending)
PLURAL_TYPE_ENDING = r"(?!)"  # (English "regions" -> "region": the morphology reads a type word's number here)
CAPITAL_LETTER = r"[A-ZА-ЯЁІЇЄҐ]"  # a capital letter, Cyrillic or Latin (a name may be written in either script)
LOWER_LETTERS = "a-zа-яёіїєґ"  # the lower-case letters, Cyrillic and Latin, as a class's body (without them, a letter is a capital)
SINGULAR_TYPE_PHRASE = r"\w+(?:ої|ій)\s+\w+і"  # "Харківської області", "у Сумській області": PLURAL_TYPE's "-і" is the singular's after an adjective of a singular case ("Сумська та Харківська області" is the plural)
UNIT_QUALIFIER = r"(?:сільськ\w*|селищн\w*|міськ\w*|територіальн\w*)"  # "Покровській сільській громаді": part of the unit's type
# the first word of a two-word name ("у Великій Бабці", "в Новій Ушиці" unknown to the gazetteer): before a
# capitalised word it is never a place of its own (GeoNames' "Novyy", "Velyka"); the two words are one name
NAME_OPENERS_INSIDE = r"(?!)"  # (English "New Moscow": here the opener agrees, NAME_OPENERS)
NAME_OPENERS = (r"(?:Нов|Стар|Мал|Велик)(?:а|ий|ій|у|ого|ому|ім|е|і|их|ої|ою)|"
                r"(?:Верхн|Нижн|Середн)(?:я|ій|ю|ього|ьому|ім|є|і|іх|ьої|ьою)")
PLACE_LIST_CUES = (
    r"(?:\bу|\bв|\bна|\bнад|\bпід|\bбіля|\bпоблизу|\bрайоні|\bмісті|\bсел\w*|\bселищ\w*|\bгромад\w*|"
    r"\bатакува\w*|\bудар\w*\s+по|\bпо|"
    r"(?<![\w.])(?:с|сел|смт|м)\.|\bсмт)\s*$"  # "(с. Гресі)": a post's abbreviations
)
# a span of weeks, months or years: what the sentence tells is a trend or history, no incident
# ("останнім часом атакують місто", "за останні місяці пошкоджено будинки")
# the time of the telling, not of the event: "Федоров сьогодні заявив, що …", "повідомив у вівторок"
_SAID_UK = r"(?:заявив|заявила|повідомив|повідомила|написав|написала|розповів|розповіла|зазначив|зазначила|додав|додала)"
_TOLD_DAY_UK = r"(?:сьогодні|вчора|напередодні|[ув]\s+(?:понеділок|вівторок|середу|четвер|п'ятницю|суботу|неділю))"
SPEECH_TIME = rf"\b{_SAID_UK}\s+{_TOLD_DAY_UK}\b|\b{_TOLD_DAY_UK}\s+{_SAID_UK}\b"
# a relative clause that a span of weeks or years may belong to: "підприємство, яке вже атакували минулого
# року" (not "заявив, що за останні місяці …")
RELATIVE_SPAN = r"\b(?:який|яка|яке|які|якого|якої|якому|якій|яких|яким)\b"
TIME_SPAN = (r"(?:\b(?:за|в|у|протягом|упродовж)\s+(?:останні|останніх|минулі|минулих)\s+(?:\w+\s+)?"
             r"(?:тиж\w*|місяц\w*|рок\w*|років)\b|\bостаннім\s+часом\b|\bминулого\s+року\b|\bторік\b)")
LAUNCH_SITES_HEADER = r"(?:напрямк\w*\s+пуск\w*|район\w*\s+пуск\w*|з\s+напрямк\w*)"
# "атака київського режиму": a place name that stands for its government, the attacker
# напад як звичка, здогад чи заперечення, не подія: "майже щодня атакують прикордоння",
# "на його думку, Москва може планувати масовану атаку", "ми не атакуємо"
GENERIC_ATTACK = (r"(?:(?:майже|практично)\s+щодня|\bщодня|\bрегулярно|\bпостійно|\bсистематично|"
                  r"\bнеодноразово|\b(?:може|можуть|міг|могли)\s+планувати|\bна\s+(?:його|її|їхню)\s+думку|"
                  r"\bприпуска\w*|\bне\s+(?:атаку\w*|нападаємо))")
# what stands between a place and the town that only locates it ("Слобожанська громада поблизу
# Дніпра", "Пісочин за 12 км від Харкова"): that town is a landmark, not where it happened
REFERENCE_GAP = (r"\s*(?:(?:\(\s*|,\s*(?:що|яке|який)\s+)?(?:під|біля|поблизу|поряд\s+із|поряд\s+з|неподалік\s+від|"
                 r"неподалік|недалеко\s+від)|(?:[,(]\s*)?(?:за\s+)?(?:приблизно\s+|близько\s+)?\d+\s*(?:км|кілометр\w*)\s+"
                 r"(?:[\w-]+\s+){0,2}?від)\s+(?:(?:міста|м\.)\s*)?")
# (the capital for its state: "Москва атакувала Україну 90 дронами", "Київ атакував Росію")
PLACE_AS_ACTOR = r"\s*(?:режим\w*|уряд\w*|влад\w*|(?:атакува|запусти|випусти)(?:в|ла|ли)\s+(?:[\w'’-]+\s+){0,3}?(?:Росі|Україн|російськ|українськ)\w*)"
# words between a launch-site cue and the sites it lists that are no site of their own (see en.LAUNCH_SITE_FILLER):
# "з території Росії та тимчасово окупованого Криму"
LAUNCH_SITE_FILLER = r"(?<!\w)(?:(?:тимчасово\s+)?окупован\w*\s+|анексован\w*\s+|територі[їяю]\b)"
LAUNCH_SITE_CUE = (
    # ("з районів міст Орел, Курськ": the areas of the towns named next; not "в одному з районів міста")
    # ("атака велась із російських міст Орел, Курськ": the towns named next, whatever the word for their country)
    # ("з північного та південного напрямків (Курськ, Міллерово)": the towns in brackets after the directions)
    # ("із району Приморсько-Ахтарська": "із" as "з", the form after a vowel)
    # ("запущено з кораблів у Чорному морі": the sea the carriers were in, as English "from ships in")
    r"(?:\b(?:з|із)\s+(?:[\w'’-]+\s+){0,2}?(?:корабл\w*|підводн\w+\s+човн\w*|човн\w*|літак\w*|бомбардувальник\w*|носі\w+)\s+(?:у|в|над)\b|"
    r"\b(?:з|із)\s+напрямк\w*|\b(?:з|із)\s+районів\s+міст\b|\b(?:з|із)\s+(?:\w+(?:ськ|цьк)их\s+)?міст\b|\b(?:з|із)\s+район\w*|\b(?:з|із)\s+території|\b(?:з|із)\s+аеродром\w*|\b(?:з|із)\s+боку|"
    r"\bнапрямки\s+пусків(?:\s+\w+)?\s*[-–:]|\bнапрямк\w*\s*[-–:(]|\bіз\b|\bз\b)"
)
# a part of a city, before its name ("у мікрорайоні Північний"): no raion of that adjective
MICRODISTRICT_CUE = r"мікрорайон(?:і|у|а|ом)?\s*[«\"“]?$"  # (one: not "одного з мікрорайонів Одеси")
# its name, an adjective in the nominative whatever the case of the cue ("мікрорайоні Північний")
MICRODISTRICT_NAME = r"(?:ий|ій)$"
# a feminine settlement noun right before a name: "у станиці Ленінградській" is the stanitsa, not the region
FEMININE_SETTLEMENT_CUE = r"\bстаниц\w*\s+$"
VILLAGE_CUES = r"(?:сел\w*|селищ\w*|місті|міста|місто|(?<![\w.])(?:с|сел|смт)\.|\bсмт)\s*$"
CITY_CUES = r"(?<![\w'’-])міст(?:о|і|а|у|ом)\s+$"  # "у місті Костянтинівка": the city, of its namesakes
SMALL_PLACE_CUES = r"(?:\bсел(?:о|а|і|у|ом|ах|ам)|\bселищ\w*|\bс\.|\bсел\.|\bсмт\.?)\s*$"
SMALL_PLACE_AFTER = r"(?!)"  # (English "Tulyanka village": the cue comes before a name here)
# a name the gazetteer lacks with its region after it in brackets ("у районі Іванівки (Сумська область)"):
# a village of that region (English "the Ivanovka settlement of the Petrovsky district")
SMALL_PLACE_OF_UNIT = r"\s*\(\s*[А-ЯІЇЄҐ][а-яіїєґ'’-]+(?:ська|цька|зька)\s+област[ьі]\s*\)"
ELLIPTIC_TYPES = ("області", "краю")
# a page that lost letters (a scraper's, "і", "ї", "є" gone everywhere: "у Полтавськй, Харквськй
# областях"): the ending that shows it (no word of the language ends so) and its form given back; the
# region is the one whose name has the same letters left (Gazetteer.regions_by_skeleton)
LOST_LETTERS = r"[іїєІЇЄ]"
LOST_LETTERS_SET = "іїє"
LOST_ENDING = r"(?<=[сцз]ьк)й\b"
LOST_ENDING_RESTORED = "ій"
LOST_REGION_TYPE = r"област\w*"
# a plural settlement word, then names: each name after the first is a village too ("у селах
# Іванівка, Петрівка та Лісне")
SETTLEMENTS_LISTED = (r"(?i:\b(?:сел(?:ах|ам|а)|селищ(?:ах|ам|а)))\s+"
                      r"(?:[А-ЯІЇЄҐ][\w'’-]*(?:\s+[А-ЯІЇЄҐ][\w'’-]*)?(?:,|\s+(?:і|й|та))\s+){1,8}$")
# a plural region type word announcing a list of bare adjectives: "у таких областях, як Чернігівська, Київська"
REGIONS_LISTED_TYPE = r"областях|областей"
ONE_ARTICLE = r"(?!)"  # (English "an enemy UAV")
SUBREGION_OF = r"(?!)"  # (English "the Kursk and Oktyabrsky regions of the Kursk Region": districts)
# a first-level type word that, singular, belongs to each of the coordinated adjectives before it
# ("Брянскую и Курскую область"; a district's does not: "в Каменске-Шахтинском и Миллеровском районе")
SPEAKER_PLACE_BEFORE = r"(?!)"  # (English "according to Moscow": a capital for its government)
ATTACKER_PLACE_BEFORE = r"(?!)"
# after a country that acts: the attacker, no place of the attack ("Russia launched 20 drones", "Росія
# запустила 20 дронів"; active verbs only, not "Ukraine attacked overnight", a headline's passive)
# (not a country that launches a procedure of its own: "Румунія запустила розслідування")
ATTACKER_PLACE_AFTER = (r"\s+(?:запустил\w*|запустив|випустил\w*|випустив|атакувал\w*|атакував|завдал\w*|завдав|вдарил\w*|вдарив|обстріля\w*|застосувал\w*|застосував|спрямувал\w*|спрямував)\b"
                        r"(?!\s+(?:[\w'’-]+\s+)?(?:розслідуван|перевірк|програм|кампані|процедур|консультаці|супутник|співчутт|допомог|ноту|делегаці|лист|звернен|протест|рятувальник)\w*)")
GOVERNMENT_CAPITALS = r"(?!)"  # (English "as Kyiv pushes for more air defence": the government)
GOVERNMENT_OBJECT_BEFORE = r"(?!)"  # (English "pressure on Moscow": its government)
GOVERNMENT_NOT_BEFORE = r"(?!)"  # (English "residents of Moscow reported …": the city)
# the warring countries as the subject of a launch ("Росія запустила 90 дронів"): told with no place, in a
# regional official's post after his own count, the country's launch (an overview), not his region's
ATTACKING_COUNTRY = r"(?:Росія|росія|РФ|рф|Російська\s+Федерація|країна-агресор\w*|країна-терористка|Україна)"
# (not when it names the region by a common noun: "Росія запустила по області 7 дронів", "атакувала
# область", "Russia launched nine drones at the region")
AT_OWN_REGION = r"\b(?:(?:по|на|проти)\s+)?(?:нашій\s+|нашу\s+)?(?:області|область|регіону|регіон|місту|місто|столиці|столицю|краю|край|громаді|громаду|півострову|півострів)\b"
# a name in the nominative right before a verb of saying in the singular past ("Тимошенко згодом уточнив"): a person
# who speaks, no place (a town is told in its other cases: "у Харкові повідомили")
PERSON_SAYS_AFTER = (r"\s+(?:(?:пізніше|згодом|потім|також|теж|ще)\s+)?"
                     r"(?:уточнив|уточнила|повідомив|повідомила|заявив|заявила|написав|написала|додав|додала|"
                     r"зазначив|зазначила|наголосив|наголосила|розповів|розповіла|пояснив|пояснила)\b")
PERSON_SAYS_NOT_BEFORE = r"(?!)"  # (English "officials in Shebekino said": a town, no person)
GOVERNMENT_VERB_AFTER = r"(?!)"
ONE_REGION_TYPE = r"област\w*|кра[йюя]\w*"
SUBREGION_TYPE: dict[str, str] = {}
# the words between a district or town and the region it lies in: (Ukrainian puts the region in the genitive right after: "Шосткинському районі Сумської області")
UNIT_OF = r"(?!)"
REGION_OF = r"(?!)"  # (English "the region of Kherson": Russian and Ukrainian write the adjective)
REGIONS_LIST_OPENER = r"(?!)"  # (English "six oblasts — Alpha, Beta and Gamma")
REGION_ONLY_NAMES = r"(?!)"  # (English "in Dnipropetrovsk": the oblast)
# "У A-ському та B-ському районах — відбій загрози. Над територією цих двох громад збито три дрони":
# the units named before, counted again by a demonstrative or a number after a word of where; a bare
# number only after a word of territory or airspace (see the Russian lexicon)
UNITS_ANAPHOR = (r"(?:\b(?:[Нн]ад|[Уу]|[Вв]|[Нн]а|[Вв]\s+межах|[Уу]\s+межах)\s+(?:(?P<t>території|територією|повітряному\s+просторі|небі\s+над)\s+)?)"
                 r"(?P<a>(?:(?P<d>ц(?:их|ими|ій|ьому|им|ього|ієї|ей|ю)|зазначен(?:их|ими|ому|ої)|обох|обома)\s+)?"
                 r"(?:(?P<n>двох|двома|трьох|трьома|чотирьох|чотирма|п[’'ʼ]яти|п[’'ʼ]ятьма)\s+)?"
                 r"(?P<u>громад\w*|район\w*|(?:міськ\w+\s+)?округ\w*|населен\w+\s+пункт\w*|муніципалітет\w*))\b")
UNITS_ANAPHOR_NUMBERS = {"двох": 2, "двома": 2, "трьох": 3, "трьома": 3, "чотирьох": 4, "чотирма": 4,
                         "п'яти": 5, "п’яти": 5, "пʼяти": 5, "п'ятьма": 5, "п’ятьма": 5, "пʼятьма": 5, "обох": 2, "обома": 2}
UNITS_ANAPHOR_ONE = r"(?:ц(?:ій|ьому|им|ього|ієї|ей|ю)|зазначен(?:ому|ої))"  # (the demonstrative of one unit)
# "Відбулося це у межах Хмельницької, … областей": where the weapons just counted were destroyed
# ("Збиття фіксували в Полтавській, … областях": the shoot-downs just counted were recorded there)
# ("… збили 40 дронів. Ідеться про Курську та Орловську області": the places the count just told is about)
# (the places themselves the object of "про": not "Ідеться про нові правила … в Аській області", a stock phrase)
PLACE_ANAPHORA = r"(?:(?:ідеться|йдеться|мова\s+йде)\s+про(?!\s+(?-i:[а-яіїєґ]))|відбулося\s+це|це\s+відбулося|сталося\s+це|це\s+сталося|ц(?:ей|ього)\s+результат\w*|збиття\s+(?:\w+\s+)?(?:фіксува\w*|зафіксова\w*))"
# "працює ППО в Джанкойському та Сімферопольському районах": air defence at work, where weapons are being downed
# ("спрацювала система ППО над …", as Russian "сработала")
# (the noun too: "повідомив про роботу ППО над Києвом", "Робота ППО фіксувалася над …"; a sentence's first word capitalised)
AIR_DEFENCE_AT_WORK = (r"(?:\b[Пп]рацю\w*|\b[Пп]рацювал\w*|\b[Вв]ідпрацю\w*|\b[Сс]працюва\w*|\b[Рр]обот(?:а|и|і|у|ою)\b)\s+(?:\w+\s+)?"
                       r"(?:ППО|протиповітрян\w*\s+оборон\w*)|"
                       r"(?:ППО|[Пп]ротиповітрян\w*\s+оборон\w*)\s+(?:працю\w*|працювал\w*|відпрацю\w*|спрацюва\w*)|"
                       r"\b(?:[Дд]ля\s+|[Зз]дійснювал\w*\s+)відбитт\w*\s+(?:повітрян\w*\s+)?атак\w*")
# after a count, the units that downed its weapons engaged in the regions named next: "для відбиття
# атаки були задіяні мобільні вогневі групи … на території … областей", "Для ліквідації дронів було
# залучено … у межах … областей" (see attribute._after_count_anaphora; not "ППО працювала в … областях",
# where air defence was active; nor "для ліквідації наслідків атаки на …", the rescuers' work)
UNITS_ENGAGED = r"\b(?:[Дд]ля\s+|[Зз]дійснювал\w*\s+)(?:відбитт\w*\s+(?:повітрян\w*\s+)?атак\w*|ліквідаці\w*\b(?!\s+(?:наслідк|пожеж|загоран|надзвичайн)))"
# "збили над Павлоградським районом", "в районі села Х": the words right before a town or district
# where weapons were destroyed (a place below the region, kept as an incident)
# a settlement's type word abbreviated before its name ("у м. Ізюм", "біля с. Мала Данилівка")
SETTLEMENT_ABBREVIATION = r"(?:м|с|смт|сел)\.\s*|смт\s+"
# ("за кілька кілометрів від Сум", "неподалік Полтави", "на підступах до Києва")
# the words of a kind of settlement before its name ("міста", "населених пунктів"), after an adjective
# ("українського міста Миколаїв")
SETTLEMENT_NOUN = r"(?:[а-яєіїґ'’]+(?:ого|ої|их)\s+)?(?:сел\w*|селищ\w*|міст\w*|населен\w+\s+пункт\w*)"
# a verbless sentence that opens with "also", going on with the places of the sentence before ("А також у
# Донецькій області — у Слов'янську та Краматорську")
ALSO_OPENING = r"\W*(?:а\s+)?(?:також|крім\s+того)\s+(?:в|у|над|під|біля|поблизу)\b"
# the places a sentence opens with "besides", where the weapons were downed too: "Крім Одещини, дрони збивали на
# Вінниччині та Київщині" (not "Крім того, …")
BESIDES_OPENING = r"\W*(?:крім|окрім)\s+(?!того\b|цього\b)[^,.;:!?]+,"
INTERCEPTION_CUE = (r"(?:\bнад|\bу|\bв|\b[ув]\s+район(?:і|ах)|\bбіля|\bпоблизу|\bпід|\bнеподалік(?:\s+від)?|\bнедалеко\s+від|"
                    r"\bкілометр\w*\s+від|\bна\s+підступах\s+до|\bна\s+підльоті\s+до|\bна\s+околиц(?:і|ях)|\bна\s+територі(?:ї|ях))\s+"
                    rf"(?:(?:територі\w+|{SETTLEMENT_NOUN})\s+|{SETTLEMENT_ABBREVIATION})?$")
# "решта – над Сумщиною": the rest of the total
REMAINDER = r"(?:решт\w+|інш\w+\s+(?=над\b))"
REMAINDER_STEMS = ("решт", "інш")  # the words REMAINDER begins with (a cheap gate)
# "решту заглушили", "решта були подавлені засобами РЕБ": suppressed by electronic warfare
SUPPRESSED = r"(?:заглуш\w*|подавл\w*|подавил\w*|придуш\w*|посаджен\w*|посадил\w*|(?<!не змогли )(?<!не вдалося )(?<!не вдалось )посадити|(?<!не змогли )(?<!не вдалося )(?<!не вдалось )подавити)"
CITY_AREA = r"\b(?:околиц\w*|передмісті\w*|навколо)"
# "За добу ворог застосував по області таке озброєння:" then one weapon count a line ("- два КАБи;"): a list of
# what was launched (or, with a destroy verb, destroyed)
# "збили там п'ять дронів" / "п'ять дронів там": the one region the sentence names
THERE_AFTER = r"\s+там\b"
THERE_ANAPHOR = r"\bтам\b"
# "Внаслідок удару травмовано двох водіїв" opening a sentence (in the paragraph after, too: a post's
# lines stand apart): the consequences of the attack just told
# (not one with a scope of its own, the day's or the region's: "Внаслідок атак за добу в області постраждали п'ятеро"
# sums up, no consequence of the one attack told before: CONSEQUENCE_SCOPE)
CONSEQUENCE_SCOPE = (r"(?<![\w'’])(?:за\s+(?:минулу\s+|останню\s+)?(?:добу|день)|"
                     r"(?:в|у|по)\s+(?:всій\s+|усій\s+|всьому\s+|усьому\s+)?(?:регіон[іу]|област[іь]))(?![\w'’])")
CONSEQUENCE_OPENING = (r"\W*(?:внаслідок|в\s+результаті|у\s+результаті)\s+(?:цього\s+|ворожого\s+|такого\s+)?"
                       r"(?:удару|атаки|обстрілу|влучання|нальоту)(?!\s+(?:по|на)\b)")
# ("… таке озброєння, повідомив Синєгубов:"; "протягом доби по Харківщині прилетіли:", "за добу по регіону вдарили:",
# "ворог атакував:" say what came by their verb)
# ("ворог застосовував по області різні види озброєння:": the kinds of weapons, listed)
# a list's line that says how many is not known yet: "- крилаті ракети (кількість уточнюється);"
COUNT_UNKNOWN = r"\bкількість\s+(?:[\w'’]+\s+)?(?:встановлю\w*|уточню\w*|невідом\w*)"
WEAPON_LIST_HEADER = (r"(?:(?:\b(?:таке|наступне|такі|наступні|таку|наступну)|\b(?:різн\w+\s+)?(?:вид\w*|тип\w*))\s+(?:озброєння|засоби(?:\s+ураження)?|зброю|зброї)"
                      r"(?:\s*[,–—-]\s*(?:[\w'’]+\s+){0,3}[\w'’]+)?|\b(?:прилеті|вдари|вдарил|атакува)\w*)\s*:\s*$")
# "знищили 2 дрони над морем": a sea not named, the one the report is about (the group "sea");
# not "як над морем, так і над …" (one count over the sea and somewhere else)
# (English "off the coast of Sevastopol": the sea off the place; see lexicon.en)
OFF_COAST_BEFORE = r"(?!)"
BARE_SEA = r"(?<!як\s)\b(?i:над)\s+(?P<sea>морем|акваторією(?:\s+моря)?)(?!\s+(?:[А-ЯІЇЄҐA-Z]|моря|морів)|\w)"
# "над Московським регіоном": the region of that name
REGION_NOUN = r"регіон\w*"
# "над Чорноморським регіоном": the sea
SEA_ADJECTIVES: tuple[tuple[str, str], ...] = (("чорноморськ", "Чорне море"), ("азовськ", "Азовське море"))
# a nation's adjective ("російська ППО", "русская ПВО"): the side's, never a town's (a town may be named so)
NATION_ADJECTIVE = r"(?:російськ|українськ|білоруськ|радянськ|американськ|європейськ|іранськ|турецьк)"
# a district's or hromada's adjective standing alone ("в Ізюмському", after "у Харківському районі")
# names Ukrainian media write in lower case on purpose ("атакували москву", "мер москви"): the
# capital of the aggressor state, a place as any other; "кременчуцького НПЗ", "одеського аеропорту": a plant
# named by its town's adjective in lower case, as a description (the group "town": the town it names)
LOWER_CASE_NAMES = (r"(?<![\w'’-])(?P<village>москв(?:а|и|і|у|ою))(?![\w'’-])|"
                    rf"(?<![\w'’-])(?!(?:{NATION_ADJECTIVE})[а-яіїєґ]*\s)"
                    r"(?:(?P<town>[а-яіїєґ'’]{3,}(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім|а|ої|у|ій|е))"
                    r"(?=\s+(?:НПЗ|нафтопереробн\w*|нафтобаз\w*|ТЕЦ|ТЕС|аеропорт\w*)(?![\w'’-]))|"
                    # "над курським регіоном", "у бєлгородському регіоні": the region of the adjective
                    r"(?P<unit>[а-яіїєґ'’]{3,}(?:ськ|цьк|зьк)(?:ий|ого|ому|им|ім))\s+регіон(?:у|ом|і)?(?![\w'’-]))")
# what follows a name that is no place ("Moscow time", "Черноморский флот", "Gagarina Avenue")
# a unit or outlet named in quotes, also after its army's abbreviation ("командування ЗСУ «Північ»"): no place
# a street named after a person or a town ("на улице Щорса", "вул. Харківська"): no place; nor a saint's name
# after "святого/святої": a church or hospital, no village ("лікарня святого Луки")
# (a town after a capitalised word that follows the relaying verb is an outlet's name: "передає Типовий Франківськ",
# "пише Вечірній Київ"; the town of "передає Суспільне Кропивницький" likewise; a name, not an abbreviation in
# capitals: "пишуть ЗМІ Харкова" is the media of the town)
NOT_A_PLACE_BEFORE = r"\b(?:(?:канал\w*|видання|агентств\w*|газет\w*|командуванн\w*|угрупованн\w*|підрозділ\w*|бригад\w*|батальйон\w*|полк\w*)(?:\s+(?-i:[А-ЯІЇЄҐ]{2,})){0,2}\s*[\"«„“]|вулиц[яіюе]|вул\.|проспект[іуа]?|просп\.|провулк[уа]|провулок|пров\.|площ[аіу]|бульвар[іуа]?|шосе|набережн(?:а|ій)|підконтрольн\w*|підпорядкован\w*|лояльн\w*|збройн\w+\s+сил\w*|сил\w*\s+оборони|лікарн\w*(?:\s+№\s*\d+)?(?:\s+(?:в|у|м\.))?|свят(?:ого|ої|их)|Суспільне|(?:переда(?:є|ють)|пише|пишуть)\s+(?-i:[А-ЯІЇЄҐA-Z][а-яіїєґa-z'’])[\w'’-]*|(?<!ій\s)(?<!ої\s)(?<!ну\s)(?<!ка\s)бухт[аиіу])\s*$"
INSTITUTION_AFTER = r"(?!)"  # (English "Kursk State University": "State" is a type word there)
# (an outlet's name: "пише \"Українська правда\"" names no town of Ukrayinsk; nor one in quotes after its kind's
# noun before it: "канал \"Кримський вітер\"", NOT_A_PLACE_BEFORE)
# ("по Кримському мосту", "у районі Керченської протоки": a bridge or a strait named by the adjective)
# (a news site by its address: "Полтава.укр", "Суми.ua" — no place of the event)
NOT_A_PLACE_AFTER = r"\.(?:ру|рф|укр|ru|ua|com|info)(?!\w)|\s+(?:ЦРЛ|ЦРБ|флот\w*|паблік\w*|паблики|телеграм\w*|вулиц\w*|проспект\w*|бульвар\w*|майдан\w*|шосе|режим\w*|правд\w*|міст|мост[уаіи]\w*|проток\w*|протоц\w*)\b"
# a capitalised adjective, then a lower-case one of the same ending: a name of an organisation
# the case ending an adjective of a list agrees by (places._case_ending; see lexicon.ru): Russian's folds,
# for names a Ukrainian report writes in their Russian spelling ("Заводской"); Ukrainian's own have no "ы"
CASE_ENDING_LETTERS: dict[int, str] = str.maketrans("ы", "и")
CASE_ENDING_SAME: dict[str, str] = {"ой": "ий"}
AGREEING_ADJECTIVE_ENDINGS = ("ому", "ого", "ій", "им", "ої")  # "в Південному регіональному управлінні": an organisation's name
UNIT_ADJECTIVE = r"(?:ськ|цьк|зьк)(?:ому|ій|у|а|ий|ого|их|им)$"
# (English "the Kursk and Oryol border regions"; Ukrainian writes the adjectives); a list of region centres closed by
# "та (кількох) інших областей" ("над Альфою, Бетою та іншими регіонами"): the names are regions like the others
AREAS_AFTER = (r",?\s+(?:та|і|й)\s+(?:(?:низки|низці|кількох|багатьох|\d+)\s+)?інши[хм]и?\s+"
               r"(?:област(?:ей|ях|ями)|регіон(?:ів|ах|ами))(?!\w)")
# "the Kyiv area": the region around the city, where it has one
AREA_AFTER = r"(?!)"
# given names that are also towns ("Vladimir Putin", "Володимир Зеленський"): before a surname, a person
# the type words a unit adjective standing alone may leave out ("А ще – у Синельниківському")
# "у столиці" in a Ukrainian post: the capital, unless an adjective names another ("російська столиця")
CAPITAL_WORD = r"(?<![\w-])столиц(?:я|і|ю|ею)\b"
CAPITAL_OTHER = r"\w+(?:ськ|цьк|зьк|обласн|північн|південн|культурн|друг)\w*|\bїх\w*|\bсво\w*|\bрайон\w*|\bмікрорайон\w*"
# "столицю росії москву", "столиця Білорусі": the capital of another country, named after the word; "на околиці
# столиці регіону": a region's centre (REGION_CENTRE), not Kyiv
CAPITAL_OTHER_AFTER = (r"\s+(?:(?i:росії|рф|російської\s+федерації|білорусі|країни-агресор\w*|держави-агресор\w*|"
                       r"регіону|області|краю|республіки)|"
                       r"(?!(?i:україни)\b)[А-ЯІЇЄҐ][а-яіїєґ'’-]+[іи])\b")  # a country's genitive
# a village's name written as a neuter adjective in the nominative ("Стрелецкое", "Покровське"): its own name
NEUTER_NAME = r"(?:ськ|цьк|зьк|ов|ев|єв|ин|н)е$"
CAPITAL_NAME = "Київ"
# type words written as abbreviations, and the word they stand for ("Покровська стг" = громада)
TYPE_ABBREVIATIONS: dict[str, str] = {"тг": "громада", "отг": "громада", "мтг": "громада", "стг": "громада"}
SUBJECT_VERB = r"(?!)"  # (English: "Izum was hit", places._common_word_respelt)
LATIN_ENDINGS: tuple[tuple[str, str], ...] = ()  # (English "Afipsky" = Afipskiy)
# a plant or port named by its town's adjective ("обстріляли Харківську ТЕЦ", "Одеський порт"): the
# words that follow the adjective, and how the adjective's ending turns into the town's name
# a station named by its region's adjective, away from the town of that name ("Запорізька АЕС" at Enerhodar,
# "Хмельницька АЕС" at Netishyn, "Київська ГЕС" at Vyshhorod): the region if the adjective is an oblast's, no town
REGION_FACILITY_AFTER = r"\s+(?:АЕС|ГЕС|ГАЕС)(?![\w-])"
# (and a town's industrial zone: "на території Кстовської промзони" is Kstovo's, no Kstovsky District)
FACILITY_AFTER = (r"\s+(?:ТЕЦ|ТЕС|ГЕС|ГАЕС|АЕС|НПЗ|ТЕЦ-\d+|нафтобаз\w*|нафтопереробн\w*|нафтохімічн\w*|аеропорт\w*|"
                  r"промзон\w*|промислов\w*\s+(?:зон\w*|майданчик\w*|парк\w*)|індустріальн\w*\s+парк\w*|"
                  r"(?:морськ\w*\s+|річков\w*\s+)?порт\w*|підстанці\w*|залізничн\w*\s+вокзал\w*|"
                  r"бухт\w*(?![\w-])(?!\s+(?-i:[А-ЯІЇЄҐ])))(?![\w-])")  # ("у Севастопольській бухті": the city's bay;
# not "у Північній бухті Севастополя", the bay's own name before its town's)
# a city's own body ("Київська міська військова адміністрація", "Криворізька міська рада", "Київський
# міський голова"): its town, even where villages bear the adjective as their name (Kyivskyi), never the
# oblast or a raion named by the same adjective
CITY_BODY_AFTER = r"\s+(?:міськ\w*\s+(?:(?:військов|державн)\w*\s+)?(?:адміністраці\w*|рад\w*|голов\w*)|МВА)(?![\w-])"
TOWN_FROM_ADJECTIVE: tuple[tuple[str, str], ...] = (
    ("ський", ""), ("ський", "ь"), ("ський", "а"), ("ський", "е"), ("ський", "и"), ("ський", "ськ"),
    ("ський", "са"), ("ський", "си"),  # "одеський" → Одеса, "черкаський" → Черкаси
    ("зький", "г"), ("зький", "жжя"), ("цький", "цьк"), ("цький", "к"),  # "запорізький" → Запоріжжя, "кременчуцький" → Кременчук
    ("ворізький", "вий ріг"),  # "криворізький" → Кривий Ріг (a town of two words, one adjective)
    ("инський", "е"), ("инський", "і"),  # "Туапсинський НПЗ" → Туапсе, "Сочинський" → Сочі (a vowel the adjective drops)
)
# a raion the gazetteer lacks ("у Сакському районі Криму"): the type word, and the unit is derived
# from its centre town (TOWN_FROM_ADJECTIVE)
RAION_WORD = r"^район(?:і|у|ом|а|и|ів|ах|ам|ами)?$"
# the type word of a hromada ("у Бахмацькій громаді": the hromada of the town its adjective names)
HROMADA_WORD = r"^громад\w*$"
DISTRICT_WORD = r"(?!)"  # (English "the Glushkovo district": RAION_WORD's path here)
# the stems of a raion's or district's type word ("районі", "district"), not of a town's unit ("городской
# округ", "urban district", "громада"): resolve._is_district
DISTRICT_TYPE_STEMS: tuple[str, ...] = ("район",)
DISTRICT_OF_WORDS: frozenset[str] = frozenset()  # (English "the Saltovsky district of Kharkiv"; here the genitive)
NAME_LINKS = r"(?!)"  # (English "Republic of Crimea", "the regions of Kursk, …")
# (English "Sosnovka of the Kursk Region"; here the region follows in the genitive, no word between)
TOWN_OF_REGION = r"(?!)"
PLACES_OF = r"(?!)"
ELLIPTIC_UNIT_TYPES: tuple[str, ...] = ("районі", "громаді")
# the area of a town, named as a region is ("На Менщині", "на Прилуччині"): the hromada of its centre,
# where the gazetteer knows no raion of that name (AREA_OF_CENTRE: the area noun's ending, the unit's)
AREA_OF_CENTRE: tuple[tuple[str, str], ...] = (("щина", "ська громада"), ("ччина", "цька громада"))
# historical and ethnographic lands named as a town's area is, after no town: "На Сіверщині" is the
# land around Novhorod-Siverskyi, not the hromada of Siversk (Donetsk Oblast)
LANDS_NOT_OF_A_TOWN: frozenset[str] = frozenset({
    "сіверщина", "слобожанщина", "гетьманщина", "бойківщина", "лемківщина", "гуцульщина", "наддніпрянщина",
    "батьківщина", "козаччина"})
# the region's centre, unnamed: "в обласному центрі зруйновано будівлю" (the speaker's region's city)
# (or its capital: "на околиці столиці регіону", "адміністративний центр області")
REGION_CENTRE = (r"\bобласн\w*\s+центр\w*|\bстолиц\w*\s+(?:регіону|області|краю|республіки)(?![\w'’])|"
                 r"\bадміністративн\w*\s+центр\w*\s+(?:регіону|області|краю)(?![\w'’])")

GIVEN_NAMES = r"(?:Володимир|Владимир|Анн|Ольг|Наді|Надежд|Вір|Роман|Степан|Богдан|Арт[еє]м|Ярослав|Тарас|Сергі|Іван|Олександр|Михайл|Андрі|Олег|Юрі|Ігор|Павл|Денис|Марі|Олен|Наталі|Юлі|Ірин|Марин|Любов|Микол|Євгені|Дмитр|Віталі|Максим|Тимур|Руслан|Вадим|В'ячеслав|Вячеслав|Олексі|Василь|Анатолі|Геннаді|Костянтин|Валері|Борис|Віктор|Кирил|Федір|Федор|Григорі|Станіслав|Світлан|Тетян|Людмил|Оксан|Валентин|Леоні?д|Микит|Антон|Іл(?:ля|лі|лею)|Єгор|Семен|Данил|Остап|Євген|Натал(?:я|ею|ю)\b|Катерин)\w{0,3}"
ELLIPTIC_ADJECTIVE = r"(?:ській|цькій|зькій|ською|цькою|зькою|ської|цької|зької)$"
# "над Миколаївщиною – 11": the place first, then its count (regional commands)
# ("а в небі Полтавщини – ще 2")
PLACE_FIRST_PASSIVE = r"(?!)"  # (English "while in Sumy Oblast three were shot down")
PLACE_FIRST_PASSIVE_OPENING = r"(?!)"
PLACE_FIRST_RELATIVE = r"(?!)"  # (English "in the Kursk region, where 9 were shot down"; here PLACE_FIRST_ITEM's)
PLACE_SUBJECT_ITEM = r"(?!)"  # (English "the Bryansk region accounted for 15")
# a region named as the owner of the air defences that downed the count ("ППО Сумщини збила 7 дронів",
# "протиповітряна оборона Київщини знищила 9"): the verb after the region, then the defences before it
OWNED_DEFENCES_VERB = (r"\s+(?:(?:вночі|уночі|цієї\s+ночі|сьогодні)\s+)?(?:збила|збили|знищила|знищили|приземлила|приземлили|"
                       r"знешкодила|знешкодили|перехопила|перехопили)\s+(?:(?:понад|близько|щонайменше|більше)\s+)?$")
OWNED_DEFENCES = r"(?:ППО|протиповітрян\w+\s+оборон\w+|(?:сил\w*|засоб\w*)\s+ППО)"
PLACE_FIRST_ITEM = rf"\s*(?:[-–—:]\s*(?:(?:бул[иоа]\s+)?{DESTROY}\s*)?|(?:бул[иоа]\s+)?{DESTROY}\s*)(?:ще\s+)?(?:по\s+)?$"
# a place attacked (ATTACK_ON_BEFORE before it), the night, the verb and the count: "під час атаки на Одесу
# вночі знищено 12 дронів" (only after an attack's place: "Над Одещиною вночі знищили 12 шахедів" is read whole)
ATTACKED_PLACE_FIRST_ITEM = rf"\s*(?:уночі|вночі|цієї\s+ночі|минулої\s+ночі|за\s+ніч)\s+(?:бул[иоа]\s+)?{DESTROY}\s*(?:ще\s+)?$"
ATTACK_ON_BEFORE = r"\bатак\w*\s+на\s+"
# what may follow a place-first count written without its weapon ("– 19 одиниць")
ITEM_UNITS = r"(?:одиниц\w*|апарат\w*|штук\w*|безпілотн\w*|дрон\w*|БпЛА|БПЛА)"

# A stage runs a family of patterns only on sentences holding one of the family's gate words,
# derived from the patterns themselves (raidlog.lexicon.gates); words are compared by their
# first TRIGGER_PREFIX letters (0: whole words).
TRIGGER_PREFIX = 4
# Words too common to gate a family by (raidlog.lexicon.gates picks another word of the phrase).
GATE_SKIP = frozenset("у в на над по з із зі до від та і й а але не без був була було були є це як за при про о".split())
# A count of weapons its sentence tells with no verb of launch or downing ("чотири ворожі дрони перетнули повітряний
# простір області", "у бік Житомира летіли 16 дронів") is the number the attack used: launched
# (attribute.verbs._default_launched). Not where the sentence tells another thing it counts, words of these
# classes anywhere in it: what became of some of them (впали, приземлились, вибухнули, влучили, долетіли,
# вилетіли назад, залишаються в повітрі, втрачені, уламки), a sighting while the alert lasts ("помічено",
# "залишайтеся в укриттях"), a stock, an output (not where they were made: "іранського виробництва"), a delivery, an order or a price, a request, a contract, an
# exercise, a forecast, a typical or a possible size ("за раз", "може", "могли б"), a war's tally of losses
# ("бойові втрати … з 24.02.22 по …"; also read in a list's heading: attribute.verbs._heading_not_attack)
NOT_ATTACK_COUNT = (r"(?<![\w'’])(?:[ву]па(?:в|ла|ло|ли|де|дуть|діння)\w*|пада\w*|приземли\w*|розби(?:вся|лась|лися|лись)|"
                    r"вибух\w*|здетонува\w*|детону\w*|влуч\w*|поціли\w*|ураж\w*|"
                    r"долеті\w*|долета\w*|досяг\w*|вилеті\w*|відлеті\w*|полеті\w*\s+назад|поверну\w*|залиши(?:в|ли|ла)\s+(?:повітрян|небо)\w*|"
                    r"вийшл[иа]|вийшов|(?:[ву]|на|до)\s+(?:бік\s+)?(?:Білорус|Молдов|Румуні|Польщ)\w*|залиша\w*|залиши(?:вся|лась|лося|лися|лись)|"
                    r"[ву]\s+(?:повітрі|небі)|поміче\w*|помітил\w*|укритт\w*|перебува\w*|втрачен\w*|зникл\w*|уламк\w*|фрагмент\w*|"
                    r"постав(?:ив|или|ила|ки|ок|ляє|ляють|лено)\w*|достав\w*|переда(?:в|ла|ли|но|ні)\w*|отрима(?:в|ла|ли|є|ють)\w*|замови\w*|замовл\w*|закупи\w*|купи\w*|"
                    r"вартіст\w*|варту\w*|цін[аиуі]\w*|виробл\w*|(?<!ого\s)виробни\w*|випуска\w*|запас\w*|арсенал\w*|резерв\w*|"
                    r"за\s+раз|на\s+(?:день|добу|місяць|тиждень)|щодня|щомісяця|"
                    r"мож(?:е|уть|емо|еш|ете)|зможе|зможуть|могл[иа]|міг|буде|будуть|б|би|попереджа\w*|очіку\w*|"
                    r"планує\w*|планують|має\s+намір|намага\w*|спроб\w*|зупини\w*|"
                    r"накопи\w*|накопич\w*|зберіга\w*|складах|навчанн\w*|готу(?:є|ють)\w*|"
                    r"попроси\w*|проси(?:в|ла|ли|ть)|запит\w*|контракт\w*|угод\w*|"
                    r"втрат(?:и|а|ами|ах|ам)|з\s+\d{1,2}\.\d{2}\.\d{2,4}\s+по)(?![\w'’])")
# Another window than the attack's in a verbless count's sentence ("попередній рекорд – 611 дронів", "від початку
# війни – понад 27 тисяч шахедів", "за минулий тиждень – 980"): no count of the attack's weapons
# (attribute.verbs._default_launched), unless the sentence measures the attack itself against it
# (ATTACK_SUPERLATIVE: "наймасованіша атака з початку року – 479 дронів")
OTHER_WINDOW_COUNT = (r"(?<![\w'’])(?:від\s+початку|з\s+початку|попередн\w*|"
                      r"(?:минул|цьог|ціє|поточн)\w*\s+(?:тижн|місяц|рок)\w*|за\s+(?:тиждень|місяць|рік))(?![\w'’])")
ATTACK_SUPERLATIVE = (r"(?<![\w'’])(?:наймасованіш|наймасштабніш|найпотужніш|найбільш|рекордн)\w*")
# A verbless count told as a part of the weapons just counted ("Серед них близько 30 імітаторів", "з них 40 —
# «шахеди»): no count of the attack's own (attribute.verbs._default_launched). PART_OF_TOLD_BEFORE before the
# sentence's first count, PART_OF_TOLD_AFTER right after a count's number.
PART_OF_TOLD_BEFORE = r"(?<![\w'’])(?:серед\s+(?:них|яких|цих|[^\W\d_]+)|і?з\s+них|і?з\s+яких|з\s+цієї\s+кількості|у\s+тому\s+числі|в\s+тому\s+числі|зокрема|включно\s+з)(?![\w'’])"
PART_OF_TOLD_AFTER = rf"\s+(?:{OF_THEM})(?![\w'’])"
# A verbless count that names what the weapons just told were («Ними виявилися три розвідувальні безпілотники»,
# «Це були 12 шахедів»): a pronoun with a copula of identity, the whole of the sentence before its first count
# (an approximator may stand between); no launch of its own (attribute.reading: the number of a downing told just
# before with none, else no count of the attack)
# («Зрештою ними виявилися …»: up to two words before a copula that tells nothing but identity; the plain «це
# були», «ними були» only opening the sentence, as «Цього разу це були 40 шахедів» may tell the attack's size)
IDENTITY_BEFORE = (r"[\s«»\"“”„'‘’(\-–—]*(?:(?:[^\W\d_]+,?\s+){0,2}?(?:(?:ними|вони)\s+(?:ж\s+|же\s+)?"
                   r"(?:виявилися|виявились|виявився|виявилося|виявилась|стали)|(?:виявилися|виявились|стали)\s+(?:ними|вони))|"
                   r"(?:ними|це|вони)\s+(?:ж\s+|же\s+)?(?:були|був|була))\s+(?:[^\W\d_]+\s+)?")
# Що відкриває частину після «ще N —», коли вона не називає, ким збито ("ще два — у повітрі", "— над
# морем", "— впали на полі"): прийменник місця чи стану, прислівник стану, заперечення
# (mentions._join_more_downed; NOT_ATTACK_COUNT питається в частини теж)
GAPPED_NOT_AGENT = (r"(?:над|в|у|на|біля|поблизу|під|за|до|з|із|зі|по|досі|ще|все|поки|не|"
                    r"[ву]па\w*|влучи\w*|долеті\w*|відлеті\w*|вилеті\w*)")
