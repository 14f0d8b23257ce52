"""The ratchet on real reports: accuracy on the development set in ``../shared/corpus/real``
(230 real report excerpts with hand-made gold annotations, scored by
``../shared/tools/score_real.py``) must not fall below the floors in
``tests/real_floors.json``.

The floors are what the extractor reached minus a small margin. Raise them when accuracy
improves; never lower one without saying why in the commit message. One extraction run over
the 230 texts (``raidlog extract --jsonl``, about ten seconds).

The texts are third-party material and stay in ``../shared`` (CI lays it beside the clone);
where it is missing the test is skipped, except under CI, where it fails.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RAIDLOG_SHARED", ROOT.parent / "shared"))
REAL = SHARED / "corpus" / "real"
SCORER = SHARED / "tools" / "score_real.py"
FLOORS = json.loads((Path(__file__).parent / "real_floors.json").read_text("utf-8"))

_LINE = re.compile(r"^(?P<name>\w+): n=\d+ (?P<rest>.*)$")
_FIGURE = re.compile(r"(?P<metric>\w+)=(?P<value>\d+\.\d+)")


def parse_figures(output: str) -> dict[str, dict[str, float]]:
    """``{"en": {"total_acc": 0.68, …, "region_precision": 0.95}, …, "all": {…}}`` from the
    scorer's summary lines (``p=`` after ``region_count_f1`` is the region precision)."""
    figures: dict[str, dict[str, float]] = {}
    for line in output.splitlines():
        m = _LINE.match(line.strip())
        if not m:
            continue
        row = {}
        for f in _FIGURE.finditer(m.group("rest")):
            metric = {"p": "region_precision", "r": "region_recall"}.get(f.group("metric"), f.group("metric"))
            row[metric] = float(f.group("value"))
        figures[m.group("name")] = row
    return figures


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    if not (REAL / "texts.jsonl").exists() or not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the real reports are missing: {REAL} (CI lays ../shared beside the clone)")
        pytest.skip(f"no real reports at {REAL}")
    run = subprocess.run(
        [sys.executable, str(SCORER), "--texts", str(REAL / "texts.jsonl"), "--gold", str(REAL / "gold.jsonl"),
         "--raidlog", f"{sys.executable} -m raidlog"],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    print(run.stdout)
    return parse_figures(run.stdout)


def test_the_scorer_output_is_parsed() -> None:
    line = ("uk: n=77 total_acc=0.56 (35/62) launched_acc=0.31 (9/29) region_count_f1=0.35 (p=0.96 r=0.21) "
            "region_name_f1=0.37 window_acc=0.00 (0/1) locality_f1=0.48 quiet_acc=1.00 (27/27) "
            "casualty_acc=0.08 (5/60) side_acc=0.58 (29/50)")
    assert parse_figures(line) == {"uk": {
        "total_acc": 0.56, "launched_acc": 0.31, "region_count_f1": 0.35, "region_precision": 0.96,
        "region_recall": 0.21, "region_name_f1": 0.37, "window_acc": 0.0, "locality_f1": 0.48,
        "quiet_acc": 1.0, "casualty_acc": 0.08, "side_acc": 0.58}}


@pytest.mark.parametrize("scope", sorted(FLOORS))
def test_accuracy_on_real_reports_keeps_its_floor(figures: dict[str, dict[str, float]], scope: str) -> None:
    measured = figures[scope]
    below = {metric: (measured[metric], floor) for metric, floor in FLOORS[scope].items()
             if measured[metric] < floor}
    assert not below, f"{scope}: figures below their floors (measured, floor): {below}"
