"""Reading what the user hands the CLI: text files, stdin, JSON Lines of
documents. Every failure is an :class:`InputError` naming the input and the
reason, so a batch can report it and go on."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024


class InputError(Exception):
    def __init__(self, name: str, reason: str):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class Source:
    """One document to extract, with the metadata its input carried."""

    name: str  # what to call it in messages: a path, "<stdin>", "file.jsonl:3"
    text: str
    published: str | None = None
    lang: str | None = None
    title: str | None = None
    source: str | None = None


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16; anything else is refused."""
    if len(data) > MAX_BYTES:
        raise InputError(name, f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(name, f"not valid UTF-16 ({exc.reason} at byte {exc.start})") from None
    else:
        if b"\x00" in data[:8192]:
            raise InputError(name, "not a text file (it contains NUL bytes)")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                name, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
    if not text.strip():
        raise InputError(name, "empty (no text to extract)")
    return text


def read(paths: list[str]) -> Iterator[Source | InputError]:
    """Sources in order; a bad input yields its error in place and reading goes on."""
    for raw in paths or ["-"]:
        try:
            if raw == "-":
                yield Source("<stdin>", decode(sys.stdin.buffer.read(), "<stdin>"))
                continue
            path = Path(raw)
            if not path.exists():
                raise InputError(raw, "no such file")
            if path.is_dir():
                raise InputError(raw, "is a directory, not a file")
            if path.stat().st_size > MAX_BYTES:
                raise InputError(raw, f"too large ({path.stat().st_size:,} bytes; the limit is {MAX_BYTES:,})")
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise InputError(raw, f"cannot be read ({exc.strerror})") from None
            text = decode(data, raw)
        except InputError as err:
            yield err
            continue
        if path.suffix.lower() == ".jsonl":
            yield from _jsonl(raw, text)
        else:
            yield Source(raw, text)


def _jsonl(name: str, text: str) -> Iterator[Source | InputError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield InputError(where, 'not a document (needs a "text" string)')
            continue
        if not row["text"].strip():
            yield InputError(where, "empty (no text to extract)")
            continue
        if len(row["text"].encode("utf-8")) > MAX_BYTES:
            yield InputError(where, f"too large (the limit is {MAX_BYTES:,} bytes)")
            continue
        yield Source(
            f"{name}:{row['id']}" if row.get("id") else where, row["text"], row.get("published"),
            row.get("lang"), row.get("title"), row.get("source"),
        )
