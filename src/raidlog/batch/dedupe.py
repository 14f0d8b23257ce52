"""One copy of each document across partitions, as ``raidlog ingest`` keeps one.

Each partition's worker stores its documents in a private ledger, so a document repeated within
a partition is stored once; a document (the same source and text: the same ``document_id``)
that two partitions hold would be written by both. Once every partition is done, the driver
finds such documents from the ids each partition's marker lists (in input order: the first
partition that holds a document keeps it, as ingest keeps the first copy it reads) and removes
the later copies — the document and its claims, breakdown items, incidents, findings and the
failure of its extraction — from the later partitions' Parquet files. Their counts are then
recomputed from the files, the removed copies counted as duplicates, and the marker lists what
was removed (``dropped``), so that a re-run does nothing more.

Each file is replaced atomically and the marker last, so an interrupted pass is finished by the
next run. Should a later run want fewer copies removed from a partition (its inputs were given
in another order, or the partition that kept a document is no longer in the batch), the
partition is done again.

The ``_ledger`` rows are left whole: ``--db`` loads them as ingest would, counting a document
already loaded from an earlier partition as a duplicate.

Cost on the driver: one 64-bit integer per document (the ids of 100 million documents take
800 MB), counted with pyarrow; partitions without a repeated document are not opened.
"""

from __future__ import annotations

import json
import os
from array import array
from pathlib import Path
from typing import Any

from raidlog.batch.work import PREFILTERED, TABLES, marker, write_atomic

DOCUMENT_TABLES = ("documents", "claims", "breakdown_items", "incidents", "findings")


def id_array(result: dict[str, Any]) -> array:
    """A partition's document ids (16 hex digits each, the marker's ``document_ids``) as integers."""
    return array("Q", (int(h, 16) for h in result.get("document_ids", ())))


def duplicates(order: list[str], ids: dict[str, array]) -> dict[str, set[str]]:
    """For each partition (keys in input order) whose ids are known, the document ids that an
    earlier partition holds: ``{key: {"d…", …}}`` (only partitions that have some)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    keys = [k for k in order if k in ids and len(ids[k])]
    if not keys:
        return {}
    every = pa.chunked_array([pa.array(ids[k], type=pa.uint64()) for k in keys], type=pa.uint64())
    counts = pc.value_counts(every)
    repeated = counts.field("values").filter(pc.greater(counts.field("counts"), 1))
    if not len(repeated):
        return {}
    wanted = set(repeated.to_pylist())
    owner: set[int] = set()
    out: dict[str, set[str]] = {}
    for k in keys:
        here = pa.array(ids[k], type=pa.uint64())
        hits = here.filter(pc.is_in(here, value_set=repeated)).to_pylist()
        for i in hits:
            if i in owner:
                out.setdefault(k, set()).add(f"d{i:016x}")
            elif i in wanted:
                owner.add(i)
    return out


def apply(out: Path, key: str, drop: set[str], result: dict[str, Any]) -> dict[str, Any] | None:
    """Remove the documents ``drop`` from partition ``key``'s files; its new marker contents, or
    None when the partition must be done again (it holds fewer removals than were made)."""
    done = set(result.get("dropped", ()))
    if done == drop:
        return result
    if not done <= drop:
        return None
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    files = {name: out / name / f"part-{key}.parquet" for name in TABLES}
    value_set = pa.array(sorted(drop), type=pa.string())
    docs = pq.read_table(files["documents"])
    gone = docs.filter(pc.is_in(docs.column("document_id"), value_set=value_set))
    failed_names = pa.array([r["name"] for r in gone.to_pylist() if r["status"] == "failed"], type=pa.string())
    rows: dict[str, pa.Table] = {}
    for name in TABLES:
        table = docs if name == "documents" else pq.read_table(files[name])
        column = table.column("name") if name == "failures" else table.column("document_id")
        keep = pc.invert(pc.is_in(column, value_set=failed_names if name == "failures" else value_set))
        keep = pc.fill_null(keep, True)
        rows[name] = table.filter(keep)
        if rows[name].num_rows != table.num_rows:
            tmp = files[name].with_name(f".{files[name].name}.{os.getpid()}.tmp")
            pq.write_table(rows[name], str(tmp))
            os.replace(tmp, files[name])
    status = rows["documents"].column("status").to_pylist()
    failed_docs = status.count("failed")
    stored = rows["documents"].num_rows
    failures = rows["failures"].num_rows
    new = {**result, "dropped": sorted(drop), "stored": stored,
           "prefiltered": status.count(PREFILTERED), "nothing_extracted": status.count("nothing extracted"),
           "failed": failures, "duplicates": result["read"] - stored - failures + failed_docs,
           **{name: rows[name].num_rows for name in TABLES if name != "documents"}}
    new.pop("skipped", None)
    write_atomic(marker(out, key), json.dumps(new, ensure_ascii=False, indent=1).encode("utf-8"))
    return new
