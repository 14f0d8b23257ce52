"""Several processes opening one new ledger at the same instant (issue 10): two `raidlog watch` or
`ingest` started together used to make the same tables twice ('table runs already exists') or
find the other's tables without a version yet ('this database has raidlog tables but no schema
version: refusing to guess'). Each process here starts migrating when all are ready to."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from raidlog.store import Ledger
from raidlog.store.schema import SCHEMA_VERSION

PROCESSES = 4
ROUNDS = 3

OPEN = """
import sys, time
from pathlib import Path
from raidlog.store import Ledger
barrier, me, count, urls = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4:]
for n, url in enumerate(urls):
    (barrier / f"{n}-{me}").touch()
    while len(list(barrier.glob(f"{n}-*"))) < count:
        time.sleep(0.001)
    try:
        Ledger(url).engine.dispose()
        print("opened")
    except Exception as exc:
        print(f"failed: {exc}")
"""

_names = itertools.count()


def open_together(tmp_path: Path, urls: list[str]) -> list[list[str]]:
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(barrier), str(i), str(PROCESSES), *urls],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
             for i in range(PROCESSES)]
    outputs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0] * PROCESSES, outputs
    return [out.splitlines() for out in outputs]


def versions(url: str) -> list[int]:
    ledger = Ledger(url)
    with ledger.engine.connect() as conn:
        found = conn.execute(text("SELECT version FROM schema_version ORDER BY version")).scalars().all()
    ledger.engine.dispose()
    return found


def test_processes_opening_a_new_ledger_together_all_succeed(request, tmp_path, ledger_url):
    if ledger_url.startswith("postgresql"):
        server = request.getfixturevalue("postgres_server")
        urls = [ledger_url] + [server.create_database(f"together{next(_names)}") for _ in range(ROUNDS - 1)]
    else:
        urls = [str(tmp_path / f"ledger{n}.db") for n in range(2 * ROUNDS)]  # quick: more rounds
    assert open_together(tmp_path, urls) == [["opened"] * len(urls)] * PROCESSES
    for url in urls:  # each migration ran once
        assert versions(url) == list(range(1, SCHEMA_VERSION + 1))


def test_concurrent_ingests_derive_what_one_ingest_does(request, tmp_path, ledger_url):
    """Three `raidlog ingest` processes of the same files at once (two in the same order, so that
    they reach each document together, one in reverse) store each document once and derive the
    same export rows, stats and findings as one ingest of those files."""
    from tests.test_reproducible import FILES, ROOT, derived, fill, other_ledger

    fill(ledger_url, [FILES])
    together = other_ledger(request, tmp_path, ledger_url)
    Ledger(together).engine.dispose()  # made by one process: opening together is the test above
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    procs = [subprocess.Popen([sys.executable, "-m", "raidlog", "ingest", "-q", "--db", together, *order], cwd=ROOT,
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
             for order in (FILES, FILES, FILES[::-1])]
    outputs = [p.communicate(timeout=600)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outputs
    assert all("failed 0;" in out for out in outputs), outputs
    first, second = derived(ledger_url), derived(together)
    for key in first:
        assert first[key] == second[key], key
