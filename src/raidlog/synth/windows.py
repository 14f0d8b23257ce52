"""Reporting windows: "between 11:00 p.m. on November 11 and 7:00 a.m. on
November 12", "from 20:00 to 23:00 Moscow time"; in Moscow time (Kyiv time for
Ukrainian claims, see :func:`kyiv_night`), with the zone written or left to the reader."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")
KYIV = ZoneInfo("Europe/Kyiv")
MONTHS = ("January February March April May June July August September October November "
          "December").split()


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime
    zone_written: bool
    zone: str = "Europe/Moscow"

    def truth(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "timezone": self.zone, "timezone_assumed": not self.zone_written}


def pick(rng: random.Random, published: date, night: bool, dated: bool) -> Window:
    """A window ending on the publication day (or, when dates are written, the day before)."""
    end_day = published - timedelta(days=1) if dated and rng.random() < 0.2 else published
    minute = rng.choice((0, 0, 0, 0, 30, rng.randrange(1, 60)))
    if night:
        start_at = datetime.combine(end_day - timedelta(days=1), time(rng.randint(20, 23), minute))
        end_at = datetime.combine(end_day, time(rng.randint(5, 9)))
    else:
        hour = rng.choice((0, *range(7, 19)))
        start_at = datetime.combine(end_day, time(hour, minute))
        end_at = datetime.combine(end_day, time(min(hour + rng.randint(2, 6), 23)))
    return Window(start_at.replace(tzinfo=MOSCOW), end_at.replace(tzinfo=MOSCOW), rng.random() < 0.5)


def kyiv_night(rng: random.Random, published: date, zone_written: bool) -> Window:
    """An Air Force or regional command night: from the evening before ``published`` to
    its morning, in Kyiv time (the offset of each end on its own date: +02:00 or +03:00)."""
    start = datetime.combine(published - timedelta(days=1),
                             time(rng.choice((17, 18, 18, 18, 19, 20, 21)), rng.choice((0, 0, 0, 30))))
    end = datetime.combine(published, time(rng.choice((5, 6, 7, 8, 8, 9, 9, 10)), rng.choice((0, 0, 30))))
    return Window(start.replace(tzinfo=KYIV), end.replace(tzinfo=KYIV), zone_written, "Europe/Kyiv")


def _clock(rng: random.Random, at: datetime, twelve: bool) -> str:
    if not twelve:
        return f"{at.hour:02d}:{at.minute:02d}"
    if at.hour == 0 and at.minute == 0:
        return "midnight"
    hour = at.hour % 12 or 12
    suffix = rng.choice(("a.m.", "am")) if at.hour < 12 else rng.choice(("p.m.", "pm"))
    if at.minute == 0 and rng.random() < 0.4:
        return f"{hour} {suffix}"
    return f"{hour}:{at.minute:02d} {suffix}"


def _day(rng: random.Random, day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}" if rng.random() < 0.8 else f"{day.day} {MONTHS[day.month - 1]}"


def written(rng: random.Random, w: Window, dated: bool) -> str:
    """The window as a phrase: "from 20:00 to 23:00 Moscow time"."""
    twelve = rng.random() < 0.5
    zone = rng.choice(("Moscow time", "Moscow time", "MSK"))
    where = rng.choice(("first", "second", "both")) if w.zone_written else ""
    # which dates are written: both, the start's or the end's
    dates = rng.choice(("both", "both", "start", "end")) if dated else ""
    parts = []
    for which, at in (("first", w.start), ("second", w.end)):
        text = _clock(rng, at, twelve)
        if where in (which, "both"):
            text += f" {zone}"
            if zone != "MSK" and rng.random() < 0.25:
                text += f" ({_clock(rng, at - timedelta(hours=3), twelve)} GMT)"
        if dates in ("both", "start" if which == "first" else "end"):
            text += f"{rng.choice((' on ', ' on ', ' '))}{_day(rng, at.date())}"
        parts.append(text)
    opening, joint = rng.choice((("between", "and"), ("from", "to"), ("from", "until")))
    return f"{opening} {parts[0]} {joint} {parts[1]}"


MONTHS_GENITIVE = {
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}
_FROM_TO = {"ru": ("с", "до"), "uk": ("з", "до")}
_PERIOD = {"ru": "в период ", "uk": "у період "}
_MOSCOW_TIME = {"ru": "по московскому времени", "uk": "за московським часом"}


def day_month(lang: str, day: date) -> str:
    """"11 ноября", "13 березня"."""
    return f"{day.day} {MONTHS_GENITIVE[lang][day.month - 1]}"


def clock24(at: datetime, dotted: bool = False) -> str:
    """"07:00", or the MoD's "7.00" (``dotted``)."""
    return f"{at.hour}.{at.minute:02d}" if dotted else f"{at.hour:02d}:{at.minute:02d}"


def cyrillic(rng: random.Random, lang: str, w: Window, dated: bool) -> str:
    """A Moscow-time window in Russian or Ukrainian: "с 23:00 мск 11 ноября до 07:00 мск
    12 ноября", "19 июля с 8.00 до 14.00 мск", "в период с 22:00 17 сентября до 06:00
    18 сентября по московскому времени", "з 08:00 до 14:00 за московським часом"."""
    dotted = lang == "ru" and rng.random() < 0.4
    start, to = _FROM_TO[lang]
    lead = _PERIOD[lang] if rng.random() < 0.3 else ""
    zone = rng.choice(("each", "end", "end", "words")) if lang == "ru" else "words"
    if not w.zone_written:
        zone = ""
    each = " мск" if zone == "each" else ""
    tail = {"end": " мск", "words": f" {_MOSCOW_TIME[lang]}"}.get(zone, "")
    first, second = clock24(w.start, dotted) + each, clock24(w.end, dotted) + each
    if dated and w.start.date() == w.end.date() and rng.random() < 0.5:
        return f"{day_month(lang, w.start.date())} {lead}{start} {first} {to} {second}{tail}"
    if dated:  # the end's date only when it is another day, and not always then
        first += f" {day_month(lang, w.start.date())}"
        if w.start.date() != w.end.date() and rng.random() < 0.7:
            second += f" {day_month(lang, w.end.date())}"
    return f"{lead}{start} {first} {to} {second}{tail}"
