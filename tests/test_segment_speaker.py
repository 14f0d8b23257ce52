"""segment._speaker_clauses tries another speaker's clause (ITEM_STOP_SPEAKER) at a piece's commas
alone: that reads as a search of the whole piece only while the pattern's one comma is the one it
opens with, and nothing else in it can match a comma."""

from __future__ import annotations

import re

import pytest

from raidlog.extract import segment
from raidlog.lexicon import for_lang

# what may match a comma, besides a comma: a negated class, \W, \S, \D, an unescaped dot
_COMMA_MATCHING = re.compile(r"\[\^|\\[WSD]|(?<!\\)\.")


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_a_speaker_clause_holds_a_comma_only_where_it_opens(lang: str) -> None:
    pattern = for_lang(lang).ITEM_STOP_SPEAKER
    rest = re.sub(r"^,\??", "", pattern)
    assert rest != pattern
    assert "," not in rest
    assert not _COMMA_MATCHING.search(rest)


@pytest.mark.parametrize(("lang", "text", "pieces"), [
    ("en", "Four drones were downed over Tula, and the Oryol governor said two fell near Livny.",
     ["Four drones were downed over Tula,", " and the Oryol governor said two fell near Livny."]),
    ("en", "Air defence and the governor said nothing, the ministry said.",
     ["Air defence and the governor said nothing, the ministry said."]),
    ("ru", "Над Тульской областью сбиты четыре беспилотника, а губернатор Орловской области – о двух.",
     ["Над Тульской областью сбиты четыре беспилотника,", " а губернатор Орловской области – о двух."]),
])
def test_speaker_clauses_are_cut_after_their_comma(lang: str, text: str, pieces: list[str]) -> None:
    speaker = segment._patterns(for_lang(lang)).speaker
    assert [text[a:b] for a, b in segment._speaker_clauses(text, 0, len(text), speaker)] == pieces


@pytest.mark.parametrize(("lang", "text", "sentences"), [
    # a full stop glued to the next sentence, a one-letter preposition opening it (the page lost the space)
    ("ru", "Пожары в двух районах потушили.В ночь на 3 мая сбиты 14 дронов.",
     ["Пожары в двух районах потушили.", "В ночь на 3 мая сбиты 14 дронов."]),
    ("uk", "Постраждалих немає, повідомила громада.У Ромнах пошкоджено склад.",
     ["Постраждалих немає, повідомила громада.", "У Ромнах пошкоджено склад."]),
    # (an abbreviation before an initial is not a sentence's end: "ул.Садовая" keeps its letters)
    ("ru", "Пострадал дом на ул.С Садовой стороны.", ["Пострадал дом на ул.С Садовой стороны."]),
])
def test_a_glued_full_stop_ends_a_sentence(lang: str, text: str, sentences: list[str]) -> None:
    assert [s.text for s in segment.split(text, for_lang(lang))] == sentences
