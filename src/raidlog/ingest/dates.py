"""Dates, times and language tags as sources state them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from email.utils import parsedate_to_datetime

_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_NAME_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
EARLIEST = date(2000, 1, 1)  # no report raidlog reads is older; a year-1 date is a broken export


def plausible(day: date) -> bool:
    """A publication day raidlog believes: from 2000-01-01 to tomorrow (UTC; a post made after
    midnight east of UTC is dated a day ahead)."""
    return EARLIEST <= day <= datetime.now(UTC).date() + timedelta(days=1)


def published_day(value: str) -> str:
    """The day of a "published" value a table states: "2024-05-12", an ISO 8601 time
    ("2024-05-12T00:30:00+03:00", its own day) or "12.05.2024" (day first, as spreadsheets in
    Russian and Ukrainian locales write it, a time may follow). Raises ValueError with the
    reason for anything else, and for a day outside :func:`plausible`."""
    raw = value.strip()
    m = _DOTTED.match(raw)
    try:
        if m:
            day = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if m.group(4) is not None and (int(m.group(4)) > 23 or int(m.group(5)) > 59
                                           or int(m.group(6) or 0) > 59):
                raise ValueError
        elif len(raw) == 10:
            day = date.fromisoformat(raw)
        else:
            day = datetime.fromisoformat(raw).date()
    except ValueError:
        raise ValueError(f"not a date in \"published\" ({value!r}; expected YYYY-MM-DD or DD.MM.YYYY)") from None
    if not plausible(day):
        raise ValueError(f"not a plausible date in \"published\" ({value!r}; expected a day from "
                         f"{EARLIEST.isoformat()} to tomorrow)")
    return day.isoformat()


def publication_day(value: str | None) -> str | None:
    """A publication day given as YYYY-MM-DD (``extract --published``, the web's "published"):
    None when empty; raises ValueError saying what is wrong with a malformed or implausible one."""
    if value is None or not value.strip():
        return None
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError(f"{value!r} is not a date in the form YYYY-MM-DD")
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{value!r} is not a date ({exc})") from None
    if not plausible(day):
        raise ValueError(f"{value!r} is not a plausible publication date (expected a day from "
                         f"{EARLIEST.isoformat()} to tomorrow)")
    return day.isoformat()


def date_part(value: object) -> str | None:
    """ "2024-05-12" from "2024-05-12", "2024-05-12T00:30:00+03:00" or a
    date/datetime, keeping the day the value states (no time-zone
    conversion); None for anything else, and for a day that is not
    :func:`plausible` (a feed's 1970-01-01 or a page's 9999-12-31)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat() if plausible(value) else None
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        day = date.fromisoformat(m.group(1))
    except ValueError:
        return None
    return day.isoformat() if plausible(day) else None


def stated_time(raw: str | None) -> datetime | None:
    """A feed's timestamp as written: RFC 822 ("Sun, 12 May 2024 00:30:00
    +0300") or ISO 8601 ("2024-05-12T00:30:00+03:00"), in its own offset.
    feedparser's parsed dates are converted to UTC, which moves a post made
    at half past midnight in Kyiv or Moscow to the day before."""
    if not raw or not raw.strip():
        return None
    raw = raw.strip()
    try:
        return datetime.fromisoformat(raw)
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def utc_now() -> str:
    """Now, ISO 8601 UTC to the second: "2024-05-12T05:30:00Z"."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


_TAG = re.compile(r"^[a-z]{2,3}$")


def lang_tag(value: object) -> str | None:
    """The primary language subtag, lower case: "ru-RU" -> "ru". "ua", the
    country code sites often put for Ukrainian, is "uk"."""
    if not isinstance(value, str):
        return None
    primary = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    if not _TAG.match(primary):
        return None
    return "uk" if primary == "ua" else primary


def date_in_name(name: str) -> str | None:
    """A publication date written into a file name ("2025-11-12-kyivpost.txt"), for
    plain texts that carry no metadata."""
    m = _NAME_DATE.search(name.rsplit("/", 1)[-1])
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(0)).isoformat()
    except ValueError:
        return None
