"""Paths: a file is read by the kind its extension names; a folder is every
supported file in it, recursively, in sorted order, hidden ones skipped."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from raidlog.ingest.incoming import (
    Incoming,
    Rejected,
    Unreadable,
    over_limit,
    too_large,
)
from raidlog.ingest.readers import BY_KIND, KINDS, READERS, by_content, readers_for

__all__ = ["KINDS", "READERS", "count_documents", "folder_files", "read_file", "read_path"]


def read_path(spec: str, *, max_bytes: int) -> Iterator[Incoming | Rejected]:
    """The documents of one path as the user gave it."""
    path = Path(spec)
    if not spec or not (path.exists() or path.is_symlink()):
        yield Rejected(spec, "no such file")
    elif path.is_dir():
        yield from _folder(spec, path, max_bytes)
    else:
        kind = KINDS.get(path.suffix.lower())
        if kind is None:
            yield Rejected(spec, f"unsupported file type ({path.suffix or 'no extension'})")
        else:
            yield from read_file(
                path,
                kind,
                name=spec,
                source=f"file:{os.path.normpath(spec)}",
                external_id=path.name,
                max_bytes=max_bytes,
            )


def read_file(
    path: Path, kind: str, *, name: str, source: str, external_id: str, max_bytes: int
) -> Iterator[Incoming | Rejected]:
    """One file of a known kind (a key of :data:`~raidlog.ingest.readers.BY_KIND`; where other
    readers share its suffix, the file's content picks among them). ``source`` and
    ``external_id`` are used by text files and pages; feeds, exports and tables name their own."""
    reader = BY_KIND[kind]
    try:
        data = _read_bytes(path, max_bytes)
        reader = by_content(reader, data)
        yield from reader.read(data, name=name, source=source, external_id=external_id)
    except Unreadable as err:
        yield Rejected(name, err.reason)
    except Exception as exc:  # noqa: BLE001 - a bad file must not stop the batch
        yield Rejected(name, f"cannot be read ({type(exc).__name__}: {exc})")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("not a regular file")
        if info.st_size > max_bytes:
            raise Unreadable(too_large(info.st_size, max_bytes))
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except OSError as exc:
        raise Unreadable(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # it grew since stat()
        raise Unreadable(over_limit(max_bytes))
    return data


def _folder(spec: str, root: Path, max_bytes: int) -> Iterator[Incoming | Rejected]:
    """``source`` is "file:<folder>" with the folder as given, less a
    trailing slash or "./" ("corpus/" and "./corpus" are "file:corpus")."""
    source = f"file:{os.path.normpath(spec)}"
    # other files are no documents: photos of a Telegram export, PDFs, notes
    for entry in folder_files(spec, root, lambda rel: rel.suffix.lower() in KINDS):
        if isinstance(entry, Rejected):
            yield entry
            continue
        rel, name = entry
        yield from read_file(
            root / rel,
            KINDS[rel.suffix.lower()],
            name=name,
            source=source,
            external_id=rel.as_posix(),
            max_bytes=max_bytes,
        )


def folder_files(spec: str, root: Path, wanted: Callable[[Path], bool]) -> Iterator[tuple[Path, str] | Rejected]:
    """The ``wanted`` files under the folder ``root`` (given as ``spec``), in path order:
    (path relative to ``root``, name as the user sees it); a Rejected for each folder that
    cannot be listed, and one for ``spec`` when it holds no wanted file."""
    found = False
    for rel, error in sorted(_walk(root, Path()), key=lambda item: item[0].parts):
        name = str(Path(spec) / rel) if rel.parts else spec
        if error is not None:
            yield Rejected(name, error)
        elif wanted(rel):
            found = True
            yield rel, name
    if not found:
        yield Rejected(spec, "no supported files in this folder")


def _walk(root: Path, rel: Path) -> Iterator[tuple[Path, str | None]]:
    """(path relative to ``root``, None) for the files under ``root / rel``,
    (folder, reason) for a folder that cannot be listed. Hidden names and
    symlinked folders (which can loop) are not followed."""
    try:
        entries = list((root / rel).iterdir())
    except OSError as exc:
        yield rel, f"cannot be read ({exc.strerror or exc})"
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                yield from _walk(root, rel / entry.name)
        else:
            yield rel / entry.name, None


def count_documents(specs: list[str]) -> int | None:
    """How many documents (and rejections) reading ``specs`` will give, for a progress bar's total:
    a text file or page is one, a JSON Lines file its non-empty lines, a CSV file its rows, a feed
    its entries, a Telegram export its messages, a JSON list its reports (each reader's ``count``
    in :data:`READERS`). None when a spec is a URL (unknown until fetched).
    Cheap (no decoding beyond counting); a reader may still skip an item it cannot use, so the
    total is an upper bound."""
    total = 0
    for spec in specs:
        if "://" in spec:
            return None
        path = Path(spec)
        if path.is_dir():
            for entry in folder_files(spec, path, lambda rel: rel.suffix.lower() in KINDS):
                total += 1 if isinstance(entry, Rejected) else _count_file(path / entry[0])
        else:
            total += _count_file(path)
    return total


def _count_file(path: Path) -> int:
    candidates = readers_for(path.suffix.lower())
    try:
        if all(reader.count is None for reader in candidates) or path.stat().st_size > 512 * 1024 * 1024:
            return 1
        data = path.read_bytes()
    except OSError:
        return 1
    reader = by_content(candidates[0], data)
    return reader.count(data) if reader.count is not None else 1
