"""Readable values for the pages: a claim's window in the claimant's zone with UTC beside."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

SIDE_NAMES = {"RU": "the Russian side", "UA": "the Ukrainian side"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def zone_label(zone: str | None) -> str:
    """"Europe/Moscow" → "Moscow time"; "UTC" stays; None → ""."""
    if not zone:
        return ""
    if zone.upper() in ("UTC", "ETC/UTC", "Z"):
        return "UTC"
    return zone.rsplit("/", 1)[-1].replace("_", " ") + " time"


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def _day(d: datetime, year: bool = True) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def _span(a: datetime | None, b: datetime | None, timed: bool) -> str:
    """"11 Nov 2025, 23:00 → 12 Nov, 07:00"; one day: "12 Nov 2025, 08:00 → 14:00"."""
    def one(d: datetime, year: bool) -> str:
        return _day(d, year) + (f", {d:%H:%M}" if timed else "")

    if a and b:
        if a.date() == b.date():
            return one(a, True) + (f" → {b:%H:%M}" if timed else "")
        return one(a, True) + " → " + one(b, a.year != b.year)
    if a:
        return one(a, True) + " → ?"
    if b:
        return "? → " + one(b, True)
    return ""


def window(w: dict[str, Any] | None) -> dict[str, str] | None:
    """A claim's window as {"local": "11 Nov 2025, 23:00 → 12 Nov, 07:00", "zone": "Moscow time",
    "utc": "11 Nov 20:00 → 12 Nov 04:00 UTC", "raw": "start → end"}; ``utc`` is empty when the window
    has no times (whole days) or no offset."""
    if not w:
        return None
    start, end = w.get("start"), w.get("end")
    raw = f"{start or '?'} → {end or '?'}"
    a, b = _parse(start), _parse(end)
    if (start and not a) or (end and not b) or not (a or b):
        return {"local": raw, "zone": zone_label(w.get("timezone")), "utc": "", "raw": raw}
    timed = any(v and "T" in v for v in (start, end))
    local = _span(a, b, timed)
    utc = ""
    if timed and all(d is None or d.tzinfo is not None for d in (a, b)):
        ua, ub = (d.astimezone(UTC) if d else None for d in (a, b))
        utc = _span(ua, ub, True) + " UTC"
    return {"local": local, "zone": zone_label(w.get("timezone")), "utc": utc, "raw": raw}
