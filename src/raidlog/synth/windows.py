"""Reporting windows: "between 11:00 p.m. on November 11 and 7:00 a.m. on
November 12", "from 20:00 to 23:00 Moscow time"; always in Moscow time, with
the zone written or left to the reader."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

MOSCOW = ZoneInfo("Europe/Moscow")
MONTHS = ("January February March April May June July August September October November "
          "December").split()


@dataclass(frozen=True)
class Window:
    start: datetime
    end: datetime
    zone_written: bool

    def truth(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "timezone": "Europe/Moscow", "timezone_assumed": not self.zone_written}


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
