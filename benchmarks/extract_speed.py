"""Speed and memory of ``raidlog.extract`` per language on synthetic reports, natasha's
Russian NER on the same Russian posts, and CLI start-up time.

A measurement, not a test: it prints figures beside their targets and always exits 0.

    .venv/bin/python benchmarks/extract_speed.py [--docs 2000] [--lang en|ru|uk|all]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import raidlog
from raidlog.extract import pipeline
from raidlog.geo import Gazetteer
from raidlog.synth import LANGS, Synthetic, generate

# raidlog reads on one core; natasha's numpy would spread each small matrix product over
# OpenBLAS threads, which is slower here and swings with whatever else the machine runs.
# One thread each, unless the environment says otherwise (set before numpy is imported).
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

SEED = 20251112
WARM_UP = 20
CLI_RUNS = 5
MAX_RSS_MB = 400.0
MAX_CLI_S = 1.5
MIN_NATASHA_RATIO = 1.5
MIN_REAL_DOCS_S = 200.0  # over all the real reports, one pass (issue 10)
MIN_REAL_NATASHA_RATIO = 2.0  # on the real Russian reports (issue 10)
# the development set of real reports (see docs/accuracy.md), beside the repository as CI lays it
REAL_TEXTS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real" / "texts.jsonl"


@dataclass(frozen=True)
class Corpus:
    lang: str
    size: str  # "short" | "article", as raidlog.synth.generate takes it
    label: str
    target: float  # docs/s

    def texts(self, docs: int) -> list[Synthetic]:
        rng = random.Random(SEED)
        return [generate(rng, lang=self.lang, size=self.size) for _ in range(docs)]


CORPORA = (
    Corpus("en", "article", "English articles, 1–3 KB", 300.0),
    Corpus("ru", "short", "Russian MoD posts, 300–600 chars", 500.0),
    Corpus("ru", "article", "Russian articles, 1–3 KB", 150.0),
    Corpus("uk", "article", "Ukrainian articles, 1–3 KB", 150.0),
)
NATASHA_CORPUS = CORPORA[1]


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def docs_per_s(texts: list[Synthetic], read: Callable[[Synthetic], object]) -> float:
    """Calls of ``read`` per second of CPU time over all ``texts``, after a warm-up on the first
    ones (both readers run on one core; on a shared machine wall time counts the others' work)."""
    for s in texts[:WARM_UP]:
        read(s)
    gc.collect()
    start = time.process_time()
    for s in texts:
        read(s)
    return len(texts) / (time.process_time() - start)


def sizes(texts: list[Synthetic], short: bool) -> str:
    """Mean and range of the texts: characters for short posts, UTF-8 KB for articles."""
    if short:
        n = [len(s.text.rstrip("\n")) for s in texts]
        return f"{statistics.fmean(n):5.0f} chars ({min(n)}–{max(n)})"
    kb = [len(s.text.encode("utf-8")) / 1024 for s in texts]
    return f"{statistics.fmean(kb):5.2f} KB ({min(kb):.2f}–{max(kb):.2f})"


def extract(s: Synthetic) -> object:
    return raidlog.extract(s.text, published=s.published, lang=None)


def real_reports(path: Path) -> dict[str, list[Synthetic]]:
    """The real reports per language, each text once (a text repeated in the file is read once)."""
    seen: set[str] = set()
    by_lang: dict[str, list[Synthetic]] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        if row["text"] in seen:
            continue
        seen.add(row["text"])
        published = (row.get("published") or "")[:10] or None
        by_lang.setdefault(row["lang"], []).append(Synthetic(row["text"], published, {}))
    return by_lang


def first_pass(texts: list[Synthetic], read: Callable[[Synthetic], object],
               warm_up: list[Synthetic]) -> tuple[float, float]:
    """Wall and CPU seconds of one pass of ``read`` over ``texts``: each text is read once, after
    a warm-up on *other* texts (synthetic ones of the same language), so no timed text is a repeat."""
    for s in warm_up:
        read(s)
    gc.collect()  # (a full collection owed to earlier passes or to natasha's load is not this pass's cost)
    start, cpu = time.perf_counter(), time.process_time()
    for s in texts:
        read(s)
    return time.perf_counter() - start, time.process_time() - cpu


def measure_real(path: Path, langs: tuple[str, ...], natasha: Natasha | None) -> None:
    if not path.exists():
        print(f"\nreal reports: {path} not found (it lies in ../shared beside the repository); skipped")
        return
    by_lang = real_reports(path)
    # the gazetteer's indexes built at their first use (the fuzzy-search keys, the towns by spelling,
    # the words that begin a key: once per process; the synthetic texts need none) and the stages'
    # pattern tables built at their first use (an official's office, a list of victims: the synthetic
    # warm-up reaches not all of them) are data loading, done before like the gazetteer's load:
    # timed and shown, and a second figure counts them
    cpu = time.process_time()
    Gazetteer.default().prepare()
    for lang in langs:
        pipeline.prepare(lang)
    index_s = time.process_time() - cpu
    print(f"\nreal reports ({path}): one pass, each text once, warm-up on {WARM_UP} synthetic texts;"
          f"\n  the gazetteer's lazy indexes and the stages' pattern tables built before ({index_s:.2f} s CPU,"
          f" not counted; the last line counts them);"
          f"\n  judged on CPU time (process_time: on a shared machine wall time counts the others' work too)")
    print(f"  {'language':10} {'texts':>6} {'mean chars (range)':24} {'docs/s':>8} {'CPU docs/s':>11} "
          f"{'chars/s':>10}")
    count, cpu_total = 0, 0.0
    cpu_of: dict[str, float] = {}
    for lang in langs:
        texts = by_lang.get(lang, [])
        if not texts:
            continue
        wall, cpu = first_pass(texts, extract, _warm_up(lang))
        count, cpu_total = count + len(texts), cpu_total + cpu
        cpu_of[lang] = cpu
        n = [len(s.text) for s in texts]
        print(f"  {lang:10} {len(texts):6} {statistics.fmean(n):7.0f} ({min(n)}–{max(n)}){'':6} "
              f"{len(texts) / wall:8.1f} {len(texts) / cpu:11.1f} {sum(n) / cpu:10.0f}")
    if count:
        rate = count / cpu_total
        print(f"  {'all':10} {count:6} {'':24} {'':8} {rate:11.1f}   >= {MIN_REAL_DOCS_S:.0f} docs/s   "
              f"{verdict(rate >= MIN_REAL_DOCS_S)}")
        print(f"  {'all, index':10} {count:6} {'(with the indexes built)':24} {'':8} "
              f"{count / (cpu_total + index_s):11.1f}")
    russian = by_lang.get("ru", [])
    if "ru" not in langs or not russian:
        return
    print(f"\nnatasha NER on the same {len(russian)} real Russian reports, one pass each, CPU time")
    if natasha is None:
        print("  natasha is not installed: .venv/bin/pip install -e '.[bench]' (make bench does)")
        return
    ours = cpu_of["ru"]  # raidlog's first pass above: a second one would find its caches warm
    theirs = first_pass(russian, natasha.read, _warm_up("ru"))[1]
    ratio = theirs / ours
    print(f"  raidlog {len(russian) / ours:8.1f} docs/s, natasha {natasha.version} {len(russian) / theirs:8.1f} "
          f"docs/s: raidlog / natasha {ratio:5.2f}x   >= {MIN_REAL_NATASHA_RATIO}x   "
          f"{verdict(ratio >= MIN_REAL_NATASHA_RATIO)}")


def _warm_up(lang: str) -> list[Synthetic]:
    rng = random.Random(SEED)
    return [generate(rng, lang=lang, size="article") for _ in range(WARM_UP)]


@dataclass(frozen=True)
class Natasha:
    read: Callable[[Synthetic], object]
    load: float  # seconds to load the models
    version: str


def natasha_reader() -> Natasha | None:
    """natasha's NER pipeline as a reader of one text, its load time and version; None if
    natasha is not installed (``pip install -e '.[bench]'``)."""
    try:
        start = time.perf_counter()
        from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter
    except ImportError:
        return None
    segmenter, embedding = Segmenter(), NewsEmbedding()
    morph, ner = NewsMorphTagger(embedding), NewsNERTagger(embedding)
    load = time.perf_counter() - start

    def read(s: Synthetic) -> object:
        doc = Doc(s.text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.tag_ner(ner)
        return doc.spans

    return Natasha(read, load, metadata.version("natasha"))


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
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="reports per corpus (default 2000)")
    parser.add_argument("--lang", action="append", choices=(*LANGS, "all"),
                        help="corpora of this language; repeat for several (default all)")
    parser.add_argument("--real", type=Path, default=REAL_TEXTS,
                        help="JSON Lines of real reports to time as well (default: the dev set in ../shared)")
    parser.add_argument("--no-real", dest="real", action="store_const", const=None,
                        help="synthetic corpora only")
    args = parser.parse_args(argv)
    langs = LANGS if not args.lang or "all" in args.lang else tuple(args.lang)
    corpora = [c for c in CORPORA if c.lang in langs]

    print(f"raidlog {raidlog.__version__} · Python {sys.version.split()[0]} · {sys.executable}")
    print(f"{args.docs} synthetic reports per corpus (raidlog.synth, seed {SEED}), "
          f"warm-up {WARM_UP}, one process, language detected per text\n")
    print(f"  {'raidlog.extract on':34} {'mean size (range)':26} {'docs/s':>8}   target (docs per CPU second)")
    measured: dict[Corpus, float] = {}
    for corpus in corpora:
        texts = corpus.texts(args.docs)
        rate = measured[corpus] = docs_per_s(texts, extract)
        print(f"  {corpus.label:34} {sizes(texts, corpus.size == 'short'):26} {rate:8.1f}   "
              f">= {corpus.target:.0f} docs/s   {verdict(rate >= corpus.target)}")
    rss = peak_rss_mb()
    print(f"  {'peak RSS (generation + extraction)':61} {rss:8.1f} MB"
          f"   <= {MAX_RSS_MB:.0f} MB      {verdict(rss <= MAX_RSS_MB)}")
    natasha = natasha_reader() if "ru" in langs else None
    if args.real:
        measure_real(args.real, langs, natasha)

    if NATASHA_CORPUS in measured:
        print(f"\nnatasha NER (Segmenter, NewsEmbedding, NewsMorphTagger, NewsNERTagger on a Doc: "
              f"segment, tag_morph, tag_ner)\non the same {NATASHA_CORPUS.label}, "
              f"OPENBLAS_NUM_THREADS={os.environ['OPENBLAS_NUM_THREADS']}")
        if natasha is None:
            print("  natasha is not installed: .venv/bin/pip install -e '.[bench]' (make bench does)")
        else:
            rate = docs_per_s(NATASHA_CORPUS.texts(args.docs), natasha.read)
            ratio = measured[NATASHA_CORPUS] / rate
            print(f"  natasha {natasha.version}: models loaded in {natasha.load:.2f} s (not counted)")
            print(f"  {'throughput':34} {'':26} {rate:8.1f} docs/s")
            print(f"  {'raidlog / natasha':34} {'':26} {ratio:8.2f}x"
                  f"   >= {MIN_NATASHA_RATIO}x         {verdict(ratio >= MIN_NATASHA_RATIO)}")
            print(f"  {'peak RSS with natasha loaded':61} {peak_rss_mb():8.1f} MB   (not judged)")

    print(f"\nCLI start-up: median wall time of {CLI_RUNS} runs on one short report per language")
    with tempfile.TemporaryDirectory() as tmp:
        for lang in langs:
            sample = generate(random.Random(SEED), lang=lang, size="short")
            path = Path(tmp) / f"report-{lang}.txt"
            path.write_text(sample.text, encoding="utf-8")
            for label, command in cli_commands(str(path)):
                seconds, code = median_wall(command)
                status = "" if code == 0 else f"  (exit code {code})"
                print(f"  {lang}  {label:34} {seconds:6.3f} s   target <= {MAX_CLI_S} s   "
                      f"{verdict(seconds <= MAX_CLI_S)}{status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
