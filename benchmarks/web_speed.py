"""How fast the web pages answer on a large ledger (not a test).

Fills a SQLite ledger with synthetic claims — by default 1,000,000 over 90 days,
30 regions and 9 claimants, a document per 10 claims, two breakdown places per
claim, a finding per 100 — with SQLAlchemy bulk inserts straight into the
store's tables, then times the overview and the claims table in process
(FastAPI's TestClient: the handler, the queries and the template, no network)
over 50 requests each, and prints p50/p95. The target is 500 ms.

    .venv/bin/python benchmarks/web_speed.py                 # 1,000,000 claims
    .venv/bin/python benchmarks/web_speed.py --claims 100000 --requests 20
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from raidlog.store import Ledger  # noqa: E402
from raidlog.store import schema as t  # noqa: E402

REGIONS = [
    ("RU-BEL", "Belgorod Oblast", 50.67, 37.16), ("RU-KRS", "Kursk Oblast", 51.67, 36.13),
    ("RU-BRY", "Bryansk Oblast", 52.83, 33.42), ("RU-ORL", "Oryol Oblast", 52.83, 36.5),
    ("RU-VOR", "Voronezh Oblast", 50.92, 40.08), ("RU-LIP", "Lipetsk Oblast", 52.58, 39.33),
    ("RU-TAM", "Tambov Oblast", 52.75, 41.67), ("RU-KLU", "Kaluga Oblast", 54.42, 35.5),
    ("RU-TUL", "Tula Oblast", 53.92, 37.58), ("RU-MOS", "Moscow Oblast", 55.75, 37.33),
    ("RU-SMO", "Smolensk Oblast", 54.92, 32.92), ("RU-TVE", "Tver Oblast", 57.0, 34.92),
    ("RU-RYA", "Ryazan Oblast", 54.42, 40.58), ("RU-ROS", "Rostov Oblast", 47.75, 41.17),
    ("RU-KDA", "Krasnodar Krai", 45.33, 39.25), ("RU-VGG", "Volgograd Oblast", 49.5, 44.5),
    ("RU-AST", "Astrakhan Oblast", 47.25, 47.25), ("RU-SAR", "Saratov Oblast", 51.5, 46.5),
    ("RU-PNZ", "Penza Oblast", 53.17, 44.5), ("RU-NIZ", "Nizhny Novgorod Oblast", 56.5, 44.5),
    ("RU-YAR", "Yaroslavl Oblast", 57.75, 39.0), ("RU-LEN", "Leningrad Oblast", 60.0, 32.0),
    ("RU-PSK", "Pskov Oblast", 57.33, 29.0), ("RU-NGR", "Novgorod Oblast", 58.5, 32.5),
    ("UA-43", "Crimea", 45.0, 34.0), ("RU-TA", "Tatarstan", 55.5, 50.5),
    ("RU-BA", "Bashkortostan", 54.5, 56.0), ("RU-SAM", "Samara Oblast", 53.25, 50.25),
    ("RU-ULY", "Ulyanovsk Oblast", 54.0, 47.75), ("RU-IVA", "Ivanovo Oblast", 57.0, 41.5),
]
SEAS = [("sea:black-sea", "Black Sea", 43.5, 34.0), ("sea:sea-of-azov", "Sea of Azov", 46.0, 36.5)]
CLAIMANTS = [
    ("Russian Ministry of Defence", "ministry", "RU", 0.55), ("Ukrainian Air Force", "air_force", "UA", 0.2),
    ("Governor of Belgorod Oblast", "governor", "RU", 0.05), ("Governor of Kursk Oblast", "governor", "RU", 0.04),
    ("Governor of Bryansk Oblast", "governor", "RU", 0.04), ("Governor of Voronezh Oblast", "governor", "RU", 0.03),
    ("Governor of Rostov Oblast", "governor", "RU", 0.03), ("Head of Kharkiv Oblast", "governor", "UA", 0.03),
    ("Head of Odesa Oblast", "governor", "UA", 0.03),
]
CHUNK = 50_000


def place_dict(pid: str, name: str, kind: str, iso: str | None, lat: float, lon: float) -> dict:
    return {"id": pid, "name": name, "kind": kind, "iso": iso, "country": (iso or "")[:2] or None, "lat": lat,
            "lon": lon, "geonames_id": None, "as_written": name, "region": name if iso else None, "population": None}


def fill(db: str, n_claims: int, days: int = 90, seed: int = 7) -> None:
    rnd = random.Random(seed)
    ledger = Ledger(db)
    run = ledger.start_run("ingest")
    places = [place_dict(f"iso:{iso}", name, "admin1", iso, lat, lon) for iso, name, lat, lon in REGIONS]
    places += [place_dict(pid, name, "sea", None, lat, lon) for pid, name, lat, lon in SEAS]
    start = date(2025, 9, 1)
    weights = [c[3] for c in CLAIMANTS]
    item_cols = set(t.item_places.c.keys())
    with ledger.engine.begin() as conn:
        conn.execute(insert(t.places), [{k: p[k] for k in ("id", "name", "kind", "iso", "country", "lat", "lon",
                                                           "geonames_id", "region")} for p in places])
    n_docs = max(1, n_claims // 10)
    claim_id = 0
    finding_id = 0
    t0 = time.perf_counter()
    for first_doc in range(1, n_docs + 1, CHUNK // 10):
        docs, claims, items, findings = [], [], [], []
        for doc_id in range(first_doc, min(first_doc + CHUNK // 10, n_docs + 1)):
            day = (start + timedelta(days=doc_id * days // (n_docs + 1))).isoformat()
            claimant, kind, side, _ = rnd.choices(CLAIMANTS, weights)[0]
            docs.append({"id": doc_id, "doc_hash": f"sha256:{doc_id:064x}", "source": f"bench:{kind}",
                         "external_id": str(doc_id), "name": f"bench/{doc_id}", "url": None, "title": None,
                         "published": day, "fetched_at": None, "edited": None, "lang": "en",
                         "text": f"{claimant}: drones destroyed on {day} (synthetic document {doc_id}).",
                         "version": 1, "previous_id": None, "is_current": True, "ingested_at": day, "run_id": run})
            for _ in range(n_claims // n_docs):
                claim_id += 1
                picked = rnd.sample(places, 2)
                counts = [rnd.randint(1, 15), rnd.randint(1, 15)]
                total = sum(counts)
                launched = total + rnd.randint(0, 20) if side == "UA" else None
                breakdown = [{"places": [p], "count": n, "each": None, "evidence": [], "subset_of": None,
                              "note": None} for p, n in zip(picked, counts, strict=True)]
                data = {"id": f"b-{claim_id}", "document": f"sha256:{doc_id:064x}",
                        "claimant": {"name": claimant, "kind": kind, "side": side, "person": None, "role": None,
                                     "as_written": claimant, "region": None, "id": "p1"},
                        "weapon": "drone", "action": "destroyed", "destroyed": total, "launched": launched,
                        "window": None, "breakdown": breakdown, "weapons": [], "hedged": False, "scope": "report",
                        "evidence": [], "launch_sites": [], "lost": None}
                claims.append({"id": claim_id, "document_id": doc_id, "run_id": run, "ref": f"b-{claim_id}",
                               "claimant_name": claimant, "claimant_kind": kind, "side": side, "person": None,
                               "claimant_region": None, "weapon": "drone", "action": "destroyed",
                               "destroyed": total, "launched": launched, "lost": None, "window_start": None,
                               "window_end": None, "window_start_utc": None, "window_end_utc": None,
                               "timezone": None, "timezone_assumed": None, "hedged": False, "scope": "report",
                               "day": day, "group_id": None, "data": json.dumps(data)})
                for k, (p, n) in enumerate(zip(picked, counts, strict=True)):
                    row = {"claim_id": claim_id, "item_position": k, "item_id": None, "place_id": p["id"],
                           "position": 0, "iso": p["iso"], "day": day, "count": n, "each": None, "subset": False}
                    items.append({c: row[c] for c in item_cols})
                if claim_id % 100 == 0:
                    finding_id += 1
                    findings.append({"id": finding_id, "scope": "document", "document_id": doc_id,
                                     "claim_id": claim_id, "group_id": None, "day": day,
                                     "code": "window-timezone-assumed", "severity": "info",
                                     "message": "No time zone in the text; the claimant's is assumed.",
                                     "suggestion": None, "data": json.dumps({"evidence": []})})
        with ledger.engine.begin() as conn:
            conn.execute(insert(t.documents), docs)
            conn.execute(insert(t.claims), claims)
            conn.execute(insert(t.item_places), items)
            if findings:
                conn.execute(insert(t.findings), findings)
        print(f"\r  {claim_id:,} claims ({time.perf_counter() - t0:.0f} s)", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    try:
        from raidlog.store.summary import rebuild_daily_stats
    except ImportError:  # a store without the per-day summary: stats reads the claims
        rebuild_daily_stats = None
    if rebuild_daily_stats is not None:
        with ledger.engine.begin() as conn:
            rebuild_daily_stats(conn, None)
    ledger.finish_run(run, {"ingested": n_docs, "duplicates": 0, "updated": 0, "failed": 0})
    ledger.engine.dispose()


def timed(client, url: str, n: int) -> dict:
    t0 = time.perf_counter()
    first = client.get(url)
    cold = time.perf_counter() - t0
    assert first.status_code == 200, (url, first.status_code, first.text[:300])
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        r = client.get(url)
        times.append(time.perf_counter() - t0)
        assert r.status_code == 200
    times.sort()
    return {"url": url, "cold": cold, "p50": statistics.median(times),
            "p95": times[min(len(times) - 1, round(0.95 * len(times)) - 1)], "max": times[-1], "bytes": len(r.content)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--db", help="reuse (or keep) this SQLite file; filled when missing")
    args = parser.parse_args()
    from fastapi.testclient import TestClient

    from raidlog.web.app import create_app

    folder = tempfile.mkdtemp(prefix="raidlog-web-bench-")
    db = args.db or str(Path(folder) / "bench.db")
    if not Path(db).exists():
        t0 = time.perf_counter()
        fill(db, args.claims)
        print(f"filled {db} with {args.claims:,} claims in {time.perf_counter() - t0:.0f} s "
              f"({Path(db).stat().st_size / 1e6:,.0f} MB)")
    t0 = time.perf_counter()
    app = create_app(db)
    print(f"app ready (web indexes checked/created) in {time.perf_counter() - t0:.1f} s")
    client = TestClient(app)
    last = "2025-11-29"
    urls = [
        ("overview", "/"),
        ("overview, 30 days", f"/?since=2025-10-31&until={last}"),
        ("claims table", "/claims"),
        ("claims, page 200", "/claims?page=200"),
        ("claims by destroyed", "/claims?sort=destroyed"),
        ("claims by claimant asc", "/claims?sort=claimant&order=asc"),
        ("claims, region + period", "/claims?region=RU-BEL&since=2025-11-01&until=2025-11-15"),
        ("claims, claimant", "/claims?claimant=governor%20of%20kursk"),
        ("API claims", "/api/claims?limit=100"),
        ("map", "/map"),
    ]
    print(f"\n{'page':26} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  (n={args.requests})")
    worst = 0.0
    for label, url in urls:
        r = timed(client, url, args.requests)
        if not label.startswith("map"):
            worst = max(worst, r["p95"])
        print(f"{label:26} {r['cold'] * 1e3:8.0f} {r['p50'] * 1e3:8.1f} {r['p95'] * 1e3:8.1f} {r['max'] * 1e3:8.1f}")
    verdict = "within" if worst <= 0.5 else "OVER"
    print(f"\nworst p95 of the overview and claims pages: {worst * 1e3:.0f} ms ({verdict} the 500 ms target)")


if __name__ == "__main__":
    main()
