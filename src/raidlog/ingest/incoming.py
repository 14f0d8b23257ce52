"""What the readers hand on: one :class:`Incoming` document per post, entry,
message or file, or one :class:`Rejected` naming the item that could not be
read and why, so a batch can report it and go on."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Incoming:
    """One document read from a source, with the metadata the source states."""

    text: str  # the document text, verbatim after decoding
    name: str  # what to call it in messages: a path, "result.json#1234", a URL
    source: str  # the channel or origin: "telegram:…", "rss:…", "file:…", "url:…"
    external_id: str | None  # what identifies the same post across edits
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD, in the source's own time zone
    fetched_at: str | None = None  # ISO 8601 UTC when read from the network
    lang: str | None = None  # only when the source states it
    edited: str | None = None  # ISO 8601 of the last edit, when the source says
    # what reading it had to guess or repair ("byte 0 (line 1): 5 invalid bytes in UTF-8 text,
    # replaced by U+FFFD"); ingest and extract print each as "raidlog: warning: NAME: …"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rejected:
    """An item that could not be read: ``name`` as in :attr:`Incoming.name`."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


class Unreadable(Exception):
    """Raised inside a reader for the item being read; the reader turns it into
    a :class:`Rejected` for that item and goes on."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # one document; a Telegram export or feed may hold many
MAX_FILE_BYTES = 512 * 1024 * 1024  # one file read by the source readers

EMPTY = "empty (no text to extract)"
NO_TEXT = "not a report (no text)"


def with_warnings(item: Incoming | Rejected, warnings: list[str]) -> Incoming | Rejected:
    """``item`` carrying ``warnings`` (a file's, which go with its first document; the list is
    then cleared so that the next documents do not repeat them)."""
    if warnings and isinstance(item, Incoming):
        item = replace(item, warnings=item.warnings + tuple(warnings))
        warnings.clear()
    return item


def too_large(size: int, limit: int) -> str:
    return f"too large ({size:,} bytes; the limit is {limit:,})"


def over_limit(limit: int) -> str:
    """For a body cut off while streaming: its full size is not known."""
    return f"too large (more than {limit:,} bytes; the limit is {limit:,})"


def within_limit(item: Incoming) -> Incoming | Rejected:
    """``item``, or its rejection when its text is over :data:`MAX_DOCUMENT_BYTES`."""
    size = len(item.text.encode("utf-8"))
    return item if size <= MAX_DOCUMENT_BYTES else Rejected(item.name, too_large(size, MAX_DOCUMENT_BYTES))
