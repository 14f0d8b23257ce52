"""The night a sentence tells of is a word of its own: "з півночі" (from the north) is no night."""

from __future__ import annotations

import pytest

from raidlog.extract import mentions
from raidlog.extract.segment import Sentence
from raidlog.geo.gazetteer import Gazetteer
from raidlog.lexicon import for_lang


@pytest.mark.parametrize(("lang", "text", "night"), [
    ("uk", "Удень ударні дрони заходили з півночі, збито 6 БпЛА.", False),
    ("uk", "Уночі збито 6 ударних БпЛА.", True),
    ("uk", "У ніч на 3 травня збито 6 ударних БпЛА.", True),
    ("ru", "Ночью над областью сбиты 6 беспилотников.", True),
    ("ru", "Днём беспилотники заходили с севера, сбиты 6.", False),
    ("en", "Drones came in from the north overnight; six were shot down.", True),
    ("en", "Drones came in from the north in the afternoon; six were shot down.", False),
])
def test_night_is_a_word_of_its_own(lang: str, text: str, night: bool) -> None:
    m = mentions.analyse(Sentence(0, 0, len(text), text, 0), for_lang(lang), Gazetteer.default())
    assert m.night is night
