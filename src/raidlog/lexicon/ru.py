"""Russian: the words of Ministry of Defence posts, governors' posts and
Russian-language news (Russian and Ukrainian outlets alike).

Counts and places are inflected; the stages look them up by dictionary form
through pymorphy3 (``MORPH_LANG``), so numerals and place names are listed
here in the nominative. Verb and noun patterns match their endings with
``\\w*``.
"""

from __future__ import annotations

MORPH_LANG = "ru"

NUMBER_JOINERS: set[str] = set()  # (English "one hundred and twenty-two"; a space or a dash joins any)
NUMBER_WORDS = {
    "ноль": 0, "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5,
    "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "десять": 10, "одиннадцать": 11,
    "двенадцать": 12, "тринадцать": 13, "четырнадцать": 14, "пятнадцать": 15,
    "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
    "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50, "шестьдесят": 60,
    "семьдесят": 70, "восемьдесят": 80, "девяносто": 90, "сто": 100, "двести": 200,
    "триста": 300, "четыреста": 400, "пятьсот": 500, "шестьсот": 600, "семьсот": 700,
    "восемьсот": 800, "девятьсот": 900, "тысяча": 1000, "оба": 2, "обе": 2,
    # collective numerals: "ранены двое мирных жителей"
    "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "восьмеро": 8, "девятеро": 9, "десятеро": 10,
}
# nouns of a round number, form: (value, counts alone). The singular counts alone ("около десятка",
# "атаковал сотней беспилотников"); the plural only after a numeral ("два десятка", "пятью десятками",
# "три сотни"): "сотни беспилотников" alone is "hundreds", not a count
ROUND_NOUNS = {
    "десяток": (10, True), "десятка": (10, True), "десятком": (10, True), "десятку": (10, True),
    "десятки": (10, False), "десятков": (10, False), "десятками": (10, False),
    "сотня": (100, True), "сотню": (100, True), "сотней": (100, True), "сотнею": (100, True),
    "сотни": (100, False), "сотен": (100, False), "сотнями": (100, False),
    "полсотни": (50, True), "полусотни": (50, True), "полсотню": (50, True), "полусотней": (50, True),
    # "около дюжины", "две дюжины", "полдюжины беспилотников перехвачены" (half a dozen)
    "дюжина": (12, True), "дюжину": (12, True), "дюжины": (12, True), "дюжиной": (12, True), "дюжин": (12, False),
    "полдюжины": (6, True), "полудюжины": (6, True), "полдюжину": (6, True), "полудюжиной": (6, True),
}
ONE_AND_A_HALF = r"(?:полтор[аы]|полутора)"  # ("более полутора десятков": the oblique form after a preposition)
# a word that takes the genitive before a round noun whose plural is also its genitive singular: then that
# form counts alone ("около сотни ракет" = about a hundred; "сотни ракет" alone is "hundreds")
ROUND_NOUN_GENITIVE_BEFORE = r"(?:около|более|свыше|больше|менее|меньше|порядка|до|не\s+менее|не\s+более)"
ROUND_NOUN_GENITIVES = frozenset({"сотни"})  # (the plurals of ROUND_NOUNS that are also its genitive singular)
# words that make the count after them a rounded figure ("over 100 drones" in a lead, "103" in the body)
APPROX_BEFORE = r"(?:более\s+чем|больше\s+чем|более|свыше|больше|около|почти|порядка|примерно|приблизительно|до|не\s+менее|как\s+минимум)"
NUMBER_MULTIPLIERS: frozenset[str] = frozenset()  # (English "two dozen"; inflected numerals by their forms)
# digits in thousands: "свыше 100 тыс. беспилотников", "12,5 тысячи" (the number's span takes the word)
THOUSANDS_AFTER = r"(?:тыс\.|тысяч\w*)"
HALF_OF_BEFORE = r"(?<!\w)пол\s+$"  # "пол сотни" written apart (as "полсотни"; "полтора": ONE_AND_A_HALF)
# one weapon without a number ("сбили беспилотник"): singular forms only (БПЛА may be plural)
# ("крылатую ракету «Нептун-Д»": after its own singular adjective)
# ("сообщил о сбитом беспилотнике", "о сбитом беспилотном летательном аппарате", "о сбитой ракете": the
# prepositional singular too; the genitive singular of the long form after a downing's noun, as "беспилотника":
# "отмечено уничтожение беспилотного летательного аппарата у побережья"; and the bare unit word, a weapon only right before its downing: "второй
# аппарат был сбит над морем")
# (and the instrumental singular, as Ukrainian's "ракетою": "атаковал крылатой ракетой и 17 БпЛА", one missile)
SINGLE_WEAPON = (r"(?:[а-яё-]+(?:ую|ая|ый|ой|ого|ом|ем|ым)\s+)?(?:(?:беспилотник|беспилотника|беспилотнике|беспилотником|дрон|дрона|дроне|дроном)(?:-разведчик(?:а|ом)?|-камикадзе)?|"
                 r"беспилотн(?:ый|ого|ом|ым)\s+летательн(?:ый|ого|ом|ым)\s+аппарат(?:а|е|ом)?|аппарат|(?:авиа)?(?:ракету|ракета|ракетой)|(?<=ой\s)ракете|"
                 r"(?:ударн|разведывательн)(?:ый|ого|ым)\s+(?:БПЛА|БпЛА)|(?:БПЛА|БпЛА)-разведчик(?:а|ом)?)"
                 r"(?:\s+самол[её]тного\s+типа)?(?![\w-])(?:\s.*)?")
SINGLE_WEAPON_BEFORE = r""  # whatever stands before it
# the instrumental singular is one weapon only as what an attack was made with ("атаковал Сумщину крылатой ракетой и 17
# БпЛА"): an attack's verb before it in the sentence; never the means of a downing ("перехват цели зенитной ракетой",
# "дрон сбит ракетой"): INSTRUMENTAL_ONE finds the form in a weapon's words, ATTACK_BEFORE_INSTRUMENTAL the verb
INSTRUMENTAL_ONE = r"(?:ракетой|беспилотником|дроном|аппаратом|ым\s+(?:БПЛА|БпЛА))(?![\w-])"
ATTACK_BEFORE_INSTRUMENTAL = (r"\b(?:атакова\w*|удари\w*|нан[её]с\w*\s+(?:[\w-]+\s+)?удар\w*|(?:нанесен|совершен)\w*\s+(?:[\w-]+\s+)?удар\w*|"
                              r"обстреля\w*|атак\w*\s+(?:[\w-]+\s+){0,3}?был\w*\s+(?:произведен|осуществлен|совершен)\w*)\b")
# "над Курской и Брянской областями сбили по беспилотнику": "по" and a weapon in the dative singular,
# without a number, is one over each of the places named
ONE_EACH_WEAPON = r"(?:[а-яё-]+(?:ой|ому|ему)\s+)?(?:ракете|беспилотнику|дрону)(?![\w-])(?:\s.*)?"
# "был сбит вражеский БПЛА": the abbreviation (singular or plural alike) is one after a singular adjective
SINGLE_ABBREVIATION = r"(?:БПЛА|БпЛА|БЛА)(?![\w-])(?:\s.*)?"
# one target of unknown kind, in the singular: "силы ПВО сбили воздушную цель"
SINGLE_TARGET = r"(?:воздушн\w*\s+)?цель|воздушн\w*\s+объект"
# ("летевший к Москве БПЛА": a singular participle with its destination before it)
# ("Ранее другой БПЛА был уничтожен", "очередной БПЛА": singular too)
# ("Над Брянской областью сбит БПЛА": after a singular short participle; "БПЛА был сбит", before one: AFTER)
SINGLE_ABBREVIATION_BEFORE = (r"\b(?:один|одного|другой|очередной|[а-яё]+(?:ый|ий|ого))\s+[«\"]?|"
                              r"\b(?:летевш|летящ|направлявш|двигавш)(?:ий|ийся)\s+(?:к|на|в\s+сторону)\s+[А-ЯЁ][\w-]+\s+|"
                              r"\b(?:был\s+)?(?:сбит|уничтожен|перехвачен|подавлен|ликвидирован|нейтрализован)\s+")
SINGLE_ABBREVIATION_AFTER = r"\s+(?:был\s+)?(?:сбит|уничтожен|перехвачен|подавлен|ликвидирован|нейтрализован)(?![\w-])"
# debris of one, or the attack of one: not one destroyed
# ("из-за падения сбитого беспилотника": where one fell, not one more destroyed)
# (the weapon of an attack, "атака вражеского беспилотника"; not one past the attack's own words: "…вызвана атакой
# беспилотника, дрон удалось сбить" tells the one downed)
NOT_ONE_WEAPON_AFTER = r"(?:облом(?:ок|к\w*)|фрагмент\w*|остатк\w*|падени\w*)\s+(?:\S+\s+){0,4}|атак\w*\s+(?:[^\s,;:.!?]+\s+){0,1}"
# a picture of one downing right before the weapon ("показал видео сбития беспилотника", "на кадрах видно, как сбивают
# беспилотник"): an illustration, no count claimed; where it was downed stays a place. A picture OF the downing: "как"
# right after it, or a word of what it shows (the downing's noun, a verb of showing) between it and the weapon; a video
# the teller speaks in ("в видеообращении губернатор сказал, что … сбит беспилотник") pictures nothing
PICTURE_OF = (r"(?<!\w)(?:видео(?!обращ|связ|конферен|звон|блог)\w*|кадр\w*|ролик\w*)[,:]?\s+"
              r"(?:(?:\S+\s+)?как\s+|(?:\S+\s+){0,3}?(?:сбити|сбива|уничтожени|перехват|поражени|падени|прил[её]т|"
              r"пол[её]т|взрыв|работ|показ|запечатл|засня|сня|видн|попадани|удар|атак)\w*[,:]?\s+)(?:\S+\s+){0,3}")
# a single weapon downed, told only as what it then did ("сбитый беспилотник упал на дом", "перехваченный дрон
# попал в склад"): a hit or debris, no count of one claimed (see en.NOT_ONE_WEAPON_BEFORE)
NOT_ONE_WEAPON_BEFORE = r"\s+(?:затем\s+)?(?:упал|попал|повредил|врезался|рухнул)\b"  # (English also "a drone attack")
WEAPON_ADJUNCT_HEAD = r"(?!)"  # (English "two missile strikes"; here the adjective "ракетных" is no weapon word)
# what a bare count counts when it is no weapon: "беспилотники атаковали два автомобиля", "три села", "пять раз"
OTHER_COUNTED = (r"\s+(?:[\w-]+\s+){0,2}?(?:автомобил\w*|машин\w*|грузовик\w*|автобус\w*|сел(?:а|о)?|с[её]л|"
                 r"пос[её]лк\w*|населенн\w*\s+пункт\w*|населённ\w*\s+пункт\w*|дом(?:а|ов)?|домовладени\w*|здани\w*|"
                 r"предприяти\w*|раз|раза|бомбардировщик\w*|самол[её]т(?:а|ов|ы)?|ракетонос\w*|корабл\w*|фрегат\w*|"
                 # (military things and stores, as English "two depots": "уничтожив два склада", "три танка")
                 r"склад(?:а|ов|ы)?|хранилищ\w*|нефтебаз\w*|ангар\w*|танк(?:а|и|ов)?|бронемашин\w*|радар\w*|РЛС|"
                 r"позици(?:и|й)|командн\w*\s+пункт\w*|гаубиц\w*|вертол[её]т\w*|"
                 r"\w*завод\w*|фабрик\w*|НПЗ|подстанци\w*)\b"
                 # (regions counted right after the number, an adjective at most: "беспилотники атаковали семь
                 # регионов России", "пять российских областей": how many were attacked, no count of drones)
                 r"|\s+(?:[\w-]+(?:их|ых|ие|ые)\s+)?(?:регион(?:а|ов)|област(?:и|ей)|субъект(?:а|ов))\b")
# the verb of a stock or an output right before its count ("Россия производит 2700 шахедов в месяц", "фрегат
# несёт 16 ракет"): what is made or carried, no count of the night (nor the part "из них" after it)
# the word before a count of carriers the weapons were launched from ("40 ракет с 10 бомбардировщиков Ту-95, 32 из
# них сбиты"): "из них" after it are the weapons', not the carriers'
CARRIERS_FROM = r"\b(?:с|со)"
# the target a weapon was fired at, told right after it ("a cruise missile at the city of …, and 14 drones")
STRUCK_AT = r"\b(?:по|на)"
STOCK_BEFORE = (r"\b(?:производ(?:ит|ят|ила?|или|ится)|произвел[аи]?|изготавлива\w*|изготовил\w*|нес[её]т|несут|"
                r"имеет|имеют|располага(?:ет|ют)|(?:вооруж|оснащ)[её]н\w*)")
# one weapon on its way, the participle in the singular: "отражена атака БПЛА, летевшего на Москву" is one downed
ONE_HEADING_AFTER = r"[\s,]*(?:летевш(?:его|ий)|летящ(?:его|ий)|летел\s|направлявш(?:егося|ийся)|двигавш(?:егося|ийся))"
# a link to another story, with numbers of its own: a sentence apart, never a claim
# (no colon too, the other story's headline right after: "Читайте также Дроны атаковали Курск")
# (and a photo credit line, "Фото: Минобороны РФ": who took the picture, no voice of the story)
# the label of a photo credit or caption: "Фото:", "Иллюстративное фото:", "Иллюстрация:"
PHOTO_LABEL = r"(?:(?:иллюстративное\s+)?фото|иллюстрация)\s*:"
# a link's label glued to the sentence before it on the same line, as a page's scrape leaves it ("… in the
# region.Read also: …"): only the label with its colon, never a caption
CROSS_LINK_GLUED = r"(?:Читайте также|Читайте тоже|Смотрите также)\s*:"
# (the other story's headline may open with a quotation: "Смотрите также «Дрон упал на дом»: в …")
CROSS_LINK = (r"(?:(?:Читайте также|Читайте тоже|Читайте ещё|Читайте еще|Смотрите также)(?:\s*:|\s+[«\"“„']?(?-i:[А-ЯЁ]))"
              # (a teaser line, its label glued to the other story's headline: "Обратите внимание В Минобороны
              # показали …"; not "Обратите внимание, что …")
              r"|Обратите внимание\s+(?-i:[А-ЯЁ])"
              rf"|(?:{PHOTO_LABEL})[^\n]{{0,80}}$"
              # (a caption line that its credit closes after the caption's full stop, "Кличко осматривает воронку. Фото: …": the scene of a
              # picture and who is in it, no teller of the story's figures)
              rf"|[^\n]{{0,200}}[.!?][ \t]+(?:{PHOTO_LABEL})[^\n]{{0,80}}$"
              # (a caption line, its credit in brackets at its end: "Последствия атаки (Фото: …)")
              rf"|[^\n]{{0,200}}\((?:{PHOTO_LABEL})[^\n()]{{0,80}}\)[ \t]*$"
              # (a caption line closed by "(архивное фото)": an earlier day's picture, no event of the story)
              r"|[^\n]{0,200}\((?:(?:архивное|иллюстративное)\s+фото|фото\s+(?:из\s+архива|архивное|иллюстративное))[^\n()]{0,80}\)[ \t]*$"
              # (a gallery's caption, "Наслідки прильоту у Львові - фото 1", and one its source closes with a
              # slash, "Наслідки прильоту у Львові / ДСНС": the scene of a picture, no event of the story)
              r"|[^\n.!?]{0,200}\s[-–—]\s*фото\s*\d*[ \t]*$|[^\n.!?]{0,200}\s/\s*(?-i:[А-ЯЁA-Z])[^\s/.!?]{1,30}[ \t]*$)")
LINKED_HEADLINE = r"(?!)"  # (English "…, Air Force says" amid the body)
# a line that is only a heading of other stories: everything after it is their teasers ("Check Also")
# words no sentence ends with: a line that ends with one goes on ("уничтожены 14 БПЛА над\nБелгородской областью")
LINE_GOES_ON = r"(?:в|во|на|над|под|по|из|с|со|к|ко|у|о|об|от|до|за|при|для|и|а|но|или|что|около|свыше)"
MORE_STORIES = r"(?:Похожие новости|Другие новости|Новости по теме)"
SAME_AS_PREVIOUS = r"столько\s+же"
# a case ending written after digits: "18-ти беспилотников", "24-мя БПЛА" (not ordinals: "7-й")
NUMBER_CASE_SUFFIX = r"(?:ти|ми|мя|ью|ю|х|ех|ёх|рьмя|тью)"  # (and "4-рьмя ракетами", "12-тью")
# the ending of a count that ends in "one" ("81-го беспилотника" = восьмидесяти одного), which the
# ordinals share: read only for 21, 31, … and never before a month ("21-го сентября")
NUMBER_ONE_SUFFIX = r"(?:го|му|м)"  # (and "41-м беспилотником" = сорока одним)
# (English bare "rockets": missiles as often as a launcher's; here "ракеты" are missiles)
ROCKETS_UNTOLD = r"(?!)"
# a count's weapon word with no model or kind of its own ("семь ракет"): the rockets an MLRS fired when
# the next sentence (or the one before) tells the attack's rockets as an MLRS's with no count of their own
MISSILES_BARE = r"ракет\w*"
DASHED_NUMBER = r"(?!)"  # (English "The largest number-41-were shot down")
# ("два беспилотника над Крымом и третий над Белгородской областью": the ordinal after "и", one more; English "and another over the Kaluga region")
ONE_ALONE = r"(?:(?<=\sи\s)|(?<=\sа\s))(?:втор|трет|четв[её]рт|пят)(?:ий|ой|ый)(?=\s+над\s)"

MONTHS = {
    "января": 1, "январь": 1, "февраля": 2, "февраль": 2, "марта": 3, "март": 3,
    "апреля": 4, "апрель": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июля": 7, "июль": 7,
    "августа": 8, "август": 8, "сентября": 9, "сентябрь": 9, "октября": 10, "октябрь": 10,
    "ноября": 11, "ноябрь": 11, "декабря": 12, "декабрь": 12,
}
DATE_DAY_FIRST_ONLY = True
# the days of the week in their cases (see lexicon.en): "в пятницу, 6 июня", "6 июня (пятница)"
WEEKDAYS = {"понедельник": 0, "понедельника": 0, "вторник": 1, "вторника": 1, "среда": 2, "среду": 2, "среды": 2,
            "четверг": 3, "четверга": 3, "пятница": 4, "пятницу": 4, "пятницы": 4, "суббота": 5, "субботу": 5,
            "субботы": 5, "воскресенье": 6, "воскресенья": 6}

# the model numbers after the name, both of them or one: "Shahed-131/136", «Шахед-136»
_SHAHED_MODEL = r"(?:[-–]1[0-9]{2}(?:/1[0-9]{2})?[»\"]?)?"
# ("сбито еще одно беспилотное средство, которое летело к Москве": the mayor's word for a drone;
# "сбито 30 летательных аппаратов", the general word, is the attack's drones too; not "два пилотируемых
# летательных аппарата", the manned ones; "три беспилотных летательных средства", the rarer word)
_D = r"(?:(?:беспилотн\w*\s+|(?<!пилотируем..\s)(?<!пилотируем...\s))летательн\w*\s+аппарат\w*|беспилотн\w*\s+аппарат\w*|беспилотн\w*\s+(?:летательн\w*\s+)?средств\w*|беспилотник\w*|БПЛА|БЛА|дрон\w*|квадрокоптер\w*)(?:-камикадзе)?"
# targets struck on the ground of either side, its army's own strikes ("поражены 72 цели на территории Украины", the
# Ukrainian staff's "поражены 12 целей на территории России"): no weapons counted, no downing (a plain "цели", or air targets, are the air defence's)
GROUND_TARGETS = r"цел(?:ей|и|ь|ями)\s+(?:противника\s+|ВСУ\s+)?на\s+(?:территории\s+(?:Украины|России|РФ)|подконтрольной\s+Киеву\s+территории)\b"
WEAPONS: list[tuple[str, str, str | None]] = [
    # drone boats ("шесть безэкипажных катеров", "морским беспилотником", "катер-беспилотник"): drones of a model of
    # their own, as the golds count them (not a plain "катер", crewed or not told)
    (r"(?:морск\w*\s+)?(?:безэкипажн\w*|беспилотн\w*|безлюдн\w*)\s+(?:надводн\w*\s+)?(?:катер\w*|лодк\w*|судн\w*|плавсредств\w*)|"
     r"морск\w*\s+(?:ударн\w*\s+)?(?:беспилотник\w*|дрон\w*|БЭК\w*)|(?:катер\w*|лодк\w*)-(?:беспилотник\w*|дрон\w*|камикадзе)|БЭК(?:а|ов|и|ами)?",
     "drone", "naval drone"),
    (rf"{_D}(?:\s+самолетного\s+типа|\s+самолётного\s+типа)?", "drone", None),
    (r"FPV-?дрон\w*|FPV", "drone", "FPV"),
    # ("Шесть аппаратов сбито силами ПВО": the bare word, as officials in Crimea write it, only right before
    # its downing; "аппарат губернатора" is his staff)
    (r"аппарат\w*(?=\s+(?:был\w*\s+)?(?:сбит|уничтож|перехвач|подавл|заглуш|нейтрализ|обезвреж))", "drone", None),
    # ("ещё по одному устройству — над Брянской областью и Азовским морем": the device word of a ministry's list, only
    # where it is told downed or placed over a region; not "взрывное устройство обезврежено")
    (r"устройств\w*(?=\s+(?:был\w*\s+)?(?:сбит|перехва[чт])|\s*[—–-]\s*над\s)", "drone", None),
    # (not the targets struck on the ground of the other side, the ministry's own strikes: GROUND_TARGETS)
    (rf"воздушн\w*\s+цел(?:ей|и|ь|ями)|(?!{GROUND_TARGETS})цел(?:ей|и|ь|ями)|средств\w*\s+воздушного\s+нападения|воздушн\w*\s+объект\w*|"
     # ("выпустила 120 дронов и ракет": the attack's weapons of both kinds, one count, no drones' own)
     # ("атаковали 84 дронами и ракетами": the same, as the means of an attack; an adjective may come between,
     # a number word may not: "64 дронами и двумя ракетами" is two counts)
     r"(?:дронов|беспилотников|БПЛА)\s+(?:и|а\s+также)\s+(?:[^\W\d]+(?:ых|их|ыми|ими)\s+)?ракет(?![\w'’])|"
     r"ракет\s+(?:и|а\s+также)\s+(?:[^\W\d]+(?:ых|их|ыми|ими)\s+)?(?:дронов|беспилотников|БПЛА)(?![\w'’])|"
     r"(?:дронами|беспилотниками|БПЛА)\s+и\s+(?:[^\W\d]+(?:ых|их|ыми|ими)\s+)?ракетами|ракетами\s+и\s+(?:[^\W\d]+(?:ых|их|ыми|ими)\s+)?(?:дронами|беспилотниками|БПЛА)(?![\w'’])", "unknown", None),
    (rf"(?:ударн\w*\s+)?{_D}\s+(?:типа\s+)?[«\"]?(?:Шахед|Shahed)[»\"]?{_SHAHED_MODEL}|[«\"]?(?:Шахед\w*|Shahed\w*)[»\"]?{_SHAHED_MODEL}|"
     # (misspelt as the word for a martyr, only in quotes: "атаковали 15 «Шахидов»")
     r"(?<=[«\"])Шахид\w*(?=[»\"])",
     "drone", "Shahed"),
    (rf"(?:{_D}\s+типа\s+)?[«\"“]?Гер[ае]н\w*(?:-2)?[»\"”]?", "drone", "Geran"),  # "БпЛА типа «Герань-2»"
    (r"[«\"]?Гербер\w*[»\"]?", "drone", "Gerbera"),
    (r"дрон\w*-имитатор\w*|имитатор\w*", "drone", "decoy"),
    # ("сбит вражеский беспилотник-разведчик")
    (r"(?:дрон\w*|беспилотник\w*|БПЛА|БпЛА)-разведчик\w*", "drone", "reconnaissance"),
    # ("сбит разведывательный беспилотник «Орлан-10»": a kind of its own beside the strike drones)
    (rf"разведывательн\w*\s+{_D}(?:\s+(?:типа\s+)?[«\"]?Орлан(?:-10)?[»\"]?)?|[«\"]?Орлан(?:-10)?[»\"]?", "drone", "reconnaissance"),
    (r"управляем\w*\s+авиа(?:ционн\w*\s+)?бомб\w*|авиабомб\w*|(?:УАБ|КАБ|ФАБ)(?:а|ы|ов|ами|ам|ах)?|JDAM\w*|GBU-39", "guided_bomb", None),
    (r"(?:управляем\w*\s+)?(?:авиа(?:ционн\w*\s+)?)?бомб\w*\s+(?:типа\s+)?[«\"]?(?:Hammer|Хаммер|AASM)[»\"]?", "guided_bomb", "Hammer"),
    # ("перехвачены шесть ракет системы HIMARS": the rockets of a launcher, not missiles)
    (r"(?:(?:реактивн\w*\s+)?снаряд\w*|ракет\w*)\s+(?:РСЗО\s+)?(?:американск\w*\s+)?(?:реактивн\w*\s+)?"
     r"(?:систем\w*\s+(?:залпов\w*\s+огня\s+)?)?[«\"]?HIMARS[»\"]?", "rocket", "HIMARS"),
    (r"(?:реактивн\w*\s+)?снаряд\w*\s+(?:РСЗО\s+)?[«\"]?(?:Vampire|Вампир)[»\"]?", "rocket", "Vampire"),
    # ("сбиты две ракеты РСЗВ «Ольха»": the Ukrainian launcher's rockets, by its Russian or Ukrainian name)
    # (the bare name only in quotes: "Ольха" is a tree and villages too)
    (r"(?:(?:(?:реактивн\w*\s+)?снаряд\w*|ракет\w*)\s+(?:(?:РСЗО|РСЗВ)\s+)?(?:систем\w*\s+(?:залпов\w*\s+огня\s+)?)?"
     r"[«\"]?(?:Ольх[аиуе]|Вильх[аиуе]|Вільх[аиуе]|Olkha|Vilkha)[»\"]?|[«\"](?:Ольх[аиуе]|Вильх[аиуе]|Вільх[аиуе])[»\"])",
     "rocket", "Olkha"),
    # ("сбиты двенадцать снарядов реактивной системы залпового огня": the shells of launchers)
    (r"реактивн\w*\s+снаряд\w*(?:\s+(?:РСЗО|РСЗВ))?|ракет\w*\s+(?:РСЗО|РСЗВ)|снаряд\w*\s+(?:РСЗО|РСЗВ|реактивн\w*\s+систем\w*\s+залпов\w*\s+огня)"
     r"|(?:ракет\w*|снаряд\w*)\s+(?:РСЗО\s+|РСЗВ\s+)?(?:систем\w*\s+(?:залпов\w*\s+огня\s+)?)?[«\"](?:Град|Ураган|Смерч)[»\"]",
     "rocket", None),
    (r"(?:оперативно-тактическ\w*\s+|баллистическ\w*\s+)?ракет\w*\s+[«\"]?ATACMS[»\"]?|ATACMS", "missile", "ATACMS"),
    (r"(?:(?:американск\w*\s+)?противорадиолокационн\w*\s+)?ракет\w*\s+[«\"]?HARM[»\"]?|HARM", "missile", "HARM"),
    (r"(?:крылат\w*\s+)?ракет\w*\s+(?:большой\s+дальности\s+)?[«\"]?(?:Storm Shadow|Шторм Шэдоу)[»\"]?|Storm Shadow", "missile", "Storm Shadow"),
    (r"(?:противокорабельн\w*\s+|крылат\w*\s+|дальнобойн\w*\s+)?ракет\w*\s+(?:большой\s+дальности\s+)?[«\"]?Нептун\w*[»\"]?(?:-МД|-Д)?|[«\"]?Нептун\w*(?:-МД|-Д)?[»\"]?", "missile", "Neptune"),
    (r"(?:крылат\w*\s+)?ракет\w*\s+[«\"]?(?:Фламинго|Flamingo)[»\"]?", "missile", "Flamingo"),
    # the Russian missiles Ukrainian outlets writing in Russian count ("сбиты две ракеты Х-59")
    # (Russian retellings of the Ukrainian Air Force name Russia's own missiles: "3 «Калибра»", "два Искандера-М")
    (r"(?:баллистическ\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Искандер\w*(?:-М)?[»\"]?|[«\"]?Искандер\w*(?:-М)?[»\"]?|KN-23", "missile", "Iskander-M"),
    (r"(?:крылат\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Калибр\w*[»\"]?|[«\"]?Калибр\w*[»\"]?", "missile", "Kalibr"),
    (r"(?:аэробаллистическ\w*\s+|гиперзвуков\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Кинжал\w*[»\"]?|[«\"]?Кинжал\w*[»\"]?", "missile", "Kinzhal"),
    (r"(?:крылат\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Х-101[»\"]?|Х-101", "missile", "Kh-101"),
    (r"(?:крылат\w*\s+|управляем\w*\s+)?(?:авиа)?ракет\w*\s+(?:типа\s+)?[«\"]?Х-(?:59|69)(?:/69)?[»\"]?|Х-(?:59|69)(?:/69)?", "missile", "Kh-59"),
    (r"(?:крылат\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Х-22[»\"]?|Х-22", "missile", "Kh-22"),
    (r"(?:управляем\w*\s+|противорадиолокационн\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Х-31(?:П|ПД|А)?[»\"]?|Х-31(?:П|ПД|А)?", "missile", "Kh-31"),
    (r"(?:противокорабельн\w*\s+|крылат\w*\s+)?ракет\w*\s+(?:типа\s+)?[«\"]?Х-35(?:У)?[»\"]?|Х-35(?:У)?", "missile", "Kh-35"),
    (r"(?:зенитн\w*\s+)?(?:управляем\w*\s+)?ракет\w*\s+(?:типа\s+|комплекса\s+|ЗРК\s+)?[«\"]?[СS]-300[»\"]?|[«\"]?[СS]-300[»\"]?", "missile", "S-300"),
    # (never an adjective or a carrier: "два ракетных удара", "зенитные ракетные комплексы", "ракетоносцы")
    # (and its model named in quotes after "типа"/"комплекса", one weapon phrase: "ракету комплекса «Точка-У» и
    # восемь реактивных снарядов" is one missile beside the launcher's rockets)
    (r"(?:управляем\w*\s+|крылат\w*\s+|баллистическ\w*\s+|зенитн\w*\s+|противорадиолокационн\w*\s+)*(?:авиа)?ракет(?!н|онос|ч)\w*"
     r"(?:\s+(?:типа|комплекса)\s+[«\"][^«»\"\n]{1,30}[»\"])?", "missile", None),
]
# any adjective by its ending ("пять новых беспилотников"); a noun of the same ending ("одно
# предприятие", "попадание") is no adjective: breakdown.py asks the dictionary of each word it matched
# (a compound's first part before it: "две оперативно-тактические ракеты")
WEAPON_ADJECTIVE_ENDING = r"(?:[а-яё]+о-)?[а-яё]+(?:ых|их|ые|ие|ыми|ими|ого)"
WEAPON_ADJECTIVES = (
    # ("5 из 5 выпущенных по Белгороду ракет", "15 выпущенных ВСУ ракет": the participle with its
    # target or its agent)
    r"(?:украинск\w*|вражеск\w*|ударн\w*|дальнобойн\w*|ВСУ|самолетного\s+типа|различн\w*|"
    # (and an attributive one with two words of its phrase: "41 из 60 запущенных сегодня Россией ракет"; not "с кораблей в …")
    r"(?:запущенн|выпущенн|направленн)(?:ых|ыми|ый|ого)(?:\s+(?!(?:из|с|со|от|в|во)\b)[\w-]+){2}|"
    r"(?:запущенн|выпущенн|направленн)\w*\s+(?:(?:на|по)\s+)?[\w-]+|"
    # (the participle of flight with its goal: "три летевших на Москву дрона", "летящих к столице")
    r"(?:летевш|летящ|направлявш|двигавш)\w*\s+(?:на|к|в\s+сторону|в\s+направлении)\s+[\w-]+|"
    # (the participle of downing with its place: "о трех сбитых над Смоленском беспилотниках", "пяти
    # уничтоженных в Курской области дронах")
    r"(?:сбит|уничтоженн|перехваченн|нейтрализованн|обезвреженн)\w*\s+(?:над|в|на)\s+[\w-]+(?:\s+(?:област|район|округ|кра)\w*)?|"
    # ("37 авиаударов, в том числе 29 с применением беспилотников": a strike count told by the weapon it used, one
    # weapon each, so as many weapons came)
    r"с\s+применением|с\s+использованием|"
    rf"американск\w*|британск\w*|французск\w*|{WEAPON_ADJECTIVE_ENDING})"
)
WEAPON_PARTICIPLES_BEFORE = r"(?!)"  # (English "60 detected drones"; the participles are among WEAPON_ADJECTIVES here)

# a weapon not getting through, after "ни один из …" ("ни один из них не достиг цели": all downed)
GOT_THROUGH = (r"не\s+(?:удалось\s+|смогл?\w*\s+)?"
               r"(?:долет\w*|достиг\w*|достичь|прорва\w*|попа[лс]\w*|поразить|дойти|дош[её]?л\w*)")
# "Ни один из них не достиг цели" after a count launched: all of them downed, as "все они были сбиты" (with no
# count of its own; the count after "ни один из 12 дронов" is DESTROY's)
NONE_OF_THEM = rf"\bни\s+(?:одному|один|одна|одной|одного)\s+из\s+(?:них|этих)\s+(?:[\w-]+\s+){{0,2}}?{GOT_THROUGH}\b"
# the words after NONE_OF_THEM's verb up to the place not reached ("None of them reached Kyiv"): its target
GOT_THROUGH_TO = r"(?:(?:до|к|в|на)\s+)?"

DESTROY = (
    r"(?:уничтож\w*|перехвач\w*|перехват\w*|обезвреж\w*|"
    # (the active past, not "сумели обезвредить боевую часть"; nor what sappers and the FSB neutralise:
    # "пиротехники обезвредили три боеприпаса, сброшенных с дрона", "обезвредили агента, готовившего атаку")
    r"обезвредил\w*(?!\s+(?:[\w-]+\s+){0,2}?(?:агент|диверсант|диверсионн|ДРГ|боеприпас|взрывн|снаряд|мин[уыа]?\b|СВУ|бомб|гранат|террорист|шпион))|"
    # (its infinitive only with the count or the drones it tells of: "силам ПВО удалось обезвредить 12 дронов")
    r"обезвредить(?=\s+(?:[\w-]+\s+){0,2}?(?:\d|беспилот|дрон|БПЛА|БпЛА|ракет|шахед))|"
    # (so "подавить", with no EW named: "ПВО смогла подавить 12 беспилотников над городом"; "не удалось подавить"
    # is NOT_DESTROYED's)
    r"(?<!не смогли )(?<!не удалось )подавить(?=\s+(?:[\w-]+\s+){0,2}?(?:\d|беспилот|дрон|БПЛА|БпЛА|ракет|шахед))|"
    # (not the means named: "над Липецком задействованы ПВО и средства подавления" tells no suppression done)
    r"сбит\w*|сбил\w*|сбива\w*|(?<!средства\s)(?<!средствами\s)(?<!средств\s)подавл\w*|подавил\w*|нейтрализова\w*|"
    r"поражен\w*|поразил\w*|отражен\w*|ликвидирова\w*|ликвидирует\w*|"
    # ("ещё два посажено и заглушено средствами РЭБ": jammed by electronic warfare, as "подавлено")
    r"заглушен\w*|заглушил\w*|"
    # ("три посажены средствами РЭБ", "два посадили с помощью РЭБ", "ещё 11 удалось посадить средствами РЭБ": forced down by electronic warfare, as
    # "подавлено"; not a plane that landed, nor people jailed)
    # (and after "смогли": "ещё 12 смогли посадить/подавить средствами РЭБ"; not "не смогли", "не удалось")
    r"(?:посажен\w*|посадил\w*|(?<!не смогли )(?<!не удалось )посадить|(?<!не смогли )(?<!не удалось )подавить)(?=\s+(?:[\w-]+\s+){0,4}?(?:РЭБ|радиоэлектронн))|"
    # (and the EW told first: "средствами РЭБ посадили три дрона")
    r"(?:средствами|силами|с\s+помощью)\s+(?:радиоэлектронной\s+борьбы|РЭБ)(?:\s*\(РЭБ\))?\s+(?:посадил\w*|посажен\w*)|"
    # "ПВО отразили атаку пяти беспилотников": as "отражена атака трех беспилотников" (and with no count:
    # "отразили атаку беспилотников над районами", drones downed there, how many not told)
    r"отразил\w*\s+(?:\w+\s+)?атак\w*|"
    # ("системы ПВО отразили 12 ракет в воздухе", "отбили восемь дронов": the weapons themselves repelled, a
    # count right after the verb, as "отражено 12 ракет"; not "отразили пять атак", a count of attacks, no weapon)
    rf"(?:отразил[иа]?|отбил[иа]?)(?=\s+(?:[\w-]+\s+)?(?:(?:более|свыше|около|почти)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)})\b))|"
    # (the attack told first: "Атаку беспилотников ночью отразили силы ПВО над Будённовском")
    r"атак[уи]\s+(?:[\w-]+\s+){0,4}?отразил[иа]?\b|"
    # ("защитники неба «приземлили» пять шахедов": officials' slang)
    r"приземлил\w*|"
    # ("превращены в металлолом управляемая ракета Х-59", "ПВО превратила беспилотник в груду металлолома"; as uk)
    r"превра(?:щ|т)\w*(?=\s+(?:[\w«»\"-]+\s+){0,4}?в\s+(?:груд\w+\s+)?металлолом)|"
    # ("Ни одному из 12 беспилотников не удалось достичь цели", "ни один из 8 дронов не долетел": all of them
    # downed, the none the verb before the count)
    rf"ни\s+(?:одному|один|одна|одной|одного)(?=\s+из\s+(?:[\w-]+,?\s+){{1,6}}?{GOT_THROUGH}\b)|"
    # "четыре аппарата вывели из строя над Брянской областью"
    r"вывел\w*\s+из\s+строя|выведен\w*\s+из\s+строя|"
    # "сообщило о ликвидации украинского БПЛА" (not "ликвидации последствий (падения беспилотника)", "пожара")
    r"ликвидаци\w*(?!\s+последстви)(?=\s+(?:[\w-]+\s+){0,2}(?:БПЛА|БЛА|беспилот|дрон|ракет|цел)))"
)
# a count in the genitive after "более/свыше/около/почти" ("около двадцати беспилотников", "более сорока ракет"):
# the lookaheads of the launch verbs below, whose NUMBER_WORDS are the nominative
_ABOUT_GENITIVE = (r"(?:более|свыше|около|почти|не\s+менее)\s+(?:двух|тр[её]х|четыр[её]х|(?:пят|шест|девят|десят|двадцат|тридцат"
                   r"|[^\W\d_]+надцат)и|семи|восьми|сорока|(?:пят|шест|сем|восем)идесяти|девяноста|ста|полутора)")
LAUNCH = (r"(?:"
          # ("Аксёнов сообщил об атаке девяти беспилотников", "после атаки 12 беспилотников": an attack told of, or
          # the time of one, with its count, the ones that came)
          r"(?:(?:сообщи\w*|сообща\w*|заяви\w*|заявля\w*|рассказа\w*|рассказыва\w*|информир\w*|говори\w*)\s+об?|после|во\s+время|в\s+ходе|в\s+результате)"
          r"\s+(?:[\w-]+\s+)?атак[еи]"
          rf"(?=\s+(?:(?:более|свыше|около|почти)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)}|двух|трех|трёх|четырех|четырёх|[\w-]+(?:яти|сти|ми))\b))|"
          # ("более 30 беспилотников заходили на удар", "на Москву заходят"): came in on their target, as launched at it
          r"заход(?:ил\w*|ят)(?=\s+(?:на|в|с|со)\s)|запустил\w*|запущен\w*|атаковал\w*|выпустил\w*|выпущен\w*|применил\w*|применив\w*|применен\w*|применя\w*|использова\w*|задейств\w*|направил(?!\w*с[яь]\b)\w*|направлен[оы]\b|(?:нанес|нанёс|соверши)\w*\s+(?:\w+\s+)?удар\w*|(?:за)?пуск(?:и|ов)(?!\s+(?:осуществля\w*|производ\w*|проводил\w*|проводят\w*|велись))|"
          # ("в атаке участвовали 64 дрона", "приняли участие 38 БПЛА", "было привлечено 50 дронов"): the weapons
          # of the attack; "предприняли попытку атаки 20 беспилотниками": the ones that came (not "отражена
          # попытка атаки 12 БПЛА", as "отражена атака", a count downed)
          r"участвова\w*|участвуют|(?:принял\w*|принима\w*)\s+участие|привлечен[оы]\b|"
          # ("Россия ударила по Украине 65 дронами": struck at, with the weapons after; "попытались ударить
          # 14 дронами по складам": or the weapons between the verb and its target)
          r"удар(?:ил\w*|ить)(?=\s+(?:[\w-]+\s+){0,3}?по\s)|"
          # ("атака состояла из 120 дронов и 7 ракет": the weapons of the attack)
          r"(?:нападени\w*|атак\w*|удар\w*)\s+(?:[\w-]+\s+){0,2}?состоял\w*\s+из\b|"
          # ("Был удар и сегодня: более 240 дронов …", "ночью была атака: 50 шахедов …": the attack told as
          # there was one, and after its colon what it was made of)
          r"(?:был|была|было|были)\s+(?:[\w-]+\s+){0,2}?(?:налёт|налет|атака|удар)(?:\s+[\w-]+){0,3}?(?=\s*:)|"
          r"(?:налёт|налет|атака|удар)\s+(?:[\w-]+\s+){0,2}?(?:был|была)(?:\s+[\w-]+){0,3}?(?=\s*:)|"
          r"(?:предпри\w*|соверши\w*|осуществи\w*)\s+(?:\w+\s+)?попытк\w*\s+атак\w*|"
          # ("попытался атаковать Крым 25 беспилотниками": the count in the instrumental after it, the ones that
          # came; not "48 пытались атаковать Брянскую область", where they were downed, see ATTEMPTED_OVER)
          r"(?:по)?пыта\w+\s+атаковать(?=\s+(?:[^\W\d_]+\s+){0,4}?(?:\d|[^\W\d_]+(?:мя|ью)\b|(?:одним|сорока|ста|сотней|десятком)\b))|"
          # ("сообщили о безуспешной попытке атаковать судно двумя морскими беспилотниками": the noun of the attempt,
          # its count in the instrumental after it, as the verb's)
          r"попытк\w*\s+атаковать(?=\s+(?:[^\W\d_]+\s+){0,4}?(?:\d|[^\W\d_]+(?:мя|ью)\b|(?:одним|сорока|ста|сотней|десятком)\b))|"
          # ("дронов было зафиксировано 45": recorded in the sky, as detected; "направил" but not "два из них
          # направились в Беларусь", which way drones flew)
          r"(?:обнаружен|зафиксирован)[оы](?!\s+и\s+(?:уничтож|сбит|перехвач|подавл|нейтрализ))|сопровожден[оы]|"
          # ("ПВО зафиксировала 29 дронов", "Литва зафиксировала в своём небе 11 беспилотников",
          # "радары обнаружили 12 ракет": the active verb, its count after it with no clause's end between, what
          # came, as the passive above; not "обнаружили и сбили 20", the downed told, nor "ещё три беспилотника
          # обнаружили над Курской областью", a count before the verb, the MoD's downed)
          # ("на Харьков направлялось свыше полутора десятков ракет": headed at it, the count
          # after the verb, as launched; not "два из них направились в Беларусь", which way the told ones flew)
          rf"направлял(?:ось|ись)(?=\s+(?:(?:более|свыше|около|почти|до)\s+)?(?:\d|(?:{'|'.join(NUMBER_WORDS)}|полутора|полтора)\b)"
          rf"|\s+{_ABOUT_GENITIVE})|"
          r"(?:обнаружил|зафиксировал)\w*(?!\s+и\s+(?:уничтож|сбил|сбит|перехват|подавил|нейтрализ))"
          # (a count of events is no count of weapons: "зафиксировали 40 взрывов", "… 1200 случаев атак")
          rf"(?=\s+(?:[^\W\d_]+\s+){{0,4}}?(?:(?:(?:более|свыше|около|почти|до)\s+)?(?:\d+(?:[\s\u00a0]\d{{3}})*|(?:{'|'.join(NUMBER_WORDS)}))|{_ABOUT_GENITIVE})\b"
          r"(?!\s*(?:[^\W\d_]+\s+)?(?:случа|взрыв|попадани|прил[её]т|удар|атак|обстрел|пуск|нарушени)))|"
          # ("над областью фиксировалось движение трёх БПЛА": tracked in the sky, as detected)
          r"(?:за)?фиксир\w*\s+(?:\w+\s+)?движени\w*|отслежива\w*\s+(?:\w+\s+)?движени\w*|"
          # ("всего в воздушном пространстве области находилось 60 дронов", "находились в воздушном пространстве":
          # what was in the sky over the region, as detected)
          r"(?:воздушн\w+\s+пространств\w*\s+(?:[\w-]+\s+){0,2}?)находил\w*|находил\w*\s+в\s+воздушн\w+\s+пространств\w*)")
# (or "сбиты с курса": turned off their course, not downed: "ещё 40 дронов сбиты с курса, то есть локационно потеряны")
# ("ещё 18 не достигли своих целей" after the downed count: the Air Force's lost ones, no downing)
LOST = r"(?:локационно\s+потерян\w*|не\s+достигл\w*\s+(?:своих\s+|своей\s+)?цел\w*|пропал\w*\s+с\s+радар\w*|сбит\w*\s+с\s+курса)"
# the time or effort it took, before "чтобы": the aim was reached, the downing told ("Силам ПВО потребовалось
# около часа, чтобы сбить все 12 беспилотников"), no denied verb
AIM_DONE_BEFORE = r"(?:потребовал\w*|понадобил\w*|ушл[оаи]|заняло|хватило)\b[^.;:!?]{0,40}?,?\s*(?=чтобы\b)"
# a destroy verb the sentence denies: "не удалось сбить только одну ракету", "две ракеты сбить не удалось"
# (the count is of those that got through, never of those destroyed)
NOT_DESTROYED = (r"(?:\bне\s+(?:удалось\s+|смогл?и\s+)?(?:сбить|уничтожить|поразить|перехватить|подавить|обезвредить)|"
                 # what air defence cannot down: "ракеты, которые не сбиваются", "мы не можем сбивать такие
                 # цели", "слишком быстрая, чтобы мы могли её сбить"
                 r"\bне\s+(?:можем|могут|может|могли|смогли\s+бы)\s+(?:\w+\s+)?(?:сбивать|сбить|перехватывать|перехватить)|"
                 # an aim, not a downing: "чтобы сбить 500 запущенных дронов" (but see AIM_DONE_BEFORE)
                 r"\bчтобы\s+(?:\w+\s+){0,2}?(?:сбить|сбивать|перехватить|уничтожить)\b|"
                 # an attempt, not a downing: "военные пытались сбить дрон", "пробовали его перехватить"
                 r"\b(?:пыта|попыта|пыт[ао]вш|пробова|попробова)\w*\s+(?:\w+\s+){0,2}?(?:сбить|сбивать|перехватить|уничтожить)\b|"
                 r"\bне\s+сбива\w*|\bчтобы\s+(?:\w+\s+){0,2}?(?:мог\w*|смог\w*|можно\s+было)\s+(?:\w+\s+){0,2}?(?:сбить|перехватить)|"
                 # (its object between: "сбить ракету не удалось", "сбить её не удалось")
                 r"(?:сбить|уничтожить|поразить|перехватить|подавить)(?:\s+[\w-]+){0,2}?\s+не\s+(?:удалось|смогл?и)|"
                 # (a passive denied: "ни один из 8 дронов не был сбит", "ракета не была перехвачена")
                 r"\bне\s+(?:был[аои]?\s+)?(?:сбит|уничтожен|перехвачен|поражен|подавлен)\w*|"
                 # a question, not a count: "более 100 беспилотников: сколько сбила ПВО"
                 r"\bсколько\s+(?:(?:\w+\s+){0,2})?(?:сбил[аио]|сбито|уничтожил[аио]|уничтожено))\b")
# "22 дрона были сбиты", "57 из них удалось сбить"
# a number of time or distance, no count: "в 5 км от", "2 часа назад"; nor are the targets struck on the ground
MEASURE = r"км|километр\w*|метр\w*|час(?:а|ов)?|минут\w*|секунд\w*|" + GROUND_TARGETS

# A photo credit to the end of its line ("Фото: Анна Петрова/Агентство", "Фото: Создано в …"): page
# furniture whose names (a photographer's, a tool's) are no places
PHOTO_CREDIT = rf"(?<!\w)(?:{PHOTO_LABEL})[^\n]*"
# "Один беспилотник поразил предприятие", "ракета уничтожила склад": what the weapon right before an active
# past verb did, its object after it, not its downing (mentions.py checks the weapon); not the object told
# first with the subject left out or after it ("Два дрона сбили над Курском", "беспилотник сбили бойцы
# ПВО", "шесть БПЛА уничтожили дежурные средства"), nor the passive ("сбиты", "поражён")
# a verb of what the weapon did, joined to the destroy verb after it: "дрон атаковал и уничтожил склад"
AGENT_VERB_AND = r"(?:атаковал|ударил|поразил|попал|врезался)[аои]?\s+и"
# whose the weapon is, between it and what it did: "Беспилотник ВСУ поразил склад"
AGENT_OWNER = r"(?:ВСУ|ВФУ|ВС\s+Украины|ВС\s+РФ|противника|врага|украинских\s+(?:военных|формирований|боевиков))"
# (en: "destroying administrative building" after a strike; here the gerund "уничтожив"/"знищивши" is no destroy verb)
DESTROYED_THING_AFTER = r"(?!)"
AGENT_OBJECT_AFTER = (r"(?:(?<=[иа]л)|(?<=[иа]л[аои]))\s+(?!(?:над|в|во|на|у|под|около|возле|вблизи|близ|недалеко|неподал[её]ку|рядом|при|по|с|со|к|за|"
                      r"ещ[её]|также|тоже|и|а|но|уже|вновь|снова|ночью|утром|дн[её]м|вечером|сегодня|вчера|"
                      # (a particle before the place: "Семь беспилотников сбили именно над Одесской областью")
                      r"именно|как\s+раз|лишь|только|даже|непосредственно|"
                      # (an adverb of how, no object: "беспилотник посадили прямо на поле средствами РЭБ")
                      r"прямо|сразу|быстро|оперативно|успешно|благополучно|мягко|аккуратно|вскоре|затем|потом|впоследствии|"
                      r"средств\w*|сил\w*|систем\w*|расч[её]т\w*|наш\w*|ПВО|РЭБ|военн\w*|российск\w*|украинск\w*|дежурн\w*|"
                      r"мобильн\w*|огнев\w*|защитник\w*|бойц\w*|боец|зенитчик\w*|пограничник\w*|подразделени\w*|"
                      r"летчик\w*|лётчик\w*|экипаж\w*|истребител\w*|ВКС|ВСУ|ВС|армия|арми\w*|"
                      # (the defenders by their arm: "Пять дронов уничтожила авиация", "… сбили зенитчики")
                      r"авиаци\w*|истребительн\w*|зенитн\w*|противовоздушн\w*)\b"
                      # (a number word alone at its clause's end, the count of the weapons told before it: "Из 14 дронов
                      # сбили восемь"; not the thing the weapon struck)
                      rf"|(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})(?=\s*(?:[.,;:!?)»\"”]|$)|\s+(?:из|над)\s))(?=[^\W\d])")
# the defenders as the subject of a verb of use, and what they spent: "силы ПВО, применив 12 зенитных ракет,
# сбили …", "расчет ЗРК «Бук» израсходовал две ракеты": their own interceptors, no count launched nor downed
# (the head word in the nominative: not "противник атаковал позиции ПВО, применив …"; the attacker's use of
# "зенитные ракеты С-300" against a town keeps its launch)
DEFENCES_SPENT = (r"(?:(?:сил[аы]|средства|систем[аы]|расч[её]т[ыа]?|подразделени[ея]|дивизион[ы]?)\s+(?:[\w-]+\s+){0,2}?"
                  r"(?:ПВО|ЗРК|ЗРПК|противовоздушн\w*|зенитн\w*)|зенитчики|ЗРК|ЗРПК)"
                  r"(?:\s*[«\"][^»\"\n]{1,30}[»\"])?"
                  r"(?:[\s,]+(?!(?:противник|враг|оккупант|ВСУ|ВС|арми|Росси|Украин|РФ)\w*)[\w-]+){0,2}?[\s,]+"
                  r"(?:применив\w*|применил\w*|израсходова\w*|использова\w*|задействова\w*|выпустив|выпустил\w*)"
                  r"\s+(?:(?!(?:и|а|но)\s)[\w-]+\s+){0,3}?(?:ракет\w*|перехватчик\w*)")
WHOLE_LAUNCHED_LEAD = r""  # (English "out of 128 that Russia launched"; here a comma parts the participle)
BARE_PARTICIPLE = r"(?!)"  # (English "99 launched, 57 intercepted"; here PASSIVE_GAP may be empty)
THEY_LAUNCHED_LEAD = r"(?!)"  # (Ukrainian "Всього їх було випущено 25": a launch count with its weapons left out)
# the weapons just named in the sentence with their launch, then after a dash or colon how many "they" were
# ("зафиксированы пуски ударных дронов – всего их было 47", "запуски дронов: всего 47"): the words right before
# the number (.search, anchored at the number)
THEM_WERE_BEFORE = (r"[–—:-]\s*(?:(?:всего|итого|в\s+целом|в\s+общей\s+сложности)\s+)?(?:их\s+)?(?:(?:было|насчитали)\s+)?"
                    r"(?:(?:более|свыше|около|почти|не\s+менее)\s+)?$")
# the defenders as the subject right after a destroy verb, the count told first: "Пять дронов уничтожили
# мобильные огневые группы, зенитчики и авиация над …" (.match at the verb's end)
DEFENDERS_AFTER_VERB = (r"\s+(?:истребительн\w*\s+авиаци\w*|авиаци\w*|зенитн\w*|мобильн\w*\s+огнев\w*|подразделени\w*|"
                        r"(?:сил\w*|средств\w*)\s+(?:ПВО|противовоздушн\w*|обороны)|ПВО|зенитчик\w*|экипаж\w*|л[её]тчик\w*)(?![\w-])")
WITH_COUNT_BEFORE = r"(?!)"  # (English "…, with 31 drones shot down")
# (and a verb of detection joined to the downing: "98 из которых удалось обнаружить и сбить", the downed)
PASSIVE_GAP = r"\s*+(?:-\s*)?(?:(?:был[оаи]?|удалось|смогли)\s+)?(?:(?:обнаружить|выявить|засечь|обнаружен[аоы]?|выявлен[аоы]?)\s+и\s+)?"  # ("из них 60 – сбиты": a dash before the verb too)
ALL_OF = r"(?:все|всех)"  # "сбиты все 14 беспилотников" (not "всего", a total)
MODAL_AFTER_VERB = r"(?:удалось|удаётся|удается|смогли|смогла|смог)"  # "сбить удалось 36": done, the count after the modal
BOTH = r"(?:оба|обе|обеих|обоих|обеими|обоими)"  # "сбиты обе ракеты": a number that is all of them
# "Два дрона атаковали Курск. Их сбили средства ПВО", "они были уничтожены": the ones just told, every one
# (not "они сбили пять": a subject counts its own)
# ("Все они были сбиты над Курской областью", "Всех их уничтожили": the same, "all" before it)
# ("выпустил 20 дронов, которые были сбиты": the relative clause of the ones just told, after its comma)
# ("двумя беспилотниками, оба уничтожены огнем корабля": both of the two just told, as "они были")
THEY_ALL = (r"(?:(?:(?:все|всех)\s+)?(?:их\s+(?:якобы\s+|также\s+|тоже\s+)?|(?:они|(?<=,\s)(?P<rel>которые))\s+(?:якобы\s+|также\s+|тоже\s+)?был[иа]\s+(?:все\s+)?)|"
            r"(?:оба|обе)\s+(?:они\s+)?(?:был[иа]\s+)?)")
# "Большинство из них сбиты над …", "Ещё несколько были сбиты над …", "Часть из них уничтожили над …": a share of
# the weapons just told, with no noun and no count (where a part of them was downed, not all of them; as English
# "Dozens more were intercepted over …")
SOME_MORE = (r"(?:ещ[её]\s+(?:несколько|ряд)|большинство|большую\s+часть|часть)\s+(?:из\s+(?:них|этих)\s+)?"
             r"(?:(?:также|тоже|якобы)\s+)?(?:были\s+|было\s+)?")
# "Эти беспилотники были сбиты над …", "Все аппараты были уничтожены над …": the weapons just told, named again
THE_TOLD = (r"(?:эти|все(?:\s+эти)?)\s+(?:\w+\s+){0,2}?(?:беспилотники|БПЛА|дроны|ракеты|аппараты|цели)\s+"
            r"(?:были\s+)?(?:все\s+)?")
# "к столице летели 12 беспилотников, силы ПВО сбили их на подлёте": the ones just told, every one (the
# verb's object the pronoun, up to the clause's end or the place it was done at; not "уничтожили их склады")
DESTROY_THEM = (r"(?:сбили|уничтожили|перехватили|подавили|ликвидировали|поразили|нейтрализовали)\s+"
                r"(?:их|всех\s+их|их\s+всех)(?=\s*(?:[.,;:!?)»\"]|$|(?:все|всех|над|на|в|при|у|средствами|силами)\b))")
EXCEPT = r"(?:кроме(?!\s+того)|за\s+исключением)\s+"  # "сбиты все, кроме ракеты «Искандер-М»" (not "Кроме того")
ALL_BUT = r"\b(?:все|всех)(?:\s+[\w-]+){0,2}?,?\s+(?:кроме|за\s+исключением)\s+"  # "Все, кроме двух, сбиты", "сбиты все, кроме двух": as English "all but two" (a count of a weapon after "кроме" alone: EXCEPT)
# "120 из них сбиты": a part of weapons told before
PART_OF_TOLD = r"из\s+(?:них|этих|тех)"
# a status time or "in total" before a whole told first ("На сьогодні з 673 засобів … збито 635")
WHOLE_FIRST_AFTER = r"на\s+сегодня|на\s+данный\s+момент|по\s+состоянию\s+на\s+(?:\S+\s+){0,2}?\S+|всего|в\s+общей\s+сложности"
# (and the night or day the whole came in, opening the sentence: "Ночью из 40 дронов сбито 32", "В ночь на 5 мая из 40 …")
# (or the region it came over: "Над Сумской областью из 11 беспилотников сбили девять")
WHOLE_FIRST_AFTER += r"|^\W*(?:над|в|на)\s+[А-ЯЁ][\w-]+(?:\s+(?:област\w*|кра\w*|регион\w*))?"
WHOLE_FIRST_AFTER += r"|^\W*(?:ночью|этой\s+ночью|сегодня\s+ночью|прошлой\s+ночью|за\s+ночь|за\s+сутки|утром|в\s+ночь\s+на\s+(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+))"
# (or a reported clause that opens with it, its day between: "Он отметил, что вчера из 14 ракет сбили 9")
WHOLE_FIRST_AFTER += r"|что\s+(?:сегодня|вчера|ночью|этой\s+ночью|прошлой\s+ночью|за\s+ночь|за\s+сутки)"
OF_TOTAL = r"из"
# "Одну из ракет сбили": one of the weapons named next is one of them; not "обломки одного из дронов"
ONE_OF = r"(?:одну|один|одна)\s+из\s+"
# "обломки одного из них", "падение обломков одного из сбитых": something of one of the weapons, no count
# (or the act of downing one, told as the setting of what happened: "При уничтожении одного из дронов … произошел взрыв")
# "фрагменты ещё одного беспилотника обнаружены", "fragments of two more drones were detected": the count
# of what the debris came from, no count of weapons launched or downed
DEBRIS_OF_COUNT_BEFORE = r"(?:облом(?:ок|к\w*)|фрагмент\w*|осколк\w*)\s+(?:ещ[её]\s+)?$"
# (but "debris of three downed UAVs": the downed are counted, a count of its own)
DEBRIS_OF_DOWNED_AFTER = r"\s+(?:[\w-]+\s+)?(?:сбит|уничтожен|поражен|перехвач)\w*"
DEBRIS_OF_ONE_BEFORE = (r"(?:облом(?:ок|к\w*)|падени\w*|фрагмент\w*|осколк\w*)(?:\s+(?:сбит\w*|облом\w*|вражеск\w*)){0,2}\s+$|"
                        r"\b(?:при|во\s+время|в\s+ходе)\s+(?:уничтожени|отражени|перехват|поражени|подавлени|сбити)\w*\s+$")
ONE_OF_OF = r"\s+из\s"
# "атаковали один из районов города": one of some things that are no weapons (unless a weapon word
# follows) counts no weapon; not "один из них"
EVERY_ONE_BEFORE = r"\bни\s+$"  # "ни одному из 12 беспилотников не удалось …": none of them, the numeral no count of one (English "every one of the 18 drones")
# (nor "один из аппаратов", "одну из единиц": the weapons' unit words, one of the weapons told)
ONE_OF_MANY = r"(?:одну|один|одна|одно|одного|одному|одним|одной)\s+из\s+(?!них\b|которых\b|(?:летательн\w+\s+)?(?:аппарат|единиц))"
# ("Один из аппаратов сбили над морем": the weapons' unit word, as "из них")
# a running figure raised, the verb that tells it ("возросло до 37", "достигло 25"): one list, read by
# DESTROYED_COUNT_BEFORE, RISEN_TO_BEFORE and the casualties' TOTAL_BEFORE
RISEN_TO = (r"возросл\w*\s+до", r"вырос\w*\s+до", r"увеличил\w*\s+до", r"достиг\w*")
_RISEN_TO = "|".join(RISEN_TO)
# a running figure raised, right before its new count: "число сбитых дронов увеличилось до семи" (the
# figure told before is superseded, not added to)
RISEN_TO_BEFORE = rf"\b(?:{_RISEN_TO})\s+$"
OF_THEM = r"из\s+них|из\s+которых|из\s+(?:этих\s+)?(?:летательн\w+\s+)?(?:аппарат|единиц)\w*"
WEAPON_PART_LEAD = r"(?!)"  # (English "Of the missiles, two were shot down")
WEAPON_PART_GAP = r"(?!)"
# a weapon, then its count after it (dashes are hyphens by now, spaced): "ударными БПЛА типа Shahed – 61 единица", "ракеты в количестве 12 единиц"
# (or told by "а именно" after it: "рекордное количество дронов, а именно 145")
# (не голое «именно» — «точно»; число после «а именно» кончает свою группу: не «то есть 3 раза», weapons._weapon_of_part)
WEAPON_COUNT_AFTER = r"\s+-\s+|\s*\(\s*|\s+в\s+количестве\s+|(?P<namely>(?:\s+[^\W\d_]+){0,3},?\s+(?:а\s+именно|то\s+есть)\s+)"
ITEM_FILLER = (r"из\s+них|из\s+которых|из|ещ[её]|также|"
               # the relative pronoun before a heading: "ещё два беспилотника, которые летели в сторону Москвы"
               r"котор(?:ый|ая|ое|ые)|"
               # other weapons told beside the counted ones: "12 «Шахедов», а также других типов дронов над …"
               r"а\s+также|други\w+\s+(?:тип|модел|вид)\w*|"  # ("…, а также дронов других моделей над …")
               r"был[иао]?|сбит\w*|якобы|больше\s+всего|"
               # the type after a weapon's noun: "3 беспилотника типа «Shahed-131/136» над …"
               r"типа\s+[«\"]?[\w-]+(?:/\d+)?[»\"]?|"
               # when: "по два дрона ВСУ прошедшей ночью уничтожили над …"
               r"(?:(?:минувш|прошедш|прошл|эт)\w+\s+)?ночью|за\s+ночь|"
               # the subject between a count and its place: "Шесть БПЛА средства ПВО уничтожили над …"
               r"(?:дежурн\w+\s+)?(?:сил\w*|средств\w*|систем\w*|расч[её]т\w*)\s+(?:ПВО|противовоздушной\s+обороны)|"
               r"ПВО|российск\w+\s+(?:военн\w+|ПВО)|военн\w+|"
               # "ещё пять дронов пытались атаковать объекты в Липецкой области" (and were intercepted)
               r"пыта\w*\s+атакова\w*(?:\s+объект\w*)?")

EACH = r"(?:кажд\w+|в\s+каждой|в\s+каждом)"
EACH_DOING = r"(?!)"  # (see lexicon.en: a participle of every weapon after "each")
# words that end a breakdown item's places, beside ";" and ". ": a reporting clause ("…, сообщил губернатор
# Брянской области" names the speaker's region, not the item's)
ITEM_STOP = r",\s*(?:сообщи\w*|заяви\w*|написа\w*|отмети\w*|уточни\w*|рассказа\w*|подчеркну\w*|передает|передаёт)"
# between a town and the sea it lies on: "над портом Усть-Луга на Балтийском море" (where the town is, not a place of its own)
# "… и ещё несколько целей над Курской областью": a part with no count, over its own place
# (or a list's last part with no number: "восемь над A, 12 над B и несколько над C": its place its own)
VAGUE_MORE = (r"\bи\s+(?:ещ[её]\s+(?:несколько|ряд|десятки)\s+(?:[\w-]+\s+){0,3}?|(?:нескольк\w+|десятк\w+)\s+(?:[^\W\d_][\w-]*\s+){0,2}?)"
              r"(?:над|в|на)\s+")
RESPECTIVELY = r"соответственно"  # "по три и два – соответственно над Брянской и Белгородской областями"
SURROUNDINGS_AFTER = r"(?!)"  # (Russian "над Киевом и областью" names the region itself: an item of two places)
# after an item's places, more places left unnamed: "над Крымом и другими регионами"
# ("над Киевом и на подступах к городу": the city's share is not told, part may be over the oblast; not "над
# Киевом и в районе столицы", the city's area, which locates at the city as "в районе города Изюм" does: ru-f38-03)
AND_ELSEWHERE = (r"(?:други\w+|соседни\w+|нескольки\w+|западн\w+|восточн\w+|северн\w+|южн\w+|центральн\w+|ряд\w*|"
                 r"на\s+(?:дальних\s+|ближних\s+)?подступах|вокруг\s+(?:города|столицы)|"
                 r"в\s+пригороде|на\s+окраинах)\b")
# a sentence that goes on with the count just told: "Из этого количества сбиты 1185"
OF_THESE_LEAD = r"\W*(?:из\s+(?:этого|этих|них)(?:\s+количества|\s+числа)?)\b"
# "сбили 90% из 120 дронов": the count after a share of it is how many came; so after a share told
# without a number ("половина из 40 беспилотников была сбита", "большинство из 30"): how many were downed is not told
# what makes the number before it a share, not a count: "знищили 77% з них", "shot down 90 percent"
PERCENT_AFTER = r"(?:[.,]\d+)?\s*(?:%|процент\w*)"
PERCENT_OF_BEFORE = (rf"(?:\d+{PERCENT_AFTER}|\bполовин\w*|\bтрет(?:ь|и|ью)|\bчетверт\w*|"
                     r"\bбольшинств\w*|\bбольш(?:ая|ую|ей)\s+част\w*|\bчаст(?:ь|и|ью)|"
                     # ("почти все из 15 беспилотников", "не все из 15": short of the whole, by how many untold)
                     r"\b(?:почти|практически|едва\s+ли|не)\s+(?:все|всех))\s+(?:из\s+|от\s+)(?:всех\s+)?")
# "половина из 12 сбитых беспилотников", "половина из 12 беспилотников, сбитых над …": the whole a share is
# taken of, itself told as downed (a participle agreeing with it), so the whole is the destroyed count and its
# place's (matched at the number's end; not "половина из 40 беспилотников была сбита над …")
SHARE_WHOLE_DOWNED = (r"(?:\s+[а-яё-]+){0,2}?(?:\s*,\s+|\s+)(?:сбит(?:ых|ыми)|(?:уничтожен|перехвачен|поражен|"
                      r"подавлен|обезврежен)н(?:ых|ыми))\b")
SEA_LOCATOR = r"\s+на\s+(?:побережье\s+)?"
REGION_LOCATOR = r"\s+(?:в|во)\s+(?:(?:аннексированном|оккупированном)\s+)?"  # "над Севастополем в Крыму": the city's count, not the peninsula's
# ("над морем у Балаклавы", "над морем возле Одессы": a town right after the sea only says where over it)
COAST_LOCATOR = r"\b(?:у|возле|близ|вблизи|около|недалеко\s+от|в\s+районе)\s+(?:(?:побережья|берегов|города|посёлка|поселка|села)\s+)?"
EACH_PREFIX = r"\bпо\s*$"
EACH_BRACKET_OPEN = r"по"  # "над Брянской и Курской областями (по три)": each place's
EACH_ABBREVIATION = r"[А-ЯЁ]{2,5}"  # "по одному АТС в Белгородской": a weapon's abbreviation, garbled or not listed
COMBINED_BEFORE = r"(?:в\s+общей\s+сложности|всего|суммарно)"
COMBINED_AFTER = r"(?:в\s+общей\s+сложности|вместе|суммарно|в\s+сумме)"
# "над семью регионами России" (never "над Московским регионом", a region's name)
# (not one region named by its adjective in lower case: "над курским регионом", see LOWER_CASE_NAMES)
REGION_COUNT = r"(?![а-яё]{3,}(?:ск|цк)(?:ий|ого|ому|им|ом)\s+регион(?:а|у|ом|е)?(?![\w-]))(?:(?-i:[^A-ZА-ЯЁ\s])\S*\s+){0,2}(?:регион\w*|субъект\w*)\b"
# how many regions, not which, by their type word: "в нескольких областях, в том числе …" (a quantity before it;
# "над девятью областями": the instrumental too)
SOME_REGIONS = r"(?:нескольк\w+|ряд\w*|разн\w+|многи\w+|\d+|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|" \
               r"двумя|тремя|четырьмя|пятью|шестью|семью|восемью|девятью|десятью|" \
               r"(?:[а-яё]+надцат|двадцат|тридцат)(?:и|ью))\s+(?:[а-яё-]+\s+)?област(?:ях|ями|и|ей)\b"
# how many regions a count was downed over, by their type word in the instrumental ("над девятью областями", the
# teens and tens by their stem: "над пятнадцатью областями"; not "над территорией двух муниципалитетов области",
# the districts of one region)
REGIONS_COUNTED = r"(?:нескольким\w*|многими|двумя|тремя|четырьмя|пятью|шестью|семью|восемью|девятью|десятью|" \
                  r"[а-яё]+надцатью|двадцатью|тридцатью|\d+)\s+(?:[а-яё-]+\s+)?областями\b"
# the waters of a sea, after a place: "над регионами России и акваторией Азовского моря", "и над водами
# Черного моря" (the plain word as the formal one)
WATERS = r"(?:акватори\w+|вод(?:ами|ах))"
# the waters of a river named as its city is ("над акваторией Днепра"), its bank or its bed ("на
# побережье Днепра", "на левом берегу Днепра", "в реке Десна"): the river, no city
RIVER_WATERS = rf"(?:{WATERS}|побережь\w*|берег\w*|русл\w*|рек\w*)\s+(?:Днепр|Десн|Днестр|Дуна)\w*$"
# a road named by the towns it joins ("на трассе Курск — Рыльск — Глушково", "на автодороге
# Курск-Льгов"): no town of what happened on it; the names after a road's word, joined by dashes
ROAD_OF_TOWNS = (r"(?i:\b(?:трасс|автотрасс|автодорог|дорог|автомагистрал)\w*|\bшоссе)\s+"
                 r"(?:[А-ЯЁ][\w'’-]*\s*[-—–]\s*){0,3}$")
_QUARTER = r"(?:(?:северо-|юго-)?(?:севере|юге|востоке|западе)|центре)"
# a count over the whole country, never the speaking official's own region: "ПВО уничтожили девять
# дронов над регионами России" in the Moscow mayor's story
# (the whole of either country: "Всего над Украиной удалось сбить 18 из 20", as uk "над Україною")
NATIONWIDE = (r"\bнад\s+(?:(?:различными\s+|разными\s+|несколькими\s+)?(?:российскими\s+регионами|регионами\s+(?:России|РФ|Украины))|(?:всей\s+)?территорией\s+(?:России|РФ|Украины)|"
              r"Россией|Украиной)|\bпо\s+всей\s+(?:России|Украине|стране)|"
              # the whole country as the attack's target: "атаковала Украину 30 дронами" (uk "атакувала Україну")
              r"\bатакова\w*\s+Украину\b|"
              # (and as where they were fired: "выпущенных по территории Украины", "удар по Украине", as uk "по Україні")
              r"\bпо\s+(?:территории\s+)?Украин[еы]\b|"
              # ("сбито 30 … на севере и востоке страны": parts of the country, no region of it)
              rf"\bна\s+{_QUARTER}(?:(?:\s*,\s*|\s+и\s+){_QUARTER})*\s+(?:страны|Украины|России)\b")
# a command's area, wider than the region of the official who retells its count (see lexicon.uk)
COMMAND_AREA = r"\bзон\w*\s+(?:(?:своей|нашей|его|их)\s+)?ответственности\b"
SINGLE = r"(?:одному|один|одна|одной)"
INDEFINITE_ARTICLE = r"(?!)"  # (English "a single")
FIRED_FROM_ASIDE = r"(?!)"  # (English "four cruise missiles from Tu-95MS bombers, a Kh-59 …": a case phrase there)
DESTROYED_AND = r"\s+(?:уничтожены|уничтожено|сбиты|сбито|перехвачены|перехвачено)\s+и\s+"  # ("Пять БПЛА уничтожены и три перехвачены над …": more of the weapon, the same place)
DESTROYED_AND_AFTER = r"\s+(?:уничтожены|уничтожено|сбиты|сбито|перехвачены|перехвачено|подавлены)"
REGION_PREPOSITION = r"(?!)"  # (Ukrainian "на Запоріжжі": the region)
REGION_CASE = r"(?!)"
AND = r"(?:и)"
AND_THEN = r"а"  # "над Курской – 3, а над Брянской – 2" (see lexicon.en)
ARTICLE = r"(?!)"  # (English "over the Kursk region")
OUR = r"нашей"  # "над нашей областью" (see lexicon.en)
REGION_NOUNS = ("область",)  # "Белгородской области" -> "Белгородская область"
REGION_NAME_WORDS = r"(?!)"  # (English "the Sumy Regional …": the adjective is read by morphology)
# "ракету «Гром-2», а также 17 беспилотников": one more item of a list of weapons
ALSO = r"а\s+также(?:\s+об?(?=\s))?"  # (with "о" again after "Речь идет о …": "… о Аской области, а также об оккупированном Крыме")
# a verb of a clause's own, past or a short participle ("подверглись", "сообщил", "повреждена", "ранены"): after a
# semicolon, the part that has one is a new clause, no more of a list of places ("…; Белгород и Шебекино подверглись
# обстрелу"; not "…; Малых Проходов Харьковской области")
CLAUSE_VERB = r"(?-i:\b[а-яё]{3,}(?:л|ли|ла|ло|лся|лась|лось|лись|ен|ена|ено|ены|ан|ана|ано|аны|ян|яна|яно|яны|ит|ят|ет|ют)\b)"
# a relative clause that may stand between the items of a list of weapons ("14 беспилотников, которые были запущены с юго-востока, а также ракету Х-22")
RELATIVE = r"(?:которы[еймх]\w*|что)"
# the auxiliary after such a relative word before the words of flight (breakdown's "towards_gap"); the same value in
# every lexicon (a quoted English line "which were heading towards …")
RELATIVE_AUX = r"(?:were\s+|was\s+)"
# the preposition right before a city that is a region of its own where a downing "in" it is told ("Большинство дронов сбили в Киеве"; not "запущенных на Киев", "атаку на Севастополь"):
# the city's own (locative) "in", not the "on"/"at" of a target (placing._place_group)
IN_CITY = r"(?<![\w-])(?:в|во)\s+$"
# after a semicolon in a list of places, a word that carries on the list as a place's genitive adjective ("…; Малых
# Проходов Харьковской области"): with CAPITAL_LETTER, breakdown's "stop" reads such a part as more places, not a new
# clause (the same value in every lexicon)
LIST_PLACE_ADJECTIVE = r"[а-яёіїєґ]+(?:ой|ей|ої|ів|ых|их)\b"
# one more, right before a count: "Ещё один беспилотник сбит над Курской" adds to the places told
MORE_BEFORE = r"\b(?:ещ[её]|также)\s+$"
# one more weapon, counted one by one, at the head of its clause: "Второй беспилотник сбит над морем"
# (and told of, in the prepositional or genitive: "сообщил о втором сбитом беспилотнике", "обломки третьего")
ONE_MORE_BEFORE = (r"(?:^|[.;:,]\s*|\b(?:и|а|позже|затем|потом|что|о|об)\s+)"
                   r"(?:(?:был[аио]?\s+)?(?:сбит|уничтожен|перехвачен|подбит)\w*\s+)?(?:втор(?:ой|ую|ом|ого)|треть?(?:ий|ю|ем|его)|"
                   r"четв[её]рт(?:ый|ую|ом|ого)|пят(?:ый|ую|ом|ого)|шест(?:ой|ую|ом|ого)|седьм(?:ой|ую|ом|ого)|восьм(?:ой|ую|ом|ого)|"
                   r"девят(?:ый|ую|ом|ого)|десят(?:ый|ую|ом|ого))\s+(?:[\w-]+\s+){0,2}$")
# ordinals counted one by one, several in one phrase: "пятый и шестой беспилотники" are two more
ORDINAL = r"\b(?:втор|треть?|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ой|ий|ый|ая|ья|ые|ьи|ую|ью|ом|ем|ого|его)\b"
# (an adjective of the weapon between, never a noun: "the second and third groups of drones")
# the place an ordinal tells in a running count, by the word's start ("сбит четвёртый беспилотник" after
# трёх: четыре в сумме)
ORDINAL_VALUES = {"втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8, "девят": 9,
                  "десят": 10}
ORDINAL_LIST = rf"{ORDINAL}(?:(?:\s*,\s*|\s+и\s+){ORDINAL})+\s+(?:(?:{WEAPON_ADJECTIVES})\s+)?$"
# the next ordinal of a running count told with its verb and weapon left out, after a comma or "и"/"а",
# then where it was downed: "второй сбит над озером, третий — над плотиной" (three in all)
ORDINAL_GAPPED = (rf"(?:[,;]\s*(?:а\s+|и\s+)?|\s+(?:а|и)\s+)(?P<ord>{ORDINAL})"
                  r"(?=\s*[-–—]|\s+(?:над|у|в|возле|около|под|близ|вблизи|недалеко)\b)")
# the words that may stand between a bare count "ещё N" and its destroy verb ("Ещё шесть были сбиты"):
# auxiliaries only, never a noun ("ещё три дома разрушены" counts houses)
MORE_TO_VERB = r"\s+(?:(?:были|был[аио]?|также|тоже|позже|затем)\s+){0,2}"
MORE_AFTER = r"(?!)"  # (English "three more were jammed")
# a launched count, then more still on their way ("запущено 60 ракет і летять ще близько 15", "and
# about 20 more are in the air"): between the two counts, the flight verb there (group flying) or after the second
IN_FLIGHT_GAP = (r"(?:\s+[^\W\d]+){0,3}?\s*(?:,\s*)?(?:и|а)\s+(?:(?P<flying>летит|летят|летело|летели|наход\w+\s+в\s+воздухе|в\s+воздухе|на\s+подлете|на\s+подлёте)\s+)?"
                 r"ещ[её]\s+")
IN_FLIGHT_AFTER = r"\s+(?:летит|летят|наход\w+\s+в\s+воздухе|в\s+воздухе|на\s+подл[её]те)\b"
# the day or part of day an event happened on ("вчера дрон ударил …", "утром"): an event, not a trend (not
# "ранее"/"позже", which tell when it was reported: "как сообщалось ранее")
EVENT_DAY = (r"\b(?:вчера|накануне|позавчера|дн[её]м|утром|вечером|"
             r"во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))\b")
# a time of another period in the "ещё" clause: "ещё три сбиты вчера днём" (not one sum)
OTHER_PERIOD = rf"\b(?:позже|ранее)\b|{EVENT_DAY}"
# a later statement of the one who told the count ("Позднее губернатор добавил, что …"): see lexicon.en
LATER_STATEMENT = r"\b(?:позднее|позже|впоследствии)(?:\s*,\s+|\s+)(?:[\w-]+\s+){0,4}?(?:добавил|сообщил|написал|уточнил|заявил)\w*"
# позднее уточнённая цифра ("Позже он уточнил, что были сбиты две ракеты"): the figure replaces the earlier one (see lexicon.en)
CORRECTED_STATEMENT = r"(?<![\w-])(?:уточни\w*|поправи\w*|скорректирова\w*)"
# вечер дня, свой период рядом с ночью на следующий день ("Вечером 8 октября … сбили 30"): see lexicon.en
EVENING = r"\bвечер(?:ом|а)?\b"
# период сезона или полугода, своя цифра рядом с месячной ("за прошлый отопительный сезон … более 900"): see lexicon.en
ANOTHER_SEASON = r"\b(?:(?:прошл|предыдущ)\w*\s+отопительн\w*\s+сезон\w*|за\s+пол\s*года)\b"
# more of the claim just told, of another weapon ("Также уничтожены 22 беспилотника", "Кроме того, …")
MADE_IN = r"производства\s+[\w-]+|(?<![\w-])[\w-]+(?:ого|его)\s+производства"  # "ракета ATACMS производства США, …", "ракету «Нептун» украинского производства, …" (cues comma_then)
MORE_OF_IT = r"\b(?:также|кроме\s+того|помимо\s+(?:этого|того))\b|^\W*ещ[её](?=\s+\d)"  # ("Ещё 40 ракет.": a sentence of more)
# the weapons counted fell, right after the count: "ещё один беспилотник упал в поле" was not downed
# (or hit: "два БПЛА попали в склад"; not "попали в зону действия РЭБ", where they were downed)
FELL_AFTER = r"\s+(?:[\w-]+\s+)?(?:упа(?:л|ла|ли)|попа(?:л|ла|ли)\s+в(?!\s+зон)|врезал(?:ся|ась|ись))\b"
LIST_LOCATOR = r"(?!)"  # (English "over the Odesa region in the south, the central Vinnytsia region")
# (or as occupied or annexed: "над Курской, Брянской областями и над аннексированным Крымом")
LIST_DIRECTION = r"(?:временно\s+)?(?:аннексированн|оккупированн)\w*"
# ("по одному дрону пытались атаковать Курскую и Рязанскую области": an attack tried there, so
# stopped there, in a list of where the drones were downed; but with a part of them told after it,
# its count is how many came: "пытались атаковать Белгородскую область 20 беспилотниками, 12 из них сбиты")
ATTEMPTED_OVER = r"(?:по)?пыта\w+\s+атаковать(?:\s+(?:объекты|территори\w+)\s+(?:в|на))?"
# the cities that are regions of their own, after "под" (see OVER)
NEAR_PREP = r"под"
# a preposition of place right before a capitalised word: an official's bare surname there is a town
# ("упали в Николаеве", "над Николаевом": the city, not Oleg Nikolaev); or a word for a town, a village or an
# area ("в районе украинского города Николаев", "г. Николаев", "в окрестностях Николаева", "села …")
# a Ukrainian administration told in the sentence ("сообщил глава ОВА"): a surname alone beside it is no
# Russian region's official ("Николаев атакован …, сообщил глава ОВА": the city Mykolaiv, not Chuvashia's head)
UKRAINIAN_BODY = r"\b(?:ОВА|ОГА|ОДА|ГВА|КГВА|МВА)\b"
# (or the target of an attack: "атаковали Николаев дронами", "об атаке на Николаев", "удар по Николаеву")
PLACE_BEFORE_NAME = (r"(?:в|во|над|под|из|около|возле|вблизи|город[аеуо]?м?|г\.|район[еау]|окрестност\w+|"
                     r"атаковал[аи]?|атаковать|атак[аиеу]\s+на|удар(?:а|ом|ы|ов)?\s+по|ударил[аи]?\s+по|обстрел\w*|"
                     r"сел[аеоу]|пос[её]лк[аеу]|посёлок|поселок|деревн[еиюя])")
NEAR_CITY_REGION = r"(?:Москв|Санкт-Петербург|Петербург|Киев|Севастопол)"
OVER = (
    r"(?:над\s+территори(?:ей|ями|ях)(?:\s+и\s+акватори\w+)?|над\s+акватори(?:ей|ями|ях)|"
    # ("в небе Брянской области": the sky of the region, in the genitive)
    # ("в воздушном пространстве Брянской области уничтожено 6": the region's airspace, in the genitive)
    r"в\s+небе\s+над|в\s+воздушном\s+пространстве(?:\s+(?:над|вокруг))?|в\s+небе|над|в\s+районе|в|"
    # ("на территории Курской (14), Орловской (9) …": the region's territory, as "над территорией", as uk "на")
    r"на\s+территори(?:и|ях)|"
    # ("под Курском сбили три": near the town, as English "near"; not near a city that is a region of its
    # own, "под Москвой" is the region around it, which the town's name does not say)
    rf"под(?!\s+{NEAR_CITY_REGION})|"
    # a part of a told whole that falls to a region: "из 40 сбитых беспилотников 12 пришлись на Брянскую область"
    r"пришл(?:ись|ось|ась|ся)\s+на(?:\s+территори[юи])?|приходи?тся\s+на|приходятся\s+на|"
    rf"{ATTEMPTED_OVER})"
)
# "near" before a place whose count of more follows it: "…, у Курска ещё 3", "возле Льгова ещё два" (as "над")
NEAR_MORE = r"у|около|возле|вблизи|под"
# ("в районе Тулы сбит беспилотник", "вблизи Курска сбит дрон": the area of a town, or near it, as
# "под"; near a city that is a region of its own only its area, "в районе Москвы")
OVER_TOTAL = rf"(?:над\s+территори\w+|над\s+акватори\w+|над|под(?!\s+{NEAR_CITY_REGION})|в\s+районе|(?:около|возле|вблизи)(?!\s+{NEAR_CITY_REGION})|в\s+небе\s+над|в\s+небе|в\s+воздушном\s+пространстве(?:\s+(?:над|вокруг))?)"
# parts of a region between "over" and its name: "над двумя районами Воронежской области"
# (English "over two districts of the Belgorod region")
# (and the regions a number of them includes: "над 5 регионами, в том числе Курской и …")
# (and the part of it a compass point names: "на востоке Крыма сбиты 9", "на северо-западе области")
# ("над одним из районов Курской области": one of its districts, not named)
OVER_PARTS = (r"(?:\w+\s+|(?:ещ[её]\s+)?одн\w+\s+из\s+)?(?:район\w*|округ\w*|муниципалитет\w*)|"
              # ("Над городом Курском сбиты три", "над территорией города Воронежа": the city's word before its name)
              r"город(?:ом|а)|"
              # ("над северо-западной частью акватории Черного моря": a part of the sea or region, named by its side)
              r"(?:[\w-]+\s+)?част(?:ью|и|ях|ями)(?:\s+(?:акватории|территории))?|"
              # ("на границе Калужской и Брянской областей уничтожили восемь": one count over both)
              r"границе|границах|стыке|"
              r"(?:(?:северо|юго)-)?(?:востоке|западе|севере|юге)|"
              r"\w+\s+(?:регион\w*|субъект\w*|област\w*)(?:\s+(?:страны|России|РФ))?,\s+(?:включая|в\s+том\s+числе)(?:\s+\w+)?")
# the defences that downed them, opening a sentence before "над" and its place: "Дежурными силами ПВО и средствами
# РЭБ над Воронежской областью сбиты несколько беспилотников" (as "Над Воронежской областью сбиты …")
DEFENDERS_OPENING = (r"(?:(?:дежурн\w*\s+)?(?:сил\w*|средств\w*|систем\w*|расч[её]т\w*)\s+"
                     r"(?:ПВО|РЭБ|противовоздушной\s+обороны|радиоэлектронной\s+борьбы)"
                     r"(?:\s+(?:Минобороны|МО)(?:\s+(?:России|РФ))?)?[\s,]*(?:и\s+)?"
                     # (or by their arm: "Мобильными огневыми группами над …", "истребительной авиацией")
                     r"|(?:мобильн\w*\s+огнев\w*\s+групп\w*|истребительн\w*\s+авиаци\w*)[\s,]*(?:и\s+)?)+")
# what may open a sentence before the region where an uncounted attack was repelled, instead of "над":
# "Силами ПВО в Ростовской области отражена атака беспилотников", "В нескольких районах … области"
REPELLED_IN_OPENING = r"(?:(?:сил\w*|средств\w*|систем\w*|расч[её]т\w*)\s+(?:ПВО|противовоздушной\s+обороны)\s+)?(?:в|на\s+территории)"
# "сбиты 20 БПЛА в Курской и Брянской областях": a total's places when they are regions or seas
# ("в таких областях, как Курская, …"; "в одном из районов Воронежской области", "на территории еще одного
# из районов …": the region, a district of it not named)
WHERE_AFTER = r"(?:\s+(?:снова|опять|вновь|ночью|сегодня))?,?\s+где\b"  # "в Тверской области, где сбили пять беспилотников" (a relative clause of the downing)
IN_REGIONS = (r"(?:(?:(?:на|в)\s+территории\s+|в\s+)(?:ещ[её]\s+)?одн(?:ом|ого)\s+из\s+районов|"
              r"(?:на|в)\s+территори\w+|в\s+пределах(?:\s+(?:\w+\s+)?(?:областей|регионов)\s*:)?|в\s+таких\s+областях,?\s+как|в\s+(?:таких|следующих)\s+(?:областях|регионах)\s*:|в|на)")
# "ударили по городу баллистической ракетой": one missile launched, though no number is written (a
# drone so named, "атаковали беспилотником автомобиль", tells one strike on a place, no air attack's count)
# a singular weapon launched, then downed in its relative clause: "выпустили крылатую ракету, которую над морем
# сбили силы ПВО" (one launched, one destroyed)
ONE_DOWNED_AFTER = r"[»\"”]?\s*,\s*(?:которую|которого|который)\s+(?:[\w-]+\s+){0,4}?"
STRUCK_WITH_ONE = (r"\b(?:ударил\w*|ударив\w*|нанес\w*\s+удар\w*|атаковал\w*)\s+(?:[\w-]+\s+){0,4}?"
                   r"(?=(?:(?:баллистическ|крылат|управляем|аэробаллистическ|зенитн)\w*\s+)?ракетой\b)")
# a singular missile told by its flight toward a place: "сообщалось о баллистической ракете, которая летела в
# направлении Днепра" (one launched, though no number is written)
ONE_FLYING_AFTER = (r"[\s,]*(?:(?:которая|который|которые|что)\s+)?(?:летела|летел|летели|летит|летят|летевш\w*|летящ\w*|"
                    r"направлял(?:ась|ся|ись)|направляются|направляется|двигал(?:ась|ся|ись)|движутся|курсом)\s+(?:на|к|в\s+сторону|в\s+направлении)\b")
# "количество сбитых БПЛА достигло 25", "число уничтоженных дронов составило 26 штук": a destroyed count
# (a parenthetical between: "число сбитых целей, по предварительным данным, выросло до пяти")
# (between two commas, both written: not "количество сбитых … не уточняется, ущерб составил 5 …")
DESTROYED_COUNT_BEFORE = rf"\b(?:количеств\w*|числ\w*)\s+(?:сбит\w*|уничтожен\w*|перехвачен\w*|нейтрализован\w*)\s+(?:[\w-]+\s+){{0,5}}(?:[\w-]+,\s+(?:[\w-]+\s+){{0,4}}[\w-]+,\s+(?:[\w-]+\s+){{0,2}})?(?:составля\w*|составил\w*|{_RISEN_TO})\s+$"
HIT_COUNT_BEFORE = r"(?:попадани\w*|прил[её]т\w*)\s+(?:\w+\s+){0,4}$"
# the ones that got past the defences: "но два БПЛА и две ракеты прорвались", "три дрона, которым удалось
# прорваться" (neither downed nor, alone, how many came; hits are read as their verb says)
# ("rel": a relative clause, after which the count's own verb may still tell it downed: "two drones that escaped
# the first line were shot down")
# right before a count none of which got through: "ни одному из 12 беспилотников не удалось прорваться"
NONE_OF_BEFORE = r"\bни\s+(?:одному|один|одна|одной|одного)\s+из\s+$"
# after a count downed, the one(s) left that hit ("одну удалось сбить, другая попала в …")
OTHER_HIT_AFTER = (r"[^.;!?]{0,40}?,\s*(?:а\s+|но\s+)?(?:друг\w+|треть\w+|четверт\w+|ещё\s+одн\w+|еще\s+одн\w+)\s*(?:-\s*)?"
                   r"(?:(?:все\s+же|всё\s+же)\s+)?(?:попал\w*|попал|упал\w*|упал|долетел\w*|долетел)\b")
HIT_AFTER = (r",?\s+(?:(?P<rel>которые|которым)\s+)?(?:(?:все\s+же|всё\s+же|все-таки|всё-таки|таки|удалось)\s+)?(?:прорвал\w*|прорваться|проскочил\w*|проскочить|"
             # ("пять из них таки нанесли удары", "достигли целей": the ones that hit)
             r"нанесл\w*\s+(?:[\w-]+\s+)?удар\w*|нан[её]с\s+(?:[\w-]+\s+)?удар\w*|достигл\w*\s+(?:сво\w+\s+)?цел\w*|достиг\s+(?:сво\w+\s+)?цел\w*|"
             # ("две ракеты и 17 дронов ударили по семи объектам", "три ракеты попали в подстанцию": the weapons
             # the subject, the ones that hit; not "40 дронами ударили по городу", the instrument, launched)
             r"(?<!ми\s)(?<!ой\s)(?<!ей\s)(?:ударил\w*|попал[аи]?)\s+(?:в|во|по)\b)")
# an attack repelled, right before its count: "отразили атаку 33 дронов, уничтожив 25 из них" (see lexicon.en)
REPELLED_BEFORE = r"(?:отраж\w*|отразил\w*|отбил\w*|отбит\w*)\s+(?:[\w-]+\s+){0,2}?атак\w*\s+(?:(?:более|свыше|около|почти)\s+)?$"
# attacks told repelled, with no weapon word: "атаки были также отражены в A, B и C областях" (done, not
# under way: "отражают атаку" is no downing told)
ATTACKS_REPELLED = (r"\bатак[аи]\s+(?:(?:был[аи]?|также|тоже|успешно)\s+){0,3}(?:отражен[аы]?|отбит[аы]?)(?![\w-])|"
                    r"\b(?:отразил[аи]?|отбил[аи]?)\s+(?:[\w-]+\s+){0,2}?атак[иу]?(?![\w-])")
# the regions a ministry's total was aimed at, told in a sentence of no count after it: "Нападению подверглись A и
# B области", "противник пытался атаковать объекты на территории …" (or the regions themselves, a list in the
# accusative: "пытался атаковать A и B области"), "удары были направлены по территориям …": all of
# its total intercepted, so over those (parts.attacked_regions_of_ministry_total)
ATTACKED_TERRITORIES = (r"(?<![\w-])(?:нападени\w*|атак\w*|удар\w*)\s+(?:\w+\s+){0,2}?подверг(?:лись|лась|лось|ся)\b|"
                        r"(?<![\w-])подверг(?:лись|лась|лось|ся)\s+(?:\w+\s+){0,2}?(?:нападени\w*|атак\w*|удар\w*)|"
                        r"(?<![\w-])(?:пыта\w*|попыта\w*|попытк\w*)\s+(?:\w+\s+){0,4}?(?:атакова\w*|атак\w*|удар\w*)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:по|на|в)\s+(?:\w+\s+){0,2}?(?:(?:на|в)\s+)?территори\w*|"
                        r"(?<![\w-])(?:пыта\w*|попыта\w*|попытк\w*)\s+(?:\w+\s+){0,2}?атаковать\s+(?=[А-ЯЁ])|"
                        r"(?<![\w-])(?:атак\w*|удар\w*)\s+(?:\w+\s+){0,2}?(?:был[аи]?\s+)?(?:направлен\w*|нацелен\w*)\s+(?:на|по)\s+территори\w*")
# (Ukrainian "Є збиття.": there are downings, no count and no weapon word)
DOWNINGS_TOLD = r"(?!)"
PARTIAL_SUBJECT_BEFORE = r"(?!)"  # (English "most were shot down" after a singular weapon; not read here)
PARTIAL = r"(?:большинств\w*|част\w*|некотор(?!\w*\s+врем)\w*|преимущественно|в\s+основном|половин\w*)"  # "most of them over …": not where all of them were
# between a total and a place: "сбили 162 беспилотника, больше всего – над Курской областью": the place
# of most of them, named without a count of its own
MOST_OF = r"(?:больше\s+всего|наибольшее\s+(?:число|количество))"
UNCOUNTED_BEFORE = r"(?:есть|все|всех|большинств\w*|несколько|нескольких|ряд|множеств\w*|десятки|десятков|часть)\s+(?:[\w«»\"-]+\s+){0,2}[«\"“„]?$"  # "сбили большинство «шахедов»": some, not how many
SUBSET = r"(?:в\s+том\s+числе|в\s+частности|включая|из\s+них|из\s+которых|среди\s+них)"
# the place weapons were downed on their approach to, told with no count ("сбили несколько дронов на подлёте к
# Курску"): where they were downed, near it (not where they flew: "летевшие на Москву" may be downed far off)
# ("на подступах к Москве": the approaches to the city, the same place)
APPROACH = r"(?:(?:на|при)\s+подл[её]те|на\s+подступах)\s+к"
DIRECTED_TOWARDS = r"(?!)"  # (English "toward(s)" alone; here TOWARDS tells every direction)
DIRECTED_TOWN_ATTACKED = r"(?!)"  # (with DIRECTED_TOWARDS, English only)
# a verb of flight (no launch nor downing) beside a count in its clause: "В сторону Одессы летели 14 дронов, 11 сбиты"
FLEW = r"(?:летел[иоа]?|направлял(?:ись|ось|ся|ась)|двигал(?:ись|ось|ся|ась))"
# the number of the weapons just named, told after them: "противник применял БпЛА разных типов, их было около 40"
THEIR_NUMBER = r"(?:их|которых)\s+(?:было|насчитывал\w*)"
# a count's participle of its launch at a place, "12 дронов, запущенных по Одессе", "выпущенных на Киев": where they
# were sent; told downed in the sentence, keyed there as "летевших на" (breakdown.items)
LAUNCHED_AT = r"(?:запущенн\w*|выпущенн\w*)\s+(?:на|по)"
TOWARDS = (
    r"(?:летевш\w*\s+(?:на|к|в\s+сторону|в\s+направлении)|летящ\w*\s+(?:на|к|в\s+сторону|в\s+направлении)|"
    r"летел[иа]?\s+(?:на|к|в\s+сторону|в\s+направлении)|"  # "два из них летели на Москву", "летевший к Москве"
    # ("беспилотник, направлявшийся в столицу": "в" of a destination, the accusative)
    r"направлявш\w*\s+(?:на|в\s+сторону|к|в)|(?:на|при)\s+подл[её]те\s+к|"
    # the other verbs of motion: "(2 аппарата двигались в сторону Москвы)", "направлялись к Москве"
    r"(?:двига(?:л|ющ|ет|ют)\w*|двигавш\w*|направлял(?:ся|ась|ось|ись))\s+(?:на|в\s+сторону|в\s+направлении|к|в))"
)
# the place they threatened, in a relative clause of the weapons told downed ("все БпЛА, которые угрожали столице,
# обезврежены"): what they were aimed at, not where they were downed (nor a count's place: "двух десятков БпЛА,
# которые угрожали Киеву" says not where)
THREATENED = r"(?:угрожавш\w*|угрожающ\w*|(?:которые|что)\s+(?:потенциально\s+)?угрожал[иа]?)"
# a capital told as where the weapons flew, or its approaches (see en.CAPITAL_TOWARDS): "в сторону Киева", "летевшие
# на столицу", "угрожавшие городу", "над Киевом и в районе столицы"
CAPITAL_TOWARDS = (r"(?:в\s+сторону|в\s+направлении|(?:летел\w*|летевш\w*|летящ\w*|направлял\w*|направлявш\w*|подлета\w*|запущенн\w*|выпущенн\w*)\s+(?:на|к|в|по)|на\s+подл[её]те\s+к|на\s+подступах\s+к|в\s+районе|нацеленн?\w*\s+на|"
                   r"угрожа\w*)\s+(?:Киев\w*|столиц\w*|город[уа]?\b)"
                   # ("к столице ракеты подлетали с нескольких направлений")
                   r"|\bк\s+(?:Киеву|столице|городу)\s+(?:[\w-]+\s+){0,2}?(?:подлета|летел|летят|направля)")

# a post's source line ("Источник: …"): the teller of what follows it, whoever it names
SOURCE_LINE = r"(?:Источник|Источники)\s*:"

SOURCE_LAST = r"(?!)"  # (English "…, according to the Air Force")
# a ministry named as the owner of the air defence that did the downing, not as the one who tells it:
# "Силы ПВО Минобороны уничтожили три беспилотника …, сообщил мэр" (the words right before the name)
# ("ПВО Минобороны отражена атака двух БПЛА, летевших на Москву": the mayor's posts name the ministry's air defence bare)
DEFENCES_OWNER_BEFORE = r"(?:(?:сил\w*|средств\w*|систем\w*|расч[её]т\w*|подразделени\w*)\s+|^\W*)(?:ПВО|противовоздушной\s+обороны)(?:\s*\(ПВО\))?\s+$"
DEFENCES_OWNER_AFTER = r"(?!)"
# the air defence that did the downing, in an official's words: "«Дежурными средствами ПВО уничтожено четыре
# БПЛА», — написал губернатор" (the ministry's formula, but the governor tells it)
DEFENCES_ACTOR = r"дежурн\w*\s+средств\w*\s+(?:ПВО|противовоздушной\s+обороны)"
DEFENCES_ACTOR_BEFORE = r"(?!)"  # (Ukrainian "захисники Повітряного командування «Схід»")
# the official just named, speaking again ("«…», — написал он"): his words, whatever defences they name
# (and the pronoun first, an adverb at most between: "Позднее он сообщил о пяти сбитых целях")
SPEAKER_PRONOUN = (r"\b(?:(?:написал|сообщил|добавил|уточнил|отметил|заявил|рассказал)[аи]?\s+(?:он|она)|"
                   r"(?:он|она)\s+(?:(?:также|позднее|позже|затем|потом|ещ[её]|вскоре)\s+)?(?:написал|сообщил|добавил|уточнил|"
                   r"отметил|заявил|рассказал)[аи]?|"
                   r"по\s+(?:его|ее|её)\s+(?:словам|данным))\b")
PRONOUN_TELLS = SPEAKER_PRONOUN  # (the person named last, telling by a pronoun alone: see lexicon.en)
# A claimant named as the one who will give the figure later («более точную цифру подведёт Генштаб»): not who tells this one
# what a named force owns ("вертолёт Ми-8, принадлежавший украинским Воздушным силам"): the owner, not who tells it
# (and the weapons' own force in the genitive right after them: "уничтожены шесть безэкипажных катеров ВМС Украины" is
# the Navy's boats, the Russian ministry tells it; or the aircraft right before the force in the genitive: "уничтожили
# самолет МиГ-29 Воздушных сил Украины", "истребитель Су-27 ВВС Украины": whose the plane was)
# (and the force that launched them, the participle's agent: "беспилотников, запущенных ВВС Украины по …")
OWNED_BY_BEFORE = (r"\bпринадлежа\w*\s+$|(?<!\w)(?:запущенн|выпущенн|направленн)\w*\s+$|(?<!\w)(?:катер\w*|лодк\w*|БЭК\w*|судн\w*|беспилотник\w*|дрон\w*|ракет\w*)\s+$|"
                   r"(?<![\w-])(?:самол[её]т\w*|истребител\w*|бомбардировщик\w*|штурмовик\w*|вертол[её]т\w*|перехватчик\w*)"
                   r"\s+(?:[А-ЯA-Z][\w-]*\d\w*\s+)?$")
FUTURE_TELLER_BEFORE = r"\b(?:подвед[её]т|сообщит|уточнит|назов[её]т|озвучит|обнародует|опубликует)\s+$"
FUTURE_TELLER_AFTER = r"\s+(?:подвед[её]т|сообщит|уточнит|назов[её]т|озвучит|обнародует|опубликует)\b"
# A launch or downing told as what may come («Россия будет регулярно запускать более 900 дронов», «сможет
# применить», «планирует использовать»): a forecast, no claim. The words right before the verb (not the past
# «смогли сбить», «удалось сбить»: done).
FORECAST_BEFORE = (r"(?<!\w)(?:будет|будут|может|могут|сможет|смогут|способн\w*|планиру\w+|намерен\w*|собира\w+ся)\s+"
                   r"(?:(?:\w+о|уже|ещё|еще|вновь|снова|также|и|в\s+среднем)\s+){0,2}$"
                   # (nor a work under way: "расчёты ПВО продолжают работу по уничтожению целей")
                   r"|(?<!\w)(?:вед[уеё]т|вели|проводят|продолжают)\s+работу\s+по\s+(?:\w+\s+и\s+)?$")
# the authorities that tell a count when named in its sentence ("…, сообщили в администрации"): an administration, not
# emergency services or officials at large
TELLING_AUTHORITIES = r"администрац|\b(?:ОВА|ГВА|КГВА|МВА|РВА)\b"
RETOLD_ACTOR_GAP = r"(?!)"  # (English "… said the air force had downed two missiles …")
REPORT_VERBS = r"(?!)"  # (read only beside RETOLD_ACTOR_GAP)
# the teller of a claim named after its verb: "…, сообщили Воздушные силы", "сообщили в Минобороны",
# "по данным Минобороны" (own_region: a claim its own sentence tells the teller of is not an official's)
TELLER_VERBS = r"(?:сообщи\w*|заяви\w*|информиру\w*|отмети\w*|уточни\w*|написа\w*|пишет|пишут)(?:\s+(?:в|во))?|по\s+(?:данным|информации|словам)"
# the teller named before its verb: "В Воздушных силах ВСУ рассказали, что …", "Минобороны сообщило" (cues "teller_after")
TELLER_AFTER_VERBS = r"(?:сообщи\w*|заяви\w*|рассказа\w*|уточни\w*|отмети\w*|информиру\w*|написа\w*|пишут)"
# a claimant's name that tells only where it is the teller, as the subject of a verb of telling or its clause's end
# after one ("ВВС Украины в четверг сообщили", "…, сообщили украинские ВВС.", "по данным ВВС Украины, …"); else it is
# the force that did something ("Украинские ВВС получили новые самолёты", "истребитель Су-27 ВВС Украины"), not who
# tells the count (and no place): a wire's abbreviation for the air force, which names the force as often as its voice
TELLS_ONLY_NAMES = r"(?:украинск\w*\s+ВВС|ВВС\s+(?:ВСУ|Украины))"
TELLS_ONLY_AFTER = r"\s*(?:[.,;:!?»\")]|$)|\s+(?:[\w-]+\s+){0,2}?" + TELLER_AFTER_VERBS
HEDGES = r"(?:якобы|по\s+утверждению|как\s+утверждают|утверждает|утверждают)"

_SIDE_SOURCE = (r"(?:по\s+(?:данным|информации|словам|сведениям|версии)|как\s+(?:сообщил\w*|заявил\w*))\s+"
                r"{side}\s+(?:сторон\w*|военн\w*)|"
                # (the subject of its verb of saying, with no comma between: not "Российские военные, сообщили в
                # ОВА, атаковали …", where someone else told that they attacked)
                r"{side}\s+(?:сторон\w*|военн\w*)(?=\s+(?:заявил|сообщил|утвержда|сообща|заявля)\w*)")
# the offices of a national body's people, the body named after them (data: ROLE words, not regional heads): a deputy
# minister, the ministry's spokesperson or press secretary, an adviser or deputy of the minister
_NATIONAL_OFFICE = (r"(?:(?:(?:заместител|советник|помощник)\w*\s+)?министр(?:а|у|ом)?\s+обороны|"
                    r"(?:заместител\w*|советник\w*|официальн\w*\s+представител\w*|представител\w*|пресс-?секретар\w*|"
                    r"спикер\w*|(?:руководител\w*|начальник\w*)\s+(?:пресс-?службы|пресс-?центра|департамента\s+коммуникаций))"
                    r"\s+(?:Минобороны|министерства\s+обороны))")
# another country's ministry named after the office ("министр обороны Польши"): none of the two sides'
_FOREIGN_BODY = (r"\s+(?:США|Соедин[её]нных|Польши|Румынии|Молдавии|Молдовы|Германии|Франции|Великобритании|Британии|Беларуси|"
                 r"Белоруссии|Литвы|Латвии|Эстонии|Финляндии|Швеции|Норвегии|Израиля|Ирана|Турции|Китая|КНДР|Нидерландов|Дании|"
                 # or any country the list lacks, by its genitive's ending ("Японии", "Канады", "Венгрии", an abbreviation
                 # "ОАЭ"), case-sensitive (a name after the office is in the nominative: "Андрей", "Анна")
                 r"(?-i:[А-ЯЁ][а-яё]*(?:ии|ши|нады)|[А-ЯЁ]{2,5})\b)")
# an adviser or deputy head of Ukraine's head of state's office ("советник главы Офиса президента Украины")
_PRESIDENT_ADVISER = (r"(?:советник\w*|заместител\w*|спикер\w*|пресс-?секретар\w*)\s+(?:(?:руководителя|главы)\s+)?"
                      r"Офиса\s+президента(?:\s+Украины)?|(?:глав\w*|руководител\w*)\s+Офиса\s+президента(?:\s+Украины)?|(?:советник\w*|спикер\w*|пресс-?секретар\w*)\s+президента\s+Украины")
CLAIMANTS: list[tuple[str, str, str, str]] = [
    (r"(?:Минобороны|Министерств\w*\s+обороны|МО)\s+(?:России|РФ|Российской\s+Федерации)|"
     r"российск\w*\s+(?:Минобороны|Министерств\w*\s+обороны|военн\w*\s+ведомств\w*)|"
     r"(?<![Уу]краины\s)Минобороны(?!\s+Украины)",
     "Russian Ministry of Defence", "ministry", "RU"),
    # formulas only the Russian MoD's own posts use
    (r"дежурн\w*\s+средств\w*\s+(?:ПВО|противовоздушной\s+обороны)|"
     r"в\s+ходе\s+отражения\s+попытки\s+киевского\s+режима",
     "Russian Ministry of Defence", "ministry", "RU"),
    (r"Воздушн\w*\s+сил\w*\s+(?:ВСУ|Вооруженных\s+сил\s+Украины|Украины)|Командовани\w*\s+Воздушных\s+сил|"
     r"украинск\w*\s+Воздушн\w*\s+сил\w*|Воздушн\w*\s+сил\w*|(?:Юри\w*\s+)?Игнат(?:а|у|ом)?(?=\W)|"
     # (a wire's abbreviation, told as Ukraine's: "…, сообщили в среду украинские ВВС", "по данным ВВС Украины";
     # only where it tells: TELLS_ONLY_NAMES)
     r"украинск\w*\s+ВВС|ВВС\s+(?:ВСУ|Украины)",
     "Ukrainian Air Force", "air_force", "UA"),
    (r"Генштаб\w*\s+ВСУ|Генеральн\w*\s+штаб\w*\s+(?:ВСУ|Вооруженных\s+сил\s+Украины)",
     "General Staff of the Armed Forces of Ukraine", "military_command", "UA"),
    # Ukraine's Commander-in-Chief ("по словам главнокомандующего ВСУ Александра Сырского"; not
    # Russia's commanders-in-chief, nor the Supreme one)
    (r"[Гг]лавнокомандующ\w*\s+(?:ВСУ|Вооруж[её]нн\w*\s+сил\w*\s+Украины)(?:\s+(?:Валери\w*\s+Залужн\w*|Александр\w*\s+Сырск\w*))?|"
     r"(?:Валери\w*\s+)?Залужн\w*|(?:Александр\w*\s+)?Сырск\w*",
     "Commander-in-Chief of the Armed Forces of Ukraine", "military_command", "UA"),
    (r"Сил\w*\s+обороны\s+(?:юга|севера|востока)|ОК\s+[«\"]?(?:Юг|Север|Запад|Восток)[»\"]?|ВМС\s+(?:ВСУ|Украины)",
     "Ukrainian military command", "military_command", "UA"),
    (r"Минобороны\s+Украины|Министерств\w*\s+обороны\s+Украины", "Ministry of Defence of Ukraine", "ministry", "UA"),
    # a national official told by his office, not by a region ("заместитель министра обороны Украины Петра Выдуманная",
    # "официальный представитель Минобороны"): his ministry's or office's voice, a claim of his own (not a part of the
    # claim told before); of Ukraine's where the body is named so, else, as the ministry unqualified, of Russia's
    (_NATIONAL_OFFICE + r"\s+Украины", "Ministry of Defence of Ukraine", "ministry", "UA"),
    (_NATIONAL_OFFICE + r"(?:\s+(?:России|РФ|Российской\s+Федерации))?(?!\s+Украины)(?!" + _FOREIGN_BODY + ")",
     "Russian Ministry of Defence", "ministry", "RU"),
    (_PRESIDENT_ADVISER, "Office of the President of Ukraine", "official", "UA"),
    # heads of state telling a week's or a night's figures
    (r"[Пп]резидент\w*\s+Украины(?:\s+Владимир\w*)?(?:\s+Зеленск\w*)?|(?:Владимир\w*\s+)?Зеленск\w*",
     "President of Ukraine", "official", "UA"),
    (r"(?:Владимир\w*\s+)?Путин\w*", "President of Russia", "official", "RU"),
    (r"Минобороны\s+Беларуси|белорусск\w*\s+военн\w*", "Belarusian Ministry of Defence", "ministry", "other"),
    # a side named only as a side, the source of a figure ("по данным украинской стороны, ракета сбита",
    # "украинские военные заявили"): that side's figure, not the claim of the ministry told before
    # (who exactly is told elsewhere: VAGUE_CLAIMANTS); "выпущенных украинской стороной" is the attacker
    (_SIDE_SOURCE.format(side=r"украинск\w*"), "Ukrainian military", "military_command", "UA"),
    (_SIDE_SOURCE.format(side=r"российск\w*"), "Russian military", "ministry", "RU"),
]
# "над областю", "over our region": where the speaking official's own region is meant
# ("силы ПВО в регионе уничтожили все цели", "в районах области сбиты 5 беспилотников")
# ("над районами города и над морем": the city's districts, none named)
OWN_REGION = (r"(?:над|в\s+небе\s+над)\s+(?:нашей\s+)?(?:областью|регионом|краем|городом|столицей|республикой|полуостровом|(?:территорией|районами)\s+(?:области|региона|края|города|столицы|полуострова))|"
              r"в\s+(?:районах\s+)?(?:области|регионе|крае)|на\s+территории\s+(?:области|региона|края|полуострова)|"
              # ("12 дронов сбиты при подлёте к столице": the city they flew at, not named)
              r"(?:на|при)\s+подл[её]те\s+к\s+(?:столице|городу)")
OWN_CITY = r"(?:городом|столицей|города|столицы|столице|городу)$"  # which OWN_REGION words name the speaker's city itself
# which OWN_REGION words name the peninsula: in these reports Crimea, whoever speaks (Sevastopol's head too)
OWN_PENINSULA = r"(?:полуостровом|полуострова)$"
OWN_CAPITAL = r"(?:столицей|столицы|столице)$"  # of them, the one that names the country's capital where another region is named
# a bare number agrees with its weapon's gender: "три ракеты и три беспилотника, над Брянской — ещё две" (the
# missiles), "ещё два" (the drones); the weapon words of the feminine
FEMININE_NUMBER = r"(?:две|обе|одна)\b"
MASCULINE_NUMBER = r"(?:два|оба|один)\b"
FEMININE_WEAPON = r"(?:(?:авиа)?ракет|авиабомб|бомб)\w*"

# Words beside an office that make its holder a Russian-installed one ("the Moscow-installed
# governor of Zaporizhzhia"): he speaks for Russia whatever region he names.
# (and an okrug's office: Ukraine's local units are raions and hromadas, an okrug in a Ukrainian region is
# the Russian-installed one's, "глава администрации Каменско-Днепровского муниципального округа")
OCCUPATION_MARKERS = r"(?:назначенн\w*|поставленн\w*)\s+(?:Москвой|Кремл[её]м|Россией)|\bокруг(?:а|е|ом|у)?\b|оккупационн\w*|пророссийск\w*"

VAGUE_CLAIMANTS = frozenset({"Ukrainian military", "Russian military"})  # see lexicon.en
REGIONAL_COMMANDS = frozenset({"Ukrainian military command"})  # see lexicon.en

# Where a claim's own sentences name nobody and no official speaks in the report: wording only
# one side uses (see attribute._attribute_the_unattributed).
SIDE_FORMULAS: list[tuple[str, str, str, str]] = [
    (r"защитник\w*\s+неба|Сил\w*\s+обороны\s+Украины|украинск\w*\s+(?:ПВО|защитник\w*|военн\w*)|"
     r"(?:воздушн\w*\s+командовани\w*|ВК)\s+[«\"]?(?:Восток|Запад|Юг|Центр)"
     # "огневые группы ВСУ сбили 12 дронов оккупантов": only Ukraine's side calls them occupiers
     r"|огнев\w*\s+групп\w*\s+ВСУ|оккупант\w*",
     "Ukrainian air defence", "military_command", "UA"),
    (r"российск\w*\s+(?:ПВО|систем\w*\s+ПВО|средств\w*\s+(?:ПВО|противовоздушной\s+обороны))|"
     # "уничтожены восемь украинских беспилотников", "два дрона ВСУ": only Russia's side downs Ukraine's drones;
     # "указали в ведомстве" with no ministry named before: the ministry of these reports is Russia's (as en "the ministry")
     r"украинск\w*\s+(?:беспилотн\w*|БПЛА|БЛА|дрон\w*)|(?:беспилотник\w*|БПЛА|БЛА|дрон\w*)\s+ВСУ|в\s+ведомстве",
     "Russian Ministry of Defence", "ministry", "RU"),
]
# the side that defends, as the text's words give it away (for an office named without its region)
DEFENDER_SIDE_CUES: list[tuple[str, str]] = [
    (r"украинск\w*\s+(?:беспилотн\w*|БПЛА|БЛА|дрон\w*|ракет\w*)|(?:беспилотник\w*|БПЛА|дрон\w*)\s+ВСУ", "RU"),
    (r"российск\w*\s+(?:беспилотн\w*|БПЛА|дрон\w*|ракет\w*)|шахед\w*|\bОВА\b", "UA"),
]

ANAPHORA = {
    r"ведомств\w*|министерств\w*": "ministry",
    r"(?:дежурн\w*\s+)?средств\w*\s+ПВО|ПВО|противовоздушн\w*\s+оборон\w*|мобильн\w*\s+огнев\w*\s+групп\w*|"
    r"расчет\w*\s+ПВО|зенитн\w*": "any",
}

ROLE_WORDS = (
    r"(?:врио\s+губернатора|временно\s+исполняющ\w*\s+обязанности\s+губернатора|губернатор\w*|"
    r"глав\w*\s+(?:региона|республики|администрации|Республики)|глав\w*|мэр\w*|"
    # (and the body's short name joined to its town's, "руководитель ДнепрОВА", "начальник ХарьковОВА": an oblast's)
    r"(?:начальник|руководител)\w*\s+(?:областной\s+|городской\s+)?(?:военной\s+администрации|ОВА|ГВА|"
    r"[А-ЯЁ][а-яё']+ОВА(?![\w'-]))|"
    r"руководител\w*\s+(?:областной\s+)?(?:военной\s+)?администрации)"
)
TOWN_ROLE_WORDS = r"(?!)"  # (English "Kyiv Mayor …" after the town's name; here the title comes first)
_NAME = r"[А-ЯЁ][а-яё']+(?:-[А-ЯЁ][а-яё']+)?(?:\s+[А-ЯЁ][а-яё']+(?:-[А-ЯЁ][а-яё']+)?){1,2}(?![\w-])"
_REGION = (
    # ("главы Каменско-Днепровского муниципального округа": a name of two capitalised parts, the unit's kind
    # between it and "округа")
    r"[А-ЯЁ][а-яё'-]+(?:-[А-ЯЁ][а-яё'-]+)?(?:ой|ого|ей|ая|ий|ый|ом)?\s+(?:(?:муниципальн|городск)\w+\s+(?=округа))?(?:области|края|округа|республики|района)|"
    r"Республики\s+[А-ЯЁ][а-яё'-]+|[А-ЯЁ][а-яё'-]+(?:ой|ого)\s+(?:ОВА|ГВА)|[А-ЯЁ][а-яё'-]+ого\s+областного\s+совета|"
    # (the administration's full name: "по словам главы Сумской областной военной администрации, …")
    r"[А-ЯЁ][а-яё'-]+(?:ой)\s+(?:областной|городской)\s+военной\s+администрации|"
    r"Москвы|Севастополя|Санкт-Петербурга|Крыма|Подмосковья|Кубани"
)
# a region's colloquial name, with the official's name after it ("глава Белгородчины Вячеслав Гладков"); an
# office told so with no name ("руководитель Брянщины") is left to the one named before
_REGION_NAMED = _REGION + r"|[А-ЯЁ][а-яё'-]+(?:щины|чины)(?![\w-])"
NAME_AFTER_ROLE = rf",?\s+{_NAME}"  # "в Белгороде, губернатор Вячеслав Гладков": the name after the office
PEOPLE = [
    # "Вячеслав Гладков, губернатор Белгородской области"
    rf"(?P<name>{_NAME}),\s+(?P<role>{ROLE_WORDS})(?:\s+(?P<region>{_REGION}))?",
    # "губернатор Курской области Иван Петров", "мэр Москвы Сергей Собянин"
    rf"(?i:(?P<role>{ROLE_WORDS}))\s+(?P<region>{_REGION_NAMED}),?\s+(?P<name>{_NAME})",
    # a city's office and the city in the genitive ("мэр Харькова Игорь Терехов"): the city is no part of the name
    rf"(?i:(?P<role>мэр(?:а|у|ом|е)?(?!\w)|глав\w*\s+города))\s+(?P<region>[А-ЯЁ][а-яё'-]+),?\s+(?P<name>{_NAME})",
    # "губернатор Вячеслав Гладков"
    # and "губернатор города Михаил Развожаев": the unit the office is of, named by its kind
    rf"(?i:(?P<role>{ROLE_WORDS}))(?:\s+(?:города|региона|области|края|республики))?,?\s+(?P<name>{_NAME})",
]
# An office with its region and no name ("губернатор Белгородской области сообщил")
OFFICES = [
    rf"(?i:(?P<role>{ROLE_WORDS}))\s+(?P<region>{_REGION})",
    # the region's adjective alone before a dash or comma, "области" left out: "…, а губернатор Белгородской – о трёх"
    r"(?i:(?P<role>губернатор\w*|глав\w*\s+региона))\s+(?P<region>(?-i:[А-ЯЁ][а-яё-]+(?:ской|цкой)))(?=\s*[-–—,])",
    # "…, сообщил губернатор в Telegram", "Губернатор написал, что …": the office, its region the sentence's or
    # the one he was named for before, else none (his side the text's other cues give)
    # (the office where it tells, not "дом губернатора")
    r"(?i:(?<=сообщил\s)|(?<=написал\s)|(?<=заявил\s)|(?<=уточнил\s)|(?<=добавил\s)|(?<=рассказал\s))"
    r"(?i:(?P<role>губернатор|глава\s+региона))\b(?!\s+(?-i:[А-ЯЁ])|\s+(?:област|кра[яюе]|республик|город))",
    r"(?i:\b(?P<role>губернатор|глава\s+региона))(?=\s+(?:в\s+\w+\s+)?(?:сообщил|написал|заявил|уточнил|добавил|рассказал)\b)",
    # "…, сообщил глава ОВА": a Ukrainian administration's head, no region named (as uk "повідомив голова ОВА")
    r"(?i:(?<=сообщил\s)|(?<=написал\s)|(?<=заявил\s)|(?<=уточнил\s)|(?<=добавил\s)|(?<=рассказал\s))"
    r"(?i:(?P<role>(?:глава|начальник|руководитель)\s+(?-i:ОВА|ГВА)))\b(?!\s+(?-i:[А-ЯЁ]))",
    r"(?i:\b(?P<role>(?:глава|начальник|руководитель)\s+(?-i:ОВА|ГВА)))(?=\s+(?:в\s+\w+\s+)?(?:сообщил|написал|заявил|уточнил|добавил|рассказал)\b)",
]
# a clause of another speaker ends a breakdown item's places: "о пяти сбитых над Курской областью, а
# губернатор Белгородской – о трёх" (the governor's region is no place of the ministry's five)
# (and a clause of an earlier downing, a statement of its own: "Вечером мэр сообщил об уничтожении двух дронов, до
# этого ПВО сбили четыре беспилотника" — the four are that earlier report's, not parts of the two)
ITEM_STOP_SPEAKER = (rf",\s*(?:(?:а|и|но)\s+(?:{ROLE_WORDS})\b"
                     r"|(?:а\s+)?(?:до\s+этого|перед\s+этим)\s+(?=(?:[\w-]+\s+)??(?:[\w-]+\s+)??(?:[\w-]+\s+)??(?:сбил|сбит|уничтож|перехват)))")
# a person or office of its own telling the sentence ("…, сообщил мэр"), not the claim told before
ROLE_SAID = rf"(?:{ITEM_STOP})\s+(?:{ROLE_WORDS})"
AUTHORITIES = (
    # a region's government, administration or operational headquarters named with its region or town
    r"(?:правительств\w*|администраци\w*|оперативн\w*\s+штаб\w*|оперштаб\w*)\s+"
    r"(?-i:[А-ЯЁ][а-яё-]+(?:ой|ого))\s+(?:област\w*|кра[яюе]\b)|"
    r"(?:администраци\w*|оперативн\w*\s+штаб\w*|оперштаб\w*)\s+(?:города\s+)?(?-i:[А-ЯЁ][а-яё-]+)\b|"
    r"(?:региональн\w*|местн\w*|муниципальн\w*|областн\w*|городск\w*)\s+(?:власт\w*|администраци\w*|"
    r"чиновник\w*)|власт\w*|оперативн\w*\s+штаб\w*|оперштаб\w*|экстренн\w*\s+служб\w*|"
    # a Ukrainian military administration or rescue service in Russian ("сообщает ОВА", "по данным ГСЧС")
    # (its adjective a word, or two joined by a hyphen, each read once, its ending asked behind it: a chain of
    # hyphened words "оперативно-оперативно-…" was scanned to its end from each of its words, square in it)
    r"(?:[А-ЯЁ][а-яё]*+(?:-[а-яё]++)?(?:(?<=ой)|(?<=ая))\s+)?(?:ОВА|ОГА|ГВА|КГВА|МВА)\b|ГСЧС|МЧС|спасател\w*"
)
# an administration's name in full ("Киевская городская военная администрация", "в Харьковской
# областной военной администрации"): AUTHORITIES too, but a family of its own, gated by its last word
# (as an alternative of AUTHORITIES its gate took "област…", which every MoD list has)
AUTHORITY_NAMES = (
    r"\b(?:(?:[А-ЯЁ][а-яё-]+(?:ая|ой|ую|ей)\s+)?(?:городск|областн)\w*\s+(?:военн\w*\s+|государственн\w*\s+)+"
    r"администраци\w*)\b"
)
# the body an administration's name says, the English words of its name, whether a region or a town
# names it, and the town an abbreviation names by itself ("правительство Белгородской области" ->
# Belgorod Oblast Government, "КГВА" -> Kyiv City Military Administration); the first that matches
ADMINISTRATION_BODIES = [
    (r"\bКГВА\b", "City Military Administration", "city", "Киев"),
    (r"\b(?:ГВА|МВА)\b|городск\w*\s+военн\w*\s+администраци", "City Military Administration", "city", None),
    (r"\bОВА\b|областн\w*\s+военн\w*\s+администраци", "Military Administration", "region", None),
    (r"\bОГА\b|областн\w*\s+государственн\w*\s+администраци", "State Administration", "region", None),
    (r"правительств", "Government", "region", None),
    (r"оперативн\w*\s+штаб|оперштаб", "Operational Headquarters", "region", None),
    (r"администраци(?=\w*\s+[А-ЯЁ][а-яё-]+(?:ой|ого)\s+(?:област|кра))", "Administration", "region", None),
    (r"администраци", "City Administration", "city", None),
]

# what suffers but is nobody: "пострадали два спиртзавода", "постраждали 3 будинки", "two houses were hit"
# animals, no victims of an attack: "погибли три коровы", "скот спасти не удалось"; not the people who keep
# them, whose word opens with the animal's ("животновод", "птицевод", "скотник", "телятница", "свинарь")
_ANIMAL_GUARD = r"(?!\w*(?:вод|ник|ниц|ар[ьяюеиокё]|ар\b))"
_HERD = r"поголовь\w*"  # (a herd's word: no item of a list of victims, see _ITEM)
_ANIMALS = (r"(?:скот\w*|коров\w*|тел[её]н\w*|телят\w*|бык\w*|свин\w*|овц\w*|овец|коз(?:а|ы|у|ой|\b)|коз[её]л\w*|"
                r"лошад\w*|кур(?:ы|ица|иц)\w*|птиц\w*|животн\w*|собак\w*|пс(?:а|ы|ов)\b|кошк\w*|кош(?:ек|ка)\b|кот(?:а|ы|ов)?\b)")
ANIMAL_NOUNS = rf"{_ANIMAL_GUARD}(?:{_HERD}|{_ANIMALS})"
THING_NOUNS = (
    r"(?:здани\w*|дом(?:а|е|ов|ах|ам|ами)?\b|домовладени\w*|предприяти\w*|\w*завод\w*|объект\w*|автомобил(?!ист)\w*|машин(?!ист)\w*|"
    r"строени\w*|постро[её]к\w*|квартир\w*|гараж\w*|склад\w*|магазин\w*|школ\w*|учреждени\w*|"
    r"транспортн\w*|многоэтаж\w*|подстанци\w*|котельн\w*|кровл\w*|окон|окна|сооружени\w*)"
)
# the hits or blasts a count may count, no people: "не менее пяти взрывов и один пострадавший"
HIT_COUNT_NOUNS = r"(?:взрыв\w*|удар(?:а|ов|ы)?\b|прил[её]т\w*|попадани\w*)"
# the place of the event the sentence before told: "Это произошло в Грайвороне" (an attack there only
# after a sentence that told an event: attribute.incidents)
# (or the event by a word of its own, a settlement's type word before its name: "ЧП произошло в селе
# Ясном", "инцидент случился на въезде в поселок …"; up to two words before the preposition and any one
# lower-case word before the name, not a list of them: the incidents family's gate keeps its word paths,
# which a list of alternatives multiplied past gates._MAX_PATHS, and then any one of its words admitted
# a sentence: "вечера" alone made a library's notice relevant to the batch prefilter)
HAPPENED_IN = (r"\b(?:это|вс[её]\s+это|инцидент|происшествие|трагедия|ЧП)\s+(?:произош\w*|случил\w*)\s+"
               r"(?:\w+\s+){0,2}?(?:в|во|на|под)\s+(?:(?-i:[а-яё]+)\.?\s*)?(?-i:[А-ЯЁ])")
INCIDENTS: dict[str, str] = {
    "attack_reported": r"(?:атак\w*|атаковал\w*|нападени\w*|налет\w*|налёт\w*|пытал\w*\s+атаковать|обстрел\w*|"
                       # "последствия удара зафиксированы в … районах": where the strike's aftermath is
                       # ("последствия вражеской агрессии выясняются в … громадах": of the attack, whatever its word, told
                       # where it is, not a place of another clause: "последствия агрессии выясняются, …, а в … громаде
                       # прошла ярмарка"; nor an earlier attack's: "последствия прошлогодней агрессии в … устраняют")
                       r"последстви\w*\s+(?:(?!(?:прошлогодн|прошл|позапрошл|минувш|давн)\w*\s)[\w-]+\s+){0,2}?"
                       r"(?:удар\w*|(?:атак|обстрел|агресси|нападени)\w*(?=\s+(?:[\w-]+\s+){0,2}?(?:в|во|на)\s))|"
                       # "жители Энска слышали хлопки", "в городе прозвучали хлопки": bangs heard there
                       r"(?:слыш\w*|прозвуч\w*|раздал\w*|раздают\w*)\s+(?:[\w-]+\s+){0,2}?хлопк\w*|хлопк\w*\s+(?:[\w-]+\s+){0,2}?(?:слыш\w*|прозвуч\w*|раздал\w*)|"
                       r"под\s+(?:\w+\s+)?ударом|штурмовал\w*|штурму[ею]т|\bбь?(?:ил[аи]?|ют|[её]т)\s+(?:[\w-]+\s+){0,4}?по\b|(?:враг|противник|оккупант\w*|россиян\w*|ВСУ)\s+(?:\w+\s+)?применил\w*|"
                       r"(?:вы|за)пустил\w*\s+(?:[\w-]+\s+){0,2}?по\b|"
                       # "оккупанты целились в объект инфраструктуры города": what the strike was aimed at
                       r"\bцелил(?:ись|ся|ась|и|а)\s+(?:[\w-]+\s+)?(?:в|по|на)\s+(?:объект|предприяти|инфраструктур|дом|город|сел)\w*|"
                       # "оккупанты пытались уничтожить в городе объекты энергетики": what the strike tried to destroy
                       r"\bпыта\w*\s+(?:[\w-]+\s+)?(?:уничтожить|поразить|разрушить)\b|"
                       # "применили FPV-дроны и РСЗО \"Град\" по Никополю": the weapons used against a place (named)
                       r"применил\w*\s+[^.;!?\n]{0,60}?(?<!\w)по\s+(?-i:[А-ЯЁ])|"
                       # "ударил ракетой по громаде": a strike at a place, as the Ukrainian "вдарив … по"
                       r"\bудари\w*\s+(?:[\w-]+\s+){0,4}?по\b|"
                       r"под\s+(?:\w+\s+)?(?:огн[её]м|удар|удары|ударами)\b|накры\w*\s+(?:\w+\s+)?огн[её]м|терроризир\w*|"
                       # "продолжил террор Никопольщины", "города провели утро в условиях ракетного террора" (not a topic: "книга о терроре …")
                       r"(?<!\bо\s)(?<!\bпро\s)террор\w*\s+(?-i:[А-ЯЁ])|в\s+условиях\s+(?:[\w-]+\s+)?террора|"
                       # a strike told after one before it, its verb left out: "Вечером – по Марганецкой громаде."
                       r"^\W*(?:(?:поздно|рано|затем|потом)\s+)?(?:ночью|вечером|утром|дн[её]м|затем|позже|потом)\s+[-–—]\s+по\b"
                       # (no verb of its own after it: "Вечером – по Белгороду прошёл концерт" tells no strike)
                       r"(?![^.!?;]*?\w(?:ли|ла|ло|лся|лась|лось|лись|ёл|ел|ал|ил|ыл|ул|ял|ена|ено|ены|ана|ано|аны)\b)|"
                       # the place of the event just told: "Это произошло в Грайвороне"
                       rf"{HAPPENED_IN})",
    "attack_repelled": r"(?:отражен\w*|отбит\w*|отразил\w*|отразили)",
    # ("часть дронов — 18 — была сбита над …": the most of them, not a drone's part)
    "debris": r"(?:облом(?:ок|к\w*)|(?<!большая\s)(?<!основная\s)(?<!значительная\s)\bчаст[ьи]\s+(?:\w+\s+)?"
              r"(?:беспилотник(?!ов)\w*|дрон(?!ов)\w*|БПЛА|ракет[аыеуо]\w*)|фрагмент\w*|падени\w*\s+(?:обломков|БПЛА|беспилотник\w*|дрон\w*)|осколк\w*|"
              # munitions found where they fell ("снаряды были обнаружены в селе …", "нашли неразорвавшийся боеприпас"; not
               # "снаряды не были обнаружены")
              r"(?:суб)?(?:снаряд\w*|боеприпас\w*)\s+(?:(?!не\b)[\w-]+\s+){0,2}?(?:обнаруж\w*|найден\w*|нашли)|"
              r"(?<!не )(?:обнаруж\w*|найден\w*|нашли)\s+(?:[\w-]+\s+){0,2}?(?:суб)?(?:снаряд\w*|боеприпас\w*))",
    "fire": r"(?:пожар\w*|возгорани\w*|загорел\w*|загорани\w*|горени\w*|\bгорел[аио]?\b|\bгор(?:ит|ят)\b)",  # ("горят машины")
    "damage": r"(?:пострадал\w*\s+(?:[\w-]+\s+){0,2}?"
               rf"{THING_NOUNS}|"
               # ("Пострадали Кировский и Ворошиловский районы Волгограда", "Больше всего пострадал Подольский район
               # столицы": the city's districts)
               r"пострадал\w*\s+(?:[\w-]+\s+){0,3}?район(?:ы|а|ов)?\b|"
               r"поврежд\w*|повред\w*|выбит\w*|выбил[аои]?\b|разрушен\w*|разрушил\w*|посечен\w*|посекл[аои]?\b|\bпобит\w*|"
               # (what a strike cut off: "в Гомеле перебои с водой", "часть города обесточена")
               r"обесточ\w*|перебо\w+\s+(?:со?\s+)?(?:электр|свет|вод|тепл|газ)\w*|блэкаут\w*)",
    # ("нанесла удар ракетами «Точка-У» … по жилым кварталам Белгорода": the strike told with its weapons before its goal)
    "hit": r"(?:попадани\w*|прил[её]т\w*|нан[её]с\w*\s+(?:\w+\s+)?авиаудар\w*|нан[её]с\w*\s+(?:[\w-]+\s+){0,2}?удар\w*\s+(?:ракет|беспилотник|дрон|бпла|авиабомб|бомб)[^.;!?\n]{0,80}?(?<!\w)по\s|удар\w*\s+(?:(?:пришл|приш[её]л)\w*\s+на\s+|по|в)|взрыв\w*|взорвал\w*|сдетонировал\w*|врезал\w*|\bгромко\b|\bпопал[аио]?\b|\bдосталось\b|(?<!обломок\s)(?<!сбитого\s)(?:беспилотник\w*|бпла|дрон\w*|ракет\w*)\s+(?:[\w-]+\s+){0,2}?упал[ао]?\b|"
           # "беспилотник поразил предприятие": what the weapon struck (as the Ukrainian "уразив")
           r"(?:беспилотник\w*|бпла|дрон\w*|ракет\w*)\s+(?:[\w-]+\s+){0,2}?поразил[аио]?\b|"
           # the adverbial participle, whoever struck: "дроны долетели до Волыни, поразив склад в Ковеле"
           r"\bпоразив(?:ши)?\b|"
           # ("В Судогодском районе упал беспилотник": the verb first; not "упали обломки дрона", "упал сбитый БПЛА")
           r"\bупал[аио]?\s+(?:(?!облом|фрагмент|част|сбит)[\w-]+\s+){0,2}?(?:беспилотник\w*|бпла\b|дрон\w*|ракет\w*)|"
           r"после\s+(?:[\w-]+\s+){0,2}?удар(?:ов|а)\b|"
           # the place before the strikes: "По Харькову было нанесено несколько мощных ударов"
           r"\bпо\s+(?-i:[А-ЯЁ])[\w-]+\s+(?:[\w-]+\s+){0,4}?удар(?:ы|ов|ами)\b|"
           # "дрон сбросил взрывное устройство на автомобиль"
           r"сброс\w*\s+(?:[\w-]+\s+)?(?:взрывн\w*|ВОГ\w*|боеприпас\w*|гранат\w*|СВУ|бомб\w*))",
    # ("в результате удара мужчина скончался": a death told by its verb, as "погиб")
    "casualties": r"(?:получил\w*\s+(?:[\w-]+\s+)?ожог\w*|ранен\w*|пострадал\w*|погиб\w*|скончал(?:ся|ась|ись)|убит\w*|жертв\w*|госпитализирован\w*|доставлен\w*)",
}
NEGATION = r"(?:\bне\b|\bнет\b|\bбез\b|\bни\b|никто|никого)"
# the people an "all" before a destroy verb names ("всем нашим героям, кто уничтожает"): the ones destroying, not the weapons
ALL_OF_PEOPLE = r"(?:кто|геро[еия]\w*|воин\w*|бойц\w*|военнослужащ\w*|защитник\w*)\b"
# "нет погибших, раненых и серьёзных разрушений": a negation before a list reaches its last item
NEGATED_LIST = r"(?:\bнет|\bбез)\s+(?:\w+\s+)?(?:\w+,\s+){1,4}(?:\w+\s+)?(?:и|или|ни)\s+(?:\w+\s+){0,2}$"
# a fire or a hit of lightning ("где из-за удара молнии загорелся склад"): no attack's (not "молниеносн…")
NATURAL_CAUSE = r"(?<!\w)молни(?:я|и|ю|ей|ями|ях)?\b"
# "разрушений и пострадавших на земле нет", "о разрушениях на земле не поступала"
NEGATION_AFTER = r"\s*(?:(?:и|на|в|во)\s+\w+\s+){0,3}(?:нет|не\s+было|не\s+зафиксирован\w*|не\s+допущено|не\s+поступал\w*)\b"
# a bare "нет" closing the sentence after a few plain words, or after an aside in commas ("разрушений в
# результате атаки нет", "разрушений, по предварительным данным, нет"), where the word opens its clause
# (not "подтверждения информации об обстреле города … нет": what is denied is the word before it)
NEGATION_CLOSING = r"\w*(?:\s+[\w-]+){0,7}?(?:,\s+[\w-]+(?:\s+[\w-]+){0,3},)?\s+нет\s*(?:[.!]|$)"
# "по одному пострадавшему в каждом районе": a toll told for each of the places the sentence names
# after a town's name, its region with it: "погибли трое в Киеве и области" (a toll told for the town and
# the region around it: the town's toll told before is part of it)
AND_REGION_AFTER = r"(?:\s*,\s+|\s+)(?:и|а\s+также)\s+(?:(?:в|во|на)\s+)?(?:области|регионе|пригороде|пригородах|окрестностях)(?![\w'’-])"
TOLL_IN_EACH = r"\b(?:в|во)\s+каждо(?:м|й)\s+(?:из\s+)?(?:\w+\s+)?(?:област|район|город|сел|округ|населенн|населённ)\w*"
# victims told with a relative clause of when they were hurt: see lexicon.uk
HURT_THEN_CLAUSE = (r",\s*(?:которые|который|которая)\s+(?:[^,;.]*?\s)?(?:пострадал\w*|ранен\w*|травмирова\w*|"
                    r"получил\w*\s+(?:ранени|травм)\w*)\b[^;]*")
VICTIMS_CLAUSE_OPEN = r";|,\s*(?:а|но|также|ещ[её])\b|\bтакже\b"
NO_CASUALTIES = (
    r"(?:пострадавших(?:\s+и\s+\w+)?\s+нет|без\s+пострадавших|никто\s+не\s+пострадал|обошлось\s+без\s+(?:пострадавших|жертв)|"
    r"жертв\s+и\s+пострадавших\s+нет|пострадавших\s+и\s+погибших\s+нет|не\s+пострадал\w*|"
    r"обошлось\s+без\s+жертв)"
)
# "угроза атаки БПЛА", "опасность падения обломков": a warning, no event (not the time of blasts heard:
# "во время тревоги прогремели взрывы", "тревоги были слышны взрывы")
# ("Возможны взрывы, оставайтесь в укрытиях", "возможно падение обломков": a warning too)
THREAT_BEFORE = (r"(?:угроз\w*|опасност\w*|риск\w*|тревог\w*|(?<!\w)возможн(?:ы|ен|а|о))\s+(?!(?:[\w-]+\s+)?(?:прогреме|прогрем|раздал|раздава|слыш)\w*\s)"
                 r"(?:[\w-]+\s+){0,2}$")
# the warning told after the word: "взрывы возможны", "падение обломков вероятно"
THREAT_AFTER = r"\s+(?:также\s+)?(?:возможн(?:ы|ен|а|о)|вероятн(?:ы|ен|а|о))(?!\w)"
# explosions told only as heard or sounding ("в Киеве гремят взрывы", "раздавались взрывы", "сообщил о взрывах в …",
# "звуки взрывов", "взрывы были слышны"): no hit where they sounded, and the read golds list no place for them
# (ru-f49-08, ru-f51-06, ru-f54-15, ru-f56-12); incidents.py asks it of the "hit" word it covers
HEARD_BLAST = (r"(?:звук\w*|слыш\w*|раздал\w*|раздава\w*|раздаю\w*|разда[её]тся|прогремел\w*|гремел\w*|гремя\w*|гремит|"
               r"(?:сообщ|информир|рассказ|пиш)\w*\s+(?:[\w-]+\s+)?(?:о|об|про))\s+(?:[\w-]+\s+){0,4}?взрыв\w*|"
               r"взрыв\w*\s+(?:[\w-]+\s+){0,3}?(?:раздал\w*|раздава\w*|раздаю\w*|разда[её]тся|прогремел\w*|гремел\w*|гремя\w*|гремит|"
               r"слыш\w*|был[иао]?\s+слышн\w*)")
# the next sentence's word for the place the blasts sounded: "В Одессе раздались взрывы. Атака дронов на город длилась
# час", "… били по городу ракетами", "… повредили здесь дом", "до цели долетели «Герани»": they were the attack there
HEARD_THERE = r"(?<!\w)(?:там|здесь|тут|город|города|городу|городом|городе|до\s+цел(?:и|ей))(?!\w)"
# a sentence opening with an earlier week, month or year ("На прошлой неделе противник атаковал Киев, Одессу и Харьков"):
# background, no place of the report's (see lexicon.en)
EARLIER_PERIOD_OPENING = (r"^\W*(?:на\s+прошлой\s+неделе|в\s+прошлом\s+(?:месяце|году)|ранее\s+в\s+этом\s+(?:месяце|году)|"
                          r"(?:за\s+|в\s+)?последние\s+(?:несколько\s+|две\s+|три\s+)?(?:дн(?:и|ей)|недел[ьи]|месяц[аев]*))(?!\w)")
UNSPECIFIED = r"(?:уточняется|уточняются|не\s+уточнил\w*|неизвестн\w*|информаци\w*\s+о\s+пострадавших\s+уточня\w*)"
# (an acute stress reaction is an injury: "получили острую реакцию на стресс двое")
INJURED = r"(?:(?:получил\w*|перен[её]с\w*|испытал\w*)\s+(?:[\w-]+\s+)?реакци\w+\s+на\s+стресс\w*|получил\w*\s+(?:[\w-]+\s+)?ожог\w*|получил\w*\s+медицинск\w+\s+помощ\w*|(?:потребовал|понадобил)\w*\s+(?:медицинск\w+\s+)?помощ\w*\b(?!\s+(?:психолог|в\s|при\s))|лечат\w*\s+амбулаторно|лечит\w*\s+амбулаторно|ранен\w*|ранил\w*|\bранивш\w*|\bранив\b|пострадал\w*|пострадавш\w*|потерпевш\w*|травм\w*|госпитализирова\w*|ранени\w*|обратил\w*\s+за\s+(?:(?:медицинской\s+)?помощью|медпомощью)|за\s+(?:(?:медицинской\s+)?помощью|медпомощью)\s+(?:к\s+[\w-]+\s+)?обратил\w*|доставлен\w*\s+(?:в|во)\s+(?:больниц\w*|медучреждени\w*|госпитал\w*|ЦРБ))"  # ("20 человек доставлены в больницу": hurt, as "госпитализированы")
# the injured told as taken to hospital: after a figure of the injured, maybe some of those
HOSPITALISED = r"(?:госпитализирова\w*|доставлен\w*\s+(?:в|во)\s+(?:больниц\w*|медучреждени\w*|госпитал\w*|ЦРБ))"
# wounds "не совместимые с жизнью" (after the wounds' noun): fatal, so the dead, not the injured
FATAL = r"(?:не\s*)?совместим\w*\s+с\s+жизн\w*"
# "умерли", "удар унес жизни двоих", "получил ранения, несовместимые с жизнью": the dead
# ("получили смертельные ранения", "смертельно ранен": the dead, told before the wounds' word)
KILLED = rf"(?:(?:ранени\w*|травм\w*),?\s+{FATAL}|смертельн\w*\s+(?:ранени\w*|ранен\w*|травм\w*)|\bтел[оа]\b|не\s+выжил\w*|погиб\w*|убит\w*|убил\w*|\bубивш\w*|\bубив\b|скончал\w*|гибел\w*|\bумер\w*|\bумерл\w*|унес\w*\s+жизн\w*|унёс\w*\s+жизн\w*)"
PERSON_NOUNS = (
    r"(?:человек\w*|люд\w*|мирн\w*\s+жител\w*|жител\w*|мужчин\w*|женщин\w*|ребен\w*|ребён\w*|дет\w*|"
    r"подрост\w*|пенсионер\w*|водител\w*|работник\w*|сотрудник\w*|мирн\w*|граждан\w*|пассажир\w*|военнослужащ\w*|"
    # (people by their work or home: "погибли под завалами двое жильцов", "ранены трое спасателей")
    r"жил(?:ец|ьц\w*)|спасател\w*|пожарн(?:ый|ого|ому|ым|ые|ых|ыми)\b|охранник\w*|фермер\w*|медик\w*|строител\w*|сторож\w*|"
    # ("россиянин пострадал": a person by his country)
    r"россиян(?:ин|ина|ину|ка|ки|ку|е|ам)?\b|украин(?:ец|ца|цу|цы|цев|ка|ки|ку))"
)
# person words that are adjectives of things too: "5 гражданских автомобилей" counts cars, not civilians
PERSON_ADJECTIVES = r"(?:мирн|гражданск)\w*"
PRESENT_VICTIM_VERB = r"(?!)"  # (English "strike kills 3", not "six kills")
# ("сообщил о гибели двух человек": the dead, as English "the bodies of two people", not "of two downed drones")
VICTIM_VERB_OF_PERSONS = r"гибел"
# ("получил травмы подросток", "получили травмы мужчина и женщина": the verb and its injuries before the victims)
VICTIM_VERB = (r"(?:(?:получил\w*|перен[её]с\w*|испытал\w*)\s+(?:[\w-]+\s+)?реакци\w+\s+на\s+стресс\w*|\bтел[оа]\b|\bгибел[иь]\b|получил\w*\s+(?:[\w-]+\s+)?(?:ожог\w*|травм\w*)|травмировал\w*|получил\w*\s+медицинск\w+\s+помощ\w*|(?:потребовал|понадобил)\w*\s+(?:медицинск\w+\s+)?помощ\w*\b(?!\s+(?:психолог|в\s|при\s))|лечат\w*\s+амбулаторно|лечит\w*\s+амбулаторно|не\s+выжил\w*|ранен\w*|ранил\w*|\bранивш\w*|\bранив\b|погиб\w*|убит\w*|убил\w*|\bубивш\w*|\bубив\b|\bумер\w*|\bумерл\w*|скончал\w*|унес\w*\s+жизн\w*|унёс\w*\s+жизн\w*|пострадал\w*|пострадавш\w*|травмирован\w*|госпитализирован\w*|госпитализировал\w*|"
               # ("травмы, несовместимые с жизнью, получил 54-летний мужчина": the injuries first)
               rf"(?:смертельн\w*\s+)?(?:ранени[ея]|(?<!\w)\w*травм[уы])(?:,?\s+{FATAL},?)?\s+получил\w*|обратил\w*\s+за\s+(?:(?:медицинской\s+)?помощью|медпомощью)|за\s+(?:(?:медицинской\s+)?помощью|медпомощью)\s+(?:к\s+[\w-]+\s+)?обратил\w*)")
ONE_PERSON = r"(?:один|одна|одного|одну)"
_ONE = (r"(?:мужчин[аы]?|женщин[аы]?|россиян(?:ин|ина|ка|ки)|украин(?:ец|ца|ка|ки)|ребен(?:ок|ка)|ребён(?:ок|ка)|подрост(?:ок|ка)|пенсионер(?:ка)?|"
        r"водител[ья]|спасател[ья]|охранни(?:к|ца)|бо(?:ец|йца)|солдат(?:а)?|супруг[аи]?|муж|жена|жену|сотрудни(?:к|ца)|работни(?:к|ца)|"
        r"мирн(?:ый|ая)\s+жител(?:ь|ьница|я)|жител(?:ь|ьница|я)|военнослужащ\w+|прохож\w+|девочк[аи]|мальчик[а]?|"
        r"девушк[аи]|пар(?:ень|ня)|молод(?:ой|ого)\s+человек(?:а)?|пенсионерк[аи]|пассажир(?:а|ка|ку)?|пешеход(?:а)?|тракторист(?:а)?|механизатор(?:а)?|фермер(?:а)?|пастух(?:а)?|хозя(?:ин|ина|йка|йку|йки)|владел(?:ец|ьца|ица|ицу)|"
        # (a relative: "погибли мужчина и его сын", "её внук ранен")
        r"сын|сына|дочь|дочери|внук(?:а)?|внучк[аиу]|мать|матери|отец|отца|брат(?:а)?|сестр[аыу])")
# "погиб мужчина", "ранен охранник", "его супруга получила ранения": one person each
# a victim's treatment, told for one person or for several: in hospital still, or treated as an outpatient
_TREATED_ONE = (r"(?:остается|остаётся|находится)\s+(?:[\w-]+\s+){0,3}?(?:в|во)\s+(?:больнице|медучреждении|госпитале|реанимации|стационаре)(?!\w)|"
                r"лечится\s+(?:амбулаторно|(?:в|во)\s+(?:больнице|стационаре))(?!\w)")
_TREATED_MANY = (r"(?:остаются|находятся)\s+(?:[\w-]+\s+){0,3}?(?:в|во)\s+(?:больнице|медучреждении|госпитале|реанимации|стационаре)(?!\w)|"
                 r"лечатся\s+(?:амбулаторно|(?:в|во)\s+(?:больнице|стационаре))(?!\w)")
ONE_VICTIM = [
    # "пострадала супружеская пара", "погибли супруги", "супруги получили ранения": two people, the pair (group
    # "pair"; the verb agrees with it: not "погибла мать супруги", the wife's; not "супруги не пострадали"); so are
    # the parents, "её родители пострадали", "погибли родители мальчика"
    r"(?P<verb>\b(?:погибла|пострадала|ранена|травмирована|госпитализирована))\s+(?:ещ[её]\s+)?(?:[\w-]+\s+)?(?P<pair>супружеская\s+пара)",
    r"(?P<verb>\b(?:погибли|пострадали|ранены|травмированы|госпитализированы))\s+(?:ещ[её]\s+|также\s+)?(?:(?:его|её|ее|их)\s+)?(?P<pair>супруги|родители)(?!\w)",
    r"(?<!\w)(?P<pair>супружеская\s+пара)\s+(?:[\w-]+\s+){0,3}?(?<!\bне\s)(?P<verb>погибла|пострадала|ранена|получила\s+(?:[\w-]+\s+)?(?:ранени\w*|травм\w*))",
    r"(?<!\w)(?P<pair>супруги|родители)\s+(?:[\w-]+\s+){0,3}?(?<!\bне\s)(?P<verb>погибли|пострадали|ранены|получили\s+(?:[\w-]+\s+)?(?:ранени\w*|травм\w*))",
    # ("ранения получил 70-летний сельский сторож": an age and an adjective before the noun)
    rf"(?P<verb>{VICTIM_VERB})\s+(?:[\w-]+\s+){{0,2}}{_ONE}\b",
    # "мужчина при атаке БПЛА в Шебекинском округе получил травмы", "мужчина, водитель, получил несколько осколочных ранений"
    # (not "водитель не пострадал": the negated verb tells no victim)
    # ("мужчина, директор сельской школы, получил ранения": a title in commas, up to 100 characters)
    rf"{_ONE}(?:,\s+[^\W\d][^,.;]{{0,100}}?,)?\s+(?:(?!и\b|а\b)[\w-]+\s+){{0,8}}?(?<!\bне\s)(?P<verb>получил[аи]?\s+(?:[\w-]+\s+){{0,3}}?(?:ранени\w*|\w*травм\w*|ожог\w*)|погиб(?:ла)?|умер(?:ла)?|скончал(?:ся|ась)|ранен[аыо]?|"
    r"пострадал[аи]?|госпитализирова\w*)",
    # "один водитель погиб, второй получил травму", "…, а другой ранен": the other of two, after a comma or "а"/"и"
    rf"(?:(?<=,\s)|(?<=\sа\s)|(?<=\sи\s))(?P<other>втор(?:ой|ая)|друг(?:ой|ая))(?:\s+{_ONE})?\s+"
    r"(?P<verb>получил[аи]?\s+(?:[\w-]+\s+){0,3}?(?:ранени\w*|\w*травм\w*|ожог\w*)|погиб(?:ла)?|умер(?:ла)?|"
    r"скончал(?:ся|ась)|ранен[аыо]?|пострадал[аи]?|госпитализирова\w*)",
    # "погиб человек", "ранен ещё человек": "человек" after a verb in the singular is one person
    r"(?P<verb>\b(?:погиб|пострадал|ранен|травмирован|госпитализирован|умер|скончался))\s+(?:ещ[её]\s+)?человек\b",
    # "Пострадавшего доставили в больницу", "раненую госпитализировали": the victim's noun in the singular, taken
    # to hospital, is one person (group "hospital": maybe the one told hurt before; not "пострадавших", the plural)
    r"(?<![\w-])(?P<verb>пострадавш(?:его|ую|ий|ая)|ранен(?:ого|ую|ый|ая)|травмированн?(?:ого|ую|ый|ая))\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<hospital>доставил[аи]?|доставлен[аы]?|госпитализирова\w*|увезл[аи]|отвезл[аи]|эвакуировал[аи]|передал[аи]\s+медикам)(?!\w)",
    # "девушка остается в больнице", "мужчина лечится амбулаторно": a victim told only by the treatment (group
    # "hospital": maybe one told hurt before, see settle)
    rf"{_ONE}(?:,\s+[^\W\d][^,.;]{{0,100}}?,)?\s+(?:(?:пока|ещ[её]|также|по-прежнему)\s+)?(?P<verb>(?P<hospital>{_TREATED_ONE}))",
    # "есть погибший и раненые", "есть пострадавшая": the victim's noun in the singular is one person
    # (not "есть погибшие": how many the plural does not say)
    r"(?<!\w)(?:есть|имеется)\s+(?:(?:ещ[её]|также)\s+)?(?P<verb>погибш(?:ий|ая)|ранен(?:ый|ая)|травмирован(?:ный|ная)|пострадавш(?:ий|ая))(?!\w)",
    # "Под удар попал 58-летний фермер. Он получил осколочные ранения": the one person just told, by his pronoun opening
    # the sentence (one retold is the same victim: settle reads an equal figure as retold)
    r"^\W*(?P<pronoun>он|она)\s+(?:(?:также|тоже)\s+)?(?P<verb>получил[аи]?\s+(?:[\w-]+\s+){0,3}?(?:ранени\w*|\w*травм\w*|ожог\w*|контузи\w*)|"
    r"(?:был[аи]?\s+)?(?:ранен[аы]?|травмирован[аы]?|госпитализирован[аы]?))(?!\w)",
    # "Ранен водитель. Несмотря на усилия врачей, он скончался": the one just told, dead of the wounds (see of_sentence)
    r"^\W*(?:[^,.;:!?]{0,60},\s*|(?:позже|позднее|впоследствии|затем|потом|вскоре)\s+)?(?P<pronoun>он|она)\s+(?:[\w-]+\s+){0,2}?(?P<verb>скончал(?:ся|ась)|умер(?:ла)?)(?!\w)",
]
ADMINISTRATION_OF_REGION = r"\s+(?:ОВА|ГВА|ОДА|областной\s+(?:военной\s+)?администрации|областного\s+совета)$"
# "глава Днепропетровского областного совета": the region's council, not its administration
COUNCIL = r"\bсовет\w*|облсовет"
# "глава Каховского округа", "глава Белгородского района": a district's office, not its region's head
DISTRICT_OFFICE = r"\b(?:район\w*|округ\w*)$"
ROLE_KINDS = [
    (r"мэр", "official", "mayor"), (r"городск|ГВА|глав\w*\s+город", "official", "city_head"),
    (r"врио|исполняющ", "governor", "acting_governor"),
    (r"глав|начальник|руководител|ОВА", "governor", "head_of_region"),
]
NOT_HURT = r"(?:никто\s+не\s+пострадал|не\s+пострадал\w*)"
# Casualties (raidlog.extract.casualties). A negated casualty noun: "пострадавших нет", "без
# жертв", "погибших и раненых нет". Пострадавшие rule out dead and injured alike ("никто не
# пострадал"); жертвы/погибшие the dead only; раненые the injured only.
# ("удалось избежать жертв", "жертв удалось избежать": avoided, so none; not "не удалось избежать")
_AVOIDED = r"(?<!не\s)\b(?:удал|вдал)ось\s+избежать\b"
ZERO_BEFORE = rf"(?:(?<!не\sобошлось\s)(?<!не\sобошлась\s)\bбез\b|\bнет\b|\bни\s+(?:одного|одной)\b|{_AVOIDED})"
# ("обращений от пострадавших не поступало": nobody asked for help; "сведений о … не поступало" is ZERO_INFO)
# (a verb of finding, its participle or its active past: "не выявлено", "пострадавших … не выявили", "не обнаружили")
ZERO_AFTER = (r"(?:\bнет\b|\bне\s+было\b|\bне\s+поступал\w*|\bне\s+оказалось\b|\bне\s+имеется"
              r"|\bне\s+(?:зафиксирова|выявле|выяви|обнаруже|обнаружи|зарегистрирова)\w*"
              rf"|{_AVOIDED})")
# (the adjective's noun spelt as the participle too, "раненных": a common slip)
ZERO_NOUNS = r"(?:пострадавших|потерпевших|погибших|жертв|раненн?ых|травмированных|ранений|травм|получивших\s+(?:ранения|травмы))\b"
# what was avoided (the negation "удалось избежать" after it): "ранения людей и разрушений удалось избежать", the
# singular too (not before "нет": "получил ранения, угрозы жизни нет")
ZERO_AVOIDED = _AVOIDED
ZERO_AVOIDED_NOUNS = r"(?:ранения|травмы|гибели)\b"
# "Пострадавшие и разрушения отсутствуют": the nouns as the subject (nominative), "absent" after them in their clause
ZERO_ABSENT = r"\bотсутствуют\b"
ZERO_SUBJECT_NOUNS = r"(?<![\w-])(?:пострадавшие|потерпевшие|погибшие|раненн?ые|травмированные|жертвы)\b"
ZERO_KILLED_ONLY = r"погиб|гибел|жертв|убит"
# after a count of victims and a dash, who they were one by one: "ранены двое — один …, второй …"
ONE_AND_OTHER = r"(?:один|одна|одн(?:ому|ой|ого)|первы\w+)\b[^.;!?]{0,80}?\b(?:втор\w+|друг(?:ой|ая|ому|ого|ую))\b"
# (English "casualties": the dead and injured together)
BOTH_FIELDS_NOUN = r"(?!)"
ZERO_INJURED_ONLY = r"ранен|травм"
ZERO_INFO = r"(?:информаци\w*|данны\w*|сведени\w*|сообщени\w*)\s+(?:о|об|по)\b"
# the same word right before the negation, its noun told first: "о раненых сведений не поступало"
# (the noun's own cases of "no information", not the source told before the zero: "Жертв и пострадавших по предварительным
# данным нет" is a zero by the preliminary data)
ZERO_INFO_LAST = r"(?<!\bпо\s)(?:информаци[ия]|данных|данные|сведений|сведения|сообщений|сообщения)(?:\s+(?:пока|ещ[её]|также|тоже))?\s*$"
REMINDER_HEADING = r"(?!)"  # (English "Recall" on a line of its own)
# what a teller said before the figures told, opening a sentence ("Ранее он сообщал, что …", "Ранее губернатор
# говорил …", "Ранее сообщалось …", "Ранее было известно …"): naming no place of its own, an earlier stage of the toll
EARLIER_TOLD_OPENING = (r"\W*ранее\s+(?:[\w.-]+\s+){0,6}?(?:сообща\w*|сообщил\w*|говорил\w*|заявлял\w*|заявил\w*|писал\w*|"
                        r"отмечал\w*|уточнял\w*|информировал\w*|(?:было|стало)\s+известно)")
RETELLING_OPENING = r"(?!)"  # (English "As Ukrinform reported, …")
# "Накануне губернатор сообщал, что …": what a teller said the day before, of that day's events
OTHER_DAY_TOLD_OPENING = (r"\W*(?:накануне|вчера|дн[её]м\s+ранее)\s*,?\s+(?:[\w.-]+\s+){0,6}?(?:сообща\w*|сообщил\w*|"
                          r"говорил\w*|заявлял\w*|заявил\w*|писал\w*|отмечал\w*|уточнял\w*|информировал\w*)")
DAY_TALLY = r"(?!)"  # (English "during the past day")
# a sentence of victims that opens with the toll as known later (see lexicon.uk): "Позднее стало известно, что пострадали
# семеро", "Позже губернатор уточнил: …", "По уточненным данным, …" (the toll now, replacing the one told before it)
LATER_TOLL_OPENING = (r"\W*(?:(?:чуть\s+|немного\s+)?(?:позднее|позже|впоследствии|затем)\b[^.;:!?\d]{0,150}?(?:(?:стало|было)\s+известно|"
                      r"уточни(?:л|ла|ли)\b|сообщи(?:л|ла|ли)\b|обнови(?:л|ла|ли)\b)|по\s+(?:уточн[её]нным|обновл[её]нным|последним)\s+"
                      r"(?:данным|сведениям|информации)\b)")
# (a point or colon between digits is a clock's, no clause's end: "станом на 7:30 не зафіксовано")
ZERO_STOP = r"[;!?]|(?<!\d)[.:]|[.:](?!\d)|\bно\b|\bоднако\b|\bзато\b"
NOT_HURT_PERSON = (
    # ("водитель не пострадал": a person named, as English "the driver was not injured"; not the
    # person nouns' stems that also open things: "детская площадка не пострадала")
    r"\b(?:никто|люди|жители|граждане|ни\s+один\s+(?:человек|житель)|водител[ьяи]\w*|пассажир\w*|мужчин[аы]|женщин[аы]|"
    r"реб[её]нок|пенсионер\w*|сотрудник\w*|работник\w*)(?:\s+[\w-]+){0,3}?\s+не\s+"
    r"(?P<verb>пострадал\w*|ранен\w*|травмирован\w*|погиб\w*)"
    # ("никто не погиб и не пострадал", "… и не был ранен": a second negated verb joined to the first)
    r"(?:\s+(?:и|или|ни)\s+не\s+(?:был[аио]?\s+)?(?P<also>пострадал\w*|ранен\w*|травмирован\w*|погиб\w*))?|"
    # "Пострадавшие среди населения отсутствуют": the noun itself, said to be absent
    # (not what is said of them: "Сведения о пострадавших пока отсутствуют", no information yet)
    r"(?<!\bо\s)(?<!\bоб\s)\b(?P<absent>пострадавш\w*|потерпевш\w*|ранен\w*|травмированн\w*|погибш\w*)(?:\s+[\w-]+){0,3}?\s+отсутству\w*"
    # "Обошлось без последствий", "прошло без последствий": it passed with nothing happening, nobody hurt (not "серьёзных
    # последствий нет", nor "без последствий для движения")
    r"|\b(?:обошл\w*|прошл[оа])\s+без\s+(?P<idle>последствий)\b(?!\s+для)"
    # "За медицинской помощью никто не обращался", "никто не обратился за помощью": no victims, as "никто не пострадал"
    r"|\bникто\s+(?:\w+\s+)?не\s+(?P<asked>обраща\w*|обратил\w*)\s+за\s+(?:медицинск\w+\s+)?помощь\w*"
    r"|\bза\s+(?:медицинск\w+\s+)?помощь\w*\s+(?:пока\s+|к\s+врачам\s+)?никто\s+(?:\w+\s+)?не\s+(?P<asked2>обраща\w*|обратил\w*)"
    # "Никто не получил травм", "никто из жителей не получил ранений": the injured ruled out
    r"|\bникто\s+(?:из\s+[\w-]+\s+)?не\s+получил\s+(?:[\w-]+\s+)?(?P<got>травм|ранений)\b"
)
UNKNOWN_VICTIMS = (
    # (or where: "есть погибшие в Горловке")
    r"(?:есть|имеются|имеется)\s+(?P<noun>пострадавш\w*|ранен\w*|погибш\w*|жертв\w*)(?=\s*(?:[.,;:!?)\"»]|$|среди|[-–—])|\s+(?:в|во|на)\s)|"
    # (the noun first: "пострадавшие за сутки есть в Печенегах")
    r"(?P<noun_first>пострадавш\w*|раненые|погибш\w*)\s+(?:[\w-]+\s+){0,3}?(?:есть|имеются)\s+(?:в|во|на)\s|"
    # people with no number: "В Белгороде погибли люди", "люди пострадали"
    r"(?P<noun5>погиб\w*|пострадал\w*|ранен\w*)\s+(?:мирные\s+)?люди\b|"
    r"(?<![\d\w]\s)(?<!\d)люди\s+(?:(?!не\b|ни\b)\w+\s+)?(?P<noun6>погиб\w*|пострадал\w*|ранен\w*)|"
    r"не\s+обошлось\s+без\s+(?P<noun4>жертв|пострадавш\w*|погибш\w*|раненых)|"
    r"(?P<noun2>пострадал\w*|ранен\w*|погиб\w*)\s+несколько\s+(?:человек|жител\w*)|"
    r"несколько\s+(?:человек|жител\w*|мирных\s+жител\w*)\s+(?:получил\w*\s+)?(?P<noun3>пострадал\w*|ранен\w*|погиб\w*|ранени\w*)|"
    # a toll growing, its figure not told (yet): "число пострадавших в Курске растет"
    r"(?:число|количество)\s+(?P<noun7>пострадавш\w*|погибш\w*|раненых|жертв)\s+(?:[\w-]+\s+){0,10}?"
    r"(?:раст[её]т|увеличивается|продолжает\s+(?:расти|увеличиваться))\b"
)
# one victim told in brackets after a place, who they were ("пострадавшие есть в Печенегах (44-летняя женщина) и в
# Малиновке (69-летний мужчина)"): the victims told without a number, one a bracket
BRACKETED_PERSON = (r"\(\s*(?:\d{1,3}-летн\w*\s+)?(?:мужчина|женщина|ребенок|ребёнок|девочка|мальчик|подросток|пенсионер|"
                    r"пенсионерка|житель|жительница|водитель)\s*\)")
# the dead told as the victims the count "became", the attack between ("Жертвами удара по дому стали четыре человека")
VICTIMS_BECAME = r"\bжертвами\s+(?:[^.;!?]{0,70}?\s)?стал[аио]?\s+$"
LIVES_TAKEN_BEFORE = r"(?!)"  # (English "the attack took three lives": the verb's own words here, "забрала життя")
LIVES_TAKEN_AFTER = r"(?!)"
TOTAL_BEFORE = (
    # ("число раненых в результате атаки на Белгород возросло до пяти": the attack between, with its target and place: "число жертв при атаке на нефтебазу
    # в Туапсинском районе увеличилось до трех")
    r"(?:число|количество)\s+(?P<noun>пострадавш\w*|погибш\w*|раненых|травмированн\w*|жертв)\s+(?:[\w-]+\s+){0,10}?"
    rf"(?:{_RISEN_TO}|составляет|составило)\s+(?:до\s+)?$"
)
# the second field of a running total, its verb left out: "число погибших возросло до 9, (а число) раненых — до 30"
_TOLL_NOUN = r"(?:пострадавш\w*|погибш\w*|раненых|травмированн\w*|жертв)"
# the count first, the raised toll after it: "в Курске до 6 возросло число пострадавших" (a running total, as
# "число пострадавших возросло до 6": a lead and a quote that both tell it are one toll, not two)
TOTAL_AFTER = (r"\s*(?:человек\s+)?(?:возросл[аои]|вырос(?:л[аои])?|увеличил(?:ось|ась|ись))\s+(?:число|количество)\s+"
               rf"(?P<noun>{_TOLL_NOUN})")
TOTAL_FAR = r"(?!)"  # (English "the number of people injured in <a long phrase> has increased to 17")
TOTAL_ELLIPTIC = (rf"(?:число|количество)\s+{_TOLL_NOUN}\s+(?:[\w-]+\s+){{0,6}}?(?:{_RISEN_TO})\s+(?:до\s+)?[\w-]+(?:\s+человек)?\s*,\s+"
                  rf"(?:а\s+|и\s+)?(?:(?:число|количество)\s+)?(?P<noun>{_TOLL_NOUN})\s*(?:[-–—]\s*)?до\s+$"
                  # the same toll raised again, its verb left out: "число раненых выросло до четырех, а затем
                  # до семи" (the later figure, a running total too)
                  rf"|(?:число|количество)\s+(?P<again>{_TOLL_NOUN})\s+(?:[\w-]+\s+){{0,6}}?(?:{_RISEN_TO})\s+(?:до\s+)?[\w-]+"
                  r"(?:\s+человек)?\s*,?\s+(?:а\s+)?(?:затем|потом|позже|позднее|впоследствии)\s+(?:[-–—]\s*)?(?:уже\s+)?до\s+$")
# "пострадавших уже пятеро", "уже известно о 5 пострадавших": the toll so far
# a sentence opening with its figures' sum ("Всего в результате атаки на город погибли четыре человека"): each count of
# its clause the toll as it stands, whatever the verb and phrases between the cue and the count (see casualties)
# right before a victim named one by one, who the victim the sentence told was: "«Погиб один человек», — сообщил
# глава, уточнив, что им оказался работник фермы" (see lexicon.en)
VICTIM_IDENTIFIED_BEFORE = (r"(?<![\w-])(?:им|ею|ими|(?:погибш|пострадавш|раненн?)\w+)\s+(?:оказал\w*|стал[аи]?)\s+"
                            r"(?:[^\W\d_][\w-]*\s+){0,2}$")
# a word of the sum in a count's clause ("в городе всего погибли четыре человека", "погибли четыре человека в общей
# сложности"): see lexicon.en
TOTAL_WORD = r"(?<![\w-])(?:всего|в\s+общей\s+сложности|итого)(?![\w-])"
# the injured told by their treatment ("медицинская помощь оказана 12 пострадавшим"): see lexicon.en
MEDICAL_HELP = r"(?<![\w-])(?:медицинск\w*\s+помощ\w*|медпомощ\w*)"
# care without a hospital stay (see lexicon.uk): "от госпитализации отказались", "помощь оказана на месте", "лёгкие ранения"
NO_HOSPITAL_STAY = (r"(?:от\s+госпитализации\s+отказал\w*|отказал\w*\s+от\s+госпитализации|на\s+месте|амбулаторно|"
                    r"л[её]гк\w*\s+(?:ранени\w*|травм\w*))")
TOTAL_OPENING = r"\W*(?:всего|в\s+общей\s+сложности|итого)\b"
TOTAL_CUE = (r"(?:(?:всего|в\s+общей\s+сложности),?|общее\s+число\s+\w+\s*[-–—]?|(?:пострадавш\w*|погибш\w*|раненых)\s+"
             r"(?:уже|теперь|стало)|\bуже\s+известно\s+(?:о|об)|"
             # ("Позднее Терехов сообщил уже о трех погибших": the toll as it stands now)
             r"\b(?:сообщил\w*|сообщают|сообщается|заявил\w*|написал\w*|говорит\w*)\s+уже\s+(?:о|об))\s+$")
# before a count, the downed weapons it is some of, named without a number: "Среди сбитых ракет – два «Кинжала»"
# (how many were downed is told elsewhere, or not at all: no count of the downed)
AMONG_AFTER = r"(?!)"  # (English "eight Kinzhals were among the projectiles used")
AMONG_DOWNED_BEFORE = (r"(?<![\w'’])среди\s+(?:сбитых|уничтоженных|перехваченных|поражённых|пораженных)(?:\s+(?:вражеских\s+)?"
                       r"(?:ракет|дронов|беспилотников|БПЛА|целей|шахедов|крылатых\s+ракет|баллистических\s+ракет))?"
                       r"(?:\s*[-–—:]\s*|\s+(?:были|было|есть|оказались)\s+)(?:(?:и|также)\s+)?$")
SUBSET_BEFORE = r"(?:в\s+том\s+числе|среди\s+(?:них|жертв|погибших|пострадавших|раненых)|из\s+них|включая)\s+$"
OF_THINGS = r"из\s+"  # "пострадал один из объектов" (see lexicon.en)
AS_WELL_AS = ALSO  # "Два сотрудника, а также сотрудник МЧС …" (see lexicon.en)
CLAUSE_AFTER_COMMA = r"а(?!\s+также\b)|и|но"  # (not ", а также …": the list goes on)
CLAUSE_BEFORE_NUMBER = r"и|а"
# a relative clause after a comma, where a background cue's own clause may begin (", which two years ago …")
BACKGROUND_CLAUSE_OPEN = r"котор\w+|где"
# "среди погибших / пострадавших N": some of those told, or how many there are where none was told before
# ("в Шебекино среди пострадавших двое мирных жителей"; see lexicon.en)
AMONG_VICTIMS = r"среди\s+(?:(?P<killed>погибших)|(?P<injured>пострадавших|раненых))\s+$"
# a new attack only feared or foretold, not told: "предупредил о возможной новой атаке", "не исключил новой атаки"
NEW_ATTACK_UNREAL = (r"(?:\bвозможн\w*|\bмож[ею]т\b|\bмогут\b|\bготов\w*|\bгото[вт]\w*|\bожида\w*|\bпредупред\w*|"
                     r"\bугроз\w*|\bриск\w*|\bвероятн\w*|\bнамерен\w*|\bпланиру\w*|\bбудет\b|\bпопытается\b|\bисключ\w*)")
# a second attack after the one told, with a count of its own: "отражена новая атака", "об отражении очередной атаки"
NEW_ATTACK = r"\b(?:нов\w+|очередн\w+)\s+(?:попытк\w+\s+)?атак(?:а|и|е|у|ой|ою|овать)\b"  # ("о новой попытке атаки")
AGE_AFTER = r"^\s*(?:лет\b|года?\b|г\.|(?:-\s*)?летн)"
# (or an hour of the day: "по состоянию на 9 утра известно о двух погибших")
DURATION_AFTER = r"^\s*(?:час(?:а|ов)?|суток|сутки|дн(?:я|ей)|минут\w*|недел\w*|месяц\w*|утра|вечера)\b"  # "за 24 часа погибли двое"
# "у одного пострадавшего ранение живота, у второго …": what one of the victims has, some of those told (or, told
# alone, the victims)
HAS_BEFORE = r"(?<![\w-])у\s+$"
TAKEN_TO_HOSPITAL_BEFORE = r"(?<![\w-])(?:доставил[аи]?|госпитализировал[аи]?)\s+$"  # "доставили трёх женщин в ЦРБ": those taken to hospital
# after the count of those someone took there, its people and the hospital: "доставили трёх женщин в больницу"
TO_HOSPITAL_AFTER = r"^\s*(?:[\w-]+\s+){1,3}?(?:в|во)\s+(?:[\w-]+\s+)?(?:больниц\w*|медучреждени\w*|госпитал\w*|ЦРБ|стационар\w*|травмпункт\w*)"
AGE_BEFORE = r"\bв\s+возрасте\s*$"  # "мужчина в возрасте 64 лет"
OF_VICTIMS_BEFORE = rf"\bо\s+(?:гибели|ранении)\s+(?:[\w-]+\s+)?{_ONE}"
# one victim the sentence is about died, told without a figure: "Врачи боролись за ее жизнь, но спасти не удалось"
# "пострадали четверо, один из них скончался в больнице": one of the victims told died, no more victims (killed
# only, so no longer among the injured)
ONE_OF_THEM_DIED = (r"\b(?:один|одна)\s+из\s+(?:них|(?P<hurt>пострадавших|раненых|госпитализированных))\s+(?:[\w-]+\s+){0,3}?"
                    r"(?:скончал(?:ся|ась)|умер(?:ла)?|погиб(?:ла)?)\b")
# after a count, "N of them died": how many of the victims the sentence told before died ("Жертвами атаки стали 15 человек,
# двое из них погибли": two dead, 13 injured; "four were injured, two of them died": two of each)
# "трое из них госпитализированы" (see lexicon.en)
OF_THEM_HOSPITAL_AFTER = r"^\s+из\s+них\s+(?:(?:были|был|была|уже|также|сейчас|находятся|находится)\s+){0,2}(?:госпитализ\w*|доставлен\w*\s+в\s+(?:больниц|стационар)\w*|в\s+больниц\w*)"
OF_THEM_DIED_AFTER = r"^\s+из\s+них\s+(?:[\w-]+\s+){0,3}?(?:скончал\w*|умер\w*|погиб\w*)"
# one victim told as died, not killed ("ранены трое, один скончался", "one later died"): one of the injured told
# before in the sentence, or the one told injured just before it (see casualties.settle)
FIRST_STAGE = r"(?!)"  # (English "At first there was information about three dead, but … later … four")
REVISED_BETWEEN = r"(?!)"
ONE_DIED = r"(?<![\w-])(?:один|одна)(?:\s+(?!ещ[её]\b)[\w-]+){0,3}?\s+(?:скончал(?:ся|ась)|умер(?:ла)?)(?![\w-])"
# (the failure's verb first too: "медики не сумели его спасти", "врачам не удалось спасти водителя"; one person, by a
# pronoun or a person's noun, or none: not "не смогли спасти амбар")
_FAILED_TO = r"не\s+(?:смог(?:ли|ла)?|сумел[аи]?|удалось)\s+"
ONE_NOT_SAVED = (r"спасти\s+(?:(?:его|ее|её)\s+)?не\s+удалось"
                 rf"|{_FAILED_TO}(?:(?:его|ее|её)\s+спасти\b|спасти\s+(?:(?:его|ее|её|ему|ей)\b|(?:[\w-]+\s+)?{PERSON_NOUNS})"
                 r"|спасти(?=\s*(?:[.,;!?]|$)))")
# (the wounds named before the verb too: "от полученных ранений двое скончались на месте")
DIED_OF_WOUNDS = (r"спасти\s+(?:его|ее|её|их)\s+не\s+удалось|(?:скончал\w*|умер\w*)\s+в\s+больниц\w*"
                  # (died later: "получил ранения и позже скончался", "позднее мужчина скончался")
                  r"|\b(?:позже|позднее|впоследствии)\s+(?:[\w-]+\s+)?(?:скончал\w*|умер\w*)|\b(?:скончал\w*|умер\w*)\s+(?:позже|позднее|впоследствии)\b"
                  rf"|{_FAILED_TO}(?:(?:его|ее|её|их)\s+спасти|спасти\s+(?:его|ее|её|их)\b)"
                  r"|(?:скончал\w*|умер\w*)\s+от\s+(?:полученных\s+)?(?:ранений|травм)\b"
                  # ("от ранений сторож погиб до приезда медиков": the wounds he died of, no one injured)
                  r"|\bот\s+(?:полученных\s+)?(?:ранений|травм)\s+(?:[\w-]+\s+){0,4}?(?:скончал\w*|умер\w*|погиб(?:ла|ли)?\b)")
ONE_NOUN = _ONE
# (up to two words before the person: "ранены 60-летний сельский житель и его 15-летний внук"; not a victim verb,
# which opens a clause of its own: "погибла женщина и пострадал мальчик" is one killed and one injured)
_ONE_PHRASE = (rf"(?:(?<![\w-])(?!\d+\s)(?!(?:и|а|но)\s)(?!{VICTIM_VERB}(?![\w-]))[\w-]+\s+){{0,2}}"
               rf"{_ONE}")  # (not "и 1 женщина": a count of its own; "47-летний" is a word)
# an item of a list of victims may be animals, no victims but no end of the list:
# "погибли собака и её хозяин", "пострадали пастух и 20 овец"
# (only the people are counted: LIST_ITEM; not a herd's word, "поголів'я"/"поголовье", whose first letters
# "пого" would let every sentence of the weather ("погода") through the casualties' gate)
_ITEM = rf"(?:{_ONE_PHRASE}|(?:(?<![\w-])[\w-]+\s+)?(?={_ANIMALS}){_ANIMAL_GUARD}{_ANIMALS})"  # (the guard read only where an animal may start)
# (the list's first item read from where a word starts, else tried at every character, ~0.2 ms a sentence:
# a match whose opening word began inside a word would have begun at that word's start, found first)
_FIRST_ITEM = rf"(?:(?:(?<![\w-])(?!\d+\s)[\w-]+\s+)?{_ONE}|(?:(?<![\w-])[\w-]+\s+)?(?={_ANIMALS}){_ANIMAL_GUARD}{_ANIMALS})"
VICTIM_LIST = [
    # ("обнаружены тела супругов – мужчины и женщины": the couple, then who they were)
    # (not the family a victim left: "у погибшего остались жена и сын")
    rf"(?<!\bу\s)(?P<verb>{VICTIM_VERB})\s+(?:(?:супругов|супружеской\s+пары|пожилой\s+пары)\s*[,–—-]\s*)?(?P<list>{_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s+и\s+{_ITEM})",
    rf"(?P<list>{_FIRST_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s+и\s+{_ITEM})\s+"
    # (the wounds' kind between, "получили осколочные ранения"; the other words of being hurt or dying too)
    r"(?P<verb>получили\s+(?:[\w-]+\s+){0,2}?(?:ранени\w*|травм\w*|ожог\w*)|погибли|скончались|ранены|травмированы|пострадали|госпитализированы)",
    # "мужчина и женщина лечатся амбулаторно": victims told only by their treatment (group "hospital", as above)
    rf"(?P<list>{_FIRST_ITEM}(?:\s*,\s*{_ITEM}){{0,4}}\s+и\s+{_ITEM})\s+(?:(?:пока|ещ[её]|также|по-прежнему)\s+)?(?P<verb>(?P<hospital>{_TREATED_MANY}))",
]
LIST_ITEM = _ONE_PHRASE
# the next place's count of the victims just told, its verb left out: "в Белгороде ранены три человека, в
# Шебекино — двое" (the words between the two counts, the place's name last, then what follows the second)
ELLIPTIC_VICTIMS_GAP = (r"[^.;:!?\d]{0,60}?[,;]\s+(?:а\s+)?(?:в|во|под|на)\s+(?-i:[А-ЯЁ])[\w'’-]*"
                        r"(?:\s+(?-i:[А-ЯЁ])[\w'’-]*)?\s*(?:[-–—]\s*)?")
ELLIPTIC_VICTIMS_AFTER = r"\s*(?:человека?|людей)?\s*(?:[.;!?]|,\s|$)"
# what a count of places is ("в пяти районах есть разрушения и раненые": five districts, not five victims)
# (or a measure: "пожар на площади 300 квадратных метров", an area)
UNIT_COUNT_NOUNS = (r"(?:громад\w*|случа(?:ях|ев|ям|ями|я)\b(?!\s+(?:гибел|смерт|ранени|травм|госпитализ))|населенн\w*\s+пункт\w*|пункт\w*|район\w*|област\w*|сел\w*|город\w*|локаци\w*|адрес\w*|регион\w*|муниципалитет\w*|"
                    r"квадратн\w*|кв\b|гектар\w*|тонн\w*|километр\w*|метр(?:а|ов)?\b|литр\w*)")
# "пострадали 47-летний, 50-летний мужчины и 65-летняя женщина": one victim per age
_AGE = r"\d{1,3}(?:-|\s*)летн\w+"
# an age in years, with its case ending or without: "мужчины 46-ти и 43-х лет", "женщины 52 и 70 лет"
_YEARS = r"\d{1,3}(?:-(?:ти|ми|х|и|го))?"
# ("погибли женщины 27, 41 и 69 лет": the people first, then their ages in years)
# (and more groups after the first, each with its noun: "ранены женщины 25 и 58 лет, а также мужчины 33 и 71 лет",
# "пострадали 34-летняя и 66-летняя женщины и 19-летний, 75-летний мужчины", as Ukrainian _AGE_GROUP)
_AGE_GROUP = (rf"(?:\s*(?:(?:,\s*)?а\s+также|,|и)\s+(?:{PERSON_NOUNS}\s+(?:в\s+возрасте\s+)?{_YEARS}(?:\s*(?:,|и)\s*{_YEARS})*"
              rf"\s+(?:лет|года?)\b|{_AGE}(?:\s*(?:,|и)\s*{_AGE})*\s+{PERSON_NOUNS})"
              # (not a group with a verb of its own: "погибли мужчины 40 и 52 лет, а также женщины 30 и 35 лет
              # получили ранения" is two killed, two more injured)
              rf"(?!\s+(?:[\w-]+\s+)?(?:получил\w*|{VICTIM_VERB})))")
AGES_OF_VICTIMS = (rf"(?P<verb>{VICTIM_VERB})\s+(?:(?P<noun>{PERSON_NOUNS})\s+(?:в\s+возрасте\s+)?)?"
                   rf"(?P<ages>(?(noun){_YEARS}(?:\s*(?:,|и)\s*{_YEARS})+|{_AGE}(?:\s*(?:,|и)\s*{_AGE})+))"
                   rf"\s+(?(noun)(?:лет|года?)\b|{PERSON_NOUNS})(?P<groups>{_AGE_GROUP}*)"
                   rf"(?P<more>(?:\s*(?:(?:,\s*)?а\s+также|,|и)\s+(?:{_AGE}\s+)?{_ONE}\b)*)")
AGE_ITEM = r"\d{1,3}(?:(?:-|\s*)летн\w+)?"  # (an age, with or without its "-летний")
# "Пострадавших среди мирного населения нет": a plural noun, no single victim
PLURAL_VICTIM = r"\w*(?:их|ых)$"
# "ранены двое мужчин и женщина": the number's people and one more
PLUS_ONE_AFTER = (rf"^\s+(?:[\w-]+\s+)?{PERSON_NOUNS}(?:\s+(?:в\s+возрасте\s+)?\d{{1,3}}(?:\s*(?:,|и)\s*\d{{1,3}})*\s+(?:лет|года?))?"
                  rf"(?:\s+и|,?\s+а\s+также)\s+{_ONE_PHRASE}\b")
# "пострадали трое, одного из них госпитализировали": some of those told, no more victims
# ("двое из пяти погибших были спасателями": some of a count told with them)
# after a count in a list of victims, a person whose fate is not known: "трое погибли, одна женщина может
# находиться под завалами", "… ещё один пропал без вести": no more dead or injured (see casualties.of_sentence)
FATE_UNKNOWN_AFTER = (r"^\s+(?:[\w-]+\s+)?(?:ещ[её]\s+)?(?:(?:находи?т(?:ся)?|оста[её]т(?:ся)?|остаются|мо(?:жет|гут)\s+(?:находиться|быть|оставаться))\s+)?"
                      r"(?:ещ[её]\s+)?под\s+завалами|^\s+(?:[\w-]+\s+)?(?:ещ[её]\s+)?(?:пропал[аи]?\s+без\s+вести|числ\w+\s+пропавш\w*)|"
                      # (nor people rescued or evacuated: "ранены двое мужчин, и 40 жителей эвакуированы", "… 11 жильцов
                      # спасены из-под завалов"; not the injured evacuated, "трое раненых эвакуированы")
                      r"^\s+(?:(?!ранен|пострадав|погиб|травм|потерпев)[\w-]+\s+){0,2}?(?:был[аио]?\s+)?"
                      r"(?:спас[её]н\w*|спасл[иа]\b|эвакуирова\w*|извлеч[её]н\w*|извлекл\w*|деблокирова\w*|вызволен\w*)")
# (and the part told first: "двое детей оказались среди девяти пострадавших")
SUBSET_AFTER = (r"^\s+(?:из\s+(?:[\w-]+\s+)?(?:них|которых|пострадавших|раненых|погибших)|"
                r"(?:[\w-]+\s+)?(?:оказал(?:ся|ась|ись)|был[аи]?|есть)\s+(?:также\s+)?среди\s+(?:[\w-]+\s+)?"
                r"(?:пострадавших|раненых|погибших|жертв))\b")
# after a count, the victims' condition: "пострадали семеро, четверо в среднем состоянии, трое - в лёгком": the
# state of some of those the sentence told, no more of them (see casualties.of_sentence)
CONDITION_AFTER = (r"^\s+(?:(?:человек\w*|[\w-]+)\s+)?(?:[-–—:]\s*)?(?:(?:находя?т(?:ся)?|был[аи]?|остаётся|остается|остаются)\s+)?"
                   r"в\s+(?:крайне\s+|очень\s+)?(?:тяж[её]л\w*|средн\w*|л[её]гк\w*|удовлетворительн\w*|критическ\w*|стабильн\w*|"
                   r"состоянии\s+(?:средней\s+)?(?:тяжести|тяж[её]л\w*|средн\w*|л[её]гк\w*|удовлетворительн\w*|критическ\w*|стабильн\w*))")
# what may stand between a victim verb and its count: "пострадали еще 11", "injuring at least 4"
# an aside in commas between a count of victims and its verb: "ещё трое, по первым данным, ранены",
# "ранены, по словам губернатора, трое"
# ("еще семеро, среди них подросток, ранены": who some of them were, told in commas)
AGES_CUE = r"(?!)"  # (English "two women, aged 57 and 43")
AGES_AFTER_NOUN = r"(?!)"  # (English "two boys aged 13 and 16", Ukrainian "троє чоловіків — 35, 47 і 58 років")
CASUALTY_ASIDE = r"(?:по\s+(?:[\w-]+\s+){0,2}(?:данным|информации|сведениям|словам)|предварительно|как\s+сообщ\w+|как\s+уточнил\w*|среди\s+них|в\s+том\s+числе)(?:\s+[^\s\d,.;:!?()]+){0,3}"
VICTIM_FILLER = r"(?:ещ[её]|уже|теперь|не\s+менее|как\s+минимум|по\s+меньшей\s+мере|около|более|свыше|до|также|всего|в\s+общей\s+сложности)"
# a phrase of cause or place between the victims' verb and their count ("пострадали от ударов по области 14 человек"):
# a preposition opening it (see casualties: only before a count of people)
VICTIM_GAP_PREPOSITION = r"(?:от|в|во|на|при|под|по|из-за|в\s+результате|вследствие|из|у|за)"
REMINDER = r"\W*(?:напомним|напомню|напоминаем)\b"
# the writer's aside opening a sentence of an official's story ("Заметим, что за ночь над страной сбили 90
# дронов", "К слову, …"): see lexicon.uk
ASIDE = r"\W*(?:заметим|отметим|к\s+слову)\b"
# a sentence opening with a recent earlier event ("Недавно беспилотник повредил …"): the rest of its paragraph tells
# earlier events, as after a reminder (not "нещодавно відремонтований будинок" inside a sentence)
# (not a participle after it: "Недавно отремонтированная школа пострадала ночью" tells tonight's news)
LATELY_OPENING = (r"\W*недавно\b(?!\s+(?:отремонтирован|построен|восстановлен|открыт|обновл[её]н|"
                  r"реконструирован|возвед[её]н|установлен|введ[её]н)\w*)")
# a sentence opening with what came before the events told ("До этого губернатор сообщал о раненом в соседнем селе"):
# after the report told a toll of its own, the rest of its paragraph tells earlier events; where none was told yet, a
# digest's own item (not a time it runs up to: "До этого момента атак на город не было"); so does an aside opened by
# "К слову, …", "Кстати, …", "Между прочим, …" ("К слову, днём ранее дроны атаковали Херсон, ранен мужчина"); "Незадолго
# до этого …" likewise (shortly before: a digest's earlier item of the same night where no toll was told yet)
BEFORE_THIS_OPENING = (r"\W*(?:(?:незадолго\s+)?до\s+этого\b(?!\s+(?:момента|времени|дня|часа|года|лета)\b)"
                       r"|(?:к\s+слову|кстати|между\s+прочим)\s*,)")
# a sentence of victims that opens by adding to those told: "Также ранение получил 40-летний мужчина"
OTHER_STORY_OPENING = r"(?!)"  # (English "Separately, …": not read here)
# another person told come under the strike too, with no victim's word ("Под удар также попал его брат. Он получил
# ранения"): the victims the next sentence tells are more, not the one told before
ANOTHER_UNDER_STRIKE = (r"(?<!\w)(?:под\s+удар\s+(?:также|тоже)\s+попал|(?:также|тоже)\s+под\s+удар\s+попал|"
                        r"под\s+удар\s+попал[аи]?\s+(?:также|тоже|ещ[её]))")
# (and a second strike's: "Еще один дрон ударил по машине, ранен водитель", "При еще одном ударе …": its victims are others)
# (the second strike's opening alone, NEXT_STRIKE_OPENING: after a toll whose parts are being told strike by strike,
# "За сутки ранены три человека. В селе … ранен водитель. Еще один дрон ударил по дому, ранены двое", its next part)
_NEXT_STRIKE = (r"(?:ещ[её]\s+од(?:ин|на)|втор(?:ой|ая))\s+(?:[\w-]+\s+)?"
                r"(?:дрон|беспилотник|БПЛА|БпЛА|удар|ракета|снаряд|FPV-дрон)|при\s+(?:ещ[её]\s+одном|втором)\s+(?:[\w-]+\s+)?ударе")
NEXT_STRIKE_OPENING = rf"\W*(?:{_NEXT_STRIKE})\b"
# (or "besides" the place told: "Кроме Харькова, пострадавшие есть в …")
MORE_VICTIMS_OPENING = (rf"\W*(?:(?:также|кроме\s+того|помимо\s+этого|{_NEXT_STRIKE})\b|"
                        r"(?:кроме|помимо)\s+(?!того\b|этого\b)[^,.;:!?\d]{1,60}?,)")
# a toll told for several attacks ("в результате ударов по A и B погибли четверо"; forms of the plural only,
# not "атаки", which is also the genitive of one attack): the body's figures for its places may be its parts
# (the plural only aimed at places, before a toll or as its cause: not "погиб … на фоне участившихся атак на регион")
_PLURAL_ATTACKS = (r"(?:атак(?:ами|ах)?|удар(?:ы|ов|ами|ах)|обстрел(?:ы|ов|ами|ах)|налёт(?:ы|ов|ами)|налет(?:ы|ов|ами))"
                   r"\s+(?:по|на|против)\b")
_SEVERAL_TOLL = r"(?:погиб\w*|убит\w*|ранен\w*|пострадал\w*|унес\w*|жертв\w*|жизн\w*)"
SEVERAL_ATTACKS = (rf"\b{_PLURAL_ATTACKS}[^.;!?]{{0,120}}?\b{_SEVERAL_TOLL}|"
                   rf"\b(?:в\s+результате|вследствие|из-за|от|при)\s+(?:[\w-]+\s+){{0,3}}?{_PLURAL_ATTACKS}|"
                   r"\bпо\s+всей\s+(?:стране|Украине|России)\b")
# whose victims a placeless toll tells, by country: the country its words name, or the attacker's ("российских ракетных
# ударов": Ukraine's people; "украинских беспилотников", "ВСУ": Russia's) (see casualties.victims_country)
_ATTACKING = r"(?:[\w-]+\s+){0,3}?(?:удар|атак|обстрел|дрон|беспилотник|ракет|БПЛА)"
VICTIMS_COUNTRY: list[tuple[str, str]] = [
    (rf"\bпо\s+всей\s+Украине\b|\bроссийск\w*\s+{_ATTACKING}", "UA"),
    (rf"\bпо\s+всей\s+России\b|\bукраинск\w*\s+{_ATTACKING}|\bВСУ\b", "RU"),
]
# a reminder's words of a time before the report's: "Напомним, накануне …", "ранее", "на прошлой неделе"
# an anniversary or a day of mourning told by a reminder: "Напомним, сегодня исполняется год со дня обстрела …",
# "Напомним, сегодня в городе траур по …": earlier victims (the present
# time names no retelling of the night)
ANNIVERSARY = r"(?:\bгодовщин\w*|\bтраур\w*|\bисполн(?:яется|илось|ится|илась)\s+(?:ровно\s+)?(?:год|полгода|(?:два|три|четыре)\s+года|месяц)\s+(?:со\s+дня|с\s+момента|с\s+тех|после|как)\b)"
# начало другого предложения в составе фразы ("… сбиты три беспилотника над Белгородской областью, сообщил он,
# добавив, что магазин, пострадавший в воскресенье, открылся"): время после него — не время счёта
OTHER_CLAUSE = (r";|,\s*(?:добавив|добавил[аи]?|отметив|уточнив|подчеркнув|пояснив|тогда\s+как|в\s+то\s+время\s+как|"
                r"котор\w+|где|хотя|поскольку|так\s+как)\b")
OTHER_TIME = (rf"{ANNIVERSARY}|"
              r"(?:\bвчера|\bнакануне|\bранее|\bпрежде|\bпрошл\w+\s+(?:недел|месяц|год)\w*|\b(?:понедельник|вторник|сред[уы]|четверг|пятниц|суббот|воскресень)\w*|"
              r"\bминувш\w+\s+(?:недел|месяц|год)\w*|\b(?:дн|недел|месяц|год|лет|час)\w*\s+назад\b|\bвесной|\bлетом|\bосенью|\bзимой|"
              # a month or a year with no day: "Напомним, в конце декабря …", "в январе", "в 2024 году"
              r"\bв\s+(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)е\b|"
              r"\b(?:начале|конце|середине)\s+(?:(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[яа]|месяца|года)\b|"
              r"\bв\s+(?:19|20)\d\d\s+году\b)")
# (English "In March, drones were downed over …": a short opening clause of another time; not read here,
# where "В ночь на понедельник" opens the report's own night)
SHIFTED_OPENING = r"(?!)"
# a clause of the present after a background cue in its sentence ("Ранее сообщалось о двух раненых, теперь
# их число выросло до пяти"): the sentence tells the news too
# (or the report's own time: "На прошлой неделе город обстреливали, а этой ночью …" — that clause is the news)
NOW_CLAUSE = r"[,;]\s*(?:а\s+|но\s+)?(?:теперь|сейчас|сегодня|этой\s+ночью|этим\s+(?:утром|вечером)|минувшей\s+ночью|прошедшей\s+ночью)\b"
CAME_AFTER_OWN_TOLL = r"(?!)"  # (see lexicon.en: the background cue "came … after" is English only)
CAME_AFTER_OTHER_HARM = r"(?!)"
CAME_SAME_DAY = r"(?!)"  # (see lexicon.en: the same day's earlier event on the same place)
CAME_AFTER_SAME_PLACE = r"(?!)"
# a sentence opening with the present time ends a background paragraph ("10 ноября … Сегодня ночью …")
# tonight's attack named anywhere in a sentence also ends a background paragraph ("Недавно беспилотник повредил склад.
# В результате ночной атаки пострадали двое")
NOW_ATTACK = r"\b(?:ночн|сегодняшн|нынешн)(?:ой|ей|ая|яя|ую|юю|ого|его|ом|ем)\s+(?:[\w-]+\s+)?(?:атак|удар|обстрел|нал[её]т)\w*"
# a sentence that opens by pointing back to the event told just before: "Тогда …", "В тот раз …", "В результате того
# удара …" (after a reminder, the earlier event's; see lexicon.en)
THEN_OPENING = (r"\W*(?:тогда(?!\s+как)|в\s+тот\s+(?:раз|день)|в\s+ту\s+ночь|(?:в\s+результате|во\s+время|при)\s+(?:того|той|тех|том|тот)\s+"
                r"(?:удар\w*|атак\w*|обстрел\w*|налет\w*|налёт\w*|взрыв\w*))\b")
NOW_OPENING = r"\W*(?:сегодня|этой\s+ночью|этим\s+(?:утром|вечером)|минувшей\s+ночью|прошедшей\s+ночью)\b"
LOCATIONS = r"локаци\w*"
LOCATIONS_PREP = r"\b(?:на|в|во|по)"
LOCATION_HIT_CUE = r"(?:попадани\w*|прил[её]т\w*)"
LOCATION_DEBRIS_CUE = r"(?:облом(?:ок|к\w*)|падени\w*)"
# (and the whole war's toll: "За время войны в области погибли более 900 мирных жителей")
# (and a week, a month or a year before, as a day before: "Неделей ранее в области погибли двое")
# (and a story told the day before: "Накануне стало известно, что двое ранены …", "Накануне сообщалось о …")
# (an event that came some days after another, whose toll the sentence tells: "Удар произошел через неделю после
# массированной атаки, унесшей жизни 20 человек по всей стране", as English "The attack comes a week after …")
# another attack told as like the report's with a time of its own ("Подобной атаке в ночь на 25 марта подверглась
# Брянская область, обломками ранены двое"): that attack's story, not the report's (see lexicon.en)
_SIMILAR_ATTACK = (r"(?:\bподверг\w*|\bпережил\w*)\s+(?:такой\s+же|аналогичн\w+|подобн\w+|схож\w+)\s+(?:[\w-]+\s+)?(?:атак|удар|нал[её]т)\w*"
                   r"|(?:\bтакой\s+же|\bаналогичн\w+|\bподобн\w+|\bсхож\w+)\s+(?:[\w-]+\s+)?(?:атак|удар|нал[её]т)\w*\s+(?:[\w-]+\s+){0,8}?"
                   r"(?:подверг\w*|пережил\w*)")
_OWN_TIME = (r"(?:\b\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\b|"
             r"\bнакануне\b|\bвчера\b|\bранее\b|\bв\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b)")
BACKGROUND = (rf"(?=(?:{_SIMILAR_ATTACK}))(?=[^.;]{{0,120}}?{_OWN_TIME})(?:{_SIMILAR_ATTACK})|{_OWN_TIME}[^.;]{{0,60}}?(?:{_SIMILAR_ATTACK})|"
              # an earlier week or month's event ("На прошлой неделе при ударе по Рыльску погибли трое", "в начале месяца",
              # "ранее в этом месяце"), as "неделю назад"
              r"\bна\s+(?:прошлой|минувшей|прошедшей|позапрошлой)\s+неделе\b|\bв\s+(?:прошлом|минувшем)\s+(?:месяце|году)\b|"
              r"\bв\s+(?:начале|середине)\s+(?:этого\s+|текущего\s+)?(?:месяца|недели|года)\b|\bранее\s+(?:в\s+этом|на\s+этой)\s+(?:месяце|неделе|году)\b|"
              r"(?:(?:произош(?:ел|ёл|ла|ло|ли)|случил(?:ся|ась|ось|ись))\s+(?:(?:ровно|почти|всего|лишь)\s+)?(?:через|спустя)\s+"
              r"(?:[\w-]+\s+)?(?:день|дня|дней|сутки|суток|неделю|недели|недель|месяц|месяца|месяцев)\s+после\b|\bнапомним\b|\b(?:дн[её]м|сутками|неделей|месяцем|годом)\s+ранее\b|\bза\s+(?:время|годы|период)\s+(?:полномасштабной\s+)?войны\b|\bнапомню\b|(?P<earlier>\bранее\s+сообщал\w*)|\bнакануне\s+(?:сообщал\w*|стало\s+известно)\b|\bс\s+начала\s+(?:года|месяца|октября|ноября|декабря|января|февраля|марта|"
              r"апреля|мая|июня|июля|августа|сентября|войны|СВО|специальной)|\bза\s+(?:прошлую|прошедшую|минувшую|последнюю)?\s*неделю|\bза\s+(?:прошедший|минувший|последний)?\s*месяц|\bза\s+(?:последн|прошедш|минувш)(?:ие|их)\s+(?:[\w-]+\s+)?(?:недел[иь]|месяц(?:а|ев)|год(?:а)?|лет)\b|\b(?:\w+\s+)?(?:дн(?:я|ей)|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)\s+назад)")
# the sentence right after a count that names who told it ("Про це повідомляє начальник ОВА …")
TOLD_BY_NEXT = r"^\W*(?:об\s+этом|о\s+(?:происшестви\w*|случивш\w+|последстви\w+|инцидент\w*)|как\s+(?:сообщил|сообщила|сообщили|заявил|заявила))\b"
# an official named first, then "added": the sentence before was his too ("Глава Крыма … добавил, что …")
ADDED_AFTER_PERSON = r"\s*(?:,\s*)?(?:также\s+)?(?:добавил|добавила|отметил|отметила|уточнил|уточнила|подчеркнул|подчеркнула)\b"
REPORTER_ANAPHORA = r"(?:по\s+(?:его|ее|её)\s+словам|губернатор\w*|глав\w*\s+региона|он\s+(?:сообщил|добавил|уточнил)|сообщил\w*|добавил\w*|уточнил\w*)"

# a figure of another period set beside the claim's ("против 31 накануне", "по сравнению с 20 неделей
# ранее", "вдвое больше, чем накануне"): its period word is no scope of the claim told
# after the day before ("накануне вечером"), a clause of the report's own night: "Накануне вечером над
# Брянской областью сбиты три беспилотника, а ночью над Курской – ещё семь" (that night is no previous one)
# (only after the day before, not a previous night: "предыдущей ночью сбиты 20, а этой ночью – семь" are two nights)
EVE = r"накануне"
# a night word as a word of its own, the sentence's night ("Ночью над Курской областью …")
NIGHT_WORD = r"\b(?:ночь\w*|ночи|ночью|ночной|ночное|за\s+ночь)"
# right before the last of a sentence's counts of one weapon: "Вчера было 80 дронов, а сегодня 116", "Далее 127,
# 200 дронов, и сегодня имеем 116 БПЛА": today's count; the ones before it are other days' (their own claims) (also with its verb or its teller between: "а сегодня уничтожено 12")
TODAY_BEFORE = r"(?:\b(?:а|и|но)\s+)?\b(?:сегодня|этой\s+ночью|нынешней\s+ночью)\s+(?:(?:у\s+нас\s+|мы\s+)?(?:имеем|было|были|был)\s+|(?:[^\W\d_]+\s+){1,5})?(?:уже\s+)?$"
OWN_NIGHT_AFTER = r"(?:,\s*(?:а|и)\s+(?:уже\s+)?|;\s*(?:а\s+)?)(?:этой\s+|сегодня\s+)?ночью\b"
# a relative clause after a count that says it was told before ("5 дронов, о которых сообщали ранее"): those
# weapons' earlier telling, not the period of the sentence's counts
TOLD_BEFORE_CLAUSE = (r",\s*о\s+котор\w+\s+(?:уже\s+)?(?:(?:ранее|раньше)\s+)?(?:сообщал\w*|писал\w*|говорил\w*|"
                      r"упоминал\w*)(?:\s+(?:ранее|раньше))?")
COMPARED = (r"(?:\bпротив|\bпо\s+сравнению\s+с|\bв\s+сравнении\s+с)\s+(?:[\w-]+\s+)?\d[\d\s]*[^.;:!?\n]{0,40}|"
            r"\b(?:больше|меньше),?\s+чем\b[^.;:!?\n]{0,40}")
# a figure of another period set beside a count, with that period: "уничтожили 1450 беспилотников, по сравнению
# с 1120 в августе", "против 23 сутками ранее": that period's claim, of the same claimant, verb and weapon (group
# n: its number; not a night's date, "в ночь против …" is Ukrainian's)
COMPARED_PERIOD = (r"(?:(?:в|за)\s+(?:предыдущ|прошл)\w+\s+(?:месяц|недел|сутк|ноч|год)\w*|"
                   r"(?:месяцем|неделей|сутками|днем|днём|ночью|годом)\s+ранее|накануне|вчера|"
                   r"(?:прошлой|предыдущей)\s+ночью|на\s+(?:прошлой|предыдущей)\s+неделе|(?:прошлого|предыдущего)\s+(?:месяца|года)|"
                   r"в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре))\b")
COMPARED_FIGURE = (r"(?:\bпротив|\bпо\s+сравнению\s+с|\bв\s+сравнении\s+с)\s+(?:(?:более|около|почти|свыше)\s+)?"
                   r"(?P<n>\d[\d\s]*?)\s+(?:[\w-]+\s+){0,2}?" + COMPARED_PERIOD)
# a past attack the report's is measured against, and the clause that tells it ("когда", "в котором"), to a
# comma: "крупнейшая атака со
# времени налёта 1 июня, в котором участвовали 472 дрона", "самая массированная с 1 июня, когда Россия
# выпустила 472 дрона": its counts are that attack's, no claim of the report (nor a part of one)
RECALLED_SINCE = (r"\b(?:крупнейш|масштабнейш|мощнейш|рекордн|наибольш|больше\s+всего|(?:сам|наибол)\w+\s+(?:массированн|масштабн|мощн|крупн))\w*"
                  r"(?:\s+[\w-]+){0,3}?\s+(?:с|со)\s+[^.;!?\n,]{0,40}?,?\s+"
                  r"(?:когда|в\s+котор\w+|в\s+ходе\s+котор\w+|во\s+время\s+котор\w+)\b[^.;!?\n,]{0,80}|"
                  # ("превзойдя массированный удар 10 октября, когда было выпущено 84 ракеты": the attack it outdid)
                  r"\b(?:превы[сш]|превзо[йш]|побив|побил)\w*\s+(?:[\w-]+\s+){0,3}?(?:удар|атак|обстрел|рекорд)\w*"
                  r"\s+[^.;!?\n,]{0,40}?,?\s+(?:когда|в\s+котор\w+|в\s+ходе\s+котор\w+)\b[^.;!?\n,]{0,80}")
SCOPES: list[tuple[str, str]] = [
    (r"(?:за\s+(?:прошедшую|минувшую|истекшую)\s+неделю|за\s+неделю|в\s+течение\s+(?:прошедшей\s+)?недели|"
     # ("только в течение октября противник выпустил 2023 БПЛА", "за октябрь": a month's figure)
     r"в\s+течение\s+(?:всего\s+)?(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?!\s+\d)\b|"
     r"\bза\s+(?:январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\b|"
     r"за\s+(?:прошедший\s+)?месяц|с\s+начала\s+(?:проведения\s+)?(?:\d{4}\s+)?(?:года|месяца|специальной|полномасштабн|применения|использования|войны|СВО)|"
     # ("Всего с 24 февраля 2022 года уничтожено …": since a day of a year written out, a running tally)
     # ("В 2023 году Россия запустила …", "только за 2024 год", "за 2024 год": a year's figure)
     r"^\W*(?:в|за)\s+(?:19|20)\d{2}\s+(?:году|год)\b|\bтолько\s+(?:в|за)\s+(?:19|20)\d{2}\s+(?:году|год)\b|\bза\s+(?:19|20)\d{2}\s+год\b|"
     # ("с 2022 года": since a year)
     r"\bс\s+(?:19|20)\d{2}\s+(?:года|г\.)|"
     r"\bс\s+\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\s+\d{4}\s+(?:года|г\.))", "summary"),
    (r"(?:предыдущ\w*\s+ночь\w*|накануне|ночью\s+ранее|сутками\s+ранее)", "previous_night"),
    # ("Последний раз губернатор сообщал об атаке 28 сентября": the last report before this one, on a day
    # the clause names; not "последний раз ПВО работала в 5:40", the last hour of this night)
    (r"(?:ранее\s+(?:сегодня|в\s+этот\s+день|днем|днём|утром)|ещ[её]\s+раньше|ранее|раньше|до\s+этого|до\s+того|прежде|"
     r"(?:в\s+)?последний\s+раз(?=[^.!?;\n]{0,100}?(?:\b\d{1,2}(?:-?го)?\s+(?:января|февраля|марта|апреля|мая|июня|июля|"
     r"августа|сентября|октября|ноября|декабря)|\b\d{1,2}\.\d{1,2}\.\d{2,4}|\bв\s+(?:понедельник|вторник|среду|четверг|"
     r"пятницу|субботу|воскресенье)\b|\bна\s+прошлой\s+неделе|\bв\s+прошлом\s+месяце|\b(?:неделю|месяц|\w+\s+дн(?:я|ей))\s+назад))|"
     r"как\s+(?:уже\s+)?(?:сообщал(?:ось|и)|писали)|"
     # ("в начале мая … сбили ракету": a part of a month told, a time of its own)
     r"в\s+(?:начале|середине|конце)\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
     r"ноября|декабря))",
     "earlier"),
    # "Напомним, …": an earlier report recalled (the report's own claim when nothing else is told)
    (r"(?:напомним)", "recalled"),
]

ZONES: list[tuple[str, str]] = [
    (r"мск|МСК|по\s+московскому\s+времени|московского\s+времени", "Europe/Moscow"),
    (r"по\s+киевскому\s+времени|киевского\s+времени", "Europe/Kyiv"),
    (r"GMT|UTC|по\s+Гринвичу", "UTC"),
]
NIGHT = r"(?:ночь\w*|ночи|ночью|ночной|ночное|за\s+ночь)"
# a part of the day a sentence may open with, as with the night: "Утром над Курской областью сбиты несколько дронов"
DAY_PART = r"(?:утром|дн[её]м|вечером)"
# a reporting frame a sentence may open with before the place its count happened in: "Он добавил, что в Курской области …"
# (or a named one: "Губернатор Игорь Артамонов сообщил, что в Липецкой области …")
OPENING_FRAME = (r"(?:(?:также\s+)?(?:он|она|они|(?:[\w'’.-]+\s+){1,5}?[\w'’.-]+)\s+)?"
                 r"(?:добави\w*|отмети\w*|сообщи\w*|уточни\w*),?\s+что\s+")
# (or a whole hour without its minutes, where a range or "к" leads it and "часов" or "утра" follows it or the
# range's next hour: "с 23 часов до 7 утра", "с 20 до 23 часов по московскому времени"; not "в течение 3 часов")
_HOUR_LEAD = "|".join(rf"(?<=\b{w}\s\d)|(?<=\b{w}\s\d\d)" for w in ("с", "со", "до", "по", "к"))
_HOUR_NOUN = r"\s+(?:час(?:ов|а)?(?:\s+утра)?|утра)\b"
# an evening hour, led as above: "с 8 вечера до 6 утра", "с 9 часов вечера" (20:00, 21:00; PM_WORDS are the "pm")
TIME_AMPM = rf"(?P<h>1[0-2]|0?[1-9])(?:{_HOUR_LEAD})(?P<m>(?!))?\s+(?:час(?:ов|а)?\s+)?(?P<ap>вечера)\b"
PM_WORDS = ("вечера",)
TIME_24 = (rf"(?P<h2>[01]?\d|2[0-4])(?:[:.](?P<m2>[0-5]\d)|(?:{_HOUR_LEAD})(?:{_HOUR_NOUN}|(?=\s+(?:до|по)\s+\d{{1,2}}{_HOUR_NOUN})))")
TIME_WORDS = {"полуночи": (0, 0), "полудня": (12, 0), "полудню": (12, 0)}  # ("с полуночи", "к полудню")
# an hour told by its word, of the night or the morning: "с трёх до пяти утра", "с двух часов ночи" (as Ukrainian
# "з третьої до п'ятої ранку"; "до начала шестого" is not told so in Russian). Only where the part of the day is
# named after it or after the range it opens (not "двух беспилотников", "с трёх сторон"; nor "в третьем часу ночи",
# some time after two)
HOUR_ORDINALS = {"часу": 1, "двух": 2, "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6,
                 "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11, "двенадцати": 12}
_HOUR_WORD = "|".join(HOUR_ORDINALS)
_HOUR_OF = r"(?:\s+час(?:ов|а))?\s+(?:утра|ночи)\b"
# (the part of the day is the time's own: a zone after it, "до шести утра по московскому времени", is the time's)
TIME_HOUR_WORD = (rf"(?P<os>(?!))?(?<!ом\s)(?<!ем\s)(?<!ому\s)(?<!ему\s)(?P<o>{_HOUR_WORD})(?:{_HOUR_OF}|(?=(?:\s+час(?:ов|а))?\s+(?:до|по)\s+"
                  rf"(?:{_HOUR_WORD}){_HOUR_OF}))")
DAY_THEN_TIME = r"(?:с|со|в|между|в\s+период\s+с|начиная\s+с)"  # between a date and the time that follows it
REPORT_AUX = r"(?!)"  # (English "the Air Force has said")
DAY_ORDINAL = r"(?!)"  # (English "March 3rd", "3rd of March", "on the Tuesday, 3 March")
DAY_OF = r"(?!)"
DATE_LEAD = r""
# (and a part of a day, its weekday and date, then the time: "С вечера воскресенья, 23 февраля, в 20:00")
RANGE_FROM = (r"(?:с|со|между|в\s+период\s+с|начиная\s+с|началас\w*\s+(?:около|примерно\s+в|в)|"
              r"с\s+(?:вечера|ночи|утра)(?:\s+\w+)?,?\s+\d{1,2}\s+\w+,?\s+в)")
RANGE_TO = r"(?:до|по|и)"
DAY_RANGE_TO = r"на|по|до"  # "в ночь с 3 на 4 мая" (see lexicon.en)
# what names a day as the morning a night runs to ("в ночь на 12 октября, с 20:00"; see lexicon.en)
NIGHT_TO = r"\b(?:ночь|ночи)\s+(?:с\s+\d{1,2}\s+)?на\s+(?:[^\W\d]+,?\s+)?$"
# (not "ближе к полуночи", "ближе к 23:00": about then, no time told up to)
AS_OF = r"(?:по\s+состоянию\s+на|(?<!ближе\s)к)"
# a sentence that opens with the time something happened at (see lexicon.en): in Russian only an attack told right
# after an approximate time ("Около 04:20 противник атаковал Одесскую область": the window's start), not a downing,
# where "В 16:41 мэр написал" opens with the time of a post more often than of the downing it tells
AT_OPENING = r"^\W*(?:около|примерно|ориентировочно)\s+(?:в\s+)?$"
# whether such a start belongs only to the claim told in its sentence or the next (see lexicon.en): in Russian a
# later "Около 14:50 противник атаковал село …" after a night's downing is another attack
AT_STARTED_OWN_CLAIM = True
AT_DOWNED_AFTER = r"(?!)"
AT_STARTED_AFTER = (r"^\W*(?:(?:враг|противник|агрессор|ВСУ|Россия|РФ)\s+)?(?:атаковал\w*|(?:на|с)?ча\w*\s+атак\w*|"
                    r"нан[её]с\w*\s+(?:\w+\s+)?удар\w*)")
# an air-raid alert a time is told of ("тревогу в Киеве объявили в 16:31"; see lexicon.en)
ALERT = r"(?:тревог\w*|сирен\w*)"
# a lead that tells of an attack by those who meet it ("вечером 9 мая над областью работала ПВО", "в районе
# объявлялась воздушная тревога"; see lexicon.en)
ATTACK_TOLD_BY = r"\bПВО\b|противовоздушн\w*\s+оборон\w*|\bзенитн\w*|\bвоздушн\w*\s+тревог\w*|\bсирен\w*"

COMMENTARY_HINTS = r"(?:эксперт\w*|аналитик\w*|подчеркива\w*|свидетельству\w*)"

NOT_PLACES = {
    "почта", "почты", "почту", "почте", "почтой",  # "Новая почта", the carrier
    "офис", "офиса", "офисе", "офисом",  # "глава Офиса президента …": a national office, no place nor a name
    "один", "одна", "одно", "два", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",  # "Семь из них сбиты"
    "дунай", "дуная", "дунае", "свобода", "радио",  # the Danube, Radio Liberty
    "сеть", "сети", "сетью",  # "появилось в Сети": the Internet, no village Iset'"
    "атаки", "атака",  # "Атаки были отражены": attacks, no town (Otaci in Moldova is "Атаки" in Russian)
    "в", "во", "над", "по", "на", "с", "со", "к", "из", "и", "а", "но", "от", "за", "при", "об", "о",
    "всего", "также", "кроме", "как", "так", "это", "этот", "эта", "министерство", "минобороны",
    "пво", "бпла", "бла", "всу", "рф", "тасс", "риа", "новости", "интерфакс", "губернатор",
    "глава", "мэр", "врио", "начальник", "днем", "днём", "ночью", "утром", "вечером", "ранее",
    "накануне", "сегодня", "вчера", "информация", "по данным", "кроме того", "сообщается", "известно",
    "украинских", "украинские", "украина", "украинский", "российские", "российских", "дежурными",
    "воздушные", "воздушных", "силы", "сил", "генштаб", "оперативный", "штаб", "телеграм", "telegram", "телеграме", "телеграмме", "telegram-канал", "telegram-канале",
    "телеграм-канал", "телеграм-канале", "telegram-канала", "телеграм-канала",
    "шахед", "shahed", "герань", "гербера", "нептун", "himars", "atacms", "storm", "shadow",
    "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота",
    "субботу", "воскресенье", *MONTHS,
}
POSSESSIVE_IN_NAME = r"(?!)"  # (English "the Donetsk People's Republic")
PLACE_TYPE_WORDS = (
    r"(?:област\w*|кра[йяюе]\w*|республик\w*|район\w*|регион\w*|округ\w*|громад\w*|общин\w*|мор[еяюй]\w*|город\w*\s+округ\w*|"
    r"городск\w*\s+округ\w*|муниципальн\w*\s+округ\w*|полуостров\w*|залив\w*)"
)
TYPE_FIRST = r"(?:Республик\w*|Автономн\w*\s+Республик\w*)"
PLURAL_TYPE = r"(?:ей|ов|ев|ях|ями|ям|ах|ами|ам|и|ы|\bгромад|\bобщин)$"  # ("Белопольской и Марганецкой громад", "… общин": the genitive plural has no ending)
PLURAL_TYPE_ENDING = r"(?!)"  # (English "regions" -> "region": the morphology reads a type word's number here)
CAPITAL_LETTER = r"[A-ZА-ЯЁІЇЄҐ]"  # a capital letter, Cyrillic or Latin (a name may be written in either script)
LOWER_LETTERS = "a-zа-яёіїєґ"  # the lower-case letters, Cyrillic and Latin, as a class's body (without them, a letter is a capital)
SINGULAR_TYPE_PHRASE = r"\w+(?:ой|ей)\s+\w+и"  # "Харьковской области", "Донецкой Народной Республики": PLURAL_TYPE's "-и" is the singular's genitive after an adjective of a singular case ("Брянская и Курская области" is the plural)
UNIT_QUALIFIER = r"(?:сельск\w*|поселков\w*|городск\w*|территориальн\w*|народн\w*)"  # "Семеновской территориальной общины": part of the unit's type (and "Донецкой народной республики" in lower case, the region, not Donetsk Raion)
# the first word of a two-word name ("в Новой Нелидовке", "в Нижней Ольшанке", "Старый Мерчик"): before a
# capitalised word it is never a place of its own (GeoNames' "Novyy", "Nizhniy"); the two words are one name
NAME_OPENERS_INSIDE = r"(?!)"  # (English "New Moscow": here the opener agrees, NAME_OPENERS)
NAME_OPENERS = (r"(?:Нов|Стар|Мал|Велик|Больш)(?:ая|ой|ую|ый|ий|ого|ом|ому|ое|ые|ие|ых|их)|"
                r"(?:Верхн|Нижн|Средн)(?:ий|яя|ей|юю|его|ем|ему|ее|ие|их)")
PLACE_LIST_CUES = (
    r"(?:\bв|\bво|\bнад|\bпод|\bу|\bоколо|\bрайоне|\bгород\w*|\bсел\w*|\bпос[её]лк\w*|\bдеревн\w*|"
    r"\bхутор\w*|\bпо|\bна|\bатакова\w*|\bатак\w*\s+на|\bудар\w*\s+по|\bнасел[её]нн\w*\s+пункт\w*|"
    r"(?<![\w.])(?:с|сел|п|пос|пгт|д|х|г)\.)\s*$"  # "(с. Малый Бурлук)": a post's abbreviations
)
# a span of weeks, months or years: what the sentence tells is a trend or history, no incident
# ("в последнее время атакуют город", "за последние месяцы повреждены дома")
# the time of the telling, not of the event: "Гладков сегодня заявил, что …", "сообщил во вторник"
_SAID_RU = r"(?:заявил|сообщил|написал|рассказал|отметил|добавил|уточнил)[аио]?"
_TOLD_DAY_RU = r"(?:сегодня|вчера|накануне|во?\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье))"
SPEECH_TIME = rf"\b{_SAID_RU}\s+{_TOLD_DAY_RU}\b|\b{_TOLD_DAY_RU}\s+{_SAID_RU}\b"
# a relative clause that a span of weeks or years may belong to: "предприятие, которое уже подвергалось
# ударам в прошлом году" (not "заявил, что за последние месяцы …")
RELATIVE_SPAN = r"\bкотор\w+"
TIME_SPAN = (r"(?:\b(?:за|в|на\s+протяжении|в\s+течение)\s+(?:последние|последних|прошлые|прошедшие)\s+(?:\w+\s+)?"
             r"(?:недел[июь]\w*|месяц\w*|лет|годы|года)\b|\bв\s+последнее\s+время\b|\bв\s+прошлом\s+году\b)")
LAUNCH_SITES_HEADER = r"(?:направлени[яй]\s+пуск\w*|районы\s+пуск\w*)"
# "атака киевского режима": a place name that stands for its government, the attacker
# нападение как привычка, догадка или отрицание, не событие: "почти ежедневно атакует приграничье",
# "по его мнению, Киев может планировать налет", "мы не атакуем Москву"
GENERIC_ATTACK = (r"(?:(?:почти|практически)\s+ежедневно|\bежедневно|\bрегулярно|\bпостоянно|\bсистематически|"
                  r"\bнеоднократно|\b(?:может|могут|мог|могли)\s+планировать|\bпо\s+(?:его|её|ее|их)\s+мнению|"
                  r"\bпредполож\w*|\bне\s+(?:атаку\w*|нападаем))")
# what stands between a place and the town that only locates it ("село Дивноморское под
# Геленджиком", "Тимашевск (в 60 км к северу от Краснодара)"): that town is a landmark, not where
# it happened; a comma alone begins a list ("в Джанкое, около Керчи"), not a landmark
REFERENCE_GAP = (r"\s*(?:(?:\(\s*|,\s*(?:что|который)\s+)?(?:под|возле|около|вблизи|близ|недалеко\s+от|неподал[её]ку\s+от)|"
                 r"(?:[,(]\s*)?(?:в\s+)?(?:примерно\s+|около\s+)?\d+\s*(?:км|километр\w*)\s+(?:[\w-]+\s+){0,2}?от)"
                 r"\s+(?:(?:города|г\.)\s*)?")
# Moscow only targeted or counted over ("атака беспилотников на Москву отражена", "над Москвой уничтожили 19"),
# no harm told there: its region, no locality, as the English golds have it (the golds never list Moscow for
# it in Russian texts: read f37-06, f39-05, f39-11, f42-05; the Ukrainian ones do); Kyiv they list (COUNTED_CITY_IS_TOWN)
CAPITALS_TARGETED_AS_REGION: frozenset[str] = frozenset({"RU-MOW"})
# a city that is a region of its own, a count told over it alone ("над Києвом збито 10", "під час атаки на
# Київ збито 40 цілей"), is a place of the report: its readers list the city (dev uk-035; read f37-04,
# f38-13), the English ones do not
COUNTED_CITY_IS_TOWN = True
AIMED_AT = r"(?!)"  # (Ukrainian "летять у бік Полтави": the town the weapons flew at is a place of the attack)
# (the capital for its state: "Киев атаковал Россию 85 беспилотниками", "Москва атаковала Украину")
PLACE_AS_ACTOR = r"\s*(?:режим\w*|правительств\w*|власт\w*|(?:атаковал|нан[её]с\w*|запустил|выпустил)[аи]?\s+(?:[\w-]+\s+){0,3}?(?:Росси|Украин|российск|украинск)\w*)"
# ("запуски велись из российских городов Орел, Курск": the towns named next)
# ("с северного и южного направлений (Курск, Миллерово)": the towns in brackets after the directions)
# ("запущены с кораблей в Черном море": the sea the carriers were in, as English "from ships in")
# ("по направлениям Брянск, Шаталово (РФ) противник запустил …": the Air Force's "з напрямків" retold, its
# towns marked "(РФ)" or its attacker named after them; not "атака велась по направлениям Купянск и Изюм",
# the fronts an attack went along)
# words between a launch-site cue and the sites it lists that are no site of their own (see en.LAUNCH_SITE_FILLER):
# "с территории России и временно оккупированного Крыма"
LAUNCH_SITE_FILLER = r"(?<!\w)(?:(?:временно\s+)?оккупированн\w*\s+|аннексированн\w*\s+|территори[июя]\b)"
LAUNCH_SITE_CUE = r"\b(?:(?:с|со)\s+(?:[\w-]+\s+){0,2}?(?:корабл\w*|подводн\w+\s+лод\w*|самол[её]т\w*|бомбардировщик\w*|носител\w*)\s+(?:в|во|над)|с\s+направлени[йя]|по\s+направлениям(?=[^.!?;\n]{0,120}?(?:\((?:РФ|России|Россия)\)|\b(?:враг|противник)\b))|направлени[йя]\s*\(|из\s+(?:\w+(?:ск|цк)их\s+)?городов|со\s+стороны|из\s+район\w*|с\s+территори\w*|с\s+аэродром\w*|из|с)\b"
# "7 – над Курской": a region adjective alone, its type word left out
# "Над Брянской областью сбиты 7 беспилотников"
# "в Брянской области – 19 единиц", "Больше всего — над Крымом: 17 аппаратов"
# ("а в небе Курской области – ещё 2")
# (the defences may stand between the places and a verb of "по N" each: "Над Курской и Орловской областями силы
# ПВО сбили по два …"; not before a plain count, which the places before may only share)
PLACE_FIRST_PASSIVE = r"(?!)"  # (English "while in Sumy Oblast three were shot down")
PLACE_FIRST_PASSIVE_OPENING = r"(?!)"
PLACE_FIRST_RELATIVE = r"(?!)"  # (English "in the Kursk region, where 9 were shot down"; here PLACE_FIRST_ITEM's)
PLACE_SUBJECT_ITEM = r"(?!)"  # (English "the Bryansk region accounted for 15")
# a region named as the owner of the air defences that downed the count ("ПВО Орловской области сбила 5
# беспилотников"): the verb after the region, then the defences before it
OWNED_DEFENCES_VERB = (r"\s+(?:(?:ночью|этой\s+ночью|сегодня)\s+)?(?:сбила|сбили|уничтожила|уничтожили|перехватила|перехватили)"
                       r"\s+(?:(?:более|около|не\s+менее|свыше)\s+)?$")
OWNED_DEFENCES = r"(?:ПВО|противовоздушн\w+\s+оборон\w+|(?:сил\w*|средств\w*)\s+ПВО)"
PLACE_FIRST_ITEM = (rf"\s*(?:(?:[-–—:]\s*(?:(?:был[иоа]\s+)?{DESTROY}\s*)?|(?:был[иоа]\s+)?{DESTROY}\s*)(?:ещ[её]\s+)?(?:по\s+)?|"
                    r"(?:дежурн\w+\s+)?(?:сил\w*|средств\w*|систем\w*|расч[её]т\w*)\s+(?:ПВО|противовоздушной\s+обороны)\s+"
                    rf"(?:был[иоа]\s+)?{DESTROY}\s*(?:ещ[её]\s+)?по\s+)$")
# a place attacked (ATTACK_ON_BEFORE before it), then the verb and the count: "во время атаки на Белгород
# ночью сбиты 6 беспилотников" (the attacked town is where they were downed)
ATTACKED_PLACE_FIRST_ITEM = rf"\s*(?:(?:ночью|этой\s+ночью|минувшей\s+ночью)\s+)?(?:был[иоа]\s+)?{DESTROY}\s*(?:ещ[её]\s+)?$"
ATTACK_ON_BEFORE = r"\b(?:атак\w*|нападени\w*)\s+на\s+"
# what may follow a place-first count written without its weapon ("– 19 единиц")
ITEM_UNITS = r"(?:единиц\w*|аппарат\w*|штук\w*|беспилотн\w*|дрон\w*|БПЛА)"
ELLIPTIC_TYPES = ("области", "края", "республики")
# (Ukrainian: a page that lost letters, "у Полтавськй областях")
LOST_LETTERS = LOST_ENDING = LOST_REGION_TYPE = r"(?!)"
LOST_LETTERS_SET = LOST_ENDING_RESTORED = ""
# a plural region type word announcing a list of bare adjectives: "в таких областях, как Курская, Брянская"
REGIONS_LISTED_TYPE = r"областях|областей"
ONE_ARTICLE = r"(?!)"  # (English "an enemy UAV")
SUBREGION_OF = r"(?!)"  # (English "the Kursk and Oktyabrsky regions of the Kursk Region": districts)
# a first-level type word that, singular, belongs to each of the coordinated adjectives before it
# ("Брянскую и Курскую область"; a district's does not: "в Каменске-Шахтинском и Миллеровском районе")
SPEAKER_PLACE_BEFORE = r"(?!)"  # (English "according to Moscow": a capital for its government)
# "пресекли попытки Киева совершить атаку": the capital whose attempt it was, its government (an attempt on a
# place takes "на": "попытка атаки на Киев")
ATTACKER_PLACE_BEFORE = r"попытк[аиуеой]\w*"
# after a country that acts: the attacker, no place of the attack ("Russia launched 20 drones", "Росія
# запустила 20 дронів"; active verbs only, not "Ukraine attacked overnight", a headline's passive)
# (not a country that launches a procedure of its own: "Румыния запустила расследование")
# the warring countries as the subject of a launch ("Украина запустила 90 дронов"): told with no place, in a
# regional official's post after his own count, the country's launch (an overview), not his region's
ATTACKING_COUNTRY = r"(?:Россия|РФ|Украина|Российская\s+Федерация)"
# (not when it names the region by a common noun: "Росія запустила по області 7 дронів", "атакувала
# область", "Russia launched nine drones at the region")
AT_OWN_REGION = r"\b(?:(?:по|на|против)\s+)?(?:нашей\s+|нашу\s+)?(?:области|область|региону|регион|городу|город|столице|столицу|краю|край|полуострову|полуостров)\b"
ATTACKER_PLACE_AFTER = (r"\s+(?:запустил\w*|выпустил\w*|атаковал\w*|нанесл\w*|нан[её]с\w*|ударил\w*|обстрелял\w*|применил\w*|направил\w*)\b"
                        r"(?!\s+(?:[\w-]+\s+)?(?:расследовани|проверк|программ|кампани|процедур|консультаци|спутник|соболезновани|помощ|ноту|делегаци|письм|обращени|протест|спасател)\w*)")
# a capital as the subject of what its government does: "Киев вновь атакует наши сёла", "Москва
# обвинила …" (a verb of the singular, the capital's gender: not "Киев атакуют", its object, nor "Киев
# атакован", the city; no past of an attack, which an object first reads as well: "Киев атаковал рой дронов")
GOVERNMENT_CAPITALS = r"(?:Киев|Москва)"
GOVERNMENT_OBJECT_BEFORE = r"(?!)"  # (English "pressure on Moscow": its government)
GOVERNMENT_NOT_BEFORE = r"(?!)"  # (English "residents of Moscow reported …": the city)
# a name in the nominative right before a verb of saying in the singular past ("Тимошенко позже уточнил"): a person
# who speaks, no place (a town is told in its other cases: "в Харькове сообщили")
PERSON_SAYS_AFTER = (r"\s+(?:(?:позже|позднее|впоследствии|затем|также|тоже|потом|ещё|еще)\s+)?"
                     r"(?:уточнил|сообщил|заявил|написал|добавил|отметил|подчеркнул|рассказал|пояснил)а?\b")
PERSON_SAYS_NOT_BEFORE = r"(?!)"  # (English "officials in Shebekino said": a town, no person)
GOVERNMENT_VERB_AFTER = (r"(?:\s+(?:[а-яё]+о|не|вновь|снова|опять|уже|также|тоже|и)){0,4}\s+"
                         r"(?:атакует|наносит|нан[её]с|нанесла|бь[её]т|обстреливает|запускает|"
                         r"запустила?|обвиняет|обвинила?|отрицает|угрожает|"
                         r"(?:продолжает|пытается|попыталась|попытался)\s+(?:атак|удар|нан[её]с|обстрел|запуск|терр)\w*)\b"
                         # ("Киев атаковал три российских региона", "Москва атаковала объекты энергетики": the past of an
                         # attack whose object follows, a place by its common noun, as no weapon that attacked the city is)
                         r"|(?:\s+(?:вновь|снова|опять|уже|также|тоже|ночью|утром|вечером|сегодня|вчера)){0,2}\s+атаковал[аи]?"
                         r"(?:\s+(?:\d+|\w+(?:ых|их|ые|ие|ый|ий|ую|юю)|сразу|ряд|несколько|два|две|три|четыре|пять)){0,3}"
                         r"\s+(?:регион|област|край|кра[яе]|город|сел[оа]|посёл|посел|населённ|населенн|объект|территори|приграничь|"
                         r"инфраструктур|предприяти)\w*")
ONE_REGION_TYPE = r"област\w*|кра[йяюе]\w*"
SUBREGION_TYPE: dict[str, str] = {}
# the words between a district or town and the region it lies in: (Russian puts the region in the genitive right after: "Клинцовском районе Брянской области")
UNIT_OF = r"(?!)"
REGION_OF = r"(?!)"  # (English "the region of Kherson": Russian and Ukrainian write the adjective)
REGIONS_LIST_OPENER = r"(?!)"  # (English "six oblasts — Alpha, Beta and Gamma")
REGION_ONLY_NAMES = r"(?!)"  # (English "in Dnipropetrovsk": the oblast)
# "В A-ском и B-ском районах — отбой угрозы. Над территорией этих двух муниципалитетов сбиты три
# беспилотника": the units named before, counted again by a demonstrative or a number after a word of
# where ("над", "в", "на территории", "в воздушном пространстве"); a bare number only after a word of
# territory or airspace ("в двух районах области" opening a story names none of them). Group "a" is the
# phrase, "n" its number word (UNITS_ANAPHOR_NUMBERS), "d" the demonstrative
UNITS_ANAPHOR = (r"(?:\b(?:[Нн]ад|[Вв]о?|[Нн]а)\s+(?:(?P<t>территори(?:и|ей|ях)|воздушном\s+пространстве|небе\s+над)\s+)?)"
                 r"(?P<a>(?:(?P<d>эт(?:их|ими|ом|им|ого|от|ой|у)|указанн(?:ых|ыми|ом|ого)|обоих|обоими|обеих|обеими)\s+)?"
                 r"(?:(?P<n>двух|двумя|тр[её]х|тремя|четыр[её]х|четырьмя|пяти|пятью)\s+)?"
                 r"(?P<u>муниципалитет\w*|муниципальн\w+\s+образовани\w+|район\w*|(?:городск\w+\s+|муниципальн\w+\s+)?округ\w*|"
                 r"населенн\w+\s+пункт\w*|населённ\w+\s+пункт\w*))\b")
UNITS_ANAPHOR_NUMBERS = {"двух": 2, "двумя": 2, "трех": 3, "трёх": 3, "тремя": 3, "четырех": 4, "четырёх": 4,
                         "четырьмя": 4, "пяти": 5, "пятью": 5, "обоих": 2, "обоими": 2, "обеих": 2, "обеими": 2}
UNITS_ANAPHOR_ONE = r"(?:эт(?:ом|им|ого|от|ой|у)|указанн(?:ом|ого))"  # (the demonstrative of one unit)
# "Это произошло над Брянской и Курской областями": where the weapons just counted were destroyed
# ("Сбития фиксировались в Полтавской, … областях": the shoot-downs just counted were recorded there)
# ("… уничтожены 14 беспилотников. Дроны пытались атаковать Тульскую и Калужскую области": where they were downed)
# ("… сбили 40 беспилотников. Речь идет о Курской и Орловской областях": the places the count just told is about)
# (the places themselves the object of "о": not "Речь идет о новых правилах … в Аской области", a stock phrase)
PLACE_ANAPHORA = r"(?:речь\s+ид[её]т\s+об?(?!\s+(?-i:[а-яё]))|(?:эти\s+)?(?:беспилотники|дроны|БПЛА|аппараты)\s+(?:по)?пытались\s+атаковать|это\s+произошло|произошло\s+это|это\s+случилось|сбити[яей]\s+(?:\w+\s+)?(?:фиксирова\w*|зафиксирова\w*))"
# "работает ПВО в Белгородском районе": air defence at work, where weapons are being downed
# (the noun too: "сообщил о работе ПВО над Курском", "Работа ПВО отмечена над …"; a sentence's first word capitalised)
AIR_DEFENCE_AT_WORK = (r"(?:\b[Рр]абот(?:а\w*|е|ы|у|ой)\b|\b[Сс]работа\w*|\b[Оо]тработа\w*)\s+(?:\w+\s+)?"
                       r"(?:ПВО|средств\w*\s+ПВО|противовоздушн\w*\s+оборон\w*)|"
                       r"(?:ПВО|[Пп]ротивовоздушн\w*\s+оборон\w*)\s+(?:работа\w*|сработа\w*|отработа\w*)")  # ("отработала система ПВО")
# after a count, the units that downed its weapons engaged in the regions named next ("для отражения
# атаки привлекались мобильные огневые группы … на территории … областей"; not "Противовоздушная
# оборона работала в … областях", where air defence was active; see attribute._after_count_anaphora;
# nor "для ликвидации последствий атаки в …", the rescuers' work)
UNITS_ENGAGED = r"\b(?:[Дд]ля|[Кк])\s+(?:отражени\w*\s+(?:воздушн\w*\s+)?атак\w*|ликвидаци\w*\b(?!\s+(?:последстви|пожар|возгоран|чрезвычайн)))"
# "сбиты над Курском и Курским районом", "сбили дрон в районе деревни Салово": the words right before
# a town or district where weapons were destroyed (a place below the region, kept as an incident)
# a settlement's type word abbreviated before its name ("в г. Каменске-Шахтинском", "и г. Шахты")
SETTLEMENT_ABBREVIATION = r"(?:г|с|п|пос|д|х|пгт|рп)\.\s*|пгт\s+"
# ("в нескольких километрах от Воронежа", "недалеко от Курска", "на подступах к Белгороду")
# the words of a kind of settlement before its name ("города", "населённых пунктов"), after an adjective
# ("украинского города Николаев")
SETTLEMENT_NOUN = r"(?:[а-яё]+(?:ого|ой|ых|их)\s+)?(?:с[её]л\w*|пос[её]лк\w*|деревн\w*|город\w*|хутор\w*|населённ\w+\s+пункт\w*|населенн\w+\s+пункт\w*)"
# a verbless sentence that opens with "also", going on with the places of the sentence before ("А также в
# ДНР — в Славянске и Краматорске")
ALSO_OPENING = r"\W*(?:а\s+)?(?:также|кроме\s+того)\s+(?:в|во|над|под|около|вблизи)\b"
# the places a sentence opens with "besides", where the weapons were downed too: "Кроме Херсонской области, дроны
# уничтожены над Тульской и Рязанской областями" (not "Кроме того, …")
BESIDES_OPENING = r"\W*(?:кроме|помимо)\s+(?!того\b|этого\b)[^,.;:!?]+,"
INTERCEPTION_CUE = (r"(?:\bнад|\bв|\bво|\bв\s+район(?:е|ах)|\bпод|\bоколо|\bвблизи|\bнедалеко\s+от|\bнеподал[её]ку\s+от|"
                    r"\bкилометр\w*\s+от|\bна\s+подступах\s+к|\b(?:на|при)\s+подл[её]те\s+к|\bна\s+окраин(?:е|ах)|\bна\s+территори(?:и|ях))\s+"
                    rf"(?:(?:территори\w+|(?:территори\w+\s+)?{SETTLEMENT_NOUN})\s+"
                    rf"|{SETTLEMENT_ABBREVIATION})?$")
# "остальные – над Воронежской": the rest of the total
REMAINDER = r"(?:остальн\w+|оставш\w+(?:\s+\w+)?)"
REMAINDER_STEMS = ("остальн", "оставш")  # the words REMAINDER begins with (a cheap gate)
# "остальные заглушили", "остальные были подавлены средствами РЭБ": suppressed by electronic warfare
SUPPRESSED = r"(?:заглуш\w*|подавл\w*|подавил\w*|посажен\w*|посадил\w*|(?<!не смогли )(?<!не удалось )посадить|(?<!не смогли )(?<!не удалось )подавить)"
CITY_AREA = r"\b(?:окрестност\w*|пригород\w*|район\w*\s+(?:вокруг|близ))"
# "За сутки противник применил по области такое оружие:" then one weapon count a line ("- два КАБ;"): a list of
# what was launched (or, with a destroy verb, destroyed)
# "сбили пять беспилотников там": the one region the sentence names
THERE_AFTER = r"\s+там\b"
THERE_ANAPHOR = r"\bтам\b"
# "В результате удара пострадали двое водителей" opening a sentence (in the paragraph after, too: a post's lines
# stand apart): the consequences of the attack just told
# (not one with a scope of its own, the day's or the region's: "В результате атак за сутки в регионе пострадали пять
# человек" sums up, no consequence of the one attack told before: CONSEQUENCE_SCOPE)
CONSEQUENCE_SCOPE = (r"(?<!\w)(?:за\s+(?:минувшие\s+|прошедшие\s+|последние\s+)?(?:сутки|день)|"
                     r"(?:в|по)\s+(?:всему\s+|всей\s+)?(?:регион[еу]|област[иь]))(?!\w)")
CONSEQUENCE_OPENING = (r"\W*(?:в\s+результате|вследствие)\s+(?:этого\s+|вражеского\s+|(?:[\w-]+\s+)?такого\s+)?"
                       r"(?:удара|атаки|обстрела|попадания|налета|налёта)(?!\s+(?:по|на)\b)")
# ("… следующее вооружение, сообщил губернатор:"; "в течение суток по области прилетели:" says what came by its verb)
# ("враг применял по области разные виды вооружения:": the kinds of weapons, listed)
# a list's line that says how many is not known yet: "- ракеты (тип и количество устанавливаются);"
COUNT_UNKNOWN = r"\bколичеств\w*\s+(?:\w+\s+)?(?:устанавлива\w*|уточня\w*|неизвест\w*)"
WEAPON_LIST_HEADER = (r"(?:(?:\b(?:следующее|такое|следующие)|\b(?:(?:различн|разн)\w+\s+)?(?:вид\w*|тип\w*))\s+(?:оружие|оружия|вооружение|вооружения|средства(?:\s+поражения)?)"
                      r"(?:\s*[,–—-]\s*(?:\w+\s+){0,3}\w+)?|\bприлете\w*)\s*:\s*$")
# "сбили два беспилотника над морем": a sea not named, the one the report is about (the group "sea");
# not "как над морем, так и над …" (one count over the sea and somewhere else)
# (English "off the coast of Sevastopol": the sea off the place; see lexicon.en)
OFF_COAST_BEFORE = r"(?!)"
# (and "в море": "в море на большом расстоянии от берега уничтожены два беспилотника")
BARE_SEA = r"(?<!как\s)\b(?i:над|в)\s+(?P<sea>морем|акваторией(?:\s+моря)?|(?<=[вВ]\s)море)(?!\s+(?:[А-ЯЁA-Z]|моря|морей)|\w)"
# "над Московским регионом", "над Брянским и Рязанским регионами": the region of that name
REGION_NOUN = r"регион\w*"
# "над Черноморским регионом" (the Ministry's name for the sea and its coast): the sea
SEA_ADJECTIVES: tuple[tuple[str, str], ...] = (("черноморск", "Черное море"), ("азовск", "Азовское море"),
                                               ("каспийск", "Каспийское море"), ("балтийск", "Балтийское море"))
# a nation's adjective ("російська ППО", "русская ПВО"): the side's, never a town's (a town may be named so)
NATION_ADJECTIVE = r"(?:российск|русск|украинск|белорусск|советск|американск|европейск|иранск|турецк)"
# a district's or hromada's adjective standing alone ("в Ізюмському", after "у Харківському районі")
# ("краснодарского нефтеперерабатывающего завода", "рязанского НПЗ": a plant named by its town's adjective in
# lower case, as a description and not the plant's name; the group "town", the town the adjective names)
LOWER_CASE_NAMES = (rf"(?<![\w-])(?!(?:{NATION_ADJECTIVE})[а-яё]*\s)"
                    r"(?:(?P<town>[а-яё]{3,}(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое))"
                    r"(?=\s+(?:НПЗ|нефтеперерабатывающ\w*|нефтебаз\w*|ТЭЦ|ТЭС|ГРЭС|аэропорт\w*)(?![\w-]))|"
                    # "над московским регионом", "в курском регионе": media write the region's adjective
                    # in lower case before "регион" (no official name): the region of that adjective
                    r"(?P<unit>[а-яё]{3,}(?:ск|цк)(?:ий|ого|ому|им|ом))\s+регион(?:а|у|ом|е)?(?![\w-]))")
# what follows a name that is no place ("Moscow time", "Черноморский флот", "Gagarina Avenue")
# a unit or outlet named in quotes, also after its army's abbreviation ("командования ВСУ «Север»"): no place
# a street named after a person or a town ("на улице Щорса", "вул. Харківська"): no place; nor a saint's name
# after "святого/святой": a church or hospital, no village ("больница святого Луки")
# (where a victim was taken or lies, "доставили в больницу в Курске", "находится в больнице в Белгороде", is no
# place of the event; a hospital in a town, "удар по детской больнице в Херсоне", "атаковал больницу в Сумах",
# is; "в больнице в X" is read as where a victim lies, as before f28d3397)
NOT_A_PLACE_BEFORE = r"\b(?:(?:канал\w*|издани[ея]|агентств\w*|газет\w*|командовани\w*|группировк\w*(?:\s+войск)?|подразделени\w*|отряд\w*|батальон\w*|бригад\w*|полк\w*)(?:\s+(?-i:[А-ЯЁ]{2,})){0,2}\s*[\"«„“]|улиц[аеуы]|ул\.|проспект[аеу]?|пр-т[аеу]?|переул(?:ок|ке|ка)|пер\.|площад[иь]|бульвар[аеу]?|шоссе|набережн(?:ая|ой)|подконтрольн\w*|подчин[её]нн\w*|лояльн\w*|вооруж[её]нн\w+\s+сил\w*|сил\w*\s+обороны|больниц\w*(?:\s+№\s*\d+)?|(?:в|во)\s+больниц[уе](?:\s+№\s*\d+)?\s+(?:в|во|г\.)|свят(?:ого|ой|ых)|Суспильное|Суспільне|(?<!ой\s)(?<!ая\s)(?<!ую\s)(?<!ей\s)бухт[аеуы])\s*$"
INSTITUTION_AFTER = r"(?!)"  # (English "Kursk State University": "State" is a type word there)
# ("по Крымскому мосту", "в районе Керченского пролива": a bridge or a strait named by the adjective, no district)
# (a news site by its address: "Юга.ру", "Дона.рф" — no place of the event)
NOT_A_PLACE_AFTER = r"\.(?:ру|рф|ru|ua|com|info)(?!\w)|\s+(?:ЦРБ|флот\w*|паблик\w*|телеграм\w*|улиц\w*|проспект\w*|бульвар\w*|площад\w*|шоссе|режим\w*|мост\w*|пролив\w*)\b"
# a capitalised adjective, then a lower-case one of the same ending: a name of an organisation
# the case ending an adjective of a list agrees by, its last two letters (places._case_ending): a letter
# read as another ("Черным", "Азовским": both "им"), then an ending read as another (the nominative's
# stressed "-ой" is the "-ий" of "Ленинский и Заводской районы")
CASE_ENDING_LETTERS: dict[int, str] = str.maketrans("ы", "и")
CASE_ENDING_SAME: dict[str, str] = {"ой": "ий"}
# (and the nominative's neuter and feminine: "где размещено Центральное управление сетей", "Южная
# региональная таможня": a subject's organisation, no village Tsentralnoye)
AGREEING_ADJECTIVE_ENDINGS = ("ому", "ого", "ом", "ой", "ым", "ую", "ое", "ая")  # "в Южном военном округе": an organisation's name, no town
UNIT_ADJECTIVE = r"(?:ск|цк)(?:ом|ой|ую|ая|ий|ого|ому|их|им)$"
# (English "the Kursk and Oryol border regions"; Russian writes the adjectives); a list of region centres closed by
# "и (ряда) других областей" ("над Альфой, Бетой и другими регионами"): the names are regions like the others
AREAS_AFTER = (r",?\s+и\s+(?:(?:ряд[аеу]?|нескольких|многих|\d+)\s+)?други[хм]и?\s+"
               r"(?:област(?:ей|ях|ями)|регион(?:ов|ах|ами))(?!\w)")
# "the Kyiv area": the region around the city, where it has one
AREA_AFTER = r"(?!)"
# given names that are also towns ("Vladimir Putin", "Володимир Зеленський"): before a surname, a person
# the type words a unit adjective standing alone may leave out ("А ще – у Синельниківському")
# "у столиці" in a Ukrainian post: the capital, unless an adjective names another ("російська столиця")
CAPITAL_WORD = r"(?!)"
CAPITAL_OTHER = r"(?!)"
CAPITAL_OTHER_AFTER = r"(?!)"  # (Ukrainian "столицю росії")
TYPE_ABBREVIATIONS: dict[str, str] = {}  # (Ukrainian "стг" = громада)
SUBJECT_VERB = r"(?!)"  # (English: "Izum was hit", places._common_word_respelt)
LATIN_ENDINGS: tuple[tuple[str, str], ...] = ()  # (English "Afipsky" = Afipskiy)
# a plant or port named by its town's adjective ("атаковали Рязанский НПЗ", "Саратовская ТЭЦ"): the
# words that follow the adjective, and how the adjective's ending turns into the town's name
# a station named by its region's adjective, away from the town of that name ("Запорожская АЭС" at Enerhodar,
# "Курская АЭС" at Kurchatov, "Киевская ГЭС" at Vyshhorod): the region if the adjective is an oblast's, no town
REGION_FACILITY_AFTER = r"\s+(?:АЭС|ГЭС|ГАЭС)(?![\w-])"
# (and a town's industrial zone: "на территорию Кстовской промзоны" is Kstovo's, no Kstovsky District)
FACILITY_AFTER = (r"\s+(?:НПЗ|ТЭЦ|ТЭС|ГЭС|ГРЭС|АЭС|ТЭЦ-\d+|нефтебаз\w*|нефтеперерабатывающ\w*|нефтехимическ\w*|аэропорт\w*|"
                  r"промзон\w*|промышленн\w*\s+(?:зон\w*|площадк\w*|парк\w*)|индустриальн\w*\s+парк\w*|"
                  r"(?:морск\w*\s+|речн\w*\s+)?порт\w*|подстанци\w*|железнодорожн\w*\s+вокзал\w*|"
                  r"бухт\w*(?![\w-])(?!\s+(?-i:[А-ЯЁ])))(?![\w-])")  # ("в Севастопольской бухте": the city's bay;
# not "в Северной бухте Севастополя", the bay's own name before its town's)
# (see lexicon.uk: "Киевская городская военная администрация", "Харьковский городской совет", "Киевская ГВА")
CITY_BODY_AFTER = (r"\s+(?:городск\w*\s+(?:(?:военн|государственн)\w*\s+)?(?:администраци\w*|совет\w*|голов\w*)|"
                   r"[ГМ]ВА)(?![\w-])")
TOWN_FROM_ADJECTIVE: tuple[tuple[str, str], ...] = (
    ("ский", ""), ("ский", "ь"), ("ский", "а"), ("ский", "о"), ("ский", "и"), ("ский", "ск"),
    ("жский", "г"), ("цкий", "цк"),
    # (a town whose name ends in a vowel the adjective does not keep: "Туапсинский НПЗ" -> Туапсе, "Сочинский" -> Сочи)
    ("инский", "е"), ("инский", "и"),
)
# a raion the gazetteer lacks ("в Сакском районе Крыма"): the type word, and the unit is derived
# from its centre town (TOWN_FROM_ADJECTIVE)
RAION_WORD = r"^район(?:е|а|у|ом|ы|ов|ах|ам|ами)?$"
# the type word of a hromada ("в Бахмачской общине": the hromada of the town its adjective names)
HROMADA_WORD = r"^(?:общин|громад)\w*$"
DISTRICT_WORD = r"(?!)"  # (English "the Glushkovo district": RAION_WORD's path here)
# the stems of a raion's or district's type word ("районі", "district"), not of a town's unit ("городской
# округ", "urban district", "громада"): resolve._is_district
DISTRICT_TYPE_STEMS: tuple[str, ...] = ("район",)
DISTRICT_OF_WORDS: frozenset[str] = frozenset()  # (English "the Saltovsky district of Kharkiv"; here the genitive)
NAME_LINKS = r"(?!)"  # (English "Republic of Crimea", "the regions of Kursk, …")
# (English "Sosnovka of the Kursk Region"; here the region follows in the genitive, no word between)
TOWN_OF_REGION = r"(?!)"
PLACES_OF = r"(?!)"
# a village's name written as a neuter adjective in the nominative ("Стрелецкое", "Покровське"): its own name
NEUTER_NAME = r"(?:[вкнц]|ск)(?:ое|ее)$"
CAPITAL_NAME = ""
ELLIPTIC_UNIT_TYPES: tuple[str, ...] = ("районе", "громаде", "общине")
AREA_OF_CENTRE: tuple[tuple[str, str], ...] = ()  # (Ukrainian "На Менщині": the hromada of a town)
LANDS_NOT_OF_A_TOWN: frozenset[str] = frozenset()  # (Ukrainian "Сіверщина": a historical land)
# the region's centre, unnamed: "в областном центре повреждены дома" (the speaker's region's city)
# (or its capital: "на окраине столицы региона", "административный центр области")
REGION_CENTRE = (r"\bобластн\w*\s+центр\w*|\bстолиц\w*\s+(?:региона|области|края|республики)\b|"
                 r"\bадминистративн\w*\s+центр\w*\s+(?:региона|области|края)\b")

GIVEN_NAMES = r"(?:Владимир|Володимир|Анн|Ольг|Надежд|Вер|Роман|Степан|Богдан|Арт[её]м|Ярослав|Тарас|Серге|Иван|Александр|Олександр|Михаил|Андре|Олег|Юри|Игор|Павел|Павл|Денис|Мари|Елен|Натали|Юли|Ирин|Марин|Любов|Никола|Евгени|Дмитри|Витали|Максим|Тимур|Руслан|Вадим|Вячеслав|Алексе|Олекс|Васили|Анатоли|Геннади|Константин|Валери|Борис|Виктор|Кирилл?|Пётр|Федор|Фёдор|Григори|Станислав|Светлан|Татьян|Людмил|Оксан|Валентин|Леонид|Никит|Антон|Иль[яиеё]\b|Егор|Семен|Семён|Данил|Даниил|Остап|Евген|Натал(?:ья|ьи|ье|ью)\b|Екатерин)\w{0,3}"
# (the accusative too: "включая Калужскую, Тульскую и Подмосковье", the type word said once before or not at all)
ELLIPTIC_ADJECTIVE = r"(?:ской|цкой|скую|цкую|ого|ой)$"
# a part of a city, before its name ("в микрорайоне Болховский"): no raion of that adjective
MICRODISTRICT_CUE = r"микрорайон(?:е|а|у|ом)?\s*[«\"“]?$"  # (one: not "одного из микрорайонов Орла")
# its name, an adjective in the nominative whatever the case of the cue ("микрорайоне Северный")
MICRODISTRICT_NAME = r"(?:ый|ий|ой)$"
# a feminine settlement noun right before a name: "в станице Ленинградской" is the stanitsa Leningradskaya,
# never "Ленинградской (области)", the region its elliptic adjective would be alone
FEMININE_SETTLEMENT_CUE = r"\bстаниц\w*\s+$"
VILLAGE_CUES = r"(?:сел\w*|пос[её]лк\w*|станиц\w*|деревн\w*|хутор\w*|город\w*|(?<![\w.])(?:с|сел|п|пос|пгт|д|х)\.)\s*$"
CITY_CUES = r"(?<![\w-])(?:город(?:е|а|у|ом)?\s+|г\.\s*)$"  # "в городе Константиновка", "в г. …": the city, of its namesakes
# (and the official "населённый пункт": "в населенном пункте Докучаево", a settlement of any size)
SMALL_PLACE_CUES = (r"(?:\bсел(?:о|а|е|у|ом|ах|ам)|\bпос[её]лк\w*|\bпос[её]лок|\bдеревн\w*|\bхутор\w*|\bс\.|\bп\.|"
                    r"\bнасел[её]нн\w*\s+пункт\w*|"
                    r"\bсел\.|\bпос\.|\bпгт\.?|\bд\.|\bх\.)\s*$")

SMALL_PLACE_AFTER = r"(?!)"  # (English "Tulyanka village": the cue comes before a name here)
# a name the gazetteer lacks with its region after it in brackets ("в районе Ивановки (Курская область)"):
# a village of that region (English "the Ivanovka settlement of the Petrovsky district")
SMALL_PLACE_OF_UNIT = r"\s*\(\s*[А-ЯЁ][а-яё-]+(?:ская|цкая)\s+област[ьи]\s*\)"
# a plural settlement word, then names: each name after the first is a village too ("в сёлах Ивановка,
# Петровка и Лесное")
SETTLEMENTS_LISTED = (r"(?i:\b(?:сел(?:ах|ам|а)|с[её]лах|деревн(?:ях|ям|и)|пос[её]лк(?:ах|ам|и)|хутор(?:ах|ам|а)))\s+"
                      r"(?:[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?(?:,|\s+и)\s+){1,8}$")
# A stage runs a family of patterns only on sentences holding one of the family's gate words,
# derived from the patterns themselves (raidlog.lexicon.gates); words are compared by their
# first TRIGGER_PREFIX letters (0: whole words).
TRIGGER_PREFIX = 4
# Words too common to gate a family by (raidlog.lexicon.gates picks another word of the phrase).
GATE_SKIP = frozenset("в во на над по с со к из и а но не нет без был была было были есть это как от за при о об до".split())
# A count of weapons its sentence tells with no verb of launch or downing ("на область совершили налёт 15
# беспилотников", "в сторону Курска летело 12 беспилотников") is the number the attack used: launched
# (attribute.verbs._default_launched). Not where the sentence tells another thing it counts, words of these
# classes anywhere in it: what became of some of them (упали, приземлились, взорвались, попали, долетели, вылетели
# обратно, остались в воздухе, потеряны, обломки), a sighting while the alert lasts ("замечен", "оставайтесь в
# укрытиях"), a stock, an output, a delivery, an order or a price, a request, a contract, an exercise, a
# forecast, a typical or a possible size ("за раз", "может", "могли бы"), a war's tally of losses ("боевые
# потери … с 24.02.22 по …"; also read in a list's heading: attribute.verbs._heading_not_attack)
NOT_ATTACK_COUNT = (r"(?<!\w)(?:упа(?:в|л|д)\w*|пада\w*|приземли\w*|разби(?:л|лся|лась|лись)\w*|"
                    r"взорва\w*|взрыв\w*|сдетонир\w*|детонир\w*|попа(?:л|ла|ли|дани)\w*|порази\w*|поражени\w*|"
                    r"долете\w*|долета\w*|достиг\w*|вылете\w*|улете\w*|верну\w*|покину\w*|выш(?:ел|ла|ли)|"
                    r"(?:в|на)\s+(?:сторону\s+)?(?:Беларус|Белорусс|Молдов|Румын|Польш)\w*|остава\w*|остал\w*|оста[её]т\w*|остаю\w*|"
                    r"в\s+(?:воздухе|небе)|замеч\w*|замечен\w*|укрыти\w*|наход\w*|потерян\w*|пропа\w*|обломк\w*|фрагмент\w*|"
                    r"постав(?:ил|или|ила|ки|ок|ляет|ляют|лено)\w*|достав\w*|передал\w*|передан\w*|получ(?:ил|или|ила|ает|ают)\w*|заказ\w*|закуп\w*|купи\w*|"
                    r"стоимост\w*|цен[аеуы]\w*|(?<!ого\s)производ\w*|выпуск\w*|запас\w*|арсенал\w*|резерв\w*|"
                    r"за\s+раз|в\s+(?:день|сутки|месяц|неделю)|ежедневно|ежемесячно|"
                    r"мож(?:ет|ем|ешь|ете)|могут|мог(?:ли|ла)?|смо(?:жет|гут)|будет|будут|бы|предупрежда\w*|ожида\w*|"
                    r"планир\w*|намерен\w*|пыта\w*|попыт\w*|останов\w*|"
                    r"накопи\w*|накапл\w*|хран(?:ит|ят|ил|ени)\w*|склад(?:ах|ов)|учени\w*|готов(?:ит|ят)\w*|"
                    r"попроси\w*|просил\w*|запрос\w*|контракт\w*|соглашени\w*|"
                    r"потер(?:и|ь|ях|ям|ями)|с\s+\d{1,2}\.\d{2}\.\d{2,4}\s+по)(?!\w)")
# Another window than the attack's in a verbless count's sentence ("прежний рекорд – 611 беспилотников", "с начала
# года – свыше 2500 беспилотников", "за минувшую неделю – 1100"): no count of the attack's weapons
# (attribute.verbs._default_launched), unless the sentence measures the attack itself against it
# (ATTACK_SUPERLATIVE: "крупнейшая атака с начала года – 479 беспилотников")
OTHER_WINDOW_COUNT = (r"(?<!\w)(?:с\s+начала|с\s+момента|прежн\w*|предыдущ\w*|"
                      r"(?:прошл|минувш|эт|текущ)\w*\s+(?:недел|месяц|год)\w*|за\s+(?:неделю|месяц|год))(?!\w)")
ATTACK_SUPERLATIVE = (r"(?<!\w)(?:крупнейш|масштабнейш|мощнейш|рекордн|наибольш|"
                      r"(?:сам|наибол)\w+\s+(?:массированн|масштабн|мощн|крупн))\w*")
# A verbless count told as a part of the weapons just counted ("Среди них около 30 имитаторов", "из них 40 —
# «шахеды»): no count of the attack's own (attribute.verbs._default_launched). PART_OF_TOLD_BEFORE before the
# sentence's first count, PART_OF_TOLD_AFTER right after a count's number.
PART_OF_TOLD_BEFORE = r"(?<!\w)(?:среди\s+(?:них|которых|этих|[^\W\d_]+)|из\s+них|из\s+которых|из\s+этого\s+числа|в\s+том\s+числе|включая)(?!\w)"
PART_OF_TOLD_AFTER = rf"\s+(?:{OF_THEM})(?!\w)"
# A verbless count that names what the weapons just told were («Ими оказались три разведывательных беспилотника»,
# «Это были 12 шахедов»): a pronoun with a copula of identity, the whole of the sentence before its first count
# (an approximator may stand between); no launch of its own (attribute.reading: the number of a downing told just
# before with none, else no count of the attack)
# («В итоге ими оказались …»: up to two words before a copula that tells nothing but identity; the plain «это
# были», «ими были» only opening the sentence, as «В этот раз это были 40 шахедов» may tell the attack's size)
IDENTITY_BEFORE = (r"[\s«»\"“”„'‘’(\-–—]*(?:(?:[^\W\d_]+,?\s+){0,2}?(?:(?:ими|они)\s+(?:же\s+)?"
                   r"(?:оказались|оказался|оказалось|оказалась|стали|являлись)|(?:оказались|стали)\s+(?:ими|они))|"
                   r"(?:ими|это|они)\s+(?:же\s+)?(?:были|был|была))\s+(?:[^\W\d_]+\s+)?")
# Что открывает часть после «ещё N —», когда она не называет, кем сбиты ("ещё два — в воздухе", "— над
# акваторией", "— упали в поле"): предлог места или состояния, наречие состояния, отрицание
# (mentions._join_more_downed; NOT_ATTACK_COUNT спрашивается у части тоже)
GAPPED_NOT_AGENT = (r"(?:над|в|во|на|у|под|около|возле|близ|вблизи|за|до|из|к|ко|по|ещё|еще|все|всё|до\s+сих|пока|не|"
                    r"упа\w*|попа\w*|долете\w*|улете\w*|вылете\w*)")
