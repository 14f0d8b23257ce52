"""raidlog batch: a Dask LocalCluster (2 worker processes) against a run in this process, resume
after a killed worker and after an interrupted run, failures, the prefilter, and the ledger load
against ``raidlog ingest`` of the same documents."""

from __future__ import annotations

import gzip
import json
import logging
import os
import random
import shutil
import signal
import warnings
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

pytest.importorskip("dask.distributed")

from raidlog import export as ex  # noqa: E402
from raidlog.batch import Events, run  # noqa: E402
from raidlog.batch.prefilter import relevant  # noqa: E402
from raidlog.batch.work import TABLES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "corpus"
GENERATED = 1200
PART = 120

# Texts with nothing an extraction could take (written for this test): the prefilter skips them.
IRRELEVANT = [
    "The city council approved the new budget for road repairs and two new parks on Tuesday.",
    "Городская библиотека продлила часы работы: теперь читальный зал открыт до девяти вечера.",
    "Футбольний клуб оголосив про підписання контракту з новим тренером на два сезони.",
]


def _generated(n: int, seed: int = 0) -> list[dict]:
    from raidlog.synth import generate

    out = []
    for k in range(n):
        s = generate(random.Random(seed + k), lang=("en", "ru", "uk")[k % 3], size="short")
        out.append({"id": f"g{k}", "text": s.text, "published": s.published})
    return out


def _jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _repeated() -> list[dict]:
    """Two documents of one source (a report and an irrelevant post) that the corpus holds in
    two shards, so in two partitions: stored once, the first copy, as ingest stores them."""
    report = _generated(1, seed=5000)[0]
    return [{**report, "id": "r1", "source": "telegram:repeated"},
            {"id": "r2", "text": IRRELEVANT[2], "published": "2025-11-13", "source": "telegram:repeated"}]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Generated reports in four kinds of shard (JSON Lines, gzip, zstd, Parquet), invented
    irrelevant texts, two documents repeated in shards a and d, and the sample corpus (Telegram
    exports, feeds, pages, texts)."""
    import zstandard

    root = tmp_path_factory.mktemp("corpus")
    rows = _generated(GENERATED)
    rows += [{"id": f"x{k}", "text": text, "published": "2025-11-12"} for k, text in enumerate(IRRELEVANT)]
    q = len(rows) // 4
    (root / "a.jsonl").write_bytes(_jsonl(_repeated() + rows[:q]))
    (root / "b.jsonl.gz").write_bytes(gzip.compress(_jsonl(rows[q:2 * q])))
    (root / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(_jsonl(rows[2 * q:3 * q])))
    pq.write_table(pa.Table.from_pylist([{"source": None, **r} for r in rows[3 * q:] + _repeated()]),
                   root / "d.parquet")
    return [str(root), str(SAMPLES)]


@pytest.fixture(scope="module")
def cluster():
    """A LocalCluster of 2 worker processes (one thread each), shared by the tests here."""
    from dask.distributed import LocalCluster

    with warnings.catch_warnings():  # "port 8787 is already in use" (another cluster on the machine)
        warnings.simplefilter("ignore")
        c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                         memory_limit=0, silence_logs=logging.ERROR)
    with c:
        yield c


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> Path:
    """The same batch in this process, without Dask."""
    out = tmp_path_factory.mktemp("single")
    run(corpus, str(out), workers=0, partition_size=PART)
    return out


def tables(out: Path) -> dict[str, list[dict]]:
    """Each table's rows, sorted, without the partition column (the key of its partition)."""
    result = {}
    for name in TABLES:
        rows = pq.read_table(out / name).to_pylist()
        for r in rows:
            r.pop("partition", None)
        result[name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return result


def test_cluster_output_equals_a_single_process_run(corpus, cluster, single, tmp_path):
    out = tmp_path / "out"
    seen = []
    outcome = run(corpus, str(out), scheduler=cluster.scheduler_address, partition_size=PART,
                  events=Events(done=seen.append))
    ours, theirs = tables(out), tables(single)
    assert {k: len(v) for k, v in ours.items()} == {k: len(v) for k, v in theirs.items()}
    assert ours == theirs
    # both workers took part
    assert len({r["worker_pid"] for r in seen}) == 2
    m = outcome.manifest
    c = m["counts"]
    assert c["read"] == GENERATED + len(IRRELEVANT) + 4 + 56
    # the sample corpus holds 6 duplicates, shards a and d the same 2 documents
    assert c["stored"] == GENERATED + len(IRRELEVANT) + 2 + 50
    assert c["duplicates"] == 6 + 2
    assert c["prefiltered"] == len(IRRELEVANT) + 1
    ids = [d["document_id"] for d in ours["documents"]]
    assert len(ids) == len(set(ids)) == c["stored"]
    repeated = sorted(d["name"].rsplit("/", 1)[-1] for d in ours["documents"] if d["source"] == "telegram:repeated")
    assert repeated == ["a.jsonl#r1", "a.jsonl#r2"]  # the first copies, as ingest keeps them
    assert len({r["claim_id"] for r in ours["claims"]}) == len(ours["claims"])
    assert c["claims"] == len(ours["claims"]) >= GENERATED
    assert c["breakdown_items"] == len(ours["breakdown_items"]) > GENERATED
    assert c["failures"] == 0
    assert m["partitions"] == {"total": len(seen), "done_now": len(seen), "done_before": 0, "failed": 0}
    assert m["raidlog_version"] and m["gazetteer_version"].startswith("geonames")
    assert [i["name"].rsplit("/", 1)[-1] for i in m["inputs"][:4]] == ["a.jsonl", "b.jsonl.gz", "c.jsonl.zst",
                                                                       "d.parquet"]


def test_parquet_has_the_export_schema(single):
    import pyarrow.dataset as ds

    claims = ds.dataset(single / "claims").schema
    assert claims.names == [*ex.COLUMNS, "geometry"]  # the export's columns and GeoParquet's geometry
    assert claims.field("destroyed").type == pa.int64() and claims.field("hedged").type == pa.bool_()
    assert ds.dataset(single / "breakdown_items").schema.field("lat").type == pa.float64()
    assert ds.dataset(single / "incidents").schema.names == [*ex.INCIDENT_COLUMNS, "geometry"]
    docs = pq.read_table(single / "documents").to_pylist()
    irrelevant = [d for d in docs if d["name"].split("#")[-1].startswith("x")]
    assert [d["status"] for d in irrelevant] == ["prefiltered"] * 3
    assert {d["lang"] for d in irrelevant} == {"en", "ru", "uk"}
    # ids do not depend on the partitioning: a claim's id is its document's and its own
    claim = pq.read_table(single / "claims").to_pylist()[0]
    assert claim["claim_id"].startswith(claim["document_id"] + "-")


def _interrupted(single: Path, out: Path, unfinished: int) -> int:
    """``out`` as a run killed midway leaves it: the last ``unfinished`` partitions not finished
    (one of them half written), the others done. Returns how many partitions there are."""
    shutil.copytree(single, out)
    markers = sorted((out / "_partitions").glob("*.json"), key=lambda m: json.loads(m.read_text())["number"])
    for m in markers[-unfinished:]:
        m.unlink()
    gone = markers[-1].stem
    for name in TABLES:
        (out / name / f"part-{gone}.parquet").unlink()
    (out / "claims" / f".part-{gone}.parquet.123.tmp").write_bytes(b"half")
    return len(markers)


def test_resume_after_a_killed_worker(corpus, cluster, single, tmp_path):
    out = tmp_path / "out"
    total = _interrupted(single, out, 4)
    killed = []
    state = {}

    def connected(client):
        state["client"], state["pids"] = client, client.run(os.getpid)

    def done(result):
        if killed:
            return
        busy = [addr for addr, keys in state["client"].processing().items() if keys]
        if busy:  # kill a worker while it extracts: its partition goes to the other one or its restart
            os.kill(state["pids"][busy[0]], signal.SIGKILL)
            killed.append(busy[0])

    outcome = run(corpus, str(out), scheduler=cluster.scheduler_address, partition_size=PART,
                  events=Events(client=connected, done=done))
    assert killed
    parts = outcome.manifest["partitions"]
    # the 4 unfinished partitions are redone, unless the killed worker finished one (wrote its
    # marker) just before it died: then the retry finds it done and counts it as done before
    assert (parts["total"], parts["failed"], parts["done_now"] + parts["done_before"]) == (total, 0, total)
    assert parts["done_now"] in (3, 4)
    assert tables(out) == tables(single)
    assert not list((out / "claims").glob(".*"))


def test_rerun_skips_finished_partitions(corpus, single, tmp_path):
    out = tmp_path / "out"
    total = _interrupted(single, out, 2)
    outcome = run(corpus, str(out), workers=0, partition_size=PART)
    assert outcome.manifest["partitions"] == {"total": total, "done_now": 2, "done_before": total - 2, "failed": 0}
    assert tables(out) == tables(single)
    # once more: nothing to do, the same counts
    again = run(corpus, str(out), workers=0, partition_size=PART)
    assert again.manifest["partitions"]["done_now"] == 0
    assert again.manifest["counts"] == outcome.manifest["counts"]


def test_failures_are_recorded_and_the_rest_goes_on(cluster, tmp_path, monkeypatch):
    good = _generated(20, seed=900)
    lines = [json.dumps(r, ensure_ascii=False) for r in good[:10]]
    lines += ["{not json", json.dumps({"id": "no-text", "title": "x"}),
              json.dumps({"id": "bad-date", "text": "Сбиты 3 БПЛА над Курской областью.", "published": "12.11.25"})]
    lines += [json.dumps(r, ensure_ascii=False) for r in good[10:]]
    shard = tmp_path / "bad.jsonl"
    shard.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    outcome = run([str(shard), str(tmp_path / "missing.jsonl")], str(out),
                  scheduler=cluster.scheduler_address, partition_size=8)
    failures = sorted(pq.read_table(out / "failures").to_pylist(), key=lambda r: r["name"])
    name = str(shard)
    assert failures[0]["reason"].startswith("not a date in \"published\" ('12.11.25'; expected YYYY-MM-DD")
    failures[0]["reason"] = "not a date"  # (the forms accepted are ingest's)
    assert [(f["name"], f["reason"]) for f in failures] == [
        (f"{name}#bad-date", "not a date"),
        (f"{name}:11", "not valid JSON (Expecting property name enclosed in double quotes)"),
        (f"{name}:12", "not a report (no text)"),
    ]
    assert outcome.manifest["failures"] == [{"name": str(tmp_path / "missing.jsonl"), "reason": "no such file"}]
    assert outcome.manifest["counts"]["stored"] == 20
    assert outcome.manifest["counts"]["failures"] == 4
    assert len(pq.read_table(out / "claims")) == 20


def test_extraction_failure_keeps_the_document(tmp_path, monkeypatch):
    import raidlog

    real = raidlog.extract

    def extract(text, *args, **kw):
        if "Brick" in text:
            raise RuntimeError("boom")
        return real(text, *args, **kw)

    monkeypatch.setattr(raidlog, "extract", extract)
    shard = tmp_path / "s.jsonl"
    brick = {"id": "brick", "text": "Brick: 5 drones were destroyed over Kursk.", "published": "2025-11-12",
             "source": "site:bricks"}
    # the same document again in the next partition: a duplicate, not a second failure
    rows = _generated(3, seed=50) + [brick, {**brick, "id": "brick-again"}]
    shard.write_bytes(_jsonl(rows))
    out = tmp_path / "out"
    outcome = run([str(shard)], str(out), workers=0, partition_size=4)
    assert pq.read_table(out / "failures").to_pylist() == [
        {"name": f"{shard}#brick", "reason": "extraction failed: boom (the text is stored as d4; "
                                                "`raidlog reprocess` tries again)",
         "partition": pq.read_table(out / "failures").column("partition")[0].as_py(), "input": f"{shard}[0:4]"}]
    docs = {d["name"]: d["status"] for d in pq.read_table(out / "documents").to_pylist()}
    assert docs[f"{shard}#brick"] == "failed"
    assert f"{shard}#brick-again" not in docs
    c = outcome.manifest["counts"]
    assert (c["read"], c["stored"], c["duplicates"], c["failed"], c["failures"]) == (5, 4, 1, 1, 1)


def test_prefilter_drops_no_sample_text_with_a_claim():
    import raidlog
    from raidlog.ingest import Incoming, read_sources

    kept = dropped = 0
    for item in read_sources([str(SAMPLES), str(ROOT / "samples" / "mod-night-report.txt")]):
        assert isinstance(item, Incoming)
        report = raidlog.extract(item.text, published=item.published, lang=item.lang)
        if report.claims or report.incidents or report.findings:
            assert relevant(item.text, item.lang), item.name
            kept += 1
        else:
            dropped += not relevant(item.text, item.lang)
    assert kept >= 50
    assert [relevant(t) for t in IRRELEVANT] == [False, False, False]


def test_no_prefilter_extracts_everything(tmp_path):
    shard = tmp_path / "s.jsonl"
    shard.write_bytes(_jsonl(_generated(5, seed=70) + [{"id": "x", "text": IRRELEVANT[0]}]))
    a, b = tmp_path / "a", tmp_path / "b"
    on = run([str(shard)], str(a), workers=0)
    off = run([str(shard)], str(b), workers=0, prefilter=False)
    assert on.manifest["counts"]["prefiltered"] == 1 and off.manifest["counts"]["prefiltered"] == 0
    ta, tb = tables(a), tables(b)
    assert ta["claims"] == tb["claims"]
    assert [d["status"] for d in tb["documents"] if d["name"].endswith("#x")] == ["nothing extracted"]


@pytest.fixture(params=["sqlite", "postgresql"])
def two_ledgers(request, tmp_path) -> tuple[str, str]:
    if request.param == "sqlite":
        return str(tmp_path / "ingest.db"), str(tmp_path / "batch.db")
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"bi{os.getpid()}{id(tmp_path)}"), server.create_database(f"bb{os.getpid()}{id(tmp_path)}")


def _ledger_digest(db: str) -> dict:
    """What a user sees of a ledger: both export layers, the findings, the documents and stats."""
    from raidlog.store import Ledger, queries

    ledger = Ledger(db)
    with ledger.engine.connect() as conn:
        out = {
            "claims": ex.to_jsonl(ex.rows(conn)),
            "incidents": ex.to_jsonl(ex.incident_rows(conn), ex.INCIDENT_COLUMNS),
            "findings": queries.findings(conn, limit=None),
            "stats": queries.stats(conn, by="day", split="claimant"),
        }
        from sqlalchemy import select

        from raidlog.store import schema as t

        d = t.documents.c
        out["documents"] = [tuple(r) for r in conn.execute(
            select(d.id, d.name, d.source, d.external_id, d.doc_hash, d.version, d.previous_id, d.is_current,
                   d.published, d.lang, d.title).order_by(d.id))]
    ledger.engine.dispose()
    return out


def test_db_load_equals_ingest(two_ledgers, tmp_path):
    from sqlalchemy import select

    from raidlog.store import Ledger
    from raidlog.store import schema as t
    from raidlog.store.intake import ingest

    shard = tmp_path / "shard.jsonl"
    # the repeated documents in the first and the third partition of the shard
    shard.write_bytes(_jsonl(_repeated() + _generated(60, seed=300) + [{"id": "x", "text": IRRELEVANT[1]}]
                             + _repeated()))
    inputs = [str(SAMPLES), str(shard)]
    ingest_db, batch_db = two_ledgers
    summary = ingest(Ledger(ingest_db), inputs)
    outcome = run(inputs, str(tmp_path / "out"), workers=0, db=batch_db, partition_size=20)
    # the Parquet documents are the ledger's: the same names, sources and texts, once each
    d = t.documents.c
    with Ledger(ingest_db).engine.connect() as conn:
        ingested = sorted(tuple(r) for r in conn.execute(select(d.name, d.source, d.doc_hash)))
    written = sorted((r["name"], r["source"], r["doc_hash"]) for r in pq.read_table(tmp_path / "out" / "documents")
                     .to_pylist())
    assert written == ingested
    assert outcome.manifest["counts"]["duplicates"] == summary.duplicates
    load = outcome.load
    assert (load["ingested"], load["duplicates"], load["updated"], load["nothing_extracted"], load["failed"]) == (
        summary.ingested, summary.duplicates, summary.updated, summary.nothing_extracted, summary.failed)
    assert load["findings"] == summary.findings
    assert _ledger_digest(batch_db) == _ledger_digest(ingest_db)
    # loading the same batch again adds nothing, as ingesting again would not
    again = run(inputs, str(tmp_path / "out"), workers=0, db=batch_db, partition_size=20)
    second = ingest(Ledger(ingest_db), inputs)
    assert (again.load["ingested"], again.load["duplicates"]) == (0, second.duplicates)
    assert _ledger_digest(batch_db) == _ledger_digest(ingest_db)


def test_command_line(tmp_path):
    from typer.testing import CliRunner

    from raidlog.cli.main import app

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(ROOT / "samples" / "corpus" / "telegram"), "--out", str(out),
                                      "--workers", "0"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("read 37 documents in 1 partitions (0 finished before) in this process: ")
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["read"] == 37
    missing = CliRunner().invoke(app, ["batch", str(tmp_path / "nothing.jsonl"), "--out", str(out),
                                       "--workers", "0"])
    assert missing.exit_code == 1
    assert "nothing.jsonl: no such file" in missing.output


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_a_partition_reads_only_its_bytes_of_a_table(tmp_path, encoding):
    """A worker reads its partition's byte range of a plain UTF-8 JSON Lines table (not the whole
    file for each partition); the documents, their names and line numbers are those ingest reads.
    Another encoding is read whole, with the same result."""
    from raidlog.batch.inputs import Partition, read_slice
    from raidlog.batch.runner import plan
    from raidlog.ingest.tables import read_jsonl

    lines = ['{"id": "a", "text": "Над Курською областю збито 4 БПЛА."}', "", '{"text": "Без id: 7 дронов."}',
             "  ", '{"id": "b", "text": "Sixteen drones over Kursk."}', "{broken", '{"text": "Ещё 3 ракеты."}', ""]
    shard = tmp_path / "s.jsonl"
    shard.write_bytes("\n".join(lines).encode(encoding))
    parts = [Partition.from_dict(p.to_dict()) for p in plan([str(shard)], size=2).partitions]
    assert [(s.start, s.stop) for p in parts for s in p.slices] == [(0, 2), (2, 4), (4, 5)]
    ranged = [s.offset is not None for p in parts for s in p.slices]
    assert ranged == [encoding == "utf-8"] * 3
    got = [(getattr(i, "name", None), getattr(i, "text", None) or i.reason) for p in parts for s in p.slices
           for i in read_slice(s)]
    whole = [(getattr(i, "name", None), getattr(i, "text", None) or i.reason)
             for i in read_jsonl(shard.read_bytes(), name=str(shard))]
    assert got == whole
    assert [n.rsplit("/", 1)[-1] for n, _ in got] == ["s.jsonl#a", "s.jsonl:3", "s.jsonl#b", "s.jsonl:6",
                                                      "s.jsonl:7"]


def test_progress_shows_the_dashboard_link_docs_per_second_and_eta():
    """What `raidlog batch` shows on a terminal: the dashboard's link, then a bar with documents
    done of the total (500 of them finished by an earlier run), docs/s, time taken and time left."""
    import io

    from rich.console import Console

    from raidlog.batch import cli

    clock = [1000.0]
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=150, color_system=None)
    progress, events = cli._progress(console, quiet=False)
    progress.get_time = lambda: clock[0]  # a partition of 500 documents every 2 seconds
    with progress:
        events.started(2000, 500, "http://127.0.0.1:8787/status")
        for k in range(2):
            clock[0] += 2.0
            events.done({"read": 500, "estimate": 500, "input": f"shard-{k}.jsonl[0:500]"})
        progress.refresh()
        lines = [line.split("\x1b[2K")[-1] for line in screen.getvalue().splitlines()]
        assert "Dask dashboard: http://127.0.0.1:8787/status" in lines, lines
        assert screen.getvalue().rstrip().endswith("1500/2000 250.0 docs/s 0:00:04 ETA 0:00:02")
        clock[0] += 2.0
        events.done({"read": 500, "estimate": 500, "input": "shard-2.jsonl[0:500]"})
    assert "extracting shard-2.jsonl[0:500] " in screen.getvalue()
    assert screen.getvalue().removesuffix("\x1b[?25h").rstrip().endswith(
        "2000/2000 250.0 docs/s 0:00:06 ETA 0:00:00")
    # --quiet: nothing at all
    quiet_screen = io.StringIO()
    quiet, events = cli._progress(Console(file=quiet_screen, force_terminal=True), quiet=True)
    with quiet:
        events.started(10, 0, "http://127.0.0.1:8787/status")
        events.done({"read": 10, "estimate": 10, "input": "x"})
    assert quiet_screen.getvalue() == ""


def test_dashboard_link_of_a_local_cluster(tmp_path):
    """With bokeh (the extra ``batch`` brings it), a local cluster's dashboard is served and its
    link given to the progress and the manifest."""
    pytest.importorskip("bokeh")
    import httpx

    shard = tmp_path / "s.jsonl"
    shard.write_bytes(_jsonl(_generated(2, seed=80)))
    links, pages = [], []

    def started(total, before, dashboard):
        links.append(dashboard)
        pages.append(httpx.get(dashboard, timeout=30).status_code)

    outcome = run([str(shard)], str(tmp_path / "out"), workers=1, events=Events(started=started))
    assert links[0].startswith("http://127.0.0.1:") and links[0].endswith("/status")
    assert pages == [200]
    assert outcome.manifest["dashboard"] == links[0]


def test_a_partition_reads_the_row_groups_of_its_rows(tmp_path):
    """A Parquet table in row groups of 4 rows, cut into partitions of 3: each partition reads the
    groups that hold its rows, and the documents are those of the whole table, in order."""
    from raidlog.batch.inputs import Partition, read_slice
    from raidlog.batch.runner import plan

    rows = [{"id": f"p{k}", "text": f"Збито {k + 2} дронів над Сумщиною."} for k in range(10)]
    shard = tmp_path / "t.parquet"
    pq.write_table(pa.Table.from_pylist(rows), shard, row_group_size=4)
    assert pq.ParquetFile(shard).metadata.num_row_groups == 3
    parts = [Partition.from_dict(p.to_dict()) for p in plan([str(shard)], size=3).partitions]
    got = [[(i.name.rsplit("/", 1)[-1], i.text) for s in p.slices for i in read_slice(s)] for p in parts]
    assert got == [[(f"t.parquet#p{k}", r["text"]) for k, r in enumerate(rows)][n:n + 3] for n in (0, 3, 6, 9)]
