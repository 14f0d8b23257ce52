"""Which incidents victims told in a report make (raidlog.extract.attribute.incidents)."""

from __future__ import annotations

import pytest

import raidlog


@pytest.mark.parametrize(("text", "lang"), [
    # some of the injured told before, in hospital: no incident of their own, with no place nor figure
    ("Внаслідок удару по Ніжину поранено шестеро людей. Четверо з них госпіталізовані, повідомив начальник ОВА.", "uk"),
    ("В результате удара по Шебекино ранены шесть человек. Четверо из них госпитализированы, сообщил губернатор.", "ru"),
])
def test_some_of_the_injured_in_hospital_make_no_empty_incident(text: str, lang: str) -> None:
    report = raidlog.extract(text, published="2025-03-02", lang=lang)
    assert [i.injured for i in report.incidents if "casualties" in i.kinds] == [6]
