"""Extraction cases as data: ``tests/cases/<lang>/<name>.txt`` and the facts a
careful analyst records from it in ``<name>.json`` (see tests/cases/README.md).
The language is detected, as the CLI does by default."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import raidlog
from raidlog.detect import detect_language
from tests.projection import claim_facts, report_facts

CASES = Path(__file__).parent / "cases"
LANGS = ("en", "ru", "uk")


def cases(lang: str) -> list[Path]:
    return sorted((CASES / lang).glob("*.txt"))


def expected(path: Path) -> tuple[dict, str | None, str | None]:
    data = json.loads(path.with_suffix(".json").read_text("utf-8"))
    return data, data.pop("published", None), data.pop("source", None)


@pytest.mark.parametrize("path", [p for lang in LANGS for p in cases(lang)],
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_case(path: Path) -> None:
    facts, published, source = expected(path)
    report = raidlog.extract(path.read_text("utf-8"), published=published, source=source)
    assert report_facts(report) == facts


@pytest.mark.parametrize("lang", LANGS)
def test_there_are_enough_cases(lang: str) -> None:
    assert len(cases(lang)) >= 30
    for path in cases(lang):
        assert path.with_suffix(".json").exists(), f"{path.name} has no expected JSON"


@pytest.mark.parametrize("lang", LANGS)
def test_each_case_is_detected_in_its_language(lang: str) -> None:
    for path in cases(lang):
        if path.stem.endswith("-en"):  # the English half of a translation pair
            continue
        assert detect_language(path.read_text("utf-8")) == lang, path.name


def test_same_report_in_english_and_russian_gives_the_same_claim() -> None:
    english, russian = CASES / "ru" / "pair-moscow-bound-en.txt", CASES / "ru" / "pair-moscow-bound-ru.txt"
    published = expected(english)[1]
    en = raidlog.extract(english.read_text("utf-8"), published=published)
    ru = raidlog.extract(russian.read_text("utf-8"), published=published)
    assert (en.documents[0].lang, ru.documents[0].lang) == ("en", "ru")
    assert [claim_facts(c) for c in en.claims] == [claim_facts(c) for c in ru.claims]
    assert en.claims[0].breakdown and en.claims[0].window.start
