"""attribute() takes a sentence that tells no claim (reading._tells_no_claim) straight to its
incident, past the readers of counts, places and claimants: they must find nothing in such a
sentence and change nothing. Every case is read both ways; a rule added between that acts on such
sentences makes them differ (then the shortcut must ask for what it reads)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import raidlog
from raidlog.extract.attribute import reading

CASES = sorted((Path(__file__).parent / "cases").glob("*/*.txt"))


def _reports(paths: list[Path]) -> list:
    out = []
    for p in paths:
        meta = json.loads(p.with_suffix(".json").read_text("utf-8"))
        out.append(raidlog.extract(p.read_text("utf-8"), published=meta.get("published"), source=meta.get("source")))
    return out


@pytest.mark.parametrize("lang", ["en", "ru", "uk"])
def test_the_shortcut_changes_no_report(lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [p for p in CASES if p.parent.name == lang]
    shortcut = _reports(paths)
    monkeypatch.setattr(reading, "_tells_no_claim", lambda m, res, people: False)
    assert _reports(paths) == shortcut
