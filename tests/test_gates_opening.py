"""gates.unanchored: a pattern with a path that opens at the text's start ("…|^\\W*in\\s+2024(?=,)|…")
is searched past its start by a twin led without the anchor, which finds the same matches there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raidlog.extract import mentions
from raidlog.lexicon import for_lang, gates

CASES = Path(__file__).parent / "cases"


def test_unanchored_leads_without_the_anchor() -> None:
    source = r"\b(?:over the week|^\W*in\s+20\d\d(?=,)|since \d{4})\b"
    rest = gates.unanchored(source, re.IGNORECASE)
    assert rest is not None and not rest.pattern.startswith("(?=^")
    assert gates.unanchored(r"\b(?:over the week|since \d{4})\b", re.IGNORECASE) is None  # (no anchor)
    assert gates.unanchored(source, re.IGNORECASE | re.MULTILINE) is None  # ("^" after each line break)
    pattern = gates.compiled(source, re.IGNORECASE)
    for text in ("In 2024, 40 were downed over the week", "40 were downed in 2024, and over the week",
                 "in 2024 over the week", "Over the week, since 2022", ""):
        assert [x.span() for x in gates.finditer_opening(pattern, rest, text)] == \
            [x.span() for x in pattern.finditer(text)], text


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_scopes_find_what_the_pattern_finds(lang: str) -> None:
    lex = for_lang(lang)
    checked = 0
    for table in (mentions._patterns(lex), mentions._patterns(lex, True)):
        for pattern, rest, _, _ in table["scopes"]:
            for path in sorted((CASES / lang).glob("*.txt")):
                for line in path.read_text(encoding="utf-8").splitlines():
                    if table is not mentions._patterns(lex) and not line.isascii():
                        continue
                    found = gates.finditer_opening(pattern, rest, line)
                    assert [(x.span(), x.group()) for x in found] == \
                        [(x.span(), x.group()) for x in pattern.finditer(line)], (path.name, line)
                    checked += bool(found)
    assert checked
