"""The web pages under several users (not a test): N clients at once against `raidlog serve`.

Starts `raidlog serve` on a free 127.0.0.1 port over a SQLite ledger of synthetic claims
(filled by ``web_speed.fill`` when missing: by default 1,000,000 claims), then runs
``--clients`` threads (8), each with its own keep-alive connection, for ``--seconds`` (20),
asking in turn for the overview, the claims table and its next pages, as users clicking
about would (full answers: no If-None-Match). With ``--ingest`` a loop of
``raidlog ingest samples/corpus`` runs beside them all the while, so the ledger changes
under the readers (each run is a new ledger version: every cached answer is made anew).
Prints p50/p95 per page and the requests per second of all clients together. Nothing
leaves 127.0.0.1. The target: overview and claims pages p95 <= 300 ms and >= 50 requests/s
together, with and without an ingest running.

    .venv/bin/python benchmarks/web_load.py --db /tmp/bench.db            # 1,000,000 claims
    .venv/bin/python benchmarks/web_load.py --db /tmp/bench.db --ingest
    .venv/bin/python benchmarks/web_load.py --claims 100000 --seconds 10
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PAGES = [("overview", "/"), ("claims", "/claims"), ("claims", "/claims?page=2"), ("overview", "/?since=2025-10-31"),
         ("claims", "/claims?sort=destroyed"), ("claims", "/claims?page=3")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    env.pop("RAIDLOG_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "raidlog", "serve", "--db", db, "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=5).read()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("raidlog serve did not start") from None
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("raidlog serve did not answer")


def client(port: int, until: float, offset: int, out: list, errors: list) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for kind, url in itertools.islice(itertools.cycle(PAGES), offset, None):
        if time.perf_counter() >= until:
            break
        t0 = time.perf_counter()
        try:
            conn.request("GET", url, headers={"Accept": "text/html"})
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                errors.append((url, r.status))
        except (OSError, http.client.HTTPException) as exc:
            errors.append((url, str(exc)))
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        out.append((kind, time.perf_counter() - t0))
    conn.close()


def ingest_loop(db: str, stop: threading.Event, runs: list, current: list) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    while not stop.is_set():
        proc = subprocess.Popen([sys.executable, "-m", "raidlog", "ingest", str(ROOT / "samples" / "corpus"),
                                 "--db", db], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        current[:] = [proc]
        if proc.wait() == 0:
            runs.append(time.time())


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * len(values)) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--db", help="reuse (or keep) this SQLite file; filled when missing")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--ingest", action="store_true", help="run `raidlog ingest samples/corpus` in a loop meanwhile")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="raidlog-web-load-")) / "bench.db")
    if not Path(db).exists():
        import web_speed

        t0 = time.perf_counter()
        web_speed.fill(db, args.claims)
        print(f"filled {db} with {args.claims:,} claims in {time.perf_counter() - t0:.0f} s")
    port = free_port()
    server = start_server(db, port)
    stop, runs, current = threading.Event(), [], []
    try:
        for _, url in PAGES:  # the first answer of each page (cold) is not what is measured
            urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=120).read()
        ingest = None
        if args.ingest:
            ingest = threading.Thread(target=ingest_loop, args=(db, stop, runs, current), daemon=True)
            ingest.start()
            time.sleep(1.0)
        results: list = []
        errors: list = []
        until = time.perf_counter() + args.seconds
        t0 = time.perf_counter()
        threads = [threading.Thread(target=client, args=(port, until, k, results, errors))
                   for k in range(args.clients)]
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        elapsed = time.perf_counter() - t0
        stop.set()
    finally:
        stop.set()
        for proc in current:  # the ingest still running is stopped with the measurement
            proc.terminate()
            proc.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
    print(f"{args.clients} clients, {elapsed:.1f} s, ledger {db}" + (f", ingest running ({len(runs)} runs ended)"
                                                                     if args.ingest else ", no ingest"))
    print(f"{'page':10} {'requests':>9} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    worst = 0.0
    for kind in ("overview", "claims"):
        times = [d for k, d in results if k == kind]
        if not times:
            continue
        worst = max(worst, pct(times, 0.95))
        print(f"{kind:10} {len(times):9d} {statistics.median(times) * 1e3:8.1f} {pct(times, 0.95) * 1e3:8.1f} "
              f"{max(times) * 1e3:8.1f}")
    rate = len(results) / elapsed
    print(f"all        {len(results):9d}  {rate:.1f} requests/s together; errors: {len(errors)}"
          + (f" (first: {errors[0]})" if errors else ""))
    verdict = "meets" if worst <= 0.3 and rate >= 50 and not errors else "MISSES"
    print(f"worst p95 {worst * 1e3:.0f} ms, {rate:.0f} requests/s: {verdict} the target (p95 <= 300 ms, >= 50/s)")


if __name__ == "__main__":
    main()
