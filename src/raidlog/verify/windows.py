"""Time windows: resolving what the text leaves out, and the checks
``window-invalid``, ``window-year-missing`` and ``window-timezone-assumed``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from raidlog.extract import times
from raidlog.model import Claimant, Finding, Window

if TYPE_CHECKING:
    from raidlog.extract.attribute import ClaimDraft
    from raidlog.extract.pipeline import Doc

DEFAULT_ZONES = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv"}
MAX_NIGHT_HOURS = 36


def window_of(draft: ClaimDraft, claimant: Claimant, doc: Doc) -> Window | None:
    w = draft.window
    if w is None or w.until is None and w.begin is None:
        return None
    # (a start told alone, "since midnight", "the attack began at about 22:00 on 23 August", is
    # resolved as one instant and stays the start: the end is not told)
    until = w.until or w.begin
    begin = w.begin if w.until is not None else None
    if w.until is None and until.day is None and until.hour >= 12 and draft.night:
        # "overnight … the attack started at about 10 p.m." told alone in the morning's report: the
        # evening before the publication day (as an evening start before a morning end is)
        until = replace(until, eve=True)
    r = times.resolve(begin, until, w.zone, DEFAULT_ZONES.get(claimant.side), doc.reference_day,
                      doc.published, doc.source_month, doc.calendar)
    start, end = (r.end, r.end) if w.instant else (r.start, r.end) if w.until is not None else (r.end, None)
    span = doc.span(draft.window_offset + w.start, draft.window_offset + w.end)
    return Window(start, end, r.timezone, r.timezone_assumed, span.text, r.year_assumed, (span,))


def check(doc: Doc) -> list[Finding]:
    out = []
    for claim, draft in zip(doc.claims, doc.attribution.claims, strict=True):
        w = claim.window
        if w is None:
            continue
        if w.start is None and w.end is None and doc.published is None and doc.reference_day is None:
            out.append(Finding(
                "window-year-missing", "warning",
                f"The window \u201c{w.as_written}\u201d gives no year and no publication date is known; "
                "its start and end are left empty.",
                claim.id, w.evidence, "Pass the publication date (--published YYYY-MM-DD).",
            ))
        if w.timezone_assumed:
            zone = w.timezone or "unknown"
            out.append(Finding(
                "window-timezone-assumed", "info",
                f"The window \u201c{w.as_written}\u201d names no time zone; {zone} is assumed "
                f"for {claim.claimant.name}.",
                claim.id, w.evidence, "Check the original statement for the time zone.",
                data={"timezone": w.timezone},
            ))
        if w.start and w.end:
            hours = _hours(w.start, w.end)
            if hours < 0:
                out.append(Finding(
                    "window-invalid", "error",
                    f"The window \u201c{w.as_written}\u201d ends ({w.end}) before it starts ({w.start}).",
                    claim.id, w.evidence, "Check the dates and the a.m./p.m. of both times.",
                    data={"hours": hours},
                ))
            elif draft.night and hours > MAX_NIGHT_HOURS:
                out.append(Finding(
                    "window-invalid", "error",
                    f"The window \u201c{w.as_written}\u201d of an overnight claim lasts {hours:g} hours "
                    f"(more than {MAX_NIGHT_HOURS}).",
                    claim.id, w.evidence, "Check the dates of the window.", data={"hours": hours},
                ))
    return out


def _hours(start: str, end: str) -> float:
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds() / 3600
