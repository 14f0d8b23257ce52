"""Which date a time of day belongs to (raidlog.extract.times)."""

from __future__ import annotations

import re

import pytest

import raidlog
from raidlog.extract import times
from raidlog.lexicon import for_lang


def _days_of_times(text: str, lang: str) -> list[tuple[str, int | None]]:
    lex = for_lang(lang)
    clocks = times.find_clocks(text, lex, times.find_days(text, lex))
    return [(text[c.start : c.end], c.day) for c, _ in clocks]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    # each time the date just before it, not the sentence's first
    ("May 5, 10:00, May 6, 11:00, 12:00 on the Monday, May 8", "en",
     [("10:00", 5), ("11:00", 6), ("12:00 on the Monday, May 8", 8)]),
    ("5 мая, с 10:00, 6 мая в 11:00", "ru", [("10:00", 5), ("11:00", 6)]),
    ("5 травня о 10:00, 6 травня о 11:00", "uk", [("10:00", 5), ("11:00", 6)]),
    # the date after the brackets, not one inside them
    ("between 10:00 (May 5) on May 6 and 7:00 on May 7", "en", [("10:00 (May 5) on May 6", 6), ("7:00 on May 7", 7)]),
    # the night's second day, not its first
    ("з 17 на 18 січня з 19:00 до 07:00", "uk", [("19:00", 18), ("07:00", None)]),
    # the date written right after the time, not the night's date before it
    ("У ніч на 12 жовтня, з 20:00 11 жовтня", "uk", [("20:00 11 жовтня", 11)]),
    ("В ночь на 12 октября, начиная с 20:00 11 октября", "ru", [("20:00 11 октября", 11)]),
])
def test_a_time_takes_the_date_next_to_it(text: str, lang: str, expected: list) -> None:
    assert _days_of_times(text, lang) == expected


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_no_date_fits_in_the_words_between_a_date_and_its_time(lang: str) -> None:
    """times._day_near tries only the dates nearest a time (linear, not square, in a sentence of
    dates and times): a gap before it (DAY_THEN_TIME) holds no digit and a gap after it no month's
    name, and every date has both."""
    lex = for_lang(lang)
    assert re.sub(r"\\s[+*]?|\(\?:|[|)]", "", lex.DAY_THEN_TIME).isalpha()
    assert [m for m in lex.MONTHS if re.fullmatch(r"on|the|\w*day", m, re.IGNORECASE)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("at 23:00 Moscow time (8:00 p.m. GMT) on May 5", [("23:00 Moscow time (8:00 p.m. GMT) on May 5", 5)]),
    # a bracket's times are left out only where the bracket names GMT or UTC
    ("(10:00, 11:00 GMT) 12:00 (13:00)", [("12:00", None), ("13:00", None)]),
    ("10:00) (11:00, (UTC 12:00", [("10:00", None)]),
])
def test_a_time_in_brackets_that_render_another_in_gmt_is_left_out(text: str, expected: list) -> None:
    assert _days_of_times(text, "en") == expected


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    # an evening time of "the night to the 12th" is of the 11th; a lone "from" is where the window starts
    ("Повітряні сили: у ніч на 12 жовтня, з 20:00, ворог атакував 40 ударними БпЛА. Збито 30.", "uk",
     "2025-10-11T20:00:00+03:00", None),
    ("Повітряні сили: у ніч на 12 жовтня з 18:00 до 08:00 ворог атакував 40 ударними БпЛА. Збито 30.", "uk",
     "2025-10-11T18:00:00+03:00", "2025-10-12T08:00:00+03:00"),
    ("У ніч з 3 на 4 березня, з 19:30, ворог атакував 25 шахедами, збито 20, повідомили Повітряні сили.", "uk",
     "2025-03-03T19:30:00+02:00", None),
    ("В ночь на 12 октября, с 20:00 до 07:00, ПВО уничтожили 40 беспилотников, сообщило Минобороны.", "ru",
     "2025-10-11T20:00:00+03:00", "2025-10-12T07:00:00+03:00"),
    ("On the night to October 12, from 8 p.m., Russia attacked with 40 drones, 30 were shot down, "
     "the Air Force said.", "en", "2025-10-11T20:00:00+03:00", None),
    # a morning time of that night is of the day written
    ("У ніч на 12 жовтня, з 01:00, ворог атакував 40 ударними БпЛА. Збито 30, повідомили Повітряні сили.", "uk",
     "2025-10-12T01:00:00+03:00", None),
])
def test_an_evening_time_of_the_night_to_a_day_is_of_the_day_before(text: str, lang: str, start: str,
                                                                      end: str | None) -> None:
    report = raidlog.extract(text, published="2025-10-12", lang=lang)
    assert [(c.window.start, c.window.end) for c in report.claims] == [(start, end)]


_NO_DATE_WEEKDAY = ("Starting at 21:00 on Thursday, April 17, Russia sent 64 attack drones against Ukraine, the Air Force "
                    "said. By 06:30 on Friday, April 18, air defence had downed 39 of them over the Volyn region.")


@pytest.mark.parametrize("now", ["2026-12-07", "2031-06-01", "2036-06-01", "2043-02-10"])
def test_a_window_dated_by_its_weekday_does_not_read_the_clock(now: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The year a weekday gives is the latest one of the reports this version was measured on
    (times.LATEST_YEAR), not one counted back from today: the same text gives the same window on any day."""
    from datetime import UTC, datetime

    from raidlog.extract import pipeline, resolve

    class _Clock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return datetime.fromisoformat(now).replace(tzinfo=tz or UTC)

    for module in (pipeline, times, resolve):  # wherever the window's year is made
        monkeypatch.setattr(module, "datetime", _Clock, raising=False)
    report = raidlog.extract(_NO_DATE_WEEKDAY, published=None, lang="en")
    starts = [c.window.start for c in report.claims if c.window is not None and c.window.start is not None]
    assert starts and all(s[:10] == "2025-04-17" for s in starts)


@pytest.mark.parametrize(("text", "lang"), [
    # a weekday named for something else, a page published three months after the window's day
    ("The council will debate the shelter budget on Friday. On February 11, from 1:00 a.m. to 4:20 a.m., air "
     "defence units shot down 9 drones over the Odesa region, the Ukrainian Air Force said.", "en"),
    ("Депутаты обсудят бюджет в пятницу. 11 февраля с 01:00 до 04:20 дежурные средства ПВО уничтожили 9 беспилотников "
     "над Орловской областью, заявили в военном ведомстве.", "ru"),
    # a day written with an old year near the window's day (an anniversary)
    ("Two years after the shelling of 12 February 2023 on the bus station, Russia struck again. From 1:00 a.m. on "
     "February 11 air defence units shot down 9 drones over the Odesa region by 4:20 a.m., the Ukrainian Air Force said.",
     "en"),
])
def test_the_page_date_gives_the_year_of_a_window_told_weeks_before(text: str, lang: str) -> None:
    """A page's own publication date is believed, however long after the night it tells of: neither
    an unrelated weekday nor another dated day moves the window to another year."""
    report = raidlog.extract(text, published="2025-05-20", lang=lang)
    starts = [c.window.start for c in report.claims if c.window is not None and c.window.start is not None]
    assert starts and all(s[:10] == "2025-02-11" for s in starts)


@pytest.mark.parametrize(("text", "lang", "start"), [
    # the claim's own attack, told right before its count: the window's start
    ("Близько 03:10 ворог атакував Житомирщину ударними дронами. Сили ППО знищили чотири дрони над областю.", "uk",
     "2025-03-02T03:10:00+02:00"),
    # a later, other attack (a village, in the afternoon) after a night's downing: not the night claim's start
    ("Уночі сили ППО знищили чотири дрони над Житомирщиною, повідомив голова ОВА. Близько 14:50 ворог атакував село "
     "Велика Горбаша дроном, пошкоджено сарай.", "uk", None),
    ("Ночью силы ПВО сбили четыре беспилотника над Курской областью, сообщил губернатор. Около 14:50 противник "
     "атаковал село Любимовка дроном, поврежден сарай.", "ru", None),
    # the attack's time with another sentence between it and the count: not the count's start
    ("Близько 03:10 ворог атакував Житомирщину. У кількох районах чули вибухи. Сили ППО знищили чотири дрони над "
     "областю.", "uk", None),
])
def test_an_attack_opening_time_starts_only_its_own_claim(text: str, lang: str, start: str | None) -> None:
    report = raidlog.extract(text, published="2025-03-02", lang=lang)
    claims = [c for c in report.claims if c.destroyed]
    assert claims and [(c.window.start if c.window else None) for c in claims] == [start] * len(claims)


@pytest.mark.parametrize(("text", "lang", "start", "end"), [
    # the one weekday the window's sentence names alone dates its times (within one day): the last such day up to the
    # publication's (a Sunday here), not the publication's own day
    ("Air defence destroyed twelve UAVs above the Bryansk region from 7pm (16:00 GMT on Friday) to 10:30pm, "
     "the ministry said.", "en", "2025-10-10T19:00:00+03:00", "2025-10-10T22:30:00+03:00"),
    ("On Friday, between 7pm and 10:30pm, air defence destroyed 12 UAVs above the Bryansk region, the ministry said.", "en",
     "2025-10-10T19:00:00+03:00", "2025-10-10T22:30:00+03:00"),
    ("В пятницу с 19:00 до 22:30 над Курской областью сбиты 12 беспилотников, сообщило Минобороны.", "ru",
     "2025-10-10T19:00:00+03:00", "2025-10-10T22:30:00+03:00"),
    ("У п'ятницю з 19:00 до 22:30 над Сумщиною збито 12 дронів, повідомили Повітряні сили.", "uk",
     "2025-10-10T19:00:00+03:00", "2025-10-10T22:30:00+03:00"),
    # (no weekday: the publication's day)
    ("С 19:00 до 22:30 над Курской областью сбиты 12 беспилотников, сообщило Минобороны.", "ru",
     "2025-10-12T19:00:00+03:00", "2025-10-12T22:30:00+03:00"),
    # (written right after the window's times: its own)
    ("Between 6pm and 9:15pm on Friday, 14 drones were destroyed over the Oryol region, the ministry said.", "en",
     "2025-10-10T18:00:00+03:00", "2025-10-10T21:15:00+03:00"),
    # (a weekday of something else, told after the teller's words or of another noun: the publication's day)
    ("Between 6pm and 9:15pm, 14 drones were destroyed over the Oryol region, the ministry said, adding that a "
     "meeting of envoys is planned for Friday.", "en", "2025-10-12T18:00:00+03:00", "2025-10-12T21:15:00+03:00"),
    ("С 18:00 до 21:15 над Орловской областью уничтожены 14 дронов, заявило Минобороны, упомянув о встрече "
     "посланников в пятницу.", "ru", "2025-10-12T18:00:00+03:00", "2025-10-12T21:15:00+03:00"),
    ("З 18:00 до 21:15 над Чернігівщиною знешкоджено 14 дронів, повідомили Повітряні сили, згадавши про зустріч "
     "посланців у п'ятницю.", "uk", "2025-10-12T18:00:00+03:00", "2025-10-12T21:15:00+03:00"),
])
def test_a_weekday_named_beside_a_window_of_one_day_dates_it(text: str, lang: str, start: str, end: str) -> None:
    report = raidlog.extract(text, published="2025-10-12", lang=lang)
    assert [(c.window.start, c.window.end) for c in report.claims] == [(start, end)]
@pytest.mark.parametrize(("lang", "text", "named"), [
    ("en", "Drones were shot down over Elmford on Thursday, the mayor said.", {3}),
    ("en", "Drones were shot down over Elmford overnight, the mayor said.", set()),
    ("ru", "В ночь на субботу над Ивановском сбили три беспилотника.", {5}),
    ("uk", "У п’ятницю над Вербівкою збили два дрони.", {4}),
    ("uk", "Над Вербівкою збили два дрони.", set()),
])
def test_weekdays_named_with_the_sentence_words(lang: str, text: str, named: set[int]) -> None:
    """The sentence's words given (a sentence without a weekday's word is not searched), the same weekdays."""
    from raidlog.lexicon import words_of

    lex = for_lang(lang)
    assert times.weekdays_named(text, lex, []) == named
    assert times.weekdays_named(text, lex, [], words_of(text, lex)) == named
