"""Loading a batch into a ledger: the rows each partition's private ledger holds, renumbered
after what the ledger has, in input order, written with PostgreSQL's COPY (SQLite: one
``executemany`` per table), then reconciled once.

The result is the ledger ``raidlog ingest`` of the same inputs gives: documents already stored
(the same source and text) are duplicates and add nothing, a post whose text changed (the same
source and external id) becomes a new version of it and the old one stops being current, ids
follow the input order, failures are recorded under the run, and reconciliation covers the
days the new documents touch. All of it is one transaction: a load that fails leaves the
ledger as it was.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select, text, update

from raidlog.ingest.incoming import Rejected
from raidlog.store import schema as t
from raidlog.store.ledger import Ledger, now
from raidlog.store.reconcile import reconcile

# tables in the order they are written (foreign keys), and their serial ids
ORDER = ("documents", "places", "claims", "breakdown_items", "item_places", "incidents", "incident_places",
         "findings", "failures")
SERIAL = ("documents", "claims", "breakdown_items", "incidents", "findings", "failures")


def dumps(out: Path, keys: list[str]) -> Iterator[dict[str, list[dict]]]:
    for key in keys:
        yield json.loads(gzip.decompress((out / "_ledger" / f"part-{key}.json.gz").read_bytes()))


def load(out: Path, keys: list[str], db: str, rejected: list[Rejected]) -> dict[str, Any]:
    """Load the partitions ``keys`` (in input order) of the batch in ``out`` into ledger ``db``;
    the counts, as ``raidlog ingest`` tells them."""
    ledger = Ledger(db)
    run_id = ledger.start_run("batch")
    with ledger.engine.begin() as conn:
        counts, days = _load(conn, out, keys, run_id, rejected)
        days |= _unfinished_days(conn, run_id)
        counts["findings"] = reconcile(conn, days)
    ledger.finish_run(run_id, {k: counts[k] for k in
                               ("ingested", "duplicates", "updated", "failed", "nothing_extracted")})
    return counts


def _load(conn: Connection, out: Path, keys: list[str], run_id: int,
          rejected: list[Rejected]) -> tuple[dict[str, Any], set[str]]:
    pg = conn.dialect.name == "postgresql"
    if pg:
        conn.execute(text("LOCK TABLE documents, claims, breakdown_items, incidents, findings, failures, places "
                          "IN SHARE ROW EXCLUSIVE MODE"))
    d = t.documents.c
    stored = {(r.source, r.doc_hash) for r in conn.execute(select(d.source, d.doc_hash))}
    current = {(r.source, r.external_id): (r.id, r.version) for r in conn.execute(
        select(d.id, d.source, d.external_id, d.version).where(d.is_current.is_(True), d.external_id.is_not(None)))}
    places = set(conn.execute(select(t.places.c.id)).scalars())
    next_id = {name: (conn.execute(select(func.max(getattr(t, name).c.id))).scalar() or 0) + 1 for name in SERIAL}
    rows: dict[str, list[dict]] = {name: [] for name in ORDER}
    superseded: list[int] = []
    pending: dict[int, dict] = {}  # new documents by id, to mark a later version's predecessor
    counts = {"ingested": 0, "duplicates": 0, "updated": 0, "failed": 0, "nothing_extracted": 0}
    days: set[str] = set()
    stamp = now()

    def new_id(name: str) -> int:
        next_id[name] += 1
        return next_id[name] - 1

    for r in rejected:  # inputs that could not be read at all (ingest records them as it meets them)
        rows["failures"].append({"id": new_id("failures"), "run_id": run_id, "name": r.name, "reason": r.reason,
                                 "at": stamp})
        counts["failed"] += 1
    for dump in dumps(out, keys):
        counts["duplicates"] += dump.get("duplicates", 0)
        doc_map: dict[int, int] = {}
        failed_names = {f["name"] for f in dump["failures"]}
        derived = {}
        for name in ("claims", "incidents"):
            derived[name] = {r["document_id"] for r in dump[name]}
        for doc in dump["documents"]:
            key = (doc["source"], doc["doc_hash"])
            if key in stored:
                counts["duplicates"] += 1
                continue
            stored.add(key)
            new = {**doc, "id": new_id("documents"), "run_id": run_id, "ingested_at": stamp, "version": 1,
                   "previous_id": None, "is_current": True}
            previous = current.get((doc["source"], doc["external_id"])) if doc["external_id"] is not None else None
            if previous is not None:
                new["version"], new["previous_id"] = previous[1] + 1, previous[0]
                if previous[0] in pending:
                    pending[previous[0]]["is_current"] = False
                else:
                    superseded.append(previous[0])
            if doc["external_id"] is not None:
                current[(doc["source"], doc["external_id"])] = (new["id"], new["version"])
            pending[new["id"]] = new
            doc_map[doc["id"]] = new["id"]
            rows["documents"].append(new)
            days.add(doc["published"])
            something = doc["id"] in derived["claims"] or doc["id"] in derived["incidents"]
            if doc["name"] in failed_names and not something:
                pass  # its extraction failed: counted with the failures
            elif not something:
                counts["nothing_extracted"] += 1
            else:
                counts["updated" if previous is not None else "ingested"] += 1
        for place in dump["places"]:
            if place["id"] not in places:
                places.add(place["id"])
                rows["places"].append(place)
        claim_map: dict[int, int] = {}
        for c in dump["claims"]:
            if c["document_id"] in doc_map:
                claim_map[c["id"]] = new_id("claims")
                rows["claims"].append({**c, "id": claim_map[c["id"]], "document_id": doc_map[c["document_id"]],
                                       "run_id": run_id, "group_id": None})
                days.add(c["day"])
        for b in dump["breakdown_items"]:
            if b["claim_id"] in claim_map:
                rows["breakdown_items"].append({**b, "id": new_id("breakdown_items"),
                                                "claim_id": claim_map[b["claim_id"]]})
        for ip in dump["item_places"]:
            if ip["claim_id"] in claim_map:
                rows["item_places"].append({**ip, "claim_id": claim_map[ip["claim_id"]]})
        incident_map: dict[int, int] = {}
        for i in dump["incidents"]:
            if i["document_id"] in doc_map:
                incident_map[i["id"]] = new_id("incidents")
                rows["incidents"].append({**i, "id": incident_map[i["id"]], "document_id": doc_map[i["document_id"]],
                                          "run_id": run_id})
        for ip in dump["incident_places"]:
            if ip["incident_id"] in incident_map:
                rows["incident_places"].append({**ip, "incident_id": incident_map[ip["incident_id"]]})
        for f in dump["findings"]:
            if f["document_id"] in doc_map:
                rows["findings"].append({**f, "id": new_id("findings"), "document_id": doc_map[f["document_id"]],
                                         "claim_id": claim_map.get(f["claim_id"]) if f["claim_id"] else None,
                                         "group_id": None})
        for f in dump["failures"]:
            rows["failures"].append({**f, "id": new_id("failures"), "run_id": run_id})
            counts["failed"] += 1
    for name in ORDER:
        if rows[name]:
            (_copy if pg else _insert)(conn, name, rows[name])
    if superseded:
        conn.execute(update(t.documents).where(t.documents.c.id.in_(superseded)).values(is_current=False))
    if pg:
        for name in SERIAL:
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                              f"(SELECT coalesce(max(id), 0) + 1 FROM {name}), false)"))
    counts["rows"] = {name: len(rows[name]) for name in ORDER}
    return counts, {day for day in days if day}


def _columns(name: str) -> list[str]:
    return [c.name for c in getattr(t, name).columns]


def _copy(conn: Connection, name: str, rows: list[dict]) -> None:
    """PostgreSQL: COPY … FROM STDIN, in the load's transaction."""
    columns = _columns(name)
    cursor = conn.connection.dbapi_connection.cursor()
    with cursor.copy(f"COPY {name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(tuple(row[c] for c in columns))


def _insert(conn: Connection, name: str, rows: list[dict]) -> None:
    columns = _columns(name)
    conn.execute(insert(getattr(t, name)), [{c: row[c] for c in columns} for row in rows])


def _unfinished_days(conn: Connection, run_id: int) -> set[str]:
    """Days of documents stored by runs that never finished (as ingest reconciles them too)."""
    unfinished = select(t.runs.c.id).where(t.runs.c.finished_at.is_(None), t.runs.c.id != run_id)
    docs = select(t.documents.c.id).where(t.documents.c.run_id.in_(unfinished))
    return {d for d in conn.execute(select(t.claims.c.day).where(t.claims.c.document_id.in_(docs))).scalars() if d}
