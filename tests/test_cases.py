"""Extraction cases as data: ``tests/cases/<lang>/<name>.txt`` and the facts a
careful analyst records from it in ``<name>.json`` (see tests/cases/README.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import raidlog
from tests.projection import report_facts

CASES = Path(__file__).parent / "cases"


def cases(lang: str) -> list[Path]:
    return sorted((CASES / lang).glob("*.txt"))


def check_case(path: Path, lang: str) -> None:
    expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
    published = expected.pop("published", None)
    report = raidlog.extract(path.read_text("utf-8"), published=published, lang=lang)
    assert report_facts(report) == expected


@pytest.mark.parametrize("path", cases("en"), ids=lambda p: p.stem)
def test_english_case(path: Path) -> None:
    check_case(path, "en")


def test_there_are_enough_english_cases() -> None:
    assert len(cases("en")) >= 30
    for path in cases("en"):
        assert path.with_suffix(".json").exists(), f"{path.name} has no expected JSON"
