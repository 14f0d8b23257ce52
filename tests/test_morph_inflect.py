"""morph._inflected builds one inflected form from pymorphy3's tables instead of calling
``Parse.inflect`` (which builds the word's whole lexeme). It leans on pymorphy3's internals, so
it must keep giving exactly what ``Parse.inflect`` gives: a pymorphy3 release that changes how
forms are chosen or built fails here, not silently in place names."""

import pytest

from raidlog.extract import morph

WORDS = {
    "ru": ["Лисках", "Белгородской", "Шебекинском", "районах", "Курского", "Брянском", "кривому",
           "беспилотниками", "городах", "Новошахтинске", "Красногвардейском", "областях", "Сумах"],
    "uk": ["Сумах", "Харківській", "Шосткинському", "районах", "Броварах", "Дніпропетровської",
           "Черкащині", "містах", "Покровській", "громадах", "Одеському", "Миколаєві"],
}
ASKED = [{"nomn", "plur"}, {"nomn", "sing", "masc"}, {"nomn", "sing", "femn"}, {"nomn", "sing", "neut"},
         {"nomn", "sing"}, {"gent", "plur"}, {"loct", "sing"}]


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_inflected_gives_what_pymorphy3_inflect_gives(lang: str) -> None:
    compared = 0
    for word in WORDS[lang]:
        for parse in morph._parses(lang, word):
            for grammemes in ASKED:
                expected = parse.inflect(set(grammemes))
                assert morph._inflected(lang, parse, set(grammemes)) == (None if expected is None else expected.word), \
                    (word, parse.tag, grammemes)
                compared += 1
    assert compared > 100  # (the words parse: the comparison ran)
