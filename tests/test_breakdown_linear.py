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


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_remainder_gate_covers_its_pattern(lang: str) -> None:
    """Every word REMAINDER matches starts with one of REMAINDER_STEMS (the gate before the pattern)."""
    lex = for_lang(lang)
    samples = {"en": ["the remaining ones", "the rest", "others"], "ru": ["остальные", "оставшиеся три"],
               "uk": ["решта", "інші над"]}[lang]
    for word in samples:
        assert breakdown._patterns(lex)["remainder"].pattern
        assert any(stem in word.lower() for stem in lex.REMAINDER_STEMS)
