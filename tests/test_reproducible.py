"""What the ledger derives is a function of the set of documents: the same documents ingested in
another order (one batch, or one batch per file) give the same export rows apart from row ids, the
same ``stats`` and the same findings, on SQLite and PostgreSQL. And a news restatement of a claim
("Ukraine says it downed 80 of 105 drones") is one claim group with its source post, counted once."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

from raidlog.store import Ledger
from raidlog.store import queries as q
from raidlog.store.intake import ingest

ROOT = Path(__file__).resolve().parents[1]
RESTATEMENT = ROOT / "tests" / "fixtures" / "restatement"
FILES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "samples" / "corpus").rglob("*") if p.is_file()) + [
    str((RESTATEMENT / "2025-11-14-wire-en-restatement.txt").relative_to(ROOT))]


def raidlog(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "raidlog", *args], capture_output=True, text=True, timeout=600,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr
    return done.stdout


def other_ledger(request, tmp_path, ledger_url: str) -> str:
    if ledger_url.startswith("postgresql"):
        return request.getfixturevalue("postgres_server").create_database(f"shuffled{abs(hash(ledger_url))}")
    return str(tmp_path / "shuffled.db")


def fill(url: str, batches: list[list[str]]) -> None:
    cwd = os.getcwd()
    os.chdir(ROOT)  # sources are named by the paths given: the same relative paths in both ledgers
    try:
        ledger = Ledger(url)
        for batch in batches:
            summary = ingest(ledger, batch)
            assert summary.failed == 0, summary.failures
        ledger.engine.dispose()
    finally:
        os.chdir(cwd)


def export_rows(url: str, layer: str = "claims") -> list[str]:
    """The JSON Lines export without row ids: a group is named by its members' documents."""
    rows = [json.loads(line) for line in raidlog("export", "--format", "jsonl", "--layer", layer, "--db", url)
            .splitlines()]
    members: dict[str, list[str]] = {}
    for r in rows:
        if r.get("group_id") and r["row_kind"] == "claim":
            members.setdefault(r["group_id"], []).append(f"{r['document']}:{r['destroyed']}")
    out = []
    for r in rows:
        if r.get("group_id"):
            r["group_id"] = sorted(members[r["group_id"]])
        for key in ("claim_id", "document_id", "incident_id"):
            r.pop(key, None)
        out.append(json.dumps(r, sort_keys=True, ensure_ascii=False))
    return sorted(out)


def derived(url: str) -> dict:
    ledger = Ledger(url)
    with ledger.engine.connect() as conn:
        out = {
            "stats": [q.stats(conn, by, split) for by in ("day", "week") for split in ("side", "claimant", "region")],
            "findings": sorted((f["code"], f["message"]) for f in q.findings(conn, limit=None)),
        }
    ledger.engine.dispose()
    return {**out, "claims": export_rows(url), "incidents": export_rows(url, "incidents"),
            "stats_cli": raidlog("stats", "--json", "--db", url)}


def test_shuffled_ingest_derives_the_same(request, tmp_path, ledger_url):
    shuffled = FILES[::-1]
    random.Random(11).shuffle(shuffled)
    assert shuffled != FILES
    fill(ledger_url, [FILES])  # one batch, in order
    other = other_ledger(request, tmp_path, ledger_url)
    fill(other, [[name] for name in shuffled])  # one batch per file, shuffled: reconciled 50 times
    first, second = derived(ledger_url), derived(other)
    for key in first:
        assert first[key] == second[key], key
    # and not trivially: groups, counted rows and ledger findings are there
    counted = [json.loads(r) for r in first["claims"] if json.loads(r)["counted_in_stats"]]
    assert len(counted) > 10 and any(json.loads(r)["group_id"] for r in first["claims"])
    assert {"sources-disagree", "window-overlap", "incident-region-not-in-breakdown"} <= {
        code for code, _ in first["findings"]}


def test_a_restatement_without_a_window_joins_its_source_claim(tmp_path):
    url = str(tmp_path / "ledger.db")
    fill(url, [FILES])
    ledger = Ledger(url)
    with ledger.engine.connect() as conn:
        [restated] = q.claims(conn, q.ClaimFilter(claimant="Ukrainian military"))
        group = q.show(conn, restated["group"])
        ua = [r for r in q.stats(conn, "day", "side") if r["period"] == "2025-11-14"]
        by_claimant = [r["claimant"] for r in q.stats(conn, "day", "claimant") if r["period"] == "2025-11-14"]
        [disagree] = [f for f in q.findings(conn, "sources-disagree") if f["group"] == restated["group"]]
    # the Air Force's night post (89 of 120), its two restatements with the window, the wire's 80 of 105
    assert sorted(c["destroyed"] for c in group["claims"]) == [80, 89, 89, 89] and group["disagree"] is True
    # counted once: the night's 89 and the day's 12 (not + 80), and never RU and UA added up
    assert [(r["side"], r["destroyed"], r["launched"]) for r in ua] == [("RU", 45, None), ("UA", 101, 137)]
    assert "Ukrainian military" not in by_claimant
    assert "different totals" in disagree["message"] and "80" in disagree["message"]
