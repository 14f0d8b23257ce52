"""raidlog batch throughput (a measurement, not a test): the same documents on a Dask
LocalCluster of 1 and of 2 worker processes, docs/s for each and the speed-up, and an estimate
of wall time for 10 and 100 million documents on N workers.

    python benchmarks/batch_speed.py [--docs 6000] [--real dev-texts.jsonl] [--partition-size 250]

Documents: synthetic reports (raidlog.synth: short posts and 1-3 KB articles in English,
Russian and Ukrainian), plus, with ``--real``, the texts of a JSON Lines file (id, text,
published, lang) repeated with their dates shifted, so that they are new documents each time.
Each cluster is warmed up first (a worker's first partition loads the gazetteer and the
morphology dictionaries); the timed run is from the first submitted partition to the last
finished one, so it measures the steady state that a long back-fill sees.
"""

from __future__ import annotations

import argparse
import json
import logging
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def write_corpus(folder: Path, n: int, real: Path | None, shards: int = 8) -> int:
    from raidlog.synth import generate

    rows = []
    texts = [json.loads(line) for line in real.read_text("utf-8").splitlines() if line.strip()] if real else []
    for k in range(n):
        if texts and k % 2:
            t = texts[(k // 2) % len(texts)]
            day = date.fromisoformat(t.get("published") or "2025-06-01") + timedelta(days=k // (2 * len(texts)))
            rows.append({"id": f"r{k}", "text": t["text"], "published": day.isoformat(), "lang": t.get("lang"),
                         "source": f"real:{k // (2 * len(texts))}"})
        else:
            s = generate(random.Random(k), lang=("en", "ru", "uk")[k % 3], size=("short", "article")[k % 2])
            rows.append({"id": f"g{k}", "text": s.text, "published": s.published})
    per = -(-len(rows) // shards)
    for i in range(shards):
        chunk = rows[i * per:(i + 1) * per]
        (folder / f"shard-{i:02}.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in chunk), "utf-8")
    return len(rows)


def measure(workers: int, corpus: Path, warm: Path, size: int) -> dict:
    from dask.distributed import LocalCluster

    from raidlog.batch import Events, run

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      memory_limit=0, silence_logs=logging.ERROR) as cluster, \
            tempfile.TemporaryDirectory() as tmp:
        run([str(warm)], f"{tmp}/warm", scheduler=cluster.scheduler_address, partition_size=25)
        times: dict[str, float] = {}
        cpu = []
        events = Events(started=lambda total, before, dashboard: times.setdefault("start", time.perf_counter()),
                        done=lambda r: (times.__setitem__("end", time.perf_counter()), cpu.append(r["seconds"])))
        outcome = run([str(corpus)], f"{tmp}/out", scheduler=cluster.scheduler_address, partition_size=size,
                      events=events)
    docs = outcome.manifest["counts"]["read"]
    wall = times["end"] - times["start"]
    return {"workers": workers, "docs": docs, "wall": wall, "docs_per_s": docs / wall,
            "seconds_per_doc_per_worker": sum(cpu) / docs}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=6000)
    ap.add_argument("--real", type=Path, help="JSON Lines of real texts to mix in (half the documents)")
    ap.add_argument("--partition-size", type=int, default=250)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, warm = Path(tmp, "corpus"), Path(tmp, "warm")
        corpus.mkdir()
        warm.mkdir()
        n = write_corpus(corpus, args.docs, args.real)
        write_corpus(warm, 100, None, shards=2)
        print(f"{n} documents ({'half real, half ' if args.real else ''}synthetic), partitions of "
              f"{args.partition_size}")
        results = [measure(w, corpus, warm, args.partition_size) for w in (1, 2)]
    for r in results:
        print(f"{r['workers']} worker(s): {r['docs']} docs in {r['wall']:.1f} s = {r['docs_per_s']:.1f} docs/s "
              f"({r['seconds_per_doc_per_worker'] * 1000:.1f} ms per document on a worker)")
    print(f"speed-up 2 vs 1 workers: {results[1]['docs_per_s'] / results[0]['docs_per_s']:.2f}x")
    per_doc = results[0]["seconds_per_doc_per_worker"]
    print(f"estimate at {per_doc * 1000:.1f} ms per document per worker (one core each, linear scaling, "
          "inputs read from storage as fast as they are extracted):")
    for total in (10_000_000, 100_000_000):
        cells = []
        for workers in (16, 64, 256):
            hours = total * per_doc / workers / 3600
            cells.append(f"{workers} workers {hours:.1f} h ({total * per_doc / 3600:,.0f} core-hours)")
        print(f"  {total:>11,} documents: " + "; ".join(cells))


if __name__ == "__main__":
    main()
