"""Telegram Desktop channel exports (result.json, "Machine-readable JSON"):
one document per message that has text."""

from __future__ import annotations

import json
from collections.abc import Iterator

from raidlog.ingest.dates import date_part
from raidlog.ingest.encoding import decode
from raidlog.ingest.incoming import EMPTY, Incoming, Rejected, Unreadable, with_warnings

NOT_AN_EXPORT = 'not a Telegram export (no "messages" list)'


def read_export(
    data: bytes, *, name: str, fetched_at: str | None = None
) -> Iterator[Incoming | Rejected]:
    """Messages named "<name>#<message id>". Service messages (joins, pins,
    title changes) and messages without text (a photo alone) are skipped:
    they are not reports, and reporting each would bury the real failures.
    Raises :class:`Unreadable` for the file as a whole."""
    warnings: list[str] = []
    text = decode(data, warnings=warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    export = parse_json(text)
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise Unreadable(NOT_AN_EXPORT)
    channel = _scalar(export.get("name")) or _scalar(export.get("id")) or name
    source = f"telegram:{channel}"
    username = (_scalar(export.get("username")) or "").lstrip("@") or None
    for index, message in enumerate(export["messages"]):
        mid = _scalar(message.get("id")) if isinstance(message, dict) else None
        where = f"{name}#{mid}" if mid else f"{name}[{index}]"
        try:
            item = _message(message, mid, where, source, username, fetched_at)
        except Unreadable as err:
            yield Rejected(where, err.reason)
            continue
        except Exception as exc:  # noqa: BLE001 - one bad message must not stop the export
            yield Rejected(where, f"cannot be read ({type(exc).__name__}: {exc})")
            continue
        if item is not None:
            yield with_warnings(item, warnings)


def _message(message, mid, name, source, username, fetched_at) -> Incoming | None:
    if not isinstance(message, dict):
        raise Unreadable("not a message (not a JSON object)")
    if message.get("type") != "message":
        return None
    text = message_text(message.get("text", ""))
    if not text.strip():
        return None
    if mid is None:
        raise Unreadable('not a message (no "id")')
    edited = message.get("edited")
    return Incoming(
        text=text,
        name=name,
        source=source,
        external_id=mid,
        url=f"https://t.me/{username}/{mid}" if username else None,
        published=date_part(message.get("date")),
        fetched_at=fetched_at,
        edited=edited if isinstance(edited, str) and date_part(edited) else None,
    )


def message_text(value: object) -> str:
    """A message's text: a string, or a list of strings and entity objects
    ({"type": "bold", "text": "..."}) whose texts are joined as they are."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        raise Unreadable('not a message ("text" is neither a string nor a list)')
    parts = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text", ""), str):
            parts.append(part.get("text", ""))
        else:
            raise Unreadable('not a message (a "text" part is neither a string nor an entity)')
    return "".join(parts)


def parse_json(text: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise Unreadable(
            f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None


def _scalar(value: object) -> str | None:
    """An id or name as text: 1234 -> "1234"; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
