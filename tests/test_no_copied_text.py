"""No third-party text in the repository: every case text (``tests/cases/*/*.txt``), every
phrase text (the text column of ``tests/phrases/*.tsv``) and every text file of ours elsewhere
(``src``, ``docs``, ``samples``, ``benchmarks``, ``scripts``, ``README.md``, the modules of
``tests``: code with its
comments and docstrings, documentation, the bundled sample input; not generated data such as the
gazetteer and the map) shares no run of 40 characters, after folding case and whitespace, with
any real report in ``../shared/corpus/real/texts.jsonl``. Texts are invented for the project; a
longer shared run means a sentence was copied (or copied with names and numbers swapped).

The comments and docstrings of ``src`` are held to it with no backlog at all: an example of what
a rule reads is invented like a case text (other places, numbers and words), never a real
report's sentence; names a rule reads as data (string literals) are not prose and not checked by it.

Texts written before this check that still share runs are listed, with their number of shared
runs, in ``tests/copied_text_backlog.tsv`` (a case or a file by its path, a phrase by a hash of
its text, so the list copies nothing): a listed text may share no more runs than listed, and an
entry whose text no longer shares any must be removed. Rewrite a listed text and lower or drop
its line; never add one.

The real texts stay in ``../shared`` (CI lays it beside the clone); where it is missing the
test is skipped.
"""

from __future__ import annotations

import ast
import hashlib
import io
import json
import os
import re
import tokenize
from pathlib import Path

import pytest

from raidlog.ingest.encoding import decode
from raidlog.ingest.incoming import Unreadable

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("RAIDLOG_SHARED", ROOT.parent / "shared"))
REAL_TEXTS = SHARED / "corpus" / "real" / "texts.jsonl"
CASES = Path(__file__).parent / "cases"
PHRASES = Path(__file__).parent / "phrases"
BACKLOG = Path(__file__).parent / "copied_text_backlog.tsv"
OURS = ("src", "docs", "samples", "benchmarks", "scripts", "README.md", "tests")
# checked on their own (a case by its name, a phrase by its text's hash), or holding no text
NOT_AS_FILES = ("tests/cases/", "tests/phrases/", "tests/copied_text_backlog.tsv")
GENERATED = {  # data built by scripts/build_*.py from public data sets, not text we write
    "src/raidlog/data/gazetteer.tsv.gz",
    "src/raidlog/web/static/map/countries.svg",
    "src/raidlog/web/static/map/regions.json",
}
RUN = 40

pytestmark = pytest.mark.skipif(not REAL_TEXTS.exists(), reason="../shared/corpus/real is not beside the repo")


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def shingles(text: str) -> set[str]:
    return {text[i:i + RUN] for i in range(len(text) - RUN + 1)}


@pytest.fixture(scope="module")
def real_shingles() -> dict[str, str]:
    """Each 40-character run of the real texts -> the id of one text holding it."""
    seen: dict[str, str] = {}
    for line in REAL_TEXTS.read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            for run in shingles(fold(item["text"])):
                seen.setdefault(run, item["id"])
    return seen


def repository_texts() -> list[tuple[str, str]]:
    """(path, text) for each text file of ours outside tests (``src/raidlog/extract/attribute/reading.py``);
    a sample in a legacy encoding is read as raidlog reads it, binary files (NUL bytes) are skipped."""
    out = []
    for top in OURS:
        paths = [ROOT / top] if (ROOT / top).is_file() else sorted((ROOT / top).rglob("*"))
        for path in paths:
            key = path.relative_to(ROOT).as_posix()
            if path.is_dir() or key in GENERATED or "__pycache__" in path.parts or ".egg-info" in key \
                    or key.startswith(NOT_AS_FILES):
                continue
            try:
                out.append((key, decode(path.read_bytes())))
            except Unreadable:
                continue
    return out


def test_texts() -> list[tuple[str, str]]:
    """(key, text) for each case text (``ru/name.txt``), each phrase text (``ru.tsv#<hash>``) and
    each text file of ours outside tests (its path)."""
    out = [(f"{p.parent.name}/{p.name}", p.read_text("utf-8")) for p in sorted(CASES.glob("*/*.txt"))]
    for tsv in sorted(PHRASES.glob("*.tsv")):
        for line in tsv.read_text("utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) >= 2 and not line.startswith("#"):
                text = cols[1].replace("\\n", "\n")
                out.append((f"{tsv.name}#{hashlib.sha1(fold(text).encode()).hexdigest()[:12]}", text))
    return out + repository_texts()


test_texts.__test__ = False  # a helper, not a test


def backlog() -> dict[str, int]:
    """The texts written before this check that still share runs: key -> runs shared at most."""
    entries = {}
    for line in BACKLOG.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, runs = line.split("\t")
            entries[key] = int(runs)
    return entries


def shared_runs(real_shingles: dict[str, str]) -> dict[str, tuple[int, str]]:
    """key -> (number of 40-character runs shared with the real texts, the id of one such text)."""
    out = {}
    for key, text in test_texts():
        if hits := shingles(fold(text)) & real_shingles.keys():
            out[key] = (len(hits), real_shingles[min(hits)])
    return out


def test_there_are_texts_to_check() -> None:
    assert len(test_texts()) > 100


def test_the_files_checked_are_ours_and_read_as_text() -> None:
    texts = dict(repository_texts())
    for key in ("README.md", "docs/schema.md", "src/raidlog/extract/attribute/reading.py", "scripts/write_case.py",
                "benchmarks/extract_speed.py", "samples/corpus/telegram/mod_russia/result.json",
                "tests/test_cli.py", "tests/watch_server.py"):
        assert key in texts
    assert not GENERATED & texts.keys()
    assert not [key for key in texts if key.startswith(NOT_AS_FILES)]
    assert not [key for key in texts if key.startswith("docs/screenshots/") or "__pycache__" in key]
    assert "Минобороны" in texts["samples/corpus/text/2025-11-14-tass-ru-weekly-koi8r.txt"]  # KOI8-R


def test_no_test_text_shares_a_40_character_run_with_a_real_text(real_shingles: dict[str, str]) -> None:
    allowed = backlog()
    copied = [f"{key}: {n} runs of 40 characters shared with real text {cid}"
              + (f" (the backlog allows {allowed[key]})" if key in allowed else "")
              for key, (n, cid) in sorted(shared_runs(real_shingles).items()) if n > allowed.get(key, 0)]
    assert not copied, "texts copy real text; write your own:\n" + "\n".join(copied)


def test_the_backlog_lists_only_texts_that_still_share_runs(real_shingles: dict[str, str]) -> None:
    shared = shared_runs(real_shingles)
    stale = sorted(key for key in backlog() if key not in shared)
    assert not stale, "rewritten or removed; drop from tests/copied_text_backlog.tsv: " + ", ".join(stale)


def prose(source: str) -> str:
    """The comments (without their ``#``) and docstrings of a module's source, one a line: the prose
    of the code, not its string literals (patterns, names, templates)."""
    parts = [tok.string.lstrip("#") for tok in tokenize.generate_tokens(io.StringIO(source).readline)
             if tok.type == tokenize.COMMENT]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            parts.append(ast.get_docstring(node, clean=False) or "")
    return "\n".join(parts)


def test_prose_is_the_comments_and_docstrings_only() -> None:
    source = '''"""A module's docstring."""
PATTERN = r"over the Kursk region"  # a comment
def f() -> str:
    """A function's docstring."""
    return "a string used as data"
'''
    assert fold(prose(source)).split(" ") == fold(" a comment A module's docstring. A function's docstring.").split(" ")


def test_no_comment_or_docstring_of_src_shares_a_40_character_run_with_a_real_text(
        real_shingles: dict[str, str]) -> None:
    copied = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        text = fold(prose(path.read_text("utf-8")))
        for i in range(len(text) - RUN + 1):
            if (run := text[i:i + RUN]) in real_shingles:
                copied.append(f"{path.relative_to(ROOT).as_posix()}: \"{run}\" (real text {real_shingles[run]})")
                break
    assert not copied, "comments or docstrings quote real reports; invent the example:\n" + "\n".join(copied)
