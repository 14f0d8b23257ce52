"""gates.search_to_end: a pattern that ends with "$" (what stands right before a count) is searched
from after the window's last character it can hold nowhere (a comma, a full stop), and finds the
match a search of the whole window finds; and a pattern that opens with a space is led by the
look-ahead of its first characters (gates.compiled), which finds the same matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from raidlog.extract import breakdown
from raidlog.lexicon import for_lang, gates

CASES = Path(__file__).parent / "cases"


def test_barriers_of_a_pattern_ending_the_window() -> None:
    dash = gates.compiled(r"\s*(?:[-–:]\s*(?:(?:were\s+)?(?:downed|hit)\s*)?|(?:were\s+)?(?:downed|hit)\s*)$",
                          re.IGNORECASE)
    assert dash.pattern.startswith("(?=")  # (led by its first characters: a space, a dash, a colon)
    bars = gates._barriers(dash)
    assert bars is not None and bars.match("over Zelenbrook, Pinehollow -", 0).end() == len("over Zelenbrook,")
    assert gates._barriers(gates.compiled(r"[^x]*$")) is None  # (it holds any character but "x")
    assert gates._barriers(gates.compiled(r"\s*-\s*")) is None  # (no "$": a match may end anywhere)
    assert gates._barriers(gates.compiled(r"\s*-\s*$", re.MULTILINE)) is None  # ("$" before each line break)
    for text in ("over Zelenbrook, Pinehollow - 4", "Zelenbrook. - 7", "Pinehollow, -\n3", "x, y, z: were downed 9",
                 ", 5", "Zelenbrook were downed 2", "-, 6", ""):
        end = max(0, len(text) - 1)
        for start in range(end + 1):
            expected = dash.search(text, start, end)
            found = gates.search_to_end(dash, text, start, end)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups())), \
                (text, start)


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_place_first_finds_what_the_search_finds(lang: str) -> None:
    lex = for_lang(lang)
    checked = 0
    for table in (breakdown._patterns(lex), breakdown._patterns(lex, True)):
        for name in ("place_first", "attacked_first"):
            pattern = table[name]
            for path in sorted((CASES / lang).glob("*.txt")):
                text = path.read_text(encoding="utf-8")
                if table is not breakdown._patterns(lex) and not text.isascii():
                    continue
                for number in re.finditer(r"\d+", text):
                    start, end = max(0, number.start() - 60), number.start()
                    expected = pattern.search(text, start, end)
                    found = gates.search_to_end(pattern, text, start, end)
                    assert (found and found.span()) == (expected and expected.span()), (path.name, end)
                    checked += 1
    assert checked
