"""Time windows: "between 11:23 pm on November 11 and 7:00 am on November 12",
"from 23:00 to 07:00 Moscow time", "from 18:00 on March 13 … as of 09:00".

Parsing finds the written parts (times, dates, zone); :func:`resolve` turns
them into ISO 8601 instants once the claimant (for an assumed zone) and the
publication date (for the year) are known.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import ModuleType
from zoneinfo import ZoneInfo

from raidlog.lexicon import gates, may_match

# a sentence without a weekday's word names none (weekdays_named, asked of every sentence: most hold none)
gates.declare({"weekdays": (("WEEKDAYS:keys", r"(?<![\w'’ʼ])(?:{})(?![\w'’ʼ])"),)})  # (as "weekday" is compiled)


@dataclass(frozen=True)
class Clock:
    start: int
    end: int
    hour: int
    minute: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    eve: bool = False  # an evening time of the night to the day written (or published): of the day before it


@dataclass(frozen=True)
class WrittenWindow:
    """A window as the text gives it; dates may be missing."""

    start: int  # offsets into the sentence's norm text
    end: int
    begin: Clock | None
    until: Clock | None  # None: "from 18:00 on 13 March" whose end comes later ("as of 09:00")
    zone: str | None
    instant: bool = False  # one time the thing told happened at ("At 22:17 a drone was shot down"): start and end
    # the time a sentence opens with before the attack it tells ("Близько 04:20 ворог атакував …"): the start of
    # that attack's claim only (told in the same sentence or the very next), not of another one's
    opening: bool = False


@dataclass(frozen=True)
class Day:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None = None  # the weekday written with it ("Saturday, March 8"), Monday 0


NIGHT_OPENING_REACH = 24  # how far a night's weekday may open one ("В ночь на воскресенье", "In the night to Sunday")
OPENING_REACH = 4  # how far into a sentence the day or weekday it opens with may start ("On ", "В ", "У ")
WEEKDAY_REACH = 25  # how far before a date the weekday written with it may start ("on Saturday, ")
NEAR_DAYS = 3  # how near a day written with its year must be to a window's day to tell that one's year
EARLIEST_YEAR = 2014  # no report raidlog reads tells of an attack before this year
# the last year of reports this version was measured on: a weekday dates a window's day in no later year
# (extraction never reads the clock, so a text gives the same window on any day); raise it with the data
LATEST_YEAR = 2026
ALERT_REACH = 70  # how far before a time an alert's noun makes it the alert's time
_GMT = re.compile(r"\b(?:GMT|UTC)\b")
_IN_BRACKETS = re.compile(r"\([^)]*\)")
_OPENING = re.compile(r"\(")
_CLOSING = re.compile(r"\)")


@lru_cache(maxsize=8)
def _patterns(lex: ModuleType) -> dict[str, re.Pattern[str]]:
    months = "|".join(sorted(lex.MONTHS, key=len, reverse=True))
    day_first = rf"(?<![\d:.])(?P<d1>\d{{1,2}})(?:{lex.DAY_ORDINAL})?\s+(?:(?:{lex.DAY_OF})\s+)?(?P<m1>{months})\b\.?(?:,?\s+(?P<y1>\d{{4}}))?"
    month_first = rf"(?P<m2>{months})\.?\s+(?P<d2>\d{{1,2}})(?:{lex.DAY_ORDINAL})?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    clock = rf"(?:{lex.TIME_AMPM})|(?:{lex.TIME_24})|(?P<w>{'|'.join(lex.TIME_WORDS)})|(?:{lex.TIME_HOUR_WORD})"
    zones = "|".join(f"(?:{p})" for p, _ in lex.ZONES)
    weekdays = "|".join(sorted(lex.WEEKDAYS, key=len, reverse=True))
    return gates.Table({
        "date": gates.pattern(rf"\b(?:{day_first}|{month_first})", re.IGNORECASE),
        "clock": gates.pattern(rf"\b(?:{clock})(?!\d|:\d)", re.IGNORECASE),  # "до 03:00:" then its list
        "zone": gates.pattern(rf"\s*(?:,\s*)?(?:{zones})\b", re.IGNORECASE),
        "from": gates.pattern(rf"\b{lex.RANGE_FROM}\s*$", re.IGNORECASE),
        "to": gates.pattern(rf"(?:\b{lex.RANGE_TO}|-)\s*$", re.IGNORECASE),
        "as_of": gates.pattern(rf"\b{lex.AS_OF}\s*$", re.IGNORECASE),
        "at_opening": gates.pattern(lex.AT_OPENING, re.IGNORECASE),
        "at_downed": gates.pattern(lex.AT_DOWNED_AFTER, re.IGNORECASE),
        "at_started": gates.pattern(lex.AT_STARTED_AFTER, re.IGNORECASE),
        "day_after": gates.pattern(rf"\s*(?:\([^)]*\)\s*)?,?\s*{lex.DATE_LEAD}"),
        # a day written before the day and month it runs to ("з 17 на 18 січня", "с 3 на 4 мая", "17-18 січня")
        "range_first_day": gates.pattern(rf"(?<![\d:.])(\d{{1,2}})\s*(?:{lex.DAY_RANGE_TO}|-|–|—|/)\s*$"),
        "day_after_brackets": gates.pattern(r"\s*\([^)]*\)"),  # the brackets "day_after" may open with
        "day_before": gates.pattern(rf"\s*(?:,\s*)?(?:{lex.DAY_THEN_TIME})?\s*", re.IGNORECASE),
        "night_to": gates.pattern(lex.NIGHT_TO, re.IGNORECASE),
        # a night word right after a weekday ("Monday night", "в понедельник ночью", "у понеділок вночі")
        "night_after": gates.pattern(rf"\s+(?:{lex.NIGHT_WORD})", re.IGNORECASE),
        "alert": gates.pattern(lex.ALERT, re.IGNORECASE),
        "weekday": gates.pattern(rf"(?<![\w'’ʼ])(?:{weekdays})(?![\w'’ʼ])", re.IGNORECASE),
        # the weekday a date is written with, before it ("on Saturday, March 8", "Friday (June 6)",
        # "в пятницу, 6 июня") or after it ("6 июня (пятница)", "March 8, Saturday")
        "weekday_before": gates.pattern(rf"(?<![\w'’ʼ])(?P<wd>{weekdays})\s*[,(]?\s*$", re.IGNORECASE),
        "weekday_after": gates.pattern(rf"\s*[,(]\s*(?P<wd>{weekdays})(?![\w'’ʼ])", re.IGNORECASE),
        "dateline": gates.pattern(rf"^[A-Z][A-Z .'-]{{2,}},\s+(?:{month_first}|{day_first})"),
    })


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _patterns(lex).build()


def find_days(text: str, lex: ModuleType) -> list[Day]:
    out = []
    pats = _patterns(lex)
    for m in pats["date"].finditer(text):
        d = m.group("d1") or m.group("d2")
        mon = (m.group("m1") or m.group("m2")).lower().rstrip(".")
        y = m.group("y1") or m.group("y2")
        day = int(d)
        if 1 <= day <= 31:
            named = pats["weekday_before"].search(text, max(0, m.start() - WEEKDAY_REACH), m.start()) \
                or pats["weekday_after"].match(text, m.end())
            weekday = lex.WEEKDAYS[named.group("wd").lower()] if named else None
            first = pats["range_first_day"].search(text, max(0, m.start() - 12), m.start()) if m.group("d1") else None
            if first is not None and 1 <= int(first.group(1)) < day:
                # "у ніч з 17 на 18 січня", "в ночь с 3 на 4 мая": the first day of the night is a day too
                out.append(Day(first.start(1), first.end(1), int(first.group(1)), lex.MONTHS[mon], int(y) if y else None))
            out.append(Day(m.start(), m.end(), day, lex.MONTHS[mon], int(y) if y else None, weekday))
    return out


def lead_day(text: str, lex: ModuleType, days: list[Day]) -> tuple[int, int, bool] | None:
    """The one day of a report's lead sentence ``text`` (:attr:`Calendar.lead`), None for none or several."""
    if len({(d.day, d.month) for d in days}) != 1:
        return None
    d = days[0]
    night = bool(_patterns(lex)["night_to"].search(text, max(0, d.start - 40), d.start))
    return d.day, d.month, night


def opening_weekday(text: str, lex: ModuleType) -> int | None:
    """The weekday a sentence opens with, as the day of its event ("On Monday, a strike on Sumy …", "В понедельник
    …", "У ніч на суботу …": Monday 0; "On Friday night": Saturday, the day its night runs into), or None: one within its first few characters, or right after the words of
    a night's morning opening it; not one told later in the sentence ("the governor said on Monday")."""
    p = _patterns(lex)
    m = p["weekday"].search(text, 0, NIGHT_OPENING_REACH)
    if m is None:
        return None
    if m.start() <= OPENING_REACH:
        # (its night runs into the next day, the one a night-to opening names: "On Monday night" is the night
        # into Tuesday, as "In the night to Tuesday" is)
        return (lex.WEEKDAYS[m.group(0).lower()] + bool(p["night_after"].match(text, m.end()))) % 7
    if p["night_to"].search(text, 0, m.start()) and len(text[: m.start()].split()) <= 4:
        return lex.WEEKDAYS[m.group(0).lower()]
    return None


def weekdays_named(text: str, lex: ModuleType, days: list[Day], words: frozenset[str] | None = None) -> set[int]:
    """The weekdays the sentence names on their own ("on Monday", "в ночь на среду"), not one written with
    a date of ``days``. ``words``: the sentence's (:func:`~raidlog.lexicon.words_of`), if known: a sentence
    without a weekday's word is not searched."""
    return {w for _, _, w in weekdays_placed(text, lex, days, words)}


def weekdays_placed(text: str, lex: ModuleType, days: list[Day],
                    words: frozenset[str] | None = None) -> list[tuple[int, int, int]]:
    """The weekdays :func:`weekdays_named` finds, each with where it is written: (start, end, weekday)."""
    if words is not None and not may_match(words, lex, "weekdays"):
        return []
    p = _patterns(lex)
    starts = [d.start for d in days]  # (days come in the order they start)
    out = []
    for m in p["weekday"].finditer(text):
        k = bisect_left(starts, m.end())
        after = days[k] if k < len(days) else None
        before = days[k - 1] if k > 0 else None
        if after is not None and after.weekday is not None and after.start - m.end() <= WEEKDAY_REACH \
                or before is not None and before.weekday is not None and 0 <= m.start() - before.end <= 3:
            continue
        out.append((m.start(), m.end(), lex.WEEKDAYS[m.group(0).lower()]))
    return out


@dataclass(frozen=True)
class Calendar:
    """What the whole text tells of the year of a day a window writes without one: the days it writes
    with their year ("In the night to 12 April 2025 (since 19:00 on 11 April)"), the weekdays it
    writes with a day ("since 21:00 on Saturday, March 8") and the one weekday it names alone ("downed
    40 drones on Friday")."""

    dated: tuple[date, ...] = ()
    named: tuple[tuple[int, int, int], ...] = ()  # (day, month, weekday)
    weekday: int | None = None
    # the one day the report's lead (its first sentence after the headline) names, where the lead tells of the
    # attack, and whether it is the morning a night runs to ("В ночь на 6 июня …") rather than the day its events
    # began ("вечером 6 июня")
    lead: tuple[int, int, bool] | None = None

    def year(self, days: list[tuple[int, int]]) -> int | None:
        """The year of the first of a window's ``days`` (day, month) the text tells, asked only where no
        publication (nor the page's address) dates it: the nearest year of a day written with its year at
        most three days away; else the latest year up to LATEST_YEAR whose day falls on the weekday written
        with it, or on the one named alone (the window's last day)."""
        d, mo = days[0]
        for written in self.dated:
            y = _nearest_year(d, mo, written)
            day = day_of(y, mo, d)
            if day is not None and abs((day - written).days) <= NEAR_DAYS:
                return y
        wants = [(dd, mm, wd) for dd, mm, wd in self.named if (dd, mm) in days]
        if not wants and self.weekday is not None:
            wants = [(*days[-1], self.weekday)]
        if not wants:
            return None
        dd, mm, wd = wants[0]
        for y in range(LATEST_YEAR, EARLIEST_YEAR - 1, -1):
            told = day_of(y, mm, dd)
            if told is not None and told.weekday() == wd:
                # (the first of the window's days in the year nearest the weekday's day: "from 21:00 on
                # 31 December" to "Friday, 1 January")
                return _nearest_year(d, mo, told)
        return None


def _nearest_year(day: int, month: int, near: date) -> int:
    """The year that puts the day and month nearest to ``near`` (the one before or after across New Year)."""
    best = near.year
    for y in (near.year - 1, near.year + 1):
        there, here = day_of(y, month, day), day_of(best, month, day)
        if there is not None and (here is None or abs((there - near).days) < abs((here - near).days)):
            best = y
    return best


def day_of(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None




def dateline(text: str, lex: ModuleType) -> Day | None:
    m = _patterns(lex)["dateline"].search(text)
    if not m:
        return None
    days = find_days(text[: m.end()], lex)
    return days[-1] if days else None


def _zone_after(text: str, pos: int, lex: ModuleType) -> tuple[str | None, int]:
    m = _patterns(lex)["zone"].match(text, pos)  # (not a copy of the rest of the sentence for each time)
    if not m:
        return None, pos
    word = m.group(0)
    for pattern, zone in lex.ZONES:
        if re.search(pattern, word, re.IGNORECASE):
            return zone, m.end()
    return None, pos


def _gmt_brackets(text: str) -> Callable[[int], bool]:
    """Whether an offset lies in parentheses that render another time in GMT/UTC ("(8:00 p.m.
    GMT)"): by bisection among the sentence's brackets, each searched once, not by a scan of the
    text around each time (square in a long sentence of times)."""
    if "(" not in text:
        return lambda pos: False
    openings = [m.start() for m in _OPENING.finditer(text)]
    closings = [m.start() for m in _CLOSING.finditer(text)]
    gmt: dict[int, bool] = {}

    def inside(pos: int) -> bool:
        k = bisect_left(openings, pos)
        j = bisect_left(closings, pos)
        if k == 0 or (j > 0 and closings[j - 1] > openings[k - 1]):  # no bracket open at the offset
            return False
        opening = openings[k - 1]
        if opening not in gmt:
            gmt[opening] = bool(_GMT.search(text, opening, closings[j] if j < len(closings) else len(text)))
        return gmt[opening]

    return inside


def find_clocks(text: str, lex: ModuleType, days: list[Day]) -> list[tuple[Clock, str | None]]:
    """Every time of day in the sentence with the zone written right after it;
    a time in parentheses (the GMT rendering of a Moscow time) is left out."""
    clocks: list[tuple[Clock, str | None]] = []
    starts = [d.start for d in days]  # (days come in the order they start)
    passed, reach = 0, -1  # the days that start before this time, the furthest any of them ends
    in_gmt_brackets = _gmt_brackets(text)
    for m in _patterns(lex)["clock"].finditer(text):
        while passed < len(days) and days[passed].start <= m.start():
            reach = max(reach, days[passed].end)
            passed += 1
        if reach > m.start():  # a time inside a date
            continue
        if in_gmt_brackets(m.start()):
            continue
        if m.group("w"):
            hour, minute = lex.TIME_WORDS[m.group("w").lower()]
        elif m.group("o"):
            # "з третьої до початку шостої ранку": 3:00 to 5:00 (the sixth hour's start); "дванадцятої ночі": 0:00
            hour, minute = lex.HOUR_ORDINALS[m.group("o").lower()] % 12 - (1 if m.group("os") else 0), 0
        else:
            hour = int(m.group("h") or m.group("h2"))
            minute = int(m.group("m") or m.group("m2") or 0)
            ap = (m.group("ap") or "").lower().replace(".", "").replace(" ", "")
            ap = "pm" if ap in lex.PM_WORDS else ap  # ("с 8 вечера": an evening hour)
            if ap == "pm" and hour < 12:
                hour += 12
            elif ap == "am" and hour == 12:
                hour = 0
            if hour == 24:
                hour = 0
            if hour > 23 or minute > 59:
                continue
        zone, after = _zone_after(text, m.end(), lex)
        day = _day_near(text, m.start(), after, days, starts, lex)
        if day and day.start >= after:
            after = day.end  # "7:00 am on November 12": the date belongs to the time
            if zone is None:  # "з 19:00 8 липня за київським часом"
                zone, after = _zone_after(text, after, lex)
        # ("у ніч на 12 жовтня, з 20:00": 20:00 of the 11th)
        eve = day is not None and day.end <= m.start() and hour >= 12 \
            and bool(_patterns(lex)["night_to"].search(text, max(0, day.start - 40), day.start))
        clock = Clock(m.start(), after, hour, minute,
                      day.day if day else None, day.month if day else None, day.year if day else None, eve)
        clocks.append((clock, zone))
    return clocks


def _day_near(text: str, start: int, end: int, days: list[Day], starts: list[int], lex: ModuleType) -> Day | None:
    """"11:23 pm on November 11", "November 11 at 11:23 pm", "from 18:00 on 13 March",
    "18 марта с 07:00", "17 вересня у період з 08:00": the first of ``days`` (by ``starts``) the
    gap to the time joins, before the time, else after it.

    Only the nearest days can be joined: a day never fits inside a gap. The gap before a time
    ("day_before": spaces, a comma, DAY_THEN_TIME) has no digit, which every day has; the gap after
    it ("day_after") is a bracket, then spaces, a comma, "on", "the", a weekday: no month's name,
    which every day but the first of a range has (a whole word), and that one ("17" of "з 17 на
    18 січня") is followed by a word or a dash no gap has. So a day is tried only while no other
    day lies whole between it and the time (before: back from the nearest, kept the first in
    order; after: on from the nearest past the brackets, whose days the gap cannot end inside),
    not every day of the sentence for every time (square for "May 5, 10:00, " repeated)."""
    p = _patterns(lex)
    following = bisect_left(starts, end)
    if following < len(days) and end < days[following].start and not text[end : days[following].start].strip():
        # "У ніч на 23 вересня, з 21:00 22 вересня": the day written right after the time is its own,
        # not the night's day before it
        return days[following]
    nearest = bisect_left(starts, start) - 1  # the last day to start before the time (none holds it)
    found = None
    for k in range(nearest, -1, -1):
        d = days[k]
        if d.end <= days[nearest].start:  # the nearest day lies whole in the gap
            break
        if d.end <= start and p["day_before"].fullmatch(text, d.end, start):
            found = d
    if found:
        return found
    brackets = p["day_after_brackets"].match(text, end)
    nearest = bisect_left(starts, brackets.end() if brackets else end)
    for k in range(nearest, len(days)):
        d = days[k]
        if d.start >= days[nearest].end:  # the nearest day lies whole in the gap
            break
        if p["day_after"].fullmatch(text, end, d.start):
            return d
    return None


def find_window(text: str, lex: ModuleType, clocks: list[tuple[Clock, str | None]]) -> WrittenWindow | None:
    """The first "from T1 … to T2" ("between … and …", "from T1 … as of T2",
    a lone "from T1" or "as of T2") in a sentence, among its ``clocks``. A time told of an air-raid
    alert named shortly before it ("the alert … sounded from 9 p.m.") is the alert's, not the
    attack's window (en-049, uk-023)."""
    p = _patterns(lex)
    for i, (clock, zone) in enumerate(clocks):
        before = text[max(0, clock.start - 40) : clock.start]
        alerts = list(p["alert"].finditer(text, max(0, clock.start - ALERT_REACH), clock.start))
        alert = alerts[-1] if alerts else None  # (the nearest before it)
        if alert is not None and not any(alert.end() <= c.start for c, _ in clocks[:i]):
            # (not when the alert was told its own time before this one: "alerts were lifted at 8 a.m.;
            # between 6 p.m. and 8 a.m. Russia launched 80 drones")
            continue
        if p["from"].search(before):
            for nxt, zone2 in clocks[i + 1 : i + 2]:
                between = _IN_BRACKETS.sub(" ", text[clock.end : nxt.start])
                if len(between) < 60 and (p["to"].search(between) or p["as_of"].search(between)):
                    end = nxt.end
                    if zone is None and zone2 is None:
                        # "… and 6 a.m. on May 27 Moscow time": the zone after the date
                        zone2, end = _zone_after(text, nxt.end, lex)
                        end = max(end, nxt.end)
                    return WrittenWindow(clock.start, end, clock, nxt, zone2 or zone)
            return WrittenWindow(clock.start, clock.end, clock, None, zone)
        if p["as_of"].search(before):
            return WrittenWindow(clock.start, clock.end, None, clock, zone)
        if i == 0 and p["at_opening"].match(text[: clock.start]):
            # ("At 7 a.m., Russia started a massive attack": its start; "At around 22:17 today, a drone was shot
            # down": the instant it was downed; after its own clause, not a later one's verb)
            # (not an alert's: "At 3:40, an air raid alert began")
            rest = text[clock.end :]
            if (verb := p["at_started"].search(rest) or p["at_downed"].search(rest)) and p["alert"].search(rest, 0, verb.start()):
                continue
            if p["at_started"].search(rest):
                return WrittenWindow(clock.start, clock.end, clock, None, zone, opening=lex.AT_STARTED_OWN_CLAIM)
            if p["at_downed"].search(rest):
                return WrittenWindow(clock.start, clock.end, None, clock, zone, instant=True)
    return None


@dataclass(frozen=True)
class Resolved:
    start: str | None
    end: str | None
    timezone: str | None
    timezone_assumed: bool
    year_missing: bool
    year_assumed: bool
    hours: float | None


def resolve(
    begin: Clock | None,
    until: Clock,
    zone: str | None,
    default_zone: str | None,
    reference: date | None,
    published: date | None,
    source_month: date | None = None,
    calendar: Calendar | None = None,
) -> Resolved:
    """Fill in what the text leaves out: the end date from the start (or the
    reference date: dateline or publication), the year from publication, the
    zone from the claimant (marked as assumed). ``source_month``: the first day of the month the page's
    address names ("/2025/09/"), the year of a window that writes its days when no publication is known.
    ``calendar``: what the rest of the text tells of the year (:meth:`Calendar.year`), asked for a window
    whose days have none only when nothing else dates it: a page's own date is believed, however long after
    the night it tells of (a weekly summary, a feature)."""
    assumed = zone is None
    tz_name = zone or default_zone
    if begin is None:
        begin_day = None
    else:
        begin_day = (begin.day, begin.month, begin.year) if begin.day else None
    until_day = (until.day, until.month, until.year) if until.day else None
    told_year = None  # the year the rest of the text tells the window's first day
    window_days = [(d[0], d[1]) for d in (begin_day, until_day) if d]
    if calendar is not None and window_days and not any(d[2] for d in (begin_day, until_day) if d) \
            and reference is None and published is None and source_month is None:
        told_year = calendar.year(window_days)
    if published is None and reference is None and (begin_day or until_day):
        published = source_month
    midnight_end = until_day is not None and begin is not None and begin_day is None \
        and (until.hour, until.minute) == (0, 0) and (begin.hour, begin.minute) > (0, 0) and not until.eve
    year = None
    for d in (begin_day, until_day):
        if d and d[2]:
            year = d[2]
    year_assumed = False
    if year is None and told_year is not None:
        year, year_assumed = told_year, True
    if year is None:
        if published is None and reference is None:
            return Resolved(None, None, tz_name, assumed, True, False, None)
        ref = reference or published
        year_assumed = True
        year = ref.year
        month = (until_day or begin_day or (None, ref.month))[1]
        if month > ref.month + 1:
            year -= 1
    if tz_name is None:
        return Resolved(None, None, None, True, False, year_assumed, None)
    tz = ZoneInfo(tz_name)
    b_time = (begin.hour, begin.minute) if begin else None
    u_time = (until.hour, until.minute)

    ref_month = (reference or published).month if (reference or published) else None

    def mkdate(d: tuple[int, int, int | None]) -> date:
        """A written day; without a year, the publication's, or the year before for a
        month well after publication ("December 31" in a report of January 1)."""
        if d[2]:
            return date(d[2], d[1], d[0])
        if told_year is not None:
            return date(_nearest_year(d[0], d[1], date(told_year, window_days[0][1], window_days[0][0])), d[1], d[0])
        if year_assumed and ref_month is not None:
            ref_year = (reference or published).year
            return date(ref_year - 1 if d[1] > ref_month + 1 else ref_year, d[1], d[0])
        return date(year, d[1], d[0])

    if midnight_end:
        # "с 15:00 до полуночи 22 сентября", "from 8 p.m. to midnight on May 5": the midnight that ends the day
        # written, the start's day too
        u_date = mkdate(until_day) + timedelta(days=1)
    elif until_day:
        u_date = mkdate(until_day) - timedelta(days=until.eve)
    elif begin_day:
        u_date = mkdate(begin_day) - timedelta(days=begin.eve)
        if b_time and u_time <= b_time:
            u_date += timedelta(days=1)
    else:
        ref = reference or published
        u_date = date(year, ref.month, ref.day) - timedelta(days=until.eve) if ref else None
    if begin is None:
        b_date = None
    elif begin_day:
        b_date = mkdate(begin_day) - timedelta(days=begin.eve)
    elif midnight_end:
        b_date = u_date - timedelta(days=1)
    else:
        b_date = u_date - timedelta(days=1) if b_time >= u_time else u_date
    end_dt = datetime(u_date.year, u_date.month, u_date.day, *u_time, tzinfo=tz)
    start_dt = datetime(b_date.year, b_date.month, b_date.day, *b_time, tzinfo=tz) if b_date else None
    hours = (end_dt - start_dt).total_seconds() / 3600 if start_dt else None
    return Resolved(
        start_dt.isoformat() if start_dt else None,
        end_dt.isoformat(),
        tz_name,
        assumed,
        False,
        year_assumed,
        hours,
    )
