"""A bounded soak of `raidlog watch` (a measurement; nothing here fails the build):
``--sources`` simulated sources (half Telegram preview pages, half RSS feeds with
ETags) on a local server on 127.0.0.1, polled every ``--interval`` seconds for
``--seconds``; each source gets a new post every few seconds, and some posts
are edited.

    python benchmarks/watch_soak.py [--sources 50] [--seconds 120] [--interval 1]

The watch runs as its own process (`raidlog watch --duration …`), as in
production: a parent and its worker process, replaced every ``recycle_documents``
documents (``--recycle-documents``, ``--recycle-minutes``: 0 and 0 run it in one
process). Printed, for the whole process tree, every 10 s: its memory as PSS
(each process's resident pages, a page shared by n processes counted 1/n:
what the tree costs the machine, from /proc/PID/smaps_rollup), the RSS of each
process summed (shared pages counted in each) and the open file descriptors;
the PSS at the end of each minute and the growth and rate over each half of
the run after the first minute (flat: at most 0.25 MB/min over the second
half; see :func:`rss_verdict`), every post and edit the server sent stored exactly once (a text
an edit replaced before a poll came was never sent: counted apart and printed), and the latency
from a post appearing on the server to its document in the ledger (p50, p95,
max). Target: p95 <= interval + 2 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import select  # noqa: E402

from raidlog.store import Ledger  # noqa: E402
from raidlog.store import schema as t  # noqa: E402
from tests.watch_server import Entry, Post, Resource, WatchServer, rss, tme_page  # noqa: E402

REPORT = ("Этой ночью средствами ПВО уничтожены {n} беспилотников ВСУ самолетного типа: "
          "{a} – над территорией Белгородской области, "
          "{b} – над территорией Курской области.")
EN = ("Ukraine's Air Force said Russia launched {l} Shahed-type attack drones overnight; air defenses shot down "
      "or suppressed {n} of them.")


FIRST_DAY = date(2025, 11, 12)


class Sim:
    """One simulated source: its posts, and when each text appeared (for the latency).
    ``day``: the day of a new post (by default every post is on FIRST_DAY)."""

    def __init__(self, k: int, server: WatchServer, day=lambda: FIRST_DAY):
        self.k = k
        self.day = day
        self.days: dict[int, date] = {}  # post id -> its day
        self.kind = "telegram" if k % 2 == 0 else "feed"
        self.channel = f"soakchan{k:03d}"
        self.source = f"t.me/{self.channel}" if self.kind == "telegram" else f"rss:Soak feed {k}"
        self.posts: list[tuple[int, str]] = []  # (id, text)
        self.edits = 0
        self.appeared: dict[tuple[str, str], float] = {}  # (external id, text) -> time shown
        self.spans: dict[tuple[str, str], list[int]] = {}  # (external id, text) -> [first, last] version showing it
        self.path = f"/s/{self.channel}" if self.kind == "telegram" else f"/feed{k}.xml"
        self.res = Resource(self._body(), "text/html; charset=utf-8" if self.kind == "telegram"
                            else "application/rss+xml", validators=self.kind == "feed")
        self.server = server
        server.route(self.path, self.res)

    def _text(self, pid: int, edit: int = 0) -> str:
        # a text no other post of this source has had: the ledger stores a text once per source,
        # so a repeated one (before: every 40th post's) counts as a duplicate, not a new document
        n = 10 + self.k * 7 % 40 + 3 * pid + (1 + 300 * edit if edit else 0)
        if self.kind == "telegram":
            return REPORT.format(n=n, a=n - n // 3, b=n // 3)
        return EN.format(l=n + 5, n=n)

    def _body(self) -> bytes:
        if self.kind == "telegram":
            return tme_page(self.channel, f"Soak {self.k}", [Post(i, txt, date=f"{self.days[i]}T06:10:00+00:00")
                                                             for i, txt in self.posts[-20:]])
        return rss(f"Soak feed {self.k}", f"http://soak.example/{self.k}",
                   [Entry(f"s{self.k}-{i}", f"post {i}", txt, date=format_datetime(
                       datetime.combine(self.days[i], datetime.min.time(), UTC).replace(hour=6)))
                    for i, txt in reversed(self.posts[-20:])])

    def post(self) -> None:
        pid = len(self.posts) + 1
        self.days[pid] = self.day()
        self.posts.append((pid, self._text(pid)))
        self._show(pid)

    def edit(self) -> None:
        if not self.posts:
            return
        idx = len(self.posts) - 1
        pid, _old = self.posts[idx]
        self.edits += 1
        self.posts[idx] = (pid, self._text(pid, edit=self.edits))
        self._show(pid)

    def _eid(self, pid: int) -> str:
        return str(pid) if self.kind == "telegram" else f"s{self.k}-{pid}"

    def _show(self, pid: int) -> None:
        text = dict(self.posts)[pid]
        self.res.set(self._body())
        self.appeared.setdefault((self._eid(pid), text), time.time())
        version = self.res.version
        for i, txt in self.posts[-20:]:
            self.spans.setdefault((self._eid(i), txt), [version, version])[1] = version

    def served(self, key: tuple[str, str]) -> bool:
        """Whether the server ever sent a version of the page or feed that showed this text
        (a text replaced by an edit before any poll came was never there for the watch to see)."""
        first, last = self.spans[key]
        return any(v in self.res.served for v in range(first, last + 1))


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (the watch's worker, and whatever a worker runs)."""
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    tree, todo = [], [pid]
    while todo:
        p = todo.pop()
        tree.append(p)
        todo.extend(c for c, parent in parents.items() if parent == p)
    return tree


def _kb(path: str, field: str) -> int:
    return next(int(line.split()[1]) for line in Path(path).read_text().splitlines() if line.startswith(field))


def proc_figures(pid: int) -> tuple[float, int, float, int]:
    """The process tree's PSS (MB), open file descriptors, summed RSS (MB) and processes."""
    pss = rss = 0.0
    fds = alive = 0
    for p in process_tree(pid):
        try:
            pss += _kb(f"/proc/{p}/smaps_rollup", "Pss:") / 1024
            rss += _kb(f"/proc/{p}/status", "VmRSS:") / 1024
            fds += len(os.listdir(f"/proc/{p}/fd"))
            alive += 1
        except (OSError, StopIteration):  # a worker that has just exited
            continue
    return pss, fds, rss, alive


FLAT = ("flat means: after the first minute, the memory (PSS) grows by at most 0.25 MB/min over the second half of the run; "
        "levelling off: by less than half its rate over the first half. Each rate is the median of the slopes "
        "between every two samples of its half (Theil-Sen), which one step of the allocator does not decide")


def rss_at(samples: list[tuple], t: float) -> float:
    """The memory (PSS) of the last sample taken at or before ``t`` seconds."""
    return [s[1] for s in samples if s[0] <= t + 0.5][-1]


def rate(samples: list[tuple]) -> float:
    """MB per minute: the median of the slopes between every two samples (Theil-Sen)."""
    slopes = sorted((b[1] - a[1]) / (b[0] - a[0]) * 60 for i, a in enumerate(samples) for b in samples[i + 1:]
                    if b[0] > a[0])
    return statistics.median(slopes) if slopes else float("nan")


def rss_verdict(samples: list[tuple], seconds: float) -> str:
    """The tree's PSS at the end of each minute, the growth over each half of the run after the first
    minute (start-up: the extraction's caches and the gazetteer warming), the rate of each half,
    and whether it levels off (:data:`FLAT`); what is bounded keeps filling for a while (SQLite's
    page cache of 2 MB and statement cache of 128 per connection, the extraction's LRU caches,
    malloc's free lists), so a short run can show growth that a longer one shows levelling off.
    (Before, the rate was that of the last quarter between its two end samples: in a ten-minute
    run one step of the heap, 1.7 MB at once, decided the verdict.)"""
    minutes = [m for m in range(1, int(seconds // 60) + 1) if samples[0][0] <= 60 * m]
    lines = ["PSS of the process tree at the end of each minute: " + ", ".join(f"{m} min {rss_at(samples, 60 * m - 5):.0f} MB"
                                                         for m in minutes)]
    end = samples[-1][0]
    if end < 180:
        return lines[0] + "\n(too short to tell whether memory levels off: run --seconds 600)"
    mid = 60 + (end - 60) / 2
    first_half = [s for s in samples if 60 <= s[0] <= mid]
    second_half = [s for s in samples if s[0] >= mid]
    grew = (first_half[-1][1] - first_half[0][1], second_half[-1][1] - second_half[0][1])
    rates = (rate(first_half), rate(second_half))
    verdict = ("flat" if rates[1] <= 0.25 else "levelling off" if rates[1] < rates[0] / 2
               else "NOT flat: a leak, or caches still filling (run longer)")
    lines.append(f"PSS growth after the first minute: {grew[0]:+.1f} MB in the first half (t=60-{mid:.0f} s, "
                 f"{rates[0]:+.2f} MB/min), {grew[1]:+.1f} MB in the second ({rates[1]:+.2f} MB/min, "
                 f"{len(second_half)} samples): {verdict}")
    lines.append(f"({FLAT})")
    return "\n".join(lines)


def replaced_at(expected: dict[tuple[str, str, str], float], key: tuple[str, str, str]) -> float:
    """When the text ``key`` of a post was replaced by the post's next text (an edit)."""
    return min((at for k, at in expected.items() if k[:2] == key[:2] and at > expected[key]), default=float("inf"))


def polls_around(server: WatchServer, path: str, since: float, until: float, start: float) -> str:
    """The requests for ``path`` from the one before ``since`` to the one after ``until``, as t=… s."""
    times = [r.at for r in server.hits(path)]
    before = [at for at in times if at < since][-1:]
    after = [at for at in times if at > until][:1]
    inside = [at for at in times if since <= at <= until]
    return ", ".join(f"{at - start:.1f}" for at in before + inside + after) + " s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--interval", type=float, default=1.0)
    parser.add_argument("--recycle-documents", type=int, help="the watch.toml's (default: its default)")
    parser.add_argument("--recycle-minutes", type=float, help="the watch.toml's (default: its default)")
    parser.add_argument("--day-every", type=float, default=0, help=(
        "new posts move on to the next day every so many seconds (default 0: every post on one day, "
        "whose claims all run long)"))
    args = parser.parse_args()
    rnd = random.Random(13)
    server = WatchServer().start()
    began = time.time()

    def day() -> date:
        return FIRST_DAY + timedelta(days=int((time.time() - began) // args.day_every) if args.day_every else 0)

    sims = [Sim(k, server, day) for k in range(args.sources)]
    for sim in sims:
        sim.post()  # one post each before the watch starts: the back-fill
    tmp = Path(tempfile.mkdtemp(prefix="raidlog-soak-"))
    cfg = tmp / "watch.toml"
    lines = [f"[watch]\ninterval = {args.interval}\njitter = 0.1\nbackfill = 20\ntimeout = 10\nworkers = 16\n"
             + (f"recycle_documents = {args.recycle_documents}\n" if args.recycle_documents is not None else "")
             + (f"recycle_minutes = {args.recycle_minutes}\n" if args.recycle_minutes is not None else "")]
    for sim in sims:
        if sim.kind == "telegram":
            lines.append(f'[[source]]\nkind = "telegram"\nchannel = "{sim.channel}"\nurl = "{server.url}"\n')
        else:
            lines.append(f'[[source]]\nkind = "feed"\nurl = "{server.url}{sim.path}"\n')
    cfg.write_text("".join(lines), encoding="utf-8")
    db = str(tmp / "soak.db")
    Ledger(db).engine.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "raidlog", "watch", "--config", str(cfg), "--db", db,
                             "--duration", str(args.seconds)], env=env, cwd=tmp,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen_at: dict[tuple[str, str, str], float] = {}  # (source, external id, text) -> first seen in the ledger
    stop = threading.Event()

    def watch_ledger() -> None:
        ledger = Ledger(db)
        last = 0
        while not stop.is_set():
            with ledger.engine.connect() as conn:
                rows = conn.execute(select(t.documents.c.id, t.documents.c.source, t.documents.c.external_id,
                                           t.documents.c.text).where(t.documents.c.id > last)).all()
            now = time.time()
            for r in rows:
                seen_at.setdefault((r.source, r.external_id, r.text), now)
                last = max(last, r.id)
            time.sleep(0.1)

    reader = threading.Thread(target=watch_ledger, daemon=True)
    reader.start()
    start = time.time()
    samples = []
    next_sample = start + 5
    edits = 0
    while proc.poll() is None:
        now = time.time()
        if now - start < args.seconds - 10:  # the last 10 s: no new posts, so each can be stored
            for sim in sims:
                if rnd.random() < 0.1 * 0.25:  # a new post every ~10 s per source
                    sim.post()
                elif rnd.random() < 0.005 * 0.25:
                    sim.edit()
                    edits += 1
        if now >= next_sample and now - start < args.seconds:
            samples.append((now - start, *proc_figures(proc.pid)))
            next_sample += 10
        time.sleep(0.25)
    out, err = proc.communicate()
    time.sleep(0.5)
    stop.set()
    reader.join()
    server.stop()

    expected = {(sim.source, eid, text): at for sim in sims for (eid, text), at in sim.appeared.items()}
    by_source = {sim.source: sim for sim in sims}
    ledger = Ledger(db)
    with ledger.engine.connect() as conn:
        docs = conn.execute(select(t.documents.c.source, t.documents.c.external_id, t.documents.c.text)).all()
    requests = len(server.requests)
    stored = {(d.source, d.external_id, d.text) for d in docs}
    missing = [k for k in expected if k not in stored]
    # a text replaced by an edit before the next poll of its source came was never sent to the watch
    unseen = [k for k in missing if not by_source[k[0]].served(k[1:])]
    lost = [k for k in missing if k not in unseen]
    dup = len(docs) - len(stored)
    ready = min(seen_at.values(), default=start)  # the watch's first document: start-up is not latency
    lat = sorted(((seen_at[key] - at, key) for key, at in expected.items() if key in seen_at and at >= ready),
                 key=lambda x: x[0])
    latencies = [x[0] for x in lat]
    p95 = latencies[int(0.95 * (len(latencies) - 1))] if latencies else float("nan")
    print(f"sources {args.sources} (Telegram {sum(s.kind == 'telegram' for s in sims)}, RSS "
          f"{sum(s.kind == 'feed' for s in sims)}), polled every {args.interval:g} s for {args.seconds:g} s; "
          f"requests served {requests}")
    print(f"posts and edits shown {len(expected)} (edits {edits}); never sent to the watch {len(unseen)} "
          f"(replaced by an edit before a poll came); documents stored {len(docs)}; "
          f"missing of those sent {len(lost)}; stored twice {dup}")
    for k in unseen:
        print(f"never sent: {k[0]} post {k[1]} shown t={expected[k] - start:.1f}-"
              f"{replaced_at(expected, k) - start:.1f} s; polls of it then: "
              f"{polls_around(server, by_source[k[0]].path, expected[k], replaced_at(expected, k), start)}")
    for k in lost[:5]:
        print(f"MISSING: {k[0]} post {k[1]} sent at t={expected[k] - start:.1f}s: {k[2][:60]}…")
    print("watch processes: " + "; ".join(f"t={t_:.0f}s PSS {pss:.1f} MB (RSS summed {rss:.1f} MB, {n} processes) "
                                           f"fds {fds}" for t_, pss, fds, rss, n in samples))
    if samples:
        pss = [s[1] for s in samples]
        fds = [s[2] for s in samples]
        rss = [s[3] for s in samples]
        print(f"PSS first/last/max {pss[0]:.1f}/{pss[-1]:.1f}/{max(pss):.1f} MB; RSS summed over the processes "
              f"first/last/max {rss[0]:.1f}/{rss[-1]:.1f}/{max(rss):.1f} MB; "
              f"fds first/last/max {fds[0]}/{fds[-1]}/{max(fds)}")
        print(rss_verdict(samples, args.seconds))
    if latencies:
        print(f"latency post -> ledger (posts after the watch's first document, n={len(latencies)}): p50 {statistics.median(latencies):.2f} s, p95 {p95:.2f} s, "
              f"max {latencies[-1]:.2f} s (target p95 <= {args.interval + 2:g} s: "
              f"{'met' if p95 <= args.interval + 2 else 'MISSED'})")
    print("slowest (latency s, source, post): " + "; ".join(f"{x[0]:.1f} {x[1][0]} {x[1][1]}" for x in lat[-3:]))
    print((out.strip().splitlines() or ["(no summary)"])[-1])
    if proc.returncode:
        print(f"watch exited with {proc.returncode}: {err[-2000:]}")


if __name__ == "__main__":
    main()
