"""The one registry of file readers: a new source format is one :class:`Reader` in
:data:`READERS`, from which the accepted suffixes (:data:`KINDS`, a folder's filter), the
reader a file gets and the document count of a progress bar all follow.

Where several readers share a suffix (``.json``: Telegram Desktop exports and lists of
reports), the first whose ``sniff`` accepts the file's first bytes reads it; when none
does, the first registered for the suffix does (and names what is wrong)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from raidlog.ingest.encoding import decode
from raidlog.ingest.feeds import read_feed
from raidlog.ingest.html import read_page
from raidlog.ingest.incoming import EMPTY, NO_TEXT, Incoming, Rejected, Unreadable, with_warnings
from raidlog.ingest.tables import read_csv, read_jsonl, report_row
from raidlog.ingest.telegram import NOT_AN_EXPORT, _number, export_messages, read_export

ReadFn = Callable[..., Iterator[Incoming | Rejected]]


@dataclass(frozen=True)
class Reader:
    """``read(data, *, name, source, external_id)`` gives the documents of one file's bytes
    (raising :class:`Unreadable` for the file as a whole); ``count(data)`` how many documents
    it holds at most, cheaply (None: one); ``sniff(data)`` whether the content is this
    reader's (None: the suffix alone decides)."""

    kind: str
    suffixes: tuple[str, ...]
    read: ReadFn
    count: Callable[[bytes], int] | None = None
    sniff: Callable[[bytes], bool] | None = None


SNIFF_BYTES = 64 * 1024
_MESSAGES_KEY = re.compile(r'"messages"\s*:\s*\[')
NOT_REPORTS = "not a list of reports (neither a JSON list nor an object)"


def _head(data: bytes) -> str:
    """The first bytes of a JSON file as text, for sniffing (never the whole file)."""
    head = data[:SNIFF_BYTES]
    if head.startswith(b"\xff\xfe"):
        text = head[2:].decode("utf-16-le", "ignore")
    elif head.startswith(b"\xfe\xff"):
        text = head[2:].decode("utf-16-be", "ignore")
    else:
        text = head.decode("utf-8", "ignore")
    return text.lstrip("\ufeff \t\r\n")


def looks_like_export(data: bytes) -> bool:
    """A Telegram Desktop export: an object whose first bytes hold a "messages" list
    (Telegram writes it after the channel's name, type and id)."""
    head = _head(data)
    return head.startswith("{") and _MESSAGES_KEY.search(head) is not None


def looks_like_rows(data: bytes) -> bool:
    """A JSON list of reports, or one report object."""
    return _head(data)[:1] in ("[", "{")


def _text(data: bytes, *, name: str, source: str, external_id: str) -> Iterator[Incoming]:
    warnings: list[str] = []
    text = decode(data, warnings=warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    yield Incoming(text, name, source, external_id, warnings=tuple(warnings))


def _html(data: bytes, *, name: str, source: str, external_id: str) -> Iterator[Incoming | Rejected]:
    yield read_page(data, name=name, source=source, external_id=external_id)


def _named(read: Callable[..., Iterator[Incoming | Rejected]]) -> ReadFn:
    """A reader whose documents name their own source and id."""

    def by_name(data: bytes, *, name: str, source: str, external_id: str) -> Iterator[Incoming | Rejected]:
        return read(data, name=name)

    return by_name


def read_json_rows(data: bytes, *, name: str, source: str = "", external_id: str = "") -> Iterator[Incoming | Rejected]:
    """A ``.json`` file that is a list of report objects (the fields of a JSON Lines row),
    each named "<name>#<id>" or "<name>[<index>]", or one report object named "<name>".
    An object with a "messages" list is a Telegram export after all (its list came later
    than the sniffed bytes); any other object is refused as a whole."""
    warnings: list[str] = []
    text = decode(data, warnings=warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    try:
        value = json.loads(text, parse_int=_number)
    except json.JSONDecodeError as exc:
        raise Unreadable(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise Unreadable("not valid JSON for a list of reports (nested too deeply)") from None
    default_source = f"json:{name}"
    if isinstance(value, dict):
        if isinstance(value.get("messages"), list):
            yield from export_messages(value, name=name, warnings=warnings)
        elif "text" in value:
            yield with_warnings(report_row(value, name, name, default_source), warnings)
        else:
            raise Unreadable(NOT_AN_EXPORT)
        return
    if not isinstance(value, list):
        raise Unreadable(NOT_REPORTS)
    if not value:
        raise Unreadable("empty (a JSON list of no reports)")
    for index, row in enumerate(value):
        where = f"{name}[{index}]"
        if not isinstance(row, dict):
            yield Rejected(where, NO_TEXT)
            continue
        yield with_warnings(report_row(row, where, name, default_source), warnings)


def _lines(data: bytes) -> int:
    return max(1, sum(1 for line in data.splitlines() if line.strip()))


def _csv_rows(data: bytes) -> int:
    return max(1, data.count(b"\n") - (0 if data.endswith(b"\n") else -1) - 1)


def _entries(data: bytes) -> int:
    return max(1, data.count(b"<item") + data.count(b"<entry"))


def _messages(data: bytes) -> int:
    return max(1, data.count(b'"type": "message"') + data.count(b'"type":"message"'))


def _reports(data: bytes) -> int:
    return max(1, data.count(b'"text"'))


READERS: list[Reader] = [
    Reader("text", (".txt", ".md"), _text),
    Reader("html", (".html", ".htm"), _html),
    Reader("feed", (".xml", ".rss", ".atom"), _named(read_feed), _entries),
    Reader("telegram", (".json",), _named(read_export), _messages, looks_like_export),
    Reader("json", (".json",), read_json_rows, _reports, looks_like_rows),
    Reader("jsonl", (".jsonl",), _named(read_jsonl), _lines),
    Reader("csv", (".csv",), _named(read_csv), _csv_rows),
]

BY_KIND: dict[str, Reader] = {}
# suffix -> the kind of the first reader registered for it (the one that reads a file no sniff claims);
# the suffixes a folder's filter, ingest, batch and watch accept
KINDS: dict[str, str] = {}


def register(reader: Reader) -> None:
    """Add ``reader`` to the registry (kept in step with :data:`BY_KIND` and :data:`KINDS`)."""
    if reader.kind in BY_KIND:
        raise ValueError(f"a reader of kind {reader.kind!r} is already registered")
    if reader not in READERS:
        READERS.append(reader)
    BY_KIND[reader.kind] = reader
    for suffix in reader.suffixes:
        KINDS.setdefault(suffix, reader.kind)


for _reader in list(READERS):
    register(_reader)


def readers_for(suffix: str) -> list[Reader]:
    """The readers registered for ``suffix`` (lower case, with its dot), in registry order."""
    return [reader for reader in READERS if suffix in reader.suffixes]


def by_content(reader: Reader, data: bytes) -> Reader:
    """The reader for ``data`` among those sharing ``reader``'s suffixes: the first whose sniff
    accepts it, else ``reader`` itself."""
    if reader.sniff is None:
        return reader
    for other in READERS:
        if other.sniff is not None and set(other.suffixes) & set(reader.suffixes) and other.sniff(data):
            return other
    return reader
