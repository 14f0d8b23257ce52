"""The "of them" patterns of the attribution stage, and weapons.of_them_after's that every stage
asks, are matched at a count's end in the whole sentence (``match(text, end)``), not on a copy of
the rest of it: square copying in a sentence of thousands of counts (9f0b0d1). That reads the same
only while none of them looks before where it starts (a ``\\b`` or a lookbehind at its start would
see the count's own characters). A lexicon entry that breaks this makes these tests fail."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raidlog.extract import weapons
from raidlog.extract.attribute import cues
from raidlog.lexicon import for_lang

CASES = Path(__file__).parent / "cases"
AT_COUNT_END = ("destroyed_bare", "of_them_towards", "units_then_part")  # and weapons.of_them_after's
_COUNT_END = re.compile(r"\d(?!\d)")


def _spans(m: re.Match[str] | None, shift: int) -> tuple[int, int] | None:
    return None if m is None else (m.start() + shift, m.end() + shift)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_matching_at_a_count_end_reads_as_the_rest_of_the_sentence_would(lang: str) -> None:
    lex = for_lang(lang)
    pats = {**{key: cues._patterns(lex)[key] for key in AT_COUNT_END}, "of_them": weapons._of_them(lex)[0]}
    checked = 0
    for path in sorted((CASES / lang).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for end in (d.end() for d in _COUNT_END.finditer(text)):
            for key in pats:
                at, rest = pats[key].match(text, end), pats[key].match(text[end:])
                assert _spans(at, 0) == _spans(rest, end), (path.name, end, key)
                checked += at is not None
    assert checked > 5  # (the cases do hold such counts: the test reads something)
