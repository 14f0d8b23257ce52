"""The breakdown's patterns read any sentence in linear time: a run of separators or of
comma-delimited asides between a count and its place is read one way only."""

from __future__ import annotations

import time

import pytest

from raidlog.extract import breakdown
from raidlog.lexicon import for_lang


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
@pytest.mark.parametrize("filler", [" ,", ", big words,", " - ", ", за словами,"])
def test_lead_and_remainder_are_linear(lang: str, filler: str) -> None:
    pats = breakdown._patterns(for_lang(lang))
    text = "5" + filler * 3000 + " x"
    start = time.perf_counter()
    pats["lead"].match(text, 1)
    pats["remainder"].search("остальные remaining решта" + filler * 3000)
    assert time.perf_counter() - start < 1.0
