"""Counts as reports write them: digits ("22") or English words ("twenty-two")."""

from __future__ import annotations

import random
from typing import Literal

Style = Literal["digits", "words", "mixed"]

_ONES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n: int) -> str:
    """English words for 0 <= n < 1000: "twenty-two", "one hundred and five"."""
    if not 0 <= n < 1000:
        raise ValueError(f"{n} is out of range")
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{_ONES[hundreds]} hundred" + (f" and {words(rest)}" if rest else "")


def pick_style(rng: random.Random) -> Style:
    return rng.choice(("digits", "digits", "words", "mixed"))


def written(n: int, style: Style) -> str:
    """A count in the report's style; "mixed" spells out one to nine (news style)."""
    if style == "words" or (style == "mixed" and n < 10):
        return words(n)
    return str(n)
