"""A stage reads a sentence of ASCII characters with its patterns' ASCII twins (gates.ascii_twin):
compiled in ASCII mode, they must find the same matches, with the same groups, as the patterns
they stand for in any such sentence."""

from __future__ import annotations

import _sre
import importlib
import re
from pathlib import Path

import pytest

from raidlog.lexicon import for_lang, gates

CASES = Path(__file__).parent / "cases"
LANGS = ("en", "ru", "uk")


def _tables(lang: str):
    lex = for_lang(lang)
    for module in ("mentions", "breakdown"):
        mod = importlib.import_module(f"raidlog.extract.{module}")
        # (every entry built: a table compiles an entry at its first ask, gates.Table)
        yield module, mod._patterns(lex).build(), mod._patterns(lex, True).build()


def _pairs(plain, twin, path=""):
    if isinstance(plain, re.Pattern):
        yield path, plain, twin
    elif isinstance(plain, dict):
        for k in plain:
            yield from _pairs(plain[k], twin[k], f"{path}.{k}")
    elif isinstance(plain, (list, tuple)):
        for k, (a, b) in enumerate(zip(plain, twin, strict=True)):
            yield from _pairs(a, b, f"{path}[{k}]")


def _ascii_sentences() -> list[str]:
    lines = {line.strip() for p in sorted(CASES.glob("*/*.txt")) for line in p.read_text("utf-8").splitlines()}
    found = sorted(line for line in lines if line and line.isascii())
    # and the separators \x1c-\x1f, which Unicode reads as spaces and ASCII mode does not
    return found + ["Over the Kursk\x1cregion,\x1d12\x1edrones were\x1fdestroyed", "\x1c\x1d\x1e\x1f"]


def _same(p: re.Pattern[str], q: re.Pattern[str], text: str) -> bool:
    a, b = list(p.finditer(text)), list(q.finditer(text))
    return [(m.span(), m.groups()) for m in a] == [(m.span(), m.groups()) for m in b]


def test_the_characters_that_fold_to_ascii_are_the_known_ones():
    """CASE_TWINS is every non-ASCII character that matches an ASCII one ignoring case."""
    found = {chr(c) for c in range(0x80, 0x110000)
             if _sre.unicode_tolower(c) < 0x80 or (len(chr(c).upper()) == 1 and chr(c).upper().isascii())}
    found = {c for c in found if any(re.fullmatch(re.escape(c), chr(a), re.IGNORECASE) for a in range(0x80))}
    assert found == gates.CASE_TWINS


def test_a_twin_writes_its_spaces_as_unicode_reads_them():
    assert gates.ascii_twin(re.compile(r"a\s+b")).pattern == r"a[\s\x1c-\x1f]+b"
    assert gates.ascii_twin(re.compile(r"[^\s,]\S")).pattern == r"[^\s\x1c-\x1f,][^\s\x1c-\x1f]"
    assert gates.ascii_twin(re.compile(r"[]\s]")).pattern == r"[]\s\x1c-\x1f]"  # "]" first is a member
    assert gates.ascii_twin(re.compile(r"[\S,]")) is None  # (no class says "not a space, or a comma" then)
    assert gates.ascii_twin(re.compile("\u017fhahed", re.IGNORECASE)) is None  # long s folds to "s"
    assert gates.ascii_twin(re.compile(r"(?u)\w")) is None
    twin = gates.ascii_twin(re.compile(r"(?P<n>\d+)\s+(?i:drones?)\b"))
    assert twin is not None and twin.flags & re.ASCII and twin.groupindex == {"n": 1}


@pytest.mark.parametrize("lang", LANGS)
def test_stage_twins_find_what_the_patterns_find_in_ascii_sentences(lang):
    sentences = _ascii_sentences()
    checked = 0
    for module, plain, twin in _tables(lang):
        for path, p, q in _pairs(plain, twin):
            if q is p:
                continue
            assert q.flags & re.ASCII, (module, path)
            for text in sentences:
                assert _same(p, q, text), (module, path, text)
            checked += 1
    assert checked > 50
