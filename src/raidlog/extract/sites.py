"""Launch sites: the places a sentence names after a "from (the direction of)" cue ("launched from
the Kursk region", "з напрямків Курськ, Брянськ"): where weapons came from, not where they were
downed nor the region an administration speaks for."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from types import ModuleType

from raidlog.extract.resolve import Resolution
from raidlog.lexicon import gates


@lru_cache(maxsize=8)
def _cue(lex: ModuleType) -> re.Pattern[str]:
    # ("launched from the Kursk region")
    return gates.quicken(gates.pattern(rf"(?:{lex.LAUNCH_SITE_CUE})(?:\s+(?:{lex.ARTICLE})\b)?", re.IGNORECASE))


@lru_cache(maxsize=8)
def _names_list(lex: ModuleType) -> re.Pattern[str]:
    # "from the directions of Oryol, Bryansk, Millerovo": the names before this one (and what joins
    # the site before to this one: " and ", ", and ")
    return re.compile(rf"[^\W\d_a-zа-яёіїєґ][\w'-]*(?:,\s*(?:(?:{lex.AND})\s+)?|\s+(?:{lex.AND})\s+)|^\s*(?:,\s*)?(?:(?:{lex.AND})\s+)?")


@lru_cache(maxsize=8)
def _filler(lex: ModuleType) -> re.Pattern[str]:
    # ("sent from Belarusian territory and the annexed Crimean peninsula": no site of their own)
    return re.compile(lex.LAUNCH_SITE_FILLER, re.IGNORECASE)


def prepare(lex: ModuleType) -> None:
    """Build this stage's pattern tables of ``lex`` before the first text (pipeline.prepare)."""
    _cue(lex)
    _names_list(lex)
    _filler(lex)


def cue_ends(text: str, lex: ModuleType) -> list[int]:
    """Where each launch-site cue of ``text`` ends."""
    return [x.end() for x in _cue(lex).finditer(text)]


def after_site_cue(text: str, res: list[Resolution], lex: ModuleType) -> list[Resolution]:
    """The places of ``text`` (a sentence) named after a launch-site cue, with nothing but names,
    commas and "and" between ("from Kursk, Oryol and …"), in the order of the text: where weapons
    came from."""
    cues = cue_ends(text, lex) if res else []
    sites = []
    last = None  # where the last site's name ends: the list goes on after it
    for r in sorted(res, key=lambda r: r.hit.start):
        k = bisect_right(cues, r.hit.start) - 1  # the last cue before it, at most 60 characters before
        before = [cues[k]] if k >= 0 and r.hit.start - cues[k] <= 60 else []
        if last is not None and last <= r.hit.start:
            before.append(last)
        # only names, commas and "and" between the cue and this place ("from Kursk, Oryol and …", and
        # on from the site before it: "from five directions: Orel, Kursk, …, Millerovo, and Yeysk"), and words
        # that are no site ("from Belarusian territory and the annexed Crimean peninsula")
        if r.place is not None and before \
                and not _names_list(lex).sub("", _filler(lex).sub("", text[max(before) : r.hit.start])).strip(" :-"):
            sites.append(r)
            last = r.hit.end
    return sites
