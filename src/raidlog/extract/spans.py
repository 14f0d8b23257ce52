"""Spans of a sentence asked whether they cover an offset, overlap a span or lie inside one."""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable


def _by_start(spans: Iterable[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The spans' starts in order, and for each the furthest end among the spans up to it."""
    ordered = sorted(spans)
    return [a for a, _ in ordered], list(itertools.accumulate((b for _, b in ordered), max))


def _none(*_: int) -> bool:
    """No span to ask about (most sentences: no dates, no people, no denials)."""
    return False


def covering(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of the spans (which may overlap): by bisection among them
    sorted by start, with the furthest end so far, not by a scan of them all for each offset
    (square in a sentence of thousands of items, numbers or dates)."""
    if not spans and isinstance(spans, list):
        return _none  # (most sentences: asked of an empty list, nothing to sort)
    starts, reach = _by_start(spans)
    if not starts:
        return _none

    def covers(at: int) -> bool:
        k = bisect_right(starts, at)  # the spans that start at or before the offset
        return k > 0 and reach[k - 1] > at

    return covers


def overlapping(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span ``start``-``end`` shares a character with one of the spans (which may overlap
    each other), by the same bisection as :func:`covering` (a scan of them all for each span was
    square in a sentence of thousands of names)."""
    if not spans and isinstance(spans, list):
        return _none
    starts, reach = _by_start(spans)
    if not starts:
        return _none

    def overlaps(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # the spans that start before the span ends
        return k > 0 and reach[k - 1] > start

    return overlaps


def inside(spans: Iterable[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether one of the spans (which may overlap each other) lies inside ``start``-``end``: by
    bisection among them sorted by start, with the nearest end from each on, not by a search of the
    text between each pair of offsets (square in a sentence of one official and thousands of claimants)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    nearest_end = list(itertools.accumulate(reversed([b for _, b in ordered]), min))[::-1]

    def holds(start: int, end: int) -> bool:
        k = bisect_left(starts, start)  # the spans that start at or after the span starts
        return k < len(starts) and nearest_end[k] <= end

    return holds


def overlaps_disjoint(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a span ``start``-``end`` shares a character with one of ``spans``, a list kept in order
    (``insort``) of spans that do not overlap each other, as a list grows that takes a span only where it
    is free: their ends are in order too, so the last that starts before the span ends reaches furthest
    (by bisection, not by a scan of them all for each new span, square in a sentence of thousands)."""
    k = bisect_left(spans, (end,))  # the spans that start before the span ends
    return k > 0 and spans[k - 1][1] > start
