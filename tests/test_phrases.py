"""Phrase cases as data: one short text, one family of facts, one expected line per row
(``tests/phrases/<lang>.tsv``: ``family<TAB>text<TAB>expected``; ``#`` starts a comment line,
``\\n`` in a text is a line break). Each family projects a report to one line:

- ``count``: ``destroyed=N launched=M`` of each claim, ``|`` between claims; ``none`` for no claim
- ``lost``: ``destroyed=N launched=M lost=L`` of each claim (lost from radar), ``|`` between claims
- ``breakdown``: the items of each claim, ``ISO count`` (``A+B count each`` / ``combined``),
  ``;`` between items, ``|`` between claims
- ``casualties``: ``killed=K injured=I`` summed over the incidents (``-`` where none is stated)
- ``claimant``: ``side kind`` of each claim's claimant, ``|`` between claims
- ``speaker``: ``name / person / side`` of each claim's claimant as a user sees it, ``|`` between claims
- ``places``: the resolved places the text names, ``Name (ISO)`` (admin1/sea: its ISO or name)
- ``localities``: the towns and districts of the claims' items and the incidents (where something happened),
  by name, sorted, ``;`` between them; ``none`` for none (what the real-report scorer compares)

The texts are written for this project (see tests/cases/README.md); all are read as published
on 2025-06-15.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import raidlog
from raidlog.model import Place, Report

PHRASES = Path(__file__).parent / "phrases"
PUBLISHED = "2025-06-15"


def _place(p: Place) -> str:
    if p.kind in ("admin1", "country"):
        return p.iso or p.name
    if p.kind == "sea":
        return p.name
    return f"{p.name} ({p.iso})"


def _item(item) -> str:
    places = "+".join(_place(p) for p in item.places)
    how = {True: " each", False: " combined", None: ""}[item.each] if len(item.places) > 1 else ""
    return f"{places} {item.count}{how}"


def _localities(r: Report) -> str:
    places = [p for c in r.claims for i in c.breakdown for p in i.places] + [p for i in r.incidents for p in i.places]
    return "; ".join(sorted({p.name for p in places if p.kind in ("locality", "district")})) or "none"


def _sum(values: list[int | None]) -> str:
    stated = [v for v in values if v is not None]
    return str(sum(stated)) if stated else "-"


FAMILIES = {
    "count": lambda r: " | ".join(f"destroyed={c.destroyed} launched={c.launched}" for c in r.claims) or "none",
    "lost": lambda r: " | ".join(f"destroyed={c.destroyed} launched={c.launched} lost={c.lost}"
                                 for c in r.claims) or "none",
    "breakdown": lambda r: " | ".join("; ".join(_item(i) for i in c.breakdown) for c in r.claims) or "none",
    "casualties": lambda r: f"killed={_sum([i.killed for i in r.incidents])} "
                            f"injured={_sum([i.injured for i in r.incidents])}",
    "claimant": lambda r: " | ".join(f"{c.claimant.side} {c.claimant.kind}" for c in r.claims) or "none",
    "speaker": lambda r: " | ".join(f"{c.claimant.name} / {c.claimant.person} / {c.claimant.side}"
                                    for c in r.claims) or "none",
    "places": lambda r: "; ".join(_place(m.place) for m in r.places if m.place is not None) or "none",
    "localities": _localities,
}


def rows() -> list[tuple[str, str, str, str]]:
    out = []
    for path in sorted(PHRASES.glob("*.tsv")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            family, text, expected = line.split("\t")
            out.append((f"{path.stem}:{n}", family, text.replace("\\n", "\n"), expected))
    return out


def project(family: str, report: Report) -> str:
    return FAMILIES[family](report)


@pytest.mark.parametrize(("where", "family", "text", "expected"), rows(), ids=[r[0] for r in rows()])
def test_phrase(where: str, family: str, text: str, expected: str) -> None:
    report = raidlog.extract(text, published=PUBLISHED, lang=where.split(":")[0])
    assert project(family, report) == expected, text


def test_every_language_has_phrases_of_each_family() -> None:
    seen = {(where.split(":")[0], family) for where, family, _, _ in rows()}
    missing = [(lang, f) for lang in ("en", "ru", "uk") for f in FAMILIES if (lang, f) not in seen]
    assert not missing
