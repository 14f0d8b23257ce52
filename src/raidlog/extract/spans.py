"""Spans of a sentence asked whether they cover an offset."""

from __future__ import annotations

import itertools
from bisect import bisect_right
from collections.abc import Callable, Iterable


def covering(spans: Iterable[tuple[int, int]]) -> Callable[[int], bool]:
    """Whether an offset lies in one of the spans (which may overlap): by bisection among them
    sorted by start, with the furthest end so far, not by a scan of them all for each offset
    (square in a sentence of thousands of items, numbers or dates)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(itertools.accumulate((b for _, b in ordered), max))

    def covers(at: int) -> bool:
        k = bisect_right(starts, at)  # the spans that start at or before the offset
        return k > 0 and reach[k - 1] > at

    return covers
