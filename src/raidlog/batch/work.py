"""One partition's work, on a worker: read its documents, extract each exactly as ``raidlog
ingest`` does (into a private SQLite ledger in a temporary folder), and write what was derived:

- ``<out>/<table>/part-<key>.parquet`` for the tables documents, claims, breakdown_items,
  incidents, findings and failures. Claims, breakdown items and incidents are the rows of
  ``raidlog export --format parquet`` (:mod:`raidlog.export`: the same columns and types), with
  ids that do not depend on the partitioning: a document is ``d`` and 16 hex digits of the hash
  of its source and text, a claim or incident is the document's id and the claim's id in its
  report (``d1a2b…-c1``);
- ``<out>/_ledger/part-<key>.json.gz``: the ledger rows, which ``--db`` loads;
- last, ``<out>/_partitions/<key>.json``: the partition's counts and its documents' ids (for
  :mod:`raidlog.batch.dedupe`). Its presence means the
  partition is finished; each file is written under a temporary name and renamed, so a worker
  killed midway leaves no partition that looks finished.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

import raidlog
from raidlog.batch.inputs import Partition, read_slice
from raidlog.batch.prefilter import language, relevant
from raidlog.ingest.dates import date_in_name
from raidlog.ingest.incoming import Incoming, Rejected, within_limit
from raidlog.store import schema as t
from raidlog.store.intake import Summary, empty_report, ingest_one, record_failed
from raidlog.store.ledger import Ledger

TABLES = ("documents", "claims", "breakdown_items", "incidents", "findings", "failures")
LEDGER_TABLES = ("documents", "places", "claims", "breakdown_items", "item_places", "incidents",
                 "incident_places", "findings", "failures")
DOCUMENT_COLUMNS = ["document_id", "doc_hash", "source", "external_id", "name", "url", "title", "published",
                    "lang", "chars", "claims", "incidents", "findings", "status", "partition"]
FINDING_COLUMNS = ["finding_id", "document_id", "claim_id", "code", "severity", "message", "suggestion",
                   "document", "source"]
FAILURE_COLUMNS = ["name", "reason", "partition", "input"]
PREFILTERED = "prefiltered"


def marker(out: str | Path, key: str) -> Path:
    return Path(out) / "_partitions" / f"{key}.json"


def document_key(source: str, doc_hash: str) -> str:
    """A document's id in the batch tables: the same wherever and whenever it is read."""
    return "d" + hashlib.sha256(f"{source}\x00{doc_hash}".encode()).hexdigest()[:16]


def process(part: dict[str, Any], out: str, prefilter: bool = True) -> dict[str, Any]:
    """Do one partition (a :meth:`Partition.to_dict`) unless it is finished; its counts."""
    partition = Partition.from_dict(part)
    done = marker(out, partition.key)
    if done.exists():
        return {**json.loads(done.read_text()), "skipped": True}
    started, cpu = time.perf_counter(), time.process_time()
    with tempfile.TemporaryDirectory(prefix="raidlog-batch-") as tmp:
        ledger = Ledger(str(Path(tmp) / "part.db"))
        try:
            counts = _extract(ledger, partition, prefilter)
            tables, dump = _collect(ledger, partition, counts.pop("prefiltered_ids"))
            dump["duplicates"] = counts["duplicates"]  # within the partition: stored once already
        finally:
            ledger.close()
    for name in TABLES:
        _write_parquet(tables[name], Path(out) / name / f"part-{partition.key}.parquet", name)
    write_atomic(Path(out) / "_ledger" / f"part-{partition.key}.json.gz",
            gzip.compress(json.dumps(dump, ensure_ascii=False).encode("utf-8"), 3))
    result = {"key": partition.key, "number": partition.number, "input": partition.describe(), **counts,
              **{name: len(tables[name]) for name in TABLES if name != "documents"},
              "stored": len(tables["documents"]), "seconds": round(time.perf_counter() - started, 3),
              "cpu_seconds": round(time.process_time() - cpu, 3),
              "worker_pid": os.getpid(), "document_ids": [d["document_id"][1:] for d in tables["documents"]]}
    write_atomic(done, json.dumps(result, ensure_ascii=False, indent=1).encode("utf-8"))
    return {**result, "skipped": False}


def _extract(ledger: Ledger, partition: Partition, prefilter: bool) -> dict[str, Any]:
    run_id = ledger.start_run("batch")
    summary = Summary()
    days: set[str] = set()
    read = skipped = 0
    prefiltered_ids: list[int] = []
    for s in partition.slices:
        for item in read_slice(s):
            read += 1
            if prefilter and isinstance(item, Incoming) and not relevant(item.text, item.lang):
                doc_id = _store_prefiltered(ledger, run_id, item, summary)
                if doc_id is not None:
                    prefiltered_ids.append(doc_id)
                    skipped += 1
                continue
            ingest_one(ledger, run_id, item, summary, days)
    return {"read": read, "prefiltered": skipped, "duplicates": summary.duplicates,
            "nothing_extracted": summary.nothing_extracted - skipped, "failed": summary.failed,
            "prefiltered_ids": prefiltered_ids}


def _store_prefiltered(ledger: Ledger, run_id: int, item: Incoming, summary: Summary) -> int | None:
    """Store a document the prefilter skipped as ``ingest`` stores one that gave nothing: its
    language and title (a headline the text opens with) as extraction would tell them."""
    checked = within_limit(item)
    if isinstance(checked, Rejected):
        record_failed(ledger, run_id, summary, checked.name, checked.reason)
        return None
    lang = item.lang if item.lang in ("en", "ru", "uk") else None
    published = item.published or date_in_name(item.name)
    report = _headline_report(item.text, published, lang, item.title, item.source)
    stored = ledger.store(
        text=item.text, source=item.source, name=item.name, report=report, run_id=run_id,
        external_id=item.external_id, url=item.url, title=item.title or report.documents[0].title,
        published=published, fetched_at=item.fetched_at, edited=item.edited, lang=report.documents[0].lang)
    if stored.status == "duplicate":
        summary.duplicates += 1
        return None
    summary.nothing_extracted += 1
    return stored.document_id


def _headline_report(text: str, published: str | None, lang: str | None, title: str | None,
                     source: str | None) -> raidlog.Report:
    """The first two stages only (normalise, segment): the document's language and title."""
    from raidlog.extract.pipeline import Doc, run, to_report

    try:
        doc = run(Doc(text, language(text, lang), date.fromisoformat(published) if published else None,
                      title, source), order=["normalise", "segment"])
        return to_report(doc, raidlog.__version__)
    except Exception:  # noqa: BLE001 - as ingest would then: the document with nothing derived
        return empty_report(text, published, lang, title, source)


def _collect(ledger: Ledger, partition: Partition, prefiltered: list[int]) -> tuple[dict, dict]:
    """The batch tables (export rows with global ids) and the ledger dump."""
    from raidlog import export as ex

    key = partition.key
    with ledger.engine.connect() as conn:
        dump = {name: [dict(r._mapping) for r in conn.execute(
            select(getattr(t, name)).order_by(*getattr(t, name).primary_key.columns))]
            for name in LEDGER_TABLES}
        claim_rows = list(ex.rows(conn))
        incident_rows = list(ex.incident_rows(conn))
    docs = {d["id"]: document_key(d["source"], d["doc_hash"]) for d in dump["documents"]}
    claim_ref = {c["id"]: f"{docs[c['document_id']]}-{c['ref']}" for c in dump["claims"]}
    incident_ref = {i["id"]: f"{docs[i['document_id']]}-{i['ref']}" for i in dump["incidents"]}
    for row in claim_rows:
        row["claim_id"] = claim_ref[int(row["claim_id"][1:])]
        row["document_id"] = docs[int(row["document_id"][1:])]
    for row in incident_rows:
        row["incident_id"] = incident_ref[int(row["incident_id"][1:])]
        row["document_id"] = docs[int(row["document_id"][1:])]
    failed = {f["name"] for f in dump["failures"]}
    per_doc: dict[int, dict[str, int]] = {d: {"claims": 0, "incidents": 0, "findings": 0} for d in docs}
    for name in ("claims", "incidents", "findings"):
        for r in dump[name]:
            per_doc[r["document_id"]][name] += 1
    skipped = set(prefiltered)
    documents = []
    for d in dump["documents"]:
        n = per_doc[d["id"]]
        status = (PREFILTERED if d["id"] in skipped else "failed" if d["name"] in failed
                  else "extracted" if n["claims"] or n["incidents"] else "nothing extracted")
        documents.append({"document_id": docs[d["id"]], "doc_hash": d["doc_hash"], "source": d["source"],
                          "external_id": d["external_id"], "name": d["name"], "url": d["url"], "title": d["title"],
                          "published": d["published"], "lang": d["lang"], "chars": len(d["text"]), **n,
                          "status": status, "partition": key})
    names = {d["id"]: d["name"] for d in dump["documents"]}
    sources = {d["id"]: d["source"] for d in dump["documents"]}
    findings, seen = [], dict.fromkeys(docs, 0)
    for f in dump["findings"]:  # numbered within their document: f1, f2 …
        seen[f["document_id"]] += 1
        findings.append({"finding_id": f"{docs[f['document_id']]}-f{seen[f['document_id']]}",
                         "document_id": docs[f["document_id"]], "claim_id": claim_ref.get(f["claim_id"]),
                         "code": f["code"], "severity": f["severity"], "message": f["message"],
                         "suggestion": f["suggestion"], "document": names[f["document_id"]],
                         "source": sources[f["document_id"]]})
    failures = [{"name": f["name"], "reason": f["reason"], "partition": key, "input": partition.describe()}
                for f in dump["failures"]]
    tables = {"documents": documents, "claims": [r for r in claim_rows if _kind(r) == "claim"],
              "breakdown_items": [r for r in claim_rows if _kind(r) != "claim"],
              "incidents": incident_rows, "findings": findings, "failures": failures}
    return tables, dump


def _kind(row: dict) -> str:
    """A claim row or a breakdown item's (the export's ``row_type``, or ``row_kind``)."""
    return row.get("row_kind") or row.get("row_type")


def _write_parquet(rows: list[dict], path: Path, table: str) -> None:
    from raidlog import export as ex

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if table in ("claims", "breakdown_items"):
        ex.to_parquet(iter(rows), str(tmp), ex.COLUMNS)
    elif table == "incidents":
        ex.to_parquet(iter(rows), str(tmp), ex.INCIDENT_COLUMNS)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        columns = {"documents": DOCUMENT_COLUMNS, "findings": FINDING_COLUMNS, "failures": FAILURE_COLUMNS}[table]
        ints = {"chars", "claims", "incidents", "findings"} if table == "documents" else set()
        schema = pa.schema([(c, pa.int32() if c in ints else pa.string()) for c in columns])
        pq.write_table(pa.Table.from_pylist([{c: r[c] for c in columns} for r in rows], schema=schema), str(tmp))
    os.replace(tmp, path)


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
