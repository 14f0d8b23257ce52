"""Incidents (hits, fires, debris, casualties): their kinds, places, toll and reporter, and
whether a sentence retells one already told.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date
from types import ModuleType

from raidlog.extract import breakdown, casualties, claimants, times
from raidlog.extract.attribute.cues import _incident_kinds, _kinds_of, _patterns
from raidlog.extract.attribute.drafts import UNATTRIBUTED, Attribution, IncidentDraft
from raidlog.extract.attribute.sites import _after_site_cue, _launch_sites
from raidlog.extract.attribute.voices import _same
from raidlog.extract.mentions import Mentions
from raidlog.extract.resolve import Resolution
from raidlog.extract.spans import covering
from raidlog.geo import CITY_REGIONS, name_key
from raidlog.geo.names import split_type
from raidlog.lexicon import may_match
from raidlog.model import Claimant, Place


def _retold(last: IncidentDraft, toll: casualties.Statement | None, reporter: Claimant,
            places: list[Place]) -> bool:
    """"Two people were injured in Kharkiv, the governor said", then "In Kharkiv's Kyivskyi district,
    a man and a woman were injured, he added": the same reporter tells the same victims again, for
    a place the incident's figures named; the incident goes on there (not another one)."""
    if toll is None or not _same(last.reporter, reporter):
        return False

    def sums(st: casualties.Statement) -> set[tuple[str, int]]:  # ("a man and a woman": 2 injured)
        return {(fld, sum(f.value for f in st.figures if f.field == fld and f.value)) for fld in casualties.FIELDS
                if any(f.field == fld and f.value for f in st.figures)}

    mine = sums(toll)
    regions = {p.iso for p in last.places if p.iso}
    # (told for a place the incident's figures named: "In Chuhuiv, two were injured" is not Kharkiv's two)
    return bool(mine) and any(mine == sums(st) and st.places & toll.places for st in last.statements) \
        and bool(regions) and all(p.iso in regions for p in places)


_PRIORITY = ["casualties", "hit", "damage", "fire", "debris", "attack_repelled", "attack_reported"]


def _earlier_paragraph(out: Attribution, paragraph: int, lex: ModuleType) -> int:
    """The paragraph of the last sentence read as earlier events (``out.earlier_paragraph``), once the sentences of
    no victims put off (``out.unread_background``) are read, in text order, each once. Those of paragraphs before
    ``paragraph``'s previous one are left unread: whatever they are, the earlier events are not of this paragraph
    or the one before it, and no later sentence's paragraph is nearer them."""
    for at, text, words, new_day in out.unread_background:
        if at >= paragraph - 1 and casualties.is_background(text, words, lex, new_day) \
                and casualties.background_clause(text, lex, new_day) is None:
            out.earlier_paragraph = at
    out.unread_background.clear()
    return out.earlier_paragraph


def _toll(out: Attribution, m: Mentions, res: list[Resolution], lex: ModuleType) -> casualties.Statement | None:
    """The sentence's casualty figures, unless it tells of other events ("Напомним, …")."""
    s = m.sentence
    age = _opening_day_age(m, out.published, out.told_days, lex)
    days = {(d.month, d.day) for d in m.days}
    new_day = not days <= out.told_days  # (a reminder of the day the report told retells it)
    told = frozenset(out.told_days) if days else out.told_days  # (the days told before this sentence)
    # (after "Recall" on a line of its own, the sentence opens with the reminder: "Recall\nEarlier, a drone …")
    before = out.sentence_before
    headed = before is not None and casualties.is_reminder_heading(before.sentence.text, lex)
    if casualties.is_reminder(s.text, lex, new_day, headed) or (age is not None and age >= 2) \
            or (out.toll_told and casualties.opens_before_this(s.text, lex)):
        # ("До этого …" after a toll of the report's own: earlier events; before any, a digest's own item)
        out.background_paragraph = s.paragraph
    elif (casualties.retells_other_time(s.text, lex)
          or (out.toll_told and casualties.opens_other_day_told(s.text, lex))) and not casualties.tells_now(s.text, lex):
        # "Як повідомлялося, напередодні під час удару по Ізюму поранено п'ятьох": an outlet's
        # earlier story of another time, as a reminder of one ("Нагадаємо, вчора …"); so is what a teller said the
        # day before, after a toll of the report's own ("Накануне губернатор сообщал, что в селе … Один человек погиб":
        # that day's victims; before any, the report's own news may be the day before's)
        out.background_paragraph = s.paragraph
    elif casualties.opens_with_then(s.text, lex) and 0 <= s.paragraph - _earlier_paragraph(out, s.paragraph, lex) <= 1:
        # "The strike recalls a similar one on May 3. ¶ In that attack, three people were hurt": the
        # earlier event just told, its victims
        out.background_paragraph = s.paragraph
    elif casualties.opens_reminder(s.text, lex, headed):
        out.reminder_paragraph = s.paragraph  # (retold, until a later sentence of it names another time)
    elif s.paragraph == out.reminder_paragraph and s.paragraph != out.background_paragraph \
            and casualties.tells_other_time(s.text, lex) and not casualties.tells_now(s.text, lex):
        out.background_paragraph = s.paragraph
    elif s.paragraph == out.background_paragraph and (casualties.tells_now(s.text, lex) or age is not None):
        out.background_paragraph = None  # "… Tonight, two people were injured": back to the news
    if s.paragraph != out.background_paragraph:
        out.told_days |= days
    if s.paragraph == out.background_paragraph:
        out.earlier_paragraph = s.paragraph
        out.unread_background.clear()  # (the last sentence read as earlier events is this one)
        return None
    if not may_match(m.words, lex, "casualties"):
        # ("The strike recalls a similar one on May 3" is earlier events, which a next sentence "In that strike,
        # two …" tells the victims of: a sentence of no victims is asked whether it tells other events only when
        # such a sentence comes, most never do; what it is asked depends on its own words and day alone)
        if out.unread_background and out.unread_background[0][0] < s.paragraph - 1:
            out.unread_background = [u for u in out.unread_background if u[0] >= s.paragraph - 1]
        out.unread_background.append((s.paragraph, s.text, m.words, new_day))
        return None
    background = casualties.is_background(s.text, m.words, lex, new_day)
    # ("Two people were killed in Kherson, and 12 in Mykolaiv a year ago": the clause before the
    # other events' is the news)
    cut = casualties.background_clause(s.text, lex, new_day) if background else None
    if background and cut is None:
        out.earlier_paragraph = s.paragraph
        out.unread_background.clear()
    text, numbers = s.text, m.numbers
    if background:
        if cut is None:
            return None
        text, numbers = s.text[:cut], [n for n in m.numbers if n.end <= cut]
        res = [r for r in res if r.hit.end <= cut]
    if new_day:
        text, numbers = _earlier_victims_blanked(text, numbers, m, told, lex)
        if out.toll_told and (later := _days_age(m, out.published)) is not None and later >= 2:
            # "A drone hit Kupiansk, injuring two. A man was hurt in Izium on 3 June." published on the 12th: after the
            # report's own toll, victims of a day two or more days before it, which the report has not told, wherever
            # the day stands in the sentence (opening it, the paragraph is earlier events: _opening_day_age)
            return None
    weapon_counts = frozenset(c.number.start for c in m.counts if c.weapon is not None)
    figures = casualties.of_sentence(text, m.words, numbers, lex, weapon_counts)
    if not figures:
        return None
    if len(figures) == 1 and figures[0].value and _patterns(lex)["toll_in_each"].search(s.text):
        # "in the Poltava and Sumy regions … a man was hurt in each region": one per place
        # (the places of one kind the sentence names, two or more)
        kinds = {r.place.kind for r in res if r.place is not None and r.place.kind != "country"}
        named = {r.place.id for r in res if r.place is not None and r.place.kind != "country"}
        if len(kinds) == 1 and len(named) > 1:
            figures = [replace(figures[0], value=figures[0].value * len(named))]
    # (a hromada is a town's municipality: a figure told for it is told for it, not for the region's
    # other hromadas: "В Роменській громаді 5 поранених. У Білопільській громаді поранено 2" adds two)
    local = any(r.place is not None and (r.place.kind == "locality" or r.place.unit == "hromada") for r in res)
    # the places by their own names ("Kharkiv's Kyivskyi district" names Kharkiv, as "Kharkiv" does)
    names = frozenset((r.place.name if r.place is not None else r.hit.as_written).lower()
                      for r in res if r.place is None or r.place.kind != "country")
    isos = frozenset(r.place.iso for r in res if r.place is not None and r.place.iso and r.place.kind != "country")
    regional = all(r.place is None or r.place.kind in ("admin1", "country", "sea") for r in res)
    cities = frozenset(c for r in res if r.place is not None for c in _cities_of(r.place))
    # the towns told with the region around them ("трьох загиблих у Києві та області"): a toll that holds theirs
    around_pat = _patterns(lex)["and_region_after"]
    around = frozenset(r.place.name.lower() for r in res if r.place is not None and r.place.kind == "locality"
                       and around_pat.match(s.text, r.hit.end))
    # the regions it names whole, not as the region of a town it names ("on Sumy and on a town in Chernihiv Oblast")
    towns = {r.place.iso for r in res if r.place is not None and r.place.kind in ("locality", "district")}
    wide = frozenset(r.place.iso for r in res if r.place is not None and r.place.kind == "admin1" and r.place.iso
                     and r.place.iso not in towns)
    out.toll_told = True
    return casualties.Statement(s.index, figures, local, names, isos, title=s.is_title, regional=regional,
                                cities=cities, around=around, wide=wide, retelling=casualties.opens_retelling(s.text, lex),
                                earlier=casualties.opens_earlier_told(s.text, lex),
                                tally=casualties.tells_day_tally(s.text, lex),
                                more=casualties.opens_with_more(s.text, lex), said=casualties.said(s.text),
                                summary=casualties.opens_with_total(s.text, lex),
                                next_strike=casualties.opens_next_strike(s.text, lex),
                                several=casualties.tells_several_attacks(s.text, lex),
                                days=frozenset(days) | frozenset(("weekday", w) for w in
                                                                 times.weekdays_named(s.text, lex, m.days, m.words)),
                                country=casualties.victims_country(s.text, isos, lex),
                                quoted=casualties.quoted(s.text))


def _cities_of(place: Place) -> frozenset[str]:
    """The town a city district lies in, by its own name (lower case): the city that is a region ("Kyiv"), or the
    centre its region is named after ("Dniprovskyi District" of Kherson Oblast: "kherson"; the gazetteer records a
    district's region, not its city). Empty for any other place."""
    if place.unit != "city_district" or not place.region:
        return frozenset()
    stem = split_type(name_key(place.region))
    return frozenset({place.region.lower(), stem[0]} if stem else {place.region.lower()})


def _earlier_victims_blanked(text: str, numbers: list, m: Mentions, told_days: frozenset[tuple[int, int]],
                             lex: ModuleType) -> tuple[str, list]:
    """The sentence with the victims a relative clause tells were hurt on a day the report has not told
    blanked, from where their clause begins to the clause's end ("Також по допомогу звернулися двоє
    людей, які постраждали 6 серпня", in a report of 8 August: earlier victims, not of its toll)."""
    pats = _patterns(lex)
    for x in pats["hurt_then"].finditer(text):
        inside = {(d.month, d.day) for d in m.days if x.start() <= d.start < x.end()}
        known = told_days | {(d.month, d.day) for d in m.days if not x.start() <= d.start < x.end()}
        if not inside or not known or inside <= known:
            continue
        begin = 0
        for o in pats["victims_clause_open"].finditer(text, 0, x.start()):
            begin = o.start()
        text = text[:begin] + " " * (x.end() - begin) + text[x.end():]
        numbers = [n for n in numbers if not begin <= n.start < x.end()]
    return text, numbers


def _days_age(m: Mentions, published: date | None) -> int | None:
    """How many days before the publication the latest day a sentence names is (None: it names none, or no
    publication date)."""
    if not m.days or published is None:
        return None
    ages = [age for d in m.days if (age := _age(d, published)) is not None]
    return min(ages) if ages else None


def _age(d, published: date) -> int | None:
    """Days from a named day to the publication (None: no such day). A day of no year after the publication
    is of the year before ("December 30" in a story of January 2; "29 February" then its 28th)."""
    try:
        day = date(d.year or published.year, d.month, d.day)
    except ValueError:
        return None
    if day > published and d.year is None:
        day = day.replace(year=day.year - 1, day=28 if (day.month, day.day) == (2, 29) else day.day)
    return (published - day).days


def _opening_day_age(m: Mentions, published: date | None, told_days: set[tuple[int, int]] = frozenset(),
                     lex: ModuleType | None = None) -> int | None:
    """How many days before the publication the day a sentence opens with is. "On August 20, the governor
    reported that a drone had hit the station … five people were injured", in a story published a week
    later: a day two or more days before tells an earlier event, and so does the rest of its paragraph
    (up to a sentence opening with a later day or the present time). With no publication date, before the
    latest day the report's own sentences told ("On the night of May 29 … ¶ - On May 17, a drone hit a
    bus": an earlier event, a list's item too)."""
    lead = len(m.sentence.text) - len(m.sentence.text.lstrip("-–—•*· \t"))  # (a list's item marker)
    if not m.days and lex is not None and published is not None and not m.sentence.is_title \
            and (wd := times.opening_weekday(m.sentence.text[lead:], lex)) is not None:
        # ("On Monday, a strike on Sumy killed three" in a report published on Thursday: that weekday's age, the
        # days since its last one up to the publication's, the day of the week the page is dated counting as today)
        return (published.weekday() - wd) % 7
    if not m.days or m.sentence.is_title or m.days[0].start - lead > 4:
        return None
    d = m.days[0]
    if published is None and told_days:
        latest = max(told_days)  # (month, day): the latest the report's own sentences told
        if (d.month, d.day) > latest:
            return None  # (a later day than told: a new event, or a December day told in January)
        return (date(2000, *latest) - date(2000, d.month, d.day)).days  # (2000: a leap year holds every day)
    if published is None:
        return None
    return _age(d, published)


_TARGET_GAP = 40  # characters between an attack word and the town it names ("по районам Харькова")


def _happened_when(text: str, lex: ModuleType) -> bool:
    """The sentence names when its event happened: the present time ("today", "сегодня") or a day or
    part of a day ("on Tuesday", "вранці"), not only when it was told ("the governor said on Tuesday")."""
    pats = _patterns(lex)
    event = pats["speech_time"].sub(" ", text)
    return bool(pats["now"].search(event) or pats["event_day"].search(event))


def _only_happened_in(text: str, lex: ModuleType) -> bool:
    """The sentence's only cue of an attack places the event just told ("Это произошло в Грайвороне")."""
    pats = _patterns(lex)
    there = {x.start() for x in pats["happened_in"].finditer(text)}
    if not there:
        return False
    attack = next(p for k, p, _ in pats["incidents"] if k == "attack_reported")
    return all(x.start() in there for x in attack.finditer(text))


def _heard_only(text: str, lex: ModuleType) -> bool:
    """The sentence's every word of a hit is explosions told only as heard or sounding ("у Києві чули вибухи",
    "в Днепре гремят взрывы", "сообщил о взрывах в …"): no hit where they sounded (lexicon HEARD_BLAST)."""
    pats = _patterns(lex)
    heard = [(x.start(), x.end()) for x in pats["heard_blast"].finditer(text)]
    if not heard:
        return False
    hit = next(p for k, p, _ in pats["incidents"] if k == "hit")
    return all(any(a <= x.start() and x.end() <= b for a, b in heard) for x in hit.finditer(text))


def _told_event(before: Mentions | None, lex: ModuleType) -> bool:
    """The sentence told an event of the war: a weapon ("об ударе FPV-дрона по грузовику"), an incident's
    word, a launch or a downing."""
    return before is not None and bool(before.weapons or before.launch_verbs or before.destroy_verbs
                                       or _incident_kinds(before, lex))


def _incident(out: Attribution, m: Mentions, res: list[Resolution], people, lex: ModuleType,
              offset: int, claimant: Claimant | None = None, claim_sentence: bool = False,
              repelled: bool = False) -> bool:
    """``repelled``: the sentence told where the claim's weapons were downed (its places are no targets:
    "это произошло в Жуковском округе" after "Один из них сбит в Калужской области")."""
    text = m.sentence.text
    # (the region of a speaker's office is not where the victims were: "Six of them are still being treated,
    # the Odesa governor wrote" tells no place of its own, as the incident's places leave it out below)
    in_office = covering([(p.person.role_start, p.person.role_end) for p in people])
    toll = _toll(out, m, [r for r in res if not in_office(r.hit.start)], lex)
    # "Separately, the mayor reported on the drone strike. A woman died, five more were injured": the victims told
    # right after a sentence that opens another strike's story and tells none are more victims, not details
    # (whether a sentence of no victims opens another story is asked only when the next one tells victims)
    before, out.other_story = out.other_story, (m.sentence.index, m.sentence.paragraph, text, m.words) \
        if toll is None else None
    if toll is not None and before is not None and before[:2] == (m.sentence.index - 1, m.sentence.paragraph) \
            and (casualties.opens_other_story(before[2], lex) or casualties.tells_another_under_strike(before[2], lex, before[3])):
        toll.more = True
    if toll is not None and not toll.regions:
        # (though the office's region is the one its victims were in, when the sentence names no other)
        toll.regions = frozenset(r.place.iso for r in res if in_office(r.hit.start) and r.place is not None
                                 and r.place.iso and r.place.kind != "country")
    if m.sentence.is_title:
        # a headline sums up; the body reports (its toll counts where the body tells none)
        if toll is not None:
            places = [r.place for r in res if r.place is not None]
            out.incidents.append(IncidentDraft(["casualties"], places, claimant or out.speaker or UNATTRIBUTED,
                                               None, None, text, [(offset, offset + len(text))], [toll]))
        return False
    kinds = _incident_kinds(m, lex)
    last = out.incidents[-1] if out.incidents else None
    heard_place: list[Place] = []
    if (set(kinds) - {"attack_repelled"} or m.weapons) and last is not None and last.heard and out.incident_at[0] == m.sentence.index - 1 \
            and not any(r.place is not None and r.place.kind != "country" for r in res):
        if _patterns(lex)["heard_there"].search(text):
            # "В Одессе раздались взрывы. Атака дронов на город длилась час.": the attack the blasts were, told right
            # after them of the place they sounded ("на город", "здесь"), no other, is there
            last.heard = False
        elif (toll is not None or set(kinds) & {"damage", "fire", "debris", "hit", "casualties"}) \
                and out.incident_at[1] == m.sentence.paragraph \
                and not casualties.is_background(text, m.words, lex, False):
            # "У Полтаві чули вибухи. Внаслідок атаки пошкоджено два будинки.": the harm told right after them with no
            # place of its own was done where they sounded (the blasts themselves stay no hit)
            heard_place = [p for p in last.places if p.kind in ("locality", "district")]
    # "в Киеве гремят взрывы": blasts heard, no hit there (unless told after: IncidentDraft.heard); not blasts told
    # with what they did ("у місті пролунав вибух, пошкоджено склад")
    heard = kinds == ["hit"] and toll is None and _heard_only(text, lex)
    if heard:
        kinds = ["attack_reported"]
    if "attack_reported" in kinds and _only_happened_in(text, lex) and (
            m.sentence.paragraph == out.background_paragraph or not _told_event(out.sentence_before, lex)):
        # "Губернатор наградил волонтёров. Это произошло в Белгороде.": the place of what the sentence before
        # told, an event of no attack (no weapon, no incident's word, no launch, no downing), is no attack there; nor
        # the place of an event recalled ("Напомним, в мае дрон атаковал автобус. Это произошло в …")
        kinds.remove("attack_reported")
    located = _located(out, m, res, lex, offset, claimant)
    if located:
        kinds = [k for k in kinds if k not in located and k not in ("attack_reported", "attack_repelled")]
    targets: list[Place] = []
    sites: list[Place] = []
    struck: tuple[int, int] | None = None  # (the clause of the weapons that struck, apart from the downed)
    if claim_sentence and not repelled and "attack_reported" in kinds and not m.destroy_verbs:
        # "столицю росії москву атакувало сім БПЛА", "18 БпЛА выпустили по районам Харькова": a launch
        # at a town or district is an attack there (a launch at a country or region is the claim only)
        pats = _patterns(lex)
        attack = next(p for k, p, _ in pats["incidents"] if k == "attack_reported")
        spans = [(x.start() - _TARGET_GAP, x.end() + _TARGET_GAP) for x in attack.finditer(m.sentence.text)]
        # (not where they were launched from: "launched from Kursk, Bryansk")
        sites = _after_site_cue(m, res, lex)
        targets = [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
                   and r.place.country in ("RU", "UA", "BY") and any(a <= r.hit.start <= b for a, b in spans)
                   and not any(r.place is s for s in sites)]
    elif claim_sentence and not repelled and "attack_reported" in kinds:
        # "усі дрони, що летіли на Суми, збито": the town they flew at (AIMED_AT)
        aimed = _patterns(lex)["aimed_before"]
        targets = [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
                   and aimed.search(text, max(0, r.hit.start - _TARGET_GAP), r.hit.start)]
    if claim_sentence:
        # "air defence destroyed 7 drones; debris damaged a house": the interception is the claim
        # (and "struck Ukraine with 90 drones" is a launch, not a hit)
        kinds = [k for k in kinds if k not in ("attack_reported", "attack_repelled")] or (
            ["attack_reported"] if targets else [])
        struck = _struck_apart(m, lex) if kinds == ["hit"] and toll is None else None
        if kinds == ["hit"] and toll is None and struck is None:
            kinds = []
    positive = toll is not None and any(f.value for f in toll.figures)
    if positive and "casualties" not in kinds:
        kinds.append("casualties")  # "wounding a farm worker"
    if not kinds and toll is None:
        _also_repelled(out, m, res, lex, offset)
        return False
    if m.commentary_hint and toll is None:
        return False
    if toll is None and set(kinds) <= {"attack_reported", "attack_repelled"} \
            and _patterns(lex)["generic_attack"].search(text):
        return False  # "Ukrainian forces target border areas almost daily": a habit, not an attack
    if toll is None and set(kinds) <= {"attack_reported", "attack_repelled"} \
            and _patterns(lex)["earlier_period_opening"].search(text):
        return False  # "Last week, Russia focused attacks on Kyiv and Odesa": an earlier week's attacks, background
    if toll is None and not m.night and not m.days and (span := _patterns(lex)["time_span"].search(text)) \
            and not _happened_when(text, lex) and not _patterns(lex)["relative_span"].search(text, 0, span.start()):
        # "drone attacks in recent months damaged buildings": a trend, no incident (not "a drone
        # struck a warehouse overnight, the third strike in recent weeks", nor "… lately; today a
        # shell hit a house", nor "On Tuesday a drone damaged a house …, the third attack in recent weeks",
        # nor a span of a relative clause: "struck an oil depot that had already been hit last year")
        return False
    reporter = people[0].claimant if people else None
    role_spans = [(p.person.role_start, p.person.role_end) for p in people]
    landmarks = _landmarks(text, res, lex)
    # (the struck weapons' clause naming no place: the region the sentence names, where both were told)
    struck_placed = struck is not None and any(r.place is not None and struck[0] <= r.hit.start < struck[1] for r in res)
    places = [r.place for r in res if r.place is not None and not any(r is x for x in landmarks)
              and not any(a <= r.hit.start < b for a, b in role_spans)
              and (struck is None or struck[0] <= r.hit.start < struck[1]
                   or not struck_placed and r.place.kind == "admin1")
              # (nor who attacked: "the Kyiv regime", "Киев атаковал Россию 85 беспилотниками")
              and not _patterns(lex)["place_as_actor"].match(text, r.hit.end)]
    if targets and kinds == ["attack_reported"]:
        # the attack on the targets of a claim's sentence: not where the weapons came from ("з
        # Брянщини ворог запустив 5 шахедів, атакували Ніжин та Прилуки")
        places = [p for p in places if not any(p is x for x in sites)]
    elif sites := _launch_sites(m, res, lex):
        # nor, in any sentence of a launch, where they came from ("Дрони з боку Курщини атакували Суми")
        places = [p for p in places if not any(p is x for x in sites)]
    only_attack = toll is None and set(kinds) <= {"attack_reported", "attack_repelled"}
    if only_attack or sum(r.place is not None and r.place.kind in ("locality", "district") for r in res) > 1:
        # "repelled a drone flying to the capital": where it flew, no town of the attack
        # ("летіли на Київ", "ракети летять у бік Полтави": AIMED_AT, the Ukrainian reports' words for it; the read golds
        # list no place for them: uk-f52-07, uk-f55-08, uk-f56-01, uk-f57-04, against dev uk-065)
        # (a direction told by "toward(s)" alone: not of a city that is a region of its own, whose attack the
        # readers list as its region's, "sent waves of drones toward Kyiv")
        towards, aimed_at = _patterns(lex)["towards_before"], _patterns(lex)["aimed_before"]
        directed = _patterns(lex)["directed_before"]
        retold = _patterns(lex)["directed_town_attacked"]
        joined = _patterns(lex)["list_join"]
        aimed: list[Place] = []
        before: Resolution | None = None  # (the list's town before: "у бік Вінниці та Жмеринки" aims at both)
        for r in sorted((r for r in res if r.place is not None), key=lambda r: r.hit.start):
            if r.place.kind in ("locality", "district") and (
                    towards.search(text, max(0, r.hit.start - 40), r.hit.start)
                    or aimed_at.search(text, max(0, r.hit.start - 40), r.hit.start)
                    or before is not None and any(before.place is x for x in aimed)
                    and joined.fullmatch(text, before.hit.end, r.hit.start)
                    or r.place.iso not in CITY_REGIONS and directed.search(text, max(0, r.hit.start - 60), r.hit.start)
                    # (unless the sentence then tells the attack on that town: "… toward Sumy; air defences
                    # repelled the attack on the city")
                    and not retold.search(text, r.hit.end, r.hit.end + 160)):
                aimed.append(r.place)
            before = r
        # (the harm told in the sentence beside it is where another town named is: "усі дрони, що летіли на Полтаву,
        # збито, уламки впали на околиці Кременчука", "drones flying toward Uman were shot down, debris damaged … in
        # Smila": the town aimed at stays a direction; alone, it is where the harm was)
        if only_attack or any(p.kind in ("locality", "district") and not any(p is x for x in aimed) for p in places):
            places = [p for p in places if not any(p is x for x in aimed)]
    if people and not any(p.kind in ("locality", "district") for p in places):
        # "the mayor of Lutsk said explosions were heard" (each mayor the sentence quotes: "…, while
        # the mayor of Lutsk said …")
        places += [town for official in people for town in _office_town(official)]
    if heard_place and not any(p.kind in ("locality", "district") for p in places):
        places = [*places, *heard_place]
    if not any(p.kind in ("locality", "district") for p in places) and out.untold and (
            set(kinds) & {"damage", "fire", "debris", "hit"} if out.untold_counted else
            toll is not None or set(kinds) & {"damage", "fire", "debris", "hit", "casualties"}):
        # "В селе Ивановка-2 упал дрон-камикадзе. Повреждена одна машина.",
        # "Речь о Петровской и Каменской громадах. Начались пожары": the places just named
        places = [*places, *out.untold]
        out.untold = []
    pats = _patterns(lex)
    told_paragraph, told = out.regions_told
    if not places and told_paragraph == m.sentence.paragraph and len({p.iso for p in told}) == 1 \
            and pats["region_centre"].search(text):
        # "На Дніпропетровщині збили ракету. Від уламків в обласному центрі поранено п'ятьох": the centre
        # of the region just named (its town is found with the others', _region_centre_of_incidents), not
        # the incident told before somewhere else going on
        places = [told[0]]
    if reporter is None and m.authorities:  # the administration the sentence names, read in attribute()
        reporter = next((c for at, c in reversed(out.administrations) if at == offset), None)
    continued = reporter is None and not pats["reporter_anaphora"].search(text)
    explicit = any(c.explicit for c in m.claimants)
    # (the official's own paragraph, or the sentence right after his, goes on in his voice)
    his = out.reporter is not None and (m.sentence.paragraph == out.reporter_paragraph
                                        or m.sentence.index == out.reporter_sentence + 1)
    if reporter is None and (pats["reporter_anaphora"].search(text) or (
        not explicit and (his or not out.claims
                          # "Губернатор …:" then his post: the claim told since is his (or nobody's)
                          or (out.reporter is not None and out.claims[-1].claimant in (UNATTRIBUTED, out.reporter)))
    )):
        reporter = out.reporter  # the official's paragraph, or his own post, goes on in his voice
    if reporter is None:
        told = set(kinds) - {"attack_reported", "attack_repelled"} - (set() if positive else {"casualties"})
        # not where the weapons came from ("из Брянска"; who attacked is left out above)
        origins = _after_site_cue(m, res, lex) if toll is None and not told else []
        if toll is None and not told and not any(
                p.kind in ("locality", "district") and p.country in ("RU", "UA", "BY")
                and not any(p is o for o in origins) for p in places):
            return False  # an attack named in passing, by nobody (not "ворог обстрілював Кізомис, …")
        # damage, debris or victims told by the document's own voice (its organisation, or nobody named)
        reporter = claimant or out.reporter or out.speaker or (out.claims[-1].claimant if out.claims else UNATTRIBUTED)
    # "Міський голова Рівного: … «Маємо прильоти по об'єкту …»": a mayor's post tells of his town
    town = out.reporter_town if not people and reporter is out.reporter and not any(
        p.kind in ("locality", "district") for p in places) else []
    # "Обстріляли Нікополь. Пошкоджено …" (in the paragraph after, too: a post's lines stand apart); "Над
    # областю збили три дрони, повідомив голова ОВА. Пошкоджено два будинки.": the harm he goes on to tell
    # (not what he recalls or sums up: "Напомним, на прошлой неделе … повреждены два дома", "с начала года …")
    recalled = m.sentence.paragraph == out.background_paragraph or casualties.is_background(text, m.words, lex, False)
    goes_on = not places and not recalled and (out.incident_at[0] == m.sentence.index - 1
                                               or (his and reporter is out.reporter)) \
        and bool(set(kinds) & {"damage", "fire", "debris", "hit"})
    if continued and toll is None and not goes_on and not any(
            p.kind in ("locality", "district", "admin1") and p.country in ("RU", "UA", "BY") for p in [*places, *town]):
        return False  # "The region borders Ukraine and comes under attack almost daily": commentary
    if "casualties" in kinds and not positive:
        kinds.remove("casualties")
    if not kinds and toll is None:
        return False
    kinds.sort(key=_PRIORITY.index)
    # "… the regional military administration said. The driver died at the scene.": nobody named, the
    # incident just told goes on
    unnamed = not people and not m.authorities and not explicit
    retold = bool(places) and bool(out.incidents) and _retold(out.incidents[-1], toll, reporter, places)
    # ("… атакували дроном маршрутку біля Бериславки. ¶ Внаслідок цього удару травмовано двох водіїв": the
    # consequences of the attack just told, in the paragraph after too)
    # (not a toll with a scope of its own, the day's or the region's, nor after an incident that told no one was hurt:
    # "… обломки упали во двор, пострадавших нет. ¶ В результате атаки за сутки в регионе пострадали пять человек")
    after = out.incident_at == (m.sentence.index - 1, m.sentence.paragraph) or (
        out.incident_at[0] == m.sentence.index - 1 and bool(pats["consequence_opening"].match(text))
        and bool(out.incidents) and not pats["consequence_scope"].search(text)
        and not any(f.value == 0 for st in out.incidents[-1].statements for f in st.figures)
        and 0 not in (out.incidents[-1].killed, out.incidents[-1].injured))
    if (retold or not places) and out.incidents and (not kinds or _same(out.incidents[-1].reporter, reporter) or (
            unnamed and after)):
        # "Nobody was injured, he added.": the incident told goes on
        last = out.incidents[-1]
        if retold:  # "In Kharkiv's Kyivskyi district, a man and a woman were injured": where its victims were
            last.places += [p for p in places if not any(p is q for q in last.places)]
        last.kinds = sorted(set(last.kinds) | set(kinds), key=_PRIORITY.index)
        if toll is not None:
            if not toll.places and last.places and (pats["there_anaphor"].search(text) or not last.statements
                                                    and all(p.kind == "locality" or p.unit == "hromada"
                                                            for p in last.places)):
                # "A tractor driver lost his life there.", "Drones attacked Bilozerka. Two men were
                # injured.": told for the incident's places (not a detail of the figure told before
                # for other places)
                toll.places = frozenset(p.name.lower() for p in last.places if p.kind != "country")
                toll.regions = frozenset(p.iso for p in last.places if p.iso and p.kind != "country")
                toll.local = any(p.kind == "locality" or p.unit == "hromada" for p in last.places)
                toll.regional = all(p.kind in ("admin1", "country", "sea") for p in last.places)
                # (and the town its city districts lie in: "One person was hurt in Kyiv. … In the Ovid district, debris
                # hit a roof. One victim was treated at the scene" tells where the town's victim was)
                toll.cities = frozenset(c for p in last.places for c in _cities_of(p))
            last.statements.append(toll)
        last.evidence.append((offset, offset + len(text)))
        out.incident_at = (m.sentence.index, m.sentence.paragraph)
        return True
    places = [*places, *town]
    # "in Budennovsk, Stavropol Krai": the region only qualifies the town
    finer = {p.iso for p in places if p.kind in ("locality", "district")}
    places = [p for p in places if not (p.kind == "admin1" and p.iso in finer)]
    out.reporter_sentence = m.sentence.index
    out.incident_at = (m.sentence.index, m.sentence.paragraph)
    towns = [_office_town(official) for official in people]
    if len(people) > 1 and toll is None and all(towns) and places == [t for ts in towns for t in ts] \
            and len({t[0].name for t in towns}) == len(towns):
        # "the mayor of Lviv said a drone hit …, while the mayor of Ternopil said a drone struck a depot":
        # each mayor tells of his own town; one whose words tell no event of their own tells none there ("…, while
        # the mayor of Ternopil said explosions were heard": blasts heard, no hit)
        starts = [official.person.role_start for official in people] + [len(text)]
        for k, (official, ts) in enumerate(zip(people, towns, strict=True)):
            if not _kinds_of(text[starts[k]:max(starts[k], starts[k + 1])], m.words, lex):
                continue
            out.incidents.append(IncidentDraft(kinds or ["attack_reported"], ts, official.claimant, None, None, text,
                                               [(offset, offset + len(text))], []))
        return True
    out.incidents.append(IncidentDraft(kinds or ["attack_reported"], places, reporter, None, None, text,
                                       [(offset, offset + len(text))], [toll] if toll is not None else [],
                                       # the claim's speaker, found since, tells the attack at its targets
                                       claim=out.claims[-1] if targets and out.claims else None, heard=heard))
    return True


def _also_repelled(out: Attribution, m: Mentions, res: list[Resolution], lex: ModuleType, offset: int) -> None:
    """"Дроны сбиты в районе Изюма и Купянска. А также в ДНР — в Славянске и Краматорске.": a sentence of no
    verb that opens with "also", right after the sentence that told where weapons were downed, names more
    such places (its towns and districts join that incident)."""
    last = out.incidents[-1] if out.incidents else None
    if last is None or last.kinds != ["attack_repelled"] or not last.evidence \
            or offset - last.evidence[-1][1] > 2 or not _patterns(lex)["also_opening"].match(m.sentence.text):
        return
    more = [r.place for r in res if r.place is not None and r.place.kind in ("locality", "district")
            and r.place.country in ("RU", "UA")]
    last.places += [p for p in more if not any(p is q for q in last.places)]
    if more:
        last.evidence.append((offset, offset + len(m.sentence.text)))


def _landmarks(text: str, res: list[Resolution], lex: ModuleType) -> list[Resolution]:
    """The towns that only locate the place named before them ("село Дивноморское под Геленджиком",
    "Тимашевск (в 60 км к северу от Краснодара)", "громаду поблизу Дніпра"): not where the
    incident happened (lexicon REFERENCE_GAP)."""
    gap = _patterns(lex)["reference_gap"]
    found = []
    for before, r in itertools.pairwise(sorted((r for r in res if r.place is not None), key=lambda r: r.hit.start)):
        if before.place.kind in ("locality", "district") and r.place.kind == "locality" \
                and gap.fullmatch(text, before.hit.end, r.hit.start):
            found.append(r)
    return found


def _office_town(official: claimants.OfficialClaimant) -> list[Place]:
    """The town a mayor's office names ("Kharkiv Mayor Ihor Terekhov", "мэр Белгорода"): where
    what he tells without a place of its own happened. Not a city that is a region of its own
    (Moscow's mayor tells of drones downed on their way to the city, their debris in the oblast)."""
    town = official.town
    return [town] if town is not None and town.iso == official.claimant.region and town.iso not in CITY_REGIONS \
        else []


def _struck_apart(m: Mentions, lex: ModuleType) -> tuple[int, int] | None:
    """"Two drones hit a warehouse; one more was shot down": the claim's sentence counts the weapons
    that struck apart from the downed ones (a weapon's count followed by its fall or hit), so the hit
    is an event of its own, not the interception told again. The clause of that count, where the hit's
    places are (not "Одну з ракет збито над Волинню, а одна … влучила в об'єкт на Львівщині": Volyn is
    where one was downed), or None."""
    fell = _patterns(lex)["fell_after"]
    text = m.sentence.text
    c = next((c for c in m.counts if c.weapon is not None and fell.match(text, c.end)), None)
    return None if c is None else (c.number.start, breakdown.count_clause_end(text, c, m.counts))


def _located(out: Attribution, m: Mentions, res: list[Resolution], lex: ModuleType, offset: int,
             claimant: Claimant | None) -> set[str]:
    """Air Force summaries count places, not events: "влучання 4 балістичних ракет та 19 ударних
    БпЛА на 8 локаціях, падіння уламків на 3 локаціях" is a hit incident at 8 locations and a
    debris incident at 3 (never destroyed counts). Returns the kinds it made."""
    if not may_match(m.words, lex, "locations"):
        return set()
    pats = _patterns(lex)
    text = m.sentence.text
    found: list[tuple[str, int, int, int]] = []  # kind, cue start, number end, count
    prev, kind = 0, None
    for n in m.numbers:
        if not pats["locations_after"].match(text, n.end) or \
                not pats["locations_before"].search(text, max(0, n.start - 12), n.start):
            continue
        cues = [(x.start(), k) for k, p in pats["location_kinds"] for x in p.finditer(text, prev, n.start)]
        start, kind = max(cues) if cues else (prev, kind)
        if kind is None:
            continue
        found.append((kind, start, n.end, n.value))
        prev = n.end
    reporter = claimant or out.speaker or out.reporter or UNATTRIBUTED
    for k, (kind, start, end, count) in enumerate(found):
        stop = found[k + 1][1] if k + 1 < len(found) else len(text)
        places = [r.place for r in res if r.place is not None and start <= r.hit.start < stop]
        out.incidents.append(IncidentDraft([kind], places, reporter, None, None, text,
                                           [(offset + start, offset + end)], locations=count))
    return {f[0] for f in found}


def _settle_casualties(out: Attribution) -> None:
    """Each incident's killed/injured: the figures that add victims (see casualties.settle).
    A headline's incident stays only when its figures count (the body told none)."""
    statements = [st for inc in out.incidents for st in inc.statements]
    for inc in out.incidents:
        context = frozenset(p.iso for p in inc.places if p.iso and p.kind != "country")
        # (a hromada, a town's municipality, as its town: see _statement's `local`)
        towns = frozenset(p.name.lower() for p in inc.places if p.kind == "locality" or p.unit == "hromada")
        # (and the city a city district of it lies in: "… one person was killed in Kyiv. … In the Holosiivskyi
        # district, debris set a building on fire. One person was killed": the city's victim retold, not elsewhere)
        scene = frozenset(p.name.lower() for p in inc.places if p.kind in ("locality", "district")) \
            | frozenset(c for p in inc.places for c in _cities_of(p))
        # (the towns its city districts lie in: "In the Ovid district one person sought help" tells a victim of the town)
        cities = frozenset(c for p in inc.places for c in _cities_of(p))
        for st in inc.statements:
            if not st.places:
                st.context = context
                st.towns = towns
                st.scene = scene
                st.cities = st.cities or cities
    casualties.settle(statements)
    kept = []
    for inc in out.incidents:
        for fld in casualties.FIELDS:
            values = [st.counted[fld] for st in inc.statements if st.counted.get(fld) is not None]
            setattr(inc, fld, sum(values) if values else None)
        if inc.statements and all(st.title for st in inc.statements):
            if inc.killed is None and inc.injured is None:
                continue
        if inc.heard and not set(inc.kinds) - {"attack_reported", "attack_repelled"} and inc.killed is None \
                and inc.injured is None:
            continue  # (explosions only heard, nothing told after of what they did)
        if inc.kinds == ["casualties"] and inc.killed is None and inc.injured is None and inc.statements \
                and all(st.repeated or st.title for st in inc.statements):
            continue  # (a sentence told again word for word: its victims are the copy's that is read)
        if inc.kinds == ["casualties"] and inc.killed is None and inc.injured is None and not inc.places \
                and inc.statements and all(st.figures and all(f.of_them and not f.more for f in st.figures if f.value)
                                           for st in inc.statements):
            continue  # ("Троє з них госпіталізовані": some of the injured told before, in hospital, are theirs)
        if "casualties" in inc.kinds and not (inc.killed or inc.injured) and len(inc.kinds) > 1:
            inc.kinds.remove("casualties")
        kept.append(inc)
    out.incidents = kept
    # a reader takes the same figure for the same places as the same victims told twice: where the
    # settled figures say they are more victims, the first incident there carries them all
    for fld in casualties.FIELDS:
        changed = True
        while changed:
            changed = False
            seen: dict[tuple, IncidentDraft] = {}
            for inc in out.incidents:
                value = getattr(inc, fld)
                if not value:
                    continue
                key = (frozenset(p.name for p in inc.places), value)
                first = seen.setdefault(key, inc)
                if first is not inc:
                    setattr(first, fld, value * 2)
                    setattr(inc, fld, None)
                    changed = True
                    break
