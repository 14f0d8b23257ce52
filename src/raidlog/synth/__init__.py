"""Synthetic air-attack reports with known answers, for round-trip tests and benchmarks.

    >>> import random, raidlog
    >>> from raidlog.synth import generate
    >>> s = generate(random.Random(7), lang="ru", size="article")
    >>> report = raidlog.extract(s.text, published=s.published)  # one claim, equal to s.truth

Each report carries one claim. English (``lang="en"``): a Russian MoD claim, a total
that is the sum of a per-region breakdown ("five each over the Kursk and Belgorod
Regions", "a total of four over …"), with or without a window ("between 11:00 p.m.
on November 11 and 7:00 a.m. on November 12", "from 20:00 to 23:00 Moscow time").
Russian (:mod:`raidlog.synth.ru`): the MoD's own post or a news report of it.
Ukrainian (:mod:`raidlog.synth.uk`): an Air Force summary (launched and destroyed,
Kyiv time, no breakdown), a regional command's post, or a Ukrainian outlet's report
of a Russian MoD claim. Short Russian and Ukrainian posts are 300–600 characters.

``truth`` is shaped like ``tests/projection.py::claim_facts`` restricted to claimant,
destroyed, launched, window and breakdown (an Air Force summary adds "weapon").
The same ``rng`` state gives the same report.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from raidlog.synth import breakdown, report, ru, uk, windows

__all__ = ["Synthetic", "generate", "LANGS", "SIZES"]

LANGS = ("en", "ru", "uk")
SIZES = ("short", "article")
ARTICLE_BYTES = (1024, 3072)
_FIRST_DAY = date(2024, 6, 1)
_DAYS = 578  # up to 2025-12-31


@dataclass(frozen=True)
class Synthetic:
    text: str
    published: str  # YYYY-MM-DD
    truth: dict[str, Any]


def generate(rng: random.Random, lang: str = "en", size: str = "short") -> Synthetic:
    """One report and the claim it states, in ``lang`` ("en", "ru", "uk"). ``size``:
    "short" (a few sentences) or "article" (1–3 KB: an optional headline and neutral
    commentary; in English often a governor's incident report for one of the
    regions; still one claim)."""
    if lang not in LANGS:
        raise ValueError(f"no synthetic reports in {lang!r} (have: {', '.join(LANGS)})")
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}, not {size!r}")
    day = _FIRST_DAY + timedelta(days=rng.randrange(_DAYS))
    if lang != "en":
        text, truth = (ru if lang == "ru" else uk).generate(rng, day, size)
        return Synthetic(text, day.isoformat(), truth)
    items = breakdown.pick(rng, rng.choice((1, 2, 3, 3, 4, 4, 5, 6, 7)))
    dated = rng.random() < 0.5
    window = windows.pick(rng, day, night=rng.random() < 0.7, dated=dated) if rng.random() < 0.75 else None
    paragraphs, headline = report.claim(rng, day, items, window, dated)
    if size == "article":
        extra = report.governor(rng, day, items) if rng.random() < 0.6 else None
        if rng.random() < 0.6:
            paragraphs = [headline, *paragraphs]
        paragraphs = report.pad(rng, paragraphs, extra, rng.randint(1100, 2900), ARTICLE_BYTES[1])
    truth = {
        "claimant": {"kind": "ministry", "side": "RU"},
        "destroyed": sum(it.total for it in items),
        "launched": None,
        "window": window.truth() if window else None,
        "breakdown": [it.truth() for it in items],
    }
    return Synthetic("\n\n".join(paragraphs) + "\n", day.isoformat(), truth)
