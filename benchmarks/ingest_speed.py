"""Ledger figures (a measurement, not a test): ingest speed and memory into
SQLite and PostgreSQL, and query latency on a store of a million claims.

    python benchmarks/ingest_speed.py [--docs 20000] [--claims 1000000] [--skip-postgres]

Targets: ingest >= 200 docs/s into SQLite in one process, RSS flat during
ingest (no growth with corpus size); `claims --region … --since …` and
`stats --by day` <= 200 ms at 1M claims.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    """Current resident memory (from /proc), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_corpus(path: Path, n: int) -> None:
    from raidlog.synth import generate

    langs = ["en", "ru", "uk"]
    with path.open("w", encoding="utf-8") as fh:
        for k in range(n):
            lang = langs[k % 3]
            try:
                s = generate(random.Random(k), lang=lang, size="short")
            except (TypeError, ValueError):  # a generator without that language
                s = generate(random.Random(k), size="short")
            fh.write(json.dumps({"id": str(k), "text": s.text, "published": s.published}, ensure_ascii=False) + "\n")


def bench_ingest(url: str, corpus: Path, n: int, label: str) -> None:
    from raidlog.store import Ledger
    from raidlog.store.intake import ingest

    ledger = Ledger(url)
    samples: list[tuple[int, float]] = []
    count = 0
    start = time.perf_counter()

    def on_item(name: str, status: str) -> None:
        nonlocal count
        count += 1
        if count % max(1, n // 8) == 0:
            samples.append((count, rss_mb()))

    summary = ingest(ledger, [str(corpus)], on_item=on_item)
    elapsed = time.perf_counter() - start
    rate = summary.ingested / elapsed
    growth = samples[-1][1] - samples[0][1] if len(samples) > 1 else 0.0
    target = " target >= 200 docs/s  " + ("PASS" if rate >= 200 else "FAIL") if label == "SQLite" else ""
    print(f"ingest into {label}: {summary.ingested} documents in {elapsed:.1f} s = {rate:.0f} docs/s{target}")
    print("  RSS during ingest (documents → MB): " + ", ".join(f"{c}→{m:.0f}" for c, m in samples))
    print(f"  RSS growth from the first to the last sample: {growth:+.1f} MB  "
          f"(flat: within 25 MB  {'PASS' if abs(growth) <= 25 else 'FAIL'})")
    ledger.engine.dispose()


def fill_million(url: str, n_claims: int) -> None:
    """A store of ``n_claims`` claims written directly (not extracted), for query latency."""
    from sqlalchemy import insert

    from raidlog.store import Ledger
    from raidlog.store import schema as t

    ledger = Ledger(url)
    regions = ["RU-BEL", "RU-KRS", "RU-BRY", "RU-ROS", "RU-VOR", "RU-ORL", "RU-KLU", "RU-TUL", "RU-MOS", "RU-SMO",
               "RU-LIP", "RU-TAM", "RU-KDA", "UA-43", "RU-TVE", "RU-RYA", "RU-PSK", "RU-NGR", "RU-LEN", "RU-VGG"]
    claimants = ["Russian Ministry of Defence", "Ukrainian Air Force", "Governor of Belgorod Oblast",
                 "Ukrainian military command"]
    rng = random.Random(1)
    day0 = date(2023, 1, 1)
    docs_per_batch, claims_per_doc = 2000, 5
    with ledger.engine.begin() as conn:
        run = conn.execute(insert(t.runs).values(kind="bench", started_at="2025-01-01", raidlog_version="bench",
                                                 gazetteer_version="bench")).inserted_primary_key[0]
        conn.execute(insert(t.places), [{"id": f"iso:{r}", "name": r, "kind": "admin1", "iso": r,
                                         "country": r[:2]} for r in regions])
    made, doc_id, claim_id = 0, 0, 0
    while made < n_claims:
        docs, claims, items, places = [], [], [], []
        for _ in range(docs_per_batch):
            doc_id += 1
            day = (day0 + timedelta(days=rng.randrange(1000))).isoformat()
            docs.append({"id": doc_id, "doc_hash": f"sha256:{doc_id:064x}", "source": "bench", "external_id": str(doc_id),
                         "name": f"bench#{doc_id}", "published": day, "lang": "en", "text": f"bench {doc_id}",
                         "version": 1, "is_current": True, "ingested_at": "2025-01-01", "run_id": run})
            for _ in range(claims_per_doc):
                claim_id += 1
                total = rng.randrange(1, 60)
                claims.append({"id": claim_id, "document_id": doc_id, "run_id": run, "ref": f"c{claim_id}",
                               "claimant_name": rng.choice(claimants), "claimant_kind": "ministry", "side": "RU",
                               "weapon": "drone", "action": "destroyed", "destroyed": total, "hedged": False,
                               "scope": "report", "day": day, "data": json.dumps({"breakdown": [], "evidence": []})})
                for pos, region in enumerate(rng.sample(regions, 2)):
                    items.append({"claim_id": claim_id, "position": pos, "count": total // 2, "data": "{}"})
                    places.append({"claim_id": claim_id, "item_position": pos, "place_id": f"iso:{region}",
                                   "position": 0, "iso": region, "day": day, "count": total // 2, "each": None,
                                   "subset": False})
        with ledger.engine.begin() as conn:
            conn.execute(insert(t.documents), docs)
            conn.execute(insert(t.claims), claims)
            conn.execute(insert(t.breakdown_items), items)
            conn.execute(insert(t.item_places), places)
        made += len(claims)
    from raidlog.store.summary import rebuild_daily_stats

    t0 = time.perf_counter()
    with ledger.engine.begin() as conn:
        rebuild_daily_stats(conn, None)  # what reconciliation keeps up to date during ingest
        conn.exec_driver_sql("ANALYZE")
    print(f"  the per-day summary for all {n_claims:,} claims rebuilt in {time.perf_counter() - t0:.1f} s")
    ledger.engine.dispose()


def bench_queries(url: str, label: str, repeat: int = 20) -> None:
    from raidlog.store import Ledger
    from raidlog.store import queries as q

    ledger = Ledger(url)
    with ledger.engine.connect() as conn:
        n = conn.exec_driver_sql("SELECT count(*) FROM claims").scalar()
        for name, call in (
            ("claims --region RU-BEL --since 2025-06-01",
             lambda: q.claims(conn, q.ClaimFilter(region="RU-BEL", since="2025-06-01"))),
            ("stats --by day", lambda: q.stats(conn, "day")),
        ):
            call()  # warm
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                call()
                times.append((time.perf_counter() - t0) * 1000)
            p50 = statistics.median(times)
            p95 = sorted(times)[int(len(times) * 0.95) - 1]
            verdict = "PASS" if p95 <= 200 else "FAIL"
            print(f"{label} {n:,} claims · {name}: p50 {p50:.0f} ms, p95 {p95:.0f} ms  target <= 200 ms  {verdict}")
    ledger.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--skip-postgres", action="store_true")
    args = parser.parse_args()
    import raidlog

    print(f"raidlog {raidlog.__version__} · Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="raidlog-bench-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.docs)
        print(f"corpus: {args.docs} generated reports (en/ru/uk), {corpus.stat().st_size / 1e6:.1f} MB")
        bench_ingest(str(Path(tmp) / "ingest.db"), corpus, args.docs, "SQLite")
        server = None
        if not args.skip_postgres:
            from tests.postgres import Server

            server = Server()
            server.start()
            bench_ingest(server.create_database("ingest"), corpus, args.docs, "PostgreSQL")
        big = str(Path(tmp) / "million.db")
        t0 = time.perf_counter()
        fill_million(big, args.claims)
        print(f"filled a SQLite store with {args.claims:,} claims in {time.perf_counter() - t0:.0f} s")
        bench_queries(big, "SQLite")
        if server:
            url = server.create_database("million")
            fill_million(url, args.claims)
            bench_queries(url, "PostgreSQL")
            server.stop()


if __name__ == "__main__":
    main()
