"""raidlog batch at scale (a measurement, not a test): 50,000 documents on a Dask LocalCluster of
1 and of 2 worker processes, docs/s for each and the speed-up, the overheads of the design, and
an estimate of wall time and cost for 10 and 100 million documents on N workers.

    python benchmarks/batch_scale.py [--docs 50000] [--real PATH | --no-real] [--partition-size 500]
                                     [--shards 20] [--workers 1 2] [--price 0.04]

Documents: half synthetic reports (raidlog.synth: short posts and 1-3 KB articles in English,
Russian and Ukrainian, from fixed seeds), half the real reports of the development set
(``../shared/corpus/real/texts.jsonl`` beside the repository, or ``--real PATH``) repeated, each
repetition with its dates shifted by a day and its own source, so that every copy is a new
document. They are written as ``--shards`` JSON Lines shards. Only figures are printed, never
a text.

For each cluster size the script prints:

- the steady-state docs/s: from the first partition handed out to the last one finished,
  after each worker has done a warm-up partition (a worker's first partition loads the
  gazetteer and the morphology dictionaries), and the end-to-end docs/s of the command
  (planning on the driver, the cluster's run, the duplicate pass, the manifest);
- the CPU seconds per document on a worker (``time.process_time`` in the worker, unaffected by
  other load on the machine) and the CPU share: the workers' CPU time over wall time × workers
  (1.0: each worker had a core to itself the whole time; less: the machine was busy);

and once, the overheads: the scheduler's round trip per task (no-op tasks), a partition's fixed
cost (a partition of one document on a warm worker: a private ledger, six Parquet files, the
marker), the one-off load per worker process, the bytes sent per task and returned, the
driver's planning (reading and hashing the inputs) per document.

The estimate uses the measured CPU seconds per document and the per-partition and driver
costs; its assumptions are printed with it (see docs/batch.md).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import pickle
import random
import statistics
import sys
import tempfile
import time
import warnings
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
# the development set of real reports (see docs/accuracy.md), beside the repository as CI lays it
REAL_TEXTS = ROOT.parent / "shared" / "corpus" / "real" / "texts.jsonl"


def corpus_rows(n: int, real: Path | None) -> list[dict]:
    from raidlog.synth import generate

    texts = [json.loads(line) for line in real.read_text("utf-8").splitlines() if line.strip()] if real else []
    rows = []
    for k in range(n):
        if texts and k % 2:
            rep, t = divmod(k // 2, len(texts))
            text = texts[t]
            day = date.fromisoformat((text.get("published") or "2025-06-01")[:10]) + timedelta(days=rep)
            rows.append({"id": f"r{k}", "text": text["text"], "published": day.isoformat(), "lang": text.get("lang"),
                         "source": f"real-copy:{rep}"})
        else:
            s = generate(random.Random(k), lang=("en", "ru", "uk")[k % 3], size=("short", "article")[(k // 2) % 2])
            rows.append({"id": f"g{k}", "text": s.text, "published": s.published})
    return rows


def write_shards(folder: Path, rows: list[dict], shards: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    per = -(-len(rows) // shards)
    for i in range(shards):
        chunk = rows[i * per:(i + 1) * per]
        if chunk:
            (folder / f"shard-{i:03}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), "utf-8")


def _noop(x):
    return x


def cluster(workers: int):
    from dask.distributed import LocalCluster

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                            memory_limit=0, silence_logs=logging.ERROR)


def overheads(tmp: Path, warm_rows: list[dict]) -> dict:
    """Scheduler round trip, a partition's fixed cost, the one-off load per worker, task bytes."""
    from dask.distributed import Client

    from raidlog.batch.runner import plan
    from raidlog.batch.work import process

    write_shards(tmp / "one", warm_rows[:1], 1)
    write_shards(tmp / "warm", warm_rows[:40], 1)
    first, second = plan([str(tmp / "warm")], True, 20).partitions
    one = plan([str(tmp / "one")], True, 500).partitions[0]
    out: dict = {}
    with cluster(1) as c, Client(c) as client:
        t = time.perf_counter()
        client.gather([client.submit(_noop, k, pure=False) for k in range(200)])
        out["task_round_trip_ms"] = (time.perf_counter() - t) / 200 * 1000
        cold = client.submit(process, first.to_dict(), str(tmp / "o"), True, pure=False).result()
        warm = client.submit(process, second.to_dict(), str(tmp / "o"), True, pure=False).result()
        out["first_partition_s"], out["second_partition_s"] = cold["cpu_seconds"], warm["cpu_seconds"]
        fixed = [client.submit(process, one.to_dict(), str(tmp / f"o{k}"), True, pure=False).result()
                 for k in range(5)]
        out["partition_fixed_s"] = statistics.median(r["seconds"] for r in fixed)
        out["partition_fixed_cpu"] = statistics.median(r["cpu_seconds"] for r in fixed)
        out["task_bytes"] = len(pickle.dumps((process, first.to_dict(), str(tmp / "o"), True)))
        out["result_bytes"] = len(pickle.dumps(warm))
    return out


def measure(workers: int, corpus: Path, warm: Path, tmp: Path, size: int) -> dict:
    from raidlog.batch import Events, run

    with cluster(workers) as c:
        # each worker's first partition: the loads of the gazetteer and dictionaries, not counted
        run([str(warm)], str(tmp / f"warm-{workers}"), scheduler=c.scheduler_address, partition_size=20)
        times: dict[str, float] = {}
        parts: list[dict] = []

        def done(r: dict) -> None:
            times["end"] = time.perf_counter()
            parts.append(r)

        load = os.getloadavg()[0]
        t0 = time.perf_counter()
        outcome = run([str(corpus)], str(tmp / f"out-{workers}"), scheduler=c.scheduler_address,
                      partition_size=size,
                      events=Events(started=lambda total, before, dash: times.setdefault("start", time.perf_counter()),
                                    done=done))
        end_to_end = time.perf_counter() - t0
    docs = outcome.manifest["counts"]["read"]
    wall = times["end"] - times["start"]
    cpu = sum(r["cpu_seconds"] for r in parts)
    busy = sum(r["seconds"] for r in parts)
    return {"workers": workers, "docs": docs, "partitions": len(parts), "wall": wall, "docs_per_s": docs / wall,
            "end_to_end": end_to_end, "end_to_end_docs_per_s": docs / end_to_end, "cpu_per_doc": cpu / docs,
            "cpu_share": cpu / (wall * workers), "busy": busy / (wall * workers), "cpu_in_busy": cpu / busy,
            "load_before": load, "load_after": os.getloadavg()[0],
            "workers_used": len({r["worker_pid"] for r in parts}), "stored": outcome.manifest["counts"]["stored"]}


def estimate(per_doc: float, fixed: float, size: int, plan_per_doc: float, price: float) -> None:
    per_part = per_doc + fixed / size
    print(f"\nestimate: {per_doc * 1000:.2f} ms CPU per document on a worker + {fixed * 1000:.0f} ms per partition "
          f"of {size} = {per_part * 1000:.2f} ms per document; driver planning {plan_per_doc * 1e6:.0f} µs per "
          f"document (serial, before the workers start)")
    print("assumptions: one core per worker process; workers scale linearly (partitions share nothing); "
          "documents like this mix; inputs read as fast as they are extracted; "
          f"${price:.2f} per vCPU-hour; wall = driver planning + documents × cost / workers")
    print(f"  {'documents':>12} {'core-hours':>10} {'cost':>8}  " + "  ".join(f"{n:>12}" for n in (16, 64, 256, 1024)))
    for total in (10_000_000, 100_000_000):
        core_h = total * per_part / 3600
        cells = []
        for n in (16, 64, 256, 1024):
            hours = (total * plan_per_doc + total * per_part / n) / 3600
            cells.append(f"{hours:>10.2f} h" if hours >= 1 else f"{hours * 60:>10.1f} m")
        print(f"  {total:>12,} {core_h:>10,.0f} {'$' + format(core_h * price, ',.0f'):>8}  " + "  ".join(
            f"{c:>12}" for c in cells))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=50_000)
    ap.add_argument("--real", type=Path, default=REAL_TEXTS, help="JSON Lines of real reports (half the documents)")
    ap.add_argument("--no-real", dest="real", action="store_const", const=None)
    ap.add_argument("--partition-size", type=int, default=500)
    ap.add_argument("--shards", type=int, default=20)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--price", type=float, default=0.04, help="dollars per vCPU-hour for the estimate")
    args = ap.parse_args()
    if args.real is not None and not args.real.exists():
        print(f"real reports: {args.real} not found (it lies in ../shared beside the repository); synthetic only")
        args.real = None
    from raidlog.batch.runner import plan

    with tempfile.TemporaryDirectory(prefix="raidlog-scale-") as name:
        tmp = Path(name)
        rows = corpus_rows(args.docs, args.real)
        write_shards(tmp / "corpus", rows, args.shards)
        synthetic = corpus_rows(200, None)
        write_shards(tmp / "warm", synthetic[:80], 2)
        chars = sum(len(r["text"]) for r in rows) / len(rows)
        print(f"{len(rows):,} documents ({'half real texts repeated, half ' if args.real else ''}synthetic; "
              f"mean {chars:,.0f} characters) in {args.shards} JSON Lines shards, partitions of "
              f"{args.partition_size}; {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
        del rows
        t, c = time.perf_counter(), time.process_time()
        p = plan([str(tmp / "corpus")], True, args.partition_size)
        plan_s, plan_cpu = time.perf_counter() - t, time.process_time() - c
        print(f"driver planning (read, hash and count the inputs): {plan_cpu:.2f} s CPU ({plan_s:.2f} s wall) = "
              f"{plan_cpu / args.docs * 1e6:.0f} µs per document; {len(p.partitions)} partitions")
        o = overheads(tmp / "over", synthetic)
        print(f"scheduler round trip per task: {o['task_round_trip_ms']:.1f} ms wall; a partition's fixed cost (one "
              f"document, warm worker): {o['partition_fixed_cpu'] * 1000:.0f} ms CPU ({o['partition_fixed_s'] * 1000:.0f}"
              f" ms wall); a worker's first partition of 20 documents {o['first_partition_s']:.2f} s CPU, its second "
              f"{o['second_partition_s']:.2f} s (the one-off load: {o['first_partition_s'] - o['second_partition_s']:.2f}"
              f" s CPU per worker process, not per partition); "
              f"bytes per task {o['task_bytes']:,} sent, {o['result_bytes']:,} returned")
        results = []
        for w in args.workers:
            r = measure(w, tmp / "corpus", tmp / "warm", tmp, args.partition_size)
            results.append(r)
            print(f"{w} worker(s): {r['docs']:,} docs in {r['wall']:.1f} s = {r['docs_per_s']:.1f} docs/s "
                  f"(end to end {r['end_to_end']:.1f} s = {r['end_to_end_docs_per_s']:.1f} docs/s); "
                  f"{r['cpu_per_doc'] * 1000:.2f} ms CPU per document; workers busy {r['busy']:.0%} of the "
                  f"time, with the CPU {r['cpu_in_busy']:.0%} of it; "
                  f"{r['partitions']} partitions on {r['workers_used']} worker(s); load average "
                  f"{r['load_before']:.1f} → {r['load_after']:.1f}")
    if len(results) >= 2:
        a, b = results[0], results[-1]
        ratio = b["docs_per_s"] / a["docs_per_s"]
        target = " (target ≥ 1.7×: PASS)" if ratio >= 1.7 else " (target ≥ 1.7×: FAIL)"
        idle = (b["workers"] * b["busy"] / a["workers"] / a["busy"]) * (a["cpu_per_doc"] / b["cpu_per_doc"])
        print(f"speed-up {b['workers']} vs {a['workers']} workers: {ratio:.2f}×{target if b['workers'] == 2 else ''}")
        print(f"  projected with a core per worker (workers × time busy, × the ratio of CPU per document): "
              f"{idle:.2f}×")
        if b["cpu_in_busy"] < 0.9:
            print(f"  while busy the {b['workers']} workers had the CPU {b['cpu_in_busy']:.0%} of the time: the "
                  "machine was shared with other work, so the measured speed-up is that of the cores they got")
    per_doc = statistics.median(r["cpu_per_doc"] for r in results)
    estimate(per_doc, o["partition_fixed_cpu"], args.partition_size, plan_cpu / args.docs, args.price)


if __name__ == "__main__":
    main()
