"""The age of a named day at publication (attribute.incidents._age), shared by the sentence's latest day and
its opening day."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

from raidlog.extract.attribute.incidents import _age


def _day(month: int, day: int, year: int | None = None) -> SimpleNamespace:
    return SimpleNamespace(year=year, month=month, day=day)


def test_a_day_after_the_publication_is_of_the_year_before() -> None:
    assert _age(_day(12, 30), date(2025, 1, 2)) == 3
    assert _age(_day(6, 10), date(2025, 6, 15)) == 5


def test_the_29th_of_february_after_the_publication_is_the_28th_the_year_before() -> None:
    # (not 31 December of the year before: 10 February 2024 is 347 days after 28 February 2023)
    assert _age(_day(2, 29), date(2024, 2, 10)) == 347


def test_a_day_that_does_not_exist_has_no_age() -> None:
    assert _age(_day(2, 29), date(2025, 6, 15)) is None
    assert _age(_day(2, 30, 2024), date(2025, 6, 15)) is None
