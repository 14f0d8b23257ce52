"""Telegram Desktop channel exports (result.json, "Machine-readable JSON"):
one document per message that has text."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from raidlog.ingest.dates import date_part
from raidlog.ingest.encoding import decode
from raidlog.ingest.incoming import EMPTY, Incoming, Rejected, Unreadable, with_warnings
from raidlog.ingest.tables import MAX_DIGITS

_USERNAME = re.compile(r"[A-Za-z0-9_]{2,64}")
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
    yield from export_messages(export, name=name, warnings=warnings, fetched_at=fetched_at)


def export_messages(
    export: dict, *, name: str, warnings: list[str], fetched_at: str | None = None
) -> Iterator[Incoming | Rejected]:
    """The messages of a parsed export (an object with a "messages" list)."""
    channel = _scalar(export.get("name")) or _scalar(export.get("id")) or name
    source = f"telegram:{channel}"
    username = export.get("username")
    username = username.strip().lstrip("@") if isinstance(username, str) else ""
    username = username if _USERNAME.fullmatch(username) else None  # else no t.me link
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
        raise Unreadable(_no_id(message))
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


def _no_id(message: dict) -> str:
    if "id" not in message:
        return 'not a message (no "id")'
    value = message["id"]
    if isinstance(value, LongNumber):
        return f'not a message ("id" is a number of {value.digits:,} digits; the limit is {MAX_DIGITS})'
    if isinstance(value, str):
        return 'not a message ("id" is empty)'
    kind = {bool: "true or false", float: "a fraction", list: "a list", dict: "an object"}.get(type(value), "null")
    return f'not a message ("id" is {kind}, not a number or a string)'


class LongNumber:
    """A JSON integer of more than :data:`MAX_DIGITS` digits, kept as its length only: no id or
    count is that long, and converting it would cost time quadratic in its length (Python refuses
    beyond 4,300 digits). Only the message holding it in its "id" is rejected; anywhere else
    (a photo's width, a reply's id) it is unused."""

    __slots__ = ("digits",)

    def __init__(self, digits: int):
        self.digits = digits


def _number(digits: str) -> int | LongNumber:
    length = len(digits.lstrip("-"))
    return LongNumber(length) if length > MAX_DIGITS else int(digits)


def parse_json(text: str) -> object:
    try:
        return json.loads(text, parse_int=_number)
    except json.JSONDecodeError as exc:
        raise Unreadable(
            f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from None
    except RecursionError:
        raise Unreadable("not valid JSON for a Telegram export (nested too deeply)") from None


def _scalar(value: object) -> str | None:
    """An id or name as text: 1234 -> "1234"; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None
