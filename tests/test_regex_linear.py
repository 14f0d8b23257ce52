"""Patterns matched at a count's end or over a sentence do work linear in a run of whitespace after
them: no optional whitespace next to optional whitespace (``\\s*,?\\s+``), which backtracks over every
split of the run (square). Measured against the run eight times as long, with a wide margin (a square
pattern takes 64 times as long), best of five, so as not to depend on the machine's load."""

from __future__ import annotations

import time

import pytest

from raidlog.extract import weapons
from raidlog.extract.attribute import cues, reading
from raidlog.lexicon import for_lang


def _best(fn) -> float:
    out = []
    for _ in range(5):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return min(out)


def _grows_linearly(run) -> None:
    run(1000)  # compiled, warm
    small, large = _best(lambda: run(16000)), _best(lambda: run(128000))
    assert large < 24 * max(small, 1e-3), (small, large)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_destroyed_bare_at_a_count_end_before_a_run_of_spaces(lang: str) -> None:
    pattern = cues._patterns(for_lang(lang))["destroyed_bare"]
    _grows_linearly(lambda n: pattern.match("30" + " " * n + "x", 2))


@pytest.mark.parametrize(("lang", "adj"), [("en", "attack"), ("ru", "ударных"), ("uk", "ударних")])
def test_gapped_adjectives_before_a_run_of_spaces(lang: str, adj: str) -> None:
    pattern = weapons._gapped(for_lang(lang))
    _grows_linearly(lambda n: pattern.fullmatch(" " + adj + " " * n + "x"))


def test_a_quote_closed_before_a_run_of_spaces() -> None:
    _grows_linearly(lambda n: reading._CLOSES_QUOTE.search('"' + " " * n + "x"))
