"""Word lists that several patterns read are written once in a lexicon, and every pattern that
reads one reads all of it: each phrase of the list, in a frame of that pattern's own, matches it.

RISEN_TO ("has risen to", "зросла до", "увеличилось до"): a running figure raised, read by a
destroyed count's lead (DESTROYED_COUNT_BEFORE), the "risen to" of a count that supersedes the one
told before (RISEN_TO_BEFORE) and the casualties' running total (TOTAL_BEFORE)."""

from __future__ import annotations

import re

import pytest

from raidlog.lexicon import for_lang

# each user of RISEN_TO, with a frame of its own around a phrase of the list (the count follows)
RISEN_TO_USERS = {
    "en": {
        "RISEN_TO_BEFORE": "{} ",
        "DESTROYED_COUNT_BEFORE": "the number of drones shot down {} ",
        "TOTAL_BEFORE": "the number of injured {} ",
    },
    "ru": {
        "RISEN_TO_BEFORE": "{} ",
        "DESTROYED_COUNT_BEFORE": "количество сбитых дронов {} ",
        "TOTAL_BEFORE": "число раненых {} ",
    },
    "uk": {
        "RISEN_TO_BEFORE": "{} ",
        "DESTROYED_COUNT_BEFORE": "кількість збитих дронів {} ",
        "TOTAL_BEFORE": "кількість поранених {} ",
    },
}
# a phrase of the list: words, each maybe a stem (\w*), spaces (\s+) between
_PHRASE = re.compile(r"[^\W\d_]+(?:\\w\*)?(?:\\s\+[^\W\d_]+(?:\\w\*)?)*")


def _sample(phrase: str) -> str:
    """The phrase as written: its stems bare, its spaces one space."""
    return phrase.replace(r"\w*", "").replace(r"\s+", " ")


@pytest.mark.parametrize("lang", sorted(RISEN_TO_USERS))
def test_risen_to_is_one_list(lang: str) -> None:
    lex = for_lang(lang)
    assert lex.RISEN_TO, lang
    for phrase in lex.RISEN_TO:
        assert _PHRASE.fullmatch(phrase), (lang, phrase)
    for user, frame in RISEN_TO_USERS[lang].items():
        pattern = re.compile(getattr(lex, user), re.IGNORECASE)
        assert not pattern.search(frame.format("xyzzy")), (lang, user)  # the frame alone is no match
        for phrase in lex.RISEN_TO:
            assert pattern.search(frame.format(_sample(phrase))), (lang, user, phrase)
