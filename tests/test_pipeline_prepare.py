"""pipeline.prepare builds every stage's pattern tables before the first text."""

from __future__ import annotations

import functools
import inspect
import random
import sys

import pytest

import raidlog  # noqa: F401  (imports every stage)
from raidlog.extract import pipeline
from raidlog.lexicon import for_lang, gates


def _tables() -> list[functools._lru_cache_wrapper]:
    """Each stage module's remembered function of the lexicon alone (``@lru_cache`` of ``lex``)."""
    return [value for name, module in list(sys.modules.items())
            if name.startswith("raidlog.extract.") and module is not None
            for value in vars(module).values()
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name
            and list(inspect.signature(value).parameters) == ["lex"]]


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_prepare_builds_every_stage_table(lang: str) -> None:
    """A table a stage adds and its prepare leaves out would be compiled in the first timed text
    of a benchmark's first pass (benchmarks/extract_speed.py calls pipeline.prepare before it)."""
    tables = _tables()
    asked = {t: t.cache_info().hits + t.cache_info().misses for t in tables}
    pipeline.prepare(lang)
    # (29 when written; the attribution stage's own are in its package's modules cues, verbs, voices)
    assert len(tables) >= 25
    assert [f"{t.__module__}.{t.__qualname__}" for t in tables
            if t.cache_info().hits + t.cache_info().misses == asked[t]] == []


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_prepare_compiles_every_entry_of_a_lazy_table(lang: str) -> None:
    """A gates.Table compiles an entry at its first ask; the stage's prepare must ask for all of
    them (Table.build), or a benchmark's first pass would time their compiling."""
    pipeline.prepare(lang)
    lex = for_lang(lang)
    stages = [value for name, module in list(sys.modules.items())
              if name.startswith("raidlog.extract.") and module is not None
              for value in vars(module).values()
              if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name
              and list(inspect.signature(value).parameters)[:1] == ["lex"]
              and all(p.default is not p.empty for p in list(inspect.signature(value).parameters.values())[1:])]
    lazy = {f"{t.__module__}.{t.__qualname__}": t(lex) for t in stages if isinstance(t(lex), gates.Table)}
    # (6 when written: breakdown, casualties, cues, mentions, places, times)
    assert len(lazy) >= 6
    assert {name: sorted(set(table.sources) - set(table)) for name, table in lazy.items()
            if set(table.sources) - set(table)} == {}


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_prepare_leaves_no_derived_table_to_the_first_text(lang: str) -> None:
    """What a stage derives of its patterns at their first use (the windows gates.search_to_end reads
    a pattern with, the lexicon's index of gate families) is derived by prepare, not in a benchmark's
    first timed text."""
    from raidlog.synth import generate

    pipeline.prepare(lang)
    barriers, indexes = dict(gates._BARRIERS), dict(gates._INDEXES)
    rng = random.Random(7)
    for _ in range(20):
        report = generate(rng, lang=lang, size="article")
        raidlog.extract(report.text, published=report.published, lang=lang)
    assert set(gates._BARRIERS) == set(barriers)
    assert set(gates._INDEXES) == set(indexes)


def test_prepare_knows_every_pattern_searched_with_its_gate() -> None:
    """Every name a stage asks cues.searched for is in cues.GATED, whose gates prepare derives (a name
    left out was derived, from disk, at the first sentence that asked it)."""
    import re
    from pathlib import Path

    from raidlog.extract.attribute import cues

    folder = Path(cues.__file__).parent
    asked = {name for path in folder.glob("*.py")
             for name in re.findall(r'\bsearched\(\s*"(\w+)"', path.read_text("utf-8"))}
    assert len(asked) >= 9
    assert sorted(asked - set(cues.GATED)) == []
