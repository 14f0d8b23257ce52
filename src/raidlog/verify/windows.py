"""Time windows: resolving what the text leaves out, and the checks
``window-invalid``, ``window-year-missing`` and ``window-timezone-assumed``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from raidlog.extract import times
from raidlog.extract.attribute.drafts import _SentenceIndex
from raidlog.model import Claimant, Finding, Window

if TYPE_CHECKING:
    from raidlog.extract.attribute import ClaimDraft
    from raidlog.extract.pipeline import Doc

DEFAULT_ZONES = {"RU": "Europe/Moscow", "UA": "Europe/Kyiv"}
MAX_NIGHT_HOURS = 36
_NEXT_TO_WINDOW = 3  # what may stand between a window's end and the weekday written after it: a preposition ("on", "в")


def window_of(draft: ClaimDraft, claimant: Claimant, doc: Doc, holding: _SentenceIndex | None = None) -> Window | None:
    """``holding``: the document's sentence index (:class:`~raidlog.extract.attribute.drafts._SentenceIndex`), built
    once for all its claims; one is built when not given."""
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
    if until.day is None and (begin is None or begin.day is None) and not w.instant:
        told = _weekday_told(draft.window_offset + w.start, draft.window_offset + w.end, doc,
                             holding or _SentenceIndex(doc.mentions))
        begin, until = _dated_by_the_story(begin, until, w.until is None, draft, doc, told)
    r = times.resolve(begin, until, w.zone, DEFAULT_ZONES.get(claimant.side), doc.reference_day,
                      doc.published, doc.source_month, doc.calendar)
    start, end = (r.end, r.end) if w.instant else (r.start, r.end) if w.until is not None else (r.end, None)
    span = doc.span(draft.window_offset + w.start, draft.window_offset + w.end)
    return Window(start, end, r.timezone, r.timezone_assumed, span.text, r.year_assumed, (span,))


def _dated_by_the_story(begin: times.Clock | None, until: times.Clock, start_only: bool, draft: ClaimDraft,
                        doc: Doc, weekday: int | None = None) -> tuple[times.Clock | None, times.Clock]:
    """A window of times with no day ("в период с 17:00 до 23:00") takes the day its claim's sentences
    name, or else the day the report's lead names ("вечером 6 июня украинские дроны атаковали …"),
    rather than the publication's: the morning's day of a night ("в ночь на 6 июня", the end's day), else
    the day of times within one day ("с 17:00 до 23:00"; a status time or a start alone, or times across midnight,
    only a night's). Not a day more than three days before the publication, or after it. The one weekday the window's
    sentence names alone ("On Friday, between 7pm and 10:30pm", "from 8pm (17:00 GMT on Monday) to 10:15pm" in a
    Tuesday's report) is the last such day up to the publication's, for times within one day (not a night's)."""
    known = doc.reference_day or doc.published
    if weekday is not None and not draft.days and not draft.night and known is not None and begin is not None \
            and not start_only and (begin.hour, begin.minute) < (until.hour, until.minute):
        told = known - timedelta(days=(known.weekday() - weekday) % 7)
        return replace(begin, day=told.day, month=told.month), until
    if len(draft.days) == 1:
        (month, day), night = next(iter(draft.days)), draft.night
    elif not draft.days and doc.calendar is not None and doc.calendar.lead is not None:
        day, month, night = doc.calendar.lead
    else:
        return begin, until
    if known is not None:
        told = times.day_of(known.year - (1 if month > known.month + 1 else 0), month, day)
        if told is None or not 0 <= (known - told).days <= 3:
            return begin, until
    if night:
        return begin, replace(until, day=day, month=month)
    if begin is None or start_only or (begin.hour, begin.minute) >= (until.hour, until.minute):
        # (a day named beside a night's times, "MOSCOW, June 10 … between 11 p.m. and 8 a.m.", may be the day the
        # night runs to or the one it began on: the publication's reading stays)
        return begin, until
    return replace(begin, day=day, month=month), until


def _weekday_told(start: int, end: int, doc: Doc, holding: _SentenceIndex) -> int | None:
    """The one weekday the window written from ``start`` to ``end`` names in its own clause, if it names one: before
    its end ("On Friday, between 7pm and 10:30pm", "between 7pm (16:00 GMT on Friday) and 10:30pm") or right after it
    ("between 7pm and 10:30pm on Friday"), not one written with a date; not a weekday told after it of something else
    ("…, the ministry said, adding that talks are set for Friday", "…, напомнив о переговорах в пятницу")."""
    k = holding.sentence_of(start)
    if k is None:
        return None
    m = doc.mentions[k]
    at = m.sentence.start
    named = {w for a, _, w in times.weekdays_placed(m.sentence.text, doc.lex, m.days, m.words)
             if a + at < end or len(m.sentence.text[end - at:a].strip(" ,")) <= _NEXT_TO_WINDOW}
    return next(iter(named)) if len(named) == 1 else None


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
