"""A killed ingest leaves its `runs` row open with 0 counts although documents point to it
(issue 10): the next run closes it with the counts of what it stored."""

from __future__ import annotations

from sqlalchemy import select

import raidlog
from raidlog.store import Ledger
from raidlog.store import schema as t
from raidlog.store.intake import ingest
from tests.test_web_api import NIGHT

ANNOUNCEMENT = "The regional library opens a new reading room on Monday, the governor said."


def runs(ledger: Ledger) -> list[tuple]:
    with ledger.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(
            t.runs.c.id, t.runs.c.kind, t.runs.c.finished_at.is_not(None), t.runs.c.ingested, t.runs.c.updated,
            t.runs.c.nothing_extracted, t.runs.c.failed, t.runs.c.duplicates).order_by(t.runs.c.id))]


def test_the_next_ingest_closes_a_killed_runs_row_with_its_counts(tmp_path):
    ledger = Ledger(str(tmp_path / "ledger.db"))
    killed = ledger.start_run("ingest")  # what a SIGKILL after three documents and a failure leaves
    for n, text in enumerate([NIGHT.format(total=5, d0=11, d1=12, first=3, second=2),
                              NIGHT.format(total=7, d0=12, d1=13, first=4, second=3), ANNOUNCEMENT]):
        ledger.store(text=text, source="telegram:mod", name=f"post{n}", report=raidlog.extract(text, published=
                     "2025-11-13"), run_id=killed, external_id=str(n), published="2025-11-13")
    ledger.record_failure(killed, "bad.txt", "empty (no text to extract)")
    watch = ledger.start_run("watch")  # a watch runs for days: it closes its own run
    assert runs(ledger) == [(1, "ingest", False, 0, 0, 0, 0, 0), (2, "watch", False, 0, 0, 0, 0, 0)]
    report = tmp_path / "2025-11-14-post.txt"
    report.write_text(NIGHT.format(total=9, d0=13, d1=14, first=5, second=4), "utf-8")
    summary = ingest(ledger, [str(report)])
    assert summary.ingested == 1
    assert runs(ledger) == [(1, "ingest", True, 2, 0, 1, 1, 0), (watch, "watch", False, 0, 0, 0, 0, 0),
                            (3, "ingest", True, 1, 0, 0, 0, 0)]
    with ledger.engine.connect() as conn:
        finished = conn.execute(select(t.runs.c.finished_at).where(t.runs.c.id == killed)).scalar()
        last = conn.execute(select(t.failures.c.at)).scalar()
    assert finished == last  # the time of the last thing it stored, not of the repair
    # a run closed by the repair that was in fact still going gets its own counts when it finishes
    ledger.finish_run(killed, {"ingested": 2, "updated": 0, "duplicates": 4, "failed": 1, "nothing_extracted": 1})
    assert runs(ledger)[0] == (1, "ingest", True, 2, 0, 1, 1, 4)
