"""Dates, times and language tags as sources state them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime

_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_NAME_DATE = re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")


def date_part(value: object) -> str | None:
    """ "2024-05-12" from "2024-05-12", "2024-05-12T00:30:00+03:00" or a
    date/datetime, keeping the day the value states (no time-zone
    conversion); None for anything else."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    m = _DATE.match(value)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        return None


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
