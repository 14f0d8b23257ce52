"""What ``raidlog extract`` reads: every file and folder ``raidlog ingest``
reads (text, web pages, feeds, Telegram exports, JSON Lines, CSV), any other
file as plain text, and ``-`` for standard input. Decoding and the size
limits are the ingest readers' own, so both commands accept and refuse the
same inputs with the same reasons. What cannot be read comes as a
:class:`Rejected` in its place, so a batch reports it and goes on."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from raidlog.ingest.encoding import decode
from raidlog.ingest.files import KINDS, read_file, read_path
from raidlog.ingest.incoming import (
    EMPTY,
    MAX_FILE_BYTES,
    Incoming,
    Rejected,
    Unreadable,
    within_limit,
)

STDIN = "<stdin>"


def read(specs: list[str]) -> Iterator[Incoming | Rejected]:
    """Documents in order, standard input when no spec is given."""
    for spec in specs or ["-"]:
        for item in _read_one(spec):
            yield within_limit(item) if isinstance(item, Incoming) else item


def _read_one(spec: str) -> Iterator[Incoming | Rejected]:
    if spec == "-":
        yield _stdin()
        return
    path = Path(spec)
    if path.is_file() and path.suffix.lower() not in KINDS:
        # extract has always taken any file as text ("report", "post.log")
        yield from read_file(path, "text", name=spec, source=spec, external_id=path.name,
                             max_bytes=MAX_FILE_BYTES)
    else:
        yield from read_path(spec, max_bytes=MAX_FILE_BYTES)


def _stdin() -> Incoming | Rejected:
    try:
        warnings: list[str] = []
        text = decode(sys.stdin.buffer.read(MAX_FILE_BYTES + 1), warnings=warnings)
    except Unreadable as err:
        return Rejected(STDIN, err.reason)
    if not text.strip():
        return Rejected(STDIN, EMPTY)
    return Incoming(text, STDIN, STDIN, None, warnings=tuple(warnings))
