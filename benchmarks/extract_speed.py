"""Speed and memory of ``raidlog.extract`` on synthetic articles, and CLI start-up time.

A measurement, not a test: it prints figures beside their targets and always exits 0.

    .venv/bin/python benchmarks/extract_speed.py [--docs 2000] [--lang en]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import raidlog
from raidlog.synth import LANGS, Synthetic, generate

SEED = 20251112
WARM_UP = 20
CLI_RUNS = 5
MIN_DOCS_PER_S = 300.0
MAX_RSS_MB = 400.0
MAX_CLI_S = 1.5


@dataclass(frozen=True)
class Throughput:
    lang: str
    docs: int
    seconds: float
    mean_kb: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def corpus(lang: str, docs: int) -> list[Synthetic]:
    rng = random.Random(SEED)
    return [generate(rng, lang=lang, size="article") for _ in range(docs)]


def measure_extract(lang: str, docs: int) -> Throughput:
    reports = corpus(lang, docs)
    for s in reports[:WARM_UP]:
        raidlog.extract(s.text, published=s.published, lang=lang)
    start = time.perf_counter()
    for s in reports:
        raidlog.extract(s.text, published=s.published, lang=lang)
    seconds = time.perf_counter() - start
    mean_kb = statistics.fmean(len(s.text.encode("utf-8")) for s in reports) / 1024
    return Throughput(lang, docs, seconds, mean_kb)


def median_wall(command: list[str]) -> tuple[float, int]:
    """Median wall time of ``CLI_RUNS`` runs, and the exit code of the last one."""
    times, code = [], 0
    for _ in range(CLI_RUNS):
        start = time.perf_counter()
        code = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        times.append(time.perf_counter() - start)
    return statistics.median(times), code


def cli_commands(path: str) -> list[tuple[str, list[str]]]:
    commands = [("python -m raidlog extract", [sys.executable, "-m", "raidlog", "extract", path])]
    script = Path(sys.executable).with_name("raidlog")
    if script.exists():
        commands.append(("raidlog extract (console script)", [str(script), "extract", path]))
    return commands


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="reports per language (default 2000)")
    parser.add_argument("--lang", action="append", choices=LANGS,
                        help="language of the reports; repeat for several (default en)")
    args = parser.parse_args(argv)
    langs = args.lang or ["en"]

    print(f"raidlog {raidlog.__version__} · Python {sys.version.split()[0]} · {sys.executable}")
    for lang in langs:
        t = measure_extract(lang, args.docs)
        print(f"\nraidlog.extract, lang={lang}: {t.docs} synthetic articles (seed {SEED}), "
              f"warm-up {WARM_UP}, one process")
        print(f"  throughput   {t.docs_per_s:9.1f} docs/s  ({t.seconds:.2f} s in all)"
              f"   target >= {MIN_DOCS_PER_S:.0f} docs/s   {verdict(t.docs_per_s >= MIN_DOCS_PER_S)}")
        print(f"  mean size    {t.mean_kb:9.2f} KB/doc")
    rss = peak_rss_mb()
    print(f"  peak RSS     {rss:9.1f} MB      (whole process: generation and extraction)"
          f"   target <= {MAX_RSS_MB:.0f} MB   {verdict(rss <= MAX_RSS_MB)}")

    sample = generate(random.Random(SEED), lang=langs[0], size="short")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.txt"
        path.write_text(sample.text, encoding="utf-8")
        print(f"\nCLI start-up: median wall time of {CLI_RUNS} runs on one {len(sample.text)}-character report")
        for label, command in cli_commands(str(path)):
            seconds, code = median_wall(command)
            status = "" if code == 0 else f"  (exit code {code})"
            print(f"  {label:34} {seconds:6.3f} s   target <= {MAX_CLI_S} s   "
                  f"{verdict(seconds <= MAX_CLI_S)}{status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
