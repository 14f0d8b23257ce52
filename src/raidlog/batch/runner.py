"""Running a batch: plan the partitions, do the unfinished ones on Dask (or in this process),
write the manifest, and optionally load the results into a ledger."""

from __future__ import annotations

import json
import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import raidlog
from raidlog.batch.inputs import Partition, Unit, expand, partitions
from raidlog.batch.work import TABLES, marker, process
from raidlog.ingest.incoming import Rejected

FORMAT = 2  # the layout of --out; a new one re-does every partition (2: markers list document ids)
DEFAULT_PARTITION = 500
COUNTS = ("read", "stored", "prefiltered", "duplicates", "nothing_extracted", "failed", "claims",
          "breakdown_items", "incidents", "findings", "failures")


class BatchError(Exception):
    """A batch that cannot start (no inputs, no Dask, a scheduler that does not answer)."""


@dataclass
class Plan:
    units: list[Unit]
    rejected: list[Rejected]
    partitions: list[Partition]
    salt: str


@dataclass
class Events:
    """What a caller follows: ``started(total_documents, finished_before, dashboard_link)``
    (documents of partitions an earlier run finished), then ``done(result)`` for each partition
    this run finishes (``result["read"]``: documents read; ``result["estimate"]``: what the plan
    counted for it, one for each file that is not a table)."""

    started: Callable[[int, int, str | None], None] = lambda total, before, dashboard: None
    done: Callable[[dict[str, Any]], None] = lambda result: None
    client: Callable[[Any], None] = lambda client: None  # the Dask client, once connected (tests)


@dataclass
class Outcome:
    manifest: dict[str, Any]
    load: dict[str, Any] | None = None
    failures: list[tuple[str, str]] = field(default_factory=list)


def versions() -> tuple[str, str]:
    from raidlog.geo import Gazetteer

    return raidlog.__version__, Gazetteer.default().version


def plan(inputs: list[str], prefilter: bool = True, size: int = DEFAULT_PARTITION) -> Plan:
    units: list[Unit] = []
    rejected: list[Rejected] = []
    for u in expand(inputs, size):
        (rejected if isinstance(u, Rejected) else units).append(u)
    salt = json.dumps([FORMAT, *versions(), bool(prefilter)])
    return Plan(units, rejected, partitions(units, size, salt), salt)


def run(inputs: list[str], out: str, *, workers: int = 2, scheduler: str | None = None, db: str | None = None,
        prefilter: bool = True, partition_size: int = DEFAULT_PARTITION, events: Events | None = None) -> Outcome:
    """Extract every document of ``inputs`` into ``out`` (see :mod:`raidlog.batch`). ``workers``:
    a LocalCluster of that many worker processes; 0 runs in this process without Dask;
    ``scheduler``: the address of a running dask.distributed scheduler instead."""
    events = events or Events()
    if not inputs:
        raise BatchError("no inputs")
    if partition_size < 1:
        raise BatchError("--partition-size must be at least 1")
    started_at = datetime.now(UTC).isoformat(timespec="seconds")
    started = time.perf_counter()
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    p = plan(inputs, prefilter, partition_size)
    results: dict[str, dict[str, Any]] = {}
    failed_parts: dict[str, str] = {}
    todo: list[Partition] = []
    for part in p.partitions:
        m = marker(out_dir, part.key)
        if m.exists():
            results[part.key] = {**json.loads(m.read_text()), "skipped": True}
        else:
            todo.append(part)
    total = sum(part.documents for part in todo) + sum(r["read"] for r in results.values())
    before = sum(r["read"] for r in results.values())
    dashboard = None
    if workers == 0 and scheduler is None:
        events.started(total, before, None)
        for part in todo:
            try:
                results[part.key] = process(part.to_dict(), str(out_dir), prefilter)
            except Exception as exc:  # noqa: BLE001 - a partition's failure is recorded, the rest go on
                failed_parts[part.key] = f"partition failed ({type(exc).__name__}: {exc})"
                continue
            events.done({**results[part.key], "estimate": part.documents})
    else:
        dashboard = _on_dask(todo, results, failed_parts, str(out_dir), workers, scheduler, prefilter,
                             (total, before), events)
    _one_copy(out_dir, p.partitions, results, prefilter)
    _clean(out_dir, {part.key for part in p.partitions})
    manifest = _manifest(p, results, failed_parts, started_at, time.perf_counter() - started, workers, scheduler,
                         prefilter, dashboard)
    (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    outcome = Outcome(manifest, failures=[(r.name, r.reason) for r in p.rejected]
                      + [(part.describe(), failed_parts[part.key]) for part in p.partitions if part.key in failed_parts])
    if db:
        from raidlog.batch.load import load

        if failed_parts:
            raise BatchError(f"{len(failed_parts)} partition(s) failed: not loading an incomplete batch into "
                             "the ledger (run the same command again to retry them)")
        outcome.load = load(out_dir, [part.key for part in p.partitions], db, p.rejected)
        manifest["load"] = outcome.load
        (out_dir / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    return outcome


def _on_dask(todo: list[Partition], results: dict, failed_parts: dict, out: str, workers: int,
             scheduler: str | None, prefilter: bool, totals: tuple[int, int], events: Events) -> str | None:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise BatchError("raidlog batch needs Dask: pip install 'raidlog[batch]' "
                         "(or run in this process with --workers 0)") from None
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="20s")
        else:
            if workers < 1:
                raise BatchError("--workers must be at least 1 (0: in this process, without Dask)")
            with warnings.catch_warnings():  # "port 8787 is already in use": another port is taken
                warnings.simplefilter("ignore")
                # the dashboard on this machine only (Dask's default listens on every interface); the
                # workers' own logs only when critical: a partition's error comes back with its task,
                # and a worker's heartbeat racing the cluster's shutdown printed a traceback
                cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                       dashboard_address="127.0.0.1:8787" if _has_bokeh() else None,
                                       silence_logs=logging.CRITICAL, memory_limit=0)
            client = Client(cluster)
    except BatchError:
        raise
    except Exception as exc:  # noqa: BLE001 - a scheduler that does not answer, a port in use
        raise BatchError(f"cannot start Dask ({type(exc).__name__}: {exc})") from None
    try:
        dashboard = _dashboard(client) if _has_bokeh() or scheduler else None
        events.client(client)
        events.started(*totals, dashboard)
        by_key = {}
        for part in todo:
            fut = client.submit(process, part.to_dict(), out, prefilter, key=f"raidlog-batch-{part.key}",
                                pure=False, retries=1)
            by_key[fut.key] = (fut, part)
        for fut in as_completed([f for f, _ in by_key.values()]):
            part = by_key[fut.key][1]
            try:
                results[part.key] = fut.result()
            except Exception as exc:  # noqa: BLE001 - a partition that kills its workers, a bug
                failed_parts[part.key] = f"partition failed ({type(exc).__name__}: {exc})"
                continue
            events.done({**results[part.key], "estimate": part.documents})
        return dashboard
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _one_copy(out: Path, parts: list[Partition], results: dict[str, dict], prefilter: bool) -> None:
    """Remove the copies of documents that an earlier partition holds (:mod:`raidlog.batch.dedupe`);
    a partition that holds fewer removals than were made is done again, here."""
    from raidlog.batch.dedupe import apply, duplicates, id_array

    ids = {key: id_array(r) for key, r in results.items()}
    order = [part.key for part in parts]
    for _ in range(2):  # a partition done again holds no removals: the second pass removes, never redoes
        drops = duplicates(order, ids)
        redo = []
        for part in parts:
            r = results.get(part.key)
            if r is None or (part.key not in drops and not r.get("dropped")):
                continue
            new = apply(out, part.key, drops.get(part.key, set()), r)
            if new is None:
                redo.append(part)
            else:
                results[part.key] = {**new, "skipped": r.get("skipped", False)}
        if not redo:
            return
        for part in redo:
            marker(out, part.key).unlink(missing_ok=True)
            results[part.key] = process(part.to_dict(), str(out), prefilter)
            ids[part.key] = id_array(results[part.key])
    raise BatchError("removing the copies of repeated documents did not settle")  # (cannot happen)


def _dashboard(client) -> str | None:
    """The link of the scheduler's dashboard; None when it has none (``dask scheduler --no-dashboard``)."""
    try:
        return client.dashboard_link
    except Exception:  # noqa: BLE001 - KeyError: no dashboard service; a scheduler gone meanwhile
        return None


def _has_bokeh() -> bool:
    """The dashboard of a local cluster needs bokeh (the extra ``batch`` brings it: dask[diagnostics])."""
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True


def _clean(out: Path, keys: set[str]) -> None:
    """Remove what earlier batches into ``out`` left that is not part of this one."""
    for folder in [*TABLES, "_ledger", "_partitions"]:
        for path in (out / folder).glob("*") if (out / folder).is_dir() else ():
            name = path.name.lstrip(".")
            key = name.removeprefix("part-").split(".")[0]
            if key not in keys or name != path.name:
                path.unlink(missing_ok=True)


def _manifest(p: Plan, results: dict, failed_parts: dict, started_at: str, seconds: float, workers: int,
              scheduler: str | None, prefilter: bool, dashboard: str | None) -> dict[str, Any]:
    raidlog_version, gazetteer_version = versions()
    counts = dict.fromkeys(COUNTS, 0)
    for r in results.values():
        for k in COUNTS:
            counts[k] += r.get(k, 0)
    counts["failures"] += len(p.rejected) + len(failed_parts)
    done_now = [r for r in results.values() if not r.get("skipped")]
    read_now = sum(r["read"] for r in done_now)
    return {
        "raidlog_version": raidlog_version, "gazetteer_version": gazetteer_version, "format": FORMAT,
        "started": started_at, "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 2), "workers": None if scheduler else workers, "scheduler": scheduler,
        "dashboard": dashboard, "prefilter": prefilter,
        "inputs": [{"name": u.name, "path": u.path, "kind": u.kind, "content_hash": u.content_hash,
                    "documents": u.documents} for u in p.units],
        "partitions": {"total": len(p.partitions), "done_now": len(done_now),
                       "done_before": sum(1 for r in results.values() if r.get("skipped")),
                       "failed": len(failed_parts)},
        "counts": counts,
        "docs_per_second": round(read_now / seconds, 1) if seconds > 0 and read_now else None,
        "failures": [{"name": r.name, "reason": r.reason} for r in p.rejected]
                    + [{"name": part.describe(), "reason": failed_parts[part.key]}
                       for part in p.partitions if part.key in failed_parts],
        "tables": {name: f"{name}/" for name in TABLES},
    }
