"""Documents one per row: JSON Lines and CSV with the columns
id, text, published, lang, title, source, url (only "text" is required)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

from raidlog.ingest.dates import lang_tag, published_day
from raidlog.ingest.encoding import decode
from raidlog.ingest.incoming import EMPTY, NO_TEXT, Incoming, Rejected, Unreadable, with_warnings

FIELDS = ("id", "text", "published", "lang", "title", "source", "url")
NO_TEXT_COLUMN = 'not a table of reports (no "text" column)'


def read_jsonl(data: bytes, *, name: str, first_line: int = 1) -> Iterator[Incoming | Rejected]:
    """One document per line, named "<name>#<id>" or, without an id,
    "<name>:<line number>" (``data`` starting at line ``first_line`` of the file). Blank lines
    are skipped."""
    warnings: list[str] = []
    text = decode(data, warnings=warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    # split on "\n" only: str.splitlines() would also break at U+2028 and
    # other separators that JSON strings may hold unescaped
    for n, line in enumerate(text.split("\n"), first_line):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            row = json.loads(line, parse_int=_int)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"not valid JSON ({exc.msg})")
            continue
        except RecursionError:
            yield Rejected(where, "not valid JSON for a report (nested too deeply)")
            continue
        except ValueError as exc:  # from _int
            yield Rejected(where, f"not valid JSON for a report ({exc})")
            continue
        if not isinstance(row, dict):
            yield Rejected(where, NO_TEXT)
            continue
        yield with_warnings(report_row(row, where, name, f"jsonl:{name}"), warnings)


MAX_DIGITS = 30  # an id of 30 digits is already more than any source uses


def _int(digits: str) -> int:
    """A JSON integer; a longer run of digits than any id or count is refused (its conversion
    would also cost time quadratic in its length)."""
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number of {len(digits.lstrip('-')):,} digits; the limit is {MAX_DIGITS}")
    return int(digits)


def read_csv(data: bytes, *, name: str) -> Iterator[Incoming | Rejected]:
    """One document per row under a header row (names in any case), named
    "<name>#<id>" or "<name>:<line number>". The delimiter is whichever of
    comma, semicolon (Excel in Russian and Ukrainian locales) and tab the
    header line holds most of.

    Quotes are read strictly: a row whose quote is never closed, or is
    closed in the middle of a field, is refused with the line it starts on,
    and reading goes on from the next line (a lenient reader would swallow
    the rows after it into one field)."""
    warnings: list[str] = []
    text = decode(data, warnings=warnings)
    if not text.strip():
        raise Unreadable(EMPTY)
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(",;\t", key=header_line.count)
    lines = io.StringIO(text, newline="").readlines()

    def reader_from(index: int):
        return csv.reader(iter(lines[index:]), delimiter=delimiter, strict=True)

    reader, base = reader_from(0), 0
    try:
        header = next((row for row in reader if any(cell.strip() for cell in row)), None)
    except csv.Error:
        header = None
    keys = [cell.strip().lower() for cell in header or []]
    if "text" not in keys:
        raise Unreadable(NO_TEXT_COLUMN)
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejected(f"{name}:{line}", _csv_problem(exc, delimiter))
            reader, base = reader_from(line), line  # on from the line after the one the row starts on
            line = base + 1
            continue
        where, line = f"{name}:{line}", base + reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(keys):
            yield Rejected(where, f"{len(cells)} fields under a header of {len(keys)}")
            continue
        row = {key: cell for key, cell in zip(keys, cells, strict=False) if cell != ""}
        row.setdefault("text", "")
        yield with_warnings(report_row(row, where, name, f"csv:{name}"), warnings)


def _csv_problem(exc: csv.Error, delimiter: str) -> str:
    message = str(exc)
    if "unexpected end of data" in message:
        return "not valid CSV (a quote opened in this row is never closed)"
    if "expected after" in message:
        shown = "tab" if delimiter == "\t" else f"'{delimiter}'"
        return (f"not valid CSV (a quote in this row closes in the middle of a field: a quoted field must "
                f"be followed by {shown} or the end of the line)")
    return f"not valid CSV ({message})"


def report_row(row: dict, where: str, name: str, default_source: str) -> Incoming | Rejected:
    """One row of a table of reports (the fields of JSON Lines, CSV and Parquet tables) as a
    document named ``where`` (``<name>#<id>`` when it has an id), or why it is not one."""
    text = row.get("text")
    if not isinstance(text, str):
        return Rejected(where, NO_TEXT)
    rid = row.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if rid is not None and not isinstance(rid, str):
        return Rejected(where, 'not a report ("id" is neither a string nor a number)')
    if rid is not None and rid.strip():
        rid = rid.strip()
        where = f"{name}#{rid}"
    else:
        rid = None
    for key in FIELDS[2:]:
        if row.get(key) is not None and not isinstance(row[key], str):
            return Rejected(where, f'not a report ("{key}" is not a string)')
    if not text.strip():
        return Rejected(where, EMPTY)
    published = row.get("published") or None
    if published is not None:
        try:
            published = published_day(published)
        except ValueError as exc:
            return Rejected(where, str(exc))
    return Incoming(
        text=text,
        name=where,
        source=row.get("source") or default_source,
        external_id=rid,
        url=row.get("url") or None,
        title=row.get("title") or None,
        published=published,
        lang=lang_tag(row.get("lang")),
    )
