"""Read many generated reports (:mod:`raidlog.synth`) and list every seed whose report is read wrong.

The property tests in ``tests/test_roundtrip.py`` check a fixed sample of 200 seeds per language and
size (``derandomize``: CI reads the same texts each run, so a green run stays green). This script is
the wide search that sample cannot be: it checks the same three things — the claim read back equals
the claim the report was written from, no forbidden finding, an article's padding raises no finding —
on as many random seeds as you ask, on all cores. Run it before landing a change to extraction:

    .venv/bin/python scripts/sweep_synthetic.py --seeds 20000           # 120,000 reports, ~5 min on 2 cores
    .venv/bin/python scripts/sweep_synthetic.py --lang en --size short --seed 20855   # one seed, with its text

It prints one line per failing seed (language, size, seed, what failed) and exits 1 if any failed.
Run it from the repository's root (it reuses the tests' checks).
"""

from __future__ import annotations

import argparse
import random
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import raidlog  # noqa: E402
from raidlog.synth import LANGS, SIZES, generate  # noqa: E402
from tests.test_roundtrip import CLEAN_ARTICLE, read  # noqa: E402


def failure(job: tuple[str, str, int]) -> str | None:
    """What is wrong with the report of one (language, size, seed), or None."""
    lang, size, seed = job
    s = generate(random.Random(seed), lang=lang, size=size)
    claims, codes = read(s)
    if claims != [s.truth]:
        return f"{lang} {size} {seed}: read {claims} for {s.truth}"
    if codes:
        return f"{lang} {size} {seed}: findings {codes}"
    if size == "article":
        report = raidlog.extract(s.text, published=s.published)
        padding = sorted({f.code for f in report.findings} & CLEAN_ARTICLE)
        if padding:
            return f"{lang} {size} {seed}: padding findings {padding}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=2000, help="random seeds per language and size")
    parser.add_argument("--from-seed", type=int, default=None, help="seed of the seeds (default: random)")
    parser.add_argument("--lang", choices=LANGS, action="append", help="only this language (repeatable)")
    parser.add_argument("--size", choices=SIZES, action="append", help="only this size (repeatable)")
    parser.add_argument("--seed", type=int, help="check this one seed and print its text")
    args = parser.parse_args(argv)
    langs, sizes = args.lang or list(LANGS), args.size or list(SIZES)
    if args.seed is not None:
        bad = 0
        for lang in langs:
            for size in sizes:
                problem = failure((lang, size, args.seed))
                print(problem or f"{lang} {size} {args.seed}: read right")
                if problem:
                    s = generate(random.Random(args.seed), lang=lang, size=size)
                    print(f"published {s.published}\n{s.text}")
                    bad += 1
        return 1 if bad else 0
    start = args.from_seed if args.from_seed is not None else random.randrange(2**32)
    rng = random.Random(start)
    jobs = [(lang, size, rng.randrange(2**32)) for lang in langs for size in sizes for _ in range(args.seeds)]
    bad = 0
    with Pool() as pool:
        for problem in pool.imap_unordered(failure, jobs, chunksize=50):
            if problem:
                bad += 1
                print(problem, flush=True)
    print(f"{len(jobs)} reports (seeds drawn from {start}): {bad} read wrong")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
