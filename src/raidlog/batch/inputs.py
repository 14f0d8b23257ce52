"""What a batch reads: its inputs as *units* (one file each) and *partitions* (the pieces of
work handed to the workers).

A unit is a file: a document table — JSON Lines (``.jsonl``, optionally ``.gz`` or ``.zst``) or
Parquet (``.parquet``) — from a local path or any fsspec URL, or any other file that ``raidlog
ingest`` reads (text, HTML, feeds, Telegram exports, CSV), local only. A folder is read the way
``ingest`` reads it: recursively, in sorted order, hidden names skipped, with the same document
names and sources, so that a batch and an ingest of the same folder store the same documents.

A table is cut into partitions of ``size`` documents; other files are grouped, in order, up
to ``size // 50`` files a partition (at least one: a Telegram export or a feed holds many). A partition's key is a hash of what it reads (each unit's
content hash and the range of its documents) and of what reads it (raidlog and gazetteer
versions, options): the same input, read again by the same raidlog, has the same keys, so a
re-run finds its finished partitions and skips them.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from raidlog.ingest.dates import date_part
from raidlog.ingest.encoding import decode
from raidlog.ingest.files import KINDS, folder_files
from raidlog.ingest.incoming import EMPTY, Incoming, Rejected, Unreadable
from raidlog.ingest.tables import read_jsonl, report_row

TABLE_SUFFIXES = {".jsonl": "jsonl", ".jsonl.gz": "jsonl", ".jsonl.zst": "jsonl", ".jsonl.zstd": "jsonl",
                  ".parquet": "parquet", ".parq": "parquet"}
COMPRESSION = {".gz": "gzip", ".zst": "zstd", ".zstd": "zstd"}
FILES_PER = 50  # a partition of files that are not tables holds partition size / FILES_PER of them
_URL = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True)
class Unit:
    """One input file. ``kind``: "jsonl", "parquet" or one of ``raidlog.ingest.files.KINDS``;
    ``documents``: how many it holds (tables; None for other files until read)."""

    path: str  # a local path or an fsspec URL
    name: str  # the document names' stem, as ingest names them
    source: str  # the source of documents that do not name one (text files, pages)
    external_id: str
    kind: str
    compression: str | None
    content_hash: str
    documents: int | None
    # planning only (not sent to the workers): for an uncompressed UTF-8 JSON Lines table, the
    # line number and byte offset of every size-th document, and the file's size in bytes
    boundaries: tuple[tuple[int, int], ...] = field(default=(), compare=False, repr=False)
    size: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True)
class Slice:
    unit: Unit
    start: int  # documents [start, stop) of a table; (0, None) for a whole file
    stop: int | None
    # JSON Lines only: the bytes [offset, end) of the file hold the slice's lines, the first of
    # them line number ``line`` (0-based); None: the worker reads the whole file
    offset: int | None = None
    end: int | None = None
    line: int = 0


@dataclass(frozen=True)
class Partition:
    key: str
    number: int  # its place in the input order
    slices: tuple[Slice, ...]

    @property
    def documents(self) -> int:
        """Documents it reads (a file of unknown count counts one)."""
        return sum((s.stop - s.start) if s.stop is not None else (s.unit.documents or 1) for s in self.slices)

    def describe(self) -> str:
        first, last = self.slices[0], self.slices[-1]
        if len(self.slices) == 1 and first.stop is not None:
            return f"{first.unit.name}[{first.start}:{first.stop}]"
        return first.unit.name if len(self.slices) == 1 else f"{first.unit.name} … {last.unit.name}"

    def to_dict(self) -> dict:
        return asdict(self)

    @staticmethod
    def from_dict(d: dict) -> Partition:
        return Partition(d["key"], d["number"], tuple(
            Slice(Unit(**s["unit"]), s["start"], s["stop"], s.get("offset"), s.get("end"), s.get("line", 0))
            for s in d["slices"]))


def table_kind(path: str) -> tuple[str | None, str | None]:
    """("jsonl" | "parquet" | None, compression) from a file name."""
    lower = path.lower()
    for suffix, kind in sorted(TABLE_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if lower.endswith(suffix):
            ext = os.path.splitext(lower)[1]
            return kind, COMPRESSION.get(ext)
    return None, None


def is_url(spec: str) -> bool:
    m = _URL.match(spec)
    return m is not None and m.group(1).lower() != "file"


def _open(path: str, compression: str | None):
    import fsspec

    return fsspec.open(path, "rb", compression=compression)


def read_bytes(path: str, compression: str | None) -> bytes:
    with _open(path, compression) as fh:
        return fh.read()


def raw_hash(path: str) -> str:
    """sha256 of the file's bytes as stored (compressed or not)."""
    h = hashlib.sha256()
    with _open(path, None) as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return "sha256:" + h.hexdigest()


def expand(specs: list[str], size: int = 500) -> Iterator[Unit | Rejected]:
    """The files of each spec, in the order ``raidlog ingest`` reads them, with their content
    hashes and document counts (and where each ``size``-th document of a JSON Lines table
    starts); what cannot be read comes as :class:`Rejected`."""
    for spec in specs:
        if is_url(spec):
            yield from _expand_url(spec, size)
        else:
            yield from _expand_local(spec, size)


def _expand_url(spec: str, size: int) -> Iterator[Unit | Rejected]:
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(spec)
        protocol = spec.split("://", 1)[0]
        if any(c in path for c in "*?["):
            paths = sorted(fs.glob(path))
        elif fs.isdir(path):
            paths = sorted(fs.find(path))
        elif fs.exists(path):
            paths = [path]
        else:
            yield Rejected(spec, "no such file")
            return
    except Exception as exc:  # noqa: BLE001 - a missing fsspec package, credentials, network
        yield Rejected(spec, f"cannot be listed ({type(exc).__name__}: {exc})")
        return
    found = False
    for p in paths:
        url = p if _URL.match(p) else f"{protocol}://{p}"
        if table_kind(url)[0] is None or os.path.basename(p).startswith("."):
            continue
        found = True
        yield _unit(url, url, f"url:{url}", os.path.basename(p), size)
    if not found:
        yield Rejected(spec, "no document tables (.jsonl, .jsonl.gz, .jsonl.zst, .parquet) there")


def _expand_local(spec: str, size: int) -> Iterator[Unit | Rejected]:
    path = Path(spec)
    if not spec or not (path.exists() or path.is_symlink()):
        yield Rejected(spec, "no such file")
        return
    if not path.is_dir():
        yield _unit(spec, spec, f"file:{os.path.normpath(spec)}", path.name, size)
        return
    source = f"file:{os.path.normpath(spec)}"
    for entry in folder_files(spec, path, lambda rel: table_kind(rel.name)[0] is not None
                              or rel.suffix.lower() in KINDS):
        if isinstance(entry, Rejected):
            yield entry
            continue
        rel, name = entry
        yield _unit(str(path / rel), name, source, rel.as_posix(), size)


def _unit(path: str, name: str, source: str, external_id: str, size: int = 500) -> Unit | Rejected:
    kind, compression = table_kind(path)
    if kind is None:
        kind = KINDS.get(os.path.splitext(path)[1].lower())
        if kind is None:
            return Rejected(name, f"unsupported file type ({os.path.splitext(path)[1] or 'no extension'})")
    try:
        content = raw_hash(path)
        count, boundaries, nbytes = None, (), 0
        if kind == "jsonl":
            data = read_bytes(path, compression)
            lines, docs = _jsonl_lines(data)
            count = len(docs)
            if compression is None:
                boundaries, nbytes = _boundaries(data, lines, docs, size), len(data)
        elif kind == "parquet":
            import pyarrow.parquet as pq

            with _open(path, None) as fh:
                count = pq.ParquetFile(fh).metadata.num_rows
    except Unreadable as err:
        return Rejected(name, err.reason)
    except Exception as exc:  # noqa: BLE001 - a bad file is recorded, the batch goes on
        return Rejected(name, f"cannot be read ({type(exc).__name__}: {exc})")
    return Unit(path, name, source, external_id, kind, compression, content, count, boundaries, nbytes)


def _boundaries(data: bytes, lines: list[str], docs: list[int], size: int) -> tuple[tuple[int, int], ...]:
    """(line number, byte offset) of documents 0, size, 2 × size … of a JSON Lines table, so that a
    worker reads only its partition's bytes; () unless the file is plain UTF-8 (its bytes split
    into the same lines as its text)."""
    raw = data.split(b"\n")
    if len(raw) != len(lines) or data.startswith(b"\xef\xbb\xbf"):
        return ()
    try:
        if data.decode("utf-8") != "\n".join(lines):
            return ()
    except UnicodeDecodeError:
        return ()
    wanted = {docs[k] for k in range(0, len(docs), max(1, size))}
    out, offset = [], 0
    for number, line in enumerate(raw):
        if number in wanted:
            out.append((number, offset))
        offset += len(line) + 1
    return tuple(out)


def _jsonl_lines(data: bytes) -> tuple[list[str], list[int]]:
    """The decoded lines and the indexes of those that are not blank (one document each, as
    :func:`raidlog.ingest.tables.read_jsonl` reads them)."""
    text = decode(data)
    if not text.strip():
        raise Unreadable(EMPTY)
    lines = text.split("\n")
    return lines, [k for k, line in enumerate(lines) if line.strip()]


def partitions(units: list[Unit], size: int, salt: str) -> list[Partition]:
    """Cut ``units`` into partitions of about ``size`` documents, in input order."""
    out: list[Partition] = []
    pending: list[Slice] = []

    def close() -> None:
        if pending:
            out.append(_partition(len(out), pending, salt))
            pending.clear()

    for unit in units:
        if unit.kind in ("jsonl", "parquet"):
            close()
            n = unit.documents or 0
            marks = dict(enumerate(unit.boundaries))
            sent = replace(unit, boundaries=(), size=0)
            for k, start in enumerate(range(0, n, size)):
                here, after = marks.get(k), marks.get(k + 1)
                if here is not None and len(unit.boundaries) == -(-n // size):
                    pending.append(Slice(sent, start, min(n, start + size), here[1],
                                         after[1] if after else unit.size, here[0]))
                else:
                    pending.append(Slice(sent, start, min(n, start + size)))
                close()
        else:
            pending.append(Slice(unit, 0, None))
            if len(pending) >= max(1, size // FILES_PER):
                close()
    close()
    return out


def _partition(number: int, slices: list[Slice], salt: str) -> Partition:
    what = [[s.unit.content_hash, s.unit.name, s.unit.source, s.unit.external_id, s.unit.kind, s.start, s.stop]
            for s in slices]
    key = hashlib.sha256(json.dumps([salt, what]).encode()).hexdigest()[:24]
    return Partition(key, number, tuple(slices))


def read_slice(s: Slice) -> Iterator[Incoming | Rejected]:
    """The documents of one slice, as ``raidlog ingest`` reads them (same names, sources, ids)."""
    unit = s.unit
    try:
        if unit.kind == "jsonl" and s.offset is not None:
            with _open(unit.path, None) as fh:
                fh.seek(s.offset)
                chunk = fh.read(s.end - s.offset)
            yield from read_jsonl(chunk, name=unit.name, first_line=s.line + 1)
        elif unit.kind == "jsonl":
            lines, docs = _jsonl_lines(read_bytes(unit.path, unit.compression))
            if s.start >= len(docs):
                return
            first = docs[s.start]
            last = docs[min(s.stop, len(docs)) - 1]
            # the chunk behind as many newlines as lines before it: the same line numbers
            chunk = "\n" * first + "\n".join(lines[first:last + 1])
            yield from read_jsonl(chunk.encode("utf-8"), name=unit.name)
        elif unit.kind == "parquet":
            yield from _read_parquet(s)
        else:
            from raidlog.ingest.files import read_file
            from raidlog.ingest.incoming import MAX_FILE_BYTES

            yield from read_file(Path(unit.path), unit.kind, name=unit.name, source=unit.source,
                                 external_id=unit.external_id, max_bytes=MAX_FILE_BYTES)
    except Unreadable as err:
        yield Rejected(unit.name, err.reason)


def _read_parquet(s: Slice) -> Iterator[Incoming | Rejected]:
    """Rows of a Parquet document table (the columns of JSON Lines tables: id, text, published,
    lang, title, source, url), named "<name>:<row number>" or "<name>#<id>". Only the row groups
    that hold the slice's rows are read."""
    import pyarrow.parquet as pq

    unit = s.unit
    with _open(unit.path, None) as fh:
        pf = pq.ParquetFile(fh)
        groups, first, row = [], None, 0
        for g in range(pf.metadata.num_row_groups):
            n = pf.metadata.row_group(g).num_rows
            if row < s.stop and row + n > s.start:
                groups.append(g)
                first = row if first is None else first
            row += n
        table = pf.read_row_groups(groups) if groups else pf.schema_arrow.empty_table()
    table = table.slice(s.start - (first or 0), s.stop - s.start)
    names = {c.lower(): c for c in table.column_names}
    if "text" not in names:
        yield Rejected(unit.name, 'not a table of reports (no "text" column)')
        return
    for k, row in enumerate(table.to_pylist()):
        row = {key.lower(): _plain(value) for key, value in row.items()}
        yield report_row(row, f"{unit.name}:{s.start + k + 1}", unit.name, f"parquet:{unit.name}")


def _plain(value):
    """Dates and timestamps of a typed table as the strings a JSON Lines table would hold."""
    if value is None or isinstance(value, (str, int)):
        return value
    day = date_part(value)
    return day if day is not None else value
