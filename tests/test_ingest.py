"""``raidlog ingest`` end to end on SQLite and PostgreSQL: the sample corpus,
idempotence, an edited post, bad items, and crash safety (SIGKILL mid-batch,
then a re-run gives the store an uninterrupted run gives)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from raidlog.store import Ledger
from raidlog.store import queries as q

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "samples" / "corpus"


def raidlog(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "raidlog", *args], capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def _sorted(rows) -> list[tuple]:
    return sorted((tuple(r) for r in rows), key=repr)


def snapshot(url: str) -> dict:
    """What a ledger holds, without ids and timestamps: documents, claims, findings, groups."""
    ledger = Ledger(url)
    with ledger.engine.connect() as conn:
        docs = _sorted(conn.execute(text(
            "SELECT source, external_id, doc_hash, version, is_current FROM documents")))
        claims = _sorted(conn.execute(text(
            "SELECT d.doc_hash, c.ref, c.claimant_name, c.destroyed, c.launched, c.day, c.scope "
            "FROM claims c JOIN documents d ON d.id = c.document_id")))
        findings = sorted((r.code, r.message) for r in conn.execute(text("SELECT code, message FROM findings")))
        groups = _sorted(conn.execute(text(
            "SELECT claimant_name, day, scope, total, sources, disagree FROM claim_groups")))
    ledger.engine.dispose()
    return {"documents": docs, "claims": claims, "findings": findings, "groups": groups}


def test_sample_corpus(ledger_url):
    out = raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    assert out.returncode == 0, out.stderr
    assert "ingested 49, duplicates 6, updated 1, stored with nothing extracted 0, failed 0" in out.stdout
    ledger = Ledger(ledger_url)
    with ledger.engine.connect() as conn:
        codes = {r["code"]: r["count"] for r in q.finding_counts(conn)}
        disagree = q.findings(conn, "sources-disagree")
        overlap = q.findings(conn, "window-overlap")
        edited = conn.execute(text(
            "SELECT version, is_current FROM documents WHERE external_id = '51236' ORDER BY version")).all()
        rows = q.claims(conn, q.ClaimFilter(region="RU-BRY", since="2025-11-14", until="2025-11-14"))
    assert codes["sources-disagree"] == 1 and "41" in disagree[0]["message"] and "43" in disagree[0]["message"]
    assert codes["window-overlap"] == 3 and any("51229" in f["message"] and "51231" in f["message"] for f in overlap)
    assert codes["incident-region-not-in-breakdown"] == 2
    assert [tuple(r) for r in edited] == [(1, False), (2, True)]
    assert [r["destroyed"] for r in rows] == [40]  # the edited post's 40, not the first export's 38


def test_ingest_twice_changes_nothing(ledger_url):
    raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    first = snapshot(ledger_url)
    again = raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    assert "ingested 0, duplicates 56, updated 0, stored with nothing extracted 0, failed 0" in again.stdout
    assert snapshot(ledger_url) == first


def synthetic_batch(path: Path, n: int = 600) -> Path:
    """A JSON Lines batch of generated reports, long enough to be killed in the middle."""
    import random

    from raidlog.synth import generate

    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            s = generate(random.Random(k), size="short")
            fh.write(json.dumps({"id": str(k), "text": s.text, "published": s.published}) + "\n")
    return path


def test_killed_mid_batch_then_resumed_equals_an_uninterrupted_run(tmp_path, ledger_url, request):
    if request.node.callspec.params["ledger_url"] == "postgresql":
        clean_url = request.getfixturevalue("postgres_server").create_database(f"clean{os.getpid()}")
    else:
        clean_url = str(tmp_path / "clean.db")
    batch = str(synthetic_batch(tmp_path / "batch.jsonl"))
    raidlog("ingest", batch, "--db", clean_url, "--quiet")
    proc = subprocess.Popen([sys.executable, "-m", "raidlog", "ingest", batch, "--db", ledger_url, "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ledger = Ledger(ledger_url)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with ledger.engine.connect() as conn:
            if conn.execute(text("SELECT count(*) FROM documents")).scalar() >= 5:
                break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    ledger.engine.dispose()
    partial = snapshot(ledger_url)
    assert 5 <= len(partial["documents"]) < len(snapshot(clean_url)["documents"])
    raidlog("ingest", batch, "--db", ledger_url, "--quiet")
    assert snapshot(ledger_url) == snapshot(clean_url)


# an administration's post with no attack in it (written for this test)
KMVA = ("Київська міська військова адміністрація\n\n"
        "У суботу в парках столиці працюватимуть благодійні ярмарки. Нагадуємо: під час тривоги "
        "перебувайте в укриттях.\n\n"
        "Тимур Ткаченко, начальник КМВА")


def test_bad_items_are_reported_and_the_batch_goes_on(tmp_path, ledger_url):
    good = tmp_path / "2025-11-12-good.txt"
    good.write_text("Russian air defenses destroyed 9 Ukrainian drones overnight, the Russian Defense Ministry "
                    "said. Five were downed over the Belgorod Region and four over the Kursk Region.", "utf-8")
    (tmp_path / "empty.txt").write_text("\n", "utf-8")
    (tmp_path / "note.txt").write_text("The weather was fine and the shops were open.", "utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02data")
    out = raidlog("ingest", str(tmp_path / "2025-11-12-good.txt"), str(tmp_path / "empty.txt"),
                  str(tmp_path / "note.txt"), str(tmp_path / "binary.txt"), str(tmp_path / "missing.txt"),
                  "--db", ledger_url, "--quiet")
    assert out.returncode == 1
    assert out.stdout.startswith(
        "ingested 1, duplicates 0, updated 0, stored with nothing extracted 1, failed 3; 0 findings across documents on the days this run touched\n")
    errors = sorted(line for line in out.stderr.splitlines() if line.startswith("raidlog: error"))
    assert errors == [f"raidlog: error: {tmp_path / 'binary.txt'}: not a text file (it contains NUL bytes)",
                      f"raidlog: error: {tmp_path / 'empty.txt'}: empty (no text to extract)",
                      f"raidlog: error: {tmp_path / 'missing.txt'}: no such file"]
    ledger = Ledger(ledger_url)
    with ledger.engine.connect() as conn:
        [claim] = q.claims(conn, q.ClaimFilter())
        failures = conn.execute(text("SELECT count(*) FROM failures")).scalar()
        names = conn.execute(text("SELECT name FROM documents ORDER BY id")).scalars().all()
    assert (claim["destroyed"], claim["day"]) == (9, "2025-11-12")  # the date from the file name
    assert failures == 3
    assert names == [str(good), str(tmp_path / "note.txt")]  # the note is a document, with nothing extracted


def test_a_post_with_nothing_extracted_is_stored_searchable_and_reprocessed(tmp_path, ledger_url):
    """A city administration's post raidlog cannot read yet is kept verbatim: not a failure, found
    by search, shown as "nothing extracted", derived again by reprocess; a second ingest adds nothing."""
    post = tmp_path / "2025-11-20-kmva.txt"
    post.write_text(KMVA, "utf-8")
    out = raidlog("ingest", str(post), "--db", ledger_url, "--quiet")
    assert out.returncode == 0, out.stderr
    assert out.stdout == ("ingested 0, duplicates 0, updated 0, stored with nothing extracted 1, failed 0; "
                          "0 findings across documents on the days this run touched\n")
    assert out.stderr == ""
    found = raidlog("search", "укриттях", "--db", ledger_url, "--json")
    assert found.returncode == 0, found.stderr
    [hit] = json.loads(found.stdout)
    assert (hit["id"], hit["document"], hit["published"], hit["extracted"], hit["claims"], hit["incidents"]) == (
        "d1", str(post), "2025-11-20", "nothing extracted", 0, 0)
    assert "[укриттях]" in hit["snippet"]
    shown = raidlog("show", "d1", "--db", ledger_url, "--json")
    item = json.loads(shown.stdout)
    assert item["document"]["text"] == KMVA and item["nothing_extracted"] is True
    assert (item["claims"], item["incidents"]) == ([], [])
    assert "nothing extracted from this document" in raidlog("show", "d1", "--db", ledger_url).stdout
    again = raidlog("ingest", str(post), "--db", ledger_url, "--quiet")
    assert again.stdout.startswith("ingested 0, duplicates 1, updated 0, stored with nothing extracted 0, failed 0;")
    redone = raidlog("reprocess", "--db", ledger_url)
    assert (redone.returncode, redone.stdout) == (0, "reprocessed 1 (nothing extracted from 1), failed 0; "
                                                     "0 findings across documents on the days this run touched\n")
    ledger = Ledger(ledger_url)
    with ledger.engine.connect() as conn:
        runs = conn.execute(text("SELECT kind, ingested, duplicates, failed, nothing_extracted FROM runs "
                                 "ORDER BY id")).all()
        failures = conn.execute(text("SELECT count(*) FROM failures")).scalar()
    assert [tuple(r) for r in runs] == [("ingest", 0, 0, 0, 1), ("ingest", 0, 1, 0, 0), ("reprocess", 0, 0, 0, 1)]
    assert failures == 0


def test_a_document_whose_extraction_fails_is_kept(tmp_path, monkeypatch, ledger_url):
    """A crash in extraction is a failure, with the reason, but the text is stored for reprocess."""
    import raidlog as rl
    from raidlog.store.intake import ingest

    post = tmp_path / "2025-11-20-post.txt"
    post.write_text(KMVA, "utf-8")

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(rl, "extract", broken)
    summary = ingest(Ledger(ledger_url), [str(post)])
    assert (summary.ingested, summary.nothing_extracted, summary.failed) == (0, 0, 1)
    assert summary.failures == [(str(post), "extraction failed: a bug (the text is stored as d1; "
                                            "`raidlog reprocess` tries again)")]
    monkeypatch.undo()
    redone = raidlog("reprocess", "--db", ledger_url)
    assert redone.stdout.startswith("reprocessed 1 (nothing extracted from 1), failed 0")


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "geojson", "acled"])
def test_export_formats(tmp_path, ledger_url, fmt):
    raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    out = raidlog("export", "--format", fmt, "--db", ledger_url)
    assert out.returncode == 0, out.stderr
    if fmt == "csv":
        header = out.stdout.splitlines()[0].split(",")
        assert header[:5] == ["row_kind", "counted_in_stats", "claim_id", "group_id", "document_id"] and "lat" in header
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.stdout.splitlines()]
        assert {r["row_kind"] for r in rows} == {"claim", "breakdown_item"}
    elif fmt == "geojson":
        data = json.loads(out.stdout)
        assert data["type"] == "FeatureCollection" and data["features"]
        for feature in data["features"]:
            lon, lat = feature["geometry"]["coordinates"]
            assert 20 < lon < 60 and 40 < lat < 62, feature["properties"]["place_name"]
        layers = {f["properties"]["feature"] for f in data["features"]}
        assert layers == {"claim", "incident"}
        incidents = json.loads(raidlog("export", "--format", "geojson", "--layer", "incidents", "--db",
                                       ledger_url).stdout)["features"]
        assert incidents == [f for f in data["features"] if f["properties"]["feature"] == "incident"]
        zaporizhzhia = [f["properties"] for f in incidents if f["properties"]["place_name"] == "Zaporizhzhia"]
        assert {(p["kind"], p["reporter"], p["injured"]) for p in zaporizhzhia} == {
            ("casualties", "Head of the Military Administration of Zaporizhzhia Oblast", 4)}
    else:
        lines = out.stdout.splitlines()
        assert lines[0].startswith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,")
        assert "Disrupted weapons use" in out.stdout and "Air/drone strike" in out.stdout


def test_export_incidents_layer(ledger_url):
    raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    out = raidlog("export", "--format", "csv", "--layer", "incidents", "--db", ledger_url)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == ("row_kind,counted_in_stats,incident_id,group_id,document_id,day,scope,kind,kinds,reporter,"
                        "reporter_kind,person,side,killed,injured,locations,places,place_id,place_name,place_kind,"
                        "iso,country,region,lat,lon,description,document,title,source,url")
    assert all(line.startswith("incident,False,i") for line in lines[1:])
    kursk = raidlog("export", "--format", "jsonl", "--layer", "incidents", "--region", "RU-KRS", "--db", ledger_url)
    rows = [json.loads(line) for line in kursk.stdout.splitlines()]
    assert rows and {r["iso"] for r in rows} == {"RU-KRS"}
    bad = raidlog("export", "--format", "csv", "--layer", "everything", "--db", ledger_url)
    assert bad.returncode == 2 and "--layer 'everything': choose claims or incidents" in bad.stderr
    acled = raidlog("export", "--format", "acled", "--layer", "claims", "--db", ledger_url)
    assert acled.returncode == 2 and "leave out --layer" in acled.stderr


def test_export_parquet_reads_back(tmp_path, ledger_url):
    import pyarrow.parquet as pq

    raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    path = tmp_path / "claims.parquet"
    out = raidlog("export", "--format", "parquet", "--out", str(path), "--db", ledger_url)
    assert out.returncode == 0, out.stderr
    table = pq.read_table(path)
    csv_rows = raidlog("export", "--format", "csv", "--db", ledger_url).stdout.splitlines()
    assert table.num_rows == len(csv_rows) - 1
    assert str(table.schema.field("destroyed").type) == "int64"


def test_reprocess_rederives_every_document_in_a_new_run(ledger_url):
    raidlog("ingest", str(CORPUS), "--db", ledger_url, "--quiet")
    before = snapshot(ledger_url)
    out = raidlog("reprocess", "--db", ledger_url)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("reprocessed 50 (nothing extracted from 0), failed 0")  # 49 and one edited version
    assert snapshot(ledger_url) == before
    ledger = Ledger(ledger_url)
    with ledger.engine.connect() as conn:
        runs = conn.execute(text("SELECT kind FROM runs ORDER BY id")).scalars().all()
        newest = conn.execute(text("SELECT max(run_id) FROM claims")).scalar()
        last = conn.execute(text("SELECT max(id) FROM runs")).scalar()
    assert runs == ["ingest", "reprocess"] and newest == last


def test_show_says_a_count_the_claim_does_not_give_is_not_stated(tmp_path):
    report = tmp_path / "mod.txt"
    report.write_text("Over the past night, air defence systems destroyed 12 Ukrainian drones over the "
                      "Belgorod region, the Russian Ministry of Defence said.", "utf-8")
    db = str(tmp_path / "ledger.db")
    assert raidlog("ingest", str(report), "--db", db, "--quiet").returncode == 0
    out = raidlog("show", "c1", "--db", db).stdout
    assert "claims destroyed 12, launched not stated · drone" in " ".join(out.split())
    assert "None" not in out
